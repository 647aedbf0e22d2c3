"""Text from files, URLs and the environment shown literally, wherever it is shown.

Streamlit renders Markdown (with KaTeX, colour and icon directives, links and images) in
``st.markdown``, captions, alerts, toasts, titles, metric labels and help, widget labels and
help texts and button labels; Plotly renders a subset of HTML (``<a href>``, ``<span style>``,
``<br>``, entities) in every label and hover text. A value that comes from outside the
cockpit passes through one of these helpers on its way there, so a name like
``![x](http://elsewhere/)`` or ``<a href=…>`` is shown as the characters it is.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from analytics.i18n import t

# Every ASCII punctuation character may be backslash-escaped in CommonMark; escaping all of
# them also stops what Streamlit adds on top ($ for KaTeX, :red[...], :material/...:) and
# entities such as &#47;.
_MARKDOWN_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
_LINE_BREAKS = re.compile(r"[\r\n\t\v\f\u2028\u2029\x85]+")
# Streamlit also turns plain text into links and emoji after parsing (GFM autolinks for
# http://…, www.… and a@b.c; :shortcodes:), so escaping alone is not enough there: an invisible
# word joiner after a ':' or '@' that something follows directly ('http:…', ':smile:', 'a@b') and
# between 'www' and '.' breaks those patterns. A ':' before a space ('Geschlecht: 16') starts no
# link or emoji and stays as typed, so the text can still be found and copied as it reads.
_AUTOLINK_BREAKS = re.compile(r"(?<=[:@])(?=\S)|(?<=www)(?=\.)", re.IGNORECASE)
WORD_JOINER = "\u2060"
# Unicode categories that change how text around them looks or are not seen at all: controls,
# format characters (bidi overrides and isolates, zero-width characters), surrogates, private use,
# line and paragraph separators
_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Zl", "Zp"}
_PLOTLY_SPECIAL = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def escaped_controls(text: str) -> str:
    r"""``text`` with every control, format and line-separator character written as its escape
    (``\u202e``): a right-to-left override, a zero-width space or a line break in a file name
    shows as what it is, so ``\u202egpj.csv`` cannot pose as ``vsc.jpg``."""
    return "".join(_escape(char) if unicodedata.category(char) in _INVISIBLE else char for char in text)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def md_literal(value: Any) -> str:
    """``value`` as Markdown that renders to exactly its characters (line breaks become spaces,
    so a value cannot start a heading, list or code block; an invisible word joiner follows a
    ':' or '@' that is not followed by white space, so nothing in it becomes a link or an emoji)."""
    text = _AUTOLINK_BREAKS.sub(WORD_JOINER, _LINE_BREAKS.sub(" ", str(value)))
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)


def md_params(params: dict[str, Any]) -> dict[str, Any]:
    """Message parameters with every text escaped by :func:`md_literal` (numbers stay numbers)."""
    return {key: md_literal(value) if isinstance(value, str) else value for key, value in params.items()}


def t_md(key: str, lang: str, **params: Any) -> str:
    """The message ``key`` for a Markdown element, its text parameters shown literally."""
    return t(key, lang, **md_params(params))


def plotly_literal(value: Any) -> Any:
    """A text value for a Plotly label or hover text, shown literally (other values unchanged)."""
    if not isinstance(value, str):
        return value
    return "".join(_PLOTLY_SPECIAL.get(char, char) for char in value)


def web_link(url: Any) -> str | None:
    """The URL if it is an ``https://`` link to a host, else None (no ``javascript:``, ``data:``
    or relative links in a table of posts)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    return url if re.match(r"https://[^\s/?#@]+(?:[/?#]\S*)?$", url, re.IGNORECASE) else None
