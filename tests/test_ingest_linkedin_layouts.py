"""Every LinkedIn export layout as downloaded (fixtures written by make_fixtures.py), totals by hand."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from ingest_helpers import FIXTURES, posts, snapshot, write_csv

from analytics import store
from analytics.errors import CockpitError
from analytics.ingest import detect, import_file
from analytics.summary import summary

MEMBER_DE = FIXTURES / "AggregateAnalytics_SelinKaya_2025-04-01_2026-03-31.xlsx"
MEMBER_V1 = FIXTURES / "Content_2023-01-01_2023-06-30_AnnaMueller.xlsx"
MEMBER_SHORT = FIXTURES / "AggregateAnalytics_AnnaMueller_2023-03-01_2023-07-31.xlsx"
SINGLE_2026 = FIXTURES / "SinglePostAnalytics_SelinKaya_7378000000000000001.xlsx"
PAGE_XLS = FIXTURES / "stadtwerke_content_1775000000000.xls"
PAGE_XLSX = FIXTURES / "stadtwerke_content_1775000000001.xlsx"
PAGE_FOLLOWERS = FIXTURES / "stadtwerke_followers_1775000000000.xls"
PAGE_VISITORS = FIXTURES / "stadtwerke_visitors_1775000000000.xlsx"
EXTRA = "members_reached, saves, sends, profile_viewers, followers_gained, link_engagements"


def key(n: int) -> str:
    return f"li:70{n:017d}"


def test_member_export_from_a_german_ui_is_read_by_its_structure(cur) -> None:
    det = detect(MEMBER_DE)
    assert (det.format, det.kind, det.proposed_author, det.sheet, det.header_line) == (
        "linkedin_member_analytics", "posts", "Selin Kaya", "Top-Beiträge", 3)
    report = import_file(cur, MEMBER_DE, author="Selin Kaya")
    # 3 posts from the two lists + 2 days of followers + the window (AUFFINDBARKEIT) + 1 day of ENGAGEMENT
    assert (report.rows, report.inserted, report.rejected) == (7, 7, [])
    got = {row[0]: (row[2], row[11], row[9]) for row in posts(cur)}
    assert got == {
        key(11): (datetime(2025, 4, 3), 1021, 3163),  # "1,021" and "3,163" stored as text
        key(12): (datetime(2025, 9, 30), 233, 5537),
        key(13): (datetime(2026, 3, 2), 17, None),  # only in the engagements list
    }
    # 2,048 on 3/31/2026; 9 of them new that day, so 2,039 at the end of 3/30
    assert cur.execute("SELECT day, followers, new_followers FROM follower_counts ORDER BY day").fetchall() == [
        (date(2026, 3, 30), 2039, 6), (date(2026, 3, 31), 2048, 9)]
    again = import_file(cur, MEMBER_DE, author="Selin Kaya")
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 7)


def test_a_newer_member_export_with_a_shorter_window_deletes_nothing(cur) -> None:
    assert detect(MEMBER_SHORT).proposed_author == "Anna Mueller"
    import_file(cur, MEMBER_V1, author="Anna Müller")
    before = {row[0]: row for row in posts(cur)}
    report = import_file(cur, MEMBER_SHORT, author="Anna Müller")
    # post 3 has new figures (70, 2,300), post 6 is new, 7/31 is a new day of followers and of the account's
    # activity; the window (1/1-6/30/2023, as its DISCOVERY sheet says) has other impressions; posts 1, 2, 4, 5 stay
    assert (report.rows, report.inserted, report.updated, report.unchanged) == (5, 3, 2, 0)
    after = {row[0]: row for row in posts(cur)}
    assert set(after) == set(before) | {key(6)}
    assert all(after[k] == before[k] for k in (key(1), key(2), key(4), key(5)))
    assert (after[key(3)][11], after[key(3)][9]) == (70, 2300)
    assert cur.execute("SELECT count(*) FROM follower_counts").fetchone() == (6,)


def test_single_post_export_2026_keeps_the_new_metrics(cur) -> None:
    det = detect(SINGLE_2026)
    assert (det.format, det.sheet, det.proposed_author) == ("linkedin_single_post", "Post analytics", "Selin Kaya")
    report = import_file(cur, SINGLE_2026, author="Selin Kaya")
    # the post and its audience (the demographics block, rows 17-20)
    assert (report.rows, report.inserted, report.rejected) == (2, 2, [])
    # social engagements (row 8) and the premium button (15) are not kept
    assert report.warnings == ["Nicht übernommen: Blatt „Post analytics“, Zeilen 8, 15 (weitere Kennzahlen)."]
    assert posts(cur) == [("li:7378000000000000001", "Selin Kaya", datetime(2025, 9, 30, 6, 54), True,
                           "https://www.linkedin.com/feed/update/urn:li:share:7378000000000000001", None,
                           198, 27, 8, 5537, None, None)]
    assert cur.execute(f"SELECT {EXTRA} FROM posts").fetchall() == [(3163, 15, 6, 41, 12, 0)]
    figures = summary(cur)
    assert {k: figures[k] for k in ("members_reached", "saves", "sends", "followers_gained")} == {
        "members_reached": 3163, "saves": 15, "sends": 6, "followers_gained": 12}
    again = import_file(cur, SINGLE_2026, author="Selin Kaya")
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)


def test_older_single_post_layout_keeps_its_new_metrics(cur) -> None:
    import_file(cur, FIXTURES / "PostAnalytics_AnnaMueller_7031111111111111111.xlsx", author="Anna Müller")
    # PERFORMANCE sheet: members reached 1800, saves 4, sends 1, profile viewers 12, followers 3, no link row
    assert cur.execute(f"SELECT {EXTRA} FROM posts").fetchall() == [(1800, 4, 1, 12, 3, None)]


def test_summary_keys_are_null_when_no_export_knows_them(cur) -> None:
    import_file(cur, MEMBER_V1, author="Anna Müller")
    figures = summary(cur)
    assert [figures[k] for k in ("members_reached", "saves", "sends", "followers_gained")] == [None] * 4


@pytest.mark.parametrize("path", [PAGE_XLS, PAGE_XLSX], ids=["xls", "xlsx"])
def test_company_page_export_as_downloaded(cur, path: Path) -> None:
    det = detect(path)
    assert (det.format, det.kind, det.sheet, det.header_line) == ("linkedin_page_export", "page_posts", "All posts", 2)
    report = import_file(cur, path)
    # 4 rows: an organic post, and a boosted one with organic, sponsored and total rows
    assert (report.rows, report.inserted, report.rejected) == (4, 2, [])
    got = cur.execute("SELECT post_key, published_at, impressions, clicks, reactions, comments, reposts "
                      "FROM page_posts ORDER BY post_key").fetchall()
    assert got == [("li:7300000000000000001", datetime(2026, 3, 2), 1200, 30, 40, 5, 2),
                   ("li:7300000000000000002", datetime(2026, 3, 10), 2800, 60, 50, 3, 1)]
    again = import_file(cur, path)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)


def test_company_page_followers_export_feeds_the_page_follower_growth(cur) -> None:
    det = detect(PAGE_FOLLOWERS)
    assert (det.format, det.kind, det.sheet) == ("linkedin_page_followers", "page_followers", "New followers")
    report = import_file(cur, PAGE_FOLLOWERS)
    assert (report.rows, report.inserted) == (3, 3)
    # new = sponsored + organic + auto-invited
    assert cur.execute("SELECT day, followers, new_followers FROM page_followers ORDER BY day").fetchall() == [
        (date(2026, 3, 1), 5010, 5), (date(2026, 3, 2), 5019, 9), (date(2026, 3, 3), 5022, 3)]
    assert cur.execute("SELECT count(*) FROM posts").fetchone() == (0,)
    again = import_file(cur, PAGE_FOLLOWERS)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 3)


def _refused(cur, path: Path, author: str | None) -> CockpitError:
    before, version = snapshot(cur), store.data_version(cur)
    with pytest.raises(CockpitError) as info:
        import_file(cur, path, author=author)
    assert snapshot(cur) == before and store.data_version(cur) == version
    return info.value


@pytest.mark.parametrize("author", [None, "Anna Müller"])
def test_company_page_visitors_export_is_refused_naming_what_to_take(cur, author) -> None:
    error = _refused(cur, PAGE_VISITORS, author)
    assert error.key == "import_linkedin_visitors"
    assert "visitors export" in error.message("en") and "_content_" in error.message("en")


@pytest.mark.parametrize("author", [None, "Anna Müller"])
@pytest.mark.parametrize("name,rows,key", [
    ("Reactions.csv", [["Date", "Type", "Link"],
                       ["2026-03-01 10:00:00", "LIKE", "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1"],
                       ["2026-03-02 11:00:00", "PRAISE", "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A2"]],
     "import_linkedin_reactions"),
    ("Comments.csv", [["Date", "Link", "Message"],
                      ["2026-03-01 10:00:00", "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1",
                       "Toller Beitrag!"]],
     "import_linkedin_comments"),
])
def test_archive_reactions_and_comments_are_not_posts(cur, tmp_path: Path, author, name, rows, key) -> None:
    path = write_csv(tmp_path / name, rows, delimiter=",", newline="\n")
    error = _refused(cur, path, author)
    assert error.key == key
    assert "Shares.csv" in error.message("de") and "Shares.csv" in error.message("en")


def test_shares_csv_stray_doubled_quotes_are_cleaned(cur, tmp_path: Path) -> None:
    text = '"Erster Absatz."\n"Zweiter Absatz mit ""Zitat"" darin."\n"zitiert", mit Komma'
    rows = [["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"],
            ["2026-03-05 07:00:00", "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7400000000000000001",
             text, "", "", "MEMBER_NETWORK"]]
    path = write_csv(tmp_path / "Shares.csv", rows, delimiter=",", newline="\n")
    import_file(cur, path, author="Anna Müller")
    stored = cur.execute("SELECT post_key, text, text_length FROM posts").fetchone()
    cleaned = 'Erster Absatz.\nZweiter Absatz mit "Zitat" darin.\n"zitiert", mit Komma'
    assert stored == ("li:7400000000000000001", cleaned, len(cleaned))


# ---- one post, one row, across LinkedIn's id forms ------------------------------------------------------

SHARE = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{}"


def _shares(tmp_path: Path, rows: list[tuple[str, str, str]]) -> Path:
    header = ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"]
    body = [[when, SHARE.format(share_id), text, "", "", "MEMBER_NETWORK"] for when, share_id, text in rows]
    return write_csv(tmp_path / "Shares.csv", [header, *body], delimiter=",", newline="\n")


@pytest.mark.parametrize("member_first", [True, False], ids=["member-first", "single-first"])
def test_one_post_under_two_ids_is_merged_into_one_row(cur, member_first: bool) -> None:
    files = [(MEMBER_DE, 5), (SINGLE_2026, 1)]
    reports = [import_file(cur, path, author="Selin Kaya") for path, _rows in (files if member_first else files[::-1])]
    # post 12 (activity id, 9/30/2025) and share 7378… (9/30/2025) are Selin's only posts that day
    assert cur.execute("SELECT count(*) FROM posts").fetchone() == (3,)
    kept = key(12) if member_first else "li:7378000000000000001"
    row = cur.execute(f"SELECT post_key, published_at, has_time, reactions, comments, reposts, impressions, "
                      f"engagements_total, {EXTRA} FROM posts WHERE CAST(published_at AS DATE) = DATE '2025-09-30'"
                      ).fetchall()
    # the single-post export's time (6:54) is kept whichever file came first
    assert row == [(kept, datetime(2025, 9, 30, 6, 54), True, 198, 27, 8, 5537, 233, 3163, 15, 6, 41, 12, 0)]
    second = reports[1]
    assert (second.updated, second.possible_duplicates) == (1, [])
    # the single post's audience; or posts 11, 13, two days of followers, the window and a day of activity
    assert second.inserted == (1 if member_first else 6)


def test_an_ambiguous_match_keeps_both_and_reports_them(cur, tmp_path: Path) -> None:
    shares = _shares(tmp_path, [("2025-09-30 07:00:00", "7378000000000000001", "Morgens"),
                                ("2025-09-30 15:00:00", "7378000000000000002", "Nachmittags")])
    import_file(cur, shares, author="Selin Kaya")
    report = import_file(cur, MEMBER_DE, author="Selin Kaya")
    assert cur.execute("SELECT count(*) FROM posts").fetchone() == (5,)
    # TOP POSTS lists post 12 on row 5 (engagements) and row 4 (impressions); the record keeps its first line
    assert report.possible_duplicates == [{"line": 5, "post_key": key(12),
                                           "candidates": ["li:7378000000000000001", "li:7378000000000000002"]}]
    assert report.warnings == [
        "Zeile 5: Der Beitrag li:7000000000000000012 ist vielleicht derselbe wie li:7378000000000000001, "
        "li:7378000000000000002 (gleiche Person, gleicher Tag, andere LinkedIn-ID); beide bleiben erhalten."]


def test_texts_that_disagree_are_not_one_post(cur, tmp_path: Path) -> None:
    import_file(cur, _shares(tmp_path, [("2026-03-02 08:00:00", "7400000000000000009", "Ein anderer Text")]),
                author="Selin Kaya")
    sheet = write_csv(tmp_path / "controlling.csv", [
        ["Datum", "Autor:in", "Link", "Text", "Likes"],
        ["02.03.2026", "Selin Kaya", f"https://www.linkedin.com/feed/update/urn:li:activity:{key(13)[3:]}",
         "Mein Text", "4"]])
    report = import_file(cur, sheet)
    assert (report.inserted, report.possible_duplicates) == (1, [])
    assert cur.execute("SELECT count(*) FROM posts").fetchone() == (2,)


def test_undo_of_a_merged_single_post_export_restores_the_member_figures(cur) -> None:
    from analytics.ingest import undo_last_import

    import_file(cur, MEMBER_DE, author="Selin Kaya")
    before = posts(cur)
    import_file(cur, SINGLE_2026, author="Selin Kaya")
    assert cur.execute(f"SELECT {EXTRA} FROM posts WHERE post_key = ?", [key(12)]).fetchone() == (
        3163, 15, 6, 41, 12, 0)
    undo_last_import(cur)
    assert posts(cur) == before
    assert cur.execute(f"SELECT {EXTRA} FROM posts WHERE post_key = ?", [key(12)]).fetchone() == (None,) * 6
