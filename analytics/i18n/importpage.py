"""import and people page strings (upload, history, backup; roster, erasure): key -> {"de": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
    "imp_upload_expired": {
        "de": "„{file}“ wurde länger nicht bearbeitet und deshalb vom Server gelöscht. Bitte die Datei noch "
              "einmal hochladen.",
        "en": "“{file}” was left alone for a while and so deleted from the server. Please upload it again.",
    },
    "imp_title": {"de": "Import & Verlauf", "en": "Import & history"},
    "imp_caption": {
        "de": "Exporte hochladen, jede Datei vor dem Import prüfen und bestätigen, Importe zurücknehmen, den "
              "Arbeitsbereich sichern oder zurücksetzen.",
        "en": "Upload exports, check and confirm each file before importing it, undo imports, back up or reset "
              "the workspace.",
    },
    "people_title": {"de": "Personen", "en": "People"},
    "people_caption": {
        "de": "Den Kader von Hand pflegen; eine Person mit allen ihren Daten löschen (DSGVO), mit ihrer Auskunft "
              "daneben.",
        "en": "Maintain the roster by hand; delete one person with all their data (GDPR), with their "
              "right-of-access export beside it.",
    },
    # uploads
    "imp_upload_header": {"de": "Dateien importieren", "en": "Import files"},
    "imp_upload": {
        "de": "Dateien hierher ziehen oder auswählen (mehrere möglich)",
        "en": "Drag files here or browse (several at once)",
    },
    "imp_upload_help": {
        "de": "Eigene Controlling-Tabellen (CSV oder Excel), LinkedIn-Exporte (Inhaltsanalyse eines Profils, "
              "Analyse eines Beitrags, Beiträge einer Unternehmensseite, Shares.csv aus dem Datenarchiv), "
              "Kaderliste, Bewerbungen und Ergebnisse. Jede Datei wird zuerst geprüft; importiert wird erst, "
              "wenn Sie bestätigen.",
        "en": "Your own controlling sheets (CSV or Excel), LinkedIn exports (member content analytics, "
              "single-post analytics, company-page posts, Shares.csv from the data archive), roster, "
              "applicants and outcomes. Each file is checked first; nothing is imported until you confirm.",
    },
    "imp_upload_limits": {
        "de": "Bis {mb} MB je Datei; Dateitypen {types}. Die Beschriftung im Feld („Upload“, „per file“) stammt "
              "von Streamlit und lässt sich nicht übersetzen.",
        "en": "Up to {mb} MB per file; file types {types}.",
    },
    "imp_remove_demo": {"de": "Demodaten vorher entfernen", "en": "Remove the demo data first"},
    "imp_remove_demo_help": {
        "de": "Der Arbeitsbereich enthält noch die Demo-Kohorte. Beim ersten Import echter Daten wird sie "
              "entfernt, damit sich Demo- und echte Zahlen nicht mischen.",
        "en": "The workspace still holds the demo cohort. It is removed with the first import of real data, "
              "so that demo and real figures do not mix.",
    },
    "imp_detected": {"de": "Erkannt: **{format}**", "en": "Recognised: **{format}**"},
    "imp_detected_kind": {"de": "Erkannt: **{format}** – Inhalt: {kind}",
                          "en": "Recognised: **{format}** – content: {kind}"},
    "imp_required_missing": {
        "de": "Es fehlt eine Spalte für: {columns}. Bitte ordnen Sie oben unter „Spaltenzuordnung“ die passende "
              "Spalte zu.",
        "en": "A column is missing for: {columns}. Please choose the matching column under “Column mapping” "
              "above.",
    },
    "imp_sheet": {"de": "Tabellenblatt „{sheet}“", "en": "sheet “{sheet}”"},
    "imp_header_line": {"de": "Kopfzeile in Zeile {line}", "en": "header in row {line}"},
    "imp_preview": {
        "de": "Vorschau: die ersten {n} Zeilen, so wie sie gelesen werden",
        "en": "Preview: the first {n} rows as they are read",
    },
    "imp_mapping": {"de": "Spaltenzuordnung", "en": "Column mapping"},
    "imp_mapping_help": {
        "de": "Welche Spalte der Datei enthält was? Nicht benötigte Spalten auf „(ignorieren)“ lassen. Eine "
              "geänderte Zuordnung wird beim Import gespeichert und für Dateien mit denselben Spalten "
              "wieder vorgeschlagen.",
        "en": "Which column of the file holds what? Leave columns you do not need on “(ignore)”. A changed "
              "mapping is saved with the import and proposed again for files with the same columns.",
    },
    "imp_mapping_twice": {
        "de": "Mehrfach zugeordnet: {columns}. Verwendet wird jeweils die erste Spalte.",
        "en": "Mapped more than once: {columns}. The first column is used for each.",
    },
    "imp_ignore": {"de": "(ignorieren)", "en": "(ignore)"},
    "imp_author": {"de": "Von wem sind diese Beiträge?", "en": "Whose posts are these?"},
    "imp_author_placeholder": {"de": "Name wählen oder eintippen", "en": "Choose or type a name"},
    "imp_author_proposed": {
        "de": "Vorschlag aus dem Dateinamen: {name}. Wählen Sie eine Person aus dem Kader oder tippen Sie "
              "einen Namen ein.",
        "en": "Suggested by the file name: {name}. Choose a person from the roster or type a name.",
    },
    "imp_author_help": {
        "de": "Diese Datei nennt keine Autor:in. Wählen Sie eine Person aus dem Kader oder tippen Sie einen "
              "Namen ein.",
        "en": "This file names no author. Choose a person from the roster or type a name.",
    },
    "imp_author_needed": {
        "de": "Bitte wählen Sie oben, von wem die Beiträge sind; danach erscheint der Prüfbericht.",
        "en": "Please choose above whose posts these are; the check report appears after that.",
    },
    "imp_report_title": {
        "de": "**Prüfbericht:** {rows} Zeilen gelesen. Beim Import würden sich ergeben:",
        "en": "**Check report:** {rows} rows read. Importing would give:",
    },
    # a kind's counts as tiles, named in its unit (plural): "Neue Beiträge", "Neue Follower-Tage"
    "imp_tile_new": {"de": "Neue {unit}", "en": "New {unit}"},
    "imp_tile_updated": {"de": "Aktualisierte {unit}", "en": "Updated {unit}"},
    "imp_tile_unchanged": {"de": "Unveränderte {unit}", "en": "Unchanged {unit}"},
    "imp_tile_known_as_author": {"de": "Als Autor:in bekannt, ergänzt", "en": "Known as authors, completed"},
    "imp_tile_rejected": {"de": "Abgelehnte Zeilen", "en": "Rejected rows"},
    "imp_rejected_note": {
        "de": "{n} Zeile(n) können nicht gelesen werden und werden übersprungen (Gründe unten). Die übrigen "
              "Zeilen werden importiert, wenn Sie bestätigen – oder verwerfen Sie die Datei, korrigieren sie "
              "und laden sie erneut hoch.",
        "en": "{n} row(s) cannot be read and will be skipped (reasons below). The other rows are imported "
              "when you confirm – or discard the file, correct it and upload it again.",
    },
    "imp_col_line": {"de": "Zeile", "en": "Row"},
    "imp_col_reason": {"de": "Grund", "en": "Reason"},
    "imp_dry_note": {
        "de": "Noch ist nichts gespeichert. Ein erneuter Import derselben Datei verdoppelt nichts.",
        "en": "Nothing is saved yet. Importing the same file again duplicates nothing.",
    },
    "imp_dry_note_posts": {
        "de": "Beiträge werden an ihrem Link erkannt; ein neuerer Export aktualisiert nur ihre Zahlen.",
        "en": "Posts are recognised by their link; a newer export only updates their figures.",
    },
    "imp_unmapped": {
        "de": "Nicht zugeordnete Spalten (werden ignoriert): {headers}. Ändern unter „Spaltenzuordnung“.",
        "en": "Columns not mapped (ignored): {headers}. Change this under “Column mapping”.",
    },
    "imp_confirm": {"de": "Importieren bestätigen", "en": "Confirm import"},
    "imp_discard": {"de": "Verwerfen", "en": "Discard"},
    "imp_dismiss": {"de": "Ausblenden", "en": "Dismiss"},
    "imp_discarded": {"de": "„{file}“ wurde verworfen, nichts wurde importiert.",
                      "en": "“{file}” was discarded; nothing was imported."},
    "imp_done": {"de": "„{file}“ importiert: {counts}.", "en": "“{file}” imported: {counts}."},
    "imp_batch_done": {"de": "{n} Dateien importiert:", "en": "{n} files imported:"},
    "imp_batch_line": {"de": "- „{file}“: {counts}", "en": "- “{file}”: {counts}"},
    # history
    "imp_tab_history": {"de": "Importverlauf", "en": "Import history"},
    "imp_history_empty": {"de": "Es wurde noch nichts importiert.", "en": "Nothing has been imported yet."},
    "imp_col_time": {"de": "Zeitpunkt", "en": "Time"},
    "imp_col_file": {"de": "Datei", "en": "File"},
    "imp_col_format": {"de": "Format", "en": "Format"},
    "imp_col_kind": {"de": "Inhalt", "en": "Content"},
    "imp_col_rows": {"de": "Zeilen", "en": "Rows"},
    "imp_col_counts": {"de": "Ergebnis", "en": "Result"},
    "imp_col_checksum": {"de": "Prüfsumme", "en": "Checksum"},
    "imp_col_undone": {"de": "Rückgängig gemacht", "en": "Undone"},
    "imp_yes": {"de": "ja", "en": "yes"},
    "imp_format_demo": {"de": "Demodaten", "en": "demo data"},
    "imp_checksum_note": {
        "de": "Die Prüfsumme (SHA-256, gekürzt) zeigt, ob zweimal dieselbe Datei importiert wurde.",
        "en": "The checksum (SHA-256, shortened) shows whether the same file was imported twice.",
    },
    "imp_undo_what": {
        "de": "Letzter Import: „{file}“ vom {time}. Rückgängig machen entfernt, was er hinzugefügt hat, und "
              "stellt die Zahlen wieder her, die er geändert hat.",
        "en": "Last import: “{file}” of {time}. Undoing it removes what it added and restores the figures "
              "it changed.",
    },
    "imp_undo_sure": {"de": "Ja, diesen Import zurücknehmen", "en": "Yes, take this import back"},
    "imp_undo": {"de": "Letzten Import rückgängig machen", "en": "Undo the last import"},
    "imp_undone": {"de": "Der Import von „{file}“ wurde rückgängig gemacht.",
                   "en": "The import of “{file}” was undone."},
    # roster
    "imp_tab_roster": {"de": "Kader bearbeiten", "en": "Edit roster"},
    "imp_pseudo_note": {
        "de": "Namen sind pseudonymisiert. Diese Verwaltungsseite zeigt echte Namen – nur einblenden, wenn "
              "niemand mitschaut.",
        "en": "Names are pseudonymised. This admin page shows real names – reveal them only when nobody is "
              "watching.",
    },
    "imp_show_names": {"de": "Namen anzeigen", "en": "Show names"},
    "imp_roster_empty": {"de": "Im Arbeitsbereich ist noch niemand erfasst.",
                         "en": "Nobody is in the workspace yet."},
    "imp_roster_help": {
        "de": "Zellen anklicken und ändern, dann speichern. Personen ohne Häkchen bei „Im Kader“ sind nur "
              "als Autor:innen von Beiträgen bekannt. Eine Person löschen Sie im Reiter „Person löschen "
              "(DSGVO)“.",
        "en": "Click a cell, change it, then save. People without a tick in “In roster” are known only as "
              "authors of posts. To delete a person, use the tab “Delete person (GDPR)”.",
    },
    "imp_col_in_roster": {"de": "Im Kader", "en": "In roster"},
    "imp_in_roster_help": {
        "de": "Gehört zum Kader des Programms (zählt für Kadergröße und Vielfalt).",
        "en": "Belongs to the programme's roster (counts for roster size and diversity).",
    },
    "imp_roster_save": {"de": "Änderungen speichern", "en": "Save changes"},
    "imp_roster_saved": {"de": "Gespeichert: {n} Person(en) geändert.", "en": "Saved: {n} person(s) changed."},
    "roster_name_missing": {"de": "Jede Person braucht einen Namen.", "en": "Every person needs a name."},
    "roster_name_taken": {
        "de": "Der Name „{name}“ ist schon vergeben (Groß-/Kleinschreibung und Leerzeichen zählen nicht). "
              "Nichts wurde gespeichert.",
        "en": "The name “{name}” is already taken (case and spaces do not count). Nothing was saved.",
    },
    "roster_bad_year": {
        "de": "{name}: „{value}“ ist kein plausibles Geburtsjahr. Nichts wurde gespeichert.",
        "en": "{name}: “{value}” is not a plausible birth year. Nothing was saved.",
    },
    "roster_bad_choice": {
        "de": "{name}: „{value}“ ist kein erlaubter Wert. Nichts wurde gespeichert.",
        "en": "{name}: “{value}” is not an allowed value. Nothing was saved.",
    },
    "roster_bad_date": {
        "de": "{name}: „{value}“ ist kein gültiges Datum. Nichts wurde gespeichert.",
        "en": "{name}: “{value}” is not a valid date. Nothing was saved.",
    },
    "roster_bad_field": {"de": "Das Feld „{field}“ kann hier nicht geändert werden.",
                         "en": "The field “{field}” cannot be changed here."},
    # GDPR erasure
    "imp_tab_delete": {"de": "Person löschen (DSGVO)", "en": "Delete person (GDPR)"},
    "imp_delete_person": {"de": "Person", "en": "Person"},
    "imp_delete_placeholder": {"de": "Person wählen", "en": "Choose a person"},
    "imp_delete_what": {
        "de": "Gelöscht werden: {name}, {posts} Beiträge, {outcomes} Ergebnisse, {followers} Follower-Einträge "
              "und {applicants} Bewerbung(en).",
        "en": "To be deleted: {name}, {posts} posts, {outcomes} outcomes, {followers} follower entries and "
              "{applicants} application(s).",
    },
    "imp_delete_type": {"de": "Zur Bestätigung den Namen eintippen: {name}",
                        "en": "Type the name to confirm: {name}"},
    "imp_delete": {"de": "Endgültig löschen", "en": "Delete permanently"},
    "imp_deleted": {"de": "{name} und alle zugehörigen Daten wurden gelöscht.",
                    "en": "{name} and all their data were deleted."},
    # backup and reset
    "imp_tab_backup": {"de": "Sicherung & Zurücksetzen", "en": "Backup & reset"},
    "imp_backup": {"de": "Sicherung", "en": "Backup"},
    "imp_backup_help": {
        "de": "Eine vollständige Kopie des Arbeitsbereichs als eine Datei (DuckDB). Zum Wiederherstellen "
              "wird die Datei des Arbeitsbereichs durch die Sicherung ersetzt.",
        "en": "A complete copy of the workspace as one file (DuckDB). To restore it, the workspace file is "
              "replaced by the backup.",
    },
    "imp_backup_download": {"de": "Sicherung herunterladen", "en": "Download backup"},
    "imp_reset": {"de": "Arbeitsbereich zurücksetzen", "en": "Reset the workspace"},
    "imp_reset_help": {
        "de": "Löscht alle Daten: Beiträge, Kader, Bewerbungen, Ergebnisse, Follower-Zahlen, Importverlauf und "
              "gespeicherte Spaltenzuordnungen. Laden Sie vorher eine Sicherung herunter.",
        "en": "Deletes all data: posts, roster, applicants, outcomes, follower counts, import history and "
              "saved column mappings. Download a backup first.",
    },
    "imp_reset_sure": {"de": "Ja, alle Daten unwiderruflich löschen", "en": "Yes, delete all data for good"},
    "imp_reset_button": {"de": "Zurücksetzen", "en": "Reset"},
    "imp_reset_done": {"de": "Der Arbeitsbereich ist jetzt leer.", "en": "The workspace is now empty."},
    "imp_demo": {"de": "Demodaten", "en": "Demo data"},
    "imp_demo_help": {
        "de": "Die Demo-Kohorte (Modell: Münchner Pilot 2023) zum Ausprobieren; sie lässt sich jederzeit "
              "wieder entfernen und mischt sich nicht mit echten Daten.",
        "en": "The demo cohort (model: Munich pilot 2023) to try things out; it can be removed at any time "
              "and does not mix with real data.",
    },
    "imp_demo_loaded": {"de": "Demodaten geladen.", "en": "Demo data loaded."},
    "imp_backup_make": {"de": "Sicherung erstellen", "en": "Create backup"},
    "imp_import_all": {"de": "Alle {n} Dateien importieren", "en": "Import all {n} files"},
    "imp_col_person": {"de": "Person", "en": "Person"},
    "imp_export_until": {"de": "Export bis {date}", "en": "Export up to {date}"},
    # "Erste Schritte": where an empty workspace opens, and the pointer every analysis page shows then
    "first_title": {"de": "Erste Schritte", "en": "First steps"},
    "first_intro": {
        "de": "Der Arbeitsbereich ist leer: noch keine Beiträge und keine Influencer-Liste. So kommen Ihre Zahlen "
              "ins Cockpit – am besten in dieser Reihenfolge, alles auf der Seite „Import“:",
        "en": "The workspace is empty: no posts and no roster yet. This is how your figures get into the cockpit – "
              "best in this order, all on the “Import” page:",
    },
    "first_intro_more": {
        "de": "Welche Dateien das Cockpit liest, am besten in dieser Reihenfolge, alles auf der Seite „Import“:",
        "en": "The files the cockpit reads, best in this order, all on the “Import” page:",
    },
    "first_steps": {
        "de": "1. **Influencer-Liste (Kader)** – CSV oder Excel, wie HR oder Ihr Team sie führt: Name, Geschlecht, "
              "Jahrgang oder Altersgruppe, Beruf, Referat, Eintritt (und Austritt). Zuerst, damit jeder Beitrag "
              "einer Person im Programm zugeordnet wird.\n"
              "2. **Ihr Controlling-Sheet** – die Tabelle, in der das Team die Beiträge führt (CSV oder Excel; "
              "Datum, Autor:in, Link, Reaktionen, Kommentare …).\n"
              "3. **LinkedIn-Exporte jeder Person** – regelmäßig, denn LinkedIn hält die Zahlen nur etwa ein Jahr:\n"
              "    - *Inhaltsanalyse* (`AggregateAnalytics_….xlsx`, bis 2025 `Content_….xlsx`): im eigenen Profil "
              "„Analysen“ → „Impressionen von Beiträgen“ → „Exportieren“, Zeitraum bis 365 Tage;\n"
              "    - *einzelner Beitrag* (`SinglePostAnalytics_….xlsx`): am Beitrag „Analysen anzeigen“ → "
              "„Exportieren“;\n"
              "    - *Unternehmensseite* (`…_content_….xls`, `…_followers_….xls`): als Admin der Unternehmensseite "
              "unter „Analysen“ → „Inhalte“ bzw. „Follower“ → „Exportieren“;\n"
              "    - ohne Zahlen, nur die eigenen Beiträge: LinkedIns Datenarchiv (`Shares.csv`, "
              "„Einstellungen“ → „Datenschutz“ → „Eine Kopie Ihrer Daten anfordern“).\n"
              "4. **Ergebnisse** (wenn es sie gibt): eine Tabelle mit Datum, Art, Person und Notiz.",
        "en": "1. **Roster of influencers** – CSV or Excel, as HR or your team keep it: name, gender, birth year or "
              "age band, profession, department, joined (and left). First, so that every post is matched to a "
              "person in the programme.\n"
              "2. **Your controlling sheet** – the table your team keeps the posts in (CSV or Excel; date, author, "
              "link, reactions, comments …).\n"
              "3. **Each person's LinkedIn exports** – regularly, as LinkedIn keeps the figures for about a year:\n"
              "    - *content analytics* (`AggregateAnalytics_….xlsx`, until 2025 `Content_….xlsx`): on your own "
              "profile “Analytics” → “Post impressions” → “Export”, a period of up to 365 days;\n"
              "    - *a single post* (`SinglePostAnalytics_….xlsx`): on the post “View analytics” → “Export”;\n"
              "    - *company page* (`…_content_….xls`, `…_followers_….xls`): as the page's admin “Analytics” → "
              "“Content” or “Followers” → “Export”;\n"
              "    - without figures, only one's own posts: LinkedIn's data archive (`Shares.csv`, “Settings” → "
              "“Data privacy” → “Get a copy of your data”).\n"
              "4. **Outcomes** (if there are any): a table with date, type, person and note.",
    },
    "first_formats": {
        "de": "Jede Datei wird vor dem Import geprüft und erst nach Ihrer Bestätigung übernommen; ein Import lässt "
              "sich rückgängig machen.",
        "en": "Every file is checked before it is imported and taken over only once you confirm; an import can be "
              "undone.",
    },
    "first_to_import": {"de": "Zum Import", "en": "Go to the import"},
    "first_demo": {"de": "Zurück zur Demo", "en": "Back to the demo"},
    "first_demo_help": {
        "de": "Lädt die Demodaten wieder (16 erfundene Personen); sie lassen sich jederzeit wieder entfernen.",
        "en": "Loads the demo data again (16 invented people); it can be removed again at any time.",
    },
    "first_pointer": {
        "de": "Der Arbeitsbereich ist noch leer – hier gibt es noch nichts zu zeigen. Welche Dateien Sie brauchen "
              "und in welcher Reihenfolge, steht unter „Erste Schritte“.",
        "en": "The workspace is still empty – there is nothing to show here yet. Which files you need, and in which "
              "order, is under “First steps”.",
    },
}
