"""Shared fixtures: workspaces built once (demo, empty, posts without roster) and AppTest runs.

The workspaces themselves are built by tests/fixtures.py."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from apptest_helpers import open_folded
from fixtures import ROOT, build_cohort, build_demo, build_empty, build_patchwork, build_posts_only
from streamlit.testing.v1 import AppTest

from analytics import store
from analytics.i18n import STRICT_ENV

# A message key without text fails the test that reaches it (in the app it shows as the key);
# the app and the command line a test starts inherit it.
os.environ[STRICT_ENV] = "1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``slow`` (the load test, minutes long) run only when ``-m`` names them:
    ``make test``, ``-m browser`` and ``-m "not browser"`` leave them out."""
    if "slow" in (config.getoption("markexpr") or ""):
        return
    slow = [item for item in items if item.get_closest_marker("slow")]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if not item.get_closest_marker("slow")]


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace with the demo cohort, built once per test run (copy it before writing)."""
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.duckdb")


@pytest.fixture
def cur(tmp_path: Path):
    """A cursor on a fresh, empty workspace (test modules may define their own, with data)."""
    con = store.connect(tmp_path / "ws.duckdb")
    with store.cursor(con) as cursor:
        yield cursor
    con.close()


@pytest.fixture(scope="session")
def cohort_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """80 invented people with two years of posts (see fixtures.build_cohort), built once per run."""
    return build_cohort(tmp_path_factory.mktemp("cohort") / "cohort.duckdb")


@pytest.fixture
def cohort_db(cohort_template: Path, tmp_path: Path) -> Path:
    """A private copy of the 80-person cohort."""
    target = tmp_path / "cohort.duckdb"
    shutil.copy(cohort_template, target)
    return target


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo workspace."""
    target = tmp_path / "demo.duckdb"
    shutil.copy(demo_template, target)
    return target


@pytest.fixture(scope="session")
def patchwork_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The patchwork of sources (see fixtures.build_patchwork), built once per run."""
    return build_patchwork(tmp_path_factory.mktemp("patchwork") / "patchwork.duckdb")


@pytest.fixture
def patchwork_db(patchwork_template: Path, tmp_path: Path) -> Path:
    """A private copy of the patchwork workspace."""
    target = tmp_path / "patchwork.duckdb"
    shutil.copy(patchwork_template, target)
    return target


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    """A fresh workspace with the schema and no data, the demo marked as dismissed."""
    return build_empty(tmp_path / "empty.duckdb")


@pytest.fixture
def posts_only_db(demo_template: Path, tmp_path: Path) -> Path:
    """Demo posts whose authors are not in a roster (no roster attributes, in_roster false)."""
    return build_posts_only(demo_template, tmp_path / "posts_only.duckdb")


@pytest.fixture(scope="session")
def browser():
    """One headless Debian Chromium for all browser tests (skipped, or failed under CI, without it)."""
    from browser import CHROMIUM_ARGS, require_chromium

    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def run_page(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., AppTest]]:
    """Run the app on a workspace and open one page: ``run_page(db, "pages/1_Engagement.py")``, its folded
    expanders opened (``unfold=False`` leaves them as the page first shows).

    ``params`` become URL query parameters (for example ``{"lang": "en"}``).
    """
    apps: list[AppTest] = []

    def _run(db: Path, page: str | None = None, params: dict[str, str | list[str]] | None = None,
             unfold: bool = True) -> AppTest:
        monkeypatch.setenv("COCKPIT_DB", str(db))
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        for key, value in (params or {}).items():
            at.query_params[key] = value
        at.run()
        if page:
            at.switch_page(page)
            at.run()
        if unfold and not at.exception:  # what a folded expander holds is drawn once it is opened
            open_folded(at)
        apps.append(at)
        return at

    yield _run

