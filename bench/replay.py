"""Replay detection over cached transcripts: whisper runs once per call, every later run of
the detection code reads its transcript from the cache, so a change is measured in seconds.

usage: python bench/replay.py SET_DIR [--cache DIR] [--store DIR] [--verify] [--misses] [--rules DIR]

SET_DIR is a labelled set in the corpus format (../shared/corpus/dev, bench/heldout*.py output).
The first run transcribes each call (as `sottovoce process` does) and keeps the transcript in
--cache (default SET_DIR/../<set>.transcripts, a dev folder: transcripts are personal data in a
real deployment); later runs skip whisper. Verification (`--verify`) listens again to the new
bleeps and is not cached: without it the figures are those of the first-pass bleeps.
Prints the per-label scores, the three figures, and with --misses each must-go span left
audible and each kept span bleeped, with what whisper wrote there (truth values are printed:
these are synthetic calls). A dev tool: it reads the truth files, the pipeline never does.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation.corpus import _frac, _mask, _read, format_score, score_store  # noqa: E402
from pipeline import asr, process  # noqa: E402
from pipeline.rules import load_purpose  # noqa: E402
from pipeline.store import Store  # noqa: E402
from pipeline.types import Segment, Transcript, Word  # noqa: E402


def _dump(t: Transcript) -> dict:
    return dataclasses.asdict(t)


def _load(d: dict) -> Transcript:
    segs = tuple(Segment(s["channel"], s["speaker"], s["start"], s["end"], tuple(Word(**w) for w in s["words"]))
                 for s in d["segments"])
    return Transcript(d["language"], d["duration"], segs)


def caching(cache: Path):
    real = asr.transcribe

    def transcribe(audio, spec, options):
        path = cache / f"{spec.call_id}.json"
        if path.exists():
            return _load(json.loads(path.read_text()))
        t = real(audio, spec, options)
        path.write_text(json.dumps(_dump(t)))
        return t
    return transcribe


def misses(corpus: Path, store: Path, keep_for: dict[str, set[str]]) -> None:
    for truth_path in sorted((corpus / "truth").glob("*.truth.json")):
        truth = json.loads(truth_path.read_text())
        call = store / "calls" / truth["call_id"]
        if not (call / "audio.wav").exists():
            continue
        orig, rate = _read(corpus / f"{truth['call_id']}.wav")
        red, _ = _read(call / "audio.wav")
        mask = _mask(orig, red, rate)
        words = [(w, s["channel"]) for s in json.loads((call / "transcript.json").read_text())["segments"]
                 for w in s["words"]]
        keep = keep_for[truth["purpose"]]
        for s in truth["spans"]:
            if s["label"] == "AGENT_NAME":
                continue
            must = s["label"] not in keep and s["label"] != "NONPII_NUMBER"
            f = _frac(mask, s["channel"], s["start"], s["end"])
            if (must and f < 0.9) or (not must and f > 0.1):
                near = " ".join((f"[{w['entity']}]" if w["redacted"] else w["text"]) for w, ch in words
                                if (ch == s["channel"] or truth["channels"] == 1)
                                and w["end"] > s["start"] - 1.5 and w["start"] < s["end"] + 0.5)
                print(f"{truth['call_id']} {'MISS' if must else 'OVER'} {s['label']:14s} {f:4.2f} "
                      f"{s['spoken']!r}\n      heard: {near}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--store", type=Path)
    ap.add_argument("--verify", action="store_true")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--rules", type=Path, help="a rules folder to try instead of redaction_rules/")
    a = ap.parse_args()
    cache = a.cache or a.corpus.parent / f"{a.corpus.name}.transcripts"
    cache.mkdir(parents=True, exist_ok=True)
    asr.transcribe = caching(cache)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(a.store or Path(tmp) / "store")
        opts = process.ProcessOptions(verify=a.verify, rules_dir=a.rules)
        t0 = time.perf_counter()
        for sidecar in sorted(a.corpus.glob("*.json")):
            wavs = [p for p in sidecar.parent.glob(sidecar.stem + ".*") if p.suffix != ".json"]
            if wavs:
                process.process_call(wavs[0], store, opts)
        print(f"processed in {time.perf_counter() - t0:.1f} s")
        keep_for = {p: set(load_purpose(p, a.rules).rules.keep) for p in
                    {json.loads(t.read_text())["purpose"] for t in (a.corpus / "truth").glob("*.truth.json")}}
        if a.misses:
            misses(a.corpus, store.root, keep_for)
        print(format_score(score_store(a.corpus, store.root, keep_for)))


if __name__ == "__main__":
    main()
