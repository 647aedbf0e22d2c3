"""Limits that hold: a single long cell within the record limit imports, an invalid colour
setting is refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from command_line import cli

from analytics import store
from analytics.ingest import import_file

HEADER = "Datum;Uhrzeit;Autor:in;Link zum Beitrag;Beitragstext;Reaktionen;Kommentare;Reposts;Impressionen\r\n"
LINK = "https://www.linkedin.com/feed/update/urn:li:activity:70180000000000000{:02d}"


def test_a_single_ten_megabyte_cell_imports(cur, tmp_path: Path) -> None:
    """The one record of the file is longer than the first read's buffers (16 MB is the limit)."""
    text = "Ein langer Beitrag. " * 500_000  # 10,000,000 characters
    path = tmp_path / "ein_langer_beitrag.csv"
    path.write_bytes((HEADER + f'09.01.2023;07:45;Anna Müller;{LINK.format(1)};"{text}";12;3;1;100\r\n')
                     .encode("utf-8"))
    report = import_file(cur, path)
    assert (report.rows, report.inserted, len(report.rejected)) == (1, 1, 0)
    assert cur.execute("SELECT text_length, reactions, impressions FROM posts").fetchall() == [(10_000_000, 12, 100)]


def test_a_ten_megabyte_cell_among_short_rows_imports(cur, tmp_path: Path) -> None:
    text = "x" * 10_000_000
    rows = [f'10.01.2023;08:00;Anna Müller;{LINK.format(2)};kurz;5;0;0;50',
            f'09.01.2023;07:45;Anna Müller;{LINK.format(1)};"{text}";12;3;1;100']
    path = tmp_path / "zwei.csv"
    path.write_bytes((HEADER + "\r\n".join(rows) + "\r\n").encode("utf-8"))
    report = import_file(cur, path)
    assert (report.rows, report.inserted) == (2, 2)
    assert cur.execute("SELECT sum(reactions), max(text_length) FROM posts").fetchone() == (17, 10_000_000)


@pytest.mark.parametrize("colour", ["rot", "#12345", "rgb(0,0,0)", "#0072B2; color: red"])
def test_an_invalid_primary_colour_is_one_clear_line(demo_db: Path, tmp_path: Path, colour: str) -> None:
    result = cli("briefing", "--db", str(demo_db), "--format", "html", "--out", str(tmp_path / "b.html"),
                 env={"COCKPIT_PRIMARY": colour})
    assert result.code == 2
    assert result.err == \
        f"COCKPIT_PRIMARY “{colour[:40]}” is not a colour: expected #RRGGBB, for example #0072B2.\n"
    assert not (tmp_path / "b.html").exists()


def test_a_valid_primary_colour_is_used(demo_db: Path, tmp_path: Path) -> None:
    assert cli("briefing", "--db", str(demo_db), "--format", "html", "--out", str(tmp_path / "b.html"),
               env={"COCKPIT_PRIMARY": "#AA3377"}).code == 0
    assert "#AA3377" in (tmp_path / "b.html").read_text(encoding="utf-8")


def test_an_invalid_primary_colour_on_the_page(demo_db: Path, run_page, monkeypatch) -> None:
    monkeypatch.setenv("COCKPIT_PRIMARY", "rot")
    at = run_page(demo_db)
    assert not at.exception
    errors = [error.value for error in at.error]
    assert errors and all(len(error.splitlines()) == 1 and "#RRGGBB" in error for error in errors)
    store.connect(demo_db).close()  # the workspace is untouched and opens
