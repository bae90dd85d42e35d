"""The `sottovoce review` subcommands: build the site, serve it (and save marks), list marks."""
from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser("review", help="QA review site of the redacted calls, and the reviewers' marks")
    rs = r.add_subparsers(dest="review_cmd", required=True)
    b = rs.add_parser("build", help="write the static review site under STORE/review/")
    b.add_argument("--store", type=Path, required=True)
    s = rs.add_parser("serve", help="rebuild the site and serve it on localhost; reviewers' marks are saved "
                                    "to STORE/marks/marks.jsonl")
    s.add_argument("--store", type=Path, required=True)
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback only)")
    s.add_argument("--port", type=int, default=8765)
    s.add_argument("--reviewer", help="default reviewer name in the mark form (default: the login name)")
    s.add_argument("--no-build", action="store_true", help="serve the site as last built")
    m = rs.add_parser("marks", help="list the reviewers' marks for the DPO (comments hidden unless --comments)")
    m.add_argument("--store", type=Path, required=True)
    m.add_argument("--call", help="only this call's marks")
    m.add_argument("--comments", action="store_true", help="show comments (they may hold personal data)")
    m.add_argument("--json", action="store_true", help="machine-readable output")
    r.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..errors import SottovoceError

    try:
        return {"build": _build, "serve": _serve, "marks": _marks}[args.review_cmd](args)
    except (SottovoceError, FileNotFoundError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


def _build(args: argparse.Namespace, *, hint: bool = True) -> int:
    from .site import build

    result = build(args.store)
    print(f"review site: {result.calls} calls, {result.pages} pages in {result.root}")
    if hint:
        print(f"open {result.root / 'index.html'} (read only), or run `sottovoce review serve --store {args.store}` "
              "to save marks")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from .server import serve

    if not args.no_build:
        _build(args, hint=False)
    reviewer = args.reviewer
    if reviewer is None:
        try:
            reviewer = getpass.getuser()
        except (OSError, KeyError):
            reviewer = ""
    server = serve(args.store, args.host, args.port, reviewer)
    print(f"serving the review site at {server.url}review/index.html (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def _marks(args: argparse.Namespace) -> int:
    from . import marks

    read = marks.load(args.store, args.call)
    print(marks.to_json(read, comments=args.comments) if args.json
          else "\n".join(marks.report(read, comments=args.comments)))
    return 0
