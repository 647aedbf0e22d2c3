"""The benchmark's JSON contract: ``bench.run`` and ``python -m analytics bench --json`` (its refusals: test_cli.py)."""

from __future__ import annotations

import json
import os
import statistics
import tempfile
from pathlib import Path

import pytest
from command_line import cli

from analytics import bench

KEYS = {"posts", "import_s", "raw_read_csv_s", "import_ratio", "pages", "peak_rss_mb"}
PAGES = {"overview", "Engagement", "Frequenz", "Begleitung", "Vielfalt", "Inhalt", "Wirkung", "Publikum", "Briefing",
         "Erste_Schritte", "Import", "Personen", "Programm", "Datenschutz"}


def test_run_without_pages_reports_the_figures(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("COCKPIT_MAX_UPLOAD_MB", "0.01")  # below the file's size: the bench imports regardless
    figures = bench.run(2000, tmp_path, with_pages=False)
    assert KEYS <= set(figures)
    assert figures["posts"] == 2000 and figures["pages"] == {}
    assert figures["import_s"] > 0 and figures["raw_read_csv_s"] > 0 and figures["import_ratio"] > 0
    assert figures["peak_rss_mb"] > 0
    assert os.environ["COCKPIT_MAX_UPLOAD_MB"] == "0.01"  # restored afterwards
    # three runs of each, alternately; the figures are their medians and the ratio theirs
    assert figures["runs"] == 3 and len(figures["import_runs_s"]) == len(figures["raw_read_csv_runs_s"]) == 3
    assert figures["import_s"] == round(statistics.median(figures["import_runs_s"]), 3)
    assert figures["raw_read_csv_s"] == round(statistics.median(figures["raw_read_csv_runs_s"]), 3)
    # (the figures are rounded to milliseconds, the ratio is of the unrounded ones)
    assert figures["import_ratio"] == pytest.approx(figures["import_s"] / figures["raw_read_csv_s"], rel=0.03)


def test_command_line_json_with_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    run = cli("bench", "--posts", "1500", "--json", "--runs", "1")
    assert run.code == 0, run.err
    figures = json.loads(run.out)
    assert KEYS <= set(figures) and figures["posts"] == 1500 and figures["runs"] == 1
    assert set(figures["pages"]) == PAGES
    assert all(isinstance(seconds, float) for seconds in figures["pages"].values())
