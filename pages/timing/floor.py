"""The floor of the browser benchmark: a bare Streamlit app that draws the product's own figures, tiles and
tables (a capture, see :mod:`pages.timing.capture`) and nothing else — no DuckDB, no sidebar widgets, no
banner, no captions.

``COCKPIT_FLOOR_CAPTURE=capture.json streamlit run pages/timing/floor.py``. One page per captured page, with
the product's URL paths, titles and icons, in the sidebar's navigation (the same click as in the product,
and the same width left for the charts). The figures are built once per server from their JSON (and kept out
of the garbage collector's scans), so a run costs what Streamlit alone costs to send them: what any page
drawing these figures pays.
"""

from __future__ import annotations

import base64
import gc
import json
import os
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import pyarrow as pa
import streamlit as st

CAPTURE_ENV = "COCKPIT_FLOOR_CAPTURE"


def _table(body: dict[str, Any]) -> pd.DataFrame:
    with pa.ipc.open_stream(base64.b64decode(body["arrow"])) as reader:
        return reader.read_pandas()


def _prepared(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items with figures and tables built (once): a Figure for each chart, a DataFrame for each table."""
    prepared = []
    for item in items:
        ((kind, body),) = item.items()
        if kind == "chart":
            body = {**body, "figure": go.Figure(body["spec"])}
        elif kind == "table":
            body = {**body, "frame": _table(body)}
        elif kind == "row":
            body = _prepared(body)
        elif kind == "expander":
            body = {**body, "items": _prepared(body["items"])}
        elif kind in ("columns", "tabs"):
            body = {**body, "cells": [_prepared(cell) for cell in body["cells"]]}
        prepared.append({kind: body})
    return prepared


@st.cache_resource(show_spinner=False)
def _pages(path: str) -> list[dict[str, Any]]:
    capture = json.loads(Path(path).read_text(encoding="utf-8"))
    pages = [{**page, "items": _prepared(page["items"])} for page in capture["pages"]]
    # Out of the garbage collector's sight: the store of every page's figures is the floor's own, and scanning
    # it after each run (Streamlit's runner.postScriptGC) would bill the floor for what no product holds.
    gc.freeze()
    return pages


def draw(items: list[dict[str, Any]], key: str) -> None:
    """Draw prepared items the way the product drew them."""
    for number, item in enumerate(items):
        ((kind, body),) = item.items()
        here = f"{key}-{number}"
        if kind == "chart":
            st.plotly_chart(body["figure"], key=here, theme=body["theme"] or None, config=body["config"])
        elif kind == "metric":
            st.metric(body["label"], body["value"], body["delta"], delta_color=body["delta_color"],
                      delta_arrow=body["delta_arrow"], help=body["help"], border=body["border"])
        elif kind == "table" and body["static"]:
            st.table(body["frame"], hide_index=body["hide_index"])
        elif kind == "table":
            st.dataframe(body["frame"], hide_index=body["hide_index"], column_config=body.get("columns") or None,
                         column_order=body.get("column_order") or None)
        elif kind == "row":
            with st.container(horizontal=True, gap="small"):
                draw(body, here)
        elif kind == "expander":
            with st.expander(body["label"], expanded=body["expanded"]):
                draw(body["items"], here)
        elif kind == "columns":
            for cell_number, (column, cell) in enumerate(zip(st.columns(body["weights"]), body["cells"], strict=True)):
                with column:
                    draw(cell, f"{here}-{cell_number}")
        elif kind == "tabs":
            for cell_number, (tab, cell) in enumerate(zip(st.tabs(body["labels"]), body["cells"], strict=True)):
                with tab:
                    draw(cell, f"{here}-{cell_number}")


def _page(page: dict[str, Any]) -> st.Page:
    def render() -> None:
        draw(page["items"], page["url"])

    render.__name__ = f"floor_{page['url'].replace('-', '_')}"  # the page's identity in st.navigation
    return st.Page(render, title=page["title"], icon=page["icon"], url_path=page["url"],
                   default=page is _pages(os.environ[CAPTURE_ENV])[0])


def main() -> None:
    """The floor app: the captured pages in the sidebar's navigation, the first one the start page."""
    st.set_page_config(page_title="Floor", layout="wide")
    st.navigation([_page(page) for page in _pages(os.environ[CAPTURE_ENV])]).run()


if __name__ == "__main__":  # how Streamlit runs the script; importing it (the tests) draws nothing
    main()
