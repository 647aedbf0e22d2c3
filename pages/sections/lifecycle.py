"""Import page, tab "Delete person (GDPR)": erasure, right of access, retention.

The erasure and the retention deletion are :mod:`analytics.lifecycle`'s, the same functions as
the ``erase`` and ``retention`` commands; both rewrite the workspace file, so they run outside
any open cursor on the shared connection.
"""

from __future__ import annotations

from datetime import date

import streamlit as st

from analytics import lifecycle, roster, settings, store
from analytics.errors import CockpitError
from analytics.i18n import fmt_date, fmt_number, t
from analytics.literal import md_literal, t_md
from pages import ui

# the widget rounds and messages the import page's sections share (pages/ui.py)
_round, _next_round, _flash, _show_flash = ui.widget_round, ui.next_widget_round, ui.flash, ui.show_flash


def _names_hidden(lang: str) -> bool:
    """With pseudonymised names, this admin tab shows real names only when asked to (as the roster tab)."""
    if not ui.filters().pseudonymise or st.session_state.get("_imp_show_names"):
        return False
    st.info(t("imp_pseudo_note", lang))
    if st.button(t("imp_show_names", lang), key="imp_show_names_delete", icon=":material/visibility:"):
        st.session_state["_imp_show_names"] = True
        st.rerun()
    return True


def render(lang: str) -> None:
    """Delete a person (with the right-of-access export beside it), then the retention setting."""
    ui.guarded(lambda: _delete_person(lang))
    st.divider()
    ui.guarded(lambda: _retention(lang))


def _delete_person(lang: str) -> None:
    _show_flash("delete")
    st.caption(t("life_delete_help", lang))
    if _names_hidden(lang):
        return
    with store.cursor(ui.workspace()) as cur:
        people = cur.execute(
            "SELECT influencer_id, name, in_roster FROM influencers ORDER BY in_roster DESC, name_key").fetchall()
    if not people:
        st.info(t("imp_roster_empty", lang))
        return
    names = {pid: name for pid, name, _ in people}
    labels = {pid: name + ("" if member else f" ({t('not_in_roster', lang)})") for pid, name, member in people}
    round_ = _round("delete")
    chosen = st.selectbox(t("imp_delete_person", lang), list(labels), index=None, format_func=labels.get,
                          placeholder=t("imp_delete_placeholder", lang), key=f"imp_delete_who_{round_}")
    if chosen is None:
        return
    with store.cursor(ui.workspace()) as cur:
        counts = roster.erasure_counts(cur, chosen)
        _, _, as_xlsx = lifecycle.access_export(cur, chosen, "xlsx", lang)
        _, _, as_json = lifecycle.access_export(cur, chosen, "json", lang)
    st.warning(t("imp_delete_what", lang, name=md_literal(names[chosen]), posts=fmt_number(counts["posts"], lang),
                 outcomes=fmt_number(counts["outcomes"], lang),
                 followers=fmt_number(counts["follower_counts"], lang),
                 applicants=fmt_number(counts["applicants"], lang)))
    st.markdown("**" + t("life_access", lang) + "**")
    st.caption(t("life_access_help", lang))
    stem = "auskunft" if lang == "de" else "access"
    slug = f"{stem}-{chosen}-{date.today():%Y-%m-%d}"
    left, right = st.columns(2)
    left.download_button(t("life_access_xlsx", lang), data=as_xlsx, file_name=slug + ".xlsx",
                         mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         on_click="ignore", icon=":material/download:", key="life_access_xlsx")
    right.download_button(t("life_access_json", lang), data=as_json, file_name=slug + ".json",
                          mime="application/json", on_click="ignore", icon=":material/download:",
                          key="life_access_json")
    typed = st.text_input(t_md("imp_delete_type", lang, name=names[chosen]), key=f"imp_delete_typed_{round_}")
    matches = " ".join(typed.split()).casefold() == " ".join(names[chosen].split()).casefold()
    if st.button(t("imp_delete", lang), disabled=not matches, type="primary", icon=":material/delete_forever:",
                 key="imp_delete"):
        try:
            result = lifecycle.erase(ui.workspace(), chosen)
        except CockpitError as exc:
            st.error(exc.markdown(lang))
            return
        removed, changed = result["removed"], result["changed"]
        _flash("delete", "success", t_md("imp_deleted", lang, name=names[chosen]))
        _flash("delete", "info", t_md(
            "life_deleted", lang, name=names[chosen], posts=fmt_number(removed["posts"], lang),
            outcomes=fmt_number(removed["outcomes"], lang), followers=fmt_number(removed["follower_counts"], lang),
            applicants=fmt_number(removed["applicants"], lang), undo=fmt_number(removed["import_undo_entries"], lang),
            files=fmt_number(changed["imports_renamed"], lang)))
        _next_round("delete")
        st.rerun()


def _months_label(months: int | None, lang: str) -> str:
    return t("life_retention_n_months", lang, n=months) if months else t("life_retention_unlimited", lang)


def _retention(lang: str) -> None:
    st.subheader(t("life_retention", lang))
    _show_flash("retention")
    st.caption(t("life_retention_help", lang))
    with store.cursor(ui.workspace()) as cur:
        months = settings.get(cur, "retention_months")
    round_ = _round("retention")
    spec = settings.SETTINGS["retention_months"]
    chosen = st.number_input(t("life_retention_months", lang), min_value=spec.minimum, max_value=spec.maximum,
                             value=months, step=1, placeholder=t("life_retention_unlimited", lang),
                             key=f"life_retention_months_{round_}")
    chosen = int(chosen) if chosen is not None else None
    if st.button(t("life_retention_save", lang), disabled=chosen == months, key="life_retention_save",
                 icon=":material/save:"):
        try:
            ui.write(settings.put, "retention_months", chosen)
        except CockpitError as exc:
            st.error(exc.markdown(lang))
            return
        _flash("retention", "success", t("life_retention_saved", lang, months=_months_label(chosen, lang)))
        _next_round("retention")
        st.rerun()
    if not months:
        st.info(t("life_retention_none_set", lang))
        return
    with store.cursor(ui.workspace()) as cur:
        due = lifecycle.retention_due(cur)
    counts = due["due"]
    cutoff = fmt_date(date.fromisoformat(due["cutoff"]), lang)
    label = _months_label(months, lang)
    if not any(counts[part] for part in ("posts", "follower_counts", "outcomes", "people")):
        st.success(t("life_retention_nothing", lang, months=label, cutoff=cutoff))
        return
    st.warning(t("life_retention_due", lang, months=label, cutoff=cutoff, posts=fmt_number(counts["posts"], lang),
                 followers=fmt_number(counts["follower_counts"], lang),
                 outcomes=fmt_number(counts["outcomes"], lang), people=fmt_number(counts["people"], lang)))
    sure = st.checkbox(t("life_retention_sure", lang), key=f"life_retention_sure_{round_}")
    if st.button(t("life_retention_apply", lang), disabled=not sure, type="primary",
                 icon=":material/delete_sweep:", key="life_retention_apply"):
        try:
            result = lifecycle.apply_retention(ui.workspace())
        except CockpitError as exc:
            st.error(exc.markdown(lang))
            return
        removed = result["removed"]
        _flash("retention", "success", t(
            "life_retention_done", lang, posts=fmt_number(removed["posts"], lang),
            followers=fmt_number(removed["follower_counts"], lang), outcomes=fmt_number(removed["outcomes"], lang),
            people=fmt_number(removed["people"], lang)))
        _next_round("retention")
        st.rerun()
