"""Charts of the overview page."""

from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from analytics import theme
from analytics.charts import empty, finish
from analytics.i18n import fmt_month, t


def posts_and_engagement_by_month(
    monthly: pd.DataFrame,
    lang: str,
    pilot: tuple[date, date] | None = None,
    source: str | None = None,
) -> go.Figure:
    """Posts per month above engagements per month (two panels, one time axis), pilot shaded."""
    title = t("chart_monthly_title", lang)
    if monthly.empty:
        return empty(title, lang)
    months = pd.to_datetime(monthly["month"])
    labels = [fmt_month(m, lang, short=True) for m in months]
    posts_name, engagement_name = t("chart_posts", lang), t("chart_engagements", lang)
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.12,
                        subplot_titles=(posts_name, engagement_name))
    fig.add_bar(
        x=months, y=monthly["posts"], name=posts_name, marker_color=theme.primary_colour(),
        customdata=labels, text=monthly["posts"], textposition="outside", cliponaxis=False,
        texttemplate="%{y:,d}",
        hovertemplate=f"%{{customdata}}<br>{posts_name}: %{{y:,d}}<extra></extra>", row=1, col=1,
    )
    fig.add_bar(
        x=months, y=monthly["engagements"], name=engagement_name, marker_color=theme.CATEGORICAL[1],
        customdata=labels, text=monthly["engagements"], textposition="outside", cliponaxis=False,
        texttemplate="%{y:,d}",
        hovertemplate=f"%{{customdata}}<br>{engagement_name}: %{{y:,d}}<extra></extra>", row=2, col=1,
    )
    fig.update_xaxes(tickvals=months, ticktext=labels, showgrid=False)
    fig.update_yaxes(rangemode="tozero", tickformat=",d")
    fig.update_yaxes(range=[0, float(monthly["posts"].max()) * 1.2], row=1, col=1)
    fig.update_yaxes(range=[0, float(monthly["engagements"].max()) * 1.25 or 1], row=2, col=1)
    fig.update_layout(showlegend=False, bargap=0.3)
    if pilot:
        for row in (1, 2):
            fig.add_vrect(
                x0=pd.Timestamp(pilot[0]) - pd.Timedelta(days=15),
                x1=pd.Timestamp(pilot[1]) + pd.Timedelta(days=15),
                fillcolor=theme.SECONDARY_BACKGROUND, opacity=1, layer="below", line_width=0,
                annotation_text=t("chart_pilot", lang) if row == 1 else None,
                annotation_position="top left", annotation_font_color=theme.MUTED,
                row=row, col=1,
            )
    return finish(fig, title, lang, source, height=520)
