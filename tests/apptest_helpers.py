"""Helpers for reading what an AppTest run shows."""

from __future__ import annotations

import base64
import re

import numpy as np
import pandas as pd
from streamlit.testing.v1 import AppTest

from analytics.i18n import t
from pages.ui.sidebar import FILTERS_OPEN_KEY

MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def texts(at: AppTest) -> str:
    """Everything an AppTest run shows as text (markdown, captions, titles, alerts, metrics), as
    the reader sees it: a backslash-escaped character (``kader\\.csv``) reads as itself."""
    parts: list[str] = []
    for group in (at.title, at.header, at.subheader, at.markdown, at.caption, at.info, at.warning,
                  at.error, at.success):
        parts.extend(str(element.value) for element in group)
    for metric in at.metric:
        parts.append(f"{metric.label}: {metric.value}")
    return as_read("\n".join(parts))


def table_as_read(at: AppTest, column: str) -> pd.DataFrame:
    """The first ``st.table`` with ``column``, its cells as the reader sees them (st.table renders
    them as Markdown: ``kader\\.csv`` reads as kader.csv)."""
    frame = next(table.value for table in at.table if column in table.value.columns)
    return frame.map(lambda cell: as_read(cell) if isinstance(cell, str) else cell)


def as_read(markdown: str) -> str:
    """Markdown source as the reader sees it: backslash escapes and invisible word joiners removed."""
    return MARKDOWN_ESCAPE.sub(r"\1", markdown).replace("\u2060", "")


def values(array: list | dict) -> list:
    """A Plotly data array from JSON: a plain list, or a typed array {dtype, bdata}."""
    if isinstance(array, dict):
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]).tolist()
    return list(array)


def everything(at: AppTest) -> str:
    """All text, table cells and chart data of a run."""
    parts = [texts(at)]
    parts += [frame.value.to_csv() for frame in at.dataframe]
    parts += [element.proto.spec for element in at.get("plotly_chart")]
    return "\n".join(parts)


def count_queries(monkeypatch) -> list[str]:
    """From now on, the name of every query that reaches the workspace (is not served from the
    page cache), in order; the list fills while the test runs the app."""
    from pages.ui import data

    reached: list[str] = []
    real = data.run_query

    def counting(fn, *rest):
        reached.append(fn.__qualname__)
        return real(fn, *rest)

    monkeypatch.setattr(data, "run_query", counting)
    return reached


def count_figures(monkeypatch) -> list[str]:
    """From now on, the type of every Plotly figure built (``go.Figure`` and its kin), in order;
    the list fills while the test runs the app."""
    from plotly.basedatatypes import BaseFigure

    built: list[str] = []
    real = BaseFigure.__init__

    def counting(self, *args, **kwargs):
        built.append(type(self).__name__)
        real(self, *args, **kwargs)

    monkeypatch.setattr(BaseFigure, "__init__", counting)
    return built


def points_to_first_steps(at: AppTest) -> bool:
    """True when the page shows an empty workspace's pointer to "Erste Schritte" and no figure."""
    pointer = t("first_pointer", "de")
    return ([info.value for info in at.info] == [pointer] and not at.metric and not at.get("plotly_chart")
            and not at.exception and not at.error)


def open_filters(at: AppTest) -> AppTest:
    """Open the sidebar's filter expander (its widgets are drawn only while it is open), as a click does."""
    at.session_state[FILTERS_OPEN_KEY] = True
    return at.run()


def folded_keys(node) -> list[str]:
    """The keys of the closed expanders under ``node`` whose bodies are drawn only while open
    (``widgets.folded``: a stateful expander carries its widget id, ``$$ID-<hash>-<key>``)."""
    keys = []
    if getattr(node, "type", None) == "expander" and node.proto.id and not node.proto.expanded:
        keys.append(node.proto.id.split("-", 2)[2])
    for child in getattr(node, "children", {}).values():
        keys += folded_keys(child)
    return keys


def open_folded(at: AppTest, *keys: str) -> AppTest:
    """Open folded expanders as clicks do: the ones named, or every one the page shows (and any that
    opening reveals), so that a test sees all the page can show."""
    for _ in range(5):
        todo = list(keys) or folded_keys(at.main)
        if not todo:
            break
        for key in todo:
            at.session_state[key] = True
        at.run()
        if keys:
            break
    return at


def open_tab(at: AppTest, key: str, label: str) -> AppTest:
    """Open a tab of tabs whose closed tabs are not drawn (``st.tabs(..., key=key, on_change="rerun")``)."""
    at.session_state[key] = label
    return at.run()
