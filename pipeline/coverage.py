"""Speech the recogniser did not transcribe. Whisper skips stretches (a dictated card
number can vanish inside one 9-second "word"); what was never transcribed was never
checked, so by default it is bleeped (rule `audio.untranscribed`)."""
from __future__ import annotations

from .types import TimeSpan, Transcript

TOLERANCE_S = 0.25  # word timestamps drift


def max_duration(text: str) -> float:
    """The longest a word with this text plausibly lasts; beyond it, whisper swallowed speech
    into the word (a dictated card number once vanished inside a 9-second "il")."""
    digits = sum(c.isdigit() for c in text)
    return 1.0 + 0.7 * digits + 0.12 * (len(text) - digits)


def untranscribed(transcript: Transcript, regions: dict[int, list[tuple[float, float]]], *,
                  min_s: float, kept: list[TimeSpan] = ()) -> list[TimeSpan]:
    """Speech regions (per channel) not covered by any word (swallowed long words count as
    not covering), less the stretches of data the purpose keeps (mangled kept data)."""
    out = []
    for ch, speech in regions.items():
        covered = [(w.start - TOLERANCE_S, w.end + TOLERANCE_S) for s in transcript.segments
                   if s.channel == ch for w in s.words if w.end - w.start <= max_duration(w.text)]
        covered += [(k.start, k.end) for k in kept if k.channel == ch]
        words = sorted(covered)
        for a, b in speech:
            cursor = a
            for wa, wb in words:
                if wb <= cursor or wa >= b:
                    continue
                if wa - cursor >= min_s:
                    out.append(TimeSpan(ch, round(cursor, 3), round(wa, 3), "UNTRANSCRIBED_SPEECH"))
                cursor = max(cursor, wb)
            if b - cursor >= min_s:
                out.append(TimeSpan(ch, round(cursor, 3), round(b, 3), "UNTRANSCRIBED_SPEECH"))
    return out
