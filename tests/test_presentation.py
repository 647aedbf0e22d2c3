"""Layouts, empty data explained, briefing outputs without holes .

Two workspaces: a lead's own 2024 data (fixtures.build_own_2024: six people in a roster without
joined dates, 90 posts from a controlling sheet without texts, times or media types, no
outcomes) and the demo. The own data's totals, from the sheet's formula (see own_2024_files):
90 posts, 4.015 reactions, 270 comments, engagement rate 3,9 %, six active people.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from apptest_helpers import texts
from fixtures import build_own_2024
from pptx import Presentation
from streamlit.proto.Metric_pb2 import Metric as MetricProto
from streamlit.testing.v1 import AppTest
from test_briefing import briefing_of, pptx_charts, pptx_texts

from analytics import coverage, store
from analytics.briefing import html, pptx
from analytics.filters import Filters
from analytics.i18n import STRINGS, t

# the sheet has reactions and comments but no reposts: engagements, and so the rate, are unknown
OWN_TILES = {"Beiträge": "90", "Aktive Personen": "6", "Reaktionen": "4.015", "Kommentare": "270",
             "Engagement-Rate": "–"}


@pytest.fixture(scope="module")
def own_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_own_2024(tmp_path_factory.mktemp("own") / "own.duckdb")


@pytest.fixture
def own_db(own_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "own.duckdb"
    target.write_bytes(own_template.read_bytes())
    return target


def figures(at) -> list[dict]:
    return [json.loads(element.proto.spec) for element in at.get("plotly_chart")]


def titles(at) -> list[str]:
    return [figure["layout"]["title"]["text"] for figure in figures(at)]


# ---------------------------------------------------------------- what the workspace holds
def test_coverage_of_the_own_data_and_the_demo(own_db: Path, demo_db: Path) -> None:
    con = store.connect(own_db)
    with store.cursor(con) as cur:
        own = coverage.workspace(cur)
    con.close()
    assert own == coverage.Coverage(posts=90, texts=0, times=0, media=0, topics=0, impressions=90, roster=6,
                                    outcomes=0)
    assert [kind for kind in coverage.KINDS if own.lacks(kind)] == ["texts", "times", "media", "topics", "outcomes"]
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        demo = coverage.workspace(cur)
    con.close()
    assert (demo.posts, demo.roster, demo.outcomes) == (326, 16, 15)  # 14 in the posting period, one later
    assert not any(demo.lacks(kind) for kind in coverage.KINDS)


def test_an_empty_workspace_lacks_nothing_in_particular(empty_db: Path) -> None:
    con = store.connect(empty_db)
    with store.cursor(con) as cur:
        empty = coverage.workspace(cur)
    con.close()
    assert empty.posts == 0 and not any(empty.lacks(kind) for kind in coverage.KINDS)
    with pytest.raises(ValueError):
        empty.lacks("colours")


# ---------------------------------------------------------------- pages: one sentence, no empty frames
def test_content_page_without_texts_says_so_once(own_db: Path, run_page) -> None:
    at = run_page(own_db, "pages/4_Inhalt.py")
    assert not at.exception and not at.error
    assert [info.value for info in at.info] == [t("content_nothing_to_compare", "de")]
    assert figures(at) == []  # not five charts that each say "Keine Daten für diese Auswahl"
    shown = texts(at)
    assert "Keine Daten für diese Auswahl" not in shown and "Wenig Daten" not in shown
    assert "Shares.csv" in at.info[0].value and "„Import“" in at.info[0].value


def test_content_page_in_english(own_db: Path, run_page) -> None:
    at = run_page(own_db, "pages/4_Inhalt.py", params={"lang": "en"})
    assert [info.value for info in at.info] == [t("content_nothing_to_compare", "en")]
    assert at.info[0].value.startswith("Your posts have neither texts nor a media type")


def test_content_page_of_the_demo_is_unchanged(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, "pages/4_Inhalt.py")
    assert not at.exception
    assert len(figures(at)) == 7  # six factors and the topics
    assert [info.value for info in at.info if info.icon != ":material/science:"] == []  # only the demo banner


def test_no_times_no_weekday_heatmaps(own_db: Path, run_page) -> None:
    frequency = run_page(own_db, "pages/2_Frequenz.py")
    assert not frequency.exception and not frequency.error
    assert "Beiträge nach Wochentag und Uhrzeit" not in titles(frequency)
    assert t("coverage_no_times", "de") in [info.value for info in frequency.info]
    # the roster is there (without joined dates): the participation chart is drawn
    assert "Anteil aktiver Personen im Kader pro Monat" in titles(frequency)
    engagement = run_page(own_db, "pages/1_Engagement.py")
    assert not engagement.exception and not engagement.error
    assert not any("Wochentag und Uhrzeit" in title for title in titles(engagement))
    assert t("coverage_no_times", "de") in [info.value for info in engagement.info]


def test_top_posts_leave_out_the_empty_first_line(own_db: Path, demo_db: Path, run_page) -> None:
    at = run_page(own_db, "pages/1_Engagement.py")
    order = list(at.dataframe[0].proto.column_order)
    # the sheet has no reposts and no texts: both columns left out, and said so – and with them
    # the engagements and the rate (reactions + comments + reposts needs all three)
    assert order == ["Datum", "Person", "Reaktionen", "Kommentare", "Impressionen", "Link"]
    assert ("Ohne Wert in diesen Beiträgen und daher ausgeblendet: Erste Zeile, Interaktionen, Reposts, "
            "Engagement-Rate." in texts(at))
    # ordered by the first figure the posts have: reactions
    assert "Die 10 Beiträge mit den höchsten Werten bei „Reaktionen“ (von 90 Beiträgen mit diesem Wert)." in texts(at)
    demo = run_page(demo_db, "pages/1_Engagement.py")
    assert list(demo.dataframe[0].proto.column_order)[-2:] == ["Link", "Erste Zeile"]  # numbers first


# ---------------------------------------------------------------- the briefing without holes
def test_briefing_page_without_outcomes(own_db: Path, run_page) -> None:
    at = run_page(own_db, "pages/6_Briefing.py")
    assert not at.exception and not at.error
    assert {metric.label: metric.value for metric in at.metric} == OWN_TILES  # no tile "Ergebnisse 0"
    assert titles(at) == ["Beiträge und Interaktionen pro Monat", "Vielfalt im Kader",
                          "Anteil aktiver Personen im Kader pro Monat"]
    shown = texts(at)
    assert t("briefing_lacks_outcomes", "de") in shown
    assert t("briefing_howto_outcomes", "de") in [info.value for info in at.info]
    assert t("briefing_text_outcomes_none", "de") not in shown  # said once, not twice


def test_briefing_of_the_demo_keeps_its_four_charts(demo_db: Path) -> None:
    briefing = briefing_of(demo_db, Filters())
    assert [chart.key for chart in briefing.charts] == ["activity", "diversity", "regularity", "outcomes"]
    assert [tile.key for tile in briefing.tiles][-1] == "outcomes" and briefing.lacking == ()


def test_outcomes_elsewhere_leave_the_tile_and_name_the_empty_chart(demo_db: Path) -> None:
    # January 2023 has posts but no outcomes (the first is of 14.02.), while the workspace holds
    # 15: the tile says 0 – a finding – and the chart left out is named with the period's reason.
    briefing = briefing_of(demo_db, Filters().with_period(_d(2023, 1, 1), _d(2023, 1, 31)))
    assert {tile.key: tile.text for tile in briefing.tiles}["outcomes"] == "0"
    assert "outcomes" not in [chart.key for chart in briefing.charts]
    assert briefing.lacking == ("„Ergebnisse pro Monat nach Art“: keine Daten in diesem Zeitraum.",)


def _d(year: int, month: int, day: int):
    from datetime import date

    return date(year, month, day)


def test_briefing_html_without_outcomes(own_db: Path) -> None:
    for lang, lacks in (("de", "Ergebnisse (Anfragen, Bewerbungen, Presseberichte …) sind noch nicht erfasst"),
                        ("en", "Outcomes (inquiries, applications, press coverage …) are not recorded yet")):
        page = html.render(briefing_of(own_db, Filters(), lang))
        assert page.count('<div class="tile">') == 5
        assert page.count('<section class="chart">') == 3
        assert lacks in page
        assert t("chart_empty", lang) not in page
        assert t("briefing_chart_outcomes", lang) not in page
        # the odd last chart takes the whole row: no empty quadrant
        assert ".chart:last-child:nth-child(odd){grid-column:1/-1}" in page
    page = html.render(briefing_of(own_db, Filters(), "de"))
    assert re.search(r'<div class="label">Reaktionen</div><div class="value">4\.015</div>', page)


def test_briefing_pptx_without_outcomes(own_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "own.pptx"
    target.write_bytes(pptx.render(briefing_of(own_db, Filters(), "de")))
    slides = Presentation(str(target)).slides
    assert len(slides) == 5  # title, key figures, three charts: no slide holding only "Keine Daten"
    every = " ".join(pptx_texts(target))
    assert "Keine Daten für diese Auswahl" not in every and "Ergebnisse pro Monat nach Art" not in every
    kpis = [shape.text_frame.text for shape in slides[1].shapes if shape.has_text_frame]
    assert [text for text in kpis if text in OWN_TILES] == list(OWN_TILES)  # five tiles, no "Ergebnisse"
    assert any(t("briefing_lacks_outcomes", "de") in text for text in kpis)
    charts = pptx_charts(target)
    assert [len(slide) for slide in charts] == [0, 0, 2, 2, 1]
    (_, months, posts), _ = charts[2]
    # the controlling sheet covers the calendar months of its posts, January to July 2024 (its last post
    # is of 02.07.): July is a month the sheet speaks for, not a partial one
    assert months == ["Jan 2024", "Feb 2024", "Mär 2024", "Apr 2024", "Mai 2024", "Jun 2024", "Jul 2024"]
    assert sum(posts["Beiträge pro Monat"]) == 90


def test_demo_pptx_keeps_every_slide(demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "demo.pptx"
    target.write_bytes(pptx.render(briefing_of(demo_db, Filters(), "de")))
    # title, key figures, four charts, goals and company page
    assert len(Presentation(str(target)).slides) == 7


# ---------------------------------------------------------------- the monthly chart's labels
def test_monthly_panels_named_by_a_legend_not_by_titles_on_the_bars(own_db: Path) -> None:
    chart = briefing_of(own_db, Filters()).charts[0]
    layout = chart.figure.layout
    assert not [note.text for note in layout.annotations]  # no subplot titles over the bar numbers
    assert layout.showlegend is True and [trace.name for trace in chart.figure.data] == ["Beiträge", "Interaktionen"]
    assert list(layout.xaxis.ticktext) == ["Jan<br>2024", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul"]  # the sheet's July
    assert layout.xaxis.tickangle == 0  # upright: the last month keeps its label
    posts = chart.figure.data[0]
    assert layout.yaxis.range[1] == pytest.approx(1.5 * max(posts.y))  # room for the numbers on the bars


# ---------------------------------------------------------------- screenshot view
def test_screenshot_view(demo_db: Path, run_page) -> None:
    normal = run_page(demo_db, "pages/6_Briefing.py")
    [link] = normal.get("link_button")
    assert link.proto.label == "Screenshot-Ansicht" and "view=screenshot" in link.proto.url
    clean = run_page(demo_db, "pages/6_Briefing.py", params={"view": "screenshot"})
    assert not clean.exception and not clean.error
    assert clean.get("link_button") == [] and clean.get("download_button") == []
    assert len(clean.get("plotly_chart")) == 4 and len(clean.metric) == 6
    assert clean.query_params["view"] == "screenshot"  # the URL keeps the view


# ---------------------------------------------------------------- one name per page
def test_pages_are_named_as_in_the_menu() -> None:
    menu = {"de": {t(key, "de") for key in STRINGS if key.startswith("nav_")},
            "en": {t(key, "en") for key in STRINGS if key.startswith("nav_")}}
    found = {"de": [], "en": []}
    for key in STRINGS:
        found["de"] += re.findall(r"Seite „([^“]+)“", t(key, "de"))
        found["en"] += re.findall(r"the “([^”]+)” page", t(key, "en"))
    assert "Import" in found["de"] and "Import" in found["en"]
    assert set(found["de"]) <= menu["de"] and set(found["en"]) <= menu["en"]


def test_upload_limits_in_german(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, "pages/7_Import.py")
    assert ("Bis 64 MB je Datei; Dateitypen CSV, XLSX, XLS, TXT, TSV. Die Beschriftung im Feld („Upload“, "
            "„per file“) stammt von Streamlit und lässt sich nicht übersetzen.") in texts(at)


def _tiles_script() -> None:
    from pages.ui import widgets

    widgets.tiles([])  # nothing to show: no row (a row step of 0 raised)
    widgets.tiles([{"label": f"K{n}", "value": str(n), "delta": "±0" if n == 0 else "+1"} for n in range(5)])
    widgets.tiles([{"label": "Allein", "value": "7"}])


def test_tiles_go_in_even_rows_and_no_tiles_draw_nothing() -> None:
    """Five tiles: three and two, so none wraps alone across the page; a tile alone is as wide as its text;
    "±0" has neither arrow nor colour; an empty list of tiles draws nothing instead of failing."""
    at = AppTest.from_function(_tiles_script).run()
    assert not at.exception
    rows = [block for block in at.main if block.type == "flex_container"]
    assert [[metric.label for metric in row.children.values()] for row in rows] == [
        ["K0", "K1", "K2"], ["K3", "K4"], ["Allein"]]
    flat = at.metric[0].proto
    assert (flat.body, flat.delta, flat.color, flat.direction) == ("0", "±0", MetricProto.MetricColor.GRAY,
                                                                   MetricProto.MetricDirection.NONE)
    assert at.metric[1].proto.direction == MetricProto.MetricDirection.UP
