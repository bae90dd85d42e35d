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
JOIN_GAP_S = 2.0  # dictation goes on across whisper segments this close
CUT_GAP_S = 0.8  # a sentence with no final stop goes on in a segment this close...
CUT_MAX_WORDS = 10  # ...unless it is long already (whisper drops stops on a mono mix)
PAUSE_S = 1.2  # on a stereo channel a pause this long ends a unit: the other side spoke meanwhile


@dataclass(frozen=True)
class Unit:
    """A sentence-like stretch of one speaker: its words, in order."""

    words: tuple[WordRef, ...]
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


DIGIT_WORDS = frozenset("""zero oh one two three four five six seven eight nine double triple
    uno due tre quattro cinque sei sette otto nove doppio""".split())


def _dictated(word: str) -> bool:
    """A digit group, a digit word or a spelled letter: dictation pauses do not end a unit."""
    core = word.strip(".,;:?!-'")
    return any(c.isdigit() for c in core) or len(core) == 1 or core.lower() in DIGIT_WORDS


def _other_side_spoke(starts: dict[int, list[float]], channel: int, a: float, b: float) -> bool:
    """Did another channel start a word between a and b (a turn of the other party)?"""
    for ch, times in starts.items():
        if ch != channel:
            i = bisect.bisect_right(times, a)
            if i < len(times) and times[i] < b:
                return True
    return False


def split_units(transcript: Transcript) -> list[Unit]:
    units: list[Unit] = []
    starts: dict[int, list[float]] = {}
    for seg in transcript.segments:
        starts.setdefault(seg.channel, []).extend(w.start for w in seg.words)
    for times in starts.values():
        times.sort()
    for si, seg in enumerate(transcript.segments):
        first = 0
        for wi, w in enumerate(seg.words):
            nxt = seg.words[wi + 1].text if wi + 1 < len(seg.words) else ""
            # "363" ".674" ".319," is one number and "N. D. 4." a spelled code, not sentences
            core = w.text.strip(".,?!;:'\"")
            ends = w.text.endswith(("?", "!")) or (w.text.endswith(".") and sum(c.isalpha() for c in core) >= 3
                                                   and not nxt.startswith((".", ",")))
            if seg.speaker != "mixed" and wi + 1 < len(seg.words):
                pause = (w.end, seg.words[wi + 1].start)
                if pause[1] - pause[0] >= PAUSE_S and not (_dictated(w.text) or _dictated(nxt)):
                    ends = True
                elif _other_side_spoke(starts, seg.channel, w.start + 0.2, seg.words[wi + 1].start):
                    # (whisper may stretch a word over the other party's turn: "okay" 17.6-20.7)
                    ends = True  # the other party spoke meanwhile: a new turn, even mid-dictation
            if ends or wi == len(seg.words) - 1:
                refs = tuple(WordRef(si, k) for k in range(first, wi + 1))
                units.append(Unit(refs, seg.speaker, seg.channel, seg.words[first].start, w.end))
                first = wi + 1
    units.sort(key=lambda u: (u.start, u.channel))
    return _join_dictation(transcript, units)


def _join_dictation(transcript: Transcript, units: list[Unit]) -> list[Unit]:
    """Whisper cuts sentences and dictated numbers into segments ("I live at 894 Perry Park" /
    "Matthewville."; "5000" / "40000 0.7"): a unit that goes on where the last one of the
    same channel stopped, unfinished or dictating, joins it."""
    def word(ref: WordRef) -> str:
        return transcript.segments[ref.segment].words[ref.word].text

    out: list[Unit] = []
    last_on: dict[int, int] = {}  # channel -> index in out
    for u in units:
        j = last_on.get(u.channel)
        prev = out[j] if j is not None else None
        gap = u.start - prev.end if prev is not None else 1e9
        dictation = gap <= JOIN_GAP_S and _dictated(word(prev.words[-1])) and _dictated(word(u.words[0]))
        unfinished = (gap <= CUT_GAP_S and not word(prev.words[-1]).endswith(_END)
                      and (len(prev.words) < CUT_MAX_WORDS or len(u.words) <= 3))
        if prev is not None and j == len(out) - 1 and (dictation or unfinished):
            out[j] = Unit(prev.words + u.words, prev.speaker, prev.channel, prev.start, u.end)
            continue
        last_on[u.channel] = len(out)
        out.append(u)
    return out


def build(transcript: Transcript) -> Conversation:
    units = split_units(transcript)
    lines, tokens, pos = [], [], 0
    for li, unit in enumerate(units):
        words = [transcript.segments[r.segment].words[r.word] for r in unit.words]
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
            refs = tuple(unit.words[i] for i in tok.words)
            tokens.append(TokenSpan(pos_line, pos_line + len(text), tok.kind, li, refs))
            parts.append(text)
            pos_line += len(text) + 1
        line = " ".join(parts)
        lines.append(line)
        pos += len(line) + 1
    return Conversation("\n".join(lines), transcript.language, tuple(units), tuple(tokens))
