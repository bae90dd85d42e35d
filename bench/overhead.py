"""Benchmark: wall time and peak memory of `sottovoce process` against bare faster-whisper
transcription of the same channels (bench/bare_transcribe.py), on corpus calls.
Not a test: it measures and reports.

usage: python bench/overhead.py [N_CALLS] [--corpus DIR]   (default: 6 calls of ../shared/corpus/dev)
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one child process."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    if status != 0:
        raise SystemExit(f"{cmd[:3]} failed with status {status}")
    return wall, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int, nargs="?", default=6)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    ap.add_argument("--verify", action="store_true", help="also time the pipeline with the verification pass")
    a = ap.parse_args()
    calls = sorted(a.corpus.glob("*.wav"))
    calls = (calls[::2] + calls[1::2])[: a.n]  # alternate languages
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "inbox"
        inbox.mkdir()
        for c in calls:
            shutil.copy(c, inbox)
            shutil.copy(c.with_suffix(".json"), inbox)
        files = [str(p) for p in sorted(inbox.glob("*.wav"))]
        py = sys.executable
        run([py, "-c", "from pipeline import asr; asr.model_for(asr.AsrOptions())"])  # warm the model cache
        bare, bare_mem = run([py, "bench/bare_transcribe.py", *files])
        pipe, pipe_mem = run([py, "-m", "pipeline.cli", "process", *files, "--store", str(Path(tmp) / "store"), "-q"])
        verify = None
        if a.verify:
            verify, _ = run([py, "-m", "pipeline.cli", "process", *files, "--store", str(Path(tmp) / "store-v"), "-q",
                             "--verify"])
        audio_s = 0.0
        stages: dict[str, float] = {}
        for rep in (Path(tmp) / "store" / "calls").glob("*/report.json"):
            r = json.loads(rep.read_text())
            audio_s += r["duration"]
            for k, v in r["timings_s"].items():
                stages[k] = stages.get(k, 0.0) + v
    result = {"calls": len(files), "audio_s": round(audio_s, 1), "bare_transcription_s": round(bare, 1),
              "pipeline_s": round(pipe, 1), "ratio": round(pipe / bare, 3),
              **({"pipeline_with_verify_s": round(verify, 1), "verify_ratio": round(verify / bare, 3)} if verify else {}),
              "peak_rss_mib": {"bare": round(bare_mem), "pipeline": round(pipe_mem)},
              "pipeline_stage_s": {k: round(v, 2) for k, v in stages.items()}}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
