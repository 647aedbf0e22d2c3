"""Who the programme reaches: the audience of LinkedIn's member exports, combined across people.

Each person counts with one export for a period: the one whose window overlaps the period most
(the newer — later ending — on a tie). Over those exports:

- members reached and impressions are summed (each window's own figures, DISCOVERY sheet);
- a value's share of the programme's audience is Σ members reached × percentage / Σ members
  reached, over the people whose export lists that category. LinkedIn lists only the top values
  of a category, rounded: a person whose export does not list the value adds nothing to it, so
  every share is a lower bound, never a full distribution. A value written "< 1%" counts as 0.5 %
  and is marked (``below_one_percent``);
- the target region's share is the sum of the shares of the locations that name one of its
  places (as whole words: "Landkreis München" names "München"); internal reach is the sum of
  the shares of the companies that are the organisation (its name or a configured alias, compared
  without case, accents or punctuation).

A figure resting on fewer people than the minimum group size is not given (its value is None, a
category is listed in ``hidden``): the page and the command line show the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb
import pandas as pd

from analytics import programme, suppression
from analytics.filters import Filters
from analytics.ingest.columns import fold_umlauts
from analytics.ingest.linkedin import AUDIENCE_CATEGORIES
from analytics.queries import frame

# Per person, the export whose window overlaps the period most; the later window on a tie.
CHOSEN_WINDOWS = """
SELECT 'period' AS grp, w.influencer_id, {name} AS person, w.window_start, w.window_end, w.impressions,
       w.members_reached, {sort} AS sort_key
FROM audience_windows w JOIN influencers i USING (influencer_id)
WHERE {people}
  AND least(w.window_end, coalesce(CAST(? AS DATE), w.window_end))
      >= greatest(w.window_start, coalesce(CAST(? AS DATE), w.window_start))
QUALIFY row_number() OVER (
    PARTITION BY w.influencer_id
    ORDER BY datediff('day', greatest(w.window_start, coalesce(CAST(? AS DATE), w.window_start)),
                      least(w.window_end, coalesce(CAST(? AS DATE), w.window_end))) DESC,
             w.window_end DESC, w.window_start DESC, w.import_id DESC) = 1
"""

# Per person and pair of months (the window's first and last month), the person's latest export there.
WINDOWS_BY_MONTHS = """
SELECT strftime(w.window_start, '%Y-%m') || '|' || strftime(w.window_end, '%Y-%m') AS grp, w.influencer_id,
       {name} AS person, w.window_start, w.window_end, w.impressions, w.members_reached, {sort} AS sort_key
FROM audience_windows w JOIN influencers i USING (influencer_id)
WHERE {people}
QUALIFY row_number() OVER (PARTITION BY grp, w.influencer_id
                           ORDER BY w.window_end DESC, w.window_start DESC, w.import_id DESC) = 1
"""

# The weighted shares of every value, per group of windows (see the module's docstring).
SHARES = """
WITH chosen AS ({windows}),
listed AS (
    SELECT c.grp, v.category, lower(trim(v.value)) AS value_key, v.value, v.share, v.below_one_percent,
           c.influencer_id, c.members_reached
    FROM chosen c JOIN audience_values v USING (influencer_id, window_start, window_end)
    WHERE c.members_reached > 0
),
bases AS (
    SELECT grp, category, count(*) AS people, sum(members_reached) AS reached
    FROM (SELECT DISTINCT grp, category, influencer_id, members_reached FROM listed)
    GROUP BY ALL
)
SELECT l.grp, l.category, arg_max(l.value, l.members_reached) AS value,
       sum(l.members_reached * l.share) / any_value(b.reached) AS share,
       bool_or(l.below_one_percent) AS below_one_percent,
       any_value(b.people) AS people, any_value(b.reached) AS reached
FROM listed l JOIN bases b USING (grp, category)
GROUP BY l.grp, l.category, l.value_key
ORDER BY l.grp, l.category, share DESC, value
"""

ACTIVITY = """
SELECT a.day, sum(a.impressions) AS impressions, sum(a.engagements) AS engagements,
       count(DISTINCT a.influencer_id) AS people
FROM account_days a JOIN influencers i USING (influencer_id)
WHERE {where}
GROUP BY a.day
ORDER BY a.day
"""

PERSON_ACTIVITY = """
SELECT a.day, a.impressions, a.engagements
FROM account_days a JOIN influencers i USING (influencer_id)
WHERE a.influencer_id = ? AND {period}
ORDER BY a.day
"""

POSTS_WITH_AUDIENCE = """
SELECT p.post_id, p.published_at, p.url, p.text, p.impressions, p.members_reached
FROM posts p
WHERE p.influencer_id = ? AND {period}
  AND EXISTS (SELECT 1 FROM post_audience a WHERE a.post_id = p.post_id)
ORDER BY p.published_at DESC, p.post_id DESC
"""

POST_VALUES = """
SELECT a.category, a.value, a.share, a.below_one_percent
FROM post_audience a JOIN posts p USING (post_id)
WHERE a.post_id = ? AND p.influencer_id = ?
ORDER BY a.position
"""

ANY_WINDOW = "SELECT count(*) FROM audience_windows"


def _words(text: str) -> tuple[str, ...]:
    """'Landkreis München' -> ('landkreis', 'muenchen'): compared without case, accents or punctuation."""
    return tuple(re.findall(r"\w+", fold_umlauts(str(text).casefold())))


def names_place(value: str, places: list[str]) -> bool:
    """Whether a location names one of the places, as whole words ('Greater Munich Area' names 'Munich')."""
    words = _words(value)
    for place in places:
        wanted = _words(place)
        if wanted and any(words[i:i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1)):
            return True
    return False


def is_organisation(value: str, names: list[str]) -> bool:
    """Whether a company is the organisation: the same words as its name or one of its aliases."""
    words = _words(value)
    return any(words == _words(name) for name in names if _words(name))


def category_order(categories: list[str]) -> list[str]:
    """LinkedIn's six categories first (location, job title, industry, seniority, company size,
    company), then any other label in alphabetical order."""
    known = [category for category in AUDIENCE_CATEGORIES if category in categories]
    return known + sorted(set(categories) - set(known), key=str.casefold)


@dataclass(frozen=True)
class Share:
    """A sum of shares (the target region, the own organisation) and what it rests on."""

    share: float
    below_one_percent: bool
    people: int
    values: tuple[str, ...]  # the listed values it sums


@dataclass(frozen=True)
class Audience:
    """The programme's audience in a period (or in one group of export windows).

    ``windows`` are the exports the figures rest on (person, window_start, window_end,
    impressions, members_reached); ``shares`` every listed value with its weighted share and the
    people and members reached its category rests on. Figures resting on fewer people than
    ``min_group`` are None (totals) or left out of ``shares`` and named in ``hidden``.
    """

    min_group: int
    windows: pd.DataFrame
    shares: pd.DataFrame
    members_reached: int | None
    impressions: int | None
    region: Share | None
    own_organisation: Share | None
    hidden: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    organisation: tuple[str, ...] = ()
    places_are_default: bool = False

    @property
    def people(self) -> int:
        """The people with an export that overlaps the period."""
        return len(self.windows)

    @property
    def enough_people(self) -> bool:
        """Whether the totals rest on at least ``min_group`` people."""
        return self.people >= self.min_group

    @property
    def categories(self) -> list[str]:
        """The categories shown, in :func:`category_order`."""
        return category_order(list(self.shares["category"].unique())) if not self.shares.empty else []

    def values(self, category: str) -> pd.DataFrame:
        """One category's values, strongest first."""
        return self.shares[self.shares["category"] == category].reset_index(drop=True)

    def category_people(self, category: str) -> int:
        """How many people's exports list the category."""
        rows = self.values(category)
        return int(rows["people"].iloc[0]) if not rows.empty else 0

    def window_spans(self) -> list[tuple[date, date, int]]:
        """The distinct windows the figures rest on, with how many people's exports have each."""
        if self.windows.empty:
            return []
        counted = self.windows.groupby(["window_start", "window_end"]).size().reset_index(name="people")
        return [(row.window_start, row.window_end, int(row.people)) for row in counted.itertuples()]


def _summed(shares: pd.DataFrame, category: str, wanted, min_group: int) -> Share | None:
    """The sum of a category's shares of the values ``wanted(value)`` accepts; None without the category
    or when it rests on fewer than ``min_group`` people."""
    rows = shares[shares["category"] == category]
    if rows.empty or int(rows["people"].iloc[0]) < min_group:
        return None
    chosen = rows[[bool(wanted(value)) for value in rows["value"]]]
    return Share(float(chosen["share"].sum()), bool(chosen["below_one_percent"].any()), int(rows["people"].iloc[0]),
                 tuple(chosen["value"]))


def _build(windows: pd.DataFrame, shares: pd.DataFrame, min_group: int, places: list[str], names: list[str],
           default_places: bool) -> Audience:
    people = len(windows)
    reached = windows["members_reached"].dropna()
    impressions = windows["impressions"].dropna()
    enough = people >= min_group
    region = _summed(shares, "location", lambda value: names_place(value, places), min_group) if places else None
    own = _summed(shares, "company", lambda value: is_organisation(value, names), min_group) if names else None
    small = sorted(set(shares.loc[shares["people"] < min_group, "category"])) if not shares.empty else []
    shown = shares[shares["people"] >= min_group].reset_index(drop=True) if not shares.empty else shares
    return Audience(
        min_group=min_group, windows=windows.reset_index(drop=True), shares=shown,
        members_reached=int(reached.sum()) if enough and not reached.empty else None,
        impressions=int(impressions.sum()) if enough and not impressions.empty else None,
        region=region, own_organisation=own, hidden=tuple(category_order(small)), places=tuple(places),
        organisation=tuple(names), places_are_default=default_places,
    )


def _windows(cur: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> pd.DataFrame:
    """The windows of a query, their first and last days as dates (pandas would make them timestamps)."""
    windows = frame(cur, sql, params)
    for column in ("window_start", "window_end"):
        windows[column] = [value.date() for value in pd.to_datetime(windows[column])]
    return windows


def _windows_sql(template: str, filters: Filters) -> tuple[str, list[Any]]:
    people, params = filters.people_where("i")
    sql = template.format(name=filters.name_sql("i"), sort=filters.sort_sql("i"), people=people)
    return sql, params


def _targets(cur: duckdb.DuckDBPyConnection) -> tuple[list[str], list[str], bool]:
    places, default = programme.target_region(cur)
    return places, programme.organisation_names(cur), default


def audience(cur: duckdb.DuckDBPyConnection, filters: Filters) -> Audience:
    """The programme's audience in the selection's period, for its people (see the module's docstring)."""
    sql, params = _windows_sql(CHOSEN_WINDOWS, filters)
    period = [filters.end, filters.start, filters.start, filters.end]
    windows = _windows(cur, sql + " ORDER BY sort_key", params + period)
    shares = frame(cur, SHARES.format(windows=sql), params + period)
    places, names, default = _targets(cur)
    return _build(windows.drop(columns=["grp", "sort_key"]), shares.drop(columns=["grp"]), filters.min_group,
                  places, names, default)


def by_window(cur: duckdb.DuckDBPyConnection, filters: Filters) -> list[tuple[date, date, Audience]]:
    """How the audience moves from one export window to the next: per pair of first and last month of
    the windows (all of them, whatever the period), the people's exports there combined; oldest first.
    Groups resting on fewer than the threshold of people keep their place with no figures."""
    sql, params = _windows_sql(WINDOWS_BY_MONTHS, filters)
    windows = _windows(cur, sql + " ORDER BY grp, sort_key", params)
    if windows.empty:
        return []
    shares = frame(cur, SHARES.format(windows=sql), params)
    places, names, default = _targets(cur)
    out = []
    for grp, group in windows.groupby("grp", sort=True):
        first, last = (date.fromisoformat(f"{month}-01") for month in str(grp).split("|"))
        out.append((first, last, _build(group.drop(columns=["grp", "sort_key"]),
                                        shares[shares["grp"] == grp].drop(columns=["grp"]), filters.min_group,
                                        places, names, default)))
    return out


def activity(cur: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """The accounts' impressions and engagements per day, summed over the selected people (all their
    posts, older ones included: the profiles' activity, not the posts' figures). A day resting on
    fewer people than the threshold has no figures (NaN), so that no one's activity shows alone."""
    where, params = filters.dated_where("a.day")
    days = frame(cur, ACTIVITY.format(where=where), params)
    few = days["people"] < filters.min_group
    days[["impressions", "engagements"]] = days[["impressions", "engagements"]].astype("Float64").mask(few)
    return days


def has_audience(cur: duckdb.DuckDBPyConnection) -> bool:
    """Whether the workspace holds any member export's window (the page's one sentence otherwise)."""
    return cur.execute(ANY_WINDOW).fetchone()[0] > 0


# ---------------------------------------------------------------- one person (the one-person view)
def person(cur: duckdb.DuckDBPyConnection, filters: Filters, influencer_id: int) -> Audience:
    """One person's audience in the period: their export overlapping it most, its shares as LinkedIn
    gives them (no threshold: shown only in the one-person view, behind the staff-council gate)."""
    return audience(cur, Filters(start=filters.start, end=filters.end, influencer_ids=(influencer_id,),
                                 pseudonymise=filters.pseudonymise, min_group=1))


def person_activity(cur: duckdb.DuckDBPyConnection, filters: Filters, influencer_id: int) -> pd.DataFrame:
    """One person's account: impressions and engagements per day in the period."""
    period, params = filters.period_where("a.day")
    return frame(cur, PERSON_ACTIVITY.format(period=period), [influencer_id, *params])


def posts_with_audience(cur: duckdb.DuckDBPyConnection, filters: Filters, influencer_id: int) -> pd.DataFrame:
    """One person's posts in the period whose single-post export gave their audience, newest first."""
    period, params = filters.period_where("p.published_at")
    return frame(cur, POSTS_WITH_AUDIENCE.format(period=period), [influencer_id, *params])


def post_audience(cur: duckdb.DuckDBPyConnection, post_id: int, influencer_id: int) -> pd.DataFrame:
    """One post's audience as its single-post export gives it (category, value, share, below 1 %)."""
    return frame(cur, POST_VALUES, [post_id, influencer_id])


# ---------------------------------------------------------------- the command line
def _share(value: float | None) -> float | None:
    return None if value is None else round(float(value), 6)


def summary(cur: duckdb.DuckDBPyConnection, start: date | None = None, end: date | None = None) -> dict[str, Any]:
    """``python -m analytics audience``: the programme's audience in the period, as JSON (see
    docs/command-line.md); the workspace's minimum group size applies."""
    found = audience(cur, Filters(start=start, end=end, min_group=suppression.threshold(cur)))
    categories = {
        category: [{"value": row.value, "share": _share(row.share), "below_one_percent": bool(row.below_one_percent)}
                   for row in found.values(category).itertuples()]
        for category in found.categories
    }
    return {
        "people": found.people,
        "members_reached": found.members_reached,
        "impressions": found.impressions,
        "windows": [{"person": row.person, "from": row.window_start.isoformat(), "to": row.window_end.isoformat()}
                    for row in found.windows.itertuples()],
        "categories": categories,
        "region_share": _share(found.region.share) if found.region else None,
        "own_organisation_share": _share(found.own_organisation.share) if found.own_organisation else None,
        "region": list(found.places),
        "organisation": list(found.organisation),
        "min_group": found.min_group,
        "hidden_categories": list(found.hidden),
    }
