"""Numbers and dates in the user's locale; every string exists in both languages."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from analytics import export, i18n, ledger, record
from analytics.briefing import content as briefing
from analytics.charts import diversity, impact
from analytics.charts import engagement as engagement_charts
from analytics.ingest import STEPS, formats, notices, values
from analytics.ingest.columns import ALL_COLUMNS, COLUMN_TEXT_KEYS
from analytics.ingest.core import STEP_TEXT_KEYS
from analytics.ingest.linkedin import EXTRA_METRICS
from analytics.queries import engagement as engagement_queries
from analytics.queries import groups
from analytics.queries.impact import OUTCOME_TYPES


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
# The modules that define the strings; everything else is code that asks for them.
STRING_MODULES = {path for path in (ROOT / "analytics" / "i18n").glob("*.py") if path.name != "__init__.py"}
CODE = [path for path in [ROOT / "app.py", *sorted((ROOT / "pages").rglob("*.py")),
                          *sorted((ROOT / "analytics").rglob("*.py"))] if path not in STRING_MODULES]
# Functions whose first argument is a message key.
KEY_CALLS = ("t", "t_md", "CockpitError")


def _trees(paths: list[Path]):
    for path in paths:
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _called(node: ast.AST) -> str | None:
    if not isinstance(node, ast.Call) or not node.args:
        return None
    return node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)


def _strings(node: ast.AST) -> list[str]:
    return [n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def called_keys(paths: list[Path]) -> list[tuple[str, int, str]]:
    """Every literal message key passed to ``t(…)``, ``t_md(…)`` or ``CockpitError(…)`` in ``paths``,
    and every key listed in a ``…_TEXT_KEYS`` mapping or tuple: (file, line, key)."""
    found = []
    for path, tree in _trees(paths):
        for node in ast.walk(tree):
            if _called(node) in KEY_CALLS:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.append((path.name, node.lineno, first.value))
            elif isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(getattr(target, "id", getattr(target, "attr", "")).endswith("_TEXT_KEYS") for target in targets):
                    listed = node.value.values if isinstance(node.value, ast.Dict) else [node.value]
                    found += [(path.name, node.lineno, key) for value in listed for key in _strings(value)]
    return found


def _own_nodes(scope: ast.AST):
    """The nodes of a module or function, without those of the functions defined inside it."""
    pending = list(ast.iter_child_nodes(scope))
    while pending:
        node = pending.pop()
        yield node
        if not isinstance(node, ast.FunctionDef | ast.Lambda):
            pending.extend(ast.iter_child_nodes(node))


def built_keys(paths: list[Path]) -> list[tuple[str, int, str]]:
    """Message keys built from pieces (``f"goal_status_{status}"``, ``"col_" + column``), which no
    scan can check: given to ``t(…)``, ``t_md(…)`` or ``CockpitError(…)`` directly or through a
    variable of the same function."""
    found = []
    for path, tree in _trees(paths):
        for scope in ast.walk(tree):
            if not isinstance(scope, ast.Module | ast.FunctionDef | ast.Lambda):
                continue
            built = {target.id: node.value for node in _own_nodes(scope) if isinstance(node, ast.Assign)
                     and isinstance(node.value, ast.JoinedStr | ast.BinOp)
                     for target in node.targets if isinstance(target, ast.Name)}
            for node in _own_nodes(scope):
                if _called(node) not in KEY_CALLS:
                    continue
                first = node.args[0]
                for given in [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]:
                    if isinstance(given, ast.Name) and given.id in built:
                        given = built[given.id]
                    if isinstance(given, ast.JoinedStr | ast.BinOp):
                        found.append((path.name, given.lineno, ast.unparse(given)))
    return sorted(set(found))


def unused_keys(paths: list[Path], keys: set[str]) -> list[str]:
    """Keys that no code names: not one string in ``paths`` is the key, or quotes it (SQL that
    writes a rejected row's reason: ``SET reason = 'reject_missing_author'``)."""
    named = set()
    for _path, tree in _trees(paths):
        for text in _strings(tree):
            named.add(text)
            named.update(re.findall(r"'(\w+)'", text))
    return sorted(keys - named)


def without_text(called: list[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    return [(file, line, key) for file, line, key in called
            if not i18n.STRINGS.get(key, {}).get("de") or not i18n.STRINGS.get(key, {}).get("en")]


def test_every_key_the_code_asks_for_has_german_and_english() -> None:
    called = called_keys(CODE)
    assert len(called) > 450  # the scan sees the code (pages, charts, ingest, briefing)
    assert without_text(called) == []


def test_no_key_is_built_from_pieces() -> None:
    assert built_keys(CODE) == []


def test_every_key_is_used() -> None:
    assert unused_keys(CODE, set(i18n.STRINGS)) == []


def test_a_key_without_text_is_found(tmp_path: Path) -> None:
    code = tmp_path / "page.py"
    code.write_text('t("kpi_posts", lang)\nui.t("no_such_key")\nraise CockpitError("also_missing", n=1)\n'
                    'print("not_a_key")\n', encoding="utf-8")
    assert without_text(called_keys([code])) == [("page.py", 2, "no_such_key"), ("page.py", 3, "also_missing")]


def test_a_listed_key_without_text_a_built_key_and_an_unused_key_are_found(tmp_path: Path) -> None:
    code = tmp_path / "page.py"
    code.write_text('STATUS_TEXT_KEYS = {"achieved": "goal_status_achieved", "lost": "goal_status_lost"}\n'
                    't_md(f"goal_status_{status}", lang)\nlabel = "col_" + column\nt(label, lang)\nwidget = f"imp_{n}"\n'
                    't(STATUS_TEXT_KEYS[status], lang)\nst.button("x", key=f"col_{n}")\n', encoding="utf-8")
    assert without_text(called_keys([code])) == [("page.py", 1, "goal_status_lost")]
    assert built_keys([code]) == [
        ("page.py", 2, "f'goal_status_{status}'"), ("page.py", 3, "'col_' + column")]
    assert unused_keys([code], {"goal_status_achieved", "goal_status_behind", "col_date"}) == [
        "col_date", "goal_status_behind"]


# ---------------------------------------------------------------- a missing key at run time
def test_a_missing_key_fails_under_the_tests() -> None:
    with pytest.raises(i18n.MissingString, match="no_such_key"):
        i18n.t("no_such_key", "en")


def test_a_missing_key_shows_as_itself_in_the_app(monkeypatch: pytest.MonkeyPatch, caplog) -> None:
    monkeypatch.delenv(i18n.STRICT_ENV)
    assert i18n.t("no_such_key", "en", n=3) == "no_such_key"
    assert caplog.messages == ["no text for the message key 'no_such_key'"]


# ---------------------------------------------------------------- the listed keys cover what the code names
def literal(path: Path, name: str) -> dict | tuple:
    """A module's ``NAME = {…}`` as a value, read without importing it (a page file runs when imported)."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(target, "id", None) == name for target in node.targets):
            return ast.literal_eval(node.value)
    raise LookupError(name)


def test_formats_kinds_and_columns_have_their_words() -> None:
    shown = {fmt.name for fmt in formats.REGISTRY if fmt.refusal is None}
    assert set(formats.FORMAT_TEXT_KEYS) == shown | {"ledger"}
    assert set(formats.KIND_TEXT_KEYS) == {fmt.kind for fmt in formats.REGISTRY if fmt.refusal is None} | {"ledger"}
    previewed = {*ALL_COLUMNS, *EXTRA_METRICS, "engagements", "followers", "new_followers"}
    assert set(COLUMN_TEXT_KEYS) == previewed
    assert list(STEP_TEXT_KEYS) == list(STEPS)


def test_coded_values_and_attributes_have_their_words() -> None:
    assert set(diversity.ATTRIBUTE_TEXT_KEYS) == set(groups.ATTRIBUTES)
    assert set(impact.OUTCOME_TEXT_KEYS) == {*OUTCOME_TYPES, ledger.OTHER}
    assert set(briefing.OUTCOME_COUNT_TEXT_KEYS) == set(OUTCOME_TYPES)
    assert set(notices.SCALE_RULE_TEXT_KEYS) == {values.experience_scale(None, ["1", str(top)]) for top in (3, 5, 10)}


def test_the_engagement_page_s_words_cover_its_figures() -> None:
    page = ROOT / "pages" / "1_Engagement.py"
    assert set(literal(page, "LINKEDIN_TILE_TEXT_KEYS")) == set(engagement_queries.LINKEDIN_FIGURES)
    assert set(literal(page, "GRANULARITY_TEXT_KEYS")) == set(engagement_queries.GRANULARITIES)
    assert set(engagement_charts.UNIT_TEXT_KEYS) == set(engagement_queries.GRANULARITIES)
    assert set(engagement_charts.METRIC_TEXT_KEYS) == set(engagement_queries.METRICS)


def test_every_exported_column_and_every_stored_field_has_its_words(cur) -> None:
    exported = {column for query in export.QUERIES.values()
                for column in cur.execute(query.format(name="i.name", sort_key="i.name") + " LIMIT 0").df().columns}
    assert set(export.COLUMN_TEXT_KEYS) == exported
    stored = record.stored_columns(cur)
    assert set(record.TABLE_TEXT_KEYS) == set(stored)
    assert set(record.FIELD_TEXT_KEYS) == {column.name for columns in stored.values() for column in columns}
