"""Strings of the audience: the page "Publikum", its part of the one-person view, its settings and its
sentence in the briefing (whom the programme reaches, from LinkedIn's member exports)."""

STRINGS: dict[str, dict[str, str]] = {
    "nav_audience": {"de": "Publikum", "en": "Audience"},
    "aud_title": {"de": "Publikum", "en": "Audience"},
    "aud_caption": {
        "de": "Wen erreicht das Programm? Aus LinkedIns Inhaltsanalysen der Personen zusammengeführt, gewichtet nach "
              "erreichten Mitgliedern: wie viel des Publikums in der Zielregion sitzt (mögliche Bewerber:innen) und "
              "wie viel in der eigenen Organisation (Vernetzung nach innen).",
        "en": "Whom does the programme reach? Combined from the people's LinkedIn content analytics, weighted by "
              "members reached: how much of the audience is in the target region (potential applicants) and how much "
              "inside the own organisation (networking within).",
    },
    "aud_none": {
        "de": "Noch kein Publikum geladen. Es steht in LinkedIns Export „Inhaltsanalyse“ jeder Person "
              "(Content_… / AggregateAnalytics_…, Blätter DISCOVERY und DEMOGRAPHICS, in deutscher Oberfläche "
              "AUFFINDBARKEIT und DEMOGRAFISCHE DATEN) – laden Sie diese Exporte auf der Seite „Import“.",
        "en": "No audience loaded yet. It is in each person's LinkedIn content analytics export "
              "(Content_… / AggregateAnalytics_…, sheets DISCOVERY and DEMOGRAPHICS) – load these exports on the "
              "“Import” page.",
    },
    "aud_none_in_period": {
        "de": "Kein Export der gewählten Personen deckt den Zeitraum {period} ab. Wählen Sie einen anderen Zeitraum "
              "oder laden Sie die Inhaltsanalysen dieser Monate.",
        "en": "No export of the chosen people covers the period {period}. Choose another period or load the content "
              "analytics of these months.",
    },
    "aud_too_few": {
        "de": "Für diesen Zeitraum liegen Exporte von {n} Personen vor – das Publikum wird erst ab {min} Personen "
              "gezeigt, damit niemandes Publikum allein sichtbar wird. Das Publikum einer Person steht in der "
              "Einzelansicht (Seite „Begleitung“).",
        "en": "For this period there are exports of {n} people – the audience is shown from {min} people on, so that "
              "nobody's audience shows alone. One person's audience is in the one-person view (page “One person”).",
    },
    "aud_tile_reached": {"de": "Erreichte Mitglieder", "en": "Members reached"},
    "aud_tile_reached_help": {
        "de": "Summe der „erreichten Mitglieder“ aus dem Blatt DISCOVERY der Exporte. Wer mehreren Personen folgt, "
              "zählt bei jeder. {basis}",
        "en": "Sum of the “members reached” of the exports' DISCOVERY sheet. Someone who follows several people "
              "counts with each. {basis}",
    },
    "aud_tile_impressions": {"de": "Impressionen (Profile)", "en": "Impressions (profiles)"},
    "aud_tile_impressions_help": {
        "de": "Summe der Impressionen aus dem Blatt DISCOVERY: alle Beiträge der Profile im Exportzeitraum, auch "
              "ältere – nicht die Summe der Beiträge im Zeitraum. {basis}",
        "en": "Sum of the impressions of the DISCOVERY sheet: all the profiles' posts in the export window, older "
              "ones included – not the sum over the period's posts. {basis}",
    },
    "aud_tile_region": {"de": "In der Zielregion", "en": "In the target region"},
    "aud_tile_region_help": {
        "de": "Anteil der erreichten Mitglieder an Standorten, die einen Ort der Zielregion nennen ({values}); "
              "mindestens – LinkedIn nennt nur die stärksten Standorte. Beruht auf {n} Personen.",
        "en": "Share of members reached at locations naming a place of the target region ({values}); at least – "
              "LinkedIn lists only the top locations. Rests on {n} people.",
    },
    "aud_tile_internal": {"de": "Interne Reichweite", "en": "Internal reach"},
    "aud_tile_internal_help": {
        "de": "Anteil der erreichten Mitglieder, die bei der eigenen Organisation arbeiten ({values}); mindestens – "
              "LinkedIn nennt nur die stärksten Unternehmen. Beruht auf {n} Personen.",
        "en": "Share of members reached who work for the own organisation ({values}); at least – LinkedIn lists "
              "only the top companies. Rests on {n} people.",
    },
    "aud_tile_unset": {"de": "nicht festgelegt", "en": "not set"},
    "aud_tile_unset_help": {
        "de": "Auf der Seite „Programm & Ziele“ (Reiter „Publikum“) festlegen.",
        "en": "Set it on the page “Programme & goals” (tab “Audience”).",
    },
    "aud_tile_hidden": {"de": "ausgeblendet", "en": "hidden"},
    "aud_tile_hidden_help": {
        "de": "Beruht auf weniger als {min} Personen.",
        "en": "Rests on fewer than {min} people.",
    },
    "aud_tile_none_listed": {"de": "keine Angabe", "en": "not listed"},
    "aud_tile_none_listed_help": {
        "de": "Keiner der Exporte nennt diese Kategorie.",
        "en": "None of the exports lists this category.",
    },
    "aud_basis": {
        "de": "Beruht auf {people} ({windows}).",
        "en": "Rests on {people} ({windows}).",
    },
    "aud_basis_window": {"de": "{window}: {n}", "en": "{window}: {n}"},
    "aud_people_one": {"de": "{n} Person", "en": "{n} person"},
    "aud_people_other": {"de": "{n} Personen", "en": "{n} people"},
    "aud_caveat": {
        "de": "LinkedIn nennt je Kategorie nur die stärksten Werte, gerundet: Die Anteile sind Untergrenzen, keine "
              "vollständige Verteilung. Gewichtet nach erreichten Mitgliedern, je Person ihr Export, der den "
              "Zeitraum am meisten abdeckt. Werte „< 1 %“ zählen als 0,5 % (mit * markiert).",
        "en": "LinkedIn lists only the top values of each category, rounded: the shares are lower bounds, not a full "
              "distribution. Weighted by members reached, each person with the export that covers the period most. "
              "Values “< 1%” count as 0.5% (marked *).",
    },
    "aud_hidden": {
        "de": "Ausgeblendet, weil weniger als {min} Personen sie nennen: {categories}.",
        "en": "Hidden because fewer than {min} people's exports list them: {categories}.",
    },
    "aud_region": {"de": "Standorte und Zielregion", "en": "Locations and target region"},
    "aud_region_places": {
        "de": "Zielregion: {places}. Ändern auf der Seite „Programm & Ziele“ (Reiter „Publikum“).",
        "en": "Target region: {places}. Change it on the page “Programme & goals” (tab “Audience”).",
    },
    "aud_region_default": {
        "de": "Zielregion: {places} (aus dem Namen der Organisation). Ändern auf der Seite „Programm & Ziele“ "
              "(Reiter „Publikum“).",
        "en": "Target region: {places} (from the organisation's name). Change it on the page “Programme & goals” "
              "(tab “Audience”).",
    },
    "aud_region_unset": {
        "de": "Keine Zielregion festgelegt: Tragen Sie ihre Orte auf der Seite „Programm & Ziele“ im Reiter "
              "„Publikum“ ein, z. B. München, Landkreis München.",
        "en": "No target region set: enter its places on the page “Programme & goals”, tab “Audience”, e.g. "
              "Munich, Munich district.",
    },
    "aud_internal": {"de": "Unternehmen und interne Reichweite", "en": "Companies and internal reach"},
    "aud_internal_names": {
        "de": "Eigene Organisation: {names}. Weitere Namen auf der Seite „Programm & Ziele“ (Reiter „Publikum“).",
        "en": "Own organisation: {names}. Further names on the page “Programme & goals” (tab “Audience”).",
    },
    "aud_internal_unset": {
        "de": "Keine Organisation festgelegt: Tragen Sie ihren Namen (und wie LinkedIn sie sonst nennt) auf der "
              "Seite „Programm & Ziele“ ein.",
        "en": "No organisation set: enter its name (and what else LinkedIn calls it) on the page “Programme & "
              "goals”.",
    },
    "aud_profile": {"de": "Berufe und Branchen", "en": "Jobs and industries"},
    "aud_other": {"de": "Weitere Kategorien", "en": "Other categories"},
    "aud_cat_location": {"de": "Standorte", "en": "Locations"},
    "aud_cat_job_title": {"de": "Berufsbezeichnungen", "en": "Job titles"},
    "aud_cat_industry": {"de": "Branchen", "en": "Industries"},
    "aud_cat_seniority": {"de": "Karrierestufe", "en": "Seniority"},
    "aud_cat_company_size": {"de": "Unternehmensgröße", "en": "Company size"},
    "aud_cat_company": {"de": "Unternehmen", "en": "Companies"},
    "aud_chart_note": {
        "de": "Anteil der erreichten Mitglieder, gewichtet; {people}, {reached} erreichte Mitglieder. Untergrenzen.",
        "en": "Share of members reached, weighted; {people}, {reached} members reached. Lower bounds.",
    },
    "aud_chart_note_marked": {
        "de": "* von LinkedIn als „< 1 %“ angegeben, als 0,5 % gezählt.",
        "en": "* listed by LinkedIn as “< 1%”, counted as 0.5%.",
    },
    "aud_axis_share": {"de": "Anteil der erreichten Mitglieder", "en": "Share of members reached"},
    "aud_legend_region": {"de": "Zielregion", "en": "Target region"},
    "aud_legend_internal": {"de": "Eigene Organisation", "en": "Own organisation"},
    "aud_legend_other": {"de": "Andere", "en": "Others"},
    "aud_trend": {"de": "Verlauf über die Exportzeiträume", "en": "From one export window to the next"},
    "aud_trend_chart": {"de": "Zielregion und interne Reichweite je Exportzeitraum",
                        "en": "Target region and internal reach per export window"},
    "aud_trend_note": {
        "de": "Je Zeitraum (erster und letzter Monat der Exporte) die Exporte der gewählten Personen, unabhängig vom "
              "gewählten Zeitraum. Zeiträume mit weniger als {min} Personen bleiben leer{hidden}.",
        "en": "Per window (first and last month of the exports) the chosen people's exports, whatever the chosen "
              "period. Windows with fewer than {min} people stay empty{hidden}.",
    },
    "aud_trend_hidden": {"de": " ({n} Zeiträume)", "en": " ({n} windows)"},
    "aud_trend_one": {
        "de": "Bisher ein Exportzeitraum – der Verlauf erscheint mit den Exporten der folgenden Zeiträume.",
        "en": "One export window so far – the course appears with the exports of the following windows.",
    },
    "aud_hover_people": {"de": "{n} Personen", "en": "{n} people"},
    "aud_activity": {"de": "Aktivität der Profile pro Tag", "en": "The profiles' activity per day"},
    "aud_activity_chart": {"de": "Impressionen und Interaktionen der Profile pro Tag",
                           "en": "The profiles' impressions and engagements per day"},
    "aud_activity_note": {
        "de": "Aus dem Blatt ENGAGEMENT: was LinkedIn den Profilen an jedem Tag zuschreibt – alle Beiträge, auch "
              "ältere und solche außerhalb der Top-50-Listen. Das ist die Aktivität der Profile, nicht die Summe der "
              "Beiträge des Tages, und wird nie zu Beitragszahlen addiert. Summe über {people}; Tage mit weniger als "
              "{min} Personen bleiben leer.",
        "en": "From the ENGAGEMENT sheet: what LinkedIn credits the profiles with on each day – all posts, older "
              "ones and those outside the top-50 lists included. It is the profiles' activity, not the sum of the "
              "day's posts, and is never added to post figures. Summed over {people}; days with fewer than {min} "
              "people stay empty.",
    },
    "aud_activity_none": {
        "de": "Die geladenen Exporte enthalten keine Tageswerte (Blatt ENGAGEMENT) für diese Auswahl.",
        "en": "The loaded exports hold no daily figures (sheet ENGAGEMENT) for this selection.",
    },
    "aud_axis_impressions": {"de": "Impressionen", "en": "Impressions"},
    "aud_axis_engagements": {"de": "Interaktionen", "en": "Engagements"},
    "aud_posts_elsewhere": {
        "de": "Das Publikum einer einzelnen Person und ihrer Beiträge (aus Einzelbeitrags-Exporten) steht in der "
              "Einzelansicht auf der Seite „Begleitung“.",
        "en": "One person's audience and that of their posts (from single-post exports) are in the one-person view "
              "on the page “One person”.",
    },
    # the one-person view
    "aud_person": {"de": "Publikum", "en": "Audience"},
    "aud_person_none": {
        "de": "Für diese Person deckt kein Export (Inhaltsanalyse) den Zeitraum ab.",
        "en": "No export (content analytics) of this person covers the period.",
    },
    "aud_person_window": {
        "de": "Export {window}: {reached} erreichte Mitglieder, {impressions} Impressionen. Die Anteile wie LinkedIn "
              "sie angibt (nur die stärksten Werte).",
        "en": "Export {window}: {reached} members reached, {impressions} impressions. The shares as LinkedIn gives "
              "them (top values only).",
    },
    "aud_person_activity": {"de": "Aktivität des Profils pro Tag", "en": "The profile's activity per day"},
    "aud_person_activity_note": {
        "de": "Aus dem Blatt ENGAGEMENT: alle Beiträge des Profils an jedem Tag, auch ältere – nicht die Zahlen "
              "einzelner Beiträge.",
        "en": "From the ENGAGEMENT sheet: all the profile's posts on each day, older ones included – not the "
              "figures of single posts.",
    },
    "aud_post": {"de": "Publikum eines Beitrags", "en": "One post's audience"},
    "aud_post_choose": {"de": "Beitrag", "en": "Post"},
    "aud_post_none": {
        "de": "Für Beiträge dieser Person im Zeitraum liegt kein Einzelbeitrags-Export (SinglePostAnalytics_…) mit "
              "Publikum vor.",
        "en": "No single-post export (SinglePostAnalytics_…) with an audience exists for this person's posts in the "
              "period.",
    },
    "aud_post_label": {"de": "{date} – {opening}", "en": "{date} – {opening}"},
    "aud_post_figures": {
        "de": "{reached} erreichte Mitglieder, {impressions} Impressionen.",
        "en": "{reached} members reached, {impressions} impressions.",
    },
    "aud_col_category": {"de": "Kategorie", "en": "Category"},
    "aud_col_value": {"de": "Wert", "en": "Value"},
    "aud_col_share": {"de": "Anteil", "en": "Share"},
    "aud_below_one_percent": {"de": "< 1 %", "en": "< 1%"},
    # settings on the page "Programm & Ziele"
    "aud_settings": {"de": "Publikum: Zielregion und eigene Organisation",
                     "en": "Audience: target region and own organisation"},
    "aud_settings_help": {
        "de": "Für die Seite „Publikum“ und das Briefing: welche Standorte zur Zielregion zählen und unter welchen "
              "Namen die eigene Organisation in LinkedIns Unternehmensliste steht. Ein Eintrag pro Zeile.",
        "en": "For the page “Audience” and the briefing: which locations count as the target region and under which "
              "names the own organisation appears in LinkedIn's company lists. One entry per line.",
    },
    "aud_settings_region": {"de": "Orte der Zielregion", "en": "Places of the target region"},
    "aud_settings_region_help": {
        "de": "Ein Standort zählt, wenn er einen dieser Orte als ganze Wörter nennt („Landkreis München“ nennt "
              "„München“). LinkedIn schreibt Orte in der Sprache der Oberfläche: „München“ und „Munich“. Leer: "
              "{default}.",
        "en": "A location counts when it names one of these places as whole words (“Greater Munich Area” names "
              "“Munich”). LinkedIn writes places in the interface's language: “München” and “Munich”. Empty: "
              "{default}.",
    },
    "aud_settings_region_default": {"de": "die Stadt aus dem Namen der Organisation ({places})",
                                    "en": "the city in the organisation's name ({places})"},
    "aud_settings_region_none": {"de": "keine Zielregion", "en": "no target region"},
    "aud_settings_aliases": {"de": "Weitere Namen der Organisation", "en": "Other names of the organisation"},
    "aud_settings_aliases_help": {
        "de": "Zusätzlich zum Namen der Organisation (oben): wie LinkedIn sie sonst nennt, z. B. „Stadt München“. "
              "Verglichen ohne Groß- und Kleinschreibung und Satzzeichen.",
        "en": "Besides the organisation's name (above): what else LinkedIn calls it, e.g. “City of Munich”. Compared "
              "without case and punctuation.",
    },
    "aud_settings_save": {"de": "Speichern", "en": "Save"},
    "aud_settings_saved": {"de": "Gespeichert.", "en": "Saved."},
    "prog_names_invalid": {
        "de": "Höchstens {max} Einträge mit je höchstens {length} Zeichen.",
        "en": "At most {max} entries of at most {length} characters each.",
    },
    # the briefing
    "aud_briefing_region": {
        "de": "{share} der erreichten Mitglieder in der Zielregion",
        "en": "{share} of the members reached in the target region",
    },
    "aud_briefing_internal": {"de": "{share} aus der eigenen Organisation", "en": "{share} from the own organisation"},
    "aud_briefing_internal_alone": {
        "de": "{share} der erreichten Mitglieder aus der eigenen Organisation",
        "en": "{share} of the members reached from the own organisation",
    },
    "aud_briefing_reached": {"de": "{n} erreichte Mitglieder", "en": "{n} members reached"},
    "aud_briefing_sentence": {"de": "{figures} ({people}, Exporte {windows}).",
                              "en": "{figures} ({people}, exports {windows})."},
    "aud_briefing_note": {
        "de": "Publikum: aus LinkedIns Inhaltsanalysen, gewichtet nach erreichten Mitgliedern; LinkedIn nennt nur die "
              "stärksten Werte, die Anteile sind Untergrenzen.",
        "en": "Audience: from LinkedIn's content analytics, weighted by members reached; LinkedIn lists only the top "
              "values, the shares are lower bounds.",
    },
}
