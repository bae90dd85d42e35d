"""Retention: delete every artifact whose expiry has passed, except under a legal hold.

Each artifact's expiry was set in the catalog when it was registered, from its purpose's
`retention` rule for its kind (raw_audio, audio, transcript, report) counted from the call's
recording time. A sweep deletes the file first, then records the deletion (catalog row and
audit log, with the rules version): a sweep killed between the two finds the file gone and
records it next time; nothing is ever recorded as deleted while still on disk. A call's review
pages (`review/calls/<id>.*.html`, made from its transcript) go with its transcript, first.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Optional

from .artifacts import as_utc, utcnow
from .catalog import Catalog, open_catalog
from .errors import RequestError
from .review.site import call_pages, remove_call_pages
from .store import Store, unlink_durable


@dataclass(frozen=True)
class SweepResult:
    """Counts only, never a value or a call id."""

    as_of: datetime
    dry_run: bool
    examined: int  # live artifacts in the catalog
    deleted: dict[str, int] = field(default_factory=dict)  # per kind (to delete, on a dry run)
    held: int = 0  # calls with expired artifacts kept under a legal hold
    calls_expired: int = 0  # calls left with no artifact at all
    review_pages: int = 0  # review site pages of calls whose transcript went (to delete, on a dry run)

    def summary(self) -> str:
        kinds = ", ".join(f"{k} x{n}" for k, n in sorted(self.deleted.items())) or "nothing"
        verb = "would delete" if self.dry_run else "deleted"
        pages = f" and {self.review_pages} review pages" if self.review_pages else ""
        return (f"retention as of {self.as_of:%Y-%m-%d %H:%M} UTC: {self.examined} artifacts examined, {verb} "
                f"{kinds}{pages}; {self.held} calls under legal hold kept; {self.calls_expired} calls fully expired")


def _remove_empty_dirs(root: Path, rel: str) -> None:
    """Remove the call's folder (calls/<id>, held/<id>, raw/<id>) once it is empty."""
    folder = (root / rel).parent
    if folder != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()


def sweep(store: Store, *, as_of: datetime | None = None, dry_run: bool = False,
          catalog_url: str | None = None) -> SweepResult:
    as_of = utcnow() if as_of is None else as_utc(as_of)
    catalog = open_catalog(store.root, catalog_url)
    examined = catalog.count_live()
    due = catalog.due(as_of)
    held_calls = {d.artifact.call_id for d in due if d.legal_hold}
    todo = [d for d in due if not d.legal_hold]
    deleted: dict[str, int] = {}
    for d in todo:
        deleted[d.artifact.kind] = deleted.get(d.artifact.kind, 0) + 1
    transcript_gone = sorted({d.artifact.call_id for d in todo if d.artifact.kind == "transcript"})
    if dry_run:
        return SweepResult(as_of, True, examined, deleted, len(held_calls),
                           review_pages=sum(len(call_pages(store.root, cid)) for cid in transcript_gone))
    run_id = catalog.start_run("sweep")
    pages = 0
    for d in todo:
        path = store.root / d.artifact.path
        if d.artifact.kind == "transcript":  # the pages show the transcript: they go first
            pages += len(remove_call_pages(store.root, d.artifact.call_id))
        unlink_durable(path)
        _remove_empty_dirs(store.root, d.artifact.path)
        catalog.mark_deleted(d.artifact, "retention", run_id, d.rules_version)
    expired = _expired_count(catalog, {d.artifact.call_id for d in todo})
    result = SweepResult(as_of, False, examined, deleted, len(held_calls), expired, pages)
    catalog.finish_run(run_id, "ok", {"examined": examined, "deleted": sum(deleted.values()),
                                      "held": len(held_calls), "calls_expired": expired, "review_pages": pages})
    return result


def _expired_count(catalog: Catalog, call_ids: set[str]) -> int:
    recs = catalog.get_many(sorted(call_ids))
    return sum(1 for r in recs.values() if r.status == "expired")


def set_hold(store: Store, call_ids: list[str], *, on: bool, catalog_url: Optional[str] = None) -> list[str]:
    """Place (or release) a legal hold on calls; returns those whose hold changed. Retention and
    erasure leave a held call alone. An unknown call id raises RequestError before any change."""
    catalog = open_catalog(store.root, catalog_url)
    known = catalog.get_many(list(call_ids))
    for cid in call_ids:
        if cid not in known:
            raise RequestError(f"call {cid} is not in the catalog of {store.root}; check the call id "
                               "(and --store/--catalog)")
    run_id = catalog.start_run("hold")
    changed = [cid for cid in call_ids if catalog.set_hold(cid, on, run_id)]
    catalog.finish_run(run_id, "ok", {"changed": len(changed), "asked": len(call_ids)})
    return changed
