"""Operations commands of `sottovoce`: run, retention sweep, hold, forget, export.

Each prints counts, call ids and store paths - never a customer reference or a value.
"""
from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path

from .errors import SottovoceError


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", required=True, type=Path, help="the store folder")
    p.add_argument("--catalog", metavar="URL", help="catalog database URL, e.g. postgresql://user@host/db "
                   "(default: $SOTTOVOCE_CATALOG_URL, else SQLite <store>/catalog.db)")


def _selectors(p: argparse.ArgumentParser) -> None:
    p.add_argument("--call-id", action="append", default=[], metavar="ID", help="a call (repeatable)")
    p.add_argument("--customer-ref", metavar="REF",
                   help="the customer reference sidecars carry; '-' reads it from standard input "
                        "(keeps it out of the shell history)")


def _customer_ref(args: argparse.Namespace) -> str | None:
    if args.customer_ref == "-":
        return sys.stdin.readline().strip()
    return args.customer_ref


def _as_of(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)  # a date alone is 00:00 UTC of that day
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; give YYYY-MM-DD or an ISO date-time") from None


def cmd_run(args: argparse.Namespace) -> int:
    if args.catalog:  # the flow reads it from the environment: a URL can hold a password, not a flow parameter
        os.environ["SOTTOVOCE_CATALOG_URL"] = args.catalog
    from flows.minimise import run_inbox

    s = run_inbox(args.inbox, args.store, args.model, args.rules, dask_address=args.dask)
    print(f"{s['processed']} processed, {s['skipped']} skipped as already done, {s['quarantined']} quarantined, "
          f"{s['failed']} failed and left for the next run"
          + (f", {s['deferred']} deferred (another recording's call_id; next run)" if s["deferred"] else "")
          + f" (of {s['found']} recordings in the inbox) into {args.store}")
    return 1 if s["quarantined"] or s["failed"] else 0


def cmd_sweep(args: argparse.Namespace) -> int:
    from .retention import sweep
    from .store import Store

    print(sweep(Store(args.store), as_of=args.as_of, dry_run=args.dry_run, catalog_url=args.catalog).summary())
    return 0


def cmd_hold(args: argparse.Namespace) -> int:
    from .retention import set_hold
    from .store import Store

    if not args.call_id:
        print("error: give --call-id ID (repeatable)", file=sys.stderr)
        return 2
    changed = set_hold(Store(args.store), args.call_id, on=not args.release, catalog_url=args.catalog)
    verb = "released" if args.release else "placed"
    for cid in args.call_id:
        print(f"{cid}: legal hold {verb}" + ("" if cid in changed else " already"))
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    from .requests import forget
    from .store import Store

    r = forget(Store(args.store), call_ids=args.call_id, customer_ref=_customer_ref(args), catalog_url=args.catalog)
    for f in r.removed:
        print(f"removed {f.call_id}: {f.path} ({f.kind})")
    for cid, n in r.marks:
        print(f"removed {cid}: {n} reviewer marks from marks/marks.jsonl")
    for cid, why in r.left:
        print(f"LEFT {cid}: {why}")
    for cid in r.held:
        print(f"KEPT {cid}: under legal hold, nothing removed; release it first "
              f"(sottovoce hold --store {args.store} --call-id {cid} --release) once the legal claim allows")
    for cid in r.not_found:
        print(f"{cid}: nothing held in this store; its tombstone keeps a later delivery from being processed")
    print(r.summary())
    return 1 if r.held or r.left else 0


def cmd_export(args: argparse.Namespace) -> int:
    from .requests import export
    from .store import Store

    r = export(Store(args.store), args.to, call_ids=args.call_id, customer_ref=_customer_ref(args),
               catalog_url=args.catalog)
    print(f"{r.summary()} into {r.folder}" + (f"; under legal hold: {', '.join(r.held)}" if r.held else ""))
    return 0


def _guarded(func):
    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except SottovoceError as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
    return run


def add_ops_parsers(sub) -> None:
    p = sub.add_parser("run", help="the nightly run, once: minimise every new recording of INBOX into the store, "
                                   "register it in the catalog and consume its raw recording")
    p.add_argument("inbox", type=Path)
    _common(p)
    p.add_argument("--model", help="ASR model (default: whisper-base; tiny.en for fast English runs)")
    p.add_argument("--rules", type=Path, help="redaction rules folder")
    p.add_argument("--dask", metavar="ADDRESS", help="run the per-call tasks on the Dask cluster of this scheduler "
                   "(tcp://host:8786); needs PREFECT_API_URL (see `sottovoce serve --help`)")
    p.set_defaults(func=_guarded(cmd_run))
    r = sub.add_parser("retention", help="apply the purposes' retention rules")
    rs = r.add_subparsers(dest="retention_cmd", required=True)
    sw = rs.add_parser("sweep", help="delete every artifact past its expiry (a call under legal hold is kept)")
    _common(sw)
    sw.add_argument("--as-of", type=_as_of, help="sweep as if it were this date (UTC; default: now)")
    sw.add_argument("--dry-run", action="store_true", help="count what would be deleted, delete nothing")
    sw.set_defaults(func=_guarded(cmd_sweep))
    h = sub.add_parser("hold", help="place (or --release) a legal hold: retention and erasure leave the call alone")
    _common(h)
    h.add_argument("--call-id", action="append", default=[], metavar="ID", help="a call (repeatable)")
    h.add_argument("--release", action="store_true", help="release the hold")
    h.set_defaults(func=_guarded(cmd_hold))
    f = sub.add_parser("forget", help="erasure on request: remove every file of the selected calls")
    _common(f)
    _selectors(f)
    f.set_defaults(func=_guarded(cmd_forget))
    e = sub.add_parser("export", help="access on request: copy what is held about the selected calls, with a manifest")
    _common(e)
    _selectors(e)
    e.add_argument("--to", required=True, type=Path, help="a new or empty folder")
    e.set_defaults(func=_guarded(cmd_export))
