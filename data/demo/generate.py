"""Generate the deterministic demo cohort (modelled on the City of Munich pilot, Jan–Jun 2023).

All people are invented. Running the script twice gives byte-identical files:

    python data/demo/generate.py [OUTPUT_DIR]     # default: the folder of this script

Only the standard library is used; everything random comes from ``random.Random(2023)``.
"""

from __future__ import annotations

import calendar
import csv
import math
import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

SEED = 2023
START = date(2023, 1, 2)
END = date(2023, 6, 30)
TOTAL_POSTS = 326
TOTAL_REACTIONS = 15_496
TOTAL_COMMENTS = 3_692
QUESTION_POSTS = 130  # 39.9 %
WFM_POSTS = 277  # 85.0 % carry #wirfuermuenchen
COHORT = "Pilot 2023"

# name, birth_year, gender, profession, department, experience, joined_on, cohort topic,
# posts, followers at the start, active window (first, last day)
INFLUENCERS = [
    ("Maximilian Obermaier", 1990, "male", "Feuerwehrmann", "Branddirektion", "high",
     "2023-01-02", "feuer", 40, 2800, None, None),
    ("Katharina Brunnhuber", 1984, "female", "Juristin", "Kreisverwaltungsreferat", "medium",
     "2023-01-02", "recht", 38, 1200, None, None),
    ("Mira Petrović", 1993, "female", "Beraterin", "Personal- und Organisationsreferat", "high",
     "2023-01-02", "beratung", 34, 3000, None, None),
    ("Renate Feichtmayr", 1961, "female", "Gärtnermeisterin", "Baureferat", "medium",
     "2023-01-02", "garten", 32, 640, None, None),
    ("Robin Achatz", 1998, "diverse", "Auszubildende:r Verwaltungsfachangestellte:r",
     "Personal- und Organisationsreferat", "high", "2023-01-02", "azubi", 30, 1900, None, None),
    ("Sina Lechner", 1995, "female", "Bauingenieurin", "Baureferat", "low",
     "2023-01-02", "bau", 26, 520, None, None),
    ("Theresa Gschwendtner", 1988, "female", "Erzieherin", "Referat für Bildung und Sport", "none",
     "2023-01-02", "kita", 24, 210, None, None),
    ("Florian Wimmer", 1979, "male", "Verkehrsplaner", "Mobilitätsreferat", "low",
     "2023-01-02", "mobil", 20, 880, None, None),
    ("Aylin Demirtaş", 1991, "female", "Sozialpädagogin", "Sozialreferat", "medium",
     "2023-01-02", "sozial", 17, 730, None, None),
    ("Johannes Kirchleitner", 1967, "male", "Berufsschullehrer", "Referat für Bildung und Sport",
     "low", "2023-01-02", "schule", 15, 340, None, None),
    ("Stefan Rauchenberger", 1972, "male", "IT-Architekt", "IT-Referat", "medium",
     "2023-01-02", "it", 13, 1500, None, None),
    ("Lukas Hintermeier", 2000, "male", "Forstwirt", "Kommunalreferat", "low",
     "2023-01-09", "forst", 11, 260, "2023-02-01", None),
    ("Kim Nowak", 1982, "diverse", "Bibliothekar:in", "Kulturreferat", "low",
     "2023-01-02", "bib", 8, 450, None, None),
    ("Monika Zellner", 1964, "female", "Immobilienkauffrau", "Kommunalreferat", "none",
     "2023-01-02", "immo", 7, 150, None, "2023-04-20"),
    ("Claudia Eibl", 1976, "female", "Lehrerin", "Referat für Bildung und Sport", "medium",
     "2023-01-09", "schule", 6, 390, None, None),
    ("Jana Schmidbauer", 1986, "female", "Standesbeamtin", "Kreisverwaltungsreferat", "none",
     "2023-01-02", "standesamt", 5, 300, None, None),
]

PLACES = ["Schwabing", "Giesing", "Pasing", "Neuperlach", "Sendling", "Moosach", "Haidhausen",
          "Bogenhausen", "Laim", "Riem", "Milbertshofen", "Freimann", "Hadern", "Trudering",
          "Obergiesing", "Westend", "Maxvorstadt", "Au", "Thalkirchen", "Aubing"]
COLLEAGUES = ["Vroni", "Tobias", "Sabine", "Andreas", "Leonie", "Markus", "Fatma", "Georg",
              "Carina", "Benedikt", "Irina", "Quirin", "Nadine", "Wolfgang"]
WEEKDAY_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]

TOPICS: dict[str, dict[str, list[str]]] = {
    "feuer": {
        "hooks": [
            "24 Stunden Dienst. 11 Einsätze. Und eine Katze, die nicht vom Baum wollte. 🚒",
            "Was passiert eigentlich, wenn bei euch der Rauchmelder piept?",
            "Schichtwechsel an der Feuerwache in {ort}, 7 Uhr morgens. ☕",
            "Ich werde oft gefragt, ob man bei der Feuerwehr nur auf Einsätze wartet.",
            "Heute mal ein Blick in unsere Fahrzeughalle. 🔧",
        ],
        "paras": [
            "Unser Tag beginnt mit der Fahrzeugübergabe: Atemschutzgeräte prüfen, Funk testen, "
            "Beladung kontrollieren. Erst wenn alles sitzt, gibt es den ersten Kaffee. Das klingt "
            "nach Routine, ist aber die Grundlage dafür, dass im Ernstfall jeder Handgriff passt.",
            "Am {wochentag} hatten wir einen Küchenbrand in {ort}. Die Bewohnerin war schon draußen, "
            "der Rauchmelder hatte rechtzeitig angeschlagen. Solche Einsätze zeigen mir jedes Mal, "
            "wie viel ein Gerät für 20 Euro ausmachen kann.",
            "Zwischen den Einsätzen wird geübt: technische Hilfe, Absturzsicherung, Menschenrettung "
            "aus Höhen und Tiefen. {kollege} aus meiner Wachabteilung sagt immer: Üben ist das, was man macht, "
            "damit man im Einsatz nicht nachdenken muss.",
            "Die Berufsfeuerwehr München ist eine der größten in Deutschland. Trotzdem kennt man sich "
            "auf der Wache wie in einer WG: Wir kochen zusammen, wir trainieren zusammen, und wir "
            "verlassen uns blind aufeinander.",
            "Viele wissen nicht, dass wir auch den Rettungsdienst mit abdecken. Ein großer Teil "
            "unserer Alarme sind medizinische Notfälle, nicht Brände. Das verlangt ganz andere "
            "Fähigkeiten: ruhig bleiben, zuhören, erklären.",
            "Ausbildung bei der Feuerwehr heißt: Grundausbildung, Rettungssanitäter, Maschinist, "
            "Atemschutz. Ich habe vorher als Kfz-Mechatroniker gearbeitet und bin mit 24 "
            "quereingestiegen. Bereut habe ich es keinen Tag.",
        ],
        "questions": [
            "Habt ihr bei euch zu Hause schon einen Rauchmelder in jedem Schlafraum?",
            "Was wolltet ihr schon immer mal über die Feuerwehr wissen?",
            "Wer von euch hat als Kind auch Feuerwehrmann werden wollen?",
        ],
        "tags": ["#feuerwehr", "#berufsfeuerwehr", "#112"],
    },
    "recht": {
        "hooks": [
            "Juristin bei der Stadt? Da sitzt man doch nur über Akten. Falsch gedacht. ⚖️",
            "Ein Paragraf, drei Meinungen und eine Entscheidung bis Freitag.",
            "Heute hatte ich einen Bescheid auf dem Tisch, der mich länger beschäftigt hat.",
            "Was macht eigentlich eine Juristin im Kreisverwaltungsreferat?",
        ],
        "paras": [
            "Im Kreisverwaltungsreferat geht es um Sicherheit und Ordnung: Versammlungen, "
            "Gaststättenerlaubnisse, Ausländerrecht, Veranstaltungen. Jede Entscheidung, die wir "
            "treffen, muss vor Gericht halten und gleichzeitig für die Menschen nachvollziehbar sein.",
            "Diese Woche ging es um ein Straßenfest in {ort}. Lärmschutz, Sicherheitskonzept, "
            "Rettungswege und die Frage, wie spät die Musik laufen darf. Am Ende stand ein Kompromiss, "
            "mit dem Anwohnende und Veranstalter leben können.",
            "Was ich an meiner Arbeit mag: Ich sehe, was aus meinen Entscheidungen wird. Wenn das "
            "Fest stattfindet, stehe ich manchmal selbst mit einer Limo am Rand und schaue zu.",
            "Nach dem zweiten Staatsexamen hatte ich Angebote aus Kanzleien. Ich habe mich für die "
            "Verwaltung entschieden, weil ich hier an Fragen arbeite, die eine ganze Stadt betreffen, "
            "und weil ich um 17 Uhr meine Tochter abholen kann.",
            "Verwaltungsrecht ist lebendiger, als viele denken. Hinter jedem Aktenzeichen steht ein "
            "Mensch mit einem Anliegen. Meine Aufgabe ist es, Recht so anzuwenden, dass es fair "
            "bleibt und trotzdem verständlich erklärt wird.",
        ],
        "questions": [
            "Hättet ihr gedacht, dass so viel Recht hinter einem Straßenfest steckt?",
            "Welche Behördenbriefe haben euch schon mal ratlos zurückgelassen?",
            "Kanzlei oder Verwaltung: Wofür hättet ihr euch entschieden?",
        ],
        "tags": ["#jura", "#verwaltungsrecht", "#kvr"],
    },
    "standesamt": {
        "hooks": [
            "Heute habe ich drei Paare getraut. Und einmal fast selbst geweint. 💍",
            "Standesbeamtin ist der schönste Job der Verwaltung. Ich erkläre euch, warum.",
        ],
        "paras": [
            "Im Standesamt geht es nicht nur um Hochzeiten. Geburten, Sterbefälle, "
            "Namensänderungen: Wir begleiten Menschen an den wichtigsten Punkten ihres Lebens. Das "
            "verlangt Sorgfalt und manchmal viel Fingerspitzengefühl.",
            "Am {wochentag} hatte ich ein Paar aus {ort}, das sich vor 40 Jahren zum ersten Mal im "
            "Englischen Garten getroffen hat. Jetzt, mit Enkeln in der ersten Reihe, haben sie Ja "
            "gesagt. Solche Momente bleiben.",
            "Hinter jeder Trauung stecken Prüfungen: Dokumente aus dem Ausland, Übersetzungen, "
            "Ehefähigkeitszeugnisse. Das ist die Arbeit, die niemand sieht, aber ohne die kein "
            "feierlicher Moment möglich wäre.",
        ],
        "questions": [
            "Wo habt ihr geheiratet, oder wo würdet ihr es gern tun?",
            "Wusstet ihr, wie viel Vorbereitung hinter einer Trauung steckt?",
        ],
        "tags": ["#standesamt", "#hochzeit"],
    },
    "bau": {
        "hooks": [
            "Eine Brücke plant man nicht an einem Nachmittag. 🌉",
            "Helm auf, Gummistiefel an: Baustellenbesuch in {ort}. 👷‍♀️",
            "Als Frau im Bauingenieurwesen höre ich oft denselben Satz.",
            "Was haben eine Schule, ein Radweg und ein Abwasserkanal gemeinsam?",
        ],
        "paras": [
            "Im Baureferat betreuen wir Projekte von der ersten Skizze bis zur Abnahme. Gerade "
            "arbeite ich an der Sanierung einer Schulturnhalle in {ort}: Statik, Brandschutz, "
            "Zeitplan und Budget müssen zusammenpassen, während nebenan Unterricht läuft.",
            "Heute war Baubesprechung. Zwölf Leute, drei Gewerke, ein Problem mit der Lieferung "
            "der Stahlträger. Nach einer Stunde hatten wir einen neuen Ablauf. Das ist für mich der "
            "spannendste Teil: gemeinsam Lösungen finden, wenn der Plan nicht aufgeht.",
            "Der Satz, den ich oft höre: Ach, Sie sind die Ingenieurin? Ja, bin ich. Und in meinem "
            "Team sind wir inzwischen fast die Hälfte Frauen. Die Baustelle verändert sich, langsam, "
            "aber spürbar.",
            "Viele stellen sich die Stadt als Auftraggeberin vor, die nur Rechnungen prüft. Bei uns "
            "ist das anders: Wir planen selbst, rechnen selbst und stehen selbst auf der Baustelle, "
            "wenn der Beton gegossen wird.",
            "Was mich nach dem Studium überzeugt hat: Projekte, die bleiben. Wenn ich in zehn Jahren "
            "durch {ort} fahre, sehe ich die Turnhalle und weiß, dass da ein Stück von mir drinsteckt.",
        ],
        "questions": [
            "Welches Bauprojekt in eurer Stadt hättet ihr gern mitgeplant?",
            "Ingenieurinnen und Ingenieure: Wart ihr schon mal auf der Seite der Auftraggeber?",
            "Was glaubt ihr, wie lange die Planung einer Turnhalle dauert?",
        ],
        "tags": ["#bauingenieurwesen", "#frauenimbau", "#baureferat"],
    },
    "kita": {
        "hooks": [
            "„Warum ist der Himmel blau?“ Das war die erste Frage heute um 7:45 Uhr. 🌈",
            "Erzieherin ist kein Bastel-Job. Heute zeige ich euch, was wirklich dahintersteckt.",
            "Matschhose, Gummistiefel, 14 Kinder und ein Regenwurm. 🪱",
            "Ein ganz normaler Vormittag in unserer Kita in {ort}.",
        ],
        "paras": [
            "In unserer städtischen Kita in {ort} betreuen wir Kinder aus über 20 Nationen. Jeden "
            "Morgen begrüßen wir uns in einer anderen Sprache. Die Kinder lieben es, und ich lerne "
            "jeden Tag ein neues Wort dazu.",
            "Beobachten, dokumentieren, mit den Eltern sprechen: Ein großer Teil meiner Arbeit "
            "passiert, wenn die Kinder schon abgeholt sind. Entwicklungsgespräche bereite ich genauso "
            "gründlich vor wie ein Projekt im Büro.",
            "Heute waren wir im Park und haben Regenwürmer gezählt. Klingt banal, ist aber "
            "Naturwissenschaft für Dreijährige: Vermuten, ausprobieren, staunen. Mein Lieblingssatz "
            "des Tages: „Der ist bestimmt der Opa von allen!“",
            "Ich habe zuerst Kinderpflegerin gelernt und später die Weiterbildung zur Erzieherin "
            "gemacht, berufsbegleitend und von der Stadt unterstützt. Das war anstrengend, aber es "
            "hat sich gelohnt.",
            "Was mich an meinem Beruf hält, sind die kleinen Fortschritte: das Kind, das sich zum "
            "ersten Mal traut, vor der Gruppe zu sprechen. Oder der Junge, der nach Wochen endlich "
            "allein die Schuhe bindet und strahlt.",
        ],
        "questions": [
            "Welche Kinderfrage hat euch zuletzt sprachlos gemacht?",
            "Was habt ihr als Kind im Kindergarten am liebsten gemacht?",
            "Hättet ihr gedacht, dass so viel Vorbereitung hinter einem Kita-Tag steckt?",
        ],
        "tags": ["#kita", "#erzieherin", "#frühebildung"],
    },
    "schule": {
        "hooks": [
            "Montag, 8 Uhr, erste Stunde. 28 Augenpaare, davon 20 noch im Bett. 📚",
            "Warum ich nach 25 Jahren immer noch gern unterrichte.",
            "Meine Klasse hat mich heute etwas gelehrt.",
            "Prüfungszeit an unserer Schule in {ort}. 📝",
        ],
        "paras": [
            "An der städtischen Berufsschule unterrichte ich junge Menschen, die gleichzeitig in "
            "einem Betrieb arbeiten. Sie bringen ihre Fragen aus dem Alltag mit in den Unterricht, "
            "und genau das macht die Stunden lebendig.",
            "Diese Woche haben wir ein Projekt abgeschlossen: Die Klasse hat ein Konzept für einen "
            "Pausenhof mit mehr Grün entwickelt und es der Schulleitung vorgestellt. Ich war stolz wie "
            "selten.",
            "Die Stadt München ist einer der größten Schulträger in Deutschland. Das merkt man an "
            "den Möglichkeiten: Fortbildungen, Austauschprogramme, eigene Projekte. Man muss sie "
            "nur nutzen.",
            "Unterrichten heißt für mich vor allem zuhören. Wer sich gesehen fühlt, lernt leichter. "
            "Das gilt für Sechzehnjährige genauso wie für Erwachsene in der Weiterbildung.",
            "{kollege} und ich teilen uns seit Jahren eine Klasse. Wir ergänzen uns: "
            "Eine Seite plant jede Minute, die andere improvisiert gern. Die Schülerinnen und "
            "Schüler profitieren von beidem.",
        ],
        "questions": [
            "Welche Lehrkraft hat euch am meisten geprägt, und warum?",
            "Was hättet ihr in der Schule gern gelernt, was nie auf dem Lehrplan stand?",
            "Wer von euch hat eine Ausbildung mit Berufsschule gemacht?",
        ],
        "tags": ["#schule", "#lehrer", "#bildung"],
    },
    "garten": {
        "hooks": [
            "Frühling in München heißt für uns: 80.000 Blumenzwiebeln. 🌷",
            "Ich arbeite seit 38 Jahren für die Stadt. Mein Büro hat keine Wände. 🌳",
            "Habt ihr euch schon mal gefragt, wer die Beete am {ort}er Platz pflegt?",
            "Ein Baum in der Stadt hat es schwerer als einer im Wald.",
            "Heute Morgen, 6:30 Uhr, Raureif auf dem Rasen. ❄️",
        ],
        "paras": [
            "Als Gärtnermeisterin im Baureferat leite ich eine Kolonne, die Grünanlagen in {ort} "
            "pflegt. Wir schneiden Hecken, pflanzen Stauden, kontrollieren Spielplätze und kümmern uns "
            "um die Bäume. Jede Jahreszeit hat ihre eigene Arbeit.",
            "Stadtbäume leiden unter Hitze, Streusalz und verdichtetem Boden. Deshalb pflanzen wir "
            "heute andere Arten als früher: Zürgelbaum, Silberlinde, Amberbaum. Klimaanpassung "
            "beginnt bei der Wurzel.",
            "Mein Team ist bunt gemischt: Azubis mit 17, Quereinsteiger mit 50, Kolleginnen aus vier "
            "Ländern. Was uns verbindet, ist die Freude daran, wenn im Mai alles blüht und die Leute "
            "auf der Wiese liegen.",
            "Ich bilde seit über 20 Jahren aus. Wer Gärtnerin oder Gärtner werden will, braucht keine "
            "Einser im Zeugnis, sondern Neugier, Ausdauer und keine Angst vor schlechtem Wetter.",
            "Am {wochentag} haben wir in {ort} 40 neue Bäume gepflanzt. Jeder bekommt in den ersten "
            "drei Jahren regelmäßig Wasser, im Sommer bis zu 100 Liter pro Woche. Das sind viele "
            "Touren mit dem Gießwagen.",
            "Früher hieß es: Gärtnern kann jeder. Heute arbeiten wir mit Baumkataster, "
            "Bewässerungsplänen und Tablets auf der Fläche. Der Beruf hat sich verändert, die "
            "Erde an den Händen ist geblieben.",
        ],
        "questions": [
            "Welcher Park in München ist euer Lieblingsort?",
            "Welche Bäume würdet ihr in eurer Straße pflanzen?",
            "Wusstet ihr, wie viel Wasser ein junger Stadtbaum im Sommer braucht?",
        ],
        "tags": ["#gartenbau", "#stadtgrün", "#klimaanpassung"],
    },
    "forst": {
        "hooks": [
            "Die Stadt München besitzt Wald. Und ich arbeite darin. 🌲",
            "Kettensäge, Schutzhose, Funkgerät: mein Arbeitsplatz heute.",
            "Warum wir im Winter Bäume fällen, obwohl wir den Wald schützen wollen.",
        ],
        "paras": [
            "Die Forstverwaltung des Kommunalreferats bewirtschaftet Wälder rund um München und im "
            "Umland, auch zum Schutz unseres Trinkwassers. Viele Münchnerinnen und Münchner wissen "
            "das gar nicht.",
            "Im Winter ist Holzerntezeit. Wir fällen gezielt, damit junge Bäume Licht bekommen und "
            "der Wald gemischter wird. Fichten raus, Buchen, Eichen und Tannen rein: Waldumbau dauert "
            "Jahrzehnte.",
            "Ich habe meine Ausbildung 2019 angefangen. Das Beste daran: Kein Tag ist gleich, und "
            "abends weiß ich, was ich geschafft habe. Der Muskelkater gehört dazu.",
            "Sicherheit geht bei uns vor. Wir arbeiten nie allein, jeder Schnitt wird geplant, und "
            "wer müde ist, sagt das. Das haben mir {kollege} und das ganze Team vom ersten Tag an "
            "beigebracht.",
        ],
        "questions": [
            "Wusstet ihr, dass die Stadt eigene Wälder hat?",
            "Wann wart ihr zuletzt im Wald, und wo?",
        ],
        "tags": ["#forstwirt", "#wald", "#trinkwasser"],
    },
    "beratung": {
        "hooks": [
            "Veränderung in einer Verwaltung mit 43.000 Menschen. Wie soll das gehen? 🤔",
            "Heute habe ich einen Workshop moderiert, der anders lief als geplant.",
            "Ich bin Inhouse-Beraterin. Ja, so etwas gibt es bei der Stadt.",
            "Drei Dinge, die ich in einem Jahr interner Beratung gelernt habe.",
            "Post-its, Flipchart und 15 Menschen mit 15 Meinungen. 🟨🟩🟦",
        ],
        "paras": [
            "Als interne Beraterin im Personal- und Organisationsreferat begleite ich Teams, die "
            "ihre Arbeit neu aufstellen wollen: Prozesse vereinfachen, Digitalisierung einführen, "
            "Zusammenarbeit verbessern. Ich bringe Methoden mit, die Lösungen kommen aus dem Team.",
            "Der Workshop am {wochentag} sollte eigentlich um Abläufe gehen. Nach einer Stunde "
            "sprachen wir über Vertrauen. Manchmal ist der Plan nur der Anlass, und das eigentliche "
            "Thema zeigt sich erst unterwegs.",
            "Vor der Stadt war ich in einer großen Unternehmensberatung. Der Unterschied: Hier "
            "bleibe ich. Ich sehe, ob eine Veränderung nach einem Jahr noch trägt, und kann "
            "nachsteuern.",
            "1. Zuhören ist wichtiger als Folien.\n2. Kleine Schritte schlagen große Konzepte.\n"
            "3. Wer betroffen ist, muss beteiligt sein. Klingt einfach, ist es aber nicht.",
            "Was mich antreibt: eine Verwaltung, die für die Menschen in der Stadt einfacher wird. "
            "Jeder Prozess, den wir verbessern, spart irgendwo in {ort} jemandem einen Behördengang.",
        ],
        "questions": [
            "Was war die beste Veränderung, die ihr in eurem Team erlebt habt?",
            "Welche Methode nutzt ihr am liebsten, wenn ein Team feststeckt?",
            "Interne oder externe Beratung: Was wirkt eurer Erfahrung nach länger?",
        ],
        "tags": ["#organisationsentwicklung", "#newwork", "#verwaltungsmodernisierung"],
    },
    "azubi": {
        "hooks": [
            "Ausbildung bei der Stadt? Klingt langweilig. Ist es nicht. ✨",
            "Mein erstes Jahr als Azubi in 60 Sekunden.",
            "Heute habe ich zum ersten Mal allein Bürgerinnen und Bürger beraten. 😅",
            "Pronomen in der Signatur. Warum mir das wichtig ist.",
            "Berufsschule, Praxisstation, Prüfung: So sieht mein Ausbildungsplan aus.",
        ],
        "paras": [
            "In meiner Ausbildung zur oder zum Verwaltungsfachangestellten wechsle ich alle paar "
            "Monate die Station: Bürgerbüro, Personalabteilung, Sozialbürgerhaus in {ort}. So "
            "lerne ich die Stadt von ganz vielen Seiten kennen.",
            "Am {wochentag} war mein erster Tag am Schalter allein. {kollege} aus der "
            "Ausbildungsleitung saß im Nebenraum, für alle Fälle. Gebraucht habe ich die Hilfe "
            "zweimal. Beim dritten Mal wusste ich es selbst.",
            "Als nicht-binäre Person war ich unsicher, wie offen eine Behörde ist. Meine Erfahrung: "
            "offener als gedacht. Es gibt eine Queer-Beauftragte, ein Netzwerk und Kolleginnen, die "
            "einfach nachfragen statt zu raten.",
            "Was ich anderen Azubis rate: Fragt alles. Wirklich alles. Niemand erwartet, dass ihr "
            "das Verwaltungsverfahrensgesetz auswendig könnt. Aber alle freuen sich, wenn ihr "
            "neugierig seid.",
            "Die Ausbildung wird bezahlt, es gibt eine Übernahmeperspektive, und mit dem München-"
            "Zuschlag komme ich in der teuren Stadt über die Runden. Das war für mich ein wichtiger "
            "Grund.",
        ],
        "questions": [
            "Was hättet ihr in eurer Ausbildung gern früher gewusst?",
            "Wie war euer erster Tag im Job?",
            "Welche Fragen habt ihr zur Ausbildung bei der Stadt?",
        ],
        "tags": ["#ausbildung", "#azubi", "#queer"],
    },
    "mobil": {
        "hooks": [
            "Ein neuer Radweg. 18 Monate Planung. Warum eigentlich so lange? 🚲",
            "Heute früh stand ich eine Stunde an einer Kreuzung in {ort} und habe gezählt.",
            "Verkehrsplanung ist Kompromiss. Jeden Tag.",
            "Wem gehört die Straße?",
        ],
        "paras": [
            "Im Mobilitätsreferat planen wir, wie sich München in Zukunft bewegt: Radwege, "
            "Busspuren, Tempo 30, sichere Schulwege. Jede Maßnahme berührt Anwohnende, Gewerbe, "
            "Lieferverkehr und Rettungsdienste.",
            "Zählen klingt altmodisch, ist aber wichtig. Wie viele Räder, Autos, Fußgängerinnen "
            "kommen hier vorbei, und wann? Ohne Daten planen wir im Blindflug. Am {wochentag} waren "
            "es übrigens 1.240 Radfahrende in zwei Stunden.",
            "Bürgerbeteiligung gehört für mich dazu. Bei der letzten Infoveranstaltung in {ort} "
            "kamen 150 Leute. Es wurde laut, aber am Ende hatten wir drei gute Ideen, die jetzt in "
            "der Planung stehen.",
            "Ich bin Bauingenieur und habe lange in einem Planungsbüro gearbeitet. Bei der Stadt "
            "mag ich, dass ich ein Projekt nicht nur zeichne, sondern auch erkläre, verteidige und "
            "am Ende eröffne.",
        ],
        "questions": [
            "Welche Kreuzung in München würdet ihr als Erstes umbauen?",
            "Wie kommt ihr zur Arbeit, und was würde euch den Umstieg erleichtern?",
            "Was ist euch bei einem neuen Radweg am wichtigsten?",
        ],
        "tags": ["#mobilität", "#verkehrswende", "#radverkehr"],
    },
    "sozial": {
        "hooks": [
            "Manchmal ist das Wichtigste an meinem Tag ein Telefonat. 📞",
            "Sozialarbeit in einer reichen Stadt. Ein Widerspruch?",
            "Was ich heute im Sozialbürgerhaus erlebt habe, geht mir nach.",
        ],
        "paras": [
            "Im Sozialbürgerhaus in {ort} beraten wir Familien, Alleinerziehende, ältere Menschen. "
            "Es geht um Wohnungsnot, Schulden, Erziehungsfragen. Oft um alles gleichzeitig.",
            "Eine Mutter kam am {wochentag} mit einem Stapel Briefe, die sie nicht verstand. Zwei "
            "Stunden später hatten wir einen Plan, einen Antrag und einen Termin bei der "
            "Schuldnerberatung. Sie hat beim Gehen gelächelt.",
            "München ist teuer. Das spüren die Menschen, die zu uns kommen, jeden Tag. Umso "
            "wichtiger sind die Hilfen der Stadt, und umso wichtiger ist es, dass sie bei den "
            "Menschen ankommen.",
            "Mir hilft der Austausch im Team. Nach schwierigen Gesprächen setzen wir uns zusammen, "
            "reden, lachen auch. Supervision ist bei uns kein Luxus, sondern Teil der Arbeit.",
        ],
        "questions": [
            "Wusstet ihr, dass es in jedem Stadtbezirk ein Sozialbürgerhaus gibt?",
            "Was glaubt ihr, braucht es, um in diesem Beruf gesund zu bleiben?",
        ],
        "tags": ["#sozialearbeit", "#sozialreferat"],
    },
    "it": {
        "hooks": [
            "Die Stadt hat mehr Server als manche Bank. 💻",
            "Legacy-Code aus den 90ern und eine Cloud-Strategie. Willkommen im IT-Referat.",
            "Warum ich als IT-Architekt bei der Stadt arbeite und nicht bei einem Tech-Konzern.",
        ],
        "paras": [
            "Im IT-Referat betreiben wir die digitale Infrastruktur für über 43.000 Beschäftigte: "
            "Netze, Arbeitsplätze, Fachverfahren, Online-Services. Wenn bei uns etwas ausfällt, "
            "merkt es die ganze Stadt.",
            "Gerade arbeiten wir daran, alte Fachverfahren in eine moderne Architektur zu "
            "überführen. Das ist wie ein Umbau bei laufendem Betrieb: Niemand darf etwas merken, "
            "außer dass es am Ende schneller geht.",
            "Open Source spielt bei uns eine große Rolle. Wir veröffentlichen eigene Projekte und "
            "arbeiten mit anderen Kommunen zusammen. Öffentliches Geld, öffentlicher Code.",
            "Mein Team ist klein, aber die Wirkung groß. Wenn ein Online-Antrag funktioniert und "
            "jemand aus {ort} sich den Weg ins Amt spart, dann war das ein guter Tag.",
        ],
        "questions": [
            "Welchen Behördengang würdet ihr als Erstes digitalisieren?",
            "IT in der Verwaltung: Was glaubt ihr, wie modern ist sie wirklich?",
        ],
        "tags": ["#it", "#digitalisierung", "#opensource"],
    },
    "immo": {
        "hooks": [
            "Der Stadt gehören über 30.000 Grundstücke. Ich kenne einige davon ziemlich gut. 🏠",
            "Mein erster LinkedIn-Beitrag. Ich bin nervös. 🙈",
        ],
        "paras": [
            "Im Kommunalreferat verwalten wir die städtischen Immobilien: Grundstücke, Gebäude, "
            "Erbbaurechte. Wenn irgendwo eine Kita oder eine Schule gebaut werden soll, fängt es "
            "oft bei uns an.",
            "Ich arbeite seit 30 Jahren bei der Stadt und habe viele Veränderungen erlebt. Aus "
            "Karteikarten wurden Datenbanken, aus Aktenbergen digitale Akten. Manche Kollegen "
            "vermissen das Papier, ich nicht.",
            "Heute ging es um ein Grundstück in {ort}, auf dem bald geförderte Wohnungen entstehen. "
            "Bis dahin sind es noch viele Schritte, aber es ist schön, am Anfang dabei zu sein.",
        ],
        "questions": [
            "Was glaubt ihr, wie viel Fläche der Stadt gehört?",
            "Wer von euch ist auch schon lange beim selben Arbeitgeber?",
        ],
        "tags": ["#immobilien", "#kommunalreferat"],
    },
    "bib": {
        "hooks": [
            "Bibliotheken sind mehr als Bücherregale. 📖",
            "Heute in der Stadtbibliothek {ort}: ein 3D-Drucker, eine Lesung und ein verirrter Hund.",
        ],
        "paras": [
            "Die Münchner Stadtbibliothek hat über 20 Standorte. Bei uns kann man Bücher leihen, "
            "aber auch Nähmaschinen, Spiele, E-Reader. Und man kann einfach da sein, ohne etwas "
            "kaufen zu müssen.",
            "Am {wochentag} hatten wir eine Schulklasse zu Besuch. Die Kinder durften mit Tablets "
            "ein eigenes Hörspiel aufnehmen. Der Titel: „Der Drache, der nicht lesen konnte.“",
            "Ich bin nicht-binär und arbeite seit acht Jahren hier. Was ich schätze: ein Team, das "
            "Vielfalt nicht nur auf Plakate schreibt, sondern lebt.",
        ],
        "questions": [
            "Wann wart ihr zum letzten Mal in einer Bibliothek?",
            "Was sollte man eurer Meinung nach in einer Bibliothek ausleihen können?",
        ],
        "tags": ["#bibliothek", "#kultur"],
    },
}

GENERIC_HOOKS = [
    "Was ich vor einem Jahr nicht über meinen Job wusste:",
    "Kleiner Einblick in meinen {wochentag}. 👀",
    "Ehrlich gesagt hätte ich nie gedacht, dass ich einmal auf LinkedIn schreibe.",
    "Heute mal etwas Persönliches.",
    "Ein Satz, der mir diese Woche nicht aus dem Kopf geht.",
    "Warum ich jeden Morgen gern zur Arbeit fahre. 🚲",
    "Behind the scenes bei der Landeshauptstadt München.",
]

GENERIC_PARAS = [
    "Seit Januar bin ich Teil des Corporate-Influencer-Pilotprojekts der Stadt. 16 Kolleginnen "
    "und Kollegen aus ganz unterschiedlichen Bereichen erzählen hier von ihrer Arbeit. Ich finde: "
    "Die Stadt hat viel mehr Gesichter, als man denkt.",
    "Über 43.000 Menschen arbeiten für die Landeshauptstadt München. In über 500 Berufen. Ich "
    "gehöre dazu, und jeden Tag lerne ich einen neuen Bereich kennen, von dem ich vorher "
    "nichts wusste.",
    "Ein Vorurteil, das ich oft höre: In der Verwaltung passiert nichts. Meine Erfahrung ist eine "
    "andere. Es passiert sehr viel, nur oft leise und im Hintergrund.",
    "Danke an mein Team, das mir den Rücken freihält, wenn ich zwischendurch Fotos mache und "
    "Texte schreibe. Ohne euch gäbe es diese Beiträge nicht. 🙏",
    "Was ich am öffentlichen Dienst schätze: Sinn, Sicherheit und Kolleginnen und Kollegen, die "
    "wirklich etwas für die Stadt bewegen wollen. Und ja, auch die Gleitzeit.",
    "Übrigens: Die Stadt sucht laufend Verstärkung, auch in meinem Bereich. Wer neugierig ist, "
    "schaut einfach auf die Karriereseite der Stadt oder schreibt mir direkt.",
    "Ich habe lange überlegt, ob ich über so etwas schreiben soll. Aber genau das ist die Idee "
    "dieses Projekts: zeigen, wie es wirklich ist. Mit den schönen und den anstrengenden Seiten.",
    "Mein Fazit nach diesem {monat}: Es lohnt sich, über die eigene Arbeit zu sprechen. Die "
    "Rückmeldungen hier haben mich überrascht und gefreut.",
    "Der Austausch mit den anderen im Pilotteam ist für mich inzwischen einer der wertvollsten "
    "Teile. Wir lernen voneinander, über Referatsgrenzen hinweg.",
    "In {ort} bin ich aufgewachsen, und heute arbeite ich hier für die Stadt. Manchmal treffe ich "
    "bei der Arbeit Leute aus meiner alten Schule. München ist eben doch ein Dorf.",
    "Was viele nicht wissen: Bei der Stadt gibt es Teilzeit in fast allen Varianten, "
    "Jobsharing und mobiles Arbeiten, wo es die Aufgabe zulässt. Für mich war das ein wichtiger "
    "Grund, hier anzufangen.",
    "{kollege} aus dem Nachbarteam hat mich neulich gefragt, warum ich das hier eigentlich mache. Meine "
    "Antwort: Weil ich stolz auf unsere Arbeit bin und möchte, dass man sie sieht.",
    "Ein Moment, der mir geblieben ist: Ein Bürger hat sich am {wochentag} per Mail bedankt. "
    "Einfach so. Das passiert nicht jeden Tag, aber wenn, dann trägt es einen durch die Woche.",
    "Fortbildung wird bei uns großgeschrieben. Ich habe dieses Jahr schon zwei Seminare besucht, "
    "eines davon zum Thema Kommunikation. Ein Teil davon steckt in diesem Beitrag.",
    "Vielfalt ist bei uns kein Schlagwort. In meinem Umfeld arbeiten Menschen aus über zehn "
    "Ländern, zwischen 17 und 64 Jahre alt, mit ganz unterschiedlichen Lebenswegen.",
    "Wenn ich eines gelernt habe, dann das: Gute Arbeit braucht Zeit und Menschen, die sich "
    "gegenseitig unterstützen. Das klingt selbstverständlich, ist es aber nicht immer.",
]

GENERIC_QUESTIONS = [
    "Was würdet ihr gern einmal hinter den Kulissen der Stadt sehen?",
    "Welche Vorurteile über die Verwaltung habt ihr schon gehört?",
    "Was macht für euch einen guten Arbeitgeber aus?",
    "Wie ist das bei euch im Job?",
    "Kennt ihr das auch?",
    "Was meint ihr dazu?",
    "Hättet ihr das gedacht?",
    "Worüber soll ich als Nächstes schreiben?",
]

CLOSERS = [
    "Ich freue mich auf eure Kommentare. 😊",
    "Bis zum nächsten Mal!",
    "Danke fürs Lesen. 🙌",
    "Mehr davon bald hier.",
    "Schönes Wochenende euch allen! ☀️",
    "Servus und bis bald.",
    "Auf eine gute Woche. 💪",
    "Mehr Einblicke gibt es unter dem Hashtag unten.",
]

EXTRA_TAGS = ["#münchen", "#karriere", "#stadtverwaltung", "#öffentlicherdienst", "#arbeitgeber",
              "#stadtmünchen", "#jobs", "#einblicke"]

MEDIA = [("image", 0.55), ("video", 0.12), ("document", 0.09), ("text", 0.13), ("article", 0.05),
         ("poll", 0.06)]
MEDIA_REACT = {"image": 1.15, "video": 1.4, "document": 1.05, "text": 0.7, "article": 0.75, "poll": 0.95}
MEDIA_COMMENT = {"image": 1.0, "video": 1.2, "document": 0.9, "text": 0.8, "article": 0.7, "poll": 1.8}

MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni"]
HOLIDAYS = {date(2023, 1, 6), date(2023, 4, 7), date(2023, 4, 10), date(2023, 5, 1),
            date(2023, 5, 18), date(2023, 5, 29), date(2023, 6, 8)}
EASTER_BREAK = (date(2023, 4, 3), date(2023, 4, 14))
PENTECOST_BREAK = (date(2023, 5, 30), date(2023, 6, 9))

OUTCOMES = [
    ("2023-02-14", "internship_inquiry", "Renate Feichtmayr",
     "Schülerin fragt nach Praktikum im Gartenbau"),
    ("2023-02-27", "speaker_request", "Mira Petrović",
     "Vortrag beim Netzwerk Verwaltung der Zukunft"),
    ("2023-03-08", "job_application", "Maximilian Obermaier",
     "Bewerbung Brandmeisteranwärter, bezieht sich auf Beitrag"),
    ("2023-03-15", "press", "", "Anfrage Süddeutsche Zeitung zum Pilotprojekt"),
    ("2023-03-21", "internship_inquiry", "Theresa Gschwendtner",
     "Praktikumsanfrage Kinderpflege"),
    ("2023-04-04", "podcast_request", "Robin Achatz", "Podcast zu Ausbildung und Vielfalt"),
    ("2023-04-19", "job_application", "Sina Lechner", "Initiativbewerbung Bauingenieur"),
    ("2023-04-26", "speaker_request", "", "Anfrage Stadt Wien: Erfahrungsaustausch Pilot"),
    ("2023-05-09", "internship_inquiry", "Maximilian Obermaier",
     "Schulpraktikum Feuerwache angefragt"),
    ("2023-05-16", "press", "Katharina Brunnhuber", "Interview Fachmagazin Verwaltung"),
    ("2023-05-24", "job_application", "Robin Achatz",
     "Bewerbung Ausbildung Verwaltungsfachangestellte"),
    ("2023-06-06", "podcast_request", "Mira Petrović", "Podcast New Work im öffentlichen Dienst"),
    ("2023-06-13", "job_application", "Renate Feichtmayr", "Bewerbung Gärtner:in Stadtgrün"),
    ("2023-06-21", "speaker_request", "Stefan Rauchenberger", "Vortrag Open-Source-Konferenz"),
    ("2023-07-05", "press", "", "Bericht Abendzeitung: Bilanz des Pilotprojekts"),
]

# The ledger-style outcomes that name the post they came from (index into OUTCOMES): the
# person's latest post on or before the outcome's day
OUTCOMES_WITH_POST = (0, 2, 5, 9)

# The controlling sheet's series/campaign column ("Thema"), kept as the posts' topic; drawn from
# a random stream of its own so that every other column stays as it was
SERIES = [
    ("Einblick in den Arbeitsalltag", 0.38),
    ("Ausbildung & Karriere", 0.22),
    ("Service für Münchner:innen", 0.18),
    ("Kampagne #wirfuermuenchen", 0.14),
    ("Aktion Stadtleben", 0.06),
    ("Podcast-Serie", 0.02),
]
CAREER_TOPICS = ("azubi", "feuer", "schule", "kita")


def _series(rng: random.Random, topic: str, campaign: bool) -> str:
    weights = [(name, weight * (2.0 if name == "Ausbildung & Karriere" and topic in CAREER_TOPICS else 1.0)
                * (0.3 if name == "Kampagne #wirfuermuenchen" and not campaign else 1.0))
               for name, weight in SERIES]
    return str(_weighted(rng, weights))


# Applicants who were not selected: name pools and attribute weights.
FIRST = {
    "female": ["Anna", "Julia", "Sabine", "Katrin", "Stefanie", "Lisa", "Christine", "Melanie",
               "Sophie", "Birgit", "Nicole", "Laura", "Petra", "Franziska", "Hannah", "Elena",
               "Martina", "Selin", "Verena", "Kathrin", "Ursula", "Lena", "Daniela"],
    "male": ["Thomas", "Michael", "Andreas", "Christian", "Tobias", "Matthias", "Daniel",
             "Sebastian", "Alexander", "Markus", "Benedikt", "Emre", "Jonas", "Wolfgang"],
    "diverse": ["Alex", "Sascha"],
}
LAST = ["Huber", "Maier", "Bauer", "Wagner", "Gruber", "Reiter", "Hofmann", "Steiner", "Lang",
        "Kaiser", "Moser", "Berger", "Winkler", "Pichler", "Seidl", "Fischer", "Brandl",
        "Kellner", "Zimmermann", "Lechleitner", "Ertl", "Stadler", "Haas", "Aigner", "Yilmaz",
        "Kovačević", "Schuster", "Dietl", "Sommer", "Ostermeier", "Rieger", "Kraus", "Forster"]
PROFESSIONS = [  # female, male, diverse, department, weight
    ("Verwaltungsfachwirtin", "Verwaltungsfachwirt", "Verwaltungsfachwirt:in",
     "Personal- und Organisationsreferat", 6),
    ("Sachbearbeiterin", "Sachbearbeiter", "Sachbearbeiter:in", "Kreisverwaltungsreferat", 6),
    ("Referentin für Öffentlichkeitsarbeit", "Referent für Öffentlichkeitsarbeit",
     "Referent:in für Öffentlichkeitsarbeit", "Direktorium", 5),
    ("Personalreferentin", "Personalreferent", "Personalreferent:in",
     "Personal- und Organisationsreferat", 4),
    ("Projektleiterin", "Projektleiter", "Projektleiter:in", "IT-Referat", 3),
    ("Verwaltungsinformatikerin", "Verwaltungsinformatiker", "Verwaltungsinformatiker:in",
     "IT-Referat", 2),
    ("Erzieherin", "Erzieher", "Erzieher:in", "Referat für Bildung und Sport", 3),
    ("Sozialpädagogin", "Sozialpädagoge", "Sozialpädagog:in", "Sozialreferat", 3),
    ("Architektin", "Architekt", "Architekt:in", "Referat für Stadtplanung und Bauordnung", 2),
    ("Stadtplanerin", "Stadtplaner", "Stadtplaner:in", "Referat für Stadtplanung und Bauordnung", 2),
    ("Kommunikationsdesignerin", "Kommunikationsdesigner", "Kommunikationsdesigner:in",
     "Direktorium", 2),
    ("Lehrerin", "Lehrer", "Lehrkraft", "Referat für Bildung und Sport", 2),
    ("Umweltingenieurin", "Umweltingenieur", "Umweltingenieur:in",
     "Referat für Klima- und Umweltschutz", 2),
    ("Marketingreferentin", "Marketingreferent", "Marketingreferent:in",
     "Referat für Arbeit und Wirtschaft", 2),
    ("Juristin", "Jurist", "Jurist:in", "Kreisverwaltungsreferat", 1),
    ("Brandmeisterin", "Brandmeister", "Brandmeister:in", "Branddirektion", 1),
    ("Veranstaltungskauffrau", "Veranstaltungskaufmann", "Veranstaltungskaufleute",
     "Kulturreferat", 2),
]
APPLICANTS_TOTAL = 73


def _weighted(rng: random.Random, pairs: list[tuple[object, float]]) -> object:
    total = sum(weight for _, weight in pairs)
    pick = rng.random() * total
    for value, weight in pairs:
        pick -= weight
        if pick < 0:
            return value
    return pairs[-1][0]


def _day_weights(rng: random.Random) -> dict[date, float]:
    weeks = {}
    weights = {}
    day = START
    while day <= END:
        week = (day - START).days // 7
        if week not in weeks:
            weeks[week] = rng.uniform(0.75, 1.25)
        factor = weeks[week]
        factor *= [0.35, 0.55, 0.75, 0.9][week] if week < 4 else 1.0
        if EASTER_BREAK[0] <= day <= EASTER_BREAK[1]:
            factor *= 0.25
        if PENTECOST_BREAK[0] <= day <= PENTECOST_BREAK[1]:
            factor *= 0.3
        if day in HOLIDAYS:
            factor *= 0.3
        if day.weekday() >= 5:
            factor *= 0.3
        weights[day] = factor
        day += timedelta(days=1)
    return weights


def _post_time(rng: random.Random, day: date) -> datetime:
    if day.weekday() >= 5:
        hour = _weighted(rng, [(9, 3), (10, 3), (11, 2), (17, 2), (18, 2), (19, 2), (20, 1)])
    else:
        hour = _weighted(rng, [(7, 14), (8, 16), (12, 14), (13, 8), (17, 9), (18, 9), (19, 6),
                               (20, 3), (9, 3), (10, 2), (11, 2), (14, 2), (15, 2), (16, 3),
                               (21, 2), (6, 1)])
    return datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60))


def _activity_id(rng: random.Random, local: datetime, used: set[int]) -> str:
    # LinkedIn ids carry the creation time in milliseconds in their top bits.
    offset = 2 if date(2023, 3, 26) <= local.date() else 1
    millis = (calendar.timegm(local.timetuple()) - offset * 3600) * 1000 + rng.randrange(1000)
    while True:
        value = (millis << 22) | rng.getrandbits(22)
        if value not in used:
            used.add(value)
            return str(value)


def _fill(template: str, rng: random.Random, day: date) -> str:
    return template.format(
        ort=rng.choice(PLACES),
        wochentag=WEEKDAY_DE[(day - timedelta(days=rng.randrange(1, 6))).weekday()],
        kollege=rng.choice(COLLEAGUES),
        monat=MONTHS_DE[day.month - 1],
    )


def _text(rng: random.Random, topic: str, day: date, question: bool, wfm: bool, target: int) -> str:
    pool = TOPICS[topic]
    hook = _fill(rng.choice(pool["hooks"] + GENERIC_HOOKS[: 2 if rng.random() < 0.8 else 7]), rng, day)
    topic_paras = pool["paras"][:]
    rng.shuffle(topic_paras)
    generic = GENERIC_PARAS[:]
    rng.shuffle(generic)
    paras = topic_paras[:2] + generic[:3] + topic_paras[2:] + generic[3:]
    if question:
        closing = rng.choice(pool["questions"] + GENERIC_QUESTIONS)
        if rng.random() < 0.35:
            closing += " " + rng.choice(["👇", "💬", "🙂", "😊"])
    else:
        closing = rng.choice(CLOSERS if day.weekday() == 4 else CLOSERS[:4] + CLOSERS[5:])
    tags = []
    if wfm:
        tags.append("#wirfuermuenchen")
    extra = rng.sample(pool["tags"], k=min(len(pool["tags"]), rng.randint(0, 2)))
    extra += rng.sample(EXTRA_TAGS, k=rng.randint(1, 2))
    tags += extra[: rng.randint(1, 4)]
    if not wfm and rng.random() < 0.3:
        tags = []
    tail = "\n\n" + " ".join(tags) if tags else ""
    body = [hook]
    length = len(hook) + len(closing) + len(tail) + 4
    for para in paras:
        para = _fill(para, rng, day)
        if len(body) > 1 and (length >= target or length + len(para) + 2 > 2800):
            break
        body.append(para)
        length += len(para) + 2
    return "\n\n".join(body + [closing]) + tail


def _allocate(weights: list[float], total: int, minimum: int) -> list[int]:
    """Integers proportional to ``weights``, each at least ``minimum``, summing to ``total``."""
    rest = total - minimum * len(weights)
    scale = rest / sum(weights)
    raw = [weight * scale for weight in weights]
    ints = [int(value) for value in raw]
    left = rest - sum(ints)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - ints[i]), i))
    for index in order[:left]:
        ints[index] += 1
    return [minimum + value for value in ints]


def _write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def generate(out_dir: Path) -> dict[str, int]:
    rng = random.Random(SEED)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    assert sum(person[8] for person in INFLUENCERS) == TOTAL_POSTS

    # influencers
    _write(out_dir / "influencers.csv",
           ["name", "birth_year", "gender", "profession", "department", "experience", "joined_on",
            "cohort"],
           [[p[0], p[1], p[2], p[3], p[4], p[5], p[6], COHORT] for p in INFLUENCERS])

    # posts: days and times
    day_weights = _day_weights(rng)
    drafts = []
    for person in INFLUENCERS:
        name, topic, count = person[0], person[7], person[8]
        first = date.fromisoformat(person[10] or person[6])
        last = date.fromisoformat(person[11]) if person[11] else END
        keyed = []
        for day, weight in day_weights.items():
            if first <= day <= last:
                keyed.append((rng.random() ** (1.0 / weight), day))
        keyed.sort(reverse=True)
        for _, day in sorted(keyed[:count], key=lambda item: item[1]):
            drafts.append({"author": name, "topic": topic, "day": day,
                           "followers": person[9]})
    drafts.sort(key=lambda d: (d["day"], d["author"]))
    for draft in drafts:
        draft["at"] = _post_time(rng, draft["day"])
    drafts.sort(key=lambda d: (d["at"], d["author"]))

    questions = set(rng.sample(range(TOTAL_POSTS), QUESTION_POSTS))
    with_wfm = set(rng.sample(range(TOTAL_POSTS), WFM_POSTS))
    used: set[int] = set()
    texts_seen: set[str] = set()
    react_w, comment_w = [], []
    for index, draft in enumerate(drafts):
        draft["media"] = _weighted(rng, MEDIA)
        target = int(min(2800, max(400, rng.gauss(1500, 520))))
        while True:
            text = _text(rng, draft["topic"], draft["day"], index in questions, index in with_wfm,
                         target)
            if text not in texts_seen:
                break
        texts_seen.add(text)
        draft["text"] = text
        draft["id"] = _activity_id(rng, draft["at"], used)
        length = len(text)
        length_factor = 1.0 + 0.6 * math.exp(-(((length - 1500) / 550) ** 2))
        month_factor = 1.0 + 0.07 * (draft["day"].month - 1)
        base = math.sqrt(draft["followers"] / 1000)
        question = index in questions
        react_w.append(base * MEDIA_REACT[draft["media"]] * (1.4 if question else 1.0)
                       * length_factor * month_factor * rng.lognormvariate(0, 0.45))
        comment_w.append(react_w[-1] * MEDIA_COMMENT[draft["media"]] * (1.6 if question else 1.0)
                         * rng.lognormvariate(0, 0.35))
    reactions = _allocate(react_w, TOTAL_REACTIONS, 3)
    comments = _allocate(comment_w, TOTAL_COMMENTS, 0)

    series_rng = random.Random(SEED + 16)
    series = [_series(series_rng, draft["topic"], index in with_wfm) for index, draft in enumerate(drafts)]
    rows = []
    for draft, react, comment, topic in zip(drafts, reactions, comments, series, strict=True):
        impressions = int(react * rng.uniform(20, 60)) + rng.randrange(40)
        reposts = min(10, int(react / 45 + rng.random() * 2.5))
        click_rate = rng.uniform(0.004, 0.02) * (2.0 if draft["media"] in ("article", "document") else 1.0)
        clicks = int(impressions * click_rate)
        rows.append([
            draft["id"], draft["author"], draft["at"].strftime("%Y-%m-%d %H:%M:%S"),
            f"https://www.linkedin.com/feed/update/urn:li:activity:{draft['id']}/",
            draft["text"], draft["media"], react, comment, reposts, impressions, clicks, topic,
        ])
    _write(out_dir / "posts.csv",
           ["activity_id", "author", "published_at", "url", "text", "media_type", "reactions",
            "comments", "reposts", "impressions", "clicks", "topic"], rows)

    # follower counts at each month end, growing with activity
    month_ends = [date(2023, month, calendar.monthrange(2023, month)[1]) for month in range(1, 7)]
    follower_rows = []
    for person in INFLUENCERS:
        followers = person[9]
        for end in month_ends:
            posts_in_month = sum(1 for d in drafts if d["author"] == person[0]
                                 and d["day"].month == end.month)
            followers += posts_in_month * rng.randint(6, 22) + rng.randint(1, 15)
            follower_rows.append([person[0], end.isoformat(), followers])
    _write(out_dir / "followers.csv", ["author", "day", "followers"], follower_rows)

    outcome_rows = []
    for index, outcome in enumerate(OUTCOMES):
        post = ""
        if index in OUTCOMES_WITH_POST:
            day = date.fromisoformat(outcome[0])
            post = max((d for d in drafts if d["author"] == outcome[2] and d["day"] <= day),
                       key=lambda d: d["at"])["id"]
        outcome_rows.append([*outcome, post])
    _write(out_dir / "outcomes.csv", ["occurred_on", "type", "person", "note", "post_activity_id"],
           outcome_rows)

    # applicants: the selected 16 plus 57 others with a different mix
    applicants = [[p[0], p[1], p[2], p[3], p[4], p[5], COHORT, "yes"] for p in INFLUENCERS]
    names = {p[0] for p in INFLUENCERS}
    while len(applicants) < APPLICANTS_TOTAL:
        gender = _weighted(rng, [("female", 0.64), ("male", 0.34), ("diverse", 0.02)])
        name = f"{rng.choice(FIRST[gender])} {rng.choice(LAST)}"
        if name in names:
            continue
        names.add(name)
        age = _weighted(rng, [(rng.randint(24, 29), 0.12), (rng.randint(30, 39), 0.38),
                              (rng.randint(40, 49), 0.32), (rng.randint(50, 59), 0.15),
                              (rng.randint(60, 63), 0.03)])
        prof = _weighted(rng, [(p, p[4]) for p in PROFESSIONS])
        profession = prof[{"female": 0, "male": 1, "diverse": 2}[gender]]
        experience = _weighted(rng, [("none", 0.08), ("low", 0.22), ("medium", 0.42),
                                     ("high", 0.28)])
        applicants.append([name, 2023 - age, gender, profession, prof[3], experience, COHORT, "no"])
    applicants.sort(key=lambda row: row[0])
    _write(out_dir / "applicants.csv",
           ["name", "birth_year", "gender", "profession", "department", "experience", "cohort",
            "selected"], applicants)
    counts = {"influencers": len(INFLUENCERS), "posts": len(rows), "applicants": len(applicants),
              "outcomes": len(OUTCOMES), "followers": len(follower_rows)}
    counts.update(_company_page_and_goals(out_dir))
    return counts


# ---- the city's company page (its content and followers exports) and the programme's goals.
# Own random stream, so the cohort's files above stay exactly as they were.
PAGE_TOPICS = [
    "Stellenangebot: {job} (m/w/d) – jetzt bewerben! #karriere #stadtmünchen",
    "Heute im Stadtrat: {topic}. Alle Infos auf muenchen.de #stadtmünchen",
    "Veranstaltungstipp fürs Wochenende in {place}. #münchen",
    "Neue Öffnungszeiten im Bürgerbüro {place}: ab sofort auch samstags. #service",
    "Baustelleninfo: {topic} in {place}. Danke für Ihre Geduld! #münchen",
    "Wir sagen Danke: {n} Jahre Ehrenamt in {place}. #ehrenamt",
    "Die Stadt als Arbeitgeberin: Ausbildungsstart {job}. #ausbildung #karriere",
]
PAGE_JOBS = ["Erzieher:in", "Verwaltungsfachangestellte", "Brandmeisteranwärter", "Gärtner:in",
             "Bauingenieur:in", "IT-Fachkraft", "Sozialpädagog:in"]
PAGE_SUBJECTS = ["Radwegenetz", "Schulbau", "Wohnungsbau", "Klimaschutz", "ÖPNV-Ausbau", "Stadtgrün"]
PAGE_FIRST_FOLLOWERS = 48_200
# the goals the demo shows: one of each status (achieved, on track, behind)
DEMO_GOALS = [
    ("posts_per_month", 50, "2023-01-01", "2023-06-30"),
    ("engagement_rate", 0.03, "2023-01-01", "2023-06-30"),
    ("outcomes_per_quarter", 10, "2023-01-01", "2023-06-30"),
    ("follower_growth", 8000, "2023-01-01", "2023-12-31"),
]


def _company_page_and_goals(out_dir: Path) -> dict[str, int]:
    rng = random.Random(SEED + 16)
    page_rows = []
    day = START
    used: set[int] = set()
    while day <= END:
        if day.weekday() in (0, 2, 4) and day not in HOLIDAYS:
            at = datetime(day.year, day.month, day.day, rng.choice([9, 10, 11, 14, 16]), rng.choice([0, 15, 30]))
            activity = _activity_id(rng, at, used)
            text = rng.choice(PAGE_TOPICS).format(job=rng.choice(PAGE_JOBS), topic=rng.choice(PAGE_SUBJECTS),
                                                  place=rng.choice(PLACES), n=rng.randint(10, 40))
            impressions = int(rng.lognormvariate(math.log(3300), 0.35))
            reactions = int(impressions * rng.uniform(0.010, 0.020))
            comments = int(impressions * rng.uniform(0.0005, 0.003))
            reposts = int(impressions * rng.uniform(0.0003, 0.0015))
            clicks = int(impressions * rng.uniform(0.01, 0.03))
            page_rows.append([activity, at.strftime("%Y-%m-%d %H:%M:%S"),
                              f"https://www.linkedin.com/feed/update/urn:li:activity:{activity}/", text,
                              reactions, comments, reposts, impressions, clicks])
        day += timedelta(days=1)
    _write(out_dir / "page_posts.csv", ["activity_id", "published_at", "url", "text", "reactions", "comments",
                                         "reposts", "impressions", "clicks"], page_rows)
    follower_rows = []
    followers = PAGE_FIRST_FOLLOWERS
    day = START
    while day <= END:
        new = rng.randint(12, 38)
        followers += new
        follower_rows.append([day.isoformat(), followers, new])
        day += timedelta(days=1)
    _write(out_dir / "page_followers.csv", ["day", "followers", "new_followers"], follower_rows)
    _write(out_dir / "goals.csv", ["metric", "target", "period_start", "period_end"],
           [list(goal) for goal in DEMO_GOALS])
    return {"page_posts": len(page_rows), "page_followers": len(follower_rows), "goals": len(DEMO_GOALS)}


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    counts = generate(out_dir)
    print(", ".join(f"{key}: {value}" for key, value in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
