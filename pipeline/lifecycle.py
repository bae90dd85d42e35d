"""A processed call's life in the store: registered in the catalog, then its raw recording
consumed from the inbox - removed, or kept under `raw/<call_id>/` where its purpose's
`retention.raw_audio_days > 0`, with that expiry.

Each step is durable before the next begins, so a run killed anywhere (kill -9) leaves a
state the next run finishes, and every call ends processed exactly once:

  1. outputs committed (`Store.commit`: staging folder fsynced, then renamed into place)
  2. catalog rows written in one transaction (an upsert: repeating it changes nothing); the
     recording's row says its raw is still "inbox", with the inbox path
  3. where the purpose retains it, the raw copied into the store (fsynced) - registered in 5
  4. the raw audio and its sidecar removed from the inbox (the folder fsynced) - only if the
     file still is the recording registered (same sha256): a new recording delivered under
     the same name is left for the run to process or quarantine
  5. the row marks the raw "removed" or "stored", and the audit log says so

Killed before 2: the outputs are on disk but unknown to the catalog; the next run registers
them instead of processing the call again - if their report's `source_sha256` is the inbox
file's (outputs without it, from a store older than the catalog, are made again). Killed between 2 and 5: `reconcile`, at the start
of the next run, finishes 3-5 from the path the row kept.
"""
from __future__ import annotations

import json
import logging
import shutil
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from .artifacts import RAW_STEM, committed_dir, describe, output_files, parse_time, sha256_file
from .catalog import Catalog, Registration, customer_hash
from .errors import ClosedCallError, RulesError, SottovoceError
from .process import CallResult
from .rules import LoadedRules, RetentionRule, load_purpose
from .sidecar import sidecar_path
from .store import Store, copy_durable, unlink_durable
from .types import CallSpec

log = logging.getLogger("sottovoce")


def _report(out_dir: Path) -> dict:
    return json.loads((out_dir / "report.json").read_text(encoding="utf-8"))


def retention_start(recorded_at: Optional[datetime], out_dir: Path) -> datetime:
    """Retention runs from the recording time, else from when the outputs were written."""
    if recorded_at is not None:
        return recorded_at
    return datetime.fromtimestamp((out_dir / "report.json").stat().st_mtime, timezone.utc)


def register_outputs(store: Store, catalog: Catalog, spec: CallSpec, loaded: LoadedRules, *,
                     source: Optional[Path], consume: bool, run_id: Optional[str]) -> tuple[bool, Path, dict]:
    """Register a call's committed outputs (idempotent): (changed, output folder, report)."""
    out = committed_dir(store.root, spec.call_id)
    if out is None:
        raise SottovoceError(f"call {spec.call_id}: no committed outputs to register in {store.root}; "
                             "process the call again")
    report = _report(out)
    recorded = parse_time(spec.recorded_at)
    files = output_files(store.root, out, loaded.rules.retention, retention_start(recorded, out))
    notice = report.get("notice") or {}
    reg = Registration(
        call_id=spec.call_id, purpose=spec.purpose, language=report.get("language"), recorded_at=recorded,
        customer_ref_hash=customer_hash(store.salt(), spec.customer_ref) if spec.customer_ref else None,
        area=out.parent.name, rules_version=(report.get("rules") or {}).get("version") or loaded.version,
        notice_present=notice.get("present"), notice_action=notice.get("action"),
        # the report names the recording its outputs were made from (callers have checked it is `source`)
        source_sha256=report.get("source_sha256") or (sha256_file(source) if source is not None and source.exists()
                                                      else None),
        raw_state="inbox" if consume else "external",
        raw_source=str(source.resolve()) if consume and source is not None else None)
    try:
        changed = catalog.register(reg, files, run_id)
    except ClosedCallError as err:
        if err.status in ("erased", "expired"):  # erased (or expired) while it was processed: no outputs
            shutil.rmtree(out, ignore_errors=True)
        raise
    return changed, out, report


REPLACED = "the inbox file now holds a different recording: left there, not removed"


def consume_raw(store: Store, catalog: Catalog, call_id: str, source: Path, rule: RetentionRule,
                rules_version: Optional[str], since: datetime, run_id: Optional[str], *,
                source_sha256: Optional[str], detail: Optional[str] = None) -> str:
    """Steps 3-5: keep the raw in the store if the purpose retains it, remove it (and its
    sidecar) from the inbox, record which. Call only once outputs and rows are durable.

    `source_sha256` is the checksum the call was registered with: a file at `source` that does
    not match it (a new recording delivered under the same name) is not this call's raw and is
    never copied nor removed - it stays for the run to process or quarantine on its own. Returns
    "stored", "removed" or "replaced"."""
    replaced = source.exists() and (source_sha256 is None or sha256_file(source) != source_sha256)
    kept = None
    if rule.raw_audio_days > 0:
        dest = store.raw / call_id / f"{RAW_STEM}{source.suffix.lower()}"
        if not replaced and source.exists() and not (dest.exists() and sha256_file(dest) == source_sha256):
            copy_durable(source, dest)
        if dest.exists() and (not replaced or sha256_file(dest) == source_sha256):
            kept = describe(store.root, dest, "raw_audio", rule, since)
    if replaced:
        log.warning("call %s: %s", call_id, REPLACED)  # the call id only: an inbox path can name a person
        detail = REPLACED
    else:
        unlink_durable(source, sidecar_path(source))
    if kept is None and detail is None and rule.raw_audio_days > 0:
        detail = "not found in the inbox"
    catalog.set_raw(call_id, "stored" if kept else "removed", run_id, rules_version=rules_version, kept=kept,
                    detail=detail)
    return "replaced" if replaced else "stored" if kept else "removed"


def reconcile(store: Store, catalog: Catalog, rules_dir: Optional[Path], run_id: Optional[str]) -> int:
    """Finish what a killed run left between steps 2 and 5; returns how many calls."""
    done = 0
    for rec in catalog.pending_raw():
        if rec.raw_source is None:
            continue
        try:
            rule = load_purpose(rec.purpose, rules_dir).rules.retention
        except (RulesError, SottovoceError):
            log.warning("call %s: purpose rules not loadable; its raw recording stays pending", rec.call_id)
            continue
        out = committed_dir(store.root, rec.call_id)
        since = rec.recorded_at or (retention_start(None, out) if out else rec.processed_at)
        consume_raw(store, catalog, rec.call_id, Path(rec.raw_source), rule, rec.rules_version, since, run_id,
                    source_sha256=rec.source_sha256, detail="finished after an interrupted run")
        done += 1
    return done


def result_from_report(report: dict, out_dir: Path) -> CallResult:
    """The CallResult of outputs committed by an earlier (interrupted) run."""
    return CallResult(report["call_id"], report["purpose"], report["language"], report["duration"],
                      dict(report.get("removed_per_entity") or {}), report.get("bleeped_seconds", 0.0),
                      bool((report.get("notice") or {}).get("present")), str(out_dir), 0.0)
