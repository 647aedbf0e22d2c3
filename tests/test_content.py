"""Content page: medians by length, question, hashtag and media type; hashtag adoption and counts."""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from apptest_helpers import count_queries, points_to_first_steps, texts

from analytics import store
from analytics.charts import content as charts
from analytics.charts import is_empty
from analytics.filters import Filters
from analytics.queries import content

PAGE = "pages/4_Inhalt.py"
# text, length, question at the end, media, reactions, comments, reposts, impressions, published
POSTS = [
    ("Hallo #WirFuerMuenchen, Frage?", 300, True, "image", 10, 0, 0, 100, "2023-01-05"),  # rate 0.10
    ("Text #wirfuermuenchen #Kita", 450, False, "image", 4, 1, 0, 100, "2023-01-20"),  # 0.05
    ("Nur #kita und nochmal #KITA", 1600, False, "video", 30, 0, 0, 1000, "2023-02-03"),  # 0.03
    ("#wirfuermuenchen2023 ist ein anderer Tag", 1700, True, "text", 2, 0, 0, None, "2023-02-10"),  # no rate
    ("Ohne Tag", 2600, False, None, 0, 0, 0, 50, "2023-02-20"),  # 0.0
]


@pytest.fixture
def cur(tmp_path: Path):
    con = store.connect(tmp_path / "content.duckdb")
    with store.cursor(con) as cursor:
        cursor.execute("INSERT INTO influencers (influencer_id, name, name_key) VALUES (1, 'Anna Alt', 'anna alt')")
        for number, (text, length, question, media, reactions, comments, reposts, impressions, day) in enumerate(
            POSTS
        ):
            cursor.execute(
                "INSERT INTO posts (post_key, influencer_id, published_at, text, text_length, ends_with_question,"
                " media_type, reactions, comments, reposts, impressions) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [f"p{number}", day, text, length, question, media, reactions, comments, reposts, impressions],
            )
        yield cursor
    con.close()


def _rows(frame: pd.DataFrame, *columns: str) -> list[tuple]:
    return [tuple(None if pd.isna(v) else v for v in row) for row in frame[list(columns)].itertuples(index=False)]


def test_medians_by_length_bin(cur) -> None:
    lengths = content.by_length(cur, Filters())
    assert _rows(lengths, "length_bin", "posts", "posts_with_rate", "median_engagements") == [
        (0, 2, 2, 7.5), (3, 2, 1, 16.0), (5, 1, 1, 0.0),
    ]
    assert lengths["median_rate"].tolist() == pytest.approx([0.075, 0.03, 0.0])
    assert lengths["engagement_rate"].tolist() == pytest.approx([15 / 200, 30 / 1000, 0.0])


def test_question_at_the_end(cur) -> None:
    question = content.by_question(cur, Filters())
    assert _rows(question, "question", "posts", "posts_with_rate") == [(True, 2, 1), (False, 3, 3)]
    assert question["median_rate"].tolist() == pytest.approx([0.10, 0.03])


def test_programme_hashtag_matches_whole_tags_case_insensitively(cur) -> None:
    tagged = content.by_hashtag(cur, Filters(), "#WirFuerMuenchen")
    assert _rows(tagged, "with_tag", "posts", "posts_with_rate") == [(True, 2, 2), (False, 3, 2)]
    assert tagged["median_rate"].tolist() == pytest.approx([0.075, 0.015])
    # without '#' and with spaces it is the same tag
    assert content.by_hashtag(cur, Filters(), " wirfuermuenchen ")["posts"].tolist() == [2, 3]


def test_hashtag_adoption_per_month(cur) -> None:
    adoption = content.hashtag_adoption(cur, Filters(), "#wirfuermuenchen")
    assert _rows(adoption, "month", "posts", "with_tag", "share") == [
        (pd.Timestamp(2023, 1, 1), 2, 2, 1.0), (pd.Timestamp(2023, 2, 1), 3, 0, 0.0),
    ]


def test_top_hashtags_count_posts_once(cur) -> None:
    tags = content.top_hashtags(cur, Filters())
    assert _rows(tags, "hashtag", "posts") == [
        ("#kita", 2), ("#wirfuermuenchen", 2), ("#wirfuermuenchen2023", 1),
    ]
    assert content.top_hashtags(cur, Filters(), limit=1)["hashtag"].tolist() == ["#kita"]


def test_media_types_and_counts(cur) -> None:
    media = content.by_media(cur, Filters())
    assert _rows(media, "media_type", "posts") == [("image", 2), ("text", 1), ("unknown", 1), ("video", 1)]
    assert content.counts(cur, Filters()) == {"posts": 5, "posts_with_rate": 4, "posts_with_text": 5}


def test_period_filter(cur) -> None:
    february = Filters(start=date(2023, 2, 1), end=date(2023, 2, 28))
    assert content.counts(cur, february)["posts"] == 3
    assert content.by_question(cur, february)["posts"].tolist() == [1, 2]


def test_unicode_hashtags_are_read_whole(cur) -> None:
    cur.execute(
        "INSERT INTO posts (post_key, influencer_id, published_at, text) VALUES"
        " ('u', 1, '2023-03-01', 'Servus #WirFürMünchen und #Demirtaş')"
    )
    assert set(content.top_hashtags(cur, Filters())["hashtag"]) >= {"#wirfürmünchen", "#demirtaş"}


# ------------------------------------------------------------------ charts
def test_length_chart_marks_guideline_and_flags_thin_bins(cur) -> None:
    fig = charts.length_chart(content.by_length(cur, Filters()), "de")
    bars = fig.data[0]
    assert list(fig.layout.xaxis.ticktext) == [
        "unter 500", "500–999", "1.000–1.499", "1.500–1.999", "2.000–2.499", "ab 2.500",
    ]
    heights = [None if math.isnan(y) else y for y in bars.y]
    assert heights[1:3] == [None, None] and heights[4] is None
    assert heights[0] == pytest.approx(0.075) and heights[3] == pytest.approx(0.03)
    # every bin rests on fewer than 10 posts: all grey and hatched
    assert set(bars.marker.pattern.shape) == {"/"}
    assert set(bars.marker.color) == {charts.THIN_COLOUR}
    guideline = fig.layout.shapes[0]
    assert (guideline.x0, guideline.x1) == (2.5, 2.5)
    assert bars.text[0] == "7,5 %<br>n = 2"
    assert charts.length_labels("en")[-1] == "2,500 and more"


def test_bars_with_enough_posts_are_not_flagged() -> None:
    groups = pd.DataFrame({
        "question": [True, False], "posts": [12, 9], "posts_with_rate": [12, 9],
        "median_rate": [0.05, 0.04], "median_engagements": [30, 20],
    })
    fig = charts.question_chart(groups, "de")
    bars = fig.data[0]
    assert list(bars.marker.pattern.shape) == ["", "/"]
    assert list(bars.marker.color) == ["#0072B2", charts.THIN_COLOUR]
    # half the page wide beside another chart: each label on two even lines, level ("mit Frage am Ende" tilted)
    assert list(fig.layout.xaxis.ticktext) == ["mit Frage<br>am Ende", "ohne Frage<br>am Ende"]
    assert fig.layout.xaxis.tickangle == 0
    assert list(bars.y) == [0.05, 0.04]
    labels = charts.question_labels(groups, "de")
    assert charts.thin_note(groups, labels, "de") == (
        "Grau schraffiert = wenig Daten (weniger als 10 Beiträge): „ohne Frage am Ende“."
    )


def test_length_bins_without_posts_are_named_as_such_not_as_hatched() -> None:
    """200,000 posts all under 500 characters: the five other bins have no bar, so none is "grey hatched"."""
    groups = charts.all_length_bins(pd.DataFrame({
        "length_bin": [0, 2], "posts": [40359, 4], "posts_with_rate": [40359, 4],
        "median_rate": [0.015, 0.02], "median_engagements": [78.0, 90.0],
    }))
    labels = charts.length_labels("de")
    assert charts.thin_note(groups, labels, "de") == (
        "Grau schraffiert = wenig Daten (weniger als 10 Beiträge): „1.000–1.499“. "
        "Ohne Beiträge: „500–999“, „1.500–1.999“, „2.000–2.499“, „ab 2.500“.")
    assert charts.thin_note(groups, charts.length_labels("en"), "en").endswith(
        "No posts: “500–999”, “1,500–1,999”, “2,000–2,499”, “2,500 and more”.")
    fig = charts.length_chart(groups, "de")
    assert fig.layout.yaxis.title.text == "Engagement-Rate<br>je Beitrag (Median)"  # two lines: a half-width chart cut one


def test_hashtag_and_media_charts(cur) -> None:
    fig = charts.hashtag_chart(content.by_hashtag(cur, Filters(), "WirFuerMuenchen"), "WirFuerMuenchen", "de")
    # in English the second label was dropped by Plotly and the first tilted: now each breaks before the tag
    assert list(fig.layout.xaxis.ticktext) == ["mit<br>#WirFuerMuenchen", "ohne<br>#WirFuerMuenchen"]
    english = charts.hashtag_chart(content.by_hashtag(cur, Filters(), "WirFuerMuenchen"), "WirFuerMuenchen", "en")
    assert list(english.layout.xaxis.ticktext) == ["with<br>#WirFuerMuenchen", "without<br>#WirFuerMuenchen"]
    media = charts.media_chart(content.by_media(cur, Filters()), "de")
    assert list(media.layout.xaxis.ticktext) == ["Bild", "nur<br>Text", "unbekannt", "Video"]
    assert media.layout.xaxis.tickangle == 0  # four fit level once "nur Text" breaks


def test_adoption_and_top_hashtag_charts(cur) -> None:
    fig = charts.adoption_chart(content.hashtag_adoption(cur, Filters(), "#wirfuermuenchen"), "#wirfuermuenchen", "de")
    assert list(fig.data[0].x) == ["Jan 2023", "Feb 2023"]
    assert list(fig.data[0].y) == [1.0, 0.0]
    top = charts.top_hashtags_chart(content.top_hashtags(cur, Filters()), "de", "#WirFuerMuenchen")
    assert list(top.data[0].x) == [2, 2, 1]
    assert top.data[0].marker.color[1] == "#0072B2"  # the programme hashtag stands out
    assert list(top.layout.xaxis.range) == [0, pytest.approx(2.3)]  # room for the longest bar's number


def test_empty_charts() -> None:
    nothing = pd.DataFrame(columns=["length_bin", "posts", "posts_with_rate", "median_rate", "median_engagements"])
    assert is_empty(charts.length_chart(nothing, "de"))
    assert is_empty(charts.adoption_chart(pd.DataFrame(columns=["month", "posts", "with_tag", "share"]), "#x", "en"))
    assert is_empty(charts.top_hashtags_chart(pd.DataFrame(columns=["hashtag", "posts"]), "de"))


# ------------------------------------------------------------------ the page
def chart_specs(at) -> str:
    """The figures of a page as readable JSON text (not \\u-escaped)."""
    return "\n".join(json.dumps(json.loads(chart.proto.spec), ensure_ascii=False) for chart in at.get("plotly_chart"))


def test_page_on_the_demo(run_page, demo_db: Path, monkeypatch) -> None:
    at = run_page(demo_db, PAGE)
    assert not at.exception
    specs = chart_specs(at)
    assert len(at.get("plotly_chart")) == 7  # the demo's posts have topics: one chart more
    for title in ("Engagement nach Beitragslänge", "Frage am Ende", "Mit oder ohne #wirfuermuenchen",
                  "Beiträge mit #wirfuermuenchen: Anteil je Monat", "Engagement nach Medientyp",
                  "Die häufigsten Hashtags", "Leitlinie"):
        assert title in specs
    assert "n = Beiträge mit Interaktionen und Impressionen (326 von 326)" in texts(at)
    reached = count_queries(monkeypatch)
    at.run()
    assert reached == []  # a rerun reads every figure from the cache: no query reaches DuckDB


def test_page_with_another_hashtag_in_english(run_page, demo_db: Path) -> None:
    at = run_page(demo_db, PAGE, params={"lang": "en"})
    at.text_input(key="hashtag").set_value("#KITA").run()
    assert not at.exception
    specs = chart_specs(at)
    assert "With or without #KITA" in specs and "Engagement by post length" in specs
    at.text_input(key="hashtag").set_value("").run()
    assert not at.exception
    assert "Enter a programme hashtag" in texts(at)


def test_page_on_an_empty_workspace_and_without_roster(run_page, empty_db: Path, posts_only_db: Path) -> None:
    at = run_page(empty_db, PAGE)
    assert points_to_first_steps(at)
    at = run_page(posts_only_db, PAGE, params={"pseudo": "true", "min_group": "20"})
    assert not at.exception
    assert len(at.get("plotly_chart")) == 7  # content needs no roster
