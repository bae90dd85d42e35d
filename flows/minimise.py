"""Prefect flows over `pipeline`: wiring only, no logic of their own.

What reaches Prefect (its database, logs, artifacts, result storage) is paths, file
names, call ids and counts - never a transcript, a found value or a model object:

- flow parameters are folder paths, a model name and a flag; the catalog's URL comes from
  $SOTTOVOCE_CATALOG_URL (default: SQLite in the store), never from a parameter (it can
  carry a password);
- `minimise_call` returns counts only, and neither the task nor the flow persists a
  result (`persist_result=False`, `cache_policy=NO_CACHE`: no cache key, nothing
  written under $PREFECT_HOME/storage, no result metadata sent to the API);
- models are loaded by the pipeline, cached once per process (`asr.model_for`,
  `detect.analyzer`); tasks run one at a time (ThreadPoolTaskRunner(max_workers=1))
  because every call shares that one whisper model and spaCy pipeline.
"""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import Optional, Sequence

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # as the CLI: stay offline

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import wait
from prefect.task_runners import ThreadPoolTaskRunner

from pipeline import asr, detect, lifecycle
from pipeline.batch import handle_file
from pipeline.catalog import open_catalog
from pipeline.cli import AUDIO_SUFFIXES
from pipeline.process import ProcessOptions
from pipeline.rules import validate_all
from pipeline.sidecar import load_sidecar
from pipeline.store import Store

SUMMARY_KEY = "minimise-summary"


def _options(model: Optional[str], rules_dir: Optional[str]) -> ProcessOptions:
    return ProcessOptions(asr=asr.AsrOptions(model=model), rules_dir=Path(rules_dir) if rules_dir else None)


@task(retries=2, retry_delay_seconds=5, persist_result=False, cache_policy=NO_CACHE)
def minimise_call(path: str, store: str, model: Optional[str] = None, rules_dir: Optional[str] = None,
                  move_bad: bool = False, consume_input: bool = False, run_id: Optional[str] = None) -> dict:
    """One recording through `pipeline.batch.handle_file`; returns counts only. `consume_input`:
    skip a call the catalog has, and remove the raw input once outputs and rows are durable."""
    outcome = handle_file(Path(path), Store(store), _options(model, rules_dir), move_bad=move_bad,
                          consume_input=consume_input, run_id=run_id)
    logger = get_run_logger()
    # The outcome message names the file, the call id, counts and the fix - never a value.
    (logger.info if outcome.ok else logger.warning)(outcome.message)
    r = outcome.result
    return {
        "file": outcome.file,
        "ok": outcome.ok,
        "skipped": outcome.skipped,
        "quarantined": outcome.quarantined,
        "purpose": r.purpose if r else None,
        "removed": dict(r.removed) if r else {},
        "bleeped_seconds": round(r.bleeped_seconds, 2) if r else 0.0,
        "notice_present": r.notice_present if r else None,
        "audio_seconds": round(r.duration, 2) if r else 0.0,
    }


def _discover(inbox: Path) -> list[Path]:
    """Recordings in the inbox. Whether one is done already is the catalog's to say, in its task:
    a finished call is skipped (and a repeated delivery of it consumed), a new one processed."""
    return sorted(p for p in inbox.iterdir() if p.is_file() and p.suffix.lower() in AUDIO_SUFFIXES)


def _one_per_call(files: list[Path]) -> tuple[list[Path], list[Path]]:
    """(this run's recordings, those left for the next run): a recording whose sidecar names a
    call_id an earlier one of this batch has waits, so that two tasks of one call never run side by
    side (on Dask they would). The next run finds the call in the catalog and handles it as any
    repeated delivery. A sidecar that can't be read goes on: its task quarantines it, with the reason."""
    seen: set[str] = set()
    now, later = [], []
    for f in files:
        try:
            cid = load_sidecar(f).call_id
        except Exception:  # noqa: BLE001 - the task reports what is wrong with it
            now.append(f)
            continue
        (later if cid in seen else now).append(f)
        seen.add(cid)
    return now, later


def _failed_task(path: Path) -> dict:
    """What a task that failed anyway (it ends in an exception, not an outcome) counts as: a
    failure left for the next run. Its exception stays in Prefect's task run, never here."""
    return {"file": path.name, "ok": False, "skipped": False, "quarantined": False, "purpose": None, "removed": {},
            "bleeped_seconds": 0.0, "notice_present": None, "audio_seconds": 0.0}


def _collect(files: list[Path], futures) -> list[dict]:
    """Every task's counts, without raising: a failed task is one failed file, not a failed run."""
    out = []
    for path, future in zip(files, futures):
        try:
            result = future.result(raise_on_failure=False)
        except Exception as err:  # noqa: BLE001 - a crashed or cancelled task: the same, one failed file
            result = err
        if not isinstance(result, dict):  # the exception's type only: its message could quote content
            get_run_logger().warning("%s: FAILED - its task ended in %s; the input is left for the next run",
                                     path.name, type(result).__name__)
            result = _failed_task(path)
        out.append(result)
    return out


def _summarise(results: list[dict], deferred: Sequence[Path] = ()) -> dict:
    skipped = sum(1 for r in results if r["ok"] and r["skipped"])
    ok = [r for r in results if r["ok"] and not r["skipped"]]
    bad = [r for r in results if not r["ok"] and r.get("quarantined", True)]
    failed = [r for r in results if not r["ok"] and not r.get("quarantined", True)]
    per_entity: Counter = Counter()
    for r in ok:
        per_entity.update(r["removed"])
    return {
        "found": len(results) + len(deferred),
        "skipped": skipped,
        "deferred": len(deferred),  # the call_id of another recording of this run: left for the next
        "deferred_files": sorted(p.name for p in deferred),
        "processed": len(ok),
        "quarantined": len(bad),
        "quarantined_files": sorted(r["file"] for r in bad),  # names only
        "failed": len(failed),  # left where they are, for the next run (or not processed: erased, held)
        "failed_files": sorted(r["file"] for r in failed),
        "per_purpose": dict(sorted(Counter(r["purpose"] for r in ok).items())),
        "per_entity": dict(sorted(per_entity.items())),
        "bleeped_seconds": round(sum(r["bleeped_seconds"] for r in ok), 1),
        "audio_seconds": round(sum(r["audio_seconds"] for r in ok), 1),
        "notice_missing": sum(1 for r in ok if not r["notice_present"]),
    }


def _markdown(s: dict) -> str:
    lines = ["# Minimisation run", "",
             f"{s['processed']} processed, {s['quarantined']} quarantined, {s['failed']} failed (left for the next "
             f"run), {s['skipped']} skipped as already done "
             f"(of {s['found']} recordings); {s['audio_seconds']:.0f} s of audio, {s['bleeped_seconds']:.1f} s bleeped; "
             f"recording notice missing in {s['notice_missing']}.", "",
             "| purpose | calls |", "|---|---|"]
    lines += [f"| {p} | {n} |" for p, n in s["per_purpose"].items()] or ["| - | 0 |"]
    lines += ["", "| entity removed | count |", "|---|---|"]
    lines += [f"| {e} | {n} |" for e, n in s["per_entity"].items()] or ["| - | 0 |"]
    if s["quarantined_files"]:
        lines += ["", "Quarantined (reasons in `quarantine/<name>.reason.txt` in the store): "
                  + ", ".join(f"`{n}`" for n in s["quarantined_files"])]
    if s["failed_files"]:
        lines += ["", "Failed, left in the inbox for the next run (reasons in the run's logs): "
                  + ", ".join(f"`{n}`" for n in s["failed_files"])]
    if s["deferred_files"]:
        lines += ["", "Left in the inbox for the next run, as they name the call_id of another recording of this "
                  "run: " + ", ".join(f"`{n}`" for n in s["deferred_files"])]
    return "\n".join(lines) + "\n"


@flow(name="minimise-inbox", persist_result=False, task_runner=ThreadPoolTaskRunner(max_workers=1))
def minimise_inbox(inbox: str, store: str, model: Optional[str] = None, rules_dir: Optional[str] = None,
                   move_processed: bool = False) -> dict:
    """Every recording in `inbox` not yet in `store`, one task each; a markdown summary artifact.

    Each processed call is registered in the store's catalog, then its raw recording leaves the
    inbox (removed, or kept in the store where its purpose retains it): see `pipeline.lifecycle`.
    A re-run skips calls the catalog has and finishes what a killed run left half-way.
    `move_processed` moves bad inputs (and their sidecars) into the store's quarantine
    instead of copying them.
    """
    st = Store(store)
    validate_all(Path(rules_dir) if rules_dir else None)  # invalid rules never run (RulesError fails the flow)
    st.clean_staging()
    catalog = open_catalog(st.root)
    run_id = catalog.start_run("run")
    try:
        lifecycle.reconcile(st, catalog, Path(rules_dir) if rules_dir else None, run_id)
        options = _options(model, rules_dir)
        asr.model_for(options.asr)  # load once, up front; a missing model fails the flow, not every file
        detect.analyzer()
        files, deferred = _one_per_call(_discover(Path(inbox)))
        for path in deferred:
            get_run_logger().warning("%s: its call_id is another recording's of this run; left in the inbox for "
                                     "the next run, which handles it as a repeated delivery", path.name)
        futures = minimise_call.map([str(f) for f in files], store=store, model=model, rules_dir=rules_dir,
                                    move_bad=move_processed, consume_input=True,
                                    run_id=run_id)  # str/None/bool arguments are static, not mapped
        wait(futures)
        summary = _summarise(_collect(files, futures), deferred)
        create_markdown_artifact(key=SUMMARY_KEY, markdown=_markdown(summary),
                                 description="Counts per purpose and entity; no values")
        get_run_logger().info("%d processed, %d quarantined, %d failed, %d skipped, %d deferred", summary["processed"],
                              summary["quarantined"], summary["failed"], summary["skipped"], summary["deferred"])
    except BaseException:  # a run that fails (a model, the catalog, the inbox) ends "failed", not "running"
        try:
            catalog.finish_run(run_id, "failed", {})
        except Exception:  # noqa: BLE001 - the catalog may be what failed: the run's own error is the one raised
            pass
        raise
    catalog.finish_run(run_id, "ok", {k: v for k, v in summary.items() if isinstance(v, int)})
    return summary


def run_inbox(inbox: str | os.PathLike, store: str | os.PathLike, model: Optional[str] = None,
              rules_dir: str | os.PathLike | None = None, dask_address: Optional[str] = None) -> dict:
    """Plain entry point for the CLI: run the flow, return its summary. `dask_address`: the
    per-call tasks run on that Dask cluster (flows.runners)."""
    from flows.runners import with_runner  # flows.runners imports this module

    flow_ = with_runner(minimise_inbox, dask_address)
    return flow_(str(inbox), str(store), model, str(rules_dir) if rules_dir else None)
