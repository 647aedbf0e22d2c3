"""What the data covers, on the patchwork of sources (tests/fixtures/patchwork, fixtures.build_patchwork).

Every figure below is computed by hand from make_patchwork.py:

- roster (kader_hr.xlsx): Lena, Can, Jana (left 30.04.2024), Paul, Mia, Ella (joined 01.02.2024),
  Tim (joined 01.01.2026), Aylin; everyone else joined 01.01.2024;
- controlling sheet, January–March 2024: 19 posts (Jan 7, Feb 6, Mar 6): Lena 4 (8.1., 29.1., 14.2.,
  13.3.), Can 3 (10.1., 5.2., 6.3.), Jana 2 (15.1., 19.2.), Paul 2 (17.1., 4.3.), Mia 3 (22.1., 12.2., 18.3.),
  Ella 2 (7.2., 11.3.), Aylin 3 (24.1., 26.2., 25.3.): it covers the programme from 01.01. to 31.03.2024;
- nothing for April 2024 – December 2025;
- Lena's member export 01.01.–31.03.2026: 5 posts (13.1., 10.2., 3.3., 24.3., 30.3.); Can's: 3 posts
  (20.1., 17.2., 16.3.); each covers its person from 01.01. to 31.03.2026;
- Lena's single-post export of her post of 13.1.2026: one post, no days.
"""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest
from command_line import cli
from fixtures import PATCHWORK, patchwork_files
from ingest_helpers import write_csv
from pptx import Presentation

from analytics import covered, goals, lifecycle, store
from analytics.briefing import pptx
from analytics.briefing.content import build
from analytics.charts import frequency as frequency_charts
from analytics.charts.impact import outcomes_chart
from analytics.charts.overview import posts_and_engagement_by_month
from analytics.filters import Filters
from analytics.ingest import import_file, undo_last_import
from analytics.ingest.formats import sniff
from analytics.ingest.linkedin import discovery_window
from analytics.ingest.sources import read_workbook, window_from_file_name
from analytics.queries import diversity, frequency, impact, overview
from analytics.queries import support as person_queries
from analytics.summary import summary

Q1_2026 = Filters(start=date(2026, 1, 1), end=date(2026, 3, 31))
EVERYTHING = Filters(start=date(2024, 1, 1), end=date(2026, 3, 31))
GAP = (date(2024, 4, 1), date(2025, 12, 31))


@pytest.fixture
def cur(patchwork_db: Path):
    con = store.connect(patchwork_db)
    with store.cursor(con) as cursor:
        yield cursor
    con.close()


def by_name(cur, frame: pd.DataFrame) -> pd.DataFrame:
    return frame.set_index("name")


# ---------------------------------------------------------------- recorded at import
def test_each_import_records_what_it_covers(cur) -> None:
    rows = cur.execute(
        "SELECT im.file_name, c.scope, i.name, c.first_day, c.last_day, c.post_key, c.figures "
        "FROM coverage c JOIN imports im USING (import_id) LEFT JOIN influencers i USING (influencer_id) "
        "ORDER BY c.import_id").fetchall()
    assert rows == [
        ("controlling_2024_Q1.xlsx", "programme", None, date(2024, 1, 1), date(2024, 3, 31), None,
         ["comments", "impressions", "reactions", "reposts", "topic"]),
        ("AggregateAnalytics_LenaBerger_2026-01-01_2026-03-31.xlsx", "person", "Lena Berger", date(2026, 1, 1),
         date(2026, 3, 31), None, ["engagements", "followers", "impressions"]),
        ("AggregateAnalytics_CanDemir_2026-01-01_2026-03-31.xlsx", "person", "Can Demir", date(2026, 1, 1),
         date(2026, 3, 31), None, ["engagements", "followers", "impressions"]),
        ("SinglePostAnalytics_LenaBerger_7416000000000000001.xlsx", "post", "Lena Berger", None, None,
         "li:7410000000000000001",
         ["comments", "followers_gained", "impressions", "link_engagements", "members_reached", "profile_viewers",
          "reactions", "reposts", "saves", "sends", "time"]),
    ]
    # the roster and the outcomes cover no time; the reports count no coverage rows
    assert cur.execute("SELECT count(*) FROM coverage c JOIN imports im USING (import_id) "
                       "WHERE im.kind IN ('roster', 'outcomes')").fetchone() == (0,)


def test_the_window_of_a_member_export(tmp_path: Path) -> None:
    lena = PATCHWORK / "AggregateAnalytics_LenaBerger_2026-01-01_2026-03-31.xlsx"
    can = PATCHWORK / "AggregateAnalytics_CanDemir_2026-01-01_2026-03-31.xlsx"
    # the DISCOVERY sheet (English interface) and AUFFINDBARKEIT (German) name it
    assert discovery_window(read_workbook(lena)) == (date(2026, 1, 1), date(2026, 3, 31))
    assert discovery_window(read_workbook(can)) == (date(2026, 1, 1), date(2026, 3, 31))
    assert discovery_window({"DISCOVERY": [("Overall Performance", "01.02.2026 – 30.04.2026")]}) == (
        date(2026, 2, 1), date(2026, 4, 30))
    assert discovery_window({"DISCOVERY": [("Impressions", "12,400")]}) is None
    assert discovery_window({"TOP POSTS": [("Overall Performance", "1/1/2026 - 3/31/2026")]}) is None
    # a renamed file keeps its window from the sheet; the name alone gives it too
    renamed = tmp_path / "export von Lena.xlsx"
    shutil.copy(lena, renamed)
    assert sniff(renamed).extra["window"] == (date(2026, 1, 1), date(2026, 3, 31))
    assert window_from_file_name("Content_2025-04-01_2026-03-31_AnnaMueller (1).xlsx") == (
        date(2025, 4, 1), date(2026, 3, 31))
    assert window_from_file_name("SinglePostAnalytics_LenaBerger_7416000000000000001.xlsx") is None


def test_shares_csv_covers_its_person_from_the_first_to_the_last_share(cur, tmp_path: Path) -> None:
    shares = write_csv(tmp_path / "Shares.csv", [
        ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"],
        ["2025-06-03 08:15:00", "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7300000000000000001",
         "Erster Beitrag", "", "", "MEMBER_NETWORK"],
        ["2025-07-28 16:40:00", "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7300000000000000002",
         "Zweiter Beitrag", "", "", "MEMBER_NETWORK"],
    ], delimiter=",")
    import_file(cur, shares, author="Mia Krause")
    assert cur.execute("SELECT first_day, last_day, figures FROM coverage WHERE scope = 'person' "
                       "AND influencer_id = (SELECT influencer_id FROM influencers WHERE name = 'Mia Krause')"
                       ).fetchall() == [(date(2025, 6, 3), date(2025, 7, 28), ["text", "time"])]
    # the programme's gap is cut in two: June and July 2025 are Mia's, the rest stays unknown
    assert covered.overview(cur).gaps == ((date(2024, 4, 1), date(2025, 5, 31)), (date(2025, 8, 1), date(2025, 12, 31)))


def test_undo_and_erasure_remove_what_an_import_recorded(patchwork_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    con = store.connect(path)
    with store.cursor(con) as cur:
        store.set_meta(cur, "demo_dismissed", "1")
        for file, author in patchwork_files()[:4]:  # up to Can's member export
            import_file(cur, file, author=author)
        assert cur.execute("SELECT count(*) FROM coverage").fetchone() == (3,)
        result = undo_last_import(cur)
        # Can's three posts, 90 follower days, the export's window (its 8 audience values with it) and 90
        # days of his profile's activity; the coverage row uncounted
        assert result["removed"] == 3 + 90 + 1 + 90
        assert [row[0] for row in cur.execute("SELECT scope FROM coverage ORDER BY import_id").fetchall()] == [
            "programme", "person"]
        assert covered.report(cur, date(2026, 4, 15))["people"][1] == {
            "person": "Can Demir", "covered": [{"from": "2024-01-01", "to": "2024-03-31", "source": "controlling_xlsx"}],
            "newest_export_to": None, "export_due": True}
    result = lifecycle.erase(con, "Lena Berger")
    assert result["removed"]["coverage"] == 1  # her export's row; the team's sheet stays
    with store.cursor(con) as cur:
        assert cur.execute("SELECT scope, influencer_id FROM coverage").fetchall() == [("programme", None)]
    con.close()


# ---------------------------------------------------------------- stretches, gaps, the default period
def test_covered_stretches_gaps_and_the_default_period(cur) -> None:
    found = covered.overview(cur)
    assert found.covered == ((date(2024, 1, 1), date(2024, 3, 31)), (date(2026, 1, 1), date(2026, 3, 31)))
    assert found.gaps == (GAP,)
    assert found.default == (date(2026, 1, 1), date(2026, 3, 31))
    assert found.older() == ((date(2024, 1, 1), date(2024, 3, 31)),)
    assert covered.covered_until(cur) == date(2026, 3, 31)  # the exports' window, not the last post (30.03.)
    assert covered.month_range(found.older()[0], "de") == "01/2024–03/2024"


def test_gaps_are_whole_calendar_months() -> None:
    # 20 March to 5 April uncovered: no whole month, no gap, one stretch
    spans = [(date(2024, 1, 1), date(2024, 3, 20)), (date(2024, 4, 5), date(2024, 6, 30))]
    assert covered.month_gaps(spans) == []
    assert covered.stretches(spans) == [(date(2024, 1, 1), date(2024, 6, 30))]
    # 20 March to 2 May: April is a gap
    spans = [(date(2024, 1, 1), date(2024, 3, 20)), (date(2024, 5, 2), date(2024, 6, 30))]
    assert covered.month_gaps(spans) == [(date(2024, 4, 1), date(2024, 4, 30))]
    assert covered.stretches(spans) == [(date(2024, 1, 1), date(2024, 3, 20)), (date(2024, 5, 2), date(2024, 6, 30))]
    # inside a chosen period: its whole months only
    assert covered.month_gaps(spans, (date(2024, 4, 10), date(2024, 6, 30))) == []


def test_the_default_period_is_at_most_the_last_twelve_months() -> None:
    assert covered.latest_months((date(2024, 3, 15), date(2026, 3, 31))) == (date(2025, 4, 1), date(2026, 3, 31))
    assert covered.latest_months((date(2024, 3, 15), date(2026, 3, 10))) == (date(2025, 4, 1), date(2026, 3, 10))
    assert covered.latest_months((date(2025, 11, 2), date(2026, 3, 10))) == (date(2025, 11, 2), date(2026, 3, 10))


def test_the_command_line_coverage(patchwork_db: Path) -> None:
    result = cli("coverage", "--db", patchwork_db, "--today", "2026-04-15")
    assert (result.code, result.err) == (0, "")
    sheet = {"from": "2024-01-01", "to": "2024-03-31", "source": "controlling_xlsx"}
    export = {"from": "2026-01-01", "to": "2026-03-31", "source": "linkedin_member_analytics"}
    assert result.json == {
        "programme": {"covered": [{"from": "2024-01-01", "to": "2024-03-31"}, {"from": "2026-01-01", "to": "2026-03-31"}],
                      "gaps": [{"from": "2024-04-01", "to": "2025-12-31"}]},
        "default_period": {"from": "2026-01-01", "to": "2026-03-31"},
        "people": [  # alphabetical; 15 days after their exports ended Lena and Can are not due
            {"person": "Aylin Yilmaz", "covered": [sheet], "newest_export_to": None, "export_due": True},
            {"person": "Can Demir", "covered": [sheet, export], "newest_export_to": "2026-03-31", "export_due": False},
            {"person": "Ella Nowak", "covered": [{**sheet, "from": "2024-02-01"}], "newest_export_to": None,
             "export_due": True},
            {"person": "Jana Fischer", "covered": [sheet], "newest_export_to": None, "export_due": False},  # left
            {"person": "Lena Berger", "covered": [sheet, export], "newest_export_to": "2026-03-31",
             "export_due": False},
            {"person": "Mia Krause", "covered": [sheet], "newest_export_to": None, "export_due": True},
            {"person": "Paul Hoffmann", "covered": [sheet], "newest_export_to": None, "export_due": True},
            {"person": "Tim Schulz", "covered": [], "newest_export_to": None, "export_due": True},  # joined 2026
        ],
    }
    later = cli("coverage", "--db", patchwork_db, "--today", "2026-05-01").json
    assert [p["export_due"] for p in later["people"] if p["newest_export_to"]] == [True, True]  # 31 days
    assert cli("coverage", "--db", patchwork_db, "--today", "gestern").code == 2


def test_an_empty_workspace_covers_nothing(empty_db: Path) -> None:
    assert cli("coverage", "--db", empty_db, "--today", "2026-04-15").json == {
        "programme": {"covered": [], "gaps": []}, "default_period": None, "people": []}


def test_the_summary_counts_the_cohort_in_the_period(patchwork_db: Path) -> None:
    def cohort(*period: str) -> int:
        flags = [flag for flag, day in zip(("--from", "--to"), period, strict=False) for flag in (flag, day)]
        return cli("summary", "--db", patchwork_db, *flags).json["cohort_in_period"]

    assert cohort() == 8
    assert cohort("2026-01-01", "2026-03-31") == 7  # Jana left on 30.04.2024
    assert cohort("2024-05-01", "2025-12-31") == 6  # Jana gone, Tim not yet there
    assert cohort("2024-01-01", "2024-01-31") == 6  # Ella joins in February, Tim in 2026


def test_the_briefing_without_a_period_covers_the_default_period(patchwork_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "briefing.html"
    result = cli("briefing", "--db", patchwork_db, "--format", "html", "--out", out)
    assert result.code == 0, result.err
    page = out.read_text(encoding="utf-8").replace("&nbsp;", " ")  # as read: "100 %" kept on one line
    assert "Zeitraum 01.01.2026 – 31.03.2026" in page
    # Q1 2026: Lena and Can have data and posted every month; five more people have none
    assert "Pro Monat waren im Schnitt 2 von 2 Personen im Kader aktiv (100 %)." in page
    assert "Für 5 weitere Personen im Programm lagen zuletzt keine Daten vor; sie sind nicht mitgezählt." in page
    assert "Keine Daten für" not in page  # the default period has no gap


# ---------------------------------------------------------------- joined and left
def test_the_hr_list_gives_joined_and_left(cur) -> None:
    people = dict(((name, (joined, left)) for name, joined, left in cur.execute(
        "SELECT name, joined_on, left_on FROM influencers").fetchall()))
    assert people["Jana Fischer"] == (date(2024, 1, 1), date(2024, 4, 30))
    assert people["Ella Nowak"] == (date(2024, 2, 1), None)
    assert people["Tim Schulz"] == (date(2026, 1, 1), None)


@pytest.mark.parametrize(("headers", "values"), [
    (["Name", "Eintritt", "Austritt"], ["Anna Alt", "01.03.2024", "31.10.2024"]),
    (["Name", "Beginn", "Ende"], ["Anna Alt", "01.03.2024", "31.10.2024"]),
    (["Name", "Teilnahme ab", "Teilnahme bis"], ["Anna Alt", "2024-03-01", "2024-10-31"]),
    (["Name", "Start", "ausgeschieden"], ["Anna Alt", "1.3.2024", "31.10.2024"]),
    (["Name", "Start date", "End date"], ["Anna Alt", "2024-03-01", "2024-10-31"]),
    (["Name", "Joined", "Left"], ["Anna Alt", "3/1/2024", "10/31/2024"]),
])
def test_joined_and_left_in_german_and_english(tmp_path: Path, headers: list[str], values: list[str]) -> None:
    con = store.connect(tmp_path / "w.duckdb")
    with store.cursor(con) as cur:
        report = import_file(cur, write_csv(tmp_path / "kader.csv", [headers, values]))
        assert report.unmapped_columns == [] and report.rejected == []
        assert cur.execute("SELECT joined_on, left_on FROM influencers").fetchall() == [
            (date(2024, 3, 1), date(2024, 10, 31))]
    con.close()


def test_leaving_before_joining_is_refused(tmp_path: Path) -> None:
    con = store.connect(tmp_path / "w.duckdb")
    with store.cursor(con) as cur:
        report = import_file(cur, write_csv(tmp_path / "kader.csv", [
            ["Name", "Eintritt", "Austritt"], ["Anna Alt", "01.03.2024", "31.01.2024"], ["Ben Bau", "01.03.2024", ""]]))
        assert [(r["line"], r["key"]) for r in report.rejected] == [(2, "reject_left_before_joined")]
        assert cur.execute("SELECT name FROM influencers").fetchall() == [("Ben Bau",)]
    con.close()


def test_nobody_counts_before_joining_or_after_leaving(cur) -> None:
    # May to December 2024: Jana had left, Tim had not joined; nobody has data, nobody is quiet
    later = Filters(start=date(2024, 5, 1), end=date(2024, 12, 31))
    pauses = frequency.gaps(cur, later)
    assert sorted(pauses["name"]) == ["Aylin Yilmaz", "Can Demir", "Ella Nowak", "Lena Berger", "Mia Krause",
                                      "Paul Hoffmann"]
    assert pauses["no_data"].all() and pauses["days_quiet"].isna().all()
    assert frequency.gap_summary(cur, later, 14) == {"people": 0, "quiet": 0, "no_data": 6,
                                                     "measured_to": date(2024, 12, 31)}
    # the diversity page's cohort is the programme at the period's end
    assert diversity.roster_size(cur, Q1_2026) == 7  # without Jana
    assert diversity.roster_size(cur, Filters(start=date(2024, 1, 1), end=date(2024, 1, 31))) == 6  # nor Ella, Tim
    women = diversity.composition(cur, Q1_2026).query("attribute == 'gender' and group == 'female'")
    assert women["influencers"].tolist() == [3]  # Lena, Mia, Aylin (Jana left)


# ---------------------------------------------------------------- time that says what it covers
def test_per_month_averages_count_covered_time_only(cur) -> None:
    people = by_name(cur, frequency.monthly_target(cur, Q1_2026, 4))
    # Q1 2026 has 31 + 28 + 31 = 90 days; Lena 5 posts, Can 3; the five others have no data at all
    assert (people.loc["Lena Berger", "days"], people.loc["Lena Berger", "posts"]) == (90, 5)
    assert people.loc["Lena Berger", "posts_per_month"] == pytest.approx(5 / (90 / 30.4375))
    assert people.loc["Can Demir", "posts_per_month"] == pytest.approx(3 / (90 / 30.4375))
    assert people.loc["Tim Schulz", "no_data"] and pd.isna(people.loc["Tim Schulz", "posts_per_month"])
    assert frequency.target_summary(cur, Q1_2026, 4) == {
        "people": 2, "no_data": 5, "active": 2, "posts": 8, "meets": 0,
        "median_per_month": pytest.approx((5 + 3) / 2 / (90 / 30.4375))}
    # the whole span: 2024 is a leap year (January–March 91 days); the 21 months between count for nobody
    everyone = by_name(cur, frequency.monthly_target(cur, EVERYTHING, 4))
    assert (everyone.loc["Lena Berger", "posts"], everyone.loc["Lena Berger", "days"]) == (9, 91 + 90)
    assert everyone.loc["Ella Nowak", "days"] == 29 + 31  # joined 01.02.2024
    assert everyone.loc["Jana Fischer", "posts_per_month"] == pytest.approx(2 / (91 / 30.4375))
    assert everyone.loc["Lena Berger", "month_list"].tolist() == [
        pd.Timestamp(day) for day in ("2024-01-01", "2024-02-01", "2024-03-01", "2026-01-01", "2026-02-01",
                                      "2026-03-01")]


def test_participation_with_its_denominators(cur) -> None:
    months = frequency.participation(cur, EVERYTHING).set_index("month")
    assert len(months) == 27
    # January 2024: six in the programme (Ella joins in February), all posted; February: seven, Paul did not
    # post; March: seven, Jana did not
    assert months["roster"].iloc[:3].tolist() == [6, 7, 7]
    assert months["active"].iloc[:3].tolist() == [6, 6, 6]
    assert months["participation"].iloc[:3].tolist() == pytest.approx([1, 6 / 7, 6 / 7])
    # April 2024 – December 2025: unknown, not 0 %: nobody's data covers it (Jana in April, then six)
    gap = months.loc[pd.Timestamp("2024-04-01"):pd.Timestamp("2025-12-01")]
    assert len(gap) == 21 and (gap["roster"] == 0).all() and gap["participation"].isna().all()
    assert gap["no_data"].iloc[0] == 7 and (gap["no_data"].iloc[1:] == 6).all()
    # 2026: Lena and Can have data and posted each month; five in the programme without data (Tim joined)
    assert months["roster"].iloc[-3:].tolist() == [2, 2, 2] and months["no_data"].iloc[-3:].tolist() == [5, 5, 5]
    assert months["participation"].iloc[-3:].tolist() == [1, 1, 1]


def test_a_pause_ends_where_the_data_ends(cur) -> None:
    pauses = by_name(cur, frequency.gaps(cur, EVERYTHING))
    # Paul's last post 04.03.2024, his data ends 31.03.2024: at least 27 days – not 757
    paul = pauses.loc["Paul Hoffmann"]
    assert (paul["days_quiet"], paul["at_least"], paul["measured_to"]) == (27, True, pd.Timestamp("2024-03-31"))
    assert pauses.loc["Jana Fischer", "days_quiet"] == 41  # 19.02. -> 31.03.2024
    # Lena and Can are covered to the period's end: exactly 1 and 15 days
    assert pauses.loc[["Lena Berger", "Can Demir"], "days_quiet"].tolist() == [1, 15]
    assert not pauses.loc[["Lena Berger", "Can Demir"], "at_least"].any()
    assert pauses.loc["Tim Schulz", "no_data"] and pd.isna(pauses.loc["Tim Schulz", "days_quiet"])
    # 14 days or more: Paul (27), Jana (41), Ella (11.03. -> 31.03.: 20), Can (15); not Aylin (6), Mia (13), Lena
    assert frequency.gap_summary(cur, EVERYTHING, 14) == {"people": 7, "quiet": 4, "no_data": 1,
                                                          "measured_to": date(2026, 3, 31)}
    row = next(frequency.gaps(cur, EVERYTHING).query("name == 'Paul Hoffmann'").itertuples())
    assert frequency_charts.pause_text(row, "de") == "mind. 27 Tage – Daten bis 31.03.2024"
    assert frequency_charts.pause_text(row, "en") == "at least 27 days – data up to 31 Mar 2024"
    # the one-person view says the same
    paul_id = cur.execute("SELECT influencer_id FROM influencers WHERE name = 'Paul Hoffmann'").fetchone()[0]
    assert person_queries.pause(cur, EVERYTHING, paul_id) == {
        "last_post": date(2024, 3, 4), "days": 27, "measured_to": date(2024, 3, 31), "at_least": True,
        "no_data": False}
    weeks = person_queries.weekly(cur, EVERYTHING, paul_id)
    assert weeks["covered"].sum() == 13  # the weeks of 1 Jan – 31 Mar 2024 (a Monday to a Sunday)


def test_the_person_heatmap_shows_no_data_apart_from_no_posts(cur) -> None:
    cells = frequency.person_period(cur, Q1_2026, "month")
    fig = frequency_charts.person_period_heatmap(cells, "de", "month")
    posts, unknown = fig.data
    names = list(posts.y)
    tim, lena = names.index("Tim Schulz"), names.index("Lena Berger")
    assert list(posts.z[tim]) == [None] * 3 and list(unknown.z[tim]) == [1] * 3 and unknown.text[tim][0] == "?"
    assert list(posts.z[lena]) == [1, 1, 3] and list(unknown.z[lena]) == [None] * 3
    assert "keine Daten" in unknown.customdata[tim][0]


def test_months_without_data_are_a_gap_in_the_charts(cur) -> None:
    monthly = overview.monthly(cur, EVERYTHING)
    timeline = covered.timeline(cur, EVERYTHING, "month")
    assert len(timeline) == 27 and timeline["covered"].sum() == 6
    fig = posts_and_engagement_by_month(monthly, "de", timeline=timeline)
    posts = list(fig.data[0].y)
    assert posts[:3] == [7, 6, 6] and posts[-3:] == [2, 2, 4]
    assert all(pd.isna(value) for value in posts[3:24])  # no bar, not a zero
    bands = [shape for shape in fig.layout.shapes if shape.line.dash == "dot"]
    assert len(bands) == 2  # one band over April 2024 – December 2025, in each panel
    assert pd.Timestamp(bands[0].x0) < pd.Timestamp("2024-04-01") < pd.Timestamp("2025-12-01") < pd.Timestamp(
        bands[0].x1)
    assert [note.text for note in fig.layout.annotations].count("keine Daten") == 1
    assert covered.period_gaps(cur, EVERYTHING) == [GAP]
    assert covered.gap_note([GAP], "de").startswith("Keine Daten für 04/2024–12/2025:")


def test_a_goal_is_pro_rated_across_a_gap(cur) -> None:
    # 2 posts a month from January 2024 to June 2026 (30 months): 60 posts in all. As of 31.03.2026 (the
    # exports' last day) six months are covered (Jan–Mar 2024, Jan–Mar 2026); the 21 between are unknown
    goal_id = goals.add_goal(cur, "posts_per_month", 2, date(2024, 1, 1), date(2026, 6, 30))
    goal = next(g for g in goals.goal_status(cur) if g.goal_id == goal_id)
    assert goal.as_of == date(2026, 3, 31)
    assert (goal.done, goal.whole) == (27, 60)
    assert goal.value == pytest.approx(27 / 6)  # not 27 / 27 months = 1.0
    assert goal.expected == pytest.approx(60 * 6 / 30)
    assert goal.status == "on_track"
    # a goal whose months all lie in the gap has no data, not "behind"
    inside = goals.add_goal(cur, "posts_per_month", 2, date(2024, 6, 1), date(2024, 12, 31))
    assert next(g for g in goals.goal_status(cur) if g.goal_id == inside).status == "no_data"
    assert summary(cur)["goals"][1]["status"] == "no_data"


def test_the_import_page_view_of_who_has_to_export(cur) -> None:
    months, people = covered.months_grid(cur, date(2026, 4, 15), 12)
    assert months[0] == date(2025, 5, 1) and months[-1] == date(2026, 4, 1)
    rows = {entry["person"]: entry["months"] for entry in people}
    assert rows["Lena Berger"][-4:] == ["linkedin_member_analytics"] * 3 + [None]
    assert rows["Paul Hoffmann"] == [None] * 12
    assert rows["Tim Schulz"] == [""] * 8 + [None] * 4  # joined in January 2026
    assert rows["Jana Fischer"] == [""] * 12  # left in April 2024
    # 365 days back from 15.04.2026 is 16.04.2025: nothing covers those days, they leave LinkedIn's window
    # from 16.04.2026 on – for everyone in the programme except Tim, who joined in 2026
    lost = covered.soon_lost(people, date(2026, 4, 15))
    assert [entry["person"] for entry in lost] == ["Aylin Yilmaz", "Can Demir", "Ella Nowak", "Lena Berger",
                                                   "Mia Krause", "Paul Hoffmann"]
    assert lost[0]["first_uncovered"] == date(2025, 4, 16) and lost[0]["lost_on"] == date(2026, 4, 16)
    assert covered.lost_text(lost, "de") == ("Aylin Yilmaz, Can Demir, Ella Nowak, Lena Berger, Mia Krause, "
                                             "Paul Hoffmann (ab 16.04.2025, verloren ab 16.04.2026)")
    # the page reads all of it at once (kept per data version and day), the demo's people left out
    cur.execute("UPDATE influencers SET is_demo = true WHERE name = 'Paul Hoffmann'")
    view = covered.export_view(cur, date(2026, 4, 15), 12)
    assert view.months == months
    assert [entry["person"] for entry in view.people] == [entry["person"] for entry in people
                                                          if entry["person"] != "Paul Hoffmann"]
    assert [entry["person"] for entry in view.lost] == ["Aylin Yilmaz", "Can Demir", "Ella Nowak", "Lena Berger",
                                                        "Mia Krause"]


def test_the_soon_lost_warning_names_ten_and_counts_the_rest() -> None:
    """Soonest loss first, the same days on one line; after ten names the rest is a number (a programme
    of 1,000 people listed every one of them: 65 KB of warning)."""
    def lost(person: str, first: date) -> dict:
        return {"person": person, "first_uncovered": first, "lost_on": first + timedelta(days=365)}

    entries = [lost(f"P{n:04d}", date(2025, 12, 8)) for n in range(1000)] + [lost("Früh", date(2025, 12, 1))]
    text = covered.lost_text(entries, "de")
    assert text == ("Früh (ab 01.12.2025, verloren ab 01.12.2026); "
                    + ", ".join(f"P{n:04d}" for n in range(9)) + " (ab 08.12.2025, verloren ab 08.12.2026) "
                    "und 991 weitere (in der Tabelle unten)")  # 1,001 people, ten named
    assert covered.lost_text(entries[:2], "en") == "P0000, P0001 (from 8 Dec 2025, lost from 8 Dec 2026)"


def test_json_of_the_coverage_report_is_plain(cur) -> None:
    assert json.loads(json.dumps(covered.report(cur, date(2026, 4, 15))))["default_period"] == {
        "from": "2026-01-01", "to": "2026-03-31"}


def test_a_briefing_across_the_gap_names_it_and_keeps_it_empty(cur, tmp_path: Path) -> None:
    briefing = build(cur, EVERYTHING, "de")
    assert covered.gap_note([GAP], "de") in briefing.notes
    # the months with data: roster 6, 7, 7, 2, 2, 2 (mean 4.33), active 6, 6, 6, 2, 2, 2 (mean 4): 24 of 26
    assert "Pro Monat waren im Schnitt 4 von 4,3 Personen im Kader aktiv (92 %)." in briefing.paragraph
    charts = {chart.key: chart for chart in briefing.charts}
    posts = charts["activity"].series[0]
    assert posts.categories == ("Jan 2024", "Feb 2024", "Mär 2024", "04/2024–12/2025: keine Daten", "Jan 2026",
                                "Feb 2026", "Mär 2026")
    assert posts.values == (7, 6, 6, None, 2, 2, 4)
    assert charts["regularity"].series[0].values[3] is None
    assert charts["outcomes"].categories[2] == "04/2024–12/2025: keine Daten"
    target = tmp_path / "b.pptx"
    target.write_bytes(pptx.render(briefing))
    slide = Presentation(str(target)).slides[2]
    chart = next(shape.chart for shape in slide.shapes if shape.has_chart)
    assert list(chart.plots[0].categories)[3] == "04/2024–12/2025: keine Daten"
    assert list(chart.plots[0].series[0].values)[3] is None  # no bar, not a zero


def test_the_outcomes_chart_marks_the_gap_between_its_months(cur) -> None:
    fig = outcomes_chart(impact.outcomes_by_month(cur, EVERYTHING), "en", timeline=covered.timeline(cur, EVERYTHING))
    assert list(fig.data[0].x) == ["Feb 2024", "Mar 2024", "04/2024–12/2025: no data", "Feb 2026", "Mar 2026"]
    assert [trace.y[2] for trace in fig.data] == [None] * len(fig.data)


def test_a_previous_period_without_data_is_not_one_without_posts(cur) -> None:
    """Q1 2026 against Q4 2025, which no file covers: no change is shown, and the note says there is no
    data for 3 Oct – 31 Dec 2025, the 90 days before (not that nobody posted); Q1 2024 against Q4 2023 likewise; a previous
    period the imports cover but without posts keeps the old words."""
    q1_2026 = Filters(start=date(2026, 1, 1), end=date(2026, 3, 31))
    assert covered.uncovered(cur, q1_2026.previous()) is True
    assert covered.uncovered(cur, q1_2026) is False
    briefing = build(cur, q1_2026, "de")
    assert "Für den gleich langen Zeitraum davor (03.10.2025 – 31.12.2025) liegen keine Daten vor" in briefing.notes[0]
    assert all(tile.delta is None for tile in briefing.tiles)
    # February 2024 to March 2024 against December 2023 to January 2024: January is covered, nothing is uncovered
    spring = Filters(start=date(2024, 2, 1), end=date(2024, 3, 31))
    assert covered.uncovered(cur, spring.previous()) is False
