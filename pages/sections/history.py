"""The import page's record of what came in: each person's newest member export, and the import
history with the undo of the last import."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import streamlit as st

from analytics.errors import CockpitError
from analytics.i18n import fmt_date, t
from analytics.ingest import import_history, last_undoable_import, latest_member_exports, undo_last_import
from analytics.ingest.formats import KIND_TEXT_KEYS
from analytics.literal import escaped_controls, md_literal, t_md
from pages.sections.ingest import format_label
from pages.ui import data, flash, gates, widgets

UNDO_SHOWN = "_imp_undo_shown"


def _time_label(moment: datetime, lang: str) -> str:
    return f"{fmt_date(moment, lang)} {moment:%H:%M}"


def member_exports(lang: str) -> None:
    """Each person's newest member export, so that the lead sees whose export is missing."""
    exports = data.query(latest_member_exports)
    if not exports or gates.names_hidden(lang, "exports"):  # real names only when the admin pages show them
        return
    st.caption(t("imp_member_exports", lang))
    st.table(pd.DataFrame({
        t("imp_col_person", lang): [name for name, _day in exports],
        t("imp_col_export_until", lang): [t("imp_export_until", lang, date=fmt_date(day, lang)) for _n, day in exports],
    }).set_index(t("imp_col_person", lang)))


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
        t("imp_col_file", lang): imports["file_name"].map(escaped_controls),
        t("imp_col_format", lang): [format_label(f, lang) for f in imports["format"]],
        t("imp_col_kind", lang): [t("imp_format_demo", lang) if k == "demo" else t(KIND_TEXT_KEYS[k], lang)
                                  for k in imports["kind"]],
        t("imp_col_rows", lang): imports["rows"],
        t("imp_new", lang): imports["inserted"],
        t("imp_updated", lang): imports["updated"],
        t("imp_unchanged", lang): imports["unchanged"],
        t("imp_rejected", lang): imports["rejected"],
        t("imp_col_checksum", lang): [(c or "")[:12] for c in imports["checksum"]],
        t("imp_col_undone", lang): [t("imp_yes", lang) if u else "" for u in imports["undone"]],
    })
    # Sized to fit a laptop's width: the row count (the sum of the four counts) and the kind
    # (which the format names) stay in the table's download only; empty columns are left out.
    shown = widgets.filled_columns(table, [t(key, lang) for key in (
        "imp_col_time", "imp_col_file", "imp_col_format", "imp_new", "imp_updated", "imp_unchanged",
        "imp_rejected", "imp_col_checksum", "imp_col_undone")])
    count = st.column_config.NumberColumn(width="small")
    st.dataframe(table, hide_index=True, column_order=shown, column_config={
        t("imp_col_file", lang): st.column_config.TextColumn(width="medium"),
        **{t(key, lang): count for key in ("imp_new", "imp_updated", "imp_unchanged", "imp_rejected")},
    })
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
