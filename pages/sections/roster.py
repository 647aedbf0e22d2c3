"""The people page's roster: everybody the workspace knows, edited in a table (name, birth year,
gender, profession, department, experience, joined and left, cohort, in the roster or not)."""

from __future__ import annotations

from datetime import date

import streamlit as st

from analytics import roster
from analytics.errors import CockpitError
from analytics.i18n import first_upper, t
from analytics.people import EXPERIENCE_TEXT_KEYS, GENDER_TEXT_KEYS
from pages.ui import data, flash, gates, widgets


def editor(lang: str) -> None:
    """Everybody the workspace knows in an editable table; a save checks every change first."""
    flash.show("roster")
    if gates.names_hidden(lang, "roster"):
        return
    people = data.query(roster.roster).set_index("influencer_id")
    if people.empty:
        st.info(t("imp_roster_empty", lang))
        return
    st.caption(t("imp_roster_help", lang))
    key = f"imp_roster_{widgets.widget_round('roster')}"
    date_format = "DD.MM.YYYY" if lang == "de" else "YYYY-MM-DD"

    def heading(key: str) -> str:  # the column names as the import's messages use them, capitalised as headers
        return first_upper(t(key, lang))

    st.data_editor(
        people, key=key, hide_index=True, num_rows="fixed", placeholder="–",
        column_order=("name", "in_roster", *(c for c in roster.EDITABLE if c not in ("name", "in_roster"))),
        column_config={
            "name": st.column_config.TextColumn(heading("col_name"), required=True, width="medium"),
            "birth_year": st.column_config.NumberColumn(
                heading("col_birth_year"), min_value=1900, max_value=date.today().year, step=1, format="%d"),
            "gender": st.column_config.SelectboxColumn(
                heading("col_gender"), options=list(GENDER_TEXT_KEYS),
                format_func=lambda g: t(GENDER_TEXT_KEYS[g], lang)),
            "profession": st.column_config.TextColumn(heading("col_profession"), width="medium"),
            "department": st.column_config.TextColumn(heading("col_department"), width="medium"),
            "experience": st.column_config.SelectboxColumn(
                heading("col_experience"), options=list(EXPERIENCE_TEXT_KEYS),
                format_func=lambda e: t(EXPERIENCE_TEXT_KEYS[e], lang)),
            "joined_on": st.column_config.DateColumn(heading("col_joined_on"), format=date_format,
                                                     help=t("cov_joined_help", lang)),
            "left_on": st.column_config.DateColumn(heading("col_left_on"), format=date_format,
                                                   help=t("cov_left_help", lang)),
            "cohort": st.column_config.TextColumn(heading("col_cohort")),
            "in_roster": st.column_config.CheckboxColumn(t("imp_col_in_roster", lang),
                                                         help=t("imp_in_roster_help", lang)),
        },
    )
    edited = (st.session_state.get(key) or {}).get("edited_rows") or {}
    ids = list(people.index)
    changes = {int(ids[int(row)]): dict(fields) for row, fields in edited.items() if int(row) < len(ids)}
    if st.button(t("imp_roster_save", lang), disabled=not changes, type="primary", key="imp_roster_save",
                 icon=":material/save:"):
        try:
            changed = data.write(roster.update_people, changes)
        except CockpitError as exc:
            st.error(exc.markdown(lang))
            return
        flash.leave("roster", "success", t("imp_roster_saved", lang, n=changed))
        widgets.next_widget_round("roster")
        st.rerun()
