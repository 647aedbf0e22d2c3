"""The pages folder stays a folder of pages: every ``.py`` file in it is a page of the menu with the
same URL path in Streamlit's legacy pages-folder mode, helpers live in packages, and no page or
section opens a cursor, holds SQL or imports inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from streamlit.source_util import page_icon_and_name

from pages.ui.navigation import DATA_AND_SETTINGS, PAGES, SETTINGS_PATHS

ROOT = Path(__file__).resolve().parent.parent
PAGES_DIR = ROOT / "pages"
# What Streamlit's legacy mode lists as pages (Streamlit 1.67, script_runner._mpa_v1): the .py
# files directly in pages/, except __init__.py and names starting with a dot.
LISTED = sorted(path for path in PAGES_DIR.glob("*.py") if path.name != "__init__.py" and not path.name.startswith("."))
EVERY_MODULE = sorted(PAGES_DIR.rglob("*.py"))


def test_every_file_streamlit_lists_is_a_page_of_the_menu() -> None:
    assert [f"pages/{path.name}" for path in LISTED] == sorted(page.file for page in PAGES)
    assert len(PAGES) == 14


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.url_path)
def test_a_page_file_gives_its_url_path_in_both_modes(page) -> None:
    _icon, name = page_icon_and_name(ROOT / page.file)
    assert name == page.url_path


def test_the_old_import_bookmark_and_the_section_paths() -> None:
    assert [page.url_path for page in DATA_AND_SETTINGS] == ["Erste_Schritte", "Import", "Personen", "Programm", "Datenschutz"]
    assert SETTINGS_PATHS == {"Erste_Schritte", "Import", "Personen", "Programm", "Datenschutz"}


@pytest.mark.parametrize("path", LISTED, ids=lambda path: path.name)
def test_every_page_file_ends_with_run_page(path: Path) -> None:
    assert path.read_text(encoding="utf-8").rstrip().endswith("\nshell.run_page(render)")


@pytest.mark.parametrize("path", EVERY_MODULE, ids=lambda path: str(path.relative_to(PAGES_DIR)))
def test_no_cursor_no_sql_no_import_inside_a_function(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert "cursor(" not in text and ".execute(" not in text
    assert not any(word in text for word in ("SELECT ", "INSERT ", "UPDATE ", "DELETE FROM"))
    inner = [
        f"{function.name}:{node.lineno}"
        for function in ast.walk(ast.parse(text))
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
        for node in ast.walk(function)
        if isinstance(node, ast.Import | ast.ImportFrom)
    ]
    assert inner == []
