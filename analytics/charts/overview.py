"""Charts of the overview page."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from analytics import theme
from analytics.charts import empty, finish, literal_labels
from analytics.charts.axes import PLOT_WIDTH, bar_labels, bar_text_style, time_axis
from analytics.charts.marks import gap_bands, mark_partial_bars, partial_flags, partial_label, period_half, phase_bands
from analytics.covered import on_timeline
from analytics.i18n import fmt_month, fmt_number, t
from analytics.periods import Coverage

# the monthly figures a covered month without posts has as zero
MONTHLY_COUNTS = ("posts", "engagements", "reactions", "comments", "reposts")


@literal_labels
def posts_and_engagement_by_month(
    monthly: pd.DataFrame,
    lang: str,
    phases: Sequence[tuple] = (),
    source: str | None = None,
    cover: Coverage | None = None,
    phase_labels: bool = True,
    timeline: pd.DataFrame | None = None,
    width: int = PLOT_WIDTH,
) -> go.Figure:
    """Posts per month above engagements per month (two panels, one time axis); the programme's
    phases shaded within the months shown, months the data covers only in part hatched and
    labelled ("Jul 2024 (bis 02.07.)"). With the period's ``timeline`` (:func:`analytics.covered.timeline`)
    a covered month without posts is a zero and a month no import covers a band "keine Daten".
    ``width``: the plot's width in px, for which ticks and bar numbers are chosen (those that fit)."""
    title = t("chart_monthly_title", lang)
    if monthly.empty and (timeline is None or not timeline["covered"].any()):
        return empty(title, lang)
    if timeline is not None:
        monthly = on_timeline(monthly, "month", timeline, MONTHLY_COUNTS)
    months = pd.to_datetime(monthly["month"])
    short = [fmt_month(m, lang, short=True) for m in months]
    hover_labels = [partial_label(label, m, cover, "month", lang, " ") for label, m in zip(short, months, strict=True)]
    flags = partial_flags(months, cover)
    posts_name, engagement_name = t("chart_posts", lang), t("chart_engagements", lang)
    # The panels are named by a legend above the plot, not by subplot titles: a title sits at
    # the top of its panel, where the tallest bar's number stands too.
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.08)
    for row, column, name, colour in ((1, "posts", posts_name, theme.primary_colour()),
                                       (2, "engagements", engagement_name, theme.CATEGORICAL[1])):
        numbers = bar_labels(["" if pd.isna(value) else fmt_number(value, lang) for value in monthly[column]], width)
        fig.add_bar(
            x=months, y=monthly[column], name=name, marker_color=colour, customdata=hover_labels,
            text=numbers, **(bar_text_style() if numbers else {}),
            hovertemplate=f"%{{customdata}}<br>{name}: %{{y:,d}}<extra></extra>", row=row, col=1,
        )
    for trace in fig.data:
        mark_partial_bars(trace, flags)
    fig.update_xaxes(**time_axis(months, "month", lang, width, cover), showgrid=False)
    fig.update_yaxes(rangemode="tozero", tickformat=",d")
    fig.update_yaxes(range=[0, top(monthly["posts"]) * 1.2], row=1, col=1)
    fig.update_yaxes(range=[0, top(monthly["engagements"]) * 1.25], row=2, col=1)
    fig.update_layout(showlegend=True, bargap=0.3)
    # Cut to the months shown, so the shading never stretches the time axis; outside: not drawn.
    phase_bands(fig, phases, months.min(), months.max(), lang, rows=(1, 2), labels=phase_labels)
    if "covered" in monthly:
        gap_bands(fig, list(months), list(monthly["covered"]), lang, period_half("month"), rows=(1, 2))
    return finish(fig, title, lang, source, height=520)


def top(values: pd.Series) -> float:
    """The highest value of a series (1 when it has none above 0: an axis needs a range)."""
    highest = values.max()
    return float(highest) if pd.notna(highest) and highest > 0 else 1.0
