"""engagement page strings: key -> {"de": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
    "eng_title": {"de": "Engagement", "en": "Engagement"},
    "eng_caption": {
        "de": "Was kommt an? Reaktionen, Kommentare, Reposts und Impressionen im Zeitverlauf, je Person, die stärksten Beiträge und die Wirkung von Wochentag und Uhrzeit.",
        "en": "What resonates? Reactions, comments, reposts and impressions over time, per person, the strongest posts and the effect of weekday and hour.",
    },
    # tiles
    "eng_kpi_with_impressions": {"de": "davon mit Impressionen", "en": "with impressions"},
    "eng_kpi_median_rate": {"de": "Median-Rate pro Beitrag", "en": "Median rate per post"},
    "eng_help_median_rate": {
        "de": "Median der Engagement-Raten der einzelnen Beiträge (n = {n} Beiträge mit Interaktionen und Impressionen); robuster gegen Ausreißer als der Durchschnitt.",
        "en": "Median of the engagement rates of single posts (n = {n} posts with engagements and impressions); more robust to outliers than the mean.",
    },
    "eng_help_with_impressions": {
        "de": "Beiträge mit bekannten Impressionen. In Engagement-Raten zählen davon die {n}, deren Interaktionen auch bekannt sind; fehlende Zahlen zählen nicht als null.",
        "en": "Posts with known impressions. Engagement rates count the {n} of them whose engagements are known too; missing figures are not counted as zero.",
    },
    # over time
    "eng_over_time": {"de": "Im Zeitverlauf", "en": "Over time"},
    "eng_granularity": {"de": "Zeiteinheit", "en": "Time unit"},
    "eng_week": {"de": "Woche", "en": "Week"},
    "eng_month": {"de": "Monat", "en": "Month"},
    "eng_chart_interactions": {"de": "Interaktionen pro {unit}", "en": "Engagements per {unit}"},
    "eng_chart_reach": {"de": "Impressionen und Engagement-Rate pro {unit}", "en": "Impressions and engagement rate per {unit}"},
    "eng_unit_week": {"de": "Woche", "en": "week"},
    "eng_unit_month": {"de": "Monat", "en": "month"},
    "eng_week_label": {"de": "KW {week} (ab {date})", "en": "Week {week} (from {date})"},
    "eng_axis_interactions": {"de": "Interaktionen", "en": "Engagements"},
    "eng_axis_impressions": {"de": "Impressionen", "en": "Impressions"},
    "eng_axis_rate": {"de": "Engagement-Rate", "en": "Engagement rate"},
    "eng_hover_count": {
        "de": "{period}<br>{series}: {value}<br>Interaktionen gesamt: {total}<br>{posts}",
        "en": "{period}<br>{series}: {value}<br>Engagements in total: {total}<br>{posts}",
    },
    "eng_hover_posts": {"de": "{n} Beiträge", "en": "{n} posts"},
    "eng_hover_posts_known": {
        "de": "Interaktionen bekannt für {known} von {n} Beiträgen",
        "en": "Engagements known for {known} of {n} posts",
    },
    "eng_series_total_only": {
        "de": "Interaktionen ohne Aufschlüsselung (LinkedIn)",
        "en": "Engagements without breakdown (LinkedIn)",
    },
    "eng_hover_impressions": {
        "de": "{period}<br>Impressionen: {value}<br>{posts} Beiträge mit Impressionen",
        "en": "{period}<br>Impressions: {value}<br>{posts} posts with impressions",
    },
    "eng_hover_rate": {
        "de": "{period}<br>Engagement-Rate: {rate}<br>n = {n} Beiträge mit Interaktionen und Impressionen",
        "en": "{period}<br>Engagement rate: {rate}<br>n = {n} posts with engagements and impressions",
    },
    "eng_thin_suffix": {"de": " – wenig Daten", "en": " – thin data"},
    "eng_note_interactions": {
        "de": "Balken je {unit}: Reaktionen, Kommentare und Reposts, soweit bekannt, und LinkedIns Gesamtzahl, wo ein Export nur sie nennt; Interaktionen bekannt für {n} von {posts} Beiträgen. Wochen beginnen montags; die erste und letzte Einheit kann angeschnitten sein.",
        "en": "Bars per {unit}: reactions, comments and reposts where known, and LinkedIn's total where an export gives only that; engagements known for {n} of {posts} posts. Weeks start on Monday; the first and last unit may be partial.",
    },
    "eng_note_reach": {
        "de": "Engagement-Rate je {unit} = Interaktionen ÷ Impressionen, summiert über die Beiträge mit beiden Zahlen (n = {n}). Hohle Punkte: weniger als {thin} Beiträge – wenig Daten.",
        "en": "Engagement rate per {unit} = engagements ÷ impressions, summed over the posts with both figures (n = {n}). Hollow points: fewer than {thin} posts – thin data.",
    },
    # per person
    "eng_per_person": {"de": "Je Person", "en": "Per person"},
    "eng_metric": {"de": "Kennzahl", "en": "Measure"},
    "eng_metric_rate": {"de": "Engagement-Rate pro Beitrag", "en": "Engagement rate per post"},
    "eng_metric_engagements": {"de": "Interaktionen pro Beitrag", "en": "Engagements per post"},
    "eng_sort_median": {"de": "Nach Median sortieren", "en": "Sort by median"},
    "eng_sort_help": {
        "de": "Standard ist alphabetisch. Sortieren erzeugt eine Rangfolge von Personen – bitte nur bewusst einsetzen.",
        "en": "The default is alphabetical. Sorting ranks people – use it deliberately.",
    },
    "eng_chart_person": {"de": "{metric} je Person", "en": "{metric} per person"},
    "eng_person_label": {"de": "{name} (n = {n})", "en": "{name} (n = {n})"},
    "eng_hover_person": {
        "de": "{name}<br>n = {n} Beiträge<br>Median: {median}<br>Mittlere Hälfte: {q1} – {q3}<br>Spanne: {low} – {high}",
        "en": "{name}<br>n = {n} posts<br>Median: {median}<br>Middle half: {q1} – {q3}<br>Range: {low} – {high}",
    },
    "eng_legend_enough": {"de": "Median je Person", "en": "Median per person"},
    "eng_legend_thin": {"de": "wenig Daten (n < {thin})", "en": "thin data (n < {thin})"},
    "eng_overall_median": {"de": "Median aller Beiträge", "en": "Median of all posts"},
    "eng_note_person": {
        "de": "Box = mittlere Hälfte der Beiträge einer Person, Raute = Median, Linie = kleinster bis größter Wert; n = Beiträge je Person ({n} Beiträge, {people} Personen). Grau: weniger als {thin} Beiträge – wenig Daten. {order}",
        "en": "Box = middle half of a person's posts, diamond = median, line = smallest to largest value; n = posts per person ({n} posts, {people} people). Grey: fewer than {thin} posts – thin data. {order}",
    },
    "eng_people_page": {"de": "Personen {first}–{last} von {total}", "en": "People {first}–{last} of {total}"},
    "eng_people_pager": {"de": "Angezeigte Personen", "en": "People shown"},
    "eng_people_pager_help": {
        "de": "Bei vielen Personen zeigen die Diagramme und Tabellen je Person 30 auf einmal, in der gewählten "
              "Reihenfolge.",
        "en": "With many people, the per-person charts and tables show 30 at a time, in the chosen order.",
    },
    "eng_note_shown": {"de": "Gezeigt: {page}, {size} je Seite.", "en": "Shown: {page}, {size} per page."},
    "eng_order_alpha": {"de": "Reihenfolge alphabetisch.", "en": "Ordered alphabetically."},
    "eng_order_pseudo": {"de": "Reihenfolge nach Pseudonym.", "en": "Ordered by pseudonym."},
    "eng_order_median": {"de": "Sortiert nach Median (auf Wunsch).", "en": "Sorted by median (on request)."},
    # top posts
    "eng_top": {"de": "Stärkste Beiträge", "en": "Top posts"},
    "eng_top_order": {"de": "Sortiert nach", "en": "Ordered by"},
    "eng_top_count": {"de": "Anzahl", "en": "Number"},
    "eng_col_date": {"de": "Datum", "en": "Date"},
    "eng_col_person": {"de": "Person", "en": "Person"},
    "eng_col_preview": {"de": "Erste Zeile", "en": "First line"},
    "eng_col_link": {"de": "Link", "en": "Link"},
    "eng_link_text": {"de": "öffnen", "en": "open"},
    "eng_top_none_known": {
        "de": "„{metric}“ ist für keinen Beitrag dieser Auswahl bekannt – wählen Sie eine andere Reihenfolge.",
        "en": "“{metric}” is known for no post of this selection – choose another order.",
    },
    "eng_note_top": {
        "de": "Die {shown} Beiträge mit den höchsten Werten bei „{metric}“ (von {n} Beiträgen mit diesem Wert). Vorschau = erste Zeile des Beitrags als reiner Text, gekürzt auf 120 Zeichen.",
        "en": "The {shown} posts with the highest “{metric}” (of {n} posts with this value). Preview = the post's first line as plain text, cut at 120 characters.",
    },
    # weekday and hour
    "eng_when": {"de": "Wochentag und Uhrzeit", "en": "Weekday and hour"},
    "eng_heat_rate": {"de": "Median Engagement-Rate", "en": "Median engagement rate"},
    "eng_heat_engagements": {"de": "Median Interaktionen", "en": "Median engagements"},
    "eng_chart_heat": {"de": "{metric} nach Wochentag und Uhrzeit", "en": "{metric} by weekday and hour"},
    "eng_hour_range": {"de": "{hour}:00–{hour}:59 Uhr", "en": "{hour}:00–{hour}:59"},
    "eng_hover_heat": {
        "de": "{weekday}, {hours}<br>{metric}: {value}<br>n = {n} Beiträge",
        "en": "{weekday}, {hours}<br>{metric}: {value}<br>n = {n} posts",
    },
    "eng_note_heat": {
        "de": "Median je Zelle über die Beiträge, die in dieser Stunde erschienen sind (n = {n} Beiträge; ohne Uhrzeit und daher nicht gezeigt: {without}). Hellgraue Zellen: weniger als {thin} Beiträge – wenig Daten (ihr Wert in Klammern, wo die Zellen Zahlen zeigen; jeder Wert steht beim Zeigen auf die Zelle).",
        "en": "Median per cell over the posts published in that hour (n = {n} posts; without a time and so not shown: {without}). Light grey cells: fewer than {thin} posts – thin data (their value in brackets where the cells show numbers; every value shows when pointing at its cell).",
    },
    "eng_kpi_members_reached": {"de": "Erreichte Mitglieder", "en": "Members reached"},
    "eng_kpi_saves": {"de": "Gespeichert", "en": "Saves"},
    "eng_kpi_sends": {"de": "Gesendet (LinkedIn)", "en": "Sends on LinkedIn"},
    "eng_kpi_profile_viewers": {"de": "Profilaufrufe durch Beiträge", "en": "Profile viewers from posts"},
    "eng_kpi_followers_gained": {"de": "Gewonnene Follower", "en": "Followers gained"},
    "eng_kpi_link_engagements": {"de": "Link-Klicks", "en": "Link engagements"},
    "eng_kpi_comment_rate": {"de": "Kommentar-Rate", "en": "Comment rate"},
    "eng_kpi_follower_capture": {"de": "Follower-Gewinnung", "en": "Follower capture"},
    "eng_help_known_for": {
        "de": "Summe über die Beiträge, für die ein LinkedIn-Export die Zahl nennt (n = {n} Beiträge); "
              "unbekannt ist nicht null.",
        "en": "Sum over the posts for which a LinkedIn export gives the figure (n = {n} posts); unknown is "
              "not zero.",
    },
    "eng_top_hidden": {
        "de": "Ohne Wert in diesen Beiträgen und daher ausgeblendet: {columns}.",
        "en": "No value in these posts, so not shown: {columns}.",
    },
    "eng_col_rate_short": {"de": "Rate", "en": "Rate"},
}
