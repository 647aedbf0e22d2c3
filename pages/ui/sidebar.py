"""The shared sidebar and the state it keeps in the URL: language, pseudonymisation, period,
people, cohorts, professions, departments (and the screenshot view).

The widgets live in the shell, so their state follows the user from page to page; the URL is
written from that state on every run and read once, on a session's first run, so a shared link
reopens the same view. Chosen people travel in the URL as their pseudonym numbers
(``?pseudonym=7``), never as internal ids; the ``?people=`` of older links (internal ids) is
ignored, and the user is told.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb
import pandas as pd
import streamlit as st

from analytics import covered, selections, suppression
from analytics.filters import Filters, pseudonym
from analytics.i18n import DEFAULT_LANG, LANGUAGES, fmt_date, lang_or_default, t
from analytics.queries import overview
from pages.ui import data, group_filters

# The sidebar's widget keys: their state is carried from run to run (see sidebar()).
# The threshold of small-group suppression is no sidebar key: it is the workspace setting ``min_group``
# (an old link with ?min_group= is ignored, see analytics.suppression).
FILTERS_OPEN_KEY = "filters_open"  # whether the sidebar's filter expander is open (its widgets drawn)
SIDEBAR_KEYS = ("lang", "pseudo", "from", "to", "people", "cohort", "profession", "department", FILTERS_OPEN_KEY)
FILTERS_KEY = "_filters"
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}
EARLIEST = date(2000, 1, 1)
LATEST = date(2100, 12, 31)
SCREENSHOT_VIEW = "screenshot"  # ?view=screenshot: the briefing alone, sidebar collapsed
PEOPLE_PARAM = "pseudonym"  # chosen people in the URL, by pseudonym number
OLD_PEOPLE_PARAM = "people"  # older links: internal ids, which no link may open anyone by
OLD_LINK_KEY = "_old_people_link"


@dataclass(frozen=True)
class SidebarFacts:
    """What the sidebar reads from the workspace, in one read per data version (kept, not copied: four
    cached reads, each unpickled on every run, and the pseudonym numbers of 1,000 people counted anew,
    took about 3 ms of every page switch at 200,000 posts). Shared by all sessions: never changed."""

    first: date | None  # the first and last post's day
    last: date | None
    stretches: covered.Stretches
    options: dict[str, Any]  # :func:`analytics.queries.overview.filter_options`
    min_group: int
    numbers: dict[int, int]  # each person's pseudonym number by internal id
    known: frozenset[int]  # every person's internal id


def sidebar_facts(cur: duckdb.DuckDBPyConnection) -> SidebarFacts:
    """The sidebar's reads (see :class:`SidebarFacts`), for :func:`pages.ui.data.kept`."""
    first, last = overview.data_range(cur)
    options = overview.filter_options(cur)
    people = options["people"]
    return SidebarFacts(first, last, covered.overview(cur), options, suppression.threshold(cur),
                        _pseudonym_numbers(people), frozenset(int(person) for person in people["influencer_id"]))


def current_lang() -> str:
    """The interface language: the sidebar's choice, else the URL's, else German."""
    chosen = st.session_state.get("lang")
    return chosen if chosen in LANGUAGES else lang_or_default(st.query_params.get("lang"))


def filters() -> Filters:
    """The selection made in the sidebar during this run."""
    return st.session_state.get(FILTERS_KEY) or Filters()


def screenshot_view() -> bool:
    """True when the URL asks for the clean view to screenshot (``?view=screenshot``)."""
    return st.query_params.get("view") == SCREENSHOT_VIEW


def sidebar() -> Filters:
    """The shared sidebar; returns the selection and keeps it in the URL."""
    facts = data.kept(sidebar_facts)
    stretches, min_group = facts.stretches, facts.min_group
    default_start, default_end = stretches.default or (facts.first or date.today(), facts.last or date.today())
    _seed_from_url(default_start, default_end, facts, min_group)
    _follow_data_range(default_start, default_end)
    # The documented way to keep widget state when the widgets' identity changes (it does when
    # a page file runs the shell itself, see run_page): hand the value back before drawing.
    for key in SIDEBAR_KEYS:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]
    lang = current_lang()
    with st.sidebar:
        st.segmented_control(
            t("sidebar_language", lang), list(LANGUAGES), key="lang", required=True,
            format_func=LANGUAGE_NAMES.get,
        )
        lang = current_lang()
        pseudonymise = st.toggle(
            t("sidebar_pseudonymise", lang), key="pseudo", help=t("sidebar_pseudonymise_help", lang),
        )
        start, end = _period_box(lang)
        if end < start:
            st.warning(t("bad_period", lang, start=fmt_date(start, lang), end=fmt_date(end, lang)))
            end = start
        if stretches.default:
            st.caption(period_note(stretches, lang))
        chosen_ids, groups = _filters_box(facts, Filters(start=start, end=end, min_group=min_group),
                                          pseudonymise, lang)
    selection = Filters(
        start=start, end=end, influencer_ids=tuple(chosen_ids), cohorts=groups.get("cohort", ()),
        professions=groups.get("profession", ()), departments=groups.get("department", ()),
        pseudonymise=bool(pseudonymise), min_group=int(min_group),
    )
    st.session_state[FILTERS_KEY] = selection
    if st.session_state.get(OLD_LINK_KEY) and not chosen_ids:  # said above the page until someone is chosen
        st.warning(t("sidebar_old_people_link", lang), icon=":material/link_off:")
    else:
        st.session_state[OLD_LINK_KEY] = False
    _write_url(selection, lang, (default_start, default_end), facts.numbers)
    return selection


def _period_box(lang: str) -> tuple[date, date]:
    """The period's two date fields in a popover under a small label "Zeitraum", its button showing the
    period ("02.01.2023 – 30.06.2023"). A browser mounts a popover's content only when it is opened, and a
    date field is the most expensive element to draw (about 6 ms each, 0.3 in a closed popover:
    docs/BENCHMARK.md), so a page switch no longer draws two of them. The fields are still sent, so their
    state, the URL and tests see them; a change inside keeps the popover open."""
    state = st.session_state
    shown = [state.get("from"), state.get("to")]
    heading = t("sidebar_period", lang)
    label = f"{fmt_date(shown[0], lang)} – {fmt_date(shown[1], lang)}" \
        if all(isinstance(day, date) for day in shown) else heading
    st.markdown(f":small[{heading}]")
    date_format = "DD.MM.YYYY" if lang == "de" else "YYYY-MM-DD"
    with st.popover(label, icon=":material/date_range:", width="stretch"):
        start = st.date_input(t("period_from", lang), min_value=EARLIEST, max_value=LATEST, key="from",
                              format=date_format)
        end = st.date_input(t("period_to", lang), min_value=EARLIEST, max_value=LATEST, key="to",
                            format=date_format)
    return start, end


def _filters_box(facts: SidebarFacts, period: Filters, pseudonymise: bool,
                 lang: str) -> tuple[list[int], dict[str, tuple[str, ...]]]:
    """The people and group filters in an expander whose widgets are drawn only while it is open:
    closed, the selection is read from their kept state, and a page switch sends none of them
    (their option lists were a third of every switch's browser work). It opens by itself when a
    filter is set (a shared link's chosen people show as chips); closed with filters set, a line
    under it says how many."""
    state = st.session_state
    chosen_people = [person for person in state.get("people", []) if person in facts.known]
    chosen_groups = {attribute: list(state.get(attribute, [])) for attribute in selections.FILTER_ATTRIBUTES}
    active = len(chosen_people) + sum(len(keys) for keys in chosen_groups.values())
    box = st.expander(t("sidebar_filters", lang), expanded=bool(active), key=FILTERS_OPEN_KEY, on_change="rerun")
    if not box.open:
        state["people"] = chosen_people
        if active:
            st.caption(t("sidebar_filters_active", lang, n=active))
        if not any(chosen_groups.values()):
            return chosen_people, {}
        part = data.query(selections.partition, filters=period)
        return chosen_people, group_filters.chosen(part)
    with box:
        labels = chooser_labels(pseudonymise, lang)
        chosen_ids = st.multiselect(
            t("sidebar_influencers", lang), list(labels), format_func=labels.get, key="people",
            placeholder=t("sidebar_all", lang),
        )
        part = data.query(selections.partition, filters=period)
        return chosen_ids, group_filters.draw(part, lang)


def period_note(stretches: covered.Stretches, lang: str) -> str:
    """Which stretch the default period is and what data it leaves out: 'Voreinstellung: der letzte
    durchgehend abgedeckte Abschnitt, 01.01.2026 – 31.03.2026. Ältere Daten: 01/2024–03/2024.'"""
    first, last = stretches.default
    note = t("cov_default_period", lang, start=fmt_date(first, lang), end=fmt_date(last, lang))
    older = stretches.older()
    if older:
        note += " " + t("cov_older_data", lang, months=", ".join(covered.month_range(span, lang) for span in older))
    return note


def clear_people_selection() -> None:
    """Choose nobody in the sidebar's people filter (an on_click callback: before the widget is drawn)."""
    st.session_state["people"] = []


def _pseudonym_numbers(people: pd.DataFrame) -> dict[int, int]:
    """Each person's pseudonym number by internal id (people not numbered yet have none)."""
    return {int(row.influencer_id): int(row.pseudonym_no) for row in people.itertuples()
            if not pd.isna(row.pseudonym_no)}


def chooser_labels(pseudonymise: bool, lang: str) -> dict[int, str]:
    """Every person's label (:func:`people_labels`), built once per data version, pseudonymisation and
    language and kept (never changed by a caller): the page of one person offers 1,000 people on every
    visit, and building their labels took 2 ms a run."""
    return data.kept(_chooser_labels, pseudonymise, lang)


def _chooser_labels(cur: duckdb.DuckDBPyConnection, pseudonymise: bool, lang: str) -> dict[int, str]:
    return people_labels(overview.filter_options(cur)["people"], pseudonymise, lang)


def people_labels(people: pd.DataFrame, pseudonymise: bool, lang: str) -> dict[int, str]:
    """Each person's label, alphabetical; pseudonymised in pseudonym order (the alphabetical order would
    tell the names). ``people`` as :func:`analytics.queries.overview.filter_options` lists them."""
    labels = {}
    if pseudonymise:
        people = people.sort_values("pseudonym_no", kind="stable", na_position="last")
    for row in people.itertuples():
        number = None if pd.isna(row.pseudonym_no) else int(row.pseudonym_no)
        name = pseudonym(number) if pseudonymise else row.name
        if not row.in_roster:
            name += f" ({t('not_in_roster', lang)})"
        labels[int(row.influencer_id)] = name
    return labels


def _seed_from_url(default_start: date, default_end: date, facts: SidebarFacts, min_group: int) -> None:
    """On a session's first run, the URL's selection becomes the sidebar's state."""
    state, params = st.session_state, st.query_params
    if state.get("_seeded"):
        return
    state["lang"] = lang_or_default(params.get("lang"))
    state["pseudo"] = (params.get("pseudo") or "").lower() in ("true", "1", "yes")
    state["from"] = _url_date(params.get("from")) or default_start
    state["to"] = _url_date(params.get("to")) or default_end
    by_number = {number: person for person, number in facts.numbers.items()}
    state["people"] = [by_number[int(v)] for v in params.get_all(PEOPLE_PARAM) if v.isdigit() and int(v) in by_number]
    state[OLD_LINK_KEY] = bool(params.get_all(OLD_PEOPLE_PARAM))
    group_filters.seed({key: params.get_all(key) for key in selections.FILTER_ATTRIBUTES},
                       data.query(selections.partition, filters=Filters(min_group=min_group)))
    state["_seeded"] = True


def _url_date(value: str | None) -> date | None:
    try:
        parsed = date.fromisoformat(value or "")
    except ValueError:
        return None
    return parsed if EARLIEST <= parsed <= LATEST else None


def _write_url(selection: Filters, lang: str, data_range: tuple[date, date], numbers: dict[int, int]) -> None:
    """Keep the selection in the URL (only what differs from the defaults); chosen people by their
    pseudonym ``numbers`` (by internal id)."""
    params: dict[str, str | list[str]] = {}
    if lang != DEFAULT_LANG:
        params["lang"] = lang
    if selection.pseudonymise:
        params["pseudo"] = "true"
    if selection.start and selection.start != data_range[0]:
        params["from"] = selection.start.isoformat()
    if selection.end and selection.end != data_range[1]:
        params["to"] = selection.end.isoformat()
    chosen = [str(numbers[person]) for person in selection.influencer_ids if person in numbers]
    if chosen:
        params[PEOPLE_PARAM] = chosen
    params.update(group_filters.url_params())
    if screenshot_view():
        params["view"] = SCREENSHOT_VIEW
    current = {key: st.query_params.get_all(key) for key in st.query_params}
    if current != {key: value if isinstance(value, list) else [value] for key, value in params.items()}:
        st.query_params.from_dict(params)


def _follow_data_range(start: date, end: date) -> None:
    """When the data's range changes (an import), move a period the user had not changed."""
    previous = st.session_state.get("_data_range")
    if previous and previous != (start, end):
        if st.session_state.get("from") == previous[0]:
            st.session_state["from"] = start
        if st.session_state.get("to") == previous[1]:
            st.session_state["to"] = end
    st.session_state["_data_range"] = (start, end)
