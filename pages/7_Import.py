"""Import: upload exports, check each file and confirm it; who has to export (what covers each person);
the import history with undo; backup, reset and the demo."""

from __future__ import annotations

import streamlit as st

from analytics.i18n import t
from pages.sections import history as history_section
from pages.sections import ingest as ingest_section
from pages.sections import workspace as workspace_section
from pages.ui import shell, sidebar

TABS_KEY = "import_tab"  # the open tab (its label): history, or backup & reset


def render() -> None:
    """Uploads with a check per file first; below, the history and the workspace's backup."""
    lang = sidebar.current_lang()
    st.title(t("imp_title", lang))
    st.caption(t("imp_caption", lang))
    ingest_section.uploads(lang)
    shell.guarded(lambda: history_section.who_has_to_export(lang))
    st.divider()
    # Only the open tab is drawn: the backup, reset and demo buttons are not sent on every visit.
    shell.tabs_drawn_when_open(TABS_KEY, [(t("imp_tab_history", lang), lambda: history_section.history(lang)),
                                          (t("imp_tab_backup", lang), lambda: workspace_section.render(lang))])


shell.run_page(render)
