"""Dialogue context: the answer to a question for a kind of data is that kind of data.

"Mi lascia un numero di telefono?" - "Certo, è tre sei tre..." : whatever whisper made of
the answer, its content after the lead-in words ("certo", "il mio numero è", "it's") is
a phone number. Stereo calls give the turns (agent line, then the next customer line);
on a mono mix the next unit is taken as the answer.
"""
from __future__ import annotations

from difflib import SequenceMatcher

from presidio_analyzer import RecognizerResult

from .address import NOT_PLACE_NAME, STREET_EN, STREET_IT
from .answers import (ADDRESS_LEAD_IN, after_own_cue, answer_content, answer_line, chars_of, digits_of,
                      house_number, mailbox, misheard_head, misheard_tail, pieces, prompts, spill, split_name,
                      to_domain_end, words_as_letters)
from .cues import CLOSERS, LEAD_IN, LETTERED, MONTHS, NONPII_AFTER, NUMERIC, best_cue
from .questions import (also_name, any_question, asks_where, asks_year, holds, more_asking,
                        question_entity, read_out, where_over)
from .view import Line, SpeechRecognizer, Tok, View, phrase_at, phrases, result, view_of

NAME = "DialogueContextRecognizer"
ENTITIES = ["PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "ORDER_NUMBER", "IT_FISCAL_CODE", "ID_NUMBER", "DATE_OF_BIRTH",
            "ADDRESS", "EMAIL_ADDRESS", "PERSON"]
ANSWER_SCORE = 0.5
# a number given when one kind was asked for outweighs a guess from its shape alone (an ID number
# at 0.5-0.7, a landline-looking run at 0.6), not a cue in the caller's own words (0.85)
NUMBER_ASKED = 0.15
READ_BACK = phrases("read that back", "read it back", "read back", "reading that back", "repeat that back", "so that's",
                    "let me repeat", "me repeat", "i'll repeat", "to repeat", "repeating that", "reading it back",
                    "reading back", "just to confirm", "per conferma", "le confermo",
                    "so it's",
                    "so i have", "i've got that as", "i've got", "i have got", "i got",
                    "i've written", "i've put in", "i put in", "i've put", "ho inserito", "ho messo",
                    "ripeto", "rileggo", "le rileggo", "quindi è", "confermo", "ho scritto", "ho segnato",
                    "ho annotato", "mi segno", "me lo segno", "me la segno", "mi annoto", "annoto",
                    "i'll note", "let me note", "noting", "i'll write", "writing that down", "jotting",
                    "just to check", "just checking", "to double check", "to double - check", "verifico")
READ_BACK_LINES = 8
IBAN_DIGITS, IBAN_ASKED = 20, 0.75  # an Italian IBAN has 25 digits, a British 18; a card 16
GARBLED_ALIKE = 0.5  # a read-back this like the answer repeats it, whisper's slips aside
LOST_DIGITS = 3  # an answer heard with fewer digits lost them all: nothing to compare a read-back with
# the agent's words while the customer looks for the data
WAITING = frozenset("""nessun problema prego faccia pure con calma certo ok okay va bene sì si attendo grazie
    take your time no problem sure of course that's fine""".split())
YEAR_FOLLOW_UP = 4  # units after a question for a date of birth that may ask for its year
HOLD_REPLY_MAX = 3  # words of the agent's "take your time"
REFUSAL = frozenset("""no non preferisco preferirei nessuno nessuna niente momento attimo sorry don't haven't
    rather none wait same""".split())  # not "not": whisper's "dot" in "joseph not logan"


READ_BACK_SPILL = 2  # units
SHORT_UNIT = 6  # words


def _units_after(view: View, li: int) -> list[Tok]:
    """The speaker's next short units: whisper cuts a read-back as it cuts a dictation."""
    out: list[Tok] = []
    for line in view.lines[li + 1:li + 1 + READ_BACK_SPILL]:
        if line.speaker != view.lines[li].speaker or len(line.tokens) > SHORT_UNIT:
            break
        out += line.tokens
    return out


def _last_asked(view: View, li: int, reach: int) -> tuple[int, str] | None:
    """(unit, kind) of the data the agent last asked for, in the `reach` units before unit `li`."""
    for m in range(li - 1, max(-1, li - reach - 1), -1):
        q = question_entity(view.lines[m]) if view.lines[m].speaker != "customer" else None
        if q:
            return m, q[0]
        if view.lines[m].speaker == "agent" and any(t.text == "?" for t in view.lines[m].tokens) \
                and not prompts(view.lines[m]):
            return None  # the last question named no kind ("how can I reach you?" as whisper heard it)
    return None


CHECK_REACH = 4  # units back to the question whose answer the agent checks


def _checks_birth(view: View, li: int) -> bool:
    """ "So that's the fourth of February 1996, is that right?": the agent checks a date of birth with
    the caller, who may correct it ("no, the other way round, April the second")."""
    last = _last_asked(view, li, CHECK_REACH)
    return any(t.low in MONTHS for t in view.lines[li].tokens) and last is not None and last[1] == "DATE_OF_BIRTH"


def _read_back_kind(view: View, li: int, k: int, reach: int) -> str | None:
    """The kind a read-back at unit `li` repeats: the one asked for before the answer (unit `k`), if
    numeric and if no unit of the caller's since names another kind ("I can't find the order number,
    but call me on my mobile, ...")."""
    asked = _last_asked(view, k, reach)
    if asked is None or asked[1] not in NUMERIC:
        return None
    for line in view.lines[asked[0] + 1:li]:
        named = best_cue(list(line.tokens), fuzzy=False) if line.speaker != "agent" else None
        if named and named[1] != asked[1]:
            return None
    return asked[1]


FOUND_OPENERS = frozenset("right so well allora bene dunque".split())  # "Right, here we go."
FOUND_IT = phrases("found it", "found", "here it is", "here we go", "here we are", "got it here", "eccolo", "eccola",
                   "ecco qua", "ecco qui", "trovato", "trovata", "l' ho trovato", "l' ho trovata")


def _found_it(line: Line, entity: str) -> bool:
    """ "Found it", "eccolo", "here we go" (after an "ok", "sì"): the end of a hold, no number yet; it
    comes next. Not a bare "yes"."""
    words = [t for t in line.tokens if t.kind != "punct"]
    k = next((i for i, t in enumerate(words) if t.low not in WAITING and t.low not in FOUND_OPENERS), len(words))
    phrase = phrase_at(words, k, FOUND_IT)
    return entity in NUMERIC and phrase is not None and k + len(phrase) == len(words)


def _refused(content: list[Tok]) -> bool:
    """A refusal word among the answer's first three: "no, I don't have it", "2 secs, no, non lo trovo";
    not a "no, sorry" between characters, which corrects them ("the 17th, no, sorry, the 16th")."""
    return any(t.low in REFUSAL and not (chars_of(content[:i]) and chars_of(content[i + 1:i + 4]))
               for i, t in enumerate(content[:3]))


def _past_lead_in(view: View, answer: Line, entity: str) -> Line:
    """"Sì, sono." / "Lilla Mazzeo.": an answer that is only its lead-in, whisper cut from the value;
    the value is the speaker's next unit, if it asks nothing and names no other kind."""
    nxt = view.own_next(answer.tokens[0].line) if answer.tokens and not answer_content(answer, entity) else None
    if nxt is None or any(t.text == "?" for t in nxt.tokens):
        return answer
    named = best_cue(list(nxt.tokens), fuzzy=False)
    return answer if named and named[1] != entity else nxt


WHERE_TO = ("ADDRESS", "where")
MAIL_WORDS = frozenset("punto dot chiocciola".split())  # an e-mail, as whisper left it


def _mail_like(content: list[Tok]) -> bool:
    """A mailbox, or what whisper left of one ("gi punto russo chi ho fatto punto it")."""
    return mailbox(content) or any(t.low in MAIL_WORDS or t.kind in ("at", "dot") for t in content)


NOT_PLACE = LEAD_IN | ADDRESS_LEAD_IN | CLOSERS | NOT_PLACE_NAME


def _placelike(content: list[Tok]) -> bool:
    """A number, a street's type, or a name (a town, a street) among an answer's words."""
    return any(t.kind == "digits" or t.low in STREET_IT | STREET_EN
               or t.kind == "word" and t.text[:1].isupper() and t.low not in NOT_PLACE for t in content)


CHECK_TAGS = phrases("giusto", "corretto", "esatto", "è così", "right", "correct", "is that it", "that's it")
CHECK_TAIL = 3  # words
CHECKED_CHARS = 6


def _checked(toks: list[Tok]) -> bool:
    """"C, W, W, 8 1 3 1, 5 4, giusto?": a code said back with a check at its end is a read-back,
    whatever whisper made of "le ripeto"."""
    words = [t for t in toks if t.kind != "punct"]
    return sum(len(t.text) for t in words if t.kind in ("digits", "letters")) >= CHECKED_CHARS and any(
        phrase_at(words, i, CHECK_TAGS) for i in range(max(0, len(words) - CHECK_TAIL), len(words)))


class DialogueContextRecognizer(SpeechRecognizer):
    entities = tuple(ENTITIES)
    recognizer_name = NAME

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        view = view_of(text)
        out = []
        born_asked = -YEAR_FOLLOW_UP - 1  # the unit that last asked for a date of birth
        for li, line in enumerate(view.lines):
            if line.speaker == "customer":
                continue
            readback = self._read_back(view, li)
            if readback:
                out.append(readback)
                continue
            named = question_entity(line)
            where = where_over(line, named[0] if named else None)
            if where:
                named = None  # "dove le spediamo la fattura?": where it goes, not the invoice's number
            asked = named or read_out(line) or where or any_question(line)
            if asked and not asked[0] and _checks_birth(view, li):
                asked = ("DATE_OF_BIRTH", "checked")
            if li - born_asked <= YEAR_FOLLOW_UP and (not asked or not asked[0]) and asks_year(line):
                asked = ("DATE_OF_BIRTH", "year")  # "18 settembre" - "e di che anno?" - "nel 90"
            if not asked:
                continue
            if asked[0] == "DATE_OF_BIRTH":
                born_asked = li
            answer = answer_line(view, li, line.speaker)
            if answer is not None and (holds(answer) or more_asking(answer, asked[0])):
                # "un attimo che lo cerco... ecco, 2025 85241"
                answer = self._after_hold(view, answer, asked[0])
                if answer is not None and _found_it(answer, asked[0]):
                    answer = self._after_hold(view, answer, asked[0])  # "hang on" - "found it" - "7 2 4 ..."
            if answer is None:
                continue
            answer = _past_lead_in(view, answer, asked[0])
            if asked == WHERE_TO and _mail_like(spill(view, answer, answer_content(answer, ""), "")):
                asked = ("EMAIL_ADDRESS", asked[1])  # "where shall we send it?" - "ci punto russo ..."
            content = spill(view, answer, answer_content(answer, asked[0]), asked[0])
            corrects = asked[1] == "checked"
            if content and not corrects and _refused([t for t in answer.tokens if t.index >= content[0].index]):
                continue  # "preferisco di no", "un attimo", "the same as last time"; a check's "no" corrects
            if also_name(line, asked[0]):  # "your full name and date of birth?" - "Nathan Quinn, 24 ..."
                name, content = split_name(content, asked[0])
                if name:
                    out.append(result("PERSON", name[0].start, name[-1].end, ANSWER_SCORE, NAME, "name"))
            if asked[0] in NUMERIC | {"DATE_OF_BIRTH"}:
                alnum = [i for i, t in enumerate(content) if t.kind in ("digits", "letters")]
                if not alnum and content and asked[0] in LETTERED:
                    # "di, e, di, fu, e, di" - "ci sono" - "e dopo 8 H 44": letters whisper wrote as words
                    content = words_as_letters(answer) or content
                    more = pieces(view, content, answer.speaker, asked[0])
                    for piece in ([content] + more if more else []):
                        out.append(result(asked[0], piece[0].start, piece[-1].end, ANSWER_SCORE, NAME, asked[1]))
                    continue
                if not alnum:
                    continue  # "quale telefono ha?" - "un Samsung Galaxy": no number was given
                if asked[0] in NUMERIC:
                    content = after_own_cue(content, asked[0])
                    alnum = [i for i, t in enumerate(content) if t.kind in ("digits", "letters")]
                # a number from one word before its first digit (not the lead-in); a date keeps its words
                # ("third of april"), and a code that opens with letters whisper wrote as words ("i, ti, 96"
                # for an IBAN) goes from the start of the answer; misheard digits after the last one go too
                head = max(1, misheard_head(content[:alnum[0]]))  # "for it, emin, for, 319 ...": digits misheard
                first = max(0, alnum[0] - head) if asked[0] in NUMERIC - LETTERED else 0
                content = content[first:alnum[-1] + 1] + misheard_tail(content[alnum[-1] + 1:])
            if asked[0] == "":  # a question naming no kind of data: only the answer tells
                if mailbox(content, strict=True):
                    asked = ("EMAIL_ADDRESS", asked[1])
                elif asks_where(line) and house_number(content):
                    asked = ("ADDRESS", "where")  # "where are you based?" - "I'm at 1833 Pine Court"
                    content = spill(view, answer, content, "ADDRESS")
                else:
                    continue
            if asked == WHERE_TO and not _placelike(content):
                continue  # "where shall I send it?" - "to my office, thanks"
            if asked[0] in ("ADDRESS", "") and mailbox(content):
                asked = ("EMAIL_ADDRESS", asked[1])  # "a che indirizzo le mando la conferma?" - "mario@..."
            if asked[0] == "EMAIL_ADDRESS":
                content = to_domain_end(content)
            if content:
                # a number given when its kind was asked outweighs a guess from its shape (NUMBER_ASKED)
                score = ANSWER_SCORE + (NUMBER_ASKED if asked[0] in NUMERIC else 0.0)
                if asked[0] == "IBAN_CODE" and len(digits_of(content)) >= IBAN_DIGITS:
                    score = IBAN_ASKED  # an account's length where one was asked: over an unknown long number's 0.7
                out.append(result(asked[0], content[0].start, content[-1].end, score, NAME, asked[1]))
                for piece in pieces(view, content, answer.speaker, asked[0]):
                    out.append(result(asked[0], piece[0].start, piece[-1].end, score, NAME, "dictated in pieces"))
        return out

    @staticmethod
    def _read_back(view: View, li: int) -> RecognizerResult | None:
        """"Let me read that back: 3 5 1 6 6 9 3 4, right?": the agent repeats the last answer, which
        is the kind of data the last question asked for."""
        toks = list(view.lines[li].tokens)
        starts = [i for i in range(len(toks)) if phrase_at(toks, i, READ_BACK)]
        if not starts and _checked(toks):
            starts = [next(i for i, t in enumerate(toks) if t.kind in ("digits", "letters"))]
        if not starts:
            return None
        phrase = phrase_at(toks, starts[0], READ_BACK) or ()
        rest = toks[starts[0] + len(phrase):] + _units_after(view, li)
        if rest and mailbox(rest):  # "so I've got nathan quintet" / "kai . com": an e-mail read back
            rest = to_domain_end(rest)
            return result("EMAIL_ADDRESS", rest[0].start, rest[-1].end, ANSWER_SCORE, NAME, "read back")
        rest = toks[starts[0]:]
        nxt = view.own_next(li)
        if not any(t.kind in ("digits", "letters") for t in rest) and nxt is not None:
            rest = list(nxt.tokens)  # "Let me read that back." / "3 5 1, 6 6 9, 3 4, correct?"
        alnum = [i for i, t in enumerate(rest) if t.kind in ("digits", "letters")]
        if not alnum or sum(len(rest[i].text) for i in alnum) < 6 or any(t.low in NONPII_AFTER for t in rest):
            return None  # a price or an hour read back is no personal data
        content = rest[alnum[0]:alnum[-1] + 1]
        # the number read back is the customer's last answer, digit for digit; it takes the kind of the
        # question that answer answered
        # (or its pieces, "A B" - "go on" - "1 8 11 9 4")
        said, heard, alike = digits_of(content), "", 0.0
        for k in range(li - 1, max(-1, li - READ_BACK_LINES - 1), -1):
            line = view.lines[k]
            if line.speaker not in ("customer", "mixed"):
                continue
            heard = digits_of(line.tokens) + heard
            alike = max(alike, SequenceMatcher(None, said, heard).ratio() if heard else 0.0)
            if len(said) >= 6 and heard and (said in heard or alike >= 0.85):  # whisper drops a digit
                kind = _read_back_kind(view, li, k, 5)
                if kind is None:
                    return None
                return result(kind, content[0].start, content[-1].end, ANSWER_SCORE + NUMBER_ASKED, NAME, "read back")
        # read back, only somewhat like the last answer as heard (whisper garbled one of the two), or of an
        # answer whose digits whisper lost ("I from India and from November"): the kind asked for, as above;
        # not like the caller's digits at all, some number of the caller's, of no kind a purpose keeps
        lost = len(heard) < LOST_DIGITS
        kind = _read_back_kind(view, li, li, READ_BACK_LINES) if alike >= GARBLED_ALIKE or lost else None
        if kind is None and not phrase and alike < GARBLED_ALIKE:
            return None  # a check like no answer: the agent reads what the system says ("S 11 8 P L, still right?")
        return result(kind or "ID_NUMBER", content[0].start, content[-1].end,
                      ANSWER_SCORE + (NUMBER_ASKED if kind else 0.0), NAME, "read back")

    @staticmethod
    def _after_hold(view: View, hold: Line, entity: str) -> Line | None:
        """The speaker's next unit after a hold, past the agent's "take your time" (not a new question);
        on a mono mix, for a number, the next unit that holds one."""
        if not hold.tokens:
            return None  # a unit whisper filled with nothing we read ("[BLANK_AUDIO]")
        li = hold.tokens[0].line
        for nxt in view.lines[li + 1:li + 4]:
            waits = all(t.low in WAITING for t in nxt.tokens if t.kind != "punct")  # "nessun problema"
            if nxt.speaker == "customer" or hold.speaker == "mixed" and not waits and (
                    entity not in NUMERIC or any(t.kind in ("digits", "letters") for t in nxt.tokens)):
                return nxt
            words = [t for t in nxt.tokens if t.kind != "punct"]
            if best_cue(list(nxt.tokens)) or any(t.text == "?" for t in nxt.tokens) and not (
                    len(words) <= HOLD_REPLY_MAX and any(t.low in WAITING for t in words)):
                return None  # a new question; not "faccia pure?", "trovato, con calma?" as whisper heard them
        return None

