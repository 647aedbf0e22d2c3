"""Strings: Small-group suppression and the workspace's threshold."""

STRINGS: dict[str, dict[str, str]] = {
    # shown wherever figures are suppressed
    "supp_threshold_note": {
        "de": "Gruppen unter {min} Personen ausgeblendet — Einstellung auf der Seite „Datenschutz“.",
        "en": "Groups under {min} people hidden — setting on the “Privacy” page.",
    },
    "supp_complementary": {
        "de": "Zusätzlich ausgeblendet: „{group}“ – sonst ließe sich die eine kleine Gruppe aus der "
              "Gesamtsumme errechnen.",
        "en": "Also hidden: “{group}” – otherwise the one small group could be worked out from the total.",
    },
    "supp_narrowed": {
        "de": "Die Filter nach Kohorte, Beruf oder Referat treffen auf weniger als {min} Personen zu "
              "(hier: {n}). Zum Schutz der Einzelnen zeigt diese Auswahl keine Ergebnisse – wählen Sie weitere Werte "
              "oder entfernen Sie Filter.",
        "en": "The cohort, profession or department filters match fewer than {min} people (here: {n}). To protect "
              "individuals this selection shows no results – choose more values or remove filters.",
    },
    "supp_left_out": {
        "de": "Die Filter nach Kohorte, Beruf oder Referat lassen weniger als {min} Personen weg (hier: {n}): "
              "die Gesamtzahlen minus diese Auswahl ergäben deren Ergebnisse. Zum Schutz der Einzelnen zeigt "
              "diese Auswahl keine Ergebnisse – wählen Sie weniger Werte oder entfernen Sie Filter.",
        "en": "The cohort, profession or department filters leave out fewer than {min} people (here: {n}): the "
              "totals minus this selection would give their results. To protect individuals this selection "
              "shows no results – choose fewer values or remove filters.",
    },
    "supp_difference": {
        "de": "Ebenfalls ausgeblendet: „{group}“ – die Zahlen unterschieden sich von denen einer Filterauswahl "
              "oder einer anderen Gruppe um weniger als {min} Personen.",
        "en": "Also hidden: “{group}” – its figures would differ from those of a filter selection or another "
              "group by fewer than {min} people.",
    },
    "supp_not_offered": {
        "de": "„{values}“ ist im gewählten Zeitraum nicht einzeln wählbar: Werte, zu denen weniger als {min} "
              "Personen beigetragen haben, bietet der Filter nur zusammen als „weitere …“ an – sonst ergäbe der "
              "Unterschied zweier Auswahlen die Ergebnisse Einzelner. Wählen Sie angebotene Werte oder "
              "entfernen Sie den Filter.",
        "en": "“{values}” cannot be chosen on its own in this period: values to which fewer than {min} people "
              "contributed are offered only together as “other …” – else the difference of two selections "
              "would give individuals' results. Choose offered values or remove the filter.",
    },
    "supp_narrowed_pseudonyms": {
        "de": "Mit Pseudonymen zeigt diese Ansicht keine ausgewählten Personen: Merkmale wie Geschlecht oder "
              "Alter der Auswahl würden verraten, wer hinter einem Pseudonym steht. Leeren Sie die "
              "Personenauswahl oder zeigen Sie Namen.",
        "en": "With pseudonyms this view shows no chosen people: attributes such as gender or age of the "
              "selection would reveal who is behind a pseudonym. Clear the people filter or show names.",
    },
    "supp_pool_gone": {
        "de": "„weitere …“ gibt es im gewählten Zeitraum nicht: zu jedem Wert haben mindestens {min} Personen "
              "beigetragen, der Filter bietet sie einzeln an. Wählen Sie die Werte einzeln oder entfernen Sie den "
              "Filter.",
        "en": "“other …” does not exist in this period: at least {min} people contributed to every value, and "
              "the filter offers each on its own. Choose the values one by one or remove the filter.",
    },
    # the section on the privacy page
    "supp_section_title": {"de": "Kleine Gruppen", "en": "Small groups"},
    "supp_section_explain": {
        "de": "Auswertungen nach Gruppen (Geschlecht, Altersgruppe, Beruf, Referat, Erfahrung) zeigen nur "
              "Gruppen, zu denen im Zeitraum mindestens so viele Personen beigetragen haben. Kleinere Gruppen "
              "werden zuerst mit der nächstkleineren zusammengefasst; ausgeblendet wird nur, was sich nicht "
              "zusammenfassen lässt, und was sich um weniger Personen von einer Filterauswahl oder einer "
              "anderen Gruppe unterscheiden würde. Die Filter nach Kohorte, Beruf oder Referat bieten Werte "
              "mit weniger Beitragenden nur zusammengefasst an („weitere Referate“), damit sich zwei "
              "Auswahlen nie um weniger Personen unterscheiden. Die Grenze gilt für alle, die diesen "
              "Arbeitsbereich öffnen, für Briefing und Kommandozeile; ein Link kann sie nicht ändern.",
        "en": "Breakdowns by group (gender, age band, profession, department, experience) show only groups to "
              "which at least this many people contributed in the period. Smaller groups are first pooled with "
              "the next smallest; only what cannot be pooled, or would differ by fewer people from a filter "
              "selection or another group, is hidden. The cohort, profession and department filters offer "
              "values with fewer contributors only pooled (“other departments”), so that two selections never "
              "differ by fewer people. The threshold applies to everyone who opens this workspace, to the "
              "briefing and to the command line; a link cannot change it.",
    },
    # the sidebar's group filters
    "sidebar_filter_rule": {
        "de": "Einzeln wählbar: Werte, zu denen im Zeitraum mindestens {min} Personen beigetragen haben; die "
              "übrigen als „weitere …“. So unterscheiden sich zwei Auswahlen um mindestens {min} Personen.",
        "en": "On their own: values to which at least {min} people contributed in the period; the rest as "
              "“other …”. So two selections differ by at least {min} people.",
    },
    "sidebar_filter_none": {
        "de": "{attribute}: nicht filterbar – zu wenige Beitragende je Wert im Zeitraum.",
        "en": "{attribute}: no filter – too few contributors per value in the period.",
    },
    "sidebar_filter_single": {
        "de": "{attribute}: nichts zu filtern – höchstens ein Wert im Kader.",
        "en": "{attribute}: nothing to filter – one value at most in the roster.",
    },
    "sidebar_not_offered": {"de": "{value} (nicht wählbar)", "en": "{value} (not available)"},
    "sidebar_pool_help": {"de": "{pool}: {values}", "en": "{pool}: {values}"},
    "supp_section_label": {"de": "Mindestgruppengröße (Personen)", "en": "Minimum group size (people)"},
    "supp_section_current": {
        "de": "Aktuell: Gruppen unter {min} Personen werden ausgeblendet.",
        "en": "Currently: groups under {min} people are hidden.",
    },
    "supp_section_save": {"de": "Mindestgruppengröße speichern", "en": "Save minimum group size"},
    "supp_section_saved": {
        "de": "Gespeichert: Gruppen unter {min} Personen werden ausgeblendet.",
        "en": "Saved: groups under {min} people are hidden.",
    },
    "supp_section_invalid": {
        "de": "Die Mindestgruppengröße muss eine ganze Zahl von 1 bis {max} sein (angegeben: {value}); "
              "nichts wurde geändert.",
        "en": "The minimum group size must be a whole number from 1 to {max} (given: {value}); nothing "
              "was changed.",
    },
    "supp_section_low": {
        "de": "Unter 3 Personen lassen sich Ergebnisse leicht einzelnen Personen zuordnen (mit 1 wird nichts "
              "ausgeblendet). Eine so niedrige Grenze sollte mit dem Personalrat abgestimmt sein.",
        "en": "Below 3 people, results are easily traced to individuals (with 1 nothing is hidden). Agree "
              "such a low threshold with the staff council.",
    },
}
