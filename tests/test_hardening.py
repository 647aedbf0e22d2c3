"""Hardening: optional login with an allow-list, a broken workspace file, no traceback on the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from apptest_helpers import open_filters, texts
from streamlit.testing.v1 import AppTest

from pages.ui.navigation import PAGES

ROOT = Path(__file__).resolve().parent.parent
AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32,
        "client_id": "cockpit", "client_secret": "secret",
        "server_metadata_url": "https://login.example.org/.well-known/openid-configuration"}


def app_with_login(monkeypatch, db: Path, user: dict, allowed: list[str] | None = None) -> AppTest:
    monkeypatch.setenv("COCKPIT_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.secrets["auth"] = AUTH
    if allowed is not None:
        at.secrets["cockpit"] = {"allowed_emails": allowed}
    at.user = user
    return at.run()


def test_login_is_asked_for_when_configured(monkeypatch, demo_db: Path) -> None:
    at = app_with_login(monkeypatch, demo_db, {"is_logged_in": False})
    assert not at.exception
    assert "Bitte melden Sie sich an, um das Cockpit zu öffnen." in texts(at)
    assert [b.label for b in at.button] == ["Anmelden"]
    assert len(at.metric) == 0


def test_allow_listed_user_sees_the_cockpit(monkeypatch, demo_db: Path) -> None:
    at = app_with_login(monkeypatch, demo_db, {"is_logged_in": True, "email": "Lead@Muenchen.de",
                                               "email_verified": True}, allowed=["lead@muenchen.de"])
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["Beiträge"] == "326"


@pytest.mark.parametrize("verified", [None, False, "false"])
def test_an_allow_listed_address_must_be_verified(monkeypatch, demo_db: Path, verified) -> None:
    """An unverified address is whatever the user typed at the identity provider."""
    user = {"is_logged_in": True, "email": "lead@muenchen.de"}
    if verified is not None:
        user["email_verified"] = verified
    at = app_with_login(monkeypatch, demo_db, user, allowed=["lead@muenchen.de"])
    assert not at.exception
    assert "Die Adresse lead@muenchen.de ist beim Anmeldedienst nicht bestätigt" in texts(at)
    assert len(at.metric) == 0


def test_user_outside_the_allow_list_is_refused(monkeypatch, demo_db: Path) -> None:
    at = app_with_login(monkeypatch, demo_db, {"is_logged_in": True, "email": "someone@example.org"},
                        allowed=["lead@muenchen.de"])
    assert not at.exception
    assert "Das Konto someone@example.org hat keinen Zugang" in texts(at)
    assert len(at.metric) == 0


def test_without_secrets_there_is_no_login(run_page, demo_db: Path) -> None:
    at = run_page(demo_db)
    assert "Anmelden" not in [b.label for b in at.button]
    assert len(at.metric) == 8


def test_broken_workspace_offers_a_new_one_and_keeps_the_old_file(run_page, tmp_path: Path) -> None:
    broken = tmp_path / "broken.duckdb"
    broken.write_bytes(b"not a database, just bytes " * 200)
    at = run_page(broken)
    assert not at.exception
    shown = texts(at)
    assert "Der Arbeitsbereich kann nicht geöffnet werden" in shown
    assert f"Die Datei {broken} ist kein lesbarer Arbeitsbereich" in shown
    at.button[0].click().run()
    kept = list(tmp_path.glob("broken.duckdb.broken-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"not a database")
    assert "Die alte Datei liegt jetzt unter" in texts(at)
    at.run()
    assert not at.exception
    # the new workspace starts with the demo cohort
    assert {m.label: m.value for m in at.metric}["Beiträge"] == "326"


def test_a_page_opened_directly_still_asks_for_the_login(monkeypatch, demo_db: Path) -> None:
    monkeypatch.setenv("COCKPIT_DB", str(demo_db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.secrets["auth"] = AUTH
    at.user = {"is_logged_in": False}
    at.run()
    at.switch_page("pages/7_Import.py").run()
    assert not at.exception
    assert "Bitte melden Sie sich an, um das Cockpit zu öffnen." in texts(at)
    assert "Import & Verlauf" not in texts(at)


def test_pages_run_inside_the_shell(run_page, demo_db: Path) -> None:
    at = run_page(demo_db, "pages/4_Inhalt.py")
    assert [c.label for c in at.sidebar.get("button_group")] == ["Sprache"]
    assert "Demo-Kohorte" in texts(at)


RBS = "Referat für Bildung und Sport"


def test_the_selection_follows_the_user_across_pages(run_page, demo_db: Path) -> None:
    """The sidebar's state survives page switches, also when Streamlit runs a page file on its own."""
    at = run_page(demo_db, params={"lang": "en"})
    open_filters(at.sidebar.toggle(key="pseudo").set_value(True).run())
    # (the demo's one cohort is no filter: choosing it would be everybody; RBS is a department of three)
    at.sidebar.multiselect(key="department").set_value([RBS]).run()
    for page, title in (("pages/1_Engagement.py", "Engagement"), ("pages/4_Inhalt.py", "Content"),
                        ("pages/0_overview.py", "Overview")):
        at.switch_page(page).run()
        assert not at.exception
        assert at.title[0].value == title
        assert (at.sidebar.toggle(key="pseudo").value, at.sidebar.multiselect(key="department").value) == (True, [RBS])
        assert dict(at.query_params) == {"lang": "en", "pseudo": "true", "department": RBS}


def test_only_public_streamlit_api() -> None:
    """No import from streamlit.runtime and no private Streamlit attribute in the app's code."""
    code = [ROOT / "app.py", *(ROOT / "pages").rglob("*.py"), *(ROOT / "analytics").rglob("*.py")]
    banned = ("streamlit.runtime", "PagesManager", "run_with_active_hash", "get_script_run_ctx", "runpy")
    assert [(path.name, word) for path in code for word in banned if word in path.read_text(encoding="utf-8")] == []


def test_no_dead_code() -> None:
    """vulture (settings in pyproject.toml) finds no unused function, class or variable in the app."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "vulture"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout) == (0, "")


@pytest.mark.parametrize("page", [path for path, _title, _url, _icon in PAGES])
def test_no_page_shows_data_before_the_login(monkeypatch, demo_db: Path, page: str) -> None:
    """Every page file, opened directly (run on its own, as right after a server start), asks for the login."""
    monkeypatch.setenv("COCKPIT_DB", str(demo_db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.secrets["auth"] = AUTH
    at.user = {"is_logged_in": False}
    at.run()
    at.switch_page(page).run()
    assert not at.exception
    assert [b.label for b in at.button] == ["Anmelden"]
    assert texts(at).splitlines() == ["Influencer Cockpit", "Bitte melden Sie sich an, um das Cockpit zu öffnen."]
    assert (len(at.metric), len(at.dataframe), len(at.get("plotly_chart")), len(at.sidebar.toggle)) == (0, 0, 0, 0)


def test_material_from_shared_is_skipped_without_it_and_fails_under_ci(monkeypatch, tmp_path: Path) -> None:
    import fixtures

    monkeypatch.setattr(fixtures, "SHARED_FIXTURES", tmp_path)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="export.xlsx is not there"):
        fixtures.shared("export.xlsx")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="export.xlsx is not there"):
        fixtures.shared("export.xlsx")
    (tmp_path / "export.xlsx").write_bytes(b"PK")
    assert fixtures.shared("export.xlsx") == tmp_path / "export.xlsx"
