#!/usr/bin/env python3
"""heldout_d: a fourth, independently worded phrasebook for sottovoce's held-out test calls.

usage (from the project root):
    python bench/heldout_d.py -n 16 --seed 9090 --out bench/results/heldout_d --prefix hd \
        --piper /path/to/piper
    python bench/heldout_d.py --dry -n 16 --seed 9090     # print the dialogues, no audio

Written by a helper who read neither the detection code nor the other phrasebooks' wording, and
measured once, untuned (see the README's "Measured"): the one set here no rule was fitted to.

Only the wording and the content banks are new. bench/heldout.py supplies the Speaker (digit habits),
spell_code, the value generators (luhn_complete, iban, fiscal_code), pick_voices, the Renderer,
synthesise, resample_write and main() (language / purpose / mono-stereo / 8-16 kHz / notice schedule,
sidecar and truth format). main() builds each call with the module-level name `CallBuilder` and picks
company and agent from the module-level banks, so this script rebinds those names (in memory only)
before calling H.main(); heldout.py itself is untouched.

A turn is (speaker, [piece, ...]); a piece is a plain string or (label, value, spoken). Every number
said outside a personal value is a NONPII_NUMBER span; plain text never carries personal data (a
lint in build() refuses digits and number words in plain text).
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
                     en_words, en_year, fiscal_code, iban, it_words, luhn_complete, spell_code, spell_letter)

# =========================================================================== content banks (own)

IT_F = ("Loredana Vittoria Benedetta Cristina Rossella Tiziana Marina Gabriella Nadia Simona Caterina "
        "Emanuela Raffaella Miriam Ornella Fiorella").split()
IT_M = ("Ruggero Leonardo Emilio Vincenzo Massimo Arturo Dario Claudio Ettore Giacomo Sergio Umberto "
        "Corrado Luciano Maurizio Bruno").split()
IT_SUR = ("Zanetti Ferrante Cirillo Morelli Guidi Benedetti Vitale Farina Bassi Longo Valentini Negri Sartori "
          "Costa Pace Rizzo Monti Silvestri Tedesco Amato Lombardo Ruggiero Carbone Basile Neri Piras Ferri "
          "Martinelli Villa Mariani").split()
EN_F = "Imogen Harriet Rosie Lauren Aisha Kirsty Jodie Naomi Fiona Tamsin Gemma Abigail Yasmin Holly Carys Erin".split()
EN_M = "Jamie Ewan Samuel Kieran Nathan Adrian Rory Hamish Joel Ravi Stuart Lewis Bradley Felix Gavin Trevor".split()
EN_SUR = ("Ashworth Gallagher Brennan Sutherland Chowdhury Mensah Ferguson Holloway Bradshaw Pearson Doyle Kerr "
          "Lyons Gibson Sharma Whitfield Tanner Rowntree Cartwright Maddox Quinn Ellison Dunbar Okonkwo").split()
IT_REL = [("mia moglie", True), ("mio marito", False), ("mia madre", True), ("mio padre", False), ("mio fratello", False)]
EN_REL = [("my wife", True), ("my husband", False), ("my mum", True), ("my dad", False), ("my brother", False)]

D_IT_AGENTS = "Lorena Stefano Patrizia Giuliano Viviana Enrico Roberta Mirko Elena Walter".split()
D_EN_AGENTS = "Hayley Craig Bronwen Pete Jasmine Aaron Kerry Duncan Leanne Omar".split()
D_IT_COMPANIES = ["Energia del Golfo", "Rete Azzurra Telecomunicazioni", "Banca Popolare del Monte",
                  "Polizze Sereno", "Spedizioni Lampo", "ElettroCasa Shop"]
D_EN_COMPANIES = ["Harbourside Energy", "Pinewood Telecom", "Thistle Bank", "Beacon Home Insurance",
                  "Parcelwise Deliveries", "Redkite Electronics"]

# town, CAP, Belfiore code
IT_PLACES = [("Genova", "16121", "D969"), ("Trieste", "34121", "L424"), ("Perugia", "06121", "G478"),
             ("Pisa", "56125", "G702"), ("Brescia", "25121", "B157"), ("Bergamo", "24121", "A794"),
             ("Parma", "43121", "G337"), ("Modena", "41121", "F257"), ("Trento", "38122", "L378"),
             ("Salerno", "84121", "H703"), ("Catania", "95124", "C351"), ("Messina", "98122", "F158"),
             ("Ancona", "60121", "A271"), ("Pescara", "65121", "G482"), ("Sassari", "07100", "I452"),
             ("Vicenza", "36100", "L840"), ("Lucca", "55100", "E715"), ("Udine", "33100", "L483")]
IT_ROADS = [("via", "Nizza"), ("via", "Fratelli Rosselli"), ("corso", "Sempione"), ("piazza", "San Francesco"),
            ("viale", "dei Tigli"), ("via", "Monte Grappa"), ("vicolo", "della Neve"), ("via", "Don Minzoni"),
            ("piazzetta", "dei Pescatori"), ("via", "Aurelio Saffi"), ("lungarno", "Pacinotti"),
            ("viale", "delle Magnolie"), ("via", "Quintino Sella"), ("corso", "Cavour"), ("via", "del Campo"),
            ("località", "Poggio Alto")]
UK_ROADS = ["Rosebank Road", "Hawthorn Close", "Victoria Parade", "Larkspur Way", "Cobden Street",
            "Highfield Terrace", "Nelson Square", "Wharf Lane", "Gorse Hill", "Primrose Crescent",
            "Bridle Path", "Sandringham Drive"]
UK_PLACES = [("Sheffield", "S11 8PL"), ("Nottingham", "NG7 2QB"), ("Exeter", "EX4 4QJ"), ("Aberdeen", "AB24 3FX"),
             ("Swansea", "SA1 8EN"), ("Derby", "DE22 1GB"), ("Belfast", "BT9 6AD"), ("Plymouth", "PL4 8AA")]
US_ROADS = ["Hickory Lane", "Magnolia Court", "Prospect Avenue", "Birchwood Drive", "Harbor View Road",
            "Cottonwood Trail"]
US_PLACES = [("Madison", "Wisconsin", "53703"), ("Boise", "Idaho", "83702"), ("Savannah", "Georgia", "31401"),
             ("Albany", "New York", "12207"), ("Eugene", "Oregon", "97401")]
IT_DOMAINS = ["tin.it", "email.it", "libero.it", "outlook.it", "live.it", "inwind.it", "icloud.com", "gmail.com"]
EN_DOMAINS_UK = ["gmx.co.uk", "sky.com", "talktalk.net", "virginmedia.com", "live.co.uk", "mail.com"]
EN_DOMAINS_US = ["comcast.net", "yahoo.com", "verizon.net", "mail.com", "icloud.com"]
IT_NICK = ["girasole", "lupetto", "stellamarina", "pescatore", "gattonero", "montagna"]
EN_NICK = ["bluebird", "foxglove", "skylark", "marmalade", "riverside", "badger"]

# health: (male speaker, female speaker); third parties keep the relative in the span
IT_HEALTH_D = [
    ("sto facendo la fisioterapia dopo un intervento all'anca",) * 2,
    ("mia moglie è incinta e deve partorire a giorni", "sono incinta e ormai manca pochissimo al parto"),
    ("non ci vedo quasi più per una maculopatia",) * 2,
    ("mia moglie ha il morbo di Parkinson", "mio marito ha il morbo di Parkinson"),
    ("mi hanno operato alla schiena da poco",) * 2,
    ("devo fare l'insulina prima dei pasti",) * 2,
    ("mio padre vive con noi e di notte usa l'ossigeno",) * 2,
    ("mi muovo con la sedia a rotelle",) * 2,
    ("porto un pacemaker",) * 2,
    ("sono seguito dal centro di salute mentale", "sono seguita dal centro di salute mentale"),
    ("mio figlio è autistico e si agita con gli estranei",) * 2,
    ("sento pochissimo, ho una forte ipoacusia",) * 2,
    ("sto finendo un ciclo di radioterapia",) * 2,
    ("dopo l'ictus parlo ancora con un po' di fatica",) * 2,
    ("sono celiaco e ho un'allergia grave alle arachidi", "sono celiaca e ho un'allergia grave alle arachidi"),
]
EN_HEALTH_D = [
    ("I'm classed as partially sighted",) * 2,
    ("my wife's in the middle of radiotherapy", "my husband's in the middle of radiotherapy"),
    ("my partner's pregnant and due any day now", "I'm pregnant and due very soon"),
    ("I use a wheelchair",) * 2,
    ("I'm quite deaf in my left ear",) * 2,
    ("I'm on the waiting list for a hip replacement",) * 2,
    ("my dad lives with us and he's on home oxygen",) * 2,
    ("I've got Crohn's disease",) * 2,
    ("I'm under the community mental health team",) * 2,
    ("I had a kidney transplant last spring",) * 2,
    ("I've got a pacemaker fitted",) * 2,
    ("I'm still getting over a knee replacement",) * 2,
    ("my son's autistic and strangers at the door really upset him",) * 2,
    ("I've been signed off work with long Covid",) * 2,
    ("I'm on blood thinners after a clot in my lung",) * 2,
]

PURPOSE_GOAL = {
    "customer_care": ("per gestire la sua richiesta di assistenza", "to handle your support request"),
    "sales_first_contact": ("per presentarle le nostre proposte commerciali", "so we can talk you through our offers"),
    "billing_support": ("per la gestione di fatture e pagamenti", "for dealing with bills and payments"),
    "technical_support": ("per l'intervento di assistenza tecnica", "to sort out technical faults"),
}

NUMBER_WORDS = set("""zero uno due tre quattro cinque sei sette otto nove dieci undici dodici venti trenta quaranta
cinquanta sessanta settanta ottanta novanta cento mille mila primo secondo terzo quarto mezzo mezza doppio
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty
ninety hundred thousand first second third half double triple once twice dozen""".split())


def digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


# =========================================================================== the phrasebook


class PhraseBookD:
    """CallBuilder's interface: `turns` and build(company, agent, notice)."""

    def __init__(self, rng: random.Random, lang: str, purpose: str):
        self.rng, self.lang, self.purpose = rng, lang, purpose
        self.it = lang == "it"
        self.loc = "it" if self.it else ("uk" if rng.random() < 0.7 else "us")
        self.agent_sp = Speaker(lang, rng)
        self.cust_sp = Speaker(lang, rng)
        self.female = rng.random() < 0.5
        if self.it:
            self.first = rng.choice(IT_F if self.female else IT_M)
            self.last = rng.choice(IT_SUR)
        else:
            self.first = rng.choice(EN_F if self.female else EN_M)
            self.last = rng.choice(EN_SUR)
        self.born = dt.date(rng.randint(1943, 2004), rng.randint(1, 12), rng.randint(1, 28))
        self.turns: list[tuple[str, list]] = []
        self.used: set[str] = set()
        self.agent = ""

    # ------------------------------------------------------------------ small helpers

    def c(self, *opts):
        return self.rng.choice(opts)

    def ct(self, it_opts, en_opts):
        return self.rng.choice(it_opts if self.it else en_opts)

    def g(self, m: str, f: str) -> str:
        return f if self.female else m

    def say(self, speaker: str, *pieces):
        self.turns.append((speaker, [p for p in pieces if p]))

    def words(self, n: int) -> str:
        return it_words(n) if self.it else en_words(n, uk=self.loc != "us")

    def N(self, n, spoken: str | None = None):
        return ("NONPII_NUMBER", str(n), spoken or self.words(int(n)))

    def money(self) -> str:
        return {"it": "euro", "uk": "pounds", "us": "dollars"}[self.loc]

    def price(self, whole: int, cents: int):
        """A price as one span: 'ventiquattro e novanta' / 'twenty-four ninety-nine'."""
        sep = "." if not self.it else ","
        if self.it:
            spoken = f"{it_words(whole)} e {it_words(cents)}"
        elif whole >= 100:
            spoken = f"{self.words(whole)} {self.money()} {en_words(cents)}"
        else:
            spoken = f"{en_words(whole)} {en_words(cents)}"
        return ("NONPII_NUMBER", f"{whole}{sep}{cents:02d}", spoken)

    def styles(self, n: int) -> list[str]:
        """Per-group digit styles: Italians may read groups as whole numbers, English callers use digits or pairs."""
        r = self.rng
        pool = ["single", "pairs", "whole"] if self.it else ["single", "pairs"]
        style = r.choice(["single", "single", "pairs", "mixed"] + (["whole"] if self.it else []))
        return [r.choice(pool) if style == "mixed" else style for _ in range(n)]

    def grp(self, sp: Speaker, d: str, style: str) -> str:
        if style == "whole" and len(d) > 4:
            style = "pairs"
        return sp.group(d, style)

    def ack(self) -> str:
        return self.ct(["sì", "ok, vada avanti", "ci sono", "ho scritto", "perfetto, poi?", "sì, prosegua"],
                       ["yep", "okay, go on", "got that", "right, and then?", "uh-huh, carry on", "lovely"])

    def thanks(self):
        if self.rng.random() < 0.55:
            self.say("agent", self.ct(["La ringrazio.", "Benissimo, annotato.", "Ottimo, ci siamo.", "D'accordo, grazie."],
                                      ["Brilliant, thank you.", "Okay, that's noted.", "Great, all sorted.",
                                       "Thanks for that."]))

    def confirm(self):
        self.say("customer", self.ct(["Sì, esatto.", "Giusto.", "Sì sì, è quello.", "Confermo."],
                                     ["Yes, that's it.", "Spot on.", "Correct.", "Yep, that's right."]))

    def person(self, order: str = "fl"):
        v = f"{self.first} {self.last}"
        spoken = v if order == "fl" else f"{self.last} {self.first}"
        return ("PERSON", spoken, spoken)

    def surname(self):
        return ("PERSON", self.last, self.last)

    def spell_surname(self, sp: Speaker):
        mode = self.ct(["city", "city", "plain", "di"], ["nato", "plain", "asin"])
        return ("PERSON", self.last, spell_code(self.last.upper().replace("'", ""), sp, mode))

    def title(self) -> str:
        return self.g("signor", "signora") if self.it else self.g("Mister", "Miss")

    # ------------------------------------------------------------------ value makers

    def phone_value(self):
        r = self.rng
        if self.loc == "it":
            if r.random() < 0.7:
                v = "3" + r.choice(["24", "27", "35", "36", "43", "48", "50", "51", "60", "68", "70", "80", "89",
                                    "93", "95", "97"]) + digits(r, 7)
                sizes = r.choice([[3, 3, 4], [3, 3, 2, 2], [3, 2, 2, 3], [3, 4, 3], [3, 7]])
            else:
                area = r.choice(["010", "06", "02", "011", "051", "055", "081", "040", "070"])
                v = area + r.choice("2345689") + digits(r, 9 - len(area))
                rest = 10 - len(area)
                sizes = r.choice([[len(area), rest], [len(area), 3, rest - 3], [len(area), rest - 4, 2, 2]])
        elif self.loc == "uk":
            if r.random() < 0.7:
                v = "07" + r.choice("4579") + digits(r, 8)
                sizes = r.choice([[5, 3, 3], [5, 6], [4, 3, 4]])
            else:
                v = r.choice(["0114", "0115", "0117", "0161", "0131", "0292"]) + r.choice("2345") + digits(r, 6)
                sizes = [4, 3, 4]
        else:
            v = r.choice("23456789") + digits(r, 2) + r.choice("23456789") + digits(r, 6)
            sizes = [3, 3, 4]
        return v, sizes, self.styles(len(sizes))

    def phone_chunks(self, v, sizes, styles, sp: Speaker):
        out, i = [], 0
        for size, style in zip(sizes, styles):
            d = v[i:i + size]
            i += size
            out.append((d, self.grp(sp, d, style)))
        return out

    def phone_spoken(self, v, sizes, styles, sp):
        return ", ".join(s for _, s in self.phone_chunks(v, sizes, styles, sp))

    def email_value(self):
        r = self.rng
        first = self.first.lower()
        last = self.last.lower().replace("'", "")
        dom = r.choice(IT_DOMAINS if self.it else (EN_DOMAINS_US if self.loc == "us" else EN_DOMAINS_UK))
        yy = f"{self.born.year % 100:02d}"
        nick = r.choice(IT_NICK if self.it else EN_NICK)
        local = r.choice([f"{first}.{last}", f"{first}_{last}", f"{first}-{last}", f"{first[0]}{last}{yy}",
                          f"{last}.{first}", f"{nick}{r.randint(2, 99)}", f"{nick}_{last}", f"{first}{last[0]}.{yy}",
                          f"{last}-{first[0]}"])
        return local, dom

    def say_local(self, local: str, sp: Speaker, spelled: bool = False) -> str:
        it = self.it
        sym = {".": "punto" if it else "dot",
               "_": self.c("trattino basso", "underscore") if it else "underscore",
               "-": self.c("trattino", "meno") if it else self.c("hyphen", "dash")}
        out = []
        for tok in re.findall(r"[a-z]+|[0-9]+|[._-]", local):
            if tok in sym:
                out.append(sym[tok])
            elif tok.isdigit():
                out.append(sp.whole(tok) if len(tok) <= 2 else sp.one_by_one(tok))
            elif len(tok) == 1 or spelled:
                mode = self.c("plain", "city") if it else self.c("plain", "plain", "nato")
                out.append(" ".join(spell_letter(ch.upper(), self.lang, mode).lower() if it
                                    else spell_letter(ch.upper(), self.lang, mode) for ch in tok))
            else:
                out.append(tok)
        return ", ".join(out) if spelled else " ".join(out)

    def say_domain(self, dom: str) -> str:
        dot = "punto" if self.it else "dot"
        host, *tld = dom.split(".")
        return f"{host} " + " ".join(f"{dot} {t}" for t in tld)

    def at(self) -> str:
        return self.c("chiocciola", "chiocciola", "at") if self.it else self.c("at", "at", "at sign")

    def fiscal_value(self) -> str:
        return fiscal_code(self.first, self.last, self.born, self.female, self.rng.choice(IT_PLACES)[2])

    def code_mode(self) -> str:
        return self.ct(["plain", "plain", "city", "di", "mixed"], ["plain", "nato", "asin", "mixed"])

    def iban_value(self) -> tuple[str, list[str]]:
        r = self.rng
        if self.it or r.random() < 0.25:
            v = iban("IT", r.choice("ABCDEFGHILMNPRSTUVZ") + digits(r, 22))
            cut = [0, 5, 10, 15, 27] if r.random() < 0.6 else [0, 4, 8, 12, 16, 20, 24, 27]
        else:
            v = iban("GB", r.choice(["BUKB", "NAIA", "CPBK", "TSBS", "SRLG"]) + digits(r, 14))
            cut = [0, 4, 8, 14, 22] if r.random() < 0.6 else [0, 4, 8, 12, 16, 20, 22]
        return v, [v[a:b] for a, b in zip(cut, cut[1:])]

    def say_code(self, chunk: str, sp: Speaker, mode: str) -> str:
        if chunk.isdigit():
            return self.grp(sp, chunk, self.styles(1)[0]) if len(chunk) <= 6 else \
                sp.dictate(chunk, [3] * (len(chunk) // 3), self.styles(len(chunk) // 3))
        return spell_code(chunk, sp, mode)

    def card_value(self):
        r = self.rng
        kind = r.choice(["Visa", "Visa", "Mastercard", "Mastercard", "American Express"])
        if kind == "American Express":
            v, sizes = luhn_complete(r.choice(["34", "37"]), 15, r), [4, 6, 5]
        else:
            pre = "4" if kind == "Visa" else r.choice([str(r.randint(51, 55)), str(r.randint(2221, 2720))])
            v, sizes = luhn_complete(pre, 16, r), [4, 4, 4, 4]
        return kind, v, sizes, self.styles(len(sizes))

    def dob_parts(self, b: dt.date, sp: Speaker):
        """(day+month spoken, year spoken, full spoken) in one of several habits."""
        r = self.rng
        if self.it:
            day = "primo" if b.day == 1 else it_words(b.day)
            yy = it_words(b.year % 100) if b.year < 2000 and b.year % 100 >= 10 else it_words(b.year)
            form = r.choice(["del", "full", "num", "barra"])
            if form == "del":
                dm, y = f"{day} {IT_MONTHS[b.month - 1]}", f"del {yy}"
            elif form == "full":
                dm, y = f"{day} {IT_MONTHS[b.month - 1]}", it_words(b.year)
            elif form == "num":
                dm, y = f"{it_words(b.day)}, {sp.whole(f'{b.month:02d}')}", it_words(b.year)
            else:
                dm, y = f"{it_words(b.day)} barra {it_words(b.month)}", f"barra {it_words(b.year)}"
            return dm, y, f"{dm} {y}"
        form = r.choice(["uk", "us", "num"] if self.loc == "uk" else ["us", "us", "num"])
        yr = en_year(b.year) if r.random() < 0.6 or b.year >= 2000 else (
            en_words(b.year % 100) if b.year % 100 >= 10 else "oh " + en_words(b.year % 100))
        if form == "uk":
            dm = f"the {en_ordinal(b.day)} of {EN_MONTHS[b.month - 1]}"
        elif form == "us":
            dm = f"{EN_MONTHS[b.month - 1]} {en_ordinal(b.day)}"
        else:
            a, m = (b.day, b.month) if self.loc == "uk" else (b.month, b.day)
            dm = f"{sp.whole(str(a))}, {sp.whole(str(m))}"
        return dm, yr, f"{dm}, {yr}"

    def address_value(self, sp: Speaker):
        """(street value, street spoken, tail value, tail spoken) - the tail being CAP/postcode and town."""
        r = self.rng
        if self.loc == "it":
            kind, name = r.choice(IT_ROADS)
            town, cap, _ = r.choice(IT_PLACES)
            n = self.house = r.randint(1, 160)
            sv = f"{kind} {name} {n}"
            ss = f"{kind} {name} {self.c('', 'numero ', 'civico ')}{it_words(n)}"
            extra = r.random()
            if extra < 0.2:
                letter = r.choice("ABCD")
                sv += f", scala {letter}"
                ss += f", scala {IT_LETTERS[letter]}"
            elif extra < 0.4:
                k = r.randint(2, 24)
                sv += f", int. {k}"
                ss += f", interno {it_words(k)}"
            cap_s = sp.dictate(cap, r.choice([[5], [2, 3]]), None)
            if r.random() < 0.7:
                return sv, ss, f"{cap} {town}", f"{cap_s}, {town}"
            return sv, ss, town, f"a {town}"
        if self.loc == "uk":
            road = r.choice(UK_ROADS)
            town, pc = r.choice(UK_PLACES)
            n = self.house = r.randint(1, 220)
            flat = r.random() < 0.3
            f = r.randint(1, 9)
            sv = (f"Flat {f}, " if flat else "") + f"{n} {road}"
            ns = en_words(n, uk=False) if n < 100 or r.random() < 0.5 else sp.pairs(str(n))
            ss = (f"flat {en_words(f)}, " if flat else "") + f"{ns} {road}"
            nato = r.random() < 0.3
            pcs = ", ".join(" ".join((NATO[ch] if nato else ch) if ch.isalpha() else sp.digit(ch) for ch in part)
                            for part in pc.split())
            return sv, ss, f"{town} {pc}", f"{town}, {pcs}"
        road = r.choice(US_ROADS)
        city, state, zipc = r.choice(US_PLACES)
        n = self.house = r.randint(100, 9899)
        apt = r.random() < 0.35
        a_n, a_l = r.randint(1, 9), r.choice("ABCD")
        sv = f"{n} {road}" + (f", Apt {a_n}{a_l}" if apt else "")
        ss = f"{sp.pairs(str(n))} {road}" + (f", apartment {en_words(a_n)} {a_l}" if apt else "")
        return sv, ss, f"{city}, {state} {zipc}", f"{city}, {state}, {sp.one_by_one(zipc)}"

    def health_value(self):
        bank = IT_HEALTH_D if self.it else EN_HEALTH_D
        free = [h for h in bank if h[0] not in self.used] or bank
        h = self.rng.choice(free)
        self.used.add(h[0])
        v = h[1] if self.female else h[0]
        return ("HEALTH", v, v)

    def order_value(self, sp: Speaker):
        r = self.rng
        shape = r.choice(["digits", "digits", "alnum", "dash", "year"])
        if shape == "digits":
            v = r.choice("123456789") + digits(r, r.choice([7, 8, 9]))
            sizes = r.choice([[3] * (len(v) // 3), [2] * (len(v) // 2), [4, 4]])
            s = sp.dictate(v, sizes, self.styles(len(sizes)))
        elif shape == "alnum":
            v = "".join(r.choice("BCDFGHKLMNPRSTVZ") for _ in range(r.choice([1, 2, 3]))) + digits(r, r.choice([5, 6, 7]))
            s = spell_code(v, sp, self.code_mode())
        elif shape == "dash":
            pre = r.choice(["TK", "RM", "PR", "SV", "CS"])
            num = r.choice("123456789") + digits(r, 4)
            v = f"{pre}-{num}"
            s = f"{spell_code(pre, sp, self.code_mode())}, {self.c('trattino', 'meno') if self.it else self.c('dash', 'hyphen')}, " \
                f"{sp.dictate(num, [5], [r.choice(['single', 'pairs'])])}"
        else:
            year = r.choice([2024, 2025, 2026])
            num = digits(r, r.choice([4, 5, 6]))
            v = f"{year}/{num}"
            ys = it_words(year) if self.it else en_year(year)
            s = f"{ys} {self.c('barra', 'slash') if self.it else 'slash'} {sp.one_by_one(num)}"
        return ("ORDER_NUMBER", v, s)

    def order_noun(self) -> str:
        return {"customer_care": ("il numero dell'ordine", "the order number"),
                "sales_first_contact": ("il codice del preventivo", "the quote reference"),
                "billing_support": ("il numero della fattura", "the invoice number"),
                "technical_support": ("il numero della segnalazione", "the fault reference")}[self.purpose][0 if self.it else 1]

    # ------------------------------------------------------------------ exchanges, one per kind

    def ask(self, questions, statements):
        """The agent asks: a question, or a request phrased as a statement."""
        if self.rng.random() < 0.4:
            self.say("agent", self.ct(*statements))
        else:
            self.say("agent", self.ct(*questions))

    def x_phone(self):
        v, sizes, styles = self.phone_value()
        full = ("PHONE_NUMBER", v, self.phone_spoken(v, sizes, styles, self.cust_sp))
        move = self.c("ask", "ask", "volunteer", "pieces", "readback", "correction")
        if move == "volunteer":
            self.say("customer", self.ct(["Ah, prima che mi dimentichi, le lascio il cellulare:",
                                          "Già che ci sono, segni pure il mio numero:"],
                                         ["Before I forget, let me give you my mobile:",
                                          "While I think of it, you'd better have my number:"]), full)
            self.say("agent", self.ct(["Lo aggiungo subito, grazie.", "Perfetto, così la troviamo."],
                                      ["Lovely, I'll pop that on.", "Handy, thank you."]))
            return
        self.ask((["A che numero la possiamo trovare durante il giorno?", "Ha un cellulare per gli aggiornamenti via SMS?",
                   "Se per caso ci perdiamo, a che numero la ritrovo?", "Quale telefono preferisce lasciarci?"],
                  ["What number are you best reached on during the day?", "Have you got a mobile we can text updates to?",
                   "If we get disconnected, which number do I try?", "Which phone number would you like on file?"]),
                 (["Mi serve un recapito telefonico per il tecnico.", "Ora mi detti pure il numero di telefono.",
                   "Le chiedo anche un numero dove contattarla."],
                  ["I'll just need a contact number for the file.", "Go ahead with your phone number whenever you're ready.",
                   "Now, a number we can call you back on."]))
        if move == "pieces":
            chunks = self.phone_chunks(v, sizes, styles, self.cust_sp)
            for k, (d, s) in enumerate(chunks):
                lead = self.ct(["allora,", "dunque,", "sì:"], ["okay,", "right,", "so,"]) if k == 0 else ""
                self.say("customer", lead, ("PHONE_NUMBER", d, s))
                if k < len(chunks) - 1:
                    self.say("agent", self.ack())
            self.thanks()
            return
        if move == "correction":
            pos = self.rng.randrange(4, len(v))
            wrong = v[:pos] + str((int(v[pos]) + self.rng.randint(1, 8)) % 10) + v[pos + 1:]
            self.say("customer", self.ct(["è il", "allora,", "il mio è"], ["it's", "that's", "right, it's"]),
                     ("PHONE_NUMBER", wrong, self.phone_spoken(wrong, sizes, styles, self.cust_sp)),
                     self.ct(["... no, aspetti, ho sbagliato. È", "anzi no, scusi, mi sono confuso. Il numero giusto è"
                              if not self.female else "anzi no, scusi, mi sono confusa. Il numero giusto è"],
                             ["... no, sorry, I've muddled that. It's", "actually no, that's my old number. The right number is"]),
                     full)
            self.say("agent", self.ct(["Tengo buono quello corretto, allora.", "Va bene, correggo."],
                                      ["No worries, I'll use the corrected number.", "Okay, I've changed it."]))
            return
        self.say("customer", self.ct(["sì, è il", "certo:", "segni pure:", "allora, il mio cellulare è il", ""],
                                     ["sure, it's", "yep, that's", "okay so it's", "", "it's"]), full,
                 self.ct(["", "", "Mi trova quasi sempre."], ["", "", "I don't always pick up, mind."]))
        if move == "readback":
            back = self.phone_spoken(v, sizes, ["single"] * len(sizes), self.agent_sp)
            self.say("agent", self.ct(["Glielo rileggo:", "Verifico:", "Dunque,"], ["Let me check I've got that:",
                                                                                      "Reading it back,", "So that's"]),
                     ("PHONE_NUMBER", v, back), self.ct(["torna?", "è giusto?"], ["is that right?", "yeah?"]))
            self.confirm()
        else:
            self.thanks()

    def x_email(self):
        local, dom = self.email_value()
        sp = self.cust_sp
        move = self.c("ask", "ask", "pieces", "spelled", "misread", "volunteer")
        value = f"{local}@{dom}"
        spoken = f"{self.say_local(local, sp)} {self.at()} {self.say_domain(dom)}"
        if move == "volunteer":
            self.say("customer", self.ct(["Se le è più comodo, può scrivermi a", "Può mandare tutto anche per posta elettronica:"],
                                         ["It's probably easier to email me, it's", "You can send it all by email if you like:"]),
                     ("EMAIL_ADDRESS", value, spoken), self.ct(["senza maiuscole.", ""], ["no capitals.", ""]))
            self.say("agent", self.ct(["Ottimo, la userò per la conferma.", "Perfetto, me la segno."],
                                      ["Great, I'll use that for the confirmation.", "Perfect, noted down."]))
            return
        self.ask((["A che indirizzo email le mando la documentazione?", "Ha una mail dove ricevere le fatture?",
                   "Qual è la sua posta elettronica?"],
                  ["Which email should the paperwork go to?", "Is there an email we can send the invoices to?",
                   "What's your email address?"]),
                 (["Mi serve anche un indirizzo di posta elettronica.", "Adesso mi detti la mail, con calma."],
                  ["I'll need an email address as well.", "Next I need your email, nice and slowly."]))
        if move == "pieces":
            self.say("customer", self.ct(["la prima parte è", "allora, prima della chiocciola:"],
                                         ["the bit before the at is", "okay, before the at sign it's"]),
                     ("EMAIL_ADDRESS", local, self.say_local(local, sp)))
            self.say("agent", self.ct(["Sì, e dopo la chiocciola?", "Ok, e il dominio?"],
                                      ["Got it, and after the at?", "Okay, and what's the domain?"]))
            self.say("customer", ("EMAIL_ADDRESS", "@" + dom, self.say_domain(dom)))
            self.thanks()
            return
        if move == "spelled":
            self.say("customer", self.ct(["è", "allora,"], ["it's", "so it's"]), ("EMAIL_ADDRESS", value, spoken))
            self.say("agent", self.ct(["Me la può fare lettera per lettera, la parte prima della chiocciola?"],
                                      ["Could you spell the part before the at for me?"]))
            self.say("customer", self.ct(["Certo:", "Sì:"], ["Sure:", "Yeah, so"]),
                     ("EMAIL_ADDRESS", local, self.say_local(local, sp, spelled=True)))
            self.thanks()
            return
        self.say("customer", self.ct(["sì, è", "allora, scriva:", ""], ["sure, it's", "yeah, it's", ""]),
                 ("EMAIL_ADDRESS", value, spoken))
        if move == "misread":
            alt = self.c(*[d for d in (IT_DOMAINS if self.it else EN_DOMAINS_UK + EN_DOMAINS_US) if d != dom])
            back = f"{self.say_local(local, self.agent_sp)} {self.at()} {self.say_domain(alt)}"
            self.say("agent", self.ct(["Quindi", "Ripeto:"], ["So that's", "Let me read it back:"]),
                     ("EMAIL_ADDRESS", f"{local}@{alt}", back), self.ct(["giusto?", "corretto?"], ["right?", "yeah?"]))
            self.say("customer", self.ct(["No, no, il dominio è", "Quasi: dopo la chiocciola è"],
                                         ["No, not that, it's", "Nearly, the end bit is"]),
                     ("EMAIL_ADDRESS", "@" + dom, self.say_domain(dom)))
            self.say("agent", self.ct(["Ah, mi scusi, correggo.", "Chiaro, sistemato."],
                                      ["Ah, sorry, fixed that.", "Got you, corrected."]))
        else:
            self.thanks()

    def x_fiscal(self):
        v = self.fiscal_value()
        sp, mode = self.cust_sp, self.code_mode()
        full = ("IT_FISCAL_CODE", v, spell_code(v, sp, mode))
        self.ask((["Mi legge il codice fiscale dell'intestatario?",
                   "Ha a portata di mano la tessera sanitaria? Mi serve il codice.", "Qual è il suo codice fiscale?"],
                  ["As the contract is with our Italian branch, could I have your codice fiscale?",
                   "Do you have your Italian tax code to hand?"]),
                 (["Per andare avanti ho bisogno del suo codice fiscale.", "Adesso mi detti il codice fiscale, per favore."],
                  ["I'll need the Italian fiscal code that's on the contract.",
                   "Next I need the tax code printed on your tessera sanitaria."]))
        if not self.it:
            self.say("customer", self.c("Right, I've got the card here.", "Yes, hold on, it's a long code."))
        move = self.c("plain", "pieces", "pieces", "correction")
        if move == "pieces":
            cuts = [0, 6, 11, 16] if self.rng.random() < 0.6 else [0, 3, 6, 11, 16]
            for k, (a, b) in enumerate(zip(cuts, cuts[1:])):
                self.say("customer", ("IT_FISCAL_CODE", v[a:b], spell_code(v[a:b], sp, mode)))
                if b < 16:
                    self.say("agent", self.ack())
            self.thanks()
        elif move == "correction":
            pos = self.rng.choice([6, 7, 9, 10, 12, 13, 14])
            wrong = v[:pos] + str((int(v[pos]) + 1) % 10) + v[pos + 1:]
            self.say("customer", ("IT_FISCAL_CODE", wrong, spell_code(wrong, sp, mode)), self.ct(["Ah no, scusi, ho letto male. Ricomincio:",
                                          "No, aspetti, ho invertito una cifra. È"],
                                         ["Sorry, no, I misread a digit there. Again:", "Hang on, that's wrong. It's"]),
                     full)
            self.say("agent", self.ct(["Va bene, tengo questa versione.", "Benissimo, ora il controllo torna."],
                                      ["Okay, that version checks out.", "Great, now it validates."]))
        else:
            self.say("customer", self.ct(["sì, glielo detto:", "allora,", "è"], ["okay, it's", "right, so", "it goes"]), full)
            self.thanks()

    def x_iban(self):
        v, chunks = self.iban_value()
        sp, mode = self.cust_sp, self.ct(["plain", "plain", "city"], ["plain", "plain", "nato"])
        self.ask((["Su quale conto vuole l'accredito?", "Mi dà l'IBAN per la domiciliazione?",
                   "Dove le restituiamo la somma?"],
                  ["Which account would you like the refund paid into?", "Which IBAN should the direct debit come out of?",
                   "Where should we send the money?"]),
                 (["Mi detti le coordinate bancarie, partendo dalla sigla del paese.",
                   "Ora mi serve l'IBAN completo."],
                  ["I'll need the full IBAN, starting with the country letters.",
                   "Now the account details, as an IBAN please."]))
        move = self.c("plain", "pieces", "pieces", "tail")
        if move == "pieces":
            batch = 1 if len(chunks) <= 5 else 2
            for k in range(0, len(chunks), batch):
                self.say("customer", *[("IBAN_CODE", ch, self.say_code(ch, sp, mode)) for ch in chunks[k:k + batch]])
                if k + batch < len(chunks):
                    self.say("agent", self.ack())
            self.thanks()
            return
        spoken = ", ".join(self.say_code(ch, sp, mode) for ch in chunks)
        self.say("customer", self.ct(["glielo leggo:", "allora,", "eccolo:"], ["here goes:", "okay, it's", "right,"]),
                 ("IBAN_CODE", v, spoken))
        if move == "tail":
            tail = v[-4:]
            self.say("agent", self.ct(["Quindi il conto che termina con", "Ricapitolo: finisce con"],
                                      ["So that's the account ending", "Just to check, it ends in"]),
                     ("IBAN_CODE", tail, self.agent_sp.one_by_one(tail)), self.ct(["giusto?", "vero?"], ["right?", "yes?"]))
            self.confirm()
        else:
            self.thanks()

    def x_card(self):
        brand, v, sizes, styles = self.card_value()
        sp = self.cust_sp
        chunks = self.phone_chunks(v, sizes, styles, sp)
        full = ("CREDIT_CARD", v, ", ".join(s for _, s in chunks))
        lead_in = {"customer_care": ("Per la spedizione express c'è un supplemento.", "The express reship has a small fee."),
                   "sales_first_contact": ("Per bloccare l'offerta serve un metodo di pagamento.",
                                           "To lock in the offer we need a payment method."),
                   "billing_support": ("Possiamo saldare l'arretrato subito, se vuole.", "We can clear the balance now if you like."),
                   "technical_support": ("L'uscita del tecnico fuori garanzia è a pagamento.",
                                         "The engineer visit is chargeable as it's out of warranty.")}[self.purpose]
        self.say("agent", lead_in[0 if self.it else 1])
        self.ask((["Con quale carta paga?", "Mi legge il numero della carta?", "Che carta vuole usare?"],
                  ["Which card would you like to use?", "Can you give me the digits on the card?",
                   "What card are you paying with?"]),
                 (["Mi servono le cifre sul fronte della carta.", "Vada pure con il numero della carta."],
                  ["I'll need the long number across the front.", "Go ahead with the card number when you're ready."]))
        move = self.c("plain", "pieces", "pieces", "tail", "correction")
        if move == "pieces":
            self.say("customer", self.ct([f"Una {brand}. Allora,", f"La {brand}, le leggo a gruppi:"],
                                         [f"It's a {brand}. Okay,", f"The {brand}, I'll do it in chunks:"]),
                     ("CREDIT_CARD", chunks[0][0], chunks[0][1]))
            for d, s in chunks[1:]:
                self.say("agent", self.ack())
                self.say("customer", ("CREDIT_CARD", d, s))
            self.thanks()
            return
        if move == "correction":
            pos = self.rng.randrange(5, len(v) - 1)
            wrong = v[:pos] + str((int(v[pos]) + 3) % 10) + v[pos + 1:]
            wchunks = self.phone_chunks(wrong, sizes, styles, sp)
            self.say("customer", self.ct([f"la {brand}:", "allora,"], [f"the {brand},", "okay,"]),
                     ("CREDIT_CARD", wrong, ", ".join(s for _, s in wchunks)))
            self.say("agent", self.ct(["Mi risulta non valido, me lo ripete?", "Il sistema lo rifiuta, può rileggerlo?"],
                                      ["That's not going through, could you read it again?",
                                       "The system doesn't like that, can you check it?"]))
            self.say("customer", self.ct(["Ah, ho letto male io. È", "Mi scusi, eccolo giusto:"],
                                         ["Ah, my mistake. It's", "Sorry, properly this time:"]), full)
            self.thanks()
            return
        self.say("customer", self.ct([f"con la {brand},", "sì,", "allora,"], [f"the {brand},", "yep,", "okay, ready?"]), full)
        if move == "tail":
            self.say("agent", self.ct(["Allora addebito sulla carta che finisce con", "Carta che termina in"],
                                      ["So I'm charging the card ending", "That's the card ending in"]),
                     ("CREDIT_CARD", v[-4:], self.agent_sp.one_by_one(v[-4:])), self.ct(["corretto?", "giusto?"],
                                                                                        ["is that right?", "yeah?"]))
            self.confirm()
        self.say("agent", self.ct(["Il codice di sicurezza non mi serve, arriverà una notifica sul telefono.",
                                   "Il pagamento è andato a buon fine."],
                                  ["I won't need the security code, you'll get a prompt from your bank.",
                                   "Payment's gone through."]))

    def x_dob(self):
        sp = self.cust_sp
        dm, y, full_s = self.dob_parts(self.born, sp)
        self.ask((["Mi conferma quando è " + self.g("nato", "nata") + "?", "Qual è la sua data di nascita?",
                   "In che giorno è " + self.g("nato", "nata") + "?"],
                  ["Can you confirm your date of birth?", "And when's your birthday, with the year?",
                   "What date of birth do we have for you?"]),
                 (["Per la verifica di sicurezza mi serve la data di nascita.", "Adesso mi dica la data di nascita."],
                  ["For security I need your date of birth.", "Next, your date of birth please."]))
        move = self.c("plain", "plain", "pieces", "correction")
        if move == "pieces":
            self.say("customer", self.ct(["il", "allora,"], ["it's", "so"]),
                     ("DATE_OF_BIRTH", self.born.strftime("--%m-%d"), dm))
            self.say("agent", self.ct(["E l'anno?", "Sì, e di che anno?"], ["And the year?", "Lovely, and the year?"]))
            self.say("customer", ("DATE_OF_BIRTH", str(self.born.year), y))
            self.thanks()
        elif move == "correction":
            wrong = self.born.replace(day=self.born.day % 28 + 1)
            wdm, wy, wfull = self.dob_parts(wrong, sp)
            self.say("customer", self.ct(["il", "sono " + self.g("nato", "nata") + " il"], ["it's", "my birthday's"]),
                     ("DATE_OF_BIRTH", wrong.isoformat(), wfull),
                     self.ct(["... no, che dico, è il", "anzi no, scusi, il"], ["... no, what am I saying, it's",
                                                                               "sorry, no, it's"]),
                     ("DATE_OF_BIRTH", self.born.isoformat(), full_s))
            self.say("agent", self.ct(["Capita a tutti.", "Va bene, questa corrisponde."],
                                      ["Happens to everyone.", "That matches, thanks."]))
        else:
            self.say("customer", self.ct(["sono " + self.g("nato", "nata") + " il", "il", "è il", ""],
                                         ["it's", "date of birth is", "that's", ""]),
                     ("DATE_OF_BIRTH", self.born.isoformat(), full_s))
            self.thanks()

    def x_address(self):
        sp = self.cust_sp
        sv, ss, tv, ts = self.address_value(sp)
        full = ("ADDRESS", f"{sv}, {tv}", f"{ss}, {ts}")
        move = self.c("ask", "ask", "pieces", "volunteer", "correction")
        if move == "volunteer":
            self.say("customer", self.ct(["Ah, un'altra cosa: abbiamo traslocato, adesso stiamo in",
                                          "Tra l'altro ho cambiato casa, il nuovo indirizzo è"],
                                         ["And we've moved since, we're now at", "By the way, I've got a new address, it's"]),
                     full)
            self.say("agent", self.ct(["Aggiorno l'anagrafica, grazie.", "Bene, lo cambio subito."],
                                      ["I'll update that now, thanks.", "Good to know, changed."]))
            return
        self.ask((["A che indirizzo arriva la corrispondenza?", "Dove dobbiamo mandare il tecnico?",
                   "Qual è l'indirizzo di fornitura?"],
                  ["What's the address for the correspondence?", "Which address should the engineer head to?",
                   "Which address is the service at?"]),
                 (["Mi serve l'indirizzo completo.", "Ora mi detti l'indirizzo di spedizione."],
                  ["I'll need the full address.", "Now the delivery address, please."]))
        if move == "pieces":
            self.say("customer", self.ct(["sto in", "allora,", "abito in"], ["it's", "I'm at", "we're at"]) if self.loc == "it"
                     or self.rng.random() < 0.7 else "", ("ADDRESS", sv, ss))
            self.say("agent", self.c(*(["E il CAP con la città?", "In che comune?"] if self.loc == "it" else
                                       ["And the town and postcode?"] if self.loc == "uk" else ["And the city, state and zip?"])))
            self.say("customer", ("ADDRESS", tv, ts.removeprefix("a ")))
            self.thanks()
            return
        if move == "correction":
            self.say("customer", self.ct(["sto in", "allora,"], ["it's", "we're at"]), full)
            m = self.house + self.rng.choice([1, 2, 10])
            wrong_s = it_words(m) if self.it else (en_words(m, uk=False) if m < 100 else self.agent_sp.pairs(str(m)))
            self.say("agent", self.ct(["Numero", "Quindi civico"], ["Number", "So that's number"]),
                     ("ADDRESS", str(m), wrong_s), self.ct(["giusto?", "vero?"], ["is that right?", "yeah?"]))
            self.say("customer", self.ct(["No, ha capito male:", "No, è"], ["No, sorry,", "No, it's"]), ("ADDRESS", sv, ss))
            self.thanks()
            return
        self.say("customer", self.ct(["allora,", "abito in", "l'indirizzo è", ""], ["it's", "I'm at", "we live at", ""]),
                 full)
        self.thanks()

    def x_health(self):
        h = self.health_value()
        move = self.c("asked", "asked", "volunteer", "availability")
        if move == "asked":
            self.say("agent", self.ct(["C'è in casa qualcuno che dipende da apparecchi medici o che ha bisogno di attenzioni particolari?",
                                       "Ci sono situazioni di fragilità di cui dovremmo tenere conto?",
                                       "Ha bisogno di qualche accorgimento da parte nostra?"],
                                      ["Does anyone at the property rely on medical equipment or need extra support?",
                                       "Is there anything about your circumstances we should know?",
                                       "Would any adjustments on our side make things easier for you?"]))
            self.say("customer", self.ct(["Sì, in effetti", "Guardi, sì:", "Beh,"], ["Yes, actually,", "Well,", "There is, yeah,"]),
                     h, self.ct(["quindi preferirei non restare senza servizio.", ""],
                                ["so I'd rather not be cut off.", ""]))
            self.say("agent", self.ct(["Grazie per avermelo detto, lo segnalo come cliente da tutelare.",
                                       "Capisco, metto una nota per i colleghi."],
                                      ["Thanks for telling me, I'll flag the account for priority support.",
                                       "Understood, I'll add a note for the team."]))
        elif move == "volunteer":
            self.say("customer", self.ct(["Le spiego anche perché sono in ritardo con tutto:",
                                          "Scusate se non vi ho chiamato prima, ma"],
                                         ["I should explain why I've let things slide:", "Sorry I didn't ring sooner, but"]),
                     h, self.ct(["e ho avuto altro per la testa.", "e non è un periodo facile."],
                                ["and it's been a lot to deal with.", "so it's not been easy."]))
            self.say("agent", self.ct(["Mi dispiace molto, cercheremo di venirle incontro.", "Non si preoccupi, capisco benissimo."],
                                      ["I'm sorry to hear that, we'll do what we can.", "Please don't worry, that's completely understandable."]))
        else:
            self.say("agent", self.ct(["Ci sono giorni in cui non è disponibile?", "Quando preferisce essere contattato?"
                                       if not self.female else "Quando preferisce essere contattata?"],
                                      ["Are there days that don't suit you?", "When's the best time to reach you?"]))
            self.say("customer", self.ct(["Il martedì no, perché", "Preferisco il pomeriggio, perché"],
                                         ["Not Tuesdays, because", "Afternoons are better, because"]), h, ".")
            self.say("agent", self.ct(["Ne terrò conto.", "Va bene, annoto la preferenza."],
                                      ["I'll keep that in mind.", "Okay, I've noted that preference."]))

    def x_order(self):
        sp = self.cust_sp
        o = self.order_value(sp)
        noun = self.order_noun()
        move = self.c("ask", "ask", "readback", "volunteer", "issue")
        if move == "issue":
            ao = self.order_value(self.agent_sp)
            ao = (ao[0], ao[1], ao[2])
            self.say("agent", self.ct(["Le apro una nuova pratica. Si segni il riferimento:",
                                       "Ho inserito la richiesta, il codice da citare è"],
                                      ["I've opened a new case for you. Take down the reference:",
                                       "Your new reference, if you need to quote it, is"]), ao, ".")
            self.say("customer", self.ct(["Aspetti che prendo una penna... sì, fatto.", "Ok, me lo sono scritto."],
                                         ["Let me grab a pen... okay, done.", "Got it, written down."]))
            return
        if move == "volunteer":
            self.say("customer", self.ct([f"Le do già {noun}:", f"Ho qui {noun}, è"], [f"I've got {noun} here, it's",
                                                                                        f"Let me give you {noun}:"]), o)
            self.say("agent", self.ct(["Ah, comodo, grazie. La trovo.", "Perfetto, così facciamo prima."],
                                      ["Great, that saves time.", "Perfect, pulling it up now."]))
            return
        self.ask(([f"Ha sotto mano {noun}?", f"Mi sa dire {noun}?", f"Qual è {noun}?"],
                  [f"Do you have {noun} handy?", f"Could you give me {noun}?", f"What's {noun}?"]),
                 ([f"Mi serve {noun}.", f"Per trovarla ho bisogno di {noun}."],
                  [f"I'll need {noun}.", f"To find it I just need {noun}."]))
        if self.rng.random() < 0.25:
            self.say("customer", self.ct(["Un momento, lo cerco nella mail...", "Aspetti che apro la fattura..."],
                                         ["Hold on, it's in an email somewhere...", "Bear with me, let me find the letter..."]))
        self.say("customer", self.ct(["sì, è", "ecco,", "allora,"], ["yeah, it's", "here we go,", "right,"]), o)
        if move == "readback":
            v = o[1]
            back = spell_code(v.replace("-", "").replace("/", ""), self.agent_sp, "plain") if not v.isdigit() else \
                self.agent_sp.dictate(v, [len(v)], ["single"])
            self.say("agent", self.ct(["Ripeto per sicurezza:", "Quindi"], ["Just repeating that,", "So that's"]),
                     ("ORDER_NUMBER", v, back), self.ct(["corretto?", "vero?"], ["correct?", "yes?"]))
            self.confirm()
        else:
            self.thanks()

    # ------------------------------------------------------------------ numbers that must stay audible

    def distractor(self):
        it, r, N = self.it, self.rng, self.N
        cur = self.money()
        e, cents = r.randint(12, 79), r.choice([49, 90, 95, 99])
        common = [
            ("hours", [("agent", ["Il servizio clienti risponde dalle", N(8), "alle", N(20), "dal lunedì al sabato."]
                        if it else ["Our lines are open from", N(8), "till", N(8, "eight"), "in the evening, Monday to Saturday."])]),
            ("days", [("agent", ["La pratica si chiude di solito entro", N(10), "giorni lavorativi."] if it else
                       ["These normally get resolved within", N(10), "working days."]),
                      ("customer", ["Speriamo.", ] if it else ["Fingers crossed."])]),
            ("wait", [("customer", ["Ho già aspettato in linea", N(25), "minuti prima."] if it else
                       ["I was on hold for", N(25), "minutes earlier."]),
                      ("agent", ["Mi scusi per l'attesa."] if it else ["I'm sorry about the wait."])]),
        ]
        per = {
            "customer_care": [
                ("qty", [("customer", ["Avevo ordinato", N(4), "sedie e ne sono arrivate", N(3), "."] if it else
                          ["I ordered", N(4), "chairs and only", N(3), "turned up."]),
                         ("agent", ["Vedo, manca un collo."] if it else ["I see, a package is missing."])]),
                ("ship", [("agent", ["La spedizione espressa costa", self.price(e % 15 + 4, 90), cur, "e arriva in", N(2), "giorni."]
                           if it else ["Express delivery is", self.price(e % 15 + 4, 99), "and takes", N(2), "days."])]),
                ("model", [("customer", ["È il frullatore Vortex", N(600), ", quello da", N(900), "watt."] if it else
                            ["It's the Vortex", N(600), "blender, the", N(900), "watt model."])]),
            ],
            "sales_first_contact": [
                ("price", [("agent", ["L'offerta Casa Luce costa", self.price(e, cents), cur, "al mese per", N(24), "mesi."] if it else
                            ["The Home Saver plan is", self.price(e, cents), "a month, fixed for", N(24), "months."]),
                           ("customer", ["E dopo quanto diventa?"] if it else ["And what does it go up to after that?"]),
                           ("agent", ["Sale a", self.price(e + 6, cents), cur, "."] if it else ["It goes up to", self.price(e + 6, cents), "."])]),
                ("data", [("agent", ["Include", N(150), "giga e minuti illimitati."] if it else
                           ["You get", N(150), "gigs of data and unlimited minutes."])]),
                ("discount", [("agent", ["Per chi passa a noi c'è il", N(30, "trenta per cento"), "di sconto per", N(12), "mesi."] if it else
                               ["New customers get", N(30), "percent knocked off for", N(12), "months."]),
                              ("customer", ["Interessante."] if it else ["That's not bad."])]),
            ],
            "billing_support": [
                ("bill", [("customer", ["Questa bolletta è di", self.price(e + 90, 40), cur, ", di solito pago", N(70), "."] if it else
                           ["This bill is", self.price(e + 90, 40), ", normally I pay about", N(70), "."]),
                          ("agent", ["Controllo i consumi."] if it else ["Let me look at the usage."])]),
                ("kwh", [("agent", ["Risultano", N(640), "chilowattora nel bimestre, contro i", N(410), "dell'anno scorso."] if it else
                          ["It shows", N(640), "kilowatt hours this quarter, against", N(410), "last year."])]),
                ("instal", [("agent", ["Possiamo dividere l'importo in", N(6), "rate da", N(22), cur, "."] if it else
                             ["We can split that into", N(6), "instalments of", N(22), cur, "."]),
                            ("customer", ["Sì, mi aiuterebbe."] if it else ["That would help, yes."])]),
            ],
            "technical_support": [
                ("reset", [("agent", ["Tenga premuto il tasto di reset per", N(15), "secondi, poi aspetti", N(3), "minuti."] if it else
                            ["Hold the reset button for", N(15), "seconds, then give it", N(3), "minutes."]),
                           ("customer", ["Fatto, le spie lampeggiano."] if it else ["Done, the lights are flashing."])]),
                ("leds", [("agent", ["Quante luci vede accese sul modem?"] if it else ["How many lights can you see on the router?"]),
                          ("customer", ["Ne vedo", N(4), ", e una è arancione."] if it else ["I can see", N(4), ", and there's an amber light."])]),
                ("speed", [("agent", ["La sua linea dovrebbe arrivare a", N(1000), "mega, il test ne dà", N(38), "."] if it else
                            ["Your line should do", N(900), "megs, the test shows", N(38), "."])]),
                ("model", [("customer", ["Il modem è un Nebula", N(720), "."] if it else ["The router's a Nebula", N(720), "."])]),
            ],
        }[self.purpose]
        pool = [o for o in per + common if o[0] not in self.used] or per
        key, turns = r.choice(pool)
        self.used.add(key)
        for speaker, pieces in turns:
            self.say(speaker, *pieces)

    def filler(self):
        self.say("agent", self.ct(["Le chiedo di restare in linea qualche istante.", "Sto aprendo la sua scheda cliente.",
                                   "Verifico nel gestionale, abbia pazienza."],
                                  ["Let me just have a look at that for you.", "Bear with me, the system's a bit slow today.",
                                   "I'm just opening your account now."]))
        self.say("customer", self.ct(["Faccia con comodo.", "Faccia pure.", "Certo, aspetto."],
                                     ["No problem.", "Take your time.", "Okay."]))

    # ------------------------------------------------------------------ the call

    def opening(self, company: str, agent: str, notice: bool):
        it = self.it
        A = ("AGENT_NAME", agent, agent)
        goal = PURPOSE_GOAL[self.purpose][0 if it else 1]
        if it:
            greet = self.c(["Buongiorno, ha chiamato", company, ", sono", A, "."],
                           [company, ", servizio clienti, mi chiamo", A, "."],
                           ["Pronto, qui", company, ", risponde", A, "."])
            note = self.c(f"Prima di iniziare, sappia che questa telefonata è registrata {goal}.",
                          f"Le segnalo che la conversazione verrà registrata, e la useremo solo {goal}.",
                          f"Come previsto dalla normativa, devo informarla che di questa chiamata resta una registrazione, {goal}.")
            ask = self.c("Cosa posso fare per lei?", "Mi racconti pure.", "In che cosa la posso aiutare?")
        else:
            greet = self.c([company, ", good morning, you've got", A, "."],
                           ["Hello, you're through to", company, ", I'm", A, "."],
                           ["Morning, thanks for ringing", company, ", it's", A, "here."])
            note = self.c(f"Before we go any further, I need to tell you we're recording this call {goal}.",
                          f"Quick heads-up, we record these calls {goal}, and for nothing else.",
                          f"I should mention the conversation is recorded {goal}.")
            ask = self.c("What are you calling about?", "What can I sort out for you?", "What brings you to us today?")
        self.say("agent", *greet, note if notice else "", ask)

    def reason(self) -> str:
        return self.rng.choice({
            "customer_care": (["il pacco che aspettavo è arrivato con la scatola sfondata.",
                               "dovrei spostare la consegna, non sono a casa in settimana.",
                               "mi avete mandato un articolo diverso da quello che avevo scelto."],
                              ["the parcel I was waiting for came with the box smashed in.",
                               "I need to move my delivery, I'm away this week.",
                               "you've sent me a completely different item from what I picked."]),
            "sales_first_contact": (["ho trovato il vostro volantino e vorrei capire se conviene passare a voi.",
                                     "sto pensando di cambiare fornitore e raccolgo qualche preventivo.",
                                     "un collega mi ha parlato della vostra promozione."],
                                    ["I got your leaflet through the door and I'm thinking of switching.",
                                     "my contract's about to end so I'm shopping around.",
                                     "a friend said you've got a decent deal on at the moment."]),
            "billing_support": (["mi è arrivato un sollecito ma io ho già pagato.",
                                 "vorrei passare dal bollettino all'addebito in conto.",
                                 "in fattura c'è un servizio che non ho mai chiesto."],
                                ["I've had a reminder letter but I'm sure I paid.",
                                 "I'd like to switch to paying by direct debit.",
                                 "there's a charge on my bill for something I never asked for."]),
            "technical_support": (["la televisione dice che manca il segnale.", "il telefono di casa è muto.",
                                   "la connessione la sera va lentissima."],
                                  ["the wifi disappears every evening.", "my landline's gone completely dead.",
                                   "the smart meter screen has gone blank."]),
        }[self.purpose][0 if self.it else 1])

    def name_exchange(self):
        it, sp = self.it, self.cust_sp
        if self.rng.random() < 0.3:      # the caller gives the name unasked, in the first sentence
            self.say("customer", self.ct(["Buongiorno, sono", "Salve, mi chiamo"], ["Hi there, my name's", "Hello, it's"]),
                     self.person(), self.ct([". Vi chiamo perché", ". Il motivo è che"], [". I'm ringing because", ". The thing is,"]),
                     self.reason())
        else:
            self.say("customer", self.ct(["Buongiorno, vi chiamo perché", "Salve, guardi,"],
                                         ["Hi, I'm calling because", "Hello there,"]), self.reason())
            self.ask((["Mi dice il suo nome, per cortesia?", "Con chi parlo?", "A nome di chi è il contratto?"],
                      ["Can I start with your name?", "Who am I talking to?", "Whose name is the account under?"]),
                     (["Mi serve prima il nome dell'intestatario.", "Intanto mi dia nome e cognome."],
                      ["Before anything else, I'll need the full name on the account.", "To start with, your full name please."]))
            if it and self.rng.random() < 0.3:
                self.say("customer", self.c("Allora,", "Sì,", ""), self.person("lf"))
            else:
                self.say("customer", self.ct(["Sono", "Mi chiamo", ""], ["It's", "Yeah, it's", ""]), self.person())
        r = self.rng.random()
        if r < 0.35:
            self.say("agent", self.ct(["Mi scandisce il cognome?", "Come si scrive il cognome?"],
                                      ["Could you spell the surname?", "How do you spell the last name?"]))
            self.say("customer", self.spell_surname(sp))
        elif r < 0.5:
            self.say("customer", self.ct(["Il cognome glielo scandisco:", "Lo scrivo:"], ["That's spelled", "Spelled"]),
                     self.spell_surname(sp))
        if self.rng.random() < 0.5:
            self.say("agent", self.ct(["Grazie,", "Piacere,", "Bene,"], ["Thanks,", "Lovely, thank you,", "Okay,"]),
                     self.title(), self.surname(), ".")
        if self.purpose == "billing_support" and self.rng.random() < 0.4:
            rel, fem = self.c(*(IT_REL if it else EN_REL))
            other = self.c(*((IT_F if fem else IT_M) if it else (EN_F if fem else EN_M))) + " " + self.last
            self.say("customer", self.ct([f"Però il contratto è intestato a {rel},", f"Il contratto è a nome di {rel},"],
                                         [f"The bill's actually in the name of {rel},", f"It's {rel}'s account,"]),
                     ("PERSON", other, other), ".")
            self.say("agent", self.ct(["Va bene, se è presente può autorizzarla più tardi.", "D'accordo, lo segnalo."],
                                      ["That's fine, I'll note you're calling on their behalf.", "Okay, noted."]))

    def closing(self):
        it, r, N = self.it, self.rng, self.N
        end = self.c(
            (["Ho completato tutto: riceverà la conferma entro", N(48), "ore."],
             ["That's everything done: you'll get confirmation within", N(48), "hours."]),
            (["Il tecnico passerà giovedì tra le", N(14), "e le", N(18), "."],
             ["The engineer will come Thursday between", N(1), "and", N(5), "."]),
            (["Riceverà un SMS con la conferma, l'operazione costa", N(0, "zero"), "euro."],
             ["You'll get a text confirming it, and there's", N(0, "zero"), "to pay for this."]),
        )[0 if it else 1]
        self.say("agent", *end, self.ct(["Posso fare altro per lei?", "Serve altro?"], ["Anything else?", "Is there anything else today?"]))
        thank = self.rng.random() < 0.5
        self.say("customer", self.ct(["No, è tutto. Grazie infinite", "No, a posto così, grazie"],
                                     ["No, that's all, thanks", "Nope, that's it, cheers"]),
                 (("AGENT_NAME", self.agent, self.agent) if thank else ""), ".")
        if r.random() < 0.35:
            self.say("agent", self.ct(["Arrivederci,", "Buona giornata,"], ["Bye now,", "Take care,"]),
                     self.title(), self.surname(), ".")
        else:
            self.say("agent", self.ct(["Grazie a lei, buona giornata.", "Arrivederci e buona serata."],
                                      ["Thank you, take care.", "You're welcome, bye now."]))

    def build(self, company: str, agent: str, notice: bool):
        self.agent = agent
        self.opening(company, agent, notice)
        self.name_exchange()
        kinds = ["PHONE_NUMBER", "EMAIL_ADDRESS", "IT_FISCAL_CODE", "IBAN_CODE", "CREDIT_CARD",
                 "DATE_OF_BIRTH", "ADDRESS", "HEALTH", "ORDER_NUMBER"]
        if not self.it:
            kinds.remove("IT_FISCAL_CODE") if self.rng.random() < 0.6 else None
        plan = self.rng.sample(kinds, min(len(kinds), self.rng.randint(6, 8)))
        plan += ["distractor"] * self.rng.randint(2, 3) + ["filler"] * self.rng.randint(0, 2)
        self.rng.shuffle(plan)
        go = {"PHONE_NUMBER": self.x_phone, "EMAIL_ADDRESS": self.x_email, "IT_FISCAL_CODE": self.x_fiscal,
              "IBAN_CODE": self.x_iban, "CREDIT_CARD": self.x_card, "DATE_OF_BIRTH": self.x_dob,
              "ADDRESS": self.x_address, "HEALTH": self.x_health, "ORDER_NUMBER": self.x_order,
              "distractor": self.distractor, "filler": self.filler}
        for step in plan:
            go[step]()
        self.closing()
        self.lint()

    def lint(self):
        for speaker, pieces in self.turns:
            assert speaker in ("agent", "customer"), speaker
            for p in pieces:
                if isinstance(p, str):
                    assert p.strip() == "." or re.search(r"\w", p), f"punctuation-only piece: {p!r}"
                    bad = re.search(r"\d", p) or [w for w in re.findall(r"[a-zà-ù]+", p.lower()) if w in NUMBER_WORDS]
                    assert not bad, f"number in plain text: {p!r}"
                    for name in {self.first, self.last, self.agent}:
                        assert not re.search(rf"\b{re.escape(name)}\b", p), f"personal data in plain text: {p!r}"
                else:
                    label, value, spoken = p
                    assert label in LABELS and value and spoken.strip(), p


LABELS = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "IT_FISCAL_CODE", "IBAN_CODE", "CREDIT_CARD", "DATE_OF_BIRTH",
          "ADDRESS", "HEALTH", "ORDER_NUMBER", "AGENT_NAME", "NONPII_NUMBER"}


def install():
    """Rebind heldout's builder and company/agent banks (in memory only)."""
    H.CallBuilder = PhraseBookD
    H.IT_COMPANIES, H.EN_COMPANIES = D_IT_COMPANIES, D_EN_COMPANIES
    H.IT_AGENTS, H.EN_AGENTS = D_IT_AGENTS, D_EN_AGENTS


def dry(n: int, seed: int):
    """Print the dialogues main() would build (same rng draws up to synthesis, which is skipped)."""
    rng = random.Random(seed)
    silent = set(rng.sample(range(n), max(1, n // 5)))
    for i in range(n):
        lang = "it" if i % 2 == 0 else "en"
        purpose = H.PURPOSES[(i // 2) % 4]
        b = PhraseBookD(rng, lang, purpose)
        company = rng.choice(D_IT_COMPANIES if lang == "it" else D_EN_COMPANIES)
        agent = rng.choice(D_IT_AGENTS if lang == "it" else D_EN_AGENTS)
        b.build(company, agent, i not in silent)
        print(f"===== {i} {lang} {purpose} notice={i not in silent}")
        for sp, pieces in b.turns:
            print(f"  {sp[:4]}: " + " ".join(p if isinstance(p, str) else f"[{p[0]}|{p[1]}|{p[2]}]" for p in pieces))


if __name__ == "__main__":
    install()
    if "--dry" in sys.argv:
        argv = [a for a in sys.argv[1:] if a != "--dry"]
        n = int(argv[argv.index("-n") + 1]) if "-n" in argv else 16
        seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 7
        dry(n, seed)
    else:
        H.main()
