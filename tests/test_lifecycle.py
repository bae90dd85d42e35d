"""The raw-recording lifecycle of the nightly run (`handle_file(..., consume_input=True)`):
a crash in each window between "outputs committed", "catalog written", "raw removed" and
"removal recorded" is finished by the next run, each call processed exactly once.
`process_call` is stood in for (no whisper); the store and the database are real."""
import json
from datetime import datetime, timedelta, timezone

import pytest

from opskit import FakeProcess, add_call, rules_with
from pipeline import batch, lifecycle
from pipeline.catalog import Catalog, open_catalog
from pipeline.process import ProcessOptions
from pipeline.store import Store

OUTPUTS = {"audio.wav", "transcript.json", "transcript.txt", "transcript.vtt", "report.json"}


class Crash(BaseException):
    """A kill at this point: nothing after it runs, no handler catches it."""


@pytest.fixture
def fake(monkeypatch):
    f = FakeProcess()
    monkeypatch.setattr(batch, "process_call", f)
    return f


def _crash_in(monkeypatch, owner, name):
    def boom(*args, **kwargs):
        raise Crash(name)
    monkeypatch.setattr(owner, name, boom)


def _run_crashing(monkeypatch, inbox, store, owner, name):
    """A run killed inside owner.name: it raises, and nothing is patched afterwards."""
    with monkeypatch.context() as m:
        _crash_in(m, owner, name)
        with pytest.raises(Crash):
            _run(inbox, store)


def _run(inbox, store, catalog_url=None, options=ProcessOptions()):
    cat = open_catalog(store.root, catalog_url)
    run = cat.start_run("run")
    lifecycle.reconcile(store, cat, options.rules_dir, run)
    return [batch.handle_file(f, store, options, consume_input=True, catalog_url=catalog_url, run_id=run)
            for f in sorted(inbox.glob("*.wav"))]


def _assert_done_once(store, inbox, cat, call_ids):
    assert not list(inbox.iterdir()), "raw recordings or sidecars left in the inbox"
    assert not list(store.calls.glob(".*")), "staging folders visible"
    for cid in call_ids:
        assert {p.name for p in (store.calls / cid).iterdir()} == OUTPUTS
        rec = cat.get(cid)
        assert (rec.status, rec.raw_state, rec.raw_source) == ("registered", "removed", None)
        assert len(cat.artifacts_of(cid)) == 5
        actions = [e.action for e in cat.audit_entries(cid)]
        assert actions.count("processed") == 1 and actions.count("raw_removed") == 1
        assert actions.index("processed") < actions.index("raw_removed")


def test_a_run_consumes_the_raw_only_after_outputs_and_rows(tmp_path, fake, catalog_url):
    inbox, store = tmp_path / "inbox", Store(tmp_path / "store")
    for i in range(3):
        add_call(inbox, f"c{i}")
    outcomes = _run(inbox, store, catalog_url)
    assert [o.ok for o in outcomes] == [True] * 3 and fake.processed == ["c0", "c1", "c2"]
    cat = open_catalog(store.root, catalog_url)
    _assert_done_once(store, inbox, cat, ["c0", "c1", "c2"])
    add_call(inbox, "c1", audio=None)  # a different recording under a finished call's id
    add_call(inbox, "c3")
    outcomes = {o.file: o for o in _run(inbox, store, catalog_url)}
    assert fake.processed == ["c0", "c1", "c2", "c3"]
    assert not outcomes["c1.wav"].ok and "QUARANTINED" in outcomes["c1.wav"].message
    assert "own call_id" in (store.quarantine / "c1.wav.reason.txt").read_text()


def test_a_repeated_delivery_is_skipped_and_consumed(tmp_path, fake):
    inbox, store = tmp_path / "inbox", Store(tmp_path / "store")
    wav = add_call(inbox, "c1")
    copy = wav.read_bytes(), (inbox / "c1.json").read_text()
    _run(inbox, store)
    wav.write_bytes(copy[0])
    (inbox / "c1.json").write_text(copy[1])
    [o] = _run(inbox, store)
    assert o.ok and o.skipped and fake.processed == ["c1"]
    assert not wav.exists() and not (inbox / "c1.json").exists()


def test_killed_after_commit_before_catalog_registers_without_reprocessing(tmp_path, fake, monkeypatch):
    inbox, store = tmp_path / "inbox", Store(tmp_path / "store")
    add_call(inbox, "c1")
    _run_crashing(monkeypatch, inbox, store, Catalog, "register")
    cat = open_catalog(store.root)
    assert (store.calls / "c1" / "report.json").exists() and cat.get("c1") is None
    assert (inbox / "c1.wav").exists()  # no row yet: the raw stays
    before = (store.calls / "c1" / "report.json").stat().st_mtime_ns
    [o] = _run(inbox, store)
    assert o.ok and not o.skipped and fake.processed == ["c1"]  # registered, not processed again
    assert (store.calls / "c1" / "report.json").stat().st_mtime_ns == before
    _assert_done_once(store, inbox, cat, ["c1"])


def test_killed_after_catalog_before_raw_removal(tmp_path, fake, monkeypatch):
    inbox, store = tmp_path / "inbox", Store(tmp_path / "store")
    add_call(inbox, "c1")
    _run_crashing(monkeypatch, inbox, store, lifecycle, "consume_raw")
    cat = open_catalog(store.root)
    assert cat.get("c1").raw_state == "inbox" and (inbox / "c1.wav").exists()
    _run(inbox, store)  # reconcile finishes it before discovery
    assert fake.processed == ["c1"]
    _assert_done_once(store, inbox, cat, ["c1"])


def test_killed_after_raw_removal_before_it_is_recorded(tmp_path, fake, monkeypatch):
    inbox, store = tmp_path / "inbox", Store(tmp_path / "store")
    add_call(inbox, "c1")
    _run_crashing(monkeypatch, inbox, store, Catalog, "set_raw")
    cat = open_catalog(store.root)
    assert not (inbox / "c1.wav").exists() and cat.get("c1").raw_state == "inbox"
    assert (store.calls / "c1" / "report.json").exists()  # the raw went only after outputs and rows
    _run(inbox, store)
    _assert_done_once(store, inbox, cat, ["c1"])
    assert [e.detail for e in cat.audit_entries("c1") if e.action == "raw_removed"] == [
        "finished after an interrupted run"]


def test_killed_mid_processing_leaves_no_visible_output(tmp_path, fake, monkeypatch):
    inbox, store = tmp_path / "inbox", Store(tmp_path / "store")
    add_call(inbox, "c1")
    _run_crashing(monkeypatch, inbox, store, Store, "commit")
    assert not (store.calls / "c1").exists() and list(store.calls.glob(".staging-c1-*"))
    store.clean_staging()  # as every run does first
    _run(inbox, store)
    assert fake.processed == ["c1"]  # processed again in full: the first attempt committed nothing
    _assert_done_once(store, inbox, open_catalog(store.root), ["c1"])


def test_a_purpose_that_retains_raw_audio_keeps_it_in_the_store(tmp_path, fake):
    rules = rules_with(tmp_path, "technical_support", raw_audio_days=7)
    inbox, store = tmp_path / "inbox", Store(tmp_path / "store")
    raw = add_call(inbox, "c1").read_bytes()
    [o] = _run(inbox, store, options=ProcessOptions(rules_dir=rules))
    assert o.ok and not (inbox / "c1.wav").exists()
    kept = store.raw / "c1" / "audio.wav"
    assert kept.read_bytes() == raw
    cat = open_catalog(store.root)
    assert cat.get("c1").raw_state == "stored"
    [a] = [a for a in cat.artifacts_of("c1") if a.kind == "raw_audio"]
    assert a.path == "raw/c1/audio.wav"
    assert a.expires == datetime(2026, 11, 20, 9, tzinfo=timezone.utc) + timedelta(days=7)
    assert [e.path for e in cat.audit_entries("c1") if e.action == "raw_stored"] == ["raw/c1/audio.wav"]


def test_process_registers_but_never_touches_the_input(tmp_path, fake):
    inbox, store = tmp_path / "inbox", Store(tmp_path / "store")
    wav = add_call(inbox, "c1", customer_ref="CUST-1")
    o = batch.handle_file(wav, store, ProcessOptions())
    assert o.ok and wav.exists() and (inbox / "c1.json").exists()
    rec = open_catalog(store.root).get("c1")
    assert (rec.status, rec.raw_state) == ("registered", "external")
    # the nightly run that later finds the same recording consumes it without processing it again
    [o] = _run(inbox, store)
    assert o.skipped and fake.processed == ["c1"] and not wav.exists()
    assert open_catalog(store.root).get("c1").raw_state == "removed"


def test_no_recorded_at_counts_retention_from_the_outputs(tmp_path, fake):
    inbox, store = tmp_path / "inbox", Store(tmp_path / "store")
    add_call(inbox, "c1", recorded_at=None)
    _run(inbox, store)
    [audio] = [a for a in open_catalog(store.root).artifacts_of("c1") if a.kind == "audio"]
    written = datetime.fromtimestamp((store.calls / "c1" / "report.json").stat().st_mtime, timezone.utc)
    assert audio.expires == written + timedelta(days=30)
    assert json.loads((store.calls / "c1" / "report.json").read_text())["recorded_at"] is None


# --- outputs without a catalog row, a replaced inbox file, closed calls, unexpected errors ---

def test_outputs_without_a_row_are_taken_over_only_for_the_same_recording(tmp_path, fake):
    """A store older than the catalog (reports without `source_sha256`) holds outputs of some
    earlier recording: a new delivery is processed, never swapped for them and deleted."""
    inbox, store = tmp_path / "inbox", Store(tmp_path / "store")
    add_call(inbox, "old")
    fake(inbox / "old.wav", store)  # outputs committed, no catalog row: as before the catalog existed
    report = store.calls / "old" / "report.json"
    data = json.loads(report.read_text())
    assert data.pop("source_sha256")
    report.write_text(json.dumps(data))
    new = add_call(inbox, "old").read_bytes()  # the new recording of the call
    [o] = _run(inbox, store)
    assert o.ok and not o.skipped and fake.processed == ["old", "old"]  # processed anew
    assert (store.calls / "old" / "audio.wav").read_bytes() == b"RIFF-bleeped-" + new
    cat = open_catalog(store.root)
    _assert_done_once(store, inbox, cat, ["old"])
    assert [a.checksum for a in cat.artifacts_of("old") if a.kind == "audio"] == [
        lifecycle.sha256_file(store.calls / "old" / "audio.wav")]


def test_outputs_of_another_recording_without_a_row_quarantine_the_new_one(tmp_path, fake):
    inbox, store = tmp_path / "inbox", Store(tmp_path / "store")
    add_call(inbox, "c1")
    fake(inbox / "c1.wav", store)  # killed after commit: outputs, no row
    before = (store.calls / "c1" / "audio.wav").read_bytes()
    add_call(inbox, "c1")  # then a different recording under the same name and call id
    [o] = _run(inbox, store)
    assert not o.ok and o.quarantined and "different recording" in o.message
    assert (inbox / "c1.wav").exists() and (store.quarantine / "c1.wav").exists()  # nothing deleted
    assert (store.calls / "c1" / "audio.wav").read_bytes() == before and fake.processed == ["c1"]
    assert open_catalog(store.root).get("c1") is None


def test_reconcile_leaves_a_new_recording_under_the_same_file_name(tmp_path, fake, monkeypatch):
    inbox, store = tmp_path / "inbox", Store(tmp_path / "store")
    add_call(inbox, "c1")
    _run_crashing(monkeypatch, inbox, store, lifecycle, "consume_raw")
    cat = open_catalog(store.root)
    assert cat.get("c1").raw_state == "inbox"
    newer = add_call(inbox, "c1").read_bytes()  # a new recording delivered under the same name
    run = cat.start_run("run")
    assert lifecycle.reconcile(store, cat, None, run) == 1
    assert (inbox / "c1.wav").read_bytes() == newer and (inbox / "c1.json").exists()  # not deleted
    rec = cat.get("c1")
    assert (rec.raw_state, rec.raw_source) == ("removed", None)
    [detail] = [e.detail for e in cat.audit_entries("c1") if e.action == "raw_removed"]
    assert "different recording" in detail
    [o] = [batch.handle_file(inbox / "c1.wav", store, ProcessOptions(), consume_input=True, run_id=run)]
    assert o.quarantined and (inbox / "c1.wav").exists()  # same call id, other recording: quarantined, kept


def test_a_repeated_delivery_with_a_retained_raw_keeps_the_registered_copy(tmp_path, fake):
    rules = rules_with(tmp_path, "technical_support", raw_audio_days=7)
    inbox, store = tmp_path / "inbox", Store(tmp_path / "store")
    add_call(inbox, "c1")
    _run(inbox, store, options=ProcessOptions(rules_dir=rules))
    kept = (store.raw / "c1" / "audio.wav").read_bytes()
    cat = open_catalog(store.root)
    rec = cat.get("c1")
    other = add_call(inbox, "c1").read_bytes()
    rule = lifecycle.load_purpose("technical_support", rules).rules.retention
    state = lifecycle.consume_raw(store, cat, "c1", inbox / "c1.wav", rule, rec.rules_version, rec.recorded_at, None,
                                  source_sha256=rec.source_sha256)
    assert state == "replaced" and (inbox / "c1.wav").read_bytes() == other
    assert (store.raw / "c1" / "audio.wav").read_bytes() == kept  # never overwritten with the other one


@pytest.mark.parametrize("close", ["erased", "expired", "hold"])
def test_process_refuses_a_closed_call_before_writing_anything(tmp_path, fake, close, catalog_url):
    from pipeline import requests, retention

    inbox, store = tmp_path / "inbox", Store(tmp_path / "store")
    wav = add_call(inbox, "c1")
    assert batch.handle_file(wav, store, ProcessOptions(), catalog_url=catalog_url).ok
    if close == "erased":
        requests.forget(store, call_ids=["c1"], catalog_url=catalog_url)
    elif close == "expired":
        retention.sweep(store, as_of=datetime(2040, 1, 1, tzinfo=timezone.utc), catalog_url=catalog_url)
    else:
        retention.set_hold(store, ["c1"], on=True, catalog_url=catalog_url)
    cat = open_catalog(store.root, catalog_url)
    before = cat.get("c1")
    outputs = sorted(p.name for p in (store.calls / "c1").iterdir()) if (store.calls / "c1").exists() else []
    o = batch.handle_file(wav, store, ProcessOptions(), catalog_url=catalog_url)
    assert not o.ok and not o.quarantined and "NOT PROCESSED" in o.message and "c1" in o.message
    assert ("--release" in o.message) if close == "hold" else ("not processed again" in o.message)
    assert fake.processed == ["c1"]  # nothing processed, no output written
    assert (sorted(p.name for p in (store.calls / "c1").iterdir()) if (store.calls / "c1").exists() else []) == outputs
    assert wav.exists() and not (store.quarantine / "c1.wav").exists()  # left where it is, not copied back in
    assert cat.get("c1") == before


def test_register_refuses_an_erased_call_even_after_processing(tmp_path, fake, monkeypatch):
    """The check inside the catalog's transaction: a call erased while it was being processed."""
    from pipeline import requests
    from pipeline.errors import ClosedCallError

    inbox, store = tmp_path / "inbox", Store(tmp_path / "store")
    wav = add_call(inbox, "c1")
    batch.handle_file(wav, store, ProcessOptions())
    requests.forget(store, call_ids=["c1"])
    with monkeypatch.context() as m:
        m.setattr(batch, "refuse_closed", lambda rec, cid: None)  # the early check missed it
        o = batch.handle_file(wav, store, ProcessOptions())
    assert not o.ok and "erased on request" in o.message and wav.exists()
    assert not (store.calls / "c1").exists()  # the outputs it had just written are gone again
    cat = open_catalog(store.root)
    assert cat.get("c1").status == "erased" and cat.artifacts_of("c1") == []
    with pytest.raises(ClosedCallError, match="c1"):
        batch.refuse_closed(cat.get("c1"), "c1")


@pytest.mark.parametrize("consume", [False, True])
def test_an_unexpected_error_fails_one_file_and_leaves_it(tmp_path, fake, monkeypatch, consume):
    inbox, store = tmp_path / "inbox", Store(tmp_path / "store")
    wav = add_call(inbox, "c1")

    def broken(*a, **k):
        raise OSError(28, "No space left on device: /secret/customer-name.wav")
    with monkeypatch.context() as m:
        m.setattr(lifecycle, "register_outputs", broken)  # after the outputs are written
        o = batch.handle_file(wav, store, ProcessOptions(), consume_input=consume)
    assert not o.ok and not o.quarantined and "OSError" in o.message and "secret" not in o.message
    assert wav.exists() and (inbox / "c1.json").exists() and not (store.quarantine / "c1.wav").exists()

    def unreadable(out_dir):  # a report.json cut short on disk
        return json.loads('{"call_id": "c1", "Rossi')
    monkeypatch.setattr(lifecycle, "_report", unreadable)
    o = batch.handle_file(wav, store, ProcessOptions(), consume_input=consume)
    assert not o.ok and "JSONDecodeError" in o.message and "Rossi" not in o.message
    assert wav.exists() and not o.quarantined
