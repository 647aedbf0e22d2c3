"""One look: .streamlit/config.toml carries the colours of analytics/theme.py."""

from __future__ import annotations

import tomllib
from pathlib import Path

from analytics import theme
from analytics.ingest.sources import DEFAULT_MAX_UPLOAD_MB

CONFIG = Path(__file__).resolve().parent.parent / ".streamlit" / "config.toml"


def test_streamlit_theme_matches_plotly_theme() -> None:
    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))["theme"]
    assert config["primaryColor"] == theme.PRIMARY
    assert config["backgroundColor"] == theme.BACKGROUND
    assert config["secondaryBackgroundColor"] == theme.SECONDARY_BACKGROUND
    assert config["textColor"] == theme.TEXT


def test_hardening_settings() -> None:
    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    assert config["browser"]["gatherUsageStats"] is False
    assert config["client"]["showErrorDetails"] in ("none", "type")
    assert config["server"]["enableXsrfProtection"] is True
    assert config["server"]["maxUploadSize"] == DEFAULT_MAX_UPLOAD_MB == 64  # the importer's limit too
    assert config["server"]["enableAgentApi"] is False


def test_categorical_palette_is_okabe_ito() -> None:
    okabe_ito = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"}
    assert set(theme.CATEGORICAL) == okabe_ito


def test_no_work_on_the_event_loop_after_each_run() -> None:
    """Under ten clicking sessions the server stopped answering: after every script run Streamlit
    resolved the path of every loaded module for its file watcher (on the event loop) and ran a
    full garbage collection (holding the interpreter). Both are off; tests/test_browser_load.py
    is the measurement (docs/BENCHMARK.md)."""
    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    assert config["server"]["fileWatcherType"] == "none"
    assert config["server"]["runOnSave"] is False
    assert config["runner"]["postScriptGC"] is False
