"""Strings: Outcome ledger, topics and the one-person support view (#16 items 3, 4, 5)."""

STRINGS: dict[str, dict[str, str]] = {
    # ---- the outcome ledger (#16.3)
    "outcome_other": {"de": "Sonstiges", "en": "Other"},
    "kind_ledger": {"de": "Ergebnis-Register", "en": "outcome ledger"},
    "format_ledger": {"de": "Eingabe in der App", "en": "entered in the app"},
    "ledger_title": {"de": "Ergebnis erfassen oder ändern", "en": "Record or change an outcome"},
    "ledger_intro": {
        "de": "Anfragen kommen per Mail und Telefon, einzeln: hier erfassen Sie sie direkt. Jede Änderung ist "
              "ein Eintrag in der Import-Historie (Seite „Import & Daten“) und lässt sich dort rückgängig machen.",
        "en": "Inquiries arrive by mail and phone, one at a time: record them here. Every change is an entry in "
              "the import history (page “Import & data”) and can be undone there.",
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
STRINGS.update({
    # ---- topics (#16.4)
    "col_topic": {"de": "Thema / Kategorie", "en": "topic / category"},
    "topics_header": {"de": "Themen", "en": "Topics"},
    "topics_intro": {
        "de": "Die Kategorie jedes Beitrags aus Ihrer Controlling-Tabelle (Spalte wie „Thema“, „Kampagne“, „Serie“): "
              "{with_topic} von {posts} Beiträgen der Auswahl haben eine.",
        "en": "Each post's category from your controlling sheet (a column such as “Topic”, “Campaign”, “Series”): "
              "{with_topic} of {posts} posts of the selection have one.",
    },
    "topics_chart": {"de": "Engagement nach Thema", "en": "Engagement by topic"},
    "topics_note": {
        "de": "Balken = Median der Engagement-Rate je Beitrag; n = Beiträge mit bekannten Impressionen.",
        "en": "Bar = median engagement rate per post; n = posts with known impressions.",
    },
    "topics_col_topic": {"de": "Thema", "en": "Topic"},
    "topics_col_posts": {"de": "Beiträge", "en": "Posts"},
    "topics_col_rate": {"de": "Engagement-Rate (Median)", "en": "Engagement rate (median)"},
    "topics_col_n": {"de": "n (mit Impressionen)", "en": "n (with impressions)"},
    "topics_col_tag": {"de": "mit {tag}", "en": "with {tag}"},
    "topics_col_thin": {"de": "Hinweis", "en": "Note"},
    "topics_thin": {"de": "wenig Daten (< {thin} Beiträge)", "en": "thin data (< {thin} posts)"},
    "topics_tag_note": {
        "de": "„mit {tag}“ = Anteil der Beiträge mit Text, die den Programm-Hashtag tragen ({source}).",
        "en": "“with {tag}” = share of the posts with text that carry the programme hashtag ({source}).",
    },
    "topics_tag_setting": {"de": "Hashtag aus den Programm-Einstellungen", "en": "hashtag from the programme settings"},
    "topics_tag_input": {"de": "Hashtag aus dem Eingabefeld oben", "en": "hashtag from the input above"},
    "topics_no_tag": {"de": "kein Hashtag angegeben", "en": "no hashtag given"},
})
STRINGS.update({
    # ---- one person, for the support conversation (#16.5)
    "nav_person": {"de": "Begleitung", "en": "One person"},
    "person_title": {"de": "Begleitung: eine Person", "en": "Support: one person"},
    "person_caption": {
        "de": "Für das Einzelgespräch: die Zahlen genau einer Person im gewählten Zeitraum, gemessen an ihrem Ziel "
              "und an ihrem eigenen Median – kein Vergleich mit Kolleg:innen, keine Rangliste.",
        "en": "For the one-to-one conversation: the figures of exactly one person in the chosen period, against "
              "their goal and their own median – no comparison with colleagues, no ranking.",
    },
    "person_choose": {"de": "Person", "en": "Person"},
    "person_choose_placeholder": {"de": "Person wählen …", "en": "Choose a person …"},
    "person_choose_help": {
        "de": "Berechnet wird nur für die gewählte Person. Der Name steht nicht in der Adresse der Seite.",
        "en": "Only the chosen person is computed. The name is not put into the page's address.",
    },
    "person_none_chosen": {
        "de": "Bitte eine Person wählen. Die Ansicht zeigt dann ihre Beiträge pro Woche, ihre aktuelle Pause, ihre "
              "Engagement-Rate im Verlauf, was bei ihr funktioniert hat, ihre drei stärksten Beiträge und ihre Ergebnisse.",
        "en": "Choose a person. The view then shows their posts per week, their current pause, their engagement rate "
              "over time, what worked for them, their three strongest posts and their outcomes.",
    },
    "person_no_people": {"de": "Im Arbeitsbereich sind noch keine Personen.", "en": "The workspace holds no people yet."},
    "person_goal": {"de": "Ziel: Beiträge pro Monat", "en": "Goal: posts per month"},
    "person_goal_help": {
        "de": "Das Ziel des Programms für diese Ansicht (wie auf der Seite „Frequenz“); pro Woche umgerechnet mit "
              "52 Wochen auf 12 Monate.",
        "en": "The programme's goal for this view (as on the “Posting frequency” page); per week with 52 weeks "
              "to 12 months.",
    },
    "person_joined": {"de": "Dabei seit {date}", "en": "Taking part since {date}"},
    "person_tile_posts": {"de": "Beiträge im Zeitraum", "en": "Posts in the period"},
    "person_tile_per_week": {"de": "Beiträge pro Woche", "en": "Posts per week"},
    "person_tile_per_week_help": {
        "de": "{posts} Beiträge in {weeks} Kalenderwochen des Zeitraums; Ziel {goal} pro Woche ({month} pro Monat).",
        "en": "{posts} posts in the {weeks} calendar weeks of the period; goal {goal} per week ({month} per month).",
    },
    "person_tile_weeks_met": {"de": "Wochen mit Beitrag", "en": "Weeks with a post"},
    "person_tile_pause": {"de": "Aktuelle Pause", "en": "Current pause"},
    "person_pause_days": {"de": "{n} Tage", "en": "{n} days"},
    "person_pause_day": {"de": "1 Tag", "en": "1 day"},
    "person_pause_help": {
        "de": "Tage vom letzten Beitrag ({date}) bis {to} (Ende des Zeitraums, höchstens heute).",
        "en": "Days from the last post ({date}) to {to} (the end of the period, at most today).",
    },
    "person_pause_never": {
        "de": "Noch kein Beitrag: Tage seit Beitritt oder Beginn des Zeitraums bis {to}.",
        "en": "No post yet: days since joining or since the period began, to {to}.",
    },
    "person_tile_median": {"de": "Eigener Median", "en": "Own median"},
    "person_tile_median_help": {
        "de": "Der Median der Engagement-Rate ihrer {n} Beiträge mit bekannten Impressionen: der Maßstab dieser Ansicht.",
        "en": "The median engagement rate of their {n} posts with known impressions: this view's yardstick.",
    },
    "person_weeks": {"de": "Beiträge pro Woche und Ziel", "en": "Posts per week and the goal"},
    "person_chart_weeks": {"de": "Beiträge pro Woche", "en": "Posts per week"},
    "person_axis_posts": {"de": "Beiträge", "en": "Posts"},
    "person_hover_week": {"de": "Woche ab {date}", "en": "Week from {date}"},
    "person_goal_line": {"de": "Ziel ≈ {goal} pro Woche", "en": "Goal ≈ {goal} per week"},
    "person_no_weeks": {"de": "Der Zeitraum hat keine Wochen mit Daten.", "en": "The period has no weeks with data."},
    "person_weeks_note": {
        "de": "Jede Säule ist eine Kalenderwoche (ab Montag); die gestrichelte Linie ist das Ziel von {month} Beiträgen "
              "pro Monat, umgerechnet auf die Woche.",
        "en": "Each bar is a calendar week (from Monday); the dashed line is the goal of {month} posts per month, "
              "as posts per week.",
    },
    "person_rate": {"de": "Engagement-Rate im Verlauf", "en": "Engagement rate over time"},
    "person_chart_rate": {"de": "Engagement-Rate je Beitrag", "en": "Engagement rate per post"},
    "person_axis_rate": {"de": "Engagement-Rate", "en": "Engagement rate"},
    "person_median_line": {"de": "eigener Median {rate}", "en": "own median {rate}"},
    "person_no_rates": {
        "de": "Keine Beiträge mit bekannten Impressionen im Zeitraum.",
        "en": "No posts with known impressions in the period.",
    },
    "person_rate_note": {
        "de": "Jeder Punkt ist ein Beitrag: (Reaktionen + Kommentare + Reposts) ÷ Impressionen; n = {n} Beiträge. "
              "Gemessen wird an ihrem eigenen Median, nicht an anderen.",
        "en": "Each point is a post: (reactions + comments + reposts) ÷ impressions; n = {n} posts. "
              "The yardstick is their own median, not other people.",
    },
    "person_worked": {"de": "Was bei dieser Person funktioniert hat", "en": "What worked for them"},
    "person_worked_note": {
        "de": "Median der Engagement-Rate je Gruppe ihrer Beiträge, verglichen mit ihrem eigenen Median ({median}); "
              "n = Beiträge mit Impressionen. Gruppen mit weniger als {thin} Beiträgen sind als wenig Daten markiert – "
              "ein Hinweis für das Gespräch, kein Befund.",
        "en": "Median engagement rate per group of their posts, against their own median ({median}); n = posts with "
              "impressions. Groups of fewer than {thin} posts are marked as thin data – a prompt for the "
              "conversation, not a finding.",
    },
    "person_worked_none": {
        "de": "Ohne Beiträge mit bekannten Impressionen lässt sich nicht sagen, was funktioniert hat.",
        "en": "Without posts with known impressions there is nothing to say about what worked.",
    },
    "person_col_factor": {"de": "Merkmal", "en": "Factor"},
    "person_col_group": {"de": "Gruppe", "en": "Group"},
    "person_col_n": {"de": "n", "en": "n"},
    "person_col_rate": {"de": "Engagement-Rate (Median)", "en": "Engagement rate (median)"},
    "person_col_vs": {"de": "gegenüber eigenem Median", "en": "against own median"},
    "person_col_thin": {"de": "Hinweis", "en": "Note"},
    "person_thin": {"de": "wenig Daten", "en": "thin data"},
    "person_points": {"de": "{n} Prozentpunkte", "en": "{n} percentage points"},
    "person_factor_length": {"de": "Länge", "en": "Length"},
    "person_factor_question": {"de": "Frage am Ende", "en": "Question at the end"},
    "person_factor_weekday": {"de": "Wochentag", "en": "Weekday"},
    "person_factor_hour": {"de": "Uhrzeit", "en": "Time of day"},
    "person_factor_topic": {"de": "Thema", "en": "Topic"},
    "person_length_short": {"de": "unter {n} Zeichen", "en": "under {n} characters"},
    "person_length_long": {"de": "ab {n} Zeichen", "en": "{n} characters and more"},
    "person_question_yes": {"de": "mit Frage", "en": "with a question"},
    "person_question_no": {"de": "ohne Frage", "en": "without a question"},
    "person_hour_band": {"de": "{low}–{high} Uhr", "en": "{low}:00–{high}:00"},
    "person_strongest": {"de": "Die drei stärksten Beiträge", "en": "Their three strongest posts"},
    "person_strongest_note": {
        "de": "Nach Engagement-Rate (Beiträge mit bekannten Impressionen), sonst nach Interaktionen.",
        "en": "By engagement rate (posts with known impressions), otherwise by engagements.",
    },
    "person_no_posts": {"de": "Keine Beiträge im Zeitraum.", "en": "No posts in the period."},
    "person_col_date": {"de": "Datum", "en": "Date"},
    "person_col_opening": {"de": "Beitrag (Anfang)", "en": "Post (opening)"},
    "person_col_engagements": {"de": "Interaktionen", "en": "Engagements"},
    "person_col_impressions": {"de": "Impressionen", "en": "Impressions"},
    "person_col_link": {"de": "Link", "en": "Link"},
    "person_outcomes": {"de": "Ergebnisse dieser Person", "en": "Their outcomes"},
    "person_outcomes_none": {
        "de": "Für diese Person sind im Zeitraum keine Ergebnisse erfasst (erfassen auf der Seite „Wirkung“).",
        "en": "No outcomes are recorded for this person in the period (record them on the “Impact” page).",
    },
    "person_col_post": {"de": "zum Beitrag vom", "en": "about the post of"},
})
STRINGS.update({
    # ---- export columns (#16.3, #16.4)
    "export_col_topic": {"de": "Thema", "en": "Topic"},
    "export_col_type_other": {"de": "Art (Sonstiges)", "en": "Type (other)"},
    "export_col_post": {"de": "Beitrag (ID)", "en": "Post (ID)"},
    # the briefing's line on topics
    "briefing_topics": {
        "de": "Themen mit mindestens {min} Beiträgen, nach Median-Engagement-Rate: {topics}",
        "en": "Topics with at least {min} posts, by median engagement rate: {topics}",
    },
    "briefing_topic_item": {"de": "„{topic}“ {rate} (n = {n})", "en": "“{topic}” {rate} (n = {n})"},
})
