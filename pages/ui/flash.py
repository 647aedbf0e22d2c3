"""A message left for the run after an action: the action ends with ``st.rerun()`` (so that the
page shows the new state), and what it did is said once, in its place on the page."""

from __future__ import annotations

import streamlit as st

FLASH = "_flash_messages"


def leave(area: str, level: str, text: str) -> None:
    """A message for ``area`` (``st.success``, ``st.error`` … by ``level``), shown after the rerun."""
    st.session_state.setdefault(FLASH, []).append((area, level, text))


def pending(area: str) -> bool:
    """True while a message waits for ``area`` (a section may open itself to show it)."""
    return any(where == area for where, _level, _text in st.session_state.get(FLASH, []))


def show(area: str) -> None:
    """The messages left for ``area``, shown once."""
    kept = []
    for where, level, text in st.session_state.get(FLASH, []):
        if where == area:
            getattr(st, level)(text)
        else:
            kept.append((where, level, text))
    st.session_state[FLASH] = kept
