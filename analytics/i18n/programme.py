"""Strings of the programme's settings (name, organisation, hashtag) and its phases."""

STRINGS: dict[str, dict[str, str]] = {
    "programme_title": {"de": "Programm & Ziele", "en": "Programme & goals"},
    "programme_caption": {
        "de": "Name, Organisation, Hashtag und Phasen des Programms; die Ziele, an denen Überblick und Briefing es "
              "messen.",
        "en": "The programme's name, organisation, hashtag and phases; the goals the overview and the briefing "
              "measure it against.",
    },
    # the programme page's section
    "prog_section": {"de": "Programm", "en": "Programme"},
    "prog_tab_programme": {"de": "Programm & Phasen", "en": "Programme & phases"},
    "prog_tab_audience": {"de": "Publikum", "en": "Audience"},
    "prog_tab_goals": {"de": "Ziele", "en": "Goals"},
    "prog_section_help": {
        "de": "Name, Organisation, Programm-Hashtag und Phasen gelten für diesen Arbeitsbereich: Titel, Briefing "
              "(Seite, HTML, PowerPoint) und die Zeitdiagramme zeigen sie. Ein leeres Feld löscht den Eintrag.",
        "en": "Name, organisation, programme hashtag and phases belong to this workspace: titles, the briefing "
              "(page, HTML, PowerPoint) and the time charts show them. An empty field clears the entry.",
    },
    "prog_name": {"de": "Programmname", "en": "Programme name"},
    "prog_name_placeholder": {"de": "z. B. Amtfluencer", "en": "e.g. Amtfluencer"},
    "prog_organisation": {"de": "Organisation", "en": "Organisation"},
    "prog_organisation_help": {
        "de": "Leer: „{default}“ (Voreinstellung des Servers, COCKPIT_ORG, oder die der Demo).",
        "en": "Empty: “{default}” (the server's default, COCKPIT_ORG, or the demo's).",
    },
    "prog_organisation_help_none": {
        "de": "Leer: keine Organisation – Titel und Briefing nennen dann keine.",
        "en": "Empty: no organisation – titles and the briefing then name none.",
    },
    "prog_hashtag": {"de": "Programm-Hashtag", "en": "Programme hashtag"},
    "prog_hashtag_help": {
        "de": "Ein Wort, mit oder ohne #; die Seite „Inhalte“ vergleicht Beiträge mit und ohne ihn.",
        "en": "One word, with or without #; the “Content” page compares posts with and without it.",
    },
    "prog_hashtag_placeholder": {"de": "z. B. #wirfuermuenchen", "en": "e.g. #wirfuermuenchen"},
    "prog_save": {"de": "Programm speichern", "en": "Save programme"},
    "prog_saved": {"de": "Programmangaben gespeichert.", "en": "Programme details saved."},
    "prog_phases": {"de": "Phasen", "en": "Phases"},
    "prog_phases_help": {
        "de": "Zum Beispiel Pilotphase, zweite Welle: Name, von, bis (einschließlich). Phasen dürfen sich nicht "
              "überschneiden; die Zeitdiagramme hinterlegen sie grau, soweit die Daten sie abdecken. Eine Zeile "
              "löschen und speichern entfernt die Phase.",
        "en": "For example pilot, second wave: name, from, to (inclusive). Phases may not overlap; the time charts "
              "shade them grey as far as the data covers them. Delete a row and save to remove the phase.",
    },
    "prog_demo_phase": {
        "de": "{name} {start} – {end} gehört zu den Demodaten und verschwindet mit ihnen.",
        "en": "{name} {start} – {end} belongs to the demo data and goes with it.",
    },
    "prog_phase_name": {"de": "Name", "en": "Name"},
    "prog_phase_start": {"de": "Von", "en": "From"},
    "prog_phase_end": {"de": "Bis", "en": "To"},
    "prog_phases_save": {"de": "Phasen speichern", "en": "Save phases"},
    "prog_phases_saved": {"de": "Phasen gespeichert ({n}).", "en": "Phases saved ({n})."},
    "prog_phases_cleared": {"de": "Keine eigenen Phasen mehr gespeichert.", "en": "No phases of your own are stored now."},
    # errors
    "prog_phase_bad_name": {
        "de": "Jede Phase braucht einen Namen (höchstens {max} Zeichen). Nichts wurde gespeichert.",
        "en": "Every phase needs a name (at most {max} characters). Nothing was saved.",
    },
    "prog_phase_bad_date": {
        "de": "Phase „{name}“: „{value}“ ist kein Datum. Bitte Von und Bis angeben. Nichts wurde gespeichert.",
        "en": "Phase “{name}”: “{value}” is not a date. Please give from and to. Nothing was saved.",
    },
    "prog_phase_no_date": {
        "de": "Phase „{name}“: bitte Von und Bis angeben. Nichts wurde gespeichert.",
        "en": "Phase “{name}”: please give from and to. Nothing was saved.",
    },
    "prog_phase_end_before_start": {
        "de": "Phase „{name}“ endet ({end}) vor ihrem Beginn ({start}). Nichts wurde gespeichert.",
        "en": "Phase “{name}” ends ({end}) before it starts ({start}). Nothing was saved.",
    },
    "prog_phase_overlap": {
        "de": "Die Phasen „{first}“ und „{second}“ überschneiden sich; eine Phase muss enden, bevor die nächste "
              "beginnt. Nichts wurde gespeichert.",
        "en": "The phases “{first}” and “{second}” overlap; one phase must end before the next begins. Nothing "
              "was saved.",
    },
    "prog_phase_name_taken": {
        "de": "Zwei Phasen heißen „{name}“. Bitte verschiedene Namen wählen. Nichts wurde gespeichert.",
        "en": "Two phases are called “{name}”. Please choose different names. Nothing was saved.",
    },
    "prog_phase_too_many": {
        "de": "Höchstens {max} Phasen. Nichts wurde gespeichert.",
        "en": "At most {max} phases. Nothing was saved.",
    },
    "prog_hashtag_invalid": {
        "de": "„{value}“ ist kein Hashtag: ein Wort ohne Leerzeichen, z. B. #wirfuermuenchen. Nichts wurde gespeichert.",
        "en": "“{value}” is not a hashtag: one word without spaces, e.g. #wirfuermuenchen. Nothing was saved.",
    },
    # the overview's title line; the phases shaded in time charts
    "prog_header": {"de": "{name} · {organisation}", "en": "{name} · {organisation}"},
    "prog_phases_note": {"de": "Grau hinterlegt: {phases}.", "en": "Shaded grey: {phases}."},
}
