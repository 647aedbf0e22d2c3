"""The one-person view for the support conversation, rendered by one function so that a
gate (the staff-council mode's ``gates.named_view_open("person", lang)``) can wrap it. Every figure is computed for
the chosen ``influencer_id`` only; nothing names or compares a colleague."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analytics.charts.content import THIN_POSTS, is_thin
from analytics.charts.support import person_rate_chart, person_weeks_chart
from analytics.filters import Filters
from analytics.i18n import WEEKDAYS, fmt_date, fmt_number, fmt_percent, t
from analytics.literal import md_literal, web_link
from analytics.queries import support as q
from analytics.queries.content import GUIDELINE_LENGTH
from pages.sections import audience as audience_section
from pages.sections.impact import type_text
from pages.ui import data, widgets

# the what-worked table's factors, and the groups of length and question, in words
FACTOR_TEXT_KEYS = {"length": "person_factor_length", "question": "person_factor_question",
                    "weekday": "person_factor_weekday", "hour": "person_factor_hour", "topic": "person_factor_topic"}
GROUP_TEXT_KEYS = {("length", "short"): "person_length_short", ("length", "long"): "person_length_long",
                   ("question", "yes"): "person_question_yes", ("question", "no"): "person_question_no"}


def render_person_view(selection: Filters, lang: str, influencer_id: int, goal_per_month: float | None) -> None:
    """Everything about one person in the selection's period, against ``goal_per_month`` (posts)."""
    who = data.query(q.person, influencer_id, filters=selection)
    if who is None:
        st.warning(t("person_unknown", lang, id=influencer_id))
        return
    source = widgets.source_line(selection, lang)
    st.header(md_literal(who["name"]))
    widgets.gap_note(Filters(start=selection.start, end=selection.end, influencer_ids=(influencer_id,)), lang)
    if who["joined_on"] is not None or who["left_on"] is not None:
        st.caption(" · ".join(
            [t("person_joined", lang, date=fmt_date(who["joined_on"], lang))] * (who["joined_on"] is not None)
            + [t("cov_person_left", lang, date=fmt_date(who["left_on"], lang))] * (who["left_on"] is not None)))
    posts = data.query(q.posts, influencer_id, filters=selection)
    weeks = data.query(q.weekly, influencer_id, filters=selection)
    pause = data.query(q.pause, influencer_id, filters=selection)
    own = q.rate_over_time(posts)
    _tiles(posts, weeks, pause, own, goal_per_month, lang)

    st.subheader(t("person_weeks", lang))
    goal_week = q.week_goal(goal_per_month)
    widgets.chart(data.kept(_weeks_figure, influencer_id, goal_week, lang, source, filters=selection), "person_weeks",
                  selection, note=t("person_weeks_note", lang, month=_goal_text(goal_per_month, lang)))

    st.subheader(t("person_rate", lang))
    widgets.chart(data.kept(_rate_figure, influencer_id, lang, source, filters=selection), "person_rate", selection,
                  note=t("person_rate_note", lang, n=fmt_number(own["n"], lang)))

    st.subheader(t("person_worked", lang))
    _what_worked(posts, own, lang)

    st.subheader(t("person_strongest", lang))
    _strongest(posts, lang)

    st.subheader(t("person_outcomes", lang))
    listed = data.query(q.outcomes, influencer_id, filters=selection)
    if listed.empty:
        st.caption(t("person_outcomes_none", lang))
    else:
        st.dataframe(pd.DataFrame({
            t("impact_col_date", lang): [fmt_date(day, lang) for day in listed["occurred_on"]],
            t("impact_col_type", lang): [type_text(k, o if isinstance(o, str) else None, lang)
                                         for k, o in zip(listed["type"], listed["type_other"], strict=True)],
            t("person_col_post", lang): [fmt_date(m, lang) if pd.notna(m) else "–"
                                         for m in listed["post_published_at"]],
            t("impact_col_note", lang): listed["note"].fillna(""),
        }), hide_index=True)

    audience_section.person_view(selection, lang, influencer_id)


def _tiles(posts: pd.DataFrame, weeks: pd.DataFrame, pause: dict, own: dict, goal_per_month: float | None,
           lang: str) -> None:
    n_weeks = len(weeks)
    per_week = len(posts) / n_weeks if n_weeks else None
    goal_week = q.week_goal(goal_per_month)
    with_post = int((weeks["posts"] > 0).sum()) if n_weeks else 0
    if pause["days"] is None:
        pause_value, pause_help = (t("cov_no_data", lang), t("cov_person_no_data", lang)) if pause.get("no_data") \
            else ("–", None)
    elif pause.get("at_least"):  # the person's data ends (or began) inside the pause: at least this long
        pause_value = t("cov_at_least_short", lang, n=t("person_pause_days", lang, n=fmt_number(pause["days"], lang)))
        pause_help = t("cov_pause_at_least", lang, n=fmt_number(pause["days"], lang),
                       date=fmt_date(pause["measured_to"], lang))
    elif pause["days"] == 1:
        pause_value = t("person_pause_day", lang)
        pause_help = t("person_pause_help", lang, date=fmt_date(pause["last_post"], lang),
                       to=fmt_date(pause["measured_to"], lang)) if pause["last_post"] else None
    elif pause["last_post"] is None:
        pause_value = t("person_pause_days", lang, n=fmt_number(pause["days"], lang))
        pause_help = t("person_pause_never", lang, to=fmt_date(pause["measured_to"], lang))
    else:
        pause_value = t("person_pause_days", lang, n=fmt_number(pause["days"], lang))
        pause_help = t("person_pause_help", lang, date=fmt_date(pause["last_post"], lang),
                       to=fmt_date(pause["measured_to"], lang))
    widgets.tiles([
        {"label": t("person_tile_posts", lang), "value": fmt_number(len(posts), lang)},
        {"label": t("person_tile_per_week", lang), "value": fmt_number(per_week, lang, 1),
         "help": t("person_tile_per_week_help", lang, posts=fmt_number(len(posts), lang),
                   weeks=fmt_number(n_weeks, lang), goal=fmt_number(goal_week, lang, 1),
                   month=_goal_text(goal_per_month, lang))},
        {"label": t("person_tile_weeks_met", lang),
         "value": t("freq_of", lang, n=fmt_number(with_post, lang), total=fmt_number(n_weeks, lang))},
        {"label": t("person_tile_pause", lang), "value": pause_value, "help": pause_help},
        {"label": t("person_tile_median", lang), "value": fmt_percent(own["median"], lang, 1),
         "help": t("person_tile_median_help", lang, n=fmt_number(own["n"], lang))},
    ], columns=3)  # rows of three: '19 von 26' and the labels fit from 1280 pixels on


def _goal_text(goal: float | None, lang: str) -> str:
    """'4' for a whole number of posts, '2,5' otherwise."""
    if goal is None:
        return "–"
    return fmt_number(goal, lang, 0 if float(goal).is_integer() else 1)


def group_label(factor: str, group, lang: str) -> str:
    """A group of the what-worked table in words."""
    if factor == "length":
        return t(GROUP_TEXT_KEYS[factor, group], lang, n=fmt_number(GUIDELINE_LENGTH, lang))
    if factor == "question":
        return t(GROUP_TEXT_KEYS[factor, group], lang)
    if factor == "weekday":
        return WEEKDAYS["en" if lang == "en" else "de"][int(group)]
    if factor == "hour":
        low, high = q.HOUR_BANDS[int(group)]
        return t("person_hour_band", lang, low=low, high=high)
    return str(group)


def _what_worked(posts: pd.DataFrame, own: dict, lang: str) -> None:
    table = q.what_worked(posts)
    if table.empty:
        st.caption(t("person_worked_none", lang))
        return
    median = own["median"]

    def versus(rate: float) -> str:
        if median is None or pd.isna(rate):
            return "–"
        points = (rate - median) * 100
        sign = "+" if points > 0.05 else ("−" if points < -0.05 else "±")
        return sign + t("person_points", lang, n=fmt_number(abs(points), lang, 1))

    # Groups of too few posts say nothing yet: one sentence for all of them, not a row each.
    thin = table["n"].map(is_thin)
    if thin.all():
        st.info(t("person_worked_thin_all", lang, thin=THIN_POSTS), icon=":material/hourglass_empty:")
        return
    table = table[~thin]
    st.dataframe(pd.DataFrame({
        t("person_col_factor", lang): [t(FACTOR_TEXT_KEYS[f], lang) for f in table["factor"]],
        t("person_col_group", lang): [group_label(f, g, lang) for f, g in zip(table["factor"], table["group"],
                                                                              strict=True)],
        t("person_col_n", lang): [fmt_number(n, lang) for n in table["n"]],
        t("person_col_rate", lang): [fmt_percent(r, lang, 1) for r in table["median_rate"]],
        t("person_col_vs", lang): [versus(r) for r in table["median_rate"]],
    }), hide_index=True, height=38 + 35 * len(table))  # every row shown; topics are plain text cells
    if thin.any():
        st.caption(t("person_worked_thin_some", lang, n=int(thin.sum()), thin=THIN_POSTS))
    st.caption(t("person_worked_note", lang, median=fmt_percent(median, lang, 1), thin=THIN_POSTS))


def _strongest(posts: pd.DataFrame, lang: str) -> None:
    best = q.strongest(posts)
    if best.empty:
        st.caption(t("person_no_posts", lang))
        return
    st.dataframe(pd.DataFrame({
        t("person_col_date", lang): [fmt_date(m, lang) for m in best["published_at"]],
        t("person_col_opening", lang): [" ".join(str(text or "").split())[:120] for text in best["text"]],
        t("person_axis_rate", lang): [fmt_percent(r, lang, 1) if pd.notna(r) else "–" for r in best["rate"]],
        t("person_col_engagements", lang): [fmt_number(e, lang) if pd.notna(e) else "–" for e in best["engagements"]],
        t("person_col_impressions", lang): [fmt_number(n, lang) if pd.notna(n) else "–" for n in best["impressions"]],
        t("person_col_link", lang): [web_link(url) for url in best["url"]],
    }), hide_index=True, column_config={t("person_col_link", lang): st.column_config.LinkColumn()})
    st.caption(t("person_strongest_note", lang))


# Query and chart in one cached call: a rerun with the same data and selection rebuilds nothing.
def _weeks_figure(cur, selection: Filters, influencer_id: int, goal_week: float | None, lang: str,
                  source: str) -> go.Figure:
    return person_weeks_chart(q.weekly(cur, selection, influencer_id), goal_week, lang, source)


def _rate_figure(cur, selection: Filters, influencer_id: int, lang: str, source: str) -> go.Figure:
    posts = q.posts(cur, selection, influencer_id)
    return person_rate_chart(posts, q.rate_over_time(posts)["median"], lang, source)
