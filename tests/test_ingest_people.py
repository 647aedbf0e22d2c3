"""Roster, applicants and outcomes; undo of the last import; remembered column mappings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ingest_helpers import FIXTURES, posts, snapshot, write_csv

from analytics.errors import CockpitError
from analytics.ingest import detect, import_file, save_mapping, undo_last_import


def roster_rows(cur) -> list[tuple]:
    return cur.execute(
        "SELECT name, birth_year, age_band, gender, profession, department, experience, joined_on, cohort, in_roster "
        "FROM influencers ORDER BY name"
    ).fetchall()


def test_german_roster_workbook(cur) -> None:
    det = detect(FIXTURES / "roster.xlsx")
    assert (det.format, det.kind, det.unmapped) == ("roster", "roster", ["E-Mail"])
    report = import_file(cur, FIXTURES / "roster.xlsx")
    assert (report.rows, report.inserted, report.updated, report.unchanged) == (6, 5, 0, 0)
    # a gender given as 'unbekannt' is understood: the person is kept, the gender stays unknown
    assert [(r["line"], r["reason"]) for r in report.rejected] == [(6, "Name fehlt")]
    assert report.unmapped_columns == ["E-Mail"]
    gender = next(a for a in report.attributes["attributes"] if a["attribute"] == "gender")
    assert (report.attributes["people"], gender["known"], gender["not_understood"]) == (5, 4, {})
    assert roster_rows(cur) == [
        ("Anna Müller", 1990, "30-39", "female", "Juristin", "Kreisverwaltungsreferat", "medium", date(2023, 1, 2),
         "1", True),
        ("Eva Huber", 1985, "40-49", None, "Beraterin", "RIT", "medium", None, "2", True),
        ("Jonas Weber", 1978, "40-49", "male", "Feuerwehrmann", "Branddirektion", "none", date(2023, 1, 2), "1",
         True),
        ("Peter Gruber", 1965, "50-59", "male", "Gärtnermeister", "Baureferat", "low", date(2023, 3, 15), "2", True),
        ("Selin  Kaya 🌻", 1999, "<30", "diverse", "Erzieherin", "Referat für Bildung und Sport", "high",
         date(2023, 1, 2), "1", True),
    ]
    assert import_file(cur, FIXTURES / "roster.xlsx").unchanged == 5


def test_roster_csv_in_english_joins_posted_authors(cur, tmp_path: Path) -> None:
    write_csv(tmp_path / "p.csv", [["Date", "Posted by", "Post title"], ["2023-02-01", "ANNA MÜLLER", "Hi"]])
    import_file(cur, tmp_path / "p.csv")
    assert roster_rows(cur)[0][-1] is False
    path = write_csv(tmp_path / "team.csv", [
        ["Name", "Age", "Gender", "Job title", "Department", "Experience", "Joined", "Cohort"],
        ["Anna Müller", "33", "Female", "Lawyer", "KVR", "Medium", "01/02/2023", "Wave 1"],
        ["Ben Ode", "", "m", "Engineer", "Baureferat", "", "", "Wave 1"],
        ["Cleo", "abc", "w", "", "", "", "", ""],
    ], delimiter=",")
    report = import_file(cur, path, lang="en")
    assert (report.kind, report.inserted, report.updated) == ("roster", 1, 1)
    assert [(r["line"], r["reason"]) for r in report.rejected] == [
        (4, "age: “abc” is not a plausible year or age")]
    anna = roster_rows(cur)[0]
    assert anna == ("ANNA MÜLLER", None, "30-39", "female", "Lawyer", "KVR", "medium", date(2023, 1, 2), "Wave 1",
                    True) or anna == ("Anna Müller", None, "30-39", "female", "Lawyer", "KVR", "medium",
                                      date(2023, 1, 2), "Wave 1", True)
    assert len(posts(cur)) == 1


def test_applicants_workbook(cur) -> None:
    report = import_file(cur, FIXTURES / "applicants.xlsx", lang="en")
    assert (report.format, report.inserted) == ("applicants", 4)
    assert [r["line"] for r in report.rejected] == [6]
    got = cur.execute("SELECT name, age_band, gender, selected FROM applicants ORDER BY name").fetchall()
    assert got == [("Anna Müller", "30-39", "female", True), ("Jonas Weber", "40-49", "male", True),
                   ("Lena Fischer", "<30", "female", False), ("Tom Bauer", "50-59", "diverse", False)]
    assert import_file(cur, FIXTURES / "applicants.xlsx").unchanged == 4


def test_applicants_german_csv(cur, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bewerbungen.csv", [
        ["Name", "Altersgruppe", "Geschlecht", "Referat", "Ausgewählt"],
        ["Anna Müller", "30–39", "weiblich", "KVR", "ja"],
        ["Karl Klein", "ab 60", "männlich", "RAW", "nein"],
        ["Lea Lang", "unter 30", "divers", "RBS", ""],
    ], encoding="cp1252")
    report = import_file(cur, path)
    assert (report.kind, report.inserted, report.rejected) == ("applicants", 3, [])
    got = cur.execute("SELECT name, age_band, gender, selected FROM applicants ORDER BY name").fetchall()
    assert got == [("Anna Müller", "30-39", "female", True), ("Karl Klein", "60+", "male", False),
                   ("Lea Lang", "<30", "diverse", False)]


def test_outcomes_german_and_english(cur, tmp_path: Path) -> None:
    de = write_csv(tmp_path / "ergebnisse.csv", [
        ["Datum", "Art", "Person", "Notiz"],
        ["14.02.2023", "Praktikumsanfrage", "Anna Müller", "über LinkedIn; Jura-Studentin"],
        ["20.03.2023", "Bewerbung", "", "Initiativbewerbung\nFeuerwehr"],
        ["01.04.2023", "Vortragsanfrage", "Jonas Weber", ""],
        ["02.04.2023", "Podcast-Anfrage", "", ""],
        ["03.04.2023", "Presse", "", "SZ"],
        ["31.04.2023", "Presse", "", ""],
        ["04.04.2023", "Blumenstrauß", "", ""],
    ])
    report = import_file(cur, de)
    assert (report.kind, report.rows, report.inserted) == ("outcomes", 7, 5)
    assert [r["line"] for r in report.rejected] == [7, 8]
    got = cur.execute(
        "SELECT o.occurred_on, o.type, i.name, o.note FROM outcomes o LEFT JOIN influencers i USING (influencer_id) "
        "ORDER BY o.occurred_on"
    ).fetchall()
    assert got == [
        (date(2023, 2, 14), "internship_inquiry", "Anna Müller", "über LinkedIn; Jura-Studentin"),
        (date(2023, 3, 20), "job_application", None, "Initiativbewerbung\nFeuerwehr"),
        (date(2023, 4, 1), "speaker_request", "Jonas Weber", None),
        (date(2023, 4, 2), "podcast_request", None, None),
        (date(2023, 4, 3), "press", None, "SZ"),
    ]
    assert import_file(cur, de).unchanged == 5
    en = write_csv(tmp_path / "outcomes.csv", [["Date", "Type", "Person", "Note"],
                                               ["2023-05-01", "Speaker request", "anna müller", "Conference"]],
                   delimiter=",")
    assert import_file(cur, en).inserted == 1
    assert cur.execute("SELECT count(*) FROM influencers").fetchone() == (2,)


def test_undo_restores_updated_posts_and_removes_new_ones(cur, tmp_path: Path) -> None:
    link = "https://www.linkedin.com/feed/update/urn:li:activity:7015000000000000001"
    write_csv(tmp_path / "a.csv", [["Datum", "Autor", "Link", "Likes", "Text"], ["01.02.2023", "Anna", link, "10", "a"]])
    import_file(cur, tmp_path / "a.csv")
    before = posts(cur)
    write_csv(tmp_path / "b.csv", [["Datum", "Autor", "Link", "Likes", "Text"],
                                   ["01.02.2023", "Anna", link, "12", "a (edited?)"],
                                   ["02.02.2023", "Neu", "", "1", "b"]])
    import_file(cur, tmp_path / "b.csv")
    result = undo_last_import(cur)
    assert (result["file"], result["removed"], result["restored"]) == ("b.csv", 2, 1)  # post + new author; 1 post
    assert posts(cur) == before
    assert cur.execute("SELECT ends_with_question FROM posts").fetchone() == (False,)
    assert cur.execute("SELECT file_name, undone FROM imports ORDER BY import_id").fetchall() == [
        ("a.csv", False), ("b.csv", True)]
    undo_last_import(cur)
    assert posts(cur) == []
    with pytest.raises(CockpitError) as info:
        undo_last_import(cur)
    assert info.value.key == "import_nothing_to_undo"


def test_undo_of_roster_and_follower_imports(cur, tmp_path: Path) -> None:
    member = FIXTURES / "Content_2023-01-01_2023-06-30_AnnaMueller.xlsx"
    import_file(cur, member, author="Anna Müller")
    state = snapshot(cur)
    import_file(cur, FIXTURES / "Content_2023-01-01_2023-07-31_AnnaMueller.xlsx", author="Anna Müller")
    import_file(cur, FIXTURES / "roster.xlsx")
    assert roster_rows(cur)[0][-1] is True
    # the rows an import changed are kept in import_undo, one snapshot per import, not in meta
    # (the roster import took Anna into the roster; the newer member export replaced her audience window,
    # whose old figures its undo brings back)
    assert cur.execute("SELECT file_name FROM import_undo JOIN imports USING (import_id) ORDER BY import_id").fetchall() == [
        ("Content_2023-01-01_2023-07-31_AnnaMueller.xlsx",), ("roster.xlsx",)]
    assert cur.execute("SELECT count(*) FROM meta WHERE key LIKE 'import_undo:%'").fetchone() == (0,)
    undo_last_import(cur)
    undo_last_import(cur)
    assert cur.execute("SELECT count(*) FROM import_undo").fetchone() == (0,)
    after = snapshot(cur)
    for table in ("posts", "influencers", "follower_counts", "post_history"):
        assert after[table] == state[table], table


def test_remembered_mapping_for_unknown_headers(cur, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [["Tag", "Wer", "Daumen"], ["01.02.2023", "Anna", "7"]])
    det = detect(path, cur)
    assert det.unmapped == ["Wer", "Daumen"] and det.mapping == {"Tag": "date"}
    with pytest.raises(CockpitError):
        import_file(cur, path)  # no author column
    mapping = {"Tag": "date", "Wer": "author", "Daumen": "reactions"}
    save_mapping(cur, det.headers, mapping)
    again = detect(tmp_path / "f.csv", cur)
    assert again.mapping == mapping and again.unmapped == []
    assert list(again.preview.columns) == ["date", "author", "reactions"]
    report = import_file(cur, path)
    assert report.inserted == 1
    assert cur.execute("SELECT reactions FROM posts").fetchone() == (7,)
