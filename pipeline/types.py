"""Typed values passed between the pipeline's stages.

audio -> Transcript (Segments of Words, per channel) -> Findings -> Decisions
-> redacted outputs. Every value is a frozen dataclass: no loose dicts.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class Word:
    """One recognised word with its times in seconds from the start of the recording."""

    text: str
    start: float
    end: float
    probability: float = 1.0


@dataclass(frozen=True)
class Segment:
    """A stretch of speech on one channel (one whisper segment)."""

    channel: int
    speaker: str  # "agent", "customer" or "mixed"
    start: float
    end: float
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(frozen=True)
class Transcript:
    language: str
    duration: float
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class WordRef:
    """Address of one word in a transcript: segment index and word index."""

    segment: int
    word: int


@dataclass(frozen=True)
class Finding:
    """Personal data found in the transcript. Carries no value, only where it is."""

    entity: str
    channel: int
    start: float
    end: float
    score: float
    recognizer: str
    words: tuple[WordRef, ...]
    cue: Optional[str] = None  # the cue that raised or confirmed it (a rule word, never a value)


@dataclass(frozen=True)
class Decision:
    """What the purpose's rules say about one finding."""

    finding: Finding
    action: str  # "remove" or "keep"
    rule: str  # e.g. "keep:PERSON" or "deny-by-default"
    operator: str = "label"


@dataclass(frozen=True)
class TimeSpan:
    channel: int
    start: float
    end: float
    entity: str = ""


@dataclass(frozen=True)
class CallSpec:
    """What the sidecar (and command-line overrides) say about a recording."""

    call_id: str
    purpose: str
    language: Optional[str]
    channels: dict = field(default_factory=dict)  # {0: "agent", 1: "customer"} or {0: "mixed"}
    recorded_at: Optional[str] = None
    customer_ref: Optional[str] = None
