"""Build the static review site under `<store>/review/` from the store's redacted outputs.

Pages: `index.html` (the calls, with filters and sorting) and one page per call
(`calls/<id>.en.html`: redacted transcript as turns, removed spans as labelled chips, the bleeped
audio), each in English and Italian (`*.it.html`). CSS and JavaScript are package files
inlined into every page, allowed by a Content-Security-Policy that names their hashes: no
CDN, no network, and no other script runs even if some text escaped its escaping.
Text goes through Jinja2 with autoescape on. The audio is not copied: a page points at
`../../calls/<id>/audio.wav`, so the site holds no recording and follows the store's
retention. The site is built in a staging folder and swapped in whole, one build at a time
(a lock file); staging or replaced folders a killed build left are removed by the next build.
Erasure and retention remove a call's pages (`remove_call_pages`).
"""
from __future__ import annotations

import base64
import fcntl
import hashlib
import os
import secrets
import shutil
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional
from urllib.parse import quote

import jinja2

from ..store import write_text
from .calls import CallSummary, CallView, Chip, Piece, Span, Turn, call_ids, load_call, load_summary
from .i18n import LANGUAGES, SCRIPT_KEYS, call_page, index_page, strings

HERE = Path(__file__).resolve().parent
ASSETS = HERE / "assets"
LEFTOVERS = (".review-staging-*", ".review-old-*")  # what a killed build leaves in the store root
GLUE_PREFIXES = ("'", "\u2019", ".", ",", "-", "?", "!", ":", ";")


@dataclass(frozen=True)
class BuildResult:
    root: Path
    calls: int  # calls listed in the index
    pages: int  # html files written


@dataclass(frozen=True)
class Asset:
    text: str
    csp_hash: str  # 'sha256-...' for the Content-Security-Policy


def _asset(name: str) -> Asset:
    text = (ASSETS / name).read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
    return Asset(text, f"'sha256-{digest}'")


def csp(css: Asset, js: Asset) -> str:
    return (f"default-src 'none'; script-src {js.csp_hash}; style-src {css.csp_hash}; media-src 'self'; "
            "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'")


def clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def when(recorded_at: Optional[str]) -> str:
    """"2026-11-20T09:00:00Z" -> "2026-11-20 09:00" (as recorded: no time-zone conversion)."""
    if not recorded_at:
        return ""
    return recorded_at.replace("T", " ")[:16]


def spaced(pieces: tuple[Piece, ...]) -> list[tuple[Piece, bool]]:
    """Each piece with whether a space goes before it ("l" "'ordine" -> "l'ordine")."""
    out: list[tuple[Piece, bool]] = []
    prev = ""
    for p in pieces:
        text = "" if isinstance(p, Chip) else p.text
        glued = (text.startswith(GLUE_PREFIXES) and not text.startswith("...")) or prev.endswith(("'", "\u2019"))
        out.append((p, bool(out) and not glued))
        prev = "" if isinstance(p, Chip) else text
    return out


def timeline(view: CallView) -> list[Turn | Span]:
    """Turns and untranscribed (bleeped) speech, by time."""
    return sorted([*view.turns, *view.untranscribed], key=lambda x: (x.start, x.channel))


def call_href(call_id: str, lang: str) -> str:
    return "calls/" + quote(call_page(call_id, lang), safe="")


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(clock=clock, when=when, spaced=spaced, fill=lambda s, **kw: s.format(**kw))
    env.tests.update(chip=lambda p: isinstance(p, Chip), span=lambda p: isinstance(p, Span))
    return env


def _common(lang: str, css: Asset, js: Asset) -> dict:
    t = strings(lang)
    return {"lang": lang, "t": t, "css": css.text, "js": js.text, "csp": csp(css, js),
            "ui_strings": {k: t[k] for k in SCRIPT_KEYS}}


def render_index(summaries: list[CallSummary], lang: str, css: Asset, js: Asset) -> str:
    other = next(x for x in LANGUAGES if x != lang)
    return _env().get_template("index.html.j2").render(
        **_common(lang, css, js), calls=summaries, call_href=lambda cid: call_href(cid, lang),
        other_lang=other, other_href=index_page(other),
        purposes=sorted({s.purpose for s in summaries}), languages=sorted({s.language for s in summaries}),
        entities=sorted({e for s in summaries for e, _ in s.removed}))


def render_call(view: CallView, lang: str, css: Asset, js: Asset) -> str:
    cid = view.summary.call_id
    other = next(x for x in LANGUAGES if x != lang)
    return _env().get_template("call.html.j2").render(
        **_common(lang, css, js), s=view.summary, items=timeline(view),
        audio_src=f"../../calls/{quote(cid, safe='')}/audio.wav",
        index_href="../" + index_page(lang),
        other_lang=other, other_href=quote(call_page(cid, other), safe=""))


def call_pages(store_root: str | os.PathLike, call_id: str) -> list[Path]:
    """A call's pages in the site, and in any staging or replaced site a killed build left."""
    root = Path(store_root)
    sites = [root / "review", *sorted(d for pattern in LEFTOVERS for d in root.glob(pattern) if d.is_dir())]
    return [page for site in sites for lang in LANGUAGES
            if (page := site / "calls" / call_page(call_id, lang)).is_file()]


def remove_call_pages(store_root: str | os.PathLike, call_id: str) -> list[Path]:
    """Remove a call's pages (they hold its redacted transcript); the removed paths. The index
    lists the call until the next build."""
    pages = call_pages(store_root, call_id)
    for page in pages:
        page.unlink(missing_ok=True)
    return pages


def _clean_leftovers(root: Path) -> None:
    for pattern in LEFTOVERS:
        for d in root.glob(pattern):
            shutil.rmtree(d, ignore_errors=True)


def build(store_root: str | os.PathLike) -> BuildResult:
    """Render every page into a staging folder, then swap it in for `<store>/review/`."""
    root = Path(store_root)
    if not (root / "calls").is_dir():
        raise FileNotFoundError(f"{root}: no calls/ folder; pass the --store that `sottovoce process` wrote")
    lock = os.open(root / ".review.lock", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one build at a time: the leftovers below are no running build's
        _clean_leftovers(root)
        return _build(root)
    finally:
        os.close(lock)


def _build(root: Path) -> BuildResult:
    css, js = _asset("review.css"), _asset("review.js")
    summaries = [load_summary(root, cid) for cid in call_ids(root)]
    stage = root / f".review-staging-{secrets.token_hex(4)}"
    (stage / "calls").mkdir(parents=True)
    pages = 0
    try:
        for lang in LANGUAGES:
            write_text(stage / index_page(lang), render_index(summaries, lang, css, js))
            pages += 1
        for s in summaries:
            if not s.has_outputs:
                continue
            view = load_call(root, s.call_id)
            for lang in LANGUAGES:
                write_text(stage / "calls" / call_page(s.call_id, lang), render_call(view, lang, css, js))
                pages += 1
        final = root / "review"
        old = root / f".review-old-{secrets.token_hex(4)}"
        if final.exists():
            os.replace(final, old)
        os.replace(stage, final)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return BuildResult(final, len(summaries), pages)
