"""Read a store's redacted outputs into the review site's typed values.

Only `calls/<id>/transcript.json` and `calls/<id>/report.json` are read (never a raw
recording, a truth file or a held call). A removed word brings its entity label and its
times, never its text: even an output that carried a value in a removed word, or a hashed
value in a segment's `text`, cannot reach a page through these values.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

ENTITY_RE = re.compile(r"[A-Z][A-Z0-9_]{0,39}")


@dataclass(frozen=True)
class WordView:
    index: int  # the word's index in its segment (what a mark names)
    text: str  # "" for a removed word: its text is never read
    start: float
    end: float
    redacted: bool
    entity: Optional[str]  # a removed word's entity, or a kept word's (the purpose needs it)


@dataclass(frozen=True)
class Chip:
    """A run of removed words of one entity, shown as one labelled chip."""

    first: int
    last: int
    start: float
    end: float
    entity: str


Piece = Union[WordView, Chip]


@dataclass(frozen=True)
class Turn:
    """One segment of the transcript: a speaker's turn, with its times."""

    segment: int
    channel: int
    speaker: str  # agent | customer | mixed
    start: float
    end: float
    words: tuple[WordView, ...]

    @property
    def pieces(self) -> tuple[Piece, ...]:
        out: list[Piece] = []
        run: list[WordView] = []

        def flush() -> None:
            if run:
                out.append(Chip(run[0].index, run[-1].index, run[0].start, run[-1].end, run[0].entity or "REMOVED"))
                run.clear()

        for w in self.words:
            if w.redacted:
                if run and run[-1].entity != w.entity:
                    flush()
                run.append(w)
            else:
                flush()
                out.append(w)
        flush()
        return tuple(out)


@dataclass(frozen=True)
class Span:
    channel: int
    start: float
    end: float


@dataclass(frozen=True)
class CallSummary:
    call_id: str
    purpose: str
    language: str
    recorded_at: Optional[str]
    duration: float
    removed: tuple[tuple[str, int], ...]  # (entity, count), sorted by entity
    bleeped_seconds: float
    notice_present: bool
    notice_action: str  # none | flagged | outputs discarded
    rules_version: str
    has_outputs: bool  # transcript.json and audio.wav are there (not when the notice policy discarded them)

    @property
    def removed_total(self) -> int:
        return sum(n for _, n in self.removed)


@dataclass(frozen=True)
class CallView:
    summary: CallSummary
    turns: tuple[Turn, ...]  # by start time, both channels interleaved
    untranscribed: tuple[Span, ...]  # speech with no words, bleeped whole


def _entity(value: object) -> Optional[str]:
    """An entity label as the pipeline writes it; anything else is shown as a generic label."""
    if value is None:
        return None
    return value if isinstance(value, str) and ENTITY_RE.fullmatch(value) else "REMOVED"


def call_ids(store_root: Path) -> list[str]:
    calls = Path(store_root) / "calls"
    if not calls.is_dir():
        return []
    return sorted(p.name for p in calls.iterdir()
                  if p.is_dir() and not p.name.startswith(".") and (p / "report.json").is_file())


def _read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def load_summary(store_root: Path, call_id: str) -> CallSummary:
    folder = Path(store_root) / "calls" / call_id
    r = _read_json(folder / "report.json")
    removed = r.get("removed_per_entity") or {}
    notice = r.get("notice") or {}
    return CallSummary(
        call_id=call_id, purpose=str(r.get("purpose", "")), language=str(r.get("language", "")),
        recorded_at=r.get("recorded_at"), duration=float(r.get("duration", 0.0)),
        removed=tuple(sorted((_entity(k) or "REMOVED", int(v)) for k, v in removed.items())),
        bleeped_seconds=float(r.get("bleeped_seconds", 0.0)), notice_present=bool(notice.get("present")),
        notice_action=str(notice.get("action", "none")), rules_version=str((r.get("rules") or {}).get("version", "")),
        has_outputs=(folder / "transcript.json").is_file() and (folder / "audio.wav").is_file())


def turns_from_transcript(transcript: dict) -> tuple[Turn, ...]:
    turns = []
    for si, seg in enumerate(transcript.get("segments", [])):
        words = tuple(
            WordView(wi, "" if w.get("redacted") else str(w.get("text", "")), float(w["start"]), float(w["end"]),
                     bool(w.get("redacted")), _entity(w.get("entity")) if w.get("redacted") or w.get("entity") else None)
            for wi, w in enumerate(seg.get("words", [])))
        turns.append(Turn(si, int(seg["channel"]), str(seg.get("speaker", "mixed")), float(seg["start"]),
                          float(seg["end"]), words))
    return tuple(sorted(turns, key=lambda t: (t.start, t.channel, t.segment)))


def load_call(store_root: Path, call_id: str) -> CallView:
    folder = Path(store_root) / "calls" / call_id
    summary = load_summary(store_root, call_id)
    report = _read_json(folder / "report.json")
    gaps = tuple(Span(int(u["channel"]), float(u["start"]), float(u["end"]))
                 for u in report.get("untranscribed_speech") or [])
    turns = turns_from_transcript(_read_json(folder / "transcript.json")) if summary.has_outputs else ()
    return CallView(summary, turns, gaps)
