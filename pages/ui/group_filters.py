"""The sidebar's group filters — cohort, profession, department — with the options of
:mod:`analytics.selections`: values with fewer contributors than the threshold are offered only
pooled ("weitere Referate (9)"), so that no two selections differ by fewer people.

A widget's state holds option keys: a value, or ``OTHERS`` for the pool. A key that is no option
in the chosen period (from an old link, or a value that had enough contributors in another
period) stays chosen and is marked "(nicht wählbar)": the view then says why it shows nothing
instead of quietly showing more people than were chosen.
"""

from __future__ import annotations

import streamlit as st

from analytics.charts.diversity import pool_label
from analytics.filters import NO_VALUE
from analytics.i18n import t
from analytics.literal import md_literal
from analytics.selections import FILTER_ATTRIBUTES, OTHERS, Options, Partition

FILTER_TEXT_KEYS = {"cohort": "sidebar_cohort", "profession": "sidebar_profession", "department": "sidebar_department"}


def seed(chosen: dict[str, list[str]], part: Partition) -> None:
    """On a session's first run, the URL's group filters (``chosen``) become the widgets' state:
    option keys and values the workspace knows; anything else is dropped."""
    for attribute in FILTER_ATTRIBUTES:
        options = part.of(attribute)
        known = set(options.named) | set(options.pooled) | {OTHERS}
        st.session_state[attribute] = [value for value in chosen.get(attribute, []) if value in known - {NO_VALUE}]


def draw(part: Partition, lang: str) -> dict[str, tuple[str, ...]]:
    """The three filters (inside the sidebar's expander); each attribute's chosen values."""
    chosen: dict[str, tuple[str, ...]] = {}
    for attribute in FILTER_ATTRIBUTES:
        options = part.of(attribute)
        keys = list(st.session_state.get(attribute, []))
        offered = list(options.offered) + [key for key in keys if key not in options.offered]
        label = t(FILTER_TEXT_KEYS[attribute], lang)
        if not offered:
            several = len(set(options.named + options.pooled) - {NO_VALUE}) > 1
            st.caption(t("sidebar_filter_none" if several else "sidebar_filter_single", lang, attribute=label))
            continue
        picked = st.multiselect(
            label, offered, key=attribute, placeholder=t("sidebar_all", lang),
            format_func=lambda key, options=options: _option_label(options, key, lang),
            help=_pool_help(options, lang) if OTHERS in options.offered else None,
        )
        chosen[attribute] = options.values(picked)
    if any(part.of(attribute).pooled for attribute in FILTER_ATTRIBUTES):
        st.caption(t("sidebar_filter_rule", lang, min=part.min_group))
    return chosen


def chosen(part: Partition) -> dict[str, tuple[str, ...]]:
    """Each attribute's chosen values from the widgets' kept state, as :func:`draw` returns them, while
    the widgets are not drawn (the sidebar's filter expander is closed)."""
    return {attribute: part.of(attribute).values(keys) for attribute in FILTER_ATTRIBUTES
            if (keys := list(st.session_state.get(attribute, [])))}


def url_params() -> dict[str, list[str]]:
    """The group filters' option keys for the URL (a shared link reopens the same options)."""
    return {attribute: list(st.session_state[attribute]) for attribute in FILTER_ATTRIBUTES
            if st.session_state.get(attribute)}


def _option_label(options: Options, key: str, lang: str) -> str:
    if key == OTHERS:
        name = pool_label(options.attribute, _named_count(options), lang)
    else:
        name = key
    return name if key in options.offered else t("sidebar_not_offered", lang, value=name)


def _named_count(options: Options) -> int:
    return sum(1 for value in options.pooled if value != NO_VALUE)


def _pool_help(options: Options, lang: str) -> str:
    """'weitere Referate (9): Baureferat, Branddirektion, …, ohne Angabe'."""
    values = [md_literal(value) if value != NO_VALUE else t("group_no_value", lang) for value in options.pooled]
    return t("sidebar_pool_help", lang, pool=pool_label(options.attribute, _named_count(options), lang),
             values=", ".join(values))
