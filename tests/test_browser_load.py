"""Load: ten people click through the pages while an eleventh imports 200,000 posts and undoes it.

Marked ``slow`` (deselected by default, it runs for minutes): ``python -m pytest -m slow
tests/test_browser_load.py -s`` (``COCKPIT_LOAD_SECONDS`` sets how long the ten sessions click,
240 by default). One Chromium, one context per session, each session clicking the next page in
the sidebar with a pause of 1–2 s; the health endpoint polled every 0.5 s throughout. It asserts
no error on any page, every health answer within 2 s, the import's report and its undo, and the
totals exact afterwards; the page switch times (median, 95th percentile) and the machine's load
are printed for docs/BENCHMARK.md.
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from browser import CHARTS_DRAWN, CHROMIUM_ARGS, RUN_DONE, require_chromium, streamlit_server
from command_line import cli
from ingest_helpers import write_csv

from analytics import store

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SESSIONS = 10
SECONDS = float(os.environ.get("COCKPIT_LOAD_SECONDS", "240"))
BASE_POSTS, IMPORT_POSTS = 20_000, 200_000
# sidebar label -> the page's heading
PAGES = {"Überblick": "Überblick", "Engagement": "Engagement", "Frequenz": "Posting-Frequenz",
         "Begleitung": "Begleitung: eine Person", "Vielfalt": "Vielfalt", "Inhalte": "Inhalte", "Wirkung": "Wirkung",
         "Briefing": "Briefing Corporate-Influencer-Programm", "Import": "Import & Verlauf",
         "Personen": "Personen", "Programm & Ziele": "Programm & Ziele", "Datenschutz": "Datenschutz & Betriebsrat"}
ERRORS = "[data-testid='stException'], [data-testid='stAlertContentError']"
TIMEOUT = 120_000
TILES = "[data-testid='stMain'] [data-testid='stMetric']"  # the overview's eight KPI tiles


def controlling_sheet(path: Path, first: int, posts: int) -> Path:
    """Posts ``first`` … ``first + posts - 1`` by 20 people over five years (about 150 bytes a post)."""
    header = ["Datum", "Uhrzeit", "Autor:in", "Link zum Beitrag", "Beitragstext", "Reaktionen", "Kommentare",
              "Reposts", "Impressionen"]
    rows = [[f"{1 + n % 28:02d}.{1 + n // 28 % 12:02d}.{2020 + n // 336 % 5}", "08:30", f"Person {n % 20:02d}",
             f"https://www.linkedin.com/feed/update/urn:li:activity:{7000000000000000000 + n}",
             f"Beitrag {n}: ein Tag in der Verwaltung.", n % 97, n % 13, n % 5, 1000 + n % 4000]
            for n in range(first, first + posts)]
    return write_csv(path, [header, *rows])


# The poll runs in a process of its own: in the test's process it would wait for the interpreter
# behind Playwright's traffic and measure that too
POLL = """
import sys, time, urllib.request
url = sys.argv[1]
began = time.monotonic()
while True:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as reply:
            ok = reply.status == 200
    except OSError:
        ok = False
    seconds = time.perf_counter() - started
    print(round(time.monotonic() - began - seconds, 2), round(seconds, 4) if ok else "-", flush=True)
    time.sleep(max(0.0, 0.5 - seconds))
"""


class Health:
    """Polls ``/_stcore/health`` every 0.5 s: when each poll was asked (seconds since the start)
    and how long the answer took (None: no answer within 2 s)."""

    def __init__(self, url: str) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", POLL, url], stdout=subprocess.PIPE, text=True)
        self.began = time.monotonic()
        self.polls: list[tuple[float, float | None]] = []

    def stop(self) -> None:
        self.process.terminate()
        out, _ = self.process.communicate(timeout=10)
        for line in out.splitlines():
            at, seconds = line.split()
            self.polls.append((float(at), None if seconds == "-" else float(seconds)))

    @property
    def answers(self) -> list[float | None]:
        return [seconds for _, seconds in self.polls]

    @property
    def late(self) -> list[float]:
        return [at for at, seconds in self.polls if seconds is None or seconds > 1]


async def _done(page) -> None:
    await page.wait_for_function(RUN_DONE, timeout=TIMEOUT)
    await page.wait_for_function(CHARTS_DRAWN, timeout=TIMEOUT)


async def _errors(page, where: str, found: list[str]) -> None:
    for text in await page.locator(ERRORS).all_inner_texts():
        found.append(f"{where}: {text[:300]}")


async def _clicker(browser, url: str, number: int, deadline: float, switches: list[float], found: list[str]) -> None:
    context = await browser.new_context(viewport={"width": 1440, "height": 900})
    page = await context.new_page()
    await page.goto(url)
    await _done(page)
    labels = list(PAGES)
    step = number  # the sessions start on different pages
    while time.monotonic() < deadline:
        await asyncio.sleep(random.uniform(1, 2))
        label = labels[step % len(labels)]
        step += 1
        started = time.perf_counter()
        await page.locator("[data-testid='stSidebarNav']").get_by_text(label, exact=True).click(timeout=TIMEOUT)
        await page.get_by_role("heading", name=PAGES[label]).first.wait_for(timeout=TIMEOUT)
        await _done(page)
        switches.append(time.perf_counter() - started)
        await _errors(page, f"session {number}, {label}", found)
    await context.close()


async def _tiles(page) -> dict[str, str]:
    """The overview's KPI tiles, label -> value (once the explanation below them is drawn)."""
    await page.wait_for_function(f"() => document.querySelectorAll({TILES!r}).length == 8", timeout=TIMEOUT)
    await _done(page)
    tiles = page.locator(TILES)
    return {await tile.locator("[data-testid='stMetricLabel']").inner_text():
            await tile.locator("[data-testid='stMetricValue']").inner_text() for tile in await tiles.all()}


async def _importer(browser, url: str, sheet: Path, log: dict, found: list[str]) -> None:
    """Upload the sheet on the import page, confirm it, then undo it from the history."""
    context = await browser.new_context(viewport={"width": 1440, "height": 900})
    page = await context.new_page()
    await page.goto(url)
    await _done(page)
    log["tiles_before"] = await _tiles(page)
    await asyncio.sleep(20)  # the ten sessions are clicking by now
    await page.goto(f"{url}/Import")
    await _done(page)
    started = time.perf_counter()
    await page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(sheet))
    confirm = page.get_by_role("button", name="Importieren bestätigen")
    await confirm.wait_for(timeout=300_000)
    log["checked_s"] = time.perf_counter() - started
    log["events"] = [("upload", time.monotonic() - log["checked_s"]), ("confirm", time.monotonic())]
    await confirm.click()
    await page.get_by_text(f"„{sheet.name}“ importiert: 200.000 Beiträge neu").first.wait_for(timeout=300_000)
    await _done(page)
    log["imported_s"] = time.perf_counter() - started
    log["events"].append(("imported", time.monotonic()))
    await _errors(page, "import", found)
    await asyncio.sleep(10)
    started = time.perf_counter()
    # a rerun keeps the elements of the run before until it replaces them: the button that counts
    # is the one the ticked box enables
    await page.get_by_text("Ja, diesen Import zurücknehmen").first.click(timeout=TIMEOUT)
    await page.get_by_role("button", name="Letzten Import rückgängig machen", disabled=False).first.click(
        timeout=TIMEOUT)
    await page.get_by_text(f"Der Import von „{sheet.name}“ wurde rückgängig gemacht.").wait_for(timeout=300_000)
    log["undone_s"] = time.perf_counter() - started
    log["events"].append(("undone", time.monotonic()))
    await _errors(page, "undo", found)
    await page.goto(url)
    await _done(page)
    log["tiles_after"] = await _tiles(page)
    await context.close()


async def _load(url: str, sheet: Path, log: dict, switches: list[float], found: list[str]) -> None:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=require_chromium(), args=CHROMIUM_ARGS)
        deadline = time.monotonic() + SECONDS
        await asyncio.gather(_importer(browser, url, sheet, log, found),
                             *(_clicker(browser, url, n, deadline, switches, found) for n in range(SESSIONS)))
        await browser.close()


def test_ten_sessions_and_an_import_of_200000_posts_with_its_undo(tmp_path: Path) -> None:
    db = tmp_path / "load.duckdb"
    base = controlling_sheet(tmp_path / "Controlling_Basis.csv", 0, BASE_POSTS)
    assert cli("import", "--db", db, base).code == 0
    sheet = controlling_sheet(tmp_path / "Controlling_2020-2024.csv", BASE_POSTS, IMPORT_POSTS)
    log: dict = {}
    switches: list[float] = []
    found: list[str] = []
    with streamlit_server(db) as url:
        health = Health(url)
        # async Playwright in a thread of its own: no event loop of pytest's or a sync Playwright's in the way
        runner = threading.Thread(target=lambda: log.update(error=_run(url, sheet, log, switches, found)))
        runner.start()
        runner.join()
        health.stop()
    load = os.getloadavg()
    answered = [s for s in health.answers if s is not None]
    quantiles = statistics.quantiles(switches, n=20) if len(switches) > 1 else [float("nan")] * 19
    print(f"\nload test: {SESSIONS} sessions for {SECONDS:.0f} s, {len(switches)} page switches, "
          f"median {statistics.median(switches):.2f} s, p95 {quantiles[18]:.2f} s, max {max(switches):.2f} s; "
          f"health: {len(health.answers)} polls, {len(health.answers) - len(answered)} without answer in 2 s, "
          f"slowest {max(answered):.3f} s; import checked in {log.get('checked_s', 0):.1f} s, imported in "
          f"{log.get('imported_s', 0):.1f} s, undone in {log.get('undone_s', 0):.1f} s; "
          f"load average at the end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print("health late or missing at (s):", health.late)
    print("import at (s):", [(name, round(at - health.began, 1)) for name, at in log.get("events", [])])
    with store.closing(store.connect(db)) as cur:
        totals = cur.execute("SELECT count(*), sum(reactions), sum(comments) FROM posts").fetchone()
        imports = cur.execute("SELECT file_name, undone FROM imports ORDER BY import_id").fetchall()
    print(f"errors shown: {found}; tiles before {log.get('tiles_before')}, after {log.get('tiles_after')}; "
          f"posts, reactions, comments afterwards: {totals}")
    assert log.get("error") is None, log["error"]
    assert found == []
    assert log["tiles_after"] == log["tiles_before"]
    # 20,000 posts, reactions n % 97 and comments n % 13 for n = 0 … 19,999, as before the import
    assert totals == (BASE_POSTS, sum(n % 97 for n in range(BASE_POSTS)), sum(n % 13 for n in range(BASE_POSTS)))
    assert imports == [("Controlling_Basis.csv", False), ("Controlling_2020-2024.csv", True)]
    assert len(answered) == len(health.answers) and max(answered) < 2


def _run(url: str, sheet: Path, log: dict, switches: list[float], found: list[str]) -> str | None:
    """The sessions' run; what went wrong as text (a timeout is a server that fell behind)."""
    try:
        asyncio.run(_load(url, sheet, log, switches, found))
    except Exception as exc:  # noqa: BLE001 - reported by the test with the figures so far
        return f"{type(exc).__name__}: {exc}"
    return None
