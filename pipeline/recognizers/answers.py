"""How far an answer goes: its content after the lead-in and the naming of its kind, up to the
next question or another kind; digits whisper misheard after a number; the rest of a dictation
whisper cut into the speaker's next units, or that the caller dictated in pieces, turn by turn."""
from __future__ import annotations

from ..normalize import is_number_word
from .cues import (CLOSERS, COUNTED, ENTITY_CUES, GROUPS, LEAD_IN, LETTERED, MONTHS, NONPII_AFTER, NONPII_BEFORE,
                   NUMERIC, PRICE_WORDS, REQUEST, best_cue, written_where)
from .spoken_email import domain_end
from .view import Line, Tok, View, is_year, phrase_at, phrases

ADDRESS_LEAD_IN = frozenset("at on to presso live abito vivo".split())  # "I live at", "abito presso"
MAIL_ENDS = frozenset("com it net org eu couk".split())
HOW_SPELT = frozenset("all tutto tutta tutte minuscolo minuscole maiuscolo lowercase".split())
NAME_MAX = 14  # words (spelled letters aside): a name, with "come Torino", "for Hotel" as whisper joins them
MAX_CONTENT = 48  # words (punctuation not counted): an IBAN spelled one character at a time, misheard words between
SPILL_MAX = 8
PRICE_AFTER_VALUE = 6  # characters of a value before a number that a unit word makes a price
# a whole code is this long; a shorter one cut by whisper goes on in the speaker's next units
FULL_LENGTH = {"IT_FISCAL_CODE": 16, "IBAN_CODE": 22, "CREDIT_CARD": 15, "PHONE_NUMBER": 10, "ORDER_NUMBER": 6}
SPILL_UNITS = 3
DIGIT_SOUND = frozenset("too to for or ate won tree free fife sex nein".split())  # "nineteen seventy... too"
BACKCHANNEL_MAX = 2
EMAIL_PIECES = frozenset("punto dot chiocciola at com it net org gmail libero hotmail outlook yahoo".split())


def house_number(content: list[Tok]) -> bool:
    """A short number among words, not a year: "at 18 Pine Court", "in via Roma 4"."""
    words = sum(t.kind == "word" for t in content)
    return words >= 2 and any(t.kind == "digits" and len(t.text) <= 4 and not is_year(t.text) for t in content)


def other_cue(toks: list[Tok], i: int, entity: str) -> bool:
    """Another kind of data is named: the answer ends. Not a name cue: "nome" is also whisper's
    "nove" in the middle of a dictated number; nor one that says where the value is written ("it's
    in my emails here, 718 340 392")."""
    if written_where(toks, i):
        return False
    return any(phrase_at(toks, i, cues) for e, cues in ENTITY_CUES.items() if e not in (entity, "PERSON"))


PROMPT_WORDS = 2


def prompts(line: Line) -> bool:
    """ "Please?", "Sorry?", "Mi dica?": a word or two that prompt the same answer, asking nothing new."""
    return sum(t.kind != "punct" for t in line.tokens) <= PROMPT_WORDS


def answer_line(view: View, li: int, speaker: str) -> Line | None:
    """The unit that answers what unit `li` asked: on a mono mix the next one; on a stereo call the
    customer's next, unless the agent asks again first."""
    for nxt in view.lines[li + 1:li + 4]:
        if speaker == "mixed" or nxt.speaker == "customer":
            return nxt
        if nxt.speaker == "agent" and (any(t.text == "?" for t in nxt.tokens) and not prompts(nxt)
                                       or best_cue(list(nxt.tokens))):
            return None  # the agent asked again, or of something else; not "mhm", "it's at the top of the bill"
    return None


def answer_content(line: Line, entity: str) -> list[Tok]:
    toks = list(line.tokens)
    own = ENTITY_CUES.get(entity, ())
    i = 0
    lead_in = LEAD_IN | ADDRESS_LEAD_IN if entity == "ADDRESS" else LEAD_IN
    while i < len(toks) and (toks[i].low in lead_in or toks[i].kind == "punct" or phrase_at(toks, i, own)):
        if spelled_i(toks, i):
            break  # "I T 6 0 ...": a spelled letter, not the article "i"
        i += 1
    content: list[Tok] = []
    words = 0
    for j in range(i, len(toks)):
        t = toks[j]
        count = t.low in COUNTED and content and content[-1].kind == "digits" or t.kind == "digits" and any(
            x.low in GROUPS for x in content[-2:])
        if count and sum(x.kind in ("digits", "letters") for x in content) <= 1:
            content, words = [], 0  # "the first 8 digits: 4 1 2 ...", "a blocchi di 4": a count, then the value
            continue
        # a price or an hour ends a number; an address or an e-mail says "at" and "from"
        nonpii = entity in NUMERIC | {"DATE_OF_BIRTH"} and (t.low in NONPII_BEFORE or t.low in NONPII_AFTER) \
            or t.low in PRICE_WORDS and not t.text[:1].isupper()  # "... a Fasanella. Il costo è di 70 euro": the
        # agent's, on a mono mix (not the surname "Costa")
        spelt = entity in ("EMAIL_ADDRESS", "") and t.low in HOW_SPELT  # "... punto com, tutto attaccato"
        # a name has no digits and is short, however whisper ran the mono mix on ("3 March 85 an engineer ...")
        past_name = entity == "PERSON" and (t.kind == "digits" or sum(x.kind == "word" for x in content) >= NAME_MAX)
        if t.text == "?" or nonpii or spelt or past_name or other_cue(toks, j, entity) or words >= MAX_CONTENT:
            if nonpii and t.low in NONPII_AFTER and content and content[-1].kind == "digits" and (
                    chars_of(content[:-1]) >= PRICE_AFTER_VALUE or not chars_of(content[:-1])):
                # "... 0407 1727, lovely, that's 226 pounds": the number before "pounds" is the price, and
                # the words between it and the value are the agent's; "wait, 30 seconds": only a quantity
                content.pop()
                while content and content[-1].kind not in ("digits", "letters"):
                    content.pop()
            if t.text == "?":
                content = _before_question(content)
            break
        content.append(t)
        words += t.kind != "punct"
    while content and (content[-1].kind == "punct" or content[-1].low in LEAD_IN and content[-1].kind == "word"):
        content.pop()  # not a spelled "A" at the end of a code
    return content


# what a question opens with: on a mono mix the agent's next question may follow the answer in its unit
# ("... numero 79 da quanto tempo è con noi?")
QUESTION_OPENS = frozenset("quanto quanti quanta quando come quale qual cosa perché how what when which why".split())
QUESTION_PREP = frozenset("da di a in e and for since from".split())
QUESTION_WORDS = 7


def _before_question(content: list[Tok]) -> list[Tok]:
    """The answer without the question said after it in the same unit, if any."""
    opens = [k for k in range(max(1, len(content) - QUESTION_WORDS), len(content)) if content[k].low in QUESTION_OPENS]
    if not opens:
        return content
    k = opens[0] - (content[opens[0] - 1].low in QUESTION_PREP)
    return content[:k] if any(t.kind in ("digits", "letters", "word") for t in content[:k]) else content


def digits_of(toks) -> str:
    return "".join(t.text for t in toks if t.kind == "digits")


def spelled_i(toks: list[Tok], i: int) -> bool:
    """"I T 6 0", "A - N - N - A": a capital letter spelled, not the article "i" or "a"."""
    return len(toks[i].text) == 1 and toks[i].text.isupper() and i + 1 < len(toks) and (
        toks[i + 1].kind in ("digits", "letters") or toks[i + 1].text == "-")


def mailbox(content: list[Tok], *, strict: bool = False) -> bool:
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


def to_domain_end(content: list[Tok]) -> list[Tok]:
    """An answer with an "@" ends with the address's domain ("... @ hotmail . co . uk You've taken
    155 for tonight": the rest is small talk)."""
    ats = [k for k, t in enumerate(content) if t.kind == "at"]
    return content[:domain_end(tuple(content), ats[-1]) + 1] if ats else content


def after_own_cue(content: list[Tok], entity: str) -> list[Tok]:
    """"Le do il numero della carta: 4 3 2 6 ...": the number starts after the last naming of
    its kind, when (nearly) all its characters come after it."""
    own = ENTITY_CUES[entity]
    chars = [len(t.text) if t.kind in ("digits", "letters") else 0 for t in content]
    for p in range(len(content) - 1, -1, -1):
        ph = phrase_at(content, p, own, fuzzy=True)  # "il tuo di che tiscale è ..."
        if ph and sum(chars[p + len(ph):]) >= max(4, 0.75 * sum(chars)):
            rest = content[p + len(ph):]
            while rest and (rest[0].low in LEAD_IN or rest[0].kind == "punct") and not spelled_i(rest, 0):
                rest = rest[1:]
            return rest
    return content


HEAD_MAX = 5  # words before a number's first digit
EIGHT_SOUND = frozenset("it eat ate hate".split())  # "for it, emin, for": an "eight" among misheard digits


def misheard_head(before: list[Tok]) -> int:
    """How many of the words before a number's first digit are digits whisper misheard ("ready, for it,
    emin, for, 319 619 ..." for "four eight seven four, ..."): back over digit sounds and number words,
    from the one next to the digits, one other word at a time between them, up to the lead-in ("ready",
    "it's", "sì")."""
    words = [i for i, t in enumerate(before) if t.kind != "punct"]
    take, misses = len(before), 0
    for i in reversed(words[-HEAD_MAX:]):
        t = before[i]
        if _digit_sound(t) and (take < len(before) or t.low not in EIGHT_SOUND):
            take, misses = i, 0
        elif t.low in LEAD_IN or t.low in CLOSERS or t.text[:1].isupper() or misses or take == len(before):
            break  # the word next to the digits is one too
        else:
            misses += 1
    return len(before) - take


def _digit_sound(t: Tok) -> bool:
    return t.low in DIGIT_SOUND or t.low in EIGHT_SOUND or is_number_word(t.text)


def misheard_tail(after: list[Tok]) -> list[Tok]:
    """Words after a number's last digit: whisper's misheard digits ("... 2 7 2 little one no"),
    up to 3 of them, unless the speaker moves on ("7623 Where should we ship it?", "grazie")."""
    words = [t for t in after if t.kind != "punct"]
    moves_on = [i for i, t in enumerate(words)  # a new sentence: a capital and two more words ("Where is it")
                if t.text[:1].isupper() and len(words) - i >= 3 or t.low in CLOSERS or phrase_at(words, i, REQUEST)]
    if len(words) <= 3 and not moves_on:
        return after
    return words[:1] if words and (not moves_on or moves_on[0] > 0) else []


def goes_on(body: list[Tok], entity: str, short: bool) -> bool:
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
        other_cue(body, i, entity) or body[i].low in CLOSERS for i in range(len(body)))


def spill(view: View, answer: Line, content: list[Tok], entity: str) -> list[Tok]:
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
        short = 0 < chars_of(content) < FULL_LENGTH.get(entity, 0)  # a code begun, not yet whole
        asks = any(t.text == "?" for t in nxt.tokens) and len(body) > BACKCHANNEL_MAX  # not whisper's "Or?"
        if nxt.speaker != answer.speaker or not body or len(body) > SPILL_MAX * (1 + short) or asks \
                or not goes_on(body, entity, short):
            return content
        more = answer_content(nxt, entity)
        if not more:
            return content
        content, line = content + more, nxt
        if entity not in LETTERED | {"ADDRESS"}:
            return content  # only a spelled code, or an address said in parts ("York." "YO1." "7 HH."), runs on
    return content


# what opens an answer and is no letter ("sì, allora, di, e, di ...": "di", "e" are letters there)
OPENERS = frozenset("""sì si allora ecco eh ehm dunque guardi senta certo yes yeah sure so right ok okay well
    it's""".split())
NAME_WORDS = 4


def split_name(content: list[Tok], entity: str) -> tuple[list[Tok], list[Tok]]:
    """ "Sure, Nathan Quinn, the 24th of September 1959" to a name and a date of birth: the name is
    what comes before the other value starts (a character, a number word, a month, its cue)."""
    own = ENTITY_CUES.get(entity, ())
    cut = next((i for i, t in enumerate(content) if t.kind in ("digits", "letters", "at") or is_number_word(t.text)
                or t.low in MONTHS or phrase_at(content, i, own)), len(content))
    name = content[:cut]
    while name and (name[-1].low in LEAD_IN or name[-1].kind == "punct"):
        name = name[:-1]
    words = [t for t in name if t.kind == "word"]
    cased = any(t.text[:1].isupper() and t.low not in LEAD_IN for t in words)
    # lower case too ("least you had worn", whisper's "Leah Stewart"), but not letters said as words ("di, e, fu")
    bent = 2 * sum(len(t.text) >= 3 for t in words) > len(words) \
        and not all(t.low in LEAD_IN or t.low in OPENERS for t in words)
    if not 0 < len(words) <= NAME_WORDS or not (cased or bent):
        return [], content
    return name, content[cut:]


def words_as_letters(line: Line) -> list[Tok]:
    """ "Sì, allora, di, e, di, fu, e, di": after the opener, a code's letters whisper wrote as words."""
    spelt = [t for t in line.tokens if t.kind != "punct"]
    while spelt and spelt[0].low in OPENERS:
        spelt = spelt[1:]
    return spelt


# a piece of a dictation opens with these ("E dopo 8 H 44", "And then 27 26")
NEXT_PIECE = phrases("poi", "e poi", "dopo", "e dopo", "quindi", "infine", "e infine", "ultim*", "il resto", "resto",
                     "and then", "then", "after that", "next", "the rest", "and the rest", "last", "finally")
PIECES_AHEAD = 6  # units
PIECE_WORDS = 12


def chars_of(content: list[Tok]) -> int:
    return sum(len(t.text) for t in content if t.kind in ("digits", "letters"))


def whole(content: list[Tok], entity: str) -> bool:
    """Has the caller said all of it? A code its kind's length; a date its year."""
    if entity == "DATE_OF_BIRTH":
        return any(t.kind == "digits" and len(t.text) == 4 for t in content) or chars_of(content) >= 6
    return entity not in FULL_LENGTH or chars_of(content) >= FULL_LENGTH[entity]


def pieces(view: View, content: list[Tok], speaker: str, entity: str) -> list[list[Tok]]:
    """A value dictated in pieces, turn by turn ("4 4 0 4" - "go on" - "and then 2 3 6 2" - "ok" -
    "1 3 6 2"; "the first of July" - "and the year?" - "1991"): while it is shorter than its kind,
    the caller's next units that are (nearly) all characters, or open with "poi"/"and then", are
    the rest of it; the other party's "ok", "go on", "and the year?" in between do not end it."""
    pieces: list[list[Tok]] = []
    got = list(content)
    for line in view.lines[content[-1].line + 1:content[-1].line + 1 + PIECES_AHEAD]:
        if whole(got, entity):
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
        mostly_chars = len(chars) * 2 >= len(words)  # a long spelled stretch is a piece however long
        piece = (line.speaker == speaker or speaker == "mixed") and not asks and chars and (
            len(words) <= PIECE_WORDS and (phrase_at(words, 0, NEXT_PIECE) or mostly_chars)
            or mostly_chars and len(words) <= MAX_CONTENT)
        if piece:
            rest = answer_content(line, entity)
            first = next((i for i, t in enumerate(rest) if t.kind in ("digits", "letters")
                          or is_number_word(t.text)), 0)
            body = rest[max(0, first - 1):]  # a misheard first character goes too ("F 829 a")
            if body:
                pieces.append(body)
                got += body
            continue
        if len(words) <= BACKCHANNEL_MAX + 2 and not chars:
            continue  # "ok", "go on", "ci sono", "and the year?"
        break
    return pieces
