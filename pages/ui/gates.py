"""What decides whether a view opens: the optional login, the staff-council gate for views of named
individuals, small-group suppression, and real names on the admin pages while names are pseudonymised."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from analytics import privacy, suppression
from analytics.filters import Filters
from analytics.i18n import t
from analytics.literal import t_md
from pages.ui import data
from pages.ui.sidebar import clear_people_selection, current_lang, filters

NAMED_OPEN_KEY = "_named_views_open"  # the views of named individuals opened in this session
SHOW_NAMES_KEY = "_imp_show_names"  # the admin pages show real names although names are pseudonymised


# ---------------------------------------------------------------- optional login
def _secrets_section(name: str) -> Any:
    try:
        return st.secrets.get(name)
    except StreamlitSecretNotFoundError:  # no secrets file: login is not configured
        return None


def login_configured() -> bool:
    """True when an OIDC login is configured (``[auth]`` in secrets)."""
    return bool(_secrets_section("auth"))


def require_login() -> None:
    """Ask for an OIDC login when ``[auth]`` is configured in secrets; enforce the allow-list.

    ``[cockpit] allowed_emails = [...]`` in secrets limits who may enter (case-insensitive), and
    only with an address the identity provider has verified (``email_verified`` true: an
    unverified address is whatever the user typed); without it every logged-in user may.
    """
    if not login_configured():
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


def current_user_email() -> str | None:
    """The login e-mail when login is configured and the user is logged in, else None."""
    if not login_configured():
        return None
    try:
        return str(st.user.get("email") or "") or None
    except Exception:  # noqa: BLE001 - no user information: nobody to name
        return None


# ---------------------------------------------------------------- staff council
# Why a closed view is closed, where the general sentence (group views stay open) does not say it.
CLOSED_WHY_TEXT_KEYS = {
    "people_selection": "privacy_selection_closed_why",
    "data_exports": "privacy_exports_closed_why",
    "access_export": "privacy_access_closed_why",
}


def _opened_views() -> dict[str, str]:
    """The views of named individuals opened in this session, with the purpose stated for each."""
    opened = st.session_state.get(NAMED_OPEN_KEY)
    if not isinstance(opened, dict):
        opened = st.session_state[NAMED_OPEN_KEY] = {}
    return opened


def council_mode_on() -> bool:
    """True while staff-council mode is on, read from the workspace as it is now (never a cache)."""
    return bool(data.now(privacy.council_mode))


def named_view_open(view: str, lang: str, title: str | None = None, note_in_sidebar: bool = False) -> bool:
    """The staff-council gate for a view of named individuals' results.

    Without staff-council mode, True. With it, the view stays closed in this session until the
    user states a purpose; each opening is written to the workspace's access log (time, user,
    view, purpose — no figures). Renders the closed notice (below the page's ``title`` when given)
    and the purpose form; True when open, with a note saying so (in the sidebar, when asked: a view
    that is the whole page). The mode is read from the workspace as it is now.
    """
    if not council_mode_on():
        return True
    opened = _opened_views()
    if view in opened:
        (st.sidebar if note_in_sidebar else st).caption(t("privacy_view_opened", lang))
        return True
    if title:
        st.title(title)
    label = privacy.view_label(view, lang)
    with st.container(border=True):
        st.markdown(t_md("privacy_view_closed", lang, view=label))
        st.caption(t(CLOSED_WHY_TEXT_KEYS.get(view, "privacy_view_closed_why"), lang))
        with st.form(f"privacy_open_{view}", enter_to_submit=True):
            purpose = st.text_input(t("privacy_purpose", lang), key=f"privacy_purpose_{view}", max_chars=300,
                                    placeholder=t("privacy_purpose_placeholder", lang))
            submitted = st.form_submit_button(t("privacy_open", lang), icon=":material/lock_open:")
        if view == "people_selection":
            st.button(t("privacy_selection_clear", lang), on_click=clear_people_selection, icon=":material/clear_all:",
                      key="privacy_selection_clear")
    if not submitted:
        return False
    if not purpose.strip():
        st.error(t("privacy_purpose_missing", lang))
        return False
    data.write(privacy.log_access, "open", current_user_email(), view, purpose)
    opened[view] = purpose.strip()
    st.rerun()
    return True  # not reached: the rerun draws the open view


def selection_open(selection: Filters, lang: str, title: str | None = None) -> bool:
    """In staff-council mode a selection of individual people (sidebar or link) is a view of named
    individuals on every page: closed until opened with a purpose (see :func:`named_view_open`)."""
    if not selection.influencer_ids:
        return True
    return named_view_open("people_selection", lang, title=title, note_in_sidebar=True)


def named_download(file: str, view: str, build: Callable[[], bytes]) -> Callable[[], bytes]:
    """``data=`` for a download of named data (``file`` as declared in
    :data:`analytics.privacy.NAMED_FILE_TEXT_KEYS`): built when clicked and, in staff-council mode,
    written to the access log with the purpose ``view`` was opened for — before the file is handed out."""
    return data.built_on_click(privacy.logged_download, build, file, current_user_email(), _opened_views().get(view))


# ---------------------------------------------------------------- small groups
def suppression_note(min_group: int, lang: str) -> str:
    """'Gruppen unter 3 Personen ausgeblendet — Einstellung auf der Seite „Datenschutz“.'"""
    return t("supp_threshold_note", lang, min=min_group)


def suppressed_view(selection: Filters, lang: str, group_view: bool = False, title: str | None = None) -> bool:
    """When the selection may not show performance figures (see :func:`analytics.suppression.narrowing`),
    say why (with the page's ``title`` above) and return True: the caller then shows no figures."""
    refusal = data.query(suppression.refusal, group_view, filters=selection)
    if refusal is None:
        return False
    if title:
        st.title(title)
    st.warning(refusal.markdown(lang), icon=":material/visibility_off:")
    st.caption(suppression_note(selection.min_group, lang))
    return True


# ---------------------------------------------------------------- names
def real_names_shown() -> bool:
    """True when the admin pages show real names: names are not pseudonymised, or the user asked."""
    return not filters().pseudonymise or bool(st.session_state.get(SHOW_NAMES_KEY))


def names_hidden(lang: str, where: str) -> bool:
    """With pseudonymised names, an admin section shows real names only when asked to: until then it
    says so with a button (``where`` names the section in the button's key) and returns True."""
    if real_names_shown():
        return False
    st.info(t("imp_pseudo_note", lang))
    if st.button(t("imp_show_names", lang), key=f"imp_show_names_{where}", icon=":material/visibility:"):
        st.session_state[SHOW_NAMES_KEY] = True
        st.rerun()
    return True


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
