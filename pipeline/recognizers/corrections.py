"""A value the caller corrects as they say it ("5 0 3 9 4 1... no, wait, 8 4 1 0 3 9 2", "il sette...
no, scusi, sei aprile 1981"): the correction and the value after it belong to the value before it.

The recognizers find the first value, and often the second, as two; between them "no, wait" stays
audible and the corrected value (often what whisper heard worst: "sei aprire, hanno 1981") may be
missed. This pass runs after the recognizers, over their results: a number or a date of birth
followed by a correction word and then more of the same (digits, number words, a month) goes on
to the end of what follows. And two findings of one numeric kind a few words apart in one unit are
one value with whisper's slips in its middle ("M D L E D N D D 4, prosperous, non è F 8 4 5 D E").
"""
from __future__ import annotations

from presidio_analyzer import RecognizerResult

from ..normalize import is_number_word, near
from .cues import MONTHS, NUMERIC
from .view import Tok, View, result, view_of

NAME = "CorrectionRecognizer"
KINDS = NUMERIC | {"DATE_OF_BIRTH"}
CORRECTION = frozenset("""no sorry scusi scusa scusate wait aspetti aspetta anzi cioè pardon oops mean
    actually hang on""".split())
# words that may stand in a correction besides its own ("no, I mean", "no, mi scusi, ehm")
FILLER = frozenset("i mi ehm eh um uh er oh ah sì yes well".split())
CORRECTION_WORDS = 4  # words between the value and its correction
MISHEARD = 1  # a word whisper bent in the corrected value ("sei aprire, hanno 1981")
LINK = frozenset("of del di the anno year nel in".split())  # "the 6th of April", "sei aprile, anno 1981"


def _valueish(t: Tok) -> bool:
    low = t.low.strip("'")
    return t.kind in ("digits", "letters") or is_number_word(t.text) or low in MONTHS or low in LINK or (
        len(low) >= 5 and any(near(low, m) for m in MONTHS))  # "aprire"


def _correction(t: Tok) -> bool:
    return t.low in CORRECTION or len(t.low) >= 5 and any(near(t.low, c) for c in CORRECTION if len(c) >= 5)


def _corrected_end(view: View, last: Tok) -> Tok | None:
    """The end of the value said after a correction that follows token `last`, or None."""
    after = [t for t in view.after(last) if t.kind != "punct"]
    nxt = view.own_next(last.line)
    if not after and nxt is not None:
        after = [t for t in nxt.tokens if t.kind != "punct"]  # whisper's stop before "No, wait"
    k, said = 0, False
    while k < len(after) and k < CORRECTION_WORDS and (_correction(after[k]) or after[k].low in FILLER):
        said = said or _correction(after[k])
        k += 1
    if not said:
        return None
    if k == len(after) and nxt is not None and after[-1].line == last.line:
        # "... 4 2 2 8 no." / "Scusi, 4 8 2 8": the correction ends the unit, the value opens the next
        after = after + [t for t in nxt.tokens if t.kind != "punct"]
        while k < len(after) and k < CORRECTION_WORDS and (_correction(after[k]) or after[k].low in FILLER):
            k += 1
    end, misses, core = None, 0, 0
    for t in after[k:]:
        if _valueish(t):
            end, misses = t, 0
            core += t.low not in LINK
        elif misses < MISHEARD and end is not None:
            misses += 1
        else:
            break
    return end if core else None


SAID_FIRST = 3  # tokens of the value said before the correction ("the 17th", "il 7")


def _corrected_start(view: View, first: Tok) -> Tok | None:
    """The start of a value said, then corrected, before the value at token `first` ("the 17, no,
    sorry, the 16 August 971": the recognizers found the second only), or None."""
    before = [t for t in view.before(first, CORRECTION_WORDS + SAID_FIRST + 1) if t.kind != "punct"]
    k = len(before)
    if k and before[k - 1].low in LINK:
        k -= 1  # "... sorry, the 16"
    said = False
    while k > 0 and len(before) - k <= CORRECTION_WORDS and (_correction(before[k - 1]) or before[k - 1].low in FILLER):
        said = said or _correction(before[k - 1])
        k -= 1
    if not said or k == 0 or not (before[k - 1].kind == "digits" or before[k - 1].low.strip("'") in MONTHS):
        return None
    start = k - 1
    while start > 0 and k - start < SAID_FIRST and _valueish(before[start - 1]):
        start -= 1
    return before[start]


def corrected_values(text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
    """One finding from each numeric or date-of-birth finding through the correction after it,
    or back from it through a correction to the value it corrects."""
    view = view_of(text)
    ends = {t.end: t for t in view.tokens}
    starts = {t.start: t for t in view.tokens}
    out = []
    for r in found:
        last, first = ends.get(r.end), starts.get(r.start)
        if r.entity_type not in KINDS or last is None:
            continue
        end = _corrected_end(view, last)
        if end is not None:
            out.append(result(r.entity_type, r.start, end.end, r.score, NAME, "corrected"))
        begin = _corrected_start(view, first) if first is not None else None
        if begin is not None:
            out.append(result(r.entity_type, begin.start, r.end, r.score, NAME, "corrected"))
    return out


BRIDGE_WORDS = 3  # words whisper made of a value's middle ("M D L E D N D D 4, prosperous, non è F 8 4 5 D E")


def bridged(text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
    """Two findings of one numeric kind in one unit, a few words apart: the words between are the
    value's too, whisper's slips in the middle of a dictation."""
    out = []
    rs = sorted((r for r in found if r.entity_type in NUMERIC), key=lambda r: r.start)
    for a, b in zip(rs, rs[1:]):
        gap = text[a.end:b.start]
        words = [w for w in gap.split() if any(c.isalnum() for c in w)]
        if a.entity_type == b.entity_type and b.start >= a.end and "\n" not in gap and len(words) <= BRIDGE_WORDS:
            out.append(result(a.entity_type, a.start, b.end, min(a.score, b.score), NAME, "one value"))
    return out
