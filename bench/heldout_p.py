#!/usr/bin/env python3
"""heldout_p: a sixteenth, independently worded phrasebook of synthetic labelled call-centre calls.

usage (from the project root, with the project's venv active):
    python bench/heldout_p.py --dry --seed 1414 --piper /tmp/piper/bin/piper    # print the dialogues, no audio
    python bench/heldout_p.py --seed 1414 --out bench/results/P --prefix P --piper /tmp/piper/bin/piper
    (add -n 3 for a quick three-call synthesis)

(--dry with the same --piper prints exactly the dialogues of the real run; without --piper, heldout's
pick_voices draws one random number fewer per English call and the later calls' wording differs.)

Purpose: a held-out set (Italian and English, in the proportions of heldout.py's main(); the four
purposes customer_care, sales_first_contact, billing_support, technical_support) for measuring how well
the personal-data detector generalises to wording it has never seen. Another scriptwriter's ordinary
calls: the agent answers with the company and her or his own name, a recording notice in this file's
own words (only in calls whose notice flag is set, and then in the opening turn), a caller with a
reason, the caller's full name (sometimes spelled with letter names, Italian city words, English "for"
/ "as in" words or NATO words), the data the purpose needs and a few things it does not, small talk,
and a closing (sometimes "grazie, signora <surname>" / "thanks, Mr <surname>").

New in this set (each frequent; most calls carry several):
 (1) values given UNPROMPTED and EARLY: the caller puts an order / invoice / ticket number, a phone, an
     e-mail, an IBAN or a health condition into the reason for calling, before the agent asks ("chiamo
     per l'ordine ..., e già che ci sono le lascio il cellulare, ...", "I'm ringing about ticket ...,
     you can get me back on ..."); the name is sometimes said before them in the same turn, sometimes
     asked for only afterwards; later in the call a caller also volunteers a phone or e-mail unasked;
 (2) digits in GROUPED forms: Italian pairs and triples said as numbers ("trentatré, quarantacinque",
     "tre quattro cinque, sessantasette", "trecentoquarantacinque"), English "double seven", "triple
     oh", "oh" for zero, "seventy-two" pairs, mixed within one phone, card, IBAN or code; the digits of
     phones are sometimes drawn with a repeated run so "double" / "triple" comes up;
 (3) E-MAILS with separators and spoken domains: punto / trattino / "trattino basso" / underscore /
     dash, digits in the local part, "dot co dot uk", provider words said as the caller says them
     ("talk talk", "virgin media", "G M X"), small firms' own domains with a hyphen, local parts spelled
     letter by letter, Italian callers using "at" and "dot" inside an Italian call;
 (4) ADDRESSES in varied order: the civic number before the street ("abito al quarantadue di viale
     ..."), the town first, corso / viale / piazza / vicolo / strada / località, the CAP with "cap"
     before it or after the town, "barra" letters and "interno"; UK house names, "flat" before or after
     the street, a county, the postcode first;
 (5) HEALTH in longer phrasing, usually as the REASON for a problem ("sono stata ricoverata per un
     [intervento al menisco], per questo non ho pagato", "I've just had a [hip replacement] so I
     couldn't get to the door", "sono in cura per la [depressione]", "I'm [pregnant]", a disability, a
     therapy, a medication by brand name); only the condition / treatment / medication is in the span;
 (6) DATES that are NOT dates of birth, all NONPII_NUMBER: invoice dates, delivery dates, engineer
     appointments, contract starts, offer deadlines ("la fattura del [tre marzo]", "the engineer's
     coming on [the fourteenth]", "il contratto è partito il [primo gennaio duemilaventidue]"), often in
     the same call as a real date of birth; the value is the date as said ("3 marzo", "14",
     "1 gennaio 2022", "2 June 2023");
 (7) RESTARTS: the caller starts dictating a phone, card, IBAN, fiscal code, order / invoice / ticket
     number or e-mail, the agent breaks in ("scusi, la linea è saltata, può ripartire dall'inizio?",
     "sorry, you broke up there, from the top?") and the caller says the whole value again; the broken
     first attempt is a span of the value's kind whose `value` is the characters said, the repeat a
     second span with the whole value;
 (8) the AGENT reading back the value just dictated, in full and grouped differently from the caller
     (other group sizes, other digit style, other spelling words; an address in the usual order), a
     span of its own, and the caller confirming;
 (9) small talk and troubleshooting full of harmless numbers: modem lights, line speeds, reboots,
     minutes on hold, prices ("ventinove e novanta", "twenty-two fifty"), percentages, counts, times of
     day, the floor of the shop, model numbers, data allowances; all NONPII_NUMBER.

Labels and spans (as heldout_o.py's docstring describes them): AGENT_NAME for the agent's name; PERSON
for the caller's full name, a spelled surname, a closing "signora <surname>" and a third person's name
when said; the nine kinds of heldout.PII; NONPII_NUMBER for numbers that are not personal data and must
stay audible. What a purpose keeps: customer care the order number and delivery address; sales the
phone and e-mail; billing the IBAN, invoice number, billing address and Italian fiscal code; technical
support the ticket number and contact phone; every other kind (payment card, date of birth, health,
third persons' data, and whatever else comes up) is never kept. Invoice and ticket numbers carry
ORDER_NUMBER. Only the condition / medication / treatment is inside a HEALTH span. Every labelled value
is its own piece, so span times are exact; a span's `value` is what it stands for (a broken-off first
attempt: the characters said). Each call carries 8-11 personal-data ITEMS after the caller's first
full-name mention, where an item is one labelled mention (the agent's read-back is an item of its own)
and a restarted dictation, broken attempt plus repeat, counts ONCE; values volunteered in the reason
before the name is said are not counted. A call whose draw lands outside 8-11 items or under three
NONPII numbers is drawn again from the same generator (so --dry still shows the real run).
Consecutive lines of one speaker are one turn.

Lint (run on every call as it is built; a failure stops the run): no digit anywhere in what is said;
in unlabelled text (split into letter runs, so "dell'otto" and "forty-five" are caught) no number word
(Italian and English ones in Italian calls, English ones in English calls: units, tens, compounds such
as "ventitré", "trecento", "duemila", ordinals in every gender, "zero", "oh", "nought", "double",
"triple", "half", "quarter", "dozen", "mezzo", "doppio", "paio" ...; hence "lo sconto", "nobody",
"for a sec", never "uno", "prima", "secondo", "first", "second", "one"), and no word of the caller's or a
third person's name, street, locality, house name, town or county; no mention of recording in a call
without the notice, and the notice in the opening turn of a call with it; every labelled piece is heard
back from its spoken form by this file's own hearing functions: phones, cards and NONPII numbers
re-read into their digits (number words, "double" / "triple", "oh", ordinals, "per cento" skipped),
codes (IBAN, fiscal code, order / invoice / ticket numbers, spelled surnames) re-read letter by letter
and digit by digit through Italian letter names, "come <city>", bare capitals, "for" / "as in" words,
"double <letter>" and NATO words (the word after "come" / "for" / "as in" must begin with the letter),
dates of birth re-read into the same date, e-mails re-read character by character (words, spelled
letters, digits, punto / dot, chiocciola / at, trattino / trattino basso / underscore / dash / hyphen),
addresses checked for the same numbers (as a multiset: the order varies), for every word of the value
of three letters or more, for their "barra" letters and for the letters of a UK postcode in order;
health, full names and the agent's name said exactly as written; 8-11 items; at least three NONPII
numbers per call.

PROVENANCE: written by a helper that did not read the detector (pipeline/, redaction_rules/, tests/,
evaluation/), the development corpus (../shared/corpus/: neither truth files nor transcripts),
bench/results/, nor any other phrasebook's dialogue or banks (heldout_alt, heldout_d ... heldout_n were
not opened at all). bench/heldout.py was read in full (its machinery is reused; its banks are not). From
bench/heldout_o.py were read only: its module docstring (lines 1-140), its imports, its builder class's
constructor and small helpers (add_private / c / p / g / say / N / price / clock / year / filler_word /
marker / back / ok), its verify() / lint() / item_count() and its `__main__` wiring, to learn the builder
interface (main() builds `builder(rng, lang, purpose)`, calls `.build(company, agent, notice)` and reads
`.lang`, `.purpose`, `.first`, `.last`, `.turns`) and the label / span / lint conventions (this file's
small helpers, verify() / lint() / item_count() follow that pattern; the conditions, the hearing and the
counting rules inside them are this file's own); also seen there: its LintError and its list of generic
place words (via, viale, road, lane ..., words any such list shares), and, in a grep for its definitions,
the names and first lines of its purpose tables (KEEPS, EXTRAS, LABEL, DICTATED, ANCHOR): this file's
tables of the same names encode the brief's "what a purpose keeps", so they necessarily say similar
things; its name, agent, company and relation banks and the first lines of its other tables (towns,
streets, mobile prefixes, e-mail providers, UK towns / streets / estates, spelling words, health,
fillers, correction markers, back-channels) were seen on screen because they follow the docstring or
showed up in a grep for its definitions, and none of their entries is reused here (a few words every
phrasebook must share, such as the months, the NATO alphabet, the Italian letter names and the purposes,
come from heldout.py). Its dialogue, its banks' remaining entries and the bodies of its hearing functions
(fold, parse_it, heard_* ...: their names showed up in that grep, and this file's hearing functions carry
similar names) were not read. Every line of dialogue and every bank here (names, third persons, agents,
companies, towns, localities, streets, house names, counties, e-mail providers and firms' domains,
health, spelling words, interruptions, read-backs, small talk) is this file's own, and so are the hearing
functions of the lint. Reused from bench/heldout.py: Speaker (digit reading), IT_LETTERS and NATO, the
month names, luhn_complete / iban / fiscal_code, it_words / en_words / en_year / en_ordinal, pick_voices,
Renderer, synthesise, resample_write, main(), dry_run() and run_phrasebook(); heldout.py itself is not
modified.
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
from heldout import (EN_MONTHS, IT_LETTERS, IT_MONTHS, NATO,  # noqa: E402
                     en_ordinal, en_words, en_year, fiscal_code, iban, it_words, luhn_complete)

# =========================================================================== banks (this file's own)

P_IT_FIRST_F = ("Ginevra Rebecca Ottavia Benedetta Costanza Eleonora Lucrezia Mariangela Rosaria Lavinia "
                "Samanta Cristina Nicoletta Elisabetta Raffaella Gaia").split()
P_IT_FIRST_M = ("Alessio Massimiliano Giacomo Stefano Valerio Michele Enrico Fabrizio Umberto Cristian Luigi "
                "Vincenzo Oreste Mirko Daniele Rocco").split()
P_IT_LAST = ("Benedetti Vitale Mariani Rizzo Marino Greco Ricci Giordano Rossetti Lombardo Sorrentino Pagano "
             "Bianchi Cocco Valentini Martini Ferri Ruggeri Piras Fumagalli Brambilla Sartori Cirillo Zanella "
             "Deiana Fadda Tosi Milani Barone").split()
P_EN_FIRST_F = ("Harriet Philippa Rosalind Fiona Yvonne Abigail Danielle Natasha Lydia Georgina Morag Anjali "
                "Ffion Courtney Esther Joanne").split()
P_EN_FIRST_M = ("Stuart Nathan Felix Hamish Clive Trevor Adrian Jamal Neil Piers Lewis Craig Samir Desmond "
                "Roland Mervyn").split()
P_EN_LAST = ("Pemberton Holloway Ramsbottom Greenhalgh Atherton Blackwood Cartwright Dobson Entwistle Fenwick "
             "Gorman Haworth Iqbal Jennings Lockwood Merriman Naylor Ormerod Prescott Radcliffe Stansfield "
             "Threlfall Whitfield Brennan Chaudhry Osei").split()
P_IT_AGENTS = "Graziella Luca Manuela Raimondo Silvana Gino Ilenia Walter".split()
P_EN_AGENTS = "Carly Josh Fern Nadeem Hollie Scott Bryony Kwame".split()
P_IT_COMPANIES = ["Energia Solaria", "Connettiva Fibra", "Ponte Telefonia", "Assicurazioni Girasole",
                  "Cassa Rurale dei Colli", "Corriere Rondine"]
P_EN_COMPANIES = ["Greystone Energy", "Puffin Broadband", "Harbourlight Insurance", "Thistle Mobile",
                  "Millbrook Water", "Magpie Deliveries"]

# third persons the caller names: (relation as said, female, same surname)
P_IT_THIRD = [("mia sorella", True, True), ("mio fratello", False, True), ("mia vicina di casa", True, False),
              ("mio cognato", False, False), ("mia nipote", True, True), ("il mio compagno", False, False)]
P_EN_THIRD = [("my sister", True, True), ("my brother", False, True), ("my neighbour", True, False),
              ("my son-in-law", False, False), ("my niece", True, True), ("my partner", False, False)]
P_THIRD_NAMES = {("it", True): "Loretta Teresa Irene Adriana Luisa".split(),
                 ("it", False): "Graziano Achille Ivano Sandro Tullio".split(),
                 ("en", True): "Maureen Brenda Shirley Gwen Pauline".split(),
                 ("en", False): "Keith Colin Owain Dennis Gerald".split()}

# Italian towns: (town, CAP, cadastral code for the fiscal code)
P_IT_TOWNS = [("Trieste", "34123", "L424"), ("Perugia", "06121", "G478"), ("Ravenna", "48121", "H199"),
              ("Lucca", "55100", "E715"), ("Parma", "43121", "G337"), ("Salerno", "84121", "H703"),
              ("Siena", "53100", "I726"), ("Trento", "38122", "L378"), ("Bergamo", "24121", "A794"),
              ("Pescara", "65121", "G482"), ("Sassari", "07100", "I452"), ("Vicenza", "36100", "L840"),
              ("Catania", "95131", "C351"), ("Modena", "41121", "F257"), ("Cremona", "26100", "D150"),
              ("Taranto", "74121", "L049")]
P_IT_STREETS = [("corso", "Cavour"), ("viale", "dei Tigli"), ("piazza", "della Libertà"), ("vicolo", "dei Fabbri"),
                ("via", "Giosuè Carducci"), ("via", "delle Ginestre"), ("viale", "Europa"), ("corso", "Mameli"),
                ("piazza", "Sant'Agostino"), ("via", "Monte Grappa"), ("vicolo", "Storto"), ("strada", "della Pieve"),
                ("via", "Nazario Sauro"), ("viale", "delle Acacie"), ("località", "Poggio ai Pini"),
                ("località", "Fonte Fredda"), ("località", "Valle Scura"), ("strada", "dei Mulini")]
P_IT_MOBILE = ["320", "324", "327", "328", "331", "335", "339", "345", "347", "348", "351", "366", "371",
               "380", "389", "392", "393"]
P_IT_AREAS = ["051", "06", "02", "011", "055", "081", "041", "045", "071", "091"]
P_UK_TOWNS = [("Otley", "LS21", "West Yorkshire"), ("Ludlow", "SY8", "Shropshire"), ("Frome", "BA11", "Somerset"),
              ("Whitby", "YO21", "North Yorkshire"), ("Tiverton", "EX16", "Devon"), ("Buxton", "SK17", "Derbyshire"),
              ("Penrith", "CA11", "Cumbria"), ("Stroud", "GL5", "Gloucestershire"), ("Bangor", "LL57", "Gwynedd"),
              ("Thirsk", "YO7", "North Yorkshire"), ("Louth", "LN11", "Lincolnshire"), ("Malton", "YO17",
                                                                                          "North Yorkshire")]
P_UK_STREETS = ["Quarry Lane", "Sycamore Rise", "Heron Way", "Nursery Road", "Chapel Fold", "Blackthorn Crescent",
                "Victoria Parade", "Larch Grove", "Tithe Barn Lane", "Weavers Yard", "Stonegate", "Hawthorn Bank"]
P_UK_HOUSES = ["Bramble Cottage", "The Old Forge", "Larchfield House", "Hollybank", "Swallows Rest", "Meadowsweet",
               "Windrush", "Kiln Cottage"]
P_UK_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
P_IT_MAIL = ["inwind.it", "tin.it", "email.it", "live.it", "outlook.it", "gmx.com"]
P_IT_FIRM = ["{last}-impianti.it", "studio{last}.it", "{last}-serramenti.it"]
P_EN_MAIL = ["sky.com", "talktalk.net", "virginmedia.com", "blueyonder.co.uk", "live.co.uk", "gmx.co.uk", "me.com"]
P_EN_FIRM = ["{last}-joinery.co.uk", "{last}builders.co.uk", "{last}-plumbing.com"]
P_HOST_SPOKEN = {"talktalk": ["talk talk"], "virginmedia": ["virgin media"], "blueyonder": ["blue yonder"],
                 "gmx": ["G M X", "gi emme ics"]}
P_IT_CITY = {"A": "Alessandria", "B": "Brindisi", "C": "Cosenza", "D": "Dobbiaco", "E": "Enna", "F": "Foggia",
             "G": "Gorizia", "I": "Ischia", "L": "Lodi", "M": "Mantova", "N": "Novara", "O": "Oristano",
             "P": "Pistoia", "R": "Ragusa", "S": "Siracusa", "T": "Trapani", "U": "Urbino", "V": "Viterbo",
             "Z": "Zagarolo"}
P_EN_WORD = {"A": "Alfred", "B": "Benjamin", "C": "Catherine", "D": "David", "E": "Edward", "F": "Frederick",
             "G": "George", "H": "Harry", "I": "Isaac", "J": "Jack", "K": "King", "L": "London", "M": "Mother",
             "N": "Nellie", "O": "Orange", "P": "Peter", "Q": "Queen", "R": "Robert", "S": "Sugar", "T": "Tommy",
             "U": "Uncle", "V": "Victor", "W": "William", "X": "Xylophone", "Y": "Yellow", "Z": "Zebra"}
P_GB_BANKS = ["NAIA", "TSBS", "CPBK", "MONZ", "SRLG", "ABBY"]

# health: (words before, condition in the span, words after); {o} is the masculine/feminine ending
P_IT_HEALTH = {
    "reason_bill": [("sono stat{o} ricoverat{o} per un", "intervento al menisco", ", per questo non ho pagato in tempo"),
                    ("sono in cura per la", "depressione", "e in questi mesi ho lasciato andare le scadenze"),
                    ("ho avuto un", "ictus", "in primavera e mia figlia mi segue le carte solo adesso"),
                    ("ho fatto un ciclo di", "radioterapia", "e la posta si è accumulata")],
    "reason_door": [("ho fatto da poco una", "protesi all'anca", "e ci metto tanto ad arrivare alla porta"),
                    ("sono", "incinta", "e non posso scendere a prendere pacchi pesanti"),
                    ("uso la", "sedia a rotelle", "e il corriere non ha suonato al citofono basso"),
                    ("ho una", "frattura del femore", "e il corriere non ha aspettato che arrivassi")],
    "reason_line": [("sono", "non vedente", "e senza internet non posso usare il lettore di schermo"),
                    ("prendo il", "Coumadin", "e mando i valori al centro prelievi via internet"),
                    ("sono in cura per la", "depressione", "e faccio le sedute in videochiamata"),
                    ("soffro di", "fibromialgia", "e lavoro da casa, la linea mi serve")],
    "need": [("soffro di", "morbo di Crohn", ", quindi a volte non riesco a rispondere subito"),
             ("sto facendo", "fisioterapia per la spalla", "tutte le mattine, meglio il pomeriggio"),
             ("prendo lo", "Zoloft", "e la mattina sono un po' lent{o}, mi chiamate dopo pranzo"),
             ("ho un", "calo dell'udito", ", se può parli piano e chiaro"),
             ("sono", "incinta", ", quindi niente consegne pesanti al piano"),
             ("sto facendo la", "dialisi", "a giorni alterni, non sempre sono a casa")],
}
P_EN_HEALTH = {
    "reason_bill": [("I was in hospital with", "pneumonia", "so the bill slipped past me"),
                    ("I've been off work with", "depression", "and I've let the paperwork go"),
                    ("I had a", "heart bypass", "in the spring and I'm only catching up now"),
                    ("I've been having", "chemotherapy", "and the post just piled up")],
    "reason_door": [("I've just had a", "hip replacement", "so I couldn't get to the door in time"),
                    ("I'm", "pregnant", "and I can't carry heavy boxes up the stairs"),
                    ("I use a", "wheelchair", "and the driver didn't wait for me to get there"),
                    ("I've got a", "broken ankle", "so it takes me ages to get downstairs")],
    "reason_line": [("I'm", "partially sighted", "and I need the internet for my screen reader"),
                    ("I'm on", "Eliquis", "and the clinic checks in with me over video"),
                    ("I've got", "long Covid", "and I work from home, so I can't be without it"),
                    ("I've got", "Parkinson's", "and video calls are how I see my consultant")],
    "need": [("I've got", "rheumatoid arthritis", "so I might be slow getting to the phone"),
             ("I'm on", "Prozac", "and mornings are hard, so afternoons are better"),
             ("I'm", "deaf", "in my left ear, so bear with me"),
             ("I had", "cataract surgery", "last week, so I can't read small print"),
             ("I'm", "pregnant", "so could they bring it up the stairs?"),
             ("I go for", "dialysis", "most mornings, so afternoons, please")],
}

CC, SA, BI, TS = H.PURPOSES
KEEPS = {CC: ["ORDER", "ADDRESS"], SA: ["PHONE", "EMAIL"], BI: ["INVOICE", "IBAN", "ADDRESS", "FISCAL"],
         TS: ["TICKET", "PHONE"]}
EXTRAS = {CC: ["PHONE", "EMAIL", "CARD", "DOB", "HEALTH", "THIRD"],
          SA: ["ADDRESS", "DOB", "CARD", "HEALTH", "FISCAL"],
          BI: ["CARD", "DOB", "HEALTH", "PHONE", "EMAIL"],
          TS: ["EMAIL", "ADDRESS", "DOB", "HEALTH", "CARD", "THIRD"]}
LABEL = {"PHONE": "PHONE_NUMBER", "EMAIL": "EMAIL_ADDRESS", "FISCAL": "IT_FISCAL_CODE", "IBAN": "IBAN_CODE",
         "CARD": "CREDIT_CARD", "DOB": "DATE_OF_BIRTH", "ADDRESS": "ADDRESS", "HEALTH": "HEALTH",
         "ORDER": "ORDER_NUMBER", "INVOICE": "ORDER_NUMBER", "TICKET": "ORDER_NUMBER"}
DICTATED = {"PHONE", "CARD", "IBAN", "FISCAL", "ORDER", "INVOICE", "TICKET"}
ANCHOR = {CC: "ORDER", BI: "INVOICE", TS: "TICKET", SA: None}

# =========================================================================== hearing (the lint's own)


def fold(s: str) -> str:
    """Lower case, accents dropped."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)).lower()


def unaccent(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


IT_NUM = {fold(it_words(n)): n for n in range(1000)}
EN_NUM = {en_words(n): n for n in range(100)}
IT_ORDINALS: dict[str, int] = {}
for _n, _w in enumerate("primo secondo terzo quarto quinto sesto settimo ottavo nono decimo".split(), 1):
    IT_ORDINALS[_w] = _n
for _n in range(11, 32):
    _b = fold(it_words(_n))
    IT_ORDINALS[(_b if _b.endswith(("tre", "sei")) else _b[:-1]) + "esimo"] = _n
for _w, _n in list(IT_ORDINALS.items()):
    for _end in "aie":
        IT_ORDINALS[_w[:-1] + _end] = _n
EN_ORDINALS = {en_ordinal(n): n for n in range(1, 32)}
EN_ZERO = {"oh", "nought"}
IT_MONTH_OF = {m: i + 1 for i, m in enumerate(IT_MONTHS)}
EN_MONTH_OF = {fold(m): i + 1 for i, m in enumerate(EN_MONTHS)}
IT_LETTER_OF = {fold(v).replace(" ", ""): k for k, v in IT_LETTERS.items()}
NATO_OF = {v: k for k, v in NATO.items()}
EXTRA_IT = {"cento", "mille", "mila", "milione", "milioni", "miliardo", "mezzo", "mezza", "doppio", "doppia",
            "triplo", "tripla", "dozzina", "paio", "centinaia", "migliaia", "zero"}
EXTRA_EN = {"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "double", "triple",
            "half", "quarter", "dozen", "nought", "oh", "zero", "hundredth", "thousandth", "twice", "thrice"}
EN_SINGLE_WORDS = {w for k in EN_NUM for w in k.split("-")} | set(EN_ORDINALS) | {
    p for k in EN_ORDINALS for p in k.split("-")}


def parse_it(tok: str) -> int | None:
    """An Italian number word ("ventitré", "trecentoquarantacinque", "duemilaventidue") or None."""
    t = fold(tok)
    if t in IT_NUM:
        return IT_NUM[t]
    if t.startswith("mille"):
        rest = t[5:]
        if not rest:
            return 1000
        r = IT_NUM.get(rest)
        return 1000 + r if r else None
    m = re.fullmatch(r"([a-z]+?)mila([a-z]*)", t)
    if m:
        k = IT_NUM.get(m.group(1))
        if k and k >= 2:
            if not m.group(2):
                return k * 1000
            r = IT_NUM.get(m.group(2))
            if r:
                return k * 1000 + r
    return None


def is_number_word(tok: str, lang: str) -> bool:
    t = fold(tok)
    if t in EN_SINGLE_WORDS or t in EXTRA_EN:
        return True
    if lang == "it":
        return parse_it(t) is not None or t in EXTRA_IT or t in IT_ORDINALS
    return False


def htoks(spoken: str) -> list[str]:
    """Tokens for hearing: words (hyphens and apostrophes kept inside), case kept; commas and colons."""
    return re.findall(r"[A-Za-z]+(?:['-][A-Za-z]+)*|[,;:]", unaccent(spoken))


def number_at(toks: list[str], i: int) -> tuple[str | None, int]:
    """The number said from toks[i] on, as its digit string, and the index after it."""
    n = len(toks)
    t = fold(toks[i])
    if t in ("double", "triple") and i + 1 < n:
        d, j = number_at(toks, i + 1)
        if d is not None and len(d) == 1 and j == i + 2:
            return d * (2 if t == "double" else 3), j
        return None, i
    if t in EN_ZERO:
        return "0", i + 1
    if t in IT_ORDINALS:
        return str(IT_ORDINALS[t]), i + 1
    if t in EN_ORDINALS:
        return str(EN_ORDINALS[t]), i + 1
    v = parse_it(t)
    if v is not None:
        return str(v), i + 1
    if t in EN_NUM:
        total, j = EN_NUM[t], i + 1

        def small_at(k: int):
            return EN_NUM.get(fold(toks[k])) if k < n else None

        if j < n and fold(toks[j]) == "hundred" and 1 <= total <= 9:
            total, j = total * 100, j + 1
            if j + 1 < n and fold(toks[j]) == "and" and small_at(j + 1) is not None:
                total, j = total + small_at(j + 1), j + 2
            elif small_at(j):
                total, j = total + small_at(j), j + 1
        if j < n and fold(toks[j]) == "thousand" and 1 <= total <= 999:
            total, j = total * 1000, j + 1
            if j + 1 < n and fold(toks[j]) == "and" and small_at(j + 1) is not None:
                total, j = total + small_at(j + 1), j + 2
            elif small_at(j) is not None and j + 1 < n and fold(toks[j + 1]) == "hundred":
                sub, j2 = number_at(toks, j)
                if sub is not None:
                    total, j = total + int(sub), j2
        return str(total), j
    return None, i


def heard_groups(spoken: str) -> list[str]:
    """Digit groups heard: consecutive number words make one group; a comma or any other word ends it;
    "per cento" / "percent" are skipped."""
    toks, groups, cur, i = htoks(spoken), [], "", 0
    while i < len(toks):
        t = fold(toks[i])
        if t == "per" and i + 1 < len(toks) and fold(toks[i + 1]) == "cento":
            i += 2
            continue
        if t == "percent":
            i += 1
            continue
        d, j = number_at(toks, i)
        if d is not None:
            cur += d
            i = j
            continue
        if cur:
            groups.append(cur)
        cur = ""
        i += 1
    if cur:
        groups.append(cur)
    return groups


def heard_digits(spoken: str) -> str:
    return "".join(heard_groups(spoken))


def heard_code(spoken: str, lang: str) -> str:
    """Letters and digits of a spelled code; '?' marks a word the listener cannot place."""
    toks, out, i = htoks(spoken), "", 0
    n = len(toks)
    while i < n:
        t, f = toks[i], fold(toks[i])
        if t in ",;:":
            i += 1
            continue
        letter = None
        if lang == "it":
            if f == "i" and i + 1 < n and fold(toks[i + 1]) == "lunga":
                letter, i = "J", i + 2
            elif f == "doppia" and i + 1 < n and fold(toks[i + 1]) == "vu":
                letter, i = "W", i + 2
            elif f in IT_LETTER_OF:
                letter, i = IT_LETTER_OF[f], i + 1
        else:
            if f == "double" and i + 1 < n and len(toks[i + 1]) == 1 and toks[i + 1].isupper():
                out += toks[i + 1] * 2
                i += 2
                continue
            if len(t) == 1 and t.isupper():
                letter, i = t, i + 1
            elif f in NATO_OF:
                letter, i = NATO_OF[f], i + 1
        if letter:
            out += letter
            if i < n and fold(toks[i]) in ("come", "for"):
                word = toks[i + 1] if i + 1 < n else ""
                if fold(word)[:1].upper() != letter:
                    return out + "?"
                i += 2
            elif i + 1 < n and fold(toks[i]) == "as" and fold(toks[i + 1]) == "in":
                word = toks[i + 2] if i + 2 < n else ""
                if fold(word)[:1].upper() != letter:
                    return out + "?"
                i += 3
            continue
        d, j = number_at(toks, i)
        if d is not None:
            out += d
            i = j
            continue
        return out + "?" + t
    return out


def heard_email(spoken: str, lang: str) -> str:
    toks, out, i = htoks(spoken), "", 0
    n = len(toks)
    while i < n:
        t, f = toks[i], fold(toks[i])
        if t in ",;:":
            i += 1
            continue
        if f in ("chiocciola", "at"):
            out, i = out + "@", i + 1
        elif f in ("punto", "dot"):
            out, i = out + ".", i + 1
        elif f == "trattino":
            if i + 1 < n and fold(toks[i + 1]) == "basso":
                out, i = out + "_", i + 2
            else:
                out, i = out + "-", i + 1
        elif f == "underscore":
            out, i = out + "_", i + 1
        elif f in ("dash", "hyphen"):
            out, i = out + "-", i + 1
        elif f == "double" and i + 1 < n and len(toks[i + 1]) == 1:
            out, i = out + fold(toks[i + 1]) * 2, i + 2
        else:
            d, j = number_at(toks, i)
            if d is not None:
                out, i = out + d, j
            elif lang == "it" and f == "i" and i + 1 < n and fold(toks[i + 1]) == "lunga":
                out, i = out + "j", i + 2
            elif lang == "it" and f == "doppia" and i + 1 < n and fold(toks[i + 1]) == "vu":
                out, i = out + "w", i + 2
            elif lang == "it" and f in IT_LETTER_OF:
                out, i = out + IT_LETTER_OF[f].lower(), i + 1
            else:
                out, i = out + f.replace("'", ""), i + 1
    return out


def heard_date(spoken: str) -> tuple:
    """(year, month, day) of a date said with a month name or as day, month, year in comma groups."""
    toks, month, flat, groups, cur = htoks(spoken), None, [], [], ""
    i = 0
    while i < len(toks):
        t = toks[i]
        f = fold(t)
        if t in ",;:":
            if cur:
                groups.append(cur)
            cur, i = "", i + 1
            continue
        if f in IT_MONTH_OF or f in EN_MONTH_OF:
            month = IT_MONTH_OF.get(f) or EN_MONTH_OF.get(f)
            i += 1
            continue
        d, j = number_at(toks, i)
        if d is not None:
            flat.append(d)
            cur += d
            i = j
            continue
        i += 1
    if cur:
        groups.append(cur)
    try:
        if month:
            day, year = int(flat[0]), int("".join(flat[1:]))
        else:
            day, month, year = int(groups[0]), int(groups[1]), int(groups[2])
    except (IndexError, ValueError):
        return (None, None, None)
    if year < 100:
        year += 1900 if year > 30 else 2000
    return (year, month, day)


class LintError(AssertionError):
    pass


P_GENERIC = {"via", "viale", "corso", "piazza", "vicolo", "strada", "localita", "dei", "degli", "del", "della",
             "delle", "di", "da", "ai", "sant", "san", "santa", "la", "le", "il", "lo", "road", "lane", "rise",
             "way", "fold", "crescent", "parade", "grove", "yard", "bank", "the", "old", "house", "cottage", "rest",
             "north", "west", "south", "east", "street", "close", "avenue"}

# =========================================================================== the phrasebook


class PhraseBookP:
    def __init__(self, rng, lang: str, purpose: str):
        self.rng, self.lang, self.purpose = rng, lang, purpose
        self.it = it = lang == "it"
        r = rng
        self.agent_sp = H.Speaker(lang, rng)
        self.cust_sp = H.Speaker(lang, rng)
        self.female = r.random() < 0.5
        if it:
            self.first = r.choice(P_IT_FIRST_F if self.female else P_IT_FIRST_M)
            self.last = r.choice(P_IT_LAST)
        else:
            self.first = r.choice(P_EN_FIRST_F if self.female else P_EN_FIRST_M)
            self.last = r.choice(P_EN_LAST)
            # this file's callers say "double" and "oh" more often than heldout's default speaker
            self.cust_sp.double = r.random() < 0.85
            self.cust_sp.oh = r.random() < 0.75
            self.agent_sp.double = r.random() < 0.5
        # habits: how the caller and the agent group digits and spell letters
        self.cust_digits = r.choice(["pairs", "mixed", "mixed", "single"] if it else ["single", "pairs", "mixed"])
        self.cust_letters = r.choice(["name", "come", "mixed"] if it else ["bare", "for", "nato", "mixed", "asin"])
        self.agent_letters = r.choice(["come", "name"] if it else ["nato", "for", "bare"])
        self.mail_english = it and r.random() < 0.35     # an Italian caller saying "at" / "dot"
        self.turns: list[tuple[str, list]] = []
        self.partial_ids: set[int] = set()
        self.private_words: set[str] = set()
        self.vals: dict = {}
        self.notice = False

    # ------------------------------------------------------------------ small helpers

    def add_private(self, text: str):
        self.private_words |= {w for w in re.findall(r"[^\W\d_]+", fold(text)) if w not in P_GENERIC}

    def c(self, *options):
        return self.rng.choice(options)

    def p(self, it_opts, en_opts):
        return self.rng.choice(it_opts if self.it else en_opts)

    def g(self, masc: str, fem: str) -> str:
        return fem if self.female else masc

    def o(self, text: str) -> str:
        return text.replace("{o}", self.g("o", "a"))

    def say(self, speaker: str, *pieces):
        flat = []
        for q in pieces:
            flat += [x for x in (q if isinstance(q, list) else [q]) if x]
        cont = self.turns_continue(speaker)
        prev = self.turns[-1][1][-1] if cont else None
        out = []
        for q in flat:
            if isinstance(q, str):
                q = q.strip()
                if not out and not cont:
                    q = q.lstrip(",;:. ").strip()
                if not any(ch.isalnum() for ch in q):
                    continue
                if isinstance(prev, str) and prev.rstrip().endswith((".", "?", "!")):
                    q = q[0].upper() + q[1:]       # a new sentence
            out.append(q)
            prev = q
        if not out:
            return
        if isinstance(out[0], str) and not cont:
            out[0] = out[0][0].upper() + out[0][1:]
        if cont:                                  # one speaker going on: one turn
            self.turns[-1][1].extend(out)
        else:
            self.turns.append((speaker, out))

    def turns_continue(self, speaker: str) -> bool:
        return bool(self.turns) and self.turns[-1][0] == speaker

    def N(self, value, spoken: str | None = None):
        """A number that is not personal data and must stay audible."""
        if spoken is None:
            spoken = it_words(int(value)) if self.it else en_words(int(value))
        return ("NONPII_NUMBER", str(value), spoken)

    def price(self, whole: int, cents: int):
        v = f"{whole}.{cents:02d}"
        if self.it:
            return self.N(v, f"{it_words(whole)} e {it_words(cents)}")
        return self.N(v, f"{en_words(whole)} {en_words(cents)}" if whole < 100 and self.rng.random() < 0.6
                      else f"{en_words(whole)} pounds {en_words(cents)}")

    def clock(self, h: int, m: int = 0):
        if not m:
            return self.N(h)
        if self.it:
            return self.N(f"{h}:{m:02d}", f"{it_words(h)} e {it_words(m)}")
        return self.N(f"{h}:{m:02d}", f"{en_words(h)} {en_words(m)}" if m >= 10 else
                      f"{en_words(h)} oh {en_words(m)}")

    def pct(self, n: int):
        return self.N(f"{n}%", f"{it_words(n)} per cento" if self.it else f"{en_words(n)} percent")

    def date_n(self, form: str | None = None, year: int | None = None):
        """A date that is not a date of birth (invoice, delivery, appointment, contract): NONPII_NUMBER,
        its value the date as said."""
        r = self.rng
        d, m = r.randint(1, 28), r.randint(1, 12)
        form = form or r.choice(["day", "dm", "dm", "dmy"])
        y = year or r.randint(2021, 2025)
        if self.it:
            ds = "primo" if d == 1 else it_words(d)
            if form == "day":
                return self.N(f"{d}", ds)
            if form == "dm":
                return self.N(f"{d} {IT_MONTHS[m - 1]}", f"{ds} {IT_MONTHS[m - 1]}")
            return self.N(f"{d} {IT_MONTHS[m - 1]} {y}", f"{ds} {IT_MONTHS[m - 1]} {it_words(y)}")
        mon = EN_MONTHS[m - 1]
        if form == "day":
            return self.N(f"{d}", f"the {en_ordinal(d)}")
        s = r.choice([f"the {en_ordinal(d)} of {mon}", f"{mon} the {en_ordinal(d)}", f"{en_ordinal(d)} {mon}"])
        if form == "dm":
            return self.N(f"{d} {mon}", s)
        return self.N(f"{d} {mon} {y}", f"{s}, {en_year(y)}")

    @staticmethod
    def end(text: str) -> str:
        return text if text.endswith((".", "?", "!")) else text + "."

    def ok(self) -> str:
        return self.p(["Grazie, segnato.", "Benissimo.", "Ricevuto, grazie.", "Perfetto."],
                      ["Lovely.", "Cheers, got that.", "Perfect, thanks.", "Great."])

    # ------------------------------------------------------------------ digits and letters said aloud

    def say_group(self, g: str, style: str, sp: H.Speaker) -> str:
        if style == "mixed":
            style = self.rng.choice(["single", "pairs", "whole"])
        if len(g) == 1 or style == "single":
            return sp.one_by_one(g)
        if style == "whole":
            if self.it and len(g) <= 3:
                return sp.whole(g)
            if not self.it and len(g) == 2:
                return sp.whole(g)
            if not self.it and len(g) == 3 and g[0] != "0" and self.rng.random() < 0.5:
                return sp.whole(g)
        return sp.pairs(g)

    def digit_chunks(self, digits: str, sizes: list[int], style: str, sp: H.Speaker) -> list[tuple[str, str]]:
        out, i = [], 0
        for size in sizes:
            g = digits[i:i + size]
            i += size
            if g:
                out.append((g, self.say_group(g, style, sp)))
        if i < len(digits):
            out.append((digits[i:], self.say_group(digits[i:], style, sp)))
        return out

    def letter(self, ch: str, mode: str) -> str:
        r = self.rng
        if self.it:
            if (mode == "come" or (mode == "mixed" and r.random() < 0.5)) and ch in P_IT_CITY:
                return f"{IT_LETTERS[ch]} come {P_IT_CITY[ch]}"
            return IT_LETTERS[ch]
        m = mode if mode != "mixed" else r.choice(["bare", "bare", "nato", "for"])
        if m == "nato":
            return NATO[ch]
        if m == "for":
            return f"{ch} for {P_EN_WORD[ch]}"
        if m == "asin":
            return f"{ch} as in {P_EN_WORD[ch]}"
        return ch

    def spell_letters(self, text: str, mode: str) -> str:
        """Letters one by one; English bare letters say "double" for a repeated one."""
        parts, i = [], 0
        while i < len(text):
            ch = text[i]
            if not self.it and mode == "bare" and i + 1 < len(text) and text[i + 1] == ch:
                parts.append(f"double {ch}")
                i += 2
                continue
            parts.append(self.letter(ch, mode))
            i += 1
        sep = " " if mode in ("name", "bare") else ", "
        return sep.join(parts)

    def code_chunks(self, code: str, sizes: list[int], sp: H.Speaker, lmode: str, dstyle: str):
        out, i = [], 0
        for size in list(sizes) + [len(code)]:
            if i >= len(code):
                break
            g = code[i:i + size]
            i += size
            parts = []
            for run in re.findall(r"[A-Z]+|[0-9]+", g):
                if run.isalpha():
                    parts.append(", ".join(self.letter(ch, lmode) for ch in run) if lmode not in ("name", "bare")
                                 else " ".join(self.letter(ch, lmode) for ch in run))
                else:
                    parts.append(self.say_group(run, dstyle, sp))
            out.append((g, ", ".join(parts)))
        return out

    # ------------------------------------------------------------------ values

    def phone_value(self) -> str:
        r = self.rng
        if self.it:
            if r.random() < 0.8:
                v = r.choice(P_IT_MOBILE) + "".join(r.choice(string.digits) for _ in range(7))
            else:
                a = r.choice(P_IT_AREAS)
                v = a + r.choice("2345789") + "".join(r.choice(string.digits) for _ in range(9 - len(a)))
        else:
            if r.random() < 0.75:
                v = "07" + r.choice("45789") + "".join(r.choice(string.digits) for _ in range(8))
            else:
                v = "01" + "".join(r.choice(string.digits) for _ in range(9))
        if r.random() < 0.7:        # a repeated run, so "double" / "triple" comes up
            k = r.randint(4, len(v) - 3)
            run = r.choice([2, 2, 3])
            d = r.choice(string.digits)
            v = v[:k] + d * run + v[k + run:]
        return v

    def phone_sizes(self, v: str) -> list[list[int]]:
        if self.it:
            if v.startswith("0"):
                a = len(next(x for x in P_IT_AREAS if v.startswith(x)))
                rest = len(v) - a
                return [[a, rest // 2, rest - rest // 2], [a, 3, rest - 3], [a, 2, 2, rest - 4]]
            return [[3, 3, 4], [3, 3, 2, 2], [3, 2, 2, 3], [3, 4, 3], [3, 7]]
        return [[5, 6], [5, 3, 3], [4, 3, 4], [3, 4, 4]]

    def phone_chunks(self, v: str, sp: H.Speaker, avoid=None):
        options = self.phone_sizes(v)
        if avoid:
            options = [s for s in options if s != avoid[0]] or options
        sizes = self.rng.choice(options)
        style = self.cust_digits if sp is self.cust_sp else self.rng.choice(["single", "pairs", "mixed"])
        if avoid and style == avoid[1]:
            style = "single" if style != "single" else "pairs"
        self.sig = (sizes, style)
        return self.digit_chunks(v, sizes, style, sp)

    def card_value(self) -> str:
        r = self.rng
        kind = r.choice(["visa", "visa", "mc", "amex"])
        self.brand = {"visa": "Visa", "mc": "Mastercard", "amex": "American Express"}[kind]
        if kind == "amex":
            return luhn_complete(r.choice(["34", "37"]), 15, r)
        return luhn_complete("4" if kind == "visa" else str(r.randint(51, 55)), 16, r)

    def card_chunks(self, v: str, sp: H.Speaker, avoid=None):
        options = [[4, 6, 5], [4, 3, 3, 5]] if len(v) == 15 else [[4, 4, 4, 4], [4, 4, 4, 4], [2] * 8, [4, 4, 8]]
        if avoid:
            options = [s for s in options if s != avoid[0]] or options
        sizes = self.rng.choice(options)
        style = self.cust_digits if sp is self.cust_sp else self.rng.choice(["single", "pairs"])
        if avoid and style == avoid[1]:
            style = "single" if style != "single" else "pairs"
        self.sig = (sizes, style)
        return self.digit_chunks(v, sizes, style, sp)

    def iban_value(self) -> str:
        r = self.rng
        if self.it or r.random() < 0.25:
            bban = r.choice(string.ascii_uppercase) + "".join(r.choice(string.digits) for _ in range(22))
            return iban("IT", bban)
        return iban("GB", r.choice(P_GB_BANKS) + "".join(r.choice(string.digits) for _ in range(14)))

    def iban_chunks(self, v: str, sp: H.Speaker, avoid=None):
        if v.startswith("IT"):
            options = [[4] * 7, [4, 1, 5, 5, 4, 4, 4], [2, 2, 1, 5, 5, 6, 6], [4, 1, 5, 5, 3, 3, 3, 3]]
        else:
            options = [[4] * 6, [2, 2, 4, 2, 2, 2, 4, 4], [4, 4, 6, 8]]
        if avoid:
            options = [s for s in options if s != avoid[0]] or options
        sizes = self.rng.choice(options)
        lmode = self.cust_letters if sp is self.cust_sp else self.agent_letters
        style = self.cust_digits if sp is self.cust_sp else self.rng.choice(["single", "pairs"])
        if avoid and style == avoid[1]:
            style = "single" if style != "single" else "pairs"
        self.sig = (sizes, style)
        return self.code_chunks(v, sizes, sp, lmode, style)

    def fiscal_value(self) -> str:
        town = self.rng.choice(P_IT_TOWNS)[2]
        return fiscal_code(self.first, self.last, self.born, self.female, town)

    def fiscal_chunks(self, v: str, sp: H.Speaker, avoid=None):
        options = [[3, 3, 2, 1, 2, 4, 1], [6, 5, 5], [4, 4, 4, 4], [3, 3, 5, 4, 1]]
        if avoid:
            options = [s for s in options if s != avoid[0]] or options
        sizes = self.rng.choice(options)
        lmode = self.cust_letters if sp is self.cust_sp else self.agent_letters
        style = self.rng.choice(["whole", "single"])
        self.sig = (sizes, style)
        return self.code_chunks(v, sizes, sp, lmode, style)

    def code_value(self, kind: str) -> tuple[str, list[list[int]]]:
        r = self.rng
        digits = lambda k: r.choice("123456789") + "".join(r.choice(string.digits) for _ in range(k - 1))  # noqa: E731
        shape = r.choice(["digits", "letters", "year"])
        if kind == "ORDER":
            if shape == "digits":
                return digits(9), [[3, 3, 3], [4, 5], [2, 3, 4]]
            if shape == "letters":
                return r.choice(["KR", "ZB", "PD", "MV"]) + digits(7), [[2, 3, 4], [2, 4, 3], [2, 7]]
            return str(r.choice([2024, 2025])) + digits(5), [[4, 5], [4, 2, 3]]
        if kind == "INVOICE":
            if shape == "digits":
                return digits(10), [[3, 3, 4], [2, 2, 2, 2, 2], [5, 5]]
            if shape == "letters":
                return r.choice(["FE", "VR", "BL"]) + digits(8), [[2, 4, 4], [2, 2, 3, 3]]
            return str(r.choice([2024, 2025])) + digits(6), [[4, 3, 3], [4, 6]]
        if shape == "digits":
            return digits(8), [[4, 4], [2, 3, 3]]
        if shape == "letters":
            return r.choice(["TK", "SR", "GN", "INC"]) + digits(7), [[3, 4, 3], [2, 3, 4], [3, 7]]
        return str(r.choice([2024, 2025])) + digits(4), [[4, 4], [4, 2, 2]]

    def code_chunks_for(self, kind: str, v: str, sp: H.Speaker, avoid=None):
        options = self.vals[kind + "_sizes"]
        if avoid:
            options = [s for s in options if s != avoid[0]] or options
        sizes = self.rng.choice(options)
        lmode = self.cust_letters if sp is self.cust_sp else self.agent_letters
        style = self.cust_digits if sp is self.cust_sp else self.rng.choice(["single", "pairs"])
        if avoid and style == avoid[1]:
            style = "single" if style != "single" else "pairs"
        self.sig = (sizes, style)
        return self.code_chunks(v, sizes, sp, lmode, style)

    def email_value(self) -> str:
        """An e-mail; its local part is kept as (kind, text) parts so it is said part by part."""
        r = self.rng
        first, last = fold(self.first), fold(self.last)
        yy = f"{self.born.year % 100:02d}"
        W, L, S, D = "word", "letter", "sep", "num"
        parts = r.choice([
            [(W, first), (S, "."), (W, last)],
            [(L, first[0]), (S, "."), (W, last), (D, yy)],
            [(W, first), (S, "_"), (W, last)],
            [(W, last), (L, first[0]), (D, str(r.randint(1, 99)))],
            [(W, first), (S, "."), (W, last), (D, str(self.born.year))],
            [(W, first), (S, "_"), (W, last), (D, str(r.randint(10, 99)))],
            [(W, last), (S, "."), (W, first)],
            [(W, first), (S, "-"), (W, last)],
        ])
        if r.random() < 0.25:
            host = r.choice(P_IT_FIRM if self.it else P_EN_FIRM).format(last=last)
        else:
            host = r.choice(P_IT_MAIL if self.it else P_EN_MAIL)
        self.vals["EMAIL_parts"] = parts
        return "".join(t for _, t in parts) + "@" + host

    def spoken_host_label(self, lab: str) -> str:
        it = self.it
        if "-" in lab:
            a, b = lab.split("-", 1)
            return f"{a} {'trattino' if it else self.rng.choice(['dash', 'hyphen'])} {b}"
        if lab in P_HOST_SPOKEN:
            return P_HOST_SPOKEN[lab][1] if (it and lab == "gmx") else P_HOST_SPOKEN[lab][0]
        for pre in ("studio",):
            if lab.startswith(pre) and len(lab) > len(pre):
                return f"{pre} {lab[len(pre):]}"
        for suf in ("builders",):
            if lab.endswith(suf) and len(lab) > len(suf):
                return f"{lab[:-len(suf)]} {suf}"
        return lab

    def email_chunks(self, v: str, sp: H.Speaker, who: str = "customer"):
        r, it = self.rng, self.it
        english = self.mail_english and who == "customer"
        dot = "dot" if (not it or english) else "punto"
        at = "at" if (not it or english) else "chiocciola"
        domain = v.split("@")[1]
        spell_all = who == "customer" and r.random() < 0.2
        chunks = []
        for kind, tok in self.vals["EMAIL_parts"]:
            if kind == "num":
                if len(tok) == 4 and r.random() < 0.6:
                    s = it_words(int(tok)) if it else en_year(int(tok))
                elif len(tok) <= 2 and tok[0] != "0":
                    s = it_words(int(tok)) if it else en_words(int(tok))
                else:
                    s = sp.one_by_one(tok)
            elif kind == "sep":
                s = {".": dot, "_": r.choice(["trattino basso", "underscore"]) if it else "underscore",
                     "-": "trattino" if it else r.choice(["dash", "hyphen"])}[tok]
            elif kind == "letter" or spell_all:
                if it:
                    s = " ".join(IT_LETTERS[ch.upper()] for ch in tok)
                else:
                    s = self.spell_letters(tok.upper(), "bare")
            else:
                s = tok
            chunks.append((tok, s))
        chunks.append(("@", at))
        host = []
        for k, lab in enumerate(domain.split(".")):
            if k:
                host.append(dot)
            host.append(self.spoken_host_label(lab))
        chunks.append((domain, " ".join(host)))
        return chunks

    def dob_spoken(self, d: dt.date) -> str:
        r = self.rng
        if self.it:
            day = "primo" if d.day == 1 else it_words(d.day)
            mon = IT_MONTHS[d.month - 1]
            forms = [f"{day} {mon} {it_words(d.year)}", f"{it_words(d.day)}, {self.cust_sp.whole(f'{d.month:02d}')}, "
                     f"{it_words(d.year)}"]
            if d.year < 2000:
                forms.append(f"{day} {mon} del {it_words(d.year % 100)}")
            return r.choice(forms)
        mon = EN_MONTHS[d.month - 1]
        yy = en_words(d.year % 100) if d.year % 100 >= 10 else "oh " + en_words(d.year % 100)
        forms = [f"the {en_ordinal(d.day)} of {mon}, {en_year(d.year)}", f"{mon} the {en_ordinal(d.day)}, {yy}",
                 f"{en_ordinal(d.day)} {mon} {en_year(d.year)}",
                 f"{self.cust_sp.one_by_one(f'{d.day:02d}')}, {self.cust_sp.one_by_one(f'{d.month:02d}')}, "
                 f"{en_year(d.year)}"]
        return r.choice(forms)

    # ------------------------------------------------------------------ addresses

    def make_address(self):
        r = self.rng
        a: dict = {}
        if self.it:
            a["type"], a["name"] = r.choice(P_IT_STREETS)
            a["town"], a["cap"], _ = r.choice(P_IT_TOWNS)
            a["civic"] = r.randint(2, 160)
            a["barra"] = r.choice("ABC") if r.random() < 0.2 else None
            a["interno"] = r.randint(2, 18) if r.random() < 0.25 else None
            self.add_private(f"{a['name']} {a['town']}")
        else:
            a["town"], a["district"], a["county"] = r.choice(P_UK_TOWNS)
            a["pc"] = f"{a['district']} {r.randint(1, 9)}{r.choice(P_UK_INWARD)}{r.choice(P_UK_INWARD)}"
            a["street"] = r.choice(P_UK_STREETS)
            kind = r.choice(["num", "num", "flat", "house"])
            a["house"] = r.choice(P_UK_HOUSES) if kind == "house" else None
            a["num"] = None if kind == "house" else r.randint(2, 160)
            a["flat"] = r.randint(1, 14) if kind == "flat" else None
            self.add_private(f"{a['street']} {a['town']} {a['county']} {a['house'] or ''}")
        self.addr = a

    def it_civic(self, a) -> str:
        return it_words(a["civic"]) + (f" barra {IT_LETTERS[a['barra']]}" if a["barra"] else "")

    def address_piece(self, sp: H.Speaker, canonical: bool = False):
        """The address as one span, in one of several orders; `canonical` for the agent's read-back."""
        a, r = self.addr, self.rng
        if self.it:
            street = f"{a['type']} {a['name']}"
            civ_v = f"{a['civic']}" + (f"/{a['barra']}" if a["barra"] else "")
            cap_s = self.say_group(a["cap"], r.choice(["single", "single", "pairs"]), sp)
            with_cap = canonical or r.random() < 0.7
            interno_s = f", interno {it_words(a['interno'])}" if a["interno"] else ""
            interno_v = f", interno {a['interno']}" if a["interno"] else ""
            v = f"{street} {civ_v}{interno_v}, " + (f"{a['cap']} {a['town']}" if with_cap else a["town"])
            civ = self.it_civic(a)
            if canonical:
                return ("ADDRESS", v, f"{street} {civ}{interno_s}, {cap_s}, {a['town']}"), ""
            form = r.choice(["civic_first", "civic_first", "standard", "town_first", "cap_after"])
            if form == "civic_first":
                s = f"{civ} di {street}{interno_s}, " + (f"{a['town']}, cap {cap_s}" if with_cap else a["town"])
                return ("ADDRESS", v, s), "al"
            if form == "town_first":
                s = f"{a['town']}, {street}, numero {civ}{interno_s}" + (f", cap {cap_s}" if with_cap else "")
                return ("ADDRESS", v, s), "a"
            if form == "cap_after":
                s = f"{street} {civ}{interno_s}, {a['town']}" + (f", il cap è {cap_s}" if with_cap else "")
                return ("ADDRESS", v, s), "in"
            s = f"{street} {civ}{interno_s}, " + (f"{cap_s} {a['town']}" if with_cap else a["town"])
            return ("ADDRESS", v, s), "in"
        # the UK
        out, inward = a["pc"].split()
        letters = " ".join(ch for ch in out if ch.isalpha())
        dnum = "".join(ch for ch in out if ch.isdigit())
        dnum_s = en_words(int(dnum)) if (len(dnum) == 1 or r.random() < 0.6) else sp.one_by_one(dnum)
        pc_s = f"{letters} {dnum_s}, {en_words(int(inward[0]))} {inward[1]} {inward[2]}"
        with_county = not canonical and r.random() < 0.4
        with_pc = canonical or not with_county or r.random() < 0.6
        num_s = ""
        if a["num"]:
            num_s = en_words(a["num"], uk=False) if a["num"] < 100 or r.random() < 0.5 else sp.pairs(str(a["num"]))
        v = (f"Flat {a['flat']}, " if a["flat"] else "") + (f"{a['house']}, " if a["house"] else "") + \
            (f"{a['num']} " if a["num"] else "") + f"{a['street']}, {a['town']}" + \
            (f", {a['county']}" if with_county else "") + (f" {a['pc']}" if with_pc else "")
        county = f", {a['county']}" if with_county else ""
        pc = f", {pc_s}" if with_pc else ""
        if a["house"]:
            if not canonical and with_pc and r.random() < 0.4:
                s = f"{pc_s}, and it's {a['house']} on {a['street']}, {a['town']}{county}"
            else:
                s = f"{a['house']}, {a['street']}, {a['town']}{county}{pc}"
        elif a["flat"]:
            if not canonical and r.random() < 0.5:
                s = f"{num_s} {a['street']}, flat {en_words(a['flat'])}, {a['town']}{county}{pc}"
            else:
                s = f"flat {en_words(a['flat'])}, {num_s} {a['street']}, {a['town']}{county}{pc}"
        else:
            s = f"{num_s} {a['street']}, {a['town']}{county}{pc}"
        return ("ADDRESS", v, s), ""

    # ------------------------------------------------------------------ values by kind

    def value_of(self, kind: str) -> str:
        if kind in self.vals:
            return self.vals[kind]
        if kind == "PHONE":
            v = self.phone_value()
        elif kind == "CARD":
            v = self.card_value()
        elif kind == "IBAN":
            v = self.iban_value()
        elif kind == "FISCAL":
            v = self.fiscal_value()
        elif kind == "EMAIL":
            v = self.email_value()
        elif kind in ("ORDER", "INVOICE", "TICKET"):
            v, sizes = self.code_value(kind)
            self.vals[kind + "_sizes"] = sizes
        else:
            raise KeyError(kind)
        self.vals[kind] = v
        return v

    def chunks(self, kind: str, sp: H.Speaker, who: str = "customer", avoid=None):
        v = self.value_of(kind)
        if kind == "PHONE":
            return self.phone_chunks(v, sp, avoid)
        if kind == "CARD":
            return self.card_chunks(v, sp, avoid)
        if kind == "IBAN":
            return self.iban_chunks(v, sp, avoid)
        if kind == "FISCAL":
            return self.fiscal_chunks(v, sp, avoid)
        if kind == "EMAIL":
            self.sig = None
            return self.email_chunks(v, sp, who)
        return self.code_chunks_for(kind, v, sp, avoid)

    def joined(self, kind: str, chunks) -> str:
        return (" " if kind == "EMAIL" else ", ").join(s for _, s in chunks)

    def piece(self, kind: str, sp: H.Speaker | None = None, who: str = "customer", avoid=None):
        sp = sp or self.cust_sp
        ch = self.chunks(kind, sp, who, avoid)
        if who == "customer":
            self.sigs[kind] = self.sig
        return (LABEL[kind], self.value_of(kind), self.joined(kind, ch)), ch

    # ------------------------------------------------------------------ dialogue: questions and answers

    def question(self, kind: str) -> str:
        it, g = self.it, self.g
        Q = {
            "PHONE": (["Mi lascia un numero a cui richiamarla?", "Qual è il cellulare dove la trovo più facilmente?",
                       "Un recapito telefonico, per favore?", "Se la chiamata si interrompe, su che numero la cerco?"],
                      ["What's the best number to reach you on?", "Can I take a mobile number, please?",
                       "If we get cut off, where do I ring you?", "Have you got a contact number for me?"]),
            "EMAIL": (["Mi detta un indirizzo e-mail?", "A quale casella le mando il riepilogo?",
                       "Ha una mail dove inviarle il contratto?"],
                      ["Can I get an email address?", "Where shall I send the summary?",
                       "What email should the paperwork go to?"]),
            "FISCAL": (["Per la pratica mi serve il codice fiscale.", "Mi legge il suo codice fiscale, per cortesia?",
                        "Mi servirebbe il codice fiscale dell'intestatario."],
                       ["Do you have an Italian tax code, a codice fiscale? I'll need it for the account.",
                        "Could you read me your Italian tax code?"]),
            "IBAN": (["Su quale conto vuole l'addebito? Mi serve l'IBAN.", "Mi dà l'IBAN per il rimborso?",
                      "Per la domiciliazione mi detta le coordinate IBAN?"],
                     ["Which account should the refund go back to? I'll need the IBAN.",
                      "Could you give me the IBAN for the direct debit?"]),
            "CARD": (["Procediamo con la carta: mi dice il numero?", "Mi legge il numero della carta, per favore?",
                      "Per il pagamento mi serve il numero lungo della carta."],
                     ["Shall we do that on a card? What's the long number?", "Can I take the card number, please?",
                      "Just the long number across the front of the card, please."]),
            "DOB": (["Per la verifica, mi dice la data di nascita?", g("Quando è nato, per la verifica?",
                                                                        "Quando è nata, per la verifica?")],
                    ["For security, can I take your date of birth?", "And your date of birth, please?"]),
            "ADDRESS": ({CC: ["Dove dobbiamo consegnare?", "Mi conferma l'indirizzo di consegna?"],
                         SA: ["Dove andrebbe attivata la fornitura?", "Mi dà l'indirizzo dell'immobile?"],
                         BI: ["Qual è l'indirizzo di fatturazione?", "A che indirizzo mandiamo le bollette?"],
                         TS: ["A che indirizzo è installata la linea?", "Dove deve venire il tecnico?"]}[self.purpose],
                        {CC: ["Where should it be delivered?", "Can you confirm the delivery address?"],
                         SA: ["What's the address of the property?", "Where would the service go in?"],
                         BI: ["What's the billing address?", "Where do the bills go?"],
                         TS: ["What's the address where the line is?", "Where should the engineer go?"]}[self.purpose]),
            "HEALTH": (["C'è qualche esigenza particolare di cui dobbiamo tenere conto?",
                        "Le serve un'assistenza particolare?"],
                       ["Is there anything we should know to help you?", "Any particular needs I should note?"]),
            "ORDER": (["Ha il numero d'ordine?", "Mi dice il codice dell'ordine?"],
                      ["Have you got the order number?", "What's the order reference?"]),
            "INVOICE": (["Mi legge il numero della fattura?", "Qual è il numero della bolletta?"],
                        ["Can you read me the invoice number?", "What's the number on the bill?"]),
            "TICKET": (["Ha il numero della segnalazione?", "Mi dà il codice del ticket?"],
                       ["Have you got the ticket number?", "What's the fault reference?"]),
        }[kind]
        return self.c(*Q[0 if it else 1])

    def lead(self, kind: str) -> str:
        if kind == "CARD":
            b = getattr(self, "brand", "Visa")
            art = "un'" if b.startswith("A") else "una "
            return self.p([f"è {art}{b}:", "allora,", "sì, eccolo:"],
                          [f"it's {'an' if b.startswith('A') else 'a'} {b},", "okay, it's", "right, ready?"])
        if kind == "EMAIL":
            return self.p(["allora,", "sì, è", "scriva:"], ["it's", "sure, it's", "okay,"])
        return self.p(["sì, allora:", "certo, è", "eccolo:", "dunque,", "glielo leggo:"],
                      ["yeah, it's", "sure, it's", "right, it's", "okay, ready?", "got it here:"])

    def interrupt(self) -> str:
        return self.p(["Scusi, la linea è saltata un attimo, può ripartire dall'inizio?",
                       "Mi perdoni, non ho sentito bene: me lo ripete tutto da capo?",
                       "Aspetti, la sento a tratti. Ricominciamo dall'inizio?",
                       "Un attimo, mi si è bloccato lo schermo; me lo ridetta dall'inizio?"],
                      ["Sorry, you broke up there. Could you go from the top?",
                       "Sorry, I lost you for a sec, can you start again?",
                       "Apologies, the line crackled. From the beginning?",
                       "Hang on, I missed that. Could you give me all of it again?"])

    def again(self) -> str:
        return self.p(["Certo, ricomincio:", "Sì, da capo:", "Va bene, tutto quanto:", "Nessun problema, allora:"],
                      ["Sure, from the top:", "No problem, again:", "Okay, all of it:", "Right, starting again:"])

    def readback_lead(self) -> str:
        return self.p(["Rileggo:", "Le ripeto quello che ho scritto:", "Allora ho segnato", "Verifico:"],
                      ["Let me read it back:", "So I've got", "Just to check, that's", "Reading it back:"])

    def readback_tail(self) -> str:
        return self.p(["è giusto?", "corretto?", "torna?"], ["is that right?", "correct?", "have I got that right?"])

    def confirm(self) -> str:
        return self.p(["Sì, perfetto.", "Esatto, è quello.", "Giusto.", "Sì sì, corretto."],
                      ["Spot on.", "Yep, that's it.", "That's right.", "Yes, perfect."])

    def tail_for(self, kind: str) -> str:
        if kind == "EMAIL":
            return self.p(["tutto minuscolo.", "tutto attaccato.", ""], ["all lower case.", "no capitals.", ""])
        return ""

    def dictate(self, kind: str, lead: str | None = None, restart: bool | None = None,
                readback: bool | None = None, tail: str = ""):
        """The caller dictates a value (maybe broken off and started again); the agent may read it back."""
        r = self.rng
        full, ch = self.piece(kind)
        sig = self.sig
        if restart is None:
            restart = (kind in DICTATED and r.random() < 0.33) or (kind == "EMAIL" and r.random() < 0.15)
        if readback is None:
            readback = (kind in DICTATED or kind == "EMAIL") and r.random() < 0.5
        lead = self.lead(kind) if lead is None else lead
        if restart and len(ch) >= 2:
            if kind == "EMAIL":
                local = [x for x in ch if x[0] != "@"][:-1]
                k = r.randint(1, max(1, len(local) - 1))
                part = local[:k]
            else:
                k = r.randint(1, max(1, min(2, len(ch) - 1)))
                part = ch[:k]
            pv = "".join(v for v, _ in part)
            partial = (LABEL[kind], pv, self.joined(kind, part))
            self.partial_ids.add(id(partial))
            self.say("customer", lead, partial)
            self.say("agent", self.interrupt())
            self.say("customer", self.again(), full, tail or self.tail_for(kind))
        else:
            self.say("customer", lead, full, tail or self.tail_for(kind))
        if readback:
            self.read_back(kind, sig)
        return full

    def read_back(self, kind: str, sig=None, lead: str | None = None):
        if kind == "ADDRESS":
            back, _ = self.address_piece(self.agent_sp, canonical=True)
        else:
            back, _ = self.piece(kind, self.agent_sp, who="agent", avoid=sig)
        self.say("agent", lead or self.readback_lead(), back, self.readback_tail())
        self.say("customer", self.confirm())

    # ------------------------------------------------------------------ steps

    def step(self, kind: str):
        r, it = self.rng, self.it
        if kind == "HEALTH":
            self.step_health()
            return
        if kind == "DOB":
            self.step_dob()
            return
        if kind == "ADDRESS":
            self.step_address()
            return
        if kind == "THIRD":
            self.step_third()
            return
        if kind in ("PHONE", "EMAIL") and r.random() < 0.3 and self.turns[-1][0] == "agent":
            # volunteered, unasked
            self.say("agent", self.p(["C'è altro?", "Altro che posso annotare?"],
                                     ["Anything else before I carry on?", "Is there anything else?"]))
            lead = {"PHONE": self.p(["Sì, le lascio anche il cellulare, così mi avvisate:",
                                     "Ah, segni anche il mio numero:"],
                                    ["Take my mobile as well, in case:", "Yeah, jot down my number too:"]),
                    "EMAIL": self.p(["Sì, le do anche la mail, così mi arriva la conferma:",
                                     "Ah, e la mail, se serve:"],
                                    ["And my email, for the confirmation:", "Yes, let me give you my email:"])}[kind]
            self.dictate(kind, lead=lead)
            return
        if kind == "FISCAL" and not it:
            self.say("agent", self.question(kind))
            self.dictate(kind, lead="Yes, I lived in Italy for years. Here it is:")
            return
        self.say("agent", self.question(kind))
        if kind in DICTATED and r.random() < 0.12:
            self.say("customer", self.p(["Aspetti che lo cerco.", "Un attimo, ce l'ho nel portafoglio."],
                                        ["Hang on, let me find it.", "Bear with me, it's in my bag."]))
            self.say("agent", self.p(["Faccia con calma.", "Nessun problema."], ["No rush.", "Take your time."]))
        self.dictate(kind)
        if r.random() < 0.4:
            self.say("agent", self.ok())

    def step_health(self, bank: str = "need", ask: bool = True):
        h = P_IT_HEALTH if self.it else P_EN_HEALTH
        options = h[bank]
        if not self.female:
            options = [x for x in options if x[1] not in ("incinta", "pregnant")]
        pre, cond, post = self.c(*options)
        if ask:
            self.say("agent", self.question("HEALTH"))
            lead = self.p(["Sì, guardi,", "Beh, le dico:", "In effetti sì:"], ["Well, yes,", "Actually, yes:", "Yeah,"])
        else:
            lead = ""
        self.say("customer", lead, self.o(pre), ("HEALTH", cond, cond), self.end(self.o(post)))
        self.say("agent", self.p(["Capisco, ne terremo conto.", "Grazie per avermelo detto, lo annoto nelle note."],
                                 ["Thanks for telling me, I'll make a note.", "Understood, we'll bear that in mind."]))

    def step_dob(self):
        r = self.rng
        self.say("agent", self.question("DOB"))
        dob = ("DATE_OF_BIRTH", self.born.isoformat(), self.dob_spoken(self.born))
        if r.random() < 0.35 and not getattr(self, "dated", False):
            # a real date of birth next to a date that is not one
            if self.it:
                self.say("customer", self.g("Sono nato il", "Sono nata il"), dob,
                         "; invece il contratto è partito il", self.date_n("dmy"), ", se le serve.")
            else:
                self.say("customer", "It's", dob, ". The contract started on", self.date_n("dmy"),
                         ", if that helps.")
            self.dated = True
        else:
            if "," in dob[2]:          # said as numbers
                lead = self.p(["allora,", "è"], ["it's", "yeah,"])
            else:
                lead = self.p(["il", self.g("sono nato il", "sono nata il")], ["it's", "I was born on", "yeah,"])
            self.say("customer", lead, dob)
        if r.random() < 0.4:
            self.say("agent", self.ok())

    def step_address(self):
        r = self.rng
        self.say("agent", self.question("ADDRESS"))
        piece, prep = self.address_piece(self.cust_sp)
        if self.it:
            lead = {"al": self.c("abito al", "sto al", "siamo al"), "a": self.c("allora, sono a", "abito a"),
                    "in": self.c("sto in", "abito in", "allora,")}[prep]
        else:
            lead = self.c("it's", "I'm at", "we're at", "yeah, it's")
        self.say("customer", lead, piece)
        if r.random() < 0.45:
            self.read_back("ADDRESS")
        elif r.random() < 0.5:
            self.say("agent", self.ok())

    def step_third(self):
        r = self.rng
        rel, fem, same = self.c(*(P_IT_THIRD if self.it else P_EN_THIRD))
        first = r.choice(P_THIRD_NAMES[(self.lang, fem)])
        last = self.last if same else r.choice([x for x in (P_IT_LAST if self.it else P_EN_LAST) if x != self.last])
        name = f"{first} {last}"
        self.add_private(name)
        saved = self.vals.pop("PHONE", None)
        self.vals.pop("PHONE_sizes", None)
        self.say("agent", self.p(["Se lei non è in casa, c'è qualcuno che può ricevere?",
                                  "C'è un altro contatto a cui possiamo rivolgerci?"],
                                 ["If you're out, is there someone else we can contact?",
                                  "Is there anyone else we could call on the day?"]))
        self.say("customer", self.p([f"Sì, {rel},", f"Può chiamare {rel},"], [f"Yes, {rel},", f"You can ring {rel},"]),
                 ("PERSON", name, name), self.p([". Il suo numero è", ", al"], [". Her number's" if fem else
                                                                                 ". His number's", ", on"]))
        self.dictate("PHONE", lead="", restart=False, readback=self.rng.random() < 0.3)
        self.vals["THIRD_PHONE"] = self.vals.pop("PHONE")
        if saved:
            self.vals["PHONE"] = saved

    # ------------------------------------------------------------------ small talk (harmless numbers)

    def small_talk(self):
        r, N, it = self.rng, self.N, self.it
        pools = {
            TS: ([
                [("agent", ["Mi descrive le spie del modem?"]),
                 ("customer", ["Quella della fibra lampeggia rossa, le altre", N(3), "sono verdi fisse."])],
                [("agent", ["Ha provato a riavviarlo?"]),
                 ("customer", ["L'ho staccato e riattaccato", N(4), "volte stamattina, ma dopo", N(10),
                               "minuti cade di nuovo."])],
                [("agent", ["Che velocità le segna il test?"]),
                 ("customer", ["Vado a", N(7), "mega in download, e pago per", N(200), "."])],
                [("agent", ["Quanti dispositivi sono collegati?"]),
                 ("customer", ["Direi", N(9), "tra telefoni e televisori; in casa siamo in", N(5), "."])],
                [("agent", ["Mi legge il modello del modem? È sull'etichetta sotto."]),
                 ("customer", ["C'è scritto serie", N(7590), ", versione", N("2.4", "due punto quattro"), "."])],
                [("agent", ["Da quanto è in attesa, mi scusi?"]),
                 ("customer", ["Quasi", N(25), "minuti, ormai so a memoria la musichetta."])],
            ], [
                [("agent", ["Which lights can you see on the router?"]),
                 ("customer", ["The broadband light's flashing orange and the other", N(3), "are solid green."])],
                [("agent", ["Have you tried restarting it?"]),
                 ("customer", ["I've turned it off and on", N(4), "times today, and it drops again after",
                               N(10), "minutes."])],
                [("agent", ["What does the speed test say?"]),
                 ("customer", ["I'm getting", N(6), "megabits, and I pay for", N(67), "."])],
                [("agent", ["How many devices are on the wifi?"]),
                 ("customer", ["About", N(11), ", there's", N(5), "of us in the house."])],
                [("agent", ["Can you read me the model on the label underneath?"]),
                 ("customer", ["It says Smart Hub", N(6), ", firmware", N("4.2", "four point two"), "."])],
                [("agent", ["Sorry about the wait, by the way."]),
                 ("customer", ["I was on hold", N(40), "minutes, I had a cup of tea in the meantime."])],
            ]),
            CC: ([
                [("agent", ["Il pacco risulta in consegna entro le", self.clock(18), "."]),
                 ("customer", ["Speriamo, lo aspetto da", N(9), "giorni."])],
                [("agent", ["Se preferisce, il nostro punto ritiro è al", N(2, "secondo"),
                            "piano del centro commerciale, aperto fino alle", self.clock(21), "."]),
                 ("customer", ["Ah, comodo, ci passo dopo il lavoro."])],
                [("agent", ["Il reso è gratuito entro", N(30), "giorni."]),
                 ("customer", ["Meno male."])],
                [("agent", ["Quanti articoli c'erano nell'ordine?"]),
                 ("customer", [N(4), "articoli, ma nel pacco ne ho trovati", N(3), "."])],
                [("agent", ["Il pacco era pesante?"]),
                 ("customer", ["Erano", N(12), "chili, il corriere si è pure lamentato."])],
            ], [
                [("agent", ["It's showing out for delivery before", N(6), "this evening."]),
                 ("customer", ["Fingers crossed, I've been waiting", N(9), "days."])],
                [("agent", ["Our collection point is on the", N(3, "third"), "floor of the shopping centre, open till",
                            N(8), "."]),
                 ("customer", ["That's handy, I can pop in after work."])],
                [("agent", ["Returns are free within", N(28), "days."]),
                 ("customer", ["Good to know."])],
                [("agent", ["How many items were on the order?"]),
                 ("customer", [N(4, "Four"), "items, and only", N(3), "turned up."])],
                [("agent", ["Was it a heavy parcel?"]),
                 ("customer", ["About", N(12), "kilos, the driver wasn't impressed."])],
            ]),
            SA: ([
                [("agent", ["L'offerta costa", self.price(24, 90), "al mese, bloccata per", N(24), "mesi."]),
                 ("customer", ["E l'attivazione?"]),
                 ("agent", ["Con la promozione ha lo sconto del", self.pct(50), "sull'attivazione."])],
                [("agent", ["Include", N(150), "giga e minuti illimitati."]),
                 ("customer", ["A me ne bastano", N(30), ", ma va bene."])],
                [("agent", ["Quanto paga adesso con l'altro gestore?"]),
                 ("customer", ["Intorno ai", N(38), "euro, troppo."])],
                [("agent", ["La fibra arriva fino a", N(1000, "mille"), "mega in download."]),
                 ("customer", ["Addirittura. Noi siamo in", N(4), "e lavoriamo tutti da casa."])],
            ], [
                [("agent", ["The deal's", self.price(22, 50), "a month, fixed for", N(18), "months."]),
                 ("customer", ["And the setup fee?"]),
                 ("agent", ["There's", self.pct(50), "off the setup this week."])],
                [("agent", ["It comes with", N(100), "gigs of data and unlimited calls."]),
                 ("customer", ["I only use about", N(20), ", but fine."])],
                [("agent", ["What are you paying at the moment?"]),
                 ("customer", ["Around", N(45), "quid, it's daylight robbery."])],
                [("agent", ["Full fibre goes up to", N(900, "nine hundred"), "megabits."]),
                 ("customer", ["Blimey. There's", N(4), "of us working from home, so that'd help."])],
            ]),
            BI: ([
                [("agent", ["Vedo un importo di", self.price(84, 20), "."]),
                 ("customer", ["Appunto, di solito pago", N(42), "euro."])],
                [("agent", ["La prossima bolletta arriva intorno al", N(20), "del mese."]),
                 ("customer", ["Va bene."])],
                [("agent", ["Il rimborso arriva in", N(10), "giorni lavorativi."]),
                 ("customer", ["Perfetto."])],
                [("agent", ["Risultano", N(2), "rate scadute, ma senza more."]),
                 ("customer", ["Meglio così."])],
                [("agent", ["Il consumo stimato era di", N(320), "kilowattora, quello reale", N(180), "."]),
                 ("customer", ["Ecco, mi pareva."])],
            ], [
                [("agent", ["I can see a charge of", self.price(84, 20), "."]),
                 ("customer", ["Exactly, I normally pay about", N(42), "."])],
                [("agent", ["Your next bill will come around the", N(20, "twentieth"), "of the month."]),
                 ("customer", ["Okay."])],
                [("agent", ["Refunds take", N(10), "working days."]),
                 ("customer", ["That's fine."])],
                [("agent", ["There are", N(2), "missed payments, but no late fees."]),
                 ("customer", ["That's a relief."])],
                [("agent", ["The estimate was", N(320), "units, and your actual reading is", N(180), "."]),
                 ("customer", ["I knew it was off."])],
            ]),
        }
        pool = pools[self.purpose][0 if it else 1]
        free = [k for k in range(len(pool)) if k not in self.used_talk]
        if not free:
            return
        k = r.choice(free)
        self.used_talk.add(k)
        for speaker, pieces in pool[k]:
            self.say(speaker, *pieces)

    # ------------------------------------------------------------------ the call

    def opening(self, company: str, agent: str, notice: bool):
        ag = ("AGENT_NAME", agent, agent)
        if self.it:
            greet = self.c([f"{company}, buongiorno, sono", ag, "."], [f"Pronto, {company}, le parla", ag, "."],
                           [f"Buonasera e grazie di aver chiamato {company}, mi chiamo", ag, "."])
            note = self.c("La informo che questa telefonata viene registrata per la qualità del servizio.",
                          "Le ricordo che la conversazione è registrata e conservata nel rispetto della normativa privacy.",
                          "Per motivi di qualità registriamo questa chiamata.")
            ask = self.c("Come posso aiutarla?", "In cosa le posso essere utile?", "Mi dica.")
        else:
            greet = self.c([f"Good morning, {company}, you're through to", ag, "."],
                           [f"Hello, {company}, my name is", ag, "."],
                           ["Thanks for holding, you're speaking to", ag, f"at {company}."])
            note = self.c("Before we start, this call is recorded for quality and training.",
                          "Please be aware that we record our calls to check the service we give.",
                          "Calls to us are recorded, just so you know.")
            ask = self.c("How can I help?", "What can I do for you?", "What's the problem today?")
        self.say("agent", *greet, note if notice else "", ask)

    def name_piece(self):
        v = f"{self.first} {self.last}"
        return ("PERSON", v, v)

    def spelled_surname(self, mode: str | None = None):
        mode = mode or (self.c("name", "come", "mixed") if self.it else self.c("bare", "bare", "nato", "for", "asin"))
        return ("PERSON", self.last, self.spell_letters(self.last.upper(), mode))

    def reason(self, name_first: bool, early: list[str]):
        """The caller's reason for calling, with values put in unasked."""
        it, r = self.it, self.rng
        pieces: list = []
        if name_first:
            pieces += [self.p(["Buongiorno, sono", "Salve, mi chiamo", "Buonasera, sono"],
                              ["Hi, it's", "Hello, my name's", "Morning, this is"]), self.name_piece(), "."]
        else:
            pieces += [self.p(["Buongiorno.", "Salve.", "Buonasera."], ["Hi there.", "Hello.", "Morning."])]
        anchor = ANCHOR[self.purpose]
        if anchor and anchor not in early:
            pieces += [self.p({CC: ["Ho un problema con una consegna.", "Il mio pacco non è mai arrivato."],
                               BI: ["La bolletta non mi torna.", "Mi avete addebitato più del solito."],
                               TS: ["Internet non funziona da ieri.", "Il modem continua a spegnersi."]}[self.purpose],
                              {CC: ["I've got a problem with a delivery.", "My parcel never turned up."],
                               BI: ["My bill doesn't add up.", "You've taken more than usual this month."],
                               TS: ["My internet's been down since yesterday.", "The router keeps switching itself off."]}
                              [self.purpose])]
        for kind in early:
            if kind == anchor:
                full, _ = self.piece(kind)
                if self.purpose == CC:
                    pieces += self.c(["Chiamo per l'ordine", full, ", che doveva arrivare il", self.date_n("day"),
                                      "e non si è visto nessuno."],
                                     ["Il pacco dell'ordine", full, "è arrivato rovinato."]) if it else \
                        self.c(["I'm calling about order", full, ", it was due on", self.date_n("day"),
                                "and nothing's come."], ["The parcel for order", full, "turned up damaged."])
                elif self.purpose == BI:
                    self.dated = True
                    pieces += (["Chiamo per la fattura", full, "del", self.date_n("dm"), ", che mi sembra sbagliata."]
                               if it else ["I'm ringing about invoice", full, "dated", self.date_n("dm"),
                                           ", it looks wrong."])
                else:
                    pieces += self.c(["Ho aperto la segnalazione", full, "il", self.date_n("dm"),
                                      ", ma la linea è ancora ferma."],
                                     ["Vi chiamo per il ticket", full, ": internet va e viene."]) if it else \
                        self.c(["I'm calling about ticket", full, ", I opened it on", self.date_n("dm"),
                                "and the line's still down."], ["It's about fault", full, ", the internet keeps dropping."])
            elif kind == "PHONE":
                full, _ = self.piece(kind)
                if self.purpose == SA:
                    pieces += (["Ho visto la promozione a", self.price(29, 90), "e vorrei essere richiamat" +
                                self.g("o", "a") + ": il mio numero è", full, "."] if it else
                               ["I saw the offer at", self.price(29, 99), "and I'd like a call back on", full, "."])
                else:
                    pieces += self.c(["E già che ci sono le lascio il cellulare,", full, "."],
                                     ["Se cade la linea, mi richiami pure al", full, "."]) if it else \
                        self.c(["And while I think of it, you can get me back on", full, "."],
                               ["If we get cut off, my mobile's", full, "."])
            elif kind == "EMAIL":
                full, _ = self.piece(kind)
                pieces += (["Vorrei informazioni sulla fibra; intanto vi lascio la mail,", full, "."] if
                           it and self.purpose == SA else ["Se serve, la mail è", full, "."] if it else
                           ["I'd like to hear about full fibre; my email's", full, ", by the way."]
                           if self.purpose == SA else ["If it helps, my email's", full, "."])
            elif kind == "IBAN":
                full, _ = self.piece(kind)
                pieces += (["Vi do subito l'IBAN per il rimborso:", full, "."] if it else
                           ["Here's the IBAN for the refund, while I remember:", full, "."])
            elif kind == "HEALTH":
                bank = {CC: "reason_door", BI: "reason_bill", TS: "reason_line", SA: "reason_line"}[self.purpose]
                options = (P_IT_HEALTH if it else P_EN_HEALTH)[bank]
                if not self.female:
                    options = [x for x in options if x[1] not in ("incinta", "pregnant")]
                pre, cond, post = self.c(*options)
                if self.purpose == SA:
                    pieces += (["Cerco una linea affidabile:"] if it else ["I need a reliable line:"])
                pieces += [self.o(pre), ("HEALTH", cond, cond), self.end(self.o(post))]
        self.say("customer", *pieces)
        if r.random() < 0.3:
            if self.purpose == SA:
                self.say("agent", self.p(["Volentieri, le spiego tutto.", "Certo, vediamo insieme."],
                                         ["Happy to help with that.", "Lovely, let's have a look."]))
            else:
                self.say("agent", self.p(["Capisco, vediamo subito.", "Mi dispiace, sistemiamo."],
                                         ["Sorry to hear that, let's sort it out.", "Right, let's have a look."]))

    def ask_name(self):
        r = self.rng
        self.say("agent", self.p(["Mi dice nome e cognome?", "Con chi ho il piacere di parlare?",
                                  "A chi è intestato il contratto?"],
                                 ["Can I take your full name?", "Who am I speaking with?",
                                  "And whose name is the account in?"]))
        lead = self.p(["Sono", "Allora,", "È intestato a me,"], ["It's", "Yeah, it's", "That's me,"])
        if r.random() < 0.35:
            self.say("customer", lead, self.name_piece(), self.p([", il cognome si scrive", ", lo compito:"],
                                                                 [", that's", ", spelled"]), self.spelled_surname())
        else:
            self.say("customer", lead, self.name_piece())

    def spell_request(self):
        self.say("agent", self.p(["Me lo compita, il cognome?", "Mi fa lo spelling del cognome?"],
                                 ["Could you spell the surname for me?", "How do you spell the surname?"]))
        self.say("customer", self.p(["Certo:", "Sì,"], ["Sure,", "Yeah,"]), self.spelled_surname())

    def closing(self):
        r, N, it = self.rng, self.N, self.it
        if self.purpose == TS:
            line = (["Le fisso l'intervento del tecnico per il", self.date_n("dm"), ", tra le", self.clock(8),
                     "e le", self.clock(12), "."] if it else
                    ["I've booked the engineer for", self.date_n("dm"), ", between", N(8), "and", N(12), "."])
        elif self.purpose == CC:
            line = (["La nuova consegna è prevista per il", self.date_n("dm"), "entro le", self.clock(13), "."] if it
                    else ["The redelivery's booked for", self.date_n("dm"), ", before", N(1), "in the afternoon."])
        elif self.purpose == SA:
            line = (["Le mando la proposta; è valida fino al", self.date_n("dm"), "."] if it else
                    ["I'll send the quote over; it's valid until", self.date_n("dm"), "."])
        else:
            line = (["Ho aperto la rettifica, la vedrà nella bolletta del", self.date_n("dm"), "."] if it else
                    ["I've raised a correction, you'll see it on the bill of", self.date_n("dm"), "."])
        self.say("agent", *line)
        if r.random() < 0.4:
            self.say("customer", self.p(["E se non si risolve?"], ["And if it's still not right?"]))
            self.say("agent", self.p(["Ci richiami pure, siamo aperti fino alle", "Ci chiami, rispondiamo fino alle"],
                                     ["Ring us back, we're open till", "Give us a call, we're here till"]),
                     self.clock(r.choice([20, 21, 22])) if it else N(r.choice([8, 9, 10])), ".")
        if self.item_count() < 11 and r.random() < 0.45:
            sig = ("PERSON", self.last, self.last)
            self.say("agent", self.p([self.g("Grazie, signor", "Grazie, signora"), "Buona giornata, signor" +
                                      self.g("", "a")], [self.g("Thanks, Mr", "Thanks, Ms"), self.g("Take care, Mr",
                                                                                                    "Take care, Mrs")]),
                     sig, ".")
        else:
            self.say("agent", self.p(["Grazie a lei, buona giornata.", "Buona serata."],
                                     ["Thanks for calling, take care.", "Have a good day."]))
        self.say("customer", self.p(["Grazie, arrivederci.", "Grazie davvero, a presto."],
                                    ["Cheers, bye.", "Thanks, bye now."]))

    def compose(self, company: str, agent: str, notice: bool):
        r, it = self.rng, self.it
        self.turns, self.partial_ids, self.vals, self.sigs = [], set(), {}, {}
        self.private_words = set()
        self.used_talk: set[int] = set()
        self.dated = False
        self.add_private(f"{self.first} {self.last}")
        self.born = dt.date(r.randint(1946, 2004), r.randint(1, 12), r.randint(1, 28))
        self.make_address()
        self.opening(company, agent, notice)
        keeps = list(KEEPS[self.purpose])
        if not it and "FISCAL" in keeps and r.random() < 0.7:
            keeps.remove("FISCAL")
        extras = [k for k in EXTRAS[self.purpose] if it or k != "FISCAL"]
        r.shuffle(extras)
        # early, unprompted values
        anchor = ANCHOR[self.purpose]
        early: list[str] = []
        if anchor and r.random() < 0.8:
            early.append(anchor)
        pool = {CC: ["PHONE", "EMAIL", "HEALTH"], SA: ["PHONE", "EMAIL", "HEALTH"],
                BI: ["IBAN", "HEALTH", "PHONE"], TS: ["PHONE", "HEALTH", "EMAIL"]}[self.purpose]
        extra_early = [k for k in pool if r.random() < 0.45]
        r.shuffle(extra_early)
        early += extra_early[:2]
        if not early:
            early = [r.choice(pool)]
        name_first = r.random() < 0.55
        self.reason(name_first, early)
        if not name_first:
            self.ask_name()
        elif r.random() < 0.35:
            self.spell_request()
        # the agent reads back an early value
        dictated_early = [k for k in early if k in DICTATED or k == "EMAIL"]
        if dictated_early and r.random() < 0.6:
            k = r.choice(dictated_early)
            self.read_back(k, self.sigs.get(k), lead=self.p(
                ["Un attimo, verifico quello che mi ha detto:", "Intanto ricontrollo:"],
                ["Just let me check what you gave me:", "Before we go on, I've got"]))
        steps = [k for k in keeps if k not in early] + [k for k in extras if k not in early]
        required = {k for k in keeps if k not in early}
        target = r.randint(8, 10)
        talk_left = r.randint(2, 3)
        for k in steps:
            if k not in required and self.item_count() >= target:
                continue
            if k == "HEALTH" and "HEALTH" in early:
                continue
            self.step(k)
            if talk_left and r.random() < 0.45:
                self.small_talk()
                talk_left -= 1
        while talk_left and r.random() < 0.7:
            self.small_talk()
            talk_left -= 1
        self.closing()

    def build(self, company: str, agent: str, notice: bool):
        self.notice = notice
        for _ in range(400):
            self.compose(company, agent, notice)
            if 8 <= self.item_count() <= 11 and self.nonpii_count() >= 3:
                break
        self.lint()

    # ------------------------------------------------------------------ the lint

    def verify(self, p):
        label, value, spoken = p
        lang = self.lang
        if label in ("PHONE_NUMBER", "CREDIT_CARD", "NONPII_NUMBER"):
            got, want = heard_digits(spoken), re.sub(r"\D", "", value)
            if got != want:
                raise LintError(f"{label} {value!r}: heard {got!r} in {spoken!r}")
        elif label in ("IBAN_CODE", "IT_FISCAL_CODE", "ORDER_NUMBER"):
            got, want = heard_code(spoken, lang), re.sub(r"[^A-Z0-9]", "", value.upper())
            if got != want:
                raise LintError(f"{label} {value!r}: heard {got!r} in {spoken!r}")
        elif label == "DATE_OF_BIRTH":
            want = tuple(int(x) for x in value.split("-"))
            got = heard_date(spoken)
            if got != want:
                raise LintError(f"date {value!r}: heard {got} in {spoken!r}")
        elif label == "EMAIL_ADDRESS":
            got = heard_email(spoken, lang)
            if got != value:
                raise LintError(f"e-mail {value!r}: heard {got!r} in {spoken!r}")
        elif label == "ADDRESS":
            got, want = sorted(heard_groups(spoken)), sorted(re.findall(r"\d+", value))
            if got != want:
                raise LintError(f"address {value!r}: numbers {got} heard in {spoken!r}")
            said = set(re.findall(r"[a-z]+", fold(spoken)))
            words = [w for w in re.findall(r"[^\W\d_]+", value) if len(w) > 2 and not w.isupper()]
            missing = [w for w in words if fold(w) not in said]
            if missing:
                raise LintError(f"address {value!r}: {missing} not said in {spoken!r}")
            for m in re.finditer(r"/([A-Z])", value):
                if f"barra {IT_LETTERS[m.group(1)]}" not in spoken:
                    raise LintError(f"address {value!r}: barra {m.group(1)} not said in {spoken!r}")
            if not self.it:
                want_l = "".join(ch for tok in re.findall(r"\w+", value) if any(c.isdigit() for c in tok)
                                 for ch in tok if ch.isalpha())
                got_l = "".join(t for t in re.findall(r"[A-Za-z]+", spoken) if len(t) == 1 and t.isupper())
                if got_l != want_l:
                    raise LintError(f"address {value!r}: postcode letters {got_l!r} heard, {want_l!r} wanted")
        elif label == "PERSON":
            if spoken != value and heard_code(spoken, lang) != re.sub(r"[^A-Z]", "", value.upper()):
                raise LintError(f"name {value!r} said as {spoken!r}")
        elif label in ("HEALTH", "AGENT_NAME"):
            if spoken != value:
                raise LintError(f"{label} {value!r} said as {spoken!r}")

    def nonpii_count(self) -> int:
        return sum(1 for _, ps in self.turns for p in ps if not isinstance(p, str) and p[0] == "NONPII_NUMBER")

    def lint(self):
        allowed = set(H.PII) | {"PERSON", "AGENT_NAME", "NONPII_NUMBER"}
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
                    continue
                if not any(ch.isalnum() for ch in p):
                    raise LintError(f"bare punctuation piece {p!r}")
                if re.search(r"\d", p):
                    raise LintError(f"digit in plain text: {p!r}")
                toks = set(re.findall(r"[^\W\d_]+", fold(p)))
                bad = {t for t in toks if is_number_word(t, self.lang)} | (toks & self.private_words)
                if bad:
                    raise LintError(f"{sorted(bad)} in plain text: {p!r}")
                if not self.notice and re.search(r"registr|record", p.lower()):
                    raise LintError(f"recording mentioned without the notice: {p!r}")
        opening = " ".join(p for p in self.turns[0][1] if isinstance(p, str)).lower()
        if self.notice and not re.search(r"registr|record", opening):
            raise LintError("notice flag set but no notice in the opening")
        if self.notice and any(re.search(r"registr|record", p.lower()) for _, ps in self.turns[1:]
                               for p in ps if isinstance(p, str)):
            raise LintError("recording mentioned outside the opening")
        n = self.item_count()
        if not 8 <= n <= 11:
            raise LintError(f"{n} personal-data items after the name (want 8-11)")
        if self.nonpii_count() < 3:
            raise LintError(f"only {self.nonpii_count()} non-personal numbers")

    def item_count(self) -> int:
        """Personal-data mentions after the caller's first full-name mention; a broken-off first attempt
        of a restarted dictation is not counted (the attempt and its repeat count once)."""
        full, seen, n = f"{self.first} {self.last}", False, 0
        for _, ps in self.turns:
            for p in ps:
                if isinstance(p, str) or p[0] in ("AGENT_NAME", "NONPII_NUMBER"):
                    continue
                if not seen:
                    seen = p[0] == "PERSON" and p[1] == full
                    continue
                if id(p) not in self.partial_ids:
                    n += 1
        return n


# =========================================================================== wiring


if __name__ == "__main__":
    H.run_phrasebook(PhraseBookP, (P_IT_COMPANIES, P_EN_COMPANIES), (P_IT_AGENTS, P_EN_AGENTS))
