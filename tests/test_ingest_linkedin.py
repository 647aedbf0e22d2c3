"""LinkedIn's exports: member analytics, single post, company-page export (real file), Shares.csv."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from fixtures import shared
from ingest_helpers import FIXTURES, posts, write_csv

from analytics import store
from analytics.errors import CockpitError
from analytics.ingest import detect, import_file

MEMBER_V1 = FIXTURES / "Content_2023-01-01_2023-06-30_AnnaMueller.xlsx"
MEMBER_V2 = FIXTURES / "Content_2023-01-01_2023-07-31_AnnaMueller.xlsx"
SINGLE = FIXTURES / "PostAnalytics_AnnaMueller_7031111111111111111.xlsx"


def key(n: int) -> str:
    return f"li:70{n:017d}"


def test_member_analytics_merges_both_top_post_lists(cur) -> None:
    det = detect(MEMBER_V1)
    assert (det.format, det.kind, det.proposed_author) == ("linkedin_member_analytics", "posts", "Anna Mueller")
    report = import_file(cur, MEMBER_V1, author="Anna Müller")
    # 5 distinct posts from the two lists + 5 days of followers + the window (DISCOVERY) + 5 days of ENGAGEMENT
    assert (report.format, report.kind, report.rows, report.inserted, report.rejected) == (
        "linkedin_member_analytics", "posts", 16, 16, [])
    # the engagements list gives totals only: reactions, comments and reposts stay unknown
    got = {row[0]: (row[2], row[6:9], row[11], row[9]) for row in posts(cur)}
    unknown = (None, None, None)
    assert got == {
        key(1): (datetime(2023, 1, 9), unknown, 137, 4512),
        key(2): (datetime(2023, 2, 1), unknown, 89, 3020),
        key(3): (datetime(2023, 3, 15), unknown, 64, 2210),
        key(4): (datetime(2023, 4, 3), unknown, 12, None),  # only in the engagements list: impressions unknown
        key(5): (datetime(2023, 5, 2), unknown, None, 1900),  # only in the impressions list: engagements unknown
    }
    followers = cur.execute("SELECT day, followers, new_followers FROM follower_counts ORDER BY day").fetchall()
    assert followers == [(date(2023, 6, 26), 1509, 3), (date(2023, 6, 27), 1514, 5), (date(2023, 6, 28), 1514, 0),
                         (date(2023, 6, 29), 1516, 2), (date(2023, 6, 30), 1520, 4)]


def test_member_analytics_needs_an_author(cur) -> None:
    with pytest.raises(CockpitError) as info:
        import_file(cur, MEMBER_V1)
    assert info.value.key == "import_author_required_suggested"
    assert "Anna Mueller" in info.value.message("de")


def test_proposed_author_matches_the_roster_spelling(cur) -> None:
    with store.transaction(cur):
        cur.execute("INSERT INTO influencers (name, name_key) VALUES ('Anna Müller', 'anna müller')")
    assert detect(MEMBER_V1, cur).proposed_author == "Anna Müller"


def test_newer_member_export_updates_and_adds(cur) -> None:
    import_file(cur, MEMBER_V1, author="Anna Müller")
    again = import_file(cur, MEMBER_V1, author="Anna Müller")
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 16)
    report = import_file(cur, MEMBER_V2, author="Anna Müller")
    # post 1 has new figures, post 6 and the day 7/1 (of followers and of activity) are new; post 4 left the
    # lists and keeps its values; the window's impressions (the sum of the impressions list) changed
    assert (report.inserted, report.updated, report.unchanged) == (3, 2, 13)
    got = {row[0]: (row[6], row[11], row[9]) for row in posts(cur)}
    assert got[key(1)] == (None, 140, 4600) and got[key(4)] == (None, 12, None) and got[key(6)] == (None, 30, 800)
    assert cur.execute("SELECT count(*) FROM posts").fetchone() == (6,)
    # the previous total is kept for undo
    assert cur.execute("SELECT reactions, engagements_total, impressions FROM post_history").fetchall() == [
        (None, 137, 4512)]


def test_a_later_breakdown_fills_in_a_member_total_and_undo_restores_it(cur, tmp_path: Path) -> None:
    from analytics.ingest import undo_last_import

    import_file(cur, MEMBER_V1, author="Anna Müller")
    link = f"https://www.linkedin.com/feed/update/urn:li:activity:{key(1)[3:]}"
    sheet = write_csv(tmp_path / "controlling.csv", [["Datum", "Autor:in", "Link", "Likes", "Kommentare", "Reposts"],
                                                      ["09.01.2023", "Anna Müller", link, "120", "12", "5"]])
    report = import_file(cur, sheet)
    assert (report.inserted, report.updated) == (0, 1)
    row = cur.execute("SELECT reactions, comments, reposts, engagements_total, impressions FROM posts "
                      "WHERE post_key = ?", [key(1)]).fetchone()
    assert row == (120, 12, 5, 137, 4512)
    undo_last_import(cur)
    row = cur.execute("SELECT reactions, comments, reposts, engagements_total, impressions FROM posts "
                      "WHERE post_key = ?", [key(1)]).fetchone()
    assert row == (None, None, None, 137, 4512)


def test_single_post_analytics(cur) -> None:
    det = detect(SINGLE)
    assert (det.format, det.proposed_author) == ("linkedin_single_post", "Anna Mueller")
    report = import_file(cur, SINGLE, author="Anna Müller")
    # the post, and its audience from the sheet TOP DEMOGRAPHICS
    assert (report.rows, report.inserted, report.warnings) == (2, 2, [])
    assert posts(cur) == [("li:7031111111111111111", "Anna Müller", datetime(2023, 2, 14, 9, 30), True,
                           "https://www.linkedin.com/feed/update/urn:li:ugcPost:7031111111111111111/", None,
                           56, 7, 2, 2345, None, None)]


def test_company_page_export_counts_boosted_posts_once(cur) -> None:
    """The project's own export (make_fixtures.page_content_export): three posts, the second boosted
    with two campaigns, so it has an organic, two sponsored and a total row. They are the page's
    posts (page_posts), not the cohort's: no influencer is made of the "Posted by" admins."""
    export = FIXTURES / "page-content-export.xlsx"
    det = detect(export)
    assert (det.format, det.kind, det.sheet, det.header_line) == ("linkedin_page_export", "page_posts", "All posts", 2)
    report = import_file(cur, export)
    assert (report.kind, report.rows, report.inserted, report.rejected) == ("page_posts", 6, 3, [])
    rows = cur.execute(
        "SELECT post_key, impressions, clicks, reactions, comments, reposts, published_at FROM page_posts "
        "ORDER BY post_key"
    ).fetchall()
    # the boosted post carries its Total row: 1,500 organic + 3,398 + 1,801 sponsored impressions
    assert rows == [
        ("li:7000000000000000101", 1200, 40, 25, 3, 1, datetime(2023, 3, 14)),
        ("li:7000000000000000102", 1500 + 3398 + 1801, 45 + 33 + 23, 46, 1, 1, datetime(2023, 3, 20)),
        ("li:7000000000000000103", 800, 12, 9, 0, 0, datetime(2023, 4, 2)),
    ]
    assert cur.execute("SELECT (SELECT count(*) FROM posts), (SELECT count(*) FROM influencers)").fetchone() == (0, 0)
    text = cur.execute("SELECT text FROM page_posts WHERE post_key = 'li:7000000000000000102'").fetchone()[0]
    assert text == "Unser Bürgerbüro hat neue Öffnungszeiten.\n\nAb April auch samstags!\n\n#wirfuermuenchen"
    again = import_file(cur, export)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 3)


def test_real_company_page_export_counts_boosted_posts_once(cur) -> None:
    page_export = shared("linkedin-page-content-export.xlsx")
    det = detect(page_export)
    assert (det.format, det.kind, det.sheet, det.header_line) == ("linkedin_page_export", "page_posts", "All posts", 2)
    report = import_file(cur, page_export)
    # 98 rows: 79 organic, 11 sponsored and 8 total rows of 79 distinct posts
    assert (report.rows, report.inserted, report.rejected) == (98, 79, [])
    boosted = cur.execute(
        "SELECT impressions, clicks, reactions, comments, reposts, published_at FROM page_posts "
        "WHERE post_key = 'li:7327977736608571394'"
    ).fetchone()
    assert boosted == (6725, 101, 46, 1, 1, datetime(2025, 5, 13))  # the Total row
    # "Posted by" (Chaitanya Mandala📡, Matteo Cappella, …) posted for the page: nobody becomes an influencer
    assert cur.execute("SELECT (SELECT count(*) FROM posts), (SELECT count(*) FROM influencers)").fetchone() == (0, 0)
    text = cur.execute("SELECT text FROM page_posts WHERE post_key = 'li:7351330635715592195'").fetchone()[0]
    assert text.startswith("🚀 Big cheers to Bérenger Villat") and "\n\n Congrats!\n\n#leafspace" in text
    again = import_file(cur, page_export)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 79)


def test_shares_csv_from_the_data_archive(cur, tmp_path: Path) -> None:
    rows = [
        ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"],
        ["2023-01-15 08:30:00", "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7020000000000000001",
         'Mehrzeilig\n"zitiert", mit Komma\n#wirfuermuenchen', "", "", "MEMBER_NETWORK"],
        ["2023-07-01 16:05:10", "https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A7080000000000000002",
         "Sommer! <b>kein HTML</b> =SUMME(A1)", "https://example.org", "", "MEMBER_NETWORK"],
    ]
    path = write_csv(tmp_path / "Shares.csv", rows, delimiter=",", newline="\n")
    assert detect(path).format == "linkedin_shares"
    with pytest.raises(CockpitError) as info:
        import_file(cur, path)
    assert info.value.key == "import_author_required"
    report = import_file(cur, path, author="Anna Müller")
    assert (report.format, report.rows, report.inserted) == ("linkedin_shares", 2, 2)
    got = cur.execute("SELECT post_key, published_at, text, reactions FROM posts ORDER BY published_at").fetchall()
    assert got == [
        ("li:7020000000000000001", datetime(2023, 1, 15, 9, 30), 'Mehrzeilig\n"zitiert", mit Komma\n#wirfuermuenchen',
         None),  # UTC -> Munich time (CET)
        ("li:7080000000000000002", datetime(2023, 7, 1, 18, 5, 10), "Sommer! <b>kein HTML</b> =SUMME(A1)", None),
    ]


def test_controlling_workbook(cur) -> None:
    det = detect(FIXTURES / "controlling.xlsx")
    assert (det.format, det.sheet, det.header_line, det.unmapped) == (
        "controlling_xlsx", "Controlling 2023", 2, ["Interne Notiz"])
    assert list(det.preview.columns)[:3] == ["date", "time", "author"]
    report = import_file(cur, FIXTURES / "controlling.xlsx", lang="en")
    assert (report.rows, report.inserted) == (5, 4)
    assert report.rejected == [{"line": 7, "reason": "date “30.02.2023” is not a valid date",
                                "key": "reject_bad_date", "params": {"value": "30.02.2023"}}]
    got = {row[5]: (row[1], row[2], row[3], row[6], row[9]) for row in posts(cur)}
    assert got["Mein erster Tag als Amtfluencerin!\nWas wollt ihr wissen?"] == (
        "Anna Müller", datetime(2023, 1, 9, 7, 45), True, 120, 4200)
    assert got["Feuerwache 5 stellt sich vor #wirfuermuenchen"] == (
        "Jonas Weber", datetime(2023, 1, 12), False, 87, 3100)
    assert got["=1+1 ist keine Formel"][0] == "Anna Müller"  # stored as written, never evaluated
