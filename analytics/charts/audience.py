"""Charts of the audience: a category's weighted shares, how the shares move from one export window to
the next, and the profiles' activity per day."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from analytics import theme
from analytics.audience import percent
from analytics.charts import empty, finish, literal_labels
from analytics.charts.axes import time_axis
from analytics.charts.marks import percent_axis
from analytics.i18n import fmt_date, fmt_number, fmt_percent, t

MAX_VALUES = 10  # bars per category: LinkedIn lists about that many top values
OTHER_COLOUR = "#A6CBE6"  # the values outside the target region or the organisation: lighter than the primary


def share_text(share: float, below_one_percent: bool, lang: str) -> str:
    """'38 %', '0,3 %', '0,5 %*' (LinkedIn's '< 1%', counted as half a percent)."""
    text = percent(share, lang)
    return text + "*" if below_one_percent else text


@literal_labels
def shares_chart(values: pd.DataFrame, title: str, lang: str, source: str | None = None,
                 highlight: Sequence[bool] | None = None, highlight_name: str | None = None) -> go.Figure:
    """Horizontal bars of a category's values (columns value, share, below_one_percent), strongest on
    top; with ``highlight``, the values it marks (the target region, the organisation) in the primary
    colour and named ``highlight_name`` in the legend, the others lighter."""
    if values.empty:
        return empty(title, lang)
    shown = values.head(MAX_VALUES).reset_index(drop=True)
    marked = [bool(flag) for flag in (highlight if highlight is not None else [False] * len(values))][:len(shown)]
    order = list(shown["value"])[::-1]  # Plotly draws the first category at the bottom
    texts = [share_text(share, below, lang) for share, below in zip(shown["share"], shown["below_one_percent"],
                                                                   strict=True)]
    axis = t("aud_axis_share", lang)
    groups = [(True, highlight_name, theme.primary_colour()), (False, t("aud_legend_other", lang), OTHER_COLOUR)] \
        if highlight is not None else [(False, None, theme.primary_colour())]
    fig = go.Figure()
    for flag, name, colour in groups:
        rows = [index for index, mark in enumerate(marked) if mark == flag]
        if not rows:
            continue
        fig.add_bar(
            y=[shown["value"][i] for i in rows], x=[float(shown["share"][i]) for i in rows], orientation="h",
            text=[texts[i] for i in rows], textposition="outside", cliponaxis=False, marker_color=colour,
            name=name or axis, showlegend=highlight is not None,
            hovertemplate=f"%{{y}}<br>{axis}: %{{text}}<extra></extra>",
        )
    top = float(shown["share"].max())
    fig.update_layout(
        barmode="overlay", bargap=0.3,
        xaxis={"title": None, **percent_axis([max(top, 0.04)], lang), "range": [0, max(top * 1.25, 0.05)],
               "showgrid": True},
        yaxis={"categoryorder": "array", "categoryarray": order, "title": None, "automargin": True},
    )
    return finish(fig, title, lang, source, height=max(260, 110 + 30 * len(shown)))


@literal_labels
def trend_chart(points: pd.DataFrame, lang: str, source: str | None = None) -> go.Figure:
    """The target region's share and internal reach per export window (columns label, region,
    internal, people); a window without figures (too few people) stays a gap."""
    title = t("aud_trend_chart", lang)
    if points.empty:
        return empty(title, lang)
    fig = go.Figure()
    hover = [t("aud_hover_people", lang, n=fmt_number(n, lang)) for n in points["people"]]
    for column, name_key, colour in (("region", "aud_legend_region", theme.primary_colour()),
                                     ("internal", "aud_legend_internal", theme.CATEGORICAL[1])):
        shares = [None if pd.isna(value) else float(value) for value in points[column]]
        if all(value is None for value in shares):
            continue
        name = t(name_key, lang)
        fig.add_scatter(
            x=list(points["label"]), y=shares, mode="lines+markers+text", name=name, connectgaps=False,
            text=["" if value is None else fmt_percent(value, lang, 0) for value in shares],
            textposition="top center", line={"color": colour, "width": 3}, customdata=hover,
            hovertemplate=f"%{{x}}<br>{name}: %{{text}}<br>%{{customdata}}<extra></extra>",
        )
    if not fig.data:
        return empty(title, lang)
    highest = max(float(value) for column in ("region", "internal") for value in points[column].dropna())
    fig.update_layout(
        xaxis={"type": "category", "title": None},
        yaxis={"title": t("aud_axis_share", lang), **percent_axis([max(highest, 0.08)], lang),
               "range": [0, max(highest * 1.25, 0.1)]},
        showlegend=True,
    )
    return finish(fig, title, lang, source, height=380)


@literal_labels
def activity_chart(days: pd.DataFrame, lang: str, source: str | None = None, title: str | None = None) -> go.Figure:
    """Impressions above engagements per day (columns day, impressions, engagements): the profiles'
    activity, days without figures left as gaps."""
    title = title or t("aud_activity_chart", lang)
    if days.empty or days["impressions"].isna().all():
        return empty(title, lang, t("aud_activity_none", lang))
    when = pd.to_datetime(days["day"])
    labels = [fmt_date(day, lang) for day in when]
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.08)
    for row, column, name_key, colour in ((1, "impressions", "aud_axis_impressions", theme.primary_colour()),
                                          (2, "engagements", "aud_axis_engagements", theme.CATEGORICAL[1])):
        name = t(name_key, lang)
        fig.add_scatter(
            x=when, y=[None if pd.isna(value) else float(value) for value in days[column]], mode="lines",
            name=name, line={"color": colour, "width": 2}, connectgaps=False, customdata=labels,
            hovertemplate=f"%{{customdata}}<br>{name}: %{{y:,d}}<extra></extra>", row=row, col=1,
        )
    fig.update_yaxes(rangemode="tozero", tickformat=",d")
    # ticks of our own: Plotly would write English month names in any language
    fig.update_xaxes(**time_axis(when, "day", lang))
    fig.update_layout(showlegend=True)
    return finish(fig, title, lang, source, height=440)
