"""Layouts that hold, in Debian's Chromium: on a lead's own 2024 data, the patchwork of sources and the
demo, on every page at 1280×720 (and the briefing also at 1440×900 and 1920×1080, German and English), no
KPI tile's value or label, button label or chart text is cut (an element's scroll width larger than its box,
a chart text outside its chart), and no two texts of a briefing chart overlap; the briefing's screenshot
view is one screen at 1280×720 and 1920×1080 with no text under 11 px. Screenshots go to
artifacts/screenshots."""

from __future__ import annotations

import pytest
from browser import CHARTS_DRAWN, screenshot, streamlit_server, wait_for_app
from fixtures import build_demo, build_own_2024, build_patchwork
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PAGES = ("overview", "Engagement", "Frequenz", "Begleitung", "Vielfalt", "Inhalt", "Wirkung", "Publikum", "Briefing",
         "Erste_Schritte", "Import", "Personen", "Programm", "Datenschutz")
WITH_TILES = ("overview", "Engagement", "Frequenz", "Wirkung", "Briefing")
# Every text box of a tile and of a button whose content is wider than the box (an ellipsis "…").
CUT = """() => [...document.querySelectorAll(
        "[data-testid='stMetric'] [data-testid='stMarkdownContainer'], [data-testid='stMain'] button p")]
    .filter(e => e.clientWidth > 0 && e.scrollWidth > e.clientWidth).map(e => e.innerText)"""
# Texts of a chart that reach outside the chart (a title or label cut at its edge).
OUTSIDE = """() => [...document.querySelectorAll("[data-testid='stPlotlyChart'] svg.main-svg")].flatMap(svg => {
  const box = svg.getBoundingClientRect();
  return [...svg.querySelectorAll("text")].filter(e => e.textContent.trim()).filter(e => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1
                           || r.bottom > box.bottom + 1);
  }).map(e => e.textContent.trim());
})"""
# The smallest text in the main area, in screen pixels: every element with text of its own, and every
# text of the charts' SVG at its drawn scale.
SMALLEST_FONT = """() => {
  let smallest = [99, ""];
  for (const e of document.querySelectorAll("[data-testid='stMain'] *")) {
    if (![...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    const r = e.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    let size = parseFloat(getComputedStyle(e).fontSize);
    const m = e instanceof SVGGraphicsElement ? e.getScreenCTM() : null;
    if (m) size *= Math.hypot(m.a, m.b);
    if (size < smallest[0]) smallest = [size, e.textContent.trim().slice(0, 40)];
  }
  return smallest;
}"""
# The bottom of the screenshot view's screen, in the window's pixels.
SCREEN_BOTTOM = """() => document.querySelector(".st-key-briefing_screen").getBoundingClientRect().bottom"""
# Pairs of distinct texts in one chart whose boxes overlap by more than 2 px each way.
OVERLAPS = """() => {
  const found = [];
  for (const chart of document.querySelectorAll("[data-testid='stPlotlyChart']")) {
    const boxes = [...chart.querySelectorAll("svg text")].filter(e => e.textContent.trim())
      .map(e => ({text: e.textContent.trim(), r: e.getBoundingClientRect()})).filter(b => b.r.width > 0);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].r, b = boxes[j].r;
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 2 && y > 2) found.push(boxes[i].text + " × " + boxes[j].text);
    }
  }
  return found;
}"""


@pytest.fixture(scope="module")
def own_app(tmp_path_factory):
    with streamlit_server(build_own_2024(tmp_path_factory.mktemp("own") / "own.duckdb")) as url:
        yield url


@pytest.fixture(scope="module")
def patchwork_app(tmp_path_factory):
    with streamlit_server(build_patchwork(tmp_path_factory.mktemp("patchwork") / "patchwork.duckdb")) as url:
        yield url


@pytest.fixture(scope="module")
def demo_app(tmp_path_factory):
    with streamlit_server(build_demo(tmp_path_factory.mktemp("demo") / "demo.duckdb")) as url:
        yield url


def _open(browser, url: str, width: int, height: int):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url)
    wait_for_app(page, 90_000)
    return page


@pytest.mark.parametrize("workspace", ["own", "patchwork", "demo"])
def test_nothing_is_cut_at_1280(browser, own_app, patchwork_app, demo_app, workspace) -> None:
    url = {"own": own_app, "patchwork": patchwork_app, "demo": demo_app}[workspace]
    for name in PAGES:
        # German on every page; English, whose words are other lengths, on every second one (run time)
        for lang in ("de", "en") if PAGES.index(name) % 2 == 0 else ("de",):
            page = _open(browser, f"{url}/{name}" + ("?lang=en" if lang == "en" else ""), 1280, 720)
            if name in WITH_TILES:  # the check below would pass on a page not drawn yet
                page.locator("[data-testid='stMetric']").first.wait_for(timeout=90_000)
            if name == "Briefing" and workspace != "patchwork":  # every tile drawn, not only the first
                expect(page.locator("[data-testid='stMetric']")).to_have_count(
                    5 if workspace == "own" else 6, timeout=90_000)  # no tile "Ergebnisse 0" without outcomes
            tiles = page.locator("[data-testid='stMetric']").count()
            assert page.evaluate(CUT) == [], (workspace, name, lang)
            assert page.evaluate(OUTSIDE) == [], (workspace, name, lang)
            screenshot(page, f"layout_{workspace}_{name}_{lang}_1280")
            page.close()
            if name == "Briefing" and workspace != "patchwork":
                assert tiles == (5 if workspace == "own" else 6)  # no tile "Ergebnisse 0" without outcomes


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1440, 900), (1920, 1080)])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_briefing_holds_at_every_size(browser, own_app, demo_app, width, height, lang) -> None:
    for workspace, url in (("own", own_app), ("demo", demo_app)):
        query = "?lang=en" if lang == "en" else ""
        page = _open(browser, f"{url}/Briefing{query}", width, height)
        page.locator("[data-testid='stMetric']").first.wait_for(timeout=90_000)
        page.wait_for_function("() => document.querySelectorAll(\"[data-testid='stPlotlyChart'] .main-svg\").length >= 3")
        assert page.evaluate(CUT) == [], (workspace, width, lang)
        assert page.evaluate(OUTSIDE) == [], (workspace, width, lang)
        assert page.evaluate(OVERLAPS) == [], (workspace, width, lang)
        page.close()


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1920, 1080)])
def test_screenshot_view_is_one_screen(browser, demo_app, patchwork_app, width, height) -> None:
    """Key figures, four charts and one line of source inside the window, without scrolling, no text under
    11 px at 1280 × 720 (nor at 1920 × 1080), in both languages, on the demo and on the patchwork."""
    for workspace, url in (("demo", demo_app), ("patchwork", patchwork_app)):
        for lang in ("de", "en"):
            page = _open(browser, f"{url}/Briefing?view=screenshot" + ("&lang=en" if lang == "en" else ""),
                         width, height)
            where = (workspace, lang, width)
            # the run has ended, but React may mount the last chart a moment later (Plotly's code is
            # loaded lazily): wait for the four, each drawn, before measuring the screen
            expect(page.locator(".st-key-briefing_screen [data-testid='stPlotlyChart']")).to_have_count(
                4, timeout=90_000)
            expect(page.locator(".st-key-briefing_screen [data-testid='stPlotlyChart'] svg.main-svg").first
                   ).to_be_visible(timeout=90_000)
            page.wait_for_function(CHARTS_DRAWN, timeout=90_000)
            page.wait_for_function("() => document.querySelectorAll(\"[data-testid='stMetric']\").length >= 5",
                                   timeout=90_000)
            assert page.locator("[data-testid='stDownloadButton']").count() == 0, where
            # the sidebar is collapsed: its content is out of the picture
            assert not page.locator("[data-testid='stSidebarUserContent']").is_visible(), where
            assert page.evaluate(SCREEN_BOTTOM) <= height, where
            smallest, text = page.evaluate(SMALLEST_FONT)
            assert smallest >= 11, (where, text)
            assert page.evaluate(CUT) == [] and page.evaluate(OUTSIDE) == [] and page.evaluate(OVERLAPS) == [], where
            screenshot(page, f"briefing_screenshot_view_{workspace}_{lang}_{width}")
            page.close()
