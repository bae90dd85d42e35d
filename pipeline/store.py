"""Where artifacts live, written atomically: a call's outputs are built in a hidden
staging folder beside their final place and renamed into `calls/<call_id>/` only once
every file is written and fsynced. A reader never sees a half-written call."""
from __future__ import annotations

import json
import os
import secrets
import shutil
import tempfile
import time
from pathlib import Path


class Store:
    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    @property
    def calls(self) -> Path:
        return self.root / "calls"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    @property
    def raw(self) -> Path:
        """Raw recordings a purpose retains (`retention.raw_audio_days > 0`): raw/<call_id>/."""
        return self.root / "raw"

    def salt(self) -> bytes:
        """The store's secret salt (the `hash` operator, customer references), made once."""
        path = self.root / ".salt"
        if not path.exists():
            self.root.mkdir(parents=True, exist_ok=True)
            tmp = self.root / f".salt.{os.getpid()}.{secrets.token_hex(4)}.tmp"
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(secrets.token_hex(32))
                f.flush()
                os.fsync(f.fileno())
            try:
                os.link(tmp, path)  # appears whole or not at all; the first worker's salt wins
            except FileExistsError:
                pass
            finally:
                tmp.unlink()
            _fsync_dir(self.root)
        return path.read_text().strip().encode()

    def call_dir(self, call_id: str) -> Path:
        return self.calls / call_id

    def staging(self, call_id: str) -> Path:
        self.calls.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".staging-{call_id}-", dir=self.calls))

    def commit(self, staging: Path, call_id: str, *, area: str = "calls") -> Path:
        """Move a fully written staging folder into place (replacing an older output).
        `area`: "calls", or "held" for calls kept apart for review."""
        for f in staging.iterdir():
            _fsync(f)
        (self.root / area).mkdir(parents=True, exist_ok=True)
        final = self.root / area / call_id
        old = None
        if final.exists():
            old = self.calls / f".old-{call_id}-{time.time_ns()}"
            os.replace(final, old)
        os.replace(staging, final)
        _fsync_dir(final.parent)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return final

    def clean_staging(self) -> None:
        """Remove staging folders a killed run left behind (never a committed call)."""
        if self.calls.exists():
            for p in self.calls.glob(".staging-*"):
                shutil.rmtree(p, ignore_errors=True)

    def quarantine_file(self, src: Path, reason: str, *, move: bool = False) -> Path:
        """Copy (or move) a bad input and its sidecar to quarantine/ with a reason file."""
        self.quarantine.mkdir(parents=True, exist_ok=True)
        dest = self.quarantine / src.name
        for f in (src, src.with_suffix(".json")):
            if f.exists() and f.resolve() != (self.quarantine / f.name).resolve():
                tmp = self.quarantine / f".{f.name}.part"
                shutil.copy2(f, tmp)
                _fsync(tmp)
                os.replace(tmp, self.quarantine / f.name)
                if move:
                    f.unlink()
        write_text(self.quarantine / f"{src.name}.reason.txt", reason.rstrip() + "\n")
        return dest


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    try:
        _fsync(path)
    except OSError:
        pass


def write_text(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def write_json(path: Path, data: object) -> None:
    write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def copy_durable(src: Path, dest: Path) -> None:
    """Copy `src` to `dest` so that `dest` appears whole or not at all, and survives a crash."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.part")
    shutil.copyfile(src, tmp)
    _fsync(tmp)
    os.replace(tmp, dest)
    _fsync_dir(dest.parent)


def unlink_durable(*paths: Path) -> None:
    """Remove files (absent ones are fine), then make their removal durable."""
    for p in paths:
        p.unlink(missing_ok=True)
    for parent in {p.parent for p in paths}:
        if parent.exists():
            _fsync_dir(parent)
