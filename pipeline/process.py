"""One call through every stage: decode, transcribe, detect, decide, bleep, write.

Plain Python over the stage modules; the CLI and the Prefect flows both call
`process_call`. Personal data stays inside: the returned CallResult carries counts
and times only.
"""
from __future__ import annotations

import logging
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from . import asr, audio as audio_mod, conversation, coverage, detect, notice, outputs, redact
from . import verify as verify_mod
from .artifacts import sha256_file
from .errors import InputError, StageFailed
from .rules import LoadedRules, load_purpose
from .sidecar import load_sidecar
from .store import Store, write_json, write_text
from .types import CallSpec, TimeSpan

log = logging.getLogger("sottovoce")


@dataclass(frozen=True)
class ProcessOptions:
    asr: asr.AsrOptions = asr.AsrOptions()
    rules_dir: Optional[Path] = None
    purpose: Optional[str] = None  # overrides the sidecar
    language: Optional[str] = None  # overrides the sidecar
    verify: Optional[bool] = None  # the verification pass; None = as the rules say (audio.verify)


@dataclass(frozen=True)
class CallResult:
    """What a processed call reports: counts and times, never a value."""

    call_id: str
    purpose: str
    language: str
    duration: float
    removed: dict = field(default_factory=dict)  # entity -> count
    bleeped_seconds: float = 0.0
    notice_present: bool = False
    output_dir: str = ""
    seconds: float = 0.0

    def summary(self) -> str:
        ents = ", ".join(f"{k} x{v}" for k, v in sorted(self.removed.items())) or "nothing"
        return (f"{self.call_id}: {self.purpose}/{self.language}, {self.duration:.0f} s audio - removed {ents}; "
                f"{self.bleeped_seconds:.1f} s bleeped; notice {'given' if self.notice_present else 'MISSING'} "
                f"({self.seconds:.1f} s)")


def _salt(store: Store) -> bytes:
    """The store's secret salt for the `hash` operator, made once."""
    return store.salt()


@contextmanager
def _stage(name: str, call_id: str, timings: dict[str, float]) -> Iterator[None]:
    """Time a stage; wrap an unexpected failure as StageFailed naming stage and call."""
    t = time.perf_counter()
    try:
        yield
    except (InputError, StageFailed):
        raise
    except Exception as err:  # noqa: BLE001 - any other failure is this stage's
        raise StageFailed(name, call_id, err) from err
    finally:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - t


EXTEND_END_S, EXTEND_START_S = 0.9, 0.3


def through_speech(span: TimeSpan, regions: list[tuple[float, float]]) -> tuple[float, float]:
    """Whisper closes a word early, worst before a pause: a bleep that ends (or starts) just
    short of the end (start) of a stretch of speech is carried to that edge."""
    start, end = span.start, span.end
    for a, b in regions:
        if a < end < b <= end + EXTEND_END_S:
            end = b + 0.05
        if start - EXTEND_START_S <= a < start < b:
            start = a - 0.05
    return max(0.0, start), end


def _placed(audio: audio_mod.Audio, spans: list[TimeSpan], rules, regions: dict[int, list[tuple[float, float]]],
            mixed_all: bool) -> list[TimeSpan]:
    """Spans made bleeps: on every channel of a mono mix, padded and merged, carried to the
    edge of the speech, snapped to quiet points."""
    if mixed_all:
        spans = [TimeSpan(c, s.start, s.end, s.entity) for s in spans for c in range(audio.channels)]
    out = []
    for s in redact.plan_bleeps(spans, pad_s=rules.audio.pad_s, merge_gap_s=rules.audio.merge_gap_s,
                                duration=audio.duration):
        start, end = through_speech(s, regions.get(0 if mixed_all else s.channel, []))
        start, end = audio_mod.snap_to_quiet(audio, s.channel, start, end)
        out.append(TimeSpan(s.channel, start, end, s.entity))
    return out


def load_call(path: Path, options: ProcessOptions) -> tuple[CallSpec, LoadedRules]:
    """Sidecar and rules: cheap checks done before any audio work."""
    spec = load_sidecar(path, purpose=options.purpose, language=options.language)
    return spec, load_purpose(spec.purpose, options.rules_dir)


def process_call(path: str | os.PathLike, store: Store, options: ProcessOptions = ProcessOptions()) -> CallResult:
    path = Path(path)
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    spec, loaded = load_call(path, options)
    rules = loaded.rules
    cid = spec.call_id
    with _stage("decode", cid, timings):
        source_sha256 = sha256_file(path)  # in the report: a re-run takes over outputs of this recording only
        audio = audio_mod.decode(path)
    with _stage("transcribe", cid, timings):
        transcript = asr.transcribe(audio, spec, options.asr)
    with _stage("detect", cid, timings):
        conv = conversation.build(transcript)
        findings = detect.detect(transcript, conv, rules)
        decisions = redact.decide(findings, rules)
        verdicts = redact.word_verdicts(decisions)
        segments = redact.redact_transcript(transcript, verdicts, _salt(store))
        notice_result = notice.check_notice(transcript, rules.notice)
    with _stage("bleep", cid, timings):
        roles = asr.channel_roles(spec, audio)
        mixed_all = roles[0][0] is None  # a mono mix of a multi-channel file stands for every channel
        regions = {0 if ch is None else ch: asr.regions_for(audio, ch) for ch, _ in roles}
        kept = redact.kept_spans(decisions)
        gaps = (coverage.untranscribed(transcript, regions, min_s=rules.audio.untranscribed_min_s, kept=kept)
                if rules.audio.untranscribed == "bleep" else [])
        placed = _placed(audio, redact.removed_spans(transcript, verdicts) + gaps, rules, regions, mixed_all)
        plan = redact.plan_bleeps(placed, pad_s=0.0, merge_gap_s=rules.audio.merge_gap_s, duration=audio.duration)
        style = audio_mod.BleepStyle(mode=rules.audio.mode, frequency_hz=rules.audio.frequency_hz,
                                     level_db=rules.audio.level_db)
        bleeped = audio_mod.bleep(audio, [(s.channel, s.start, s.end) for s in plan], style)
    check = None
    if (rules.audio.verify if options.verify is None else options.verify) and plan:
        with _stage("verify", cid, timings):
            check = verify_mod.verify(bleeped, plan, transcript.language, rules, options.asr)
            if check.added:
                added = _placed(audio, list(check.added), rules, regions, mixed_all)
                plan = redact.plan_bleeps(plan + added, pad_s=0.0, merge_gap_s=rules.audio.merge_gap_s,
                                          duration=audio.duration)
                bleeped = audio_mod.bleep(audio, [(s.channel, s.start, s.end) for s in plan], style)
                extra = redact.verified_decisions(transcript, verdicts, check.added, any_channel=mixed_all)
                decisions += extra
                verdicts = redact.word_verdicts(decisions)
                segments = redact.redact_transcript(transcript, verdicts, _salt(store))
    # the purpose's notice policy: flag (report only), hold (outputs kept apart for review),
    # discard (no recording of a call without a notice is kept: only its report)
    policy = "flag" if notice_result.present else rules.notice.on_missing
    with _stage("write", cid, timings):
        staging = store.staging(cid)
        if policy != "discard":
            audio_mod.write_wav(staging / "audio.wav", bleeped)
            write_json(staging / "transcript.json",
                       outputs.transcript_json(spec, transcript.language, audio.duration, segments, loaded.version))
            write_text(staging / "transcript.txt", outputs.transcript_txt(segments))
            write_text(staging / "transcript.vtt", outputs.transcript_vtt(segments))
        timings["total"] = time.perf_counter() - t0
        report = outputs.report_json(spec, transcript.language, audio.duration, decisions, plan, gaps, notice_result,
                                     loaded.version, loaded.path.name, options.asr.model or "default", dict(timings),
                                     None if check is None else {"checked": check.checked, "widened": len(check.added)})
        report["notice"]["action"] = {"flag": "flagged" if not notice_result.present else "none",
                                      "hold": "held for review", "discard": "outputs discarded"}[policy]
        report["source_sha256"] = source_sha256  # a checksum of the recording, not its content
        write_json(staging / "report.json", report)
        final = store.commit(staging, cid, area="held" if policy == "hold" else "calls")
    return CallResult(cid, spec.purpose, transcript.language, audio.duration, report["removed_per_entity"],
                      report["bleeped_seconds"], notice_result.present, str(final), time.perf_counter() - t0)
