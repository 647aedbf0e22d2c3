"""The programme's goals: what the pages show.

- :func:`goals_status` — the goals with value and status (overview); nothing without a goal;
- :func:`goals_editor` — add and delete goals (the programme page);
- :func:`briefing_extra` — the briefing screen's goals beside the programme against the company page.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from analytics import goals
from analytics.errors import CockpitError
from analytics.i18n import t
from analytics.literal import md_literal
from pages.ui import data, widgets


def goals_status(lang: str) -> None:
    """The goals with current value and status, and the rule they are judged by."""
    current = data.query(goals.goal_status)
    if not current:
        return
    st.subheader(t("goals_title", lang), anchor=False)
    rows = goals.lines(current, lang)
    # a static table: its cells wrap, so that all seven columns fit at 1280 pixels
    st.table(pd.DataFrame({
        t("goals_col_goal", lang): [row["goal"] for row in rows],
        t("goals_col_period", lang): [row["period"] for row in rows],
        t("goals_col_target", lang): [row["target"] for row in rows],
        t("goals_col_value", lang): [row["value"] for row in rows],
        t("goals_col_expected", lang): [row["expected"] or "–" for row in rows],
        t("goals_col_as_of", lang): [row["as_of"] for row in rows],
        t("goals_col_status", lang): [row["status"] for row in rows],
    }).set_index(t("goals_col_goal", lang)))
    st.caption(goals.rule_text(current, lang))


# ---------------------------------------------------------------- the editor (programme page)
def goals_editor(lang: str) -> None:
    """Add a goal (metric, target, period) and delete goals; kept in the workspace."""
    st.subheader(t("goals_editor", lang), anchor=False)
    st.caption(t("goals_editor_caption", lang))
    with st.form("goals_add", clear_on_submit=False, border=True):
        metric = st.selectbox(t("goals_field_metric", lang), goals.METRICS, key="goals_metric",
                              format_func=lambda m: goals.label(m, lang))
        target = st.number_input(t("goals_field_target", lang), min_value=0.0, value=None, step=1.0,
                                 key="goals_target", help=t("goals_field_target_help", lang))
        left, right = st.columns(2)
        today = date.today()
        start = left.date_input(t("goals_field_start", lang), value=date(today.year, 1, 1), key="goals_start",
                                format="DD.MM.YYYY" if lang == "de" else "YYYY-MM-DD")
        end = right.date_input(t("goals_field_end", lang), value=date(today.year, 12, 31), key="goals_end",
                               format="DD.MM.YYYY" if lang == "de" else "YYYY-MM-DD")
        submitted = st.form_submit_button(t("goals_add", lang), icon=":material/flag:")
    if submitted:
        try:
            value = None if target is None else (target / 100 if metric in goals.RATES else target)
            data.run(goals.add_goal, metric, value if value is not None else "–", start, end)
            st.success(t("goals_added", lang, goal=goals.label(metric, lang)))
        except CockpitError as exc:
            st.error(exc.markdown(lang))
    current = data.query(goals.goal_status)
    if not current:
        st.caption(t("goals_none", lang))
        return
    listed = {goal.goal_id: goals.sentence(line, lang) for goal, line in zip(current, goals.lines(current, lang),
                                                                            strict=True)}
    for text in listed.values():
        st.markdown("- " + md_literal(text))
    chosen = st.selectbox(t("goals_choose_delete", lang), list(listed), key="goals_delete_choice",
                          format_func=lambda goal_id: listed[goal_id])
    if st.button(t("goals_delete", lang), icon=":material/delete:", key="goals_delete"):
        try:
            data.run(goals.delete_goal, chosen)
            st.success(t("goals_deleted", lang))
            st.rerun()
        except CockpitError as exc:
            st.error(exc.markdown(lang))


def briefing_extra(briefing) -> None:
    """The briefing screen's goals and company-page comparison (texts built by analytics.briefing.content)."""
    lang = briefing.lang
    if not briefing.goals and not briefing.company_page:
        return
    columns = st.columns(2 if briefing.goals and briefing.company_page else 1)
    index = 0
    if briefing.goals:
        with columns[index]:
            st.markdown(f"**{t('goals_title', lang)}**")
            st.table(pd.DataFrame({
                t("goals_col_goal", lang): [g["goal"] for g in briefing.goals],
                t("goals_col_target", lang): [g["target"] for g in briefing.goals],
                t("goals_col_value", lang): [g["value"] for g in briefing.goals],
                t("goals_col_status", lang): [g["status"] for g in briefing.goals],
            }).set_index(t("goals_col_goal", lang)))
            st.caption(md_literal(briefing.goals_rule))
        index += 1
    if briefing.company_page:
        with columns[index]:
            st.markdown(f"**{t('page_title', lang)}**")
            st.markdown(widgets.prose(" ".join(briefing.company_page)))
            if briefing.company_table:
                # a static table: its cells wrap in half the screen (a 1280-pixel one included)
                st.table(pd.DataFrame({
                    t("page_col_measure", lang): [r["measure"] for r in briefing.company_table],
                    t("page_col_programme", lang): [r["programme"] for r in briefing.company_table],
                    t("page_col_page", lang): [r["page"] for r in briefing.company_table],
                    t("page_col_ratio", lang): [r["ratio"] for r in briefing.company_table],
                }).set_index(t("page_col_measure", lang)))
