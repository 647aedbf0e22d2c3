"""In a real browser, every page in both languages, the briefing and the screenshot view load
everything from the app itself: no request to another host, the tab icon included.

Three ways of seeing a request: the browser's context sends whatever does not go to the app
(127.0.0.1, exempted from the proxy) to a local proxy that writes it down
and refuses it, so requests the page's scripts never see (the tab icon) are caught too;
Playwright reports every request the pages make; and no address in the page (``href``,
``src``, the tab icon's link) points elsewhere. The server itself runs under
tests/outbound.py: it reaches for no outside address while the pages are shown.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from browser import CHROMIUM_ARGS, require_chromium, streamlit_server, wait_for_app
from outbound import outside
from test_browser import PAGE_PATHS

pytestmark = pytest.mark.browser

# Every address in the page: attributes of HTML and SVG elements, the tab icon's link.
ADDRESSES = """() => Array.from(document.querySelectorAll('*')).flatMap(node =>
    ['href', 'src', 'xlink:href', 'srcset', 'poster', 'data'].map(name => node.getAttribute(name)).filter(Boolean))"""
TAB_ICON = """() => (document.querySelector("link[rel~='icon']") || {}).href || ''"""
VIEWS = [f"{path}?lang={lang}" for lang in ("de", "en") for path in PAGE_PATHS] + [
    "Briefing?view=screenshot", "Briefing?view=screenshot&lang=en", "overview?view=screenshot"]


class _Outside(BaseHTTPRequestHandler):
    """A proxy that writes down every request sent through it and passes none on."""

    seen: list[str] = []

    def _refuse(self) -> None:
        _Outside.seen.append(f"{self.command} {self.path}")
        self.send_response(403)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = do_HEAD = do_PUT = do_DELETE = do_OPTIONS = do_CONNECT = _refuse  # noqa: N815

    def log_message(self, *args) -> None:
        pass


@contextmanager
def outside_proxy() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Outside)
    _Outside.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _elsewhere(address: str, app: str) -> bool:
    """True for an address that would load from another host than the app."""
    parts = urlsplit(address)
    if parts.scheme in ("", "data", "blob", "about", "javascript") and not address.startswith("//"):
        return False  # relative to the app, or inline (javascript: links are test_browser_leaks' concern)
    return f"{parts.scheme}://{parts.netloc}" != app


@pytest.fixture
def quiet_browser(browser):
    """Chromium without its own autofill service, which asks Google about the form fields of any
    page with a text input: the browser's traffic, not the app's (an IT department switches it
    off by policy), and it would hide what the app loads."""
    launched = browser.browser_type.launch(executable_path=require_chromium(),
                                           args=[*CHROMIUM_ARGS, "--disable-features=AutofillServerCommunication"])
    yield launched
    launched.close()


def test_no_page_loads_anything_from_another_host(quiet_browser, demo_db: Path, tmp_path: Path) -> None:
    log = tmp_path / "server-outbound.jsonl"
    with outside_proxy() as proxy, streamlit_server(demo_db, record_outbound=log) as url:
        context = quiet_browser.new_context(proxy={"server": proxy, "bypass": "127.0.0.1"},
                                            viewport={"width": 1440, "height": 900})
        requested: list[str] = []
        context.on("request", lambda request: requested.append(request.url))
        page = context.new_page()
        pointing_out: dict[str, list[str]] = {}
        icons = set()
        for view in VIEWS:
            page.goto(f"{url}/{view}")
            wait_for_app(page)
            page.wait_for_timeout(1500)  # images, fonts and the tab icon load after the script run
            icons.add(page.evaluate(TAB_ICON))
            links = [address for address in page.evaluate(ADDRESSES) if _elsewhere(address, url)]
            if links:
                pointing_out[view] = links
        context.close()
    assert pointing_out == {}
    assert [address for address in requested if _elsewhere(address, url)] == []
    assert _Outside.seen == []
    # the tab icon is the app's own, inline (an SVG in a data: URL)
    assert len(icons) == 1 and next(iter(icons)).startswith("data:image/svg+xml")
    assert outside(log) == []
