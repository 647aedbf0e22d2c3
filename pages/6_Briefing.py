"""Briefing: one 16:9 screen for management – text, KPI tiles, four key charts – and its exports."""

from __future__ import annotations

from urllib.parse import urlencode

import plotly.graph_objects as go
import streamlit as st

from analytics.briefing import content, html, pptx
from analytics.export import FORMATS, MIME, TABLE_TEXT_KEYS, TABLES, export_table
from analytics.filters import Filters
from analytics.i18n import t
from analytics.literal import md_literal
from pages.sections import goals as goals_section
from pages.ui import data, gates, shell, sidebar, widgets

# The screenshot view is laid out for a 1280 × 720 window (charts of a fixed height: Plotly draws wrong
# inside CSS zoom or transforms); a larger window shows the same picture, wider, with room below it.
SCREEN_WINDOW_KEY = "briefing_window"  # the window's height, so that what follows starts below the fold
SCREEN_KEY = "briefing_screen"
SCREEN_TEXT_KEY = "briefing_screen_text"
SCREEN_CHART_HEIGHT = 300
SCREEN_CSS = """<style>
[data-testid='stHeader'] {background: transparent;}
[data-testid='stMainBlockContainer'] {padding: 0.75rem 1.5rem 1rem 4rem;}
.st-key-briefing_window {min-height: calc(100vh - 1.75rem);}
.st-key-briefing_screen {gap: 0.4rem;}
.st-key-briefing_screen h3 {padding: 0 0 0.25rem; font-size: 1.5rem;}
.st-key-briefing_screen_text p {font-size: 0.9rem; line-height: 1.45;}
.st-key-briefing_screen [data-testid='stVerticalBlock'] {gap: 0.5rem;}
.st-key-briefing_screen [data-testid='stMetric'] {padding: 0.4rem 0.75rem;}
.st-key-briefing_screen [data-testid='stMetric'] > div {padding: 0;}
.st-key-briefing_screen [data-testid='stMetricValue'] {font-size: 1.75rem;}
</style>"""
PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
EXPORTS_OPEN_KEY = "briefing_exports_open"  # whether the data-export expander is open (its downloads drawn)


def render() -> None:
    """The briefing screen; the controls sit below it, outside a screenshot of the top."""
    lang = sidebar.current_lang()
    screenshot = sidebar.screenshot_view()
    screen, controls = st.container(), st.container()
    # One name switch: the sidebar's. It governs the screen, the HTML, the PowerPoint and the data exports.
    selection = sidebar.filters()
    with controls:
        st.divider()
        if not screenshot:
            _screenshot_link(lang)
        gates.name_switch_note(selection, lang)
    with screen:
        if gates.suppressed_view(selection, lang, group_view=True):
            return
    briefing = data.kept(content.build, lang, filters=selection)
    if screenshot:  # the one screen, then what does not fit on it (and the name switch)
        with screen:
            _one_screen(briefing, selection)
            _below_the_screen(briefing)
        return
    with screen:
        _screen(briefing, selection)
    with controls:
        if widgets.coverage_now().lacks("outcomes"):
            st.info(t("briefing_howto_outcomes", lang), icon=":material/info:")
        _downloads(briefing, lang, selection)


def _screenshot_link(lang: str) -> None:
    """One click to the clean view (a new tab with the same selection in its URL)."""
    params = {key: st.query_params.get_all(key) for key in st.query_params}
    params["view"] = [sidebar.SCREENSHOT_VIEW]
    link, note = st.columns([1, 2], vertical_alignment="center")
    link.link_button(t("briefing_screenshot_open", lang), f"Briefing?{urlencode(params, doseq=True)}",
                     icon=":material/fullscreen:", width="stretch")
    note.caption(t("briefing_screenshot_note", lang))


def _rows(charts: tuple[content.KeyChart, ...]) -> list[tuple[content.KeyChart, ...]]:
    """Two charts a row; an odd last chart takes the whole row (no empty quadrant)."""
    return [charts[index:index + 2] for index in range(0, len(charts), 2)]


def _screen(briefing: content.Briefing, selection: Filters) -> None:
    # Organisation and period on one line under the title: a second line beside the title would
    # rise into the header strip (screenshot view) and wrap on a laptop.
    st.subheader(md_literal(briefing.title), anchor=False)
    organisation = f"**{md_literal(briefing.organisation)}** · " if briefing.organisation else ""
    st.markdown(f"{organisation}{md_literal(briefing.period)}")
    st.markdown(widgets.prose(briefing.paragraph))
    widgets.tiles(_tiles(briefing))
    for row in _rows(briefing.charts):
        for column, chart in zip(st.columns(len(row)), row, strict=True):
            with column:
                widgets.chart(chart.figure, f"briefing_{chart.key}", selection)
    goals_section.briefing_extra(briefing)
    notes = [*briefing.notes, *briefing.lacking]
    if briefing.pseudonymised:
        notes.append(t("briefing_pseudonymised", briefing.lang))
    st.caption(md_literal(" · ".join([*notes, briefing.footer])))


def _tiles(briefing: content.Briefing) -> list[dict]:
    """The key figures as tiles; a change's help names what it is measured against."""
    return [{"label": tile.label, "value": tile.text, "delta": tile.delta, "known": tile.known,
             "help": t("briefing_kpi_previous", briefing.lang) if tile.delta else tile.help}
            for tile in briefing.tiles]


def _one_screen(briefing: content.Briefing, selection: Filters) -> None:
    """The screenshot view: one 16:9 screen, laid out for 1280 × 720 and scaled up on larger
    windows (``SCREEN_CSS``): text and tiles on the left, the key charts in a 2 × 2 grid on the
    right, one line of source below. The longer notes follow below the screen."""
    lang = briefing.lang
    st.html(SCREEN_CSS)
    with st.container(key=SCREEN_WINDOW_KEY), st.container(key=SCREEN_KEY):
        text, charts = st.columns([3, 7], gap="medium")
        with text:
            st.subheader(md_literal(briefing.title), anchor=False)
            organisation = f"**{md_literal(briefing.organisation)}** · " if briefing.organisation else ""
            st.markdown(f"{organisation}{md_literal(briefing.period)}")
            st.container(key=SCREEN_TEXT_KEY).markdown(widgets.prose(briefing.paragraph))
            widgets.tiles(_tiles(briefing), columns=2)
        with charts:
            for row in _rows(briefing.charts):
                for column, chart in zip(st.columns(len(row)), row, strict=True):
                    with column:
                        figure = go.Figure(chart.figure).update_layout(height=SCREEN_CHART_HEIGHT)
                        widgets.chart(figure, f"briefing_{chart.key}", selection)
        line = [briefing.source, *([t("briefing_pseudonymised", lang)] if briefing.pseudonymised else []),
                t("briefing_notes_below", lang)]
        st.caption(md_literal(" · ".join(line)))


def _below_the_screen(briefing: content.Briefing) -> None:
    """What the screenshot leaves out: goals, the company page, every note and the definitions."""
    goals_section.briefing_extra(briefing)
    notes = [*briefing.notes, *briefing.lacking, briefing.footer]
    st.caption(md_literal(" · ".join(notes)))


def _briefing_file(briefing: content.Briefing, fmt: str, selection: Filters):
    """``data=`` of the HTML or PowerPoint download, built when clicked (not on every rerun): the
    briefing of chosen people is named data, each download logged in staff-council mode."""
    def build() -> bytes:
        return html.render(briefing).encode("utf-8") if fmt == "html" else pptx.render(briefing)

    return gates.named_download(f"briefing_{fmt}", "people_selection", build) if selection.influencer_ids else build


def _downloads(briefing: content.Briefing, lang: str, selection: Filters) -> None:
    st.markdown(f"**{t('briefing_downloads', lang)}**")
    stem = briefing.file_stem()
    html_col, pptx_col = st.columns(2)
    html_col.download_button(
        t("briefing_download_html", lang), data=_briefing_file(briefing, "html", selection),
        file_name=f"{stem}.html", mime="text/html", on_click="ignore", icon=":material/html:",
        key="briefing_html", width="stretch",
    )
    pptx_col.download_button(
        t("briefing_download_pptx", lang), data=_briefing_file(briefing, "pptx", selection),
        file_name=f"{stem}.pptx", mime=PPTX_MIME, on_click="ignore", icon=":material/slideshow:",
        key="briefing_pptx", width="stretch",
    )
    box = widgets.folded(t("briefing_export_data", lang), EXPORTS_OPEN_KEY)
    if not box.open:  # six download buttons and a gate, drawn only for someone who opens it
        return
    with box:
        st.caption(t("briefing_export_caption", lang))
        # a row per post, person or outcome: named data, closed in staff-council mode until opened
        if not gates.named_view_open("data_exports", lang):
            return
        for table in TABLES:
            columns = st.columns(len(FORMATS))
            for column, fmt in zip(columns, FORMATS, strict=True):
                build = data.built_on_click(export_table, table, fmt, lang, selection.pseudonymise)
                column.download_button(
                    f"{t(TABLE_TEXT_KEYS[table], lang)} ({fmt.upper()})",
                    data=gates.named_download(f"export_{table}", "data_exports", build), file_name=f"{table}.{fmt}",
                    mime=MIME[fmt],
                    on_click="ignore", icon=":material/download:", key=f"export_{table}_{fmt}", width="stretch",
                )


shell.run_page(render)
