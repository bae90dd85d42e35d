"""Serialise a processed call: transcript.json, transcript.txt, transcript.vtt and
report.json, exactly as the output contract in DESIGN.md says. Only redacted text
reaches these writers."""
from __future__ import annotations

from dataclasses import asdict

from .notice import NoticeResult
from .redact import RedactedSegment
from .types import CallSpec, Decision, TimeSpan


def transcript_json(spec: CallSpec, language: str, duration: float, segments: list[RedactedSegment],
                    rules_version: str) -> dict:
    return {
        "call_id": spec.call_id, "purpose": spec.purpose, "language": language, "duration": round(duration, 3),
        "rules_version": rules_version,
        "segments": [{
            "channel": s.channel, "speaker": s.speaker, "start": round(s.start, 3), "end": round(s.end, 3),
            "text": s.text,
            "words": [{"text": w.text, "start": w.start, "end": w.end, "redacted": w.redacted, "entity": w.entity}
                      for w in s.words],
        } for s in segments],
    }


def _ts(t: float, sep: str = ".") -> str:
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def transcript_txt(segments: list[RedactedSegment]) -> str:
    return "".join(f"[{_ts(s.start)} - {_ts(s.end)}] {s.speaker} (ch {s.channel}): {s.text}\n" for s in segments)


def transcript_vtt(segments: list[RedactedSegment]) -> str:
    cues = [f"{_ts(s.start)} --> {_ts(max(s.end, s.start + 0.01))}\n<v {s.speaker}>{s.text.replace('-->', '->')}\n"
            for s in segments]
    return "WEBVTT\n\n" + "\n".join(cues)


def report_json(spec: CallSpec, language: str, duration: float, decisions: list[Decision], bleeps: list[TimeSpan],
                untranscribed: list[TimeSpan], notice: NoticeResult, rules_version: str, rules_path: str,
                model: str, timings: dict[str, float], verification: dict | None = None) -> dict:
    removed: dict[str, int] = {}
    for d in decisions:
        if d.action == "remove":
            removed[d.finding.entity] = removed.get(d.finding.entity, 0) + 1
    return {
        "call_id": spec.call_id, "purpose": spec.purpose, "language": language, "duration": round(duration, 3),
        "recorded_at": spec.recorded_at,
        "rules": {"version": rules_version, "file": rules_path},
        "asr_model": model,
        "findings": [{
            "entity": d.finding.entity, "channel": d.finding.channel, "start": d.finding.start, "end": d.finding.end,
            "score": d.finding.score, "recognizer": d.finding.recognizer, "cue": d.finding.cue,
            "decision": d.action, "rule": d.rule, "operator": d.operator,
        } for d in decisions],
        "removed_per_entity": removed,
        "bleeps": [asdict(b) for b in bleeps],
        "bleeped_seconds": round(sum(b.end - b.start for b in bleeps), 3),
        "untranscribed_speech": [asdict(u) for u in untranscribed],
        "notice": asdict(notice),
        "verification": verification,
        "timings_s": {k: round(v, 3) for k, v in timings.items()},
    }
