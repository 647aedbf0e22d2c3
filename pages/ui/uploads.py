"""A session's upload folder (:mod:`analytics.uploads`), kept while its tab is open, gone soon after.

Streamlit keeps a closed tab's session, unclosed, until another visitor comes; so a session
says that it is alive instead: every run of the app, and a heartbeat every few seconds while
its tab is open and it has files waiting, touch its folder. A sweeper thread (one per server
process) removes folders nobody touched for longer than Streamlit keeps a disconnected session
(``server.disconnectedSessionTTL``) and two heartbeats: after that, the session cannot come back.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import streamlit as st

from analytics.uploads import UploadFolder, start_sweeper

FOLDER_KEY = "_imp_uploads"
# The heartbeat: a quarter of the time a disconnected session may come back, from 1 s to 30 s.
HEARTBEAT_SECONDS = min(30.0, max(1.0, st.get_option("server.disconnectedSessionTTL") / 4))
IDLE_SECONDS = st.get_option("server.disconnectedSessionTTL") + 2 * HEARTBEAT_SECONDS


def folder() -> UploadFolder:
    """This session's upload folder, made when first needed (again, if it was swept)."""
    current = st.session_state.get(FOLDER_KEY)
    if current is None or not current.exists():
        current = st.session_state[FOLDER_KEY] = UploadFolder()
    return current


@st.cache_resource(show_spinner=False)
def _sweeper() -> object:
    """The process's one sweeper of idle upload folders, started at its first run."""
    return start_sweeper(HEARTBEAT_SECONDS, IDLE_SECONDS)


@st.fragment(run_every=timedelta(seconds=HEARTBEAT_SECONDS))
def _heartbeat() -> None:
    current = st.session_state.get(FOLDER_KEY)
    if current is not None:
        current.touch()


def keep_alive() -> None:
    """On every run: this session's folder is in use; while files wait in it, a heartbeat says so
    while the tab is open (each run of the shell calls this)."""
    _sweeper()
    current = st.session_state.get(FOLDER_KEY)
    if current is None or not current.exists():
        return
    current.touch()
    if any(Path(current.path).iterdir()):
        with st.sidebar:  # an empty fragment: nothing shows
            _heartbeat()
