"""Overview: how the programme is doing — KPI tiles with change, posts and engagement per month."""

from __future__ import annotations

import streamlit as st

from analytics import covered, periods, programme
from analytics.charts.marks import partial_note
from analytics.charts.overview import posts_and_engagement_by_month
from analytics.i18n import fmt_date, t
from analytics.kpis import engagement_note, kpi_tiles
from analytics.literal import md_literal
from analytics.queries import overview
from pages.sections import company_page as company_page_section
from pages.sections import goals as goals_section
from pages.ui import data, shell, sidebar, widgets


def render() -> None:
    """The overview page (the app's default page, URL path ``overview``)."""
    lang = sidebar.current_lang()
    selection = sidebar.filters()
    st.title(t("overview_title", lang))
    header = data.query(programme.header)
    if header["programme_name"]:  # the organisation only when one is set: none is built in
        st.markdown(md_literal(t("prog_header", lang, name=header["programme_name"],
                                 organisation=header["organisation"]) if header["organisation"]
                               else header["programme_name"]))
    st.caption(t("overview_caption", lang))
    widgets.gap_note(selection, lang)
    current = data.query(overview.kpis, filters=selection)
    previous_filters = selection.previous()
    previous = data.query(overview.kpis, filters=previous_filters) if previous_filters else None
    if current["posts"] == 0:
        st.info(t("no_data_period", lang))
    help_previous = (
        t("kpi_previous", lang, start=fmt_date(previous_filters.start, lang), end=fmt_date(previous_filters.end, lang))
        if previous_filters else t("kpi_no_previous", lang)
    )
    rate_help = engagement_note(current, lang)
    active_help = (
        t("def_active", lang) + " " + t("kpi_active_of", lang, n=current["cohort_size"]) + ". " + help_previous
    )
    widgets.tiles(kpi_tiles(current, previous, (
        ("posts", "kpi_posts", "int", help_previous),
        ("influencers", "kpi_active", "int", active_help),
        ("engagement_rate", "kpi_engagement_rate", "percent", rate_help + " " + help_previous),
        ("impressions", "kpi_impressions", "int", help_previous),
        ("reactions", "kpi_reactions", "int", help_previous),
        ("comments", "kpi_comments", "int", help_previous),
        ("reposts", "kpi_reposts", "int", help_previous),
        ("engagements", "kpi_engagements", "int", rate_help + " " + help_previous),
    ), lang), columns=4)
    if previous is not None and not previous["posts"]:
        # a previous period no file covers has no data, which is not the same as no posts
        st.caption(t("kpi_no_previous_cover", lang, start=fmt_date(previous_filters.start, lang),
                     end=fmt_date(previous_filters.end, lang))
                   if data.query(covered.uncovered, filters=previous_filters) else t("kpi_no_previous_data", lang))
    monthly = data.query(overview.monthly, filters=selection)
    phases = data.query(overview.phases)
    cover = data.query(periods.coverage, filters=selection)
    timeline = data.query(covered.timeline, "month", filters=selection)
    fig = data.figure(posts_and_engagement_by_month, monthly, lang, phases=phases,
                      source=widgets.source_line(selection, lang), cover=cover, timeline=timeline)
    note = rate_help
    partial = partial_note(monthly["month"], cover, "month", lang) if not monthly.empty else ""
    widgets.chart(fig, "overview_monthly", selection, note=f"{note} {partial}".strip())
    goals_section.goals_status(lang)
    company_page_section.page_comparison(selection, lang)


shell.run_page(render)
