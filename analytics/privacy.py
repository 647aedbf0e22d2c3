"""Pseudonyms, names in free text, and the staff-council access log.

**Pseudonym numbers.** Each person has a stored ``pseudonym_no``: the people of a workspace are
"Person 01" … "Person n". A person keeps their number across sessions, filters, imports and
exports. New people are numbered after the existing ones, among themselves in the order of a
hash of their name key, so the numbers reveal neither the alphabetical order of the names nor
the order of the rows in an imported file. When people leave the workspace (erasure, an undone
import, the demo removed), the numbers are closed up so they stay 1 … n: the person with the
highest number takes the freed number (one person changes, not everyone after the gap); each
such move is recorded (:func:`pseudonym_moves`) and shown on the import page — never silent.

**Names in free text.** :class:`NameRedactor` replaces every spelling of a roster name that a
reader could recognise — the full name, the first name alone, the surname alone, in any case,
with extra or no spaces or hyphens, with umlauts written out (ä/ae, ö/oe, ü/ue, ß/ss), without
accents, and with a genitive s ("Annas") — by the person's pseudonym. A name part that two
people share (two Annas) becomes ``[Name]``, since either pseudonym could be wrong.
"""

from __future__ import annotations

import getpass
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import unquote

import duckdb

from analytics import settings, store
from analytics.errors import CockpitError
from analytics.filters import Filters
from analytics.i18n import t

SHARED_NAME = "[Name]"
OPENING = 80  # characters of a post's opening in the lists of outcomes and posts to choose from
MOVES_KEY = "pseudonym_moves"
MAX_MOVES_KEPT = 50
# name particles that are no name on their own (and short parts) are not replaced alone
PARTICLES = frozenset({"von", "van", "der", "den", "dem", "zu", "zum", "zur", "de", "la", "le", "del", "da", "di",
                       "dos", "das", "ten", "ter", "vom", "und", "and"})
MIN_PART = 2  # short surnames (Au, Li, Ng) are names too
_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue"}
_DIAERESIS = "\u0308"


# ---------------------------------------------------------------- pseudonym numbers
def number_pseudonyms(cur: duckdb.DuckDBPyConnection) -> list[tuple[int, int]]:
    """Give every person a number 1 … n (inside the caller's transaction); return the moves made.

    Numbers above n (left by people who are gone) move into the gaps, highest first into the
    lowest gap; people without a number get the next ones, in the order of ``md5(name_key)``.
    """
    total, numbered, highest = cur.execute(
        "SELECT count(*), count(pseudonym_no), coalesce(max(pseudonym_no), 0) FROM influencers"
    ).fetchone()
    if total == numbered == highest:
        return []
    moves: list[tuple[int, int]] = []
    if highest > numbered:
        taken = [row[0] for row in cur.execute(
            "SELECT pseudonym_no FROM influencers WHERE pseudonym_no IS NOT NULL ORDER BY pseudonym_no"
        ).fetchall()]
        present = set(taken)
        gaps = [n for n in range(1, numbered + 1) if n not in present]
        above = sorted((n for n in taken if n > numbered), reverse=True)
        for old, new in zip(above, gaps, strict=True):
            cur.execute("UPDATE influencers SET pseudonym_no = ? WHERE pseudonym_no = ?", [new, old])
            moves.append((old, new))
        _record_moves(cur, moves)
    cur.execute(
        """
        UPDATE influencers SET pseudonym_no = fresh.n
        FROM (SELECT influencer_id, ? + row_number() OVER (ORDER BY md5(name_key), influencer_id) AS n
              FROM influencers WHERE pseudonym_no IS NULL) AS fresh
        WHERE influencers.influencer_id = fresh.influencer_id
        """,
        [numbered],
    )
    return moves


def _record_moves(cur: duckdb.DuckDBPyConnection, moves: list[tuple[int, int]]) -> None:
    if not moves:
        return
    kept = pseudonym_moves(cur)
    at = datetime.now().replace(microsecond=0).isoformat(sep=" ")
    kept.extend({"at": at, "from": old, "to": new} for old, new in moves)
    store.set_meta(cur, MOVES_KEY, json.dumps(kept[-MAX_MOVES_KEPT:]))


def pseudonym_moves(cur: duckdb.DuckDBPyConnection) -> list[dict]:
    """The pseudonym numbers that changed because people left: ``{"at", "from", "to"}``, oldest first."""
    raw = store.get_meta(cur, MOVES_KEY)
    try:
        return list(json.loads(raw)) if raw else []
    except ValueError:
        return []


# ---------------------------------------------------------------- names in free text
def fold(text: str) -> tuple[str, list[int]]:
    """``text`` folded for matching (case, umlauts written out, accents dropped) and, for each
    folded character, the index of the original character it came from."""
    out: list[str] = []
    owner: list[int] = []
    previous_base = ""
    for index, char in enumerate(text):
        for piece in char.casefold():  # ß -> ss
            if piece in _UMLAUTS:
                mapped = _UMLAUTS[piece]
            elif piece == _DIAERESIS and previous_base in "aou" and previous_base:
                mapped = "e"  # a decomposed ä (a + U+0308)
            else:
                decomposed = unicodedata.normalize("NFD", piece)
                mapped = "".join(c for c in decomposed if not unicodedata.combining(c))
                if decomposed and decomposed[0] in "aou" and _DIAERESIS in decomposed:
                    mapped = decomposed[0] + "e"
            out.append(mapped)
            owner.extend([index] * len(mapped))
            previous_base = mapped[-1:] if mapped else previous_base
    return "".join(out), owner


def _variants(folded: str) -> set[str]:
    """A folded name part and its spelling with umlauts as plain vowels (Müller: mueller, muller)."""
    return {folded, re.sub(r"([aou])e", r"\1", folded)}


def _parts(name: str) -> list[str]:
    return [part for part in re.split(r"[\s\-_.,]+", fold(name or "")[0]) if part]


@dataclass(frozen=True)
class NameRedactor:
    """Replaces the names of a roster inside free text; build once per export with :meth:`build`."""

    pattern: re.Pattern[str] | None
    replacements: dict[str, str]

    @classmethod
    def build(cls, people: Iterable[tuple[str, str]]) -> NameRedactor:
        """``people``: (real name, pseudonym) pairs."""
        replacements: dict[str, str] = {}
        owners: dict[str, set[str]] = {}
        full: dict[str, str] = {}
        for name, alias in people:
            parts = _parts(name)
            if not parts:
                continue
            # the full name with any spacing (none, several spaces, a hyphen, a dot) between parts
            for variant_parts in _part_variants(parts):
                full[r"[\s\-_.]*".join(re.escape(p) for p in variant_parts)] = alias
            for part in parts:
                if len(part) < MIN_PART or part in PARTICLES:
                    continue
                for variant in _variants(part):
                    owners.setdefault(re.escape(variant), set()).add(alias)
        for regex, aliases in owners.items():
            replacements[regex] = next(iter(aliases)) if len(aliases) == 1 else SHARED_NAME
        replacements.update(full)  # a full name is one person's even where a part is shared
        if not replacements:
            return cls(None, {})
        # longest first, so "Anna Müller" is one pseudonym, not two
        ordered = sorted(replacements, key=len, reverse=True)
        groups = "|".join(f"(?P<n{index}>{regex})" for index, regex in enumerate(ordered))
        pattern = re.compile(rf"(?<!\w)(?:{groups})(?:s|'s|’s|')?(?!\w)")
        return cls(pattern, {f"n{index}": replacements[regex] for index, regex in enumerate(ordered)})

    def __call__(self, text: object) -> object:
        """``text`` with every recognisable name replaced; anything that is not text unchanged."""
        if not isinstance(text, str) or not text or self.pattern is None:
            return text
        folded, owner = fold(text)
        pieces: list[str] = []
        last = 0
        for match in self.pattern.finditer(folded):
            start, end = owner[match.start()], owner[match.end() - 1] + 1
            if start < last:
                continue
            pieces.append(text[last:start])
            pieces.append(self.replacements[match.lastgroup])
            last = end
        pieces.append(text[last:])
        return "".join(pieces)


def _part_variants(parts: list[str]) -> list[list[str]]:
    """Every combination of the umlaut spellings of the parts (a name has few parts)."""
    combos: list[list[str]] = [[]]
    for part in parts:
        combos = [[*done, variant] for done in combos for variant in sorted(_variants(part))]
    return combos


ROSTER_SQL = "SELECT i.name, {pseudonym} FROM influencers i"


def roster_redactor(cur: duckdb.DuckDBPyConnection) -> NameRedactor:
    """A :class:`NameRedactor` for everyone in the workspace (a text may name any colleague)."""
    selection = Filters(pseudonymise=True)
    return NameRedactor.build(cur.execute(ROSTER_SQL.format(pseudonym=selection.name_sql("i"))).fetchall())


def renamed_texts(cur: duckdb.DuckDBPyConnection, values: Iterable[object]) -> dict[str, str]:
    """Of ``values`` (topics, hashtags …), those that name someone of the roster, each with its
    pseudonymised text: what a grouping by these values must show instead."""
    redact = roster_redactor(cur)
    renamed = {}
    for value in values:
        if isinstance(value, str) and (shown := redact(value)) != value:
            renamed[value] = shown
    return renamed


def renaming_sql(expression: str, renamed: dict[str, str]) -> tuple[str, list[list[str]]]:
    """SQL for the value of ``expression`` as shown, with :func:`renamed_texts`' replacements, and
    its parameters (the expression itself, without parameters, when nothing is renamed). Grouping
    by it merges values that become the same text."""
    if not renamed:
        return expression, []
    return (f"coalesce(map_extract_value(MAP(?::VARCHAR[], ?::VARCHAR[]), {expression}), {expression})",
            [list(renamed), list(renamed.values())])


def shortened(text: object, length: int, redact: NameRedactor | None = None, mark: str = "") -> str:
    """The start of a post's text (at most ``length`` characters, ``mark`` ending a cut one), with
    names replaced *before* it is cut when ``redact`` is given — so that no name is cut into a
    recognisable piece ("Katharina Brunnh")."""
    whole = str(text) if isinstance(text, str) else ""
    if redact is not None:
        whole = str(redact(whole))
    if len(whole) <= length:
        return whole
    return whole[:length - len(mark)].rstrip() + mark if mark else whole[:length]


# LinkedIn's id of a post inside its link (the link may be URL-encoded): activity, share or ugcPost
_POST_ID = re.compile(r"(activity|share|ugcpost)[:-]([0-9]{6,})", re.IGNORECASE)
_ID_KINDS = {"activity": "activity", "share": "share", "ugcpost": "ugcPost"}
POST_LINK = "https://www.linkedin.com/feed/update/urn:li:{kind}:{id}/"


def pseudonymous_link(url: object) -> str | None:
    """A post's link without its author's profile name: LinkedIn's link by the post's id alone
    (``…/feed/update/urn:li:activity:<id>/``), or None when the link carries no id — a link such as
    ``…/posts/maximilian-obermaier-4711_…`` names its author in the slug."""
    if not isinstance(url, str):
        return None
    found = _POST_ID.search(unquote(url))
    if found is None:
        return None
    return POST_LINK.format(kind=_ID_KINDS[found.group(1).lower()], id=found.group(2))


# ---------------------------------------------------------------- staff-council mode and its access log
# The views of named individuals' results that staff-council mode closes (view id -> string key).
NAMED_VIEW_TEXT_KEYS = {
    "people_selection": "privacy_view_people_selection",
    "frequency_people": "privacy_view_frequency_people",
    "engagement_people": "privacy_view_engagement_people",
    "engagement_top_posts": "privacy_view_engagement_top_posts",
    "impact_outcomes": "privacy_view_impact_outcomes",
    "support_person": "privacy_view_support_person",
    "data_exports": "privacy_view_data_exports",
    "access_export": "privacy_view_access_export",
}
# The files with named data that a download (app) or an export (command line) hands out.
NAMED_FILE_TEXT_KEYS = {
    "export_posts": "privacy_file_export_posts",
    "export_influencers": "privacy_file_export_influencers",
    "export_outcomes": "privacy_file_export_outcomes",
    "briefing_html": "privacy_file_briefing_html",
    "briefing_pptx": "privacy_file_briefing_pptx",
    "access_xlsx": "privacy_file_access_xlsx",
    "access_json": "privacy_file_access_json",
}
# what the access log records, with its words for people
ACTION_TEXT_KEYS = {"open": "privacy_action_open", "download": "privacy_action_download",
                    "export": "privacy_action_export", "mode_on": "privacy_action_mode_on",
                    "mode_off": "privacy_action_mode_off"}
ACTIONS = tuple(ACTION_TEXT_KEYS)
WITH_PURPOSE = ("open", "download", "export")  # the actions that hand out named data: never without a purpose
MAX_PURPOSE = 300
ACCESS_LOG = """
SELECT logged_at, user_email, action, view, purpose FROM access_log ORDER BY access_id DESC
"""


def view_label(view: str, lang: str) -> str:
    """A view's or a file's name for people (its id when it is declared in neither
    :data:`NAMED_VIEW_TEXT_KEYS` nor :data:`NAMED_FILE_TEXT_KEYS`)."""
    if view in NAMED_VIEW_TEXT_KEYS:
        return t(NAMED_VIEW_TEXT_KEYS[view], lang)
    if view in NAMED_FILE_TEXT_KEYS:
        return t(NAMED_FILE_TEXT_KEYS[view], lang)
    return view


def log_access(cur: duckdb.DuckDBPyConnection, action: str, user: str | None, view: str | None = None,
               purpose: str | None = None) -> None:
    """One row of the access log (inside the caller's transaction): never figures, only who, what, why."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    purpose = (purpose or "").strip() or None
    if action in WITH_PURPOSE and not purpose:
        raise CockpitError("privacy_purpose_missing")
    cur.execute(
        "INSERT INTO access_log (user_email, action, view, purpose) VALUES (?, ?, ?, ?)",
        [user, action, view, purpose[:MAX_PURPOSE] if purpose else None],
    )


def council_mode(cur: duckdb.DuckDBPyConnection) -> bool:
    """True while staff-council mode is on (read from the workspace as it is now)."""
    return bool(settings.get(cur, "staff_council_mode"))


def set_staff_council_mode(cur: duckdb.DuckDBPyConnection, on: bool, user: str | None) -> bool:
    """Switch staff-council mode (inside the caller's transaction); the switch is logged. True when it changed."""
    if council_mode(cur) == bool(on):
        return False
    settings.put(cur, "staff_council_mode", bool(on))
    log_access(cur, "mode_on" if on else "mode_off", user)
    return True


def access_log(cur: duckdb.DuckDBPyConnection):
    """The access log, newest first (a DataFrame: logged_at, user_email, action, view, purpose)."""
    return cur.execute(ACCESS_LOG).df()


def logged_download(cur: duckdb.DuckDBPyConnection, build: Callable[[], bytes], file: str, user: str | None,
                    purpose: str | None) -> bytes:
    """A download of named data in the app, built by ``build()``: in staff-council mode its
    access-log row for ``file`` (see :data:`NAMED_FILE_TEXT_KEYS`) is committed before the file is
    handed out — and without a purpose nothing is (``privacy_purpose_missing``)."""
    payload = build()
    if council_mode(cur):
        with store.transaction(cur):
            log_access(cur, "download", user, file, purpose)
    return payload


# ---------------------------------------------------------------- the command line's exports
def command_line_user() -> str | None:
    """Who runs the command line: the operating system's login name (None when it cannot be told)."""
    try:
        return getpass.getuser() or None
    except (OSError, KeyError, ImportError):  # no login name in the environment nor the user database
        return None


def require_purpose(cur: duckdb.DuckDBPyConnection, purpose: str | None) -> None:
    """Command line: in staff-council mode an export of named data needs ``--purpose``; refused
    (``cli_purpose_required``, nothing written) without one."""
    if council_mode(cur) and not (purpose or "").strip():
        raise CockpitError("cli_purpose_required")


def log_export(cur: duckdb.DuckDBPyConnection, file: str, purpose: str | None) -> None:
    """Command line: in staff-council mode, the export of ``file`` is written to the access log
    (committed before the file is written), with the login name and the stated purpose."""
    require_purpose(cur, purpose)
    if council_mode(cur):
        with store.transaction(cur):
            log_access(cur, "export", command_line_user(), file, purpose)
