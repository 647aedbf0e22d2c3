"""Charts of the support conversation: one person's posts per week and engagement rate over time."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analytics import theme
from analytics.charts import empty, finish, literal_labels
from analytics.charts.axes import time_axis
from analytics.charts.marks import gap_bands, percent_axis, period_half
from analytics.i18n import fmt_date, fmt_number, fmt_percent, t


@literal_labels
def person_weeks_chart(weeks: pd.DataFrame, goal_per_week: float | None, lang: str,
                       source: str | None = None) -> go.Figure:
    """One person's posts per week (Monday) on a time axis named for the span, the goal as a dashed
    line; weeks no import covers for the person (``covered`` false) are a band "keine Daten", not
    weeks without posts."""
    title = t("person_chart_weeks", lang)
    if weeks.empty:
        return empty(title, lang, t("person_no_weeks", lang))
    when = pd.to_datetime(weeks["week"])
    hover = [t("person_hover_week", lang, date=fmt_date(pd.Timestamp(week).date(), lang)) for week in weeks["week"]]
    covered = list(weeks["covered"]) if "covered" in weeks else [True] * len(weeks)
    posts = [int(n) if known else None for n, known in zip(weeks["posts"], covered, strict=True)]
    fig = go.Figure()
    fig.add_bar(x=when, y=posts, marker_color=theme.primary_colour(), customdata=hover,
                name=t("person_axis_posts", lang),
                hovertemplate=f"%{{customdata}}<br>{t('person_axis_posts', lang)}: %{{y:,d}}<extra></extra>")
    top = max(int(weeks["posts"].max()), goal_per_week or 0, 1)
    if goal_per_week is not None:
        fig.add_hline(y=goal_per_week, line={"color": theme.HIGHLIGHT, "dash": "dash", "width": 2},
                      annotation_text=t("person_goal_line", lang, goal=fmt_number(goal_per_week, lang, 1)),
                      annotation_position="top right", annotation_font={"color": theme.HIGHLIGHT},
                      annotation_bgcolor=theme.BACKGROUND)
    fig.update_layout(
        xaxis=time_axis(when, "week", lang),
        yaxis={"title": t("person_axis_posts", lang), "rangemode": "tozero", "dtick": 1 if top <= 6 else None,
               "range": [0, top * 1.25 + 0.2]},
        showlegend=False, bargap=0.25,
    )
    gap_bands(fig, list(when), covered, lang, period_half("week"))
    return finish(fig, title, lang, source)


@literal_labels
def person_rate_chart(posts: pd.DataFrame, median: float | None, lang: str, source: str | None = None) -> go.Figure:
    """Each post's engagement rate over time, the person's own median as a dashed line."""
    title = t("person_chart_rate", lang)
    rated = posts.dropna(subset=["rate"]) if not posts.empty else posts
    if rated.empty:
        return empty(title, lang, t("person_no_rates", lang))
    moments = pd.to_datetime(rated["published_at"])
    hover = [fmt_date(moment.date(), lang) for moment in moments]
    fig = go.Figure()
    fig.add_scatter(x=moments, y=rated["rate"].astype(float), mode="lines+markers",
                    line={"color": theme.primary_colour(), "width": 1.5}, marker={"size": 8},
                    customdata=hover, name=t("person_axis_rate", lang),
                    hovertemplate=f"%{{customdata}}<br>{t('person_axis_rate', lang)}: %{{y:.1%}}<extra></extra>")
    if median is not None:
        fig.add_hline(y=median, line={"color": theme.HIGHLIGHT, "dash": "dash", "width": 2},
                      annotation_text=t("person_median_line", lang, rate=fmt_percent(median, lang, 1)),
                      annotation_position="top right", annotation_font={"color": theme.HIGHLIGHT},
                      annotation_bgcolor=theme.BACKGROUND)
    top = float(rated["rate"].max())
    fig.update_layout(
        xaxis=time_axis(moments, "day", lang),
        yaxis={"title": t("person_axis_rate", lang), **percent_axis([top if top > 0 else 0.01], lang),
               "range": [0, (top if top > 0 else 0.01) * 1.2]},
        showlegend=False,
    )
    return finish(fig, title, lang, source)
