"""One file of a batch, whatever happens: processed, or quarantined with its reason.
The CLI and the Prefect flows both go through `handle_file`, so a bad input is treated
the same way everywhere and never stops the batch. Processed calls are registered in the
store's catalog; the nightly run also consumes the raw input (`consume_input`, see
`pipeline.lifecycle`)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from . import lifecycle
from .artifacts import committed_dir, parse_time, sha256_file
from .catalog import open_catalog
from .errors import DuplicateCallError, InputError, SottovoceError
from .process import CallResult, ProcessOptions, load_call, process_call
from .store import Store

log = logging.getLogger("sottovoce")


@dataclass(frozen=True)
class Outcome:
    file: str  # the input's file name (no folder: paths can name people)
    ok: bool
    message: str  # the summary line, or the error naming the file and the fix; never a value
    result: Optional[CallResult] = None
    skipped: bool = False  # already done (the catalog has the call): not processed again


def handle_file(path: Path, store: Store, options: ProcessOptions, *, move_bad: bool = False,
                consume_input: bool = False, catalog_url: Optional[str] = None,
                run_id: Optional[str] = None) -> Outcome:
    """A bad input is quarantined; any other failure (a stage that broke, a model, the disk,
    the catalog) leaves the input where it is, to be retried, and is reported.

    `consume_input` (the nightly run): a call the catalog already has is skipped; outputs an
    interrupted run committed are registered rather than made again; the raw input leaves the
    inbox only once the outputs and catalog rows are durable. Without it (`sottovoce process`)
    the call is processed and registered, and the input is never touched."""
    path = Path(path)
    try:
        if consume_input:
            return _consume(path, store, options, catalog_url, run_id)
        result = process_call(path, store, options)
        spec, loaded = load_call(path, options)
        lifecycle.register_outputs(store, open_catalog(store.root, catalog_url), spec, loaded, source=path,
                                   consume=False, run_id=run_id)
        return Outcome(path.name, True, result.summary(), result)
    except InputError as err:
        try:
            store.quarantine_file(path, str(err), move=move_bad)
        except OSError as qerr:
            return Outcome(path.name, False, f"{path.name}: BAD INPUT, and quarantine failed "
                                             f"({type(qerr).__name__}) - {err}")
        return Outcome(path.name, False, f"{path.name}: QUARANTINED - {err}")
    except SottovoceError as err:
        # the type of the cause only: a library's message could quote content
        cause = type(err.__cause__).__name__ if err.__cause__ else type(err).__name__
        log.debug("%s failed: %s (cause %s)", path.name, type(err).__name__, cause)
        retry = ("the next run retries it" if consume_input else
                 "The input is untouched; run `sottovoce process` on it again once fixed")
        return Outcome(path.name, False, f"{path.name}: FAILED - {err}. {retry}")


def _consume(path: Path, store: Store, options: ProcessOptions, catalog_url: Optional[str],
             run_id: Optional[str]) -> Outcome:
    spec, loaded = load_call(path, options)
    cid = spec.call_id
    catalog = open_catalog(store.root, catalog_url)
    rec = catalog.get(cid)
    if rec is not None and rec.status != "registered":
        return Outcome(path.name, True, f"{path.name}: call {cid} was {rec.status} already; not processed again, "
                                        "the input is left in the inbox (remove it, or give it a new call_id)",
                       skipped=True)
    if rec is not None:
        if rec.source_sha256 is not None and sha256_file(path) != rec.source_sha256:
            raise DuplicateCallError(f"{path.name}: call_id {cid} was already processed from a different recording; "
                                     f"give this one its own call_id in {path.with_suffix('.json').name}")
        out = committed_dir(store.root, cid)
        since = lifecycle.retention_start(rec.recorded_at, out) if out else rec.processed_at
        lifecycle.consume_raw(store, catalog, cid, path, loaded.rules.retention, rec.rules_version, since, run_id,
                              detail="already processed: a repeated delivery")
        return Outcome(path.name, True, f"{cid}: already processed; skipped", skipped=True)
    result = None
    if committed_dir(store.root, cid) is None:
        result = process_call(path, store, options)
    # else: an interrupted run committed the outputs but wrote no catalog row: register them
    _, out, report = lifecycle.register_outputs(store, catalog, spec, loaded, source=path, consume=True,
                                                run_id=run_id)
    if result is None:
        result = lifecycle.result_from_report(report, out)
    lifecycle.consume_raw(store, catalog, cid, path, loaded.rules.retention, report.get("rules", {}).get("version"),
                          lifecycle.retention_start(parse_time(spec.recorded_at), out), run_id)
    return Outcome(path.name, True, result.summary(), result)
