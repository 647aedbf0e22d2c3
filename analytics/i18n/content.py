"""content page strings (groups of posts, hashtags, topics): key -> {"de": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
    "content_title": {"de": "Inhalte", "en": "Content"},
    "content_caption": {
        "de": "Was funktioniert? Engagement nach Länge, Frage am Ende, Programm-Hashtag, Medientyp und Thema – als Median je Beitrag, mit n.",
        "en": "What works? Engagement by length, question at the end, programme hashtag, media type and topic – as the median per post, with n.",
    },
    "content_hashtag_input": {"de": "Programm-Hashtag", "en": "Programme hashtag"},
    "content_hashtag_help": {
        "de": "Der Hashtag, den alle Beiträge des Programms tragen sollen. Groß-/Kleinschreibung egal.",
        "en": "The hashtag every post of the programme should carry. Case does not matter.",
    },
    "content_hashtag_missing": {
        "de": "Bitte einen Programm-Hashtag eingeben, um Beiträge mit und ohne ihn zu vergleichen.",
        "en": "Enter a programme hashtag to compare posts with and without it.",
    },
    "content_rate_note": {
        "de": "Balken = Median der Engagement-Rate je Beitrag (Interaktionen ÷ Impressionen); n = Beiträge mit Interaktionen und Impressionen ({n} von {posts}).",
        "en": "Bar = median engagement rate per post (engagements ÷ impressions); n = posts with engagements and impressions ({n} of {posts}).",
    },
    "content_length_note_extra": {
        "de": "Länge in Zeichen; die gestrichelte Linie markiert die Leitlinie von etwa 1.500 Zeichen.",
        "en": "Length in characters; the dashed line marks the guideline of about 1,500 characters.",
    },
    "content_adoption_note": {
        "de": "Anteil der Beiträge eines Monats, die {tag} tragen (n = {n} Beiträge mit Text).",
        "en": "Share of a month's posts carrying {tag} (n = {n} posts with text).",
    },
    "content_top_note": {
        "de": "Anzahl der Beiträge, die den Hashtag tragen (je Beitrag einmal gezählt), n = {n} Beiträge mit Text.",
        "en": "Number of posts carrying the hashtag (counted once per post), n = {n} posts with text.",
    },
    "content_empty_groups": {"de": "Ohne Beiträge: {groups}.", "en": "No posts: {groups}."},
    "content_thin_warning": {
        "de": "Grau schraffiert = wenig Daten (weniger als {thin} Beiträge): {groups}.",
        "en": "Grey hatched = thin data (fewer than {thin} posts): {groups}.",
    },
    # chart titles and labels
    "content_chart_length": {"de": "Engagement nach Beitragslänge in Zeichen", "en": "Engagement by post length in characters"},
    "content_chart_question": {"de": "Frage am Ende – ja oder nein?", "en": "Question at the end – yes or no?"},
    "content_chart_hashtag": {"de": "Mit oder ohne {tag}", "en": "With or without {tag}"},
    # short: a long hashtag must fit the half-width chart's title at 1280 px
    "content_chart_adoption": {"de": "Beiträge mit {tag}: Anteil je Monat", "en": "Posts with {tag}: share by month"},
    "content_chart_media": {"de": "Engagement nach Medientyp", "en": "Engagement by media type"},
    "content_chart_top": {"de": "Die häufigsten Hashtags: Zahl der Beiträge", "en": "The most used hashtags: number of posts"},
    "content_axis_median_rate": {"de": "Engagement-Rate je Beitrag (Median)", "en": "Engagement rate per post (median)"},
    # the y-axis of the bar charts, two lines: one was taller than the plot of a half-width chart and was cut
    "content_axis_median_rate_lines": {"de": "Engagement-Rate<br>je Beitrag (Median)",
                                       "en": "Engagement rate<br>per post (median)"},
    "content_axis_share": {"de": "Anteil der Beiträge", "en": "Share of posts"},
    "content_axis_posts": {"de": "Beiträge", "en": "Posts"},
    "content_guideline": {"de": "Leitlinie ≈ 1.500 Zeichen", "en": "Guideline ≈ 1,500 characters"},
    "content_n": {"de": "n = {n}", "en": "n = {n}"},
    "content_hover_median": {"de": "Median Engagement-Rate", "en": "Median engagement rate"},
    "content_hover_median_engagements": {"de": "Median Interaktionen", "en": "Median engagements"},
    "content_hover_posts": {"de": "Beiträge mit Rate", "en": "Posts with a rate"},
    "content_hover_all_posts": {"de": "Beiträge", "en": "Posts"},
    "content_hover_with_tag": {"de": "davon mit Hashtag", "en": "with the hashtag"},
    "content_hover_thin": {"de": "Wenig Daten (< {thin} Beiträge)", "en": "Thin data (< {thin} posts)"},
    "content_length_under": {"de": "unter {n}", "en": "under {n}"},
    "content_length_from": {"de": "ab {n}", "en": "{n} and more"},
    "content_question_yes": {"de": "mit Frage am Ende", "en": "question at the end"},
    "content_question_no": {"de": "ohne Frage am Ende", "en": "no question at the end"},
    "content_hashtag_with": {"de": "mit {tag}", "en": "with {tag}"},
    "content_hashtag_without": {"de": "ohne {tag}", "en": "without {tag}"},
    "media_text": {"de": "nur Text", "en": "text only"},
    "media_image": {"de": "Bild", "en": "image"},
    "media_video": {"de": "Video", "en": "video"},
    "media_document": {"de": "Dokument", "en": "document"},
    "media_article": {"de": "Artikel", "en": "article"},
    "media_poll": {"de": "Umfrage", "en": "poll"},
    "media_carousel": {"de": "Karussell", "en": "carousel"},
    "media_link": {"de": "Link", "en": "link"},
    "media_unknown": {"de": "unbekannt", "en": "unknown"},
    # topics: the post's topic or category from a controlling sheet, compared by median engagement
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
        "de": "Balken = Median der Engagement-Rate je Beitrag; n = Beiträge mit Interaktionen und Impressionen.",
        "en": "Bar = median engagement rate per post; n = posts with engagements and impressions.",
    },
    "topics_col_topic": {"de": "Thema", "en": "Topic"},
    "topics_col_posts": {"de": "Beiträge", "en": "Posts"},
    "topics_col_rate": {"de": "Engagement-Rate (Median)", "en": "Engagement rate (median)"},
    "topics_col_n": {"de": "n (mit Rate)", "en": "n (with a rate)"},
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
    "content_nothing_to_compare": {
        "de": "Ihre Beiträge haben weder Texte noch einen Medientyp noch ein Thema – diese Seite vergleicht "
              "Beiträge nach Länge, Frage am Ende, Hashtag, Medientyp und Thema. Den Beitragstext bringen "
              "Shares.csv (LinkedIn-Datenarchiv) oder eine Spalte „Beitragstext“ Ihrer Controlling-Tabelle, "
              "Medientyp und Thema je eine Spalte „Medientyp“ bzw. „Thema“ Ihrer Controlling-Tabelle; "
              "LinkedIns Exporte nennen beides nicht. Laden Sie eine solche Datei auf der Seite „Import“.",
        "en": "Your posts have neither texts nor a media type nor a topic – this page compares posts by length, "
              "closing question, hashtag, media type and topic. The post text comes from Shares.csv (LinkedIn "
              "data archive) or a “post text” column of your controlling sheet, media type and topic from a "
              "“media type” or “topic” column of your controlling sheet; LinkedIn's exports give neither. Load "
              "such a file on the “Import” page.",
    },
}
