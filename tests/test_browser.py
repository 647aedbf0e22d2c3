"""End-to-end in a real browser: Debian's Chromium drives the running app."""

from __future__ import annotations

import csv
import time

import pytest
from browser import ROOT, metric_value, screenshot, streamlit_server, wait_for_app

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def fresh_app(tmp_path_factory):
    db = tmp_path_factory.mktemp("browser") / "workspace.duckdb"
    with streamlit_server(db) as url:
        yield url, db


def test_first_start_shows_the_demo_overview_in_german(browser, fresh_app) -> None:
    url, _ = fresh_app
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(url)
    wait_for_app(page)
    assert page.get_by_role("heading", name="Überblick").is_visible()
    assert metric_value(page, "Beiträge") == "326"
    assert metric_value(page, "Reaktionen") == "15.496"
    assert page.get_by_text("Demo-Kohorte").is_visible()
    screenshot(page, "overview")
    page.close()


def test_language_switch_and_pseudonymise(browser, fresh_app) -> None:
    url, _ = fresh_app
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(url)
    wait_for_app(page)
    page.locator("[data-testid='stSidebar']").get_by_text("English", exact=True).click()
    wait_for_app(page)
    assert page.get_by_role("heading", name="Overview").is_visible()
    assert metric_value(page, "Reactions") == "15,496"
    assert "lang=en" in page.url
    screenshot(page, "overview_en")
    page.get_by_text("Pseudonymise names").click()
    wait_for_app(page)
    assert "pseudo=true" in page.url
    page.close()


def test_a_shared_link_reopens_the_view(browser, fresh_app) -> None:
    url, _ = fresh_app
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(f"{url}/?lang=en&from=2023-03-01&to=2023-03-31")
    wait_for_app(page)
    assert page.get_by_role("heading", name="Overview").is_visible()
    assert int(metric_value(page, "Posts")) < 326
    page.close()


def test_a_deep_link_right_after_start_gets_the_whole_app(browser, tmp_path) -> None:
    """Right after a server start Streamlit may run a pages/ file on its own; it must not."""
    with streamlit_server(tmp_path / "cold.duckdb") as url:
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(f"{url}/Engagement")
        wait_for_app(page)
        assert page.get_by_role("heading", name="Engagement").first.is_visible()
        assert page.get_by_text("Namen pseudonymisieren").is_visible()  # the shared sidebar is there
        assert page.get_by_text("Page not found").count() == 0
        page.close()


PAGE_PATHS = ["", "Engagement", "Frequenz", "Vielfalt", "Inhalt", "Wirkung", "Briefing", "Import"]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_page_in_both_languages(browser, fresh_app, lang) -> None:
    """Every page renders without an error box in each language; its screenshot is kept."""
    url, _ = fresh_app
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    for path in PAGE_PATHS:
        page.goto(f"{url}/{path}?lang={lang}")
        wait_for_app(page)
        page.wait_for_timeout(1500)  # charts draw after the script run
        assert page.locator("[data-testid='stException']").count() == 0, path
        problem = "konnte nicht angezeigt werden" if lang == "de" else "could not be shown"
        assert page.get_by_text(problem).count() == 0, path
        assert page.locator("[data-testid='stSidebar']").get_by_text(
            "Sprache" if lang == "de" else "Language", exact=True).is_visible(), path
        screenshot(page, f"{(path or 'overview').lower()}_{lang}")
    page.close()


def test_the_selection_follows_the_user_across_pages(browser, fresh_app) -> None:
    url, _ = fresh_app
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(f"{url}/?lang=en&pseudo=true&from=2023-02-01&to=2023-04-30")
    wait_for_app(page)
    page.locator("[data-testid='stSidebarNav']").get_by_text("Engagement").click()
    wait_for_app(page)
    page.wait_for_timeout(1500)
    assert page.get_by_role("heading", name="Engagement").first.is_visible()
    for part in ("lang=en", "pseudo=true", "from=2023-02-01", "to=2023-04-30"):
        assert part in page.url
    content = page.content()
    assert "Person 0" in content
    # the app holds the workspace open, so the demo roster is read from its CSV
    with open(ROOT / "data" / "demo" / "influencers.csv", encoding="utf-8") as handle:
        names = [row["name"] for row in csv.DictReader(handle)]
    assert not any(name in content for name in names)
    page.close()


def test_a_new_user_downloads_the_one_pager_within_a_minute(browser, fresh_app, tmp_path) -> None:
    """From the start page to a downloaded HTML briefing; it opens offline and names nobody."""
    url, _ = fresh_app
    started = time.monotonic()
    context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.goto(url)
    wait_for_app(page)
    page.locator("[data-testid='stSidebarNav']").get_by_text("Briefing").click()
    wait_for_app(page)
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="HTML (eine Datei, offline lesbar)").click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    elapsed = time.monotonic() - started
    assert elapsed < 60, f"{elapsed:.0f} s"
    assert target.suffix == ".html"
    html_text = target.read_text(encoding="utf-8")
    assert "326 Beiträge" in html_text and "15.496" in html_text
    with open(ROOT / "data" / "demo" / "influencers.csv", encoding="utf-8") as handle:
        names = [row["name"] for row in csv.DictReader(handle)]
    assert not any(name in html_text for name in names)
    # offline: every request other than the file itself is blocked, and the charts still draw
    offline = context.new_page()
    offline.route("**/*", lambda route: route.abort() if not route.request.url.startswith("file:") else route.continue_())
    offline.goto(target.as_uri())
    offline.wait_for_selector(".plotly .main-svg", timeout=30_000)
    assert offline.locator(".js-plotly-plot").count() == 4
    context.close()
