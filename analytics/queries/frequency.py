"""Queries for the posting-frequency page: posts per person and week, posts per month against a
target, the current gap per person and the participation rate per month.

The people shown are the roster people matching the person filters who had joined by the end
of the period, plus anyone else who posted in it (authors not in a roster). Weeks and months
without posts are filled with zero in SQL, so a quiet week is visible.
"""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

from analytics.filters import Filters
from analytics.queries import frame

# Average days per month, to turn days of membership into months.
DAYS_PER_MONTH = 30.4375

# The period: the selection, or the data's first and last day when open-ended.
_BOUNDS = """
bounds AS (
    SELECT coalesce(CAST(? AS DATE), (SELECT CAST(min(published_at) AS DATE) FROM posts)) AS first_day,
           {last_day} AS last_day
)"""
_LAST_DAY = "coalesce(CAST(? AS DATE), (SELECT CAST(max(published_at) AS DATE) FROM posts))"

_PEOPLE = """
people AS (
    SELECT i.influencer_id, {name} AS name, {sort_key} AS sort_key, i.joined_on
    FROM influencers i, bounds b
    WHERE {people_where}
      AND ((i.in_roster AND (i.joined_on IS NULL OR i.joined_on <= b.last_day))
           OR EXISTS (SELECT 1 FROM posts p WHERE p.influencer_id = i.influencer_id AND {period_where}))
)"""

PERSON_WEEK = """
WITH {bounds}, {people},
weeks AS (
    SELECT CAST(unnest(generate_series(CAST(date_trunc('week', first_day) AS DATE), last_day,
                                       INTERVAL 7 DAY)) AS DATE) AS week
    FROM bounds
),
counts AS (
    SELECT p.influencer_id, CAST(date_trunc('week', p.published_at) AS DATE) AS week, count(*) AS posts
    FROM posts p JOIN influencers i USING (influencer_id)
    WHERE {post_where}
    GROUP BY ALL
)
SELECT pe.influencer_id, pe.name, w.week, coalesce(c.posts, 0) AS posts,
       (pe.joined_on IS NULL OR pe.joined_on < w.week + 7) AS member
FROM people pe CROSS JOIN weeks w
LEFT JOIN counts c ON c.influencer_id = pe.influencer_id AND c.week = w.week
ORDER BY pe.sort_key, w.week
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
grid AS (
    -- days of each month that lie in the period and after the person joined
    SELECT pe.influencer_id, pe.name, pe.sort_key, m.month, coalesce(c.posts, 0) AS posts,
           greatest(0, date_diff('day',
               greatest(m.month, b.first_day, coalesce(pe.joined_on, b.first_day)),
               least(last_day(m.month), b.last_day)) + 1) AS days
    FROM people pe CROSS JOIN months m CROSS JOIN bounds b
    LEFT JOIN counts c ON c.influencer_id = pe.influencer_id AND c.month = m.month
)
SELECT
    influencer_id, name,
    CAST(sum(posts) AS BIGINT)                                  AS posts,
    CAST(sum(days) AS BIGINT)                                   AS days,
    sum(posts) / nullif(sum(days) / {days_per_month}, 0)        AS posts_per_month,
    count(*) FILTER (WHERE days > 0)                            AS months,
    count(*) FILTER (WHERE days > 0 AND posts >= ?)             AS months_met,
    coalesce(sum(posts) / nullif(sum(days) / {days_per_month}, 0) >= ?, FALSE) AS meets_target,
    list(month ORDER BY month) FILTER (WHERE days > 0 OR posts > 0) AS month_list,
    list(posts ORDER BY month) FILTER (WHERE days > 0 OR posts > 0) AS posts_list
FROM grid
GROUP BY influencer_id, name, sort_key
ORDER BY sort_key
"""

GAPS = """
WITH {bounds}, {people},
last_posts AS (
    SELECT p.influencer_id, CAST(max(p.published_at) AS DATE) AS last_post
    FROM posts p, bounds b
    WHERE p.influencer_id IN (SELECT influencer_id FROM people) AND p.published_at < b.last_day + 1
    GROUP BY p.influencer_id
)
SELECT
    pe.influencer_id, pe.name, pe.joined_on, lp.last_post, b.last_day AS measured_to,
    lp.last_post IS NULL AS never_posted,
    coalesce(date_diff('day', lp.last_post, b.last_day),
             date_diff('day', greatest(coalesce(pe.joined_on, b.first_day), b.first_day), b.last_day)) AS days_quiet
FROM people pe CROSS JOIN bounds b
LEFT JOIN last_posts lp USING (influencer_id)
ORDER BY pe.sort_key
"""

PARTICIPATION = """
WITH {bounds},
months AS (
    SELECT CAST(unnest(generate_series(CAST(date_trunc('month', first_day) AS DATE), last_day,
                                       INTERVAL 1 MONTH)) AS DATE) AS month
    FROM bounds
),
roster AS (
    SELECT i.influencer_id, i.joined_on FROM influencers i WHERE i.in_roster AND {people_where}
),
active AS (
    SELECT DISTINCT p.influencer_id, CAST(date_trunc('month', p.published_at) AS DATE) AS month
    FROM posts p JOIN influencers i USING (influencer_id)
    WHERE {post_where}
),
authors AS (SELECT month, count(*) AS authors FROM active GROUP BY month)
SELECT
    m.month,
    count(r.influencer_id)                                      AS roster,
    count(a.influencer_id)                                      AS active,
    count(a.influencer_id) / nullif(count(r.influencer_id), 0)  AS participation,
    coalesce(any_value(au.authors), 0)                          AS authors
FROM months m
LEFT JOIN roster r ON r.joined_on IS NULL OR r.joined_on <= last_day(m.month)
LEFT JOIN active a ON a.influencer_id = r.influencer_id AND a.month = m.month
LEFT JOIN authors au ON au.month = m.month
GROUP BY m.month
ORDER BY m.month
"""


def _sort_key(filters: Filters) -> str:
    # Pseudonyms sort by their number; alphabetical order of real names would leak them.
    return "i.influencer_id" if filters.pseudonymise else "i.name_key"


def _bounds(filters: Filters, cap_today: bool = False) -> tuple[str, list[Any]]:
    last_day = f"least({_LAST_DAY}, current_date)" if cap_today else _LAST_DAY
    return _BOUNDS.format(last_day=last_day), [filters.start, filters.end]


def _people(filters: Filters) -> tuple[str, list[Any]]:
    people_where, people_params = filters.people_where()
    period_where, period_params = filters.period_where("p.published_at")
    sql = _PEOPLE.format(
        name=filters.name_sql(), sort_key=_sort_key(filters), people_where=people_where,
        period_where=period_where,
    )
    return sql, people_params + period_params


def person_week(cur: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Posts per person and ISO week (weeks start on Monday), zero-filled; ``member`` is false
    for weeks before the person joined."""
    bounds, bounds_params = _bounds(filters)
    people, people_params = _people(filters)
    post_where, post_params = filters.post_where()
    sql = PERSON_WEEK.format(bounds=bounds, people=people, post_where=post_where)
    return frame(cur, sql, bounds_params + people_params + post_params)


def monthly_target(cur: duckdb.DuckDBPyConnection, filters: Filters, target: float = 4) -> pd.DataFrame:
    """Per person: posts, posts per month of membership in the period, months meeting
    ``target`` and whether the average meets it; the monthly counts as lists."""
    bounds, bounds_params = _bounds(filters)
    people, people_params = _people(filters)
    post_where, post_params = filters.post_where()
    sql = MONTHLY_TARGET.format(
        bounds=bounds, people=people, post_where=post_where, days_per_month=DAYS_PER_MONTH,
    )
    return frame(cur, sql, bounds_params + people_params + post_params + [target, target])


def gaps(cur: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Per person: last post up to the end of the period (never later than today) and the days
    since; without a post, the days since joining (or since the period began)."""
    bounds, bounds_params = _bounds(filters, cap_today=True)
    people, people_params = _people(filters)
    sql = GAPS.format(bounds=bounds, people=people)
    return frame(cur, sql, bounds_params + people_params)


def participation(cur: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Per month: roster size (people who had joined by the month's end, or whose joined date is
    unknown), how many of them posted, the share, and all authors who posted."""
    bounds, bounds_params = _bounds(filters)
    people_where, people_params = filters.people_where()
    post_where, post_params = filters.post_where()
    sql = PARTICIPATION.format(bounds=bounds, people_where=people_where, post_where=post_where)
    return frame(cur, sql, bounds_params + people_params + post_params)
