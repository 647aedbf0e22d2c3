"""Whom the programme reaches: the cohort's audience (page "Publikum"), one person's audience and their
posts' (the one-person view, behind its gate), and the settings it needs (page "Programm & Ziele")."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import programme, settings
from analytics.audience import basis, category_label, months_label, people_words, percent, window_label
from analytics.charts.audience import activity_chart, share_text, shares_chart, trend_chart
from analytics.errors import CockpitError
from analytics.filters import Filters
from analytics.i18n import fmt_date, fmt_number, t
from analytics.literal import t_md
from analytics.queries import audience as q
from pages.ui import data, flash, gates, widgets

PROFILE = ("job_title", "industry", "seniority", "company_size")  # drawn two by two


def _names(values: tuple[str, ...] | list[str]) -> str:
    return ", ".join(values)


# ---------------------------------------------------------------- the cohort (page "Publikum")
def cohort_view(selection: Filters, lang: str) -> None:
    """The programme's audience in the selection: tiles, what they rest on, each category, the course
    over the export windows and the profiles' activity per day."""
    if not data.query(q.has_audience):
        st.info(t("aud_none", lang), icon=":material/info:")
        return
    found = data.query(q.audience, filters=selection)
    source = widgets.source_line(selection, lang)
    if found.people == 0:
        st.info(t("aud_none_in_period", lang, period=f"{fmt_date(selection.start, lang)} – "
                                                        f"{fmt_date(selection.end, lang)}"))
    elif not found.enough_people:
        st.warning(t("aud_too_few", lang, n=found.people, min=found.min_group), icon=":material/visibility_off:")
        st.caption(gates.suppression_note(found.min_group, lang))
    else:
        _figures(found, selection, lang, source)
    _trend(selection, lang)
    _activity(selection, lang, source)
    st.caption(t("aud_posts_elsewhere", lang))


def _figures(found: q.Audience, selection: Filters, lang: str, source: str) -> None:
    rests_on = basis(found, lang)
    widgets.tiles([
        {"label": t("aud_tile_reached", lang), "value": fmt_number(found.members_reached, lang),
         "help": t("aud_tile_reached_help", lang, basis=rests_on)},
        {"label": t("aud_tile_impressions", lang), "value": fmt_number(found.impressions, lang),
         "help": t("aud_tile_impressions_help", lang, basis=rests_on)},
        _share_tile(found, "location", found.region, found.places, "aud_tile_region", "aud_tile_region_help", lang),
        _share_tile(found, "company", found.own_organisation, found.organisation, "aud_tile_internal",
                    "aud_tile_internal_help", lang),
    ])
    st.caption(rests_on + " " + t("aud_caveat", lang))
    if found.hidden:
        st.caption(t_md("aud_hidden", lang, min=found.min_group,
                        categories=_names([category_label(category, lang) for category in found.hidden])))

    st.subheader(t("aud_region", lang))
    if not found.places:
        st.caption(t("aud_region_unset", lang))
    else:
        st.caption(t_md("aud_region_default" if found.places_are_default else "aud_region_places", lang,
                        places=_names(found.places)))
    _category(found, "location", selection, lang, source,
              [q.names_place(value, list(found.places)) for value in found.values("location")["value"]]
              if found.places else None, t("aud_legend_region", lang))

    shown = [category for category in PROFILE if category in found.categories]
    if shown:
        st.subheader(t("aud_profile", lang))
        for first in range(0, len(shown), 2):
            for column, category in zip(st.columns(2), shown[first:first + 2], strict=False):
                with column:
                    _category(found, category, selection, lang, source)

    st.subheader(t("aud_internal", lang))
    if found.organisation:
        st.caption(t_md("aud_internal_names", lang, names=_names(found.organisation)))
    else:
        st.caption(t("aud_internal_unset", lang))
    _category(found, "company", selection, lang, source,
              [q.is_organisation(value, list(found.organisation)) for value in found.values("company")["value"]]
              if found.organisation else None, t("aud_legend_internal", lang))

    others = [category for category in found.categories if category not in (*PROFILE, "location", "company")]
    if others:
        st.subheader(t("aud_other", lang))
        for number, category in enumerate(others):
            _category(found, category, selection, lang, source, name=f"audience_other_{number}")


def _share_tile(found: q.Audience, category: str, share: q.Share | None, targets: tuple[str, ...],
                label_key: str, help_key: str, lang: str) -> dict[str, str]:
    """The target region's or the organisation's tile: its share, or why there is none."""
    label = t(label_key, lang)
    if not targets:
        return {"label": label, "value": t("aud_tile_unset", lang), "help": t("aud_tile_unset_help", lang)}
    if category in found.hidden:
        return {"label": label, "value": t("aud_tile_hidden", lang),
                "help": t("aud_tile_hidden_help", lang, min=found.min_group)}
    if share is None:
        return {"label": label, "value": t("aud_tile_none_listed", lang), "help": t("aud_tile_none_listed_help", lang)}
    return {"label": label, "value": share_text(share.share, share.below_one_percent, lang),
            "help": t_md(help_key, lang, values=_names(share.values) or "–", n=share.people)}


def _category(found: q.Audience, category: str, selection: Filters, lang: str, source: str,
              highlight: list[bool] | None = None, highlight_name: str | None = None, name: str | None = None) -> None:
    """One category's chart, with what it rests on below."""
    values = found.values(category)
    if values.empty:
        return
    title = category_label(category, lang)
    note = t("aud_chart_note", lang, people=people_words(found.category_people(category), lang),
             reached=fmt_number(int(values["reached"].iloc[0]), lang))
    if values.head(10)["below_one_percent"].any():
        note += " " + t("aud_chart_note_marked", lang)
    widgets.chart(data.figure(shares_chart, values, title, lang, source, highlight, highlight_name),
                  name or f"audience_{category}", selection, note=note)


def _trend(selection: Filters, lang: str) -> None:
    groups = data.query(q.by_window, filters=selection)
    if not groups:
        return
    st.subheader(t("aud_trend", lang))
    if len(groups) == 1:
        st.caption(t("aud_trend_one", lang))
        return
    rows = []
    for first, last, found in groups:
        enough = found.enough_people
        rows.append({
            "label": months_label(first, last), "people": found.people,
            "region": found.region.share if enough and found.region else None,
            "internal": found.own_organisation.share if enough and found.own_organisation else None,
        })
    hidden = sum(1 for _first, _last, found in groups if not found.enough_people)
    note = t("aud_trend_note", lang, min=selection.min_group,
             hidden=t("aud_trend_hidden", lang, n=fmt_number(hidden, lang)) if hidden else "")
    # every window, whatever the period: the source line names the windows' whole span
    spans = [found.windows for _first, _last, found in groups]
    everything = selection.with_period(min(w["window_start"].min() for w in spans),
                                       max(w["window_end"].max() for w in spans))
    widgets.chart(data.figure(trend_chart, pd.DataFrame(rows), lang, widgets.source_line(everything, lang)),
                  "audience_trend", selection, note=note)


def _activity(selection: Filters, lang: str, source: str) -> None:
    days = data.query(q.activity, filters=selection)
    if days.empty:
        return
    st.subheader(t("aud_activity", lang))
    note = t("aud_activity_note", lang, people=people_words(int(days["people"].max()), lang), min=selection.min_group)
    widgets.chart(data.figure(activity_chart, days, lang, source), "audience_activity", selection, note=note)


# ---------------------------------------------------------------- one person (page "Begleitung")
def person_view(selection: Filters, lang: str, influencer_id: int) -> None:
    """One person's audience in the period (their export, as LinkedIn gives it), their profile's
    activity per day and the audience of one of their posts. Called only inside the one-person
    view, which the staff-council gate guards."""
    source = widgets.source_line(selection, lang)
    st.subheader(t("aud_person", lang))
    mine = data.query(q.person, influencer_id, filters=selection)
    if mine.people == 0:
        st.caption(t("aud_person_none", lang))
    else:
        window = mine.windows.iloc[0]
        st.caption(t("aud_person_window", lang, window=window_label(window.window_start, window.window_end, lang),
                     reached=fmt_number(_known(window.members_reached), lang),
                     impressions=fmt_number(_known(window.impressions), lang)))
        _values_table(mine.shares, lang)
    days = data.query(q.person_activity, influencer_id, filters=selection)
    if not days.empty:
        widgets.chart(data.figure(activity_chart, days, lang, source, t("aud_person_activity", lang)),
                      "person_audience_activity", selection, note=t("aud_person_activity_note", lang))
    st.subheader(t("aud_post", lang))
    posts = data.query(q.posts_with_audience, influencer_id, filters=selection)
    if posts.empty:
        st.caption(t("aud_post_none", lang))
        return
    labels = {int(row.post_id): t("aud_post_label", lang, date=fmt_date(row.published_at, lang),
                                  opening=" ".join(str(row.text or row.url or "").split())[:70])
              for row in posts.itertuples()}
    chosen = st.selectbox(t("aud_post_choose", lang), list(labels), format_func=labels.get, key="person_audience_post")
    post = posts[posts["post_id"] == chosen].iloc[0]
    st.caption(t("aud_post_figures", lang, reached=fmt_number(_known(post.members_reached), lang),
                 impressions=fmt_number(_known(post.impressions), lang)))
    _values_table(data.query(q.post_audience, int(chosen), influencer_id), lang)


def _known(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def _values_table(values: pd.DataFrame, lang: str) -> None:
    """Category, value and share, as one export gives them ('< 1 %' as written; plain text cells)."""
    if values.empty:
        return
    ordered = pd.concat([values[values["category"] == category] for category in q.category_order(
        list(values["category"].unique()))])
    st.dataframe(pd.DataFrame({
        t("aud_col_category", lang): [category_label(category, lang) for category in ordered["category"]],
        t("aud_col_value", lang): list(ordered["value"]),
        t("aud_col_share", lang): [t("aud_below_one_percent", lang) if below else percent(share, lang)
                                   for share, below in zip(ordered["share"], ordered["below_one_percent"],
                                                           strict=True)],
    }), hide_index=True)


# ---------------------------------------------------------------- settings (page "Programm & Ziele")
def _save(cur, region: str, aliases: str) -> None:
    programme.put_names(cur, "target_region", region)
    programme.put_names(cur, "organisation_aliases", aliases)


def settings_form(lang: str) -> None:
    """The target region's places and the organisation's other names, kept in the workspace."""
    st.subheader(t("aud_settings", lang))
    st.caption(t("aud_settings_help", lang))
    flash.show("audience")
    stored = data.query(settings.get, "target_region") or ()
    aliases = data.query(settings.get, "organisation_aliases") or ()
    city = programme.city_of(data.query(settings.get, "organisation"))
    default = t("aud_settings_region_default", lang, places=city) if city else t("aud_settings_region_none", lang)
    with st.form("aud_settings_form", border=False):
        region_column, names_column = st.columns(2)
        region = region_column.text_area(t("aud_settings_region", lang), value="\n".join(stored), height=110,
                                         key="aud_region", help=t("aud_settings_region_help", lang, default=default))
        names = names_column.text_area(t("aud_settings_aliases", lang), value="\n".join(aliases), height=110,
                                       key="aud_aliases", help=t("aud_settings_aliases_help", lang))
        if st.form_submit_button(t("aud_settings_save", lang), icon=":material/save:"):
            try:
                data.write(_save, region, names)
            except CockpitError as exc:
                st.error(exc.markdown(lang))
            else:
                flash.leave("audience", "success", t("aud_settings_saved", lang))
                st.rerun()

