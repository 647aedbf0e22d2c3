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

TABS_KEY = "programme_tab"  # the open tab (its label): programme and phases, audience, goals


def render() -> None:
    """The programme's settings, the audience's and the goals, a tab each."""
    lang = sidebar.current_lang()
    st.title(t("programme_title", lang))
    st.caption(t("programme_caption", lang))
    # One tab per kind of setting; only the open one is drawn (a visit sends one form, not three).
    shell.tabs_drawn_when_open(TABS_KEY, [
        (t("prog_tab_programme", lang), lambda: programme_section.render(lang)),
        (t("prog_tab_audience", lang), lambda: audience_section.settings_form(lang)),
        (t("prog_tab_goals", lang), lambda: goals_section.goals_editor(lang)),
    ])


shell.run_page(render)
