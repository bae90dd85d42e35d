"""Erasure (`forget`) and access (`export`) on request, by call id and by customer reference:
every file held about the selected calls (outputs, retained raw audio, quarantined inputs),
nothing of the others, a legal hold respected, and the CLI never echoing the reference."""
import json

import pytest

from opskit import FakeProcess, add_call, rules_with
from pipeline import batch, cli
from pipeline.catalog import open_catalog
from pipeline.errors import RequestError
from pipeline.process import ProcessOptions
from pipeline.requests import export, forget
from pipeline.retention import set_hold
from pipeline.store import Store

REF, OTHER = "CUST-0042", "CUST-0099"


@pytest.fixture
def store(tmp_path, monkeypatch, catalog_url):
    """c1, c2 of customer REF (c2's purpose retains its raw audio), c3 of OTHER, and a quarantined
    input of REF whose audio was unreadable."""
    monkeypatch.setattr(batch, "process_call", FakeProcess())
    rules = rules_with(tmp_path, "customer_care", raw_audio_days=30)
    inbox, st = tmp_path / "inbox", Store(tmp_path / "store")
    for cid, ref, purpose in (("c1", REF, "technical_support"), ("c2", REF, "customer_care"),
                              ("c3", OTHER, "technical_support")):
        add_call(inbox, cid, customer_ref=ref, purpose=purpose)
        o = batch.handle_file(inbox / f"{cid}.wav", st, ProcessOptions(rules_dir=rules), consume_input=True,
                              catalog_url=catalog_url)
        assert o.ok
    bad = add_call(inbox, "q1", customer_ref=REF)
    st.quarantine_file(bad, "bad.wav: not a readable audio file")
    assert (st.raw / "c2" / "audio.wav").exists()
    return st


def _files(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_forget_by_customer_ref_removes_every_file_of_their_calls(store, catalog_url):
    r = forget(store, customer_ref=REF, catalog_url=catalog_url)
    assert r.calls == ("c1", "c2", "q1") and not r.held
    assert r.counts() == {"audio": 2, "quarantined": 3, "raw_audio": 1, "report": 2, "transcript": 6}
    left = _files(store.root)
    assert not [f for f in left if "/c1/" in f or "/c2/" in f or f.startswith("quarantine/q1")]
    assert "calls/c3/audio.wav" in left  # the other customer's call is untouched
    cat = open_catalog(store.root, catalog_url)
    assert cat.get("c1").status == "erased" and cat.get("c3").status == "registered"
    assert cat.artifacts_of("c2") == []  # no live artifact left
    from pipeline.catalog import customer_hash
    assert cat.calls_for_customer(customer_hash(store.salt(), REF)) == []
    c2 = [e for e in cat.audit_entries("c2") if e.action in ("deleted", "erased")]
    assert {e.path for e in c2 if e.action == "deleted"} >= {"raw/c2/audio.wav", "calls/c2/audio.wav"}
    assert c2[-1].action == "erased"
    assert forget(store, customer_ref=REF, catalog_url=catalog_url).calls == ()  # nothing left to find


def test_forget_by_call_id_and_the_tombstone(store, catalog_url, tmp_path):
    r = forget(store, call_ids=["c3", "nope"], catalog_url=catalog_url)
    assert (r.calls, r.not_found) == (("c3",), ("nope",))
    assert not (store.calls / "c3").exists() and (store.calls / "c1").exists()
    add_call(tmp_path / "inbox2", "c3", customer_ref=OTHER)  # the same call delivered again
    o = batch.handle_file(tmp_path / "inbox2" / "c3.wav", store, ProcessOptions(), consume_input=True,
                          catalog_url=catalog_url)
    assert o.skipped and "erased" in o.message and not (store.calls / "c3").exists()


def test_a_legal_hold_blocks_erasure(store, catalog_url):
    set_hold(store, ["c1"], on=True, catalog_url=catalog_url)
    r = forget(store, customer_ref=REF, catalog_url=catalog_url)
    assert r.held == ("c1",) and "c1" not in r.calls and (store.calls / "c1" / "audio.wav").exists()
    assert not (store.calls / "c2").exists()


def test_export_by_customer_ref_with_a_manifest(store, catalog_url, tmp_path):
    dest = tmp_path / "export"
    r = export(store, dest, customer_ref=REF, catalog_url=catalog_url)
    assert r.calls == ("c1", "c2", "q1")
    manifest = json.loads((dest / "manifest.json").read_text())
    calls = {c["call_id"]: c for c in manifest["calls"]}
    assert set(calls) == {"c1", "c2", "q1"}
    c2 = {f["file"]: f for f in calls["c2"]["files"]}
    assert set(c2) == {"c2/audio.wav", "c2/report.json", "c2/transcript.json", "c2/transcript.txt",
                       "c2/transcript.vtt", "c2/raw/audio.wav"}
    assert c2["c2/raw/audio.wav"]["kind"] == "raw_audio" and c2["c2/raw/audio.wav"]["expires"].startswith("2026-12-20")
    assert all(f["catalog_checksum_matches"] for f in c2.values())
    assert (dest / "c2" / "raw" / "audio.wav").read_bytes() == (store.raw / "c2" / "audio.wav").read_bytes()
    assert calls["c1"]["purpose"] == "technical_support" and calls["c1"]["raw_recording"] == "removed"
    assert calls["q1"]["status"] == "not catalogued"
    assert {f["file"] for f in calls["q1"]["files"]} == {"q1/quarantine/q1.wav", "q1/quarantine/q1.json",
                                                         "q1/quarantine/q1.wav.reason.txt"}
    assert not (dest / "c3").exists()
    assert REF not in (dest / "manifest.json").read_text()
    cat = open_catalog(store.root, catalog_url)
    assert [e.detail for e in cat.audit_entries("c2") if e.action == "exported"] == ["6 files on request"]
    with pytest.raises(RequestError, match="not empty"):
        export(store, dest, call_ids=["c3"], catalog_url=catalog_url)


def test_a_selector_is_required(store, catalog_url):
    with pytest.raises(RequestError, match="--call-id"):
        forget(store, catalog_url=catalog_url)


def test_cli_reports_paths_never_the_reference(store, catalog_url, tmp_path, capsys, monkeypatch):
    import io

    extra = ["--catalog", catalog_url] if catalog_url else []
    monkeypatch.setattr("sys.stdin", io.StringIO(REF + "\n"))
    assert cli.main(["export", "--store", str(store.root), "--customer-ref", "-", "--to", str(tmp_path / "x"),
                     *extra]) == 0
    assert cli.main(["hold", "--store", str(store.root), "--call-id", "c1", *extra]) == 0
    assert cli.main(["forget", "--store", str(store.root), "--customer-ref", REF, *extra]) == 1  # c1 held
    assert cli.main(["retention", "sweep", "--store", str(store.root), "--as-of", "2040-01-01", "--dry-run",
                     *extra]) == 0
    assert cli.main(["hold", "--store", str(store.root), "--call-id", "zz", *extra]) == 2
    out, err = capsys.readouterr()
    assert "removed c2: calls/c2/audio.wav (audio)" in out and "KEPT c1: under legal hold" in out
    assert "3 calls, 14 files exported" in out and "zz is not in the catalog" in err
    assert REF not in out + err
