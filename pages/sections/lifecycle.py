"""Erasure of one person with the right-of-access export beside it (people page), and the
retention period (privacy page).

The erasure and the retention deletion are :mod:`analytics.lifecycle`'s, the same functions as
the ``erase`` and ``retention`` commands; both rewrite the workspace file, so they are handed
the connection, never a cursor.
"""

from __future__ import annotations

from datetime import date

import streamlit as st

from analytics import lifecycle, roster, settings
from analytics.errors import CockpitError
from analytics.i18n import fmt_date, fmt_number, t
from analytics.literal import md_literal, t_md
from pages.ui import data, flash, gates, widgets

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def erasure(lang: str) -> None:
    """Delete a person with all their data; their right-of-access export beside it."""
    flash.show("delete")
    st.caption(t("life_delete_help", lang))
    if gates.names_hidden(lang, "delete"):
        return
    people = data.query(roster.roster)
    if people.empty:
        st.info(t("imp_roster_empty", lang))
        return
    names = dict(zip(people["influencer_id"].astype(int), people["name"], strict=True))
    labels = {pid: name + ("" if member else f" ({t('not_in_roster', lang)})")
              for pid, name, member in zip(names, names.values(), people["in_roster"], strict=True)}
    round_ = widgets.widget_round("delete")
    chosen = st.selectbox(t("imp_delete_person", lang), list(labels), index=None, format_func=labels.get,
                          placeholder=t("imp_delete_placeholder", lang), key=f"imp_delete_who_{round_}")
    if chosen is None:
        return
    counts = data.query(lifecycle.erasure_counts, chosen)
    st.warning(t("imp_delete_what", lang, name=md_literal(names[chosen]), posts=fmt_number(counts["posts"], lang),
                 outcomes=fmt_number(counts["outcomes"], lang),
                 followers=fmt_number(counts["follower_counts"], lang),
                 applicants=fmt_number(counts["applicants"], lang)))
    _access(chosen, lang)
    typed = st.text_input(t_md("imp_delete_type", lang, name=names[chosen]), key=f"imp_delete_typed_{round_}")
    matches = " ".join(typed.split()).casefold() == " ".join(names[chosen].split()).casefold()
    if st.button(t("imp_delete", lang), disabled=not matches, type="primary", icon=":material/delete_forever:",
                 key="imp_delete"):
        try:
            result = lifecycle.erase(data.workspace(), chosen)
        except CockpitError as exc:
            st.error(exc.markdown(lang))
            return
        removed, changed = result["removed"], result["changed"]
        flash.leave("delete", "success", t_md("imp_deleted", lang, name=names[chosen]))
        flash.leave("delete", "info", t_md(
            "life_deleted", lang, name=names[chosen], posts=fmt_number(removed["posts"], lang),
            outcomes=fmt_number(removed["outcomes"], lang), followers=fmt_number(removed["follower_counts"], lang),
            applicants=fmt_number(removed["applicants"], lang), undo=fmt_number(removed["import_undo_entries"], lang),
            files=fmt_number(changed["imports_renamed"], lang)))
        widgets.next_widget_round("delete")
        st.rerun()


def _access(influencer_id: int, lang: str) -> None:
    """The right-of-access export of the chosen person, built when a button is clicked."""
    st.markdown("**" + t("life_access", lang) + "**")
    st.caption(t("life_access_help", lang))
    if not gates.named_view_open("access_export", lang):  # staff-council mode: with a purpose, each download logged
        return
    stem = "auskunft" if lang == "de" else "access"
    slug = f"{stem}-{influencer_id}-{date.today():%Y-%m-%d}"
    xlsx = data.built_on_click(lifecycle.access_file, influencer_id, "xlsx", lang)
    as_json = data.built_on_click(lifecycle.access_file, influencer_id, "json", lang)
    left, right = st.columns(2)
    left.download_button(t("life_access_xlsx", lang), data=gates.named_download("access_xlsx", "access_export", xlsx),
                         file_name=slug + ".xlsx", mime=XLSX_MIME, on_click="ignore", icon=":material/download:",
                         key="life_access_xlsx")
    right.download_button(t("life_access_json", lang),
                          data=gates.named_download("access_json", "access_export", as_json),
                          file_name=slug + ".json", mime="application/json", on_click="ignore",
                          icon=":material/download:", key="life_access_json")


def _months_label(months: int | None, lang: str) -> str:
    return t("life_retention_n_months", lang, n=months) if months else t("life_retention_unlimited", lang)


def retention(lang: str) -> None:
    """The retention period: set it, see what has passed it, delete that."""
    st.subheader(t("life_retention", lang))
    flash.show("retention")
    st.caption(t("life_retention_help", lang))
    months = data.query(settings.get, "retention_months")
    round_ = widgets.widget_round("retention")
    spec = settings.SETTINGS["retention_months"]
    chosen = st.number_input(t("life_retention_months", lang), min_value=spec.minimum, max_value=spec.maximum,
                             value=months, step=1, placeholder=t("life_retention_unlimited", lang),
                             key=f"life_retention_months_{round_}")
    chosen = int(chosen) if chosen is not None else None
    if st.button(t("life_retention_save", lang), disabled=chosen == months, key="life_retention_save",
                 icon=":material/save:"):
        try:
            data.write(settings.put, "retention_months", chosen)
        except CockpitError as exc:
            st.error(exc.markdown(lang))
            return
        flash.leave("retention", "success", t("life_retention_saved", lang, months=_months_label(chosen, lang)))
        widgets.next_widget_round("retention")
        st.rerun()
    if not months:
        st.info(t("life_retention_none_set", lang))
        return
    due = data.now(lifecycle.retention_due)  # counted against today: never from the cache
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
            result = lifecycle.apply_retention(data.workspace())
        except CockpitError as exc:
            st.error(exc.markdown(lang))
            return
        removed = result["removed"]
        flash.leave("retention", "success", t(
            "life_retention_done", lang, posts=fmt_number(removed["posts"], lang),
            followers=fmt_number(removed["follower_counts"], lang), outcomes=fmt_number(removed["outcomes"], lang),
            people=fmt_number(removed["people"], lang)))
        widgets.next_widget_round("retention")
        st.rerun()
