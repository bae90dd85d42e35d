import json

import pytest

from pipeline.errors import SidecarError
from pipeline.sidecar import load_sidecar


def _write(tmp_path, data):
    (tmp_path / "call.wav").write_bytes(b"")
    (tmp_path / "call.json").write_text(data if isinstance(data, str) else json.dumps(data))
    return tmp_path / "call.wav"


def test_valid_sidecar(tmp_path):
    spec = load_sidecar(_write(tmp_path, {"call_id": "c-1", "purpose": "customer_care", "language": "it",
                                          "channels": {"0": "agent", "1": "customer"}}))
    assert spec.channels == {0: "agent", 1: "customer"} and spec.language == "it"


def test_overrides(tmp_path):
    spec = load_sidecar(_write(tmp_path, {"call_id": "c-1", "purpose": "customer_care"}),
                        purpose="billing_support", language="en")
    assert (spec.purpose, spec.language) == ("billing_support", "en")


@pytest.mark.parametrize("data, match", [
    ("{not json", "not valid JSON"),
    ({"purpose": "customer_care"}, "call_id"),
    ({"call_id": "../etc", "purpose": "customer_care"}, "call_id must be"),
    ({"call_id": "c", "purpose": "customer_care", "language": "de"}, "language must be"),
    ({"call_id": "c", "purpose": "../etc/passwd"}, "purpose must be"),
    ({"call_id": "c", "purpose": "customer_care", "channels": {"0": "boss"}}, "channels"),
])
def test_bad_sidecar_names_file_and_fix(tmp_path, data, match):
    with pytest.raises(SidecarError, match=match) as err:
        load_sidecar(_write(tmp_path, data))
    assert "call.json" in str(err.value) and "Fix" in str(err.value) or "write" in str(err.value)


def test_missing_sidecar(tmp_path):
    (tmp_path / "call.wav").write_bytes(b"")
    with pytest.raises(SidecarError, match="sidecar missing"):
        load_sidecar(tmp_path / "call.wav")
    assert load_sidecar(tmp_path / "call.wav", purpose="customer_care").call_id == "call"
