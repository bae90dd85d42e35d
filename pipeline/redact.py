"""Decisions and their application: which words go (per the purpose's rules), the
redacted transcript, and the audio span plan.

Each word takes the entity of the highest-scoring finding that covers it (ties go to
removal: when unsure, bleep); the word is removed when that entity is not one the
purpose keeps.
"""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from .rules import PurposeRules
from .types import Decision, Finding, TimeSpan, Transcript, Word, WordRef


@dataclass(frozen=True)
class RedactedWord:
    text: str  # the word, or its replacement when redacted
    start: float
    end: float
    redacted: bool
    entity: str | None


@dataclass(frozen=True)
class RedactedSegment:
    channel: int
    speaker: str
    start: float
    end: float
    text: str
    words: tuple[RedactedWord, ...]


def decide(findings: list[Finding], rules: PurposeRules) -> list[Decision]:
    keep = set(rules.keep)
    return [Decision(f, "keep" if f.entity in keep else "remove",
                     f"keep:{f.entity}" if f.entity in keep else "deny-by-default",
                     rules.operator(f.entity)) for f in findings]


CONTAINERS = {"EMAIL_ADDRESS", "ADDRESS"}  # hold names ("mario.rossi@...", "via Giuseppe Verdi")


def _winner(candidates: list[Decision]) -> Decision:
    """Highest score wins, removal wins ties; a name inside an e-mail or an address is part of it."""
    if any(d.finding.entity in CONTAINERS for d in candidates):
        candidates = [d for d in candidates if d.finding.entity != "PERSON"]  # "14 Mill Lane, Leeds": no name
    return max(candidates, key=lambda d: (d.finding.score, d.action == "remove"))


def word_verdicts(decisions: list[Decision]) -> dict[WordRef, Decision]:
    """The decision that governs each word."""
    per_word: dict[WordRef, list[Decision]] = {}
    for d in decisions:
        for ref in d.finding.words:
            per_word.setdefault(ref, []).append(d)
    return {ref: _winner(ds) for ref, ds in per_word.items()}


def _replacement(entity: str, operator: str, words: list[Word], salt: bytes) -> str:
    if operator == "mask":
        return "*" * 5
    if operator == "hash":
        value = " ".join(w.text for w in words).encode()
        return f"<{entity}:{hmac.new(salt, value, hashlib.sha256).hexdigest()[:10]}>"
    return f"[{entity}]"


def join_words(parts: list[str]) -> str:
    """Whisper's words as text: "l" "'ordine" -> "l'ordine", "363" ".674" -> "363.674"."""
    text = ""
    for p in parts:
        glued = p.startswith(("'", "’", ".", ",", "-")) and not p.startswith("...") or text.endswith(("'", "’"))
        text += p if glued or not text else " " + p
    return text


def redact_transcript(transcript: Transcript, verdicts: dict[WordRef, Decision], salt: bytes) -> list[RedactedSegment]:
    out = []
    for si, seg in enumerate(transcript.segments):
        words: list[RedactedWord] = []
        parts: list[str] = []
        run: list[Word] = []
        run_decision: Decision | None = None

        def flush() -> None:
            nonlocal run, run_decision
            if run and run_decision is not None:
                parts.append(_replacement(run_decision.finding.entity, run_decision.operator, run, salt))
            run, run_decision = [], None

        for wi, w in enumerate(seg.words):
            d = verdicts.get(WordRef(si, wi))
            if d is not None and d.action == "remove":
                if run_decision is not None and run_decision.finding.entity != d.finding.entity:
                    flush()
                run.append(w)
                run_decision = d
                words.append(RedactedWord(f"[{d.finding.entity}]", w.start, w.end, True, d.finding.entity))
            else:
                flush()
                parts.append(w.text)
                words.append(RedactedWord(w.text, w.start, w.end, False,
                                          d.finding.entity if d is not None else None))
        flush()
        out.append(RedactedSegment(seg.channel, seg.speaker, seg.start, seg.end, join_words(parts), tuple(words)))
    return out


def removed_spans(transcript: Transcript, verdicts: dict[WordRef, Decision]) -> list[TimeSpan]:
    spans = []
    for ref, d in verdicts.items():
        if d.action == "remove":
            w = transcript.segments[ref.segment].words[ref.word]
            spans.append(TimeSpan(transcript.segments[ref.segment].channel, w.start, w.end, d.finding.entity))
    return spans


def verified_decisions(transcript: Transcript, verdicts: dict[WordRef, Decision], added: tuple[TimeSpan, ...], *,
                       any_channel: bool) -> list[Decision]:
    """The words under bleeps the verification pass added are removed from the transcript too."""
    out = []
    for si, seg in enumerate(transcript.segments):
        for wi, w in enumerate(seg.words):
            ref = WordRef(si, wi)
            if ref in verdicts and verdicts[ref].action == "remove":
                continue
            for span in added:
                if (any_channel or span.channel == seg.channel) and w.start < span.end and span.start < w.end:
                    entity = span.entity.removeprefix("VERIFY:").replace("DIGITS", "ID_NUMBER")
                    f = Finding(entity, seg.channel, w.start, w.end, 1.0, "Verification", (ref,))
                    out.append(Decision(f, "remove", "verification", "label"))
                    break
    return out


def kept_spans(decisions: list[Decision]) -> list[TimeSpan]:
    return [TimeSpan(d.finding.channel, d.finding.start, d.finding.end, d.finding.entity)
            for d in decisions if d.action == "keep"]


def plan_bleeps(spans: list[TimeSpan], *, pad_s: float, merge_gap_s: float, duration: float) -> list[TimeSpan]:
    """Pad, clamp and merge spans per channel."""
    by_channel: dict[int, list[tuple[float, float, str]]] = {}
    for s in spans:
        by_channel.setdefault(s.channel, []).append((max(0.0, s.start - pad_s), min(duration, s.end + pad_s), s.entity))
    out = []
    for ch, items in sorted(by_channel.items()):
        items.sort()
        cur_a, cur_b, ents = items[0][0], items[0][1], {items[0][2]}
        for a, b, e in items[1:]:
            if a - cur_b <= merge_gap_s:
                cur_b, ents = max(cur_b, b), ents | {e}
            else:
                out.append(TimeSpan(ch, round(cur_a, 3), round(cur_b, 3), "+".join(sorted(ents))))
                cur_a, cur_b, ents = a, b, {e}
        out.append(TimeSpan(ch, round(cur_a, 3), round(cur_b, 3), "+".join(sorted(ents))))
    return out
