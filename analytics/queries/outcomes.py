"""Queries on outcomes beyond the counts of the impact page: per 1,000 impressions, and the
outcomes that name the post they came from (#16.3)."""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

from analytics.filters import Filters
from analytics.privacy import roster_redactor
from analytics.queries import POST_RATE, frame, one

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
       left(coalesce(p.text, ''), 80) AS opening, p.impressions, {post_rate} AS engagement_rate, o.note
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
    if filters.pseudonymise and not listed.empty:
        redact = roster_redactor(cur)  # every spelling of every roster name
        for column in ("note", "opening"):
            listed[column] = listed[column].map(redact)
    return listed
