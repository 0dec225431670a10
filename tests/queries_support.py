"""A small archive inserted row by row through the models, for precise query tests.

Three articles in two outlets: Lavrov quoted three times (twice in article 1, once in article 3),
Putin mentioned in all three and quoted once, Zakharova quoted once, one quote without a speaker.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from newsdb.models import (
    Article,
    ArticlePerson,
    ArticleStaff,
    Outlet,
    Person,
    PersonAlias,
    Quote,
    RelatedHeadline,
    SourceFile,
    WireSource,
)

WIB = timezone(timedelta(hours=7))


def _source(n: int) -> SourceFile:
    return SourceFile(
        source_key=f"src/{n}.txt",
        path=f"src/{n:03d}_article.txt",
        sha256=f"{n:064x}",
        size=100,
        encoding="utf-8",
        raw_text=f"raw text {n}",
    )


def _article(n: int, outlet: Outlet, title: str, body: str, published: datetime | None) -> Article:
    article = Article(
        source_key=f"src/{n}.txt",
        source_file=_source(n),
        outlet=outlet,
        title=title,
        slug=f"slug-{n}",
        url=f"https://example.test/{n}",
        section="Internasional",
        dateline="MOSKOW",
        body=body,
        date_text="text date",
        layout="test",
        extractor_version="test",
        word_count=len(body.split()),
    )
    article.published = published
    return article


def _person(session: Session, name: str, *aliases: str) -> Person:
    person = Person(name=name, key=name.lower())
    person.aliases = [PersonAlias(alias=a, key=a.lower()) for a in aliases]
    session.add(person)
    return person


def populate(engine: Engine) -> dict[str, int]:
    """Insert the archive; returns the ids of the articles and people by name."""
    with Session(engine) as session, session.begin():
        kompas = Outlet(name="Kompas TV", domain="kompas.tv")
        detik = Outlet(name="detik", domain="detik.com")
        lavrov = _person(session, "Sergei Lavrov", "Lavrov")
        putin = _person(session, "Vladimir Putin", "Putin")
        zakharova = _person(session, "Maria Zakharova", "Zakharova")
        a1 = _article(
            1,
            kompas,
            "Rusia tolak NATO",
            "Lavrov berkata NATO adalah ancaman.\n\nPutin setuju dengan Lavrov soal Ukraina.",
            datetime(2022, 1, 12, 22, 40, tzinfo=WIB),
        )
        a2 = _article(
            2,
            detik,
            "Zakharova bicara soal Kyiv",
            "Zakharova menyebut Kyiv tidak cukup.\n\nPutin diam.",
            datetime(2025, 2, 18, 3, 0, tzinfo=WIB),
        )
        a3 = _article(
            3,
            kompas,
            "Lavrov di Riyadh",
            "Lavrov bertemu Rubio di Riyadh. Perdamaian dibahas.",
            None,
        )
        session.add_all([a1, a2, a3])
        a1.people = [
            ArticlePerson(
                person=lavrov,
                name_used="Sergei Lavrov",
                roles=["Menteri Luar Negeri Rusia"],
                aliases=["Lavrov"],
                mention_count=3,
            ),
            ArticlePerson(
                person=putin, name_used="Vladimir Putin", roles=["Presiden"], aliases=[], mention_count=1
            ),
        ]
        a2.people = [
            ArticlePerson(
                person=zakharova,
                name_used="Maria Zakharova",
                roles=["Juru bicara"],
                aliases=[],
                mention_count=2,
            ),
            ArticlePerson(
                person=putin,
                name_used="Vladimir Putin",
                roles=["Presiden Rusia"],
                aliases=[],
                mention_count=1,
            ),
        ]
        a3.people = [
            ArticlePerson(person=lavrov, name_used="Lavrov", roles=[], aliases=[], mention_count=1),
            ArticlePerson(person=putin, name_used="Putin", roles=["Presiden"], aliases=[], mention_count=1),
        ]
        a1.quotes = [
            Quote(
                speaker=lavrov,
                text="NATO adalah ancaman langsung",
                text_key="k1",
                kind="direct",
                verb="kata",
                paragraph=0,
                start_char=0,
                end_char=10,
            ),
            Quote(
                speaker=lavrov,
                text="Ukraina tidak boleh bergabung",
                text_key="k2",
                kind="direct",
                verb="kata",
                paragraph=1,
                start_char=40,
                end_char=60,
                via="Reuters",
            ),
            Quote(
                speaker=putin,
                text="Kami setuju dengan ancaman itu",
                text_key="k3",
                kind="indirect",
                verb="menyebut",
                paragraph=1,
                start_char=70,
                end_char=80,
            ),
        ]
        a2.quotes = [
            Quote(
                speaker=zakharova,
                text="Kyiv tidak cukup",
                text_key="k4",
                kind="direct",
                verb="kata",
                paragraph=0,
                start_char=0,
                end_char=16,
            ),
            Quote(
                speaker=None,
                text="Seorang warga bicara tentang ancaman",
                text_key="k5",
                kind="partial",
                paragraph=1,
                start_char=20,
                end_char=30,
                speaker_description="seorang warga",
            ),
        ]
        a3.quotes = [
            Quote(
                speaker=lavrov,
                text="Perdamaian dibahas di Riyadh",
                text_key="k6",
                kind="direct",
                verb="ujar",
                paragraph=0,
                start_char=0,
                end_char=20,
            ),
        ]
        a1.staff = [
            ArticleStaff(role="author", position=0, name="Budi", key="budi"),
            ArticleStaff(role="editor", position=0, name="Ani", key="ani"),
        ]
        a1.photo_credit = "AP Photo"
        a1.wire_sources = [WireSource(position=0, name="Associated Press")]
        a1.related_headlines = [RelatedHeadline(position=0, headline="Baca juga ini")]
        session.flush()
        return {
            "a1": a1.id,
            "a2": a2.id,
            "a3": a3.id,
            "lavrov": lavrov.id,
            "putin": putin.id,
            "zakharova": zakharova.id,
        }
