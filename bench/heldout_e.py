#!/usr/bin/env python3
"""heldout_e: a fifth, independently worded phrasebook for sottovoce's held-out test calls.

usage (from the project root):
    python bench/heldout_e.py -n 16 --seed 4242 --out /tmp/sv/heldout_e --prefix he \
        --piper /path/to/piper
    python bench/heldout_e.py --dry -n 16 --seed 4242 --piper /path/to/piper   # print the dialogues only

Written by a helper who read neither the detection code nor the other phrasebooks' wording: new
agent questions, caller answers, fillers, content banks (names, streets, towns, companies, agents,
mail hosts, health mentions) and distractor numbers, in Italian and English.

What is new in the way callers talk here: numbers read from a screen with hesitations, restarts
("no, scusi, ricomincio"), a phone number given in two turns, an agent read-back with a mistake
that the caller corrects, Italian "doppio", IBANs read the Italian way (CIN, ABI, CAB, "quattro
zeri"), fiscal codes read in blocks ("ottantasette, C, quarantuno") or with a letter corrected in
the middle, surnames spelled with "doppia" / "double" and apostrophes, birth dates as "classe
settantanove", addresses with "bis", "scala", "piano", a CAP or postcode asked for separately,
health mentions in context (and echoed by the agent in a note), a card payment where the agent
sends the caller to the keypad for the security code, the caller asking the agent's name again.

Only the wording and the content banks are new. bench/heldout.py supplies Speaker (digit habits),
spell_letter, the value generators (luhn_complete, iban, fiscal_code), pick_voices, the Renderer,
synthesise, resample_write and main() (language / purpose / mono-stereo / 8-16 kHz / notice schedule,
sidecar and truth format). main() builds each call with the module-level name `CallBuilder` and picks
company and agent from module-level banks, so this script rebinds those names (in memory only)
before calling H.main(); heldout.py itself is untouched.

A turn is (speaker, [piece, ...]); a piece is a plain string or (label, value, spoken). Every number
said outside a personal value is a NONPII_NUMBER span; plain text never carries personal data: a
lint in build() refuses digits and number words in plain text, and the caller's, the agent's and
the address's names outside their spans. Partial values (the first digits of a restarted phone
number, a CAP or postcode asked for on its own) are spans of their own with the partial value.
"""
from __future__ import annotations

import datetime as dt
import os
import random
import re
import string
import sys
from pathlib import Path

sys.dont_write_bytecode = True
_ROOT = Path(os.environ.get("SOTTOVOCE_ROOT") or Path(__file__).resolve().parent.parent)
for _p in (Path.cwd() / "bench", _ROOT / "bench"):
    if (_p / "heldout.py").exists():
        sys.path.insert(0, str(_p))
        break
import heldout as H  # noqa: E402
from heldout import (IT_LETTERS, NATO, IT_MONTHS, EN_MONTHS, Speaker, en_ordinal,  # noqa: E402
                     en_words, en_year, fiscal_code, iban, it_words, luhn_complete)

# =========================================================================== content banks (own)

E_IT_F = ("Giorgia Sara Francesca Paola Manuela Rebecca Aurora Letizia Irene Veronica Silvia Angela Lucia "
          "Margherita Teresa Giulia").split()
E_IT_M = ("Andrea Alessandro Federico Giuseppe Antonio Francesco Luca Paolo Roberto Michele Cristiano Fabrizio "
          "Domenico Mattia Samuele Carlo").split()
E_IT_SUR = ("Ricci Marino Greco Caputo Giordano Rossetti Mazzoni Fiore Bianchi Ferretti Zanella Brambilla Pagano "
            "Melis Cozzolino Sorrentino Bellomo Lentini Pugliese Calabrese Messina Trevisan Bonetti Cappelli "
            "Mancuso").split() + ["De Santis", "D'Angelo", "Di Stefano"]
E_EN_F = ("Sophie Charlotte Emily Jessica Lucy Rachel Alice Ruth Kate Helen Jennifer Amira Bridget Caitlin Leah "
          "Molly").split()
E_EN_M = "William James Thomas Daniel Matthew Andrew Paul Simon Ian Neil Aidan Kwame Hassan Patrick Luke Ben".split()
E_EN_SUR = ("Harrison Mitchell Turner Parker Collins Edwards Stewart Morris Rogers Reid Bennett Cooper Whitmore "
            "Griffiths Lloyd Khan Ahmed Nowak Jenkins Barker Fraser MacLeod Hargreaves Adeyemi Fitzgerald").split()

E_IT_AGENTS = "Monica Gianluca Sonia Daniele Luisa Renato Katia Giorgio Barbara Nicolò".split()
E_EN_AGENTS = "Sian Kyle Natalie Jordan Carly Wes Dionne Ashley Mel Rob".split()
E_IT_COMPANIES = ["Energia Levante", "ConnettiCasa", "Banca Popolare del Borgo", "Assicura Più",
                  "Spedizioni Rapide Sud", "Gas Naturale Alpi"]
E_EN_COMPANIES = ["Harbourlight Telecom", "Greenfield Water", "Thistle Bank", "Beacon Home Insurance",
                  "Parcelwise", "Lumen Power"]

# (town, CAP, cadastral code for the fiscal code)
# (no town that is also a word of the spelling alphabet below: a kept, spelled surname would "leak" it)
E_IT_TOWNS = [("Perugia", "06121", "G478"), ("Trento", "38122", "L378"), ("Modena", "41121", "F257"),
              ("Ferrara", "44121", "D548"), ("Sassari", "07100", "I452"), ("Pescara", "65121", "G482"),
              ("Trieste", "34121", "L424"), ("Rimini", "47921", "H294"), ("Brescia", "25121", "B157"),
              ("Bergamo", "24121", "A794"), ("Siracusa", "96100", "I754"), ("Vicenza", "36100", "L840"),
              ("Cosenza", "87100", "D086"), ("Matera", "75100", "F052")]
# check_outputs.py probes an ADDRESS by its first word of 5+ letters other than viale/piazza/corso/street, as a
# substring of the whole transcript: no street here starts with a common word ("della", "Santo", "Lavoro").
E_IT_STREETS = [("via", "Nino Bixio"), ("viale", "Trieste"), ("corso", "Matteotti"), ("piazza", "Cavour"),
                ("via", "Goffredo Mameli"), ("via", "Tagliamento"), ("via", "Piave"), ("viale", "dei Pini"),
                ("corso", "Italia"), ("piazza", "Duomo"), ("via", "Giovanni Pascoli"),
                ("via", "dell'Artigianato"), ("vicolo", "degli Orti"), ("viale", "Europa"),
                ("via", "Luigi Einaudi"), ("località", "Poggio Alto")]
E_UK_PLACES = [("Sheffield", "S10 2TN"), ("Nottingham", "NG7 1AA"), ("Exeter", "EX4 4QJ"), ("Aberdeen", "AB10 1XG"),
               ("Swansea", "SA1 1NW"), ("Bath", "BA1 2QH"), ("Derby", "DE1 3AH"), ("Oxford", "OX4 1DB"),
               ("Leicester", "LE2 7RH"), ("Plymouth", "PL4 8AA")]
E_UK_STREETS = ["Hawthorn Lane", "Victoria Road", "Prospect Street", "Larch Close", "Rosemary Lane", "Ferndale Road",
                "Granville Terrace", "Bramble Way", "Sycamore Avenue", "Hillside Crescent", "Wellington Street",
                "Cherry Tree Drive", "Marsh Lane", "Holly Bank"]
E_US_PLACES = [("Portland", "Oregon", "97205"), ("Madison", "Wisconsin", "53703"), ("Boise", "Idaho", "83702"),
               ("Savannah", "Georgia", "31401")]
E_US_STREETS = ["Elmwood Drive", "Hickory Lane", "Washington Street", "Willow Road", "Birch Hollow Court"]
E_IT_MAIL = ["gmail.com", "libero.it", "outlook.it", "icloud.com", "email.it", "tim.it", "inwind.it", "pec.it"]
E_EN_MAIL = ["gmail.com", "outlook.com", "yahoo.com", "live.co.uk", "sky.com", "talktalk.net", "mail.com",
             "me.com", "virginmedia.com"]
HOST_SAID = {"talktalk": "talk talk", "virginmedia": "virgin media", "icloud": "i cloud", "pec": "pec",
             "tim": "tim", "me": "me"}

IT_MOBILE = ["320", "324", "327", "329", "331", "333", "335", "338", "340", "342", "345", "347", "348", "349",
             "350", "351", "360", "366", "368", "370", "377", "380", "388", "389", "391", "393"]
IT_AREAS = ["06", "02", "011", "051", "055", "081", "0461", "049", "0721", "091"]
UK_AREAS = ["0113", "0117", "0161", "0131", "0121", "0114", "01865", "01392"]
US_AREAS = ["503", "608", "208", "912", "614", "919"]
IT_ABI = ["03069", "02008", "05034", "03062", "01030", "05387", "03111", "05696"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]

# a nicer, slightly different city alphabet than heldout's (people vary)
IT_CITY2 = dict(zip(string.ascii_uppercase, (
    "Ancona Bari Catania Domodossola Empoli Firenze Genova Hotel Imola Jolly Kappa Livorno Milano Napoli "
    "Otranto Palermo Quarto Roma Salerno Taranto Udine Verona Washington Xilofono York Zara").split()))
IT_CITY2["K"] = "Kursaal"

PNAME = {"customer_care": ("assistenza alla clientela", "customer care"),
         "sales_first_contact": ("proposte commerciali", "sales"),
         "billing_support": ("gestione della fatturazione", "billing"),
         "technical_support": ("supporto tecnico", "technical support")}
KEPT = {"customer_care": ["ORDER_NUMBER"], "sales_first_contact": ["PHONE_NUMBER", "EMAIL_ADDRESS"],
        "billing_support": ["IBAN_CODE", "IT_FISCAL_CODE", "ADDRESS", "ORDER_NUMBER"],
        "technical_support": ["ORDER_NUMBER"]}
PII = ["PHONE_NUMBER", "EMAIL_ADDRESS", "IT_FISCAL_CODE", "IBAN_CODE", "CREDIT_CARD", "DATE_OF_BIRTH",
       "ADDRESS", "HEALTH", "ORDER_NUMBER"]
LABELS = set(PII) | {"PERSON", "AGENT_NAME", "NONPII_NUMBER"}

# Health mentions: (agent question or None, caller lead, clause (m), clause (f), tail, agent note lead, note)
# The clause and the note are HEALTH spans; "{o}" is the Italian masculine/feminine ending.
IT_HEALTH_E = [
    ("Il tecnico deve entrare in casa: c'è qualcosa di cui dobbiamo tenere conto?", "Sì, guardi,",
     "sono in sedia a rotelle", None, ", quindi mi dia il tempo di arrivare alla porta.",
     "Certo, scrivo in nota che", "{il} client{e} è in sedia a rotelle"),
    ("Ha una preferenza per l'orario della consegna?", "La mattina no, perché",
     "sono in dialisi tre mattine a settimana", None, ". Dopo pranzo va benissimo.",
     "Va bene, annoto che", "la mattina ha la dialisi"),
    (None, "Le spiego perché non ho pagato:", "sono stato ricoverato per un intervento al ginocchio",
     "sono stata ricoverata per un intervento al ginocchio", "e sono rientrat{o} a casa solo adesso.",
     "Mi dispiace. Segno nella pratica che", "c'è stato un ricovero"),
    ("Ha qualche esigenza particolare per il telefono?", "Sì, mi servono i tasti grandi, perché",
     "ho una maculopatia e ci vedo pochissimo", None, ".",
     "Capito, segnalo che", "ha una grave difficoltà visiva"),
    ("Tutto bene? La sento un po' affannata.", "Sì, sì, è che", None, "sono incinta di otto mesi",
     ", e le scale mi stancano.", "Auguri! Allora annoto che", "è in gravidanza"),
    (None, "Mi scusi se perdo il filo, ma", "sto facendo la chemioterapia", None, "e sono parecchio stanc{o}.",
     None, None),
    ("C'è un motivo per cui il ripristino è urgente?", "Sì, perché",
     "mio padre usa un concentratore di ossigeno", None, "e senza corrente non funziona.",
     "Capisco, metto la pratica in priorità perché", "in casa c'è un apparecchio per l'ossigeno"),
    ("Ha diritto a qualche agevolazione sulla tariffa?", "Sì, ecco,",
     "ho un'invalidità civile al cento per cento", None, ", il verbale ve l'ho già mandato.",
     "Perfetto, allora applico l'agevolazione per", "invalidità"),
    (None, "Se non rispondo subito non si preoccupi,",
     "porto l'apparecchio acustico e a volte non sento lo squillo", None, ".",
     "Nessun problema, le scrivo prima un messaggio. Annoto che", "ha difficoltà di udito"),
    ("Le va bene se la richiamiamo domattina?", "Mah, meglio di no,",
     "ho il diabete di tipo uno e la mattina ho i controlli in ospedale", None, ".", None, None),
    (None, "Non ho risposto alle vostre lettere perché", "ho avuto un infarto a febbraio", None,
     "e per un po' non ho pensato ad altro.", "Mi dispiace davvero. Scrivo che", "ci sono stati problemi di salute"),
    (None, "Mi scusi se sono un po' confus{o}, è che", "sono in cura per la depressione", None,
     "e certi giorni faccio fatica.", None, None),
    ("Il corriere può lasciare il pacco al portiere?", "Meglio di no,",
     "mio figlio è autistico e si spaventa se suonano alla porta", None,
     ", quindi mi mandi un messaggio e scendo io.", "D'accordo, nelle note di consegna scrivo che",
     "in casa c'è un bambino autistico"),
]
EN_HEALTH_E = [
    ("The engineer will need to come inside, is there anything we should know?", "Yeah,",
     "I use a wheelchair", None, ", so give me a minute to get to the door.",
     "No problem, I'll add a note that", "the customer uses a wheelchair"),
    ("Is there a time of day that suits you for the delivery?", "Not mornings, because",
     "I'm on dialysis three mornings a week", None, ". Afternoons are fine.",
     "Okay, I've noted that", "mornings are out because of dialysis"),
    (None, "The reason I missed the payment is", "I was in hospital having my hip replaced", None,
     "and I've only just got home.", "Oh, I'm sorry to hear that. I'll note that", "you've been in hospital"),
    ("Any particular needs for the handset?", "Big buttons, ideally, because",
     "I'm registered partially sighted", None, ".", "Got it, I'll flag that", "you're partially sighted"),
    ("Are you alright? You sound a bit out of breath.", "Yeah, it's just", None, "I'm eight months pregnant",
     "and the stairs are a killer.", "Congratulations! I'll put on the note that", "you're pregnant"),
    (None, "Sorry if I lose track,", "I'm in the middle of chemotherapy", None, "and I'm shattered.", None, None),
    ("Is there a reason it's urgent?", "Yes,", "my dad's on a home oxygen machine", None, "and it needs power.",
     "Right, I'm adding you to the priority register because", "there's oxygen equipment in the home"),
    ("Do you get any help with the bills at the moment?", "I do, yeah,",
     "I'm registered disabled with rheumatoid arthritis", None, ".",
     "Thanks, I'll check the discount for", "customers with a disability"),
    (None, "If I don't pick up straight away, don't worry,",
     "I wear hearing aids and don't always hear it ring", None, ".",
     "No problem, I'll text you first. I'll note that", "you're hard of hearing"),
    ("Can we call you back tomorrow morning?", "Better not,",
     "I'm type one diabetic and I've got clinic appointments in the mornings", None, ".", None, None),
    (None, "I didn't answer your letters because", "I had a heart attack back in February", None,
     "and everything went on hold.", "I'm really sorry. I'll note that", "there have been health problems"),
    (None, "Sorry if I'm a bit muddled,", "I've been signed off work with depression", None,
     "and some days are harder than others.", None, None),
    ("Can the courier leave it with a neighbour?", "I'd rather not,",
     "my son's autistic and gets very upset when strangers knock", None, ", so text me and I'll come down.",
     "Sure, on the delivery notes I'll put that", "there's an autistic child in the home"),
]


def _number_words() -> set[str]:
    words = set()
    for n in range(0, 2100):
        words.add(it_words(n))
        words.update(re.findall(r"[a-z]+", en_words(n)))
    words.update(["mila", "milione", "milioni", "miliardo", "hundred", "thousand", "million", "billion"])
    words.update(w.replace("é", "e") for w in list(words))
    words -= {"and", "un", "una", "oh", "a"}
    return words


NUMBER_WORDS = _number_words()
STREET_WORDS = {"Road", "Street", "Lane", "Close", "Avenue", "Crescent", "Way", "Terrace", "Drive", "Bank", "Court",
                "Flat", "Apartment", "Hollow", "Tree", "degli", "dell", "dei", "Luigi", "Giovanni", "Italia", "Europa",
                "Trieste", "Duomo"}

# =========================================================================== digit habits


class ESpeaker(Speaker):
    """heldout's Speaker, plus the Italian "doppio" for a repeated digit."""

    def __init__(self, lang: str, rng: random.Random):
        super().__init__(lang, rng)
        if lang == "it":
            self.double = rng.random() < 0.35

    def one_by_one(self, digits: str) -> str:
        if self.lang != "it" or not self.double:
            return super().one_by_one(digits)
        out, i = [], 0
        while i < len(digits):
            j = i
            while j < len(digits) and digits[j] == digits[i]:
                j += 1
            if j - i == 2 and self.rng.random() < 0.75:
                out.append("doppio " + self.digit(digits[i]))
            else:
                out += [self.digit(digits[i])] * (j - i)
            i = j
        return " ".join(out)


def digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))

# =========================================================================== the phrasebook


class PhraseBookE:
    def __init__(self, rng: random.Random, lang: str, purpose: str):
        self.rng, self.lang, self.purpose = rng, lang, purpose
        self.it = lang == "it"
        self.agent_sp = ESpeaker(lang, rng)
        self.cust_sp = ESpeaker(lang, rng)
        self.female = rng.random() < 0.5
        if self.it:
            self.first = rng.choice(E_IT_F if self.female else E_IT_M)
            self.last = rng.choice(E_IT_SUR)
        else:
            self.first = rng.choice(E_EN_F if self.female else E_EN_M)
            self.last = rng.choice(E_EN_SUR)
        self.born = dt.date(rng.randint(1942, 2004), rng.randint(1, 12), rng.randint(1, 28))
        self.turns: list[tuple[str, list]] = []
        self.agent = ""
        self.used: set = set()
        self.brand = ""

    # ---------------------------------------------------------------- small helpers

    def c(self, *opts):
        return self.rng.choice(opts)

    def ct(self, it_opts, en_opts):
        return self.rng.choice(it_opts if self.it else en_opts)

    def g(self, text: str) -> str:
        """Italian agreement with the caller: {o} -> o/a, {e} -> e/a, {il} -> il/la."""
        f = self.female
        return text.replace("{o}", "a" if f else "o").replace("{e}", "e" if f else "e").replace(
            "{il}", "la" if f else "il")

    def say(self, speaker: str, *pieces):
        self.turns.append((speaker, [p for p in pieces if p]))

    def N(self, n: int, spoken: str | None = None):
        return ("NONPII_NUMBER", str(n), spoken or (it_words(n) if self.it else en_words(n)))

    def ack(self):
        return self.ct(["Perfetto.", "Ok, segnato.", "Bene, grazie.", "Ricevuto.", "Benissimo."],
                       ["Lovely.", "Brilliant, got that.", "Okay, that's on there now.", "Perfect, thank you."])

    def maybe_ack(self, p=0.45):
        if self.rng.random() < p:
            self.say("agent", self.ack())

    def letter(self, ch: str, mode: str, sp: Speaker) -> str:
        """One letter: 'plain' name, 'city' (erre come Roma), 'di' (R di Roma), 'town' (just Roma),
        'nato' (Romeo), 'asin' (R as in Romeo), 'for' (R for Romeo)."""
        if self.it:
            if mode == "city":
                return f"{IT_LETTERS[ch]} come {IT_CITY2[ch]}"
            if mode == "di":
                return f"{ch} di {IT_CITY2[ch]}"
            if mode == "town":
                return IT_CITY2[ch]
            return IT_LETTERS[ch]
        if mode == "nato":
            return NATO[ch]
        if mode == "asin":
            return f"{ch} as in {NATO[ch].capitalize()}"
        if mode == "for":
            return f"{ch} for {NATO[ch].capitalize()}"
        return ch

    def letter_mode(self) -> str:
        return self.ct(["plain", "plain", "city", "di", "town", "mixed"], ["plain", "plain", "nato", "for", "mixed"])

    def one_letter(self, ch: str, mode: str, sp: Speaker) -> str:
        if mode == "mixed":
            mode = self.rng.choice(["plain", "plain", "city" if self.it else "asin"])
        return self.letter(ch, mode, sp)

    def group_style(self) -> str:
        return self.c("single", "single", "pairs", "whole")

    def say_digits(self, sp: Speaker, d: str, style: str | None = None) -> str:
        style = style or self.group_style()
        if style == "whole" and len(d) > 3:
            style = "pairs"
        return sp.group(d, style)

    # ---------------------------------------------------------------- values

    def phone_value(self, sp: Speaker):
        """(value, [(group digits, group spoken), ...])"""
        r = self.rng
        if self.it:
            kind = r.choices(["mob", "fisso", "intl"], [65, 20, 15])[0]
            if kind == "fisso":
                area = r.choice(IT_AREAS)
                v = area + digits(r, 10 - len(area))
                rest = v[len(area):]
                cuts = r.choice([[2, 2, 2, 2], [3, 3, 2], [3, 2, 3], [len(rest)]])
                groups = [(area, sp.one_by_one(area))]
            else:
                pre = r.choice(IT_MOBILE)
                v = pre + digits(r, 7)
                rest = v[3:]
                cuts = r.choice([[3, 4], [3, 2, 2], [2, 2, 3], [7], [4, 3]])
                pre_s = sp.one_by_one(pre) if r.random() < 0.65 else it_words(int(pre))
                groups = [(pre, pre_s)]
                if kind == "intl":
                    groups.insert(0, ("+39", self.c("più trentanove", "più tre nove", "prefisso trentanove")))
                    v = "+39" + v
        else:
            kind = r.choices(["ukmob", "ukland", "intl", "us"], [50, 20, 15, 15])[0]
            if kind == "ukmob":
                v = "07" + r.choice("345789") + digits(r, 8)
                head, rest = v[:5], v[5:]
                cuts = r.choice([[6], [3, 3], [2, 2, 2]])
                groups = [(head, sp.one_by_one(head))]
            elif kind == "ukland":
                area = r.choice(UK_AREAS)
                v = area + digits(r, 11 - len(area))
                rest = v[len(area):]
                cuts = [3, 4] if len(rest) == 7 else [3, 3]
                groups = [(area, sp.one_by_one(area))]
            elif kind == "intl":
                v = "+447" + r.choice("345789") + digits(r, 8)
                head, rest = v[3:7], v[7:]
                cuts = r.choice([[3, 3], [6]])
                groups = [("+44", self.c("plus four four", "plus forty-four")), (head, sp.one_by_one(head))]
            else:
                area = r.choice(US_AREAS)
                v = area + r.choice("2345678") + digits(r, 6)
                rest = v[3:]
                cuts = [3, 4]
                groups = [(area, sp.one_by_one(area))]
        fitted, total = [], 0
        for size in cuts:
            if total >= len(rest):
                break
            fitted.append(min(size, len(rest) - total))
            total += fitted[-1]
        if total < len(rest):
            fitted.append(len(rest) - total)
        if len(fitted) > 1 and fitted[-1] == 1:
            fitted[-2:] = [fitted[-2] + 1]
        cuts = fitted
        i = 0
        for size in cuts:
            g = rest[i:i + size]
            i += size
            style = self.group_style() if len(cuts) > 1 else self.c("single", "single", "pairs")
            if self.it and len(g) == 3 and r.random() < 0.3:
                style = "whole"                        # "quattrocentocinquantasei"
            groups.append((g, self.say_digits(sp, g, style)))
        return v, groups

    def email_value(self):
        """(parts, domain): the local part as pieces said one by one: name words, initials, numbers, separators."""
        r = self.rng
        f = re.sub(r"[^a-z]", "", self.first.lower().replace("ò", "o"))
        last = re.sub(r"[^a-z]", "", self.last.lower())
        yy = f"{self.born.year % 100:02d}"
        nn = str(r.randint(2, 99))
        yyyy = str(self.born.year)
        if self.it:
            parts = r.choice([[f, ".", last], [f, last, yy], [last, ".", f], [f[0], last], [f, "_", last, nn],
                              [f, "-", last], [last, f[0], yyyy]])
            dom = r.choice(E_IT_MAIL)
        else:
            parts = r.choice([[f, ".", last], [f, last, nn], [f[0], last], [last, "_", f], [f, "-", last, yy],
                              [f, last[0]], [f, ".", last, yyyy]])
            dom = r.choice(E_EN_MAIL)
        return parts, dom

    def say_local(self, parts: list[str], sp: Speaker, hint: bool = True) -> str:
        r = self.rng
        dot = "punto" if self.it else "dot"
        out = []
        surname = re.sub(r"[^a-z]", "", self.last.lower())
        for tok in parts:
            if tok.isdigit():
                out.append(sp.whole(tok) if len(tok) <= 2 or r.random() < 0.4 else sp.one_by_one(tok))
            elif tok == ".":
                out.append(dot)
            elif tok == "_":
                out.append(self.c("trattino basso", "underscore") if self.it else "underscore")
            elif tok == "-":
                out.append(self.c("trattino", "trattino medio", "meno") if self.it else self.c("dash", "hyphen"))
            elif len(tok) == 1:
                out.append(IT_LETTERS[tok.upper()] if self.it else tok.upper())
            else:
                word = tok
                dbl = re.search(r"([a-z])\1", tok)
                if hint and dbl and r.random() < 0.5:     # "ricci, con due ci," / "harrison, double r,"
                    ch = dbl.group(1).upper()
                    word += (f", con due {IT_LETTERS[ch]}," if self.it else f", double {ch},")
                elif hint and tok == surname and r.random() < 0.25:     # the surname letter by letter
                    word += ", " + " ".join(IT_LETTERS[ch.upper()] if self.it else ch.upper() for ch in tok) + ","
                out.append(word)
        return " ".join(out).replace(",,", ",").replace(" ,", ",")

    def say_domain(self, dom: str) -> str:
        host, *tld = dom.split(".")
        dot = "punto" if self.it else "dot"
        return " ".join([HOST_SAID.get(host, host)] + [f"{dot} {t}" for t in tld])

    def at(self) -> str:
        if self.it:
            return self.rng.choices(["chiocciola", "at", "chiocciolina"], [80, 15, 5])[0]
        return "at"

    def fiscal_value(self) -> str:
        if self.it:
            town = self.rng.choice(E_IT_TOWNS)[2]
        else:
            town = self.c("Z114", "Z404")                  # born in the UK / the USA
        return fiscal_code(self.first, self.last, self.born, self.female, town)

    def say_fiscal(self, v: str, sp: Speaker) -> str:
        """Read in blocks (surname, name, year, month, day, town, check) or char by char; now and then a
        letter said wrong and put right in the same breath."""
        r = self.rng
        mode = self.letter_mode()
        fix_at = r.choice([k for k, ch in enumerate(v) if ch.isalpha()]) if r.random() < 0.25 else -1
        confusable = {"M": "N", "N": "M", "B": "P", "P": "B", "D": "T", "T": "D", "F": "S", "S": "F", "V": "B",
                      "C": "G", "G": "C", "L": "R", "R": "L"}

        def L(k):
            ch = v[k]
            s = self.one_letter(ch, mode, sp)
            if k == fix_at:
                wrong = confusable.get(ch, "E" if ch != "E" else "A")
                fix = self.letter(ch, "city" if self.it else "asin", sp)
                s = f"{self.one_letter(wrong, mode, sp)}, " + (f"no, scusi, {fix}" if self.it else f"no, sorry, {fix}")
            return s

        if r.random() < 0.5:          # blocks
            parts = [" ".join(L(k) for k in range(0, 3)), " ".join(L(k) for k in range(3, 6))]
            yy, dd, town = v[6:8], v[9:11], v[12:15]
            parts.append(sp.whole(yy) if yy[0] != "0" else sp.one_by_one(yy))
            parts.append(L(8))
            parts.append(sp.whole(dd) if dd[0] != "0" else sp.one_by_one(dd))
            parts.append(L(11) + " " + (sp.one_by_one(town) if not self.it or r.random() < 0.6 else sp.whole(town)))
            parts.append(L(15))
            return ", ".join(parts)
        out, k = [], 0
        while k < len(v):
            if v[k].isalpha():
                out.append(L(k))
                k += 1
            else:
                j = k
                while j < len(v) and v[j].isdigit():
                    j += 1
                out.append(sp.one_by_one(v[k:j]))
                k = j
        return ", ".join(out)

    def iban_value(self):
        r = self.rng
        if self.it or r.random() < 0.3:
            lead0 = r.choice([0, 0, 3, 4, 5, 6])
            conto = "0" * lead0 + digits(r, 12 - lead0)
            if lead0 == 0 and conto[0] == "0":
                conto = "1" + conto[1:]
            bban = r.choice("ABCDEFGHLMNPRSTVXZ") + r.choice(IT_ABI) + digits(r, 5) + conto
            return iban("IT", bban)
        return iban("GB", r.choice(GB_BANKS) + digits(r, 14))

    def say_iban(self, v: str, sp: Speaker) -> str:
        r = self.rng
        mode = self.c("plain", "plain", "mixed")
        Ls = lambda s: " ".join(self.one_letter(ch, mode, sp) for ch in s)  # noqa: E731
        check = v[2:4]
        check_s = sp.whole(check) if check[0] != "0" and r.random() < 0.6 else sp.one_by_one(check)
        if r.random() < 0.35:      # as printed, by fours
            out = []
            for k in range(0, len(v), 4):
                g = v[k:k + 4]
                out.append(" ".join(self.one_letter(ch, mode, sp) if ch.isalpha() else sp.digit(ch) for ch in g)
                           if any(ch.isalpha() for ch in g) else self.say_digits(sp, g))
            return ", ".join(out)
        if v.startswith("IT"):
            cin, abi, cab, conto = v[4], v[5:10], v[10:15], v[15:]
            cin_s = self.letter(cin, self.c("plain", "city", "di"), sp) if self.it else self.one_letter(cin, mode, sp)
            zeros = len(conto) - len(conto.lstrip("0"))
            if zeros >= 3 and r.random() < 0.7:
                z = (f"{it_words(zeros)} zeri" if self.it else f"{en_words(zeros)} zeros")
                rest = conto[zeros:]
                conto_s = z + ", " + ", ".join(self.say_digits(sp, rest[k:k + 3]) for k in range(0, len(rest), 3))
            else:
                conto_s = ", ".join(self.say_digits(sp, conto[k:k + 3], self.c("single", "whole"))
                                    for k in range(0, 12, 3))
            return ", ".join([Ls("IT"), check_s, cin_s, sp.one_by_one(abi), self.say_digits(sp, cab, "single"),
                              conto_s])
        bank, sort, acct = v[4:8], v[8:14], v[14:]
        sort_s = ", ".join(self.say_digits(sp, sort[k:k + 2], self.c("single", "pairs")) for k in range(0, 6, 2))
        acct_s = ", ".join(self.say_digits(sp, acct[k:k + 4]) for k in range(0, 8, 4))
        return ", ".join([Ls("GB"), check_s, Ls(bank), sort_s, acct_s])

    def card_value(self):
        r = self.rng
        kind = r.choice(["visa", "visa", "mc", "mc2", "amex"])
        if kind == "amex":
            v, sizes = luhn_complete(r.choice(["34", "37"]), 15, r), [4, 6, 5]
        else:
            pre = {"visa": "4", "mc": str(r.randint(51, 55)), "mc2": str(r.randint(2221, 2720))}[kind]
            v, sizes = luhn_complete(pre, 16, r), [4, 4, 4, 4]
        self.brand = {"visa": "Visa", "mc": "Mastercard", "mc2": "Mastercard", "amex": "American Express"}[kind]
        return v, sizes

    def say_card(self, v: str, sizes: list[int], sp: Speaker) -> str:
        r = self.rng
        uniform = r.random() < 0.5
        style = self.c("single", "pairs", "whole")
        out, k = [], 0
        for n, size in enumerate(sizes):
            g = v[k:k + size]
            k += size
            st = style if uniform else self.group_style()
            if st == "whole" and len(g) > 3:
                st = "pairs" if not self.it or r.random() < 0.6 else "whole4"
            if st == "whole4":              # "quattromilacinquecentotrentadue", Italians do say it
                out.append(sp.whole(g) if g[0] != "0" else sp.one_by_one(g))
            else:
                out.append(sp.group(g, st))
            if n < len(sizes) - 1 and r.random() < 0.2:
                out[-1] += self.ct([", eh,", ", aspetti,", ", allora,"], [", erm,", ", hang on,", ", right,"])
        return ", ".join(out).replace(",,", ",")

    def say_dob(self, b: dt.date, sp: Speaker):
        """(lead override or None, spoken)"""
        r = self.rng
        if self.it:
            day = "primo" if b.day == 1 else it_words(b.day)
            month = IT_MONTHS[b.month - 1]
            yy = it_words(b.year % 100) if b.year < 2000 else it_words(b.year)
            form = r.choice(["long", "del", "nums", "digits", "classe", "fix", "del"])
            if form == "long":
                return None, f"il {day} {month} {it_words(b.year)}"
            if form == "del":
                return None, f"il {day} {month} del {yy}"
            if form == "nums":
                return None, f"{it_words(b.day)}, {it_words(b.month)}, {yy}"
            if form == "digits":
                return None, (f"{sp.one_by_one(f'{b.day:02d}')}, {sp.one_by_one(f'{b.month:02d}')}, "
                              f"{sp.one_by_one(str(b.year))}")
            if form == "classe":
                return self.c("Sono del", "Sono classe", "Allora, sono del"), f"{yy}, il {day} {month}"
            wrong = b.day + self.c(-1, 1) if b.day > 1 else 2
            return None, f"il {it_words(wrong)}, no, scusi, il {day} {month} del {yy}"
        day = en_ordinal(b.day)
        month = EN_MONTHS[b.month - 1]
        yy = en_words(b.year % 100) if b.year < 2000 else en_year(b.year)
        form = r.choice(["uk", "us", "short", "digits", "fix", "uk"])
        if form == "uk":
            return None, f"the {day} of {month}, {en_year(b.year)}"
        if form == "us":
            return None, f"{month} {self.c('the ', '')}{day}, {en_year(b.year)}"
        if form == "short":
            return None, f"{day} {month}, {yy}"
        if form == "digits":
            return None, (f"{sp.one_by_one(f'{b.day:02d}')}, {sp.one_by_one(f'{b.month:02d}')}, "
                          f"{sp.one_by_one(str(b.year)) if self.rng.random() < 0.4 else en_year(b.year)}")
        wrong = b.day + self.c(-1, 1) if b.day > 1 else 2
        return None, f"the {en_ordinal(wrong)}, no, sorry, the {day} of {month}, {en_year(b.year)}"

    def postcode_said(self, pc: str, sp: Speaker) -> str:
        outward, inward = pc.split()
        nato = self.rng.random() < 0.25
        lets = re.match(r"[A-Z]+", outward).group(0)
        num = outward[len(lets):]
        o = " ".join(NATO[ch] if nato else ch for ch in lets) + " " + (
            en_words(int(num)) if len(num) == 2 and self.rng.random() < 0.6 else sp.one_by_one(num))
        i = sp.digit(inward[0]) + " " + " ".join(NATO[ch] if nato else ch for ch in inward[1:])
        return f"{o}, {i}"

    def address_value(self, sp: Speaker):
        """(full (value, spoken), first half (value, spoken), second half (value, spoken), second-half question)"""
        r = self.rng
        if self.it:
            kind, name = r.choice(E_IT_STREETS)
            town, cap, _ = r.choice(E_IT_TOWNS)
            n = r.randint(1, 160)
            suf_v = suf_s = ""
            x = r.random()
            if x < 0.15:
                suf_v, suf_s = " bis", " bis"
            elif x < 0.3:
                ch = r.choice("ABC")
                suf_v, suf_s = f"/{ch}", f" barra {IT_LETTERS[ch]}"
            num_s = self.c("", "numero ", "civico ") + it_words(n) + suf_s
            if r.random() < 0.2:
                wrong = n + self.c(-10, 10, 1) if n > 10 else n + 10
                num_s = f"{it_words(wrong)}, anzi no, {it_words(n)}{suf_s}"
            extra_v = extra_s = ""
            if r.random() < 0.3:
                sc = r.choice("ABCD")
                fl = r.randint(1, 6)
                ords = ["", "primo", "secondo", "terzo", "quarto", "quinto", "sesto"]
                extra_v, extra_s = f", scala {sc}, piano {fl}", f", scala {IT_LETTERS[sc]}, {ords[fl]} piano"
            elif r.random() < 0.15:
                i_ = r.randint(2, 24)
                extra_v, extra_s = f", interno {i_}", f", interno {it_words(i_)}"
            cap_s = (sp.one_by_one(cap) if r.random() < 0.7 else
                     f"{sp.one_by_one(cap[:2])}, {sp.whole(cap[2:]) if cap[2] != '0' else sp.one_by_one(cap[2:])}")
            street_v = f"{kind} {name} {n}{suf_v}{extra_v}"
            street_s = f"{kind} {name}, {num_s}{extra_s}"
            form = r.random()
            if form < 0.4:
                full = (f"{street_v}, {cap} {town}", f"{street_s}, {cap_s}, {town}")
            elif form < 0.7:
                full = (f"{street_v}, {town}", f"{street_s}, a {town}")
            else:
                full = (f"{street_v}, {town}", f"{town}, {street_s}")
            q2 = self.c("E il CAP?", "Il codice di avviamento postale?", "In che comune, e con che CAP?")
            second = (f"{cap} {town}", f"{cap_s}, {town}") if "comune" in q2 else (cap, cap_s)
            return full, (street_v, street_s), second, q2
        if r.random() < 0.75:
            street = r.choice(E_UK_STREETS)
            town, pc = r.choice(E_UK_PLACES)
            n = r.randint(2, 180)
            n_s = en_words(n, uk=False) if n < 100 or r.random() < 0.5 else sp.pairs(str(n))
            pre_v = pre_s = ""
            x = r.random()
            if x < 0.2:
                fl = r.randint(1, 14)
                pre_v, pre_s = f"Flat {fl}, ", f"flat {en_words(fl)}, "
            elif x < 0.35:
                n_s += " A"
                pre_v = "A"          # marker, fixed below
            num_v = f"{n}A" if pre_v == "A" else str(n)
            pre_v = "" if pre_v == "A" else pre_v
            if r.random() < 0.15:
                wrong = n + 1
                n_s = f"{en_words(wrong, uk=False)}, no, {n_s}"
            street_v, street_s = f"{pre_v}{num_v} {street}", f"{pre_s}{n_s} {street}"
            pc_s = self.postcode_said(pc, sp)
            full = (f"{street_v}, {town} {pc}", f"{street_s}, {town}, {pc_s}") if r.random() < 0.7 else \
                (f"{street_v}, {town}", f"{street_s}, in {town}")
            return full, (f"{street_v}, {town}", f"{street_s}, {town}"), (pc, pc_s), \
                self.c("And the postcode?", "What's the postcode there?")
        street = r.choice(E_US_STREETS)
        city, state, zipc = r.choice(E_US_PLACES)
        n = r.randint(100, 9999)
        apt = r.randint(1, 30) if r.random() < 0.4 else 0
        street_v = f"{n} {street}" + (f", Apt {apt}" if apt else "")
        street_s = f"{sp.pairs(str(n))} {street}" + (f", apartment {en_words(apt)}" if apt else "")
        zip_s = sp.one_by_one(zipc)
        full = (f"{street_v}, {city}, {state} {zipc}", f"{street_s}, {city}, {state}, {zip_s}")
        return full, (f"{street_v}, {city}, {state}", f"{street_s}, {city}, {state}"), (zipc, zip_s), \
            "And the zip code?"

    def order_value(self, sp: Speaker, noun: str):
        r = self.rng
        if noun in ("order", "customer"):
            shape = r.choice(["digits", "digits", "letters"])
        else:
            shape = r.choice(["ticket", "year"])
        if shape == "digits":
            v = r.choice("123456789") + digits(r, r.randint(7, 9))
            sizes = r.choice([[3] * (len(v) // 3), [2] * (len(v) // 2), [4, 4]])
            k, out = 0, []
            for s in sizes:
                out.append(self.say_digits(sp, v[k:k + s]))
                k += s
            if k < len(v):
                out.append(sp.one_by_one(v[k:]))
            return v, ", ".join(out)
        if shape == "letters":
            v = "".join(r.choice("ABCDEFGHKLMNPRSTVZ") for _ in range(2)) + digits(r, 7)
        elif shape == "ticket":
            v = r.choice(["TK", "INC", "SR"]) + digits(r, r.choice([6, 7]))
        else:
            y = r.choice([2024, 2025, 2026])
            v = f"{y}{digits(r, 6)}"
            ys = it_words(y) if self.it else en_year(y)
            return v, ys + ", " + self.c(*(["barra, ", ""] if self.it else ["slash, ", ""])) + \
                self.say_digits(sp, v[4:7]) + ", " + self.say_digits(sp, v[7:])
        mode = self.c("plain", "plain", "mixed")
        lets = re.match(r"[A-Z]+", v).group(0)
        rest = v[len(lets):]
        rest_s = ", ".join(self.say_digits(sp, rest[k:k + 3], self.c("single", "whole")) for k in range(0, len(rest), 3))
        return v, " ".join(self.one_letter(ch, mode, sp) for ch in lets) + ", " + rest_s

    # ---------------------------------------------------------------- exchanges

    def x_phone(self):
        sp, r = self.cust_sp, self.rng
        v, groups = self.phone_value(sp)
        full_s = ", ".join(s for _, s in groups)
        landline = not v.lstrip("+").startswith(("3", "07", "447", "393"))
        unprompted = r.random() < 0.12
        if unprompted:
            self.say("agent", self.ct(["Posso fare altro per lei?", "C'è altro?"],
                                      ["Anything else I can help with?", "Is there anything else?"]))
            lead = self.ct(["Sì, aggiornate anche il numero, è cambiato:", "Ah, le lascio il mio numero nuovo:"],
                           ["Yeah, can you update my number? It's", "Oh, take my new mobile,"])
        else:
            self.say("agent", self.ct(
                ["Mi lascia un numero dove la posso richiamare se cade la linea?",
                 "Per il corriere serve un cellulare: quale le indico?",
                 "Il telefono che abbiamo in anagrafica è ancora quello? Me lo ripete, per favore?",
                 "Mi dà un recapito? Fisso o cellulare, è uguale.",
                 "Su che numero le mando il messaggio con il codice?"],
                ["What's the best number to get you on if we're cut off?",
                 "The courier needs a mobile for updates, which shall I put?",
                 "Is the phone number on file still right? Could you read it out for me?",
                 "Can I take a contact number? Landline or mobile, either's fine.",
                 "Which number should I send the text code to?"]))
            if landline:
                lead = self.ct(["Meglio il fisso, allora:", "Le do quello di casa:", "Guardi, il fisso è"],
                               ["Best use the landline,", "Give you the home number, it's", "The house phone's"])
            else:
                lead = self.ct(["Sì, allora,", "Il cellulare è il", "Mi segni", "Eh, dunque,", "Sì, è il"],
                               ["Yeah, it's", "Best bet's my mobile,", "Okay, so it's", "Er, right,",
                                "You can get me on"])
        flow = r.choices(["plain", "restart", "split", "lookup"], [45, 20, 15, 20])[0]
        tail = self.ct(["", "", "mi trova quasi sempre.", "meglio dopo pranzo, però."],
                       ["", "", "any time after lunch is fine.", "that's the house phone." if landline else "that's the mobile."])
        if flow == "lookup" and not unprompted:
            self.say("customer", self.ct(["Aspetti, quello nuovo non lo so ancora a memoria, lo guardo sul telefono.",
                                          "Un attimo che controllo, l'ho cambiato da poco."],
                                         ["Hang on, I don't know the new number by heart, let me check.",
                                          "Sorry, it's new, just a sec while I look it up."]))
            self.say("agent", self.ct(["Faccia pure con calma.", "Certo, aspetto."], ["Take your time.", "No rush."]))
            lead = self.ct(["Ecco, allora:", "Eccolo:"], ["Right, here we go:", "Okay, got it:"])
        if flow == "restart":
            k = max(1, len(groups) - 1)
            wrong = list(groups[:k])
            last_d, _ = wrong[-1]
            bad = last_d[:-1] + str((int(last_d[-1]) + self.c(1, 2, 7)) % 10) if last_d[-1].isdigit() else last_d
            wrong[-1] = (bad, self.say_digits(sp, bad, "single") if bad[0] != "+" else wrong[-1][1])
            wv = "".join(d for d, _ in wrong)
            self.say("customer", lead, ("PHONE_NUMBER", wv, ", ".join(s for _, s in wrong)),
                     self.ct(["... no, aspetti, ho sbagliato. Ricomincio:", "... no, scusi, quello è il vecchio. Allora:"],
                             ["... no, hang on, that's wrong. Let me start again:",
                              "... sorry, no, that's my old number. Right:"]),
                     ("PHONE_NUMBER", v, full_s), tail)
        elif flow == "split" and len(groups) >= 3:
            k = len(groups) // 2
            a, b = groups[:k], groups[k:]
            self.say("customer", lead, ("PHONE_NUMBER", "".join(d for d, _ in a), ", ".join(s for _, s in a)),
                     self.ct([".", "eh..."], [".", "erm..."]))
            self.say("agent", self.ct(["Sì, vada pure.", "Sì, la seguo."], ["Yep, go on.", "Uh-huh, I'm with you."]))
            self.say("customer", self.ct(["e poi", "poi", ""], ["and then", "then", ""]),
                     ("PHONE_NUMBER", "".join(d for d, _ in b), ", ".join(s for _, s in b)), tail)
        else:
            self.say("customer", lead, ("PHONE_NUMBER", v, full_s), tail)
        x = r.random()
        if x < 0.2:                       # the agent reads it back right
            back = ", ".join(self.agent_sp.one_by_one(d) if d[0] != "+" else s for d, s in groups)
            self.say("agent", self.ct(["Ripeto per sicurezza:", "Allora, ho scritto"], ["Let me read that back:", "So I've got"]),
                     ("PHONE_NUMBER", v, back), self.ct(["giusto?", "è corretto?"], ["is that right?", "yeah?"]))
            self.say("customer", self.ct(["Sì, esatto.", "Giusto."], ["Spot on.", "That's it."]))
        elif x < 0.32 and len(groups[-1][0]) >= 3:   # the agent mishears the end; the caller puts it right
            d_last = groups[-1][0]
            misheard = d_last[:-2] + d_last[-1] + d_last[-2] if d_last[-1] != d_last[-2] else d_last[:-1] + \
                str((int(d_last[-1]) + 3) % 10)
            wv = v[:len(v) - len(d_last)] + misheard
            back = ", ".join([self.agent_sp.one_by_one(d) if d[0] != "+" else s for d, s in groups[:-1]]
                             + [self.agent_sp.one_by_one(misheard)])
            self.say("agent", self.ct(["Allora:", "Quindi"], ["So that's", "Okay:"]), ("PHONE_NUMBER", wv, back),
                     self.ct(["giusto?", "corretto?"], ["right?", "correct?"]))
            self.say("customer", self.ct(["Quasi, la fine è", "No, in fondo è"], ["Nearly, the end's", "No, the last bit's"]),
                     ("PHONE_NUMBER", d_last, sp.one_by_one(d_last)), self.ct([".", ", non come ha detto lei."],
                                                                             [".", ", the other way round."]))
            self.say("agent", self.ct(["Ah, mi scusi, corretto.", "Ok, sistemato."], ["Ah, sorry, fixed that.",
                                                                                       "Got it now, thanks."]))
        else:
            self.maybe_ack()

    def x_email(self):
        sp, r = self.cust_sp, self.rng
        parts, dom = self.email_value()
        local = "".join(parts)
        spoken = f"{self.say_local(parts, sp)} {self.at()} {self.say_domain(dom)}"
        self.say("agent", self.ct(
            ["Ci lascia un indirizzo email per le comunicazioni?", "La fattura elettronica dove gliela mando? Mi serve una mail.",
             "Mi detta la sua posta elettronica? Piano, che la scrivo.",
             "Ha una mail dove ricevere i documenti da firmare?"],
            ["Have you got an email we can send the paperwork to?", "What email address should the invoice go to?",
             "Could you give me your email, nice and slowly?", "Where do you want the contract emailed?"]))
        lead = self.ct(["Sì, allora,", "È", "Scriva pure:", "Dunque,", "Sì, la mia mail è"],
                       ["Yeah, it's", "Sure, so it's", "Right, it's", "Okay, ready?", "My email's"])
        tail = self.ct(["tutto minuscolo.", "senza spazi.", "", ""], ["all lower case.", "no spaces.", "", ""])
        if not any(t in "._-" for t in parts) and r.random() < 0.6:
            tail = self.ct(["tutto attaccato.", "tutto unito, senza punti."], ["all together, no dots.", "no dots or anything."])
        if r.random() < 0.18:            # an old address first, then the right one
            old_dom = r.choice([d for d in (E_IT_MAIL if self.it else E_EN_MAIL) if d != dom])
            old = f"{local}@{old_dom}"
            old_s = f"{self.say_local(parts, sp, hint=False)} {self.at()} {self.say_domain(old_dom)}"
            self.say("customer", lead, ("EMAIL_ADDRESS", old, old_s),
                     self.ct(["... ah no, quella non la uso più. Quella giusta è", "... no, scusi, quella è vecchia. Allora:"],
                             ["... oh no, I don't use that address anymore. It's", "... sorry, that's the old address. It's"]),
                     ("EMAIL_ADDRESS", f"{local}@{dom}", spoken), tail)
        else:
            self.say("customer", lead, ("EMAIL_ADDRESS", f"{local}@{dom}", spoken), tail)
        if r.random() < 0.3:
            back = f"{self.say_local(parts, self.agent_sp, hint=False)} {self.at()} {self.say_domain(dom)}"
            self.say("agent", self.ct(["Rileggo:", "Allora ho scritto"], ["Reading that back:", "So that's"]),
                     ("EMAIL_ADDRESS", f"{local}@{dom}", back), self.ct(["giusto?", "va bene?"], ["right?", "yeah?"]))
            self.say("customer", self.ct(["Perfetto.", "Sì, è quella."], ["Yep, that's it.", "Perfect."]))
        else:
            self.maybe_ack()

    def x_fiscal(self):
        sp, r = self.cust_sp, self.rng
        v = self.fiscal_value()
        self.say("agent", self.ct(
            ["Per intestare il contratto mi serve il codice fiscale, ce l'ha a portata di mano?",
             "Mi legge il codice fiscale? Lo trova sul retro della tessera sanitaria.",
             "Per verificare l'identità, il codice fiscale del titolare?",
             "Il codice fiscale, lettera per lettera, per cortesia."],
            ["Since the account's with our Italian branch, I need your codice fiscale, the tax code.",
             "Could you read me the tax code from your Italian health card?",
             "Have you got your Italian fiscal code there?"]))
        lead = self.ct(["Allora,", "Sì, glielo leggo:", "Dunque,", "È"], ["Okay, it's", "Right, so,", "Yes, it's"])
        if r.random() < 0.3:
            pre, lead = self.ct([("Un attimo che prendo la tessera sanitaria dal portafoglio.", "Eccola. Allora:"),
                                 ("Aspetti che lo cerco, non me lo ricordo mai a memoria.", "Trovato. Dunque,")],
                                [("Hang on, it's on my card, let me dig it out.", "Got it. Okay:"),
                                 ("Bear with me, I never remember it.", "Here it is:")])
            self.say("customer", pre)
            self.say("agent", self.ct(["Certo.", "Prego, nessuna fretta."], ["Of course.", "Sure, no rush."]))
        self.say("customer", lead, ("IT_FISCAL_CODE", v, self.say_fiscal(v, sp)))
        self.maybe_ack(0.6)

    def x_iban(self):
        sp, r = self.cust_sp, self.rng
        v = self.iban_value()
        self.say("agent", self.ct(
            ["Per la domiciliazione mi servono le coordinate: mi legge l'IBAN?",
             "Su quale conto vuole il rimborso? Mi dica l'IBAN.",
             "Ha sotto mano l'IBAN? Lo trova anche nell'app della banca.",
             "L'IBAN lo leggiamo insieme, piano piano."],
            ["For the direct debit I'll need your IBAN.",
             "Which account do you want the refund paid into? The IBAN, please.",
             "Have you got your IBAN there? It's usually in your banking app.",
             "Let's go through the IBAN together, slowly."]))
        lead = self.ct(["Allora, le leggo:", "Sì, è", "Dunque,", "Scrive? Allora,"], ["Okay, it's", "Right, here goes:",
                                                                                     "Yeah, so,", "Ready? It's"])
        if r.random() < 0.35:
            self.say("customer", self.ct(["Aspetti che apro l'app della banca... non si apre... ecco.",
                                          "Un momento, ce l'ho su un foglio qui da qualche parte."],
                                         ["Hang on, let me open the banking app... come on... there.",
                                          "Just a moment, I've got it written down somewhere."]))
            self.say("agent", self.ct(["Faccia con comodo.", "Nessun problema, attendo."],
                                      ["No problem.", "Take your time."]))
            lead = self.ct(["Ecco qua:", "Allora, ci sono:"], ["Okay, got it:", "Right:"])
        self.say("customer", lead, ("IBAN_CODE", v, self.say_iban(v, sp)))
        if r.random() < 0.35:
            self.say("agent", self.ct(["Me lo ripete dall'inizio? Mi è sfuggito un pezzo.",
                                       "Scusi, la linea è disturbata, può ripetere?"],
                                      ["Sorry, could you go from the top? I missed a bit.",
                                       "You broke up there, can you say it again?"]))
            self.say("customer", self.ct(["Sì:", "Certo, allora,"], ["Sure:", "Okay, so,"]),
                     ("IBAN_CODE", v, self.say_iban(v, sp)))
        self.maybe_ack(0.6)

    def x_card(self):
        sp, r, N = self.cust_sp, self.rng, self.N
        v, sizes = self.card_value()
        self.say("agent", self.ct(
            ["Come vuole pagare? Se con carta, mi detta il numero?", "Mi legge le cifre sul fronte della carta?",
             "Possiamo addebitare direttamente sulla carta: il numero, per cortesia?",
             "Procediamo con il pagamento: numero della carta?"],
            ["How would you like to pay? If it's by card, the long number please.",
             "Could you read me the number across the front of the card?",
             "I can take a card payment now, what's the number?",
             "Shall we do the payment? Card number when you're ready."]))
        if r.random() < 0.4:
            self.say("customer", self.ct(["Aspetti che prendo il portafoglio.", "Un attimo, la carta è nella borsa."],
                                         ["Hang on, let me grab my purse." if self.female else "Hang on, let me grab my wallet.",
                                          "Just a sec, it's in the other room."]))
            self.say("agent", self.ct(["Certo, resto in linea.", "Prego."], ["Sure, I'll wait.", "No problem."]))
            una, la = ("un'", "l'") if self.brand[0] in "AEIOU" else ("una ", "la ")
            lead = self.ct([f"Eccomi. È {una}{self.brand}:", "Eccola. Allora,"],
                           [f"Right, it's {'an' if self.brand[0] in 'AEIOU' else 'a'} {self.brand}:", "Got it. Okay,"])
        else:
            la = "l'" if self.brand[0] in "AEIOU" else "la "
            lead = self.ct([f"Con {la}{self.brand}.", "Sì, allora,", "Dunque, il numero è"],
                           [f"On the {self.brand},", "Yeah, so,", "Okay, the number's"])
        self.say("customer", lead, ("CREDIT_CARD", v, self.say_card(v, sizes, sp)))
        e, cents = r.randint(19, 240), r.choice([0, 50, 90, 99])
        amount = [N(e), "euro"] + (["e", N(cents)] if cents else []) if self.it else \
            [N(e), "pounds"] + ([N(cents)] if cents else [])
        self.say("agent", *self.ct([["Perfetto, le addebito"] + amount + ["."]], [["Lovely, that's"] + amount + [
            "going through now."]]),
                 self.ct(["Per il codice di sicurezza la passo al sistema automatico: lo digiti sulla tastiera,"
                          " non me lo dica a voce.", "Il codice dietro la carta non me lo dica, glielo chiede il risponditore."],
                         ["For the security code I'll put you through to the keypad, please don't read it out.",
                          "Don't tell me the code on the back, the automated line will ask for it."]))
        self.say("customer", self.ct(["Ah, d'accordo.", "Va bene."], ["Oh, okay.", "Right, fine."]))

    def x_dob(self):
        sp = self.cust_sp
        self.say("agent", self.ct(
            ["Mi conferma la data di nascita?", self.g("Per la verifica di sicurezza, quando è nat{o}?"),
             "Mi serve anche la data di nascita: giorno, mese e anno.", "La data di nascita del titolare?"],
            ["Can you confirm your date of birth for me?", "For security, what's your date of birth?",
             "And the birthday on the account?", "I just need your date of birth to verify you."]))
        lead, spoken = self.say_dob(self.born, sp)
        if lead is None:
            lead = self.ct(["Sì,", self.g("Sono nat{o}"), "Allora,", "", "Eh,"], ["Yeah, it's", "I was born on", "It's", "Er,", ""])
        self.say("customer", lead, ("DATE_OF_BIRTH", self.born.isoformat(), spoken))
        self.maybe_ack()

    def x_address(self):
        sp, r = self.cust_sp, self.rng
        full, first, second, q2 = self.address_value(sp)
        self.say("agent", self.ct(
            ["Dove le mandiamo il nuovo modem?", "Mi conferma l'indirizzo di residenza?",
             "A che indirizzo intestiamo la fattura?", "Qual è l'indirizzo dove va fatto l'intervento?",
             "Per la spedizione mi dà l'indirizzo completo?"],
            ["What's the address for the delivery?", "Can you confirm the address we have for you?",
             "Where should we send the bill?", "What's the address where the engineer's going?",
             "Full address for the new router, please."]))
        if r.random() < 0.3:               # the street first, the CAP / postcode asked for after
            lead = self.ct(["Sì, allora,", "Abito in", "Allora, è"], ["It's", "Yeah, it's", "We're at"])
            self.say("customer", lead, ("ADDRESS", first[0], first[1]))
            self.say("agent", q2)
            self.say("customer", self.ct(["", "Sì,", "Allora,"], ["", "Yeah,", "Erm,"]), ("ADDRESS", second[0], second[1]),
                     self.ct(["", "mi pare... sì, è quello."], ["", "I think... yeah, that's it."]))
        else:
            if self.it:
                lead = self.c("Abito a", "Sto a", "Allora,") if full[1][0].isupper() else \
                    self.c("Abito in", "Sto in", "Allora,", "La residenza è in", "Sì,")
            else:
                lead = self.c("It's", "I'm at", "Yeah,", "We're at", "Sure, it's")
            self.say("customer", lead, ("ADDRESS", full[0], full[1]))
        self.maybe_ack()

    def x_health(self):
        r = self.rng
        bank = IT_HEALTH_E if self.it else EN_HEALTH_E
        money = {2, 10}            # about a missed payment or unanswered letters: billing and customer care only
        opts = [k for k, h in enumerate(bank) if (h[2] is not None or self.female) and ("h", k) not in self.used
                and (k not in money or self.purpose in ("billing_support", "customer_care"))]
        k = r.choice(opts)
        self.used.add(("h", k))
        q, lead, cm, cf, tail, note_lead, note = bank[k]
        clause = self.g(cf if (self.female and cf) else cm)
        if q:
            self.say("agent", q)
        self.say("customer", self.g(lead), ("HEALTH", clause, clause), self.g(tail))
        if note_lead and r.random() < 0.5:
            nv = self.g(note)
            self.say("agent", note_lead, ("HEALTH", nv, nv), ".")
        else:
            self.say("agent", self.ct(["Capisco, grazie di avermelo detto.", "Mi dispiace, ne terremo conto."],
                                      ["I understand, thanks for telling me.", "Sorry to hear that, we'll bear it in mind."]))

    def x_order(self):
        sp, r = self.cust_sp, self.rng
        noun = r.choice(["order", "customer", "case", "ticket"])
        v, spoken = self.order_value(sp, noun)
        q = {"order": (["Ha il numero d'ordine? È nella mail di conferma.", "Mi dà il numero dell'ordine?"],
                       ["Have you got the order number? It's in the confirmation email.", "What's the order number?"]),
             "customer": (["Mi dà il codice cliente? Lo trova in alto a destra sulla bolletta.",
                           "Ha il suo codice cliente?"],
                          ["Could I have your customer number? It's top right on the bill.",
                           "Do you know your customer number?"]),
             "case": (["Ha già un numero di pratica aperto?", "Mi dice il riferimento della pratica?"],
                      ["Do you have a case reference already?", "What's the case reference?"]),
             "ticket": (["Mi legge il numero della segnalazione che le abbiamo mandato per sms?",
                         "Ha il codice del ticket?"],
                        ["Can you read me the ticket number we texted you?", "Have you got the ticket number?"])}[noun]
        self.say("agent", self.ct(*q))
        lead = self.ct(["Sì,", "Allora, è", "Il codice è", "Ecco,", "Dunque,"],
                       ["Yeah, it's", "Sure,", "Got it here,", "Right, it's", "Erm,"])
        if r.random() < 0.25:
            self.say("customer", self.ct(["Aspetti che controllo nella mail...", "Un secondo, lo cerco nei messaggi."],
                                         ["Let me check my emails...", "Hang on, it's in my texts somewhere."]))
            self.say("agent", self.ct(["Certo.", "Faccia pure."], ["Sure.", "No problem."]))
            lead = self.ct(["Trovato:", "Eccolo, allora,"], ["Found it:", "Okay, here:"])
        self.say("customer", lead, ("ORDER_NUMBER", v, spoken))
        if r.random() < 0.25:
            back = ", ".join(self.agent_sp.one_by_one(v[k:k + 3]) if v[k:k + 3].isdigit()
                             else " ".join(self.letter(ch, "plain", self.agent_sp) if ch.isalpha()
                                           else self.agent_sp.digit(ch) for ch in v[k:k + 3])
                             for k in range(0, len(v), 3))
            self.say("agent", self.ct(["Quindi", "Ripeto:"], ["So that's", "Let me repeat:"]), ("ORDER_NUMBER", v, back),
                     self.ct(["esatto?", "giusto?"], ["correct?", "yeah?"]))
            self.say("customer", self.ct(["Sì.", "Esatto."], ["Yes.", "That's it."]))
        else:
            self.maybe_ack()

    # ---------------------------------------------------------------- numbers that must stay

    def distractor(self):
        it, r, N = self.it, self.rng, self.N
        e, e2, cents = r.randint(9, 69), r.randint(70, 140), r.choice([50, 90, 99])
        year = r.randint(2009, 2022)
        if it:
            options = [
                [("agent", ["Con l'offerta Casa Light paga", N(e), "euro e", N(cents), "al mese per i primi", N(12),
                            "mesi, poi", N(e + 10), "euro."]),
                 ("customer", ["E il vincolo quanto dura?"]), ("agent", ["Sono", N(24), "mesi."])],
                [("agent", ["Nella sua zona arriviamo fino a", N(1000), "mega in download e", N(300), "in upload."]),
                 ("customer", ["Adesso ne ho", N(20), "scarsi, sarebbe un bel salto."])],
                [("agent", ["Il primo appuntamento libero è martedì, dalle", N(8), "alle", N(13), "."]),
                 ("customer", ["Meglio il pomeriggio, dopo le", N(15), ", se si può."])],
                [("customer", ["Sono in attesa da", N(r.choice([25, 35, 40])), "minuti, eh."]),
                 ("agent", ["Mi scusi, stamattina abbiamo ricevuto più di", N(400), "chiamate."])],
                [("agent", ["Possiamo dividere l'importo in", N(3), "rate da", N(e), "euro."]),
                 ("customer", ["Sì, così mi va meglio."])],
                [("agent", ["Il piano Giga", N(150), "include anche", N(500), "minuti verso tutti."]),
                 ("customer", ["Io al massimo uso", N(10), "giga al mese."])],
                [("customer", ["Sono vostr" + ("a" if self.female else "o") + " cliente dal", N(year), ", non mi sembra giusto."]),
                 ("agent", ["Ha ragione, le applico lo sconto fedeltà del", N(15), "per cento."])],
                [("agent", ["Il pacco pesa", N(r.randint(12, 30)), "chili, arriva in", N(2), "colli."]),
                 ("customer", ["Va bene, c'è l'ascensore."])],
                [("agent", ["La bolletta di marzo era di", N(e), "euro, quella di aprile di", N(e2), "."]),
                 ("customer", ["Appunto, quasi il doppio, per questo chiamo."])],
                [("agent", ["Quanti dispositivi collegate alla rete?"]),
                 ("customer", ["Saranno", N(6), "o", N(7), ", tra telefoni e computer."])],
                [("customer", ["Ho fatto lo speed test: mi dà", N(3), "mega, a volte anche meno."]),
                 ("agent", ["Con la fibra dovrebbe vedere almeno", N(200), "mega."])],
                [("agent", ["Il rimborso arriva entro", N(14), "giorni lavorativi, di solito anche prima."]),
                 ("customer", ["Va bene, aspetto."])],
            ]
        else:
            options = [
                [("agent", ["The Home Essentials plan is", N(e), "pounds", N(cents), "a month for the first", N(18),
                            "months, then", N(e + 10), "."]),
                 ("customer", ["And how long's the contract?"]), ("agent", ["It's", N(24), "months."])],
                [("agent", ["We can get you up to", N(900), "megs down and", N(110), "up."]),
                 ("customer", ["I'm on about", N(15), "now, so that'd be a big jump."])],
                [("agent", ["The next free slot's Tuesday, between", N(8), "and", N(12), "."]),
                 ("customer", ["Could it be after", N(3), "? I'm at work in the morning."])],
                [("customer", ["I've been on hold for", N(r.choice([25, 35, 40])), "minutes, you know."]),
                 ("agent", ["Sorry about that, we've had over", N(400), "calls this morning."])],
                [("agent", ["We can split that into", N(3), "payments of", N(e), "pounds."]),
                 ("customer", ["Yeah, that's easier."])],
                [("agent", ["The Max", N(60), "plan comes with", N(60), "gigs of data and unlimited calls."]),
                 ("customer", ["I barely use", N(8), "gigs a month, to be honest."])],
                [("customer", ["I've been with you since", N(year, en_year(year)), ", it's not on."]),
                 ("agent", ["I do appreciate that, I can knock", N(15), "percent off."])],
                [("agent", ["The parcel's", N(r.randint(12, 30)), "kilos, so it'll come in", N(2), "boxes."]),
                 ("customer", ["That's fine, there's a lift."])],
                [("agent", ["Your March bill was", N(e), "pounds", N(cents), "and April's was", N(e2), "."]),
                 ("customer", ["Exactly, nearly double, that's why I'm ringing."])],
                [("agent", ["How many devices have you got on the wifi?"]),
                 ("customer", ["Probably", N(6), "or", N(7), ", with the kids' tablets."])],
                [("customer", ["I ran a speed test and got", N(3), "megs, sometimes less."]),
                 ("agent", ["On fibre you should be seeing at least", N(200), "megs."])],
                [("agent", ["The refund takes up to", N(14), "working days, usually less."]),
                 ("customer", ["Okay, I'll keep an eye out."])],
            ]
        free = [k for k in range(len(options)) if ("d", k) not in self.used] or list(range(len(options)))
        k = r.choice(free)
        self.used.add(("d", k))
        for speaker, pieces in options[k]:
            self.say(speaker, *pieces)

    def filler(self):
        options = ([("Resti in linea, la metto un momento in attesa.", "Sì, attendo."),
                    ("Mi scusi, la sento a tratti. Mi sente adesso?", "Sì, adesso meglio."),
                    ("Sto aprendo la sua scheda, oggi il sistema è lentissimo.", "Non si preoccupi."),
                    ("Un attimo che controllo nel gestionale.", "Prego, prego.")] if self.it else
                   [("Can I pop you on hold for a moment?", "Yeah, go ahead."),
                    ("Sorry, you're breaking up a bit. Is that better?", "Yeah, I can hear you now."),
                    ("The system's being really slow today, bear with me.", "No worries."),
                    ("Let me just check something on the account.", "That's okay.")])
        free = [k for k in range(len(options)) if ("f", k) not in self.used] or list(range(len(options)))
        k = self.rng.choice(free)
        self.used.add(("f", k))
        pairs = options[k]
        self.say("agent", pairs[0])
        self.say("customer", pairs[1])

    # ---------------------------------------------------------------- call frame

    def opening(self, company: str, agent: str, notice: bool):
        self.agent = agent
        A = ("AGENT_NAME", agent, agent)
        p = PNAME[self.purpose][0 if self.it else 1]
        if self.it:
            greet = self.c([f"{company}, buongiorno, sono", A, "."], [f"Buonasera, ha chiamato {company}, le parla", A, "."],
                           [f"{company}, servizio clienti, mi chiamo", A, "."], [f"Pronto, {company}, sono", A, ", buongiorno."])
            note = self.c(f"Prima di cominciare la informo che la chiamata è registrata per finalità di {p}.",
                          f"Le ricordo che la conversazione viene registrata e trattata ai fini di {p}, come da informativa privacy.",
                          f"La telefonata è registrata a scopo di {p}; trova l'informativa completa sul nostro sito.",
                          f"La avviso che, per finalità di {p}, questa telefonata viene registrata.")
            ask = self.c("Come posso esserle d'aiuto?", "Mi racconti pure.", "Cosa posso fare per lei?",
                         "In che cosa la posso aiutare?")
        else:
            greet = self.c([f"Morning, {company}, you're speaking to", A, "."],
                           [f"Hello, thanks for holding, {company}, it's", A, "here."],
                           [f"Hiya, {company} customer team, I'm", A, "."],
                           [f"Good evening, you've reached {company}, my name is", A, "."])
            note = self.c(f"Before we start, I need to let you know this call is recorded for {p}.",
                          f"Please be aware we record this call for {p}; our privacy notice is on the website.",
                          f"Just a heads-up, the call's being recorded for {p} purposes.",
                          f"I should mention we're recording this conversation for {p}, in line with our privacy policy.")
            ask = self.c("What can I help you with?", "How can I help you this evening?",
                         "What are you calling about today?", "Go ahead, what can I do for you?")
        self.say("agent", *greet, note if notice else "", ask)

    def reason(self):
        N, r = self.N, self.rng
        d, x = r.randint(3, 9), r.randint(18, 95)
        opts = {
            "customer_care": (
                [["Buongiorno, aspetto un pacco da", N(d), "giorni e il tracciamento è fermo."],
                 ["Salve, mi è arrivato un frullatore rotto, e l'ho pagato", N(x), "euro."],
                 ["Buongiorno, vorrei spostare la consegna, questa settimana non sono mai in casa."],
                 ["Buonasera, ho chiesto un rimborso un mese fa e non è arrivato niente."]],
                [["Hi, I've been waiting", N(d), "days for a delivery and the tracking hasn't moved."],
                 ["Hello, the kettle I ordered turned up broken, and it cost", N(x), "pounds."],
                 ["Hiya, I need to move my delivery, I'm away all week."],
                 ["Hi there, I sent something back ages ago and I'm still waiting for the refund."]]),
            "sales_first_contact": (
                [["Buongiorno, ho visto la pubblicità della fibra a", N(x), "euro al mese e volevo capire se c'è un vincolo."],
                 ["Salve, mi hanno detto che avete un'offerta per chi porta il numero da un altro operatore."],
                 ["Buonasera, sto pensando di cambiare fornitore della luce, mi spiega le tariffe?"],
                 ["Sì, salve, mi ha chiamato un vostro collega per un'offerta e volevo saperne di più."]],
                [["Hi, I saw the broadband deal at", N(x), "pounds a month and wondered if there's a contract."],
                 ["Hello, I'm thinking of switching energy supplier and wanted a quote."],
                 ["Hi, someone from your team rang me about an upgrade, so I'm calling back."],
                 ["Hi, do you do SIM-only deals? I've got about", N(d), "months left on my current contract."]]),
            "billing_support": (
                [["Salve, nell'ultima bolletta mi trovo", N(x), "euro in più e non capisco perché."],
                 [self.g("Buongiorno, vorrei passare alla domiciliazione bancaria, sono stanc{o} di pagare in posta.")],
                 ["Buonasera, mi è arrivato un sollecito ma io ho pagato tutto."],
                 ["Salve, devo cambiare l'intestazione della fattura e l'indirizzo dove la mandate."]],
                [["Hi, my last bill was", N(x), "pounds more than usual and I don't understand why."],
                 ["Hello, I'd like to set up a direct debit instead of paying by card every month."],
                 ["Hi, I've had a reminder letter but I'm sure I paid."],
                 ["Hello, I need to change the billing address on the account."]]),
            "technical_support": (
                [["Buongiorno, da", N(d), "giorni la connessione va e viene, cade ogni mezz'ora circa."],
                 ["Salve, il decoder non trova più i canali dopo l'aggiornamento."],
                 ["Buonasera, il telefono fisso non dà più linea da stamattina."],
                 ["Salve, l'app mi butta fuori di continuo e non vedo i consumi."]],
                [["Hi, the wifi's been dropping out for", N(d), "days now, about every half hour."],
                 ["Hello, my TV box won't find any channels since the update."],
                 ["Hi, the landline's been dead since this morning."],
                 ["Hiya, the app keeps logging me out and I can't see my usage."]]),
        }[self.purpose][0 if self.it else 1]
        self.say("customer", *r.choice(opts))
        if r.random() < 0.5:
            self.say("agent", self.ct(["Capisco, vediamo subito.", "Mi dispiace, verifichiamo insieme.",
                                       "D'accordo, ci penso io."],
                                      ["Right, let's have a look.", "Sorry about that, let's sort it out.",
                                       "Okay, leave it with me."]))

    def name_exchange(self):
        r, sp = self.rng, self.cust_sp
        full = f"{self.first} {self.last}"
        self.say("agent", self.ct(
            ["Mi dice nome e cognome, così apro la scheda?", "Prima di tutto, con chi parlo?",
             "A nome di chi è il contratto?", "Lei è il titolare? Mi dice come si chiama?",
             "Mi dà un nominativo, per cortesia?"],
            ["Can I start with your full name?", "Who have I got on the line?",
             "And who's the account in the name of?", "Are you the account holder? What's the name?",
             "Can I take a name, please?"]))
        x = r.random()
        if self.it and x < 0.25:          # surname first, the bureaucratic way
            self.say("customer", self.c("Allora,", "Sì,", ""), ("PERSON", full, f"{self.last} {self.first}"))
        else:
            self.say("customer", self.ct(["Sono", "Mi chiamo", "Sì, sono io,", "Allora,"],
                                         ["It's", "Yeah, it's", "Me, it's", "Er, yeah,"]), ("PERSON", full, full))
        if r.random() < 0.4:
            self.say("agent", self.ct(["Come si scrive il cognome?", "Me lo fa lo spelling del cognome?"],
                                      ["How do you spell the surname?", "Could you spell the last name for me?"]))
            self.say("customer", self.ct(["Allora,", "Sì,", ""], ["Sure,", "Yeah, it's", ""]),
                     ("PERSON", self.last, self.spell_surname(sp)))
        if r.random() < 0.5:
            title = (self.c("signora", "gentile signora") if self.female else self.c("signor", "gentile signor")) if self.it \
                else (self.c("Mrs", "Ms") if self.female else "Mr")
            if self.it or r.random() < 0.6:
                self.say("agent", self.ct(["Grazie,", "Benissimo,", "Perfetto,"], ["Thanks,", "Lovely,", "Great,"]),
                         title, ("PERSON", self.last, self.last), ".")
            else:
                self.say("agent", self.c("Thanks,", "Lovely,"), ("PERSON", self.first, self.first), ".")

    def spell_surname(self, sp: Speaker) -> str:
        r = self.rng
        mode = self.letter_mode()
        chars = list(self.last.upper())
        out, k = [], 0
        while k < len(chars):
            ch = chars[k]
            if ch == "'":
                out.append("apostrofo" if self.it else "apostrophe")
            elif ch == " ":
                out.append("staccato" if self.it else "space")
            elif k + 1 < len(chars) and chars[k + 1] == ch and r.random() < 0.8:
                out.append(f"doppia {IT_LETTERS[ch]}" if self.it else f"double {ch}")
                k += 1
            else:
                out.append(self.one_letter(ch, mode, sp))
            k += 1
        body = ", ".join(out) if mode not in ("plain",) or r.random() < 0.5 else " ".join(out)
        return (f"{self.last}, " if r.random() < 0.6 else "") + body

    def closing(self):
        r, N = self.rng, self.N
        if r.random() < 0.12:
            self.say("customer", self.ct(["Scusi, come ha detto che si chiama?", "Mi ricorda il suo nome, per favore?"],
                                         ["Sorry, what was your name again?", "Who was I speaking to, sorry?"]))
            self.say("agent", self.ct(["Sono", "Mi chiamo"], ["It's", "I'm"]), ("AGENT_NAME", self.agent, self.agent), ".")
        if self.it:
            self.say("agent", *self.c(
                ["Bene, ho inserito tutto. Le arriverà un messaggio di conferma entro", N(24), "ore."],
                ["Perfetto. La pratica si chiude in", N(5), "giorni lavorativi e la modifica costa", N(r.randint(5, 15)),
                 "euro una tantum."],
                ["Ho fatto tutto. Se serve, siamo aperti dalle", N(8), "alle", N(20), ", anche il sabato."]),
                self.c("C'è altro?", "Posso fare altro per lei?", ""))
            self.say("customer", self.c("No, grazie, è tutto.", "No, a posto così, grazie infinite.",
                                        "Basta così, grazie, buona giornata."))
            self.say("agent", self.c("Grazie a lei, buona giornata.", "Arrivederci, buona serata.",
                                     "Grazie per averci chiamato, arrivederci."))
        else:
            self.say("agent", *self.c(
                ["Right, that's all done. You'll get a text within", N(24), "hours."],
                ["Perfect. The case should close in", N(5), "working days, and the change is a", N(r.randint(5, 15)),
                 "pound admin fee."],
                ["All sorted. If you need us, we're open", N(8), "till", N(8), ", Saturdays too."]),
                self.c("Anything else?", "Is there anything else I can do?", ""))
            self.say("customer", self.c("No, that's everything, thanks.", "No, that's great, cheers.",
                                        "That's it, thanks for your help."))
            self.say("agent", self.c("Thanks for calling, take care.", "You're welcome, bye now.",
                                     "No problem, have a good evening."))

    def build(self, company: str, agent: str, notice: bool):
        r = self.rng
        self.opening(company, agent, notice)
        self.reason()
        self.name_exchange()
        kinds = r.sample(PII, r.randint(6, 8))
        if not self.it and "IT_FISCAL_CODE" in kinds and r.random() < 0.5:
            kinds.remove("IT_FISCAL_CODE")
        if not set(KEPT[self.purpose]) & set(kinds):
            kinds.append(r.choice(KEPT[self.purpose]))
        plan = kinds + ["distractor"] * r.randint(2, 3) + ["filler"] * r.randint(0, 2)
        r.shuffle(plan)
        for step in plan:
            if step == "distractor":
                self.distractor()
            elif step == "filler":
                self.filler()
            else:
                getattr(self, {"PHONE_NUMBER": "x_phone", "EMAIL_ADDRESS": "x_email", "IT_FISCAL_CODE": "x_fiscal",
                               "IBAN_CODE": "x_iban", "CREDIT_CARD": "x_card", "DATE_OF_BIRTH": "x_dob",
                               "ADDRESS": "x_address", "HEALTH": "x_health", "ORDER_NUMBER": "x_order"}[step])()
        self.closing()
        self.lint()

    def lint(self):
        names = {self.first, self.agent} | {w for w in re.findall(r"[A-Za-zÀ-ú]+", self.last) if len(w) >= 3}
        for speaker, pieces in self.turns:
            for p in pieces:
                if isinstance(p, tuple) and p[0] in ("ADDRESS", "EMAIL_ADDRESS"):
                    words = re.findall(r"[A-Za-zÀ-ú]+", p[1].split("@")[-1] if p[0] == "EMAIL_ADDRESS" else p[1])
                    names |= {w for w in words if len(w) >= 4 and w[0].isupper() and w not in STREET_WORDS}
        for speaker, pieces in self.turns:
            assert speaker in ("agent", "customer"), speaker
            for p in pieces:
                if isinstance(p, str):
                    assert p.strip() == "." or re.search(r"\w", p), f"punctuation-only piece: {p!r}"
                    low = p.lower().replace("per cento", "")
                    bad = re.search(r"\d", p) or [w for w in re.findall(r"[a-zà-ù]+", low) if w in NUMBER_WORDS]
                    assert not bad, f"number in plain text: {p!r} {bad}"
                    for name in names:
                        assert not re.search(rf"\b{re.escape(name)}\b", p), f"personal data in plain text: {p!r}"
                else:
                    label, value, spoken = p
                    assert label in LABELS and value and spoken.strip(), p
                    assert not re.search(r"\d", spoken), f"digit in spoken form: {p!r}"
                    if label == "EMAIL_ADDRESS":
                        assert value.count("@") == 1, p
                    if label == "DATE_OF_BIRTH":
                        dt.date.fromisoformat(value)


if __name__ == "__main__":
    H.run_phrasebook(PhraseBookE, (E_IT_COMPANIES, E_EN_COMPANIES), (E_IT_AGENTS, E_EN_AGENTS))
