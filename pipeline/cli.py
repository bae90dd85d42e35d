"""The `sottovoce` command line."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from .errors import RulesError, SottovoceError

log = logging.getLogger("sottovoce")
AUDIO_SUFFIXES = {".wav", ".flac", ".mp3", ".ogg", ".oga", ".opus", ".m4a", ".wave"}


def _expand(paths: list[str]) -> list[Path]:
    out = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.iterdir() if f.suffix.lower() in AUDIO_SUFFIXES)
        else:
            out.append(p)
    return out


def cmd_process(args: argparse.Namespace) -> int:
    from . import asr, detect
    from .batch import handle_file
    from .process import ProcessOptions
    from .rules import validate_all
    from .store import Store

    try:
        validate_all(args.rules)  # invalid rules never run
    except RulesError as err:
        print(f"error: invalid redaction rules, nothing processed:\n{err}", file=sys.stderr)
        return 2
    files = _expand(args.files)
    if not files:
        print("error: no recordings given; pass audio files or a folder", file=sys.stderr)
        return 2
    store = Store(args.store)
    store.clean_staging()
    options = ProcessOptions(asr=asr.AsrOptions(model=args.model, beam_size=args.beam_size), rules_dir=args.rules,
                             purpose=args.purpose, language=args.language, verify=args.verify)
    try:
        asr.model_for(options.asr)  # load once, up front, for the whole batch
        detect.analyzer()
    except SottovoceError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    failed = quarantined = 0
    bar = None
    if sys.stderr.isatty() and not args.quiet:
        from tqdm import tqdm
        bar = tqdm(total=len(files), unit="call", file=sys.stderr)
    for f in files:
        outcome = handle_file(f, store, options, catalog_url=args.catalog)
        failed += not outcome.ok
        quarantined += outcome.quarantined
        if bar is not None:
            bar.write(outcome.message)
            bar.update()
        else:
            print(outcome.message, flush=True)
    if bar is not None:
        bar.close()
    print(f"{len(files) - failed} of {len(files)} calls processed into {store.root}"
          + (f"; {quarantined} quarantined in {store.quarantine}" if quarantined else "")
          + (f"; {failed - quarantined} not processed, left as they are (see above)" if failed > quarantined else ""))
    return 1 if failed else 0


def cmd_models(args: argparse.Namespace) -> int:
    from models.provision import list_models

    for m in list_models():
        state = "installed" if m.installed else "NOT installed"
        print(f"{m.name:14s} {state:13s} {','.join(m.languages):6s} {m.description}\n{'':14s} {m.location}")
    print("\nDefault ASR: whisper-base (set SOTTOVOCE_ASR_MODEL or --model; a hub name like 'small' needs internet)")
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    from .rules import ENTITIES, diff_rules, load_purpose, validate_all

    try:
        if args.rules_cmd == "diff":
            lines = diff_rules(args.old, args.new)
            print("\n".join(lines) if lines else "no difference")
            return 0
        if args.rules_cmd == "eval":
            return _rules_eval(args)
        if args.rules_cmd == "validate":
            loaded = validate_all(args.rules)
            for name, r in loaded.items():
                print(f"ok  {name:22s} version {r.version}")
            return 0
        r = load_purpose(args.purpose, args.rules).rules
    except SottovoceError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.rules_cmd == "try":
        return _rules_try(args, r)
    removed = [e for e in ENTITIES if e not in r.keep]
    print(f"{r.name}: {r.description}\nlegal basis: {r.legal_basis}\nlanguages: {', '.join(r.languages)}")
    print(f"kept (the purpose needs them): {', '.join(r.keep) or 'nothing'}")
    print("removed (everything else): " + ", ".join(f"{e} as {r.operator(e)}" for e in removed))
    a = r.audio
    print(f"audio: {a.mode}" + (f" {a.frequency_hz:.0f} Hz at {a.level_db:+.0f} dB of the speech" if a.mode == "tone" else "")
          + f", padded {a.pad_s} s; untranscribed speech: {a.untranscribed}")
    t = r.retention
    print(f"retention: raw audio {t.raw_audio_days} d, bleeped audio {t.audio_days} d, "
          f"transcript {t.transcript_days} d, report {t.report_days} d")
    print(f"recording notice: missing -> {r.notice.on_missing}")
    return 0


def _rules_eval(args: argparse.Namespace) -> int:
    """Process a labelled corpus with the rules under test and score the outputs."""
    import tempfile

    from evaluation.corpus import format_score, score_store

    from .rules import validate_all

    loaded = validate_all(args.rules)
    keep_for = {name: set(r.rules.keep) for name, r in loaded.items()}
    files = sorted(p for p in Path(args.corpus).iterdir() if p.suffix.lower() in AUDIO_SUFFIXES)
    if args.purpose:
        files = [f for f in files if json.loads(f.with_suffix(".json").read_text()).get("purpose") == args.purpose]
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(args.store) if args.store else Path(tmp) / "store"
        if not args.store or not (store / "calls").exists():
            argv = ["process", *map(str, files), "--store", str(store), "-q"]
            if args.rules:
                argv += ["--rules", str(args.rules)]
            if args.model:
                argv += ["--model", args.model]
            main(argv)
        print(format_score(score_store(Path(args.corpus), store, keep_for)))
    return 0


def _rules_try(args: argparse.Namespace, rules) -> int:
    from .trial import try_rules

    turns = [tuple(t.split(":", 1)) if t.split(":", 1)[0] in ("agent", "customer") else ("mixed", t)
             for t in args.text]
    trial = try_rules(turns, args.language, rules)
    # the DPO's own typed text, echoed back to them: never a call's transcript
    for d in trial.decisions:
        f = d.finding
        words = " ".join(trial.transcript.segments[w.segment].words[w.word].text for w in f.words)
        print(f"{d.action:6s} {f.entity:15s} {words!r:40s} by {f.recognizer} score {f.score}"
              + (f" cue '{f.cue}'" if f.cue else "") + f" ({d.rule})")
    print("\n" + trial.redacted_text)
    return 0


# --- flows: `sottovoce serve` (both Prefect flows on cron schedules) ---
def cmd_serve(args: argparse.Namespace) -> int:
    from flows import deployments
    from flows.runners import require_api_server

    if args.catalog:  # the flow runs read it from the environment (a URL can hold a password: no parameter)
        os.environ["SOTTOVOCE_CATALOG_URL"] = args.catalog
    try:
        require_api_server("sottovoce serve")
        if not Path(args.inbox).is_dir():
            raise SottovoceError(f"inbox {args.inbox} is not a folder; give the folder the nightly run reads")
        crons = {k: v for k, v in (("minimise_cron", args.minimise_cron), ("retention_cron", args.retention_cron)) if v}
        deployments.serve(args.inbox, args.store, model=args.model, rules_dir=args.rules, dask_address=args.dask,
                          **crons)
    except SottovoceError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    return 0


def _add_serve_parser(sub) -> None:
    s = sub.add_parser("serve", help="serve the nightly run and the daily retention sweep on cron schedules "
                                     "(a Prefect server: PREFECT_API_URL)")
    s.add_argument("--inbox", required=True, help="folder the nightly run minimises")
    s.add_argument("--store", required=True)
    s.add_argument("--catalog", metavar="URL", help="catalog database URL (default: $SOTTOVOCE_CATALOG_URL, "
                   "else SQLite <store>/catalog.db)")
    s.add_argument("--model", help="ASR model (default: whisper-base)")
    s.add_argument("--rules", type=Path, help="redaction rules folder (default: the shipped redaction_rules/)")
    s.add_argument("--dask", metavar="ADDRESS", help="run the per-call tasks on the Dask cluster of this scheduler "
                   "(tcp://host:8786); needs PREFECT_API_URL, the inbox and store on a filesystem every worker "
                   "sees, the models on every worker")
    s.add_argument("--minimise-cron", help="default '0 2 * * *' (UTC, nightly)")
    s.add_argument("--retention-cron", help="default '0 5 * * *' (UTC, daily)")
    s.set_defaults(func=cmd_serve)


EPHEMERAL_STARTUP_S = "120"  # Prefect's 20 s default: a fresh ephemeral server's migrations missed it on a busy box


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    # before Prefect is imported (its settings are read then); a user's own value stands
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", EPHEMERAL_STARTUP_S)
    ap = argparse.ArgumentParser(prog="sottovoce", description="Minimise call recordings: bleep and redact the "
                                 "personal data their purpose does not need.")
    ap.add_argument("-v", "--verbose", action="store_true")
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("process", help="process recordings (each with its <name>.json sidecar) into a store")
    p.add_argument("files", nargs="+", help="audio files or folders")
    p.add_argument("--store", required=True, help="output folder (calls/<call_id>/...)")
    p.add_argument("--purpose", help="override the sidecar's purpose")
    p.add_argument("--language", choices=["it", "en"], help="override the sidecar's language")
    p.add_argument("--model", help="ASR model: whisper-base (default), tiny.en, a hub name or a CTranslate2 folder")
    p.add_argument("--beam-size", type=int, default=5)
    p.add_argument("--rules", type=Path, help="redaction rules folder (default: the shipped redaction_rules/)")
    p.add_argument("--verify", action=argparse.BooleanOptionalAction, default=None,
                   help="listen again around each bleep and widen it where a value is still heard "
                        "(default: as the rules say, audio.verify)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--catalog", metavar="URL", help="catalog database URL (default: $SOTTOVOCE_CATALOG_URL, "
                   "else SQLite <store>/catalog.db)")
    p.set_defaults(func=cmd_process)
    from .cli_ops import add_ops_parsers

    add_ops_parsers(sub)  # run, retention sweep, hold, forget, export
    m = sub.add_parser("models", help="list configured and installed models")
    m.set_defaults(func=cmd_models)
    r = sub.add_parser("rules", help="validate and explain the redaction rules")
    rs = r.add_subparsers(dest="rules_cmd", required=True)
    rv = rs.add_parser("validate")
    rv.add_argument("--rules", type=Path)
    rsh = rs.add_parser("show")
    rsh.add_argument("purpose")
    rsh.add_argument("--rules", type=Path)
    rd = rs.add_parser("diff", help="what changes between two rules folders")
    rd.add_argument("old", type=Path)
    rd.add_argument("new", type=Path)
    re_ = rs.add_parser("eval", help="per-entity precision/recall and audio scores on a labelled corpus")
    re_.add_argument("--corpus", type=Path, required=True, help="folder of <id>.wav + <id>.json and truth/")
    re_.add_argument("--purpose", help="only the calls of this purpose")
    re_.add_argument("--rules", type=Path)
    re_.add_argument("--model", help="ASR model (default: whisper-base)")
    re_.add_argument("--store", type=Path, help="score this store (processed already) instead of a fresh run")
    rt = rs.add_parser("try", help="what would be removed from typed text, and why")
    rt.add_argument("purpose")
    rt.add_argument("--language", choices=["it", "en"], default="it")
    rt.add_argument("--text", action="append", required=True,
                    help="a turn; 'agent: ...' or 'customer: ...' for stereo turns; repeat for a dialogue")
    rt.add_argument("--rules", type=Path)
    r.set_defaults(func=cmd_rules)
    from .review.commands import add_parser as add_review_parser  # `sottovoce review ...` (pipeline/review/)
    add_review_parser(sub)
    _add_serve_parser(sub)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
