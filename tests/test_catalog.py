"""The catalog on a real database (SQLite in the store, and PostgreSQL when configured):
idempotent registration, the append-only audit log, customer references stored hashed only,
and errors that name the database without its password."""
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from pipeline.artifacts import ArtifactFile
from pipeline.catalog import Registration, customer_hash, open_catalog, resolve_url
from pipeline.errors import CatalogError, RequestError
from pipeline.store import Store

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)


def _reg(call_id="c1", ref_hash=None, area="calls", raw_state="inbox"):
    return Registration(call_id=call_id, purpose="technical_support", language="en", recorded_at=T0,
                        customer_ref_hash=ref_hash, area=area, rules_version="v1", notice_present=True,
                        notice_action="none", source_sha256="ab" * 32, raw_state=raw_state,
                        raw_source="/inbox/c1.wav" if raw_state == "inbox" else None)


def _files(call_id="c1", checksum="00"):
    return [ArtifactFile("audio", f"calls/{call_id}/audio.wav", checksum * 32, 10, T0 + timedelta(days=30)),
            ArtifactFile("report", f"calls/{call_id}/report.json", "11" * 32, 5, T0 + timedelta(days=3650))]


@pytest.fixture
def cat(tmp_path, catalog_url):
    return open_catalog(tmp_path / "store", catalog_url)


def test_registration_is_an_upsert_and_audited_once(cat):
    assert cat.register(_reg(), _files(), "run1") is True
    assert cat.register(_reg(), _files(), "run2") is False  # a re-run after a crash: nothing changes
    rec = cat.get("c1")
    assert (rec.status, rec.raw_state, rec.rules_version, rec.recorded_at) == ("registered", "inbox", "v1", T0)
    arts = cat.artifacts_of("c1")
    assert [(a.kind, a.path) for a in arts] == [("audio", "calls/c1/audio.wav"), ("report", "calls/c1/report.json")]
    assert arts[0].expires == T0 + timedelta(days=30)
    actions = [e.action for e in cat.audit_entries("c1")]
    assert actions == ["processed", "kept", "kept"]
    with cat.engine.connect() as c:
        assert c.execute(text("select count(*) from recordings")).scalar_one() == 1
        assert c.execute(text("select count(*) from artifacts")).scalar_one() == 2


def test_reprocessing_updates_in_place_and_retires_replaced_files(cat):
    cat.register(_reg(), _files(), "run1")
    created = cat.artifacts_of("c1")[0].created
    held = [ArtifactFile("audio", "held/c1/audio.wav", "22" * 32, 10, T0), _files()[1]]
    assert cat.register(_reg(area="held"), held, "run2") is True
    live = {a.path: a for a in cat.artifacts_of("c1")}
    assert set(live) == {"held/c1/audio.wav", "calls/c1/report.json"}
    gone = [a for a in cat.artifacts_of("c1", include_deleted=True) if a.deleted]
    assert [(a.path, a.deleted_by) for a in gone] == [("calls/c1/audio.wav", "replaced")]
    assert cat.get("c1").area == "held"
    assert live["held/c1/audio.wav"].created >= created


def test_process_then_nightly_run_keeps_the_raw_state(cat):
    cat.register(_reg(raw_state="external"), _files(), None)
    cat.set_raw("c1", "removed", None, rules_version="v1")
    cat.register(_reg(raw_state="external"), _files(checksum="33"), None)  # `process` again
    assert cat.get("c1").raw_state == "removed"


def test_audit_log_is_append_only(cat):
    cat.register(_reg(), _files(), "run1")
    for stmt in ("update audit_log set action = 'nothing'", "delete from audit_log"):
        with pytest.raises(Exception, match="append-only"):
            with cat.engine.begin() as c:
                c.execute(text(stmt))
    assert len(cat.audit_entries()) == 3


def test_customer_reference_is_stored_only_as_a_salted_hash(tmp_path, catalog_url):
    store = Store(tmp_path / "store")
    cat = open_catalog(store.root, catalog_url)
    h = customer_hash(store.salt(), "CUST-0042")
    assert h != customer_hash(b"another store's salt", "CUST-0042") and len(h) == 64
    cat.register(_reg(ref_hash=h), _files(), None)
    cat.register(_reg("c2", ref_hash=customer_hash(store.salt(), "CUST-0099")), _files("c2"), None)
    assert cat.calls_for_customer(h) == ["c1"]
    if catalog_url is None:  # the database file holds the hash, never the reference
        cat.engine.dispose()
        blob = (store.root / "catalog.db").read_bytes() + b"".join(
            p.read_bytes() for p in store.root.glob("catalog.db-*"))
        assert b"CUST-0042" not in blob and h.encode() in blob


def test_legal_hold_is_audited_and_unknown_calls_are_refused(cat):
    cat.register(_reg(), _files(), None)
    assert cat.set_hold("c1", True, "r") is True
    assert cat.set_hold("c1", True, "r") is False
    assert cat.get("c1").legal_hold and cat.get("c1").hold_since is not None
    assert cat.set_hold("c1", False, "r") is True
    with pytest.raises(RequestError, match="nope"):
        cat.set_hold("nope", True, "r")
    assert [e.action for e in cat.audit_entries("c1")][-2:] == ["hold", "hold_released"]


def test_runs_are_recorded(cat):
    run = cat.start_run("sweep")
    assert cat.run(run)["status"] == "running"
    cat.finish_run(run, "ok", {"deleted": 3})
    r = cat.run(run)
    assert (r["status"], r["counts"]) == ("ok", {"deleted": 3}) and r["finished"] >= r["started"]


def test_url_resolution(tmp_path, monkeypatch):
    monkeypatch.delenv("SOTTOVOCE_CATALOG_URL", raising=False)
    assert resolve_url(tmp_path) == f"sqlite:///{tmp_path.resolve()}/catalog.db"
    monkeypatch.setenv("SOTTOVOCE_CATALOG_URL", "postgresql://u:pw@db/sv")
    assert resolve_url(tmp_path) == "postgresql+psycopg://u:pw@db/sv"
    assert resolve_url(tmp_path, "sqlite:////x/c.db") == "sqlite:////x/c.db"


def test_unreachable_database_names_it_without_the_password(tmp_path):
    with pytest.raises(CatalogError) as err:
        open_catalog(tmp_path, "postgresql://sv:s3cret-pw@127.0.0.1:9/nowhere?connect_timeout=2")
    msg = str(err.value)
    assert "127.0.0.1:9/nowhere" in msg and "s3cret-pw" not in msg and "check that the database" in msg
    with pytest.raises(CatalogError, match="not supported"):
        open_catalog(tmp_path, "mysql://u@h/db")


@pytest.mark.parametrize("close", ["erased", "expired", "hold"])
def test_register_refuses_a_closed_call(cat, close):
    from pipeline.errors import ClosedCallError

    cat.register(_reg(), _files(), "run1")
    if close == "erased":
        cat.mark_erased("c1", "run2", [])
    elif close == "expired":
        for a in cat.artifacts_of("c1"):
            cat.mark_deleted(a, "retention", "run2", "v1")
    else:
        cat.set_hold("c1", True, "run2")
    before, entries = cat.get("c1"), len(cat.audit_entries("c1"))
    with pytest.raises(ClosedCallError, match="call c1") as err:
        cat.register(_reg(), _files(checksum="99"), "run3")
    assert ("--release" in str(err.value)) if close == "hold" else ("not processed again" in str(err.value))
    assert cat.get("c1") == before and len(cat.audit_entries("c1")) == entries  # nothing written
    if close == "hold":
        assert cat.register(_reg(), _files(), "run4") is False  # the same outputs again: a no-op, allowed


def test_an_erasure_of_an_unknown_call_writes_a_tombstone(cat):
    cat.mark_erased("c7", "run1", [])
    rec = cat.get("c7")
    assert (rec.status, rec.legal_hold) == ("erased", False)
    assert [e.action for e in cat.audit_entries("c7")] == ["erased"]
