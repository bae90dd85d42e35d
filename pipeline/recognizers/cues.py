"""Cue words: what a speaker says just before a kind of personal data, Italian and English.

A cue is a phrase of lowercase words; a word ending in '*' matches any word with that
prefix ("telefon*" matches telefono, telefonico). Shared by the number, dialogue and
name recognizers, so a question ("mi lascia un numero di telefono?") and an
introduction ("il mio cellulare è") point to the same entity.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from ..normalize import MONTHS  # noqa: F401 - the recognizers' month names
from .view import Tok, find_cue, phrase_at, phrases

ENTITY_CUES: dict[str, tuple[tuple[str, ...], ...]] = {
    "PHONE_NUMBER": phrases(
        "telefon*", "cellul*", "cell", "recapit*", "richiamar*", "chiamarl*", "contattarl*", "whatsapp",
        "chiami", "chiamarmi", "chiamatemi", "contattarmi", "richiamarmi", "squillo",
        "rintracci*", "reperibil*", "raggiungerla", "raggiungermi", "raggiungibil*",
        "numero fisso", "fisso", "phone*", "telephone*", "mobile", "cellphone", "landline", "reach you", "reach me",
        "get hold of you", "get hold of me",
        "call you", "call me", "contact number", "ring you", "text you", "mobile number", "take a number",
        "best number", "number to call", "number to reach",
        # where the caller can be found: "mi trova al 347...", "you'll get me on 07..."
        "mi trova al", "mi trovate al", "mi trova allo", "get me on", "find me on", "ring me on",
        # where a call or a message went: "left a voicemail on 01522...", "un messaggio sul 075...", "mi ha chiamato sul"
        "voicemail", "voice mail", "segreteria", "messaggio sul", "messaggio al", "message on", "chiamato sul",
        "chiamato al", "called me on", "rang me on", "sms"),
    "CREDIT_CARD": phrases(
        "carta", "carte", "credito", "bancomat", "visa", "mastercard", "amex", "american express",
        "prepagata", "card", "credit", "debit card", "cvv", "scadenza", "pagare", "pagamento", "paga", "pay",
        "payment", "paying", "saldare"),
    "IBAN_CODE": phrases(
        "iban", "iman*", "conto", "conto corrente", "bonifico", "addebit*", "debito", "domiciliazion*", "rid",
        "coordinate",
        "account", "bank", "sort code", "debit", "direct debit", "bank details",
        # where a refund is paid: an account
        "refund", "money back", "rimborso", "rimborsare", "accredit*"),
    "ORDER_NUMBER": phrases(
        "ordin*", "pratica", "ticket", "segnalazion*", "riferimento", "spedizion*", "tracking", "contratto",
        "codice cliente", "numero cliente", "cliente", "fattura", "order*", "reference", "case", "contract",
        "customer number", "invoice", "booking", "confirmation number", "confirmation code", "confirmation email",
        "di conferma", "prenotazion*", "shipment", "parcel", "pacco",
        # a fault or a claim is opened under a number too
        "guasto", "guasti", "fault", "incident", "claim", "job number", "work order", "numero di richiesta",
        "request number", "reclamo", "complaint"),
    "ID_NUMBER": phrases("carta d' identità", "carta di identità", "passaporto", "patente", "documento d' identità",
                         "tessera sanitaria", "passport", "driving licence", "driver's license", "licence number",
                         "license number", "id card", "identity card", "national insurance"),
    "IT_FISCAL_CODE": phrases("codice fiscale", "fiscale", "cf", "tax code", "fiscal code", "tax id"),
    # "la sua data di racita": whisper's nascita; another date asked for names itself ("data di scadenza")
    "DATE_OF_BIRTH": phrases("nato", "nata", "nascita", "compleanno", "born", "birth", "birthday", "date of birth",
                             "dob", "data di", "date of"),
    "ADDRESS": phrases("indirizz*", "abitazione", "abito", "abita", "vivo", "vive", "residenza", "residente",
                       "domicili*", "spedire", "spediamo", "spedisco", "consegn*", "ship", "deliver*", "send it",
                       "address", "live", "lives", "living", "postcode", "post code", "zip", "cap", "based",
                       "codice postale", "postale", "città", "town", "city",
                       # the street asked for apart: "e la strada?", "la via con il civico", "and the street?"
                       "strada", "la via", "che via", "quale via", "street", "house number"),
    "EMAIL_ADDRESS": phrases("email", "e-mail", "e mail", "e mai", "è mai", "mail", "posta elettronica", "emails",
                             "chiocciola", "indirizz* di posta", "pec"),
    "PERSON": phrases("nome", "cognome", "chiamo", "chi parlo", "generalità", "nominativo", "intestat*", "in testat*",
                      "titolare", "name", "surname", "who am i", "speaking with", "account holder", "si chiama",
                      "ti chiami",
                      # a word spelled out is a name, unless a more specific cue names a code or a mailbox
                      "scandisc*", "scandire", "spell", "spelled", "spelling", "spelt"),
}
# a question or request for data (besides a "?" token)
REQUEST = phrases("mi dice", "mi dà", "mi da", "mi lascia", "mi può", "mi puo", "può darmi", "potrebbe", "mi serve",
                  "qual è", "qual", "quale", "ha il", "ha un", "mi conferma", "confermi", "mi detta", "mi fornisce",
                  "can i have", "could i have", "can you", "could you", "what's", "what is", "may i", "do you have",
                  "please confirm", "confirm", "tell me", "give me", "which", "and your", "your", "a che", "dove",
                  "where", "mi ripete", "può ripetere", "mi scusi",
                  # a request said as a need: "I'll need the card number", "avrei bisogno del codice fiscale"
                  "i'll need", "i need", "i'd need", "we'll need", "we need", "i'll just need", "just need",
                  "ho bisogno", "avrei bisogno", "mi servirebbe", "mi servono", "le chiedo", "devo chiederle")
# kinds given as a run of characters; those that open with letters
NUMERIC = {"PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "ORDER_NUMBER", "IT_FISCAL_CODE", "ID_NUMBER"}
LETTERED = {"IBAN_CODE", "IT_FISCAL_CODE"}
# When a unit names several kinds, the more specific wins: "indirizzo email" asks for an
# e-mail, "numero di telefono" for a phone; then the nearest cue.
PRIORITY = {"EMAIL_ADDRESS": 3, "ID_NUMBER": 3, "IT_FISCAL_CODE": 2, "IBAN_CODE": 2, "CREDIT_CARD": 2, "PHONE_NUMBER": 2,
            "DATE_OF_BIRTH": 2, "ORDER_NUMBER": 1, "ADDRESS": 1, "PERSON": 0}

# cues that name their kind outright, not a word about it ("parcel", "pagamento", "conto")
KIND_NAMES = frozenset(phrases("indirizz*", "address", "postcode", "post code", "codice postale", "iban", "telefon*",
                               "phone*", "cellul*", "codice fiscale", "fiscal code", "tax code", "date of birth",
                               "nascita", "birth", "credit", "credito", "card"))

_BENT_INDIRIZZO = re.compile(r"indi[rvgp][a-z]{1,5}")
# words that start like a bent "indirizzo" and are words of their own
_INDI_WORDS = frozenset("""individuo individui individua individue indiretto indiretta indiretti indirette indigesto
    indigesta indiviso indivisa""".split())


def bent_indirizzo(low: str) -> bool:
    """ "Indirizzo" as whisper bends it in a question ("l'indivizio di residenza", "a quale indipiso?",
    "indignizzo"): "indi", then a "z", "s" or "d" sound; not "indiretto", "indichi", "individuale"."""
    low = low.removeprefix("l'").removeprefix("'")
    tail = low[5:]
    return bool(_BENT_INDIRIZZO.fullmatch(low)) and low not in _INDI_WORDS and any(c in tail for c in "zsd") \
        and not low.endswith(("ale", "ali", "are", "ato", "ata", "ente", "enti"))


def bent_nascita(low: str) -> bool:
    """ "Nascita", "compleanno" as whisper bends them: "la data di racita", "la nataninacita", "il suo
    compliano"; not "capacità", "compilano"."""
    return len(low) >= 6 and low.endswith(("ascita", "acita", "asita")) and not low.endswith("pacita") or \
        len(low) >= 8 and low.startswith("compl") and low.endswith(("anno", "eano", "iano")) and low[5] in "eia"


# "IBAN" as whisper writes it in English: "the Ivan", "your iron hair", "the eibent", "the Ibane"
_IBAN_HEARD = frozenset("ivan iron ibane eibent ibans iban's".split())
_OWNERS = frozenset("the your my his her our their full".split())


def bent_iban(tokens: list[Tok], i: int) -> bool:
    """ "IBAN" as whisper bends it, after "the", "your" ("read me the iron", "the Ivan is GB85"); not
    a name ("Ivan Petrov") or "fifty iron pounds"."""
    return tokens[i].low in _IBAN_HEARD and i > 0 and tokens[i - 1].low in _OWNERS


def _one_word(bent: Callable[[str], bool]) -> Callable[[list[Tok], int], bool]:
    return lambda tokens, i: bent(tokens[i].low)


def bent_fiscale(low: str) -> bool:
    """ "Codice fiscale" glued and bent by whisper: "il codicetiscale", "codicefiscale", "codicefiscali"."""
    return len(low) >= 11 and low.removeprefix("il").startswith("codic") and low.endswith(("scale", "scali"))


BENT_CUES = ((_one_word(bent_indirizzo), "ADDRESS", "indirizz*"), (_one_word(bent_nascita), "DATE_OF_BIRTH", "nascita"),
             (bent_iban, "IBAN_CODE", "iban"), (_one_word(bent_fiscale), "IT_FISCAL_CODE", "codice fiscale"))
OF_MAIL = phrases("di posta", "email", "e-mail", "mail", "e mail", "pec")

WHERE_WRITTEN = frozenset("on in nella nell' sulla sull' nel from dalla dall' inside".split())
WHERE_BACK = 4  # tokens: "on your confirmation e - mail"


def _said_after(tokens: list[Tok], i: int, words: frozenset, back: int) -> bool:
    """One of `words` among the `back` words before tokens[i]."""
    return any(t.low in words for t in [t for t in tokens[:i] if t.kind != "punct"][-back:])


def written_where(tokens: list[Tok], i: int) -> bool:
    """A cue at tokens[i] after "on", "in", "sulla" (a few words back) says where the data is written."""
    return _said_after(tokens, i, WHERE_WRITTEN, WHERE_BACK)


FOR_WHAT = frozenset("per for".split())
FOR_BACK = 4  # tokens: "per la fattura", "for the invoice", "per aprire la pratica" (whisper: "per la pire la pratica")


def for_what(tokens: list[Tok], i: int) -> bool:
    """A cue at tokens[i] after "per", "for" (a few words back): what the data is wanted for."""
    return _said_after(tokens, i, FOR_WHAT, FOR_BACK)


# after "chiamo": why or whence the caller rings ("chiamo per la fattura", "chiamo da Milano"), not a name
# nor a number to call ("la chiamo al 347..." is one)
CALLING_ABOUT = frozenset("per perché perchè riguardo in da dal dalla dallo ancora di nuovo anche".split())


def best_cue(tokens: list[Tok], *, fuzzy: bool = True) -> Optional[tuple[int, str, str]]:
    """(token index, entity, cue words) of the strongest cue in `tokens`, or None. A cue after
    "on", "in", "sulla" says where the data is written ("the address on the account", "the
    name on the card", "in case we get cut off"), not what is asked, when another cue comes
    before it; an e-mail named that way never asks for one ("the number on your confirmation email")."""
    hits = []
    for bent, entity, cue in BENT_CUES:  # the nearest word whisper bent from a cue
        i = next((i for i in range(len(tokens) - 1, -1, -1) if bent(tokens, i)), None)
        if i is not None:
            if entity == "ADDRESS" and phrase_at(tokens, i + 1, OF_MAIL):
                entity = "EMAIL_ADDRESS"  # "l'indivizio di posta", "indivizio email": an e-mail
            hits.append((i, entity, cue, False, 1, False))
    for entity, cues in ENTITY_CUES.items():
        hit = find_cue(tokens, cues, fuzzy=fuzzy)
        if hit and hit[1] == ("case",) and hit[0] > 0 and tokens[hit[0] - 1].low == "in":
            continue  # "in case we get cut off": no case number
        if hit and tokens[hit[0]].low == "chiamo" and hit[0] + 1 < len(tokens) \
                and tokens[hit[0] + 1].low in CALLING_ABOUT:
            continue  # "chiamo per la fattura 457...": why the caller rings, no name (nor "chiami")
        if hit and hit[1] in (("nato",), ("nata",)) and hit[0] + 1 < len(tokens) \
                and tokens[hit[0] + 1].low in ("un", "una", "uno"):
            continue  # "è nato un problema", "è nato un attimo fa": no birth
        if hit:
            where = written_where(tokens, hit[0])
            hits.append((hit[0], entity, " ".join(hit[1]), where, len(hit[1]), for_what(tokens, hit[0])))
    hits = [h for h in hits if not (h[3] and (h[1] == "EMAIL_ADDRESS" or any(o[0] < h[0] and not o[3] for o in hits)))]
    # "dove abita, per la fattura?": a cue after "per", "for" says what the data is for, after the one asked
    hits = [h for h in hits if not (h[5] and any(o[0] != h[0] and not o[5] for o in hits))]
    # a word inside a longer cue of another kind is part of it ("come si chiama" is no "chiami"), and
    # a word said exactly is not one letter off another ("chiamo" is no "chiami")
    exact = {h[1]: phrase_at(tokens, h[0], [tuple(h[2].split())]) is not None for h in hits}
    hits = [h for h in hits if not any(o[4] > h[4] and o[0] <= h[0] < o[0] + o[4]
                                       or o[0] == h[0] and exact[o[1]] and not exact[h[1]] for o in hits)]
    # among kinds alike, the one named beats one only hinted at ("what address is the parcel going to?")
    best = max(hits, key=lambda h: (PRIORITY[h[1]], tuple(h[2].split()) in KIND_NAMES, h[0]), default=None)
    return best[:3] if best else None

# lead-in words an answer starts with before its content
LEAD_IN = frozenset("""sì si certo allora ecco guardi senta dunque va bene ok okay è e il lo la l' i gli mio mia
    miei numero sono le do dico dò prego cioè ehm eh mah sarebbe ed a al all' che di del della nato nata nel
    yes yeah yep sure of course ok okay it's it is my the number its that's um uh er well so right i was am
    born on in and a an oh yup here you go mine please per favore è: , me""".split())
# where the opening of a code can't be: the answer's lead-in or the naming of the code
HEAD_STOP = frozenset("""sì si certo allora ecco guardi senta dunque ok okay prego yes yeah yep sure right well so
    è is it's sono mio mia my mine numero number codice code iban conto account trovato trovata eccolo eccola found
    here""".split())
# what a dictation counts: "the first 8 digits", "le ultime 4 cifre"
COUNTED = frozenset("digits cifre numeri caratteri characters".split())
GROUPS = frozenset("blocchi blocco gruppi gruppo blocks groups".split())  # "a blocchi di 4", "in groups of 4"
# measures: a number right before one is a quantity, however long whisper made it ("300 and 70,000 kilowatt")
MEASURES = frozenset("""kg kilo kilos kili chili chilo grammi grams litri litres liters metri metres meters km kwh mbps
    kilowatt kilowatts kilowattora kw watt watts megabit megabits gigabyte gigabytes megabyte megabytes""".split())
# words right after (or before) a number that make it a price, a time or a quantity
NONPII_AFTER = frozenset("""euro euros € eur dollari dollaro dollars dollar $ sterline pounds pound quid £ cent centesimi
    ore ora minuti minuto secondi giorni giorno settimane mesi mese anni anno percento per% % gb mb giga mega
    hours hour minutes minute seconds days day weeks months month years year percent o'clock am pm pezzi
    volte times items units rata rate mensili annui
    boxes scatole pacchi parcels packages colli""".split()) | frozenset(COUNTED) | MEASURES
# a code after these names a product, not a person
PRODUCT_CUES = frozenset("""prodotto prodotti articolo modello modelli versione serie sku product products item model
    version series firmware canale canali channel channels errore errori error errors""".split())
# the company's own line, given for the caller to call: no person's number ("il numero verde 800 ...", "our
# freephone number", "the switchboard, extension 214"); "call us", "richiamarci" only from the agent (a caller's
# "you can reach us on ..." is the household's number)
OUR_LINE = phrases("numero verde", "centralino", "freephone", "free phone", "toll free", "tollfree", "switchboard*",
                   "main switch", "helpline", "help line", "extension")
CALL_US = phrases("richiamarci", "chiamarci", "contattarci", "ricontattarci", "nostro numero", "nostri numeri",
                  "call us", "ring us", "reach us", "contact us", "our number", "our line")
YEAR_BEFORE = frozenset("dal nel del dall al anno since in from year of".split())  # "d'al 2019": whisper's dal
NONPII_BEFORE = frozenset("""costa costo prezzo paga pagare importo totale alle ore entro dalle tra fra pagato speso
    cost costs price total at by until from between only just paid spent before after
    intorno circa around roughly approximately""".split())  # "intorno ai 38", "around 45 quid"
# the talk has moved on to a price: no address, name or mailbox goes on past these
PRICE_WORDS = frozenset("costa costo costi prezzo importo totale costs cost price total".split())
# a short number a few words after these is a discount or an offer ("uno sconto del venti per cento")
OFFER = frozenset("sconto sconti offerta promozione promo discount offer deal".split())
# the call moves on: a code or an answer does not go on past these
CLOSERS = frozenset("""grazie perfetto bene ok okay arrivederci thanks thank perfect great bye goodbye
    fine""".split())
# the caller's family: "mia figlia è autistica", "my husband Kevin"
RELATIVES = frozenset("""figlia figlio figli moglie marito madre padre mamma papà nonna nonno sorella fratello
    compagna compagno husband wife son daughter mother father mum mom dad partner sister brother""".split())
# the call's opening: the company and the agent introduce themselves
GREETING = frozenset("""buongiorno buonasera salve pronto benvenuto benvenuti morning hello afternoon evening
    welcome""".split())
THANKS_FOR_CALLING = ("for calling", "per aver chiamato", "per averci chiamato", "per aver contattato")
