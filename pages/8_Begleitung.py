"""One person, for the support conversation: choose a person, see only their figures.

The person is chosen here (never put into the URL); the view itself is one function,
:func:`pages.sections.support.render_person_view`.
"""

from __future__ import annotations

import streamlit as st

from analytics.i18n import t
from pages.sections import support as support_section
from pages.ui import gates, shell, sidebar, widgets

DEFAULT_GOAL = 4  # posts per month, the frequency page's default target


def goal_per_month(lang: str, column) -> float:
    """The goal the person is measured against: posts per month, from this view's input.
    (When the workspace keeps programme goals, the posts-per-month goal is the input's default.)"""
    return float(column.number_input(t("person_goal", lang), min_value=1, max_value=60, value=DEFAULT_GOAL, step=1,
                                     key="person_goal", help=t("person_goal_help", lang),
                                     width=widgets.NUMBER_WIDTH))


def render() -> None:
    """The chooser and the goal; below, the chosen person's view."""
    lang = sidebar.current_lang()
    selection = sidebar.filters()
    st.title(t("person_title", lang))
    st.caption(t("person_caption", lang))
    labels = sidebar.chooser_labels(selection.pseudonymise, lang)
    if not labels:
        st.info(t("person_no_people", lang))
        return
    row = st.container(horizontal=True, vertical_alignment="bottom")  # the chooser, then the goal beside it
    chosen = row.selectbox(t("person_choose", lang), list(labels), index=None, format_func=labels.get,
                           placeholder=t("person_choose_placeholder", lang), key="person_chosen",
                           help=t("person_choose_help", lang), width=480)
    if chosen is None:  # the goal belongs to the person's view: asked for once someone is chosen
        st.info(t("person_none_chosen", lang))
        return
    goal = goal_per_month(lang, row)
    if gates.named_view_open("support_person", lang):  # staff-council mode: opened with a purpose
        support_section.render_person_view(selection, lang, int(chosen), goal)


shell.run_page(render)
