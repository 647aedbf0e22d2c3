"""Workspace settings: typed, validated, kept in the workspace file (not in a session or a link)."""

from __future__ import annotations

import pytest

from analytics import settings, store
from analytics.errors import CockpitError


def test_defaults_then_stored_values_survive_reopening(tmp_path) -> None:
    path = tmp_path / "ws.duckdb"
    with store.closing(store.connect(path)) as cur:
        assert settings.get(cur, "min_group") == 3
        assert settings.get(cur, "staff_council_mode") is False
        assert settings.get(cur, "retention_months") is None
        assert settings.get(cur, "phases") == ()
        with store.transaction(cur):
            settings.put(cur, "min_group", 5)
            settings.put(cur, "staff_council_mode", True)
            settings.put(cur, "phases", [{"name": "Pilot", "start": "2023-01-02", "end": "2023-06-30"}])
    with store.closing(store.connect(path)) as cur:
        assert settings.get(cur, "min_group") == 5
        assert settings.get(cur, "staff_council_mode") is True
        assert settings.get(cur, "phases") == [{"name": "Pilot", "start": "2023-01-02", "end": "2023-06-30"}]
        with store.transaction(cur):
            settings.put(cur, "min_group", None)
        assert settings.get(cur, "min_group") == 3


@pytest.mark.parametrize(("key", "value"), [
    ("min_group", 0), ("min_group", "drei"), ("min_group", True), ("min_group", 51),
    ("staff_council_mode", "yes"), ("programme_name", "   "), ("programme_name", "x" * 121), ("nonsense", 1),
])
def test_values_outside_the_declaration_are_refused_and_nothing_changes(tmp_path, key, value) -> None:
    with store.closing(store.connect(tmp_path / "ws.duckdb")) as cur:
        with pytest.raises(CockpitError) as caught:
            settings.put(cur, key, value)
        assert caught.value.key == "setting_invalid"
        assert "kann diesen Wert nicht annehmen" in caught.value.message("de")
        assert settings.all_settings(cur)["min_group"] == 3
