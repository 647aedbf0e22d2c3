"""Strings of the support conversation: one person's figures, chosen on the page "Begleitung"."""

STRINGS: dict[str, dict[str, str]] = {
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
              "n = Beiträge mit Impressionen; Gruppen ab {thin} Beiträgen – "
              "ein Hinweis für das Gespräch, kein Befund.",
        "en": "Median engagement rate per group of their posts, against their own median ({median}); n = posts with "
              "impressions; groups of {thin} posts or more – a prompt for the conversation, not a finding.",
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
    "person_worked_thin_all": {
        "de": "Noch zu wenig Daten, um zu sagen, was bei dieser Person funktioniert hat: jede Gruppe ihrer Beiträge "
              "(Länge, Frage am Ende, Wochentag, Uhrzeit, Thema) hat weniger als {thin} Beiträge mit Impressionen.",
        "en": "Too little data yet to say what worked for them: every group of their posts (length, question at "
              "the end, weekday, time of day, topic) has fewer than {thin} posts with impressions.",
    },
    "person_worked_thin_some": {
        "de": "Nicht gezeigt: {n} weitere Gruppen mit weniger als {thin} Beiträgen – dafür gibt es noch zu wenig Daten.",
        "en": "Not shown: {n} more groups of fewer than {thin} posts – there is too little data for them yet.",
    },
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
}
