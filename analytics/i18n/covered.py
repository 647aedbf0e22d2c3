"""Strings of what the data covers (analytics.covered, the coverage kind): gaps ("keine Daten"),
pauses that end where a person's data ends, the default period, joined and left, who has to export."""

STRINGS: dict[str, dict[str, str]] = {
    # what the import kind counts (never shown in a report: it is not rows of the file)
    "unit_coverage": {"de": "Abdeckung", "en": "coverage"},
    "unit_coverages": {"de": "Abdeckungen", "en": "coverages"},
    # gaps
    "cov_no_data": {"de": "keine Daten", "en": "no data"},
    "cov_month_range": {"de": "{first}–{last}", "en": "{first}–{last}"},
    "cov_gap_note": {
        "de": "Keine Daten für {months}: Für diese Monate liegt keine Datei vor – sie zählen weder als Monate ohne "
              "Beiträge noch in Durchschnitten, Teilnahme oder Pausen.",
        "en": "No data for {months}: no file covers these months – they count neither as months without posts nor "
              "in averages, participation or pauses.",
    },
    "cov_hover_no_data": {
        "de": "{name}<br>{period}<br>keine Daten (keine Datei deckt diese Zeit ab)",
        "en": "{name}<br>{period}<br>no data (no file covers this time)",
    },
    "cov_hover_without_data": {"de": "<br>dazu {n} im Programm ohne Daten", "en": "<br>plus {n} in the programme "
                                                                                  "without data"},
    # the default period
    "cov_default_period": {
        "de": "Voreinstellung: der letzte durchgehend abgedeckte Abschnitt (höchstens 12 Monate), {start} – {end}.",
        "en": "Default: the latest continuously covered stretch (at most 12 months), {start} – {end}.",
    },
    "cov_older_data": {"de": "Ältere Daten: {months}.", "en": "Older data: {months}."},
    # people without data
    "cov_people_without_data": {
        "de": "{n} Personen im Programm haben im Zeitraum keine Daten (keine Datei deckt sie ab) – sie zählen nicht "
              "als inaktiv und in keinem Durchschnitt.",
        "en": "{n} people in the programme have no data in the period (no file covers them) – they count neither as "
              "inactive nor in any average.",
    },
    "cov_people_without_data_list": {
        "de": "Keine Daten im Zeitraum ({n}): {names} – für sie liegt keine Datei vor, nicht als Pause gezählt.",
        "en": "No data in the period ({n}): {names} – no file covers them; not counted as a gap in posting.",
    },
    "cov_person_no_data": {
        "de": "Für diese Person deckt im Zeitraum keine Datei Tage ab – eine Pause lässt sich nicht messen.",
        "en": "No file covers this person in the period – a gap in posting cannot be measured.",
    },
    "cov_person_left": {"de": "ausgeschieden am {date}", "en": "left on {date}"},
    # the briefing
    "cov_briefing_without_data": {
        "de": "Für {n} weitere Personen im Programm lagen zuletzt keine Daten vor; sie sind nicht mitgezählt.",
        "en": "For {n} more people in the programme there was no data lately; they are not counted.",
    },
    "cov_category_gap": {"de": "{months}: keine Daten", "en": "{months}: no data"},
    # who has to export (the import page)
    "cov_export_title": {"de": "Wer muss exportieren?", "en": "Who has to export?"},
    "cov_cell_member": {"de": "E", "en": "E"},
    "cov_cell_sheet": {"de": "T", "en": "S"},
    "cov_cell_shares": {"de": "A", "en": "A"},
    "cov_cell_demo": {"de": "D", "en": "D"},
    "cov_cell_posts": {"de": "B", "en": "P"},
    "cov_cell_none": {"de": "?", "en": "?"},
    "cov_col_newest_export": {"de": "Neuester LinkedIn-Export", "en": "Newest LinkedIn export"},
    "cov_col_status": {"de": "Status", "en": "Status"},
    "cov_status_due": {"de": "Export fällig", "en": "Export due"},
    "cov_status_current": {"de": "aktuell", "en": "up to date"},
    "cov_status_left": {"de": "ausgeschieden am {date}", "en": "left on {date}"},
    "cov_export_legend": {
        "de": "Was jeden Monat je Person abdeckt: E = LinkedIn-Export der Person, T = Controlling-Tabelle, "
              "A = LinkedIn-Datenarchiv (Shares.csv), D = Demo, B = Beiträge ohne Angabe, was die Datei abdeckt; "
              "? = keine Daten; leer = nicht im Programm. „Export fällig“: Die Daten der Person enden mehr als "
              "{days} Tage vor heute (oder es gibt keine).",
        "en": "What covers each person's month: E = the person's LinkedIn export, S = controlling sheet, "
              "A = LinkedIn data archive (Shares.csv), D = demo, P = posts without a record of what their file "
              "covered; ? = no data; blank = not in the programme. “Export due”: the person's data ends more than "
              "{days} days before today (or there is none).",
    },
    "cov_soon_lost": {
        "de": "Bald für immer verloren: LinkedIn gibt die Statistik nur für die letzten 365 Tage heraus. Ohne Export "
              "in den nächsten Tagen fehlen diese Tage dauerhaft: {names}.",
        "en": "Soon lost for good: LinkedIn gives analytics only for the last 365 days. Without an export in the "
              "next days these days are missing for good: {names}.",
    },
    # pauses
    "cov_hover_data_until": {"de": "<br>mindestens – Daten bis {date}", "en": "<br>at least – data up to {date}"},
    "cov_at_least_short": {"de": "≥ {n}", "en": "≥ {n}"},
    "cov_days": {"de": "{n} Tage", "en": "{n} days"},
    "cov_pause_at_least": {"de": "mind. {n} Tage – Daten bis {date}", "en": "at least {n} days – data up to {date}"},
    "cov_col_data_until": {"de": "Daten bis", "en": "Data up to"},
    "cov_lost_entry": {"de": "{person} (ab {day}, verloren ab {lost})", "en": "{person} (from {day}, lost from {lost})"},
    "cov_lost_more": {"de": "und {n} weitere (in der Tabelle unten)", "en": "and {n} more (in the table below)"},
    # goals
    "goal_status_no_data": {"de": "keine Daten", "en": "no data"},
    # joined and left
    "col_left_on": {"de": "Ausgeschieden am", "en": "left"},
    "reject_left_before_joined": {
        "de": "Austritt ({left}) liegt vor dem Eintritt ({joined})",
        "en": "left ({left}) before joining ({joined})",
    },
    "roster_left_before_joined": {
        "de": "{name}: Das Austrittsdatum liegt vor dem Eintrittsdatum. Nichts wurde gespeichert.",
        "en": "{name}: the date of leaving is before the date of joining. Nothing was saved.",
    },
    "cov_joined_help": {
        "de": "Beginn der Teilnahme: Vorher zählt die Person in keinem Nenner, keinem Ziel und keiner Pausenliste.",
        "en": "Start of participation: before it the person counts in no denominator, goal or list of gaps.",
    },
    "cov_left_help": {
        "de": "Ende der Teilnahme: Danach zählt die Person in keinem Nenner, keinem Ziel und keiner Pausenliste.",
        "en": "End of participation: after it the person counts in no denominator, goal or list of gaps.",
    },
    "life_part_coverage": {"de": "Abdeckung", "en": "Coverage"},
    "record_col_left_on": {"de": "Austritt aus dem Programm", "en": "Date of leaving the programme"},
    "export_col_left_on": {"de": "Ausgeschieden am", "en": "Left on"},
    # the record of processing: the coverage table
    "record_table_coverage": {
        "de": "Was jeder Import abdeckt: für wen (eine Person, das ganze Programm, einen Beitrag, die "
              "Unternehmensseite), welche Tage und welche Kennzahlen",
        "en": "What each import covers: for whom (one person, the whole programme, one post, the company page), "
              "which days and which figures",
    },
    "record_col_scope": {"de": "Für wen ein Import gilt", "en": "Whom an import covers"},
    "record_col_first_day": {"de": "Erster abgedeckter Tag", "en": "First day covered"},
    "record_col_last_day": {"de": "Letzter abgedeckter Tag", "en": "Last day covered"},
    "record_col_figures": {"de": "Kennzahlen, die der Import liefert", "en": "Figures the import brings"},
}
