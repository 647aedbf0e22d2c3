"""What one element costs a page switch in Chromium: ``python -m pages.timing.elements [--tries N]``.

Starts the bare app :mod:`pages.timing.elements_app` (an empty page and a page per kind of element, each
drawing :data:`~pages.timing.elements_app.COUNT` of it) and switches to each kind's page and back to the
empty one in one headless Chromium, with the benchmark's own harness (:mod:`pages.timing.browser`: a page
counts as drawn when Streamlit has finished the run and nothing is stale). Prints per kind the median and
minimum time of a switch and the median cost of one element: (median - the empty page's median) / COUNT.
The figures in docs/BENCHMARK.md ("The fourth run") come from it; they decided where the product spends
elements.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from pages.timing.browser import App, Target
from pages.timing.browser import measure as browse
from pages.timing.elements_app import COUNT, EMPTY, KINDS

NOTHING = {"charts": 0, "metrics": 0, "tables": 0}


class KindPage(Target):
    """A page of the bare app: every one of them at its own path (the harness puts the first at /)."""

    @property
    def path(self) -> str:
        return "/" + self.url


def measure(tries: int) -> dict[str, dict[str, float]]:
    """Switch to every kind's page and back to the empty one, ``tries`` times; per kind the median and
    minimum ms and the median cost of one element (the empty page's median subtracted)."""
    targets = [KindPage(target, NOTHING) for name in KINDS for target in (name, EMPTY)]
    with tempfile.TemporaryDirectory(prefix="cockpit-elements-") as folder:
        raw = browse([App("elements", "pages/timing/elements_app.py")], targets, tries, Path(folder),
                     fresh_loads=False)
    samples = raw["samples"]["elements"]
    empty = statistics.median(sample["ms"] for sample in samples[EMPTY]["switch"])
    table = {EMPTY: {"median_ms": round(empty, 1), "min_ms": min(s["ms"] for s in samples[EMPTY]["switch"]),
                     "per_element_ms": 0.0}}
    for name in KINDS:
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
    sys.exit(main())
