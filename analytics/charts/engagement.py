"""Charts of the engagement page (and the weekday × hour heatmap the frequency page shares)."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from analytics import theme
from analytics.charts import empty, finish, literal_labels
from analytics.charts.axes import MIN_FONT, cell_labels, count_colorbar, time_axis
from analytics.charts.marks import (
    gap_bands,
    mark_partial_bars,
    partial_flags,
    partial_label,
    percent_axis,
    percent_ticks,
    period_half,
)
from analytics.covered import on_timeline
from analytics.i18n import WEEKDAYS, fmt_date, fmt_month, fmt_number, fmt_percent, lang_or_default, t
from analytics.literal import web_link
from analytics.periods import Coverage

THIN_POSTS = 5  # fewer posts than this in a period or for a person: thin data
THIN_CELL = 3  # fewer posts than this in a weekday × hour cell: thin data
ROW_HEIGHT = 28  # pixels per person in charts with one row per person
# the words for a granularity ("pro Woche") and a per-person metric, by the queries' codes
UNIT_TEXT_KEYS = {"week": "eng_unit_week", "month": "eng_unit_month"}
# the figures of a period over time that a covered period without posts has as zero
PERIOD_COUNTS = ("posts", "reactions", "comments", "reposts", "impressions", "engagements", "posts_with_impressions",
                 "posts_with_rate", "known_engagements")
METRIC_TEXT_KEYS = {"rate": "eng_metric_rate", "engagements": "eng_metric_engagements"}


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA


def fmt_value(value: float | None, kind: str, lang: str) -> str:
    """A rate as percent, a count with decimals only when needed (a median of 28.5)."""
    if _missing(value):
        return "–"
    if kind == "rate":
        return fmt_percent(value, lang, 1)
    return fmt_number(value, lang, 0 if float(value).is_integer() else 1)


def period_label(value: date, granularity: str, lang: str) -> str:
    """'KW 3 (ab 16.01.2023)' for a week, 'März 2023' for a month."""
    if granularity == "week":
        return t("eng_week_label", lang, week=value.isocalendar().week, date=fmt_date(value, lang))
    return fmt_month(value, lang)


def with_page(title: str, people_page: str | None) -> str:
    """A chart title naming the page of people it shows, so a screenshot says so too."""
    return f"{title} – {people_page}" if people_page else title


@literal_labels
def interactions_over_time(periods: pd.DataFrame, granularity: str, lang: str, source: str | None = None,
                           cover: Coverage | None = None, timeline: pd.DataFrame | None = None) -> go.Figure:
    """Engagements per week or month as stacked bars (partial periods hatched): reactions, comments
    and reposts where known, and – for posts whose LinkedIn export gives only the total – that
    total as a fourth part; the hover names the period's engagements and the posts they rest on.
    With the period's ``timeline``, weeks or months no import covers are a band "keine Daten"."""
    title = t("eng_chart_interactions", lang, unit=t(UNIT_TEXT_KEYS[granularity], lang))
    if periods.empty:
        return empty(title, lang)
    if timeline is not None:
        periods = on_timeline(periods, "period", timeline, PERIOD_COUNTS)
    x = pd.to_datetime(periods["period"])
    labels = [partial_label(period_label(d.date(), granularity, lang), d, cover, granularity, lang, " ") for d in x]
    flags = partial_flags(x, cover, granularity)
    posts_words = [
        "" if _missing(posts) else t("eng_hover_posts", lang, n=fmt_number(posts, lang)) if known >= posts
        else t("eng_hover_posts_known", lang, known=fmt_number(known, lang), n=fmt_number(posts, lang))
        for known, posts in zip(periods["known_engagements"], periods["posts"], strict=True)
    ]
    parts = [
        ("reactions", "kpi_reactions", theme.CATEGORICAL[0]),
        ("comments", "kpi_comments", theme.CATEGORICAL[1]),
        ("reposts", "kpi_reposts", theme.CATEGORICAL[2]),
    ]
    if periods["engagements_total_only"].notna().any():
        parts.append(("engagements_total_only", "eng_series_total_only", theme.CATEGORICAL[3]))
    fig = go.Figure()
    for column, key, colour in parts:
        name = t(key, lang)
        hover = [
            t("eng_hover_count", lang, period=label, series=name, value=fmt_value(value, "count", lang),
              total=fmt_value(total, "count", lang), posts=posts)
            for label, value, total, posts in zip(
                labels, periods[column], periods["engagements"], posts_words, strict=True)
        ]
        fig.add_bar(x=x, y=periods[column], name=name, marker_color=colour, hovertext=hover, hoverinfo="text")
        mark_partial_bars(fig.data[-1], flags)
    fig.update_layout(
        barmode="stack",
        bargap=0.25,
        legend={"traceorder": "normal"},
        xaxis=time_axis(x, granularity, lang, cover=cover),
        yaxis={"title": t("eng_axis_interactions", lang), "rangemode": "tozero", "tickformat": ",d"},
    )
    if "covered" in periods:
        gap_bands(fig, list(x), list(periods["covered"]), lang, period_half(granularity))
    return finish(fig, title, lang, source)


@literal_labels
def reach_over_time(periods: pd.DataFrame, granularity: str, lang: str, source: str | None = None,
                    cover: Coverage | None = None, timeline: pd.DataFrame | None = None) -> go.Figure:
    """Bars of impressions and a line of the pooled engagement rate (hollow points: thin data); with the
    period's ``timeline``, weeks or months no import covers are a band "keine Daten" (the line breaks)."""
    title = t("eng_chart_reach", lang, unit=t(UNIT_TEXT_KEYS[granularity], lang))
    if periods.empty or periods["impressions"].isna().all():
        return empty(title, lang)
    if timeline is not None:
        periods = on_timeline(periods, "period", timeline, PERIOD_COUNTS)
    x = pd.to_datetime(periods["period"])
    labels = [partial_label(period_label(d.date(), granularity, lang), d, cover, granularity, lang, " ") for d in x]
    impressions_hover = [
        t("eng_hover_impressions", lang, period=label, value=fmt_value(value, "count", lang), posts=fmt_number(n, lang))
        for label, value, n in zip(labels, periods["impressions"], periods["posts_with_impressions"], strict=True)
    ]
    thin = [not _missing(n) and int(n) < THIN_POSTS for n in periods["posts_with_rate"]]
    rate_hover = [
        t("eng_hover_rate", lang, period=label, rate=fmt_value(rate, "rate", lang), n=fmt_number(n, lang))
        + (t("eng_thin_suffix", lang) if is_thin else "")
        for label, rate, n, is_thin in zip(
            labels, periods["engagement_rate"], periods["posts_with_rate"], thin, strict=True)
    ]
    fig = go.Figure()
    fig.add_bar(
        x=x, y=periods["impressions"], name=t("eng_axis_impressions", lang), marker_color=theme.SEQUENTIAL[2],
        hovertext=impressions_hover, hoverinfo="text",
    )
    fig.add_scatter(
        x=x, y=periods["engagement_rate"], name=t("eng_axis_rate", lang), yaxis="y2", mode="lines+markers",
        line={"color": theme.HIGHLIGHT, "width": 3},
        marker={"size": 9, "symbol": ["circle-open" if is_thin else "circle" for is_thin in thin],
                "line": {"width": 2, "color": theme.HIGHLIGHT}},
        hovertext=rate_hover, hoverinfo="text",
    )
    mark_partial_bars(fig.data[0], partial_flags(x, cover, granularity))
    fig.update_layout(
        bargap=0.25,
        xaxis=time_axis(x, granularity, lang, cover=cover),
        yaxis={"title": t("eng_axis_impressions", lang), "rangemode": "tozero", "tickformat": ",d"},
        yaxis2={"title": t("eng_axis_rate", lang), "overlaying": "y", "side": "right", "showgrid": False,
                **percent_axis(list(periods["engagement_rate"]), lang)},
    )
    if "covered" in periods:
        gap_bands(fig, list(x), list(periods["covered"]), lang, period_half(granularity))
    return finish(fig, title, lang, source)


def _rate_ticks(people: pd.DataFrame, metric: str, overall_median: float | None, lang: str) -> dict:
    """Nice "1,5 %" ticks for a rate axis up to the highest value drawn (no range: the plot sets it)."""
    values = [v for column in people.columns
              if column.startswith(metric) and pd.api.types.is_numeric_dtype(people[column]) for v in people[column]]
    values.append(overall_median)
    axis = percent_axis(values, lang)
    return {"tickvals": axis["tickvals"], "ticktext": axis["ticktext"], "tickmode": "array"}


@literal_labels
def person_distribution(people: pd.DataFrame, metric: str, lang: str, overall_median: float | None = None,
                        ranked: bool = False, source: str | None = None, people_page: str | None = None) -> go.Figure:
    """One horizontal box per person (quartiles, min–max), the median as a diamond, n in the label.

    ``metric`` is ``"rate"`` (per-post engagement rate) or ``"engagements"``. People appear in the
    order given (alphabetical from the query) unless ``ranked`` sorts them by median.
    ``people_page`` ('Personen 1–30 von 80') goes into the title when only a page is shown.
    """
    title = with_page(t("eng_chart_person", lang, metric=t(METRIC_TEXT_KEYS[metric], lang)), people_page)
    count_column = "posts_with_rate" if metric == "rate" else "posts_with_engagements"
    shown = people[people[count_column] > 0] if not people.empty else people
    if shown.empty:
        return empty(title, lang)
    if ranked:
        shown = shown.sort_values(f"{metric}_median", ascending=False, kind="stable")
    kind = "rate" if metric == "rate" else "count"
    labels = [t("eng_person_label", lang, name=name, n=fmt_number(n, lang))
              for name, n in zip(shown["name"], shown[count_column], strict=True)]
    shown = shown.assign(label=labels, thin=shown[count_column] < THIN_POSTS)
    fig = go.Figure()
    for is_thin, colour, legend in (
        (False, theme.primary_colour(), t("eng_legend_enough", lang)),
        (True, theme.MUTED, t("eng_legend_thin", lang, thin=THIN_POSTS)),
    ):
        group = shown[shown["thin"] == is_thin]
        if group.empty:
            continue
        fig.add_trace(go.Box(
            y=group["label"], orientation="h", q1=group[f"{metric}_q1"], median=group[f"{metric}_median"],
            q3=group[f"{metric}_q3"], lowerfence=group[f"{metric}_min"], upperfence=group[f"{metric}_max"],
            marker_color=colour, line={"color": colour}, fillcolor=theme.SECONDARY_BACKGROUND,
            hoverinfo="skip", showlegend=False,
        ))
        hover = [
            t("eng_hover_person", lang, name=row.name, n=fmt_number(getattr(row, count_column), lang),
              median=fmt_value(getattr(row, f"{metric}_median"), kind, lang),
              q1=fmt_value(getattr(row, f"{metric}_q1"), kind, lang),
              q3=fmt_value(getattr(row, f"{metric}_q3"), kind, lang),
              low=fmt_value(getattr(row, f"{metric}_min"), kind, lang),
              high=fmt_value(getattr(row, f"{metric}_max"), kind, lang))
            + (t("eng_thin_suffix", lang) if is_thin else "")
            for row in group.itertuples()
        ]
        fig.add_scatter(
            x=group[f"{metric}_median"], y=group["label"], mode="markers", name=legend,
            marker={"symbol": "diamond", "size": 11, "color": colour, "line": {"width": 1, "color": "white"}},
            hovertext=hover, hoverinfo="text",
        )
    if overall_median is not None and not _missing(overall_median):
        # its label on the side with room: left of a line in the right half of the axis, not cut at the edge
        widest = people[f"{metric}_max"].max()
        side = "top left" if not _missing(widest) and overall_median > widest / 2 else "top right"
        fig.add_vline(
            x=overall_median, line={"color": theme.HIGHLIGHT, "dash": "dash", "width": 2},
            annotation_text=f"{t('eng_overall_median', lang)}: {fmt_value(overall_median, kind, lang)}",
            annotation_position=side, annotation_font={"color": theme.HIGHLIGHT, "size": 12},
        )
    fig.update_layout(
        yaxis={"categoryorder": "array", "categoryarray": list(shown["label"]), "autorange": "reversed",
               "title": None},
        xaxis={"title": None, "rangemode": "tozero",
               **(_rate_ticks(people, metric, overall_median, lang) if metric == "rate" else {"tickformat": ",d"})},
        showlegend=True,
    )
    return finish(fig, title, lang, source, height=max(320, ROW_HEIGHT * len(shown) + 190))


@literal_labels
def weekday_hour_heatmap(cells: pd.DataFrame, value: str, lang: str, title: str,
                         source: str | None = None) -> go.Figure:
    """Weekday (rows, Monday on top) × hour (columns) heatmap of ``value``.

    ``value`` is ``"median_rate"``, ``"median_engagements"`` or ``"posts"``; every hover shows
    the number of posts. Hours run from the earliest to the latest hour with a post. Cells carry
    their value while the columns are wide enough for it; a colour bar of counts has whole numbers.
    """
    if cells.empty:
        return empty(title, lang)
    hours = list(range(int(cells["hour"].min()), int(cells["hour"].max()) + 1))
    by_cell = {(int(row.weekday), int(row.hour)): row for row in cells.itertuples()}
    kind = {"median_rate": "rate", "median_engagements": "count", "posts": "count"}[value]
    metric = {"median_rate": t("eng_heat_rate", lang), "median_engagements": t("eng_heat_engagements", lang),
              "posts": t("kpi_posts", lang)}[value]
    # Cells with fewer than THIN_CELL posts go into a grey layer, so thin data cannot dominate the colours.
    z, thin_z, text, hover = [], [], [], []
    for weekday in range(1, 8):
        z_row, thin_row, text_row, hover_row = [], [], [], []
        for hour in hours:
            row = by_cell.get((weekday, hour))
            cell = None if row is None else getattr(row, value)
            if _missing(cell):
                z_row.append(None)
                thin_row.append(None)
                text_row.append("")
                hover_row.append("")
                continue
            label = fmt_value(cell, kind, lang)
            thin = value != "posts" and row.posts < THIN_CELL
            z_row.append(None if thin else float(cell))
            thin_row.append(0 if thin else None)
            text_row.append(f"({label})" if thin else label)
            hover_row.append(t("eng_hover_heat", lang, weekday=WEEKDAYS[lang_or_default(lang)][weekday - 1],
                               hours=t("eng_hour_range", lang, hour=f"{hour:02d}"), metric=metric,
                               value=label, n=fmt_number(row.posts, lang))
                             + (t("eng_thin_suffix", lang) if thin else ""))
        z.append(z_row)
        thin_z.append(thin_row)
        text.append(text_row)
        hover.append(hover_row)
    days = WEEKDAYS[lang_or_default(lang)]
    widest = max((cell for row in text for cell in row), key=len, default="")
    # numbers only while the hour columns hold them; the hover keeps every value
    labels = {"text": text, "texttemplate": "%{text}"} if cell_labels(len(hours), len(days), widest) else {}
    fig = go.Figure()
    if any(cell is not None for row in thin_z for cell in row):
        fig.add_heatmap(
            z=thin_z, x=hours, y=days, **labels, textfont={"size": MIN_FONT, "color": theme.MUTED},
            customdata=hover, hovertemplate="%{customdata}<extra></extra>", hoverongaps=False,
            colorscale=[[0, theme.SECONDARY_BACKGROUND], [1, theme.SECONDARY_BACKGROUND]], showscale=False,
            xgap=2, ygap=2,
        )
    fig.add_heatmap(
        z=z, x=hours, y=days, **labels, textfont={"size": MIN_FONT},
        customdata=hover, hovertemplate="%{customdata}<extra></extra>", hoverongaps=False,
        colorscale=[[i / (len(theme.SEQUENTIAL) - 1), c] for i, c in enumerate(theme.SEQUENTIAL)],
        # the colours span the lowest to the highest cell (zmin alone, without zmax, Plotly ignores)
        xgap=2, ygap=2,
        colorbar={"title": {"text": metric, "side": "right"}, "thickness": 14,
                  **(percent_ticks(_lowest(z), _highest(z), lang) if kind == "rate"
                     else count_colorbar(_highest(z), bottom=_lowest(z)))},
    )
    fig.update_layout(
        xaxis={"title": None, "tickmode": "array", "tickvals": hours,
               "ticktext": [f"{hour:02d}:00" for hour in hours], "showgrid": False},
        yaxis={"autorange": "reversed", "showgrid": False, "title": None},
    )
    return finish(fig, title, lang, source, height=430)


def _highest(z: list[list[float | None]]) -> float:
    return max((cell for row in z for cell in row if cell is not None), default=1.0)


def _lowest(z: list[list[float | None]]) -> float:
    return min((cell for row in z for cell in row if cell is not None), default=0.0)


TOP_COLUMNS = (
    ("published_on", "eng_col_date"),
    ("name", "eng_col_person"),
    ("preview", "eng_col_preview"),
    ("engagements", "kpi_engagements"),
    ("reactions", "kpi_reactions"),
    ("comments", "kpi_comments"),
    ("reposts", "kpi_reposts"),
    ("impressions", "kpi_impressions"),
    ("engagement_rate", "kpi_engagement_rate"),
    ("url", "eng_col_link"),
)


def top_posts_table(posts: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Top posts for display: localised column names, dates and numbers as text in the user's
    locale (so '10.859' and '2,5 %' read the same in every browser); unknown values as '–'; only
    ``https://`` links are kept as links."""
    table = pd.DataFrame()
    for column, key in TOP_COLUMNS:
        values = posts[column]
        if column == "published_on":
            values = [fmt_date(value, lang) for value in values]
        elif column == "engagement_rate":
            values = [fmt_value(value, "rate", lang) for value in values]
        elif column == "url":
            values = [web_link(value) for value in values]
        elif column not in ("name", "preview"):
            values = [fmt_value(value, "count", lang) for value in values]
        table[t(key, lang)] = list(values)
    return table
