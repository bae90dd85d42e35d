"""The Prefect flows over the pipeline: outputs, quarantine, skip-on-rerun, the same outputs
on a Dask cluster, the schedules, the retention flow, and no personal data in anything
Prefect keeps (its database, result storage, logs)."""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import pytest
import yaml

# Prefect reads its settings when first imported: point its home at a throwaway folder first.
_PREFECT_HOME = tempfile.mkdtemp(prefix="sottovoce-prefect-home-")
if "prefect" not in sys.modules:
    os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO")

import prefect.settings  # noqa: E402
from prefect.testing.utilities import prefect_test_harness  # noqa: E402

from helpers import CORPUS, EXAMPLES, ROOT, truth  # noqa: E402

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


def test_one_call_twice_in_a_batch_waits_for_the_next_run(prefect_env, tmp_path):
    """Two recordings naming one call_id never run side by side (on Dask they would race on one
    call's outputs): the second waits in the inbox, and the next run takes it as a repeated delivery."""
    from flows.minimise import minimise_inbox

    inbox, store = tmp_path / "inbox", tmp_path / "store"
    inbox.mkdir()
    for stem in (CALL, "zz-again"):  # discovered in name order: the second waits
        shutil.copy(EXAMPLES / f"{CALL}.wav", inbox / f"{stem}.wav")
        shutil.copy(EXAMPLES / f"{CALL}.json", inbox / f"{stem}.json")
    first = minimise_inbox(str(inbox), str(store), model="tiny.en")
    assert (first["processed"], first["deferred"], first["found"]) == (1, 1, 2)
    assert first["deferred_files"] == ["zz-again.wav"] and (inbox / "zz-again.wav").exists()
    second = minimise_inbox(str(inbox), str(store), model="tiny.en")
    assert (second["processed"], second["skipped"], second["deferred"]) == (0, 1, 0)
    assert not any(inbox.iterdir())  # the repeated delivery is consumed once the first is safely kept
    assert (store / "calls" / CALL / "audio.wav").is_file()


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


# --- Scale-out, scheduled runs, retention, and the no-personal-data check on corpus calls ---

# The shortest development calls: English stereo and mono, Italian mono (about 160 s of audio).
CORPUS_CALLS = ["dev-en-005", "dev-en-021", "dev-it-010"]
DASK_CALLS = ["scale-a", "scale-b", "scale-c"]


def _store_digest(store: Path, call_id: str) -> dict:
    """A call's outputs, as bytes, with the report's stage timings dropped."""
    out = store / "calls" / call_id
    report = json.loads((out / "report.json").read_text())
    report.pop("timings_s")
    return {"audio.wav": hashlib.sha256((out / "audio.wav").read_bytes()).hexdigest(),
            "transcript.json": (out / "transcript.json").read_text(),
            "report.json": json.dumps(report, sort_keys=True)}


@pytest.fixture(scope="module")
def dask_runs(prefect_env, tmp_path_factory):
    """The nightly flow on copies of the example call (distinct sidecars), once on a local Dask
    cluster of two worker processes and once in this process; whisper's threads set equal (1).
    Returns both stores and summaries, and what each worker's model caches say afterwards."""
    distributed = pytest.importorskip("distributed")
    from pipeline import asr, detect  # noqa: F401 - the same modules the probe reads on the workers
    from flows.minimise import run_inbox

    inboxes = {name: tmp_path_factory.mktemp(f"scale-inbox-{name}") for name in ("dask", "one")}
    for inbox in inboxes.values():  # one inbox each: the nightly flow consumes what it processed
        for cid in DASK_CALLS:
            shutil.copy(EXAMPLES / f"{CALL}.wav", inbox / f"{cid}.wav")
            sidecar = json.loads((EXAMPLES / f"{CALL}.json").read_text())
            sidecar["call_id"] = cid
            (inbox / f"{cid}.json").write_text(json.dumps(sidecar))
    on_dask, one_process = tmp_path_factory.mktemp("store-dask"), tmp_path_factory.mktemp("store-one")
    old = os.environ.get("SOTTOVOCE_CPU_THREADS"), os.environ.get("SOTTOVOCE_TEMPERATURE_FALLBACK")
    os.environ["SOTTOVOCE_CPU_THREADS"] = "1"  # read by the workers (they inherit it) and by this process
    # whisper's sampling fallback draws from a per-thread generator seeded at random: repeatable runs only without it
    os.environ["SOTTOVOCE_TEMPERATURE_FALLBACK"] = "0"
    try:
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      dashboard_address=":0") as cluster:
            dask_summary = run_inbox(inboxes["dask"], on_dask, model="tiny.en",
                                     dask_address=cluster.scheduler_address)

            def probe():  # runs in each worker process
                from pipeline import asr, detect

                before = asr.get_model.cache_info()
                asr.model_for(asr.AsrOptions(model="tiny.en"))  # the key the tasks used: must be a hit
                return {"pid": os.getpid(), "asr": before, "asr_after": asr.get_model.cache_info(),
                        "analyzer": detect.analyzer.cache_info()}

            with distributed.Client(cluster) as client:
                workers = client.run(probe)
        one_summary = run_inbox(inboxes["one"], one_process, model="tiny.en")
    finally:
        for name, value in zip(("SOTTOVOCE_CPU_THREADS", "SOTTOVOCE_TEMPERATURE_FALLBACK"), old):
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return {"dask": (on_dask, dask_summary), "one": (one_process, one_summary), "workers": workers,
            "left_in_inbox": sorted(p.name for inbox in inboxes.values() for p in inbox.iterdir())}


def test_dask_outputs_equal_one_process(dask_runs):
    (on_dask, dask_summary), (one_process, one_summary) = dask_runs["dask"], dask_runs["one"]
    assert dask_summary["processed"] == len(DASK_CALLS) and dask_summary["quarantined"] == 0
    assert dask_summary == one_summary
    assert dask_runs["left_in_inbox"] == []  # consumed by the tasks on the workers too, once registered
    for cid in DASK_CALLS:
        assert _store_digest(on_dask, cid) == _store_digest(one_process, cid), cid


def test_each_dask_worker_loads_the_models_once(dask_runs):
    workers = dask_runs["workers"]
    assert len(workers) == 2 and len({w["pid"] for w in workers.values()} | {os.getpid()}) == 3
    used = [w for w in workers.values() if w["analyzer"].misses]
    assert used, "no worker ran a call"
    for w in workers.values():
        # loaded at most once per worker process, and reused for every call and channel after that
        assert w["asr"].misses <= 1 and w["analyzer"].misses <= 1, w
        assert w["asr_after"].misses == w["asr"].misses, "the tasks' model was not the cached one"
    # every call used a worker's cached analyzer (one lookup per call at least)
    assert sum(w["analyzer"].hits + w["analyzer"].misses for w in workers.values()) >= len(DASK_CALLS)
    assert len(used) == 2, "expected both workers to take calls (3 calls, 2 idle single-thread workers)"


def test_dask_without_a_prefect_server_is_refused(prefect_env):
    from flows.minimise import minimise_inbox
    from flows.runners import SchedulerError, with_runner

    with prefect.settings.temporary_settings(updates={prefect.settings.PREFECT_API_URL: ""}):
        with pytest.raises(SchedulerError, match="prefect server start"):
            with_runner(minimise_inbox, "tcp://127.0.0.1:8786")
    assert with_runner(minimise_inbox, None) is minimise_inbox


def test_serve_registers_both_flows_with_cron(prefect_env, tmp_path):
    """What `sottovoce serve` registers: both deployments, cron, path parameters, and the flow
    object that will run (with its Dask task runner), without starting the runner."""
    from prefect import get_client
    from prefect.runner import Runner
    from prefect_dask import DaskTaskRunner

    from flows.deployments import MINIMISE_CRON, RETENTION_CRON, scheduled

    minimise, retention = scheduled(tmp_path / "inbox", tmp_path / "store", model="tiny.en",
                                    dask_address="tcp://127.0.0.1:8786")
    assert isinstance(minimise.flow.task_runner, DaskTaskRunner)
    assert minimise.flow.task_runner.address == "tcp://127.0.0.1:8786"
    runner = Runner(name="sottovoce-test")
    ids = [s.add_to(runner) for s in (minimise, retention)]
    with get_client(sync_client=True) as client:
        got = [client.read_deployment(i) for i in ids]
    assert [d.name for d in got] == ["nightly", "daily"]
    assert [s.schedule.cron for s in got[0].schedules] == [MINIMISE_CRON]
    assert [s.schedule.cron for s in got[1].schedules] == [RETENTION_CRON]
    store = str((tmp_path / "store").resolve())
    assert got[0].parameters == {"inbox": str((tmp_path / "inbox").resolve()), "store": store, "model": "tiny.en"}
    assert got[1].parameters == {"store": store}
    for d in got:
        assert d.global_concurrency_limit is not None and d.global_concurrency_limit.limit == 1


def test_prefect_yaml_deploys_to_a_work_pool(prefect_env):
    """`prefect deploy --all` with the repository's prefect.yaml, against the test server."""
    from prefect import get_client
    from prefect.cli.deploy._models import PrefectYamlModel
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.flows import load_flow_from_entrypoint

    config = PrefectYamlModel.model_validate(yaml.safe_load((ROOT / "prefect.yaml").read_text()))
    assert {d.name for d in config.deployments} == {"nightly", "daily"}
    for d in config.deployments:
        flow_ = load_flow_from_entrypoint(str(ROOT / d.entrypoint))
        assert set(d.parameters) <= set(flow_.parameters.properties), d.name
        assert set(flow_.parameters.required or []) <= set(d.parameters), d.name
        assert all(isinstance(v, str) and v.startswith("/") for v in d.parameters.values()), "paths only"
    with get_client(sync_client=True) as client:
        try:
            client.create_work_pool(WorkPoolCreate(name="sottovoce", type="process"))
        except Exception:  # noqa: BLE001 - already there from an earlier run
            pass
    env = {**os.environ, "PREFECT_API_URL": prefect.settings.PREFECT_API_URL.value(), "PREFECT_HOME": str(prefect_env[0])}
    done = subprocess.run([sys.executable, "-m", "prefect", "--no-prompt", "deploy", "--all"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    with get_client(sync_client=True) as client:
        nightly = client.read_deployment_by_name("minimise-inbox/nightly")
        daily = client.read_deployment_by_name("enforce-retention/daily")
    assert nightly.work_pool_name == daily.work_pool_name == "sottovoce"
    assert nightly.entrypoint == "flows/runners.py:minimise_inbox_scaled"
    assert [s.schedule.cron for s in nightly.schedules] == ["0 2 * * *"]
    assert [s.schedule.cron for s in daily.schedules] == ["0 5 * * *"]
    assert nightly.parameters == {"inbox": "/srv/sottovoce/inbox", "store": "/srv/sottovoce/store"}


def test_retention_flow_on_a_processed_store(runs, tmp_path):
    """`enforce_retention` over the real sweep, on a copy of a store the nightly flow filled: a
    dry run as of 2100 counts and touches nothing; the real run deletes every expired artifact."""
    from flows.retention import enforce_retention

    store = tmp_path / "store"
    shutil.copytree(runs[0], store)
    files = lambda: {p: p.read_bytes() for p in store.rglob("*") if p.is_file() and "catalog.db" not in p.name}  # noqa: E731
    before = files()
    assert store / "calls" / CALL / "audio.wav" in before
    summary = enforce_retention(str(store), as_of=datetime(2100, 1, 1), dry_run=True)  # no zone: UTC
    assert "as of 2100-01-01 00:00 UTC" in summary and "would delete" in summary and "audio x1" in summary
    assert files() == before
    summary = enforce_retention(str(store), as_of=datetime(2100, 1, 1, tzinfo=timezone.utc))
    assert "deleted" in summary and "audio x1" in summary and "1 calls fully expired" in summary
    assert not (store / "calls" / CALL).exists()
    today = enforce_retention(str(store), dry_run=True)  # default: now
    assert f"as of {datetime.now(timezone.utc):%Y-%m-%d}" in today and "would delete nothing" in today


# The leak probes: a value is searched for in the forms it can take in text (digits grouped,
# spaced, with dots, commas or dashes between them; names in any case) and only where a chance
# match is implausible: 8-digit windows of long numbers, whole 7-digit numbers, names and
# places of 5+ letters, whole values.
_SEP = r"[\s.,\-/]{0,2}"
_NOT_AFTER_DIGIT = r"(?<!\d)(?<!\d[\s.,\-/])(?<!\d[\s.,\-/]{2})"


def leak_probes(spans: list[dict]) -> dict[str, re.Pattern]:
    probes: dict[str, str] = {}
    for span in spans:
        if span["label"] == "NONPII_NUMBER":
            continue
        for text in {span["value"], span.get("spoken", span["value"])}:
            digits = re.sub(r"\D", "", text)
            if len(digits) >= 8:
                for i in range(len(digits) - 7):
                    probes[f"{span['label']} digits {digits[i:i + 8]}"] = _SEP.join(digits[i:i + 8])
            elif len(digits) == 7:  # the whole number, not a part of a longer one
                probes[f"{span['label']} {digits}"] = _NOT_AFTER_DIGIT + _SEP.join(digits) + r"(?![\s.,\-/]{0,2}\d)"
            words = text.lower().split()
            if len(text) >= 5 and not re.fullmatch(r"[\d\s.,\-/]+", text):
                probes[f"{span['label']} {text!r}"] = r"\s+".join(map(re.escape, words))
                if not text.isascii():
                    probes[f"{span['label']} {text!r} json"] = re.escape(json.dumps(text.lower())[1:-1])
        # single words of the written value: names and places (capitalised), long words, an
        # e-mail's user part - not its domain ("example", "gmail" say nothing about a person)
        value = span["value"].split("@")[0] if "@" in span["value"] else span["value"]
        for token in re.findall(r"[^\W\d_]+", value):
            if len(token) >= 5 and (token[0].isupper() or len(token) >= 8 or "@" in span["value"]):
                probes[f"{span['label']} token {token}"] = r"(?<![^\W\d_])" + re.escape(token.lower()) + r"(?![^\W\d_])"
    return {name: re.compile(p) for name, p in probes.items()}


# what a database holds besides the calls: timestamps and ids, whose digits can meet a probe by chance
# ("...:39.720441" and a column starting "42" read as 7 2 0 4 4 1 4 2); they hold no personal data
_NOT_CONTENT = re.compile(r"\d{4}-\d{2}-\d{2}[ t]\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:[+-]\d{2}:?\d{2}|z)?"
                          r"|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def find_leaks(probes: dict[str, re.Pattern], blobs: dict) -> list[tuple[str, str]]:
    texts = {str(p): _NOT_CONTENT.sub(" ", data.decode("utf-8", "replace").lower()) for p, data in blobs.items()}
    return [(name, path) for name, rx in probes.items() for path, text in texts.items() if rx.search(text)]


def test_leak_probes_find_the_written_forms():
    probes = leak_probes([{"label": "CREDIT_CARD", "value": "2720441422928706", "spoken": "2 7 2 0 4 4 1 4"},
                          {"label": "PERSON", "value": "Linda Garza"},
                          {"label": "ORDER_NUMBER", "value": "4759425"},
                          {"label": "EMAIL_ADDRESS", "value": "natalie.yates@example.net"},
                          {"label": "NONPII_NUMBER", "value": "88"}])
    for written in ("card 2720 4414 2292 8706", "2,720,441,422,928,706", "2 7 2 0 4 4 1 4 2 2", "27204414",
                    "2026-11-25 20:49:39.123456 27204414",
                    "LINDA  GARZA", "mrs garza", "order 4759425.", "4 7 5 9 4 2 5", "475-9425", "natalie dot yates",
                    "Yates"):
        assert find_leaks(probes, {Path("x"): written.encode()}), written
    for innocent in ("2026-11-20 10:00:00.272044", "14759425", "garzanti", "88 seconds", "2720 441", "4759 425 1", "9 4759425", "example.net",
                     "2026-11-25 20:49:39.72044142", "c0ffee00-7204-4142-8000-000000000000"):
        assert not find_leaks(probes, {Path("x"): innocent.encode()}), innocent


@pytest.fixture(scope="module")
def corpus_runs(prefect_env, tmp_path_factory):
    """The nightly flow, default model (whisper base), on the shortest development calls."""
    if not CORPUS.exists():
        pytest.skip(f"development corpus not found at {CORPUS}")
    from flows.minimise import minimise_inbox

    inbox, store = tmp_path_factory.mktemp("corpus-inbox"), tmp_path_factory.mktemp("corpus-store")
    for cid in CORPUS_CALLS:
        shutil.copy(CORPUS / f"{cid}.wav", inbox)
        shutil.copy(CORPUS / f"{cid}.json", inbox)
    return inbox, store, minimise_inbox(str(inbox), str(store))


def _prefect_files(home: Path, db_dir: Path) -> dict:
    _flush_prefect_logs()
    blobs = {}
    for root in (home, db_dir):
        for dirpath, _, names in os.walk(root):
            for n in names:
                p = Path(dirpath) / n
                blobs[p] = p.read_bytes()
    return blobs


def test_no_corpus_personal_data_in_prefect(corpus_runs, dask_runs, runs, prefect_env):
    """Every Prefect record of every run of this module (the corpus calls, the Dask workers'
    task runs, the example call): no value from the calls' truth, in any written form."""
    inbox, store, summary = corpus_runs
    assert summary["processed"] == len(CORPUS_CALLS)
    blobs = _prefect_files(*prefect_env)
    assert any(p.name.endswith(".db") for p in blobs), "no Prefect database found"
    everything = b"".join(blobs.values())
    # positive controls: this database holds these runs - the corpus run's parameters, each
    # call's log line (written by the task), the Dask workers' log lines, the summary artifact
    assert str(inbox).encode() in everything
    for cid in CORPUS_CALLS + DASK_CALLS:
        assert f"{cid}: ".encode() in everything, cid
    assert b"minimise-summary" in everything
    spans = [s for cid in CORPUS_CALLS for s in truth(cid)["spans"]]
    spans += [{"label": "PERSON", "value": "Laura Bennett"}, {"label": "CREDIT_CARD", "value": "4539148803436467"}]
    probes = leak_probes(spans)
    assert len(probes) > 60
    # the probes do find whisper's written forms: the values these purposes keep are in the transcripts
    kept = find_leaks(probes, {p: p.read_bytes() for p in store.glob("calls/*/transcript.json")})
    assert len({name for name, _ in kept}) >= 3, kept
    assert find_leaks(probes, blobs) == []
    storage = prefect_env[0] / "storage"
    assert not storage.exists() or not any(storage.iterdir()), "a task result was persisted"


def test_a_failing_file_or_task_never_fails_the_run(prefect_env, tmp_path, monkeypatch):
    """Stand-ins for whisper (opskit.FakeProcess), a real flow on the test server: a bad input is
    quarantined, an OSError inside the pipeline and a task that raises anyway are each one
    "failed" file left in the inbox; the summary counts them apart and the run ends "ok". A
    flow that fails (here, the model) leaves its catalog run "failed", not "running"."""
    from sqlalchemy import text

    from opskit import FakeProcess, add_call
    from flows import minimise
    from pipeline import asr, batch, detect, lifecycle
    from pipeline.catalog import open_catalog
    from pipeline.errors import ModelError

    monkeypatch.setattr(asr, "model_for", lambda options: None)
    monkeypatch.setattr(detect, "analyzer", lambda: None)
    monkeypatch.setattr(batch, "process_call", FakeProcess())
    monkeypatch.setattr(minimise, "minimise_call", minimise.minimise_call.with_options(retries=0))
    inbox, store = tmp_path / "inbox", tmp_path / "store"
    for cid in ("a", "b", "c", "d"):
        add_call(inbox, cid)
    (inbox / "b.json").write_text("{")  # a bad sidecar: quarantined
    register = lifecycle.register_outputs

    def disk_full(store_, catalog, spec, *a, **k):
        if spec.call_id == "c":
            raise OSError(28, "No space left on device")
        return register(store_, catalog, spec, *a, **k)
    monkeypatch.setattr(lifecycle, "register_outputs", disk_full)
    handle = minimise.handle_file

    def task_crash(path, *a, **k):
        if path.name == "d.wav":
            raise RuntimeError("a bug")
        return handle(path, *a, **k)
    monkeypatch.setattr(minimise, "handle_file", task_crash)
    s = minimise.minimise_inbox(str(inbox), str(store))
    assert (s["processed"], s["quarantined"], s["failed"], s["skipped"]) == (1, 1, 2, 0)
    assert s["quarantined_files"] == ["b.wav"] and s["failed_files"] == ["c.wav", "d.wav"]
    assert {"b.wav", "c.wav", "d.wav"} <= {p.name for p in inbox.iterdir()} and not (inbox / "a.wav").exists()
    engine = open_catalog(store).engine
    with engine.connect() as c:
        [(status, counts)] = c.execute(text("select status, counts from runs")).all()
    assert status == "ok" and '"failed": 2' in str(counts).replace("'", '"')

    def no_model(options):
        raise ModelError("model 'x' is not installed; run sottovoce models")
    monkeypatch.setattr(asr, "model_for", no_model)
    with pytest.raises(ModelError):
        minimise.minimise_inbox(str(inbox), str(store))
    with engine.connect() as c:
        statuses = [r[0] for r in c.execute(text("select status from runs order by started"))]
    assert statuses == ["ok", "failed"]
