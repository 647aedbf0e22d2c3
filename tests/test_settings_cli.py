"""``settings --db PATH [--set KEY=VALUE …]``: every workspace setting as JSON, changed by the
app's rules, all or nothing; switching the staff-council mode is logged as on the privacy page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from command_line import cli
from test_privacy_page import log_rows

from analytics import settings, store

DEFAULTS = {"min_group": 3, "staff_council_mode": False, "retention_months": None, "programme_name": None,
            "organisation": None, "programme_hashtag": None, "phases": [], "target_region": [],
            "organisation_aliases": []}
PILOT = {"demo": True, "name": "Pilotphase", "start": "2023-01-02", "end": "2023-06-30"}


def stored(db: Path) -> dict:
    con = store.connect(db)
    with store.cursor(con) as cur:
        values = settings.all_settings(cur)
    con.close()
    return values


def test_every_setting_is_printed(empty_db: Path) -> None:
    result = cli("settings", "--db", empty_db)
    assert (result.code, result.err) == (0, "")
    assert result.json == {"settings": DEFAULTS}
    assert list(result.json["settings"]) == list(settings.SETTINGS)  # in the declared order, every one


def test_settings_are_changed_as_the_app_changes_them(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "it-admin")
    result = cli("settings", "--db", demo_db, "--set", "min_group=5", "--set", "staff_council_mode=true",
                 "--set", "organisation=Stadt Musterstadt", "--set", "programme_hashtag= wirfuermuenchen ",
                 "--set", "retention_months=24", "--set", "programme_name=Stimmen der Stadt",
                 "--set", 'phases=[{"name": "Welle 2", "start": "2023-09-01", "end": "2023-12-31"}]')
    assert (result.code, result.err) == (0, "")
    assert result.json == {"settings": {
        "min_group": 5, "staff_council_mode": True, "retention_months": 24, "programme_name": "Stimmen der Stadt",
        "organisation": "Stadt Musterstadt", "programme_hashtag": "#wirfuermuenchen",  # as the programme page
        "phases": [PILOT, {"name": "Welle 2", "start": "2023-09-01", "end": "2023-12-31"}],  # the demo's kept
        "target_region": [], "organisation_aliases": [],
    }}
    assert json.loads(json.dumps(stored(demo_db))) == result.json["settings"]  # (JSON has no tuples)
    # the switch is logged as on the privacy page, with the login name of the command line
    assert log_rows(demo_db) == [("it-admin", "mode_on", None, None)]
    # switching it again to what it is changes and logs nothing; off is logged
    assert cli("settings", "--db", demo_db, "--set", "staff_council_mode=ja").code == 0
    assert cli("settings", "--db", demo_db, "--set", "staff_council_mode=off").code == 0
    assert log_rows(demo_db) == [("it-admin", "mode_on", None, None), ("it-admin", "mode_off", None, None)]


def test_an_empty_value_returns_a_setting_to_its_default(demo_db: Path) -> None:
    assert cli("settings", "--db", demo_db, "--set", "min_group=7", "--set", "organisation=Stadt A").code == 0
    result = cli("settings", "--db", demo_db, "--set", "min_group=", "--set", "organisation=")
    assert result.code == 0
    assert result.json["settings"]["min_group"] == 3 and result.json["settings"]["organisation"] is None


@pytest.mark.parametrize(("assignment", "message"), [
    ("min_group=0", "The setting “min_group” cannot take this value: 0 – nothing was changed."),
    ("min_group=drei", "The setting “min_group” cannot take this value: drei – nothing was changed."),
    ("retention_months=241", "The setting “retention_months” cannot take this value: 241 – nothing was changed."),
    ("staff_council_mode=vielleicht",
     "The setting “staff_council_mode” cannot take this value: vielleicht – nothing was changed."),
    ("programme_hashtag=wir für münchen",
     "“wir für münchen” is not a hashtag: one word without spaces, e.g. #wirfuermuenchen. Nothing was saved."),
    ("phases=[{\"name\": \"A\", \"start\": \"2023-05-01\", \"end\": \"2023-04-01\"}]",
     "Phase “A” ends (2023-04-01) before it starts (2023-05-01). Nothing was saved."),
    ("phases=not json", "The setting “phases” cannot take this value: not json – nothing was changed."),
    ("colour=blue", "There is no setting “colour” (there are: min_group, staff_council_mode, retention_months, "
                    "programme_name, organisation, programme_hashtag, phases, target_region, organisation_aliases); nothing was changed."),
    ("min_group", "Invalid call: --set min_group: expected KEY=VALUE"),
])
def test_a_bad_key_or_value_changes_nothing(demo_db: Path, assignment: str, message: str) -> None:
    before = stored(demo_db)
    # a good change before the bad one is not kept either: all or nothing
    result = cli("settings", "--db", demo_db, "--set", "staff_council_mode=true", "--set", "min_group=4",
                 "--set", assignment)
    assert (result.code, result.out, result.err) == (2, "", message + "\n")
    assert stored(demo_db) == before and log_rows(demo_db) == []


def test_a_missing_workspace_is_not_created(tmp_path: Path) -> None:
    result = cli("settings", "--db", tmp_path / "nowhere.duckdb", "--set", "min_group=5")
    assert result.code == 2 and result.err.count("\n") == 1
    assert not (tmp_path / "nowhere.duckdb").exists()


def test_the_audience_names_are_set_as_on_the_audience_page(empty_db: Path) -> None:
    """The target region typed as on the page (';' between places, spaces tidied, duplicates once) or as
    a JSON list; an empty value clears it; a list of non-texts is refused and nothing changes."""
    result = cli("settings", "--db", empty_db, "--set", "target_region=München;  Landkreis München; München",
                 "--set", 'organisation_aliases=["Stadt München", "LHM"]')
    assert result.code == 0
    assert (result.json["settings"]["target_region"], result.json["settings"]["organisation_aliases"]) == (
        ["München", "Landkreis München"], ["Stadt München", "LHM"])
    refused = cli("settings", "--db", empty_db, "--set", "target_region=", "--set", "organisation_aliases=[1, 2]")
    assert refused.code == 2 and refused.out == ""
    assert stored(empty_db)["target_region"] == ["München", "Landkreis München"]
    cleared = cli("settings", "--db", empty_db, "--set", "target_region=")
    assert cleared.json["settings"]["target_region"] == []


def test_a_json_list_of_names_is_split_no_further(empty_db: Path) -> None:
    """A name holding ';' given in a JSON list stays one name (a typed text splits at ';'); spaces are
    tidied and a name given twice is kept once, as on the page."""
    result = cli("settings", "--db", empty_db, "--set", 'organisation_aliases=["Referat A; B", " LHM ", "LHM", ""]')
    assert result.code == 0
    assert result.json["settings"]["organisation_aliases"] == ["Referat A; B", "LHM"]
    assert stored(empty_db)["organisation_aliases"] == ["Referat A; B", "LHM"]
