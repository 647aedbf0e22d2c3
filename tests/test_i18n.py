"""Numbers and dates in the user's locale; every string exists in both languages."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

from analytics import i18n


def test_german_and_english_numbers() -> None:
    assert i18n.fmt_number(15496) == "15.496"
    assert i18n.fmt_number(15496, "en") == "15,496"
    assert i18n.fmt_number(1234567.891, "de", 2) == "1.234.567,89"
    assert i18n.fmt_number(None) == "–"
    assert i18n.fmt_percent(0.0472) == "4,7 %"
    assert i18n.fmt_percent(0.0472, "en") == "4.7%"


def test_dates_and_months() -> None:
    assert i18n.fmt_date(date(2023, 1, 2)) == "02.01.2023"
    assert i18n.fmt_date(date(2023, 1, 2), "en") == "2 Jan 2023"
    assert i18n.fmt_month(date(2023, 3, 1)) == "März 2023"
    assert i18n.fmt_month(date(2023, 3, 1), "en", short=True) == "Mar 2023"


def test_every_string_has_german_and_english() -> None:
    missing = [key for key, entry in i18n.STRINGS.items() if not entry.get("de") or not entry.get("en")]
    assert missing == []


def test_unknown_language_falls_back_to_german() -> None:
    assert i18n.t("kpi_posts", "fr") == "Beiträge"
    assert i18n.t("kpi_posts", "en") == "Posts"


ROOT = Path(__file__).resolve().parent.parent
CODE = [ROOT / "app.py", *sorted((ROOT / "pages").rglob("*.py")), *sorted((ROOT / "analytics").rglob("*.py"))]


def called_keys(paths: list[Path]) -> list[tuple[str, int, str]]:
    """Every literal message key passed to ``t(…)`` or ``CockpitError(…)`` in ``paths``: (file, line, key)."""
    found = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            first = node.args[0]
            if name in ("t", "CockpitError") and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append((path.name, node.lineno, first.value))
    return found


def without_text(called: list[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    return [(file, line, key) for file, line, key in called
            if not i18n.STRINGS.get(key, {}).get("de") or not i18n.STRINGS.get(key, {}).get("en")]


def test_every_key_the_code_asks_for_has_german_and_english() -> None:
    called = called_keys(CODE)
    assert len(called) > 450  # the scan sees the code (pages, charts, ingest, briefing)
    assert without_text(called) == []


def test_a_key_without_text_is_found(tmp_path: Path) -> None:
    code = tmp_path / "page.py"
    code.write_text('t("kpi_posts", lang)\nui.t("no_such_key")\nraise CockpitError("also_missing", n=1)\n'
                    'print("not_a_key")\n', encoding="utf-8")
    assert without_text(called_keys([code])) == [("page.py", 2, "no_such_key"), ("page.py", 3, "also_missing")]
