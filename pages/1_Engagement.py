"""Engagement: what resonates — over time, per person, top posts, weekday and hour.

With more people than fit in a chart (30), the per-person chart shows one page of people at a
time (the query fetches only that page).
"""

from __future__ import annotations

import streamlit as st

from analytics import covered
from analytics import periods as periods_of
from analytics.charts import engagement as charts
from analytics.charts.marks import partial_note
from analytics.i18n import fmt_number, t
from analytics.kpis import engagement_note, engagements_definition, format_value
from analytics.paging import PAGE_SIZE
from analytics.queries import engagement
from pages.ui import data, gates, shell, sidebar, widgets

# the posts that have each order's value (columns of engagement.totals)
TOP_ORDER_KNOWN = {
    "engagements": "known_engagements", "engagement_rate": "posts_with_rate", "reactions": "known_reactions",
    "comments": "known_comments", "reposts": "known_reposts", "impressions": "known_impressions",
}
TOP_ORDER_TEXT_KEYS = {
    "engagements": "kpi_engagements",
    "engagement_rate": "kpi_engagement_rate",
    "reactions": "kpi_reactions",
    "comments": "kpi_comments",
    "reposts": "kpi_reposts",
    "impressions": "kpi_impressions",
}
# the tiles of the figures only LinkedIn's exports have, by the queries' names
LINKEDIN_TILE_TEXT_KEYS = {
    "members_reached": "eng_kpi_members_reached",
    "saves": "eng_kpi_saves",
    "sends": "eng_kpi_sends",
    "profile_viewers": "eng_kpi_profile_viewers",
    "followers_gained": "eng_kpi_followers_gained",
    "link_engagements": "eng_kpi_link_engagements",
}
# each rate's tile and its definition
RATE_TEXT_KEYS = {
    "comment_rate": ("eng_kpi_comment_rate", "def_comment_rate"),
    "follower_capture": ("eng_kpi_follower_capture", "def_follower_capture"),
}
GRANULARITY_TEXT_KEYS = {"week": "eng_week", "month": "eng_month"}
THIN_TOTAL = 30  # fewer posts with impressions than this: warn about thin data
PAGE_KEY = "eng_people_page"


def render() -> None:
    """The engagement page."""
    lang = sidebar.current_lang()
    selection = sidebar.filters()
    st.title(t("eng_title", lang))
    st.caption(t("eng_caption", lang))
    widgets.gap_note(selection, lang)
    totals = data.query(engagement.totals, filters=selection)
    if not totals["posts"]:
        st.info(t("no_data_period", lang))
    elif totals["posts_with_impressions"] < THIN_TOTAL:
        st.warning(t("thin_data", lang, n=totals["posts_with_impressions"]))
    # One wrapping row of tiles: a LinkedIn figure alone on a second row would stretch across it.
    linkedin = data.query(engagement.linkedin_metrics, filters=selection)
    widgets.tiles(_tiles(totals, lang) + _linkedin_tiles(linkedin, lang))
    source = widgets.source_line(selection, lang)
    _over_time(selection, totals, source, lang)
    _per_person(selection, totals, source, lang)
    _top_posts(selection, totals, lang)
    _weekday_hour(selection, totals, source, lang)


def _tiles(totals: dict, lang: str) -> list[dict]:
    n_rate = totals["posts_with_rate"]
    return [
        {"label": t("kpi_posts", lang), "value": fmt_number(totals["posts"], lang)},
        {"label": t("eng_kpi_with_impressions", lang), "value": fmt_number(totals["posts_with_impressions"], lang),
         "help": t("eng_help_with_impressions", lang, n=fmt_number(n_rate, lang))},
        {"label": t("kpi_engagement_rate", lang), "value": format_value(totals["engagement_rate"], lang, "percent"),
         "help": engagement_note(totals, lang)},
        {"label": t("eng_kpi_median_rate", lang), "value": format_value(totals["median_rate"], lang, "percent"),
         "help": t("eng_help_median_rate", lang, n=n_rate)},
    ]


def _linkedin_tiles(figures: dict, lang: str) -> list[dict]:
    """The figures only LinkedIn's exports have, where known, and the comment rate and follower capture."""
    items = []
    for name in engagement.LINKEDIN_FIGURES:
        n = figures["n_" + name]
        if n:
            items.append({"label": t(LINKEDIN_TILE_TEXT_KEYS[name], lang), "value": fmt_number(figures[name], lang),
                          "help": t("eng_help_known_for", lang, n=fmt_number(n, lang))})
    for rate, (label, definition) in RATE_TEXT_KEYS.items():
        n = figures["n_" + rate]
        if n:
            items.append({"label": t(label, lang), "value": format_value(figures[rate], lang, "percent"),
                          "help": t(definition, lang, n=fmt_number(n, lang))})
    return items


def _over_time(selection, totals: dict, source: str, lang: str) -> None:
    st.subheader(t("eng_over_time", lang))
    granularity = st.segmented_control(
        t("eng_granularity", lang), list(engagement.GRANULARITIES), default="month", key="eng_granularity",
        format_func=lambda value: t(GRANULARITY_TEXT_KEYS[value], lang), required=True,
    )
    periods = data.query(engagement.over_time, granularity, filters=selection)
    unit = t(charts.UNIT_TEXT_KEYS[granularity], lang)
    cover = data.query(periods_of.coverage, filters=selection)
    timeline = data.query(covered.timeline, granularity, filters=selection)
    partial = partial_note(periods["period"], cover, granularity, lang) if not periods.empty else ""
    widgets.chart(
        data.figure(charts.interactions_over_time, periods, granularity, lang, source, cover, timeline),
        f"engagement_{granularity}", selection,
        note=" ".join(part for part in (
            engagements_definition(totals, lang),
            t("eng_note_interactions", lang, unit=unit, n=fmt_number(totals["known_engagements"], lang),
              posts=fmt_number(totals["posts"], lang)), partial) if part),
    )
    widgets.chart(
        data.figure(charts.reach_over_time, periods, granularity, lang, source, cover, timeline),
        f"engagement_rate_{granularity}", selection,
        note=(t("eng_note_reach", lang, unit=unit, n=fmt_number(totals["posts_with_rate"], lang),
                thin=charts.THIN_POSTS) + " " + partial).strip(),
    )


def _per_person(selection, totals: dict, source: str, lang: str) -> None:
    st.subheader(t("eng_per_person", lang))
    if not gates.named_view_open("engagement_people", lang):
        return
    row = st.container(horizontal=True, vertical_alignment="bottom", gap="medium")
    metric = row.segmented_control(
        t("eng_metric", lang), list(engagement.METRICS), default="rate", key="eng_person_metric",
        format_func=lambda value: t(charts.METRIC_TEXT_KEYS[value], lang), required=True,
        on_change=widgets.first_people_page, args=(PAGE_KEY,),
    )
    ranked = row.toggle(t("eng_sort_median", lang), value=False, key="eng_sort_median",
                        help=t("eng_sort_help", lang), on_change=widgets.first_people_page, args=(PAGE_KEY,))
    summary = data.query(engagement.per_person_summary, filters=selection)
    total = summary[f"people_with_{metric}"]
    page, people_page = widgets.people_pager(total, PAGE_KEY, lang)
    size = PAGE_SIZE
    people = data.query(engagement.per_person, metric, ranked, size, page * size, filters=selection)
    overall = totals["median_rate"] if metric == "rate" else totals["median_engagements"]
    order = widgets.order_note(selection, ranked, ("eng_order_median", "eng_order_pseudo", "eng_order_alpha"),
                               people_page, lang)
    widgets.chart(
        data.figure(charts.person_distribution, people, metric, lang, overall, ranked, source, people_page),
        f"engagement_people_{metric}", selection,
        note=t("eng_note_person", lang, n=fmt_number(summary[f"posts_with_{metric}"], lang),
               people=fmt_number(total, lang), thin=charts.THIN_POSTS, order=order),
    )


def _top_posts(selection, totals: dict, lang: str) -> None:
    st.subheader(t("eng_top", lang))
    if not gates.named_view_open("engagement_top_posts", lang):
        return
    row = st.container(horizontal=True, vertical_alignment="bottom")
    orders = list(TOP_ORDER_TEXT_KEYS)
    # first choice: the first order some post of the selection has a value for (a sheet without
    # reposts has no engagements, but reactions)
    known = [order for order in orders if totals[TOP_ORDER_KNOWN[order]]]
    order_by = row.selectbox(
        t("eng_top_order", lang), orders, key="eng_top_order", index=orders.index(known[0]) if known else 0,
        format_func=lambda value: t(TOP_ORDER_TEXT_KEYS[value], lang), width=widgets.CONTROL_WIDTH,
    )
    limit = row.number_input(t("eng_top_count", lang), min_value=1, max_value=100, value=10, step=5,
                             key="eng_top_count", width=widgets.NUMBER_WIDTH)
    posts = data.query(engagement.top_posts, order_by, int(limit), filters=selection)
    if posts.empty:
        st.info(t("eng_top_none_known", lang, metric=t(TOP_ORDER_TEXT_KEYS[order_by], lang))
                if totals["posts"] else t("no_data_period", lang))
        return
    table = charts.top_posts_table(posts, lang)
    # Columns sized to their content: numbers and the link small, the first line wide only when
    # there is one; a column with no value in any row (no texts, no impressions) is left out.
    numbers = {t(key, lang): st.column_config.TextColumn(alignment="right")
               for column, key in charts.TOP_COLUMNS if column not in ("published_on", "name", "preview", "url")}
    # The numbers and the link first; the first line of text, a preview anyway, last and narrow,
    # so that at 1440 px (and 1280 px but for the preview's end) nothing is cut at the right.
    preview = t("eng_col_preview", lang)
    shown = widgets.filled_columns(table, [column for column in table.columns if column != preview] + [preview])
    st.dataframe(
        table,
        hide_index=True,
        column_order=shown,
        column_config={
            **numbers,
            preview: st.column_config.TextColumn(width="small"),
            t("kpi_engagement_rate", lang): st.column_config.TextColumn(
                t("eng_col_rate_short", lang), help=t("kpi_engagement_rate", lang), alignment="right"),
            t("eng_col_link", lang): st.column_config.LinkColumn(display_text=t("eng_link_text", lang),
                                                                 width="small"),
        },
        key="eng_top_posts",
    )
    hidden = [column for column in table.columns if column not in shown]
    if hidden:
        st.caption(t("eng_top_hidden", lang, columns=", ".join(hidden)))
    with_value = totals[TOP_ORDER_KNOWN[order_by]]
    st.caption(t("eng_note_top", lang, shown=len(posts), metric=t(TOP_ORDER_TEXT_KEYS[order_by], lang),
                 n=fmt_number(with_value, lang)))


def _weekday_hour(selection, totals: dict, source: str, lang: str) -> None:
    st.subheader(t("eng_when", lang))
    if widgets.lacking("times", lang):
        return
    value = st.segmented_control(
        t("eng_metric", lang), ["median_rate", "median_engagements"], default="median_rate", key="eng_heat_metric",
        format_func=lambda key: t("eng_heat_rate" if key == "median_rate" else "eng_heat_engagements", lang),
        required=True,
    )
    cells = data.query(engagement.weekday_hour, filters=selection)
    metric = t("eng_heat_rate" if value == "median_rate" else "eng_heat_engagements", lang)
    n = int(cells["posts"].sum()) if not cells.empty else 0
    widgets.chart(
        data.figure(charts.weekday_hour_heatmap, cells, value, lang, t("eng_chart_heat", lang, metric=metric), source),
        "engagement_weekday_hour", selection,
        note=t("eng_note_heat", lang, n=fmt_number(n, lang), without=fmt_number(totals["posts_without_time"], lang),
               thin=charts.THIN_CELL),
    )


shell.run_page(render)
