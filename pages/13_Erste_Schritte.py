"""Erste Schritte: where an empty workspace opens – which files to bring, in which order and where
LinkedIn offers each, a button to the import and one back to the demo."""

from __future__ import annotations

import streamlit as st

from analytics.i18n import t
from analytics.ingest import holds_nothing, load_demo
from pages.ui import data, navigation, shell, sidebar


def render() -> None:
    """The files to bring, in order; the way to the import; the way back to the demo."""
    lang = sidebar.current_lang()
    st.title(t("first_title", lang))
    st.markdown(t("first_intro" if data.query(holds_nothing) else "first_intro_more", lang))
    st.markdown(t("first_steps", lang))
    st.caption(t("first_formats", lang))
    with st.container(horizontal=True):
        to_import = st.button(t("first_to_import", lang), icon=":material/upload_file:", type="primary",
                              key="first_import", width="content")
        demo = st.button(t("first_demo", lang), help=t("first_demo_help", lang), icon=":material/science:",
                         key="first_demo", width="content")
    if to_import:
        st.switch_page(navigation.IMPORT.file)
    if demo:
        data.run(load_demo)  # its own transaction
        st.switch_page(navigation.ANALYSIS[0].file)


shell.run_page(render)
