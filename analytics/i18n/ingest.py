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
    "kind_followers": {"de": "Follower", "en": "followers"},
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
        "de": "Nicht übernommen: Blatt „{sheet}“, Zeilen {lines} (weitere Kennzahlen und Demografie).",
        "en": "Not taken over: sheet “{sheet}”, lines {lines} (other figures and demographics).",
    },
}
