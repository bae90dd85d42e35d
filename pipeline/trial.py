"""Try the rules on typed text: what would be removed, and why. For DPOs
(`sottovoce rules try`) and for tests that need a transcript without audio
(a fake transcriber, as httpx's MockTransport stands in for the network)."""
from __future__ import annotations

from dataclasses import dataclass

from . import conversation, detect, redact
from .rules import PurposeRules
from .types import Decision, Segment, Transcript, Word

WORD_S = 0.4  # pretend each word lasts this long


def text_transcript(turns: list[tuple[str, str]] | str, language: str) -> Transcript:
    """A transcript from text: one segment per (speaker, text) turn; a plain string is one mixed turn.
    Speakers "agent"/"customer" go on channels 0/1."""
    if isinstance(turns, str):
        turns = [("mixed", turns)]
    segments, t = [], 0.0
    for speaker, text in turns:
        words = []
        for w in text.split():
            words.append(Word(w, round(t, 3), round(t + WORD_S * 0.9, 3)))
            t += WORD_S
        if words:
            segments.append(Segment(1 if speaker == "customer" else 0, speaker, words[0].start, words[-1].end,
                                    tuple(words)))
        t += 1.0
    return Transcript(language, t, tuple(segments))


@dataclass(frozen=True)
class Trial:
    transcript: Transcript
    decisions: list[Decision]
    redacted_text: str


def try_rules(turns: list[tuple[str, str]] | str, language: str, rules: PurposeRules) -> Trial:
    transcript = text_transcript(turns, language)
    conv = conversation.build(transcript)
    decisions = redact.decide(detect.detect(transcript, conv, rules), rules)
    segments = redact.redact_transcript(transcript, redact.word_verdicts(decisions), b"trial")
    return Trial(transcript, decisions, "\n".join(f"{s.speaker}: {s.text}" for s in segments))


def removed_text(trial: Trial) -> list[tuple[str, str]]:
    """(entity, words) of every removed finding: for tests and the DPO's own typed text only."""
    out = []
    for d in trial.decisions:
        if d.action == "remove":
            words = [trial.transcript.segments[r.segment].words[r.word].text for r in d.finding.words]
            out.append((d.finding.entity, " ".join(words)))
    return out
