#!/usr/bin/env python3
"""heldout_i: a ninth, independently worded phrasebook of synthetic labelled call-centre calls.

usage (from the project root, with the project's venv active):
    python bench/heldout_i.py --dry --seed 7373 --piper /tmp/piper/bin/piper    # print the dialogues, no audio
    python bench/heldout_i.py --seed 7373 --out bench/results/I --prefix I --piper /tmp/piper/bin/piper

(--dry with the same --piper prints exactly the dialogues of the real run; without --piper, heldout's
pick_voices draws one random number fewer per English call and the later calls' wording differs.)

Purpose: a MODERATE, realistic held-out set (Italian and English, the four purposes customer_care,
sales_first_contact, billing_support, technical_support) for measuring how well the personal-data
detector generalises to wording it has never seen. It is meant to read like yet another scriptwriter
writing ordinary calls: plain and polite, with everyday variety (several ways of asking for each kind
of data, several answer lead-ins, a few values said with a little hesitation or a self-correction),
not adversarial.

Provenance: written by a helper that did not read the detector (pipeline/, redaction_rules/, tests/,
evaluation/), the development corpus' truth files or transcripts, nor the sentences of the other
phrasebooks; heldout_h.py was looked at only for the builder interface. Every line of dialogue and
every bank (names, towns, streets, e-mail providers, conditions, companies, agents) is this file's
own. Only the machinery of bench/heldout.py is reused: Speaker, spell_letter / spell_code, the value
generators luhn_complete / iban / fiscal_code, the number words, pick_voices, Renderer, synthesise,
resample_write, main() (language / purpose / mono-stereo / 8-16 kHz / notice schedule, sidecar and
truth format), dry_run() and run_phrasebook(), which rebinds heldout's module-level `CallBuilder`
and company / agent banks in memory; heldout.py itself is not modified.

What a call contains: a greeting with the agent's name (AGENT_NAME); a recording notice in this
file's own words when main()'s `notice` flag is true (and no mention of recording otherwise); the
caller's reason; the caller's full name (PERSON); then 8-11 further personal-data items fitting the
purpose -- what the purpose keeps (customer care: order number, delivery address; sales: phone and
e-mail; billing: IBAN, invoice number, billing address, Italian fiscal code; technical support:
ticket number, a contact phone) and kinds it never keeps (card, date of birth, health condition,
and whatever else comes up) -- and non-personal numbers (prices, hours, quantities, durations,
percentages) labelled NONPII_NUMBER, which must stay audible. Every labelled value is its own piece,
so span times are exact. Values are random per call (Luhn-valid cards, mod-97 IBANs, fiscal codes
with their check letter, Italian mobiles and landlines, UK / US numbers). A lint refuses digits or
number words, the caller's name, street or town, in unlabelled text, and any mention of recording
in a call without the notice.
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

I_IT_FIRST_F = ("Ornella Manuela Cristina Raffaella Giuliana Laura Barbara Simona Angela Rita Letizia Viola "
                "Bianca Sofia Agnese Marisa").split()
I_IT_FIRST_M = ("Paolo Franco Umberto Aldo Ruggero Cesare Guido Mattia Samuele Diego Corrado Maurizio Giuseppe "
                "Antonio Daniele Rocco").split()
I_IT_LAST = ("Ricci Marino Greco Rizzo Vitale Longo Martinelli Ferri Marini Silvestri Pagano Cirillo Valentini "
             "D'Angelo Farina Russo Amato Battaglia Negri Bonetti Giuliani Rossetti Basile Zanella Lupo Guerrini "
             "Morelli Carbone Ferretti Bassi").split()
I_EN_FIRST_F = ("Emily Jessica Rebecca Victoria Alice Ruth Helen Ellie Lauren Natalie Anita Gemma Molly Jasmine "
                "Leanne Georgina").split()
I_EN_FIRST_M = ("William Thomas James Daniel Matthew Robert Andrew Christopher Peter Simon Gavin Toby Hugo Ravi "
                "Ibrahim Euan").split()
I_EN_LAST = ("Bennett Turner Collins Harrison Mitchell Chapman Barker Reynolds Sheridan Atkinson Gillespie "
             "Osborne Cartwright Doyle Lambert Rahman Nowak Adeyemi Fenwick Stirling Whitmore Blackwood Hammond "
             "Quinn Sinclair Ellison Tremayne Holt Crawford Maddox").split()
I_IT_AGENTS = "Miriam Renato Tiziana Ettore Graziella Mauro Ginevra Alfredo Lorena Gino".split()
I_EN_AGENTS = "Kerry Steve Amy Josh Nina Carl Rosie Wayne Tessa Jamal".split()
I_IT_COMPANIES = ["Dolomiti Telecom", "Rete Casa Nazionale", "Mediterranea Telecomunicazioni", "Lario Connect",
                  "Ponente Servizi Casa", "Onda Digitale"]
I_EN_COMPANIES = ["Pennine Telecom", "Riverway Broadband", "Heathfield Home Services", "Larkspur Connect",
                  "Castlegate Mobile", "Bluewater Networks"]
# town, CAP, cadastral code (a fiscal code's birthplace), landline area code
I_IT_TOWNS = [("Ferrara", "44121", "D548", "0532"), ("Arezzo", "52100", "A390", "0575"),
              ("Treviso", "31100", "L407", "0422"), ("Novara", "28100", "F952", "0321"),
              ("Mantova", "46100", "E897", "0376"), ("Cremona", "26100", "D150", "0372"),
              ("Piacenza", "29121", "G535", "0523"), ("Grosseto", "58100", "E202", "0564"),
              ("Viterbo", "01100", "M082", "0761"), ("Foggia", "71121", "D643", "0881"),
              ("Brindisi", "72100", "B180", "0831"), ("Potenza", "85100", "G942", "0971"),
              ("Cosenza", "87100", "D086", "0984"), ("Bolzano", "39100", "A952", "0471"),
              ("Asti", "14100", "A479", "0141"), ("Cuneo", "12100", "D205", "0171"),
              ("Varese", "21100", "L682", "0332"), ("Pavia", "27100", "G388", "0382"),
              ("Latina", "04100", "E472", "0773"), ("Lodi", "26900", "E648", "0371"),
              ("Macerata", "62100", "E783", "0733"), ("Siracusa", "96100", "I754", "0931"),
              ("Trapani", "91100", "L331", "0923"), ("Caserta", "81100", "B963", "0823"),
              ("Matera", "75100", "F052", "0835")]
I_IT_STREETS = [("via", "Ugo Foscolo"), ("viale", "delle Acacie"), ("corso", "Vercelli"), ("piazza", "del Duomo"),
                ("via", "Torquato Tasso"), ("via", "Alessandro Manzoni"), ("viale", "dei Pini"),
                ("piazza", "San Marco"), ("via", "Goffredo Mameli"), ("via", "Galileo Galilei"),
                ("via", "Enrico Fermi"), ("via", "dei Mulini"), ("via", "San Francesco"), ("via", "delle Betulle"),
                ("via", "Vittorio Veneto"), ("viale", "Kennedy"), ("via", "Monte Grappa"), ("strada", "del Bosco"),
                ("vicolo", "delle Orsoline"), ("largo", "Porta Romana")]
# town, postcode, landline area code, subscriber digits
I_UK_TOWNS = [("Cambridge", "CB1 2JD", "01223", 6), ("Reading", "RG1 3EU", "0118", 7),
              ("Southampton", "SO15 2BG", "02380", 6), ("Aberdeen", "AB10 6RN", "01224", 6),
              ("Newcastle", "NE1 4ST", "0191", 7), ("Coventry", "CV1 5FB", "02476", 6),
              ("Durham", "DH1 3HP", "0191", 7), ("Lincoln", "LN2 1PZ", "01522", 6),
              ("Canterbury", "CT1 2RA", "01227", 6), ("Chester", "CH1 2HT", "01244", 6),
              ("Inverness", "IV2 3JH", "01463", 6), ("Portsmouth", "PO5 3AA", "02392", 6),
              ("Dundee", "DD1 4HN", "01382", 6), ("Carlisle", "CA1 1QW", "01228", 6),
              ("Harrogate", "HG1 2RS", "01423", 6)]
I_UK_STREETS = ["Laburnum Grove", "Rectory Lane", "Granville Street", "Nelson Terrace", "Poplar Avenue",
                "Beaconsfield Road", "Heather Close", "Sycamore Drive", "Bramble Way", "Linden Crescent",
                "Willow Walk", "Harbour Street", "Cranbrook Gardens", "Tudor Place", "Foundry Row"]
# city, state, ZIP, area code
I_US_PLACES = [("Madison", "Wisconsin", "53703", "608"), ("Boulder", "Colorado", "80302", "303"),
               ("Savannah", "Georgia", "31401", "912"), ("Portland", "Oregon", "97205", "503"),
               ("Albany", "New York", "12207", "518")]
I_US_STREETS = ["Elmwood Avenue", "Jefferson Street", "Ridge Road", "Walnut Lane", "Hillcrest Drive",
                "Franklin Avenue"]
# domain, how it is said (host part; the suffixes are read with the speaker's "dot")
I_IT_MAIL = [("gmail.com", "gmail"), ("email.it", "email"), ("tin.it", "tin"), ("inwind.it", "inwind"),
             ("live.it", "live"), ("outlook.com", "outlook"), ("aruba.it", "aruba"), ("yahoo.com", "yahoo")]
I_UK_MAIL = [("gmail.com", "gmail"), ("live.co.uk", "live"), ("talktalk.net", "talktalk"),
             ("ntlworld.com", "N T L world"), ("me.com", "me"), ("mail.com", "mail"), ("yahoo.com", "yahoo"),
             ("zoho.com", "zoho")]
I_US_MAIL = [("gmail.com", "gmail"), ("comcast.net", "comcast"), ("verizon.net", "verizon"),
             ("att.net", "A T T"), ("yahoo.com", "yahoo")]
# (masculine, feminine) or one text for both
I_IT_HEALTH = [("ho la fibromialgia",), ("soffro di artrite reumatoide",), ("porto un pacemaker",),
               ("ho il lupus",), ("soffro di emicranie molto forti",), ("ho la BPCO e mi manca spesso il fiato",),
               ("sono celiaco", "sono celiaca"), ("sono in cura per l'epatite C",),
               ("ho un'ernia al disco",), ("ho un disturbo dello spettro autistico",),
               ("ho la pressione molto alta e prendo dei farmaci",),
               ("sono stato operato di cataratta", "sono stata operata di cataratta"),
               ("ho l'anemia falciforme",), ("soffro di disturbo ossessivo compulsivo",)]
I_EN_HEALTH = [("I've got fibromyalgia",), ("I have rheumatoid arthritis",), ("I've had a pacemaker fitted",),
               ("I have lupus",), ("I get really bad migraines",), ("I've got COPD and get breathless",),
               ("I'm coeliac",), ("I'm being treated for hepatitis C",), ("I've got a slipped disc",),
               ("I'm autistic",), ("I've got long Covid",), ("I have sickle cell disease",),
               ("I had cataract surgery last month",), ("I've got OCD",)]

PII9 = ["PHONE_NUMBER", "EMAIL_ADDRESS", "IT_FISCAL_CODE", "IBAN_CODE", "CREDIT_CARD", "DATE_OF_BIRTH",
        "ADDRESS", "HEALTH", "ORDER_NUMBER"]
KEEPS = {"customer_care": ["ORDER_NUMBER", "ADDRESS"],
         "sales_first_contact": ["PHONE_NUMBER", "EMAIL_ADDRESS"],
         "billing_support": ["IBAN_CODE", "ORDER_NUMBER", "ADDRESS"],
         "technical_support": ["ORDER_NUMBER", "PHONE_NUMBER"]}
NEVER = ["CREDIT_CARD", "DATE_OF_BIRTH", "HEALTH"]
# other kinds that come up naturally in a purpose, drawn before the rest
NATURAL = {"customer_care": ["PHONE_NUMBER", "EMAIL_ADDRESS"],
           "sales_first_contact": ["ADDRESS", "IBAN_CODE", "IT_FISCAL_CODE"],
           "billing_support": ["EMAIL_ADDRESS", "PHONE_NUMBER"],
           "technical_support": ["ADDRESS", "EMAIL_ADDRESS"]}

IT_NUMBER_WORDS = set(IT_UNITS) | {"venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta",
                                   "novanta", "cento", "mille", "mila", "milioni", "doppio"}
EN_NUMBER_WORDS = set(EN_UNITS) | {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                                   "hundred", "thousand", "double", "triple"}
GENERIC_PLACE_WORDS = {"via", "viale", "corso", "piazza", "vicolo", "strada", "largo", "dei", "del", "della",
                       "delle", "san", "monte", "porta", "road", "street", "lane", "avenue", "close", "drive",
                       "way", "walk", "crescent", "gardens", "place", "terrace", "grove", "row"}


class LintError(AssertionError):
    pass


# =========================================================================== the phrasebook


class PhraseBookI:
    def __init__(self, rng, lang: str, purpose: str):
        self.rng, self.lang, self.purpose = rng, lang, purpose
        self.it = lang == "it"
        self.agent_sp = H.Speaker(lang, rng)
        self.cust_sp = H.Speaker(lang, rng)
        self.female = rng.random() < 0.5
        if self.it:
            self.first = rng.choice(I_IT_FIRST_F if self.female else I_IT_FIRST_M)
            self.last = rng.choice(I_IT_LAST)
            self.region = "it"
        else:
            self.first = rng.choice(I_EN_FIRST_F if self.female else I_EN_FIRST_M)
            self.last = rng.choice(I_EN_LAST)
            self.region = "us" if purpose != "billing_support" and rng.random() < 0.25 else "uk"
        self.born = dt.date(rng.randint(1944, 2004), rng.randint(1, 12), rng.randint(1, 28))
        # where the caller lives, drawn up front so the lint knows the words to keep out of plain text
        if self.region == "it":
            self.home_town = rng.choice(I_IT_TOWNS)
            self.home_street = rng.choice(I_IT_STREETS)
            street_words = self.home_street[1]
            town_word = self.home_town[0]
        elif self.region == "uk":
            self.home_town = rng.choice(I_UK_TOWNS)
            self.home_street = rng.choice(I_UK_STREETS)
            street_words, town_word = self.home_street, self.home_town[0]
        else:
            self.home_town = rng.choice(I_US_PLACES)
            self.home_street = rng.choice(I_US_STREETS)
            street_words, town_word = self.home_street, self.home_town[0]
        self.turns: list[tuple[str, list]] = []
        self.used_distractors: set[int] = set()
        self.brand = "Visa"
        self.notice = False
        self.private_words: set[str] = {self.first.lower(), self.last.lower(), town_word.lower()}
        self.private_words |= {w for w in re.findall(r"[\w']+", street_words.lower()) if w not in GENERIC_PLACE_WORDS}

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

    def money(self, whole: int, cents: int = 0) -> list:
        """An amount as pieces: each number its own NONPII span, the currency words in between."""
        N, r = self.N, self.rng
        if self.it:
            if not cents:
                return [N(whole), "euro"]
            return r.choice([[N(whole), "euro e", N(cents)], [N(whole), "euro e", N(cents), "centesimi"],
                             [N(whole), "e", N(cents)]])
        if self.region == "us":
            if not cents:
                return [N(whole), "dollars"]
            return r.choice([[N(whole), "dollars and", N(cents), "cents"], [N(whole), N(cents)]])
        if not cents:
            return [N(whole), "pounds"]
        return r.choice([[N(whole), "pounds", N(cents)], [N(whole), N(cents)]])

    def hesitation(self) -> str:
        return self.c("ehm", "ehm,", "mm,") if self.it else self.c("uh,", "um,", "er,")

    def say_groups(self, sp, groups: list[str], styles: list[str]) -> list[str]:
        return [sp.group(g, s) for g, s in zip(groups, styles)]

    def wrong_digits(self, group: str) -> str:
        k = self.rng.randrange(len(group))
        d = str((int(group[k]) + self.rng.choice([1, 2, 8, 9])) % 10)
        return group[:k] + d + group[k + 1:]

    def correction(self) -> str:
        return self.c("... no, scusi,", "... anzi no,", "... no, aspetti,") if self.it else \
            self.c("... sorry, no,", "... no, wait,", "... hang on, no,")

    def palette(self, kind: str) -> list[str]:
        """How digit groups may be read: one by one, in pairs, or (Italian, short groups) as a number."""
        if kind in ("phone", "order") and self.it:
            return ["single", "single", "pairs", "whole"]
        return ["single", "single", "pairs"]

    def read_digits(self, sp, run: str, palette: list[str]) -> str:
        """A run of digits inside a code: short runs in one go, longer ones cut into small groups."""
        r = self.rng
        if len(run) <= 4:
            sizes = [len(run)]
        elif len(run) == 5:
            sizes = r.choice([[5], [2, 3], [3, 2]])
        else:
            sizes = r.choice([[3] * (len(run) // 3), [4] * (len(run) // 4), [2] * (len(run) // 2)])
        out, i = [], 0
        for size in sizes:
            g = run[i:i + size]
            i += size
            st = r.choice(palette)
            if (st == "whole" and len(g) > 3) or (st == "pairs" and (len(g) > 4 or (self.it and len(g) % 2))):
                st = "single"
            out.append(sp.group(g, st))
        if i < len(run):
            out.append(sp.one_by_one(run[i:]))
        return ", ".join(out)

    def spell(self, code: str, sp, mode: str) -> str:
        """A code of letters and digits: letters named (mode plain / city / di / nato / asin / mixed),
        digit runs read in small groups."""
        out = []
        for tok in re.findall(r"[A-Z]|[0-9]+", code):
            if tok.isdigit():
                out.append(self.read_digits(sp, tok, self.palette("code")))
            else:
                m = mode
                if mode == "mixed":
                    m = self.rng.choice(["plain", "plain", "city" if self.it else "nato"])
                out.append(spell_letter(tok, self.lang, m))
        return ", ".join(out)

    def dictate_value(self, digits: str, sizes: list[int], style: str | None, allow_slip: bool = True,
                      palette: list[str] | None = None) -> str:
        """Digits in groups, each group in its own or a shared style, sometimes with an "ehm" between
        groups or a group said wrong then put right."""
        sp, r = self.cust_sp, self.rng
        palette = palette or self.palette("card")
        groups, i = [], 0
        for s in sizes:
            groups.append(digits[i:i + s])
            i += s
        if i < len(digits):
            groups.append(digits[i:])
        styles = []
        for g in groups:
            st = style or r.choice(palette)
            if st == "whole" and len(g) > 3:
                st = "pairs"
            styles.append(st)
        spoken = self.say_groups(sp, groups, styles)
        roll = r.random()
        if allow_slip and roll < 0.12 and len(groups) > 1:
            k = r.randrange(1, len(groups))
            wrong = sp.group(self.wrong_digits(groups[k]), styles[k])
            spoken[k] = f"{wrong}{self.correction()} {spoken[k]}"
        elif roll < 0.25 and len(groups) > 2:
            k = r.randrange(1, len(groups))
            spoken[k] = f"{self.hesitation()} {spoken[k]}"
        return ", ".join(spoken)

    # ------------------------------------------------------------------ values and their spoken forms

    def person(self, surname_first: bool = False):
        v = f"{self.last} {self.first}" if surname_first else f"{self.first} {self.last}"
        return ("PERSON", v, v)

    def spelled_surname(self):
        s = self.last.upper().replace("'", "")
        mode = self.c("plain", "plain", "city", "di") if self.it else self.c("plain", "plain", "nato", "asin")
        return ("PERSON", self.last, spell_code(s, self.cust_sp, mode))

    def phone(self, landline: bool = False):
        r = self.rng
        if self.region == "it":
            if landline:
                area = self.home_town[3]
                v = area + "".join(r.choice(string.digits) for _ in range(10 - len(area)))
                sizes = r.choice([[len(area), 10 - len(area)], [len(area), 3, 10 - len(area) - 3],
                                  [len(area), 2, 2, 10 - len(area) - 4]])
            else:
                v = "3" + r.choice(["24", "27", "30", "35", "36", "37", "43", "46", "48", "50", "51", "68", "70",
                                    "80", "83", "89", "93"]) + "".join(r.choice(string.digits) for _ in range(7))
                sizes = r.choice([[3, 3, 4], [3, 3, 2, 2], [3, 2, 2, 3], [3, 4, 3], [3, 3, 3, 1]])
            style = r.choice(["single", "single", "pairs", "whole", None])
        elif self.region == "uk":
            if landline:
                area, n = self.home_town[2], self.home_town[3]
                v = area + r.choice("2345678") + "".join(r.choice(string.digits) for _ in range(n - 1))
                sizes = [len(area), 3, n - 3] if n == 6 else [len(area), 3, 4]
            else:
                v = "07" + r.choice("3456789") + "".join(r.choice(string.digits) for _ in range(8))
                sizes = r.choice([[5, 6], [5, 3, 3], [4, 3, 4], [3, 4, 4]])
            style = r.choice(["single", "single", "single", None])
        else:
            v = self.home_town[3] + r.choice("2345678") + "".join(r.choice(string.digits) for _ in range(6))
            sizes = [3, 3, 4]
            style = r.choice(["single", "single", None])
        return ("PHONE_NUMBER", v, self.dictate_value(v, sizes, style, palette=self.palette("phone")))

    def email(self):
        r, sp, it = self.rng, self.cust_sp, self.it
        first = self.first.lower()
        last = self.last.lower().replace("'", "")
        bank = I_IT_MAIL if it else (I_US_MAIL if self.region == "us" else I_UK_MAIL)
        domain, host_spoken = r.choice(bank)
        yy = f"{self.born.year % 100:02d}"
        num = r.choice([yy, str(r.randint(2, 99)), str(self.born.year)])
        shape = r.choice(["dot", "dot", "joined_num", "initial", "last_first", "under", "first_num", "dash"])
        local = {"dot": f"{first}.{last}", "joined_num": f"{first}{last}{num}", "initial": f"{first[0]}{last}",
                 "last_first": f"{last}.{first}", "under": f"{first}_{last}", "first_num": f"{first}{num}",
                 "dash": f"{first}-{last}"}[shape]
        dot = "punto" if it else "dot"
        at = ("chiocciola" if r.random() < 0.85 else "at") if it else "at"

        def speak(part: str) -> str:
            out = []
            for tok in re.findall(r"[a-z]+|[0-9]+|[._-]", part):
                if tok.isdigit():
                    out.append(sp.whole(tok) if len(tok) <= 2 or r.random() < 0.5 else sp.one_by_one(tok))
                elif tok == ".":
                    out.append(dot)
                elif tok == "_":
                    out.append(self.c("trattino basso", "underscore") if it else "underscore")
                elif tok == "-":
                    out.append("trattino" if it else self.c("dash", "hyphen"))
                elif len(tok) == 1:
                    out.append(IT_LETTERS[tok.upper()] if it else tok.upper())
                else:
                    out.append(tok)
            return " ".join(out)

        # "initial": the first letter said on its own, then the surname
        if shape == "initial":
            local_spoken = (IT_LETTERS[first[0].upper()] if it else first[0].upper()) + " " + speak(last)
        else:
            local_spoken = speak(local)
        roll = r.random()
        if roll < 0.2 and shape != "first_num":       # the surname spelled out in passing
            spelled = spell_code(last.upper(), sp, "plain")
            if it:
                spelled = spelled.lower()
            local_spoken += (", " + self.c("si scrive", "cioè") if it else ", " + self.c("that's", "spelled")) + \
                " " + spelled + ","
        host_parts = domain.split(".")
        tail = " ".join(f"{dot} {t}" for t in host_parts[1:])
        domain_spoken = f"{host_spoken} {tail}"
        if 0.2 <= roll < 0.3:                            # the provider said wrong, then put right
            other_host = r.choice([h for d, h in bank if d != domain])
            domain_spoken = f"{other_host}{self.correction()} {domain_spoken}"
        spoken = f"{local_spoken} {at} {domain_spoken}"
        return ("EMAIL_ADDRESS", f"{local}@{domain}", spoken)

    def fiscal(self):
        town = self.rng.choice(I_IT_TOWNS)[2]
        v = fiscal_code(self.first, self.last.replace("'", ""), self.born, self.female, town)
        sp, r = self.cust_sp, self.rng
        mode = r.choice(["plain", "plain", "city", "di", "mixed"]) if self.it else r.choice(["plain", "nato"])
        if r.random() < 0.5:         # in its natural chunks: surname, name, year, month, day, town, check
            chunks = [v[0:3], v[3:6], v[6:8], v[8], v[9:11], v[11:15], v[15]]
            spoken = ", ".join(self.spell(ch, sp, mode) for ch in chunks)
        else:
            spoken = self.spell(v, sp, mode)
        return ("IT_FISCAL_CODE", v, spoken)

    def iban(self):
        r, sp = self.rng, self.cust_sp
        if self.it or r.random() < 0.2:
            cin = r.choice("ABCDEFGHLMNPRSTVZ")
            abi = r.choice(["03069", "02008", "05034", "03111", "01030", "05387", "06230", "03440"])
            bban = cin + abi + "".join(r.choice(string.digits) for _ in range(5)) + \
                "".join(r.choice(string.digits) for _ in range(12))
            v = iban("IT", bban)
            parts = [v[0:2], v[2:4], v[4], v[5:10], v[10:15], v[15:27]]
        else:
            bank = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"])
            v = iban("GB", bank + "".join(r.choice(string.digits) for _ in range(14)))
            parts = [v[0:2], v[2:4], v[4:8], v[8:14], v[14:22]]
        letter_mode = (r.choice(["plain", "plain", "city", "di"]) if self.it else r.choice(["plain", "plain", "nato"]))
        how = r.choice(["fours", "parts", "parts", "flat"])
        if how == "fours":
            groups = [v[i:i + 4] for i in range(0, len(v), 4)]
        elif how == "parts":
            groups = parts
        else:
            groups = [v]
        out = []
        for grp in groups:
            if any(ch.isalpha() for ch in grp):
                out.append(self.spell(grp, sp, letter_mode))
            else:
                out.append(self.read_digits(sp, grp, self.palette("code")))
        if how != "flat" and r.random() < 0.2 and len(out) > 3:
            k = r.randrange(2, len(out))
            out[k] = f"{self.hesitation()} {out[k]}"
        return ("IBAN_CODE", v, ", ".join(out))

    def card(self):
        r = self.rng
        kind = r.choice(["visa", "visa", "mc", "mc", "maestro_like", "amex"])
        if kind == "amex":
            v = luhn_complete(r.choice(["34", "37"]), 15, r)
            sizes = [4, 6, 5]
        else:
            prefix = {"visa": "4", "mc": str(r.randint(51, 55)), "maestro_like": str(r.randint(2221, 2720))}[kind]
            v = luhn_complete(prefix, 16, r)
            sizes = [4, 4, 4, 4]
        self.brand = {"visa": "Visa", "mc": "Mastercard", "maestro_like": "Mastercard",
                      "amex": "American Express"}[kind]
        style = r.choice(["single", "single", "pairs", None])
        return ("CREDIT_CARD", v, self.dictate_value(v, sizes, style))

    def dob_words(self, day: int, b: dt.date, form: str) -> str:
        sp = self.cust_sp
        if self.it:
            d = "primo" if day == 1 else it_words(day)
            m = IT_MONTHS[b.month - 1]
            short_year = it_words(b.year % 100) if b.year < 2000 else it_words(b.year)
            return {"long": f"{d} {m} {it_words(b.year)}",
                    "di": f"{d} di {m} " + (f"dell'{short_year}" if short_year[0] in "aeiou" else f"del {short_year}"),
                    "anno": f"{d} {m}, anno {it_words(b.year)}",
                    "numeric": f"{it_words(day)}, {it_words(b.month)}, {short_year}",
                    "slash": f"{it_words(day)}, {sp.one_by_one(f'{b.month:02d}')}, {it_words(b.year)}"}[form]
        m = EN_MONTHS[b.month - 1]
        return {"uk": f"the {en_ordinal(day)} of {m}, {en_year(b.year)}",
                "uk_short": f"{en_ordinal(day)} {m} {en_year(b.year)}",
                "us": f"{m} {en_ordinal(day)}, {en_year(b.year)}",
                "numeric": f"{en_words(day)}, {en_words(b.month)}, "
                           f"{en_words(b.year % 100) if b.year < 2000 else en_year(b.year)}",
                "us_cardinal": f"{m} {en_words(day)}, {en_year(b.year)}"}[form]

    def dob(self):
        b, r = self.born, self.rng
        if self.it:
            form = r.choice(["long", "long", "di", "anno", "numeric", "slash"])
        elif self.region == "us":
            form = r.choice(["us", "us", "us_cardinal", "numeric"])
        else:
            form = r.choice(["uk", "uk", "uk_short", "us", "numeric"])
        spoken = self.dob_words(b.day, b, form)
        self.dob_form = form
        if r.random() < 0.12 and form not in ("numeric", "slash"):     # the day said wrong, then put right
            wrong = b.day + (1 if b.day < 28 else -1)
            first_bit = ("il " if self.it else "the ") + (it_words(wrong) if self.it else en_ordinal(wrong))
            spoken = f"{first_bit}{self.correction()} {spoken}"
        return ("DATE_OF_BIRTH", b.isoformat(), spoken)

    def address(self):
        r, sp = self.rng, self.cust_sp
        if self.region == "it":
            kind, name = self.home_street
            town, cap, _, _ = self.home_town
            n = r.randint(1, 160)
            base_v = f"{kind} {name} {n}"
            num = it_words(n)
            form = r.choice(["cap", "cap", "town", "civico", "numero"])
            if form == "cap":
                cap_s = sp.dictate(cap, [5], [r.choice(["single", "single", "pairs"])])
                v, s = f"{base_v}, {cap} {town}", f"{kind} {name} {num}, {cap_s}, {town}"
            elif form == "town":
                v, s = f"{base_v}, {town}", f"{kind} {name} {num}, a {town}"
            elif form == "civico":
                v, s = f"{base_v}, {town}", f"{kind} {name}, civico {num}, {town}"
            else:
                v, s = f"{base_v}, {town}", f"{kind} {name} numero {num}, {town}"
            if r.random() < 0.2:
                scala = r.choice("ABCD")
                v += f", scala {scala}"
                s += f", scala {IT_LETTERS[scala]}"
            return ("ADDRESS", v, s)
        if self.region == "uk":
            street = self.home_street
            town, pc, _, _ = self.home_town
            n = r.randint(2, 148)
            pc_s = ", ".join(" ".join(ch if ch.isalpha() else sp.digit(ch) for ch in part) for part in pc.split())
            num = en_words(n) if n < 100 or r.random() < 0.5 else sp.pairs(str(n))
            lead_v = lead_s = ""
            roll = r.random()
            if roll < 0.15:
                fl = r.randint(2, 14)
                lead_v, lead_s = f"Flat {fl}, ", f"flat {en_words(fl)}, "
            elif roll < 0.25:
                letter = r.choice("AB")
                v_num, num = f"{n}{letter}", f"{num} {letter}"
            if not (0.15 <= roll < 0.25):
                v_num = str(n)
            if r.random() < 0.7:
                v = f"{lead_v}{v_num} {street}, {town} {pc}"
                pc_part = pc_s if r.random() < 0.8 else f"{self.hesitation()} {pc_s}"
                s = f"{lead_s}{num} {street}, {town}, {pc_part}"
            else:
                v = f"{lead_v}{v_num} {street}, {town}"
                s = f"{lead_s}{num} {street}, in {town}"
            return ("ADDRESS", v, s)
        street = self.home_street
        city, state, zipc, _ = self.home_town
        n = r.randint(100, 4999)
        apt = r.random() < 0.3
        a_n, a_l = r.randint(1, 9), r.choice("ABCD")
        v = f"{n} {street}" + (f", Apt {a_n}{a_l}" if apt else "") + f", {city}, {state} {zipc}"
        s = f"{sp.pairs(str(n))} {street}" + (f", apartment {en_words(a_n)} {a_l}" if apt else "") + \
            f", {city}, {state}, {sp.one_by_one(zipc)}"
        return ("ADDRESS", v, s)

    def health(self):
        bank = I_IT_HEALTH if self.it else I_EN_HEALTH
        entry = self.c(*bank)
        v = entry[0] if len(entry) == 1 else (entry[1] if self.female else entry[0])
        return ("HEALTH", v, v)

    def order_noun(self) -> str:
        if self.it:
            return {"customer_care": self.c("numero d'ordine", "codice dell'ordine"),
                    "sales_first_contact": self.c("codice della proposta", "riferimento del preventivo"),
                    "billing_support": self.c("numero della fattura", "numero del documento di fatturazione"),
                    "technical_support": self.c("numero della segnalazione", "codice del guasto")}[self.purpose]
        return {"customer_care": self.c("order number", "order reference"),
                "sales_first_contact": self.c("quote reference", "reference number"),
                "billing_support": self.c("invoice number", "bill reference"),
                "technical_support": self.c("fault reference", "ticket number")}[self.purpose]

    def order(self):
        r, sp = self.rng, self.cust_sp
        letters = "ABCDEFGHKLMNPRSTUVWZ"
        if self.purpose == "billing_support" and r.random() < 0.5:      # an invoice: year / progressive
            year = r.choice([2024, 2025, 2026])
            prog = f"{r.randint(1, 99999):06d}"
            v = f"{year}/{prog}"
            year_s = it_words(year) if self.it else en_year(year)
            bar = self.c("barra", "slash") if self.it else self.c("slash", "stroke")
            return ("ORDER_NUMBER", v, f"{year_s}, {bar}, {sp.dictate(prog, [3, 3], [r.choice(['single', 'pairs'])] * 2)}")
        shape = r.choice(["digits", "digits", "letters2", "letters3"])
        if shape == "digits":
            v = str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(r.randint(6, 9)))
            sizes = r.choice([[3] * (len(v) // 3), [2] * (len(v) // 2), [4] * (len(v) // 4)])
            return ("ORDER_NUMBER", v, self.dictate_value(v, sizes, None, allow_slip=False,
                                                          palette=self.palette("order")))
        n_letters = 2 if shape == "letters2" else 3
        v = "".join(r.choice(letters) for _ in range(n_letters)) + \
            "".join(r.choice(string.digits) for _ in range(r.randint(6, 7)))
        mode = r.choice(["plain", "plain", "city" if self.it else "nato"])
        return ("ORDER_NUMBER", v, self.spell(v, sp, mode))

    # ------------------------------------------------------------------ questions and answers

    def question(self, kind: str) -> str:
        it, c, g, p = self.it, self.c, self.g, self.purpose
        if kind == "PHONE_NUMBER":
            return c("Che numero di telefono posso segnare?", "Mi lascia un numero per eventuali comunicazioni?",
                     g("A che numero preferisce essere contattato?", "A che numero preferisce essere contattata?"),
                     "Mi serve un contatto telefonico: quale le segno?", "Ha un cellulare di riferimento?") if it else \
                c("What's the best number to reach you on?", "Could I get a phone number for the account?",
                  "Which number should we use if we need to call you back?", "Do you have a mobile I can note down?",
                  "And a contact number, please?")
        if kind == "EMAIL_ADDRESS":
            return c("Mi indica un indirizzo email?", "A quale casella le mandiamo la documentazione?",
                     "Ha un indirizzo di posta elettronica da lasciarci?",
                     "Per ricevere i documenti online, qual è la sua email?") if it else \
                c("What email address shall I put down?", "Where would you like the paperwork emailed?",
                  "Is there an email we can use for updates?", "Could I have an email address for you?")
        if kind == "IT_FISCAL_CODE":
            return c("Per procedere mi occorre il codice fiscale.", "Me lo dice il codice fiscale, per favore?",
                     "Ha a portata di mano il codice fiscale?",
                     "Serve il codice fiscale dell'intestatario: me lo legge?") if it else \
                c("As the contract was set up in Italy, I also need your codice fiscale.",
                  "Do you have your Italian tax number to hand? The codice fiscale.")
        if kind == "IBAN_CODE":
            if p == "billing_support":
                return c("Su quale conto desidera l'addebito automatico?", "Mi comunica l'IBAN del conto?",
                         "Per il rimborso mi serve un IBAN: me lo detta?",
                         "Mi detta le coordinate del conto corrente?") if it else \
                    c("Which account would you like the direct debit to come from? I'll need the IBAN.",
                      "Can you read out your IBAN for me?", "For the refund I need an IBAN, do you have it there?",
                      "What are the account details? The full IBAN, please.")
            if p == "sales_first_contact":
                return c("Per l'attivazione serve il conto su cui appoggiare i pagamenti: mi detta l'IBAN?",
                         "Vuole pagare con addebito in conto? Allora mi serve l'IBAN.") if it else \
                    c("If you'd like to pay by direct debit, I'll need the IBAN.",
                      "Which account should the monthly payments come out of? The IBAN, please.")
            if p == "customer_care":
                return c("Il rimborso dell'articolo lo facciamo con bonifico: mi detta l'IBAN?",
                         "Su che conto le restituiamo i soldi dell'ordine?") if it else \
                    c("We refund returns by bank transfer, so could I take your IBAN?",
                      "Which account should we send the money for the order back to? I'll need the IBAN.")
            return c("Per i giorni di disservizio le spetta un indennizzo: su quale IBAN lo accreditiamo?",
                     "L'indennizzo per il guasto lo versiamo sul conto: me lo detta l'IBAN?") if it else \
                c("You're owed some compensation for the outage; which IBAN should it go to?",
                  "We'll pay the compensation for the fault into your bank; could you read me the IBAN?")
        if kind == "CREDIT_CARD":
            why = {"customer_care": ("Il modello sostitutivo costa un po' di più: per la differenza, mi legge il numero "
                                     "della carta?",
                                     "The replacement model costs a little more; for the difference, could you read "
                                     "me the card number?"),
                   "sales_first_contact": ("Per il primo canone possiamo addebitare una carta: mi dice il numero?",
                                           "We can take the first month by card; what's the number on it?"),
                   "billing_support": ("Se vuole saldare subito la parte rimasta, mi legge il numero della carta?",
                                       "If you'd like to clear the balance now, could you read me the card number?"),
                   "technical_support": ("Se il guasto è sul suo impianto l'uscita è a pagamento: con che carta "
                                         "preferisce pagare?",
                                         "If the fault's on your side there's a call-out charge; which card would "
                                         "you like to use?")}[p][0 if it else 1]
            return c("Mi legge il numero della carta?", "Desidera pagare con carta? Mi dice le cifre?", why, why) if it \
                else c("Could you read me the card number?", "And the long number across the card, please?", why, why)
        if kind == "DATE_OF_BIRTH":
            return c(g("Mi dice quando è nato?", "Mi dice quando è nata?"), "Qual è la sua data di nascita?",
                     "Mi serve anche la data di nascita per la verifica.",
                     "Che data di nascita risulta sul documento?") if it else \
                c("What's your date of birth, please?", "Can I just check your date of birth?",
                  "For security, when's your birthday, with the year?", "Could you confirm your date of birth?")
        if kind == "ADDRESS":
            specific = {"customer_care": ("Dove dobbiamo consegnare?", "Where should we deliver it?"),
                        "sales_first_contact": ("Dove le mandiamo il contratto da firmare?",
                                                "Where shall we post the contract to?"),
                        "billing_support": ("Che indirizzo metto in fattura?", "Which address is on the bill?"),
                        "technical_support": ("A quale indirizzo mandiamo il tecnico?",
                                              "What's the address for the engineer visit?")}[p][0 if it else 1]
            return c("Dove abita, esattamente?", "Mi conferma l'indirizzo di residenza?", specific, specific) if it else \
                c("What's your address?", "Could I take your postal address?", specific, specific)
        if kind == "HEALTH":
            if p == "technical_support":
                return c("Quando passa il tecnico, c'è qualcosa di cui deve tenere conto?",
                         "Per la visita a domicilio, ha bisogno di qualche accortezza?") if it else \
                    c("Is there anything the engineer should know before visiting?",
                      "For the home visit, do you need any extra help from us?")
            return c("C'è qualcosa che dobbiamo sapere per venirle incontro?",
                     "Ha qualche necessità particolare che dovremmo annotare?",
                     g("Preferisce essere contattato in un momento particolare della giornata?",
                       "Preferisce essere contattata in un momento particolare della giornata?")) if it else \
                c("Is there anything we should know to make things easier for you?",
                  "Do you need any extra support from us?", "Are there times of day that suit you better?")
        # ORDER_NUMBER
        noun = self.order_noun()
        return c(f"Ha sottomano il {noun}?", f"Mi legge il {noun}?", f"Qual è il {noun}, per favore?",
                 f"Per rintracciare la pratica mi serve il {noun}.") if it else \
            c(f"Do you have the {noun}?", f"Can you give me the {noun}?", f"What's the {noun} on your paperwork?",
              f"I'll need the {noun} to find it.")

    def lead(self, kind: str, value) -> str:
        it, c, g = self.it, self.c, self.g
        if kind == "PHONE_NUMBER":
            return c("sì, segni pure:", "il mio cellulare è il", "mi chiami al", "allora... è il", "") if it else \
                c("it's", "sure, my mobile's", "you can reach me on", "um, let me think... it's", "that'd be")
        if kind == "EMAIL_ADDRESS":
            return c("sì, è", "allora, scriva:", "gliela dico:", "dunque... ecco,") if it else \
                c("yes, it's", "okay, so it's", "right, that's", "sure, ready?")
        if kind == "IT_FISCAL_CODE":
            return c("sì, eccolo:", "certo, è", "allora, glielo scandisco:", "un secondo... ecco,") if it else \
                c("yes, I do, it's", "okay, here it is:")
        if kind == "IBAN_CODE":
            return c("sì, glielo leggo:", "allora, l'IBAN è", "ce l'ho qui, è", "dunque,") if it else \
                c("yeah, it's", "right, it's", "I've got it here:", "okay, so")
        if kind == "CREDIT_CARD":
            return c(f"con la {self.brand}, il numero è", "allora, il numero è", "sì, leggo:", "ecco qua:") if it else \
                c(f"the {self.brand}, it's", "right, it's", "okay, ready:", "here we go:")
        if kind == "DATE_OF_BIRTH":
            numeric = self.dob_form in ("numeric", "slash")
            if it:
                if numeric:
                    return c("allora,", "sì,", "")
                if value[2].startswith("il "):
                    return c("allora,", "è", "")
                return c(g("sono nato il", "sono nata il"), "il", "è il")
            if numeric or value[2].startswith("the "):
                return c("it's", "yes,", "")
            return c("it's", "I was born on", "yes,", "")
        if kind == "ADDRESS":
            if self.region == "it":
                return c("abito in", "sto in", "allora,", "è", "")
            return c("it's", "I live at", "we're at", "it's, um,")
        if kind == "HEALTH":
            return c("sì, in effetti", "guardi,", "beh, sì,", "devo dirle che") if it else \
                c("actually, yes,", "well,", "to be honest,", "I should mention")
        return c("sì, è", "allora...", "un momento... ecco:", "lo trovo qui, è") if it else \
            c("yes, it's", "let me look... it's", "I've got it here:", "sure,")

    def tail(self, kind: str) -> str:
        it, c, g = self.it, self.c, self.g
        if kind == "EMAIL_ADDRESS":
            return c("senza maiuscole.", "senza spazi.", "", "") if it else c("no capitals.", "no spaces.", "", "")
        if kind == "HEALTH":
            return c("quindi a volte non riesco a rispondere subito.", "per questo preferisco le mattine.",
                     g("quindi le chiedo un po' di pazienza se sono lento.",
                       "quindi le chiedo un po' di pazienza se sono lenta."), "") if it else \
                c("so I sometimes need a bit longer.", "so afternoons are better for me.",
                  "so please bear with me if I'm slow.", "")
        return ""

    def ack(self):
        if self.rng.random() < 0.5:
            self.say("agent", self.c("Grazie, segnato.", "Perfetto.", "D'accordo, ho annotato.", "Molto bene.")
                     if self.it else self.c("Thanks, that's noted.", "Great.", "Got it, thank you.", "Lovely."))
            if self.rng.random() < 0.5:
                self.say("customer", self.c("Prego.", "Bene.") if self.it else self.c("No worries.", "Okay."))

    def readback(self, value):
        label, v, _ = value
        sp = self.agent_sp
        if any(ch.isalpha() for ch in v):
            back = self.spell(v, sp, "plain")
        elif "/" in v:
            year, prog = v.split("/")
            back = (it_words(int(year)) + ", barra, " if self.it else en_year(int(year)) + ", slash, ") + \
                sp.one_by_one(prog)
        else:
            sizes = [3, 3, 4] if len(v) == 10 else ([5, 6] if len(v) == 11 else [3] * (len(v) // 3))
            back = sp.dictate(v, sizes, ["single"] * len(sizes))
        self.say("agent", self.c("Allora ripeto:", "Verifico:", "Le rileggo il numero:") if self.it
                 else self.c("Just to confirm:", "I've got", "Let me repeat that:"),
                 (label, v, back), self.c("è corretto?", "giusto?") if self.it else self.c("is that right?", "yes?"))
        self.say("customer", self.c("Sì, esatto.", "Perfetto, è quello.") if self.it else self.c("Yes, spot on.", "That's it."))

    def ask(self, kind: str, extras: set):
        value = {"PHONE_NUMBER": self.phone, "EMAIL_ADDRESS": self.email, "IT_FISCAL_CODE": self.fiscal,
                 "IBAN_CODE": self.iban, "CREDIT_CARD": self.card, "DATE_OF_BIRTH": self.dob,
                 "ADDRESS": self.address, "HEALTH": self.health, "ORDER_NUMBER": self.order}[kind]()
        it, c, r = self.it, self.c, self.rng
        self.say("agent", self.question(kind))
        lead = self.lead(kind, value)
        if kind in ("ORDER_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IT_FISCAL_CODE") and r.random() < 0.15:
            self.say("customer", c("Mi dia un attimo, lo prendo.", "Un secondo che apro la mail.") if it
                     else c("Give me a second, I'll grab it.", "Hold on, it's in my emails."))
            self.say("agent", c("Faccia con calma.", "Prego, attendo.") if it else c("No problem.", "Take your time."))
            lead = c("eccolo:", "allora, ecco:") if it else c("right, found it:", "okay, here it is:")
        self.say("customer", lead, value, self.tail(kind))
        if kind == "PHONE_NUMBER" and "readback_phone" in extras:
            extras.discard("readback_phone")
            self.readback(value)
        elif kind == "ORDER_NUMBER" and "readback_order" in extras:
            extras.discard("readback_order")
            self.readback(value)
        else:
            self.ack()
        if kind == "PHONE_NUMBER" and "second_phone" in extras:
            extras.discard("second_phone")
            if self.region == "us":
                self.say("agent", "And is there another number, maybe for work?")
                self.say("customer", c("Yes, my work line is", "Sure, at work it's"), self.phone())
            else:
                self.say("agent", "Ha anche un numero fisso?" if it else "Do you have a landline as well?")
                self.say("customer", c("sì, quello di casa è il", "sì, il fisso è") if it else
                         c("yes, at home it's", "yeah, the landline is"), self.phone(landline=True))
            self.say("agent", c("Grazie.", "Bene, segno anche questo.") if it else c("Thanks.", "Great, I'll add that too."))

    # ------------------------------------------------------------------ exchanges with non-personal numbers

    def distractor(self):
        """An exchange with numbers that must stay audible; none twice in a call."""
        it, r, c, N, M, g = self.it, self.rng, self.c, self.N, self.money, self.g
        p = self.purpose
        cents = r.choice([50, 90, 99, 49, 95, 20])
        if it:
            options = {
                "customer_care": [
                    [("agent", ["Vedo che nell'ordine ci sono", N(r.randint(2, 5)), "articoli, giusto?"]),
                     ("customer", ["Sì, esatto, più un caricabatterie a parte."])],
                    [("agent", ["Di norma la consegna richiede dai", N(2), "ai", N(4), "giorni lavorativi."]),
                     ("customer", ["Capisco, ma ormai è passata più di una settimana."])],
                    [("customer", ["Ho aspettato in linea quasi", N(r.choice([15, 20, 25])), "minuti."]),
                     ("agent", ["Mi scuso per l'attesa, oggi abbiamo molte chiamate."])],
                    [("agent", ["Il valore dell'ordine è di", *M(r.randint(39, 249), cents), "."]),
                     ("customer", ["Sì, corrisponde."])],
                    [("agent", ["Il reso è gratuito entro", N(30), "giorni dalla consegna."]),
                     ("customer", ["Benissimo, allora ci rientro."])],
                    [("agent", ["Il corriere passa di solito tra le", N(9), "e le", N(13), "."]),
                     ("customer", ["In quella fascia sono a casa."])],
                ],
                "sales_first_contact": [
                    [("agent", ["L'offerta costa", *M(r.randint(19, 35), cents), "al mese per i primi",
                                N(r.choice([6, 12])), "mesi."]),
                     ("customer", ["E dopo quanto diventa?"]),
                     ("agent", ["Passa a", *M(r.randint(36, 45), cents), "."])],
                    [("agent", ["La fibra arriva fino a", N(r.choice([300, 1000, 2500])), "megabit al secondo."]),
                     ("customer", ["Non male, adesso vado molto più piano."])],
                    [("agent", ["Se attiva entro fine mese, le applichiamo lo sconto speciale del",
                                N(r.choice([10, 15, 20, 25])), "percento."]),
                     ("customer", ["Interessante, ci penso."])],
                    [("agent", ["Il contratto ha una durata minima di", N(24), "mesi."]),
                     ("customer", ["E se volessi disdire prima?"]),
                     ("agent", ["Ci sarebbe un costo di uscita di", *M(r.randint(20, 60)), "."])],
                    [("customer", ["In casa siamo in", N(r.randint(3, 5)), ", e usiamo tutti internet parecchio."]),
                     ("agent", ["Allora le consiglio il pacchetto più ampio."])],
                    [("agent", ["Sono inclusi", N(r.choice([100, 150, 200])), "giga al mese e minuti illimitati."]),
                     ("customer", ["Mi sembra sufficiente."])],
                ],
                "billing_support": [
                    [("agent", ["L'ultima fattura è di", *M(r.randint(60, 140), cents), "."]),
                     ("customer", ["Appunto, di solito pago circa", *M(r.randint(30, 55)), "."])],
                    [("agent", ["Vedo", N(r.randint(3, 12)), "chiamate internazionali addebitate nel mese."]),
                     ("customer", ["Ma io non chiamo mai all'estero!"])],
                    [("agent", ["Le posso concedere una proroga di", N(15), "giorni sulla scadenza."]),
                     ("customer", ["Mi sarebbe molto utile, grazie."])],
                    [("agent", ["C'è un costo di attivazione di", *M(r.randint(19, 49), cents),
                                "che compare una volta sola."]),
                     ("customer", ["Ah, ecco, non lo sapevo."])],
                    [("agent", ["Il rimborso viene accreditato di solito entro", N(r.choice([10, 14, 20])),
                                "giorni lavorativi."]),
                     ("customer", ["Va bene, aspetterò."])],
                    [("agent", ["Sull'importo è applicata l'IVA al", N(22), "percento."]),
                     ("customer", ["Ah, ecco perché la cifra era diversa."])],
                ],
                "technical_support": [
                    [("agent", ["Spenga il modem, aspetti", N(30), "secondi e lo riaccenda."]),
                     ("customer", ["Fatto... adesso le luci lampeggiano."])],
                    [("agent", ["Dal test risulta una velocità di appena", N(r.choice([4, 7, 12])), "megabit."]),
                     ("customer", ["Infatti, è lentissima."])],
                    [("agent", ["Quanti dispositivi sono collegati alla rete in questo momento?"]),
                     ("customer", ["Direi", N(r.randint(4, 9)), ", tra telefoni e computer."])],
                    [("agent", ["Il tecnico può venire giovedì tra le", N(14), "e le", N(18), "."]),
                     ("customer", ["Va bene, mi organizzo."])],
                    [("customer", ["Il problema va avanti da circa", N(r.randint(2, 5)), "giorni."]),
                     ("agent", ["Capisco, mi dispiace per il disagio."])],
                    [("agent", ["Tenga premuto il tasto di reset per", N(r.choice([10, 15, 20])), "secondi."]),
                     ("customer", ["D'accordo, lo sto facendo."])],
                ],
            }[p]
        else:
            options = {
                "customer_care": [
                    [("agent", ["I can see there are", N(r.randint(2, 5)), "items on that order, is that right?"]),
                     ("customer", ["Yes, plus a charger that came separately."])],
                    [("agent", ["Deliveries usually take", N(2), "to", N(4), "working days."]),
                     ("customer", ["I know, but it's been well over a week."])],
                    [("customer", ["I've been on hold for about", N(r.choice([15, 20, 25])), "minutes."]),
                     ("agent", ["Sorry about the wait, it's very busy today."])],
                    [("agent", ["The order total was", *M(r.randint(39, 249), cents), "."]),
                     ("customer", ["Yes, that matches."])],
                    [("agent", ["Returns are free within", N(30), "days of delivery."]),
                     ("customer", ["Good, I'm still within that."])],
                    [("agent", ["The courier usually comes between", N(9), "and", N(12), "."]),
                     ("customer", ["That's fine, I'm home mornings."])],
                ],
                "sales_first_contact": [
                    [("agent", ["The deal is", *M(r.randint(19, 35), cents), "a month for the first",
                                N(r.choice([6, 12])), "months."]),
                     ("customer", ["And what does it go up to after that?"]),
                     ("agent", ["It goes up to", *M(r.randint(36, 45), cents), "."])],
                    [("agent", ["Speeds go up to", N(r.choice([300, 500, 900])), "megabits a second."]),
                     ("customer", ["That's a lot better than what I've got now."])],
                    [("agent", ["If you sign up before the end of the month, there's", N(r.choice([10, 15, 20, 25])),
                                "percent off."]),
                     ("customer", ["Oh, that's tempting."])],
                    [("agent", ["The minimum term is", N(24), "months."]),
                     ("customer", ["And if I wanted to leave early?"]),
                     ("agent", ["There'd be an exit fee of", *M(r.randint(20, 60)), "."])],
                    [("customer", ["There are", N(r.randint(3, 5)), "of us at home and we all stream a lot."]),
                     ("agent", ["Then I'd go for the bigger package."])],
                    [("agent", ["You get", N(r.choice([100, 150, 200])), "gigs of data and unlimited minutes."]),
                     ("customer", ["That should be plenty."])],
                ],
                "billing_support": [
                    [("agent", ["Your latest invoice comes to", *M(r.randint(60, 140), cents), "."]),
                     ("customer", ["Exactly, and normally I pay about", *M(r.randint(30, 55)), "."])],
                    [("agent", ["I can see", N(r.randint(3, 12)), "international calls charged this month."]),
                     ("customer", ["But I never call abroad!"])],
                    [("agent", ["I can give you an extra", N(14), "days to pay."]),
                     ("customer", ["That would really help, thank you."])],
                    [("agent", ["There's a set-up charge of", *M(r.randint(19, 49), cents),
                                "that only appears on the first bill."]),
                     ("customer", ["Ah, nobody told me that."])],
                    [("agent", ["Refunds normally reach your account within", N(r.choice([5, 7, 10])),
                                "working days."]),
                     ("customer", ["Okay, I'll keep an eye out."])],
                    [("agent", ["The bill includes VAT at", N(20), "percent."]),
                     ("customer", ["Right, that explains the difference."])],
                ],
                "technical_support": [
                    [("agent", ["Switch the router off, wait", N(30), "seconds, and switch it back on."]),
                     ("customer", ["Done... the lights are flashing now."])],
                    [("agent", ["The line test shows only", N(r.choice([4, 7, 12])), "megabits."]),
                     ("customer", ["Yeah, it's painfully slow."])],
                    [("agent", ["How many devices are on the network right now?"]),
                     ("customer", ["I'd say", N(r.randint(4, 9)), ", what with phones and laptops."])],
                    [("agent", ["An engineer can come on Thursday between", N(12), "and", N(4), "."]),
                     ("customer", ["Okay, I'll make sure I'm in."])],
                    [("customer", ["It's been going on for about", N(r.randint(2, 5)), "days."]),
                     ("agent", ["I'm sorry, that must be frustrating."])],
                    [("agent", ["Hold the reset button down for", N(r.choice([10, 15, 20])), "seconds."]),
                     ("customer", ["Okay, doing it now."])],
                ],
            }[p]
        after_customer = bool(self.turns) and self.turns[-1][0] == "customer"
        fits = [k for k in range(len(options)) if not (after_customer and options[k][0][0] == "customer")]
        free = [k for k in fits if k not in self.used_distractors] or fits
        k = r.choice(free)
        self.used_distractors.add(k)
        for speaker, pieces in options[k]:
            self.say(speaker, *pieces)

    def filler(self):
        if self.it:
            self.say("agent", self.c("Mi conceda un istante, sto aprendo la sua scheda.",
                                     "Resti in linea, verifico una cosa.", "Ok, sto guardando adesso."))
            self.say("customer", self.c("Certo.", "Faccia pure.", "Nessun problema, aspetto."))
        else:
            self.say("agent", self.c("Give me a moment, I'm just opening your file.",
                                     "Stay on the line, I'm checking something.", "Okay, I'm looking at it now."))
            self.say("customer", self.c("Sure thing.", "Take your time.", "That's fine, I'll hold."))

    # ------------------------------------------------------------------ the call

    def plan(self):
        """The kinds asked (besides the name) and the extra mentions, 8-11 items in all."""
        r = self.rng
        target = r.randint(8, 11)
        kinds = list(KEEPS[self.purpose])
        if self.it and self.purpose == "billing_support":
            kinds.append("IT_FISCAL_CODE")
        kinds += r.sample(NEVER, r.choice([2, 2, 3]))
        allowed = [k for k in PII9 if k not in kinds]
        if not self.it and not (self.purpose == "billing_support" and r.random() < 0.3):
            allowed = [k for k in allowed if k != "IT_FISCAL_CODE"]
        if self.region == "us":
            allowed = [k for k in allowed if k not in ("IBAN_CODE", "IT_FISCAL_CODE")]
        natural = [k for k in NATURAL[self.purpose] if k in allowed]
        others = [k for k in allowed if k not in natural]
        r.shuffle(natural)
        r.shuffle(others)
        pool = natural + others
        want_kinds = target - r.choice([0, 1, 1, 2])
        while len(kinds) < want_kinds and pool:
            kinds.append(pool.pop(0))
        possible = ["spell_surname", "bye_name"]
        if "PHONE_NUMBER" in kinds:
            possible += ["readback_phone", "second_phone"]
        if "ORDER_NUMBER" in kinds:
            possible.append("readback_order")
        n_extra = max(0, min(len(possible), target - len(kinds)))
        extras = set(r.sample(possible, n_extra))
        return kinds, extras

    def build(self, company: str, agent: str, notice: bool):
        it, c, r, g = self.it, self.c, self.rng, self.g
        self.notice = notice
        p = self.purpose
        pname = {"customer_care": ("assistenza ai clienti", "customer service"),
                 "sales_first_contact": ("consulenza commerciale", "sales"),
                 "billing_support": ("gestione delle fatture", "billing"),
                 "technical_support": ("supporto tecnico", "technical support")}[p][0 if it else 1]
        outbound = p == "sales_first_contact" and r.random() < 0.5
        # greeting, notice
        A = ("AGENT_NAME", agent, agent)
        if outbound:
            greet = [c("Buongiorno, sono", "Buonasera, mi chiamo"), A, c(f", di {company}.", f", da {company}.")] \
                if it else [c("Hi there, my name's", "Good afternoon, this is"), A, f"from {company}."]
        elif it:
            greet = c([f"Buongiorno, {company}, sono", A, "."], [f"{company}, buonasera. Le parla", A, "."],
                      [f"Pronto, {company}, risponde", A, "."])
        else:
            greet = c([f"Morning, {company},", A, "speaking."], [f"Hello, thank you for ringing {company}. I'm", A, "."],
                      [f"{company}, good evening, you've reached", A, "."])
        if it:
            note = c(f"Prima di cominciare, la informo che questa telefonata è registrata per motivi di {pname}.",
                     f"Le segnalo che la conversazione viene registrata, a fini di {pname}.",
                     f"Tengo a precisare che la chiamata viene registrata per esigenze di {pname}.")
        else:
            note = c(f"Before we start, I should mention this call is recorded for {pname}.",
                     f"Please be aware we're recording this conversation for {pname} purposes.",
                     f"Quick note: this line is recorded, for {pname} reasons.")
        if outbound:
            offer = "La chiamo per presentarle una nuova offerta per la casa: ha qualche minuto?" if it else \
                "I'm ringing about a new home offer in your area. Have you got a few minutes?"
            self.say("agent", *greet, note if notice else "", offer)
            self.say("customer", c(g("Sì, mi dica pure, sono curioso.", "Sì, mi dica pure, sono curiosa."),
                                   "Va bene, ma non ho molto tempo.") if it else
                     c("Go on then, I'm listening.", "Sure, as long as it's quick."))
        else:
            ask = c("Come posso aiutarla?", "Mi dica.", "In che cosa posso esserle utile oggi?") if it else \
                c("How can I help you today?", "What can I do for you?", "How can I help?")
            self.say("agent", *greet, note if notice else "", ask)
            reason = {
                "customer_care": (["Buongiorno, vi chiamo perché l'ordine che ho fatto non è ancora arrivato.",
                                   "Salve, mi è arrivato un prodotto danneggiato e vorrei sostituirlo.",
                                   "Buonasera, vorrei cambiare l'indirizzo di consegna di un acquisto.",
                                   "Salve, ho ricevuto un articolo diverso da quello che avevo ordinato."],
                                  ["Hello, my order still hasn't arrived and it's been a while.",
                                   "Hi there, something I bought arrived broken and I'd like a replacement.",
                                   "Good morning, I need to change where a delivery's going.",
                                   "Hi, I've been sent the wrong item."]),
                "sales_first_contact": (["Buongiorno, un amico mi ha parlato delle vostre tariffe e vorrei qualche dettaglio.",
                                         "Salve, sto pensando di passare a voi e vorrei capire i costi.",
                                         "Buonasera, ho ricevuto il vostro volantino e avrei qualche domanda."],
                                        ["Hi, a friend recommended you and I wanted to hear about your packages.",
                                         "Hello, I'm thinking of switching and wondered what you could offer.",
                                         "Hi, I got your leaflet through the door and had a couple of questions."]),
                "billing_support": (["Buongiorno, non capisco una voce della mia ultima fattura.",
                                     "Salve, vorrei passare al pagamento con addebito in conto.",
                                     "Buonasera, mi avete chiesto un pagamento che avevo già fatto.",
                                     "Salve, aspetto un rimborso da settimane."],
                                    ["Hi, there's a charge on my last invoice I don't understand.",
                                     "Hello, I'd like to set up a direct debit instead of paying by card every month.",
                                     "Hi, you've asked me to pay something I've already paid.",
                                     "Hello, I'm still waiting on a refund."]),
                "technical_support": (["Buongiorno, da stamattina la linea di casa è muta.",
                                       "Salve, la connessione va lentissima la sera.",
                                       "Buonasera, il decoder non si accende più.",
                                       "Salve, il wifi continua a staccarsi."],
                                      ["Hi, my landline's been dead since this morning.",
                                       "Hello, the broadband crawls every evening.",
                                       "Hi, the TV box won't switch on anymore.",
                                       "Hello, my wifi keeps disconnecting."]),
            }[p][0 if it else 1]
            self.say("customer", c(*reason))
        # the caller's name
        kinds, extras = self.plan()
        if it:
            q, lead = c(("Prima di tutto, mi dice il suo nome completo?", c("Certo, sono", "Mi chiamo", "")),
                        ("Posso sapere con chi parlo?", c("Sono", "Mi chiamo", "")),
                        ("Il contratto a nome di chi è?", c("È a nome mio,", "Dell'intestatario, cioè io:", "")),
                        ("Mi dà nome e cognome del titolare?", c("Sì, il titolare sono io,", "Allora,", "")))
            surname_first = r.random() < 0.2
        else:
            q, lead = c(("Can I start with your full name?", c("Sure, it's", "Yes, it's", "")),
                        ("Who's the account in the name of?", c("It's in my name,", "That's me,", "")),
                        ("And who have I got on the line?", c("My name is", "This is", "")),
                        ("Could you tell me your name, please?", c("Of course,", "Yes, it's", "")))
            surname_first = False
        if outbound:
            q = "Parlo con il titolare della linea? Mi conferma nome e cognome?" if it else \
                "Am I speaking to the account holder? Could I confirm your full name?"
            lead = c("Sì, sono", "Sì,") if it else c("Yes, I'm", "Yes, it's")
        self.say("agent", q)
        pieces = [lead, self.person(surname_first)]
        if "spell_surname" in extras:
            pieces += [c(", il cognome si scrive", ", cognome:") if it else c(", the surname's spelled", ", that's"),
                       self.spelled_surname()]
        self.say("customer", *pieces)
        # the items, with a few number exchanges and pauses in between
        first = [k for k in kinds if k in KEEPS[p]][:1]
        rest = [k for k in kinds if k not in first]
        r.shuffle(rest)
        steps = rest + ["distractor"] * r.randint(2, 3) + ["filler"] * r.randint(0, 2)
        r.shuffle(steps)
        if r.random() < 0.6:
            steps = first + steps
        else:
            steps.insert(r.randint(1, 3), first[0])
        for step in steps:
            if step == "distractor":
                self.distractor()
            elif step == "filler":
                self.filler()
            else:
                self.ask(step, extras)
        # closing
        N = self.N
        if it:
            wrap = {"customer_care": ["Le rispediamo l'articolo: arriverà in", N(r.randint(2, 5)), "giorni lavorativi."],
                    "sales_first_contact": ["Le mando tutto per iscritto; l'offerta resta valida per",
                                            N(r.choice([15, 30])), "giorni."],
                    "billing_support": ["Ho aperto la richiesta; avrà una risposta entro", N(r.choice([5, 7, 10])),
                                        "giorni."],
                    "technical_support": ["Ho aperto una segnalazione; se entro", N(r.choice([24, 48])),
                                          "ore non si risolve, ci richiami."]}[p]
            self.say("agent", *wrap, "Posso fare altro per lei?")
            self.say("customer", c("No, grazie, è tutto.", "No, a posto così, grazie."))
            bye = [c("Bene,", "Perfetto,", "D'accordo,"), g("signor", "signora"), ("PERSON", self.last, self.last),
                   "."] if "bye_name" in extras else []
            self.say("agent", *bye, "Grazie per il tempo che mi ha dedicato." if outbound else
                     c("Grazie per averci chiamato, buona giornata.", "Arrivederci e buona giornata."))
            self.say("customer", c("Arrivederci.", "Grazie a lei, buona giornata."))
        else:
            wrap = {"customer_care": ["We'll send a replacement, and it should be with you in", N(r.randint(2, 5)),
                                      "working days."],
                    "sales_first_contact": ["I'll email everything over, and the offer stands for",
                                            N(r.choice([14, 30])), "days."],
                    "billing_support": ["I've logged it, and you should hear back within", N(r.choice([5, 7, 10])),
                                        "days."],
                    "technical_support": ["I've raised a fault, and if it's not sorted within", N(r.choice([24, 48])),
                                          "hours, give us a ring back."]}[p]
            self.say("agent", *wrap, "Is there anything else I can help with?")
            self.say("customer", c("No, that's everything, thanks.", "No, that's all for now."))
            bye = [c("Right then,", "All sorted,", "Lovely,"), g("Mr", c("Mrs", "Ms")), ("PERSON", self.last, self.last), "."] \
                if "bye_name" in extras else []
            self.say("agent", *bye, "Thanks for your time." if outbound else
                     c("Thanks for calling, have a lovely day.", "Take care now, bye."))
            self.say("customer", c("You too, bye.", "Cheers, bye."))
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
    H.run_phrasebook(PhraseBookI, (I_IT_COMPANIES, I_EN_COMPANIES), (I_IT_AGENTS, I_EN_AGENTS))
