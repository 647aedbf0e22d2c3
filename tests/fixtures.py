"""Test workspaces and test material, in one place: builders of workspace files (used by
conftest's fixtures and by test modules) and the way to reach material outside the repository.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest

from analytics import store
from analytics.privacy import number_pseudonyms

ROOT = Path(__file__).resolve().parent.parent
SHARED_FIXTURES = ROOT.parent / "shared" / "fixtures"


def shared(name: str) -> Path:
    """A file from ``../shared/fixtures`` beside the repository (real exports that may not be
    copied into it). Without it the test is skipped, saying why; under CI (``CI=true``) it fails,
    so that a green CI means the test ran."""
    path = SHARED_FIXTURES / name
    if path.exists():
        return path
    message = (f"{path} is not there: this test reads a real export kept beside the repository in "
               "../shared/fixtures (the project's own fixtures cover the format)")
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


def build_demo(path: Path) -> Path:
    """A workspace with the demo cohort; closed."""
    from analytics.ingest import load_demo

    con = store.connect(path)
    with store.cursor(con) as cur:
        load_demo(cur)
    con.close()
    return path


def build_empty(path: Path) -> Path:
    """A workspace with the schema and no data, the demo marked as dismissed; closed."""
    con = store.connect(path)
    with store.cursor(con) as cur, store.transaction(cur):
        store.set_meta(cur, "demo_dismissed", "1")
    con.close()
    return path


def build_posts_only(demo: Path, path: Path) -> Path:
    """A copy of the demo whose authors are not in a roster (no roster attributes, in_roster false)."""
    shutil.copy(demo, path)
    con = store.connect(path)
    with store.cursor(con) as cur, store.transaction(cur):
        cur.execute(
            """
            UPDATE influencers SET in_roster = FALSE, birth_year = NULL, age_band = NULL, gender = NULL,
                profession = NULL, department = NULL, experience = NULL, joined_on = NULL, cohort = NULL
            """
        )
        cur.execute("DELETE FROM applicants")
    con.close()
    return path


# ---------------------------------------------------------------- 80 people: pages of 30
FIRST_NAMES = ["Mia", "Ben", "Ella", "Noah", "Lina", "Paul", "Emma", "Finn"]
COHORT = 80


def build_cohort(path: Path, people: int = COHORT) -> Path:
    """A workspace of ``people`` roster people (names not in id order) posting every nine days
    from 4 Jan 2021 to the end of 2022; every fifth person stops in late October 2022."""
    con = store.connect(path)
    with store.cursor(con) as cur, store.transaction(cur):
        cur.execute(
            """
            INSERT INTO influencers (influencer_id, name, name_key, joined_on, cohort, in_roster)
            SELECT i, name, lower(name), DATE '2021-01-01', 'A', TRUE
            FROM (SELECT i, list_extract(?, CAST(i % 8 + 1 AS INTEGER)) || ' Muster' || lpad(CAST(i AS VARCHAR), 2, '0')
                      AS name
                  FROM range(1, ? + 1) AS r(i))
            """,
            [FIRST_NAMES, people],
        )
        cur.execute(
            """
            INSERT INTO posts (post_id, post_key, influencer_id, published_at, has_time,
                               reactions, comments, reposts, impressions)
            SELECT row_number() OVER (), 'c' || person || '-' || d, person,
                   TIMESTAMP '2021-01-04 08:00' + to_days(CAST(d AS INTEGER)) + to_hours(CAST(person % 9 AS INTEGER)),
                   TRUE, 5 + person % 7, person % 3, d % 2, 400 + 10 * person + d
            FROM range(1, ? + 1) AS p(person), range(0, 727, 9) AS days(d)
            WHERE NOT (person % 5 = 0 AND d > 660)
            """,
            [people],
        )
        store.set_meta(cur, "demo_dismissed", "1")
    con.close()
    return path


def cohort_names(people: int = COHORT) -> list[str]:
    """The cohort's names in alphabetical order."""
    names = [f"{FIRST_NAMES[i % 8]} Muster{i:02d}" for i in range(1, people + 1)]
    return sorted(names, key=str.casefold)


# ---------------------------------------------------------------- groups (test_groups, test_diversity)
# Four women, two men, one person without gender in the roster; one author outside the roster.
PEOPLE = [
    (1, "Anna Alt", "female", "<30", "low"),
    (2, "Berta Bach", "female", "30-39", "none"),
    (3, "Clara Chor", "female", "30-39", "high"),
    (4, "Dora Dorn", "female", "60+", None),
    (5, "Emil Eck", "male", "40-49", "low"),
    (6, "Fritz Feld", "male", "40-49", "low"),
    (7, "Gabi Gut", None, "50-59", "medium"),
]
# post_key, author, published, reactions, comments, reposts, impressions
POSTS = [
    ("p1", 1, "2023-01-10 09:00", 10, 2, 0, 200),
    ("p2", 2, "2023-01-11 09:00", 5, 1, 1, 100),
    ("p3", 3, "2023-01-12 09:00", 3, 0, 0, None),
    ("p4", 5, "2023-01-13 09:00", 20, 5, 5, 1000),
    ("p5", 1, "2023-03-01 09:00", 1, 1, 1, 30),
    ("p6", 8, "2023-01-14 09:00", 100, 0, 0, 1000),
]


def build_groups_workspace(path: Path) -> Path:
    """Seven roster people (four women, two men, one without gender) and one author outside the
    roster, with the six posts above (test_groups computes its figures by hand from them); closed."""
    con = store.connect(path)
    with store.cursor(con) as cur, store.transaction(cur):
        for influencer_id, name, gender, band, experience in PEOPLE:
            cur.execute(
                "INSERT INTO influencers (influencer_id, name, name_key, gender, age_band, experience, profession,"
                " department) VALUES (?, ?, ?, ?, ?, ?, 'Beruf', 'Referat')",
                [influencer_id, name, name.lower(), gender, band, experience],
            )
        cur.execute("INSERT INTO influencers (influencer_id, name, name_key, in_roster) VALUES (8, 'Xaver Ext', 'x', FALSE)")
        for key, author, published, reactions, comments, reposts, impressions in POSTS:
            cur.execute(
                "INSERT INTO posts (post_key, influencer_id, published_at, reactions, comments, reposts, impressions)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [key, author, published, reactions, comments, reposts, impressions],
            )
    con.close()
    return path


# ---------------------------------------------------------------- filters (test_selections)
# Eleven roster people in two cohorts (one without), four professions, four departments, and one
# author outside the roster: enough crossing values that pooling across attributes has work to do.
FILTER_PEOPLE = [
    # id, cohort, profession, department, gender
    (1, "A", "Erzieherin", "Bildung", "female"),
    (2, "A", "Erzieherin", "Bildung", "female"),
    (3, "A", "Erzieherin", "Bildung", "female"),
    (4, "B", "Erzieherin", "Bildung", "male"),
    (5, "A", "Lehrerin", "Bildung", "female"),
    (6, "B", "Feuerwehr", "Brand", "male"),
    (7, "B", "Feuerwehr", "Brand", "male"),
    (8, "B", "Feuerwehr", "Brand", "diverse"),
    (9, "A", "Verwaltung", "Bürgerbüro", "female"),
    (10, "B", "Verwaltung", "Bürgerbüro", "male"),
    (11, None, "Verwaltung", "IT", "female"),
]
FEBRUARY_AUTHORS = (1, 2, 6, 9)  # everyone (and the outsider, 12) posts once in January 2024


def build_filters_workspace(path: Path) -> Path:
    """The people above, each with one January 2024 post (day = 10 + id; reactions 10 × id,
    comments id, impressions 100 × id) and a second one in February for FEBRUARY_AUTHORS; closed."""
    con = store.connect(path)
    with store.cursor(con) as cur, store.transaction(cur):
        for person, cohort, profession, department, gender in FILTER_PEOPLE:
            cur.execute(
                "INSERT INTO influencers (influencer_id, name, name_key, cohort, profession, department, gender)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [person, f"Person {person}", f"person {person}", cohort, profession, department, gender],
            )
        cur.execute("INSERT INTO influencers (influencer_id, name, name_key, in_roster) VALUES (12, 'Olga Out', 'o', FALSE)")
        posts = [(person, f"2024-01-{10 + person} 09:00") for person in range(1, 13)]
        posts += [(person, f"2024-02-{10 + person} 09:00") for person in FEBRUARY_AUTHORS]
        for n, (person, published) in enumerate(posts, start=1):
            cur.execute(
                "INSERT INTO posts (post_key, influencer_id, published_at, reactions, comments, reposts, impressions)"
                " VALUES (?, ?, ?, ?, ?, 0, ?)",
                [f"f{n}", person, published, 10 * person, person, 100 * person],
            )
        store.set_meta(cur, "demo_dismissed", "1")
    con.close()
    return path


# ---------------------------------------------------------------- seven posts (test_engagement, test_frequency)
LONG_LINE = "A" * 130


def build_small_workspace(path: Path) -> duckdb.DuckDBPyConnection:
    """Seven posts of five people, 2 Jan – 5 Apr 2023 (the table in test_engagement's docstring);
    returns an open connection."""
    con = store.connect(path)
    con.execute(
        """
        INSERT INTO influencers (influencer_id, name, name_key, joined_on, cohort, in_roster) VALUES
            (1, 'Anna Alpha', 'anna alpha', DATE '2023-01-01', 'A', TRUE),
            (2, 'Bernd Beta', 'bernd beta', DATE '2023-02-15', 'B', TRUE),
            (3, 'Carla Gamma', 'carla gamma', NULL, 'A', TRUE),
            (4, 'Dora Delta', 'dora delta', NULL, NULL, FALSE),
            (5, 'Emil Epsilon', 'emil epsilon', DATE '2023-05-01', 'B', TRUE)
        """
    )
    con.execute(
        """
        INSERT INTO posts (post_id, post_key, influencer_id, published_at, has_time, url, text,
                           reactions, comments, reposts, impressions) VALUES
            (1, 'p1', 1, TIMESTAMP '2023-01-02 09:30', TRUE, 'https://example.org/p1', ?, 10, 5, 5, 1000),
            (2, 'p2', 1, TIMESTAMP '2023-01-04 09:10', TRUE, 'https://example.org/p2', 'Kurz', 8, 2, 0, 500),
            (3, 'p3', 1, TIMESTAMP '2023-02-06 18:00', TRUE, 'https://example.org/p3',
                'Dritter Beitrag' || chr(10) || 'mehr', 20, 10, 0, NULL),
            (4, 'p4', 2, TIMESTAMP '2023-02-20 09:45', TRUE, 'https://example.org/p4', '<b>fett</b>', 5, 0, 0, 100),
            (5, 'p5', 2, TIMESTAMP '2023-03-10 00:00', FALSE, NULL, NULL, NULL, NULL, NULL, 200),
            (6, 'p6', 1, TIMESTAMP '2023-03-20 09:00', TRUE, 'https://example.org/p6',
                chr(10) || chr(10) || '  Ich bin Anna Alpha, und ANNA mag Fragen?  ' || chr(10) || 'Zweite Zeile',
                30, 0, 0, 1500),
            (7, 'p7', 1, TIMESTAMP '2023-04-05 10:00', TRUE, 'https://example.org/p7', 'April', 80, 10, 10, 1000)
        """,
        [LONG_LINE],
    )
    # numbered as the cockpit's writers number people (md5 of the name key): Dora Delta 1,
    # Emil Epsilon 2, Carla Gamma 3, Bernd Beta 4, Anna Alpha 5
    number_pseudonyms(con)
    return con


# ---------------------------------------------------------------- a lead's own 2024 data (test_presentation)
# Six people in a roster without joined dates; a controlling sheet with date, author, link,
# reactions, comments and impressions – no post texts, no times, no media types; no outcomes.
OWN_PEOPLE = [("Anna Müller", 1975, "weiblich"), ("Jonas Weber", 1979, "männlich"), ("Leyla Demir", 1983, "divers"),
              ("Petra Huber", 1987, "weiblich"), ("Max Bauer", 1991, "männlich"), ("Sofia Wagner", 1995, "weiblich")]


def own_2024_files(folder: Path) -> tuple[Path, Path]:
    """The roster and the controlling sheet of :func:`build_own_2024` as the CSV files a lead has.

    Posts: every fourth day from 08.01.2024 to 02.07.2024, each person on every third of those
    days (by the day's ordinal); ``k``-th post: 20 + 7k mod 50 reactions, 3k mod 9 comments,
    800 + 37k mod 900 impressions – 90 posts, 4.015 reactions, 270 comments.
    """
    from datetime import date, timedelta

    roster = folder / "kader_2024.csv"
    roster.write_text("Name;Geburtsjahr;Geschlecht;Beruf;Referat\n" + "".join(
        f"{name};{year};{gender};Beruf {i % 3};Referat {i % 2}\n" for i, (name, year, gender) in enumerate(OWN_PEOPLE)
    ), encoding="utf-8")
    lines, k, day = [], 0, date(2024, 1, 8)
    while day <= date(2024, 7, 2):
        for i, (name, _, _) in enumerate(OWN_PEOPLE):
            if (day.toordinal() + i) % 3 == 0:
                k += 1
                lines.append(f"{day:%d.%m.%Y};{name};https://www.linkedin.com/feed/update/urn:li:activity:"
                             f"{7100000000000000000 + k};{20 + (k * 7) % 50};{(k * 3) % 9};{800 + (k * 37) % 900}\n")
        day += timedelta(days=4)
    sheet = folder / "controlling_2024.csv"
    sheet.write_text("Datum;Autor:in;Link zum Beitrag;Reaktionen;Kommentare;Impressionen\n" + "".join(lines),
                     encoding="utf-8")
    return roster, sheet


def build_own_2024(path: Path) -> Path:
    """A workspace that never held the demo, filled by importing :func:`own_2024_files`; closed."""
    from analytics.ingest import import_file

    roster, sheet = own_2024_files(path.parent)
    con = store.connect(path)
    with store.cursor(con) as cur:
        store.set_meta(cur, "demo_dismissed", "1")
        import_file(cur, roster)
        import_file(cur, sheet)
    con.close()
    return path


PATCHWORK = ROOT / "tests" / "fixtures" / "patchwork"


def patchwork_files() -> list[tuple[Path, str | None]]:
    """The patchwork's files (see tests/fixtures/patchwork/make_patchwork.py) in the order a lead
    imports them, each with the author a member or single-post export is of (else None)."""
    return [
        (PATCHWORK / "kader_hr.xlsx", None),
        (PATCHWORK / "controlling_2024_Q1.xlsx", None),
        (PATCHWORK / "AggregateAnalytics_LenaBerger_2026-01-01_2026-03-31.xlsx", "Lena Berger"),
        (PATCHWORK / "AggregateAnalytics_CanDemir_2026-01-01_2026-03-31.xlsx", "Can Demir"),
        (PATCHWORK / "SinglePostAnalytics_LenaBerger_7416000000000000001.xlsx", "Lena Berger"),
        (PATCHWORK / "ergebnisse.csv", None),
    ]


def build_patchwork(path: Path) -> Path:
    """A workspace that never held the demo, filled as a lead fills it: an HR list, a controlling
    workbook for January–March 2024, nothing for 21 months, two people's member exports for
    January–March 2026, one single-post export and an outcomes list; closed."""
    from analytics.ingest import import_file

    con = store.connect(path)
    with store.cursor(con) as cur:
        store.set_meta(cur, "demo_dismissed", "1")
        for file, author in patchwork_files():
            import_file(cur, file, author=author)
    con.close()
    return path


AUDIENCE = ROOT / "tests" / "fixtures" / "audience"


def audience_files() -> list[tuple[Path, str | None]]:
    """The audience test files (see tests/fixtures/audience/make_audience.py) in import order, each with
    the person a LinkedIn export is of (else None)."""
    return [
        (AUDIENCE / "kader.csv", None),
        (AUDIENCE / "AggregateAnalytics_AnnaAlbers_2026-01-01_2026-03-31.xlsx", "Anna Albers"),
        (AUDIENCE / "AggregateAnalytics_BenBrandt_2026-01-01_2026-03-31.xlsx", "Ben Brandt"),
        (AUDIENCE / "Content_2025-10-01_2025-12-31_CemOezdemir.xlsx", "Cem Özdemir"),
        (AUDIENCE / "AggregateAnalytics_CemOezdemir_2026-01-01_2026-03-31.xlsx", "Cem Özdemir"),
        (AUDIENCE / "AggregateAnalytics_CemOezdemir_2026-02-01_2026-04-30.xlsx", "Cem Özdemir"),
        (AUDIENCE / "AggregateAnalytics_DanaDorn_2026-01-01_2026-03-31.xlsx", "Dana Dorn"),
        (AUDIENCE / "SinglePostAnalytics_AnnaAlbers_7420000000000000001.xlsx", "Anna Albers"),
    ]


def build_audience(path: Path) -> Path:
    """A workspace of four people's member exports (Cem with three overlapping windows) and one
    single-post export, the organisation set to "Landeshauptstadt München" with the alias "City of
    Munich" (so the target region defaults to München and Munich); closed."""
    from analytics import programme
    from analytics.ingest import import_file

    con = store.connect(path)
    with store.cursor(con) as cur:
        store.set_meta(cur, "demo_dismissed", "1")
        for file, author in audience_files():
            import_file(cur, file, author=author)
        with store.transaction(cur):
            programme.put_text(cur, "organisation", "Landeshauptstadt München")
            programme.put_names(cur, "organisation_aliases", "City of Munich")
    con.close()
    return path
