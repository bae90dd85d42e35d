"""Retention sweeps at chosen dates: each kind goes at its purpose's expiry, a legal hold keeps a
call, a dry run changes nothing, every deletion is in the audit log, and a sweep killed between
deleting a file and recording it is finished by the next one."""
from datetime import datetime, timezone

import pytest

from opskit import FakeProcess, add_call, rules_with
from pipeline import batch, retention
from pipeline.catalog import Catalog, open_catalog
from pipeline.errors import RequestError
from pipeline.process import ProcessOptions
from pipeline.retention import set_hold, sweep
from pipeline.store import Store

# technical_support, recorded 2026-11-20 09:00 UTC: audio 30 d, transcript 365 d, report 3650 d
AUDIO_GONE, TRANSCRIPT_GONE, REPORT_GONE = "2026-12-21", "2027-11-21", "2036-11-18"


def day(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


@pytest.fixture
def store(tmp_path, monkeypatch, catalog_url):
    monkeypatch.setattr(batch, "process_call", FakeProcess())
    inbox, st = tmp_path / "inbox", Store(tmp_path / "store")
    for cid in ("c1", "c2"):
        add_call(inbox, cid, customer_ref="CUST-7")
        batch.handle_file(inbox / f"{cid}.wav", st, ProcessOptions(), consume_input=True, catalog_url=catalog_url)
    return st


def test_each_kind_goes_at_its_expiry(store, catalog_url):
    cat = open_catalog(store.root, catalog_url)
    r = sweep(store, as_of=day("2026-12-20"), catalog_url=catalog_url)
    assert (r.examined, r.deleted, r.held) == (10, {}, 0)
    r = sweep(store, as_of=day(AUDIO_GONE), catalog_url=catalog_url)
    assert r.deleted == {"audio": 2} and not (store.calls / "c1" / "audio.wav").exists()
    assert (store.calls / "c1" / "transcript.txt").exists()
    r = sweep(store, as_of=day(TRANSCRIPT_GONE), catalog_url=catalog_url)
    assert (r.examined, r.deleted) == (8, {"transcript": 6})
    assert cat.get("c1").status == "registered"
    r = sweep(store, as_of=day(REPORT_GONE), catalog_url=catalog_url)
    assert (r.deleted, r.calls_expired) == ({"report": 2}, 2)
    assert not (store.calls / "c1").exists() and not (store.calls / "c2").exists()
    rec = cat.get("c1")
    assert rec.status == "expired"
    with cat.engine.connect() as c:  # the customer reference goes with the call's last artifact
        from sqlalchemy import text
        assert c.execute(text("select count(*) from recordings where customer_ref_hash is not null")).scalar_one() == 0
    deleted = [(e.kind, e.path, e.detail, e.rules_version) for e in cat.audit_entries("c1") if e.action == "deleted"]
    assert [d[:3] for d in deleted] == [("audio", "calls/c1/audio.wav", "retention"),
                                        ("transcript", "calls/c1/transcript.json", "retention"),
                                        ("transcript", "calls/c1/transcript.txt", "retention"),
                                        ("transcript", "calls/c1/transcript.vtt", "retention"),
                                        ("report", "calls/c1/report.json", "retention")]
    assert all(d[3] == rec.rules_version for d in deleted) and rec.rules_version
    assert sweep(store, as_of=day("2040-01-01"), catalog_url=catalog_url).deleted == {}


def test_a_legal_hold_keeps_the_call_until_released(store, catalog_url):
    assert set_hold(store, ["c1"], on=True, catalog_url=catalog_url) == ["c1"]
    r = sweep(store, as_of=day(REPORT_GONE), catalog_url=catalog_url)
    assert (r.held, r.deleted) == (1, {"audio": 1, "transcript": 3, "report": 1})
    assert {p.name for p in (store.calls / "c1").iterdir()} == {
        "audio.wav", "transcript.json", "transcript.txt", "transcript.vtt", "report.json"}
    assert "1 calls under legal hold kept" in r.summary()
    set_hold(store, ["c1"], on=False, catalog_url=catalog_url)
    r = sweep(store, as_of=day(REPORT_GONE), catalog_url=catalog_url)
    assert (r.held, sum(r.deleted.values())) == (0, 5) and not (store.calls / "c1").exists()
    with pytest.raises(RequestError, match="c9"):
        set_hold(store, ["c1", "c9"], on=True, catalog_url=catalog_url)
    assert not open_catalog(store.root, catalog_url).get("c1").legal_hold  # nothing changed


def test_a_dry_run_changes_nothing(store, catalog_url):
    cat = open_catalog(store.root, catalog_url)
    entries = len(cat.audit_entries())
    r = sweep(store, as_of=day(REPORT_GONE), dry_run=True, catalog_url=catalog_url)
    assert r.dry_run and sum(r.deleted.values()) == 10 and "would delete" in r.summary()
    assert len(cat.audit_entries()) == entries and cat.count_live() == 10
    assert (store.calls / "c1" / "audio.wav").exists()


def test_summary_carries_counts_only(store, catalog_url):
    s = sweep(store, as_of=day(AUDIO_GONE), catalog_url=catalog_url).summary()
    assert "c1" not in s and "c2" not in s and "audio x2" in s


def test_a_sweep_killed_between_unlink_and_record_is_finished(store, monkeypatch, catalog_url):
    class Crash(BaseException):
        pass

    def boom(*a, **k):
        raise Crash()
    with monkeypatch.context() as m:
        m.setattr(Catalog, "mark_deleted", boom)
        with pytest.raises(Crash):
            sweep(store, as_of=day(AUDIO_GONE), catalog_url=catalog_url)
    assert not (store.calls / "c1" / "audio.wav").exists()  # deleted, not yet recorded
    r = sweep(store, as_of=day(AUDIO_GONE), catalog_url=catalog_url)
    assert r.deleted == {"audio": 2}
    cat = open_catalog(store.root, catalog_url)
    assert [a.kind for a in cat.artifacts_of("c1")] == ["report", "transcript", "transcript", "transcript"]
    assert [e.action for e in cat.audit_entries("c1")].count("deleted") == 1


def test_raw_audio_kept_by_a_purpose_expires_first(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "process_call", FakeProcess())
    rules = rules_with(tmp_path, "technical_support", raw_audio_days=7)
    store = Store(tmp_path / "store")
    add_call(tmp_path / "inbox", "c1")
    batch.handle_file(tmp_path / "inbox" / "c1.wav", store, ProcessOptions(rules_dir=rules), consume_input=True)
    assert (store.raw / "c1" / "audio.wav").exists()
    assert sweep(store, as_of=day("2026-11-27")).deleted == {}
    assert sweep(store, as_of=day("2026-11-28")).deleted == {"raw_audio": 1}
    assert not (store.raw / "c1").exists() and (store.calls / "c1" / "audio.wav").exists()


def test_the_flows_signature():
    import inspect

    sig = inspect.signature(retention.sweep)
    assert list(sig.parameters) == ["store", "as_of", "dry_run", "catalog_url"]
    assert all(p.kind is p.KEYWORD_ONLY for n, p in sig.parameters.items() if n != "store")


def test_review_pages_go_with_the_transcript(store, catalog_url):
    from pipeline.review import site

    site.build(store.root)
    pages = store.root / "review" / "calls"
    assert sorted(p.name for p in pages.iterdir()) == ["c1.en.html", "c1.it.html", "c2.en.html", "c2.it.html"]
    set_hold(store, ["c2"], on=True, catalog_url=catalog_url)
    assert sweep(store, as_of=day(AUDIO_GONE), catalog_url=catalog_url).review_pages == 0  # audio only
    assert len(list(pages.iterdir())) == 4
    dry = sweep(store, as_of=day(TRANSCRIPT_GONE), dry_run=True, catalog_url=catalog_url)
    assert dry.review_pages == 2 and len(list(pages.iterdir())) == 4
    r = sweep(store, as_of=day(TRANSCRIPT_GONE), catalog_url=catalog_url)
    assert r.review_pages == 2 and "and 2 review pages" in r.summary()
    assert sorted(p.name for p in pages.iterdir()) == ["c2.en.html", "c2.it.html"]  # c2 is held
    site.build(store.root)  # the next build has no page for a call without its transcript
    assert sorted(p.name for p in pages.iterdir()) == ["c2.en.html", "c2.it.html"]
