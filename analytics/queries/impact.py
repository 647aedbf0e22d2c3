"""Queries for the impact page: outcomes (inquiries, requests, press), follower growth, and the
outcome ledger's views (outcomes per 1,000 impressions, outcomes with the post they came from)."""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

from analytics.filters import Filters
from analytics.ingest.columns import OUTCOME_VALUES
from analytics.privacy import OPENING, pseudonymous_link, roster_redactor, shortened
from analytics.queries import POST_RATE, frame, one

# the outcome codes, in display order: those the import recognises
OUTCOME_TYPES = tuple(OUTCOME_VALUES)

# Outcomes may have no person (an inquiry to the programme); they count unless people are filtered.
_OUTCOMES_FROM = "FROM outcomes o LEFT JOIN influencers i ON i.influencer_id = o.influencer_id WHERE {where}"

OUTCOMES_BY_MONTH = f"""
SELECT CAST(date_trunc('month', o.occurred_on) AS DATE) AS month, o.type, count(*) AS outcomes
{_OUTCOMES_FROM}
GROUP BY ALL
ORDER BY month, o.type
"""

OUTCOME_COUNTS = f"""
SELECT o.type, count(*) AS outcomes
{_OUTCOMES_FROM}
GROUP BY ALL
ORDER BY outcomes DESC, o.type
"""

OUTCOME_LIST = f"""
SELECT o.occurred_on, o.type, o.type_other, {{name}} AS person, o.note
{_OUTCOMES_FROM}
ORDER BY o.occurred_on DESC, o.outcome_id DESC
"""

# Each person's last known follower count per month, and the month's total over the people with data.
FOLLOWERS_BY_MONTH = """
WITH last_per_month AS (
    SELECT f.influencer_id, CAST(date_trunc('month', f.day) AS DATE) AS month,
           arg_max(f.followers, f.day) AS followers
    FROM follower_counts f JOIN influencers i USING (influencer_id)
    WHERE f.followers IS NOT NULL AND {where}
    GROUP BY ALL
)
SELECT month, sum(followers) AS followers, count(*) AS people
FROM last_per_month
GROUP BY month
ORDER BY month
"""

# Growth per person in the period: last minus first follower count, or else the sum of the
# "new followers" the export reports; then totals and the median over people with data.
FOLLOWER_GROWTH = """
WITH per_person AS (
    SELECT f.influencer_id,
           count(f.followers)                                AS counts,
           arg_max(f.followers, f.day) FILTER (WHERE f.followers IS NOT NULL)
             - arg_min(f.followers, f.day) FILTER (WHERE f.followers IS NOT NULL) AS change,
           arg_min(f.followers, f.day) FILTER (WHERE f.followers IS NOT NULL) AS first_count,
           sum(f.new_followers)                              AS new_followers
    FROM follower_counts f JOIN influencers i USING (influencer_id)
    WHERE {where}
    GROUP BY f.influencer_id
),
growth AS (
    SELECT CASE WHEN counts >= 2 THEN change ELSE new_followers END AS growth,
           CASE WHEN counts >= 2 AND first_count > 0 THEN change / first_count END AS relative
    FROM per_person
)
SELECT count(growth) AS people, sum(growth) AS growth, median(growth) AS median_growth,
       median(relative) AS median_relative
FROM growth
"""


def outcomes_by_month(cur: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Outcomes per month and type: columns month, type, outcomes."""
    where, params = filters.dated_where("o.occurred_on")
    return frame(cur, OUTCOMES_BY_MONTH.format(where=where), params)


def outcome_counts(cur: duckdb.DuckDBPyConnection, filters: Filters) -> dict[str, int]:
    """Outcomes per type in the period; every known type is present (0 when none)."""
    where, params = filters.dated_where("o.occurred_on")
    counts = dict.fromkeys(OUTCOME_TYPES, 0)
    for row in frame(cur, OUTCOME_COUNTS.format(where=where), params).itertuples(index=False):
        counts[row.type] = int(row.outcomes)
    return counts


def outcome_list(cur: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """The outcomes themselves, newest first: occurred_on, type, type_other, person, note.

    Pseudonymised, the person is a pseudonym and every roster name written into a note (full
    name, first name, surname, any case, spacing or umlaut spelling) is replaced too.
    """
    where, params = filters.dated_where("o.occurred_on")
    listed = frame(cur, OUTCOME_LIST.format(name=filters.name_sql("i"), where=where), params)
    if filters.pseudonymise and not listed.empty:
        redact = roster_redactor(cur)
        for column in ("note", "type_other"):
            listed[column] = listed[column].map(redact)
    return listed


def followers_by_month(cur: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Total followers per month (each person's last count in the month) and the people counted."""
    where, params = filters.dated_where("f.day")
    return frame(cur, FOLLOWERS_BY_MONTH.format(where=where), params)


def follower_growth(cur: duckdb.DuckDBPyConnection, filters: Filters) -> dict[str, Any]:
    """Follower growth in the period: total, median per person, and n people with data."""
    where, params = filters.dated_where("f.day")
    row = one(cur, FOLLOWER_GROWTH.format(where=where), params)
    return {
        "people": int(row["people"] or 0),
        "growth": None if row["growth"] is None else int(row["growth"]),
        "median_growth": None if row["median_growth"] is None else float(row["median_growth"]),
        "median_relative": None if row["median_relative"] is None else float(row["median_relative"]),
    }


# The company page's own follower growth (its followers export): last minus first count in the
# period, or else the sum of the new followers per day; shown next to the influencers'.
PAGE_FOLLOWER_GROWTH = """
SELECT count(*) AS days, count(followers) AS counts,
       arg_max(followers, day) FILTER (WHERE followers IS NOT NULL)
         - arg_min(followers, day) FILTER (WHERE followers IS NOT NULL) AS change,
       sum(new_followers) AS new_followers,
       arg_max(followers, day) FILTER (WHERE followers IS NOT NULL) AS last_followers
FROM page_followers
WHERE {where}
"""


def page_follower_growth(cur: duckdb.DuckDBPyConnection, filters: Filters) -> dict[str, Any]:
    """The company page's follower growth in the period: days with data, growth, last count."""
    where, params = filters.period_where("day")
    row = one(cur, PAGE_FOLLOWER_GROWTH.format(where=where), params)
    growth = row["change"] if (row["counts"] or 0) >= 2 else row["new_followers"]
    return {
        "days": int(row["days"] or 0),
        "growth": None if growth is None else int(growth),
        "followers": None if row["last_followers"] is None else int(row["last_followers"]),
    }


# outcomes of the period (those without a person count unless people are chosen) against the
# impressions of the period's posts (posts with known impressions)
PER_THOUSAND = """
SELECT (SELECT count(*) FROM outcomes o LEFT JOIN influencers i ON i.influencer_id = o.influencer_id
        WHERE {outcome_where}) AS outcomes,
       (SELECT sum(p.impressions) FROM posts p JOIN influencers i USING (influencer_id)
        WHERE {post_where} AND p.impressions > 0) AS impressions,
       (SELECT count(*) FROM posts p JOIN influencers i USING (influencer_id)
        WHERE {post_where} AND p.impressions > 0) AS posts_with_impressions
"""

WITH_POSTS = """
SELECT o.occurred_on, o.type, o.type_other, {name} AS person, p.published_at, p.url,
       p.text AS opening, p.impressions, {post_rate} AS engagement_rate, o.note
FROM outcomes o
JOIN posts p ON p.post_id = o.post_id
LEFT JOIN influencers i ON i.influencer_id = o.influencer_id
WHERE {where}
ORDER BY o.occurred_on DESC, o.outcome_id DESC
"""


def per_thousand(cur: duckdb.DuckDBPyConnection, filters: Filters) -> dict[str, Any]:
    """Outcomes per 1,000 impressions in the period: outcomes, impressions, the ratio (None without impressions)."""
    outcome_where, outcome_params = filters.dated_where("o.occurred_on")
    post_where, post_params = filters.post_where()
    row = one(cur, PER_THOUSAND.format(outcome_where=outcome_where, post_where=post_where),
              [*outcome_params, *post_params, *post_params])
    outcomes, impressions = int(row["outcomes"] or 0), int(row["impressions"] or 0)
    return {"outcomes": outcomes, "impressions": impressions,
            "posts_with_impressions": int(row["posts_with_impressions"] or 0),
            "per_thousand": outcomes / impressions * 1000 if impressions else None}


def with_posts(cur: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Outcomes that name a post, newest first, with the post (date, link, opening, impressions, rate).

    Pseudonymised, full names written into a note or a post's opening are replaced too.
    """
    where, params = filters.dated_where("o.occurred_on")
    listed = frame(cur, WITH_POSTS.format(name=filters.name_sql("i"), post_rate=POST_RATE, where=where), params)
    redact = roster_redactor(cur) if filters.pseudonymise else None  # every spelling of every roster name
    listed["opening"] = [shortened(text, OPENING, redact) for text in listed["opening"]]
    if redact is not None and not listed.empty:
        for column in ("note", "type_other"):
            listed[column] = listed[column].map(redact)
        listed["url"] = listed["url"].map(pseudonymous_link)  # a profile link names its author
    return listed
