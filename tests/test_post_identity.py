"""Posts without link, text and time keep their own identity (nothing merged silently)."""

from __future__ import annotations

from pathlib import Path

from analytics.ingest import import_file

HEADER = "Datum;Autor:in;Reaktionen;Kommentare;Reposts;Impressionen\r\n"


def write(path: Path, rows: list[str]) -> Path:
    path.write_bytes((HEADER + "".join(row + "\r\n" for row in rows)).encode("utf-8"))
    return path


def test_same_author_same_day_posts_are_three_posts(cur, tmp_path: Path) -> None:
    """Three rows, one author, one day, no link, text or time: 3 posts, 120 + 45 + 30 reactions."""
    path = write(tmp_path / "controlling.csv", [
        "09.01.2023;Anna Müller;120;4;1;1000",
        "09.01.2023;Anna Müller;45;2;0;800",
        "09.01.2023;Anna Müller;30;1;0;500",
        "10.01.2023;Anna Müller;7;0;0;100",
    ])
    report = import_file(cur, path, lang="en")
    assert (report.rows, report.inserted, len(report.rejected)) == (4, 4, 0)
    assert cur.execute("SELECT count(*), sum(reactions), sum(impressions) FROM posts").fetchone() == (4, 202, 2400)
    assert report.warnings == ["3 posts without link, text and time published by the same person on the same day "
                               "were told apart by their order in the file (importing the same file again "
                               "recognises them)."]
    assert report.to_dict()["warnings"] == report.warnings
    again = import_file(cur, path)  # the same file again: the same four posts
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 4)
    assert cur.execute("SELECT count(*), sum(reactions) FROM posts").fetchone() == (4, 202)


def test_a_later_export_updates_each_post_by_its_place(cur, tmp_path: Path) -> None:
    first = write(tmp_path / "januar.csv", ["09.01.2023;Anna Müller;120;4;1;1000", "09.01.2023;Anna Müller;45;2;0;800"])
    later = write(tmp_path / "februar.csv", ["09.01.2023;Anna Müller;130;4;1;1100", "09.01.2023;Anna Müller;45;2;0;800"])
    import_file(cur, first)
    report = import_file(cur, later)
    assert (report.inserted, report.updated, report.unchanged) == (0, 1, 1)
    assert cur.execute("SELECT reactions FROM posts ORDER BY reactions").fetchall() == [(45,), (130,)]


def test_posts_with_text_or_time_are_not_numbered(cur, tmp_path: Path) -> None:
    """A post listed twice (same text, same time) is still one post, the last row winning."""
    path = tmp_path / "zweimal.csv"
    path.write_bytes(("Datum;Uhrzeit;Autor:in;Beitragstext;Reaktionen\r\n"
                      "09.01.2023;07:45;Anna Müller;Hallo;10\r\n"
                      "09.01.2023;07:45;Anna Müller;Hallo;12\r\n").encode())
    report = import_file(cur, path)
    assert (report.rows, report.inserted, report.warnings) == (2, 1, [])
    assert cur.execute("SELECT reactions FROM posts").fetchall() == [(12,)]
