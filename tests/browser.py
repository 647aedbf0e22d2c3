"""Real-browser harness: a Streamlit server on a free port and Debian's Chromium via Playwright.

Locally the browser tests skip with a clear message when Chromium is missing; under CI
(``CI=true``) they fail instead, so a green CI always means they ran.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from pages.timing.browser import App, served

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("COCKPIT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(os.environ.get("COCKPIT_SCREENSHOTS", ROOT / "artifacts" / "screenshots"))


def require_chromium() -> str:
    """The Chromium path, or skip (fail under CI) with a message saying what is missing."""
    if Path(CHROMIUM).exists() or shutil.which("chromium"):
        return CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    message = f"Chromium not found at {CHROMIUM}: install Debian's package (apt-get install chromium)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


@contextmanager
def streamlit_server(db: Path, extra_env: dict[str, str] | None = None, args: list[str] | None = None, *,
                     as_configured: bool = False, record_outbound: Path | None = None) -> Iterator[str]:
    """Start ``streamlit run app.py`` (with ``args``) on a free localhost port; yield its URL; stop it.

    ``as_configured`` starts it with only the port on the command line, everything else as
    ``.streamlit/config.toml`` sets it; ``record_outbound`` runs it under tests/outbound.py, which
    writes every address the server process reaches for into that file.
    """
    python = (str(ROOT / "tests" / "outbound.py"), str(record_outbound)) if record_outbound else ()
    app = App("app", "app.py", {"COCKPIT_DB": str(db), **(extra_env or {})}, tuple(args or ()),
              python=python, as_configured=as_configured)
    with served(app, db.with_suffix(".log")) as url:
        yield url


# Every Plotly chart on the page has drawn its SVG, and no element still waits for its code: on a
# fresh tab Streamlit shows a skeleton in its place (stSkeleton) until the element's code has loaded.
CHARTS_DRAWN = """() => [...document.querySelectorAll("[data-testid='stPlotlyChart']")]
    .every(chart => chart.querySelector(".main-svg"))
    && document.querySelector("[data-testid='stSkeleton']") === null"""
# Count the script runs that start from now on (the app's run state attribute changes), and the
# messages that come over the app's WebSocket (read through MessageEvent.data): a warm run can start and
# end within one React commit, which leaves the attribute as it was, but never without messages.
WATCH_RUNS = """() => {
    window.cockpitRuns = 0;
    window.cockpitMessages = 0;
    window.cockpitLastMessage = 0;
    if (!window.cockpitMessagesHooked) {
        const data = Object.getOwnPropertyDescriptor(MessageEvent.prototype, "data");
        Object.defineProperty(MessageEvent.prototype, "data", {configurable: true, get() {
            if (this.target instanceof WebSocket) {
                window.cockpitMessages += 1;
                window.cockpitLastMessage = performance.now();
            }
            return data.get.call(this);
        }});
        window.cockpitMessagesHooked = true;
    }
    const app = document.querySelector("[data-testid='stApp']");
    // Records of one callback may be batched: a run that started and ended before the callback
    // shows as a record whose old value is "running", so both ways count.
    new MutationObserver((records) => {
        for (const record of records) {
            if (record.oldValue === "running" || app.getAttribute("data-test-script-state") === "running") {
                window.cockpitRuns += 1;
            }
        }
    }).observe(app, {attributes: true, attributeOldValue: true, attributeFilter: ["data-test-script-state"]});
}"""


# A run has shown its page and ended: the state is "notRunning" before the first run too, but
# the page's heading (every page, the login and the workspace error have one, drawn after the
# shell's sidebar) comes only with a run.
RUN_DONE = """() => {
    const app = document.querySelector("[data-testid='stApp']");
    return app !== null && app.getAttribute("data-test-script-state") === "notRunning"
        && document.querySelector("[data-testid='stMain'] [data-testid='stHeading']") !== null;
}"""


def wait_for_app(page, timeout: float = 30_000) -> None:
    """Wait until Streamlit has run the script and shown its result, and every chart has drawn.

    After ``goto`` this waits for the first run. After a click, use :func:`rerun`, which first
    waits for the run the click starts.
    """
    page.wait_for_function(RUN_DONE, timeout=timeout)
    page.wait_for_function(CHARTS_DRAWN, timeout=timeout)


def rerun(page, action, timeout: float = 30_000) -> None:
    """Do ``action`` (a click, a file drop), wait for the script run it starts and for its end.

    A warm, cached run can start and end within one React commit and leave the state attribute as it
    was; its messages over the WebSocket still show it (see ``WATCH_RUNS``)."""
    page.evaluate(WATCH_RUNS)
    action()
    page.wait_for_function("() => window.cockpitRuns > 0 || window.cockpitMessages > 0", timeout=timeout)
    # the server's last message of a run is its end: wait for a pause in them, then for the page
    page.wait_for_function("() => performance.now() - window.cockpitLastMessage > 300", timeout=timeout)
    wait_for_app(page, timeout)


def screenshot(page, name: str) -> Path:
    """Save a screenshot of the page into the screenshot folder."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(target))
    return target


def metric_value(page, label: str) -> str:
    """The value shown on the KPI tile whose label contains ``label``."""
    tile = page.locator("[data-testid='stMetric']", has_text=label).first
    return tile.locator("[data-testid='stMetricValue']").inner_text().strip()
