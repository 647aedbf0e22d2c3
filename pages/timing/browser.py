"""The browser part of ``python -m analytics bench --browser`` (see :mod:`analytics.browser_bench`).

``python -m pages.timing.browser --db PATH --label NAME --tries N --out FILE [--ab SETTING=A,B] [--pages P,Q]
[--switch-only]``

Captures what every page of the product draws on workspace PATH (:mod:`pages.timing.capture`), starts the
product (on a copy of the workspace) and the floor (:mod:`pages.timing.floor`, drawing the capture), and
drives one headless Chromium at 1280×720 with a tab per app. Every try visits every page in the
navigation's order, product and floor alternately (which of them goes first alternates too): an in-app
switch (a click on the page's link; the one-person view: choosing the first person of the list, the floor
switching to a page that draws that view) and then, for every page, a fresh load (a new tab on its address).
A page counts as drawn when Streamlit has finished the run the action started and shows no stale element, and
the main area holds the captured number of charts (each with its SVG), tiles and tables; the time is taken in
the browser, at the next animation frame. Each sample also holds what came over the WebSocket in the action
and the 400 ms after it (script runs, delta messages, bytes) and the main thread's long tasks.

``--switch-only`` leaves the fresh loads out. ``--ab SETTING=A,B`` measures the product twice instead,
started with ``--SETTING A`` and ``--SETTING B`` (no floor). Writes
``{"samples": {app: {page: {"switch": [...], "fresh": [...]}}}, "load_average": [min, max], "started": time}``
to FILE.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # bench --browser then says what is missing (main)
    sync_playwright = None

from analytics.browser_bench import FLOOR, PRODUCT, SCRIPT_FINISHED_FIELD, wire_counts
from pages.timing.capture import PERSON_PAGE, PERSON_VIEW, ROOT, capture_workspace, count

CHROMIUM = os.environ.get("COCKPIT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1280, "height": 720}
SETTLE_MS = 400  # after a page is drawn, how long a redundant rerun would have to show up
TIMEOUT_MS = 180_000

# In every tab, before Streamlit's own code: record each WebSocket message (time, bytes, and which ForwardMsg it
# is, as the number of its first field after the hash (1) and the metadata (2)) and the main thread's long tasks.
RECORDER = r"""
(() => {
  if (window.__bench) return;
  const bench = window.__bench = {frames: [], longTasks: []};
  const kindOf = (buffer) => {
    const bytes = new Uint8Array(buffer);
    let position = 0;
    const varint = () => {
      let value = 0, scale = 1;
      while (position < bytes.length) {
        const byte = bytes[position++];
        value += (byte & 0x7f) * scale;
        scale *= 128;
        if (byte < 0x80) return value;
      }
      return -1;
    };
    while (position < bytes.length) {
      const tag = varint();
      if (tag < 0) return -1;
      const fieldNumber = Math.floor(tag / 8), wire = tag % 8;
      if (fieldNumber !== 1 && fieldNumber !== 2) return fieldNumber;
      if (wire === 0) varint();
      else if (wire === 1) position += 8;
      else if (wire === 2) { const length = varint(); position += length; }
      else if (wire === 5) position += 4;
      else return -1;
    }
    return 0;
  };
  const Native = window.WebSocket;
  class Recorded extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => {
        const data = event.data;
        const binary = data instanceof ArrayBuffer;
        const size = binary ? data.byteLength : (data.size ?? data.length);
        bench.frames.push([performance.now(), size, binary ? kindOf(data) : -1]);
      });
    }
  }
  window.WebSocket = Recorded;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({type: "longtask", buffered: true});
  } catch (error) { /* no long-task timing in this browser */ }
})();
"""

# Resolves with performance.now() at the first animation frame after the page is drawn (see the module).
DRAWN = r"""
async ({since, expected, finished, timeout}) => {
  const inMain = (selector) => [...document.querySelectorAll("[data-testid='stMain'] " + selector)];
  const state = () => {
    const app = document.querySelector("[data-testid='stApp']");
    const charts = inMain("[data-testid='stPlotlyChart']");
    return {
      script: app ? app.getAttribute("data-test-script-state") : null,
      finished: window.__bench.frames.some((frame) => frame[0] >= since && frame[2] === finished),
      stale: inMain("[data-stale='true']").length,
      charts: charts.length,
      drawn: charts.filter((chart) => chart.querySelector(".main-svg")).length,
      metrics: inMain("[data-testid='stMetric']").length,
      tables: inMain("[data-testid='stDataFrame']").length + inMain("[data-testid='stTable']").length,
    };
  };
  const drawn = () => {
    const now = state();
    return now.script === "notRunning" && now.finished && now.stale === 0 && now.charts === expected.charts
      && now.drawn === expected.charts && now.metrics === expected.metrics && now.tables === expected.tables;
  };
  const started = performance.now();
  return await new Promise((resolve, reject) => {
    const check = () => {
      if (drawn()) {
        requestAnimationFrame(() => resolve(performance.now()));
      } else if (performance.now() - started > timeout) {
        reject(new Error("not drawn: " + JSON.stringify(state()) + " expected " + JSON.stringify(expected)));
      } else {
        requestAnimationFrame(check);
      }
    };
    check();
  });
}
"""

CLICK_LINK = r"""
(path) => {
  const link = [...document.querySelectorAll("[data-testid='stSidebarNav'] a")]
    .find((anchor) => new URL(anchor.href).pathname === path);
  if (!link) throw new Error("no navigation link to " + path);
  window.__bench.frames.length = 0;
  const started = performance.now();
  link.click();
  return started;
}
"""

CHOOSE_FIRST_OPTION = r"""
() => {
  const option = document.querySelector("[role='option']");
  window.__bench.frames.length = 0;
  const started = performance.now();
  option.click();
  return started;
}
"""


@dataclass(frozen=True)
class App:
    """One Streamlit app under test: its script, environment and command-line settings."""

    name: str
    script: str
    env: dict[str, str] = field(default_factory=dict)
    args: tuple[str, ...] = ()
    # what runs before "-m streamlit" (a test's recorder of outbound connections, say)
    python: tuple[str, ...] = ()
    # True: only the port on the command line, every other setting as .streamlit/config.toml has it
    as_configured: bool = False


@dataclass(frozen=True)
class Target:
    """One page to visit: its url path in both apps and what it draws."""

    url: str
    expected: dict[str, int]

    @property
    def path(self) -> str:
        return "/" if self.url == "overview" else f"/{self.url}"  # the overview is the start page


def free_port() -> int:
    """A TCP port on localhost that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def served(app: App, log_path: Path) -> Iterator[str]:
    """``streamlit run`` the app on a free local port (its output into ``log_path``); yield its address; stop it."""
    port = free_port()
    with open(log_path, "w") as log:
        options = () if app.as_configured else (
            "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false")
        process = subprocess.Popen(
            [sys.executable, *app.python, "-m", "streamlit", "run", str(ROOT / app.script), "--server.port", str(port),
             *options, *app.args],
            cwd=ROOT, env={**os.environ, **app.env}, stdout=log, stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:  # noqa: S310 - local
                        if response.status == 200:
                            break
                except OSError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{app.name} did not start: {log_path.read_text()[-2000:]}")
                time.sleep(0.3)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _sample(page: Any, started: float, target: Target) -> dict[str, Any]:
    done = page.evaluate(DRAWN, {"since": started, "expected": target.expected, "finished": SCRIPT_FINISHED_FIELD,
                                 "timeout": TIMEOUT_MS})
    page.wait_for_timeout(SETTLE_MS)
    frames, long_tasks = page.evaluate("() => [window.__bench.frames, window.__bench.longTasks]")
    sample: dict[str, Any] = {"ms": round(done - started, 1), **wire_counts(frames, started)}
    sample["long_ms"] = round(sum(duration for at, duration in long_tasks if at >= started), 1)
    return sample


def switch(page: Any, app: App, target: Target) -> dict[str, Any]:
    """Go to ``target`` inside the app as a user does; the sample of that action."""
    page.bring_to_front()
    if target.url == PERSON_VIEW and app.name != FLOOR:
        page.locator("[data-testid='stMain'] [data-testid='stSelectbox']").first.click()
        page.locator("[role='option']").first.wait_for()
        started = page.evaluate(CHOOSE_FIRST_OPTION)
    else:
        started = page.evaluate(CLICK_LINK, target.path)
    return _sample(page, started, target)


def fresh(context: Any, base: str, target: Target) -> dict[str, Any]:
    """Open ``target`` in a new tab; the sample from the start of the navigation."""
    page = context.new_page()
    try:
        page.goto(base + target.path, wait_until="commit")
        return _sample(page, 0.0, target)
    finally:
        page.close()


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def measure(apps: list[App], targets: list[Target], tries: int, logs: Path, browser: Any = None,
            fresh_loads: bool = True) -> dict[str, Any]:
    """Alternate the apps over every target, ``tries`` times; the raw samples and the load averages.
    ``browser``: a Playwright Chromium to use (else one is launched and closed); without ``fresh_loads``
    only the switches."""
    with ExitStack() as stack:
        if browser is None:
            playwright = stack.enter_context(sync_playwright())
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            stack.callback(browser.close)
        bases = {app.name: stack.enter_context(served(app, logs / f"{app.name}.log".replace("/", "_")))
                 for app in apps}
        context = browser.new_context(viewport=VIEWPORT)
        stack.callback(context.close)
        context.add_init_script(RECORDER)
        return _alternate(context, apps, bases, targets, tries, fresh_loads)


def _alternate(context: Any, apps: list[App], bases: dict[str, str], targets: list[Target],
               tries: int, fresh_loads: bool) -> dict[str, Any]:
    samples: dict[str, dict[str, dict[str, list]]] = {
        app.name: {target.url: {"switch": [], "fresh": []} for target in targets} for app in apps
    }
    loads = [_load()]
    started = datetime.now().strftime("%Y-%m-%d %H:%M")
    tabs = {}
    for app in apps:  # warm up: every page once in the tab, and one fresh load (the browser's cache)
        tab = tabs[app.name] = context.new_page()
        tab.goto(bases[app.name] + targets[0].path, wait_until="commit")
        _sample(tab, 0.0, targets[0])
        for target in targets[1:]:  # ends on the last page: the first try starts with a real switch
            switch(tab, app, target)
        fresh(context, bases[app.name], targets[0])
    for attempt in range(tries):
        for number, target in enumerate(targets):
            for app in apps if (attempt + number) % 2 == 0 else apps[::-1]:
                samples[app.name][target.url]["switch"].append(switch(tabs[app.name], app, target))
        for number, target in enumerate(targets):
            if target.url == PERSON_VIEW or not fresh_loads:
                continue  # the one-person view has no address of its own
            for app in apps if (attempt + number) % 2 == 0 else apps[::-1]:
                samples[app.name][target.url]["fresh"].append(fresh(context, bases[app.name], target))
        loads.append(_load())
        print(f"try {attempt + 1}/{tries} done, load {loads[-1]}", file=sys.stderr, flush=True)
    return {"samples": samples, "load_average": [min(loads), max(loads)], "loads": loads, "started": started}


def _apps(db: Path, folder: Path, capture: Path, ab: str | None) -> list[App]:
    def product(name: str, args: tuple[str, ...] = ()) -> App:
        copy = folder / f"{name.replace('/', '_')}.duckdb"  # DuckDB lets one process write a file
        shutil.copy(db, copy)
        return App(name, "app.py", {"COCKPIT_DB": str(copy)}, args)

    if ab:
        setting, _, values = ab.partition("=")
        first, _, second = values.partition(",")
        if not setting or not first or not second:
            raise SystemExit("--ab takes SETTING=A,B, e.g. runner.postScriptGC=true,false")
        names = [f"{setting}={first}", f"{setting}={second}"]
        if first == second:  # an A/A run: the harness's own noise and bias
            names[1] += " (again)"
        return [product(name, (f"--{setting}", value)) for name, value in zip(names, (first, second), strict=True)]
    return [product(PRODUCT), App(FLOOR, "pages/timing/floor.py", {"COCKPIT_FLOOR_CAPTURE": str(capture)})]


def _targets(capture: dict[str, Any], chosen: str | None) -> list[Target]:
    wanted = set(chosen.split(",")) if chosen else None
    if wanted and PERSON_VIEW in wanted:
        wanted.add(PERSON_PAGE)  # the person is chosen on that page
    return [Target(page["url"], count(page["items"])) for page in capture["pages"]
            if wanted is None or page["url"] in wanted]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--label", required=True)
    parser.add_argument("--tries", type=int, default=5)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--ab", help="SETTING=A,B: the product with two values of a Streamlit setting")
    parser.add_argument("--pages", help="only these url paths, comma-separated")
    parser.add_argument("--switch-only", action="store_true", help="no fresh loads")
    args = parser.parse_args()
    if sync_playwright is None:
        print("bench --browser needs Playwright (requirements-dev.txt; make test installs it)", file=sys.stderr)
        return 2
    if not Path(CHROMIUM).exists():
        print(f"bench --browser needs Chromium at {CHROMIUM} (apt-get install chromium, or set COCKPIT_CHROMIUM)",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix=f"cockpit-browser-{args.label}-") as name:
        folder = Path(name)
        capture_path = folder / "capture.json"
        apps = _apps(args.db, folder, capture_path, args.ab)  # copies of the workspace, before this process opens it
        capture = capture_workspace(args.db)
        capture_path.write_text(json.dumps(capture), encoding="utf-8")
        result = measure(apps, _targets(capture, args.pages), args.tries, folder, fresh_loads=not args.switch_only)
    args.out.write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
