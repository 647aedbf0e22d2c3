"""Strings on what the workspace lacks altogether (analytics.coverage): what is missing and which file brings it."""

STRINGS: dict[str, dict[str, str]] = {
    "coverage_no_texts": {
        "de": "Ihre Beiträge haben keine Texte – Länge, Fragen am Ende und Hashtags brauchen den Beitragstext: "
              "aus Shares.csv (LinkedIn-Datenarchiv) oder einer Spalte „Beitragstext“ in Ihrer "
              "Controlling-Tabelle. Laden Sie eine solche Datei auf der Seite „Import“.",
        "en": "Your posts have no texts – length, closing questions and hashtags need the post text: from "
              "Shares.csv (LinkedIn data archive) or a “post text” column in your controlling sheet. Load such a "
              "file on the “Import” page.",
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
              "ihn aus einer Spalte „Medientyp“ in Ihrer Controlling-Tabelle; LinkedIns Exporte nennen ihn nicht.",
        "en": "Your posts have no media type (image, video, document) – the comparison by media type needs it from "
              "a “media type” column in your controlling sheet; LinkedIn's exports do not give it.",
    },
    "coverage_no_topics": {
        "de": "Ihre Beiträge haben kein Thema – der Vergleich nach Thema braucht eine Spalte „Thema“ (oder "
              "„Kampagne“, „Serie“, „Rubrik“) in Ihrer Controlling-Tabelle; LinkedIns Exporte nennen keins.",
        "en": "Your posts have no topic – the comparison by topic needs a “topic” column (or “campaign”, "
              "“series”) in your controlling sheet; LinkedIn's exports give none.",
    },
    "coverage_no_impressions": {
        "de": "Ihre Beiträge haben keine Impressionen – Engagement-Rate und Reichweite brauchen sie, z. B. aus der "
              "Inhaltsanalyse eines LinkedIn-Profils oder einer Spalte „Impressionen“ in Ihrer Controlling-Tabelle.",
        "en": "Your posts have no impressions – engagement rate and reach need them, e.g. from a LinkedIn profile's "
              "content analytics or an “impressions” column in your controlling sheet.",
    },
    "coverage_no_roster": {
        "de": "Es ist keine Influencer-Liste (Kader) geladen – Teilnahmequote und Vielfalt brauchen sie. Laden Sie "
              "die Liste auf der Seite „Import“.",
        "en": "No roster of influencers is loaded – the participation rate and diversity need it. Load the list on "
              "the “Import” page.",
    },
    "coverage_no_outcomes": {
        "de": "Noch keine Ergebnisse erfasst – so erfassen Sie sie: eine Tabelle mit Datum, Art (z. B. Anfrage, "
              "Bewerbung, Pressebericht), Person und Notiz auf der Seite „Import“ laden.",
        "en": "No outcomes recorded yet – to record them, load a table with date, type (e.g. inquiry, application, "
              "press coverage), person and note on the “Import” page.",
    },
}
