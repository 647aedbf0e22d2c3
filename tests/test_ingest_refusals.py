"""Refusals name the file as the user knows it; no duplicate posts; the author message per surface."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from command_line import cli
from ingest_helpers import FIXTURES, ROOT, write_csv

from analytics import store
from analytics.errors import CockpitError
from analytics.ingest import detect, import_file

HEADER = ["Datum", "Autor:in", "Link", "Text", "Likes"]
TEMP_NAME = "887ad6df-1b2c-4d5e-8f90-123456789abc"


def _upload(tmp_path: Path, content: bytes, suffix: str = ".csv") -> Path:
    path = tmp_path / (TEMP_NAME + suffix)
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    "content,suffix,key",
    [
        (b"", ".csv", "import_empty"),
        (b"\xef\xbb\xbf\r\n\r\n", ".csv", "import_empty"),
        (b"\x00\x01\x02\x03binary\x00\xff" * 50, ".csv", "import_not_a_table"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".xls", "import_not_a_table"),
        (b"PK\x03\x04 not really a zip", ".xlsx", "import_not_a_table"),
        (None, ".xlsm", "import_macros"),
        (None, ".xlsx", "import_unsafe_xlsx"),
        (b"Datum;Autor;Likes\n", ".csv", "import_no_rows"),
        (b"Spalte A;Spalte B\nx;y\n", ".csv", "import_no_date_column"),
    ],
)
def test_refusals_name_the_display_name(cur, tmp_path: Path, content, suffix: str, key: str) -> None:
    if content is None:
        source = FIXTURES / ("macro.xlsm" if key == "import_macros" else "bomb.xlsx")
        path = tmp_path / (TEMP_NAME + suffix)
        shutil.copy(source, path)
    else:
        path = _upload(tmp_path, content, suffix)
    for call in (lambda: detect(path, cur, display_name="Meine Liste" + suffix),
                 lambda: import_file(cur, path, display_name="Meine Liste" + suffix)):
        try:
            call()
        except CockpitError as exc:
            assert exc.key == key
            for lang in ("de", "en"):
                assert "Meine Liste" + suffix in exc.message(lang) and TEMP_NAME not in exc.message(lang)
        else:
            assert key in ("import_no_rows", "import_no_date_column"), "detect only refuses the file itself"


def test_too_large_refusal_names_the_display_name(cur, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("COCKPIT_MAX_UPLOAD_MB", "0.0001")
    path = write_csv(tmp_path / (TEMP_NAME + ".csv"), [HEADER] + [["02.01.2023", "Anna", "", "x", "1"]] * 20)
    with pytest.raises(CockpitError) as info:
        import_file(cur, path, display_name="Controlling Mai.csv")
    assert info.value.key == "import_too_large"
    assert "Controlling Mai.csv" in info.value.message("de") and TEMP_NAME not in info.value.message("de")


def test_author_message_is_neutral_and_the_cli_adds_its_hint(cur, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ohne_autor.csv", [["Datum", "Text", "Likes"], ["02.01.2023", "Hallo", "3"]])
    with pytest.raises(CockpitError) as info:
        import_file(cur, path)
    assert info.value.key == "import_author_required"
    assert "Bitte die Person angeben, von der die Beiträge stammen" in info.value.message("de")
    assert "--author" not in info.value.message("de") and "--author" not in info.value.message("en")
    assert "Befehlszeile" not in info.value.message("de")
    result = cli("import", "--db", tmp_path / "cli.duckdb", path, lang="de")
    assert result.code == 2
    err = result.err
    assert "Bitte die Person angeben" in err and "--author" in err


def test_suggested_author_message_names_the_suggestion(cur) -> None:
    path = FIXTURES / "Content_2023-01-01_2023-06-30_AnnaMueller.xlsx"
    with pytest.raises(CockpitError) as info:
        import_file(cur, path)
    assert info.value.key == "import_author_required_suggested"
    text = info.value.message("de")
    assert "Bitte die Person angeben, von der die Beiträge stammen (Vorschlag: Anna Mueller)" in text
    assert "--author" not in text


def _link(i: int) -> str:
    return f"https://www.linkedin.com/feed/update/urn:li:activity:70150000000{i:08d}"


def _file(path: Path, numbers: range, likes: int) -> Path:
    rows = [HEADER]
    for i in numbers:
        # every third post has no link: its key is the hash of author, time and text
        link = "" if i % 3 == 0 else _link(i)
        rows.append([f"{1 + i % 28:02d}.03.2023", f"Person {i % 7}", link, f"Beitrag {i}", str(likes)])
    return write_csv(path, rows)


@pytest.mark.parametrize("order", ["ab", "ba"])
def test_overlapping_files_never_leave_duplicate_posts(cur, tmp_path: Path, order: str) -> None:
    a = _file(tmp_path / "a.csv", range(0, 100), 1)
    b = _file(tmp_path / "b.csv", range(70, 150), 2)  # 30 posts in both files
    first, second = (a, b) if order == "ab" else (b, a)
    r1 = import_file(cur, first)
    r2 = import_file(cur, second)
    assert r1.inserted == (100 if first == a else 80)
    assert r2.inserted == (50 if first == a else 70) and r2.updated == 30
    for again in (a, b, a):
        import_file(cur, again)
    assert cur.execute("SELECT count(*), count(DISTINCT post_key) FROM posts").fetchone() == (150, 150)
    assert not cur.execute("SELECT post_key FROM posts GROUP BY post_key HAVING count(*) > 1").fetchall()


def test_a_duplicate_post_key_rolls_the_import_back(cur, tmp_path: Path) -> None:
    first = _file(tmp_path / "a.csv", range(0, 10), 1)
    import_file(cur, first)
    # a workspace that already holds a duplicate (written around the importer): the next import
    # touching that key refuses and changes nothing
    cur.execute("INSERT INTO posts SELECT * REPLACE (post_id + 1000 AS post_id) FROM posts WHERE post_key = ?",
                ["li:" + _link(1).rsplit(":", 1)[1]])
    before = cur.execute("SELECT count(*), sum(reactions) FROM posts").fetchone()
    with pytest.raises(CockpitError) as info:
        import_file(cur, _file(tmp_path / "b.csv", range(0, 10), 5))
    assert info.value.key == "import_duplicate_key"
    assert cur.execute("SELECT count(*), sum(reactions) FROM posts").fetchone() == before


def test_a_file_that_is_not_utf8_after_its_first_bytes_is_read_as_windows_1252(cur, tmp_path: Path) -> None:
    # the encoding is guessed from the first 256 KB; DuckDB finds the Windows-1252 byte further on
    rows = [HEADER] + [[f"{1 + i % 28:02d}.03.2023", "Anna Müller", "", f"Beitrag {i} " + "x" * 80, "1"]
                       for i in range(4000)]
    rows.append(["01.04.2023", "Jonas Weber", "", "Grüße – 5 €", "2"])
    data = b"".join(
        (";".join(map(str, r)) + "\r\n").encode("cp1252" if r[1] == "Jonas Weber" else "utf-8") for r in rows
    )
    assert data.find("Grüße".encode("cp1252")) > 256 * 1024
    path = tmp_path / "gemischt.csv"
    path.write_bytes(data)
    assert detect(path).encoding == "utf-8"
    report = import_file(cur, path)
    assert report.inserted == 4001 and not report.rejected
    assert cur.execute("SELECT text FROM posts WHERE text LIKE 'Gr%'").fetchone()[0] == "Grüße – 5 €"
    # as before: the whole file is read as Windows-1252, so the UTF-8 'ü' of the first rows is two characters
    assert cur.execute("SELECT count(*) FROM influencers WHERE name = 'Anna MÃ¼ller'").fetchone()[0] == 1


def test_question_flag_for_non_ascii_tails_and_rows_with_only_an_author(cur, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "fragen.csv", [
        HEADER,
        ["02.01.2023", "Anna", "", "Wer kommt? 🚀 #wirfürmünchen", "1"],
        ["03.01.2023", "Anna", "", "Wer kommt? Niemand 🙂", "1"],
        ["04.01.2023", "Anna", "", "Wer kommt? #plain", "1"],
        ["", "Anna", "", "", ""],  # only an author: a row, rejected for its missing date
        ["", "", "", "", ""],
    ])
    report = import_file(cur, path)
    assert report.inserted == 3 and [(r["line"], r["key"]) for r in report.rejected] == [(5, "reject_missing_date")]
    flags = cur.execute("SELECT text, ends_with_question FROM posts ORDER BY published_at").fetchall()
    assert [f for _t, f in flags] == [True, False, True]


def test_day_first_slash_dates_found_after_the_first_rows(cur, tmp_path: Path) -> None:
    # the first 2,500 dates could be either order; a 25/03 further down makes the file day-first
    rows = [HEADER] + [[f"{1 + i % 12:02d}/03/2023", "Anna", "", f"Beitrag {i}", "1"] for i in range(2500)]
    rows.append(["25/03/2023", "Anna", "", "später", "1"])
    report = import_file(cur, write_csv(tmp_path / "slash.csv", rows))
    assert report.inserted == 2501 and not report.rejected
    first = cur.execute("SELECT published_at FROM posts WHERE text = 'Beitrag 1'").fetchone()[0]
    assert (first.month, first.day) == (3, 2)


# ---------------------------------------------------------------- files as they break in the wild
# A roster where the profession of the second line opens a quote that never closes (as Excel
# writes nothing like it, but a hand-edited file does): DuckDB's lenient reader took the rest of
# the file as that one field, imported one person and said nothing about the other three.
UNCLOSED_ROSTER = ('Name;Geburtsjahr;Geschlecht;Beruf;Referat\r\n'
                   'Anna Müller;1990;weiblich;"Juristin;Kreisverwaltungsreferat\r\n'
                   'Jonas Weber;1978;männlich;Feuerwehrmann;Branddirektion\r\n'
                   'Leyla Demir;1996;divers;Gärtnerin;Baureferat\r\n'
                   'Max Huber;1980;männlich;Koch;Sozialreferat\r\n').encode()
# A controlling sheet whose first post's text opens a quote in the last but two column
UNCLOSED_POSTS = ('Datum;Autor:in;Beitragstext;Reaktionen;Kommentare\n'
                  '01.02.2024;Anna Müller;Erster Beitrag;4;1\n'
                  '02.02.2024;Jonas Weber;"Ein Text ohne Ende;10;2\n'
                  '03.02.2024;Leyla Demir;Dritter;7;0\n'
                  '04.02.2024;Max Huber;Vierter;3;0\n').encode()


@pytest.mark.parametrize("content,line,last", [(UNCLOSED_ROSTER, 2, 5), (UNCLOSED_POSTS, 3, 5)])
def test_a_quote_that_never_closes_is_refused_with_its_line(cur, tmp_path: Path, content: bytes, line: int,
                                                            last: int) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(content)
    with pytest.raises(CockpitError) as info:
        import_file(cur, path)
    assert (info.value.key, info.value.params["line"], info.value.params["last"]) == ("import_unclosed_quote", line,
                                                                                        last)
    assert info.value.message("de") == (
        f"„liste.csv“, Zeile {line}: Ein Feld beginnt mit einem Anführungszeichen (\"), das bis zum Ende der Datei "
        f"(Zeile {last}) nicht mehr geschlossen wird; alles danach würde als Teil dieses einen Feldes gelesen, die "
        f"folgenden Zeilen gingen verloren. Bitte das Anführungszeichen in Zeile {line} schließen oder entfernen. "
        "Importiert wurde nichts.")
    assert cur.execute("SELECT (SELECT count(*) FROM influencers) + (SELECT count(*) FROM posts) "
                       "+ (SELECT count(*) FROM imports)").fetchone() == (0,)
    refused = cli("import", "--db", tmp_path / "cli.duckdb", path, lang="en")
    assert refused.code == 2
    assert refused.err.strip() == (
        f"liste.csv: “liste.csv”, line {line}: a field opens with a quote mark (\") that is not closed until the "
        f"end of the file (line {last}); everything after it would be read as part of that one field, and the "
        f"following rows would be lost. Please close or remove the quote mark in line {line}. Nothing was imported.")


def test_quote_marks_inside_fields_and_quoted_line_breaks_still_import(cur, tmp_path: Path) -> None:
    """An odd number of quote marks is not yet an unclosed field: a 24" screen in an unquoted
    text, and a quoted text over two lines with a doubled quote inside, import as written."""
    path = tmp_path / "controlling.csv"
    path.write_bytes(('Datum;Autor:in;Beitragstext;Reaktionen\n'
                      '01.02.2024;Anna Müller;Unser neuer 24" Bildschirm;4\n'
                      '02.02.2024;Jonas Weber;"Zwei Zeilen,\nmit ""Zitat"" darin";10\n').encode())
    report = import_file(cur, path)
    assert (report.inserted, report.rejected) == (2, [])
    assert cur.execute("SELECT text, reactions FROM posts ORDER BY published_at").fetchall() == [
        ('Unser neuer 24" Bildschirm', 4), ('Zwei Zeilen,\nmit "Zitat" darin', 10)]


def test_a_file_in_one_single_line_has_its_own_reason(cur, tmp_path: Path) -> None:
    """50 MB without a line break were refused as 'a header row but no data rows'."""
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Datum;Autor:in;Beitragstext;Reaktionen")
        handle.write(";x" * (25 * 1024 * 1024))
    assert path.stat().st_size > 50 * 1024 * 1024
    for call in (lambda: detect(path, cur), lambda: import_file(cur, path)):
        with pytest.raises(CockpitError) as info:
            call()
        assert info.value.key == "import_one_line"
        assert info.value.message("de") == (
            "„export.csv“ ist keine Tabelle: Die Datei (50 MB) hat in den ersten 256 KB keinen Zeilenumbruch, eine "
            "Tabelle hat für jede Zeile einen. (Eine Datei in einer einzigen Zeile, etwa mit verlorenen Zeilenenden?)")
    # a header alone, without rows, keeps its reason
    header_only = tmp_path / "nur_kopf.csv"
    header_only.write_text("Datum;Autor:in;Beitragstext;Reaktionen", encoding="utf-8")
    with pytest.raises(CockpitError) as info:
        import_file(cur, header_only)
    assert info.value.key == "import_no_rows"


def test_control_and_bidi_characters_in_file_names_are_shown_escaped(tmp_path: Path) -> None:
    r"""A right-to-left override makes '\u202egpj.csv' read as 'vsc.jpg': the name is shown, stored
    and reported with such characters written as escapes."""
    roster = tmp_path / "\u202egpj.csv"
    roster.write_bytes((ROOT / "tests" / "fixtures" / "import_page" / "kader.csv").read_bytes())
    broken = tmp_path / "leer\u200b\tdatei.csv"
    broken.write_bytes(b"")
    db = tmp_path / "w.duckdb"
    result = cli("import", "--db", db, roster, broken, lang="de")
    assert result.code == 2
    assert [entry["file"] for entry in result.json["files"]] == ["\\u202egpj.csv"]
    assert result.err.strip() == ("leer\\u200b\\u0009datei.csv: „leer\\u200b\\u0009datei.csv“ ist leer: Die Datei "
                                  "enthält keine Daten.")
    con = store.connect(db)
    with store.cursor(con) as cur:
        assert cur.execute("SELECT file_name FROM imports").fetchall() == [("\\u202egpj.csv",)]
    con.close()
