"""People left without any article after a revision or a reprocess are deleted, with their aliases;
people another article still names or quotes stay."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, insert, select, text
from test_store_people import article, count, people_of, person, store

from newsdb.importer.pipeline import ImportOptions, import_paths
from newsdb.importer.reprocess import reprocess
from newsdb.models import ArticlePerson, Person, PersonAlias
from newsdb.records import FoundQuote
from newsdb.store import ArticleWriter

FIXTURES = Path(__file__).parent / "fixtures"


def names(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(select(Person.name)).scalars())


def test_a_revision_deletes_the_people_only_its_old_content_named(engine: Engine) -> None:
    writer = ArticleWriter("test")
    quote = FoundQuote(text="Kami siap", kind="direct", paragraph=0, start=0, end=9, speaker="Budi Santoso")
    store(engine, article("a", person("Budi Santoso", "Budi"), quotes=(quote,)), writer=writer)
    store(engine, article("a2", person("Sri Mulyani")), writer=writer)
    store(engine, article("b", person("Joko Widodo"), person("Sri Mulyani")), writer=writer)
    assert names(engine) == {"Budi Santoso", "Sri Mulyani", "Joko Widodo"}
    assert count(engine, "person_aliases") == 1

    result = store(engine, article("a", person("Joko Widodo")), writer=writer)  # new content: a revision
    assert result.updated == 1
    assert names(engine) == {"Sri Mulyani", "Joko Widodo"}  # Budi (named and quoted in 'a' only) is gone
    assert count(engine, "person_aliases") == 0  # with his alias
    assert people_of(engine, "a") == {"Joko Widodo"}
    assert "budi santoso" not in writer.people.ids  # the writer's cache forgot him too
    assert writer.people.resolve_key("budi") == "budi"

    store(engine, article("a2", person("Basuki Hadimuljono")), writer=writer)  # Sri Mulyani is still in 'b'
    assert names(engine) == {"Sri Mulyani", "Joko Widodo", "Basuki Hadimuljono"}

    store(engine, article("c", person("Santoso")), writer=writer)  # a short name no longer resolves to him
    assert people_of(engine, "c") == {"Santoso"}


def test_a_person_a_concurrent_writer_still_has_cached_is_written_again(engine: Engine) -> None:
    """Another importer's cache still holds a deleted person's id: its batch fails on the foreign key,
    is written again with a fresh cache, and the person comes back as a new row."""
    other = ArticleWriter("test")
    store(engine, article("a", person("Budi Santoso")), writer=other)
    store(engine, article("a", person("Joko Widodo")))  # another writer revises 'a': Budi is deleted
    assert names(engine) == {"Joko Widodo"}
    result = store(engine, article("b", person("Budi Santoso")), writer=other)
    assert (result.imported, result.failed) == (1, 0)
    assert people_of(engine, "b") == {"Budi Santoso"}


def test_reprocess_deletes_people_no_article_names_any_more(engine: Engine) -> None:
    import_paths(engine, [FIXTURES / "seeds"], ImportOptions(jobs=1))
    before = count(engine, "people")
    with engine.begin() as conn:  # a person an older extractor found in a seed, named nowhere else
        conn.execute(text("UPDATE articles SET extractor_version = '0.0.1'"))
        ghost = insert(Person).values(key="hantu belau", name="Hantu Belau").returning(Person.id)
        ghost_id = conn.execute(ghost).scalar_one()
        first = conn.execute(text("SELECT min(id) FROM articles")).scalar_one()
        conn.execute(insert(PersonAlias).values(person_id=ghost_id, key="belau", alias="Belau"))
        link = {"article_id": first, "person_id": ghost_id, "name_used": "Hantu Belau", "mention_count": 1}
        conn.execute(insert(ArticlePerson).values(roles=[], aliases=[], **link))
    assert count(engine, "people") == before + 1
    summary = reprocess(engine, jobs=1)
    assert (summary.seen, summary.updated, summary.failed) == (2, 2, 0)
    assert count(engine, "people") == before
    assert "Hantu Belau" not in names(engine)
    with engine.connect() as conn:
        assert conn.execute(select(PersonAlias.id).where(PersonAlias.person_id == ghost_id)).first() is None
