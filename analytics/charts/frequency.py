"""Charts of the posting-frequency page: person × week (or month), posts per month against a
target, current gaps and the participation rate.

Person-level charts draw the rows they are given (one page of people from the query) and name
the page in their title (``people_page``) when not everyone is shown."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from analytics import theme
from analytics.charts import empty, finish, literal_labels
from analytics.charts.axes import (
    MIN_FONT,
    PLOT_WIDTH,
    bar_labels,
    bar_text_style,
    cell_labels,
    count_colorbar,
    period_name,
    time_axis,
)
from analytics.charts.engagement import ROW_HEIGHT, fmt_value, period_label, with_page
from analytics.charts.marks import gap_bands, mark_partial_bars, partial_flags, partial_label, percent_axis, period_half
from analytics.i18n import MONTHS_SHORT, fmt_date, fmt_month, fmt_number, fmt_percent, lang_or_default, t
from analytics.periods import Coverage

MAX_HEIGHT = 2400  # a very large roster still gets a chart of bounded size
WEEKS_UP_TO_DAYS = 366  # the person heatmap shows weeks up to a year, months for longer periods
QUARTERS_BEYOND = 36  # months up to which the person heatmap shows months; quarters for longer periods


def heatmap_unit(start: date | None, end: date | None) -> str:
    """'week' for periods up to a year, 'month' beyond (5 years of weeks would be 260 columns)."""
    if start and end and (end - start).days + 1 > WEEKS_UP_TO_DAYS:
        return "month"
    return "week"


def _height(rows: int, extra: int = 190) -> int:
    return min(MAX_HEIGHT, max(320, ROW_HEIGHT * rows + extra))


def _people_axis(names: Sequence[str]) -> dict:
    return {"categoryorder": "array", "categoryarray": list(names), "autorange": "reversed", "title": None,
            "showgrid": False}


def month_detail(months: Sequence[object], counts: Sequence[int], lang: str) -> str:
    """'Jan 3 · Feb 5 · Mär 4' — monthly counts for a hover text."""
    names = MONTHS_SHORT[lang_or_default(lang)]
    return " · ".join(
        f"{names[pd.Timestamp(month).month - 1]} {fmt_number(count, lang)}"
        for month, count in zip(months, counts, strict=True)
    )


@literal_labels
def person_period_heatmap(cells: pd.DataFrame, lang: str, unit: str = "week", ranked: bool = False,
                          source: str | None = None, people_page: str | None = None,
                          cover: Coverage | None = None) -> go.Figure:
    """Posts per person (rows) and week or month (columns); blank before a person joined or after
    they left, grey for none, a pale "?" where no import covers the person (``covered`` false: unknown,
    not none); a week or month the data covers only in part says so ("bis 02.07."). The colour
    scale runs to ``scale_max`` (the largest cell over everyone) when given, so every page of
    people shares one scale. More than ``QUARTERS_BEYOND`` months are drawn as quarters; each cell
    carries its number only while the cells are wide enough and few enough to read them."""
    if unit == "month" and not cells.empty and cells["period"].nunique() > QUARTERS_BEYOND:
        cells, unit = by_quarter(cells), "quarter"
    title = with_page(t(HEATMAP_TITLES[unit], lang), people_page)
    if cells.empty:
        return empty(title, lang)
    totals = cells.groupby("influencer_id", sort=False)["posts"].sum()
    people = cells.drop_duplicates("influencer_id")[["influencer_id", "name"]]
    if ranked:
        people = people.assign(total=people["influencer_id"].map(totals)).sort_values(
            "total", ascending=False, kind="stable")
    period_list = sorted(cells["period"].unique())
    x = pd.to_datetime(pd.Series(period_list))
    period_labels = {period: partial_label(_period_hover(pd.Timestamp(period).date(), unit, lang), period, cover,
                                           unit, lang, " ")
                     for period in period_list}
    order = list(people["influencer_id"])
    posts = cells.pivot(index="influencer_id", columns="period", values="posts").reindex(
        index=order, columns=period_list)
    member = cells.pivot(index="influencer_id", columns="period", values="member").reindex(
        index=order, columns=period_list)
    known = cells.assign(covered=cells["covered"] if "covered" in cells else True).pivot(
        index="influencer_id", columns="period", values="covered").reindex(index=order, columns=period_list)
    with_text = cell_labels(len(period_list), len(people), str(int(cells["posts"].max())))
    z, text, hover, unknown = [], [], [], []
    for name, post_row, member_row, known_row in zip(people["name"], posts.to_numpy(), member.to_numpy(),
                                                     known.to_numpy(), strict=True):
        z_row, text_row, hover_row, unknown_row = [], [], [], []
        unknown.append(unknown_row)
        for period, count, is_member, is_known in zip(period_list, post_row, member_row, known_row, strict=True):
            count = int(count)
            unknown_row.append(1 if is_member and not is_known and count == 0 else None)
            if not is_member and count == 0:
                z_row.append(None)
                text_row.append("")
                hover_row.append(t("freq_hover_not_member", lang, name=name, week=period_labels[period]))
                continue
            if unknown_row[-1]:
                z_row.append(None)
                text_row.append("?" if with_text else "")
                hover_row.append(t("cov_hover_no_data", lang, name=name, period=period_labels[period]))
                continue
            z_row.append(count)
            text_row.append(str(count) if count and with_text else "")
            hover_row.append(t("freq_hover_week", lang, name=name, week=period_labels[period],
                               n=fmt_number(count, lang)))
        z.append(z_row)
        text.append(text_row)
        hover.append(hover_row)
    largest = int(cells["scale_max"].iloc[0]) if "scale_max" in cells else int(cells["posts"].max())
    top = max(3, largest)
    zero = 0.5 / top  # below half a post: the grey "no post" colour
    colours = [[0, theme.GRID], [zero, theme.GRID], [zero, theme.SEQUENTIAL[1]], [1, theme.SEQUENTIAL[-1]]]
    narrow = len(period_list) > 30  # many columns: thinner gaps
    # without numbers, no text template: Plotly creates no text element per cell
    # each layer carries the texts of its own cells: a number or a "?", never one twice
    labels = {"text": _where(text, z), "texttemplate": "%{text}"} if with_text else {}
    fig = go.Figure(go.Heatmap(
        z=z, x=x, y=list(people["name"]), **labels, textfont={"size": MIN_FONT},
        customdata=hover, hovertemplate="%{customdata}<extra></extra>", hoverongaps=False,
        colorscale=colours, zmin=0, zmax=top, xgap=1 if narrow else 2, ygap=2,
        colorbar={"title": {"text": t("freq_axis_posts", lang), "side": "right"}, **count_colorbar(top),
                  "thickness": 14},
    ))
    if any(cell for row in unknown for cell in row):  # the cells no import covers, in their own colour
        fig.add_heatmap(z=unknown, x=x, y=list(people["name"]),
                        **({"text": _where(text, unknown), "texttemplate": "%{text}"} if with_text else {}),
                        textfont={"size": MIN_FONT, "color": theme.MUTED}, customdata=hover,
                        hovertemplate="%{customdata}<extra></extra>", hoverongaps=False,
                        colorscale=[[0, theme.NO_DATA], [1, theme.NO_DATA]], showscale=False,
                        xgap=1 if narrow else 2, ygap=2, name=t("cov_no_data", lang))
    axis = time_axis(x, unit, lang, cover=cover)
    fig.update_layout(xaxis={**axis, "showgrid": False}, yaxis=_people_axis(people["name"]))
    return finish(fig, title, lang, source, height=_height(len(people)))


def _where(text: list[list[str]], z: list[list[object]]) -> list[list[str]]:
    """The texts of the cells that have a value in ``z`` ('' elsewhere)."""
    return [[cell if value is not None else "" for cell, value in zip(text_row, z_row, strict=True)]
            for text_row, z_row in zip(text, z, strict=True)]


HEATMAP_TITLES = {"week": "freq_chart_weeks", "month": "freq_chart_months", "quarter": "freq_chart_quarters"}


def _period_hover(day: date, unit: str, lang: str) -> str:
    return period_name(day, "quarter", lang) if unit == "quarter" else period_label(day, unit, lang)


def by_quarter(cells: pd.DataFrame) -> pd.DataFrame:
    """Person × month cells summed to person × quarter: posts added up, a member in any of its
    months, covered only where every month is (a quarter without posts and with a month no import
    covers is unknown, not none); the shared colour scale runs to the largest quarter."""
    quarters = cells.assign(period=pd.to_datetime(cells["period"]).dt.to_period("Q").dt.start_time,
                            covered=cells["covered"] if "covered" in cells else True)
    summed = quarters.groupby(["influencer_id", "period"], sort=False).agg(
        name=("name", "first"), posts=("posts", "sum"), member=("member", "any"), covered=("covered", "all"),
    ).reset_index()
    return summed.assign(scale_max=int(summed["posts"].max()))


@literal_labels
def target_chart(people: pd.DataFrame, target: float, lang: str, ranked: bool = False,
                 source: str | None = None, people_page: str | None = None) -> go.Figure:
    """Average posts per month per person as bars, coloured by whether they meet ``target``,
    with the target as a vertical line."""
    title = with_page(t("freq_chart_target", lang, target=fmt_number(target, lang,
                                                                     0 if float(target).is_integer() else 1)),
                      people_page)
    shown = people.dropna(subset=["posts_per_month"]) if not people.empty else people
    if shown.empty:
        return empty(title, lang)
    if ranked:
        shown = shown.sort_values("posts_per_month", ascending=False, kind="stable")
    fig = go.Figure()
    for meets, colour, key in (
        (True, theme.primary_colour(), "freq_meets"),
        (False, theme.CATEGORICAL[1], "freq_below"),
    ):
        group = shown[shown["meets_target"] == meets]
        if group.empty:
            continue
        hover = [
            t("freq_hover_target", lang, name=row.name, avg=fmt_number(row.posts_per_month, lang, 1),
              posts=fmt_number(row.posts, lang), met=fmt_number(row.months_met, lang),
              months=fmt_number(row.months, lang), detail=month_detail(row.month_list, row.posts_list, lang))
            for row in group.itertuples()
        ]
        fig.add_bar(
            x=group["posts_per_month"], y=group["name"], orientation="h", name=t(key, lang), marker_color=colour,
            hovertext=hover, hoverinfo="text",
            text=[fmt_number(value, lang, 1) for value in group["posts_per_month"]], textposition="outside",
            cliponaxis=False,
        )
    fig.add_vline(  # under the bars and their numbers: it crossed "3,9" beside a goal of 4
        x=target, line={"color": theme.HIGHLIGHT, "dash": "dash", "width": 2}, layer="below",
        annotation_text=t("freq_target_line", lang, target=fmt_number(target, lang)),
        annotation_position="top", annotation_font={"color": theme.HIGHLIGHT, "size": 12},
    )
    upper = max(float(shown["posts_per_month"].max()), float(target)) * 1.15
    fig.update_layout(
        xaxis={"title": None, "range": [0, upper]},
        yaxis=_people_axis(shown["name"]),
        bargap=0.3,
    )
    return finish(fig, title, lang, source, height=_height(len(shown)))


@literal_labels
def gap_chart(gaps: pd.DataFrame, threshold: int, lang: str, ranked: bool = False,
              source: str | None = None, people_page: str | None = None) -> go.Figure:
    """Days since each person's last post (to the end of the period, or where their data ends: then
    "≥ 27", at least that long); at or over ``threshold`` highlighted, the threshold as a vertical
    line. People without data in the period are not drawn (the page lists them)."""
    measured_to = None if gaps.empty else gaps["period_to" if "period_to" in gaps else "measured_to"].iloc[0]
    title = with_page(t("freq_chart_gaps", lang, date=fmt_date(measured_to, lang)), people_page)
    shown = gaps.dropna(subset=["days_quiet"]) if not gaps.empty else gaps
    if shown.empty:
        return empty(t("freq_gaps", lang), lang)
    if ranked:
        shown = shown.sort_values("days_quiet", ascending=False, kind="stable")
    fig = go.Figure()
    for quiet, colour, label in (
        (True, theme.HIGHLIGHT, t("freq_quiet", lang, days=threshold)),
        (False, theme.SEQUENTIAL[3], t("freq_recent", lang)),
    ):
        group = shown[(shown["days_quiet"] >= threshold) == quiet]
        if group.empty:
            continue
        hover = [
            (t("freq_hover_never", lang, name=row.name, days=fmt_number(row.days_quiet, lang)) if row.never_posted
             else t("freq_hover_gap", lang, name=row.name, days=fmt_number(row.days_quiet, lang),
                    last=fmt_date(row.last_post, lang)))
            + (t("cov_hover_data_until", lang, date=fmt_date(row.measured_to, lang)) if at_least(row) else "")
            for row in group.itertuples()
        ]
        fig.add_bar(
            x=group["days_quiet"], y=group["name"], orientation="h", name=label, marker_color=colour,
            hovertext=hover, hoverinfo="text", textposition="outside", cliponaxis=False,
            text=[t("cov_at_least_short", lang, n=fmt_number(row.days_quiet, lang)) if at_least(row)
                  else fmt_number(row.days_quiet, lang) for row in group.itertuples()],
        )
    fig.add_vline(  # under the bars and their numbers, as the goal's line
        x=threshold, line={"color": theme.HIGHLIGHT, "dash": "dash", "width": 2}, layer="below",
        annotation_text=t("freq_threshold_line", lang, days=threshold), annotation_position="top",
        annotation_font={"color": theme.HIGHLIGHT, "size": 12},
    )
    upper = max(float(shown["days_quiet"].max()), float(threshold)) * 1.15
    fig.update_layout(
        xaxis={"title": None, "range": [0, upper], "tickformat": ",d"},
        yaxis=_people_axis(shown["name"]),
        bargap=0.3,
    )
    return finish(fig, title, lang, source, height=_height(len(shown)))


@literal_labels
def participation_chart(months: pd.DataFrame, lang: str, source: str | None = None,
                        cover: Coverage | None = None, width: int = PLOT_WIDTH) -> go.Figure:
    """Share of the roster active per month as bars labelled with the percentage where the labels fit
    ``width`` px; without a roster, a message asking for one. A month the data covers only in part is
    hatched and labelled ("Jul 2024 (bis 02.07.)"): its share counts the days covered only."""
    title = t("freq_chart_participation", lang)
    no_data = months["no_data"] if "no_data" in months else pd.Series(0, index=months.index)
    if months.empty or (months["roster"].sum() == 0 and months["authors"].sum() == 0 and no_data.sum() == 0):
        return empty(title, lang)
    if months["roster"].sum() == 0 and no_data.sum() == 0:  # posts, but nobody in a roster to divide by
        return empty(title, lang, t("freq_no_roster", lang))
    x = pd.to_datetime(months["month"])
    hover = [
        t("freq_hover_participation", lang, month=partial_label(fmt_month(month, lang), month, cover, "month", lang,
                                                                " "),
          active=fmt_number(active, lang), roster=fmt_number(roster, lang), rate=fmt_value(rate, "rate", lang))
        + (t("cov_hover_without_data", lang, n=fmt_number(unknown, lang)) if unknown else "")
        for month, active, roster, rate, unknown in zip(x, months["active"], months["roster"],
                                                        months["participation"], no_data, strict=True)
    ]
    numbers = bar_labels([fmt_percent(rate, lang, 0) if pd.notna(rate) else "" for rate in months["participation"]],
                         width)
    fig = go.Figure()
    fig.add_bar(
        x=x, y=months["participation"], marker_color=theme.primary_colour(), hovertext=hover, hoverinfo="text",
        text=numbers, **(bar_text_style() if numbers else {}), name=t("freq_axis_share", lang),
    )
    mark_partial_bars(fig.data[0], partial_flags(x, cover))
    fig.update_layout(
        xaxis=time_axis(x, "month", lang, width, cover),
        yaxis={"title": t("freq_axis_share", lang), **percent_axis([], lang, top=1.0), "ticklabelstandoff": 6},
        bargap=0.3,
        showlegend=False,
    )
    # a month in which nobody in the programme has data is unknown, not a month nobody posted
    gap_bands(fig, list(x), [bool(roster) or not unknown for roster, unknown in zip(months["roster"], no_data,
                                                                                     strict=True)],
              lang, period_half("month"))
    return finish(fig, title, lang, source, height=380)


def at_least(row: object) -> bool:
    """Whether a pause (a row of :func:`analytics.queries.frequency.gaps`) is only known to be at least
    that long: the person's data ends before the period, or began after their last post."""
    return bool(getattr(row, "at_least", False))


def pause_text(row: object, lang: str) -> str:
    """'27 Tage', or 'mind. 27 Tage – Daten bis 31.03.2024' where the person's data ends first."""
    days = fmt_number(row.days_quiet, lang)
    if not at_least(row):
        return t("cov_days", lang, n=days)
    return t("cov_pause_at_least", lang, n=days, date=fmt_date(row.measured_to, lang))


def monthly_table(people: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Posts per person and month as a table ('Mär 2023' columns), the average and whether it
    meets the target; months before a person joined stay empty."""
    rows = []
    for row in people.itertuples():
        entry = {t("eng_col_person", lang): row.name}
        for month, count in zip(row.month_list, row.posts_list, strict=True):
            entry[fmt_month(pd.Timestamp(month), lang, short=True)] = fmt_number(count, lang)
        entry[t("freq_col_average", lang)] = fmt_number(row.posts_per_month, lang, 1)
        entry[t("freq_col_meets", lang)] = "✓" if row.meets_target else "–"
        rows.append(entry)
    table = pd.DataFrame(rows)
    if table.empty:
        return table
    months = sorted({pd.Timestamp(m) for months in people["month_list"] for m in months})
    columns = [t("eng_col_person", lang), *[fmt_month(m, lang, short=True) for m in months],
               t("freq_col_average", lang), t("freq_col_meets", lang)]
    return table.reindex(columns=columns).fillna("")


def quiet_table(gaps: pd.DataFrame, lang: str) -> pd.DataFrame:
    """People without a post for a while, as a table: name, days without a post, last post
    ('–' for people who have never posted), and where someone's data ends before the period, the
    day it ends (their pause is at least that long)."""
    table = pd.DataFrame({
        t("eng_col_person", lang): list(gaps["name"]),
        t("freq_col_days", lang): [int(days) for days in gaps["days_quiet"]],
        t("freq_col_last", lang): ["–" if never else fmt_date(last, lang)
                                   for last, never in zip(gaps["last_post"], gaps["never_posted"], strict=True)],
    })
    rows = list(gaps.itertuples())
    if any(at_least(row) for row in rows):
        table[t("cov_col_data_until", lang)] = [fmt_date(row.measured_to, lang) if at_least(row) else ""
                                                for row in rows]
    return table
