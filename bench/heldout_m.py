#!/usr/bin/env python3
"""heldout_m: a thirteenth, independently worded phrasebook of synthetic labelled call-centre calls.

usage (from the project root, with the project's venv active):
    python bench/heldout_m.py --dry --seed 4848 --piper /tmp/piper/bin/piper    # print the dialogues, no audio
    python bench/heldout_m.py --seed 4848 --out bench/results/M --prefix M --piper /tmp/piper/bin/piper

(--dry with the same --piper prints exactly the dialogues of the real run; without --piper, heldout's
pick_voices draws one random number fewer per English call and the later calls' wording differs.)

Purpose: a MODERATE, realistic held-out set (Italian and English; the four purposes customer_care,
sales_first_contact, billing_support, technical_support) for measuring how well the personal-data
detector generalises to wording it has never seen. It reads like one more scriptwriter writing
ordinary calls: each kind of data is asked for briefly ("Il cellulare?", "Contact number?"), at polite
length ("Mi lascerebbe gentilmente un numero...", "Would you mind giving me a contact number, just in
case?") or indirectly ("Su che numero le mandiamo l'SMS di conferma?", "Where do I text the
confirmation code?"); answers come with several lead-ins and tails, an occasional "ehm" / "um" between
digit groups, a self-correction inside a dictated value ("ventidue... no, scusi, ventitré"), agent
read-backs; codes spelled with plain letter names, Italian "erre come Rimini" or the word alone,
English "R for Robert" or the NATO alphabet; Italian addresses (via / viale / piazza / corso / largo /
vicolo / borgo / strada, civic number, CAP, town), UK addresses (house or flat number, street, town,
postcode spoken in pieces); dates of birth in several shapes ("classe sessantotto, il dodici marzo",
"twelve, three, sixty-eight").
New in this set: (1) numbers said in MIXED GROUPINGS: Italian phone and order numbers partly digit by
digit and partly as grouped number words ("tre quattro sette, ventidue, cento cinquantotto"), English
ones with "double" / "triple" and "oh", card numbers in four-digit groups said as two pairs each
("forty-one twelve"); (2) callers who answer a question WITH A QUESTION or a delay first ("the number
on the invoice? okay, it's ...", "aspetti che prendo la tessera... allora"), in the same turn or as a
short exchange, and agents who ask for TWO THINGS IN ONE BREATH (name and date of birth, phone and
e-mail, fiscal code and date of birth) with the caller answering both in one turn; (3) e-mail local
parts with digits, underscores, hyphens and dots said as words ("trattino basso", "meno", "underscore",
"dash", "hyphen"), and company domains under .it, .co.uk, .eu, .org; (4) health data said about a
RELATIVE ("mia madre è in dialisi", "my son is autistic") or IN PASSING as a reason for timing ("after
my chemo on Tuesday"), labelled HEALTH just like the caller's own; (5) dates of birth given WITH THE
AGE or as a CORRECTION of the agent's wrong read-back, and addresses given TOWN AND POSTCODE FIRST, or
with a floor / staircase / flat / intercom detail, sometimes in two turns; (6) non-personal numbers
placed RIGHT NEXT TO personal ones (a refund amount right after an IBAN, an hour right after a phone
number, a model number like "router TX 3200" right after a ticket number, a price right after a card
number, a parcel count right after an order number), which must stay audible.

Provenance: written by a helper that did not read the detector (pipeline/, redaction_rules/, tests/,
evaluation/), the development corpus (../shared/corpus/: neither truth files nor transcripts),
bench/results/, nor the dialogue of the other phrasebooks; bench/heldout.py was read (its machinery is
reused), and bench/heldout_l.py for its module docstring, its builder interface (how
run_phrasebook / dry_run take a builder, what the builder exposes) and its lint; while locating the
interface, heldout_l's bank definitions and the opening lines of its build() were seen on screen too,
and were deliberately not reused (this file's banks and openings avoid them). Every line of
dialogue and every bank (names, surnames, towns, streets, e-mail providers, conditions, companies,
agents, spelling words) is this file's own. Only the machinery of bench/heldout.py is reused: Speaker
(digit reading), the letter-name tables IT_LETTERS and NATO, the month names, the value generators
luhn_complete / iban / fiscal_code, the number words, pick_voices, Renderer, synthesise,
resample_write, main() (language / purpose / mono-stereo / 8-16 kHz / notice schedule, sidecar and
truth format), dry_run() and run_phrasebook(), which rebinds heldout's module-level `CallBuilder` and
company / agent banks in memory; heldout.py itself is not modified.

What a call contains: a greeting with the agent's name (AGENT_NAME); a recording notice in this file's
own words when main()'s `notice` flag is true (and no mention of recording otherwise); the caller's
reason; the caller's full name (PERSON); then 8-11 further personal-data items fitting the purpose
(read-backs, the agent's wrong read-back of a date of birth and the caller's correction, the second
half of an address given in two turns, a spelled surname and a closing "grazie, signora ..." each
count as an item) -- what the purpose keeps (customer care: order number, delivery address; sales:
phone and e-mail; billing: IBAN, invoice number, billing address, Italian fiscal code; technical
support: ticket number, contact phone) and kinds it never keeps (payment card, date of birth, health
condition of the caller or of a relative, and whatever else comes up) -- and non-personal numbers
(prices, hours, quantities, durations, percentages, speeds, weights, energy use, years, model numbers)
labelled NONPII_NUMBER, which must stay audible. Invoice and ticket numbers carry the ORDER_NUMBER
label; a relative's condition carries HEALTH (only the condition is labelled, not "my mum"); an age
said with the date of birth is inside the DATE_OF_BIRTH span. Every labelled value is its own piece,
so span times are exact; a labelled value's `value` is what it stands for (a self-corrected
dictation's value is the corrected one; the agent's wrong read-back of a birth date has the wrong
date as its value). Values are random per call (Luhn-valid cards, mod-97 IBANs, fiscal codes with
their check letter, Italian mobiles and landlines, UK mobiles and landlines, UK postcodes). A lint
refuses digits or number words, any personal name, street or town of the call in unlabelled text,
any mention of recording in a call without the notice (or a notice call whose opening lacks it), and
a call with fewer than 8 or more than 11 items.
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
from heldout import (EN_MONTHS, EN_TENS, EN_UNITS, IT_LETTERS, IT_MONTHS, IT_TENS, IT_UNITS, NATO,  # noqa: E402
                     en_ordinal, en_words, en_year, fiscal_code, iban, it_words, luhn_complete)

# =========================================================================== banks (this file's own)

M_IT_FIRST_F = ("Ornella Donatella Rossella Patrizia Michela Tiziana Loredana Angelica Cinzia Nadia Graziella "
                "Vittoria Agnese Letizia Marina Sonia").split()
M_IT_FIRST_M = ("Ettore Corrado Umberto Mauro Gianluca Franco Renato Bruno Valerio Ruggero Cristiano Dario "
                "Giuliano Ivano Marcello Aurelio").split()
M_IT_LAST = ("Ferri Marchesi Bruni Lanza Vitale Gentile Morelli Silvestri Cocco Amato Farina Martinelli Ruggiero "
             "Basile Monti Carbone Pace Greco Mariani Neri Bonetti Caputo Ricci Zanella Bianchini").split()
M_EN_FIRST_F = ("Gemma Kerry Alison Helen Tracey Danielle Holly Leah Molly Erin Caitlin Jasmine Rosie Anita "
                "Philippa Bridget").split()
M_EN_FIRST_M = ("Lewis Martin Paul Scott Darren Simon Kevin Aaron Jamie Ross Hamish Barry Colin Rajesh Imran "
                "Euan").split()
M_EN_LAST = ("Fraser Collins Sharma Begum Quinn Dixon Hunter Stewart Jenkins Mitchell Gibson Rahman Sinclair "
             "Hargreaves Kaur Brennan Ashworth McLeod Osei Wilkinson Brady Lindqvist Thornton Ahmed").split()
M_IT_AGENTS = "Elena Fausto Mirella Osvaldo Teresa Nando Romina Emilio".split()
M_EN_AGENTS = "Jade Rob Sunita Wes Dawn Kofi Tasha Lee".split()
M_IT_COMPANIES = ["Alpina Reti e Servizi", "Sorgente Casa e Energia", "Punto Casa Servizi",
                  "Delta Servizi Integrati", "Lanterna Casa e Connessioni", "Cometa Fibra, Luce e Spedizioni"]
M_EN_COMPANIES = ["Northwind Home Services", "Hollybank Home & Energy", "Redkite Connect", "Pinewood Household",
                  "Courierline Home Services", "Saltmarsh Utilities"]

# town, CAPs, cadastral code (for the fiscal code), landline prefix
M_IT_TOWNS = [("Livorno", ["57121", "57123", "57125"], "E625", "0586"),
              ("Rimini", ["47921", "47923"], "H294", "0541"),
              ("Lucca", ["55100"], "E715", "0583"),
              ("Treviso", ["31100"], "L407", "0422"),
              ("Como", ["22100"], "C933", "031"),
              ("Novara", ["28100"], "F952", "0321"),
              ("Arezzo", ["52100"], "A390", "0575"),
              ("Reggio Emilia", ["42121", "42122", "42124"], "H223", "0522"),
              ("Ancona", ["60121", "60124", "60131"], "A271", "071"),
              ("Trento", ["38121", "38122", "38123"], "L378", "0461"),
              ("Foggia", ["71121", "71122"], "D643", "0881"),
              ("Cosenza", ["87100"], "D086", "0984"),
              ("Piacenza", ["29121", "29122"], "G535", "0523"),
              ("Taranto", ["74121", "74123"], "L049", "099")]
M_IT_STREETS = [("via", "Alessandro Manzoni"), ("viale", "delle Magnolie"), ("via", "Monte Grappa"),
                ("via", "Nazario Sauro"), ("via", "dei Ciclamini"), ("piazza", "Santo Stefano"),
                ("corso", "Vittorio Alfieri"), ("via", "Enrico Toti"), ("via", "della Stazione"),
                ("largo", "Ludovico Ariosto"), ("vicolo", "del Forno"), ("via", "Pietro Nenni"),
                ("viale", "dei Pini"), ("via", "Torquato Tasso"), ("strada", "Provinciale Nord"),
                ("via", "Luigi Einaudi"), ("borgo", "Santa Lucia")]
# town, outward postcodes, landline area code
M_UK_TOWNS = [("Coventry", ["CV3", "CV5"], "024"), ("Bolton", ["BL1", "BL3"], "01204"),
              ("Hull", ["HU5", "HU8"], "01482"), ("Lancaster", ["LA1"], "01524"),
              ("Stockport", ["SK4", "SK2"], "0161"), ("Inverness", ["IV2", "IV3"], "01463"),
              ("Carlisle", ["CA1", "CA2"], "01228"), ("Ipswich", ["IP4", "IP1"], "01473"),
              ("Wolverhampton", ["WV3", "WV6"], "01902"), ("Dundee", ["DD4", "DD2"], "01382"),
              ("Newport", ["NP20", "NP19"], "01633"), ("Harrogate", ["HG1", "HG2"], "01423"),
              ("Cheltenham", ["GL50", "GL52"], "01242")]
M_UK_STREETS = ["Sycamore Road", "Rectory Lane", "Ferndale Avenue", "Jubilee Close", "Clifton Terrace",
                "Heathfield Way", "Moorland Drive", "Foxglove Walk", "Alder Court", "Balmoral Road",
                "Cedar Grove", "Tennyson Street", "Marlborough Crescent", "Hollins Mews"]
M_IT_MOBILE = ["27", "29", "31", "33", "37", "38", "39", "46", "47", "48", "50", "66", "71", "77", "89", "93"]
# e-mail domains: ordinary providers and company / association domains
M_IT_MAIL_COMMON = ["gmail.com", "alice.it", "virgilio.it", "hotmail.it", "fastwebnet.it"]
M_IT_MAIL_COMPANY = ["studiobonfanti.it", "ferramenta-ghezzi.it", "agrirete.eu", "cooperativa-ilfaro.org",
                     "ortofrutta-sud.it", "geometri-valdarno.it", "euroservizi.eu", "amicidelcane.org",
                     "panificio-rosa.it", "legnami-cortese.it"]
M_EN_MAIL_COMMON = ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com"]
M_EN_MAIL_COMPANY = ["hartley-joinery.co.uk", "greenlane-vets.co.uk", "northfieldtrust.org", "eurofreight.eu",
                     "kinross-accountants.co.uk", "shelterwatch.org", "pennine-dental.co.uk", "brightside-lab.eu",
                     "fenwickandsons.co.uk", "riverview-school.org"]
M_HOST_WORDS = {"studiobonfanti": "studio bonfanti", "agrirete": "agri rete", "euroservizi": "euro servizi",
                "amicidelcane": "amici del cane", "fastwebnet": "fastweb net", "btinternet": "b t internet",
                "northfieldtrust": "northfield trust", "eurofreight": "euro freight",
                "shelterwatch": "shelter watch", "fenwickandsons": "fenwick and sons", "ilfaro": "il faro"}
M_TLD = {"it": ("i t", "i t"), "eu": ("e u", "e u"), "org": ("org", "org"), "com": ("com", "com"),
         "co": ("co", "co"), "uk": ("u k", "u k")}
# spelling words
M_IT_SPELL = dict(zip(string.ascii_uppercase, (
    "Asti Brindisi Cremona Dado Enna Foggia Grosseto hotel Ischia jeans kiwi Lecco Monza Novara Orvieto Pavia "
    "quadro Rimini Siracusa Taranto Urbino Viterbo whisky xilofono yacht zucchero").split()))
M_EN_SPELL = dict(zip(string.ascii_uppercase, (
    "Andrew Benjamin Charlie David Edward Frank George Harry Isaac Jack King London Mother Nellie Orange "
    "Peter Queen Robert Sugar Tommy Uncle Victor William X-ray Yellow Zebra").split()))

# health: a relative (Italian masculine / feminine noun phrase, agreement), and conditions as
# (plain verb before, labelled masculine, labelled feminine) / English (plain verb, labelled)
M_IT_RELATIVES = [("mia madre", True), ("mio padre", False), ("mio figlio", False), ("mia figlia", True),
                  ("mio marito", False), ("mia moglie", True), ("mia suocera", True), ("mio fratello", False)]
M_EN_RELATIVES = ["my mum", "my dad", "my son", "my daughter", "my husband", "my wife", "my mother-in-law",
                  "my brother"]
M_IT_REL_COND = [("è", "in dialisi", "in dialisi"), ("ha", "l'Alzheimer", "l'Alzheimer"),
                 ("è", "autistico", "autistica"), ("è", "in sedia a rotelle", "in sedia a rotelle"),
                 ("ha", "la sclerosi multipla", "la sclerosi multipla"),
                 ("è", "in ossigenoterapia", "in ossigenoterapia"), ("soffre di", "epilessia", "epilessia"),
                 ("è", "quasi cieco", "quasi cieca"), ("ha avuto da poco", "un ictus", "un ictus"),
                 ("è", "sordo", "sorda"), ("ha", "un tumore al polmone", "un tumore al polmone"),
                 ("ha", "la demenza senile", "la demenza senile")]
M_EN_REL_COND = [("is on", "dialysis"), ("has got", "dementia"), ("is", "autistic"), ("is", "in a wheelchair"),
                 ("has", "MS"), ("is on", "home oxygen"), ("has", "epilepsy"), ("is", "registered blind"),
                 ("had", "a stroke last month"), ("is", "profoundly deaf"), ("has", "lung cancer"),
                 ("has", "Down's syndrome")]
M_IT_SELF_COND = [("ho", "la fibromialgia", "la fibromialgia"), ("sono", "ipovedente", "ipovedente"),
                  ("porto", "l'apparecchio acustico", "l'apparecchio acustico"), ("ho", "l'asma grave", "l'asma grave"),
                  ("sono in cura per", "l'ansia", "l'ansia"), ("ho", "una protesi all'anca", "una protesi all'anca"),
                  ("sono", "celiaco", "celiaca"), ("sono", "sieropositivo", "sieropositiva")]
M_EN_SELF_COND = [("I've got", "COPD"), ("I'm", "hard of hearing"), ("I have", "bipolar disorder"),
                  ("I'm", "partially sighted"), ("I've got", "fibromyalgia"), ("I'm", "coeliac"),
                  ("I've just had", "a hip replacement"), ("I'm", "seven months pregnant")]
# in passing, as a reason for timing: (before, labelled, after)
M_IT_TIMING = [("{day} no, ho", "la chemio", "e dopo non sto in piedi."),
               ("{day} mattina faccio", "la dialisi", ", fino all'ora di pranzo non ci sono."),
               ("{day} ho", "la visita dal cardiologo", ", meglio un altro giorno."),
               ("{day} eviterei, ho", "la radioterapia", "."),
               ("{day} ho", "la fisioterapia per l'ernia", ", quindi non ci sono."),
               ("{day} mattina ho", "il controllo oncologico", ", meglio un altro giorno.")]
M_IT_REL_TIMING = [("{day} accompagno {rel} a fare", "la chemio", ", quindi non ci sono."),
                   ("{day} porto {rel} alla", "dialisi", "e rientro tardi."),
                   ("{day} {rel} ha", "la visita dal neurologo", "e devo accompagnarl{o}.")]
M_EN_TIMING = [("not {day}, I've got", "chemo", "in the morning and I'm wiped out after."),
               ("after", "my dialysis", "on {day} I'm no use to anyone, so not then."),
               ("{day}'s out, I've got", "a psychiatrist appointment", "."),
               ("{day} mornings are bad, I'm having", "radiotherapy", "at the moment."),
               ("{day} I've got", "physio on my bad knee", ", so any other day."),
               ("{day} I'm at", "the fertility clinic", ", so another day.")]
M_EN_REL_TIMING = [("I take {rel} to", "dialysis", "on {day}s, so not then."),
                   ("{rel} has", "chemo", "on {day}s and I drive, so not that day."),
                   ("{day} I'm with {rel} at", "the memory clinic", ", so not then.")]
M_IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"]
M_EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

CC, SA, BI, TE = H.PURPOSES
KEEPS = {CC: ["ORDER", "ADDRESS"], SA: ["PHONE", "EMAIL"], BI: ["INVOICE", "IBAN", "ADDRESS", "FISCAL"],
         TE: ["TICKET", "PHONE"]}
EXTRAS = {CC: ["PHONE", "EMAIL", "DOB", "CARD", "HEALTH"], SA: ["ADDRESS", "DOB", "CARD", "IBAN", "HEALTH", "FISCAL"],
          BI: ["PHONE", "EMAIL", "DOB", "CARD", "HEALTH"], TE: ["ADDRESS", "EMAIL", "DOB", "CARD", "HEALTH"]}
LABEL = {"PHONE": "PHONE_NUMBER", "EMAIL": "EMAIL_ADDRESS", "ADDRESS": "ADDRESS", "ORDER": "ORDER_NUMBER",
         "INVOICE": "ORDER_NUMBER", "TICKET": "ORDER_NUMBER", "FISCAL": "IT_FISCAL_CODE", "IBAN": "IBAN_CODE",
         "CARD": "CREDIT_CARD", "DOB": "DATE_OF_BIRTH", "HEALTH": "HEALTH"}
# roughly when a purpose gets to each kind (jittered per call)
RANK = {CC: {"ORDER": 1, "DOB": 1.5, "ADDRESS": 2.5, "HEALTH": 3, "PHONE": 3.5, "EMAIL": 4, "CARD": 5},
        SA: {"HEALTH": 1.5, "PHONE": 2, "EMAIL": 2.2, "ADDRESS": 2.8, "DOB": 3.5, "FISCAL": 3.6, "IBAN": 4.5,
             "CARD": 4.6},
        BI: {"FISCAL": 1, "DOB": 1.2, "INVOICE": 2, "HEALTH": 2.6, "ADDRESS": 3, "IBAN": 4, "CARD": 4.2,
             "PHONE": 5, "EMAIL": 5.2},
        TE: {"TICKET": 1, "DOB": 1.6, "ADDRESS": 2.2, "HEALTH": 3, "PHONE": 3.8, "EMAIL": 4.3, "CARD": 5}}
READBACK = {"PHONE", "ORDER", "INVOICE", "TICKET", "IBAN", "ADDRESS", "EMAIL", "FISCAL"}
ASKBACK = {"PHONE", "EMAIL", "ORDER", "INVOICE", "TICKET", "FISCAL", "IBAN", "CARD", "ADDRESS", "DOB"}

IT_NUMBER_WORDS = set(IT_UNITS) | set(IT_TENS.values()) | {"cento", "mille", "mila", "milioni", "doppio", "doppia"}
EN_NUMBER_WORDS = set(EN_UNITS) | set(EN_TENS.values()) | {"hundred", "thousand", "double", "triple"}
GENERIC_PLACE = {"via", "viale", "corso", "piazza", "largo", "vicolo", "borgo", "strada", "dei", "degli", "del",
                 "della", "delle", "di", "da", "la", "il", "san", "santa", "santo", "road", "street", "lane",
                 "avenue", "close", "drive", "way", "walk", "crescent", "gardens", "terrace", "grove", "court",
                 "mews", "nord"}
REF_DAY = dt.date(2026, 11, 10)      # main() dates the calls in November 2026


class LintError(AssertionError):
    pass


class Item:
    """One planned step: a kind, its variant and the flags that add spans (read-back, split, wrong read-back)."""

    def __init__(self, kind: str, variant: str = ""):
        self.kind, self.variant = kind, variant
        self.rb = self.split = self.wrong = False        # add spans
        self.askback = self.delay = self.slip = self.hes = self.adjacent = False   # wording only
        self.partner: Item | None = None                   # asked in the same breath
        self.absorbed = False                              # asked together with another item

    def cost(self) -> int:
        return 1 + self.rb + self.split + 2 * self.wrong


# =========================================================================== the phrasebook


class PhraseBookM:
    _calls = 0          # counts the calls built in this run, to rotate the emphasis

    def __init__(self, rng, lang: str, purpose: str):
        self.rng, self.lang, self.purpose = rng, lang, purpose
        self.it = lang == "it"
        self.agent_sp = H.Speaker(lang, rng)
        self.cust_sp = H.Speaker(lang, rng)
        if not self.it:                     # this set leans on "double", "triple" and "oh"
            self.cust_sp.double = rng.random() < 0.85
            self.cust_sp.oh = rng.random() < 0.75
        self.female = rng.random() < 0.5
        self.private_words: set[str] = set()
        if self.it:
            self.first = rng.choice(M_IT_FIRST_F if self.female else M_IT_FIRST_M)
            self.last = rng.choice(M_IT_LAST)
            self.home = rng.choice(M_IT_TOWNS)
            self.cap = rng.choice(self.home[1])
            self.street = rng.choice(M_IT_STREETS)
            self.house = rng.randint(1, 160)
            self.add_private(f"{self.home[0]} {self.street[1]}")
        else:
            self.first = rng.choice(M_EN_FIRST_F if self.female else M_EN_FIRST_M)
            self.last = rng.choice(M_EN_LAST)
            self.home = rng.choice(M_UK_TOWNS)
            self.street = rng.choice(M_UK_STREETS)
            self.house = rng.randint(2, 180)
            self.cap = (rng.choice(self.home[1]) + " " + str(rng.randint(1, 9))
                        + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
            self.add_private(f"{self.home[0]} {self.street}")
        self.add_private(f"{self.first} {self.last}")
        self.born = dt.date(rng.randint(1947, 2002), rng.randint(1, 12), rng.randint(1, 28))
        if self.it:
            self.spell_mode = rng.choice(["plain", "plain", "come", "come", "town"])
        else:
            self.spell_mode = rng.choice(["plain", "plain", "for", "nato"])
        self.turns: list[tuple[str, list]] = []
        self.used_distractors: set[int] = set()
        self.used_fillers: set[int] = set()
        self.notice = False
        self.brand = "Visa"
        self.spell_surname = self.bye = False
        self.email_cache = None
        k = PhraseBookM._calls
        PhraseBookM._calls += 1
        # the emphasis that this call gets for sure (the rest come by chance)
        self.focus = ("relative", "combo", "wrongdob", "timing", "askback", "townfirst")[k % 6]

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
        flat = []
        for p in pieces:
            flat += [q for q in (p if isinstance(p, list) else [p]) if q]
        # a bare punctuation piece ("," between two values) is no speech: Piper can't render it
        flat = [q for q in flat if not isinstance(q, str) or any(ch.isalnum() for ch in q)]
        if flat and isinstance(flat[0], str) and flat[0][:1].islower():
            flat[0] = flat[0][0].upper() + flat[0][1:]
        self.turns.append((speaker, flat))

    def N(self, value: int, spoken: str | None = None):
        """A number that is not personal data and must stay audible."""
        if spoken is None:
            spoken = it_words(value) if self.it else en_words(value)
        return ("NONPII_NUMBER", str(value), spoken)

    def money(self, whole: int, cents: int | None = None) -> list:
        N = self.N
        if self.it:
            return [N(whole), "euro"] if not cents else [N(whole), "euro e", N(cents)]
        if not cents:
            return [N(whole), "pounds"]
        return [N(whole), "pounds", N(cents)] if self.rng.random() < 0.5 else [N(whole), N(cents)]

    def um(self) -> str:
        return self.p(["ehm,", "allora,", "mmh,"], ["um,", "er,", "erm,"])

    def ack(self):
        self.say("agent", self.p(["Perfetto.", "Segnato, grazie.", "Ok, ci sono.", "Benissimo.", "D'accordo, annotato."],
                                 ["Lovely.", "Got that, thanks.", "Brilliant.", "That's fine.", "Okay, noted."]))

    def ok_back(self):
        self.say("customer", self.p(["Esatto.", "Sì, giusto.", "Sì, è corretto.", "Perfetto, sì."],
                                    ["That's it.", "Yep, spot on.", "That's right.", "Correct."]))

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    # ------------------------------------------------------------------ spoken numbers

    def grp(self, g: str, style: str, sp=None) -> str:
        """A digit group: 'single' one by one (with double / triple if the speaker does that), 'pairs', or
        'whole' (Italian three-digit groups sometimes as 'cento cinquantotto', English as 'one fifty-eight')."""
        sp, r = sp or self.cust_sp, self.rng
        if style == "single" or len(g) == 1:
            return sp.one_by_one(g)
        if style == "pairs":
            return sp.pairs(g)
        if len(g) == 3 and g[0] != "0":
            if self.it:
                h, rest = divmod(int(g), 100)
                if rest and r.random() < 0.5:
                    head = "cento" if h == 1 else IT_UNITS[h] + "cento"
                    return f"{head} {it_words(rest)}"
                return it_words(int(g))
            tail = g[1:]
            return f"{sp.digit(g[0])} {sp.whole(tail) if tail[0] != '0' else sp.one_by_one(tail)}"
        if len(g) >= 4 and g[0] != "0":
            return sp.pairs(g)
        return sp.whole(g)

    def dictate(self, v: str, sizes: list[int], styles, sp=None, slip=False, hes=False) -> str:
        sp, r = sp or self.cust_sp, self.rng
        groups, i = [], 0
        for s in sizes:
            groups.append(v[i:i + s])
            i += s
        if i < len(v):
            groups.append(v[i:])
        if isinstance(styles, str):
            styles = [styles] * len(groups)
        styles = list(styles) + ["single"] * (len(groups) - len(styles))
        texts = [self.grp(g, st, sp) for g, st in zip(groups, styles)]
        if slip and len(groups) > 1:
            k = r.randint(1, len(groups) - 1)
            g = groups[k]
            j = r.randrange(len(g))
            wrong = g[:j] + str((int(g[j]) + r.choice([1, 2, 9])) % 10) + g[j + 1:]
            fix = self.p(["no, scusi,", "anzi no,", "no aspetti,", "pardon,"],
                         ["no sorry,", "no wait,", "sorry, I mean", "scratch that,"])
            texts[k] = f"{self.grp(wrong, styles[k], sp)}... {fix} {texts[k]}"
        if hes and len(groups) > 2:
            k = r.randint(1, len(groups) - 1)
            texts[k] = f"{self.um()} {texts[k]}"
        return ", ".join(texts)

    def letter(self, ch: str, mode: str) -> str:
        if self.it:
            if mode == "come":
                return f"{IT_LETTERS[ch]} come {M_IT_SPELL[ch]}"
            if mode == "town":
                return M_IT_SPELL[ch]
            return IT_LETTERS[ch]
        if mode == "for":
            return f"{ch} for {M_EN_SPELL[ch]}"
        if mode == "nato":
            return NATO[ch]
        return ch

    def spell(self, code: str, mode: str | None = None, sp=None, digit_style: str | None = None) -> str:
        """Letters named (some spelled out with a word), digit runs dictated."""
        sp, r = sp or self.cust_sp, self.rng
        mode = mode or self.spell_mode
        out = []
        for tok in re.findall(r"[A-Z]|\d+", code):
            if tok.isalpha():
                m = mode if mode == "plain" or r.random() < 0.6 else "plain"
                out.append(self.letter(tok, m))
            elif len(tok) <= 2:
                style = digit_style or r.choice(["single", "whole"])
                out.append(self.grp(tok, style if tok[0] != "0" else "single", sp))
            else:
                sizes = [3] * (len(tok) // 3) if len(tok) % 3 == 0 else [2] * (len(tok) // 2)
                out.append(self.dictate(tok, sizes, digit_style or self.mixed_styles(len(sizes)), sp))
        return ", ".join(out)

    def mixed_styles(self, n: int, first_single: bool = False) -> list[str]:
        r = self.rng
        styles = [r.choice(["single", "whole", "whole"]) for _ in range(n)]
        if first_single:
            styles[0] = "single"
        if "single" not in styles and r.random() < 0.6:
            styles[r.randrange(n)] = "single"
        return styles

    # ------------------------------------------------------------------ values

    def phone(self):
        r = self.rng
        if self.it:
            if r.random() < 0.75:
                v = "3" + r.choice(M_IT_MOBILE) + self.digits(7)
                sizes = r.choice([[3, 2, 3, 2], [3, 3, 2, 2], [3, 2, 2, 3], [3, 4, 3], [3, 3, 4]])
            else:
                pre = self.home[3]
                v = pre + self.digits(10 - len(pre) if len(pre) > 3 else 7)
                sizes = [len(pre)] + ([3, 3] if len(v) - len(pre) == 6 else [2, 3, 2] if len(v) - len(pre) == 7
                                      else [3, 2, 2])
        else:
            if r.random() < 0.7:
                body = self.digits(9)
                v = "07" + r.choice("4579") + body[1:]
                sizes = r.choice([[5, 6], [5, 3, 3], [4, 3, 4]])
            else:
                pre = self.home[2]
                v = pre + self.digits(11 - len(pre))
                sizes = [len(pre), 3, 11 - len(pre) - 3] if len(pre) < 5 else [5, 6]
            if r.random() < 0.6:          # a run somewhere, to hear "double" / "triple"
                k = r.randint(3, len(v) - 3)
                run = r.choice([2, 2, 3])
                v = v[:k] + v[k] * run + v[k + run:]
                v = v[:11]
        return v, sizes

    def phone_spoken(self, v: str, sizes: list[int], sp=None, slip=False, hes=False, style=None) -> str:
        r = self.rng
        if style is None:
            if self.it:
                style = r.choice(["mixed", "mixed", "mixed", "single", "whole"])
            else:
                style = r.choice(["single", "single", "mixed"])
        if style == "mixed":
            styles = self.mixed_styles(len(sizes), first_single=True) if self.it else \
                ["single"] + [r.choice(["single", "single", "pairs"]) for _ in sizes[1:]]
        elif style == "whole":
            styles = ["single"] + ["whole"] * (len(sizes) - 1)
        else:
            styles = ["single"] * len(sizes)
        return self.dictate(v, sizes, styles, sp=sp, slip=slip, hes=hes)

    def email(self):
        if self.email_cache:
            return self.email_cache
        r = self.rng
        first = re.sub(r"[^a-z]", "", self.first.lower())
        last = re.sub(r"[^a-z]", "", self.last.lower())
        yy = f"{self.born.year % 100:02d}"
        n = str(r.randint(2, 99))
        shape = r.choice(["dotnum", "under", "under", "hyphen", "underdot", "underdot", "initnum", "plain", "lastyear"])
        local = {"dotnum": f"{first}.{last}{yy}", "under": f"{first[0]}_{last}", "hyphen": f"{last}-{first}{n}",
                 "underdot": f"{first}_{last}.{n}", "initnum": f"{first[0]}{last}{n}", "plain": f"{first}.{last}",
                 "lastyear": f"{last}{self.born.year}"}[shape]
        company = r.random() < 0.55
        if self.it:
            domain = r.choice(M_IT_MAIL_COMPANY if company else M_IT_MAIL_COMMON)
        else:
            domain = r.choice(M_EN_MAIL_COMPANY if company else M_EN_MAIL_COMMON)
        self.email_cache = (local, domain)
        return self.email_cache

    def email_spoken(self, local: str, domain: str, form: str = "words", slip=False) -> str:
        r, sp, it = self.rng, self.cust_sp, self.it
        dot = "punto" if it else self.c("dot", "dot", "dot", "full stop")
        under = self.c("trattino basso", "underscore") if it else "underscore"
        hyph = self.c("meno", "trattino") if it else self.c("dash", "hyphen")
        at = self.c("chiocciola", "chiocciola", "at") if it else "at"
        seps = {".": dot, "_": under, "-": hyph}
        initial, surname = self.first.lower()[0], re.sub(r"[^a-z]", "", self.last.lower())

        def words(part: str, spell: bool) -> list[str]:
            out = []
            for tok in re.findall(r"[a-z]+|[0-9]+|[._-]", part):
                if tok in seps:
                    out.append(seps[tok])
                elif tok.isdigit():
                    if len(tok) == 4:
                        out.append(it_words(int(tok)) if it and r.random() < 0.5 else
                                   (en_year(int(tok)) if not it and r.random() < 0.5 else sp.one_by_one(tok)))
                    else:
                        out.append(sp.whole(tok) if r.random() < 0.6 else sp.one_by_one(tok))
                elif not spell and len(tok) > 1 and tok == initial + surname:       # "f, ferri"
                    out.append(f"{IT_LETTERS[tok[0].upper()] if it else tok[0].upper()}, {surname}")
                elif spell or len(tok) == 1:
                    out.append(", ".join(IT_LETTERS[ch.upper()] if it else ch.upper() for ch in tok))
                else:
                    out.append(tok)
            return out

        loc = words(local, form == "spelled")
        if slip:              # the separator said wrong, then put right
            k = next((i for i, w in enumerate(loc) if w in seps.values()), None)
            if k is not None:
                wrong = self.c(*[w for w in (dot, under, hyph) if w != loc[k]])
                loc[k] = f"{wrong}, {self.p(['no, scusi,', 'anzi,'], ['no sorry,', 'I mean'])} {loc[k]}"
        host, *tlds = domain.split(".")
        hw = []
        for part in re.findall(r"[a-z]+|-", host):
            hw.append(hyph if part == "-" else M_HOST_WORDS.get(part, part))
        tail = " ".join(f"{dot} {M_TLD[t][0 if it else 1]}" for t in tlds)
        return f"{' '.join(loc)} {at} {' '.join(hw)} {tail}"

    def fiscal(self) -> str:
        town = self.rng.choice(M_IT_TOWNS)[2]
        return fiscal_code(self.first, self.last, self.born, self.female, town)

    def fiscal_spoken(self, v: str, sp=None, mode=None) -> str:
        return self.spell(v, mode=mode, sp=sp, digit_style=self.c("single", "whole", None))

    def iban_value(self) -> str:
        r = self.rng
        if self.it:
            return iban("IT", r.choice("ABCDEFGHILMNPRSTUVZ") + self.digits(10) + self.digits(12))
        return iban("GB", r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + self.digits(14))

    def iban_spoken(self, v: str, sp=None, slip=False, hes=False) -> str:
        r = self.rng
        sp = sp or self.cust_sp
        groups = [v[i:i + 4] for i in range(0, len(v), 4)]
        out = []
        slip_at = r.randint(2, len(groups) - 1) if slip else -1
        for k, g in enumerate(groups):
            if any(ch.isalpha() for ch in g):
                t = self.spell(g, mode="plain" if r.random() < 0.6 else None, sp=sp, digit_style="whole")
            else:
                t = self.grp(g, r.choice(["single", "pairs", "pairs"]), sp)
            if k == slip_at:
                wrong = g[:-1] + str((int(g[-1]) + 3) % 10) if g[-1].isdigit() else g
                if wrong != g:
                    t = f"{self.grp(wrong, 'single', sp)}... {self.p(['no, scusi,', 'anzi,'], ['sorry,', 'no wait,'])} {t}"
            if k == 3 and hes:
                t = f"{self.um()} {t}"
            out.append(t)
        return ", ".join(out)

    def card(self) -> str:
        r = self.rng
        kind = r.choice(["visa", "visa", "mc", "mc", "amex"])
        self.brand = {"visa": "Visa", "mc": "Mastercard", "amex": "American Express"}[kind]
        if kind == "amex":
            return luhn_complete(r.choice(["34", "37"]), 15, r)
        pre = "4" if kind == "visa" else r.choice([str(r.randint(51, 55)), str(r.randint(2221, 2720))])
        return luhn_complete(pre, 16, r)

    def card_spoken(self, v: str, slip=False, hes=False) -> str:
        r = self.rng
        if len(v) == 15:
            return self.dictate(v, [4, 6, 5], ["pairs", "pairs", "pairs"], slip=slip, hes=hes)
        style = r.random()
        if style < 0.6:                     # every group as two pairs: "forty-one twelve"
            styles = ["pairs"] * 4
        elif style < 0.85:
            styles = [r.choice(["pairs", "single"]) for _ in range(4)]
        else:
            styles = ["single"] * 4
        return self.dictate(v, [4, 4, 4, 4], styles, slip=slip, hes=hes)

    def age(self, d: dt.date | None = None) -> int:
        b = d or self.born
        return REF_DAY.year - b.year - ((b.month, b.day) > (REF_DAY.month, REF_DAY.day))

    def dob_spoken(self, d: dt.date | None = None, form: str | None = None, sp=None, with_age=False) -> str:
        b, r = d or self.born, self.rng
        sp = sp or self.cust_sp
        if self.it:
            day = "primo" if b.day == 1 else it_words(b.day)
            yy = it_words(b.year % 100) if b.year < 2000 else it_words(b.year)
            form = form or r.choice(["long", "del", "numeric", "classe"])
            s = {"long": f"{day} {IT_MONTHS[b.month - 1]} {it_words(b.year)}",
                 "del": f"{day} {IT_MONTHS[b.month - 1]} " + (f"dell'{yy}" if yy[0] in "aeiou" else f"del {yy}"),
                 "numeric": f"{it_words(b.day)}, {it_words(b.month)}, {yy}",
                 "classe": f"classe {yy}, {self.il(b)}{day} {IT_MONTHS[b.month - 1]}"}[form]
            if with_age:
                s += self.c(f", quindi {it_words(self.age(b))} anni", f", ho {it_words(self.age(b))} anni")
            return s
        yy = en_words(b.year % 100) if b.year < 2000 and b.year % 100 >= 10 else en_year(b.year)
        form = form or r.choice(["uk", "ukshort", "month", "numeric"])
        s = {"uk": f"the {en_ordinal(b.day)} of {EN_MONTHS[b.month - 1]}, {en_year(b.year)}",
             "ukshort": f"{en_ordinal(b.day)} {EN_MONTHS[b.month - 1]} {yy}",
             "month": f"{EN_MONTHS[b.month - 1]} the {en_ordinal(b.day)}, {en_year(b.year)}",
             "numeric": f"{sp.whole(str(b.day))}, {sp.whole(str(b.month))}, {yy}"}[form]
        if with_age:
            s += self.c(f", so I'm {en_words(self.age(b))}", f", I'm {en_words(self.age(b))} now")
        return s

    def wrong_date(self) -> dt.date:
        b = self.born
        if b.day > 10 and self.rng.random() < 0.5:
            return b.replace(day=b.day - 10)
        if b.day <= 12 and b.day != b.month:
            return dt.date(b.year, b.day, b.month)
        y = b.year % 100
        swapped = (y % 10) * 10 + y // 10
        if swapped != y and 1930 <= 1900 + swapped <= 2005:
            return b.replace(year=1900 + swapped)
        return b.replace(year=b.year + 10 if b.year < 1995 else b.year - 10)

    # ------------------------------------------------------------------ addresses

    def cap_spoken(self, cap: str) -> str:
        if self.it:
            return self.dictate(cap, [5], [self.c("single", "single", "pairs")])
        out, (outward, inward) = [], cap.split()
        for part in (outward, inward):
            toks = []
            for ch in part:
                toks.append(self.cust_sp.digit(ch) if ch.isdigit() else
                            (self.letter(ch, self.spell_mode) if self.rng.random() < 0.3 else ch))
            out.append(" ".join(toks))
        return ", ".join(out)

    def detail(self):
        """A floor / staircase / flat / intercom detail: (value part, spoken part)."""
        r = self.rng
        if self.it:
            floor = r.randint(1, 6)
            fw = ["primo", "secondo", "terzo", "quarto", "quinto", "sesto"][floor - 1]
            opts = [(f"scala {'ABC'[floor % 3]}, piano {floor}", f"scala {IT_LETTERS['ABC'[floor % 3]]}, {fw} piano"),
                    (f"interno {floor + 4}", f"interno {it_words(floor + 4)}"),
                    (f"piano {floor}, citofono {self.last}", f"{fw} piano, al citofono c'è {self.last}"),
                    (f"piano {floor}, interno {floor * 2 + 1}",
                     f"{fw} piano, interno {it_words(floor * 2 + 1)}")]
            return r.choice(opts)
        fl = r.randint(1, 5)
        fw = ["first", "second", "third", "fourth", "fifth"][fl - 1]
        n = r.randint(2, 24)
        opts = [(f"Flat {n}", f"flat {en_words(n)}"),
                (f"Flat {n}, floor {fl}", f"flat {en_words(n)}, that's on the {fw} floor"),
                (f"buzzer {n}", f"buzzer {en_words(n)}"),
                (f"Flat {fl}{'AB'[n % 2]}", f"flat {en_words(fl)} {'AB'[n % 2]}")]
        return r.choice(opts)

    def house_spoken(self) -> str:
        n = self.house
        if self.it:
            return it_words(n)
        if n >= 100 and self.rng.random() < 0.6:
            return self.grp(str(n), "whole")
        return en_words(n)

    def address_parts(self, detail=None):
        """(town-and-postcode value, spoken), (street value, spoken) for the caller's home."""
        if self.it:
            kind, name = self.street
            town = self.home[0]
            tv, ts = f"{self.cap} {town}", f"{town}, {self.cap_spoken(self.cap)}"
            sv, ss = f"{kind} {name} {self.house}", f"{kind} {name} {self.house_spoken()}"
        else:
            town = self.home[0]
            tv, ts = f"{town} {self.cap}", f"{town}, {self.cap_spoken(self.cap)}"
            sv, ss = f"{self.house} {self.street}", f"{self.house_spoken()} {self.street}"
        if detail:
            if self.it or not detail[0].startswith("Flat"):
                sv, ss = f"{sv}, {detail[0]}", f"{ss}, {detail[1]}"
            else:
                sv, ss = f"{detail[0]}, {sv}", f"{detail[1]}, {ss}"
        return (tv, ts), (sv, ss)

    # ------------------------------------------------------------------ codes: order, invoice, ticket

    def code(self, kind: str) -> str:
        r = self.rng
        if kind == "ORDER":
            shape = r.choice(["digits", "digits", "alnum"])
            if shape == "digits":
                v = str(r.randint(1, 9)) + self.digits(r.choice([7, 8, 9]))
            else:
                v = "".join(r.choice("ABCDEFHKLMNPRSTW") for _ in range(2)) + self.digits(7)
        elif kind == "INVOICE":
            v = r.choice(["FT", "FA", "IN", "BL"]) + str(r.choice([2025, 2026])) + self.digits(6)
        else:
            v = r.choice(["TK", "INC", "AS", ""]) + str(r.randint(1, 9)) + self.digits(6)
        return v

    def code_spoken(self, v: str, sp=None, slip=False, hes=False, style=None) -> str:
        r = self.rng
        m = re.match(r"([A-Z]*)(\d+)$", v)
        letters, digits = m.group(1), m.group(2)
        parts = []
        if letters:
            parts.append(self.spell(letters, sp=sp))
        if len(digits) == 10 and digits[:2] == "20" and letters:     # invoice: year, then the rest
            year = int(digits[:4])
            parts.append(it_words(year) if self.it else en_year(year))
            rest = digits[4:]
            parts.append(self.dictate(rest, [3, 3], style or self.mixed_styles(2), sp=sp, slip=slip, hes=hes))
        else:
            n = len(digits)
            sizes = {7: [r.choice([1, 3]), 3] if r.random() < 0.5 else [3, 2, 2], 8: r.choice([[2, 3, 3], [3, 3, 2], [4, 4]]),
                     9: r.choice([[3, 3, 3], [2, 3, 2, 2]]), 10: r.choice([[3, 3, 2, 2], [2, 3, 3, 2], [3, 2, 3, 2]])}.get(n, [3] * (n // 3))
            if style is None:
                style = self.mixed_styles(len(sizes)) if self.it or r.random() < 0.4 else "single"
            parts.append(self.dictate(digits, sizes, style, sp=sp, slip=slip, hes=hes))
        return ", ".join(parts)

    # ------------------------------------------------------------------ plan

    def plan(self) -> list[Item]:
        r = self.rng
        keeps = [k for k in KEEPS[self.purpose] if self.it or k != "FISCAL"]
        extras = [k for k in EXTRAS[self.purpose] if self.it or k != "FISCAL"]
        r.shuffle(extras)
        health_focus = self.focus in ("relative", "timing")
        if "HEALTH" in extras and (health_focus or r.random() < 0.7):
            extras.remove("HEALTH")
            extras.insert(0, "HEALTH")
        if "DOB" in extras and self.focus in ("wrongdob", "combo"):
            extras.remove("DOB")
            extras.insert(0, "DOB")
        target = r.randint(8, 11)
        items = [Item(k) for k in keeps]

        def total():
            return sum(i.cost() for i in items) + self.spell_surname + self.bye

        pending = list(extras)
        while pending and total() < target - 3:
            items.append(Item(pending.pop(0)))
        # variants
        for i in items:
            if i.kind == "HEALTH":
                if self.focus == "relative":
                    i.variant = "relative"
                elif self.focus == "timing":
                    i.variant = "timing"
                else:
                    i.variant = r.choice(["relative", "relative", "timing", "timing", "self", "reason"])
            elif i.kind == "DOB":
                i.variant = r.choice(["plain", "age", "plain"])
            elif i.kind == "ADDRESS":
                i.variant = "townfirst" if self.focus == "townfirst" else r.choice(["plain", "townfirst", "detail"])
                if r.random() < 0.3:
                    i.variant += "+detail"
            if i.kind in ASKBACK and r.random() < (0.5 if self.focus == "askback" else 0.22):
                if r.random() < 0.5:
                    i.askback = True
                else:
                    i.delay = True
            if i.kind in ("PHONE", "ORDER", "INVOICE", "TICKET", "IBAN", "CARD"):
                i.slip = r.random() < 0.18
                i.hes = r.random() < 0.2
            if i.kind in ("PHONE", "IBAN", "TICKET", "CARD", "ORDER"):
                i.adjacent = r.random() < 0.55
        kinds = {i.kind: i for i in items}
        # two in one breath
        if "PHONE" in kinds and "EMAIL" in kinds and r.random() < (0.7 if self.focus == "combo" else 0.35):
            kinds["PHONE"].partner = kinds["EMAIL"]
            kinds["EMAIL"].absorbed = True
        if "DOB" in kinds and not kinds["DOB"].absorbed:
            d = kinds["DOB"]
            if "FISCAL" in kinds and r.random() < 0.4:
                kinds["FISCAL"].partner = d
                d.absorbed = True
            elif r.random() < (0.6 if self.focus == "combo" else 0.3):
                d.variant = "withname"
                d.absorbed = True
        # decorations that add spans, until the target
        decos = []
        for i in items:
            if i.kind in READBACK and not i.absorbed and not i.partner:
                decos.append(("rb", i))
            if i.kind == "ADDRESS":
                decos.append(("split", i))
            if i.kind == "DOB" and i.variant in ("plain", "age") and not i.absorbed:
                decos.append(("wrong", i))
        r.shuffle(decos)
        wrong = next((d for d in decos if d[0] == "wrong"), None)
        if wrong and (self.focus == "wrongdob" or r.random() < 0.35):
            decos.remove(wrong)
            decos.insert(0, wrong)
        decos += [("spell", None), ("bye", None)]
        while total() < target:
            if pending and (r.random() < 0.4 or not decos):
                items.append(Item(pending.pop(0)))
                if items[-1].kind == "HEALTH":
                    items[-1].variant = r.choice(["relative", "timing"])
                elif items[-1].kind == "DOB":
                    items[-1].variant = "plain"
                elif items[-1].kind == "ADDRESS":
                    items[-1].variant = "plain"
                continue
            if not decos:
                break
            what, i = decos.pop(0)
            if what == "rb" and total() + 1 <= target:
                i.rb = True
            elif what == "split" and total() + 1 <= target:
                i.split = True
            elif what == "wrong" and total() + 2 <= target:
                i.wrong = True
            elif what == "spell":
                self.spell_surname = True
            elif what == "bye":
                self.bye = True
        # a second health mention (the other kind: relative or timing) when there is room
        hs = [i for i in items if i.kind == "HEALTH"]
        if hs and total() < 11 and r.random() < 0.35:
            other = "timing" if hs[0].variant != "timing" else "relative"
            items.append(Item("HEALTH", other))
        return items

    # ------------------------------------------------------------------ asking

    def ask(self, item: Item):
        getattr(self, "ask_" + item.kind.lower())(item)

    def q(self, it_opts, en_opts) -> str:
        return self.c(*(it_opts if self.it else en_opts))

    def lead_in(self, item: Item, inline_it, inline_en, delay_it, delay_en, sep_it, sep_en, leads_it, leads_en):
        """What the caller says before the value: an inline question back, a delay, a short exchange, or a lead."""
        r = self.rng
        if item.askback:
            if r.random() < 0.55:
                return self.q(inline_it, inline_en)
            cq, ar, cl = self.c(*(sep_it if self.it else sep_en))
            self.say("customer", cq)
            self.say("agent", ar)
            return cl
        if item.delay:
            if r.random() < 0.6:
                return self.q(delay_it, delay_en)
            self.say("customer", self.p(["Un attimo solo, devo cercarlo.", "Aspetti, non ce l'ho davanti.",
                                         "Mi dà un momento?"],
                                        ["Hang on, I need to dig it out.", "Give me a sec, it's not in front of me.",
                                         "Can you bear with me a moment?"]))
            self.say("agent", self.p(["Certo, la aspetto.", "Faccia pure.", "Nessuna fretta."],
                                     ["Of course, take your time.", "No problem, I'll hold.", "Sure, no rush."]))
            return self.p(["eccomi, allora:", "trovato. Dunque,", "ok, ce l'ho:"],
                          ["right, found it:", "okay, got it here,", "sorry about that, it's"])
        return self.q(leads_it, leads_en)

    def ask_phone(self, item: Item):
        r = self.rng
        partner = item.partner
        if partner:
            self.say("agent", self.q(["Mi lascia un numero di telefono e un indirizzo email?",
                                      "Telefono e mail, per cortesia?",
                                      "Per i contatti: cellulare ed email?"],
                                     ["Phone number and email?",
                                      "Can I take a mobile number and an email address for the paperwork?",
                                      "And how do we reach you, number and email?"]))
        else:
            qs_it = ["Un numero di telefono?", "Il cellulare?",
                     "Mi lascerebbe gentilmente un numero al quale poterla richiamare?",
                     "Per cortesia, mi indica un numero di telefono valido?",
                     "Su che numero le mandiamo l'SMS di conferma?",
                     "Se per caso la linea si interrompe, a che numero la ritrovo?"]
            qs_en = ["Contact number?", "Best number for you?",
                     "Would you mind giving me a contact number, just in case?",
                     "Could I take a telephone number we can reach you on, please?",
                     "Where do I text the confirmation code?",
                     "Should the line drop, what number shall I call you back on?"]
            if self.purpose == TE:
                qs_it.append("Il tecnico a che numero la chiama prima di passare?")
                qs_en.append("What number should the engineer ring before turning up?")
            if self.purpose == CC:
                qs_it.append("Il corriere, se non trova il citofono, chi chiama?")
                qs_en.append("If the courier's stuck at the door, who does he phone?")
            self.say("agent", self.q(qs_it, qs_en))
        v, sizes = self.phone()
        mobile = v.startswith("3") if self.it else v.startswith("07")
        if mobile:
            inline_it = ["Il fisso o il cellulare? Meglio il cellulare, allora:", "Quello di casa? No, le do il cellulare:",
                         "Il mio personale? Sì, allora,"]
            inline_en = ["Mobile or landline? Mobile's better, it's", "The work number? Actually, take my own,",
                         "Mine or my partner's? Mine, it's"]
            sep_it = [("Le serve quello fisso?", "No, va bene un cellulare.", "Allora, il cellulare è il"),
                      ("Va bene anche quello del lavoro?", "Meglio un numero dove la trova sempre.", "Allora le do il mio,")]
            sep_en = [("Do you need a landline?", "No, a mobile's fine.", "Right, mobile's"),
                      ("Is a work number okay?", "Ideally somewhere we'll always get you.", "Then take my mobile,")]
            leads_it = ["sì, è il", "allora,", "segni pure:", "il cellulare è", "mi trova al"]
            leads_en = ["it's", "yeah, it's", "you can get me on", "mobile's", "okay, ready?"]
        else:
            inline_it = ["Va bene il fisso? Il cellulare non prende, allora:", "Quello di casa? Sì, allora,"]
            inline_en = ["Is a landline okay? The mobile signal's awful here, so", "The house phone? Sure,"]
            sep_it = [("Va bene il numero di casa?", "Certo, va benissimo.", "Allora, il fisso è il")]
            sep_en = [("Is a landline alright?", "That's fine.", "Okay, the house phone is")]
            leads_it = ["il fisso è il", "a casa mi trova al", "allora, segni:"]
            leads_en = ["the landline's", "best on the house phone,", "it's"]
        lead = self.lead_in(item, inline_it, inline_en,
                            ["aspetti che non me lo ricordo mai... ecco,", "un attimo che lo guardo sul telefono... allora,"],
                            ["hang on, I never remember it... right,", "give me a sec, I always forget it... okay,"],
                            sep_it, sep_en, leads_it, leads_en)
        spoken = self.phone_spoken(v, sizes, slip=item.slip, hes=item.hes)
        tail = []
        if item.adjacent and not partner:
            h1 = r.choice([9, 10, 14, 15, 17, 18]) if self.it else r.choice([9, 10, 2, 3, 5, 6])
            tail = self.p([["e mi trova dopo le", self.N(h1), "."], ["meglio tra le", self.N(h1), "e le", self.N(h1 + 2), "."],
                           [", dalle", self.N(h1), "in poi."]],
                          [["after", self.N(h1), "is best."], ["any time between", self.N(h1), "and", self.N(h1 + 2), "."],
                           [", but not before", self.N(h1), "."]])
        if partner:
            local, domain = self.email()
            es = self.email_spoken(local, domain)
            self.say("customer", lead, ("PHONE_NUMBER", v, spoken),
                     self.p(["e la mail è", ", e come mail", ", la mail invece è"], ["and email's", ", and the email is", ", email,"]),
                     ("EMAIL_ADDRESS", f"{local}@{domain}", es), self.p(["tutto minuscolo.", ""], ["all lower case.", ""]))
            self.after(item)
            return
        self.say("customer", lead, ("PHONE_NUMBER", v, spoken), tail)
        if item.rb:
            back = self.dictate(v, [3, 3, 4] if len(v) == 10 else [5, 3, 3] if len(v) == 11 else [3, 3, 3],
                                "single", sp=self.agent_sp)
            self.say("agent", self.p(["Ripeto:", "Allora, rileggo:", "Quindi"], ["Let me read that back:", "So that's", "Just to check,"]),
                     ("PHONE_NUMBER", v, back), self.p(["giusto?", "corretto?", "è così?"], ["yeah?", "right?", "is that correct?"]))
            self.ok_back()
        else:
            self.after(item)

    def after(self, item: Item):
        if self.rng.random() < 0.5:
            self.ack()

    def ask_email(self, item: Item):
        r = self.rng
        self.say("agent", self.q(["La mail?", "Un indirizzo email?",
                                  "Mi potrebbe dettare con calma il suo indirizzo di posta elettronica?",
                                  "A che casella le mando il contratto da firmare?",
                                  "Dove le arriva la ricevuta? Mi serve una mail."],
                                 ["Email address?", "And an email?",
                                  "Could you spell out your email address for me, nice and slowly?",
                                  "Where shall I send the paperwork over to?",
                                  "What inbox should the receipt land in?"]))
        lead = self.lead_in(item,
                            ["Quella personale o quella del lavoro? Le do quella del lavoro:",
                             "Quella che uso per le bollette? Va bene, è"],
                            ["The work address? Fine, it's", "The address I signed up with? Sure,"],
                            ["aspetti che la controllo, ne ho tante... ecco,", "un momento che la leggo... allora,"],
                            ["hold on, I've got a few... right, use", "let me check which... okay,"],
                            [("Deve essere per forza una mail personale?", "No, va bene qualsiasi.", "Allora le do quella del lavoro:")],
                            [("Does it have to be a personal address?", "No, any will do.", "Then take my work address,")],
                            ["allora,", "sì, è", "scriva:", "certo,"], ["sure, it's", "it's", "okay so", "right,"])
        local, domain = self.email()
        form = "spelled" if r.random() < 0.2 else "words"
        slip = r.random() < 0.2 and any(ch in local for ch in "._-")
        es = self.email_spoken(local, domain, form, slip=slip)
        tail = self.p(["tutto attaccato.", "tutto minuscolo.", "senza spazi.", ""], ["all lower case.", "no spaces.", ""])
        self.say("customer", lead, ("EMAIL_ADDRESS", f"{local}@{domain}", es), tail)
        if item.rb:
            back = self.email_spoken(local, domain, "words")
            self.say("agent", self.p(["Allora ho scritto", "Rileggo:"], ["So I've got", "Reading it back:"]),
                     ("EMAIL_ADDRESS", f"{local}@{domain}", back), self.p(["giusto?", "va bene?"], ["yes?", "right?"]))
            self.ok_back()
        else:
            self.after(item)

    def ask_address(self, item: Item):
        r, it = self.rng, self.it
        detail = self.detail() if "detail" in item.variant else None
        (tv, ts), (sv, ss) = self.address_parts(detail)
        qs_it = ["L'indirizzo?", "Mi può indicare l'indirizzo completo, con CAP e città?",
                 "Dove risulta la fornitura?", "Dove abita, di preciso?"]
        qs_en = ["Address?", "Could you give me the full address, postcode included?",
                 "Where's the property?", "And where do you live?"]
        if self.purpose == CC:
            qs_it.append("Dove dobbiamo riconsegnare il pacco?")
            qs_en.append("Where should the driver bring it this time?")
        if self.purpose == BI:
            qs_it.append("A che indirizzo arrivano le fatture?")
            qs_en.append("Which address do the bills go to?")
        if self.purpose == TE:
            qs_it.append("Dove deve venire il tecnico?")
            qs_en.append("Where's the engineer going to?")
        if item.split:
            self.say("agent", self.p(["Mi dice prima città e CAP?", "Partiamo da comune e codice postale."],
                                     ["Start me off with the town and postcode?", "Town and postcode first, please."]))
            self.say("customer", self.p(["Allora,", "Sì,", ""], ["Okay,", "Yeah,", ""]), ("ADDRESS", tv, ts), ".")
            self.say("agent", self.p(["E la via, con il civico?", "Ok. E la strada?"], ["And the street?", "Lovely, and the house number and street?"]))
            self.say("customer", self.p(["", "Allora,", "È"], ["", "It's", "That's"]), ("ADDRESS", sv, ss), ".")
        else:
            self.say("agent", self.q(qs_it, qs_en))
            lead = self.lead_in(item, ["Quello di residenza o dove sono adesso? Di residenza:",
                                       "Per la consegna? Allora, mandatelo a"],
                                ["Home, or where I'm staying? Home,", "For the delivery? Okay, it's"],
                                ["aspetti che ci siamo appena trasferiti... allora,"],
                                ["hang on, we've only just moved, I always get it muddled... right,"],
                                [("Il domicilio o la residenza?", "Dove vuole ricevere la posta.", "Allora,")],
                                [("The billing address or home?", "Wherever you want the post to go.", "Okay,")],
                                ["allora,", "sono in", "abito in", "sì,"] if not item.variant.startswith("townfirst")
                                else ["allora, sono a", "abito a", "sì,"],
                                ["it's", "I'm at", "we're at", "yeah,"] if not item.variant.startswith("townfirst")
                                else ["I'm in", "it's", "we're in"])
            if item.variant.startswith("townfirst"):
                v = f"{sv}, {tv}"
                s = f"{ts}, {ss}"
            elif it:
                v = f"{sv}, {tv}"
                cap_s = self.cap_spoken(self.cap)
                s = r.choice([f"{ss}, {cap_s}, {self.home[0]}", f"{ss}, a {self.home[0]}, CAP {cap_s}"])
            else:
                v = f"{sv}, {tv}"
                s = f"{ss}, {self.home[0]}, {self.cap_spoken(self.cap)}"
            tail = self.p(["", ".", "il portone è quello verde.", ""], ["", ".", "it's the house with the blue door.", ""])
            self.say("customer", lead, ("ADDRESS", v, s), tail)
        if item.rb:
            v = f"{sv}, {tv}"
            if it:
                back = f"{ss}, {self.home[0]}"
            else:
                back = f"{ss}, {self.home[0]}, {self.cap_spoken(self.cap)}"
            self.say("agent", self.p(["Quindi", "Ricapitolo:"], ["So that's", "Let me check:"]), ("ADDRESS", v, back),
                     self.p(["giusto?", "confermo?"], ["yes?", "is that right?"]))
            self.ok_back()
        else:
            self.after(item)

    def ask_code(self, item: Item, label_kind: str, qs_it, qs_en, inline_it, inline_en, delay_it, delay_en,
                 sep_it, sep_en, leads_it, leads_en):
        r = self.rng
        self.say("agent", self.q(qs_it, qs_en))
        lead = self.lead_in(item, inline_it, inline_en, delay_it, delay_en, sep_it, sep_en, leads_it, leads_en)
        v = self.code(label_kind)
        spoken = self.code_spoken(v, slip=item.slip, hes=item.hes)
        tail = []
        if item.adjacent:
            if label_kind == "TICKET":
                model = r.choice([3200, 4500, 860, 1200, 7100])
                mw = it_words(model) if self.it else en_words(model)
                if model >= 1000 and r.random() < 0.6:
                    mw = self.grp(str(model), "pairs")
                pre = self.c(("ti ics", "TX"), ("acca bi", "HB"), ("zeta erre", "ZR")) if self.it else \
                    self.c(("T X", "TX"), ("H B", "HB"), ("Z R", "ZR"))
                tail = self.p([["ed è per il router", pre[0], self.N(model, mw), "."],
                               [", riguarda il modem", pre[0], self.N(model, mw), "."]],
                              [["and it's about the", pre[0], self.N(model, mw), "router."],
                               [", that's for the", pre[0], self.N(model, mw), "hub."]])
            elif label_kind == "ORDER":
                q = r.randint(2, 5)
                tail = self.p([[", erano", self.N(q), "articoli, per", *self.money(r.randint(30, 140), r.choice([None, 50, 90])), "."],
                               [", un pacco da", self.N(q), "chili."]],
                              [[", that's", self.N(q), "items,", *self.money(r.randint(30, 140), r.choice([None, 50, 99])), "in total."],
                               [", a parcel of about", self.N(q), "kilos."]])
            else:
                tail = self.p([["e l'importo è di", *self.money(r.randint(40, 260), r.choice([None, 15, 80])), "."]],
                              [["and the amount's", *self.money(r.randint(40, 260), r.choice([None, 15, 80])), "."]])
        self.say("customer", lead, ("ORDER_NUMBER", v, spoken), tail)
        if item.rb:
            back = self.code_spoken(v, sp=self.agent_sp, style="single")
            self.say("agent", self.p(["Allora,", "Ripeto:", "Quindi"], ["So,", "Reading back:", "That's"]),
                     ("ORDER_NUMBER", v, back), self.p(["esatto?", "giusto?"], ["correct?", "yeah?"]))
            self.ok_back()
        else:
            self.after(item)

    def ask_order(self, item: Item):
        self.ask_code(
            item, "ORDER",
            ["Il numero d'ordine?", "Mi sa dire il numero dell'ordine, per favore? Lo trova nella mail di conferma.",
             "Con che riferimento ha fatto l'acquisto?", "Mi serve il codice dell'ordine per rintracciare il pacco."],
            ["Order number?", "Could you give me the order number, please? It's on the confirmation email.",
             "What reference did the order go through under?", "I'll need the order number to trace the parcel."],
            ["Quello sulla fattura o quello della mail? Quello della mail, allora:", "Il numero lungo? Ok, è"],
            ["The number on the invoice? Okay, it's", "The long number at the top? Right,"],
            ["un attimo che apro la mail... ecco,", "aspetti che recupero lo scontrino... allora,"],
            ["give me a sec, it's in my emails... okay,", "hang on, I've got the slip somewhere... here we go,"],
            [("Quello dell'ordine o quello della spedizione?", "Quello dell'ordine.", "Ok, allora:")],
            [("The order number or the tracking number?", "The order number, please.", "Okay, that's")],
            ["sì,", "allora,", "è il", "dunque,"], ["yeah,", "it's", "sure,", "okay,"])

    def ask_invoice(self, item: Item):
        self.ask_code(
            item, "INVOICE",
            ["Il numero della fattura?", "Mi legge, per cortesia, il numero della fattura che contesta?",
             "Di che bolletta stiamo parlando? Mi dà il riferimento?"],
            ["Invoice number?", "Could you read me the number of the bill you're querying, please?",
             "Which bill are we talking about? Is there a reference on it?"],
            ["Il numero in alto a destra? Sì, allora", "Quello accanto alla data? Ok,"],
            ["The number top right on the bill? Okay,", "The number next to the date? Right,"],
            ["mi faccia prendere la bolletta... allora,", "aspetti che la apro sul computer... ecco,"],
            ["hang on, the bill's somewhere here... here we go,", "let me open the PDF... right,"],
            [("Quello della fattura o il codice cliente?", "Quello della fattura.", "Allora, è")],
            [("The invoice number or my account number?", "The invoice number.", "Okay, it's")],
            ["è la", "sì,", "allora,"], ["it's", "yeah,", "right, it's"])

    def ask_ticket(self, item: Item):
        self.ask_code(
            item, "TICKET",
            ["Ha già un numero di segnalazione?", "Mi dice per favore il numero del ticket aperto la volta scorsa?",
             "Le avevano dato un codice quando ha chiamato l'altra volta?"],
            ["Have you got a fault reference?", "Could you give me the ticket number from last time, please?",
             "Did they give you a reference when you rang before?"],
            ["Il numero che mi avete mandato per SMS? Ecco,", "Quello dell'altra settimana? Allora,"],
            ["The reference from the email you sent? Right, it's", "From last week's call? Okay,"],
            ["un attimo che cerco il messaggio... allora,"], ["let me find the text... right,"],
            [("Quello vecchio o quello nuovo?", "Quello più recente.", "Allora,")],
            [("The old reference or the newer reference?", "The most recent, please.", "Okay,")],
            ["sì, è", "allora,", "il ticket è"], ["yes, it's", "sure,", "the reference is"])

    def ask_fiscal(self, item: Item):
        partner = item.partner
        if partner:
            self.say("agent", self.p(["Codice fiscale e data di nascita, per favore.",
                                      "Per l'identificazione mi servono codice fiscale e data di nascita."],
                                     ["Your codice fiscale and date of birth, please."]))
        else:
            self.say("agent", self.p(["Il codice fiscale?", "Mi detta il suo codice fiscale, per cortesia?",
                                      "Per verificare l'intestatario mi legge il codice sulla tessera sanitaria?"],
                                     ["And your Italian tax code?", "Could you read me your codice fiscale?"]))
        lead = self.lead_in(item, ["Il mio o quello di mio marito? Il mio, allora:" if self.female else
                                   "Il mio o quello di mia moglie? Il mio, allora:", "Quello sulla tessera? Sì,"],
                            ["The Italian one? Sure,"],
                            ["aspetti che prendo la tessera... allora,", "un attimo che apro il portafoglio... ecco,"],
                            ["let me get the card out... right,"],
                            [("Serve anche quello dell'intestatario?", "Solo il suo, grazie.", "Allora,")],
                            [("Do you need my wife's too?" if not self.female else "Do you need my husband's too?",
                              "Just yours, thanks.", "Okay, it's")],
                            ["allora,", "è", "glielo leggo:", "dunque,"], ["it's", "okay,"])
        v = self.fiscal()
        s = self.fiscal_spoken(v)
        if partner:
            self.say("customer", lead, ("IT_FISCAL_CODE", v, s),
                     self.p(["e sono " + self.g("nato", "nata") + " il", ", la data è il"] if self.il() == "il "
                            else [", data di nascita:"], ["and I was born on"]),
                     ("DATE_OF_BIRTH", self.born.isoformat(), self.dob_spoken(form=self.dated_form(), with_age=partner.variant == "age")))
            self.after(item)
            return
        self.say("customer", lead, ("IT_FISCAL_CODE", v, s))
        if item.rb:
            self.say("agent", self.p(["Rileggo:", "Quindi"], ["So:"]), ("IT_FISCAL_CODE", v, self.spell(v, mode="plain", sp=self.agent_sp, digit_style="single")),
                     self.p(["giusto?", "corretto?"], ["right?"]))
            self.ok_back()
        else:
            self.after(item)

    def ask_iban(self, item: Item):
        r = self.rng
        qs_it = ["L'IBAN?", "Mi può leggere l'IBAN completo, per favore, con calma?",
                 "Su che conto vuole il rimborso?", "Da quale conto facciamo partire l'addebito?"]
        qs_en = ["IBAN?", "Could you read me the full IBAN, please, nice and slowly?",
                 "Which account should the refund go back to?", "What account is the direct debit coming from?"]
        self.say("agent", self.q(qs_it, qs_en))
        lead = self.lead_in(item, ["Quello del conto cointestato? Va bene, allora", "Lo vuole tutto? Ok,"],
                            ["The account the debit comes out of? Okay,", "The whole thing? Right,"],
                            ["aspetti che apro l'app della banca... dunque,", "un attimo che prendo il bancomat... allora,"],
                            ["just a moment, logging into the banking app... right,", "hang on, it's on a statement here... okay,"],
                            [("Le serve anche il nome della banca?", "No, basta l'IBAN.", "Allora,")],
                            [("Do you need the bank name as well?", "No, just the IBAN.", "Okay, it's")],
                            ["allora,", "l'IBAN è", "sì, è", "glielo leggo:"], ["it's", "okay, it's", "sure,", "right, here goes:"])
        v = self.iban_value()
        s = self.iban_spoken(v, slip=item.slip, hes=item.hes)
        tail = []
        if item.adjacent:
            tail = self.p([["e il rimborso sarebbe di", *self.money(r.randint(20, 180), r.choice([None, 40, 75])), ", giusto?"],
                           [", per i", *self.money(r.randint(20, 180)), "che mi dovete."]],
                          [["and the refund's", *self.money(r.randint(20, 180), r.choice([None, 40, 75])), ", isn't it?"],
                           [", for the", *self.money(r.randint(20, 180)), "you owe me."]])
        self.say("customer", lead, ("IBAN_CODE", v, s), tail)
        if item.rb:
            back = self.iban_spoken(v, sp=self.agent_sp)
            self.say("agent", self.p(["Ricontrollo:", "Allora,"], ["Let me read that back:", "So,"]), ("IBAN_CODE", v, back),
                     self.p(["giusto?", "corrisponde?"], ["correct?", "that right?"]))
            self.ok_back()
        else:
            self.after(item)

    def ask_card(self, item: Item):
        r = self.rng
        v = self.card()
        amount = self.money(r.randint(9, 99), r.choice([None, 90, 99, 50]))
        self.say("agent", self.q(["Con che carta paga?", "Mi può dare il numero della carta, per favore?",
                                  "Preferisce saldare subito con una carta?",
                                  "Per il pagamento della differenza mi servono le cifre della carta."],
                                 ["Card number?", "Could I take the long card number, please?",
                                  "Would you like to settle that by card now?",
                                  "To pay off the balance I'll need the card details."]))
        lead = self.lead_in(item, ["La carta di debito va bene? Allora,", "Anche una prepagata? Ok, allora"],
                            ["Does a debit card work? Great,", "Is a credit card okay? Right,"],
                            ["un secondo che la tiro fuori dal portafoglio... eccola,"],
                            ["hold on, let me get the card out... right,"],
                            [("Accettate la " + self.brand + "?", "Sì, certo.", "Allora,")],
                            [("Do you take " + self.brand + "?", "We do, yes.", "Okay, it's")],
                            [f"è una {self.brand}:", "allora,", "dunque,"], [f"it's {'an' if self.brand[0] in 'AEIOU' else 'a'} {self.brand},", "okay,", "right,"])
        s = self.card_spoken(v, slip=item.slip, hes=item.hes)
        self.say("customer", lead, ("CREDIT_CARD", v, s))
        if item.adjacent:
            self.say("agent", self.p(["Perfetto, addebito", "Bene, le prendo"], ["Great, that's", "Okay, I'll take"]), *amount,
                     self.p(["ora.", "adesso, le arriva la conferma."], ["now.", "now, you'll get a confirmation."]))
        else:
            self.after(item)

    def ask_dob(self, item: Item):
        form = self.c("long", "del", "numeric", "classe") if self.it else self.c("uk", "ukshort", "month", "numeric")
        self.say("agent", self.q(["La data di nascita?", "Per la verifica di sicurezza mi dice quando è " + self.g("nato", "nata") + "?",
                                  "Mi conferma giorno, mese e anno di nascita, per cortesia?"],
                                 ["Date of birth?", "For security, could you confirm your date of birth, please?",
                                  "And when's your birthday, including the year?"]))
        lead = self.lead_in(item, ["La mia? Sì,", "Quella dell'intestatario, cioè io? Allora,"],
                            ["Mine? Sure,", "The account holder, so me? Okay,"],
                            ["aspetti che mi confondo sempre con quella di mia sorella... allora,"],
                            ["sorry, hang on... right,"],
                            [("Serve anche l'anno?", "Sì, tutto.", "Allora,")],
                            [("With the year?", "Yes please.", "Okay,")],
                            ["il", "sono " + self.g("nato", "nata") + " il", "allora,"] if form != "classe" and self.il() == "il "
                            else ["allora,", "dunque,"] if form != "classe" else ["allora,", "dunque,", "sono"],
                            ["it's", "I was born on", "that's"])
        s = self.dob_spoken(form=form, with_age=item.variant == "age")
        self.say("customer", lead, ("DATE_OF_BIRTH", self.born.isoformat(), s))
        if item.wrong:
            self.wrong_readback()
        else:
            self.after(item)

    def il(self, d: dt.date | None = None) -> str:
        """The article before an Italian day number: 'il ventidue', "l'otto"."""
        return "l'" if (d or self.born).day in (8, 11) else "il "

    def dated_form(self) -> str:
        """A date-of-birth shape that can follow 'nato il' / 'born'."""
        return self.c("long", "del", "numeric") if self.it else self.c("uk", "ukshort", "month", "numeric")

    def wrong_readback(self):
        w = self.wrong_date()
        self.say("agent", self.p(["Quindi", "Ho capito", "Allora"], ["So that's", "I've got", "Okay,"]),
                 ("DATE_OF_BIRTH", w.isoformat(), self.dob_spoken(w, form=self.dated_form(), sp=self.agent_sp)),
                 self.p(["giusto?", "è corretto?"], ["yes?", "is that right?"]))
        why = ("day" if w.day != self.born.day and w.month == self.born.month else
               "swap" if w.month != self.born.month else "year")
        remark = {"day": self.p(["No, il giorno è sbagliato:", "No, scusi, ha capito male il giorno:"],
                                ["No, you've got the day wrong:", "Not quite, the day's off:"]),
                  "swap": self.p(["No, ha invertito giorno e mese:", "No, al contrario:"],
                                 ["No, you've swapped day and month:", "Other way round:"]),
                  "year": self.p(["No, l'anno non è quello:", "L'anno è sbagliato:"],
                                 ["No, wrong year:", "The year's not right:"])}[why]
        form = self.c("long", "del") if self.it else self.c("uk", "month")
        self.say("customer", remark, ("DATE_OF_BIRTH", self.born.isoformat(), self.dob_spoken(form=form)), ".")
        self.say("agent", self.p(["Mi scusi, corretto.", "Ah, pardon, sistemato."], ["Sorry about that, fixed.", "Ah, my mistake, done."]))

    # ------------------------------------------------------------------ health

    def relative(self):
        if self.it:
            rel, fem = self.c(*M_IT_RELATIVES)
            return rel, fem
        return self.c(*M_EN_RELATIVES), None

    def health_relative_pieces(self) -> list:
        rel, fem = self.relative()
        if self.it:
            verb, m, f = self.c(*M_IT_REL_COND)
            cond = f if fem else m
            return [rel, verb, ("HEALTH", cond, cond)]
        verb, cond = self.c(*M_EN_REL_COND)
        return [rel, verb, ("HEALTH", cond, cond)]

    def ask_health(self, item: Item):
        v = item.variant
        if v == "timing":
            self.schedule(health=True)
            return
        if v == "reason":                      # said in the reason turn already
            return
        visit_it, visit_en = {CC: ("per la consegna", "for the delivery"), TE: ("per la visita del tecnico", "for the engineer's visit"),
                              SA: ("quando la ricontattiamo", "when we get back to you"),
                              BI: ("quando la richiamiamo", "when we call you back")}[self.purpose]
        self.say("agent", self.p([f"C'è qualcosa che dobbiamo sapere {visit_it}?",
                                  "Ci sono esigenze particolari in casa di cui tenere conto?",
                                  "Nel caso, ci sono fasce orarie da evitare o accortezze da avere?"],
                                 [f"Anything we should know {visit_en}?",
                                  "Is there anyone in the household with particular needs?",
                                  "Any reason we should avoid certain times, or anything to be careful about?"]))
        if v == "relative":
            pieces = self.health_relative_pieces()
            if self.purpose in (CC, TE):
                cons = self.p(["quindi per favore chiamate prima di suonare.",
                               "per cui c'è sempre qualcuno, ma ci mette un po' ad aprire.",
                               "quindi se dovete staccare la corrente avvisateci prima.",
                               "quindi il primo pomeriggio è difficile."],
                              ["so please phone ahead rather than ringing the bell.",
                               "so there's always someone in, but it takes a while to get to the door.",
                               "so if the power has to go off, we need a heads-up.", "so early afternoons are tricky."])
            else:
                cons = self.p(["quindi non sempre riesco a rispondere al telefono.", "per cui la mattina sono sempre fuori casa.",
                               "quindi meglio scrivermi che chiamarmi."],
                              ["so I can't always pick up.", "so I'm out most mornings.", "so a text is better than a call."])
            self.say("customer", self.p(["Sì, guardi,", "Beh, sì:", "Una cosa sola:"], ["Yes, actually,", "Well,", "Only this:"]),
                     pieces[0], pieces[1], pieces[2], ",", cons)
        else:
            if self.it:
                verb, m, f = self.c(*M_IT_SELF_COND)
                cond = f if self.female else m
            else:
                verb, cond = self.c(*M_EN_SELF_COND)
            cons = self.p(["quindi se non rispondo subito, riprovate.", "per cui la mattina presto non è l'ideale.",
                           "quindi abbiate un po' di pazienza con me."],
                          ["so if I don't answer straight away, try again.", "so first thing in the morning isn't ideal.",
                           "so bear with me if I'm a bit slow."])
            self.say("customer", self.p(["Sì, le dico:", "Beh, visto che me lo chiede,"], ["Yes, since you ask,", "Well,"]),
                     verb, ("HEALTH", cond, cond), ",", cons)
        self.say("agent", self.p(["Grazie, lo segnalo al collega.", "D'accordo, ne terremo conto.", "Capito, lo annoto."],
                                 ["Thanks, I'll pass that on.", "Okay, we'll bear that in mind.", "Understood, I've made a note."]))

    def schedule(self, health: bool):
        """An appointment or a call-back with hours (NONPII), where a health reason for the timing comes up in passing."""
        r, it = self.rng, self.it
        days = M_IT_DAYS if it else M_EN_DAYS
        day, day2 = r.sample(days, 2)
        h1 = r.choice([9, 10, 11])
        h2 = r.choice([14, 15, 16]) if it else r.choice([2, 3, 4])
        what = {CC: ("Il corriere può ripassare {day} tra le", "The driver can come back on {day} between"),
                SA: ("La posso richiamare {day} alle", "I can call you back on {day} at"),
                BI: ("Un collega la richiama {day} verso le", "A colleague will ring you on {day} around"),
                TE: ("Il tecnico può venire {day} alle", "The engineer can come on {day} at")}[self.purpose][0 if it else 1]
        what = what.format(day=day)
        if self.purpose == CC:
            self.say("agent", what, self.N(h1), "e le" if it else "and", self.N(h1 + 2), ".")
        else:
            self.say("agent", what, self.N(h1), ".")
        if health:
            if r.random() < 0.5:
                before, lab, after = self.c(*(M_IT_TIMING if it else M_EN_TIMING))
                fem = None
                rel = ""
            else:
                rel, fem = self.relative()
                before, lab, after = self.c(*(M_IT_REL_TIMING if it else M_EN_REL_TIMING))
            before = before.replace("{rel}", rel).replace("{day}", day)
            after = after.replace("{day}", day).replace("{o}", "a" if fem else "o")
            before = before[0].upper() + before[1:]
            self.say("customer", self.p(["Ah, no.", "Mmh, no.", ""], ["Ah, no.", "Hmm, no.", ""]), before,
                     ("HEALTH", lab, lab), after,
                     self.p([f"Va bene {day2} alle", f"Meglio {day2}, verso le"],
                            [f"Could we do {day2} at", f"{day2} at"]), self.N(h2), "?")
        else:
            self.say("customer", self.p([f"{day.capitalize()} non posso, {day2} alle", f"Facciamo {day2} alle"],
                                        [f"{day}'s no good, {day2} at", f"Can we do {day2} at"]), self.N(h2), "?")
        self.say("agent", self.p([f"Va bene, {day2} alle", f"Perfetto, segno {day2} alle"],
                                 [f"Fine, {day2} at", f"Done, {day2} at"]), self.N(h2), ".")

    # ------------------------------------------------------------------ call

    def build(self, company: str, agent: str, notice: bool):
        self.notice = notice
        it, P, r = self.it, self.p, self.rng
        pname = {CC: ("assistenza clienti", "customer service"), SA: ("gestione commerciale", "sales"),
                 BI: ("fatturazione", "billing"), TE: ("supporto tecnico", "technical support")}[
            self.purpose][0 if it else 1]
        greet = P([f"{company}, buongiorno, sono", f"Pronto, {company}, le parla", f"{company}, servizio clienti, sono",
                   f"Buonasera, benvenuto in {company}, mi chiamo"],
                  [f"Morning, {company}, I'm", f"Hello there, thanks for ringing {company}, it's",
                   f"{company} customer line, you're through to", f"Hi, {company}, my name is"])
        note = P(["La informo che questa telefonata è registrata, per la qualità del servizio.",
                  "Prima di iniziare: la chiamata viene registrata e conservata secondo la normativa.",
                  f"Registriamo questa conversazione per finalità di {pname}.",
                  "Le ricordo che la linea è registrata."],
                 ["Before we start, I need to let you know this call is recorded.",
                  f"Calls to this line are recorded for {pname} and quality purposes.",
                  "Please be aware the call is being recorded and kept on file.",
                  "Just to say, we do record calls here, for quality and training."])
        opener = P(["Cosa posso fare per lei?", "Mi racconti.", "Come la posso aiutare?", "Sì, prego, dica pure."],
                   ["How can I help you today?", "What can I sort out for you?", "What's the trouble?",
                    "Go on, what's happened?"])
        self.say("agent", greet, ("AGENT_NAME", agent, agent), ".", note if notice else "", opener)
        items = self.plan()
        reason_h = next((i for i in items if i.kind == "HEALTH" and i.variant == "reason"), None)
        self.reason(reason_h)
        dob_name = next((i for i in items if i.kind == "DOB" and i.variant == "withname"), None)
        self.name_turns(dob_name)
        steps = [i for i in items if not i.absorbed and i is not reason_h]
        ranks = RANK[self.purpose]
        keyed = sorted(((ranks.get(i.kind, 3) + r.uniform(-0.8, 0.8), k, i) for k, i in enumerate(steps)),
                       key=lambda t: (t[0], t[1]))
        seq: list = [i for _, _, i in keyed]
        has_timing = any(i.kind == "HEALTH" and i.variant == "timing" for i in items)
        extras = ["distractor"] * r.randint(2, 3) + ["filler"] * r.randint(0, 2)
        if not has_timing and r.random() < 0.4:
            extras.append("schedule")
        for e in extras:
            seq.insert(r.randint(0, len(seq)), e)
        for step in seq:
            if step == "distractor":
                self.distractor()
            elif step == "filler":
                self.filler()
            elif step == "schedule":
                self.schedule(health=False)
            elif step.kind == "HEALTH":
                self.ask_health(step)
            else:
                self.ask(step)
        self.closing()
        self.lint()

    def reason(self, health_item):
        it = self.it
        lines = {
            CC: (["Buongiorno, aspetto un pacco da una settimana e non si è visto nessuno.",
                  "Salve, mi è arrivato un ordine sbagliato, dentro c'erano scarpe che non ho mai preso.",
                  "Buonasera, volevo cambiare l'indirizzo di consegna di un ordine già partito.",
                  "Salve, il corriere ha lasciato l'avviso di mancata consegna, ma io ero in casa."],
                 ["Hi, I'm chasing a parcel that was meant to come on Monday.",
                  "Hello, I've been sent the wrong size and I'd like to swap it.",
                  "Hiya, the courier says delivered but there's nothing on my doorstep.",
                  "Morning, I need to change where an order's going."]),
            SA: (["Buongiorno, un vostro collega mi ha lasciato un volantino e volevo capire l'offerta.",
                  "Salve, sto pensando di passare a voi per luce e gas.",
                  "Buonasera, ho visto la pubblicità della fibra e volevo qualche dettaglio."],
                 ["Hi, I got a leaflet through the door about your broadband deal.",
                  "Hello, I'm thinking of switching my energy over to you.",
                  "Hi there, my contract's up and I'm shopping around."]),
            BI: (["Buongiorno, nell'ultima fattura c'è una voce che non capisco.",
                  "Salve, mi avete addebitato la stessa bolletta di nuovo.",
                  "Buonasera, vorrei passare alla domiciliazione bancaria e farmi rimborsare un pagamento."],
                 ["Hi, there's a charge on my last bill I don't recognise.",
                  "Hello, you've taken the payment twice this month.",
                  "Hi, I'd like to set up a direct debit and get a refund sorted."]),
            TE: (["Buongiorno, da stamattina internet va e viene.",
                  "Salve, il telefono di casa non dà più linea.",
                  "Buonasera, il decoder si blocca appena lo accendo."],
                 ["Hi, my broadband's been crawling for days.",
                  "Hello, the landline's gone dead.",
                  "Hi, the wifi keeps disconnecting every few minutes."]),
        }[self.purpose][0 if it else 1]
        line = self.c(*lines)
        if health_item is None:
            self.say("customer", line)
            return
        rel, fem = self.relative()
        if self.it:
            verb, m, f = self.c(*M_IT_REL_COND)
            cond = f if fem else m
            pre, post = {CC: (f"È urgente: dentro ci sono le medicine per {rel}, che", "."),
                         SA: (f"Vorrei sapere anche se avete un'assistenza prioritaria, perché {rel}", "."),
                         BI: (f"Ultimamente le spese sono tante, {rel}", ", e vorrei capire se posso rateizzare."),
                         TE: (f"Ed è urgente, perché {rel}", "e il telesoccorso passa dalla linea di casa.")}[self.purpose]
        else:
            verb, cond = self.c(*M_EN_REL_COND)
            pre, post = {CC: (f"It's urgent, there's medication in it for {rel}, who", "."),
                         SA: (f"I'd also like to know if you do priority support, because {rel}", "."),
                         BI: (f"Money's tight at the moment, {rel}", ", so I'd like to know if I can spread the cost."),
                         TE: (f"And it's urgent, because {rel}", "and the alarm pendant goes through the phone line.")}[self.purpose]
        if not self.it and pre.endswith("who"):
            verb = {"is on": "is on", "has got": "has", "is": "is", "has": "has", "had": "had"}.get(verb, verb)
        self.say("customer", line, pre, verb, ("HEALTH", cond, cond), post)
        self.say("agent", self.p(["Capisco, vediamo di risolvere subito.", "Mi dispiace, facciamo il prima possibile."],
                                 ["I understand, let's get it sorted quickly.", "I'm sorry to hear that, let's get on with it."]))

    def name_turns(self, dob_item):
        it, r = self.it, self.rng
        if dob_item:
            self.say("agent", self.p(["Nome e data di nascita?", "Mi dà nome, cognome e data di nascita, per cortesia?",
                                      "Per trovare la sua posizione: come si chiama e quando è " + self.g("nato", "nata") + "?"],
                                     ["Name and date of birth?",
                                      "Can I grab your full name and date of birth to get you through security?",
                                      "Who am I talking to, and what's your date of birth?"]))
            lead = self.p(["Allora,", "Sì,", "Sono", ""], ["Yeah,", "It's", "Sure,", ""])
            pieces = [lead, self.person()]
            if self.spell_surname:
                pieces += [self.p([", si scrive", ", lettera per lettera:"], [", that's", ", spelled"]),
                           ("PERSON", self.last, self.spell(self.last.upper(), mode="plain"))]
            pieces += [self.p([", " + self.g("nato", "nata") + " il", ", la data è il"] if self.il() == "il "
                              else [", data di nascita:"], [", born", ", and it's", ", date of birth"]),
                       ("DATE_OF_BIRTH", self.born.isoformat(), self.dob_spoken(form=self.dated_form(), with_age=r.random() < 0.3))]
            self.say("customer", *pieces)
            if dob_item.wrong:
                self.wrong_readback()
            return
        self.say("agent", self.p(["Nome e cognome?", "Mi può dire come si chiama, per cortesia?",
                                  "A nome di chi è il contratto?", "Con chi parlo?"],
                                 ["And your name?", "Could I start by taking your full name, please?",
                                  "Who's the account in the name of?", "Who have I got on the line?"]))
        if r.random() < 0.25:
            lead = self.p(["Il mio? Sì, è intestato a me:", "Il titolare? Sono io,"], ["Mine? It's in my name,", "The account holder? That's me,"])
        else:
            lead = self.p(["Sono", "Allora,", "Mi chiamo", ""], ["It's", "This is", "Yeah,", ""])
        pieces = [lead, self.person()]
        if self.spell_surname:
            pieces += [self.p([", si scrive", ", lettera per lettera:"], [", that's", ", spelled"]),
                       ("PERSON", self.last, self.spell(self.last.upper().replace("'", ""), mode="plain"
                                                        if r.random() < 0.5 else None))]
        self.say("customer", *pieces)

    def person(self):
        v = f"{self.first} {self.last}"
        return ("PERSON", v, v)

    def closing(self):
        r = self.rng
        if self.bye:
            title = self.g("signor", "signora") if self.it else self.g("Mr", "Ms" if r.random() < 0.5 else "Mrs")
            self.say("agent", self.p(["Bene, è tutto sistemato. Grazie,", "Abbiamo finito. Buona giornata,"],
                                     ["Right, that's all sorted. Thanks,", "All done. Have a good day,"]),
                     title, ("PERSON", self.last, self.last), ".")
        else:
            self.say("agent", self.p(["Bene, è tutto. C'è altro?", "Ho sistemato tutto, serve altro?"],
                                     ["That's everything on my side. Anything else?", "All sorted. Anything more I can do?"]))
        self.say("customer", self.p(["No, grazie per la pazienza.",
                                     "Niente altro, arrivederci.", "A posto così, buona giornata."],
                                    ["No, that's great, thanks for your help.", "That's all, cheers. Bye.",
                                     "Nothing else, ta-ra."]))

    # ------------------------------------------------------------------ numbers that must stay

    def distractor(self):
        """An exchange, opened by the agent, with numbers that must stay audible; fitting the purpose, none twice."""
        it, r, N, money = self.it, self.rng, self.N, self.money
        yr = r.randint(2012, 2024)
        ALL = {CC, SA, BI, TE}
        if it:
            options = [
                ({SA, TE}, [("agent", ["Con la fibra arriva a", N(1000, "mille"), "mega in download e", N(300), "in upload."]),
                            ("customer", ["E quanto costa al mese?"]),
                            ("agent", [*money(r.randint(19, 35), 90), "al mese, bloccato per", N(24), "mesi."])]),
                ({CC}, [("agent", ["Il pacco pesa circa", N(r.randint(3, 18)), "chili ed è diviso in", N(2), "colli."]),
                        ("customer", ["Ah, quindi serve qualcuno che lo porti su."])]),
                ({TE}, [("agent", ["L'intervento dura più o meno", N(r.choice([30, 40, 45])), "minuti."]),
                        ("customer", ["Va bene, nessun problema."])]),
                ({BI, SA}, [("agent", ["Con la domiciliazione lo sconto è del", N(r.choice([3, 5, 8])), "percento."]),
                            ("customer", ["Mi conviene, allora."])]),
                (ALL, [("agent", ["Per qualsiasi cosa, il numero verde risponde dalle", N(8), "alle", N(20), ", sabato compreso."]),
                       ("customer", ["Ah, buono a sapersi."])]),
                ({CC}, [("agent", ["Quante confezioni aveva ordinato?"]),
                        ("customer", ["Ne avevo prese", N(4), ", ne sono arrivate", N(3), "."])]),
                ({CC, BI, TE}, [("agent", ["Vedo che è con noi dal", N(yr, it_words(yr)), "."]),
                       ("customer", ["Sì, da parecchio ormai."])]),
                ({BI, SA}, [("agent", ["Nel bimestre risultano", N(r.randint(180, 460)), "kilowattora di consumo."]),
                            ("customer", ["Mi sembra tanto, siamo in casa poco."])]),
                ({BI, CC}, [("agent", ["Il rimborso arriva entro", N(14), "giorni lavorativi."]),
                            ("customer", ["Speriamo, grazie."])]),
                ({TE}, [("agent", ["Ha provato a fare lo speed test?"]),
                        ("customer", ["Sì, mi dà", N(r.randint(3, 9)), "mega invece di", N(100), "."])]),
                ({TE}, [("agent", ["Spenga il modem, aspetti", N(r.choice([30, 60])), "secondi e lo riaccenda."]),
                        ("customer", ["Fatto, le luci stanno lampeggiando."])]),
                ({SA}, [("agent", ["L'offerta mobile ha", N(r.choice([150, 200])), "giga e minuti illimitati a", *money(9, 99), "."]),
                        ("customer", ["E il costo di attivazione?"]),
                        ("agent", ["Nessuno, per chi attiva entro fine mese."])]),
                ({CC}, [("agent", ["La spedizione è gratuita sopra i", *money(49), ", altrimenti costa", *money(4, 90), "."]),
                        ("customer", ["Ah, non lo sapevo."])]),
                ({BI}, [("agent", ["Questa fattura è di", *money(r.randint(80, 140), 40), ", di solito lei paga sui", *money(r.randint(45, 70)), "."]),
                        ("customer", ["Appunto, è molto di più del solito."])]),
            ]
        else:
            options = [
                ({SA, TE}, [("agent", ["The full fibre gets you up to", N(900), "meg down and", N(110), "up."]),
                            ("customer", ["And what's that a month?"]),
                            ("agent", [*money(r.randint(22, 39), 99), "a month, fixed for", N(18), "months."])]),
                ({CC}, [("agent", ["The parcel's about", N(r.randint(3, 18)), "kilos and it's in", N(2), "boxes."]),
                        ("customer", ["Right, so someone needs to carry it in."])]),
                ({TE}, [("agent", ["The visit usually takes around", N(r.choice([30, 40, 45])), "minutes."]),
                        ("customer", ["That's fine."])]),
                ({BI, SA}, [("agent", ["Paying by direct debit knocks", N(r.choice([3, 5, 8])), "percent off."]),
                            ("customer", ["Worth doing, then."])]),
                (ALL, [("agent", ["If you need us again, the helpline's open from", N(8), "till", N(8), "in the evening, Saturdays too."]),
                       ("customer", ["Good to know."])]),
                ({CC}, [("agent", ["How many packs did you order?"]),
                        ("customer", ["I ordered", N(4), "and only", N(3), "turned up."])]),
                ({CC, BI, TE}, [("agent", ["I can see you've been with us since", N(yr, en_year(yr)), "."]),
                       ("customer", ["Yeah, a good while now."])]),
                ({BI, SA}, [("agent", ["You used", N(r.randint(180, 460)), "kilowatt hours over the quarter."]),
                            ("customer", ["That seems a lot, we're hardly in."])]),
                ({BI, CC}, [("agent", ["The refund should land within", N(5), "working days."]),
                            ("customer", ["Fingers crossed, thanks."])]),
                ({TE}, [("agent", ["Have you tried a speed test?"]),
                        ("customer", ["Yeah, it's showing", N(r.randint(3, 9)), "meg when I'm paying for", N(150), "."])]),
                ({TE}, [("agent", ["Switch the router off, give it", N(r.choice([30, 60])), "seconds, and back on."]),
                        ("customer", ["Done, the lights are flashing now."])]),
                ({SA}, [("agent", ["The SIM-only plan's", N(r.choice([100, 120])), "gig with unlimited calls for", *money(12), "a month."]),
                        ("customer", ["Is there a set-up fee?"]),
                        ("agent", ["Not if you sign up before the end of the month."])]),
                ({CC}, [("agent", ["Delivery's free over", *money(40), ", otherwise it's", *money(3, 95), "."]),
                        ("customer", ["Oh, I didn't know that."])]),
                ({BI}, [("agent", ["This bill's", *money(r.randint(80, 140), 40), "and you normally pay about", *money(r.randint(45, 70)), "."]),
                        ("customer", ["Exactly, it's way over the usual."])]),
            ]
        options = [o for ps, o in options if self.purpose in ps]
        free = [k for k in range(len(options)) if k not in self.used_distractors] or list(range(len(options)))
        k = r.choice(free)
        self.used_distractors.add(k)
        for speaker, pieces in options[k]:
            self.say(speaker, *pieces)

    def filler(self):
        it, r = self.it, self.rng
        opts = ([("Mi dia un attimo, il sistema è un po' lento oggi.", "Nessun problema."),
                 ("Sto aprendo la sua pratica, resti in linea.", "Certo."),
                 ("Vedo la sua posizione, controllo una cosa.", "Va bene, aspetto."),
                 ("Un momento che chiedo al mio responsabile.", "Sì, sì, faccia pure.")]
                if it else
                [("Bear with me, the system's a bit slow today.", "No worries."),
                 ("I'm just opening your account now.", "Okay."),
                 ("Right, I can see it, just checking something.", "Sure, I'll wait."),
                 ("Let me quickly ask my team leader.", "Yeah, go ahead.")])
        free = [k for k in range(len(opts)) if k not in self.used_fillers] or list(range(len(opts)))
        k = r.choice(free)
        self.used_fillers.add(k)
        self.say("agent", opts[k][0])
        self.say("customer", opts[k][1])

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


# =========================================================================== wiring


if __name__ == "__main__":
    H.run_phrasebook(PhraseBookM, (M_IT_COMPANIES, M_EN_COMPANIES), (M_IT_AGENTS, M_EN_AGENTS))
