"""Read and validate the sidecar `<name>.json` that describes each recording."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from .errors import SidecarError
from .types import CallSpec

ROLES = {"agent", "customer", "mixed"}
LANGUAGES = {"it", "en"}
SIDECAR_HELP = ('write <name>.json beside the recording, e.g. {"call_id": "c-001", "purpose": '
                '"customer_care", "language": "it", "channels": {"0": "agent", "1": "customer"}, '
                '"recorded_at": "2026-11-20T10:00:00Z"}')


class _Sidecar(BaseModel):
    model_config = ConfigDict(extra="ignore")
    call_id: str
    purpose: str
    language: Optional[str] = None
    channels: dict[str, str] = {"0": "mixed"}
    recorded_at: Optional[str] = None
    customer_ref: Optional[str] = None

    @field_validator("call_id")
    @classmethod
    def _safe_id(cls, v: str) -> str:
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}", v):
            raise ValueError("call_id must be 1-128 letters, digits, '.', '_' or '-' (it names a folder)")
        return v

    @field_validator("purpose")
    @classmethod
    def _purpose(cls, v: str) -> str:
        if not re.fullmatch(r"[a-z][a-z0-9_]{0,63}", v):
            raise ValueError("purpose must be a rules name: lowercase letters, digits and '_' (e.g. customer_care)")
        return v

    @field_validator("language")
    @classmethod
    def _lang(cls, v: Optional[str]) -> Optional[str]:
        if v is not None and v not in LANGUAGES:
            raise ValueError(f"language must be one of {sorted(LANGUAGES)} or absent (detect)")
        return v

    @field_validator("channels")
    @classmethod
    def _roles(cls, v: dict[str, str]) -> dict[str, str]:
        for k, role in v.items():
            if not k.isdigit() or role not in ROLES:
                raise ValueError(f'channels maps channel numbers to {sorted(ROLES)}, e.g. {{"0": "agent", "1": "customer"}}')
        return v


def sidecar_path(audio_path: Path) -> Path:
    return audio_path.with_suffix(".json")


def load_sidecar(audio_path: Path, *, purpose: Optional[str] = None, language: Optional[str] = None) -> CallSpec:
    """The CallSpec for a recording; `purpose`/`language` override the sidecar's."""
    path = sidecar_path(Path(audio_path))
    if not path.exists():
        if purpose is None:
            raise SidecarError(f"{path.name}: sidecar missing for {Path(audio_path).name}; {SIDECAR_HELP}, "
                               "or pass --purpose")
        raw: dict = {"call_id": Path(audio_path).stem, "purpose": purpose}
    else:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
            raise SidecarError(f"{path.name}: not valid JSON ({type(err).__name__}); {SIDECAR_HELP}") from None
        if not isinstance(raw, dict):
            raise SidecarError(f"{path.name}: expected a JSON object; {SIDECAR_HELP}")
    if purpose is not None:
        raw["purpose"] = purpose
    if language is not None:
        raw["language"] = language
    try:
        sc = _Sidecar.model_validate(raw)
    except ValidationError as err:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'sidecar'}: {e['msg']}" for e in err.errors())
        raise SidecarError(f"{path.name}: {problems}. Fix the sidecar; {SIDECAR_HELP}") from None
    return CallSpec(call_id=sc.call_id, purpose=sc.purpose, language=sc.language,
                    channels={int(k): v for k, v in sc.channels.items()},
                    recorded_at=sc.recorded_at, customer_ref=sc.customer_ref)
