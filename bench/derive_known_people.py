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
place or stopword, its last word is not a common word, and it was seen inside an organisation or
place name in fewer than half as many articles. See docs/extraction.md, 1.6.0.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BULK = ROOT.parent / "shared" / "corpus" / "bulk" / "articles.jsonl.gz"
DOC = (
    "Full names (two words or more) that the 1.5.0 extractor gave a role (not only a weak head) or a "
    "quotation in at least two articles of ../shared/corpus/bulk/articles.jsonl.gz outside every fixture "
    "set (excluded by url and title of each tests/fixtures/*/INDEX.jsonl), none of whose words is a role, "
    "rank, organisation head, place or stopword, whose last word is not a common word, and that were seen "
    "inside an organisation or place name in fewer than half as many articles. Derived once for 1.6.0 "
    "(docs/extraction.md); a mention written exactly so is a person without further evidence in the article."
)


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


def derive(bulk: Path) -> list[str]:
    from newsdb.errors import NewsdbError
    from newsdb.extract import extract
    from newsdb.extract.lexicon import get_lexicon
    from newsdb.extract.names import find_mentions
    from newsdb.importer.layout import parse_article
    from newsdb.importer.read import decode_bytes

    lex = get_lexicon("id")
    urls, titles = fixture_keys()
    strong: Counter[str] = Counter()  # articles giving the name a role or a quotation
    in_org: Counter[str] = Counter()  # articles with the name inside an organisation or place
    with gzip.open(bulk, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("url") in urls or row.get("title") in titles:
                continue
            try:
                article = parse_article(decode_bytes(row["text"].encode("utf-8")).text)
            except NewsdbError:
                continue
            found = extract(article)
            speakers = {q.speaker for q in found.quotes if q.speaker}
            weak = lex.weak_heads
            strong.update(
                p.name
                for p in found.people
                if " " in p.name and (p.name in speakers or any(_strong_role(r, weak) for r in p.roles))
            )
            in_org.update(
                {
                    m.text
                    for i, para in enumerate(article.paragraphs)
                    for m in find_mentions(para, i, lex)
                    if m.org and " " in m.text
                }
            )

    def plain(name: str) -> bool:
        words = [w.casefold() for w in name.split()]
        stops = (lex.ranks, lex.org_heads, lex.places, lex.stopwords)
        if any(lex.is_role_word(w) or any(w in s for s in stops) for w in words):
            return False
        return words[-1] not in lex.common

    return sorted(n for n, c in strong.items() if c >= 2 and plain(n) and in_org[n] * 2 < c)


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
