"""Partial periods: which week, month or quarter the data covers only in part.

"Covered until" is the last day the data speaks for: the last day any import covers
(:func:`analytics.covered.covered_until`: a member export's window, a controlling sheet's last
month), or the newest post when that is later – an export made on 02.07. covers July only until
02.07., however many posts it has. A period is **partial at
the end** when it ends after the selection's last covered day (the selection's end or
"covered until", whichever is earlier). It is **partial at the start** only when the selection
was started inside the data (a start later than the first post) and inside the period: a
programme's first month, where the data simply begins, is its first month, not a cut one.

Partial periods are marked on every per-period chart (hatched, lighter, labelled "bis 02.07.")
and never compared as full ones in the briefing's sentences.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb
import pandas as pd

from analytics import covered
from analytics.filters import Filters
from analytics.i18n import MONTHS_SHORT, lang_or_default, t

# the newest post, and the window's end of a member export imported before coverage was recorded
POSTS_UNTIL = """
SELECT greatest(
    (SELECT CAST(max(published_at) AS DATE) FROM posts),
    (SELECT max(covers_until) FROM imports WHERE NOT undone AND kind <> 'demo')
) AS until,
(SELECT CAST(min(published_at) AS DATE) FROM posts) AS first
"""


@dataclass(frozen=True)
class Coverage:
    """The days of a selection the data covers: ``start`` (None: from the beginning),
    ``until`` (last covered day), ``start_cut`` (the selection starts inside the data)."""

    start: date | None
    until: date | None
    start_cut: bool = False

    def period_end(self, start: date, unit: str) -> date:
        """The last day of the week/month/quarter starting on ``start``."""
        begin = pd.Timestamp(start)
        if unit == "week":
            return (begin + pd.Timedelta(days=6)).date()
        if unit == "quarter":
            return (begin + pd.offsets.QuarterEnd(0)).date()
        return (begin + pd.offsets.MonthEnd(0)).date()

    def partial(self, start: date, unit: str = "month") -> tuple[date | None, date | None]:
        """(first covered day, last covered day) of a partial period; (None, None) for a full one."""
        start = pd.Timestamp(start).date()
        end = self.period_end(start, unit)
        cut_from = self.start if self.start_cut and self.start and start < self.start <= end else None
        cut_to = self.until if self.until and start <= self.until < end else None
        return cut_from, cut_to

    def is_partial(self, start: date, unit: str = "month") -> bool:
        """True for a period the data covers only in part."""
        return self.partial(start, unit) != (None, None)

    def label(self, start: date, unit: str, lang: str) -> str:
        """'bis 02.07.' / 'to 2 Jul', 'ab 15.03.', '15.03.–20.03.'; '' for a full period."""
        cut_from, cut_to = self.partial(start, unit)
        if cut_from and cut_to:
            return t("prog_partial_between", lang, start=day_month(cut_from, lang), end=day_month(cut_to, lang))
        if cut_to:
            return t("prog_partial_until", lang, date=day_month(cut_to, lang))
        if cut_from:
            return t("prog_partial_from", lang, date=day_month(cut_from, lang))
        return ""

    def flags(self, starts: pd.Series, unit: str = "month") -> list[bool]:
        """Per period start: partial or not."""
        return [self.is_partial(value, unit) for value in pd.to_datetime(starts)]


NONE = Coverage(None, None)


def day_month(value: date, lang: str) -> str:
    """'02.07.' (de) / '2 Jul' (en)."""
    if lang_or_default(lang) == "de":
        return value.strftime("%d.%m.")
    return f"{value.day} {MONTHS_SHORT['en'][value.month - 1]}"


def coverage(cur: duckdb.DuckDBPyConnection, filters: Filters) -> Coverage:
    """The coverage of the selection (see the module text for the rule)."""
    until, first = cur.execute(POSTS_UNTIL).fetchone()
    until = max((day for day in (until, covered.covered_until(cur)) if day is not None), default=None)
    if filters.end and (until is None or filters.end < until):
        until = filters.end
    start_cut = bool(filters.start and first and filters.start > first)
    return Coverage(filters.start, until, start_cut)


def full_periods(frame: pd.DataFrame, column: str, cover: Coverage, unit: str = "month") -> pd.DataFrame:
    """The rows of ``frame`` whose period (start in ``column``) is covered in full."""
    if frame.empty:
        return frame
    keep = [not flag for flag in cover.flags(frame[column], unit)]
    return frame[keep]
