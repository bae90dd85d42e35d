#!/usr/bin/env python3
"""heldout_n: a fourteenth, independently worded phrasebook of synthetic labelled call-centre calls.

usage (from the project root, with the project's venv active):
    python bench/heldout_n.py --dry --seed 2727 --piper /tmp/piper/bin/piper    # print the dialogues, no audio
    python bench/heldout_n.py --seed 2727 --out bench/results/N --prefix N --piper /tmp/piper/bin/piper
    (add -n 3 for a quick three-call synthesis)

(--dry with the same --piper prints exactly the dialogues of the real run; without --piper, heldout's
pick_voices draws one random number fewer per English call and the later calls' wording differs.)

Purpose: a MODERATE, realistic held-out set (Italian and English, in the proportions of heldout.py's
main(); the four purposes customer_care, sales_first_contact, billing_support, technical_support) for
measuring how well the personal-data detector generalises to wording it has never seen. It reads like
one more scriptwriter writing ordinary calls: an agent who greets with her or his name, a recording
notice in this file's own words (only in calls whose notice flag is set), a caller with a reason, the
caller's full name (sometimes spelled), then the data the purpose needs, asked plainly, politely or in
passing, with short acknowledgements, a filler or two while "the system loads", and a closing.

New in this set:
 (1) callers who VOLUNTEER data UNASKED inside a longer sentence about their problem, in the opening
     reason or later in answer to an open question ("sì, guardi, abito in via ... e il tecnico non è mai
     venuto", "my card ending ... was charged twice", "il numero fisso, il ..., non dà più la linea",
     "I've emailed twice from ...", "order ... has been stuck at the depot"), and health data volunteered
     when the agent only asked about a convenient time;
 (2) agents who confirm by reading back ONLY PART of a value ("finisce con quarantadue, giusto?",
     "so that's the mobile ending seven-seven-one, yeah?", "il CAP è ..., vero?", "and the postcode's
     ...?"), and callers who confirm with just "esatto" / "that's it"; in technical-support calls the
     agent sometimes dictates a new ticket number and the caller reads its tail back;
 (3) numbers where a zero may be said or swallowed: Italian groups read as hundreds ("tre-tre-nove,
     duecentoquaranta, zero zero, settantuno", "trecentonove" hides its zero, "zero quarantadue" says
     it) in phones, IBANs, CAPs and order numbers; English ones with "oh", "nought" and "zero" MIXED
     inside one number, plus "double"; dates of birth as the "3/4/1971" kind said aloud ("il primo
     aprile del settantuno", "il tre del quattro, settantuno", "the third of April, nineteen
     seventy-one", "fourth of the seventh, eighty-two", "three, four, seventy-one");
 (4) health data given as a MEDICATION, TREATMENT or DEVICE ("prendo l'insulina", "I'm on warfarin",
     "sto facendo la radioterapia", "I've got a pacemaker") or as disability / pregnancy ("sono incinta
     di sei mesi", "I'm partially sighted", "uso la sedia a rotelle");
 (5) e-mails dictated DOMAIN FIRST ("è su libero punto it, il nome è ...", "it's on btinternet dot
     com, and the first bit is ...") or CORRECTED inside the dictation ("... punto com, no scusi, non
     punto com, punto it", "sorry, not dot co dot uk, dot com"), with Italian ISP domains (libero,
     tiscali, virgilio, fastwebnet, alice) and UK ones (btinternet, sky, virginmedia);
 (6) non-personal numbers that must stay audible, SEVERAL PER CALL: prices with cents, times of day,
     counts of days, firmware versions ("sette punto due"), router models, contract durations,
     gigabytes and speeds, floor counts, item counts, some right next to a personal value (an hour
     after a phone number, an amount after a card ending, a floor count after an address);
 (7) addresses "presso" / "care of" a company ("presso Panificio Zanardi, via ..."), and UK addresses
     with a flat number and letter ("Flat two B") and a county ("..., Harrogate, North Yorkshire,
     H G one, four Q T").

Labels and spans (as heldout_m.py's docstring describes them): AGENT_NAME for the agent's name; PERSON
for the caller's full name, a spelled surname and a closing "grazie, signora ..." (those two also
count as items); the nine kinds of heldout.PII; NONPII_NUMBER for numbers that are not personal data
and must stay audible. What a purpose keeps: customer care the order number and delivery address;
sales the phone and e-mail; billing the IBAN, invoice number, billing address and Italian fiscal code;
technical support the ticket number and contact phone; every other kind (payment card, date of birth,
health, and whatever else comes up) is never kept. Invoice and ticket numbers carry ORDER_NUMBER. Only
the condition / medication / device is inside a HEALTH span ("I'm on [warfarin]"), not the verb before
it. Every labelled value is its own piece, so span times are exact; a span's `value` is what it stands
for: a PARTIAL read-back or a volunteered "card ending ..." is labelled with the kind of the whole
value and its `value` is the part said (the last digits, the CAP, the postcode); a corrected e-mail's
value is the corrected one; an e-mail dictated domain first is ONE span from the domain to the end of
the local part. Each call carries 8-11 personal-data spans after the caller's first full-name mention
(read-backs, partial read-backs, spelled surname and closing name included).

Lint (run on every call as it is built; a failure stops the run): no digit anywhere; in unlabelled
text no number word (Italian or English, "nought" and "double" included), no word of the caller's
name, street, town, county or "presso" company; no mention of recording in a call without the notice
and a notice in the opening of a call with it; every labelled piece is heard back from its spoken form:
the digits of phones, cards, addresses and NONPII numbers re-read from the number words, codes (IBAN,
fiscal code, order / invoice / ticket numbers, spelled surnames) re-read letter by letter and digit
by digit, dates of birth re-read into the same date, e-mails' digits and name parts found in the
dictation; 8-11 items; at least three NONPII numbers per call.

Provenance: written by a helper that did not read the detector (pipeline/, redaction_rules/, tests/,
evaluation/), the development corpus (../shared/corpus/: neither truth files nor transcripts),
bench/results/, nor the dialogue or banks of the other phrasebooks (heldout_d ... heldout_l,
heldout_alt). bench/heldout.py was read in full (its machinery is reused). From bench/heldout_m.py
were read: its module docstring, its imports, the `Item` class and the `PhraseBookM` constructor and
small helpers (say / N) to learn the builder interface (main() builds `builder(rng, lang, purpose)`,
calls `.build(company, agent, notice)`, and reads `.lang`, `.purpose`, `.first`, `.last`, `.turns`),
its `lint()` / `item_count()` and its `__main__` wiring; its name / town / street / company banks
(printed just after the docstring) and the first lines of its build() were seen on screen while
locating these and were deliberately not reused. Every line of dialogue and every bank here (names,
surnames, agents, companies, towns, streets, counties, "presso" companies, e-mail providers, health
conditions, spelling words, distractors) is this file's own. Only the machinery of bench/heldout.py is
reused: Speaker (digit reading, subclassed here for the English zero words), the letter tables
IT_LETTERS and NATO, the month names, the value generators luhn_complete / iban / fiscal_code, the
number words (it_words, en_words, en_year, en_ordinal), pick_voices, Renderer, synthesise,
resample_write, main() (language / purpose / mono-stereo / 8-16 kHz / notice schedule, sidecar and
truth format, -n for the number of calls), dry_run() and run_phrasebook(); heldout.py itself is not
modified.
"""
from __future__ import annotations

import datetime as dt
import re
import string
import sys
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
import heldout as H  # noqa: E402
from heldout import (EN_MONTHS, EN_TENS, EN_UNITS, IT_LETTERS, IT_MONTHS, IT_TENS, IT_UNITS, NATO,  # noqa: E402
                     en_ordinal, en_words, en_year, fiscal_code, iban, it_words, luhn_complete)

# =========================================================================== banks (this file's own)

N_IT_FIRST_F = ("Lucia Giovanna Stefania Raffaella Manuela Roberta Paola Silvia Daniela Emanuela Barbara "
                "Simona Irene Giulia Francesca Rebecca").split()
N_IT_FIRST_M = ("Massimo Giorgio Andrea Paolo Stefano Luca Sergio Alessandro Vincenzo Enrico Claudio Roberto "
                "Fabrizio Michele Luigi Giacomo").split()
N_IT_LAST = ("Benedetti Rizzo Giordano Marino Sorrentino Bassi Ferretti Valentini Tosi Pagano D'Angelo Negri "
             "Cirillo Mazzoni Guidi Sartori Battaglia Fumagalli Brambilla Piras Lombardo Vitali Scotti "
             "Bertolini").split()
N_EN_FIRST_F = ("Sarah Laura Rachel Emma Jessica Lucy Katie Sophie Natalie Abigail Fiona Harriet Yasmin Aisha "
                "Joanne Wendy").split()
N_EN_FIRST_M = ("James Andrew Matthew Stephen Craig Neil Gavin Adam Luke Samuel Hassan Nathan Ian Stuart Joseph "
                "Alistair").split()
N_EN_LAST = ("Turner Harrison Morgan Bennett Reid Lloyd Chapman Ellis Webb Cooper Doyle Farrell Nash Iqbal "
             "Chowdhury Nowak Ferguson Gallagher Barker Holt Pearson Sutcliffe Ogden Mahmood").split()
N_IT_AGENTS = "Cristina Gianni Luisa Samuele Pamela Walter Erika Mirko".split()
N_EN_AGENTS = "Abby Jordan Nisha Reece Stacey Darnell Ffion Gary".split()
N_IT_COMPANIES = ["Girasole Energia e Servizi", "Ponte Telecomunicazioni e Casa", "Casa Serena Servizi",
                  "Lince Connessioni e Spedizioni", "Aquila Rete e Forniture", "Borgo Antico Servizi"]
N_EN_COMPANIES = ["Ashdown Utilities", "Harbourside Telecom and Home", "Bluebell Home Services",
                  "Millstone Energy and Broadband", "Trentside Connect", "Fernleigh Services"]

# town, CAPs, cadastral code (for fiscal codes), landline prefix
N_IT_TOWNS = [("Brescia", ["25121", "25124", "25128"], "B157", "030"),
              ("Bergamo", ["24121", "24122", "24125"], "A794", "035"),
              ("Modena", ["41121", "41124", "41125"], "F257", "059"),
              ("Parma", ["43121", "43122", "43123"], "G337", "0521"),
              ("Perugia", ["06121", "06124", "06127"], "G478", "075"),
              ("Pisa", ["56121", "56124", "56127"], "G702", "050"),
              ("Siena", ["53100"], "I726", "0577"),
              ("Salerno", ["84121", "84123", "84127"], "H703", "089"),
              ("Pescara", ["65121", "65124", "65127"], "G482", "085"),
              ("Udine", ["33100"], "L483", "0432"),
              ("Trieste", ["34121", "34123", "34135"], "L424", "040"),
              ("Vicenza", ["36100"], "L840", "0444"),
              ("Catania", ["95121", "95124", "95129"], "C351", "095"),
              ("Genova", ["16121", "16129", "16145"], "D969", "010"),
              ("Sassari", ["07100"], "I452", "079")]
N_IT_STREETS = [("via", "Giacomo Leopardi"), ("via", "Guglielmo Marconi"), ("corso", "Cavour"),
                ("via", "dei Tigli"), ("viale", "Europa"), ("via", "Aldo Moro"), ("via", "Fratelli Bandiera"),
                ("via", "Luigi Pirandello"), ("via", "delle Querce"), ("piazza", "della Libertà"),
                ("via", "Pietro Mascagni"), ("viale", "dei Pini"), ("via", "Ugo Foscolo"), ("vicolo", "dei Fabbri"),
                ("via", "San Giovanni Bosco"), ("via", "Grazia Deledda")]
N_IT_AT_WORK = ["Panificio Zanardi", "Autofficina Brunelli", "Studio Legale Morandi", "Ferramenta Baldini",
                "Cartoleria Lorenzetti", "Agenzia Viaggi Castellani"]
# town, outward codes, county, landline area code
N_UK_TOWNS = [("Harrogate", ["HG1", "HG2"], "North Yorkshire", "01423"),
              ("Shrewsbury", ["SY1", "SY3"], "Shropshire", "01743"),
              ("Guildford", ["GU1", "GU2"], "Surrey", "01483"),
              ("Chelmsford", ["CM1", "CM2"], "Essex", "01245"),
              ("Taunton", ["TA1", "TA2"], "Somerset", "01823"),
              ("Lincoln", ["LN2", "LN6"], "Lincolnshire", "01522"),
              ("Kendal", ["LA9"], "Cumbria", "01539"),
              ("Exeter", ["EX4", "EX2"], "Devon", "01392"),
              ("Maidstone", ["ME14", "ME15"], "Kent", "01622"),
              ("Ipswich", ["IP4", "IP1"], "Suffolk", "01473"),
              ("Worcester", ["WR1", "WR5"], "Worcestershire", "01905"),
              ("Durham", ["DH1"], "County Durham", "0191")]
N_UK_STREETS = ["Hawthorn Road", "Primrose Hill", "Laburnum Grove", "Vicarage Road", "Quarry Lane", "Nelson Street",
                "Willow Walk", "Cromwell Avenue", "Harcourt Drive", "Larch Way", "Brook Street", "Tudor Close"]
N_UK_AT_WORK = ["Pennington Solicitors", "Hollins Garage", "Fairway Dental", "Brookes Bakery", "Kirkby Printers",
                "Ashcroft Veterinary Centre"]
N_IT_MOBILE = ["339", "347", "348", "335", "366", "380", "392", "328", "320", "370", "351", "388", "345"]
N_IT_MAIL = ["libero.it", "tiscali.it", "virgilio.it", "fastwebnet.it", "alice.it", "gmail.com", "libero.it"]
N_EN_MAIL = ["btinternet.com", "sky.com", "virginmedia.com", "gmail.com", "outlook.com", "hotmail.co.uk"]
N_HOST_SPOKEN = {"btinternet": "b t internet", "virginmedia": "virgin media", "fastwebnet": "fastweb net"}
N_IT_SPELL = dict(zip(string.ascii_uppercase, (
    "Alba Brindisi Cremona Dante Elba Faenza Gorizia hotel Ischia jeans koala Lodi Monza Nuoro Orvieto Pavia "
    "quadro Ravenna Sondrio Terni Urbino Viterbo whisky xilofono yacht zucchero").split()))
N_EN_SPELL = dict(zip(string.ascii_uppercase, (
    "Apple Bertie Cat Dog Edward Freddie George Harry Ivy Jam Kite Lemon Mary Nellie Orange Peter Queen Robert "
    "Sugar Tommy Umbrella Violet William X-ray Yellow Zebra").split()))

# health: (verb said before the span, the condition / treatment / device (masc, fem), what follows, who)
N_IT_HEALTH = [("prendo", ("l'insulina", "l'insulina"), "e ogni tanto devo fermarmi a mangiare qualcosa.", None),
               ("prendo", ("il Coumadin", "il Coumadin"), "e ho i controlli del sangue quasi ogni settimana.", None),
               ("sto facendo", ("la radioterapia", "la radioterapia"), "tutte le mattine, quindi mi trova solo di pomeriggio.", None),
               ("ho", ("un pacemaker", "un pacemaker"), "e il cardiologo mi ha detto di stare attento a certi apparecchi.", None),
               ("sono", ("incinta di sei mesi", "incinta di sei mesi"), "e le scale di corsa non le faccio più.", "f"),
               ("sono", ("non vedente", "non vedente"), "e le lettere me le deve leggere qualcuno.", None),
               ("uso", ("la sedia a rotelle", "la sedia a rotelle"), "quindi ci metto un po' ad arrivare alla porta.", None),
               ("sono", ("sordo da un orecchio", "sorda da un orecchio"), "quindi se non la sento mi scusi.", None),
               ("sto facendo", ("l'immunoterapia", "l'immunoterapia"), "e certi giorni non riesco ad alzarmi.", None),
               ("sono in", ("ossigenoterapia", "ossigenoterapia"), "a casa, quindi la corrente non può mancare.", None)]
N_EN_HEALTH = [("I'm on", "warfarin", "so I've got blood tests most weeks.", None),
               ("I've got", "a pacemaker", "so I have to be careful round some equipment.", None),
               ("I'm", "partially sighted", "so I struggle with the letters you send.", None),
               ("I'm", "six months pregnant", "so I'm not carrying boxes up the stairs.", "f"),
               ("I'm having", "radiotherapy", "every morning at the moment, so afternoons are better.", None),
               ("I'm on", "insulin", "so now and then I have to stop and eat something.", None),
               ("I'm on", "home oxygen", "so I really can't be without the power or the phone.", None),
               ("I wear", "a hearing aid", "so I might ask you to repeat things.", None),
               ("I take", "methotrexate", "and some days I'm just wiped out.", None),
               ("I use", "a mobility scooter", "so it takes me a while to get to the door.", None)]

CC, SA, BI, TE = H.PURPOSES
KEEPS = {CC: ["ORDER", "ADDRESS"], SA: ["PHONE", "EMAIL"], BI: ["INVOICE", "IBAN", "ADDRESS", "FISCAL"],
         TE: ["TICKET", "PHONE"]}
EXTRAS = {CC: ["PHONE", "EMAIL", "DOB", "CARD", "HEALTH"],
          SA: ["ADDRESS", "DOB", "CARD", "IBAN", "HEALTH", "FISCAL"],
          BI: ["PHONE", "EMAIL", "DOB", "CARD", "HEALTH"],
          TE: ["ADDRESS", "EMAIL", "DOB", "CARD", "HEALTH"]}
LABEL = {"PHONE": "PHONE_NUMBER", "EMAIL": "EMAIL_ADDRESS", "ADDRESS": "ADDRESS", "ORDER": "ORDER_NUMBER",
         "INVOICE": "ORDER_NUMBER", "TICKET": "ORDER_NUMBER", "FISCAL": "IT_FISCAL_CODE", "IBAN": "IBAN_CODE",
         "CARD": "CREDIT_CARD", "DOB": "DATE_OF_BIRTH", "HEALTH": "HEALTH"}
ORDER_OF = {CC: ["ORDER", "ADDRESS", "DOB", "HEALTH", "PHONE", "CARD", "EMAIL"],
            SA: ["HEALTH", "PHONE", "EMAIL", "ADDRESS", "DOB", "FISCAL", "IBAN", "CARD"],
            BI: ["FISCAL", "DOB", "INVOICE", "ADDRESS", "HEALTH", "IBAN", "CARD", "PHONE", "EMAIL"],
            TE: ["TICKET", "ADDRESS", "DOB", "HEALTH", "PHONE", "EMAIL", "CARD"]}
PARTIAL_OK = {"PHONE", "CARD", "IBAN", "ORDER", "INVOICE", "TICKET", "ADDRESS"}
FULL_OK = {"PHONE", "ORDER", "INVOICE", "TICKET", "ADDRESS", "EMAIL", "FISCAL"}
VOL_OK = {"ADDRESS", "PHONE", "CARD", "EMAIL", "ORDER", "INVOICE", "TICKET", "HEALTH"}
FOCI = ("vol", "partial", "health", "email", "careof", "dob", "card")

IT_NUMBER_WORDS = set(IT_UNITS) | set(IT_TENS.values()) | {"cento", "mille", "mila", "milioni", "doppio", "doppia"}
EN_NUMBER_WORDS = set(EN_UNITS) | set(EN_TENS.values()) | {"hundred", "thousand", "double", "triple", "nought"}
GENERIC_PLACE = {"via", "viale", "corso", "piazza", "vicolo", "dei", "degli", "del", "della", "delle", "di", "san",
                 "road", "street", "lane", "avenue", "close", "drive", "way", "walk", "grove", "hill", "north",
                 "county", "studio", "agenzia", "centre"}

# =========================================================================== hearing a spoken form back


def _tables():
    it, en = {}, {}
    for n in range(10000):
        it.setdefault(it_words(n), str(n))
        en.setdefault(en_words(n, True), str(n))
        en.setdefault(en_words(n, False), str(n))
    en["oh"] = en["nought"] = "0"
    it_date = dict(it, primo="1")
    en_date = dict(en)
    for d in range(1, 32):
        en_date[en_ordinal(d)] = str(d)
    for y in range(1930, 2011):
        en_date[en_year(y)] = str(y)
    return it, en, it_date, en_date


IT_NUM, EN_NUM, IT_DATE, EN_DATE = _tables()
IT_LETTER_OF = {v.replace(" ", ""): k for k, v in IT_LETTERS.items()}
NATO_OF = {v: k for k, v in NATO.items()}


class LintError(AssertionError):
    pass


def heard_numbers(spoken: str, table: dict) -> list[str]:
    """The numbers a listener hears in `spoken`, in order: number words (greedy, longest first),
    'double' / 'triple', digit words joined by hyphens ('tre-tre-nove'); other words are skipped."""
    toks = re.findall(r"[^\s,.;:?!]+|[,.;:?!]", spoken.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t in ("double", "triple") and i + 1 < len(toks) and len(table.get(toks[i + 1], "xx")) == 1:
            out.append(table[toks[i + 1]] * (2 if t == "double" else 3))
            i += 2
            continue
        for k in range(6, 0, -1):
            key = " ".join(toks[i:i + k])
            if len(toks[i:i + k]) == k and key in table:
                out.append(table[key])
                i += k
                break
        else:
            if "-" in t and all(part in table for part in t.split("-")):
                out += [table[part] for part in t.split("-")]
            i += 1
    return out


def heard_digits(spoken: str, lang: str) -> str:
    return "".join(heard_numbers(spoken, IT_NUM if lang == "it" else EN_NUM))


def chunk_letters(chunk: str, lang: str) -> str | None:
    """A chunk of a spelled code as letters ('erre come Ravenna', 'K for Kite', 'N W B K', 'emme erre'),
    or None when it is not letters."""
    m = re.match(r"^(.+?) (?:come|for|as in) \S+$", chunk)
    base = m.group(1) if m else chunk
    if lang == "it":
        base = base.replace("i lunga", "ilunga").replace("doppia vu", "doppiavu")
        toks = base.split()
        if toks and all(t in IT_LETTER_OF for t in toks):
            return "".join(IT_LETTER_OF[t] for t in toks)
        return None
    toks = base.split()
    if toks and all((len(t) == 1 and t.isupper()) or t in NATO_OF for t in toks):
        return "".join(t if len(t) == 1 else NATO_OF[t] for t in toks)
    return None


def heard_code(spoken: str, lang: str) -> str:
    out = []
    for chunk in re.split(r",\s*", spoken.strip()):
        chunk = chunk.strip()
        if not chunk:
            continue
        letters = chunk_letters(chunk, lang)
        if letters is not None:
            out.append(letters)
            continue
        d = heard_digits(chunk, lang)
        if not d:
            raise LintError(f"chunk {chunk!r} of {spoken!r} is neither letters nor digits")
        out.append(d)
    return "".join(out)


def heard_date(spoken: str, lang: str) -> dt.date:
    s = spoken.lower()
    month = None
    for k, name in enumerate(IT_MONTHS if lang == "it" else EN_MONTHS):
        if re.search(rf"\b{name.lower()}\b", s):
            month = k + 1
            s = re.sub(rf"\b{name.lower()}\b", " , ", s)
    nums = [int(x) for x in heard_numbers(s, IT_DATE if lang == "it" else EN_DATE)]
    if month is not None:
        day, year = nums[0], nums[-1]
        if len(nums) != 2:
            raise LintError(f"date {spoken!r}: numbers {nums}")
    else:
        if len(nums) != 3:
            raise LintError(f"date {spoken!r}: numbers {nums}")
        day, month, year = nums
    if year < 100:
        year += 1900
    try:
        return dt.date(year, month, day)
    except ValueError as e:
        raise LintError(f"date {spoken!r}: {e}") from None


class Reader(H.Speaker):
    """heldout's Speaker, with this set's habit for zero in English: 'oh', 'nought' and 'zero' mixed."""

    def __init__(self, lang: str, rng):
        super().__init__(lang, rng)
        self.zeros = ["zero"] if lang == "it" else rng.choice(
            [["oh"], ["oh", "nought"], ["oh", "zero"], ["nought"], ["zero", "oh"], ["oh", "oh", "nought"]])

    def digit(self, d: str) -> str:
        if self.lang == "en" and d == "0":
            return self.rng.choice(self.zeros)
        return super().digit(d)


class Item:
    """One planned data step: its kind, how it comes up (asked or volunteered) and its read-back."""

    def __init__(self, kind: str):
        self.kind = kind
        self.vol = ""           # "", "reason" (in the opening reason) or "body" (in answer to an open question)
        self.rb = ""            # "", "part" (the agent reads back the last digits / the postcode) or "full"
        self.variant = ""       # careof / flat / domfirst / corrected / given ...

    def cost(self) -> int:
        return 1 + bool(self.rb)


# =========================================================================== the phrasebook


class PhraseBookN:
    _calls = 0

    def __init__(self, rng, lang: str, purpose: str):
        self.rng, self.lang, self.purpose = rng, lang, purpose
        self.it = lang == "it"
        self.agent_sp = Reader(lang, rng)
        self.cust_sp = Reader(lang, rng)
        self.female = rng.random() < 0.5
        self.private_words: set[str] = set()
        if self.it:
            self.first = rng.choice(N_IT_FIRST_F if self.female else N_IT_FIRST_M)
            self.last = rng.choice(N_IT_LAST)
            self.town = rng.choice(N_IT_TOWNS)
            self.cap = rng.choice(self.town[1])
            self.street = rng.choice(N_IT_STREETS)
            self.house = rng.randint(1, 150)
            self.add_private(f"{self.town[0]} {self.street[1]}")
        else:
            self.first = rng.choice(N_EN_FIRST_F if self.female else N_EN_FIRST_M)
            self.last = rng.choice(N_EN_LAST)
            self.town = rng.choice(N_UK_TOWNS)
            self.street = rng.choice(N_UK_STREETS)
            self.house = rng.randint(2, 120)
            self.cap = (rng.choice(self.town[1]) + " " + str(rng.randint(1, 9))
                        + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
            self.add_private(f"{self.town[0]} {self.town[2]} {self.street}")
        self.add_private(f"{self.first} {self.last}")
        self.born = dt.date(rng.randint(1946, 2001), rng.randint(1, 12), rng.randint(1, 28))
        self.card_value = self.make_card()
        self.turns: list[tuple[str, list]] = []
        self.used_distractors: set[str] = set()
        self.asked_open: set[str] = set()
        self.floors = rng.randint(3, 9)
        self.notice = False
        k = PhraseBookN._calls
        PhraseBookN._calls += 1
        self.focus = FOCI[k % len(FOCI)]

    # ------------------------------------------------------------------ small helpers

    def add_private(self, text: str):
        self.private_words |= {w for w in re.findall(r"[\w']+", text.lower()) if w not in GENERIC_PLACE}

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
                if not any(ch.isalnum() for ch in q):      # Piper can't say bare punctuation
                    continue
            out.append(q)
        if out and isinstance(out[0], str):
            out[0] = out[0][0].upper() + out[0][1:]
        self.turns.append((speaker, out))

    def N(self, value: int, spoken: str | None = None):
        """A number that is not personal data and must stay audible."""
        if spoken is None:
            spoken = it_words(value) if self.it else en_words(value)
        return ("NONPII_NUMBER", str(value), spoken)

    def money(self, whole: int, cents: int) -> list:
        if self.it:
            return [self.N(whole), self.c("euro e", "e"), self.N(cents)]
        return [self.N(whole), "pounds", self.N(cents)]

    def hour(self, afternoon: bool = True) -> int:
        if self.it:
            return self.rng.choice([14, 15, 16, 17, 18] if afternoon else [8, 9, 10, 11])
        return self.rng.choice([2, 3, 4, 5, 6] if afternoon else [8, 9, 10, 11])

    def yes(self) -> str:
        return self.p(["Esatto.", "Esatto.", "Sì, esatto.", "Esatto, quello."],
                      ["That's it.", "That's it.", "Yep, that's it.", "That's it, yeah."])

    # ------------------------------------------------------------------ numbers said aloud

    def grp(self, g: str, style: str, sp: Reader) -> str:
        if len(g) == 1:
            return sp.digit(g)
        if style == "hyph":
            return "-".join(sp.digit(d) for d in g)
        if style == "whole":
            if len(g) >= 4:
                return sp.pairs(g)
            if not self.it and len(g) == 3 and g[0] != "0" and self.rng.random() < 0.6:
                return sp.one_by_one(g)
            return sp.whole(g)           # Italian: hundreds, a leading zero said ("zero quarantadue")
        if style == "pairs":
            return sp.pairs(g)
        return sp.one_by_one(g)

    def dictate(self, v: str, sizes: list[int], styles: list[str], sp: Reader) -> str:
        out, i = [], 0
        for size, style in zip(sizes, styles):
            out.append(self.grp(v[i:i + size], style, sp))
            i += size
        assert i == len(v), (v, sizes)
        return ", ".join(out)

    def tail(self, v: str, sp: Reader | None = None) -> tuple[str, str]:
        """The last digits of a value, as an agent reads them back: (digits, spoken)."""
        sp = sp or self.agent_sp
        n = self.c(2, 3, 3, 4) if self.it else self.c(3, 3, 4)
        t = v[-n:]
        if n == 2:
            s = sp.whole(t)
        elif n == 3:
            s = self.grp(t, self.c("hyph", "single", "whole" if self.it else "hyph"), sp)
        else:
            s = self.grp(t, self.c("pairs", "single"), sp)
        return t, s

    def letter(self, ch: str, mode: str) -> str:
        if self.it:
            if mode == "come" or (mode == "mixed" and ch in "BDPTVMNFSC"):
                return f"{IT_LETTERS[ch]} come {N_IT_SPELL[ch]}"
            return IT_LETTERS[ch]
        if mode == "nato":
            return NATO[ch]
        if mode == "for" or (mode == "mixed" and ch in "BDPTVMNFSC"):
            return f"{ch} for {N_EN_SPELL[ch]}"
        return ch

    def spell(self, code: str, mode: str, sp: Reader, group_letters: bool = False) -> str:
        chunks, i = [], 0
        while i < len(code):
            j = i
            if code[i].isalpha():
                while j < len(code) and code[j].isalpha():
                    j += 1
                letters = [self.letter(ch, mode) for ch in code[i:j]]
                if group_letters and mode == "plain":
                    chunks.append(" ".join(letters))
                else:
                    chunks += letters
            else:
                while j < len(code) and code[j].isdigit():
                    j += 1
                chunks.append(self.digit_run(code[i:j], sp))
            i = j
        return ", ".join(chunks)

    def digit_run(self, run: str, sp: Reader) -> str:
        r = self.rng
        if len(run) <= 2:
            return self.grp(run, r.choice(["whole", "single"]), sp)
        if len(run) == 3:
            return self.grp(run, r.choice(["single", "single", "hyph", "whole"] if self.it else ["single", "single", "hyph"]), sp)
        sizes = {4: [4], 5: r.choice([[5], [2, 3]]), 6: r.choice([[3, 3], [6], [2, 2, 2]]), 7: [3, 4],
                 8: r.choice([[4, 4], [3, 3, 2]]), 9: [3, 3, 3], 10: [3, 3, 4], 12: r.choice([[4, 4, 4], [3, 3, 3, 3]])
                 }.get(len(run), [len(run)])
        styles = []
        for s in sizes:
            if s == 4:
                styles.append(r.choice(["single", "pairs"]))
            elif s in (5, 6):
                styles.append("single")
            elif s == 3:
                styles.append(r.choice(["single", "whole"]) if self.it else "single")
            else:
                styles.append(r.choice(["single", "whole"]))
        return self.dictate(run, sizes, styles, sp)

    # ------------------------------------------------------------------ values and their spoken forms

    def phone(self, landline: bool = False):
        r, sp = self.rng, self.cust_sp
        if self.it:
            if landline:
                pre = self.town[3]
                v = pre + "".join(r.choice(string.digits) for _ in range(10 - len(pre)))
                sizes = [len(pre)] + {5: [2, 3], 6: [3, 3], 7: [3, 2, 2]}[len(v) - len(pre)]
                styles = ["whole"] + [r.choice(["whole", "single", "whole"]) for _ in sizes[1:]]
            else:
                v = r.choice(N_IT_MOBILE) + "".join(r.choice(string.digits) for _ in range(7))
                if r.random() < 0.35:       # a zero or two where a hundreds reading swallows or says them
                    k = r.choice([3, 4, 6])
                    v = v[:k] + "0" + v[k + 1:]
                sizes = [3] + r.choice([[3, 4], [3, 2, 2], [2, 2, 3], [4, 3]])
                styles = [r.choice(["hyph", "single", "whole"])] + [r.choice(["whole", "whole", "single"])
                                                                    for _ in sizes[1:]]
        else:
            if landline:
                pre = self.town[3]
                v = pre + "".join(r.choice(string.digits) for _ in range(11 - len(pre)))
                sizes = [len(pre)] + ([3, 3] if len(pre) == 5 else [3, 4])
            else:
                v = "07" + r.choice("345789") + "".join(r.choice(string.digits) for _ in range(8))
                if r.random() < 0.4:
                    k = r.choice([5, 7, 9])
                    v = v[:k] + "0" + v[k + 1:]
                sizes = r.choice([[5, 6], [5, 3, 3], [4, 3, 4]])
            styles = ["single"] + [r.choice(["single", "single", "pairs"]) for _ in sizes[1:]]
        return v, self.dictate(v, sizes, styles, sp)

    def make_card(self) -> str:
        r = self.rng
        kind = r.choice(["visa", "visa", "mc", "mc", "amex"])
        self.brand = {"visa": "Visa", "mc": "Mastercard", "amex": "American Express"}[kind]
        if kind == "amex":
            return luhn_complete(r.choice(["34", "37"]), 15, r)
        return luhn_complete("4" if kind == "visa" else str(r.randint(51, 55)), 16, r)

    def card_spoken(self) -> str:
        v, r = self.card_value, self.rng
        sizes = [4, 6, 5] if len(v) == 15 else [4, 4, 4, 4]
        styles = [r.choice(["single", "single", "pairs"]) if s == 4 else "single" for s in sizes]
        if self.it:
            styles = [r.choice(["single", "pairs"]) if s == 4 else "single" for s in sizes]
        return self.dictate(v, sizes, styles, self.cust_sp)

    def email(self) -> tuple[str, str, str]:
        """(value, local, domain) for the caller's mailbox."""
        r = self.rng
        first = self.first.lower().replace("'", "")
        last = self.last.lower().replace("'", "")
        nn = f"{r.choice([self.born.year % 100, r.randint(1, 99)]):02d}"
        local = r.choice([f"{first}.{last}", f"{first}{last}{nn}", f"{first[0]}{last}", f"{last}.{first}",
                          f"{first}_{last}{nn}", f"{first[0]}.{last}"])
        domain = r.choice(N_IT_MAIL if self.it else N_EN_MAIL)
        return f"{local}@{domain}", local, domain

    def name_parts(self, tok: str) -> list[str]:
        """A run of letters of a mailbox said as the names it is made of ('lucamarino' -> 'luca marino')."""
        first = self.first.lower().replace("'", "")
        last = self.last.lower().replace("'", "")
        if tok == first + last:
            return [first, last]
        if tok == last + first:
            return [last, first]
        if len(tok) > 1 and tok[0] == first[0] and tok[1:] == last:
            return [IT_LETTERS[tok[0].upper()] if self.it else tok[0].upper(), last]
        return [tok]

    def local_spoken(self, local: str) -> str:
        sp, it = self.cust_sp, self.it
        out = []
        joined = False
        for tok in re.findall(r"[a-z]+|[0-9]+|[._]", local):
            if tok.isalpha() and len(self.name_parts(tok)) > 1:
                out += self.name_parts(tok)
                joined = True
                continue
            if tok.isdigit():
                out.append(sp.whole(tok) if self.rng.random() < 0.7 else sp.one_by_one(tok))
            elif tok == ".":
                out.append("punto" if it else "dot")
            elif tok == "_":
                out.append(self.c("trattino basso", "underscore") if it else "underscore")
            elif len(tok) == 1:
                out.append(IT_LETTERS[tok.upper()] if it else tok.upper())
            else:
                out.append(tok)
        if joined and "." not in local and "_" not in local:
            tail = self.c(", tutto attaccato,", "") if it else self.c(", all together,", ", no dots,", "")
            if tail:
                out.append(tail)
        return " ".join(out).replace(" ,", ",")

    def domain_spoken(self, domain: str, tld_override: str | None = None) -> str:
        dot = "punto" if self.it else "dot"
        host, tld = domain.split(".", 1)
        tld = tld_override or tld
        return f"{N_HOST_SPOKEN.get(host, host)} " + " ".join(f"{dot} {t}" for t in tld.split("."))

    def email_spoken(self, local: str, domain: str, form: str) -> str:
        at = "chiocciola" if self.it else "at"
        loc, dom = self.local_spoken(local), self.domain_spoken(domain)
        return self._email_spoken(loc, dom, local, domain, form, at).rstrip(",")

    def _email_spoken(self, loc: str, dom: str, local: str, domain: str, form: str, at: str) -> str:
        if form == "domfirst":
            link = self.p(["il nome è", "e prima della chiocciola", "davanti ci va"],
                          ["and the first bit is", "and before the at it's", "and the name part is"])
            return f"{dom}, {link} {loc}"
        if form == "corrected":
            tld = domain.split(".", 1)[1]
            wrong = ("com" if tld != "com" else "it") if self.it else ("co.uk" if tld == "com" else "com")
            dot = "punto" if self.it else "dot"
            wrong_s = " ".join(f"{dot} {t}" for t in wrong.split("."))
            right_s = " ".join(f"{dot} {t}" for t in tld.split("."))
            fix = self.p([f"no scusi, non {wrong_s}, {right_s}", f"anzi no, {right_s}"],
                         [f"sorry, not {wrong_s}, {right_s}", f"no wait, {right_s}"])
            return f"{loc} {at} {self.domain_spoken(domain, wrong)}, {fix}"
        return f"{loc} {at} {dom}"

    def iban_value(self) -> str:
        r = self.rng
        if self.it:
            abi = r.choice(["03069", "02008", "05034", "03111", "01030", "05696", "03062"])
            cab = r.choice(string.digits[1:]) + "".join(r.choice(string.digits) for _ in range(4))
            if r.random() < 0.4:
                cab = cab[:2] + "0" + cab[3:]
            acct = "0000" + "".join(r.choice(string.digits) for _ in range(8))
            return iban("IT", r.choice("ABCDEFGHLMNPRSTVXZ") + abi + cab + acct)
        bank = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"])
        return iban("GB", bank + "".join(r.choice(string.digits) for _ in range(14)))

    def iban_spoken(self, v: str) -> str:
        r, sp = self.rng, self.cust_sp
        if self.it:
            cc = self.c("i, ti", "i ti")
            check = self.grp(v[2:4], r.choice(["whole", "single"]), sp)
            cin = self.letter(v[4], self.c("plain", "plain", "come"))
            abi = self.grp(v[5:10], "single", sp) if r.random() < 0.5 else self.dictate(v[5:10], [2, 3], ["whole", "whole"], sp)
            cab = self.grp(v[10:15], "single", sp) if r.random() < 0.5 else self.dictate(v[10:15], [2, 3], ["whole", "whole"], sp)
            acct = v[15:]
            if r.random() < 0.5:
                acc = self.dictate(acct, [3, 3, 3, 3], [r.choice(["whole", "single"]) for _ in range(4)], sp)
            else:
                acc = self.dictate(acct, [4, 4, 4], ["single", "single", self.c("single", "pairs")], sp)
            return f"{cc}, {check}, {cin}, {abi}, {cab}, {acc}"
        mode = self.c("plain", "plain", "nato")
        cc = " ".join(self.letter(ch, mode) for ch in v[:2])
        check = self.grp(v[2:4], r.choice(["whole", "single"]), sp)
        bank = " ".join(self.letter(ch, mode) for ch in v[4:8])
        sort = self.dictate(v[8:14], [2, 2, 2], [r.choice(["single", "whole"]) for _ in range(3)], sp)
        acct = self.dictate(v[14:], [4, 4], [r.choice(["single", "pairs"]) for _ in range(2)], sp)
        return f"{cc}, {check}, {bank}, {sort}, {acct}"

    def code_value(self, kind: str) -> str:
        r = self.rng
        d = lambda n: r.choice("123456789") + "".join(r.choice(string.digits) for _ in range(n - 1))  # noqa: E731
        if self.it:
            if kind == "ORDER":
                return d(9) if r.random() < 0.6 else "OR" + d(7)
            if kind == "INVOICE":
                return f"{r.choice([2025, 2026])}/{r.randint(0, 99999):06d}"
            return "TT" + d(7)
        if kind == "ORDER":
            return "".join(r.choice("BDHKMPRTW") for _ in range(2)) + d(6)
        if kind == "INVOICE":
            return "INV" + d(7)
        return "CS" + d(8)

    def code_spoken(self, v: str, sp: Reader | None = None) -> str:
        sp = sp or self.cust_sp
        if "/" in v:
            year, num = v.split("/")
            yr = it_words(int(year))
            return f"{yr} barra " + self.dictate(num, [3, 3], [self.c("single", "whole"), self.c("whole", "single")], sp)
        mode = self.c("plain", "plain", "mixed") if self.it else self.c("plain", "plain", "nato", "for")
        return self.spell(v, mode, sp, group_letters=True)

    def fiscal_value(self) -> str:
        town = self.rng.choice(N_IT_TOWNS)[2]
        return fiscal_code(self.first, self.last, self.born, self.female, town)

    def dob_spoken(self) -> str:
        b = self.born
        short_ok = b.year < 2000
        if self.it:
            day = "primo" if b.day == 1 else it_words(b.day)
            yy = it_words(b.year % 100) if short_ok else it_words(b.year)
            form = self.c("name_del", "name_full", "del_num", "commas", "num_full")
            if form == "del_num" and b.month in (1, 8, 11):
                form = "commas"
            if form == "name_del":
                return f"{day} {IT_MONTHS[b.month - 1]} del {yy}"
            if form == "name_full":
                return f"{day} {IT_MONTHS[b.month - 1]} {it_words(b.year)}"
            if form == "del_num":
                return f"{day} del {it_words(b.month)}, {yy}"
            if form == "commas":
                return f"{it_words(b.day)}, {it_words(b.month)}, {yy}"
            return f"{it_words(b.day)} {it_words(b.month)} {it_words(b.year)}"
        yy = en_words(b.year % 100) if short_ok and b.year % 100 >= 10 else en_year(b.year)
        form = self.c("of_month", "month_the", "ord_ord", "commas")
        if form == "of_month":
            return f"the {en_ordinal(b.day)} of {EN_MONTHS[b.month - 1]}, {en_year(b.year)}"
        if form == "month_the":
            return f"{EN_MONTHS[b.month - 1]} the {en_ordinal(b.day)}, {en_year(b.year)}"
        if form == "ord_ord":
            return f"{en_ordinal(b.day)} of the {en_ordinal(b.month)}, {yy}"
        return f"{en_words(b.day)}, {en_words(b.month)}, {yy}"

    def cap_spoken(self, cap: str, sp: Reader | None = None) -> str:
        sp = sp or self.cust_sp
        if self.it:
            if self.rng.random() < 0.5:
                return sp.one_by_one(cap)
            return self.dictate(cap, [2, 3], ["whole", "whole"], sp)
        out, inw = cap.split()
        o = " ".join(ch for ch in out if ch.isalpha()) + " " + self.grp("".join(ch for ch in out if ch.isdigit()),
                                                                         self.c("whole", "single"), sp)
        return f"{o}, {sp.digit(inw[0])} {inw[1]} {inw[2]}"

    def address(self, variant: str = "") -> tuple[str, str]:
        """(value, spoken); variant 'careof' puts a company first, 'flat' a flat number and letter (UK)."""
        r, sp = self.rng, self.cust_sp
        if self.it:
            kind, name = self.street
            town = self.town[0]
            suffix_v = suffix_s = ""
            if r.random() < 0.15:
                ch = r.choice("ABC")
                suffix_v, suffix_s = f"/{ch}", f" barra {IT_LETTERS[ch]}"
            num = it_words(self.house) + suffix_s
            shape = r.choice(["cap", "cap", "a", "cap_after"])
            if shape == "cap":
                v = f"{kind} {name} {self.house}{suffix_v}, {self.cap} {town}"
                s = f"{kind} {name} {num}, {self.cap_spoken(self.cap)}, {town}"
            elif shape == "a":
                v = f"{kind} {name} {self.house}{suffix_v}, {town}"
                s = f"{kind} {name} {num}, a {town}"
            else:
                v = f"{kind} {name} {self.house}{suffix_v}, {self.cap} {town}"
                s = f"{kind} {name} {num}, {town}, CAP {self.cap_spoken(self.cap)}"
            if variant == "careof":
                company = r.choice(N_IT_AT_WORK)
                self.add_private(company)
                v, s = f"presso {company}, {v}", f"presso {company}, {s}"
            return v, s
        town, _, county, _ = self.town
        street = self.street
        house_s = en_words(self.house, uk=False) if self.house < 100 or r.random() < 0.5 else sp.pairs(str(self.house))
        with_county = variant in ("flat", "careof") or r.random() < 0.4
        v = f"{self.house} {street}, {town}" + (f", {county}" if with_county else "") + f" {self.cap}"
        s = f"{house_s} {street}, {town}, " + (f"{county}, " if with_county else "") + self.cap_spoken(self.cap)
        if variant == "flat":
            fl, ch = r.randint(1, 9), r.choice("ABCD")
            v, s = f"Flat {fl}{ch}, {v}", f"flat {en_words(fl)} {ch}, {s}"
        elif variant == "careof":
            company = r.choice(N_UK_AT_WORK)
            self.add_private(company)
            v, s = f"c/o {company}, {v}", f"care of {company}, {s}"
        return v, s

    def health(self) -> tuple[str, str, str]:
        """(verb, condition, what follows), fitting the caller."""
        bank = N_IT_HEALTH if self.it else N_EN_HEALTH
        opts = [h for h in bank if h[3] is None or (h[3] == "f" and self.female)]
        verb, cond, post, _ = self.rng.choice(opts)
        if self.it:
            cond = cond[1] if self.female else cond[0]
            if "stare attento" in post and self.female:
                post = post.replace("attento", "attenta")
        return verb, cond, post

    # ------------------------------------------------------------------ plan

    def plan(self) -> list[Item]:
        r = self.rng
        keeps = [k for k in KEEPS[self.purpose] if self.it or k != "FISCAL"]
        extras = [k for k in EXTRAS[self.purpose] if self.it or k != "FISCAL"]
        r.shuffle(extras)
        want = {"health": "HEALTH", "dob": "DOB", "email": "EMAIL", "careof": "ADDRESS", "card": "CARD"}.get(self.focus)
        if want in extras:
            extras.remove(want)
            extras.insert(0, want)
        protected = set(keeps) | ({want} if want else set())
        items = [Item(k) for k in keeps]
        n_extra = r.randint(2, 4) if len(keeps) <= 2 else r.randint(1, 3)
        items += [Item(k) for k in extras[:n_extra]]
        extras = extras[n_extra:]
        # how things come up
        vol_able = [it for it in items if it.kind in VOL_OK]
        n_vol = 2 if r.random() < 0.3 else 1
        if self.focus == "vol":
            n_vol = 2
        for k, it in enumerate(r.sample(vol_able, min(n_vol, len(vol_able)))):
            it.vol = "reason" if k == 0 and it.kind != "HEALTH" and r.random() < 0.55 else "body"
        if self.focus == "vol" and not any(it.vol == "reason" for it in items):
            cand = [it for it in items if it.vol == "body" and it.kind != "HEALTH"]
            if cand:
                cand[0].vol = "reason"
        for it in items:
            if it.kind == "ADDRESS":
                if it.vol:
                    it.variant = "flat" if (not self.it and r.random() < 0.5) else ""
                elif (self.focus == "careof" or r.random() < 0.3) and self.purpose in (CC, BI):
                    it.variant = "careof" if (self.it or r.random() < 0.6) else "flat"
                elif self.focus == "careof" and not self.it:
                    it.variant = "flat"
                elif not self.it and r.random() < 0.4:
                    it.variant = "flat"
            elif it.kind == "EMAIL":
                it.variant = ("domfirst" if r.random() < 0.5 else "corrected") if (
                    self.focus == "email" or r.random() < 0.5) else ""
            elif it.kind == "CARD":
                it.variant = "ending" if it.vol else ""
            elif it.kind == "TICKET" and not it.vol:
                it.variant = "given" if r.random() < 0.45 else ""
        # read-backs
        for it in items:
            if it.kind == "CARD" and it.variant == "ending":
                continue
            if it.kind in PARTIAL_OK and r.random() < (0.45 if it.kind != "ADDRESS" else 0.25):
                it.rb = "part"
            elif it.kind in FULL_OK and r.random() < 0.12:
                it.rb = "full"
        if self.focus == "partial" and not any(it.rb == "part" for it in items):
            cand = [it for it in items if it.kind in PARTIAL_OK and it.variant != "ending"]
            if cand:
                r.choice(cand).rb = "part"
        self.spell_surname = r.random() < 0.3
        self.bye_name = r.random() < 0.35
        target = r.randint(8, 11)

        def total():
            return sum(it.cost() for it in items) + self.spell_surname + self.bye_name

        while total() < target:
            no_rb = [it for it in items if not it.rb and (it.kind in PARTIAL_OK or it.kind in FULL_OK)
                     and it.variant != "ending"]
            if extras and r.random() < 0.6:
                items.append(Item(extras.pop(0)))
            elif no_rb:
                it = r.choice(no_rb)
                it.rb = "part" if it.kind in PARTIAL_OK and r.random() < 0.8 else (
                    "full" if it.kind in FULL_OK else "part")
            elif not self.spell_surname:
                self.spell_surname = True
            elif not self.bye_name:
                self.bye_name = True
            elif extras:
                items.append(Item(extras.pop(0)))
            else:
                break
        while total() > target:
            with_rb = [it for it in items if it.rb and not (self.focus == "partial" and it.rb == "part"
                                                            and sum(x.rb == "part" for x in items) == 1)]
            droppable = [it for it in items if it.kind not in protected and not it.rb and not it.vol]
            if with_rb and r.random() < 0.5:
                r.choice(with_rb).rb = ""
            elif self.bye_name:
                self.bye_name = False
            elif self.spell_surname:
                self.spell_surname = False
            elif droppable:
                items.remove(droppable[-1])
            elif with_rb:
                r.choice(with_rb).rb = ""
            else:
                break
        order = ORDER_OF[self.purpose]
        items.sort(key=lambda it: ({"reason": 0, "body": 1}.get(it.vol, 2), order.index(it.kind) + r.uniform(-0.9, 0.9)))
        return items

    # ------------------------------------------------------------------ the dialogue

    def build(self, company: str, agent: str, notice: bool):
        self.notice = notice
        it, P, r = self.it, self.p, self.rng
        items = self.plan()
        topic = {CC: ("l'assistenza ai clienti", "customer support"), SA: ("la consulenza commerciale", "sales"),
                 BI: ("le pratiche di fatturazione", "billing"), TE: ("l'assistenza tecnica", "technical support")}[
            self.purpose][0 if it else 1]
        hello = P([f"{company}, buongiorno, parla", f"Buongiorno e grazie per aver chiamato {company}, sono",
                   f"{company}, mi chiamo"],
                  [f"Morning, {company}, you're through to", f"Hello, {company}, my name is",
                   f"Thanks for holding, {company}, it's"])
        notice_s = P([f"Prima di iniziare, la informo che la chiamata viene registrata per {topic}.",
                      f"Questa telefonata è registrata, come previsto per {topic}.",
                      f"Le segnalo che, per {topic}, registriamo la conversazione."],
                     [f"Before we go on, I should let you know this call is recorded for {topic}.",
                      f"Just to say, we record calls on this line for {topic} and training.",
                      f"Heads-up: the call is being recorded, for {topic}."])
        ask = P(["Mi dica, come posso aiutarla?", "Cosa posso fare per lei?", "Di cosa ha bisogno?"],
                ["How can I help you today?", "What can I help you with?", "What's the problem today?"])
        self.say("agent", hello, ("AGENT_NAME", agent, agent), ".", notice_s if notice else "", ask)
        first = items[0] if items and items[0].vol == "reason" else None
        if first:
            self.volunteer(first, opening=True)
        else:
            self.say("customer", self.reason())
        self.name_turns()
        extras = ["distractor"] * r.randint(2, 3) + ["filler"] * r.randint(0, 1)
        body = [x for x in items if x is not first]
        steps: list = list(body)
        for e in extras:
            steps.insert(r.randint(1 if steps else 0, len(steps)), e)
        for step in steps:
            if step == "distractor":
                self.distractor()
            elif step == "filler":
                self.filler()
            elif step.vol == "body":
                self.volunteer(step, opening=False)
            else:
                self.ask(step)
        self.closing()
        self.lint()

    def reason(self) -> str:
        return self.p({
            CC: ["Buongiorno, aspetto un ordine da più di una settimana e non è ancora arrivato.",
                 "Salve, mi è arrivato un pacco con dentro l'articolo sbagliato.",
                 "Buongiorno, devo restituire un apparecchio e non ho capito come fare."],
            SA: ["Salve, ho visto la pubblicità della fibra con il telefono incluso e vorrei qualche dettaglio.",
                 "Buongiorno, sto pensando di cambiare fornitore e vorrei un preventivo."],
            BI: ["Buongiorno, nell'ultima fattura c'è un importo che non capisco.",
                 "Salve, mi è arrivato un sollecito per una bolletta che ho già pagato."],
            TE: ["Buongiorno, da ieri sera internet va e viene.",
                 "Salve, il telefono di casa non dà più il segnale."]}[self.purpose],
            {CC: ["Hi, I've been waiting over a week for an order and it still hasn't come.",
                  "Hello, I've been sent the wrong item in my parcel.",
                  "Hi, I need to send a device back and I can't work out how."],
             SA: ["Hi, I saw your advert for broadband with a landline thrown in and wanted some details.",
                  "Hello, I'm thinking of switching supplier and wanted a quote."],
             BI: ["Hi, there's a charge on my latest bill I don't understand.",
                  "Hello, I've had a reminder letter for a bill I've already paid."],
             TE: ["Hi, my internet's been cutting in and out since last night.",
                  "Hello, my home phone's gone dead."]}[self.purpose])

    def name_turns(self):
        P = self.p
        if self.purpose == SA:
            warm = P(["Volentieri.", "Certo.", ""], ["Happy to help with that.", "Sure.", ""])
        else:
            warm = P(["Mi dispiace, vediamo subito.", "Certo.", ""], ["Sorry to hear that.", "Okay.", ""])
        self.say("agent", warm,
                 P(["Mi dice il suo nome e cognome, per favore?", "Prima di tutto, a nome di chi è il contratto?",
                    "Posso sapere con chi parlo?", "Come si chiama, scusi?"],
                   ["Can I take your full name, please?", "First of all, whose name is the account in?",
                    "Who am I speaking with?", "What's your name, sorry?"]))
        lead = P(["Sono", "Mi chiamo", "È a nome mio,", ""], ["It's", "My name's", "It's in my name,", ""])
        pieces = [lead, ("PERSON", f"{self.first} {self.last}", f"{self.first} {self.last}")]
        if self.spell_surname:
            surname = "".join(ch for ch in self.last.upper() if ch.isalpha())
            mode = self.p(["plain", "plain", "mixed"], ["plain", "plain", "nato", "for"])
            spelled = ", ".join(self.letter(ch, mode) for ch in surname)
            pieces += [P(["il cognome si scrive", "il cognome glielo scandisco:"],
                         ["surname spelled", "that's spelled"]), ("PERSON", self.last, spelled)]
        self.say("customer", *pieces)

    # ---- volunteered data: in the opening reason, or in answer to an open question

    def vol_value(self, item: Item):
        label = LABEL[item.kind]
        if item.kind == "ADDRESS":
            v, s = self.address(item.variant)
            self.addr = (v, s)
        elif item.kind == "PHONE":
            land = self.purpose == TE or self.rng.random() < 0.3
            v, s = self.phone(landline=land)
            self.phone_v = v
        elif item.kind == "CARD":
            n = self.c(4, 4, 3)
            v = self.card_value[-n:]
            s = self.grp(v, self.c("single", "pairs") if n == 4 else self.c("single", "hyph"), self.cust_sp)
        elif item.kind == "EMAIL":
            v, local, domain = self.email()
            s = self.email_spoken(local, domain, "plain")
        elif item.kind == "HEALTH":
            raise AssertionError
        else:
            v = self.code_value(item.kind)
            s = self.code_spoken(v)
        return (label, v, s)

    def volunteer(self, item: Item, opening: bool):
        it, P, N, r = self.it, self.p, self.N, self.rng
        if item.kind == "HEALTH":
            verb, cond, post = self.health()
            self.say("agent", P([f"Quando le farebbe comodo essere {self.g('ricontattato', 'ricontattata')}?",
                                 "Per l'appuntamento, ha qualche preferenza di orario?",
                                 "Preferisce la mattina o il pomeriggio?"],
                                ["When would be best for us to call you back?",
                                 "Any preference on timing for the appointment?",
                                 "Mornings or afternoons, what suits you?"]))
            h = self.hour(True)
            self.say("customer", P(["Il pomeriggio, dopo le", "Meglio dopo le"], ["Afternoons, after", "After"]),
                     N(h), P([". E già che ci sono, le dico che", ". Ah, e forse è meglio che lo sappiate:"],
                             [". Oh, and I should probably mention", ". And while I think of it,"]), verb,
                     ("HEALTH", cond, cond), post)
            self.say("agent", P(["Capisco, grazie per avermelo detto: lo segno nella pratica.",
                                 "Grazie, ne teniamo conto."],
                                ["Thanks for telling me, I'll pop a note on the account.",
                                 "Understood, I'll make a note of that."]))
            return
        val = self.vol_value(item)
        d = r.randint(3, 12)
        e, cc = r.randint(29, 140), r.choice([10, 40, 50, 80, 90])
        g = self.g
        if it:
            story = {
                ("ADDRESS", CC): ["il pacco doveva arrivare in", val, "ma il tracciamento dice consegnato e qui non c'è niente."],
                ("ADDRESS", TE): ["abito in", val, "e il tecnico non è mai venuto, l'ho aspettato tutta la mattina."],
                ("ADDRESS", BI): [f"mi sono {g('trasferito', 'trasferita')} in", val,
                                  "e le fatture arrivano ancora al vecchio indirizzo."],
                ("ADDRESS", SA): ["ci siamo appena trasferiti in", val, "e vorremmo attivare la fibra lì."],
                ("PHONE", TE): ["il numero fisso,", val, ", non dà più la linea da", N(d), "giorni."],
                ("PHONE", SA): ["un vostro consulente mi ha lasciato un messaggio sul", val, "e la richiamo per l'offerta."],
                ("PHONE", CC): ["il corriere dice che mi ha chiamato sul", val, "ma a me non risulta nessuna chiamata."],
                ("PHONE", BI): ["mi arrivano SMS di sollecito sul", val, "per una bolletta che ho già pagato."],
                ("CARD", BI): ["la stessa bolletta me l'avete addebitata di nuovo,", *self.money(e, cc), "sulla carta che finisce con", val, "."],
                ("CARD", CC): ["ho pagato l'ordine con la carta che termina con", val, "ma sul sito risulta ancora da pagare."],
                ("CARD", SA): ["ho provato ad attivare l'offerta online con la carta che finisce in", val,
                               "ma il pagamento viene rifiutato."],
                ("CARD", TE): ["mi avete addebitato l'uscita del tecnico sulla carta che finisce con", val,
                               "ma il tecnico non si è visto."],
                ("EMAIL", CC): ["vi ho scritto già varie volte da", val, "e nessuno mi risponde sul reso."],
                ("EMAIL", SA): ["ho compilato il modulo sul sito con la mail", val, "ma non mi ha ricontattato nessuno."],
                ("EMAIL", BI): ["le fatture dovrebbero arrivarmi su", val, "ma da qualche mese non arrivano più."],
                ("EMAIL", TE): ["non riesco più ad accedere alla posta,", val, ", mi dice password errata."],
                ("ORDER", CC): ["l'ordine", val, "è fermo in magazzino da", N(d), "giorni."],
                ("INVOICE", BI): ["la fattura", val, "ha un importo di", N(e), "euro, mi sembra esagerato."],
                ("TICKET", TE): ["ho già aperto una segnalazione, la", val, ", ma non si è più fatto vivo nessuno."],
            }[(item.kind, self.purpose)]
        else:
            story = {
                ("ADDRESS", CC): ["my parcel was meant to come to", val, "but the tracking says delivered and there's nothing here."],
                ("ADDRESS", TE): ["I'm at", val, "and the engineer never turned up, I waited in all morning."],
                ("ADDRESS", BI): ["I moved to", val, "a while ago and the bills are still going to my old place."],
                ("ADDRESS", SA): ["we've just moved into", val, "and we want broadband set up there."],
                ("PHONE", TE): ["it's the landline,", val, ", there's been no dial tone for", N(d), "days."],
                ("PHONE", SA): ["somebody from your sales team left a voicemail on", val, "so I'm ringing back."],
                ("PHONE", CC): ["the courier says he rang me on", val, "but I never got a call."],
                ("PHONE", BI): ["I keep getting payment reminder texts on", val, "for a bill I've already paid."],
                ("CARD", BI): ["my card ending", val, "was charged twice for the same bill,", *self.money(e, cc),
                               "each time."],
                ("CARD", CC): ["I paid for the order with my card ending", val, "but your website still says unpaid."],
                ("CARD", SA): ["I tried to sign up online with the card ending", val, "and it keeps getting declined."],
                ("CARD", TE): ["you've charged a call-out fee to my card ending", val, "and the engineer never came."],
                ("EMAIL", CC): ["I've emailed twice from", val, "about my return and heard nothing back."],
                ("EMAIL", SA): ["I filled in the form on your website with", val, "and nobody got back to me."],
                ("EMAIL", BI): ["my bills are meant to go to", val, "but they've stopped coming."],
                ("EMAIL", TE): ["I can't get into my email,", val, ", it keeps saying wrong password."],
                ("ORDER", CC): ["order", val, "has been stuck at the depot for", N(d), "days."],
                ("INVOICE", BI): ["invoice", val, "says I owe", N(e), "pounds, which can't be right."],
                ("TICKET", TE): ["I've already got a fault open, reference", val, ", and nobody's been back to me."],
            }[(item.kind, self.purpose)]
        if opening:
            self.say("customer", P(["Buongiorno,", "Salve,", "Sì, buongiorno, guardi,"], ["Hi,", "Hello,", "Hiya, yeah,"]),
                     *story)
        else:
            if self.purpose == SA:
                pool = (["Ci aveva già contattato in precedenza?", "Aveva già parlato con qualcuno di noi?",
                         "Mi racconti pure, com'è andata finora?"] if it else
                        ["Have you been in touch with us before?", "Has anyone from the team spoken to you already?",
                         "Go on, how's it gone so far?"])
            else:
                pool = (["Mi racconta cosa è successo di preciso?", "Mi spiega meglio la situazione?",
                         "Cosa è successo esattamente?", "E poi? Mi dica pure."] if it else
                        ["Can you tell me a bit more about what happened?", "What's happened exactly?",
                         "Okay, talk me through it.", "Go on, what else?"])
            opts = [q for q in pool if q not in self.asked_open]
            q = self.c(*opts)
            self.asked_open.add(q)
            self.say("agent", q)
            self.say("customer", P(["Sì, guardi,", "Allora,", "Eh, sì:"], ["Yeah, so", "Well,", "Right, so"]), *story)
        self.after(item, val, vol=True, opening=opening)

    # ---- asked data

    def ask(self, item: Item):
        {"PHONE": self.ask_phone, "EMAIL": self.ask_email, "ADDRESS": self.ask_address, "ORDER": self.ask_code,
         "INVOICE": self.ask_code, "TICKET": self.ask_code, "FISCAL": self.ask_fiscal, "IBAN": self.ask_iban,
         "CARD": self.ask_card, "DOB": self.ask_dob, "HEALTH": self.ask_health}[item.kind](item)

    def after(self, item: Item, val, vol: bool = False, opening: bool = False):
        """The agent's read-back (part or full) and the caller's short confirmation; or a plain thanks."""
        P, label, v = self.p, val[0], val[1]
        if item.rb == "part":
            if item.kind == "ADDRESS":
                cap_s = self.cap_spoken(self.cap, self.agent_sp)
                self.say("agent", P(["Il CAP è", "Quindi CAP"], ["And the postcode's", "So the postcode is"]),
                         ("ADDRESS", self.cap, cap_s), P(["vero?", "giusto?"], ["yeah?", "is that right?"]))
            else:
                digits = re.sub(r"\D", "", v)
                t, s = self.tail(digits)
                noun_it = {"PHONE": "il numero", "CARD": "la carta", "IBAN": "l'IBAN", "ORDER": "l'ordine",
                           "INVOICE": "la fattura", "TICKET": "la segnalazione"}[item.kind]
                noun_en = {"PHONE": "number", "CARD": "card", "IBAN": "account", "ORDER": "order",
                           "INVOICE": "invoice", "TICKET": "reference"}[item.kind]
                if self.it:
                    pre = self.c("Finisce con", f"Quindi {noun_it} che termina con", "Perfetto, finale",
                                 f"Allora, {noun_it} che finisce in")
                    post = self.c("giusto?", "vero?", "corretto?")
                else:
                    pre = self.c(f"So that's the {noun_en} ending", "Ending in", f"Okay, the {noun_en} finishing")
                    post = self.c("yeah?", "is that right?", "correct?")
                self.say("agent", pre, (label, t, s), post)
            self.say("customer", self.yes())
        elif item.rb == "full":
            if item.kind == "EMAIL":
                local, domain = v.split("@")
                s = self.email_spoken(local, domain, "plain")
            elif item.kind == "ADDRESS":
                s = val[2]
            elif item.kind == "PHONE":
                s = self.dictate(v, [3, 3, len(v) - 6], ["single"] * 3, self.agent_sp)
            elif item.kind == "FISCAL":
                s = self.spell(v, "plain", self.agent_sp, group_letters=True)
            else:
                s = self.code_spoken(v, self.agent_sp)
            self.say("agent", P(["Le ripeto:", "Rileggo:"], ["Let me read that back:", "Just to check:"]),
                     (label, v, s), P(["giusto?", "è corretto?"], ["is that right?", "yeah?"]))
            self.say("customer", self.yes())
        elif vol and not opening:
            self.say("agent", P(["Capisco, controllo subito.", "Ah, vedo.", "Va bene, verifico."],
                                ["Right, I see.", "Okay, let me look into that.", "I see, bear with me."]))
        elif not vol and self.rng.random() < 0.4:
            self.say("agent", P(["Perfetto, grazie.", "Benissimo, annotato.", "Grazie."],
                                ["Lovely, thanks.", "Great, got that.", "Perfect."]))

    def ask_phone(self, item: Item):
        P, N = self.p, self.N
        land = self.rng.random() < 0.2
        v, s = self.phone(landline=land)
        self.say("agent", P(["Mi lascia un numero di telefono per eventuali aggiornamenti?",
                             "Il tecnico su che numero la può avvisare quando arriva?" if self.purpose == TE else
                             "Su quale cellulare le mandiamo l'SMS con il codice?",
                             "Ha un recapito telefonico dove trovarla?"],
                            ["What's the best number to reach you on?",
                             "Which mobile should the engineer text when he's on his way?" if self.purpose == TE else
                             "Which mobile should we send the code to?",
                             "Can I take a contact number for updates?"]))
        lead = P(["Sì, è il", "Mi chiami pure al", "Certo:", "Sì, segni:", "Il fisso è il" if land else "Il cellulare è il"],
                 ["It's", "Yeah, it's", "Sure:", "Best to use", "The landline's" if land else "Mobile's"])
        h = self.hour(self.rng.random() < 0.6)
        tail = P(["", ["dopo le", N(h), "sono sempre raggiungibile."], ["ma non prima delle", N(h), ", per favore."],
                  "c'è anche WhatsApp."],
                 ["", ["I'm about after", N(h), "most days."], ["but not before", N(h), ", please."],
                  "that's on WhatsApp too."])
        self.say("customer", lead, ("PHONE_NUMBER", v, s), tail)
        self.after(item, ("PHONE_NUMBER", v, s))

    def ask_email(self, item: Item):
        P = self.p
        v, local, domain = self.email()
        self.say("agent", {CC: P(["A che mail le mandiamo l'etichetta per il reso?", "Mi lascia una mail per gli aggiornamenti sulla spedizione?"],
                                 ["Where should we email the returns label?", "Can I take an email for delivery updates?"]),
                           SA: P(["A che mail le mando il contratto da firmare?", "Mi lascia un indirizzo email per la proposta?"],
                                 ["What email should the contract go to?", "Can I take an email to send the quote to?"]),
                           BI: P(["Dove preferisce ricevere la fattura elettronica?", "Ha una mail per il riepilogo dei pagamenti?"],
                                 ["Where would you like your e-bills sent?", "Have you got an email for the payment summary?"]),
                           TE: P(["A che mail le mando il rapporto dell'intervento?", "Mi lascia una mail per la conferma dell'appuntamento?"],
                                 ["What email should I send the fault report to?", "Can I take an email for the appointment confirmation?"])}[self.purpose])
        s = self.email_spoken(local, domain, item.variant or "plain")
        if item.variant == "domfirst":
            lead = P(["È su", "Ce l'ho su", "Allora, è su"], ["It's on", "It's on", "I'm with"])
        else:
            lead = P(["Sì,", "Certo, è", "Allora,", "La mail è"], ["Sure, it's", "Yeah, it's", "It's", "Okay, it's"])
        tail = P(["", "tutto minuscolo, senza spazi.", "la guardo tutti i giorni."],
                 ["", "all lowercase.", "I check it every day."])
        self.say("customer", lead, ("EMAIL_ADDRESS", v, s), tail)
        self.after(item, ("EMAIL_ADDRESS", v, s))

    def ask_address(self, item: Item):
        P, N, r = self.p, self.N, self.rng
        v, s = self.address(item.variant)
        self.addr = (v, s)
        self.say("agent", {CC: P(["A che indirizzo dobbiamo spedire?", "Mi conferma l'indirizzo di consegna?"],
                                 ["What's the delivery address?", "Where should we send it?"]),
                           SA: P(["Dove andrebbe attivata la fornitura?", "A che indirizzo sarebbe l'attivazione?"],
                                 ["Which address would it be for?", "Where would we be installing?"]),
                           BI: P(["L'indirizzo di fatturazione, me lo ripete?", "A che indirizzo mandiamo le fatture?"],
                                 ["Which address is the bill going to?", "What's the billing address?"]),
                           TE: P(["Dov'è installata la linea?", "A che indirizzo deve venire il tecnico?"],
                                 ["Where's the line installed?", "What address should the engineer go to?"])}[self.purpose])
        if item.variant == "careof":
            lead = P(["Lo mandi in ufficio, cioè", "Meglio al lavoro:", "Di giorno non ci sono, quindi"],
                     ["Best send it to work, that's", "I'm out all day, so", "Send it to my work:"])
        else:
            lead = P(["In", "Sì, in", "Allora, abito in", "Sempre in"], ["It's", "Yeah,", "We're at", "I'm at"])
        floors = self.floors
        tail = P(["", ["è una palazzina di", N(floors), "piani, senza ascensore."], "il citofono però non funziona."],
                 ["", ["it's a block of", N(floors), "storeys, no lift."], "the buzzer doesn't work though."])
        self.say("customer", lead, ("ADDRESS", v, s), tail)
        self.after(item, ("ADDRESS", v, s))

    def ask_code(self, item: Item):
        P, N, r = self.p, self.N, self.rng
        kind, label = item.kind, "ORDER_NUMBER"
        v = self.code_value(kind)
        if kind == "TICKET" and item.variant == "given":
            s = self.code_spoken(v, self.agent_sp)
            self.say("agent", P(["Le apro subito una segnalazione. Se lo segna, il numero è", "Ho aperto la pratica, il codice è"],
                                ["I've opened a fault for you. If you've got a pen, the reference is",
                                 "Right, that's logged, your reference is"]),
                     (label, v, s), P(["e il tecnico la contatta entro", "e la richiamiamo entro"],
                                      ["and an engineer will be in touch within", "and we'll call you within"]),
                     N(48), P(["ore."], ["hours."]))
            if item.rb == "part":
                t, ts = self.tail(re.sub(r"\D", "", v), self.cust_sp)
                self.say("customer", P(["Aspetti, finisce con", "Quindi termina in"], ["Hang on, ending", "So it finishes"]),
                         (label, t, ts), P(["giusto?", "vero?"], ["yeah?", "right?"]))
                self.say("agent", self.yes())
            elif item.rb == "full":
                ts = self.code_spoken(v, self.cust_sp)
                self.say("customer", P(["Ripeto:", "Me lo scrivo:"], ["Let me repeat that:", "Writing it down:"]),
                         (label, v, ts), P(["giusto?"], ["right?"]))
                self.say("agent", self.yes())
            else:
                self.say("customer", P(["Segnato, grazie.", "Ok, me lo sono scritto."], ["Got it, thanks.", "Okay, written down."]))
            return
        q = {"ORDER": (["Ha il numero dell'ordine?", "Mi legge il numero d'ordine dalla mail di conferma?",
                        "Qual è il riferimento dell'ordine?"],
                       ["Have you got the order number?", "Can you read me the order number from your confirmation email?",
                        "What's the order reference?"]),
             "INVOICE": (["Mi dice il numero della fattura in questione?",
                          "Ha davanti la fattura? Il numero è in alto a destra."],
                         ["What's the invoice number?", "Have you got the bill there? The invoice number's top right."]),
             "TICKET": (["Ha già un numero di segnalazione?", "Le avevano dato un codice di ticket?"],
                        ["Have you got a fault reference already?", "Did they give you a ticket number last time?"])}[kind]
        self.say("agent", P(*q))
        s = self.code_spoken(v)
        lead = P(["Sì, è", "Allora,", "Eccolo:", "Sì:"], ["Yeah, it's", "Okay,", "Here it is:", "It's"])
        e, cc, d = r.randint(39, 180), r.choice([20, 45, 60, 99]), r.randint(2, 14)
        tail = {"ORDER": P(["", ["e dentro ci sono", N(r.randint(2, 5)), "articoli."], ["l'ho fatto", N(d), "giorni fa."]],
                           ["", ["there should be", N(r.randint(2, 5)), "items in it."], ["I placed it", N(d), "days ago."]]),
                "INVOICE": P(["", ["e l'importo è di", *self.money(e, cc), "."]],
                             ["", ["and it says", *self.money(e, cc), "."]]),
                "TICKET": P(["", ["l'ho aperto", N(d), "giorni fa."]], ["", ["I opened it", N(d), "days ago."]])}[kind]
        self.say("customer", lead, (label, v, s), tail)
        self.after(item, (label, v, s))

    def ask_fiscal(self, item: Item):
        P = self.p
        v = self.fiscal_value()
        self.say("agent", P(["Mi serve il codice fiscale dell'intestatario, per cortesia.",
                             "Per la verifica dell'identità, il codice fiscale?",
                             "Mi legge il codice fiscale dalla tessera sanitaria?"], [""]))
        s = self.spell(v, self.c("plain", "plain", "mixed"), self.cust_sp, group_letters=self.rng.random() < 0.6)
        self.say("customer", P(["Sì,", "Allora,", "Eccolo:", "Glielo leggo:"], [""]), ("IT_FISCAL_CODE", v, s))
        self.after(item, ("IT_FISCAL_CODE", v, s))

    def ask_iban(self, item: Item):
        P, r = self.p, self.rng
        v = self.iban_value()
        self.say("agent", {SA: P(["Per la domiciliazione bancaria mi serve l'IBAN.", "Su che conto appoggiamo l'addebito?"],
                                 ["For the direct debit I'll need your IBAN.", "Which account should the payments come from?"]),
                           BI: P(["Su che IBAN le facciamo il rimborso?", "Mi detta l'IBAN per il rimborso?"],
                                 ["Which account should the refund go to? I'll need the IBAN.",
                                  "Could you read me the IBAN for the refund?"])}.get(
            self.purpose, P(["Mi detta l'IBAN, per favore?"], ["Could you read me the IBAN, please?"])))
        s = self.iban_spoken(v)
        self.say("customer", P(["Sì, allora:", "Eccolo:", "Glielo leggo dall'app:", ""],
                               ["Okay, reading it off the app:", "Right, it's", "Sure:", ""]), ("IBAN_CODE", v, s))
        if item.rb == "part" and self.purpose == BI:
            t, ts = self.tail(re.sub(r"\D", "", v))
            e, cc = r.randint(12, 95), r.choice([10, 30, 50, 70])
            self.say("agent", P(["Perfetto: sul conto che finisce con", "Allora, sull'IBAN che termina in"],
                                ["Lovely: so the account ending", "Right, to the account ending"]),
                     ("IBAN_CODE", t, ts), P(["le accreditiamo", "arriveranno"], [", we'll send", ", you'll get"]),
                     *self.money(e, cc), P([", giusto?"], [", is that right?"]))
            self.say("customer", self.yes())
        else:
            self.after(item, ("IBAN_CODE", v, s))

    def ask_card(self, item: Item):
        P, r = self.p, self.rng
        e, cc = r.randint(5, 60), r.choice([50, 90, 99, 0])
        what = {CC: ("per la riconsegna express.", "for the express redelivery."),
                SA: ("di attivazione.", "for activation."),
                BI: ("per saldare lo scoperto.", "to clear the balance."),
                TE: ("per l'uscita del tecnico.", "for the engineer visit.")}[self.purpose][0 if self.it else 1]
        money = self.money(e, cc) if cc else [self.N(e), "euro" if self.it else "pounds"]
        self.say("agent", P(["Sono"], ["That's"]), *money, what, P(["Mi legge il numero della carta?",
                                                                  "Con che carta paga? Mi serve il numero lungo."],
                                                                 ["Can I take the long card number?",
                                                                  "Which card are you using? I'll need the long number."]))
        s = self.card_spoken()
        article = "an" if self.brand[0] in "AEIOU" else "a"
        lead = P([f"Con la {self.brand}:", "Sì, allora", "Eccola:"], [f"It's {article} {self.brand},", "Okay, it's", "Right,"])
        self.say("customer", lead, ("CREDIT_CARD", self.card_value, s))
        self.after(item, ("CREDIT_CARD", self.card_value, s))

    def ask_dob(self, item: Item):
        P = self.p
        self.say("agent", P(["Per la verifica, la data di nascita?", "Mi conferma giorno, mese e anno di nascita?",
                             f"E quando è {self.g('nato', 'nata')}?"],
                            ["And your date of birth, for security?", "Can you confirm your date of birth?",
                             "When were you born, please?"]))
        s = self.dob_spoken()
        if self.it:
            lead = self.c("Il", f"Sono {self.g('nato', 'nata')} il", "Allora, il", "È il")
        else:
            lead = self.c("It's", "", "Born on") if s.startswith("the ") else self.c("It's", "")
        self.say("customer", lead, ("DATE_OF_BIRTH", self.born.isoformat(), s))
        if self.rng.random() < 0.4:
            self.say("agent", P(["Grazie, verificato.", "Perfetto, corrisponde."], ["Thanks, that matches.", "Great, that's verified."]))

    def ask_health(self, item: Item):
        P, N = self.p, self.N
        verb, cond, post = self.health()
        self.say("agent", P(["C'è qualcosa che dovremmo sapere per venirle incontro?",
                             "Ha bisogno di qualche accorgimento particolare da parte nostra?"],
                            ["Is there anything we should know to make things easier for you?",
                             "Do you need any extra support from us, with appointments or letters?"]))
        self.say("customer", P(["Sì, in effetti", "Beh, sì,", "Sì, guardi:"], ["Yes, actually,", "Well, yeah,", "Yes:"]),
                 verb, ("HEALTH", cond, cond), post)
        self.say("agent", P(["Grazie, lo annoto così il collega lo sa.", "Capito, ne teniamo conto."],
                            ["Thanks, I'll add that so the team knows.", "Got it, I'll note that."]))

    # ---- numbers that must stay audible, fillers, closing

    def distractor(self):
        P, N, r = self.p, self.N, self.rng
        e, cc = r.randint(19, 49), r.choice([90, 99, 50])
        opts = {
            "offer": ({SA}, lambda: [
                ("agent", [P(["L'offerta base costa"], ["The basic package is"]), *self.money(e, cc),
                           P(["al mese, con un vincolo di"], ["a month, on a"]), N(r.choice([12, 18, 24])),
                           P(["mesi."], ["month contract."])]),
                ("customer", [P(["E l'attivazione si paga?"], ["And is there a setup fee?"])]),
                ("agent", [P(["Sarebbero"], ["Normally it's"]), N(r.choice([39, 49, 59])),
                           P(["euro, ma per lei la togliamo."], ["pounds, but I can waive that for you."])])]),
            "firmware": ({TE}, lambda: [
                ("agent", [P(["Che versione del firmware vede nella pagina del router?"],
                             ["What firmware version does the router page show?"])]),
                ("customer", [P(["C'è scritto"], ["It says"]), N(r.randint(5, 7)), P(["punto"], ["point"]), N(r.randint(0, 3)),
                              P(["punto"], ["point"]), N(r.randint(2, 19))]),
                ("agent", [P(["Va aggiornato, ci mette circa"], ["That needs updating, it takes about"]),
                           N(r.choice([5, 10, 15])), P(["minuti."], ["minutes."])])]),
            "model": ({TE}, lambda: [
                ("agent", [P(["Che modello di router ha?"], ["Which router model have you got?"])]),
                ("customer", [P(["È un Aurora", "Mi sembra il Vela"], ["It's the Skyline", "I think it's a Nimbus"]),
                              N(r.choice([300, 750, 3000, 4500, 5200])), P(["quello nero."], ["the black box."])])]),
            "slot": ({CC, TE}, lambda: [
                ("agent", [P(["Il passaggio è previsto tra le"], ["The slot we've got is between"]),
                           N(self.hour(False)), P(["e le"], ["and"]), N(self.hour(True)), P(["di giovedì."], ["on Thursday."])]),
                ("customer", [P(["Va bene, a quell'ora ci sono.", "Perfetto, lavoro da casa quel giorno."],
                                ["That's fine, I'll be in.", "Great, I'm working from home that day."])])]),
            "bill": ({BI}, lambda: [
                ("customer", [P(["Di solito pago sui"], ["I usually pay about"]), N(r.choice([45, 60, 75])),
                              P(["euro, questa volta sono"], ["pounds, this time it's"]), *self.money(r.randint(120, 240), cc),
                              "."]),
                ("agent", [P(["Vedo, c'è un conguaglio degli ultimi"], ["I see, there's a catch-up charge for the last"]),
                           N(r.choice([4, 6, 8])), P(["mesi."], ["months."])])]),
            "speed": ({SA}, lambda: [
                ("agent", [P(["Con la fibra arriva fino a"], ["On fibre you'd get up to"]), N(r.choice([500, 900, 1000])),
                           P(["mega, e con la SIM ha"], ["meg, and the SIM comes with"]), N(r.choice([100, 150, 200])),
                           P(["giga al mese."], ["gigs a month."])]),
                ("customer", [P(["Mi bastano e avanzano.", "Ottimo."], ["That's plenty.", "Sounds good."])])]),
            "refund": ({BI, CC}, lambda: [
                ("agent", [P(["Il rimborso di solito richiede"], ["Refunds normally take"]), N(r.choice([5, 10, 14])),
                           P(["giorni lavorativi."], ["working days."])]),
                ("customer", [P(["D'accordo, aspetto.", "Va bene."], ["Okay, fair enough.", "Right, fine."])])]),
            "building": ({TE, SA}, lambda: [
                ("agent", [P(["Quanti piani ha il palazzo? Il tecnico deve sapere se serve la scala lunga."],
                             ["How many floors has the building got? The engineer needs to know about ladders."])]),
                ("customer", [P(["Sono"], ["It's"]), N(self.floors), P(["piani, e la centralina è in cantina."],
                                                                             ["floors, and the box is in the cellar."])])]),
            "reboot": ({TE}, lambda: [
                ("agent", [P(["Provi a spegnere il router per"], ["Could you switch the router off for"]), N(30),
                           P(["secondi e poi lo riaccenda."], ["seconds and then back on?"])]),
                ("customer", [P(["Fatto. Adesso lampeggia solo la luce della fibra."], ["Done. Now just the fibre light's flashing."])])]),
            "pieces": ({CC}, lambda: [
                ("customer", [P(["Nel pacco dovevano esserci"], ["There should've been"]), N(r.randint(3, 6)),
                              P(["pezzi e ne ho ricevuti solo"], ["bits in the box and I only got"]), N(2), "."]),
                ("agent", [P(["Capisco, faccio partire i mancanti."], ["Okay, I'll send the missing ones out."])])]),
            "discount": ({SA, BI}, lambda: [
                ("agent", [P(["Posso applicarle lo sconto del"], ["I can give you"]), N(r.choice([10, 15, 20])),
                           P(["percento per i primi"], ["percent off for the first"]), N(r.choice([6, 12])), P(["mesi."], ["months."])]),
                ("customer", [P(["Ah, molto gentile."], ["Oh, that's kind."])])]),
        }
        free = [k for k, (purps, _) in opts.items() if self.purpose in purps and k not in self.used_distractors]
        if not free:
            free = [k for k in opts if k not in self.used_distractors]
        k = r.choice(free)
        self.used_distractors.add(k)
        for speaker, pieces in opts[k][1]():
            self.say(speaker, *pieces)

    def filler(self):
        P = self.p
        self.say("agent", P(["Mi dia un secondo che apro la sua scheda.", "Attenda in linea, verifico con il magazzino.",
                             "Il sistema oggi è un po' lento, mi scusi."],
                            ["Give me a second to open your account.", "Just checking with the depot, bear with me.",
                             "Sorry, the system's being slow today."]))
        self.say("customer", P(["Nessun problema.", "Attendo, grazie.", "Faccia pure."],
                               ["No problem.", "That's fine.", "Go ahead."]))

    def closing(self):
        P, N, r = self.p, self.N, self.rng
        h = self.hour(True)
        if self.purpose == BI:
            main = [P(["Ho inoltrato la richiesta: la risposta arriva entro"], ["I've passed that on: you'll hear back within"]),
                    N(r.choice([5, 10, 15])), P(["giorni lavorativi."], ["working days."])]
        elif self.purpose == SA:
            main = [P(["Le mando l'offerta per mail, resta valida per"], ["I'll email the offer over, it's valid for"]),
                    N(r.choice([7, 14, 30])), P(["giorni."], ["days."])]
        else:
            main = [P(["Ho aperto la richiesta: riceverà un SMS entro"], ["That's all logged: you'll get a text within"]),
                    N(r.choice([24, 48, 72])), P(["ore e, se serve, la richiamiamo domani dopo le"],
                                                 ["hours, and if we need anything we'll ring tomorrow after"]), N(h), "."]
        bye = []
        if self.bye_name:
            bye = [P([f"Grazie, {self.g('signor', 'signora')}", "Buona giornata,"],
                     [f"Thanks, {self.g('Mr', 'Mrs')}", "Have a good day,"]),
                   ("PERSON", self.last, self.last), "."]
        else:
            bye = [P(["Buona giornata.", "Grazie e arrivederci."], ["Have a good day.", "Thanks for calling."])]
        self.say("agent", *main, *bye)
        self.say("customer", P(["Grazie a lei, arrivederci.", "Perfetto, grazie di tutto."],
                               ["Brilliant, thanks for your help.", "Cheers, bye."]))

    # ------------------------------------------------------------------ lint

    def verify(self, p):
        label, value, spoken = p
        lang = self.lang
        if label in ("PHONE_NUMBER", "CREDIT_CARD", "NONPII_NUMBER", "ADDRESS"):
            got, want = heard_digits(spoken, lang), re.sub(r"\D", "", value)
            if got != want:
                raise LintError(f"{label} {value!r}: heard {got!r} in {spoken!r}")
        elif label in ("IBAN_CODE", "IT_FISCAL_CODE", "ORDER_NUMBER"):
            got, want = heard_code(spoken, lang), re.sub(r"[^A-Z0-9]", "", value.upper())
            if got != want:
                raise LintError(f"{label} {value!r}: heard {got!r} in {spoken!r}")
        elif label == "DATE_OF_BIRTH":
            got = heard_date(spoken, lang)
            if got.isoformat() != value:
                raise LintError(f"date {value!r}: heard {got} in {spoken!r}")
        elif label == "EMAIL_ADDRESS":
            got, want = heard_digits(spoken, lang), re.sub(r"\D", "", value)
            if got != want:
                raise LintError(f"e-mail {value!r}: heard digits {got!r}")
            toks = set(re.findall(r"[\w']+", spoken.lower()))
            local, domain = value.split("@")
            need = []
            for run in re.findall(r"[a-z]+", local):
                if len(run) == 1:
                    need.append(IT_LETTERS[run.upper()] if self.it else run)
                else:
                    need += [w.lower() for w in self.name_parts(run)]
            need += N_HOST_SPOKEN.get(domain.split(".")[0], domain.split(".")[0]).split()
            missing = [w for w in need if w not in toks]
            if missing:
                raise LintError(f"e-mail {value!r}: {missing} not said in {spoken!r}")
        elif label == "PERSON":
            if " " in value or spoken == value:
                if spoken != value:
                    raise LintError(f"name {value!r} said as {spoken!r}")
            elif heard_code(spoken, lang) != re.sub(r"[^A-Z]", "", value.upper()):
                raise LintError(f"spelled name {value!r}: {spoken!r}")
        elif label in ("HEALTH", "AGENT_NAME"):
            if spoken != value:
                raise LintError(f"{label} {value!r} said as {spoken!r}")
        if label == "ADDRESS":
            if not re.fullmatch(r"[\dA-Z]+ ?[\dA-Z]*", value) and self.town[0] not in value:
                raise LintError(f"address {value!r} without its town")
            words = [w for w in re.findall(r"[^\W\d]+", value.replace("c/o", "care of")) if len(w) > 2 and not w.isupper()]
            missing = [w for w in words if w.lower() not in spoken.lower()]
            if missing:
                raise LintError(f"address {value!r}: {missing} not said in {spoken!r}")
            if self.it:
                for m in re.finditer(r"/([A-Z])", value):
                    if f"barra {IT_LETTERS[m.group(1)]}" not in spoken:
                        raise LintError(f"address {value!r}: '/{m.group(1)}' not said in {spoken!r}")
            else:
                want = "".join(ch for tok in re.findall(r"\w+", value) if any(c.isdigit() for c in tok)
                               for ch in tok if ch.isalpha())
                got = "".join(t for t in re.findall(r"\w+", spoken) if len(t) == 1 and t.isupper())
                if got != want:
                    raise LintError(f"address {value!r}: letters {got!r} heard, {want!r} wanted")

    def lint(self):
        words = IT_NUMBER_WORDS if self.it else EN_NUMBER_WORDS
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
                    if not any(ch.isalnum() for ch in p[2]):
                        raise LintError(f"unspeakable labelled piece {p!r}")
                    self.verify(p)
                    nonpii += p[0] == "NONPII_NUMBER"
                    continue
                if not any(ch.isalnum() for ch in p):
                    raise LintError(f"bare punctuation piece {p!r}")
                if re.search(r"\d", p):
                    raise LintError(f"digit in plain text: {p!r}")
                toks = set(re.findall(r"[\w']+", p.lower()))
                bad = (toks & words) | (toks & self.private_words)
                if bad:
                    raise LintError(f"{sorted(bad)} in plain text: {p!r}")
                if not self.notice and re.search(r"registr|record", p.lower()):
                    raise LintError(f"recording mentioned without the notice: {p!r}")
        if self.notice and not re.search(r"registr|record", " ".join(
                p for p in self.turns[0][1] if isinstance(p, str)).lower()):
            raise LintError("notice flag set but no notice in the opening")
        n = self.item_count()
        if not 8 <= n <= 11:
            raise LintError(f"{n} personal-data items besides the name (want 8-11)")
        if nonpii < 3:
            raise LintError(f"only {nonpii} non-personal numbers")

    def item_count(self) -> int:
        """Personal-data spans after the caller's first full-name mention."""
        spans = [p for _, ps in self.turns for p in ps
                 if not isinstance(p, str) and p[0] not in ("AGENT_NAME", "NONPII_NUMBER")]
        return len(spans) - 1


# =========================================================================== wiring


if __name__ == "__main__":
    H.run_phrasebook(PhraseBookN, (N_IT_COMPANIES, N_EN_COMPANIES), (N_IT_AGENTS, N_EN_AGENTS))
