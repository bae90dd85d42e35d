#!/usr/bin/env python3
"""heldout_j: a tenth, independently worded phrasebook of synthetic labelled call-centre calls.

usage (from the project root, with the project's venv active):
    python bench/heldout_j.py --dry --seed 6464 --piper /tmp/piper/bin/piper    # print the dialogues, no audio
    python bench/heldout_j.py --seed 6464 --out bench/results/J --prefix J --piper /tmp/piper/bin/piper

(--dry with the same --piper prints exactly the dialogues of the real run; without --piper, heldout's
pick_voices draws one random number fewer per English call and the later calls' wording differs.)

Purpose: a MODERATE, realistic held-out set (Italian and English, the four purposes customer_care,
sales_first_contact, billing_support, technical_support) for measuring how well the personal-data
detector generalises to wording it has never seen. It reads like yet another scriptwriter writing
ordinary calls: plain and polite, with everyday variety (several ways of asking for each kind of data,
several answer lead-ins, now and then a hesitation or a self-correction inside a dictated value, a
value looked up in a second turn, a value read back by the agent), not adversarial. Some sales calls
are outbound (the agent rings a prospect who asked to be called back); English callers live in the UK
or, outside billing, sometimes in the US.

Provenance: written by a helper that did not read the detector (sottovoce/, redaction_rules/, tests/,
evaluation/), the development corpus' truth files or transcripts, nor the sentences of the other
phrasebooks; heldout_i.py was looked at only for the builder interface and its lint. Every line of
dialogue and every bank (names, towns, streets, e-mail providers, conditions, companies, agents) is
this file's own. Only the machinery of bench/heldout.py is reused: Speaker, spell_letter /
spell_code, the value generators luhn_complete / iban / fiscal_code, the number words, pick_voices,
Renderer, synthesise, resample_write, main() (language / purpose / mono-stereo / 8-16 kHz / notice
schedule, sidecar and truth format), dry_run() and run_phrasebook(), which rebinds heldout's
module-level `CallBuilder` and company / agent banks in memory; heldout.py itself is not modified.

What a call contains: a greeting with the agent's name (AGENT_NAME); a recording notice in this
file's own words when main()'s `notice` flag is true (and no mention of recording otherwise); the
caller's reason; the caller's full name (PERSON); then 8-11 further personal-data items fitting the
purpose -- what the purpose keeps (customer care: order number, delivery address; sales: phone and
e-mail; billing: IBAN, invoice number, billing address, Italian fiscal code; technical support:
ticket number, a contact phone) and kinds it never keeps (card, date of birth, health condition,
and whatever else comes up) -- and non-personal numbers (prices, hours, quantities, durations,
percentages, speeds, years) labelled NONPII_NUMBER, which must stay audible. Every labelled value is
its own piece, so span times are exact. Values are random per call (Luhn-valid cards, mod-97 IBANs,
fiscal codes with their check letter, Italian mobiles and landlines, UK / US numbers). A lint refuses
digits or number words, the caller's name, street or town, in unlabelled text, any mention of
recording in a call without the notice, and a call with fewer than 8 or more than 11 items.
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
from heldout import (EN_MONTHS, EN_UNITS, IT_LETTERS, IT_MONTHS, IT_UNITS, en_ordinal, en_words,  # noqa: E402
                     en_year, fiscal_code, iban, it_words, luhn_complete, spell_code, spell_letter)

# =========================================================================== banks (this file's own)

J_IT_FIRST_F = ("Lucrezia Benedetta Vittoria Matilde Giada Erika Roberta Patrizia Donatella Stefania Cinzia "
                "Loredana Teresa Nadia Mirella Silvia").split()
J_IT_FIRST_M = ("Leonardo Emanuele Fabrizio Rodolfo Sergio Claudio Enrico Luigi Vincenzo Alessio Cristian "
                "Giacomo Arturo Marcello Gianluca Walter").split()
J_IT_LAST = ("Benedetti Basile Piras Zanetti Tosi Bruni D'Angelo Sartori Guidi Lazzari Bianchini Ferrante Melis "
             "Morelli Benini Mariani Grimaldi Palmieri Orsini Bonetti Crippa Fumagalli Trevisan Furlan "
             "Scotti").split()
J_EN_FIRST_F = ("Abigail Lucy Imogen Harriet Fiona Kirsty Rachel Joanne Sophie Tamsin Aoife Deborah Yasmin "
                "Catherine Naomi Philippa").split()
J_EN_FIRST_M = ("Nathan Adam Jonathan Stuart Neil Kieran Joseph Samuel Angus Rajesh Patrick Lewis Benjamin "
                "Edward Craig Malcolm").split()
J_EN_LAST = ("Ashworth Doherty Pearson Sutherland Holloway Kaur Lindsay Mahoney Fitzgerald Ellison Whitfield "
             "Radcliffe Brennan Sharma Ogunleye Novak Crawford Pemberton Hargreaves Quinn Maddox").split()
J_IT_AGENTS = "Annalisa Gianni Monica Sandro Rossella Dario Elisabetta Luca Michela Piero".split()
J_EN_AGENTS = "Jade Lee Holly Darren Emma Rob Anjali Callie Martin Zoe".split()
J_IT_COMPANIES = ["Ponte Reti", "Arcobaleno Luce e Gas", "Alpina Fibra", "Tirreno Mobile", "Casa Serena Servizi",
                  "Borgo Digitale"]
J_EN_COMPANIES = ["Harbourlight Energy", "Thistle Mobile", "Copperfield Broadband", "Bluebell Home Services",
                  "Wrenfield Water", "Parcelpath Deliveries"]

# (town, CAP, cadastral code, area code)
J_IT_TOWNS = [("Trieste", "34121", "L424", "040"), ("Perugia", "06121", "G478", "075"),
              ("Pisa", "56125", "G702", "050"), ("Bergamo", "24121", "A794", "035"),
              ("Modena", "41121", "F257", "059"), ("Parma", "43121", "G337", "0521"),
              ("Trento", "38122", "L378", "0461"), ("Salerno", "84121", "H703", "089"),
              ("Brescia", "25121", "B157", "030"), ("Catania", "95124", "C351", "095"),
              ("Siena", "53100", "I726", "0577"), ("Ravenna", "48121", "H199", "0544"),
              ("Pescara", "65121", "G482", "085"), ("Lucca", "55100", "E715", "0583"),
              ("Vicenza", "36100", "L840", "0444")]
J_IT_STREETS = [("via", "Lazzaro Spallanzani"), ("viale", "dei Platani"), ("corso", "Cavour"),
                ("via", "Monte Grappa"), ("vicolo", "dei Fabbri"), ("via", "Giacomo Matteotti"),
                ("via", "del Ciliegio"), ("via", "Fratelli Bandiera"), ("piazzetta", "delle Erbe"),
                ("strada", "della Pieve"), ("viale", "Ludovico Ariosto"), ("via", "Quintino Sella"),
                ("largo", "dei Tessitori"), ("via", "Goffredo Mameli")]
# (town, postcode, area code)
J_UK_TOWNS = [("Derby", "DE1 3AH", "01332"), ("Exeter", "EX4 4QJ", "01392"), ("Swansea", "SA1 5DE", "01792"),
              ("Lincoln", "LN2 1PX", "01522"), ("Aberdeen", "AB10 1XG", "01224"), ("Chester", "CH1 2HU", "01244"),
              ("Belfast", "BT7 1NN", "028"), ("Carlisle", "CA3 8RF", "01228"), ("Stockport", "SK4 1AA", "0161")]
J_UK_STREETS = ["Hawthorn Road", "Sycamore Close", "Wellington Street", "Bramble Walk", "Juniper Court",
                "Abbey Mews", "Lowther Crescent", "Greenbank Road", "Cromwell Place", "Marlborough Gardens",
                "Ashdown Way", "Tudor Rise"]
# (city, state, zip, area code)
J_US_PLACES = [("Des Moines", "Iowa", "50309", "515"), ("Spokane", "Washington", "99201", "509"),
               ("Savannah", "Georgia", "31401", "912"), ("Albany", "New York", "12207", "518"),
               ("Omaha", "Nebraska", "68102", "402")]
J_US_STREETS = ["Magnolia Street", "Prospect Avenue", "Birchwood Lane", "Dogwood Court", "Franklin Boulevard"]

# (domain, how its host part is said)
J_IT_MAIL = [("outlook.it", "outlook"), ("gmx.it", "gi emme ics"), ("aruba.it", "aruba"), ("icloud.com", "icloud"),
             ("iol.it", "i o elle"), ("katamail.com", "katamail"), ("teletu.it", "teletu"), ("mail.com", "mail")]
J_UK_MAIL = [("sky.com", "sky"), ("virginmedia.com", "virgin media"), ("ntlworld.com", "n t l world"),
             ("googlemail.com", "googlemail"), ("yahoo.com", "yahoo"), ("plusnet.com", "plusnet")]
J_US_MAIL = [("att.net", "a t t"), ("sbcglobal.net", "s b c global"), ("cox.net", "cox"), ("me.com", "me"),
             ("earthlink.net", "earthlink")]

# (masculine, feminine) where the wording changes
J_IT_HEALTH = [("sono celiaco", "sono celiaca"), ("ho il morbo di Crohn",), ("sono ipovedente",),
               ("porto l'apparecchio acustico, ci sento poco",), ("ho il Parkinson",),
               ("ho l'asma in forma grave",), ("aspetto un intervento all'anca",),
               ("soffro di emicrania cronica",), ("sono in cura per il disturbo bipolare",),
               ("ho una broncopneumopatia e uso l'ossigeno",), ("ho avuto un trapianto di rene",),
               ("ho il lupus",)]
J_EN_HEALTH = ["I'm coeliac", "I've got Crohn's disease", "I'm partially sighted",
               "I'm hard of hearing, I wear hearing aids", "I have Parkinson's", "I've got quite bad asthma",
               "I'm waiting on a hip replacement", "I get chronic migraines", "I'm being treated for bipolar disorder",
               "I've got COPD and I'm on oxygen at home", "I had a kidney transplant", "I have lupus"]

# an everyday English spelling alphabet some callers use ("B for Benjamin")
J_EN_SPELL = dict(zip(string.ascii_uppercase, (
    "Alfred Benjamin Charlie David Edward Freddie George Harry Isaac Jack King London Mary Nellie Oliver "
    "Peter Queen Robert Sugar Tommy Uncle Victor William X-ray Yellow Zebra").split()))

# which kinds each purpose keeps (always asked), which never, and what comes up naturally besides
KEEPS = {"customer_care": ["ORDER_NUMBER", "ADDRESS"],
         "sales_first_contact": ["PHONE_NUMBER", "EMAIL_ADDRESS"],
         "billing_support": ["IBAN_CODE", "ORDER_NUMBER", "ADDRESS"],
         "technical_support": ["ORDER_NUMBER", "PHONE_NUMBER"]}
NEVER = ["CREDIT_CARD", "DATE_OF_BIRTH", "HEALTH"]
LIKELY = {"customer_care": ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD"],
          "sales_first_contact": ["ADDRESS", "IT_FISCAL_CODE", "IBAN_CODE"],
          "billing_support": ["PHONE_NUMBER", "EMAIL_ADDRESS"],
          "technical_support": ["ADDRESS", "EMAIL_ADDRESS"]}
# rough order in which things get asked (jittered per call)
STAGE = {"DATE_OF_BIRTH": 0.0, "IT_FISCAL_CODE": 0.5, "ORDER_NUMBER": 1.0, "ADDRESS": 2.0, "PHONE_NUMBER": 3.0,
         "EMAIL_ADDRESS": 3.2, "HEALTH": 3.0, "IBAN_CODE": 4.0, "CREDIT_CARD": 4.5}

IT_NUMBER_WORDS = set(IT_UNITS) | {"venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta",
                                   "novanta", "cento", "mille", "mila", "milioni", "doppio"}
EN_NUMBER_WORDS = set(EN_UNITS) | {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                                   "hundred", "thousand", "double", "triple"}
GENERIC_PLACE = {"via", "viale", "corso", "piazza", "piazzetta", "vicolo", "strada", "largo", "dei", "del", "della",
                 "delle", "monte", "fratelli", "road", "street", "lane", "avenue", "close", "drive", "way", "walk",
                 "crescent", "gardens", "place", "court", "mews", "rise", "boulevard", "new", "york"}


class LintError(AssertionError):
    pass


# =========================================================================== the phrasebook


class PhraseBookJ:
    def __init__(self, rng, lang: str, purpose: str):
        self.rng, self.lang, self.purpose = rng, lang, purpose
        self.it = lang == "it"
        self.agent_sp = H.Speaker(lang, rng)
        self.cust_sp = H.Speaker(lang, rng)
        self.female = rng.random() < 0.5
        if self.it:
            self.first = rng.choice(J_IT_FIRST_F if self.female else J_IT_FIRST_M)
            self.last = rng.choice(J_IT_LAST)
            self.region = "it"
        else:
            self.first = rng.choice(J_EN_FIRST_F if self.female else J_EN_FIRST_M)
            self.last = rng.choice(J_EN_LAST)
            self.region = "us" if purpose != "billing_support" and rng.random() < 0.3 else "uk"
        self.born = dt.date(rng.randint(1946, 2003), rng.randint(1, 12), rng.randint(1, 28))
        if self.region == "it":
            self.home = rng.choice(J_IT_TOWNS)
            self.street = rng.choice(J_IT_STREETS)
            street_words = self.street[1]
        elif self.region == "uk":
            self.home = rng.choice(J_UK_TOWNS)
            self.street = rng.choice(J_UK_STREETS)
            street_words = self.street
        else:
            self.home = rng.choice(J_US_PLACES)
            self.street = rng.choice(J_US_STREETS)
            street_words = self.street
        self.outbound = purpose == "sales_first_contact" and rng.random() < 0.4
        self.turns: list[tuple[str, list]] = []
        self.used_distractors: set[str] = set()
        self.brand = "Visa"
        self.notice = False
        private = f"{self.first} {self.last} {self.home[0]} {street_words}".lower()
        self.private_words = {w for w in re.findall(r"[\w']+", private) if w not in GENERIC_PLACE}

    # ------------------------------------------------------------------ small helpers

    def c(self, *options):
        return self.rng.choice(options)

    def g(self, masc: str, fem: str) -> str:
        return fem if self.female else masc

    def say(self, speaker: str, *pieces):
        self.turns.append((speaker, [p for p in pieces if p]))

    def N(self, value: int, spoken: str | None = None):
        """A non-personal number that must stay audible."""
        if spoken is None:
            spoken = it_words(value) if self.it else en_words(value)
        return ("NONPII_NUMBER", str(value), spoken)

    def money(self, whole: int, cents: int | None = None) -> list:
        N = self.N
        if self.it:
            return [N(whole), "euro"] if not cents else [N(whole), "euro e", N(cents)]
        if self.region == "us":
            return [N(whole), "dollars"] if not cents else [N(whole), "dollars and", N(cents), "cents"]
        return [N(whole), "pounds"] if not cents else [N(whole), "pounds", N(cents)]

    def cur(self) -> str:
        return "euro" if self.it else ("dollars" if self.region == "us" else "pounds")

    def hour12(self, h: int) -> int:
        return h - 12 if h > 12 else h

    def hes(self) -> str:
        return self.c("ehm", "mmh", "vediamo") if self.it else self.c("um", "er", "let me see")

    def oops(self) -> str:
        return self.c("no, aspetti,", "anzi, scusi,", "no, ho sbagliato,", "mi correggo,") if self.it else \
            self.c("no wait,", "sorry, I mean", "scratch that,", "no, hang on,")

    def wrong(self, group: str) -> str:
        k = self.rng.randrange(len(group))
        d = self.rng.choice([x for x in string.digits if x != group[k] and (k or x != "0")])
        return group[:k] + d + group[k + 1:]

    def read_group(self, sp, group: str, style: str) -> str:
        if style == "whole" and (len(group) > 3 or group[0] == "0" or (not self.it and len(group) == 3)):
            style = "pairs" if len(group) > 1 else "single"
        if style == "pairs" and len(group) < 2:
            style = "single"
        return sp.group(group, style)

    def read_digits(self, sp, digits: str, sizes: list[int], style: str | None = None,
                    slip: float = 0.0, pause: float = 0.0) -> str:
        """Digits cut into groups; each group in `style` (or a random one per group); now and then a
        slip corrected on the spot or a hesitation between groups."""
        groups, i = [], 0
        for s in sizes:
            if i < len(digits):
                groups.append(digits[i:i + s])
                i += s
        if i < len(digits):
            groups.append(digits[i:])
        r = self.rng
        slip_at = r.randrange(len(groups)) if r.random() < slip else -1
        pause_at = r.randrange(1, len(groups)) if len(groups) > 1 and r.random() < pause else -1
        out = []
        for k, grp in enumerate(groups):
            st = style or r.choice(["single", "single", "pairs", "whole"])
            if k == pause_at:
                out.append(self.hes())
            if k == slip_at:
                out.append(f"{self.read_group(sp, self.wrong(grp), st)}, {self.oops()} {self.read_group(sp, grp, st)}")
            else:
                out.append(self.read_group(sp, grp, st))
        return ", ".join(out)

    def letter(self, ch: str, mode: str) -> str:
        if self.it:
            return spell_letter(ch, "it", mode if mode in ("city", "di") else "plain")
        if mode == "word":
            return f"{ch} for {J_EN_SPELL[ch]}"
        return spell_letter(ch, "en", mode if mode in ("nato", "asin") else "plain")

    def spell_mixed(self, code: str, sp, mode: str, sizes=None, slip: float = 0.0) -> str:
        """Letters named one at a time (in `mode`), digit runs dictated."""
        parts, i = [], 0
        while i < len(code):
            if code[i].isalpha():
                parts.append(self.letter(code[i], mode))
                i += 1
                continue
            j = i
            while j < len(code) and code[j].isdigit():
                j += 1
            run = code[i:j]
            parts.append(self.read_digits(sp, run, sizes or ([len(run)] if len(run) <= 3 else [3] * (len(run) // 3)),
                                          self.c("single", "single", None), slip=slip))
            i = j
        return ", ".join(parts)

    def letter_mode(self) -> str:
        return self.c("plain", "plain", "city", "di") if self.it else self.c("plain", "plain", "nato", "word")

    # ------------------------------------------------------------------ values

    def person(self, surname_first: bool = False):
        v = f"{self.first} {self.last}"
        return ("PERSON", v, f"{self.last} {self.first}" if surname_first else v)

    def spelled_surname(self, sp=None):
        code = re.sub(r"[^A-Z]", "", self.last.upper())
        return ("PERSON", self.last, spell_code(code, sp or self.cust_sp, "plain") if self.rng.random() < 0.5
                else ", ".join(self.letter(ch, self.letter_mode()) for ch in code))

    def phone(self, landline: bool = False):
        r, sp = self.rng, self.cust_sp
        rest = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
        prefix_v = prefix_s = ""
        if self.region == "it":
            if landline:
                area = self.home[3]
                v = area + r.choice("2345689") + rest(9 - len(area))
                sizes = [len(area), 3, 4] if len(area) == 3 else [len(area), 2, 4]
                style = self.c("single", None)
            else:
                v = r.choice(["324", "327", "335", "336", "346", "348", "350", "351", "360", "366", "370",
                              "373", "380", "383", "389", "393"]) + rest(7)
                sizes = self.c([3, 3, 4], [3, 3, 2, 2], [3, 2, 2, 3], [3, 4, 3], [3, 7])
                style = self.c("single", "single", None, "whole")
                if r.random() < 0.12:
                    prefix_v, prefix_s = "+39", "più trentanove, "
        elif self.region == "uk":
            if landline:
                area = self.home[2]
                v = area + r.choice("2345678") + rest(10 - len(area))
                sizes = {5: self.c([5, 6], [5, 3, 3]), 4: [4, 3, 4]}.get(len(area), [3, 4, 4])
            else:
                v = "07" + r.choice("4578") + rest(8)
                sizes = self.c([5, 3, 3], [5, 6], [4, 3, 4])
            style = self.c("single", "single", None)
        else:
            v = self.home[3] + r.choice("2345789") + rest(6)
            sizes = [3, 3, 4]
            style = self.c("single", None, "pairs")
        spoken = prefix_s + self.read_digits(sp, v, sizes, style, slip=0.12, pause=0.12)
        return ("PHONE_NUMBER", prefix_v + v, spoken)

    def email(self):
        r, sp, it = self.rng, self.cust_sp, self.it
        first = re.sub(r"[^a-z]", "", self.first.lower())
        last = re.sub(r"[^a-z]", "", self.last.lower())
        bank = J_IT_MAIL if it else (J_US_MAIL if self.region == "us" else J_UK_MAIL)
        domain, host_s = r.choice(bank)
        num = self.c(f"{self.born.year % 100:02d}", str(self.born.year), str(r.randint(2, 99)))
        shape = self.c("dot", "dot", "joined_num", "initial", "under", "last_first", "initial_num")
        local = {"dot": f"{first}.{last}", "joined_num": f"{first}{last}{num}", "initial": f"{first[0]}{last}",
                 "under": f"{first}_{last}", "last_first": f"{last}.{first}",
                 "initial_num": f"{first[0]}.{last}{num}"}[shape]
        dot, at = ("punto", "chiocciola") if it else ("dot", "at")
        under = self.c("underscore", "trattino basso") if it else "underscore"

        def say_part(part: str) -> str:
            out = []
            for tok in re.findall(r"[a-z]+|[0-9]+|[._]", part):
                if tok.isdigit():
                    out.append(sp.whole(tok) if len(tok) <= 2 or r.random() < 0.4 else sp.one_by_one(tok))
                elif tok == ".":
                    out.append(dot)
                elif tok == "_":
                    out.append(under)
                elif len(tok) == 1:
                    out.append(IT_LETTERS[tok.upper()] if it else tok.upper())
                elif shape == "initial" and tok == local:
                    out.append((IT_LETTERS[tok[0].upper()] if it else tok[0].upper()) + ", " + tok[1:])
                else:
                    out.append(tok)
            return " ".join(out)

        if r.random() < 0.2:      # the whole local part letter by letter
            local_s = ", ".join(
                (IT_LETTERS[ch.upper()] if it else ch.upper()) if ch.isalpha() else
                (dot if ch == "." else under if ch == "_" else sp.digit(ch)) for ch in local)
        else:
            local_s = say_part(local)
        tld = domain.split(".", 1)[1]
        tld_s = f" {dot} ".join(tld.split("."))
        spoken = f"{local_s}, {at} {host_s} {dot} {tld_s}"
        return ("EMAIL_ADDRESS", f"{local}@{domain}", spoken)

    def fiscal(self):
        birth_town = self.rng.choice(J_IT_TOWNS)[2]
        v = fiscal_code(self.first, self.last, self.born, self.female, birth_town)
        sp = self.cust_sp
        mode = self.letter_mode() if self.it else self.c("plain", "nato")
        if self.it and self.rng.random() < 0.3:     # letters in a run, then the rest
            head = " ".join(IT_LETTERS[ch] for ch in v[:6])
            return ("IT_FISCAL_CODE", v, head + ", " + self.spell_mixed(v[6:], sp, mode))
        return ("IT_FISCAL_CODE", v, self.spell_mixed(v, sp, mode))

    def iban(self):
        r, sp = self.rng, self.cust_sp
        dg = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
        if self.it or r.random() < 0.25:
            v = iban("IT", r.choice("ABCDEFGHLMNPRSTUVXZ") + dg(5) + dg(5) + dg(12))
            cuts = [2, 2, 1, 5, 5, 12]
        else:
            v = iban("GB", r.choice(["ABBY", "TSBS", "NAIA", "MONZ", "RBOS", "CPBK"]) + dg(6) + dg(8))
            cuts = [2, 2, 4, 6, 8]
        mode = self.c("plain", "plain", "city") if self.it else self.c("plain", "plain", "nato")
        if r.random() < 0.5:     # as printed, in fours
            parts = [v[i:i + 4] for i in range(0, len(v), 4)]
        else:                    # by its fields
            parts, i = [], 0
            for n in cuts:
                parts.append(v[i:i + n])
                i += n
        out = []
        slip_part = r.randrange(len(parts)) if r.random() < 0.15 else -1
        for k, p in enumerate(parts):
            if p.isdigit():
                sizes = [4] if len(p) <= 4 else ([3] * (len(p) // 3) if len(p) % 3 == 0 else [4] * (len(p) // 4))
                out.append(self.read_digits(sp, p, sizes, self.c("single", "single", None),
                                            slip=1.0 if k == slip_part else 0.0))
            else:
                out.append(self.spell_mixed(p, sp, mode, [len(re.sub(r"\D", "", p)) or 1]))
        return ("IBAN_CODE", v, ", ".join(out))

    def card(self):
        r, sp = self.rng, self.cust_sp
        kind = self.c("visa", "visa", "mc", "amex") if not self.it else self.c("visa", "visa", "mc", "postepay")
        if kind == "amex":
            v, sizes = luhn_complete(self.c("34", "37"), 15, r), [4, 6, 5]
        else:
            prefix = {"visa": "4", "postepay": "4023", "mc": str(r.randint(51, 55))}[kind]
            v, sizes = luhn_complete(prefix, 16, r), [4, 4, 4, 4]
        self.brand = {"visa": "Visa", "mc": "Mastercard", "amex": "Amex", "postepay": "Postepay"}[kind]
        style = self.c("single", "single", "pairs", None)
        return ("CREDIT_CARD", v, self.read_digits(sp, v, sizes, style, slip=0.08, pause=0.15))

    def dob(self):
        b, sp = self.born, self.cust_sp
        if self.it:
            day = "primo" if b.day == 1 else it_words(b.day)
            yy = it_words(b.year % 100) if b.year < 2000 else it_words(b.year)
            del_yy = ("dell'" + yy) if yy[0] in "aeiou" else ("del " + yy)
            form = self.c("full", "del", "numeric", "full")
            if form == "full":
                s = f"{day} {IT_MONTHS[b.month - 1]} {it_words(b.year)}"
            elif form == "del":
                s = f"{day} {IT_MONTHS[b.month - 1]} {del_yy}"
            else:
                s = f"{it_words(b.day)}, {it_words(b.month)}, {yy}"
        else:
            yy = en_words(b.year % 100) if b.year < 2000 and b.year % 100 >= 10 else en_year(b.year)
            form = self.c("uk", "uk", "us", "digits") if self.region == "uk" else self.c("us", "us", "digits")
            if form == "uk":
                s = f"{en_ordinal(b.day)} of {EN_MONTHS[b.month - 1]}, {self.c(en_year(b.year), yy)}"
            elif form == "us":
                s = f"{EN_MONTHS[b.month - 1]} {en_ordinal(b.day)}, {en_year(b.year)}"
            else:
                dm = [f"{b.day:02d}", f"{b.month:02d}"] if self.region == "uk" else [f"{b.month:02d}", f"{b.day:02d}"]
                s = f"{sp.one_by_one(dm[0])}, {sp.one_by_one(dm[1])}, {yy}"
        return ("DATE_OF_BIRTH", b.isoformat(), s)

    def address(self):
        r, sp = self.rng, self.cust_sp
        if self.region == "it":
            kind, name = self.street
            town, cap = self.home[0], self.home[1]
            n = r.randint(1, 160)
            num_v, num_s = str(n), it_words(n)
            if r.random() < 0.15:
                num_v, num_s = f"{n}/B", f"{it_words(n)} barra bi"
            elif r.random() < 0.15:
                wrong = n + self.c(1, 2, 10) if n < 150 else n - 2
                num_s = f"{it_words(wrong)}, {self.c('anzi no,', 'no, scusi,')} {it_words(n)}"
            cap_s = self.read_digits(sp, cap, [5], self.c("single", "pairs"))
            form = self.c("cap", "cap", "a_town", "town_first", "numero")
            if form == "cap":
                v, s = f"{kind} {name} {num_v}, {cap} {town}", f"{kind} {name} {num_s}, {cap_s}, {town}"
            elif form == "a_town":
                v, s = f"{kind} {name} {num_v}, {town}", f"{kind} {name} {num_s}, a {town}"
            elif form == "numero":
                v, s = f"{kind} {name} {num_v}, {town}", f"{kind} {name} numero {num_s}, {town}"
            else:
                v, s = f"{kind} {name} {num_v}, {town}", f"{town}, {kind} {name} {num_s}"
            if r.random() < 0.2:
                k = r.randint(2, 24)
                v += f", interno {k}"
                s += f", interno {it_words(k)}"
            return ("ADDRESS", v, s)
        if self.region == "uk":
            town, pc = self.home[0], self.home[1]
            n = r.randint(2, 120)
            pc_s = ", ".join(" ".join(ch if ch.isalpha() else sp.digit(ch) for ch in part) for part in pc.split())
            flat = r.randint(1, 9) if r.random() < 0.25 else 0
            v = (f"Flat {flat}, " if flat else "") + f"{n} {self.street}, {town} {pc}"
            s = (f"flat {en_words(flat)}, " if flat else "") + f"{en_words(n)} {self.street}, "
            s += f"{town}, {pc_s}" if r.random() < 0.7 else f"{town}, postcode {pc_s}"
            return ("ADDRESS", v, s)
        city, state, zipc = self.home[0], self.home[1], self.home[2]
        n = r.randint(120, 4800)
        apt = r.randint(2, 30) if r.random() < 0.3 else 0
        v = f"{n} {self.street}" + (f", Apt {apt}" if apt else "") + f", {city}, {state} {zipc}"
        s = f"{sp.pairs(str(n))} {self.street}" + (f", apartment {en_words(apt)}" if apt else "") + \
            f", {city}, {state}, {sp.one_by_one(zipc)}"
        return ("ADDRESS", v, s)

    def health(self):
        if self.it:
            forms = self.c(*J_IT_HEALTH)
            v = forms[1] if self.female and len(forms) > 1 else forms[0]
        else:
            v = self.c(*J_EN_HEALTH)
        return ("HEALTH", v, v)

    def order_noun(self) -> str:
        p = self.purpose
        if self.it:
            return self.c(*{"customer_care": ["il numero dell'ordine", "il codice d'ordine"],
                            "sales_first_contact": ["il codice della richiesta che le è arrivato via SMS",
                                                    "il numero di pratica della sua richiesta online"],
                            "billing_support": ["il numero della fattura", "il numero del documento, in alto a destra"],
                            "technical_support": ["il numero del ticket", "il codice della segnalazione"]}[p])
        return self.c(*{"customer_care": ["order number", "order reference"],
                        "sales_first_contact": ["reference from the text we sent you", "request number from the website"],
                        "billing_support": ["invoice number", "number at the top of the invoice"],
                        "technical_support": ["ticket number", "case reference"]}[p])

    def order(self):
        r, sp, p = self.rng, self.cust_sp, self.purpose
        dg = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
        mode = self.c("plain", "plain", self.letter_mode())
        slash = "barra" if self.it else self.c("slash", "forward slash")
        if p == "billing_support" and r.random() < 0.6:
            year = self.c(2024, 2025, 2026)
            d = r.choice("123456789") + dg(5)
            v = f"{year}/{d}"
            ys = it_words(year) if self.it else en_year(year)
            return ("ORDER_NUMBER", v, f"{ys}, {slash}, " + self.read_digits(sp, d, self.c([3, 3], [2, 2, 2], [6]),
                                                                            self.c("single", None), slip=0.1))
        shape = self.c("digits", "digits", "letters")
        if shape == "digits":
            v = r.choice("123456789") + dg(r.randint(6, 9))
            sizes = self.c([3] * 4, [2] * 5, [4, 3, 3])
            return ("ORDER_NUMBER", v, self.read_digits(sp, v, sizes, self.c("single", None), slip=0.1, pause=0.1))
        pre = {"customer_care": ["OR", "WB", "KD"], "sales_first_contact": ["PV", "QT"],
               "billing_support": ["FT", "INV"] if not self.it else ["FT", "FE"],
               "technical_support": ["TK", "SR", "INC"]}[p]
        v = r.choice(pre) + dg(r.choice([6, 7, 8]))
        return ("ORDER_NUMBER", v, self.spell_mixed(v, sp, mode, slip=0.08))

    # ------------------------------------------------------------------ dialogue: questions and answers

    def question(self, kind: str) -> str:
        it, c, g, p = self.it, self.c, self.g, self.purpose
        if kind == "ORDER_NUMBER":
            n = self.order_noun()
            if it:
                return c(f"Mi sa dire {n}?", f"Ha a portata di mano {n}?",
                         f"Per ritrovare la pratica mi servirebbe {n}.", f"Mi legge {n}, per cortesia?")
            return c(f"Could you give me the {n}?", f"Have you got the {n} to hand?",
                     f"To find it on the system I'll need the {n}.", f"Do you know the {n} at all?")
        if kind == "PHONE_NUMBER":
            if it:
                extra = {"technical_support": "Se il tecnico deve avvisarla, a che numero la chiama?",
                         "customer_care": "Il corriere a che numero può mandarle il messaggio?",
                         "billing_support": "Per eventuali chiarimenti sulla fattura, un recapito telefonico?",
                         "sales_first_contact": "A che numero la ricontatta il consulente?"}[p]
                return c("Mi lascia un numero di telefono?", "A che numero la troviamo di solito?",
                         "Qual è il numero migliore per richiamarla?", extra)
            extra = {"technical_support": "If the engineer's running late, which number should they ring?",
                     "customer_care": "Which number should the driver text on the day?",
                     "billing_support": "And a daytime number in case billing need to reach you?",
                     "sales_first_contact": "What's the best number for the adviser to call you back on?"}[p]
            return c("What's the best number to reach you on?", "Could I take a contact number?",
                     "Is there a mobile we can use?", extra)
        if kind == "EMAIL_ADDRESS":
            if it:
                return c("Ha un indirizzo email a cui mandare la conferma?", "Mi dà la sua email?",
                         "Le mando tutto per posta elettronica: a quale indirizzo?", "Che email usa di solito?")
            return c("Could I get an email address for you?", "What email should we use?",
                     "Shall I email that over? What's the address?", "And your email, please?")
        if kind == "IT_FISCAL_CODE":
            if it:
                return c("Per verificare l'identità mi serve il codice fiscale.",
                         "Mi può leggere il suo codice fiscale?", "Mi detta il codice fiscale dell'intestatario?",
                         "Avrei bisogno anche del codice fiscale, se ce l'ha.")
            return c("I'll need the Italian fiscal code on the account as well.",
                     "Could you read me your codice fiscale?", "Do you have your Italian tax code handy?")
        if kind == "IBAN_CODE":
            if it:
                extra = "Per il rimborso mi dà le coordinate bancarie?" if p == "billing_support" else \
                    "Se vuole la domiciliazione mi serve l'IBAN del conto."
                return c("Su quale conto appoggiamo i pagamenti? Mi serve l'IBAN.", "Mi legge il codice IBAN?",
                         extra, "Mi detta l'IBAN, con calma?")
            extra = "Which account shall we send the refund to?" if p == "billing_support" else \
                "If you want to pay by direct debit, I'll need the IBAN."
            return c("What are the account details for the direct debit? The IBAN, please.",
                     "Could you read the IBAN for me?", extra)
        if kind == "CREDIT_CARD":
            if it:
                return c("Per il pagamento mi serve il numero della carta.",
                         "Mi legge le cifre sul fronte della carta?",
                         "Con quale carta desidera pagare? Mi dica il numero.", "Il numero della carta, per favore.")
            return c("Could I take the long card number?", "What's the number on the card you'd like to use?",
                     "I'll just need the card number to take the payment.",
                     "Which card are you paying with? Just the long number for now.")
        if kind == "DATE_OF_BIRTH":
            if it:
                return c("Mi conferma la data di nascita?", g("In che giorno è nato?", "In che giorno è nata?"),
                         g("Per la verifica mi dice quando è nato?", "Per la verifica mi dice quando è nata?"),
                         "Una domanda di sicurezza: la sua data di nascita?")
            return c("Can you confirm your date of birth?", "For security, your date of birth please?",
                     "And your birthday, with the year?", "What date of birth should I put down?")
        if kind == "ADDRESS":
            if it:
                extra = {"customer_care": ["A che indirizzo dobbiamo consegnare?",
                                           "Mi conferma l'indirizzo di spedizione?"],
                         "billing_support": ["Qual è l'indirizzo di fatturazione?",
                                             "A che indirizzo è intestata la fattura?"],
                         "technical_support": ["Dove deve venire il tecnico?", "Qual è l'indirizzo dell'impianto?"],
                         "sales_first_contact": ["Dove andrebbe attivata la fornitura?",
                                                 "Per verificare la copertura mi dà l'indirizzo?"]}[p]
                return c(*extra, "Mi dice l'indirizzo completo?")
            extra = {"customer_care": ["Where would you like it delivered?", "Can you confirm the delivery address?"],
                     "billing_support": ["What's the billing address?", "Which address are the invoices sent to?"],
                     "technical_support": ["Where should the engineer come to?", "What's the address of the property?"],
                     "sales_first_contact": ["Where would the service be installed?",
                                             "Could I have the address to check coverage?"]}[p]
            return c(*extra, "What's your full address?")
        if kind == "HEALTH":
            if it:
                return c("Ha qualche esigenza di cui dobbiamo tenere conto?",
                         "C'è qualcosa che possiamo fare per agevolarla?", "Ha bisogno di un'assistenza particolare?")
            return c("Is there anything we should know to make things easier for you?",
                     "Do you need any extra support from us?", "Anything we should note on the account for you?")
        raise KeyError(kind)

    def lead(self, kind: str, value) -> str:
        it, c, g = self.it, self.c, self.g
        if kind == "ADDRESS":
            if it:
                return c("abito a", "sto a", "allora,") if value[2][0].isupper() else \
                    c("in", "abito in", "allora,", "è", "sì,")
            return c("it's", "I'm at", "we live at", "that's", "yeah,")
        leads = {
            "ORDER_NUMBER": (["sì, è", "allora, dovrebbe essere", "ce l'ho qui:", "ecco, leggo:", "sì:"],
                             ["yes, it's", "right, it says", "I've got it here:", "so it's", "okay, that's"]),
            "PHONE_NUMBER": (["sì, il mio cellulare è", "allora, è il", "mi scriva:", "certo,", "sì, è il"],
                             ["yes, it's", "it's my mobile,", "sure, that's", "okay, have you got a pen?", "right, so"]),
            "EMAIL_ADDRESS": (["sì, è", "allora:", "certo, è", "la mia email è"],
                              ["yeah, it's", "sure,", "it's", "okay, it's"]),
            "IT_FISCAL_CODE": (["sì, allora:", "eccolo:", "è", "glielo leggo:"],
                               ["sure, it's", "right, it's", "yes:"]),
            "IBAN_CODE": (["allora, è", "sì, le leggo:", "ce l'ho qui:", "dunque:"],
                          ["okay, it's", "right, here goes:", "sure, it's", "so that's"]),
            "CREDIT_CARD": ([f"con la {self.brand}:", "allora, il numero è", "sì, è", "ecco:"],
                            [f"it's a {self.brand},", "okay, it's", "right, it's", "here we go:"]),
            "DATE_OF_BIRTH": ([g("sono nato il", "sono nata il"), "il", "è il", "allora, il"],
                              ["it's the" if " of " in value[2] else "it's", "I was born on",
                               "that's the" if " of " in value[2] else "that's", "yeah,"]),
            "HEALTH": (["sì, guardi,", "beh, a dire il vero", "eh, sì:", "le dico una cosa:"],
                       ["well, actually,", "yes,", "to be honest,", "just so you know,"]),
        }
        out = c(*leads[kind][0 if it else 1])
        if kind == "DATE_OF_BIRTH" and not it and out in ("I was born on", "yeah,") and " of " in value[2]:
            out += " the"
        if kind in ("ORDER_NUMBER", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD") and self.rng.random() < 0.15:
            out = self.hes() + ", " + out
        return out

    def tail(self, kind: str) -> str:
        it, c = self.it, self.c
        if kind == "EMAIL_ADDRESS":
            return c("senza maiuscole.", "tutto attaccato, senza spazi.", "", "") if it else \
                c("no capitals.", "no spaces or anything.", "", "")
        if kind == "HEALTH":
            return c("quindi preferisco ricevere tutto per email.", "per cui mi ci vuole un po' per arrivare al telefono.",
                     "quindi se possibile mi mandi tutto per iscritto.", "") if it else \
                c("so I'd rather have things in writing.", "so it takes me a while to get to the door.",
                  "so please bear with me.", "")
        if kind == "ADDRESS" and self.purpose == "technical_support":
            return c("Il citofono è quello con l'adesivo blu.", "") if it else c("It's the house with the green door.", "")
        return ""

    def ack(self):
        it, c = self.it, self.c
        r = self.rng.random()
        if r < 0.45:
            self.say("agent", c("Grazie, annotato.", "Perfetto.", "Benissimo, grazie.", "D'accordo.") if it else
                     c("Brilliant, thank you.", "Lovely.", "Got it, thanks.", "Okay, that's noted."))
        elif r < 0.6:
            self.say("agent", c("Perfetto, grazie.", "Grazie, ricevuto.") if it else
                     c("Great, thanks.", "Perfect, thank you."))
            self.say("customer", c("Prego.", "Si figuri.") if it else c("No worries.", "You're welcome."))

    def readback(self, value):
        label, v, _ = value
        it, c, sp = self.it, self.c, self.agent_sp
        if label == "EMAIL_ADDRESS":
            local, domain = v.split("@")
            dot, at = ("punto", "chiocciola") if it else ("dot", "at")
            letters = ", ".join((IT_LETTERS[ch.upper()] if it else ch.upper()) if ch.isalpha() else
                                (dot if ch == "." else "underscore" if ch == "_" else sp.digit(ch)) for ch in local)
            back = f"{letters}, {at} " + f" {dot} ".join(domain.split("."))
        elif "/" in v:
            year, rest = v.split("/")
            back = (it_words(int(year)) if it else en_year(int(year))) + (", barra, " if it else ", slash, ") + \
                sp.dictate(rest, [3, 3], ["single", "single"])
        elif any(ch.isalpha() for ch in v):
            back = spell_code(re.sub(r"[^A-Z0-9]", "", v), sp, "plain")
        else:
            digits = re.sub(r"\D", "", v)
            sizes = {10: [3, 3, 4], 11: [5, 3, 3]}.get(len(digits)) or [3] * (len(digits) // 3) or [len(digits)]
            back = ("più trentanove, " if it else "plus three nine, ") if v.startswith("+") else ""
            if v.startswith("+"):
                digits = digits[2:]
                sizes = [3, 3, 4]
            back += sp.dictate(digits, sizes, ["single"] * len(sizes))
        self.say("agent", c("Allora le ripeto:", "Ricapitolo:", "Quindi,") if it else
                 c("Just to check, that's", "Let me read that back:", "So I've got"),
                 (label, v, back), c("è corretto?", "giusto?") if it else c("is that right?", "correct?"))
        self.say("customer", c("Sì, esatto.", "Perfetto, sì.", "Giusto.") if it else
                 c("Yes, that's it.", "Spot on.", "That's right."))

    def ask(self, kind: str, extras: set):
        it, c = self.it, self.c
        value = {"PHONE_NUMBER": self.phone, "EMAIL_ADDRESS": self.email, "IT_FISCAL_CODE": self.fiscal,
                 "IBAN_CODE": self.iban, "CREDIT_CARD": self.card, "DATE_OF_BIRTH": self.dob,
                 "ADDRESS": self.address, "HEALTH": self.health, "ORDER_NUMBER": self.order}[kind]()
        volunteered = kind == "HEALTH" and self.rng.random() < 0.4
        if volunteered:
            self.say("agent", c("Ha altre domande nel frattempo?", "C'è altro che dovrei sapere?") if it else
                     c("Is there anything else I should know?", "Any questions so far?"))
            lead = c("sì, una cosa:", "solo una cosa,") if it else c("actually, yes,", "there is something,")
        else:
            self.say("agent", self.question(kind))
            lead = self.lead(kind, value)
            if kind in ("ORDER_NUMBER", "IBAN_CODE", "IT_FISCAL_CODE", "CREDIT_CARD") and self.rng.random() < 0.18:
                self.say("customer", c("Un momento che prendo il foglio.", "Aspetti, lo cerco nella borsa.",
                                       "Attenda, apro la mail.") if it else
                         c("Hang on, I'll grab the letter.", "Give me a sec, it's in my wallet.",
                           "Bear with me, I'm opening the email."))
                self.say("agent", c("Faccia pure.", "Con comodo.", "Nessun problema, attendo.") if it else
                         c("No problem, take your time.", "Of course.", "That's fine, I'll wait."))
                lead = c("ecco,", "eccolo qui:", "trovato:") if it else c("right, found it:", "okay, here it is,",
                                                                         "got it:")
        self.say("customer", lead, value, self.tail(kind))
        if kind == "PHONE_NUMBER" and "second_phone" in extras:
            extras.discard("second_phone")
            self.say("customer", c("Oppure, se non rispondo, c'è il fisso:", "Le do anche il numero di casa:") if it
                     else c("Or if I don't pick up, there's the landline:", "I'll give you the home number too:"),
                     self.phone(landline=self.region != "us"))
        key = {"PHONE_NUMBER": "readback_phone", "ORDER_NUMBER": "readback_order",
               "EMAIL_ADDRESS": "readback_email"}.get(kind)
        if key and key in extras:
            extras.discard(key)
            self.readback(value)
        else:
            self.ack()

    # ------------------------------------------------------------------ non-personal numbers

    def distractor(self):
        """An exchange with numbers that must stay audible; never the same one twice in a call."""
        it, r, c, N, M, p = self.it, self.rng, self.c, self.N, self.money, self.purpose
        A, C = "agent", "customer"
        price, cents = r.randint(9, 59), self.c(None, 90, 99, 50)
        days, hour = r.randint(2, 10), r.choice([8, 9, 10])
        if it:
            bank = {
                "wait": [(A, ["Mi scusi per l'attesa, oggi siamo sui", N(r.randint(10, 25)), "minuti."]),
                         (C, ["Non si preoccupi, ho aspettato volentieri."])],
                "years": [(A, ["È nostro cliente da parecchio, vedo."]),
                          (C, ["Sì, da", N(r.randint(3, 15)), "anni circa."])],
            }
            if p == "customer_care":
                q = r.randint(3, 6)
                bank.update({
                    "eta": [(A, ["La consegna è prevista entro", N(days), "giorni lavorativi."]),
                            (C, ["Va bene, aspetto."])],
                    "boxes": [(C, ["Avevo ordinato", N(q), "confezioni ma ne sono arrivate", N(q - 2), "."]),
                              (A, ["Capisco, verifico subito con il magazzino."])],
                    "slot": [(A, ["Il corriere passa di solito tra le", N(hour), "e le", N(hour + 4), "."]),
                             (C, ["Perfetto, a quell'ora sono a casa."])],
                    "return": [(A, ["Per il reso ha", N(c(14, 30)), "giorni di tempo dalla consegna."]),
                               (C, ["Ah, bene, non lo sapevo."])],
                    "paid": [(C, ["L'ho pagato", *M(price * 3, cents), ", spedizione compresa."]),
                             (A, ["Sì, lo vedo."])],
                })
            elif p == "sales_first_contact":
                bank.update({
                    "offer": [(A, ["L'offerta costa", *M(price, cents), "al mese per i primi", N(c(6, 12)), "mesi."]),
                              (C, ["E dopo?"]), (A, ["Poi passa a", *M(price + 8, cents), ", sempre al mese."])],
                    "speed": [(A, ["Con la fibra arriva fino a", N(c(1000, 2500)), "megabit in download."]),
                              (C, ["Ottimo, adesso vado pianissimo."])],
                    "giga": [(A, ["Nel pacchetto ci sono", N(c(100, 150, 200)), "giga e minuti illimitati."]),
                             (C, ["Mi sembra interessante."])],
                    "discount": [(A, ["Per chi attiva entro il mese c'è il", N(c(15, 20, 25)),
                                      "percento di sconto sull'attivazione."]),
                                 (C, ["Bene, ne terrò conto."])],
                    "sims": [(C, ["In famiglia usiamo", N(c(3, 4)), "schede."]),
                             (A, ["Allora le conviene il pacchetto famiglia."])],
                })
            elif p == "billing_support":
                bank.update({
                    "amount": [(C, ["La fattura è di", *M(price * 2 + 30, cents), ", di solito pago intorno ai",
                                    N(price + 20), "euro."]),
                               (A, ["Sì, vedo una differenza rispetto al bimestre scorso."])],
                    "refund": [(A, ["Le riaccreditiamo", *M(price, cents), "entro", N(days + 10), "giorni."]),
                               (C, ["Va bene, grazie."])],
                    "late": [(A, ["Risulta una mora di", *M(r.randint(2, 9)), "per il ritardo nel pagamento."]),
                             (C, ["Ah, non me n'ero accorta." if self.female else "Ah, non me n'ero accorto."])],
                    "kwh": [(A, ["In questo periodo ha consumato", N(r.randint(180, 460)), "chilowattora."]),
                            (C, ["Mi sembrano tanti, in casa siamo in pochi."])],
                    "instal": [(A, ["Possiamo dividere l'importo in", N(c(3, 4, 6)), "rate senza interessi."]),
                               (C, ["Questo mi aiuterebbe, grazie."])],
                })
            else:
                bank.update({
                    "reboot": [(A, ["Provi a spegnere il modem per", N(c(30, 60)), "secondi e poi lo riaccenda."]),
                               (C, ["Fatto. Le luci lampeggiano ancora."])],
                    "speed": [(C, ["Lo speed test mi dà", N(r.randint(2, 9)), "mega invece di", N(c(100, 200)), "."]),
                              (A, ["In effetti è molto basso."])],
                    "visit": [(A, ["Il tecnico può venire giovedì dalle", N(hour), "alle", N(hour + 3), "."]),
                              (C, ["Sì, giovedì mi va bene."])],
                    "tries": [(C, ["L'ho già riavviato", N(c(3, 4, 5)), "volte stamattina."]),
                              (A, ["Capisco, allora facciamo un controllo da remoto."])],
                    "fee": [(A, ["L'uscita del tecnico, se il guasto è interno, costa", *M(c(39, 49, 59)), "."]),
                            (C, ["D'accordo, speriamo di no."])],
                })
        else:
            bank = {
                "wait": [(A, ["Sorry about the wait, it's about", N(r.randint(10, 25)), "minutes today."]),
                         (C, ["That's okay, I had the kettle on."])],
                "years": [(A, ["I see you've been with us a while."]),
                          (C, ["Yeah, going on", N(r.randint(3, 15)), "years now."])],
            }
            if p == "customer_care":
                q = r.randint(3, 6)
                bank.update({
                    "eta": [(A, ["It should be with you within", N(days), "working days."]),
                            (C, ["Okay, I'll keep an eye out."])],
                    "boxes": [(C, ["I ordered", N(q), "packs but only", N(q - 2), "turned up."]),
                              (A, ["Right, let me check with the warehouse."])],
                    "slot": [(A, ["The driver usually comes between", N(hour), "and", N(self.hour12(hour + 4)), "."]),
                             (C, ["That's fine, I work from home."])],
                    "return": [(A, ["You've got", N(c(14, 30)), "days from delivery to send it back."]),
                               (C, ["Oh, that's handy to know."])],
                    "paid": [(C, ["I paid", *M(price * 3, cents), "for it with postage."]),
                             (A, ["Yes, I can see that here."])],
                })
            elif p == "sales_first_contact":
                bank.update({
                    "offer": [(A, ["The deal is", *M(price, cents), "a month for the first", N(c(6, 12)), "months."]),
                              (C, ["And after that?"]), (A, ["It goes up to", *M(price + 8, cents), "a month."])],
                    "speed": [(A, ["Full fibre gets you up to", N(c(500, 900)), "megabits."]),
                              (C, ["Wow, that's a lot more than I've got now."])],
                    "giga": [(A, ["You'd get", N(c(50, 100)), "gigabytes of data and unlimited calls."]),
                             (C, ["That sounds about right for me."])],
                    "discount": [(A, ["If you sign up this month there's", N(c(15, 20, 25)), "percent off the setup."]),
                                 (C, ["Good to know."])],
                    "sims": [(C, ["There are", N(c(3, 4)), "of us in the house with phones."]),
                             (A, ["Then the family plan might suit you better."])],
                })
            elif p == "billing_support":
                bank.update({
                    "amount": [(C, ["The bill came to", *M(price * 2 + 30, cents), "and I normally pay about",
                                    N(price + 20), self.cur() + "."]),
                               (A, ["Yes, I can see it's gone up since last quarter."])],
                    "refund": [(A, ["We'll credit", *M(price, cents), "back within", N(days + 10), "days."]),
                               (C, ["Okay, thanks."])],
                    "late": [(A, ["There's a late payment charge of", *M(r.randint(2, 9)), "on there."]),
                             (C, ["Oh, I hadn't noticed that."])],
                    "kwh": [(A, ["You used", N(r.randint(180, 460)), "kilowatt hours over the period."]),
                            (C, ["That seems high, it's just me and my partner."])],
                    "instal": [(A, ["We can split it into", N(c(3, 4, 6)), "monthly payments with no interest."]),
                               (C, ["That would really help, thank you."])],
                })
            else:
                bank.update({
                    "reboot": [(A, ["Could you switch the router off for", N(c(30, 60)), "seconds and back on?"]),
                               (C, ["Done. The light's still flashing orange."])],
                    "speed": [(C, ["The speed test says", N(r.randint(2, 9)), "megs and I'm paying for",
                                   N(c(100, 200)), "."]),
                              (A, ["Yes, that's far too low."])],
                    "visit": [(A, ["An engineer can come Thursday between", N(hour), "and", N(self.hour12(hour + 3)), "."]),
                              (C, ["Thursday works for me."])],
                    "tries": [(C, ["I've restarted it", N(c(3, 4, 5)), "times this morning."]),
                              (A, ["Okay, let me run a line test from here."])],
                    "fee": [(A, ["If the fault's inside the property the callout fee is", *M(c(39, 49, 59)), "."]),
                            (C, ["Fair enough, fingers crossed it isn't."])],
                })
        if p == "sales_first_contact":
            del bank["years"]
        free = [k for k in bank if k not in self.used_distractors] or list(bank)
        k = r.choice(sorted(free))
        self.used_distractors.add(k)
        if bank[k][0][0] == C and self.turns and self.turns[-1][0] == C:   # let the caller take the floor
            self.say(A, c("Capisco.", "Sì, mi dica.", "D'accordo.") if it else c("Okay.", "Right, go on.", "I see."))
        for speaker, pieces in bank[k]:
            self.say(speaker, *pieces)

    def filler(self):
        it, c = self.it, self.c
        lines = ["Attenda un attimo che apro la sua scheda.", "Sto controllando, un momento.",
                 "Un secondo che il sistema è lento oggi."] if it else \
            ["Bear with me a moment.", "Just pulling up your details.", "Sorry, the system's a bit slow this morning."]
        free = [x for x in lines if x not in self.used_distractors] or lines
        line = c(*free)
        self.used_distractors.add(line)
        self.say("agent", line)
        self.say("customer", c("Certo.", "Sì, sì, attendo.", "Nessun problema.") if it else
                 c("That's fine.", "No problem.", "Sure."))

    # ------------------------------------------------------------------ the call

    def plan(self):
        """The kinds asked (besides the name) and the extra mentions, 8-11 items in all."""
        r = self.rng
        target = r.randint(8, 11)
        kinds = list(KEEPS[self.purpose])
        if self.it and self.purpose == "billing_support":
            kinds.append("IT_FISCAL_CODE")
        kinds += r.sample(NEVER, self.c(2, 2, 3))
        allowed = [k for k in H.PII if k not in kinds]
        if not self.it and not (self.purpose == "billing_support" and r.random() < 0.3):
            allowed.remove("IT_FISCAL_CODE")
        if self.region == "us":
            allowed = [k for k in allowed if k not in ("IBAN_CODE", "IT_FISCAL_CODE")]
        likely = [k for k in LIKELY[self.purpose] if k in allowed]
        rest = [k for k in allowed if k not in likely]
        r.shuffle(likely)
        r.shuffle(rest)
        pool = likely + rest
        want = target - self.c(0, 1, 1, 2, 2)
        while len(kinds) < want and pool:
            kinds.append(pool.pop(0))
        possible = ["spell_surname", "bye_name"]
        if "PHONE_NUMBER" in kinds:
            possible += ["readback_phone", "second_phone"]
        if "ORDER_NUMBER" in kinds:
            possible.append("readback_order")
        if "EMAIL_ADDRESS" in kinds:
            possible.append("readback_email")
        extras = set(r.sample(possible, max(0, min(len(possible), target - len(kinds)))))
        kinds.sort(key=lambda k: STAGE[k] + r.uniform(-1.3, 1.3))
        return kinds, extras

    def build(self, company: str, agent: str, notice: bool):
        it, c, g, r, N = self.it, self.c, self.g, self.rng, self.N
        self.notice = notice
        p = self.purpose
        kinds, extras = self.plan()
        # ---- opening
        if it:
            what = {"customer_care": "il servizio clienti", "sales_first_contact": "le proposte commerciali",
                    "billing_support": "la gestione delle fatture", "technical_support": "il supporto tecnico"}[p]
            if self.outbound:
                greet = [c("Buongiorno, sono", "Buonasera, mi chiamo"), ("AGENT_NAME", agent, agent),
                         f"e la chiamo da {company}."]
            else:
                greet = [c(f"{company}, buongiorno, sono", f"Buongiorno, {company}, le parla",
                           f"{company}, servizio clienti, sono"), ("AGENT_NAME", agent, agent), "."]
            note = c(f"Prima di iniziare la informo che questa telefonata è registrata, per {what}.",
                     f"Le ricordo che la conversazione viene registrata e usata solo per {what}.",
                     f"La chiamata è registrata ai fini del servizio: {what}.",
                     f"Volevo avvisarla che registriamo la telefonata, per {what}.")
            opener = c("Come posso aiutarla?", "Mi dica.", "In che cosa posso esserle utile?") if not self.outbound \
                else "La chiamo perché ha chiesto di essere ricontattat" + g("o", "a") + " dal nostro sito."
        else:
            what = {"customer_care": "customer care", "sales_first_contact": "our sales team",
                    "billing_support": "billing enquiries", "technical_support": "technical support"}[p]
            if self.outbound:
                greet = [c("Hi there, it's", "Hello, my name's"), ("AGENT_NAME", agent, agent),
                         f"calling from {company}."]
            else:
                greet = [c(f"Good morning, {company}, you're speaking to", f"Hello, {company}, my name is",
                           f"Thanks for calling {company}, it's"), ("AGENT_NAME", agent, agent), "."]
            note = c(f"Before we start, I need to let you know this call is recorded for {what}.",
                     f"Just to say, our calls are recorded, this time for {what}.",
                     f"This call is being recorded, for the purposes of {what}.",
                     f"Quick heads-up that the call is recorded to help with {what}.")
            opener = c("How can I help today?", "What can I do for you?", "What's the call about today?") \
                if not self.outbound else "You asked on our website for someone to call you back."
        self.say("agent", *greet, note if notice else "", opener)
        # ---- reason
        if self.outbound:
            self.say("customer", c("Ah sì, ero interessat" + g("o", "a") + " alla vostra offerta.",
                                   "Sì, giusto, volevo qualche informazione.") if it else
                     c("Oh yes, I was looking at your broadband deals.", "Ah, yes, thanks for ringing back."))
        elif it:
            reason = {
                "customer_care": [["Buongiorno, il pacco che aspettavo è arrivato rovinato."],
                                  ["Salve, mi è arrivato un articolo diverso da quello che ho ordinato."],
                                  ["Buonasera, vorrei cambiare l'indirizzo di consegna di un ordine."],
                                  ["Buongiorno, aspetto un ordine da", N(c(8, 10, 12)), "giorni."]],
                "sales_first_contact": [["Salve, vorrei cambiare gestore e capire cosa offrite."],
                                        ["Buongiorno, ho visto la pubblicità della fibra con il telefono."],
                                        ["Buonasera, mi servirebbe un preventivo per luce e gas."]],
                "billing_support": [["Buongiorno, mi avete fatturato un servizio che avevo disdetto."],
                                    ["Salve, vorrei passare alla domiciliazione bancaria."],
                                    ["Buonasera, non mi è mai arrivata l'ultima fattura."],
                                    ["Buongiorno, aspetto un rimborso da", N(c(2, 3)), "mesi."]],
                "technical_support": [["Buongiorno, il decoder dice che manca il segnale."],
                                      ["Salve, il wifi è lentissimo da", N(c(3, 4, 5)), "giorni."],
                                      ["Buonasera, sulla linea fissa sento solo fruscii."],
                                      ["Salve, l'app non mi fa più entrare nell'area clienti."]],
            }[p]
            self.say("customer", *c(*reason))
        else:
            reason = {
                "customer_care": [["Hi, my parcel arrived and the box was crushed."],
                                  ["Hello, I've been sent the wrong item."],
                                  ["Hi, I need to change where an order's being delivered."],
                                  ["Hiya, I've been waiting", N(c(8, 10, 12)), "days for an order."]],
                "sales_first_contact": [["Hi, I'm thinking of switching and wanted to hear what you offer."],
                                        ["Hello, I saw your advert for broadband and a mobile together."],
                                        ["Hi, I'd like a quote, please."]],
                "billing_support": [["Hi, I've been billed for something I cancelled."],
                                    ["Hello, I'd like to set up a direct debit."],
                                    ["Hi, I never got my last invoice."],
                                    ["Hello, I've been waiting", N(c(2, 3)), "months for a refund."]],
                "technical_support": [["Hi, the TV box says there's no signal."],
                                      ["Hello, my wifi's been really slow for", N(c(3, 4, 5)), "days."],
                                      ["Hi, there's a crackling noise on my landline."],
                                      ["Hello, the app won't let me log in any more."]],
            }[p]
            self.say("customer", *c(*reason))
        # ---- the name
        surname_first = it and r.random() < 0.25
        if self.outbound:
            q = c("Parlo con l'intestatario della richiesta?", "Mi conferma nome e cognome?") if it else \
                c("Am I speaking to the person who filled in the form?", "Could I just confirm your full name?")
            lead = c("sì, sono io,", "sì,") if it else c("yes, that's me,", "yes, it's")
        else:
            q, lead = c(("Mi dice il suo nome e cognome?", c("sì,", "allora,", "")),
                        ("Con chi sto parlando?", c("sono", "mi chiamo")),
                        ("Per aprire la pratica, il suo nominativo?", c("certo,", "")),
                        ("A nome di chi è il contratto?", c("a nome mio,", "è intestato a"))) if it else \
                c(("Can I start with your full name?", c("yes, it's", "sure,")),
                  ("Who am I speaking with?", c("it's", "this is")),
                  ("Could I take the name on the account?", c("it's", "that's me,")),
                  ("And your name, please?", c("", "yeah, it's")))
        self.say("agent", q)
        if "spell_surname" in extras and r.random() < 0.5:
            extras.discard("spell_surname")
            self.say("customer", lead, self.person(surname_first),
                     c(", il cognome si scrive", ", cognome:") if it else c(", surname's spelled", ", that's"),
                     self.spelled_surname())
        else:
            self.say("customer", lead, self.person(surname_first))
            if "spell_surname" in extras:
                extras.discard("spell_surname")
                self.say("agent", c("Me lo può scrivere, il cognome?", "Come si scrive il cognome?") if it else
                         c("How do you spell the surname?", "Could you spell the last name for me?"))
                self.say("customer", c("", "certo,", "allora,") if it else c("", "sure,", "it's"),
                         self.spelled_surname())
        if self.outbound:
            self.say("agent", c("Perfetto, grazie.", "Benissimo.") if it else c("Lovely, thanks.", "Great."))
        # ---- the body: the asked kinds with a few number exchanges and pauses in between
        steps = [("ask", k) for k in kinds]
        for _ in range(r.choice([2, 3, 3, 4])):
            steps.insert(r.randint(0, len(steps)), ("num", ""))
        for _ in range(r.choice([0, 1, 1, 2])):
            steps.insert(r.randint(0, len(steps)), ("wait", ""))
        for what_, k in steps:
            if what_ == "ask":
                self.ask(k, extras)
            elif what_ == "num":
                self.distractor()
            else:
                self.filler()
        # ---- closing
        bye = "bye_name" in extras
        if it:
            self.say("agent", c("Bene, ho aperto la richiesta, riceverà un aggiornamento entro",
                                "Ho inoltrato tutto, dovrebbe avere una risposta entro"), N(c(2, 3, 5)), "giorni.",
                     c("Posso fare altro per lei?", "Le serve altro?"))
            self.say("customer", c("No, è tutto, grazie.", "No, va bene così, grazie infinite."))
            name = [c("Grazie a lei,", "Perfetto,"), g("signor", "signora"), ("PERSON", self.last, self.last), "."] \
                if bye else []
            self.say("agent", *name, c("Buona giornata.", "Arrivederci e buona serata."))
            self.say("customer", c("Arrivederci.", "Buona giornata anche a lei."))
        else:
            self.say("agent", c("Okay, that's all logged, you should hear back within",
                                "Right, I've passed that on, someone will be in touch within"),
                     N(c(2, 3, 5)), "working days.", c("Anything else I can help with?", "Is there anything else?"))
            self.say("customer", c("No, that's everything, thanks.", "No, that's it, cheers."))
            name = [c("Thanks very much,", "Lovely,"), g("Mr", c("Mrs", "Ms")), ("PERSON", self.last, self.last), "."] \
                if bye else []
            self.say("agent", *name, c("Have a good day.", "Take care, bye now."))
            self.say("customer", c("You too, bye.", "Thanks, bye."))
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
    H.run_phrasebook(PhraseBookJ, (J_IT_COMPANIES, J_EN_COMPANIES), (J_IT_AGENTS, J_EN_AGENTS))
