"""The app around every page: page config, login, workspace, demo, sidebar, navigation; and the
guard that turns any problem of a page into a message instead of a traceback."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextvars import ContextVar
from pathlib import Path

import streamlit as st

from analytics import lifecycle, store
from analytics.errors import CockpitError
from analytics.i18n import MissingString, t
from analytics.ingest import ensure_demo_if_empty, has_demo, holds_nothing, remove_demo
from analytics.literal import t_md
from pages.ui import data, gates, navigation, uploads
from pages.ui.sidebar import current_lang, filters, screenshot_view, sidebar

# True while this thread runs the shell (app()): a page file run inside it only renders.
_IN_SHELL: ContextVar[bool] = ContextVar("cockpit_in_shell", default=False)
# The tab icon, a file of the app: Streamlit would load a Material icon from fonts.gstatic.com.
ICON = Path(__file__).with_name("icon.svg")
# The rewrites of erasures that opening the workspace finished, said on every page of this session.
REWRITE_NOTICES = "_rewrite_notices"
# Our own fixed CSS (never user text): less empty space above the page for screenshots.
PAGE_CSS = "<style>.block-container, [data-testid='stMainBlockContainer'] {padding-top: 2.5rem;}</style>"


def app() -> None:
    """The app around every page: page config, login, workspace, demo, sidebar, navigation.

    ``app.py`` calls this; ``st.navigation`` then runs the chosen page file, whose
    :func:`run_page` only renders.
    """
    st.set_page_config(page_title="Influencer Cockpit", page_icon=str(ICON), layout="wide")
    token = _IN_SHELL.set(True)
    try:
        with data.one_version_per_run():
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


def tabs_drawn_when_open(key: str, sections: Sequence[tuple[str, Callable[[], None]]]) -> None:
    """Tabs of which only the open one is drawn (``st.tabs(key=…, on_change="rerun")``): a visit sends
    one tab's widgets, not every tab's; opening another runs the page once more. ``sections`` are
    (label, render) pairs, each rendered like a page (a problem becomes a message)."""
    labels = [label for label, _ in sections]
    state, index_key = st.session_state, f"_{key}_index"
    if key in state and state[key] not in labels and state.get(index_key) in range(len(labels)):
        state[key] = labels[state[index_key]]  # the labels changed (the language): the same tab stays open
    elif key in state:
        state[key] = state[key]  # handed back before drawing: kept when the tabs' identity changes
    tabs = st.tabs(labels, key=key, on_change="rerun")
    for number, (tab, (_, render)) in enumerate(zip(tabs, sections, strict=True)):
        if tab.open:
            state[index_key] = number
            with tab:
                guarded(render)


def _shell() -> None:
    """Login, workspace, demo, sidebar and navigation; then the page."""
    if screenshot_view():
        # Streamlit's public way to keep the sidebar out of the picture (it can still be opened).
        st.set_page_config(initial_sidebar_state="collapsed")
    st.html(PAGE_CSS)
    gates.require_login()
    try:
        con = data.workspace()
    except CockpitError as exc:
        _workspace_error(exc)
        st.stop()
    # opening the workspace finished an erasure a crash had interrupted: said in this session
    notices = st.session_state.setdefault(REWRITE_NOTICES, [])
    notices.extend(store.take_finished_rewrites())
    for finished in notices:
        st.info(lifecycle.rewrite_notice(finished, current_lang()), icon=":material/verified_user:")
    if "_demo_checked" not in st.session_state:
        ensure_demo_if_empty(con)
        st.session_state["_demo_checked"] = True
    sidebar()
    uploads.keep_alive()
    lang = current_lang()
    page = st.navigation(navigation.menu(lang), expanded=True)
    demo_banner(lang, compact=page.url_path == "Briefing")
    if page.url_path not in navigation.SETTINGS_PATHS and data.query(holds_nothing):
        _first_steps_pointer(page, lang)
        return
    # A selection narrowed below the threshold shows no figures on any page; nor, in staff-council
    # mode, does a selection of individual people until it is opened with a purpose. The pages of
    # data and settings show no figures.
    if page.url_path not in navigation.SETTINGS_PATHS and (
            gates.suppressed_view(filters(), lang, group_view=page.url_path == "Vielfalt", title=page.title)
            or not gates.selection_open(filters(), lang, title=page.title)):
        return
    guarded(page.run)


def _first_steps_pointer(page: st.Page, lang: str) -> None:
    """An empty workspace has no figures to show: the start page opens "Erste Schritte", every other
    analysis page says so and points there (not "no data for this selection", as if a filter were wrong)."""
    if page.url_path in (navigation.START, ""):  # the default page has an empty path
        st.switch_page(navigation.FIRST_STEPS.file)
    st.title(page.title)
    st.info(t("first_pointer", lang), icon=":material/info:")
    st.page_link(navigation.FIRST_STEPS.file, label=t("first_title", lang), icon=navigation.FIRST_STEPS.icon)


def _workspace_error(exc: CockpitError) -> None:
    """A workspace that cannot be opened: why, and for a broken file, a new one (the old one kept)."""
    lang = current_lang()
    st.title(t("workspace_error_title", lang))
    st.error(exc.markdown(lang))
    if exc.key == "workspace_corrupt" and st.button(t("workspace_new", lang), type="primary"):
        aside = store.set_aside(store.db_path())
        data.forget_workspace()
        st.success(t_md("workspace_set_aside", lang, path=str(aside)))
        st.button("OK")


def demo_banner(lang: str, compact: bool) -> None:
    """Say plainly that the demo is shown; compact (one sidebar line) on the briefing page,
    whose main area is kept for the screenshot."""
    if not data.query(has_demo):
        return
    if compact:
        st.sidebar.info(t("demo_banner_short", lang), icon=":material/science:")
        return
    # A row whose button is as wide as its label (a sixth of the width cut it to "Demodaten en…").
    with st.container(horizontal=True, vertical_alignment="center", wrap=False):
        st.info(t("demo_banner", lang), icon=":material/science:")
        clear = st.button(t("demo_clear", lang), key="demo_clear", width="content")
    if clear:
        data.write(remove_demo)
        st.toast(t("demo_cleared", lang))
        st.rerun()
