"""A workspace built from files for the erasure, access and retention tests.

Two roster people, Xaver Geheimnisträger (to be erased) and Anna Müller (to stay), plus an
applicant who was not selected (Ulla Nurbewerberin). Imports, in this order:
1. ``kader.csv``: the roster (Xaver: 1971, male, Brunnenbauer, Wasserwerke; Anna: 1990, …).
2. ``Controlling_2023_XaverGeheimnistraeger.csv``: four posts (Xaver two, Anna two; one of
   Anna's thanks Xaver by name).
3. ``kader_neu.csv``: both change profession -> the undo snapshot holds both old rows.
4. ``Controlling_2023-06_XaverGeheimnistraeger.csv``: new figures for one post each -> two
   post_history rows holding the old texts (Anna's names Xaver).
5. ``ergebnisse.csv``: three outcomes (Xaver one, Anna one whose note names Xaver, one without
   a person).
6. ``bewerbungen.csv``: applications of Xaver (selected) and Ulla (not selected).
"""

from __future__ import annotations

from pathlib import Path

from ingest_helpers import write_csv

from analytics import store
from analytics.ingest import import_file

XAVER = "Xaver Geheimnisträger"
ANNA = "Anna Müller"
XAVER_TEXTS = ("Quellwasserprobe im Tiefbrunnen Sieben, 48 Meter unter Giesing.",
               "Warum der Rohrbruch an der Zenettistrasse drei Tage dauerte.")
ANNA_TEXTS = ("Danke an Xaver Geheimnisträger für die Führung durchs Wasserwerk!",
              "Heute im Kreisverwaltungsreferat: Führerscheinumtausch erklärt.")
HEADER = ["Datum", "Uhrzeit", "Autor:in", "Link zum Beitrag", "Beitragstext", "Reaktionen", "Kommentare",
          "Reposts", "Impressionen"]


def _posts(reactions: tuple[int, int, int, int]) -> list[list[object]]:
    return [
        HEADER,
        ["09.01.2023", "07:45", XAVER, "https://www.linkedin.com/feed/update/urn:li:activity:7018000000000000001",
         XAVER_TEXTS[0], reactions[0], 5, 1, 1000],
        ["16.02.2023", "12:10", XAVER, "https://www.linkedin.com/feed/update/urn:li:activity:7020000000000000002",
         XAVER_TEXTS[1], reactions[1], 3, 0, 800],
        ["20.02.2023", "08:00", ANNA, "https://www.linkedin.com/feed/update/urn:li:activity:7021000000000000003",
         ANNA_TEXTS[0], reactions[2], 7, 2, 1500],
        ["10.06.2023", "09:30", ANNA, "https://www.linkedin.com/feed/update/urn:li:activity:7030000000000000004",
         ANNA_TEXTS[1], reactions[3], 2, 0, 600],
    ]


def build_files(folder: Path) -> list[Path]:
    """The six files, in import order."""
    roster_header = ["Name", "Geburtsjahr", "Geschlecht", "Beruf", "Referat", "Social-Media-Erfahrung",
                     "Dabei seit", "Welle"]
    return [
        write_csv(folder / "kader.csv", [
            roster_header,
            [XAVER, 1971, "männlich", "Brunnenbauer", "Wasserwerke", "keine", "02.01.2023", "Pilot 2023"],
            [ANNA, 1990, "weiblich", "Juristin", "Kreisverwaltungsreferat", "mittel", "02.01.2023", "Pilot 2023"],
        ]),
        write_csv(folder / "Controlling_2023_XaverGeheimnistraeger.csv", _posts((40, 30, 90, 20))),
        write_csv(folder / "kader_neu.csv", [
            roster_header,
            [XAVER, 1971, "männlich", "Brunnenmeister", "Wasserwerke", "keine", "02.01.2023", "Pilot 2023"],
            [ANNA, 1990, "weiblich", "Oberjuristin", "Kreisverwaltungsreferat", "mittel", "02.01.2023",
             "Pilot 2023"],
        ]),
        write_csv(folder / "Controlling_2023-06_XaverGeheimnistraeger.csv", _posts((41, 30, 95, 20))),
        write_csv(folder / "ergebnisse.csv", [
            ["Datum", "Art", "Person", "Notiz"],
            ["01.03.2023", "Presseanfrage", XAVER, "Abendzeitung fragt nach dem Tiefbrunnen Sieben"],
            ["15.03.2023", "Bewerbung", ANNA, "Interview gemeinsam mit Xaver Geheimnisträger gegeben"],
            ["01.07.2023", "Kooperation", "", "Stadtwerke-Kooperation ohne Person"],
        ]),
        write_csv(folder / "bewerbungen.csv", [
            ["Name", "Alter", "Geschlecht", "Beruf", "Referat", "Erfahrung", "Welle", "Ausgewählt"],
            [XAVER, 52, "männlich", "Brunnenbauer", "Wasserwerke", "keine", "1", "ja"],
            ["Ulla Nurbewerberin", 41, "weiblich", "Försterin", "Baureferat", "hoch", "1", "nein"],
        ]),
    ]


def build_workspace(path: Path, folder: Path) -> Path:
    """The workspace after the six imports; closed."""
    con = store.connect(path)
    with store.cursor(con) as cur:
        store.set_meta(cur, "demo_dismissed", "1")
        for file in build_files(folder):
            import_file(cur, file)
    con.close()
    return path


def file_bytes(path: Path) -> bytes:
    """The workspace file and its WAL (if any), lower-cased (ASCII), as one byte string."""
    data = path.read_bytes()
    wal = path.with_name(path.name + ".wal")
    if wal.exists():
        data += wal.read_bytes()
    return data.lower()
