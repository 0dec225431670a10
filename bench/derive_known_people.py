"""Rebuild ``newsdb/extract/data/id/people_derived.json``: full names known from the bulk corpus.

Usage (from the repository root; not a test module):
    git worktree add /tmp/newsdb-1.5.0 e09414b      # the 1.5.0 extractor the shipped list came from
    python3 bench/derive_known_people.py --extractor /tmp/newsdb-1.5.0 > people_derived.json

The list is derived with an extractor *without* it (1.5.0): deriving with the extractor that
reads the list would feed the list back into itself. ``--extractor`` names the checkout whose
``newsdb`` does the deriving (default: this one). Articles of every fixture set are left out
(by url and title of each ``tests/fixtures/*/INDEX.jsonl``), so the held-out sets stay unseen.

A full name (two words or more) is kept when the extractor gave it a role (not only a weak head)
or a quotation in at least two articles, none of its words is a role, rank, organisation head,
place or stopword, its last word is not a common word, it was seen inside an organisation or
place name in fewer than half as many articles, its first word is no organisation's short form
(``BI Onny Widjanarko``, ``Baleg Totok Daryanto``), and it is not in ``data/id/people_denied.json``
(names read wrong by hand: ``Joong Ki``). See docs/extraction.md, 1.6.0 and 1.8.0, names.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DENIED = ROOT / "newsdb" / "extract" / "data" / "id" / "people_denied.json"
BULK = ROOT.parent / "shared" / "corpus" / "bulk" / "articles.jsonl.gz"
DOC = (
    "Full names (two words or more) that the 1.5.0 extractor gave a role (not only a weak head) or a "
    "quotation in at least two articles of ../shared/corpus/bulk/articles.jsonl.gz outside every fixture "
    "set (excluded by url and title of each tests/fixtures/*/INDEX.jsonl), none of whose words is a role, "
    "rank, organisation head, place or stopword, whose last word is not a common word, and that were seen "
    "inside an organisation or place name in fewer than half as many articles, whose first word is no "
    "organisation's short form (one an article defines, 'Badan Legislasi (Baleg)', or capitals written in "
    "brackets in five articles or more and no known name word, '(BI)'), and that are not in "
    "people_denied.json. "
    "Derived for 1.6.0, filtered again in 1.8.0 (docs/extraction.md); a mention written exactly so is a "
    "person without further evidence in the article."
)


_BRACKETED_RE = re.compile(r"\(([A-Z]{2,})\)")
_BRACKETED_MIN = 5


def fixture_keys() -> tuple[set[str], set[str]]:
    urls: set[str] = set()
    titles: set[str] = set()
    for index in ROOT.glob("tests/fixtures/*/INDEX.jsonl"):
        for line in index.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                urls.add(row.get("url"))
                titles.add(row.get("title"))
    return urls, titles


def _strong_role(role: str, weak_heads: frozenset[str]) -> bool:
    words = role.split()
    return bool(words) and words[0].casefold() not in weak_heads


def plain(name: str, lex: Any) -> bool:
    """None of the name's words is a role, rank, organisation head, place or stopword, and its
    last word is not a common word (``Insta Story``)."""
    words = [w.casefold() for w in name.split()]
    stops = (lex.ranks, lex.org_heads, lex.places, lex.stopwords)
    if any(lex.is_role_word(w) or any(w in s for s in stops) for w in words):
        return False
    return words[-1] not in lex.common


def _short_form(word: str, short: Counter[str], lex: Any) -> bool:
    """Is ``word`` an organisation's short form: one an article defines (``Badan Legislasi
    (Baleg)``), or capitals the corpus writes in brackets in five articles or more (``(BI)``,
    ``(PU)``) and no known name word (``AR``)? Initials of a name (``AM Fachir``, ``FX Hadi``) are
    bracketed alone in at most three."""
    if word.isupper() and word.casefold() not in lex.name_words:
        return short[word] >= _BRACKETED_MIN
    return word in short and not word.isupper()


def _read_articles(bulk: Path) -> Iterator[Any]:
    """The parsed bulk articles outside every fixture set (layout refusals skipped)."""
    from newsdb.errors import NewsdbError
    from newsdb.importer.layout import parse_article
    from newsdb.importer.read import decode_bytes

    urls, titles = fixture_keys()
    with gzip.open(bulk, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("url") in urls or row.get("title") in titles:
                continue
            try:
                yield parse_article(decode_bytes(row["text"].encode("utf-8")).text)
            except NewsdbError:
                continue


def _count(bulk: Path, lex: Any) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Per name, the articles giving it a role or a quotation and the articles with it inside an
    organisation or place name; per word, the articles defining it as an organisation's short form."""
    from newsdb.extract import extract
    from newsdb.extract.acronyms import defined_orgs
    from newsdb.extract.names import find_mentions

    strong: Counter[str] = Counter()
    in_org: Counter[str] = Counter()
    short: Counter[str] = Counter()  # 'Badan Legislasi (Baleg)', '(BI)'
    for article in _read_articles(bulk):
        found = extract(article)
        speakers = {q.speaker for q in found.quotes if q.speaker}
        strong.update(
            p.name
            for p in found.people
            if " " in p.name and (p.name in speakers or any(_strong_role(r, lex.weak_heads) for r in p.roles))
        )
        paras = enumerate(article.paragraphs)
        in_org.update(
            {m.text for i, para in paras for m in find_mentions(para, i, lex) if m.org and " " in m.text}
        )
        bracketed = {w for para in article.paragraphs for w in _BRACKETED_RE.findall(para)}
        short.update(defined_orgs(article.paragraphs, lex) | bracketed)
    return strong, in_org, short


def derive(bulk: Path) -> list[str]:
    """The names kept (see the module docstring), sorted."""
    from newsdb.extract.lexicon import get_lexicon

    lex = get_lexicon("id")
    strong, in_org, short = _count(bulk, lex)
    denied = set(json.loads(DENIED.read_text(encoding="utf-8"))["names"])

    def kept(name: str, c: int) -> bool:
        glued = _short_form(name.split()[0], short, lex)  # 'BI Onny Widjanarko', 'Baleg Totok Daryanto'
        return c >= 2 and plain(name, lex) and in_org[name] * 2 < c and not glued and name not in denied

    return sorted(n for n, c in strong.items() if kept(n, c))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--extractor", type=Path, default=ROOT, help="checkout whose newsdb derives the list")
    ap.add_argument("--bulk", type=Path, default=BULK, help="the bulk JSON Lines file (.gz)")
    args = ap.parse_args()
    sys.path.insert(0, str(args.extractor.resolve()))
    names = derive(args.bulk)
    print(f"{len(names)} names", file=sys.stderr)
    json.dump({"_doc": DOC, "names": names}, sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
