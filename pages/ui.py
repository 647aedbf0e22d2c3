"""Shared Streamlit helpers: workspace handle, cached queries, sidebar, tiles, charts.

Pages stay thin: read :func:`filters`, call a query through :func:`query`, build a figure
with ``analytics.charts`` and show it with :func:`chart`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from types import FunctionType
from typing import Any

import duckdb
import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from analytics import coverage, privacy, settings, store, suppression, uploads
from analytics.errors import CockpitError
from analytics.filters import Filters, pseudonym
from analytics.i18n import DEFAULT_LANG, LANGUAGES, MissingString, fmt_date, lang_or_default, t
from analytics.ingest import ensure_demo_if_empty, has_demo, remove_demo
from analytics.kpis import Tile
from analytics.literal import md_literal, t_md
from analytics.paging import PAGE_SIZE, page_count, page_label
from analytics.queries import overview

# (file, title key, url path, icon). URL paths are the names bookmarks use; they do not change
# with the language, and each is the name Streamlit's legacy pages-folder mode derives from the
# file name (see run_page), so that a link opened right after a server start finds its page.
# The overview is also the start page ("/").
PAGES = [
    ("pages/0_overview.py", "nav_overview", "overview", ":material/dashboard:"),
    ("pages/1_Engagement.py", "nav_engagement", "Engagement", ":material/favorite:"),
    ("pages/2_Frequenz.py", "nav_frequency", "Frequenz", ":material/calendar_month:"),
    ("pages/8_Begleitung.py", "nav_person", "Begleitung", ":material/person:"),
    ("pages/3_Vielfalt.py", "nav_diversity", "Vielfalt", ":material/diversity_3:"),
    ("pages/4_Inhalt.py", "nav_content", "Inhalt", ":material/article:"),
    ("pages/5_Wirkung.py", "nav_impact", "Wirkung", ":material/trending_up:"),
    ("pages/6_Briefing.py", "nav_briefing", "Briefing", ":material/slideshow:"),
    ("pages/7_Import.py", "nav_import", "Import", ":material/upload_file:"),
]
# The sidebar's widget keys: their state is carried from run to run (see sidebar()).
# The threshold of small-group suppression is no sidebar key: it is the workspace setting ``min_group``
# (an old link with ?min_group= is ignored, see analytics.suppression).
SIDEBAR_KEYS = ("lang", "pseudo", "from", "to", "people", "cohort", "profession", "department")

# True while this thread runs the shell (app()): a page file run inside it only renders.
_IN_SHELL: ContextVar[bool] = ContextVar("cockpit_in_shell", default=False)


def app() -> None:
    """The app around every page: page config, login, workspace, demo, sidebar, navigation.

    ``app.py`` calls this; ``st.navigation`` then runs the chosen page file, whose
    :func:`run_page` only renders.
    """
    st.set_page_config(page_title="Influencer Cockpit", page_icon=":material/campaign:", layout="wide")
    token = _IN_SHELL.set(True)
    try:
        guarded(_shell)
    finally:
        _IN_SHELL.reset(token)


def run_page(render: Callable[[], None]) -> None:
    """Every page file ends with this: render inside the shell, never without it.

    Streamlit runs a file in pages/ on its own (without app.py) in its legacy "pages folder"
    mode: for the first runs after a server start, until some run of app.py has called
    ``st.navigation``, and in every AppTest run (see docs/contributing.md, "Pages and navigation"). Such a
    run builds the shell here, whose ``st.navigation`` runs this page again, now inside.
    """
    if _IN_SHELL.get():
        render()
    else:
        app()


SCREENSHOT_VIEW = "screenshot"  # ?view=screenshot: the briefing alone, sidebar collapsed


def screenshot_view() -> bool:
    """True when the URL asks for the clean view to screenshot (``?view=screenshot``)."""
    return st.query_params.get("view") == SCREENSHOT_VIEW


def _shell() -> None:
    """Login, workspace, demo, sidebar and navigation; then the page."""
    if screenshot_view():
        # Streamlit's public way to keep the sidebar out of the picture (it can still be opened).
        st.set_page_config(initial_sidebar_state="collapsed")
    page_style()
    require_login()
    con = workspace()
    if "_demo_checked" not in st.session_state:
        ensure_demo_if_empty(con)
        st.session_state["_demo_checked"] = True
    sidebar()
    lang = current_lang()
    # "/" shows the overview (the start page's address is always "/"), and so does "/overview":
    # the same file once more, kept out of the menu.
    overview_file, overview_title, _, overview_icon = PAGES[0]
    start = st.Page(overview_file, title=t(overview_title, lang), icon=overview_icon, url_path="start", default=True)
    page = st.navigation([start] + [
        st.Page(path, title=t(title, lang), url_path=url, icon=icon,
                visibility="hidden" if path == overview_file else "visible")
        for path, title, url, icon in PAGES
    ])
    demo_banner(lang, compact=page.url_path == "Briefing")
    # A selection narrowed below the threshold shows no figures on any page but the import page.
    if page.url_path != "Import" and suppressed_view(filters(), lang, group_view=page.url_path == "Vielfalt",
                                                     title=page.title):
        return
    guarded(page.run)


def demo_banner(lang: str, compact: bool) -> None:
    """Say plainly that the demo is shown; compact (one sidebar line) on the briefing page,
    whose main area is kept for the screenshot."""
    with store.cursor(workspace()) as cur:
        demo = has_demo(cur)
    if not demo:
        return
    if compact:
        st.sidebar.info(t("demo_banner_short", lang), icon=":material/science:")
        return
    # A row whose button is as wide as its label (a sixth of the width cut it to "Demodaten en…").
    with st.container(horizontal=True, vertical_alignment="center", wrap=False):
        st.info(t("demo_banner", lang), icon=":material/science:")
        clear = st.button(t("demo_clear", lang), key="demo_clear", width="content")
    if clear:
        write(remove_demo)
        st.toast(t("demo_cleared", lang))
        st.rerun()


FILTERS_KEY = "_filters"
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}
EARLIEST = date(2000, 1, 1)
LATEST = date(2100, 12, 31)


# ---------------------------------------------------------------- workspace and queries
@st.cache_resource(show_spinner=False)
def _connection(path: str) -> duckdb.DuckDBPyConnection:
    """One DuckDB connection per workspace file, shared by all sessions (cursor per use)."""
    return store.connect(path)


def workspace_path() -> str:
    """The workspace file of this app process."""
    return str(store.db_path().resolve())


@st.cache_resource(show_spinner=False)
def _swept_uploads() -> int:
    """Once per server process, at its first run: upload folders a killed server left behind go."""
    return len(uploads.sweep_leftovers())


def workspace() -> duckdb.DuckDBPyConnection:
    """The shared connection; on a broken or locked file, explain and stop the page."""
    _swept_uploads()
    try:
        return _connection(workspace_path())
    except CockpitError as exc:
        _workspace_error(exc)
        st.stop()
        raise  # unreachable: st.stop() ends the script run


def _workspace_error(exc: CockpitError) -> None:
    lang = current_lang()
    st.title(t("workspace_error_title", lang))
    st.error(exc.markdown(lang))
    if exc.key == "workspace_corrupt" and st.button(t("workspace_new", lang), type="primary"):
        aside = store.set_aside(store.db_path())
        _connection.clear()
        st.success(t_md("workspace_set_aside", lang, path=str(aside)))
        st.button("OK")


def data_version() -> int:
    """Changes whenever the workspace's data changes; part of every cache key."""
    with store.cursor(workspace()) as cur:
        return store.data_version(cur)


@dataclass(frozen=True)
class WorkspaceState:
    """A workspace file at one data version: what a cached result was computed from."""

    path: str
    version: int


def _function_identity(fn: FunctionType) -> tuple[str, str]:
    """A query function in the cache key: its file and qualified name. (Streamlit alone would
    key a function on its name; a page's helpers all live in module ``__main__``.)"""
    return fn.__code__.co_filename, fn.__qualname__


@st.cache_data(show_spinner=False, max_entries=1024, hash_funcs={FunctionType: _function_identity})
def _cached(fn: Callable[..., Any], state: WorkspaceState, filters: Filters | None, args: tuple[Any, ...]) -> Any:
    return run_query(fn, state.path, filters, args)


def run_query(fn: Callable[..., Any], path: str, filters: Filters | None, args: tuple[Any, ...]) -> Any:
    """Run one query on the workspace (only when its result is not cached yet)."""
    with store.cursor(_connection(path)) as cur:
        return fn(cur, *args) if filters is None else fn(cur, filters, *args)


def query(fn: Callable[..., Any], *args: Any, filters: Filters | None = None) -> Any:
    """Run ``fn(cursor, [filters,] *args)``, cached on the workspace's state, the function and
    the arguments."""
    workspace()
    return _cached(fn, WorkspaceState(workspace_path(), data_version()), filters, args)


def write(fn: Callable[..., Any], *args: Any) -> Any:
    """Run a writing function ``fn(cursor, *args)`` inside one transaction."""
    with store.cursor(workspace()) as cur, store.transaction(cur):
        return fn(cur, *args)


# ---------------------------------------------------------------- optional login
def _secrets_section(name: str) -> Any:
    try:
        return st.secrets.get(name)
    except StreamlitSecretNotFoundError:  # no secrets file: login is not configured
        return None


def require_login() -> None:
    """Ask for an OIDC login when ``[auth]`` is configured in secrets; enforce the allow-list.

    ``[cockpit] allowed_emails = [...]`` in secrets limits who may enter (case-insensitive), and
    only with an address the identity provider has verified (``email_verified`` true: an
    unverified address is whatever the user typed); without it every logged-in user may.
    """
    if not _secrets_section("auth"):
        return
    lang = current_lang()
    if not st.user.is_logged_in:
        st.title(t("app_title", lang))
        st.info(t("login_required", lang))
        st.button(t("login", lang), on_click=st.login, type="primary")
        st.stop()
    allowed = {str(email).strip().casefold() for email in (_secrets_section("cockpit") or {}).get("allowed_emails", [])}
    email = str(st.user.get("email") or "").casefold()
    verified = st.user.get("email_verified") in (True, "true", "True")
    if allowed and (email not in allowed or not verified):
        st.title(t("app_title", lang))
        st.error(t_md("login_denied" if email not in allowed else "login_unverified", lang, email=email or "?"))
        st.button(t("logout", lang), on_click=st.logout)
        st.stop()


# ---------------------------------------------------------------- language and filters
def current_lang() -> str:
    """The interface language: the sidebar's choice, else the URL's, else German."""
    chosen = st.session_state.get("lang")
    return chosen if chosen in LANGUAGES else lang_or_default(st.query_params.get("lang"))


def filters() -> Filters:
    """The selection made in the sidebar during this run."""
    return st.session_state.get(FILTERS_KEY) or Filters()


def sidebar() -> Filters:
    """The shared sidebar; returns the selection and keeps it in the URL.

    The widgets keep their state across pages (they live in the shell); the URL is written
    from that state on every run and read once, on a session's first run, so a shared link
    reopens the same view.
    """
    first, last = query(overview.data_range)
    default_start, default_end = first or date.today(), last or date.today()
    options = query(overview.filter_options)
    _seed_from_url(default_start, default_end, options)
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
        st.subheader(t("sidebar_period", lang))
        date_format = "DD.MM.YYYY" if lang == "de" else "YYYY-MM-DD"
        start = st.date_input(t("period_from", lang), min_value=EARLIEST, max_value=LATEST, key="from",
                              format=date_format)
        end = st.date_input(t("period_to", lang), min_value=EARLIEST, max_value=LATEST, key="to",
                            format=date_format)
        if end < start:
            st.warning(t("bad_period", lang, start=fmt_date(start, lang), end=fmt_date(end, lang)))
            end = start
        with st.expander(t("sidebar_filters", lang)):
            labels = _people_labels(options["people"], pseudonymise, lang)
            chosen_ids = st.multiselect(
                t("sidebar_influencers", lang), list(labels), format_func=labels.get, key="people",
                placeholder=t("sidebar_all", lang),
            )
            cohorts = _multiselect("cohort", options["cohort"], "sidebar_cohort", lang)
            professions = _multiselect("profession", options["profession"], "sidebar_profession", lang)
            departments = _multiselect("department", options["department"], "sidebar_department", lang)
    min_group = query(suppression.threshold)
    selection = Filters(
        start=start, end=end, influencer_ids=tuple(chosen_ids), cohorts=tuple(cohorts),
        professions=tuple(professions), departments=tuple(departments),
        pseudonymise=bool(pseudonymise), min_group=int(min_group),
    )
    st.session_state[FILTERS_KEY] = selection
    _write_url(selection, lang, (default_start, default_end))
    return selection


def _seed_from_url(default_start: date, default_end: date, options: dict[str, Any]) -> None:
    """On a session's first run, the URL's selection becomes the sidebar's state."""
    state, params = st.session_state, st.query_params
    if state.get("_seeded"):
        return
    state["lang"] = lang_or_default(params.get("lang"))
    state["pseudo"] = (params.get("pseudo") or "").lower() in ("true", "1", "yes")
    state["from"] = _url_date(params.get("from")) or default_start
    state["to"] = _url_date(params.get("to")) or default_end
    known_ids = set(options["people"]["influencer_id"].astype(int))
    state["people"] = [int(v) for v in params.get_all("people") if v.isdigit() and int(v) in known_ids]
    for key in ("cohort", "profession", "department"):
        state[key] = [value for value in params.get_all(key) if value in options[key]]
    state["_seeded"] = True


def _url_date(value: str | None) -> date | None:
    try:
        parsed = date.fromisoformat(value or "")
    except ValueError:
        return None
    return parsed if EARLIEST <= parsed <= LATEST else None


def _write_url(selection: Filters, lang: str, data_range: tuple[date, date]) -> None:
    """Keep the selection in the URL (only what differs from the defaults)."""
    params: dict[str, str | list[str]] = {}
    if lang != DEFAULT_LANG:
        params["lang"] = lang
    if selection.pseudonymise:
        params["pseudo"] = "true"
    if selection.start and selection.start != data_range[0]:
        params["from"] = selection.start.isoformat()
    if selection.end and selection.end != data_range[1]:
        params["to"] = selection.end.isoformat()
    if selection.influencer_ids:
        params["people"] = [str(i) for i in selection.influencer_ids]
    for key, values in (("cohort", selection.cohorts), ("profession", selection.professions),
                        ("department", selection.departments)):
        if values:
            params[key] = list(values)
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


def _multiselect(key: str, values: Sequence[str], label_key: str, lang: str) -> list[str]:
    return st.multiselect(t(label_key, lang), list(values), key=key, placeholder=t("sidebar_all", lang))


def _people_labels(people: Any, pseudonymise: bool, lang: str) -> dict[int, str]:
    """Each person's label, alphabetical; pseudonymised in pseudonym order (the alphabetical order would
    tell the names)."""
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


# ---------------------------------------------------------------- display helpers
# Our own fixed CSS (never user text): less empty space above the page for screenshots.
PAGE_CSS = "<style>.block-container, [data-testid='stMainBlockContainer'] {padding-top: 2.5rem;}</style>"


def page_style() -> None:
    """Tighten the page layout (called once per run by the shell)."""
    st.html(PAGE_CSS)


def tiles(items: Sequence[dict[str, Any] | Tile], columns: int | None = None) -> None:
    """KPI tiles, ``columns`` per row (all in one row by default); each item has label,
    value, delta and help."""
    # A wrapping row, not st.columns: each tile is as wide as its label and value need, the row
    # fills the width, and tiles that do not fit (a 1280 px laptop with the sidebar open) go to
    # a second row instead of being cut to "Aktive Perso…".
    per_row = columns or len(items)
    for first in range(0, len(items), per_row):
        with st.container(horizontal=True, gap="small"):
            for item in items[first:first + per_row]:
                if isinstance(item, Tile):
                    item = {"label": item.label, "value": item.text, "delta": item.delta, "help": item.help}
                st.metric(
                    item["label"], item["value"], item.get("delta"), help=item.get("help"),
                    border=True, delta_color=item.get("delta_color", "normal"),
                )


def chart_file_name(name: str, selection: Filters) -> str:
    """'engagement_2023-01_2023-06': what and when, for downloaded images."""
    parts = [name]
    if selection.start:
        parts.append(selection.start.strftime("%Y-%m"))
    if selection.end:
        parts.append(selection.end.strftime("%Y-%m"))
    return "_".join(parts)


def chart(fig: go.Figure, name: str, selection: Filters | None = None, note: str | None = None) -> None:
    """Show a figure with a PNG download at twice screen resolution, and its note below."""
    selection = selection or filters()
    st.plotly_chart(
        fig,
        key=f"chart_{name}",
        theme=None,
        config={
            "displaylogo": False,
            "toImageButtonOptions": {"format": "png", "filename": chart_file_name(name, selection), "scale": 2},
            "locale": current_lang(),
        },
    )
    if note:  # notes name groups from the data (media types, hashtags): shown literally
        st.caption(md_literal(note))


def suppression_note(min_group: int, lang: str) -> str:
    """'Gruppen unter 3 Personen ausgeblendet — Einstellung im Bereich Import & Daten.'"""
    return t("supp_threshold_note", lang, min=min_group)


def suppressed_view(selection: Filters, lang: str, group_view: bool = False, title: str | None = None) -> bool:
    """When the selection may not show performance figures (see :func:`analytics.suppression.narrowing`),
    say why (with the page's ``title`` above) and return True: the caller then shows no figures."""
    reason = query(suppression.narrowing, group_view, filters=selection)
    if reason is None:
        return False
    if title:
        st.title(title)
    if reason == suppression.NARROWED_ATTRIBUTES:
        size = query(suppression.narrowed_size, filters=selection)
        st.warning(t("supp_narrowed", lang, n=size, min=selection.min_group), icon=":material/visibility_off:")
    elif reason == suppression.NARROWED_LEFT_OUT:
        size = query(suppression.left_out, filters=selection)
        st.warning(t("supp_left_out", lang, n=size, min=selection.min_group), icon=":material/visibility_off:")
    else:
        st.warning(t("supp_narrowed_pseudonyms", lang), icon=":material/visibility_off:")
    st.caption(suppression_note(selection.min_group, lang))
    return True


def coverage_now() -> coverage.Coverage:
    """What kinds of data the workspace holds at all (cached on the data version)."""
    return query(coverage.workspace)


def lacking(kind: str, lang: str) -> bool:
    """When the workspace has no data of ``kind`` at all (no post texts, no times …), say in one
    line what is missing and which file brings it, and return True: the caller draws no chart.
    Nothing in the selection while the workspace has such data is the chart's own empty state."""
    if not coverage_now().lacks(kind):
        return False
    st.info(coverage.missing(kind, lang), icon=":material/info:")
    return True


def filled_columns(table: Any, columns: Sequence[str] | None = None) -> list[str]:
    """``columns`` (default: all) of a display table without those no row has a value in
    ('–' and '' are how tables write an unknown value): for ``st.dataframe(column_order=…)``."""
    def blank(values: Any) -> bool:
        return all(value is None or value != value or str(value).strip() in ("", "–") for value in values)
    return [column for column in (columns or list(table.columns)) if not blank(table[column])]


def first_people_page(key: str) -> None:
    """Another measure or order starts again at its first page of people (an on_change callback)."""
    st.session_state[key] = 0


def people_pager(total: int, key: str, lang: str) -> tuple[int, str | None]:
    """The 0-based page of people to show and its label ('Personen 1–30 von 1.000'); no selector
    (page 0, no label) when everyone fits into one chart."""
    pages = page_count(total)
    if pages <= 1:
        return 0, None
    if st.session_state.get(key, 0) not in range(pages):
        st.session_state[key] = 0
    column, _ = st.columns([1, 2])
    page = column.selectbox(
        t("eng_people_pager", lang), list(range(pages)), key=key,
        format_func=lambda n: page_label(n, total, lang), help=t("eng_people_pager_help", lang),
    )
    return page, page_label(page, total, lang)


def order_note(selection: Filters, ranked: bool, keys: tuple[str, str, str], people_page: str | None,
               lang: str) -> str:
    """How the people of a chart are ordered: ``keys`` are the texts for ranked, pseudonymised
    (by number) and alphabetical order; with a page of people, which page is shown."""
    ranked_key, pseudo_key, alpha_key = keys
    if ranked:
        order = t(ranked_key, lang)
    else:
        order = t(pseudo_key if selection.pseudonymise else alpha_key, lang)
    if people_page:
        order += " " + t("eng_note_shown", lang, page=people_page, size=PAGE_SIZE)
    return order


def source_line(selection: Filters, lang: str) -> str:
    """The source line printed inside every chart."""
    return t("chart_source", lang, start=fmt_date(selection.start, lang), end=fmt_date(selection.end, lang))


def guarded(render: Callable[[], None]) -> None:
    """Run a page; a known problem becomes a message in the user's language, never a traceback."""
    lang = current_lang()
    try:
        render()
    except CockpitError as exc:
        st.error(exc.markdown(lang))
    except MissingString:
        raise  # only raised under the tests, which must see it (the app shows the key instead)
    except Exception as exc:  # noqa: BLE001 - no traceback may reach the page
        st.error(t_md("page_error", lang, detail=f"{type(exc).__name__}: {exc}"))


# ---------------------------------------------------------------- the import page's widget rounds and messages
FLASH = "_imp_flash"


def widget_round(name: str) -> int:
    """The current round of a group of widgets (part of their keys)."""
    return st.session_state.get(f"_imp_round_{name}", 0)


def next_widget_round(name: str) -> None:
    """New keys for a group of widgets, so that they start empty after an action."""
    st.session_state[f"_imp_round_{name}"] = widget_round(name) + 1


def flash(area: str, level: str, text: str) -> None:
    """A message shown in ``area`` (st.success, st.error … by ``level``) after the rerun that follows an action."""
    st.session_state.setdefault(FLASH, []).append((area, level, text))


def show_flash(area: str) -> None:
    """The messages left for ``area``, shown once."""
    kept = []
    for where, level, text in st.session_state.get(FLASH, []):
        if where == area:
            getattr(st, level)(text)
        else:
            kept.append((where, level, text))
    st.session_state[FLASH] = kept


# ---------------------------------------------------------------- privacy: one name switch, staff-council gate
NAMED_OPEN_KEY = "_named_views_open"  # the views of named individuals opened in this session


def _toggle_pseudonymise() -> None:
    st.session_state["pseudo"] = not st.session_state.get("pseudo", False)


def name_switch_note(selection: Filters, lang: str) -> None:
    """Which names a page's downloads carry, said by the one switch that decides it (the sidebar's),
    with a button that flips that switch (not a second one)."""
    state = "privacy_names_pseudonymised" if selection.pseudonymise else "privacy_names_shown"
    text, button = st.columns([4, 1], vertical_alignment="center")
    text.caption(t(state, lang, switch=t("sidebar_pseudonymise", lang)))
    button.button(t("privacy_names_show" if selection.pseudonymise else "privacy_names_hide", lang),
                  on_click=_toggle_pseudonymise, key="privacy_name_switch", width="stretch")


def current_user_email() -> str | None:
    """The login e-mail when login is configured and the user is logged in, else None."""
    if not _secrets_section("auth"):
        return None
    try:
        return str(st.user.get("email") or "") or None
    except Exception:  # noqa: BLE001 - no user information: nobody to name
        return None


def named_view_open(view: str, lang: str) -> bool:
    """The staff-council gate for a view of named individuals' results.

    Without staff-council mode, True. With it, the view stays closed in this session until the
    user states a purpose; each opening is written to the workspace's access log (time, user,
    view, purpose — no figures). Renders the closed notice and the purpose form; True when open.
    """
    with store.cursor(workspace()) as cur:
        if not settings.get(cur, "staff_council_mode"):
            return True
    opened = st.session_state.setdefault(NAMED_OPEN_KEY, set())
    if view in opened:
        st.caption(t("privacy_view_opened", lang))
        return True
    label = privacy.view_label(view, lang)
    with st.container(border=True):
        st.markdown(t_md("privacy_view_closed", lang, view=label))
        st.caption(t("privacy_view_closed_why", lang))
        with st.form(f"privacy_open_{view}", enter_to_submit=True):
            purpose = st.text_input(t("privacy_purpose", lang), key=f"privacy_purpose_{view}", max_chars=300,
                                    placeholder=t("privacy_purpose_placeholder", lang))
            submitted = st.form_submit_button(t("privacy_open", lang), icon=":material/lock_open:")
    if not submitted:
        return False
    if not purpose.strip():
        st.error(t("privacy_purpose_missing", lang))
        return False
    with store.cursor(workspace()) as cur, store.transaction(cur):
        privacy.log_access(cur, "open", current_user_email(), view, purpose)
    opened.add(view)
    st.rerun()
    return True  # not reached: the rerun draws the open view
