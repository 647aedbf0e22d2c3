"""Posting frequency: who posts how often, who has gone quiet, how much of the roster is active.

With more people than fit in a chart (30), the person-level charts show one page of people at a
time (the query fetches only that page); tiles, notes and aggregate charts count everyone.
"""

from __future__ import annotations

import streamlit as st

from analytics import periods
from analytics.charts import engagement as engagement_charts
from analytics.charts import frequency as charts
from analytics.charts.marks import partial_note
from analytics.filters import Filters
from analytics.i18n import fmt_date, fmt_number, t
from analytics.literal import md_literal
from analytics.paging import PAGE_SIZE
from analytics.queries import engagement, frequency
from pages.ui import data, gates, shell, sidebar, widgets

THIN_TOTAL = 30  # fewer posts than this: warn about thin data
PAGE_KEY = "freq_people_page"
LONG_TILE_TOTAL = 100  # from this many people, "n von total" tiles need more room


def render() -> None:
    """The posting-frequency page."""
    lang = sidebar.current_lang()
    selection = sidebar.filters()
    st.title(t("freq_title", lang))
    st.caption(t("freq_caption", lang))
    widgets.gap_note(selection, lang)
    row = st.container(horizontal=True, vertical_alignment="bottom", gap="medium")
    target = int(row.number_input(
        t("freq_target", lang), min_value=1, max_value=60, value=4, step=1, key="freq_target",
        help=t("freq_target_help", lang), width=widgets.NUMBER_WIDTH,
    ))
    threshold = int(row.number_input(
        t("freq_threshold", lang), min_value=1, max_value=365, value=14, step=1, key="freq_threshold",
        width=widgets.NUMBER_WIDTH,
    ))
    ranked = row.toggle(t("freq_sort", lang), value=False, key="freq_sort", help=t("freq_sort_help", lang),
                        on_change=widgets.first_people_page, args=(PAGE_KEY,))

    summary = data.query(frequency.target_summary, target, filters=selection)
    gap_summary = data.query(frequency.gap_summary, threshold, filters=selection)
    posts = summary["posts"]
    if posts == 0:
        st.info(t("no_data_period", lang))
    elif posts < THIN_TOTAL:
        st.warning(t("thin_data", lang, n=posts))
    _tiles(summary, gap_summary, target, threshold, lang)
    if summary["no_data"]:  # in the programme, but no file covers them: unknown, never "inactive"
        st.caption(t("cov_people_without_data", lang, n=fmt_number(summary["no_data"], lang)))
    source = widgets.source_line(selection, lang)
    # the person-level charts and lists (closed in staff-council mode until opened with a purpose)
    if gates.named_view_open("frequency_people", lang):
        _people(selection, summary, gap_summary, (target, threshold, ranked), source, lang)

    st.subheader(t("freq_participation", lang))
    months = data.query(frequency.participation, filters=selection)
    cover = data.query(periods.coverage, filters=selection)
    latest_roster = int(months["roster"].iloc[-1]) if not months.empty else 0
    partial = partial_note(months["month"], cover, "month", lang) if not months.empty else ""
    if not widgets.lacking("roster", lang):
        widgets.chart(
            data.figure(charts.participation_chart, months, lang, source, cover), "frequency_participation", selection,
            note=f"{t('freq_note_participation', lang, roster=fmt_number(latest_roster, lang))} {partial}".strip(),
        )

    st.subheader(t("freq_times", lang))
    if widgets.lacking("times", lang):
        return
    weekday_hour = data.query(engagement.weekday_hour, filters=selection)
    totals = data.query(engagement.totals, filters=selection)
    timed = int(weekday_hour["posts"].sum()) if not weekday_hour.empty else 0
    widgets.chart(
        data.figure(engagement_charts.weekday_hour_heatmap, weekday_hour, "posts", lang, t("freq_chart_times", lang),
                    source),
        "frequency_weekday_hour", selection,
        note=t("freq_note_times", lang, n=fmt_number(timed, lang),
               without=fmt_number(totals["posts_without_time"], lang)),
    )


def _people(selection: Filters, summary: dict, gap_summary: dict, settings: tuple[int, int, bool], source: str,
            lang: str) -> None:
    """Heatmap, monthly target and gaps per person: one page of people."""
    target, threshold, ranked = settings
    total, posts = summary["people"], summary["posts"]
    # tiles count everyone; the person-level charts below show one page of people
    page, people_page = widgets.people_pager(total, PAGE_KEY, lang)
    limit, offset = PAGE_SIZE, page * PAGE_SIZE

    order = widgets.order_note(selection, ranked, ("freq_order_activity", "freq_order_pseudo", "freq_order_alpha"),
                               people_page, lang)
    n_people = fmt_number(total, lang)

    unit = charts.heatmap_unit(selection.start, selection.end)
    cells = data.query(frequency.person_period, unit, ranked, limit, offset, filters=selection)
    cover = data.query(periods.coverage, filters=selection)
    st.subheader(t("freq_weeks" if unit == "week" else "freq_months", lang))
    widgets.chart(
        data.figure(charts.person_period_heatmap, cells, lang, unit, ranked, source, people_page, cover),
        "frequency_weeks", selection,
        note=t("freq_note_weeks" if unit == "week" else "freq_note_months", lang, n=fmt_number(posts, lang),
               people=n_people, order=order),
    )

    st.subheader(t("freq_target_section", lang))
    people = data.query(frequency.monthly_target, target, ranked, limit, offset, filters=selection)
    widgets.chart(
        data.figure(charts.target_chart, people, target, lang, ranked, source, people_page), "frequency_target",
        selection,
        note=t("freq_note_target", lang, meets=fmt_number(summary["meets"], lang), people=n_people,
               target=fmt_number(target, lang), order=order),
    )
    if not people.empty:
        label = t("freq_table_page", lang, page=people_page) if people_page else t("freq_table", lang)
        box = widgets.folded(label, "frequency_table")
        if box.open:
            with box:
                # the name pinned: a year of months scrolls sideways at 1280 px, the name stays in sight
                st.dataframe(data.figure(charts.monthly_table, people, lang), hide_index=True,
                             column_config={t("eng_col_person", lang): st.column_config.TextColumn(pinned=True)})

    _gaps(gap_summary, threshold, ranked, (offset, people_page), order, selection, source, lang)
    _without_data(selection, summary["no_data"], lang)


def _without_data(selection: Filters, count: int, lang: str) -> None:
    """The people in the programme whom no file covers in the period, by name: "keine Daten", not quiet."""
    if not count:
        return
    people = data.query(frequency.gaps, False, None, 0, filters=selection)
    names = ", ".join(people.loc[people["no_data"], "name"])
    st.info(t("cov_people_without_data_list", lang, n=fmt_number(count, lang), names=md_literal(names)),
            icon=":material/event_busy:")


def _tiles(summary: dict, gap_summary: dict, target: int, threshold: int, lang: str) -> None:
    total = summary["people"]
    # '1.000 von 1.000' does not fit into a fifth of the page: large cohorts get rows of three.
    per_row = 3 if total >= LONG_TILE_TOTAL else None
    widgets.tiles([
        {"label": t("kpi_posts", lang), "value": fmt_number(summary["posts"], lang)},
        {"label": t("freq_kpi_active", lang), "value": t("freq_of", lang, n=fmt_number(summary["active"], lang),
                                                          total=fmt_number(total, lang)),
         "help": t("freq_help_active", lang, total=fmt_number(total, lang))},
        {"label": t("freq_kpi_median_month", lang), "value": fmt_number(summary["median_per_month"], lang, 1),
         "help": t("freq_help_median_month", lang)},
        {"label": t("freq_kpi_meets", lang), "value": t("freq_of", lang, n=fmt_number(summary["meets"], lang),
                                                         total=fmt_number(total, lang)),
         "help": t("freq_help_meets", lang, target=fmt_number(target, lang))},
        {"label": t("freq_kpi_quiet", lang, days=threshold), "value": fmt_number(gap_summary["quiet"], lang),
         "help": t("freq_help_quiet", lang, days=threshold, date=fmt_date(gap_summary["measured_to"], lang))},
    ], per_row)


def _gaps(summary: dict, threshold: int, ranked: bool, paging: tuple[int, str | None], order: str,
          selection: Filters, source: str, lang: str) -> None:
    st.subheader(t("freq_gaps", lang))
    offset, people_page = paging
    gaps = data.query(frequency.gaps, ranked, PAGE_SIZE, offset, filters=selection)
    measured_to = summary["measured_to"] or selection.end
    widgets.chart(
        data.figure(charts.gap_chart, gaps, threshold, lang, ranked, source, people_page), "frequency_gaps", selection,
        note=t("freq_note_gaps", lang, date=fmt_date(measured_to, lang), people=fmt_number(summary["people"], lang),
               days=fmt_number(threshold, lang), quiet=fmt_number(summary["quiet"], lang), order=order),
    )
    if not summary["people"]:
        return
    if not summary["quiet"]:
        st.success(t("freq_quiet_none", lang, days=threshold))
        return
    here = gaps[gaps["days_quiet"] >= threshold]
    entries = ", ".join(t("freq_quiet_entry", lang, name=row.name, days=charts.pause_text(row, lang))
                        for row in here.itertuples())
    if not people_page:  # everyone fits: name them all
        st.warning(t("freq_quiet_list", lang, days=threshold, names=md_literal(entries)), icon=":material/schedule:")
        return
    st.warning(t("freq_quiet_count", lang, count=fmt_number(summary["quiet"], lang),
                 total=fmt_number(summary["people"], lang), days=threshold, page=people_page,
                 names=md_literal(entries) if entries else t("freq_quiet_nobody_here", lang)),
               icon=":material/schedule:")
    box = widgets.folded(t("freq_quiet_table", lang, count=fmt_number(summary["quiet"], lang), days=threshold),
                         "frequency_quiet_table")
    if box.open:
        with box:
            quiet = data.query(frequency.gaps, ranked, None, 0, threshold, filters=selection)
            st.dataframe(charts.quiet_table(quiet, lang), hide_index=True)


shell.run_page(render)
