"""The workspace as a whole (import page, tab "Sicherung & Zurücksetzen"): a backup to download,
a reset to empty, the demo loaded again."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

import duckdb
import streamlit as st

from analytics import lifecycle, store
from analytics.errors import CockpitError
from analytics.i18n import t
from analytics.ingest import has_demo, load_demo
from pages.ui import data, flash, widgets

BACKUP = "_imp_backup"


def backup_bytes(con: duckdb.DuckDBPyConnection) -> bytes:
    """A consistent copy of the workspace as the bytes of a DuckDB file."""
    folder = Path(tempfile.mkdtemp(prefix="cockpit-backup-"))
    try:
        return store.backup(con, folder / "backup.duckdb").read_bytes()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _reset(cur: duckdb.DuckDBPyConnection) -> None:
    """Empty the workspace; the demo does not come back on its own."""
    lifecycle.reset(cur)
    store.set_meta(cur, "demo_dismissed", "1")


def render(lang: str) -> None:
    """Backup, reset and (while the demo is not loaded) the demo."""
    flash.show("backup")
    st.subheader(t("imp_backup", lang))
    st.caption(t("imp_backup_help", lang))
    # Made when the button asks, not inside the download: a backup that fails says so on the
    # page, which a download built on click could not.
    if st.button(t("imp_backup_make", lang), icon=":material/save:", key="imp_backup_make"):
        st.session_state.pop(BACKUP, None)
        try:
            st.session_state[BACKUP] = backup_bytes(data.workspace())
        except CockpitError as exc:
            st.error(exc.markdown(lang))
    backup = st.session_state.get(BACKUP)
    if backup is not None:
        st.download_button(  # handed over on click: the file's bytes are not sent again on every rerun
            t("imp_backup_download", lang), data=lambda: backup,
            file_name=f"cockpit-backup-{date.today():%Y-%m-%d}.duckdb", mime="application/octet-stream",
            on_click="ignore", icon=":material/download:", key="imp_backup", type="primary",
        )
    st.subheader(t("imp_reset", lang))
    st.caption(t("imp_reset_help", lang))
    sure = st.checkbox(t("imp_reset_sure", lang), key=f"imp_reset_sure_{widgets.widget_round('reset')}")
    if st.button(t("imp_reset_button", lang), disabled=not sure, icon=":material/restart_alt:", key="imp_reset"):
        data.write(_reset)
        flash.leave("backup", "success", t("imp_reset_done", lang))
        widgets.next_widget_round("reset")
        st.rerun()
    if not data.query(has_demo):
        st.subheader(t("imp_demo", lang))
        st.caption(t("imp_demo_help", lang))
        if st.button(t("demo_load", lang), icon=":material/science:", key="imp_demo_load"):
            data.run(load_demo)  # its own transaction
            flash.leave("backup", "success", t("imp_demo_loaded", lang))
            st.rerun()
