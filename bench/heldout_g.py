#!/usr/bin/env python3
"""heldout_g: a seventh, independently worded phrasebook of synthetic labelled call-centre calls.

usage (from the project root, with the project's venv active):
    python bench/heldout_g.py --dry --seed 5151                       # print every dialogue, no audio
    python bench/heldout_g.py --seed 5151 --out bench/results/G --prefix G --piper /tmp/piper/bin/piper

What it is: a held-out set for measuring how well the personal-data detector generalises to wording
it has never seen. Half the calls are Italian, half English, the four default purposes in turn
(customer_care, sales_first_contact, billing_support, technical_support); per call a wav, a sidecar
and truth/<id>.truth.json with exact spans (PERSON, PHONE_NUMBER, EMAIL_ADDRESS, IT_FISCAL_CODE,
IBAN_CODE, CREDIT_CARD, DATE_OF_BIRTH, ADDRESS, HEALTH, ORDER_NUMBER, AGENT_NAME, NONPII_NUMBER).
The style is "moderate": clean, realistic calls written by a different scriptwriter, not adversarial.

How it was written: without reading the detector (pipeline/, redaction_rules/), its tests, or the
wording of the other phrasebooks. Only the generation machinery of bench/heldout.py is reused:
Speaker (digit reading habits), the letter tables, luhn_complete / iban / fiscal_code, en_words /
it_words / en_year / en_ordinal, pick_voices, Renderer, synthesise, resample_write, main() with its
language / purpose / mono-stereo / 8-16 kHz / notice schedule and its sidecar and truth format, and
dry_run(). main() builds every call with heldout's module-level `CallBuilder` and draws company and
agent from heldout's module-level banks, so heldout.run_phrasebook() rebinds those names in
memory; heldout.py is not modified.

Its own: the banks (callers, agents, companies, streets, towns with CAP and cadastral code, mail
hosts, health clauses said as the reason for a request), every agent question (several per kind,
some without the kind's cue word: "dove la possiamo raggiungere?", "where should I send the
paperwork?"), customer lead-ins and tails, the opening and recording-notice wording, the order /
ticket / invoice number formats (letters + digits, year/sequence with "barra"/"slash"), the ways of
saying values (Italian "doppio", English "double" and "oh", pairs and whole numbers, "A come Ancona",
"R di Roma", NATO and "B for Bravo", dates of birth as "il tre marzo ...", "tre barra tre barra ...",
"born in ... on the third of March"), agent read-backs, an address read from the file and
confirmed, phone and e-mail in one answer, the name said in the opening line, and the distractor
numbers (prices, hours, waits, speeds, percentages, model numbers, contract years), each a
NONPII_NUMBER span.

lint() rejects a drawn call (and the call is drawn again) when plain, unlabelled speech holds
digits, number words, the caller's names, words of the caller's address, health words, or (in calls
without notice) words of a recording notice; and when a value that the purpose must remove would be
found, by the leak probes of ../shared/eval/check_outputs.py (mirrored in probes()), in what a
perfect redaction leaves. So a perfect redactor scores perfectly on this set.

With the same --piper option, --dry prints exactly the dialogues the real run synthesises (the voice
draw depends on whether Piper is available).
"""
from __future__ import annotations

import datetime as dt
import random
import re
import string
import sys
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
import heldout as H  # noqa: E402
from heldout import (EN_MONTHS, IT_CITIES, IT_LETTERS, IT_MONTHS, NATO, Speaker, en_ordinal,  # noqa: E402
                     en_words, en_year, fiscal_code, iban, it_words, luhn_complete)

# =========================================================================== banks

G_IT_FIRST_F = ("Rosalba Giuliana Marisa Ornella Loredana Veronica Annalisa Cristina Donatella Giorgia "
                "Vittoria Fiorella Mirella Patrizia").split()
G_IT_FIRST_M = ("Massimo Gianluca Vincenzo Emanuele Stefano Maurizio Corrado Leonardo Alessio Sergio "
                "Daniele Umberto Fabrizio Ruggero").split()
G_IT_LAST = ("Scarpellini Tagliaferri Mazzoleni Brambilla Cavallaro Zanetti Pagliarulo Bonfiglio Gualtieri "
             "Marchesini Piccinini Lanzillotta Vitiello Sorrentino Iacovelli Ferrandino Spadaro Guarnieri "
             "Ottaviani Balducci Zuccarello Nardelli Sciarra Melis Carboni Deiana").split()
G_EN_FIRST_F = ("Harriet Imogen Rosie Lucy Aisha Fiona Abigail Rachel Yasmin Gemma Naomi Sophie Tamsin "
                "Bronwen").split()
G_EN_FIRST_M = ("Joseph Samuel Kieran Nathan Stuart Hamish Imran Lewis Rory Patrick Curtis Felix Ewan "
                "Gregor").split()
G_EN_LAST = ("Pemberton Ashworth Okonkwo Halloran Featherstone Gallagher Rutherford Chaudhry MacLeod "
             "Donnelly Haworth Sutcliffe Brennan Lindqvist Abernethy Fitzgerald Kavanagh Oyelaran "
             "Thornbury Mensah Szymanski Hargreaves Prendergast Whitfield").split()
G_IT_AGENTS = "Marina Stefania Paolo Giacomo Elena Roberto Nadia Luca Sonia Enrico".split()
G_EN_AGENTS = "Jodie Craig Sunita Steve Leanne Andy Carys Martin Zoe Neil".split()
G_IT_COMPANIES = ["Telecom Levante", "Energia Dolomiti", "Banca Popolare del Tirreno", "Assicurazioni Faro",
                  "Spedizioni Adriatica", "Acqua Servizi Integrati", "Casa e Stile Online"]
G_EN_COMPANIES = ["Harbourside Energy", "Pennine Water", "Clearwave Fibre", "Thistle Mutual",
                  "Beacon Home Insurance", "Parcelhawk Couriers", "Rowan Telecom"]

# (town, CAP, cadastral code)
G_IT_TOWNS = [("Genova", "16121", "D969"), ("Trieste", "34121", "L424"), ("Perugia", "06121", "G478"),
              ("Parma", "43121", "G337"), ("Modena", "41121", "F257"), ("Salerno", "84121", "H703"),
              ("Catania", "95121", "C351"), ("Brescia", "25121", "B157"), ("Bergamo", "24121", "A794"),
              ("Pescara", "65121", "G482"), ("Trento", "38121", "L378"), ("Ancona", "60121", "A271"),
              ("Sassari", "07100", "I452"), ("Livorno", "57121", "E625"), ("Vicenza", "36100", "L840"),
              ("Rimini", "47921", "H294")]
G_IT_STREETS = [("via", "Carlo Pisacane"), ("via", "Ugo Foscolo"), ("viale", "dei Tigli"), ("corso", "Sempione"),
                ("piazza", "Tommaseo"), ("largo", "dei Gelsi"), ("vicolo", "San Lorenzo"),
                ("via", "Francesco Baracca"), ("viale", "Lombardia"), ("corso", "Cavour"),
                ("piazza", "Castello"), ("via", "Monte Grappa"), ("via", "Ortigara"),
                ("viale", "Aldo Moro"), ("vicolo", "dei Fabbri"), ("largo", "Pestalozzi"),
                ("via", "Nino Bixio"), ("corso", "Vercelli"), ("piazza", "Dante"), ("via", "Pietro Nenni")]
G_UK_TOWNS = [("Sheffield", "S11 8PL"), ("Reading", "RG1 4QT"), ("Dundee", "DD1 4HN"), ("Exeter", "EX4 3SR"),
              ("Nottingham", "NG7 2RD"), ("Swansea", "SA1 3QF"), ("Belfast", "BT9 6AA"), ("Oxford", "OX4 1YB"),
              ("Aberdeen", "AB10 1XG"), ("Plymouth", "PL4 8AA")]
G_UK_STREETS = ["Tennyson Road", "Ashgrove Lane", "Kelvin Avenue", "Lowther Street", "Partridge Close",
                "Hawthorn Crescent", "Coniston Way", "Marlowe Drive", "Gainsborough Road", "Larkspur Lane",
                "Cromwell Terrace", "Elderberry Walk"]
G_UK_HOUSES = ["Rosemary Cottage", "The Old Forge", "Hollybank", "Willow Barn"]
G_US_PLACES = [("Madison", "Wisconsin", "53703"), ("Boise", "Idaho", "83702"), ("Albany", "New York", "12207"),
               ("Austin", "Texas", "78701")]
G_US_STREETS = ["Birchwood Drive", "Riverside Avenue", "Magnolia Lane", "Harbor View Road"]
G_IT_MAIL = ["gmail.com", "libero.it", "outlook.it", "tim.it", "email.it", "icloud.com", "yahoo.com", "pec.it"]
G_EN_MAIL = ["gmail.com", "outlook.com", "hotmail.com", "sky.com", "virginmedia.com", "talktalk.net", "me.com",
             "yahoo.com"]

# health clauses: (female form, male form); None = not for that gender
G_IT_HEALTH = [
    ("sto facendo la chemioterapia da febbraio", "sto facendo la chemioterapia da febbraio"),
    ("ho avuto un infarto il mese scorso", "ho avuto un infarto il mese scorso"),
    ("sono incinta all'ottavo mese", None),
    ("aspetto due gemelli", None),
    ("mi muovo in sedia a rotelle", "mi muovo in sedia a rotelle"),
    ("faccio l'insulina tre volte al giorno", "faccio l'insulina tre volte al giorno"),
    ("mi hanno appena operata al ginocchio", "mi hanno appena operato al ginocchio"),
    ("sono seguita da uno psichiatra per una depressione", "sono seguito da uno psichiatra per una depressione"),
    ("ho crisi epilettiche", "ho crisi epilettiche"),
    ("sono quasi cieca", "sono quasi cieco"),
    ("ho il morbo di Parkinson", "ho il morbo di Parkinson"),
    ("faccio la radioterapia tutte le mattine", "faccio la radioterapia tutte le mattine"),
    ("sono in cura per un disturbo d'ansia", "sono in cura per un disturbo d'ansia"),
    ("ho appena avuto un trapianto di rene", "ho appena avuto un trapianto di rene"),
    ("mio marito è in dialisi", "mia moglie è in dialisi"),
    ("mia madre ha l'Alzheimer e vive con me", "mia madre ha l'Alzheimer e vive con me"),
    ("sono invalida civile", "sono invalido civile"),
]
G_EN_HEALTH = [
    ("I'm having chemotherapy at the moment", "I'm having chemotherapy at the moment"),
    ("I had a heart attack last month", "I had a heart attack last month"),
    ("I'm eight months pregnant", None),
    ("I'm expecting twins", None),
    ("I'm a wheelchair user", "I'm a wheelchair user"),
    ("I inject insulin three times a day", "I inject insulin three times a day"),
    ("I've just had knee surgery", "I've just had knee surgery"),
    ("I'm being treated for depression", "I'm being treated for depression"),
    ("I get epileptic seizures", "I get epileptic seizures"),
    ("I'm partially sighted", "I'm partially sighted"),
    ("I've got Parkinson's", "I've got Parkinson's"),
    ("I go in for radiotherapy every morning", "I go in for radiotherapy every morning"),
    ("I'm on medication for anxiety", "I'm on medication for anxiety"),
    ("I've just had a kidney transplant", "I've just had a kidney transplant"),
    ("my husband's on dialysis", "my wife's on dialysis"),
    ("my mum has Alzheimer's and lives with me", "my mum has Alzheimer's and lives with me"),
    ("I've been off work since my stroke", "I've been off work since my stroke"),
]

KINDS = ["PHONE_NUMBER", "EMAIL_ADDRESS", "IT_FISCAL_CODE", "IBAN_CODE", "CREDIT_CARD", "DATE_OF_BIRTH",
         "ADDRESS", "HEALTH", "ORDER_NUMBER"]
# where a kind tends to come in the conversation, per purpose (noise is added)
RANK = {
    "customer_care": {"ORDER_NUMBER": 1, "IT_FISCAL_CODE": 2.5, "DATE_OF_BIRTH": 2, "ADDRESS": 3,
                      "PHONE_NUMBER": 4, "HEALTH": 4.5, "EMAIL_ADDRESS": 5, "IBAN_CODE": 6, "CREDIT_CARD": 6},
    "sales_first_contact": {"ORDER_NUMBER": 1, "PHONE_NUMBER": 2, "EMAIL_ADDRESS": 3, "ADDRESS": 4,
                            "DATE_OF_BIRTH": 5, "IT_FISCAL_CODE": 5.5, "HEALTH": 6, "IBAN_CODE": 7,
                            "CREDIT_CARD": 7},
    "billing_support": {"ORDER_NUMBER": 1, "IT_FISCAL_CODE": 2, "DATE_OF_BIRTH": 2.5, "ADDRESS": 3,
                        "HEALTH": 4, "IBAN_CODE": 5, "CREDIT_CARD": 6, "PHONE_NUMBER": 7, "EMAIL_ADDRESS": 7},
    "technical_support": {"ORDER_NUMBER": 1, "DATE_OF_BIRTH": 2, "IT_FISCAL_CODE": 2.5, "ADDRESS": 3,
                          "HEALTH": 3.5, "PHONE_NUMBER": 4, "EMAIL_ADDRESS": 5, "CREDIT_CARD": 6, "IBAN_CODE": 6},
}

# what each purpose keeps (../shared/PURPOSES.md), for lint()
KEEPS = {"customer_care": {"PERSON", "ORDER_NUMBER"},
         "sales_first_contact": {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"},
         "billing_support": {"PERSON", "ORDER_NUMBER", "IBAN_CODE", "IT_FISCAL_CODE", "ADDRESS"},
         "technical_support": {"ORDER_NUMBER"}}

NUM_WORDS = {
    "it": set(("due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici "
               "sedici diciassette diciotto diciannove venti trenta quaranta cinquanta sessanta settanta "
               "ottanta novanta cento duecento trecento mila").split()),
    "en": set(("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
               "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
               "hundred thousand").split()),
}
HEALTH_WORDS = ["ospedal", "medic", "terapi", "malat", "incint", "gravidan", "insulin", "hospital", "doctor",
                "pregnan", "surgery", "illness", "disab", "invalid", "wheelchair", "rotelle", "chemo", "dialys",
                "dialis", "depress", "epilet", "epilep", "ansia", "anxiety", "cancer", "tumor", "parkinson",
                "alzheimer", "trapiant", "transplant", "sighted", "cieca", "cieco", "autis", "salute", "health",
                "infart", "heart attack", "seizure", "psichiatr", "psychiatr", "operat", "gemelli", "twins"]
NOTICE_WORDS = ["registr", "record", "monitor", "informativa", "privacy"]
STREET_TYPES = {"via", "viale", "corso", "piazza", "largo", "vicolo", "road", "lane", "avenue", "street", "close",
                "crescent", "way", "drive", "terrace", "walk", "flat", "della", "delle", "dei", "san", "santa",
                "monte", "primo", "civico", "scala", "piano", "interno", "cottage", "house", "barn", "the"}


class Clash(Exception):
    """A drawn call would make a perfect redaction look wrong; draw it again."""


# =========================================================================== leak probes
# mirrored from ../shared/eval/check_outputs.py (probes / leaked) so that lint() can refuse a call whose
# surviving text would trip them by accident

PROBE_HEALTH = ["insulina", "infarto", "depressione", "incinta", "chemioterapia", "epilessia",
                "insulin", "heart attack", "depression", "pregnant", "chemotherapy", "epilepsy"]
PROBE_MONTHS = [m.lower() for m in IT_MONTHS + EN_MONTHS]


def probes(label: str, v: str) -> dict:
    out = {"text": [], "digits": []}
    digits = re.sub(r"\D", "", v)
    if len(digits) >= 6:
        out["digits"] = [digits[i:i + 6] for i in range(len(digits) - 5)]
    if label == "PERSON":
        last = v.split()[-1]
        if len(last) >= 4:
            out["text"].append(last.lower())
    elif label == "EMAIL_ADDRESS":
        local, dom = v.lower().split("@")
        last, host = local.split(".")[-1], dom.split(".")[0]
        out["text"] += [v.lower(), last + "@", f"{last} chiocciola", f"{last} at {host}"]
    elif label == "ADDRESS":
        words = [w for w in re.findall(r"[A-Za-zÀ-ú']+", v) if len(w) >= 5
                 and w.lower() not in ("viale", "piazza", "corso", "street")]
        out["text"] += [w.lower() for w in words[:1]]
    elif label == "HEALTH":
        out["text"] += [k for k in PROBE_HEALTH if k in v.lower()]
    elif label == "IT_FISCAL_CODE":
        out["text"].append(v[:6].lower())
    elif label == "DATE_OF_BIRTH":
        out["year"] = v[:4]
        y, m, d = v[:4], v[5:7], v[8:10]
        out["digits"] += [d + m + y, m + d + y]
    return out


def leaks(label: str, v: str, text: str) -> bool:
    p = probes(label, v)
    low = text.lower()
    squashed = re.sub(r"[\s\-.,]", "", low)
    if any(s in low or s in squashed for s in p["text"]):
        return True
    dstream = re.sub(r"\D", "", low)
    if any(d in dstream for d in p["digits"]):
        return True
    return "year" in p and p["year"] in low and any(m in low for m in PROBE_MONTHS)


# =========================================================================== speaking habits


class GSpeaker(Speaker):
    """heldout's Speaker, plus an Italian habit of saying "doppio" for a repeated digit."""

    def __init__(self, lang: str, rng: random.Random):
        super().__init__(lang, rng)
        self.doppio = lang == "it" and rng.random() < 0.35

    def one_by_one(self, digits: str) -> str:
        if not self.doppio:
            return super().one_by_one(digits)
        out, i = [], 0
        while i < len(digits):
            j = i
            while j < len(digits) and digits[j] == digits[i]:
                j += 1
            if j - i == 2 and self.rng.random() < 0.7:
                out.append("doppio " + self.digit(digits[i]))
            else:
                out += [self.digit(digits[i])] * (j - i)
            i = j
        return " ".join(out)


# =========================================================================== the phrasebook


class PhraseBookG:
    def __init__(self, rng: random.Random, lang: str, purpose: str):
        self.rng, self.lang, self.purpose = rng, lang, purpose
        self.it = lang == "it"
        r = rng
        self.female = r.random() < 0.5
        if self.it:
            self.first = r.choice(G_IT_FIRST_F if self.female else G_IT_FIRST_M)
            self.last = r.choice(G_IT_LAST)
        else:
            self.first = r.choice(G_EN_FIRST_F if self.female else G_EN_FIRST_M)
            self.last = r.choice(G_EN_LAST)
        self.born = dt.date(r.randint(1946, 2001), r.randint(1, 12), r.randint(1, 28))
        self.agent_sp = GSpeaker(lang, r)
        self.cust_sp = GSpeaker(lang, r)
        self.turns: list[tuple[str, list]] = []

    # ---- small helpers

    def c(self, *options):
        return self.rng.choice(options)

    def g(self, male: str, female: str) -> str:
        return female if self.female else male

    def say(self, speaker: str, *pieces):
        self.turns.append((speaker, [p for p in pieces if p]))

    def N(self, n: int, text: str | None = None):
        return ("NONPII_NUMBER", str(n), text or (it_words(n) if self.it else en_words(n)))

    def person(self, reverse_ok: bool = True):
        v = f"{self.first} {self.last}"
        spoken = f"{self.last} {self.first}" if self.it and reverse_ok and self.rng.random() < 0.15 else v
        return ("PERSON", v, spoken)

    # ---- letters and codes

    def letter(self, ch: str, mode: str) -> str:
        if self.it:
            if mode == "city":
                return f"{IT_LETTERS[ch]} come {IT_CITIES[ch]}"
            if mode == "di":
                return f"{IT_LETTERS[ch]} di {IT_CITIES[ch]}"
            return IT_LETTERS[ch]
        if mode == "nato":
            return NATO[ch]
        if mode == "for":
            return f"{ch} for {NATO[ch].capitalize()}"
        return ch

    def letter_mode(self) -> str:
        if self.it:
            return self.c("plain", "plain", "city", "di")
        return self.c("plain", "plain", "nato", "for")

    def digit_run(self, run: str, sp: GSpeaker, style: str | None = None) -> str:
        style = style or self.c("single", "single", "pairs", "whole")
        if style == "whole" and len(run) > (3 if self.it else 2):
            style = "pairs"
        if style == "whole" and run[0] == "0":
            style = "single"
        return sp.group(run, style)

    def dictate(self, digits: str, sizes: list[int], style: str, sp: GSpeaker | None = None) -> str:
        """Digits cut into groups, each read one by one, in pairs or (short groups) as a whole number;
        style "mixed" draws a reading per group."""
        sp = sp or self.cust_sp
        out, i = [], 0
        for size in sizes:
            out.append(self.digit_run(digits[i:i + size], sp, None if style == "mixed" else style))
            i += size
        if i < len(digits):
            out.append(sp.one_by_one(digits[i:]))
        return ", ".join(out)

    def spell(self, code: str, sp: GSpeaker, mode: str, style: str | None = None, sep: str = ", ") -> str:
        """Letters named, digit runs dictated (long runs cut in threes), '/' and '-' spoken."""
        parts = []
        for tok in re.findall(r"[A-Z]|\d+|[/\-]", code):
            if tok.isalpha():
                parts.append(self.letter(tok, mode))
            elif tok.isdigit():
                if len(tok) <= 4:
                    parts.append(self.digit_run(tok, sp, style))
                else:
                    cut = [tok[i:i + 3] for i in range(0, len(tok), 3)]
                    if len(cut[-1]) == 1:
                        cut[-2:] = [cut[-2] + cut[-1]]
                    parts.append(", ".join(self.digit_run(x, sp, style) for x in cut))
            else:
                parts.append({"/": "barra", "-": "trattino"}[tok] if self.it else {"/": "slash", "-": "dash"}[tok])
        return sep.join(parts)

    def spell_name(self, word: str, mode: str) -> str:
        """A surname letter by letter, a repeated letter as "doppia"/"double"."""
        w = word.upper().replace("'", "")
        out, i = [], 0
        while i < len(w):
            if i + 1 < len(w) and w[i + 1] == w[i] and mode == "plain":
                out.append(("doppia " if self.it else "double ") + self.letter(w[i], mode))
                i += 2
            else:
                out.append(self.letter(w[i], mode))
                i += 1
        return (" " if mode == "plain" and not self.it else ", ").join(out)

    # ---- values

    def v_phone(self, mobile_only: bool = False):
        r, sp = self.rng, self.cust_sp
        pre_v = pre_s = ""
        if self.it:
            kind = self.c("mob", "mob", "mob", "mob", "intl", "land")
            if mobile_only and kind == "land":
                kind = "mob"
            self.landline = kind == "land"
            if kind == "land":
                area = self.c("010", "040", "075", "0521", "059", "089", "095", "030")
                v = area + "".join(r.choice(string.digits) for _ in range(10 - len(area)))
                sizes = [len(area), 3, 10 - len(area) - 3]
            else:
                v = "3" + self.c("33", "34", "35", "38", "39", "40", "47", "48", "49", "66", "71", "80", "89",
                                 "93") + "".join(r.choice(string.digits) for _ in range(7))
                sizes = self.c([3, 3, 4], [3, 3, 2, 2], [3, 2, 2, 3], [3, 4, 3], [3, 7])
                if kind == "intl":
                    pre_v, pre_s = "+39", self.c("più trentanove", "zero zero trentanove") + ", "
            style = self.c("single", "single", "pairs", "mixed")
        else:
            kind = self.c("ukmob", "ukmob", "ukland", "intl", "us")
            if mobile_only and kind == "ukland":
                kind = "ukmob"
            self.landline = kind == "ukland"
            if kind in ("ukmob", "intl"):
                v = "07" + self.c(*"4578") + "".join(r.choice(string.digits) for _ in range(8))
                sizes = self.c([5, 6], [5, 3, 3], [4, 3, 4])
                if kind == "intl":
                    v = v[1:]
                    sizes = [4, 3, 3]
                    pre_v, pre_s = "+44", "plus four four, "
            elif kind == "ukland":
                area = self.c("0114", "0118", "0138", "0139", "0115", "0179", "0289", "0186")
                v = area + "".join(r.choice(string.digits) for _ in range(7))
                sizes = [4, 3, 4]
            else:
                v = self.c(*"2345678") + "".join(r.choice(string.digits) for _ in range(9))
                sizes = [3, 3, 4]
            style = self.c("single", "single", "single", "mixed", "pairs")
        spoken = self.dictate(v, sizes, style)
        return ("PHONE_NUMBER", pre_v + v, pre_s + spoken)

    def v_email(self):
        r, sp = self.rng, self.cust_sp
        f, l = self.first.lower(), self.last.lower()
        yy = f"{self.born.year % 100:02d}"
        nn = str(r.randint(2, 99))
        # the local part as tokens: ("w", word) ("i", initial) ("n", digits) ("s", separator)
        W, I, D, S = "w", "i", "n", "s"
        local = self.c([(W, f), (S, "."), (W, l)], [(W, f), (S, "."), (W, l)], [(W, f), (W, l)],
                       [(I, f[0]), (W, l), (D, nn)], [(W, l), (S, "."), (W, f)], [(W, f), (S, "_"), (W, l), (D, yy)],
                       [(W, f), (S, "-"), (W, l)], [(W, f), (D, yy)], [(W, l), (S, "."), (I, f[0])],
                       [(I, f[0]), (S, "."), (W, l)], [(W, l), (W, f), (D, str(self.born.year))])
        domain = self.c(*(G_IT_MAIL if self.it else G_EN_MAIL))
        dot, at = ("punto", self.c("chiocciola", "chiocciola", "chiocciola", "at")) if self.it else ("dot", "at")
        under = self.c("trattino basso", "underscore") if self.it else "underscore"
        dash = self.c("trattino", "meno") if self.it else self.c("hyphen", "dash")
        out = []
        for kind, tok in local:
            if kind == D:
                out.append(sp.whole(tok) if len(tok) <= 2 and r.random() < 0.6 else
                           (en_year(int(tok)) if not self.it and len(tok) == 4 and r.random() < 0.5 else sp.one_by_one(tok))
                           if not self.it or len(tok) <= 2 else (it_words(int(tok)) if r.random() < 0.5 else sp.one_by_one(tok)))
            elif kind == S:
                out.append({".": dot, "_": under, "-": dash}[tok])
            elif kind == I:
                out.append(IT_LETTERS[tok.upper()] if self.it else tok.upper())
            else:
                out.append(tok)
        host, *tld = domain.split(".")
        host_s = {"virginmedia": "virgin media", "talktalk": "talk talk"}.get(host, host)
        spoken = " ".join(out) + f" {at} {host_s} " + " ".join(f"{dot} {t}" for t in tld)
        return ("EMAIL_ADDRESS", "".join(t for _, t in local) + "@" + domain, spoken)

    def v_fiscal(self):
        sp = self.cust_sp
        town = self.c(*G_IT_TOWNS)[2]
        v = fiscal_code(self.first, self.last, self.born, self.female, town)
        mode = self.c("plain", "plain", "city", "di", "mixed")
        chunks = [v[0:3], v[3:6], v[6:8], v[8], v[9:11], v[11:15], v[15]]
        out = []
        for ch in chunks:
            if ch.isdigit():
                out.append(self.digit_run(ch, sp, self.c("single", "whole")))
                continue
            bits = []
            for tok in re.findall(r"[A-Z]|\d+", ch):
                if tok.isdigit():
                    bits.append(self.digit_run(tok, sp, self.c("single", "single", "whole")))
                else:
                    m = self.c("plain", "city") if mode == "mixed" else mode
                    bits.append(self.letter(tok, m))
            out.append((" " if mode == "plain" else ", ").join(bits))
        return ("IT_FISCAL_CODE", v, ", ".join(out))

    def v_iban(self):
        r, sp = self.rng, self.cust_sp
        digits = lambda k: "".join(r.choice(string.digits) for _ in range(k))  # noqa: E731
        if self.it:
            cin = self.c(*"ABCDEFGHLMNPRSTVXZ")
            v = iban("IT", cin + self.c("03069", "05034", "02008", "01030", "05428", "03111", "06230") + digits(5)
                     + digits(12))
            structured = [v[:2], v[2:4], v[4], v[5:10], v[10:15], v[15:]]
        else:
            if r.random() < 0.8:
                v = iban("GB", self.c("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA") + digits(14))
            else:
                v = iban("IE", self.c("AIBK", "BOFI") + digits(14))
            structured = [v[:2], v[2:4], v[4:8], v[8:14], v[14:]]
        mode = self.letter_mode()
        if r.random() < 0.5:             # as printed, in fours
            groups = [v[i:i + 4] for i in range(0, len(v), 4)]
        else:                            # by its parts
            groups = structured
        style = self.c("single", "single", "pairs", None)
        spoken = ", ".join(self.spell(gr, sp, mode, style, sep=" " if mode == "plain" else ", ") for gr in groups)
        return ("IBAN_CODE", v, spoken)

    def v_card(self):
        r, sp = self.rng, self.cust_sp
        kind = self.c("visa", "visa", "mc", "mc", "amex", "maestro")
        if kind == "amex":
            v, sizes = luhn_complete(self.c("34", "37"), 15, r), [4, 6, 5]
        else:
            prefix = {"visa": "4", "mc": self.c("51", "53", "55", "2221", "2720"), "maestro": "6759"}[kind]
            v, sizes = luhn_complete(prefix, 16, r), [4, 4, 4, 4]
        self.brand = {"visa": "Visa", "mc": "Mastercard", "amex": "American Express", "maestro": "Maestro"}[kind]
        spoken = self.dictate(v, sizes, self.c("single", "single", "pairs", "mixed"))
        return ("CREDIT_CARD", v, spoken)

    def v_dob(self):
        """returns (span, lead options fitting the form)"""
        b, sp = self.born, self.cust_sp
        if self.it:
            day = "primo" if b.day == 1 else it_words(b.day)
            month, year = IT_MONTHS[b.month - 1], it_words(b.year)
            yy = it_words(b.year % 100) if b.year < 2000 else it_words(b.year)
            form = self.c("long", "long", "del", "slash", "digits", "yearfirst")
            nato = self.g("nato", "nata")
            if form == "long":
                s, leads = f"{day} {month} {year}", ["il", f"sono {nato} il", "allora, il", "è il"]
            elif form == "del":
                art = "dell'" if yy.startswith(("o", "u")) else "del "
                s, leads = f"{day} {month} {art}{yy}", ["il", f"sono {nato} il", "eh, il"]
            elif form == "slash":
                s, leads = f"{it_words(b.day)} barra {it_words(b.month)} barra {yy}", ["", "allora,", "sì,"]
            elif form == "digits":
                s = f"{sp.one_by_one(f'{b.day:02d}')}, {sp.one_by_one(f'{b.month:02d}')}, {year}"
                leads = ["", "allora,", "glielo dico in cifre:"]
            else:
                s, leads = f"{year}, il {day} {month}", ["sono del", f"sono {nato} nel", ""]
        else:
            ordn, month = en_ordinal(b.day), EN_MONTHS[b.month - 1]
            year = en_year(b.year)
            yy = en_year(b.year) if b.year >= 2000 else (
                ("oh " + en_words(b.year % 100)) if b.year % 100 < 10 else en_words(b.year % 100))
            form = self.c("uk", "uk", "monththe", "short", "numeric", "yearfirst", "us")
            if form == "uk":
                s, leads = f"the {ordn} of {month}, {year}", ["it's", "I was born on", "", "that's"]
            elif form == "monththe":
                s, leads = f"{month} the {ordn}, {year}", ["it's", "", "born"]
            elif form == "short":
                s, leads = f"{ordn} {month} {yy}", ["", "it's the", "oh, it's"]
            elif form == "numeric":
                s = f"{sp.one_by_one(f'{b.day:02d}') if self.rng.random() < .5 else en_words(b.day)}, " \
                    f"{sp.one_by_one(f'{b.month:02d}') if self.rng.random() < .5 else en_words(b.month)}, {yy}"
                leads = ["", "it's", "numbers-wise it's"]
            elif form == "yearfirst":
                s, leads = f"{year}, on the {ordn} of {month}", ["I was born in", "it was"]
            else:
                s, leads = f"{month} {en_words(b.day)}, {year}", ["it's", "", "I was born"]
        return ("DATE_OF_BIRTH", b.isoformat(), s), leads

    def v_address(self):
        r, sp = self.rng, self.cust_sp
        if self.it:
            kind, name = self.c(*G_IT_STREETS)
            town, cap, _ = self.c(*G_IT_TOWNS)
            n = r.randint(1, 190)
            num_v, num_s = str(n), it_words(n)
            if r.random() < 0.2:
                let = self.c("A", "B")
                num_v, num_s = f"{n}/{let}", f"{it_words(n)} barra {IT_LETTERS[let]}"
            civ = self.c("", "", "", "numero ", "civico ")
            form = self.c("plain", "cap", "cap", "townfirst")
            if form == "plain":
                v, s = f"{kind} {name} {num_v}, {town}", f"{kind} {name} {civ}{num_s}, {town}"
            elif form == "cap":
                cap_s = self.dictate(cap, [5], self.c("single", "single", "pairs"))
                v, s = f"{kind} {name} {num_v}, {cap} {town}", f"{kind} {name} {civ}{num_s}, {cap_s}, {town}"
            else:
                v, s = f"{town}, {kind} {name} {num_v}", f"{town}, {kind} {name} {civ}{num_s}"
            if r.random() < 0.15:
                fl = self.c(("primo", 1), ("secondo", 2), ("terzo", 3), ("quarto", 4))
                v, s = v + f", piano {fl[1]}", s + f", {fl[0]} piano"
            return ("ADDRESS", v, s), form == "townfirst"
        if r.random() < 0.75:
            street = self.c(*G_UK_STREETS)
            town, pc = self.c(*G_UK_TOWNS)
            n = r.randint(2, 160)
            n_s = en_words(n, uk=False) if (n < 100 or r.random() < 0.5) else sp.one_by_one(str(n))
            pmode = self.c("plain", "plain", "nato")
            pc_s = ", ".join(" ".join(self.letter(ch, pmode) if ch.isalpha() else sp.digit(ch) for ch in part)
                             for part in pc.split())
            shape = self.c("plain", "plain", "flat", "house", "nopc")
            if shape == "flat":
                fl = r.randint(1, 14)
                v, s = f"Flat {fl}, {n} {street}, {town} {pc}", f"flat {en_words(fl)}, {n_s} {street}, {town}, {pc_s}"
            elif shape == "house":
                h = self.c(*G_UK_HOUSES)
                v, s = f"{h}, {street}, {town} {pc}", f"{h}, {street}, {town}, {pc_s}"
            elif shape == "nopc":
                v, s = f"{n} {street}, {town}", f"{n_s} {street}, in {town}"
            else:
                v, s = f"{n} {street}, {town} {pc}", f"{n_s} {street}, {town}, {pc_s}"
            return ("ADDRESS", v, s), False
        street = self.c(*G_US_STREETS)
        city, state, zipc = self.c(*G_US_PLACES)
        n = r.randint(100, 9899)
        v = f"{n} {street}, {city}, {state} {zipc}"
        s = f"{sp.pairs(str(n))} {street}, {city}, {state}, {sp.one_by_one(zipc)}"
        return ("ADDRESS", v, s), False

    def v_health(self):
        bank = G_IT_HEALTH if self.it else G_EN_HEALTH
        forms = [f if self.female else m for f, m in bank]
        return ("HEALTH", *[self.c(*[x for x in forms if x])] * 2)

    def v_order(self):
        r, sp = self.rng, self.cust_sp
        d = lambda k: "".join(r.choice(string.digits) for _ in range(k))  # noqa: E731
        prefixes = {"customer_care": ["OR", "SP", "RS", "WB"], "sales_first_contact": ["PV", "QT", "CT"],
                    "billing_support": ["FT", "CL", "FV"], "technical_support": ["TK", "INC", "GS"]}[self.purpose]
        shape = self.c("prefix", "prefix", "digits", "yearseq", "suffix")
        if shape == "prefix":
            v = self.c(*prefixes) + str(r.randint(1, 9)) + d(self.c(5, 6))
        elif shape == "digits":
            v = str(r.randint(1, 9)) + d(self.c(7, 8, 9))
        elif shape == "yearseq":
            v = f"{self.c(2024, 2025)}/{d(6)}"
        else:
            v = str(r.randint(1, 9)) + d(6) + self.c(*"BKMPRTX")
        mode = self.letter_mode()
        if shape == "yearseq":
            y = int(v[:4])
            ys = it_words(y) if self.it else self.c(en_year(y), "twenty " + en_words(y % 100))
            s = f"{ys}, {'barra' if self.it else 'slash'}, " + self.spell(v[5:], sp, mode)
        else:
            s = self.spell(v, sp, mode)
        return ("ORDER_NUMBER", v, s)

    def readback(self, span):
        """The agent reads a value back (its own span)."""
        label, v, spoken = span
        sp = self.agent_sp
        if label == "EMAIL_ADDRESS":
            return (label, v, spoken)
        if label == "PHONE_NUMBER":
            core = v.replace("+39", "").replace("+44", "")
            pre = "più trentanove, " if v.startswith("+39") else "plus four four, " if v.startswith("+44") else ""
            sizes = [3, 3, 4] if len(core) == 10 else [4, 3, 4] if len(core) == 11 else [3, 3, 3]
            return (label, v, pre + sp.dictate(core, sizes, ["single"] * len(sizes)))
        if label == "ORDER_NUMBER":
            return (label, v, self.spell(v, sp, "plain", "single"))
        return span

    # ---- question banks: (question, leads)

    def questions(self, kind: str, brand: str = "") -> list[tuple[str, list[str]]]:
        it, g, p = self.it, self.g, self.purpose
        if kind == "PERSON":
            return [("Mi può dire come si chiama?", ["Sì,", "Allora,", "", "Certo,"]),
                    ("Con chi sto parlando?", ["Sono", "Parla con", ""]),
                    ("A che nome è intestato il contratto?", ["A nome mio,", "È intestato a", ""]),
                    ("Mi lascia il suo nominativo?", ["Allora,", "Sì, eh,", ""]),
                    ("Per aprire la richiesta mi serve il nome completo.", ["Certo,", "Allora, mi chiamo", "Sì,"]),
                    ("Come si chiama, scusi?", ["Mi chiamo", "Sono", ""]),
                    ("Chi è il titolare dell'utenza?", ["Sono io,", "Il titolare sono io,"])] if it else \
                   [("Can I take your full name, please?", ["Yeah, it's", "Sure,", "", "It's"]),
                    ("Who am I talking to?", ["This is", "It's", "You're talking to"]),
                    ("What name is the account under?", ["It's under", "Mine,", ""]),
                    ("And who's the account holder?", ["That's me,", "Me,"]),
                    ("Sorry, I didn't catch your name.", ["Oh, sorry, it's", "It's", ""]),
                    ("Could I get your first name and surname?", ["Yep,", "Sure, it's", ""]),
                    ("Whose name is everything in?", ["Mine,", "It's in my name,", ""])]
        if kind == "PHONE_NUMBER":
            if p == "customer_care":
                extra = [("Il corriere su che numero la chiama?", ["sul cellulare,", "al", ""])] if it else \
                    [("Where can the courier call you?", ["on", "they can call", "try"])]
            elif p == "technical_support":
                extra = [("Il tecnico a che numero la avvisa prima di passare?", ["al", "mi chiami al", ""])] if it else \
                    [("Which number should the engineer ring before he comes?", ["this one,", "ring", ""])]
            else:
                extra = []
            return extra + ([("Mi lascia un recapito telefonico?", ["sì, è il", "certo, il", "allora,", ""]),
                    ("Dove la possiamo raggiungere?", ["al cellulare,", "mi trova al", "al"]),
                    ("Se cade la linea, a che numero la richiamo?", ["al", "mi richiami al", "allora,"]),
                    ("Ha un cellulare?", ["sì, è il", "sì, segni:", "eh, sì:"]),
                    ("Dove le mandiamo l'SMS di conferma?", ["al", "sul mio cellulare,", "allora,"]),
                    ("Come la rintraccio domani?", ["mi chiami al", "al", "eh, sul cellulare,"]),
                    ("Mi serve un contatto telefonico, per cortesia.", ["sì, il", "allora, è il", ""])] if it else \
                   [("What's the best number to reach you on?", ["it's", "yeah, it's", "the mobile,", ""]),
                    ("How can we get hold of you?", ["on my mobile,", "ring me on", "best is"]),
                    ("Is there a mobile I can take?", ["yeah, it's", "sure,", "yep,"]),
                    ("And a contact number in case we get cut off?", ["sure,", "it's", ""]),
                    ("Which number should the text go to?", ["this one,", "my mobile,", ""]),
                    ("Can I grab a phone number?", ["yeah, got a pen? it's", "sure,", "it's"]),
                    ("How do I reach you tomorrow?", ["you can get me on", "call", "on"])])
        if kind == "EMAIL_ADDRESS":
            return [("Mi dà un indirizzo email?", ["sì,", "allora, è", "certo:", ""]),
                    ("Dove le mandiamo la conferma scritta?", ["per mail,", "all'indirizzo", "sulla mail,"]),
                    ("Ha una mail a cui mandare il contratto?", ["sì, scriva:", "sì, è", "certo,"]),
                    ("Mi detta la sua posta elettronica?", ["allora,", "", "sì, è"]),
                    ("Per la ricevuta, dove gliela spedisco?", ["alla mail,", "per posta elettronica,", "a"]),
                    ("Mi lascia anche una mail?", ["volentieri:", "sì,", ""]),
                    ("Dove le inoltro il modulo?", ["sulla mia mail,", "a", "per mail:"])] if it else \
                   [("Have you got an email address?", ["yeah, it's", "sure,", ""]),
                    ("Where should I send the paperwork?", ["by email, to", "to", "email's best,"]),
                    ("And an email for the receipt?", ["it's", "sure,", "okay,"]),
                    ("What's your email, please?", ["it's", "", "okay, it's"]),
                    ("Where can I send the link?", ["to my email,", "send it to", "to"]),
                    ("Could you give me an email to go on the account?", ["the one I use is", "yeah,", ""])]
        if kind == "IT_FISCAL_CODE":
            return [("Mi serve il codice fiscale, me lo legge?", ["sì, allora:", "glielo leggo:", "", "certo,"]),
                    ("Mi detta il codice della tessera sanitaria?", ["sì, eccolo:", "allora,", ""]),
                    ("Per l'intestazione mi occorre il suo codice fiscale.", ["certo,", "allora, è", "sì:"]),
                    ("Ha sottomano il codice fiscale?", ["sì, è", "eh, un attimo... ecco:", "sì,"]),
                    ("Per verificare l'identità, il codice fiscale?", ["allora,", "", "è"]),
                    (f"Mi dà il codice dell'{g('intestatario', 'intestataria')}?", ["sì, il mio è", "allora,", "sì,"])]
        if kind == "IBAN_CODE":
            q = [("Su quale conto facciamo l'addebito?", ["allora,", "su questo:", "l'IBAN è"]),
                 ("Mi detta l'IBAN?", ["sì, le leggo:", "", "certo:", "dunque,"]),
                 ("Mi servono le coordinate del conto.", ["allora,", "sì, eccole:", "certo:"]),
                 ("Per la domiciliazione, mi legge le coordinate bancarie?", ["sì,", "allora, le leggo:", ""])]
            q_en = [("Can I take the IBAN?", ["okay, it's", "sure,", ""]),
                    ("What are the account details for the direct debit?", ["right,", "it's", "okay, here goes:"]),
                    ("Could you read out the bank details?", ["yep,", "got it here:", "okay,"]),
                    ("Which account do you want it taken from?", ["this one,", "the IBAN's", ""])]
            if p in ("customer_care", "billing_support"):
                q += [("Dove le accreditiamo il rimborso?", ["sul conto,", "sul mio conto,", "allora,"]),
                      ("Su che conto le restituiamo la somma?", ["su questo:", "allora,", "sul conto"])]
                q_en += [("Which account would you like the refund paid into?", ["this one,", "okay, it's", ""]),
                         ("Where should we send the money back to?", ["my account,", "to", "the IBAN's"])]
            return q if it else q_en
        if kind == "CREDIT_CARD":
            la, una = ("l'", "un'") if brand.startswith("A") else ("la ", "una ")
            an = "an " if brand.startswith("A") else "a "
            return [("Come preferisce pagare?", ["con la carta,", f"con {la}{brand},", "con carta: il numero è"]),
                    ("Mi dà il numero della carta?", ["sì,", "allora,", "", "certo:"]),
                    ("Con che carta saldiamo?", [f"con {la}{brand}:", f"è {una}{brand},", f"{la}{brand},"]),
                    ("Mi legge le cifre sul fronte della carta?", ["allora,", "sì:", "ecco,"]),
                    ("Per la cauzione serve una carta di credito.", [f"va bene, è {una}{brand}:", "allora,", "ok,"]),
                    ("Paga con carta? Mi detta il numero.", ["sì,", "allora,", ""])] if it else \
                   [("How would you like to pay?", ["on card,", f"with my {brand},", "card, please:"]),
                    ("Can I take the long card number?", ["sure,", "okay, ready?", ""]),
                    ("Which card are you using?", [f"the {brand},", f"it's {an}{brand},", f"my {brand}:"]),
                    ("And the card number, please?", ["it's", "right,", ""]),
                    ("We'll need a card for the deposit.", [f"okay, it's {an}{brand}:", "fine,", "sure,"]),
                    ("What are the numbers across the front of the card?", ["okay,", "", "right, it's"])]
        if kind == "DATE_OF_BIRTH":
            nato = g("nato", "nata")
            return [("Mi conferma la data di nascita?", []), (f"Quando è {nato}?", []),
                    (f"Per la verifica, mi dice quando è {nato}?", []),
                    ("Mi dice giorno, mese e anno di nascita?", []),
                    (f"Mi serve la data di nascita dell'{g('intestatario', 'intestataria')}.", []),
                    ("E la data di nascita, per cortesia?", [])] if it else \
                   [("And your date of birth?", []), ("When were you born?", []),
                    ("What's your birthday, for security?", []), ("Can you confirm your date of birth for me?", []),
                    ("Just to check it's you, when's your birthday?", []),
                    ("For the security questions, your date of birth, please.", [])]
        if kind == "ADDRESS":
            q = [("Mi conferma l'indirizzo di residenza?", []), ("Dove abita?", []),
                 ("Dove le recapitiamo i documenti?", []), ("L'indirizzo di casa, per cortesia?", [])]
            q_en = [("What's the address, please?", []), ("Where are you based?", []),
                    ("What's the postal address on the account?", [])]
            q += {"customer_care": [("Dove deve passare il corriere?", [])],
                  "sales_first_contact": [("Dove andrebbe attivata la fornitura?", [])],
                  "billing_support": [("A che indirizzo mandiamo le fatture?", [])],
                  "technical_support": [("Dove le mandiamo il tecnico?", [])]}[p]
            q_en += {"customer_care": [("Where should the courier go?", [])],
                     "sales_first_contact": [("Where would the service be installed?", [])],
                     "billing_support": [("And the billing address?", [])],
                     "technical_support": [("Where does the engineer need to go?", [])]}[p]
            return q if it else q_en
        if kind == "ORDER_NUMBER":
            return {("it", "customer_care"): [("Ha il numero dell'ordine?", []), ("Mi dà il codice della spedizione?", []),
                                               ("Trova un riferimento sulla mail di conferma?", []),
                                               ("Ha sottomano il codice del reso?", [])],
                    ("it", "sales_first_contact"): [("Ha il numero del preventivo che le abbiamo mandato?", []),
                                                     ("Le risulta un codice della proposta?", [])],
                    ("it", "billing_support"): [("Mi dice il numero della fattura?", []),
                                                 ("Ha il codice cliente? È in alto sulla bolletta.", []),
                                                 ("Che riferimento c'è sul documento?", [])],
                    ("it", "technical_support"): [("Ha il numero della segnalazione?", []),
                                                   ("Le hanno dato un codice del guasto?", []),
                                                   ("Mi dice il riferimento della pratica?", [])],
                    ("en", "customer_care"): [("Have you got the order number?", []),
                                              ("What's the tracking reference?", []),
                                              ("Is there a reference on your confirmation email?", [])],
                    ("en", "sales_first_contact"): [("Do you have the quote reference we sent?", []),
                                                    ("Is there a reference on the leaflet?", [])],
                    ("en", "billing_support"): [("What's the invoice number?", []),
                                                ("Have you got your account reference? It's top right.", []),
                                                ("Which reference is on the letter?", [])],
                    ("en", "technical_support"): [("Have you got the fault reference?", []),
                                                  ("Did they give you a ticket number?", []),
                                                  ("What's the case reference, please?", [])]}[(self.lang, p)]
        raise KeyError(kind)

    GEN_LEADS = {"it": ["sì,", "allora,", "eh,", "", "", "certo,", "dunque,"],
                 "en": ["yeah,", "sure,", "it's", "", "", "okay,", "right, it's"]}

    def ack(self):
        if self.rng.random() < 0.55:
            self.say("agent", self.c("Perfetto.", "Ricevuto, grazie.", "Ok, segnato.", "Benissimo.", "Grazie.")
                     if self.it else self.c("Lovely.", "Got it, thanks.", "Brilliant.", "Okay, that's in.", "Cheers."))
            if self.rng.random() < 0.4:
                self.say("customer", self.c("Prego.", "Di niente.") if self.it else self.c("No worries.", "Sure."))

    # ---- exchanges

    def ask_value(self, kind: str):
        it, c, r = self.it, self.c, self.rng
        leads_for = None
        town_first = False
        if kind == "DATE_OF_BIRTH":
            value, leads_for = self.v_dob()
        elif kind == "ADDRESS":
            value, town_first = self.v_address()
        else:
            value = {"PHONE_NUMBER": self.v_phone, "EMAIL_ADDRESS": self.v_email, "IT_FISCAL_CODE": self.v_fiscal,
                     "IBAN_CODE": self.v_iban, "CREDIT_CARD": self.v_card, "ORDER_NUMBER": self.v_order}[kind]()
        qs = self.questions(kind, getattr(self, "brand", ""))
        mobile = re.compile(r"cellul|mobile|SMS|text", re.I)
        if kind == "PHONE_NUMBER" and self.landline:      # a landline: no question or lead about a mobile
            qs = [(q, [x for x in ls if not mobile.search(x)] or (["allora,", ""] if self.it else ["it's", ""]))
                  for q, ls in qs if not mobile.search(q)]
        q, leads = c(*qs)
        if kind == "DATE_OF_BIRTH":
            leads = leads_for
        elif kind == "ADDRESS":
            if it:
                leads = ["abito a", "sto a", "a", "allora,"] if town_first else \
                    ["in", "abito in", "sto in", "allora,", "", "è in"]
            else:
                leads = ["it's", "I'm at", "we're at", "", "yeah,", "the house is"]
                if value[2].startswith(("flat", "Rosemary", "The", "Hollybank", "Willow")):
                    leads = ["it's", "", "yeah,"]
        elif not leads or r.random() < 0.2:
            leads = self.GEN_LEADS[self.lang]
        self.say("agent", q)
        lead = c(*leads)
        if kind not in ("ADDRESS", "DATE_OF_BIRTH") and r.random() < 0.12:          # looked up first
            self.say("customer", c("Un attimo che lo recupero.", "Aspetti, ce l'ho qui da qualche parte.",
                                   "Mi dia un momento che controllo.") if it else
                     c("Hold on, I'll dig it out.", "One moment, let me find it.", "Hang on, it's in the other room."))
            self.say("agent", c("Faccia pure.", "Prego, attendo.") if it else c("No problem.", "Take your time."))
            lead = c("ecco qua:", "allora, eccolo:", "trovato:") if it else c("right, here we go:", "okay, found it:", "got it:")
        tail = ""
        if kind == "EMAIL_ADDRESS" and r.random() < 0.5:
            tail = c("tutto minuscolo.", "tutto attaccato.", "senza spazi.") if it else \
                c("all lowercase.", "no spaces.", "all one word.")
        reply = ""
        if kind in ("IBAN_CODE", "CREDIT_CARD") and r.random() < 0.25:
            tail, reply = c(("Le ripeto l'ultima parte?", "No, è tutto chiaro, grazie."),
                            ("Ha preso tutto?", "Sì, ho preso tutto.")) if it else \
                c(("Want me to go again?", "No, I've got it, thanks."), ("Did you get that?", "Yes, all down."))
        self.say("customer", lead[:1].upper() + lead[1:], value, "." if reply else "", tail)
        if reply:
            self.say("agent", reply)
            return value
        if kind in ("PHONE_NUMBER", "ORDER_NUMBER", "EMAIL_ADDRESS") and r.random() < 0.3:
            self.say("agent", c("Le rileggo:", "Allora, ho scritto", "Ripeto per sicurezza:") if it else
                     c("Let me read that back:", "So I've got", "Just to check, that's"),
                     self.readback(value), c(", giusto?", ", è corretto?") if it else c(", right?", ", is that correct?"))
            self.say("customer", c("Sì, esatto.", "Giusto.", "Perfetto, sì.") if it else c("Spot on.", "That's it.", "Yes."))
        else:
            self.ack()
        return value

    def ask_address_on_file(self):
        """The agent reads the address it has on file; the customer confirms it."""
        it, c = self.it, self.c
        value, _ = self.v_address()
        label, v, s = value
        self.say("agent", c("Qui risulta", "Nel sistema ho come indirizzo") if it else
                 c("I've got the address as", "On the system it says"), (label, v, s),
                 c(", è ancora quello?", ", confermato?") if it else c(", is that still right?", ", correct?"))
        self.say("customer", c("Sì, è quello.", "Sì, confermo.") if it else c("Yes, that's still me.", "Yep, that's right."))

    def ask_contacts(self):
        """Phone and e-mail in one answer."""
        it, c = self.it, self.c
        phone, mail = self.v_phone(mobile_only=True), self.v_email()
        self.say("agent", c("Come possiamo contattarla?", "Mi lascia dei recapiti?", "Come preferisce essere contattata?"
                            if self.female else "Come preferisce essere contattato?") if it else
                 c("How can we get in touch with you?", "What contact details shall I put down?"))
        if self.rng.random() < 0.5:
            if it:
                self.say("customer", c("Al cellulare,", "Allora, il numero è"), phone,
                         c(", oppure per mail:", ", e la mail è"), mail, ".")
            else:
                self.say("customer", c("My mobile's", "Phone is"), phone, c(", or email me at", ", and email's"), mail, ".")
        elif it:
            self.say("customer", c("Preferisco la mail:", "Per mail,"), mail,
                     c(". Però le lascio anche il numero:", ", e il cellulare è"), phone)
        else:
            self.say("customer", c("Email's easiest:", "Email me at"), mail, c(". Or the mobile,", ", or ring"), phone)
        self.ack()

    def health_turn(self, in_reason: bool = False):
        """The customer gives a health condition as the reason for a request; returns the pieces."""
        it, c, p = self.it, self.c, self.purpose
        h = self.v_health()
        if it:
            ctx = {"customer_care": [("Vi chiedo di lasciare il pacco al portiere, perché", "."),
                                     ("Per me sarebbe meglio la consegna al piano:", "."),
                                     (f"Non sono {self.g('riuscito', 'riuscita')} a fare il reso in tempo perché", ".")],
                   "sales_first_contact": [("Vorrei un contratto senza vincoli, perché", "e non so come andranno i prossimi mesi."),
                                           ("Ci sono agevolazioni? Glielo chiedo perché", "."),
                                           ("Mi serve una cosa semplice:", "e non voglio complicazioni.")],
                   "billing_support": [("Ho saltato il pagamento perché", "."),
                                       ("Vorrei rateizzare: in questo periodo", "e le spese sono tante."),
                                       ("Non ho visto le bollette perché", ".")],
                   "technical_support": [("Mi serve la linea al più presto:", "e devo poter chiamare in caso di bisogno."),
                                         ("Non riesco ad arrivare al modem perché", "."),
                                         ("Il tecnico deve venire entro la settimana, perché", ".")]}[p]
        else:
            ctx = {"customer_care": [("Could the driver leave it with a neighbour? The thing is,", "."),
                                     ("I'd need it brought to the door, because", "."),
                                     ("I couldn't get the return done in time because", ".")],
                   "sales_first_contact": [("I'd rather not be tied in, because", "and I don't know how things will go."),
                                           ("Are there any discounts? I'm asking because", "."),
                                           ("I need something simple:", ", so I don't want any hassle.")],
                   "billing_support": [("I missed the payment because", "."),
                                       ("Could I pay it off bit by bit? At the moment", "and money's tight."),
                                       ("I didn't open the bills because", ".")],
                   "technical_support": [("I really need the line back soon:", ", and I have to be able to call for help."),
                                         ("I can't get to the router because", "."),
                                         ("The engineer needs to come this week, because", ".")]}[p]
        if in_reason:      # the health clause is the reason for the call
            ctx = {("it", "customer_care"): [("Buongiorno, devo spostare una consegna perché",
                                              "e nei prossimi giorni non sono in casa."),
                                             ("Salve, vorrei che il corriere portasse il pacco fino alla porta:", ".")],
                   ("it", "sales_first_contact"): [("Buongiorno, cerco un'offerta senza vincoli perché", "."),
                                                   ("Salve, volevo sapere se avete agevolazioni:", ".")],
                   ("it", "billing_support"): [("Buongiorno, ho saltato l'ultimo pagamento perché", ", e vorrei sistemare."),
                                               ("Salve, vorrei rateizzare la bolletta: in questo periodo", ".")],
                   ("it", "technical_support"): [("Buongiorno, la linea è muta ed è un problema serio, perché", "."),
                                                 ("Salve, il modem non si accende e non riesco a spostarlo:", ".")],
                   ("en", "customer_care"): [("Hi, I need to change my delivery day because", "."),
                                             ("Hello, could the courier bring my parcel right to the door?", ".")],
                   ("en", "sales_first_contact"): [("Hi, I'm after a plan with no contract, because", "."),
                                                   ("Hello, I wanted to ask if you do any discounts, as", ".")],
                   ("en", "billing_support"): [("Hi, I missed my last payment because", ", and I'd like to sort it out."),
                                               ("Hello, can I spread the cost of my bill? Right now", ".")],
                   ("en", "technical_support"): [("Hi, my line's dead and that's a real problem, because", "."),
                                                 ("Hello, the router won't switch on and I can't move it:", ".")]
                   }[(self.lang, p)]
        before, after = c(*ctx)
        return [before, h, after]

    def health_exchange(self):
        it, c, p = self.it, self.c, self.purpose
        if self.rng.random() < 0.6:
            self.say("agent", c(*{"customer_care": ["C'è qualche esigenza particolare per la consegna?",
                                                    "Come mai non è riuscito a ritirarlo?" if not self.female
                                                    else "Come mai non è riuscita a ritirarlo?"],
                                  "sales_first_contact": ["Ha qualche esigenza particolare?",
                                                          "Cosa le interessa di più in un'offerta?"],
                                  "billing_support": ["Come mai il pagamento non è andato a buon fine?",
                                                      "C'è un motivo per il ritardo?"],
                                  "technical_support": ["È urgente?", "Ci sono motivi per dare priorità all'intervento?"]}[p])
                     if it else c(*{"customer_care": ["Is there anything special about the delivery?",
                                                      "What stopped you sending it back?"],
                                    "sales_first_contact": ["Anything in particular you need from a plan?",
                                                            "What matters most to you in a deal?"],
                                    "billing_support": ["What happened with the payment?", "Was there a reason it was late?"],
                                    "technical_support": ["How urgent is it for you?",
                                                          "Is there a reason we should prioritise the visit?"]}[p]))
        else:
            self.say("agent", c("C'è altro da aggiungere?", "Posso fare altro per lei?") if it else
                     c("Anything else I should know?", "Is there anything else?"))
        lead = c("Sì, guardi,", "Eh, le spiego.", "") if it else c("Well,", "Yeah, so,", "")
        pieces = self.health_turn()
        if lead.endswith(",") and not pieces[0].startswith(("I ", "I'")):
            pieces[0] = pieces[0][0].lower() + pieces[0][1:]
        self.say("customer", lead, *pieces)
        self.say("agent", c("Mi dispiace, lo segnalo come priorità.", "Capisco, ne terremo conto.",
                            "Grazie di avermelo detto, aggiungo una nota.") if it else
                 c("Sorry to hear that, I'll flag it as a priority.", "Thanks for telling me, I'll add a note.",
                   "Understood, we'll take that into account."))

    def filler(self):
        it, c = self.it, self.c
        if it:
            self.say("agent", c("Resti in linea un momento, controllo.", "Il sistema oggi è lento, mi scusi.",
                                "Sto aprendo la sua scheda."))
            self.say("customer", c("Sì, certo.", "Nessun problema.", "Attendo."))
        else:
            self.say("agent", c("Just give me a moment while that loads.", "Sorry, the screen's slow today.",
                                "Let me just pull up your details."))
            self.say("customer", c("That's fine.", "No problem.", "Okay."))

    def distractor(self, used: set):
        """An exchange with numbers that must stay audible (prices, hours, waits, quantities, speeds, models,
        percentages, years); each option tagged with the purposes it fits (c, s, b, t)."""
        it, r, c, N = self.it, self.rng, self.c, self.N
        e, cents = r.randint(11, 79), c(50, 90, 99, 49)
        h = r.randint(8, 11) if it else r.randint(8, 9)
        if it:
            opts = [
                ("csbt", [("customer", ["Scusate, ma sono in attesa da", N(r.randint(12, 45)), "minuti."]),
                          ("agent", ["Mi scuso per l'attesa, oggi abbiamo molte chiamate."])]),
                ("sb", [("agent", ["L'offerta base costa", N(e), "euro e", N(cents), "al mese, per i primi", N(12), "mesi."]),
                        ("customer", ["E dopo?"]), ("agent", ["Dopo passa a", N(e + r.randint(5, 15)), "euro."])]),
                ("csb", [("agent", ["Posso applicarle uno sconto del", N(c(10, 15, 20, 25)), "per cento."]),
                         ("customer", ["Ah, bene, grazie."])]),
                ("csbt", [("agent", [f"Da quando è {self.g('nostro cliente', 'nostra cliente')}?"]),
                          ("customer", ["Dal", N(r.randint(2009, 2022)), ", mi pare."])]),
                ("st", [("agent", ["Quanti dispositivi usa in casa?"]),
                        ("customer", ["Direi", N(r.randint(3, 7)), ", tra telefoni e computer."])]),
                ("t", [("customer", ["La sera la velocità scende a", N(c(3, 5, 8)), "mega, invece dei",
                                     N(c(100, 200, 1000)), "promessi."]), ("agent", ["Capisco, verifichiamo."])]),
                ("c", [("agent", ["Di solito la consegna richiede da", N(2), "a", N(c(4, 5)), "giorni lavorativi."]),
                       ("customer", ["Sì, ma ne sono passati", N(r.randint(9, 16)), "."])]),
                ("t", [("customer", ["Ho il modem Orion", N(c(300, 450, 600)), ", quello bianco."]),
                       ("agent", ["Sì, lo conosco bene."])]),
                ("b", [("customer", ["Di solito pago circa", N(e), "euro, questa volta sono", N(e + r.randint(40, 90)), "."]),
                       ("agent", ["Verifico subito la differenza."])]),
                ("c", [("customer", ["Avevo ordinato", N(c(4, 5, 6)), "confezioni, ne sono arrivate", N(c(1, 2)), "."]),
                       ("agent", ["Mi dispiace, rimediamo."])]),
                ("s", [("agent", ["Il contratto dura", N(24), "mesi e l'attivazione costa", N(c(19, 29, 39)), "euro."]),
                       ("customer", ["D'accordo."])]),
                ("cbt", [("customer", ["È la", ("NONPII_NUMBER", *c(("3", "terza"), ("4", "quarta"))),
                                       "volta che chiamo per questo."]),
                         ("agent", ["Ha ragione, cerchiamo di chiudere oggi."])]),
                ("t", [("agent", ["Ha provato a riavviare il modem?"]),
                       ("customer", ["Sì, l'ho spento e riacceso", N(c(3, 4, 5)), "volte."])]),
                ("t", [("agent", ["Il tecnico può passare domattina tra le", N(h), "e le", N(h + 3), "."]),
                       ("customer", ["Va bene, a quell'ora ci sono."])]),
                ("b", [("agent", ["Sul ritardo c'è una mora del", N(c(2, 3, 5)), "per cento, ma gliela tolgo."]),
                       ("customer", ["Grazie, è molto gentile."])]),
                ("c", [("agent", ["Il reso è gratuito entro", N(c(14, 30)), "giorni; dopo costa", N(c(5, 7, 9)), "euro."]),
                       ("customer", ["Allora sono ancora nei tempi."])]),
                ("s", [("customer", ["In quanto tempo attivate il servizio?"]),
                       ("agent", ["Di solito in", N(c(7, 10, 15)), "giorni, mai oltre i", N(c(20, 30)), "."])]),
            ]
        else:
            opts = [
                ("csbt", [("customer", ["I've been on hold for", N(r.randint(12, 45)), "minutes, you know."]),
                          ("agent", ["I'm sorry about the wait, it's really busy today."])]),
                ("sb", [("agent", ["The basic plan is", N(e), "pounds", N(cents), "a month for the first", N(12), "months."]),
                        ("customer", ["And after that?"]), ("agent", ["It goes up to", N(e + r.randint(5, 15)), "pounds."])]),
                ("csb", [("agent", ["I can take", N(c(10, 15, 20, 25)), "percent off for you."]),
                         ("customer", ["Oh, that's good of you."])]),
                ("csbt", [("agent", ["How long have you been with us?"]),
                          ("customer", ["Since", N((y := r.randint(2009, 2022)), en_year(y)), ", I think."])]),
                ("st", [("agent", ["How many devices do you use at home?"]),
                        ("customer", ["About", N(r.randint(3, 7)), ", phones and laptops."])]),
                ("t", [("customer", ["In the evening it drops to", N(c(3, 5, 8)), "megabits, and I pay for",
                                     N(c(100, 200, 500)), "."]), ("agent", ["Right, we'll look into that."])]),
                ("c", [("agent", ["Delivery normally takes", N(2), "to", N(c(4, 5)), "working days."]),
                       ("customer", ["It's been", N(r.randint(9, 16)), "now."])]),
                ("t", [("customer", ["It's the Orion", N(c(300, 450, 600)), "router, the white one."]),
                       ("agent", ["Yes, I know that model."])]),
                ("b", [("customer", ["I normally pay about", N(e), "pounds, this time it's", N(e + r.randint(40, 90)), "."]),
                       ("agent", ["Let me look at the difference."])]),
                ("c", [("customer", ["I ordered", N(c(4, 5, 6)), "packs and only", N(c(1, 2)), "turned up."]),
                       ("agent", ["Sorry about that, we'll sort it."])]),
                ("s", [("agent", ["The contract runs for", N(24), "months and set-up is", N(c(19, 29, 39)), "pounds."]),
                       ("customer", ["Okay, fair enough."])]),
                ("cbt", [("customer", ["This is the", ("NONPII_NUMBER", *c(("3", "third"), ("4", "fourth"))),
                                       "time I've called about this."]),
                         ("agent", ["I know, let's get it sorted today."])]),
                ("t", [("agent", ["Have you tried switching the router off and on?"]),
                       ("customer", ["Yes, about", N(c(3, 4, 5)), "times now."])]),
                ("t", [("agent", ["An engineer can come tomorrow between", N(h), "and", N(h + 3), "in the morning."]),
                       ("customer", ["That's fine, I'll be in."])]),
                ("b", [("agent", ["There's a late fee of", N(c(5, 8, 12)), "pounds, but I'll take it off."]),
                       ("customer", ["Thanks, that's kind."])]),
                ("c", [("agent", ["Returns are free within", N(c(14, 30)), "days; after that it's", N(c(3, 4)), "pounds",
                                  N(99), "."]), ("customer", ["Oh good, I'm still in time then."])]),
                ("s", [("customer", ["How long does it take to get set up?"]),
                       ("agent", ["Usually about", N(c(7, 10, 14)), "days, never more than", N(c(21, 30)), "."])]),
            ]
        tag = {"customer_care": "c", "sales_first_contact": "s", "billing_support": "b",
               "technical_support": "t"}[self.purpose]
        fits = [k for k, (tags, _) in enumerate(opts) if tag in tags]
        free = [k for k in fits if k not in used] or fits
        k = r.choice(free)
        used.add(k)
        for speaker, pieces in opts[k][1]:
            self.say(speaker, *pieces)

    # ---- opening and closing

    def opening(self, company: str, agent: str, notice: bool):
        it, c, p = self.it, self.c, self.purpose
        pname = c(*{"customer_care": (["assistenza clienti", "gestione della sua richiesta"],
                                      ["customer service", "handling your query"]),
                    "sales_first_contact": (["finalità commerciali", "proposta commerciale"],
                                            ["sales", "our sales team"]),
                    "billing_support": (["fatturazione", "gestione dei pagamenti"], ["billing", "account administration"]),
                    "technical_support": (["assistenza tecnica", "supporto tecnico"],
                                          ["technical support", "fault handling"])}[p][0 if it else 1])
        A = ("AGENT_NAME", agent, agent)
        if it:
            greet = c([f"{company}, buongiorno, sono", A, "."], [f"Buonasera e grazie per aver chiamato {company}. Mi chiamo", A, "."],
                      [f"Pronto, {company}, risponde", A, "."], [f"{company}, servizio clienti,", A, ", buongiorno."])
            note = c(f"La avviso che la telefonata è registrata per {pname}.",
                     f"Prima di cominciare: questa conversazione viene registrata e conservata per {pname}.",
                     f"Le ricordo che la chiamata è oggetto di registrazione, per {pname}.",
                     f"La informiamo che la conversazione potrà essere registrata e ascoltata ai fini di {pname}.",
                     f"Questa chiamata è monitorata e registrata, per {pname}.")
            ask = c("Come posso aiutarla?", "Cosa posso fare per lei?", "Mi dica.", "In che cosa le sono utile?")
        else:
            greet = c([f"{company}, good morning, you're through to", A, "."], [f"Thanks for calling {company}, it's", A, "here."],
                      [f"Hello, {company}, my name's", A, "."], [f"Good afternoon, {company},", A, "speaking."])
            note = c(f"Before we start, this call is recorded for {pname}.",
                     f"Just to let you know, calls are monitored and recorded for {pname} purposes.",
                     f"This conversation is being recorded and kept for {pname}.",
                     f"Please be aware the call is recorded to help with {pname}.",
                     f"I should mention we record our calls, for {pname}.")
            ask = c("How can I help?", "What can I do for you?", "What's the call about today?", "How can I help you today?")
        self.notice_text = note if notice else None
        if notice and self.rng.random() < 0.2:         # the notice after the caller's hello
            self.say("agent", *greet)
            self.say("customer", c("Buongiorno.", "Salve, buongiorno.") if it else c("Hi there.", "Hello."))
            self.say("agent", note, ask)
        else:
            self.say("agent", *greet, note if notice else "", ask)

    def reason(self, plan: list[str]) -> set[str]:
        """The customer says why they call; may carry the name, the order number or a health clause."""
        it, c, p = self.it, self.c, self.purpose
        P, O = "{P}", "{O}"
        bank = {
            ("it", "customer_care"): [["Buongiorno, aspettavo un pacco per martedì e non si è visto nessuno."],
                                      ["Salve, mi è arrivato un articolo diverso da quello che avevo ordinato."],
                                      ["Buongiorno, vorrei restituire un acquisto, ma non trovo il modulo."],
                                      ["Salve, sono", P, ", vi chiamo per un rimborso che non è ancora arrivato."],
                                      ["Buongiorno, chiamo per l'ordine", O, ": risulta consegnato ma io non l'ho ricevuto."]],
            ("it", "sales_first_contact"): [["Buongiorno, ho visto la pubblicità della vostra fibra e vorrei qualche informazione."],
                                            ["Salve, sto pensando di cambiare fornitore della luce, che offerte avete?"],
                                            ["Buongiorno, sono", P, ", mi avete lasciato un messaggio per una promozione."],
                                            ["Salve, vorrei un preventivo per un'assicurazione sulla casa."]],
            ("it", "billing_support"): [["Buongiorno, nell'ultima fattura c'è una voce che non capisco."],
                                        ["Salve, mi è arrivato un sollecito ma io ho già pagato."],
                                        ["Buongiorno, vorrei passare dal bollettino all'addebito in conto."],
                                        ["Salve, sono", P, ", vorrei cambiare l'intestazione delle fatture."],
                                        ["Buongiorno, vi chiamo per la fattura", O, ": mi avete addebitato lo stesso importo di nuovo."]],
            ("it", "technical_support"): [["Buongiorno, da stamattina la connessione va e viene."],
                                          ["Salve, il decoder non trova più i canali."],
                                          ["Buongiorno, ho aperto una segnalazione,", O, ", ma nessuno si è fatto sentire."],
                                          ["Salve, la caldaia segna un errore e non parte."],
                                          ["Buongiorno, sono", P, ", il telefono di casa non dà più il segnale."]],
            ("en", "customer_care"): [["Hi there, I was expecting a delivery yesterday and nothing came."],
                                      ["Hello, the jacket I ordered came in the wrong colour."],
                                      ["Hi, I'd like to send something back but the returns page won't load."],
                                      ["Hello, my name's", P, "and I'm chasing a refund."],
                                      ["Hi, I'm ringing about order", O, ", it says delivered but it isn't here."]],
            ("en", "sales_first_contact"): [["Hi, I got a leaflet about your fibre deals and wanted to know more."],
                                            ["Hello, I'm thinking of switching my energy supplier."],
                                            ["Hi, I'm", P, ", somebody left me a voicemail about an offer."],
                                            ["Hello, I'd like a quote for home insurance, please."]],
            ("en", "billing_support"): [["Hi, there's a charge on my last bill I don't recognise."],
                                        ["Hello, I've had a reminder letter but I've already paid."],
                                        ["Hi, I want to switch to paying by direct debit."],
                                        ["Hello, it's", P, ", I need an invoice sent out again in the right name."],
                                        ["Hi, I'm calling about invoice", O, ", I've been charged twice for it."]],
            ("en", "technical_support"): [["Hi, my broadband keeps cutting out since this morning."],
                                          ["Hello, the TV box says no signal."],
                                          ["Hi, I reported a fault,", O, ", and nobody's come back to me."],
                                          ["Hello, my boiler's showing an error and won't fire up."],
                                          ["Hi, it's", P, ", the landline's gone dead."]],
        }[(self.lang, p)]
        options = [t for t in bank if O not in t or "ORDER_NUMBER" in plan]
        done = set()
        if "HEALTH" in plan and self.rng.random() < 0.35:
            self.say("customer", *self.health_turn(in_reason=True))
            return {"HEALTH"}
        tmpl = c(*options)
        pieces = []
        for x in tmpl:
            if x == P:
                pieces.append(self.person(reverse_ok=False))
                done.add("PERSON")
            elif x == O:
                pieces.append(self.v_order())
                done.add("ORDER_NUMBER")
            else:
                pieces.append(x)
        self.say("customer", *pieces)
        return done

    def closing(self):
        it, c, r, N = self.it, self.c, self.rng, self.N
        price, cents = r.randint(9, 149), c(0, 0, 50, 90, 99)
        if it:
            h = r.randint(9, 18)
            day = c("domani", "lunedì", "martedì", "giovedì", "in giornata", "venerdì")
            money = ["euro"] if not cents else ["euro e", N(cents)]
            what = c("Allora, riepilogo: il costo è di", "Bene, ricapitolando, l'importo è di", "Perfetto. Le addebiteremo",
                     "Dunque, il rimborso sarà di")
            when = c(["alle", N(h)], ["verso le", N(h)], ["tra le", N(h), "e le", N(h + 1)], ["alle", N(h), "e", N(30)])
            self.say("agent", what, N(price), *money,
                     "; un collega la richiama", day, *when, ".")
            if r.random() < 0.5:
                self.say("customer", c("Quindi", "Scusi, ha detto"), N(price), "euro?")
                self.say("agent", "Esatto.")
            self.say("customer", c("Va benissimo, grazie.", "D'accordo, grazie mille.", "Ok, allora aspetto la chiamata."))
            bye = [c("Grazie a lei", "Grazie per averci chiamato")]
            if r.random() < 0.35:
                bye += [", " + self.g("signor", "signora"), ("PERSON", self.last, self.last)]
            self.say("agent", *bye, c(". Buona giornata.", ". Arrivederci.", ", buona serata."))
            self.say("customer", c("Arrivederci.", "Buona giornata anche a lei.", "Salve."))
        else:
            h = r.randint(1, 5) if r.random() < 0.6 else r.randint(9, 11)
            day = c("tomorrow", "on Monday", "on Wednesday", "on Friday", "later today")
            money = [N(price), "pounds"] + ([N(cents)] if cents else [])
            what = c("Right, so that comes to", "Okay, to sum up, you'll be charged", "Great. The refund will be",
                     "So the total's")
            when = c(["at", N(h), "o'clock"], ["around", N(h)], ["between", N(h), "and", N(h + 1)], ["at half past", N(h)])
            self.say("agent", what, *money, ", and someone will ring you", day,
                     *when, ".")
            if r.random() < 0.5:
                self.say("customer", c("Sorry, was that", "So that's"), N(price), "pounds?")
                self.say("agent", "That's right.")
            self.say("customer", c("Brilliant, thanks for your help.", "Lovely, I'll wait for the call.", "Okay, thank you."))
            bye = [c("Thanks for calling", "You're welcome")]
            if r.random() < 0.35:
                bye += [", " + self.g("Mister", "Miss"), ("PERSON", self.last, self.last)]
            self.say("agent", *bye, c(". Have a good day.", ". Bye now.", ", take care."))
            self.say("customer", c("Bye.", "Thanks, bye.", "Cheers, bye."))

    # ---- the call

    def plan(self) -> list[str]:
        r, p = self.rng, self.purpose
        core = {"customer_care": ["ORDER_NUMBER"], "sales_first_contact": ["PHONE_NUMBER", "EMAIL_ADDRESS"],
                "billing_support": ["IBAN_CODE", "ADDRESS", "ORDER_NUMBER"] + (["IT_FISCAL_CODE"] if self.it else []),
                "technical_support": ["ORDER_NUMBER"]}[p]
        kinds = list(core)
        for k, prob in (("HEALTH", .85), ("CREDIT_CARD", .7), ("DATE_OF_BIRTH", .75), ("PHONE_NUMBER", .6)):
            if k not in kinds and r.random() < prob:
                kinds.append(k)
        if "CREDIT_CARD" not in kinds and "DATE_OF_BIRTH" not in kinds:
            kinds.append(self.c("CREDIT_CARD", "DATE_OF_BIRTH"))
        pool = [k for k in KINDS if k not in kinds and (self.it or k != "IT_FISCAL_CODE")]
        r.shuffle(pool)
        target = r.randint(7, 8) if self.it else r.randint(6, 8)
        while len(kinds) < target and pool:
            kinds.append(pool.pop())
        return kinds

    def build(self, company: str, agent: str, notice: bool):
        for _ in range(60):
            self.turns = []
            try:
                self._build(company, agent, notice)
                self.lint(notice)
                return
            except Clash:
                continue
        raise RuntimeError("could not draw a clean call in 60 tries")

    def _build(self, company: str, agent: str, notice: bool):
        r, it, c = self.rng, self.it, self.c
        kinds = self.plan()
        self.opening(company, agent, notice)
        done = self.reason(kinds)
        if "PERSON" in done:
            if r.random() < 0.4:
                self.say("agent", c("Piacere, mi conferma come si scrive il cognome?", "Grazie. Il cognome come si scrive?")
                         if it else c("Thanks. Could you spell the surname for me?", "And how do you spell your surname?"))
                mode = "plain" if not it else c("plain", "city")
                self.say("customer", c("Allora:", "Sì:", "") if it else c("Sure,", "It's", ""),
                         ("PERSON", self.last, self.spell_name(self.last, mode)), ".")
        # the name: first, or after the order number
        steps = [k for k in kinds if k not in done]
        merge = "PHONE_NUMBER" in steps and "EMAIL_ADDRESS" in steps and r.random() < 0.3
        if merge:
            steps.remove("EMAIL_ADDRESS")
        ranked = sorted(steps, key=lambda k: RANK[self.purpose][k] + r.uniform(0, 2.5))
        if "PERSON" not in done:
            ranked.insert(0 if r.random() < 0.6 or not ranked else 1, "PERSON")
        extras = ["distractor"] * r.randint(2, 3) + ["filler"] * r.randint(0, 1)
        r.shuffle(extras)
        at = sorted(r.sample(range(1, len(ranked) + 1), len(extras)), reverse=True)   # never two side by side
        for x, i in zip(extras, at):
            ranked.insert(i, x)
        used: set = set()
        asked: set = set()
        for step in ranked:
            asked.add(step)
            if step == "PERSON":
                q, leads = c(*self.questions("PERSON"))
                self.say("agent", q)
                pieces = [c(*leads), self.person()]
                if r.random() < 0.25:
                    mode = c("plain", "city") if it else c("plain", "plain", "nato")
                    pieces += [c(", si scrive", ", il cognome è") if it else c(", spelt", ", that's"),
                               ("PERSON", self.last, self.spell_name(self.last, mode))]
                elif "DATE_OF_BIRTH" in steps and "DATE_OF_BIRTH" not in asked and r.random() < 0.2:
                    steps.remove("DATE_OF_BIRTH")
                    dob, _ = self.v_dob()
                    pieces += [c(f", {self.g('nato', 'nata')} il", ", data di nascita") if it else c(", born", ", date of birth"), dob]
                self.say("customer", *pieces, ".")
                if r.random() < 0.3:
                    self.say("agent", c("Piacere,", "Grazie,") if it else c("Thanks,", "Nice to meet you,"),
                             ("PERSON", self.first, self.first), ".")
            elif step == "distractor":
                self.distractor(used)
            elif step == "filler":
                self.filler()
            elif step == "HEALTH":
                self.health_exchange()
            elif step == "PHONE_NUMBER" and merge:
                self.ask_contacts()
            elif step == "ADDRESS" and r.random() < 0.15:
                self.ask_address_on_file()
            elif step in steps:
                self.ask_value(step)
        self.closing()

    # ---- lint

    def lint(self, notice: bool):
        keep = KEEPS[self.purpose] | {"NONPII_NUMBER", "AGENT_NAME"}
        plain, surviving, spans = [], [], []
        for _, pieces in self.turns:
            for p in pieces:
                if isinstance(p, str):
                    if p != getattr(self, "notice_text", None):
                        plain.append(p)
                    surviving.append(p)
                else:
                    spans.append(p)
                    surviving.append(f" {p[2]} {p[1]} " if p[0] in keep else " [redacted] ")
        text = " ".join(plain).lower().replace("per cento", "percento")
        words = set(re.findall(r"[a-zà-ú]+", text))
        if re.search(r"\d", text):
            raise Clash("digit in plain text")
        bad = words & NUM_WORDS[self.lang]
        if bad:
            raise Clash(f"number words in plain text: {bad}")
        if any(w in text for w in HEALTH_WORDS):
            raise Clash("health word in plain text")
        if not notice and any(w in text for w in NOTICE_WORDS):
            raise Clash("notice word without notice")
        squashed = re.sub(r"[\s\-.,']", "", text)
        if self.last.lower() in squashed or self.first.lower() in words:
            raise Clash("caller's name in plain text")
        for label, v, _ in spans:
            if label == "ADDRESS":
                for w in re.findall(r"[A-Za-zÀ-ú]+", v):
                    if len(w) >= 4 and w.lower() not in STREET_TYPES and w.lower() in words:
                        raise Clash(f"address word {w} in plain text")
            if label == "NONPII_NUMBER" and 1930 <= int(v) <= 2008:
                raise Clash("non-personal number looks like a birth year")
        alive = " ".join(surviving)
        for label, v, _ in spans:
            if label not in keep and leaks(label, v, alive):
                raise Clash(f"{label} {v!r} would be found in what survives")


# =========================================================================== wiring


if __name__ == "__main__":
    H.run_phrasebook(PhraseBookG, (G_IT_COMPANIES, G_EN_COMPANIES), (G_IT_AGENTS, G_EN_AGENTS))
