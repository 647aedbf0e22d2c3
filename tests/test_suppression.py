"""Small groups cannot be subtracted: complementary suppression, narrowed
selections, and the threshold as a workspace setting — on the demo and on the hand-made groups
workspace (tests/fixtures.py: women 4, men 2, one person without gender; age bands of 1 and 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from apptest_helpers import texts
from command_line import cli
from fixtures import build_groups_workspace

from analytics import settings, store, suppression
from analytics.briefing import content
from analytics.errors import CockpitError
from analytics.filters import Filters
from analytics.queries.groups import ATTRIBUTES, group_breakdown, summary_by

ROOT = Path(__file__).resolve().parent.parent
DIVERSITY, ENGAGEMENT, OVERVIEW, BRIEFING, PRIVACY = (
    "pages/3_Vielfalt.py", "pages/1_Engagement.py", "pages/0_overview.py", "pages/6_Briefing.py",
    "pages/11_Datenschutz.py",
)
FIGURES = ("posts", "reactions", "comments", "reposts")


@pytest.fixture
def groups_db(tmp_path: Path) -> Path:
    return build_groups_workspace(tmp_path / "groups.duckdb")


def _set_threshold(db: Path, value: int) -> None:
    con = store.connect(db)
    with store.cursor(con) as cur, store.transaction(cur):
        settings.put(cur, "min_group", value)
    con.close()


# ---------------------------------------------------------------- the rule on a frame
def _frame(sizes: dict[str, int]) -> pd.DataFrame:
    return pd.DataFrame({"group": list(sizes), "influencers": list(sizes.values())})


def test_one_small_group_takes_the_smallest_other_with_it() -> None:
    result = suppression.suppress(_frame({"a": 9, "b": 5, "c": 4, "d": 1}), 3)
    assert result.hidden == (("d", "below_min_group"), ("c", "complementary"))
    assert list(result.shown["group"]) == ["a", "b"]


def test_ties_go_by_the_group_name_never_by_a_figure() -> None:
    result = suppression.suppress(_frame({"z": 3, "m": 3, "k": 6, "q": 2}), 3)
    assert result.hidden == (("q", "below_min_group"), ("m", "complementary"))


def test_two_small_groups_need_no_third_and_none_needs_none() -> None:
    assert suppression.suppress(_frame({"a": 5, "b": 2, "c": 1}), 3).hidden == (
        ("b", "below_min_group"), ("c", "below_min_group"))
    assert suppression.suppress(_frame({"a": 5, "b": 3}), 3).hidden == ()
    # one small group beside one other: both go (nothing shown rather than the other's figures)
    assert suppression.suppress(_frame({"a": 15, "b": 1}), 3).hidden == (
        ("b", "below_min_group"), ("a", "complementary"))


# ---------------------------------------------------------------- nothing can be subtracted
def _remainder(cur, by: str, min_group: int) -> tuple[dict[str, int], int]:
    """Total minus shown groups, per figure, and how many groups that remainder spans."""
    everyone = summary_by(cur, by, min_group=1)["groups"]
    shown = summary_by(cur, by, min_group=min_group)
    total = {key: sum(g[key] for g in everyone) for key in FIGURES}
    remainder = {key: total[key] - sum(g[key] for g in shown["groups"]) for key in FIGURES}
    assert shown["suppressed"] == len(everyone) - len(shown["groups"]) == len(shown["suppressed_groups"])
    return remainder, shown["suppressed"]


@pytest.mark.parametrize("db", ["demo", "groups"])
def test_no_single_hidden_group_follows_from_the_total(db: str, demo_db: Path, groups_db: Path) -> None:
    con = store.connect(demo_db if db == "demo" else groups_db)
    with store.cursor(con) as cur:
        for by in ATTRIBUTES:
            for min_group in range(1, 18):
                _, hidden = _remainder(cur, by, min_group)
                shown = len(summary_by(cur, by, min_group=min_group)["groups"])
                # the remainder spans two or more groups, or nothing is shown and it is the total itself
                assert hidden != 1 or shown == 0, (by, min_group)
                assert hidden == 0 or hidden >= 2 or shown == 0
    con.close()


def test_demo_hidden_60_plus_is_summed_with_40_to_49(demo_db: Path) -> None:
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        # age bands: 30-39 6 people, 40-49 3, 50-59 3, <30 3, 60+ 1 (Renate, 32 posts, 1.244 reactions)
        result = summary_by(cur, "age_band", min_group=3)
        assert [g["group"] for g in result["groups"]] == ["30-39", "50-59", "<30"]
        assert [g["posts"] for g in result["groups"]] == [158, 35, 67]
        assert result["suppressed_groups"] == [
            {"group": "60+", "reason": "below_min_group"}, {"group": "40-49", "reason": "complementary"},
        ]
        remainder, hidden = _remainder(cur, "age_band", 3)
        # 326 - 158 - 35 - 67 = 66 = 32 (60+) + 34 (40-49); 15.496 - 8.698 - 1.215 - 3.153 = 2.430 = 1.244 + 1.186
        assert (remainder["posts"], remainder["reactions"], hidden) == (66, 2430, 2)
        # gender: "diverse" (2 people, 38 posts) is the one small group; the men (5, 99 posts) go with it
        result = summary_by(cur, "gender", min_group=3)
        assert [(g["group"], g["posts"]) for g in result["groups"]] == [("female", 189)]
        assert [g["group"] for g in result["suppressed_groups"]] == ["diverse", "male"]
        assert _remainder(cur, "gender", 3)[0]["posts"] == 137  # 99 + 38
    con.close()


def test_groups_of_one_and_two_on_the_hand_made_workspace(groups_db: Path) -> None:
    con = store.connect(groups_db)
    with store.cursor(con) as cur:
        # threshold 2: only "unknown" (Gabi, 1 person, 0 posts) is below; the men (2 people) go with it.
        # Roster posts 5 (p6 is Xaver's, outside the roster): women 4, remainder 1 = men 1 + unknown 0
        assert _remainder(cur, "gender", 2) == ({"posts": 1, "reactions": 20, "comments": 5, "reposts": 5}, 2)
        # threshold 3: men (2) and unknown (1) are both below; nothing more is hidden
        result = summary_by(cur, "gender", min_group=3)
        assert [g["reason"] for g in result["suppressed_groups"]] == ["below_min_group"] * 2
        # age bands at 2: 30-39 (2: Berta, Clara) and 40-49 (2: Emil, Fritz) shown, three of 1 hidden
        result = summary_by(cur, "age_band", min_group=2)
        assert [(g["group"], g["posts"]) for g in result["groups"]] == [("30-39", 2), ("40-49", 1)]
        assert result["suppressed"] == 3
        # experience at 3: "low" (3) shown, four groups of 1 hidden: 5 - 3 (low: p1, p4, p5) = 2 over four groups
        assert _remainder(cur, "experience", 3) == ({"posts": 2, "reactions": 8, "comments": 1, "reposts": 1}, 4)
        # everyone has the profession "Beruf": at 8 that one group (the whole roster) is hidden and
        # nothing is shown, so no subtraction is possible; the remainder is the roster's total itself
        result = summary_by(cur, "profession", min_group=8)
        assert (result["groups"], result["suppressed_groups"]) == ([], [{"group": "Beruf", "reason": "below_min_group"}])
    con.close()


def test_summary_by_defaults_to_the_workspace_threshold(groups_db: Path) -> None:
    _set_threshold(groups_db, 2)
    result = cli("summary", "--db", str(groups_db), "--by", "gender")
    assert result.code == 0, result.err
    payload = json.loads(result.out)
    assert payload["min_group"] == 2
    assert payload["suppressed_groups"] == [
        {"group": "unknown", "reason": "below_min_group"}, {"group": "male", "reason": "complementary"},
    ]
    assert [(g["group"], g["influencers"], g["posts"]) for g in payload["groups"]] == [("female", 4, 4)]
    # an explicit --min-group is the operator's choice and wins
    payload = json.loads(cli("summary", "--db", str(groups_db), "--by", "gender", "--min-group", "1").out)
    assert (payload["min_group"], payload["suppressed"], len(payload["groups"])) == (1, 0, 3)


# ---------------------------------------------------------------- narrowed selections
@pytest.mark.parametrize(("selection", "group_view", "expected", "size"), [
    (Filters(professions=("Juristin",)), False, "attributes", 1),
    (Filters(professions=("Juristin", "Beraterin")), False, "attributes", 2),
    (Filters(departments=("Referat für Bildung und Sport",)), False, None, 3),
    (Filters(departments=("Referat für Bildung und Sport",)), True, None, 3),
    # names shown: chosen people are no group, the department still has its 3 people
    (Filters(departments=("Referat für Bildung und Sport",), influencer_ids=(7,)), False, None, 3),
    # pseudonyms: the chosen person beside a department filter would tell that Person 07 works there
    (Filters(departments=("Referat für Bildung und Sport",), influencer_ids=(7,), pseudonymise=True), False,
     "attributes", 1),
    (Filters(influencer_ids=(4,)), False, None, None),
    (Filters(influencer_ids=(4,), pseudonymise=True), False, None, None),
    # a group view of chosen pseudonyms tells their gender and age
    (Filters(influencer_ids=tuple(range(1, 16)), pseudonymise=True), True, "pseudonyms", None),
    (Filters(cohorts=("Pilot 2023",), min_group=17), False, "attributes", 16),
])
def test_narrowing(demo_db: Path, selection: Filters, group_view: bool, expected: str | None,
                   size: int | None) -> None:
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        assert suppression.narrowed_size(cur, selection) == size
        assert suppression.narrowing(cur, selection, group_view) == expected
    con.close()


DEPARTMENTS = ("Referat für Bildung und Sport", "Baureferat", "Kommunalreferat", "Kreisverwaltungsreferat",
               "Personal- und Organisationsreferat", "Branddirektion", "IT-Referat", "Kulturreferat",
               "Mobilitätsreferat", "Sozialreferat")


def test_a_filter_leaving_out_one_person_is_narrowed_too(demo_db: Path) -> None:
    # every department but the fire brigade's (Maximilian alone): 326 minus the view's 286 posts = his 40
    selection = Filters(departments=tuple(d for d in DEPARTMENTS if d != "Branddirektion"))
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        assert (suppression.narrowed_size(cur, selection), suppression.left_out(cur, selection)) == (15, 1)
        assert suppression.narrowing(cur, selection) == "left_out"
        with pytest.raises(CockpitError) as error:
            content.build(cur, selection, "de")
        assert error.value.key == "supp_left_out"
        assert suppression.left_out(cur, Filters(departments=DEPARTMENTS)) == 0
        assert suppression.narrowing(cur, Filters(departments=DEPARTMENTS)) is None
    con.close()


def test_no_single_hidden_group_follows_under_a_department_filter(demo_db: Path) -> None:
    """Every selection of all departments but one or two: no breakdown hides exactly one group."""
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        checked = 0
        for left in DEPARTMENTS:
            for also in DEPARTMENTS:
                selection = Filters(departments=tuple(d for d in DEPARTMENTS if d not in (left, also)))
                if suppression.narrowing(cur, selection) is not None:
                    continue
                for by in ATTRIBUTES:
                    result = group_breakdown(cur, selection, by)
                    assert len(result.hidden) != 1 or result.shown.empty, (left, also, by)
                    checked += 1
        assert checked >= 5 * 20  # the pairs whose departments hold 3 or more people were all checked
    con.close()


def test_groups_whose_rest_outside_the_filter_is_small_are_hidden(demo_db: Path) -> None:
    # without fire brigade (Maximilian: male, 30-39), IT (Stefan: male, 50-59) and culture (Kim: diverse,
    # 40-49): 13 people in, 3 out (not narrowed). Men: 3 in, 2 out — the men of the whole programme minus
    # these 3 would be those 2, so the men are hidden; diverse (1 in) is below the threshold anyway.
    selection = Filters(departments=tuple(d for d in DEPARTMENTS if d not in ("Branddirektion", "IT-Referat",
                                                                              "Kulturreferat")))
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        assert suppression.narrowing(cur, selection) is None
        result = group_breakdown(cur, selection, "gender")
        assert set(result.hidden) == {("male", "small_outside"), ("diverse", "below_min_group")}
        assert list(zip(result.shown["group"], result.shown["posts"], strict=True)) == [("female", 189)]
        # age bands: 30-39 has 5 in and 1 out (Maximilian) — hidden; <30 (Robin 30, Sina 26, Lukas 11) stays
        result = group_breakdown(cur, selection, "age_band")
        assert dict(result.hidden)["30-39"] == "small_outside"
        assert list(zip(result.shown["group"], result.shown["posts"], strict=True)) == [("<30", 67)]
    con.close()


def test_the_briefing_of_a_narrowed_selection_is_refused(demo_db: Path) -> None:
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        with pytest.raises(CockpitError) as error:
            content.build(cur, Filters(professions=("Juristin",)), "de")
        assert error.value.key == "supp_narrowed"
        assert "weniger als 3 Personen zu (hier: 1)" in error.value.message("de")
        with pytest.raises(CockpitError) as error:
            content.build(cur, Filters(influencer_ids=(4,), pseudonymise=True), "de")
        assert error.value.key == "supp_narrowed_pseudonyms"
        assert content.build(cur, Filters(departments=("Referat für Bildung und Sport",)), "de").tiles
    con.close()


# ---------------------------------------------------------------- the app
def test_a_url_cannot_lower_the_threshold(run_page, demo_db: Path) -> None:
    at = run_page(demo_db, DIVERSITY, params={"min_group": "1"})
    assert not at.exception
    shown = texts(at)
    assert "1 Gruppe mit weniger als 3 Personen ausgeblendet (Datenschutz)." in shown
    assert "Zusätzlich ausgeblendet: „männlich“" in shown
    assert "Gruppen unter 3 Personen ausgeblendet — Einstellung auf der Seite „Datenschutz“." in shown
    table = at.dataframe[0].value
    assert list(table.iloc[:, 0]) == ["weiblich"] and list(table.iloc[:, 3]) == [189]
    assert "min_group" not in at.query_params  # an old link's parameter is dropped from the address
    assert not at.sidebar.number_input  # and no sidebar input sets it either


def test_the_workspace_threshold_applies_on_the_page(run_page, demo_db: Path) -> None:
    _set_threshold(demo_db, 2)
    at = run_page(demo_db, DIVERSITY, params={"lang": "en"})
    at.segmented_control(key="diversity_by").set_value("age_band").run()
    assert not at.exception
    shown = texts(at)
    assert "1 group with fewer than 2 people hidden (privacy). Also hidden: “40–49”" in shown
    assert "Groups under 2 people hidden — setting on the “Privacy” page." in shown
    table = at.dataframe[0].value
    # 30-39 (158 posts), 50-59 (35), under 30 (67): 260 posts, and that is what the note says
    assert sorted(table.iloc[:, 3]) == [35, 67, 158]
    assert "260 posts" in shown


@pytest.mark.parametrize("page", [OVERVIEW, ENGAGEMENT, DIVERSITY, BRIEFING])
def test_a_profession_filter_of_one_person_shows_no_figures(run_page, demo_db: Path, page: str) -> None:
    at = run_page(demo_db, page, params={"profession": "Juristin", "pseudo": "true"})
    assert not at.exception
    shown = texts(at)
    assert "Die Filter nach Kohorte, Beruf oder Referat treffen auf weniger als 3 Personen zu (hier: 1)." in shown
    assert "Gruppen unter 3 Personen ausgeblendet — Einstellung auf der Seite „Datenschutz“." in shown
    assert not at.get("plotly_chart") and not at.metric and not at.dataframe


def test_a_filter_leaving_out_one_person_shows_no_figures(run_page, demo_db: Path) -> None:
    at = run_page(demo_db, OVERVIEW, params={"department": [d for d in DEPARTMENTS if d != "Branddirektion"]})
    assert not at.exception
    assert "lassen weniger als 3 Personen weg (hier: 1)" in texts(at)
    assert not at.metric and not at.get("plotly_chart")


def test_a_department_of_three_shows_its_figures(run_page, demo_db: Path) -> None:
    at = run_page(demo_db, OVERVIEW, params={"department": "Referat für Bildung und Sport"})
    assert not at.exception
    # Theresa 24, Johannes 15, Claudia 6 posts
    assert "Beiträge: 45" in texts(at)


def test_chosen_pseudonyms_close_the_group_views_only(run_page, demo_db: Path) -> None:
    # Person 12 (links carry pseudonym numbers): Renate Feichtmayr, 32 posts
    at = run_page(demo_db, DIVERSITY, params={"pseudonym": "12", "pseudo": "true"})
    assert "Mit Pseudonymen zeigt diese Ansicht keine ausgewählten Personen" in texts(at)
    assert not at.get("plotly_chart")
    at = run_page(demo_db, OVERVIEW, params={"pseudonym": "12", "pseudo": "true"})
    assert "Beiträge: 32" in texts(at)  # a chosen person's own figures, as in every per-person view
    at = run_page(demo_db, DIVERSITY, params={"pseudonym": "12"})  # names shown: a named person is no leak
    assert "Mit Pseudonymen" not in texts(at) and at.get("plotly_chart")


def test_threshold_is_set_on_the_privacy_page_and_survives_reopening(run_page, demo_db: Path) -> None:
    at = run_page(demo_db, PRIVACY)
    assert "Aktuell: Gruppen unter 3 Personen werden ausgeblendet." in texts(at)
    at.number_input(key="supp_min_group").set_value(0)
    at.button(key="supp_save").click().run()
    assert "Die Mindestgruppengröße muss eine ganze Zahl von 1 bis 50 sein (angegeben: 0); nichts wurde geändert." \
        in texts(at)
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        assert settings.get(cur, "min_group") == 3
    con.close()
    at.number_input(key="supp_min_group").set_value(2)
    at.button(key="supp_save").click().run()
    shown = texts(at)
    assert "Gespeichert: Gruppen unter 2 Personen werden ausgeblendet." in shown
    assert "Unter 3 Personen lassen sich Ergebnisse leicht einzelnen Personen zuordnen" in shown
    # reopened by a new session (and by the command line): the workspace keeps it
    at = run_page(demo_db, PRIVACY)
    assert "Aktuell: Gruppen unter 2 Personen werden ausgeblendet." in texts(at)
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        assert settings.get(cur, "min_group") == 2
        assert summary_by(cur, "gender")["min_group"] == 2
    con.close()
