"""Test kit for the operations tests: calls in an inbox, and a stand-in for `process_call`
that writes a call's five output files without running whisper (as a fake transcriber would),
so the catalog, lifecycle, retention and request tests take milliseconds. The database is
always real: SQLite, or PostgreSQL when SOTTOVOCE_TEST_PG_URL names a server."""
from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path

from pipeline.artifacts import sha256_file
from pipeline.process import CallResult, ProcessOptions, load_call
from pipeline.store import Store, write_json, write_text

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "redaction_rules"
RECORDED_AT = "2026-11-20T09:00:00Z"  # technical_support: audio 30 d, transcript 365 d, report 3650 d


def add_call(inbox: Path, call_id: str, *, customer_ref: str | None = None, purpose: str = "technical_support",
             recorded_at: str | None = RECORDED_AT, audio: bytes | None = None) -> Path:
    """`<call_id>.wav` (bytes only: the stand-in never decodes them) and its sidecar."""
    inbox.mkdir(parents=True, exist_ok=True)
    wav = inbox / f"{call_id}.wav"
    wav.write_bytes(audio if audio is not None else b"RIFF" + call_id.encode() + os.urandom(64))
    sidecar = {"call_id": call_id, "purpose": purpose, "language": "en", "channels": {"0": "mixed"}}
    if recorded_at is not None:
        sidecar["recorded_at"] = recorded_at
    if customer_ref is not None:
        sidecar["customer_ref"] = customer_ref
    (inbox / f"{call_id}.json").write_text(json.dumps(sidecar))
    return wav


class FakeProcess:
    """Stands in for `pipeline.process.process_call`: commits outputs through the real store
    (staging folder, fsync, rename) and remembers which calls it processed."""

    def __init__(self, *, area: str = "calls"):
        self.processed: list[str] = []
        self.area = area

    def __call__(self, path, store: Store, options: ProcessOptions = ProcessOptions()) -> CallResult:
        spec, loaded = load_call(Path(path), options)
        staging = store.staging(spec.call_id)
        (staging / "audio.wav").write_bytes(b"RIFF-bleeped-" + Path(path).read_bytes())
        write_json(staging / "transcript.json", {"call_id": spec.call_id, "segments": []})
        write_text(staging / "transcript.txt", f"[00:00:00.000] agent: call {spec.call_id} [PERSON]\n")
        write_text(staging / "transcript.vtt", "WEBVTT\n")
        write_json(staging / "report.json", {
            "call_id": spec.call_id, "purpose": spec.purpose, "language": "en", "duration": 1.0,
            "recorded_at": spec.recorded_at, "rules": {"version": loaded.version, "file": loaded.path.name},
            "removed_per_entity": {"PERSON": 1}, "bleeped_seconds": 0.5,
            "notice": {"present": True, "action": "none"}, "source_sha256": sha256_file(Path(path))})
        out = store.commit(staging, spec.call_id, area=self.area)
        self.processed.append(spec.call_id)
        return CallResult(spec.call_id, spec.purpose, "en", 1.0, {"PERSON": 1}, 0.5, True, str(out), 0.0)


def rules_with(tmp: Path, purpose: str, **retention: int) -> Path:
    """A copy of the shipped rules with `purpose`'s retention changed."""
    import yaml

    dest = tmp / f"rules-{uuid.uuid4().hex[:6]}"
    shutil.copytree(RULES, dest)
    f = dest / f"{purpose}.yaml"
    data = yaml.safe_load(f.read_text())
    data.setdefault("retention", {}).update(retention)
    f.write_text(yaml.safe_dump(data, sort_keys=False))
    return dest
