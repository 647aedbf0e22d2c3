"""briefing strings (page, HTML, PowerPoint, command line, data export): key -> {"de": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
    # titles and layout
    "briefing_title": {"de": "Briefing Corporate-Influencer-Programm", "en": "Briefing: corporate influencer programme"},
    "briefing_period": {"de": "Zeitraum {start} – {end}", "en": "Period {start} – {end}"},
    "briefing_period_all": {"de": "Gesamter Zeitraum", "en": "Whole period"},
    "briefing_generated": {"de": "Erstellt am {date} mit dem Influencer Cockpit", "en": "Created on {date} with the Influencer Cockpit"},
    "briefing_pseudonymised": {"de": "Namen pseudonymisiert", "en": "Names pseudonymised"},
    "briefing_downloads": {"de": "Briefing herunterladen", "en": "Download the briefing"},
    "briefing_download_html": {"de": "HTML (eine Datei, offline lesbar)", "en": "HTML (one file, opens offline)"},
    "briefing_download_pptx": {"de": "PowerPoint (bearbeitbare Diagramme)", "en": "PowerPoint (editable charts)"},
    "briefing_export_data": {"de": "Daten exportieren", "en": "Export data"},
    "briefing_export_caption": {
        "de": "Die bereinigten Daten des Arbeitsbereichs (ohne Zeitraumfilter). CSV mit Semikolon und UTF-8 für Excel; Zellen, die mit =, +, -, @ beginnen, werden entschärft.",
        "en": "The workspace's cleaned data (no period filter). Cells starting with =, +, -, @ are defused against formula injection.",
    },
    "briefing_footer": {
        "de": "Aktiv = mindestens ein Beitrag im Zeitraum. Veränderung gegenüber dem gleich langen Zeitraum davor.",
        "en": "Active = at least one post in the period. Change against the previous period of the same length.",
    },
    "briefing_no_previous": {
        "de": "Im gleich langen Zeitraum davor gibt es keine Beiträge – daher keine Veränderung angezeigt.",
        "en": "There are no posts in the previous period of the same length – so no change is shown.",
    },
    # tiles
    "briefing_kpi_active": {"de": "Aktive Personen", "en": "Active people"},
    "briefing_kpi_outcomes": {"de": "Ergebnisse", "en": "Outcomes"},
    "briefing_kpi_previous": {"de": "ggü. Vorzeitraum", "en": "vs previous period"},
    # charts
    "briefing_chart_activity": {"de": "Beiträge und Interaktionen pro Monat", "en": "Posts and engagements per month"},
    "briefing_chart_posts": {"de": "Beiträge pro Monat", "en": "Posts per month"},
    "briefing_chart_engagements": {"de": "Interaktionen pro Monat", "en": "Engagements per month"},
    "briefing_chart_diversity": {"de": "Vielfalt im Kader", "en": "Diversity of the roster"},
    "briefing_chart_outcomes": {"de": "Ergebnisse pro Monat nach Art", "en": "Outcomes per month by type"},
    "briefing_source": {"de": "Quelle: Influencer Cockpit, {period}", "en": "Source: Influencer Cockpit, {period}"},
    # the generated text (plain language, built only from the numbers, never names)
    "briefing_text_period_range": {"de": "Von {start} bis {end}", "en": "From {start} to {end}"},
    "briefing_text_period_month": {"de": "Im {month}", "en": "In {month}"},
    "briefing_text_period_all": {"de": "Bisher", "en": "So far"},
    "briefing_text_posts": {
        "de": "{period} haben {people} {posts} veröffentlicht.",
        "en": "{period}, {people} published {posts}.",
    },
    "briefing_text_none": {
        "de": "{period} wurden keine Beiträge veröffentlicht.",
        "en": "{period}, no posts were published.",
    },
    "briefing_people_one": {"de": "{n} Corporate Influencer", "en": "{n} corporate influencer"},
    "briefing_people_other": {"de": "{n} Corporate Influencer", "en": "{n} corporate influencers"},
    "briefing_posts_one": {"de": "{n} Beitrag", "en": "{n} post"},
    "briefing_posts_other": {"de": "{n} Beiträge", "en": "{n} posts"},
    "briefing_text_received": {"de": "Sie erhielten {items}", "en": "They received {items}"},
    "briefing_text_n_reactions": {"de": "{n} Reaktionen", "en": "{n} reactions"},
    "briefing_text_n_comments": {"de": "{n} Kommentare", "en": "{n} comments"},
    "briefing_text_n_engagements": {"de": "{n} Interaktionen", "en": "{n} engagements"},
    "briefing_text_known": {
        "de": " (bei {known} von {posts} Beiträgen bekannt)",
        "en": " (known for {known} of {posts} posts)",
    },
    "briefing_text_breakdown": {
        "de": "; für {known} von {posts} Beiträgen aufgeschlüsselt: {items}",
        "en": "; broken down for {known} of {posts} posts: {items}",
    },
    "briefing_text_breakdown_each": {"de": "; aufgeschlüsselt: {items}", "en": "; broken down: {items}"},
    "briefing_text_rate": {
        "de": "; die Engagement-Rate lag bei {rate}",
        "en": "; the engagement rate was {rate}",
    },
    "briefing_text_rate_known": {
        "de": "; die Engagement-Rate lag bei {rate} (Beiträge mit Interaktionen und Impressionen: {n} von {posts})",
        "en": "; the engagement rate was {rate} (posts with engagements and impressions: {n} of {posts})",
    },
    "briefing_text_change": {
        "de": "Gegenüber dem gleich langen Zeitraum davor sind das {change} ({previous} davor).",
        "en": "Compared with the previous period of the same length, that is {change} ({previous} before).",
    },
    "briefing_more_posts": {"de": "{n} mehr", "en": "{n} more"},
    "briefing_fewer_posts": {"de": "{n} weniger", "en": "{n} fewer"},
    "briefing_same_posts": {"de": "gleich viele Beiträge", "en": "the same number of posts"},
    "briefing_text_participation": {
        "de": "Pro Monat waren im Schnitt {active} von {roster} Personen im Kader aktiv ({share}).",
        "en": "On average, {active} of {roster} people in the roster were active each month ({share}).",
    },
    "briefing_text_cohort": {
        "de": "Der Kader vereint {people} aus {professions} Berufen und {ages} Altersgruppen.",
        "en": "The roster brings together {people} from {professions} professions and {ages} age bands.",
    },
    "briefing_roster_one": {"de": "{n} Person", "en": "{n} person"},
    "briefing_roster_other": {"de": "{n} Personen", "en": "{n} people"},
    "briefing_text_outcomes": {
        "de": "Erfasst wurden {total}: {items}.",
        "en": "{total} were recorded: {items}.",
    },
    "briefing_text_outcome_one": {"de": "ein Ergebnis", "en": "one outcome"},
    "briefing_text_outcome_other": {"de": "{n} Ergebnisse", "en": "{n} outcomes"},
    "briefing_text_outcomes_none": {
        "de": "Ergebnisse wie Anfragen oder Presseberichte sind für diesen Zeitraum nicht erfasst.",
        "en": "No outcomes such as inquiries or press coverage are recorded for this period.",
    },
    "briefing_and": {"de": "und", "en": "and"},
    "briefing_outcome_internship_inquiry_one": {"de": "{n} Praktikumsanfrage", "en": "{n} internship inquiry"},
    "briefing_outcome_internship_inquiry_other": {"de": "{n} Praktikumsanfragen", "en": "{n} internship inquiries"},
    "briefing_outcome_job_application_one": {"de": "{n} Bewerbung", "en": "{n} job application"},
    "briefing_outcome_job_application_other": {"de": "{n} Bewerbungen", "en": "{n} job applications"},
    "briefing_outcome_speaker_request_one": {"de": "{n} Vortragsanfrage", "en": "{n} speaker request"},
    "briefing_outcome_speaker_request_other": {"de": "{n} Vortragsanfragen", "en": "{n} speaker requests"},
    "briefing_outcome_podcast_request_one": {"de": "{n} Podcast-Anfrage", "en": "{n} podcast request"},
    "briefing_outcome_podcast_request_other": {"de": "{n} Podcast-Anfragen", "en": "{n} podcast requests"},
    "briefing_outcome_press_one": {"de": "{n} Pressebericht", "en": "{n} press item"},
    "briefing_outcome_press_other": {"de": "{n} Presseberichte", "en": "{n} press items"},
    # PowerPoint
    "briefing_slide_kpis": {"de": "Kennzahlen im Überblick", "en": "Key figures"},
    # command line
    "briefing_write_failed": {
        "de": "Die Datei {path} lässt sich nicht schreiben ({detail}).",
        "en": "The file {path} cannot be written ({detail}).",
    },
    # data export
    "export_unknown_table": {
        "de": "Unbekannte Tabelle „{table}“ (möglich: {choices}).",
        "en": "Unknown table “{table}” (possible: {choices}).",
    },
    "export_unknown_format": {
        "de": "Unbekanntes Format „{fmt}“ (möglich: {choices}).",
        "en": "Unknown format “{fmt}” (possible: {choices}).",
    },
    "export_table_posts": {"de": "Beiträge", "en": "Posts"},
    "export_table_influencers": {"de": "Influencer:innen", "en": "Influencers"},
    "export_table_outcomes": {"de": "Ergebnisse", "en": "Outcomes"},
    "export_col_post_key": {"de": "Beitrags-ID", "en": "Post ID"},
    "export_col_author": {"de": "Person", "en": "Person"},
    "export_col_published_at": {"de": "Veröffentlicht", "en": "Published"},
    "export_col_url": {"de": "URL", "en": "URL"},
    "export_col_text": {"de": "Text", "en": "Text"},
    "export_col_text_length": {"de": "Zeichen", "en": "Characters"},
    "export_col_ends_with_question": {"de": "Frage am Ende", "en": "Question at the end"},
    "export_col_media_type": {"de": "Medientyp", "en": "Media type"},
    "export_col_reactions": {"de": "Reaktionen", "en": "Reactions"},
    "export_col_comments": {"de": "Kommentare", "en": "Comments"},
    "export_col_reposts": {"de": "Reposts", "en": "Reposts"},
    "export_col_impressions": {"de": "Impressionen", "en": "Impressions"},
    "export_col_clicks": {"de": "Klicks", "en": "Clicks"},
    "export_col_name": {"de": "Name", "en": "Name"},
    "export_col_birth_year": {"de": "Geburtsjahr", "en": "Birth year"},
    "export_col_age_band": {"de": "Altersgruppe", "en": "Age band"},
    "export_col_gender": {"de": "Geschlecht", "en": "Gender"},
    "export_col_profession": {"de": "Beruf", "en": "Profession"},
    "export_col_department": {"de": "Referat", "en": "Department"},
    "export_col_experience": {"de": "Social-Media-Erfahrung", "en": "Social-media experience"},
    "export_col_joined_on": {"de": "Dabei seit", "en": "Joined on"},
    "export_col_cohort": {"de": "Kohorte/Welle", "en": "Cohort/wave"},
    "export_col_in_roster": {"de": "Im Kader", "en": "In roster"},
    "export_col_occurred_on": {"de": "Datum", "en": "Date"},
    "export_col_type": {"de": "Art", "en": "Type"},
    "export_col_note": {"de": "Notiz", "en": "Note"},
    "export_col_topic": {"de": "Thema", "en": "Topic"},
    "export_col_type_other": {"de": "Art (Sonstiges)", "en": "Type (other)"},
    "export_col_post": {"de": "Beitrag (ID)", "en": "Post (ID)"},
    "export_yes": {"de": "ja", "en": "yes"},
    "export_no": {"de": "nein", "en": "no"},
    # the generated text's line on topics
    "briefing_topics": {
        "de": "Themen mit mindestens {min} Beiträgen, nach Median-Engagement-Rate: {topics}",
        "en": "Topics with at least {min} posts, by median engagement rate: {topics}",
    },
    "briefing_topic_item": {"de": "„{topic}“ {rate} (n = {n})", "en": "“{topic}” {rate} (n = {n})"},
    # one line for each part the data cannot show (page, HTML, PowerPoint); the screenshot view
    "briefing_lacks_outcomes": {
        "de": "Ergebnisse (Anfragen, Bewerbungen, Presseberichte …) sind noch nicht erfasst; Kennzahl und "
              "Diagramm dazu erscheinen, sobald sie erfasst sind.",
        "en": "Outcomes (inquiries, applications, press coverage …) are not recorded yet; their key figure and "
              "chart appear once they are.",
    },
    "briefing_lacks_roster": {
        "de": "Ohne Influencer-Liste (Kader) fehlen Vielfalt und Teilnahmequote.",
        "en": "Without a roster of influencers, diversity and the participation rate are not shown.",
    },
    "briefing_lacks_period": {
        "de": "„{chart}“: keine Daten in diesem Zeitraum.",
        "en": "“{chart}”: no data in this period.",
    },
    "briefing_howto_outcomes": {
        "de": "Noch keine Ergebnisse erfasst – so erfassen Sie sie: eine Tabelle mit Datum, Art, Person und Notiz "
              "auf der Seite „Import“ laden. Bis dahin zeigt das Briefing keine Kennzahl und kein "
              "Diagramm dazu.",
        "en": "No outcomes recorded yet – to record them, load a table with date, type, person and note on the "
              "“Import” page. Until then the briefing shows no key figure or chart for them.",
    },
    "briefing_notes_below": {"de": "Hinweise und Definitionen unter dem Bild",
                             "en": "Notes and definitions below the picture"},
    "briefing_screenshot_open": {"de": "Screenshot-Ansicht", "en": "Screenshot view"},
    "briefing_screenshot_note": {
        "de": "Öffnet das Briefing allein in einem neuen Tab, ohne Seitenleiste, im Format 16:9 – bereit für "
              "einen Screenshot auf einer Folie. Die Adresse (mit „view=screenshot“) öffnet es jederzeit so.",
        "en": "Opens the briefing alone in a new tab, without the sidebar, in 16:9 – ready for a screenshot on a "
              "slide. Its address (with “view=screenshot”) always opens it so.",
    },
    # the programme's name in the title; a period cut at the end of the data
    "prog_briefing_title": {"de": "{name} – {title}", "en": "{name} – {title}"},
    "prog_briefing_partial": {
        "de": "Monate, die die Daten nur zum Teil abdecken (Daten bis {date}), fließen nicht in diesen Schnitt ein.",
        "en": "Months the data covers only in part (data up to {date}) are left out of this average.",
    },
    "briefing_slide_goals_page": {"de": "Ziele und Unternehmensseite", "en": "Goals and company page"},
}
