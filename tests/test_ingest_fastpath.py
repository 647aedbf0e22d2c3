"""The cheap parse of usual rows gives exactly what the full parse gives.

A CSV of posts is parsed in two ways: rows whose cells are all in their usual form by a cheap
query, the other rows afterwards by the full parse (trimming, unknown-value tokens, format
lists); a file with many unusual rows is parsed in full at once. These tests import the same
files both ways and compare what ends up in the workspace, cell by cell.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest
from ingest_helpers import write_csv

from analytics import store
from analytics.ingest import import_file
from analytics.ingest import posts as ingest_posts

HEADER = ["Datum", "Uhrzeit", "Autor:in", "Link", "Beitragstext", "Reaktionen", "Kommentare", "Impressionen",
          "Medientyp"]
FEED = "https://www.linkedin.com/feed/update/urn:li:"

# (date, time, link, text, reactions, comments, impressions, media type) that the cheap parse
# must leave to the full one, each with the value the full parse makes of it
UNUSUAL = [
    (" 03.04.2023", "09:15", None, None, " 12 ", None, None, None),  # blanks around date and count
    ("2023-04-03", "09:15", None, None, None, None, None, None),  # another date format
    ("03.04.2023", "9.15", None, None, None, None, None, None),  # another time format
    ("03.04.2023", "25:99", None, None, None, None, None, None),  # a bad time: rejected
    ("31.02.2023", "09:15", None, None, None, None, None, None),  # a bad date: rejected
    ("03.04.1899", "09:15", None, None, None, None, None, None),  # out of range: rejected
    (None, None, None, None, "-", "n/a", "k.A.", None),  # unknown values
    ("03.04.2023", "09:15", None, None, "1.234,0", "1,5", "12e3", None),  # odd numbers
    ("03.04.2023", "09:15", FEED + "ugcPost:7045123456789012345", None, None, None, None, None),
    ("03.04.2023", "09:15", FEED + "share:7045123456789012346/?utm=x", None, None, None, None, None),
    ("03.04.2023", "09:15", "https://www.linkedin.com/posts/anna_tag-activity-7045123456789012347-AbCd",
     None, None, None, None, None),
    ("03.04.2023", "09:15", "urn%3Ali%3Aactivity%3A7045123456789012348", None, None, None, None, None),
    ("03.04.2023", "09:15", FEED + "activity:0012345678/", None, None, None, None, None),  # leading zeros
    ("03.04.2023", "09:15", FEED + "activity:12345/", None, None, None, None, None),  # too short for an id
    ("03.04.2023", "09:15", " " + FEED + "activity:7045123456789012349 ", None, None, None, None, None),
    ("03.04.2023", "09:15", "-", None, None, None, None, None),
    ("03.04.2023", "09:15", None, " Leading space", None, None, None, None),
    ("03.04.2023", "09:15", None, "\u00a0\u202f ", None, None, None, None),  # a blank text
    ("03.04.2023", "09:15", None, "🚒 Einsatz heute?", None, None, None, None),
    ("03.04.2023", "09:15", None, "„Zitat“ am Anfang", None, None, None, None),
    ("03.04.2023", "09:15", None, "Frage? 🙂", None, None, None, None),
    ("03.04.2023", "09:15", None, None, None, None, None, " Bild "),
    ("03.04.2023", "09:15", None, None, None, None, None, "-"),
    ("03.04.2023", "09:15", None, None, None, None, None, "Video"),
    (None, None, None, None, None, None, None, None),  # an empty row (with an author)
    ("3. März 2023", "09:15", None, None, "1,2 Tsd.", "12.0", "3,4 Mio.", None),  # month name, units
    ("03. Mrz. 2023", "0,3125", None, None, "1.2K", None, "1.234 Tsd.", None),  # day fraction; ambiguous
    ("45019", None, None, None, None, None, None, None),  # an Excel serial number
    ("45019,5", None, None, None, None, None, None, None),  # a serial with a time of day
    ("Apr 3, 2023", "09:15", None, None, None, None, None, None),  # LinkedIn's English date
    ("März 2023", "09:15", None, None, None, None, None, None),  # a month only: rejected
]


def _rows(count: int, unusual_every: int) -> list[list[str]]:
    """Usual rows, with an unusual one (cycling through UNUSUAL) every ``unusual_every`` rows."""
    rows = []
    for i in range(count):
        usual = [f"{1 + i % 28:02d}.03.2023", f"{8 + i % 10:02d}:{i % 60:02d}",
                 ["Anna Müller", "Jörg Groß", "Selin Kaya"][i % 3],
                 f"{FEED}activity:{7000000000000000000 + i}" + ("/" if i % 2 else ""),
                 f"Beitrag {i}: Heute im Einsatz" + ("?" if i % 4 == 0 else " #wirfuermuenchen"),
                 str(i % 120), str(i % 7), f"{1000 + i * 37:,}".replace(",", "."), ""]
        if i % unusual_every == unusual_every - 1:
            odd = UNUSUAL[(i // unusual_every) % len(UNUSUAL)]
            for column, value in zip((0, 1, 3, 4, 5, 6, 7, 8), odd, strict=True):
                if value is not None:
                    usual[column] = value
            if odd == (None,) * 8:
                usual = ["", "", usual[2], "", "", "", "", "", ""]
        rows.append(usual)
    return rows


def _import(tmp_path: Path, name: str, path: Path, monkeypatch=None, *, full: bool) -> tuple[list, list]:
    if full:  # any share of unusual rows sends the whole file through the full parse
        monkeypatch.setattr(ingest_posts, "SLOW_SHARE", -1.0)
    con = store.connect(tmp_path / f"{name}.duckdb")
    try:
        with store.cursor(con) as cur:
            report = import_file(cur, path)
            posts = cur.execute(
                """
                SELECT p.post_key, i.name, p.published_at, p.has_time, p.url, p.text, p.text_length,
                       p.ends_with_question, p.media_type, p.reactions, p.comments, p.impressions
                FROM posts p JOIN influencers i USING (influencer_id) ORDER BY p.post_id
                """
            ).fetchall()
    finally:
        con.close()
        if full:
            monkeypatch.setattr(ingest_posts, "SLOW_SHARE", 0.2)
    return posts, [(r["line"], r["key"], r["params"]) for r in report.rejected]


@pytest.mark.parametrize("unusual_every", [7, 3])  # a few unusual rows (fixed afterwards), many (full parse)
def test_both_parses_store_the_same(tmp_path: Path, monkeypatch, unusual_every: int) -> None:
    path = write_csv(tmp_path / "posts.csv", [HEADER, *_rows(600, unusual_every)], delimiter=";",
                     encoding="utf-8")
    cheap = _import(tmp_path, "cheap", path, full=False)
    full = _import(tmp_path, "full", path, monkeypatch, full=True)
    assert cheap == full
    posts, rejected = cheap
    # the unusual rows are really in there: rejections with their lines, unknown values as NULL
    reasons = {key for _line, key, _params in rejected}
    assert {"reject_bad_date", "reject_bad_time", "reject_missing_date"} <= reasons
    by_key = {row[0]: row for row in posts}
    assert by_key["li:7045123456789012345"][4] == FEED + "ugcPost:7045123456789012345"
    assert by_key["li:7045123456789012349"][4] == FEED + "activity:7045123456789012349"  # trimmed
    assert any(row[5] == " Leading space" for row in posts)  # texts are kept as written
    assert not any(row[5] is not None and not row[5].strip() for row in posts)  # a blank text is none
    assert any(row[8] == "Bild" for row in posts) and not any(row[8] == "-" for row in posts)


def test_a_usual_file_needs_no_second_parse(tmp_path: Path, monkeypatch) -> None:
    path = write_csv(tmp_path / "posts.csv", [HEADER, *_rows(500, 10**9)], delimiter=";", encoding="utf-8")
    calls = []
    monkeypatch.setattr(ingest_posts, "_parse_slow_rows", lambda cur, **kw: calls.append(kw))
    con = store.connect(tmp_path / "ws.duckdb")
    try:
        with store.cursor(con) as cur:
            report = import_file(cur, path)
            stored = cur.execute("SELECT count(*), sum(reactions), count(*) FILTER (WHERE has_time) FROM posts"
                                 ).fetchone()
    finally:
        con.close()
    assert calls == [] and report.inserted == 500 and not report.rejected
    assert stored == (500, sum(i % 120 for i in range(500)), 500)


def test_a_few_unusual_rows_are_parsed_again_alone(tmp_path: Path, monkeypatch) -> None:
    path = write_csv(tmp_path / "posts.csv", [HEADER, *_rows(400, 50)], delimiter=";", encoding="utf-8")
    slow_rows = []
    original = ingest_posts._parse_slow_rows

    def spy(cur, **kw):
        slow_rows.append(cur.execute("SELECT count(*) FROM _ic_parsed_t WHERE slow").fetchone()[0])
        original(cur, **kw)

    monkeypatch.setattr(ingest_posts, "_parse_slow_rows", spy)
    con = store.connect(tmp_path / "ws.duckdb")
    try:
        with store.cursor(con) as cur:
            report = import_file(cur, path)
    finally:
        con.close()
    assert slow_rows == [8]  # rows 50, 100, ... 400: one in fifty
    assert report.rows == 400


LINKS = [
    FEED + "activity:7045123456789012345", FEED + "activity:7045123456789012345/", FEED + "share:7045123456789/",
    FEED + "ugcPost:7045123456789012345", FEED + "activity:0012345678/", FEED + "activity:12345/",
    FEED + "activity:+1234567/", FEED + "activity:1234567//", FEED + "activity:7123456789?utm=1",
    FEED + "activity:7123456789/x/", FEED + "activity:7123456789ü/", FEED + "activity:123456789012345678901234/",
    FEED + "ugcpost:7045123456789012345", "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7123456789/",
    "https://www.linkedin.com/posts/x_y-activity-7045123456789012345-AbCd", FEED + "activity:", "",
]


@pytest.mark.parametrize("link", LINKS)
def test_the_post_id_without_regular_expression_is_the_regular_expressions(link: str) -> None:
    con = duckdb.connect()
    ingest_posts.define_macros(con)
    # the expression both parses evaluate: the usual link's tail, then the id rule
    fast = con.execute(f"SELECT _ic_post_id_tail(link, {ingest_posts._feed_tail('link')}) "
                       "FROM (SELECT ?::VARCHAR AS link)", [link]).fetchone()[0]
    decoded = con.execute("SELECT url_decode(url_decode(?))", [link]).fetchone()[0]
    match = re.search(r"(?i)(?:activity|share|ugcpost)[:-]([0-9]{6,})", decoded)
    assert fast == (match.group(1) if match else "")


def test_a_record_longer_than_the_first_buffer_is_read_whole(tmp_path: Path) -> None:
    # records up to 2 MB are read with small buffers; a longer one makes DuckDB fail that read
    # and the file is read again with buffers for 16 MB records
    long_text = "Ein sehr langer Beitrag. " * 120_000  # 3 MB
    rows = [HEADER, *_rows(50, 10**9)]
    rows[20][4] = long_text
    path = write_csv(tmp_path / "posts.csv", rows, delimiter=";", encoding="utf-8")
    assert len(long_text.encode()) > ingest_posts.FIRST_BUFFER_BYTES // 2
    con = store.connect(tmp_path / "ws.duckdb")
    try:
        with store.cursor(con) as cur:
            report = import_file(cur, path)
            stored = cur.execute("SELECT text_length FROM posts WHERE post_key = ?",
                                 [f"li:{7000000000000000000 + 19}"]).fetchone()
            count = cur.execute("SELECT count(*) FROM posts").fetchone()[0]
    finally:
        con.close()
    assert report.inserted == 50 and not report.rejected and count == 50
    assert stored == (len(long_text),)


def test_post_ids_are_taken_at_once_unless_the_rows_are_far_apart(cur) -> None:
    cur.execute("CREATE TEMP TABLE _ic_parsed_t AS SELECT i FROM range(3000) t(i)")
    before = cur.execute("SELECT nextval('seq_post')").fetchone()[0]
    first = ingest_posts.claim_post_ids(cur)
    # 3,000 ids taken in one go: row r gets first + rowid, and the sequence continues after them
    assert first == before + 1 and cur.execute("SELECT nextval('seq_post')").fetchone()[0] == before + 3001
    cur.execute("DELETE FROM _ic_parsed_t WHERE i BETWEEN 1 AND 2998")  # two rows, 3,000 apart
    assert ingest_posts.claim_post_ids(cur) is None  # the insert then numbers row by row
    cur.execute("DROP TABLE _ic_parsed_t")


def test_without_ids_taken_at_once_the_insert_numbers_the_rows(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(ingest_posts, "claim_post_ids", lambda cur: None)
    path = write_csv(tmp_path / "posts.csv", [HEADER, *_rows(30, 10**9)], delimiter=";", encoding="utf-8")
    con = store.connect(tmp_path / "ws.duckdb")
    try:
        with store.cursor(con) as cur:
            assert import_file(cur, path).inserted == 30
            assert cur.execute("SELECT count(DISTINCT post_id), min(post_id), max(post_id) FROM posts").fetchone() \
                == (30, 1, 30)
    finally:
        con.close()
