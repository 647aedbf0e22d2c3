"""Privacy and staff council, a tab each: the minimum group size, staff-council mode with its access log
and changed pseudonyms, the retention period, the record of processing."""

from __future__ import annotations

import streamlit as st

from analytics.i18n import t
from pages.sections import lifecycle as lifecycle_section
from pages.sections import privacy as privacy_section
from pages.sections import suppression as suppression_section
from pages.ui import shell, sidebar

TABS_KEY = "privacy_tab"  # the open tab (its label): small groups, staff council, retention, record


def render() -> None:
    """The rules the workspace is kept by, a tab each; only the open one is drawn (a visit sends one
    section's fields and buttons, not four: docs/BENCHMARK.md, "The fourth run")."""
    lang = sidebar.current_lang()
    st.title(t("privacy_title", lang))
    st.caption(t("privacy_caption", lang))
    shell.tabs_drawn_when_open(TABS_KEY, [
        (t("supp_section_title", lang), lambda: suppression_section.render(lang)),
        (t("privacy_council_h", lang), lambda: privacy_section.council(lang)),
        (t("life_retention", lang), lambda: lifecycle_section.retention(lang)),
        (t("privacy_tab_record", lang), lambda: privacy_section.record(lang)),
    ])


shell.run_page(render)
