"""Goals with a status: every metric and every status rule, with hand-computed values.

The workspace is fixtures.build_small_workspace (seven posts, 2 Jan – 5 Apr 2023) plus four
outcomes and two people's follower counts, so the last day with data ("as of") is 5 April 2023:

post  person  day     engagements / impressions      roster (joined)
p1    Anna    02 Jan  10+5+5 = 20 / 1000             Anna 01 Jan, Bernd 15 Feb, Carla unknown,
p2    Anna    04 Jan  8+2 = 10 / 500                 Emil 01 May; Dora not in the roster
p3    Anna    06 Feb  30 / – (no impressions)
p4    Bernd   20 Feb  5 / 100
p5    Bernd   10 Mar  – (no figures) / 200
p6    Anna    20 Mar  30 / 1500
p7    Anna    05 Apr  100 / 1000

A period 1 Jan – 30 Jun 2023 has 6 months; by 5 April, 3 + 5/30 = 3.1667 of them have gone by.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from apptest_helpers import open_tab
from command_line import cli

from analytics import goals, store
from analytics.errors import CockpitError
from analytics.summary import summary
from tests.fixtures import build_small_workspace

H1 = (date(2023, 1, 1), date(2023, 6, 30))
Q1 = (date(2023, 1, 1), date(2023, 3, 31))
GONE = 3 + 5 / 30  # months of H1 gone by on 5 April


@pytest.fixture
def cur(tmp_path: Path):
    con = build_small_workspace(tmp_path / "goals.duckdb")
    con.execute(
        "INSERT INTO outcomes (occurred_on, type, influencer_id) VALUES "
        "(DATE '2023-01-10', 'press', NULL), (DATE '2023-02-10', 'job_application', 1), "
        "(DATE '2023-03-10', 'speaker_request', 2), (DATE '2023-04-02', 'press', NULL)"
    )
    # Anna 100 -> 160, Bernd 50 -> 70: growth 60 + 20 = 80 by 31 March
    con.execute(
        "INSERT INTO follower_counts (influencer_id, day, followers) VALUES "
        "(1, DATE '2023-01-01', 100), (1, DATE '2023-03-31', 160), (2, DATE '2023-02-15', 50), "
        "(2, DATE '2023-03-31', 70)"
    )
    with store.cursor(con) as cursor:
        yield cursor
    con.close()


def status_of(cur, metric: str, target: float, period: tuple[date, date]) -> goals.Goal:
    goal_id = goals.add_goal(cur, metric, target, *period)
    return next(goal for goal in goals.goal_status(cur) if goal.goal_id == goal_id)


def test_months_are_counted_by_their_share_of_days() -> None:
    assert goals.months_between(*H1) == 6.0
    assert goals.months_between(date(2023, 4, 1), date(2023, 4, 15)) == 0.5
    assert goals.months_between(date(2023, 1, 1), date(2023, 4, 5)) == pytest.approx(GONE)
    assert goals.months_between(date(2023, 2, 15), date(2023, 2, 14)) == 0.0


def test_the_last_day_with_data_is_the_day_goals_stand_at(cur) -> None:
    assert goals.data_end(cur) == date(2023, 4, 5)  # p7; outcomes end 2 April, followers 31 March


# ---- counts: posts per month (pro-rated)
def test_posts_achieved_when_the_whole_target_is_reached(cur) -> None:
    goal = status_of(cur, "posts_per_month", 2, Q1)  # whole target 2 × 3 = 6; p1–p6 are 6 posts
    assert (goal.as_of, goal.done, goal.whole, goal.value, goal.status) == (Q1[1], 6, 6, 2.0, "achieved")


def test_posts_behind_when_the_period_ended_short(cur) -> None:
    goal = status_of(cur, "posts_per_month", 3, Q1)  # whole 9, 6 posted, period over
    assert (goal.done, goal.whole, goal.value, goal.status) == (6, 9, 2.0, "behind")


def test_posts_on_track_when_at_least_the_pro_rated_share_is_reached(cur) -> None:
    goal = status_of(cur, "posts_per_month", 2, H1)  # whole 12, expected 12 × 3.1667 / 6 = 6.33; 7 posted
    assert goal.as_of == date(2023, 4, 5)
    assert goal.expected == pytest.approx(12 * GONE / 6) == pytest.approx(6.3333, abs=1e-4)
    assert goal.value == pytest.approx(7 / GONE) == pytest.approx(2.2105, abs=1e-4)
    assert (goal.done, goal.status) == (7, "on_track")


def test_posts_behind_when_under_the_pro_rated_share(cur) -> None:
    goal = status_of(cur, "posts_per_month", 2.5, H1)  # expected 15 × 3.1667 / 6 = 7.92 > 7
    assert goal.expected == pytest.approx(7.9167, abs=1e-4)
    assert (goal.done, goal.status) == (7, "behind")


def test_a_goal_whose_period_has_not_begun(cur) -> None:
    goal = status_of(cur, "posts_per_month", 2, (date(2023, 5, 1), date(2023, 12, 31)))
    assert (goal.as_of, goal.value, goal.status) == (None, None, "not_started")
    assert goal.summary()["value"] is None


# ---- counts: outcomes per quarter, follower growth
def test_outcomes_per_quarter(cur) -> None:
    achieved = status_of(cur, "outcomes_per_quarter", 3, Q1)  # whole 3 × 3 / 3 = 3; three outcomes in Q1
    assert (achieved.done, achieved.whole, achieved.value, achieved.status) == (3, 3, 3.0, "achieved")
    on_track = status_of(cur, "outcomes_per_quarter", 3, H1)  # whole 6, expected 3.17, four by 5 April
    assert on_track.expected == pytest.approx(6 * GONE / 6)
    assert on_track.value == pytest.approx(4 / GONE * 3) == pytest.approx(3.7895, abs=1e-4)
    assert (on_track.done, on_track.status) == (4, "on_track")
    behind = status_of(cur, "outcomes_per_quarter", 4, H1)  # whole 8, expected 4.22 > 4
    assert behind.expected == pytest.approx(4.2222, abs=1e-4)
    assert (behind.done, behind.status) == (4, "behind")


def test_follower_growth(cur) -> None:
    assert status_of(cur, "follower_growth", 80, Q1).status == "achieved"  # 60 + 20 = 80
    on_track = status_of(cur, "follower_growth", 150, H1)  # expected 150 × 3.1667 / 6 = 79.17 ≤ 80
    assert (on_track.value, on_track.status) == (80, "on_track")
    assert on_track.expected == pytest.approx(79.1667, abs=1e-4)
    behind = status_of(cur, "follower_growth", 200, H1)  # expected 105.56 > 80
    assert (behind.value, behind.status) == (80, "behind")


# ---- rates: not pro-rated
def test_engagement_rate(cur) -> None:
    # Q1, posts with impressions and engagements: (20 + 10 + 5 + 30) / (1000 + 500 + 100 + 1500) = 65 / 3100
    achieved = status_of(cur, "engagement_rate", 0.02, Q1)
    assert achieved.value == pytest.approx(65 / 3100) == pytest.approx(0.020968, abs=1e-6)
    assert achieved.status == "achieved"
    assert status_of(cur, "engagement_rate", 0.025, Q1).status == "behind"
    # H1 is running: with p7, 165 / 4100 = 4.02 % against 4 %: on track; against 4.5 %: behind
    running = status_of(cur, "engagement_rate", 0.04, H1)
    assert (round(running.value, 6), running.status) == (round(165 / 4100, 6), "on_track")
    assert status_of(cur, "engagement_rate", 0.045, H1).status == "behind"


def test_share_of_the_cohort_active_per_month(cur) -> None:
    # roster: Jan Anna + Carla (2), Feb and Mar + Bernd (3); active: Jan Anna, Feb Anna + Bernd,
    # Mar Anna + Bernd: (1 + 2 + 2) / (2 + 3 + 3) = 5 / 8
    achieved = status_of(cur, "active_share", 0.6, Q1)
    assert (achieved.value, achieved.status) == (0.625, "achieved")
    assert status_of(cur, "active_share", 0.7, Q1).status == "behind"


# ---- keeping goals: bad input changes nothing
@pytest.mark.parametrize(("metric", "target", "period", "key"), [
    ("likes", 3, Q1, "goal_bad_metric"),
    ("posts_per_month", 0, Q1, "goal_bad_target"),
    ("posts_per_month", "viele", Q1, "goal_bad_target"),
    ("engagement_rate", 5, Q1, "goal_bad_rate"),  # 5 meant as 5 %: a rate is a fraction
    ("posts_per_month", 3, (date(2023, 3, 1), date(2023, 2, 1)), "goal_bad_period"),
])
def test_bad_goals_are_refused_and_nothing_is_kept(cur, metric, target, period, key) -> None:
    version = store.data_version(cur)
    with pytest.raises(CockpitError) as info:
        goals.add_goal(cur, metric, target, *period)
    assert info.value.key == key
    assert goals.list_goals(cur) == [] and store.data_version(cur) == version


def test_delete_goal(cur) -> None:
    goal_id = goals.add_goal(cur, "posts_per_month", 2, *Q1)
    goals.delete_goal(cur, goal_id)
    assert goals.list_goals(cur) == []
    with pytest.raises(CockpitError) as info:
        goals.delete_goal(cur, goal_id)
    assert info.value.key == "goal_unknown"


def test_texts_in_both_languages(cur) -> None:
    goals.add_goal(cur, "posts_per_month", 2, *H1)
    goals.add_goal(cur, "engagement_rate", 0.045, *H1)
    current = goals.goal_status(cur)
    de, en = goals.lines(current, "de"), goals.lines(current, "en")
    assert goals.sentence(de[0], "de") == "Beiträge pro Monat (01.01.2023 – 30.06.2023): 2,2 von 2 pro Monat – auf Kurs"
    assert de[0]["expected"] == "7 / 6,3"
    assert goals.sentence(en[1], "en").endswith(": 4.0% of 4.5% – behind plan")
    assert "05.04.2023" in goals.rule_text(current, "de") and "pro-rated linearly" in goals.rule_text(current, "en")


# ---- summary: always the key
def test_summary_goals_key(cur) -> None:
    assert summary(cur)["goals"] == []
    goals.add_goal(cur, "posts_per_month", 2, *H1)
    assert summary(cur)["goals"] == [{
        "goal": "posts_per_month", "target": 2.0, "value": round(7 / GONE, 6), "status": "on_track",
        "goal_id": 1, "period_start": "2023-01-01", "period_end": "2023-06-30", "as_of": "2023-04-05",
    }]


def test_summary_cli_on_an_empty_workspace_has_goals_and_no_company_page(tmp_path: Path) -> None:
    path = tmp_path / "empty.duckdb"
    store.connect(path).close()
    result = cli("summary", "--db", str(path))
    assert result.code == 0, result.err
    figures = json.loads(result.out)
    assert figures["goals"] == [] and "company_page" not in figures


def test_demo_goals_show_each_status(demo_db: Path) -> None:
    con = store.connect(demo_db)
    with store.cursor(con) as cursor:
        shown = [(g["goal"], g["target"], g["value"], g["status"]) for g in summary(cursor)["goals"]]
    con.close()
    # 326 posts / 6 months = 54.33 ≥ 50; 19,780 / 633,853 = 3.12 % ≥ 3 %; 14 outcomes in H1 = 7 per
    # quarter < 10; +5,042 followers by 5 July ≥ 8,000 × (6 + 5/31) / 12 = 4,107.5 expected
    assert shown == [("posts_per_month", 50.0, round(326 / 6, 6), "achieved"),
                     ("engagement_rate", 0.03, round(19780 / 633853, 6), "achieved"),
                     ("outcomes_per_quarter", 10.0, 7.0, "behind"),
                     ("follower_growth", 8000.0, 5042.0, "on_track")]


# ---- the app: the editor on the programme page, the overview shows goals only when set
def test_goals_editor_adds_and_deletes_and_the_overview_follows(run_page, empty_db: Path) -> None:
    from apptest_helpers import texts

    con = build_small_workspace(empty_db.with_name("app.duckdb"))
    con.close()
    db = empty_db.with_name("app.duckdb")
    overview = run_page(db, "pages/0_overview.py")
    assert not overview.exception and "Ziele" not in [h.value for h in overview.subheader]
    at = open_tab(run_page(db, "pages/10_Programm.py"), "programme_tab", "Ziele")
    at.selectbox(key="goals_metric").set_value("posts_per_month")
    at.number_input(key="goals_target").set_value(2.0)
    at.date_input(key="goals_start").set_value(H1[0])
    at.date_input(key="goals_end").set_value(H1[1])
    next(b for b in at.button if b.label == "Ziel hinzufügen").click().run()
    assert not at.exception
    assert "Ziel gespeichert: Beiträge pro Monat" in texts(at)
    assert "Beiträge pro Monat (01.01.2023 – 30.06.2023): 2,2 von 2 pro Monat – auf Kurs" in texts(at)
    # a rate is entered in per cent: 150 % is refused, nothing kept
    at.selectbox(key="goals_metric").set_value("engagement_rate")
    at.number_input(key="goals_target").set_value(150.0)
    next(b for b in at.button if b.label == "Ziel hinzufügen").click().run()
    assert "Eine Quote als Ziel liegt zwischen 0 und 100" in texts(at)
    overview = run_page(db, "pages/0_overview.py")
    assert "Ziele" in [h.value for h in overview.subheader]
    shown = overview.table[0].value
    assert shown.loc["Beiträge pro Monat"].tolist() == ["01.01.2023 – 30.06.2023", "2 pro Monat", "2,2", "7 / 6,3",
                                                        "05.04.2023", "auf Kurs"]
    at = open_tab(run_page(db, "pages/10_Programm.py"), "programme_tab", "Ziele")
    next(b for b in at.button if b.label == "Ziel löschen").click().run()
    assert not at.exception and "Noch kein Ziel gesetzt." in texts(at)
    overview = run_page(db, "pages/0_overview.py")
    assert "Ziele" not in [h.value for h in overview.subheader] and not overview.table


def test_briefing_without_goals_or_page_shows_neither(cur) -> None:
    from pptx import Presentation

    from analytics.briefing import content, html, pptx
    from analytics.filters import Filters

    briefing = content.build(cur, Filters(), "de")
    assert (briefing.goals, briefing.company_page, briefing.company_table) == ((), (), ())
    assert 'id="goals"' not in html.render(briefing) and 'id="company-page"' not in html.render(briefing)
    import io
    assert len(Presentation(io.BytesIO(pptx.render(briefing))).slides) == 6
    goals.add_goal(cur, "posts_per_month", 2, *H1)
    with_goal = content.build(cur, Filters(), "en")
    assert [(g["goal"], g["target"], g["value"], g["status"]) for g in with_goal.goals] == [
        ("Posts per month", "2 per month", "2.2", "on track")]
    assert 'id="goals"' in html.render(with_goal) and with_goal.company_page == ()
    assert len(Presentation(io.BytesIO(pptx.render(with_goal))).slides) == 7
