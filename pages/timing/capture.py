"""What a page of the product draws, as data: its figures, tiles and tables and the containers they sit in.

The browser benchmark (``pages.timing.browser``) compares every page with a bare Streamlit app that draws
exactly these things and nothing else (``pages/timing/floor.py``). They are read from the elements the
product sends, as Streamlit's AppTest receives them (the same messages a browser gets), so nothing in the
product has to know it is measured.

The capture is JSON (see :data:`FORMAT`)::

    {"format": "cockpit-floor-capture/1",
     "pages": [{"url": "Engagement", "title": "Engagement", "icon": ":material/favorite:", "items": [...]}]}

An item is one of
``{"chart": {"spec": <Plotly figure JSON>, "config": {...}, "theme": ""}}``,
``{"metric": {"label", "value", "delta", "delta_color", "delta_arrow", "help", "border"}}``,
``{"table": {"arrow": <base64 Arrow IPC stream>, "static": bool, "hide_index": bool, "columns": {...},
"column_order": [...]}}`` (``static``: ``st.table``; ``columns`` and ``column_order`` only for ``st.dataframe``),
``{"row": [items]}`` (a horizontal container, the tiles' row),
``{"columns": {"weights": [...], "cells": [[items], ...]}}``,
``{"expander": {"label": str, "expanded": bool, "items": [items]}}`` and
``{"tabs": {"labels": [...], "cells": [[items], ...]}}``.
Containers that hold none of the drawn things are left out; a column that holds none is kept empty,
so that the others keep their width.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

from analytics import store
from analytics.i18n import t
from analytics.queries import overview
from pages.ui.navigation import PAGES

FORMAT = "cockpit-floor-capture/1"
ROOT = Path(__file__).resolve().parent.parent.parent

# The one-person view appears only after a person is chosen on the Begleitung page (never by URL):
# the benchmark measures that choice as a page of its own, with the first person of the list.
PERSON_PAGE = "Begleitung"
PERSON_CHOOSER_KEY = "person_chosen"
PERSON_VIEW = "Begleitung-Person"

_METRIC_COLORS = {0: "red", 1: "green", 2: "gray", 3: "orange", 4: "yellow", 5: "blue", 6: "violet", 7: "primary"}
_METRIC_ARROWS = {0: "down", 1: "up", 2: "off"}
_HORIZONTAL = 2  # Block.FlexContainer.Direction.HORIZONTAL


def _metric(proto: Any) -> dict[str, Any]:
    return {
        "label": proto.label, "value": proto.body, "delta": proto.delta or None,
        "delta_color": _METRIC_COLORS.get(proto.color, "normal"),
        "delta_arrow": _METRIC_ARROWS.get(proto.direction, "auto"),
        "help": proto.help or None, "border": bool(proto.show_border),
    }


def _arrow(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _element(node: Any) -> dict[str, Any] | None:
    kind = node.type
    if kind == "plotly_chart":
        proto = node.proto
        return {"chart": {"spec": json.loads(proto.spec), "config": json.loads(proto.config or "{}"),
                          "theme": proto.theme}}
    if kind == "metric":
        return {"metric": _metric(node.proto)}
    if kind == "table":
        proto = node.proto
        return {"table": {"arrow": _arrow(proto.arrow_data.data), "static": True, "hide_index": bool(proto.hide_index)}}
    if kind in ("dataframe", "arrow_data_frame"):
        proto = node.proto
        columns = json.loads(proto.columns or "{}")
        return {"table": {
            "arrow": _arrow(proto.arrow_data.data), "static": False,
            "hide_index": bool(columns.get("_index", {}).get("hidden")),
            "columns": {name: config for name, config in columns.items() if name != "_index"},
            "column_order": list(proto.column_order),
        }}
    return None


def _children(node: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for child in node.children.values():
        items.extend(capture_node(child))
    return items


def capture_node(node: Any) -> list[dict[str, Any]]:
    """The drawn things below one node of AppTest's element tree, in order (see the module's format)."""
    if not hasattr(node, "children") or not isinstance(getattr(node, "children", None), dict):
        element = _element(node)
        return [element] if element else []
    kind = node.type
    if kind == "expander":
        items = _children(node)
        if not items:
            return []
        return [{"expander": {"label": node.proto.label, "expanded": bool(node.proto.expanded), "items": items}}]
    if kind == "tab_container":
        tabs = list(node.children.values())
        cells = [_children(tab) for tab in tabs]
        if not any(cells):
            return []
        return [{"tabs": {"labels": [tab.proto.label for tab in tabs], "cells": cells}}]
    if kind == "flex_container" and node.proto.flex_container.direction == _HORIZONTAL:
        children = list(node.children.values())
        if children and all(getattr(child, "type", "") == "column" for child in children):
            cells = [_children(column) for column in children]
            if not any(cells):
                return []
            return [{"columns": {"weights": [column.weight for column in children], "cells": cells}}]
        items = _children(node)
        return [{"row": items}] if items else []
    return _children(node)  # the main area, vertical containers, forms: only what they hold


def count(items: Iterable[dict[str, Any]]) -> dict[str, int]:
    """How many charts, metrics and tables a list of items draws (also inside containers)."""
    totals = {"charts": 0, "metrics": 0, "tables": 0}
    for item in items:
        ((kind, body),) = item.items()
        if kind in ("chart", "metric", "table"):
            totals[{"chart": "charts", "metric": "metrics", "table": "tables"}[kind]] += 1
            continue
        if kind == "row":
            nested = [body]
        elif kind == "expander":
            nested = [body["items"]]
        else:
            nested = body["cells"]
        for cell in nested:
            for key, value in count(cell).items():
                totals[key] += value
    return totals


def first_person(db: Path) -> int:
    """The first person in the chooser's list (names in alphabetical order)."""
    with store.closing(store.open_existing(db)) as cur:
        return int(overview.filter_options(cur)["people"]["influencer_id"].iloc[0])


def _app(db: Path, timeout: float) -> AppTest:
    os.environ["COCKPIT_DB"] = str(db)
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)


def capture_workspace(db: Path, timeout: float = 900) -> dict[str, Any]:
    """Every page of the product on workspace ``db`` as it first shows (German, the default selection),
    and the one-person view for the first person of the list."""
    person = first_person(db)  # before the app opens the workspace
    pages = []
    for path, title, url, icon in PAGES:
        at = _app(db, timeout)
        at.run()
        at.switch_page(path)
        at.run()
        if at.exception:
            raise RuntimeError(f"page {url} failed: {at.exception[0].message}")
        pages.append({"url": url, "title": t(title, "de"), "icon": icon, "items": capture_node(at.main)})
        if url == PERSON_PAGE:
            at.selectbox(key=PERSON_CHOOSER_KEY).set_value(person).run()
            if at.exception:
                raise RuntimeError(f"the one-person view failed: {at.exception[0].message}")
            pages.append({"url": PERSON_VIEW, "title": t(title, "de") + " · 1", "icon": icon,
                          "items": capture_node(at.main)})
    return {"format": FORMAT, "pages": pages}
