"""Dates of birth: "sono nato il 18 novembre 1950", "born on February 13, 1980",
"data di nascita 12 03 85". A full date after a birth cue, or a date whose year is a
plausible birth year, is a date of birth."""
from __future__ import annotations

from presidio_analyzer import RecognizerResult

from .cues import CLOSERS, MONTHS, NONPII_AFTER, NONPII_BEFORE, RELATIVES, best_cue
from .view import SpeechRecognizer, Tok, View, find_cue, phrase_at, phrases, result, view_of

NAME = "DateOfBirthRecognizer"
BIRTH_CUES = phrases("nato", "nata", "nascita", "compleanno", "born", "birth", "birthday", "dob")
# after these, the rest of the clause is the date, however whisper wrote it
STATED = phrases("nato il", "nata il", "nato nel", "nata nel", "nascita è", "nascita il", "born on", "born in",
                 "birth is", "birthday is", "nato", "nata", "born")
CLAUSE_END = frozenset("? ! quindi ma però e poi so but then and also anche".split())
DATE_GLUE = frozenset("il the of del e and , th st nd rd m mm mmh mh ehm uhm erm um uh eh".split())  # and fillers
MAX_SPAN = 9
TAIL_WORDS = 1  # after the date's last number: "... 1980 tree" (whisper's three), not the next sentence
BARE_REACH = 3  # after a bare "nato", "born", the date starts within these tokens


def _date_tokens(toks: tuple[Tok, ...], i: int) -> int:
    """Index of the last token of a date starting at toks[i] (i itself if none)."""
    last = i - 1
    j = i
    while j < len(toks) and j - i < MAX_SPAN:
        t = toks[j]
        if t.kind == "digits" and len(t.text) <= 4 or t.low in MONTHS:
            last = j
        elif t.low not in DATE_GLUE and t.kind != "punct":
            break
        j += 1
    return last


YEAR_WORDS = frozenset("anno year".split())


def _year_word(toks: list[Tok], j: int) -> bool:
    """ "anno" before the year of a date ("5 giugno, anno 1973"), not "un anno fa"."""
    return toks[j].low in YEAR_WORDS and j + 1 < len(toks) and toks[j + 1].kind == "digits" \
        and len(toks[j + 1].text) == 4


def _year_done(body: list[Tok], nxt: list[Tok]) -> bool:
    """A date ends with its year; whisper may split it ("1900, 80"): one more number is allowed."""
    years = [i for i, t in enumerate(body) if t.kind == "digits" and len(t.text) == 4]
    if not years:
        return False
    return len(body) - 1 > years[0] or not (nxt and nxt[0].kind == "digits" and len(nxt[0].text) <= 2)


def _is_birth_year(toks: list[Tok]) -> bool:
    """Without a birth cue only an adult's birth year makes a date a date of birth: "1984", or a
    day, a month's name and "84" ("March the 12th, 84"; a date in the coming years is said whole).
    A day and a month's name with a year long past is a birth year misheard ("17 marzo 1191")."""
    has_month = any(t.low in MONTHS for t in toks)
    years = [int(t.text) for t in toks if t.kind == "digits" and len(t.text) == 4]
    if any(1910 <= y <= 2008 or (has_month and 1000 <= y < 1910) for y in years):
        return True
    numbers = [t for t in toks if t.kind == "digits"]
    if has_month and len(numbers) >= 2 and toks[-1] is numbers[-1] and len(numbers[-1].text) == 3 \
            and numbers[-1].text.startswith("9"):
        return True  # "the 16 August 971": whisper's 1971 without its 1
    return has_month and len(numbers) >= 2 and len(numbers[-1].text) == 2 \
        and int(numbers[-1].text) >= 20 and toks[-1] is numbers[-1]


def _year_after(view: View, last: Tok) -> list[Tok]:
    """Whisper ends a unit before the year ("It's the 8th of April." / "1963, and ..."): a year
    opening the speaker's next unit goes with the date."""
    line = view.lines[last.line]
    if last is not line.tokens[-1] or last.line + 1 >= len(view.lines):
        return []
    nxt = view.lines[last.line + 1]
    first = nxt.tokens[0] if nxt.tokens else None
    if nxt.speaker != line.speaker or first is None or not (first.kind == "digits" and len(first.text) == 4):
        return []
    return [first]


DAY_OF = frozenset("of del nel di de dell'".split())
NOT_A_DAY = frozenset("""born nato nata date data birth nascita day giorno it's is è sono was yes sì si and e
    the il lo la end fine""".split())


def _day_before(toks: tuple[Tok, ...], i: int) -> int:
    """A date's day said as a word before "of"/"del" ("the first of December", whisper's "Mentotto nel 3
    nel 70" for ventotto): where the date starts, given its first number or month at i."""
    if i >= 2 and toks[i - 1].low in DAY_OF and toks[i - 2].kind == "word" and toks[i - 2].low not in NOT_A_DAY \
            and toks[i - 2].low not in MONTHS:
        return i - 3 if i >= 3 and toks[i - 3].low in ("the", "il") else i - 2
    return i


DAY_WORDS = frozenset("""primo first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth""".split())
DAY_MONTH_LEAD = frozenset("il the on of del , e and".split())
DAY_MONTH_REACH = 6  # tokens after a birth year to the day and month said after it


def _day_month_after(toks: tuple[Tok, ...], j: int, end: Tok) -> Tok:
    """ "sono nato nel 78, il 12 marzo", "I'm a 78 baby, twelfth of March": the last token of a day and a
    month said from toks[j] on, right after a birth year; `end` (where the date ends) without both."""
    day = month = None
    k = j
    while k < len(toks) and k - j < DAY_MONTH_REACH:
        t = toks[k]
        if t.low in MONTHS and month is None:
            month = k
        elif (t.kind == "digits" and len(t.text) <= 2 or t.low in DAY_WORDS) and day is None:
            day = k
        elif t.low not in DAY_MONTH_LEAD and t.kind != "punct":
            break
        if day is not None and month is not None:
            return t
        k += 1
    return end


# a year alone that is a birth year: "sono classe 78", "sono del 78", "mia madre è del 41", "I'm a 78 baby"
YEAR_OF = phrases("classe", "sono del", "sono della", "i'm a")


def _birth_year(toks: tuple[Tok, ...], k: int) -> bool:
    """toks[k] is a year that says when someone was born: after "classe", "sono del", a relative's "è del",
    or "I'm a ... baby" (not "la bolletta è del 15 marzo", "è del 30 per cento", "classe energetica 4")."""
    t = toks[k]
    year = t.kind == "digits" and (len(t.text) == 2 and int(t.text) >= 20 or len(t.text) == 4
                                   and 1910 <= int(t.text) <= 2026)
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if not year or nxt is not None and (nxt.low in MONTHS or nxt.low in NONPII_AFTER):
        return False
    before = list(toks[max(0, k - 4):k])
    cue = next((ph for i in range(len(before)) for ph in [phrase_at(before, i, YEAR_OF)]
                if ph and i + len(ph) == len(before)), None)
    if cue == ("i'm", "a"):
        return nxt is not None and nxt.low == "baby"
    relative = len(before) >= 2 and [x.low for x in before[-2:]] == ["è", "del"] \
        and any(x.low in RELATIVES for x in before)
    return cue is not None or relative


class DateOfBirthRecognizer(SpeechRecognizer):
    entities = ("DATE_OF_BIRTH",)
    recognizer_name = NAME

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        view: View = view_of(text)
        out = []
        for line in view.lines:
            toks = line.tokens
            for k in range(len(toks)):
                cue = phrase_at(list(toks), k, STATED, fuzzy=True)
                if not cue:
                    continue
                body: list[Tok] = []
                rest = list(toks[k + len(cue):k + len(cue) + MAX_SPAN + 1])
                for j, t in enumerate(rest):
                    other = best_cue(rest[j:j + 3])
                    # a price, an hour, a closing word: the speaker moved on ("... 964 perfetto, costa 29 euro")
                    moves_on = (t.low in NONPII_BEFORE or t.low in NONPII_AFTER or t.low in CLOSERS) \
                        and not _year_word(rest, j)
                    if t.low in CLAUSE_END or t.text == "?" or other and other[0] == 0 and other[1] != "PERSON" \
                            or moves_on and body:
                        break
                    body.append(t)
                    if _year_done(body, rest[j + 1:j + 2]):
                        break
                dated = [j for j, t in enumerate(body) if t.kind == "digits" or t.low in MONTHS]
                if dated:
                    body = body[:dated[-1] + 1 + TAIL_WORDS]  # a date ends with its numbers; a misheard word may follow
                if dated and (len(cue) > 1 or dated[0] < BARE_REACH):  # "è nato un attimo che ... 5": no date
                    last = body[dated[-1]]
                    end = body[-1] if any(t.low in MONTHS for t in body) else \
                        _day_month_after(toks, last.index - toks[0].index + 1, body[-1])
                    out.append(result("DATE_OF_BIRTH", body[0].start, end.end, 0.8, NAME, " ".join(cue)))
            for k in range(len(toks)):
                if _birth_year(toks, k):
                    baby = k + 1 < len(toks) and toks[k + 1].low == "baby"
                    end = _day_month_after(toks, k + 2 if baby else k + 1, toks[k])
                    out.append(result("DATE_OF_BIRTH", toks[k].start, end.end, 0.8, NAME, "birth year"))
            i = 0
            while i < len(toks):
                t = toks[i]
                if not (t.kind == "digits" and len(t.text) <= 4 or t.low in MONTHS):
                    i += 1
                    continue
                end = _date_tokens(toks, i)
                span = list(toks[i:end + 1]) + _year_after(view, toks[end] if end >= i else t)
                has_month = any(x.low in MONTHS for x in span)
                numbers = [x for x in span if x.kind == "digits"]
                cue = find_cue(view.before(t, 8, lines_back=1), BIRTH_CUES)
                year_first = not has_month and numbers and len(numbers[0].text) == 4  # "2000 25 8 15": no date
                if (has_month or len(numbers) >= 3) and (cue or _is_birth_year(span)) and numbers and not year_first:
                    score = 0.85 if cue else 0.6
                    out.append(result("DATE_OF_BIRTH", toks[_day_before(toks, i)].start, span[-1].end, score, NAME,
                                      " ".join(cue[1]) if cue else "birth year"))
                i = max(end, i) + 1
        return out
