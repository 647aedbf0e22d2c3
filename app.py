"""Influencer Cockpit: entry point. Sets up the page, the shared sidebar and the navigation;
the overview page lives here, every other page in ``pages/``."""

from __future__ import annotations

import streamlit as st

from analytics import store
from analytics.charts.overview import posts_and_engagement_by_month
from analytics.demo import ensure_demo_if_empty
from analytics.filters import Filters
from analytics.i18n import fmt_change, fmt_date, t
from analytics.queries import overview
from pages import ui


def render_overview() -> None:
    """How is the programme doing: KPI tiles with change, posts and engagement per month."""
    lang = ui.current_lang()
    selection = ui.filters()
    st.title(t("overview_title", lang))
    st.caption(t("overview_caption", lang))
    current = ui.query(overview.kpis, filters=selection)
    previous_filters = selection.previous()
    previous = ui.query(overview.kpis, filters=previous_filters) if previous_filters else None
    if current["posts"] == 0:
        st.info(t("no_data_period", lang))
    tiles = _tiles(current, previous, previous_filters, lang)
    ui.tiles(tiles, columns=4)
    if previous is not None and not previous["posts"]:
        st.caption(t("kpi_no_previous_data", lang))
    monthly = ui.query(overview.monthly, filters=selection)
    pilot = ui.query(overview.pilot_period)
    fig = posts_and_engagement_by_month(monthly, lang, pilot=pilot, source=ui.source_line(selection, lang))
    ui.chart(fig, "overview_monthly", selection, note=t("def_engagement", lang, n=current["posts_with_impressions"]))


def _tiles(current: dict, previous: dict | None, previous_filters: Filters | None, lang: str) -> list[dict]:
    help_previous = (
        t("kpi_previous", lang, start=fmt_date(previous_filters.start, lang), end=fmt_date(previous_filters.end, lang))
        if previous_filters else t("kpi_no_previous", lang)
    )
    rate_help = t("def_engagement", lang, n=current["posts_with_impressions"])
    active_help = (
        t("def_active", lang) + " " + t("kpi_active_of", lang, n=current["cohort_size"]) + ". " + help_previous
    )
    # No change is shown against a previous period without any posts: "+326" would mislead.
    compare = previous if previous and previous["posts"] else None
    tiles = []
    for key, label, kind, help_text in (
        ("posts", "kpi_posts", "int", help_previous),
        ("influencers", "kpi_active", "int", active_help),
        ("engagement_rate", "kpi_engagement_rate", "percent", rate_help + " " + help_previous),
        ("impressions", "kpi_impressions", "int", help_previous),
        ("reactions", "kpi_reactions", "int", help_previous),
        ("comments", "kpi_comments", "int", help_previous),
        ("reposts", "kpi_reposts", "int", help_previous),
        ("engagements", "kpi_engagements", "int", rate_help),
    ):
        before = compare[key] if compare else None
        tiles.append({
            "label": t(label, lang),
            "value": ui.format_kpi(current[key], lang, kind),
            "delta": fmt_change(current[key], before, lang, percent=kind == "percent"),
            "help": help_text,
        })
    return tiles


def _demo_banner(lang: str, compact: bool) -> None:
    """Say plainly that the demo is shown; compact (one sidebar line) on the briefing page,
    whose main area is kept for the screenshot."""
    with store.cursor(ui.workspace()) as cur:
        demo = store.has_demo(cur)
    if not demo:
        return
    if compact:
        st.sidebar.info(t("demo_banner_short", lang), icon=":material/science:")
        return
    text_col, button_col = st.columns([5, 1], vertical_alignment="center")
    text_col.info(t("demo_banner", lang), icon=":material/science:")
    if button_col.button(t("demo_clear", lang), key="demo_clear"):
        ui.write(_clear_demo)
        st.toast(t("demo_cleared", lang))
        st.rerun()


def _clear_demo(cur) -> None:
    store.clear_demo(cur)
    store.set_meta(cur, "demo_dismissed", "1")


def main() -> None:
    st.set_page_config(page_title="Influencer Cockpit", page_icon=":material/campaign:", layout="wide")
    with ui.shell_scope():
        ui.guarded(_shell)


def _shell() -> None:
    """Everything around the page: login, workspace, demo, sidebar, navigation; then the page."""
    ui.page_style()
    ui.require_login()
    con = ui.workspace()
    if "_demo_checked" not in st.session_state:
        ensure_demo_if_empty(con)
        st.session_state["_demo_checked"] = True
    ui.sidebar()
    lang = ui.current_lang()
    pages = [st.Page(render_overview, title=t("nav_overview", lang), icon=":material/dashboard:",
                     url_path="overview", default=True)]
    pages += [
        st.Page(path, title=t(title, lang), url_path=url, icon=icon)
        for path, title, url, icon in ui.PAGES
    ]
    page = st.navigation(pages)
    _demo_banner(lang, compact=page.url_path == "Briefing")
    ui.guarded(page.run)


main()
