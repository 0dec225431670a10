"""Outlets: one row per name, created on first use (conflict-safe), ids cached per process."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, select

from newsdb.importer.sources import outlet_by_name
from newsdb.models import Outlet, table_of
from newsdb.store.records import PreparedArticle
from newsdb.store.rows import clip
from newsdb.store.sql import insert_ignore, select_in

OUTLETS = table_of(Outlet)


class OutletCache:
    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def invalidate(self) -> None:
        self.ids.clear()

    @staticmethod
    def name_of(item: PreparedArticle) -> str | None:
        """The outlet the layout recognised, else the one the hints name."""
        name = item.parsed.outlet or (item.hints or {}).get("outlet")
        return clip(name.strip(), 255) if isinstance(name, str) and name.strip() else None

    @staticmethod
    def _row(name: str, item: PreparedArticle) -> dict[str, Any]:
        known = outlet_by_name(name)
        domain = item.parsed.outlet_domain or (known.domain if known else None)
        return {
            "name": name,
            "domain": clip(domain, 255),
            "language": clip(known.language if known else item.parsed.language or "id", 16),
            "country": known.country if known else None,
        }

    def ids_for(self, conn: Connection, items: Sequence[PreparedArticle]) -> dict[str, int]:
        """Outlet name → id for these articles, inserting the outlets not yet in the archive."""
        wanted: dict[str, PreparedArticle] = {}
        for item in items:
            name = self.name_of(item)
            if name and name not in self.ids:
                wanted.setdefault(name, item)
        if wanted:
            rows = [self._row(name, wanted[name]) for name in sorted(wanted)]
            conn.execute(insert_ignore(conn, OUTLETS), rows)
            for oid, name in select_in(conn, [OUTLETS.c.id, OUTLETS.c.name], OUTLETS.c.name, wanted):
                self.ids[name] = oid
            for row in rows:  # the domain belongs to an outlet of another name: use that one
                if row["name"] not in self.ids and row["domain"]:
                    query = select(OUTLETS.c.id).where(OUTLETS.c.domain == row["domain"])
                    self.ids[row["name"]] = conn.execute(query).scalar_one()
        return self.ids
