"""Diversity page: composition, applicants vs selected, performance by group, privacy."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest
from apptest_helpers import count_queries, points_to_first_steps, texts
from fixtures import build_groups_workspace
from test_content import chart_specs

from analytics import settings, store
from analytics.charts import is_empty
from analytics.charts.diversity import applicants_chart, composition_chart, group_label, group_performance_chart
from analytics.filters import Filters
from analytics.queries import diversity
from analytics.queries.groups import group_breakdown

PAGE = "pages/3_Vielfalt.py"
# gender, selected
APPLICANTS = [("female", True), ("female", False), ("male", False), (None, True)]


@pytest.fixture
def cur(tmp_path: Path):
    con = store.connect(build_groups_workspace(tmp_path / "diversity.duckdb"))
    with store.cursor(con) as cursor:
        for gender, selected in APPLICANTS:
            cursor.execute("INSERT INTO applicants (name, gender, selected) VALUES ('x', ?, ?)", [gender, selected])
        yield cursor
    con.close()


def test_composition_counts_every_group(cur) -> None:
    counts = diversity.composition(cur, Filters())
    gender = counts[counts["attribute"] == "gender"]
    assert list(zip(gender["group"], gender["influencers"], strict=True)) == [
        ("female", 4), ("male", 2), ("unknown", 1),
    ]
    assert diversity.roster_size(cur, Filters()) == 7  # the author outside the roster does not count


def test_applicants_vs_selected_shares(cur) -> None:
    shares = diversity.applicants_vs_selected(cur, Filters())
    gender = shares[shares["attribute"] == "gender"].set_index("group")
    assert gender.loc["female", ["applicants", "selected"]].tolist() == [2, 1]
    assert gender["applicant_share"].to_dict() == {"female": 0.5, "male": 0.25, "unknown": 0.25}
    assert gender["selected_share"].to_dict() == {"female": 0.5, "male": 0.0, "unknown": 0.5}
    assert diversity.applicant_totals(cur, Filters()) == {"applicants": 4, "selected": 2}


def test_group_labels_are_translated() -> None:
    assert [group_label("gender", g, "de") for g in ("female", "male", "diverse", "unknown")] == [
        "weiblich", "männlich", "divers", "unbekannt",
    ]
    assert [group_label("experience", e, "de") for e in ("none", "low", "medium", "high")] == [
        "keine", "wenig", "mittel", "viel",
    ]
    assert group_label("age_band", "<30", "de") == "unter 30"
    assert group_label("age_band", "60+", "en") == "60 and over"
    assert group_label("profession", "Juristin", "en") == "Juristin"


def test_composition_chart_one_panel_per_attribute_in_canonical_order(cur) -> None:
    counts = diversity.composition(cur, Filters())
    fig = composition_chart(counts, ("gender", "experience"), "de")
    gender, experience = fig.data
    assert list(gender.y) == ["weiblich", "männlich", "unbekannt"]
    assert list(gender.x) == [4, 2, 1]
    assert list(experience.y) == ["keine", "wenig", "mittel", "viel", "unbekannt"]
    assert list(experience.x) == [1, 3, 1, 1, 1]
    assert fig.layout.title.text == "Personen im Kader nach Geschlecht, Social-Media-Erfahrung"


def test_applicants_chart_shows_both_shares_with_n(cur) -> None:
    shares = diversity.applicants_vs_selected(cur, Filters())
    fig = applicants_chart(shares[shares["attribute"] == "gender"], "gender", "de")
    applied, selected = fig.data
    assert applied.name == "Bewerbungen (n = 4)"
    assert selected.name == "Ausgewählt (n = 2)"
    assert list(applied.y) == ["weiblich", "männlich", "unbekannt"]
    assert list(applied.x) == [0.5, 0.25, 0.25]
    assert list(selected.x) == [0.5, 0.0, 0.5]


def test_applicants_chart_folds_many_groups_into_other() -> None:
    many = pd.DataFrame({
        "group": [f"Beruf {i:02d}" for i in range(20)], "applicants": [20 - i for i in range(20)],
        "selected": [1] * 20,
    })
    many["applicant_share"] = many["applicants"] / many["applicants"].sum()
    many["selected_share"] = 1 / 20
    fig = applicants_chart(many, "profession", "de")
    assert len(fig.data[0].y) == 12
    assert fig.data[0].y[-1] == "Sonstige"
    assert fig.data[1].x[-1] == pytest.approx(9 / 20)


def test_performance_chart_holds_shown_groups_with_n(cur) -> None:
    # chosen people (Gabi, without gender, left out); with 1 no group is pooled or hidden
    shown = group_breakdown(cur, Filters(influencer_ids=(1, 2, 3, 4, 5, 6), min_group=1), "gender").shown
    fig = group_performance_chart(shown, "gender", "de")
    posts, rates = fig.data
    assert list(posts.y) == ["weiblich (n = 4 Personen)", "männlich (n = 2 Personen)"]
    assert list(posts.x) == [1.0, 0.5]  # median posts per person: (2, 1, 1, 0) and (1, 0)
    assert list(rates.x) == pytest.approx([22 / 330, 0.03])
    assert rates.text[0] == "6,7 %"


def test_empty_charts_say_so() -> None:
    nothing = pd.DataFrame(columns=["attribute", "group", "influencers"])
    fig = composition_chart(nothing, ("gender",), "de")
    assert is_empty(fig)
    assert fig.layout.annotations[0].text == "Keine Daten für diese Auswahl."
    assert is_empty(group_performance_chart(pd.DataFrame(columns=["group", "influencers"]), "gender", "en"))


# ------------------------------------------------------------------ the page
def _everything(at) -> str:
    """All text the page shows, including dataframes and chart data."""
    parts = [texts(at)]
    parts += [frame.value.to_string() for frame in at.dataframe]
    parts.append(chart_specs(at))
    return "\n".join(parts)


def _roster_names(db: Path) -> list[str]:
    """The names in the workspace (read before the app holds the file open)."""
    with duckdb.connect(str(db)) as con:
        return [row[0] for row in con.execute("SELECT name FROM influencers").fetchall()]


def test_page_on_the_demo(run_page, demo_db: Path, monkeypatch) -> None:
    at = run_page(demo_db, PAGE)
    assert not at.exception
    shown = texts(at)
    for heading in ("Zusammensetzung des Kaders", "Bewerbungen und Auswahl", "Aktivität und Engagement nach Gruppen"):
        assert heading in shown
    # two people of diverse gender are pooled with the men instead of hiding both
    assert "Zusammengefasst, damit ein Vergleich bleibt: „männlich + divers“." in shown
    assert "Gruppe ausgeblendet" not in shown and "Gruppen ausgeblendet" not in shown
    specs = chart_specs(at)
    assert "weiblich" in specs and "männlich + divers (n = 7 Personen)" in specs and "Bewerbungen (n = 73)" in specs
    assert len(at.get("plotly_chart")) == 4  # 2 composition figures, applicants, performance
    reached = count_queries(monkeypatch)
    at.run()
    assert reached == []  # a rerun reads every figure from the cache: no query reaches DuckDB
    assert not at.exception


def test_page_grouped_by_experience_in_english(run_page, demo_db: Path) -> None:
    at = run_page(demo_db, PAGE, params={"lang": "en"})
    at.segmented_control(key="diversity_by").set_value("experience").run()
    at.segmented_control(key="applicants_by").set_value("age_band").run()
    assert not at.exception
    shown = texts(at)
    assert "Cohort composition" in shown and "Activity and engagement by group" in shown
    specs = chart_specs(at)
    assert "Activity and engagement by Social-media experience" in specs
    assert "Applicants and selection by Age band" in specs and "under 30" in specs


def test_page_with_a_large_minimum_group_hides_all_performance(run_page, demo_db: Path) -> None:
    con = store.connect(demo_db)
    with store.cursor(con) as cursor, store.transaction(cursor):
        settings.put(cursor, "min_group", 20)  # the workspace's threshold (a URL cannot set it)
    con.close()
    at = run_page(demo_db, PAGE)
    assert not at.exception
    shown = texts(at)
    # 16 people posted: even all three genders pooled stay below 20
    assert "3 Gruppen ausgeblendet: zu ihnen haben weniger als 20 Personen beigetragen (Datenschutz)." in shown
    assert "Zu keiner Gruppe haben mindestens 20 Personen beigetragen" in shown
    assert not at.dataframe
    assert len(at.get("plotly_chart")) == 3  # composition and applicants stay: counts, not performance


def test_page_pseudonymised_shows_no_names(run_page, demo_db: Path) -> None:
    names = _roster_names(demo_db)
    at = run_page(demo_db, PAGE, params={"pseudo": "true"})
    assert not at.exception
    shown = _everything(at)
    assert len(names) == 16
    for name in names:
        assert name not in shown


def test_page_without_roster(run_page, posts_only_db: Path) -> None:
    at = run_page(posts_only_db, PAGE)
    assert not at.exception
    assert "noch keine Influencer-Liste" in texts(at)
    assert not at.get("plotly_chart")


def test_page_on_an_empty_workspace(run_page, empty_db: Path) -> None:
    at = run_page(empty_db, PAGE)
    assert points_to_first_steps(at)
