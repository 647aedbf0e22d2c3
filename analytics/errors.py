"""Errors that reach the user: a message key plus values, translated where shown."""

from __future__ import annotations

from typing import Any

from analytics.i18n import t
from analytics.literal import t_md


class CockpitError(Exception):
    """A problem the user can act on. ``key`` names a message in :mod:`analytics.i18n`."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(key)

    def message(self, lang: str = "de") -> str:
        """The message in the user's language."""
        return t(self.key, lang, **self.params)

    def markdown(self, lang: str = "de") -> str:
        """The message for a Markdown element: its values (file names, cells) shown literally."""
        return t_md(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")
