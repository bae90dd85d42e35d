"""Redaction rules: one YAML file per purpose in `redaction_rules/`, typed and validated.

A purpose file names what its purpose needs (`keep`); every other entity found is
removed (deny by default). Shared defaults live in `_base.yaml`, which purpose files
extend. Invalid rules never run: `load_rules` raises RulesError naming file, line, fix.
"""
from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal, Optional

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .errors import RulesError, UnknownPurposeError

DEFAULT_RULES_DIR = Path(__file__).resolve().parent.parent / "redaction_rules"
BASE_NAME = "_base"

ENTITIES = (
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "IT_FISCAL_CODE", "IBAN_CODE", "CREDIT_CARD",
    "DATE_OF_BIRTH", "ADDRESS", "HEALTH", "ORDER_NUMBER", "ID_NUMBER", "UNTRANSCRIBED_SPEECH",
)


def _check_entity(name: str) -> str:
    if name not in ENTITIES:
        near = difflib.get_close_matches(name.upper(), ENTITIES, n=1)
        hint = f"did you mean {near[0]}?" if near else f"valid names: {', '.join(ENTITIES)}"
        raise ValueError(f"unknown entity type '{name}': {hint}")
    return name


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AudioRule(_Strict):
    mode: Literal["tone", "silence"] = "tone"
    frequency_hz: float = Field(1000.0, gt=20, lt=8000)
    level_db: float = Field(-3.0, le=6, ge=-40)
    pad_s: float = Field(0.2, ge=0, le=2)
    merge_gap_s: float = Field(0.5, ge=0, le=5)
    untranscribed: Literal["bleep", "keep"] = "bleep"
    untranscribed_min_s: float = Field(0.6, ge=0.1)
    verify: bool = False  # listen again around each bleep and widen it where a value is still heard


class NoticeRule(_Strict):
    phrases: dict[Literal["it", "en"], list[str]] = {}
    within_s: float = Field(60.0, gt=0)
    on_missing: Literal["flag", "hold", "discard"] = "flag"

    @field_validator("phrases")
    @classmethod
    def _phrases(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for lang, ps in v.items():
            for p in ps:
                try:
                    re.compile(p)
                except re.error as err:
                    raise ValueError(f"bad notice phrase {p!r} ({lang}): {err}; escape ( [ + ?") from None
                if re.fullmatch(p, ""):
                    raise ValueError(f"notice phrase {p!r} ({lang}) matches nothing at all; write the words said")
        return v


class RetentionRule(_Strict):
    raw_audio_days: int = Field(0, ge=0)
    audio_days: int = Field(..., ge=0)
    transcript_days: int = Field(..., ge=0)
    report_days: int = Field(..., ge=0)


class CustomRecognizer(_Strict):
    name: str
    entity: str
    patterns: list[str] = []
    words: list[str] = []
    context: list[str] = []
    score: float = Field(0.6, gt=0, le=1)
    checksum: Optional[Literal["luhn", "iban", "it_fiscal_code"]] = None  # a match failing it is dropped
    languages: list[Literal["it", "en"]] = ["it", "en"]

    @model_validator(mode="after")
    def _something_to_find(self) -> "CustomRecognizer":
        if not self.patterns and not self.words:
            raise ValueError(f"recognizer '{self.name}' has neither patterns nor words; give one of them")
        return self

    @field_validator("entity")
    @classmethod
    def _entity(cls, v: str) -> str:
        return _check_entity(v)

    @field_validator("patterns")
    @classmethod
    def _regex(cls, v: list[str]) -> list[str]:
        for p in v:
            try:
                re.compile(p)
            except re.error as err:
                raise ValueError(f"bad regex {p!r}: {err}; escape special characters like ( [ + ?") from None
        return v


class PurposeRules(_Strict):
    name: str
    description: str = ""
    legal_basis: str = ""
    languages: list[Literal["it", "en"]] = ["it", "en"]
    keep: list[str] = []
    thresholds: dict[str, float] = {}
    operators: dict[str, Literal["label", "mask", "hash"]] = {}
    allow_list: list[str] = []
    recognizers: list[CustomRecognizer] = []
    audio: AudioRule = AudioRule()
    notice: NoticeRule = NoticeRule()
    retention: RetentionRule

    @field_validator("keep")
    @classmethod
    def _keep(cls, v: list[str]) -> list[str]:
        return [_check_entity(e) for e in v]

    @field_validator("thresholds", "operators")
    @classmethod
    def _keys(cls, v: dict) -> dict:
        for k in v:
            if k != "default":
                _check_entity(k)
        return v

    def threshold(self, entity: str) -> float:
        return self.thresholds.get(entity, self.thresholds.get("default", 0.35))

    def operator(self, entity: str) -> str:
        return self.operators.get(entity, self.operators.get("default", "label"))


@dataclass(frozen=True)
class LoadedRules:
    rules: PurposeRules
    version: str  # content hash of the files the rules were built from
    path: Path


def _line_of(path: Path, text: str, loc: tuple) -> Optional[int]:
    """Line number (1-based) of the YAML node at `loc`, best effort."""
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return None
    line = None
    for key in loc:
        if node is None:
            break
        line = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            match = [(k, v) for k, v in node.value if k.value == str(key)]
            if not match:
                break
            line, node = match[0][0].start_mark.line + 1, match[0][1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _read_yaml(path: Path) -> tuple[dict, str]:
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise RulesError(f"{path}{where}: not valid YAML ({getattr(err, 'problem', err)}); fix the indentation or quoting") from None
    if not isinstance(data, dict):
        raise RulesError(f"{path}: expected a mapping of keys (name:, keep:, retention: ...)")
    return data, text


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def load_purpose(purpose: str, rules_dir: Optional[Path] = None) -> LoadedRules:
    rules_dir = Path(rules_dir or DEFAULT_RULES_DIR)
    path = rules_dir / f"{purpose}.yaml"
    if purpose.startswith("_") or not path.exists():
        known = ", ".join(list_purposes(rules_dir)) or "none"
        raise UnknownPurposeError(f"unknown purpose '{purpose}': no {path}; known purposes: {known}. "
                                  "Fix the sidecar's purpose or add the rules file")
    base = path.parent / f"{BASE_NAME}.yaml"
    stamp = (path.stat().st_mtime_ns, base.stat().st_mtime_ns if base.exists() else 0)
    return _load_cached(str(path.resolve()), stamp)


@lru_cache(maxsize=64)
def _load_cached(path_str: str, _stamp: tuple[int, int]) -> LoadedRules:
    path = Path(path_str)
    data, text = _read_yaml(path)
    digest = hashlib.sha256(text.encode())
    parent = data.pop("extends", BASE_NAME if (path.parent / f"{BASE_NAME}.yaml").exists() else None)
    merged = data
    if parent and parent != path.stem:
        base_path = path.parent / f"{parent}.yaml"
        if not base_path.exists():
            raise RulesError(f"{path}: extends '{parent}' but {base_path} does not exist; fix 'extends:'")
        base, base_text = _read_yaml(base_path)
        base.pop("extends", None)
        digest.update(base_text.encode())
        merged = _merge(base, data)
    if merged.get("name") != path.stem:
        line = _line_of(path, text, ("name",))
        raise RulesError(f"{path}{f' line {line}' if line else ''}: name '{merged.get('name')}' does not match the "
                         f"file name; set 'name: {path.stem}' or rename the file")
    try:
        rules = PurposeRules.model_validate(merged)
    except ValidationError as err:
        msgs = []
        for e in err.errors():
            line = _line_of(path, text, e["loc"])
            where = ".".join(str(p) for p in e["loc"])
            msg = e["msg"].removeprefix("Value error, ")
            if e["type"] == "extra_forbidden":
                msg = f"unknown key '{e['loc'][-1]}'; remove it or check its spelling"
            elif e["type"] == "missing":
                msg = f"'{where}' is required; add it (e.g. in {BASE_NAME}.yaml)"
            msgs.append(f"{path}{f' line {line}' if line else ''}: {where}: {msg}")
        raise RulesError("\n".join(msgs)) from None
    return LoadedRules(rules=rules, version=digest.hexdigest()[:12], path=path)


def list_purposes(rules_dir: Optional[Path] = None) -> list[str]:
    rules_dir = Path(rules_dir or DEFAULT_RULES_DIR)
    return sorted(p.stem for p in rules_dir.glob("*.yaml") if not p.stem.startswith("_"))


def validate_all(rules_dir: Optional[Path] = None) -> dict[str, LoadedRules]:
    """Load every purpose; raise RulesError listing every invalid file."""
    out, errors = {}, []
    for name in list_purposes(rules_dir):
        try:
            out[name] = load_purpose(name, rules_dir)
        except RulesError as err:
            errors.append(str(err))
    if errors:
        raise RulesError("\n".join(errors))
    return out


def _flatten(data: object, prefix: str = "") -> dict[str, object]:
    if isinstance(data, dict):
        out: dict[str, object] = {}
        for k, v in data.items():
            out.update(_flatten(v, f"{prefix}.{k}" if prefix else str(k)))
        return out
    return {prefix: data}


def diff_rules(old_dir: Path, new_dir: Path) -> list[str]:
    """What changes, in plain words, between two rules folders (each validated first)."""
    old, new = validate_all(old_dir), validate_all(new_dir)
    lines = []
    for name in sorted(set(old) | set(new)):
        if name not in new:
            lines.append(f"{name}: purpose removed")
            continue
        if name not in old:
            lines.append(f"{name}: new purpose, keeps {', '.join(new[name].rules.keep) or 'nothing'}")
            continue
        a, b = old[name].rules, new[name].rules
        for e in sorted(set(b.keep) - set(a.keep)):
            lines.append(f"{name}: now KEEPS {e} (was removed)")
        for e in sorted(set(a.keep) - set(b.keep)):
            lines.append(f"{name}: now REMOVES {e} (was kept)")
        fa, fb = _flatten(a.model_dump(exclude={"keep"})), _flatten(b.model_dump(exclude={"keep"}))
        for key in sorted(set(fa) | set(fb)):
            if fa.get(key) != fb.get(key):
                lines.append(f"{name}: {key}: {fa.get(key, '(unset)')!r} -> {fb.get(key, '(unset)')!r}")
        if old[name].version == new[name].version:
            continue
        if not any(line.startswith(f"{name}:") for line in lines):
            lines.append(f"{name}: files differ (comments or formatting only)")
    return lines
