"""The impact page's outcome ledger: outcomes per 1,000 impressions, outcomes with their
posts, and the form to add, change and delete outcomes (each change undoable in the import history)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from analytics import ledger
from analytics.charts.impact import outcome_label
from analytics.errors import CockpitError
from analytics.filters import Filters
from analytics.i18n import fmt_date, fmt_number, fmt_percent, t
from analytics.literal import t_md, web_link
from analytics.queries import impact as impact_queries
from pages.ui import data, flash, sidebar, widgets

MODE_TEXT_KEYS = {"add": "ledger_mode_add", "edit": "ledger_mode_edit"}
LEDGER_OPEN_KEY = "ledger_open"  # whether the outcome form's expander is open (its widgets drawn)


def type_text(kind: str, other: str | None, lang: str) -> str:
    """'Praktikumsanfrage'; an 'other' outcome with its own words: 'Sonstiges: Messe-Einladung'."""
    label = outcome_label(kind, lang)
    return f"{label}: {other}" if kind == ledger.OTHER and other else label


def results(selection: Filters, lang: str) -> None:
    """Outcomes per 1,000 impressions of the period, and the outcomes that name their post."""
    ratio = data.query(impact_queries.per_thousand, filters=selection)
    if ratio["per_thousand"] is None:
        st.caption(t("ledger_per_thousand_none", lang))
    else:
        widgets.tiles([{
            "label": t("ledger_per_thousand", lang), "value": fmt_number(ratio["per_thousand"], lang, 2),
            "help": t("ledger_per_thousand_help", lang, outcomes=fmt_number(ratio["outcomes"], lang),
                      impressions=fmt_number(ratio["impressions"], lang),
                      posts=fmt_number(ratio["posts_with_impressions"], lang)),
        }], columns=3)
    listed = data.query(impact_queries.with_posts, filters=selection)
    st.subheader(t("ledger_with_posts", lang))
    if listed.empty:
        st.caption(t("ledger_with_posts_none", lang))
        return
    st.dataframe(pd.DataFrame({
        t("impact_col_date", lang): [fmt_date(day, lang) for day in listed["occurred_on"]],
        t("impact_col_type", lang): [type_text(k, o, lang) for k, o in zip(listed["type"], listed["type_other"],
                                                                            strict=True)],
        t("impact_col_person", lang): listed["person"].fillna(t("impact_no_person", lang)),
        t("ledger_col_post_date", lang): [fmt_date(moment, lang) for moment in listed["published_at"]],
        t("ledger_col_post", lang): listed["opening"],
        t("ledger_col_impressions", lang): [fmt_number(n, lang) if pd.notna(n) else "–"
                                            for n in listed["impressions"]],
        t("ledger_col_rate", lang): [fmt_percent(r, lang, 1) if pd.notna(r) else "–"
                                     for r in listed["engagement_rate"]],
        t("ledger_col_link", lang): [web_link(url) for url in listed["url"]],
    }), hide_index=True, column_config={t("ledger_col_link", lang): st.column_config.LinkColumn()})


# ---------------------------------------------------------------- the form
def _post_label(row: Any, lang: str) -> str:
    opening = " ".join(str(row.opening or "").split())[:60]
    return f"{fmt_date(row.published_at, lang)} · {opening}" if opening else fmt_date(row.published_at, lang)


def editor(selection: Filters, lang: str) -> None:
    """Add an outcome, or change or delete one; every saved change is one ledger import."""
    if flash.pending("ledger"):  # the saved change's message shows inside: open it for that
        st.session_state[LEDGER_OPEN_KEY] = True
    box = widgets.folded(t("ledger_title", lang), LEDGER_OPEN_KEY)
    if not box.open:  # the form's widgets and the post list, drawn only for someone who opens it
        return
    with box:
        flash.show("ledger")
        st.caption(t("ledger_intro", lang))
        people = sidebar.chooser_labels(selection.pseudonymise, lang)
        known = data.query(ledger.entries, selection.name_sql("i"))
        round_ = widgets.widget_round("ledger")
        mode = st.radio(t("ledger_mode", lang), list(MODE_TEXT_KEYS), horizontal=True, key="ledger_mode",
                        format_func=lambda m: t(MODE_TEXT_KEYS[m], lang))
        current: dict[str, Any] | None = None
        if mode == "edit":
            if known.empty:
                st.info(t("ledger_none_yet", lang))
                return
            if selection.pseudonymise:  # a note is edited as written, names and all
                st.info(t("ledger_edit_pseudonymised", lang))
                return
            ids = known["outcome_id"].astype(int).tolist()
            by_id = {int(r.outcome_id): r for r in known.itertuples()}

            def label(oid: int) -> str:
                row = by_id[oid]
                who = row.person if isinstance(row.person, str) else t("impact_no_person", lang)
                return f"{fmt_date(row.occurred_on, lang)} · {type_text(row.type, row.type_other, lang)} · {who}"

            chosen = st.selectbox(t("ledger_pick", lang), ids, format_func=label, key=f"ledger_pick_{round_}")
            row = by_id[int(chosen)]
            current = {"id": int(chosen), "date": row.occurred_on, "type": row.type,
                       "other": row.type_other if isinstance(row.type_other, str) else "",
                       "person": None if pd.isna(row.influencer_id) else int(row.influencer_id),
                       "post": None if pd.isna(row.post_id) else int(row.post_id),
                       "note": row.note if isinstance(row.note, str) else ""}
        _fields(selection, lang, people, current, round_)


def _fields(selection: Filters, lang: str, people: dict[int, str], current: dict[str, Any] | None, round_: int) -> None:
    suffix = f"{current['id'] if current else 'new'}_{round_}"
    left, right = st.columns(2)
    day = left.date_input(t("ledger_date", lang), value=current["date"] if current else date.today(),
                          format="DD.MM.YYYY" if lang == "de" else "YYYY-MM-DD", key=f"ledger_date_{suffix}")
    kinds = list(ledger.TYPES)
    kind = right.selectbox(t("ledger_type", lang), kinds, index=kinds.index(current["type"]) if current and
                           current["type"] in kinds else 0, format_func=lambda k: outcome_label(k, lang),
                           key=f"ledger_type_{suffix}")
    other = ""
    if kind == ledger.OTHER:
        other = right.text_input(t("ledger_type_other", lang), value=current["other"] if current else "",
                                 max_chars=ledger.OTHER_MAX, key=f"ledger_other_{suffix}")
    options: list[int | None] = [None, *people]
    person = left.selectbox(t("ledger_person", lang), options,
                            index=options.index(current["person"]) if current and current["person"] in options else 0,
                            format_func=lambda p: t("ledger_no_person", lang) if p is None else people[p],
                            key=f"ledger_person_{suffix}")
    post_id = None
    if person is not None:
        posts = data.query(ledger.person_posts, int(person), selection.pseudonymise)
        post_options: list[int | None] = [None, *posts["post_id"].astype(int).tolist()]
        labels = {int(r.post_id): _post_label(r, lang) for r in posts.itertuples()}
        post_id = right.selectbox(
            t("ledger_post", lang), post_options,
            index=post_options.index(current["post"]) if current and current["post"] in post_options else 0,
            format_func=lambda p: t("ledger_no_post", lang) if p is None else labels[p],
            key=f"ledger_post_{suffix}")
    link = st.text_input(t("ledger_post_link", lang), key=f"ledger_link_{suffix}",
                         help=t("ledger_post_link_help", lang))
    note = st.text_area(t("ledger_note", lang), value=current["note"] if current else "", max_chars=ledger.NOTE_MAX,
                        key=f"ledger_note_{suffix}")
    entry = ledger.Entry(day if isinstance(day, date) else None, kind, other, person, post_id if not link.strip()
                         else None, link, note)
    what = {"type": type_text(kind, other, lang), "date": fmt_date(day if isinstance(day, date) else None, lang)}
    if current is None:
        if st.button(t("ledger_save_new", lang), type="primary", icon=":material/add:", key=f"ledger_add_{suffix}"):
            _save(lambda cur: ledger.add(cur, entry, t("ledger_label_add", lang, **what)), lang,
                  t("ledger_label_add", lang, **what))
        return
    save_col, delete_col = st.columns(2)
    if save_col.button(t("ledger_save_edit", lang), type="primary", icon=":material/save:",
                       key=f"ledger_edit_{suffix}"):
        _save(lambda cur: ledger.edit(cur, current["id"], entry, t("ledger_label_edit", lang, **what)), lang,
              t("ledger_label_edit", lang, **what))
    old = {"type": type_text(current["type"], current["other"], lang), "date": fmt_date(current["date"], lang)}
    sure = delete_col.checkbox(t("ledger_delete_sure", lang), key=f"ledger_sure_{suffix}")
    if delete_col.button(t("ledger_delete", lang), disabled=not sure, icon=":material/delete:",
                         key=f"ledger_delete_{suffix}"):
        _save(lambda cur: ledger.delete(cur, current["id"], t("ledger_label_delete", lang, **old)), lang,
              t("ledger_label_delete", lang, **old))


def _save(change, lang: str, what: str) -> None:
    """Run one ledger change; say what happened (or what was wrong) after the rerun."""
    try:
        data.run(change)  # each ledger change is its own transaction
    except CockpitError as exc:
        st.error(exc.markdown(lang))  # the form keeps what was typed
        return
    flash.leave("ledger", "success", t_md("ledger_saved", lang, what=what))
    widgets.next_widget_round("ledger")
    st.rerun()
