"""The relational schema, as SQLAlchemy 2.x typed models.

Alembic owns every change to it (``migrations/``); ``alembic check`` keeps these models and the
migrations in step. Full-text search structures (SQLite FTS5 tables and triggers, PostgreSQL
``search_vector`` columns with GIN indexes) and the public views are created by migrations only,
because they differ per engine: see the first revision in ``migrations/versions``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any, cast

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """An instant stored in UTC on every engine and returned timezone-aware (UTC).

    SQLite has no time zone type, so a naive value is stored there; PostgreSQL uses
    ``timestamptz``. Naive datetimes are refused: newsdb never guesses a zone.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: newsdb stores instants, give a timezone")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


IntPK = Annotated[int, mapped_column(Integer, primary_key=True)]
Instant = Annotated[datetime, mapped_column(UTCDateTime())]
CreatedAt = Annotated[datetime, mapped_column(UTCDateTime(), default=utcnow)]
ShortText = Annotated[str, mapped_column(String(255))]


def table_of(model: type[Base]) -> Table:
    """The Core ``Table`` of a mapped class, typed as such (``__table__`` is typed as a FromClause)."""
    return cast(Table, model.__table__)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


class Outlet(Base):
    __tablename__ = "outlets"

    id: Mapped[IntPK]
    name: Mapped[ShortText] = mapped_column(unique=True)
    domain: Mapped[str | None] = mapped_column(String(255), unique=True)
    language: Mapped[str] = mapped_column(String(16), default="id")
    country: Mapped[str | None] = mapped_column(String(2))

    articles: Mapped[list[Article]] = relationship(back_populates="outlet")


class ImportRun(Base):
    __tablename__ = "import_runs"

    id: Mapped[IntPK]
    started_at: Mapped[CreatedAt]
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)
    seen: Mapped[int] = mapped_column(default=0)
    imported: Mapped[int] = mapped_column(default=0)
    unchanged: Mapped[int] = mapped_column(default=0)
    updated: Mapped[int] = mapped_column(default=0)
    failed: Mapped[int] = mapped_column(default=0)
    newsdb_version: Mapped[str] = mapped_column(String(64))

    errors: Mapped[list[ImportFailure]] = relationship(back_populates="run")


class ImportFailure(Base):
    """A file an import refused, and why."""

    __tablename__ = "import_errors"

    id: Mapped[IntPK]
    run_id: Mapped[int] = mapped_column(ForeignKey("import_runs.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[CreatedAt]

    run: Mapped[ImportRun] = relationship(back_populates="errors")


class SourceFile(Base):
    """One revision of one input, with the raw decoded text so extraction can be re-run later."""

    __tablename__ = "source_files"

    id: Mapped[IntPK]
    source_key: Mapped[str] = mapped_column(Text, index=True)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int]
    encoding: Mapped[str] = mapped_column(String(32))
    raw_text: Mapped[str] = mapped_column(Text)
    hints: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("import_runs.id", ondelete="SET NULL"), index=True)
    imported_at: Mapped[CreatedAt]


class Article(Base):
    __tablename__ = "articles"
    __table_args__ = (
        Index("ix_articles_outlet_id_published_at", "outlet_id", "published_at"),
        # Covering index: ordering a speaker's quotes or a person's timeline reads no article rows.
        Index("ix_articles_id_published_date_published_at", "id", "published_date", "published_at"),
        # An outlet's articles newest first (day, then instant) straight from the index.
        Index("ix_articles_outlet_id_published_date", "outlet_id", "published_date", "published_at"),
    )

    id: Mapped[IntPK]
    source_key: Mapped[str] = mapped_column(Text, unique=True)
    source_file_id: Mapped[int] = mapped_column(ForeignKey("source_files.id"), index=True)
    revision: Mapped[int] = mapped_column(default=1)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"))
    title: Mapped[str | None] = mapped_column(Text)
    slug: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text, index=True)
    section: Mapped[str | None] = mapped_column(String(255))
    dateline: Mapped[str | None] = mapped_column(String(255))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    published_local: Mapped[str | None] = mapped_column(String(40))
    #: The local calendar day of publication: known more often than the instant (date-only sources).
    published_date: Mapped[date | None] = mapped_column(Date, index=True)
    date_text: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    photo_caption: Mapped[str | None] = mapped_column(Text)
    photo_credit: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(16), default="id")
    word_count: Mapped[int] = mapped_column(default=0)
    layout: Mapped[str] = mapped_column(String(64))
    extractor_version: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[CreatedAt]
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    outlet: Mapped[Outlet | None] = relationship(back_populates="articles")
    source_file: Mapped[SourceFile] = relationship()
    people: Mapped[list[ArticlePerson]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )
    staff: Mapped[list[ArticleStaff]] = relationship(
        back_populates="article",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ArticleStaff.position",
    )
    quotes: Mapped[list[Quote]] = relationship(
        back_populates="article",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Quote.start_char",
    )
    related_headlines: Mapped[list[RelatedHeadline]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="RelatedHeadline.position"
    )
    wire_sources: Mapped[list[WireSource]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="WireSource.position"
    )

    @property
    def published(self) -> datetime | None:
        """The published instant in the offset the article gave (e.g. +07:00 for WIB)."""
        if self.published_local:
            return datetime.fromisoformat(self.published_local)
        return self.published_at

    @published.setter
    def published(self, value: datetime | None) -> None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime: newsdb stores instants, give a timezone")
        self.published_at = value.astimezone(UTC) if value else None
        self.published_local = value.isoformat() if value else None
        if value is not None:
            self.published_date = value.date()


class Person(Base):
    __tablename__ = "people"

    id: Mapped[IntPK]
    name: Mapped[str] = mapped_column(String(255))
    key: Mapped[str] = mapped_column(String(255), unique=True)
    created_at: Mapped[CreatedAt]

    aliases: Mapped[list[PersonAlias]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )
    articles: Mapped[list[ArticlePerson]] = relationship(back_populates="person")


class PersonAlias(Base):
    __tablename__ = "person_aliases"
    __table_args__ = (UniqueConstraint("person_id", "key"),)

    id: Mapped[IntPK]
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(255))
    key: Mapped[str] = mapped_column(String(255), index=True)

    person: Mapped[Person] = relationship(back_populates="aliases")


class ArticlePerson(Base):
    """A person of the story in one article, with the roles and names written there."""

    __tablename__ = "article_people"
    # Covering index for a person's articles, co-mentions and timeline.
    __table_args__ = (Index("ix_article_people_person_id_article_id", "person_id", "article_id"),)

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    name_used: Mapped[str] = mapped_column(String(255))
    roles: Mapped[list[str]] = mapped_column(default=list)
    aliases: Mapped[list[str]] = mapped_column(default=list)
    mention_count: Mapped[int] = mapped_column(default=1)

    article: Mapped[Article] = relationship(back_populates="people")
    person: Mapped[Person] = relationship(back_populates="articles")


class ArticleStaff(Base):
    """A byline or credit: kept apart from the people of the story."""

    __tablename__ = "article_staff"
    __table_args__ = (
        UniqueConstraint("article_id", "role", "position"),
        CheckConstraint("role IN ('author', 'editor', 'photographer', 'reporter')", name="role"),
    )

    id: Mapped[IntPK]
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(255))
    key: Mapped[str] = mapped_column(String(255), index=True)

    article: Mapped[Article] = relationship(back_populates="staff")


class Quote(Base):
    __tablename__ = "quotes"
    __table_args__ = (
        CheckConstraint("kind IN ('direct', 'partial', 'indirect')", name="kind"),
        CheckConstraint("start_char <= end_char", name="span"),
        Index("ix_quotes_speaker_id_article_id", "speaker_id", "article_id"),
        # Covering index: a speaker's quotes of some kinds, with what ordering them needs.
        Index("ix_quotes_speaker_id_kind_article_id", "speaker_id", "kind", "article_id", "start_char", "id"),
    )

    id: Mapped[IntPK]
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    text_key: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    verb: Mapped[str | None] = mapped_column(String(64))
    paragraph: Mapped[int]
    start_char: Mapped[int]
    end_char: Mapped[int]
    via: Mapped[str | None] = mapped_column(String(255))
    speaker_description: Mapped[str | None] = mapped_column(Text)

    article: Mapped[Article] = relationship(back_populates="quotes")
    speaker: Mapped[Person | None] = relationship()


class PersonEvent(Base):
    """A quote with a speaker or a mention of a person, with its article's day and instant.

    Kept by the database itself (triggers of revision 0004 on ``quotes``, ``article_people`` and
    ``articles``), never written from Python: the sort keys of a person's quotes and timeline next
    to the person, so that those lists walk one index in order and stop at ``LIMIT``.
    """

    __tablename__ = "person_events"
    __table_args__ = (
        Index(
            "ix_person_events_person_id_untimed_published_date",
            "person_id",
            "untimed",
            "published_date",
            "published_at",
            "article_id",
            "position",
            "quote_id",
            "kind",
        ),
        {"sqlite_with_rowid": False},
    )

    article_id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(primary_key=True)  # 0: a mention
    position: Mapped[int]  # the quote's start_char; -1 for a mention
    kind: Mapped[str] = mapped_column(String(16))  # the quote's kind, or 'mention'
    untimed: Mapped[bool]  # published_at IS NULL
    published_date: Mapped[date | None] = mapped_column(Date)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class RelatedHeadline(Base):
    """A "Baca Juga" headline, in the order the page gave it."""

    __tablename__ = "related_headlines"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)
    headline: Mapped[str] = mapped_column(Text)


class WireSource(Base):
    """An agency the article credits ("Sumber : Associated Press", "dilansir Reuters")."""

    __tablename__ = "wire_sources"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), index=True)
