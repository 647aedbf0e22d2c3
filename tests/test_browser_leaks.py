"""In a real browser, planted Markdown and HTML reach no outside server and make no link.

A local beacon HTTP server on 127.0.0.1 stands for the outside server: every imported field,
``?hashtag=`` and ``COCKPIT_ORG`` point images at it. It must receive no request while every
page is opened, and no element may link anywhere the planted text names.
"""

from __future__ import annotations

import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote

import pytest
from browser import streamlit_server, wait_for_app
from playwright.sync_api import expect
from test_browser import PAGE_PATHS
from test_leaks import plant, planted

pytestmark = pytest.mark.browser

# Every href / src in the page (HTML and SVG, as Plotly draws links as SVG <a xlink:href>).
LINKS = """() => Array.from(document.querySelectorAll('*')).flatMap(node =>
    ['href', 'src', 'xlink:href'].map(name => node.getAttribute(name)).filter(Boolean))"""


class Beacon(BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        Beacon.requests.append(self.path)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def beacon():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Beacon)
    Beacon.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_no_page_contacts_the_beacon_or_links_out(browser, beacon, demo_template, tmp_path) -> None:
    db = tmp_path / "planted.duckdb"
    shutil.copy(demo_template, db)
    text = planted(beacon)
    plant(db, text)
    with streamlit_server(db, {"COCKPIT_ORG": text}) as url:
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        for path in PAGE_PATHS:
            # planted names also as chosen people in the sidebar (its chips show their names)
            query = f"?hashtag={quote(text)}" if path == "Inhalt" else "?pseudonym=1&pseudonym=2"
            page.goto(f"{url}/{path}{query}")
            wait_for_app(page)
            page.wait_for_timeout(1500)  # charts and images load after the script run
            links = page.evaluate(LINKS)
            assert not [link for link in links if "evil.example" in link or beacon in link], path
            assert not [link for link in links if link.lower().startswith("javascript:")], path
            if "pseudonym=" in query:  # chosen people open the sidebar's filters by themselves: their chips show
                expect(page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").first).to_be_visible()
            links = page.evaluate(LINKS)
            assert not [link for link in links if "evil.example" in link or beacon in link], path
            if path in ("Frequenz", "Inhalt", "Briefing", "Import"):  # the planted text is shown, as text
                shown = page.inner_text("[data-testid='stMain']").replace("\u2060", "")  # word joiners are invisible
                assert f"![i]({beacon}/markdown.png)" in shown, path
        page.close()
    assert Beacon.requests == []
