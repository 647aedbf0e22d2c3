"""Charts of the impact page: outcomes per month by type, followers over time."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analytics import covered, theme
from analytics.charts import empty, finish, literal_labels
from analytics.charts.axes import BAR_FONT, PLOT_WIDTH, bar_labels, category_ticks
from analytics.charts.marks import gap_bands, gap_runs
from analytics.i18n import fmt_month, fmt_number, t
from analytics.queries.impact import OUTCOME_TYPES

OUTCOME_TEXT_KEYS = {
    "internship_inquiry": "outcome_internship_inquiry", "job_application": "outcome_job_application",
    "speaker_request": "outcome_speaker_request", "podcast_request": "outcome_podcast_request",
    "press": "outcome_press", "other": "outcome_other",
}


def outcome_label(kind: str, lang: str) -> str:
    """'Praktikumsanfrage' for 'internship_inquiry'; unknown types as they come."""
    key = OUTCOME_TEXT_KEYS.get(kind)
    return t(key, lang) if key else kind


@literal_labels
def outcomes_chart(monthly: pd.DataFrame, lang: str, source: str | None = None,
                   timeline: pd.DataFrame | None = None, width: int = PLOT_WIDTH) -> go.Figure:
    """Stacked bars: outcomes per month, one colour per type (columns month, type, outcomes). With the
    period's ``timeline`` (:func:`analytics.covered.timeline`), each run of months no import covers between
    the months shown is one category "04/2024–12/2025: keine Daten" without bars (named on the axis
    by its months, the band says "keine Daten"); the axis names as many months as fit ``width`` px."""
    title = t("impact_chart_outcomes", lang)
    if monthly.empty:
        return empty(title, lang)
    months = sorted(pd.to_datetime(monthly["month"]).unique())
    gaps = _gaps_between(months, timeline)
    labels = [fmt_month(month, lang, short=True) for month in months]
    ticks = list(labels)
    for position, span in reversed(gaps):
        months.insert(position, pd.Timestamp(span[0]))
        labels.insert(position, t("cov_category_gap", lang, months=covered.month_range(span, lang)))
        ticks.insert(position, covered.month_range(span, lang).replace("–", "–<br>"))
    present = list(monthly["type"].unique())
    kinds = [kind for kind in OUTCOME_TYPES if kind in present] + sorted(k for k in present if k not in OUTCOME_TYPES)
    table = (
        monthly.assign(month=pd.to_datetime(monthly["month"]))
        .pivot_table(index="month", columns="type", values="outcomes", aggfunc="sum", fill_value=0)
        .reindex(index=[m for m in months if m in set(pd.to_datetime(monthly["month"]))], columns=kinds,
                 fill_value=0)
    )
    gap_at = {position for position, _span in gaps}
    values = {kind: [] for kind in kinds}
    shown = iter(table.itertuples(index=False))
    for position in range(len(labels)):
        row = None if position in gap_at else next(shown)
        for index, kind in enumerate(kinds):
            values[kind].append(None if row is None else int(row[index]))
    axis_title = t("impact_axis_outcomes", lang)
    fig = go.Figure()
    for position, kind in enumerate(kinds):
        name = outcome_label(kind, lang)
        fig.add_bar(
            x=labels,
            y=values[kind],
            name=name,
            marker_color=theme.CATEGORICAL[position % len(theme.CATEGORICAL)],
            hovertemplate=f"%{{x}}<br>{name}: %{{y:,d}}<extra></extra>",
        )
    fig.update_layout(
        barmode="stack",
        legend={"traceorder": "normal"},
        xaxis=category_ticks(labels, width, ticks),
        yaxis={"title": axis_title, "rangemode": "tozero", "tickformat": ",d", "dtick": 1
               if table.sum(axis=1).max() <= 8 else None},
        bargap=0.35,
    )
    gap_bands(fig, list(range(len(labels))), [position not in gap_at for position in range(len(labels))], lang, 0.5)
    return finish(fig, title, lang, source)


def _gaps_between(months: list[pd.Timestamp], timeline: pd.DataFrame | None) -> list[tuple[int, tuple]]:
    """(position among ``months``, (first day, last day)) of each run of uncovered months that lies between
    two of the months shown (outcomes are drawn where they are; a gap says no file covers the time)."""
    if timeline is None or timeline.empty or len(months) < 2:
        return []
    runs = gap_runs(list(pd.to_datetime(timeline["period"])), list(timeline["covered"]))
    out = []
    for first, last in runs:
        if months[0] < first and last < months[-1]:
            position = sum(1 for month in months if month < first)
            out.append((position, (first.date(), covered.month_end(last.date()))))
    return out


@literal_labels
def followers_chart(monthly: pd.DataFrame, lang: str, source: str | None = None) -> go.Figure:
    """Line of the total followers per month, numbered where the numbers fit; the hover says the total
    and how many people it covers."""
    title = t("impact_chart_followers", lang)
    if monthly.empty:
        return empty(title, lang, t("impact_followers_none", lang))
    months = pd.to_datetime(monthly["month"])
    labels = [fmt_month(month, lang, short=True) for month in months]
    axis_title = t("impact_axis_followers", lang)
    hover = [t("impact_hover_people", lang, n=fmt_number(n, lang)) for n in monthly["people"]]
    fig = go.Figure()
    numbers = bar_labels([fmt_number(value, lang) for value in monthly["followers"]])
    fig.add_scatter(
        x=labels,
        y=monthly["followers"].astype(int),
        mode="lines+markers+text" if numbers else "lines+markers",
        text=numbers,
        textposition="top center",
        textfont={"size": BAR_FONT},
        line={"color": theme.primary_colour(), "width": 3},
        customdata=hover,
        hovertemplate=f"%{{x}}<br>{axis_title}: %{{y:,d}}<br>%{{customdata}}<extra></extra>",
        name=axis_title,
    )
    fig.update_layout(
        xaxis=category_ticks(labels),
        yaxis={"title": axis_title, "rangemode": "tozero", "tickformat": ",d"},
        showlegend=False,
    )
    return finish(fig, title, lang, source)
