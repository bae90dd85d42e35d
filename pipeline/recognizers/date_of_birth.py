"""Dates of birth: "sono nato il 18 novembre 1950", "born on February 13, 1980",
"data di nascita 12 03 85". A full date after a birth cue, or a date whose year is a
plausible birth year, is a date of birth."""
from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult

from .view import Tok, View, find_cue, phrases, result, view_of

NAME = "DateOfBirthRecognizer"
MONTHS = frozenset("""gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
    january february march april may june july august september october november december jan feb mar apr jun jul
    aug sep sept oct nov dec""".split())
BIRTH_CUES = phrases("nato", "nata", "nascita", "compleanno", "born", "birth", "birthday", "dob")
DATE_GLUE = frozenset("il the of del e and , th st nd rd".split())
MAX_SPAN = 9


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


def _is_birth_year(toks: list[Tok]) -> bool:
    return any(t.kind == "digits" and len(t.text) == 4 and 1900 <= int(t.text) <= 2015 for t in toks)


class DateOfBirthRecognizer(EntityRecognizer):
    def __init__(self, supported_language: str = "it"):
        super().__init__(supported_entities=["DATE_OF_BIRTH"], name=NAME, supported_language=supported_language)

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        view: View = view_of(text)
        out = []
        for line in view.lines:
            toks = line.tokens
            i = 0
            while i < len(toks):
                t = toks[i]
                if not (t.kind == "digits" and len(t.text) <= 4 or t.low in MONTHS):
                    i += 1
                    continue
                end = _date_tokens(toks, i)
                span = list(toks[i:end + 1])
                has_month = any(x.low in MONTHS for x in span)
                numbers = [x for x in span if x.kind == "digits"]
                cue = find_cue(view.before(t, 8, lines_back=1), BIRTH_CUES)
                if (has_month or len(numbers) >= 3) and (cue or _is_birth_year(span)) and numbers:
                    score = 0.85 if cue else 0.6
                    out.append(result("DATE_OF_BIRTH", t.start, toks[end].end, score, NAME,
                                      " ".join(cue[1]) if cue else "birth year"))
                i = max(end, i) + 1
        return out
