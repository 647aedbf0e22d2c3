"""Programme and goals: the programme's name, organisation, hashtag and phases; the target region and
the organisation's other names (for the audience); the goals the overview and the briefing measure it
against."""

from __future__ import annotations

import streamlit as st

from analytics.i18n import t
from pages.sections import audience as audience_section
from pages.sections import goals as goals_section
from pages.sections import programme as programme_section
from pages.ui import shell, sidebar


def render() -> None:
    """The programme's settings, then the goals."""
    lang = sidebar.current_lang()
    st.title(t("programme_title", lang))
    st.caption(t("programme_caption", lang))
    shell.guarded(lambda: programme_section.render(lang))
    shell.guarded(lambda: audience_section.settings_form(lang))
    st.divider()
    shell.guarded(lambda: goals_section.goals_editor(lang))


shell.run_page(render)
