"""Strings of the programme's goals: metrics, statuses, the rule, the editor."""

STRINGS: dict[str, dict[str, str]] = {
    # ---- goals: metrics, statuses, the rule
    "goal_metric_posts_per_month": {"de": "Beiträge pro Monat", "en": "Posts per month"},
    "goal_metric_active_share": {"de": "Anteil aktiver Influencer pro Monat", "en": "Share of the cohort active per month"},
    "goal_metric_engagement_rate": {"de": "Engagement-Rate", "en": "Engagement rate"},
    "goal_metric_outcomes_per_quarter": {"de": "Ergebnisse pro Quartal", "en": "Outcomes per quarter"},
    "goal_metric_follower_growth": {"de": "Follower-Zuwachs der Influencer", "en": "Follower growth of the influencers"},
    "goal_status_achieved": {"de": "erreicht", "en": "achieved"},
    "goal_status_on_track": {"de": "auf Kurs", "en": "on track"},
    "goal_status_behind": {"de": "hinter Plan", "en": "behind plan"},
    "goal_status_not_started": {"de": "noch nicht begonnen", "en": "not started yet"},
    "goals_title": {"de": "Ziele", "en": "Goals"},
    "goals_rule": {
        "de": "Stand eines Ziels ist der letzte Tag mit Daten (neuester Beitrag, neuestes Ergebnis oder neueste Follower-Zahl; hier {as_of}), höchstens das Ende seines Zeitraums. Ziele gelten für das "
              "ganze Programm, unabhängig von der Auswahl in der Seitenleiste. **Mengen** (Beiträge, Ergebnisse, "
              "Follower-Zuwachs) werden linear auf den bisher vergangenen Teil des Zeitraums umgerechnet: "
              "„auf Kurs“ heißt, bisher ist mindestens der Anteil des Ziels erreicht, der dem vergangenen Anteil "
              "des Zeitraums entspricht (nach 2 von 6 Monaten ein Drittel); „erreicht“, sobald das ganze Ziel "
              "erreicht ist. **Quoten** (Engagement-Rate, Anteil Aktiver) werden nicht umgerechnet: „auf Kurs“ "
              "heißt, die Quote des bisherigen Zeitraums liegt mindestens beim Ziel; „erreicht“ erst, wenn der "
              "Zeitraum vorbei ist und die Quote beim Ziel liegt. Sonst „hinter Plan“.",
        "en": "A goal stands as of the last day with data (latest post, outcome or follower count; here {as_of}), at most the end of its period. Goals are for the "
              "whole programme, whatever the sidebar selects. **Counts** (posts, outcomes, follower growth) are "
              "pro-rated linearly to the part of the period gone by: “on track” means at least the share of the "
              "target that matches the share of the period gone by has been reached (after 2 of 6 months, a "
              "third); “achieved” as soon as the whole target is reached. **Rates** (engagement rate, share "
              "active) are not pro-rated: “on track” means the rate so far is at least the target; “achieved” only "
              "once the period is over with the rate at the target. Otherwise “behind plan”.",
    },
    "goals_col_goal": {"de": "Ziel", "en": "Goal"},
    "goals_col_period": {"de": "Zeitraum", "en": "Period"},
    "goals_col_target": {"de": "Zielwert", "en": "Target"},
    "goals_col_value": {"de": "Aktueller Wert", "en": "Current value"},
    "goals_col_expected": {"de": "Bisher / Soll", "en": "So far / expected"},
    "goals_col_as_of": {"de": "Stand", "en": "As of"},
    "goals_col_status": {"de": "Status", "en": "Status"},
    "goals_line": {"de": "{goal} ({period}): {value} von {target} – {status}",
                   "en": "{goal} ({period}): {value} of {target} – {status}"},
    "goal_target_unit_posts_per_month": {"de": "{n} pro Monat", "en": "{n} per month"},
    "goal_target_unit_outcomes_per_quarter": {"de": "{n} pro Quartal", "en": "{n} per quarter"},
    "goal_target_unit_follower_growth": {"de": "+{n} im Zeitraum", "en": "+{n} in the period"},
    # ---- the goals editor (programme page)
    "goals_editor": {"de": "Ziele des Programms", "en": "Programme goals"},
    "goals_editor_caption": {
        "de": "Ziele erscheinen mit ihrem Status in der Übersicht und im Briefing. Ohne Ziel wird nichts gezeigt.",
        "en": "Goals appear with their status on the overview and in the briefing. Without a goal nothing is shown.",
    },
    "goals_field_metric": {"de": "Kennzahl", "en": "Metric"},
    "goals_field_target": {"de": "Zielwert", "en": "Target"},
    "goals_field_target_help": {
        "de": "Beiträge: pro Monat; Ergebnisse: pro Quartal; Follower-Zuwachs: für den ganzen Zeitraum; "
              "Engagement-Rate und Anteil Aktiver: in Prozent.",
        "en": "Posts: per month; outcomes: per quarter; follower growth: for the whole period; engagement rate "
              "and share active: in per cent.",
    },
    "goals_field_start": {"de": "Beginn", "en": "Start"},
    "goals_field_end": {"de": "Ende", "en": "End"},
    "goals_add": {"de": "Ziel hinzufügen", "en": "Add goal"},
    "goals_added": {"de": "Ziel gespeichert: {goal}", "en": "Goal saved: {goal}"},
    "goals_delete": {"de": "Ziel löschen", "en": "Delete goal"},
    "goals_deleted": {"de": "Ziel gelöscht.", "en": "Goal deleted."},
    "goals_none": {"de": "Noch kein Ziel gesetzt.", "en": "No goal set yet."},
    "goals_choose_delete": {"de": "Ziel", "en": "Goal"},
    "goal_bad_metric": {"de": "Unbekannte Kennzahl „{metric}“. Möglich: {choices}.",
                        "en": "Unknown metric “{metric}”. Possible: {choices}."},
    "goal_bad_target": {"de": "Der Zielwert muss eine Zahl größer als 0 sein (war: {target}).",
                        "en": "The target must be a number above 0 (was: {target})."},
    "goal_bad_rate": {"de": "Eine Quote als Ziel liegt zwischen 0 und 100 % (war: {target}).",
                      "en": "A rate as a target lies between 0 and 100 % (was: {target})."},
    "goal_bad_period": {"de": "Das Ende des Zielzeitraums ({end}) liegt vor seinem Beginn ({start}).",
                        "en": "The end of the goal's period ({end}) is before its start ({start})."},
    "goal_unknown": {"de": "Dieses Ziel gibt es nicht (mehr).", "en": "This goal does not exist (any more)."},
}
