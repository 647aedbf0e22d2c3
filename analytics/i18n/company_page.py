"""Strings of the company page: its posts as a kind of import, and the programme against the page."""

STRINGS: dict[str, dict[str, str]] = {
    "kind_page_posts": {"de": "Beiträge der Unternehmensseite", "en": "company-page posts"},
    "page_import_note": {
        "de": "– getrennt vom Programm (sie zählen nie als Beiträge einer Person; Übersicht, Wirkung und "
              "Briefing vergleichen Programm und Seite)",
        "en": "– apart from the programme (they never count as anyone's posts; overview, impact and briefing "
              "compare programme and page)",
    },
    "page_title": {"de": "Programm und Unternehmensseite", "en": "Programme and company page"},
    "page_caption": {
        "de": "Gleicher Zeitraum ({period}). Die Beiträge der Unternehmensseite (aus ihrem Inhaltsexport) zählen "
              "nie als Beiträge des Programms.",
        "en": "Same period ({period}). The company page's posts (from its content export) never count as the "
              "programme's posts.",
    },
    "page_rate_rule": {
        "de": "Engagement-Rate auf beiden Seiten nur über die Beiträge mit Interaktionen und Impressionen.",
        "en": "Engagement rate on both sides only over the posts with engagements and impressions.",
    },
    "page_partial_engagements": {
        "de": "Interaktionen bekannt für {programme} von {programme_posts} Beiträgen des Programms und {page} von "
              "{page_posts} der Seite.",
        "en": "Engagements known for {programme} of the programme's {programme_posts} posts and {page} of the "
              "page's {page_posts}.",
    },
    "page_col_measure": {"de": "Kennzahl", "en": "Measure"},
    "page_col_programme": {"de": "Programm", "en": "Programme"},
    "page_col_page": {"de": "Unternehmensseite", "en": "Company page"},
    "page_col_ratio": {"de": "Programm ÷ Seite", "en": "Programme ÷ page"},
    "page_row_posts": {"de": "Beiträge", "en": "Posts"},
    "page_row_impressions": {"de": "Impressionen", "en": "Impressions"},
    "page_row_engagements": {"de": "Interaktionen", "en": "Engagements"},
    "page_row_engagement_rate": {"de": "Engagement-Rate", "en": "Engagement rate"},
    "page_row_follower_growth": {"de": "Follower-Zuwachs", "en": "Follower growth"},
    "page_who_one": {"de": "Der Corporate Influencer", "en": "The corporate influencer"},
    "page_who_other": {"de": "Die {n} Corporate Influencer", "en": "The {n} corporate influencers"},
    "page_times": {"de": "{who} erzielten {ratio}-mal so viele {what} wie die Unternehmensseite.",
                   "en": "{who} achieved {ratio} times as many {what} as the company page."},
    "page_times_one": {"de": "{who} erzielte {ratio}-mal so viele {what} wie die Unternehmensseite.",
                       "en": "{who} achieved {ratio} times as many {what} as the company page."},
    "page_share": {"de": "{who} erzielten {share} der {what} der Unternehmensseite.",
                   "en": "{who} achieved {share} of the company page's {what}."},
    "page_share_one": {"de": "{who} erzielte {share} der {what} der Unternehmensseite.",
                       "en": "{who} achieved {share} of the company page's {what}."},
    "page_what_impressions": {"de": "Impressionen", "en": "impressions"},
    "page_what_engagements": {"de": "Interaktionen", "en": "engagements"},
    "page_no_impressions": {
        "de": "Impressionen sind nicht für beide Seiten bekannt ({programme} von {programme_posts} Beiträgen des "
              "Programms, {page} von {page_posts} der Seite); verglichen werden deshalb die Interaktionen.",
        "en": "Impressions are not known for both sides ({programme} of the programme's {programme_posts} posts, "
              "{page} of the page's {page_posts}); the engagements are compared instead.",
    },
    "page_partial_impressions": {
        "de": "Impressionen bekannt für {programme} von {programme_posts} Beiträgen des Programms und {page} von "
              "{page_posts} der Seite.",
        "en": "Impressions known for {programme} of the programme's {programme_posts} posts and {page} of the "
              "page's {page_posts}.",
    },
    "page_posts_sentence": {
        "de": "Im selben Zeitraum: {programme} Beiträge des Programms, {page} der Unternehmensseite.",
        "en": "In the same period: {programme} posts of the programme, {page} of the company page.",
    },
    "page_rates_sentence": {
        "de": "Engagement-Rate: Programm {programme}, Unternehmensseite {page}.",
        "en": "Engagement rate: programme {programme}, company page {page}.",
    },
    "page_followers_sentence": {
        "de": "Follower-Zuwachs: Influencer zusammen {programme}, Unternehmensseite {page}.",
        "en": "Follower growth: influencers together {programme}, company page {page}.",
    },
    "page_none_in_period": {
        "de": "Im gewählten Zeitraum hat die Unternehmensseite keine Beiträge (ihr Export reicht vom {first} bis "
              "{last}).",
        "en": "In the selected period the company page has no posts (its export covers {first} to {last}).",
    },
    "page_unknown": {"de": "unbekannt", "en": "unknown"},
}
