"""The briefing: content from the demo, the generated text, the HTML and PowerPoint files, the CLI."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest
from command_line import cli
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE

from analytics import store
from analytics.briefing import content, html
from analytics.briefing.content import build, period_words
from analytics.filters import Filters
from analytics.i18n import fmt_change, no_change

FIRST_SENTENCE = "Von Januar bis Juni 2023 haben 16 Corporate Influencer 326 Beiträge veröffentlicht."


def roster_names(db: Path) -> list[str]:
    con = store.connect(db)
    names = [row[0] for row in con.execute("SELECT name FROM influencers").fetchall()]
    con.close()
    return names


def named(text: str, names: list[str]) -> list[str]:
    """The first and last names found in ``text`` as whole words (plotly.js holds 'geoRobinson')."""
    parts = {part for name in names for part in name.split() if len(part) >= 3}
    return [part for part in sorted(parts) if re.search(rf"\b{re.escape(part)}\b", text)]


def briefing_of(db: Path, filters: Filters, lang: str = "de"):
    con = store.connect(db)
    with store.cursor(con) as cur:
        result = build(cur, filters, lang)
    con.close()
    return result


def pptx_texts(path: Path) -> list[str]:
    """Every text of a presentation: text frames, chart titles, categories and series names."""
    found = []
    for slide in Presentation(str(path)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                found.append(shape.text_frame.text)
            if shape.has_chart:
                chart = shape.chart
                if chart.has_title:
                    found.append(chart.chart_title.text_frame.text)
                found += [str(c) for c in chart.plots[0].categories]
                found += [series.name for series in chart.plots[0].series]
    return found


def pptx_charts(path: Path) -> list[list]:
    """Per slide, its charts as (type, categories, {series: values})."""
    slides = []
    for slide in Presentation(str(path)).slides:
        slides.append([
            (shape.chart.chart_type, list(shape.chart.plots[0].categories),
             {series.name: list(series.values) for series in shape.chart.plots[0].series})
            for shape in slide.shapes if shape.has_chart
        ])
    return slides


# ---------------------------------------------------------------- content
def test_content_of_the_demo(demo_db: Path) -> None:
    briefing = briefing_of(demo_db, Filters())
    assert briefing.period == "Zeitraum 02.01.2023 – 30.06.2023"
    assert briefing.organisation == "Landeshauptstadt München"
    assert briefing.text[0] == FIRST_SENTENCE
    assert briefing.text[1] == "Sie erhielten 15.496 Reaktionen und 3.692 Kommentare; die Engagement-Rate lag bei 3,1 %."
    assert "Erfasst wurden 14 Ergebnisse: 3 Praktikumsanfragen, 4 Bewerbungen" in briefing.paragraph
    tiles = {tile.key: (tile.text, tile.delta) for tile in briefing.tiles}
    assert tiles["posts"] == ("326", None)  # nothing before January: no change shown
    assert tiles["reactions"] == ("15.496", None)
    assert tiles["comments"] == ("3.692", None)
    assert tiles["influencers"] == ("16", None)
    charts = {chart.key: chart for chart in briefing.charts}
    assert list(charts) == ["activity", "diversity", "regularity", "outcomes"]
    posts = charts["activity"].series[0]
    assert sum(posts.values) == 326 and charts["activity"].categories[2] == "Mär 2023"
    gender, age = charts["diversity"].series
    assert (gender.name, dict(zip(gender.categories, gender.values, strict=True))) == (
        "Geschlecht", {"weiblich": 9, "männlich": 5, "divers": 2})
    assert dict(zip(age.categories, age.values, strict=True)) == {
        "unter 30": 3, "30–39": 6, "40–49": 3, "50–59": 3, "60 und älter": 1}
    assert sum(sum(series.values) for series in charts["outcomes"].series) == 14
    assert all(chart.figure.layout.height == 260 for chart in briefing.charts)
    assert briefing.charts[0].figure.layout.separators == ",."


def test_change_against_the_previous_period(demo_db: Path) -> None:
    march = Filters(start=date(2023, 3, 1), end=date(2023, 3, 31))
    briefing = briefing_of(demo_db, march, "en")
    con = store.connect(demo_db)
    now, before = (
        con.execute("SELECT count(*) FROM posts WHERE published_at >= ? AND published_at < ?", [a, b]).fetchone()[0]
        for a, b in (("2023-03-01", "2023-04-01"), ("2023-01-29", "2023-03-01"))
    )
    con.close()
    tiles = {tile.key: tile for tile in briefing.tiles}
    assert tiles["posts"].text == str(now)
    assert tiles["posts"].delta == f"{now - before:+d}"
    assert briefing.text[0] == f"In March 2023, 15 corporate influencers published {now} posts."
    assert f"({before} before)" in briefing.paragraph


def test_words_and_changes() -> None:
    assert period_words(date(2022, 12, 1), date(2023, 6, 30), "de") == "Von Dezember 2022 bis Juni 2023"
    assert period_words(date(2023, 1, 2), date(2023, 6, 30), "en") == "From January to June 2023"
    assert period_words(None, None, "de") == "Bisher"
    assert fmt_change(0.031, 0.035, "de", percent=True) == "-0,4 Pp."
    assert fmt_change(1200, 1000, "en") == "+200"
    assert fmt_change(5, None, "de") is None
    # no change is no rise: "±0", not "+0" (which a tile drew as a green arrow up)
    assert fmt_change(1000, 1000, "de") == "±0" and no_change("±0")
    assert fmt_change(0.0311, 0.0312, "de", percent=True) == "±0,0 Pp."  # -0.01 points shows as zero
    assert fmt_change(0.0311, 0.0312, "en", percent=True) == "±0.0 pp"
    assert not no_change("+0,1 Pp.") and not no_change(None)
    assert html._tile("Beiträge", "326", "±0", "(vorher 326)") == (
        '<div class="tile"><div class="label">Beiträge</div><div class="value">326</div>'
        '<div class="delta flat">±0 (vorher 326)</div></div>')
    assert '<div class="delta up">▲ +2' in html._tile("Beiträge", "328", "+2", "(vorher 326)")


def test_text_never_names_people(demo_db: Path) -> None:
    names = roster_names(demo_db)
    for show_names in (False, True):
        briefing = briefing_of(demo_db, Filters(pseudonymise=not show_names))
        assert not named(briefing.paragraph, names)


def test_empty_workspace(empty_db: Path) -> None:
    briefing = briefing_of(empty_db, Filters())
    assert briefing.text == ("Bisher wurden keine Beiträge veröffentlicht.",)
    assert {tile.key: tile.text for tile in briefing.tiles}["posts"] == "0"
    assert not any(chart.has_data for chart in briefing.charts)


def test_html_escapes_text(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COCKPIT_ORG", "<script>alert(1)</script> & Co")
    page = html.render(briefing_of(demo_db, Filters()))
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in page


# ---------------------------------------------------------------- command line
@pytest.fixture(scope="module")
def exported(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo briefing written once per format and option."""
    out = tmp_path_factory.mktemp("briefing")
    files = {
        "html": ("--format", "html"),
        "html_en": ("--format", "html", "--lang", "en"),
        "pptx": ("--format", "pptx"),
        "html_pseudo": ("--format", "html", "--pseudonymise"),
        "pptx_pseudo": ("--format", "pptx", "--pseudonymise"),
    }
    paths = {}
    for name, args in files.items():
        target = out / f"{name}.{args[1]}"
        result = cli("briefing", "--db", str(demo_template), "--out", str(target), *args)
        assert result.code == 0, result.err
        assert f'"out": "{target}"' in result.out
        paths[name] = target
    return paths


def test_html_briefing_is_self_contained(exported: dict[str, Path]) -> None:
    page = exported["html"].read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="de">' in page
    assert "<script src" not in page and 'src="http' not in page
    assert page.count("<script") >= 4  # plotly.js inlined once, then one script per chart
    assert page.count("Plotly.newPlot") == 4
    assert "15.496" in page and "3.692" in page
    assert FIRST_SENTENCE in page
    assert "Landeshauptstadt München" in page
    assert "Vielfalt im Kader" in page  # chart titles (in the figure JSON)


def test_html_briefing_in_english(exported: dict[str, Path]) -> None:
    page = exported["html_en"].read_text(encoding="utf-8")
    assert "15,496" in page and "15.496" not in page
    assert "From January to June 2023, 16 corporate influencers published 326 posts." in page


def test_pptx_briefing(exported: dict[str, Path]) -> None:
    slides = Presentation(str(exported["pptx"])).slides
    assert len(slides) == 7  # title, key figures, four charts, goals and company page
    extra = " ".join(shape.text_frame.text for shape in slides[6].shapes if shape.has_text_frame)
    assert "Ziele und Unternehmensseite" in extra
    assert "Die 16 Corporate Influencer erzielten 2,5-mal so viele Impressionen wie die Unternehmensseite." in extra
    cells = [cell.text for shape in slides[6].shapes if shape.has_table for row in shape.table.rows
             for cell in row.cells]
    assert ["Beiträge pro Monat", "50 pro Monat", "54,3", "erreicht"] == cells[cells.index("Beiträge pro Monat"):][:4]
    assert ["Impressionen", "633.853", "257.528", "2,5×"] == cells[cells.index("Impressionen"):][:4]
    title = " ".join(shape.text_frame.text for shape in slides[0].shapes if shape.has_text_frame)
    assert "Landeshauptstadt München" in title and "Zeitraum 02.01.2023 – 30.06.2023" in title
    kpis = " ".join(shape.text_frame.text for shape in slides[1].shapes if shape.has_text_frame)
    assert "15.496" in kpis and "3.692" in kpis and FIRST_SENTENCE in kpis
    charts = pptx_charts(exported["pptx"])
    months = ["Jan 2023", "Feb 2023", "Mär 2023", "Apr 2023", "Mai 2023", "Jun 2023"]
    (posts_type, posts_months, posts), (_, _, engagements) = charts[2]
    assert posts_type == XL_CHART_TYPE.COLUMN_CLUSTERED and posts_months == months
    assert sum(posts["Beiträge pro Monat"]) == 326
    assert sum(engagements["Interaktionen pro Monat"]) == 15496 + 3692 + 592
    (gender_type, genders, gender), (age_type, ages, age) = charts[3]
    assert gender_type == age_type == XL_CHART_TYPE.BAR_CLUSTERED
    # Bottom to top in PowerPoint's order, so that the first group is drawn on top.
    assert (genders, gender) == (["divers", "männlich", "weiblich"], {"Geschlecht": [2.0, 5.0, 9.0]})
    assert (ages, age) == (["60 und älter", "50–59", "40–49", "30–39", "unter 30"], {"Altersgruppe": [1.0, 3.0, 3.0, 6.0, 3.0]})
    [(regularity_type, regularity_months, share)] = charts[4]
    assert regularity_type == XL_CHART_TYPE.COLUMN_CLUSTERED and regularity_months == months
    assert all(0 < value <= 1 for value in next(iter(share.values())))
    [(outcomes_type, _, outcomes)] = charts[5]
    assert outcomes_type == XL_CHART_TYPE.COLUMN_STACKED
    assert sum(outcomes["Bewerbung"]) == 4 and sum(sum(values) for values in outcomes.values()) == 14


def test_pseudonymised_briefings_hold_no_names(exported: dict[str, Path], demo_template: Path) -> None:
    names = roster_names(demo_template)
    page = exported["html_pseudo"].read_text(encoding="utf-8")
    assert not named(page, names)
    slides = " ".join(pptx_texts(exported["pptx_pseudo"]))
    assert not named(slides, names)
    assert "Namen pseudonymisiert" in page and "Namen pseudonymisiert" in slides


def test_the_activity_panel_keeps_a_value_axis_when_its_bars_cannot_carry_their_numbers() -> None:
    """Six months of the demo's size carry their numbers on the bars (no value axis); twelve months of
    200,000 posts' interactions ("2.408.862") do not fit: then the panel had neither numbers nor an axis."""
    def panel(posts: int, engagements: int, months: int) -> go.Figure:
        monthly = pd.DataFrame({"month": pd.date_range("2023-01-01", periods=months, freq="MS"),
                                "posts": [posts] * months, "engagements": [engagements] * months})
        return content._activity({"monthly": monthly}, "de", "Quelle: Influencer Cockpit").figure

    small = panel(54, 3300, 6)
    assert [list(trace.text)[0] for trace in small.data] == ["54", "3.300"]
    assert small.layout.yaxis.showticklabels is False and small.layout.yaxis2.showticklabels is False
    large = panel(3363, 261405, 12)
    assert [trace.text for trace in large.data] == [None, None]
    # one round value a panel, with its grid line: 3,363 posts → 2.000, 261,405 interactions → 200.000
    assert large.layout.yaxis.showticklabels is not False and list(large.layout.yaxis.tickvals) == [2000]
    assert large.layout.yaxis2.showticklabels is not False and list(large.layout.yaxis2.tickvals) == [200000]
