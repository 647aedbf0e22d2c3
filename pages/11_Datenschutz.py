"""Privacy and staff council: the minimum group size, staff-council mode with its access log,
changed pseudonyms, the retention period and the record of processing."""

from __future__ import annotations

import streamlit as st

from analytics.i18n import t
from pages.sections import lifecycle as lifecycle_section
from pages.sections import privacy as privacy_section
from pages.sections import suppression as suppression_section
from pages.ui import shell, sidebar


def render() -> None:
    """The rules the workspace is kept by, one section each."""
    lang = sidebar.current_lang()
    st.title(t("privacy_title", lang))
    st.caption(t("privacy_caption", lang))
    shell.guarded(lambda: suppression_section.render(lang))
    st.divider()
    shell.guarded(lambda: privacy_section.council(lang))
    st.divider()
    shell.guarded(lambda: lifecycle_section.retention(lang))
    st.divider()
    shell.guarded(lambda: privacy_section.record(lang))


shell.run_page(render)
