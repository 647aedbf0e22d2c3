"""What an import covers (``coverage``): for whom, which days and which figures.

A month that no file speaks for is unknown, not a month without posts. So every import keeps,
beside its rows, what it covers (its format says how, :attr:`analytics.ingest.formats.Format.covers`):

- a member export: its person, for the export's window (the DISCOVERY sheet's "Overall
  Performance" window, else the two dates of the file name, else its first to last post);
- the data archive's Shares.csv: its person, from the first to the last share;
- a controlling sheet: the calendar months from its first to its last post, for everyone in the
  programme then (scope ``programme``); a sheet of one person (no author column) for that person;
- a single-post export: one post and no days (scope ``post``);
- the company page's exports: the page (scope ``page``), from the first to the last post or day;
- the demo: the programme, from its first to its last post.

Roster, applicants and outcomes cover no time. The rows go with their import when it is undone
and with their person when the person is erased; :mod:`analytics.covered` reads them. Loading
them adds nothing to the report's counts: they are what the file's rows cover, not rows of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd

from analytics.ingest.formats import format_of
from analytics.ingest.kinds.base import Kind, Load, Loaded, PersonRows, Progress
from analytics.ingest.roster import influencer_for
from analytics.ingest.sources import Detected, window_from_file_name

# the figures a file's posts may bring, as the posts parse names its columns
POST_FIGURES = ("reactions", "comments", "reposts", "impressions", "clicks", "engagements", "text", "media_type",
                "topic")


@dataclass(frozen=True)
class Covered:
    """What a file covers, as far as the file itself says before its posts are loaded."""

    scope: str  # "programme", "person", "post" or "page"
    window: tuple[date, date] | None = None  # the days, where the file names them
    whole_months: bool = False  # else: its posts' calendar months, first to last
    figures: tuple[str, ...] = ()  # figures beyond its posts' (follower days, LinkedIn's own figures)


class Coverage(Kind):
    """The days, people and figures each import covers (see the module's docstring)."""

    name = "coverage"
    tables = ("coverage",)
    unit = "coverage"
    unit_words = ("unit_coverage", "unit_coverages")
    alongside = True
    reported = False
    person_rows = (PersonRows("coverage", "influencer_id = {id}",
                              columns="import_id, scope, first_day, last_day, post_key, figures",
                              order="first_day, import_id", older_than="last_day < $cut"),)

    def undo(self, cur, import_id: int, snapshot: dict[str, list[dict[str, Any]]]) -> tuple[int, int]:
        """What the import covered goes with it (not counted: the import's report did not count it either)."""
        super().undo(cur, import_id, snapshot)
        return 0, 0

    def stage(self, cur, det: Detected, author: str | None, step: Progress) -> Covered | None:
        covers = format_of(det.format).covers
        if covers is None:
            return None
        extra: tuple[str, ...] = tuple(sorted({name for figures in (det.extra.get("metrics") or {}).values()
                                               for name, value in figures.items() if value is not None}))
        if covers == "window":
            window = det.extra.get("window") or window_from_file_name(det.file_name)
            followers = ("followers",) if det.extra.get("followers") else ()
            return Covered("person", window, figures=(*extra, *followers))
        if covers == "posts":
            return Covered("person", figures=extra)
        if covers == "months":
            one_person = "author" not in det.mapping.values() and author
            return Covered("person" if one_person else "programme", whole_months=True, figures=extra)
        if covers == "post":
            return Covered("post", figures=extra)
        days = [day for _line, day, *_ in det.extra.get("page_followers") or []]
        if days:
            return Covered("page", (min(days), max(days)), figures=("followers",))
        return Covered("page")

    def load(self, cur, covered: Covered, load: Load) -> Loaded:
        """One row for what the file covers (one per post of a single-post export); none when it has no posts."""
        loaded = Loaded(self.name)
        figures = sorted({*_post_figures(cur), *covered.figures})
        if covered.scope == "post":
            for post_key, influencer_id in _staged_posts(cur):
                _insert(cur, load.import_id, "post", influencer_id, None, post_key, figures)
            return loaded
        window = covered.window or _posts_span(cur, covered.whole_months)
        if window is None:
            return loaded
        if covered.scope == "person" and not load.author:
            return loaded
        person = influencer_for(cur, load.author, load.import_id) if covered.scope == "person" else None
        _insert(cur, load.import_id, covered.scope, person, window, None, figures)
        return loaded


def _insert(cur, import_id: int, scope: str, influencer_id: int | None, window: tuple[date, date] | None,
            post_key: str | None, figures: list[str]) -> None:
    first, last = window or (None, None)
    cur.execute("INSERT INTO coverage (import_id, scope, influencer_id, first_day, last_day, post_key, figures) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", [import_id, scope, influencer_id, first, last, post_key, figures])


def _parsed(cur) -> bool:
    """Whether the file's posts are staged (a posts or company-page file)."""
    return bool(cur.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE temporary AND table_name = '_ic_parsed_t'").fetchone()[0])


def _post_figures(cur) -> list[str]:
    """The figures at least one of the file's posts has."""
    if not _parsed(cur):
        return []
    counts = cur.execute(
        "SELECT " + ", ".join(f"count({name})" for name in POST_FIGURES)  # noqa: S608 - fixed column names
        + ", count(*) FILTER (WHERE has_time) FROM _ic_parsed_t WHERE reason IS NULL").fetchone()
    return [name for name, n in zip((*POST_FIGURES, "time"), counts, strict=True) if n]


def _posts_span(cur, whole_months: bool) -> tuple[date, date] | None:
    """The first and the last day of the file's posts; with ``whole_months`` from the first day of
    the first post's month to the last day of the last post's month."""
    if not _parsed(cur):
        return None
    first, last = cur.execute("SELECT CAST(min(published_at) AS DATE), CAST(max(published_at) AS DATE) "
                              "FROM _ic_parsed_t WHERE reason IS NULL").fetchone()
    if first is None:
        return None
    if whole_months:
        first, last = first.replace(day=1), (pd.Timestamp(last) + pd.offsets.MonthEnd(0)).date()
    return first, last


def _staged_posts(cur) -> list[tuple[str, Any]]:
    """(post key, author's id) of the file's posts."""
    if not _parsed(cur):
        return []
    return cur.execute(
        """
        SELECT g.post_key, i.influencer_id
        FROM _ic_parsed_t g
        JOIN _ic_authors a ON g.author IS NOT DISTINCT FROM a.raw
        JOIN influencers i ON i.name_key = a.name_key
        WHERE g.reason IS NULL
        ORDER BY g.post_key
        """
    ).fetchall()
