"""diversity page strings: key -> {"de": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
    # errors (also used by the command line)
    "group_by_unknown": {
        "de": "„{by}“ ist kein Merkmal für eine Gruppierung (möglich: {allowed}).",
        "en": "“{by}” is not an attribute to group by (possible: {allowed}).",
    },
    "min_group_invalid": {
        "de": "Die Mindestgruppengröße muss eine ganze Zahl ab 1 sein (angegeben: {value}).",
        "en": "The minimum group size must be a whole number of at least 1 (given: {value}).",
    },
    # page
    "diversity_title": {"de": "Vielfalt", "en": "Diversity"},
    "diversity_caption": {
        "de": "Ist der Kader vielfältig – und zeigt sich Vielfalt in den Ergebnissen? Zusammensetzung, Bewerbungen und Aktivität nach Gruppen.",
        "en": "Is the cohort diverse – and does diversity show in the results? Composition, applications and activity by group.",
    },
    "diversity_no_roster": {
        "de": "Es ist noch keine Influencer-Liste (Kader) geladen. Laden Sie auf der Seite „Import“ die Liste mit Alter, Geschlecht, Beruf, Referat und Social-Media-Erfahrung – dann zeigt diese Seite die Zusammensetzung und Ergebnisse nach Gruppen.",
        "en": "No roster of influencers is loaded yet. Load the list with age, gender, profession, department and social-media experience on the “Import” page – then this page shows composition and results by group.",
    },
    "diversity_composition": {"de": "Zusammensetzung des Kaders", "en": "Cohort composition"},
    "diversity_composition_note": {
        "de": "Anzahl der Personen im Kader je Gruppe (n = {n}), Stand Ende des Zeitraums: wer bis dahin eingetreten und nicht ausgeschieden ist. Eine reine Zählung des Kaders, keine Leistung – daher sind alle Gruppen sichtbar.",
        "en": "Number of people in the roster per group (n = {n}) as of the end of the period: who had joined by then and not left. A plain count of the cohort, not performance – so every group is shown.",
    },
    "diversity_applicants": {"de": "Bewerbungen und Auswahl", "en": "Applicants and selection"},
    "diversity_applicants_none": {
        "de": "Keine Bewerbungsdaten geladen – der Vergleich Bewerbungen/Auswahl erscheint, sobald die Bewerbungsliste importiert ist.",
        "en": "No applicant data loaded – the comparison of applicants and selection appears once the applicant list is imported.",
    },
    "diversity_applicants_note": {
        "de": "Anteil je Gruppe unter allen Bewerbungen (n = {applicants}) und unter den Ausgewählten (n = {selected}). Anteile, keine Leistungswerte.",
        "en": "Share of each group among all applicants (n = {applicants}) and among those selected (n = {selected}). Shares, not performance.",
    },
    "diversity_performance": {"de": "Aktivität und Engagement nach Gruppen", "en": "Activity and engagement by group"},
    "diversity_group_by": {"de": "Gruppieren nach", "en": "Group by"},
    "diversity_compare_by": {"de": "Vergleichen nach", "en": "Compare by"},
    "diversity_performance_note": {
        "de": "Links: Beiträge pro Person im Zeitraum (Median der Personen einer Gruppe). Rechts: Engagement-Rate = Interaktionen ÷ Impressionen, über die Beiträge der Gruppe summiert. n = Personen je Gruppe; {posts} Beiträge.",
        "en": "Left: posts per person in the period (median over the group's people). Right: engagement rate = engagements ÷ impressions, summed over the group's posts. n = people per group; {posts} posts.",
    },
    "diversity_suppressed": {
        "de": "{n} Gruppen ausgeblendet: zu ihnen haben weniger als {min} Personen beigetragen (Datenschutz).",
        "en": "{n} groups hidden: fewer than {min} people contributed to them (privacy).",
    },
    "diversity_suppressed_one": {
        "de": "1 Gruppe ausgeblendet: zu ihr haben weniger als {min} Personen beigetragen (Datenschutz).",
        "en": "1 group hidden: fewer than {min} people contributed to it (privacy).",
    },
    "diversity_all_suppressed": {
        "de": "Zu keiner Gruppe haben mindestens {min} Personen beigetragen – zum Schutz der Personen wird nichts gezeigt.",
        "en": "No group has at least {min} contributing people – to protect the people nothing is shown.",
    },
    "diversity_rule": {
        "de": "Eine Gruppe zeigt Ergebnisse nur, wenn im Zeitraum mindestens {min} ihrer Personen beigetragen "
              "(gepostet) haben. Kleinere Gruppen werden zuerst mit der nächstkleineren zusammengefasst (bei Alter "
              "und Erfahrung mit der benachbarten); ausgeblendet wird nur, was sich so nicht zusammenfassen lässt "
              "oder sich um weniger als {min} Personen von einer Filterauswahl oder einer anderen Gruppe "
              "unterscheiden würde.",
        "en": "A group shows results only when at least {min} of its people contributed (posted) in the period. "
              "Smaller groups are first pooled with the next smallest (for age and experience with their "
              "neighbour); only what cannot be pooled so, or would differ by fewer than {min} people from a "
              "filter selection or another group, is hidden.",
    },
    "diversity_pooled": {
        "de": "Zusammengefasst, damit ein Vergleich bleibt: {groups}.",
        "en": "Pooled so that a comparison remains: {groups}.",
    },
    "diversity_pooled_group": {"de": "„{group}“", "en": "“{group}”"},
    "diversity_pooled_values": {"de": "„{group}“ ({values})", "en": "“{group}” ({values})"},
    "diversity_no_comparison": {
        "de": "Kein Vergleich nach {attribute} möglich: erst alle Gruppen zusammen erreichen {min} beitragende "
              "Personen.",
        "en": "No comparison by {attribute}: only all groups together reach {min} contributing people.",
    },
    "diversity_no_comparison_difference": {
        "de": "Kein Vergleich nach {attribute} möglich: Jede Gruppe ist groß genug, aber ihre Zahlen unterschieden "
              "sich von denen einer Filterauswahl oder einer Gruppe eines anderen Merkmals um weniger als {min} "
              "Personen – aus beiden ließen sich die Ergebnisse einzelner Personen errechnen. Alle Gruppen zusammen "
              "zeigt der Überblick.",
        "en": "No comparison by {attribute}: every group is large enough, but its figures would differ from those "
              "of a filter selection or a group of another attribute by fewer than {min} people – the two together "
              "would give individual people's results. The overview shows all groups together.",
    },
    "diversity_filtered": {
        "de": "Mit Filtern nach Kohorte, Beruf oder Referat vergleicht diese Seite keine Gruppen: Gruppen in einer "
              "gefilterten Auswahl sind so klein, dass sie sich mit den Zahlen anderer Auswahlen verrechnen "
              "ließen. Für den Vergleich die Filter entfernen.",
        "en": "With cohort, profession or department filters this page compares no groups: groups within a "
              "filtered selection are so small that they could be worked out against the figures of other "
              "selections. Remove the filters for the comparison.",
    },
    "diversity_table": {"de": "Zahlen je Gruppe", "en": "Figures per group"},
    # attributes
    "attr_gender": {"de": "Geschlecht", "en": "Gender"},
    "attr_age_band": {"de": "Altersgruppe", "en": "Age band"},
    "attr_profession": {"de": "Beruf", "en": "Profession"},
    "attr_department": {"de": "Referat", "en": "Department"},
    "attr_experience": {"de": "Social-Media-Erfahrung", "en": "Social-media experience"},
    # group values
    "group_unknown": {"de": "unbekannt", "en": "unknown"},
    "group_other": {"de": "Sonstige", "en": "Other"},
    "group_no_value": {"de": "ohne Angabe", "en": "not given"},
    "group_pool_cohort": {"de": "weitere Kohorten ({n})", "en": "other cohorts ({n})"},
    "group_pool_profession": {"de": "weitere Berufe ({n})", "en": "other professions ({n})"},
    "group_pool_department": {"de": "weitere Referate ({n})", "en": "other departments ({n})"},
    "group_pool_other": {"de": "{n} Gruppen zusammen", "en": "{n} groups together"},
    "group_pool_range": {"de": "{first} bis {last}", "en": "{first} to {last}"},
    "gender_female": {"de": "weiblich", "en": "female"},
    "gender_male": {"de": "männlich", "en": "male"},
    "gender_diverse": {"de": "divers", "en": "diverse"},
    "experience_none": {"de": "keine", "en": "none"},
    "experience_low": {"de": "wenig", "en": "low"},
    "experience_medium": {"de": "mittel", "en": "medium"},
    "experience_high": {"de": "viel", "en": "high"},
    "age_<30": {"de": "unter 30", "en": "under 30"},
    "age_30-39": {"de": "30–39", "en": "30–39"},
    "age_40-49": {"de": "40–49", "en": "40–49"},
    "age_50-59": {"de": "50–59", "en": "50–59"},
    "age_60+": {"de": "60 und älter", "en": "60 and over"},
    # chart texts
    "div_chart_people": {"de": "Personen", "en": "People"},
    "div_chart_composition_title": {"de": "Personen im Kader nach {attributes}", "en": "People in the roster by {attributes}"},
    "div_chart_applicants_title": {"de": "Bewerbungen und Auswahl nach {attribute}", "en": "Applicants and selection by {attribute}"},
    "div_chart_applicants": {"de": "Bewerbungen (n = {n})", "en": "Applicants (n = {n})"},
    "div_chart_selected": {"de": "Ausgewählt (n = {n})", "en": "Selected (n = {n})"},
    "div_chart_performance_title": {"de": "Aktivität und Engagement nach {attribute}", "en": "Activity and engagement by {attribute}"},
    "div_chart_posts_per_person": {"de": "Beiträge pro Person (Median)", "en": "Posts per person (median)"},
    "div_chart_rate": {"de": "Engagement-Rate (gepoolt)", "en": "Engagement rate (pooled)"},
    "div_chart_n_people": {"de": "n = {n} Personen", "en": "n = {n} people"},
    "div_chart_hover_people": {"de": "{n} Personen", "en": "{n} people"},
    "div_chart_hover_posts": {"de": "{n} Beiträge", "en": "{n} posts"},
    "div_chart_hover_of": {"de": "{count} von {total}", "en": "{count} of {total}"},
    # table columns
    "div_col_group": {"de": "Gruppe", "en": "Group"},
    "div_col_people": {"de": "Personen", "en": "People"},
    "div_col_active": {"de": "davon aktiv", "en": "of whom active"},
    "div_col_posts": {"de": "Beiträge", "en": "Posts"},
    "div_col_median_posts": {"de": "Beiträge pro Person (Median)", "en": "Posts per person (median)"},
    "div_col_reactions": {"de": "Reaktionen", "en": "Reactions"},
    "div_col_comments": {"de": "Kommentare", "en": "Comments"},
    "div_col_reposts": {"de": "Reposts", "en": "Reposts"},
    "div_col_impressions": {"de": "Impressionen", "en": "Impressions"},
    "div_col_rate": {"de": "Engagement-Rate (gepoolt)", "en": "Engagement rate (pooled)"},
    "div_col_median_rate": {"de": "Engagement-Rate je Beitrag (Median)", "en": "Engagement rate per post (median)"},
    # how ages are counted
    "prog_age_rule": {
        "de": "Altersgruppen: Alter am Ende des Zeitraums ({date}), aus dem Geburtsjahr ({year} minus Geburtsjahr); "
              "ohne Geburtsjahr die beim Import angegebene Altersgruppe.",
        "en": "Age bands: age at the end of the period ({date}), from the birth year ({year} minus the birth year); "
              "without a birth year, the age band given at import.",
    },
}
