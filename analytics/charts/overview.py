"""Charts of the overview page."""

from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go

from analytics import theme
from analytics.charts import empty, finish
from analytics.i18n import fmt_month, t


def posts_and_engagement_by_month(
    monthly: pd.DataFrame,
    lang: str,
    pilot: tuple[date, date] | None = None,
    source: str | None = None,
) -> go.Figure:
    """Bars of posts per month, a line of engagements on a second axis, the pilot shaded."""
    title = t("chart_monthly_title", lang)
    if monthly.empty:
        return empty(title, lang)
    months = pd.to_datetime(monthly["month"])
    labels = [fmt_month(m, lang, short=True) for m in months]
    posts_name, engagement_name = t("chart_posts", lang), t("chart_engagements", lang)
    fig = go.Figure()
    fig.add_bar(
        x=months,
        y=monthly["posts"],
        name=posts_name,
        marker_color=theme.primary_colour(),
        customdata=labels,
        hovertemplate=f"%{{customdata}}<br>{posts_name}: %{{y:,d}}<extra></extra>",
    )
    fig.add_scatter(
        x=months,
        y=monthly["engagements"],
        name=engagement_name,
        yaxis="y2",
        mode="lines+markers",
        line={"color": theme.CATEGORICAL[1], "width": 3},
        customdata=labels,
        hovertemplate=f"%{{customdata}}<br>{engagement_name}: %{{y:,d}}<extra></extra>",
    )
    fig.update_layout(
        xaxis={"tickvals": months, "ticktext": labels, "title": None},
        yaxis={"title": posts_name, "rangemode": "tozero", "tickformat": ",d"},
        yaxis2={
            "title": engagement_name,
            "overlaying": "y",
            "side": "right",
            "rangemode": "tozero",
            "showgrid": False,
            "tickformat": ",d",
        },
        bargap=0.3,
    )
    if pilot:
        fig.add_vrect(
            x0=pd.Timestamp(pilot[0]) - pd.Timedelta(days=15),
            x1=pd.Timestamp(pilot[1]) + pd.Timedelta(days=15),
            fillcolor=theme.SECONDARY_BACKGROUND,
            opacity=0.6,
            layer="below",
            line_width=0,
            annotation_text=t("chart_pilot", lang),
            annotation_position="top left",
        )
    return finish(fig, title, lang, source)
