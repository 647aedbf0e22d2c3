"""ingest strings: key -> {"de": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
    # refusals: the file is not imported at all
    "import_empty": {
        "de": "„{file}“ ist leer: Die Datei enthält keine Daten.",
        "en": "“{file}” is empty: the file contains no data.",
    },
    "import_no_rows": {
        "de": "„{file}“ enthält eine Kopfzeile, aber keine Datenzeilen.",
        "en": "“{file}” has a header row but no data rows.",
    },
    "import_unclosed_quote": {
        "de": "„{file}“, Zeile {line}: Ein Feld beginnt mit einem Anführungszeichen (\"), das bis zum Ende der "
              "Datei (Zeile {last}) nicht mehr geschlossen wird; alles danach würde als Teil dieses einen Feldes "
              "gelesen, die folgenden Zeilen gingen verloren. Bitte das Anführungszeichen in Zeile {line} "
              "schließen oder entfernen. Importiert wurde nichts.",
        "en": "“{file}”, line {line}: a field opens with a quote mark (\") that is not closed until the end of "
              "the file (line {last}); everything after it would be read as part of that one field, and the "
              "following rows would be lost. Please close or remove the quote mark in line {line}. Nothing "
              "was imported.",
    },
    "import_one_line": {
        "de": "„{file}“ ist keine Tabelle: Die Datei ({size_mb} MB) hat in den ersten {sample_kb} KB keinen "
              "Zeilenumbruch, eine Tabelle hat für jede Zeile einen. (Eine Datei in einer einzigen Zeile, etwa "
              "mit verlorenen Zeilenenden?)",
        "en": "“{file}” is not a table: the file ({size_mb} MB) has no line break in its first {sample_kb} KB, "
              "where a table has one per row. (A file in one single line, its line ends lost?)",
    },
    "import_not_a_table": {
        "de": "„{file}“ ist keine Tabelle (CSV oder Excel-Datei .xlsx) und kann nicht importiert werden.",
        "en": "“{file}” is not a table (CSV or Excel .xlsx file) and cannot be imported.",
    },
    "import_no_date_column": {
        "de": "„{file}“ hat keine Datumsspalte. Erkannte Spalten: {columns}. Bitte ordnen Sie eine Spalte "
              "dem Datum zu.",
        "en": "“{file}” has no date column. Recognised columns: {columns}. Please map a column to the date.",
    },
    "import_no_name_column": {
        "de": "„{file}“ hat keine Spalte mit Namen. Bitte ordnen Sie eine Spalte dem Namen zu.",
        "en": "“{file}” has no name column. Please map a column to the name.",
    },
    "import_no_type_column": {
        "de": "„{file}“ hat keine Spalte mit der Art des Ergebnisses (z. B. Bewerbung, Presse).",
        "en": "“{file}” has no column with the type of outcome (e.g. job application, press).",
    },
    "import_too_large": {
        "de": "„{file}“ ist {size_mb} MB groß; erlaubt sind höchstens {limit_mb} MB.",
        "en": "“{file}” is {size_mb} MB; the limit is {limit_mb} MB.",
    },
    "import_unreadable": {
        "de": "„{file}“ kann nicht gelesen werden ({detail}).",
        "en": "“{file}” cannot be read ({detail}).",
    },
    "import_macros": {
        "de": "„{file}“ enthält Makros und wird aus Sicherheitsgründen nicht geöffnet. Bitte als "
              "Excel-Arbeitsmappe (.xlsx) ohne Makros speichern.",
        "en": "“{file}” contains macros and is not opened for safety. Please save it as an Excel "
              "workbook (.xlsx) without macros.",
    },
    "import_unsafe_xlsx": {
        "de": "„{file}“ ist keine gewöhnliche Excel-Datei (verdächtig stark gepackt oder mit "
              "XML-Entitäten) und wird aus Sicherheitsgründen nicht geöffnet.",
        "en": "“{file}” is not an ordinary Excel file (suspiciously compressed or with XML "
              "entities) and is not opened for safety.",
    },
    "import_unsupported_excel": {
        "de": "„{file}“ ist eine binäre Excel-Arbeitsmappe (.xlsb). Bitte als .xlsx oder CSV speichern.",
        "en": "“{file}” is a binary Excel workbook (.xlsb). Please save it as .xlsx or CSV.",
    },
    "import_author_required": {
        "de": "„{file}“: Bitte die Person angeben, von der die Beiträge stammen.",
        "en": "“{file}”: please name the person whose posts these are.",
    },
    "import_author_required_suggested": {
        "de": "„{file}“: Bitte die Person angeben, von der die Beiträge stammen (Vorschlag: {author}).",
        "en": "“{file}”: please name the person whose posts these are (suggestion: {author}).",
    },
    # appended by ``python -m analytics import`` to the two messages above
    "import_author_cli_hint": {
        "de": "Befehlszeile: --author NAME",
        "en": "command line: --author NAME",
    },
    "import_strict_rejected": {
        "de": "„{file}“ wurde nicht importiert, weil {count} Zeile(n) nicht gelesen werden konnten "
              "(strenger Modus). Erste: Zeile {line}: {reason}",
        "en": "“{file}” was not imported because {count} row(s) could not be read (strict mode). "
              "First: line {line}: {reason}",
    },
    "import_duplicate_key": {
        "de": "Der Import wurde zurückgenommen: Der Beitrag mit dem Schlüssel {post_key} wäre doppelt im Arbeitsbereich.",
        "en": "The import was rolled back: the post with key {post_key} would be in the workspace twice.",
    },
    "import_nothing_to_undo": {
        "de": "Es gibt keinen Import, der rückgängig gemacht werden kann.",
        "en": "There is no import to undo.",
    },
    "import_undo_newer": {
        "de": "„{file}“ wurde nicht rückgängig gemacht: Inzwischen ist „{newer}“ importiert worden, und nur der neueste Import lässt sich zurücknehmen. Die Liste zeigt jetzt den Stand.",
        "en": "“{file}” was not undone: “{newer}” has been imported since, and only the newest import can be taken back. The list now shows the current state.",
    },
    "import_bad_mapping": {
        "de": "Die Spaltenzuordnung nennt eine unbekannte Spalte: {column}.",
        "en": "The column mapping names an unknown column: {column}.",
    },
    # progress steps of an import (shown under the progress bar), in the order they are reported
    "ingest_step_detect": {"de": "Datei wird erkannt …", "en": "Recognising the file …"},
    "ingest_step_read": {"de": "Zeilen werden gelesen …", "en": "Reading rows …"},
    "ingest_step_parse": {"de": "Werte werden geprüft …", "en": "Checking values …"},
    "ingest_step_upsert": {"de": "Daten werden abgeglichen …", "en": "Matching with the workspace …"},
    "ingest_step_done": {"de": "Fertig", "en": "Done"},
    # reasons for rejected rows
    "reject_missing_date": {"de": "Datum fehlt", "en": "date is missing"},
    "reject_bad_date": {
        "de": "Datum „{value}“ ist kein gültiges Datum",
        "en": "date “{value}” is not a valid date",
    },
    "reject_bad_time": {
        "de": "Uhrzeit „{value}“ ist keine gültige Uhrzeit",
        "en": "time “{value}” is not a valid time",
    },
    "reject_missing_author": {"de": "Autor:in fehlt", "en": "author is missing"},
    "reject_negative": {
        "de": "{column}: „{value}“ ist negativ",
        "en": "{column}: “{value}” is negative",
    },
    "reject_not_a_number": {
        "de": "{column}: „{value}“ ist keine ganze Zahl",
        "en": "{column}: “{value}” is not a whole number",
    },
    "reject_too_large": {
        "de": "{column}: „{value}“ ist zu groß",
        "en": "{column}: “{value}” is too large",
    },
    "reject_missing_name": {"de": "Name fehlt", "en": "name is missing"},
    "reject_bad_value": {
        "de": "{column}: „{value}“ ist kein bekannter Wert (erlaubt: {allowed})",
        "en": "{column}: “{value}” is not a known value (allowed: {allowed})",
    },
    "reject_bad_year": {
        "de": "{column}: „{value}“ ist kein plausibles Jahr oder Alter",
        "en": "{column}: “{value}” is not a plausible year or age",
    },
    "reject_missing_type": {"de": "Art fehlt", "en": "type is missing"},
    # column names in reasons and on the mapping dialog
    "col_date": {"de": "Datum", "en": "date"},
    "col_time": {"de": "Uhrzeit", "en": "time"},
    "col_author": {"de": "Autor:in", "en": "author"},
    "col_link": {"de": "Link", "en": "link"},
    "col_text": {"de": "Text", "en": "text"},
    "col_reactions": {"de": "Reaktionen", "en": "reactions"},
    "col_comments": {"de": "Kommentare", "en": "comments"},
    "col_reposts": {"de": "Reposts", "en": "reposts"},
    "col_impressions": {"de": "Impressionen", "en": "impressions"},
    "col_clicks": {"de": "Klicks", "en": "clicks"},
    "col_engagements": {"de": "Interaktionen", "en": "engagements"},
    "col_media_type": {"de": "Medientyp", "en": "media type"},
    "col_name": {"de": "Name", "en": "name"},
    "col_birth_year": {"de": "Geburtsjahr", "en": "birth year"},
    "col_age": {"de": "Alter", "en": "age"},
    "col_age_band": {"de": "Altersgruppe", "en": "age band"},
    "col_gender": {"de": "Geschlecht", "en": "gender"},
    "col_profession": {"de": "Beruf", "en": "profession"},
    "col_department": {"de": "Referat", "en": "department"},
    "col_experience": {"de": "Social-Media-Erfahrung", "en": "social-media experience"},
    "col_joined_on": {"de": "Dabei seit", "en": "joined"},
    "col_cohort": {"de": "Welle", "en": "cohort"},
    "col_selected": {"de": "Ausgewählt", "en": "selected"},
    "col_type": {"de": "Art", "en": "type"},
    "col_person": {"de": "Person", "en": "person"},
    "col_note": {"de": "Notiz", "en": "note"},
    "col_followers": {"de": "Follower", "en": "followers"},
    "col_new_followers": {"de": "Neue Follower", "en": "new followers"},
    # formats and kinds
    "format_controlling_csv": {"de": "Controlling-Tabelle (CSV)", "en": "controlling sheet (CSV)"},
    "format_controlling_xlsx": {"de": "Controlling-Tabelle (Excel)", "en": "controlling sheet (Excel)"},
    "format_linkedin_member_analytics": {
        "de": "LinkedIn-Inhaltsanalyse eines Profils (XLSX)",
        "en": "LinkedIn member content analytics (XLSX)",
    },
    "format_linkedin_single_post": {
        "de": "LinkedIn-Analyse eines Beitrags (XLSX)", "en": "LinkedIn single-post analytics (XLSX)",
    },
    "format_linkedin_page_export": {
        "de": "LinkedIn-Unternehmensseite: Beiträge (XLS/XLSX)",
        "en": "LinkedIn company-page content export (XLS/XLSX)",
    },
    "format_linkedin_shares": {
        "de": "LinkedIn-Datenarchiv: Shares.csv", "en": "LinkedIn data archive: Shares.csv",
    },
    "format_roster": {"de": "Kaderliste", "en": "roster"},
    "format_applicants": {"de": "Bewerbungen", "en": "applicants"},
    "format_outcomes": {"de": "Ergebnisse", "en": "outcomes"},
    "kind_posts": {"de": "Beiträge", "en": "posts"},
    "kind_roster": {"de": "Kaderliste", "en": "roster"},
    "kind_applicants": {"de": "Bewerbungen", "en": "applicants"},
    "kind_outcomes": {"de": "Ergebnisse", "en": "outcomes"},
    # HR lists: Vorname/Nachname, refusing a file of only rejected rows, the report's warnings
    "col_first_name": {"de": "Vorname", "en": "first name"},
    "col_last_name": {"de": "Nachname", "en": "last name"},
    "import_all_rejected": {
        "de": "„{file}“ wird nicht importiert: Keine der {count} Datenzeilen konnte gelesen werden. "
              "Erste Gründe: {reasons}",
        "en": "“{file}” is not imported: none of its {count} data rows could be read. First reasons: {reasons}",
    },
    "import_reason_at": {"de": "Zeile {line}: {reason}", "en": "line {line}: {reason}"},
    "warn_values_not_understood": {
        "de": "{column}: {n} Werte nicht erkannt: {values}. Diese Angaben bleiben unbekannt.",
        "en": "{column}: {n} values not understood: {values}. These stay unknown.",
    },
    "warn_more_values": {"de": "und {n} weitere", "en": "and {n} more"},
    "warn_attribute_unknown": {
        "de": "{column} ist für {unknown} von {total} Personen unbekannt.",
        "en": "{column} is unknown for {unknown} of {total} people.",
    },
    "warn_attribute_no_column": {
        "de": "{column} ist für {unknown} von {total} Personen unbekannt: Keine Spalte dafür erkannt. "
              "Ordnen Sie eine Spalte zu, wenn die Datei sie enthält.",
        "en": "{column} is unknown for {unknown} of {total} people: no column for it was recognised. "
              "Map a column if the file has one.",
    },
    "warn_experience_scale": {
        "de": "Erfahrung als Zahl auf der Skala {scale} gelesen: {rule}.",
        "en": "Experience read as a number on the scale {scale}: {rule}.",
    },
    "experience_rule_0–3": {
        "de": "0 = keine, 1 = gering, 2 = mittel, 3 = hoch",
        "en": "0 = none, 1 = low, 2 = medium, 3 = high",
    },
    "experience_rule_1–5": {
        "de": "1 = keine, 2 = gering, 3 = mittel, 4 und 5 = hoch",
        "en": "1 = none, 2 = low, 3 = medium, 4 and 5 = high",
    },
    "experience_rule_0–10": {
        "de": "0 = keine, 1–3 = gering, 4–6 = mittel, 7–10 = hoch",
        "en": "0 = none, 1–3 = low, 4–6 = medium, 7–10 = high",
    },
    "warn_header_tie": {
        "de": "Für {column} passen mehrere Spalten: verwendet wird „{chosen}“, nicht {others}. "
              "Bitte prüfen Sie die Zuordnung.",
        "en": "Several columns fit {column}: “{chosen}” is used, not {others}. Please check the mapping.",
    },
    "warn_sheet_skipped": {
        "de": "Blatt „{sheet}“ übersprungen: keine Tabelle mit den Spalten von „{first}“.",
        "en": "Sheet “{sheet}” skipped: no table with the columns of “{first}”.",
    },
    "warn_totals_rows": {
        "de": "{n} Summenzeilen (Summe, Gesamt, Durchschnitt …) nicht importiert ({lines}).",
        "en": "{n} totals rows (sum, total, average …) not imported ({lines}).",
    },
    "warn_sheet_line": {"de": "„{sheet}“ Zeile {line}", "en": "“{sheet}” line {line}"},
    "warn_line": {"de": "Zeile {line}", "en": "line {line}"},
    "sheet_rows": {"de": "Blatt „{sheet}“: {rows} Zeilen, davon {rejected} abgelehnt",
                   "en": "Sheet “{sheet}”: {rows} rows, {rejected} of them rejected"},
    "reject_month_only": {
        "de": "Datum „{value}“ nennt nur einen Monat, keinen Tag",
        "en": "date “{value}” names a month only, not a day",
    },
    "reject_ambiguous_number": {
        "de": "{column}: „{value}“ ist mehrdeutig (Tausenderpunkt oder Komma?) und wird nicht geraten",
        "en": "{column}: “{value}” is ambiguous (thousands separator or decimal point?) and is not guessed",
    },
    "warn_separator_rows": {
        "de": "{n} Trennzeilen mit nur einem Monat (z. B. „März 2023“) übersprungen ({lines}).",
        "en": "{n} separator rows holding only a month (e.g. “March 2023”) skipped ({lines}).",
    },
    "warn_authors_from_sheets": {
        "de": "Keine Spalte mit der Person: Jedes Blatt gilt als Beiträge der Person, nach der es heißt ({names}).",
        "en": "No column with the person: each sheet is taken as the posts of the person it is named for ({names}).",
    },
    "attr_known": {"de": "{column}: {known} von {total} erkannt", "en": "{column}: {known} of {total} recognised"},
    "attr_no_column": {"de": "(keine Spalte erkannt)", "en": "(no column recognised)"},
    "attr_not_understood": {"de": "{n} Werte nicht erkannt: {values}", "en": "{n} values not understood: {values}"},
    "import_told_apart": {
        "de": "{n} Beiträge ohne Link, Text und Uhrzeit, die dieselbe Person am selben Tag veröffentlicht hat, wurden nach ihrer Reihenfolge in der Datei unterschieden (erneuter Import derselben Datei erkennt sie wieder).",
        "en": "{n} posts without link, text and time published by the same person on the same day were told apart by their order in the file (importing the same file again recognises them).",
    },
    "import_xlsx_sheets": {
        "de": "„{file}“ wird nicht gelesen: Die Arbeitsmappe hat {n} Tabellenblätter, erlaubt sind höchstens {max}.",
        "en": "“{file}” is not read: the workbook has {n} sheets, at most {max} are allowed.",
    },
    "import_xlsx_unpacked": {
        "de": "„{file}“ wird nicht gelesen: Entpackt wäre die Arbeitsmappe über {mb} MB groß, erlaubt sind höchstens {max_mb} MB.",
        "en": "“{file}” is not read: unpacked, the workbook would be over {mb} MB, at most {max_mb} MB are allowed.",
    },
    "import_xlsx_cells": {
        "de": "„{file}“ wird nicht gelesen: Das Blatt „{sheet}“ reicht über {millions} Millionen Zellen (bis zur letzten verwendeten Zelle), erlaubt sind höchstens {max_millions} Millionen. Bitte nur den Bereich mit Daten speichern.",
        "en": "“{file}” is not read: the sheet “{sheet}” spans over {millions} million cells (up to its last used cell), at most {max_millions} million are allowed. Please save only the range with data.",
    },
    "import_xlsx_slow": {
        "de": "„{file}“ wird nicht gelesen: Schon die Prüfung der Arbeitsmappe dauerte länger als {seconds} Sekunden.",
        "en": "“{file}” is not read: checking the workbook alone took longer than {seconds} seconds.",
    },
    "kind_page_followers": {"de": "Follower der Unternehmensseite", "en": "company-page followers"},
    "format_linkedin_page_followers": {
        "de": "LinkedIn-Unternehmensseite: Follower (XLS/XLSX)",
        "en": "LinkedIn company-page followers export (XLS/XLSX)",
    },
    "import_linkedin_visitors": {
        "de": "„{file}“ ist der Besucher-Export einer LinkedIn-Unternehmensseite (Seitenaufrufe, Besucher) "
              "und enthält keine Beiträge. Bitte stattdessen den Beitrags-Export "
              "(„…_content_….xls“) oder den Follower-Export („…_followers_….xls“) der Seite nehmen.",
        "en": "“{file}” is a LinkedIn company page's visitors export (page views, visitors) and holds no "
              "posts. Please take the page's content export (“…_content_….xls”) or its followers export "
              "(“…_followers_….xls”) instead.",
    },
    "import_linkedin_reactions": {
        "de": "„{file}“ ist Reactions.csv aus dem LinkedIn-Datenarchiv: die eigenen Reaktionen auf Beiträge "
              "anderer, keine eigenen Beiträge. Bitte stattdessen Shares.csv aus demselben Archiv nehmen.",
        "en": "“{file}” is Reactions.csv from the LinkedIn data archive: the member's reactions to others' "
              "posts, not their own posts. Please take Shares.csv from the same archive instead.",
    },
    "import_linkedin_comments": {
        "de": "„{file}“ ist Comments.csv aus dem LinkedIn-Datenarchiv: die eigenen Kommentare unter Beiträgen "
              "anderer, keine eigenen Beiträge. Bitte stattdessen Shares.csv aus demselben Archiv nehmen.",
        "en": "“{file}” is Comments.csv from the LinkedIn data archive: the member's comments on others' "
              "posts, not their own posts. Please take Shares.csv from the same archive instead.",
    },
    "import_warn_possible_duplicate": {
        "de": "Zeile {line}: Der Beitrag {post_key} ist vielleicht derselbe wie {candidates} (gleiche Person, "
              "gleicher Tag, andere LinkedIn-ID); beide bleiben erhalten.",
        "en": "Line {line}: post {post_key} may be the same as {candidates} (same person, same day, another "
              "LinkedIn id); both are kept.",
    },
    "import_warn_unused_sheets": {
        "de": "Nicht übernommen (das Cockpit wertet sie nicht aus): Blätter {sheets}.",
        "en": "Not taken over (the cockpit does not analyse them): sheets {sheets}.",
    },
    "import_warn_unused_lines": {
        "de": "Nicht übernommen: Blatt „{sheet}“, Zeilen {lines} (weitere Kennzahlen).",
        "en": "Not taken over: sheet “{sheet}”, lines {lines} (other figures).",
    },
    "import_warn_demographic_lines": {
        "de": "Nicht übernommen: Blatt „{sheet}“, Zeilen {lines} – keine Zeile aus Kategorie, Wert und Anteil "
              "(z. B. „Standorte; München; 38 %“).",
        "en": "Not taken over: sheet “{sheet}”, lines {lines} – not a row of category, value and share "
              "(such as “Locations; Munich; 38%”).",
    },
    # what each kind of rows an import brought, in its own words ("7 Beiträge neu, 2 aktualisiert · 90
    # Follower-Tage neu"): the first count names the unit
    "count_new": {"de": "{n} neu", "en": "{n} new"},
    "count_new_unit": {"de": "{n} {unit} neu", "en": "{n} new {unit}"},
    "count_updated": {"de": "{n} aktualisiert", "en": "{n} updated"},
    "count_updated_unit": {"de": "{n} {unit} aktualisiert", "en": "{n} {unit} updated"},
    "count_unchanged": {"de": "{n} unverändert", "en": "{n} unchanged"},
    "count_unchanged_unit": {"de": "{n} {unit} unverändert", "en": "{n} {unit} unchanged"},
    "count_known_as_author": {"de": "{n} bereits als Autor:in bekannt und ergänzt",
                              "en": "{n} already known as authors and completed"},
    "count_known_as_author_unit": {"de": "{n} {unit} bereits als Autor:in bekannt und ergänzt",
                                   "en": "{n} {unit} already known as authors and completed"},
    "count_none": {"de": "{n} {unit}", "en": "{n} {unit}"},
    "count_rejected_one": {"de": "{n} Zeile abgelehnt", "en": "{n} row rejected"},
    "count_rejected_other": {"de": "{n} Zeilen abgelehnt", "en": "{n} rows rejected"},
    "unit_entry": {"de": "Eintrag", "en": "entry"},
    "unit_entries": {"de": "Einträge", "en": "entries"},
    "unit_post": {"de": "Beitrag", "en": "post"},
    "unit_posts": {"de": "Beiträge", "en": "posts"},
    "unit_page_post": {"de": "Beitrag der Unternehmensseite", "en": "company-page post"},
    "unit_page_posts": {"de": "Beiträge der Unternehmensseite", "en": "company-page posts"},
    "unit_person": {"de": "Person", "en": "person"},
    "unit_people": {"de": "Personen", "en": "people"},
    "unit_application": {"de": "Bewerbung", "en": "application"},
    "unit_applications": {"de": "Bewerbungen", "en": "applications"},
    "unit_outcome": {"de": "Ergebnis", "en": "outcome"},
    "unit_outcomes": {"de": "Ergebnisse", "en": "outcomes"},
    "unit_follower_day": {"de": "Follower-Tag", "en": "follower day"},
    "unit_follower_days": {"de": "Follower-Tage", "en": "follower days"},
    "unit_page_follower_day": {"de": "Follower-Tag der Unternehmensseite", "en": "company-page follower day"},
    "unit_page_follower_days": {"de": "Follower-Tage der Unternehmensseite", "en": "company-page follower days"},
    "unit_audience_window": {"de": "Publikums-Zeitraum", "en": "audience window"},
    "unit_audience_windows": {"de": "Publikums-Zeiträume", "en": "audience windows"},
    "unit_activity_day": {"de": "Aktivitätstag des Profils", "en": "profile activity day"},
    "unit_activity_days": {"de": "Aktivitätstage des Profils", "en": "profile activity days"},
    "unit_post_audience": {"de": "Beitrags-Publikum", "en": "post audience"},
    "unit_post_audiences": {"de": "Beitrags-Publika", "en": "post audiences"},
    "count_demographic_values": {"de": "{n} demografische Werte", "en": "{n} demographic values"},
}
