"""A value said twice is one kind of data: the caller dictates an order number after a question
whisper garbled, the agent reads it back ("so I've got 7 7 1 9 9 8 7"), and only one of the two
came with a cue. A number of unknown kind (ID_NUMBER) whose digits are those of a number of a
known kind elsewhere in the call takes that kind.

This pass runs after the recognizers, over their results, like `corrections` and `chains`."""
from __future__ import annotations

from difflib import SequenceMatcher

from presidio_analyzer import RecognizerResult

from .cues import NUMERIC
from .view import result

NAME = "RepeatedValueRecognizer"
KNOWN = NUMERIC - {"ID_NUMBER"}
MIN_DIGITS = 6  # fewer repeat by chance: a price, an hour, a day
ALIKE = 0.85  # whisper drops or bends a digit or two between the two sayings
OVER = 0.05  # above the unknown number's own score: the kind, not only the shape


def _digits(text: str, r: RecognizerResult) -> str:
    return "".join(c for c in text[r.start:r.end] if c.isdigit())


def _same(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return short in long_ or SequenceMatcher(None, a, b).ratio() >= ALIKE


def repeated_values(text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
    """The kind of a known value on each unknown number that repeats its digits; a number like
    values of two kinds keeps its own (unknown) kind."""
    known = [(k, _digits(text, k)) for k in found if k.entity_type in KNOWN]
    out = []
    for r in found:
        digits = _digits(text, r) if r.entity_type == "ID_NUMBER" else ""
        if len(digits) < MIN_DIGITS:
            continue
        # another saying, not a second guess on the same words (a long number's own kind stands)
        kinds = {k.entity_type for k, d in known if len(d) >= MIN_DIGITS and (k.end <= r.start or k.start >= r.end)
                 and _same(digits, d)}
        if len(kinds) == 1:
            out.append(result(kinds.pop(), r.start, r.end, r.score + OVER, NAME, "said again"))
    return out
