"""The import page in AppTest: uploads with a check report, confirm, history and undo, reset,
refusals, a remembered mapping, English labels; on the people page, roster editing and GDPR erasure."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from apptest_helpers import as_read, open_tab, table_as_read, texts

from analytics import lifecycle, store

PAGE = "pages/7_Import.py"
PEOPLE = "pages/9_Personen.py"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "import_page"


def upload(at, *names: str) -> None:
    at.file_uploader[0].set_value([(name, (FIXTURES / name).read_bytes(), "text/csv") for name in names])
    at.run()


def button(at, label: str, index: int = 0):
    return [b for b in at.button if b.label == label][index]


def sql(db: Path, query: str, params: list | None = None) -> list[tuple]:
    con = store.connect(db)
    try:
        return con.execute(query, params or []).fetchall()
    finally:
        con.close()


def metrics(at) -> list[tuple[str, str]]:
    return [(m.label, m.value) for m in at.metric]


def history(at):
    return table_as_read(at, "Prüfsumme" if any("Prüfsumme" in df.value.columns for df in at.table) else "Checksum")


def test_check_report_then_confirm_both_files(empty_db: Path, run_page) -> None:
    at = run_page(empty_db, PAGE)
    upload(at, "controlling_2023.csv", "kader.csv")
    assert not at.exception
    shown = texts(at)
    assert "Erkannt: **Controlling-Tabelle (CSV)** – Inhalt: Beiträge" in shown
    assert "Erkannt: **Kaderliste**" in shown
    # the controlling sheet: 4 rows, 3 new, one impossible date rejected with its line
    # the tiles name what they count: posts here, people in the roster's card below
    assert metrics(at)[:4] == [("Neue Beiträge", "3"), ("Aktualisierte Beiträge", "0"),
                               ("Unveränderte Beiträge", "0"), ("Abgelehnte Zeilen", "1")]
    assert metrics(at)[4:8] == [("Neue Personen", "3"), ("Aktualisierte Personen", "0"),
                                ("Unveränderte Personen", "0"), ("Abgelehnte Zeilen", "0")]
    rejected = next(df.value for df in at.dataframe if "Grund" in df.value.columns)
    assert rejected.to_dict("records") == [{"Zeile": 4, "Grund": "Datum „31.02.2023“ ist kein gültiges Datum"}]
    assert sql(empty_db, "SELECT count(*) FROM posts") == [(0,)]  # a check writes nothing

    button(at, "Importieren bestätigen", 1).click().run()  # the roster first
    assert "„kader.csv“ importiert: 3 Personen neu." in texts(at)
    button(at, "Importieren bestätigen").click().run()
    assert not at.exception
    assert "„controlling_2023.csv“ importiert: 3 Beiträge neu · 1 Zeile abgelehnt." in texts(at)
    assert sql(empty_db, "SELECT count(*), sum(reactions), sum(impressions) FROM posts") == [(3, 1631, 19465)]
    assert sql(empty_db, "SELECT count(*) FROM influencers WHERE in_roster") == [(3,)]
    assert not at.file_uploader[0].value  # all files handled: the uploader is empty again
    table = history(at)
    assert list(table["Datei"]) == ["controlling_2023.csv", "kader.csv"]
    assert list(table["Ergebnis"]) == ["3 Beiträge neu · 1 Zeile abgelehnt", "3 Personen neu"]
    assert list(table["Format"]) == ["Controlling-Tabelle (CSV)", "Kaderliste"]
    assert all(len(c) == 12 for c in table["Prüfsumme"])
    assert table["Zeitpunkt"].str.match(r"\d\d\.\d\d\.\d{4} \d\d:\d\d").all()


def test_undo_the_last_import(empty_db: Path, run_page) -> None:
    at = run_page(empty_db, PAGE)
    upload(at, "kader.csv")
    button(at, "Importieren bestätigen").click().run()
    upload(at, "controlling_2023.csv")
    button(at, "Importieren bestätigen").click().run()
    assert sql(empty_db, "SELECT count(*) FROM posts") == [(3,)]
    assert button(at, "Letzten Import rückgängig machen").disabled  # needs the confirmation first
    at.checkbox(key="imp_undo_sure_0").check().run()
    button(at, "Letzten Import rückgängig machen").click().run()
    assert not at.exception
    assert "Der Import von „controlling_2023.csv“ wurde rückgängig gemacht." in texts(at)
    assert sql(empty_db, "SELECT count(*) FROM posts") == [(0,)]
    assert sql(empty_db, "SELECT count(*) FROM influencers WHERE in_roster") == [(3,)]
    table = history(at)
    assert list(table["Rückgängig gemacht"]) == ["ja", ""]
    assert not at.checkbox(key="imp_undo_sure_1").value  # the next undo asks again


def test_refused_file_names_the_problem_and_changes_nothing(empty_db: Path, run_page) -> None:
    at = run_page(empty_db, PAGE)
    before = sql(empty_db, "SELECT value FROM meta WHERE key = 'data_version'")
    upload(at, "leer.csv")
    assert not at.exception
    assert [as_read(e.value) for e in at.error] == ["„leer.csv“ ist leer: Die Datei enthält keine Daten."]
    assert not [b for b in at.button if b.label == "Importieren bestätigen"]
    button(at, "Ausblenden").click().run()
    assert not at.error
    assert sql(empty_db, "SELECT value FROM meta WHERE key = 'data_version'") == before


def test_unknown_headers_are_mapped_and_the_mapping_is_remembered(empty_db: Path, run_page) -> None:
    at = run_page(empty_db, PAGE)
    upload(at, "spalten_unbekannt.csv")
    assert "Es fehlt eine Spalte für: Datum." in texts(at)
    mapping = {"Wann": "date", "Wer": "author", "Was": "text", "Daumen": "reactions"}
    for box in at.selectbox:
        if box.key and box.key.startswith("imp_map_"):
            box.set_value(mapping[box.label])
    at.run()
    assert not at.exception
    assert metrics(at)[:2] == [("Neue Beiträge", "2"), ("Aktualisierte Beiträge", "0")]
    button(at, "Importieren bestätigen").click().run()
    assert sql(empty_db, "SELECT i.name, p.reactions FROM posts p JOIN influencers i USING (influencer_id) "
                         "ORDER BY p.published_at") == [("Anna Müller", 12), ("Jonas Weber", 30)]
    # the same headers again: the saved mapping is proposed, nothing is missing
    upload(at, "spalten_unbekannt.csv")
    assert "Es fehlt eine Spalte" not in texts(at)
    assert metrics(at)[:3] == [("Neue Beiträge", "0"), ("Aktualisierte Beiträge", "0"),
                               ("Unveränderte Beiträge", "2")]


def test_roster_edit_is_saved_and_checked(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, PEOPLE)
    first_id, first_name = sql(demo_db, "SELECT influencer_id, name FROM influencers "
                                        "ORDER BY in_roster DESC, name_key LIMIT 1")[0]
    second_name = sql(demo_db, "SELECT name FROM influencers ORDER BY in_roster DESC, name_key LIMIT 1 OFFSET 1")[0][0]
    # a name another person has is refused and nothing is saved
    at.session_state["imp_roster_0"] = {"edited_rows": {0: {"name": second_name.upper()}}, "added_rows": [],
                                        "deleted_rows": []}
    at.run()
    button(at, "Änderungen speichern").click().run()
    assert any("ist schon vergeben" in e.value for e in at.error)
    assert sql(demo_db, "SELECT name FROM influencers WHERE influencer_id = ?", [first_id]) == [(first_name,)]
    at.session_state["imp_roster_0"] = {
        "edited_rows": {0: {"profession": "Gärtnermeisterin", "birth_year": 1961, "gender": "diverse"}},
        "added_rows": [], "deleted_rows": [],
    }
    at.run()
    button(at, "Änderungen speichern").click().run()
    assert not at.exception
    assert "Gespeichert: 1 Person(en) geändert." in texts(at)
    assert sql(demo_db, "SELECT profession, birth_year, gender, age_band FROM influencers WHERE influencer_id = ?",
               [first_id]) == [("Gärtnermeisterin", 1961, "diverse", "60+")]


def test_delete_one_person_with_all_their_data(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, PEOPLE)
    person_id, name, posts = sql(demo_db, """
        SELECT i.influencer_id, i.name, count(*) FROM influencers i JOIN posts p USING (influencer_id)
        GROUP BY ALL ORDER BY i.name LIMIT 1""")[0]
    total = sql(demo_db, "SELECT count(*) FROM posts")[0][0]
    open_tab(at, "people_tab", "Person löschen (DSGVO)")
    at.selectbox(key="imp_delete_who_0").set_value(person_id).run()
    assert any(f"{posts} Beiträge" in w.value for w in at.warning)
    assert button(at, "Endgültig löschen").disabled
    at.text_input(key="imp_delete_typed_0").input(name.lower()).run()
    button(at, "Endgültig löschen").click().run()
    assert not at.exception
    assert f"{name} und alle zugehörigen Daten wurden gelöscht." in texts(at)
    assert sql(demo_db, "SELECT count(*) FROM posts WHERE influencer_id = ?", [person_id]) == [(0,)]
    assert sql(demo_db, "SELECT count(*) FROM influencers WHERE influencer_id = ?", [person_id]) == [(0,)]
    assert sql(demo_db, "SELECT count(*) FROM posts") == [(total - posts,)]


def test_reset_empties_the_workspace(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, PAGE)
    assert "Zurücksetzen" not in [b.label for b in at.button]  # only the open tab is drawn: the history
    open_tab(at, "import_tab", "Sicherung & Zurücksetzen")
    assert button(at, "Zurücksetzen").disabled
    at.checkbox(key="imp_reset_sure_0").check().run()
    button(at, "Zurücksetzen").click().run()
    assert not at.exception
    assert "Der Arbeitsbereich ist jetzt leer." in texts(at)
    for table in lifecycle.data_tables():
        assert sql(demo_db, f"SELECT count(*) FROM {table}") == [(0,)], table  # noqa: S608
    assert "Demodaten laden" in [b.label for b in at.button]


def test_demo_is_removed_before_the_first_real_import(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, PAGE)
    upload(at, "kader.csv")
    assert at.checkbox(key="imp_remove_demo").value
    button(at, "Importieren bestätigen").click().run()
    assert sql(demo_db, "SELECT count(*) FROM posts") == [(0,)]
    assert sql(demo_db, "SELECT count(*), count(*) FILTER (is_demo) FROM influencers") == [(3, 0)]


def test_a_file_imported_beside_the_demo_keeps_the_history_and_its_undo(demo_db: Path, run_page) -> None:
    """The demo kept (its import has no checksum): the history still lists both imports and
    the file's import can be undone."""
    at = run_page(demo_db, PAGE)
    note = "Die Prüfsumme (SHA-256, gekürzt) zeigt, ob zweimal dieselbe Datei importiert wurde."
    assert note not in texts(at)  # the demo alone: no checksum column, so no note about it
    upload(at, "kader.csv")
    at.checkbox(key="imp_remove_demo").uncheck().run()
    button(at, "Importieren bestätigen").click().run()
    assert not at.exception
    assert not at.error
    table = history(at)
    assert list(table["Datei"]) == ["kader.csv", "data/demo"]
    assert list(table["Prüfsumme"]) == ["a46a38b9c286", ""]  # sha256sum kader.csv, shortened; the demo has none
    assert note in texts(at)
    at.checkbox(key="imp_undo_sure_0").check().run()
    button(at, "Letzten Import rückgängig machen").click().run()
    assert not at.exception
    assert "Der Import von „kader.csv“ wurde rückgängig gemacht." in texts(at)
    assert sql(demo_db, "SELECT count(*), count(*) FILTER (is_demo) FROM influencers") == [(16, 16)]
    assert sql(demo_db, "SELECT count(*) FROM posts") == [(326,)]


def test_a_file_name_with_a_right_to_left_override_is_shown_escaped(empty_db: Path, run_page) -> None:
    """A right-to-left override makes a file 'U+202E gpj.csv' read as 'vsc.jpg': the card, the
    message after the import, the history and the import log show the escape instead."""
    shown = "\\u202egpj.csv"  # as the page shows it: a backslash, 'u202e', then the rest
    at = run_page(empty_db, PAGE)
    at.file_uploader[0].set_value([("\u202egpj.csv", (FIXTURES / "kader.csv").read_bytes(), "text/csv")]).run()
    assert [as_read(header.value) for header in at.subheader][:1] == [shown]
    button(at, "Importieren bestätigen").click().run()
    assert not at.exception
    assert f"„{shown}“ importiert: 3 Personen neu." in texts(at)
    assert "\u202e" not in texts(at)
    assert list(history(at)["Datei"]) == [shown]
    assert sql(empty_db, "SELECT file_name FROM imports") == [(shown,)]


@pytest.mark.parametrize("params", [{"pseudo": "true"}])
def test_pseudonymised_names_stay_hidden_until_asked(demo_db: Path, run_page, params) -> None:
    at = run_page(demo_db, PEOPLE, params=params)

    def roster_editors() -> list:  # the programme section's phase table holds no names
        return [editor for editor in at.data_editor if not (editor.key or "").startswith("prog_phases")]

    assert not roster_editors()
    assert "Diese Verwaltungsseite zeigt echte Namen" in texts(at)
    at.button(key="imp_show_names_roster").click().run()
    assert len(roster_editors()) == 1


def test_the_roster_editor_heads_its_columns_in_capitals_in_english(demo_db: Path, run_page) -> None:
    """The column names come from the import's messages ("the column “birth year”"); as headers they start
    with a capital, as in German ("name", "birth year" stood beside "In roster")."""
    at = run_page(demo_db, PEOPLE, params={"lang": "en"})
    editor = next(editor for editor in at.data_editor if not (editor.key or "").startswith("prog_phases"))
    labels = {column: spec.get("label") for column, spec in json.loads(editor.proto.columns).items()
              if column != "_index"}
    assert labels == {"name": "Name", "birth_year": "Birth year", "gender": "Gender", "profession": "Profession",
                      "department": "Department", "experience": "Social-media experience", "joined_on": "Joined",
                      "left_on": "Left", "cohort": "Cohort", "in_roster": "In roster"}


def test_english_labels(empty_db: Path, run_page) -> None:
    at = run_page(empty_db, PAGE, params={"lang": "en"})
    assert not at.exception
    assert at.title[0].value == "Import & history"
    assert at.file_uploader[0].label == "Drag files here or browse (several at once)"
    assert [tab.label for tab in at.tabs] == ["Import history", "Backup & reset"]
    people = run_page(empty_db, PEOPLE, params={"lang": "en"})
    assert not people.exception and people.title[0].value == "People"
    assert [tab.label for tab in people.tabs] == ["Edit roster", "Delete person (GDPR)"]
    upload(at, "leer.csv")
    assert [as_read(e.value) for e in at.error] == ["“leer.csv” is empty: the file contains no data."]
    upload(at, "controlling_2023.csv")
    assert "date “31.02.2023” is not a valid date" in next(
        df.value for df in at.dataframe if "Reason" in df.value.columns)["Reason"].tolist()
    assert [m.label for m in at.metric][:4] == ["New posts", "Updated posts", "Unchanged posts", "Rejected rows"]


def test_hr_roster_shows_known_attributes_before_confirming(empty_db: Path, run_page) -> None:
    at = run_page(empty_db, PAGE)
    hr = Path(__file__).resolve().parent / "fixtures" / "ingest" / "hr_roster.xlsx"
    at.file_uploader[0].set_value([("hr_roster.xlsx", hr.read_bytes(),
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    at.run()
    assert not at.exception
    shown = texts(at).replace("\\", "")
    assert "Erkannt: **Kaderliste**" in shown
    assert "Nicht zugeordnete Spalten (werden ignoriert): „Personalnummer“." in shown
    for line in ("Geschlecht: 16 von 16 erkannt", "Beruf: 16 von 16 erkannt",
                 "Social-Media-Erfahrung: 12 von 16 erkannt — 4 Werte nicht erkannt: „k. A.“ (4×)"):
        assert line in shown
    assert ("Erfahrung als Zahl auf der Skala 1–5 gelesen: 1 = keine, 2 = gering, 3 = mittel, 4 und 5 = hoch."
            in shown)
    assert metrics(at)[:4] == [("Neue Personen", "16"), ("Aktualisierte Personen", "0"),
                               ("Unveränderte Personen", "0"), ("Abgelehnte Zeilen", "0")]
    assert sql(empty_db, "SELECT count(*) FROM influencers") == [(0,)]
    # the user maps the unused column: it is no longer listed as ignored
    box = next(b for b in at.selectbox if b.key and b.key.startswith("imp_map_") and b.label == "Personalnummer")
    box.set_value("cohort")
    at.run()
    assert "„Personalnummer“" not in texts(at).replace("\\", "")
    button(at, "Importieren bestätigen").click().run()
    assert sql(empty_db, "SELECT count(*), count(gender), count(experience) FROM influencers WHERE in_roster") == [
        (16, 16, 12)]


def _upload_ingest_fixture(at, name: str) -> None:
    path = Path(__file__).resolve().parent / "fixtures" / "ingest" / name
    at.file_uploader[0].set_value([(name, path.read_bytes(),
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    at.run()


def test_monthly_workbook_shows_each_sheet_and_what_was_skipped(empty_db: Path, run_page) -> None:
    at = run_page(empty_db, PAGE)
    _upload_ingest_fixture(at, "monthly_sheets.xlsx")
    assert not at.exception
    shown = texts(at).replace("\\", "")
    for line in ("Blatt „Januar“: 3 Zeilen, davon 0 abgelehnt", "Blatt „Februar“: 2 Zeilen, davon 0 abgelehnt",
                 "Blatt „März“: 2 Zeilen, davon 1 abgelehnt",
                 "Blatt „Notizen“ übersprungen: keine Tabelle mit den Spalten von „Januar“.",
                 "3 Summenzeilen (Summe, Gesamt, Durchschnitt …) nicht importiert"):
        assert line in shown
    assert metrics(at)[:4] == [("Neue Beiträge", "6"), ("Aktualisierte Beiträge", "0"),
                               ("Unveränderte Beiträge", "0"), ("Abgelehnte Zeilen", "1")]
    button(at, "Importieren bestätigen").click().run()
    assert sql(empty_db, "SELECT count(*), sum(reactions) FROM posts") == [(6, 412)]


def test_applicants_ja_nein_on_the_page_leave_the_cohort_alone(empty_db: Path, run_page) -> None:
    at = run_page(empty_db, PAGE)
    _upload_ingest_fixture(at, "applicants_ja_nein.xlsx")
    assert not at.exception
    assert "Erkannt: **Bewerbungen**" in texts(at)
    button(at, "Importieren bestätigen").click().run()
    assert sql(empty_db, "SELECT count(*), count(*) FILTER (WHERE selected) FROM applicants") == [(8, 4)]
    assert sql(empty_db, "SELECT count(*) FROM influencers") == [(0,)]


INGEST = Path(__file__).resolve().parent / "fixtures" / "ingest"


def upload_ingest(at, *names: str) -> None:
    at.file_uploader[0].set_value([(name, (INGEST / name).read_bytes(), "application/octet-stream")
                                   for name in names])
    at.run()


def test_a_batch_of_member_exports_in_one_step_with_each_persons_newest_export(empty_db: Path, run_page) -> None:
    sql(empty_db, "INSERT INTO influencers (name, name_key) VALUES ('Anna Müller', 'anna müller'), "
                  "('Selin Kaya', 'selin kaya')")
    at = run_page(empty_db, PAGE)
    upload_ingest(at, "Content_2023-01-01_2023-06-30_AnnaMueller.xlsx",
                  "AggregateAnalytics_SelinKaya_2025-04-01_2026-03-31.xlsx", "stadtwerke_content_1775000000000.xls")
    assert not at.exception
    # each member export's author proposed from its name in the roster's spelling
    assert [s.value for s in at.selectbox if s.label == "Von wem sind diese Beiträge?"] == ["Anna Müller", "Selin Kaya"]
    assert ("Erkannt: **LinkedIn-Unternehmensseite: Beiträge (XLS/XLSX)** – Inhalt: Beiträge der Unternehmensseite"
            in texts(at))
    button(at, "Alle 3 Dateien importieren").click().run()
    assert not at.exception
    # the page's two posts are the company page's, not those of its admin Eva Huber ("Posted by")
    assert sql(empty_db, "SELECT i.name, count(*) FROM posts JOIN influencers i USING (influencer_id) "
                         "GROUP BY ALL ORDER BY 1") == [("Anna Müller", 5), ("Selin Kaya", 3)]
    assert sql(empty_db, "SELECT count(*) FROM page_posts") == [(2,)]
    # who has to export: each person's newest export; both ended more than 30 days before today
    exports = next(frame.value for frame in at.dataframe if "Neuester LinkedIn-Export" in frame.value.columns)
    assert exports.set_index("Person")["Neuester LinkedIn-Export"].to_dict() == {
        "Anna Müller": "Export bis 30.06.2023", "Selin Kaya": "Export bis 31.03.2026"}
    assert exports["Status"].tolist() == ["Export fällig", "Export fällig"]
    assert "Wer muss exportieren?" in texts(at)


def test_refused_archive_file_says_which_file_to_take(empty_db: Path, run_page, tmp_path: Path) -> None:
    at = run_page(empty_db, PAGE)
    data = b"Date,Type,Link\n2026-03-01 10:00:00,LIKE,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1\n"
    at.file_uploader[0].set_value([("Reactions.csv", data, "text/csv")])
    at.run()
    assert not at.exception
    assert any("Reactions.csv aus dem LinkedIn-Datenarchiv" in e.value and "Shares.csv" in e.value for e in at.error)
    assert sql(empty_db, "SELECT count(*) FROM posts") == [(0,)]


def test_the_coloured_table_is_the_same_message_in_every_run(cohort_db: Path, run_page) -> None:
    """pandas gives each styled table a random id; the people × months table keeps one, so a run with
    nothing changed sends the very message of the run before (Streamlit then sends only a reference to it,
    and the browser does not parse the cell colours again). Each month without data keeps its colour."""
    at = run_page(cohort_db, PAGE)

    def coverage():
        return next(frame for frame in at.dataframe if "Neuester LinkedIn-Export" in frame.value.columns)

    first = coverage()
    before = first.proto.SerializeToString(deterministic=True)
    at.run()
    assert coverage().proto.SerializeToString(deterministic=True) == before
    styler = first.proto.arrow_data.styler
    assert styler.uuid == "coverage"
    # the cohort has no data in the last 12 months: person 1's twelve month cells are "?" in the colour of no data
    assert first.value.columns[2:14].tolist() == [f"{month:02d}/26" for month in range(1, 13)]  # today: 12/2026
    assert first.value.iloc[0, 2:14].tolist() == ["?"] * 12
    rule = next(line for line in styler.styles.splitlines() if "#T_coverage_row0_col2," in line)
    assert rule.endswith("{ background-color: #F3ECDF }") and "#T_coverage_row0_col13," in rule
    coloured = set(re.findall(r"#T_coverage_row0_col(\d+)\b", styler.styles))
    assert coloured == {str(column) for column in range(2, 14)}  # name, status and newest export are not


def test_who_has_to_export_shows_one_page_of_people_at_a_time(cohort_db: Path, run_page) -> None:
    """80 people: the coloured people × months table shows 30 at a time, with the pager of people."""
    at = run_page(cohort_db, PAGE)
    assert not at.exception
    assert "Wer muss exportieren?" in texts(at)

    def shown() -> list[str]:
        exports = next(frame.value for frame in at.dataframe if "Neuester LinkedIn-Export" in frame.value.columns)
        return exports["Person"].tolist()

    first = shown()
    assert len(first) == 30
    pager = at.selectbox(key="export_people_page")
    assert pager.options == ["Personen 1–30 von 80", "Personen 31–60 von 80", "Personen 61–80 von 80"]
    pager.set_value(2).run()
    last = shown()
    assert len(last) == 20 and not set(last) & set(first)
