"""Core strings: workspace, command line, sidebar, overview. key -> {"de": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
    # workspace and command line errors
    "workspace_locked": {
        "de": "Der Arbeitsbereich {path} ist gerade von einem anderen Programm geöffnet (zum Beispiel der laufenden App). Bitte dort schließen und erneut versuchen.",
        "en": "The workspace {path} is open in another program (for example the running app). Close it there and try again.",
    },
    "workspace_corrupt": {
        "de": "Die Datei {path} ist kein lesbarer Arbeitsbereich ({detail}).",
        "en": "The file {path} is not a readable workspace ({detail}).",
    },
    "workspace_not_duckdb": {
        "de": "„{path}“ ist kein Arbeitsbereich des Cockpits (eine DuckDB-Datei wie data/cockpit.duckdb) und "
              "wird weder geöffnet noch verändert. --db bzw. COCKPIT_DB nennt den Arbeitsbereich; Dateien zum "
              "Importieren stehen am Ende des Aufrufs.",
        "en": "“{path}” is not a cockpit workspace (a DuckDB file such as data/cockpit.duckdb) and is neither "
              "opened nor changed. --db or COCKPIT_DB names the workspace; files to import go at the end of "
              "the command.",
    },
    "workspace_rewrite_pending": {
        "de": "Im Arbeitsbereich {path} wurde eine Löschung nicht zu Ende geschrieben. Bitte einmal ohne "
              "Schreibschutz öffnen; dann wird die Datei neu geschrieben.",
        "en": "An erasure in the workspace {path} was not fully written. Open it once without read-only mode; "
              "the file is then rewritten.",
    },
    "workspace_outdated": {
        "de": "Der Arbeitsbereich {path} muss erst aktualisiert werden; bitte einmal ohne Schreibschutz öffnen.",
        "en": "The workspace {path} needs an update; open it once without read-only mode.",
    },
    "workspace_too_new": {
        "de": "Dieser Arbeitsbereich stammt aus einer neueren Version des Cockpits (Schema {version}). Bitte das Cockpit aktualisieren.",
        "en": "This workspace comes from a newer version of the cockpit (schema {version}). Please update the cockpit.",
    },
    "person_unknown": {
        "de": "Person {id} ist nicht im Arbeitsbereich.",
        "en": "Person {id} is not in the workspace.",
    },
    "bad_date": {
        "de": "„{value}“ ist kein gültiges Datum (erwartet JJJJ-MM-TT).",
        "en": "“{value}” is not a valid date (expected YYYY-MM-DD).",
    },
    "bad_period": {
        "de": "Der Zeitraum endet vor seinem Beginn ({start} bis {end}).",
        "en": "The period ends before it starts ({start} to {end}).",
    },
    "file_missing": {
        "de": "Die Datei {path} gibt es nicht.",
        "en": "The file {path} does not exist.",
    },
    "demo_missing": {
        "de": "Die Demodaten fehlen in {path}.",
        "en": "The demo data is missing from {path}.",
    },
    "cli_usage": {
        "de": "Aufruf fehlerhaft: {detail}",
        "en": "Invalid call: {detail}",
    },
    "unexpected": {
        "de": "Unerwarteter Fehler: {detail}",
        "en": "Unexpected error: {detail}",
    },
    # app shell
    "app_title": {"de": "Influencer Cockpit", "en": "Influencer Cockpit"},
    "nav_overview": {"de": "Überblick", "en": "Overview"},
    "nav_engagement": {"de": "Engagement", "en": "Engagement"},
    "nav_frequency": {"de": "Frequenz", "en": "Posting frequency"},
    "nav_diversity": {"de": "Vielfalt", "en": "Diversity"},
    "nav_content": {"de": "Inhalte", "en": "Content"},
    "nav_impact": {"de": "Wirkung", "en": "Impact"},
    "nav_briefing": {"de": "Briefing", "en": "Briefing"},
    "nav_import": {"de": "Import", "en": "Import"},
    "nav_people": {"de": "Personen", "en": "People"},
    "nav_programme": {"de": "Programm & Ziele", "en": "Programme & goals"},
    "nav_privacy": {"de": "Datenschutz", "en": "Privacy"},
    "nav_first_steps": {"de": "Erste Schritte", "en": "First steps"},
    "nav_section_data": {"de": "Daten & Einstellungen", "en": "Data & settings"},
    "sidebar_period": {"de": "Zeitraum", "en": "Period"},
    "sidebar_language": {"de": "Sprache", "en": "Language"},
    "sidebar_pseudonymise": {"de": "Namen pseudonymisieren", "en": "Pseudonymise names"},
    "sidebar_pseudonymise_help": {
        "de": "Ersetzt alle Namen durch feste Pseudonyme – für Bildschirmfreigaben und Briefings.",
        "en": "Replaces every name with a stable pseudonym – for screen sharing and briefings.",
    },
    "sidebar_filters": {"de": "Filter", "en": "Filters"},
    "sidebar_filters_active": {"de": "Aktive Filter: {n}", "en": "Active filters: {n}"},
    "sidebar_old_people_link": {
        "de": "Dieser Link wählt Personen nach einer alten, internen Nummer aus – die Auswahl wurde nicht "
              "übernommen. Links nennen Personen nur noch über ihre Pseudonym-Nummer.",
        "en": "This link selects people by an old internal number – the selection was not taken over. "
              "Links now name people only by their pseudonym number.",
    },
    "sidebar_influencers": {"de": "Influencer:innen", "en": "Influencers"},
    "sidebar_cohort": {"de": "Kohorte/Welle", "en": "Cohort/wave"},
    "sidebar_profession": {"de": "Beruf", "en": "Profession"},
    "sidebar_department": {"de": "Referat", "en": "Department"},
    "sidebar_all": {"de": "alle", "en": "all"},
    "period_from": {"de": "Von", "en": "From"},
    "period_to": {"de": "Bis", "en": "To"},
    "demo_banner": {
        "de": "Sie sehen die **Demo-Kohorte** (16 erfundene Influencer:innen nach dem Vorbild des Münchner Pilotprojekts). Eigene Daten laden Sie auf der Seite „Import“.",
        "en": "You are looking at the **demo cohort** (16 invented influencers modelled on the Munich pilot). Load your own data on the “Import” page.",
    },
    "demo_banner_short": {
        "de": "Demo-Daten (erfundene Kohorte). Entfernen auf der Seite „Überblick“.",
        "en": "Demo data (invented cohort). Remove it on the “Overview” page.",
    },
    "demo_clear": {"de": "Demodaten entfernen", "en": "Remove demo data"},
    "demo_load": {"de": "Demodaten laden", "en": "Load demo data"},
    "demo_cleared": {"de": "Demodaten entfernt.", "en": "Demo data removed."},
    "no_data_period": {
        "de": "Für diese Auswahl gibt es keine Daten.",
        "en": "There is no data for this selection.",
    },
    "workspace_error_title": {
        "de": "Der Arbeitsbereich kann nicht geöffnet werden",
        "en": "The workspace cannot be opened",
    },
    "workspace_new": {
        "de": "Neuen Arbeitsbereich beginnen (alte Datei wird aufbewahrt)",
        "en": "Start a new workspace (the old file is kept)",
    },
    "workspace_set_aside": {
        "de": "Die alte Datei liegt jetzt unter {path}.",
        "en": "The old file is now at {path}.",
    },
    "page_error": {
        "de": "Dieser Teil der Seite konnte nicht angezeigt werden: {detail}",
        "en": "This part of the page could not be shown: {detail}",
    },
    "login_required": {
        "de": "Bitte melden Sie sich an, um das Cockpit zu öffnen.",
        "en": "Please log in to open the cockpit.",
    },
    "login": {"de": "Anmelden", "en": "Log in"},
    "logout": {"de": "Abmelden", "en": "Log out"},
    "login_denied": {
        "de": "Das Konto {email} hat keinen Zugang zu diesem Cockpit. Bitte wenden Sie sich an das Programmteam.",
        "en": "The account {email} has no access to this cockpit. Please ask the programme team.",
    },
    # overview
    "overview_title": {"de": "Überblick", "en": "Overview"},
    "overview_caption": {
        "de": "Wie läuft das Programm? Kennzahlen für den gewählten Zeitraum, verglichen mit dem gleich langen Zeitraum davor.",
        "en": "How is the programme doing? Figures for the chosen period, compared with the previous period of the same length.",
    },
    "kpi_posts": {"de": "Beiträge", "en": "Posts"},
    "kpi_reactions": {"de": "Reaktionen", "en": "Reactions"},
    "kpi_comments": {"de": "Kommentare", "en": "Comments"},
    "kpi_reposts": {"de": "Reposts", "en": "Reposts"},
    "kpi_impressions": {"de": "Impressionen", "en": "Impressions"},
    "kpi_engagement_rate": {"de": "Engagement-Rate", "en": "Engagement rate"},
    "kpi_active": {"de": "Aktive Influencer:innen", "en": "Active influencers"},
    "kpi_engagements": {"de": "Interaktionen", "en": "Engagements"},
    "kpi_previous": {"de": "Vorperiode {start} – {end}", "en": "Previous period {start} – {end}"},
    "kpi_no_previous": {"de": "keine Vorperiode", "en": "no previous period"},
    "kpi_no_previous_data": {
        "de": "Im gleich langen Zeitraum davor gibt es keine Beiträge – daher keine Veränderung angezeigt.",
        "en": "There are no posts in the previous period of the same length – so no change is shown.",
    },
    "kpi_no_previous_cover": {
        "de": "Für den gleich langen Zeitraum davor ({start} – {end}) liegen keine Daten vor: Keine importierte "
              "Datei deckt ihn ab – daher keine Veränderung angezeigt.",
        "en": "There is no data for the previous period of the same length ({start} – {end}): no imported file "
              "covers it – so no change is shown.",
    },
    "kpi_active_of": {"de": "von {n} im Kader", "en": "of {n} in the roster"},
    "kpi_known": {"de": "{known} von {posts} Beiträgen", "en": "{known} of {posts} posts"},
    "kpi_no_change_partial": {
        "de": "Keine Veränderung angezeigt: Der Wert ist für {now} von {posts} Beiträgen bekannt, im Vorzeitraum "
              "für {before} von {before_posts} – Summen über unterschiedlich viele Beiträge sind nicht vergleichbar.",
        "en": "No change shown: the figure is known for {now} of {posts} posts, in the previous period for {before} "
              "of {before_posts} – sums over different shares of the posts do not compare.",
    },
    "def_engagements": {
        "de": "Interaktionen = Reaktionen + Kommentare + Reposts.",
        "en": "Engagements = reactions + comments + reposts.",
    },
    "def_engagements_mixed": {
        "de": "Interaktionen = Reaktionen + Kommentare + Reposts; wo LinkedIns Export nur die Gesamtzahl der "
              "Interaktionen nennt (ohne Aufschlüsselung), diese Gesamtzahl (n = {n} Beiträge).",
        "en": "Engagements = reactions + comments + reposts; where LinkedIn's export gives only the total of "
              "engagements (no breakdown), that total (n = {n} posts).",
    },
    "def_engagements_unknown": {
        "de": "Ohne bekannte Interaktionen: {n} von {posts} Beiträgen – ihnen fehlt eine der drei Zahlen "
              "(Reaktionen, Kommentare, Reposts) und LinkedIns Gesamtzahl; sie zählen weder in der Summe noch in "
              "der Rate.",
        "en": "No engagements known for {n} of {posts} posts – they lack one of the three figures (reactions, "
              "comments, reposts) and LinkedIn's total; they count neither in the total nor in the rate.",
    },
    "def_rate_all": {
        "de": "Engagement-Rate = Interaktionen ÷ Impressionen, über alle Beiträge summiert (n = {n} Beiträge).",
        "en": "Engagement rate = engagements ÷ impressions, summed over all posts (n = {n} posts).",
    },
    "def_rate": {
        "de": "Engagement-Rate = Interaktionen ÷ Impressionen, summiert über die Beiträge mit beiden Zahlen "
              "(n = {n} von {posts} Beiträgen); die übrigen zählen nicht mit.",
        "en": "Engagement rate = engagements ÷ impressions, summed over the posts with both figures "
              "(n = {n} of {posts} posts); the others are left out.",
    },
    "def_active": {
        "de": "Aktiv = mindestens ein Beitrag im Zeitraum.",
        "en": "Active = at least one post in the period.",
    },
    "chart_monthly_title": {"de": "Beiträge und Interaktionen pro Monat", "en": "Posts and engagements per month"},
    "chart_posts": {"de": "Beiträge", "en": "Posts"},
    "chart_engagements": {"de": "Interaktionen", "en": "Engagements"},
    "chart_pilot": {"de": "Pilotphase", "en": "Pilot period"},
    "chart_source": {
        "de": "Quelle: Influencer Cockpit, {start} – {end}",
        "en": "Source: Influencer Cockpit, {start} – {end}",
    },
    "chart_empty": {"de": "Keine Daten für diese Auswahl.", "en": "No data for this selection."},
    "thin_data": {
        "de": "Wenig Daten: nur {n} Beiträge – Vorsicht bei Schlüssen.",
        "en": "Thin data: only {n} posts – be careful with conclusions.",
    },
    "not_in_roster": {"de": "nicht im Kader", "en": "not in roster"},
    "demo_conflict": {
        "de": "Die Demodaten lassen sich nicht laden: Im Kader gibt es schon Personen mit denselben Namen wie in der Demo ({names}). Bitte die Demo in einem eigenen Arbeitsbereich ansehen.",
        "en": "The demo data cannot be loaded: the roster already has people with the same names as the demo ({names}). Please open the demo in a separate workspace.",
    },
    "bad_primary": {
        "de": "COCKPIT_PRIMARY „{value}“ ist keine Farbe: erwartet wird #RRGGBB, zum Beispiel {default}.",
        "en": "COCKPIT_PRIMARY “{value}” is not a colour: expected #RRGGBB, for example {default}.",
    },
    "backup_failed": {
        "de": "Die Sicherung konnte nicht erstellt werden ({detail}). Der Arbeitsbereich selbst ist unverändert.",
        "en": "The backup could not be made ({detail}). The workspace itself is unchanged.",
    },
    "workspace_permission": {
        "de": "Das Cockpit darf die Datei {path} nicht öffnen oder nicht beschreiben ({detail}). Die Datei ist unverändert; bitte lassen Sie die Rechte für Datei und Ordner prüfen.",
        "en": "The cockpit may not open or write the file {path} ({detail}). The file is unchanged; please have the permissions of the file and its folder checked.",
    },
    "workspace_full": {
        "de": "Der Speicherplatz ist voll: Die Änderung wurde nicht gespeichert ({detail}). Bitte Platz schaffen und das Cockpit neu starten; die gespeicherten Daten sind unverändert.",
        "en": "The disk is full: the change was not saved ({detail}). Please free some space and restart the cockpit; the saved data is unchanged.",
    },
    "workspace_unreadable": {
        "de": "Die Datei {path} lässt sich gerade nicht lesen ({detail}). Sie wird nicht verändert; bitte später erneut versuchen oder den Betrieb fragen.",
        "en": "The file {path} cannot be read right now ({detail}). It is left as it is; please try again later or ask your IT team.",
    },
    "login_unverified": {
        "de": "Die Adresse {email} ist beim Anmeldedienst nicht bestätigt; ohne bestätigte Adresse gibt es keinen Zugang. Bitte bestätigen Sie sie dort oder wenden Sie sich an das Programmteam.",
        "en": "The address {email} is not verified by the login service; without a verified address there is no access. Please verify it there or ask the programme team.",
    },
    "def_comment_rate": {
        "de": "Kommentar-Rate = Kommentare ÷ Impressionen, über die Beiträge summiert, die beide Zahlen haben "
              "(n = {n} Beiträge).",
        "en": "Comment rate = comments ÷ impressions, summed over the posts that have both figures (n = {n} posts).",
    },
    "def_follower_capture": {
        "de": "Follower-Gewinnung = gewonnene Follower ÷ erreichte Mitglieder, über die Beiträge summiert, die "
              "beide Zahlen haben (n = {n} Beiträge; nur LinkedIns Einzelbeitrags-Export nennt sie).",
        "en": "Follower capture = followers gained ÷ members reached, summed over the posts that have both "
              "figures (n = {n} posts; only LinkedIn's single-post export gives them).",
    },
    "setting_unknown": {
        "de": "Eine Einstellung „{setting}“ gibt es nicht (es gibt: {choices}); nichts wurde geändert.",
        "en": "There is no setting “{setting}” (there are: {choices}); nothing was changed.",
    },
    "setting_invalid": {
        "de": "Die Einstellung „{setting}“ kann diesen Wert nicht annehmen: {value} – nichts wurde geändert.",
        "en": "The setting “{setting}” cannot take this value: {value} – nothing was changed.",
    },
}
