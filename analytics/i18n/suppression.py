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
    "supp_small_outside": {
        "de": "Ebenfalls ausgeblendet: „{group}“ – außerhalb der Filter hat diese Gruppe weniger als {min} "
              "Personen, deren Ergebnisse sich sonst errechnen ließen.",
        "en": "Also hidden: “{group}” – outside the filters this group has fewer than {min} people, whose "
              "results could otherwise be worked out.",
    },
    "supp_narrowed_pseudonyms": {
        "de": "Mit Pseudonymen zeigt diese Ansicht keine ausgewählten Personen: Merkmale wie Geschlecht oder "
              "Alter der Auswahl würden verraten, wer hinter einem Pseudonym steht. Leeren Sie die "
              "Personenauswahl oder zeigen Sie Namen.",
        "en": "With pseudonyms this view shows no chosen people: attributes such as gender or age of the "
              "selection would reveal who is behind a pseudonym. Clear the people filter or show names.",
    },
    # the section on the privacy page
    "supp_section_title": {"de": "Kleine Gruppen", "en": "Small groups"},
    "supp_section_explain": {
        "de": "Auswertungen nach Gruppen (Geschlecht, Altersgruppe, Beruf, Referat, Erfahrung) zeigen nur "
              "Gruppen mit mindestens so vielen Personen. Ist genau eine Gruppe zu klein, wird zusätzlich "
              "die nächstkleinere ausgeblendet, damit sich die kleine nicht aus der Gesamtsumme errechnen "
              "lässt. Filter nach Kohorte, Beruf oder Referat, die weniger Personen übrig lassen, zeigen "
              "keine Ergebnisse. Die Grenze gilt für alle, die diesen Arbeitsbereich öffnen, für Briefing "
              "und Kommandozeile; ein Link kann sie nicht ändern.",
        "en": "Breakdowns by group (gender, age band, profession, department, experience) show only groups "
              "with at least this many people. When exactly one group is too small, the next smallest is "
              "hidden too, so that the small one cannot be worked out from the total. Cohort, profession "
              "or department filters that leave fewer people show no results. The threshold applies to "
              "everyone who opens this workspace, to the briefing and to the command line; a link cannot "
              "change it.",
    },
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
