#!/usr/bin/env python3
"""heldout_h: an eighth, independently worded phrasebook of synthetic labelled call-centre calls.

usage (from the project root, with the project's venv active):
    python bench/heldout_h.py --dry --seed 8383                 # print every call's dialogue, no audio
    python bench/heldout_h.py --seed 8383 --out bench/results/H --prefix H --piper /tmp/piper/bin/piper

(--dry with the same --piper prints exactly the dialogues of the real run; without it, heldout's
pick_voices draws one random number fewer per English call and the later calls' wording differs.)

Purpose: a MODERATE, realistic held-out set (Italian and English) for measuring how well the
personal-data detector generalises to wording it has never seen. Think of a second scriptwriter
writing the same kinds of calls as the development corpus, in their own words: plain and polite,
with ordinary variety, not adversarial.

Provenance: written by a helper that did not read the detector (pipeline/, redaction_rules/, tests/)
nor the wording of the other phrasebooks. Only the machinery of bench/heldout.py is reused: Speaker,
spell_letter / spell_code, the value generators luhn_complete / iban / fiscal_code, the number words,
pick_voices, Renderer, synthesise, resample_write, main() (language / purpose / mono-stereo /
8-16 kHz / notice schedule, sidecar and truth format) and dry_run(). main() builds calls with the
module-level name `CallBuilder` and draws company and agent from module-level banks, so
heldout.run_phrasebook() rebinds those names in memory; heldout.py itself is not modified.

What a call contains: a greeting with the agent's name (AGENT_NAME), a recording notice in this
file's own words when main()'s `notice` flag is true (and no mention of recording otherwise), the
caller's reason, the caller's full name (PERSON), then 8-11 personal-data items in all that fit the
purpose (billing: IBAN, fiscal code, address, contract or invoice reference; customer care: order
number; sales: phone and e-mail; technical support: ticket number) plus kinds that a purpose never
keeps (card, date of birth, health, a phone or e-mail where it is not needed...). Non-personal numbers
(prices, hours, quantities, durations, percentages) are NONPII_NUMBER spans and must stay audible.
Every labelled value is its own piece, so span times are exact. Values are random per call
(Luhn-valid cards, mod-97 IBANs, fiscal codes with their check letter). A small lint refuses
digits or number words, the caller's name, street or town, in unlabelled text.
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
from heldout import (EN_UNITS, IT_UNITS, IT_MONTHS, EN_MONTHS, en_ordinal, en_words, en_year,  # noqa: E402
                     fiscal_code, iban, it_words, luhn_complete, spell_code, spell_letter)

# =========================================================================== banks (this file's own)

H_IT_FIRST_F = ("Giorgia Marta Roberta Lucia Daniela Silvia Paola Caterina Veronica Eleonora Irene "
                "Francesca Nadia Teresa Gaia Rossella").split()
H_IT_FIRST_M = ("Stefano Luca Andrea Massimo Emanuele Vincenzo Claudio Giacomo Leonardo Federico Alessio "
                "Michele Giorgio Enrico Dario Mirko").split()
H_IT_LAST = ("Zanetti Bertolini Morandi Tavernari Scognamiglio Iannone Cusumano Ruggiero Marchesini Guidotti "
             "Perrone Cimmino Antonelli Mastrangelo Brambilla Cecchini Piras Melis Lanzetta Nardelli Ferrante "
             "Savoldi Gualtieri Pizzuti Scarpellini Orsini Lamberti Capuano Sorrentino Benedetti").split()
H_EN_FIRST_F = ("Rachel Joanna Fiona Imogen Harriet Lucy Catherine Abigail Yasmin Kirsty Naomi Rosalind "
                "Deborah Ayesha Philippa Tamsin").split()
H_EN_FIRST_M = ("Nathan Stuart Adrian Benedict Kieran Samuel Angus Lewis Hamish Imran Joseph Patrick Neil "
                "Rupert Felix Martin").split()
H_EN_LAST = ("Abernathy Pemberton Gallagher Okonkwo Fitzgerald Holloway Kaczmarek Donnelly McKenzie Ashworth "
             "Thornton Brennan Sutcliffe Chaudhry Hargreaves Lindqvist Mulligan Pendleton Quigley Radcliffe "
             "Rowntree Whitfield Yardley Oyelaran Nakamura Kavanagh Drummond Fairweather Ogunleye Macintyre").split()
H_IT_AGENTS = "Loredana Gianluca Patrizia Sergio Monica Roberto Elena Fabrizio Cinzia Walter".split()
H_EN_AGENTS = "Sophie Craig Jenna Aaron Lisa Kevin Holly Darren Megan Paul".split()
H_IT_COMPANIES = ["Gas Tirreno", "Rete Mobile Stella", "Elettrica Adriatica", "Assicura Più", "Connetti Casa",
                  "Banca Popolare dei Colli"]
H_EN_COMPANIES = ["Harbourside Energy", "Bluebell Telecom", "Thistle Water", "Ridgeway Insurance",
                  "Lantern Broadband", "Copperfield Bank"]
# town, CAP, cadastral code (for the fiscal code's birthplace)
H_IT_TOWNS = [("Genova", "16121", "D969"), ("Venezia", "30121", "L736"), ("Trieste", "34121", "L424"),
              ("Perugia", "06121", "G478"), ("Ancona", "60121", "A271"), ("Pescara", "65121", "G482"),
              ("Bergamo", "24121", "A794"), ("Brescia", "25121", "B157"), ("Parma", "43121", "G337"),
              ("Modena", "41121", "F257"), ("Salerno", "84121", "H703"), ("Catania", "95121", "C351"),
              ("Messina", "98121", "F158"), ("Trento", "38121", "L378"), ("Udine", "33100", "L483"),
              ("Siena", "53100", "I726"), ("Pisa", "56121", "G702"), ("Livorno", "57121", "E625"),
              ("Ravenna", "48121", "H199"), ("Rimini", "47921", "H294"), ("Sassari", "07100", "I452"),
              ("Taranto", "74121", "L049"), ("Vicenza", "36100", "L840"), ("Lucca", "55100", "E715"),
              ("Milano", "20121", "F205"), ("Roma", "00185", "H501"), ("Torino", "10121", "L219")]
H_IT_STREETS = [("via", "Nino Bixio"), ("viale", "dei Tigli"), ("corso", "Cavour"), ("piazza", "Santa Croce"),
                ("via", "Pietro Nenni"), ("viale", "Europa"), ("corso", "Matteotti"), ("piazza", "della Libertà"),
                ("via", "delle Ginestre"), ("via", "San Donato"), ("corso", "Sempione"), ("viale", "Trastevere"),
                ("via", "Aurelio Saffi"), ("piazza", "Cordusio"), ("via", "dei Glicini"), ("viale", "Regina Margherita"),
                ("corso", "Garibaldi"), ("via", "Fratelli Rosselli")]
H_UK_TOWNS = [("Sheffield", "S10 2HG"), ("Nottingham", "NG7 1AB"), ("Leicester", "LE2 3FT"),
              ("Edinburgh", "EH9 1PR"), ("Liverpool", "L17 8XY"), ("Bath", "BA2 4QJ"), ("Exeter", "EX4 6NB"),
              ("Derby", "DE22 3HS"), ("Swansea", "SA1 5DT"), ("Belfast", "BT9 6AW"), ("Oxford", "OX4 1DE"),
              ("Plymouth", "PL4 7LN")]
H_UK_STREETS = ["Hawthorn Close", "Wellington Road", "Victoria Parade", "Birch Avenue", "Sandpiper Way",
                "Cromwell Street", "Lavender Gardens", "Marlborough Crescent", "Ferry Lane", "Highfield Drive",
                "Ashbourne Road", "Kingfisher Court", "Rosemary Walk", "Abbey Terrace"]
H_IT_MAIL = ["gmail.com", "libero.it", "outlook.it", "tim.it", "yahoo.it", "icloud.com", "virgilio.it", "hotmail.com"]
H_EN_MAIL = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "sky.com", "virginmedia.com",
             "icloud.com", "hotmail.co.uk"]
# (male, female) or a single text for both
H_IT_HEALTH = [("ho il diabete di tipo uno",), (None, "sono incinta di sette mesi"), ("mi muovo in sedia a rotelle",),
               ("sono ipovedente",), ("ho avuto un infarto la primavera scorsa",), ("sto facendo la radioterapia",),
               ("prendo l'insulina tutti i giorni",), ("sono sordo da un orecchio", "sono sorda da un orecchio"),
               ("soffro di asma grave",), ("sono in cura per la depressione",), ("mi hanno appena operato all'anca",),
               ("ho il morbo di Parkinson",), ("sono in attesa di un trapianto di rene",),
               (None, "aspetto un bambino per l'estate")]
H_EN_HEALTH = [("I'm partially sighted",), ("I use a wheelchair",), ("I'm quite hard of hearing",),
               (None, "I'm seven months pregnant"), ("I've got type one diabetes",),
               ("I'm having radiotherapy at the moment",), ("I've got Crohn's disease",),
               ("I'm recovering from a hip replacement",), ("I have bipolar disorder",),
               ("I had a heart attack in the spring",), ("I've got severe asthma",),
               ("I'm on blood thinners after a clot",), ("I'm waiting for a kidney transplant",)]

PII9 = ["PHONE_NUMBER", "EMAIL_ADDRESS", "IT_FISCAL_CODE", "IBAN_CODE", "CREDIT_CARD", "DATE_OF_BIRTH",
        "ADDRESS", "HEALTH", "ORDER_NUMBER"]
NEEDED = {"customer_care": ["ORDER_NUMBER"],
          "sales_first_contact": ["PHONE_NUMBER", "EMAIL_ADDRESS"],
          "billing_support": ["IBAN_CODE", "ADDRESS", "ORDER_NUMBER"],
          "technical_support": ["ORDER_NUMBER"]}
# kinds a purpose does not keep but that come up naturally in it (drawn first when filling a call)
LIKELY = {"customer_care": ["ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
          "sales_first_contact": ["ADDRESS", "IT_FISCAL_CODE", "IBAN_CODE"],
          "billing_support": ["PHONE_NUMBER", "EMAIL_ADDRESS"],
          "technical_support": ["PHONE_NUMBER", "ADDRESS", "EMAIL_ADDRESS"]}

IT_NUMBER_WORDS = set(IT_UNITS) | {"venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta",
                                   "novanta", "cento", "mille", "mila", "milioni"}
EN_NUMBER_WORDS = set(EN_UNITS) | {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                                   "hundred", "thousand", "double", "triple"}


class LintError(AssertionError):
    pass


# =========================================================================== speaker with "doppio"


class HSpeaker(H.Speaker):
    """heldout's Speaker, plus Italian "doppio" for a doubled digit."""

    def __init__(self, lang, rng):
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
            run = j - i
            if run == 2 and self.rng.random() < 0.8:
                out.append("doppio " + self.digit(digits[i]))
            else:
                out += [self.digit(digits[i])] * run
            i = j
        return " ".join(out)


# =========================================================================== the phrasebook


class PhraseBookH:
    def __init__(self, rng, lang: str, purpose: str):
        self.rng, self.lang, self.purpose = rng, lang, purpose
        self.it = lang == "it"
        self.agent_sp = HSpeaker(lang, rng)
        self.cust_sp = HSpeaker(lang, rng)
        self.female = rng.random() < 0.5
        if self.it:
            self.first = rng.choice(H_IT_FIRST_F if self.female else H_IT_FIRST_M)
            self.last = rng.choice(H_IT_LAST)
        else:
            self.first = rng.choice(H_EN_FIRST_F if self.female else H_EN_FIRST_M)
            self.last = rng.choice(H_EN_LAST)
        self.born = dt.date(rng.randint(1946, 2003), rng.randint(1, 12), rng.randint(1, 28))
        self.turns: list[tuple[str, list]] = []
        self.used_distractors: set[int] = set()
        self.brand = "Visa"
        self.private_words: set[str] = {self.first.lower(), self.last.lower()}

    # ------------------------------------------------------------------ small helpers

    def c(self, *options):
        return self.rng.choice(options)

    def g(self, masc: str, fem: str) -> str:
        return fem if self.female else masc

    def say(self, speaker: str, *pieces):
        self.turns.append((speaker, [p for p in pieces if p]))

    def N(self, value, spoken: str | None = None):
        """A non-personal number that must stay audible."""
        if spoken is None:
            spoken = it_words(value) if self.it else en_words(value)
        return ("NONPII_NUMBER", str(value), spoken)

    def price(self, euros: int, cents: int = 0):
        """A price as one NONPII span followed by the currency word (or with it inside, Italian style)."""
        r = self.rng
        if self.it:
            if not cents:
                return [self.N(euros), "euro"]
            if r.random() < 0.5:
                return [self.N(f"{euros},{cents:02d}", f"{it_words(euros)} euro e {it_words(cents)}")]
            return [self.N(f"{euros},{cents:02d}", f"{it_words(euros)} e {it_words(cents)}"), "euro"]
        if not cents:
            return [self.N(euros), "pounds"]
        if r.random() < 0.5:
            return [self.N(f"{euros}.{cents:02d}", f"{en_words(euros)} pounds {en_words(cents)}")]
        return [self.N(f"{euros}.{cents:02d}", f"{en_words(euros)} {en_words(cents)}")]

    def digits_spoken(self, sp, digits: str, sizes: list[int], style: str) -> str:
        """style: single, pairs, triples (3-digit groups as whole numbers), whole, mixed (a style per
        group; a group is read as one whole number only if it has at most three digits)."""
        if style == "mixed":
            styles, i = [], 0
            for size in sizes:
                opts = ["single", "single", "pairs"] + (["whole"] if size <= 3 and self.it else [])
                styles.append(self.rng.choice(opts))
                i += size
            return sp.dictate(digits, sizes, styles)
        if style == "triples" and not self.it:
            style = "single"
        if style == "triples":
            return sp.dictate(digits, sizes, ["whole" if len(digits[sum(sizes[:k]):sum(sizes[:k + 1])]) <= 3
                                              else "single" for k in range(len(sizes))])
        return sp.dictate(digits, sizes, [style] * len(sizes))

    # ------------------------------------------------------------------ values

    def person(self):
        if self.it and self.rng.random() < 0.2:          # bureaucratic order, surname first
            v = f"{self.last} {self.first}"
        else:
            v = f"{self.first} {self.last}"
        return ("PERSON", v, v)

    def spelled_surname(self):
        mode = self.c("plain", "plain", "city" if self.it else "nato", "mixed")
        return ("PERSON", self.last, spell_code(self.last.upper().replace("'", ""), self.cust_sp, mode))

    def phone(self, landline: bool = False):
        r, sp = self.rng, self.cust_sp
        if self.it:
            if landline:
                area = r.choice(["02", "06", "011", "051", "055", "081", "010", "041"])
                v = area + "".join(r.choice(string.digits) for _ in range(10 - len(area)))
                rest = len(v) - len(area)
                sizes = [len(area)] + r.choice([[rest], [3, rest - 3], [2] * (rest // 2) + [rest % 2]])
                sizes = [s for s in sizes if s]
                style = r.choice(["single", "single", "mixed"])
                spoken = sp.dictate(v[:len(area)], [len(area)], ["single"]) + ", " + \
                    self.digits_spoken(sp, v[len(area):], sizes[1:], style)
                return ("PHONE_NUMBER", v, spoken)
            v = "3" + r.choice(["24", "27", "30", "35", "36", "37", "39", "48", "51", "66", "71", "80", "93"]) + \
                "".join(r.choice(string.digits) for _ in range(7))
            sizes = r.choice([[3, 3, 4], [3, 3, 2, 2], [3, 4, 3], [3, 2, 2, 3], [3, 7]])
            style = r.choice(["single", "single", "pairs", "triples", "mixed"])
            spoken = self.digits_spoken(sp, v, sizes, style)
            if r.random() < 0.15:
                return ("PHONE_NUMBER", "+39" + v, "più trentanove, " + spoken)
            return ("PHONE_NUMBER", v, spoken)
        if landline:
            area = r.choice(["0114", "0115", "0116", "0117", "0121", "0131", "0141", "0151", "0161", "029"])
            v = area + "".join(r.choice(string.digits) for _ in range(11 - len(area)))
            rest = v[len(area):]
            sizes = [3, len(rest) - 3] if len(rest) > 6 else [len(rest)]
            spoken = sp.one_by_one(area) + ", " + self.digits_spoken(sp, rest, sizes, r.choice(["single", "mixed"]))
            return ("PHONE_NUMBER", v, spoken)
        v = "07" + r.choice("4578") + "".join(r.choice(string.digits) for _ in range(8))
        sizes = r.choice([[5, 6], [5, 3, 3], [4, 3, 4], [5, 3, 3]])
        style = r.choice(["single", "single", "mixed", "pairs"])
        if r.random() < 0.15:
            body = v[1:]
            return ("PHONE_NUMBER", "+44" + body,
                    "plus four four, " + self.digits_spoken(sp, body, [4, 3, 3], r.choice(["single", "mixed"])))
        return ("PHONE_NUMBER", v, self.digits_spoken(sp, v, sizes, style))

    def email(self):
        r, sp, it = self.rng, self.cust_sp, self.it
        first, last = self.first.lower(), self.last.lower().replace("'", "")
        domain = r.choice(H_IT_MAIL if it else H_EN_MAIL)
        yy = self.born.year % 100
        shape = r.choice(["first.last", "first.last", "firstlast", "first_last", "f.last", "last.num",
                          "firstnum", "first.last.num", "last_first"])
        num = str(r.choice([yy, r.randint(2, 99), self.born.year])) if "num" in shape else ""
        local = {"first.last": f"{first}.{last}", "firstlast": f"{first}{last}", "first_last": f"{first}_{last}",
                 "f.last": f"{first[0]}.{last}", "last.num": f"{last}{num}", "firstnum": f"{first}{num}",
                 "first.last.num": f"{first}.{last}{num}", "last_first": f"{last}_{first}"}[shape]
        dot, at = ("punto", "chiocciola") if it else ("dot", "at")
        under = self.c("trattino basso", "underscore") if it else "underscore"
        toks = []
        for tok in re.findall(r"[a-z]+|[0-9]+|[._]", local):
            if tok == ".":
                toks.append(dot)
            elif tok == "_":
                toks.append(under)
            elif tok.isdigit():
                if len(tok) == 4:
                    toks.append(it_words(int(tok)) if it else self.c(en_year(int(tok)), sp.one_by_one(tok)))
                else:
                    toks.append(sp.whole(tok) if r.random() < 0.7 else sp.one_by_one(tok))
            elif len(tok) == 1:
                toks.append(spell_letter(tok.upper(), self.lang, "plain"))
            else:
                toks.append(tok)
        spoken_local = " ".join(toks)
        if shape == "firstlast":          # said as two words; the caller adds "all one word" or similar
            spoken_local = f"{first} {last}"
        if r.random() < 0.2:     # the surname spelled right after it is said
            mode = "city" if it and r.random() < 0.5 else "plain"
            spelled = ", ".join(spell_letter(ch.upper(), self.lang, mode) for ch in last if ch.isalpha())
            spoken_local = spoken_local.replace(last, f"{last}, " + spelled + ",", 1)
        host, *tld = domain.split(".")
        spoken = f"{spoken_local} {at} {host} " + " ".join(f"{dot} {t}" for t in tld)
        return ("EMAIL_ADDRESS", f"{local}@{domain}", spoken)

    def fiscal(self):
        town = self.rng.choice(H_IT_TOWNS)[2]
        v = fiscal_code(self.first, self.last, self.born, self.female, town)
        mode = self.c("plain", "plain", "city", "mixed", "di")
        if self.rng.random() < 0.3:      # in the blocks printed on the card: surname, name, date, place, check
            blocks = [v[0:3], v[3:6], v[6:11], v[11:15], v[15]]
            spoken = ", ".join(spell_code(b, self.cust_sp, mode) for b in blocks)
        else:
            spoken = spell_code(v, self.cust_sp, mode)
        return ("IT_FISCAL_CODE", v, spoken)

    def iban(self):
        r, sp = self.rng, self.cust_sp
        if self.it or r.random() < 0.25:
            bban = r.choice("ABCDEFGHLMNPRSTUVXZ") + "".join(r.choice(string.digits) for _ in range(22))
            v = iban("IT", bban)
        else:
            bank = r.choice(["BARC", "LOYD", "NWBK", "HBUK", "MIDL", "NAIA"])
            v = iban("GB", bank + "".join(r.choice(string.digits) for _ in range(14)))
        letter_mode = self.c("plain", "plain", "mixed", "city" if self.it else "nato")
        how = r.choice(["fours", "fours", "parts", "run"])
        if how == "parts" and v.startswith("IT"):      # country+check, CIN, ABI, CAB, account
            cuts = [0, 4, 5, 10, 15, 27]
        elif how == "parts":                           # country+check, bank, sort code, account
            cuts = [0, 4, 8, 14, 22]
        else:
            cuts = list(range(0, len(v), 4)) + [len(v)]
        if how == "run":
            return ("IBAN_CODE", v, spell_code(v, sp, letter_mode))
        parts = []
        for a, b in zip(cuts, cuts[1:]):
            g = v[a:b]
            if any(ch.isalpha() for ch in g):
                parts.append(spell_code(g, sp, letter_mode, [len(g) - sum(ch.isalpha() for ch in g)] or None))
            else:
                sizes = [len(g)] if len(g) <= 5 else [3] * (len(g) // 3) + ([len(g) % 3] if len(g) % 3 else [])
                parts.append(self.digits_spoken(sp, g, sizes, r.choice(["single", "single", "pairs", "mixed"])))
        return ("IBAN_CODE", v, ", ".join(parts))

    def card(self):
        r, sp = self.rng, self.cust_sp
        kind = r.choice(["visa", "visa", "mastercard", "mastercard", "amex"])
        if kind == "amex":
            v = luhn_complete(r.choice(["34", "37"]), 15, r)
            sizes = [4, 6, 5]
        elif kind == "visa":
            v = luhn_complete("4", 16, r)
            sizes = [4, 4, 4, 4]
        else:
            v = luhn_complete(str(r.choice([51, 52, 53, 54, 55, 2221, 2300, 2500, 2720])), 16, r)
            sizes = [4, 4, 4, 4]
        self.brand = {"visa": "Visa", "mastercard": "Mastercard", "amex": "American Express"}[kind]
        style = r.choice(["single", "single", "pairs", "mixed"])
        return ("CREDIT_CARD", v, self.digits_spoken(sp, v, sizes, style))

    def dob(self):
        b, r, sp = self.born, self.rng, self.cust_sp
        if self.it:
            day = "primo" if b.day == 1 else it_words(b.day)
            yy = it_words(b.year % 100) if b.year < 2000 else it_words(b.year)
            form = r.choice(["full", "del", "numeric", "slashes", "dimonth"])
            if form == "full":
                s = f"{day} {IT_MONTHS[b.month - 1]} {it_words(b.year)}"
            elif form == "del":
                s = f"{day} {IT_MONTHS[b.month - 1]} del {yy}"
            elif form == "numeric":
                s = f"{it_words(b.day)}, {it_words(b.month)}, {yy}"
            elif form == "slashes":
                mm = sp.one_by_one(f"{b.month:02d}") if b.month < 10 else it_words(b.month)
                s = f"{it_words(b.day)}, {mm}, {it_words(b.year)}"
            else:
                s = f"{day} di {IT_MONTHS[b.month - 1]} del {it_words(b.year)}"
            return ("DATE_OF_BIRTH", b.isoformat(), s)
        yy = en_words(b.year % 100) if b.year < 2000 and b.year % 100 >= 10 else en_year(b.year)
        form = r.choice(["the_of", "month_the", "day_month", "numeric", "us"])
        if form == "the_of":
            s = f"the {en_ordinal(b.day)} of {EN_MONTHS[b.month - 1]}, {en_year(b.year)}"
        elif form == "month_the":
            s = f"{EN_MONTHS[b.month - 1]} the {en_ordinal(b.day)}, {yy}"
        elif form == "day_month":
            s = f"{en_ordinal(b.day)} {EN_MONTHS[b.month - 1]} {en_year(b.year)}"
        elif form == "numeric":
            s = f"{en_words(b.day)}, {sp.one_by_one(f'{b.month:02d}')}, {yy}"
        else:
            s = f"{EN_MONTHS[b.month - 1]} {en_ordinal(b.day)}, {en_year(b.year)}"
        return ("DATE_OF_BIRTH", b.isoformat(), s)

    def address(self):
        r, sp = self.rng, self.cust_sp
        if self.it:
            kind, name = r.choice(H_IT_STREETS)
            town, cap, _ = r.choice(H_IT_TOWNS)
            self.private_words |= {w.lower() for w in name.split() if w[:1].isupper()} | {town.lower()}
            n = r.randint(1, 160)
            suffix_v = suffix_s = ""
            if r.random() < 0.15:
                suffix_v, suffix_s = "/B", " barra bi"
            elif r.random() < 0.1:
                suffix_v, suffix_s = " bis", " bis"
            num_s = ("numero " if r.random() < 0.3 else "") + it_words(n) + suffix_s
            street_v, street_s = f"{kind} {name} {n}{suffix_v}", f"{kind} {name} {num_s}"
            form = r.choice(["cap", "cap", "town", "town_first", "a_town"])
            if form == "cap":
                cap_s = self.digits_spoken(sp, cap, [5], r.choice(["single", "single", "pairs"]))
                v, s = f"{street_v}, {cap} {town}", f"{street_s}, {cap_s}, {town}"
            elif form == "town":
                v, s = f"{street_v}, {town}", f"{street_s}, {town}"
            elif form == "town_first":
                v, s = f"{town}, {street_v}", f"{town}, {street_s}"
            else:
                v, s = f"{street_v}, {town}", f"{street_s}, a {town}"
            if r.random() < 0.15:
                sc = r.choice("ABC")
                v += f", scala {sc}"
                s += f", scala {spell_letter(sc, 'it', 'plain')}"
            return ("ADDRESS", v, s)
        street = r.choice(H_UK_STREETS)
        town, pc = r.choice(H_UK_TOWNS)
        self.private_words |= {street.split()[0].lower(), town.lower()}
        n = r.randint(1, 180)
        n_s = en_words(n, uk=False) if n < 100 or r.random() < 0.4 else sp.pairs(str(n))
        out, inn = pc.split()
        nato = r.random() < 0.2

        def letters(part):
            return ", ".join(spell_letter(ch, "en", "asin" if nato else "plain") for ch in part)
        out_letters = "".join(ch for ch in out if ch.isalpha())
        out_digits = out[len(out_letters):]
        out_s = letters(out_letters) + " " + (en_words(int(out_digits)) if r.random() < 0.5 else
                                              sp.one_by_one(out_digits))
        in_s = sp.digit(inn[0]) + " " + letters(inn[1:])
        flat = r.random() < 0.2
        fl = r.randint(1, 14)
        v = (f"Flat {fl}, " if flat else "") + f"{n} {street}, {town} {pc}"
        s = (f"flat {en_words(fl)}, " if flat else "") + f"{n_s} {street}, {town}, {out_s}, {in_s}"
        if r.random() < 0.2:      # no postcode given in the same breath
            v = (f"Flat {fl}, " if flat else "") + f"{n} {street}, {town}"
            s = (f"flat {en_words(fl)}, " if flat else "") + f"{n_s} {street}, {town}"
        return ("ADDRESS", v, s)

    def health(self):
        bank = H_IT_HEALTH if self.it else H_EN_HEALTH
        options = [t[0] if len(t) == 1 else (t[1] if self.female else t[0]) for t in bank]
        v = self.c(*[o for o in options if o])
        return ("HEALTH", v, v)

    def order(self):
        r, sp, p = self.rng, self.cust_sp, self.purpose
        if p == "technical_support":
            shape = r.choice(["tt", "digits", "inc"])
        elif p == "billing_support":
            shape = r.choice(["digits", "year", "letters"])
        else:
            shape = r.choice(["digits", "digits", "letters", "year"])
        if shape in ("tt", "inc", "letters"):
            prefix = {"tt": "TT", "inc": "INC", "letters": "".join(r.choice("ABCDEFGHKLMNPRSTUVZ")
                                                                    for _ in range(2))}[shape]
            v = prefix + "".join(r.choice(string.digits) for _ in range(r.choice([6, 7])))
            if v[len(prefix)] == "0":
                v = v[:len(prefix)] + "4" + v[len(prefix) + 1:]
            return ("ORDER_NUMBER", v, spell_code(v, sp, self.c("plain", "plain", "mixed")))
        if shape == "year":
            y = r.choice([2024, 2025, 2026])
            tail = "".join(r.choice(string.digits) for _ in range(6))
            v = f"{y}/{tail}"
            y_s = it_words(y) if self.it else en_year(y)
            return ("ORDER_NUMBER", v, f"{y_s} {'barra' if self.it else 'slash'} " +
                    self.digits_spoken(sp, tail, [3, 3], r.choice(["single", "triples", "mixed"])))
        v = r.choice("123456789") + "".join(r.choice(string.digits) for _ in range(r.randint(6, 9)))
        sizes = r.choice([[3] * (len(v) // 3), [2] * (len(v) // 2), [4] * (len(v) // 4)])
        return ("ORDER_NUMBER", v, self.digits_spoken(sp, v, sizes, r.choice(["single", "pairs", "triples",
                                                                                 "mixed"])))

    # ------------------------------------------------------------------ questions and answers

    def order_nouns(self):
        return {"customer_care": ("dell'ordine", "order"),
                "sales_first_contact": ("della richiesta", "enquiry"),
                "billing_support": ("della fattura", "invoice"),
                "technical_support": ("della segnalazione", "ticket")}[self.purpose]

    def questions(self, kind: str):
        """(with the kind's usual keyword, without it) for the call's language."""
        it, g = self.it, self.g
        on_it, on_en = self.order_nouns()
        debit = self.purpose == "sales_first_contact" or (self.purpose == "billing_support" and
                                                          self.rng.random() < 0.5)
        addr = {"customer_care": {"it": ("A che indirizzo le spediamo il pacco sostitutivo?", "Dove dobbiamo consegnare?"),
                                  "en": ("Which address should we deliver the replacement to?",
                                         "Where are we sending it?")},
                "sales_first_contact": {"it": ("A che indirizzo va attivata la fornitura?", "Dove verrebbe attivato il servizio?"),
                                        "en": ("What's the address for the new supply?",
                                               "Where would the service be installed?")},
                "billing_support": {"it": ("Qual è l'indirizzo di fatturazione?", "Dove le arrivano le bollette?"),
                                    "en": ("What's the billing address?", "Where do your bills get posted to?")},
                "technical_support": {"it": ("Qual è l'indirizzo dove si trova la linea?", "Dove le mandiamo il tecnico?"),
                                      "en": ("What's the address where the line is?",
                                             "Where should the engineer come to?")}}[self.purpose]
        Q = {
            "PHONE_NUMBER": ((["Mi lascia un numero di telefono per gli aggiornamenti?",
                               "Qual è il cellulare migliore per contattarla?",
                               "Le chiedo un recapito telefonico, per favore.",
                               "A che numero la posso richiamare, se serve?"],
                              ["Se dovessimo perderci, dove la posso raggiungere?",
                               "Come la rintraccio nei prossimi giorni?"]),
                             (["Could I take a phone number for updates?",
                               "What's the best mobile to reach you on?",
                               "Which number should we call you back on?",
                               "Do you have a contact number for me?"],
                              ["If we get disconnected, how can I reach you?",
                               "How would we get hold of you over the next few days?"])),
            "EMAIL_ADDRESS": ((["Mi lascia anche un indirizzo email?",
                                "A quale indirizzo di posta elettronica le mando la documentazione?",
                                "Ha una mail dove inviarle il preventivo?",
                                "Mi detta la sua email, per cortesia?"],
                               ["Dove le posso mandare il riepilogo per iscritto?",
                                "Come le faccio avere il contratto da firmare?"]),
                              (["Could I have an email address as well?",
                                "Which email should the paperwork go to?",
                                "What email address shall I put on the quote?",
                                "Could you give me your email, please?"],
                               ["Where should I send the written summary?",
                                "How shall I get the contract over to you?"])),
            "IT_FISCAL_CODE": ((["Mi serve il codice fiscale dell'intestatario.",
                                 "Mi può leggere il suo codice fiscale?",
                                 "Per procedere ho bisogno del codice fiscale, me lo detta?"],
                                ["Per l'identificazione, mi legge i caratteri sul retro della tessera sanitaria?"]),
                               (["I'll need the Italian tax code, the codice fiscale, if you have one.",
                                 "Could you read me your fiscal code?"],
                                ["Could you read me the characters on the back of your Italian health card?"])),
            "IBAN_CODE": ((["Ha sottomano le coordinate IBAN?",
                            "Su quale conto corrente vuole la domiciliazione?" if debit else
                            "Mi detta l'IBAN su cui accreditare il rimborso?"],
                           ["Da dove facciamo partire i pagamenti mensili?" if debit else
                            "Dove preferisce che le restituiamo la somma?"]),
                          (["Could I take your account details, starting with the IBAN?",
                            "Which bank account should the direct debit come from?" if debit else
                            "Can you read me the IBAN for the refund?"],
                           ["Where should the monthly payments come out of?" if debit else
                            "Where would you like the money paid back to?"])),
            "CREDIT_CARD": ((["Mi detta il numero della carta?",
                              "Con quale carta vuole pagare? Mi serve il numero completo.",
                              "Mi legge le cifre sul fronte della carta?"],
                             ["Come preferisce saldare l'importo oggi?",
                              "Procediamo col pagamento, mi dica pure."]),
                            (["Can I take the long card number?",
                              "Which card would you like to use? I'll need the full number.",
                              "Could you read me the digits across the front of the card?"],
                             ["How would you like to pay for that today?",
                              "Shall we sort out the payment now?"])),
            "DATE_OF_BIRTH": ((["Mi conferma la sua data di nascita?", g("Quando è nato?", "Quando è nata?"),
                                "Per la verifica di sicurezza, la data di nascita?"],
                               [g("Per la verifica mi serve giorno, mese e anno in cui è venuto al mondo.",
                                  "Per la verifica mi serve giorno, mese e anno in cui è venuta al mondo."),
                                "Mi dice il giorno del suo compleanno, anno compreso?"]),
                              (["Can you confirm your date of birth?", "And when were you born?",
                                "For security, what's your date of birth?"],
                               ["Could I have your birthday, including the year?",
                                "And the security check, what day, month and year do I have for you?"])),
            "ADDRESS": ((["Mi conferma l'indirizzo di residenza?", "Dove abita, per la fattura?",
                          addr["it"][0]],
                         ["Mi dice dove risulta la sua abitazione?", addr["it"][1]]),
                        (["What's the address on the account?", "Can I confirm your home address?",
                          addr["en"][0]],
                         ["And where are you based?", addr["en"][1]])),
            "ORDER_NUMBER": (([f"Ha il numero {on_it}?", f"Mi dà il codice {on_it}, per favore?",
                               f"Mi legge il riferimento {on_it}?"],
                              ["Cosa c'è scritto in alto nella mail che le abbiamo mandato?",
                               "Mi legge il codice che trova in alto a destra sul documento?"]),
                             ([f"Have you got the {on_en} number handy?", f"What's the {on_en} reference?",
                               f"Could you read me the {on_en} number?"],
                              ["What does it say at the top of the email we sent you?",
                               "Could you read me the code in the top right corner of the letter?"])),
            "HEALTH": ((["Ci sono esigenze di salute o di accessibilità di cui dobbiamo tenere conto?",
                         "Ha bisogno di qualche accortezza particolare, per la visita o per le chiamate?"],
                        ["C'è un motivo per cui dovremmo chiamarla solo in certi orari?"]),
                       (["Is there anything about your health or access needs we should know?",
                         "Do you need any adjustments when we visit or call?"],
                        ["Is there any reason we should only ring at certain times?"])),
        }
        return Q[kind][0 if it else 1]

    def lead(self, kind: str) -> str:
        it, g = self.it, self.g
        L = {
            "PHONE_NUMBER": (["sì, è il", "il mio cellulare è il", "certo:", "segni pure,", "allora,"],
                             ["yes, it's", "my mobile's", "sure:", "okay, it's", "you can reach me on"]),
            "EMAIL_ADDRESS": (["sì, è", "allora, scriva:", "certo:", "la mia mail è"],
                              ["yes, it's", "okay, it's", "sure:", "my email is"]),
            "IT_FISCAL_CODE": (["sì, glielo leggo:", "allora,", "certo:", "il codice è"],
                               ["yes, I have it here:", "okay,", "sure, it's"]),
            "IBAN_CODE": (["sì, ce l'ho qui:", "allora, l'IBAN è", "certo:", "dunque,"],
                          ["yes, I have it here:", "okay, the IBAN is", "sure:", "right,"]),
            "CREDIT_CARD": ([f"con la {self.brand}, il numero è", "con la carta, allora:", "certo:", "sì, è"],
                            [f"by {self.brand}, the number is", "on the card, so:", "sure:", "okay, it's"]),
            "DATE_OF_BIRTH": (["il", g("sono nato il", "sono nata il"), "allora,", "è il"],
                              ["it's", "I was born on", "sure,", "that's"]),
            "ADDRESS": (["abito in", "allora,", "sì, è", "la residenza è in"],
                        ["it's", "I live at", "sure,", "we're at"]),
            "ORDER_NUMBER": (["sì, è", "allora, il codice è", "certo:", "ecco,"],
                             ["yes, it's", "okay, the reference is", "sure:", "here it is,"]),
            "HEALTH": (["sì, guardi,", "in effetti sì,", "beh,"], ["yes, actually,", "well,", "to be honest,"]),
        }
        return self.c(*L[kind][0 if it else 1])

    VALUE = {"PHONE_NUMBER": "phone", "EMAIL_ADDRESS": "email", "IT_FISCAL_CODE": "fiscal", "IBAN_CODE": "iban",
             "CREDIT_CARD": "card", "DATE_OF_BIRTH": "dob", "ADDRESS": "address", "HEALTH": "health",
             "ORDER_NUMBER": "order"}

    def ack(self):
        it, c = self.it, self.c
        if self.rng.random() < 0.5:
            self.say("agent", c("Grazie, ho annotato.", "Perfetto.", "Bene, grazie.", "Ricevuto.") if it else
                     c("Thanks, I've got that.", "Perfect.", "Lovely.", "Okay, noted."))

    def readback(self, value):
        label, v, _ = value
        sp = self.agent_sp
        if v.startswith("+"):            # read back without the country prefix
            v = v[3:]
        if any(ch.isalpha() for ch in v):
            back = spell_code(v, sp, "plain")
        elif "/" in v:
            y, tail = v.split("/")
            back = (it_words(int(y)) if self.it else en_year(int(y))) + (" barra " if self.it else " slash ") + \
                sp.dictate(tail, [3, 3], ["single", "single"])
        else:
            sizes = {7: [3, 4], 8: [4, 4], 9: [3, 3, 3], 10: [3, 3, 4], 11: [5, 3, 3]}.get(len(v), [3] * (len(v) // 3))
            back = sp.dictate(v, sizes, ["single"] * len(sizes))
        self.say("agent", self.c("Rileggo:", "Allora, ripeto:") if self.it else self.c("Let me read that back:",
                                                                                      "So that's"),
                 (label, v, back), self.c("corretto?", "giusto?") if self.it else self.c("is that right?", "correct?"))
        self.say("customer", self.c("Sì, esatto.", "Sì, confermo.") if self.it else self.c("Yes, spot on.", "That's it."))

    def ask(self, kind: str, readback: bool = False):
        it, c, r = self.it, self.c, self.rng
        if kind == "CREDIT_CARD":
            value = self.card()          # the brand is needed for the lead-in
        else:
            value = getattr(self, self.VALUE[kind])()
        with_kw, without_kw = self.questions(kind)
        self.say("agent", c(*without_kw) if r.random() < 0.25 else c(*with_kw))
        lead = self.lead(kind) if r.random() < 0.7 else ""
        if kind == "ADDRESS" and value[2][:1].isupper() and it:      # starts with the town
            lead = c("abito a", "sto a", "") if lead else ""
        if kind in ("ORDER_NUMBER", "IBAN_CODE", "IT_FISCAL_CODE", "CREDIT_CARD") and r.random() < 0.15:
            fem = kind == "CREDIT_CARD"
            self.say("customer", c(f"Un attimo che {'la' if fem else 'lo'} trovo.",
                                   f"Mi dia un momento, {'la' if fem else 'lo'} prendo.") if it else
                     c("Hang on, let me find it.", "Just a moment, it's in my bag."))
            self.say("agent", c("Faccia pure con calma.", "Certo, aspetto.") if it else
                     c("Take your time.", "No problem."))
            lead = c("ecco qui:", "eccola," if fem else "eccolo,") if it else c("right, here we go:", "got it,")
        tail = ""
        if kind == "EMAIL_ADDRESS" and (r.random() < 0.4 or value[1].startswith(f"{self.first}{self.last}".lower())):
            tail = c("tutto minuscolo.", "tutto attaccato.") if it else c("all lower case.", "no spaces.")
        elif kind == "HEALTH" and r.random() < 0.7:
            tail = self.health_tail()
        elif kind == "ADDRESS" and not it and r.random() < 0.2:
            tail = "it's the house with the blue door."
        self.say("customer", lead, value, tail)
        if readback:
            self.readback(value)
        elif kind == "HEALTH":
            self.say("agent", c("Grazie, lo annoto.", "Capito, ne teniamo conto.") if it else
                     c("Thank you, I'll note that.", "Understood, we'll take that into account."))
        else:
            self.ack()
        return value

    def health_tail(self) -> str:
        if self.it:
            return self.c("quindi a volte ci metto un po' a rispondere.",
                          self.g("per cui preferisco essere chiamato nel pomeriggio.",
                                 "per cui preferisco essere chiamata nel pomeriggio."),
                          "quindi il tecnico dovrebbe avere un po' di pazienza." if self.purpose == "technical_support"
                          else "quindi se possibile preferisco le comunicazioni per iscritto.")
        return self.c("so it can take me a while to get to the phone.", "so afternoons are better for me.",
                      "so the engineer may need to be a bit patient." if self.purpose == "technical_support"
                      else "so I'd rather have things in writing if possible.")

    def volunteer_health(self):
        it, c = self.it, self.c
        self.say("customer", c("Ah, già che ci sono, le dico una cosa:", "Guardi, le dico anche che", "") if it else
                 c("Oh, and I should mention", "Just so you know,", ""), self.health(), self.health_tail())
        self.say("agent", c("Grazie per avermelo detto, lo segnalo nella pratica.", "Capisco, ne terremo conto.")
                 if it else c("Thanks for telling me, I'll add a note.", "Understood, we'll bear that in mind."))

    def second_phone(self):
        it, c = self.it, self.c
        self.say("agent", c("Ha anche un numero fisso?", "C'è un altro numero, magari di casa?") if it else
                 c("Is there a landline as well?", "Any other number, maybe at home?"))
        self.say("customer", c("sì, il fisso è", "a casa,", "") if it else c("yes, the landline's", "at home it's", ""),
                 self.phone(landline=True))

    # ------------------------------------------------------------------ non-personal numbers

    def distractor(self):
        """An exchange with numbers that must stay audible (NONPII_NUMBER), chosen to fit the purpose;
        none twice in a call."""
        it, r, c, N, P = self.it, self.rng, self.c, self.N, self.price
        e, cents = r.randint(12, 79), r.choice([0, 50, 90, 99])
        months = r.choice([6, 12, 24])
        days = r.randint(2, 9)
        waited = r.choice([15, 20, 25, 35, 40])
        pct = r.choice([10, 15, 20, 25, 30])
        n_rate = r.choice([3, 4, 6])
        ordered = r.randint(3, 6)
        h0 = r.choice([8, 9, 14])
        CC, SA, BI, TS = "customer_care", "sales_first_contact", "billing_support", "technical_support"
        if it:
            opts = [
                ({SA, BI}, [("agent", ["L'offerta costa", *P(e, cents), "al mese per i primi", N(months), "mesi."]),
                            ("customer", [c("Mi sembra onesto.", "Non male, ci penso.")])]),
                ({TS, CC}, [("customer", ["Il problema va avanti da" if self.purpose == TS else "Aspetto da",
                                          N(days), "giorni ormai."]),
                            ("agent", [c("Mi scuso per il disagio.", "Capisco, mi dispiace.")])]),
                ({TS, SA}, [("agent", ["Quanti dispositivi usa in casa?"]),
                            ("customer", ["Direi", N(r.randint(3, 7)), "tra telefoni e computer."])]),
                ({CC, SA, BI, TS}, [("customer", ["Ho aspettato in linea", N(waited), "minuti, sa?"]),
                                    ("agent", ["Ha ragione, oggi c'è molta attesa."])]),
                ({SA, BI, CC}, [("agent", ["Le posso applicare lo sconto del",
                                           N(f"{pct}%", f"{it_words(pct)} per cento"), "per", N(months), "mesi."]),
                                ("customer", ["Ah, grazie, volentieri."])]),
                ({CC, SA}, [("agent", ["La consegna avviene entro", N(r.randint(3, 7)), "giorni lavorativi."]),
                            ("customer", ["Va bene, nessuna fretta."])]),
                ({TS}, [("agent", ["Il tecnico può passare tra le", N(h0), "e le", N(h0 + r.choice([2, 3, 4])), "."]),
                        ("customer", ["Sì, in quella fascia ci sono."])]),
                ({BI}, [("customer", ["Nell'ultima bolletta ho pagato", *P(r.randint(80, 190), cents), ",",
                                      "di solito sono circa", N(r.choice([60, 65, 70])), "euro."]),
                        ("agent", ["Verifico le voci, un momento."])]),
                ({SA, TS}, [("agent", ["Il pacchetto include", N(r.choice([50, 100, 150])), "giga e velocità fino a",
                                       N(r.choice([300, 500, 1000])), "mega."]),
                            ("customer", ["Per noi basta e avanza."])]),
                ({BI, SA}, [("agent", ["Possiamo dividere l'importo in", N(n_rate), "rate da", *P(e), "."]),
                            ("customer", ["Sì, così mi è più comodo."])]),
                ({CC}, [("customer", ["Ne avevo ordinati", N(ordered), ", ma ne sono arrivati solo",
                                      N(ordered - 1), "."]),
                        ("agent", ["Capisco, controllo la spedizione."])]),
            ]
        else:
            opts = [
                ({SA, BI}, [("agent", ["The plan is", *P(e, cents), "a month for the first", N(months), "months."]),
                            ("customer", [c("That sounds fair.", "Not bad, I'll think about it.")])]),
                ({TS, CC}, [("customer", ["This has been going on for" if self.purpose == TS else
                                          "I've been waiting for", N(days), "days now."]),
                            ("agent", [c("I'm sorry about that.", "I understand, apologies.")])]),
                ({TS, SA}, [("agent", ["How many devices do you use at home?"]),
                            ("customer", ["About", N(r.randint(3, 7)), "between phones and laptops."])]),
                ({CC, SA, BI, TS}, [("customer", ["I was on hold for", N(waited), "minutes, you know."]),
                                    ("agent", ["I'm sorry, it's very busy today."])]),
                ({SA, BI, CC}, [("agent", ["I can give you", N(f"{pct}%", f"{en_words(pct)} percent"), "off for",
                                           N(months), "months."]),
                                ("customer", ["Oh, thanks, I'll take that."])]),
                ({CC, SA}, [("agent", ["Delivery takes up to", N(r.randint(3, 7)), "working days."]),
                            ("customer", ["That's fine, no rush."])]),
                ({TS}, [("agent", ["The engineer can come between", N(h0 if h0 <= 12 else h0 - 12), "and",
                                   N((h0 + 3) if h0 + 3 <= 12 else h0 + 3 - 12), "."]),
                        ("customer", ["Yes, I'll be in then."])]),
                ({BI}, [("customer", ["My last bill was", *P(r.randint(80, 190), cents), ", it's normally about",
                                      N(r.choice([60, 65, 70])), "pounds."]),
                        ("agent", ["Let me look at the charges."])]),
                ({SA, TS}, [("agent", ["The package gives you", N(r.choice([50, 100, 150])),
                                       "gigabytes and speeds up to", N(r.choice([300, 500, 900])), "megabits."]),
                            ("customer", ["That's plenty for us."])]),
                ({BI, SA}, [("agent", ["We can split that into", N(n_rate), "payments of", *P(e), "."]),
                            ("customer", ["Yes, that would help."])]),
                ({CC}, [("customer", ["I ordered", N(ordered), ", but only", N(ordered - 1), "turned up."]),
                        ("agent", ["I see, let me check the shipment."])]),
            ]
        fit = [k for k, (purposes, _) in enumerate(opts) if self.purpose in purposes]
        free = [k for k in fit if k not in self.used_distractors] or fit
        k = r.choice(free)
        self.used_distractors.add(k)
        for speaker, pieces in opts[k][1]:
            self.say(speaker, *pieces)

    def filler(self):
        if self.it:
            self.say("agent", self.c("Resti in linea un istante, verifico.", "Un momento, apro la sua scheda."))
            self.say("customer", self.c("Certo.", "Va bene, aspetto."))
        else:
            self.say("agent", self.c("Bear with me a moment while I check.", "Just a moment, I'm opening your file."))
            self.say("customer", self.c("Sure.", "Okay, no problem."))

    # ------------------------------------------------------------------ the call

    def plan(self):
        """The kinds asked (besides the name) and the extra mentions that bring the call to 8-11 items."""
        r = self.rng
        n_items = r.randint(8, 11)
        needed = list(NEEDED[self.purpose])
        if self.it and self.purpose == "billing_support":
            needed.append("IT_FISCAL_CODE")
        kinds = needed + r.sample(["CREDIT_CARD", "DATE_OF_BIRTH", "HEALTH"], r.choice([2, 2, 3]))
        allowed = [k for k in PII9 if k not in kinds and (self.it or k != "IT_FISCAL_CODE")]
        likely = [k for k in LIKELY[self.purpose] if k in allowed]
        others = [k for k in allowed if k not in likely]
        r.shuffle(likely)
        r.shuffle(others)
        pool = likely + others
        target_kinds = n_items - 1 - r.choice([0, 1, 1, 2])
        while len(kinds) < target_kinds and pool:
            kinds.append(pool.pop(0))
        return kinds, n_items - 1 - len(kinds)

    def build(self, company: str, agent: str, notice: bool):
        it, c, r = self.it, self.c, self.rng
        pname = {"customer_care": ("assistenza clienti", "customer care"),
                 "sales_first_contact": ("consulenza commerciale", "sales"),
                 "billing_support": ("gestione della fatturazione", "billing support"),
                 "technical_support": ("assistenza tecnica", "technical support")}[self.purpose][0 if it else 1]
        # ---- greeting and notice
        if it:
            hello = c(f"Buongiorno, {company}, sono", f"{company}, buonasera, le parla", f"Salve, qui {company}, sono")
            note = c(f"Prima di cominciare, la informo che la conversazione è registrata per {pname}.",
                     f"Le ricordo che questa telefonata viene registrata, ai fini di {pname}.",
                     f"La chiamata viene registrata e conservata per {pname}, come previsto dall'informativa.")
            offer = c("Come posso esserle d'aiuto?", "Mi dica.", "In che cosa posso aiutarla?")
        else:
            hello = c(f"Good morning, {company}, you're speaking to", f"Hello, {company}, my name is",
                      f"Thanks for calling {company}, this is")
            note = c(f"Before we start, I should mention this call is recorded for {pname}.",
                     f"Please be aware we're recording this call for {pname} purposes.",
                     f"This line is recorded and kept for {pname}.")
            offer = c("How can I help today?", "What can I do for you?", "How may I help?")
        self.say("agent", hello, ("AGENT_NAME", agent, agent), ".", note if notice else "", offer)
        reason = {
            "customer_care": (["Buongiorno, vi chiamo perché il pacco che aspettavo non è mai arrivato.",
                               "Salve, mi è arrivato un articolo rovinato e vorrei sostituirlo.",
                               "Buonasera, vorrei sapere a che punto è la mia spedizione."],
                              ["Hi, I'm ringing because my parcel never arrived.",
                               "Hello, something I ordered came damaged and I'd like a replacement.",
                               "Hi there, I'd like to know where my delivery has got to."]),
            "sales_first_contact": (["Buongiorno, mi hanno parlato della vostra promozione per la fibra.",
                                     "Salve, sto pensando di cambiare fornitore e volevo qualche informazione.",
                                     "Buonasera, vorrei un preventivo per luce e gas."],
                                    ["Hi, a friend told me about your fibre promotion.",
                                     "Hello, I'm thinking of switching supplier and wanted some details.",
                                     "Good morning, I'd like a quote for gas and electricity."]),
            "billing_support": (["Buongiorno, nell'ultima fattura c'è una voce che non capisco.",
                                 "Salve, vorrei passare al pagamento con addebito sul conto.",
                                 "Buonasera, sto ancora aspettando un rimborso da voi."],
                                ["Hi, there's a charge on my latest invoice I don't understand.",
                                 "Hello, I'd like to switch to paying by direct debit.",
                                 "Good afternoon, I'm still waiting for a refund from you."]),
            "technical_support": (["Salve, da stamattina il decoder non si accende più.",
                                   "Buongiorno, la connessione va e viene di continuo.",
                                   "Buonasera, il telefono di casa non ha linea."],
                                  ["Hi, since this morning the TV box won't switch on.",
                                   "Hello, my broadband keeps cutting out.",
                                   "Good evening, my home phone has no dial tone."]),
        }[self.purpose][0 if it else 1]
        self.say("customer", c(*reason))
        if r.random() < 0.3:
            self.say("agent", c("Mi dispiace, vediamo subito.", "Certo, la aiuto volentieri.") if it else
                     c("Sorry to hear that, let's have a look.", "Of course, happy to help."))
        # ---- the plan
        kinds, n_extra = self.plan()
        extras_pool = ["spell", "bye_name"]
        if "PHONE_NUMBER" in kinds:
            extras_pool += ["second_phone", "rb_PHONE_NUMBER"]
        if "ORDER_NUMBER" in kinds:
            extras_pool += ["rb_ORDER_NUMBER"]
        r.shuffle(extras_pool)
        extras = set(extras_pool[:max(0, n_extra)])
        # ---- the name
        if it:
            q, lead = c(("Con chi parlo?", c("Sono", "Mi chiamo", "")),
                        ("Mi dice nome e cognome, per favore?", c("Certo,", "Sì,", "")),
                        ("A chi è intestato il contratto?", c("A me,", "È intestato a", "")),
                        ("Posso sapere il suo nominativo?", c("Allora,", "Sono", "")))
        else:
            q, lead = c(("Who am I speaking with?", c("It's", "This is", "")),
                        ("Can I take your full name, please?", c("Sure,", "Yes, it's", "")),
                        ("Whose name is the account in?", c("Mine,", "It's in my name,", "")),
                        ("And who do I have on the line?", c("It's", "My name's", "")))
        self.say("agent", q)
        pieces = [lead, self.person()]
        if "spell" in extras:
            pieces += [c(", si scrive", ", lo spelling è") if it else c(", spelled", ", that's"),
                       self.spelled_surname()]
        self.say("customer", *pieces)
        # ---- the body: data questions, distractors, a filler
        steps = list(kinds)
        r.shuffle(steps)
        first_need = NEEDED[self.purpose][0]
        if first_need in steps and r.random() < 0.6:
            steps.remove(first_need)
            steps.insert(0, first_need)
        n_dis = r.randint(2, 3)
        for _ in range(n_dis):
            steps.insert(r.randint(1, len(steps)), "distractor")
        if r.random() < 0.5:
            steps.insert(r.randint(1, len(steps)), "filler")
        for step in steps:
            if step == "distractor":
                self.distractor()
            elif step == "filler":
                self.filler()
            elif step == "HEALTH" and r.random() < 0.5:
                self.volunteer_health()
            elif (step == "PHONE_NUMBER" and self.purpose != "sales_first_contact"
                  and "rb_PHONE_NUMBER" not in extras and r.random() < 0.2):
                self.say("agent", c("C'è altro che devo sapere?", "Altro da aggiungere?") if it else
                         c("Is there anything else?", "Anything else I should note?"))
                self.say("customer", c("Sì, le lascio il mio cellulare:", "Ah, segni il mio numero:") if it else
                         c("Yes, take my mobile:", "Oh, let me give you my number:"), self.phone())
                self.ack()
            else:
                self.ask(step, readback=f"rb_{step}" in extras)
            if step == "PHONE_NUMBER" and "second_phone" in extras:
                self.second_phone()
        # ---- price, callback, goodbye
        N = self.N
        price = self.price(r.randint(19, 149), r.choice([0, 0, 50, 90]))
        if it:
            h, m = r.choice([9, 10, 11, 12, 15, 16, 17]), r.choice([0, 0, 15, 30])
            hour = N(f"{h}:{m:02d}", it_words(h) + (f" e {it_words(m)}" if m else "")) if m else N(h)
            day = c("domani", "lunedì", "mercoledì", "venerdì")
            self.say("agent", c("Riepilogando, l'importo è di", "Allora, il costo sarà di", "Bene, la spesa è di"),
                     *price, ".", c(f"Un collega la richiama {day} alle", f"La ricontattiamo {day} verso le",
                                    f"Si aspetti una nostra chiamata {day} alle"), hour, ".")
            pieces = []
            if "bye_name" in extras:
                pieces = [c("Grazie,", "Grazie della pazienza,"), self.g("signor", "signora"),
                          ("PERSON", self.last, self.last), "."]
            self.say("agent", *pieces, c("Arrivederci.", "Buona giornata.", "A presto."))
            self.say("customer", c("Grazie a lei, buona giornata.", "Perfetto, grazie. Arrivederci.",
                                   "D'accordo, salve."))
        else:
            h = r.choice([9, 10, 11, 2, 3, 4])
            if r.random() < 0.35:
                hour = N(f"{h}:30", f"half past {en_words(h)}")
                at = "at"
            else:
                hour = N(h)
                at = c("at", "around")
            day = c("tomorrow", "on Monday", "on Wednesday", "on Friday")
            self.say("agent", c("So, the total comes to", "Okay, that will be", "Right, the charge is"), *price, ".",
                     c(f"Someone will call you back {day} {at}", f"Expect a call from us {day} {at}",
                       f"A colleague will ring you {day} {at}"), hour, ".")
            pieces = []
            if "bye_name" in extras:
                pieces = [c("Thanks,", "Have a good day,"), self.g("Mr", self.c("Mrs", "Ms")),
                          ("PERSON", self.last, self.last), "."]
            self.say("agent", *pieces, c("Goodbye.", "Take care.", "Bye now."))
            self.say("customer", c("Thank you, bye.", "Great, thanks very much. Bye.", "Lovely, cheers."))
        self.lint()

    # ------------------------------------------------------------------ lint

    def lint(self):
        words = IT_NUMBER_WORDS if self.it else EN_NUMBER_WORDS
        for speaker, pieces in self.turns:
            for p in pieces:
                if not isinstance(p, str):
                    continue
                if re.search(r"\d", p):
                    raise LintError(f"digit in plain text: {p!r}")
                toks = set(re.findall(r"[\w']+", p.lower()))
                bad = (toks & words) | (toks & self.private_words)
                if bad:
                    raise LintError(f"{sorted(bad)} in plain text: {p!r}")

    def item_count(self) -> int:
        return sum(1 for _, ps in self.turns for p in ps
                   if not isinstance(p, str) and p[0] not in ("AGENT_NAME", "NONPII_NUMBER"))


# =========================================================================== wiring


if __name__ == "__main__":
    H.run_phrasebook(PhraseBookH, (H_IT_COMPANIES, H_EN_COMPANIES), (H_IT_AGENTS, H_EN_AGENTS))
