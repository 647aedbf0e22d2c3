"""Performance of roster groups (gender, age band, ...) with privacy suppression.

Used by the diversity page and by ``python -m analytics summary --by``. A group is the roster
people sharing one value of an attribute; a missing value forms the group ``"unknown"``. A
group's figures are shown only when enough people contributed to them; small groups are pooled
before anything is hidden, and nothing shown can be subtracted from a filter selection or from
another group (the rules are in :mod:`analytics.suppression`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb
import pandas as pd

from analytics import selections, suppression
from analytics.errors import CockpitError
from analytics.filters import Filters
from analytics.people import AGE_BANDS, EXPERIENCE_LEVELS, GENDERS
from analytics.queries import ENGAGEMENTS, POOLED_RATE, POST_RATE, frame

ATTRIBUTES = ("gender", "age_band", "profession", "department", "experience")
UNKNOWN = "unknown"

# Ages are those at the end of the analysed period: from the birth year where it is known
# (the age reached in the period's last year), else the band stored at import (an age or a band
# given in the roster). The same pilot so gives the same bands in every year's report.
AGE_BAND_SQL = """CASE
    WHEN {a}.birth_year IS NULL THEN {a}.age_band
    WHEN CAST(? AS INTEGER) - {a}.birth_year < 30 THEN '<30'
    WHEN CAST(? AS INTEGER) - {a}.birth_year >= 60 THEN '60+'
    ELSE CAST((CAST(? AS INTEGER) - {a}.birth_year) // 10 * 10 AS VARCHAR) || '-'
         || CAST((CAST(? AS INTEGER) - {a}.birth_year) // 10 * 10 + 9 AS VARCHAR)
END"""
REFERENCE_DAY = "SELECT CAST(max(published_at) AS DATE) FROM posts"


def age_reference(cur: duckdb.DuckDBPyConnection, filters: Filters) -> date:
    """The day ages are computed at: the selected period's end, else the data's last day (today
    in a workspace without posts)."""
    if filters.end:
        return filters.end
    return cur.execute(REFERENCE_DAY).fetchone()[0] or date.today()


def attribute_sql(column: str, alias: str, reference: date) -> tuple[str, list[Any]]:
    """SQL (and its parameters) for a roster attribute of the person ``alias``; ``age_band`` is
    computed at ``reference`` (see :data:`AGE_BAND_SQL`)."""
    check_attribute(column)
    if column == "age_band":
        return AGE_BAND_SQL.format(a=alias), [reference.year] * 4
    return f"{alias}.{column}", []

# {column} is one of ATTRIBUTES (checked before formatting); values travel as parameters. {grp}
# maps each value to the group that pools it (see group_breakdown).
GROUP_PERFORMANCE = """
WITH people AS (
    SELECT i.influencer_id, {grp} AS grp
    FROM influencers i
    WHERE i.in_roster AND {people_where}
),
sizes AS (
    SELECT grp, count(*) AS influencers FROM people GROUP BY grp
),
per_person AS (
    SELECT people.grp, people.influencer_id, count(p.post_id) AS posts
    FROM people LEFT JOIN posts p ON p.influencer_id = people.influencer_id AND {period_where}
    GROUP BY ALL
),
activity AS (
    SELECT grp,
           count(*) FILTER (WHERE posts > 0) AS active,
           median(posts)                    AS median_posts_per_person
    FROM per_person GROUP BY grp
),
performance AS (
    SELECT people.grp,
           count(*)                                  AS posts,
           coalesce(sum(p.reactions), 0)             AS reactions,
           coalesce(sum(p.comments), 0)              AS comments,
           coalesce(sum(p.reposts), 0)               AS reposts,
           sum(p.impressions)                        AS impressions,
           {rate}                                    AS engagement_rate,
           median({post_rate})                       AS median_post_rate,
           count({post_rate})                        AS posts_with_rate,
           coalesce(sum({engagements}), 0)           AS engagements
    FROM posts p JOIN people ON p.influencer_id = people.influencer_id
    WHERE {period_where}
    GROUP BY people.grp
)
SELECT s.grp AS "group", s.influencers, a.active, a.median_posts_per_person,
       coalesce(f.posts, 0) AS posts, coalesce(f.reactions, 0) AS reactions,
       coalesce(f.comments, 0) AS comments, coalesce(f.reposts, 0) AS reposts,
       f.impressions, f.engagement_rate, f.median_post_rate,
       coalesce(f.posts_with_rate, 0) AS posts_with_rate, coalesce(f.engagements, 0) AS engagements
FROM sizes s
JOIN activity a USING (grp)
LEFT JOIN performance f USING (grp)
ORDER BY s.influencers DESC, s.grp
"""

# Every person of the view with each attribute's value and whether they posted in the period.
PEOPLE = """
WITH active AS (SELECT DISTINCT p.influencer_id FROM posts p WHERE {period_where})
SELECT i.influencer_id, i.in_roster, a.influencer_id IS NOT NULL AS contributed, {values}
FROM influencers i LEFT JOIN active a USING (influencer_id)
WHERE {people_where}
"""
# the attributes whose groups have an order: a small group merges with a neighbour
ORDERED = {"age_band": AGE_BANDS, "experience": EXPERIENCE_LEVELS}
CODED = {"gender": GENDERS, **ORDERED}


def check_attribute(by: str) -> str:
    """``by`` if it is a groupable roster attribute, else a clear error."""
    if by not in ATTRIBUTES:
        raise CockpitError("group_by_unknown", by=by, allowed=", ".join(ATTRIBUTES))
    return by


def check_min_group(min_group: int) -> int:
    """The minimum group size, which must be a whole number of at least 1."""
    if isinstance(min_group, bool) or not isinstance(min_group, int) or min_group < 1:
        raise CockpitError("min_group_invalid", value=min_group)
    return min_group


def group_breakdown(cur: duckdb.DuckDBPyConnection, filters: Filters, by: str) -> suppression.Suppressed:
    """Per group of roster people: size, activity, totals and rates in the period, after
    suppression (:mod:`analytics.suppression`): the groups that may be shown, small ones pooled,
    and the hidden values with their reason.

    The whole programme's groups are checked against every allowed filter selection and against
    the groups of the attributes before ``by`` in :data:`ATTRIBUTES`; groups of chosen people only
    by their own contributors. A selection filtered by cohort, profession or department is not
    broken down (a clear error): its groups would be intersections of two small groups, which the
    groups of other selections could be subtracted from.
    """
    column = check_attribute(by)
    min_group = check_min_group(filters.min_group)
    if selections.attribute_filtered(filters):
        raise CockpitError("diversity_filtered")
    people = _people(cur, filters)
    everyone = frozenset(people.loc[people["contributed"], "influencer_id"])
    roster = people[people["in_roster"]]
    own = _contributors(roster, column)  # the breakdown's values and who contributed to each
    if filters.influencer_ids:
        result = suppression.pool(own, min_group, everyone, ORDERED.get(column))
    else:
        part, shown = selections.partition(cur, filters), []

        def checked(contributors: frozenset[int]) -> bool:
            return part.differs_safely(contributors) and not any(
                0 < len(contributors ^ other) < min_group for other in shown)

        for attribute in ATTRIBUTES[:ATTRIBUTES.index(column) + 1]:
            groups = own if attribute == column else _contributors(roster, attribute)
            result = suppression.pool(groups, min_group, everyone, ORDERED.get(attribute), checked)
            shown += [frozenset().union(*(groups[m] for m in members)) for members in result.shown]
    figures = _groups(cur, filters, column, result.shown)
    keys = {" + ".join(members): members for members in result.shown}
    figures = figures[figures["group"].isin(list(keys))].reset_index(drop=True)
    figures["members"] = [keys[key] for key in figures["group"]]
    small = frozenset(value for value, contributors in own.items() if len(contributors) < min_group)
    return suppression.Suppressed(figures, result.hidden, small)


def _people(cur: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """The view's people: id, in the roster, posted in the period, and each attribute's value
    (UNKNOWN when missing; age bands at :func:`age_reference`)."""
    people_where, people_params = filters.people_where("i")
    period_where, period_params = filters.period_where("p.published_at")
    parts, value_params = [], []
    for attribute in ATTRIBUTES:
        value, params = attribute_sql(attribute, "i", age_reference(cur, filters))
        parts.append(f"coalesce(CAST({value} AS VARCHAR), '{UNKNOWN}') AS {attribute}")
        value_params += params
    sql = PEOPLE.format(period_where=period_where, values=", ".join(parts), people_where=people_where)
    people = frame(cur, sql, period_params + value_params + people_params)
    people["influencer_id"] = people["influencer_id"].astype(int)
    return people


def _contributors(roster: pd.DataFrame, attribute: str) -> dict[str, frozenset[int]]:
    """Each value's contributors, in reading order: coded values in their order, free text
    alphabetically, unknown last."""
    contributed = roster.groupby(attribute)["influencer_id"].agg(list).to_dict()
    active = set(roster.loc[roster["contributed"], "influencer_id"])
    canonical = CODED.get(attribute, ())

    def reading(value: str) -> tuple:
        return (value == UNKNOWN, value not in canonical, canonical.index(value) if value in canonical else 0,
                value.casefold())

    return {value: frozenset(i for i in contributed[value] if i in active)
            for value in sorted(contributed, key=reading)}


def _groups(cur: duckdb.DuckDBPyConnection, filters: Filters, column: str,
            pooled: tuple[tuple[str, ...], ...]) -> pd.DataFrame:
    people_where, people_params = filters.people_where("i")
    period_where, period_params = filters.period_where("p.published_at")
    value, value_params = attribute_sql(column, "i", age_reference(cur, filters))
    raw = f"coalesce(CAST({value} AS VARCHAR), '{UNKNOWN}')"
    merges = [members for members in pooled if len(members) > 1]
    grp, grp_params = raw, list(value_params)
    if merges:
        cases, grp_params = [], []
        for members in merges:
            cases.append(f"WHEN {raw} IN ({', '.join('?' for _ in members)}) THEN ?")
            grp_params += value_params + list(members) + [" + ".join(members)]
        grp = f"CASE {' '.join(cases)} ELSE {raw} END"
        grp_params += value_params
    sql = GROUP_PERFORMANCE.format(
        grp=grp,
        people_where=people_where,
        period_where=period_where,
        rate=POOLED_RATE,
        post_rate=POST_RATE,
        engagements=ENGAGEMENTS,
    )
    return frame(cur, sql, grp_params + people_params + period_params + period_params)


def summary_by(
    cur: duckdb.DuckDBPyConnection,
    by: str,
    min_group: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> dict[str, Any]:
    """The command-line group summary (keys are a public contract, only ever extended: ``min_group`` and
    ``suppressed_groups`` came with small-group suppression, ``members`` and ``contributors`` with
    pooling). Without ``min_group`` the workspace's threshold applies."""
    check_attribute(by)
    if min_group is None:
        min_group = suppression.threshold(cur)
    check_min_group(min_group)
    result = group_breakdown(cur, Filters(start=start, end=end, min_group=min_group), by)
    rows = []
    for row in result.shown.itertuples(index=False):
        rate = row.engagement_rate
        rows.append({
            "group": row.group,
            "influencers": int(row.influencers),
            "posts": int(row.posts),
            "reactions": int(row.reactions),
            "comments": int(row.comments),
            "reposts": int(row.reposts),
            "impressions": None if pd.isna(row.impressions) else int(row.impressions),
            "engagement_rate": None if pd.isna(rate) else round(float(rate), 6),
            "members": list(row.members),
            "contributors": int(row.active),
        })
    return {
        "groups": rows,
        "suppressed": len(result.hidden),
        "min_group": min_group,
        "suppressed_groups": [{"group": group, "reason": reason} for group, reason in result.hidden],
    }
