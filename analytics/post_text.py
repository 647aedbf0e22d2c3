"""Facts about a post's text that the content analysis uses."""

from __future__ import annotations

import re

_TRAILING_TAGS = re.compile(r"(\s*(#\w[\w-]*|[^\w\s?.!]))+\s*$", re.UNICODE)


def text_length(text: str | None) -> int | None:
    """Length in characters, as LinkedIn counts them (None without text)."""
    return None if text is None else len(text)


def ends_with_question(text: str | None) -> bool | None:
    """True when the text's last sentence, before closing hashtags and emoji, is a question."""
    if text is None or not text.strip():
        return None
    body = _TRAILING_TAGS.sub("", text.rstrip())
    return body.rstrip().endswith("?")
