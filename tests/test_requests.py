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


# --- the review site, marks, a replaced inbox file, private exports, tombstones ---

def _mark(call_id, comment="the caller spelled her surname, Rossi"):
    from datetime import datetime, timezone

    from pipeline.review.marks import Mark
    return Mark(id=f"m-{call_id}-{len(comment)}", call_id=call_id, channel=0, speaker="agent", segment=0,
                first_word=0, last_word=0, start=0.0, end=1.0, kind="missed", entities=(), comment=comment,
                reviewer="anna", created=datetime(2026, 11, 22, tzinfo=timezone.utc), rules_version="v")


def test_forget_removes_the_review_pages_and_the_marks(store, catalog_url, capsys):
    from pipeline.review import marks, site

    site.build(store.root)
    for cid in ("c1", "c3", "c1"):
        marks.append(store.root, _mark(cid, f"comment on {cid} {len(marks.lines_of(store.root, cid))}"))
    path = marks.marks_path(store.root)
    with open(path, "a") as f:
        f.write('{"call_id": "c1", "comment": "a hand-edited line, not a valid mark"}\n')
    leftover = store.root / ".review-old-1234abcd" / "calls"  # a killed build's copy of the site
    leftover.mkdir(parents=True)
    (leftover / "c1.en.html").write_text("<p>the transcript</p>")
    assert (store.root / "review" / "calls" / "c1.en.html").exists()
    r = forget(store, call_ids=["c1"], catalog_url=catalog_url)
    assert r.calls == ("c1",) and r.marks == (("c1", 3),)
    assert {f.path for f in r.removed if f.kind == "review_page"} == {
        "review/calls/c1.en.html", "review/calls/c1.it.html", ".review-old-1234abcd/calls/c1.en.html"}
    assert not list(store.root.rglob("c1.*.html"))
    assert (store.root / "review" / "calls" / "c3.en.html").exists()
    assert [m.call_id for m in marks.load(store.root).marks] == ["c3"] and "c1" not in path.read_text()
    assert oct(path.stat().st_mode & 0o777) == "0o600" and not list(path.parent.glob(".*"))
    assert "3 reviewer marks removed" in r.summary()
    audited = {(e.kind, e.path) for e in open_catalog(store.root, catalog_url).audit_entries("c1")
               if e.action == "deleted"}
    assert {("review_page", "review/calls/c1.en.html"), ("marks", "marks/marks.jsonl")} <= audited
    extra = ["--catalog", catalog_url] if catalog_url else []
    marks.append(store.root, _mark("c2"))
    assert cli.main(["forget", "--store", str(store.root), "--call-id", "c2", *extra]) == 0
    out = capsys.readouterr().out
    assert "removed c2: 1 reviewer marks from marks/marks.jsonl" in out and "Rossi" not in out


def test_a_mark_appended_while_the_file_is_rewritten_is_kept(store):
    """`append` waits for the lock `remove_call` holds, then writes to the new file, not the old."""
    import threading

    from pipeline.review import marks

    marks.append(store.root, _mark("c1"))
    path = marks.marks_path(store.root)
    import fcntl
    import os
    fd = os.open(path, os.O_WRONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)  # hold the lock: the appender waits on the old file
    t = threading.Thread(target=marks.append, args=(store.root, _mark("c3")))
    t.start()
    t.join(0.2)
    tmp = path.with_name("swap")
    tmp.write_text(path.read_text())
    os.replace(tmp, path)  # what remove_call does under the lock
    fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)
    t.join(5)
    assert [m.call_id for m in marks.load(store.root).marks] == ["c1", "c3"]


def test_export_includes_the_marks_and_is_private(store, catalog_url, tmp_path):
    import os
    import stat

    from pipeline.review import marks

    marks.append(store.root, _mark("c1"))
    marks.append(store.root, _mark("c3", "not this customer's"))
    dest = tmp_path / "export"
    dest.mkdir(mode=0o755)  # an existing empty folder is narrowed too
    fsynced = []
    real = os.fsync
    os.fsync = lambda fd: (fsynced.append(os.readlink(f"/proc/self/fd/{fd}")), real(fd))[1]
    try:
        r = export(store, dest, customer_ref=REF, catalog_url=catalog_url)
    finally:
        os.fsync = real
    calls = {c["call_id"]: c for c in json.loads((dest / "manifest.json").read_text())["calls"]}
    [m] = [f for f in calls["c1"]["files"] if f["kind"] == "marks"]
    assert m["file"] == "c1/marks.jsonl" and m["marks"] == 1
    assert "Rossi" in (dest / "c1" / "marks.jsonl").read_text()  # the data subject's own data, comments too
    assert not [f for c in calls.values() for f in c["files"] if f["kind"] == "marks" and c["call_id"] != "c1"]
    assert r.files == 15
    for p in [dest, *dest.rglob("*")]:
        mode = stat.S_IMODE(p.stat().st_mode)
        assert mode == (0o700 if p.is_dir() else 0o600), (p, oct(mode))
        if p.is_file():
            assert str(p) in fsynced, p
    assert str(dest) in fsynced


def test_forget_leaves_a_new_recording_under_the_inbox_name(tmp_path, monkeypatch, catalog_url):
    """A run killed after registering c1 left its raw in the inbox; a new recording then came
    under the same file name: erasure removes c1's files, not that one."""
    from pipeline import lifecycle

    monkeypatch.setattr(batch, "process_call", FakeProcess())
    inbox, st = tmp_path / "inbox", Store(tmp_path / "store")
    add_call(inbox, "c1", customer_ref=REF)

    class Crash(BaseException):
        pass

    def crash(*a, **k):
        raise Crash()
    with monkeypatch.context() as m:
        m.setattr(lifecycle, "consume_raw", crash)
        with pytest.raises(Crash):
            batch.handle_file(inbox / "c1.wav", st, ProcessOptions(), consume_input=True, catalog_url=catalog_url)
    newer = add_call(inbox, "c1", customer_ref=OTHER).read_bytes()
    r = forget(st, call_ids=["c1"], catalog_url=catalog_url)
    assert r.calls == ("c1",) and not (st.calls / "c1").exists()
    assert (inbox / "c1.wav").read_bytes() == newer and (inbox / "c1.json").exists()
    [(cid, why)] = r.left
    assert cid == "c1" and "different recording" in why
    rec = open_catalog(st.root, catalog_url).get("c1")
    assert (rec.status, rec.raw_state) == ("erased", "removed")


def test_forget_of_an_unknown_call_keeps_a_tombstone(store, catalog_url, tmp_path):
    r = forget(store, call_ids=["c9"], catalog_url=catalog_url)
    assert r.not_found == ("c9",) and not r.calls
    rec = open_catalog(store.root, catalog_url).get("c9")
    assert rec is not None and rec.status == "erased"
    add_call(tmp_path / "later", "c9")  # delivered after the request
    for consume in (True, False):
        o = batch.handle_file(tmp_path / "later" / "c9.wav", store, ProcessOptions(), consume_input=consume,
                              catalog_url=catalog_url)
        assert "erased" in o.message and (tmp_path / "later" / "c9.wav").exists()
    assert not (store.calls / "c9").exists()
    r = forget(store, call_ids=["q1"], catalog_url=catalog_url)  # quarantined only, never catalogued
    assert r.calls == ("q1",) and open_catalog(store.root, catalog_url).get("q1").status == "erased"
