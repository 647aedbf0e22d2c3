"""Charts of the overview page."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from analytics import theme
from analytics.charts import empty, finish, literal_labels
from analytics.charts.marks import mark_partial_bars, partial_flags, partial_label, phase_bands
from analytics.i18n import fmt_month, t
from analytics.periods import Coverage


@literal_labels
def posts_and_engagement_by_month(
    monthly: pd.DataFrame,
    lang: str,
    phases: Sequence[tuple] = (),
    source: str | None = None,
    cover: Coverage | None = None,
    phase_labels: bool = True,
) -> go.Figure:
    """Posts per month above engagements per month (two panels, one time axis); the programme's
    phases shaded within the months shown, months the data covers only in part hatched and
    labelled ("Jul 2024 (bis 02.07.)")."""
    title = t("chart_monthly_title", lang)
    if monthly.empty:
        return empty(title, lang)
    months = pd.to_datetime(monthly["month"])
    short = [fmt_month(m, lang, short=True) for m in months]
    labels = [partial_label(label, m, cover, "month", lang) for label, m in zip(short, months, strict=True)]
    hover_labels = [partial_label(label, m, cover, "month", lang, " ") for label, m in zip(short, months, strict=True)]
    flags = partial_flags(months, cover)
    posts_name, engagement_name = t("chart_posts", lang), t("chart_engagements", lang)
    # The panels are named by a legend above the plot, not by subplot titles: a title sits at
    # the top of its panel, where the tallest bar's number stands too.
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.08)
    fig.add_bar(
        x=months, y=monthly["posts"], name=posts_name, marker_color=theme.primary_colour(),
        customdata=hover_labels, text=monthly["posts"], textposition="outside", cliponaxis=False,
        texttemplate="%{y:,d}",
        hovertemplate=f"%{{customdata}}<br>{posts_name}: %{{y:,d}}<extra></extra>", row=1, col=1,
    )
    fig.add_bar(
        x=months, y=monthly["engagements"], name=engagement_name, marker_color=theme.CATEGORICAL[1],
        customdata=hover_labels, text=monthly["engagements"], textposition="outside", cliponaxis=False,
        texttemplate="%{y:,d}",
        hovertemplate=f"%{{customdata}}<br>{engagement_name}: %{{y:,d}}<extra></extra>", row=2, col=1,
    )
    for trace in fig.data:
        mark_partial_bars(trace, flags)
    fig.update_xaxes(tickvals=months, ticktext=labels, showgrid=False)
    fig.update_yaxes(rangemode="tozero", tickformat=",d")
    fig.update_yaxes(range=[0, float(monthly["posts"].max()) * 1.2], row=1, col=1)
    fig.update_yaxes(range=[0, float(monthly["engagements"].fillna(0).max()) * 1.25 or 1], row=2, col=1)
    fig.update_layout(showlegend=True, bargap=0.3)
    # Cut to the months shown, so the shading never stretches the time axis; outside: not drawn.
    phase_bands(fig, phases, months.min(), months.max(), lang, rows=(1, 2), labels=phase_labels)
    return finish(fig, title, lang, source, height=520)
