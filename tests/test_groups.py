"""Group breakdown with privacy suppression: exact figures on a hand-made workspace, and the CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from command_line import cli
from fixtures import build_groups_workspace

from analytics import store
from analytics.errors import CockpitError
from analytics.filters import Filters
from analytics.queries.groups import group_breakdown, summary_by


@pytest.fixture
def groups_db(tmp_path: Path) -> Path:
    return build_groups_workspace(tmp_path / "groups.duckdb")


@pytest.fixture
def cur(groups_db: Path):
    con = store.connect(groups_db)
    with store.cursor(con) as cursor:
        yield cursor
    con.close()


# Anna, Berta and Clara posted (Dora did not): 3 contributors.
FEMALE = {
    "group": "female", "influencers": 4, "posts": 4, "reactions": 19, "comments": 4, "reposts": 2,
    "impressions": 330, "engagement_rate": round(22 / 330, 6), "members": ["female"], "contributors": 3,
}
# at 2: men (Emil posted, Fritz not) and unknown (Gabi, no post) pooled have 1 contributor, and pooled
# with the women they would be the roster, whose figures differ from the programme's by Xaver's alone
HIDDEN_AT_2 = [{"group": "male", "reason": "below_min_group"}, {"group": "unknown", "reason": "below_min_group"}]


def test_groups_count_contributors_not_members(cur) -> None:
    # With 3 the women (4 people, 3 of whom posted) would be enough by members and by contributors,
    # but the programme's total minus the women would be two people's figures (Emil's post and Xaver's,
    # who is outside the roster): pooled with the rest, all roster people differ from the total by Xaver
    # alone, so nothing is shown.
    assert summary_by(cur, "gender") == {"groups": [], "suppressed": 3, "min_group": 3, "suppressed_groups": [
        {"group": "female", "reason": "difference"}, {"group": "male", "reason": "below_min_group"},
        {"group": "unknown", "reason": "below_min_group"}]}
    assert summary_by(cur, "gender", min_group=2) == {"groups": [FEMALE], "suppressed": 2, "min_group": 2,
                                                      "suppressed_groups": HIDDEN_AT_2}


def test_every_group_with_min_group_one(cur) -> None:
    result = summary_by(cur, "gender", min_group=1)
    assert result["suppressed"] == 0
    assert result["groups"] == [
        FEMALE,
        {"group": "male", "influencers": 2, "posts": 1, "reactions": 20, "comments": 5, "reposts": 5,
         "impressions": 1000, "engagement_rate": 0.03, "members": ["male"], "contributors": 1},
        # the person without gender forms the group "unknown"; no posts, so no impressions and no rate
        {"group": "unknown", "influencers": 1, "posts": 0, "reactions": 0, "comments": 0, "reposts": 0,
         "impressions": None, "engagement_rate": None, "members": ["unknown"], "contributors": 0},
    ]


def test_period_limits_the_posts_but_not_the_group_sizes(cur) -> None:
    result = summary_by(cur, "gender", min_group=2, start=date(2023, 1, 1), end=date(2023, 1, 31))
    assert result["groups"] == [{
        "group": "female", "influencers": 4, "posts": 3, "reactions": 18, "comments": 3, "reposts": 1,
        "impressions": 300, "engagement_rate": round(19 / 300, 6), "members": ["female"], "contributors": 3,
    }]


def test_unknown_experience_is_a_group_of_its_own(cur) -> None:
    result = summary_by(cur, "experience", min_group=1)
    assert [(g["group"], g["influencers"]) for g in result["groups"]] == [
        ("low", 3), ("high", 1), ("medium", 1), ("none", 1), ("unknown", 1),
    ]


def test_group_performance_medians_and_activity(cur) -> None:
    result = group_breakdown(cur, Filters(min_group=2), "gender")
    shown = result.shown
    assert len(result.hidden) == 2
    female = shown.iloc[0]
    assert female["active"] == 3  # Dora has no post
    assert female["median_posts_per_person"] == 1.0  # posts per person: 2, 1, 1, 0
    assert female["median_post_rate"] == pytest.approx(0.07)  # 0.06, 0.07, 0.10; p3 has no impressions
    assert female["posts_with_rate"] == 3


def test_people_filter_applies_before_sizes(cur) -> None:
    result = group_breakdown(cur, Filters(influencer_ids=(1, 2, 5), min_group=1), "gender")
    shown = result.shown
    assert list(zip(shown["group"], shown["influencers"], shown["posts"], strict=True)) == [
        ("female", 2, 3), ("male", 1, 1),
    ]
    assert result.hidden == ()


@pytest.mark.parametrize(("by", "min_group", "key"), [
    ("name", 3, "group_by_unknown"),
    ("gender; DROP TABLE posts", 3, "group_by_unknown"),
    ("gender", 0, "min_group_invalid"),
])
def test_invalid_arguments(cur, by: str, min_group: int, key: str) -> None:
    with pytest.raises(CockpitError) as error:
        summary_by(cur, by, min_group=min_group)
    assert error.value.key == key


def test_cli_summary_by_gender(groups_db: Path) -> None:
    result = cli("summary", "--db", str(groups_db), "--by", "gender", "--min-group", "2")
    assert result.code == 0, result.err
    assert json.loads(result.out) == {"groups": [FEMALE], "suppressed": 2, "min_group": 2,
                                         "suppressed_groups": HIDDEN_AT_2}


def test_cli_summary_by_with_period_and_min_group(groups_db: Path) -> None:
    result = cli("summary", "--db", str(groups_db), "--by", "gender", "--min-group", "2",
                 "--from", "2023-01-01", "--to", "2023-01-31")
    assert result.code == 0, result.err
    payload = json.loads(result.out)
    # January: Anna, Berta, Clara (women), Emil (man) and Xaver (outside the roster) posted. The men
    # (1 contributor) and unknown (none) are below 2 and, pooled with the women, would differ from the
    # programme by Xaver alone: both are hidden, and the total minus the women is Emil's and Xaver's (2)
    assert [(g["group"], g["posts"], g["engagement_rate"]) for g in payload["groups"]] == [
        ("female", 3, round(19 / 300, 6)),
    ]
    assert payload["suppressed"] == 2
    assert payload["min_group"] == 2
    assert payload["suppressed_groups"] == HIDDEN_AT_2


@pytest.mark.parametrize("args", [("--by", "name"), ("--by", "gender", "--min-group", "0")])
def test_cli_bad_group_arguments_exit_2_with_one_line(groups_db: Path, args: tuple[str, ...]) -> None:
    result = cli("summary", "--db", str(groups_db), *args)
    assert result.code == 2
    assert result.out == ""
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err
