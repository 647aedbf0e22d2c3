"""What the pages draw the same way: KPI tiles, charts with their notes and source line, a
chart's missing data in one sentence, the pager of people, widget rounds."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

import plotly.graph_objects as go
import streamlit as st

from analytics import coverage, covered
from analytics.filters import Filters
from analytics.i18n import fmt_date, no_change, t
from analytics.kpis import Tile
from analytics.literal import md_literal
from analytics.paging import PAGE_SIZE, page_count, page_label
from pages.ui import data
from pages.ui.sidebar import current_lang, filters

# A control alone in its row is given a width instead of a column beside an empty one: the browser
# draws one element instead of three (~0.6 ms a row less on every page switch, docs/BENCHMARK.md,
# "The fourth run").
CONTROL_WIDTH = 320
NUMBER_WIDTH = 240  # a number field in a row of controls


TILES_PER_ROW = 3  # KPI tiles in one row at most: four with long labels wrapped on a 1280-pixel laptop


def tiles(items: Sequence[dict[str, Any] | Tile], columns: int | None = None) -> None:
    """KPI tiles, ``columns`` per row (all in one row by default); each item has label,
    value, delta, help and ``known`` (the posts a total rests on, '20 von 27 Beiträgen', in
    small print under the value)."""
    # A wrapping row, not st.columns: each tile is as wide as its label and value need, the row
    # fills the width, and tiles that do not fit (a 1280 px laptop with the sidebar open) go to
    # a second row instead of being cut to "Aktive Perso…".
    # More than three go in even rows (four: two and two; five: three and two), so that a last tile never wraps alone
    # and stretches across the page; a tile alone is as wide as its text.
    if not items:  # (a row step of 0 raised: Wirkung's follower tiles can all be missing)
        return
    per_row = columns or math.ceil(len(items) / math.ceil(len(items) / TILES_PER_ROW))
    for first in range(0, len(items), per_row):
        row = items[first:first + per_row]
        with st.container(horizontal=True, gap="small"):
            for item in row:
                if isinstance(item, Tile):
                    item = {"label": item.label, "value": item.text, "delta": item.delta, "help": item.help,
                            "known": item.known}
                flat = no_change(item.get("delta"))  # "±0": no green arrow up
                st.metric(
                    item["label"], item["value"], item.get("delta"), help=item.get("help"),
                    border=True, width="content" if len(row) == 1 else "stretch",
                    delta_color="off" if flat else item.get("delta_color", "normal"),
                    delta_arrow="off" if flat else "auto", delta_description=item.get("known"),
                )


# A number and its unit ("1,7 %", "2,5×" stays whole) never part at the end of a line.
_NUMBER_AND_UNIT = re.compile(r"(\d) (%|×)")


def prose(text: str) -> str:
    """A generated sentence as literal Markdown whose numbers keep their unit on the same line
    ("1,7 %", never "1,7" and "%" on two lines)."""
    return md_literal(_NUMBER_AND_UNIT.sub("\\1\u00a0\\2", text))


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


def source_line(selection: Filters, lang: str) -> str:
    """The source line printed inside every chart."""
    return t("chart_source", lang, start=fmt_date(selection.start, lang), end=fmt_date(selection.end, lang))


def gap_note(selection: Filters, lang: str) -> bool:
    """Name the months of the chosen period no import covers ("Keine Daten für 04/2024–12/2025 …"),
    on every page that shows time; True when there are such months."""
    gaps = data.query(covered.period_gaps, filters=selection)
    if gaps:
        st.warning(covered.gap_note(gaps, lang), icon=":material/event_busy:")
    return bool(gaps)


def coverage_now() -> coverage.Coverage:
    """What kinds of data the workspace holds at all (cached on the data version)."""
    return data.query(coverage.workspace)


def lacking(kind: str, lang: str) -> bool:
    """When the workspace has no data of ``kind`` at all (no post texts, no times …), say in one
    line what is missing and which file brings it, and return True: the caller draws no chart.
    Nothing in the selection while the workspace has such data is the chart's own empty state."""
    if not coverage_now().lacks(kind):
        return False
    st.info(coverage.missing(kind, lang), icon=":material/info:")
    return True


def lacking_all(kinds: Sequence[str], lang: str) -> None:
    """One note for several kinds of data the workspace lacks (a page that shows what it can):
    each kind's sentence of what is missing and which file brings it."""
    if kinds:
        st.info("\n\n".join(coverage.missing(kind, lang) for kind in kinds), icon=":material/info:")


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
    page = st.selectbox(
        t("eng_people_pager", lang), list(range(pages)), key=key,
        format_func=lambda n: page_label(n, total, lang), help=t("eng_people_pager_help", lang),
        width=CONTROL_WIDTH,
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


def widget_round(name: str) -> int:
    """The current round of a group of widgets (part of their keys)."""
    return st.session_state.get(f"_widget_round_{name}", 0)


def next_widget_round(name: str) -> None:
    """New keys for a group of widgets, so that they start empty after an action."""
    st.session_state[f"_widget_round_{name}"] = widget_round(name) + 1


def folded(label: str, key: str, *, icon: str | None = None) -> Any:
    """A closed expander whose body the page draws only while it is open: ``if box.open: with box: …``.

    Streamlit's stateful expander (``on_change="rerun"``) tells the script whether it is open, so a
    closed one sends one element instead of its tables, buttons or form (the Briefing's six
    downloads, the outcome form's widgets, a table of every person); opening it runs the page once
    more and draws the body. ``st.session_state[key] = True`` before the call opens it (after a save
    whose message shows inside). The label is part of the expander's identity, so an open one stays
    open through a new label (another language, another page of people) only when its state is handed
    back before it is drawn, Streamlit's documented way for a widget whose identity changes."""
    if key in st.session_state:
        st.session_state[key] = st.session_state[key]
    return st.expander(label, key=key, on_change="rerun", icon=icon)
