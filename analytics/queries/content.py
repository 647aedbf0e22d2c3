"""Queries for the content page: what kind of post works.

Every comparison gives, per group of posts: ``posts``, ``posts_with_rate`` (posts with known
impressions), ``median_rate`` (median of the per-post engagement rate), ``median_engagements``
and the pooled ``engagement_rate``. Everything is aggregated in SQL.

With names pseudonymised, a topic or a hashtag that names someone of the roster
(``#katharinabrunnhuber``, "Serie: Ein Tag mit Sina Lechner") is grouped and shown under its
pseudonymised text (:func:`analytics.privacy.renamed_texts`), in the charts, their hover texts,
the tables and the briefing alike.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.filters import Filters
from analytics.privacy import renamed_texts, renaming_sql
from analytics.queries import ENGAGEMENTS, POOLED_RATE, POST_RATE, frame, one

# Lower bounds of the length bins in characters; the last bin is open.
LENGTH_BINS = (0, 500, 1000, 1500, 2000, 2500)
GUIDELINE_LENGTH = 1500
DEFAULT_HASHTAG = "#wirfuermuenchen"
# Letters and digits of any script (RE2's \pL, \pN), underscore and inner hyphens, so
# '#WirFürMünchen' and '#Demirtaş' are read whole.
HASHTAG_PATTERN = r"#([\pL\pN_][\pL\pN_-]*)"
# The post's hashtags, lower-cased; the tag parameter is normalised the same way in SQL.
_TAGS = f"regexp_extract_all(lower(p.text), '{HASHTAG_PATTERN}', 1)"
_TAG_PARAM = "lower(ltrim(trim(?), '#'))"
_HAS_TAG = f"list_contains({_TAGS}, {_TAG_PARAM})"

_MEASURES = f"""
    count(*)                              AS posts,
    count({POST_RATE})                    AS posts_with_rate,
    median({POST_RATE})                   AS median_rate,
    median({ENGAGEMENTS})                 AS median_engagements,
    {POOLED_RATE}                         AS engagement_rate
"""

COUNTS = """
SELECT count(*) AS posts, count({post_rate}) AS posts_with_rate, count(p.text) AS posts_with_text
FROM posts p JOIN influencers i USING (influencer_id)
WHERE {where}
"""

_LENGTH = "coalesce(p.text_length, length(p.text))"
# Index of the bin in LENGTH_BINS: 0 for < 500, ..., 5 for >= 2500.
_LENGTH_BIN = (
    "CASE "
    + " ".join(f"WHEN {_LENGTH} < {upper} THEN {index}" for index, upper in enumerate(LENGTH_BINS[1:]))
    + f" ELSE {len(LENGTH_BINS) - 1} END"
)
BY_LENGTH = """
SELECT {length_bin} AS length_bin, {measures}
FROM posts p JOIN influencers i USING (influencer_id)
WHERE {where} AND {length} IS NOT NULL
GROUP BY length_bin
ORDER BY length_bin
"""

BY_QUESTION = """
SELECT p.ends_with_question AS question, {measures}
FROM posts p JOIN influencers i USING (influencer_id)
WHERE {where} AND p.ends_with_question IS NOT NULL
GROUP BY question
ORDER BY question DESC
"""

BY_HASHTAG = """
SELECT {has_tag} AS with_tag, {measures}
FROM posts p JOIN influencers i USING (influencer_id)
WHERE {where} AND p.text IS NOT NULL
GROUP BY with_tag
ORDER BY with_tag DESC
"""

ADOPTION = """
SELECT CAST(date_trunc('month', p.published_at) AS DATE) AS month,
       count(*)                                          AS posts,
       count(*) FILTER (WHERE {has_tag})                AS with_tag,
       count(*) FILTER (WHERE {has_tag}) / count(*)     AS share
FROM posts p JOIN influencers i USING (influencer_id)
WHERE {where} AND p.text IS NOT NULL
GROUP BY month
ORDER BY month
"""

BY_MEDIA = """
SELECT coalesce(p.media_type, 'unknown') AS media_type, {measures}
FROM posts p JOIN influencers i USING (influencer_id)
WHERE {where}
GROUP BY ALL
ORDER BY posts DESC, media_type
"""

TOP_HASHTAGS = """
WITH tagged AS (
    SELECT list_distinct({shown_tags}) AS tags, {post_rate} AS rate
    FROM posts p JOIN influencers i USING (influencer_id)
    WHERE {where} AND p.text IS NOT NULL
)
SELECT '#' || tag AS hashtag, count(*) AS posts, count(rate) AS posts_with_rate, median(rate) AS median_rate
FROM tagged, unnest(tags) AS u(tag)
GROUP BY tag
ORDER BY posts DESC, tag
LIMIT ?
"""


def _sql(template: str, where: str, **shown: str) -> str:
    """A query template with the fixed fragments, the filter's WHERE text and ``shown`` (the
    expressions of topics or hashtags as shown) filled in."""
    return template.format(
        where=where, measures=_MEASURES, length=_LENGTH, length_bin=_LENGTH_BIN, has_tag=_HAS_TAG, tags=_TAGS,
        post_rate=POST_RATE, **shown,
    )


DISTINCT_TOPICS = """
SELECT DISTINCT p.topic FROM posts p JOIN influencers i USING (influencer_id)
WHERE {where} AND p.topic IS NOT NULL
"""
DISTINCT_TAGS = """
SELECT DISTINCT unnest({tags}) FROM posts p JOIN influencers i USING (influencer_id)
WHERE {where} AND p.text IS NOT NULL
"""


def _shown(cur: duckdb.DuckDBPyConnection, filters: Filters, distinct: str, expression: str) -> tuple[str, list]:
    """``expression`` (a topic, a hashtag) as shown to the selection: renamed where it names
    someone while names are pseudonymised (``distinct`` lists the values to check)."""
    if not filters.pseudonymise:
        return expression, []
    where, params = filters.post_where()
    values = [value for (value,) in cur.execute(_sql(distinct, where), params).fetchall()]
    return renaming_sql(expression, renamed_texts(cur, values))


def counts(cur: duckdb.DuckDBPyConnection, filters: Filters) -> dict[str, int]:
    """Posts in the selection, those with known impressions, those with text."""
    where, params = filters.post_where()
    return {key: int(value or 0) for key, value in one(cur, _sql(COUNTS, where), params).items()}


def by_length(cur: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Posts per length bin (index into LENGTH_BINS) with medians and n."""
    where, params = filters.post_where()
    return frame(cur, _sql(BY_LENGTH, where), params)


def by_question(cur: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Posts ending with a question vs not (posts without text are left out)."""
    where, params = filters.post_where()
    return frame(cur, _sql(BY_QUESTION, where), params)


def by_hashtag(cur: duckdb.DuckDBPyConnection, filters: Filters, tag: str) -> pd.DataFrame:
    """Posts with the hashtag ``tag`` vs without (matched case-insensitively, whole tags)."""
    where, params = filters.post_where()
    return frame(cur, _sql(BY_HASHTAG, where), [tag, *params])


def hashtag_adoption(cur: duckdb.DuckDBPyConnection, filters: Filters, tag: str) -> pd.DataFrame:
    """Per month: posts, posts carrying ``tag`` and their share."""
    where, params = filters.post_where()
    return frame(cur, _sql(ADOPTION, where), [tag, tag, *params])


def by_media(cur: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Posts per media type ('unknown' when the export does not say)."""
    where, params = filters.post_where()
    return frame(cur, _sql(BY_MEDIA, where), params)


def top_hashtags(cur: duckdb.DuckDBPyConnection, filters: Filters, limit: int = 15) -> pd.DataFrame:
    """The most used hashtags: number of posts carrying each (a tag counts once per post)."""
    where, params = filters.post_where()
    tag, tag_params = _shown(cur, filters, DISTINCT_TAGS, "x")  # x: each tag of a post's list
    shown_tags = f"list_transform({_TAGS}, lambda x: {tag})" if tag_params else _TAGS
    return frame(cur, _sql(TOP_HASHTAGS, where, shown_tags=shown_tags), [*tag_params, *params, limit])


# ---- topics: the controlling sheet's category of a post, kept as posts.topic
BY_TOPIC = """
SELECT {topic} AS topic, {measures},
       count(p.text)                                    AS posts_with_text,
       count(*) FILTER (WHERE p.text IS NOT NULL AND {has_tag}) AS with_tag,
       count(*) FILTER (WHERE p.text IS NOT NULL AND {has_tag}) / nullif(count(p.text), 0) AS tag_share
FROM posts p JOIN influencers i USING (influencer_id)
WHERE {where} AND p.topic IS NOT NULL
GROUP BY 1
ORDER BY posts DESC, topic
"""

TOPIC_COUNTS = """
SELECT count(p.topic) AS with_topic, count(*) AS posts
FROM posts p JOIN influencers i USING (influencer_id)
WHERE {where}
"""


def topic_counts(cur: duckdb.DuckDBPyConnection, filters: Filters) -> dict[str, int]:
    """Posts of the selection with a topic, and all posts (no topic anywhere: nothing about topics)."""
    where, params = filters.post_where()
    return {key: int(value or 0) for key, value in one(cur, _sql(TOPIC_COUNTS, where), params).items()}


def by_topic(cur: duckdb.DuckDBPyConnection, filters: Filters, tag: str) -> pd.DataFrame:
    """Per topic, most posts first: the measures, posts with text, those carrying ``tag`` and their share."""
    where, params = filters.post_where()
    topic, topic_params = _shown(cur, filters, DISTINCT_TOPICS, "p.topic")
    return frame(cur, _sql(BY_TOPIC, where, topic=topic), [*topic_params, tag, tag, *params])
