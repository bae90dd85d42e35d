"""A read-only view of the conversation text for the speech-aware recognizers.

The text is one unit per line, ``A:``/``C:``/``M:`` first, tokens separated by single
spaces (see pipeline.conversation). Recognizers see tokens with their kind and char
offsets, so a result is a char span Presidio understands.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from ..normalize import near  # noqa: F401 - the recognizers' fuzzy cue match

SPEAKERS = {"A:": "agent", "C:": "customer", "M:": "mixed"}


@dataclass(frozen=True)
class Tok:
    text: str
    low: str
    kind: str  # digits | letters | at | dot | punct | word
    start: int
    end: int
    line: int
    index: int  # position in View.tokens


@dataclass(frozen=True)
class Line:
    speaker: str
    tokens: tuple[Tok, ...]


def _kind(t: str) -> str:
    if t.isdigit():
        return "digits"
    if t == "@":
        return "at"
    if t == ".":
        return "dot"
    if not any(c.isalnum() for c in t):
        return "punct"
    if t == "I":  # the English pronoun far more often than a spelled letter
        return "word"
    if t.isalpha() and t.isupper() and len(t) <= 4:
        return "letters"
    if re.fullmatch(r"[A-Z0-9]+", t) or re.fullmatch(r"\d+[a-z]\d+", t):  # whisper's "3i6", "9o6" in a dictation
        return "letters"
    return "word"


def _spelled_i(line: list[Tok], first: int, toks: list[Tok]) -> list[Tok]:
    """ "R O S S I", "R I C C I": an "I" beside single spelled letters is a letter, not the pronoun."""
    out = list(line)
    for k, t in enumerate(line):
        if t.text == "I" and any(0 <= j < len(line) and line[j].kind == "letters" and len(line[j].text) == 1
                                 for j in (k - 1, k + 1)):
            out[k] = toks[first + k] = dataclasses.replace(t, kind="letters")
    return out


class View:
    def __init__(self, text: str):
        self.text = text
        lines, toks = [], []
        pos = 0
        for li, raw in enumerate(text.split("\n")):
            parts = raw.split(" ")
            speaker = SPEAKERS.get(parts[0], "mixed")
            start = pos + len(parts[0]) + 1
            line_toks = []
            for p in parts[1:]:
                if p:
                    tok = Tok(p, p.lower(), _kind(p), start, start + len(p), li, len(toks))
                    toks.append(tok)
                    line_toks.append(tok)
                start += len(p) + 1
            line_toks = _spelled_i(line_toks, len(toks) - len(line_toks), toks)
            lines.append(Line(speaker, tuple(line_toks)))
            pos += len(raw) + 1
        self.lines: tuple[Line, ...] = tuple(lines)
        self.tokens: tuple[Tok, ...] = tuple(toks)

    def line_of(self, tok: Tok) -> Line:
        return self.lines[tok.line]

    def before(self, tok: Tok, n: int, *, lines_back: int = 0) -> list[Tok]:
        """Up to n tokens before `tok`, staying within its line and `lines_back` earlier lines."""
        out = []
        i = tok.index - 1
        while i >= 0 and len(out) < n and tok.line - self.tokens[i].line <= lines_back:
            out.append(self.tokens[i])
            i -= 1
        return out[::-1]

    def own_next(self, li: int, reach: int = 1) -> Optional[Line]:
        """The speaker's next unit, if it comes within `reach` units after unit `li`."""
        speaker = self.lines[li].speaker
        return next((line for line in self.lines[li + 1:li + 1 + reach] if line.speaker == speaker), None)

    def after(self, tok: Tok, n: int | None = None) -> list[Tok]:
        """Up to n tokens (all, without n) after `tok`, within its line."""
        stop = len(self.tokens) if n is None else tok.index + 1 + n
        return [t for t in self.tokens[tok.index + 1:stop] if t.line == tok.line]


def is_year(digits: str) -> bool:
    """Four digits of 1900-2099: a year said as one number ("since 2019", "2024 - 2025")."""
    return len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2099


@lru_cache(maxsize=8)
def view_of(text: str) -> View:
    """Every recognizer parses the same text: parse it once."""
    return View(text)


def _word_match(tok: str, w: str, fuzzy: bool) -> bool:
    if w.endswith("*"):
        stem = w[:-1]
        return tok.startswith(stem) or fuzzy and len(stem) >= 5 and near(tok[:len(stem)], stem)
    return tok == w or fuzzy and len(w) >= 6 and near(tok, w)


def phrase_at(tokens: list[Tok], i: int, phrases: Iterable[tuple[str, ...]], *,
              fuzzy: bool = False) -> Optional[tuple[str, ...]]:
    """The phrase (a tuple of lowercase words, or prefixes ending in '*') starting at tokens[i].
    `fuzzy`: words of 6+ letters (stems of 5+) also match one letter off ("indivizzo")."""
    for ph in phrases:
        if i + len(ph) <= len(tokens) and all(_word_match(tokens[i + k].low, w, fuzzy) for k, w in enumerate(ph)):
            return ph
    return None


def find_cue(tokens: list[Tok], phrases: Iterable[tuple[str, ...]], *,
             fuzzy: bool = False) -> Optional[tuple[int, tuple[str, ...]]]:
    """The last (nearest) cue phrase in tokens: (index of its first token, phrase)."""
    phrases = tuple(phrases)
    for i in range(len(tokens) - 1, -1, -1):
        ph = phrase_at(tokens, i, phrases, fuzzy=fuzzy)
        if ph:
            return i, ph
    return None


def result(entity: str, start: int, end: int, score: float, recognizer: str, cue: str = "") -> RecognizerResult:
    expl = AnalysisExplanation(recognizer=recognizer, original_score=score, textual_explanation=cue or None)
    return RecognizerResult(entity, start, end, score, analysis_explanation=expl,
                            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: recognizer,
                                                  "cue": cue})


def phrases(*items: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(i.split()) for i in items)


class SpeechRecognizer(EntityRecognizer):
    """Base of the speech-aware recognizers (one per file): each reads the conversation text
    through `view_of` and declares its entities and name; there is no model to load."""

    entities: tuple[str, ...] = ()
    recognizer_name = ""

    def __init__(self, supported_language: str = "it"):
        super().__init__(supported_entities=list(self.entities), name=self.recognizer_name,
                         supported_language=supported_language)

    def load(self) -> None:
        """Nothing to load: the lexicons are module constants."""
