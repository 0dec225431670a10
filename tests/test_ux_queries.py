"""Canned queries say why they cannot answer instead of answering with nothing."""

from __future__ import annotations

import json

import pytest
from queries_support import populate
from sqlalchemy import Engine
from typer.testing import CliRunner

from newsdb import Archive, QueryError
from newsdb.cli import app


@pytest.mark.parametrize("query", ["quotes", "speakers", "people", "articles", "search", "quote-search"])
def test_an_unknown_outlet_is_refused_with_the_known_ones(engine: Engine, query: str) -> None:
    populate(engine)
    text = {"search": ("Lavrov",), "quote-search": ("ancaman",)}.get(query, ())
    with Archive(engine=engine) as archive:
        with pytest.raises(
            QueryError, match=r"no outlet called 'kompas' .*detik \(detik\.com\), Kompas TV \(kompas\.tv\)"
        ):
            archive.query(query, *text, outlet="kompas")
        assert archive.query(query, *text, outlet="KOMPAS.TV").rows  # name or domain, any case


def test_an_unknown_outlet_on_the_command_line(engine: Engine) -> None:
    populate(engine)
    db = engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(app, ["--db", db, "query", "articles", "--outlet", "detikcom"])
    assert result.exit_code == 2
    assert "no outlet called 'detikcom' in the archive; outlets: detik (detik.com)" in result.stderr


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("yesterday", "since: 'yesterday' is not a day in the form YYYY-MM-DD"),
        ("2022-13-01", "since: '2022-13-01' is not a day in the form YYYY-MM-DD: month must be in 1..12"),
    ],
)
def test_a_bad_day_says_the_form_it_needs(engine: Engine, value: str, message: str) -> None:
    with Archive(engine=engine) as archive, pytest.raises(QueryError) as caught:
        archive.query("quotes", since=value)
    assert str(caught.value) == message


def test_a_format_given_before_the_query_name_is_used(engine: Engine) -> None:
    populate(engine)
    db = engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(app, ["--db", db, "query", "-f", "csv", "outlets"])
    assert result.exit_code == 0 and result.stdout.splitlines()[0] == "outlet,articles,first,last"
    result = CliRunner().invoke(app, ["--db", db, "query", "-f", "csv", "outlets", "-f", "jsonl"])
    assert result.stdout.startswith('{"outlet": ')  # the command's own option wins


def test_show_person_refuses_a_name_that_means_too_many_people(engine: Engine) -> None:
    from sqlalchemy.orm import Session

    from newsdb.models import Person

    with Session(engine) as session, session.begin():
        for surname in ("Gunawan", "Harto", "Santoso", "Setiadi", "Wiguna", "Susanto", "Hartono"):
            session.add(Person(name=f"Budi {surname}", key=f"budi {surname.lower()}"))
    db = engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(app, ["--db", db, "show", "person", "Budi"])
    assert result.exit_code == 2
    assert "'Budi' can mean 7 people (Budi Gunawan, Budi Harto, Budi Hartono," in result.stderr
    assert "give more of the name" in result.stderr
    result = CliRunner().invoke(app, ["--db", db, "show", "person", "Budi Harto", "-f", "json"])
    assert result.exit_code == 0 and [p["name"] for p in json.loads(result.stdout)] == ["Budi Harto"]


def test_show_person_prefers_the_full_name_over_as_many_aliases(engine: Engine) -> None:
    from sqlalchemy.orm import Session

    from newsdb.models import Person, PersonAlias

    with Session(engine) as session, session.begin():
        session.add(Person(name="Budi", key="budi"))
        for surname in ("Gunawan", "Harto", "Santoso", "Setiadi", "Wiguna", "Susanto"):
            person = Person(name=f"Budi {surname}", key=f"budi {surname.lower()}")
            person.aliases = [PersonAlias(alias="Budi", key="budi")]
            session.add(person)
    db = engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(app, ["--db", db, "show", "person", "Budi", "-f", "json"])
    assert result.exit_code == 0 and [p["name"] for p in json.loads(result.stdout)] == ["Budi"]
