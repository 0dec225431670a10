"""The store on hand-made extractions: people across the archive, bylines, revisions, atomic batches."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import OperationalError

from newsdb.models import Article, ArticlePerson, ArticleStaff, Person, PersonAlias, Quote, SourceFile
from newsdb.records import Extraction, FoundPerson, FoundQuote, ParsedArticle
from newsdb.store import ArticleWriter, FailedInput, PreparedArticle, quote_text_key


def person(name: str, *aliases: str, roles: tuple[str, ...] = ()) -> FoundPerson:
    return FoundPerson(
        name=name, key=name.casefold(), aliases=aliases, roles=roles, mentions=1 + len(aliases)
    )


def article(
    key: str, *people: FoundPerson, quotes: tuple[FoundQuote, ...] = (), **fields: object
) -> PreparedArticle:
    body = f"Body of {key}. " * 3
    raw = f"{key}\n{body}\n{sorted(p.name for p in people)}"
    parsed = ParsedArticle(paragraphs=(body,), title=f"Title {key}", **fields)  # type: ignore[arg-type]
    return PreparedArticle(
        source_key=key,
        path=f"{key}.txt",
        sha256=hashlib.sha256(raw.encode()).hexdigest(),
        size=len(raw),
        encoding="utf-8",
        raw_text=raw,
        hints=None,
        parsed=parsed,
        extraction=Extraction(people=people, quotes=quotes, extractor_version="test"),
    )


def store(engine: Engine, *items: PreparedArticle | FailedInput, writer: ArticleWriter | None = None):
    writer = writer or ArticleWriter("test")
    with engine.connect() as conn:
        return writer.store(conn, list(items), None)


def people_of(engine: Engine, key: str) -> set[str]:
    query = (
        select(Person.name)
        .join(ArticlePerson, ArticlePerson.person_id == Person.id)
        .join(Article, Article.id == ArticlePerson.article_id)
        .where(Article.source_key == key)
    )
    with engine.connect() as conn:
        return set(conn.execute(query).scalars())


def count(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_same_person_in_two_articles_is_one_row(engine: Engine) -> None:
    store(engine, article("a", person("Vladimir Putin", "Putin")))
    store(engine, article("b", person("Vladimir Putin"), person("Sergei Lavrov", "Lavrov")))
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).where(Person.key == "vladimir putin")).scalar_one() == 1
        aliases = conn.execute(select(PersonAlias.alias)).scalars().all()
    assert sorted(aliases) == ["Lavrov", "Putin"]


def test_surname_only_resolves_to_the_archive_unique_match(engine: Engine) -> None:
    store(engine, article("a", person("Vladimir Putin", "Putin"), person("Sergei Lavrov")))
    store(engine, article("b", person("Putin"), person("Lavrov")))
    assert people_of(engine, "b") == {"Vladimir Putin", "Sergei Lavrov"}
    assert count(engine, "people") == 2
    with engine.connect() as conn:  # the form used is kept as an alias of the person
        aliases = set(conn.execute(select(PersonAlias.key)).scalars())
    assert {"putin", "lavrov"} <= aliases


def test_ambiguous_surname_stays_unresolved(engine: Engine) -> None:
    store(engine, article("a", person("Ahmad Yani"), person("Ahmad Dhani")))
    store(engine, article("b", person("Ahmad")))
    assert people_of(engine, "b") == {"Ahmad"}
    assert count(engine, "people") == 3


def test_resolution_within_one_batch(engine: Engine) -> None:
    store(engine, article("a", person("Vladimir Putin", "Putin")), article("b", person("Putin")))
    assert people_of(engine, "b") == {"Vladimir Putin"}


def test_bylines_go_to_staff_not_people(engine: Engine) -> None:
    found = (person("Maria Zakharova"), person("Iman Firdaus"))  # an extractor slip: the editor as a person
    item = article("a", *found, authors=("Ikhsan Abdul Hakim",), editors=("Iman Firdaus",))
    store(engine, item)
    assert people_of(engine, "a") == {"Maria Zakharova"}
    with engine.connect() as conn:
        staff = conn.execute(select(ArticleStaff.role, ArticleStaff.name).order_by(ArticleStaff.role)).all()
    assert [tuple(r) for r in staff] == [("author", "Ikhsan Abdul Hakim"), ("editor", "Iman Firdaus")]
    assert count(engine, "people") == 1


def test_quotes_link_their_speaker_and_unknown_speakers_are_kept(engine: Engine) -> None:
    quotes = (
        FoundQuote(text="Kami menolak", kind="direct", paragraph=0, start=0, end=12, speaker="Sergei Lavrov"),
        FoundQuote(text="Tidak cukup", kind="direct", paragraph=0, start=14, end=25, verb="kata"),
    )
    store(engine, article("a", person("Sergei Lavrov", "Lavrov"), quotes=quotes))
    with engine.connect() as conn:
        rows = conn.execute(
            select(Quote.text, Person.name, Quote.text_key).outerjoin(Person).order_by(Quote.start_char)
        ).all()
    assert [(r[0], r[1]) for r in rows] == [("Kami menolak", "Sergei Lavrov"), ("Tidak cukup", None)]
    assert rows[0][2] == quote_text_key("kami  MENOLAK!")


def test_same_content_twice_is_unchanged_and_new_content_is_a_revision(engine: Engine) -> None:
    first = article("a", person("Vladimir Putin"))
    assert store(engine, first).imported == 1
    assert store(engine, first).unchanged == 1
    second = article("a", person("Joe Biden"))
    result = store(engine, second)
    assert (result.imported, result.updated) == (0, 1)
    with engine.connect() as conn:
        revision, sha = conn.execute(
            select(Article.revision, SourceFile.sha256).join(
                SourceFile, SourceFile.id == Article.source_file_id
            )
        ).one()
        texts = conn.execute(select(SourceFile.raw_text).where(SourceFile.source_key == "a")).scalars().all()
    assert (revision, sha) == (2, second.sha256)
    assert len(texts) == 2 and first.raw_text in texts
    assert people_of(engine, "a") == {"Joe Biden"}


def test_failures_are_recorded_with_the_batch(engine: Engine) -> None:
    with engine.connect() as conn:
        with conn.begin():
            run_id = conn.execute(
                text(
                    "INSERT INTO import_runs (started_at, options, seen, imported, unchanged, "
                    "updated, failed, newsdb_version) VALUES (CURRENT_TIMESTAMP, '{}', 0, 0, "
                    "0, 0, 0, 'test') RETURNING id"
                )
            ).scalar_one()
        result = ArticleWriter("test").store(
            conn, [FailedInput("x.bin", "binary", "binary file"), article("a")], run_id
        )
    assert (result.imported, result.failed) == (1, 1)
    assert count(engine, "import_errors") == 1


def test_a_failed_batch_leaves_nothing(engine: Engine) -> None:
    def explode(stage: str, batch: int) -> None:
        if stage == "extraction":
            raise RuntimeError("crash")

    with pytest.raises(RuntimeError):
        store(engine, article("a", person("Vladimir Putin")), writer=ArticleWriter("test", hook=explode))
    for table in ("source_files", "articles", "people", "article_people"):
        assert count(engine, table) == 0
    store(engine, article("a", person("Vladimir Putin")))
    assert people_of(engine, "a") == {"Vladimir Putin"}


def test_a_deadlocked_batch_is_run_again(engine: Engine) -> None:
    class Deadlock(Exception):
        sqlstate = "40P01"

    calls: list[str] = []

    def deadlock_once(stage: str, batch: int) -> None:
        if stage == "people" and not calls:
            calls.append(stage)
            raise OperationalError("INSERT", {}, Deadlock())

    result = store(
        engine, article("a", person("Vladimir Putin")), writer=ArticleWriter("test", deadlock_once)
    )
    assert (result.imported, calls) == (1, ["people"])
    assert people_of(engine, "a") == {"Vladimir Putin"}
    assert count(engine, "source_files") == 1


def test_an_article_the_database_refuses_fails_alone(engine: Engine) -> None:
    broken = FoundQuote(text="x", kind="direct", paragraph=None, start=0, end=1)  # type: ignore[arg-type]
    result = store(engine, article("good", person("Joko Widodo")), article("bad", quotes=(broken,)))
    assert (result.imported, result.failed) == (1, 1)
    assert result.failures[0].path == "bad.txt" and result.failures[0].kind == "store"
    assert count(engine, "articles") == 1 and count(engine, "source_files") == 1
    assert people_of(engine, "good") == {"Joko Widodo"}


def test_a_refused_row_in_a_full_insert_page_fails_its_article_alone(engine: Engine) -> None:
    """More quotes than one insert page holds (SQLite pages, PostgreSQL COPY): a bad row among them
    is refused by the database, and only its article fails."""
    good = tuple(
        FoundQuote(text=f"kutipan {i}", kind="direct", paragraph=0, start=i, end=i + 1) for i in range(120)
    )
    broken = FoundQuote(text="x", kind="direct", paragraph=None, start=0, end=1)  # type: ignore[arg-type]
    result = store(engine, article("good", quotes=good), article("bad", quotes=(broken, *good[:60])))
    assert (result.imported, result.failed) == (1, 1)
    assert result.failures[0].path == "bad.txt" and result.failures[0].kind == "store"
    assert count(engine, "quotes") == 120 and count(engine, "articles") == 1


def test_mononyms_and_middle_names_are_not_matched_by_a_word(engine: Engine) -> None:
    store(engine, article("a", person("Tien Soeharto"), person("Susilo Bambang Yudhoyono")))
    store(engine, article("b", person("Soeharto"), person("Bambang"), person("Yudhoyono")))
    assert people_of(engine, "b") == {"Soeharto", "Bambang", "Susilo Bambang Yudhoyono"}
