"""The browser benchmark's harness in a real Chromium (one try on a few pages of the demo): the browser reads
each WebSocket message's type as Streamlit does, and every switch of product and floor is drawn by one
script run. Times are recorded, never asserted (they live in docs/BENCHMARK.md)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from pages.timing import browser as harness
from pages.timing.capture import PERSON_VIEW, capture_workspace, count

pytestmark = pytest.mark.browser


def test_recorder_reads_each_message_type_as_streamlit_does(browser, demo_db: Path, tmp_path: Path) -> None:
    received: list[bytes] = []
    app = harness.App("product", "app.py", {"COCKPIT_DB": str(demo_db)})
    with harness.served(app, tmp_path / "product.log") as base:
        context = browser.new_context(viewport=harness.VIEWPORT)
        context.add_init_script(harness.RECORDER)
        page = context.new_page()
        page.on("websocket", lambda socket: socket.on("framereceived", lambda payload: received.append(payload)))
        page.goto(base + "/Engagement")
        page.wait_for_function(f"() => window.__bench.frames.some((frame) => frame[2] === {harness.SCRIPT_FINISHED_FIELD})",
                               timeout=120_000)
        page.wait_for_timeout(500)
        recorded = page.evaluate("() => window.__bench.frames")
        context.close()
    fields = ForwardMsg.DESCRIPTOR.fields_by_name
    expected = [(len(payload), fields[ForwardMsg.FromString(payload).WhichOneof("type")].number) for payload in received]
    assert [(size, kind) for _at, size, kind in recorded] == expected
    kinds = [kind for _size, kind in expected]
    assert kinds.count(harness.SCRIPT_FINISHED_FIELD) == 1 and kinds.count(5) > 10  # one run, its deltas


def test_one_try_of_product_and_floor(browser, demo_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "source.duckdb"
    shutil.copy(demo_db, source)
    capture_path = tmp_path / "capture.json"
    apps = harness._apps(source, tmp_path, capture_path, None)
    capture = capture_workspace(source)
    capture_path.write_text(json.dumps(capture), encoding="utf-8")
    targets = harness._targets(capture, f"overview,Engagement,{PERSON_VIEW}")
    assert [target.url for target in targets] == ["overview", "Engagement", "Begleitung", PERSON_VIEW]
    assert targets[1].expected == count(next(page for page in capture["pages"] if page["url"] == "Engagement")["items"])

    result = harness.measure(apps, targets, tries=1, logs=tmp_path, browser=browser)

    low, high = result["load_average"]
    assert 0 <= low <= high
    for app in ("product", "floor"):
        for target in targets:
            (switched,) = result["samples"][app][target.url]["switch"]
            assert switched["ms"] > 0 and switched["runs"] == 1  # drawn by exactly one script run
            fresh = result["samples"][app][target.url]["fresh"]
            assert len(fresh) == (0 if target.url == PERSON_VIEW else 1)
            assert all(sample["runs"] == 1 and sample["ms"] > 0 for sample in fresh)
    engagement = {app: result["samples"][app]["Engagement"]["switch"][0] for app in ("product", "floor")}
    # the floor sends the page's five tiles, four charts and one table, the product also its title, captions,
    # widgets, banner and sidebar
    assert engagement["floor"]["deltas"] >= 10
    assert engagement["product"]["deltas"] > engagement["floor"]["deltas"]
    assert result["samples"]["floor"]["Begleitung"]["switch"][0]["deltas"] == 0  # nothing to draw before a choice
