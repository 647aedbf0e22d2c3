"""The programme's goals: kept in the workspace (table ``goals``), each with its current value and status.

A goal is a metric, a target and a period (start and end day, inclusive). Goals are for the
whole programme: the sidebar's selection does not change them.

The rule (also stated on screen, ``goals_rule``):

- *as of* is the last day with data in the workspace (the last day any import covers, latest
  cohort post, outcome or follower count), at most the goal's end. Before the period begins the
  goal is ``not_started``.
- The part of the period gone by is counted in calendar months: each month of the period
  counts with the share of its days that lie in ``[start, as of]`` (1 January – 30 June gone by
  entirely is exactly 6 months; 1 – 15 April is 15/30 of a month). For posts per month a month
  no import covers at all is left out (:mod:`analytics.covered`): it is unknown and neither lowers
  the value nor raises the expected count; with no covered month yet the goal has ``no_data``.
- **Counts** (``posts_per_month``, ``outcomes_per_quarter``, ``follower_growth``) are pro-rated
  linearly. The whole target is ``target × months of the period`` for posts, ``target × months / 3``
  for outcomes and ``target`` for follower growth; the expected count so far is the whole target
  × months gone by / months of the period. ``achieved`` once the count reaches the whole target;
  otherwise ``on_track`` while the period runs and the count is at least the expected count;
  otherwise ``behind``. The value shown is the count per month (posts), per quarter (outcomes)
  over the months gone by, or the growth so far (followers).
- **Rates** (``engagement_rate``, ``active_share``) are not pro-rated: the rate over
  ``[start, as of]`` is compared with the target; ``achieved`` when the period is over and the
  rate is at least the target, ``on_track`` while it runs and the rate is at least the target,
  ``behind`` otherwise.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import duckdb

from analytics import covered, store
from analytics.errors import CockpitError
from analytics.filters import Filters
from analytics.i18n import fmt_date, fmt_number, fmt_percent, t
from analytics.queries import frequency, impact, overview

# each metric a goal can have, with its name for people
METRIC_TEXT_KEYS = {
    "posts_per_month": "goal_metric_posts_per_month", "active_share": "goal_metric_active_share",
    "engagement_rate": "goal_metric_engagement_rate", "outcomes_per_quarter": "goal_metric_outcomes_per_quarter",
    "follower_growth": "goal_metric_follower_growth",
}
METRICS = tuple(METRIC_TEXT_KEYS)
RATES = ("active_share", "engagement_rate")
# a count's target with its unit ('60 pro Monat'); rates are shown in per cent
TARGET_UNIT_TEXT_KEYS = {
    "posts_per_month": "goal_target_unit_posts_per_month",
    "outcomes_per_quarter": "goal_target_unit_outcomes_per_quarter",
    "follower_growth": "goal_target_unit_follower_growth",
}
# a goal's status is one of these
STATUS_TEXT_KEYS = {"achieved": "goal_status_achieved", "on_track": "goal_status_on_track",
                    "behind": "goal_status_behind", "not_started": "goal_status_not_started",
                    "no_data": "goal_status_no_data"}


@dataclass(frozen=True)
class Goal:
    """One goal as kept, with what it stands at."""

    goal_id: int
    metric: str
    target: float
    start: date
    end: date
    as_of: date | None = None
    value: float | None = None  # per month / per quarter / growth / rate (see the module's rule)
    done: float | None = None  # counts: the count so far
    whole: float | None = None  # counts: the whole target of the period
    expected: float | None = None  # counts: the count expected by ``as_of``
    status: str = "not_started"

    def summary(self) -> dict[str, Any]:
        """The goal for ``python -m analytics summary`` (keys goal, target, value, status + its period)."""
        return {
            "goal": self.metric, "target": self.target,
            "value": None if self.value is None else round(float(self.value), 6),
            "status": self.status, "goal_id": self.goal_id,
            "period_start": self.start.isoformat(), "period_end": self.end.isoformat(),
            "as_of": None if self.as_of is None else self.as_of.isoformat(),
        }


# ---------------------------------------------------------------- keeping goals
def _check(metric: str, target: float, start: date, end: date) -> None:
    if metric not in METRICS:
        raise CockpitError("goal_bad_metric", metric=metric, choices=", ".join(METRICS))
    try:
        value = float(target)
    except (TypeError, ValueError):
        raise CockpitError("goal_bad_target", target=target) from None
    if not value > 0 or value != value or value == float("inf"):
        raise CockpitError("goal_bad_target", target=target)
    if metric in RATES and value > 1:
        raise CockpitError("goal_bad_rate", target=target)
    if end < start:
        raise CockpitError("goal_bad_period", start=start.isoformat(), end=end.isoformat())


def add_goal(cur: duckdb.DuckDBPyConnection, metric: str, target: float, start: date, end: date,
             *, is_demo: bool = False) -> int:
    """Keep a goal (rates as fractions: 5 % is 0.05); returns its id. Bad input: CockpitError, nothing kept."""
    _check(metric, target, start, end)
    with store.transaction(cur):
        return int(cur.execute(
            "INSERT INTO goals (metric, target, period_start, period_end, is_demo) VALUES (?, ?, ?, ?, ?) "
            "RETURNING goal_id", [metric, float(target), start, end, is_demo],
        ).fetchone()[0])


def delete_goal(cur: duckdb.DuckDBPyConnection, goal_id: int) -> None:
    """Remove a goal."""
    with store.transaction(cur):
        if not cur.execute("DELETE FROM goals WHERE goal_id = ?", [goal_id]).fetchone()[0]:
            raise CockpitError("goal_unknown")


def list_goals(cur: duckdb.DuckDBPyConnection) -> list[Goal]:
    """The goals as kept, by period and metric (no values)."""
    rows = cur.execute(
        "SELECT goal_id, metric, target, period_start, period_end FROM goals "
        "ORDER BY period_start, period_end, goal_id"
    ).fetchall()
    return [Goal(int(i), m, float(tg), s, e) for i, m, tg, s, e in rows]


# ---------------------------------------------------------------- where they stand
def months_between(start: date, end: date) -> float:
    """Calendar months from ``start`` to ``end`` (both inclusive), each month by its share of days."""
    if end < start:
        return 0.0
    total = 0.0
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        days = calendar.monthrange(year, month)[1]
        first = start if (year, month) == (start.year, start.month) else date(year, month, 1)
        last = end if (year, month) == (end.year, end.month) else date(year, month, days)
        total += ((last - first).days + 1) / days
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return total


DATA_END = """
SELECT greatest(
    (SELECT CAST(max(published_at) AS DATE) FROM posts),
    (SELECT max(occurred_on) FROM outcomes),
    (SELECT max(day) FROM follower_counts))
"""


def data_end(cur: duckdb.DuckDBPyConnection) -> date | None:
    """The last day with data: the last day any import covers, the latest cohort post, outcome or
    follower count."""
    value = cur.execute(DATA_END).fetchone()[0]
    value = value.date() if isinstance(value, datetime) else value
    return max((day for day in (value, covered.covered_until(cur)) if day is not None), default=None)


def covered_months(spans: list[tuple[date, date]], start: date, end: date) -> float:
    """The calendar months of [start, end], each by its share of days there, leaving out the months no
    span touches (a gap: whole months without data, see :func:`analytics.covered.month_gaps`)."""
    gaps = covered.month_gaps(spans, (start, end))
    return months_between(start, end) - sum(months_between(max(start, first), min(end, last)) for first, last in gaps)


def _measure(cur: duckdb.DuckDBPyConnection, metric: str, start: date, as_of: date) -> float | None:
    """The count (posts, outcomes, follower growth) or the rate over [start, as_of]."""
    period = Filters(start=start, end=as_of)
    if metric == "posts_per_month":
        return float(overview.kpis(cur, period)["posts"])
    if metric == "engagement_rate":
        rate = overview.kpis(cur, period)["engagement_rate"]
        return None if rate is None else float(rate)
    if metric == "outcomes_per_quarter":
        return float(sum(impact.outcome_counts(cur, period).values()))
    if metric == "follower_growth":
        growth = impact.follower_growth(cur, period)["growth"]
        return None if growth is None else float(growth)
    months = frequency.participation(cur, period)
    months = months[months["roster"] > 0] if not months.empty else months
    if months.empty:
        return None
    return float(months["active"].sum() / months["roster"].sum())


def evaluate(cur: duckdb.DuckDBPyConnection, goal: Goal, end_of_data: date | None) -> Goal:
    """The goal with its value, counts and status as of the last day with data (see the module's rule)."""
    if end_of_data is None or end_of_data < goal.start:
        return goal
    as_of = min(end_of_data, goal.end)
    over = end_of_data >= goal.end
    measured = _measure(cur, goal.metric, goal.start, as_of)
    fields: dict[str, Any] = {"as_of": as_of}
    if goal.metric in RATES:
        fields["value"] = measured
        if measured is not None and measured >= goal.target:
            fields["status"] = "achieved" if over else "on_track"
        else:
            fields["status"] = "behind"
    else:
        period_months, gone = months_between(goal.start, goal.end), months_between(goal.start, as_of)
        if goal.metric == "posts_per_month":
            gone = covered_months(covered.programme(cur), goal.start, as_of)
            if gone == 0:
                return Goal(goal.goal_id, goal.metric, goal.target, goal.start, goal.end, as_of=as_of,
                            status="no_data")
        whole = {"posts_per_month": goal.target * period_months,
                 "outcomes_per_quarter": goal.target * period_months / 3}.get(goal.metric, goal.target)
        expected = whole * gone / period_months
        done = measured
        if goal.metric == "posts_per_month":
            value = done / gone
        elif goal.metric == "outcomes_per_quarter":
            value = done / gone * 3
        else:
            value = done
        fields.update(value=value, done=done, whole=whole, expected=expected)
        eps = 1e-9  # 6.0 months × 60 posts is 360, not 359.99999
        if done is not None and done >= whole - eps:
            fields["status"] = "achieved"
        elif done is not None and not over and done >= expected - eps:
            fields["status"] = "on_track"
        else:
            fields["status"] = "behind"
    return Goal(goal.goal_id, goal.metric, goal.target, goal.start, goal.end, **fields)


def goal_status(cur: duckdb.DuckDBPyConnection) -> list[Goal]:
    """Every goal with where it stands (empty when no goal is set)."""
    goals = list_goals(cur)
    if not goals:
        return []
    end_of_data = data_end(cur)
    return [evaluate(cur, goal, end_of_data) for goal in goals]


def summary(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The goals for the command-line summary (always a list; empty when none is set)."""
    return [goal.summary() for goal in goal_status(cur)]


# ---------------------------------------------------------------- words
def label(metric: str, lang: str) -> str:
    """'Beiträge pro Monat'."""
    return t(METRIC_TEXT_KEYS[metric], lang)


def fmt_value(metric: str, value: float | None, lang: str) -> str:
    """A goal's value or target as shown: rates in per cent, counts with one decimal where needed."""
    if value is None:
        return t("page_unknown", lang)
    if metric in RATES:
        return fmt_percent(value, lang, 1)
    digits = 0 if float(value).is_integer() else 1
    return fmt_number(value, lang, digits)


def fmt_target(goal: Goal, lang: str) -> str:
    """'60 pro Monat', '5,0 %', '+500 im Zeitraum'."""
    if goal.metric in RATES:
        return fmt_percent(goal.target, lang, 1)
    return t(TARGET_UNIT_TEXT_KEYS[goal.metric], lang, n=fmt_value(goal.metric, goal.target, lang))


def period_text(goal: Goal, lang: str) -> str:
    """'01.01.2023 – 30.06.2023'."""
    return f"{fmt_date(goal.start, lang)} – {fmt_date(goal.end, lang)}"


def lines(goals: list[Goal], lang: str) -> list[dict[str, str]]:
    """Each goal as texts: goal, period, target, value, expected (counts), status."""
    out = []
    for goal in goals:
        expected = ""
        if goal.expected is not None and goal.done is not None:
            expected = (f"{fmt_value(goal.metric, goal.done, lang)} / "
                        f"{fmt_value(goal.metric, round(goal.expected, 1), lang)}")
        out.append({
            "goal": label(goal.metric, lang), "period": period_text(goal, lang),
            "target": fmt_target(goal, lang),
            "value": "–" if goal.as_of is None else fmt_value(goal.metric, goal.value, lang),
            "expected": expected, "status": t(STATUS_TEXT_KEYS[goal.status], lang), "code": goal.status,
            "as_of": fmt_date(goal.as_of, lang),
        })
    return out


def sentence(line: dict[str, str], lang: str) -> str:
    """'Beiträge pro Monat (01.01.2023 – 30.06.2023): 54,3 von 60 pro Monat – hinter Plan'."""
    return t("goals_line", lang, goal=line["goal"], period=line["period"], value=line["value"],
             target=line["target"], status=line["status"])


def rule_text(goals: list[Goal], lang: str) -> str:
    """The rule, with the day the goals stand at."""
    return t("goals_rule", lang, as_of=fmt_date(max((g.as_of for g in goals if g.as_of), default=None), lang))
