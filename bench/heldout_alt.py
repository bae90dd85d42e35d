"""A second, independent phrasebook for the held-out synthetic calls.

usage: python bench/heldout_alt.py [-n 16] [--seed 101] [--out bench/results/heldout_alt] [--prefix ha]
                                   [--piper /path/to/piper --piper-model voice.onnx] [--no-piper]

Same output as bench/heldout.py (`<id>.wav`, `<id>.json`, `truth/<id>.truth.json`, the format of
../shared/corpus/dev), same labels, same value generators, voices and renderer - only the dialogue
differs: it is written from scratch, as agents and callers talk on a real line, so that rules tuned on
the other phrasings can be checked against wording they have never seen.

What the dialogue does that heldout.py does not:
- many ways of asking for each kind of datum, several of them without the kind's usual word
  ("dove la ritrovo se cade la linea?", "where's the driver going?");
- callers who hesitate or go and look the value up ("aspetti che apro la mail", "hang on, it's on
  the letter"), who dictate a value in pieces across several turns with the agent acknowledging in
  between ("sì", "go on", "ci sono"), who correct a digit or a group mid-dictation, or give an old
  e-mail / an old address and then the new one;
- agents who read a value back (in full or the piece just given), sometimes wrongly, and are corrected;
  agents who address the caller by surname ("grazie, signora Esposito", "cheers, Mr Patel");
- surnames first ("Esposito Chiara"), repeated first names ("it's Harry, Harry Walsh");
- health information volunteered in passing, never asked for: while booking a visit, apologising for
  being slow, explaining a missed payment, asking to be written to rather than phoned;
- small talk, hold music apologies, and distractor numbers that must stay audible (NONPII_NUMBER):
  prices ("trentanove e novanta", "thirty-nine ninety-nine"), time windows, quantities, contract
  lengths and years as a customer, model and error codes, counts of days, minutes on hold, speeds,
  the day of the month a payment goes out.

Span values: a value dictated in one go carries its full canonical value, as in heldout.py. A value
given in pieces over several turns (or corrected, or read back in part) gives one span per piece, each
with the canonical value of that piece ("347", "1234567"; "via Po 12", "10128 Torino"); a date of birth
given in two pieces keeps the full ISO date on both (check_outputs.py parses it as a date), an e-mail is
always one span with the whole address. A wrong digit group that the caller then corrects is still a
span of that label: it is the caller's data, nearly.

Keep/redact semantics are those of heldout.py and ../shared/PURPOSES.md: they follow from the labels
(PERSON, ORDER_NUMBER, ... kept or bleeped by purpose; CREDIT_CARD, HEALTH, DATE_OF_BIRTH always
bleeped; NONPII_NUMBER always kept; AGENT_NAME not scored). A dev tool: stdlib + numpy + heldout.py.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heldout as H  # noqa: E402
from heldout import (EN_MAIL, IT_LETTERS, IT_MAIL, IT_MONTHS, EN_MONTHS, PII, CallBuilder,  # noqa: E402
                     en_ordinal, en_words, en_year, it_words, spell_code)

# street banks of their own, so that the addresses differ from heldout.py's too
ALT_IT_TOWNS = [("Torino", "10128"), ("Genova", "16121"), ("Trieste", "34122"), ("Perugia", "06121"),
                ("Pescara", "65122"), ("Modena", "41121"), ("Salerno", "84122"), ("Sassari", "07100"),
                ("Brescia", "25122"), ("Rimini", "47921"), ("Catania", "95124"), ("Trento", "38122")]
ALT_IT_STREETS = [("via", "Po"), ("via", "Nazionale"), ("corso", "Italia"), ("via", "Fratelli Cervi"),
                  ("viale", "dei Pini"), ("piazza", "della Libertà"), ("via", "Santa Caterina"),
                  ("via", "Aldo Moro"), ("strada", "Provinciale"), ("via", "dei Tigli"), ("viale", "Europa"),
                  ("via", "Giacomo Matteotti"), ("vicolo", "Stretto"), ("via", "San Francesco")]
ALT_UK = [("Sheffield", "S10 2TN"), ("Leicester", "LE2 1XA"), ("Exeter", "EX4 6PQ"), ("Belfast", "BT9 5AG"),
          ("Swansea", "SA1 4RB"), ("Derby", "DE22 3HL"), ("Oxford", "OX4 1DW"), ("Aberdeen", "AB10 7JY")]
ALT_UK_STREETS = ["Hawthorn Road", "Victoria Street", "Larch Close", "Park View", "Granby Terrace",
                  "Wellington Avenue", "Fern Lea", "Canal Walk", "Bishops Court", "Primrose Hill Road"]
ALT_US = [("Madison", "Wisconsin", "53703"), ("Boise", "Idaho", "83702"), ("Richmond", "Virginia", "23220")]
ALT_US_STREETS = ["Walnut Street", "Riverside Drive", "Hillcrest Road", "Elmwood Avenue"]

# (female, male) when the Italian differs
IT_HEALTH_ALT = [("sono diabetica e faccio l'insulina", "sono diabetico e faccio l'insulina"),
                 ("ho avuto un infarto l'anno scorso",), ("sono incinta di sette mesi", None),
                 ("sto facendo la chemioterapia",), ("soffro di epilessia",),
                 ("sono in cura per la depressione",), ("porto il pacemaker",),
                 ("faccio la dialisi tre volte a settimana",), ("ho il morbo di Parkinson",),
                 ("mi hanno appena operata all'anca", "mi hanno appena operato all'anca"),
                 ("ho un tumore e sono sotto terapia",), ("sono quasi cieca per il glaucoma", "sono quasi cieco per il glaucoma")]
EN_HEALTH_ALT = ["I'm diabetic, I'm on insulin", "I had a heart attack last year", "I'm pregnant",
                 "I'm having chemotherapy at the moment", "I've got epilepsy", "I'm being treated for depression",
                 "I've got a pacemaker", "I'm on dialysis three times a week", "I've got Parkinson's",
                 "I've just had a hip operation", "I'm registered blind", "I've got bipolar disorder"]

ALT_IT_COMPANIES = ["Gas Naturale Adriatico", "Rete Mobile Stella", "Cassa di Risparmio del Monte",
                    "Polizze Serene", "Casa Connessa Fibra", "Spedizioni Lampo"]
ALT_EN_COMPANIES = ["Harbour Telecom", "Greenfield Power", "Castlegate Bank", "Sentinel Home Insurance",
                    "Parcelwise", "Lumen Mobile"]
ALT_IT_AGENTS = "Loredana Stefano Monica Giorgio Patrizia Enrico Nadia Claudio Barbara Luca".split()
ALT_EN_AGENTS = "Kerry Jamie Nadia Callum Tasha Lewis Holly Imran Gemma Scott".split()


class AltCallBuilder(CallBuilder):
    """Same interface as heldout.CallBuilder (turns, build); new wording throughout."""

    def __init__(self, rng: random.Random, lang: str, purpose: str):
        super().__init__(rng, lang, purpose)
        self.it = lang == "it"
        self.used: dict[str, set] = {}

    # ---- small helpers

    def p(self, it_opts, en_opts):
        """One of the Italian or the English options."""
        return self.rng.choice(it_opts if self.it else en_opts)

    def g(self, f: str, m: str) -> str:
        return f if self.female else m

    def fresh(self, bank: str, n: int) -> int:
        """An index 0..n-1 not used yet in this call for this bank (any once all are used)."""
        used = self.used.setdefault(bank, set())
        free = [k for k in range(n) if k not in used] or list(range(n))
        k = self.rng.choice(free)
        used.add(k)
        return k

    def N(self, value, spoken=None):
        if spoken is None:
            spoken = it_words(int(value)) if self.it else en_words(int(value))
        return ("NONPII_NUMBER", str(value), spoken)

    def price(self, euros: int | None = None):
        r = self.rng
        e = euros if euros is not None else r.randint(9, 79)
        cents = r.choice([49, 50, 90, 95, 99])
        if self.it:
            s = r.choice([f"{it_words(e)} e {it_words(cents)}", f"{it_words(e)} euro e {it_words(cents)}"])
            return self.N(f"{e},{cents}", s)
        return self.N(f"{e}.{cents}", f"{en_words(e)} {en_words(cents)}")

    def sizes(self, n: int) -> list[int]:
        """How a caller cuts a run of n digits into groups."""
        if n <= 4:
            return [n]
        out = []
        while n > 0:
            s = min(n, self.rng.choice([2, 3, 3, 4]))
            if n - s == 1:
                s += 1
            out.append(s)
            n -= s
        return out

    def speak(self, chunk: str, sp=None, mode: str | None = None) -> str:
        """Digits dictated in the speaker's habits; codes with letters spelled."""
        sp = sp or self.cust_sp
        if any(ch.isalpha() for ch in chunk):
            return spell_code(chunk, sp, mode or self.rng.choice(["plain", "plain", "mixed"]))
        return sp.dictate(chunk, self.sizes(len(chunk)))

    def misread(self, chunk: str) -> str:
        """The chunk with one digit wrong (a slip)."""
        idx = [k for k, ch in enumerate(chunk) if ch.isdigit()]
        k = self.rng.choice(idx)
        d = self.rng.choice([x for x in "0123456789" if x != chunk[k]])
        return chunk[:k] + d + chunk[k + 1:]

    def ack(self) -> str:
        return self.p(["Sì.", "Ok.", "Sì, vada.", "Ci sono.", "Sì, sto scrivendo.", "Perfetto, poi?", "Mh, sì."],
                      ["Yep.", "Okay.", "Go on.", "Got that.", "Mm-hm.", "Yeah, and then?", "Right."])

    def cont(self) -> str:
        return self.p(["poi", "e dopo", "poi c'è", "allora,", ""], ["then", "and then", "after that", "okay,", ""])

    def hunt(self, what_it: str, what_en: str):
        """The caller goes to look the value up; the agent waits."""
        self.say("customer", self.p([f"Allora... aspetti che {what_it}.", f"Eh, un secondo che {what_it}.",
                                     f"Mi dia un attimo, {what_it}."],
                                    [f"Hang on, let me {what_en}.", f"Oh, one sec, I'll {what_en}.",
                                     f"Bear with me, I need to {what_en}."]))
        self.say("agent", self.p(["Certo, faccia pure.", "Sì sì, l'aspetto.", "Nessuna fretta."],
                                 ["Course, no rush.", "That's fine, take your time.", "Sure, I'll hold."]))

    def thanks(self):
        self.say("agent", self.p(["Benissimo, grazie.", "Ok, ho segnato.", "Perfetto.", "Ricevuto, grazie."],
                                 ["Brilliant, thank you.", "Lovely, that's in.", "Perfect.", "Cheers, got it."]))

    # ---- delivering a value: one go, in pieces over turns, with slips and read-backs

    def dictate(self, label: str, parts: list[tuple[str, str]], lead: str, tail: str = "",
                joiner: str = "", split_p: float = 0.5, slip_p: float = 0.0):
        """The caller gives parts[0..]: in one span, or bundled over turns with the agent acknowledging."""
        r = self.rng
        bundles = [parts]
        if len(parts) > 1 and r.random() < split_p:
            cuts = sorted(r.sample(range(1, len(parts)), r.randint(1, min(2, len(parts) - 1))))
            bundles = [parts[a:b] for a, b in zip([0] + cuts, cuts + [len(parts)])]
        slip_at = r.randrange(len(bundles)) if r.random() < slip_p else -1
        for k, bundle in enumerate(bundles):
            value = joiner.join(v for v, _ in bundle)
            spoken = ", ".join(s for _, s in bundle)
            pieces = [lead if k == 0 else self.cont()]
            if k == slip_at and any(ch.isdigit() for ch in value):
                wrong = self.misread(value)
                pieces += [(label, wrong, self.speak_like(wrong, bundle)),
                           self.p(["... no, aspetti, ho sbagliato:", "anzi no, scusi, rileggo:", "no, pardon:"],
                                  ["... no, sorry, hang on, that's wrong:", "wait, no, let me read that again:",
                                   "sorry, no:"])]
            pieces.append((label, value, spoken))
            if k == len(bundles) - 1:
                pieces.append(tail)
            self.say("customer", *pieces)
            if k < len(bundles) - 1:
                self.say("agent", self.ack())

    def speak_like(self, wrong: str, bundle) -> str:
        """A slipped bundle, spoken piece by piece like the right one."""
        out, i = [], 0
        for v, _ in bundle:
            out.append(self.speak(wrong[i:i + len(v)]))
            i += len(v)
        return ", ".join(out)

    def read_back(self, label: str, value: str, wrong_p: float = 0.2, partial: str | None = None):
        """The agent reads the value (or its last piece) back; now and then wrongly, and is corrected."""
        c = self.rng
        shown = partial or value
        wrong = c.random() < wrong_p and any(ch.isdigit() for ch in shown)
        said = self.misread(shown) if wrong else shown
        spoken = self.speak(said, self.agent_sp, "plain")
        if partial:
            intro = self.p(["L'ultima parte era", "Mi ripete la fine? Ho scritto", "Quindi finisce con"],
                           ["Sorry, the last bit was", "So it ends", "Just the end again, I've got"])
        else:
            intro = self.p(["Allora, le rileggo:", "Ripeto per sicurezza:", "Quindi ho scritto"],
                           ["Let me just read that back:", "So I've got", "Just to check, that's"])
        self.say("agent", intro, (label, said, spoken), self.p(["giusto?", "corretto?", "è così?"],
                                                                ["is that right?", "yeah?", "correct?"]))
        if wrong:
            self.say("customer", self.p(["No, no:", "Non proprio, è", "Quasi. È"], ["No, it's", "Not quite:", "Nope,"]),
                     (label, shown, self.speak(shown)))
            self.say("agent", self.p(["Ah, mi scusi, corretto.", "Ok, sistemato."], ["Sorry, fixed that.", "Ah, got it now."]))
        else:
            self.say("customer", self.p(["Sì, esatto.", "Sì.", "Giusto."], ["Yep, that's it.", "That's right.", "Spot on."]))

    # ---- the kinds of personal data

    def ask_phone(self):
        r = self.rng
        v = self.phone()[1]
        if self.it:
            sizes = r.choice([[3, 3, 4], [3, 7], [3, 3, 2, 2], [3, 4, 3]])
        else:
            sizes = {11: r.choice([[5, 6], [5, 3, 3], [3, 4, 4]]), 10: [3, 3, 4]}[len(v)]
        parts, i = [], 0
        for s in sizes:
            parts.append((v[i:i + s], self.speak(v[i:i + s])))
            i += s
        if r.random() < 0.15:        # offered, not asked
            self.say("agent", self.p(["Le serve altro?", "Posso fare altro per lei?"], ["Anything else at all?", "Is that everything?"]))
            lead = self.p(["Sì, vi lascio un numero, casomai:", "Ah, segnatevi anche il cellulare:"],
                          ["Oh, let me give you my mobile, just in case:", "Yeah, you'd better have my number:"])
        else:
            self.say("agent", self.p([
                "Mi lascia un numero dove richiamarla, nel caso?", "Un cellulare per gli aggiornamenti ce l'ha?",
                "Se per caso cade la linea, dove la ritrovo?", "Il tecnico la chiama prima di passare: a che numero?",
                "Mi detta un recapito? Fisso o cellulare, come preferisce.", "L'SMS di conferma dove glielo mando?"], [
                "What's the best number to reach you on?", "In case we get cut off, can I take a number?",
                "And a mobile for the text updates?", "Can I get a callback number? Mobile or landline, either's fine.",
                "The driver rings before he comes, which number should he use?", "Where can I text you the code?"]))
            if r.random() < 0.2:
                self.hunt("guardo, è un numero nuovo e non lo so a memoria", "check, it's a new phone and I never remember it")
                lead = self.p(["Ecco:", "Allora, trovato:", ""], ["Right, here we go:", "Okay, it's", ""])
            else:
                lead = self.p(["Allora,", "Sì, è il", "Mi segna il", "Il cellulare è", "Eh, dunque,", ""],
                              ["Yeah, it's", "Sure, it's", "Okay so it's", "Erm,", "The mobile's", ""])
        self.dictate("PHONE_NUMBER", parts, lead, split_p=0.45, slip_p=0.15)
        roll = r.random()
        if roll < 0.35:
            self.read_back("PHONE_NUMBER", v)
        elif roll < 0.45:
            self.read_back("PHONE_NUMBER", v, wrong_p=0.0, partial=parts[-1][0])
        elif roll < 0.7:
            self.thanks()

    def ask_email(self):
        r = self.rng
        _, v, spoken = self.email()
        at = " chiocciola " if " chiocciola " in spoken else " at "
        local_s = spoken[:spoken.rfind(at)]
        if r.random() < 0.15:
            self.say("agent", self.p(["C'è altro?", "Altro che posso fare?"], ["Anything else?", "Is there anything else I can help with?"]))
            self.say("customer", self.p(["Sì, ecco, vi do la mia mail, così mi scrivete lì:",
                                         "Ah, sì: le comunicazioni mandatele per mail, è"],
                                        ["Actually yeah, could you email me instead? It's",
                                         "Oh, and put my email on there, it's"]),
                     ("EMAIL_ADDRESS", v, spoken))
        else:
            self.say("agent", self.p([
                "Dove le mando il riepilogo?", "Ha un indirizzo di posta elettronica?",
                "Mi lascia una mail per la fattura elettronica?", "Il contratto glielo mandiamo per mail: a che indirizzo?",
                "La ricevuta gliela giro per email, me la detta?"], [
                "Where shall I send the summary?", "Have you got an email I can pop that over to?",
                "What email do you use for the account?", "I'll email the contract over, what address?",
                "Could I take an email for the receipt?"]))
            lead = self.p(["Sì, è", "Allora, scriva:", "Certo:", "Dunque,", ""], ["Yeah, it's", "Okay, it's", "Sure:", "Right, so", ""])
            if r.random() < 0.25:       # the old address first, then the new one
                local = v.split("@")[0]
                dom = r.choice([d for d in (IT_MAIL if self.it else EN_MAIL) if d != v.split("@")[1]])
                dot = " punto " if self.it else " dot "
                host, *tld = dom.split(".")
                old_s = local_s + at + host + "".join(dot + t for t in tld)
                self.say("customer", lead, ("EMAIL_ADDRESS", f"{local}@{dom}", old_s),
                         self.p(["... ah no, quella non la uso più. Quella giusta è", "... no, aspetti, è la vecchia. Segni questa:"],
                                ["... oh no, sorry, that's my old one. The new one's", "... no wait, I don't use that any more. It's"]),
                         ("EMAIL_ADDRESS", v, spoken),
                         self.p(["tutto minuscolo.", ""], ["all lower case.", ""]))
            else:
                self.say("customer", lead, ("EMAIL_ADDRESS", v, spoken),
                         self.p(["tutto minuscolo.", "tutto attaccato.", "", ""], ["all lower case.", "no capitals.", "", ""]))
        if r.random() < 0.4:
            self.say("agent", self.p(["Rileggo:", "Quindi", "Ok, ho scritto"], ["So that's", "Let me read it back:", "I've got"]),
                     ("EMAIL_ADDRESS", v, spoken), self.p(["giusto?", "va bene?"], ["yeah?", "is that right?"]))
            self.say("customer", self.p(["Sì, perfetto.", "Esatto."], ["That's the one.", "Yep."]))

    def ask_fiscal(self):
        r = self.rng
        v = self.fiscal()[1]
        mode = r.choice(["plain", "plain", "mixed", "city", "di"])
        parts = [(v[:6], spell_code(v[:6], self.cust_sp, mode)), (v[6:11], spell_code(v[6:11], self.cust_sp, mode)),
                 (v[11:], spell_code(v[11:], self.cust_sp, mode))]
        self.say("agent", self.p([
            "Mi serve il codice fiscale dell'intestatario.", "Per la voltura devo inserire il suo codice fiscale, me lo detta?",
            "Ha la tessera sanitaria lì vicino? Mi legga il codice che c'è sopra.", "Mi detta il CF, per cortesia?",
            "E poi il codice fiscale, che il sistema me lo chiede obbligatorio."], [
            "Because the contract's Italian I'll need your codice fiscale as well.", "Do you have your Italian tax number there?",
            "Could you read me the code off your tessera sanitaria?", "And the fiscal code, please, letter by letter."]))
        if r.random() < 0.3:
            self.hunt("prendo il portafoglio", "grab my wallet")
            lead = self.p(["Eccola. Allora,", "Trovata:"], ["Got it. Okay,", "Right:"])
        else:
            lead = self.p(["Allora,", "Sì, allora, è", "Glielo leggo:", ""], ["Okay, it's", "Right, so", "Sure,", ""])
        self.dictate("IT_FISCAL_CODE", parts, lead, split_p=0.55)
        if r.random() < 0.3:
            self.read_back("IT_FISCAL_CODE", v, wrong_p=0.0, partial=v[11:])
        elif r.random() < 0.5:
            self.thanks()

    def ask_iban(self):
        r = self.rng
        v = self.iban()[1]
        groups = [v[i:i + 4] for i in range(0, len(v), 4)]
        parts = [(g, self.speak(g)) for g in groups]
        self.say("agent", self.p([
            "Per la domiciliazione mi servono le coordinate del conto.", "Il rimborso glielo facciamo con bonifico: su che conto?",
            "Ha l'IBAN a portata di mano?", "Dove le accreditiamo la differenza?"], [
            "Which account would you like the refund paid into? I'll need the IBAN.", "Have you got your bank details there?",
            "What account will the payments come out of?", "Where should we send the money back to?"]))
        if r.random() < 0.4:
            self.say("agent", self.p(["Me lo legga a gruppi di", "Vada pure a blocchi di"], ["Read it out in blocks of", "Groups of"]),
                     self.N(4), self.p(["se le viene comodo.", "così non ci perdiamo."], ["if that's easier.", "is fine."]))
        if r.random() < 0.35:
            self.hunt("apro l'app della banca", "open the banking app")
            lead = self.p(["Ok, eccolo:", "Allora, è"], ["Okay, here it is:", "Right, it's"])
        else:
            lead = self.p(["Allora, è", "Sì, dunque:", "Le leggo:", ""], ["Right, it's", "Okay:", "Yeah, so", ""])
        # bundles of a few groups: long values are nearly always given in pieces
        self.dictate("IBAN_CODE", [("".join(g for g, _ in parts[i:i + 2]), ", ".join(s for _, s in parts[i:i + 2]))
                                   for i in range(0, len(parts), 2)], lead, split_p=0.8, slip_p=0.15)
        if r.random() < 0.35:
            self.read_back("IBAN_CODE", v, wrong_p=0.0, partial=groups[-1])
        else:
            self.thanks()

    def ask_card(self):
        r = self.rng
        v = self.card()[1]
        sizes = [4, 6, 5] if len(v) == 15 else [4, 4, 4, 4]
        parts, i = [], 0
        for s in sizes:
            parts.append((v[i:i + s], self.cust_sp.dictate(v[i:i + s], [s] if s <= 4 else [3, 3] if s == 6 else [2, 3])))
            i += s
        self.say("agent", self.p(["Come preferisce pagare, carta o bonifico?", "Il saldo lo facciamo adesso con la carta?",
                                  "Vuole regolarizzare subito? Posso prendere il pagamento ora."],
                                 ["How would you like to pay today?", "Shall we take that payment now, on a card?",
                                  "Do you want to clear the balance now? I can take a card over the phone."]))
        self.say("customer", self.p([f"Sì, con la carta, una {self.brand}.", "Con la carta, sì.", "Carta, va bene."],
                                    [f"Card's fine, it's a {self.brand}.", "Yeah, on the card.", "Card, please."]))
        self.say("agent", self.p(["Allora mi dica il numero lungo, quello sul davanti.", "Mi legge il numero della carta, con calma?",
                                  "Vada pure con le cifre della carta."],
                                 ["Go ahead with the long number on the front when you're ready.",
                                  "Okay, can I take the card number?", "Right, the long number across the middle, please."]))
        if r.random() < 0.3:
            self.hunt("la prendo dalla borsa", "get it out of my purse" if self.female else "get it out of my wallet")
            lead = self.p(["Eccola:", "Allora,"], ["Okay:", "Right, it's"])
        else:
            lead = self.p(["Allora,", "Sì:", "Dunque,", ""], ["Okay,", "So it's", "Right,", ""])
        self.dictate("CREDIT_CARD", parts, lead, split_p=0.6, slip_p=0.15)
        self.say("agent", self.p(["Grazie. Scadenza e codice di sicurezza li digita lei sulla tastiera, adesso la passo al sistema automatico.",
                                  "Perfetto, il resto glielo chiede il risponditore automatico, resti in linea."],
                                 ["Thanks. The expiry and security code you'll key in yourself, I'll put you through to the automated line.",
                                  "Lovely, the system will ask for the rest, so just stay on the line."]))
        self.say("customer", self.p(["Va bene.", "D'accordo."], ["Okay.", "Alright."]))

    def dob_spoken(self, form: str) -> tuple[str, str, str]:
        """(day and month, year, how a year follows the day) as this caller says them."""
        b, sp, r = self.born, self.cust_sp, self.rng
        yy = b.year % 100
        if self.it:
            day = "primo" if b.day == 1 else it_words(b.day)
            dm = {"name": f"{day} {IT_MONTHS[b.month - 1]}", "num": f"{it_words(b.day)}, {it_words(b.month)}",
                  "del": f"{day} del{'l' + chr(39) if it_words(b.month)[0] in 'aeiou' else ' '}{it_words(b.month)}"}[form]
            short = it_words(yy)
            if r.random() < 0.5 or short[0] in "aeiou" or yy < 10 or b.year >= 2000:   # never "del ottanta"
                return dm, it_words(b.year), r.choice([" del ", ", "])
            return dm, short, r.choice([" del ", ", "])
        dm = {"name": r.choice([f"the {en_ordinal(b.day)} of {EN_MONTHS[b.month - 1]}",
                                f"{EN_MONTHS[b.month - 1]} the {en_ordinal(b.day)}"]),
              "num": f"{en_words(b.day)}, {en_words(b.month)}",
              "del": f"{sp.one_by_one(f'{b.month:02d}')}, {sp.one_by_one(f'{b.day:02d}')}"}[form]
        y = r.choice([en_year(b.year), en_words(yy) if yy >= 10 else f"oh {en_words(yy)}"])
        return dm, y, ", "

    def ask_dob(self):
        r = self.rng
        v = self.born.isoformat()
        self.say("agent", self.p([
            "Per la verifica di sicurezza, mi dice la data di nascita?", f"Mi conferma quando è {self.g('nata', 'nato')}?",
            "Giorno, mese e anno di nascita, per cortesia.", "Prima di andare avanti, la sua data di nascita?"], [
            "Can I just take your date of birth to get you through security?", "And your birthday, please?",
            "What's the date of birth on the account?", "Before I go any further, could you confirm your date of birth?"]))
        dm, y, join = self.dob_spoken(r.choice(["name", "name", "num", "del"]))
        roll = r.random()
        if roll < 0.3:      # in two pieces, the agent asking for the year
            self.say("customer", self.p(["Il", "Allora, il", ""], ["It's", "Erm,", ""]), ("DATE_OF_BIRTH", v, dm))
            self.say("agent", self.p(["E l'anno?", "Di che anno?"], ["And the year?", "What year was that?"]))
            self.say("customer", self.p(["Del", "", "Sono del"], ["", "That'd be", "Oh,"]), ("DATE_OF_BIRTH", v, y),
                     self.p(["eh, non sono più una ragazzina." if self.female else "eh, non sono più un ragazzino.", ""],
                            ["don't remind me.", ""]))
        elif roll < 0.5:    # the year first
            self.say("customer", self.p(["Sono del", "Allora, sono del"], ["I was born in", "Erm, born in"]),
                     ("DATE_OF_BIRTH", v, f"{y}, {'il ' if self.it and r.random() < 0.5 else ''}{dm}"))
        else:
            self.say("customer", self.p(["Sì, il", "È il", "Allora,", ""], ["Yeah, it's", "It's", "Sure,", ""]),
                     ("DATE_OF_BIRTH", v, f"{dm}{join}{y}"))
        if r.random() < 0.5:
            self.say("agent", self.p(["Grazie, verificato.", "Ok, combacia.", "Perfetto, è lei."],
                                     ["Thanks, that's you through security.", "Great, that matches.", "Lovely, all verified."]))

    def address_parts(self) -> list[tuple[str, str]]:
        r, sp = self.rng, self.cust_sp
        if self.it:
            kind, name = r.choice(ALT_IT_STREETS)
            town, cap = r.choice(ALT_IT_TOWNS)
            n = r.randint(1, 160)
            street_v = f"{kind} {name} {n}"
            street_s = r.choice([f"{kind} {name} {it_words(n)}", f"{kind} {name}, numero {it_words(n)}",
                                 f"{kind} {name}, civico {it_words(n)}"])
            if r.random() < 0.2:
                scala = r.choice("ABC")
                street_v += f", scala {scala}"
                street_s += f", scala {IT_LETTERS[scala]}"
            if r.random() < 0.6:
                return [(street_v, street_s), (f"{cap} {town}", f"{sp.dictate(cap, [5], [r.choice(['single', 'pairs'])])}, {town}")]
            return [(street_v, street_s), (town, town)]
        if r.random() < 0.75:
            street = r.choice(ALT_UK_STREETS)
            town, pc = r.choice(ALT_UK)
            n = r.randint(2, 120)
            pc_s = ", ".join(" ".join(ch if ch.isalpha() else sp.digit(ch) for ch in part) for part in pc.split())
            first_v, first_s = f"{n} {street}", f"{en_words(n, uk=False)} {street}"
            if r.random() < 0.25:
                fl = r.randint(1, 9)
                first_v, first_s = f"Flat {fl}, {first_v}", f"flat {en_words(fl)}, {first_s}"
            return [(first_v, first_s), (f"{town} {pc}", f"{town}, {pc_s}")]
        street = r.choice(ALT_US_STREETS)
        city, state, zipc = r.choice(ALT_US)
        n = r.randint(100, 4999)
        return [(f"{n} {street}", f"{sp.pairs(str(n))} {street}"),
                (f"{city}, {state} {zipc}", f"{city}, {state}, {sp.one_by_one(zipc)}")]

    def ask_address(self):
        r = self.rng
        parts = self.address_parts()
        self.say("agent", self.p([
            "Dove glielo spediamo?", "L'indirizzo di fornitura è sempre lo stesso?", "Mi dà l'indirizzo completo, con il CAP?",
            "La fattura a che indirizzo la intestiamo?", "Il tecnico dove deve venire?"], [
            "Can you confirm the first line of the address and the postcode?", "Where are we sending the replacement?",
            "Has your address changed at all?", "What's the address on the bill?", "Where's the engineer going, what address?"]))
        if r.random() < 0.2:          # the old address, then the new one
            old = self.address_parts()
            self.say("customer", self.p(["Allora, è", "Sì,"], ["It's", "Yeah,"]),
                     ("ADDRESS", ", ".join(v for v, _ in old), ", ".join(s for _, s in old)),
                     self.p(["... no, scusi, che dico, quella è la casa vecchia. Adesso sto in",
                             "... ah no, ci siamo trasferiti a settembre. Il nuovo è"],
                            ["... oh no, sorry, that's the old place. We moved, it's now",
                             "... no, hang on, that was before we moved. It's"]),
                     ("ADDRESS", ", ".join(v for v, _ in parts), ", ".join(s for _, s in parts)))
            return
        if len(parts) > 1 and r.random() < 0.4:      # the agent asks for the rest
            self.say("customer", self.p(["Sì, allora,", "Sto in", "Allora,"], ["It's", "Yeah, it's", "Right,"]),
                     ("ADDRESS", parts[0][0], parts[0][1]))
            self.say("agent", self.p(["E il comune? Con il CAP, se lo sa.", "A?", "Città e CAP?"],
                                     ["And the town and postcode?", "And the postcode?", "Which town is that?"]))
            self.say("customer", self.p(["A", "A", "Sì, a"] if parts[1][0][0].isalpha() else ["", "Sì,", "Allora,"],
                                        ["", "That's", "It's"]), ("ADDRESS", parts[1][0], parts[1][1]))
        else:
            self.say("customer", self.p(["Sì, è", "Abito in", "Allora,", ""], ["Yeah, it's", "I'm at", "It's", ""]),
                     ("ADDRESS", ", ".join(v for v, _ in parts), ", ".join(s for _, s in parts)))
        if r.random() < 0.5:
            self.thanks()

    def ask_order(self):
        r = self.rng
        v = self.order()[1]
        if v[:2].isalpha():
            parts = [(v[:2], self.speak(v[:2])), (v[2:], self.speak(v[2:]))]
        elif len(v) == 9 and v[:2] == "20":
            parts = [(v[:4], it_words(int(v[:4])) if self.it else en_year(int(v[:4]))), (v[4:], self.speak(v[4:]))]
        else:
            h = len(v) // 2
            parts = [(v[:h], self.speak(v[:h])), (v[h:], self.speak(v[h:]))]
        self.say("agent", self.p([
            "Mi dà il numero d'ordine? Lo trova nella mail di conferma.", "Ha il numero della pratica?",
            "Il codice cliente è in alto a destra sulla bolletta, me lo legge?", "Le avevano dato un numero di segnalazione?",
            "Mi serve il riferimento del pacco."], [
            "Have you got the order number? It'll be on your confirmation email.", "Do you have a customer reference? Top right on the bill.",
            "Was there a ticket number from last time you rang?", "What's the reference on the delivery note?"]))
        if r.random() < 0.35:
            self.hunt("apro la mail", "find the email")
            lead = self.p(["Eccola. Allora,", "Trovato:", "Ecco qua,"], ["Found it. It's", "Okay, here we go,", "Right,"])
        else:
            lead = self.p(["Sì, è", "Allora,", "Dunque,", ""], ["Yeah, it's", "Erm,", "Sure,", ""])
        self.dictate("ORDER_NUMBER", parts, lead, split_p=0.35, slip_p=0.1)
        if r.random() < 0.4:
            self.read_back("ORDER_NUMBER", v, wrong_p=0.3)
        else:
            self.thanks()

    def volunteer_health(self):
        """Health information the caller offers unasked, in one of several situations."""
        r = self.rng
        if self.it:
            opts = [o for o in IT_HEALTH_ALT if not (len(o) == 2 and o[1] is None and not self.female)]
            o = r.choice(opts)
            h = o[0] if len(o) == 1 or self.female else o[1]
        else:
            h = r.choice(EN_HEALTH_ALT)
            if h == "I'm pregnant" and not self.female:
                h = "I'm diabetic, I'm on insulin"
        span = ("HEALTH", h, h)
        k = r.choice({"customer_care": [0, 1, 3], "sales_first_contact": [1, 3], "billing_support": [1, 2, 3],
                      "technical_support": [0, 1, 3, 4]}[self.purpose])
        if k == 0:
            self.say("agent", self.p(["Le va bene se mandiamo qualcuno domattina?", "Posso fissarle un appuntamento per la mattina?"],
                                     ["Would a morning visit suit you?", "I can get someone out first thing, is that okay?"]))
            self.say("customer", self.p(["La mattina è un problema, guardi:", "Mah, la mattina no, perché"],
                                        ["Mornings are tricky, to be honest,", "Not the morning, no, because"]),
                     span, self.p(["Meglio il pomeriggio.", "Se si può, dopo pranzo."], ["Afternoon's better.", "After lunch if you can."]))
            self.say("agent", self.p(["Nessun problema, le segno dopo le", "Allora facciamo dalle"], ["No problem, I'll put you down after", "Let's say from"]),
                     self.N(14 if self.it else 2, "quattordici" if self.it else "two"), ".")
        elif k == 1:
            self.say("customer", self.p(["Mi scusi se ci metto tanto, sa,", "Abbia pazienza se sono lenta," if self.female else "Abbia pazienza se sono lento,"],
                                        ["Sorry I'm a bit slow today,", "You'll have to bear with me,"]), span, ".")
            self.say("agent", self.p(["Si figuri, abbiamo tutto il tempo.", "Non si preoccupi, andiamo con calma."],
                                     ["Don't worry at all, take your time.", "That's absolutely fine, no rush."]))
        elif k == 2:
            self.say("customer", self.p(["Le dico la verità, se non ho pagato è perché", "Il ritardo col pagamento è perché"],
                                        ["The reason the payment's late is", "Honestly, I missed it because"]),
                     span, self.p(["e ho avuto altro per la testa.", ""], ["and it's been a lot.", ""]))
            self.say("agent", self.p(["Mi dispiace. Vediamo se possiamo dividere l'importo in rate.", "Capisco, nessuna mora, la tolgo io."],
                                     ["I'm sorry to hear that. Let's see if we can spread it out.", "I understand, I'll take the late fee off."]))
        elif k == 3:
            self.say("customer", self.p(["Un'ultima cosa: se chiamate e non rispondo è perché", "Ah, preferirei essere contattata per lettera, perché"
                                         if self.female else "Ah, preferirei essere contattato per lettera, perché"],
                                        ["Oh, one more thing, if I don't answer it's because", "Could you write to me rather than call? Only"]),
                     span, ".")
            self.say("agent", self.p(["Certo, lo annoto sulla scheda.", "Va bene, metto una nota."], ["Of course, I'll note that.", "No problem, I'll add a note."]))
        else:
            self.say("customer", self.p(["Mi serve che il telefono funzioni, eh, perché", "Guardi, è urgente:"],
                                        ["I really need the line working, because", "It's quite urgent, you see,"]),
                     span, self.p(["e devo poter chiamare il medico.", ""], ["and I need to be able to ring the doctor.", ""]))
            self.say("agent", self.p(["Capito, la segno come priorità.", "Capisco, metto la pratica in urgenza."],
                                     ["Understood, I'll flag it as a priority.", "Right, I'll mark that as urgent."]))

    # ---- the rest of the call

    def distractor(self):
        """An exchange with numbers that must stay audible; each kind once per call."""
        r, N = self.rng, self.N
        it = self.it
        year = r.randint(2012, 2023)
        k = self.fresh("distractor", 12)
        if k == 0:
            months = r.choice([6, 12, 24])
            self.say("agent", self.p(["L'offerta viene", "Con la promo paga"], ["That package is", "On the offer it's"]),
                     self.price(), self.p(["al mese per i primi", "al mese, bloccato per"], ["a month for the first", "a month, fixed for"]),
                     N(months), self.p(["mesi.", "mesi."], ["months.", "months."]))
            self.say("customer", self.p(["E dopo quanto diventa?", "E poi?"], ["And after that?", "What does it go up to?"]))
            self.say("agent", self.p(["Poi passa a", "Dopo sale a"], ["Then it's", "It goes to"]), self.price(), ".")
        elif k == 1:
            self.say("customer", self.p(["Io sono cliente vostro dal", "Guardi che sto con voi dal"], ["I've been with you since", "I've been a customer since"]),
                     N(year, it_words(year) if it else en_year(year)), self.p([", mica da ieri.", "."], [", you know.", "."]))
            self.say("agent", self.p(["Lo vedo, grazie per la fiducia.", "Sì, lo vedo qui."], ["I can see that, thanks for sticking with us.", "Yes, I can see that here."]))
        elif k == 2:
            if it:
                a, b = r.choice([(8, 13), (9, 12), (14, 18)])
                a, b = N(a), N(b)
            else:
                a, b = r.choice([((8, "eight"), (1, "one")), ((9, "nine"), (12, "twelve")), ((2, "two"), (6, "six"))])
                a, b = N(*a), N(*b)
            intro, mid = self.p([("Il tecnico è disponibile martedì, dalle", "alle"), ("Avrei uno slot giovedì, tra le", "e le")],
                                [("We've got an engineer Tuesday, between", "and"), ("There's a slot Thursday from", "till")])
            self.say("agent", intro, a, mid, b,
                     self.p([". Va bene?", ", le va?"], [". Any good?", ", does that work?"]))
            self.say("customer", self.p(["Sì, ci sono.", "Va benissimo."], ["Yeah, I'm in then.", "That's fine."]))
        elif k == 3:
            d = r.randint(3, 12)
            self.say("customer", self.p(["Sono", "Saranno"], ["It's been", "That's"]), N(d),
                     self.p(["giorni che va e viene, non se ne può più.", "giorni così, eh."], ["days now, on and off.", "days like this."]))
            self.say("agent", self.p(["Mi dispiace, vediamo subito.", "Capisco il disagio."], ["Sorry about that, let's get it sorted.", "That's not good, sorry."]))
        elif k == 4:
            m = r.choice([4020, 7590, 350, 600])
            letters, let_en = r.choice([("effe ics", "F X"), ("ti ci", "T C"), ("acca erre", "H R")])
            self.say("agent", self.p(["Dietro al modem c'è un'etichetta col modello, cosa c'è scritto?", "Che modello di router ha? È scritto sotto."],
                                     ["What model is the router? It's on a sticker underneath.", "Can you read me the model off the back of the box?"]))
            self.say("customer", self.p(["C'è scritto", "Allora,"], ["It says", "Erm,"]), letters if it else let_en, N(m), ".")
        elif k == 5:
            self.say("customer", self.p(["Questo mese mi è arrivata una bolletta di", "Mi avete addebitato"],
                                        ["This month's bill came to", "You've taken"]),
                     self.price(r.randint(110, 240)),
                     self.p([", di solito pago sui", ", quando di solito sono"], [", and it's normally about", " when it's usually"]),
                     N(r.choice([40, 50, 60])), self.p(["euro.", "euro."], ["pounds.", "quid."]))
            self.say("agent", self.p(["Verifico subito i consumi.", "Controllo le letture."], ["Let me look at the readings.", "I'll check the usage."]))
        elif k == 6:
            d = r.choice([14, 30])
            self.say("agent", self.p(["Ha", "Il reso è gratuito entro"], ["You've got", "Returns are free within"]), N(d),
                     self.p(["giorni dalla consegna.", "giorni dalla consegna."], ["days from delivery.", "days of delivery."]))
            self.say("customer", self.p(["Ah, allora sono ancora in tempo.", "Meno male."], ["Oh good, I'm still in time then.", "Thank goodness."]))
        elif k == 7:
            q = r.choice([2, 3, 4])
            self.say("customer", self.p(["Avevo ordinato", "Ne ho prese"], ["I ordered", "I got"]), N(q),
                     self.p(["confezioni da", "scatole da"], ["packs of", "boxes of"]), N(r.choice([6, 10, 12])),
                     self.p([", ma ne è arrivata una sola.", "e ne manca una."], [", and only one turned up.", "and one's missing."]))
            self.say("agent", self.p(["Vedo, la spedizione risulta parziale.", "Sì, qui risulta divisa in due colli."],
                                     ["Yes, it looks like it was split.", "Right, I can see it went in two parcels."]))
        elif k == 8:
            self.say("agent", self.p(["Il contratto ha un vincolo di", "Tenga presente che c'è un minimo di"],
                                     ["It's a", "Just so you know, there's a minimum term of"]), N(r.choice([12, 18, 24])),
                     self.p(["mesi.", "mesi."], ["month contract.", "months."]))
            self.say("customer", self.p(["E se disdico prima?", "E se recedo prima quanto pago?"], ["And if I leave early?", "What if I cancel before that?"]))
            self.say("agent", self.p(["C'è una penale di", "Paga"], ["There's an early exit fee of", "It's"]), N(r.choice([30, 50, 75])),
                     self.p(["euro.", "euro, non di più."], ["pounds.", "pounds, that's all."]))
        elif k == 9:
            self.say("agent", self.p(["L'addebito parte il", "La rata le viene presa il"], ["The payment goes out on the", "We'll take it on the"]),
                     N(5, "cinque") if it else N(5, "fifth"), self.p(["di ogni mese.", "del mese."], ["of each month.", "of the month."]))
            self.say("customer", self.p(["Va bene, lo stipendio arriva il", "Perfetto, io prendo lo stipendio il"],
                                        ["That's fine, I get paid on the", "Good, payday's the"]),
                     N(27, "ventisette") if it else N(27, "twenty-seventh"), ".")
        elif k == 10:
            got, want = r.choice([3, 7, 12]), r.choice([100, 200])
            self.say("agent", self.p(["Che velocità le dà lo speed test?", "Ha provato a misurare la velocità?"],
                                     ["What's the speed test saying?", "Have you run a speed test?"]))
            self.say("customer", self.p(["Mi fa", "Arrivo a"], ["It says", "I'm getting"]), N(got),
                     self.p(["mega, e dovrebbero essere", "mega, altro che"], ["meg, and I'm paying for", "meg instead of"]), N(want), ".")
        else:
            code = r.choice([651, 404, 720, 38])
            self.say("agent", self.p(["Sullo schermo compare qualche codice di errore?", "Le dà un messaggio di errore?"],
                                     ["Is there an error code on the screen?", "Does it give you an error message?"]))
            self.say("customer", self.p(["Sì, errore", "C'è scritto errore"], ["Yeah, error", "It says error"]), N(code), ".")

    def small_talk(self):
        r, N = self.rng, self.N
        k = self.fresh("talk", 5)
        if k == 0:
            self.say("customer", self.p(["Scusi il rumore, c'è il cane che abbaia.", "Scusi, ho la televisione accesa, la abbasso."],
                                        ["Sorry about the noise, the dog's going mad.", "Sorry, the kids are home, it's chaos."]))
            self.say("agent", self.p(["Si figuri, non si preoccupi.", "Nessun problema, la sento bene."],
                                     ["Ha, don't worry about it.", "No worries, I can hear you fine."]))
        elif k == 1:
            self.say("customer", self.p(["Finalmente! Sono in attesa da", "Eh, ho aspettato"], ["Finally! I've been on hold", "I've been waiting"]),
                     N(r.choice([15, 20, 25, 40])), self.p(["minuti.", "minuti con la musichetta."], ["minutes.", "minutes listening to that music."]))
            self.say("agent", self.p(["Mi scusi, stamattina abbiamo tantissime chiamate.", "Mi dispiace per l'attesa."],
                                     ["I'm so sorry, it's really busy today.", "Sorry about the wait."]))
        elif k == 2:
            self.say("agent", self.p(["Com'è il tempo da voi?", "Da voi fa freddo?"], ["Nice day where you are?", "Is it raining there too?"]))
            self.say("customer", self.p(["Macché, piove da stamattina.", "Si sta bene, per fortuna."], ["Don't ask, it's chucking it down.", "Not bad actually, bit of sun."]))
        elif k == 3:
            self.say("agent", self.p(["Mi scusi, la sento un po' disturbata.", "Pronto? Mi sente?"], ["Sorry, you're breaking up a bit.", "Hello? Are you still there?"]))
            self.say("customer", self.p(["Sì, scusi, ero in ascensore. Adesso?", "Aspetti che mi sposto vicino alla finestra."],
                                        ["Sorry, I'm in the car, is that better?", "Hang on, I'll move by the window."]))
            self.say("agent", self.p(["Sì, adesso la sento.", "Ora va meglio."], ["Yeah, that's better.", "Much clearer, thanks."]))
        else:
            self.say("agent", self.p(["La metto un momento in attesa mentre controllo.", "Resti in linea un attimo, verifico una cosa."],
                                     ["I'm just going to pop you on hold while I check.", "Can you bear with me a sec while I look into it?"]))
            self.say("customer", self.p(["Va bene.", "Sì, aspetto."], ["Sure.", "Okay."]))
            self.say("agent", self.p(["Grazie per aver atteso.", "Eccomi, grazie dell'attesa."], ["Thanks for holding.", "Right, thanks for waiting."]))

    def address_by_name(self):
        """The agent calls the customer by surname (a PERSON span on the agent side)."""
        title = (self.g("signora", "signor") if self.it else self.g(self.rng.choice(["Mrs", "Ms"]), "Mr"))
        self.say("agent", self.p(["Grazie,", "Perfetto,", "Bene,"], ["Thanks,", "Lovely,", "Right,"]), title,
                 ("PERSON", self.last, self.last), ".")

    def build(self, company: str, agent: str, notice: bool):
        r = self.rng
        pname = {"customer_care": ("assistenza clienti", "customer service"),
                 "sales_first_contact": ("finalità commerciali", "sales"),
                 "billing_support": ("gestione della fatturazione", "billing"),
                 "technical_support": ("assistenza tecnica", "technical support")}[self.purpose][0 if self.it else 1]
        greet = self.p([f"{company}, buongiorno, sono", f"Buongiorno, servizio clienti {company}, mi chiamo", f"{company}, buonasera, parla con"],
                       [f"Hello, {company}, you're speaking to", f"Morning, {company} customer team, it's", f"Hi there, {company}, I'm"])
        note = self.p([f"Prima di iniziare la informo che la chiamata è registrata per {pname}.",
                       f"La telefonata viene registrata ai fini di {pname}, come da informativa.",
                       f"Le ricordo che questa conversazione è registrata, per {pname}."],
                      [f"Before we start, I need to let you know this call's recorded for {pname}.",
                       f"Just to let you know, we're recording this call for {pname} purposes.",
                       f"Quick heads up, the call is recorded so we can deal with your {pname} query."])
        ask = self.p(["Come posso aiutarla?", "Mi dica.", "Cosa posso fare per lei?"], ["How can I help?", "What can I do for you?", "What's happened?"])
        self.say("agent", greet, ("AGENT_NAME", agent, agent), ".", note if notice else "", ask)
        self.say("customer", self.p(*{
            "customer_care": (["Buongiorno, chiamo per un pacco che doveva arrivare la settimana scorsa e non si è visto.",
                               "Sì, salve, vorrei restituire un articolo, è arrivato rotto.",
                               "Buongiorno, volevo sapere a che punto è la mia richiesta."],
                              ["Hiya, I'm ringing about a parcel that was meant to come last week.",
                               "Hi, I need to send something back, it arrived damaged.", "Hello, I'm just chasing up a complaint."]),
            "sales_first_contact": (["Buongiorno, ho ricevuto un volantino con la vostra offerta per la fibra.",
                                     "Salve, sto pensando di cambiare gestore e volevo qualche informazione.",
                                     "Buongiorno, mi ha chiamato un vostro collega e mi ha detto di richiamare."],
                                    ["Hi, I got a leaflet about your broadband deal.", "Hello, I'm thinking of switching and wanted a quote.",
                                     "Hi, one of your team rang me yesterday and asked me to call back."]),
            "billing_support": (["Buongiorno, mi è arrivata una bolletta che non capisco.", "Salve, vedo sul conto un addebito doppio.",
                                 "Buongiorno, vorrei passare alla domiciliazione bancaria."],
                                ["Hi, I've had a bill through that doesn't make sense.", "Hello, two payments have gone out of my account.",
                                 "Hi, I want to set up a direct debit."]),
            "technical_support": (["Salve, da stamattina la linea è muta.", "Buongiorno, il decoder non si accende più.",
                                   "Salve, il wifi cade in continuazione, soprattutto la sera."],
                                  ["Hi, my broadband's been down since this morning.", "Hello, the box won't turn on at all.",
                                   "Hi, the wifi keeps cutting out, mainly in the evenings."]),
        }[self.purpose]))
        # the name
        q, lead = self.p([("Con chi parlo?", ["Sono", "Allora, sono", ""]), ("Mi dice nome e cognome dell'intestatario?", ["Sì,", "Allora,"]),
                          ("Lei è il titolare del contratto?", ["Sì, sono io,", "Sì,"]), ("Per chi apro la pratica?", ["Per me,", "A nome mio,"])],
                         [("Who have I got on the line?", ["It's", "This is", ""]), ("Can I take your full name, please?", ["Yeah,", "Sure,"]),
                          ("Are you the account holder?", ["Yes, that's me,", "Yeah,"]), ("And who am I talking to?", ["Oh, sorry,", ""])])
        self.say("agent", q)
        lead = r.choice(lead)
        roll = r.random()
        if self.it and roll < 0.3:      # surname first, as on a form
            pieces = [lead, ("PERSON", f"{self.first} {self.last}", f"{self.last} {self.first}")]
        elif not self.it and roll < 0.25:
            pieces = [lead, ("PERSON", f"{self.first} {self.last}", f"{self.first}, {self.first} {self.last}")]
        else:
            pieces = [lead, self.person()]
        self.say("customer", *pieces)
        if r.random() < 0.35:
            self.say("agent", self.p(["Il cognome me lo può compitare?", "Come si scrive il cognome?"],
                                     ["Could you spell the surname for me?", "How do you spell the last name?"]))
            self.say("customer", ("PERSON", self.last, spell_code(self.last.upper().replace("'", ""), self.cust_sp, r.choice(["plain", "mixed"]))),
                     self.p(["", "."], ["", "."]))
        if r.random() < 0.45:
            self.address_by_name()
        kinds = r.sample(PII, r.randint(6, 8))
        if not self.it and "IT_FISCAL_CODE" in kinds and r.random() < 0.6:
            kinds.remove("IT_FISCAL_CODE")
        plan = kinds + ["distractor"] * r.randint(3, 4) + ["talk"] * r.randint(1, 2)
        r.shuffle(plan)
        steps = {"PHONE_NUMBER": self.ask_phone, "EMAIL_ADDRESS": self.ask_email, "IT_FISCAL_CODE": self.ask_fiscal,
                 "IBAN_CODE": self.ask_iban, "CREDIT_CARD": self.ask_card, "DATE_OF_BIRTH": self.ask_dob,
                 "ADDRESS": self.ask_address, "HEALTH": self.volunteer_health, "ORDER_NUMBER": self.ask_order,
                 "distractor": self.distractor, "talk": self.small_talk}
        for step in plan:
            steps[step]()
        hours = r.choice([24, 48, 72])
        self.say("agent", self.p(["Allora, riepilogando: ho aperto la richiesta e la ricontattiamo entro",
                                  "Bene, è tutto registrato, avrà notizie entro"],
                                 ["Right, so to recap: that's all logged and someone will be in touch within",
                                  "Okay, that's all on the system, you'll hear back within"]),
                 self.N(hours), self.p(["ore. C'è altro?", "ore. Serve altro?"], ["hours. Anything else?", "hours. Anything else I can do?"]))
        self.say("customer", self.p(["No, è tutto, grazie mille.", "No no, a posto così, grazie."], ["No, that's everything, cheers.", "No, that's it, thanks."]))
        if r.random() < 0.4:
            self.say("agent", self.p(["Grazie a lei", "Arrivederci"], ["Thanks for calling", "Take care"]),
                     self.g("signora", "signor") if self.it else self.g("Mrs", "Mr"), ("PERSON", self.last, self.last),
                     self.p([", buona giornata.", ", buona serata."], [", bye now.", ", have a good day."]))
        else:
            self.say("agent", self.p(["Grazie a lei, buona giornata.", "Buona serata, arrivederci."], ["Thanks for calling, bye now.", "Have a lovely day, bye."]))


def main() -> None:
    """heldout.main with this phrasebook, its own company and agent names, and its own defaults."""
    H.CallBuilder = AltCallBuilder
    H.IT_COMPANIES, H.EN_COMPANIES = ALT_IT_COMPANIES, ALT_EN_COMPANIES
    H.IT_AGENTS, H.EN_AGENTS = ALT_IT_AGENTS, ALT_EN_AGENTS
    defaults = ["--out", str(Path(__file__).resolve().parent / "results" / "heldout_alt"), "--prefix", "ha", "--seed", "101"]
    sys.argv[1:1] = defaults          # argparse keeps the last: the caller's options win
    H.main()


if __name__ == "__main__":
    main()
