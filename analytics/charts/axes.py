"""Time axes and text marks that a person can read at the width a chart is shown.

- Ticks are chosen for the span: weeks, months, quarters, half-years or years, the finest whose
  labels fit side by side in the plot's width (never more labels than fit).
- A label carries its year ("Mär 2024", "Q1 2024", "2024"); week labels ("06.01.") carry it once
  the span crosses a year ("06.01.2024"), so 2024 and 2026 never read alike.
- Bar labels are drawn only where they fit at a readable size (``MIN_FONT``), otherwise none: the
  hover keeps the value.
- Heatmap cells carry their number only while a cell holds it, and never more than
  ``MAX_CELL_LABELS`` numbers (each is one SVG text the browser has to measure).
- Colour bars of counts have whole-number ticks.

Widths are estimates for the places charts are shown: ``PLOT_WIDTH`` is the plot area of a chart
in the page's column (the same at 1280 px with the sidebar open as at 1920 px), ``PANEL_WIDTH`` a
half-width panel of the briefing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date

import pandas as pd

from analytics.charts.marks import nice_step
from analytics.i18n import MONTHS_SHORT, lang_or_default
from analytics.periods import NONE, Coverage

PLOT_WIDTH = 600  # px of plot area of a chart in the page's column (its y axis and margins taken off)
PANEL_WIDTH = 380  # px of plot area of a half-width briefing panel
HALF_WIDTH = 300  # px of plot area of a chart in half the page's column on a 1280-pixel laptop
TICK_FONT = 14  # the template's font size, which tick labels use
MIN_FONT = 11  # no text on a chart smaller than this
BAR_FONT = 12  # the numbers on bars
CHAR_WIDTH = 0.6  # average width of a character in the chart font, in font sizes
LABEL_GAP = 12  # px between two tick labels
WEEK_TICKS_UP_TO_DAYS = 63  # spans up to nine weeks are named by their weeks; longer ones by months
MAX_CELL_LABELS = 300  # numbers in a heatmap: each is one SVG text the browser creates and measures

YEAR_AT_END = re.compile(r" (\d{4})$")  # 'Mär 2024': a month label whose year can go under it
# tick schedules from fine to coarse: (kind, every how many weeks or months)
SCHEDULES = (("week", 1), ("week", 2), ("month", 1), ("month", 2), ("quarter", 3),
             ("half", 6), ("year", 12), ("year", 24), ("year", 60))


def text_width(text: str, size: float = TICK_FONT) -> float:
    """Estimated width in px of a label (its widest line) at font ``size``."""
    lines = str(text).replace("<br>", "\n").split("\n")
    return max(len(line) for line in lines) * size * CHAR_WIDTH


def crosses_year(first: date, last: date) -> bool:
    """Whether a span from ``first`` to ``last`` reaches into a second calendar year."""
    return first.year != last.year


def label_parts(day: date, kind: str, lang: str) -> tuple[str, str]:
    """A tick's name and year: ('06.01.', '2024') / ('Jan 6', '2024') for a week, ('Mär', '2024') for
    a month, ('Q1', '2024') for a quarter, ('2024', '') for a year."""
    lang = lang_or_default(lang)
    if kind == "year":
        return str(day.year), ""
    if kind == "week":
        name = f"{day:%d.%m.}" if lang == "de" else f"{MONTHS_SHORT['en'][day.month - 1]} {day.day}"
    elif kind == "quarter":
        name = f"Q{(day.month - 1) // 3 + 1}"
    else:
        name = MONTHS_SHORT[lang][day.month - 1]
    return name, str(day.year)


def tick_label(day: date, kind: str, lang: str, with_year: bool = True) -> str:
    """One label on a line: '06.01.' / 'Jan 6' (a week; with the year '06.01.2024' / 'Jan 6, 2024'),
    'Mär 2024' (a month), 'Q1 2024' (a quarter), '2024' (a year)."""
    name, year = label_parts(day, kind, lang)
    if not year or not with_year:
        return name
    if kind == "week":
        return f"{name}{year}" if lang_or_default(lang) == "de" else f"{name}, {year}"
    return f"{name} {year}"


def period_name(day: date, unit: str, lang: str) -> str:
    """A period's name for a hover or a category, with its year: a week by its Monday, a month
    'Mär 2024', a quarter 'Q1 2024'."""
    return tick_label(day, unit, lang)


def _styled(ticks: Sequence[pd.Timestamp], kind: str, lang: str, style: str, crossing: bool) -> list[str]:
    """Labels in one style: 'line' ('Mär 2024'; weeks within a year '06.01.'), 'stacked'
    ('Mär<br>2024', the year under every name once the span crosses a year, else under the first)."""
    if style == "line":
        return [tick_label(tick.date(), kind, lang, crossing or kind != "week") for tick in ticks]
    labels = []
    for index, tick in enumerate(ticks):
        name, year = label_parts(tick.date(), kind, lang)
        labels.append(f"{name}<br>{year}" if year and (crossing or index == 0) else name)
    return labels


def _ticks(first: pd.Timestamp, last: pd.Timestamp, kind: str, every: int,
           starts: Sequence[pd.Timestamp] | None) -> list[pd.Timestamp]:
    """The tick dates of one schedule: every ``every``-th week start, or the month starts in
    the span whose month is a multiple of ``every`` from January (quarters: Jan, Apr, Jul, Oct)."""
    if kind == "week":  # the periods' own weeks, or the Mondays of a span of days
        weeks = list(starts) if starts is not None else list(pd.date_range(first, last, freq="W-MON"))
        return weeks[::every]
    months = pd.date_range(first.replace(day=1), last, freq="MS")
    # a month starting within the first week's bar still stands under it
    return [month for month in months if (month.month - 1) % every == 0 and month >= first - pd.Timedelta(days=4)]


LABEL_KINDS = {"week": "week", "month": "month", "quarter": "quarter", "half": "month", "year": "year"}


def time_axis(starts: Sequence, unit: str, lang: str, width: int = PLOT_WIDTH,
              cover: Coverage | None = None) -> dict:
    """A date x axis for periods beginning at ``starts`` (``unit`` 'day', 'week', 'month' or
    'quarter'): the finest tick schedule whose labels fit ``width`` px side by side (weeks only up to
    nine weeks), on one line ('Mär 2024') or, where that is too wide, with the year under the name;
    every label with its year once the span crosses a year. A month the data covers only in part
    keeps its note ('Jul 2024<br>(bis 02.07.)') when it is a tick."""
    when = sorted(pd.Timestamp(value).normalize() for value in starts)
    if not when:
        return {"title": None}
    first, last = when[0], when[-1]
    crossing = crosses_year(first.date(), last.date())
    cover = cover or NONE
    weekly = unit in ("day", "week") and (last - first).days <= WEEK_TICKS_UP_TO_DAYS
    start_at = 0 if weekly else {"quarter": 4}.get(unit, 2)
    ticks: list[pd.Timestamp] = []
    labels: list[str] = []
    for kind, every in SCHEDULES[start_at:]:
        ticks = _ticks(first, last, kind, every, when if unit == "week" else None)
        label_kind = LABEL_KINDS[kind]
        for style in ("line", "stacked"):
            labels = _styled(ticks, label_kind, lang, style, crossing)
            if unit == "month" and label_kind == "month":
                labels = [_with_partial(label, tick, cover, lang) for label, tick in zip(labels, ticks, strict=True)]
            if fits(labels, width):
                return _axis(ticks, labels, unit, first, last, width)
    return _axis(ticks, labels, unit, first, last, width)


def _axis(ticks: list[pd.Timestamp], labels: list[str], unit: str, first: pd.Timestamp, last: pd.Timestamp,
          width: int) -> dict:
    """The axis' settings. A line of days reaches the plot's edges, where a tick's label would stand
    half outside, over the value axis' numbers: the range gets room for half the widest label on each
    side (bars bring their own room)."""
    axis = {"tickmode": "array", "tickvals": ticks, "ticktext": labels, "tickangle": 0, "title": None}
    if unit in ("day", "week") and labels and last > first:
        half = max(text_width(line) for label in labels for line in label.split("<br>")) / 2 + LABEL_GAP
        pad = (last - first) * (half / max(width - 2 * half, 1))
        low, high = first, last
        if unit == "week":  # a week's bar takes half a week either side; a month's tick before the first
            # bar (1 Jan before the week of 2 Jan) stood at the edge, its label over the value axis' 0
            pad = max(pad, pd.Timedelta(days=3.5))
            low, high = min(first, ticks[0]), max(last, ticks[-1])
        axis["range"] = [low - pad, high + pad]
    return axis


def category_ticks(categories: Sequence[str], width: int = PLOT_WIDTH, texts: Sequence[str] | None = None) -> dict:
    """A category x axis naming every 1st, 2nd, 3rd, 6th or 12th category (as ``texts`` where given),
    on one line or with a month's year under its name ('Mär<br>2024'), the first that fits ``width``
    px; every category keeps its bar and hover."""
    texts = list(texts) if texts is not None else list(categories)
    stacked = [YEAR_AT_END.sub(r"<br>\1", text) for text in texts]
    every, shown = 12, stacked[::12]
    for step in (1, 2, 3, 6):
        fitting = next((labels for labels in (texts[::step], stacked[::step]) if fits(labels, width)), None)
        if fitting is not None:
            every, shown = step, fitting
            break
    return {"type": "category", "tickmode": "array", "tickvals": list(categories)[::every], "ticktext": shown,
            "tickangle": 0, "title": None}


def label_every(texts: Sequence[str], width: float, size: float = TICK_FONT) -> int:
    """Every how many categories a label is shown (1, 2, 3, 6 or 12) so that ``texts`` at ``size``
    fit ``width`` px side by side."""
    return next((step for step in (1, 2, 3, 6) if fits(list(texts)[::step], width, size)), 12)


def _with_partial(label: str, tick: pd.Timestamp, cover: Coverage, lang: str) -> str:
    note = cover.label(tick.date(), "month", lang)
    return f"{label}<br>({note})" if note else label


def fits(labels: Sequence[str], width: float, size: float = TICK_FONT) -> bool:
    """Whether ``labels`` spaced evenly over ``width`` px stand side by side without touching: each
    two neighbours' half widths and a gap within one slot."""
    if len(labels) < 2:
        return True
    slot = width / len(labels)
    widths = [text_width(label, size) for label in labels]
    return all((left + right) / 2 + LABEL_GAP <= slot for left, right in zip(widths, widths[1:], strict=False))


def wrapped(labels: Sequence[str], width: float, size: float = TICK_FONT) -> list[str]:
    """Category labels as they fit ``width`` px side by side: as they are when they do, else each broken at
    its spaces into lines of its slot's width ('mit<br>#wirfuermuenchen'); Plotly would tilt them and drop
    every other one."""
    labels = list(labels)
    if fits(labels, width, size):
        return labels
    room = width / max(len(labels), 1) - LABEL_GAP
    return [_broken(label, room, size) for label in labels]


def _broken(label: str, room: float, size: float) -> str:
    """``label`` in lines of at most ``room`` px where its words allow: two lines as even as they can be
    ('mit Frage<br>am Ende', not 'mit Frage am<br>Ende'), more only when two are still too wide."""
    words = label.split(" ")
    if text_width(label, size) <= room or len(words) == 1:
        return label
    pairs = [(" ".join(words[:cut]), " ".join(words[cut:])) for cut in range(1, len(words))]
    first, second = min(pairs, key=lambda pair: max(text_width(part, size) for part in pair))
    if max(text_width(first, size), text_width(second, size)) <= room:
        return f"{first}<br>{second}"
    lines: list[str] = []
    for word in words:
        if lines and text_width(f"{lines[-1]} {word}", size) <= room:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return "<br>".join(lines)


def bar_labels(texts: Sequence[str], width: float = PLOT_WIDTH, bars: int | None = None,
               size: float = BAR_FONT) -> list[str] | None:
    """The labels of ``bars`` bars side by side over ``width`` px (one bar per text by default) when
    each fits its bar's slot at ``size`` px; None when they would not be readable (the hover keeps
    the value). Drawn with :func:`bar_text_style`, they are never shrunk."""
    count = bars or len(texts)
    if not count:
        return None
    slot = width / count
    if any(text_width(text, size) + 4 > slot for text in texts):
        return None
    return list(texts)


def bar_text_style() -> dict:
    """Bar-text settings: ``BAR_FONT`` px, outside the bar, never shrunk to the bar's width
    (:func:`bar_labels` has checked they fit their slot)."""
    return {"textfont": {"size": BAR_FONT}, "textposition": "outside", "constraintext": "none", "cliponaxis": False}


def cell_labels(columns: int, rows: int, widest: str, width: float = PLOT_WIDTH, size: int = MIN_FONT) -> bool:
    """Whether a heatmap of ``rows`` × ``columns`` cells over ``width`` px prints its numbers: each
    cell holds the ``widest`` text at ``size``, and there are at most ``MAX_CELL_LABELS`` of them."""
    if not columns or columns * rows > MAX_CELL_LABELS:
        return False
    return text_width(widest, size) + 4 <= width / columns


def count_colorbar(top: float, ticks: int = 5, bottom: float = 0) -> dict:
    """Colour-bar ticks for counts from ``bottom`` up to ``top``: whole numbers at a nice step (0, 1, 2 … or
    200, 220, 240 … for a scale from the lowest cell's 197: ticks below it are not drawn, and one was left)."""
    step = max(1, int(nice_step(max(float(top) - float(bottom), 1.0), ticks)))
    first = math.ceil(float(bottom) / step) * step
    values = list(range(first, int(top) + 1, step))
    return {"tickmode": "array", "tickvals": values, "tickformat": ",d"}
