"""Data-subject requests on a store: erasure (`forget`) and access (`export`).

Calls are selected by call id, or by a customer reference that sidecars may carry
(`customer_ref`): the catalog holds it only as a salted hash, and quarantined sidecars are
matched too. What is held about a call is whatever the store has on disk for it - its outputs
(`calls/` or `held/`), the raw recording its purpose retains (`raw/`), quarantined inputs,
and staging or replaced folders an interrupted run left - not only what the catalog lists -
and, outside the catalog, the review site's pages of the call (`review/calls/<id>.*.html`: its
redacted transcript) and the reviewers' marks on it (`marks/marks.jsonl`: a comment may hold
personal data). A call under a legal hold is neither erased nor changed; it is reported.
Exports are private: folders 0700, files 0600, each fsynced.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from .artifacts import AREAS, OUTPUT_KINDS, sha256_file, utcnow
from .catalog import Catalog, customer_hash, open_catalog
from .errors import RequestError
from .sidecar import sidecar_path
from .review import marks as marks_mod
from .review.site import remove_call_pages
from .store import Store, unlink_durable


@dataclass(frozen=True)
class HeldFile:
    call_id: str
    kind: str  # raw_audio | audio | transcript | report | quarantined | leftover
    path: str  # relative to the store root


@dataclass(frozen=True)
class ErasureResult:
    calls: tuple[str, ...]  # calls erased
    removed: tuple[HeldFile, ...]
    held: tuple[str, ...] = ()  # under a legal hold: left untouched
    not_found: tuple[str, ...] = ()  # call ids asked for that the store has nothing of (a tombstone is kept)
    marks: tuple[tuple[str, int], ...] = ()  # (call id, reviewers' marks removed from marks/marks.jsonl)
    left: tuple[tuple[str, str], ...] = ()  # (call id, why): a file not removed, and the reason

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.removed:
            out[f.kind] = out.get(f.kind, 0) + 1
        return dict(sorted(out.items()))

    def summary(self) -> str:
        kinds = ", ".join(f"{k} x{n}" for k, n in self.counts().items()) or "no files"
        return (f"{len(self.calls)} calls erased ({kinds}); {sum(n for _, n in self.marks)} reviewer marks removed; "
                f"{len(self.held)} under legal hold kept; {len(self.not_found)} not found")


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    calls: tuple[str, ...]
    files: int
    held: tuple[str, ...] = ()  # exported too; listed because they are under a legal hold

    def summary(self) -> str:
        return f"{len(self.calls)} calls, {self.files} files exported with manifest.json"


@dataclass(frozen=True)
class _Quarantined:
    call_id: Optional[str]
    ref_hash: Optional[str]
    files: tuple[Path, ...]


def _quarantined(store: Store) -> list[_Quarantined]:
    """Quarantined inputs whose sidecar names a call (a malformed sidecar names none)."""
    out = []
    q = store.quarantine
    if not q.is_dir():
        return out
    salt = store.salt()
    for sc in sorted(q.glob("*.json")):
        try:
            data = json.loads(sc.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue
        if not isinstance(data, dict):
            continue
        ref = data.get("customer_ref")
        files = tuple(f for f in sorted(q.iterdir()) if f.is_file() and (
            f.stem == sc.stem or (f.name.endswith(".reason.txt") and Path(f.name[:-len(".reason.txt")]).stem == sc.stem)))
        out.append(_Quarantined(data.get("call_id") if isinstance(data.get("call_id"), str) else None,
                                customer_hash(salt, ref) if isinstance(ref, str) and ref.strip() else None, files))
    return out


def select_calls(store: Store, catalog: Catalog, call_ids: Iterable[str] = (),
                 customer_ref: Optional[str] = None) -> list[str]:
    ids = set(call_ids)
    if customer_ref is not None:
        if not customer_ref.strip():
            raise RequestError("the customer reference is empty; give the value the sidecars carry as customer_ref")
        ref_hash = customer_hash(store.salt(), customer_ref)
        ids |= set(catalog.calls_for_customer(ref_hash))
        ids |= {q.call_id for q in _quarantined(store) if q.ref_hash == ref_hash and q.call_id}
    if not ids and customer_ref is None:
        raise RequestError("no call selected; give --call-id ID (repeatable) or --customer-ref REF")
    return sorted(ids)


def held_files(store: Store, call_id: str) -> list[HeldFile]:
    """Every file the store holds for a call, found on disk."""
    root, out = store.root, []
    for area in (*AREAS, "raw"):
        d = root / area / call_id
        if d.is_dir():
            for f in sorted(p for p in d.rglob("*") if p.is_file()):
                kind = "raw_audio" if area == "raw" else OUTPUT_KINDS.get(f.name, "leftover")
                out.append(HeldFile(call_id, kind, f.relative_to(root).as_posix()))
    leftover = re.compile(rf"\.(staging-{re.escape(call_id)}-[a-z0-9_]{{8}}|old-{re.escape(call_id)}-\d+)")
    if store.calls.is_dir():
        for d in sorted(p for p in store.calls.iterdir() if p.is_dir() and leftover.fullmatch(p.name)):
            out += [HeldFile(call_id, "leftover", f.relative_to(root).as_posix())
                    for f in sorted(d.rglob("*")) if f.is_file()]
    for q in _quarantined(store):
        if q.call_id == call_id:
            out += [HeldFile(call_id, "quarantined", f.relative_to(root).as_posix()) for f in q.files]
    return out


def _prune(root: Path, rel: str) -> None:
    """Remove the now empty folders above a removed file, up to the store's top-level areas."""
    d = (root / rel).parent
    while d.parent != root and d != root and d.is_dir() and not any(d.iterdir()):
        d.rmdir()
        d = d.parent


INBOX_REPLACED = ("the inbox file the catalog recorded for it now holds a different recording (another "
                  "checksum): left in the inbox, not removed; check it and give it its own call_id")


def forget(store: Store, *, call_ids: Iterable[str] = (), customer_ref: Optional[str] = None,
           catalog_url: Optional[str] = None) -> ErasureResult:
    """Erase every file of the selected calls (outputs, retained raw audio, quarantined inputs,
    a raw recording still waiting in the inbox, the review site's pages) and the reviewers' marks
    on them, and record it; a held call is left alone. A call id the store has nothing of still
    gets a tombstone, so a later delivery of it is not processed."""
    catalog = open_catalog(store.root, catalog_url)
    selected = select_calls(store, catalog, call_ids, customer_ref)
    recs = catalog.get_many(selected)
    run_id = catalog.start_run("forget")
    erased, removed, held, missing, marks, left = [], [], [], [], [], []
    for cid in selected:
        rec = recs.get(cid)
        if rec is not None and rec.legal_hold:
            held.append(cid)
            continue
        files = held_files(store, cid)
        marked = bool(marks_mod.lines_of(store.root, cid))
        pages = remove_call_pages(store.root, cid)
        pages_held = [HeldFile(cid, "review_page", p.relative_to(store.root).as_posix()) for p in pages]
        if not files and not pages and not marked and (rec is None or rec.status != "registered"):
            if rec is None:  # never catalogued: a tombstone, so a later delivery is not processed
                catalog.mark_erased(cid, run_id, [])
            missing.append(cid)  # nothing (left) to erase
            continue
        if rec is not None and rec.raw_state == "inbox" and rec.raw_source:  # an interrupted run's leftover
            src = Path(rec.raw_source)
            present = src.exists()
            if present and (rec.source_sha256 is None or sha256_file(src) != rec.source_sha256):
                left.append((cid, INBOX_REPLACED))  # another recording now: not this call's to remove
                present = False
                detail = "erased on request; the inbox file now holds a different recording: left there"
            else:
                unlink_durable(src, sidecar_path(src))
                detail = "erased on request"
            catalog.set_raw(cid, "removed", run_id, rules_version=rec.rules_version, detail=detail)
            if present:
                removed.append(HeldFile(cid, "raw_audio", "(inbox)"))
        for f in files:
            unlink_durable(store.root / f.path)
            _prune(store.root, f.path)
        n = marks_mod.remove_call(store.root, cid)
        audited = [(f.kind, f.path) for f in files + pages_held]
        if n:
            marks.append((cid, n))
            audited.append(("marks", marks_mod.marks_path(store.root).relative_to(store.root).as_posix()))
        catalog.mark_erased(cid, run_id, audited)
        removed += files + pages_held
        erased.append(cid)
    catalog.finish_run(run_id, "ok", {"erased": len(erased), "files": len(removed), "held": len(held),
                                      "not_found": len(missing), "marks": sum(n for _, n in marks),
                                      "left": len(left)})
    return ErasureResult(tuple(erased), tuple(removed), tuple(held), tuple(missing), tuple(marks), tuple(left))


def _private_dir(path: Path) -> None:
    """A folder only its owner can read (made, or an existing empty export folder narrowed)."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)


def _write_private(dest: Path, chunks: Iterable[bytes]) -> None:
    """A new file 0600 with `chunks`, fsynced."""
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        for chunk in chunks:
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())


def _read_chunks(src: Path) -> Iterable[bytes]:
    with open(src, "rb") as f:
        yield from iter(lambda: f.read(1 << 20), b"")


def _fsync_tree(top: Path) -> None:
    """fsync every folder under `top` (and `top`): the new files' names are durable."""
    for d in [top, *sorted(p for p in top.rglob("*") if p.is_dir())]:
        fd = os.open(d, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def export(store: Store, dest: Path, *, call_ids: Iterable[str] = (), customer_ref: Optional[str] = None,
           catalog_url: Optional[str] = None) -> ExportResult:
    """Copy what the store holds about the selected calls into `dest/<call_id>/`, with
    `dest/manifest.json` (written last: a folder with a manifest is complete)."""
    dest = Path(dest)
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise RequestError(f"{dest}: the export folder exists and is not empty; give a new or empty folder")
    catalog = open_catalog(store.root, catalog_url)
    selected = select_calls(store, catalog, call_ids, customer_ref)
    recs = catalog.get_many(selected)
    _private_dir(dest)
    run_id = catalog.start_run("export")
    calls, nfiles = [], 0
    for cid in selected:
        rec = recs.get(cid)
        listed = {a.path: a for a in catalog.artifacts_of(cid)}
        entries = []
        for f in held_files(store, cid):
            area, _, rest = f.path.partition("/")
            name = rest.split("/", 1)[1] if area in (*AREAS, "raw") else Path(f.path).name
            target = Path(cid) / ("raw/" if area == "raw" else "quarantine/" if area == "quarantine" else "") / name
            if f.kind == "leftover":
                continue  # an interrupted run's partial copy of the outputs: not a record of the call
            if (dest / target).exists():  # outputs in both calls/ and held/: keep both, apart
                target = Path(cid) / area / name
            for d in reversed((dest / target).parents):
                if d.is_relative_to(dest) and not d.exists():
                    _private_dir(d)
            _write_private(dest / target, _read_chunks(store.root / f.path))
            digest = sha256_file(dest / target)
            a = listed.get(f.path)
            entries.append({"kind": f.kind, "file": target.as_posix(), "stored_as": f.path, "sha256": digest,
                            "size": (dest / target).stat().st_size,
                            "catalog_checksum_matches": None if a is None else a.checksum == digest,
                            "created": a.created.isoformat() if a else None,
                            "expires": a.expires.isoformat() if a and a.expires else None})
        lines = marks_mod.lines_of(store.root, cid)
        if lines:  # the reviewers' marks on the call, comments included: they are about the data subject
            target = Path(cid) / "marks.jsonl"
            _private_dir(dest / cid)
            _write_private(dest / target, ["".join(ln + "\n" for ln in lines).encode("utf-8")])
            entries.append({"kind": "marks", "file": target.as_posix(),
                            "stored_as": marks_mod.marks_path(store.root).relative_to(store.root).as_posix(),
                            "sha256": sha256_file(dest / target), "size": (dest / target).stat().st_size,
                            "marks": len(lines), "catalog_checksum_matches": None, "created": None,
                            "expires": None})
        if rec is None and not entries:
            continue
        calls.append({"call_id": cid, "status": rec.status if rec else "not catalogued",
                      "purpose": rec.purpose if rec else None, "language": rec.language if rec else None,
                      "recorded_at": rec.recorded_at.isoformat() if rec and rec.recorded_at else None,
                      "processed_at": rec.processed_at.isoformat() if rec and rec.processed_at else None,
                      "legal_hold": bool(rec and rec.legal_hold),
                      "notice": {"present": rec.notice_present, "action": rec.notice_action} if rec else None,
                      "raw_recording": rec.raw_state if rec else None, "files": entries})
        nfiles += len(entries)
        catalog.audit(run_id, "exported", cid, detail=f"{len(entries)} files on request")
    manifest = {"exported_at": utcnow().isoformat(), "calls": calls,
                "note": "what the store holds about these calls: the minimised outputs, the raw recording "
                        "where the purpose retains it, quarantined inputs, and reviewers' marks"}
    _fsync_tree(dest)
    _write_private(dest / "manifest.json", [(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")])
    _fsync_tree(dest)
    catalog.finish_run(run_id, "ok", {"calls": len(calls), "files": nfiles})
    return ExportResult(dest, tuple(c["call_id"] for c in calls), nfiles,
                        tuple(c["call_id"] for c in calls if c["legal_hold"]))
