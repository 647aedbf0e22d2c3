"""Impact: what did the programme bring – outcomes and follower growth."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analytics import covered
from analytics.charts.impact import followers_chart, outcome_label, outcomes_chart
from analytics.filters import Filters
from analytics.i18n import fmt_date, fmt_number, fmt_percent, t
from analytics.literal import md_literal
from analytics.queries import impact
from pages.sections import company_page as company_page_section
from pages.sections import impact as impact_section
from pages.ui import data, gates, shell, sidebar, widgets


def render() -> None:
    """Outcome tiles, outcomes per month, the list of outcomes, follower growth."""
    lang = sidebar.current_lang()
    selection = sidebar.filters()
    st.title(t("impact_title", lang))
    st.caption(t("impact_caption", lang))
    widgets.gap_note(selection, lang)
    source = widgets.source_line(selection, lang)
    _outcomes(selection, lang, source)
    _followers(selection, lang, source)
    company_page_section.page_comparison(selection, lang)


def _outcomes(selection: Filters, lang: str, source: str) -> None:
    st.header(t("impact_outcomes", lang))
    counts = data.query(impact.outcome_counts, filters=selection)
    widgets.tiles([
        {"label": md_literal(outcome_label(kind, lang)), "value": fmt_number(n, lang),
         "help": t("impact_tile_help", lang)}
        for kind, n in counts.items()
    ])
    total = sum(counts.values())
    if total == 0:
        st.info(t("impact_outcomes_none", lang))
    else:
        widgets.chart(data.kept(_outcomes_figure, lang, source, filters=selection), "impact_outcomes", selection,
                      note=t("impact_outcomes_note", lang, n=fmt_number(total, lang)))
    # the list and the form name people (the form lists every outcome with its note): one gate for both
    if not gates.named_view_open("impact_outcomes", lang):
        return
    if total:
        _outcome_list(selection, lang)
    impact_section.editor(selection, lang)


def _outcome_list(selection: Filters, lang: str) -> None:
    listed = data.query(impact.outcome_list, filters=selection)
    with st.expander(t("impact_table", lang), expanded=True):
        # Plain text columns: a note is shown as written, never rendered as markdown or HTML.
        st.dataframe(pd.DataFrame({
            t("impact_col_date", lang): [fmt_date(day, lang) for day in listed["occurred_on"]],
            t("impact_col_type", lang): [impact_section.type_text(kind, other, lang)
                                         for kind, other in zip(listed["type"], listed["type_other"], strict=True)],
            t("impact_col_person", lang): listed["person"].fillna(t("impact_no_person", lang)),
            t("impact_col_note", lang): listed["note"].fillna(""),
        }), hide_index=True)
    impact_section.results(selection, lang)


def _followers(selection: Filters, lang: str, source: str) -> None:
    st.header(t("impact_followers", lang))
    growth = data.query(impact.follower_growth, filters=selection)
    monthly = data.query(impact.followers_by_month, filters=selection)
    page = data.query(impact.page_follower_growth, filters=selection)
    if growth["people"] == 0 and monthly.empty and page["days"] == 0:
        st.info(t("impact_followers_none", lang))
        return
    n = fmt_number(growth["people"], lang)
    change = growth["growth"]
    tiles = []
    if growth["people"]:
        tiles += [
            {"label": t("impact_growth", lang),
             "value": ("+" if change and change > 0 else "") + fmt_number(change, lang),
             "help": t("impact_growth_help", lang, n=n)},
            {"label": t("impact_median_growth", lang), "value": fmt_number(growth["median_growth"], lang),
             "help": t("impact_median_growth_help", lang, n=n,
                       relative=fmt_percent(growth["median_relative"], lang, 1))},
            {"label": t("impact_people_with_data", lang), "value": n},
        ]
    if page["days"]:
        sign = "+" if page["growth"] and page["growth"] > 0 else ""
        tiles.append({"label": t("impact_page_growth", lang), "value": sign + fmt_number(page["growth"], lang),
                      "help": t("impact_page_growth_help", lang, days=fmt_number(page["days"], lang),
                                followers=fmt_number(page["followers"], lang))})
    widgets.tiles(tiles)
    if not monthly.empty:
        widgets.chart(data.kept(_followers_figure, lang, source, filters=selection), "impact_followers", selection,
                      note=t("impact_followers_note", lang))


# Query and chart in one cached call: a rerun with the same data and selection rebuilds nothing.
def _outcomes_figure(cur, selection: Filters, lang: str, source: str) -> go.Figure:
    return outcomes_chart(impact.outcomes_by_month(cur, selection), lang, source,
                          covered.timeline(cur, selection, "month"))


def _followers_figure(cur, selection: Filters, lang: str, source: str) -> go.Figure:
    return followers_chart(impact.followers_by_month(cur, selection), lang, source)


shell.run_page(render)
