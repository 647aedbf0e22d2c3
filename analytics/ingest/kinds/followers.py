"""Follower days: a member's (``follower_counts``, from their member export) and the company page's
(``page_followers``, from its followers export).

A day's figures (followers, new followers) are upserted; a figure a newer export lacks is
kept, never erased, and what an update replaces goes into the import's undo snapshot.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from analytics.errors import CockpitError
from analytics.ingest.kinds.base import Kind, Load, Loaded, PersonRows, Progress
from analytics.ingest.roster import influencer_for
from analytics.ingest.sources import Detected

# one day as the LinkedIn readers give it: (line, day, followers, new followers); None is unknown
FollowerDay = tuple[int, date, int | None, int | None]
FOLLOWER_FIGURES = ("followers", "new_followers")


def upsert_days(cur, table: str, key: dict[str, Any], rows: list[tuple[Any, ...]], load: Load,
                flags: dict[str, Any] | None = None, figures: tuple[str, ...] = FOLLOWER_FIGURES) -> dict[str, int]:
    """Figures per day into ``table`` (rows of ``key`` and day): each row is (line, day, *figures).

    A figure a newer export lacks (None) is kept; what an update replaces goes into the import's
    undo snapshot. ``flags`` are further columns of new rows. The demo adds only the days the
    workspace lacks.
    """
    counts = {"inserted": 0, "updated": 0, "unchanged": 0}
    new_columns = {**key, **(flags or {})}
    where = " AND ".join([*(f"{column} = ?" for column in key), "day = ?"])
    columns = ", ".join([*new_columns, "day", *figures, "import_id"])
    marks = ", ".join("?" * (len(new_columns) + len(figures) + 2))
    chosen = ", ".join(figures)
    for _line, day, *values in rows:
        old = cur.execute(f"SELECT {chosen}, import_id FROM {table} WHERE {where}",  # noqa: S608
                          [*key.values(), day]).fetchone()
        if old is None:
            cur.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})",  # noqa: S608 - fixed names
                        [*new_columns.values(), day, *values, load.import_id])
            counts["inserted"] += 1
            continue
        merged = tuple(value if value is not None else known for value, known in zip(values, old, strict=False))
        if load.demo or merged == tuple(old[:-1]):
            counts["unchanged"] += 1
            continue
        load.snapshot.setdefault(table, []).append(
            {**key, "day": day.isoformat(), **dict(zip(figures, old[:-1], strict=True)), "import_id": old[-1]})
        assignments = ", ".join(f"{figure} = ?" for figure in figures)
        cur.execute(f"UPDATE {table} SET {assignments}, import_id = ? WHERE {where}",  # noqa: S608
                    [*merged, load.import_id, *key.values(), day])
        counts["updated"] += 1
    return counts


def restore_days(cur, table: str, key: tuple[str, ...], snapshot: dict[str, list[dict[str, Any]]],
                 figures: tuple[str, ...] = FOLLOWER_FIGURES) -> int:
    """The days an undone import updated get their earlier figures back (from :func:`upsert_days`'s
    snapshot); how many."""
    entries = snapshot.get(table, [])
    columns = [*key, "day", *figures, "import_id"]
    updates = ", ".join(f"{column} = excluded.{column}" for column in (*figures, "import_id"))
    for old in entries:
        cur.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "  # noqa: S608
            f"ON CONFLICT ({', '.join([*key, 'day'])}) DO UPDATE SET {updates}",
            [date.fromisoformat(old[column]) if column == "day" else old[column] for column in columns],
        )
    return len(entries)


class MemberFollowers(Kind):
    """One member's followers per day (the FOLLOWERS sheet of their member export)."""

    name = "member_followers"
    tables = ("follower_counts",)
    unit = "follower_days"
    unit_words = ("unit_follower_day", "unit_follower_days")
    alongside = True
    people_refs = ("follower_counts",)
    person_rows = (PersonRows("follower_counts", "influencer_id = {id}",
                              columns="day, followers, new_followers, import_id", order="day",
                              older_than="day < $cut"),)

    def stage(self, cur, det: Detected, author: str | None, step: Progress) -> list[FollowerDay] | None:
        days = det.extra.get("followers")
        return days if days and author else None

    def load(self, cur, days: list[FollowerDay], load: Load) -> Loaded:
        """The days of the person the file is of (``load.author``)."""
        influencer_id = influencer_for(cur, load.author or "", load.import_id)
        counts = upsert_days(cur, "follower_counts", {"influencer_id": influencer_id}, days, load,
                             flags={"is_demo": load.demo})
        return Loaded(self.name, rows=len(days)).with_counts(counts)

    def undo(self, cur, import_id: int, snapshot: dict[str, list[dict[str, Any]]]) -> tuple[int, int]:
        """The import's new days go; the days it updated get their earlier figures back."""
        removed, _ = super().undo(cur, import_id, snapshot)
        return removed, restore_days(cur, "follower_counts", ("influencer_id",), snapshot)


class PageFollowers(Kind):
    """The company page's followers per day (its followers export)."""

    name = "page_followers"
    tables = ("page_followers",)
    unit = "company_page_follower_days"
    unit_words = ("unit_page_follower_day", "unit_page_follower_days")

    def stage(self, cur, det: Detected, author: str | None, step: Progress) -> list[FollowerDay]:
        return det.extra["page_followers"]

    def load(self, cur, days: list[FollowerDay], load: Load) -> Loaded:
        if not days:
            raise CockpitError("import_no_rows", file=load.file_name)
        return Loaded(self.name, rows=len(days)).with_counts(upsert_days(cur, "page_followers", {}, days, load))

    def undo(self, cur, import_id: int, snapshot: dict[str, list[dict[str, Any]]]) -> tuple[int, int]:
        """The import's new days go; the days it updated get their earlier figures back."""
        removed, _ = super().undo(cur, import_id, snapshot)
        return removed, restore_days(cur, "page_followers", (), snapshot)
