"""Headers by meaning: which canonical column a header names, from its words.

A normalised header (see :func:`analytics.ingest.columns.normalise_header`) first is looked
up in the exact synonym lists of :mod:`analytics.ingest.columns`; those matches rank first.
Otherwise its words are compared with each column's word stems:

- a stem of one word matches a header word that equals it, ends with it (the head of a German
  compound: ``Vorerfahrung`` → experience) or starts with it (``Berufsgruppe`` → profession);
  stems of three letters or fewer (``oe``) only match a whole word;
- a stem of several words (``geb jahr``) matches the same words in a row.

A header matched by stems of several columns takes the best kind of match (whole word, then
end, then start), then the column whose stem is listed first. When several headers match one
column, the exact synonym wins, then the better kind of match, then the first header; the
others are reported as ties (:func:`match_headers`) so that the user can check the choice.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# canonical -> word stems (normalised), for headers that are not exact synonyms
PEOPLE_STEMS: dict[str, tuple[str, ...]] = {
    "first_name": ("vorname", "rufname", "first name", "given name"),
    "last_name": ("nachname", "familienname", "zuname", "last name", "surname", "family name"),
    "name": ("name", "bewerber", "teilnehmer", "applicant", "participant"),
    "birth_year": ("geburtsjahr", "jahrgang", "geb jahr", "geburtsjahrgang", "birth year", "year of birth"),
    "age_band": ("altersgruppe", "altersklasse", "altersstufe", "altersspanne", "age band", "age group"),
    "age": ("alter", "age"),
    "gender": ("geschlecht", "gender"),
    "profession": ("beruf", "taetigkeit", "profession", "job", "berufsbild", "occupation"),
    "department": (
        "organisationseinheit", "dienststelle", "referat", "abteilung", "oe", "department", "sachgebiet",
        "bereich", "direktorium",
    ),
    "experience": ("erfahrung", "experience", "vorkenntnis"),
    "joined_on": ("dabei seit", "beitritt", "joined", "startdatum", "programmstart", "eintritt", "teilnahme ab",
                  "teilnahme seit", "teilnahmebeginn"),
    "left_on": ("austritt", "ausgeschieden", "teilnahme bis", "teilnahmeende", "programmende", "enddatum"),
    "cohort": ("kohorte", "welle", "cohort", "wave", "staffel"),
    "selected": ("ausgewaehlt", "auswahl", "selected", "zusage", "angenommen", "aufgenommen"),
}
POST_STEMS: dict[str, tuple[str, ...]] = {
    "date": ("datum", "date"),
    "time": ("uhrzeit",),
    "reactions": ("reaktion", "reaction", "likes"),
    "comments": ("kommentar", "comment"),
    "reposts": ("repost", "teilung"),
    "impressions": ("impression",),
    "clicks": ("klick", "click"),
    "topic": ("themen", "thema", "kampagne", "topic", "campaign"),
}
OUTCOME_STEMS: dict[str, tuple[str, ...]] = {
    "date": ("datum", "date", "eingang"),
    "type": ("anfrageart", "kategorie", "category"),
    "note": ("notiz", "bemerkung", "anmerkung", "kommentar", "note"),
}
STEMS_BY_KIND = {
    "posts": POST_STEMS,
    "roster": {k: v for k, v in PEOPLE_STEMS.items() if k != "selected"},
    "applicants": PEOPLE_STEMS,
    "outcomes": OUTCOME_STEMS,
}
# headers whose stems would mislead: work experience is not social-media experience
NOT_A_COLUMN = frozenset({"berufserfahrung", "berufsjahre", "dienstjahre"})

WHOLE, END, START = 1, 2, 3  # kinds of stem match, best first (0 is an exact synonym)


@dataclass
class HeaderMatch:
    """What a header row means: header -> column, and the headers that lost a column to another."""

    mapping: dict[str, str] = field(default_factory=dict)
    ties: dict[str, list[str]] = field(default_factory=dict)  # column -> [chosen header, other headers…]
    by_stem: set[str] = field(default_factory=set)  # headers matched by a stem, not an exact synonym


def _word_match(word: str, stem: str) -> int | None:
    if word == stem:
        return WHOLE
    if len(stem) <= 3:
        return None
    if word.endswith(stem):
        return END
    if word.startswith(stem):
        return START
    return None


def stem_match(norm: str, stem: str) -> int | None:
    """The kind of match of one stem in a normalised header (None when it does not match)."""
    words = norm.split()
    stem_words = stem.split()
    if len(stem_words) == 1:
        found = [m for m in (_word_match(w, stem) for w in words) if m is not None]
        return min(found) if found else None
    n = len(stem_words)
    for start in range(len(words) - n + 1):
        window = words[start:start + n]
        if window[:-1] == stem_words[:-1] and _word_match(window[-1], stem_words[-1]) in (WHOLE, START):
            return WHOLE
    return None


def column_for(norm: str, synonyms: dict[str, tuple[str, ...]],
               stems: dict[str, tuple[str, ...]]) -> tuple[str, tuple[int, int]] | None:
    """(column, rank) for a normalised header: exact synonyms rank (0, index), stems (kind, index)."""
    if not norm or NOT_A_COLUMN.intersection(norm.split()):
        return None
    best: tuple[str, tuple[int, int]] | None = None
    for column, names in synonyms.items():
        if norm in names:
            rank = (0, names.index(norm))
            if best is None or rank < best[1]:
                best = (column, rank)
    if best is not None:
        return best
    order = 0
    for column, column_stems in stems.items():
        for stem in column_stems:
            kind = stem_match(norm, stem)
            if kind is not None:
                rank = (kind, order)
                if best is None or rank < best[1]:
                    best = (column, rank)
            order += 1
    return best


def match_headers(headers: list[str], synonyms: dict[str, tuple[str, ...]],
                  stems: dict[str, tuple[str, ...]], normalise) -> HeaderMatch:
    """The best header for each column; losers of a column matched by stems are ties."""
    candidates: dict[str, list[tuple[tuple[int, int], int, str]]] = {}
    for position, header in enumerate(headers):
        found = column_for(normalise(header), synonyms, stems)
        if found is not None:
            column, rank = found
            candidates.setdefault(column, []).append((rank, position, header))
    result = HeaderMatch()
    for column, found in candidates.items():
        found.sort()
        rank, _position, header = found[0]
        result.mapping[header] = column
        if rank[0] > 0:
            result.by_stem.add(header)
        others = [h for _r, _p, h in found[1:] if h != header]
        if others and (rank[0] > 0 or any(r[0] == 0 for r, _p, _h in found[1:])):
            result.ties[column] = [header, *others]
    return result


def known_header(norm: str, synonyms: dict[str, tuple[str, ...]], stems: dict[str, tuple[str, ...]]) -> bool:
    """Whether a normalised header names some column (exactly or by a stem)."""
    return column_for(norm, synonyms, stems) is not None
