#!/usr/bin/env python3
"""heldout_o: a fifteenth, independently worded phrasebook of synthetic labelled call-centre calls.

usage (from the project root, with the project's venv active):
    python bench/heldout_o.py --dry --seed 9191 --piper /tmp/piper/bin/piper    # print the dialogues, no audio
    python bench/heldout_o.py --seed 9191 --out bench/results/O --prefix O --piper /tmp/piper/bin/piper
    (add -n 3 for a quick three-call synthesis)

(--dry with the same --piper prints exactly the dialogues of the real run; without --piper, heldout's
pick_voices draws one random number fewer per English call and the later calls' wording differs.)

Purpose: a MODERATE, realistic held-out set (Italian and English, in the proportions of heldout.py's
main(); the four purposes customer_care, sales_first_contact, billing_support, technical_support) for
measuring how well the personal-data detector generalises to wording it has never seen. One more
scriptwriter writing ordinary calls: an agent who answers with the company and her or his name, a
recording notice in this file's own words (only in calls whose notice flag is set), a caller with a
reason (sometimes "a customer since <year>"), the caller's full name (sometimes spelled), then the data
the purpose needs and a few things it does not, a filler while "the system is slow", some small talk
full of harmless numbers, and a closing (sometimes "grazie, signora <surname>").

New in this set (each frequent; most calls carry several):
 (1) TWO values in ONE caller turn ("il cellulare è ..., e la mail, già che ci sono, è ...", "card's
     ..., and my date of birth is ...", "sto in via ...; se il corriere non trova il citofono mi chiami
     al ...", "the IBAN's ..., and my codice fiscale is ...", a date of birth followed by a condition);
 (2) dictation SPLIT over turns: the caller gives a phone, card, IBAN, fiscal code or order / invoice /
     ticket number in two to four groups and the agent back-channels between them ("sì", "mh-mh",
     "okay", "ok, poi?", "go on", "mm-hm", "got that"); each group is its own labelled piece of the
     kind of the whole value, its `value` the characters of that group;
 (3) FILLERS and hesitations INSIDE a value ("tre quattro, ehm, sette", "five five, uh, two", "rossi,
     ehm, chiocciola ...") and SELF-CORRECTIONS inside a dictation ("tre otto, no scusi, tre nove",
     "seven one, sorry, seven two", "erre come Rimini, anzi no, esse come Savona"). Choice made here:
     the WHOLE dictation, wrong group, correction marker and filler included, is ONE span whose `value`
     is the CORRECTED value (what the caller means); the marker always cancels the comma-delimited
     group said just before it (a digit group or a single spelled letter);
 (4) the AGENT reading stored values off the system for the caller to confirm ("qui risulta il
     numero ..., è ancora quello?", "I've got your address as ..., is that still right?", "la mail che
     ho è ...", "there's a card ending ... on the account"), the caller answering only "sì" / "yep,
     that's it" or correcting ONE part ("le ultime cifre adesso sono ...", "è cambiato l'interno:
     adesso è interno nove", "the flat number's changed, it's flat six now", "the postcode's actually
     ..."), sometimes followed by a card or e-mail given afresh (in a sales first contact the agent
     reads what the caller typed into the web form: "dal modulo online risulta ...", "from the form
     you filled in online, I've got ..."); the agent's read-out is labelled with the stored (old)
     value, a corrected part with the kind of the whole value and the part as its value ("9511",
     "interno 9", "Flat 12", "BD23 3JZ"), a read-back of the corrected whole with the new value.
     ("that's the one" is not used: "one" is a number word the lint keeps out of unlabelled text);
 (5) data of a THIRD person the caller manages (mother, father, son, daughter, husband, wife): their
     phone (mobile or landline), date of birth and health ("mia madre soffre di Alzheimer", "my son's
     asthmatic"); their name is said only sometimes, in passing ("chiamo anche per conto di mio padre,
     Remo Silvestri.", "I'm ringing for my son, Noah."), and then labelled PERSON; it is never the
     answer to the agent's "who am I speaking to", which is always the caller's own name;
 (6) non-personal numbers that LOOK like personal ones, SEVERAL PER CALL and all NONPII_NUMBER: the
     company's toll-free number ("il numero verde ottocento, ...", "our freephone number's oh eight
     hundred, ..."), its switchboard and an extension ("il centralino è lo zero due, ... e poi chiede
     dell'interno duecentoquattordici", "extension four one two"), years ("cliente dal
     duemiladiciotto", "since twenty nineteen"), percentages, prices said as "ventinove e novanta" /
     "twenty-nine ninety-nine", model codes with letters and digits ("zeta ics tremilaseicento",
     "firmware four point two"), counts, times of day, durations, speeds, days of the month; some
     next to a personal value (an hour after a phone, an amount after a card, days after an address);
 (7) spelling with Italian city words ("erre come Roma, o come Otranto"), city words alone ("Savona,
     Imola"), English "for" / "as in" words ("B for Bertie", "M as in Mike") and NATO words, MIXED with
     bare letters, in spelled surnames, fiscal codes, IBANs, order / ticket codes and e-mail names;
 (8) Italian addresses with scala / piano (said as an ordinal: "terzo piano") / interno, a "barra"
     letter and a frazione (before or after the street), UK ones with a flat, a UNIT on a trading
     estate or a PO BOX; dates of birth said in new ways ("sono classe settantotto, il dodici marzo",
     "sono nato nel settantotto, il dodici marzo", "il dodici del tre del settantotto", "born on the
     twelfth, March, seventy-eight", "I'm a seventy-eight baby, twelfth of March", "the twelfth of
     the third, seventy-eight"); a "classe" year or "... baby" year is a DATE_OF_BIRTH piece whose
     value is the year alone ("1978"), the day and month said apart a piece whose value is "--03-12";
     an Italian article elided before a vowel goes inside the span ("è nato [l'otto settembre,
     duemilaotto]", "[nell'ottantasette, il venticinque dicembre]", "[ventidue del quattro
     dell'ottantuno]"), a full "il" stays outside it ("sono nato il [dodici marzo del settantotto]").

Labels and spans (as heldout_n.py's docstring describes them): AGENT_NAME for the agent's name; PERSON
for the caller's full name, a spelled surname, a closing "grazie, signora <surname>" and a third
person's name when said; the nine kinds of heldout.PII; NONPII_NUMBER for numbers that are not personal
data and must stay audible. What a purpose keeps: customer care the order number and delivery address;
sales the phone and e-mail; billing the IBAN, invoice number, billing address and Italian fiscal code;
technical support the ticket number and contact phone; every other kind (payment card, date of birth,
health, third persons' data, and whatever else comes up) is never kept. Invoice and ticket numbers
carry ORDER_NUMBER. Only the condition / medication / treatment is inside a HEALTH span ("soffre di
[Alzheimer]", "my son's [asthmatic]"), not the verb or the relative before it. Every labelled value is
its own piece, so span times are exact; a span's `value` is what it stands for: a partial read-back or
correction is labelled with the kind of the whole value and its `value` is the part said; a split
dictation's pieces carry their groups; a corrected dictation carries the corrected value. Each call
carries 8-11 personal-data ITEMS after the caller's first full-name mention, where an item is one
labelled mention of a value: the pieces of ONE split dictation, and a date of birth said as year and
day-month apart, count once (their spans are all in the truth file); a call whose plan lands outside
8-11 items or under three NONPII numbers is drawn again from the same generator (so --dry still shows
the real run). Consecutive lines of one speaker are one turn.

Lint (run on every call as it is built; a failure stops the run): no digit anywhere; in unlabelled
text (split into letter runs, so "dell'otto" and "forty-five" are caught) no number word (Italian and
English in Italian calls, English in English ones, whose "due" is no number: compounds such as
"ventitré" and "duemila", ordinals, "oh", "nought", "double", "mezzo" / "half" included; hence "yep,
that's it", "lo sconto del", never "that's the one", "uno sconto"), no word of the caller's or a third
person's name, street, town, frazione or trading estate; no mention of
recording in a call without the notice and a notice in the opening of a call with it; every labelled
piece is heard back from its spoken form: digits of phones, cards, addresses and NONPII numbers re-read
from the number words (fillers skipped, a correction marker cancelling the group before it), codes
(IBAN, fiscal code, order / invoice / ticket numbers, spelled surnames) re-read letter by letter and
digit by digit through the letter names, city words, "for" / "as in" words and NATO words, dates of
birth re-read into the same date (or year, or day and month), e-mails re-read character by character
(words, spelled letters, digits, "punto" / "dot", "chiocciola" / "at"), addresses checked for their
digits in order, their words, their scala / barra letters and their postcode letters, health, names and
the agent's name said as written; 8-11 items; at least three NONPII numbers per call.

Provenance: written by a helper that did not read the detector (pipeline/, redaction_rules/, tests/,
evaluation/), the development corpus (../shared/corpus/: neither truth files nor transcripts),
bench/results/, nor the dialogue or banks of the other phrasebooks (heldout_alt, heldout_d ...
heldout_m). bench/heldout.py was read in full (its machinery is reused). From bench/heldout_n.py were
read: its module docstring, its imports, its `Item` class, its `PhraseBookN` constructor and small
helpers (say / N / money / dictate / tail / letter / spell / digit_run), its `verify()` / `lint()` /
`item_count()` and its `__main__` wiring, to learn the builder interface (main() builds
`builder(rng, lang, purpose)`, calls `.build(company, agent, notice)`, and reads `.lang`, `.purpose`,
`.first`, `.last`, `.turns`); its name and company banks, printed just after the docstring, were seen on
screen and deliberately not reused, and a grep for its definitions showed the first line of each of its
other module-level tables (towns, streets, "presso" companies, mobile prefixes, e-mail providers, health,
KEEPS / EXTRAS / LABEL): none of their entries is reused (this file's purpose table follows the brief's
"what a purpose keeps", so KEEPS and LABEL necessarily say the same things); the rest of its dialogue
and banks was not read. Every line of
dialogue and every bank here (names, third persons, agents, companies, towns, frazioni, streets,
trading estates, e-mail providers, health conditions, spelling words, fillers, correction markers,
back-channels, distractors) is this file's own, and so are the hearing functions of the lint. Only the
machinery of bench/heldout.py is reused: Speaker (digit reading), IT_LETTERS and NATO, the month names,
the value generators luhn_complete / iban / fiscal_code, the number words (it_words, en_words, en_year,
en_ordinal), pick_voices, Renderer, synthesise, resample_write, main() (language / purpose / mono-stereo
/ 8-16 kHz / notice schedule, sidecar and truth format, -n for the number of calls), dry_run() and
run_phrasebook(); heldout.py itself is not modified.
"""
from __future__ import annotations

import datetime as dt
import re
import string
import sys
import unicodedata
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
import heldout as H  # noqa: E402
from heldout import (EN_MONTHS, EN_TENS, EN_UNITS, IT_LETTERS, IT_MONTHS, IT_TENS, IT_UNITS, NATO,  # noqa: E402
                     en_ordinal, en_words, en_year, fiscal_code, iban, it_words, luhn_complete)

# =========================================================================== banks (this file's own)

O_IT_FIRST_F = ("Annalisa Margherita Rossella Sonia Gloria Patrizia Vanessa Letizia Caterina Mirella Donatella "
                "Giuliana Agnese Marisa Tecla Fiorella").split()
O_IT_FIRST_M = ("Ettore Renato Giuseppe Franco Dario Ugo Leonardo Manuel Cesare Aurelio Gianluca Maurizio Emilio "
                "Silvio Amedeo Ruggero").split()
O_IT_LAST = ("Zanetti Montanari Ruggiero Bonetti Carbone Longo Melis Ricciardi Franchini Ferrante Gallo Monti "
             "Silvestri Morelli Amato Farina Basile Cristiani Pozzi Orsini Venturi Marras Spada Tedeschi").split()
O_EN_FIRST_F = ("Gemma Tilly Imogen Rhiannon Lorna Heather Bridget Kerry Tamsin Shannon Leah Jade Carys Nicola "
                "Denise Marion").split()
O_EN_FIRST_M = ("Alasdair Bradley Kieran Warren Rupert Dean Gordon Euan Reuben Shaun Toby Malcolm Barry Ravi Idris "
                "Wesley").split()
O_EN_LAST = ("Ashworth Bellamy Crossley Dunmore Eccleston Fairclough Gillespie Hartley Ingram Jarvis Kershaw Lomax "
             "Maddox Nuttall Oakes Quinlan Rowntree Shackleton Tennant Underwood Varley Wainwright Yeadon Akhtar "
             "Sandhu Zielinski").split()
O_IT_AGENTS = "Ornella Vittorio Tiziana Corrado Nadia Elio Loredana Bruno".split()
O_EN_AGENTS = "Kirsty Imran Jodie Dale Rosie Aaron Leanne Vikram".split()
O_IT_COMPANIES = ["Tramontana Luce e Gas", "Rete Levante", "Assicurazioni Mongolfiera", "Fibra Arcobaleno",
                  "Banca Popolare del Tirreno", "Spedizioni Gabbiano"]
O_EN_COMPANIES = ["Heathfield Energy", "Lanternfish Broadband", "Copperbeech Insurance", "Northwind Mobile",
                  "Riverbank Water", "Larkspur Parcels"]

# third persons: (my, your, female, role); their given names by role and sex
O_IT_REL = [("mia madre", "sua madre", True, "parent"), ("mio padre", "suo padre", False, "parent"),
            ("mio figlio", "suo figlio", False, "child"), ("mia figlia", "sua figlia", True, "child"),
            ("mio marito", "suo marito", False, "spouse"), ("mia moglie", "sua moglie", True, "spouse")]
O_EN_REL = [("my mum", "your mum", True, "parent"), ("my dad", "your dad", False, "parent"),
            ("my son", "your son", False, "child"), ("my daughter", "your daughter", True, "child"),
            ("my husband", "your husband", False, "spouse"), ("my wife", "your wife", True, "spouse")]
O_THIRD_NAMES = {
    ("it", "parent", True): "Adele Ines Rina Elvira Nives Lidia".split(),
    ("it", "parent", False): "Armando Osvaldo Gino Arturo Remo Italo".split(),
    ("it", "child", True): "Sofia Ginevra Aurora Matilde".split(),
    ("it", "child", False): "Mattia Gioele Diego Alessio".split(),
    ("it", "spouse", True): "Roberta Lorella Cinzia Elena".split(),
    ("it", "spouse", False): "Fausto Luciano Sandro Oreste".split(),
    ("en", "parent", True): "Maureen Doreen Brenda Sheila Pauline".split(),
    ("en", "parent", False): "Ron Derek Keith Trevor Clive".split(),
    ("en", "child", True): "Evie Ruby Mia Lily".split(),
    ("en", "child", False): "Archie Theo Reggie Noah".split(),
    ("en", "spouse", True): "Karen Julie Tracy Dawn".split(),
    ("en", "spouse", False): "Colin Martin Graeme Philip".split(),
}

# town, CAP, cadastral code (for fiscal codes), landline prefix, frazioni
O_IT_TOWNS = [("Spoleto", "06049", "I921", "0743", ["Eggi", "Beroide", "San Giacomo"]),
              ("Cortona", "52044", "D077", "0575", ["Camucia", "Terontola", "Mercatale"]),
              ("Montepulciano", "53045", "F592", "0578", ["Acquaviva", "Gracciano"]),
              ("Gubbio", "06024", "E256", "075", ["Padule", "Branca", "Mocaiana"]),
              ("Fabriano", "60044", "D451", "0732", ["Melano", "Argignano"]),
              ("Sarzana", "19038", "I449", "0187", ["Marinella", "San Lazzaro"]),
              ("Bassano del Grappa", "36061", "A703", "0424", ["Campese", "Valrovina"]),
              ("Castelfranco Veneto", "31033", "C111", "0423", ["Salvarosa", "Treville", "Campigo"]),
              ("Monopoli", "70043", "F376", "080", ["Impalata", "Cozzana"]),
              ("Alghero", "07041", "A192", "079", ["Fertilia", "Guardia Grande"]),
              ("Chioggia", "30015", "C638", "041", ["Sottomarina", "Valli"]),
              ("Sulmona", "67039", "I804", "0864", ["Marane", "Torrone"]),
              ("Cittadella", "35013", "C743", "049", ["Laghi", "Pozzetto"]),
              ("Ostuni", "72017", "G187", "0831", ["Villanova"])]
O_IT_STREETS = [("via", "dei Gelsomini"), ("via", "Pietro Nenni"), ("viale", "dei Tigli"), ("via", "Sandro Pertini"),
                ("via", "del Fossato"), ("via", "Enrico Fermi"), ("vicolo", "dei Fabbri"), ("strada", "della Fornace"),
                ("via", "Alcide De Gasperi"), ("via", "delle Acacie"), ("via", "Grazia Deledda"),
                ("via", "dei Cipressi"), ("largo", "Don Minzoni"), ("via", "Luigi Einaudi"), ("viale", "Kennedy")]
O_IT_MOBILE = ["333", "334", "338", "340", "342", "346", "349", "350", "353", "371", "377", "389", "391", "393"]
O_IT_MAIL = ["libero.it", "virgilio.it", "tiscali.it", "gmail.com", "hotmail.it", "outlook.it", "yahoo.it", "email.it"]

# town, postcode districts, landline area code
O_UK_TOWNS = [("Kendal", ["LA9"], "01539"), ("Hexham", ["NE46"], "01434"), ("Ludlow", ["SY8"], "01584"),
              ("Frome", ["BA11"], "01373"), ("Whitby", ["YO21", "YO22"], "01947"), ("Stroud", ["GL5"], "01453"),
              ("Bangor", ["LL57"], "01248"), ("Truro", ["TR1"], "01872"), ("Skipton", ["BD23"], "01756"),
              ("Penrith", ["CA11"], "01768"), ("Dumfries", ["DG1", "DG2"], "01387"), ("Ely", ["CB6", "CB7"], "01353")]
O_UK_STREETS = ["Rowan Close", "Tanners Lane", "Fellside Road", "Priory Walk", "Greenbank Terrace", "Willow Court",
                "Salters Row", "Heron Way", "Bracken Rise", "Ashby Road", "Kiln Lane", "Cobden Street",
                "Marlborough Avenue", "Jubilee Drive"]
O_UK_ESTATES = ["Brookfield Trading Estate", "Moorside Business Park", "Highfield Industrial Estate",
                "Lowther Business Park", "Sandpit Trading Estate"]
O_EN_MAIL = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "ntlworld.com", "icloud.com",
             "live.co.uk", "talktalk.net"]
O_HOST_SPOKEN = {"ntlworld": "n t l world"}

O_IT_SPELL = {"A": ["Ancona", "Asti"], "B": ["Bari", "Bologna"], "C": ["Como", "Catania"], "D": ["Domodossola"],
              "E": ["Empoli", "Enna"], "F": ["Firenze", "Foggia"], "G": ["Genova", "Grosseto"], "H": ["hotel"],
              "I": ["Imola", "Ischia"], "J": ["jolly"], "K": ["kiwi"], "L": ["Livorno", "Lecce"],
              "M": ["Milano", "Messina"], "N": ["Napoli", "Novara"], "O": ["Otranto", "Orvieto"],
              "P": ["Palermo", "Padova"], "Q": ["quadro"], "R": ["Roma", "Rimini"], "S": ["Savona", "Siena"],
              "T": ["Torino", "Trieste"], "U": ["Udine", "Urbino"], "V": ["Venezia", "Verona"],
              "W": ["Washington"], "X": ["xilofono"], "Y": ["yogurt"], "Z": ["Zara"]}
O_EN_SPELL = {"A": ["Apple"], "B": ["Bertie", "Baker"], "C": ["Charlie"], "D": ["David"], "E": ["Edward"],
              "F": ["Freddie"], "G": ["George"], "H": ["Harry"], "I": ["Isaac"], "J": ["Jack"], "K": ["King"],
              "L": ["London"], "M": ["Mary", "Mother"], "N": ["Nellie"], "O": ["Orange"], "P": ["Peter"],
              "Q": ["Queen"], "R": ["Robert"], "S": ["Sugar"], "T": ["Tommy"], "U": ["Uncle"], "V": ["Victor"],
              "W": ["William"], "X": ["X-ray"], "Y": ["Yellow"], "Z": ["Zebra"]}

# health: (lead, condition, female form of the condition or None)
O_IT_HEALTH_SELF = [("sono", "celiaco", "celiaca"), ("soffro di", "emicrania cronica", None),
                    ("ho la", "fibromialgia", None), ("ho il", "morbo di Crohn", None), ("sono", "ipovedente", None),
                    ("ho la", "pressione alta", None), ("prendo il", "litio", None),
                    ("sto facendo la", "fisioterapia", None), ("ho avuto un", "infarto", None),
                    ("soffro di", "attacchi di panico", None), ("sono", "incinta", "incinta")]
O_EN_HEALTH_SELF = [("I'm", "coeliac"), ("I get", "chronic migraines"), ("I've got", "fibromyalgia"),
                    ("I have", "Crohn's disease"), ("I'm", "partially sighted"), ("I'm on", "lithium"),
                    ("I'm having", "physio"), ("I had a", "heart attack"), ("I get", "panic attacks"),
                    ("I've got", "long Covid"), ("I'm", "pregnant")]
O_IT_HEALTH_THIRD = {"parent": [("soffre di", "Alzheimer", None), ("ha il", "Parkinson", None),
                                ("è", "non vedente", None), ("ha avuto un", "ictus", None), ("è in", "dialisi", None),
                                ("ha la", "demenza senile", None)],
                     "child": [("è", "asmatico", "asmatica"), ("è", "autistico", "autistica"),
                               ("è", "epilettico", "epilettica"), ("ha il", "diabete giovanile", None),
                               ("è", "sordo", "sorda")],
                     "spouse": [("è in", "chemioterapia", None), ("ha la", "sclerosi multipla", None),
                                ("ha avuto un", "infarto", None), ("soffre di", "depressione", None)]}
O_EN_HEALTH_THIRD = {"parent": [("{r}'s got", "dementia"), ("{r} has", "Alzheimer's"), ("{r} has", "Parkinson's"),
                                ("{r} had a", "stroke"), ("{r}'s", "partially sighted")],
                     "child": [("{r}'s", "asthmatic"), ("{r}'s", "autistic"), ("{r}'s", "epileptic"),
                               ("{r} has", "cystic fibrosis")],
                     "spouse": [("{r}'s on", "dialysis"), ("{r}'s got", "MS"), ("{r}'s having", "chemo"),
                                ("{r} suffers from", "depression")]}

O_IT_FILLERS = ["ehm", "eh", "mmh"]
O_EN_FILLERS = ["uh", "um", "erm"]
O_IT_MARKERS = ["no scusi", "anzi no", "no aspetti", "scusi ho sbagliato"]
O_EN_MARKERS = ["sorry", "no wait", "sorry I mean", "no hang on"]
O_IT_BACK = ["Sì.", "Mh-mh.", "Okay.", "Sì, vada.", "Ok, poi?", "Ho scritto.", "Sì, ci sono."]
O_EN_BACK = ["Yep.", "Mm-hm.", "Okay.", "Go on.", "Got that.", "Uh-huh.", "Yeah, go on."]

CC, SA, BI, TS = H.PURPOSES
KEEPS = {CC: ["ORDER", "ADDRESS"], SA: ["PHONE", "EMAIL"], BI: ["INVOICE", "IBAN", "ADDRESS", "FISCAL"],
         TS: ["TICKET", "PHONE"]}
EXTRAS = {CC: ["PHONE", "EMAIL", "DOB", "CARD", "HEALTH"], SA: ["ADDRESS", "DOB", "CARD", "HEALTH", "IBAN", "FISCAL"],
          BI: ["DOB", "CARD", "PHONE", "EMAIL", "HEALTH"], TS: ["ADDRESS", "EMAIL", "DOB", "HEALTH", "CARD"]}
LABEL = {"PHONE": "PHONE_NUMBER", "EMAIL": "EMAIL_ADDRESS", "ADDRESS": "ADDRESS", "ORDER": "ORDER_NUMBER",
         "INVOICE": "ORDER_NUMBER", "TICKET": "ORDER_NUMBER", "IBAN": "IBAN_CODE", "FISCAL": "IT_FISCAL_CODE",
         "CARD": "CREDIT_CARD", "DOB": "DATE_OF_BIRTH", "HEALTH": "HEALTH"}
COMBOS = [("PHONE", "EMAIL"), ("CARD", "DOB"), ("ADDRESS", "PHONE"), ("ORDER", "EMAIL"), ("IBAN", "FISCAL"),
          ("INVOICE", "ADDRESS"), ("TICKET", "PHONE"), ("DOB", "HEALTH"), ("FISCAL", "DOB"), ("ADDRESS", "EMAIL")]
DICTATED = {"PHONE", "CARD", "IBAN", "FISCAL", "ORDER", "INVOICE", "TICKET"}
STORABLE = ["PHONE", "ADDRESS", "EMAIL", "DOB", "CARD"]
ANCHOR = {CC: "ORDER", BI: "INVOICE", TS: "TICKET", SA: None}

# =========================================================================== hearing (the lint's ears)


def fold(s: str) -> str:
    """Lower case, accents off, two-word letter names joined."""
    s = "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")
    s = s.replace("’", "'")
    return s.replace("i lunga", "ilunga").replace("doppia vu", "doppiavu").replace("trattino basso", "trattino_basso")


IT_VAL = {w: i for i, w in enumerate(IT_UNITS)}
IT_TEN_VAL = {w: k * 10 for k, w in IT_TENS.items()}
IT_ORD = {w: i + 1 for i, w in enumerate("primo secondo terzo quarto quinto sesto settimo ottavo nono decimo".split())}
IT_ORD.update({w[:-1] + "a": v for w, v in IT_ORD.items()})
EN_VAL = {w: i for i, w in enumerate(EN_UNITS)}
EN_VAL.update({w: k * 10 for k, w in EN_TENS.items()})
EN_ZERO = {"zero", "oh", "nought"}
EN_ORD = {en_ordinal(n): n for n in range(1, 32)}
EXTRA_NUMBER_WORDS_EN = {"hundred", "thousand", "million", "double", "triple", "nought", "oh", "half", "dozen", "zero"}
EXTRA_NUMBER_WORDS_IT = {"cento", "mille", "mila", "milione", "milioni", "doppio", "doppia", "mezzo", "mezza",
                         "dozzina", "zero"}
IT_MONTH_OF = {m: i + 1 for i, m in enumerate(IT_MONTHS)}
EN_MONTH_OF = {m.lower(): i + 1 for i, m in enumerate(EN_MONTHS)}
IT_LETTER_OF = {v.replace(" ", ""): k for k, v in IT_LETTERS.items()}
SPELL_WORD_OF = {}
for _bank in (O_IT_SPELL, O_EN_SPELL):
    for _k, _ws in _bank.items():
        for _w in _ws:
            SPELL_WORD_OF[_w.lower()] = _k
for _k, _w in NATO.items():
    SPELL_WORD_OF[_w.lower()] = _k
FILLERS = {fold(w) for w in O_IT_FILLERS + O_EN_FILLERS}
MARKERS = {fold(w) for w in O_IT_MARKERS + O_EN_MARKERS}


def it_below_100(s: str) -> int | None:
    if s in IT_VAL:
        return IT_VAL[s]
    for w, v in IT_TEN_VAL.items():
        if s == w:
            return v
        if s.startswith(w) and s[len(w):] in IT_VAL and 1 <= IT_VAL[s[len(w):]] <= 9:
            return v + IT_VAL[s[len(w):]]
        if s.startswith(w[:-1]) and s[len(w) - 1:] in ("uno", "otto"):
            return v + IT_VAL[s[len(w) - 1:]]
    return None


def it_below_1000(s: str) -> int | None:
    v = it_below_100(s)
    if v is not None:
        return v
    k = s.find("cent")
    if k < 0:
        return None
    head, rest = s[:k], s[k + 4:]
    h = 1 if head == "" else (IT_VAL.get(head) if head in IT_VAL and 2 <= IT_VAL[head] <= 9 else None)
    if h is None:
        return None
    if rest == "o":
        return h * 100
    if rest.startswith("o"):
        r = it_below_100(rest[1:])
        if r is not None and r > 0:
            return h * 100 + r
    r = it_below_100(rest) if rest.startswith("o") else None      # cent-otto, cent-ottanta
    return h * 100 + r if r is not None and r > 0 else None


def parse_it(tok: str) -> int | None:
    """An Italian number word (compounds included) -> its value; None if the token is no number."""
    s = fold(tok)
    if not s or not s.isalpha():
        return None
    v = it_below_1000(s)
    if v is not None:
        return v
    if s.startswith("mille"):
        rest = s[5:]
        r = it_below_1000(rest) if rest else 0
        return 1000 + r if r is not None else None
    k = s.find("mila")
    if k > 0:
        head, rest = it_below_1000(s[:k]), s[k + 4:]
        r = it_below_1000(rest) if rest else 0
        if head and head > 1 and r is not None:
            return head * 1000 + r
    return None


def en_value(tok: str) -> int | None:
    if tok in EN_ZERO:
        return 0
    if tok in EN_VAL:
        return EN_VAL[tok]
    if "-" in tok:
        a, b = tok.split("-", 1)
        if a in EN_TENS.values() and b in EN_VAL and 1 <= EN_VAL[b] <= 9:
            return EN_VAL[a] + EN_VAL[b]
    return None


def is_number_word(tok: str, lang: str = "it") -> bool:
    """A number word of the call's language (an Italian call is also checked for English ones; an English call
    is not checked for Italian ones, whose "due" is an English word)."""
    t = fold(tok).strip("'-")
    english = t in EXTRA_NUMBER_WORDS_EN or t in EN_ORD or en_value(t) is not None
    if lang == "en":
        return english
    return english or t in EXTRA_NUMBER_WORDS_IT or t in IT_ORD or parse_it(t) is not None


def tokens(s: str) -> list[str]:
    """Words (an apostrophe splits: "l'otto" -> l, otto; a hyphen does not: "forty-five", "x-ray") and commas."""
    return re.findall(r"[\w-]+|,", fold(s).replace("'", " "))


def scan(toks: list[str]) -> list[tuple]:
    """Numbers in a token list: [('num', digits, i0, i1) | ('word', tok, i0, i1)], Italian and English."""
    out, i, n = [], 0, len(toks)
    while i < n:
        t = toks[i]
        if t in ("double", "triple") and i + 1 < n and en_value(toks[i + 1]) is not None \
                and en_value(toks[i + 1]) < 10:
            out.append(("num", str(en_value(toks[i + 1])) * (2 if t == "double" else 3), i, i + 2))
            i += 2
            continue
        if t in EN_ORD or t in IT_ORD:
            out.append(("num", str(EN_ORD.get(t) or IT_ORD[t]), i, i + 1))
            i += 1
            continue
        v = parse_it(t)
        if v is not None:
            out.append(("num", str(v), i, i + 1))
            i += 1
            continue
        v = en_value(t)
        if v is None:
            out.append(("word", t, i, i + 1))
            i += 1
            continue
        if t in EN_ZERO:
            out.append(("num", "0", i, i + 1))
            i += 1
            continue
        total, cur, j = 0, v, i + 1
        while j < n and toks[j] in ("hundred", "thousand"):
            if toks[j] == "hundred":
                if not 0 < cur < 100:
                    break
                cur *= 100
            else:
                if not 0 < cur < 1000:
                    break
                total, cur = total + cur * 1000, 0
            j += 1
            k = j + (1 if j < n and toks[j] == "and" else 0)
            w = en_value(toks[k]) if k < n and toks[k] not in EN_ZERO else None
            if w is not None and w < 100:
                cur += w
                j = k + 1
        out.append(("num", str(total + cur), i, j))
        i = j
    return out


def chunks_of(spoken: str) -> list[str]:
    return [c.strip() for c in fold(spoken).split(",") if c.strip()]


def heard_digits(spoken: str) -> str:
    """The digits a listener writes down: fillers skipped, a correction marker cancels the group before it."""
    got: list[str] = []
    for ch in chunks_of(spoken):
        if ch in MARKERS:
            if got:
                got.pop()
            continue
        toks = [t for t in tokens(ch) if t not in FILLERS]
        if toks:
            got.append("".join(e[1] for e in scan(toks) if e[0] == "num"))
    return "".join(got)


def letter_at(toks: list[str], i: int) -> tuple[str | None, int]:
    """A spelled letter starting at toks[i]: ('R', tokens used) or (None, 0)."""
    t = toks[i]
    name = IT_LETTER_OF.get(t) or (t.upper() if len(t) == 1 and t.isalpha() else None)
    if name:
        if i + 2 < len(toks) and toks[i + 1] in ("come", "for", "like") and toks[i + 2] in SPELL_WORD_OF:
            return (name if SPELL_WORD_OF[toks[i + 2]] == name else "?"), 3
        if i + 3 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in" and toks[i + 3] in SPELL_WORD_OF:
            return (name if SPELL_WORD_OF[toks[i + 3]] == name else "?"), 4
        return name, 1
    if t in SPELL_WORD_OF:
        return SPELL_WORD_OF[t], 1
    return None, 0


def heard_code(spoken: str) -> str:
    """A spelled code re-read letter by letter and digit by digit (fillers skipped, corrections applied)."""
    got: list[str] = []
    for ch in chunks_of(spoken):
        if ch in MARKERS:
            if got:
                got.pop()
            continue
        toks = [t for t in tokens(ch) if t not in FILLERS]
        if not toks:
            continue
        res, run, i = [], [], 0

        def flush():
            for e in scan(run):
                res.append(e[1] if e[0] == "num" else "?")
            run.clear()
        while i < len(toks):
            letter, used = letter_at(toks, i)
            if letter:
                flush()
                res.append(letter)
                i += used
            else:
                run.append(toks[i])
                i += 1
        flush()
        got.append("".join(res))
    return "".join(got).upper()


def heard_email(spoken: str) -> str:
    toks = [t for t in tokens(spoken) if t != "," and t not in FILLERS]
    out, i = [], 0
    sym = {"punto": ".", "dot": ".", "chiocciola": "@", "at": "@", "underscore": "_", "trattino_basso": "_",
           "trattino": "-", "dash": "-"}
    while i < len(toks):
        t = toks[i]
        if t in sym:
            out.append(sym[t])
            i += 1
            continue
        if IT_LETTER_OF.get(t) or len(t) == 1:
            letter, used = letter_at(toks, i)
            out.append(letter.lower())
            i += used
            continue
        j = i
        while j < len(toks) and is_number_word(toks[j]) and toks[j] not in sym:
            j += 1
        if j > i:
            out += [e[1] for e in scan(toks[i:j])]
            i = j
            continue
        out.append(t)
        i += 1
    return "".join(out)


def heard_date(spoken: str) -> tuple:
    toks = [t for t in tokens(spoken) if t not in FILLERS]
    nums = [[int(e[1]), e[2], e[3]] for e in scan(toks) if e[0] == "num"]
    months = [IT_MONTH_OF.get(t) or EN_MONTH_OF.get(t) for t in toks if t in IT_MONTH_OF or t in EN_MONTH_OF]
    merged = []
    for v, a, b in nums:       # "zero tre" -> 3; "nineteen seventy-eight" -> 1978
        if merged and merged[-1][2] == a and merged[-1][0] == 0 and v < 10:
            merged[-1] = [v, merged[-1][1], b]
        elif merged and merged[-1][2] == a and merged[-1][0] in (19, 20) and v < 100:
            merged[-1] = [merged[-1][0] * 100 + v, merged[-1][1], b]
        else:
            merged.append([v, a, b])
    year, rest = None, []
    for v, _, _ in merged:
        if v >= 1000:
            year = v
        elif v > 31:
            year = 1900 + v
        else:
            rest.append(v)
    if months:
        month, day = months[0], (rest[0] if len(rest) == 1 else (None if not rest else -1))
    else:
        day, month = (rest + [None, None])[:2] if len(rest) <= 2 else (-1, -1)
    return year, month, day


class LintError(AssertionError):
    pass


GENERIC_PLACE = {"via", "viale", "corso", "piazza", "vicolo", "strada", "largo", "dei", "degli", "del", "della",
                 "delle", "di", "da", "san", "sant", "santa", "santo", "la", "le", "il", "lo", "road", "street",
                 "lane", "close", "walk", "terrace", "court", "row", "way", "rise", "avenue", "drive", "trading",
                 "estate", "business", "park", "industrial", "grande"}

# =========================================================================== the phrasebook


class PhraseBookO:
    def __init__(self, rng, lang: str, purpose: str):
        self.rng, self.lang, self.purpose = rng, lang, purpose
        self.it = it = lang == "it"
        r = rng
        self.agent_sp = H.Speaker(lang, rng)
        self.cust_sp = H.Speaker(lang, rng)
        self.female = r.random() < 0.5
        self.private_words: set[str] = set()
        if it:
            self.first = r.choice(O_IT_FIRST_F if self.female else O_IT_FIRST_M)
            self.last = r.choice(O_IT_LAST)
        else:
            self.first = r.choice(O_EN_FIRST_F if self.female else O_EN_FIRST_M)
            self.last = r.choice(O_EN_LAST)
        self.add_private(f"{self.first} {self.last}")
        self.born = dt.date(r.randint(1944, 1999), r.randint(1, 12), r.randint(1, 28))
        # habits: how the caller and the agent spell and group digits
        self.cust_letters = r.choice(["name", "city", "cityonly", "mixed", "mixed"] if it else
                                     ["bare", "for", "asin", "nato", "mixed", "mixed"])
        self.agent_letters = r.choice(["city", "mixed"] if it else ["for", "asin", "nato"])
        self.cust_digits = r.choice(["single", "whole", "mixed"] if it else ["single", "single", "mixed"])
        self.make_address()
        self.turns: list[tuple[str, list]] = []
        self.split_extra = 0
        self.vals: dict = {}
        self.used: set[str] = set()
        self.notice = False
        self.third = None

    # ------------------------------------------------------------------ small helpers

    def add_private(self, text: str):
        self.private_words |= {w for w in re.findall(r"[^\W\d_]+", fold(text)) if w not in GENERIC_PLACE}

    def c(self, *options):
        return self.rng.choice(options)

    def p(self, it_opts, en_opts):
        return self.rng.choice(it_opts if self.it else en_opts)

    def g(self, masc: str, fem: str) -> str:
        return fem if self.female else masc

    def say(self, speaker: str, *pieces):
        flat = []
        for q in pieces:
            flat += [x for x in (q if isinstance(q, list) else [q]) if x]
        out = []
        for q in flat:
            if isinstance(q, str):
                q = q.strip().lstrip(",;:. ").strip()
                if not any(ch.isalnum() for ch in q):
                    continue
            out.append(q)
        if not out:
            return
        if isinstance(out[0], str):
            out[0] = out[0][0].upper() + out[0][1:]
        if self.turns and self.turns[-1][0] == speaker:      # one speaker going on: one turn
            self.turns[-1][1].extend(out)
        else:
            self.turns.append((speaker, out))

    def N(self, value, spoken: str | None = None):
        """A number that is not personal data and must stay audible."""
        if spoken is None:
            spoken = it_words(int(value)) if self.it else en_words(int(value))
        return ("NONPII_NUMBER", str(value), spoken)

    def price(self, whole: int, cents: int):
        v = f"{whole}.{cents:02d}"
        if self.it:
            return self.N(v, f"{it_words(whole)} e {it_words(cents)}" if self.rng.random() < 0.6
                          else f"{it_words(whole)} euro e {it_words(cents)}")
        return self.N(v, f"{en_words(whole)} {en_words(cents)}" if whole < 100 and self.rng.random() < 0.6
                      else f"{en_words(whole)} pounds {en_words(cents)}")

    def clock(self, h: int, m: int):
        if self.it:
            return self.N(f"{h}:{m:02d}", f"{it_words(h)} e {it_words(m)}") if m else self.N(h)
        return self.N(f"{h}:{m:02d}", f"{en_words(h)} {en_words(m)}") if m else self.N(h)

    def year(self, y: int):
        return self.N(y, it_words(y) if self.it else en_year(y))

    def filler_word(self) -> str:
        return self.c(*(O_IT_FILLERS if self.it else O_EN_FILLERS))

    def marker(self) -> str:
        return self.c(*(O_IT_MARKERS if self.it else O_EN_MARKERS))

    def back(self) -> str:
        return self.c(*(O_IT_BACK if self.it else O_EN_BACK))

    def ok(self) -> str:
        return self.p(["Perfetto, grazie.", "Benissimo.", "Ok, segnato.", "Ricevuto."],
                      ["Lovely, thanks.", "Great, got that.", "Perfect.", "Brilliant."])

    # ------------------------------------------------------------------ digits and letters said aloud

    def say_group(self, g: str, style: str, sp: H.Speaker) -> str:
        if len(g) == 1:
            return sp.digit(g)
        if style == "pairs":
            return sp.pairs(g)
        if style == "whole":
            if len(g) == 2:
                return sp.whole(g)
            if len(g) == 3:
                return sp.whole(g) if self.it else sp.one_by_one(g)
            return sp.pairs(g)
        return sp.one_by_one(g)

    def style_for(self, n: int, habit: str | None = None) -> str:
        habit = habit or self.cust_digits
        if habit == "mixed":
            return self.c("single", "whole", "pairs") if n >= 2 else "single"
        if habit == "whole" and n >= 2:
            return self.c("whole", "whole", "single")
        return "single" if self.it or n != 4 or self.rng.random() < 0.7 else "pairs"

    def letter(self, ch: str, mode: str) -> str:
        r = self.rng
        if self.it:
            if mode == "mixed":
                mode = r.choice(["name", "name", "city", "cityonly"])
            if mode == "city":
                return f"{IT_LETTERS[ch]} come {r.choice(O_IT_SPELL[ch])}"
            if mode == "cityonly":
                return r.choice(O_IT_SPELL[ch])
            return IT_LETTERS[ch]
        if mode == "mixed":
            mode = r.choice(["bare", "bare", "for", "asin"])
        if mode == "for":
            return f"{ch} for {r.choice(O_EN_SPELL[ch])}"
        if mode == "asin":
            return f"{ch} as in {r.choice(O_EN_SPELL[ch] + [NATO[ch].capitalize()])}"
        if mode == "nato":
            return NATO[ch].capitalize()
        return ch

    def digit_groups(self, v: str, sizes: list[int], sp: H.Speaker, habit: str | None = None) -> list[list]:
        """Groups of chunks (chars, spoken, kind, style) for a digit string cut by sizes."""
        out, i = [], 0
        for s in sizes:
            g = v[i:i + s]
            i += s
            st = self.style_for(len(g), habit)
            out.append([(g, self.say_group(g, st, sp), "d", st)])
        assert i == len(v), (v, sizes)
        return out

    def code_groups(self, v: str, sizes: list[int], sp: H.Speaker, mode: str, habit: str | None = None) -> list[list]:
        """Groups of chunks for a code of letters and digits: each letter its own chunk, digit runs dictated."""
        out, i = [], 0
        for s in sizes:
            g = v[i:i + s]
            i += s
            chunks = []
            for run in re.findall(r"[A-Z]|[0-9]+", g):
                if run.isalpha():
                    chunks.append((run, self.letter(run, mode), "l", mode))
                else:
                    st = self.style_for(len(run), habit)
                    chunks.append((run, self.say_group(run, st, sp), "d", st))
            out.append(chunks)
        assert i == len(v), (v, sizes)
        return out

    def wrong(self, chunk, sp: H.Speaker) -> str:
        chars, _, kind, style = chunk
        r = self.rng
        if kind == "l":
            other = r.choice([x for x in "BCDFGLMNPRSTVZ" if x != chars])
            return self.letter(other, style)
        k = r.randrange(len(chars))
        d = r.choice([x for x in "123456789" if x != chars[k]])
        return self.say_group(chars[:k] + d + chars[k + 1:], style, sp)

    def render(self, chunks: list, sp: H.Speaker, hes: bool = False, fix: bool = False) -> str:
        """One spoken value: chunks joined by commas, perhaps a filler inside and a corrected group."""
        r = self.rng
        chunks = list(chunks)
        if hes:      # a hesitation inside a digit group said one by one: "tre quattro, ehm, sette"
            inner = [k for k, ch in enumerate(chunks) if ch[2] == "d" and ch[3] == "single" and len(ch[0]) >= 3]
            if inner and r.random() < 0.6:
                k = r.choice(inner)
                chars, _, kind, style = chunks[k]
                cut = r.randint(1, len(chars) - 1)
                chunks[k:k + 1] = [(chars[:cut], sp.one_by_one(chars[:cut]), kind, style),
                                   (chars[cut:], sp.one_by_one(chars[cut:]), kind, style)]
                hes_at = k + 1
            else:
                hes_at = r.randint(1, max(1, len(chunks) - 1))
        parts = []
        fix_at = r.randint(1, len(chunks) - 1) if fix and len(chunks) > 1 else (0 if fix else -1)
        for k, ch in enumerate(chunks):
            if hes and k == hes_at:
                parts.append(self.filler_word())
            if k == fix_at:
                parts += [self.wrong(ch, sp), self.marker()]
            parts.append(ch[1])
        return ", ".join(parts)

    def piece(self, kind: str, groups: list[list], sp: H.Speaker, hes=False, fix=False):
        chunks = [ch for g in groups for ch in g]
        return (LABEL[kind], "".join(ch[0] for ch in chunks), self.render(chunks, sp, hes, fix))

    # ------------------------------------------------------------------ values

    def phone_value(self, owner: str = "self") -> str:
        key = ("PHONE", owner)
        if key not in self.vals:
            r = self.rng
            land = owner == "third" and r.random() < 0.4
            if self.it:
                if land:
                    pre = self.town[3]
                    v = pre + str(r.randint(2, 9)) + "".join(r.choice(string.digits) for _ in range(9 - len(pre)))
                else:
                    v = r.choice(O_IT_MOBILE) + "".join(r.choice(string.digits) for _ in range(7))
            else:
                if land or r.random() < 0.15:
                    pre = self.town[2]
                    v = pre + str(r.randint(2, 8)) + "".join(r.choice(string.digits) for _ in range(10 - len(pre)))
                else:
                    v = "07" + r.choice("456789") + "".join(r.choice(string.digits) for _ in range(8))
            self.vals[key] = v
        return self.vals[key]

    def phone_sizes(self, v: str) -> list[int]:
        r = self.rng
        if self.it:
            if v.startswith("0"):
                p = len(self.town[3])
                return [p, 3, len(v) - p - 3]
            return r.choice([[3, 3, 4], [3, 3, 2, 2], [3, 4, 3], [3, 2, 2, 3], [3, 7]])
        if v.startswith("07"):
            return r.choice([[5, 6], [5, 3, 3], [4, 3, 4]])
        return r.choice([[5, 6], [5, 3, 3]])

    def phone_groups(self, v: str, sp: H.Speaker, habit=None):
        sizes = self.phone_sizes(v)
        if self.it and sizes == [3, 7]:
            return self.digit_groups(v, sizes, sp, "single")
        return self.digit_groups(v, sizes, sp, habit)

    def card_value(self) -> str:
        if ("CARD", "self") not in self.vals:
            r = self.rng
            brand = r.choice(["Visa", "Visa", "Mastercard"])
            prefix = "4" if brand == "Visa" else str(r.randint(51, 55))
            self.vals[("CARD", "self")] = luhn_complete(prefix, 16, r)
            self.brand = brand
        return self.vals[("CARD", "self")]

    def iban_value(self) -> str:
        if ("IBAN", "self") not in self.vals:
            r = self.rng
            if self.it or r.random() < 0.25:
                bban = (r.choice("ABCDEFGHLMNPRSTUVZ") + "0" + "".join(r.choice(string.digits) for _ in range(4))
                        + "".join(r.choice(string.digits) for _ in range(5))
                        + "0" * r.randint(2, 5))
                bban += "".join(r.choice(string.digits) for _ in range(23 - len(bban)))
                v = iban("IT", bban)
            else:
                bank = r.choice(["BARC", "LOYD", "NWBK", "HBUK", "NAIA", "MIDL"])
                v = iban("GB", bank + "".join(r.choice(string.digits) for _ in range(14)))
            self.vals[("IBAN", "self")] = v
        return self.vals[("IBAN", "self")]

    def fiscal_value(self) -> str:
        if ("FISCAL", "self") not in self.vals:
            place = self.rng.choice(O_IT_TOWNS)[2]
            self.vals[("FISCAL", "self")] = fiscal_code(self.first, self.last, self.born, self.female, place)
        return self.vals[("FISCAL", "self")]

    def code_value(self, kind: str) -> tuple[str, list[int]]:
        key = (kind, "self")
        if key not in self.vals:
            r = self.rng
            L = "ABCDEFGHKLMNPRSTUVZ"
            digits = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
            if kind == "ORDER":
                shape = r.choice(["digits", "alpha", "alpha"])
                if shape == "digits":
                    v = str(r.randint(1, 9)) + digits(r.choice([8, 9]))
                    sizes = [3, 3, 3] if len(v) == 9 else r.choice([[3, 3, 4], [2, 4, 4]])
                else:
                    v = r.choice(L) + r.choice(L) + digits(7)
                    sizes = r.choice([[2, 3, 4], [2, 4, 3]])
            elif kind == "INVOICE":
                if self.it:
                    if r.random() < 0.5:
                        v = r.choice(["FT", "FE"]) + r.choice(["23", "24", "25"]) + digits(6)
                        sizes = [2, 2, 3, 3]
                    else:
                        v = r.choice("ABM") + digits(8)
                        sizes = [1, 4, 4]
                else:
                    if r.random() < 0.5:
                        v = "INV" + digits(7)
                        sizes = [3, 3, 4]
                    else:
                        v = str(r.randint(1, 9)) + digits(7)
                        sizes = [4, 4]
            else:
                if self.it:
                    v = r.choice(["TT", "SR"]) + digits(r.choice([7, 8]))
                    sizes = [2, 3, 4] if len(v) == 9 else [2, 4, 4]
                else:
                    if r.random() < 0.5:
                        v = "INC" + digits(7)
                        sizes = [3, 3, 4]
                    else:
                        v = r.choice(["CS", "TK"]) + digits(6)
                        sizes = [2, 3, 3]
            self.vals[key] = (v, sizes)
        return self.vals[key]

    def iban_groups(self, v: str, sp: H.Speaker, mode: str):
        sizes = [4] * (len(v) // 4) + ([len(v) % 4] if len(v) % 4 else [])
        return self.code_groups(v, sizes, sp, mode)

    def fiscal_groups(self, v: str, sp: H.Speaker, mode: str):
        return self.code_groups(v, [3, 3, 5, 5], sp, mode, "whole")

    def groups_for(self, kind: str, sp: H.Speaker, mode: str | None = None, owner: str = "self"):
        """(value, groups) of a dictated kind, in the caller's (or the given speaker's) habits."""
        mode = mode or self.cust_letters
        if kind == "PHONE":
            v = self.phone_value(owner)
            return v, self.phone_groups(v, sp)
        if kind == "CARD":
            v = self.card_value()
            st = self.c("single", "pairs", "whole") if not self.it else self.c("single", "whole")
            return v, self.digit_groups(v, [4, 4, 4, 4], sp, st if st != "single" else None)
        if kind == "IBAN":
            v = self.iban_value()
            return v, self.iban_groups(v, sp, mode)
        if kind == "FISCAL":
            v = self.fiscal_value()
            return v, self.fiscal_groups(v, sp, mode)
        v, sizes = self.code_value(kind)
        return v, self.code_groups(v, sizes, sp, mode)

    # ---- e-mail

    def email_value(self, owner: str = "self", fresh: bool = False) -> str:
        key = ("EMAIL", owner + ("new" if fresh else ""))
        if key not in self.vals:
            r = self.rng
            first, last = self.first.lower(), self.last.lower()
            domain = r.choice(O_IT_MAIL if self.it else O_EN_MAIL)
            yy = f"{self.born.year % 100:02d}"
            shape = r.choice(["dot", "dot", "num", "init", "under", "lastfirst", "lastnum"])
            local = {"dot": f"{first}.{last}", "num": f"{first}{last}{yy}", "init": f"{first[0]}.{last}",
                     "under": f"{first}_{last}", "lastfirst": f"{last}.{first}",
                     "lastnum": f"{last}{r.randint(2, 99)}"}[shape]
            if fresh:
                old = self.vals.get(("EMAIL", owner), "")
                while f"{local}@{domain}" == old:
                    domain = r.choice(O_IT_MAIL if self.it else O_EN_MAIL)
                    local = f"{first}.{last}{r.randint(2, 9)}"
            self.vals[key] = f"{local}@{domain}"
        return self.vals[key]

    def email_spoken(self, v: str, sp: H.Speaker, hes: bool = False, spell_last: bool | None = None) -> str:
        r, it = self.rng, self.it
        local, domain = v.split("@")
        dot, at = ("punto", r.choice(["chiocciola", "chiocciola", "at"])) if it else ("dot", "at")
        if spell_last is None:
            spell_last = r.random() < 0.2
        mode = self.c("name", "city", "mixed") if it else self.c("bare", "for", "mixed")
        if mode == "mixed":
            mode = "name" if it else "bare"
        out = []
        for tok in re.findall(r"[a-z]+|[0-9]+|[._-]", local):
            if tok.isdigit():
                out.append(sp.whole(tok) if len(tok) <= 2 else sp.one_by_one(tok))
            elif tok == ".":
                out.append(dot)
            elif tok == "_":
                out.append(r.choice(["trattino basso", "underscore"]) if it else "underscore")
            elif len(tok) == 1:
                out.append(IT_LETTERS[tok.upper()] if it else tok)
            elif spell_last and tok == self.last.lower():
                out.append(", ".join(self.letter(ch.upper(), mode) for ch in tok) + ",")
            else:       # "giuliafranchini" is said as the two names it joins
                f, l_ = self.first.lower(), self.last.lower()
                out.append(f"{f} {l_}" if tok == f + l_ else f"{l_} {f}" if tok == l_ + f else tok)
        if hes:
            out.append(", " + self.filler_word() + ",")
        host, *tld = domain.split(".")
        out.append(at)
        out.append(O_HOST_SPOKEN.get(host, host))
        for t in tld:
            out += [dot, t]
        s = " ".join(out)
        return re.sub(r"\s+,", ",", s).replace(",,", ",")

    def email_piece(self, owner="self", fresh=False, sp=None, hes=False):
        v = self.email_value(owner, fresh)
        return ("EMAIL_ADDRESS", v, self.email_spoken(v, sp or self.cust_sp, hes))

    # ---- address

    def make_address(self):
        r = self.rng
        if self.it:
            self.town = r.choice(O_IT_TOWNS)
            st = r.choice(O_IT_STREETS)
            a = {"street": st, "n": r.randint(1, 120), "barra": r.choice("ABC") if r.random() < 0.15 else "",
                 "scala": r.choice("ABCD") if r.random() < 0.45 else "",
                 "piano": r.randint(1, 6) if r.random() < 0.4 else 0,
                 "interno": r.randint(1, 24) if r.random() < 0.55 else 0,
                 "fraz": r.choice(self.town[4]) if r.random() < 0.45 else "",
                 "fraz_first": r.random() < 0.35, "cap": r.random() < 0.6}
            self.add_private(f"{self.town[0]} {st[1]} {a['fraz']}")
        else:
            self.town = r.choice(O_UK_TOWNS)
            pc = r.choice(self.town[1]) + " " + str(r.randint(1, 9)) + "".join(
                r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
            kinds = ["house", "flat", "unit"] + (["pobox"] if self.purpose in (BI, SA) else [])
            a = {"kind": r.choice(kinds), "street": r.choice(O_UK_STREETS), "estate": r.choice(O_UK_ESTATES),
                 "n": r.randint(2, 160), "flat": r.randint(1, 14), "unit": r.randint(1, 30),
                 "box": r.randint(100, 9999), "pc": pc, "with_pc": r.random() < 0.8}
            self.add_private(f"{self.town[0]} {a['street']} {a['estate']}")
        self.addr = a

    def it_cap_spoken(self, cap: str, sp: H.Speaker) -> str:
        if self.rng.random() < 0.6:
            return sp.one_by_one(cap)
        return f"{sp.one_by_one(cap[:2])} {sp.whole(cap[2:])}"

    def uk_pc_spoken(self, pc: str, sp: H.Speaker) -> str:
        def part(p: str) -> str:
            out = []
            for run in re.findall(r"[A-Z]+|[0-9]+", p):
                if run.isalpha():
                    out += list(run)
                else:
                    out.append(sp.whole(run) if len(run) == 2 and self.rng.random() < 0.5 else sp.one_by_one(run))
            return " ".join(out)
        o, i = pc.split()
        return f"{part(o)}, {part(i)}"

    def address_piece(self, sp: H.Speaker | None = None, hes: bool = False, wrong_part: bool = False):
        """(ADDRESS, value, spoken) of the caller's address; wrong_part: the stored copy with an old interno /
        flat, or a wrong CAP / postcode (the part the caller then corrects)."""
        sp, a, r = sp or self.cust_sp, self.addr, self.rng
        vals, says = [], []
        if self.it:
            town, cap = self.town[0], self.town[1]
            kind, name = a["street"]
            if wrong_part and not a["interno"]:
                cap = cap[:3] + f"{(int(cap[3:]) + r.randint(1, 9)) % 100:02d}"
            street_v = f"{kind} {name} {a['n']}" + (f"/{a['barra']}" if a["barra"] else "")
            street_s = f"{kind} {name} {it_words(a['n'])}" + (f" barra {IT_LETTERS[a['barra']]}" if a["barra"] else "")
            parts = [(street_v, street_s)]
            if a["scala"]:
                parts.append((f"scala {a['scala']}", f"scala {IT_LETTERS[a['scala']]}"))
            if a["piano"]:
                parts.append((f"piano {a['piano']}", f"{list(IT_ORD)[a['piano'] - 1]} piano"))
            if a["interno"]:
                i = a["interno"] if not wrong_part else a["old_interno"]
                parts.append((f"interno {i}", f"interno {it_words(i)}"))
            if a["fraz"]:
                fz = (f"frazione {a['fraz']}", f"frazione {a['fraz']}")
                parts.insert(0 if a["fraz_first"] else len(parts), fz)
            if a["cap"] or wrong_part:
                parts.append((f"{cap} {town}", f"{self.it_cap_spoken(cap, sp)}, {town}"))
            else:
                parts.append((town, town))
            vals = [v for v, _ in parts]
            says = [s for _, s in parts]
        else:
            town, pc = self.town[0], a["pc"]
            if wrong_part and a["kind"] != "flat":
                o, i = pc.split()
                pc = f"{o} {(int(i[0]) % 9) + 1}{i[1:]}"

            def num(n: int) -> str:
                return en_words(n) if n < 100 else (sp.pairs(str(n)) if r.random() < 0.5 else en_words(n, uk=False))
            k = a["kind"]
            if k in ("house", "flat"):
                if k == "flat":
                    f = a["flat"] if not wrong_part else a["old_flat"]
                    vals.append(f"Flat {f}")
                    says.append(f"flat {en_words(f)}")
                vals.append(f"{a['n']} {a['street']}")
                says.append(f"{num(a['n'])} {a['street']}")
            elif k == "unit":
                vals += [f"Unit {a['unit']}", a["estate"]]
                says += [f"unit {en_words(a['unit'])}", a["estate"]]
            else:
                vals.append(f"PO Box {a['box']}")
                says.append(f"P O Box {sp.pairs(str(a['box']))}")
            if a["with_pc"] or wrong_part:
                vals.append(f"{town} {pc}")
                says.append(f"{town}, {self.uk_pc_spoken(pc, sp)}")
            else:
                vals.append(town)
                says.append(town)
        if hes:
            k = r.randint(1, len(says) - 1)
            says = says[:k] + [self.filler_word()] + says[k:]
        return ("ADDRESS", ", ".join(vals), ", ".join(says))

    # ---- date of birth and health

    def dob_pieces(self, d: dt.date, who: str = "self", female: bool | None = None, agent: bool = False,
                   hes: bool = False, combo: str = "") -> list:
        """Pieces (lead words and DATE_OF_BIRTH spans) for a date of birth; who: self / third."""
        r, it = self.rng, self.it
        female = self.female if female is None else female
        full = d.isoformat()
        md = f"--{d.month:02d}-{d.day:02d}"
        old = 1932 <= d.year <= 1999
        fill = (lambda s: s.replace(", ", f", {self.filler_word()}, ", 1)) if hes else (lambda s: s)
        D = lambda v, s: ("DATE_OF_BIRTH", v, fill(s) if ", " in s else s)  # noqa: E731
        if it:
            day = "primo" if d.day == 1 else it_words(d.day)
            mon = IT_MONTHS[d.month - 1]
            yy = it_words(d.year % 100)
            yyyy = it_words(d.year)
            nato = "nata" if female else "nato"
            sono = "sono" if who == "self" else "è"

            def the(w: str) -> tuple[str, str]:
                """'il dodici' / "l'otto": the article before the span, or elided into it."""
                return ("", f"l'{w}") if w[0] in "aeiou" else ("il", w)

            def of(w: str, prep: str = "del") -> str:
                return f"{prep[:-1]}ll'{w}" if w[0] in "aeiou" else f"{prep} {w}"
            if agent:
                a, w = the(day)
                return [a, ("DATE_OF_BIRTH", full, f"{w} {mon} {yyyy}")]
            lead = combo or self.c("", f"{sono} {nato}")
            forms = ["full", "num"] + (["classe", "nel", "del", "delnum"] if old else ["delfull"])
            f = r.choice(forms)
            if f == "classe":
                a, w = the(day)
                return [f"{sono} classe", ("DATE_OF_BIRTH", str(d.year), yy), f", {nato} {a}",
                        ("DATE_OF_BIRTH", md, f"{w} {mon}")]
            if f == "nel":
                a, w = the(day)
                when = f"{'il ' if a else ''}{w} {mon}"
                if yy[0] in "aeiou":
                    return [f"{sono} {nato}", D(full, f"{of(yy, 'nel')}, {when}")]
                return [f"{sono} {nato} nel", D(full, f"{yy}, {when}")]
            a, w = the(day)
            if f == "del":
                return [f"{lead} {a}", D(full, f"{w} {mon} {of(yy)}")]
            if f == "delnum":
                return [f"{lead} {a}", D(full, f"{w} {of(it_words(d.month))} {of(yy)}")]
            if f == "delfull":
                return [f"{lead} {a}", D(full, f"{w} {mon}, {yyyy}")]
            if f == "num":
                a, w = the(it_words(d.day))
                m = f"zero {it_words(d.month)}" if d.month < 10 and r.random() < 0.4 else it_words(d.month)
                return [f"{lead} {a}", D(full, f"{w}, {m}, {yy if old else yyyy}")]
            return [f"{lead} {a}", D(full, f"{w} {mon} {yyyy}")]
        # English
        o = en_ordinal(d.day)
        mon = EN_MONTHS[d.month - 1]
        yy = en_words(d.year % 100) if d.year % 100 >= 10 else None
        yyyy = en_year(d.year)
        subj = "I was" if who == "self" else ("she was" if female else "he was")
        if agent:
            return [("DATE_OF_BIRTH", full, self.c(f"the {o} of {mon}, {yyyy}", f"{mon} the {o}, {yyyy}"))]
        forms = ["born", "monthfirst", "num", "ofthe", "plain"] + (["baby"] if old and yy and who == "self" else [])
        if not old or not yy:
            forms = ["monthfirst", "plain", "bornfull"]
        f = r.choice(forms)
        if f == "born":
            return [f"{subj} born on the", D(full, f"{o}, {mon}, {yy}")]
        if f == "bornfull":
            return [f"{subj} born on the", D(full, f"{o} of {mon}, {yyyy}")]
        if f == "baby":
            return ["I'm a", ("DATE_OF_BIRTH", str(d.year), yy), "baby, born on the",
                    ("DATE_OF_BIRTH", md, f"{o} of {mon}")]
        if f == "monthfirst":
            return ["it's", D(full, f"{mon} the {o}, {yyyy}")]
        if f == "num":
            return ["it's", D(full, f"{en_words(d.day)}, {en_words(d.month)}, {yy}")]
        if f == "ofthe":
            return ["it's", D(full, f"the {o} of the {en_ordinal(d.month)}, {yy}")]
        return [f"{subj} born on the" if r.random() < 0.5 else "it's", D(full, f"{o} {mon} {yyyy}")]

    def count_dob(self, pieces: list):
        n = sum(1 for p in pieces if not isinstance(p, str) and p[0] == "DATE_OF_BIRTH")
        self.split_extra += max(0, n - 1)

    def health_self(self) -> tuple[str, tuple]:
        if self.it:
            opts = [h for h in O_IT_HEALTH_SELF if self.female or h[1] != "incinta"]
            lead, m, f = self.rng.choice(opts)
            cond = f if (self.female and f) else m
            return lead, ("HEALTH", cond, cond)
        opts = [h for h in O_EN_HEALTH_SELF if self.female or h[1] != "pregnant"]
        lead, cond = self.rng.choice(opts)
        return lead, ("HEALTH", cond, cond)

    # ------------------------------------------------------------------ the plan

    def plan(self) -> list[tuple]:
        r, p = self.rng, self.purpose
        kinds = list(KEEPS[p])
        if not self.it and "FISCAL" in kinds and r.random() < 0.65:
            kinds.remove("FISCAL")
        pool = [k for k in EXTRAS[p] if self.it or k != "FISCAL"]
        kinds += r.sample(pool, r.choice([2, 3, 3, 4]))
        steps: list[tuple] = []
        for _ in range(2 if r.random() < 0.3 else 1):
            if r.random() < 0.9:
                pairs = [cb for cb in COMBOS if cb[0] in kinds and cb[1] in kinds]
                if pairs:
                    a, b = r.choice(pairs)
                    kinds.remove(a)
                    kinds.remove(b)
                    steps.append(("combo", a, b))
        if r.random() < 0.75:
            cand = [k for k in STORABLE if k in kinds and (p != SA or k in ("PHONE", "EMAIL", "ADDRESS"))]
            if cand:
                k = r.choice(cand)
                kinds.remove(k)
                correct = k in ("PHONE", "ADDRESS", "EMAIL", "CARD") and r.random() < 0.5
                steps.append(("stored", k, correct))
        modes_dictated = ["split", "split", "hes", "fix", "fix", "plain"]
        for k in kinds:
            if k in DICTATED:
                steps.append(("single", k, r.choice(modes_dictated)))
            else:
                steps.append(("single", k, r.choice(["hes", "plain", "plain"])))
        singles = [s for s in steps if s[0] == "single" and s[1] in DICTATED]
        if singles and not any(s[2] == "split" for s in singles) and r.random() < 0.8:
            s = r.choice(singles)
            steps[steps.index(s)] = ("single", s[1], "split")
        if r.random() < 0.6:
            rel = r.choice(O_IT_REL if self.it else O_EN_REL)
            tk = r.sample(["PHONE", "DOB", "HEALTH"], r.choice([2, 3]))
            if "HEALTH" in tk and r.random() < 0.7:
                tk.remove("HEALTH")
                tk.append("HEALTH")
            steps.append(("third", rel, tk, r.random() < 0.35))
        anchor = ANCHOR[p]
        first = [s for s in steps if anchor and anchor in s[1:3]]
        rest = [s for s in steps if s not in first]
        r.shuffle(rest)
        steps = first + rest
        for _ in range(r.choice([2, 2, 3])):
            steps.insert(r.randint(1, len(steps)), ("dist",))
        if r.random() < 0.7:
            steps.insert(r.randint(1, len(steps)), ("filler",))
        return steps

    # ------------------------------------------------------------------ the call

    def build(self, company: str, agent: str, notice: bool):
        self.notice = notice
        for self.attempts in range(1, 401):
            self.turns, self.split_extra, self.used, self.vals = [], 0, set(), {}
            self.third = None
            self.opening(company, agent, notice)
            self.reason()
            self.name_turns()
            for step in self.plan():
                getattr(self, "step_" + step[0])(*step[1:])
            self.closing()
            nonpii = sum(1 for _, ps in self.turns for q in ps if not isinstance(q, str) and q[0] == "NONPII_NUMBER")
            if 8 <= self.item_count() <= 11 and nonpii >= 3:
                break
        self.lint()

    def opening(self, company: str, agent: str, notice: bool):
        it = self.it
        pname = {CC: ("assistenza alla clientela", "customer care"), SA: ("offerte commerciali", "sales"),
                 BI: ("fatturazione", "billing"), TS: ("supporto tecnico", "technical support")}[self.purpose][
            0 if it else 1]
        if it:
            greet = self.c(f"{company}, buongiorno, sono", f"Buonasera, {company}, le parla",
                           f"{company}, servizio clienti, mi chiamo")
            note = self.c(f"Le segnalo che la chiamata è soggetta a registrazione per {pname}.",
                          f"Teniamo traccia della telefonata con una registrazione, a scopo di {pname}.",
                          f"Come da informativa, la conversazione è registrata per {pname}.")
            ask = self.c("Che cosa posso fare per lei?", "Mi racconti.", "Come la posso aiutare?")
        else:
            greet = self.c(f"Hello, {company}, you're talking to", f"Morning, {company}, it's",
                           f"You've reached {company}, my name's")
            note = self.c(f"Quick heads-up, we record these calls for {pname}.",
                          f"Please be aware the call's recorded, for {pname}.",
                          f"The call's being recorded, it helps us with {pname}.")
            ask = self.c("How can I help you?", "What's the problem today?", "What can I sort out for you?")
        self.say("agent", greet, ("AGENT_NAME", agent, agent), ".", note if notice else "", ask)

    def reason(self):
        it, r = self.it, self.rng
        lines = {
            CC: (["Buongiorno, aspetto un pacco da giorni e non arriva.", "Salve, mi è arrivato un articolo rotto.",
                  "Buonasera, vorrei cambiare l'indirizzo di consegna di un ordine."],
                 ["Hi, my parcel's been out for delivery for days.", "Hello, something I ordered came damaged.",
                  "Hiya, I need to change where an order's going."]),
            SA: (["Buongiorno, ho ricevuto un volantino con la vostra offerta per la fibra.",
                  "Salve, vorrei informazioni sulla tariffa per la casa.", "Buonasera, sto pensando di passare a voi."],
                 ["Hi, I got a leaflet about your broadband deal.", "Hello, I'm thinking of switching to you.",
                  "Hi there, I wanted to ask about your home plans."]),
            BI: (["Buongiorno, nell'ultima fattura c'è un importo che non capisco.",
                  "Salve, vorrei attivare l'addebito sul conto.", "Buonasera, mi è arrivato un sollecito ma ho già pagato."],
                 ["Hi, there's a charge on my last invoice I don't recognise.", "Hello, I'd like to set up a direct debit.",
                  "Hi, I've had a reminder letter but I've already paid."]),
            TS: (["Buongiorno, la connessione va e viene da stamattina.", "Salve, il decoder non si accende più.",
                  "Buonasera, il telefono di casa non dà segnale."],
                 ["Hi, the wifi keeps cutting out.", "Hello, my landline's gone dead.",
                  "Hi, the TV box won't turn on at all."]),
        }[self.purpose][0 if it else 1]
        pieces = [self.c(*lines)]
        if self.purpose != SA and r.random() < 0.5:
            y = r.randint(2006, 2022)
            pieces += (["Sono", self.g("vostro", "vostra"), "cliente dal", self.year(y), "e non mi era mai successo."]
                       if it else ["I've been with you since", self.year(y), "and never had a problem."])
        self.say("customer", *pieces)

    def spelled_surname(self, mode=None):
        mode = mode or self.cust_letters
        return ("PERSON", self.last, ", ".join(self.letter(ch, mode) for ch in self.last.upper()))

    def name_turns(self):
        r = self.rng
        q, lead = self.p([("Mi dice nome e cognome dell'intestatario?", self.c("Allora,", "Sono io,", "")),
                          ("A chi è intestato il contratto?", self.c("È intestato a me,", "A me,")),
                          ("Con chi parlo, scusi?", self.c("Sono", "Mi chiamo")),
                          ("Per aprire la pratica mi serve il suo nome completo.", self.c("Certo,", "Mi chiamo", ""))],
                         [("Can I take your full name?", self.c("It's", "Yeah, it's", "")),
                          ("Who's the account holder?", self.c("That's me,", "Me,")),
                          ("And who am I speaking with?", self.c("It's", "This is")),
                          ("Could I get your name for the account?", self.c("Sure,", "Yeah, it's", ""))])
        self.say("agent", q)
        person = ("PERSON", f"{self.first} {self.last}", f"{self.first} {self.last}")
        x = r.random()
        if x < 0.25:
            self.say("customer", lead, person, ".", self.p(["Il cognome glielo scandisco:", "Il cognome si scrive"],
                                                           ["Surname's spelled", "That's spelled"]),
                     self.spelled_surname())
        elif x < 0.45:
            self.say("customer", lead, person)
            self.say("agent", self.p(["Mi scandisce il cognome, per favore?", "Come si scrive il cognome?"],
                                     ["Could you spell the surname for me?", "How do you spell the surname?"]))
            self.say("customer", self.p(["Certo:", "Allora,", ""], ["Sure,", "Yeah,", ""]), self.spelled_surname())
        else:
            self.say("customer", lead, person)
        self.say("agent", self.p([f"Grazie, {self.g('signore', 'signora')}.", "Perfetto, la trovo."],
                                 ["Thanks.", "Lovely, found you."]))

    # ------------------------------------------------------------------ questions

    def question(self, kind: str) -> str:
        p = self.purpose
        Q = {
            "PHONE": (["Mi lascia un numero di cellulare?", "A che numero la trovo se serve?",
                       "Mi serve un recapito telefonico, per cortesia.",
                       "Su che numero le mandiamo l'SMS di conferma?"],
                      ["Could I get a mobile number for you?", "What's the best number to reach you on?",
                       "And a contact number, please?", "Which number should the text go to?"]),
            "EMAIL": (["Mi detta un indirizzo email?", "A che mail le mandiamo il riepilogo?",
                       "Ha una casella di posta dove scriverle?"],
                      ["Can I take an email address?", "Where should I email the summary?",
                       "What's your email, please?"]),
            "ADDRESS": ({CC: ["A che indirizzo dobbiamo consegnare?", "Mi conferma l'indirizzo di consegna?"],
                         BI: ["Qual è l'indirizzo di fatturazione?", "A che indirizzo mandiamo le fatture?"],
                         TS: ["Dove deve venire il tecnico?", "Mi dà l'indirizzo per l'intervento?"],
                         SA: ["Dove andrebbe attivata la linea?", "Qual è l'indirizzo dell'abitazione?"]}[p],
                        {CC: ["What address is it going to?", "Can you confirm the delivery address?"],
                         BI: ["What's the billing address?", "Where do we send the invoices?"],
                         TS: ["Where would the engineer need to go?", "What's the address for the visit?"],
                         SA: ["And where would the service be?", "What's the address of the property?"]}[p]),
            "ORDER": (["Ha il numero d'ordine?", "Mi legge il codice dell'ordine che trova nella mail?"],
                      ["Have you got the order number?", "What's the order reference?"]),
            "INVOICE": (["Mi dice il numero della fattura?", "Che numero ha la fattura in questione?"],
                        ["What's the invoice number on it?", "Can you read me the invoice number?"]),
            "TICKET": (["Ha già un numero di segnalazione?", "Mi dà il codice del ticket?"],
                       ["Do you have a ticket reference already?", "What's the fault reference?"]),
            "IBAN": (["Mi detta l'IBAN su cui appoggiare l'addebito?"] + (
                         ["Su che conto facciamo il rimborso? Mi serve l'IBAN."] if p == BI else
                         ["Per la domiciliazione delle bollette mi serve l'IBAN."]),
                     ["Can you read me the IBAN?"] + (
                         ["Which account should the refund go to? I'll need the IBAN."] if p == BI else
                         ["For the direct debit I'll need the IBAN."])),
            "FISCAL": (["Mi serve anche il codice fiscale.", "Per l'intestazione mi detta il codice fiscale?"],
                       ["As the account's with our Italian branch, I'll need your codice fiscale, the tax code."]),
            "CARD": (["Mi detta il numero della carta?", "Con che carta paga? Mi legga le cifre davanti."],
                     ["Can I take the long card number?",
                      "What card would you like to use? I'll need the number on the front."]),
            "DOB": (["Mi conferma la data di nascita?", f"Quando è {self.g('nato', 'nata')}?",
                     "Per la verifica, la data di nascita?"],
                    ["Can you confirm your date of birth?", "And when were you born?",
                     "For security, your date of birth?"]),
            "HEALTH": (["Ha esigenze particolari di cui tenere conto?",
                        f"Preferisce essere {self.g('ricontattato', 'ricontattata')} in una fascia precisa?"]
                       + {TS: ["C'è qualcosa che dobbiamo sapere per l'appuntamento del tecnico?"],
                          CC: ["C'è qualcosa che dobbiamo sapere per la consegna?"]}.get(p, []),
                       ["Any particular needs we should bear in mind?", "Is there a best time to call you back?"]
                       + {TS: ["Anything we should know for the engineer's visit?"],
                          CC: ["Anything we should know for the delivery?"]}.get(p, [])),
        }[kind]
        return self.c(*Q[0 if self.it else 1])

    def lead(self, kind: str) -> str:
        L = {
            "PHONE": (["sì, è il", "allora,", "il cellulare è il", "segni pure:", "dunque,"],
                      ["yeah, it's", "sure,", "it's", "okay, so that's", "you can get me on"]),
            "EMAIL": (["sì, è", "allora,", "scriva pure:", "è"], ["it's", "yeah, it's", "okay, it's"]),
            "ADDRESS": (["allora,", "sto in", "l'indirizzo è", "è in"], ["it's", "we're at", "I'm at", "the address is"]),
            "ORDER": (["sì, è il", "allora,", "dunque,", "eccolo:", "c'è scritto"],
                      ["yeah, it's", "okay,", "here we go,", "it says"]),
            "IBAN": (["allora,", "sì, è", "glielo leggo:", "dunque,"], ["okay, it's", "right,", "sure, it's"]),
            "FISCAL": (["allora,", "sì,", "è"], ["right, it's", "okay,", "yes, it's"]),
            "CARD": ([f"è una {getattr(self, 'brand', 'Visa')}:", "allora,", "sì, allora"],
                     [f"it's a {getattr(self, 'brand', 'Visa')},", "okay, it's", "right,"]),
        }
        L["INVOICE"] = L["TICKET"] = L["ORDER"]
        return self.c(*L[kind][0 if self.it else 1])

    def address_lead(self, spoken: str) -> str:
        if self.it:
            if spoken.startswith("frazione"):
                return self.c("allora,", "abito in", "sto in")
            return self.c("allora,", "sto in", "abito in", "l'indirizzo è")
        return self.c("it's", "we're at", "I'm at", "the address is")

    def dictation_modes(self, mode: str) -> tuple[bool, bool]:
        return mode == "hes", mode == "fix"

    # ------------------------------------------------------------------ steps

    def step_single(self, kind: str, mode: str):
        r = self.rng
        if kind == "TICKET" and r.random() < 0.3:
            return self.agent_ticket()
        self.say("agent", self.question(kind))
        hes, fix = self.dictation_modes(mode)
        if kind in DICTATED:
            if kind == "CARD":
                self.card_value()
            v, groups = self.groups_for(kind, self.cust_sp)
            if mode == "split":
                return self.split(kind, groups, self.lead(kind))
            piece = self.piece(kind, groups, self.cust_sp, hes, fix)
            tail = self.tail_for(kind)
            self.say("customer", self.lead(kind), piece, *tail)
            self.after(kind, v)
            return
        if kind == "EMAIL":
            self.say("customer", self.lead("EMAIL"), self.email_piece(hes=hes),
                     self.p(["tutto minuscolo.", "tutto attaccato.", ""], ["all lowercase.", "no capitals.", ""]))
            self.after(kind, self.email_value())
            return
        if kind == "ADDRESS":
            piece = self.address_piece(hes=hes)
            self.say("customer", self.address_lead(piece[2]), piece, *self.tail_for("ADDRESS"))
            self.after(kind, piece[1])
            return
        if kind == "DOB":
            pieces = self.dob_pieces(self.born, hes=hes)
            self.count_dob(pieces)
            self.say("customer", *pieces)
            if r.random() < 0.5:
                self.say("agent", self.ok())
            return
        if kind == "HEALTH":
            lead, h = self.health_self()
            self.say("customer", self.p(["sì, guardi,", "mah, le dico:", "beh,"], ["well,", "actually, yes,", "to be honest,"]),
                     lead, h, self.p(["; lo dico nel caso vi serva saperlo.",
                                      ", quindi certi giorni non riesco a rispondere subito.",
                                      f", per cui preferirei essere {self.g('chiamato', 'chiamata')} nel pomeriggio."],
                                     ["; I'm only mentioning it in case it matters.",
                                      ", so some days I can't get to the phone straight away.",
                                      ", so afternoons are better for me."]))
            self.say("agent", self.p(["Capisco, lo annoto.", "Certo, ne teniamo conto."],
                                     ["Understood, I'll put a note on.", "Of course, I'll make a note."]))

    def tail_for(self, kind: str) -> list:
        r = self.rng
        if r.random() < 0.6:
            return []
        if kind == "PHONE":
            h = r.choice([17, 18, 19]) if self.it else r.choice([5, 6, 7])
            return self.p([["ma mi chiami dopo le", self.N(h), "."], ["di solito rispondo entro le", self.N(h), "."]],
                          [["best after", self.N(h), "."], ["I'm usually free after", self.N(h), "."]])
        if kind == "ADDRESS" and self.purpose in (CC, TS):
            d = r.randint(2, 9)
            return self.p([["il citofono è rotto da", self.N(d), "giorni, meglio chiamare."]],
                          [["the buzzer's been broken for", self.N(d), "days, so give me a ring."]])
        if kind == "CARD":
            return self.p([["l'importo era di", self.price(r.randint(20, 90), r.choice([50, 90, 99])), "euro."]],
                          [["the payment was", self.price(r.randint(20, 90), r.choice([50, 90, 99])), "."]])
        if kind in ("ORDER", "INVOICE"):
            d = r.randint(2, 6)
            return self.p([["l'ho fatto", self.N(d), "settimane fa."]], [["that was about", self.N(d), "weeks ago."]])
        return []

    def after(self, kind: str, v: str):
        """Now and then the agent reads the whole value back; otherwise a short thanks."""
        r = self.rng
        if kind in ("PHONE", "ORDER", "INVOICE", "TICKET", "EMAIL") and r.random() < 0.22:
            if kind == "EMAIL":
                back = ("EMAIL_ADDRESS", v, self.email_spoken(v, self.agent_sp, spell_last=False))
            elif kind == "PHONE":
                g = self.phone_groups(v, self.agent_sp, "single")
                back = self.piece(kind, g, self.agent_sp)
            else:
                _, sizes = self.code_value(kind)
                back = self.piece(kind, self.code_groups(v, sizes, self.agent_sp, self.agent_letters, "single"),
                                  self.agent_sp)
            self.say("agent", self.p(["Ripeto:", "Quindi", "Le rileggo:"], ["Let me read that back:", "So that's"]),
                     back, self.p(["giusto?", "corretto?"], ["right?", "yeah?"]))
            self.say("customer", self.p(["Sì.", "Esatto.", "Sì, giusto."], ["Yep, that's it.", "That's right.", "Yes."]))
        elif r.random() < 0.6:
            self.say("agent", self.ok())

    def split(self, kind: str, groups: list[list], lead: str, owner_turn: str = "customer"):
        """A dictation given in parts, the agent back-channelling between them."""
        r = self.rng
        n = len(groups)
        k = min(n, r.choice([2, 3, 3, 4]))
        cuts = sorted(r.sample(range(1, n), k - 1)) if n > 1 else []
        parts, a = [], 0
        for b in cuts + [n]:
            parts.append(groups[a:b])
            a = b
        pieces = [self.piece(kind, part, self.cust_sp) for part in parts]
        self.split_extra += len(pieces) - 1
        self.say(owner_turn, lead, pieces[0])
        for pc in pieces[1:]:
            self.say("agent", self.back())
            self.say(owner_turn, self.p(["", "", "poi", "e poi", "dopo"], ["", "", "then", "and then", "next bit's"]), pc)
        self.say("agent", self.p(["Perfetto, ce l'ho.", "Ok, tutto segnato.", "Bene."],
                                 ["Lovely, got it all.", "Great, that's everything.", "Okay."]))

    def agent_ticket(self):
        """Technical support: the caller has no reference, so the agent opens a ticket and dictates it."""
        v, sizes = self.code_value("TICKET")
        self.say("agent", self.p(["Ha già un numero di segnalazione?"], ["Have you got a ticket reference?"]))
        self.say("customer", self.p(["No, non ho ancora segnalato niente.", "No, non mi avete mai dato un codice."],
                                    ["No, I haven't reported it yet.", "No, nobody gave me a reference."]))
        g = self.code_groups(v, sizes, self.agent_sp, self.agent_letters, "single")
        self.say("agent", self.p(["Allora gliene apro una adesso: il numero è", "Le apro un ticket, se lo segna:"],
                                 ["I'll open a ticket now, the reference is", "Let me raise a ticket, jot this down:"]),
                 self.piece("TICKET", g, self.agent_sp))
        self.say("customer", self.p(["Segnato, grazie.", "Ok, me lo sono scritto."], ["Got it, thanks.", "Okay, written down."]))

    def step_combo(self, a: str, b: str):
        r = self.rng
        sp = self.cust_sp

        def val(kind, hes=False):
            if kind == "EMAIL":
                return [self.email_piece(hes=hes)]
            if kind == "ADDRESS":
                return [self.address_piece(hes=hes)]
            if kind == "DOB":
                ps = self.dob_pieces(self.born, hes=hes, combo="la data di nascita è" if self.it else "")
                self.count_dob(ps)
                if ps[0] == "it's":
                    ps[0] = "my date of birth's"
                return ps
            if kind == "HEALTH":
                lead, h = self.health_self()
                return [lead, h]
            if kind == "CARD":
                self.card_value()
            _, groups = self.groups_for(kind, sp)
            return [self.piece(kind, groups, sp, hes and r.random() < 0.6, hes and r.random() < 0.45)]
        hes = r.random() < 0.5
        A, B = val(a, hes), val(b, hes and r.random() < 0.4)
        key = (a, b)
        if key == ("PHONE", "EMAIL"):
            self.say("agent", self.p(["Mi lascia un recapito?", "Mi servono un numero di telefono e un indirizzo email."],
                                     ["Can I take a contact number?", "I'll need a phone number and an email."]))
            self.say("customer", *self.p(
                [["Il cellulare è", *A, ", e la mail, già che ci sono, è", *B, "."],
                 ["Allora, numero", *A, "; la mail invece è", *B, "."]],
                [["Mobile's", *A, ", and my email, while I'm at it, is", *B, "."],
                 ["The number's", *A, "and the email's", *B, "."]]))
        elif key == ("CARD", "DOB"):
            self.say("agent", self.p(["Per il pagamento mi servono il numero della carta e, per la verifica, la data di nascita."],
                                     ["For the payment I'll need the card number and, for security, your date of birth."]))
            self.say("customer", *self.p([["La carta è", *A, ", e", *B, "."]], [["Card's", *A, ", and", *B, "."]]))
        elif key == ("ADDRESS", "PHONE"):
            self.say("agent", self.question("ADDRESS"))
            self.say("customer", *self.p(
                [[self.address_lead(A[0][2]), *A, {CC: "; se il corriere non trova il citofono mi chiami al",
                                                   TS: "; se il tecnico non trova il citofono mi chiami al"}.get(
                    self.purpose, "; e se serve mi trova al"), *B, "."]],
                [["it's", *A, {CC: ", and if the driver can't find it, ring me on",
                               TS: ", and if the engineer can't find it, ring me on"}.get(
                    self.purpose, ", and if you need me, I'm on"), *B, "."]]))
        elif key == ("ORDER", "EMAIL"):
            self.say("agent", self.question("ORDER"))
            self.say("customer", *self.p([["Sì, è il", *A, ", e la conferma mi è arrivata su", *B, "."]],
                                         [["Yeah, it's", *A, ", and the confirmation came to", *B, "."]]))
        elif key == ("IBAN", "FISCAL"):
            self.say("agent", self.p(["Per la domiciliazione mi servono IBAN e codice fiscale dell'intestatario."],
                                     ["For the direct debit I'll need the IBAN, and your codice fiscale for the Italian side."]))
            self.say("customer", *self.p([["L'IBAN è", *A, ", e il codice fiscale", *B, "."]],
                                         [["The IBAN's", *A, ", and my codice fiscale is", *B, "."]]))
        elif key == ("INVOICE", "ADDRESS"):
            self.say("agent", self.p(["Di quale fattura parliamo?"], ["Which invoice are we talking about?"]))
            self.say("customer", *self.p([["È la", *A, ", spedita in", *B, "."]],
                                         [["It's", *A, ", which went to", *B, "."]]))
        elif key == ("TICKET", "PHONE"):
            self.say("agent", self.question("TICKET"))
            self.say("customer", *self.p([["Sì, il", *A, "; e per il tecnico il numero è", *B, "."]],
                                         [["Yes, it's", *A, ", and the engineer can call me on", *B, "."]]))
        elif key == ("DOB", "HEALTH"):
            self.say("agent", self.question("DOB"))
            self.say("customer", *A, *self.p([["; e già che ci siamo, le dico che", *B, ", non so se vi serve saperlo."]],
                                             [["; and while we're at it,", *B, ", not sure if you need to know that."]]))
        elif key == ("FISCAL", "DOB"):
            self.say("agent", self.p(["Per l'intestazione mi servono codice fiscale e data di nascita."],
                                     ["I'll need your codice fiscale and date of birth for the contract."]))
            self.say("customer", *self.p([["Il codice fiscale è", *A, "; e", *B, "."]],
                                         [["The codice fiscale is", *A, ", and", *B, "."]]))
        elif key == ("ADDRESS", "EMAIL"):
            self.say("agent", self.question("ADDRESS"))
            self.say("customer", *self.p([[self.address_lead(A[0][2]), *A, "; per gli avvisi, invece, mi scriva a", *B, "."]],
                                         [["It's", *A, ", and for updates, email me at", *B, "."]]))
        if r.random() < 0.7:
            self.say("agent", self.ok())

    def stored_lead(self, kind: str) -> str:
        if self.purpose == SA:      # a first contact: what the caller typed into the web form
            return self.p({"PHONE": ["Dal modulo che ha compilato sul sito risulta il numero"],
                           "ADDRESS": ["Dal modulo online risulta l'indirizzo"],
                           "EMAIL": ["Nel modulo online ha lasciato la mail"]}[kind],
                          {"PHONE": ["From the form you filled in online, I've got the number"],
                           "ADDRESS": ["The form online gives the address as"],
                           "EMAIL": ["On the web form you left the email"]}[kind])
        return self.p({"PHONE": ["Qui risulta il numero", "A sistema ho il cellulare"],
                       "ADDRESS": ["Vedo come indirizzo", "Qui risulta"],
                       "EMAIL": ["La mail che ho è", "Come email risulta"]}[kind],
                      {"PHONE": ["I've got your number as", "The number on file is"],
                       "ADDRESS": ["I've got your address as", "The address on file is"],
                       "EMAIL": ["The email on file is", "I've got your email as"]}[kind])

    def step_stored(self, kind: str, correct: bool):
        r, asp = self.rng, self.agent_sp
        yes = self.p(["Sì.", "Esatto."] + (["Sì, è quello.", "Sì, sempre quello."] if kind in ("PHONE", "ADDRESS") else
                                          ["Sì, è quella.", "Sì, sempre quella."] if kind in ("EMAIL", "CARD") else []),
                     ["Yes.", "Yep, that's it.", "That's still right.", "Yes, same as ever."])
        if kind == "PHONE":
            old = self.phone_value("self")
            g = self.phone_groups(old, asp, "single")
            self.say("agent", self.stored_lead("PHONE"),
                     self.piece("PHONE", g, asp), self.p(["è ancora quello?", ": è sempre valido?"],
                                                        ["is that still right?", ", still the same?"]))
            if not correct:
                self.say("customer", yes)
                return
            tail = "".join(r.choice(string.digits) for _ in range(4))
            while tail == old[-4:]:
                tail = "".join(r.choice(string.digits) for _ in range(4))
            new = old[:-4] + tail
            self.vals[("PHONE", "self")] = new
            part = self.digit_groups(tail, [4], self.cust_sp)
            self.say("customer", self.p(["Quasi: le ultime cifre adesso sono", "No, ho cambiato scheda, finisce con"],
                                        ["Nearly, it ends", "Not quite, the last bit's"]),
                     self.piece("PHONE", part, self.cust_sp), self.p(["", "."], ["now.", ""]))
            if r.random() < 0.5:
                self.say("agent", self.p(["Quindi il numero completo è", "Correggo:"], ["So the full number is", "Updating that to"]),
                         self.piece("PHONE", self.phone_groups(new, asp, "single"), asp), self.p(["giusto?"], ["yeah?"]))
                self.say("customer", self.p(["Sì.", "Esatto."], ["Yep.", "That's it."]))
            else:
                self.say("agent", self.p(["Aggiornato, grazie.", "Ok, lo correggo."], ["Updated, thanks.", "Okay, I've changed it."]))
            return
        if kind == "ADDRESS":
            a = self.addr
            if correct:
                if self.it and a["interno"]:
                    a["old_interno"] = r.choice([i for i in range(1, 25) if i != a["interno"]])
                if not self.it and a["kind"] == "flat":
                    a["old_flat"] = r.choice([i for i in range(1, 15) if i != a["flat"]])
            stored = self.address_piece(asp, wrong_part=correct)
            self.say("agent", self.stored_lead("ADDRESS"),
                     stored, self.p(["è corretto?", ", è ancora quello?"], ["is that still right?", ", still correct?"]))
            if not correct:
                self.say("customer", yes)
                return
            if self.it and a["interno"]:
                part = ("ADDRESS", f"interno {a['interno']}", f"interno {it_words(a['interno'])}")
                lead = self.c("Sì, però è cambiato l'interno: adesso è", "Quasi, l'interno giusto è")
            elif self.it:
                cap = self.town[1]
                part = ("ADDRESS", cap, self.it_cap_spoken(cap, self.cust_sp))
                lead = self.c("Sì, ma il CAP giusto è", "Il CAP però è sbagliato, è")
            elif a["kind"] == "flat":
                part = ("ADDRESS", f"Flat {a['flat']}", f"flat {en_words(a['flat'])}")
                lead = self.c("Yes, except the flat number's changed, it's", "Nearly, we moved across the landing, it's")
            else:
                part = ("ADDRESS", a["pc"], self.uk_pc_spoken(a["pc"], self.cust_sp))
                lead = self.c("Yes, but the postcode's actually", "Nearly, the postcode should be")
            self.say("customer", lead, part, self.p(["", "ora."], ["now.", ""]) if "interno" in part[1] or "Flat" in part[1] else "")
            self.say("agent", self.p(["Correggo subito.", "Aggiornato, grazie."], ["I'll fix that now.", "Updated, thanks."]))
            return
        if kind == "EMAIL":
            old = self.email_value("self")
            self.say("agent", self.stored_lead("EMAIL"),
                     ("EMAIL_ADDRESS", old, self.email_spoken(old, asp, spell_last=False)),
                     self.p(["va ancora bene?", ", è giusta?"], ["still good?", ", is that still right?"]))
            if not correct:
                self.say("customer", yes)
                return
            new = self.email_value("self", fresh=True)
            self.vals[("EMAIL", "self")] = new
            self.say("customer", self.p(["No, quella non la uso più; la nuova è", "Non più, adesso uso"],
                                        ["No, I don't use that anymore; it's", "Not now, the new address is"]),
                     ("EMAIL_ADDRESS", new, self.email_spoken(new, self.cust_sp, self.rng.random() < 0.3)),
                     self.p(["", "."], ["now.", ""]))
            self.say("agent", self.ok())
            return
        if kind == "DOB":
            self.say("agent", self.p(["Ho come data di nascita", f"Per la verifica, qui risulta {self.g('nato', 'nata')}"],
                                     ["I've got your date of birth as", "For security, I have"]),
                     *self.dob_pieces(self.born, agent=True), self.p(["giusto?", ", corretto?"], ["yeah?", ", is that right?"]))
            self.say("customer", yes)
            return
        # CARD: a card ending on file
        v = self.card_value()
        t = self.digit_groups(v[-4:], [4], asp, "single")
        self.say("agent", self.p(["Risulta una carta che termina con", "Sul conto c'è la carta che finisce per"],
                                 ["There's a card ending", "I can see a card ending"]),
                 self.piece("CARD", t, asp), self.p(["la usiamo?", ", vuole usare quella?"],
                                                    ["on the account, shall we use that?", ", is that the card to use?"]))
        if not correct:
            self.say("customer", yes)
            return
        del self.vals[("CARD", "self")]
        self.card_value()
        self.say("customer", self.p(["No, quella è scaduta. Gliene do un'altra.", "No, meglio di no, uso la nuova."],
                                    ["No, that's expired. I'll give you another.", "No, use my new card."]))
        self.say("agent", self.p(["Va bene, mi detti pure.", "D'accordo, mi dica."],
                                 ["Okay, go ahead.", "Sure, ready when you are."]))
        _, groups = self.groups_for("CARD", self.cust_sp)
        if self.rng.random() < 0.6:
            self.split("CARD", groups, self.p(["allora,", ""], ["right,", ""]))
        else:
            self.say("customer", self.piece("CARD", groups, self.cust_sp, hes=True, fix=self.rng.random() < 0.5))
            self.say("agent", self.ok())

    def step_third(self, rel: tuple, kinds: list[str], named: bool):
        it, r = self.it, self.rng
        my, your, female, role = rel
        if role == "parent":
            born = dt.date(r.randint(1932, 1955), r.randint(1, 12), r.randint(1, 28))
        elif role == "child":
            born = dt.date(r.randint(2004, 2019), r.randint(1, 12), r.randint(1, 28))
        else:
            born = dt.date(min(1999, max(1944, self.born.year + r.randint(-6, 6))), r.randint(1, 12), r.randint(1, 28))
        self.third = rel
        pron = ("lei" if female else "lui") if it else ("she" if female else "he")
        intro = ["."]
        if named:
            given = r.choice(O_THIRD_NAMES[(self.lang, role, female)])
            name = given if role == "child" or r.random() < 0.5 else f"{given} {self.last}"
            self.add_private(name)
            intro = [("PERSON", name, name), "."]
        if it:
            what = (f"Il contratto è a nome mio, ma la linea la usa {pron}." if role != "child" else
                    f"La sim è intestata a me, ma la usa {pron}.")
            self.say("customer", self.c("Le spiego: chiamo anche per conto di", "Guardi, la chiamo pure per conto di"),
                     f"{my}," if named else f"{my}.", *intro, what)
        else:
            self.say("customer", self.c("I'm also calling on behalf of", "Thing is, I'm ringing for"),
                     f"{my}," if named else f"{my}.", *intro, f"The account's in my name, but {pron} uses it.")
        self.say("agent", self.p(["Va bene, nessun problema.", "Capisco."], ["That's fine.", "Okay, no problem."]))
        for k in kinds:
            if k == "PHONE":
                self.say("agent", self.p([f"Ha un numero a cui possiamo contattare direttamente {your}?"],
                                         [f"Is there a number we can reach {your} on directly?"]))
                v = self.phone_value("third")
                groups = self.phone_groups(v, self.cust_sp)
                mode = r.choice(["plain", "hes", "fix", "split"])
                lead = (self.c("sì, il suo cellulare è il", "sì, il suo numero è il") if not v.startswith("0")
                        else "ha solo il fisso:") if it else (self.c(f"yeah, {'her' if female else 'his'} mobile's", "it's")
                                                             if not v.startswith("01") else
                                                             f"{'she' if female else 'he'} only has the landline,")
                if mode == "split":
                    self.split("PHONE", groups, lead)
                else:
                    self.say("customer", lead, self.piece("PHONE", groups, self.cust_sp, mode == "hes", mode == "fix"))
            elif k == "DOB":
                self.say("agent", self.p([f"Mi serve anche la data di nascita di {your}, per la scheda."],
                                         [f"And {your}'s date of birth, for the account notes?"]))
                ps = self.dob_pieces(born, who="third", female=female, hes=r.random() < 0.25)
                self.count_dob(ps)
                self.say("customer", *ps)
            else:
                if it:
                    lead, m, f = r.choice(O_IT_HEALTH_THIRD[role])
                    cond = f if (female and f) else m
                    tail = {"parent": ", quindi per qualsiasi cosa è meglio chiamare me.",
                            "child": ", quindi per qualsiasi cosa chiamate me.",
                            "spouse": ", quindi in questo periodo è meglio che chiamiate me."}[role]
                    self.say("customer", self.c("Vi chiedo una cortesia:", "Le dico anche che"), my, lead,
                             ("HEALTH", cond, cond), tail)
                else:
                    lead, cond = r.choice(O_EN_HEALTH_THIRD[role])
                    tail = {"parent": ", so it's best to call me about anything.",
                            "child": f", so please ring me rather than {'her' if female else 'him'}.",
                            "spouse": ", so for now it's best to call me."}[role]
                    self.say("customer", self.c("Just so you know,", "I should mention"), lead.format(r=my),
                             ("HEALTH", cond, cond), tail)
                self.say("agent", self.p(["Capisco, lo annoto.", "Grazie per avermelo detto, lo segno."],
                                         ["Understood, I'll add a note.", "Thanks for telling me, I'll note that."]))

    # ------------------------------------------------------------------ harmless numbers

    def tollfree(self):
        r, sp = self.rng, self.agent_sp
        if self.it:
            rest = "".join(r.choice(string.digits) for _ in range(6))
            groups = r.choice([[3, 3], [2, 2, 2]])
            out, i = ["ottocento"], 0
            for s in groups:
                out.append(sp.whole(rest[i:i + s]) if r.random() < 0.7 else sp.one_by_one(rest[i:i + s]))
                i += s
            return self.N("800" + rest, ", ".join(out))
        rest = "".join(r.choice(string.digits) for _ in range(7))
        return self.N("0800" + rest, f"{sp.digit('0')} eight hundred, {sp.one_by_one(rest[:3])}, {sp.one_by_one(rest[3:])}")

    def switchboard(self):
        r, sp = self.rng, self.agent_sp
        if self.it:
            pre = r.choice(["02", "06", "011", "051"])
            rest = str(r.randint(2, 9)) + "".join(r.choice(string.digits) for _ in range(9 - len(pre)))
            half = len(rest) // 2
            return self.N(pre + rest, f"{sp.one_by_one(pre)}, {self.say_group(rest[:half], r.choice(['single', 'whole']), sp)}, "
                                      f"{self.say_group(rest[half:], r.choice(['single', 'whole']), sp)}")
        pre = r.choice(["0333", "0345", "0300"])
        rest = "".join(r.choice(string.digits) for _ in range(7))
        return self.N(pre + rest, f"{sp.one_by_one(pre)}, {sp.one_by_one(rest[:3])}, {sp.one_by_one(rest[3:])}")

    def model(self):
        r = self.rng
        letters = r.choice(["ZX", "HR", "AV", "FB", "TK", "MX"])
        n = r.choice([300, 500, 1200, 3600, 5400, 700, 820])
        if self.it:
            return self.N(f"{letters}{n}", " ".join(IT_LETTERS[x] for x in letters) + " " + it_words(n))
        return self.N(f"{letters}{n}", " ".join(letters) + " " + en_words(n))

    def step_dist(self):
        it, r, N, p = self.it, self.rng, self.N, self.purpose
        agents = ["tollfree", "switch", "wait"]
        agents += {CC: ["items", "window", "refund", "weight"], SA: ["price", "discount", "speed", "contract"],
                   BI: ["bill", "refund", "discount", "contract"], TS: ["model", "outages", "speed", "devices"]}[p]
        free = [k for k in agents if k not in self.used] or agents
        k = r.choice(free)
        self.used.add(k)
        e, c = r.randint(19, 59), r.choice([90, 99, 50, 95])
        if k == "tollfree":
            self.say("agent", *self.p([["Se dovesse cadere la linea, ci richiami pure al numero verde", self.tollfree(),
                                        ", è gratuito anche da cellulare."]],
                                      [["If we get cut off, our freephone number is", self.tollfree(), ", free from mobiles too."]]))
            self.say("customer", self.p(["Me lo segno, grazie.", "Ah, non lo sapevo, me lo appunto."],
                                        ["Great, I'll jot that down.", "Good, I'll write that down."]))
        elif k == "switch":
            ext = r.randint(200, 499)
            self.say("agent", *self.p([["Se preferisce, il centralino è lo", self.switchboard(), "e poi chiede dell'interno",
                                        N(ext), "."]],
                                      [["The main switchboard's", self.switchboard(), ", and I'm on extension",
                                        N(ext, self.agent_sp.one_by_one(str(ext))), "."]]))
            self.say("customer", self.p(["Va bene, grazie.", "Perfetto."], ["Okay, thanks.", "Handy, thanks."]))
        elif k == "wait":
            m = r.choice([2, 3, 5])
            self.say("agent", *self.p([["Le chiedo", N(m), "minuti di attesa, resti in linea."]],
                                      [["Bear with me, it'll be about", N(m), "minutes."]]))
            self.say("customer", self.p(["Certo.", "Nessun problema."], ["Sure.", "No worries."]))
        elif k == "items":
            a = r.randint(3, 6)
            self.say("agent", self.p(["Quanti articoli c'erano nell'ordine?"], ["How many items were in the order?"]))
            self.say("customer", *self.p([["Erano", N(a), ", ne sono arrivati solo", N(a - 1), "."]],
                                         [["There were", N(a), ", but only", N(a - 1), "turned up."]]))
        elif k == "window":
            h = r.choice([8, 9, 10])
            self.say("agent", *self.p([["Il corriere passa tra le", N(h), "e le", N(h + 4), "."]],
                                      [["The driver comes between", N(h), "and", N(h + 4 - 12 if h + 4 > 12 else h + 4), "."]]))
            self.say("customer", self.p(["Va bene, sono a casa."], ["Fine, I'll be in."]))
        elif k == "weight":
            kg = r.randint(12, 35)
            self.say("agent", *self.p([["Il pacco pesa", N(kg), "chili, quindi la consegna è su appuntamento."]],
                                      [["The parcel's", N(kg), "kilos, so it needs a booked slot."]]))
            self.say("customer", self.p(["Ah, ecco perché.", "Capito."], ["Ah, that explains it.", "Right."]))
        elif k == "refund":
            d = r.choice([10, 14, 30])
            self.say("agent", *self.p([["Il rimborso le arriva entro", N(d), "giorni lavorativi."]],
                                      [["The refund takes up to", N(d), "working days."]]))
            self.say("customer", self.p(["D'accordo.", "Va bene, aspetto."], ["Okay.", "Fair enough."]))
        elif k == "price":
            months = r.choice([12, 18, 24])
            self.say("agent", *self.p([["L'offerta è a", self.price(e, c), "al mese per", N(months), "mesi, poi",
                                        self.price(e + r.randint(5, 10), c), "."]],
                                      [["It's", self.price(e, c), "a month for", N(months), "months, then",
                                        self.price(e + r.randint(5, 10), c), "."]]))
            self.say("customer", self.p(["E l'attivazione?"], ["And is there a setup fee?"]))
            fee = r.choice([29, 39, 49])
            self.say("agent", *self.p([["L'attivazione costa", N(fee), "euro, ma gliela scontiamo del", N(50), "percento."]],
                                      [["It's", N(fee), "pounds, but I can take", N(50), "percent off that."]]))
            self.say("customer", self.p(["Ah, bene."], ["Nice."]))
        elif k == "discount":
            pct = r.choice([10, 15, 20, 25])
            n = r.choice([3, 6, 12])
            self.say("agent", *self.p([["Posso applicarle lo sconto del", N(pct), "percento sulle prossime", N(n), "bollette."]],
                                      [["I can knock", N(pct), "percent off your next", N(n), "bills."]]))
            self.say("customer", self.p(["Mi fa piacere."], ["That'd be great."]))
        elif k == "speed":
            down, up = r.choice([(1000, 300), (2500, 500), (900, 110)]) if it else r.choice([(900, 110), (500, 75), (150, 30)])
            self.say("agent", *self.p([["Con questa linea arriva a", N(down), "mega in download e", N(up), "in upload."]],
                                      [["You'd get up to", N(down), "meg download and", N(up), "upload."]]))
            self.say("customer", self.p(["Mi basta e avanza."], ["That's plenty for us."]))
        elif k == "contract":
            y = r.randint(2012, 2023)
            self.say("agent", *self.p([["Vedo che il contratto è partito nel", self.year(y), "."]],
                                      [["I can see you've been with us since", self.year(y), "."]]))
            self.say("customer", self.p(["Sì, più o meno.", "Può essere, non ricordo."], ["Sounds about right.", "Could be, yeah."]))
        elif k == "bill":
            day = r.choice([5, 10, 16, 20, 28])
            self.say("agent", *self.p([["Vedo la bolletta di", self.price(r.randint(60, 180), c), "euro, con scadenza il", N(day), "."]],
                                      [["I can see the bill for", self.price(r.randint(60, 180), c), ", due on the",
                                        N(day, en_ordinal(day)), "."]]))
            self.say("customer", self.p(["Sì, è quella."], ["Yes, that's it."]))
        elif k == "model":
            self.say("agent", self.p(["Mi legge il modello del modem? È sull'etichetta sotto."],
                                     ["What model's the router? There's a sticker underneath."]))
            a, b = r.randint(2, 7), r.randint(1, 9)
            self.say("customer", *self.p([["C'è scritto", self.model(), ", versione", N(f"{a}.{b}", f"{it_words(a)} punto {it_words(b)}"), "."]],
                                         [["It says", self.model(), ", firmware", N(f"{a}.{b}", f"{en_words(a)} point {en_words(b)}"), "."]]))
        elif k == "outages":
            a = r.randint(4, 9)
            self.say("agent", self.p(["Quante volte si è interrotta oggi?"], ["How many times has it dropped today?"]))
            h, m = (r.randint(9, 12), r.choice([10, 15, 20, 40])) if it else (r.randint(9, 11), r.choice([10, 15, 20, 40]))
            self.say("customer", *self.p([["Almeno", N(a), "volte, l'ultima verso le", self.clock(h, m), "."]],
                                         [["At least", N(a), "times, last time about", self.clock(h, m), "."]]))
        elif k == "devices":
            a = r.randint(3, 8)
            self.say("agent", self.p(["Quanti dispositivi ha collegati?"], ["How many devices are connected?"]))
            self.say("customer", *self.p([["Sono", N(a), ", tra telefoni e computer."]], [["About", N(a), ", phones and laptops."]]))

    def step_filler(self):
        self.say("agent", self.p(["Un attimo che apro la sua scheda.", "Resti in linea, sto verificando.",
                                  "Il sistema è un po' lento oggi, mi scusi."],
                                 ["Just bear with me, the system's slow today.", "Let me open your account.",
                                  "Sorry, it's thinking."]))
        self.say("customer", self.p(["Nessun problema.", "Certo.", "Faccia pure."], ["No problem.", "That's fine.", "Sure thing."]))

    def closing(self):
        r, N = self.rng, self.N
        pieces = [self.p(["Bene, la richiesta è aperta.", "Perfetto, ho fatto."],
                         ["Right, that's all logged.", "Okay, that's done."])]
        x = r.random()
        if x < 0.4:
            h = r.choice([24, 48, 72])
            pieces += self.p([["Riceverà un SMS entro", N(h), "ore."]], [["You'll get a text within", N(h), "hours."]])
        elif x < 0.7 and "tollfree" not in self.used:
            pieces += self.p([["Per qualsiasi cosa il numero verde è", self.tollfree(), "."]],
                             [["If you need us, the freephone number is", self.tollfree(), "."]])
        else:
            d = r.choice([2, 3, 5])
            pieces += self.p([["Dovrebbe risolversi entro", N(d), "giorni."]], [["It should be sorted within", N(d), "days."]])
        if r.random() < 0.35:
            pieces += self.p([["Grazie,", self.g("signor", "signora")], ["La ringrazio,", self.g("signor", "signora")]],
                             [["Thanks,", self.g("Mr", "Ms")], ["Thanks,", self.g("Mr", "Mrs")]])
            pieces += [("PERSON", self.last, self.last), "."]
        pieces.append(self.p(["Buona giornata.", "Arrivederci."], ["Have a good day.", "Take care."]))
        self.say("agent", *pieces)
        self.say("customer", self.p(["Grazie a lei, arrivederci.", "Grazie, buona giornata."],
                                    ["Cheers, bye.", "Thanks, bye now."]))

    # ------------------------------------------------------------------ lint

    def verify(self, p):
        label, value, spoken = p
        if label in ("PHONE_NUMBER", "CREDIT_CARD", "NONPII_NUMBER"):
            got, want = heard_digits(spoken), re.sub(r"\D", "", value)
            if got != want:
                raise LintError(f"{label} {value!r}: heard {got!r} in {spoken!r}")
        elif label in ("IBAN_CODE", "IT_FISCAL_CODE", "ORDER_NUMBER"):
            got, want = heard_code(spoken), re.sub(r"[^A-Z0-9]", "", value.upper())
            if got != want:
                raise LintError(f"{label} {value!r}: heard {got!r} in {spoken!r}")
        elif label == "DATE_OF_BIRTH":
            got = heard_date(spoken)
            if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                want = (int(value[:4]), int(value[5:7]), int(value[8:]))
            elif re.fullmatch(r"\d{4}", value):
                want = (int(value), None, None)
            elif re.fullmatch(r"--\d\d-\d\d", value):
                want = (None, int(value[2:4]), int(value[5:]))
            else:
                raise LintError(f"date value {value!r}")
            if got != want:
                raise LintError(f"date {value!r}: heard {got} in {spoken!r}")
        elif label == "EMAIL_ADDRESS":
            got = heard_email(spoken)
            if got != value:
                raise LintError(f"e-mail {value!r}: heard {got!r} in {spoken!r}")
        elif label == "ADDRESS":
            got, want = heard_digits(spoken), re.sub(r"\D", "", value)
            if got != want:
                raise LintError(f"address {value!r}: digits {got!r} heard in {spoken!r}")
            low = fold(spoken)
            words = [w for w in re.findall(r"[^\W\d]+", value) if len(w) > 2 and not w.isupper()]
            missing = [w for w in words if fold(w) not in low]
            if missing:
                raise LintError(f"address {value!r}: {missing} not said in {spoken!r}")
            for m in re.finditer(r"(scala |/)([A-Z])\b", value):
                said = ("scala " if m.group(1) == "scala " else "barra ") + IT_LETTERS[m.group(2)]
                if said not in spoken:
                    raise LintError(f"address {value!r}: {said!r} not said in {spoken!r}")
            if not self.it:
                want = "".join(ch for tok in re.findall(r"\w+", value) if any(c.isdigit() for c in tok) or tok == "PO"
                               for ch in tok if ch.isalpha())
                got = "".join(t for t in re.findall(r"\w+", spoken) if len(t) == 1 and t.isupper())
                if got != want:
                    raise LintError(f"address {value!r}: letters {got!r} heard, {want!r} wanted")
        elif label == "PERSON":
            if spoken != value and heard_code(spoken) != re.sub(r"[^A-Z]", "", value.upper()):
                raise LintError(f"name {value!r} said as {spoken!r}")
        elif label in ("HEALTH", "AGENT_NAME"):
            if spoken != value:
                raise LintError(f"{label} {value!r} said as {spoken!r}")

    def lint(self):
        allowed = set(H.PII) | {"PERSON", "AGENT_NAME", "NONPII_NUMBER"}
        nonpii = 0
        for speaker, pieces in self.turns:
            if not pieces:
                raise LintError(f"empty turn of {speaker}")
            for p in pieces:
                if not isinstance(p, str):
                    if len(p) != 3 or p[0] not in allowed or not str(p[1]).strip() or not str(p[2]).strip():
                        raise LintError(f"bad labelled piece {p!r}")
                    if re.search(r"\d", p[2]):
                        raise LintError(f"digit in spoken form: {p!r}")
                    self.verify(p)
                    nonpii += p[0] == "NONPII_NUMBER"
                    continue
                if not any(ch.isalnum() for ch in p):
                    raise LintError(f"bare punctuation piece {p!r}")
                if re.search(r"\d", p):
                    raise LintError(f"digit in plain text: {p!r}")
                toks = set(re.findall(r"[^\W\d_]+", fold(p)))      # letters only: "dell'otto", "forty-five" split
                bad = {t for t in toks if is_number_word(t, self.lang)} | (toks & self.private_words)
                if bad:
                    raise LintError(f"{sorted(bad)} in plain text: {p!r}")
                if not self.notice and re.search(r"registr|record", p.lower()):
                    raise LintError(f"recording mentioned without the notice: {p!r}")
        if self.notice and not re.search(r"registr|record", " ".join(
                p for p in self.turns[0][1] if isinstance(p, str)).lower()):
            raise LintError("notice flag set but no notice in the opening")
        n = self.item_count()
        if not 8 <= n <= 11:
            raise LintError(f"{n} personal-data items after the name (want 8-11)")
        if nonpii < 3:
            raise LintError(f"only {nonpii} non-personal numbers")

    def item_count(self) -> int:
        """Personal-data items after the caller's first full-name mention (the pieces of one split dictation,
        or of one date of birth said as year and day-month, count once)."""
        spans = [p for _, ps in self.turns for p in ps
                 if not isinstance(p, str) and p[0] not in ("AGENT_NAME", "NONPII_NUMBER")]
        return len(spans) - 1 - self.split_extra


# =========================================================================== wiring


if __name__ == "__main__":
    H.run_phrasebook(PhraseBookO, (O_IT_COMPANIES, O_EN_COMPANIES), (O_IT_AGENTS, O_EN_AGENTS))
