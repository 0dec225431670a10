"""The registry of canned queries: one named, typed, documented function each.

A canned query is a plain function ``f(session, *args, **options) -> list[dict]``. Its signature
declares the parameters (``Annotated[T, "help text"]``; positional parameters are required, keyword-only
ones optional), its docstring says what it answers, and :func:`canned` records its output columns::

    @canned("speakers", columns=("speaker", "quotes", "articles"))
    def top_speakers(session: Session, *, outlet: Annotated[str | None, "outlet name"] = None,
                     limit: Limit = 20) -> list[dict[str, Any]]:
        \"\"\"The most quoted people.\"\"\"
"""

from __future__ import annotations

import inspect
import types
import typing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any, Union, get_args, get_origin

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from newsdb.errors import QueryError, UnknownQuery
from newsdb.readonly import read_engine

Row = dict[str, Any]
QueryFunction = Callable[..., list[Row]]
#: The row limit every canned query takes.
Limit = Annotated[int, "Maximum number of rows."]


@dataclass(frozen=True, slots=True)
class QueryParam:
    """One parameter of a canned query, as read from the function's signature."""

    name: str
    type: type
    help: str
    default: Any
    required: bool
    positional: bool

    @property
    def option(self) -> str:
        return "--" + self.name.replace("_", "-")


@dataclass(frozen=True, slots=True)
class CannedQuery:
    name: str
    function: QueryFunction
    columns: tuple[str, ...]
    params: tuple[QueryParam, ...]

    @property
    def doc(self) -> str:
        return inspect.getdoc(self.function) or ""

    @property
    def summary(self) -> str:
        return self.doc.split("\n\n", 1)[0].replace("\n", " ")

    def bind(self, params: dict[str, Any]) -> dict[str, Any]:
        """Check and convert ``params`` (strings are accepted for dates and numbers)."""
        known = {p.name: p for p in self.params}
        unknown = set(params) - set(known)
        if unknown:
            raise QueryError(f"query {self.name!r} has no parameter {', '.join(sorted(unknown))}")
        bound: dict[str, Any] = {}
        for param in self.params:
            if param.name in params and params[param.name] is not None:
                bound[param.name] = _convert(param, params[param.name])
            elif param.required:
                raise QueryError(f"query {self.name!r} needs {param.name}")
        return bound


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Rows of a canned query, each a dict with (at least) ``columns``."""

    name: str
    columns: tuple[str, ...]
    rows: list[Row]


_REGISTRY: dict[str, CannedQuery] = {}


def canned(name: str, *, columns: tuple[str, ...]) -> Callable[[QueryFunction], QueryFunction]:
    """Register ``function`` as the canned query ``name`` with these output columns."""

    def register(function: QueryFunction) -> QueryFunction:
        if name in _REGISTRY:
            raise ValueError(f"canned query {name!r} registered twice")
        _REGISTRY[name] = CannedQuery(name, function, columns, _params_of(function))
        return function

    return register


def _params_of(function: QueryFunction) -> tuple[QueryParam, ...]:
    hints = typing.get_type_hints(function, include_extras=True)
    params = []
    for index, p in enumerate(inspect.signature(function).parameters.values()):
        if index == 0:  # the session
            continue
        base, help_text = _unwrap(hints[p.name])
        required = p.default is inspect.Parameter.empty
        params.append(
            QueryParam(
                name=p.name,
                type=base,
                help=help_text,
                default=None if required else p.default,
                required=required,
                positional=p.kind is not inspect.Parameter.KEYWORD_ONLY,
            )
        )
    return tuple(params)


def _unwrap(hint: Any) -> tuple[type, str]:
    help_text = ""
    if get_origin(hint) is Annotated:
        hint, *extras = get_args(hint)
        help_text = next((e for e in extras if isinstance(e, str)), "")
    if get_origin(hint) in (Union, types.UnionType):
        hint = next(a for a in get_args(hint) if a is not type(None))
    return hint, help_text


def _convert(param: QueryParam, value: Any) -> Any:
    target = param.type
    try:
        if target is date and isinstance(value, str):
            return date.fromisoformat(value)
        if target is date and isinstance(value, datetime):
            return value.date()
        if target is int and not isinstance(value, bool):
            return int(value)
        if target is str:
            return str(value)
    except ValueError as exc:
        if target is date:
            reason = "" if str(exc).startswith("Invalid isoformat") else f": {exc}"
            raise QueryError(f"{param.name}: {value!r} is not a day in the form YYYY-MM-DD{reason}") from exc
        raise QueryError(f"{param.name}: {exc}") from exc
    if not isinstance(value, target):
        raise QueryError(f"{param.name}: expected {target.__name__}, got {value!r}")
    return value


def get_query(name: str) -> CannedQuery:
    """The canned query called ``name``; :class:`UnknownQuery` lists the known names otherwise."""
    _load_all()
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise UnknownQuery(f"no canned query {name!r}; known: {known}") from None


def list_queries() -> list[CannedQuery]:
    """Every canned query, in registration order."""
    _load_all()
    return list(_REGISTRY.values())


def run_query(session: Session, name: str, /, *args: Any, **params: Any) -> QueryResult:
    """Run the canned query ``name`` with ``params`` (checked and converted first).

    Positional ``args`` fill the query's positional parameters in order (``"co-mentions", "Putin"``).
    """
    query = get_query(name)
    positional = [p.name for p in query.params if p.positional]
    if len(args) > len(positional):
        raise QueryError(f"query {name!r} takes {len(positional)} positional parameter(s)")
    for param_name, value in zip(positional, args, strict=False):
        if param_name in params:
            raise QueryError(f"{param_name} given twice")
        params[param_name] = value
    rows = query.function(session, **query.bind(params))
    return QueryResult(query.name, query.columns, rows)


@contextmanager
def reading(engine: Engine) -> Iterator[Session]:
    """A session for queries: on SQLite it reads a snapshot and never takes the write lock."""
    with Session(read_engine(engine)) as session:
        yield session


def _load_all() -> None:
    # The query modules register themselves on import.
    from newsdb.queries import articles, people, search  # noqa: F401
