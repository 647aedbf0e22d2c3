"""People: the roster edited by hand; one person deleted with all their data (GDPR), their
right-of-access export beside it."""

from __future__ import annotations

import streamlit as st

from analytics.i18n import t
from pages.sections import lifecycle as lifecycle_section
from pages.sections import roster as roster_section
from pages.ui import shell, sidebar

TABS_KEY = "people_tab"  # the open tab (its label): the roster, or the erasure


def render() -> None:
    """The roster and the erasure, one tab each."""
    lang = sidebar.current_lang()
    st.title(t("people_title", lang))
    st.caption(t("people_caption", lang))
    # Only the open tab is drawn: the erasure's list of every person is sent when its tab is opened.
    shell.tabs_drawn_when_open(TABS_KEY, [(t("imp_tab_roster", lang), lambda: roster_section.editor(lang)),
                                          (t("imp_tab_delete", lang), lambda: lifecycle_section.erasure(lang))])


shell.run_page(render)
