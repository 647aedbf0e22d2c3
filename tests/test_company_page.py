"""The programme against the company page, on a workspace built from files.

The page's figures are computed here straight from the real content export (openpyxl, one row
per post link: its Total row when it was boosted, else its only row), independent of the
importer; the programme is a small controlling sheet of three posts by two people.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from command_line import cli

from analytics import store
from analytics.filters import Filters
from analytics.ingest import import_file, undo_last_import
from analytics.queries import company_page
from analytics.queries.overview import kpis
from analytics.summary import summary
from tests.fixtures import shared
from tests.ingest_helpers import write_csv

H1_2025 = (date(2025, 1, 1), date(2025, 6, 30))
# three posts of two people in H1 2025; the third has no impressions
CONTROLLING = [
    ["Datum", "Autor:in", "Link", "Text", "Likes", "Kommentare", "Reposts", "Impressionen"],
    ["03.02.2025", "Anna Müller", "https://www.linkedin.com/feed/update/urn:li:activity:7292000000000000001/",
     "Erster", "100", "20", "5", "5000"],
    ["10.03.2025", "Anna Müller", "https://www.linkedin.com/feed/update/urn:li:activity:7305000000000000002/",
     "Zweiter", "300", "40", "10", "12000"],
    ["05.05.2025", "Ben Wagner", "https://www.linkedin.com/feed/update/urn:li:activity:7325000000000000003/",
     "Dritter", "50", "5", "0", ""],
]


def page_by_hand(start: date, end: date) -> dict[str, float]:
    """Posts, impressions, engagements, pooled rate of the real page export in [start, end]."""
    sheet = openpyxl.load_workbook(shared("linkedin-page-content-export.xlsx"), read_only=True)["All posts"]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[1])
    col = {name: header.index(name) for name in ("Post link", "Post type", "Created date", "Impressions", "Likes",
                                                 "Comments", "Reposts")}
    chosen: dict[str, tuple] = {}
    for row in rows[2:]:
        link = row[col["Post link"]]
        if not link:
            continue
        if link not in chosen or row[col["Post type"]] == "Total":
            chosen[link] = row
    posts = impressions = engagements = with_impressions = rate_engagements = 0
    for row in chosen.values():
        day = datetime.strptime(row[col["Created date"]], "%m/%d/%Y").date()
        if not start <= day <= end:
            continue
        posts += 1
        shown = int(row[col["Impressions"]] or 0)
        engaged = sum(int(row[col[name]] or 0) for name in ("Likes", "Comments", "Reposts"))
        impressions += shown
        engagements += engaged
        if shown > 0:
            with_impressions += 1
            rate_engagements += engaged
    return {"posts": posts, "impressions": impressions, "engagements": engagements,
            "engagement_rate": rate_engagements / impressions, "with_impressions": with_impressions}


@pytest.fixture
def workspace(tmp_path: Path):
    path = tmp_path / "files.duckdb"
    con = store.connect(path)
    with store.cursor(con) as cur:
        import_file(cur, write_csv(tmp_path / "controlling.csv", CONTROLLING))
        report = import_file(cur, shared("linkedin-page-content-export.xlsx"))
        assert (report.kind, report.inserted) == ("page_posts", 79)
        yield path, cur
    con.close()


def test_page_posts_are_never_the_cohorts(workspace) -> None:
    _, cur = workspace
    figures = kpis(cur, Filters())
    assert (figures["posts"], figures["influencers"], figures["cohort_size"]) == (3, 2, 0)
    assert cur.execute("SELECT name FROM influencers ORDER BY name").fetchall() == [("Anna Müller",), ("Ben Wagner",)]


def test_programme_against_page_for_the_same_period(workspace) -> None:
    _, cur = workspace
    by_hand = page_by_hand(*H1_2025)
    numbers = company_page.comparison(cur, Filters(*H1_2025))
    got = numbers["page"]
    assert (got["posts"], got["impressions"], got["engagements"]) == (
        by_hand["posts"], by_hand["impressions"], by_hand["engagements"])
    assert got["engagement_rate"] == pytest.approx(by_hand["engagement_rate"])
    assert (by_hand["posts"], by_hand["impressions"], by_hand["engagements"]) == (68, 163239, 2944)  # read off the file
    # the programme: 5,000 + 12,000 impressions; engagements 125 + 350 + 55; rate (125 + 350) / 17,000
    mine = numbers["programme"]
    assert (mine["posts"], mine["impressions"], mine["engagements"], mine["posts_with_impressions"]) == (
        3, 17000, 530, 2)
    assert mine["engagement_rate"] == pytest.approx(475 / 17000)
    share = round(17000 / by_hand["impressions"] * 100)  # 10 %
    assert company_page.sentences(numbers, "de") == [
        "Im selben Zeitraum: 3 Beiträge des Programms, 68 der Unternehmensseite.",
        f"Die 2 Corporate Influencer erzielten {share} % der Impressionen der Unternehmensseite.",
        f"Impressionen bekannt für 2 von 3 Beiträgen des Programms und {by_hand['with_impressions']} von 68 der "
        "Seite.",
        "Engagement-Rate: Programm 2,8 %, Unternehmensseite 1,8 %.",
    ]
    table = {row["measure"]: row for row in company_page.table(numbers, "en")}
    # a total known for only some of the programme's posts says so in its cell
    assert table["Impressions"] == {"measure": "Impressions", "programme": "17,000 · 2 of 3 posts",
                                    "page": "163,239", "ratio": "0.1×"}
    assert table["Engagements"]["programme"] == "530"
    assert table["Posts"]["page"] == "68"


def test_an_open_period_is_where_both_have_posts(workspace) -> None:
    _, cur = workspace
    numbers = company_page.comparison(cur, Filters())
    # programme 3 Feb – 5 May 2025, page 16 Dec 2024 – 20 Jul 2025: compared 3 Feb – 5 May 2025
    assert (numbers["start"], numbers["end"]) == (date(2025, 2, 3), date(2025, 5, 5))
    assert numbers["page"]["posts"] == page_by_hand(date(2025, 2, 3), date(2025, 5, 5))["posts"]


def test_more_impressions_than_the_page_in_words() -> None:
    numbers = {"programme": {"posts": 326, "impressions": 633853, "engagements": 19780, "engagement_rate": 0.0312,
                             "posts_with_impressions": 326, "influencers": 16, "follower_growth": 5042},
               "page": {"posts": 73, "impressions": 257528, "engagements": 4436, "engagement_rate": 0.0172,
                        "posts_with_impressions": 73, "follower_growth": 4377},
               "first": date(2023, 1, 2), "last": date(2023, 6, 30)}
    assert company_page.sentences(numbers, "de")[1] == ("Die 16 Corporate Influencer erzielten 2,5-mal so viele "
                                                "Impressionen wie die Unternehmensseite.")
    assert company_page.sentences(numbers, "en")[-1] == "Follower growth: influencers together +5,042, company page +4,377."
    # without the programme's impressions the engagements are compared, and the sentence says why
    numbers["programme"].update(impressions=None, posts_with_impressions=0, engagement_rate=None)
    words = company_page.sentences(numbers, "de")
    assert words[1] == "Die 16 Corporate Influencer erzielten 4,5-mal so viele Interaktionen wie die Unternehmensseite."
    assert words[2].startswith("Impressionen sind nicht für beide Seiten bekannt (0 von 326 Beiträgen")


def test_summary_company_page_key(workspace) -> None:
    path, cur = workspace
    by_hand = page_by_hand(*H1_2025)
    figures = summary(cur, *H1_2025)
    assert figures["posts"] == 3
    assert figures["company_page"] == {"posts": 68, "impressions": 163239, "engagements": 2944,
                                       "engagement_rate": round(by_hand["engagement_rate"], 6)}


def test_summary_cli_and_import_cli_report_page_posts(tmp_path: Path) -> None:
    path = tmp_path / "cli.duckdb"
    imported = cli("import", "--db", str(path), str(shared("linkedin-page-content-export.xlsx")))
    assert imported.code == 0, imported.err
    [report] = json.loads(imported.out)["files"]
    assert (report["kind"], report["format"], report["inserted"]) == ("page_posts", "linkedin_page_export", 79)
    result = cli("summary", "--db", str(path))
    figures = json.loads(result.out)
    everything = page_by_hand(date(2024, 1, 1), date(2025, 12, 31))
    assert figures["posts"] == 0 and figures["influencers"] == 0 and figures["goals"] == []
    assert figures["company_page"] == {"posts": 79, "impressions": everything["impressions"],
                                       "engagements": everything["engagements"],
                                       "engagement_rate": round(everything["engagement_rate"], 6)}
    assert (everything["impressions"], everything["engagements"]) == (188316, 3402)


def test_undo_of_a_page_import(workspace) -> None:
    _, cur = workspace
    result = undo_last_import(cur)
    assert (result["kind"], result["removed"]) == ("page_posts", 79)
    assert company_page.comparison(cur, Filters()) is None and "company_page" not in summary(cur)
    assert kpis(cur, Filters())["posts"] == 3  # the controlling sheet stays


def test_import_page_reports_page_posts_as_the_pages(run_page, empty_db: Path) -> None:
    from apptest_helpers import texts

    at = run_page(empty_db, "pages/7_Import.py")
    data = shared("linkedin-page-content-export.xlsx").read_bytes()
    at.file_uploader[0].set_value([("linkedin-page-content-export.xlsx", data, "application/octet-stream")])
    at.run()
    assert "Inhalt: Beiträge der Unternehmensseite" in texts(at)
    next(b for b in at.button if b.label == "Importieren bestätigen").click().run()
    assert not at.exception
    # counted in the kind's own words: the page's posts, not the programme's
    assert ("„linkedin-page-content-export.xlsx“ importiert: 79 Beiträge der Unternehmensseite neu "
            "– getrennt vom Programm") in texts(at)
    con = store.connect(empty_db)
    try:
        assert con.execute("SELECT (SELECT count(*) FROM page_posts), (SELECT count(*) FROM posts)").fetchone() == (
            79, 0)
    finally:
        con.close()
    # the history names the kind; undo takes the page's posts back
    history = next(df.value for df in at.table if "Prüfsumme" in df.value.columns)
    assert "Beiträge der Unternehmensseite" in history.to_string()
    at.checkbox(key="imp_undo_sure_0").check().run()
    next(b for b in at.button if b.label == "Letzten Import rückgängig machen").click().run()
    assert "Der Import von „linkedin-page-content-export.xlsx“ wurde rückgängig gemacht." in texts(at)
    con = store.connect(empty_db)
    try:
        assert con.execute("SELECT count(*) FROM page_posts").fetchone() == (0,)
    finally:
        con.close()
