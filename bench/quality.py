"""Quality report on a labelled corpus: the output contract and text leaks
(../shared/eval/check_outputs.py), the audio scores per label (../shared/eval/score.py),
and the recording-notice agreement. Not a test: it measures and reports.

usage: python bench/quality.py [--corpus DIR] [--store DIR]
  --store DIR   score an existing store instead of processing the corpus into a temporary one
"""
import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def notice_agreement(corpus: Path, store: Path) -> tuple[int, int, int]:
    """(agreeing calls, calls, false 'present' on calls without a notice)."""
    agree = total = false_present = 0
    for truth_path in sorted((corpus / "truth").glob("*.truth.json")):
        truth = json.loads(truth_path.read_text())
        report = store / "calls" / truth["call_id"] / "report.json"
        if not report.exists() or "notice" not in truth:
            continue
        got = json.loads(report.read_text())["notice"]["present"]
        want = truth["notice"]["present"]
        total += 1
        agree += got == want
        false_present += got and not want
    return agree, total, false_present


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    ap.add_argument("--store", type=Path)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = a.store
        if store is None:
            store = Path(tmp) / "store"
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "pipeline.cli", "process", str(a.corpus), "--store", str(store),
                            "-q"], check=False, cwd=ROOT, stdout=subprocess.DEVNULL)
            print(f"processed {a.corpus} in {time.perf_counter() - t:.0f} s")
        out = Path(tmp) / "out"
        out.mkdir()
        for call in (store / "calls").iterdir():
            if (call / "audio.wav").exists():
                (out / f"{call.name}.redacted.wav").symlink_to(call / "audio.wav")
        subprocess.run([sys.executable, str(EVAL / "check_outputs.py"), str(a.corpus), str(store)], check=False)
        subprocess.run([sys.executable, str(EVAL / "score.py"), str(a.corpus), str(out)], check=False)
        agree, total, false_present = notice_agreement(a.corpus, store)
        print(f"notice agreement {agree}/{total} = {agree / max(1, total):.3f}; false 'present': {false_present}")


if __name__ == "__main__":
    main()
