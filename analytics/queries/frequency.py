"""Queries for the posting-frequency page: posts per person and week (or month), posts per month
against a target, the current pause per person and the participation rate per month.

The people shown are the roster people matching the person filters who were in the programme
during the period (joined by its end, not left before its start), plus anyone else who posted in
it (authors not in a roster). Only covered time counts (:mod:`analytics.covered`): a week or month
no import covers for a person is unknown ("keine Daten"), not a week without posts; averages,
medians, participation and pauses count a person's covered days only, and a pause ends where that
person's data ends. Covered weeks and months without posts are filled with zero in SQL, so a
quiet week is visible.

Person-level queries return one page of people (``limit``/``offset`` over the people in a stable
order, in SQL): alphabetical (by pseudonym number when pseudonymised), or ranked on request.
The ``*_summary`` queries aggregate over everyone, for tiles and notes.
"""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

from analytics.covered import COVERED
from analytics.filters import Filters
from analytics.queries import frame, one

# Average days per month, to turn covered days into months.
DAYS_PER_MONTH = 30.4375

# The period: the selection, or the data's first and last day when open-ended (posts and covered days).
_BOUNDS = """{covered},
bounds AS (
    SELECT coalesce(CAST(? AS DATE), least((SELECT CAST(min(published_at) AS DATE) FROM posts),
                                           (SELECT min(first_day) FROM programme_covered))) AS first_day,
           {last_day} AS last_day
),
pcov AS (
    -- each person's covered days inside the period
    SELECT c.influencer_id, greatest(c.first_day, b.first_day) AS first_day, least(c.last_day, b.last_day) AS last_day
    FROM covered c, bounds b
    WHERE c.first_day <= b.last_day AND c.last_day >= b.first_day
)"""
_LAST_DAY = ("coalesce(CAST(? AS DATE), greatest((SELECT CAST(max(published_at) AS DATE) FROM posts), "
             "(SELECT max(last_day) FROM programme_covered)))")

_PEOPLE = """
people AS (
    SELECT i.influencer_id, {name} AS name, {sort_key} AS sort_key, i.joined_on, i.left_on
    FROM influencers i, bounds b
    WHERE {people_where}
      AND ((i.in_roster AND (i.joined_on IS NULL OR i.joined_on <= b.last_day)
                        AND (i.left_on IS NULL OR i.left_on >= b.first_day))
           OR EXISTS (SELECT 1 FROM posts p WHERE p.influencer_id = i.influencer_id AND {period_where}))
)"""

PERSON_PERIOD = """
WITH {bounds}, {people},
periods AS (
    SELECT CAST(unnest(generate_series(CAST(date_trunc('{unit}', first_day) AS DATE), last_day,
                                       {step})) AS DATE) AS period
    FROM bounds
),
counts AS (
    SELECT p.influencer_id, CAST(date_trunc('{unit}', p.published_at) AS DATE) AS period, count(*) AS posts
    FROM posts p JOIN influencers i USING (influencer_id)
    WHERE {post_where}
    GROUP BY ALL
),
totals AS (SELECT influencer_id, sum(posts) AS total FROM counts GROUP BY influencer_id),
with_totals AS (
    SELECT pe.influencer_id, pe.name, pe.sort_key, pe.joined_on, pe.left_on, coalesce(tt.total, 0) AS total
    FROM people pe LEFT JOIN totals tt USING (influencer_id)
),
ordered AS (
    SELECT *, row_number() OVER (ORDER BY {order}) AS position
    FROM with_totals
    ORDER BY position
    {limit}
)
SELECT o.influencer_id, o.name, pr.period, coalesce(c.posts, 0) AS posts,
       ((o.joined_on IS NULL OR o.joined_on < pr.period + {step})
        AND (o.left_on IS NULL OR o.left_on >= pr.period)) AS member,
       EXISTS (SELECT 1 FROM pcov v WHERE v.influencer_id = o.influencer_id
                                      AND v.first_day < pr.period + {step} AND v.last_day >= pr.period) AS covered,
       (SELECT coalesce(max(posts), 0) FROM counts) AS scale_max
FROM ordered o CROSS JOIN periods pr
LEFT JOIN counts c ON c.influencer_id = o.influencer_id AND c.period = pr.period
ORDER BY o.position, pr.period
"""

MONTHLY_TARGET = """
WITH {bounds}, {people},
months AS (
    SELECT CAST(unnest(generate_series(CAST(date_trunc('month', first_day) AS DATE), last_day,
                                       INTERVAL 1 MONTH)) AS DATE) AS month
    FROM bounds
),
counts AS (
    SELECT p.influencer_id, CAST(date_trunc('month', p.published_at) AS DATE) AS month, count(*) AS posts
    FROM posts p JOIN influencers i USING (influencer_id)
    WHERE {post_where}
    GROUP BY ALL
),
month_days AS (
    -- the days of each month a person's data covers (inside the period, while in the programme)
    SELECT v.influencer_id, m.month,
           sum(date_diff('day', greatest(v.first_day, m.month), least(v.last_day, last_day(m.month))) + 1) AS days
    FROM pcov v JOIN months m ON v.first_day <= last_day(m.month) AND v.last_day >= m.month
    GROUP BY ALL
),
grid AS (
    SELECT pe.influencer_id, pe.name, pe.sort_key, m.month, coalesce(c.posts, 0) AS posts,
           coalesce(d.days, 0) AS days
    FROM people pe CROSS JOIN months m
    LEFT JOIN counts c ON c.influencer_id = pe.influencer_id AND c.month = m.month
    LEFT JOIN month_days d ON d.influencer_id = pe.influencer_id AND d.month = m.month
)
SELECT
    influencer_id, name,
    CAST(sum(posts) AS BIGINT)                                                      AS posts,
    CAST(sum(days) AS BIGINT)                                                       AS days,
    sum(posts) FILTER (WHERE days > 0) / nullif(sum(days) / {days_per_month}, 0)    AS posts_per_month,
    count(*) FILTER (WHERE days > 0)                                                AS months,
    count(*) FILTER (WHERE days > 0 AND posts >= ?)                                 AS months_met,
    coalesce(sum(posts) FILTER (WHERE days > 0) / nullif(sum(days) / {days_per_month}, 0) >= ?, FALSE)
                                                                                    AS meets_target,
    sum(days) = 0 AND sum(posts) = 0                                                AS no_data,
    list(month ORDER BY month) FILTER (WHERE days > 0 OR posts > 0)                 AS month_list,
    list(posts ORDER BY month) FILTER (WHERE days > 0 OR posts > 0)                 AS posts_list
FROM grid
GROUP BY influencer_id, name, sort_key
{order}
"""

TARGET_SUMMARY = """
SELECT count(*) FILTER (WHERE NOT no_data) AS people, count(*) FILTER (WHERE no_data) AS no_data,
       count(*) FILTER (WHERE posts > 0) AS active, coalesce(sum(posts), 0) AS posts,
       median(posts_per_month) AS median_per_month, count(*) FILTER (WHERE meets_target) AS meets
FROM ({per_person}) AS per_person
"""

GAPS = """
WITH {bounds}, {people},
last_posts AS (
    SELECT p.influencer_id, CAST(max(p.published_at) AS DATE) AS last_post
    FROM posts p, bounds b
    WHERE p.influencer_id IN (SELECT influencer_id FROM people) AND p.published_at < b.last_day + 1
    GROUP BY p.influencer_id
),
stretch AS (
    -- the covered stretch in which each person's data inside the period ends
    SELECT c.influencer_id, c.first_day AS stretch_from, least(c.last_day, b.last_day) AS data_to
    FROM covered c, bounds b
    WHERE c.first_day <= b.last_day AND c.last_day >= b.first_day
    QUALIFY row_number() OVER (PARTITION BY c.influencer_id ORDER BY c.first_day DESC) = 1
),
measured AS (
    SELECT pe.influencer_id, pe.name, pe.sort_key, pe.joined_on, lp.last_post, b.last_day AS period_to,
           s.stretch_from,
           CASE WHEN s.data_to IS NULL THEN b.last_day ELSE greatest(s.data_to, lp.last_post) END AS measured_to,
           s.data_to IS NULL AND coalesce(lp.last_post < b.first_day, TRUE) AS no_data,
           lp.last_post IS NOT NULL AND (s.stretch_from IS NULL OR lp.last_post >= s.stretch_from) AS known_last,
           greatest(s.stretch_from, pe.joined_on, b.first_day) AS since
    FROM people pe CROSS JOIN bounds b
    LEFT JOIN last_posts lp USING (influencer_id)
    LEFT JOIN stretch s USING (influencer_id)
)
SELECT
    influencer_id, name, sort_key, joined_on, last_post, period_to, measured_to, no_data,
    last_post IS NULL AS never_posted,
    -- the pause is only known to be at least this long when the data ends before the period does,
    -- or the person's covered stretch began after their last post
    NOT no_data AND (measured_to < period_to OR (last_post IS NOT NULL AND NOT known_last)) AS at_least,
    CASE WHEN no_data THEN NULL
         WHEN known_last THEN date_diff('day', last_post, measured_to)
         ELSE greatest(0, date_diff('day', since, measured_to)) END AS days_quiet
FROM measured
"""

GAPS_PAGE = """
SELECT * FROM ({gaps}) AS g
{where}
ORDER BY {order}
{limit}
"""

GAP_SUMMARY = """
SELECT count(*) FILTER (WHERE NOT no_data) AS people, count(*) FILTER (WHERE days_quiet >= ?) AS quiet,
       count(*) FILTER (WHERE no_data) AS no_data, any_value(period_to) AS measured_to
FROM ({gaps}) AS g
"""

PARTICIPATION = """
WITH {bounds},
months AS (
    SELECT CAST(unnest(generate_series(CAST(date_trunc('month', first_day) AS DATE), last_day,
                                       INTERVAL 1 MONTH)) AS DATE) AS month
    FROM bounds
),
roster AS (
    SELECT i.influencer_id, i.joined_on, i.left_on FROM influencers i WHERE i.in_roster AND {people_where}
),
active AS (
    SELECT DISTINCT p.influencer_id, CAST(date_trunc('month', p.published_at) AS DATE) AS month
    FROM posts p JOIN influencers i USING (influencer_id)
    WHERE {post_where}
),
members AS (
    -- per month: the roster people in the programme then, whether they posted, whether data covers them
    SELECT m.month, r.influencer_id, a.influencer_id IS NOT NULL AS posted,
           a.influencer_id IS NOT NULL OR EXISTS (
               SELECT 1 FROM pcov v WHERE v.influencer_id = r.influencer_id
                                      AND v.first_day <= last_day(m.month) AND v.last_day >= m.month) AS with_data
    FROM months m
    JOIN roster r ON (r.joined_on IS NULL OR r.joined_on <= last_day(m.month))
                 AND (r.left_on IS NULL OR r.left_on >= m.month)
    LEFT JOIN active a ON a.influencer_id = r.influencer_id AND a.month = m.month
),
authors AS (SELECT month, count(*) AS authors FROM active GROUP BY month)
SELECT
    m.month,
    count(mb.influencer_id) FILTER (WHERE mb.with_data)                                AS roster,
    count(mb.influencer_id) FILTER (WHERE mb.posted)                                   AS active,
    count(mb.influencer_id) FILTER (WHERE mb.posted)
        / nullif(count(mb.influencer_id) FILTER (WHERE mb.with_data), 0)               AS participation,
    count(mb.influencer_id) FILTER (WHERE NOT mb.with_data)                            AS no_data,
    coalesce(any_value(au.authors), 0)                                                 AS authors
FROM months m
LEFT JOIN members mb ON mb.month = m.month
LEFT JOIN authors au ON au.month = m.month
GROUP BY m.month
ORDER BY m.month
"""


UNITS = ("week", "month")
# Fixed SQL per unit of the person × period grid (never user text).
_STEP = {"week": "INTERVAL 7 DAY", "month": "INTERVAL 1 MONTH"}

# Orders of people: key -> fixed SQL on the columns of each query's result. Ties and the
# default fall back to the stable order (name, or pseudonym number), then the id.
_STABLE = "sort_key, influencer_id"
_RANKED = {
    "person_period": "total DESC, " + _STABLE,
    "monthly_target": "posts_per_month DESC NULLS LAST, " + _STABLE,
    "gaps": "days_quiet DESC NULLS LAST, " + _STABLE,
}


def _order(query: str, ranked: bool) -> str:
    return _RANKED[query] if ranked else _STABLE


def _limit(limit: int | None, offset: int) -> tuple[str, list[Any]]:
    """``LIMIT ? OFFSET ?`` for one page of people; nothing when ``limit`` is None (everyone)."""
    if limit is None:
        return "", []
    return "LIMIT ? OFFSET ?", [int(limit), max(0, int(offset))]


def _bounds(filters: Filters, cap_today: bool = False) -> tuple[str, list[Any]]:
    last_day = f"least({_LAST_DAY}, current_date)" if cap_today else _LAST_DAY
    return _BOUNDS.format(covered=COVERED, last_day=last_day), [filters.start, filters.end]


def _people(filters: Filters) -> tuple[str, list[Any]]:
    people_where, people_params = filters.people_where()
    period_where, period_params = filters.period_where("p.published_at")
    sql = _PEOPLE.format(
        name=filters.name_sql(), sort_key=filters.sort_sql(), people_where=people_where,
        period_where=period_where,
    )
    return sql, people_params + period_params


def person_period(cur: duckdb.DuckDBPyConnection, filters: Filters, unit: str = "week", ranked: bool = False,
                  limit: int | None = None, offset: int = 0) -> pd.DataFrame:
    """Posts per person and ISO week (weeks start on Monday) or calendar month, zero-filled, for
    one page of people; ``member`` is false for periods before the person joined or after they left,
    ``covered`` false for periods no import covers for them.

    People come in the stable order, or by posts in the period when ``ranked``. ``scale_max``
    is the largest cell over everyone, so every page shares one colour scale.
    """
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}")
    bounds, bounds_params = _bounds(filters)
    people, people_params = _people(filters)
    post_where, post_params = filters.post_where()
    limit_sql, limit_params = _limit(limit, offset)
    sql = PERSON_PERIOD.format(
        bounds=bounds, people=people, post_where=post_where, unit=unit, step=_STEP[unit],
        order=_order("person_period", ranked), limit=limit_sql,
    )
    return frame(cur, sql, bounds_params + people_params + post_params + limit_params)


def monthly_target(cur: duckdb.DuckDBPyConnection, filters: Filters, target: float = 4, ranked: bool = False,
                   limit: int | None = None, offset: int = 0) -> pd.DataFrame:
    """Per person (one page): posts, posts per covered month (the days their data covers in the period,
    as months), months meeting ``target`` and whether the average meets it, ``no_data`` for a person
    without any covered day or post; the monthly counts of covered months as lists. Ranked by posts
    per month on request."""
    limit_sql, limit_params = _limit(limit, offset)
    sql, params = _monthly_target_sql(filters, target, f"ORDER BY {_order('monthly_target', ranked)}\n{limit_sql}")
    return frame(cur, sql, params + limit_params)


def _monthly_target_sql(filters: Filters, target: float, order: str = "") -> tuple[str, list[Any]]:
    bounds, bounds_params = _bounds(filters)
    people, people_params = _people(filters)
    post_where, post_params = filters.post_where()
    sql = MONTHLY_TARGET.format(
        bounds=bounds, people=people, post_where=post_where, days_per_month=DAYS_PER_MONTH, order=order,
    )
    return sql, bounds_params + people_params + post_params + [target, target]


def target_summary(cur: duckdb.DuckDBPyConnection, filters: Filters, target: float = 4) -> dict[str, Any]:
    """Over everyone shown: people with data (``people``) and without (``no_data``), active people,
    posts, median posts per covered month and how many meet ``target`` on average."""
    sql, params = _monthly_target_sql(filters, target)
    summary = one(cur, TARGET_SUMMARY.format(per_person=sql), params)
    return {key: (int(value) if key != "median_per_month" and value is not None else value)
            for key, value in summary.items()}


def _gaps_sql(filters: Filters) -> tuple[str, list[Any]]:
    bounds, bounds_params = _bounds(filters, cap_today=True)
    people, people_params = _people(filters)
    return GAPS.format(bounds=bounds, people=people), bounds_params + people_params


def gaps(cur: duckdb.DuckDBPyConnection, filters: Filters, ranked: bool = False, limit: int | None = None,
         offset: int = 0, min_days: int | None = None) -> pd.DataFrame:
    """Per person (one page): last post up to the end of the period (never later than today) and the
    days since, measured to where the person's data ends (``measured_to``; ``at_least`` when that is
    before the period's end, or their covered stretch began after their last post: the pause is then
    at least that long); without a post, the days since the later of joining, the period's start and
    the start of their covered stretch. People without data in the period (``no_data``) have no days.

    ``min_days`` keeps only people quiet for at least that many days; ``ranked`` orders by
    days without a post, longest first."""
    sql, params = _gaps_sql(filters)
    where = ""
    if min_days is not None:
        where, params = "WHERE days_quiet >= ?", [*params, int(min_days)]
    limit_sql, limit_params = _limit(limit, offset)
    sql = GAPS_PAGE.format(gaps=sql, where=where, order=_order("gaps", ranked), limit=limit_sql)
    return frame(cur, sql, params + limit_params).drop(columns="sort_key")


def gap_summary(cur: duckdb.DuckDBPyConnection, filters: Filters, threshold: int = 14) -> dict[str, Any]:
    """Over everyone shown: people with data in the period, how many of them have had no post for
    ``threshold`` days or more, how many have no data, and the day the period ends (``measured_to``)."""
    sql, params = _gaps_sql(filters)
    return one(cur, GAP_SUMMARY.format(gaps=sql), [int(threshold), *params])


def participation(cur: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Per month: the roster people in the programme that month (joined by its end, not left before
    its start; unknown dates do not exclude) whom data covers or who posted (``roster``), how many of
    them posted, the share, how many had no data (``no_data``), and all authors who posted."""
    bounds, bounds_params = _bounds(filters)
    people_where, people_params = filters.people_where()
    post_where, post_params = filters.post_where()
    sql = PARTICIPATION.format(bounds=bounds, people_where=people_where, post_where=post_where)
    return frame(cur, sql, bounds_params + people_params + post_params)
