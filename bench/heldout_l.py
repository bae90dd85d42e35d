#!/usr/bin/env python3
"""heldout_l: a twelfth, independently worded phrasebook of synthetic labelled call-centre calls.

usage (from the project root, with the project's venv active):
    python bench/heldout_l.py --dry --seed 3131 --piper /tmp/piper/bin/piper    # print the dialogues, no audio
    python bench/heldout_l.py --seed 3131 --out bench/results/L --prefix L --piper /tmp/piper/bin/piper

(--dry with the same --piper prints exactly the dialogues of the real run; without --piper, heldout's
pick_voices draws one random number fewer per English call and the later calls' wording differs.)

Purpose: a MODERATE, realistic held-out set (Italian and English; the four purposes customer_care,
sales_first_contact, billing_support, technical_support) for measuring how well the personal-data
detector generalises to wording it has never seen. It reads like one more scriptwriter writing
ordinary calls: each kind of data is asked for in a short way ("Il suo cellulare?", "Best number?"),
a long polite way, or indirectly ("Dove glielo mandiamo?", "How can we reach you if the driver can't
find the place?"); answers come with several lead-ins and tails; now and then a hesitation ("ehm",
"um") or a self-correction inside a dictated value ("four four... no sorry, four seven"), a value
looked up in a second turn ("let me log in to the banking app"), an agent read-back (or, for a ticket
the agent opens, the caller's read-back); e-mails said as words, with the surname spelled after it,
or spelled letter by letter; codes spelled with plain letters, Italian "erre come Roma" or just the
town, English "B as in boy" or the NATO alphabet; Italian addresses with via / viale / piazza / corso
/ largo / vicolo, civic number, CAP and town, sometimes town first, sometimes with "scala" and
"interno", sometimes in two turns (street, then CAP and town); UK addresses with the postcode spoken
in pieces, or postcode-and-house-number with the agent reading the full address back; US addresses
with apartment and ZIP; dates of birth in many shapes ("del settantanove, il quattro giugno",
"July the fourth, eighty-one", "oh four, oh seven, eighty-one"); health conditions that come up as
the reason for a request (insulin that must stay cold, crutches after a knee operation, a pacemaker
whose monitor uses the broadband, sleep apnoea, dyslexia, Parkinson's, arthritis in the hands...).
New in this set: (1) a caller who VOLUNTEERS data nobody asked for (reads out the card number while
explaining the problem or offering to pay, gives the date of birth with the name "if it helps", or
while explaining a discount or a log-in problem) and the agent says it is not needed; (2) a caller who
gives the SAME value twice in different forms (a phone number in pairs and later digit by digit, an
e-mail as words and later letter by letter, an order number in groups and later one digit at a time);
(3) a short off-topic personal remark that carries labelled data (the shop where the caller works, the
child's school, the partner who usually handles the account).

Provenance: written by a helper that did not read the detector (pipeline/, redaction_rules/, tests/,
evaluation/), the development corpus (its truth files or transcripts), bench/results/, nor the
dialogue of the other phrasebooks; bench/heldout_k.py was looked at only for the builder interface
(how run_phrasebook / dry_run take a builder), its docstring's description of a call and its lint.
Every line of dialogue and every bank (names, towns, streets, e-mail providers, conditions, companies,
agents, spelling words) is this file's own. Only the machinery of bench/heldout.py is reused: Speaker
(digit reading), the letter-name tables IT_LETTERS and NATO, the value generators luhn_complete /
iban / fiscal_code, the number words, pick_voices, Renderer, synthesise, resample_write, main()
(language / purpose / mono-stereo / 8-16 kHz / notice schedule, sidecar and truth format), dry_run()
and run_phrasebook(), which rebinds heldout's module-level `CallBuilder` and company / agent banks in
memory; heldout.py itself is not modified.

What a call contains: a greeting with the agent's name (AGENT_NAME); a recording notice in this file's
own words when main()'s `notice` flag is true (and no mention of recording otherwise); the caller's
reason; the caller's full name (PERSON); then 8-11 further personal-data items fitting the purpose
(read-backs, the second form of a value given twice, a spelled surname, a partner's name and a closing
"thank you, Mrs ..." each count as an item) -- what the purpose keeps (customer care: order number,
delivery address; sales: phone and e-mail; billing: IBAN, invoice number, billing address, Italian
fiscal code; technical support: ticket number, contact phone) and kinds it never keeps (payment card,
date of birth, health condition, a workplace or school address, a partner's name, and whatever else
comes up) -- and non-personal numbers (prices, hours, quantities, durations, percentages, speeds,
weights, years, model numbers) labelled NONPII_NUMBER, which must stay audible. Invoice and ticket
numbers carry the ORDER_NUMBER label, a partner's name PERSON, a workplace or school address ADDRESS.
Every labelled value is its own piece, so span times are exact; a labelled value's `value` is what it
stands for (a self-corrected dictation's value is the corrected one). Values are random per call
(Luhn-valid cards, mod-97 IBANs, fiscal codes with their check letter, Italian mobiles and landlines,
UK / US numbers, UK postcodes). The three new features rotate over the calls (each call has at least
one, some more), so every set of 16 calls has each of them several times. A lint refuses digits or
number words, any personal name, street or town of the call in unlabelled text, any mention of
recording in a call without the notice (or a notice call whose opening lacks it), and a call with
fewer than 8 or more than 11 items.
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
from heldout import (EN_TENS, EN_UNITS, IT_LETTERS, IT_TENS, IT_UNITS, NATO,  # noqa: E402
                     en_ordinal, en_words, en_year, fiscal_code, iban, it_words, luhn_complete)

# =========================================================================== banks (this file's own)

L_IT_FIRST_F = ("Roberta Giorgia Silvia Monica Paola Francesca Sara Laura Giulia Marta Irene Caterina Eleonora "
                "Rebecca Veronica Lucia").split()
L_IT_FIRST_M = ("Andrea Stefano Fabrizio Massimo Giorgio Paolo Emanuele Daniele Leonardo Alessandro Michele "
                "Vincenzo Giacomo Enrico Sergio Luca").split()
L_IT_LAST = ("Benedetti Capuano Damiani Ferrante Giordano Guerrieri Lattanzi Mazzoleni Negri Pagano Piras Rizzi "
             "Sartori Tedeschi Valentini Zanetti Bonfiglio Cirillo Melis Sorrentino Olivieri Longo Carboni").split()
L_EN_FIRST_F = ("Sophie Charlotte Emily Lucy Rachel Fiona Jessica Kirsty Abigail Imogen Harriet Aisha Joanne "
                "Natalie Ruth Megan").split()
L_EN_FIRST_M = ("James William Thomas Daniel Samuel Matthew Andrew Gavin Stuart Kieran Adam Craig Neil Robert "
                "Joseph Ian").split()
L_EN_LAST = ("Morrison Bennett Harrison Gallagher Chapman Holloway Sutherland Ferguson Atkinson Doyle Mahmood "
             "Nowak Reynolds Sheridan Lockwood Bradshaw Cartwright Ellison Hamilton Pearson Fitzgerald Okonkwo "
             "Sandhu").split()
L_IT_AGENTS = "Simona Luigi Barbara Claudio Manuela Diego Cristina Walter".split()
L_EN_AGENTS = "Leanne Steve Amrit Jenna Phil Carys Nathan Yasmin".split()
L_IT_COMPANIES = ["Girasole Multiservizi", "NordOvest Casa e Connessioni", "Bottega Rapida Servizi",
                  "Tirreno Luce Gas e Fibra", "Connessa Servizi per la Casa", "Mercurio Utenze"]
L_EN_COMPANIES = ["Harbourline Home Services", "Bluebell Connect", "Parcelhaven Direct", "Thistle Home & Mobile",
                  "Copperfield Utilities", "Lanternhill Household"]

# town, CAPs, cadastral code (for the fiscal code), landline prefix
L_IT_TOWNS = [("Trieste", ["34121", "34133", "34138"], "L424", "040"),
              ("Perugia", ["06121", "06124", "06128"], "G478", "075"),
              ("Modena", ["41121", "41124", "41126"], "F257", "059"),
              ("Parma", ["43121", "43123", "43125"], "G337", "0521"),
              ("Brescia", ["25121", "25124", "25128"], "B157", "030"),
              ("Bergamo", ["24121", "24122", "24125"], "A794", "035"),
              ("Pisa", ["56121", "56123", "56127"], "G702", "050"),
              ("Salerno", ["84121", "84123", "84127"], "H703", "089"),
              ("Catania", ["95121", "95124", "95128"], "C351", "095"),
              ("Ravenna", ["48121", "48122", "48124"], "H199", "0544"),
              ("Ferrara", ["44121", "44122", "44124"], "D548", "0532"),
              ("Vicenza", ["36100"], "L840", "0444"),
              ("Pescara", ["65121", "65124", "65127"], "G482", "085"),
              ("Sassari", ["07100"], "I452", "079"),
              ("Siena", ["53100"], "I726", "0577"),
              ("Udine", ["33100"], "L483", "0432")]
L_IT_STREETS = [("via", "Galileo Galilei"), ("viale", "dei Tigli"), ("piazza", "Cavour"), ("corso", "Matteotti"),
                ("largo", "Santa Chiara"), ("viale", "Europa"), ("piazza", "della Libertà"),
                ("corso", "Sempione"), ("largo", "Donatori di Sangue"), ("via", "Giovanni Pascoli"),
                ("via", "dei Gelsomini"), ("viale", "Guglielmo Marconi"), ("piazza", "San Francesco"),
                ("via", "Ugo Foscolo"), ("vicolo", "dei Fabbri"), ("via", "Grazia Deledda")]
# town, outward postcode, landline area code
L_UK_TOWNS = [("Sheffield", "S10", "0114"), ("Nottingham", "NG7", "0115"), ("Leicester", "LE2", "0116"),
              ("Exeter", "EX4", "01392"), ("Bath", "BA2", "01225"), ("Swansea", "SA1", "01792"),
              ("Aberdeen", "AB24", "01224"), ("Derby", "DE22", "01332"), ("Plymouth", "PL4", "01752"),
              ("Oxford", "OX4", "01865"), ("Durham", "DH1", "0191"), ("Belfast", "BT7", "028")]
L_UK_STREETS = ["Hawthorn Road", "Linden Avenue", "Rosebery Street", "Quarry Lane", "Ashford Close",
                "Victoria Parade", "Bramble Walk", "Highfield Terrace", "Cromwell Road", "Larch Drive",
                "Nelson Street", "Primrose Crescent", "Oakfield Way", "Kingfisher Gardens"]
# city, state, ZIP codes, area code
L_US_PLACES = [("Madison", "Wisconsin", ["53703", "53704", "53705"], "608"),
               ("Boise", "Idaho", ["83702", "83704", "83706"], "208"),
               ("Albany", "New York", ["12203", "12206", "12208"], "518"),
               ("Portland", "Oregon", ["97205", "97214", "97217"], "503"),
               ("Savannah", "Georgia", ["31401", "31405", "31406"], "912")]
L_US_STREETS = ["Birch Lane", "Harbor View Road", "Walnut Street", "Prairie Drive", "Elmwood Avenue",
                "Magnolia Court"]
L_IT_MOBILE = ["24", "30", "34", "35", "36", "40", "43", "45", "47", "48", "49", "51", "66", "68", "70", "73", "80",
               "83", "89", "93"]
L_IT_MAIL = ["gmail.com", "libero.it", "outlook.it", "icloud.com", "email.it", "tin.it", "live.it"]
L_UK_MAIL = ["gmail.com", "outlook.com", "sky.com", "virginmedia.com", "talktalk.net", "live.co.uk", "mail.com"]
L_US_MAIL = ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "att.net"]
L_HOST_WORDS = {"virginmedia": "virgin media", "talktalk": "talk talk", "icloud": "i cloud", "att": "a t t",
                "email": "e mail"}

# Italian callers spell "erre come Roma" or just "Roma"; English callers "B as in boy"
L_IT_SPELL = dict(zip(string.ascii_uppercase, (
    "Ancona Bari Catania Domodossola Empoli Firenze Genova Hotel Imola Jesolo Kenya Livorno Milano Napoli "
    "Otranto Palermo Quaderno Roma Salerno Torino Urbino Venezia Washington Xilofono Yacht Zara").split()))
L_EN_SPELL = dict(zip(string.ascii_uppercase, (
    "apple boy cat dog egg Frank George house ice jam king lemon mother nut orange Peter queen Robert sun "
    "Tom umbrella violin water x-ray yellow zebra").split()))

# health: (Italian masculine, Italian feminine, Italian consequence, English, English consequence, purposes)
CC, SA, BI, TE = "customer_care", "sales_first_contact", "billing_support", "technical_support"
L_HEALTH = [
    ("l'insulina la devo tenere in frigo", "l'insulina la devo tenere in frigo",
     "quindi senza frigorifero sono proprio nei guai",
     "my insulin has to stay in the fridge", "so being without a fridge is a real problem", {CC}),
    ("cammino con le stampelle dopo un'operazione al ginocchio",
     "cammino con le stampelle dopo un'operazione al ginocchio",
     "quindi ci metto parecchio ad arrivare alla porta",
     "I'm on crutches after a knee operation", "so it takes me ages to get to the door", {CC, TE}),
    ("sono celiaco", "sono celiaca", "e dentro è quasi tutto con il glutine",
     "I'm coeliac", "and nearly everything in it has gluten", {CC}),
    ("porto un pacemaker", "porto un pacemaker", "e il monitor che ho a casa manda i dati tramite internet",
     "I've got a pacemaker", "and the home monitor sends its readings over the broadband", {TE}),
    ("ho le apnee notturne e dormo con un apparecchio per respirare",
     "ho le apnee notturne e dormo con un apparecchio per respirare",
     "quindi senza corrente la notte non posso stare",
     "I've got sleep apnoea and use a breathing machine at night", "so I can't be without power overnight",
     {TE, BI}),
    ("ho la broncopneumopatia e uso l'ossigeno in casa", "ho la broncopneumopatia e uso l'ossigeno in casa",
     "quindi le scale con i pacchi non le posso fare",
     "I've got COPD and I'm on oxygen at home", "so I can't carry heavy boxes up the stairs", {CC, TE}),
    ("sono stato a casa in malattia per una depressione", "sono stata a casa in malattia per una depressione",
     "e sono rimasto indietro con i pagamenti",
     "I've been off work with depression", "so I've fallen behind with the payments", {BI}),
    ("sono dislessico", "sono dislessica", "quindi preferisco che mi spieghi tutto a voce",
     "I'm dyslexic", "so I'd much rather you talk me through it than send a long contract", {SA, BI}),
    ("ho il Parkinson", "ho il Parkinson", "e firmare i moduli di carta per me è diventato difficile",
     "I've got Parkinson's", "so signing paper forms is really hard for me now", {SA, BI}),
    ("ho l'artrite reumatoide alle mani", "ho l'artrite reumatoide alle mani",
     "e digitare codici lunghi mi costa fatica",
     "I've got rheumatoid arthritis in my hands", "so typing long codes in is a real struggle", {TE, SA, BI}),
    ("sto facendo la radioterapia", "sto facendo la radioterapia", "e certi giorni non ho la forza di telefonare",
     "I'm having radiotherapy at the moment", "and some days I'm just not up to phone calls", {CC, SA, BI, TE}),
    ("soffro di emicrania cronica", "soffro di emicrania cronica",
     "e quando ho un attacco non riesco a rispondere al telefono",
     "I get chronic migraines", "so if I don't pick up, that's probably why", {CC, SA, BI, TE}),
]

KEEPS = {CC: ["ORDER", "ADDRESS"], SA: ["PHONE", "EMAIL"], BI: ["INVOICE", "IBAN", "ADDRESS", "FISCAL"],
         TE: ["TICKET", "PHONE"]}
EXTRAS = {CC: ["PHONE", "EMAIL", "DOB", "CARD", "HEALTH"], SA: ["ADDRESS", "DOB", "CARD", "IBAN", "HEALTH", "FISCAL"],
          BI: ["PHONE", "EMAIL", "DOB", "CARD", "HEALTH"], TE: ["ADDRESS", "EMAIL", "DOB", "CARD", "HEALTH"]}
LABEL = {"PHONE": "PHONE_NUMBER", "EMAIL": "EMAIL_ADDRESS", "ADDRESS": "ADDRESS", "ORDER": "ORDER_NUMBER",
         "INVOICE": "ORDER_NUMBER", "TICKET": "ORDER_NUMBER", "FISCAL": "IT_FISCAL_CODE", "IBAN": "IBAN_CODE",
         "CARD": "CREDIT_CARD", "DOB": "DATE_OF_BIRTH", "HEALTH": "HEALTH"}
# the order in which a purpose usually gets to each kind (jittered per call)
RANK = {CC: {"DOB": 1, "ORDER": 2, "ADDRESS": 3, "HEALTH": 3.5, "PHONE": 4, "EMAIL": 4.5, "CARD": 5},
        SA: {"ADDRESS": 1, "HEALTH": 1.5, "PHONE": 2, "EMAIL": 2.5, "DOB": 3.5, "FISCAL": 3.5, "IBAN": 4.5,
             "CARD": 4.5},
        BI: {"FISCAL": 1, "DOB": 1, "INVOICE": 2, "HEALTH": 2.5, "ADDRESS": 3, "IBAN": 4, "CARD": 4, "PHONE": 5,
             "EMAIL": 5},
        TE: {"TICKET": 1, "DOB": 1.5, "ADDRESS": 2, "HEALTH": 3, "PHONE": 4, "EMAIL": 4.5, "CARD": 5}}
READBACK = {"PHONE", "ORDER", "INVOICE", "TICKET", "IBAN", "ADDRESS", "EMAIL", "FISCAL"}
LOOKUP = {"ORDER", "INVOICE", "TICKET", "IBAN", "FISCAL", "CARD"}
SLIP = {"PHONE", "ORDER", "INVOICE", "IBAN", "CARD", "TICKET"}

IT_NUMBER_WORDS = set(IT_UNITS) | set(IT_TENS.values()) | {"cento", "mille", "mila", "milioni", "doppio", "doppia"}
EN_NUMBER_WORDS = set(EN_UNITS) | set(EN_TENS.values()) | {"hundred", "thousand", "double", "triple"}
GENERIC_PLACE = {"via", "viale", "corso", "piazza", "largo", "vicolo", "dei", "degli", "del", "della", "delle",
                 "di", "da", "san", "santa", "road", "street", "lane", "avenue", "close", "drive", "way", "walk",
                 "crescent", "gardens", "terrace", "parade", "court", "view", "new", "york"}


class LintError(AssertionError):
    pass


class Item:
    """One planned step: a kind, its variant and the extras that add spans (read-back, second form...)."""

    def __init__(self, kind: str, variant: str = ""):
        self.kind, self.variant = kind, variant
        self.rb = self.twice = self.split = False           # each adds a span
        self.look = self.slip = self.hes = False            # change the wording only

    def cost(self) -> int:
        return 1 + self.rb + self.twice + self.split


# =========================================================================== the phrasebook


class PhraseBookL:
    _calls = 0          # counts the calls built in this run, to rotate the new features

    def __init__(self, rng, lang: str, purpose: str):
        self.rng, self.lang, self.purpose = rng, lang, purpose
        self.it = lang == "it"
        self.agent_sp = H.Speaker(lang, rng)
        self.cust_sp = H.Speaker(lang, rng)
        self.female = rng.random() < 0.5
        self.private_words: set[str] = set()
        if self.it:
            self.first = rng.choice(L_IT_FIRST_F if self.female else L_IT_FIRST_M)
            self.last = rng.choice(L_IT_LAST)
            self.region = "it"
            self.home = rng.choice(L_IT_TOWNS)
            self.street = rng.choice(L_IT_STREETS)
            self.house = rng.randint(1, 150)
            self.add_private(f"{self.home[0]} {self.street[1]}")
        else:
            self.first = rng.choice(L_EN_FIRST_F if self.female else L_EN_FIRST_M)
            self.last = rng.choice(L_EN_LAST)
            self.region = "us" if purpose != BI and rng.random() < 0.25 else "uk"
            if self.region == "uk":
                self.home = rng.choice(L_UK_TOWNS)
                self.street = rng.choice(L_UK_STREETS)
                self.house = rng.randint(2, 190)
                self.add_private(f"{self.home[0]} {self.street}")
            else:
                self.home = rng.choice(L_US_PLACES)
                self.street = rng.choice(L_US_STREETS)
                self.house = rng.randint(110, 9890)
                self.add_private(f"{self.home[0]} {self.home[1]} {self.street}")
        self.add_private(f"{self.first} {self.last}")
        self.born = dt.date(rng.randint(1946, 2003), rng.randint(1, 12), rng.randint(1, 28))
        if self.it:
            self.spell_mode = rng.choice(["plain", "plain", "come", "come", "town"])
        else:
            self.spell_mode = rng.choice(["plain", "plain", "plain", "asin", "nato"])
        self.turns: list[tuple[str, list]] = []
        self.vals: dict[str, str] = {}
        self.used_distractors: set[int] = set()
        self.used_fillers: set[int] = set()
        self.notice = False
        self.brand = "Visa"
        self.bye = self.spell_surname = False
        k = PhraseBookL._calls
        PhraseBookL._calls += 1
        self.features = {("volunteer", "twice", "offtopic")[k % 3]}
        for f in ("volunteer", "twice", "offtopic"):
            if rng.random() < 0.25:
                self.features.add(f)

    # ------------------------------------------------------------------ small helpers

    def add_private(self, text: str):
        self.private_words |= {w for w in re.findall(r"[\w']+", text.lower()) if w not in GENERIC_PLACE}

    def c(self, *options):
        return self.rng.choice(options)

    def p(self, it_opts, en_opts):
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
        if self.region == "us":
            return [N(whole), "dollars"] if not cents else [N(whole), "dollars", N(cents)]
        return [N(whole), "pounds"] if not cents else [N(whole), "pounds", N(cents)]

    def price(self, lo: int, hi: int) -> list:
        return self.money(self.rng.randint(lo, hi), self.rng.choice([None, 50, 90, 99, 40, 95]))

    def um(self) -> str:
        return self.p(["ehm,", "mmh,", "vediamo,", "ehm, dunque,"], ["um,", "er,", "uh,", "hang on,"])

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(self.rng.choice(string.digits) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.rng.choice("123456789") + s[1:]
        return s

    def ack(self):
        if self.rng.random() < 0.55:
            self.say("agent", self.p(["Grazie, annotato.", "Perfetto.", "Ricevuto, grazie.", "Bene.",
                                      "Ottimo, ce l'ho."],
                                     ["Got it, thanks.", "Lovely.", "Brilliant.", "Okay, noted.", "Perfect, thank you."]))

    def confirm(self):
        self.say("customer", self.p(["Sì, esatto.", "Giusto.", "Confermo.", "Sì, è quello."],
                                    ["Yes, that's it.", "Spot on.", "That's right.", "Yep, correct."]))

    # ------------------------------------------------------------------ reading digits and letters

    def dictate(self, v: str, sizes: list[int], styles, sp=None, slip=False, hes=False) -> str:
        """Digits cut into groups, each read in its style; a slip says a wrong group first, then the right one."""
        sp, r = sp or self.cust_sp, self.rng
        groups, i = [], 0
        for s in sizes:
            if i < len(v):
                groups.append(v[i:i + s])
                i += s
        if i < len(v):
            groups.append(v[i:])
        if isinstance(styles, str):
            styles = [styles] * len(groups)
        words = []
        for k, grp in enumerate(groups):
            st = styles[k] if k < len(styles) else "single"
            if st == "whole" and len(grp) > 4:
                st = "pairs"
            words.append(sp.group(grp, st))
        if slip and len(groups) > 1:
            k = r.randrange(1, len(groups))
            grp = groups[k]
            j = r.randrange(len(grp))
            wrong = grp[:j] + str((int(grp[j]) + r.randint(1, 8)) % 10) + grp[j + 1:]
            fix = self.p(["no, scusi,", "anzi no,", "no, aspetti,", "no, ho sbagliato,"],
                         ["no, sorry,", "no wait,", "sorry, I mean", "no, scratch that,"])
            words[k] = f"{sp.one_by_one(wrong)}... {fix} {sp.one_by_one(grp)}"
        if hes and len(groups) > 2:
            k = r.randrange(1, len(groups))
            words[k] = self.um() + " " + words[k]
        return ", ".join(words)

    def letter(self, ch: str, mode: str) -> str:
        if mode == "mixed":
            mode = self.rng.choice(["plain", "plain", "come" if self.it else "asin"])
        if self.it:
            if mode == "come":
                return f"{IT_LETTERS[ch]} come {L_IT_SPELL[ch]}"
            if mode == "town":
                return L_IT_SPELL[ch]
            return IT_LETTERS[ch]
        if mode == "asin":
            return f"{ch} as in {L_EN_SPELL[ch]}"
        if mode == "nato":
            return NATO[ch]
        return ch

    def spell(self, code: str, mode: str | None = None, sp=None, digit_style: str | None = None) -> str:
        """Letters named one by one, digit runs dictated; dashes and slashes said."""
        sp, r = sp or self.cust_sp, self.rng
        mode = mode or self.spell_mode
        parts, i = [], 0
        while i < len(code):
            ch = code[i]
            if ch.isalpha():
                parts.append(self.letter(ch.upper(), mode))
                i += 1
            elif ch in "-/":
                parts.append({"-": self.p(["trattino"], ["dash", "hyphen"]),
                              "/": self.p(["barra"], ["slash", "stroke"])}[ch])
                i += 1
            else:
                j = i
                while j < len(code) and code[j].isdigit():
                    j += 1
                run = code[i:j]
                st = digit_style or r.choice(["single", "single", "pairs"])
                if len(run) <= 2:
                    parts.append(sp.whole(run) if st != "single" else sp.one_by_one(run))
                else:
                    size = 3 if len(run) % 3 == 0 else 4
                    parts.append(self.dictate(run, [size] * (len(run) // size + 1), st, sp=sp))
                i = j
        return ", ".join(parts)

    # ------------------------------------------------------------------ values

    def phone(self):
        if "PHONE" not in self.vals:
            r = self.rng
            if self.it:
                if self.purpose not in (SA, TE) and r.random() < 0.25:
                    pre = self.home[3]
                    v = pre + self.digits(10 - len(pre), True)
                    sizes = [len(pre), 3, 10 - len(pre) - 3]
                else:
                    v = "3" + r.choice(L_IT_MOBILE) + self.digits(7)
                    sizes = r.choice([[3, 3, 4], [3, 3, 2, 2], [3, 7], [3, 2, 2, 3]])
            elif self.region == "us":
                v = self.home[3] + r.choice("23456789") + self.digits(6)
                sizes = [3, 3, 4]
            elif r.random() < 0.7 or self.purpose == TE:
                v = "07" + r.choice("4579") + self.digits(8)
                sizes = r.choice([[5, 6], [5, 3, 3], [4, 3, 4]])
            else:
                code = self.home[2]
                v = code + r.choice("2345678") + self.digits(10 - len(code))
                sizes = {3: [3, 4, 4], 4: [4, 3, 4], 5: [5, 6]}[len(code)]
            self.vals["PHONE"] = v
            self.phone_sizes = sizes
        return self.vals["PHONE"], self.phone_sizes

    def phone_spoken(self, style: str, sp=None, slip=False, hes=False) -> str:
        v, sizes = self.phone()
        if style == "whole" and not self.it:
            style = "pairs"
        if style == "mixed":
            styles = ["single"] + [self.rng.choice(["single", "pairs", "whole" if self.it else "pairs"])
                                   for _ in sizes[1:]]
        elif style == "pairs" and self.it:
            styles = ["single"] + ["pairs"] * (len(sizes) - 1)          # "tre quattro sette, ventidue..."
        else:
            styles = style
        if style == "single" and self.rng.random() < 0.4:
            sizes = [3] * (len(v) // 3) if len(v) % 3 != 1 else [3] * (len(v) // 3 - 1) + [4]
        return self.dictate(v, sizes, styles, sp=sp, slip=slip, hes=hes)

    def email(self):
        if "EMAIL" not in self.vals:
            r = self.rng
            first = self.first.lower()
            last = self.last.lower().replace(" ", "").replace("'", "")
            dom = r.choice(L_IT_MAIL if self.it else (L_US_MAIL if self.region == "us" else L_UK_MAIL))
            num = r.choice([str(self.born.year % 100).zfill(2), str(r.randint(2, 99)), str(self.born.year)])
            shape = r.choice(["dot", "dot", "joined", "initial", "under", "lastfirst", "dash"])
            toks = {"dot": [first, ".", last], "joined": [first, last, num], "initial": [first[0], last],
                    "under": [first, "_", last, num], "lastfirst": [last, ".", first], "dash": [first, "-", last]}[shape]
            self.email_toks, self.email_shape = toks, shape
            self.vals["EMAIL"] = "".join(toks) + "@" + dom
        return self.vals["EMAIL"]

    def email_spoken(self, form: str) -> str:
        """form: words (names as words), surname (words, then the surname spelled), letters (all spelled)."""
        r, sp, it = self.rng, self.cust_sp, self.it
        v = self.email()
        local, dom = v.split("@")
        dot = "punto" if it else "dot"
        at = ("chiocciola" if r.random() < 0.75 else "at") if it else "at"
        sym = {".": dot, "_": "trattino basso" if it and r.random() < 0.5 else "underscore",
               "-": "trattino" if it else r.choice(["dash", "hyphen"])}
        if form == "letters":
            out = []
            for ch in local:
                if ch.isalpha():
                    out.append(IT_LETTERS[ch.upper()] if it else ch.upper())
                elif ch.isdigit():
                    out.append(sp.digit(ch))
                else:
                    out.append(sym[ch])
            loc = ", ".join(out)
        else:
            out = []
            for tok in self.email_toks:
                if tok.isdigit():
                    out.append(sp.whole(tok) if len(tok) <= 2 or r.random() < 0.5 else sp.one_by_one(tok))
                elif tok in sym:
                    out.append(sym[tok])
                elif len(tok) == 1:
                    out.append(IT_LETTERS[tok.upper()] if it else tok.upper())
                else:
                    out.append(tok)
            loc = " ".join(out)
            if form == "surname":
                sname = self.last.upper().replace(" ", "").replace("'", "")
                spelled = ", ".join(IT_LETTERS[ch] if it else ch for ch in sname)
                loc += (", " + self.c("si scrive", "cioè") + " " if it else ", " + self.c("that's", "spelt") + " ") \
                    + spelled + ","
        host, *tld = dom.split(".")
        host_s = L_HOST_WORDS.get(host, host)
        return f"{loc} {at} {host_s} " + " ".join(f"{dot} {t}" for t in tld)

    def fiscal(self) -> str:
        if "FISCAL" not in self.vals:
            birth_town = self.rng.choice(L_IT_TOWNS + [self.home] * 3)
            self.vals["FISCAL"] = fiscal_code(self.first, self.last, self.born, self.female, birth_town[2])
        return self.vals["FISCAL"]

    def fiscal_spoken(self, sp=None, mode=None) -> str:
        v, r = self.fiscal(), self.rng
        sp = sp or self.cust_sp
        mode = mode or self.spell_mode
        chunks = [v[:3], v[3:6], v[6:8], v[8], v[9:11], v[11], v[12:15], v[15]]
        out = []
        for ch in chunks:
            if ch.isdigit():
                out.append(sp.whole(ch) if r.random() < 0.5 else sp.one_by_one(ch))
            else:
                out.append(" ".join(self.letter(x, mode) for x in ch))
        return ", ".join(out)

    def iban_value(self) -> str:
        if "IBAN" not in self.vals:
            r = self.rng
            if self.it or r.random() < 0.2:
                bban = r.choice("ABCDEFGHIJKLMNOPRSTUVWXZ") + self.digits(10) + self.digits(12)
                self.vals["IBAN"] = iban("IT", bban)
            else:
                bank = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"])
                self.vals["IBAN"] = iban("GB", bank + self.digits(14))
        return self.vals["IBAN"]

    def iban_spoken(self, slip=False, hes=False, sp=None) -> str:
        v, r = self.iban_value(), self.rng
        sp = sp or self.cust_sp
        if r.random() < 0.55:                       # as printed, in fours
            groups = [v[i:i + 4] for i in range(0, len(v), 4)]
            out = []
            for grp in groups:
                if any(ch.isalpha() for ch in grp):
                    out.append(self.spell(grp, "plain" if self.spell_mode == "town" else self.spell_mode,
                                          sp=sp, digit_style="single"))
                else:
                    out.append(sp.group(grp, r.choice(["single", "single", "pairs"])))
            if slip:
                k = r.randrange(2, len(groups))
                if groups[k].isdigit():
                    j = r.randrange(len(groups[k]))
                    wrong = groups[k][:j] + str((int(groups[k][j]) + 3) % 10) + groups[k][j + 1:]
                    out[k] = f"{sp.one_by_one(wrong)}... " + self.p(["no, scusi,", "anzi,"], ["no, sorry,", "wait, no,"]) \
                        + " " + out[k]
            if hes:
                k = r.randrange(2, len(out))
                out[k] = self.um() + " " + out[k]
            return ", ".join(out)
        return self.spell(v, "plain" if self.spell_mode == "town" else None, sp=sp)

    def card(self) -> str:
        if "CARD" not in self.vals:
            r = self.rng
            kind = r.choice(["visa", "visa", "mc", "mc", "amex"])
            if kind == "amex":
                self.vals["CARD"] = luhn_complete(r.choice(["34", "37"]), 15, r)
            else:
                self.vals["CARD"] = luhn_complete("4" if kind == "visa" else str(r.randint(51, 55)), 16, r)
            self.brand = {"visa": "Visa", "mc": "Mastercard", "amex": "American Express"}[kind]
        return self.vals["CARD"]

    def card_spoken(self, slip=False, hes=False) -> str:
        v = self.card()
        sizes = [4, 6, 5] if len(v) == 15 else [4, 4, 4, 4]
        style = self.c("single", "single", "pairs")
        return self.dictate(v, sizes, style, slip=slip, hes=hes)

    def dob_spoken(self, no_del: bool = False) -> str:
        b, r, sp = self.born, self.rng, self.cust_sp
        if self.it:
            day = "primo" if b.day == 1 else it_words(b.day)
            month = L_IT_MONTHS[b.month - 1]
            yy = it_words(b.year % 100) if b.year < 2000 else it_words(b.year)
            de = ("dell'" if yy[0] in "aeiou" else "del ") + yy
            form = r.choice(["long", "del", "numeric", "digits"] + ([] if no_del else ["first"]))
            if form == "long":
                return f"{day} {month} {it_words(b.year)}"
            if form == "del":
                return f"{day} {month} {de}"
            if form == "first":
                return f"{de}, il {day} {month}"
            if form == "numeric":
                return f"{it_words(b.day)}, {it_words(b.month)}, {yy}"
            return f"{sp.one_by_one(f'{b.day:02d}')}, {sp.one_by_one(f'{b.month:02d}')}, {it_words(b.year)}"
        month = L_EN_MONTHS[b.month - 1]
        us = self.region == "us"
        short_y = en_year(b.year) if b.year >= 2000 else (
            en_words(b.year % 100) if b.year % 100 >= 10 else "oh " + EN_UNITS[b.year % 10])
        forms = ["theof", "monthday", "numeric", "short", "year_first"]
        form = r.choice(forms)
        if form == "theof":
            return f"the {en_ordinal(b.day)} of {month}, {en_year(b.year)}"
        if form == "monthday":
            return f"{month} the {en_ordinal(b.day)}, {short_y if r.random() < 0.5 else en_year(b.year)}" \
                if not us else f"{month} {en_ordinal(b.day)}, {en_year(b.year)}"
        if form == "numeric":
            d, m = sp.one_by_one(f"{b.day:02d}"), sp.one_by_one(f"{b.month:02d}")
            return f"{m}, {d}, {short_y}" if us else f"{d}, {m}, {short_y}"
        if form == "short":
            return f"{en_ordinal(b.day)} {month} {short_y}"
        return f"{en_year(b.year)}, {month} {en_ordinal(b.day)}"

    def postcode(self) -> str:
        if "PC" not in self.vals:
            r = self.rng
            self.vals["PC"] = f"{self.home[1]} {r.choice('123456789')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
                              f"{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        return self.vals["PC"]

    def postcode_spoken(self, sp=None) -> str:
        sp, r = sp or self.cust_sp, self.rng
        out_code, in_code = self.postcode().split()
        letters = "".join(ch for ch in out_code if ch.isalpha())
        nums = out_code[len(letters):]
        mode = "asin" if r.random() < 0.2 else "plain"
        o = " ".join(self.letter(ch, mode) for ch in letters) + " " + (
            en_words(int(nums)) if r.random() < 0.6 else sp.one_by_one(nums))
        i = sp.digit(in_code[0]) + " " + " ".join(self.letter(ch, mode) for ch in in_code[1:])
        return f"{o}, {i}"

    def cap_spoken(self, cap: str) -> str:
        """A CAP digit by digit, in pairs after the first digit, or as one number ("trentaseimilacento")."""
        how = self.c("single", "single", "pairs", "whole")
        if how == "whole" and cap[0] != "0":
            return it_words(int(cap))
        return self.dictate(cap, [5], "pairs" if how == "pairs" else "single")

    def address(self, form: str | None = None):
        """The caller's home address: (value, spoken). Italian forms: full, town_first, civico, cap_word,
        scala; UK: full, flat; US: apt."""
        r, sp = self.rng, self.cust_sp
        if self.it:
            kind, name = self.street
            town = self.home[0]
            if "CAP" not in self.vals:
                self.vals["CAP"] = r.choice(self.home[1])
            cap = self.vals["CAP"]
            n = self.house
            cap_s = self.cap_spoken(cap)
            num = it_words(n)
            form = form or r.choice(["full", "full", "town_first", "civico", "cap_word", "scala"])
            if form == "full":
                return f"{kind} {name} {n}, {cap} {town}", f"{kind} {name} {num}, {cap_s}, {town}"
            if form == "town_first":
                return f"{town}, {kind} {name} {n}", f"{town}, {kind} {name} numero {num}"
            if form == "civico":
                return f"{kind} {name} {n}, {town}", f"{kind} {name}, civico {num}, a {town}"
            if form == "cap_word":
                return f"{kind} {name} {n}, {cap} {town}", f"{kind} {name} {num}, {town}, CAP {cap_s}"
            scala, interno = r.choice("ABCD"), r.randint(2, 24)
            return (f"{kind} {name} {n}, scala {scala}, interno {interno}, {cap} {town}",
                    f"{kind} {name} {num}, scala {IT_LETTERS[scala]}, interno {it_words(interno)}, {cap_s} {town}")
        if self.region == "uk":
            town = self.home[0]
            n = self.house
            num = en_words(n) if n < 100 or r.random() < 0.5 else sp.pairs(str(n))
            form = form or r.choice(["full", "full", "flat"])
            if form == "flat":
                fl = r.randint(1, 16)
                return (f"Flat {fl}, {n} {self.street}, {town} {self.postcode()}",
                        f"flat {en_words(fl)}, {num} {self.street}, {town}, {self.postcode_spoken()}")
            return f"{n} {self.street}, {town} {self.postcode()}", \
                f"{num} {self.street}, {town}, {self.postcode_spoken()}"
        city, state, zips, _ = self.home
        if "ZIP" not in self.vals:
            self.vals["ZIP"] = r.choice(zips)
        z = self.vals["ZIP"]
        n = self.house
        apt = r.randint(2, 40) if r.random() < 0.5 else None
        v = f"{n} {self.street}" + (f", Apt {apt}" if apt else "") + f", {city}, {state} {z}"
        s = f"{sp.pairs(str(n))} {self.street}" + (f", apartment {en_words(apt)}" if apt else "") + \
            f", {city}, {state}, {sp.one_by_one(z)}"
        return v, s

    def other_address(self):
        """An address that is not the caller's home (a workplace, a school): same town, another street."""
        r, sp = self.rng, self.cust_sp
        n = r.randint(2, 120)
        if self.it:
            kind, name = r.choice([s for s in L_IT_STREETS if s != self.street])
            self.add_private(name)
            town = self.home[0]
            if r.random() < 0.5:
                return f"{kind} {name} {n}, {town}", f"{kind} {name} {it_words(n)}, a {town}"
            return f"{kind} {name} {n}", f"{kind} {name}, numero {it_words(n)}"
        if self.region == "uk":
            street = r.choice([s for s in L_UK_STREETS if s != self.street])
        else:
            street = r.choice([s for s in L_US_STREETS if s != self.street])
        self.add_private(street)
        if r.random() < 0.5:
            return f"{n} {street}, {self.home[0]}", f"{en_words(n)} {street}, in {self.home[0]}"
        return f"{n} {street}", f"{en_words(n)} {street}"

    def code(self, kind: str) -> str:
        """Order, invoice or ticket references."""
        if kind not in self.vals:
            r = self.rng
            yr = r.choice([2024, 2025, 2026])
            if kind == "ORDER":
                shape = r.choice(["digits", "digits", "letters", "slash"])
                if shape == "digits":
                    v = self.digits(r.choice([9, 10]), True)
                elif shape == "letters":
                    v = r.choice("BCDFGHKLMNPQRTVWXZ") + r.choice("ABCDEFHKMNPRTWXY") + self.digits(7, True)
                else:
                    v = f"{yr}/{self.digits(6)}"
            elif kind == "INVOICE":
                shape = r.choice(["ft", "slash", "digits"]) if self.it else r.choice(["inv", "inv", "digits", "dash"])
                if shape == "ft":
                    v = f"FT{yr % 100}{self.digits(6)}"
                elif shape == "slash":
                    v = f"{self.digits(6, True)}/{yr}"
                elif shape == "inv":
                    v = f"INV{self.digits(7, True)}"
                elif shape == "dash":
                    v = f"BL-{self.digits(8, True)}"
                else:
                    v = self.digits(10, True)
            else:
                shape = r.choice(["sr", "digits", "inc"]) if self.it else r.choice(["inc", "digits", "cs"])
                if shape == "sr":
                    v = f"SR{self.digits(7, True)}"
                elif shape == "inc":
                    v = f"INC{self.digits(7, True)}"
                elif shape == "cs":
                    v = f"CS-{self.digits(6, True)}"
                else:
                    v = self.digits(8, True)
            self.vals[kind] = v
        return self.vals[kind]

    def code_spoken(self, kind: str, style: str | None = None, sp=None, slip=False, hes=False) -> str:
        v, r = self.code(kind), self.rng
        sp = sp or self.cust_sp
        if v.isdigit():
            sizes = r.choice([[3] * 4, [4, 3, 3], [2] * 5]) if len(v) >= 9 else r.choice([[4, 4], [2] * 4])
            return self.dictate(v, sizes, style or r.choice(["single", "single", "pairs"]), sp=sp, slip=slip,
                                hes=hes)
        m = re.fullmatch(r"(\d{4})/(\d+)", v)
        if m:
            year = it_words(int(m[1])) if self.it else en_year(int(m[1]))
            return f"{year}, {self.p(['barra'], ['slash', 'forward slash'])}, " + \
                self.dictate(m[2], [3, 3], style or "single", sp=sp, slip=slip, hes=hes)
        m = re.fullmatch(r"(\d+)/(\d{4})", v)
        if m:
            return self.dictate(m[1], [3, 3], style or "single", sp=sp, slip=slip, hes=hes) + \
                ", barra " + it_words(int(m[2]))
        return self.spell(v, "plain" if sp is self.agent_sp else None, sp=sp, digit_style=style)

    def health(self, stage: str):
        """stage: 'reason' (what the call is about) or 'mid' (asked, or explaining a need)."""
        if "HEALTH" not in self.vals:
            fits = [h for h in L_HEALTH if self.purpose in h[5]
                    and (stage == "reason" or not h[3].startswith(("my insulin", "I'm coeliac")))]
            self.vals["HEALTH"] = self.rng.randrange(len(fits))
            self.health_row = fits[self.vals["HEALTH"]]
        h = self.health_row
        if self.it:
            v = self.g(h[0], h[1])
            tail = h[2] if self.female is False else h[2].replace("rimasto", "rimasta")
            return ("HEALTH", v, v), tail
        return ("HEALTH", h[3], h[3]), h[4]

    # ------------------------------------------------------------------ the plan

    def plan(self) -> list[Item]:
        r, P = self.rng, self.purpose
        keep = [k for k in KEEPS[P] if self.it or k != "FISCAL"]
        extra = [k for k in EXTRAS[P] if self.it or k != "FISCAL"]
        items = [Item(k) for k in keep]
        self.vol = self.off = None
        if "volunteer" in self.features:
            choices = {CC: ["card_reason", "dob_name", "dob_mid"], SA: ["card_mid", "dob_name", "dob_mid"],
                       BI: ["card_reason", "dob_name", "card_mid"], TE: ["card_mid", "dob_name", "dob_mid"]}[P]
            self.vol = Item("VOL", r.choice(choices))
            items.append(self.vol)
            gone = "CARD" if "card" in self.vol.variant else "DOB"
            extra = [k for k in extra if k != gone]
        if "offtopic" in self.features:
            self.off = Item("OFF", r.choice(["work", "school", "partner"]))
            items.append(self.off)
        if "twice" in self.features:
            cands = [i for i in items if i.kind in ("PHONE", "EMAIL", "ORDER")]
            if not cands:
                k = r.choice([k for k in ("PHONE", "EMAIL") if k in extra])
                extra.remove(k)
                cands = [Item(k)]
                items += cands
            r.choice(cands).twice = True
        target = r.randint(8, 11)
        r.shuffle(extra)
        for k in extra:
            if sum(i.cost() for i in items) + 1 <= target and r.random() < 0.85:
                items.append(Item(k))
        for it in items:
            if it.kind == "HEALTH":
                it.variant = r.choice(["reason", "mid"])
            if it.kind == "TICKET":
                it.variant = r.choice(["old", "new"])
            if it.kind in LOOKUP and r.random() < 0.3:
                it.look = True
            if it.kind in SLIP and r.random() < 0.2:
                it.slip = True
            if r.random() < 0.25:
                it.hes = True
        while sum(i.cost() for i in items) < target:
            opts = [("rb", i) for i in items if i.kind in READBACK and not i.rb and not i.split
                    and not (i.kind == "EMAIL" and i.twice)]
            opts += [("split", i) for i in items if i.kind == "ADDRESS" and not i.split and not i.rb
                     and self.region == "it"]
            if not self.spell_surname:
                opts.append(("spell", None))
            if not self.bye:
                opts.append(("bye", None))
            if not opts:
                break
            what, it = r.choice(opts)
            if what == "spell":
                self.spell_surname = True
                items.append(Item("SPELLNAME"))
            elif what == "bye":
                self.bye = True
                items.append(Item("BYE"))
            else:
                setattr(it, what, True)
        return items

    # ------------------------------------------------------------------ asking

    def ask(self, item: Item):
        getattr(self, "ask_" + item.kind.lower())(item)

    def q(self, it_cats, en_cats) -> str:
        """A question from one of the categories (short, long and polite, indirect)."""
        return self.c(*self.c(*(it_cats if self.it else en_cats)))

    def lookup(self, what_it: list, what_en: list) -> str:
        self.say("customer", self.p(what_it, what_en))
        self.say("agent", self.p(["Faccia con comodo.", "Certo, attendo in linea.", "Nessuna fretta."],
                                 ["No problem.", "Take your time.", "Sure, I'll hold."]))
        return self.p(["Ecco, trovato:", "Allora, eccolo:", "Sì, ce l'ho:"], ["Right, got it:", "Okay, here we go:",
                                                                          "Found it, it's"])

    def ask_phone(self, item: Item):
        P = self.purpose
        indirect_it = {CC: "Se il corriere non trova il portone, come la rintraccia?",
                       SA: "Se le preparo l'offerta, dove la richiamo per parlarne?",
                       BI: "Se ci servisse un chiarimento sulla pratica, come la raggiungiamo?",
                       TE: "Se il tecnico deve avvisarla prima di passare, dove la chiama?"}[P]
        indirect_en = {CC: "How can the driver reach you if he can't find the place?",
                       SA: "Once I've put the quote together, where can I call you to go through it?",
                       BI: "If we need to check anything on the account, how can we reach you?",
                       TE: "How will the engineer let you know he's on his way?"}[P]
        it_q = [["Il suo cellulare?", "Un numero di telefono?", "E un recapito?"],
                ["Per completare la pratica avrei bisogno di un numero di telefono al quale contattarla, se non le "
                 "dispiace.", "Mi potrebbe lasciare, per cortesia, un numero dove trovarla durante il giorno?"],
                ["Se cade la linea, come faccio a richiamarla?", indirect_it,
                 "Dove le mandiamo il messaggio con il codice?"]]
        en_q = [["Best number for you?", "Mobile number?", "And a contact number?"],
                ["Would you mind giving me a contact number, just so we can get hold of you if anything changes?",
                 "Could I possibly take a phone number where you're easiest to reach during the day?"],
                ["If we get cut off, how do I get back to you?", indirect_en,
                 "Where shall I send the text with the code?"]]
        self.say("agent", self.q(it_q, en_q))
        v = self.phone()[0]
        mobile = v.startswith("3") if self.it else (v.startswith("07") or self.region == "us")
        cell = "cell" if self.region == "us" else "mobile"
        if mobile:
            lead = self.p(["sì, allora,", "è il", "mi trova al", "il mio cellulare è il", "segni pure:", "dunque,", ""],
                          ["yeah, it's", "you can get me on", "it's", f"best is my {cell},", "sure, got a pen?",
                           "okay,"])
            tail = self.p(["", "", "è un cellulare.", "di giorno mi trova sempre.", "anche su WhatsApp."],
                          ["", "", f"that's my {cell}.", "any time after lunch is fine.", "I've got it on me all day."])
        else:
            lead = self.p(["il fisso è", "mi chiami a casa, al", "allora, il numero di casa è", "segni pure:"],
                          ["the landline's best,", "try the house phone,", "home number is", "it's"])
            tail = self.p(["", "la sera ci sono sempre.", "il cellulare prende male."],
                          ["", "there's usually someone in.", "my mobile signal's terrible here."])
        if item.look:
            lead = self.lookup(["Aspetti, è un numero nuovo, lo devo leggere dal telefono.", "Un attimo che lo cerco."],
                               ["Hang on, it's a new phone, I don't know it by heart.", "Give me a sec to find it."])
        first = self.c("pairs", "whole", "mixed") if item.twice else self.c("single", "single", "pairs", "mixed")
        self.phone_first = first
        self.say("customer", lead, ("PHONE_NUMBER", v, self.phone_spoken(first, slip=item.slip, hes=item.hes)), tail)
        if item.rb:
            self.say("agent", self.p(["Ripeto per sicurezza:", "Quindi", "Allora, mi segno"],
                                     ["Let me read that back:", "So that's", "I've got"]),
                     ("PHONE_NUMBER", v, self.phone_spoken("single", sp=self.agent_sp)),
                     self.p(["giusto?", "corretto?", "è così?"], ["is that right?", "yeah?", "correct?"]))
            self.confirm()
        else:
            self.ack()

    def ask_email(self, item: Item):
        it_q = [["E la mail?", "Un indirizzo email?", "Ha un'email?"],
                ["Per inviarle il riepilogo e le condizioni, mi può indicare un indirizzo di posta elettronica, "
                 "per favore?", "Se è così gentile, mi lascerebbe anche un indirizzo email per la corrispondenza?"],
                ["Dove le mandiamo la conferma scritta?", "I documenti dove preferisce riceverli?"]]
        en_q = [["And an email?", "Email address?", "Have you got an email?"],
                ["So I can send you everything in writing, would you mind giving me an email address?",
                 "If it's no trouble, could I take an email address for the paperwork as well?"],
                ["Where shall we send the paperwork?", "Where would you like the confirmation to go?"]]
        self.say("agent", self.q(it_q, en_q))
        lead = self.p(["sì, è", "allora, scriva:", "la mia mail è", "guardi, è", "certo:"],
                      ["it's", "yeah, it's", "go on then, it's", "okay, so", "sure,"])
        form = "words" if item.twice else self.c("words", "words", "surname", "letters")
        tail = self.p(["tutto minuscolo.", "senza spazi.", "", ""], ["all lowercase.", "no capitals.", "", ""])
        self.say("customer", lead, ("EMAIL_ADDRESS", self.email(), self.email_spoken(form)), tail)
        if item.rb:
            self.say("agent", self.p(["Rileggo:", "Quindi"], ["Reading that back:", "So that's"]),
                     ("EMAIL_ADDRESS", self.email(), self.email_spoken("words")),
                     self.p(["giusto?", "va bene?"], ["right?", "have I got that?"]))
            self.confirm()
        else:
            self.ack()

    def ask_address(self, item: Item):
        P = self.purpose
        if P == CC:
            it_q = [["Indirizzo di consegna?", "Dove lo spediamo?"],
                    ["Mi conferma per cortesia l'indirizzo completo di consegna, con numero civico e CAP?"],
                    ["Dove glielo mandiamo?", "Il pacco dove deve arrivare?"]]
            en_q = [["Delivery address?", "Where's it going?"],
                    ["Could you give me the full delivery address, including the postcode, please?"],
                    ["Where shall we send it?", "And where does it need to end up?"]]
        elif P == BI:
            it_q = [["L'indirizzo di fatturazione?", "Residenza?"],
                    ["Mi servirebbe l'indirizzo di fatturazione esatto, quello che vuole vedere stampato sulle fatture."],
                    ["Dove le arriva la posta?", "Le fatture cartacee dove gliele mandiamo?"]]
            en_q = [["Billing address?", "And your address?"],
                    ["Could you confirm the billing address exactly as you'd like it to appear on the invoices?"],
                    ["Where do the bills go?", "Where does your post get sent?"]]
        elif P == TE:
            it_q = [["Indirizzo dell'impianto?", "Dov'è la linea?"],
                    ["Per mandare un tecnico mi serve l'indirizzo dove è installata la linea, per favore."],
                    ["Dove deve venire il tecnico?", "Dove si trova il modem?"]]
            en_q = [["Installation address?", "Where's the line?"],
                    ["To book an engineer I'll need the address where the line's installed, please."],
                    ["Where would the engineer be going?", "Where's the router, address-wise?"]]
        else:
            it_q = [["Dove abita?", "In che zona è?"],
                    ["Per verificare la copertura nella sua zona mi serve l'indirizzo, se me lo può dare."],
                    ["Dove le dovremmo attivare il servizio?"]]
            en_q = [["Where are you based?", "And your address?"],
                    ["So I can check what's available where you live, could I take your address?"],
                    ["Where would we be connecting you?"]]
        self.say("agent", self.q(it_q, en_q))
        r = self.rng
        if item.split and self.it:
            kind, name = self.street
            self.say("customer", self.p(["Allora,", "Sto in", "Abito in", ""], [""]),
                     ("ADDRESS", f"{kind} {name} {self.house}", f"{kind} {name} {it_words(self.house)}"))
            self.say("agent", self.c("E CAP e città?", "Il comune e il CAP?", "In che comune, con il CAP?"))
            if "CAP" not in self.vals:
                self.vals["CAP"] = r.choice(self.home[1])
            cap = self.vals["CAP"]
            self.say("customer", self.c("", "allora,", "è"),
                     ("ADDRESS", f"{cap} {self.home[0]}",
                      f"{self.cap_spoken(cap)}, {self.home[0]}"))
            self.ack()
            return
        if item.rb and not self.it and self.region == "uk" and r.random() < 0.4:
            # postcode and house number; the agent finds the street and reads the whole address back
            self.say("customer", self.c("The postcode's", "Postcode is", "It's"),
                     ("ADDRESS", f"{self.house}, {self.postcode()}",
                      f"{self.postcode_spoken()}, number {en_words(self.house)}"))
            v = f"{self.house} {self.street}, {self.home[0]}"
            self.say("agent", self.c("Let me find that... so that's", "Okay, the system's giving me"),
                     ("ADDRESS", v, f"{en_words(self.house)} {self.street}, {self.home[0]}"),
                     self.c("yes?", "is that you?"))
            self.confirm()
            return
        v, s = self.address()
        starts_town = s.split(",")[0] == self.home[0]
        if self.it:
            lead = self.c("sto a", "abito a", "allora,") if starts_town else self.c("sto in", "abito in", "allora,",
                                                                                   "è", "in")
        else:
            lead = self.c("it's", "I'm at", "we're at", "that's", "send it to" if P == CC else "it's")
        tail = self.p(["", "", "il citofono è a mio nome.", "è una casa gialla, non si sbaglia."] if P == CC else [""],
                      ["", "", "there's a blue door.", "it's the flat above the bakery."] if P == CC else [""])
        self.say("customer", lead, ("ADDRESS", v, s), tail)
        if item.rb:
            self.say("agent", self.p(["Ricapitolo:", "Quindi"], ["Just to check:", "So that's"]),
                     ("ADDRESS", v, self.address_readback(v)), self.p(["corretto?", "giusto?"], ["right?", "yes?"]))
            self.confirm()
        else:
            self.ack()

    def address_readback(self, v: str) -> str:
        """The agent reads an address value back plainly."""
        sp = self.agent_sp
        tail = ""
        if not self.it and self.region == "uk" and v.endswith(self.postcode()):
            v = v[:-len(self.postcode())].rstrip(" ,")
            tail = ", " + self.postcode_spoken(sp=sp)
        out = []
        for tok in re.findall(r"[A-Za-zÀ-ÿ']+|\d+|[,/]", v):
            if tok.isdigit():
                if len(tok) == 5:
                    out.append(sp.one_by_one(tok))
                elif self.it:
                    out.append(it_words(int(tok)))
                elif len(tok) > 2 and self.region == "us":
                    out.append(sp.pairs(tok))
                else:
                    out.append(en_words(int(tok), uk=self.region == "uk"))
            elif tok == "/":
                out.append("barra")
            elif tok == "Apt":
                out.append("apartment")
            elif len(tok) == 1 and tok.isupper() and self.it:
                out.append(IT_LETTERS[tok])
            else:
                out.append(tok)
        return " ".join(out).replace(" ,", ",") + tail

    def ask_order(self, item: Item):
        it_q = [["Il numero d'ordine?", "Ha il numero dell'ordine?"],
                ["Ha sottomano la mail di conferma? In alto trova il numero dell'ordine, me lo potrebbe leggere?"],
                ["Con quale riferimento risulta l'acquisto?", "Come posso rintracciare l'acquisto?"]]
        en_q = [["Order number?", "Have you got the order number?"],
                ["Have you got the confirmation email there? There's an order number at the top, "
                 "could you read it out for me?"],
                ["What did the order come through as?", "How can I find the order on my side?"]]
        self.say("agent", self.q(it_q, en_q))
        self._code_answer(item, "ORDER",
                          (["Aspetti che apro la mail.", "Un attimo, ce l'ho sul telefono."],
                           ["Hang on, let me find the email.", "Hang on a sec, it's on my phone somewhere."]))

    def ask_invoice(self, item: Item):
        it_q = [["Numero della fattura?", "Di quale fattura parliamo?"],
                ["Mi può leggere il numero della fattura che vuole contestare? Lo trova in alto a destra."],
                ["Quale bolletta le risulta sbagliata?"]]
        en_q = [["Invoice number?", "Which invoice is it?"],
                ["Could you read me the number of the invoice you're querying? It's in the top right corner."],
                ["Which bill are we talking about?"]]
        self.say("agent", self.q(it_q, en_q))
        self._code_answer(item, "INVOICE",
                          (["Un attimo che prendo la bolletta.", "Aspetti, devo trovare il foglio."],
                           ["Hang on, the bill's on the side somewhere.", "Just a minute, I'll grab the letter."]))

    def ask_ticket(self, item: Item):
        if item.variant == "new":
            self.say("agent", self.p(["Le apro una segnalazione. Si segni il numero, le servirà se richiama:",
                                      "Ho aperto il ticket, il riferimento è"],
                                     ["I've raised a fault for you. Have you got a pen? The reference is",
                                      "Okay, I've opened a ticket, the number's"]),
                     ("ORDER_NUMBER", self.code("TICKET"),
                      self.code_spoken("TICKET", style="single", sp=self.agent_sp)))
            if item.rb:
                self.say("customer", self.p(["Ripeto:", "Allora,"], ["So that's", "Let me repeat that,"]),
                         ("ORDER_NUMBER", self.code("TICKET"), self.code_spoken("TICKET")),
                         self.p(["giusto?", "va bene?"], ["right?", "yeah?"]))
                self.say("agent", self.p(["Esatto.", "Perfetto."], ["That's it.", "Spot on."]))
            else:
                self.say("customer", self.p(["Segnato, grazie.", "Ok, me lo scrivo."], ["Got it.", "Written down."]))
            return
        it_q = [["Ha un numero di segnalazione?", "Il codice del ticket?"],
                ["Se ha già aperto una segnalazione con un mio collega, mi può dare il codice così recupero la storia?"],
                ["L'altra volta le avevano dato un riferimento?"]]
        en_q = [["Have you got a ticket number?", "Fault reference?"],
                ["If you've already spoken to a colleague about this, could you give me the reference so I can "
                 "pull up the history?"],
                ["Did they give you a reference last time you called?"]]
        self.say("agent", self.q(it_q, en_q))
        self._code_answer(item, "TICKET",
                          (["Sì, aspetti che ce l'ho su un foglietto.", "Mi era arrivato un SMS, lo cerco."],
                           ["Yeah, hang on, it's on a post-it.", "They texted it to me, let me look."]))

    def _code_answer(self, item: Item, kind: str, look_lines):
        lead = self.p(["sì,", "allora, è", "il numero è", "dunque,", "è"],
                      ["yeah, it's", "sure,", "it's", "right, it's", "okay,"])
        if item.look:
            lead = self.lookup(*look_lines)
        first = "pairs" if item.twice else None
        self.order_first = first
        v = self.code(kind)
        self.say("customer", lead, ("ORDER_NUMBER", v, self.code_spoken(kind, style=first, slip=item.slip,
                                                                         hes=item.hes)))
        if item.rb:
            self.say("agent", self.p(["Ripeto:", "Quindi"], ["Let me read that back:", "So that's"]),
                     ("ORDER_NUMBER", v, self.code_spoken(kind, style="single", sp=self.agent_sp)),
                     self.p(["giusto?", "corretto?"], ["right?", "correct?"]))
            self.confirm()
        else:
            self.ack()

    def ask_fiscal(self, item: Item):
        it_q = [["Codice fiscale?", "Mi dice il codice fiscale?"],
                ["Per poter intestare correttamente il contratto mi servirebbe il codice fiscale del titolare, "
                 "per favore." if self.purpose == SA else
                 "Per verificare che sia il titolare del contratto, mi può dettare il codice fiscale, per favore?"],
                ["Il codice fiscale lo trova sulla tessera sanitaria: me lo legge?"]]
        self.say("agent", self.q(it_q, it_q))
        lead = self.c("sì,", "allora,", "glielo leggo:", "è")
        if item.look:
            lead = self.lookup(["Aspetti che prendo la tessera sanitaria dal portafoglio."], [""])
        v = self.fiscal()
        self.say("customer", lead, ("IT_FISCAL_CODE", v, self.fiscal_spoken()))
        if item.rb:
            self.say("agent", self.c("Rileggo:", "Quindi"),
                     ("IT_FISCAL_CODE", v, self.fiscal_spoken(sp=self.agent_sp, mode="plain")),
                     self.c("corretto?", "giusto?"))
            self.confirm()
        else:
            self.ack()

    def ask_iban(self, item: Item):
        if self.purpose == BI:
            it_q = [["L'IBAN?", "Mi detta l'IBAN?"],
                    ["Per attivare l'addebito diretto mi servono le coordinate bancarie complete, cioè l'IBAN, "
                     "se me lo può leggere con calma."],
                    ["Su quale conto vuole ricevere il rimborso?", "Da quale conto prendiamo i pagamenti?"]]
            en_q = [["IBAN?", "Could you read me the IBAN?"],
                    ["To set up the direct debit I'll need the full bank details, the IBAN, if you could read it "
                     "out slowly."],
                    ["Which account should the refund go back to?", "Where should the payments come from?"]]
        else:
            it_q = [["L'IBAN per la domiciliazione?"],
                    ["Se preferisce pagare con addebito sul conto, mi può dare l'IBAN?"],
                    ["Da quale conto vuole che partano i pagamenti?"]]
            en_q = [["Bank details for the direct debit?"],
                    ["If you'd like to pay by direct debit, could I take the IBAN of the account?"],
                    ["Which account would you like the payments to come out of?"]]
        self.say("agent", self.q(it_q, en_q))
        lead = self.p(["allora,", "sì, è", "le leggo:", "dunque,"], ["okay, it's", "right,", "here goes:", "it's"])
        if item.look:
            lead = self.lookup(["Aspetti che apro l'app della banca.", "Un attimo, devo prendere il libretto."],
                               ["Hang on, I need to log in to the banking app.", "Just a sec, it's on my statement."])
        v = self.iban_value()
        self.say("customer", lead, ("IBAN_CODE", v, self.iban_spoken(slip=item.slip, hes=item.hes)))
        if item.rb:
            self.say("agent", self.p(["Rileggo:", "Quindi"], ["Reading it back:", "So that's"]),
                     ("IBAN_CODE", v, self.spell(v, "plain", sp=self.agent_sp, digit_style="single")),
                     self.p(["corretto?", "giusto?"], ["correct?", "right?"]))
            self.confirm()
        else:
            self.ack()

    def ask_card(self, item: Item):
        N, P = self.N, self.purpose
        fee = {CC: (9, 19), SA: (19, 49), BI: (25, 140), TE: (29, 69)}[P]
        what_it = {CC: "la nuova spedizione", SA: "il contributo di attivazione", BI: "l'importo arretrato",
                   TE: "l'uscita del tecnico"}[P]
        what_en = {CC: "the redelivery", SA: "the set-up fee", BI: "the outstanding balance",
                   TE: "the engineer's call-out"}[P]
        direct = self.rng.random() < 0.35            # the agent asks for the number straight away
        if self.it:
            self.say("agent", f"Per {what_it} ci sono", *self.price(*fee), ".",
                     "Mi può dare il numero della carta con cui vuole pagare, per cortesia?" if direct else
                     self.c("Come preferisce pagare?", "Vuole saldare adesso con la carta?"))
            if not direct:
                self.say("customer", self.c("Con la carta, va bene.", "Va bene, pago con la carta."))
                self.say("agent", self.c("Mi legga pure il numero.", "Prego, mi dica le cifre.", "Il numero?"))
        else:
            self.say("agent", "There's", *self.price(*fee), f"for {what_en}.",
                     "Could you give me the long number on the card you'd like to use, please?" if direct else
                     self.c("How would you like to pay?", "Shall we put that on a card now?"))
            if not direct:
                self.say("customer", self.c("Card's fine.", "I'll pay by card, yeah."))
                self.say("agent", self.c("Go ahead with the number.", "Whenever you're ready.", "The card number?"))
        v = self.card()
        art = "an" if self.brand[0] in "AEIOU" else "a"
        lead = self.p(["allora,", f"è una {self.brand},", "dunque,"], ["okay,", f"it's {art} {self.brand},", "right,"])
        if item.look:
            lead = self.lookup(["Aspetti che prendo il portafoglio."], ["Hang on, my purse is in the other room."
                                                                        if self.female else
                                                                        "Hang on, my wallet's in the car."])
        self.say("customer", lead, ("CREDIT_CARD", v, self.card_spoken(slip=item.slip, hes=item.hes)))
        self.say("agent", self.p(["Perfetto, pagamento autorizzato.", "Fatto, le arriva la ricevuta."],
                                 ["That's gone through, thanks.", "Lovely, that's been authorised."]))

    def ask_dob(self, item: Item):
        it_q = [["Data di nascita?", self.g("Quando è nato?", "Quando è nata?")],
                ["Per ragioni di sicurezza le chiedo anche la data di nascita, così verifico che sia il titolare."],
                ["Mi conferma quando è " + self.g("nato", "nata") + ", per la verifica?"]]
        en_q = [["Date of birth?", "And your birthday?"],
                ["Just for security, could you confirm your date of birth so I know I'm speaking to the account "
                 "holder?"],
                ["And when were you born, for the security check?"]]
        self.say("agent", self.q(it_q, en_q))
        lead = self.p(["il", self.g("sono nato il", "sono nata il"), "allora,", ""], ["it's", "I was born on", "",
                                                                                     "yeah,"])
        s = self.dob_spoken()
        if self.it and s.startswith(("del ", "dell'")):
            lead = self.c("sono", "allora, sono")
        if lead == "I was born on" and s.split()[0] in ("nineteen", "two"):
            lead = "I was born in"
        self.say("customer", lead, ("DATE_OF_BIRTH", self.born.isoformat(), s))
        self.ack()

    def ask_health(self, item: Item):
        P = self.purpose
        it_q = {CC: ["Ha qualche esigenza particolare per la consegna?", "C'è qualcosa che il corriere deve sapere?"],
                SA: ["C'è qualcosa che posso fare per renderle la cosa più semplice?"],
                BI: ["C'è qualche situazione che le rende difficile gestire i pagamenti? Abbiamo delle "
                     "agevolazioni."],
                TE: ["C'è qualcosa che dobbiamo sapere, tipo apparecchi che dipendono dalla linea?",
                     "Ha bisogno di un intervento prioritario per qualche motivo?"]}[P]
        en_q = {CC: ["Is there anything the driver should know?", "Any particular needs for the delivery?"],
                SA: ["Is there anything I can do to make this easier for you?"],
                BI: ["Is there anything going on that makes the bills harder to manage? We do have support "
                     "options."],
                TE: ["Is there anything at home that relies on the connection, medical equipment or similar?",
                     "Is there a reason we should treat this as a priority?"]}[P]
        self.say("agent", self.p(it_q, en_q))
        val, tail = self.health("mid")
        self.say("customer", self.p(["Sì, guardi,", "Beh, sì,", "Le spiego,"], ["Well, yes,", "Actually, yes,",
                                                                               "The thing is,"]),
                 val, (", " + tail + ".") if tail else ".")
        self.say("agent", self.p(["Capisco, lo segnalo subito.", "Grazie di avermelo detto, ne teniamo conto."],
                                 ["Understood, I'll flag that.", "Thanks for telling me, I'll put a note on."]))

    # ------------------------------------------------------------------ the new features

    def ask_vol(self, item: Item):
        """Data volunteered mid-call (card_mid, dob_mid); card_reason and dob_name are said elsewhere."""
        N, P = self.N, self.purpose
        if item.variant == "card_mid":
            fee = self.price(15, 60)
            if self.it:
                self.say("agent", "Le anticipo che per questa operazione c'è un costo di", *fee, ".")
                self.say("customer", self.c("Va bene, glielo pago subito così non ci penso più, la carta è",
                                            "Nessun problema, intanto le do la carta:"),
                         ("CREDIT_CARD", self.card(), self.card_spoken()))
                self.say("agent", self.c("Si fermi pure, il numero della carta non mi serve: l'importo le arriverà "
                                         "in fattura.", "Aspetti, non mi deve dare la carta al telefono, lo "
                                         "addebitiamo sul contratto."))
            else:
                self.say("agent", "Just so you know, there's a charge of", *fee, "for that.")
                self.say("customer", self.c("That's fine, I'll pay it now, the card is",
                                            "No problem, take it off my card,"),
                         ("CREDIT_CARD", self.card(), self.card_spoken()))
                self.say("agent", self.c("Oh, you don't need to read me the card, it'll just go on your next bill.",
                                         "Stop there, sorry, I don't need the card number, it's added to the account."))
            self.say("customer", self.p(["Ah, va bene.", "Ah, scusi."], ["Oh, right.", "Oh, sorry."]))
            return
        # dob_mid
        s = ("DATE_OF_BIRTH", self.born.isoformat(), self.dob_spoken(no_del=True))
        if P in (SA, BI):
            age = 2026 - self.born.year
            if age >= 60:
                over = max(a for a in (60, 65, 70) if a <= age)
                if self.it:
                    self.say("customer", "Ah, un'altra cosa: ho letto che c'è lo sconto per chi ha più di", N(over),
                             "anni. Io sono " + self.g("nato", "nata") + " il", s, ", quindi dovrei rientrarci.")
                else:
                    self.say("customer", "Oh, and I saw there's a discount if you're over", N(over), ". I was born", s,
                             ", so I should qualify.")
            elif self.it:
                self.say("customer", "Ah, e ho visto che nel mese del compleanno fate lo sconto del", N(10),
                         "percento: io sono " + self.g("nato", "nata") + " il", s, ", quindi forse mi conviene "
                         "aspettare.")
            else:
                self.say("customer", "Oh, and your website says you give", N(10), "percent off in your birthday "
                         "month. I was born", s, ", so is it worth waiting?")
            self.say("agent", self.p(["Non serviva la data, ma glielo verifico volentieri.",
                                      "La data non me la deve dare, ma controllo lo sconto."],
                                     ["You didn't need to give me that, but I'll check the discount for you.",
                                      "No need for the date, but I'll look into the offer."]))
            return
        if self.it:
            self.say("customer", self.c("Tra l'altro non riesco nemmeno a entrare nell'app:",
                                        "E poi sul sito non mi fa accedere:"),
                     "metto la data di nascita,", s, ", e mi dice che è sbagliata.")
            self.say("agent", "Per l'app le mando il link per reimpostare l'accesso, la data non mi serve.")
        else:
            self.say("customer", self.c("And I can't even get into the app,", "The website won't let me in either,"),
                     "I put in my date of birth,", s, ", and it says it's wrong.")
            self.say("agent", "I'll send you a reset link for that, you don't need to give me the date.")

    def ask_off(self, item: Item):
        N, r = self.N, self.rng
        if item.variant == "work":
            v, s = self.other_address()
            if self.it:
                self.say("customer", self.c("Mi scusi se sente rumore, la chiamo dal lavoro, sono in farmacia, in",
                                            "Scusi il chiasso, sono in negozio, in"),
                         ("ADDRESS", v, s), ", e ogni tanto entra qualcuno.")
                self.say("agent", "Non si preoccupi, la sento bene.")
            else:
                self.say("customer", self.c("Sorry about the noise, I'm ringing from work, I'm at the garden centre on",
                                            "Excuse the background, I'm at the salon,"),
                         ("ADDRESS", v, s), ", so people keep coming in.")
                self.say("agent", "No worries, I can hear you fine.")
        elif item.variant == "school":
            v, s = self.other_address()
            kid_it = self.c("mio figlio", "mia figlia", "il bambino")
            kid_en = self.c("my son", "my daughter", "the youngest")
            if self.it:
                self.say("customer", f"Scusi se vado di fretta, alle", N(r.choice([12, 13, 16])), f"devo prendere {kid_it} "
                         "a scuola, in", ("ADDRESS", v, s), ".")
                self.say("agent", "Certo, facciamo in fretta.")
            else:
                self.say("customer", f"Sorry if I'm rushing, I've got to get {kid_en} from school at",
                         N(r.choice([3, 12])), ", it's on", ("ADDRESS", v, s), ".")
                self.say("agent", "Of course, we'll be quick.")
        else:
            fem = r.random() < 0.5
            if self.it:
                first = r.choice([n for n in (L_IT_FIRST_F if fem else L_IT_FIRST_M) if n != self.first])
                last = r.choice([self.last] * 2 + [n for n in L_IT_LAST if n != self.last])
                rel = self.g("mio marito", "mia moglie", fem) if r.random() < 0.7 else \
                    ("la mia compagna" if fem else "il mio compagno")
            else:
                first = r.choice([n for n in (L_EN_FIRST_F if fem else L_EN_FIRST_M) if n != self.first])
                last = r.choice([self.last] * 2 + [n for n in L_EN_LAST if n != self.last])
                rel = ("my wife" if fem else "my husband") if r.random() < 0.6 else "my partner"
                pron = "she's" if fem else "he's"
            self.add_private(f"{first} {last}")
            name = f"{first} {last}"
            if self.it:
                self.say("customer", f"Di solito queste cose le segue {rel},", ("PERSON", name, name),
                         ", ma questa settimana è via per lavoro, quindi mi arrangio io.")
                self.say("agent", "Nessun problema, ci pensiamo insieme.")
            else:
                self.say("customer", f"{rel.capitalize()},", ("PERSON", name, name),
                         f", normally sorts all this out, but {pron} away this week, so it's down to me.")
                self.say("agent", "That's fine, we'll get it sorted together.")

    def repeat(self, item: Item):
        """The second form of a value given twice."""
        k, it = item.kind, self.it
        if k == "PHONE":
            if self.rng.random() < 0.5:
                self.say("agent", self.p(["Scusi, prima il numero mi è arrivato a metà, la linea disturba: me lo "
                                          "ripete una cifra alla volta?", "Il numero di telefono me lo ridice piano, "
                                          "cifra per cifra? Voglio scriverlo giusto."],
                                         ["Sorry, the line broke up when you gave me your number, could you go through "
                                          "it digit by digit?", "Could I have that phone number again, slowly, a digit "
                                          "at a time?"]))
                lead = self.p(["Certo:", "Sì,"], ["Sure,", "Yeah,"])
            else:
                lead = self.p(["Ah, il numero di prima glielo ripeto lentamente, che ho parlato di fretta:",
                               "Anzi, le ridico il numero con calma:"],
                              ["Actually, let me give you that number again slowly, I rattled it off:",
                               "Sorry, I said the number quickly, here it is again:"])
            v, sizes = self.phone()
            self.say("customer", lead, ("PHONE_NUMBER", v, self.phone_spoken("single")))
        elif k == "EMAIL":
            self.say("agent", self.p(["La mail me la può fare lettera per lettera? Così non sbaglio.",
                                      "Me la ripete lettera per lettera, per favore? Non vorrei scriverla male."],
                                     ["Could you spell that email for me letter by letter? I don't want to get it wrong.",
                                      "Sorry, can you spell the email out for me?"]))
            self.say("customer", self.p(["Sì:", "Allora:", "Certo,"], ["Sure:", "Okay,", "Right,"]),
                     ("EMAIL_ADDRESS", self.email(), self.email_spoken("letters")))
        else:
            self.say("agent", self.p(["Il sistema non trova l'ordine, me lo ridice una cifra alla volta?",
                                      "Mi ripete il numero d'ordine più lentamente?"],
                                     ["The system isn't finding that order, could you give it to me again, a "
                                      "character at a time?", "Can you read that order number out again, slowly?"]))
            style = "single" if getattr(self, "order_first", None) != "single" else "pairs"
            self.say("customer", self.p(["Certo:", "Sì, allora,"], ["Sure,", "Okay,"]),
                     ("ORDER_NUMBER", self.code("ORDER"), self.code_spoken("ORDER", style=style)))
            self.say("agent", self.p(["Ecco, ora lo vedo.", "Sì, trovato."], ["There it is.", "Got it now."]))
            return
        self.ack()

    # ------------------------------------------------------------------ the call

    def build(self, company: str, agent: str, notice: bool):
        self.notice = notice
        it, P, r = self.it, self.p, self.rng
        pname = {CC: ("assistenza clienti", "customer service"), SA: ("attività commerciale", "sales"),
                 BI: ("gestione delle fatture", "billing"), TE: ("assistenza tecnica", "technical support")}[
            self.purpose][0 if it else 1]
        greet = P([f"Grazie per aver chiamato {company}, sono", f"{company}, buonasera, risponde",
                   f"Benvenuto in {company}, mi chiamo", f"Buongiorno e grazie di aver scelto {company}, sono"],
                  [f"Good morning, {company}, it's", f"You've reached {company}, my name's",
                   f"{company}, hello, you're through to", f"Hiya, {company}, you're talking to"])
        note = P(["Come previsto dalla normativa, la avviso che la conversazione è registrata.",
                  "Le segnalo che per motivi di qualità e sicurezza questa chiamata viene registrata.",
                  f"Ai fini di {pname}, la telefonata è oggetto di registrazione.",
                  "Tenga presente che registriamo la chiamata e la conserviamo per il tempo previsto dalla legge."],
                 ["Quick heads-up, this call's recorded so we can check the quality of our service.",
                  "Our calls are recorded, for training and so there's a note of what's agreed.",
                  f"This line is recorded for {pname} purposes.",
                  "I should mention that we're recording this call."])
        opener = P(["Come posso aiutarla?", "Mi dica tutto.", "In che cosa le posso essere utile?", "Prego, mi dica."],
                   ["How can I help?", "What can I do for you today?", "What's the problem?", "Go ahead, I'm listening."])
        self.say("agent", greet, ("AGENT_NAME", agent, agent), ".", note if notice else "", opener)
        items = self.plan()
        reason_health = next((i for i in items if i.kind == "HEALTH" and i.variant == "reason"), None)
        self.reason(reason_health)
        self.name_turns()
        steps = [i for i in items if not (i.kind in ("SPELLNAME", "BYE") or i is reason_health
                                          or (i.kind == "VOL" and i.variant in ("card_reason", "dob_name")))]
        ranks = RANK[self.purpose]
        keyed = []
        for i in steps:
            base = ranks.get(i.kind, r.uniform(1.5, 4.5))
            if i.kind == "TICKET" and i.variant == "new":
                base = 6
            keyed.append((base + r.uniform(-0.7, 0.7), i))
        keyed.sort(key=lambda t: t[0])
        order = [i for _, i in keyed]
        twice = next((i for i in items if i.twice), None)
        n_dis = r.randint(2, 3)
        n_fill = r.randint(0, 2)
        extras = ["distractor"] * n_dis + ["filler"] * n_fill
        seq: list = list(order)
        for e in extras:
            seq.insert(r.randint(0, len(seq)), e)
        if twice is not None:
            pos = seq.index(twice)
            seq.insert(r.randint(min(pos + 2, len(seq)), len(seq)), ("REPEAT", twice))
        for step in seq:
            if step == "distractor":
                self.distractor()
            elif step == "filler":
                self.filler()
            elif isinstance(step, tuple):
                self.repeat(step[1])
            elif step.kind == "HEALTH":
                self.ask_health(step)
            else:
                self.ask(step)
        self.closing()
        self.lint()

    def reason(self, health_item):
        it, c, P = self.it, self.c, self.purpose
        lines = {CC: (["Buongiorno, aspettavo un pacco per martedì e non è ancora arrivato.",
                       "Salve, mi è arrivata una lavatrice con lo sportello ammaccato.",
                       "Buonasera, vorrei restituire un articolo ma non trovo il modulo per il reso."],
                      ["Hi, I was meant to get a delivery yesterday and nothing's turned up.",
                       "Hello, the washing machine you delivered is leaking from the bottom.",
                       "Hi there, I'd like to send something back but the returns page won't load."]),
                 SA: (["Buongiorno, ho ricevuto il vostro volantino e volevo capire l'offerta per la fibra.",
                       "Salve, sto pensando di cambiare operatore e un'amica mi ha parlato di voi.",
                       "Buonasera, vorrei un preventivo per luce e gas."],
                      ["Hi, I got your leaflet through the door about the fibre deal.",
                       "Hello, I'm thinking of switching and a friend recommended you.",
                       "Hi, I'm after a quote for gas and electric."]),
                 BI: (["Buongiorno, nell'ultima bolletta c'è un importo che non capisco.",
                       "Salve, mi avete addebitato la stessa cifra più volte questo mese.",
                       "Buonasera, vorrei passare alla domiciliazione bancaria."],
                      ["Hi, there's a charge on my last bill I don't recognise.",
                       "Hello, you've taken the payment twice this month.",
                       "Hi, I'd like to set up a direct debit instead of paying by card."]),
                 TE: (["Buongiorno, da stamattina la connessione va e viene.",
                       "Salve, il decoder si blocca su una schermata nera.",
                       "Buonasera, il telefono di casa non dà più il segnale."],
                      ["Hi, my broadband's been crawling since the weekend.",
                       "Hello, the TV box is stuck on a black screen.",
                       "Hi, my landline's gone dead."])}[P][0 if it else 1]
        card_reason = self.vol is not None and self.vol.variant == "card_reason"
        if P == BI and card_reason:
            lines = lines[1:2]
        if P == CC and health_item is not None:
            self.health("reason")                   # draws the condition once
            cue = self.health_row[3]
            if cue.startswith("my insulin"):
                lines = ["Salve, il frigorifero che ho ordinato non è ancora arrivato."] if it else \
                    ["Hi, the fridge I ordered still hasn't turned up."]
            elif cue.startswith("I'm coeliac"):
                lines = ["Buongiorno, vorrei restituire un cesto regalo che mi avete consegnato."] if it else \
                    ["Hello, I'd like to send back a gift hamper you delivered."]
        pieces = [c(*lines)]
        if card_reason:
            if it:
                pieces += [c("Ho pagato con la carta, il numero è" if P == CC else
                             "L'addebito in più è sulla carta, le leggo il numero:"),
                           ("CREDIT_CARD", self.card(), self.card_spoken()), ", e il pagamento risulta fatto."
                           if P == CC else ", lo vede anche lei?"]
            else:
                pieces += [c("I paid with my card, it's" if P == CC else "It came off my card twice, that's"),
                           ("CREDIT_CARD", self.card(), self.card_spoken()), ", and the money's definitely gone."
                           if P == CC else ", can you see it?"]
        if health_item is not None:
            val, tail = self.health("reason")
            pieces += [self.p(["Le premetto che", "Le dico subito che", "Il fatto è che"],
                              ["I should say,", "Just so you know,", "The thing is,"]),
                       val, (", " + tail + ".") if tail else "."]
        self.say("customer", *pieces)
        if self.vol is not None and self.vol.variant == "card_reason":
            self.say("agent", self.p(["Mi fermi pure, il numero della carta non serve, e per sicurezza è meglio non "
                                      "dirlo al telefono.", "Grazie, ma il numero della carta non me lo deve dare, "
                                      "verifico in un altro modo."],
                                     ["You don't need to read me the card number, and it's safer not to over the "
                                      "phone.", "Ah, no need for the card details, I can check that another way."]))
        elif health_item is not None:
            self.say("agent", self.p(["Mi dispiace, vediamo di risolvere in fretta.", "Capisco, ne terrò conto."],
                                     ["Sorry to hear that, let's get this sorted quickly.", "Understood, I'll bear "
                                      "that in mind."]))

    def name_turns(self):
        it, c = self.it, self.c
        q = self.q([["Il suo nome?", "Nome e cognome?"],
                    ["Per poter aprire la sua scheda, mi potrebbe cortesemente dire nome e cognome del titolare?"],
                    ["Con chi ho il piacere di parlare?", "A nome di chi è il contratto?"]],
                   [["Your name?", "Name on the account?"],
                    ["So I can bring up your details, could I start with your full name, please?"],
                    ["Who've I got on the line?", "Whose name is the account under?"]])
        self.say("agent", q)
        lead = self.p(["Mi chiamo", "Sono", "Allora,", "È a nome mio,", ""],
                      ["It's", "My name's", "Yeah, it's", "It'll be under", ""])
        v = f"{self.first} {self.last}"
        spoken = v
        if it and self.rng.random() < 0.2:
            spoken = f"{self.last}, {self.first}"           # the bureaucratic order
        pieces = [lead, ("PERSON", v, spoken)]
        if self.spell_surname:
            sname = self.last.upper().replace(" ", "").replace("'", "")
            pieces += [c(", il cognome si scrive", ", cognome:") if it else c(", the surname's spelt", ", that's"),
                       ("PERSON", self.last, ", ".join(self.letter(ch, self.spell_mode) for ch in sname))]
        if self.vol is not None and self.vol.variant == "dob_name":
            pieces += [self.g(", nato il", ", nata il") if it else c(", born", ", date of birth"),
                       ("DATE_OF_BIRTH", self.born.isoformat(), self.dob_spoken(no_del=True)),
                       ", se le serve per trovarmi." if it else ", if that helps you find me."]
        self.say("customer", *pieces)
        if self.vol is not None and self.vol.variant == "dob_name":
            self.say("agent", self.p(["Grazie, per ora mi basta il nome.", "La data non serve, ma grazie."],
                                     ["Thanks, the name's enough for now.", "I don't need the date, but thank you."]))
        else:
            self.say("agent", self.p(["Grazie.", "Perfetto, la trovo.", "Benissimo."],
                                     ["Thank you.", "Lovely, I've found you.", "Great."]))

    def closing(self):
        N, it, P, r = self.N, self.it, self.purpose, self.rng
        if it:
            line = {CC: ["La nuova consegna è prevista entro", N(r.randint(2, 5)), "giorni lavorativi."],
                    SA: ["Le mando la proposta, l'offerta resta valida per", N(r.choice([10, 15, 30])), "giorni."],
                    BI: ["Il rimborso arriverà entro", N(r.choice([10, 14, 20])), "giorni."],
                    TE: ["Se il problema si ripresenta, ci richiami entro", N(r.choice([24, 48, 72])), "ore."]}[P]
        else:
            line = {CC: ["The new delivery should be with you within", N(r.randint(2, 5)), "working days."],
                    SA: ["I'll send the quote over, it's held for", N(r.choice([7, 14, 28])), "days."],
                    BI: ["The refund takes up to", N(r.choice([5, 7, 10])), "working days."],
                    TE: ["If it drops again within", N(r.choice([24, 48, 72])), "hours, just ring back."]}[P]
        bye = []
        if self.bye:
            if it:
                bye = [self.g("Grazie, signor", "Grazie, signora"), ("PERSON", self.last, self.last),
                       ", e buona giornata."]
            else:
                t = ("Mrs" if r.random() < 0.5 else "Ms") if self.female else "Mr"
                bye = [f"Thanks for your patience, {t}", ("PERSON", self.last, self.last), ", have a good day."]
        else:
            bye = [self.p(["Grazie a lei e buona giornata.", "Buona serata."], ["Thanks for calling.", "Take care."])]
        self.say("agent", *line, *bye)
        self.say("customer", self.p(["Grazie, arrivederci.", "Grazie davvero, buona giornata.", "Perfetto, salve."],
                                    ["Cheers, bye.", "Thanks, bye now.", "Great, thank you."]))

    # ------------------------------------------------------------------ numbers that stay

    def distractor(self):
        """An exchange with numbers that are not personal data; none twice a call."""
        it, r, c, N, P = self.it, self.rng, self.c, self.N, self.purpose
        h1 = r.choice([8, 9, 10, 14])
        h2 = h1 + r.choice([3, 4])
        if P == CC:
            opts = [
                [("agent", ["Vedo una spedizione da", N(r.randint(3, 40)), "chili, in", N(r.randint(2, 4)), "colli."]
                  if it else ["I can see a consignment of", N(r.randint(3, 40)), "kilos, in", N(r.randint(2, 4)),
                              "boxes."]),
                 ("customer", [c("Sì, sono le scatole che aspettavo.", "Esatto.") if it else
                               c("Yes, that's what I ordered.", "That sounds right.")])],
                [("customer", ["Ho già aspettato in linea", N(r.randint(15, 45)), "minuti, prima di parlare con lei."]
                  if it else ["I've been on hold for", N(r.randint(15, 45)), "minutes before getting through."]),
                 ("agent", ["Mi scusi per l'attesa."] if it else ["Sorry about the wait."])],
                [("agent", ["Il corriere passa tra le", N(h1), "e le", N(h2), "."] if it else
                  ["The driver comes between", N(h1 if h1 <= 12 else h1 - 12), "and",
                   N(h2 if h2 <= 12 else h2 - 12), "."]),
                 ("customer", ["Va bene, a quell'ora c'è qualcuno in casa."] if it else ["Fine, someone'll be in."])],
                [("agent", ["Per il reso ha", N(r.choice([14, 30])), "giorni dalla consegna e la spedizione di "
                            "ritorno costa", *self.price(4, 9), "."] if it else
                  ["You've got", N(r.choice([14, 30])), "days to return it, and return postage is", *self.price(3, 8),
                   "."]),
                 ("customer", ["D'accordo."] if it else ["Okay."])],
                [("customer", ["Io avevo pagato", *self.price(280, 690), "in offerta."] if it else
                  ["I paid", *self.price(250, 690), "for it in the sale."]),
                 ("agent", ["Sì, lo vedo qui."] if it else ["Yes, I can see that."])],
            ]
        elif P == SA:
            opts = [
                [("agent", ["L'offerta costa", *self.price(19, 35), "al mese per i primi", N(12), "mesi, poi",
                            *self.price(29, 45), "."] if it else
                  ["The deal's", *self.price(19, 35), "a month for the first", N(12), "months, then",
                   *self.price(29, 45), "."]),
                 ("customer", [c("Mmh, ci devo pensare.", "Non male.") if it else c("Hmm, let me think.",
                                                                                    "Not bad.")])],
                [("agent", ["Include", N(r.choice([100, 150, 200])), "giga e minuti illimitati."] if it else
                  ["You get", N(r.choice([100, 150, 200])), "gigs of data and unlimited minutes."]),
                 ("customer", ["Bene, mi bastano."] if it else ["That's plenty for me."])],
                [("agent", ["La fibra arriva fino a", N(r.choice([1000, 2500])), "mega."] if it else
                  ["The fibre goes up to", N(r.choice([500, 900])), "megabits."]),
                 ("customer", ["Adesso ne ho", N(r.randint(7, 30)), "scarsi."] if it else
                  ["I get about", N(r.randint(7, 30)), "at the moment."])],
                [("agent", ["Se attiva entro domenica ha il", N(r.choice([20, 25, 30])), "percento di sconto."] if it
                  else ["If you sign up by Sunday you get", N(r.choice([20, 25, 30])), "percent off."]),
                 ("customer", ["Interessante."] if it else ["Oh, nice."])],
                [("customer", ["In casa siamo in", N(r.randint(3, 5)), ", con almeno", N(r.randint(6, 11)),
                               "dispositivi collegati."] if it else
                  ["There are", N(r.randint(3, 5)), "of us at home, with", N(r.randint(6, 11)), "devices on the wifi."]),
                 ("agent", ["Allora le conviene la fibra."] if it else ["Then fibre's the way to go."])],
            ]
        elif P == BI:
            opts = [
                [("customer", ["Di solito pago circa", *self.price(40, 70), ", questa volta sono",
                               *self.price(150, 310), "."] if it else
                  ["I usually pay about", *self.price(40, 70), ", this time it's", *self.price(150, 310), "."]),
                 ("agent", ["Vedo, c'è un conguaglio."] if it else ["I see, there's a catch-up bill."])],
                [("agent", ["Il consumo del periodo è di", N(r.randint(250, 900)), "chilowattora."] if it else
                  ["You've used", N(r.randint(250, 900)), "kilowatt hours this quarter."]),
                 ("customer", ["Mi sembra tanto."] if it else ["That seems like a lot."])],
                [("agent", ["Posso dividere l'importo in", N(r.choice([3, 4, 6])), "rate senza interessi."] if it else
                  ["I can spread that over", N(r.choice([3, 4, 6])), "months with no interest."]),
                 ("customer", ["Sì, mi farebbe comodo."] if it else ["That would really help."])],
                [("agent", ["Dopo", N(r.choice([15, 30])), "giorni si applica una mora del", N(r.choice([2, 3, 5])),
                            "percento."] if it else
                  ["After", N(r.choice([15, 30])), "days there's a late fee of", N(r.choice([2, 3, 5])), "percent."]),
                 ("customer", ["Va bene, pago subito."] if it else ["Right, I'll pay it straight away."])],
                [("customer", ["Sono cliente dal", N(r.randint(2009, 2021)), "e ho sempre pagato puntuale."] if it else
                  ["I've been with you since", N(y := r.randint(2009, 2021), en_year(y)), "and never missed a payment."]),
                 ("agent", ["Sì, lo vedo."] if it else ["Yes, I can see that."])],
            ]
        else:
            model = r.choice([520, 760, 3000, 4040, 5530])
            opts = [
                [("customer", ["Il modem è il modello", N(model), ", quello bianco."] if it else
                  ["The router's the model", N(model), ", the white box."]),
                 ("agent", ["Sì, lo conosco."] if it else ["Yep, I know that model."])],
                [("customer", ["Lo speed test dice", N(r.randint(2, 9)), "mega, invece dei", N(r.choice([100, 200])),
                               "del contratto."] if it else
                  ["The speed test says", N(r.randint(2, 9)), "megabits, and I'm paying for", N(r.choice([70, 150])),
                   "."]),
                 ("agent", ["Effettivamente è molto poco."] if it else ["That is very low."])],
                [("customer", ["Si scollega ogni", N(r.randint(10, 30)), "minuti circa."] if it else
                  ["It drops every", N(r.randint(10, 30)), "minutes or so."]),
                 ("agent", ["Capito."] if it else ["Right."])],
                [("agent", ["Tenga premuto il tasto di reset per", N(r.choice([15, 30])), "secondi."] if it else
                  ["Hold the reset button down for", N(r.choice([15, 30])), "seconds."]),
                 ("customer", ["Fatto, le luci lampeggiano."] if it else ["Done, the lights are flashing."])],
                [("customer", ["L'ho già riavviato", N(r.randint(3, 6)), "volte."] if it else
                  ["I've restarted it", N(r.randint(3, 6)), "times already."]),
                 ("agent", ["Allora verifico la linea da qui."] if it else ["Okay, I'll test the line from here."])],
                [("agent", ["Vedo una perdita di pacchetti del", N(r.randint(12, 40)), "percento."] if it else
                  ["I'm seeing", N(r.randint(12, 40)), "percent packet loss on the line."]),
                 ("customer", ["E cosa vuol dire?"] if it else ["What does that mean?"])],
            ]
        free = [k for k in range(len(opts)) if k not in self.used_distractors] or list(range(len(opts)))
        k = r.choice(free)
        self.used_distractors.add(k)
        for speaker, pieces in opts[k]:
            self.say(speaker, *pieces)

    def filler(self):
        fill = [(["Resti in linea un momento, apro la sua posizione."], ["Give me a moment while that loads."]),
                (["Sto verificando, mi dia un istante."], ["Let me just have a look at that."]),
                (["Il sistema oggi è lento, pazienti un attimo."], ["The system's a bit slow today, sorry."]),
                (["Un secondo che aggiorno la pagina."], ["Just refreshing the screen, bear with me."])]
        free = [k for k in range(len(fill)) if k not in self.used_fillers] or list(range(len(fill)))
        k = self.rng.choice(free)
        self.used_fillers.add(k)
        self.say("agent", self.p(*fill[k]))
        self.say("customer", self.p(["Certo.", "Faccia pure.", "Nessun problema."],
                                    ["That's fine.", "Take your time.", "Okay."]))

    # ------------------------------------------------------------------ lint

    def lint(self):
        words = IT_NUMBER_WORDS if self.it else EN_NUMBER_WORDS
        allowed = set(H.PII) | {"PERSON", "AGENT_NAME", "NONPII_NUMBER"}
        for speaker, pieces in self.turns:
            for p in pieces:
                if not isinstance(p, str):
                    if len(p) != 3 or p[0] not in allowed or not str(p[1]).strip() or not str(p[2]).strip():
                        raise LintError(f"bad labelled piece {p!r}")
                    if re.search(r"\d", p[2]):
                        raise LintError(f"digit in spoken form: {p!r}")
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


L_IT_MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
L_EN_MONTHS = "January February March April May June July August September October November December".split()


# =========================================================================== wiring


if __name__ == "__main__":
    H.run_phrasebook(PhraseBookL, (L_IT_COMPANIES, L_EN_COMPANIES), (L_IT_AGENTS, L_EN_AGENTS))
