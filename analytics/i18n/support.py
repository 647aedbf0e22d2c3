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
