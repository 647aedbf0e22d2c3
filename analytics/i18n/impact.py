"""impact page strings: key -> {"de": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
    "impact_title": {"de": "Wirkung", "en": "Impact"},
    "impact_caption": {
        "de": "Was hat das Programm gebracht? Anfragen, Bewerbungen, Einladungen und Presse – und wie die Reichweite der Influencer:innen gewachsen ist.",
        "en": "What did the programme bring? Inquiries, applications, invitations and press – and how the influencers' reach has grown.",
    },
    "impact_outcomes": {"de": "Ergebnisse", "en": "Outcomes"},
    "impact_outcomes_none": {
        "de": "Für diese Auswahl sind keine Ergebnisse erfasst. Ergebnisse (Datum, Art, Person, Notiz) laden Sie auf der Seite „Import & Daten“.",
        "en": "No outcomes are recorded for this selection. Load outcomes (date, type, person, note) on the “Import & data” page.",
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
}
