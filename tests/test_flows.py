"""The Prefect flow over the pipeline: outputs, quarantine, skip-on-rerun, and no personal
data in anything Prefect keeps (its database, result storage, logs)."""
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

# Prefect reads its settings when first imported: point its home at a throwaway folder first.
_PREFECT_HOME = tempfile.mkdtemp(prefix="sottovoce-prefect-home-")
if "prefect" not in sys.modules:
    os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO")

import prefect.settings  # noqa: E402
from prefect.testing.utilities import prefect_test_harness  # noqa: E402

from helpers import EXAMPLES  # noqa: E402

CALL = "example-en-tech"
# spoken in that call: Laura Bennett, card 4539 1488 0343 6467. Digit probes are 8 long: a
# 4-digit string turns up by chance in the timestamps of any database.
SECRETS = [b"Bennett", b"45391488", b"14880343", b"03436467", b"4539 1488", b"0343 6467"]


@pytest.fixture(scope="module")
def prefect_env():
    """(PREFECT_HOME, folder of the harness's SQLite database) while a test server runs."""
    with prefect.settings.temporary_settings(updates={prefect.settings.PREFECT_HOME: _PREFECT_HOME,
                                                      prefect.settings.PREFECT_SERVER_ANALYTICS_ENABLED: False}):
        with prefect_test_harness(server_startup_timeout=60):
            url = prefect.settings.PREFECT_SERVER_DATABASE_CONNECTION_URL.value()
            db_dir = Path(url.split("///", 1)[1]).parent
            yield Path(_PREFECT_HOME), db_dir
    shutil.rmtree(_PREFECT_HOME, ignore_errors=True)


@pytest.fixture(scope="module")
def runs(prefect_env, tmp_path_factory):
    from flows.minimise import minimise_inbox

    inbox, store = tmp_path_factory.mktemp("inbox"), tmp_path_factory.mktemp("store")
    shutil.copy(EXAMPLES / f"{CALL}.wav", inbox)
    shutil.copy(EXAMPLES / f"{CALL}.json", inbox)
    (inbox / "bad.wav").write_bytes(b"not audio")
    sidecar = json.loads((EXAMPLES / f"{CALL}.json").read_text())
    sidecar["call_id"] = "bad-call"
    (inbox / "bad.json").write_text(json.dumps(sidecar))
    first = minimise_inbox(str(inbox), str(store), model="tiny.en")
    consumed = not (inbox / f"{CALL}.wav").exists() and not (inbox / f"{CALL}.json").exists()
    shutil.copy(EXAMPLES / f"{CALL}.wav", inbox)  # the same recording delivered again
    shutil.copy(EXAMPLES / f"{CALL}.json", inbox)
    second = minimise_inbox(str(inbox), str(store), model="tiny.en")
    return store, first, second, consumed


def test_outputs_and_quarantine(runs):
    store, first, _, consumed = runs
    out = store / "calls" / CALL
    assert consumed  # the nightly run removes the raw recording once outputs and catalog rows are durable
    for name in ("audio.wav", "transcript.json", "report.json"):
        assert (out / name).is_file(), name
    assert (store / "quarantine" / "bad.wav").read_bytes() == b"not audio"
    assert (store / "quarantine" / "bad.wav.reason.txt").read_text().strip()
    assert not (store / "calls" / "bad-call").exists()
    assert (first["processed"], first["quarantined"], first["skipped"]) == (1, 1, 0)
    assert first["quarantined_files"] == ["bad.wav"]
    assert first["per_purpose"] == {"technical_support": 1}
    report = json.loads((out / "report.json").read_text())
    assert first["per_entity"] == report["removed_per_entity"]


def test_second_run_skips_finished_call(runs):
    _, _, second, _ = runs
    assert second["processed"] == 0
    assert second["skipped"] == 1
    assert second["quarantined"] == 1  # the bad file is still in the inbox (copied, not moved)


def _flush_prefect_logs():
    from prefect.logging.handlers import APILogHandler

    APILogHandler().flush()  # send queued run logs to the database before we read it


def test_no_personal_data_in_prefect(runs, prefect_env):
    home, db_dir = prefect_env
    _flush_prefect_logs()
    roots = [home, db_dir]
    blobs = {}
    for root in roots:
        for dirpath, _, names in os.walk(root):
            for n in names:
                p = Path(dirpath) / n
                blobs[p] = p.read_bytes()
    assert any(p.name.endswith(".db") for p in blobs), f"no Prefect database found under {roots}"
    everything = b"".join(blobs.values())
    # positive controls: we are reading the database the flow wrote to, logs included
    assert b"minimise-summary" in everything and b"QUARANTINED" in everything
    for secret in SECRETS:
        hits = [str(p) for p, data in blobs.items() if secret in data]
        assert not hits, (secret, hits)
    storage = home / "storage"
    assert not storage.exists() or not any(storage.iterdir()), "a task result was persisted"
