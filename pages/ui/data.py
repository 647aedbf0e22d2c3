"""The workspace and the one way the pages reach its data.

Pages and sections never open a cursor: they hand a named function of ``analytics``
(``fn(cursor, …)``) to one of these doors —

- :func:`query` — a read, cached on the workspace's data version, the function and its arguments;
- :func:`kept` — the same for a read whose result holds Plotly figures: kept as it is, never copied;
- :func:`write` — a change inside one transaction (the data version moves on, caches refresh);
- :func:`run` — a call now, uncached: a change that is its own transaction (an import, an undo,
  a goal), or a dry run with its progress bar;
- :func:`now` — a read now, uncached, that must see this very moment (a gate, what is due today);
- :func:`built_on_click` — a download's content, built when its button is clicked.

And :func:`figure`, a chart built once from its inputs (query results, language, texts), so
that a rerun with nothing changed does no Plotly work.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from types import FunctionType
from typing import Any, TypeVar

import duckdb
import pandas as pd
import streamlit as st

from analytics import store, theme, uploads
from analytics.filters import Filters

T = TypeVar("T")
F = TypeVar("F")


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


def _open() -> duckdb.DuckDBPyConnection:
    _swept_uploads()
    return _connection(workspace_path())


def workspace() -> duckdb.DuckDBPyConnection:
    """The shared connection (a broken or locked file raises the CockpitError that says so). Its
    caller may change the data: the run reads the data version anew at its next query."""
    _forget_version()
    return _open()


def forget_workspace() -> None:
    """Let go of the connection (after the file was set aside): the next run opens the file anew."""
    _connection.clear()


# The data version as this script run last read it (None outside a run of the shell: read each time).
_RUN_VERSION: ContextVar[dict[str, int] | None] = ContextVar("cockpit_run_version", default=None)


@contextmanager
def one_version_per_run() -> Iterator[None]:
    """Around one script run: its queries read the data version once (a cursor and a query each time
    cost 20-50 ms a run at 200,000 posts), again only after this run changed data through
    :func:`write`, :func:`run` or :func:`workspace`. A change another session makes meanwhile shows
    from the next run on, as with any change made during a run."""
    token = _RUN_VERSION.set({})
    try:
        yield
    finally:
        _RUN_VERSION.reset(token)


def _forget_version() -> None:
    held = _RUN_VERSION.get()
    if held is not None:
        held.clear()


def data_version() -> int:
    """Changes whenever the workspace's data changes; part of every cache key."""
    held = _RUN_VERSION.get()
    if held is None:
        return store.call(_open(), store.data_version)
    if "version" not in held:
        held["version"] = store.call(_open(), store.data_version)
    return held["version"]


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
    con = _connection(path)
    return store.call(con, fn, *args) if filters is None else store.call(con, fn, filters, *args)


def query(fn: Callable[..., Any], *args: Any, filters: Filters | None = None) -> Any:
    """``fn(cursor, [filters,] *args)``, cached on the workspace's state, the function and the arguments."""
    _open()
    return _cached(fn, WorkspaceState(workspace_path(), data_version()), filters, args)


@st.cache_resource(show_spinner=False, max_entries=256, hash_funcs={FunctionType: _function_identity})
def _kept(fn: Callable[..., Any], state: WorkspaceState, filters: Filters | None, args: tuple[Any, ...],
          colour: str) -> Any:
    del colour  # only in the key: the figures inside take the primary colour when built
    return run_query(fn, state.path, filters, args)


def kept(fn: Callable[..., Any], *args: Any, filters: Filters | None = None) -> Any:
    """:func:`query` for a result that holds Plotly figures (a chart, a briefing), or one that every run
    reads (the sidebar's facts, the import page's people × months): the object itself is kept and handed
    out again, shared by all sessions, so the caller never changes it. (``st.cache_data`` would unpickle
    it on every rerun, and unpickling a figure builds and validates it anew: 10-25 ms a chart.)"""
    _open()
    return _kept(fn, WorkspaceState(workspace_path(), data_version()), filters, args, theme.primary_colour())


def _frame_identity(frame: pd.DataFrame) -> bytes:
    """A table in a figure's key, every row of it (Streamlit alone hashes a sample of 10,000 rows
    from 50,000 on: two tables alike in the sample would share a figure)."""
    try:
        rows = pd.util.hash_pandas_object(frame).to_numpy().tobytes()
    except TypeError:  # cells Pandas cannot hash (lists)
        rows = pickle.dumps(frame)
    return repr((frame.shape, list(frame.columns), [str(kind) for kind in frame.dtypes])).encode() + rows


@st.cache_resource(show_spinner=False, max_entries=512,
                   hash_funcs={FunctionType: _function_identity, pd.DataFrame: _frame_identity})
def _built(build: Callable[..., Any], args: tuple[Any, ...], named: tuple[tuple[str, Any], ...], colour: str) -> Any:
    del colour  # only in the key: the figure takes the primary colour when built
    return build(*args, **dict(named))


def figure(build: Callable[..., F], *args: Any, **kwargs: Any) -> F:
    """``build(*args, **kwargs)``, built once per value of its arguments (the query results it draws, the
    language, the source line …) and then kept as it is, shared by all sessions: a rerun with
    nothing changed costs a hash of the inputs, not the Plotly work (7,700 validated property
    sets for the frequency page at 200,000 posts). The primary colour (``$COCKPIT_PRIMARY``) is part
    of the key, and a bad one raises here, on every page with a chart. The caller never changes the figure. A table
    formatted cell by cell for display is kept the same way."""
    return _built(build, args, tuple(sorted(kwargs.items())), theme.primary_colour())


def write(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``fn(cursor, *args, **kwargs)`` inside one transaction."""
    try:
        return store.call_in_transaction(_open(), fn, *args, **kwargs)
    finally:
        _forget_version()


def now(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``fn(cursor, *args, **kwargs)`` now and uncached, for a read that must see this very moment
    (a gate, what is due today); it changes nothing."""
    return store.call(_open(), fn, *args, **kwargs)


def run(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``fn(cursor, *args, **kwargs)`` now and uncached: for a change that commits itself (the run
    reads the data version anew after it), or a read that may write (a dry run)."""
    try:
        return store.call(_open(), fn, *args, **kwargs)
    finally:
        _forget_version()


def built_on_click(fn: Callable[..., bytes], *args: Any, **kwargs: Any) -> Callable[[], bytes]:
    """``data=`` for ``st.download_button``: ``fn(cursor, *args, **kwargs)`` runs when the button is
    clicked (on another thread, from the workspace as it is then), not on every rerun of the page."""
    con = _open()
    return lambda: store.call(con, fn, *args, **kwargs)
