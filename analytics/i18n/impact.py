"""impact page strings (outcomes, follower growth, the outcome ledger): key -> {"de": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
    "impact_title": {"de": "Wirkung", "en": "Impact"},
    "impact_caption": {
        "de": "Was hat das Programm gebracht? Anfragen, Bewerbungen, Einladungen und Presse – und wie die Reichweite der Influencer:innen gewachsen ist.",
        "en": "What did the programme bring? Inquiries, applications, invitations and press – and how the influencers' reach has grown.",
    },
    "impact_outcomes": {"de": "Ergebnisse", "en": "Outcomes"},
    "impact_outcomes_none": {
        "de": "Für diese Auswahl sind keine Ergebnisse erfasst. Ergebnisse (Datum, Art, Person, Notiz) laden Sie auf der Seite „Import“.",
        "en": "No outcomes are recorded for this selection. Load outcomes (date, type, person, note) on the “Import” page.",
    },
    "impact_outcomes_note": {
        "de": "Erfasste Ergebnisse je Monat und Art (n = {n}). Gezählt wird jedes Ereignis einmal, nach seinem Datum.",
        "en": "Recorded outcomes per month and type (n = {n}). Each event counts once, by its date.",
    },
    "impact_tile_help": {
        "de": "Anzahl erfasster Ergebnisse dieser Art im gewählten Zeitraum.",
        "en": "Number of recorded outcomes of this type in the chosen period.",
    },
    "impact_table": {"de": "Alle Ergebnisse", "en": "All outcomes"},
    "impact_col_date": {"de": "Datum", "en": "Date"},
    "impact_col_type": {"de": "Art", "en": "Type"},
    "impact_col_person": {"de": "Person", "en": "Person"},
    "impact_col_note": {"de": "Notiz", "en": "Note"},
    "impact_no_person": {"de": "(Programm)", "en": "(programme)"},
    "impact_followers": {"de": "Follower", "en": "Followers"},
    "impact_followers_none": {
        "de": "Die geladenen Exporte enthalten keine Follower-Zahlen für diese Auswahl. Sie stehen im LinkedIn-Export „Content analytics“ (Blatt FOLLOWERS).",
        "en": "The loaded exports hold no follower counts for this selection. They are in LinkedIn's “content analytics” export (sheet FOLLOWERS).",
    },
    "impact_growth": {"de": "Follower-Zuwachs im Zeitraum", "en": "Follower growth in the period"},
    "impact_growth_help": {
        "de": "Summe über alle Personen mit Daten: letzte minus erste Follower-Zahl im Zeitraum (oder die gemeldeten neuen Follower). n = {n} Personen.",
        "en": "Sum over all people with data: last minus first follower count in the period (or the reported new followers). n = {n} people.",
    },
    "impact_median_growth": {"de": "Zuwachs pro Person (Median)", "en": "Growth per person (median)"},
    "impact_median_growth_help": {
        "de": "Median über {n} Personen; relativ zur ersten Follower-Zahl im Zeitraum: {relative}.",
        "en": "Median over {n} people; relative to the first follower count in the period: {relative}.",
    },
    "impact_people_with_data": {"de": "Personen mit Follower-Daten", "en": "People with follower data"},
    "impact_followers_note": {
        "de": "Summe der letzten bekannten Follower-Zahl jeder Person im Monat; n = Personen mit Daten im Monat (Tooltip). Ein Sprung kann bedeuten, dass für eine Person Daten hinzukommen oder fehlen.",
        "en": "Sum of each person's last known follower count in the month; n = people with data that month (tooltip). A jump can mean a person's data starts or stops.",
    },
    # charts
    "impact_chart_outcomes": {"de": "Ergebnisse pro Monat nach Art", "en": "Outcomes per month by type"},
    "impact_chart_followers": {"de": "Follower insgesamt", "en": "Followers in total"},
    "impact_axis_outcomes": {"de": "Ergebnisse", "en": "Outcomes"},
    "impact_axis_followers": {"de": "Follower", "en": "Followers"},
    "impact_hover_people": {"de": "Personen mit Daten: {n}", "en": "People with data: {n}"},
    # outcome types
    "outcome_internship_inquiry": {"de": "Praktikumsanfrage", "en": "Internship inquiry"},
    "outcome_job_application": {"de": "Bewerbung", "en": "Job application"},
    "outcome_speaker_request": {"de": "Anfrage Vortrag", "en": "Speaker request"},
    "outcome_podcast_request": {"de": "Anfrage Podcast", "en": "Podcast request"},
    "outcome_press": {"de": "Presse", "en": "Press"},
    "impact_page_growth": {"de": "Zuwachs der Unternehmensseite", "en": "Company page growth"},
    "impact_page_growth_help": {
        "de": "Follower der eigenen LinkedIn-Unternehmensseite im Zeitraum (aus ihrem Follower-Export; "
              "{days} Tage mit Daten, zuletzt {followers} Follower) – zum Vergleich mit dem Zuwachs der Influencer.",
        "en": "Followers of the organisation's own LinkedIn page in the period (from its followers export; "
              "{days} days with data, last count {followers}) – to compare with the influencers' growth.",
    },
    # the outcome ledger: outcomes entered, changed and deleted in the app, per 1,000 impressions,
    # and the outcomes that name the post they came from
    "outcome_other": {"de": "Sonstiges", "en": "Other"},
    "kind_ledger": {"de": "Ergebnis-Register", "en": "outcome ledger"},
    "format_ledger": {"de": "Eingabe in der App", "en": "entered in the app"},
    "ledger_title": {"de": "Ergebnis erfassen oder ändern", "en": "Record or change an outcome"},
    "ledger_intro": {
        "de": "Anfragen kommen per Mail und Telefon, einzeln: hier erfassen Sie sie direkt. Jede Änderung ist "
              "ein Eintrag in der Import-Historie (Seite „Import“) und lässt sich dort rückgängig machen.",
        "en": "Inquiries arrive by mail and phone, one at a time: record them here. Every change is an entry in "
              "the import history (page “Import”) and can be undone there.",
    },
    "ledger_mode": {"de": "Was möchten Sie tun?", "en": "What would you like to do?"},
    "ledger_mode_add": {"de": "Neues Ergebnis", "en": "New outcome"},
    "ledger_mode_edit": {"de": "Ergebnis ändern oder löschen", "en": "Change or delete an outcome"},
    "ledger_edit_pseudonymised": {
        "de": "Bei pseudonymisierter Anzeige lassen sich Ergebnisse nur neu erfassen: eine Notiz wird so bearbeitet, wie "
              "sie geschrieben ist, mit Namen. Zum Ändern die Pseudonymisierung in der Seitenleiste ausschalten.",
        "en": "While names are pseudonymised, outcomes can only be added: a note is edited as written, names and all. "
              "To change one, switch pseudonymisation off in the sidebar.",
    },
    "ledger_pick": {"de": "Ergebnis", "en": "Outcome"},
    "ledger_none_yet": {"de": "Es sind noch keine Ergebnisse erfasst.", "en": "No outcomes are recorded yet."},
    "ledger_date": {"de": "Datum", "en": "Date"},
    "ledger_type": {"de": "Art", "en": "Type"},
    "ledger_type_other": {"de": "Welche Art? (bei „Sonstiges“)", "en": "Which type? (for “Other”)"},
    "ledger_person": {"de": "Person (optional)", "en": "Person (optional)"},
    "ledger_no_person": {"de": "– keine (Anfrage an das Programm) –", "en": "– none (inquiry to the programme) –"},
    "ledger_post": {"de": "Beitrag (optional)", "en": "Post (optional)"},
    "ledger_no_post": {"de": "– kein Beitrag –", "en": "– no post –"},
    "ledger_post_link": {"de": "… oder Link zum Beitrag einfügen", "en": "… or paste the post's link"},
    "ledger_post_link_help": {
        "de": "Ein LinkedIn-Link (auch mit Tracking-Anhang) wird dem bekannten Beitrag zugeordnet, wie beim Import; "
              "die Person ergibt sich dann aus dem Beitrag.",
        "en": "A LinkedIn link (tracking parameters too) is matched to the known post as the import does; "
              "the person then follows from the post.",
    },
    "ledger_note": {"de": "Notiz", "en": "Note"},
    "ledger_save_new": {"de": "Ergebnis speichern", "en": "Save outcome"},
    "ledger_save_edit": {"de": "Änderungen speichern", "en": "Save changes"},
    "ledger_delete_sure": {"de": "Ja, dieses Ergebnis löschen", "en": "Yes, delete this outcome"},
    "ledger_delete": {"de": "Ergebnis löschen", "en": "Delete outcome"},
    "ledger_saved": {
        "de": "Gespeichert: {what}. Rückgängig machen können Sie das in der Import-Historie.",
        "en": "Saved: {what}. You can undo it in the import history.",
    },
    "ledger_label_add": {"de": "{type} vom {date} erfasst", "en": "{type} of {date} recorded"},
    "ledger_label_edit": {"de": "{type} vom {date} geändert", "en": "{type} of {date} changed"},
    "ledger_label_delete": {"de": "{type} vom {date} gelöscht", "en": "{type} of {date} deleted"},
    "ledger_no_date": {"de": "Bitte ein Datum angeben.", "en": "Please give a date."},
    "ledger_bad_type": {"de": "„{value}“ ist keine bekannte Art von Ergebnis.", "en": "“{value}” is not a known type of outcome."},
    "ledger_other_missing": {
        "de": "Bei „Sonstiges“ bitte sagen, welche Art von Ergebnis es ist.",
        "en": "For “Other”, please say which type of outcome it is.",
    },
    "ledger_other_long": {"de": "Die Art darf höchstens {n} Zeichen lang sein.", "en": "The type may be at most {n} characters long."},
    "ledger_note_long": {"de": "Die Notiz darf höchstens {n} Zeichen lang sein.", "en": "The note may be at most {n} characters long."},
    "ledger_link_unknown": {
        "de": "Zum Link {link} gibt es keinen Beitrag im Arbeitsbereich. Bitte den Link prüfen oder den Beitrag aus der Liste wählen.",
        "en": "No post in the workspace has the link {link}. Check the link or choose the post from the list.",
    },
    "ledger_post_unknown": {"de": "Beitrag {id} ist nicht im Arbeitsbereich.", "en": "Post {id} is not in the workspace."},
    "ledger_post_other_person": {
        "de": "Der Beitrag stammt von einer anderen Person als der gewählten. Bitte Person oder Beitrag ändern.",
        "en": "The post is by another person than the one chosen. Change the person or the post.",
    },
    "ledger_outcome_unknown": {
        "de": "Dieses Ergebnis gibt es nicht mehr (vielleicht in einer anderen Sitzung gelöscht).",
        "en": "This outcome no longer exists (perhaps deleted in another session).",
    },
    "ledger_per_thousand": {"de": "Ergebnisse je 1.000 Impressionen", "en": "Outcomes per 1,000 impressions"},
    "ledger_per_thousand_help": {
        "de": "{outcomes} Ergebnisse im Zeitraum geteilt durch {impressions} Impressionen der {posts} Beiträge mit "
              "bekannten Impressionen, mal 1.000.",
        "en": "{outcomes} outcomes in the period divided by the {impressions} impressions of the {posts} posts with "
              "known impressions, times 1,000.",
    },
    "ledger_per_thousand_none": {
        "de": "Ergebnisse je 1.000 Impressionen: nicht berechenbar, die Beiträge des Zeitraums haben keine Impressionen.",
        "en": "Outcomes per 1,000 impressions: cannot be computed, the period's posts have no impressions.",
    },
    "ledger_with_posts": {"de": "Ergebnisse und ihre Beiträge", "en": "Outcomes and their posts"},
    "ledger_with_posts_none": {
        "de": "Kein Ergebnis dieser Auswahl nennt einen Beitrag. Beim Erfassen können Sie den Beitrag wählen oder seinen Link einfügen.",
        "en": "No outcome of this selection names a post. When recording one, choose the post or paste its link.",
    },
    "ledger_col_post_date": {"de": "Beitrag vom", "en": "Post of"},
    "ledger_col_post": {"de": "Beitrag (Anfang)", "en": "Post (opening)"},
    "ledger_col_link": {"de": "Link", "en": "Link"},
    "ledger_col_impressions": {"de": "Impressionen", "en": "Impressions"},
    "ledger_col_rate": {"de": "Engagement-Rate", "en": "Engagement rate"},
}
