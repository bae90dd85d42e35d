"""Shared test helpers: where the corpus and the evaluation scripts are."""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "dev"
REALVOICE = SHARED / "corpus" / "realvoice-dev"
EXAMPLES = ROOT / "examples"


def truth(call_id: str, corpus: Path = CORPUS) -> dict:
    return json.loads((corpus / "truth" / f"{call_id}.truth.json").read_text())


def eval_module(name: str):
    sys.path.insert(0, str(SHARED / "eval"))
    return __import__(name)


def gap(*values, reason):
    """A recognizer case the detection gets wrong today: documented, expected to fail (strict:
    the day it passes, drop the mark)."""
    import pytest

    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason))
