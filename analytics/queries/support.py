"""One person, for the support conversation.

Every query here takes exactly ONE ``influencer_id`` and computes only that person's figures:
posts per week, the current pause, the engagement rate over time against their own median,
what worked for them, their strongest posts and their outcomes. The selection's period applies
(``filters.period_where``); its people and groups do not (the person is chosen here). Names of
other people written into a post, a topic or a note are replaced by their pseudonyms, always: the
view names no colleague. With names pseudonymised the person's own name goes too, and a post's
link is LinkedIn's link by the post's id (a profile link names its author).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb
import pandas as pd

from analytics.covered import COVERED
from analytics.filters import Filters
from analytics.privacy import NameRedactor, pseudonymous_link
from analytics.queries import ENGAGEMENTS, POST_RATE, frame, one
from analytics.queries.content import GUIDELINE_LENGTH
from analytics.queries.frequency import gaps

WEEKS_PER_MONTH = 52 / 12  # a goal per month as posts per week
# hours of the day in bands: with one person's few posts, single hours are too thin to compare
HOUR_BANDS = ((0, 9), (9, 12), (12, 15), (15, 18), (18, 24))


def _id(influencer_id: Any) -> int:
    """The one person's id; anything else (a list, None) is refused, never widened to everyone."""
    if isinstance(influencer_id, bool) or not isinstance(influencer_id, int):
        raise TypeError("the person view is computed for exactly one influencer_id")
    return influencer_id


PERSON = """
SELECT i.influencer_id, {name} AS name, i.joined_on, i.left_on, i.in_roster,
       (SELECT count(*) FROM posts p WHERE p.influencer_id = i.influencer_id) AS posts_ever
FROM influencers i WHERE i.influencer_id = ?
"""


def person(cur: duckdb.DuckDBPyConnection, filters: Filters, influencer_id: int) -> dict[str, Any] | None:
    """Who is shown (name or pseudonym), joined and left when, posts ever; None when unknown."""
    row = one(cur, PERSON.format(name=filters.name_sql("i")), [_id(influencer_id)])
    return None if row["influencer_id"] is None else row


BOUNDS = """
SELECT coalesce(CAST(? AS DATE), (SELECT CAST(min(published_at) AS DATE) FROM posts)) AS first_day,
       least(coalesce(CAST(? AS DATE), (SELECT CAST(max(published_at) AS DATE) FROM posts)), current_date) AS last_day
"""


def bounds(cur: duckdb.DuckDBPyConnection, filters: Filters) -> tuple[date | None, date | None]:
    """The period's first and last day (the data's when open-ended; the last never after today)."""
    row = cur.execute(BOUNDS, [filters.start, filters.end]).fetchone()
    return row[0], row[1]


WEEKS = """
WITH {covered},
weeks AS (
    SELECT CAST(w AS DATE) AS week
    FROM range(CAST(date_trunc('week', CAST(? AS DATE)) AS TIMESTAMP),
               CAST(CAST(? AS DATE) + 1 AS TIMESTAMP), INTERVAL 7 DAY) AS r(w)
),
counts AS (
    SELECT CAST(date_trunc('week', p.published_at) AS DATE) AS week, count(*) AS posts
    FROM posts p WHERE p.influencer_id = ? AND {period}
    GROUP BY ALL
),
own AS (SELECT first_day, last_day FROM covered WHERE influencer_id = ?)
SELECT w.week, coalesce(c.posts, 0) AS posts,
       c.posts IS NOT NULL OR EXISTS (SELECT 1 FROM own o WHERE o.first_day <= w.week + 6 AND o.last_day >= w.week)
           AS covered
FROM weeks w LEFT JOIN counts c USING (week)
ORDER BY w.week
"""


def weekly(cur: duckdb.DuckDBPyConnection, filters: Filters, influencer_id: int) -> pd.DataFrame:
    """Posts per ISO week (Monday) of the period, zero-filled: week, posts, and whether an import
    covers the person in that week (``covered``; a week without it is unknown, not a week without posts)."""
    first, last = bounds(cur, filters)
    if first is None:
        return pd.DataFrame({"week": [], "posts": [], "covered": []})
    period, params = filters.period_where("p.published_at")
    return frame(cur, WEEKS.format(covered=COVERED, period=period),
                 [first, last, _id(influencer_id), *params, influencer_id])


def pause(cur: duckdb.DuckDBPyConnection, filters: Filters, influencer_id: int) -> dict[str, Any]:
    """The current pause, as on the frequency page (:func:`analytics.queries.frequency.gaps`): the last
    post up to the period's end (never after today) and the days since, measured to where the person's
    data ends (``at_least``: the pause is at least that long); without any post, the days since joining
    (or the period's start). ``no_data``: nothing covers the person in the period."""
    person = Filters(start=filters.start, end=filters.end, influencer_ids=(_id(influencer_id),))
    rows = gaps(cur, person)
    if rows.empty or bool(rows["no_data"].iloc[0]):
        return {"last_post": None, "days": None, "measured_to": None, "at_least": False, "no_data": True}
    row = rows.iloc[0]
    last_post = None if pd.isna(row["last_post"]) else pd.Timestamp(row["last_post"]).date()
    return {"last_post": last_post, "days": int(row["days_quiet"]),
            "measured_to": pd.Timestamp(row["measured_to"]).date(), "at_least": bool(row["at_least"]),
            "no_data": False}


POSTS = """
SELECT p.post_id, p.published_at, p.has_time, p.url, p.text, coalesce(p.text_length, length(p.text)) AS length,
       p.ends_with_question, p.topic, p.impressions, {engagements} AS engagements, {rate} AS rate
FROM posts p
WHERE p.influencer_id = ? AND {period}
ORDER BY p.published_at, p.post_id
"""


def posts(cur: duckdb.DuckDBPyConnection, filters: Filters, influencer_id: int) -> pd.DataFrame:
    """The person's posts of the period with their engagement rate (NULL without impressions)."""
    period, params = filters.period_where("p.published_at")
    listed = frame(cur, POSTS.format(engagements=ENGAGEMENTS, rate=POST_RATE, period=period),
                   [_id(influencer_id), *params])
    _others_pseudonymised(cur, listed, ("text", "topic"), influencer_id, filters.pseudonymise)
    if filters.pseudonymise:
        listed["url"] = listed["url"].map(pseudonymous_link)
    return listed


OTHER_NAMES = "SELECT i.name, {pseudonym} FROM influencers i WHERE i.influencer_id <> ? OR ?"


def _others_pseudonymised(cur: duckdb.DuckDBPyConnection, listed: pd.DataFrame, columns: tuple[str, ...],
                          influencer_id: int, self_too: bool) -> None:
    """In the text ``columns`` of ``listed``, every other person's name replaced by their pseudonym,
    in every spelling the roster lets one recognise (and the person's own name when the names are
    pseudonymised)."""
    if listed.empty:
        return
    selection = Filters(pseudonymise=True)
    people = cur.execute(OTHER_NAMES.format(pseudonym=selection.name_sql("i")), [influencer_id, self_too]).fetchall()
    redact = NameRedactor.build(people)
    for column in columns:
        listed[column] = listed[column].map(
            lambda text: None if text is None or (isinstance(text, float) and pd.isna(text)) else redact(str(text)))


def rate_over_time(posts_frame: pd.DataFrame) -> dict[str, Any]:
    """The person's own median engagement rate over the period and the posts it rests on."""
    rates = posts_frame["rate"].dropna().astype(float) if not posts_frame.empty else pd.Series(dtype=float)
    return {"median": float(rates.median()) if len(rates) else None, "n": int(len(rates))}


def what_worked(posts_frame: pd.DataFrame) -> pd.DataFrame:
    """Per factor and group of the person's posts: n (posts with a rate) and the median rate.

    Factors: length (under / from the 1,500-character guideline), question at the end, weekday,
    hour band (posts with a time), topic (where posts have one). Rows: factor, group, n, median_rate.
    """
    rows: list[dict[str, Any]] = []
    rated = posts_frame.dropna(subset=["rate"]) if not posts_frame.empty else posts_frame

    def add(factor: str, groups: pd.Series) -> None:
        if rated.empty:
            return
        frame_ = pd.DataFrame({"group": groups, "rate": rated["rate"].astype(float)}).dropna(subset=["group"])
        for group, part in frame_.groupby("group", sort=True):
            rows.append({"factor": factor, "group": group, "n": int(len(part)),
                         "median_rate": float(part["rate"].median())})

    if not rated.empty:
        add("length", rated["length"].map(lambda n: None if pd.isna(n) else ("long" if n >= GUIDELINE_LENGTH
                                                                               else "short")))
        add("question", rated["ends_with_question"].map(lambda q: None if pd.isna(q) else ("yes" if q else "no")))
        published = pd.to_datetime(rated["published_at"])
        add("weekday", published.dt.day_of_week.astype("Int64"))
        timed = rated["has_time"].fillna(False).astype(bool)
        add("hour", published.dt.hour.where(timed).map(_hour_band))
        add("topic", rated["topic"])
    return pd.DataFrame(rows, columns=["factor", "group", "n", "median_rate"])


def _hour_band(hour: Any) -> int | None:
    if pd.isna(hour):
        return None
    return next(index for index, (low, high) in enumerate(HOUR_BANDS) if low <= hour < high)


def strongest(posts_frame: pd.DataFrame, count: int = 3) -> pd.DataFrame:
    """The person's strongest posts: by engagement rate (posts with impressions), else by engagements."""
    if posts_frame.empty:
        return posts_frame
    with_rate = posts_frame.dropna(subset=["rate"])
    if not with_rate.empty:
        return with_rate.sort_values(["rate", "published_at"], ascending=[False, True]).head(count)
    return posts_frame.dropna(subset=["engagements"]).sort_values(
        ["engagements", "published_at"], ascending=[False, True]).head(count)


OUTCOMES = """
SELECT o.occurred_on, o.type, o.type_other, o.note, p.published_at AS post_published_at
FROM outcomes o LEFT JOIN posts p ON p.post_id = o.post_id
WHERE o.influencer_id = ? AND {period}
ORDER BY o.occurred_on DESC, o.outcome_id DESC
"""


def outcomes(cur: duckdb.DuckDBPyConnection, filters: Filters, influencer_id: int) -> pd.DataFrame:
    """The person's outcomes of the period, newest first (other people's names in notes pseudonymised)."""
    period, params = filters.period_where("o.occurred_on")
    listed = frame(cur, OUTCOMES.format(period=period), [_id(influencer_id), *params])
    _others_pseudonymised(cur, listed, ("note", "type_other"), influencer_id, filters.pseudonymise)
    return listed


def week_goal(goal_per_month: float | None) -> float | None:
    """A goal of posts per month as posts per week (12 months, 52 weeks)."""
    return None if goal_per_month is None else goal_per_month / WEEKS_PER_MONTH

