"""Queries for the engagement page: totals, engagement over time, per-person distribution,
top posts and engagement by weekday and hour. Everything is aggregated in SQL."""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

from analytics.filters import Filters
from analytics.privacy import pseudonymous_link, roster_redactor, shortened
from analytics.queries import BREAKDOWN, ENGAGEMENTS, HAS_RATE, POOLED_RATE, POST_RATE, frame, one

GRANULARITIES = ("week", "month")
# What top posts can be ordered by: key -> fixed SQL (never user text).
TOP_ORDER = {
    "engagements": ENGAGEMENTS,
    "engagement_rate": POST_RATE,
    "reactions": "p.reactions",
    "comments": "p.comments",
    "reposts": "p.reposts",
    "impressions": "p.impressions",
}
PREVIEW_CHARS = 120

TOTALS = """
SELECT
    count(*)                                          AS posts,
    count(*) FILTER (WHERE p.impressions > 0)         AS posts_with_impressions,
    count(*) FILTER (WHERE {has_rate})                AS posts_with_rate,
    count(*) FILTER (WHERE {breakdown})               AS posts_with_breakdown,
    count(p.reactions)                                AS known_reactions,
    count(p.comments)                                 AS known_comments,
    count(p.reposts)                                  AS known_reposts,
    count(p.impressions)                              AS known_impressions,
    count({engagements})                              AS known_engagements,
    count(*) FILTER (WHERE NOT p.has_time)            AS posts_without_time,
    count(DISTINCT p.influencer_id)                   AS influencers,
    coalesce(sum({engagements}), 0)                   AS engagements,
    {rate}                                            AS engagement_rate,
    median({post_rate})                               AS median_rate,
    median(CAST({engagements} AS DOUBLE))             AS median_engagements
FROM posts p JOIN influencers i USING (influencer_id)
WHERE {where}
"""

OVER_TIME = """
SELECT
    CAST(date_trunc(?, p.published_at) AS DATE)       AS period,
    count(*)                                          AS posts,
    sum(p.reactions)                                  AS reactions,
    sum(p.comments)                                   AS comments,
    sum(p.reposts)                                    AS reposts,
    sum(p.engagements_total) FILTER (WHERE {no_breakdown}) AS engagements_total_only,
    sum(p.impressions)                                AS impressions,
    sum({engagements})                                AS engagements,
    count({engagements})                              AS known_engagements,
    {rate}                                            AS engagement_rate,
    count(*) FILTER (WHERE p.impressions > 0)         AS posts_with_impressions,
    count(*) FILTER (WHERE {has_rate})                AS posts_with_rate
FROM posts p JOIN influencers i USING (influencer_id)
WHERE {where}
GROUP BY ALL
ORDER BY period
"""

PER_PERSON = """
WITH per_post AS (
    SELECT p.influencer_id, {name} AS name, {sort_key} AS sort_key,
           CAST({engagements} AS DOUBLE) AS engagements, {post_rate} AS rate
    FROM posts p JOIN influencers i USING (influencer_id)
    WHERE {where}
)
SELECT
    influencer_id, name,
    count(*)                          AS posts,
    count(rate)                       AS posts_with_rate,
    min(rate)                         AS rate_min,
    quantile_cont(rate, 0.25)         AS rate_q1,
    median(rate)                      AS rate_median,
    quantile_cont(rate, 0.75)         AS rate_q3,
    max(rate)                         AS rate_max,
    count(engagements)                AS posts_with_engagements,
    min(engagements)                  AS engagements_min,
    quantile_cont(engagements, 0.25)  AS engagements_q1,
    median(engagements)               AS engagements_median,
    quantile_cont(engagements, 0.75)  AS engagements_q3,
    max(engagements)                  AS engagements_max
FROM per_post
GROUP BY influencer_id, name, sort_key
{having}
ORDER BY {order}
{limit}
"""

PER_PERSON_SUMMARY = """
WITH per_post AS (
    SELECT p.influencer_id, CAST({engagements} AS DOUBLE) AS engagements, {post_rate} AS rate
    FROM posts p JOIN influencers i USING (influencer_id)
    WHERE {where}
), per_person AS (
    SELECT influencer_id, count(rate) AS posts_with_rate, count(engagements) AS posts_with_engagements
    FROM per_post
    GROUP BY influencer_id
)
SELECT
    count(*)                                              AS people,
    count(*) FILTER (WHERE posts_with_rate > 0)           AS people_with_rate,
    coalesce(sum(posts_with_rate), 0)                     AS posts_with_rate,
    count(*) FILTER (WHERE posts_with_engagements > 0)    AS people_with_engagements,
    coalesce(sum(posts_with_engagements), 0)              AS posts_with_engagements
FROM per_person
"""
METRICS = ("rate", "engagements")

TOP_POSTS = """
WITH top AS (
    SELECT p.published_at, {name} AS name, i.name AS author, p.text, p.url,
           p.reactions, p.comments, p.reposts, p.impressions,
           {engagements} AS engagements, {post_rate} AS engagement_rate
    FROM posts p JOIN influencers i USING (influencer_id)
    WHERE {where} AND ({order}) IS NOT NULL
    ORDER BY ({order}) DESC, p.published_at DESC
    LIMIT ?
), lines AS (
    SELECT *, trim(regexp_extract(coalesce(text, ''), '^\\s*([^\\r\\n]*)', 1)) AS first_line FROM top
)
SELECT
    CAST(published_at AS DATE) AS published_on, name, author, first_line AS preview,
    url, reactions, comments, reposts, impressions, engagements, engagement_rate
FROM lines
ORDER BY ({order_outer}) DESC, published_at DESC
"""

WEEKDAY_HOUR = """
SELECT
    isodow(p.published_at)                AS weekday,
    hour(p.published_at)                  AS hour,
    count(*)                              AS posts,
    count({post_rate})                    AS posts_with_rate,
    median({post_rate})                   AS median_rate,
    median(CAST({engagements} AS DOUBLE)) AS median_engagements
FROM posts p JOIN influencers i USING (influencer_id)
WHERE {where} AND p.has_time
GROUP BY ALL
ORDER BY weekday, hour
"""

# The same order expressed on the columns of the ``top`` CTE.
_TOP_ORDER_OUTER = {
    "engagements": "engagements",
    "engagement_rate": "engagement_rate",
    "reactions": "reactions",
    "comments": "comments",
    "reposts": "reposts",
    "impressions": "impressions",
}


def totals(cur: duckdb.DuckDBPyConnection, filters: Filters) -> dict[str, Any]:
    """Posts, n with impressions, engagements, pooled rate and per-post medians for the selection;
    how many posts each figure is known for (``known_<figure>``), have both figures of the rate
    (``posts_with_rate``) and have reactions, comments and reposts (``posts_with_breakdown``)."""
    where, params = filters.post_where()
    sql = TOTALS.format(engagements=ENGAGEMENTS, rate=POOLED_RATE, post_rate=POST_RATE, has_rate=HAS_RATE,
                        breakdown=BREAKDOWN, where=where)
    return one(cur, sql, params)


def over_time(cur: duckdb.DuckDBPyConnection, filters: Filters, granularity: str = "month") -> pd.DataFrame:
    """Per week (Monday) or month: reactions, comments and reposts (each summed where known),
    ``engagements_total_only`` (LinkedIn's total of the posts it gives no part of), the engagements
    and the posts they rest on (``known_engagements``), impressions and the pooled rate
    (``posts_with_rate`` the posts it rests on)."""
    if granularity not in GRANULARITIES:
        raise ValueError(f"unknown granularity {granularity!r}")
    where, params = filters.post_where()
    sql = OVER_TIME.format(engagements=ENGAGEMENTS, rate=POOLED_RATE, has_rate=HAS_RATE, where=where,
                           no_breakdown="p.reactions IS NULL AND p.comments IS NULL AND p.reposts IS NULL")
    return frame(cur, sql, [granularity, *params])


def per_person(cur: duckdb.DuckDBPyConnection, filters: Filters, metric: str | None = None, ranked: bool = False,
               limit: int | None = None, offset: int = 0) -> pd.DataFrame:
    """Per person: n posts and the five-number summary of per-post rate and engagements.

    People are ordered alphabetically (by pseudonym number when pseudonymised), never ranked
    unless ``ranked`` asks for the median of ``metric``, highest first. With ``metric``, only
    people with at least one value of it are returned; ``limit``/``offset`` give one page.
    """
    if metric is not None and metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r}")
    if ranked and metric is None:
        raise ValueError("ranking needs a metric")
    where, params = filters.post_where()
    count_column = "posts_with_rate" if metric == "rate" else "posts_with_engagements"
    order = f"{metric}_median DESC NULLS LAST, sort_key, influencer_id" if ranked else "sort_key, influencer_id"
    limit_sql, limit_params = ("", []) if limit is None else ("LIMIT ? OFFSET ?", [int(limit), max(0, int(offset))])
    sql = PER_PERSON.format(
        name=filters.name_sql(), sort_key=filters.sort_sql(), engagements=ENGAGEMENTS,
        post_rate=POST_RATE, where=where, having=f"HAVING {count_column} > 0" if metric else "",
        order=order, limit=limit_sql,
    )
    return frame(cur, sql, params + limit_params)


def per_person_summary(cur: duckdb.DuckDBPyConnection, filters: Filters) -> dict[str, int]:
    """Over everyone: people with posts, and per metric the people with a value and their posts."""
    where, params = filters.post_where()
    sql = PER_PERSON_SUMMARY.format(engagements=ENGAGEMENTS, post_rate=POST_RATE, where=where)
    return {key: int(value) for key, value in one(cur, sql, params).items()}


def top_posts(cur: duckdb.DuckDBPyConnection, filters: Filters, order_by: str = "engagements",
              limit: int = 10) -> pd.DataFrame:
    """The ``limit`` posts with the highest ``order_by``, with a one-line plain-text preview."""
    if order_by not in TOP_ORDER:
        raise ValueError(f"unknown order {order_by!r}")
    where, params = filters.post_where()
    sql = TOP_POSTS.format(
        name=filters.name_sql(), engagements=ENGAGEMENTS, post_rate=POST_RATE, where=where,
        order=TOP_ORDER[order_by], order_outer=_TOP_ORDER_OUTER[order_by],
    )
    posts = frame(cur, sql, [*params, int(limit)])
    # pseudonymised: every colleague's name in every recognisable spelling, not only the author's
    redact = roster_redactor(cur) if filters.pseudonymise else None
    posts["preview"] = [shortened(line, PREVIEW_CHARS, redact, "…") for line in posts["preview"]]
    if filters.pseudonymise:
        posts["url"] = posts["url"].map(pseudonymous_link)  # a profile link names its author
    return posts.drop(columns="author")


def weekday_hour(cur: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Posts, median per-post rate and median engagements per ISO weekday (1 = Monday) and hour.

    Posts whose time of day is unknown are left out.
    """
    where, params = filters.post_where()
    sql = WEEKDAY_HOUR.format(engagements=ENGAGEMENTS, post_rate=POST_RATE, where=where)
    return frame(cur, sql, params)


# the figures only LinkedIn's exports have, with the rates practitioners use; each with its n
# (the posts where it is known), unknown figures left out, never counted as zero
LINKEDIN_FIGURES = ("members_reached", "saves", "sends", "profile_viewers", "followers_gained", "link_engagements")
LINKEDIN_METRICS = """
SELECT
    {sums},
    sum(p.comments) FILTER (WHERE p.comments IS NOT NULL AND p.impressions > 0)
        / sum(p.impressions) FILTER (WHERE p.comments IS NOT NULL AND p.impressions > 0) AS comment_rate,
    count(*) FILTER (WHERE p.comments IS NOT NULL AND p.impressions > 0)               AS n_comment_rate,
    sum(p.followers_gained) FILTER (WHERE p.followers_gained IS NOT NULL AND p.members_reached > 0)
        / sum(p.members_reached) FILTER (WHERE p.followers_gained IS NOT NULL AND p.members_reached > 0)
                                                                                       AS follower_capture,
    count(*) FILTER (WHERE p.followers_gained IS NOT NULL AND p.members_reached > 0)   AS n_follower_capture
FROM posts p JOIN influencers i USING (influencer_id)
WHERE {where}
"""


def linkedin_metrics(cur: duckdb.DuckDBPyConnection, filters: Filters) -> dict[str, Any]:
    """Members reached, saves, sends, profile viewers, followers gained, link engagements (sum and
    ``n_<figure>`` posts where known), comment rate (comments ÷ impressions) and follower capture
    (followers gained ÷ members reached), pooled over the posts that have both figures, with their n."""
    where, params = filters.post_where()
    sums = ",\n    ".join(f"sum(p.{c}) AS {c}, count(p.{c}) AS n_{c}" for c in LINKEDIN_FIGURES)
    result = one(cur, LINKEDIN_METRICS.format(sums=sums, where=where), params)
    return {key: (int(value) if key in LINKEDIN_FIGURES and value is not None else value)
            for key, value in result.items()}
