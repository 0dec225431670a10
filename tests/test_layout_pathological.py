"""Pathological inputs (shapes that trip backtracking regexes) parse or are refused by name.

Their timings are measured in ``bench/bench_layout.py``, not asserted here.
"""

from __future__ import annotations

import pytest
from pathological_texts import PATHOLOGICAL

from newsdb.errors import NewsdbError
from newsdb.importer.layout import parse_article
from newsdb.records import SourceHints


@pytest.mark.parametrize("outlet", [None, "liputan6", "sindonews", "kompastv", "detik"])
@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_parses_or_is_refused_by_name(name: str, outlet: str | None) -> None:
    hints = SourceHints(outlet=outlet, force_outlet=True) if outlet else None
    try:
        article = parse_article(PATHOLOGICAL[name], hints)
    except NewsdbError:
        return
    assert all(paragraph.strip() for paragraph in article.paragraphs)
