"""Audience: whom the programme reaches — LinkedIn's member exports combined across the cohort."""

from __future__ import annotations

import streamlit as st

from analytics.i18n import t
from pages.sections import audience as audience_section
from pages.ui import shell, sidebar


def render() -> None:
    """Members reached, the target region, internal reach, each category, the course, the activity."""
    lang = sidebar.current_lang()
    st.title(t("aud_title", lang))
    st.caption(t("aud_caption", lang))
    audience_section.cohort_view(sidebar.filters(), lang)


shell.run_page(render)
