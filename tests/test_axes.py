"""Time axes and text marks a person can read: ticks for the span, a year on every label across
years, never more labels than fit, bar and cell numbers only where they are readable, whole-number
colour bars – on spans of 4 weeks, 6 months, 2 years and 2 years with a 21-month hole."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from pptx import Presentation

from analytics import store
from analytics.briefing import pptx
from analytics.briefing.content import build
from analytics.charts import BELOW_PLOT, LEGEND_GAP
from analytics.charts.axes import (
    HALF_WIDTH,
    MAX_CELL_LABELS,
    MIN_FONT,
    PANEL_WIDTH,
    PLOT_WIDTH,
    bar_labels,
    count_colorbar,
    fits,
    text_width,
    time_axis,
    wrapped,
)
from analytics.charts.engagement import person_distribution, weekday_hour_heatmap
from analytics.charts.frequency import by_quarter, person_period_heatmap
from analytics.charts.overview import posts_and_engagement_by_month
from analytics.charts.support import person_weeks_chart
from analytics.filters import Filters

WEEKS_4 = pd.date_range("2024-03-04", "2024-03-25", freq="W-MON")
MONTHS_6 = pd.date_range("2024-01-01", "2024-06-01", freq="MS")
MONTHS_24 = pd.date_range("2024-01-01", "2025-12-01", freq="MS")
WEEKS_117 = pd.date_range("2024-01-01", periods=117, freq="W-MON")  # to 2026-03-23


def _years_on_every_label(labels: list[str]) -> bool:
    return all(any(str(year) in label for year in range(2020, 2030)) for label in labels)


# ---------------------------------------------------------------- ticks for the span
def test_four_weeks_are_named_by_their_mondays() -> None:
    assert time_axis(WEEKS_4, "week", "de")["ticktext"] == ["04.03.", "11.03.", "18.03.", "25.03."]
    assert time_axis(WEEKS_4, "week", "en", PANEL_WIDTH)["ticktext"] == ["Mar 4", "Mar 11", "Mar 18", "Mar 25"]


def test_weeks_across_new_year_carry_their_year() -> None:
    weeks = pd.date_range("2025-12-01", "2026-01-19", freq="W-MON")
    labels = time_axis(weeks, "week", "de")["ticktext"]
    assert labels[0] == "01.12.2025" or labels[0] == "01.12.<br>2025"
    assert _years_on_every_label(labels)


def test_six_months_one_line_at_full_width_year_once_in_a_panel() -> None:
    assert time_axis(MONTHS_6, "month", "de")["ticktext"] == [
        "Jan 2024", "Feb 2024", "Mär 2024", "Apr 2024", "Mai 2024", "Jun 2024"]
    # half a screen: the year once under the first month (the span stays in 2024)
    assert time_axis(MONTHS_6, "month", "en", PANEL_WIDTH)["ticktext"] == [
        "Jan<br>2024", "Feb", "Mar", "Apr", "May", "Jun"]


def test_two_years_thin_to_what_fits_each_label_with_its_year() -> None:
    full = time_axis(MONTHS_24, "month", "de")
    # 24 months of 'Mär 2024' (8 characters at 14 px: 67 px + gap) do not fit 600 px; every 2nd month stacked
    assert len(full["ticktext"]) == 12 and full["ticktext"][:2] == ["Jan<br>2024", "Mär<br>2024"]
    panel = time_axis(MONTHS_24, "month", "de", PANEL_WIDTH)
    assert panel["ticktext"] == ["Q1<br>2024", "Q2<br>2024", "Q3<br>2024", "Q4<br>2024",
                                 "Q1<br>2025", "Q2<br>2025", "Q3<br>2025", "Q4<br>2025"]
    for axis, width in ((full, PLOT_WIDTH), (panel, PANEL_WIDTH)):
        assert fits(axis["ticktext"], width) and _years_on_every_label(axis["ticktext"])
        assert axis["tickangle"] == 0


def test_117_weeks_of_one_person_are_named_by_quarters_not_117_slanted_dates() -> None:
    axis = time_axis(WEEKS_117, "week", "de")
    assert axis["ticktext"] == ["Q1<br>2024", "Q2<br>2024", "Q3<br>2024", "Q4<br>2024", "Q1<br>2025", "Q2<br>2025",
                                "Q3<br>2025", "Q4<br>2025", "Q1<br>2026"]
    assert [tick.strftime("%Y-%m-%d") for tick in axis["tickvals"]][:2] == ["2024-01-01", "2024-04-01"]
    weeks = pd.DataFrame({"week": WEEKS_117, "posts": [1] * 117,
                          "covered": [not (14 <= i < 105) for i in range(117)]})  # a hole of 91 weeks (21 months)
    fig = person_weeks_chart(weeks, 1.0, "de")
    assert fig.layout.xaxis.ticktext == tuple(axis["ticktext"]) and fig.layout.xaxis.tickangle == 0
    assert fig.data[0].y[20] is None and fig.data[0].y[0] == 1  # the hole is no bar, not a zero
    band = [shape for shape in fig.layout.shapes if shape.line.dash == "dot"]
    assert len(band) == 1 and pd.Timestamp(band[0].x0) < WEEKS_117[14] < WEEKS_117[104] < pd.Timestamp(band[0].x1)
    assert "keine Daten" in [note.text for note in fig.layout.annotations]


def test_sixty_months_are_named_by_years() -> None:
    months = pd.date_range("2021-01-01", "2025-12-01", freq="MS")
    assert time_axis(months, "month", "en", PANEL_WIDTH)["ticktext"] == ["2021", "2022", "2023", "2024", "2025"]


# ---------------------------------------------------------------- numbers on bars
def _monthly(months: pd.DatetimeIndex, posts: int, engagements: int) -> pd.DataFrame:
    return pd.DataFrame({"month": months, "posts": [posts] * len(months), "engagements": [engagements] * len(months)})


def test_bar_numbers_where_they_fit_else_none_and_the_hover_keeps_them() -> None:
    six = posts_and_engagement_by_month(_monthly(MONTHS_6, 40, 1499), "de")
    # '1.499' is 5 characters at 12 px (36 px + 4): a sixth of 600 px holds it
    assert list(six.data[1].text) == ["1.499"] * 6
    assert six.data[1].textfont.size == 12 >= MIN_FONT and six.data[1].constraintext == "none"
    two_years = posts_and_engagement_by_month(_monthly(MONTHS_24, 40, 1499), "de", width=PANEL_WIDTH)
    # 24 bars in 380 px: 15.8 px a bar, too narrow for '1.499' at 12 px – no number, not a 6-px one
    assert two_years.data[1].text is None and two_years.data[0].text is None
    assert "Interaktionen: %{y:,d}" in two_years.data[1].hovertemplate
    assert bar_labels(["1.499"] * 24, PANEL_WIDTH) is None
    assert bar_labels(["40"] * 24, PLOT_WIDTH) == ["40"] * 24  # 25 px a bar holds two digits


# ---------------------------------------------------------------- heatmaps
def _cells(people: int, months: pd.DatetimeIndex) -> pd.DataFrame:
    rows = [{"influencer_id": p, "name": f"Person {p:02d}", "period": month, "posts": (p + i) % 4,
             "member": True, "covered": True} for p in range(people) for i, month in enumerate(months)]
    return pd.DataFrame(rows)


def test_thirty_people_by_sixty_months_draw_quarters_without_numbers_and_keep_the_hover() -> None:
    months = pd.date_range("2021-01-01", "2025-12-01", freq="MS")
    cells = _cells(30, months)
    fig = person_period_heatmap(cells, "de", unit="month")
    heat = fig.data[0]
    assert fig.layout.title.text == "Beiträge pro Person und Quartal"
    assert len(heat.x) == 20 and heat.texttemplate is None and heat.text is None  # no SVG text per cell
    # person 0, Q1 2021: months 0, 1, 2 have (0 + i) % 4 = 0, 1, 2 posts: 3 in all
    assert heat.z[0][0] == 3
    assert heat.customdata[0][0] == "Person 00<br>Q1 2021<br>3 Beiträge"
    # whole numbers up to the largest quarter: three months of 1, 2, 3 posts = 6
    assert int(heat.zmax) == 6 and list(heat.colorbar.tickvals) == [0, 2, 4, 6]
    assert by_quarter(cells)["posts"].sum() == cells["posts"].sum()


def test_few_cells_carry_their_numbers_at_a_readable_size() -> None:
    weeks = pd.date_range("2024-01-01", periods=13, freq="W-MON")
    fig = person_period_heatmap(_cells(3, weeks), "de", unit="week")
    heat = fig.data[0]
    assert heat.texttemplate == "%{text}" and heat.textfont.size == MIN_FONT
    assert heat.text[0][1] == "1" and heat.text[0][0] == ""  # none is grey, without a 0
    # 30 people × 13 weeks = 390 numbers: more than anyone reads; the hover has them
    assert person_period_heatmap(_cells(30, weeks), "de", unit="week").data[0].text is None
    assert 13 * 30 > MAX_CELL_LABELS >= 13 * 3


def test_colour_bar_of_counts_has_whole_numbers() -> None:
    cells = pd.DataFrame({"weekday": [1, 2, 3], "hour": [9, 10, 11], "posts": [2, 1, 1],
                          "median_rate": [0.01, 0.02, 0.03], "median_engagements": [5.0, 6.0, 7.0]})
    fig = weekday_hour_heatmap(cells, "posts", "de", "Beiträge nach Tag und Uhrzeit")
    # the colours span the lowest cell to the highest, and so do the ticks
    assert list(fig.data[-1].colorbar.tickvals) == [1, 2]  # not '2, 2, 2, 1, 1, 1'
    assert fig.data[-1].zmin is None and fig.data[-1].zmax is None
    assert count_colorbar(23)["tickvals"] == [0, 5, 10, 15, 20]
    # 200,000 posts: 197 to 285 posts in a cell; ticks from 0 left "200" the only one drawn
    assert count_colorbar(285, bottom=197)["tickvals"] == [200, 220, 240, 260, 280]


def test_hour_columns_too_narrow_for_rates_draw_none() -> None:
    cells = pd.DataFrame({"weekday": [1] * 24, "hour": list(range(24)), "posts": [5] * 24,
                          "median_rate": [0.0234] * 24, "median_engagements": [5.0] * 24})
    rates = weekday_hour_heatmap(cells, "median_rate", "de", "Rate")
    # '2,3 %' at 11 px is 33 px + 4; 24 columns over 600 px are 25 px wide
    assert rates.data[-1].text is None and text_width("2,3 %", MIN_FONT) + 4 > PLOT_WIDTH / 24
    counts = weekday_hour_heatmap(cells, "posts", "de", "Beiträge")
    assert counts.data[-1].text[0][0] == "5"


# ---------------------------------------------------------------- on the workspaces
def _page_figures(run_page, db: Path, page: str, lang: str, **period: str) -> list[dict]:
    at = run_page(db, page, {"lang": lang, **period})
    assert not at.exception
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def _check_readable(spec: dict) -> None:
    layout = spec["layout"]
    for name, axis in layout.items():
        if not name.startswith("xaxis") or not axis.get("ticktext"):
            continue
        labels = [str(text) for text in axis["ticktext"]]
        if axis.get("type") == "category":  # months as categories: as many named as fit
            assert fits(labels, PLOT_WIDTH), (layout["title"]["text"], labels)
            continue
        if not all(re.match(r"\d{4}-\d{2}-\d{2}", str(tick)) for tick in axis["tickvals"]):
            continue  # not a time axis
        assert fits(labels, PLOT_WIDTH), (layout["title"]["text"], labels)
        years = {str(tick)[:4] for tick in axis["tickvals"]}
        if len(years) > 1:
            assert _years_on_every_label(labels), (layout["title"]["text"], labels)
        assert axis.get("tickangle", 0) == 0
    numbers = sum(sum(1 for row in trace.get("text") or [] for cell in (row if isinstance(row, list) else [row])
                      if cell) for trace in spec["data"] if trace.get("type") == "heatmap")
    assert numbers <= MAX_CELL_LABELS, layout["title"]["text"]
    for trace in spec["data"]:
        if trace.get("type") == "bar" and trace.get("text") is not None:
            assert trace.get("textfont", {}).get("size", 14) >= MIN_FONT


@pytest.mark.parametrize("page", ["pages/0_overview.py", "pages/1_Engagement.py", "pages/2_Frequenz.py",
                                  "pages/5_Wirkung.py"])
def test_time_charts_of_two_years_and_of_a_21_month_hole_read(run_page, cohort_db: Path, patchwork_db: Path,
                                                               page: str) -> None:
    drawn = 0
    for db, lang in ((cohort_db, "de"), (patchwork_db, "en")):
        # the patchwork's whole span (by default the page opens on its last covered stretch)
        specs = _page_figures(run_page, db, page, lang, **({"from": "2024-01-01", "to": "2026-03-31"}
                                                            if db == patchwork_db else {}))
        drawn += len(specs)
        for spec in specs:
            _check_readable(spec)
    assert drawn, page  # the cohort records no outcomes: the patchwork's are drawn


def test_patchwork_overview_names_the_hole_and_every_tick_has_its_year(run_page, patchwork_db: Path) -> None:
    spec = _page_figures(run_page, patchwork_db, "pages/0_overview.py", "de", **{"from": "2024-01-01",
                                                                                "to": "2026-03-31"})[0]
    labels = spec["layout"]["xaxis"]["ticktext"]
    assert _years_on_every_label(labels) and "2024" in labels[0] and "2026" in labels[-1]
    assert "keine Daten" in [note.get("text") for note in spec["layout"].get("annotations", [])]


def test_powerpoint_names_as_many_months_as_fit(cohort_db: Path) -> None:
    con = store.connect(cohort_db)
    with store.cursor(con) as cur:
        briefing = build(cur, Filters(), "de")
    con.close()
    deck = Presentation(io.BytesIO(pptx.render(briefing)))
    skips = [int(skip.get("val")) for slide in deck.slides for shape in slide.shapes if shape.has_chart
             for skip in shape.chart.element.xpath(".//c:tickLblSkip")]
    # the cohort's two years of months in half a slide (6 in, 500 px of plot): 'Jan 2024' at 16 px is 77 px
    assert skips and all(skip >= 2 for skip in skips)


def test_category_labels_break_into_even_lines_where_they_do_not_fit() -> None:
    """Two bars in a half-width chart (300 px): Plotly tilted "with #wirfuermuenchen" and dropped the
    other label; broken at a space into two even lines both stand level. Labels that fit stay whole."""
    assert wrapped(["with #wirfuermuenchen", "without #wirfuermuenchen"], HALF_WIDTH) == [
        "with<br>#wirfuermuenchen", "without<br>#wirfuermuenchen"]
    assert wrapped(["mit Frage am Ende", "ohne Frage am Ende"], HALF_WIDTH) == [
        "mit Frage<br>am Ende", "ohne Frage<br>am Ende"]  # not "mit Frage am<br>Ende"
    assert wrapped(["unter 500", "500–999"], 600) == ["unter 500", "500–999"]
    assert wrapped(["Dokument", "Umfrage"], 40) == ["Dokument", "Umfrage"]  # one word cannot break


def test_a_legend_above_a_tall_chart_stays_under_its_source_line() -> None:
    """The template puts the legend 2 % of the plot's height above it: 18 px over a page of 30 people, which
    lifted it into the source line. A tall chart's legend sits LEGEND_GAP px above the plot; a short one's as before."""
    people = pd.DataFrame({"name": [f"P{n}" for n in range(30)], "posts_with_rate": [40] * 30,
                           "rate_q1": [0.01] * 30, "rate_median": [0.015] * 30, "rate_q3": [0.02] * 30,
                           "rate_min": [0.001] * 30, "rate_max": [0.05] * 30})
    tall = person_distribution(people, "rate", "de", 0.015, False, "Quelle: Influencer Cockpit", "Personen 1–30 von 1.000")
    plot = tall.layout.height - tall.layout.margin.t - BELOW_PLOT
    assert (tall.layout.height, tall.layout.margin.t) == (1030, 96)
    assert (tall.layout.legend.y - 1) * plot == pytest.approx(LEGEND_GAP)  # 6 px, not 17.3
    short = person_distribution(people.head(3), "rate", "de", 0.015, False, "Quelle: Influencer Cockpit", None)
    assert short.layout.legend.y == pytest.approx(1.02)  # 3 px over its 154-px plot: the template's 2 % stay


def test_rate_scales_write_percent_as_the_page_does() -> None:
    """Plotly's ".1%" wrote "4,5%" beside the page's "4,5 %"; the rate colour bar of the weekday × hour map
    ticks inside its span (the lowest to the highest cell) in the page's own format."""
    cells = pd.DataFrame({"weekday": [1, 2, 3], "hour": [9, 10, 11], "posts": [6, 7, 8],
                          "median_rate": [0.012, 0.03, 0.045], "median_engagements": [5.0, 6.0, 7.0]})
    bar = weekday_hour_heatmap(cells, "median_rate", "de", "Rate nach Tag und Uhrzeit").data[-1].colorbar
    assert (list(bar.tickvals), list(bar.ticktext)) == ([0.02, 0.03, 0.04], ["2 %", "3 %", "4 %"])
    assert bar.tickformat is None
    english = weekday_hour_heatmap(cells, "median_rate", "en", "Rate by day and hour").data[-1].colorbar
    assert list(english.ticktext) == ["2%", "3%", "4%"]
