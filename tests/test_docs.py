"""The documentation stays true: README.md and every file in docs/.

Its links and images resolve, the commands, flags, settings, files and functions it names
exist, everything the command line offers is documented, and the README stays a front door
(the two commands, every page, at most 10 KB)."""

from __future__ import annotations

import argparse
import importlib
import re
from functools import cache
from pathlib import Path

import pytest
import streamlit as st

from analytics.__main__ import build_parser
from analytics.settings import SETTINGS

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = [README, *sorted((ROOT / "docs").glob("*.md"))]
README_LIMIT = 10 * 1024

LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
CODE_SPAN = re.compile(r"`([^`\n]+)`")
FENCE = re.compile(r"^```.*?^```", re.M | re.S)
COMMAND = re.compile(r"python -m analytics (\w+)([^\n`]*)")
FLAG = re.compile(r"(?<![\w-])--([a-z][\w.-]*)")
# files the docs name that the app or the tests make at run time, not part of the repository
MADE_AT_RUN_TIME = {"data/cockpit.duckdb", ".streamlit/secrets.toml", "artifacts/screenshots/"}
# settings read by the tests and the Makefile, not by the app
TEST_SETTINGS = {"COCKPIT_SCREENSHOTS", "COCKPIT_CHROMIUM", "COCKPIT_LOAD_SECONDS"}


def text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def all_docs() -> str:
    return "\n".join(text(path) for path in DOCS)


def code_of(markdown: str) -> list[str]:
    """Everything written as code: fenced blocks and inline spans."""
    fences = FENCE.findall(markdown)
    rest = FENCE.sub("", markdown)
    return fences + CODE_SPAN.findall(rest)


def anchors(markdown: str) -> set[str]:
    """GitHub's anchors for the headings: lower case, punctuation dropped, spaces as hyphens."""
    headings = re.findall(r"^#{1,6}\s+(.+?)\s*$", FENCE.sub("", markdown), re.M)
    return {re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-") for heading in headings}


@cache
def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    return dict(parser._subparsers._group_actions[0].choices)  # noqa: SLF001 - argparse has no public accessor


def flags_of(parser: argparse.ArgumentParser) -> set[str]:
    return {option[2:] for action in parser._actions for option in action.option_strings  # noqa: SLF001
            if option.startswith("--") and option != "--help"}


def streamlit_option_exists(name: str) -> bool:
    try:
        st.get_option(name)
    except RuntimeError:
        return False
    return True


# ---------------------------------------------------------------- the front door
def test_the_readme_fits_on_a_screen_or_two() -> None:
    assert README.stat().st_size <= README_LIMIT


def test_the_two_commands_are_make_targets_and_ci_runs_the_test_one() -> None:
    readme = text(README)
    [commands] = [block for block in FENCE.findall(readme) if "make run" in block]
    assert re.findall(r"^make (\w+)", commands, re.M) == ["run", "test"]
    makefile = text(ROOT / "Makefile")
    assert re.search(r"^run: .*\n\t\$\(BIN\)/streamlit run app\.py$", makefile, re.M)
    assert re.search(r"^test: .*\n\t\$\(BIN\)/python -m pytest$", makefile, re.M)
    ci = [line for line in text(ROOT / ".ci" / "run").splitlines() if line and not line.startswith("#")]
    assert ci[-1] == "make test"


def test_every_page_in_the_navigation_is_described() -> None:
    from pages.ui.navigation import PAGES

    readme = text(README)
    for path, *_ in PAGES:
        name = Path(path).stem.split("_", 1)[1]
        assert f"**{name}" in readme or name in readme, name


def test_the_documented_url_paths_are_the_navigation_s() -> None:
    from pages.ui.navigation import PAGES

    [sentence] = re.findall(r"the URL paths are fixed \(([^)]*)\)", re.sub(r"\s+", " ", text(ROOT / "docs" / "contributing.md")))
    assert re.findall(r"`(\w+)`", sentence) == [url for _, _, url, _ in PAGES]


# ---------------------------------------------------------------- links
def broken_links(doc: Path) -> list[str]:
    """The relative links and images of ``doc`` whose file, or whose anchor in it, does not exist."""
    broken = []
    for target in LINK.findall(FENCE.sub("", text(doc))):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        linked = (doc.parent / path).resolve() if path else doc
        if not linked.exists() or (anchor and (linked.suffix != ".md" or anchor not in anchors(text(linked)))):
            broken.append(target)
    return broken


@pytest.mark.parametrize("doc", DOCS, ids=lambda path: path.name)
def test_every_relative_link_and_image_resolves(doc: Path) -> None:
    assert broken_links(doc) == []


def test_the_link_check_finds_a_missing_file_and_a_missing_anchor(tmp_path: Path) -> None:
    doc = tmp_path / "a.md"
    doc.write_text("# Erasure, access (GDPR)\n\n[x](b.md) [y](a.md#erasure-access-gdpr) [z](#nowhere) "
                   "![i](shot.png) [w](https://example.org/x)\n```\n[in code](c.md)\n```\n", encoding="utf-8")
    assert anchors(text(doc)) == {"erasure-access-gdpr"}
    assert broken_links(doc) == ["b.md", "#nowhere", "shot.png"]


def test_every_file_in_docs_is_linked_from_the_readme() -> None:
    linked = {(README.parent / target.partition("#")[0]).resolve() for target in LINK.findall(text(README))}
    assert [path.name for path in DOCS[1:] if path.resolve() not in linked] == []


# ---------------------------------------------------------------- the command line
def test_every_documented_subcommand_exists_and_every_one_is_documented() -> None:
    documented = {name for name, _ in COMMAND.findall(all_docs())}
    assert documented == set(subcommands())
    reference = text(ROOT / "docs" / "command-line.md")
    assert {name for name, _ in COMMAND.findall(reference)} == set(subcommands())


def test_every_flag_of_a_documented_command_line_is_that_command_s() -> None:
    wrong = [(name, flag) for name, rest in COMMAND.findall(all_docs()) for flag in FLAG.findall(rest)
             if flag not in flags_of(subcommands()[name])]
    assert wrong == []


def test_every_flag_of_every_command_is_in_the_reference() -> None:
    reference = text(ROOT / "docs" / "command-line.md")
    missing = [(name, flag) for name, parser in subcommands().items() for flag in sorted(flags_of(parser))
               if not re.search(rf"python -m analytics {name}\b[^\n]*--{flag}\b", reference)]
    assert missing == []


def test_every_flag_written_as_code_exists() -> None:
    ours = set().union(*(flags_of(parser) for parser in subcommands().values()))
    unknown = sorted({flag for code in code_of(all_docs()) for flag in FLAG.findall(code)
                      if flag not in ours and not (flag.startswith("server.") and streamlit_option_exists(flag))})
    assert unknown == []


# ---------------------------------------------------------------- settings, files, functions
def test_every_documented_setting_is_read_and_every_one_read_is_documented() -> None:
    documented = set(re.findall(r"COCKPIT_[A-Z_]+", all_docs()))
    app = "\n".join(text(path) for path in [ROOT / "app.py", *ROOT.glob("analytics/**/*.py"), *ROOT.glob("pages/**/*.py")])
    tests = "\n".join(text(path) for path in [ROOT / "Makefile", *ROOT.glob("tests/*.py")])
    read = set(re.findall(r"COCKPIT_[A-Z_]+", app)) - {"COCKPIT_"}
    assert {"COCKPIT_DB", "COCKPIT_ORG", "COCKPIT_PRIMARY", "COCKPIT_MAX_UPLOAD_MB", "COCKPIT_LANG"} <= documented
    assert sorted(documented - read - (TEST_SETTINGS & set(re.findall(r"COCKPIT_[A-Z_]+", tests)))) == []
    assert sorted(read - documented) == []


def test_every_workspace_setting_is_documented() -> None:
    documented = set(CODE_SPAN.findall(all_docs()))
    assert sorted(set(SETTINGS) - documented) == []


def test_every_streamlit_option_named_exists() -> None:
    named = {code for code in code_of(all_docs())
             if re.fullmatch(r"(server|browser|client|theme|logger|runner|global)\.\w+", code)}
    assert named and sorted(name for name in named if not streamlit_option_exists(name)) == []


def test_every_repository_file_named_exists() -> None:
    paths = {code for code in CODE_SPAN.findall(FENCE.sub("", all_docs()))
             if re.fullmatch(r"\.?[a-z][\w-]*(/[\w.-]+)*/?", code) and ("/" in code or code.endswith(".py"))}
    assert len(paths) > 15  # the check sees the paths (pages/ui.py, analytics/coverage.py …)
    assert sorted(path for path in paths - MADE_AT_RUN_TIME if not (ROOT / path).exists()) == []


def test_every_function_named_exists() -> None:
    named = {code for code in CODE_SPAN.findall(all_docs()) if re.fullmatch(r"analytics(\.\w+)+", code)}
    assert named
    missing = []
    for dotted in sorted(named):
        module, _, attribute = dotted.rpartition(".")
        try:
            found = hasattr(importlib.import_module(module), attribute)
        except ImportError:
            found = False
        if not found:
            missing.append(dotted)
    assert missing == []


def test_every_make_target_named_exists() -> None:
    targets = set(re.findall(r"^(\w+):", text(ROOT / "Makefile"), re.M))
    named = {target for code in code_of(all_docs()) for target in re.findall(r"(?:^|\s)make (\w+)", code)}
    assert {"run", "test"} <= named and sorted(named - targets) == []
