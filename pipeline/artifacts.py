"""What an artifact of the store is: its kind, checksum and expiry.

Kinds follow the purposes' retention rules (`RetentionRule`): `raw_audio` (the recording as
received, kept only where `raw_audio_days > 0`), `audio` (the bleeped audio), `transcript`
(its three files) and `report`. Retention runs from the call's `recorded_at` (when the data was
collected), or from when the outputs were written if the sidecar gives no time.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Optional

from .rules import RetentionRule

KINDS = ("raw_audio", "audio", "transcript", "report")
OUTPUT_KINDS = {"audio.wav": "audio", "transcript.json": "transcript", "transcript.txt": "transcript",
                "transcript.vtt": "transcript", "report.json": "report"}
AREAS = ("calls", "held")  # where a call's outputs are committed (held: kept apart for notice review)
RAW_STEM = "audio"  # raw/<call_id>/audio<suffix>: the inbox file name could name a person


@dataclass(frozen=True)
class ArtifactFile:
    """One file of a call, as the catalog records it (path relative to the store root)."""

    kind: str
    path: str
    checksum: str  # sha256 hex
    size: int
    expires: Optional[datetime]


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def as_utc(value: datetime) -> datetime:
    """A naive time is taken as UTC."""
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def parse_time(text: Optional[str]) -> Optional[datetime]:
    """A sidecar's `recorded_at` (ISO 8601), or None when absent or unreadable."""
    if not text:
        return None
    try:
        return as_utc(datetime.fromisoformat(text))
    except ValueError:
        return None


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def retention_days(rule: RetentionRule, kind: str) -> int:
    return {"raw_audio": rule.raw_audio_days, "audio": rule.audio_days,
            "transcript": rule.transcript_days, "report": rule.report_days}[kind]


def expiry(rule: RetentionRule, kind: str, since: datetime) -> datetime:
    return as_utc(since) + timedelta(days=retention_days(rule, kind))


def describe(root: Path, path: Path, kind: str, rule: RetentionRule, since: datetime) -> ArtifactFile:
    return ArtifactFile(kind, path.relative_to(root).as_posix(), sha256_file(path), path.stat().st_size,
                        expiry(rule, kind, since))


def committed_dir(root: Path, call_id: str) -> Optional[Path]:
    """The committed output folder of a call (`calls/` or `held/`), if its report is there."""
    for area in AREAS:
        d = root / area / call_id
        if (d / "report.json").is_file():
            return d
    return None


def output_files(root: Path, out_dir: Path, rule: RetentionRule, since: datetime) -> list[ArtifactFile]:
    return [describe(root, p, OUTPUT_KINDS[p.name], rule, since)
            for p in sorted(out_dir.iterdir()) if p.name in OUTPUT_KINDS and p.is_file()]
