"""Posting frequency: who posts how often, who has gone quiet, how much of the roster is active."""

from __future__ import annotations

import streamlit as st

from analytics.charts import engagement as engagement_charts
from analytics.charts import frequency as charts
from analytics.filters import Filters
from analytics.i18n import fmt_date, fmt_number, t
from analytics.queries import engagement, frequency
from pages import ui

THIN_TOTAL = 30  # fewer posts than this: warn about thin data


def render() -> None:
    """The posting-frequency page."""
    lang = ui.current_lang()
    selection = ui.filters()
    st.title(t("freq_title", lang))
    st.caption(t("freq_caption", lang))
    target_col, threshold_col, sort_col = st.columns([1, 1, 1], vertical_alignment="bottom")
    target = target_col.number_input(
        t("freq_target", lang), min_value=1, max_value=60, value=4, step=1, key="freq_target",
        help=t("freq_target_help", lang),
    )
    threshold = threshold_col.number_input(
        t("freq_threshold", lang), min_value=1, max_value=365, value=14, step=1, key="freq_threshold",
    )
    ranked = sort_col.toggle(t("freq_sort", lang), value=False, key="freq_sort", help=t("freq_sort_help", lang))

    weeks = ui.query(frequency.person_week, filters=selection)
    people = ui.query(frequency.monthly_target, int(target), filters=selection)
    gaps = ui.query(frequency.gaps, filters=selection)
    posts = int(weeks["posts"].sum()) if not weeks.empty else 0
    if posts == 0:
        st.info(t("no_data_period", lang))
    elif posts < THIN_TOTAL:
        st.warning(t("thin_data", lang, n=posts))
    _tiles(people, gaps, posts, int(target), int(threshold), lang)

    source = ui.source_line(selection, lang)
    if ranked:
        order = t("freq_order_activity", lang)
    else:
        order = t("freq_order_pseudo" if selection.pseudonymise else "freq_order_alpha", lang)
    n_people = fmt_number(len(people), lang)

    st.subheader(t("freq_weeks", lang))
    ui.chart(
        charts.person_week_heatmap(weeks, lang, ranked, source), "frequency_weeks", selection,
        note=t("freq_note_weeks", lang, n=fmt_number(posts, lang), people=n_people, order=order),
    )

    st.subheader(t("freq_target_section", lang))
    meets = int(people["meets_target"].sum()) if not people.empty else 0
    ui.chart(
        charts.target_chart(people, int(target), lang, ranked, source), "frequency_target", selection,
        note=t("freq_note_target", lang, meets=fmt_number(meets, lang), people=n_people,
               target=fmt_number(target, lang), order=order),
    )
    if not people.empty:
        with st.expander(t("freq_table", lang)):
            st.dataframe(charts.monthly_table(people, lang), hide_index=True)

    _gaps(gaps, int(threshold), ranked, order, selection, source, lang)

    st.subheader(t("freq_participation", lang))
    months = ui.query(frequency.participation, filters=selection)
    latest_roster = int(months["roster"].iloc[-1]) if not months.empty else 0
    ui.chart(
        charts.participation_chart(months, lang, source), "frequency_participation", selection,
        note=t("freq_note_participation", lang, roster=fmt_number(latest_roster, lang)),
    )

    st.subheader(t("freq_times", lang))
    cells = ui.query(engagement.weekday_hour, filters=selection)
    totals = ui.query(engagement.totals, filters=selection)
    timed = int(cells["posts"].sum()) if not cells.empty else 0
    ui.chart(
        engagement_charts.weekday_hour_heatmap(cells, "posts", lang, t("freq_chart_times", lang), source),
        "frequency_weekday_hour", selection,
        note=t("freq_note_times", lang, n=fmt_number(timed, lang),
               without=fmt_number(totals["posts_without_time"], lang)),
    )


def _tiles(people, gaps, posts: int, target: int, threshold: int, lang: str) -> None:
    total = len(people)
    active = int((people["posts"] > 0).sum()) if total else 0
    median = people["posts_per_month"].median() if total else None
    meets = int(people["meets_target"].sum()) if total else 0
    quiet = int((gaps["days_quiet"] >= threshold).sum()) if not gaps.empty else 0
    measured_to = gaps["measured_to"].iloc[0] if not gaps.empty else None
    ui.tiles([
        {"label": t("kpi_posts", lang), "value": fmt_number(posts, lang)},
        {"label": t("freq_kpi_active", lang), "value": t("freq_of", lang, n=fmt_number(active, lang),
                                                          total=fmt_number(total, lang)),
         "help": t("freq_help_active", lang, total=fmt_number(total, lang))},
        {"label": t("freq_kpi_median_month", lang), "value": fmt_number(median, lang, 1),
         "help": t("freq_help_median_month", lang)},
        {"label": t("freq_kpi_meets", lang), "value": t("freq_of", lang, n=fmt_number(meets, lang),
                                                         total=fmt_number(total, lang)),
         "help": t("freq_help_meets", lang, target=fmt_number(target, lang))},
        {"label": t("freq_kpi_quiet", lang, days=threshold), "value": fmt_number(quiet, lang),
         "help": t("freq_help_quiet", lang, days=threshold, date=fmt_date(measured_to, lang))},
    ])


def _gaps(gaps, threshold: int, ranked: bool, order: str, selection: Filters, source: str, lang: str) -> None:
    st.subheader(t("freq_gaps", lang))
    measured_to = gaps["measured_to"].iloc[0] if not gaps.empty else selection.end
    ui.chart(
        charts.gap_chart(gaps, threshold, lang, ranked, source), "frequency_gaps", selection,
        note=t("freq_note_gaps", lang, date=fmt_date(measured_to, lang), people=fmt_number(len(gaps), lang),
               order=order),
    )
    if gaps.empty:
        return
    quiet = gaps[gaps["days_quiet"] >= threshold]
    if ranked:
        quiet = quiet.sort_values("days_quiet", ascending=False, kind="stable")
    if quiet.empty:
        st.success(t("freq_quiet_none", lang, days=threshold))
    else:
        names = ", ".join(t("freq_quiet_entry", lang, name=row.name, days=fmt_number(row.days_quiet, lang))
                          for row in quiet.itertuples())
        st.warning(t("freq_quiet_list", lang, days=threshold, names=names), icon=":material/schedule:")


ui.run_page(render)
