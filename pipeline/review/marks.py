"""Reviewers' feedback marks for the DPO: "missed personal data" or "wrongly removed".

A reviewer names a span as a word range of one turn (segment index, first and last word);
the channel, speaker, times and the removed entities in the range are taken from the call's
transcript.json, never from the page. Marks are appended, one JSON line each, to
`<store>/marks/marks.jsonl` (folder 0700, file 0600): beside the outputs, with the same
protection, because a comment on missed personal data may itself hold personal data.
Reports show kinds, calls, times and counts; comments only when asked (`--comments`).
"""
from __future__ import annotations

import fcntl
import json
import os
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import MarkError
from .calls import call_ids, load_call

Kind = Literal["missed", "wrongly_removed"]
MAX_COMMENT = 2000


class MarkRequest(BaseModel):
    """What a reviewer sends: which words of which turn, and what is wrong with them."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    call_id: str = Field(min_length=1, max_length=200)
    segment: int = Field(ge=0)
    first_word: int = Field(ge=0)
    last_word: int = Field(ge=0)
    kind: Kind
    comment: str = Field(default="", max_length=MAX_COMMENT)
    reviewer: str = Field(min_length=1, max_length=100)

    @model_validator(mode="after")
    def _ordered(self) -> "MarkRequest":
        if self.last_word < self.first_word:
            raise ValueError("last_word comes before first_word")
        return self


class Mark(BaseModel):
    """A saved mark: the request resolved against the call's redacted transcript."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    call_id: str
    channel: int
    speaker: str
    segment: int
    first_word: int
    last_word: int
    start: float
    end: float
    kind: Kind
    entities: tuple[str, ...]  # entities of the removed words in the range (empty for plain words)
    comment: str
    reviewer: str
    created: datetime
    rules_version: str

    @model_validator(mode="after")
    def _times(self) -> "Mark":
        if self.end < self.start or self.last_word < self.first_word:
            raise ValueError("a mark ends before it starts")
        return self


def request_from_json(body: bytes) -> MarkRequest:
    """Parse a request body; the error names the fields, never their values."""
    try:
        return MarkRequest.model_validate_json(body)
    except ValidationError as err:
        raise MarkError("invalid mark: " + "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in err.errors(include_input=False))) from None


def resolve(request: MarkRequest, store_root: Path, *, now: Optional[datetime] = None) -> Mark:
    """The request's word range in the call's transcript: channel, speaker, times, entities."""
    if request.call_id not in call_ids(store_root):
        raise MarkError("invalid mark: call_id: no such call in the store")
    view = load_call(Path(store_root), request.call_id)
    turn = next((t for t in view.turns if t.segment == request.segment), None)
    if turn is None:
        raise MarkError("invalid mark: segment: no such turn in the call's transcript")
    if request.last_word >= len(turn.words):
        raise MarkError(f"invalid mark: last_word: the turn has {len(turn.words)} words")
    words = turn.words[request.first_word:request.last_word + 1]
    entities = tuple(dict.fromkeys(w.entity for w in words if w.redacted and w.entity))
    return Mark(id=uuid.uuid4().hex, call_id=request.call_id, channel=turn.channel, speaker=turn.speaker,
                segment=turn.segment, first_word=request.first_word, last_word=request.last_word,
                start=words[0].start, end=words[-1].end, kind=request.kind, entities=entities,
                comment=request.comment, reviewer=request.reviewer,
                created=now or datetime.now(timezone.utc), rules_version=view.summary.rules_version)


def marks_path(store_root: Path) -> Path:
    return Path(store_root) / "marks" / "marks.jsonl"


def _open_locked(path: Path) -> int:
    """The marks file opened for appending, under an exclusive lock - the file now at `path`
    (`remove_call` swaps in a rewritten file: a writer that waited on the old one reopens)."""
    while True:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            st = os.fstat(fd)
            try:
                current = os.stat(path)
            except FileNotFoundError:
                current = None
            if current is not None and (current.st_dev, current.st_ino) == (st.st_dev, st.st_ino):
                return fd
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)


def append(store_root: Path, mark: Mark) -> Path:
    """Append one mark, durably, under an exclusive lock (several servers may share a store)."""
    path = marks_path(store_root)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    line = (mark.model_dump_json() + "\n").encode("utf-8")
    fd = _open_locked(path)
    try:
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)
    return path


def _line_call(line: str) -> Optional[str]:
    """The call a line of the marks file is about, also for a line that is no valid mark."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError:
        return None
    value = data.get("call_id") if isinstance(data, dict) else None
    return value if isinstance(value, str) else None


def lines_of(store_root: Path, call_id: str) -> list[str]:
    """The marks file's lines about a call, as stored (comments included): for an access request."""
    path = marks_path(store_root)
    if not path.exists():
        return []
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and _line_call(ln) == call_id]


def remove_call(store_root: Path, call_id: str) -> int:
    """Erasure: rewrite the marks file without the call's marks (their comments may hold personal
    data), atomically (a new file 0600, fsynced, renamed over the old one) under the lock that
    `append` takes. Returns how many lines went; 0 leaves the file untouched."""
    path = marks_path(store_root)
    if not path.exists():
        return 0
    fd = _open_locked(path)
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines(keepends=True)
        kept = [ln for ln in lines if not (ln.strip() and _line_call(ln) == call_id)]
        if len(kept) == len(lines):
            return 0
        tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
        tfd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(tfd, "w", encoding="utf-8") as out:
                out.write("".join(ln if ln.endswith("\n") else ln + "\n" for ln in kept))
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
        return len(lines) - len(kept)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class MarksRead:
    marks: tuple[Mark, ...]
    bad_lines: tuple[int, ...]  # line numbers that are not a valid mark (e.g. a hand edit)


def load(store_root: Path, call_id: Optional[str] = None) -> MarksRead:
    path = marks_path(store_root)
    if not path.exists():
        return MarksRead((), ())
    marks, bad = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            mark = Mark.model_validate_json(line)
        except ValidationError:
            bad.append(n)
            continue
        if call_id is None or mark.call_id == call_id:
            marks.append(mark)
    return MarksRead(tuple(sorted(marks, key=lambda m: (m.created, m.call_id))), tuple(bad))


def public_view(mark: Mark) -> dict:
    """A mark as the page lists it: no comment."""
    return {"id": mark.id, "kind": mark.kind, "channel": mark.channel, "speaker": mark.speaker,
            "segment": mark.segment, "start": mark.start, "end": mark.end, "entities": list(mark.entities),
            "reviewer": mark.reviewer, "created": mark.created.isoformat()}


def _clock(t: float) -> str:
    m, s = divmod(t, 60)
    return f"{int(m):02d}:{s:05.2f}"


def report(read: MarksRead, *, comments: bool = False) -> list[str]:
    """The DPO's list: one line a mark, then counts per kind and per call; comments only if asked."""
    lines = []
    for m in read.marks:
        line = (f"{m.created:%Y-%m-%d %H:%M} {m.call_id} ch{m.channel} {m.speaker:8s} "
                f"{_clock(m.start)}-{_clock(m.end)} {m.kind:15s} {','.join(m.entities) or '-':15s} "
                f"by {m.reviewer} (rules {m.rules_version or '?'})")
        if comments and m.comment:
            line += f"\n    comment: {m.comment}"
        lines.append(line)
    kinds = Counter(m.kind for m in read.marks)
    per_call = Counter(m.call_id for m in read.marks)
    lines.append(f"{len(read.marks)} marks: missed {kinds['missed']}, wrongly_removed {kinds['wrongly_removed']}; "
                 f"{len(per_call)} calls")
    removed = Counter(e for m in read.marks if m.kind == "wrongly_removed" for e in m.entities)
    if removed:
        lines.append("wrongly removed, per entity: " + ", ".join(f"{e} {n}" for e, n in sorted(removed.items())))
    if read.bad_lines:
        lines.append(f"warning: {len(read.bad_lines)} unreadable lines in the marks file skipped "
                     f"(lines {', '.join(map(str, read.bad_lines))})")
    if not comments and any(m.comment for m in read.marks):
        lines.append("comments hidden (they may hold personal data): add --comments to show them")
    return lines


def to_json(read: MarksRead, *, comments: bool = False) -> str:
    rows = [m.model_dump(mode="json") if comments else public_view(m) | {"call_id": m.call_id,
            "rules_version": m.rules_version} for m in read.marks]
    return json.dumps({"marks": rows, "unreadable_lines": list(read.bad_lines)}, ensure_ascii=False, indent=2)
