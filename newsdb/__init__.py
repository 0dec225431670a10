"""newsdb: a relational archive of news articles — outlets, articles, people and quotes.

The public Python API is what ``__all__`` lists: open an :class:`Archive` on a database URL, import
files into it, run canned queries or read-only SQL, export it, or use its SQLAlchemy session and the
mapped classes in :mod:`newsdb.models`.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsdb")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"

from newsdb import models  # noqa: E402
from newsdb.api import Archive  # noqa: E402
from newsdb.errors import NewsdbError, QueryError, UnknownQuery  # noqa: E402
from newsdb.queries import QueryResult  # noqa: E402
from newsdb.readonly import QueryTimeout, SqlResult  # noqa: E402

__all__ = [
    "Archive",
    "NewsdbError",
    "QueryError",
    "QueryResult",
    "QueryTimeout",
    "SqlResult",
    "UnknownQuery",
    "__version__",
    "models",
]
