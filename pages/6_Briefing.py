"""Briefing: one 16:9 screen for management – text, KPI tiles, four key charts – and its exports."""

from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st

from analytics.briefing import content, html, pptx
from analytics.export import FORMATS, MIME, TABLE_TEXT_KEYS, TABLES, export_table
from analytics.filters import Filters
from analytics.i18n import t
from analytics.literal import md_literal
from pages.sections import goals as goals_section
from pages.ui import data, gates, shell, sidebar, widgets

PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


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
    with screen:
        _screen(briefing, selection)
    if screenshot:  # nothing but the briefing (and its name switch, below it)
        return
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


def _rows(charts: tuple[content.KeyChart, ...], screenshot: bool = False) -> list[tuple[content.KeyChart, ...]]:
    """Two charts a row; an odd last chart takes the whole row (no empty quadrant). In the
    screenshot view three charts share one row, so that the briefing stays one 16:9 picture."""
    if screenshot and len(charts) == 3:
        return [charts]
    return [charts[index:index + 2] for index in range(0, len(charts), 2)]


def _screen(briefing: content.Briefing, selection: Filters) -> None:
    # Organisation and period on one line under the title: a second line beside the title would
    # rise into the header strip (screenshot view) and wrap on a laptop.
    st.subheader(md_literal(briefing.title), anchor=False)
    organisation = f"**{md_literal(briefing.organisation)}** · " if briefing.organisation else ""
    st.markdown(f"{organisation}{md_literal(briefing.period)}")
    st.markdown(md_literal(briefing.paragraph))
    widgets.tiles([
        {"label": tile.label, "value": tile.text, "delta": tile.delta, "known": tile.known,
         "help": t("briefing_kpi_previous", briefing.lang) if tile.delta else tile.help}
        for tile in briefing.tiles
    ])
    for row in _rows(briefing.charts, sidebar.screenshot_view()):
        for column, chart in zip(st.columns(len(row)), row, strict=True):
            with column:
                widgets.chart(chart.figure, f"briefing_{chart.key}", selection)
    goals_section.briefing_extra(briefing)
    notes = [*briefing.notes, *briefing.lacking]
    if briefing.pseudonymised:
        notes.append(t("briefing_pseudonymised", briefing.lang))
    st.caption(md_literal(" · ".join([*notes, briefing.footer])))


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
    with st.expander(t("briefing_export_data", lang)):
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
