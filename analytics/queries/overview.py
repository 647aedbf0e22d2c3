"""Queries for the overview and the programme's figures of the command-line summary."""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb
import pandas as pd

from analytics import programme
from analytics.filters import Filters
from analytics.queries import BREAKDOWN, ENGAGEMENTS, HAS_RATE, POOLED_RATE, frame, one

DATA_RANGE = "SELECT CAST(min(published_at) AS DATE) AS first, CAST(max(published_at) AS DATE) AS last FROM posts"

KPIS = """
SELECT
    count(*)                                          AS posts,
    sum(p.reactions)                                  AS reactions,
    sum(p.comments)                                   AS comments,
    sum(p.reposts)                                    AS reposts,
    sum(p.impressions)                                AS impressions,
    sum({engagements})                                AS engagements,
    {rate}                                            AS engagement_rate,
    count(*) FILTER (WHERE p.impressions > 0)         AS posts_with_impressions,
    count(*) FILTER (WHERE {has_rate})                AS posts_with_rate,
    count(p.reactions)                                AS known_reactions,
    count(p.comments)                                 AS known_comments,
    count(p.reposts)                                  AS known_reposts,
    count(p.impressions)                              AS known_impressions,
    count({engagements})                              AS known_engagements,
    count(*) FILTER (WHERE {breakdown})               AS posts_with_breakdown,
    count(DISTINCT p.influencer_id)                   AS influencers,
    CAST(min(p.published_at) AS DATE)                 AS first_post,
    CAST(max(p.published_at) AS DATE)                 AS last_post
FROM posts p JOIN influencers i USING (influencer_id)
WHERE {where}
"""

ROSTER_SIZE = "SELECT count(*) AS n FROM influencers i WHERE i.in_roster AND {where}"
APPLICANTS = "SELECT count(*) AS n FROM applicants"

MONTHLY = """
SELECT
    CAST(date_trunc('month', p.published_at) AS DATE) AS month,
    count(*)                                          AS posts,
    sum({engagements})                                AS engagements,
    count({engagements})                              AS known_engagements,
    coalesce(sum(p.reactions), 0)                     AS reactions,
    coalesce(sum(p.comments), 0)                      AS comments,
    coalesce(sum(p.reposts), 0)                       AS reposts,
    sum(p.impressions)                                AS impressions,
    {rate}                                            AS engagement_rate,
    count(DISTINCT p.influencer_id)                   AS influencers
FROM posts p JOIN influencers i USING (influencer_id)
WHERE {where}
GROUP BY ALL
ORDER BY month
"""

OPTIONS_PEOPLE = "SELECT influencer_id, name, in_roster, pseudonym_no FROM influencers ORDER BY name_key"


def data_range(cur: duckdb.DuckDBPyConnection) -> tuple[date | None, date | None]:
    """First and last post date in the workspace."""
    row = one(cur, DATA_RANGE)
    return row["first"], row["last"]


SUMMED = ("reactions", "comments", "reposts", "impressions", "engagements")


def phases(cur: duckdb.DuckDBPyConnection) -> list[tuple[str, date, date, bool]]:
    """The programme's phases (name, start, end, is the demo's) for the time charts."""
    return programme.phase_periods(cur)


def kpis(cur: duckdb.DuckDBPyConnection, filters: Filters) -> dict[str, Any]:
    """Headline figures for the selection: totals, pooled engagement rate, active people.

    Each total comes with ``known_<figure>``, the posts it rests on (a figure LinkedIn's export
    leaves out is unknown, not zero); ``posts_with_rate`` are the posts with both engagements and
    impressions, the only ones the rate counts; ``posts_with_breakdown`` those with reactions,
    comments and reposts all known (the others' engagements are LinkedIn's total, where it has one).
    """
    where, params = filters.post_where()
    result = one(cur, KPIS.format(engagements=ENGAGEMENTS, rate=POOLED_RATE, has_rate=HAS_RATE, breakdown=BREAKDOWN,
                                 where=where), params)
    people_where, people_params = filters.people_where()
    result["cohort_size"] = one(cur, ROSTER_SIZE.format(where=people_where), people_params)["n"]
    # Sums over no posts are 0; a sum over posts that all lack the figure stays unknown (None).
    for key in SUMMED:
        if result[key] is None and result["posts"] == 0:
            result[key] = 0
        elif result[key] is not None:
            result[key] = int(result[key])
    return result


def monthly(cur: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Posts, engagements and the pooled rate per calendar month; a month whose posts have no
    known engagements has none (NULL, never 0), ``known_engagements`` the posts the sum rests on."""
    where, params = filters.post_where()
    return frame(cur, MONTHLY.format(engagements=ENGAGEMENTS, rate=POOLED_RATE, where=where), params)


def programme_summary(cur: duckdb.DuckDBPyConnection, start: date | None = None,
                      end: date | None = None) -> dict[str, Any]:
    """The programme's figures of the command-line summary (:func:`analytics.summary.summary`)."""
    figures = kpis(cur, Filters(start=start, end=end))
    rate = figures["engagement_rate"]
    return {
        "posts": int(figures["posts"]),
        "reactions": figures["reactions"],
        "comments": figures["comments"],
        "reposts": figures["reposts"],
        "impressions": figures["impressions"],
        "engagements": figures["engagements"],
        "known": {key: int(figures[f"known_{key}"]) for key in SUMMED},
        "influencers": int(figures["influencers"]),
        "cohort_size": int(one(cur, ROSTER_SIZE.format(where="TRUE"))["n"]),
        "applicants": int(one(cur, APPLICANTS)["n"]),
        "first_post": figures["first_post"].isoformat() if figures["first_post"] else None,
        "last_post": figures["last_post"].isoformat() if figures["last_post"] else None,
        "engagement_rate": None if rate is None else round(float(rate), 6),
        **linkedin_sums(cur, start, end),
    }


# the figures only LinkedIn's exports have: sums over the posts where known, NULL when none is
LINKEDIN_SUMS = """
SELECT sum(members_reached) AS members_reached, sum(saves) AS saves, sum(sends) AS sends,
       sum(followers_gained) AS followers_gained
FROM posts
WHERE (CAST(? AS DATE) IS NULL OR CAST(published_at AS DATE) >= CAST(? AS DATE))
  AND (CAST(? AS DATE) IS NULL OR CAST(published_at AS DATE) <= CAST(? AS DATE))
"""


def linkedin_sums(cur: duckdb.DuckDBPyConnection, start: date | None, end: date | None) -> dict[str, int | None]:
    """members_reached, saves, sends, followers_gained in the period (None when no post has one)."""
    row = one(cur, LINKEDIN_SUMS, [start, start, end, end])
    return {key: None if value is None else int(value) for key, value in row.items()}


def filter_options(cur: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """The people the sidebar offers (the group filters' options: :func:`analytics.selections.partition`)."""
    return {"people": frame(cur, OPTIONS_PEOPLE)}
