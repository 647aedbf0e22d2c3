"""Header recognition: localised and gender-inclusive headers to canonical column names.

Every importer speaks in canonical names (``date``, ``author``, ``reactions`` …, ``name``,
``gender`` …). A header is normalised (case, umlauts, punctuation, gender-inclusive endings
such as ``:in``, ``*innen``, ``/-in``, ``(in)`` or the Binnen-I) and looked up in the synonym
lists below. The first synonym listed for a column ranks highest when a file has two
candidates (a page export has both "Impressions" and "Views": impressions wins).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata

from analytics.ingest import headers as H

POST_COLUMNS = (
    "date", "time", "author", "link", "text", "reactions", "comments", "reposts",
    "impressions", "clicks", "media_type", "topic",
)
COUNT_COLUMNS = ("reactions", "comments", "reposts", "impressions", "clicks")
PEOPLE_COLUMNS = (
    "name", "birth_year", "age", "age_band", "gender", "profession", "department",
    "experience", "joined_on", "left_on", "cohort", "selected", "first_name", "last_name",
)
OUTCOME_COLUMNS = ("date", "type", "person", "note")
ALL_COLUMNS = tuple(dict.fromkeys(POST_COLUMNS + PEOPLE_COLUMNS + OUTCOME_COLUMNS))
# each column's name for people (mapping dialog, preview, the reason of a rejected row)
COLUMN_TEXT_KEYS = {
    "date": "col_date", "time": "col_time", "author": "col_author", "link": "col_link", "text": "col_text",
    "reactions": "col_reactions", "comments": "col_comments", "reposts": "col_reposts",
    "impressions": "col_impressions", "clicks": "col_clicks", "engagements": "col_engagements",
    "media_type": "col_media_type", "topic": "col_topic",
    "name": "col_name", "birth_year": "col_birth_year", "age": "col_age", "age_band": "col_age_band",
    "gender": "col_gender", "profession": "col_profession", "department": "col_department",
    "experience": "col_experience", "joined_on": "col_joined_on", "left_on": "col_left_on",
    "cohort": "col_cohort",
    "selected": "col_selected", "first_name": "col_first_name", "last_name": "col_last_name",
    "type": "col_type", "person": "col_person", "note": "col_note",
    "followers": "col_followers", "new_followers": "col_new_followers",
    # the figures only LinkedIn's single-post export has, named as on the engagement page
    "members_reached": "eng_kpi_members_reached", "saves": "eng_kpi_saves", "sends": "eng_kpi_sends",
    "profile_viewers": "eng_kpi_profile_viewers", "followers_gained": "eng_kpi_followers_gained",
    "link_engagements": "eng_kpi_link_engagements",
}

# canonical -> synonyms (already in normalised form, see normalise_header), best first
POST_SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": (
        "datum", "date", "veroeffentlicht am", "veroeffentlicht", "veroeffentlichungsdatum",
        "post publish date", "publish date", "published", "published at", "published on",
        "created date", "created", "erstellt am", "posting date", "post date", "gepostet am",
        "datum der veroeffentlichung", "tag",
    ),
    "time": ("uhrzeit", "zeit", "time", "post publish time", "publish time", "posting time"),
    "author": (
        "autor", "name", "influencer", "corporate influencer", "mitarbeiter", "verfasser",
        "posted by", "author", "ersteller", "person", "profil", "profile",
    ),
    "link": (
        "link", "url", "post url", "post link", "link zum beitrag", "link zum post",
        "beitragslink", "sharelink", "permalink", "beitrags url",
    ),
    "text": (
        "text", "beitragstext", "inhalt", "post title", "sharecommentary", "post text",
        "beitrag", "posttext", "content", "commentary", "titel",
    ),
    "reactions": (
        "likes", "gefaellt mir", "reaktionen", "reactions", "gefaellt mir angaben", "like",
    ),
    "comments": ("kommentare", "comments", "comment", "anzahl kommentare"),
    "reposts": ("reposts", "shares", "geteilt", "repost", "teilungen", "weitergeteilt"),
    "impressions": ("impressionen", "impressions", "views", "aufrufe", "ansichten", "reichweite"),
    "clicks": ("klicks", "clicks", "klick"),
    "media_type": (
        "medientyp", "media type", "content type", "format", "beitragsart", "typ des beitrags",
        "post type medium", "medium",
    ),
    # a team's own category of the post in its controlling sheet (kept as the post's topic)
    "topic": (
        "thema", "themenfeld", "kampagne", "serie", "topic", "themen", "themenbereich", "themencluster",
        "rubrik", "campaign", "series", "content pillar", "kategorie", "category",
    ),
}

PEOPLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "vollstaendiger name", "full name", "influencer", "person", "mitarbeiter",
        "vor und nachname", "bewerber", "applicant", "teilnehmer", "participant",
    ),
    "first_name": ("vorname", "first name", "given name"),
    "last_name": ("nachname", "familienname", "last name", "surname"),
    "birth_year": ("geburtsjahr", "jahrgang", "birth year", "year of birth", "born"),
    "age": ("alter", "age", "alter in jahren"),
    "age_band": (
        "altersgruppe", "altersklasse", "age band", "age group", "altersspanne", "age range",
    ),
    "gender": ("geschlecht", "gender", "sex", "geschlecht m w d"),
    "profession": ("beruf", "profession", "berufsbild", "job", "job title", "taetigkeit", "position"),
    "department": (
        "referat", "abteilung", "department", "dienststelle", "bereich", "organisationseinheit",
        "team",
    ),
    "experience": (
        "social media erfahrung", "erfahrung", "social media experience", "experience",
        "vorerfahrung", "erfahrung mit social media", "linkedin erfahrung",
    ),
    # the start and the end of a person's participation in the programme
    "joined_on": (
        "dabei seit", "beigetreten", "beitritt", "joined", "joined on", "joined date",
        "start", "startdatum", "eintritt", "seit", "eintritt ins programm", "eintritt programm", "beginn",
        "teilnahme ab", "teilnahme seit", "teilnahme von", "programmstart", "start date", "joined programme",
        "joined program", "participation from", "participant since", "member since",
    ),
    "left_on": (
        "austritt", "ausgeschieden", "ausgeschieden am", "ende", "teilnahme bis", "austritt aus dem programm",
        "austrittsdatum", "enddatum", "programmende", "bis", "left", "left on", "left date", "end", "end date",
        "until", "participation until", "left programme", "left program",
    ),
    "cohort": ("kohorte", "welle", "cohort", "wave", "jahrgang programm", "staffel", "runde"),
    "selected": (
        "ausgewaehlt", "selected", "auswahl", "zusage", "angenommen", "accepted", "aufgenommen",
        "ausgewaehlt ja nein", "auswahl ja nein",
    ),
}

OUTCOME_SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": ("datum", "date", "eingang", "eingegangen am", "received", "am"),
    "type": ("typ", "art", "type", "kategorie", "category", "anfrageart", "art der anfrage", "ergebnis"),
    "person": (
        "person", "influencer", "name", "autor", "mitarbeiter", "betrifft", "zugeordnet",
        "who",
    ),
    "note": ("notiz", "note", "bemerkung", "kommentar", "anmerkung", "beschreibung", "notes", "details"),
}

SYNONYMS_BY_KIND = {
    "posts": POST_SYNONYMS,
    "roster": {k: v for k, v in PEOPLE_SYNONYMS.items() if k != "selected"},
    "applicants": PEOPLE_SYNONYMS,
    "outcomes": OUTCOME_SYNONYMS,
}

_GENDER_SUFFIX = re.compile(r"(?<=\w)(?::|\*|_|/-?|\(|·|\u2010|')(?:in|innen)\)?(?![\w])", re.I)
# 'AutorIn', 'AutorInnen'; not the 'In' of 'LinkedIn'
_BINNEN_I = re.compile(r"(?<=[a-zäöüß])(?<![Ll][Ii][Nn][Kk][Ee][Dd])In(?:nen)?(?![a-zäöüß])")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def fold_umlauts(text: str) -> str:
    """'müller' -> 'mueller', 'straße' -> 'strasse' (lower case in, lower case out)."""
    return text.translate(_UMLAUTS)


def normalise_header(header: object) -> str:
    """'Autor:in' -> 'autor', 'Veröffentlicht (am)' -> 'veroeffentlicht am', 'Post URL' -> 'post url'."""
    text = unicodedata.normalize("NFC", str(header or "")).strip()
    text = _GENDER_SUFFIX.sub("", text)
    text = _BINNEN_I.sub("", text)
    text = fold_umlauts(text.casefold())
    text = re.sub(r"[^\w]+", " ", text).replace("_", " ")
    return re.sub(r"\s+", " ", text).strip()


def header_signature(headers: list[str]) -> str:
    """A key for remembering a user's mapping of a file's header row."""
    joined = "\x1f".join(normalise_header(h) for h in headers)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()  # noqa: S324 - not security relevant


def match(headers: list[str], kind: str) -> H.HeaderMatch:
    """What each header means for a file of this kind (exact synonyms first, then word stems)."""
    return H.match_headers(headers, SYNONYMS_BY_KIND[kind], H.STEMS_BY_KIND[kind], normalise_header)


def propose_mapping(headers: list[str], kind: str) -> dict[str, str]:
    """header -> canonical column for the headers that can be recognised (best match per column)."""
    return match(headers, kind).mapping


def guess_kind(headers: list[str]) -> str:
    """posts, roster, applicants or outcomes, from which columns a header row has."""
    norms = [normalise_header(h) for h in headers]

    def columns(kind: str) -> set[str]:
        found = (H.column_for(n, SYNONYMS_BY_KIND[kind], H.STEMS_BY_KIND[kind]) for n in norms)
        return {f[0] for f in found if f is not None}

    post_columns = columns("posts")
    post_specific = bool(post_columns & {"link", "text", "reactions", "comments", "reposts", "impressions", "clicks"})
    people = columns("applicants")
    named = "name" in people or {"first_name", "last_name"} <= people or "last_name" in people
    if "selected" in people and not post_specific:
        return "applicants"
    outcomes = columns("outcomes")
    if {"type", "date"} <= outcomes and not post_specific:
        return "outcomes"
    attributes = people & {"birth_year", "age", "age_band", "gender", "profession", "department", "experience",
                           "cohort", "joined_on", "left_on"}
    if named and not post_specific and (attributes or "date" not in post_columns):
        return "roster"
    return "posts"


def header_score(headers: list[str]) -> int:
    """How many cells of a row look like known headers (to find the header row)."""
    score = 0
    for header in headers:
        norm = normalise_header(header)
        if norm and any(H.known_header(norm, SYNONYMS_BY_KIND[kind], H.STEMS_BY_KIND[kind])
                        for kind in SYNONYMS_BY_KIND):
            score += 1
    return score


def mapping_json(mapping: dict[str, str | None]) -> str:
    return json.dumps(mapping, ensure_ascii=False, sort_keys=True)


# ---- vocabularies for roster, applicants and outcomes -------------------------------------

OUTCOME_VALUES = {
    "internship_inquiry": (
        "internship inquiry", "internship", "praktikumsanfrage", "praktikum", "anfrage praktikum",
        "internship request", "praktikumsplatz",
    ),
    "job_application": (
        "job application", "bewerbung", "application", "jobanfrage", "stellenanfrage",
        "job inquiry", "bewerbungen", "initiativbewerbung",
    ),
    "speaker_request": (
        "speaker request", "vortragsanfrage", "speaker anfrage", "speakeranfrage", "vortrag",
        "speaker", "redneranfrage", "keynote", "talk",
    ),
    "podcast_request": ("podcast request", "podcast anfrage", "podcastanfrage", "podcast"),
    "press": ("press", "presse", "presseanfrage", "press inquiry", "press request", "medienanfrage", "media"),
}
def lookup(value: str, table: dict[str, tuple[str, ...]]) -> str | None:
    """The canonical code of a free-text value (None when unknown)."""
    norm = normalise_header(value)
    for code, names in table.items():
        if norm in names or norm == code.replace("_", " "):
            return code
    return None
