"""Layouts that hold, in Debian's Chromium: on a lead's own 2024 data and on the
demo, at 1280×720 (and the briefing also at 1440×900 and 1920×1080, German and English), no KPI
tile's value or label is cut (an element's scroll width larger than its box), no button label is
cut, and no two texts of a briefing chart overlap. Screenshots go to artifacts/screenshots."""

from __future__ import annotations

import pytest
from browser import screenshot, streamlit_server, wait_for_app
from fixtures import build_demo, build_own_2024

pytestmark = pytest.mark.browser

PAGES = ("overview", "Engagement", "Frequenz", "Begleitung", "Vielfalt", "Inhalt", "Wirkung", "Publikum", "Briefing",
         "Import", "Personen", "Programm", "Datenschutz")
WITH_TILES = ("overview", "Engagement", "Frequenz", "Wirkung", "Briefing")
# Every text box of a tile and of a button whose content is wider than the box (an ellipsis "…").
CUT = """() => [...document.querySelectorAll(
        "[data-testid='stMetric'] [data-testid='stMarkdownContainer'], [data-testid='stMain'] button p")]
    .filter(e => e.clientWidth > 0 && e.scrollWidth > e.clientWidth).map(e => e.innerText)"""
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
def demo_app(tmp_path_factory):
    with streamlit_server(build_demo(tmp_path_factory.mktemp("demo") / "demo.duckdb")) as url:
        yield url


def _open(browser, url: str, width: int, height: int):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url)
    wait_for_app(page, 90_000)
    return page


@pytest.mark.parametrize("workspace", ["own", "demo"])
def test_no_tile_or_button_is_cut_at_1280(browser, own_app, demo_app, workspace) -> None:
    url = own_app if workspace == "own" else demo_app
    for name in PAGES:
        page = _open(browser, f"{url}/{name}", 1280, 720)
        if name in WITH_TILES:  # the check below would pass on a page not drawn yet
            page.locator("[data-testid='stMetric']").first.wait_for(timeout=90_000)
        tiles = page.locator("[data-testid='stMetric']").count()
        assert page.evaluate(CUT) == [], (workspace, name)
        screenshot(page, f"layout_{workspace}_{name}_1280")
        page.close()
        if name == "Briefing":
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
        assert page.evaluate(OVERLAPS) == [], (workspace, width, lang)
        page.close()


def test_screenshot_view(browser, demo_app) -> None:
    page = _open(browser, f"{demo_app}/Briefing?view=screenshot", 1920, 1080)
    page.wait_for_function("() => document.querySelectorAll(\"[data-testid='stMetric']\").length >= 6"
                           " && document.querySelectorAll(\"[data-testid='stPlotlyChart'] .main-svg\").length >= 4",
                           timeout=90_000)
    assert page.locator("[data-testid='stMetric']").count() == 6
    assert page.locator("[data-testid='stPlotlyChart']").count() == 4
    assert page.locator("[data-testid='stDownloadButton']").count() == 0
    # the sidebar is collapsed: its content is out of the picture
    assert not page.locator("[data-testid='stSidebarUserContent']").is_visible()
    assert page.evaluate(CUT) == [] and page.evaluate(OVERLAPS) == []
    screenshot(page, "briefing_screenshot_view_1920")
    page.close()
