"""Strings of a person's data lifecycle: erasure, right of access, retention."""

STRINGS: dict[str, dict[str, str]] = {
    # finding a person (erase, export --person)
    "person_not_found": {
        "de": "Niemand im Arbeitsbereich heißt „{name}“ (weder im Kader noch unter den Autor:innen oder "
              "Bewerbungen). Nichts wurde geändert.",
        "en": "Nobody in the workspace is called “{name}” (neither in the roster nor among the authors or "
              "applications). Nothing was changed.",
    },
    "person_ambiguous": {
        "de": "„{name}“ passt auf mehrere Personen: {matches}. Bitte den vollen Namen angeben; nichts wurde "
              "geändert.",
        "en": "“{name}” matches several people: {matches}. Please give the full name; nothing was changed.",
    },
    "compact_failed": {
        "de": "Die Daten sind gelöscht, aber die Arbeitsbereichsdatei konnte nicht neu geschrieben werden "
              "({detail}); gelöschte Werte können bis dahin noch in freien Blöcken der Datei stehen. Das "
              "Neuschreiben wird nachgeholt, sobald der Arbeitsbereich wieder geöffnet wird (die App neu "
              "gestartet oder ein Befehl der Kommandozeile aufgerufen), wenn die Ursache behoben ist.",
        "en": "The data is deleted, but the workspace file could not be rewritten ({detail}); deleted values "
              "may remain in the file's free blocks until then. The rewrite is done when the workspace is "
              "opened again (the app restarted or a command run) once the cause is fixed.",
    },
    # a rewrite that a crash interrupted, finished when the workspace was opened again
    "rewrite_finished_erase": {
        "de": "Eine Löschung vom {since} war nicht zu Ende geschrieben, weil das Cockpit vorher beendet wurde. "
              "Die Arbeitsbereichsdatei wurde jetzt neu geschrieben; nichts Gelöschte steht mehr darin.",
        "en": "An erasure of {since} had not been fully written because the cockpit stopped first. The "
              "workspace file has now been rewritten; nothing deleted remains in it.",
    },
    "rewrite_finished_retention": {
        "de": "Eine Löschung nach der Aufbewahrungsfrist vom {since} war nicht zu Ende geschrieben, weil das "
              "Cockpit vorher beendet wurde. Die Arbeitsbereichsdatei wurde jetzt neu geschrieben; nichts "
              "Gelöschte steht mehr darin.",
        "en": "A deletion under the retention period of {since} had not been fully written because the "
              "cockpit stopped first. The workspace file has now been rewritten; nothing deleted remains in it.",
    },
    # right of access: the parts of the export
    "life_part_person": {"de": "Person", "en": "Person"},
    "life_part_applications": {"de": "Bewerbungen", "en": "Applications"},
    "life_part_posts": {"de": "Beiträge", "en": "Posts"},
    "life_part_post_history": {"de": "Frühere Kennzahlen", "en": "Earlier figures"},
    "life_part_outcomes": {"de": "Ergebnisse", "en": "Outcomes"},
    "life_part_follower_counts": {"de": "Follower", "en": "Followers"},
    "life_part_audience_windows": {"de": "Exportzeiträume", "en": "Export windows"},
    "life_part_audience_values": {"de": "Publikum", "en": "Audience"},
    "life_part_account_days": {"de": "Aktivität des Profils", "en": "Profile activity"},
    "life_part_post_audience": {"de": "Publikum der Beiträge", "en": "Audience of posts"},
    "life_part_imports": {"de": "Importprotokoll", "en": "Import log"},
    "life_part_access_log": {"de": "Zugriffsprotokoll", "en": "Access log"},
    "life_part_undo_snapshots": {"de": "Rückgängig-Stände", "en": "Undo snapshots"},
    # the people page: erasure and access
    "life_delete_help": {
        "de": "Löscht eine Person mit allen ihren Daten: Kadereintrag, Beiträge (auch frühere Kennzahlen), "
              "Ergebnisse, Follower-Zahlen und Bewerbung; dazu ihre Einträge in den Rückgängig-Ständen der "
              "Importe. Im Importprotokoll bleiben die Zahlen, ihr Name verschwindet (auch aus Dateinamen), "
              "in Texten anderer wird ihr Name durch „[…]“ ersetzt. Danach wird die Datei neu geschrieben, "
              "damit nichts Gelöschtes in ihr bleibt. Das lässt sich nicht rückgängig machen; ältere "
              "Sicherungen enthalten die Person weiterhin.",
        "en": "Deletes a person with all their data: roster entry, posts (with earlier figures), outcomes, "
              "follower counts and application, and their entries in the imports' undo snapshots. The import "
              "log keeps its counts without their name (also in file names); in other people's texts their "
              "name is replaced by “[…]”. The file is then rewritten so that nothing deleted stays in it. "
              "This cannot be undone; older backups still hold the person.",
    },
    "life_deleted": {
        "de": "{name} wurde gelöscht: {posts} Beiträge, {outcomes} Ergebnisse, {followers} Follower-Einträge, "
              "{applicants} Bewerbung(en), {undo} Rückgängig-Einträge; {files} Dateiname(n) im Protokoll "
              "neutralisiert. Die Datei wurde neu geschrieben.",
        "en": "{name} was deleted: {posts} posts, {outcomes} outcomes, {followers} follower entries, "
              "{applicants} application(s), {undo} undo entries; {files} file name(s) in the log neutralised. "
              "The file was rewritten.",
    },
    "life_access": {"de": "Auskunft (DSGVO Art. 15)", "en": "Right of access (GDPR Art. 15)"},
    "life_access_help": {
        "de": "Alles, was der Arbeitsbereich über die gewählte Person enthält – Kaderangaben, Bewerbungen, "
              "Beiträge mit allen Kennzahlen, Ergebnisse, Follower-Zahlen, Protokolleinträge – in einer Datei.",
        "en": "Everything the workspace holds about the chosen person – roster fields, applications, posts "
              "with all figures, outcomes, follower counts, log entries – in one file.",
    },
    "life_access_xlsx": {"de": "Auskunft als Excel", "en": "Access export as Excel"},
    "life_access_json": {"de": "Auskunft als JSON", "en": "Access export as JSON"},
    # retention
    "life_retention": {"de": "Aufbewahrung", "en": "Retention"},
    "life_retention_help": {
        "de": "Wie lange Daten aufbewahrt werden: Beiträge, Follower-Zahlen und Ergebnisse, die älter sind, "
              "und Personen, die nicht (mehr) im Kader sind und im Zeitraum keine Daten mehr haben, können "
              "hier gelöscht werden – so vollständig wie beim Löschen einer Person. Leer = unbegrenzt.",
        "en": "How long data is kept: posts, follower counts and outcomes that are older, and people who are "
              "not (or no longer) in the roster with no data left in the window, can be deleted here – as "
              "completely as when deleting a person. Empty = without limit.",
    },
    "life_retention_months": {"de": "Daten aufbewahren für (Monate)", "en": "Keep data for (months)"},
    "life_retention_save": {"de": "Aufbewahrung speichern", "en": "Save retention"},
    "life_retention_saved": {"de": "Gespeichert: {months}", "en": "Saved: {months}"},
    "life_retention_unlimited": {"de": "unbegrenzt", "en": "without limit"},
    "life_retention_n_months": {"de": "{n} Monate", "en": "{n} months"},
    "life_retention_none_set": {
        "de": "Keine Aufbewahrungsfrist gesetzt: Der Arbeitsbereich behält alle Daten.",
        "en": "No retention period set: the workspace keeps all data.",
    },
    "life_retention_due": {
        "de": "Älter als {months} (vor dem {cutoff}): {posts} Beiträge, {followers} Follower-Einträge, "
              "{outcomes} Ergebnisse; {people} Person(en) nicht im Kader ohne Daten im Zeitraum.",
        "en": "Older than {months} (before {cutoff}): {posts} posts, {followers} follower entries, "
              "{outcomes} outcomes; {people} person(s) not in the roster with no data in the window.",
    },
    "life_retention_nothing": {
        "de": "Nichts ist älter als {months} (vor dem {cutoff}).",
        "en": "Nothing is older than {months} (before {cutoff}).",
    },
    "life_retention_sure": {"de": "Ja, diese Daten endgültig löschen", "en": "Yes, delete this data permanently"},
    "life_retention_apply": {"de": "Abgelaufene Daten löschen", "en": "Delete expired data"},
    "life_retention_done": {
        "de": "Gelöscht: {posts} Beiträge, {followers} Follower-Einträge, {outcomes} Ergebnisse, {people} "
              "Person(en). Die Datei wurde neu geschrieben.",
        "en": "Deleted: {posts} posts, {followers} follower entries, {outcomes} outcomes, {people} person(s). "
              "The file was rewritten.",
    },
    "retention_not_set": {
        "de": "Für diesen Arbeitsbereich ist keine Aufbewahrungsfrist gesetzt (Einstellung "
              "„retention_months“, auf der Seite „Datenschutz“ unter „Aufbewahrung“).",
        "en": "No retention period is set for this workspace (setting “retention_months”, on the “Privacy” "
              "page under “Retention”).",
    },
}
