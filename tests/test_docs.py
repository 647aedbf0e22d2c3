"""The README stays true: its commands, subcommands, settings and page list exist."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from analytics.__main__ import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_two_commands_are_make_targets_and_ci_runs_the_test_one() -> None:
    assert "make run" in README and "make test" in README
    targets = subprocess.run(["make", "-pn"], cwd=ROOT, capture_output=True, text=True).stdout
    assert re.search(r"^run:", targets, re.M) and re.search(r"^test:", targets, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_documented_subcommand_exists() -> None:
    documented = set(re.findall(r"python -m analytics (\w+)", README))
    parser = build_parser()
    available = set(parser._subparsers._group_actions[0].choices)  # noqa: SLF001 - argparse has no public accessor
    assert documented == available


def test_every_documented_setting_is_read_by_the_code() -> None:
    settings = set(re.findall(r"`(COCKPIT_[A-Z_]+)`", README))
    assert {"COCKPIT_DB", "COCKPIT_ORG", "COCKPIT_PRIMARY", "COCKPIT_MAX_UPLOAD_MB", "COCKPIT_LANG"} <= settings
    code = "\n".join(path.read_text(encoding="utf-8") for path in ROOT.glob("analytics/**/*.py"))
    missing = [name for name in settings if name not in code and name != "COCKPIT_SCREENSHOTS"]
    assert missing == []


def test_every_page_in_the_navigation_is_described() -> None:
    from pages.ui.navigation import PAGES

    for path, *_ in PAGES:
        name = Path(path).stem.split("_", 1)[1]
        assert f"**{name}" in README or name in README, name
