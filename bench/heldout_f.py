#!/usr/bin/env python3
"""heldout_f: a sixth, independently worded phrasebook for sottovoce's held-out test calls.

usage (from the project root):
    python bench/heldout_f.py -n 16 --seed 6161 --out /tmp/sv/heldout_f --prefix hf \
        --piper /path/to/piper
    python bench/heldout_f.py --dry -n 16 --seed 6161 --piper /path/to/piper   # print the dialogues only

Written by a helper who read neither the detection code nor the other phrasebooks' wording. Only the
generation machinery of bench/heldout.py is reused (Speaker, the value generators luhn_complete /
iban / fiscal_code, pick_voices, Renderer, synthesise, resample_write and main() with its language /
purpose / mono-stereo / 8-16 kHz / notice schedule and its sidecar and truth format). main() builds
each call with the module-level name `CallBuilder` and draws company and agent from module-level
banks, so this script rebinds those names in memory before calling H.main(); heldout.py is untouched.

What this phrasebook does its own way:
- banks: caller names, surnames (chosen so that no surname is a substring of ordinary speech),
  streets, towns with their CAP and cadastral code, UK/US addresses, companies, agents, mail hosts,
  health mentions (illness, treatment, pregnancy, disability, a relative's condition);
- numbers: Italian "doppio" and English "double", "tre zeri" / "three zeros", groups of two to four
  read digit by digit, as pairs ("trentaquattro novantuno") or whole ("centoventitré"), +39 / +44
  prefixes, landlines with their area code, US numbers after "area code";
- delivery: a number given in pieces with the agent's "sì" / "go on" between them (each piece a span
  with its partial value), a partial self-correction in the middle of a number (the misspoken group
  is a span with what was said, then the right digits), codes fetched from a drawer or an e-mail
  first, agent read-backs of the whole value or of its last four digits, a surname spelled with the
  Italian city alphabet or the NATO / "B for Bertie" style and "doppia" / "double" letters, e-mails
  with punto / chiocciola / trattino / trattino basso or dot / at / underscore / hyphen, fiscal codes
  in blocks or in two goes, IBANs as printed in fours or in a run, dates of birth as "dodici del tre
  del settantotto" or "March the twelfth", addresses with scala / interno / flat and the CAP or
  postcode asked for on its own;
- non-personal numbers everywhere (prices, times, durations, quantities, speeds, plan names with
  digits, days of the month, ordinals like "the fourth time"): each a NONPII_NUMBER span.

A turn is (speaker, [piece, ...]); a piece is a plain string or (label, value, spoken). lint() refuses
digits, number words and ordinals in plain text, any personal name, town or street of the call in
plain text, health keywords in plain text, non-personal numbers that look like a birth year, and
replays check_outputs.py's text and digit leak probes on what would survive redaction for the call's
purpose, so that a perfect redaction cannot be reported as a leak.
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
for _p in (Path(__file__).resolve().parent, Path.cwd() / "bench", _ROOT / "bench"):
    if (_p / "heldout.py").exists():
        sys.path.insert(0, str(_p))
        break
import heldout as H  # noqa: E402
from heldout import (IT_LETTERS, NATO, IT_MONTHS, EN_MONTHS, Speaker, en_ordinal,  # noqa: E402
                     en_words, en_year, fiscal_code, iban, it_words, luhn_complete)

# =========================================================================== content banks (own)

F_IT_F = ("Ginevra Rossella Loredana Donatella Tiziana Ornella Vittoria Agnese Benedetta Costanza Marisa "
          "Fiorella Graziella Mirella Elvira Nadia").split()
F_IT_M = ("Corrado Ermanno Giacomo Leonardo Amedeo Vincenzo Ruggero Emanuele Stefano Settimio Bruno Renzo "
          "Gualtiero Elio Sergio Walter").split()
F_IT_SUR = ("Castellucci Tagliaferri Scarpellini Bonfiglio Vitiello Spadaccini Cuccurullo Mastrangelo Pistilli "
            "Sorrentino Iannuzzi Frigerio Marangoni Pezzoli Anselmi Lanzillotta D'Ambrosio Quagliotti").split()
F_EN_F = ("Harriet Imogen Rosalind Fiona Tamsin Abigail Maureen Yasmin Kirsty Lorna Deborah Philippa Esther "
          "Joanne Wendy Gwen").split()
F_EN_M = ("Alistair Gordon Rupert Stuart Kieran Nathan Hamish Desmond Trevor Vikram Barry Craig Gavin Lewis "
          "Duncan Clive").split()
F_EN_SUR = ("Abernethy Blackwood Cartwright Featherstone Mulholland Pemberton Quinlan Rowntree Thackeray "
            "Winterbottom Yardley Llewellyn Okonkwo Jeffries Kingsley Underwood Vaughan Fotheringham").split()
F_IT_AGENTS = "Rosaria Emiliano Patrizia Cesare Annalisa Lucio Gisella Samuele Teresa Ottavia".split()
F_EN_AGENTS = "Moira Jamal Tess Lachlan Nicole Zoe Owain Bronwen Dev Holly".split()
# multi-service brands: main() draws the company independently of the call's topic
F_IT_COMPANIES = ["Tirrenia Servizi", "Ondaverde", "Colle Azzurro Casa", "Multiservizi Alpina", "Linea Amica",
                  "Punto Sereno"]
F_EN_COMPANIES = ["Larkspur Home", "Bluebell Direct", "Castlegate Services", "Heronsgate", "Riverbend Connect",
                  "Kingfisher Homecare"]
# (town, CAP, cadastral code used in the fiscal code)
F_IT_TOWNS = [("Bergamo", "24121", "A794"), ("Ferrara", "44121", "D548"), ("Salerno", "84121", "H703"),
              ("Lucca", "55100", "E715"), ("Pescara", "65121", "G482"), ("Catania", "95124", "C351"),
              ("Sassari", "07100", "I452"), ("Vicenza", "36100", "L840"), ("Rimini", "47921", "H294"),
              ("Taranto", "74121", "L049"), ("Mantova", "46100", "E897"), ("Trapani", "91100", "L331")]
# the first word of five letters or more is check_outputs' address probe: keep it distinctive
F_IT_STREETS = [("via", "Tagliamento"), ("corso", "Sempione"), ("viale", "Ortigara"), ("piazza", "Sordello"),
                ("via", "Metastasio"), ("via", "Spallanzani"), ("via", "Bramante"), ("viale", "Caprera"),
                ("via", "Fogazzaro"), ("corso", "Tassoni"), ("via", "Lamarmora"), ("piazzetta", "Ghiberti"),
                ("vicolo", "Scaligero"), ("via", "Podgora")]
F_UK_TOWNS = [("Derby", "DE22 1HL"), ("Leicester", "LE2 7QA"), ("Swansea", "SA1 5AX"), ("Inverness", "IV2 3PW"),
              ("Lancaster", "LA1 4YW"), ("Plymouth", "PL4 6DT"), ("Carlisle", "CA1 1QX"), ("Dundee", "DD1 4HN")]
F_UK_STREETS = ["Pennington Road", "Willoughby Street", "Tavistock Avenue", "Ashburnham Gardens", "Fairhaven Close",
                "Harcourt Terrace", "Kilmorey Crescent", "Lindisfarne Way", "Marchmont Street", "Brackenbury Road",
                "Quarrendon Avenue", "Cobbold Lane"]
F_US_PLACES = [("Asheville", "North Carolina", "28801"), ("Santa Fe", "New Mexico", "87501"),
               ("Burlington", "Vermont", "05401"), ("Decatur", "Georgia", "30030")]
F_US_STREETS = ["Magnolia Court", "Juniper Ridge Road", "Sycamore Avenue", "Bluebonnet Drive", "Chickadee Lane"]
F_IT_MAIL = ["aruba.it", "tin.it", "poste.it", "katamail.com", "ymail.com", "gmx.it"]
F_EN_MAIL = ["btopenworld.com", "blueyonder.co.uk", "ntlworld.com", "gmx.co.uk", "zoho.com", "fastmail.com", "me.com"]
HOST_IT = {"ymail": "ipsilon mail", "gmx": "gi emme ics", "katamail": "kata mail"}
HOST_EN = {"btopenworld": "B T open world", "blueyonder": "blue yonder", "ntlworld": "N T L world",
           "gmx": "G M X", "fastmail": "fast mail"}
IT_MOBILE = ["324", "328", "334", "336", "339", "346", "348", "351", "366", "370", "371", "377", "380", "383",
             "389", "391", "393"]
IT_LAND = [("02", 8), ("06", 8), ("035", 7), ("0532", 6), ("089", 7), ("0583", 6), ("085", 7), ("095", 7),
           ("079", 7), ("0444", 6)]
UK_LAND = [("01332", 6), ("0116", 7), ("01792", 6), ("01463", 6), ("01524", 6), ("01752", 6), ("01228", 6),
           ("01382", 6)]
US_AREAS = ["828", "505", "802", "404"]
GB_BANKS = ["RBOS", "ABBY", "TSBS", "CLYD", "COOP", "BUKB"]

PNAME = {"customer_care": ("servizio clienti", "customer support"),
         "sales_first_contact": ("proposte commerciali", "sales"),
         "billing_support": ("gestione di bollette e pagamenti", "billing and payments"),
         "technical_support": ("supporto tecnico", "technical support")}
ALLOWED = {"customer_care": {"PERSON", "ORDER_NUMBER"},
           "sales_first_contact": {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"},
           "billing_support": {"PERSON", "ORDER_NUMBER", "IBAN_CODE", "IT_FISCAL_CODE", "ADDRESS"},
           "technical_support": {"ORDER_NUMBER"}}
KEPT = {k: sorted(v - {"PERSON"}) for k, v in ALLOWED.items()}
PII = ["PHONE_NUMBER", "EMAIL_ADDRESS", "IT_FISCAL_CODE", "IBAN_CODE", "CREDIT_CARD", "DATE_OF_BIRTH",
       "ADDRESS", "HEALTH", "ORDER_NUMBER"]
LABELS = set(PII) | {"PERSON", "AGENT_NAME", "NONPII_NUMBER"}

# Health mentions: (who may say it: F / M / *, what the caller says, the agent's note or None).
IT_HEALTH_F = [
    ("F", "sono incinta di sette mesi", "in gravidanza"),
    ("F", "ho partorito da poco più di tre settimane", "neomamma, parto recente"),
    ("M", "mia moglie è incinta e deve stare a riposo", "moglie in gravidanza a riposo"),
    ("*", "ho avuto un infarto a gennaio", "cliente con problemi cardiaci"),
    ("*", "mi muovo in sedia a rotelle", "cliente in sedia a rotelle"),
    ("*", "sono ipovedente, leggo a fatica", "cliente ipovedente"),
    ("*", "faccio la radioterapia tutte le mattine", None),
    ("*", "mi hanno appena messo una protesi all'anca", "convalescenza dopo intervento all'anca"),
    ("*", "ci sento poco, ho un apparecchio acustico", "cliente con difficoltà di udito"),
    ("*", "prendo l'insulina e devo mangiare a orari fissi", None),
    ("*", "ho il Parkinson e le mani mi tremano", "malattia di Parkinson"),
    ("*", "sono in cura per la depressione", None),
    ("*", "mia madre vive con me e ha l'Alzheimer", "persona con Alzheimer in casa"),
    ("*", "sono {stato} ricoverat{o} per una polmonite", "ricovero recente"),
    ("*", "ho la sclerosi laterale amiotrofica", "cliente con SLA"),
]
EN_HEALTH_F = [
    ("F", "I'm seven months pregnant", "customer pregnant"),
    ("F", "I had a baby three weeks ago", "recently given birth"),
    ("M", "my wife's expecting and she's on bed rest", "partner pregnant on bed rest"),
    ("*", "I had a heart attack back in January", "recent heart attack"),
    ("*", "I'm in a wheelchair", "wheelchair user"),
    ("*", "I'm registered blind", "registered blind"),
    ("*", "I'm having radiotherapy every morning", None),
    ("*", "I've just had a hip replacement", "recovering from hip surgery"),
    ("*", "I'm deaf in my left ear", "hard of hearing"),
    ("*", "I'm on insulin, so I have to eat at set times", None),
    ("*", "I've got Parkinson's and my hands shake", "Parkinson's"),
    ("*", "I'm being treated for depression", None),
    ("*", "my mum lives with me and she's got Alzheimer's", "vulnerable adult with Alzheimer's at the address"),
    ("*", "I've got Crohn's disease", None),
    ("*", "I'm on chemotherapy at the moment", "undergoing chemotherapy"),
]
# check_outputs.py's health keywords: never in plain text
HEALTH_KEYS = ["insulina", "infarto", "depressione", "incinta", "chemioterapia", "epilessia",
               "insulin", "heart attack", "depression", "pregnant", "chemotherapy", "epilepsy"]
MONTHS = [m.lower() for m in IT_MONTHS + EN_MONTHS]

# Italian spelling alphabet, with the alternatives people actually use
IT_CITY = {"A": ["Ancona", "Asti"], "B": ["Bologna", "Bari", "Brescia"], "C": ["Como", "Cagliari"],
           "D": ["Domodossola"], "E": ["Empoli", "Enna"], "F": ["Firenze", "Forlì"], "G": ["Genova"],
           "I": ["Imola", "Ischia"], "L": ["Livorno", "Lecce"], "M": ["Milano"], "N": ["Napoli"],
           "O": ["Otranto", "Oristano"], "P": ["Palermo", "Padova", "Pisa"], "Q": ["Quarto"], "R": ["Roma"],
           "S": ["Savona", "Siena"], "T": ["Torino", "Trieste"], "U": ["Udine"], "V": ["Venezia", "Verona"],
           "Z": ["Zara"]}
EN_FOR = {"A": ["apple", "Alpha"], "B": ["Bertie", "Bravo"], "C": ["Charlie"], "D": ["David", "Delta"],
          "E": ["Edward", "Echo"], "F": ["Freddie", "Foxtrot"], "G": ["George", "Golf"], "H": ["Harry", "Hotel"],
          "I": ["India"], "J": ["Jack", "Juliet"], "K": ["King", "Kilo"], "L": ["London", "Lima"],
          "M": ["Mike", "Mary"], "N": ["Nancy", "November"], "O": ["Oscar", "orange"], "P": ["Peter", "Papa"],
          "Q": ["Queen", "Quebec"], "R": ["Robert", "Romeo"], "S": ["Sugar", "Sierra"], "T": ["Tommy", "Tango"],
          "U": ["uniform", "umbrella"], "V": ["Victor"], "W": ["William", "Whiskey"], "X": ["X-ray"],
          "Y": ["yellow", "Yankee"], "Z": ["zebra", "Zulu"]}
CONFUSABLE = set("BCDEGPTVMNFS")


def _number_words() -> set[str]:
    words = set()
    for n in range(0, 2100):
        words.add(it_words(n))
        words.update(re.findall(r"[a-z]+", en_words(n)))
        if 0 < n < 40:
            words.update(re.findall(r"[a-z]+", en_ordinal(n)))
    words.update(["mila", "milione", "milioni", "miliardo", "hundred", "thousand", "million", "billion",
                  "mezzo", "mezza", "half", "quarter", "dozen", "dozzina", "doppio", "doppia", "double", "triple",
                  "zeri", "zeros", "noughts", "primo", "primi", "secondo", "seconda", "terzo", "terza", "quarto",
                  "quarta", "quinto", "decimo", "couple"])
    words.update(w.replace("é", "e") for w in list(words))
    words -= {"and", "un", "una", "oh", "a", "e"}
    return words


NUMBER_WORDS = _number_words()
STREET_WORDS = {"Road", "Street", "Avenue", "Lane", "Close", "Way", "Gardens", "Terrace", "Crescent", "Court",
                "Drive", "Flat", "Ridge", "North", "Santa", "scala", "interno"}


def digs(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))

# =========================================================================== digit habits


class FSpeaker(Speaker):
    """heldout's Speaker (English 'oh' / 'double'), plus Italian 'doppio' and runs of zeros said as a count."""

    def __init__(self, lang: str, rng: random.Random):
        super().__init__(lang, rng)
        self.doppio = lang == "it" and rng.random() < 0.45
        self.count_zeros = rng.random() < 0.5

    def one_by_one(self, digits: str) -> str:
        out, i = [], 0
        while i < len(digits):
            j = i
            while j < len(digits) and digits[j] == digits[i]:
                j += 1
            run, d = j - i, digits[i]
            if d == "0" and run >= 3 and self.count_zeros:
                out.append(f"{it_words(run)} zeri" if self.lang == "it" else f"{en_words(run)} zeros")
            elif run == 2 and ((self.lang == "it" and self.doppio) or (self.lang == "en" and self.double)) \
                    and self.rng.random() < 0.75:
                out.append(("doppio " if self.lang == "it" else "double ") + self.digit(d))
            elif run == 3 and self.lang == "en" and self.double and self.rng.random() < 0.5:
                out.append("triple " + self.digit(d))
            else:
                out += [self.digit(d)] * run
            i = j
        return " ".join(out)

# =========================================================================== the phrasebook


class ProbeClash(Exception):
    """A must-go value's digit probe matches the numbers that survive redaction (a chance collision)."""


class PhraseBookF:
    def __init__(self, rng: random.Random, lang: str, purpose: str):
        self.rng, self.lang, self.purpose = rng, lang, purpose
        self.it = lang == "it"
        self.agent_sp = FSpeaker(lang, rng)
        self.cust_sp = FSpeaker(lang, rng)
        self.female = rng.random() < 0.5
        if self.it:
            self.first = rng.choice(F_IT_F if self.female else F_IT_M)
            self.last = rng.choice(F_IT_SUR)
        else:
            self.first = rng.choice(F_EN_F if self.female else F_EN_M)
            self.last = rng.choice(F_EN_SUR)
        self.born = dt.date(rng.randint(1944, 2002), rng.randint(1, 12), rng.randint(1, 28))
        if self.it:
            self.title = "signora" if self.female else "signor"
        else:
            self.title = rng.choice(["Mrs", "Ms"]) if self.female else "Mr"
        self.turns: list[tuple[str, list]] = []
        self.agent = ""
        self.others: set[str] = set()      # other people named in the call
        self.used: set = set()

    # ---------------------------------------------------------------- small helpers

    def c(self, *opts):
        return self.rng.choice(opts)

    def ct(self, it_opts, en_opts):
        return self.rng.choice(it_opts if self.it else en_opts)

    def g(self, text: str) -> str:
        """Italian agreement with the caller: {o} -> o/a, {stato} -> stato/stata, {il} -> il/la."""
        f = self.female
        return (text.replace("{o}", "a" if f else "o").replace("{stato}", "stata" if f else "stato")
                .replace("{il}", "la" if f else "il"))

    def say(self, speaker: str, *pieces):
        self.turns.append((speaker, [p for p in pieces if p]))

    def N(self, n: int, spoken: str | None = None):
        return ("NONPII_NUMBER", str(n), spoken or (it_words(n) if self.it else en_words(n)))

    def surname_span(self):
        return ("PERSON", self.last, self.last)

    def ack(self):
        return self.ct(["Perfetto, segnato.", "Ricevuto, grazie.", "Va benissimo.", "Ok, ce l'ho.", "D'accordo."],
                       ["Lovely, got that.", "Smashing, thank you.", "Okay, that's on the system.", "Cheers.",
                        "Right, noted."])

    def confirm(self):
        return self.ct(["Sì, esatto.", "Giusto.", "Sì sì, è quello.", "Confermo.", "Esattamente."],
                       ["Yep, that's it.", "That's right.", "Spot on.", "Correct.", "Yeah, bang on."])

    def backchannel(self):
        return self.ct(["Sì.", "Mhm, vada.", "Sì, ci sono.", "Ok, poi?", "Ho scritto, vada pure."],
                       ["Yep.", "Mhm, go on.", "Okay, and then?", "Got that, carry on.", "Uh-huh."])

    def fetch(self, what_it: str, what_en: str):
        """The caller goes to look for a document; the agent waits."""
        self.say("customer", self.ct([f"Un attimo, {what_it}.", f"Aspetti che guardo, {what_it}.",
                                      f"Mi dia un secondino, {what_it}."],
                                     [f"Hang on, {what_en}, let me grab it.", f"Bear with me, {what_en}.",
                                      f"Just a sec, {what_en}."]))
        self.say("agent", self.ct(["Certo, l'aspetto.", "Faccia pure con calma.", "Nessun problema."],
                                  ["Of course, no rush.", "Take your time.", "That's fine, I'll hold."]))
        return self.ct(["Ecco qua.", "Eccomi, allora.", "Ce l'ho, allora."],
                       ["Right, found it.", "Okay, here we go.", "Got it, so."])

    # ---------------------------------------------------------------- letters and codes

    def letter(self, ch: str, mode: str, sp: Speaker | None = None) -> str:
        r = self.rng
        if mode == "mixed":
            mode = ("come" if self.it else "for") if ch in CONFUSABLE and r.random() < 0.7 else "plain"
        if self.it:
            name = IT_LETTERS[ch].replace("ilunga", "i lunga").replace("doppiavu", "doppia vu")
            if mode == "plain" or ch not in IT_CITY:
                return name
            city = r.choice(IT_CITY[ch])
            if mode == "city":
                return city
            if mode == "di":
                return f"{name} di {city}"
            return f"{name} come {city}"
        if mode == "plain":
            return ch
        if mode == "nato":
            return NATO[ch]
        word = r.choice(EN_FOR[ch])
        if mode == "as":
            return f"{ch} as in {word}"
        return f"{ch} for {word}"

    def spell_word(self, word: str, mode: str) -> str:
        """A name letter by letter, with 'doppia' / 'double' for a repeated letter and the apostrophe."""
        w, out, i = word.upper(), [], 0
        while i < len(w):
            ch = w[i]
            if ch == "'":
                out.append("apostrofo" if self.it else "apostrophe")
                i += 1
                continue
            if i + 1 < len(w) and w[i + 1] == ch and self.rng.random() < 0.85:
                out.append(("doppia " if self.it else "double ") + self.letter(ch, mode))
                i += 2
                continue
            out.append(self.letter(ch, mode))
            i += 1
        return ", ".join(out)

    def digit_style(self, n: int = 3) -> str:
        """How a group of n digits is read: one by one, in pairs, or (up to three digits) as one number."""
        if self.it:
            return self.c("single", "single", "pairs", "whole") if n <= 3 else self.c("single", "single", "pairs")
        return self.c("single", "single", "single", "pairs")

    def say_code(self, code: str, sp: Speaker, mode: str, group: int = 3) -> str:
        """Letters named, digit runs cut in groups of `group` and read in the speaker's style."""
        parts, i = [], 0
        while i < len(code):
            ch = code[i]
            if ch.isalpha():
                parts.append(self.letter(ch, mode))
                i += 1
            elif ch in "/-":
                parts.append({"/": ("barra" if self.it else "slash"), "-": ("trattino" if self.it else "dash")}[ch])
                i += 1
            else:
                j = i
                while j < len(code) and code[j].isdigit():
                    j += 1
                run = code[i:j]
                sizes = [len(run)] if len(run) <= group + 1 else [group] * (len(run) // group)
                parts.append(sp.dictate(run, sizes, [self.digit_style(s) for s in sizes]))
                i = j
        return ", ".join(parts)

    def deliver(self, label: str, groups: list[tuple[str, str]], lead, tail="", mode=None, joiner=""):
        """The caller says a value made of groups [(value part, spoken part)]: in one go, in pieces with the
        agent's backchannel in between (each piece its own span), or with a group misspoken and corrected."""
        r = self.rng
        mode = mode or self.c("one", "one", "one", "split", "fix")
        if len(groups) < 2 and mode == "split":
            mode = "one"

        def span(gs):
            return (label, joiner.join(v for v, _ in gs), ", ".join(s for _, s in gs))

        if mode == "split":
            k = r.randint(1, len(groups) - 1)
            self.say("customer", lead, span(groups[:k]))
            self.say("agent", self.backchannel())
            self.say("customer", span(groups[k:]), tail)
        elif mode == "fix":
            cand = [k for k, (v, _) in enumerate(groups) if v[0] != "+" and any(ch.isdigit() for ch in v)]
            if not cand:
                self.say("customer", lead, span(groups), tail)
                return
            j = r.choice(cand)
            v = groups[j][0]
            pos = r.choice([k for k, ch in enumerate(v) if ch.isdigit()])
            wrong = v[:pos] + str((int(v[pos]) + r.choice([1, 2, 8, 9])) % 10) + v[pos + 1:]
            if wrong.isdigit():
                wrong_s = self.cust_sp.group(wrong, "single" if len(wrong) > 4 or r.random() < 0.6 else "pairs")
            else:
                wrong_s = self.say_code(wrong, self.cust_sp, "plain")
            fix = self.ct(["no, scusi, ho sbagliato,", "anzi no, aspetti,", self.g("no, mi sono confus{o},"),
                           "no, pardon,"],
                          ["no, sorry, that's wrong,", "wait, no,", "sorry, scratch that,", "no, hang on,"])
            self.say("customer", lead, span(groups[:j] + [(wrong, wrong_s)]), fix, span(groups[j:]), tail)
        else:
            self.say("customer", lead, span(groups), tail)

    # ---------------------------------------------------------------- phone

    def phone_groups(self, sp: FSpeaker):
        """[(value part, spoken part)] for a phone number, and its national digits."""
        r, it = self.rng, self.it
        prefix = None
        if it:
            if r.random() < 0.75:
                nat = r.choice(IT_MOBILE) + digs(r, 7)
                sizes = self.c([3, 3, 4], [3, 3, 2, 2], [3, 4, 3], [3, 2, 2, 3], [3, 7])
                if r.random() < 0.2:
                    prefix = ("+39", self.c("più trentanove", "zero zero trentanove", "più tre nove"))
            else:
                area, n = r.choice(IT_LAND)
                nat = area + str(r.randint(1, 9)) + digs(r, n - 1)
                rest = n
                sizes = [len(area)] + ([3, rest - 3] if rest <= 7 else [2, 2, 2, 2] if rest == 8 else [rest])
        else:
            kind = self.c("mob", "mob", "land", "intl", "us")
            if kind in ("mob", "intl"):
                nat = "07" + r.choice("45789") + digs(r, 8)
                sizes = self.c([5, 6], [5, 3, 3], [4, 3, 4])
                if kind == "intl":
                    prefix = ("+44", self.c("plus four four", "double four" if sp.double else "plus four four",
                                            "oh oh four four" if sp.oh else "zero zero four four"))
                    sizes = self.c([4, 6], [4, 3, 3])
            elif kind == "land":
                area, n = r.choice(UK_LAND)
                nat = area + str(r.randint(2, 9)) + digs(r, n - 1)
                sizes = [len(area), 3, n - 3] if n > 6 else self.c([len(area), 3, 3], [len(area), 6])
            else:
                nat = r.choice(US_AREAS) + str(r.randint(2, 9)) + digs(r, 6)
                sizes = [3, 3, 4]
        digits = nat[1:] if prefix and prefix[0] == "+44" else nat
        groups, i = [], 0
        if prefix:
            groups.append(prefix)
        for k, size in enumerate(sizes):
            g = digits[i:i + size]
            i += size
            if k == 0:
                style = "single" if (not it or r.random() < 0.7) else "whole"
            else:
                style = self.c("single", "single", "pairs", "whole") if it else self.c("single", "single", "pairs")
            if style == "whole" and len(g) > 3:
                style = "pairs"
            groups.append((g, sp.group(g, style)))
        if i < len(digits):
            groups.append((digits[i:], sp.one_by_one(digits[i:])))
        return groups, nat

    def x_phone(self, unprompted: bool = False):
        it, r = self.it, self.rng
        groups, nat = self.phone_groups(self.cust_sp)
        if unprompted:
            self.say("agent", self.ct(["Posso aiutarla in qualcos'altro?", "Altro che posso fare per lei?"],
                                      ["Anything else while I've got you?", "Is there anything else at all?"]))
            lead = self.ct(["Sì, mi aggiorna il numero di telefono? Quello nuovo è", "Ah, ho cambiato cellulare, ora è"],
                           ["Oh, can you update my number? The new number is", "Yeah, I've changed my mobile, it's now"])
        else:
            q = self.ct(["Mi lascia un numero dove richiamarla se cade la linea?",
                         "Qual è il cellulare migliore per contattarla?",
                         "Il numero da cui chiama è quello giusto, o me ne dà un altro?",
                         "A che numero la può chiamare il tecnico per avvisarla?",
                         "Mi detta un recapito telefonico, per favore?",
                         "Ha un fisso o preferisce il cellulare? Me lo detta?"],
                        ["What's the best number to reach you on?",
                         "Can I take a contact number, just in case we get cut off?",
                         "Is the number you're calling from the best, or is there another?",
                         "What number should the driver ring when they're outside?",
                         "And a daytime phone number?",
                         "Could you give me a mobile number for the text updates?"])
            self.say("agent", q)
            if r.random() < 0.12:
                self.say("customer", self.ct(["Il numero nuovo non lo so ancora a memoria, aspetti che lo guardo.",
                                              "Eh, un attimo che lo leggo dal telefono."],
                                             ["I never remember my own number, hang on.",
                                              "Oh, it's a new number, let me look it up."]))
                self.say("agent", self.ct(["Prego.", "Certo."], ["Sure.", "No worries."]))
            mobile = nat[0] == "3" if it else nat.startswith("07")
            lead = self.ct(["allora,", "sì, è il", "dunque, mi segni:", "eh, il cellulare è" if mobile else
                            "il fisso di casa è il", "può usare il", "guardi, meglio il"],
                           ["yeah, it's", "sure, it's", "um, so it's", "best is my mobile," if mobile else
                            "the home number's", "okay, got a pen?", "right, it's"])
            if not it and nat[:3] in US_AREAS and len(nat) == 10 and r.random() < 0.6:
                lead = "it's area code"
        mobile = nat[0] == "3" if it else nat.startswith("07")
        tail = self.ct(["", "", "È sempre acceso." if mobile else "Ci sono quasi sempre.", "Mi trova quasi sempre."],
                       ["", "", "I've always got it on me." if mobile else "Someone's usually in.",
                        "That's the mobile, not the landline." if mobile else "That's the landline."])
        self.deliver("PHONE_NUMBER", groups, lead, tail)
        self.readback("PHONE_NUMBER", groups, nat)

    def readback(self, label: str, groups, digits: str):
        """The agent reads a number back: whole, only its last four digits, or just acknowledges it."""
        r = self.rng
        x = r.random()
        if x < 0.35:
            sp = self.agent_sp
            sizes = [len(v) for v, _ in groups if v[0] != "+"]
            sizes[0] += len(digits) - sum(sizes)          # +44: the agent reads the national 0 too
            spoken = sp.dictate(digits, sizes, ["single"] * len(sizes))
            self.say("agent", self.ct(["Le rileggo:", "Allora, ripeto:", "Quindi, mi conferma:"],
                                      ["Let me read that back:", "So I've got", "Just to check, that's"]),
                     (label, digits, spoken), self.ct(["è giusto?", "corretto?", "torna?"], ["yeah?", "is that right?",
                                                                                        "correct?"]))
            self.say("customer", self.confirm())
        elif x < 0.55:
            last4 = digits[-4:]
            self.say("agent", self.ct(["Quindi finisce con", "L'ultima parte è", "Mi conferma il finale,"],
                                      ["So it ends in", "And the last bit's", "That finishes with"]),
                     (label, last4, self.agent_sp.group(last4, self.c("single", "pairs"))),
                     self.ct([", vero?", ", giusto?"], [", yeah?", ", right?"]))
            self.say("customer", self.confirm())
        elif x < 0.8:
            self.say("agent", self.ack())

    # ---------------------------------------------------------------- e-mail

    def x_email(self, unprompted: bool = False):
        r, it, sp = self.rng, self.it, self.cust_sp
        first = self.first.lower()
        last = re.sub(r"[^a-z]", "", self.last.lower())
        yy = f"{self.born.year % 100:02d}"
        shape = self.c("dot", "under", "init", "num", "rev", "dash", "init2")
        local = {"dot": [first, ".", last], "under": [first, "_", last], "init": [first[0], ".", last],
                 "num": [first, last, str(r.randint(3, 99))], "rev": [last, ".", first], "dash": [first, "-", last],
                 "init2": [first[0], last, yy]}[shape]
        domain = r.choice(F_IT_MAIL if it else F_EN_MAIL)
        value = "".join(local) + "@" + domain

        def say_local(parts, speaker: FSpeaker, agent=False) -> str:
            if not agent and r.random() < 0.2:           # the whole local part spelled
                return ", ".join(
                    {".": ("punto" if it else "dot"), "_": ("trattino basso" if it else "underscore"),
                     "-": ("trattino" if it else "hyphen")}.get(p) or
                    (speaker.one_by_one(p) if p.isdigit() else self.spell_word(p, "plain")) for p in parts)
            out = []
            for p in parts:
                if p == ".":
                    out.append("punto" if it else "dot")
                elif p == "_":
                    out.append(self.c("trattino basso", "underscore") if it else "underscore")
                elif p == "-":
                    out.append("trattino" if it else self.c("hyphen", "dash"))
                elif p.isdigit():
                    out.append(speaker.whole(p) if len(p) <= 2 else speaker.one_by_one(p))
                elif len(p) == 1:
                    out.append(self.letter(p.upper(), "plain"))
                else:
                    out.append(p)
            return " ".join(out)

        def say_domain(speaker_it: bool) -> str:
            host, *tld = domain.split(".")
            said = (HOST_IT if it else HOST_EN).get(host, host)
            dot = "punto" if it else "dot"
            return said + " " + " ".join(f"{dot} {t}" for t in tld)

        at = ("chiocciola" if r.random() < 0.85 else "at") if it else "at"
        spoken = f"{say_local(local, sp)}, {at} {say_domain(it)}"
        if unprompted:
            self.say("agent", self.ct(["Le serve altro?", "C'è altro che posso fare?"],
                                      ["Anything else today?", "Can I help with anything else?"]))
            lead = self.ct(["Sì, vorrei che le fatture arrivassero per mail. L'indirizzo è",
                            "Ah, sì: la mail che avete è vecchia, quella nuova è"],
                           ["Yes, can the bills come by email instead? It's",
                            "Actually, the email you've got is old, the new address is"])
        else:
            self.say("agent", self.ct(["A che indirizzo mail le mando il riepilogo?",
                                       "Mi lascia una mail per la conferma?",
                                       "Ha una posta elettronica dove inviarle il contratto?",
                                       "Per la fattura digitale mi serve un indirizzo di posta, me lo detta?",
                                       "Mi dà la sua mail, così le arriva il link per tracciare?"
                                       if self.purpose == "customer_care" else "Mi detta la sua mail?"],
                                      ["What email shall I send the summary to?",
                                       "Can I take an email address for the confirmation?",
                                       "Have you got an email we can send the paperwork to?",
                                       "What's the best email for you?",
                                       "And your email, so the tracking link comes through?"
                                       if self.purpose == "customer_care" else "And your email address?"]))
            if r.random() < 0.12:
                self.say("customer", self.ct(["La mail... aspetti che ne ho più di una, le do quella che guardo di più.",
                                              "Ehm, mi faccia pensare a quale usare."],
                                             ["Email, um, I've got a few, let me give you the main address.",
                                              "Oh, which address, let me think."]))
                self.say("agent", self.ct(["Certo.", "Va bene."], ["Sure.", "Okay."]))
            lead = self.ct(["sì, è", "allora, scriva:", "certo,", "è", "dunque,"],
                           ["yeah, it's", "sure, it's", "okay, so it's", "it's", "right,"])
        tail = self.ct(["Tutto minuscolo.", "Tutto attaccato, senza spazi.", "", "",
                        "Con il trattino basso, non quello normale." if "_" in local else ""],
                       ["All lower case.", "No spaces.", "", "", "No capitals."])
        self.say("customer", lead, ("EMAIL_ADDRESS", value, spoken), tail)
        if r.random() < 0.4:
            back = f"{say_local(local, self.agent_sp, agent=True)} {'chiocciola' if it else 'at'} {say_domain(it)}"
            self.say("agent", self.ct(["Rileggo:", "Quindi", "Ho scritto"], ["So that's", "I've got", "Reading back,"]),
                     ("EMAIL_ADDRESS", value, back), self.ct(["va bene?", "giusto?"], ["right?", "yeah?"]))
            self.say("customer", self.confirm())
        elif r.random() < 0.5:
            self.say("agent", self.ack())

    # ---------------------------------------------------------------- fiscal code

    def x_fiscal(self):
        r, it, sp = self.rng, self.it, self.cust_sp
        v = fiscal_code(self.first, self.last, self.born, self.female, r.choice(F_IT_TOWNS)[2])
        mode = self.c("plain", "mixed", "come", "di", "plain")
        if not it:
            mode = self.c("plain", "plain", "nato", "mixed")

        def letters(s):
            return ", ".join(self.letter(ch, mode) for ch in s)

        def num(d):
            if r.random() < 0.5 and d[0] != "0":
                return sp.whole(d)
            return sp.one_by_one(d)
        blocks = [(v[:3], letters(v[:3])), (v[3:6], letters(v[3:6])), (v[6:8], num(v[6:8])),
                  (v[8], letters(v[8])), (v[9:11], num(v[9:11])), (v[11], letters(v[11])),
                  (v[12:15], num(v[12:15]) if it and r.random() < 0.6 else sp.one_by_one(v[12:15])), (v[15], letters(v[15]))]
        self.say("agent", self.ct(["Mi serve il codice fiscale dell'intestatario, per cortesia.",
                                   "Per verificare l'identità mi legge il codice fiscale?",
                                   "Ha a portata di mano la tessera sanitaria? Mi serve il codice fiscale.",
                                   "Mi detta il codice fiscale, lettera per lettera?"],
                                  ["Since the contract's with our Italian branch, I'll need your codice fiscale.",
                                   "Do you have an Italian tax code? I'll need it for the account.",
                                   "Can you read me your fiscal code, from the Italian health card?"]))
        lead = self.ct(["allora,", "sì, glielo leggo:", "dunque,", "ce l'ho qui,"], ["okay, it's", "right, so,", "yep,"])
        if r.random() < 0.2:
            lead = self.fetch("è nel portafoglio", "it's in my wallet")
        if r.random() < 0.3:               # in two goes
            k = r.choice([2, 5])
            self.say("customer", lead, ("IT_FISCAL_CODE", "".join(b for b, _ in blocks[:k]),
                                        ", ".join(s for _, s in blocks[:k])))
            self.say("agent", self.backchannel())
            self.say("customer", self.ct(["poi", "e dopo", ""], ["then", "and then", ""]),
                     ("IT_FISCAL_CODE", "".join(b for b, _ in blocks[k:]), ", ".join(s for _, s in blocks[k:])))
        else:
            self.say("customer", lead, ("IT_FISCAL_CODE", v, ", ".join(s for _, s in blocks)))
        if r.random() < 0.3:
            back = ", ".join(self.letter(ch, "plain") if ch.isalpha() else self.agent_sp.digit(ch) for ch in v)
            self.say("agent", self.ct(["Rileggo per sicurezza:", "Allora, ho scritto:"], ["Reading it back:", "I've got"]),
                     ("IT_FISCAL_CODE", v, back), self.ct([", è corretto?", ", torna?"], [", is that right?", ", yes?"]))
            self.say("customer", self.confirm())
        elif r.random() < 0.5:
            self.say("agent", self.ct(["Perfetto, il sistema lo riconosce.", "Sì, risulta corretto."],
                                      ["Great, the system's accepted that.", "Lovely, that matches."]))

    # ---------------------------------------------------------------- IBAN

    def x_iban(self):
        r, it, sp = self.rng, self.it, self.cust_sp
        if it or r.random() < 0.25:
            conto = ("0000" + digs(r, 8)) if r.random() < 0.5 else digs(r, 12)
            v = iban("IT", r.choice("ABCDEFGHKLMNPRSTXZ") + str(r.randint(1, 9)) + digs(r, 4) + digs(r, 5) + conto)
        else:
            v = iban("GB", r.choice(GB_BANKS) + digs(r, 6) + digs(r, 8))
        mode = self.c("plain", "plain", "mixed") if it else self.c("plain", "plain", "nato", "mixed")
        if r.random() < 0.6:                    # as printed, in fours
            groups = []
            for i in range(0, len(v), 4):
                g = v[i:i + 4]
                if any(ch.isalpha() for ch in g):
                    groups.append((g, self.say_code(g, sp, mode, 4)))
                else:
                    groups.append((g, sp.group(g, self.c("single", "single", "pairs"))))
        else:                                   # country and check, then a run in threes
            head, rest = v[:4], v[4:]
            groups = [(head, self.say_code(head, sp, mode, 2))]
            i = 0
            while i < len(rest):
                if rest[i].isalpha():
                    j = i
                    while j < len(rest) and rest[j].isalpha():
                        j += 1
                    groups.append((rest[i:j], self.say_code(rest[i:j], sp, mode)))
                    i = j
                else:
                    j = i
                    while j < len(rest) and rest[j].isdigit() and j - i < 3:
                        j += 1
                    groups.append((rest[i:j], sp.group(rest[i:j], "whole" if it and r.random() < 0.3 else "single")))
                    i = j
        self.say("agent", self.ct(["Per il rimborso mi serve l'IBAN del conto.",
                                   "Su quale conto vuole attivare l'addebito diretto? Mi legga l'IBAN.",
                                   "Mi detta le coordinate bancarie, per favore?",
                                   "Mi dà l'IBAN dove accreditare la somma?"],
                                  ["I'll need the IBAN for the account the refund's going to.",
                                   "Which account would you like the direct debit from? Can you read me the IBAN?",
                                   "Can I take the IBAN, please?"]))
        lead = self.ct(["allora, parte con", "sì, è", "le leggo:", "dunque,"],
                       ["okay, it starts", "right, it's", "here goes:", "so,"])
        if r.random() < 0.3:
            lead = self.fetch("ce l'ho sull'app della banca", "it's on my banking app")
        self.deliver("IBAN_CODE", groups, lead, "", mode=self.c("one", "one", "split"))
        if r.random() < 0.3:
            last4 = v[-4:]
            self.say("agent", self.ct(["Mi conferma che le ultime cifre sono", "Quindi termina con"],
                                      ["And it finishes with", "So it ends with"]),
                     ("IBAN_CODE", last4, self.agent_sp.one_by_one(last4)),
                     self.ct([", giusto?", ", vero?"], [", correct?", ", yeah?"]))
            self.say("customer", self.confirm())
        elif r.random() < 0.5:
            self.say("agent", self.ack())

    # ---------------------------------------------------------------- card

    def x_card(self):
        r, it, sp = self.rng, self.it, self.cust_sp
        kind = self.c("visa", "visa", "mc", "mc2", "amex")
        if kind == "amex":
            v, sizes = luhn_complete(self.c("34", "37"), 15, r), [4, 6, 5]
        else:
            pre = {"visa": self.c("4", "4023", "4532"), "mc": str(r.randint(51, 55)), "mc2": str(r.randint(2221, 2720))}
            v, sizes = luhn_complete(pre[kind], 16, r), [4, 4, 4, 4]
        brand = {"visa": "Visa", "mc": "Mastercard", "mc2": "Mastercard", "amex": "American Express"}[kind]
        N = self.N
        amount, cents = r.randint(19, 240), self.c(0, 50, 90, 99, 20)
        if it:
            self.say("agent", "L'importo da saldare è di", N(amount), "euro" + (" e" if cents else "."),
                     N(cents) if cents else "", "." if cents else "",
                     self.c("Come vuole pagare?", "Paga con carta?", "Procediamo con la carta?"))
            self.say("customer", self.c(f"Sì, con la {brand}.", f"Con carta, la {brand}.", "Sì, con carta di credito."))
            self.say("agent", self.c("Mi dica pure il numero lungo sul fronte.", "Mi legge il numero della carta?",
                                     "Va bene, mi detta le cifre della carta?"),
                     self.c("La scadenza e il codice di sicurezza li digiterà lei sul tastierino, dopo.",
                            "Il codice sul retro non me lo dica, lo inserisce lei.", ""))
        else:
            self.say("agent", "That comes to", N(amount), "pounds" + ("" if cents else "."),
                     N(cents) if cents else "", "." if cents else "",
                     self.c("How would you like to pay?", "Are you paying by card today?"))
            self.say("customer", self.c(f"Card, please, my {brand}.", f"On my {brand}, yeah.", "By card."))
            self.say("agent", self.c("Go ahead with the long number on the front.", "Can I take the card number?",
                                     "Okay, the card number when you're ready."),
                     self.c("Don't tell me the security code, you'll key that in yourself.",
                            "You'll put the expiry and the security code in on the keypad afterwards.", ""))
        groups, i = [], 0
        style = self.c("single", "single", "pairs", "mixed") if it else self.c("single", "single", "pairs", "mixed")
        for size in sizes:
            g = v[i:i + size]
            i += size
            st = style if style != "mixed" else self.c("single", "pairs")
            groups.append((g, sp.group(g, st)))
        lead = self.ct(["allora,", "sì, è", "pronto? allora,", ""], ["right,", "okay, it's", "ready? it's", ""])
        if r.random() < 0.15:
            lead = self.fetch("la carta è nella borsa", "the card's in my bag")
        mode = self.c("one", "one", "groups", "fix")
        if mode == "groups":                     # a group per turn, the agent's "sì" in between
            for k, (g, s) in enumerate(groups):
                self.say("customer", lead if k == 0 else "", ("CREDIT_CARD", g, s))
                if k < len(groups) - 1:
                    self.say("agent", self.backchannel() if r.random() < 0.6 else
                             self.ct(["Sì.", "Ok."], ["Yep.", "Okay."]))
        else:
            self.deliver("CREDIT_CARD", groups, lead, "", mode=mode)
        if r.random() < 0.5:
            self.say("agent", self.ct(["Quindi la carta che termina con", "Ok, la carta che finisce in"],
                                      ["So that's the card ending", "Okay, the card ending in"]),
                     ("CREDIT_CARD", v[-4:], self.agent_sp.group(v[-4:], self.c("single", "pairs"))),
                     self.ct([", giusto?", ", corretto?"], [", is that right?", ", yes?"]))
            self.say("customer", self.confirm())
        self.say("agent", self.ct(["Pagamento autorizzato, le arriva la ricevuta.", "Fatto, l'addebito è andato a buon fine."],
                                  ["That's gone through, you'll get a receipt.", "Payment's authorised, thanks."]))

    # ---------------------------------------------------------------- date of birth

    def say_dob(self, sp: FSpeaker, agent=False) -> str:
        b, r = self.born, self.rng
        if self.it:
            day = "primo" if b.day == 1 else it_words(b.day)
            yy = it_words(b.year % 100) if b.year < 2000 else it_words(b.year)
            if b.year < 2000 and b.year % 100 < 10:
                yy = "zero " + it_words(b.year % 100)
            forms = ["long", "del", "num", "slash", "month"] if not agent else ["del", "num"]
            f = r.choice(forms)
            if f == "long":
                return f"{day} {IT_MONTHS[b.month - 1]} {it_words(b.year)}"
            if f == "del":
                return f"{day} {IT_MONTHS[b.month - 1]} del {yy}"
            if f == "num":
                return f"{it_words(b.day)} del {it_words(b.month)} del {yy}"
            if f == "slash":
                return f"{it_words(b.day)}, {sp.one_by_one(f'{b.month:02d}')}, {it_words(b.year)}"
            return f"{IT_MONTHS[b.month - 1]}, il {day}, del {yy}"
        yy = en_words(b.year % 100) if b.year < 2000 and b.year % 100 >= 10 else en_year(b.year)
        f = r.choice(["uk", "us", "num", "short"] if not agent else ["short", "uk"])
        if f == "uk":
            return f"the {en_ordinal(b.day)} of {EN_MONTHS[b.month - 1]}, {en_year(b.year)}"
        if f == "us":
            return f"{EN_MONTHS[b.month - 1]} the {en_ordinal(b.day)}, {en_year(b.year)}"
        if f == "num":
            return f"{sp.one_by_one(f'{b.day:02d}')}, {sp.one_by_one(f'{b.month:02d}')}, {yy}"
        return f"{en_ordinal(b.day)} {EN_MONTHS[b.month - 1]} {yy}"

    def x_dob(self):
        r = self.rng
        self.say("agent", self.ct([self.g("Per la verifica, in che data è nat{o}?"), "Mi conferma la data di nascita?",
                                   "Mi dice anche quando è nat{o}?".replace("{o}", "a" if self.female else "o"),
                                   "La data di nascita dell'intestatario, per favore?",
                                   "Ultima domanda di sicurezza: la sua data di nascita?"],
                                  ["Can you confirm your date of birth for me?", "And when were you born?",
                                   "For security, what's your date of birth?",
                                   "I just need your date of birth to pass security."]))
        lead = self.ct(["il", self.g("sono nat{o} il"), "allora,", "è il", ""],
                       ["it's", "I was born on", "um,", "", "that's"])
        spoken = self.say_dob(self.cust_sp)
        if lead == "il" and spoken.split()[0] in IT_MONTHS:
            lead = "a"
        self.say("customer", lead, ("DATE_OF_BIRTH", self.born.isoformat(), spoken))
        if r.random() < 0.3:
            self.say("agent", ("DATE_OF_BIRTH", self.born.isoformat(), self.say_dob(self.agent_sp, agent=True)),
                     self.ct([", perfetto, corrisponde.", ", sì, torna."], [", lovely, that matches.", ", great."]))
        elif r.random() < 0.5:
            self.say("agent", self.ct(["Grazie, verifica superata.", "Perfetto, corrisponde."],
                                      ["Thanks, you're through security.", "That matches, thank you."]))

    # ---------------------------------------------------------------- address

    def x_address(self):
        r, it, sp = self.rng, self.it, self.cust_sp
        q = {"customer_care": (["Dove dobbiamo spedire il pacco?", "A che indirizzo facciamo passare il corriere?"],
                               ["Where should we send the replacement?", "What address is the parcel going to?"]),
             "sales_first_contact": (["A che indirizzo andrebbe attivata la linea?", "Dove sarebbe la fornitura?"],
                                     ["What's the address for the installation?", "Where would the service be?"]),
             "billing_support": (["L'indirizzo per le bollette è sempre quello? Me lo ripete?",
                                  "Qual è l'indirizzo della fornitura?"],
                                 ["What's the billing address?", "What's the supply address?"]),
             "technical_support": (["A che indirizzo deve venire il tecnico?", "Dov'è installato il modem?"],
                                   ["Where should the engineer go?", "What's the address where the router is?"])
             }[self.purpose]
        generic = (["Mi conferma l'indirizzo di residenza?", "Dove abita?"],
                   ["Can you confirm the address on the account?", "And where do you live?"])
        self.say("agent", r.choice(q[0 if it else 1] + generic[0 if it else 1]))
        if it:
            kind, name = r.choice(F_IT_STREETS)
            town, cap, _ = r.choice(F_IT_TOWNS)
            n = r.randint(1, 190)
            num_s = it_words(n) if r.random() < 0.8 else "numero " + it_words(n)
            extra_v = extra_s = ""
            if r.random() < 0.2:
                L = self.c("A", "B", "C")
                extra_v, extra_s = f", scala {L}", f", scala {IT_LETTERS[L]}"
            elif r.random() < 0.2:
                k = r.randint(2, 24)
                extra_v, extra_s = f", interno {k}", f", interno {it_words(k)}"
            street_v, street_s = f"{kind} {name} {n}{extra_v}", f"{kind} {name} {num_s}{extra_s}"
            cap_s = self.c(sp.one_by_one(cap), f"{sp.whole(cap[:2])}, {sp.whole(cap[2:])}", sp.one_by_one(cap))
            form = self.c("street_town", "street_cap_town", "town_first", "split", "split")
            lead = self.c("abito in", "sto in", "allora,", "è in", "")
            if form == "street_town":
                self.say("customer", lead, ("ADDRESS", f"{street_v}, {town}", f"{street_s}, a {town}"))
            elif form == "street_cap_town":
                self.say("customer", lead, ("ADDRESS", f"{street_v}, {cap} {town}", f"{street_s}, {cap_s}, {town}"))
            elif form == "town_first":
                self.say("customer", self.c("sono a", "abito a", "allora, a"),
                         ("ADDRESS", f"{street_v}, {town}", f"{town}, {street_s}"))
            else:
                self.say("customer", lead, ("ADDRESS", street_v, street_s))
                self.say("agent", self.c("E il comune, con il cap?", "Mi dà anche cap e città?", "In che comune?"))
                self.say("customer", ("ADDRESS", f"{cap} {town}", f"{town}, {cap_s}") if r.random() < 0.5 else
                         ("ADDRESS", f"{cap} {town}", f"{cap_s}, {town}"))
            if r.random() < 0.25:
                self.say("agent", "Quindi", ("ADDRESS", f"{kind} {name} {n}, {town}", f"{kind} {name} {it_words(n)}, {town}"),
                         ", giusto?")
                self.say("customer", self.confirm())
            return
        if r.random() < 0.75:
            street = r.choice(F_UK_STREETS)
            town, pc = r.choice(F_UK_TOWNS)
            n = r.randint(2, 160)
            flat = r.random() < 0.25
            fl = r.randint(1, 14)
            nato = r.random() < 0.3
            pc_s = ", ".join(" ".join((NATO[ch] if nato else ch) if ch.isalpha() else sp.digit(ch) for ch in part)
                             for part in pc.split())
            n_s = en_words(n, uk=False) if n < 100 or r.random() < 0.5 else sp.pairs(str(n))
            street_v = (f"Flat {fl}, " if flat else "") + f"{n} {street}"
            street_s = (f"flat {en_words(fl)}, " if flat else "") + f"{n_s} {street}"
            lead = self.c("it's", "I'm at", "we're at", "yeah,", "")
            if r.random() < 0.4:
                self.say("customer", lead, ("ADDRESS", f"{street_v}, {town}", f"{street_s}, {town}"))
                self.say("agent", self.c("And the postcode?", "Lovely, and what's the postcode there?",
                                         "Postcode as well, please?"))
                self.say("customer", self.c("it's", "", "yeah,"), ("ADDRESS", pc, pc_s))
            else:
                self.say("customer", lead, ("ADDRESS", f"{street_v}, {town} {pc}", f"{street_s}, {town}, {pc_s}"))
            return
        street = r.choice(F_US_STREETS)
        city, state, zipc = r.choice(F_US_PLACES)
        n = r.randint(100, 9999)
        v = f"{n} {street}, {city}, {state} {zipc}"
        s = f"{sp.pairs(str(n))} {street}, {city}, {state}, {sp.one_by_one(zipc)}"
        self.say("customer", self.c("it's", "we're at", "okay, so it's"), ("ADDRESS", v, s))

    # ---------------------------------------------------------------- health

    def health_entry(self):
        bank = IT_HEALTH_F if self.it else EN_HEALTH_F
        ok = [e for e in bank if e[0] == "*" or e[0] == ("F" if self.female else "M")]
        free = [e for e in ok if e[1] not in self.used] or ok
        who, said, note = self.rng.choice(free)
        self.used.add(said)
        return self.g(said), note

    def x_health(self):
        r, it = self.rng, self.it
        said, note = self.health_entry()
        q = {"customer_care": (["Il corriere deve portare il pacco fino alla porta?",
                                "Posso chiederle perché vuole rimandare la consegna?"],
                               ["Does the driver need to bring it right to the door?",
                                "Can I ask why you'd like to move the delivery?"]),
             "sales_first_contact": (["C'è qualcosa che dovremmo sapere per l'attivazione a casa?",
                                      "Perché preferisce che non la chiamiamo la mattina?"],
                                     ["Is there anything we should know for the home set-up?",
                                      "Any reason you'd rather we didn't ring in the mornings?"]),
             "billing_support": (["Come mai ha bisogno di rateizzare?",
                                  "Posso chiederle il motivo del ritardo nei pagamenti?"],
                                 ["Can I ask what's behind the request for a payment plan?",
                                  "What's made the payments difficult lately?"]),
             "technical_support": (["Per l'appuntamento, il tecnico deve sapere qualcosa?",
                                    "Riesce ad arrivare lei al modem per i controlli?"],
                                   ["Is there anything the engineer should know before the visit?",
                                    "Are you able to get to the router to check the lights?"])}[self.purpose]
        generic = (["Ci sono esigenze particolari da segnalare?", "Preferisce una fascia oraria in particolare?"],
                   ["Any particular needs we should put on the account?", "Is there a time that suits you better?"])
        qs = q[0 if it else 1] + generic[0 if it else 1]
        self.say("agent", r.choice(qs))
        lead = self.ct(["sì, guardi,", "eh, purtroppo", "le spiego:", "allora, la verità è che", "sì, perché"],
                       ["yeah, so", "well, to be honest,", "the thing is,", "yes, um,", "it's just that"])
        tail = self.ct(["per cui certi giorni faccio fatica.", "e quindi ci vuole un po' di pazienza.",
                        "quindi mi organizzo come posso.", "", ""],
                       ["so some days are harder than others.", "so bear with me.",
                        "so I'm juggling a lot at the moment.", "", ""])
        self.say("customer", lead, ("HEALTH", said, said), tail)
        if note and r.random() < 0.55:
            self.say("agent", self.ct(["Mi dispiace. Metto una nota sulla scheda:", "Capisco, lo segnalo così:"],
                                      ["Sorry to hear that. I'll pop a note on:", "Understood, I'm adding a flag:"]),
                     ("HEALTH", note, note), self.ct([", così il collega lo sa.", "."],
                                                     [", so the team knows.", "."]))
        else:
            self.say("agent", self.ct(["Capisco, ne teniamo conto.", "Nessun problema, ci organizziamo."],
                                      ["Okay, we'll bear that in mind.", "No problem at all, we'll work around it."]))

    # ---------------------------------------------------------------- order / customer numbers

    def x_order(self):
        r, it, sp = self.rng, self.it, self.cust_sp
        kind = self.c("order", "customer", "ticket", "case", "tracking")
        if kind == "order":
            v = str(r.randint(1, 9)) + digs(r, r.randint(7, 9))
        elif kind == "customer":
            v = self.c("CL", "UT", "AC") + digs(r, 7)
        elif kind == "ticket":
            v = self.c("TK", "INC") + digs(r, 6)
        elif kind == "case":
            v = f"{r.choice([2024, 2025, 2026])}/{digs(r, 6)}" if it else f"{r.choice([2024, 2025, 2026])}-{digs(r, 5)}"
        else:
            v = self.c("PW", "SP", "RM") + digs(r, 9) + ("IT" if it else "GB")
        Q = {"order": (["Mi dà il numero dell'ordine? Lo trova nella mail di conferma.", "Ha il numero d'ordine?"],
                       ["Have you got the order number? It's on the confirmation email.", "What's the order number?"]),
             "customer": (["Mi serve il codice cliente, è in alto sulla bolletta.", "Ha sottomano il codice cliente?"],
                          ["Can I take your customer reference? It's at the top of the bill.",
                           "Do you have your account number handy?"]),
             "ticket": (["Le avevano dato un numero di segnalazione?", "Qual è il codice del ticket aperto?"],
                        ["Did they give you a ticket number last time?", "What's the incident reference?"]),
             "case": (["Ha il numero della pratica?", "Mi dà il riferimento della pratica, per favore?"],
                      ["Have you got the case reference?", "What's the case number on the letter?"]),
             "tracking": (["Mi legge il codice di tracciamento della spedizione?", "Ha il codice della spedizione?"],
                          ["Can you read me the tracking number?", "What's the tracking code on the text?"])}[kind]
        self.say("agent", self.ct(*Q))
        lead = self.ct(["sì, eccolo:", "allora, è", "dunque, leggo:", "ce l'ho qui,", "mi pare sia"],
                       ["yeah, it's", "right, it says", "okay, it's", "um, it's", "I think it's"])
        if r.random() < 0.25:
            lead = self.fetch("è nella mail", "it's in my emails")
        mode = self.c("plain", "plain", "mixed", "come" if it else "nato")
        groups, i = [], 0
        while i < len(v):
            if v[i].isalpha():
                j = i
                while j < len(v) and v[i].isalpha() and v[j].isalpha():
                    j += 1
                groups.append((v[i:j], self.say_code(v[i:j], sp, mode)))
                i = j
            elif v[i] in "/-":
                groups[-1] = (groups[-1][0] + v[i], groups[-1][1] + ", " + ({"/": "barra", "-": "trattino"}[v[i]]
                              if it else {"/": "slash", "-": "dash"}[v[i]]))
                i += 1
            else:
                j = i
                while j < len(v) and v[j].isdigit():
                    j += 1
                run = v[i:j]
                if len(run) == 4 and run.startswith("20"):
                    groups.append((run, it_words(int(run)) if it else en_year(int(run))))
                else:
                    sizes = self.c([3] * (len(run) // 3), [2] * (len(run) // 2), [4] * (len(run) // 4) or [len(run)])
                    k = 0
                    for s in sizes:
                        g = run[k:k + s]
                        k += s
                        groups.append((g, sp.group(g, self.digit_style(len(g)))))
                    if k < len(run):
                        groups.append((run[k:], sp.one_by_one(run[k:])))
                i = j
        self.deliver("ORDER_NUMBER", groups, lead, "", mode=self.c("one", "one", "split", "fix"))
        if r.random() < 0.3:
            back = self.say_code(v, self.agent_sp, "plain", 3)
            self.say("agent", self.ct(["Ripeto:", "Allora,"], ["So that's", "Reading it back,"]),
                     ("ORDER_NUMBER", v, back), self.ct(["giusto?", "è corretto?"], ["right?", "correct?"]))
            self.say("customer", self.confirm())
        else:
            self.say("agent", self.ct(["Sì, la vedo.", "Ok, trovata.", "Perfetto, ecco qui."],
                                      ["Yep, I can see it.", "Okay, that's come up.", "Great, found it."]))

    # ---------------------------------------------------------------- numbers that must stay

    def distractor(self):
        it, r, N, c = self.it, self.rng, self.N, self.c
        e, cents = r.randint(12, 89), c(50, 90, 99, 30)
        year = r.randint(2010, 2024)
        day = r.randint(2, 28)
        model = c(7530, 5590, 4060)
        if it:
            opts = [
                [("agent", ["Con l'offerta Fibra", N(c(1000, 2500), None), "paga", N(e), "euro e", N(cents),
                            "al mese, e per", N(3), "mesi è gratis."]),
                 ("customer", [c("Mica male.", "Ah, interessante, ci penso.")])],
                [("agent", ["Il rimborso arriva entro", N(c(10, 15, 30)), "giorni lavorativi."]),
                 ("customer", ["Va bene, aspetto."])],
                [("agent", ["Il tecnico può passare mercoledì", N(day), ", tra le", N(8), "e le", N(13), "."]),
                 ("customer", ["Sì, la mattina ci sono."])],
                [("agent", ["Quanto paga adesso, più o meno?"]),
                 ("customer", ["Sui", N(e), "euro ogni", N(2), "mesi."])],
                [("agent", ["Quanti decoder ha in casa?"]),
                 ("customer", ["Ne ho", N(2), ", in sala e in camera da letto."])],
                [("agent", ["Mi scusi per l'attesa, oggi siamo sui", N(c(15, 20, 25)), "minuti."]),
                 ("customer", ["Eh, me ne sono accort" + ("a" if self.female else "o") + "."])],
                [("agent", ["Con la linea nuova arriva a", N(c(300, 500)), "mega in download e", N(c(50, 100)),
                            "in upload."]),
                 ("customer", ["Molto meglio di adesso."])],
                [("customer", ["Guardi, è la", N(4, "quarta"), "volta che chiamo questa settimana."]),
                 ("agent", ["Ha ragione, mi dispiace davvero."])],
                [("agent", ["Da quanto tempo è con noi?"]),
                 ("customer", ["Dal", N(year, it_words(year)), ", credo."])],
                [("agent", ["Le restano", N(c(12, 40, 75)), "giga fino al", N(day), "del mese."]),
                 ("customer", ["Ah, pensavo di averli finiti."])],
                [("agent", ["Il modem nuovo è il modello", N(model, f"{it_words(model // 100)} {it_words(model % 100)}"),
                            "."]),
                 ("customer", ["Quello bianco?"])],
                [("agent", ["Siamo aperti dal lunedì al sabato, dalle", N(8), "alle", N(21), "."]),
                 ("customer", ["Ok, buono a sapersi."])],
                [("agent", ["Le applico lo sconto del", N(c(10, 15, 20)), "per cento per", N(c(6, 12)), "mesi."]),
                 ("customer", ["Grazie, molto gentile."])],
                [("customer", ["Ho una bolletta da", N(e), "e un'altra da", N(r.randint(90, 180)), "euro."]),
                 ("agent", ["Sì, le vedo entrambe."])],
            ]
        else:
            opts = [
                [("agent", ["The Fibre", N(c(500, 900)), "package is", N(e), "pounds", N(cents),
                            "a month, and it's free for", N(3), "months."]),
                 ("customer", [c("Not bad at all.", "Oh, I'll have a think about that.")])],
                [("agent", ["Refunds usually take", N(5), "to", N(7), "working days."]),
                 ("customer", ["Okay, fair enough."])],
                [("agent", ["An engineer could come on the", N(day, en_ordinal(day)), ", between", N(8), "and",
                            N(1), "."]),
                 ("customer", ["Yeah, I'm in that morning."])],
                [("agent", ["Roughly how much are you paying at the moment?"]),
                 ("customer", ["About", N(e), "quid a month."])],
                [("agent", ["How many handsets are on the plan?"]),
                 ("customer", ["We've got", N(3), ", for me and the kids."])],
                [("agent", ["Sorry about the wait, we're running about", N(c(15, 20, 25)), "minutes today."]),
                 ("customer", ["Yeah, I noticed."])],
                [("agent", ["You'd be getting around", N(c(150, 300)), "megs down and", N(c(20, 30)), "up."]),
                 ("customer", ["That's loads better."])],
                [("customer", ["This is the", N(4, "fourth"), "time I've rung this week."]),
                 ("agent", ["I'm really sorry, I can see that."])],
                [("agent", ["How long have you been with us?"]),
                 ("customer", ["Since", N(year, en_year(year)), ", I think."])],
                [("agent", ["You've got", N(c(12, 40, 75)), "gigs left until the", N(day, en_ordinal(day)), "."]),
                 ("customer", ["Oh, I thought I'd run out."])],
                [("agent", ["The new router's the Hub", N(c(6, 7)), "."]),
                 ("customer", ["The white box?"])],
                [("agent", ["We're open", N(8), "till", N(8), ", Monday to Saturday."]),
                 ("customer", ["Okay, good to know."])],
                [("agent", ["I can knock", N(c(10, 15, 20)), "percent off for", N(c(6, 12)), "months."]),
                 ("customer", ["Oh, that's kind of you."])],
                [("customer", ["I've got a bill for", N(e), "and another for", N(r.randint(90, 180)), "pounds."]),
                 ("agent", ["Yes, I can see both of them."])],
            ]
        free = [k for k in range(len(opts)) if ("d", k) not in self.used] or list(range(len(opts)))
        k = r.choice(free)
        self.used.add(("d", k))
        for speaker, pieces in opts[k]:
            self.say(speaker, *pieces)

    def filler(self):
        self.say("agent", self.ct(["Mi lasci controllare un attimo.", "La metto un momento in attesa, non riattacchi.",
                                   "Il sistema oggi è lentissimo, mi perdoni.", "Vedo la sua scheda, un istante."],
                                  ["Let me just have a look.", "I'll pop you on hold for a moment, don't hang up.",
                                   "Sorry, the system's really slow today.", "Okay, I've got your account up."]))
        self.say("customer", self.ct(["Sì, resto in linea.", "Va bene.", "Nessun problema."],
                                     ["Sure.", "No worries.", "That's fine."]))

    # ---------------------------------------------------------------- the call

    def opening(self, company: str, agent: str, notice: bool):
        it, c = self.it, self.c
        self.agent = agent
        pname = PNAME[self.purpose][0 if it else 1]
        A = ("AGENT_NAME", agent, agent)
        if it:
            note = c(f"Prima di cominciare, la informo che la chiamata viene registrata per finalità di {pname}.",
                     f"Le ricordo che la conversazione è registrata e serve solo per {pname}.",
                     f"La telefonata è registrata per {pname}; trova i dettagli nell'informativa sul sito.",
                     f"Questa chiamata è oggetto di registrazione, ai fini di {pname}.")
            ask = c("Come posso esserle utile?", "Mi dica.", "In cosa posso aiutarla?")
            if notice and self.rng.random() < 0.35:
                self.say("agent", c("Buongiorno.", "Buonasera."), note, c("Sono", "Le parla"), A, "di", company + ".", ask)
            else:
                self.say("agent", c(f"{company}, buongiorno, sono", f"Buonasera, {company}, le parla",
                                    f"{company}, sono"), A, ".", note if notice else "", ask)
        else:
            note = c(f"Before we start, I need to let you know this call is recorded and we use it for {pname}.",
                     f"Just so you're aware, we record our calls for {pname}.",
                     f"Please note this call is being recorded, for {pname} purposes only.",
                     f"Calls to this line are recorded for {pname}; our privacy notice has the details.")
            ask = c("How can I help?", "What can I do for you?",
                    "What's the problem today?" if self.purpose != "sales_first_contact" else "How can I help today?")
            if notice and self.rng.random() < 0.35:
                self.say("agent", "Hello.", note, c("My name's", "You're speaking to"), A, "at", company + ".", ask)
            else:
                self.say("agent", c(f"Hello, {company}, you're through to", f"Morning, {company}, this is",
                                    f"Hi there, {company}, my name's"), A, ".", note if notice else "", ask)

    def reason(self):
        R = {"customer_care": (["Buongiorno, il pacco risulta consegnato ma io non ho ricevuto niente.",
                                "Salve, vorrei spostare la consegna, questa settimana non ci sono.",
                                "Buonasera, mi è arrivato un prodotto rotto e vorrei capire come fare."],
                               ["Hiya, it says my parcel was delivered but there's nothing here.",
                                "Hi, I need to rearrange a delivery, I'm away this week.",
                                "Hello, something arrived damaged and I'm not sure what to do."]),
             "sales_first_contact": (["Buongiorno, mi ha scritto un vostro consulente per un'offerta luce e gas.",
                                      "Salve, sto pensando di cambiare operatore e volevo sentire le vostre tariffe.",
                                      "Buonasera, ho visto la pubblicità della fibra e volevo informazioni."],
                                     ["Hi, an adviser of yours emailed me about a broadband deal.",
                                      "Hello, I'm thinking of switching and wanted to hear your prices.",
                                      "Hi, I saw your advert and wanted to know a bit more."]),
             "billing_support": (["Buongiorno, mi è arrivato un conguaglio che non capisco.",
                                  "Salve, vorrei passare all'addebito sul conto corrente.",
                                  "Buonasera, in bolletta c'è una voce che non mi torna."],
                                 ["Hi, I've had a catch-up bill and I don't understand it.",
                                  "Hello, I'd like to switch to paying by direct debit.",
                                  "Hi, there's a charge on my bill I don't recognise."]),
             "technical_support": (["Salve, la fibra va a singhiozzo da tre giorni.",
                                    "Buongiorno, il decoder non si accende più.",
                                    "Buonasera, il telefono fisso non dà il segnale."],
                                   ["Hi, my broadband keeps cutting out.",
                                    "Hello, the TV box won't turn on at all.",
                                    "Hi, the landline's gone dead."])}[self.purpose]
        text = self.c(*R[0 if self.it else 1])
        if "tre giorni" in text:
            self.say("customer", "Salve, la fibra va a singhiozzo da", self.N(3), "giorni.")
        else:
            self.say("customer", text)
        if self.purpose == "sales_first_contact":
            self.say("agent", self.ct(["Con piacere, le spiego tutto.", "Certo, vediamo cosa possiamo proporle."],
                                      ["Brilliant, happy to talk you through it.", "Great, let's see what we can do."]))
        else:
            self.say("agent", self.ct(["Mi dispiace, vediamo subito.", "Certo, la aiuto io.", "Va bene, controlliamo."],
                                      ["Oh no, let's get that sorted.", "Sure, I can help with that.",
                                       "Right, let's have a look."]))

    def name_exchange(self):
        r, it = self.rng, self.it
        P = ("PERSON", f"{self.first} {self.last}", f"{self.first} {self.last}")
        self.say("agent", self.ct(["Intanto, con chi parlo?", "Mi dice nome e cognome, per cortesia?",
                                   "Parlo con l'intestatario del contratto? Come si chiama?",
                                   "Posso avere il suo nominativo?"],
                                  ["To start with, who am I speaking to?", "Can I start with your full name, please?",
                                   "Are you the account holder? What's your name?", "Could I take your name?"]))
        form = self.c("plain", "plain", "split", "spell", "other")
        if form == "split":
            if it:
                self.say("customer", ("PERSON", self.first, self.first), "di nome e", ("PERSON", self.last, self.last),
                         "di cognome.")
            else:
                self.say("customer", "Name's", ("PERSON", self.first, self.first), ", and the surname's",
                         ("PERSON", self.last, self.last), ".")
        elif form == "other" and r.random() < 0.6:
            if it:
                rel = self.c("mio padre", "mia madre", "mio marito" if self.female else "mia moglie")
                other_first = r.choice(F_IT_M if rel in ("mio padre", "mio marito") else F_IT_F)
                other_last = r.choice([s for s in F_IT_SUR if s != self.last])
                if rel in ("mio padre",):
                    other_last = self.last
                if other_first == self.first:
                    other_first = "Agostino" if rel in ("mio padre", "mio marito") else "Eleonora"
                self.others.add(other_first)
                self.say("customer", "Sono", P, ", ma il contratto è intestato a", rel + ",",
                         ("PERSON", f"{other_first} {other_last}", f"{other_first} {other_last}"), ".")
                self.say("agent", "Va bene, se mi autorizza lei posso procedere con alcune informazioni.")
            else:
                rel = self.c("my dad", "my mum", "my husband" if self.female else "my wife")
                other_first = r.choice(F_EN_M if rel in ("my dad", "my husband") else F_EN_F)
                if other_first == self.first:
                    other_first = "Reginald" if rel in ("my dad", "my husband") else "Prudence"
                self.others.add(other_first)
                self.say("customer", "It's", P, ", but the account's in", rel + "'s name,",
                         ("PERSON", f"{other_first} {self.last}", f"{other_first} {self.last}"), ".")
                self.say("agent", "That's fine, I can help with general things as long as you're on the account.")
        else:
            lead = self.ct(["Sono", "Mi chiamo", "Allora,", ""], ["It's", "Yeah, it's", "My name's", ""])
            self.say("customer", lead, P, self.ct(["", "", ", il contratto è a nome mio."],
                                                  ["", "", ", I'm the account holder."]))
        if form == "spell" or r.random() < 0.3:
            self.say("agent", self.ct(["Come si scrive il cognome?", "Mi fa lo spelling del cognome?"],
                                      ["Could you spell the surname for me?", "How do you spell that?"]))
            mode = self.c("plain", "come", "mixed", "di") if it else self.c("plain", "nato", "for", "as", "mixed")
            self.say("customer", self.ct(["allora,", "", "sì:"], ["sure,", "", "yeah,"]),
                     ("PERSON", self.last, self.spell_word(self.last, mode)))
        if r.random() < 0.6:
            self.say("agent", self.ct(["Grazie,", "Perfetto,", "Benissimo,"], ["Thanks,", "Lovely,", "Great, thank you,"]),
                     self.title, self.surname_span(), ".")

    def closing(self):
        it, r, N, c = self.it, self.rng, self.N, self.c
        if it:
            self.say("agent", c("Bene, ho registrato tutto.", "Perfetto, la richiesta è inserita.",
                                "Ok, ho aperto la segnalazione."),
                     *c(["Riceverà un SMS di conferma entro", N(c(24, 48)), "ore."],
                        ["Il costo della pratica è di", N(c(5, 9)), "euro, in bolletta."],
                        ["La richiamiamo tra", N(2), "e", N(3), "giorni lavorativi."]),
                     "Posso fare altro per lei?")
            self.say("customer", c("No, a posto così, grazie", "No, è tutto, grazie", "No, basta così, grazie"),
                     ("AGENT_NAME", self.agent, self.agent) if r.random() < 0.5 else "", ".")
            if r.random() < 0.6:
                self.say("agent", "Grazie a lei,", self.title, self.surname_span(), ", buona giornata.")
            else:
                self.say("agent", c("Grazie a lei, arrivederci.", "Buona giornata, arrivederci."))
        else:
            self.say("agent", c("Right, that's all sorted.", "Okay, that's logged for you.", "Lovely, that's all done."),
                     *c(["You'll get a text within", N(c(24, 48)), "hours."],
                        ["There's a", N(c(5, 9)), "pound admin fee, it'll go on the next bill."],
                        ["Someone will ring you back in", N(2), "to", N(3), "working days."]),
                     "Anything else I can help with?")
            self.say("customer", c("No, that's everything, thanks", "No, that's it, cheers", "That's all, thank you"),
                     ("AGENT_NAME", self.agent, self.agent) if r.random() < 0.5 else "", ".")
            if r.random() < 0.6:
                self.say("agent", "Thanks for calling,", self.title, self.surname_span(), ", take care.")
            else:
                self.say("agent", c("Thanks for calling, bye now.", "Cheers now, take care."))

    def build(self, company: str, agent: str, notice: bool):
        """Write the call; if a must-go value's leak probe happens to match what survives (a chance digit
        collision with a kept number), write it again with fresh draws."""
        for attempt in range(6):
            self.turns, self.used, self.others = [], set(), set()
            try:
                self.build_once(company, agent, notice)
                return
            except ProbeClash:
                if attempt == 5:
                    raise

    def build_once(self, company: str, agent: str, notice: bool):
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
        last_kind = max((k for k, s in enumerate(plan) if s in ("PHONE_NUMBER", "EMAIL_ADDRESS")), default=-1)
        for k, step in enumerate(plan):
            if step == "distractor":
                self.distractor()
            elif step == "filler":
                self.filler()
            elif step == "PHONE_NUMBER":
                self.x_phone(unprompted=k == last_kind and r.random() < 0.2)
            elif step == "EMAIL_ADDRESS":
                self.x_email(unprompted=k == last_kind and r.random() < 0.2)
            else:
                getattr(self, {"IT_FISCAL_CODE": "x_fiscal", "IBAN_CODE": "x_iban", "CREDIT_CARD": "x_card",
                               "DATE_OF_BIRTH": "x_dob", "ADDRESS": "x_address", "HEALTH": "x_health",
                               "ORDER_NUMBER": "x_order"}[step])()
        self.closing()
        self.lint()

    # ---------------------------------------------------------------- checks

    def lint(self):
        words = lambda s: re.findall(r"[A-Za-zÀ-ú]+", s)  # noqa: E731
        names = {self.first, self.agent} | self.others | {w for w in words(self.last) if len(w) >= 3}
        for _, pieces in self.turns:
            for p in pieces:
                if isinstance(p, tuple) and p[0] == "PERSON":
                    names |= {w for w in words(p[1]) if len(w) >= 3}
                if isinstance(p, tuple) and p[0] in ("ADDRESS", "EMAIL_ADDRESS"):
                    src = p[1].split("@")[-1] if p[0] == "EMAIL_ADDRESS" else p[1]
                    names |= {w for w in words(src) if len(w) >= 4 and w[0].isupper() and w not in STREET_WORDS}
        for speaker, pieces in self.turns:
            assert speaker in ("agent", "customer"), speaker
            assert pieces, "empty turn"
            for p in pieces:
                if isinstance(p, str):
                    assert p.strip() == "." or re.search(r"\w", p), f"punctuation-only piece: {p!r}"
                    low = p.lower().replace("per cento", "")
                    bad = re.search(r"\d", p) or [w for w in re.findall(r"[a-zà-ù]+", low) if w in NUMBER_WORDS]
                    assert not bad, f"number in plain text: {p!r} {bad}"
                    for name in names:
                        assert not re.search(rf"\b{re.escape(name)}\b", p, re.I), f"personal data in plain text: {p!r}"
                    for key in HEALTH_KEYS:
                        assert key not in low, f"health keyword in plain text: {p!r}"
                else:
                    label, value, spoken = p
                    assert label in LABELS and value and spoken.strip(), p
                    assert not re.search(r"\d", spoken), f"digit in spoken form: {p!r}"
                    if label == "EMAIL_ADDRESS":
                        assert value.count("@") == 1 and value.split("@")[0], p
                    if label == "DATE_OF_BIRTH":
                        dt.date.fromisoformat(value)
                    if label == "NONPII_NUMBER":
                        assert not 1930 <= int(value) <= 2009, f"non-personal number looks like a birth year: {p!r}"
        self.check_probes()

    def check_probes(self):
        """Replay check_outputs.py's leak probes on what survives a perfect redaction for the purpose."""
        allowed = ALLOWED[self.purpose] | {"NONPII_NUMBER", "AGENT_NAME"}
        kept_text, kept_digits, gone = [], [], []
        for _, pieces in self.turns:
            for p in pieces:
                if isinstance(p, str):
                    kept_text.append(p)
                elif p[0] in allowed:
                    kept_text.append(p[2])
                    kept_digits.append(re.sub(r"\D", "", p[1]))
                else:
                    kept_text.append(" | ")
                    gone.append(p)
        low = " ".join(kept_text).lower()
        squashed = re.sub(r"[\s\-.,]", "", low)
        dstream = "".join(kept_digits)
        for label, v, _ in gone:
            text, digits = [], []
            d = re.sub(r"\D", "", v)
            if len(d) >= 6:
                digits = [d[i:i + 6] for i in range(len(d) - 5)]
            if label == "PERSON":
                last = v.split()[-1]
                if len(last) >= 4:
                    text.append(last.lower())
            elif label == "EMAIL_ADDRESS":
                local, dom = v.lower().split("@")
                last, host = local.split(".")[-1], dom.split(".")[0]
                text += [v.lower(), last + "@", f"{last} chiocciola", f"{last} at {host}"]
            elif label == "ADDRESS":
                ws = [w for w in re.findall(r"[A-Za-zÀ-ú']+", v)
                      if len(w) >= 5 and w.lower() not in ("viale", "piazza", "corso", "street")]
                text += [w.lower() for w in ws[:1]]
            elif label == "HEALTH":
                text += [k for k in HEALTH_KEYS if k in v.lower()]
            elif label == "IT_FISCAL_CODE":
                text.append(v[:6].lower())
            elif label == "DATE_OF_BIRTH":
                y, m, dd = v[:4], v[5:7], v[8:10]
                digits += [dd + m + y, m + dd + y]
            for s in text:
                assert s not in low and s not in squashed, f"{label} {v!r}: probe {s!r} in surviving text"
            for s in digits:
                if s in dstream:
                    raise ProbeClash(f"{label} {v!r}: digits {s!r} in surviving numbers")


# =========================================================================== wiring


if __name__ == "__main__":
    H.run_phrasebook(PhraseBookF, (F_IT_COMPANIES, F_EN_COMPANIES), (F_IT_AGENTS, F_EN_AGENTS))
