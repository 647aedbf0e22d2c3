"""Programme page section: name, organisation, hashtag and phases of the programme.

Kept in the workspace (analytics.programme); set, changed and cleared here. The demo's pilot
phase is shown but not edited: it comes and goes with the demo.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from analytics import programme, settings
from analytics.errors import CockpitError
from analytics.i18n import fmt_date, t
from analytics.literal import t_md
from pages.ui import data, flash, widgets


def _save_texts(cur, values: dict[str, str]) -> None:
    for key, value in values.items():
        programme.put_text(cur, key, value)


def phase_rows(editor: pd.DataFrame) -> list[dict[str, Any]]:
    """The phases typed into the editor; fully empty rows are left out, half-filled ones kept
    (so the check names what is missing)."""
    rows = []
    for row in editor.to_dict("records"):
        name = row.get("name")
        name = "" if name is None or (isinstance(name, float) and pd.isna(name)) else str(name)
        start, end = (None if pd.isna(row.get(k)) else pd.Timestamp(row.get(k)).date() for k in ("start", "end"))
        if not name.strip() and start is None and end is None:
            continue
        rows.append({"name": name, "start": start or "", "end": end or ""})
    return rows


def render(lang: str) -> None:
    """The section (called once from the programme page)."""
    st.subheader(t("prog_section", lang))
    st.caption(t("prog_section_help", lang))
    flash.show("programme")
    current = data.query(programme.header)
    stored_org = data.query(settings.get, "organisation")
    fallback = data.query(programme.fallback_organisation)
    with st.form("prog_texts", border=False):
        row = st.container(horizontal=True)  # one block, not three columns (fewer elements a visit)
        name = row.text_input(t("prog_name", lang), value=current["programme_name"] or "",
                              max_chars=120, placeholder=t("prog_name_placeholder", lang), key="prog_name")
        org = row.text_input(t("prog_organisation", lang), value=stored_org or "", max_chars=120, key="prog_org",
                             placeholder=fallback,
                             help=t_md("prog_organisation_help", lang, default=fallback) if fallback
                             else t("prog_organisation_help_none", lang))
        tag = row.text_input(t("prog_hashtag", lang), value=current["programme_hashtag"] or "", max_chars=80,
                             key="prog_tag",
                             placeholder=t("prog_hashtag_placeholder", lang), help=t("prog_hashtag_help", lang))
        if st.form_submit_button(t("prog_save", lang), icon=":material/save:"):
            try:
                data.write(_save_texts, {"programme_name": name, "organisation": org, "programme_hashtag": tag})
            except CockpitError as exc:
                st.error(exc.markdown(lang))
            else:
                flash.leave("programme", "success", t("prog_saved", lang))
                st.rerun()

    st.markdown(f"**{t('prog_phases', lang)}**")
    st.caption(t("prog_phases_help", lang))
    demo = [phase for phase in current["phases"] if phase.get("demo")]
    for phase in demo:
        st.caption(t("prog_demo_phase", lang, name=t("chart_pilot", lang),
                     start=fmt_date(date.fromisoformat(phase["start"]), lang),
                     end=fmt_date(date.fromisoformat(phase["end"]), lang)))
    own = [phase for phase in current["phases"] if not phase.get("demo")]
    table = pd.DataFrame({
        "name": pd.Series([p["name"] for p in own], dtype="string"),
        "start": pd.to_datetime(pd.Series([p["start"] for p in own], dtype="object")),
        "end": pd.to_datetime(pd.Series([p["end"] for p in own], dtype="object")),
    })
    date_format = "DD.MM.YYYY" if lang == "de" else "D MMM YYYY"
    edited = st.data_editor(
        table, num_rows="dynamic", hide_index=True, key=f"prog_phases_{widgets.widget_round('programme')}",
        column_config={
            "name": st.column_config.TextColumn(t("prog_phase_name", lang), max_chars=programme.MAX_NAME,
                                                required=True),
            "start": st.column_config.DateColumn(t("prog_phase_start", lang), format=date_format, required=True),
            "end": st.column_config.DateColumn(t("prog_phase_end", lang), format=date_format, required=True),
        },
    )
    if st.button(t("prog_phases_save", lang), icon=":material/save:", key="prog_phases_save"):
        try:
            saved = data.write(programme.set_own_phases, phase_rows(edited))
        except CockpitError as exc:
            st.error(exc.markdown(lang))
        else:
            own_saved = [p for p in saved if not p.get("demo")]
            flash.leave("programme", "success", t("prog_phases_saved", lang, n=len(own_saved)) if own_saved
                        else t("prog_phases_cleared", lang))
            widgets.next_widget_round("programme")
            st.rerun()
