"""DPO tooling: custom recognizers and allow lists declared in YAML, rules diff, rules show."""
import os
import shutil
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.rules import DEFAULT_RULES_DIR, diff_rules, load_purpose
from pipeline.trial import removed_text, try_rules


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    d = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, d)
    return d


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text() + text)


def test_custom_recognizers_declared_only_in_yaml(rules_dir: Path):
    _append(rules_dir / "customer_care.yaml", """recognizers:
  - name: badge
    entity: ID_NUMBER
    patterns: ['\\bbadge [A-Z]{2} ?\\d{4}\\b']
    score: 0.8
  - name: vip-names
    entity: PERSON
    words: [Zorro]
""")
    rules = load_purpose("customer_care", rules_dir).rules
    trial = try_rules([("customer", "il mio badge QX 4417 non funziona, mi manda Zorro")], "it", rules)
    removed = removed_text(trial)
    assert any(e == "ID_NUMBER" and "4417" in w for e, w in removed), trial.redacted_text
    assert "4417" not in trial.redacted_text
    kept = [d for d in trial.decisions if d.finding.recognizer == "rules:vip-names"]
    assert kept and kept[0].action == "keep"  # PERSON is kept in customer_care
    default = try_rules([("customer", "il mio badge QX 4417 non funziona")], "it", load_purpose("customer_care").rules)
    assert not any(d.finding.recognizer.startswith("rules:") for d in default.decisions)


def test_custom_recognizer_checksum_drops_invalid_matches(rules_dir: Path):
    _append(rules_dir / "customer_care.yaml", """recognizers:
  - name: loyalty-card
    entity: ID_NUMBER
    patterns: ['\\b\\d{4} \\d{4} \\d{4} \\d{4}\\b']
    context: [tessera]
    checksum: luhn
    score: 0.6
""")
    rules = load_purpose("customer_care", rules_dir).rules
    good = try_rules([("customer", "la tessera fedeltà è 4539 1488 0343 6467")], "it", rules)
    bad = try_rules([("customer", "la tessera fedeltà è 4539 1488 0343 6468")], "it", rules)
    assert any(d.finding.recognizer == "rules:loyalty-card" for d in good.decisions)
    assert not any(d.finding.recognizer == "rules:loyalty-card" for d in bad.decisions)


def test_allow_list_is_never_removed(rules_dir: Path):
    text = [("customer", "mi chiamo Marco Polo e ho un problema")]
    before = removed_text(try_rules(text, "it", load_purpose("technical_support", rules_dir).rules))
    assert any(e == "PERSON" for e, _ in before)
    _append(rules_dir / "technical_support.yaml", "allow_list: [Marco Polo]\n")
    after = removed_text(try_rules(text, "it", load_purpose("technical_support", rules_dir).rules))
    assert not any(e == "PERSON" for e, _ in after)
    p = rules_dir / "technical_support.yaml"
    p.write_text(p.read_text().replace("allow_list: [Marco Polo]", "allow_list: [Mar]"))
    partial = removed_text(try_rules(text, "it", load_purpose("technical_support", rules_dir).rules))
    assert any(e == "PERSON" for e, _ in partial)  # a piece of a name does not allow the name


def test_diff_says_what_changes(rules_dir: Path, tmp_path: Path):
    new = tmp_path / "new"
    shutil.copytree(rules_dir, new)
    p = new / "customer_care.yaml"
    p.write_text(p.read_text().replace("keep: [PERSON, ORDER_NUMBER]", "keep: [ORDER_NUMBER, EMAIL_ADDRESS]")
                 .replace("audio_days: 90", "audio_days: 60"))
    lines = diff_rules(rules_dir, new)
    assert "customer_care: now KEEPS EMAIL_ADDRESS (was removed)" in lines
    assert "customer_care: now REMOVES PERSON (was kept)" in lines
    assert "customer_care: retention.audio_days: 90 -> 60" in lines
    assert not any(line.startswith("billing_support") for line in lines)
    assert diff_rules(rules_dir, rules_dir) == []


def test_show_and_validate_commands(capsys, rules_dir: Path):
    assert main(["rules", "show", "billing_support", "--rules", str(rules_dir)]) == 0
    out = capsys.readouterr().out
    assert "kept (the purpose needs them): PERSON, ORDER_NUMBER, IBAN_CODE, IT_FISCAL_CODE, ADDRESS" in out
    assert "CREDIT_CARD as label" in out and "transcript 3650 d" in out
    (rules_dir / "customer_care.yaml").write_text("name: customer_care\nkeep: [PERSONA]\n")
    assert main(["rules", "validate", "--rules", str(rules_dir)]) == 2
    assert "did you mean PERSON" in capsys.readouterr().err


def test_the_cli_gives_prefects_ephemeral_server_time_to_start(monkeypatch, tmp_path):
    # a fresh ephemeral server migrates its database on start: Prefect's 20 s fell short on a busy machine
    monkeypatch.delenv("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", raising=False)
    assert main(["rules", "validate"]) == 0
    assert int(os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"]) >= 120
    monkeypatch.setenv("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "45")
    assert main(["rules", "validate"]) == 0
    assert os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] == "45"  # the user's own value stands
