"""What one element costs a page switch in Chromium: ``python -m pages.timing.elements [--tries N]``.

A bare Streamlit app (this file, run by ``streamlit run``) has one page per kind of element, each drawing
:data:`COUNT` of them (a popover and an expander: holding :data:`COUNT` date fields), and an empty page.
The runner switches to each of them and back to the empty page in one headless Chromium, with the
benchmark's own harness (:mod:`pages.timing.browser`: a page counts as drawn when Streamlit has finished
the run and nothing is stale), and prints per kind the median and minimum time of a switch and the
median cost of one element: (median - the empty page's median) / :data:`COUNT`. The figures in
docs/BENCHMARK.md ("The fourth run") come from it; they decided where the product spends elements.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from datetime import date
from pathlib import Path

COUNT = 20
DAY = date(2026, 1, 1)
HOME, EMPTY = "home", "empty"


def _kinds() -> dict[str, object]:
    import streamlit as st

    def repeat(draw):
        return lambda: [draw(number) for number in range(COUNT)]

    def in_popover() -> None:
        with st.popover("Zeitraum"):
            repeat(lambda n: st.date_input(f"P{n}", DAY, key=f"popover{n}"))()

    def in_expander() -> None:
        with st.expander("Zeitraum"):
            repeat(lambda n: st.date_input(f"E{n}", DAY, key=f"expander{n}"))()

    def in_columns() -> None:  # a widget beside an empty column, as a row of controls was laid out
        for number in range(COUNT):
            column, _ = st.columns([1, 2])
            column.selectbox(f"C{number}", ["a", "b"], key=f"column{number}")

    return {
        "markdown": repeat(lambda n: st.markdown(f"Text **{n}** with a few words to draw.")),
        "caption": repeat(lambda n: st.caption(f"Caption {n} with a few words to draw.")),
        "subheader": repeat(lambda n: st.subheader(f"Heading {n}")),
        "divider": repeat(lambda n: st.divider()),
        "info": repeat(lambda n: st.info(f"Info {n} with a few words.")),
        "button": repeat(lambda n: st.button(f"B{n}", key=f"button{n}")),
        "download_button": repeat(lambda n: st.download_button(f"D{n}", b"x", key=f"download{n}")),
        "toggle": repeat(lambda n: st.toggle(f"T{n}", key=f"toggle{n}")),
        "checkbox": repeat(lambda n: st.checkbox(f"K{n}", key=f"checkbox{n}")),
        "segmented_control": repeat(lambda n: st.segmented_control(f"G{n}", ["de", "en"], default="de",
                                                                     key=f"segmented{n}")),
        "text_input": repeat(lambda n: st.text_input(f"X{n}", "text", key=f"text{n}")),
        "number_input": repeat(lambda n: st.number_input(f"N{n}", value=3, key=f"number{n}")),
        "selectbox": repeat(lambda n: st.selectbox(f"S{n}", ["a", "b"], key=f"select{n}")),
        "selectbox_with_width": repeat(lambda n: st.selectbox(f"W{n}", ["a", "b"], key=f"width{n}", width=320)),
        "selectbox_in_columns": in_columns,
        "date_input": repeat(lambda n: st.date_input(f"D{n}", DAY, key=f"date{n}")),
        "date_in_popover": in_popover,
        "date_in_expander": in_expander,
    }


def app() -> None:
    """The bare app: the empty page, then a page per kind."""
    import streamlit as st

    kinds = _kinds()

    def page(name: str, draw) -> st.Page:
        draw.__name__ = f"elements_{name}"  # the page's identity in st.navigation
        return st.Page(draw, title=name, url_path=name, default=name == HOME)

    st.navigation([page(HOME, lambda: None), page(EMPTY, lambda: None)]
                  + [page(name, draw) for name, draw in kinds.items()]).run()


def measure(tries: int) -> dict[str, dict[str, float]]:
    """Switch to every kind's page and back to the empty one, ``tries`` times; per kind the median and
    minimum ms and the median cost of one element (the empty page's median subtracted)."""
    from pages.timing.browser import App, Target
    from pages.timing.browser import measure as browse

    class Page(Target):
        @property
        def path(self) -> str:
            return "/" + self.url

    nothing = {"charts": 0, "metrics": 0, "tables": 0}
    names = list(_kinds())  # only closures are built here; nothing is drawn
    targets = [Page(target, nothing) for name in names for target in (name, EMPTY)]
    with tempfile.TemporaryDirectory(prefix="cockpit-elements-") as folder:
        raw = browse([App("elements", "pages/timing/elements.py")], targets, tries, Path(folder), fresh_loads=False)
    samples = raw["samples"]["elements"]
    empty = statistics.median(sample["ms"] for sample in samples[EMPTY]["switch"])
    table = {EMPTY: {"median_ms": round(empty, 1), "min_ms": min(s["ms"] for s in samples[EMPTY]["switch"]),
                     "per_element_ms": 0.0}}
    for name in names:
        times = [sample["ms"] for sample in samples[name]["switch"]]
        table[name] = {"median_ms": round(statistics.median(times), 1), "min_ms": min(times),
                       "per_element_ms": round((statistics.median(times) - empty) / COUNT, 1)}
    table["_load_average"] = {"min": raw["load_average"][0], "max": raw["load_average"][1]}
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tries", type=int, default=7)
    args = parser.parse_args()
    table = measure(args.tries)
    load = table.pop("_load_average")
    print(f"{COUNT} elements a page, {args.tries} tries, 1-minute load average {load['min']}–{load['max']}")
    print("| kind | switch median ms | min ms | one element, ms |")
    print("|---|---:|---:|---:|")
    for name, row in table.items():
        print(f"| {name} | {row['median_ms']} | {row['min_ms']} | {row['per_element_ms']} |")
    return 0


if __name__ == "__main__":
    import streamlit.runtime

    if streamlit.runtime.exists():  # run by `streamlit run`: the bare app
        app()
    else:  # python -m pages.timing.elements: the runner
        sys.exit(main())
