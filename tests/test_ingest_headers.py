"""Headers by meaning: word stems, exact synonyms first, ties reported; kinds of people lists."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analytics.ingest import columns as C
from analytics.ingest import headers as H

HR_HEADERS = ["Nachname", "Vorname", "Geschlecht (m/w/d)", "Berufsgruppe", "Social-Media-Erfahrung (1–5)",
              "Organisationseinheit", "Geb.-Jahr"]


def test_hr_roster_headers_by_stem() -> None:
    assert C.guess_kind(HR_HEADERS) == "roster"
    assert C.propose_mapping(HR_HEADERS, "roster") == {
        "Nachname": "last_name", "Vorname": "first_name", "Geschlecht (m/w/d)": "gender",
        "Berufsgruppe": "profession", "Social-Media-Erfahrung (1–5)": "experience",
        "Organisationseinheit": "department", "Geb.-Jahr": "birth_year",
    }


def test_issue_examples_each_name_their_column() -> None:
    examples = {
        "Berufsgruppe": "profession", "Beruf / Tätigkeit": "profession", "Geschlecht (m/w/d)": "gender",
        "Social-Media-Erfahrung (1–5)": "experience", "ausgewählt: ja/nein": "selected",
        "Auswahl (ja/nein)": "selected", "Organisationseinheit": "department", "OE": "department",
        "Dienststelle": "department", "Jahrgang": "birth_year", "Geb.-Jahr": "birth_year",
        "Vorerfahrung Social Media": "experience", "Vorname": "first_name", "Familienname": "last_name",
    }
    for header, column in examples.items():
        assert C.propose_mapping(["Name", header], "applicants").get(header) == column, header


def test_exact_synonym_ranks_before_a_stem_and_ties_are_reported() -> None:
    # 'Beruf' is an exact synonym: it wins over the stem match 'Berufsgruppe'
    match = C.match(["Name", "Berufsgruppe", "Beruf"], "roster")
    assert match.mapping == {"Name": "name", "Beruf": "profession"}
    assert "profession" not in match.ties  # an exact synonym decides, nothing to check
    # two stem matches: the whole word ('Beruf / Tätigkeit') beats the compound; the loser is a tie
    match = C.match(["Name", "Berufsgruppe", "Beruf / Tätigkeit"], "roster")
    assert match.mapping["Beruf / Tätigkeit"] == "profession"
    assert match.ties == {"profession": ["Beruf / Tätigkeit", "Berufsgruppe"]}


def test_work_experience_is_not_social_media_experience() -> None:
    assert C.propose_mapping(["Name", "Berufserfahrung (Jahre)"], "roster") == {"Name": "name"}


def test_kinds_of_people_lists() -> None:
    assert C.guess_kind(["Name", "Referat", "ausgewählt: ja/nein"]) == "applicants"
    assert C.guess_kind(["Nachname", "Vorname", "Personalnummer"]) == "roster"  # no date column needed
    assert C.guess_kind(["Datum", "Autor:in", "Likes"]) == "posts"
    assert C.guess_kind(["Eingangsdatum", "Anfrageart", "Person"]) == "outcomes"


# ---- properties --------------------------------------------------------------------------------

STEM_SPELLINGS = {
    "profession": ["Beruf", "Berufsgruppe", "Berufsbezeichnung", "Tätigkeit", "Job", "Profession"],
    "gender": ["Geschlecht", "Gender"],
    "experience": ["Erfahrung", "Social-Media-Erfahrung", "Vorerfahrung", "Medienerfahrung", "Experience"],
    "department": ["Organisationseinheit", "OE", "Dienststelle", "Referat", "Abteilung", "Department"],
    "selected": ["ausgewählt", "Auswahl", "Selected", "Zusage"],
    "birth_year": ["Jahrgang", "Geb.-Jahr", "Geburtsjahr", "Birth year"],
}
DECORATIONS = ["", " (m/w/d)", " (1–5)", ": ja/nein", " (ja/nein)", " 2024", " *", " – Angabe", " / Stand",
               " [Pflichtfeld]", " (0-10)"]


def _spell(word: str, case: str) -> str:
    return {"upper": word.upper(), "lower": word.lower(), "title": word}[case]


@settings(max_examples=200, deadline=None)
@given(column=st.sampled_from(sorted(STEM_SPELLINGS)), data=st.data())
def test_random_spellings_from_stems_match_their_column(column: str, data) -> None:
    word = data.draw(st.sampled_from(STEM_SPELLINGS[column]))
    header = (data.draw(st.sampled_from(["", "Bisherige ", "Angabe "]))
              + _spell(word, data.draw(st.sampled_from(["upper", "lower", "title"])))
              + data.draw(st.sampled_from(DECORATIONS)))
    assert C.propose_mapping(["Name", header], "applicants").get(header) == column, header


# letters that cannot spell any stem's word: no stem is built from these alone
UNRELATED = "bcfhkpqvwxyz"


def _no_stem_inside(header: str) -> bool:
    norm = C.normalise_header(header)
    stems = [s for kind in H.STEMS_BY_KIND.values() for names in kind.values() for s in names]
    synonyms = [s for kind in C.SYNONYMS_BY_KIND.values() for names in kind.values() for s in names]
    return not any(s in norm for s in stems + synonyms)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.text(alphabet=UNRELATED, min_size=1, max_size=12), min_size=1, max_size=4),
       separator=st.sampled_from([" ", "-", "_", " / ", ": "]))
def test_random_unrelated_headers_match_nothing(words: list[str], separator: str) -> None:
    header = separator.join(words)
    if not _no_stem_inside(header):
        return
    for kind in ("posts", "roster", "applicants", "outcomes"):
        assert C.propose_mapping([header], kind) == {}, (kind, header)
    assert C.header_score([header]) == 0


@settings(max_examples=100, deadline=None)
@given(header=st.sampled_from(["Telefon", "E-Mail", "Personalnummer", "Zimmer", "Kostenstelle", "Notfallkontakt",
                               "Lieblingsfarbe", "Dienstwagen", "Parkplatz", "Raum", "Bemerkungsfeld Intern"]))
def test_everyday_unrelated_hr_headers_match_nothing(header: str) -> None:
    assert C.propose_mapping(["Name", header], "roster") == {"Name": "name"}


@settings(max_examples=100, deadline=None)
@given(order=st.permutations(["Name", "Beruf", "Berufsgruppe", "Tätigkeitsbereich"]))
def test_the_exact_synonym_wins_in_any_column_order(order: list[str]) -> None:
    mapping = C.propose_mapping(order, "roster")
    assert mapping["Beruf"] == "profession"
    assert "Berufsgruppe" not in mapping
