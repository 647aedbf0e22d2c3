"""Small groups cannot be subtracted: complementary suppression, narrowed
selections, and the threshold as a workspace setting — on the demo and on the hand-made groups
workspace (tests/fixtures.py: women 4, men 2, one person without gender; age bands of 1 and 2)."""

from __future__ import annotations

import itertools
import json
from datetime import date
from pathlib import Path

import pytest
from apptest_helpers import texts
from command_line import cli
from fixtures import build_groups_workspace

from analytics import selections, settings, store, suppression
from analytics.briefing import content
from analytics.errors import CockpitError
from analytics.filters import Filters
from analytics.queries import overview
from analytics.queries.groups import ATTRIBUTES, age_reference, attribute_sql, group_breakdown, summary_by

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


# ---------------------------------------------------------------- the rules on groups of contributors
def _groups(sizes: dict[str, int]) -> tuple[dict[str, frozenset[int]], frozenset[int]]:
    """Groups of the given numbers of contributors (people numbered through), and all of them."""
    groups, first = {}, 0
    for name, size in sizes.items():
        groups[name] = frozenset(range(first, first + size))
        first += size
    return groups, frozenset(range(first))


AGES = ("<30", "30-39", "40-49", "50-59", "60+")


def test_a_small_group_is_pooled_with_the_next_smallest() -> None:
    groups, everyone = _groups({"female": 9, "male": 5, "diverse": 2})
    result = suppression.pool(groups, 3, everyone)
    assert result == suppression.Pooling(shown=(("female",), ("male", "diverse")), hidden=())


def test_ties_go_by_the_group_name_never_by_a_figure() -> None:
    groups, everyone = _groups({"z": 3, "m": 3, "k": 6, "q": 2})
    assert suppression.pool(groups, 3, everyone).shown == (("z",), ("m", "q"), ("k",))


def test_small_groups_pool_together_before_a_large_one_joins() -> None:
    groups, everyone = _groups({"a": 5, "b": 2, "c": 1})
    assert suppression.pool(groups, 3, everyone).shown == (("a",), ("b", "c"))
    groups, everyone = _groups({"a": 15, "b": 1})  # one small group beside one other: pooled, it is everybody
    assert suppression.pool(groups, 3, everyone).shown == (("a", "b"),)


def test_ordered_groups_pool_with_their_smaller_neighbour() -> None:
    groups, everyone = _groups({"<30": 3, "30-39": 6, "40-49": 3, "50-59": 3, "60+": 1})
    assert suppression.pool(groups, 3, everyone, AGES).shown == (("<30",), ("30-39",), ("40-49",), ("50-59", "60+"))
    groups, everyone = _groups({"<30": 4, "30-39": 1, "40-49": 5, "50-59": 3})
    assert suppression.pool(groups, 3, everyone, AGES).shown == (("<30", "30-39"), ("40-49",), ("50-59",))
    # a neighbour that is small too: the two pool and look further from there
    groups, everyone = _groups({"<30": 1, "30-39": 2, "40-49": 5, "50-59": 5})
    assert suppression.pool(groups, 3, everyone, AGES).shown == (("<30", "30-39"), ("40-49",), ("50-59",))


def test_what_is_left_out_is_never_a_few_people() -> None:
    # one contributor outside every group (an author outside the roster): the total minus the two
    # groups would be that person's figures, so the smaller group is hidden as well
    groups, everyone = _groups({"a": 5, "b": 4})
    result = suppression.pool(groups, 3, everyone | {99})
    assert result == suppression.Pooling(shown=(("a",),), hidden=(("b", "complementary"),))


def test_what_cannot_be_pooled_is_hidden() -> None:
    # "b" may not be shown beside the figures elsewhere (it differs from one by too few), nor pooled with "a"
    groups, everyone = _groups({"a": 5, "b": 4, "c": 4})
    blocked = {groups["b"], groups["a"] | groups["b"]}
    result = suppression.pool(groups, 3, everyone, differs_safely=lambda people: people not in blocked)
    assert result == suppression.Pooling(shown=(("a",), ("b", "c")), hidden=())
    blocked |= {groups["b"] | groups["c"], groups["a"] | groups["b"] | groups["c"]}
    result = suppression.pool(groups, 3, everyone, differs_safely=lambda people: people not in blocked)
    # "b" hidden (4 contributors: a difference, not too few); the rest, 4 people, leaves "a" and "c" shown
    assert result == suppression.Pooling(shown=(("a",), ("c",)), hidden=(("b", "difference"),))


def test_a_threshold_of_one_pools_nothing() -> None:
    groups = {"a": frozenset({1}), "b": frozenset()}  # nobody in "b" posted
    assert suppression.pool(groups, 1, frozenset({1, 2})).shown == (("a",), ("b",))


# ---------------------------------------------------------------- nothing can be subtracted
def _contributors(cur, by: str, members: list[str], start=None, end=None) -> frozenset[int]:
    """The people of a group who posted in the period, worked out here from the roster and the posts."""
    selection = Filters(start=start, end=end)
    value, value_params = attribute_sql(by, "i", age_reference(cur, selection))
    period, period_params = selection.period_where("p.published_at")
    rows = cur.execute(
        f"SELECT DISTINCT p.influencer_id FROM posts p JOIN influencers i USING (influencer_id) WHERE i.in_roster "
        f"AND coalesce(CAST({value} AS VARCHAR), 'unknown') IN ({', '.join('?' for _ in members)}) AND {period}",
        value_params + list(members) + period_params).fetchall()
    return frozenset(row[0] for row in rows)


def _everyone(cur) -> frozenset[int]:
    return frozenset(row[0] for row in cur.execute("SELECT DISTINCT influencer_id FROM posts").fetchall())


@pytest.mark.parametrize("db", ["demo", "groups"])
def test_no_single_hidden_group_follows_from_the_total(db: str, demo_db: Path, groups_db: Path) -> None:
    """Every attribute at every threshold from 1 to 17: each shown group rests on at least the threshold
    of contributors, and the total minus the shown groups spans nobody or at least the threshold."""
    con = store.connect(demo_db if db == "demo" else groups_db)
    with store.cursor(con) as cur:
        everyone = _everyone(cur)
        total = {key: sum(g[key] for g in summary_by(cur, "gender", min_group=1)["groups"]) for key in FIGURES}
        for by in ATTRIBUTES:
            for min_group in range(1, 18):
                result = summary_by(cur, by, min_group=min_group)
                shown = [_contributors(cur, by, g["members"]) for g in result["groups"]]
                assert [len(people) for people in shown] == [g["contributors"] for g in result["groups"]]
                assert min_group == 1 or all(len(people) >= min_group for people in shown), (by, min_group)
                rest = everyone - frozenset().union(*shown)
                assert not 0 < len(rest) < min_group or not shown, (by, min_group)
                # every value is shown in exactly one group or hidden
                values = [m for g in result["groups"] for m in g["members"]] + [h["group"] for h in result["suppressed_groups"]]
                assert sorted(values) == sorted(g["group"] for g in summary_by(cur, by, min_group=1)["groups"])
        # the roster's figures are those of the groups at 1 (the remainder at 1 is the outsiders')
        assert total["posts"] == (326 if db == "demo" else 5)
    con.close()


def test_demo_60_plus_is_pooled_with_50_to_59(demo_db: Path) -> None:
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        # age bands: 30-39 6 people, 40-49 3, 50-59 3, <30 3, 60+ 1 (Renate, 32 posts, 1.244 reactions)
        result = summary_by(cur, "age_band", min_group=3)
        assert [(g["group"], g["members"], g["influencers"], g["posts"], g["reactions"]) for g in result["groups"]] == [
            ("30-39", ["30-39"], 6, 158, 8698),
            # Johannes 15, Stefan 13, Monika 7 posts (1.215 reactions) and Renate's 32 (1.244)
            ("50-59 + 60+", ["50-59", "60+"], 4, 67, 2459),
            ("40-49", ["40-49"], 3, 34, 1186),
            ("<30", ["<30"], 3, 67, 3153),
        ]
        assert result["suppressed_groups"] == []
        # gender: "diverse" (2 people, 38 posts) pools with the men (5, 99 posts) instead of taking them along
        result = summary_by(cur, "gender", min_group=3)
        assert [(g["group"], g["posts"]) for g in result["groups"]] == [("female", 189), ("male + diverse", 137)]
        assert result["suppressed"] == 0
    con.close()


def test_groups_of_one_and_two_on_the_hand_made_workspace(groups_db: Path) -> None:
    con = store.connect(groups_db)
    with store.cursor(con) as cur:
        # Contributors: Anna, Berta, Clara (women), Emil (man), Xaver (outside the roster); Dora, Fritz
        # and Gabi (no gender) never posted. At 2 the women (3) are shown; the men (1) and unknown (0)
        # pooled have one contributor and, with the women too, differ from the programme by Xaver alone.
        result = summary_by(cur, "gender", min_group=2)
        assert [(g["group"], g["contributors"], g["posts"]) for g in result["groups"]] == [("female", 3, 4)]
        assert result["suppressed_groups"] == [{"group": "male", "reason": "below_min_group"},
                                               {"group": "unknown", "reason": "below_min_group"}]
        # age bands at 2: 60+ (Dora) and 50-59 (Gabi) have no contributor, 40-49 (Emil; Fritz never
        # posted) one, 30-39 (Berta, Clara) two but only Anna away from the women: from the top down they
        # pool into 30-39 to 60+ (Berta, Clara, Emil: 3 posts); <30 (Anna) is hidden, the rest is Anna and Xaver
        result = summary_by(cur, "age_band", min_group=2)
        assert [(g["members"], g["contributors"], g["posts"]) for g in result["groups"]] == [
            (["30-39", "40-49", "50-59", "60+"], 3, 3)]
        assert result["suppressed_groups"] == [{"group": "<30", "reason": "below_min_group"}]
        # everyone has the profession "Beruf": the roster's contributors differ from the programme's by Xaver
        result = summary_by(cur, "profession", min_group=2)
        assert (result["groups"], result["suppressed_groups"]) == ([], [{"group": "Beruf", "reason": "difference"}])
        # at 3 nothing is shown by gender: the women alone would leave Emil and Xaver (2) as the rest
        result = summary_by(cur, "gender", min_group=3)
        assert result["groups"] == []
        assert [g["reason"] for g in result["suppressed_groups"]] == ["difference", "below_min_group",
                                                                     "below_min_group"]
    con.close()


def test_one_womans_post_is_not_the_womens_group(demo_db: Path) -> None:
    """The audit: ``summary --by gender`` for 1 March 2023 showed the women ("9 people") with 1 post and
    24 reactions — Katharina's post. That day Katharina, Florian and Robin posted, one of each gender:
    no group has 3 contributors, and only all three together do."""
    result = cli("summary", "--db", str(demo_db), "--by", "gender", "--from", "2023-03-01", "--to", "2023-03-01")
    assert result.code == 0, result.err
    assert json.loads(result.out) == {
        "groups": [{"group": "female + male + diverse", "influencers": 16, "posts": 3, "reactions": 135,
                    "comments": 31, "reposts": 3, "impressions": 6909,
                    "engagement_rate": round((33 + 6 + 24 + 8 + 1 + 78 + 17 + 2) / 6909, 6),
                    "members": ["female", "male", "diverse"], "contributors": 3}],
        "suppressed": 0, "min_group": 3, "suppressed_groups": [],
    }


def test_summary_by_defaults_to_the_workspace_threshold(groups_db: Path) -> None:
    _set_threshold(groups_db, 2)
    result = cli("summary", "--db", str(groups_db), "--by", "gender")
    assert result.code == 0, result.err
    payload = json.loads(result.out)
    assert payload["min_group"] == 2
    assert payload["suppressed_groups"] == [
        {"group": "male", "reason": "below_min_group"}, {"group": "unknown", "reason": "below_min_group"},
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


RBS, FIRE = "Referat für Bildung und Sport", "Branddirektion"
OTHER_DEPARTMENTS = tuple(sorted(d for d in DEPARTMENTS if d != RBS))


def test_a_one_person_department_is_not_offered_on_its_own(demo_db: Path) -> None:
    """The audit's subtraction: RBS showed 45 posts and 1.031 reactions, RBS with the fire brigade 85
    and 3.646 — the difference was Maximilian's 40 posts and 2.615 reactions."""
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        part = selections.partition(cur, Filters())
        # only RBS has 3 contributors (Theresa, Johannes, Claudia); the nine others have 1 or 2 each
        assert part.of("department").offered == (RBS, selections.OTHERS)
        assert part.of("department").pooled == OTHER_DEPARTMENTS
        assert part.of("profession").offered == ()  # sixteen professions of one person each
        assert part.of("cohort").offered == ()  # one cohort: choosing it would be everybody
        chosen = Filters(departments=(RBS, FIRE))
        assert suppression.narrowing(cur, chosen) == "not_offered"
        with pytest.raises(CockpitError) as error:
            content.build(cur, chosen, "de")
        assert error.value.key == "supp_not_offered"
        assert error.value.message("de").startswith("„Branddirektion“ ist im gewählten Zeitraum nicht einzeln wählbar")
        # what may be chosen: RBS (45 posts), the pool (13 people, 281 posts), both (everybody, 326)
        assert suppression.narrowing(cur, Filters(departments=(RBS,))) is None
        assert suppression.narrowing(cur, Filters(departments=OTHER_DEPARTMENTS)) is None
        assert overview.kpis(cur, Filters(departments=OTHER_DEPARTMENTS))["posts"] == 281
    con.close()


def test_every_choice_of_departments_but_whole_options_is_refused(demo_db: Path) -> None:
    """All 1.023 non-empty sets of the demo's ten departments: figures only for RBS, the other nine, or all."""
    allowed = {frozenset({RBS}), frozenset(OTHER_DEPARTMENTS), frozenset(DEPARTMENTS)}
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        shown = [frozenset(chosen) for size in range(1, len(DEPARTMENTS) + 1)
                 for chosen in itertools.combinations(DEPARTMENTS, size)
                 if suppression.narrowing(cur, Filters(departments=chosen)) is None]
    con.close()
    assert set(shown) == allowed and len(shown) == 3


def test_an_option_of_one_period_is_refused_in_another(demo_db: Path) -> None:
    # in March 2023 the department filter offers nothing: RBS had too few contributors then
    march = Filters(start=date(2023, 3, 1), end=date(2023, 3, 31), departments=(RBS,))
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        assert selections.partition(cur, march).of("department").offered == ()
        assert suppression.narrowing(cur, march) == "not_offered"
    con.close()


def test_a_filtered_selection_is_not_broken_down(demo_db: Path) -> None:
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        with pytest.raises(CockpitError) as error:
            group_breakdown(cur, Filters(departments=(RBS,)), "gender")
    con.close()
    assert error.value.key == "diversity_filtered"


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
    # with 1 nothing would be pooled: the workspace's 3 applies, and the two diverse people pool with the men
    assert "Zusammengefasst, damit ein Vergleich bleibt: „männlich + divers“." in shown
    assert "Eine Gruppe zeigt Ergebnisse nur, wenn im Zeitraum mindestens 3 ihrer Personen beigetragen" in shown
    table = at.dataframe[0].value
    assert list(table.iloc[:, 0]) == ["weiblich", "männlich + divers"] and list(table.iloc[:, 3]) == [189, 137]
    assert "min_group" not in at.query_params  # an old link's parameter is dropped from the address
    assert not at.sidebar.number_input  # and no sidebar input sets it either


def test_the_workspace_threshold_applies_on_the_page(run_page, demo_db: Path) -> None:
    _set_threshold(demo_db, 2)
    at = run_page(demo_db, DIVERSITY, params={"lang": "en"})
    at.segmented_control(key="diversity_by").set_value("age_band").run()
    assert not at.exception
    shown = texts(at)
    assert "Pooled so that a comparison remains: “50–59 + 60 and over”." in shown
    assert "A group shows results only when at least 2 of its people contributed (posted) in the period." in shown
    table = at.dataframe[0].value
    # under 30 (67 posts), 30-39 (158), 40-49 (34), 50-59 with Renate (35 + 32): 326 posts
    assert list(table.iloc[:, 0]) == ["under 30", "30–39", "40–49", "50–59 + 60 and over"]
    assert list(table.iloc[:, 3]) == [67, 158, 34, 67]
    assert "326 posts" in shown


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
    at = run_page(demo_db, OVERVIEW, params={"department": RBS})
    assert not at.exception
    # Theresa 24, Johannes 15, Claudia 6 posts
    assert "Beiträge: 45" in texts(at)
    # the sidebar offers RBS and the other nine departments pooled, nothing else
    assert at.multiselect(key="department").options == [RBS, "weitere Referate (9)"]
    assert "Einzeln wählbar: Werte, zu denen im Zeitraum mindestens 3 Personen beigetragen haben" in texts(at)


def test_the_pooled_departments_show_their_figures(run_page, demo_db: Path) -> None:
    at = run_page(demo_db, OVERVIEW, params={"department": selections.OTHERS})
    assert not at.exception
    assert "Beiträge: 281" in texts(at)  # 326 minus RBS's 45
    assert at.query_params["department"] == selections.OTHERS  # the link keeps the option, not its nine values


def test_the_audits_subtraction_is_refused_on_every_page(run_page, demo_db: Path) -> None:
    at = run_page(demo_db, OVERVIEW, params={"department": [RBS, FIRE]})
    assert not at.exception
    assert "„Branddirektion“ ist im gewählten Zeitraum nicht einzeln wählbar" in texts(at)
    assert not at.metric and not at.get("plotly_chart")
    # the link's value stays chosen, marked, so that it can be removed
    assert at.multiselect(key="department").options == [RBS, "weitere Referate (9)", "Branddirektion (nicht wählbar)"]
    at.multiselect(key="department").unselect(FIRE).run()
    assert "Beiträge: 45" in texts(at)


def test_a_period_without_the_option_refuses_it(run_page, demo_db: Path) -> None:
    at = run_page(demo_db, OVERVIEW, params={"department": RBS, "from": "2023-03-01", "to": "2023-03-31", "lang": "en"})
    assert not at.exception
    shown = texts(at)
    assert "“Referat für Bildung und Sport” cannot be chosen on its own in this period" in shown
    assert not at.metric
    assert at.multiselect(key="department").options == [f"{RBS} (not available)"]


def test_the_diversity_page_compares_no_groups_under_a_filter(run_page, demo_db: Path) -> None:
    at = run_page(demo_db, DIVERSITY, params={"department": RBS})
    assert not at.exception
    assert "Mit Filtern nach Kohorte, Beruf oder Referat vergleicht diese Seite keine Gruppen" in texts(at)
    assert not at.dataframe
    assert len(at.get("plotly_chart")) == 3  # composition and applicants: counts, not performance


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


def test_groups_pooled_for_a_difference_say_so_not_that_they_are_too_small(run_page, tmp_path: Path) -> None:
    """Four women and seven men, each group large enough alone; but the women are department "Nord" less one
    man, the men department "Süd" plus him: either gender beside its department gives one person's figures.
    Both are pooled, and the page says why: not "only all groups together reach 3 people"."""
    db = tmp_path / "aligned.duckdb"
    con = store.connect(db)
    with store.cursor(con) as cur, store.transaction(cur):
        for person in range(1, 12):
            gender, department = ("female" if person <= 4 else "male"), ("Nord" if person <= 5 else "Süd")
            cur.execute("INSERT INTO influencers (influencer_id, name, name_key, gender, department) "
                        "VALUES (?, ?, ?, ?, ?)", [person, f"P{person}", f"p{person}", gender, department])
            cur.execute("INSERT INTO posts (post_key, influencer_id, published_at, reactions) VALUES (?, ?, ?, ?)",
                        [f"post{person}", person, f"2024-01-{10 + person} 09:00:00", 10 * person])
        result = group_breakdown(cur, Filters(start=date(2024, 1, 1), end=date(2024, 1, 31), min_group=3), "gender")
    con.close()
    assert result.shown["members"].tolist() == [("female", "male")] and result.hidden == ()
    assert result.small == frozenset() and result.pooled_for_difference
    # had one of them been too small alone, the pool would be for its size (the page's other message)
    assert not suppression.Suppressed(result.shown, (), frozenset({"male"})).pooled_for_difference
    assert int(result.shown["posts"][0]) == 11 and int(result.shown["reactions"][0]) == 10 * sum(range(1, 12))
    at = run_page(db, DIVERSITY, params={"from": "2024-01-01", "to": "2024-01-31"})
    assert not at.exception
    shown = texts(at)
    assert ("Kein Vergleich nach Geschlecht möglich: Jede Gruppe ist groß genug, aber ihre Zahlen unterschieden "
            "sich von denen einer Filterauswahl oder einer Gruppe eines anderen Merkmals um weniger als 3 Personen"
            in shown)
    assert "erst alle Gruppen zusammen erreichen" not in shown
