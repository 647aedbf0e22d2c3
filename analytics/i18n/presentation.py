"""Strings: layouts, empty and thin data explained, briefing outputs without holes (#15 items 2, 3, 4, 8)."""

STRINGS: dict[str, dict[str, str]] = {
    # what the workspace lacks altogether (analytics.coverage): what is missing and which file brings it
    "coverage_no_texts": {
        "de": "Ihre Beiträge haben keine Texte – Länge, Fragen am Ende und Hashtags brauchen den Beitragstext, "
              "z. B. aus Shares.csv (LinkedIn-Datenarchiv) oder einer Spalte „Beitragstext“ in Ihrer "
              "Controlling-Tabelle. Laden Sie eine solche Datei auf der Seite „Import & Daten“.",
        "en": "Your posts have no texts – length, closing questions and hashtags need the post text, e.g. from "
              "Shares.csv (LinkedIn data archive) or a “post text” column in your controlling sheet. Load such a "
              "file on the “Import & data” page.",
    },
    "coverage_no_times": {
        "de": "Ihre Beiträge haben nur ein Datum, keine Uhrzeit – die Auswertung nach Wochentag und Uhrzeit braucht "
              "die Uhrzeit der Veröffentlichung, z. B. aus Shares.csv (LinkedIn-Datenarchiv) oder einer Spalte "
              "„Uhrzeit“ in Ihrer Controlling-Tabelle.",
        "en": "Your posts have a date but no time – the analysis by weekday and hour needs the time of publication, "
              "e.g. from Shares.csv (LinkedIn data archive) or a “time” column in your controlling sheet.",
    },
    "coverage_no_media": {
        "de": "Ihre Beiträge haben keinen Medientyp (Bild, Video, Dokument) – der Vergleich nach Medientyp braucht "
              "ihn, z. B. aus der Inhaltsanalyse eines LinkedIn-Profils oder einer Spalte „Medientyp“.",
        "en": "Your posts have no media type (image, video, document) – the comparison by media type needs it, e.g. "
              "from a LinkedIn profile's content analytics or a “media type” column.",
    },
    "coverage_no_impressions": {
        "de": "Ihre Beiträge haben keine Impressionen – Engagement-Rate und Reichweite brauchen sie, z. B. aus der "
              "Inhaltsanalyse eines LinkedIn-Profils oder einer Spalte „Impressionen“ in Ihrer Controlling-Tabelle.",
        "en": "Your posts have no impressions – engagement rate and reach need them, e.g. from a LinkedIn profile's "
              "content analytics or an “impressions” column in your controlling sheet.",
    },
    "coverage_no_roster": {
        "de": "Es ist keine Influencer-Liste (Kader) geladen – Teilnahmequote und Vielfalt brauchen sie. Laden Sie "
              "die Liste auf der Seite „Import & Daten“.",
        "en": "No roster of influencers is loaded – the participation rate and diversity need it. Load the list on "
              "the “Import & data” page.",
    },
    "coverage_no_outcomes": {
        "de": "Noch keine Ergebnisse erfasst – so erfassen Sie sie: eine Tabelle mit Datum, Art (z. B. Anfrage, "
              "Bewerbung, Pressebericht), Person und Notiz auf der Seite „Import & Daten“ laden.",
        "en": "No outcomes recorded yet – to record them, load a table with date, type (e.g. inquiry, application, "
              "press coverage), person and note on the “Import & data” page.",
    },
    # the briefing: one line for each part the data cannot show (page, HTML, PowerPoint)
    "briefing_lacks_outcomes": {
        "de": "Ergebnisse (Anfragen, Bewerbungen, Presseberichte …) sind noch nicht erfasst; Kennzahl und "
              "Diagramm dazu erscheinen, sobald sie erfasst sind.",
        "en": "Outcomes (inquiries, applications, press coverage …) are not recorded yet; their key figure and "
              "chart appear once they are.",
    },
    "briefing_lacks_roster": {
        "de": "Ohne Influencer-Liste (Kader) fehlen Vielfalt und Teilnahmequote.",
        "en": "Without a roster of influencers, diversity and the participation rate are not shown.",
    },
    "briefing_lacks_period": {
        "de": "„{chart}“: keine Daten in diesem Zeitraum.",
        "en": "“{chart}”: no data in this period.",
    },
    "briefing_howto_outcomes": {
        "de": "Noch keine Ergebnisse erfasst – so erfassen Sie sie: eine Tabelle mit Datum, Art, Person und Notiz "
              "auf der Seite „Import & Daten“ laden. Bis dahin zeigt das Briefing keine Kennzahl und kein "
              "Diagramm dazu.",
        "en": "No outcomes recorded yet – to record them, load a table with date, type, person and note on the "
              "“Import & data” page. Until then the briefing shows no key figure or chart for them.",
    },
    "briefing_screenshot_open": {"de": "Screenshot-Ansicht", "en": "Screenshot view"},
    "briefing_screenshot_note": {
        "de": "Öffnet das Briefing allein in einem neuen Tab, ohne Seitenleiste, im Format 16:9 – bereit für "
              "einen Screenshot auf einer Folie. Die Adresse (mit „view=screenshot“) öffnet es jederzeit so.",
        "en": "Opens the briefing alone in a new tab, without the sidebar, in 16:9 – ready for a screenshot on a "
              "slide. Its address (with “view=screenshot”) always opens it so.",
    },
    "content_nothing_to_compare": {
        "de": "Ihre Beiträge haben weder Texte noch einen Medientyp – diese Seite vergleicht Beiträge nach Länge, "
              "Frage am Ende, Hashtag und Medientyp und braucht dafür den Beitragstext (z. B. aus Shares.csv im "
              "LinkedIn-Datenarchiv oder einer Spalte „Beitragstext“ Ihrer Controlling-Tabelle) oder den "
              "Medientyp (z. B. aus der Inhaltsanalyse eines LinkedIn-Profils). Laden Sie eine solche Datei auf "
              "der Seite „Import & Daten“.",
        "en": "Your posts have neither texts nor a media type – this page compares posts by length, closing "
              "question, hashtag and media type and needs the post text for it (e.g. from Shares.csv in the "
              "LinkedIn data archive or a “post text” column of your controlling sheet) or the media type (e.g. "
              "from a LinkedIn profile's content analytics). Load such a file on the “Import & data” page.",
    },
    "eng_top_hidden": {
        "de": "Ohne Wert in diesen Beiträgen und daher ausgeblendet: {columns}.",
        "en": "No value in these posts, so not shown: {columns}.",
    },
    "imp_upload_limits": {
        "de": "Bis {mb} MB je Datei; Dateitypen {types}. Die Beschriftung im Feld („Upload“, „per file“) stammt "
              "von Streamlit und lässt sich nicht übersetzen.",
        "en": "Up to {mb} MB per file; file types {types}.",
    },
    "eng_col_rate_short": {"de": "Rate", "en": "Rate"},
}
