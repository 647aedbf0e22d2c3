"""Topics: a controlling sheet's category column kept as the post's topic, analysed on the
content page (median engagement rate and n per topic, the programme hashtag per topic, thin groups)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from apptest_helpers import texts
from ingest_helpers import write_csv

from analytics import settings, store
from analytics.filters import Filters
from analytics.ingest import import_file, undo_last_import
from analytics.ingest.columns import propose_mapping
from analytics.queries import content

PAGE = "pages/4_Inhalt.py"
HEADER = ["Datum", "Autor", "Text", "Likes", "Kommentare", "Reposts", "Impressionen", "Thema"]
# likes + comments (+ no reposts) over impressions: Ausbildung 0.05, 0.10, 0.02 (median 0.05, with the
# tag 2 of 3); Karriere 0.08 (no tag); Stadtleben has no impressions
ROWS = [
    ["02.01.2023", "Anna Alt", "Start #WirFuerMuenchen", 4, 1, 0, 100, "Ausbildung"],
    ["03.01.2023", "Anna Alt", "Zweiter #wirfuermuenchen", 9, 1, 0, 100, " Ausbildung "],
    ["04.01.2023", "Berta Bach", "Dritter ohne Tag", 2, 0, 0, 100, "Ausbildung"],
    [" 05.01.2023", "Berta Bach", "Vierter", 6, 2, 0, 100, "Karriere"],  # a cell needing the full parse
    ["06.01.2023", "Berta Bach", "Fünfter", 3, 0, 0, None, "Stadtleben"],
    ["07.01.2023", "Anna Alt", "Sechster", 3, 0, 0, 100, "-"],  # an unknown-value token: no topic
]


@pytest.mark.parametrize("header", ["Thema", "Kampagne", "Themenfeld", "Serie", "Topic", "Campaign", "Themen-Cluster"])
def test_category_headers_are_recognised_as_topic(header) -> None:
    mapping = propose_mapping(["Datum", "Autor", "Text", "Likes", header], "posts")
    assert mapping[header] == "topic"
    assert mapping["Datum"] == "date"


def test_format_stays_the_media_type() -> None:
    # 'Format' has meant the media type since the first importer; a team's 'Format' category is chosen
    # as the topic in the mapping
    assert propose_mapping(["Datum", "Autor", "Format"], "posts")["Format"] == "media_type"


@pytest.fixture
def cur(tmp_path: Path):
    con = store.connect(tmp_path / "topics.duckdb")
    with store.cursor(con) as cursor:
        yield cursor
    con.close()


def topics(cur) -> list[tuple]:
    return cur.execute("SELECT text, topic FROM posts ORDER BY published_at").fetchall()


def test_csv_topics_imported_updated_and_undone(cur, tmp_path: Path) -> None:
    report = import_file(cur, write_csv(tmp_path / "controlling.csv", [HEADER, *ROWS]))
    assert report.inserted == 6
    assert [topic for _, topic in topics(cur)] == ["Ausbildung", "Ausbildung", "Ausbildung", "Karriere",
                                                   "Stadtleben", None]
    # a later sheet gives the fourth post another topic: an update, undone with the import
    changed = [row[:] for row in ROWS]
    changed[3][7] = "Ausbildung"
    report = import_file(cur, write_csv(tmp_path / "controlling_2.csv", [HEADER, *changed]))
    assert (report.inserted, report.updated) == (0, 1)
    assert topics(cur)[3] == ("Vierter", "Ausbildung")
    # a file without the topic column keeps the topics known
    import_file(cur, write_csv(tmp_path / "export.csv", [HEADER[:-1], *(row[:-1] for row in ROWS)]))
    assert topics(cur)[3] == ("Vierter", "Ausbildung")
    undo_last_import(cur)
    undo_last_import(cur)
    assert topics(cur)[3] == ("Vierter", "Karriere")


def test_workbook_topic_column(cur, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Datum", "Autor", "Text", "Likes", "Kampagne"])
    sheet.append(["2023-01-02", "Anna Alt", "Eins", 3, "Sommerfest"])
    sheet.append(["2023-01-03", "Anna Alt", "Zwei", 4, None])
    book.save(tmp_path / "controlling.xlsx")
    import_file(cur, tmp_path / "controlling.xlsx")
    assert topics(cur) == [("Eins", "Sommerfest"), ("Zwei", None)]


def test_topic_groups_with_hand_computed_values(cur, tmp_path: Path) -> None:
    import_file(cur, write_csv(tmp_path / "controlling.csv", [HEADER, *ROWS]))
    assert content.topic_counts(cur, Filters()) == {"with_topic": 5, "posts": 6}
    groups = content.by_topic(cur, Filters(), "#wirfuermuenchen").set_index("topic")
    assert list(groups.index) == ["Ausbildung", "Karriere", "Stadtleben"]  # most posts first
    assert groups.loc["Ausbildung", "posts"] == 3 and groups.loc["Ausbildung", "posts_with_rate"] == 3
    assert groups.loc["Ausbildung", "median_rate"] == pytest.approx(0.05)
    assert groups.loc["Karriere", "median_rate"] == pytest.approx(0.08)
    assert groups.loc["Stadtleben", "posts_with_rate"] == 0
    assert (groups.loc["Ausbildung", "with_tag"], groups.loc["Ausbildung", "posts_with_text"]) == (2, 3)
    assert groups.loc["Ausbildung", "tag_share"] == pytest.approx(2 / 3)
    assert groups.loc["Karriere", "tag_share"] == 0
    # the people filter narrows the groups: Berta's posts only
    berta = cur.execute("SELECT influencer_id FROM influencers WHERE name = 'Berta Bach'").fetchone()[0]
    only = content.by_topic(cur, Filters(influencer_ids=(berta,)), "#wirfuermuenchen").set_index("topic")
    assert only.loc["Ausbildung", "posts"] == 1 and only.loc["Ausbildung", "median_rate"] == pytest.approx(0.02)


def test_page_on_the_demo_shows_topics_with_thin_groups_flagged(run_page, demo_db: Path) -> None:
    at = run_page(demo_db, PAGE)
    assert not at.exception
    specs = [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]
    topic = next(spec for spec in specs if spec["layout"]["title"]["text"] == "Engagement nach Thema")
    labels = topic["data"][0]["y"]
    assert labels[0] == "Einblick in den Arbeitsalltag" and "Podcast-Serie" in labels
    assert any(text.endswith("n = 5") for text in topic["data"][0]["text"])  # 5 podcast posts
    shown = texts(at)
    assert "326 von 326 Beiträgen der Auswahl haben eine" in shown
    assert "Grau schraffiert = wenig Daten (weniger als 10 Beiträge): „Podcast-Serie“." in shown
    table = at.dataframe[-1].value
    row = table[table["Thema"] == "Podcast-Serie"].iloc[0]
    assert row["Beiträge"] == "5" and row["Hinweis"] == "wenig Daten (< 10 Beiträge)"
    assert "mit #wirfuermuenchen" in table.columns
    assert "Hashtag aus dem Eingabefeld oben" in shown


def test_page_takes_the_programme_hashtag_from_the_settings(run_page, demo_db: Path) -> None:
    con = store.connect(demo_db)
    with store.cursor(con) as c, store.transaction(c):
        settings.put(c, "programme_hashtag", "#KITA")
    con.close()
    at = run_page(demo_db, PAGE, params={"lang": "en"})
    assert not at.exception
    assert "with #KITA" in at.dataframe[-1].value.columns
    assert "hashtag from the programme settings" in texts(at)


def test_no_topic_column_no_topics(run_page, empty_db: Path, tmp_path: Path) -> None:
    con = store.connect(empty_db)
    with store.cursor(con) as c:
        import_file(c, write_csv(tmp_path / "export.csv", [HEADER[:-1], *(row[:-1] for row in ROWS)]))
    con.close()
    at = run_page(empty_db, PAGE)
    assert not at.exception
    assert "Themen" not in [h.value for h in at.header]
    assert "Engagement nach Thema" not in "\n".join(chart.proto.spec for chart in at.get("plotly_chart"))


def test_exports_carry_topics_and_the_posts_outcomes_name(demo_db: Path) -> None:
    from test_export import rows_of_csv

    from analytics.export import export_table

    con = store.connect(demo_db)
    with store.cursor(con) as c:
        posts = rows_of_csv(export_table(c, "posts", "csv"))
        outcomes = rows_of_csv(export_table(c, "outcomes", "csv"))
    con.close()
    assert sum(1 for row in posts if row["Thema"] == "Podcast-Serie") == 5
    named = [row for row in outcomes if row["Beitrag (ID)"]]
    assert [row["Datum"] for row in named] == ["2023-02-14", "2023-03-08", "2023-04-04", "2023-05-16"]
    assert named[0]["Beitrag (ID)"] == "li:7029860418681270362"


def test_the_briefing_names_the_strongest_topics_with_enough_posts(demo_db: Path) -> None:
    """The briefing's topic line: the three topics with the highest median engagement rate among
    those with at least 10 posts; the demo's "Podcast-Serie" (5 posts, the highest median) is too thin."""
    from analytics.briefing import content as briefing

    with store.closing(store.connect(demo_db)) as cur:
        medians = cur.execute(
            "SELECT topic, count(*), median((reactions + comments + reposts) / impressions) FROM posts "
            "WHERE topic IS NOT NULL AND impressions > 0 GROUP BY topic ORDER BY 3 DESC").fetchall()
        built = briefing.build(cur, Filters(), "de")
    assert medians[0][:2] == ("Podcast-Serie", 5)
    strong = [row for row in medians if row[1] >= 10][:3]
    expected = ", ".join(f"„{topic}“ {round(rate * 100, 1):.1f} % (n = {n})".replace(".", ",")
                         for topic, n, rate in strong)
    line = next(note for note in built.notes if note.startswith("Themen"))
    assert line == f"Themen mit mindestens 10 Beiträgen, nach Median-Engagement-Rate: {expected}"
    assert "Podcast-Serie" not in line
