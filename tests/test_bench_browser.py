"""The browser benchmark's parts without a browser: reading the WebSocket's messages, the statistics and the
table (analytics.browser_bench), the capture of what a page draws and the floor that draws it again
(pages.timing.capture, pages.timing.floor), and the command line's refusals. No timing is asserted."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.testing.v1 import AppTest

from analytics import browser_bench as bb
from pages.timing.capture import capture_node, capture_workspace, count

ROOT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------- the WebSocket's messages
def test_the_counted_fields_are_streamlits() -> None:
    fields = ForwardMsg.DESCRIPTOR.fields_by_name
    assert fields["delta"].number == bb.DELTA_FIELD == 5
    assert fields["script_finished"].number == bb.SCRIPT_FINISHED_FIELD == 6
    assert (fields["hash"].number, fields["metadata"].number) == (1, 2)  # the fields the browser skips


def test_wire_counts_from_the_action_on() -> None:
    frames = [
        (90.0, 1000, 5),  # before the click: not counted
        (100.0, 400, 4),  # new_session
        (112.5, 300, 5), (130.0, 700, 5), (140.0, 50, 23),
        (180.0, 44, 6),  # the run finished 80 ms after the click
        (600.0, 44, 6),  # a second, redundant run
    ]
    assert bb.wire_counts(frames, since=100.0) == {
        "runs": 2, "deltas": 2, "bytes": 400 + 300 + 700 + 50 + 44 + 44, "messages": 6, "finished_ms": 80.0,
    }
    assert bb.wire_counts([(5.0, 10, 5)], since=0.0)["finished_ms"] is None  # no run finished


# ---------------------------------------------------------------- statistics and table
def _samples(times: list[float], deltas: int = 10) -> list[dict]:
    return [{"ms": ms, "runs": 1, "deltas": deltas, "bytes": 2048, "finished_ms": ms / 4, "long_ms": ms / 2}
            for ms in times]


def test_summarise_medians_and_minimum() -> None:
    summary = bb.summarise(_samples([300.0, 100.0, 400.0, 200.0]))
    assert summary["n"] == 4
    assert summary["median_ms"] == 250.0 and summary["min_ms"] == 100.0
    assert summary["runs"] == 1 and summary["deltas"] == 10 and summary["bytes"] == 2048
    assert summary["finished_ms"] == 62.5  # the median of 75, 25, 100, 50
    assert summary["long_ms"] == 125.0
    assert bb.summarise([{"ms": 5.0, "finished_ms": None}])["finished_ms"] is None


def test_compare_gives_product_over_floor() -> None:
    samples = {
        "product": {"Engagement": {"switch": _samples([300.0, 200.0, 400.0], deltas=49), "fresh": _samples([900.0])},
                    "Begleitung-Person": {"switch": _samples([150.0]), "fresh": []}},
        "floor": {"Engagement": {"switch": _samples([100.0, 150.0, 200.0], deltas=11), "fresh": _samples([600.0])},
                  "Begleitung-Person": {"switch": _samples([100.0]), "fresh": []}},
    }
    pages = bb.compare(samples)
    switch = pages["Engagement"]["switch"]
    assert switch["ratio_median"] == 2.0  # 300 / 150
    assert switch["ratio_min"] == 2.0  # 200 / 100
    assert switch["product"]["deltas"] == 49 and switch["floor"]["deltas"] == 11
    assert pages["Engagement"]["fresh"]["ratio_median"] == 1.5
    assert set(pages["Begleitung-Person"]) == {"switch"}  # no address: no fresh load
    table = bb.markdown_table(pages)
    assert "| Engagement | 300 / 200 | 150 / 100 | **2.00** / 2.00 | 900 / 900 | 600 / 600 | **1.50** / 1.50 " \
           "| 1 / 1 | 49 / 11 | 2 / 2 |" in table
    assert "| Begleitung-Person | 150 / 150 | 100 / 100 | **1.50** / 1.50 | – | – | – |" in table
    # Engagement: a chart page, switch 2.0 > 1.3, fresh 1.5 > 1.15; the person view: a page of widgets, 1.5 ≤ 1.8
    assert table.splitlines()[2].endswith("| ✗ / ✗ |") and table.splitlines()[3].endswith("| ✓ / – |")


def test_targets_of_chart_and_widget_pages() -> None:
    row = {"switch": {"ratio_median": 1.5}, "fresh": {"ratio_median": 1.15}}
    assert bb.targets_met("Engagement", row) == "✗ / ✓"  # 1.5 > 1.3
    assert bb.targets_met("Import", row) == "✓ / ✓"  # 1.5 ≤ 1.8
    assert bb.targets_met("Frequenz", {"switch": {"ratio_median": 1.3}}) == "✓ / –"


def test_scaling_from_one_workspace_to_the_next() -> None:
    def workspace(name: str, switch_ms: float, fresh_ms: float) -> dict:
        return {"workspace": name, "pages": bb.compare({
            "product": {"Frequenz": {"switch": _samples([switch_ms]), "fresh": _samples([fresh_ms])}},
            "floor": {"Frequenz": {"switch": _samples([100.0]), "fresh": _samples([100.0])}}})}

    table = bb.scaling_table(workspace("10000", 500.0, 2000.0), workspace("200000", 650.0, 2200.0))
    assert "| Frequenz | 500 | 650 | 1.30 ✗ | 2,000 | 2,200 | 1.10 ✓ |" in table  # 30 % slower, 10 % slower


def test_compare_of_an_ab_run_is_b_over_a() -> None:
    samples = {"gc=true": {"overview": {"switch": _samples([700.0]), "fresh": []}},
               "gc=false": {"overview": {"switch": _samples([560.0]), "fresh": []}}}
    assert bb.compare(samples, baseline="gc=true")["overview"]["switch"]["ratio_median"] == 0.8
    assert bb.ratio(1.0, 0) is None and bb.ratio(None, 2.0) is None


def test_report_names_the_load_beside_each_workspace() -> None:
    pages = bb.compare({"product": {"overview": {"switch": _samples([200.0]), "fresh": _samples([900.0])}},
                        "floor": {"overview": {"switch": _samples([100.0]), "fresh": _samples([800.0])}}})
    text = bb.report({"workspaces": [{"workspace": "demo", "posts": 326, "tries": 1, "started": "2026-12-07 05:00",
                                      "load_average": [1.24, 2.5], "apps": ["product", "floor"], "pages": pages}]})
    assert "**demo** (326 posts, 1 tries, started 2026-12-07 05:00, 1-minute load average 1.2–2.5)" in text
    assert "| overview | 200 / 200 | 100 / 100 | **2.00** / 2.00 | 900 / 900 | 800 / 800 | **1.12** / 1.12 |" in text


# ---------------------------------------------------------------- capture and floor
def _drawing_script() -> None:
    import pandas as pd
    import plotly.graph_objects as go
    import streamlit as st

    st.title("Not captured")
    with st.container(horizontal=True, gap="small"):
        st.metric("Beiträge", "326", "+12 %", help="Anzahl", border=True)
        st.metric("Rate", "3,1 %", "-0,2 Pp.", delta_color="inverse", border=True)
    st.plotly_chart(go.Figure(go.Bar(x=["a", "b"], y=[3, 4])), theme=None, config={"locale": "de"})
    left, right = st.columns([2, 1])
    left.plotly_chart(go.Figure(go.Scatter(x=[1, 2], y=[5, 6])), theme=None)
    right.button("Not captured")
    with st.expander("Tabelle"):
        st.dataframe(pd.DataFrame({"Name": ["A", "B"], "Beiträge": [3, 5]}), hide_index=True,
                     column_config={"Beiträge": st.column_config.NumberColumn("Posts")})
    first, second = st.tabs(["Eins", "Zwei"])
    first.table(pd.DataFrame({"Ziel": ["x"], "Stand": ["y"]}))
    second.caption("Not captured")
    st.columns(3)  # empty columns: left out


def _frame(body: dict):
    with pa.ipc.open_stream(base64.b64decode(body["arrow"])) as reader:
        return reader.read_pandas()


def test_capture_keeps_the_drawn_things_and_their_containers() -> None:
    at = AppTest.from_function(_drawing_script).run()
    items = capture_node(at.main)
    assert [next(iter(item)) for item in items] == ["row", "chart", "columns", "expander", "tabs"]
    tiles = items[0]["row"]
    assert tiles[0] == {"metric": {"label": "Beiträge", "value": "326", "delta": "+12 %", "delta_color": "green",
                                   "delta_arrow": "up", "help": "Anzahl", "border": True}}
    assert tiles[1]["metric"]["delta_color"] == "green" and tiles[1]["metric"]["delta_arrow"] == "down"  # inverse
    chart = items[1]["chart"]
    assert chart["spec"]["data"][0]["y"] == [3, 4] and chart["config"] == {"locale": "de"} and chart["theme"] == ""
    columns = items[2]["columns"]
    assert columns["weights"] == pytest.approx([2 / 3, 1 / 3]) and columns["cells"][1] == []
    assert columns["cells"][0][0]["chart"]["spec"]["data"][0]["y"] == [5, 6]
    table = items[3]["expander"]["items"][0]["table"]
    assert items[3]["expander"]["label"] == "Tabelle" and items[3]["expander"]["expanded"] is False
    assert table["static"] is False and table["hide_index"] is True
    assert table["columns"]["Beiträge"]["label"] == "Posts"
    assert _frame(table)["Beiträge"].tolist() == [3, 5]
    tabs = items[4]["tabs"]
    assert tabs["labels"] == ["Eins", "Zwei"] and tabs["cells"][1] == []
    assert tabs["cells"][0][0]["table"]["static"] is True
    assert count(items) == {"charts": 2, "metrics": 2, "tables": 2}
    json.dumps(items)  # the capture is JSON


def _floor_script(path: str) -> None:
    import json
    from pathlib import Path

    from pages.timing.floor import _prepared, draw

    draw(_prepared(json.loads(Path(path).read_text())), "page")


def _comparable(items: list) -> list:
    """Items with tables decoded (the Arrow bytes of the same frame may differ in their metadata)."""
    result = []
    for item in items:
        ((kind, body),) = item.items()
        if kind == "table":
            body = {**{k: v for k, v in body.items() if k != "arrow"}, "frame": _frame(body).to_dict("split")}
        elif kind == "row":
            body = _comparable(body)
        elif kind == "expander":
            body = {**body, "items": _comparable(body["items"])}
        elif kind in ("columns", "tabs"):
            body = {**body, "cells": [_comparable(cell) for cell in body["cells"]]}
        result.append({kind: body})
    return result


def test_the_floor_draws_exactly_what_was_captured(tmp_path: Path) -> None:
    items = capture_node(AppTest.from_function(_drawing_script).run().main)
    path = tmp_path / "items.json"
    path.write_text(json.dumps(items))
    floor = AppTest.from_function(_floor_script, args=(str(path),)).run()
    assert not floor.exception
    assert not floor.title and not floor.button and not floor.caption  # nothing but the drawn things
    assert _comparable(capture_node(floor.main)) == _comparable(items)


def test_capture_of_the_demo_overview_and_the_person_view(demo_db: Path, tmp_path: Path) -> None:
    capture = capture_workspace(demo_db)
    assert capture["format"] == "cockpit-floor-capture/1"
    pages = {page["url"]: page for page in capture["pages"]}
    assert list(pages) == ["overview", "Engagement", "Frequenz", "Begleitung", "Begleitung-Person", "Vielfalt",
                           "Inhalt", "Wirkung", "Publikum", "Briefing", "Erste_Schritte", "Import", "Personen",
                           "Programm", "Datenschutz"]
    tiles = {item["metric"]["label"]: item["metric"]["value"]
             for row in pages["overview"]["items"] if "row" in row for item in row["row"]}
    assert tiles["Beiträge"] == "326"  # the demo pilot's posts (README)
    assert count(pages["Begleitung"]["items"]) == {"charts": 0, "metrics": 0, "tables": 0}  # nobody chosen yet
    assert count(pages["Begleitung-Person"]["items"])["charts"] == 2  # posts per week, rate over time
    assert pages["overview"]["title"] == "Überblick" and pages["Import"]["icon"] == ":material/upload_file:"


# ---------------------------------------------------------------- the command line
@pytest.mark.parametrize("argv, says", [
    (["bench"], "--posts"),
    (["bench", "--browser", "--tries", "0"], "--tries"),
    (["bench", "--browser", "--sizes", "demo,tenthousand"], "--sizes"),
    (["bench", "--browser", "--ab", "runner.postScriptGC"], "--ab"),
])
def test_bench_refuses_a_bad_call_in_one_line(argv: list[str], says: str, tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "analytics", *argv], cwd=ROOT, capture_output=True, text=True,
                         check=False, timeout=120, env={**os.environ, "TMPDIR": str(tmp_path)})
    assert run.returncode == 2 and run.stdout == ""
    assert len(run.stderr.strip().splitlines()) == 1 and says in run.stderr


def test_browser_child_says_what_is_missing(tmp_path: Path, demo_db: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "pages.timing.browser", "--db", str(demo_db), "--label", "demo",
         "--out", str(tmp_path / "out.json")],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=120,
        env={**os.environ, "COCKPIT_CHROMIUM": str(tmp_path / "no-chromium")},
    )
    assert run.returncode == 2 and "Chromium" in run.stderr and str(tmp_path / "no-chromium") in run.stderr
    assert not (tmp_path / "out.json").exists()


def test_apps_of_a_run(tmp_path: Path) -> None:
    from pages.timing.browser import _apps

    workspace = tmp_path / "ws.duckdb"
    workspace.write_bytes(b"workspace")
    product, floor = _apps(workspace, tmp_path, tmp_path / "capture.json", None)
    assert (product.name, product.script, floor.name, floor.script) == ("product", "app.py", "floor", "pages/timing/floor.py")
    assert floor.env == {"COCKPIT_FLOOR_CAPTURE": str(tmp_path / "capture.json")}
    assert Path(product.env["COCKPIT_DB"]).read_bytes() == b"workspace" and product.env["COCKPIT_DB"] != str(workspace)
    first, second = _apps(workspace, tmp_path, tmp_path / "capture.json", "runner.postScriptGC=true,false")
    assert (first.name, first.args) == ("runner.postScriptGC=true", ("--runner.postScriptGC", "true"))
    assert (second.name, second.args) == ("runner.postScriptGC=false", ("--runner.postScriptGC", "false"))
    assert first.env["COCKPIT_DB"] != second.env["COCKPIT_DB"]  # one writer per DuckDB file
    again = _apps(workspace, tmp_path, tmp_path / "capture.json", "runner.fastReruns=true,true")
    assert [app.name for app in again] == ["runner.fastReruns=true", "runner.fastReruns=true (again)"]


def test_streamlit_runs_no_full_garbage_collection_after_each_run() -> None:
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    # measured in docs/BENCHMARK.md ("Streamlit's settings, measured"): every page switch ~10 % faster without it
    assert config["runner"]["postScriptGC"] is False
    assert "fastReruns" not in config["runner"]  # measured: no gain, the default stays
    # no gain for one session either, but under ten sessions the watcher kept the server from answering
    # (docs/BENCHMARK.md, "Many people at once")
    assert config["server"]["fileWatcherType"] == "none"
