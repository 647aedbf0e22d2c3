"""The import page's record of what came in: who has to export (what covers each person's last 12
months, their newest member export), and the import history with the undo of the last import."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import streamlit as st

from analytics import covered, theme
from analytics.errors import CockpitError
from analytics.i18n import fmt_date, t
from analytics.ingest import counts_words, import_history, last_undoable_import, undo_last_import
from analytics.ingest.formats import KIND_TEXT_KEYS
from analytics.literal import escaped_controls, md_literal, t_md
from analytics.paging import PAGE_SIZE
from pages.sections.ingest import format_label
from pages.ui import data, flash, gates, widgets

UNDO_SHOWN = "_imp_undo_shown"


def _time_label(moment: datetime, lang: str) -> str:
    return f"{fmt_date(moment, lang)} {moment:%H:%M}"


# each kind of file that covers a month, as the people × months view shows it: its letter and colour
SOURCE_CELLS = {
    "linkedin_member_analytics": ("cov_cell_member", theme.SEQUENTIAL[2]),
    "controlling_xlsx": ("cov_cell_sheet", "#BFE3D6"), "controlling_csv": ("cov_cell_sheet", "#BFE3D6"),
    "linkedin_shares": ("cov_cell_shares", "#E8C9DC"), "demo": ("cov_cell_demo", theme.GRID),
    "posts": ("cov_cell_posts", theme.GRID),
}


EXPORT_PAGE_KEY = "export_people_page"
MONTH_WIDTH = 50  # pixels: "12/25" and a cell's padding
COVERAGE_STYLE_ID = "coverage"  # the people × months table's cell styles, the same in every run


def who_has_to_export(lang: str, today: date | None = None) -> None:
    """A people × months view of what covers each person's last 12 months (which kind of file), each
    person's newest member export and "Export fällig"; a warning when months without data are about
    to leave LinkedIn's 365-day window (after that no export brings them back)."""
    today = today or date.today()
    # kept, not copied: a cached copy of 1,000 people's rows was unpickled on every run
    view = data.kept(covered.export_view, today, 12)
    months, people, lost = view.months, view.people, view.lost
    if not people or gates.names_hidden(lang, "exports"):  # real names only when the admin pages show them
        return
    st.subheader(t("cov_export_title", lang), anchor=False)
    if lost:
        st.warning(t("cov_soon_lost", lang, names=md_literal(covered.lost_text(lost, lang))),
                   icon=":material/history_toggle_off:")
    # One page of people at a time, as in the charts: each cell of this table is coloured by the
    # kind of file, and a styled table of 1,000 people took a second a run to build and 0.5 MB to send.
    page, _ = widgets.people_pager(len(people), EXPORT_PAGE_KEY, lang)
    table = _coverage_table(months, people[page * PAGE_SIZE:(page + 1) * PAGE_SIZE], today, lang)
    colours = {t(key, lang): colour for key, colour in SOURCE_CELLS.values()}
    colours[t("cov_cell_none", lang)] = theme.NO_DATA
    month_columns = [month_header(month) for month in months]
    styled = table.style.map(lambda value: f"background-color: {colours[value]}" if value in colours else "",
                             subset=month_columns)
    # One id for every run: pandas gives each Styler a random one, which made each run's table a new
    # message. The same table under the same id is the message of the run before, which Streamlit sends
    # as a reference while the browser still holds it (a second visit soon after: 125 → 104 ms at 200,000
    # posts; docs/BENCHMARK.md, "The fifth run").
    styled.set_uuid(COVERAGE_STYLE_ID)
    # The name pinned, the status beside it, then the months: on a 1280-pixel laptop the table scrolls
    # sideways past the months and the newest export, never past who is due.
    columns = {column: st.column_config.TextColumn(width=MONTH_WIDTH) for column in month_columns}
    columns[t("imp_col_person", lang)] = st.column_config.TextColumn(pinned=True)
    st.dataframe(styled, hide_index=True, column_config=columns)
    st.caption(t("cov_export_legend", lang, days=covered.EXPORT_DUE_DAYS))


def month_header(month: date) -> str:
    """A month's column in the people × months table, "01/26": "Jan 2026" was cut to "Jan 202" in a
    column of a letter's width."""
    return f"{month:%m/%y}"


def _coverage_table(months: list[date], people: list[dict], today: date, lang: str) -> pd.DataFrame:
    rows = []
    for entry in people:
        if entry["left_on"] is not None and entry["left_on"] < today:
            status = t("cov_status_left", lang, date=fmt_date(entry["left_on"], lang))
        else:
            status = t("cov_status_due", lang) if entry["export_due"] else t("cov_status_current", lang)
        row = {t("imp_col_person", lang): entry["person"], t("cov_col_status", lang): status}
        for month, source in zip(months, entry["months"], strict=True):
            label = "" if source == "" else t(SOURCE_CELLS.get(source, ("cov_cell_posts", ""))[0] if source
                                              else "cov_cell_none", lang)
            row[month_header(month)] = label
        newest = entry["newest_export_to"]
        row[t("cov_col_newest_export", lang)] = t("imp_export_until", lang, date=fmt_date(newest, lang)) \
            if newest else "–"
        rows.append(row)
    return pd.DataFrame(rows)


def history(lang: str) -> None:
    """Every import, newest first, with its counts and checksum; below, the undo of the last one."""
    flash.show("history")
    imports = data.query(import_history)
    if imports.empty:
        st.info(t("imp_history_empty", lang))
        st.session_state.pop(UNDO_SHOWN, None)
        return
    table = pd.DataFrame({
        t("imp_col_time", lang): [_time_label(m, lang) for m in imports["imported_at"]],
        # st.table renders its cells as Markdown: a file's name is outside text, shown literally (no link,
        # no image that the browser would fetch)
        t("imp_col_file", lang): imports["file_name"].map(lambda name: md_literal(escaped_controls(name))),
        t("imp_col_format", lang): [format_label(f, lang) for f in imports["format"]],
        t("imp_col_kind", lang): [t("imp_format_demo", lang) if k == "demo" else t(KIND_TEXT_KEYS[k], lang)
                                  for k in imports["kind"]],
        t("imp_col_rows", lang): imports["rows"],
        # each kind of rows in its own words: a member export's posts are not added to its follower days
        t("imp_col_counts", lang): [counts_words(entry, lang) for entry in imports.to_dict("records")],
        t("imp_col_checksum", lang): [(c or "")[:12] for c in imports["checksum"]],
        t("imp_col_undone", lang): [t("imp_yes", lang) if u else "" for u in imports["undone"]],
    })
    # The row count and the kind (which the format names) are left out; so are empty columns.
    shown = widgets.filled_columns(table, [t(key, lang) for key in (
        "imp_col_time", "imp_col_file", "imp_col_format", "imp_col_counts", "imp_col_checksum", "imp_col_undone")])
    # A static table: its cells wrap, so every column fits a 1280-pixel laptop (a grid cut the
    # rightmost columns and long file names without showing that it scrolls).
    st.table(table[shown], hide_index=True)
    if t("imp_col_checksum", lang) in shown:  # (the demo's import has none: no note on a missing column)
        st.caption(t("imp_checksum_note", lang))
    _undo(lang)


def _undo(lang: str) -> None:
    """Undo the last import, exactly the one shown."""
    last = data.query(last_undoable_import)
    if last is None:
        st.session_state.pop(UNDO_SHOWN, None)
        return
    # the click arrives in a new run, which may already see another session's newer import:
    # what is undone is the import the user saw when clicking (shown in the run before)
    shown = st.session_state.get(UNDO_SHOWN)
    import_id, file_name, _, imported_at = last
    st.markdown(t("imp_undo_what", lang, file=md_literal(escaped_controls(file_name)),
                  time=_time_label(imported_at, lang)))
    sure = st.checkbox(t("imp_undo_sure", lang), key=f"imp_undo_sure_{widgets.widget_round('undo')}")
    clicked = st.button(t("imp_undo", lang), disabled=not sure, icon=":material/undo:", key="imp_undo")
    st.session_state[UNDO_SHOWN] = import_id
    if clicked:
        try:  # exactly the import shown; refused when another session imported meanwhile
            result = data.run(undo_last_import, shown if shown is not None else import_id)
            flash.leave("history", "success", t_md("imp_undone", lang, file=escaped_controls(result["file"])))
        except CockpitError as exc:
            flash.leave("history", "error", exc.markdown(lang))
        widgets.next_widget_round("undo")
        st.rerun()
