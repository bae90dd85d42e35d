"""What a unit asks for: a kind of data named in a question or a request ("mi lascia un numero
di telefono?", "and your date of birth."), a code to read out whose kind whisper lost ("read
it out in fours"), or a moment to find it ("un attimo che lo cerco"). On a mono mix a unit
that holds an answer asks, if at all, after it."""
from __future__ import annotations

from .cues import CLOSERS, ENTITY_CUES, GREETING, NONPII_BEFORE, NUMERIC, PRODUCT_CUES, REQUEST, best_cue
from .view import Line, Tok, find_cue, phrase_at, phrases

HOLD = phrases("un attimo", "un momento", "un secondo", "aspett*", "attenda", "lo cerco", "la cerco", "ce l' ho",
               "vado a vedere", "devo cercare", "hmm let me", "give me a sec", "wait a sec",
               "one sec", "one second", "just a sec", "just a second", "hang on", "hold on", "a moment", "bear with me",
               "let me find", "let me check", "let me look", "let me get", "one moment", "just a moment",
               "un attimino", "un secondino")


def holds(line: Line) -> bool:
    """ "Un attimo, lo cerco", "hang on, let me find it": the answer comes in the next unit."""
    toks = list(line.tokens)
    return bool(toks) and not any(t.kind == "digits" for t in toks) and any(
        phrase_at(toks, i, HOLD) for i in range(min(len(toks), 6)))


MORE_ASKING_MAX = 5  # words


def more_asking(line: Line, entity: str) -> bool:
    """On a mono mix the agent may add a few words before the number comes ("Which account?" /
    "I'll need the IBAN" / "hang on..." / "it's G B 10 ...")."""
    words = [t for t in line.tokens if t.kind != "punct"]
    return line.speaker == "mixed" and entity in NUMERIC and len(words) <= MORE_ASKING_MAX and not any(
        t.kind in ("digits", "letters") for t in words)


def asking_part(line: Line) -> list[Tok]:
    """A mono unit that holds an answer already asks, if at all, after it."""
    toks = list(line.tokens)
    answered = [i for i, t in enumerate(toks) if t.kind == "digits"] if line.speaker == "mixed" else []
    return toks[answered[-1] + 1:] if answered else toks


# the agent's open offer at the call's start: it asks for no kind of data, whatever the company's name holds
OFFER_OF_HELP = phrases("how can i help", "how may i help", "what can i do for you", "how can we help",
                        "come posso aiutar*", "come la posso aiutare", "in cosa posso", "in che cosa posso",
                        "cosa posso fare per lei", "come posso esserle utile", "posso esserle utile")


def offers_help(line: Line) -> bool:
    """ "Manby Delivery, ..., how can I help?": the greeting asks nothing, though "delivery" names an address."""
    toks = [t for t in line.tokens if t.kind != "punct"]
    return line.speaker != "customer" and any(t.low in GREETING for t in toks) \
        and any(phrase_at(toks, i, OFFER_OF_HELP) for i in range(len(toks)))


def question_entity(line: Line) -> tuple[str, str] | None:
    if offers_help(line):
        return None
    toks = asking_part(line)
    # on a stereo call the agent's line that names a kind of data is a request for it
    greeting = any(t.low in GREETING for t in toks)
    if toks and toks[0].line == 0:  # the call's first unit, the agent's greeting: "... at Magpie Delivery"
        toks = [t for k, t in enumerate(toks) if k == 0 or not t.text[:1].isupper()]  # the company's name
    asks = any(t.text == "?" for t in toks) or any(phrase_at(toks, i, REQUEST) for i in range(len(toks))) or (
        line.speaker == "mixed" and bare_kind(toks))
    # ... unless it tells a number of its own ("l'addebito parte il 5 del mese")
    tells = any(t.kind == "digits" for t in toks)
    hit = best_cue(toks) if asks or line.speaker == "agent" and not greeting and not tells else None
    if hit and hit[1] == "PERSON" and not asks and hit[0] > 0 and toks[hit[0] - 1].low in NONPII_BEFORE:
        return None  # "alle nome": a misheard "nove", an hour, not a request for a name
    if hit is None and asks and _number_to_call(toks):
        return "PHONE_NUMBER", "number to call"
    return (hit[1], hit[2]) if hit else None


NUMBER = frozenset("number numero".split())
# "What number should the engineer call?", "A che numero la possiamo chiamare?": the number is a phone's
CALLING = phrases("call", "ring", "text", "reach", "phone", "chiam*", "richiam*", "contatt*", "sentir*")


def _number_to_call(toks: list[Tok]) -> bool:
    return any(t.low in NUMBER for t in toks) and any(phrase_at(toks, i, CALLING) for i in range(len(toks)))


def also_name(line: Line, entity: str) -> bool:
    """ "Can I take your full name and date of birth?": a name is asked for besides `entity`."""
    return entity not in ("PERSON", "") and find_cue(asking_part(line), ENTITY_CUES["PERSON"]) is not None


BARE_MAX = 5  # words
TO_YOU = frozenset("and your yours e ed suo sua suoi poi anche also then now ora adesso invece".split())
OF_ME = frozenset("my mine mio mia i i'm me sono chiamo is è".split())


def bare_kind(toks: list[Tok]) -> bool:
    """ "And your date of birth." / "E la sua email.": a few words naming a kind, no value, asking
    the other speaker for it ("My name is Ryan" tells, it asks nothing)."""
    words = [t for t in toks if t.kind != "punct"]
    return 0 < len(words) <= BARE_MAX and not any(t.kind in ("digits", "letters") for t in words) and \
        any(t.low in TO_YOU for t in words) and not any(t.low in CLOSERS or t.low in OF_ME for t in words)


WH = frozenset("where what which whereabouts dove quale qual come".split())
READ_OUT = phrases("read it out", "read me", "read out", "spell it", "spell that", "letter by letter", "mi legge",
                  "me lo legge", "me la legge", "mi detta", "me lo detta", "me la detta", "lettera per lettera")


def read_out(line: Line) -> tuple[str, str] | None:
    """ "Read it out in fours", "me lo detta": a code is asked for, its kind lost to whisper ("I need
    the Ribbon"); no purpose keeps what it can't name. Not a product's ("read me the model on the label")."""
    toks = asking_part(line)
    if any(t.low in PRODUCT_CUES for t in toks):
        return None
    return ("ID_NUMBER", "read out") if any(phrase_at(toks, i, READ_OUT) for i in range(len(toks))) else None


def any_question(line: Line) -> tuple[str, str] | None:
    """A question that names no kind of data ("where shall I send the confirmation?"): its
    answer is still read, for a mailbox or an address. Whisper drops question marks: an agent's
    unit that opens with "where", "dove" asks too."""
    toks = [t for t in line.tokens if t.kind != "punct"]
    opens = line.speaker == "agent" and toks and toks[0].low in WH
    return ("", "question") if opens or any(t.text == "?" for t in line.tokens) else None


WHERE = frozenset("where whereabouts dove".split())


def asks_where(line: Line) -> bool:
    return any(t.low in WHERE for t in line.tokens)


# where someone or something goes, or where the caller is: "Where are we sending it?", "Where should the
# engineer come?", "Dove le mandiamo il tecnico?", "Il tecnico dove deve venire?", "Dove abita?"
GOES_TO = phrases("send*", "post it", "posting", "ship*", "deliver*", "go", "going", "goes", "come to", "coming",
                  "engineer", "technician", "based", "live", "lives", "living", "staying", "sped*", "mand*",
                  "invi*", "tecnico", "venire", "andare", "passare", "recapit*", "consegn*", "abita", "abitate",
                  "vive", "risiede", "installa*", "attiva*")


def asks_where_to(line: Line) -> tuple[str, str] | None:
    """A "where" question about a destination or a dwelling asks for an address, however whisper heard
    the answer (the house number lost, the street's type bent); one about calling or texting, for a
    phone; not "where did you hear about us?"."""
    toks = [t for t in asking_part(line) if t.kind != "punct"]
    if line.speaker == "customer" or not any(t.low in WHERE for t in toks):
        return None
    if any(phrase_at(toks, i, CALLING) for i in range(len(toks))):
        return "PHONE_NUMBER", "where to call"  # "where can I call you?", "where shall I send the text?"
    return ("ADDRESS", "where") if any(phrase_at(toks, i, GOES_TO) for i in range(len(toks))) else None


def where_over(line: Line, named: str | None) -> tuple[str, str] | None:
    """A "where" question outranks a number its words name ("dove le spediamo la fattura?" asks where
    the invoice goes, not its number), not another kind ("where shall we e-mail it?")."""
    return asks_where_to(line) if named is None or named in NUMERIC else None


YEAR_WORDS = 6
WHICH_YEAR = phrases("che anno", "quale anno", "qual è l' anno", "what year", "which year", "the year")


def asks_year(line: Line) -> bool:
    """ "E di che anno?", "and what year?": after a question for a date of birth, its year (not "in che
    anno ha attivato il contratto?", a question of its own)."""
    toks = list(line.tokens)
    return sum(t.kind != "punct" for t in toks) <= YEAR_WORDS and any(
        phrase_at(toks, i, WHICH_YEAR) for i in range(len(toks)))
