"""Who the programme reaches: LinkedIn's DISCOVERY, ENGAGEMENT and DEMOGRAPHICS sheets and the single-post
demographics, kept as import kinds and combined across people.

The workspace is tests/fixtures/audience (see make_audience.py for every figure). For the first
quarter of 2026 each person counts with their Q1 export: Anna 6,000 members reached, Ben 3,000,
Cem 1,000, Dana 2,000 — 12,000 in all; impressions 15,000 + 7,000 + 2,500 + 4,000 = 28,500.
Every share below is Σ reached × percentage ÷ Σ reached over the people whose export lists the
category, computed by hand in the comments.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from apptest_helpers import everything, open_tab, texts
from command_line import cli
from fixtures import AUDIENCE, audience_files, build_audience
from ingest_helpers import FIXTURES
from pptx import Presentation

from analytics import lifecycle, programme, settings, store
from analytics.audience import briefing_sentence, months_label, window_label
from analytics.briefing import content as briefing
from analytics.errors import CockpitError
from analytics.filters import Filters
from analytics.ingest import detect, import_file, undo_last_import
from analytics.ingest.linkedin import audience_category, share_from
from analytics.queries import audience as q

Q1 = Filters(start=date(2026, 1, 1), end=date(2026, 3, 31))
ANNA = AUDIENCE / "AggregateAnalytics_AnnaAlbers_2026-01-01_2026-03-31.xlsx"
BEN = AUDIENCE / "AggregateAnalytics_BenBrandt_2026-01-01_2026-03-31.xlsx"
SINGLE = AUDIENCE / "SinglePostAnalytics_AnnaAlbers_7420000000000000001.xlsx"
NAMES = ("Anna Albers", "Ben Brandt", "Cem Özdemir", "Dana Dorn")
PAGE = "pages/12_Publikum.py"
AUDIENCE_TABLES = ("audience_windows", "audience_values", "account_days", "post_audience")


@pytest.fixture(scope="module")
def audience_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_audience(tmp_path_factory.mktemp("audience") / "audience.duckdb")


@pytest.fixture
def db(audience_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "audience.duckdb"
    shutil.copy(audience_template, target)
    return target


@pytest.fixture
def ws(db: Path):
    con = store.connect(db)
    with store.cursor(con) as cursor:
        yield cursor
    con.close()


def shares(found: q.Audience, category: str) -> list[tuple[str, float, bool]]:
    return [(row.value, round(row.share, 6), bool(row.below_one_percent)) for row in found.values(category).itertuples()]


# ---------------------------------------------------------------- reading the files
@pytest.mark.parametrize(("cell", "read"), [
    ("38%", (0.38, False)), ("38 %", (0.38, False)), ("7,5 %", (0.075, False)), ("< 1%", (0.005, True)),
    ("<1 %", (0.005, True)), (0.38, (0.38, False)), (0.009, (0.009, False)), ("0.41", (0.41, False)),
    ("12", (0.12, False)), (1, (1.0, False)), ("n/a", None), ("", None), (None, None), ("140%", None), (-0.1, None),
])
def test_a_percentage_as_linkedin_writes_it(cell, read) -> None:
    assert share_from(cell) == (None if read is None else (pytest.approx(read[0]), read[1]))


@pytest.mark.parametrize(("label", "category"), [
    ("Locations", "location"), ("Location", "location"), ("Standorte", "location"), ("Job titles", "job_title"),
    ("Berufsbezeichnungen", "job_title"), ("Industries", "industry"), ("Branche", "industry"),
    ("Seniority", "seniority"), ("Karrierestufe", "seniority"), ("Company size", "company_size"),
    ("Unternehmensgröße", "company_size"), ("Companies", "company"), ("Unternehmen", "company"),
    (" Function ", "Function"),
])
def test_categories_singular_or_plural_english_or_german(label: str, category: str) -> None:
    assert audience_category(label) == category


def test_the_member_export_s_window_days_and_demographics_are_read_by_structure() -> None:
    english, german = detect(ANNA), detect(BEN)
    for det, window in ((english, (6000, 15000)), (german, (3000, 7000))):
        found = det.extra["audience_window"]
        assert (found.start, found.end, found.members_reached, found.impressions) == (
            date(2026, 1, 1), date(2026, 3, 31), *window)
        assert len(det.extra["account_days"]) == 90  # one row per day of the window
        assert det.extra["unused_sheets"] == []
    assert det.extra["account_days"][0][1:] == (date(2026, 1, 1), 50, 0)  # Ben's base 50, day 0
    assert [(row.category, row.value, row.share, row.below_one_percent) for row in german.extra["demographics"]][:3] \
        == [("job_title", "Feuerwehrmann", 0.15, False), ("location", "München", 0.5, False),
            ("location", "Landkreis München", 0.1, False)]
    anna = english.extra["demographics"]
    assert [(row.line, row.category, row.value) for row in anna if row.below_one_percent] == [
        (7, "industry", "IT Services"), (12, "company", "Stadtwerke München")]


def test_the_single_post_block_below_the_figures_is_the_post_s_audience() -> None:
    det = detect(SINGLE)
    line, values = det.extra["post_demographics"]
    assert line == 1
    assert [(row.line, row.category, row.value, row.share, row.below_one_percent) for row in values] == [
        (12, "location", "Munich", 0.44, False), (13, "company", "Landeshauptstadt München", 0.12, False),
        (14, "seniority", "Senior", 0.005, True)]
    assert det.extra.get("unused_lines") == []  # the heading (10) and the header (11) belong to the block


def test_a_member_export_no_longer_reports_its_audience_sheets_as_unused(cur) -> None:
    report = import_file(cur, FIXTURES / "AggregateAnalytics_SelinKaya_2025-04-01_2026-03-31.xlsx",
                         author="Selin Kaya")
    assert not any("AUFFINDBARKEIT" in w or "DEMOGRAFISCHE" in w or "ENGAGEMENT" in w for w in report.warnings)
    assert [k["kind"] for k in report.kinds] == ["posts", "member_followers", "member_audience", "account_activity"]


def test_a_demographics_row_that_cannot_be_read_is_named(cur, tmp_path: Path) -> None:
    path = tmp_path / ANNA.name
    shutil.copy(ANNA, path)
    book = openpyxl.load_workbook(path)
    book["DEMOGRAPHICS"].append(["Locations", "Hamburg", "n. v."])
    book.save(path)
    report = import_file(cur, path, author="Anna Albers")
    assert report.warnings == ["Nicht übernommen: Blatt „DEMOGRAPHICS“, Zeilen 13 – keine Zeile aus Kategorie, "
                               "Wert und Anteil (z. B. „Standorte; München; 38 %“)."]
    assert cur.execute("SELECT count(*) FROM audience_values").fetchone() == (11,)


# ---------------------------------------------------------------- kept as import kinds
def test_the_same_export_again_changes_nothing_and_a_newer_one_of_the_window_replaces_it(cur, tmp_path: Path) -> None:
    first = import_file(cur, ANNA, author="Anna Albers")
    assert [(k["kind"], k["inserted"]) for k in first.kinds] == [
        ("posts", 1), ("member_followers", 1), ("member_audience", 1), ("account_activity", 90)]
    again = import_file(cur, ANNA, author="Anna Albers")
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 93)
    newer = tmp_path / "AggregateAnalytics_AnnaAlbers_2026-01-01_2026-03-31 (1).xlsx"
    shutil.copy(ANNA, newer)
    book = openpyxl.load_workbook(newer)
    book["DISCOVERY"]["B3"] = "6,100"
    book["DEMOGRAPHICS"]["C3"] = "41%"  # Munich
    book.save(newer)
    report = import_file(cur, newer, author="Anna Albers")
    assert [(k["kind"], k["updated"]) for k in report.kinds if k["updated"]] == [("member_audience", 1)]
    assert cur.execute("SELECT members_reached FROM audience_windows").fetchall() == [(6100,)]
    assert cur.execute("SELECT share FROM audience_values WHERE value = 'Munich'").fetchall() == [(0.41,)]
    assert cur.execute("SELECT count(*) FROM audience_values").fetchone() == (11,)
    undone = undo_last_import(cur)
    assert (undone["removed"], undone["restored"]) == (1, 1)  # the newer window goes, the earlier comes back
    assert cur.execute("SELECT members_reached FROM audience_windows").fetchall() == [(6000,)]
    assert cur.execute("SELECT share FROM audience_values WHERE value = 'Munich'").fetchall() == [(0.4,)]
    assert cur.execute("SELECT count(*) FROM audience_values").fetchone() == (11,)


def test_a_single_post_export_keeps_the_post_s_audience_and_undo_takes_it(cur) -> None:
    import_file(cur, ANNA, author="Anna Albers")
    report = import_file(cur, SINGLE, author="Anna Albers")
    # the post merges into Anna's post no. 1 of her member export (same person, same day)
    assert [(k["kind"], k["inserted"], k["updated"]) for k in report.kinds] == [("posts", 0, 1),
                                                                               ("post_audience", 1, 0)]
    assert report.summary == "1 Beitrag aktualisiert · 1 Beitrags-Publikum neu (3 demografische Werte)"
    assert cur.execute("SELECT p.post_key, a.category, a.value, a.share, a.below_one_percent FROM post_audience a "
                       "JOIN posts p USING (post_id) ORDER BY a.position").fetchall() == [
        ("li:7420000000000000001", "location", "Munich", 0.44, False),
        ("li:7420000000000000001", "company", "Landeshauptstadt München", 0.12, False),
        ("li:7420000000000000001", "seniority", "Senior", 0.005, True)]
    assert import_file(cur, SINGLE, author="Anna Albers").kinds[1]["unchanged"] == 1
    undo_last_import(cur)  # the unchanged re-import
    undo_last_import(cur)
    assert cur.execute("SELECT count(*) FROM post_audience").fetchone() == (0,)
    assert cur.execute("SELECT count(*) FROM posts").fetchone() == (1,)


def test_erasure_access_and_retention_treat_the_audience_like_posts(db: Path) -> None:
    con = store.connect(db)
    with store.cursor(con) as cur:
        anna = lifecycle.find_person(cur, "Anna Albers")
        parts = lifecycle.access_parts(cur, anna)
        assert (len(parts["audience_windows"]), len(parts["audience_values"]), len(parts["account_days"]),
                len(parts["post_audience"])) == (1, 11, 90, 3)
        counts = lifecycle.erasure_counts(cur, anna.influencer_id)
        assert {table: counts[table] for table in AUDIENCE_TABLES} == {
            "audience_windows": 1, "audience_values": 11, "account_days": 90, "post_audience": 3}
        with store.transaction(cur):
            settings.put(cur, "retention_months", 3)
        due = lifecycle.retention_due(cur, today=date(2026, 5, 15))["due"]
        # the cut-off is 15 Feb 2026: Cem's Q4 2025 window and its one value; the days before the cut-off
        # (1 Jan - 14 Feb for each of the four, 45 days, and Cem's 92 days of Q4 2025); the audience of
        # Anna's post of 13 January
        assert {table: due[table] for table in AUDIENCE_TABLES} == {
            "audience_windows": 1, "audience_values": 1, "account_days": 4 * 45 + 92, "post_audience": 3}
    result = lifecycle.erase(con, "Anna Albers")
    assert {table: result["removed"][table] for table in AUDIENCE_TABLES} == {
        "audience_windows": 1, "audience_values": 11, "account_days": 90, "post_audience": 3}
    with store.cursor(con) as cur:
        assert cur.execute("SELECT count(*) FROM post_audience").fetchone() == (0,)
        assert "Anna Albers" not in json.dumps(q.summary(cur, date(2026, 1, 1), date(2026, 3, 31)), ensure_ascii=False)
    con.close()


def test_retention_takes_old_windows_out_of_the_undo_snapshots_too(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    con = store.connect(path)
    with store.cursor(con) as cur:
        import_file(cur, AUDIENCE / "kader.csv")  # in the roster: retention keeps the person, not her old rows
        import_file(cur, ANNA, author="Anna Albers")
        newer = tmp_path / "AggregateAnalytics_AnnaAlbers_2026-01-01_2026-03-31 (1).xlsx"
        shutil.copy(ANNA, newer)
        book = openpyxl.load_workbook(newer)
        book["DISCOVERY"]["B3"] = "6,100"
        book["ENGAGEMENT"]["B2"] = "999"  # 1 Jan 2026
        book.save(newer)
        import_file(cur, newer, author="Anna Albers")  # keeps the earlier window and day for undo
        with store.transaction(cur):
            settings.put(cur, "retention_months", 1)
    result = lifecycle.apply_retention(con, today=date(2026, 6, 1))
    assert (result["removed"]["import_undo_entries"], result["removed"]["audience_windows"],
            result["removed"]["account_days"], result["removed"]["people"]) == (2, 1, 90, 0)
    with store.cursor(con) as cur:
        assert cur.execute("SELECT snapshot FROM import_undo").fetchall() == []
    con.close()


# ---------------------------------------------------------------- combined across people
def test_the_quarter_s_audience_weighted_by_members_reached(ws) -> None:
    found = q.audience(ws, Q1)
    assert (found.people, found.members_reached, found.impressions) == (4, 12000, 28500)
    assert [(row.person, row.window_start, row.window_end) for row in found.windows.itertuples()] == [
        (name, date(2026, 1, 1), date(2026, 3, 31)) for name in NAMES]
    assert shares(found, "location") == [
        ("Munich", 0.266667, False),          # (6,000 × 0.40 + 1,000 × 0.20 + 2,000 × 0.30) / 12,000
        ("München", 0.125, False),            # 3,000 × 0.5 / 12,000
        ("Landkreis München", 0.075, False),  # (6,000 × 0.10 + 3,000 × 0.1) / 12,000
        ("Augsburg", 0.025, False), ("Berlin", 0.025, False)]  # 1,000 × 0.30, 6,000 × 0.05
    assert shares(found, "industry") == [
        ("Government Administration", 0.318182, False),  # (6,000 × 0.45 + 2,000 × 0.4) / 11,000: Cem lists none
        ("Öffentliche Sicherheit", 0.081818, False),     # 3,000 × 0.3 / 11,000
        ("IT Services", 0.002727, True)]                 # "< 1%" as 0.5 %: 6,000 × 0.005 / 11,000, marked
    assert shares(found, "company") == [
        ("Landeshauptstadt München", 0.113333, False),  # (600 + 600 + 160) / 12,000
        ("BMW Group", 0.01, False), ("City of Munich", 0.004167, False),
        ("Stadtwerke München", 0.0025, True), ("Berufsfeuerwehr München", 0.00225, False)]  # 0.009 as a number
    # the target region (default: the organisation's city, München and Munich) and the organisation with its alias
    assert (found.places, found.places_are_default) == (("München", "Munich"), True)
    assert round(found.region.share, 6) == 0.466667  # (3,200 + 1,500 + 900) / 12,000
    assert found.region.values == ("Munich", "München", "Landkreis München")
    assert round(found.own_organisation.share, 6) == 0.1175  # (1,360 + 50) / 12,000
    # "Function" is listed by Cem's export alone: fewer than three people
    assert found.hidden == ("Function",)
    assert found.categories == ["location", "job_title", "industry", "seniority", "company_size", "company"]


def test_each_person_counts_with_the_export_that_overlaps_the_period_most(ws) -> None:
    def cem(start: date, end: date) -> tuple[date, date, int]:
        windows = q.audience(ws, Filters(start=start, end=end)).windows
        row = windows[windows["person"] == "Cem Özdemir"].iloc[0]
        return row.window_start, row.window_end, int(row.members_reached)

    # 15 Jan - 31 Mar: Q1 overlaps 76 days, February-April 59
    assert cem(date(2026, 1, 15), date(2026, 3, 31)) == (date(2026, 1, 1), date(2026, 3, 31), 1000)
    # 1 Feb - 31 Mar: both overlap 59 days; the later window wins the tie
    assert cem(date(2026, 2, 1), date(2026, 3, 31)) == (date(2026, 2, 1), date(2026, 4, 30), 1200)
    # December: only the Q4 2025 export overlaps
    assert cem(date(2025, 12, 1), date(2025, 12, 31)) == (date(2025, 10, 1), date(2025, 12, 31), 800)
    tie = q.audience(ws, Filters(start=date(2026, 2, 1), end=date(2026, 3, 31)))
    # Munich with Cem's February-April export: (2,400 + 1,200 × 0.25 + 600) / (6,000 + 3,000 + 1,200 + 2,000)
    assert shares(tie, "location")[0] == ("Munich", 0.270492, False)


def test_no_region_or_organisation_set_gives_no_share(ws) -> None:
    with store.transaction(ws):
        programme.put_text(ws, "organisation", None)
        programme.put_names(ws, "organisation_aliases", "")
    found = q.audience(ws, Q1)
    assert (found.region, found.own_organisation, found.places) == (None, None, ())
    with store.transaction(ws):
        programme.put_names(ws, "target_region", "Augsburg\nBerlin")
    assert round(q.audience(ws, Q1).region.share, 6) == 0.05  # (300 + 300) / 12,000


def test_the_course_from_one_export_window_to_the_next(ws) -> None:
    groups = q.by_window(ws, Filters(min_group=3))
    assert [(months_label(first, last), found.people, found.enough_people) for first, last, found in groups] == [
        ("10–12/2025", 1, False), ("01–03/2026", 4, True), ("02–04/2026", 1, False)]
    assert round(groups[1][2].region.share, 6) == 0.466667
    assert groups[0][2].region is None and groups[0][2].members_reached is None  # one person: nothing shown


def test_the_profiles_activity_per_day_is_summed_and_thin_days_stay_empty(ws) -> None:
    days = q.activity(ws, Filters(start=date(2026, 1, 1), end=date(2026, 4, 30), min_group=3))
    by_day = {row.day.date(): row for row in days.itertuples()}
    # 1 Jan: day 0 of every Q1 export: 100 + 50 + 20 + 70 impressions, 0 engagements
    assert (by_day[date(2026, 1, 1)].impressions, by_day[date(2026, 1, 1)].engagements) == (240, 0)
    # 1 Feb: day 31 of Anna's, Ben's and Dana's (131 + 81 + 101, 1 engagement each), day 0 of Cem's newer export (30)
    assert (by_day[date(2026, 2, 1)].impressions, by_day[date(2026, 2, 1)].engagements) == (343, 3)
    # April: Cem's alone – fewer than three people, no figures
    april = by_day[date(2026, 4, 1)]
    assert (april.people, pd.isna(april.impressions), pd.isna(april.engagements)) == (1, True, True)


# ---------------------------------------------------------------- the command line
def test_cli_audience_for_the_quarter(db: Path) -> None:
    result = cli("audience", "--db", db, "--from", "2026-01-01", "--to", "2026-03-31")
    assert (result.code, result.err) == (0, "")
    assert result.json == {
        "people": 4, "members_reached": 12000, "impressions": 28500,
        "windows": [{"person": name, "from": "2026-01-01", "to": "2026-03-31"} for name in NAMES],
        "categories": {
            "location": [
                {"value": "Munich", "share": 0.266667, "below_one_percent": False},
                {"value": "München", "share": 0.125, "below_one_percent": False},
                {"value": "Landkreis München", "share": 0.075, "below_one_percent": False},
                {"value": "Augsburg", "share": 0.025, "below_one_percent": False},
                {"value": "Berlin", "share": 0.025, "below_one_percent": False}],
            "job_title": [  # Anna, Ben, Dana: 11,000 reached
                {"value": "Sachbearbeiter", "share": 0.065455, "below_one_percent": False},
                {"value": "Feuerwehrmann", "share": 0.040909, "below_one_percent": False},
                {"value": "Sachbearbeiterin", "share": 0.018182, "below_one_percent": False}],
            "industry": [
                {"value": "Government Administration", "share": 0.318182, "below_one_percent": False},
                {"value": "Öffentliche Sicherheit", "share": 0.081818, "below_one_percent": False},
                {"value": "IT Services", "share": 0.002727, "below_one_percent": True}],
            "seniority": [  # (1,800 + 1,200) / 11,000; 2,000 × 0.2 / 11,000
                {"value": "Senior", "share": 0.272727, "below_one_percent": False},
                {"value": "Entry", "share": 0.036364, "below_one_percent": False}],
            "company_size": [  # (3,000 + 800) / 11,000; 1,800 / 11,000 (German words: another value)
                {"value": "10,001+ employees", "share": 0.345455, "below_one_percent": False},
                {"value": "10.001+ Beschäftigte", "share": 0.163636, "below_one_percent": False}],
            "company": [
                {"value": "Landeshauptstadt München", "share": 0.113333, "below_one_percent": False},
                {"value": "BMW Group", "share": 0.01, "below_one_percent": False},
                {"value": "City of Munich", "share": 0.004167, "below_one_percent": False},
                {"value": "Stadtwerke München", "share": 0.0025, "below_one_percent": True},
                {"value": "Berufsfeuerwehr München", "share": 0.00225, "below_one_percent": False}],
        },
        "region_share": 0.466667, "own_organisation_share": 0.1175,
        "region": ["München", "Munich"], "organisation": ["Landeshauptstadt München", "City of Munich"],
        "min_group": 3, "hidden_categories": ["Function"],
    }


def test_cli_audience_without_an_export_in_the_period(db: Path) -> None:
    result = cli("audience", "--db", db, "--from", "2024-01-01", "--to", "2024-12-31")
    assert (result.code, result.json["people"], result.json["windows"], result.json["categories"],
            result.json["region_share"], result.json["members_reached"]) == (0, 0, [], {}, None, None)


def test_cli_audience_hides_what_rests_on_fewer_people_than_the_threshold(db: Path) -> None:
    # December 2025: Cem's export alone
    december = cli("audience", "--db", db, "--from", "2025-12-01", "--to", "2025-12-31").json
    assert (december["people"], december["members_reached"], december["impressions"], december["categories"],
            december["region_share"], december["hidden_categories"]) == (1, None, None, {}, None, ["location"])
    con = store.connect(db)
    with store.cursor(con) as cur, store.transaction(cur):
        settings.put(cur, "min_group", 5)
    con.close()
    quarter = cli("audience", "--db", db, "--from", "2026-01-01", "--to", "2026-03-31").json
    assert (quarter["people"], quarter["members_reached"], quarter["categories"], quarter["region_share"],
            quarter["own_organisation_share"], quarter["min_group"]) == (4, None, {}, None, None, 5)


def test_cli_audience_refuses_a_reversed_period(db: Path) -> None:
    result = cli("audience", "--db", db, "--from", "2026-03-31", "--to", "2026-01-01")
    assert result.code == 2 and result.out == "" and "2026-03-31" in result.err


# ---------------------------------------------------------------- the briefing
def test_the_briefing_s_sentence(ws) -> None:
    found = q.audience(ws, Filters(start=date(2026, 1, 1), end=date(2026, 3, 31), min_group=3))
    assert briefing_sentence(found, "de") == ("47 % der erreichten Mitglieder in der Zielregion, 12 % aus der eigenen "
                                              "Organisation (4 Personen, Exporte 01–03/2026).")
    assert briefing_sentence(found, "en") == ("47% of the members reached in the target region, 12% from the own "
                                              "organisation (4 people, exports 01–03/2026).")
    text = briefing.build(ws, Filters(start=date(2026, 1, 1), end=date(2026, 3, 31)), "de")
    assert text.text[-1] == briefing_sentence(found, "de")
    assert any("Untergrenzen" in note for note in text.notes)
    # December: one person's export – no sentence
    december = briefing.build(ws, Filters(start=date(2025, 12, 1), end=date(2025, 12, 31)), "de")
    assert not any("Zielregion" in line for line in december.text) and not any(
        "Publikum" in note for note in december.notes)


def as_read_html(page: str) -> str:
    """The HTML's text as a reader sees it: a number and its unit kept together (&nbsp;) read as a space."""
    return page.replace("&nbsp;", " ")


def test_the_sentence_is_in_the_html_and_the_powerpoint(db: Path, tmp_path: Path) -> None:
    html, deck = tmp_path / "b.html", tmp_path / "b.pptx"
    for out, fmt, lang in ((html, "html", "de"), (deck, "pptx", "en")):
        result = cli("briefing", "--db", db, "--format", fmt, "--out", out, "--from", "2026-01-01", "--to",
                     "2026-03-31", "--lang", lang)
        assert result.code == 0, result.err
    assert ("47 % der erreichten Mitglieder in der Zielregion, 12 % aus der eigenen Organisation (4 Personen, "
            "Exporte 01–03/2026).") in as_read_html(html.read_text(encoding="utf-8"))
    texts_in_deck = "\n".join(shape.text_frame.text for slide in Presentation(deck).slides for shape in slide.shapes
                              if shape.has_text_frame)
    assert ("47% of the members reached in the target region, 12% from the own organisation (4 people, exports "
            "01–03/2026).") in texts_in_deck
    assert not any(name in texts_in_deck for name in NAMES)


def test_the_words_for_windows() -> None:
    assert window_label(date(2026, 1, 1), date(2026, 3, 31), "de") == "01.01.–31.03.2026"
    assert window_label(date(2025, 4, 1), date(2026, 3, 31), "de") == "01.04.2025–31.03.2026"
    assert window_label(date(2026, 1, 1), date(2026, 3, 31), "en") == "1 Jan – 31 Mar 2026"
    assert months_label(date(2025, 4, 1), date(2026, 3, 1)) == "04/2025–03/2026"
    assert months_label(date(2026, 3, 1), date(2026, 3, 1)) == "03/2026"


# ---------------------------------------------------------------- settings
@pytest.mark.parametrize(("organisation", "city"), [
    ("Landeshauptstadt München", "München"), ("Stadt Augsburg", "Augsburg"), ("Freie und Hansestadt Hamburg", "Hamburg"),
    ("City of Munich", "Munich"), ("Stadtwerke München", None), ("BMW Group", None), (None, None), ("Stadt", None),
])
def test_the_organisation_s_city(organisation: str | None, city: str | None) -> None:
    assert programme.city_of(organisation) == city


def test_places_and_names_are_kept_as_lists(cur) -> None:
    with store.transaction(cur):
        assert programme.put_names(cur, "target_region", " München ;Landkreis München\n\nMünchen") == [
            "München", "Landkreis München"]
    assert programme.target_region(cur) == (["München", "Landkreis München"], False)
    with pytest.raises(CockpitError) as info, store.transaction(cur):
        programme.put_names(cur, "organisation_aliases", "x" * 81)
    assert info.value.key == "prog_names_invalid"
    assert settings.get(cur, "organisation_aliases") == ()


# ---------------------------------------------------------------- the page
def test_the_page_shows_the_cohort_s_audience(db: Path, run_page) -> None:
    at = run_page(db, PAGE, {"from": "2026-01-01", "to": "2026-03-31"})
    assert not at.exception
    assert [(metric.label, metric.value) for metric in at.metric] == [
        ("Erreichte Mitglieder", "12.000"), ("Impressionen (Profile)", "28.500"), ("In der Zielregion", "47 %"),
        ("Interne Reichweite", "12 %")]
    shown = texts(at)
    assert "Beruht auf 4 Personen (01.01.–31.03.2026: 4)." in shown
    assert "Die Anteile sind Untergrenzen" in shown and "„< 1 %“ zählen als 0,5 %" in shown
    assert "Ausgeblendet, weil weniger als 3 Personen sie nennen: Function." in shown
    charts = {json.loads(chart.proto.spec)["layout"]["title"]["text"]: json.loads(chart.proto.spec)
              for chart in at.get("plotly_chart")}
    locations = charts["Standorte"]["data"]
    # the region's values in one trace, the others in another; the bars carry the shares
    assert [(trace["name"], trace["y"], trace["text"]) for trace in locations] == [
        ("Zielregion", ["Munich", "München", "Landkreis München"], ["27 %", "12 %", "7,5 %"]),
        ("Andere", ["Augsburg", "Berlin"], ["2,5 %", "2,5 %"])]
    assert [trace["text"] for trace in charts["Branchen"]["data"]] == [["32 %", "8,2 %", "0,3 %*"]]
    assert not any(name in everything(at) for name in NAMES)


def test_the_page_in_english(db: Path, run_page) -> None:
    at = run_page(db, PAGE, {"from": "2026-01-01", "to": "2026-03-31", "lang": "en"})
    assert not at.exception
    assert [(metric.label, metric.value) for metric in at.metric][2:] == [
        ("In the target region", "47%"), ("Internal reach", "12%")]
    assert "Rests on 4 people (1 Jan – 31 Mar 2026: 4)." in texts(at)


def test_without_demographics_one_sentence_says_which_export_brings_them(posts_only_db: Path, run_page) -> None:
    at = run_page(posts_only_db, PAGE)
    assert not at.exception
    assert [info.value for info in at.info][1:] == [  # after the demo's banner
        "Noch kein Publikum geladen. Es steht in LinkedIns Export „Inhaltsanalyse“ jeder Person (Content_… / "
        "AggregateAnalytics_…, Blätter DISCOVERY und DEMOGRAPHICS, in deutscher Oberfläche AUFFINDBARKEIT und "
        "DEMOGRAFISCHE DATEN) – laden Sie diese Exporte auf der Seite „Import“."]
    assert not at.metric and not at.get("plotly_chart")


def test_a_cohort_figure_of_fewer_people_than_the_threshold_is_hidden(db: Path, run_page) -> None:
    anna, ben = (str(n) for n in _ids(db, "Anna Albers", "Ben Brandt", column="pseudonym_no"))
    # two people chosen by name (a link carries their pseudonym numbers): not a group, but the audience
    # of two is not shown on this page
    at = run_page(db, PAGE, {"from": "2026-01-01", "to": "2026-03-31", "pseudonym": [anna, ben]})
    assert not at.exception
    assert not at.metric and not [chart for chart in at.get("plotly_chart")
                                  if "Standorte" in chart.proto.spec or "Zielregion" in chart.proto.spec]
    assert "Für diesen Zeitraum liegen Exporte von 2 Personen vor – das Publikum wird erst ab 3 Personen gezeigt" \
        in texts(at)
    assert "9.000" not in everything(at)  # their members reached, 6,000 + 3,000


def test_no_name_shows_with_pseudonyms_on(db: Path, run_page) -> None:
    at = run_page(db, "pages/8_Begleitung.py", {"from": "2026-01-01", "to": "2026-03-31", "pseudo": "true"})
    anna = _ids(db, "Anna Albers")[0]
    at.selectbox(key="person_chosen").set_value(anna).run()
    assert not at.exception
    shown = everything(at)
    assert "Export 01.01.–31.03.2026: 6.000 erreichte Mitglieder, 15.000 Impressionen." in shown
    assert not any(name in shown for name in NAMES)
    page = run_page(db, PAGE, {"from": "2026-01-01", "to": "2026-03-31", "pseudo": "true"})
    assert not any(name in everything(page) for name in NAMES)


def test_one_person_s_audience_is_in_the_one_person_view_behind_the_gate(db: Path, run_page) -> None:
    anna = _ids(db, "Anna Albers")[0]
    at = run_page(db, "pages/8_Begleitung.py", {"from": "2026-01-01", "to": "2026-03-31"})
    at.selectbox(key="person_chosen").set_value(anna).run()
    assert not at.exception
    tables = [frame.value for frame in at.dataframe if "Kategorie" in frame.value.columns]
    assert tables[0].values.tolist()[:3] == [["Standorte", "Munich", "40 %"], ["Standorte", "Landkreis München", "10 %"],
                                             ["Standorte", "Berlin", "5,0 %"]]
    assert ["Branchen", "IT Services", "< 1 %"] in tables[0].values.tolist()
    assert tables[1].values.tolist() == [["Standorte", "Munich", "44 %"], ["Karrierestufe", "Senior", "< 1 %"],
                                         ["Unternehmen", "Landeshauptstadt München", "12 %"]]
    con = store.connect(db)
    with store.cursor(con) as cur, store.transaction(cur):
        settings.put(cur, "staff_council_mode", True)
    con.close()
    closed = run_page(db, "pages/8_Begleitung.py", {"from": "2026-01-01", "to": "2026-03-31"})
    closed.selectbox(key="person_chosen").set_value(anna).run()
    assert "6.000 erreichte Mitglieder" not in everything(closed) and not closed.dataframe


def test_the_programme_page_keeps_the_target_region(db: Path, run_page) -> None:
    at = open_tab(run_page(db, "pages/10_Programm.py"), "programme_tab", "Publikum")
    at.text_area(key="aud_region").input("Augsburg\nLandkreis Augsburg")
    next(button for button in at.button if button.proto.form_id == "aud_settings_form").click().run()
    assert not at.exception
    assert "Gespeichert." in texts(at)
    con = store.connect(db)
    with store.cursor(con) as cur:
        assert programme.target_region(cur) == (["Augsburg", "Landkreis Augsburg"], False)
    con.close()


def _ids(db: Path, *names: str, column: str = "influencer_id") -> list[int]:
    con = store.connect(db)
    with store.cursor(con) as cur:
        ids = [cur.execute(f"SELECT {column} FROM influencers WHERE name = ?", [name]).fetchone()[0]  # noqa: S608
               for name in names]
    con.close()
    return ids


def test_the_fixture_files_are_the_ones_imported() -> None:
    assert {path.name for path, _ in audience_files()} == {
        path.name for path in AUDIENCE.iterdir() if path.suffix in (".xlsx", ".csv")}
