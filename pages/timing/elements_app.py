"""The bare app of the element-cost benchmark (``python -m pages.timing.elements``, which runs it with
``streamlit run``): an empty page and one page per kind of element, each drawing :data:`COUNT` of it
(a popover and an expander: holding :data:`COUNT` date fields). Importing it draws nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import streamlit as st

COUNT = 20
DAY = date(2026, 1, 1)
HOME, EMPTY = "home", "empty"


def _repeat(draw: Callable[[int], object]) -> Callable[[], None]:
    def page() -> None:
        for number in range(COUNT):
            draw(number)
    return page


def _in_popover() -> None:
    with st.popover("Zeitraum"):
        _repeat(lambda n: st.date_input(f"P{n}", DAY, key=f"popover{n}"))()


def _in_expander() -> None:
    with st.expander("Zeitraum"):
        _repeat(lambda n: st.date_input(f"E{n}", DAY, key=f"expander{n}"))()


def _in_columns() -> None:  # a widget beside an empty column, as a row of controls was laid out
    for number in range(COUNT):
        column, _ = st.columns([1, 2])
        column.selectbox(f"C{number}", ["a", "b"], key=f"column{number}")


KINDS: dict[str, Callable[[], None]] = {
    "markdown": _repeat(lambda n: st.markdown(f"Text **{n}** with a few words to draw.")),
    "caption": _repeat(lambda n: st.caption(f"Caption {n} with a few words to draw.")),
    "subheader": _repeat(lambda n: st.subheader(f"Heading {n}")),
    "divider": _repeat(lambda n: st.divider()),
    "info": _repeat(lambda n: st.info(f"Info {n} with a few words.")),
    "button": _repeat(lambda n: st.button(f"B{n}", key=f"button{n}")),
    "download_button": _repeat(lambda n: st.download_button(f"D{n}", b"x", key=f"download{n}")),
    "toggle": _repeat(lambda n: st.toggle(f"T{n}", key=f"toggle{n}")),
    "checkbox": _repeat(lambda n: st.checkbox(f"K{n}", key=f"checkbox{n}")),
    "segmented_control": _repeat(lambda n: st.segmented_control(f"G{n}", ["de", "en"], default="de",
                                                                  key=f"segmented{n}")),
    "text_input": _repeat(lambda n: st.text_input(f"X{n}", "text", key=f"text{n}")),
    "number_input": _repeat(lambda n: st.number_input(f"N{n}", value=3, key=f"number{n}")),
    "selectbox": _repeat(lambda n: st.selectbox(f"S{n}", ["a", "b"], key=f"select{n}")),
    "selectbox_with_width": _repeat(lambda n: st.selectbox(f"W{n}", ["a", "b"], key=f"width{n}", width=320)),
    "selectbox_in_columns": _in_columns,
    "date_input": _repeat(lambda n: st.date_input(f"D{n}", DAY, key=f"date{n}")),
    "date_in_popover": _in_popover,
    "date_in_expander": _in_expander,
}


def _nothing() -> None:
    pass


def _page(name: str, draw: Callable[[], None]) -> st.Page:
    def render() -> None:
        draw()
    render.__name__ = f"elements_{name}"  # the page's identity in st.navigation
    return st.Page(render, title=name, url_path=name, default=name == HOME)


def main() -> None:
    """The empty pages (the start page and the one switched back to), then a page per kind."""
    st.navigation([_page(HOME, _nothing), _page(EMPTY, _nothing)]
                  + [_page(name, draw) for name, draw in KINDS.items()]).run()


if __name__ == "__main__":  # how Streamlit runs the script; importing it (the runner, the tests) draws nothing
    main()
