"""Throughput of the nightly flow (`minimise_inbox`) on a folder of calls: one process
against a local Dask cluster of N single-thread worker processes (prefect-dask).

    python bench/throughput.py [--corpus ../shared/corpus/dev] [--workers 2] [--model NAME] [--calls N]

Prints calls per minute and audio seconds per wall second for each, the machine's load
average around each run, and whether both runs wrote the same outputs (report timings
aside). Wall time includes loading the models (the flow process loads them up front; each
Dask worker loads them on its first call). One process lets whisper use every core; each
Dask worker gets SOTTOVOCE_CPU_THREADS = cores // workers. Uses PREFECT_API_URL if set, else
starts a temporary Prefect server (Dask workers need one they can reach). The nightly flow
consumes its inbox: each run gets its own copy of the calls, the corpus is never touched.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")


def _digest(store: Path) -> dict:
    out = {}
    for call in sorted((store / "calls").iterdir()):
        report = json.loads((call / "report.json").read_text())
        report.pop("timings_s", None)
        out[call.name] = (hashlib.sha256((call / "audio.wav").read_bytes()).hexdigest(),
                          hashlib.sha256((call / "transcript.json").read_bytes()).hexdigest(),
                          json.dumps(report, sort_keys=True))
    return out


def _inbox(corpus: Path, calls: int | None, dest: Path) -> Path:
    """A copy of the corpus's recordings and sidecars (the flow removes what it has processed)."""
    dest.mkdir(parents=True)
    for wav in sorted(corpus.glob("*.wav"))[:calls]:
        for f in (wav, wav.with_suffix(".json")):
            shutil.copy(f, dest / f.name)
    return dest


def _run(label: str, inbox: Path, store: Path, model, dask_address=None) -> dict:
    from flows.minimise import run_inbox

    load0 = os.getloadavg()
    t0 = time.perf_counter()
    summary = run_inbox(inbox, store, model, dask_address=dask_address)
    wall = time.perf_counter() - t0
    load1 = os.getloadavg()
    return {"label": label, "wall": wall, "calls": summary["processed"], "quarantined": summary["quarantined"],
            "audio": summary["audio_seconds"], "load": (load0[0], load1[0], load1[1])}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--model", help="ASR model (default: whisper base)")
    ap.add_argument("--calls", type=int, help="only the first N calls (default: all)")
    args = ap.parse_args()

    import distributed
    from prefect.settings import PREFECT_API_URL, temporary_settings

    cores = os.cpu_count() or 1
    results = []
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        if not PREFECT_API_URL.value():
            from prefect.server.api.server import SubprocessASGIServer

            server = SubprocessASGIServer()
            server.start()
            stack.callback(server.stop)
            stack.enter_context(temporary_settings(updates={PREFECT_API_URL: server.api_url}))
            from prefect.logging.handlers import APILogHandler

            stack.callback(lambda: APILogHandler().flush())  # send the runs' logs before the server stops
        one, on_dask = Path(tmp) / "one", Path(tmp) / "dask"
        os.environ.pop("SOTTOVOCE_CPU_THREADS", None)
        results.append(_run(f"1 process, whisper on {cores} threads",
                            _inbox(args.corpus, args.calls, Path(tmp) / "inbox-one"), one, args.model))
        threads = max(1, cores // args.workers)
        os.environ["SOTTOVOCE_CPU_THREADS"] = str(threads)  # inherited by the worker processes
        with distributed.LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                      dashboard_address=":0") as cluster:
            os.environ.pop("SOTTOVOCE_CPU_THREADS")
            results.append(_run(f"Dask, {args.workers} workers x 1 task, whisper on {threads} thread(s) each",
                                _inbox(args.corpus, args.calls, Path(tmp) / "inbox-dask"), on_dask, args.model,
                                cluster.scheduler_address))
        a, b = _digest(one), _digest(on_dask)
        same = sum(a[c] == b.get(c) for c in a)

    print(f"\n{args.corpus} ({cores} cores), model {args.model or 'whisper base (default)'}")
    for r in results:
        print(f"{r['label']:55s} {r['calls']} calls ({r['quarantined']} quarantined), {r['audio']:.0f} s audio "
              f"in {r['wall']:.1f} s: {60 * r['calls'] / r['wall']:.1f} calls/min, "
              f"{r['audio'] / r['wall']:.2f} audio s per wall s; load avg 1 min {r['load'][0]:.2f} -> "
              f"{r['load'][1]:.2f} (5 min {r['load'][2]:.2f})")
    print(f"speed-up {results[0]['wall'] / results[1]['wall']:.2f}x; identical outputs (report timings aside): "
          f"{same} of {len(a)} calls")
    return 0


if __name__ == "__main__":
    sys.exit(main())
