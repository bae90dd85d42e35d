"""One file of a batch, whatever happens: processed, or quarantined with its reason.
The CLI and the Prefect flows both go through `handle_file`, so a bad input is treated
the same way everywhere and never stops the batch. Processed calls are registered in the
store's catalog; the nightly run also consumes the raw input (`consume_input`, see
`pipeline.lifecycle`)."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from . import lifecycle
from .artifacts import committed_dir, parse_time, sha256_file
from .catalog import Recording, open_catalog
from .errors import ClosedCallError, DuplicateCallError, InputError, SottovoceError
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
    quarantined: bool = False  # a bad input, copied (or moved) to quarantine/; else a failure is left to retry


def handle_file(path: Path, store: Store, options: ProcessOptions, *, move_bad: bool = False,
                consume_input: bool = False, catalog_url: Optional[str] = None,
                run_id: Optional[str] = None) -> Outcome:
    """A bad input is quarantined; any other failure (a stage that broke, a model, the disk,
    the catalog, an unexpected error) leaves the input where it is, to be retried, and is
    reported - it never escapes, so one file never stops the batch.

    `consume_input` (the nightly run): a call the catalog already has is skipped; outputs an
    interrupted run committed are registered rather than made again; the raw input leaves the
    inbox only once the outputs and catalog rows are durable. Without it (`sottovoce process`)
    the call is processed and registered, and the input is never touched. Either way a call
    the catalog says is erased, expired or under legal hold is not processed."""
    path = Path(path)
    retry = ("the next run retries it" if consume_input else
             "The input is untouched; run `sottovoce process` on it again once fixed")
    try:
        if consume_input:
            return _consume(path, store, options, catalog_url, run_id)
        spec, loaded = load_call(path, options)
        catalog = open_catalog(store.root, catalog_url)
        refuse_closed(catalog.get(spec.call_id), spec.call_id)  # before any output is written
        result = process_call(path, store, options)
        lifecycle.register_outputs(store, catalog, spec, loaded, source=path, consume=False, run_id=run_id)
        return Outcome(path.name, True, result.summary(), result)
    except InputError as err:
        try:
            store.quarantine_file(path, str(err), move=move_bad)
        except OSError as qerr:
            return Outcome(path.name, False, f"{path.name}: BAD INPUT, and quarantine failed "
                                             f"({type(qerr).__name__}) - {err}")
        return Outcome(path.name, False, f"{path.name}: QUARANTINED - {err}", quarantined=True)
    except ClosedCallError as err:
        return Outcome(path.name, False, f"{path.name}: NOT PROCESSED - {err}")
    except SottovoceError as err:
        # the type of the cause only: a library's message could quote content
        cause = type(err.__cause__).__name__ if err.__cause__ else type(err).__name__
        log.debug("%s failed: %s (cause %s)", path.name, type(err).__name__, cause)
        return Outcome(path.name, False, f"{path.name}: FAILED - {err}. {retry}")
    except Exception as err:  # noqa: BLE001 - the disk, a JSON file, a bug: one file, never the batch
        # the exception's type only: its message can quote a path or a file's content
        log.debug("%s failed unexpectedly: %s", path.name, type(err).__name__)
        return Outcome(path.name, False, f"{path.name}: FAILED - unexpected {type(err).__name__} (the input is left "
                                         f"where it is; check the store's disk and files). {retry}")


def refuse_closed(rec: Optional[Recording], call_id: str) -> None:
    """ClosedCallError if the catalog says the call must not be processed (again)."""
    if rec is not None and (rec.status in ("erased", "expired") or rec.legal_hold):
        raise ClosedCallError(call_id, rec.status, rec.legal_hold)


def _recorded_source(out: Path) -> Optional[str]:
    """The sha256 of the recording committed outputs were made from, as their report says (None:
    an older report, or none readable)."""
    try:
        value = json.loads((out / "report.json").read_text(encoding="utf-8")).get("source_sha256")
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError):
        return None
    return value if isinstance(value, str) else None


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
    source_sha256 = sha256_file(path)
    if rec is not None:
        if rec.source_sha256 != source_sha256:
            raise DuplicateCallError(f"{path.name}: call_id {cid} was already processed from a different recording; "
                                     f"give this one its own call_id in {path.with_suffix('.json').name}")
        out = committed_dir(store.root, cid)
        since = lifecycle.retention_start(rec.recorded_at, out) if out else rec.processed_at
        lifecycle.consume_raw(store, catalog, cid, path, loaded.rules.retention, rec.rules_version, since, run_id,
                              source_sha256=rec.source_sha256, detail="already processed: a repeated delivery")
        return Outcome(path.name, True, f"{cid}: already processed; skipped", skipped=True)
    result = None
    out = committed_dir(store.root, cid)
    if out is not None:
        recorded = _recorded_source(out)
        if recorded is not None and recorded != source_sha256:
            # outputs of another recording under this call_id: keep them, and this one
            raise DuplicateCallError(f"{path.name}: the store has outputs of call_id {cid} made from a different "
                                     f"recording; give this one its own call_id in {path.with_suffix('.json').name}")
        if recorded is None:
            out = None  # outputs of unknown origin (a store older than the catalog): process this recording
    if out is None:
        result = process_call(path, store, options)
    # else: an interrupted run committed this recording's outputs but wrote no catalog row: register them
    _, out, report = lifecycle.register_outputs(store, catalog, spec, loaded, source=path, consume=True,
                                                run_id=run_id)
    if result is None:
        result = lifecycle.result_from_report(report, out)
    lifecycle.consume_raw(store, catalog, cid, path, loaded.rules.retention, report.get("rules", {}).get("version"),
                          lifecycle.retention_start(parse_time(spec.recorded_at), out), run_id,
                          source_sha256=source_sha256)
    return Outcome(path.name, True, result.summary(), result)
