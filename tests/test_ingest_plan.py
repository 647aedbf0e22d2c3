"""The registry of formats, the import plan and batches of several people's exports."""

from __future__ import annotations

import ast
import json
from datetime import date
from pathlib import Path

from command_line import cli
from ingest_helpers import FIXTURES, write_csv

from analytics import covered, lifecycle, store
from analytics.ingest import REGISTRY, ImportPlan, plan_batch
from analytics.ingest.sources import export_end_from_file_name

ROOT = Path(__file__).resolve().parent.parent
MEMBER_ANNA = FIXTURES / "Content_2023-01-01_2023-06-30_AnnaMueller.xlsx"
MEMBER_SELIN = FIXTURES / "AggregateAnalytics_SelinKaya_2025-04-01_2026-03-31.xlsx"
SINGLE_SELIN = FIXTURES / "SinglePostAnalytics_SelinKaya_7378000000000000001.xlsx"


def _imports_of(module: str) -> set[str]:
    tree = ast.parse((ROOT / "analytics" / "ingest" / f"{module}.py").read_text())
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("analytics.ingest"):
            found.add(node.module)
            found.update(f"analytics.ingest.{a.name}" for a in node.names if node.module == "analytics.ingest")
    return found


def test_no_import_cycle_between_the_readers_and_the_registry() -> None:
    assert "analytics.ingest.linkedin" not in _imports_of("sources")
    assert "analytics.ingest.formats" not in _imports_of("sources") | _imports_of("linkedin")
    assert {"analytics.ingest.sources", "analytics.ingest.linkedin"} <= _imports_of("formats")
    assert "analytics.ingest.plan" not in _imports_of("core")


def test_every_format_has_a_name_in_both_languages_and_refusals_have_messages() -> None:
    from analytics.i18n import t

    names = [fmt.name for fmt in REGISTRY]
    assert len(names) == len(set(names))
    for fmt in REGISTRY:
        if fmt.refusal:
            assert t(fmt.refusal, "de", file="x") != t(fmt.refusal, "en", file="x")
        else:
            assert t("format_" + fmt.name, "de") and t("format_" + fmt.name, "en")


def test_a_plan_says_what_a_file_needs(cur, tmp_path: Path) -> None:
    plan = ImportPlan.for_file(cur, MEMBER_ANNA)
    assert (plan.format.name, plan.needs_author(), plan.required_missing(), plan.ready()) == (
        "linkedin_member_analytics", True, [], False)
    assert (plan.proposed_author, export_end_from_file_name(plan.file_name)) == ("Anna Mueller", date(2023, 6, 30))
    plan.author = "Anna Müller"
    assert plan.ready()
    dry = plan.dry_run(cur)
    # 5 posts, 5 follower days, the window, 5 days of the account's activity
    assert (dry.inserted, cur.execute("SELECT count(*) FROM posts").fetchone()) == (16, (0,))
    assert plan.commit(cur).inserted == 16
    sheet = write_csv(tmp_path / "ohne.csv", [["Autor:in", "Likes"], ["Anna", "3"]])
    table = ImportPlan.for_file(cur, sheet)
    assert (table.format.name, table.required_missing(), table.needs_author()) == ("controlling_csv", ["date"], False)


def newest_exports(cur) -> list[tuple[str, date]]:
    """Each person's newest member export, as the import page lists it."""
    return [(entry["person"], entry["newest_export_to"]) for entry in covered.people(cur, date(2026, 4, 1))
            if entry["newest_export_to"]]


def _roster(cur) -> None:
    with store.transaction(cur):
        cur.execute("INSERT INTO influencers (name, name_key) VALUES ('Anna Müller', 'anna müller'), "
                    "('Selin Kaya', 'selin kaya')")


def test_a_batch_of_several_peoples_exports_goes_in_in_one_step(cur) -> None:
    _roster(cur)
    plans, refusals = plan_batch(cur, [MEMBER_ANNA, MEMBER_SELIN, SINGLE_SELIN], author_from_file_name=True)
    assert refusals == [] and [p.author for p in plans] == ["Anna Müller", "Selin Kaya", "Selin Kaya"]
    reports = [plan.commit(cur) for plan in plans]
    # 5 posts + 5 follower days + the window + 5 activity days; 3 posts + 2 follower days + the window + 1 activity
    # day; the single post merges into Selin's post of 9/30/2025 and brings the post's audience
    assert [(r.inserted, r.updated) for r in reports] == [(16, 0), (7, 0), (1, 1)]
    assert newest_exports(cur) == [("Anna Müller", date(2023, 6, 30)), ("Selin Kaya", date(2026, 3, 31))]


def test_cli_batch_with_authors_from_file_names(tmp_path: Path) -> None:
    db = tmp_path / "ws.duckdb"
    con = store.connect(db)
    with store.cursor(con) as cur:
        _roster(cur)
    con.close()
    result = cli("import", "--db", db, "--author-from-file-name", MEMBER_ANNA, MEMBER_SELIN)
    assert (result.code, result.err) == (0, "")
    files = json.loads(result.out)["files"]
    assert [(f["file"], f["format"], f["rows"], f["inserted"], f["warnings"], f["possible_duplicates"])
            for f in files] == [
        # every sheet is read now: DISCOVERY / AUFFINDBARKEIT, ENGAGEMENT and DEMOGRAPHICS / DEMOGRAFISCHE DATEN too
        (MEMBER_ANNA.name, "linkedin_member_analytics", 16, 16, [], []),
        (MEMBER_SELIN.name, "linkedin_member_analytics", 7, 7, [], []),
    ]
    # without the flag (and without --author) a member export still asks for its author
    result = cli("import", "--db", db, MEMBER_ANNA)
    assert result.code == 2 and json.loads(result.out) == {"files": []}
    assert result.err.startswith(f"{MEMBER_ANNA.name}: “{MEMBER_ANNA.name}”: please name the person")


def test_deleting_a_person_removes_them_from_the_export_list(cur) -> None:
    _roster(cur)
    plans, _ = plan_batch(cur, [MEMBER_ANNA, MEMBER_SELIN], author_from_file_name=True)
    for plan in plans:
        plan.commit(cur)
    anna = cur.execute("SELECT influencer_id FROM influencers WHERE name = 'Anna Müller'").fetchone()[0]
    with store.transaction(cur):
        lifecycle.delete_person(cur, anna)
    assert newest_exports(cur) == [("Selin Kaya", date(2026, 3, 31))]
    assert cur.execute("SELECT count(*) FROM imports WHERE author = 'Anna Müller'").fetchone() == (0,)
