"""End to end: the real `sottovoce process` (whisper base, Presidio, spaCy) on corpus calls."""
import json
import re
import shutil
import subprocess
import sys
import wave

import numpy as np
import pytest

from helpers import CORPUS, EXAMPLES, ROOT, eval_module, truth

pytestmark = pytest.mark.e2e
CALLS = ["dev-en-001", "dev-en-003", "dev-it-000", "dev-it-002"]  # stereo and mono, both languages, 4 purposes


def _read(path):
    with wave.open(str(path)) as w:
        data = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).reshape(-1, w.getnchannels())
        return data, w.getframerate()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    if not CORPUS.exists():
        pytest.skip("../shared/corpus is not beside the repo")
    inbox = tmp_path_factory.mktemp("inbox")
    for cid in CALLS:
        shutil.copy(CORPUS / f"{cid}.wav", inbox)
        shutil.copy(CORPUS / f"{cid}.json", inbox)
    out = tmp_path_factory.mktemp("store")
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "process", str(inbox), "--store", str(out)],
                          capture_output=True, text=True, timeout=1200)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out, proc.stdout + proc.stderr


def _texts(call_dir):
    """What a reader sees of a call's words: word and segment texts, the .txt and .vtt lines
    without their timestamps. (The corpus checker reads the raw files, where a run of
    timestamp digits can match six digits of a value by chance.)"""
    tj = json.loads((call_dir / "transcript.json").read_text())
    words = [w["text"] for s in tj["segments"] for w in s["words"]] + [s["text"] for s in tj["segments"]]
    txt = [line.split("): ", 1)[-1] for line in (call_dir / "transcript.txt").read_text().splitlines()]
    vtt = [line for line in (call_dir / "transcript.vtt").read_text().splitlines() if "-->" not in line]
    findings = [f"{f['entity']} {f['recognizer']} {f['cue']}" for f in
                json.loads((call_dir / "report.json").read_text())["findings"]]
    return [" ".join(words), "\n".join(txt), "\n".join(vtt), "\n".join(findings)]


def test_output_contract_and_no_text_leaks(store):
    out, _ = store
    check, allowed = eval_module("check_outputs"), eval_module("score").ALLOWED
    for cid in CALLS:
        problems, _, must = check.check_call(str(CORPUS), str(out), cid)
        assert [p for p in problems if not p.startswith("text leaks")] == [], (cid, problems)
        texts = _texts(out / "calls" / cid)
        leaks = [s["label"] for s in truth(cid)["spans"] if s["label"] not in allowed[truth(cid)["purpose"]]
                 | {"NONPII_NUMBER", "AGENT_NAME"} and check.leaked(s, texts)]
        assert leaks == [] and must > 0, (cid, leaks)


def test_audio_identical_outside_bleeps_and_same_shape(store):
    out, _ = store
    for cid in CALLS:
        orig, rate = _read(CORPUS / f"{cid}.wav")
        red, rate2 = _read(out / "calls" / cid / "audio.wav")
        assert (rate2, red.shape) == (rate, orig.shape)
        report = json.loads((out / "calls" / cid / "report.json").read_text())
        inside = np.zeros(orig.shape, dtype=bool)
        for b in report["bleeps"]:
            a, z = int(np.floor(b["start"] * rate)), int(np.ceil(b["end"] * rate))
            inside[a:z, b["channel"]] = True
        assert np.array_equal(orig[~inside], red[~inside]), cid
        changed = np.abs(orig.astype(int) - red.astype(int)) > 2
        assert changed[inside].mean() > 0.95, cid  # a bleep replaces (nearly) every sample it covers
        assert report["rules"]["version"] and report["purpose"] == truth(cid)["purpose"]


def test_clearly_spoken_must_go_data_is_bleeped(store):
    """Cards, IBANs and dates of birth spoken clearly in English calls: >= 90 % of each bleeped."""
    out, _ = store
    score = eval_module("score")
    for cid in ("dev-en-001", "dev-en-003"):
        t = truth(cid)
        result = score.score_call(t, str(CORPUS / f"{cid}.wav"), str(out / "calls" / cid / "audio.wav"))
        rows = [r for r in result["rows"] if r["must_redact"] and r["label"] in ("CREDIT_CARD", "DATE_OF_BIRTH")]
        assert rows, cid
        assert all(r["ok"] for r in rows), (cid, rows)
        assert result["over_redaction"] < 0.15, (cid, result["over_redaction"])


def _own_numbers_out(log: str) -> str:
    """The log without the summary lines' own numbers (call ids, seconds, counts): any digits left
    would be a value's. (The checker joins all of a text's digits; the summary's own numbers, joined
    across lines, can hold six digits of a value by chance: "dev-it-002 ... 58 s ..." -> "00258".)"""
    log = re.sub(r"\b[a-z]+-[a-z]{2}-\d{3}\b", "CALL", log)
    log = re.sub(r"\b\d{4}-\d\d-\d\d\b|\b\d\d:\d\d:\d\d(\.\d+)?\b", "WHEN", log)  # a log record's time
    log = re.sub(r"\b\d+(\.\d+)? s\b", "N s", log)
    log = re.sub(r"\bx\d+\b", "xN", log)
    return re.sub(r"\b\d+ of \d+ calls\b", "N of N calls", log)


def test_summary_lines_carry_no_values(store):
    out, log = store
    for cid in CALLS:
        assert f"{cid}:" in log
    check = eval_module("check_outputs")
    lines = _own_numbers_out(log).splitlines()
    for cid in CALLS:
        for span in truth(cid)["spans"]:
            if span["label"] in ("NONPII_NUMBER", "AGENT_NAME"):
                continue
            assert not check.leaked(span, lines), (cid, span["label"])


def test_bad_inputs_are_quarantined_and_the_batch_goes_on(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(EXAMPLES / "example-en-tech.wav", inbox / "good.wav")
    side = json.loads((EXAMPLES / "example-en-tech.json").read_text())
    (inbox / "good.json").write_text(json.dumps(side))
    (inbox / "corrupt.wav").write_bytes(b"RIFF\x00\x00\x00\x00WAVEjunk")
    (inbox / "corrupt.json").write_text(json.dumps({**side, "call_id": "corrupt"}))
    (inbox / "empty.wav").write_bytes(b"")
    (inbox / "empty.json").write_text(json.dumps({**side, "call_id": "empty"}))
    shutil.copy(EXAMPLES / "example-en-tech.wav", inbox / "nosidecar.wav")
    shutil.copy(EXAMPLES / "example-en-tech.wav", inbox / "unknown.wav")
    (inbox / "unknown.json").write_text(json.dumps({**side, "call_id": "unknown", "purpose": "marketing"}))
    store = tmp_path / "store"
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "process", str(inbox), "--store", str(store),
                           "--model", "tiny.en"], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 1
    assert (store / "calls" / side["call_id"] / "audio.wav").exists()
    for name, why in [("corrupt.wav", "corrupt.wav"), ("empty.wav", "empty.wav"), ("nosidecar.wav", "nosidecar.json"),
                      ("unknown.wav", "unknown purpose 'marketing'")]:
        reason = (store / "quarantine" / f"{name}.reason.txt").read_text()
        assert why in reason, (name, reason)
        assert (store / "quarantine" / name).exists()
        assert (inbox / name).exists()  # nothing lost: `process` copies bad inputs, never deletes them
    assert not list((store / "calls").glob(".staging-*"))
    assert "1 of 5 calls processed" in proc.stdout


def test_rules_eval_scores_a_processed_slice(store, tmp_path, capsys):
    from pipeline.cli import main
    out, _ = store
    corpus = tmp_path / "corpus"
    (corpus / "truth").mkdir(parents=True)
    for cid in CALLS:
        for suffix in (".wav", ".json"):
            (corpus / f"{cid}{suffix}").symlink_to(CORPUS / f"{cid}{suffix}")
        (corpus / "truth" / f"{cid}.truth.json").symlink_to(CORPUS / "truth" / f"{cid}.truth.json")
    assert main(["rules", "eval", "--corpus", str(corpus), "--store", str(out)]) == 0
    text = capsys.readouterr().out
    assert f"calls scored: {len(CALLS)}" in text
    last = text.strip().splitlines()[-1]
    figures = dict(kv.split("=") for kv in last.split())
    assert float(figures["redact_recall"]) >= 0.8 and float(figures["keep_rate"]) >= 0.8
    assert float(figures["over_redaction"]) < 0.15 and float(figures["notice_agreement"]) >= 0.75


def test_notice_hold_and_a_yaml_recognizer_on_real_audio(tmp_path):
    """A purpose whose notice phrases are never said holds the call apart; a recognizer
    declared only in its YAML finds its word in the audio, and the word is bleeped."""
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "redaction_rules", rules)
    p = rules / "technical_support.yaml"
    p.write_text(p.read_text() + "notice:\n  on_missing: hold\n  phrases: {en: [xyzzy never said]}\n"
                 "recognizers:\n  - {name: device, entity: ID_NUMBER, words: [router], score: 0.9}\n")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(EXAMPLES / "example-en-tech.wav", inbox)
    shutil.copy(EXAMPLES / "example-en-tech.json", inbox)
    store = tmp_path / "store"
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "process", str(inbox), "--store", str(store),
                           "--model", "tiny.en", "--rules", str(rules)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    held = store / "held" / "example-en-tech"
    assert (held / "audio.wav").exists() and not (store / "calls" / "example-en-tech").exists()
    report = json.loads((held / "report.json").read_text())
    assert report["notice"]["present"] is False and report["notice"]["action"] == "held for review"
    found = [f for f in report["findings"] if f["recognizer"] == "rules:device"]
    assert found and found[0]["decision"] == "remove"
    assert "router" not in (held / "transcript.txt").read_text().lower()
    assert any(b["start"] <= found[0]["start"] and found[0]["end"] <= b["end"] for b in report["bleeps"])
