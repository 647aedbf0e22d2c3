"""Warm rerun time of every page under Streamlit's AppTest: ``python -m pages.timing --db PATH``.

A package, not a file in pages/, so that Streamlit's legacy pages-folder mode never lists it as a page.

Prints one JSON object {page name: seconds}. Used by ``python -m analytics bench`` (which runs
it as a child process, since ``analytics`` never imports Streamlit) and by the speed tests.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from pages.ui.navigation import PAGES

ROOT = Path(__file__).resolve().parent.parent.parent


def warm_rerun_seconds(db: Path, timeout: float = 600) -> dict[str, float]:
    """Run each page once (cold), then time a second run (warm: caches filled)."""
    os.environ["COCKPIT_DB"] = str(db)
    timings: dict[str, float] = {}
    for path, _title, name, _icon in PAGES:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
        at.run()
        at.switch_page(path)
        at.run()
        if at.exception:
            raise RuntimeError(f"page {name} failed: {at.exception[0].message}")
        started = time.perf_counter()
        at.run()
        timings[name] = round(time.perf_counter() - started, 3)
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    args = parser.parse_args()
    json.dump(warm_rerun_seconds(Path(args.db)), sys.stdout)
    return 0
