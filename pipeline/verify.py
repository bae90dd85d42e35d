"""Verification, fail closed: listen again to the bleeped audio around each bleep and widen
the bleep where a removed value can still be heard.

The stretches at the edges of the bleeps (`context_s` outside, a little inside) are laid end
to end and transcribed in one whisper pass. A must-go finding in what whisper now hears, or digits
right at a bleep's edge (the tail of a number the first pass cut short), outside the
current bleeps, becomes a new bleep.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, replace

from . import asr, conversation, detect, redact
from .audio import Audio, to_whisper
from .rules import PurposeRules
from .types import Segment, TimeSpan, Transcript

EDGE_S = 0.6  # digits this close to a bleep's edge are the rest of the bleeped number
INSIDE_S = 0.3  # how far into a bleep each listening window reaches


@dataclass(frozen=True)
class Verification:
    checked: int  # bleeps listened to again
    added: tuple[TimeSpan, ...]  # new spans to bleep
    seconds: float


def _inside(a: float, b: float, spans: list[TimeSpan]) -> bool:
    return any(s.start - 0.05 <= a and b <= s.end + 0.05 for s in spans)


def _touches(span: TimeSpan, spans: list[TimeSpan]) -> bool:
    """Next to a bleep: what the re-listening hears elsewhere has no dialogue context to trust."""
    return any(span.start <= s.end + EDGE_S and s.start - EDGE_S <= span.end for s in spans)


def verify(bleeped: Audio, plan: list[TimeSpan], language: str, rules: PurposeRules,
           options: asr.AsrOptions, *, context_s: float = 1.5) -> Verification:
    t0 = time.perf_counter()
    quick = replace(options, beam_size=1)  # a check, not the transcript: greedy decoding is enough
    added: list[TimeSpan] = []
    for ch in sorted({s.channel for s in plan}):
        spans = [s for s in plan if s.channel == ch]
        # the edges only: inside a bleep there is the tone; a value still heard is next to it
        windows = sorted(w for s in spans for w in ((max(0.0, s.start - context_s), s.start + INSIDE_S),
                                                    (max(0.0, s.end - INSIDE_S), s.end + context_s)))
        packed = asr.compact(to_whisper(bleeped, ch), windows, pad_s=0.0, gap_s=0.4)
        heard = [tuple(packed.word(w) for w in words)
                 for _, _, words in asr.transcribe_samples(packed.samples, language, quick)]
        segments = tuple(Segment(ch, "mixed", ws[0].start, ws[-1].end, ws) for ws in heard if ws)
        transcript = Transcript(language, bleeped.duration, segments)
        conv = conversation.build(transcript)
        verdicts = redact.word_verdicts(redact.decide(detect.detect(transcript, conv, rules), rules))
        for ref, d in verdicts.items():
            w = transcript.segments[ref.segment].words[ref.word]
            span = TimeSpan(ch, w.start, w.end, f"VERIFY:{d.finding.entity}")
            # without the dialogue around it, only a number is evidence enough to widen a bleep
            if (d.action == "remove" and any(c.isdigit() for c in w.text) and not _inside(w.start, w.end, spans)
                    and _touches(span, spans)):
                added.append(span)
        for seg in segments:
            for w in seg.words:
                near_edge = any(0 <= w.start - s.end <= EDGE_S or 0 <= s.start - w.end <= EDGE_S for s in spans)
                if near_edge and any(c.isdigit() for c in w.text) and not _inside(w.start, w.end, spans):
                    added.append(TimeSpan(ch, w.start, w.end, "VERIFY:DIGITS"))
    return Verification(len(plan), tuple(added), time.perf_counter() - t0)
