"""Diversity: is the cohort diverse, and does diversity show in the results?"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analytics import selections, suppression
from analytics.charts.diversity import (
    NAMED_MEMBERS,
    applicants_chart,
    attribute_label,
    composition_chart,
    group_label,
    group_name,
    group_performance_chart,
    ordered,
)
from analytics.filters import Filters
from analytics.i18n import fmt_date, fmt_number, fmt_percent, t
from analytics.literal import t_md
from analytics.queries import diversity, groups
from pages.ui import data, gates, shell, sidebar, widgets


def render() -> None:
    """Composition of the cohort, applicants vs selected, activity and engagement by group."""
    lang = sidebar.current_lang()
    selection = sidebar.filters()
    st.title(t("diversity_title", lang))
    st.caption(t("diversity_caption", lang))
    roster = data.query(diversity.roster_size, filters=selection)
    if roster == 0:
        st.info(t("diversity_no_roster", lang), icon=":material/group_off:")
        return
    source = widgets.source_line(selection, lang)
    _composition(selection, roster, lang, source)
    _applicants(selection, lang, source)
    _performance(selection, lang, source)


def _composition(selection: Filters, roster: int, lang: str, source: str) -> None:
    st.header(t("diversity_composition", lang))
    note = t("diversity_composition_note", lang, n=fmt_number(roster, lang))
    for name, attributes in (("coded", ("gender", "age_band", "experience")), ("jobs", ("profession", "department"))):
        fig = data.kept(_composition_figure, attributes, lang, source, filters=selection)
        widgets.chart(fig, f"composition_{name}", selection,
                      note=f"{note} {_age_rule(selection, lang)}" if "age_band" in attributes else note)


def _applicants(selection: Filters, lang: str, source: str) -> None:
    st.header(t("diversity_applicants", lang))
    totals = data.query(diversity.applicant_totals, filters=selection)
    if totals["applicants"] == 0:
        st.info(t("diversity_applicants_none", lang))
        return
    by = st.segmented_control(
        t("diversity_compare_by", lang), list(groups.ATTRIBUTES), default="gender", key="applicants_by",
        format_func=lambda value: attribute_label(value, lang), required=True,
    )
    note = t("diversity_applicants_note", lang, applicants=fmt_number(totals["applicants"], lang),
             selected=fmt_number(totals["selected"], lang))
    fig = data.kept(_applicants_figure, by, lang, source, filters=selection)
    widgets.chart(fig, f"applicants_{by}", selection,
                  note=f"{note} {_age_rule(selection, lang)}" if by == "age_band" else note)


def _performance(selection: Filters, lang: str, source: str) -> None:
    st.header(t("diversity_performance", lang))
    if selections.attribute_filtered(selection):  # see groups.group_breakdown: no groups within a filter
        st.info(t("diversity_filtered", lang), icon=":material/filter_alt_off:")
        return
    st.caption(t("diversity_rule", lang, min=selection.min_group))
    by = st.segmented_control(
        t("diversity_group_by", lang), list(groups.ATTRIBUTES), default="gender", key="diversity_by",
        format_func=lambda value: attribute_label(value, lang), required=True,
    )
    result = data.query(groups.group_breakdown, by, filters=selection)
    shown = result.shown
    if result.hidden:
        st.warning(_hidden_message(result, by, selection.min_group, lang), icon=":material/visibility_off:")
        st.caption(gates.suppression_note(selection.min_group, lang))
    if shown.empty:
        st.info(t("diversity_all_suppressed", lang, min=selection.min_group))
        return
    if len(shown) == 1 and not result.hidden and len(shown["members"][0]) > 1:
        # the reason said as it is: too few people in the groups, or groups each large enough that would
        # each differ from a filter selection or another grouping by fewer than the threshold
        key = "diversity_no_comparison_difference" if result.pooled_for_difference else "diversity_no_comparison"
        st.info(t(key, lang, attribute=attribute_label(by, lang), min=selection.min_group), icon=":material/join:")
        return
    if result.pooled:
        st.info(_pooled_message(result.pooled, by, lang), icon=":material/join:")
    note = t("diversity_performance_note", lang, posts=fmt_number(int(shown["posts"].sum()), lang))
    fig = data.kept(_performance_figure, by, lang, source, filters=selection)
    widgets.chart(fig, f"performance_{by}", selection,
                  note=f"{note} {_age_rule(selection, lang)}" if by == "age_band" else note)
    box = widgets.folded(t("diversity_table", lang), "diversity_table")  # stays open across groupings
    if box.open:
        with box:
            st.dataframe(_table(shown, by, lang), hide_index=True)


def _hidden_message(result: suppression.Suppressed, by: str, min_group: int, lang: str) -> str:
    """What was hidden and why: too few contributors, a difference, or beside another hidden group."""
    below = result.below
    key = "diversity_suppressed_one" if below == 1 else "diversity_suppressed"
    parts = [t(key, lang, n=below, min=min_group)] if below else []
    parts += [t_md("supp_difference", lang, group=group_label(by, value, lang), min=min_group)
              for value, reason in result.hidden if reason == suppression.DIFFERENCE]
    parts += [t_md("supp_complementary", lang, group=group_label(by, value, lang))
              for value, reason in result.hidden if reason == suppression.COMPLEMENTARY]
    return " ".join(parts)


def _pooled_message(pooled: list[tuple[str, ...]], by: str, lang: str) -> str:
    """'Zusammengefasst, damit ein Vergleich bleibt: „männlich + divers“.' — a pool named for what it
    is lists its values."""
    named = []
    for members in pooled:
        name = group_name(by, members, lang)
        if len(members) > NAMED_MEMBERS:
            values = ", ".join(group_label(by, value, lang) for value in members)
            named.append(t_md("diversity_pooled_values", lang, group=name, values=values))
        else:
            named.append(t_md("diversity_pooled_group", lang, group=name))
    return t("diversity_pooled", lang, groups=", ".join(named))


def _age_rule(selection: Filters, lang: str) -> str:
    """The note saying at which day ages are computed (the end of the analysed period)."""
    day = data.query(groups.age_reference, filters=selection)
    return t("prog_age_rule", lang, date=fmt_date(day, lang), year=day.year)


# Figures are built inside the cached query call: on a rerun with unchanged data and selection
# the page only sends them again instead of rebuilding them.
def _composition_figure(cur, selection: Filters, attributes: tuple[str, ...], lang: str, source: str) -> go.Figure:
    return composition_chart(diversity.composition(cur, selection), attributes, lang, source)


def _applicants_figure(cur, selection: Filters, by: str, lang: str, source: str) -> go.Figure:
    shares = diversity.applicants_vs_selected(cur, selection)
    return applicants_chart(shares[shares["attribute"] == by], by, lang, source)


def _performance_figure(cur, selection: Filters, by: str, lang: str, source: str) -> go.Figure:
    return group_performance_chart(groups.group_breakdown(cur, selection, by).shown, by, lang, source)


def _table(shown: pd.DataFrame, by: str, lang: str) -> pd.DataFrame:
    """The figures behind the chart, with localised headers and numbers."""
    shown = ordered(shown, by, "influencers")
    return pd.DataFrame({
        t("div_col_group", lang): [group_name(by, members, lang) for members in shown["members"]],
        t("div_col_people", lang): shown["influencers"].astype(int),
        t("div_col_active", lang): shown["active"].astype(int),
        t("div_col_posts", lang): shown["posts"].astype(int),
        t("div_col_median_posts", lang): [fmt_number(v, lang, 1) for v in shown["median_posts_per_person"]],
        t("div_col_reactions", lang): [fmt_number(v, lang) for v in shown["reactions"]],
        t("div_col_comments", lang): [fmt_number(v, lang) for v in shown["comments"]],
        t("div_col_reposts", lang): [fmt_number(v, lang) for v in shown["reposts"]],
        t("div_col_impressions", lang): [fmt_number(v, lang) for v in shown["impressions"]],
        t("div_col_rate", lang): [fmt_percent(v, lang, 2) for v in shown["engagement_rate"]],
        t("div_col_median_rate", lang): [fmt_percent(v, lang, 2) for v in shown["median_post_rate"]],
    })


shell.run_page(render)
