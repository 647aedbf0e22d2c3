"""Shared marks of the time and rate charts: partial periods, phases, percent axes.

- A partial period's bar is hatched and lighter, and its axis label says how far the data goes
  ("Jul 2024 (bis 02.07.)").
- Phases (pilot, second wave …) are shaded bands with their name, drawn only within the months
  shown: a phase entirely outside the data is not drawn, one partly outside is cut at the edge.
- Periods no import covers are a dotted band labelled "keine Daten" with no bar: a gap, not zero.
- Percent axes carry "81 %" in German and "81%" in English (the format of every label) at nice
  steps (0,5 % / 1 % / 1,5 % …), with explicit tick texts since Plotly's d3 format knows no space
  before the sign.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from analytics import theme
from analytics.i18n import fmt_date, fmt_percent, t
from analytics.literal import plotly_literal
from analytics.periods import NONE, Coverage

PARTIAL_PATTERN = "/"
PARTIAL_OPACITY = 0.55
NICE_STEPS = (1, 2, 5, 10)


def partial_flags(starts: Sequence, cover: Coverage | None, unit: str = "month") -> list[bool]:
    """Per period start: whether the data covers it only in part."""
    cover = cover or NONE
    return [cover.is_partial(pd.Timestamp(value).date(), unit) for value in starts]


def mark_partial_bars(trace: go.Bar, flags: Sequence[bool]) -> None:
    """Hatch and lighten the bars of partial periods (the rest stay as they are)."""
    if not any(flags):
        return
    trace.marker.pattern = {"shape": [PARTIAL_PATTERN if flag else "" for flag in flags],
                            "fillmode": "overlay", "size": 6, "solidity": 0.3}
    trace.marker.opacity = [PARTIAL_OPACITY if flag else 1.0 for flag in flags]


def partial_label(label: str, start: date, cover: Coverage | None, unit: str, lang: str,
                  separator: str = "<br>") -> str:
    """'Jul 2024' -> 'Jul 2024<br>(bis 02.07.)' for a partial period."""
    note = (cover or NONE).label(pd.Timestamp(start).date(), unit, lang)
    return f"{label}{separator}({note})" if note else label


def partial_note(starts: Sequence, cover: Coverage | None, unit: str, lang: str) -> str:
    """One sentence for a chart note naming the partial periods, '' when there is none."""
    cover = cover or NONE
    notes = [cover.label(pd.Timestamp(value).date(), unit, lang) for value in starts]
    if not any(notes):
        return ""
    return t("prog_partial_note", lang, until=_until_text(cover, lang))


def _until_text(cover: Coverage, lang: str) -> str:
    return fmt_date(cover.until, lang) if cover.until else "–"


# ---------------------------------------------------------------- gaps
def gap_runs(positions: Sequence, covered: Sequence[bool]) -> list[tuple]:
    """(first, last) position of each run of consecutive periods that no import covers."""
    runs: list[list] = []
    previous = True
    for position, flag in zip(positions, covered, strict=True):
        if not flag:
            if previous:
                runs.append([position, position])
            else:
                runs[-1][1] = position
        previous = bool(flag)
    return [tuple(run) for run in runs]


def gap_bands(fig: go.Figure, positions: Sequence, covered: Sequence[bool], lang: str, half: object,
              rows: Sequence[int | None] = (None,)) -> int:
    """Mark each run of periods no import covers as a dotted band labelled "keine Daten" (``half``:
    half a period's slot on the x axis, a Timedelta on a date axis, 0.5 on a category axis); how many."""
    runs = gap_runs(positions, covered)
    for first, last in runs:
        for position, row in enumerate(rows):
            extra = {"row": row, "col": 1} if row is not None else {}
            text = {"annotation_text": t("cov_no_data", lang), "annotation_position": "top",
                    "annotation_font": {"color": theme.MUTED, "size": 12}} if position == 0 else {}
            fig.add_vrect(x0=first - half, x1=last + half, fillcolor=theme.BACKGROUND, opacity=1, layer="below",
                          line={"color": theme.MUTED, "width": 1, "dash": "dot"}, **extra, **text)
    return len(runs)


def period_half(unit: str) -> pd.Timedelta:
    """Half a week's or a month's slot on a date axis."""
    return pd.Timedelta(days=3.5 if unit == "week" else 15)


# ---------------------------------------------------------------- phases
def phase_bands(fig: go.Figure, phases: Sequence[tuple], first: pd.Timestamp, last: pd.Timestamp,
                lang: str, rows: Sequence[int | None] = (None,), unit_days: int = 15, labels: bool = True) -> int:
    """Shade each phase within [first, last] (period starts shown); returns how many were drawn.
    Without ``labels`` the bands carry no name (small charts, where a note names them).

    ``unit_days`` is half a month bar's slot: a phase covers the bars of its months, a month it
    shares with another phase in proportion to the days (a phase ending on 15.06. ends mid-June).
    """
    drawn = 0
    half = pd.Timedelta(days=unit_days)
    for index, phase in enumerate(phases):
        name, start, end = phase[0], pd.Timestamp(phase[1]), pd.Timestamp(phase[2])
        is_demo = len(phase) > 3 and phase[3]
        if end < first or start > last + 2 * half:
            continue  # entirely outside the data shown: not drawn
        x0 = max(_on_month_bars(start, half, False), first - half)
        x1 = min(_on_month_bars(end, half, True), last + half)
        if x1 <= x0:
            continue
        label = t("chart_pilot", lang) if is_demo else plotly_literal(name)
        colour = theme.SECONDARY_BACKGROUND if index % 2 == 0 else "#E6ECF2"
        for position, row in enumerate(rows):
            extra = {"row": row, "col": 1} if row is not None else {}
            text = {"annotation_text": label, "annotation_position": "top left",
                    "annotation_font_color": theme.MUTED} if position == 0 and labels else {}
            fig.add_vrect(x0=x0, x1=x1, fillcolor=colour, opacity=1, layer="below", line_width=0,
                          **extra, **text)
        drawn += 1
    return drawn


def _on_month_bars(day: pd.Timestamp, half: pd.Timedelta, inclusive_end: bool) -> pd.Timestamp:
    """Where a day lies on an axis of month bars drawn at each month's first day (±``half``): its
    month's bar, proportionally (a phase ending on 15.06. ends in the middle of June's bar)."""
    month = day.to_period("M")
    share = (day.day - (0 if inclusive_end else 1)) / month.days_in_month
    return month.start_time - half + share * 2 * half


def drawn_phases(phases: Sequence[tuple], first: date, last: date) -> list[tuple]:
    """The phases a chart of the months ``first``..``last`` draws (those touching them)."""
    month_end = (pd.Timestamp(last) + pd.offsets.MonthEnd(0)).date()
    return [phase for phase in phases if not (phase[2] < first or phase[1] > month_end)]


def phases_note(phases: Sequence[tuple], lang: str) -> str:
    """'Grau hinterlegt: Pilot 01.05.2024 – 15.06.2024; Zweite Welle …', '' without phases."""
    if not phases:
        return ""
    items = [f"{t('chart_pilot', lang) if len(p) > 3 and p[3] else p[0]} {fmt_date(p[1], lang)} – "
             f"{fmt_date(p[2], lang)}" for p in phases]
    return t("prog_phases_note", lang, phases="; ".join(items))


# ---------------------------------------------------------------- percent axes
def nice_step(top: float, ticks: int = 5) -> float:
    """A step of 1, 2 or 5 × 10^k giving about ``ticks`` intervals up to ``top``."""
    if not top or top <= 0 or math.isnan(top):
        return 0.2
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for step in NICE_STEPS:
        if raw <= step * power + 1e-12:
            return step * power
    return 10 * power


def percent_axis(values: Sequence[float | None], lang: str, top: float | None = None, ticks: int = 5) -> dict:
    """A y axis for shares (0.81 = 81 %): range from 0, nice ticks, labels as fmt_percent gives them."""
    known = [float(v) for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
    highest = top if top is not None else (max(known) if known else 1.0)
    highest = highest or 1.0
    step = nice_step(highest, ticks)
    count = math.ceil(highest / step - 1e-9)
    tickvals = [round(i * step, 10) for i in range(count + 1)]
    return {
        "tickvals": tickvals,
        "ticktext": [fmt_percent(v, lang, _decimals(v)) for v in tickvals],
        "range": [0, max(highest * 1.12, tickvals[-1] * 1.02)],
        "tickmode": "array",
    }


def percent_ticks(low: float, high: float, lang: str, ticks: int = 5) -> dict:
    """Ticks of a colour bar of shares from ``low`` to ``high`` (its colours span the lowest to the highest
    cell): nice steps inside that span, labelled as fmt_percent writes them ('1,5 %', not Plotly's '1.5%')."""
    step = nice_step(max(high - low, 1e-6), ticks)
    first = math.ceil(low / step - 1e-9)
    tickvals = [round(i * step, 10) for i in range(first, math.floor(high / step + 1e-9) + 1)] or [round(low, 10)]
    return {"tickmode": "array", "tickvals": tickvals,
            "ticktext": [fmt_percent(v, lang, _decimals(v)) for v in tickvals]}


def _decimals(value: float) -> int:
    """Decimals a percent label needs (a share): 0.005 -> 1 ('0,5 %'), 0.01 -> 0 ('1 %')."""
    percent = value * 100
    for decimals in range(0, 4):
        if abs(round(percent, decimals) - percent) < 1e-9:
            return decimals
    return 3
