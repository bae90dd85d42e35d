"""Rules: loading, inheritance from _base.yaml, and the validation messages DPOs see."""
import shutil
from pathlib import Path

import pytest

from pipeline.errors import RulesError, UnknownPurposeError
from pipeline.rules import DEFAULT_RULES_DIR, list_purposes, load_purpose, validate_all


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    d = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, d)
    return d


def test_default_purposes_load_and_keep_what_the_table_says():
    loaded = validate_all()
    assert set(loaded) == {"customer_care", "sales_first_contact", "billing_support", "technical_support"}
    assert set(loaded["customer_care"].rules.keep) == {"PERSON", "ORDER_NUMBER"}
    assert set(loaded["technical_support"].rules.keep) == {"ORDER_NUMBER"}
    assert "CREDIT_CARD" not in loaded["billing_support"].rules.keep


def test_purpose_inherits_base_and_overrides(rules_dir: Path):
    r = load_purpose("customer_care", rules_dir).rules
    assert r.audio.mode == "tone"  # from _base.yaml
    assert r.retention.audio_days == 90  # overridden
    assert r.retention.report_days == 3650  # inherited inside a nested mapping


def test_version_changes_with_content(rules_dir: Path):
    v1 = load_purpose("customer_care", rules_dir).version
    p = rules_dir / "customer_care.yaml"
    p.write_text(p.read_text().replace("audio_days: 90", "audio_days: 60"))
    assert load_purpose("customer_care", rules_dir).version != v1


@pytest.mark.parametrize("edit, expected", [
    ("keep: [PERSON, ORDER_NUMBR]", "did you mean ORDER_NUMBER"),
    ("keep: [PERSON]\nkep: [X]", "unknown key 'kep'"),
    ("keep: [PERSON]\naudio:\n  pad_s: -1", "greater than or equal to 0"),
    ("keep: [PERSON]\nrecognizers:\n  - {name: x, entity: ORDER_NUMBER, patterns: ['(unclosed']}", "bad regex"),
    ("keep: [PERSON]\nrecognizers:\n  - {name: x, entity: ORDER_NUMBER}", "neither patterns nor words"),
    ("keep: [PERSON]\nnotice:\n  phrases: {it: ['registrat(a']}", "bad notice phrase"),
    ("keep: [PERSON]\nrecognizers:\n  - {name: x, entity: PERSON, words: [a], languages: [itt]}", "languages"),
])
def test_validation_messages_name_file_line_and_fix(rules_dir: Path, edit: str, expected: str):
    p = rules_dir / "customer_care.yaml"
    text = p.read_text().replace("keep: [PERSON, ORDER_NUMBER]", edit)
    p.write_text(text)
    with pytest.raises(RulesError) as err:
        load_purpose("customer_care", rules_dir)
    msg = str(err.value)
    assert "customer_care.yaml" in msg and " line " in msg and expected in msg


def test_name_must_match_file(rules_dir: Path):
    p = rules_dir / "customer_care.yaml"
    p.write_text(p.read_text().replace("name: customer_care", "name: care"))
    with pytest.raises(RulesError, match="does not match the file name"):
        load_purpose("customer_care", rules_dir)


def test_unknown_purpose_lists_known_ones(rules_dir: Path):
    with pytest.raises(UnknownPurposeError, match="known purposes: billing_support"):
        load_purpose("marketing", rules_dir)
    assert "_base" not in list_purposes(rules_dir)
