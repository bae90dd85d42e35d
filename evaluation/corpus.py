"""Score a store's outputs against a labelled corpus in the ../shared/corpus format.

Audio, per labelled span (as the corpus scorer does): a must-go span is handled when >= 90 %
of it is bleeped on its channel, a must-keep span when <= 10 % is; over-redaction is the
share of other speech that was bleeped. Which labels are must-go comes from the purpose's
rules under evaluation, so a DPO sees what a change costs.
Transcript, per entity: recall = labelled spans that a finding of the same entity overlaps;
precision = findings that overlap a labelled span of their entity.
"""
from __future__ import annotations

import json
import wave
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

UNSCORED = {"AGENT_NAME"}
ALWAYS_KEEP = {"NONPII_NUMBER"}


@dataclass
class Tally:
    ok: int = 0
    n: int = 0

    def add(self, good: bool) -> None:
        self.ok += good
        self.n += 1

    @property
    def rate(self) -> float:
        return self.ok / self.n if self.n else 1.0


@dataclass
class CorpusScore:
    calls: int = 0
    redact: Tally = field(default_factory=Tally)
    keep: Tally = field(default_factory=Tally)
    per_label: dict = field(default_factory=lambda: defaultdict(Tally))
    over: list = field(default_factory=list)
    recall: dict = field(default_factory=lambda: defaultdict(Tally))
    precision: dict = field(default_factory=lambda: defaultdict(Tally))
    notice: Tally = field(default_factory=Tally)
    missing: list = field(default_factory=list)

    @property
    def over_redaction(self) -> float:
        return float(np.mean(self.over)) if self.over else 0.0


def _read(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path)) as w:
        data = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).reshape(-1, w.getnchannels())
        return data.astype(np.int32), w.getframerate()


def _mask(orig: np.ndarray, red: np.ndarray, rate: int) -> np.ndarray:
    diff = np.abs(orig - red) > 2
    frame = max(1, rate // 100)
    n = diff.shape[0] // frame * frame
    return diff[:n].reshape(-1, frame, diff.shape[1]).mean(axis=1) > 0.2


def _frac(mask: np.ndarray, ch: int, start: float, end: float) -> float:
    a, b = int(start * 100), max(int(start * 100) + 1, int(end * 100))
    seg = mask[a:b, ch]
    return float(seg.mean()) if len(seg) else 0.0


def score_call(truth: dict, corpus: Path, call_dir: Path, keep: set[str], result: CorpusScore) -> None:
    orig, rate = _read(corpus / f"{truth['call_id']}.wav")
    red, _ = _read(call_dir / "audio.wav")
    mask = _mask(orig, red, rate)
    protect = np.zeros_like(mask)
    for s in truth["spans"]:
        must = s["label"] not in keep and s["label"] not in ALWAYS_KEEP
        if s["label"] in UNSCORED or must:
            protect[max(0, int((s["start"] - 0.25) * 100)):int((s["end"] + 0.25) * 100), s["channel"]] = True
        if s["label"] in UNSCORED:
            continue
        f = _frac(mask, s["channel"], s["start"], s["end"])
        ok = f >= 0.9 if must else f <= 0.1
        (result.redact if must else result.keep).add(ok)
        result.per_label[f"{s['label']} ({'redact' if must else 'keep'})"].add(ok)
    speech = np.zeros_like(mask)
    for t in truth["turns"]:
        ch = 0 if truth["channels"] == 1 or t["speaker"] == "agent" else 1
        speech[int(t["start"] * 100):int(t["end"] * 100), ch] = True
    outside = speech & ~protect
    result.over.append(float((mask & outside).sum()) / max(1, outside.sum()))
    report = json.loads((call_dir / "report.json").read_text())
    labelled = [s for s in truth["spans"] if s["label"] not in UNSCORED | ALWAYS_KEEP]
    findings = report["findings"]

    def overlaps(f: dict, s: dict) -> bool:
        return f["channel"] == s["channel"] and f["start"] < s["end"] and s["start"] < f["end"]

    for s in labelled:
        result.recall[s["label"]].add(any(f["entity"] == s["label"] and overlaps(f, s) for f in findings))
    named = {"AGENT_NAME": "PERSON"}  # the agent's name is a person's name too
    for f in findings:
        if f["entity"] != "UNTRANSCRIBED_SPEECH":
            result.precision[f["entity"]].add(any(f["entity"] == named.get(s["label"], s["label"]) and overlaps(f, s)
                                                  for s in truth["spans"]))
    if "notice" in truth:
        result.notice.add(report["notice"]["present"] == truth["notice"]["present"])


def score_store(corpus: Path, store: Path, keep_for: dict[str, set[str]]) -> CorpusScore:
    """keep_for: purpose -> entities its rules keep."""
    result = CorpusScore()
    for truth_path in sorted((corpus / "truth").glob("*.truth.json")):
        truth = json.loads(truth_path.read_text())
        call_dir = store / "calls" / truth["call_id"]
        if not (call_dir / "audio.wav").exists() or truth["purpose"] not in keep_for:
            result.missing.append(truth["call_id"])
            continue
        result.calls += 1
        score_call(truth, corpus, call_dir, keep_for[truth["purpose"]], result)
    return result


def format_score(r: CorpusScore) -> str:
    lines = [f"calls scored: {r.calls}" + (f" (not scored: {', '.join(r.missing)})" if r.missing else "")]
    lines.append("audio, per label (handled / spans):")
    lines += [f"  {k:30s} {v.ok}/{v.n}" for k, v in sorted(r.per_label.items())]
    lines.append("transcript, per entity:        recall      precision")
    for e in sorted(set(r.recall) | set(r.precision)):
        rc, pr = r.recall.get(e, Tally()), r.precision.get(e, Tally())
        lines.append(f"  {e:28s} {rc.ok:3d}/{rc.n:<3d} {rc.rate:5.2f}  {pr.ok:3d}/{pr.n:<3d} {pr.rate:5.2f}")
    lines.append(f"redact_recall={r.redact.rate:.3f} keep_rate={r.keep.rate:.3f} "
                 f"over_redaction={r.over_redaction:.4f} notice_agreement={r.notice.rate:.3f}")
    return "\n".join(lines)
