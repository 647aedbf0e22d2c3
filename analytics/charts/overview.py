"""Charts of the overview page."""

from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from analytics import theme
from analytics.charts import empty, finish, literal_labels
from analytics.i18n import fmt_month, t


@literal_labels
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
    # The panels are named by a legend above the plot, not by subplot titles: a title sits at
    # the top of its panel, where the tallest bar's number stands too.
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.08)
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
    fig.update_layout(showlegend=True, bargap=0.3)
    if pilot:
        # Clipped to the months shown, so the shading never stretches the time axis.
        half_month = pd.Timedelta(days=15)
        start = max(pd.Timestamp(pilot[0]).to_period("M").start_time, months.min()) - half_month
        end = min(pd.Timestamp(pilot[1]).to_period("M").start_time, months.max()) + half_month
        label = {"annotation_text": t("chart_pilot", lang), "annotation_position": "top left",
                 "annotation_font_color": theme.MUTED}
        for row in (1, 2):
            fig.add_vrect(x0=start, x1=end, fillcolor=theme.SECONDARY_BACKGROUND, opacity=1, layer="below",
                          line_width=0, row=row, col=1, **(label if row == 1 else {}))
    return finish(fig, title, lang, source, height=520)
