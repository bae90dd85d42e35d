"""`sottovoce run` killed with SIGKILL mid-batch (the whole process group: the CLI, its flow and
Prefect's temporary server), at three points, then run again to the end. After every kill: no
half-written call is visible, and a raw recording has left the inbox only if its outputs and
catalog rows exist. At the end: every call processed exactly once (one output folder, one
recordings row, five artifact rows whose checksums match the files, one "processed" and one
"raw_removed" in the audit log), outputs committed before a kill never made again, inbox empty,
no staging folder left."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import EXAMPLES, ROOT
from pipeline.artifacts import sha256_file
from pipeline.catalog import open_catalog

pytestmark = pytest.mark.e2e

CALLS = ["k0", "k1", "k2", "k3"]
OUTPUTS = {"audio.wav", "transcript.json", "transcript.txt", "transcript.vtt", "report.json"}
REFS = [f"KILLTEST-CUSTOMER-{i}" for i in range(len(CALLS))]


def _inbox(inbox: Path) -> None:
    inbox.mkdir()
    base = json.loads((EXAMPLES / "example-en-tech.json").read_text())
    for cid, ref in zip(CALLS, REFS):
        shutil.copy(EXAMPLES / "example-en-tech.wav", inbox / f"{cid}.wav")
        (inbox / f"{cid}.json").write_text(json.dumps({**base, "call_id": cid, "customer_ref": ref}))


def _start(inbox: Path, store: Path, prefect_home: Path, log: Path) -> subprocess.Popen:
    env = dict(os.environ, PREFECT_HOME=str(prefect_home), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="")
    for var in ("SOTTOVOCE_CATALOG_URL", "PREFECT_API_URL"):
        env.pop(var, None)
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", str(inbox), "--store", str(store),
                             "--model", "tiny.en"], cwd=ROOT, env=env, start_new_session=True,
                            stdout=open(log, "ab"), stderr=subprocess.STDOUT)


def _kill_when(proc: subprocess.Popen, ready, timeout: float = 240) -> None:
    t0 = time.monotonic()
    while not ready():
        assert proc.poll() is None, "the run ended before reaching its kill point"
        assert time.monotonic() - t0 < timeout, "kill point not reached"
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def _consistent(inbox: Path, store: Path) -> dict[str, tuple[int, int]]:
    """Invariants that hold at any instant; returns the committed reports' (inode, mtime)."""
    cat = open_catalog(store)
    committed = {}
    for d in (store / "calls").iterdir() if (store / "calls").exists() else []:
        if d.name.startswith("."):
            continue  # staging: hidden, cleaned by the next run
        assert {p.name for p in d.iterdir()} == OUTPUTS, f"half-written call {d.name} visible"
        st = (d / "report.json").stat()
        committed[d.name] = (st.st_ino, st.st_mtime_ns)
    for cid in CALLS:
        actions = [e.action for e in cat.audit_entries(cid)]
        assert actions.count("processed") <= 1 and actions.count("raw_removed") <= 1
        if not (inbox / f"{cid}.wav").exists():
            rec = cat.get(cid)
            assert cid in committed and rec is not None and rec.status == "registered", \
                f"raw of {cid} removed before its outputs and catalog rows were durable"
            assert len(cat.artifacts_of(cid)) == 5
    return committed


def test_killed_runs_end_with_every_call_processed_exactly_once(tmp_path):
    inbox, store, home, log = tmp_path / "inbox", tmp_path / "store", tmp_path / "prefect", tmp_path / "runs.log"
    _inbox(inbox)
    calls = store / "calls"

    def outputs_appear():
        return calls.exists() and any((d / "report.json").exists() for d in calls.iterdir() if d.name in CALLS)

    def staging_appears():
        return calls.exists() and any(calls.glob(".staging-*"))

    wavs_before = set()

    def a_raw_leaves():
        return len(list(inbox.glob("*.wav"))) < len(wavs_before)

    committed: dict[str, tuple[int, int]] = {}
    for ready in (outputs_appear, staging_appears, a_raw_leaves):
        wavs_before = set(inbox.glob("*.wav"))
        done_before = {d.name for d in calls.iterdir()} if calls.exists() else set()
        proc = _start(inbox, store, home, log)
        if ready is outputs_appear:
            _kill_when(proc, lambda: outputs_appear() and set(calls.iterdir()) - done_before)
        else:
            _kill_when(proc, ready)
        if ready is staging_appears:
            assert any(calls.glob(".staging-*"))  # a half-written call is on disk, hidden
        now = _consistent(inbox, store)
        for cid, stamp in committed.items():
            assert now[cid] == stamp, f"{cid} was processed again after its outputs were committed"
        committed = now
    assert 0 < len(committed) < len(CALLS), "the kills should land mid-batch"

    proc = _start(inbox, store, home, log)
    assert proc.wait(timeout=400) == 0, log.read_text()[-3000:]
    final = _consistent(inbox, store)
    for cid, stamp in committed.items():
        assert final[cid] == stamp, f"{cid} was processed again after its outputs were committed"

    assert sorted(p.name for p in inbox.iterdir()) == []
    assert sorted(p.name for p in calls.iterdir()) == CALLS  # no staging or replaced folders left
    cat = open_catalog(store)
    for cid in CALLS:
        rec = cat.get(cid)
        assert (rec.status, rec.raw_state, rec.raw_source, rec.legal_hold) == ("registered", "removed", None, False)
        arts = cat.artifacts_of(cid, include_deleted=True)
        assert sorted(a.path for a in arts) == sorted(f"calls/{cid}/{n}" for n in OUTPUTS)
        for a in arts:
            assert a.deleted is None and a.checksum == sha256_file(store / a.path)
        actions = [e.action for e in cat.audit_entries(cid)]
        assert actions == ["processed"] + ["kept"] * 5 + ["raw_removed"], (cid, actions)
    with cat.engine.connect() as c:
        from sqlalchemy import text
        runs = c.execute(text("select status from runs where kind = 'run' order by started")).scalars().all()
        assert c.execute(text("select count(*) from recordings")).scalar_one() == len(CALLS)
    assert runs == ["running"] * 3 + ["ok"]  # a killed run stays "running": it never finished
    # customer references reach neither Prefect nor the catalog in clear
    cat.engine.dispose()
    blobs = [p.read_bytes() for root in (home, store) for p in root.rglob("*") if p.is_file()]
    for ref in REFS:
        assert not any(ref.encode() in b for b in blobs), ref
