"""Who is reached, from LinkedIn's own exports: three kinds of rows, each undone and erased on its own.

- :class:`MemberAudience` — a member export's window (``audience_windows``: impressions and
  members reached in it) with the demographics of its viewers (``audience_values``). A window is
  one person's export of those days: importing the same export again changes nothing, a newer
  export of the same window replaces it (what it replaces goes into the undo snapshot).
- :class:`AccountActivity` — the account's impressions and engagements per day (``account_days``,
  the ENGAGEMENT sheet): the profile's activity, all its posts included, never a post's figures.
- :class:`PostAudience` — one post's audience from its single-post export (``post_audience``),
  replaced as a whole by a newer export of the post.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from analytics.i18n import fmt_number, t
from analytics.ingest.kinds.base import Kind, Load, Loaded, PersonRows, Progress
from analytics.ingest.kinds.followers import restore_days, upsert_days
from analytics.ingest.linkedin import Demographic, Window
from analytics.ingest.roster import influencer_for
from analytics.ingest.sources import Detected

ACTIVITY_FIGURES = ("impressions", "engagements")
VALUE_COLUMNS = ("position", "category", "value", "share", "below_one_percent")


def _values(demographics: list[Demographic]) -> list[tuple[Any, ...]]:
    """The rows of a demographics block as stored: (position, category, value, share, below one percent)."""
    return [(position, row.category, row.value, row.share, row.below_one_percent)
            for position, row in enumerate(demographics, start=1)]


def _stored(cur, table: str, where: str, params: list[Any]) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in cur.execute(
        f"SELECT {', '.join(VALUE_COLUMNS)} FROM {table} WHERE {where} ORDER BY position",  # noqa: S608 - fixed
        params).fetchall()]


def _as_entries(values: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    return [dict(zip(VALUE_COLUMNS, row, strict=True)) for row in values]


def _with_values(text: str, counts: dict[str, int], lang: str) -> str:
    """A load's summary with the number of demographic values it read."""
    values = counts.get("demographic_values", 0)
    return f"{text} ({t('count_demographic_values', lang, n=fmt_number(values, lang))})" if values else text


def _same(stored: list[tuple[Any, ...]], new: list[tuple[Any, ...]]) -> bool:
    """Stored and new values agree (shares compared as stored: DOUBLE)."""
    return [(*row[:3], round(float(row[3]), 9), bool(row[4])) for row in stored] == \
        [(*row[:3], round(float(row[3]), 9), bool(row[4])) for row in new]


@dataclass
class StagedWindow:
    """A member export's window and its demographics, ready to load."""

    window: Window
    demographics: list[Demographic]


class MemberAudience(Kind):
    """A member export's window with impressions, members reached and the viewers' demographics."""

    name = "member_audience"
    tables = ("audience_windows", "audience_values")
    unit = "audience_windows"
    unit_words = ("unit_audience_window", "unit_audience_windows")
    alongside = True
    people_refs = ("audience_windows",)
    person_rows = (
        PersonRows("audience_windows", "influencer_id = {id}",
                   columns="window_start, window_end, impressions, members_reached, import_id",
                   order="window_start, window_end", older_than="window_end < $cut"),
        PersonRows("audience_values", "influencer_id = {id}",
                   columns="window_start, window_end, category, value, share, below_one_percent, import_id",
                   order="window_start, window_end, position", older_than="window_end < $cut"),
    )

    def stage(self, cur, det: Detected, author: str | None, step: Progress) -> StagedWindow | None:
        window = det.extra.get("audience_window")
        if window is None or not author:
            return None
        return StagedWindow(window, det.extra.get("demographics", []))

    def load(self, cur, staged: StagedWindow, load: Load) -> Loaded:
        """The window of the person the file is of: new, unchanged, or replaced by this newer export."""
        influencer_id = influencer_for(cur, load.author or "", load.import_id)
        window = staged.window
        key = [influencer_id, window.start, window.end]
        where = "influencer_id = ? AND window_start = ? AND window_end = ?"
        values = _values(staged.demographics)
        loaded = Loaded(self.name, rows=1, details={"demographic_values": len(values)})
        old = cur.execute(f"SELECT impressions, members_reached, import_id FROM audience_windows WHERE {where}",  # noqa: S608
                          key).fetchone()
        if old is not None:
            stored = _stored(cur, "audience_values", where, key)
            if load.demo or ((old[0], old[1]) == (window.impressions, window.members_reached)
                             and _same(stored, values)):
                loaded.unchanged = 1
                return loaded
            load.snapshot.setdefault("audience_windows", []).append({
                "influencer_id": influencer_id, "window_start": window.start.isoformat(),
                "window_end": window.end.isoformat(), "impressions": old[0], "members_reached": old[1],
                "import_id": old[2], "values": _as_entries(stored)})
            cur.execute(f"DELETE FROM audience_values WHERE {where}", key)  # noqa: S608
            cur.execute(f"DELETE FROM audience_windows WHERE {where}", key)  # noqa: S608
            loaded.updated = 1
        else:
            loaded.inserted = 1
        _insert_window(cur, influencer_id, window.start, window.end, window.impressions, window.members_reached,
                       values, load.import_id, load.demo)
        return loaded

    def undo(self, cur, import_id: int, snapshot: dict[str, list[dict[str, Any]]]) -> tuple[int, int]:
        """The import's windows go; the windows it replaced come back with their demographics."""
        removed = cur.execute("DELETE FROM audience_windows WHERE import_id = ?", [import_id]).fetchone()[0]
        cur.execute("DELETE FROM audience_values WHERE import_id = ?", [import_id])
        entries = snapshot.get("audience_windows", [])
        for old in entries:
            _insert_window(cur, old["influencer_id"], date.fromisoformat(old["window_start"]),
                           date.fromisoformat(old["window_end"]), old["impressions"], old["members_reached"],
                           [tuple(value[column] for column in VALUE_COLUMNS) for value in old["values"]],
                           old["import_id"], False)
        return int(removed), len(entries)

    def summary(self, counts: dict[str, int], lang: str) -> str:
        """'1 Publikums-Zeitraum neu (13 demografische Werte)'."""
        return _with_values(super().summary(counts, lang), counts, lang)


def _insert_window(cur, influencer_id: int, start: date, end: date, impressions: int | None,
                   members_reached: int | None, values: list[tuple[Any, ...]], import_id: int | None,
                   demo: bool) -> None:
    cur.execute("INSERT INTO audience_windows (influencer_id, window_start, window_end, impressions, members_reached, "
                "is_demo, import_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [influencer_id, start, end, impressions, members_reached, demo, import_id])
    if values:
        cur.executemany(
            "INSERT INTO audience_values (influencer_id, window_start, window_end, position, category, value, share, "
            "below_one_percent, is_demo, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [[influencer_id, start, end, *row, demo, import_id] for row in values])


class AccountActivity(Kind):
    """The account's impressions and engagements per day (a member export's ENGAGEMENT sheet)."""

    name = "account_activity"
    tables = ("account_days",)
    unit = "activity_days"
    unit_words = ("unit_activity_day", "unit_activity_days")
    alongside = True
    people_refs = ("account_days",)
    person_rows = (PersonRows("account_days", "influencer_id = {id}",
                              columns="day, impressions, engagements, import_id", order="day",
                              older_than="day < $cut"),)

    def stage(self, cur, det: Detected, author: str | None, step: Progress) -> list[tuple[Any, ...]] | None:
        days = det.extra.get("account_days")
        return days if days and author else None

    def load(self, cur, days: list[tuple[Any, ...]], load: Load) -> Loaded:
        """The days of the person the file is of (``load.author``); a figure a newer export lacks is kept."""
        influencer_id = influencer_for(cur, load.author or "", load.import_id)
        counts = upsert_days(cur, "account_days", {"influencer_id": influencer_id}, days, load,
                             flags={"is_demo": load.demo}, figures=ACTIVITY_FIGURES)
        return Loaded(self.name, rows=len(days)).with_counts(counts)

    def undo(self, cur, import_id: int, snapshot: dict[str, list[dict[str, Any]]]) -> tuple[int, int]:
        """The import's new days go; the days it updated get their earlier figures back."""
        removed, _ = super().undo(cur, import_id, snapshot)
        return removed, restore_days(cur, "account_days", ("influencer_id",), snapshot, ACTIVITY_FIGURES)


class PostAudience(Kind):
    """One post's audience: the "Top demographics" of its single-post export.

    Loaded after the posts (its place in the registry), so the post it belongs to is known: the
    post the file's record was matched to, under whichever LinkedIn id it is kept.
    """

    name = "post_audience"
    tables = ("post_audience",)
    unit = "post_audiences"
    unit_words = ("unit_post_audience", "unit_post_audiences")
    alongside = True
    person_rows = (PersonRows("post_audience", "post_id IN (SELECT post_id FROM posts WHERE influencer_id = {id})",
                              columns="post_id, category, value, share, below_one_percent, import_id",
                              order="post_id, position",
                              older_than="post_id IN (SELECT post_id FROM posts WHERE published_at < $cut)"),)

    def stage(self, cur, det: Detected, author: str | None, step: Progress) -> tuple[int, list[Demographic]] | None:
        return det.extra.get("post_demographics")

    def load(self, cur, staged: tuple[int, list[Demographic]], load: Load) -> Loaded:
        line, demographics = staged
        loaded = Loaded(self.name, rows=1, details={"demographic_values": len(demographics)})
        post = cur.execute("SELECT p.post_id, p.post_key FROM _ic_parsed g JOIN posts p USING (post_key) "
                           "WHERE g.line = ? AND g.reason IS NULL", [line]).fetchone()
        if post is None:  # the post itself was rejected (the report names its line): no post, no audience
            loaded.rows = 0
            return loaded
        post_id, post_key = post
        values = _values(demographics)
        stored = _stored(cur, "post_audience", "post_id = ?", [post_id])
        if stored and (load.demo or _same(stored, values)):
            loaded.unchanged = 1
            return loaded
        if stored:
            old_import = cur.execute("SELECT max(import_id) FROM post_audience WHERE post_id = ?", [post_id]).fetchone()
            load.snapshot.setdefault("post_audience", []).append(
                {"post_key": post_key, "import_id": old_import[0], "values": _as_entries(stored)})
            cur.execute("DELETE FROM post_audience WHERE post_id = ?", [post_id])
            loaded.updated = 1
        else:
            loaded.inserted = 1
        _insert_post_values(cur, post_id, values, load.import_id)
        return loaded

    def undo(self, cur, import_id: int, snapshot: dict[str, list[dict[str, Any]]]) -> tuple[int, int]:
        """The import's audiences go; an audience it replaced comes back."""
        removed = cur.execute("SELECT count(DISTINCT post_id) FROM post_audience WHERE import_id = ?",
                              [import_id]).fetchone()[0]
        cur.execute("DELETE FROM post_audience WHERE import_id = ?", [import_id])
        entries = snapshot.get("post_audience", [])
        for old in entries:
            post = cur.execute("SELECT post_id FROM posts WHERE post_key = ?", [old["post_key"]]).fetchone()
            if post is not None:
                _insert_post_values(cur, post[0], [tuple(value[column] for column in VALUE_COLUMNS)
                                                   for value in old["values"]], old["import_id"])
        return int(removed), len(entries)

    def summary(self, counts: dict[str, int], lang: str) -> str:
        """'1 Beitrags-Publikum neu (3 demografische Werte)'."""
        return _with_values(super().summary(counts, lang), counts, lang)


def _insert_post_values(cur, post_id: int, values: list[tuple[Any, ...]], import_id: int | None) -> None:
    if values:
        cur.executemany("INSERT INTO post_audience (post_id, position, category, value, share, below_one_percent, "
                        "import_id) VALUES (?, ?, ?, ?, ?, ?, ?)", [[post_id, *row, import_id] for row in values])
