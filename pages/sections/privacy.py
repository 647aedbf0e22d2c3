"""The privacy page's sections: staff-council mode with its access log and the changed pseudonyms;
the record of processing."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import streamlit as st

from analytics import privacy, settings
from analytics.export import serialise
from analytics.filters import pseudonym
from analytics.i18n import LANGUAGES, fmt_date, t
from analytics.record import record_file
from pages.ui import data, flash, gates

COUNCIL_KEY = "privacy_staff_council"
LANGUAGE_TEXT_KEYS = {"de": "record_language_de", "en": "record_language_en"}


def council(lang: str) -> None:
    """Staff-council mode: the switch with its explanation, the access log, changed pseudonyms."""
    st.subheader(t("privacy_council_h", lang))
    _council(lang)
    _log(lang)
    _moves(lang)


def _switch_council(lang: str) -> None:
    wanted = bool(st.session_state.get(COUNCIL_KEY))
    if data.write(privacy.set_staff_council_mode, wanted, gates.current_user_email()):
        flash.leave("council", "success", t("privacy_council_on" if wanted else "privacy_council_off", lang))


def _council(lang: str) -> None:
    st.markdown(t("privacy_council_explain", lang))
    on = bool(data.now(settings.get, "staff_council_mode"))
    st.session_state[COUNCIL_KEY] = on  # the workspace's value (another session may have switched it)
    st.toggle(t("privacy_council_toggle", lang), key=COUNCIL_KEY, on_change=_switch_council, args=(lang,))
    flash.show("council")


def log_frame(log: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The access log with headers and values in ``lang``."""
    return pd.DataFrame({
        t("privacy_col_time", lang): [_time(moment, lang) for moment in log["logged_at"]],
        t("privacy_col_user", lang): [user or t("privacy_user_none", lang) for user in log["user_email"]],
        t("privacy_col_action", lang): [t(privacy.ACTION_TEXT_KEYS[action], lang) for action in log["action"]],
        t("privacy_col_view", lang): [privacy.view_label(view, lang) if view else "" for view in log["view"]],
        t("privacy_col_purpose", lang): [purpose or "" for purpose in log["purpose"]],
    })


def _time(moment: datetime, lang: str) -> str:
    return f"{fmt_date(moment.date(), lang)} {moment:%H:%M:%S}"


def _log(lang: str) -> None:
    st.markdown(f"**{t('privacy_log_h', lang)}**")
    log = data.query(privacy.access_log)
    if log.empty:
        st.caption(t("privacy_log_empty", lang))
        return
    shown = log_frame(log, lang)
    st.dataframe(shown, hide_index=True, key="privacy_log")
    st.caption(t("privacy_log_caption_one", lang) if len(log) == 1 else t("privacy_log_caption", lang, n=len(log)))
    st.download_button(
        t("privacy_log_download", lang), data=serialise(shown, "access_log", "csv", lang),
        file_name=f"access-log-{date.today():%Y-%m-%d}.csv", mime="text/csv", on_click="ignore",
        icon=":material/download:", key="privacy_log_csv",
    )


def _moves(lang: str) -> None:
    moves = data.query(privacy.pseudonym_moves)
    if not moves:
        return
    with st.expander(t("privacy_moves_h", lang)):
        st.caption(t("privacy_moves_explain", lang))
        st.markdown("\n".join(
            "- " + t("privacy_move", lang, at=_time(datetime.fromisoformat(move["at"]), lang),
                     old=pseudonym(move["from"]), new=pseudonym(move["to"]))
            for move in reversed(moves)
        ))


def record(lang: str) -> None:
    """The description of the processing (Art. 30 GDPR) to download, built when a button is clicked."""
    st.subheader(t("privacy_record_h", lang))
    st.caption(t("privacy_record_explain", lang))
    options = {"login": gates.login_configured(), "path": data.workspace_path()}
    row = st.container(horizontal=True)
    for language in LANGUAGES:
        name = t(LANGUAGE_TEXT_KEYS[language], lang)
        stem = f"verarbeitung-{language}" if language == "de" else f"record-of-processing-{language}"
        row.download_button(
            t("privacy_record_md", lang, language=name),
            data=data.built_on_click(record_file, "md", language, **options),
            file_name=f"{stem}.md", mime="text/markdown", on_click="ignore", icon=":material/description:",
            key=f"privacy_record_md_{language}", width="stretch",
        )
        row.download_button(
            t("privacy_record_html", lang, language=name),
            data=data.built_on_click(record_file, "html", language, **options),
            file_name=f"{stem}.html", mime="text/html", on_click="ignore", icon=":material/html:",
            key=f"privacy_record_html_{language}", width="stretch",
        )

