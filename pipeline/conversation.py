"""The transcript as one conversation text for the recognizers, with a map back to words.

Segments are cut into sentence units (whisper often puts a question and its answer in
one segment on a mono mix), each unit is normalised from spoken to written form, and
the units are laid out one per line in time order, each line opening with a speaker
tag: ``A:`` agent, ``C:`` customer, ``M:`` mixed (mono). Every character of a token
maps back to the transcript words it came from, so a finding lands on audio times.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from .normalize import normalize
from .types import Transcript, WordRef

SPEAKER_TAG = {"agent": "A:", "customer": "C:", "mixed": "M:"}
_END = (".", "?", "!")
PAUSE_S = 1.2  # on a stereo channel a pause this long ends a unit: the other side spoke meanwhile


@dataclass(frozen=True)
class Unit:
    segment: int
    first_word: int
    last_word: int  # inclusive
    speaker: str
    channel: int
    start: float
    end: float


@dataclass(frozen=True)
class TokenSpan:
    start: int  # char offsets in Conversation.text
    end: int
    kind: str
    line: int
    words: tuple[WordRef, ...]


@dataclass(frozen=True)
class Conversation:
    text: str
    language: str
    units: tuple[Unit, ...]
    tokens: tuple[TokenSpan, ...]  # sorted by start

    def words_in(self, start: int, end: int) -> tuple[WordRef, ...]:
        """Transcript words under the char span [start, end)."""
        starts = [t.start for t in self.tokens]
        i = max(0, bisect.bisect_right(starts, start) - 1)
        refs: set[WordRef] = set()
        for tok in self.tokens[i:]:
            if tok.start >= end:
                break
            if tok.end > start:
                refs.update(tok.words)
        return tuple(sorted(refs, key=lambda r: (r.segment, r.word)))


def _dictated(word: str) -> bool:
    """A digit group or a spelled letter: dictation pauses do not end a unit."""
    core = word.strip(".,;:?!-'")
    return any(c.isdigit() for c in core) or len(core) == 1


def split_units(transcript: Transcript) -> list[Unit]:
    units = []
    for si, seg in enumerate(transcript.segments):
        first = 0
        for wi, w in enumerate(seg.words):
            nxt = seg.words[wi + 1].text if wi + 1 < len(seg.words) else ""
            # "363" ".674" ".319," is one number, not three sentences
            core = w.text.strip(".,?!;:'\"")
            # "363" ".674" ".319," is one number and "N. D. 4." a spelled code, not sentences
            ends = w.text.endswith(("?", "!")) or (w.text.endswith(".") and sum(c.isalpha() for c in core) >= 3
                                                   and not nxt.startswith((".", ",")))
            if (seg.speaker != "mixed" and wi + 1 < len(seg.words) and seg.words[wi + 1].start - w.end >= PAUSE_S
                    and not (_dictated(w.text) or _dictated(nxt))):
                ends = True
            if ends or wi == len(seg.words) - 1:
                units.append(Unit(si, first, wi, seg.speaker, seg.channel, seg.words[first].start, w.end))
                first = wi + 1
    units.sort(key=lambda u: (u.start, u.channel))
    return units


def build(transcript: Transcript) -> Conversation:
    units = split_units(transcript)
    lines, tokens, pos = [], [], 0
    for li, unit in enumerate(units):
        seg = transcript.segments[unit.segment]
        words = seg.words[unit.first_word:unit.last_word + 1]
        norm = normalize([w.text for w in words], transcript.language)
        parts = [SPEAKER_TAG[unit.speaker]]
        pos_line = pos + len(parts[0]) + 1
        for tok in norm.tokens:
            text = tok.text
            if tok.kind == "word" and len(tok.words) == 1:
                # keep whisper's capitals: names are told apart by them
                orig = words[tok.words[0]].text.strip(" .,;:!?\"()[]")
                if orig.lower() == text:
                    text = orig
            refs = tuple(WordRef(unit.segment, unit.first_word + i) for i in tok.words)
            tokens.append(TokenSpan(pos_line, pos_line + len(text), tok.kind, li, refs))
            parts.append(text)
            pos_line += len(text) + 1
        line = " ".join(parts)
        lines.append(line)
        pos += len(line) + 1
    return Conversation("\n".join(lines), transcript.language, tuple(units), tuple(tokens))
