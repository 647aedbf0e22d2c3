"""frequency page strings: key -> {"de": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
    "freq_title": {"de": "Posting-Frequenz", "en": "Posting frequency"},
    "freq_caption": {
        "de": "Wer braucht Unterstützung? Wie regelmäßig gepostet wird, wer gerade pausiert und wie viele aus dem Kader aktiv sind.",
        "en": "Who needs support? How regularly people post, who has gone quiet and how much of the roster is active.",
    },
    # controls
    "freq_target": {"de": "Ziel: Beiträge pro Monat", "en": "Target: posts per month"},
    "freq_target_help": {
        "de": "4 pro Monat entspricht etwa einem Beitrag pro Woche.",
        "en": "4 per month is about one post a week.",
    },
    "freq_threshold": {"de": "Hinweis ab … Tagen ohne Beitrag", "en": "Flag after … days without a post"},
    "freq_sort": {"de": "Nach Aktivität sortieren", "en": "Sort by activity"},
    "freq_sort_help": {
        "de": "Standard ist alphabetisch. Sortieren erzeugt eine Rangfolge von Personen – bitte nur bewusst einsetzen.",
        "en": "The default is alphabetical. Sorting ranks people – use it deliberately.",
    },
    # tiles
    "freq_kpi_active": {"de": "Aktiv im Zeitraum", "en": "Active in the period"},
    "freq_of": {"de": "{n} von {total}", "en": "{n} of {total}"},
    "freq_kpi_median_month": {"de": "Median pro Monat", "en": "Median per month"},
    "freq_kpi_meets": {"de": "Erreichen das Ziel", "en": "Meet the target"},
    "freq_kpi_quiet": {"de": "Pause ≥ {days} Tage", "en": "Gap ≥ {days} days"},
    "freq_help_active": {
        "de": "Aktiv = mindestens ein Beitrag im Zeitraum; gezählt unter den {total} Personen mit Daten im Zeitraum.",
        "en": "Active = at least one post in the period; counted among the {total} people with data in the period.",
    },
    "freq_help_median_month": {
        "de": "Median der Beiträge pro Monat über die Personen mit Daten; je Person Beiträge ÷ Monate, für die im Zeitraum Daten vorliegen (während der Teilnahme).",
        "en": "Median of posts per month over the people with data; per person posts ÷ the months of the period data covers (while in the programme).",
    },
    "freq_help_meets": {
        "de": "Personen mit im Schnitt mindestens {target} Beiträgen pro Monat.",
        "en": "People averaging at least {target} posts per month.",
    },
    "freq_help_quiet": {
        "de": "Personen ohne Beitrag seit mindestens {days} Tagen, gemessen bis zum Ende des Zeitraums ({date}) oder bis dahin, wo die Daten einer Person enden.",
        "en": "People without a post for at least {days} days, measured up to the end of the period ({date}) or to where a person's data ends.",
    },
    # person x week
    "freq_weeks": {"de": "Beiträge pro Woche", "en": "Posts per week"},
    "freq_chart_weeks": {"de": "Beiträge pro Person und Woche", "en": "Posts per person and week"},
    "freq_months": {"de": "Beiträge pro Monat", "en": "Posts per month"},
    "freq_chart_months": {"de": "Beiträge pro Person und Monat", "en": "Posts per person and month"},
    "freq_chart_quarters": {"de": "Beiträge pro Person und Quartal", "en": "Posts per person and quarter"},
    "freq_note_months": {
        "de": "Anzahl Beiträge je Kalendermonat – Monate statt Wochen, weil der Zeitraum länger als ein Jahr ist: {n} Beiträge von {people} Personen. Leere Felder: vor dem Eintritt oder nach dem Austritt; „?“: keine Daten (keine Datei deckt diesen Monat ab). {order}",
        "en": "Posts per calendar month – months rather than weeks, as the period is longer than a year: {n} posts by {people} people. Blank cells: before joining or after leaving; “?”: no data (no file covers this month). {order}",
    },
    "freq_hover_week": {"de": "{name}<br>{week}<br>{n} Beiträge", "en": "{name}<br>{week}<br>{n} posts"},
    "freq_hover_not_member": {"de": "{name}<br>{week}<br>nicht im Programm", "en": "{name}<br>{week}<br>not in the programme"},
    "freq_axis_posts": {"de": "Beiträge", "en": "Posts"},
    "freq_note_weeks": {
        "de": "Anzahl Beiträge je Kalenderwoche (Montag–Sonntag): {n} Beiträge von {people} Personen. Leere Felder: vor dem Eintritt oder nach dem Austritt; „?“: keine Daten (keine Datei deckt diese Woche ab). {order}",
        "en": "Posts per calendar week (Monday–Sunday): {n} posts by {people} people. Blank cells: before joining or after leaving; “?”: no data (no file covers this week). {order}",
    },
    "freq_order_alpha": {"de": "Reihenfolge alphabetisch.", "en": "Ordered alphabetically."},
    "freq_order_pseudo": {"de": "Reihenfolge nach Pseudonym.", "en": "Ordered by pseudonym."},
    "freq_order_activity": {"de": "Sortiert nach Aktivität (auf Wunsch).", "en": "Sorted by activity (on request)."},
    # target
    "freq_target_section": {"de": "Beiträge pro Monat und Ziel", "en": "Posts per month and target"},
    "freq_chart_target": {"de": "Beiträge pro Monat je Person (Ziel: {target})", "en": "Posts per month per person (target: {target})"},
    "freq_target_line": {"de": "Ziel {target}", "en": "Target {target}"},
    "freq_meets": {"de": "Ziel erreicht", "en": "Target met"},
    "freq_below": {"de": "unter dem Ziel", "en": "Below target"},
    "freq_hover_target": {
        "de": "{name}<br>Ø {avg} Beiträge pro Monat ({posts} Beiträge)<br>Ziel erreicht in {met} von {months} Monaten<br>{detail}",
        "en": "{name}<br>Ø {avg} posts per month ({posts} posts)<br>Target met in {met} of {months} months<br>{detail}",
    },
    "freq_note_target": {
        "de": "Beiträge pro Monat = Beiträge ÷ Monate mit Daten (die Tage im Zeitraum, die eine Datei für die Person abdeckt, während sie im Programm ist, ÷ 30,4). {meets} von {people} Personen mit Daten erreichen im Schnitt das Ziel von {target} Beiträgen pro Monat. {order}",
        "en": "Posts per month = posts ÷ months with data (the days of the period a file covers for the person while in the programme, ÷ 30.4). {meets} of {people} people with data average the target of {target} posts per month. {order}",
    },
    "freq_table": {"de": "Beiträge pro Monat als Tabelle", "en": "Posts per month as a table"},
    "freq_col_average": {"de": "Ø pro Monat", "en": "Ø per month"},
    "freq_col_meets": {"de": "Ziel erreicht", "en": "Target met"},
    # gaps
    "freq_gaps": {"de": "Aktuelle Pausen", "en": "Current gaps"},
    "freq_chart_gaps": {"de": "Tage seit dem letzten Beitrag (Stand {date})", "en": "Days since the last post (as of {date})"},
    "freq_hover_gap": {
        "de": "{name}<br>kein Beitrag seit {days} Tagen<br>letzter Beitrag: {last}",
        "en": "{name}<br>no post for {days} days<br>last post: {last}",
    },
    "freq_hover_never": {
        "de": "{name}<br>noch kein Beitrag ({days} Tage)",
        "en": "{name}<br>no post yet ({days} days)",
    },
    "freq_threshold_line": {"de": "{days} Tage", "en": "{days} days"},
    "freq_quiet": {"de": "≥ {days} Tage ohne Beitrag", "en": "≥ {days} days without a post"},
    "freq_recent": {"de": "kürzer", "en": "shorter"},
    "freq_quiet_list": {
        "de": "Seit mindestens {days} Tagen kein Beitrag: {names}",
        "en": "No post for at least {days} days: {names}",
    },
    "freq_quiet_none": {
        "de": "Niemand ist {days} Tage oder länger ohne Beitrag.",
        "en": "Nobody has gone {days} days or more without a post.",
    },
    "freq_quiet_count": {
        "de": "{count} von {total} Personen seit mindestens {days} Tagen ohne Beitrag. Auf dieser Seite ({page}): {names}",
        "en": "{count} of {total} people without a post for at least {days} days. On this page ({page}): {names}",
    },
    "freq_quiet_nobody_here": {"de": "niemand", "en": "nobody"},
    "freq_quiet_table": {
        "de": "Alle {count} Personen mit Pause ≥ {days} Tage als Tabelle",
        "en": "All {count} people with a gap ≥ {days} days as a table",
    },
    "freq_col_days": {"de": "Tage ohne Beitrag", "en": "Days without a post"},
    "freq_col_last": {"de": "Letzter Beitrag", "en": "Last post"},
    "freq_table_page": {"de": "Beiträge pro Monat als Tabelle ({page})", "en": "Posts per month as a table ({page})"},
    "freq_quiet_entry": {"de": "{name} ({days})", "en": "{name} ({days})"},
    "freq_note_gaps": {
        "de": "Tage ohne Beitrag je Person, gemessen bis zum Ende des Zeitraums ({date}) – oder bis dahin, wo die Daten der Person enden: dann „≥“, die Pause ist mindestens so lang; wer noch nie gepostet hat: Tage seit Eintritt bzw. seit Beginn des Zeitraums. Kein Beitrag seit {days} Tagen oder länger: {quiet} von {people} Personen. {order}",
        "en": "Days without a post per person, measured up to the end of the period ({date}) – or to where the person's data ends: then “≥”, the gap is at least that long; for people who have never posted: days since joining or since the period began. No post for {days} days or longer: {quiet} of {people} people. {order}",
    },
    # participation
    "freq_participation": {"de": "Teilnahmequote", "en": "Participation rate"},
    "freq_chart_participation": {"de": "Anteil aktiver Personen im Kader pro Monat", "en": "Share of the roster active per month"},
    "freq_hover_participation": {
        "de": "{month}<br>{active} von {roster} aktiv ({rate})",
        "en": "{month}<br>{active} of {roster} active ({rate})",
    },
    "freq_axis_share": {"de": "Anteil aktiv", "en": "Share active"},
    "freq_no_roster": {
        "de": "Für die Teilnahmequote fehlt die Influencer-Liste (Kader). Bitte auf der Seite „Import“ laden.",
        "en": "The participation rate needs the roster of influencers. Please load it on the “Import” page.",
    },
    "freq_note_participation": {
        "de": "Aktiv = mindestens ein Beitrag im Monat. Nenner = Personen im Kader (mit den gewählten Filtern), die in dem Monat im Programm waren (eingetreten bis zum Monatsende, nicht vor Monatsbeginn ausgeschieden – ohne Datum zählen alle) und für die eine Datei den Monat abdeckt; zuletzt {roster} Personen. Monate, für die niemand Daten hat: „keine Daten“.",
        "en": "Active = at least one post in the month. Denominator = roster people (with the chosen filters) who were in the programme that month (joined by its end, not left before its start – without dates everyone counts) and whose month some file covers; lately {roster} people. Months without data for anyone: “no data”.",
    },
    # posting times
    "freq_times": {"de": "Wann gepostet wird", "en": "When posts go out"},
    "freq_chart_times": {"de": "Beiträge nach Wochentag und Uhrzeit", "en": "Posts by weekday and hour"},
    "freq_note_times": {
        "de": "Anzahl Beiträge je Wochentag und Stunde (n = {n} Beiträge; ohne Uhrzeit und daher nicht gezeigt: {without}).",
        "en": "Number of posts per weekday and hour (n = {n} posts; without a time and so not shown: {without}).",
    },
}
