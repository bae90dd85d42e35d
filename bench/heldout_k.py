#!/usr/bin/env python3
"""heldout_k: an eleventh, independently worded phrasebook of synthetic labelled call-centre calls.

usage (from the project root, with the project's venv active):
    python bench/heldout_k.py --dry --seed 5757 --piper /tmp/piper/bin/piper    # print the dialogues, no audio
    python bench/heldout_k.py --seed 5757 --out bench/results/K --prefix K --piper /tmp/piper/bin/piper

(--dry with the same --piper prints exactly the dialogues of the real run; without --piper, heldout's
pick_voices draws one random number fewer per English call and the later calls' wording differs.)

Purpose: a MODERATE, realistic held-out set (Italian and English; the four purposes customer_care,
sales_first_contact, billing_support, technical_support) for measuring how well the personal-data
detector generalises to wording it has never seen. It is meant to read like one more scriptwriter
writing ordinary calls, not an adversary: several ways of asking for each kind of data, several answer
lead-ins, now and then a hesitation ("ehm", "um") or a self-correction inside a dictated value, a value
looked up in a second turn ("let me open the banking app"), an agent read-back, Italian callers spelling
with plain letters or with towns ("erre come Roma", or just "Roma, Imola, ..."), English callers with
plain letters, the NATO alphabet or the old "S for sugar" words, Italian postcodes read digit by digit
or as one number, addresses given whole or in two turns (postcode first, then street), dates of birth
in many shapes ("sono del settantotto, dodici marzo", "the twelfth of the third, seventy-eight"),
health conditions that come up as the reason for a request (a wheelchair, a hip operation, a
pregnancy, a latex allergy, poor hearing or sight). New in this set: a caller who gives the details
of a SECOND person (the wife who takes the parcel in, the son the engineer may ring, the husband
whose account pays the direct debit, a partner copied on the bills), and a caller who corrects the
agent's read-back (a misheard digit, a misheard e-mail provider, a surname written with one letter
too few). English callers live in the UK or, in customer care and technical support, sometimes in
the US.

Provenance: written by a helper that did not read the detector (pipeline/, redaction_rules/, tests/,
evaluation/), the development corpus (its truth files or transcripts), bench/results/, nor the
dialogue of the other phrasebooks; bench/heldout_j.py was looked at only for the builder interface
(how run_phrasebook / dry_run take a builder), its docstring's description of a call and its lint.
Every line of dialogue and every bank (names, towns, streets, e-mail providers, conditions,
companies, agents, spelling words) is this file's own. Only the machinery of bench/heldout.py is
reused: Speaker (digit reading), the letter tables (IT_LETTERS, IT_CITIES, NATO), the value
generators luhn_complete / iban / fiscal_code, the number words, pick_voices, Renderer, synthesise,
resample_write, main() (language / purpose / mono-stereo / 8-16 kHz / notice schedule, sidecar and
truth format), dry_run() and run_phrasebook(), which rebinds heldout's module-level `CallBuilder` and
company / agent banks in memory; heldout.py itself is not modified.

What a call contains: a greeting with the agent's name (AGENT_NAME); a recording notice in this file's
own words when main()'s `notice` flag is true (and no mention of recording otherwise); the caller's
reason; the caller's full name (PERSON); then 8-11 further personal-data items fitting the purpose
(read-backs, corrections, a second person's name and number, a spelled or corrected surname and a
closing "thank you, Mrs ..." each count as an item) -- what the purpose keeps (customer care: order
number, delivery address; sales: phone and e-mail; billing: IBAN, invoice number, billing address,
Italian fiscal code; technical support: ticket number, contact phone) and kinds it never keeps
(payment card, date of birth, health condition, a second person's details, and whatever else comes
up) -- and non-personal numbers (prices, hours, quantities, durations, percentages, speeds, years,
model numbers) labelled NONPII_NUMBER, which must stay audible. Invoice and ticket numbers carry the
ORDER_NUMBER label, a second person's name PERSON. Every labelled value is its own piece, so span
times are exact; a labelled value's `value` is what it stands for (a self-corrected dictation's value
is the corrected one; an agent's wrong read-back's value is the wrong number it says; a caller's
"no, the end is ..." carries just the part it repeats). Values are random per call (Luhn-valid
cards, mod-97 IBANs, fiscal codes with their check letter, Italian mobiles and landlines, UK / US
numbers). A lint refuses digits or number words, any personal name, street or town of the call in
unlabelled text, any mention of recording in a call without the notice (or a notice call whose
opening lacks it), and a call with fewer than 8 or more than 11 items.
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
from heldout import (EN_MONTHS, EN_TENS, EN_UNITS, IT_CITIES, IT_LETTERS, IT_MONTHS, IT_TENS, IT_UNITS,  # noqa: E402
                     NATO, en_ordinal, en_words, en_year, fiscal_code, iban, it_words, luhn_complete)

# =========================================================================== banks (this file's own)

K_IT_FIRST_F = ("Agnese Flavia Margherita Rachele Caterina Giorgia Irene Viola Elena Ornella Marisa Gabriella "
                "Luisa Franca Sara Rosalba").split()
K_IT_FIRST_M = ("Ettore Guido Ruggero Aldo Carlo Franco Giorgio Mario Paolo Renato Silvio Ugo Valerio Mattia "
                "Samuele Nazario").split()
K_IT_LAST = ("Ricci Giordano Rizzo Lombardo Greco Marino Vitale Ferrara Monti Farina Cirillo Pagano Amato "
             "Silvestri Bassi Martini Longo Valentini Rossetti Sorrentino Russo Bonelli Cavalli Zanella "
             "Mazzoni").split() + ["De Luca"]
K_EN_FIRST_F = ("Charlotte Emily Jessica Laura Rebecca Alice Ruth Helen Lauren Kerry Bridget Mairead Anita "
                "Sunita Gemma Victoria").split()
K_EN_FIRST_M = ("Matthew Daniel Christopher Andrew Peter Simon Gavin Ian Barry Kevin Hamza Ravi Euan Finley "
                "Toby Robert").split()
K_EN_LAST = ("Taylor Harrison Gibson Lloyd Fraser Mitchell Bennett Sheridan Ahmed Chowdhury Gallagher Hussain "
             "Kennedy Ferguson Holmes Jenkins Stevens Reid Atkinson Moffat Pennington Russell Abbott "
             "Kowalczyk").split()
K_IT_AGENTS = "Paola Stefano Giovanna Maurizio Lorella Andrea Tiziana Massimo Federico Barbara".split()
K_EN_AGENTS = "Kirsten Jamal Nicola Steve Paige Wes Fatima Hugh Leanne Aaron".split()
K_IT_COMPANIES = ["Scirocco Telecomunicazioni", "Gas Naturale Dolomiti", "Sole Mediterraneo Energia",
                  "Corriere Lampo", "Rete Azzurra", "Casa Facile Acquisti"]
K_EN_COMPANIES = ["Fernbrook Energy", "Highmoor Telecom", "Bluewater Fibre", "Lanternpost Couriers",
                  "Stonebridge Home Shopping", "Greyfield Water"]

# (town, CAP, cadastral code, landline area code)
K_IT_TOWNS = [("Bergamo", "24121", "A794", "035"), ("Modena", "41121", "F257", "059"),
              ("Pescara", "65121", "G482", "085"), ("Salerno", "84121", "H703", "089"),
              ("Catania", "95121", "C351", "095"), ("Sassari", "07100", "I452", "079"),
              ("Trento", "38122", "L378", "0461"), ("Ravenna", "48121", "H199", "0544"),
              ("Brescia", "25121", "B157", "030"), ("Siena", "53100", "I726", "0577"),
              ("Cosenza", "87100", "D086", "0984"), ("Pisa", "56125", "G702", "050")]
K_IT_STREETS = [("via", "San Francesco"), ("viale", "dei Tigli"), ("piazza", "della Libertà"), ("corso", "Matteotti"),
                ("largo", "Santa Chiara"), ("via", "Guglielmo Marconi"), ("via", "dei Glicini"),
                ("piazza", "Santo Stefano"), ("viale", "delle Magnolie"), ("largo", "dei Gelsi"),
                ("corso", "Umberto Primo"), ("via", "Luigi Pirandello"), ("viale", "Aldo Moro"),
                ("via", "del Borgo Antico"), ("piazzetta", "dei Mercanti")]
# (town, postcode, area code)
K_UK_TOWNS = [("Sheffield", "S10 2HQ", "0114"), ("Nottingham", "NG7 1FB", "0115"), ("Leicester", "LE2 7DR", "0116"),
              ("Aberdeen", "AB24 3FX", "01224"), ("Belfast", "BT9 6AD", "028"), ("Southampton", "SO17 1BJ", "023"),
              ("Plymouth", "PL4 8AA", "01752"), ("Cambridge", "CB4 1DT", "01223"), ("Liverpool", "L17 8XY", "0151"),
              ("Hull", "HU5 2SG", "01482")]
K_UK_STREETS = ["Clarendon Road", "Hollybush Lane", "Rowan Crescent", "Ashgrove Avenue", "Linden Gardens",
                "Harcourt Street", "Willowbank Drive", "Nelson Terrace", "Brunswick Square", "Poplar Walk",
                "Carlton Mews", "Heather Close", "Lavender Row"]
# (city, state, ZIP, area code)
K_US_PLACES = [("Boise", "Idaho", "83702", "208"), ("Madison", "Wisconsin", "53703", "608"),
               ("Albuquerque", "New Mexico", "87102", "505"), ("Savannah", "Georgia", "31401", "912"),
               ("Portland", "Maine", "04101", "207")]
K_US_STREETS = ["Walnut Avenue", "Hickory Lane", "Cherry Hill Road", "Lincoln Way", "Aspen Drive", "Bayview Terrace"]
K_IT_MOBILE = ["24", "27", "30", "34", "36", "46", "48", "50", "51", "66", "71", "73", "83", "85", "89", "93"]

# (domain, how the host is said)
K_IT_MAIL = [("tin.it", "tin"), ("inwind.it", "inwind"), ("live.it", "live"), ("teletu.it", "teletu"),
             ("email.it", "email"), ("yahoo.com", "yahoo"), ("gmail.com", "gmail")]
K_UK_MAIL = [("talktalk.net", "talk talk"), ("plus.net", "plus"), ("live.co.uk", "live"),
             ("googlemail.com", "google mail"), ("tiscali.co.uk", "tiscali"), ("mail.com", "mail")]
K_US_MAIL = [("comcast.net", "comcast"), ("verizon.net", "verizon"), ("yahoo.com", "yahoo"), ("msn.com", "m s n"),
             ("gmail.com", "gmail")]

# the spelling words older British callers still use ("S for sugar")
K_EN_WORDS = dict(zip(string.ascii_uppercase, (
    "apple Bertie Charlie David Edward Freddie George Harry India Jack King London Mary November orange "
    "Peter queen Robert sugar Tommy uncle Victor William x-ray yellow zebra").split()))

# (what it touches, Italian masculine, Italian feminine, English); pregnancy has no masculine
K_HEALTH = [
    ("mobility", "sono in sedia a rotelle", "sono in sedia a rotelle", "I'm in a wheelchair"),
    ("mobility", "mi hanno appena operato all'anca", "mi hanno appena operata all'anca",
     "I've just had a hip operation"),
    ("mobility", "ho il Parkinson", "ho il Parkinson", "I've got Parkinson's"),
    ("mobility", "ho una protesi al ginocchio e cammino con le stampelle",
     "ho una protesi al ginocchio e cammino con le stampelle", "I'm on crutches after knee surgery"),
    ("mobility", "ho l'artrite reumatoide", "ho l'artrite reumatoide", "I've got rheumatoid arthritis"),
    ("hearing", "ho un forte calo dell'udito", "ho un forte calo dell'udito", "I'm very hard of hearing"),
    ("sight", "ho una maculopatia e ci vedo pochissimo", "ho una maculopatia e ci vedo pochissimo",
     "I've got macular degeneration, my eyesight's poor"),
    ("allergy", "ho una forte allergia al lattice", "ho una forte allergia al lattice", "I've got a bad latex allergy"),
    ("pregnancy", None, "sono incinta", "I'm pregnant"),
    ("general", "soffro di emicrania cronica", "soffro di emicrania cronica", "I get chronic migraines"),
    ("general", "ho la fibromialgia", "ho la fibromialgia", "I've got fibromyalgia"),
    ("general", "sono in cura per l'ansia", "sono in cura per l'ansia", "I'm being treated for anxiety"),
    ("general", "mi sto riprendendo da un infarto", "mi sto riprendendo da un infarto",
     "I'm recovering from a heart attack"),
]

# what each purpose keeps (always asked), what may come up besides, in what order things get asked
KEEPS = {"customer_care": [("ORDER_NUMBER", "order"), ("ADDRESS", "")],
         "sales_first_contact": [("PHONE_NUMBER", "contact"), ("EMAIL_ADDRESS", "offer")],
         "billing_support": [("IBAN_CODE", "debit"), ("ORDER_NUMBER", "invoice"), ("ADDRESS", "")],
         "technical_support": [("ORDER_NUMBER", "ticket"), ("PHONE_NUMBER", "contact")]}
NEVER = ["CREDIT_CARD", "DATE_OF_BIRTH", "HEALTH"]
LIKELY = {"customer_care": [("EMAIL_ADDRESS", "tracking"), ("PHONE_NUMBER", "courier")],
          "sales_first_contact": [("ADDRESS", ""), ("IBAN_CODE", "debit"), ("IT_FISCAL_CODE", "contract")],
          "billing_support": [("PHONE_NUMBER", "contact"), ("EMAIL_ADDRESS", "bills"), ("IT_FISCAL_CODE", "abroad")],
          "technical_support": [("ADDRESS", ""), ("EMAIL_ADDRESS", "report"), ("PHONE_NUMBER", "landline")]}
SECOND_KINDS = {"customer_care": [("deliver", 2), ("neighbour", 1)],
                "sales_first_contact": [("sales_contact", 2)],
                "billing_support": [("billing_copy", 2), ("iban_holder", 1)],
                "technical_support": [("tech_contact", 2)]}
ORDER = {
    "customer_care": ["DATE_OF_BIRTH", "ORDER_NUMBER", "ADDRESS", "HEALTH", "SECOND", "PHONE_NUMBER",
                      "EMAIL_ADDRESS", "CREDIT_CARD"],
    "sales_first_contact": ["PHONE_NUMBER", "EMAIL_ADDRESS", "SECOND", "ADDRESS", "DATE_OF_BIRTH",
                            "IT_FISCAL_CODE", "HEALTH", "IBAN_CODE", "CREDIT_CARD"],
    "billing_support": ["IT_FISCAL_CODE", "DATE_OF_BIRTH", "ORDER_NUMBER", "ADDRESS", "HEALTH", "PHONE_NUMBER",
                        "EMAIL_ADDRESS", "SECOND", "IBAN_CODE", "CREDIT_CARD"],
    "technical_support": ["DATE_OF_BIRTH", "ORDER_NUMBER:ticket", "PHONE_NUMBER:landline", "ADDRESS", "HEALTH",
                          "ORDER_NUMBER:agent", "PHONE_NUMBER", "SECOND", "EMAIL_ADDRESS", "CREDIT_CARD"],
}
READBACK_KINDS = {"PHONE_NUMBER", "ORDER_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "ADDRESS"}
FIXABLE_KINDS = {"PHONE_NUMBER", "ORDER_NUMBER", "EMAIL_ADDRESS"}
LOOKUP_KINDS = {"ORDER_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IT_FISCAL_CODE"}

IT_NUMBER_WORDS = set(IT_UNITS) | set(IT_TENS.values()) | {"cento", "mille", "mila", "milioni", "doppio", "doppia"}
EN_NUMBER_WORDS = set(EN_UNITS) | set(EN_TENS.values()) | {"hundred", "thousand", "double", "triple"}
GENERIC_PLACE = {"via", "viale", "corso", "piazza", "piazzetta", "largo", "dei", "degli", "del", "della", "delle",
                 "di", "da", "de", "san", "santa", "santo", "primo", "road", "street", "lane", "avenue", "close",
                 "drive", "way", "walk", "crescent", "gardens", "square", "terrace", "mews", "row", "hill", "new"}


class LintError(AssertionError):
    pass


class Item:
    """One planned request: a kind, its flavour and the extras that add spans (read-back, correction...)."""

    def __init__(self, kind: str, variant: str = ""):
        self.kind, self.variant = kind, variant
        self.rb = self.fix = self.split = self.holder = False
        self.look = self.slip = self.hes = False
        self.second_cost = 0

    def cost(self) -> int:
        if self.kind == "SECOND":
            return self.second_cost
        return 1 + self.rb + 2 * self.fix + self.split + self.holder

    def key(self) -> str:
        return f"{self.kind}:{self.variant}"


# =========================================================================== the phrasebook


class PhraseBookK:
    def __init__(self, rng, lang: str, purpose: str):
        self.rng, self.lang, self.purpose = rng, lang, purpose
        self.it = lang == "it"
        self.agent_sp = H.Speaker(lang, rng)
        self.cust_sp = H.Speaker(lang, rng)
        self.female = rng.random() < 0.5
        if self.it:
            self.first = rng.choice(K_IT_FIRST_F if self.female else K_IT_FIRST_M)
            self.last = rng.choice(K_IT_LAST)
            self.region = "it"
            self.home = rng.choice(K_IT_TOWNS)
            self.street = rng.choice(K_IT_STREETS)
            street_words = self.street[1]
            self.house = rng.randint(1, 160)
        else:
            self.first = rng.choice(K_EN_FIRST_F if self.female else K_EN_FIRST_M)
            self.last = rng.choice(K_EN_LAST)
            us_ok = purpose in ("customer_care", "technical_support")
            self.region = "us" if us_ok and rng.random() < 0.3 else "uk"
            if self.region == "uk":
                self.home = rng.choice(K_UK_TOWNS)
                self.street = rng.choice(K_UK_STREETS)
                self.house = rng.randint(2, 180)
            else:
                self.home = rng.choice(K_US_PLACES)
                self.street = rng.choice(K_US_STREETS)
                self.house = rng.randint(120, 9800)
            street_words = self.street
        self.born = dt.date(rng.randint(1944, 2004), rng.randint(1, 12), rng.randint(1, 28))
        # the caller's habits when spelling
        if self.it:
            self.spell_mode = rng.choice(["plain", "plain", "city", "city", "cityonly"])
        else:
            self.spell_mode = rng.choice(["plain", "plain", "plain", "word", "nato"])
        self.turns: list[tuple[str, list]] = []
        self.used_distractors: set[int] = set()
        self.notice = False
        self.brand = "Visa"
        self.second = None          # (first, last, female, relation) of a second person, once drawn
        self.name_spell = self.name_fix = self.bye_name = False
        self.private_words: set[str] = set()
        self.add_private(f"{self.first} {self.last} {self.home[0]} {street_words}")

    # ------------------------------------------------------------------ small helpers

    def add_private(self, text: str):
        self.private_words |= {w for w in re.findall(r"[\w']+", text.lower()) if w not in GENERIC_PLACE}

    def c(self, *options):
        return self.rng.choice(options)

    def p(self, it_opts, en_opts):
        """Pick a phrase from the Italian or the English list."""
        return self.rng.choice(it_opts if self.it else en_opts)

    def g(self, masc: str, fem: str, female: bool | None = None) -> str:
        return fem if (self.female if female is None else female) else masc

    def say(self, speaker: str, *pieces):
        self.turns.append((speaker, [p for p in pieces if p]))

    def N(self, value: int, spoken: str | None = None):
        """A number that is not personal data and must stay audible."""
        if spoken is None:
            spoken = it_words(value) if self.it else en_words(value, uk=self.region != "us")
        return ("NONPII_NUMBER", str(value), spoken)

    def money(self, whole: int, cents: int | None = None) -> list:
        N = self.N
        if self.it:
            return [N(whole), "euro"] if not cents else [N(whole), "euro e", N(cents)]
        unit = "dollars" if self.region == "us" else "pounds"
        if not cents:
            return [N(whole), unit]
        if self.rng.random() < 0.35:
            return [N(whole), N(cents)]                     # "twenty-four ninety-nine"
        return [N(whole), unit, N(cents)] if unit == "pounds" else [N(whole), "dollars and", N(cents), "cents"]

    def price(self, lo: int, hi: int) -> list:
        return self.money(self.rng.randint(lo, hi), self.rng.choice([None, 50, 90, 99, 49, 95]))

    def hes(self) -> str:
        return self.c("ehm", "ehm,", "allora") if self.it else self.c("um", "er", "erm")

    def oops(self) -> str:
        return self.c("no, scusi,", "anzi,", "no, aspetti,") if self.it else self.c("sorry,", "no wait,", "I mean")

    # ------------------------------------------------------------------ reading digits and letters

    def group_words(self, sp, group: str, style: str) -> str:
        if style == "whole" and len(group) > (3 if self.it else 2):
            style = "pairs"       # "five oh five", not "five hundred and five" (nor "five thousand ...")
        return sp.group(group, style)

    def read_digits(self, sp, digits: str, sizes: list[int], style: str = "mixed",
                    slip: bool = False, hes: bool = False) -> str:
        """Digits cut into groups, read in one style (or a style per group for 'mixed'); now and then
        a hesitation between groups, or a wrong group put right on the spot."""
        groups, i = [], 0
        for size in sizes:
            if i < len(digits):
                groups.append(digits[i:i + size])
                i += size
        if i < len(digits):
            groups.append(digits[i:])
        parts = []
        for g in groups:
            st = style if style != "mixed" else self.c("single", "single", "pairs", "whole")
            parts.append((g, st, self.group_words(sp, g, st)))
        words = [w for _, _, w in parts]
        if slip and groups:
            k = self.rng.randrange(len(groups))
            g, st, w = parts[k]
            wrong = self.wrong_digits(g)
            words[k] = f"{self.group_words(sp, wrong, st)}, {self.oops()} {w}"
        if hes and len(groups) > 1:
            k = self.rng.randrange(1, len(groups))
            words[k] = f"{self.hes()} {words[k]}"
        return ", ".join(words)

    def wrong_digits(self, g: str) -> str:
        """The same group with one digit changed (a slip, or a mishearing)."""
        k = self.rng.randrange(len(g))
        if len(g) > 1 and k == 0 and g[0] == "0":
            k = 1
        d = self.rng.choice([x for x in "0123456789" if x != g[k] and not (k == 0 and x == "0" and len(g) > 1)])
        return g[:k] + d + g[k + 1:]

    def letter(self, ch: str, mode: str) -> str:
        if self.it:
            if mode == "city":
                return f"{IT_LETTERS[ch]} come {IT_CITIES[ch]}"
            if mode == "cityonly":
                return IT_CITIES[ch]
            return IT_LETTERS[ch]
        if mode == "nato":
            return NATO[ch]
        if mode == "word":
            return f"{ch} for {K_EN_WORDS[ch]}"
        return ch

    def spell(self, code: str, sp, mode: str, style: str = "single", sizes=None, slip=False, hes=False) -> str:
        """A code: letters named in the speaker's way, digit runs read in groups."""
        parts, i = [], 0
        while i < len(code):
            ch = code[i]
            if ch.isalpha():
                parts.append(self.letter(ch.upper(), mode))
                i += 1
            elif ch.isdigit():
                j = i
                while j < len(code) and code[j].isdigit():
                    j += 1
                run = code[i:j]
                sz = sizes or ([len(run)] if len(run) <= 4 else [3] * (len(run) // 3))
                parts.append(self.read_digits(sp, run, sz, style, slip=slip, hes=hes))
                slip = hes = False
                i = j
            else:
                parts.append({"/": "barra" if self.it else "slash", "-": "trattino" if self.it else "dash"}[ch])
                i += 1
        return ", ".join(parts)

    def agent_mode(self) -> str:
        return "plain" if self.it or self.rng.random() < 0.6 else "nato"

    # ------------------------------------------------------------------ values

    def person_value(self, surname_first: bool = False):
        if surname_first:
            v = f"{self.last} {self.first}"
            return ("PERSON", v, v)
        v = f"{self.first} {self.last}"
        return ("PERSON", v, v)

    def phone_value(self, landline: bool = False, sp=None, slip=False, hes=False, region=None):
        r, sp = self.rng, sp or self.cust_sp
        region = region or self.region
        digits = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
        if region == "it":
            if landline:
                area = self.home[3]
                rest = r.choice([6, 7]) if len(area) == 3 else 6
                v = area + r.choice("2345689") + digits(rest - 1)
                sizes = [len(area)] + r.choice([[3, 3], [2, 2, 2]] if rest == 6 else [[3, 4], [3, 2, 2]])
                style = r.choice(["single", "pairs", "mixed"])
                rest_s = self.read_digits(sp, v[len(area):], sizes[1:], style, slip=slip, hes=hes)
                spoken = f"{sp.whole(area)}, {rest_s}"
                return ("PHONE_NUMBER", v, spoken)
            v = "3" + r.choice(K_IT_MOBILE) + digits(7)
            sizes = r.choice([[3, 3, 4], [3, 4, 3], [3, 3, 2, 2], [3, 7]])
            style = r.choice(["single", "single", "pairs", "mixed"])
        elif region == "uk":
            if landline:
                area = self.home[2]
                v = area + r.choice("2345678") + digits(10 - len(area))
                rest = 11 - len(area)
                sizes = [len(area)] + ([3, 4] if rest == 7 else [6] if rest == 6 else [4, 4])
            else:
                v = "07" + r.choice("4579") + digits(8)
                sizes = r.choice([[5, 6], [5, 3, 3], [4, 3, 4]])
            style = r.choice(["single", "single", "single", "mixed"])
        else:
            v = self.home[3] + r.choice("23456789") + digits(6)
            sizes = [3, 3, 4]
            style = r.choice(["single", "single", "mixed"])
        return ("PHONE_NUMBER", v, self.read_digits(sp, v, sizes, style, slip=slip, hes=hes))

    def mail_domain(self, region=None):
        region = region or self.region
        return self.c(*{"it": K_IT_MAIL, "uk": K_UK_MAIL, "us": K_US_MAIL}[region])

    def say_email(self, local: str, domain: tuple, sp, mode: str) -> str:
        """'agnese.ricci' + tin.it -> 'agnese punto ricci chiocciola tin punto it' (or letters spelled)."""
        it = self.it
        dot, at = ("punto", "chiocciola") if it else ("dot", "at")
        out = []
        for tok in re.findall(r"[a-z]+|[0-9]+|[._-]", local):
            if tok.isdigit():
                out.append(sp.whole(tok) if len(tok) <= 2 else sp.one_by_one(tok))
            elif tok in "._-":
                out.append({".": dot, "_": "trattino basso" if it else "underscore",
                            "-": "trattino" if it else self.c("dash", "hyphen")}[tok])
            elif mode == "spell" or len(tok) == 1:
                out.append(", ".join(self.letter(ch.upper(), self.spell_mode if mode == "spell" else "plain")
                                     for ch in tok))
            else:
                out.append(tok)
                dbl = re.search(r"([a-z])\1", tok)
                if mode == "hint" and dbl:
                    x = dbl.group(1).upper()
                    out[-1] += (f", con {IT_LETTERS[x]} doppia," if it else
                                self.c(f", with a double {x},", f", two {x}s,"))
        host, *tld = domain[0].split(".")
        spoken_local = (", " if mode == "spell" else " ").join(out).rstrip(",")
        return f"{spoken_local} {at} {domain[1]} " + " ".join(f"{dot} {t}" for t in tld)

    def email_value(self, first=None, last=None, sp=None, region=None, born=None):
        r, sp = self.rng, sp or self.cust_sp
        first = re.sub(r"[^a-z]", "", (first or self.first).lower())
        last = re.sub(r"[^a-z]", "", (last or self.last).lower())
        born = born or self.born
        num = str(r.choice([born.year % 100, r.randint(2, 99), born.year]))
        if len(num) == 1:
            num = "0" + num
        shape = r.choice(["f.l", "f.l", "fl", "flnum", "f_l", "il", "l.f", "fnum", "l-f"])
        local = {"f.l": f"{first}.{last}", "fl": f"{first}{last}", "flnum": f"{first}{last}{num}",
                 "f_l": f"{first}_{last}", "il": f"{first[0]}{last}", "l.f": f"{last}.{first}",
                 "fnum": f"{first}{num}", "l-f": f"{last}-{first[0]}"}[shape]
        if shape == "il":
            local = f"{first[0]}.{last}" if r.random() < 0.5 else local
        domain = self.mail_domain(region)
        mode = r.choice(["words", "words", "words", "hint", "spell"])
        spoken = self.say_email(local, domain, sp, mode)
        return ("EMAIL_ADDRESS", f"{local}@{domain[0]}", spoken), local, domain

    def fiscal_value(self):
        r, sp = self.rng, self.cust_sp
        town = r.choice(K_IT_TOWNS)[2]
        v = fiscal_code(self.first, self.last, self.born, self.female, town)
        mode = self.spell_mode
        if r.random() < 0.5:            # in its blocks: surname, name, year, month, day, town, check letter
            blocks = [v[0:3], v[3:6], v[6:8], v[8], v[9:11], v[11], v[12:15], v[15]]
            words = []
            for b in blocks:
                if b.isdigit():
                    plain = b[0] == "0" or (not self.it and len(b) == 3)
                    words.append(sp.one_by_one(b) if plain else sp.whole(b))
                else:
                    words.append(" ".join(self.letter(ch, mode) for ch in b))
            spoken = ", ".join(words)
        else:
            spoken = self.spell(v, sp, mode, self.c("single", "whole"))
        return ("IT_FISCAL_CODE", v, spoken)

    def iban_value(self, slip=False, hes=False):
        r, sp = self.rng, self.cust_sp
        digits = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
        if self.it or r.random() < 0.15:
            conto = ("0000" + digits(8)) if r.random() < 0.5 else digits(12)
            v = iban("IT", r.choice("ABCDEFGHIJKLMNPRSTUVWXZ") + digits(5) + digits(5) + conto)
            struct = [v[0:2], v[2:4], v[4], v[5:10], v[10:15], v[15:]]
        else:
            v = iban("GB", r.choice(["ABBY", "CPBK", "TSBS", "RBOS", "NAIA", "BUKB"]) + digits(6) + digits(8))
            struct = [v[0:2], v[2:4], v[4:8], v[8:14], v[14:]]
        mode = self.c("plain", "plain", self.spell_mode)
        style = self.c("single", "single", "pairs", "mixed")
        if r.random() < 0.5:          # as printed, in fours
            groups = [v[i:i + 4] for i in range(0, len(v), 4)]
        else:                         # by its parts
            groups = struct
        words = []
        for g in groups:
            if g.isdigit():
                n = len(g)
                if n <= 5:
                    sizes = [n]
                elif n == 6 and v.startswith("GB"):
                    sizes = [2, 2, 2]                          # a sort code, in pairs
                elif n % 4 == 0:
                    sizes = [4] * (n // 4)
                else:
                    sizes = [3] * (n // 3)
                words.append(self.read_digits(sp, g, sizes, style))
            else:
                words.append(self.spell(g, sp, mode, style))
        if slip:
            k = r.randrange(len(groups))
            if groups[k].isdigit():
                words[k] = f"{self.read_digits(sp, self.wrong_digits(groups[k]), [len(groups[k])], 'single')}, " \
                           f"{self.oops()} {words[k]}"
        if hes:
            k = r.randrange(2, len(words))
            words[k] = f"{self.hes()} {words[k]}"
        return ("IBAN_CODE", v, ", ".join(words))

    def card_value(self, slip=False, hes=False):
        r, sp = self.rng, self.cust_sp
        kind = r.choice(["visa", "visa", "mc", "amex"])
        if kind == "amex":
            v = luhn_complete(r.choice(["34", "37"]), 15, r)
            sizes = [4, 6, 5]
        else:
            v = luhn_complete("4" if kind == "visa" else str(r.randint(51, 55)), 16, r)
            sizes = [4, 4, 4, 4]
        self.brand = {"visa": "Visa", "mc": "Mastercard", "amex": "American Express"}[kind]
        style = r.choice(["single", "single", "pairs", "whole", "mixed"])
        return ("CREDIT_CARD", v, self.read_digits(sp, v, sizes, style, slip=slip, hes=hes))

    def dob_value(self, slip=False):
        b, r, sp = self.born, self.rng, self.cust_sp
        if self.it:
            day = "primo" if b.day == 1 else it_words(b.day)
            yy = it_words(b.year % 100) if b.year < 2000 and b.year % 100 >= 10 else it_words(b.year)
            form = r.choice(["long", "del", "numeric", "year_first"])
            if form == "long":
                s = f"{day} {IT_MONTHS[b.month - 1]} {it_words(b.year)}"
                lead = self.c("il", self.g("sono nato il", "sono nata il"), "è il")
            elif form == "del":
                s = f"{day} {IT_MONTHS[b.month - 1]} del {yy}"
                lead = self.c("il", self.g("sono nato il", "sono nata il"))
            elif form == "numeric":
                s = f"{it_words(b.day)}, {sp.whole(f'{b.month:02d}')}, {self.c(yy, it_words(b.year))}"
                lead = self.c("allora,", "sì,", "")
            else:
                s = f"{yy}, {day} {IT_MONTHS[b.month - 1]}"
                lead = "sono del"
            if slip and form in ("long", "del"):
                wrong = it_words(b.day + 1)
                s = f"{wrong}, {self.oops()} {s}"
        else:
            yy = en_words(b.year % 100) if b.year < 2000 and b.year % 100 >= 10 else en_year(b.year)
            us = self.region == "us"
            form = r.choice(["us", "us", "numeric"] if us else ["uk", "uk_short", "numeric", "third", "us"])
            if form == "uk":
                s = f"the {en_ordinal(b.day)} of {EN_MONTHS[b.month - 1]}, {en_year(b.year)}"
            elif form == "uk_short":
                s = f"{en_ordinal(b.day)} of {EN_MONTHS[b.month - 1]} {yy}"
            elif form == "third":
                s = f"the {en_ordinal(b.day)} of the {en_ordinal(b.month)}, {yy}"
            elif form == "us":
                s = f"{EN_MONTHS[b.month - 1]} {en_ordinal(b.day)}, {en_year(b.year)}"
            else:
                a, m = (b.month, b.day) if us else (b.day, b.month)
                s = f"{en_words(a)}, {en_words(m)}, {yy}"
            lead = self.c("it's", "I was born on", "", "yeah,") if form != "third" else self.c("it's", "")
            if slip and form in ("uk", "us"):
                s = (f"the {en_ordinal(b.day + 1)}, {self.oops()} " if form == "uk" else
                     f"{EN_MONTHS[b.month - 1]} {en_ordinal(b.day + 1)}, {self.oops()} ") + s
        return ("DATE_OF_BIRTH", b.isoformat(), s), lead

    def postcode_words(self, pc: str, sp) -> str:
        out_, in_ = pc.split()
        m = re.match(r"([A-Z]+)(\d+)", out_)
        letters, num = m.group(1), m.group(2)
        mode = self.c("plain", "plain", "plain", "nato") if self.spell_mode != "word" else self.c("plain", "word")
        lw = " ".join(self.letter(ch, mode) for ch in letters)
        nw = en_words(int(num)) if self.rng.random() < 0.5 else sp.one_by_one(num)
        iw = f"{sp.digit(in_[0])} " + " ".join(self.letter(ch, mode) for ch in in_[1:])
        return f"{lw} {nw}, {iw}"

    def address_parts(self, sp=None):
        """(full value, full spoken, postcode value, postcode spoken, street value, street spoken)."""
        r, sp = self.rng, sp or self.cust_sp
        n = self.house
        if self.region == "it":
            kind, name = self.street
            town, cap = self.home[0], self.home[1]
            sfx_v = sfx_s = ""
            x = r.random()
            if x < 0.12:
                sfx_v, sfx_s = " bis", " bis"
            elif x < 0.24:
                k = r.choice("ABC")
                sfx_v, sfx_s = f", scala {k}", f", scala {IT_LETTERS[k]}"
            elif x < 0.36:
                k = r.randint(2, 18)
                sfx_v, sfx_s = f", interno {k}", f", interno {it_words(k)}"
            num = it_words(n)
            cap_s = sp.one_by_one(cap) if cap[0] == "0" or r.random() < 0.6 else it_words(int(cap))
            street_v, street_s = f"{kind} {name} {n}{sfx_v}", f"{kind} {name} {num}{sfx_s}"
            self.addr_extra = (sfx_v, sfx_s)
            form = r.choice(["cap", "cap", "numero", "town_first", "cap_after"])
            if form == "cap":
                v, s = f"{street_v}, {cap} {town}", f"{street_s}, {cap_s}, {town}"
            elif form == "numero":
                v, s = f"{street_v}, {town}", f"{kind} {name}, numero {num}{sfx_s}, a {town}"
            elif form == "town_first":
                v, s = f"{town}, {street_v}", f"{town}, {street_s}"
            else:
                v, s = f"{street_v}, {town} {cap}", f"{street_s}, {town}, cap {cap_s}"
            return v, s, f"{cap} {town}", f"{cap_s}, {town}", street_v, street_s
        if self.region == "uk":
            street = self.street
            town, pc = self.home[0], self.home[1]
            pc_s = self.postcode_words(pc, sp)
            num = en_words(n) if n < 100 or r.random() < 0.6 else sp.pairs(str(n))
            flat_v = flat_s = ""
            if r.random() < 0.25:
                f = r.randint(1, 14)
                flat_v, flat_s = f"Flat {f}, ", f"flat {en_words(f)}, "
            street_v, street_s = f"{flat_v}{n} {street}", f"{flat_s}{num} {street}"
            self.addr_extra = (flat_v, flat_s)
            if r.random() < 0.7:
                v, s = f"{street_v}, {town} {pc}", f"{street_s}, {town}, {pc_s}"
            else:
                v, s = f"{street_v}, {pc}", f"{street_s}, {pc_s}"
            return v, s, pc, pc_s, street_v, street_s
        city, state, zipc = self.home[0], self.home[1], self.home[2]
        street = self.street
        apt_v = apt_s = ""
        if r.random() < 0.3:
            a = r.randint(1, 9)
            k = r.choice("ABCD")
            apt_v, apt_s = f", Apt {a}{k}", f", apartment {en_words(a)} {k}"
        num = sp.pairs(str(n)) if r.random() < 0.7 else sp.one_by_one(str(n))
        street_v, street_s = f"{n} {street}{apt_v}", f"{num} {street}{apt_s}"
        self.addr_extra = (apt_v, apt_s)
        zip_s = sp.one_by_one(zipc)
        v, s = f"{street_v}, {city}, {state} {zipc}", f"{street_s}, {city}, {state}, {zip_s}"
        return v, s, zipc, zip_s, street_v, street_s

    def code_value(self, what: str, sp=None, slip=False, hes=False):
        """An order, invoice or ticket number (all labelled ORDER_NUMBER)."""
        r = self.rng
        sp = sp or self.cust_sp
        digits = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
        mode = self.c("plain", self.spell_mode) if sp is self.cust_sp else self.agent_mode()
        style = self.c("single", "single", "pairs", "mixed")
        if what == "order":
            shape = r.choice(["num", "num", "alpha", "dash" if not self.it else "alpha"])
            if shape == "num":
                v = r.choice("4789") + digits(r.choice([8, 9]))
                sizes = r.choice([[3, 3, 3], [2, 2, 2, 2, 2], [4, 3, 3]])
                return ("ORDER_NUMBER", v, self.read_digits(sp, v, sizes, style, slip=slip, hes=hes))
            if shape == "alpha":
                v = "".join(r.choice("BCDFHKMNPRTVWX") for _ in range(2)) + digits(7)
                return ("ORDER_NUMBER", v, self.spell(v, sp, mode, style, sizes=[3, 4], slip=slip, hes=hes))
            v = f"{r.randint(100, 999)}-{digits(7)}"
            s = f"{sp.one_by_one(v[:3])}, dash, {self.read_digits(sp, v[4:], [3, 4], style, slip=slip, hes=hes)}"
            return ("ORDER_NUMBER", v, s)
        if what == "invoice":
            shape = r.choice(["year", "letters", "num"])
            if shape == "year":
                y = r.choice([2024, 2025, 2026])
                v = f"{y}/{digits(6)}"
                ys = it_words(y) if self.it else en_year(y)
                s = f"{ys}, {'barra' if self.it else 'slash'}, {self.read_digits(sp, v[5:], [3, 3], style, slip, hes)}"
                return ("ORDER_NUMBER", v, s)
            if shape == "letters":
                v = ("FE" if self.it else "INV") + digits(8 if self.it else 7)
                return ("ORDER_NUMBER", v, self.spell(v, sp, "plain", style, sizes=[4, 4] if self.it else [3, 4],
                                                      slip=slip, hes=hes))
            v = r.choice("123456789") + digits(10)
            return ("ORDER_NUMBER", v, self.read_digits(sp, v, [3, 4, 4], style, slip=slip, hes=hes))
        shape = r.choice(["inc", "tt", "num"])
        if shape == "inc":
            v = "INC" + digits(7)
            return ("ORDER_NUMBER", v, self.spell(v, sp, "plain", style, sizes=[3, 4], slip=slip, hes=hes))
        if shape == "tt":
            v = "TT" + digits(8)
            return ("ORDER_NUMBER", v, self.spell(v, sp, mode, style, sizes=[4, 4], slip=slip, hes=hes))
        v = r.choice("123456789") + digits(8)
        return ("ORDER_NUMBER", v, self.read_digits(sp, v, [3, 3, 3], style, slip=slip, hes=hes))

    def health_value(self):
        pool = [h for h in K_HEALTH if (h[1] is not None or self.female)
                and (h[0] != "allergy" or self.purpose == "technical_support")]
        cat, m, f, en = self.c(*pool)
        v = (f if self.female else m) if self.it else en
        return cat, ("HEALTH", v, v)

    def wrong_surname(self) -> str:
        s = self.last.replace(" ", "")
        fixed = {"Reid": "Reed", "Stevens": "Stephens", "Fraser": "Frazer", "Lloyd": "Loyd", "Moffat": "Moffatt",
                 "Gibson": "Gibbson", "Abbott": "Abbot", "Holmes": "Holms", "Taylor": "Tayler",
                 "Kowalczyk": "Kowalcyk", "Ahmed": "Ahmad", "Hussain": "Hussein", "Russo": "Rosso"}
        if s in fixed:
            return fixed[s]
        m = re.search(r"([a-z])\1", s)
        if m:
            return s[:m.start()] + s[m.start() + 1:]
        if s[-1] in "aeio":
            return s[:-1] + {"a": "e", "e": "i", "i": "o", "o": "i"}[s[-1]]
        if "s" in s:
            return s.replace("s", "z", 1)
        return s + "e"

    # ------------------------------------------------------------------ planning

    def plan(self) -> list[Item]:
        r, purpose = self.rng, self.purpose
        target = r.randint(8, 11)
        items = [Item(k, v) for k, v in KEEPS[purpose]]
        if purpose == "billing_support" and self.it:
            items.append(Item("IT_FISCAL_CODE", "id"))
        if purpose == "technical_support" and r.random() < 0.45:
            items[0].variant = "agent"            # the agent opens the ticket and gives its number
        never = list(NEVER)
        r.shuffle(never)
        items += [Item(k) for k in never[:3 if r.random() < 0.35 else 2]]
        likely = []
        for k, v in LIKELY[purpose]:
            if k == "IT_FISCAL_CODE" and (any(i.kind == k for i in items) or
                                          (not self.it and (purpose != "billing_support" or r.random() < 0.6))):
                continue                  # asked already, or an English caller without Italian paperwork
            if self.region == "us" and k in ("IBAN_CODE", "IT_FISCAL_CODE"):
                continue
            likely.append(Item(k, v))
        room = target - sum(i.cost() for i in items)

        # a second person's details (new in this set)
        if r.random() < 0.45:
            variant, cost = self.c(*SECOND_KINDS[purpose])
            iban_item = next((i for i in items if i.kind == "IBAN_CODE"), None)
            if variant == "iban_holder" and iban_item is None:
                variant, cost = "billing_copy", 2
            if cost <= room:
                if variant == "iban_holder":
                    iban_item.holder = True
                else:
                    s = Item("SECOND", variant)
                    s.second_cost = cost
                    items.append(s)
                room -= cost
        # a read-back the caller has to correct (new in this set)
        if r.random() < 0.4 and room >= 2:
            able = [i for i in items if i.kind in FIXABLE_KINDS and i.variant != "agent"]
            choice = self.c(*able, "name") if able else "name"
            if choice == "name":
                self.name_fix = True
            else:
                choice.fix = True
            room -= 2
        # fill up to the target with everyday extras
        while room > 0:
            cands = []
            for it in likely:
                cands += [("add", it)] * 2
            for it in items:
                if it.kind in READBACK_KINDS and not (it.rb or it.fix):
                    cands.append(("rb", it))
                if it.kind == "ADDRESS" and not it.split:
                    cands.append(("split", it))
            if not (self.name_spell or self.name_fix):
                cands.append(("spell", None))
            if not self.bye_name:
                cands.append(("bye", None))
            if not cands:
                break
            what, it = self.c(*cands)
            if what == "add":
                items.append(it)
                likely.remove(it)
            elif what == "rb":
                it.rb = True
            elif what == "split":
                it.split = True
            elif what == "spell":
                self.name_spell = True
            else:
                self.bye_name = True
            room -= 1
        for it in items:
            it.look = it.kind in LOOKUP_KINDS and it.variant != "agent" and r.random() < 0.2
            it.slip = it.kind in ("PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "ORDER_NUMBER", "DATE_OF_BIRTH") \
                and it.variant != "agent" and r.random() < 0.12
            it.hes = not it.slip and r.random() < 0.2

        order = ORDER[purpose]

        def rank(it: Item) -> float:
            k = it.key()
            pos = order.index(k) if k in order else order.index(it.kind)
            return pos + r.uniform(0, 1.4)
        return sorted(items, key=rank)

    # ------------------------------------------------------------------ read-backs and acknowledgements

    def ack(self):
        if self.rng.random() < 0.55:
            self.say("agent", self.p(["Grazie.", "Perfetto.", "Bene, segnato.", "D'accordo."],
                                     ["Thanks.", "Lovely.", "Got that.", "Great, thank you."]))

    def spoken_back(self, value, sp):
        """How the agent repeats a value."""
        label, v, _ = value
        if label == "PHONE_NUMBER":
            sizes = [3, 3, 4] if len(v) == 10 else [5, 6] if len(v) == 11 else [3] * (len(v) // 3)
            return self.read_digits(sp, v, sizes, "single")
        if label == "EMAIL_ADDRESS":
            local, domain = v.split("@")
            spoken_host = next(h for d, h in K_IT_MAIL + K_UK_MAIL + K_US_MAIL if d == domain)
            return self.say_email(local, (domain, spoken_host), sp, "words")
        if label == "IBAN_CODE":
            return ", ".join(self.spell(v[i:i + 4], sp, "plain", "single") for i in range(0, len(v), 4))
        if re.fullmatch(r"\d+", v):
            return self.read_digits(sp, v, [3] * (len(v) // 3) or [len(v)], "single")
        return self.spell(v, sp, self.agent_mode(), "single")

    def wrong_value(self, value):
        """What the agent mishears: a digit off, or the wrong e-mail provider."""
        label, v, _ = value
        if label == "EMAIL_ADDRESS":
            local, domain = v.split("@")
            bank = {"it": K_IT_MAIL, "uk": K_UK_MAIL, "us": K_US_MAIL}[self.region]
            if ("." in local or "_" in local) and self.rng.random() < 0.35:
                return f"{re.sub(r'[._]', '', local)}@{domain}", "local"
            other = self.c(*[d for d, _ in bank if d != domain])
            return f"{local}@{other}", "domain"
        digit_at = [k for k, ch in enumerate(v) if ch.isdigit()][-4:]
        k = self.rng.choice(digit_at)
        return v[:k] + self.wrong_digits(v[k]) + v[k + 1:], "digits"

    def after(self, it: Item, value, speaker_back: str = "agent"):
        """What follows a value: nothing much, a read-back, or a read-back the caller corrects."""
        label, v, _ = value
        sp = self.agent_sp if speaker_back == "agent" else self.cust_sp
        if it.fix:
            wrong, how = self.wrong_value(value)
            self.say("agent", self.p(["Allora, ho scritto", "Le rileggo:", "Quindi"],
                                     ["So I've got", "Let me read that back:", "That's"]),
                     (label, wrong, self.spoken_back((label, wrong, ""), sp)),
                     self.p(["giusto?", "corretto?", ""], ["is that right?", "yes?", ""]))
            if how == "digits" and self.rng.random() < 0.5:
                tail = re.sub(r"\D", "", v)[-4:]
                self.say("customer", self.p(["No, alla fine è", "Quasi, l'ultima parte è", "No, scusi, finisce con"],
                                            ["Not quite, the end is", "Almost, the last bit's", "No, it ends"]),
                         (label, tail, self.read_digits(self.cust_sp, tail, [4], "single")), ".")
            elif how == "domain":
                local, domain = v.split("@")
                self.say("customer", self.p(["No, il dominio è diverso:", "No, non è quello:"],
                                            ["No, it's a different provider:", "Not that provider, sorry:"]),
                         (label, v, self.spoken_back(value, self.cust_sp)), ".")
            else:
                self.say("customer", self.p(["No, mi scusi, è", "Non proprio:", "No, ripeto:"],
                                            ["No, sorry, it's", "Not quite, it's", "No, let me say it again:"]),
                         (label, v, self.spoken_back(value, self.cust_sp)), ".")
            self.say("agent", self.p(["Ah, avevo capito male, correggo.", "Mi scusi, sistemato.", "Giusto, grazie."],
                                     ["Ah, sorry, I misheard. Fixed now.", "Got it, thanks for catching that.",
                                      "Sorry about that, corrected."]))
        elif it.rb:
            self.say(speaker_back, self.p(["Le rileggo:", "Ripeto per sicurezza:", "Quindi"],
                                          ["Let me just read that back:", "So that's", "Just to check,"]),
                     (label, v, self.spoken_back(value, sp)),
                     self.p(["giusto?", "corretto?", "", "va bene?"], ["is that right?", "yes?", "", "correct?"]))
            other = "customer" if speaker_back == "agent" else "agent"
            self.say(other, self.p(["Sì, esatto.", "Perfetto, sì.", "Sì."], ["Yes, that's it.", "Spot on.", "Yep."]))
        else:
            self.ack()

    def lookup(self, it: Item, it_what: str, en_what: str) -> str | None:
        """A value the caller has to go and find; returns the lead for when it's found."""
        if not it.look:
            return None
        self.say("customer", self.p([f"Un attimo che {it_what}.", f"Aspetti, {it_what}."],
                                    [f"Hang on, {en_what}.", f"Give me a sec, {en_what}."]))
        self.say("agent", self.p(["Certo, faccia con calma.", "Prego, la aspetto.", "Nessuna fretta."],
                                 ["Of course, take your time.", "No rush.", "Sure, I'll wait."]))
        return self.p(["Eccomi, allora:", "Trovato:", "Ecco qua:"],
                      ["Right, got it:", "Okay, here we go:", "Found it:"])

    # ------------------------------------------------------------------ the items

    def ask(self, it: Item):
        getattr(self, "ask_" + it.kind.lower())(it)

    def ask_phone_number(self, it: Item):
        v, P = it.variant, self.p
        if v == "landline":
            q = P(["Qual è il numero della linea fissa che non funziona?", "Mi dice il numero del fisso?"],
                  ["What's the number of the line that's not working?", "And the landline number itself?"])
            lead = P(["Il fisso è il", "È il", "Allora,"], ["It's", "The landline's", "That's"])
        elif v == "courier":
            q = P(["Il corriere telefona prima di passare: a che numero?", "Mi lascia un numero per il corriere?"],
                  ["The driver will ring ahead, which number's best?", "Can I take a number for the courier?"])
            lead = P(["Sì, il cellulare è", "Mi chiami pure al", "Allora,"],
                     ["Yeah, it's", "Try my mobile,", "Sure,"])
        elif self.purpose == "technical_support":
            q = P(["Su che numero la può chiamare il tecnico?",
                   "Mi dà un cellulare per gli aggiornamenti sul guasto?"],
                  ["What number should the engineer call before they arrive?",
                   "Can I take a mobile for updates on the fault?"])
            lead = P(["Il cellulare è il", "Mi trova al", "Allora, segni:"], ["My mobile is", "Best is", "Yeah, it's"])
        elif self.purpose == "sales_first_contact":
            q = P(["Mi lascia un numero per richiamarla?", "A che numero le mando il riepilogo dell'offerta?",
                   "Qual è il suo cellulare?"],
                  ["What's the best number to get you on?", "Can I take a mobile number to text you the details?",
                   "And a phone number for you?"])
            lead = P(["Sì, è il", "Certo,", "Dunque,", "Il mio è il"],
                     ["Sure, it's", "My mobile's", "Okay,", "It's"])
        else:
            q = P(["Mi lascia un recapito telefonico aggiornato?",
                   "Il numero che abbiamo è vecchio, me ne lascia un altro?"],
                  ["Can I update your contact number while I'm here?",
                   "Is there a phone number we can reach you on about this?"])
            lead = P(["Sì, il", "Certo, è il", "Allora,"], ["Yes, it's", "Sure,", "Ring me on"])
        self.say("agent", q)
        value = self.phone_value(landline=v == "landline", slip=it.slip, hes=it.hes)
        self.say("customer", lead, value, "." if self.rng.random() < 0.5 else "")
        self.after(it, value)

    def ask_email_address(self, it: Item):
        v, P = it.variant, self.p
        q = {"offer": (["Mi dà la mail così le mando l'offerta?", "A che indirizzo email le mando il contratto?",
                        "Ha una mail dove ricevere la proposta?"],
                       ["What's your email, so I can send the quote over?", "Where shall I email the contract?",
                        "Have you got an email address for the paperwork?"]),
             "tracking": (["Le mando il link per seguire la spedizione: a quale mail?",
                           "Mi conferma la mail per gli avvisi?"],
                          ["I'll email you a tracking link, what address should I use?",
                           "Which email should the updates go to?"]),
             "bills": (["Vuole ricevere le bollette via mail? A che indirizzo?",
                        "Mi dà una mail per la bolletta elettronica?"],
                       ["Shall we switch you to paperless bills? What email?",
                        "Which email would you like the bills sent to?"]),
             "report": (["Le mando il resoconto dell'intervento per mail: quale indirizzo?",
                         "Mi lascia una mail per il rapporto?"],
                        ["I'll email a summary of the fault, which address?",
                         "Can I take an email for the engineer's report?"]),
             }[v or "offer"]
        self.say("agent", P(*q))
        value, _, _ = self.email_value()
        lead = P(["Sì, è", "Allora,", "Certo, scriva:", ""], ["It's", "Yeah, it's", "Sure,", "Okay, so"])
        tail = P(["senza maiuscole.", "tutto unito.", "", ""], ["no capitals.", "no spaces.", "", ""])
        self.say("customer", lead, value, tail)
        self.after(it, value)

    def ask_address(self, it: Item):
        P = self.p
        v, s, pv, ps, sv, ss = self.address_parts()
        if it.split:
            self.say("agent", P(["Partiamo dal CAP: me lo dice?", "Mi dà prima il codice postale?"],
                                ["Let's start with the postcode.", "What's your postcode?"] if self.region == "uk"
                                else ["What's the ZIP code there?", "Let's start with the ZIP code."]))
            self.say("customer", P(["Sì,", "È", ""], ["It's", "Yeah,", ""]), ("ADDRESS", pv, ps), ".")
            self.say("agent", P(["E la via con il numero civico?", "Bene. Via e numero?"],
                                ["And the house number and street?", "Lovely. And the first line?"]))
            self.say("customer", P(["Allora,", "", "Sto in"], ["It's", "", "We're at"]), ("ADDRESS", sv, ss), ".")
        else:
            q = {"customer_care": (["Mi conferma l'indirizzo di consegna?", "A che indirizzo doveva arrivare il pacco?",
                                    "Dove glielo rispediamo?", "Mi dice l'indirizzo completo?"],
                                   ["What's the delivery address?", "Can you confirm where it's being delivered?",
                                    "Where should we send the replacement?"]),
                 "sales_first_contact": (["A che indirizzo andrebbe attivato il servizio?",
                                          "Mi dà l'indirizzo, così verifico la copertura?"],
                                         ["What's the address, so I can check coverage?",
                                          "Where would the service be installed?"]),
                 "billing_support": (["Qual è l'indirizzo di fatturazione?",
                                      "A che indirizzo le arrivano le bollette?",
                                      "Mi conferma l'indirizzo di residenza?"],
                                     ["What's the billing address on the account?", "Where do your bills get sent?",
                                      "Can you confirm the address on the account?"]),
                 "technical_support": (["Il tecnico dove deve venire?", "Mi conferma l'indirizzo dell'impianto?"],
                                       ["What's the address where the fault is?",
                                        "Where would the engineer need to go?"]),
                 }[self.purpose]
            self.say("agent", P(*q))
            if self.it:
                lead = self.c("Abito a", "Sto a", "Allora,") if s.startswith(self.home[0]) else \
                    self.c("Abito in", "Sto in", "Allora,", "È", "")
            else:
                lead = self.c("It's", "I'm at", "We're at", "Yeah,", "")
            self.say("customer", lead, ("ADDRESS", v, s), ".")
        if it.rb or it.fix:
            # the agent repeats a shorter form: street, number (flat, staircase...) and town or postcode
            sp, (xv, xs) = self.agent_sp, self.addr_extra
            if self.it:
                kind, name = self.street
                back_v, back_s = f"{kind} {name} {self.house}{xv}, {self.home[0]}", \
                    f"{kind} {name} {it_words(self.house)}{xs}, {self.home[0]}"
            elif self.region == "uk":
                back_v, back_s = f"{xv}{self.house} {self.street}, {self.home[1]}", \
                    f"{xs}{en_words(self.house)} {self.street}, {self.postcode_words(self.home[1], sp)}"
            else:
                back_v, back_s = f"{self.house} {self.street}{xv}, {self.home[0]}", \
                    f"{sp.pairs(str(self.house))} {self.street}{xs}, {self.home[0]}"
            self.say("agent", self.p(["Quindi", "Le rileggo:"], ["So that's", "Let me check I've got it:"]),
                     ("ADDRESS", back_v, back_s), self.p(["giusto?", "corretto?"], ["right?", "yes?"]))
            self.say("customer", self.p(["Sì, esatto.", "Sì."], ["That's it.", "Yep, that's right."]))
        else:
            self.ack()

    def ask_order_number(self, it: Item):
        P, what = self.p, it.variant
        if what == "agent":
            self.say("agent", P(["Le apro una segnalazione nuova.", "Allora, apro un ticket per il guasto."],
                                ["I'm opening a new fault ticket for you.", "Right, I'll raise a ticket for this."]))
            value = self.code_value("ticket", sp=self.agent_sp)
            self.say("agent", P(["Il numero è", "Si segni il numero:", "Il riferimento è"],
                                ["The reference is", "Jot this down, it's", "Your ticket number is"]), value, ".")
            if it.rb:
                self.say("customer", P(["Aspetti che scrivo:", "Ripeto:"], ["Let me write that down:", "So that's"]),
                         ("ORDER_NUMBER", value[1], self.spoken_back(value, self.cust_sp)), "?")
                self.say("agent", P(["Esatto.", "Sì, perfetto."], ["That's right.", "Yes, spot on."]))
            else:
                self.say("customer", P(["Ok, segnato.", "Grazie, me lo scrivo."],
                                       ["Okay, got it.", "Thanks, I've written it down."]))
            return
        q = {"order": (["Mi dà il numero dell'ordine?", "Ha la mail di conferma? In alto c'è il codice dell'ordine.",
                        "Qual è il riferimento dell'acquisto?", "Mi legge il numero d'ordine, così lo cerco?"],
                       ["Have you got the order number there?",
                        "What's the order reference? It's on the confirmation email.",
                        "Could you read me the order number so I can find it?", "Do you have your order ID?"]),
             "invoice": (["Mi dice il numero della fattura? Lo trova in alto a destra.",
                          "Qual è il numero del documento?",
                          "Ha sottomano la bolletta? Mi serve il numero della fattura."],
                         ["What's the invoice number at the top of the bill?", "Could I have the bill reference?",
                          "Have you got the invoice in front of you? I need the number on it."]),
             "ticket": (["Ha già un numero di segnalazione?", "Mi dà il codice del ticket che le abbiamo mandato?",
                         "Qual è il numero della pratica di guasto?"],
                        ["Do you have a fault reference?", "What's the ticket number from last time?",
                         "Did you get a case number when you reported it?"]),
             }[what]
        self.say("agent", P(*q))
        found = self.lookup(it, {"order": "cerco la mail", "invoice": "prendo la bolletta",
                                 "ticket": "guardo nei messaggi"}[what],
                            {"order": "it's in my emails somewhere", "invoice": "I'll grab the letter",
                             "ticket": "I'll check my texts"}[what])
        value = self.code_value(what, slip=it.slip, hes=it.hes)
        lead = found or P(["Sì, allora,", "Eccolo,", "Dunque, c'è scritto", "Sì, ce l'ho qui:"],
                          ["Yeah, it's", "Right, it says", "Got it here:", "Okay, so"])
        self.say("customer", lead, value, ".")
        self.after(it, value)

    def ask_it_fiscal_code(self, it: Item):
        P = self.p
        if self.it:
            q = self.c("Per identificarla mi dice il codice fiscale?", "Mi detta il codice fiscale dell'intestatario?",
                       "Prima di tutto, il codice fiscale, per cortesia.") if self.purpose == "billing_support" else \
                self.c("Per preparare il contratto mi serve il codice fiscale.",
                       "Mi legge il codice fiscale? Lo trova sulla tessera sanitaria.")
        else:
            q = self.c("As the account was opened in Italy, I also need your codice fiscale, the Italian tax code.",
                       "Do you have your Italian tax code handy? It's linked to this account.")
        self.say("agent", q)
        found = self.lookup(it, "prendo la tessera", "I need to find the card")
        value = self.fiscal_value()
        lead = found or P(["Sì,", "Allora,", "Glielo leggo dalla tessera:", "Dunque,"],
                          ["Yes, it's", "I do, it's", "Right,"])
        self.say("customer", lead, value, ".")
        self.ack()

    def ask_iban_code(self, it: Item):
        P = self.p
        if self.purpose == "billing_support":
            q = P(["Per attivare la domiciliazione mi serve l'IBAN.",
                   "Mi detta l'IBAN del conto su cui addebitare le bollette?",
                   "Per il rimborso, su quale IBAN le accreditiamo la somma?"],
                  ["To set up the direct debit I'll need the IBAN.",
                   "Which account would you like the refund paid into? Just the IBAN, please.",
                   "Can you read me the IBAN for the direct debit?"])
        else:
            q = P(["Per il pagamento preferisce la domiciliazione? Mi serve l'IBAN.",
                   "Su quale conto appoggiamo l'addebito mensile?"],
                  ["Monthly payments come by direct debit, so I'll need an IBAN.",
                   "Which bank account would you like the payments taken from? The IBAN, please."])
        self.say("agent", q)
        if it.holder:
            first, last, fem, rel = self.second_person(spouse=True)
            name = f"{first} {last}"
            if self.it:
                self.say("customer", f"Il conto però è intestato a {self.rel_word(rel, fem)},",
                         ("PERSON", name, name), ".", "Va bene lo stesso?")
                self.say("agent", f"Sì, nessun problema, basta che sia d'accordo anche {self.g('lui', 'lei', fem)}.")
            else:
                self.say("customer", f"It's actually {self.rel_word(rel, fem)}'s account,", ("PERSON", name, name),
                         ".", "Is that all right?")
                self.say("agent", f"That's fine, as long as {self.g('he', 'she', fem)}'s happy with it.")
        found = self.lookup(it, "apro l'app della banca", "I'll open my banking app")
        value = self.iban_value(slip=it.slip, hes=it.hes)
        lead = found or P(["Allora, le leggo:", "Sì, dunque,", "Ecco:", "È"],
                          ["Okay, it's", "Right, here goes:", "Sure,"])
        self.say("customer", lead, value, ".")
        self.after(it, value)

    def ask_credit_card(self, it: Item):
        P = self.p
        fee = {"customer_care": (["Per la riconsegna rapida c'è un costo di"], ["A priority redelivery is"]),
               "sales_first_contact": (["Il contributo di attivazione è di"], ["There's a setup fee of"]),
               "billing_support": (["Il saldo ancora da pagare è di"], ["The outstanding balance is"]),
               "technical_support": (["Il modem nuovo costa"], ["The replacement router is"]),
               }[self.purpose]
        self.say("agent", P(*fee), *self.price(9, 89), ".",
                 P(["Vuole pagarlo subito con la carta?", "Se vuole lo saldiamo ora con una carta."],
                   ["I can take that by card now, if you like.", "Would you like to pay that by card today?"]))
        self.say("customer", P(["Sì, va bene.", "D'accordo, procediamo."], ["Yes, go on.", "Fine, let's do it."]))
        self.say("agent", P(["Mi dice il numero della carta?", "Mi legge le cifre sul fronte della carta?",
                             "Quando vuole, mi detti il numero della carta."],
                            ["Go ahead with the long card number.", "Can you read me the number across the front?",
                             "What's the card number, please?"]))
        found = self.lookup(it, "prendo il portafoglio", "my wallet's in the other room")
        value = self.card_value(slip=it.slip, hes=it.hes)
        lead = found or P([f"È una {self.brand}:", "Allora,", "Sì, dunque,", "Ecco,"],
                          [f"It's {'an' if self.brand[0] in 'AEIOU' else 'a'} {self.brand}:", "Right,", "Okay, ready?", "Sure,"])
        self.say("customer", lead, value, ".")
        self.say("agent",
                 P(["Grazie. Scadenza e codice di sicurezza li inserisce lei dal link che le mando per messaggio.",
                             "Bene, le arriva un messaggio per confermare il pagamento con la sua banca."],
                            ["Thanks. I'll text you a secure link for the expiry date and security code.",
                             "Lovely, your bank will ask you to approve it in the app."]))

    def ask_date_of_birth(self, it: Item):
        P = self.p
        if self.purpose == "sales_first_contact":
            q = P(["Per intestarle il contratto mi serve anche la data di nascita.", "Mi dice la sua data di nascita?"],
                  ["I'll need your date of birth for the credit check.", "And your date of birth, for the contract?"])
        else:
            q = P(["Per la verifica di sicurezza mi serve la data di nascita.", "Mi conferma la sua data di nascita?",
                   self.g("Quando è nato?", "Quando è nata?"), "Mi dice giorno, mese e anno di nascita?"],
                  ["For security, what's your date of birth?", "Can you confirm your date of birth for me?",
                   "And when were you born?", "Could I take your date of birth, please?"])
        self.say("agent", q)
        value, lead = self.dob_value(slip=it.slip)
        self.say("customer", lead.capitalize() if lead else "", value, ".")
        self.ack()

    def ask_health(self, it: Item):
        P, purpose = self.p, self.purpose
        cat, value = self.health_value()
        tails = {
            "mobility": {"customer_care": ("quindi il corriere deve darmi il tempo di arrivare alla porta.",
                                           "so the driver needs to give me a bit of time to get to the door."),
                         "technical_support": ("quindi non riesco a chinarmi per staccare i cavi.",
                                               "so I can't get down on the floor to unplug things."),
                         "sales_first_contact": ("quindi preferirei fare tutto a distanza, senza venire in negozio.",
                                                 "so I'd rather sort it all out without coming into a shop."),
                         "billing_support": (f"e sono {self.g('stato', 'stata')} in ospedale, "
                                             "per questo non ho visto i solleciti.",
                                             "and I was in hospital, that's why I missed the letters.")},
            "hearing": ("quindi se possibile mi scrivete un messaggio invece di chiamare.",
                        "so texts are better than calls if you can."),
            "sight": ("quindi non riesco a leggere bene le lettere che mi mandate.",
                      "so I can't read the small print on your letters.") if purpose != "technical_support" else
                     ("quindi non vedo bene le lucine del modem.", "so I can't really see the lights on the router."),
            "allergy": ("quindi il tecnico non deve usare guanti di lattice.",
                        "so the engineer mustn't use latex gloves."),
            "pregnancy": {"customer_care": ("quindi non posso portare pacchi pesanti per le scale.",
                                            "so I can't be carrying heavy boxes up the stairs."),
                          "technical_support": ("quindi vorrei che il tecnico venisse prima del parto.",
                                                "so I'd like this sorted before the baby comes."),
                          "sales_first_contact": ("e con il bambino in arrivo vorrei sistemare tutto prima.",
                                                  "and with the baby on the way I want everything sorted first."),
                          "billing_support": ("e sono in maternità, quindi preferirei pagare a rate.",
                                              "and I'm on maternity leave, so I'd prefer to pay in instalments.")},
            "general": ("quindi a volte non riesco a rispondere al telefono.", "so some days I can't answer the phone.")
            if purpose != "billing_support" else
            ("e in questo periodo ho avuto altro a cui pensare.", "and bills haven't been top of my list lately."),
        }[cat]
        if isinstance(tails, dict):
            tails = tails[purpose]
        tail = tails[0] if self.it else tails[1]
        if self.rng.random() < 0.5:         # the agent asks
            q = {"customer_care": (["Ci sono indicazioni particolari per la consegna?",
                                    "C'è qualcosa che dobbiamo sapere per venirle incontro?"],
                                   ["Any special instructions for the driver?",
                                    "Is there anything we should know to make this easier for you?"]),
                 "technical_support": (["Ci sono accorgimenti da segnalare al tecnico?",
                                        "C'è qualcosa che il tecnico deve sapere?"],
                                       ["Anything the engineer should be aware of?",
                                        "Is there anything that would make the visit difficult for you?"]),
                 }.get(purpose, (["C'è qualcosa che dobbiamo sapere per venirle incontro?",
                                  "Ha qualche esigenza particolare di cui tenere conto?"],
                                 ["Is there anything we should know to make this easier for you?",
                                  "Any particular needs I should note down?"]))
            self.say("agent", P(*q))
            lead = P(["Sì, guardi,", "Beh, a dire il vero", "Sì:"], ["Yes, actually,", "Well,", "There is, yeah,"])
        else:
            lead = P(["Ah, un'altra cosa:", "Le dico anche che", "Guardi, glielo dico subito:"],
                     ["Oh, and something else:", "I should mention", "Just so you know,"])
        self.say("customer", lead, value, tail)
        self.say("agent", P(["Mi dispiace, lo segno nelle note.", "Grazie per avermelo detto, metto una nota.",
                             "Capisco, ne tengo conto."],
                            ["Thanks for letting me know, I'll put a note on.",
                             "Sorry to hear that, I've added a note.",
                             "Of course, I'll make sure that's on the account."]))

    # ------------------------------------------------------------------ a second person (new in this set)

    def rel_word(self, rel: str, female: bool) -> str:
        if self.it:
            return {"spouse": self.g("mio marito", "mia moglie", female),
                    "partner": self.g("il mio compagno", "la mia compagna", female),
                    "child": self.g("mio figlio", "mia figlia", female),
                    "neighbour": self.g("il mio vicino", "la mia vicina", female)}[rel]
        return {"spouse": self.g("my husband", "my wife", female), "partner": "my partner",
                "child": self.g("my son", "my daughter", female), "neighbour": "my neighbour"}[rel]

    def second_person(self, spouse: bool = False, rel: str | None = None):
        """Draw (once) the other person: a spouse or partner, a grown-up child, a neighbour."""
        if self.second:
            return self.second
        r = self.rng
        rel = rel or ("spouse" if spouse else r.choice(["spouse", "spouse", "partner", "child"]))
        female = (not self.female) if rel in ("spouse", "partner") and r.random() < 0.9 else r.random() < 0.5
        if self.it:
            first = r.choice([n for n in (K_IT_FIRST_F if female else K_IT_FIRST_M) if n != self.first])
            last = self.last if rel == "child" else r.choice([s for s in K_IT_LAST if s != self.last])
        else:
            first = r.choice([n for n in (K_EN_FIRST_F if female else K_EN_FIRST_M) if n != self.first])
            last = self.last if rel == "child" or (rel == "spouse" and r.random() < 0.6) else \
                r.choice([s for s in K_EN_LAST if s != self.last])
        self.second = (first, last, female, rel)
        self.add_private(f"{first} {last}")
        return self.second

    def ask_second(self, it: Item):
        P, r = self.p, self.rng
        v = it.variant
        if v == "neighbour":
            first, last, fem, rel = self.second_person(rel="neighbour")
            if self.it:
                self.say("customer", "Se non ci sono, può lasciarlo alla mia vicina di pianerottolo, la signora",
                         ("PERSON", last, last), ".")
            else:
                self.say("customer", "If I'm out, the driver can leave it with my neighbour,",
                         self.c("Mrs", "Mr") if not fem else "Mrs", ("PERSON", last, last), "next door.")
            self.say("agent", P(["Va bene, lo scrivo nelle note per il corriere.", "Perfetto, lo aggiungo."],
                                ["No problem, I'll add that to the delivery notes.", "Great, I've put that on."]))
            return
        first, last, fem, rel = self.second_person()
        full = r.random() < 0.6 or rel == "partner"
        name = f"{first} {last}" if full else first
        who = self.rel_word(rel, fem)
        pron_it, pron_en = self.g("il suo", "il suo", fem), self.g("his", "her", fem)
        if v in ("deliver", "tech_contact"):
            if self.it:
                intro = (f"Se non sono in casa, il pacco lo può ritirare {who}," if v == "deliver" else
                         f"Se non rispondo io, il tecnico può chiamare {who},")
                self.say("customer", intro, ("PERSON", name, name), ".")
                self.say("agent", P(["Mi lascia anche un suo numero?",
                                     "Ha un numero a cui raggiungerl" + self.g("o", "a", fem) + "?"],
                                    ["Have you got a number for them?",
                                     "Have you got a number for " + self.g("him", "her", fem) + "?"]))
            else:
                intro = (f"If I'm not in, {who} can take it," if v == "deliver" else
                         f"If I don't pick up, the engineer can ring {who},")
                self.say("customer", intro, ("PERSON", name, name), ".")
                self.say("agent", self.c("Could I take a number for " + self.g("him", "her", fem) + "?",
                                         f"Have you got {pron_en} number?"))
            value = self.phone_value(sp=self.cust_sp)
            self.say("customer", P([f"Sì, {pron_it} cellulare è il", "Certo, è il", "Allora,"],
                                   [f"Yeah, {pron_en} mobile's", "Sure, it's", "Hang on... it's"]), value, ".")
            self.say("agent", P(["Perfetto, l" + self.g("o", "a", fem) + " aggiungo come secondo contatto.",
                                 "Bene, ho aggiunto anche questo recapito."],
                                ["Great, I've added " + self.g("him", "her", fem) + " as a second contact.",
                                 "Lovely, that's on the account now."]))
            return
        # sales_contact / billing_copy: the other person's e-mail (or, in sales, a phone)
        if self.it:
            intro = ("Vorrei aggiungere anche " + who + " come secondo contatto, si chiama" if v == "sales_contact" else
                     "Potete mandare le bollette anche a " + who + "? Si chiama")
        else:
            intro = (f"Could you add {who} as a second contact? That's" if v == "sales_contact" else
                     f"Could the bills be copied to {who} as well? That's")
        self.say("customer", intro, ("PERSON", name, name), ".")
        use_phone = v == "sales_contact" and r.random() < 0.5
        if use_phone:
            self.say("agent", P(["Certo. Mi dà un suo numero?", "Nessun problema, a che numero?"],
                                ["Of course. What's the best number for them?", "No problem, which number?"]))
            value = self.phone_value()
            lead = P(["Il suo è il", "Allora,"], [f"{pron_en.capitalize()} mobile's", "It's"])
        else:
            self.say("agent", P(["Certo. Mi detta la sua mail?", "Va bene, a quale indirizzo email?"],
                                ["Sure. What's " + pron_en + " email?", "No problem, which email address?"]))
            value, _, _ = self.email_value(first=first, last=last,
                                           born=dt.date(self.rng.randint(1950, 2002), 1, 1))
            lead = P(["La sua è", "Allora,", "Scriva:"], [f"{pron_en.capitalize()} email's", "It's", "Okay, so"])
        self.say("customer", lead, value, ".")
        self.say("agent", P(["Fatto, l'ho aggiunt" + self.g("o", "a", fem) + ".", "Bene, ho inserito anche questo."],
                            ["Done, " + self.g("he", "she", fem) + "'s on the account now.", "Great, that's added."]))

    # ------------------------------------------------------------------ numbers that stay

    def distractor(self):
        """An exchange with numbers that are not personal data; none twice in a call."""
        r, N, P, money = self.rng, self.N, self.p, self.money
        it = self.it
        cents = r.choice([50, 90, 99, 49])
        purpose = self.purpose
        if purpose == "customer_care":
            opts = [
                [("agent", [P(["Vedo che il pacco pesa"], ["The parcel's down as"]), N(r.randint(6, 31)),
                            P(["chili, per questo è andato con il corriere per i colli pesanti."],
                              ["kilos, so it went with our heavy goods courier."])]),
                 ("customer", [P(["Ah, non lo sapevo.", "Ecco perché."],
                                 ["Right, that makes sense.", "Ah, I see."])])],
                [("agent",
                  [P(["Il rimborso arriva di solito entro"], ["Refunds usually take"]), N(r.choice([5, 7, 10, 14])),
                            P(["giorni lavorativi."], ["working days."])]),
                 ("customer", [P(["Va bene, aspetto.", "D'accordo."], ["That's fine.", "Okay, no problem."])])],
                [("agent", [P(["La nuova consegna è prevista tra le"], ["I can rebook it for Friday between"]),
                            N(r.choice([8, 9, 10])), P(["e le"], ["and"]), N(r.choice([12, 13])) if it else N(12),
                            "."]),
                 ("customer", [P(["Perfetto, la mattina ci sono."], ["Mornings are good, yes."])])],
                [("customer", [P(["L'avevo pagato"], ["I paid"]), *money(r.randint(25, 240), cents),
                               P(["con la spedizione."], ["including delivery."])]),
                 ("agent", [P(["Sì, lo vedo qui.", "Esatto, risulta."], ["Yes, I can see that.", "That's right."])])],
                [("customer", [P(["Avevo ordinato"], ["I ordered"]), N(r.choice([4, 6, 8])),
                               P(["scatole e ne sono arrivate solo"], ["boxes and only"]), N(r.choice([2, 3])),
                               P(["."], ["came."])]),
                 ("agent",
                  [P(["Capisco, verifico con il magazzino."], ["I'm sorry about that, let me check the warehouse."])])],
                [("agent", [P(["Il reso è gratuito se lo spedisce entro"], ["You've got"]), N(r.choice([14, 28, 30])),
                            P(["giorni dalla consegna."], ["days to send it back free of charge."])]),
                 ("customer",
                  [P(["Ok, ci rientro.", "Bene, allora faccio in tempo."], ["Okay, plenty of time.", "Good."])])],
            ]
        elif purpose == "sales_first_contact":
            opts = [
                [("agent", [P(["L'offerta costa"], ["The deal is"]), *money(r.randint(19, 39), cents),
                            P(["al mese per i primi"], ["a month for the first"]), N(12), P(["mesi."], ["months."])]),
                 ("customer", [P(["E dopo quanto diventa?"], ["And after that?"])]),
                 ("agent", [P(["Poi passa a"], ["Then it goes up to"]), *money(r.randint(40, 55), cents), "."]),
                 ("customer", [P(["Capito.", "Ok, ragionevole."], ["Okay, fair enough.", "Right."])])],
                [("agent", [P(["La fibra arriva fino a"], ["The fibre goes up to"]),
                            N(1000, "mille" if it else "a thousand") if r.random() < 0.5 else N(r.choice([300, 500])),
                            P(["mega in download."], ["meg download."])]),
                 ("customer", [P(["Caspita, molto più di adesso."], ["Wow, that's a lot more than I get now."])])],
                [("agent", [P(["Il contratto dura"], ["It's a"]), N(r.choice([12, 18, 24])),
                            P(["mesi, senza penali dopo il primo anno."],
                              ["month contract, no exit fees after the first year."])]),
                 ("customer", [P(["Va bene."], ["Okay."])])],
                [("agent", [P(["Con il codice amico lo sconto è del"], ["With the referral code you get"]),
                            N(r.choice([10, 15, 20])), P(["percento."], ["percent off."])]),
                 ("customer", [P(["Ottimo."], ["Oh, nice."])])],
                [("customer", [P(["Adesso pago circa"], ["At the moment I pay about"]), *money(r.randint(45, 95)),
                               P(["ogni mese."], ["a month."])]),
                 ("agent", [P(["Con noi risparmierebbe qualcosa, vedrà."],
                              ["You'd definitely save with us, then."])])],
                [("customer", [P(["Siamo in"], ["There's"]), N(r.choice([3, 4, 5])),
                               P(["in casa, tutti sempre connessi."], ["of us at home, all online all the time."])]),
                 ("agent", [P(["Allora le conviene la fibra."], ["Then the fibre plan would suit you best."])])],
            ]
        elif purpose == "billing_support":
            opts = [
                [("customer", [P(["La fattura è di"], ["The bill's for"]), *money(r.randint(120, 380), cents),
                               P(["ma di solito pago sui"], ["but I normally pay around"]), *money(r.randint(50, 90)),
                               "."]),
                 ("agent", [P(["Vedo un conguaglio sui consumi dell'anno scorso."],
                              ["I can see a catch-up charge from last year's usage."])])],
                [("agent", [P(["Posso dividerla in"], ["I can split it into"]), N(r.choice([3, 4, 6])),
                            P(["rate senza interessi."], ["instalments with no interest."])]),
                 ("customer", [P(["Sarebbe un grande aiuto."], ["That would really help."])])],
                [("agent", [P(["C'è una mora di"], ["There's a late fee of"]), *money(r.randint(5, 15), cents), "."]),
                 ("customer", [P(["Ma io ho pagato in tempo!"], ["But I paid on time!"])])],
                [("agent",
                  [P(["Il pagamento risulta arrivato con"], ["Your payment reached us"]), N(r.choice([2, 3, 5])),
                            P(["giorni di ritardo."], ["days late."])]),
                 ("customer",
                  [P(["Strano, la banca l'ha mandato subito."], ["Odd, the bank sent it straight away."])])],
                [("agent", [P(["Il consumo è stato di"], ["You used"]), N(r.randint(180, 690)),
                            P(["kilowattora nel bimestre."], ["kilowatt hours over the period."])]),
                 ("customer", [P(["Mi sembrano tanti.", "Davvero? Siamo sempre fuori."],
                                 ["That seems a lot.", "Really? We're hardly in."])])],
                [("agent", [P(["Il rimborso di"], ["The refund of"]), *money(r.randint(20, 140), cents),
                            P(["le arriva entro"], ["should reach you within"]), N(r.choice([10, 14, 30])),
                            P(["giorni."], ["days."])]),
                 ("customer", [P(["Perfetto, grazie."], ["Great, thanks."])])],
            ]
        else:
            opts = [
                [("agent", [P(["Il test di linea mi dà"], ["The line test's showing"]), N(r.randint(3, 19)),
                            P(["mega in download, dovrebbero essere almeno"],
                              ["meg download, and it should be at least"]),
                            N(r.choice([100, 200, 300])), "."]),
                 ("customer", [P(["Infatti va lentissimo."], ["Yeah, it's crawling."])])],
                [("agent", [P(["Che modello di modem ha? C'è scritto sotto."],
                              ["Which router model is it? It's on the underside."])]),
                 ("customer", [P(["Dice modello"], ["It says model"]),
                               N(7530, "settantacinque trenta" if it else "seventy-five thirty")
                               if r.random() < 0.5 else N(r.choice([400, 600, 800])), "."])],
                [("agent", [P(["Spenga il modem, aspetti"], ["Switch the router off, wait"]), N(30),
                            P(["secondi e lo riaccenda."], ["seconds and switch it back on."])]),
                 ("customer", [P(["Fatto... le lucine lampeggiano."], ["Done... the lights are flashing."])]),
                 ("agent", [P(["Bene, ci vorranno circa"], ["Okay, give it about"]), N(r.choice([2, 3, 5])),
                            P(["minuti."], ["minutes."])])],
                [("customer", [P(["Il problema è iniziato verso le"], ["It started at about"]),
                               N(r.choice([7, 8, 9, 11])), P(["di stamattina."], ["this morning."])]),
                 ("agent", [P(["Sì, c'è un guasto in zona da quell'ora."],
                              ["Yes, there's a fault in your area since then."])])],
                [("agent", [P(["Il tecnico può venire giovedì dalle"], ["An engineer can come on Thursday between"]),
                            N(r.choice([14, 15]) if it else r.choice([1, 2])), P(["alle"], ["and"]),
                            N(r.choice([17, 18]) if it else r.choice([5, 6])), "."]),
                 ("customer", [P(["Va bene, ci sono."], ["That's fine, I'll be in."])])],
                [("customer", [P(["Ho il modem dal"], ["I've had the router since"]),
                               N((y := r.randint(2014, 2022)), it_words(y) if it else en_year(y)), "."]),
                 ("agent", [P(["Allora conviene sostituirlo."], ["Then it's probably time we replaced it."])])],
                [("customer", [P(["Ho"], ["We've got"]), N(r.choice([4, 5, 7, 9])),
                               P(["dispositivi collegati al wifi."], ["devices on the wifi."])]),
                 ("agent", [P(["Non dovrebbe essere un problema."], ["That shouldn't be a problem."])])],
            ]
        free = [k for k in range(len(opts)) if k not in self.used_distractors]
        k = r.choice(free)
        self.used_distractors.add(k)
        for speaker, pieces in opts[k]:
            self.say(speaker, *pieces)

    def filler(self):
        self.say("agent", self.p(["Resti in linea un momento, per favore.", "Sto aprendo la sua scheda.",
                                  "Un attimo che controllo."],
                                 ["Just bear with me a moment.", "Let me pull up your account.",
                                  "Bear with me, I'm just checking."]))
        self.say("customer",
                 self.p(["Certo.", "Va bene, aspetto.", "Sì, sì."], ["No problem.", "Sure.", "That's okay."]))

    # ------------------------------------------------------------------ the call

    def build(self, company: str, agent: str, notice: bool):
        self.notice = notice
        it, P, r = self.it, self.p, self.rng
        pname = {"customer_care": ("assistenza ai clienti", "customer support"),
                 "sales_first_contact": ("consulenza commerciale", "sales"),
                 "billing_support": ("amministrazione e fatturazione", "billing"),
                 "technical_support": ("supporto tecnico", "technical support")}[self.purpose][0 if it else 1]
        greet = P([f"Buongiorno, {company}, sono", f"{company}, buongiorno, mi chiamo",
                   f"Servizio clienti {company}, le parla", f"Pronto, {company}, sono"],
                  [f"Hello, {company}, you're speaking to", f"Morning, {company}, my name is",
                   f"{company} customer line, this is", f"Thank you for calling {company}, I'm"])
        note = P(["Prima di cominciare la informo che questa telefonata è registrata per il controllo qualità.",
                  "Le ricordo che la conversazione viene registrata, come previsto dalla normativa sulla privacy.",
                  f"La chiamata è registrata per finalità di {pname}.",
                  "Questa telefonata potrebbe essere registrata per migliorare il servizio."],
                 ["Before we go any further, this call is recorded for quality purposes.",
                  "Please note our calls are recorded and may be used for training.",
                  f"Calls to this line are recorded for {pname}.", "I need to let you know the call's being recorded."])
        opener = P(["Come posso esserle utile?", "Mi dica.", "In cosa posso aiutarla?", "Cosa posso fare per lei?"],
                   ["How can I help today?", "What can I do for you?", "What's the call about today?",
                    "How can I help you?"])
        self.say("agent", greet, ("AGENT_NAME", agent, agent), ".", note if notice else "", opener)
        steps: list = self.plan()           # decides the surname extras before the name is asked
        self.reason()
        self.name_turns()
        n_dis = r.randint(2, 3)
        for _ in range(n_dis):
            steps.insert(r.randint(0, len(steps)), "distractor")
        if r.random() < 0.4:
            steps.insert(r.randint(1, len(steps)), "filler")
        for step in steps:
            if step == "distractor":
                self.distractor()
            elif step == "filler":
                self.filler()
            elif step.kind == "SECOND":
                self.ask_second(step)
            else:
                self.ask(step)
        self.closing()
        self.lint()

    def reason(self):
        P, N, r = self.p, self.N, self.rng
        opts = {
            "customer_care": (
                [["Buongiorno, aspettavo un pacco per ieri ma non è mai arrivato."],
                 ["Salve, mi è arrivato un frullatore con il vetro incrinato e vorrei sostituirlo."],
                 ["Buonasera, devo cambiare l'indirizzo di consegna di un ordine."],
                 ["Salve, ho ordinato", N(r.choice([4, 6])), "sedie ma nella scatola ce n'era solo la metà."]],
                [["Hi, my parcel says delivered but there's nothing here."],
                 ["Hello, I've received the wrong size and I'd like to swap it."],
                 ["Hiya, I need to change where my order is being delivered."],
                 ["Hi, I ordered", N(r.choice([4, 6])), "dining chairs and only half of them turned up."]]),
            "sales_first_contact": (
                [["Buongiorno, ho ricevuto un volantino sulla vostra offerta fibra e vorrei capire meglio."],
                 ["Salve, sto pensando di cambiare fornitore e volevo un preventivo."],
                 ["Buonasera, mi hanno parlato bene di voi, che promozioni avete per la casa?"],
                 ["Salve, vorrei attivare una linea per il mio studio."]],
                [["Hi there, I got a leaflet through the door about your fibre deal."],
                 ["Hello, I'm thinking of switching supplier and wanted a quote."],
                 ["Hi, a friend recommended you and I'm after a new contract."],
                 ["Hello, we've just moved house and need everything set up."]]),
            "billing_support": (
                [["Buongiorno, mi è arrivata una fattura che non capisco."],
                 ["Salve, vorrei passare alla domiciliazione bancaria invece del bollettino."],
                 ["Buonasera, mi avete addebitato un importo che avevo già pagato."],
                 ["Salve, ho ricevuto un sollecito di pagamento, ma io ho pagato."]],
                [["Hi, I've had a bill through that doesn't make sense."],
                 ["Hello, I'd like to pay by direct debit from now on."],
                 ["Hi, you've taken a payment I'd already made by bank transfer."],
                 ["Hello, I got a reminder letter, but I'm sure I paid."]]),
            "technical_support": (
                [["Salve, da stamattina la linea internet va e viene."],
                 ["Buongiorno, il decoder non trova più i canali."],
                 ["Buonasera, il telefono fisso non dà il segnale di linea."],
                 ["Salve, avevo già aperto una segnalazione ma il problema non si è risolto."],
                 ["Salve, pago la fibra da", N(1000, "mille"), "mega e ne arrivano sì e no", N(r.choice([20, 30, 40])),
                  "."]],
                [["Hi, my broadband keeps cutting out since this morning."],
                 ["Hello, the TV box isn't picking up any channels."],
                 ["Hi, there's no dial tone on my landline."],
                 ["Hello, I reported a fault last week and it's still not fixed."],
                 ["Hi, I'm paying for", N(r.choice([500, 900])), "meg and I'm getting about",
                  N(r.choice([20, 30, 40])), "."]]),
        }[self.purpose]
        self.say("customer", *P(*opts))

    def name_turns(self):
        P, it = self.p, self.it
        if self.purpose == "customer_care":
            q = P(["Per cominciare, mi dice nome e cognome?", "A nome di chi è l'ordine?",
                   "Con chi ho il piacere di parlare?"],
                  ["Can I start with your full name?", "Whose name is the order under?", "Who am I talking to?"])
        elif self.purpose == "sales_first_contact":
            q = P(["Volentieri. Mi lascia il suo nominativo?", "Certo. Come si chiama?", "Con chi parlo, scusi?"],
                  ["Happy to help. Can I take your name?", "Of course. And who am I speaking with?",
                   "Sure. What's your name?"])
        else:
            q = P(["A nome di chi è il contratto?", "Mi dice nome e cognome dell'intestatario?",
                   "Mi può dire come si chiama?"],
                  ["Whose name is the account in?", "Can I start with the account holder's name?",
                   "And your full name, please?"])
        self.say("agent", q)
        surname_first = it and self.rng.random() < 0.2
        lead = P(["Sì, mi chiamo", "Certo,", "Sono", ""], ["Yes, it's", "Sure, I'm", "", "My name's"])
        if surname_first:
            lead = self.c("Allora,", "Sì,", "")
        self.say("customer", lead, self.person_value(surname_first), ".")
        last = self.last
        letters = re.sub(r"[^A-Z]", "", last.upper())
        if self.name_spell:
            self.say("agent", P(["Mi scandisce il cognome, per cortesia?", "Come si scrive il cognome?"],
                                ["Could you spell your surname for me?", "How do you spell the last name?"]))
            spoken = ", ".join(self.letter(ch, self.spell_mode) for ch in letters)
            self.say("customer", P(["Certo:", "Sì,", ""], ["Sure,", "It's", "Yep,"]), ("PERSON", last, spoken), ".")
        elif self.name_fix:
            wrong = self.wrong_surname()
            wrong_spoken = ", ".join(self.letter(ch, "plain") for ch in re.sub(r"[^A-Z]", "", wrong.upper()))
            self.say("agent", P(["Scrivo", "Allora,"], ["So that's", "I've put"]), ("PERSON", wrong, wrong_spoken),
                     P(["giusto?", "è corretto?"], ["is that right?", "yes?"]))
            dbl = re.search(r"([A-Z])\1", letters)
            if dbl and self.rng.random() < 0.5:
                x = dbl.group(1)
                spoken = (f"{last}, con {IT_LETTERS[x]} doppia" if it else
                          self.c(f"{last}, with a double {x}", f"{last}, two {x}s"))
            else:
                spoken = ", ".join(self.letter(ch, self.spell_mode) for ch in letters)
            self.say("customer", P(["No, scusi:", "Non proprio,", "No,"], ["Not quite, it's", "No, sorry,", "Almost,"]),
                     ("PERSON", last, spoken), ".")
            self.say("agent", P(["Mi scusi, correggo subito.", "Ah, ecco, sistemato."],
                                ["Sorry, I'll fix that.", "Ah, got it now."]))
        elif self.rng.random() < 0.5:
            self.say("agent", P(["Grazie.", "Benissimo, grazie."], ["Thanks.", "Lovely, thank you."]))

    def closing(self):
        P, N, r = self.p, self.N, self.rng
        wrap = {"customer_care": (["Allora, è tutto sistemato e le arriva un messaggio di conferma."],
                                  ["Right, that's all sorted and you'll get a confirmation text."]),
                "sales_first_contact": (["Le mando la proposta per mail; ha", N(14), "giorni per ripensarci."],
                                        ["I'll send the offer over; you've got", N(14), "days to change your mind."]),
                "billing_support": (["Ho aggiornato la sua posizione, vedrà la modifica dalla prossima bolletta."],
                                    ["I've updated the account, you'll see the change on your next bill."]),
                "technical_support": (["La segnalazione resta aperta finché non verifichiamo che tutto funzioni."],
                                      ["The ticket stays open until we've checked everything's working."]),
                }[self.purpose]
        self.say("agent", *(wrap[0] if self.it else wrap[1]))
        self.say("customer", P(["Benissimo.", "Perfetto, grazie."], ["Brilliant.", "Great, thanks."]))
        if self.bye_name:
            if self.it:
                self.say("agent", "Grazie a lei,", self.g("signor", "signora"), ("PERSON", self.last, self.last), ".",
                         "Buona giornata.")
            else:
                self.say("agent", "Thanks for calling,", self.g("Mr", self.c("Mrs", "Ms")),
                         ("PERSON", self.last, self.last), ".", "Have a good day.")
        else:
            self.say("agent", P(["C'è altro che posso fare per lei?", "Serve altro?"],
                                ["Anything else I can help with?", "Is there anything else?"]))
            self.say("customer", P(["No, è tutto, grazie.", "No, a posto così."],
                                   ["No, that's everything, thanks.", "That's all, cheers."]))
            self.say("agent", P(["Buona giornata, arrivederci.", "Grazie a lei, buona serata."],
                                ["Take care, bye now.", "Have a lovely day, bye."]))
        self.say("customer", P(["Arrivederci.", "Grazie, altrettanto."], ["Bye.", "Thanks, you too."]))

    # ------------------------------------------------------------------ lint

    def lint(self):
        words = IT_NUMBER_WORDS if self.it else EN_NUMBER_WORDS
        allowed = set(H.PII) | {"PERSON", "AGENT_NAME", "NONPII_NUMBER"}
        for speaker, pieces in self.turns:
            for p in pieces:
                if not isinstance(p, str):
                    if p[0] not in allowed or not str(p[1]).strip() or not str(p[2]).strip():
                        raise LintError(f"bad labelled piece {p!r}")
                    continue
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

    def item_count(self) -> int:
        """Personal-data spans after the caller's first full-name mention."""
        spans = [p for _, ps in self.turns for p in ps
                 if not isinstance(p, str) and p[0] not in ("AGENT_NAME", "NONPII_NUMBER")]
        return len(spans) - 1


# =========================================================================== wiring


if __name__ == "__main__":
    H.run_phrasebook(PhraseBookK, (K_IT_COMPANIES, K_EN_COMPANIES), (K_IT_AGENTS, K_EN_AGENTS))
