"""Dialogue context: the answer to a question for a kind of data is that kind of data.

"Mi lascia un numero di telefono?" - "Certo, è tre sei tre..." : whatever whisper made of
the answer, its content after the lead-in words ("certo", "il mio numero è", "it's") is
a phone number. Stereo calls give the turns (agent line, then the next customer line);
on a mono mix the next unit is taken as the answer.
"""
from __future__ import annotations

from difflib import SequenceMatcher

from presidio_analyzer import RecognizerResult

from ..normalize import is_number_word
from .cues import CLOSERS, ENTITY_CUES, GREETING, LEAD_IN, NONPII_AFTER, NONPII_BEFORE, best_cue
from .spoken_email import domain_end
from .view import Line, SpeechRecognizer, Tok, View, phrase_at, phrases, result, view_of

NAME = "DialogueContextRecognizer"
ENTITIES = ["PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "ORDER_NUMBER", "IT_FISCAL_CODE", "ID_NUMBER", "DATE_OF_BIRTH",
            "ADDRESS", "EMAIL_ADDRESS", "PERSON"]
# a question or request for data (besides a "?" token)
REQUEST = phrases("mi dice", "mi dà", "mi da", "mi lascia", "mi può", "mi puo", "può darmi", "potrebbe", "mi serve",
                  "qual è", "qual", "quale", "ha il", "ha un", "mi conferma", "confermi", "mi detta", "mi fornisce",
                  "can i have", "could i have", "can you", "could you", "what's", "what is", "may i", "do you have",
                  "please confirm", "confirm", "tell me", "give me", "which", "and your", "your", "a che", "dove",
                  "where", "mi ripete", "può ripetere", "mi scusi")
ADDRESS_LEAD_IN = frozenset("at on to presso live abito vivo".split())  # "I live at", "abito presso"
ANSWER_SCORE = 0.5
MAIL_ENDS = frozenset("com it net org eu couk".split())
HOW_SPELT = frozenset("all tutto tutta tutte minuscolo minuscole maiuscolo lowercase".split())
MAX_CONTENT = 48  # words (punctuation not counted): an IBAN spelled one character at a time, misheard words between
SPILL_MAX = 8
# a whole code is this long; a shorter one cut by whisper goes on in the speaker's next units
FULL_LENGTH = {"IT_FISCAL_CODE": 16, "IBAN_CODE": 22, "CREDIT_CARD": 15, "PHONE_NUMBER": 10, "ORDER_NUMBER": 6}
SPILL_UNITS = 3
DIGIT_SOUND = frozenset("too to for ate won tree free fife sex nein".split())  # "nineteen seventy... too"
BACKCHANNEL_MAX = 2
EMAIL_PIECES = frozenset("punto dot chiocciola at com it net org gmail libero hotmail outlook yahoo".split())
NUMERIC = {"PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "ORDER_NUMBER", "IT_FISCAL_CODE", "ID_NUMBER"}
LETTERED = {"IBAN_CODE", "IT_FISCAL_CODE"}
HOLD = phrases("un attimo", "un momento", "un secondo", "aspett*", "attenda", "lo cerco", "la cerco", "ce l' ho",
               "vado a vedere", "devo cercare", "hmm let me", "give me a sec", "wait a sec",
               "one sec", "one second", "just a sec", "just a second", "hang on", "hold on", "a moment", "bear with me",
               "let me find", "let me check", "let me look", "let me get")
READ_BACK = phrases("read that back", "read it back", "read back", "repeat that back", "so that's", "so it's",
                    "so i got", "so i've got", "so i have", "i've got that as", "i've written",
                    "ripeto", "rileggo", "le rileggo", "quindi è", "confermo", "ho scritto", "ho segnato", "ho annotato")
READ_BACK_LINES = 8
# the agent's words while the customer looks for the data
WAITING = frozenset("""nessun problema prego faccia pure con calma certo ok okay va bene sì si attendo grazie
    take your time no problem sure of course that's fine""".split())
REFUSAL = frozenset("""no non preferisco preferirei nessuno nessuna niente momento attimo sorry don't haven't
    rather none wait same""".split())  # not "not": whisper's "dot" in "joseph not logan"


def _holds(line: Line) -> bool:
    """ "Un attimo, lo cerco", "hang on, let me find it": the answer comes in the next unit."""
    toks = list(line.tokens)
    return bool(toks) and not any(t.kind == "digits" for t in toks) and any(
        phrase_at(toks, i, HOLD) for i in range(min(len(toks), 6)))


MORE_ASKING_MAX = 5  # words


def _more_asking(line: Line, entity: str) -> bool:
    """On a mono mix the agent may add a few words before the number comes ("Which account?" /
    "I'll need the IBAN" / "hang on..." / "it's G B 10 ...")."""
    words = [t for t in line.tokens if t.kind != "punct"]
    return line.speaker == "mixed" and entity in NUMERIC and len(words) <= MORE_ASKING_MAX and not any(
        t.kind in ("digits", "letters") for t in words)


def _asking_part(line: Line) -> list[Tok]:
    """A mono unit that holds an answer already asks, if at all, after it."""
    toks = list(line.tokens)
    answered = [i for i, t in enumerate(toks) if t.kind == "digits"] if line.speaker == "mixed" else []
    return toks[answered[-1] + 1:] if answered else toks


def _question_entity(line: Line) -> tuple[str, str] | None:
    toks = _asking_part(line)
    # on a stereo call the agent's line that names a kind of data is a request for it
    greeting = any(t.low in GREETING for t in toks)
    asks = any(t.text == "?" for t in toks) or any(phrase_at(toks, i, REQUEST) for i in range(len(toks))) or (
        line.speaker == "mixed" and _bare_kind(toks))
    # ... unless it tells a number of its own ("l'addebito parte il 5 del mese")
    tells = any(t.kind == "digits" for t in toks)
    hit = best_cue(toks) if asks or line.speaker == "agent" and not greeting and not tells else None
    if hit and hit[1] == "PERSON" and not asks and hit[0] > 0 and toks[hit[0] - 1].low in NONPII_BEFORE:
        return None  # "alle nome": a misheard "nove", an hour, not a request for a name
    return (hit[1], hit[2]) if hit else None


BARE_MAX = 5  # words
TO_YOU = frozenset("and your yours e ed suo sua suoi poi anche also then now ora adesso invece".split())
OF_ME = frozenset("my mine mio mia i i'm me sono chiamo is è".split())


def _bare_kind(toks: list[Tok]) -> bool:
    """ "And your date of birth." / "E la sua email.": a few words naming a kind, no value, asking
    the other speaker for it ("My name is Ryan" tells, it asks nothing)."""
    words = [t for t in toks if t.kind != "punct"]
    return 0 < len(words) <= BARE_MAX and not any(t.kind in ("digits", "letters") for t in words) and \
        any(t.low in TO_YOU for t in words) and not any(t.low in CLOSERS or t.low in OF_ME for t in words)


WH = frozenset("where what which whereabouts dove quale qual come".split())


READ_OUT = phrases("read it out", "read me", "read out", "spell it", "spell that", "letter by letter", "mi legge",
                  "me lo legge", "me la legge", "mi detta", "me lo detta", "me la detta", "lettera per lettera")


def _read_out(line: Line) -> tuple[str, str] | None:
    """ "Read it out in fours", "me lo detta": a code is asked for, its kind lost to whisper ("I need
    the Ribbon"); no purpose keeps what it can't name."""
    toks = _asking_part(line)
    return ("ID_NUMBER", "read out") if any(phrase_at(toks, i, READ_OUT) for i in range(len(toks))) else None


def _any_question(line: Line) -> tuple[str, str] | None:
    """A question that names no kind of data ("where shall I send the confirmation?"): its
    answer is still read, for a mailbox or an address. Whisper drops question marks: an agent's
    unit that opens with "where", "dove" asks too."""
    toks = [t for t in line.tokens if t.kind != "punct"]
    opens = line.speaker == "agent" and toks and toks[0].low in WH
    return ("", "question") if opens or any(t.text == "?" for t in line.tokens) else None


WHERE = frozenset("where whereabouts dove".split())


def _asks_where(line: Line) -> bool:
    return any(t.low in WHERE for t in line.tokens)


def _house_number(content: list[Tok]) -> bool:
    """A short number among words, not a year: "at 18 Pine Court", "in via Roma 4"."""
    words = sum(t.kind == "word" for t in content)
    return words >= 2 and any(t.kind == "digits" and len(t.text) <= 4 and not 1900 <= int(t.text) <= 2099
                              for t in content)


def _other_cue(toks: list[Tok], i: int, entity: str) -> bool:
    """Another kind of data is named: the answer ends. Not a name cue: "nome" is also whisper's
    "nove" in the middle of a dictated number."""
    return any(phrase_at(toks, i, cues) for e, cues in ENTITY_CUES.items() if e not in (entity, "PERSON"))


def answer_content(line: Line, entity: str) -> list[Tok]:
    toks = list(line.tokens)
    own = ENTITY_CUES.get(entity, ())
    i = 0
    lead_in = LEAD_IN | ADDRESS_LEAD_IN if entity == "ADDRESS" else LEAD_IN
    while i < len(toks) and (toks[i].low in lead_in or toks[i].kind == "punct" or phrase_at(toks, i, own)):
        if _spelled_i(toks, i):
            break  # "I T 6 0 ...": a spelled letter, not the article "i"
        i += 1
    content: list[Tok] = []
    words = 0
    for j in range(i, len(toks)):
        t = toks[j]
        # a price or an hour ends a number; an address or an e-mail says "at" and "from"
        nonpii = entity in NUMERIC | {"DATE_OF_BIRTH"} and (t.low in NONPII_BEFORE or t.low in NONPII_AFTER)
        spelt = entity in ("EMAIL_ADDRESS", "") and t.low in HOW_SPELT  # "... punto com, tutto attaccato"
        if t.text == "?" or nonpii or spelt or _other_cue(toks, j, entity) or words >= MAX_CONTENT:
            break
        content.append(t)
        words += t.kind != "punct"
    while content and (content[-1].kind == "punct" or content[-1].low in LEAD_IN and content[-1].kind == "word"):
        content.pop()  # not a spelled "A" at the end of a code
    return content


def _digits(toks) -> str:
    return "".join(t.text for t in toks if t.kind == "digits")


def _spelled_i(toks: list[Tok], i: int) -> bool:
    """"I T 6 0", "A - N - N - A": a capital letter spelled, not the article "i" or "a"."""
    return len(toks[i].text) == 1 and toks[i].text.isupper() and i + 1 < len(toks) and (
        toks[i + 1].kind in ("digits", "letters") or toks[i + 1].text == "-")


def _mailbox(content: list[Tok], *, strict: bool = False) -> bool:
    """An "@", a "chiocciola", or a dot before com/it/net...: an e-mail, whatever was asked. `strict`
    (a question that named no kind): a dotted ending only after a spelled name ("A - N - N - A"),
    not a web site ("amazon dot com")."""
    spelled = sum(1 for t in content if t.kind in ("letters", "digits") and len(t.text) <= 2) >= 3
    for k, t in enumerate(content):
        if t.kind == "at" or t.low == "chiocciola":
            return True
        if strict and not spelled:
            continue
        after = [x.low for x in content[k + 1:k + 6] if x.text != "-"]
        if t.kind == "dot" and any("".join(after[:n]) in MAIL_ENDS for n in range(1, len(after) + 1)):
            return True
    return False


def _to_domain_end(content: list[Tok]) -> list[Tok]:
    """An answer with an "@" ends with the address's domain ("... @ hotmail . co . uk You've taken
    155 for tonight": the rest is small talk)."""
    ats = [k for k, t in enumerate(content) if t.kind == "at"]
    return content[:domain_end(tuple(content), ats[-1]) + 1] if ats else content


def _after_own_cue(content: list[Tok], entity: str) -> list[Tok]:
    """"Le do il numero della carta: 4 3 2 6 ...": the number starts after the last naming of
    its kind, when (nearly) all its characters come after it."""
    own = ENTITY_CUES[entity]
    chars = [len(t.text) if t.kind in ("digits", "letters") else 0 for t in content]
    for p in range(len(content) - 1, -1, -1):
        ph = phrase_at(content, p, own, fuzzy=True)  # "il tuo di che tiscale è ..."
        if ph and sum(chars[p + len(ph):]) >= max(4, 0.75 * sum(chars)):
            rest = content[p + len(ph):]
            while rest and (rest[0].low in LEAD_IN or rest[0].kind == "punct") and not _spelled_i(rest, 0):
                rest = rest[1:]
            return rest
    return content


def _tail(after: list[Tok]) -> list[Tok]:
    """Words after a number's last digit: whisper's misheard digits ("... 2 7 2 little one no"),
    up to 3 of them, unless the speaker moves on ("7623 Where should we ship it?", "grazie")."""
    words = [t for t in after if t.kind != "punct"]
    moves_on = [i for i, t in enumerate(words)  # a new sentence: a capital and two more words ("Where is it")
                if t.text[:1].isupper() and len(words) - i >= 3 or t.low in CLOSERS or phrase_at(words, i, REQUEST)]
    if len(words) <= 3 and not moves_on:
        return after
    return words[:1] if words and (not moves_on or moves_on[0] > 0) else []


def _goes_on(body: list[Tok], entity: str, short: bool) -> bool:
    """Does a next unit go on with the answer's kind of pieces?"""
    if entity in ("EMAIL_ADDRESS", ""):  # "" - any question: a mailbox?
        return any(t.low in EMAIL_PIECES or t.kind in ("at", "dot") for t in body[:3])
    if entity == "ADDRESS":  # "... it's 26 - 5" / "Elmwood Avenue Boise Idaho 837 - 02"
        return (body[0].kind in ("digits", "letters") or body[0].text[:1].isupper()) and not any(
            t.low in CLOSERS for t in body)
    if entity not in NUMERIC | {"DATE_OF_BIRTH"}:
        return False
    if body[0].kind in ("digits", "letters") or len(body) <= 3 and (
            is_number_word(body[0].text) or body[0].low in DIGIT_SOUND):  # "one heaven", "too"
        return True
    # a code cut short goes on in a unit that holds more of it ("Mi ho fatto mai 182 e i 5 ...")
    return short and any(t.kind in ("digits", "letters") for t in body) and not any(
        _other_cue(body, i, entity) or body[i].low in CLOSERS for i in range(len(body)))


def _spill(view: View, answer: Line, content: list[Tok], entity: str) -> list[Tok]:
    """Whisper cuts a dictation with a stop ("ivo punto mercalli 8 .000." / "il punto di amito"):
    a short next unit of the same speaker that goes on with the same kind of pieces is the rest.
    A code still shorter than its kind's length may go on through a few more units."""
    line = answer
    for _ in range(SPILL_UNITS):
        rest = [t for t in line.tokens if t.kind != "punct"]
        li = line.tokens[0].line if line.tokens else -1
        if not content or not rest or content[-1] is not rest[-1] or li + 1 >= len(view.lines):
            return content
        nxt = view.lines[li + 1]
        body = [t for t in nxt.tokens if t.kind != "punct"]
        short = 0 < _chars(content) < FULL_LENGTH.get(entity, 0)  # a code begun, not yet whole
        if nxt.speaker != answer.speaker or not body or len(body) > SPILL_MAX * (1 + short) \
                or any(t.text == "?" for t in nxt.tokens) or not _goes_on(body, entity, short):
            return content
        more = answer_content(nxt, entity)
        if not more:
            return content
        content, line = content + more, nxt
        if entity not in LETTERED:
            return content  # only a spelled code runs on through several units
    return content


# what opens an answer and is no letter ("sì, allora, di, e, di ...": "di", "e" are letters there)
OPENERS = frozenset("sì si allora ecco eh ehm dunque guardi senta certo yes yeah sure so right ok okay well it's".split())
# a piece of a dictation opens with these ("E dopo 8 H 44", "And then 27 26")
NEXT_PIECE = phrases("poi", "e poi", "dopo", "e dopo", "quindi", "infine", "e infine", "ultim*", "il resto", "resto",
                     "and then", "then", "after that", "next", "the rest", "and the rest", "last", "finally")
PIECES_AHEAD = 6  # units
PIECE_WORDS = 12


def _chars(content: list[Tok]) -> int:
    return sum(len(t.text) for t in content if t.kind in ("digits", "letters"))


def _whole(content: list[Tok], entity: str) -> bool:
    """Has the caller said all of it? A code its kind's length; a date its year."""
    if entity == "DATE_OF_BIRTH":
        return any(t.kind == "digits" and len(t.text) == 4 for t in content) or _chars(content) >= 6
    return entity not in FULL_LENGTH or _chars(content) >= FULL_LENGTH[entity]


def _pieces(view: View, content: list[Tok], speaker: str, entity: str) -> list[list[Tok]]:
    """A value dictated in pieces, turn by turn ("4 4 0 4" - "go on" - "and then 2 3 6 2" - "ok" -
    "1 3 6 2"; "the first of July" - "and the year?" - "1991"): while it is shorter than its kind,
    the caller's next units that are (nearly) all characters, or open with "poi"/"and then", are
    the rest of it; the other party's "ok", "go on", "and the year?" in between do not end it."""
    pieces: list[list[Tok]] = []
    got = list(content)
    for line in view.lines[content[-1].line + 1:content[-1].line + 1 + PIECES_AHEAD]:
        if _whole(got, entity):
            break
        toks = list(line.tokens)
        words = [t for t in toks if t.kind != "punct"]
        if not words:
            continue
        chars = [t for t in words if t.kind in ("digits", "letters") or is_number_word(t.text)]
        asks = any(t.text == "?" for t in toks)
        named = best_cue(toks, fuzzy=False)
        if named and named[1] != entity or chars and any(t.low in NONPII_AFTER or t.low in NONPII_BEFORE
                                                         for t in words):
            break  # another kind of data, or a price, an hour
        piece = (line.speaker == speaker or speaker == "mixed") and not asks and len(words) <= PIECE_WORDS and chars \
            and (phrase_at(words, 0, NEXT_PIECE) or len(chars) * 2 >= len(words))
        if piece:
            rest = answer_content(line, entity)
            first = next((i for i, t in enumerate(rest) if t.kind in ("digits", "letters") or is_number_word(t.text)), 0)
            body = rest[max(0, first - 1):]  # a misheard first character goes too ("F 829 a")
            if body:
                pieces.append(body)
                got += body
            continue
        if len(words) <= BACKCHANNEL_MAX + 2 and not chars:
            continue  # "ok", "go on", "ci sono", "and the year?"
        break
    return pieces


class DialogueContextRecognizer(SpeechRecognizer):
    entities = tuple(ENTITIES)
    recognizer_name = NAME

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        view = view_of(text)
        out = []
        for li, line in enumerate(view.lines):
            if line.speaker == "customer":
                continue
            readback = self._read_back(view, li)
            if readback:
                out.append(readback)
                continue
            asked = _question_entity(line) or _read_out(line) or _any_question(line)
            if not asked:
                continue
            answer = self._answer(view, li, line.speaker)
            if answer is not None and (_holds(answer) or _more_asking(answer, asked[0])):
                # "un attimo che lo cerco... ecco, 2025 85241"
                answer = self._after_hold(view, answer, asked[0])
            if answer is None:
                continue
            content = _spill(view, answer, answer_content(answer, asked[0]), asked[0])
            if any(t.low in REFUSAL for t in content[:3]):
                continue  # "preferisco di no", "un attimo", "the same as last time"
            if asked[0] in NUMERIC | {"DATE_OF_BIRTH"}:
                alnum = [i for i, t in enumerate(content) if t.kind in ("digits", "letters")]
                if not alnum and content and asked[0] in LETTERED:
                    # "di, e, di, fu, e, di" - "ci sono" - "e dopo 8 H 44": letters whisper wrote as words
                    spelt = [t for t in answer.tokens if t.kind != "punct"]
                    while spelt and spelt[0].low in OPENERS:
                        spelt = spelt[1:]
                    content = spelt or content
                    pieces = _pieces(view, content, answer.speaker, asked[0])
                    for piece in ([content] + pieces if pieces else []):
                        out.append(result(asked[0], piece[0].start, piece[-1].end, ANSWER_SCORE, NAME, asked[1]))
                    continue
                if not alnum:
                    continue  # "quale telefono ha?" - "un Samsung Galaxy": no number was given
                if asked[0] in NUMERIC:
                    content = _after_own_cue(content, asked[0])
                    alnum = [i for i, t in enumerate(content) if t.kind in ("digits", "letters")]
                # a number from one word before its first digit (not the lead-in); a date keeps its words
                # ("third of april"), and a code that opens with letters whisper wrote as words ("i, ti, 96"
                # for an IBAN) goes from the start of the answer; misheard digits after the last one go too
                first = max(0, alnum[0] - 1) if asked[0] in NUMERIC - LETTERED else 0
                content = content[first:alnum[-1] + 1] + _tail(content[alnum[-1] + 1:])
            if asked[0] == "":  # a question naming no kind of data: only the answer tells
                if _mailbox(content, strict=True):
                    asked = ("EMAIL_ADDRESS", asked[1])
                elif _asks_where(line) and _house_number(content):
                    asked = ("ADDRESS", "where")  # "where are you based?" - "I'm at 1833 Pine Court"
                    content = _spill(view, answer, content, "ADDRESS")
                else:
                    continue
            if asked[0] in ("ADDRESS", "") and _mailbox(content):
                asked = ("EMAIL_ADDRESS", asked[1])  # "a che indirizzo le mando la conferma?" - "mario@..."
            if asked[0] == "EMAIL_ADDRESS":
                content = _to_domain_end(content)
            if content:
                # a number's answer outweighs a guess from its shape alone (an ID_NUMBER at 0.5)
                score = ANSWER_SCORE + (0.05 if asked[0] in NUMERIC else 0.0)
                out.append(result(asked[0], content[0].start, content[-1].end, score, NAME, asked[1]))
                for piece in _pieces(view, content, answer.speaker, asked[0]):
                    out.append(result(asked[0], piece[0].start, piece[-1].end, score, NAME, "dictated in pieces"))
        return out

    @staticmethod
    def _read_back(view: View, li: int) -> RecognizerResult | None:
        """"Let me read that back: 3 5 1 6 6 9 3 4, right?": the agent repeats the last answer, which
        is the kind of data the last question asked for."""
        toks = list(view.lines[li].tokens)
        starts = [i for i in range(len(toks)) if phrase_at(toks, i, READ_BACK)]
        if not starts:
            return None
        rest = toks[starts[0]:]
        if not any(t.kind in ("digits", "letters") for t in rest) and li + 1 < len(view.lines) \
                and view.lines[li + 1].speaker == view.lines[li].speaker:
            rest = list(view.lines[li + 1].tokens)  # "Let me read that back." / "3 5 1, 6 6 9, 3 4, correct?"
        alnum = [i for i, t in enumerate(rest) if t.kind in ("digits", "letters")]
        if not alnum or sum(len(rest[i].text) for i in alnum) < 6 or any(t.low in NONPII_AFTER for t in rest):
            return None  # a price or an hour read back is no personal data
        content = rest[alnum[0]:alnum[-1] + 1]
        # the number read back is the customer's last answer, digit for digit; it takes the kind of the
        # question that answer answered
        # (or its pieces, "A B" - "go on" - "1 8 11 9 4")
        said, heard = _digits(content), ""
        for k in range(li - 1, max(-1, li - READ_BACK_LINES - 1), -1):
            line = view.lines[k]
            if line.speaker not in ("customer", "mixed"):
                continue
            heard = _digits(line.tokens) + heard
            if len(said) >= 6 and heard and (
                    said in heard or SequenceMatcher(None, said, heard).ratio() >= 0.85):  # whisper drops a digit
                asked = next((q for q in (_question_entity(view.lines[m]) for m in range(k - 1, max(-1, k - 6), -1)
                                          if view.lines[m].speaker != "customer") if q), None)
                if asked is None or asked[0] not in NUMERIC:
                    return None
                return result(asked[0], content[0].start, content[-1].end, ANSWER_SCORE + 0.05, NAME, "read back")
        # read back, but not the last answer as heard: some number of the caller's, of no kind a purpose keeps
        return result("ID_NUMBER", content[0].start, content[-1].end, ANSWER_SCORE, NAME, "read back")

    @staticmethod
    def _after_hold(view: View, hold: Line, entity: str) -> Line | None:
        """The speaker's next unit after a hold, past the agent's "take your time" (not a new question);
        on a mono mix, for a number, the next unit that holds one."""
        li = hold.tokens[0].line
        for nxt in view.lines[li + 1:li + 4]:
            waits = all(t.low in WAITING for t in nxt.tokens if t.kind != "punct")  # "nessun problema"
            if nxt.speaker == "customer" or hold.speaker == "mixed" and not waits and (
                    entity not in NUMERIC or any(t.kind in ("digits", "letters") for t in nxt.tokens)):
                return nxt
            if any(t.text == "?" for t in nxt.tokens) or best_cue(list(nxt.tokens)):
                return None
        return None

    @staticmethod
    def _answer(view: View, li: int, speaker: str) -> Line | None:
        for nxt in view.lines[li + 1:li + 4]:
            if speaker == "mixed" or nxt.speaker == "customer":
                return nxt
            words = [t for t in nxt.tokens if t.kind != "punct"]
            if nxt.speaker == "agent" and (len(words) > BACKCHANNEL_MAX or any(t.text == "?" for t in nxt.tokens)):
                return None  # the agent spoke again: not a "mhm", "ok" while the customer answers
        return None
