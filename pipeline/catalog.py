"""The SQL catalog of a store: recordings, their artifacts, runs, and an append-only audit log.

SQLite inside the store by default (`<store>/catalog.db`), PostgreSQL by URL (`--catalog URL`
or `SOTTOVOCE_CATALOG_URL`, e.g. `postgresql://user:pw@host/db`; the psycopg 3 driver is used).

    recordings  one row per call_id: purpose, language, recorded_at, status (registered |
                erased | expired), area (calls | held), rules version, the notice result,
                the raw recording's state (external | inbox | removed | stored) and checksum,
                the legal hold, and the customer reference as a salted hash only
    artifacts   one row per file of a call: kind, path (relative to the store), sha256,
                size, created, expires, deleted (+ by what: retention | erasure | replaced)
    runs        one row per run of a command or flow: kind, started, finished, status, counts
    audit_log   append-only (triggers refuse UPDATE and DELETE): what was processed, kept,
                deleted, held, erased, exported, under which rules version; ids, kinds,
                store paths and counts only - never personal data

Writes are upserts keyed by call_id (and path), so registering a call twice - a re-run after a
crash between "outputs committed" and "catalog written" - changes nothing the second time.
Every database error becomes a CatalogError naming the operation, never a row's values.
"""
from __future__ import annotations

import os
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Optional

from sqlalchemy import (DDL, JSON, BigInteger, Boolean, Column, DateTime, ForeignKey, Index, Integer, MetaData,
                        String, Table, Text, TypeDecorator, UniqueConstraint, create_engine, event, func, select,
                        update)
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from .artifacts import ArtifactFile, utcnow
from .errors import CatalogError, ClosedCallError, RequestError

ENV_URL = "SOTTOVOCE_CATALOG_URL"
UNKNOWN_PURPOSE = "-"  # a tombstone of a call erased before the catalog knew it
FILE_NAME = "catalog.db"


class _UTC(TypeDecorator):
    """Times stored as naive UTC (SQLite has no zones), read back as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return (value if value.tzinfo is None else value.astimezone(timezone.utc)).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return None if value is None else value.replace(tzinfo=timezone.utc)


metadata = MetaData()

recordings = Table(
    "recordings", metadata,
    Column("call_id", String(128), primary_key=True),
    Column("purpose", String(64), nullable=False),
    Column("language", String(8)),
    Column("recorded_at", _UTC),
    Column("customer_ref_hash", String(64), index=True),  # HMAC-SHA256 with the store's salt
    Column("status", String(16), nullable=False),  # registered | erased | expired
    Column("area", String(8)),  # calls | held
    Column("rules_version", String(32)),
    Column("processed_at", _UTC),
    Column("notice_present", Boolean),
    Column("notice_action", String(32)),
    Column("source_sha256", String(64)),  # the raw recording as received
    Column("raw_state", String(16), nullable=False),  # external | inbox | removed | stored
    Column("raw_source", Text),  # the inbox file, only while raw_state is "inbox"
    Column("legal_hold", Boolean, nullable=False, default=False),
    Column("hold_since", _UTC),
    Column("updated_at", _UTC, nullable=False),
)

artifacts = Table(
    "artifacts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("call_id", String(128), ForeignKey("recordings.call_id"), nullable=False),
    Column("kind", String(16), nullable=False),  # raw_audio | audio | transcript | report
    Column("path", String(512), nullable=False),
    Column("checksum", String(64), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("created", _UTC, nullable=False),
    Column("expires", _UTC),
    Column("deleted", _UTC),
    Column("deleted_by", String(16)),
    UniqueConstraint("call_id", "path", name="uq_artifacts_call_path"),
    Index("ix_artifacts_expires", "expires"),
)

runs = Table(
    "runs", metadata,
    Column("run_id", String(32), primary_key=True),
    Column("kind", String(16), nullable=False),  # run | process | sweep | forget | export | hold
    Column("started", _UTC, nullable=False),
    Column("finished", _UTC),
    Column("status", String(16), nullable=False),  # running | ok | failed (a killed run stays "running")
    Column("counts", JSON),
)

audit_log = Table(
    "audit_log", metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("at", _UTC, nullable=False),
    Column("run_id", String(32)),
    Column("action", String(24), nullable=False),
    Column("call_id", String(128), index=True),
    Column("kind", String(16)),
    Column("path", String(512)),
    Column("rules_version", String(32)),
    Column("detail", String(200)),  # fixed wording and counts only
)

_APPEND_ONLY = {
    "sqlite": [f"CREATE TRIGGER IF NOT EXISTS audit_log_no_{op.lower()} BEFORE {op} ON audit_log "
               "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END" for op in ("UPDATE", "DELETE")],
    "postgresql": [
        "CREATE OR REPLACE FUNCTION sottovoce_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$",
        "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION sottovoce_audit_append_only()",
        "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
        "FOR EACH STATEMENT EXECUTE FUNCTION sottovoce_audit_append_only()",
    ],
}
for _dialect, _stmts in _APPEND_ONLY.items():
    for _stmt in _stmts:
        event.listen(audit_log, "after_create", DDL(_stmt).execute_if(dialect=_dialect))


@dataclass(frozen=True)
class Registration:
    """What registering a call's committed outputs writes to its recordings row."""

    call_id: str
    purpose: str
    language: Optional[str]
    recorded_at: Optional[datetime]
    customer_ref_hash: Optional[str]
    area: str
    rules_version: str
    notice_present: Optional[bool]
    notice_action: Optional[str]
    source_sha256: Optional[str]
    raw_state: str  # "inbox" (the nightly run consumes it) or "external" (`sottovoce process`)
    raw_source: Optional[str] = None


@dataclass(frozen=True)
class Recording:
    call_id: str
    purpose: str
    language: Optional[str]
    recorded_at: Optional[datetime]
    status: str
    area: Optional[str]
    rules_version: Optional[str]
    processed_at: Optional[datetime]
    notice_present: Optional[bool]
    notice_action: Optional[str]
    source_sha256: Optional[str]
    raw_state: str
    raw_source: Optional[str]
    legal_hold: bool
    hold_since: Optional[datetime]


@dataclass(frozen=True)
class Artifact:
    id: int
    call_id: str
    kind: str
    path: str
    checksum: str
    size: int
    created: datetime
    expires: Optional[datetime]
    deleted: Optional[datetime]
    deleted_by: Optional[str]


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    run_id: Optional[str]
    action: str
    call_id: Optional[str]
    kind: Optional[str]
    path: Optional[str]
    rules_version: Optional[str]
    detail: Optional[str]


@dataclass(frozen=True)
class Due:
    """A live artifact whose expiry has passed, with what retention needs to know of its call."""

    artifact: Artifact
    legal_hold: bool
    rules_version: Optional[str]


_RECORDING_COLS = [c.name for c in recordings.c if c.name not in ("customer_ref_hash", "updated_at")]


def _recording(row) -> Recording:
    return Recording(**{k: row._mapping[k] for k in _RECORDING_COLS})


def _artifact(row) -> Artifact:
    return Artifact(**{c.name: row._mapping[c.name] for c in artifacts.c})


def resolve_url(store_root: str | os.PathLike, url: Optional[str] = None) -> str:
    """The catalog's URL: `url`, else $SOTTOVOCE_CATALOG_URL, else SQLite in the store."""
    if url is None:
        url = os.environ.get(ENV_URL) or None
    if url is None:
        return f"sqlite:///{Path(store_root).resolve() / FILE_NAME}"
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):  # psycopg 3 is the driver sottovoce installs
            return "postgresql+psycopg://" + url[len(plain):]
    return url


_ENGINES: dict[tuple[int, str], Engine] = {}  # one engine per URL per process (fork-safe by pid)


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" below opens the transactions
        cur = dbapi_conn.cursor()
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "secure_delete=ON",
                       "busy_timeout=30000"):
            cur.execute(f"PRAGMA {pragma}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # writers queue instead of failing half-way


def _engine(url: str) -> Engine:
    key = (os.getpid(), url)
    if key not in _ENGINES:
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise CatalogError("catalog URL is not a database URL; give e.g. postgresql://user@host/db "
                               f"or leave {ENV_URL} unset for SQLite in the store") from None
        if parsed.get_backend_name() not in ("sqlite", "postgresql"):
            raise CatalogError(f"catalog backend '{parsed.get_backend_name()}' is not supported; "
                               "use SQLite (the default) or PostgreSQL")
        sqlite = parsed.get_backend_name() == "sqlite"
        if sqlite and parsed.database:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, hide_parameters=True, pool_pre_ping=not sqlite,
                               connect_args={"timeout": 30} if sqlite else {})
        if sqlite:
            _sqlite_setup(engine)
        try:
            metadata.create_all(engine)
        except SQLAlchemyError as err:
            engine.dispose()
            raise CatalogError(f"catalog {parsed.render_as_string(hide_password=True)}: cannot open or create "
                               f"its tables ({type(getattr(err, 'orig', None) or err).__name__}); check that the "
                               "database exists, is reachable and the user may create tables") from None
        _ENGINES[key] = engine
    return _ENGINES[key]


def open_catalog(store_root: str | os.PathLike, url: Optional[str] = None) -> "Catalog":
    return Catalog(_engine(resolve_url(store_root, url)))


class Catalog:
    def __init__(self, engine: Engine):
        self.engine = engine
        self.display = engine.url.render_as_string(hide_password=True)

    @contextmanager
    def _tx(self, op: str) -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except SQLAlchemyError as err:
            cause = type(getattr(err, "orig", None) or err).__name__
            raise CatalogError(f"catalog {self.display}: {op} failed ({cause}); check that the database is "
                               "reachable and writable, then run again (every step is safe to repeat)") from None

    # --- runs --------------------------------------------------------------------------------
    def start_run(self, kind: str) -> str:
        run_id = uuid.uuid4().hex
        with self._tx("starting a run") as c:
            c.execute(runs.insert().values(run_id=run_id, kind=kind, started=utcnow(), status="running"))
        return run_id

    def finish_run(self, run_id: str, status: str, counts: dict) -> None:
        with self._tx("finishing a run") as c:
            c.execute(update(runs).where(runs.c.run_id == run_id)
                      .values(finished=utcnow(), status=status, counts=counts))

    def run(self, run_id: str) -> Optional[dict]:
        with self._tx("reading a run") as c:
            row = c.execute(select(runs).where(runs.c.run_id == run_id)).first()
        return None if row is None else dict(row._mapping)

    # --- audit ---------------------------------------------------------------------------------
    @staticmethod
    def _audit(c: Connection, run_id: Optional[str], action: str, call_id: Optional[str] = None,
               kind: Optional[str] = None, path: Optional[str] = None, rules_version: Optional[str] = None,
               detail: Optional[str] = None) -> None:
        c.execute(audit_log.insert().values(at=utcnow(), run_id=run_id, action=action, call_id=call_id, kind=kind,
                                            path=path, rules_version=rules_version, detail=detail))

    def audit(self, run_id: Optional[str], action: str, call_id: Optional[str] = None, **fields) -> None:
        with self._tx(f"writing the audit log ({action})") as c:
            self._audit(c, run_id, action, call_id, **fields)

    def audit_entries(self, call_id: Optional[str] = None) -> list[AuditEntry]:
        q = select(audit_log).order_by(audit_log.c.id)
        if call_id is not None:
            q = q.where(audit_log.c.call_id == call_id)
        with self._tx("reading the audit log") as c:
            return [AuditEntry(**r._mapping) for r in c.execute(q)]

    # --- recordings ------------------------------------------------------------------------------
    def get(self, call_id: str) -> Optional[Recording]:
        return self.get_many([call_id]).get(call_id)

    def get_many(self, call_ids: list[str]) -> dict[str, Recording]:
        out: dict[str, Recording] = {}
        with self._tx("reading recordings") as c:
            for i in range(0, len(call_ids), 500):
                q = select(recordings).where(recordings.c.call_id.in_(call_ids[i:i + 500]))
                out.update((r.call_id, _recording(r)) for r in c.execute(q))
        return out

    def calls_for_customer(self, ref_hash: str) -> list[str]:
        with self._tx("looking up a customer reference") as c:
            return list(c.execute(select(recordings.c.call_id).where(recordings.c.customer_ref_hash == ref_hash)
                                  .order_by(recordings.c.call_id)).scalars())

    def pending_raw(self) -> list[Recording]:
        """Calls registered by a nightly run whose raw recording is not yet removed from the inbox."""
        with self._tx("reading pending raw recordings") as c:
            return [_recording(r) for r in c.execute(select(recordings).where(recordings.c.raw_state == "inbox"))]

    def register(self, reg: Registration, files: list[ArtifactFile], run_id: Optional[str]) -> bool:
        """Upsert a call and its output files; True when something changed (audited), False when
        the catalog already said exactly this (a re-run). An erased or expired call is never
        registered again, nor a held call's outputs replaced: ClosedCallError, nothing written."""
        now = utcnow()
        with self._tx(f"registering call {reg.call_id}") as c:
            old = c.execute(select(recordings).where(recordings.c.call_id == reg.call_id).with_for_update()).first()
            known = {r.path: _artifact(r) for r in c.execute(
                select(artifacts).where(artifacts.c.call_id == reg.call_id))}
            paths = {f.path for f in files}
            same = (old is not None and old.status == "registered" and old.area == reg.area
                    and all(f.path in known and known[f.path].checksum == f.checksum and known[f.path].deleted is None
                            for f in files)
                    and not any(a.path not in paths and a.kind != "raw_audio" and a.deleted is None
                                for a in known.values()))
            if old is not None and old.status != "registered":
                raise ClosedCallError(reg.call_id, old.status, bool(old.legal_hold))
            if same:
                return False
            if old is not None and old.legal_hold:
                raise ClosedCallError(reg.call_id, old.status, True)
            values = {k: getattr(reg, k) for k in Registration.__dataclass_fields__}
            values.update(status="registered", processed_at=now, updated_at=now)
            if old is None:
                values["legal_hold"] = False
                c.execute(recordings.insert().values(**values))
            else:
                if old.raw_state != "external" or reg.raw_state == "external":
                    values["raw_state"], values["raw_source"] = old.raw_state, old.raw_source
                values["source_sha256"] = reg.source_sha256 or old.source_sha256
                values["customer_ref_hash"] = reg.customer_ref_hash or old.customer_ref_hash
                c.execute(update(recordings).where(recordings.c.call_id == reg.call_id).values(**values))
            for a in known.values():  # outputs a reprocessing replaced (the raw recording is not an output)
                if a.path not in paths and a.kind != "raw_audio" and a.deleted is None:
                    c.execute(update(artifacts).where(artifacts.c.id == a.id).values(deleted=now, deleted_by="replaced"))
                    self._audit(c, run_id, "deleted", reg.call_id, a.kind, a.path, reg.rules_version,
                                "replaced by a new processing")
            self._audit(c, run_id, "processed", reg.call_id, rules_version=reg.rules_version,
                        detail=f"{len(files)} files in {reg.area}/")
            for f in files:
                self._upsert_artifact(c, reg.call_id, f, known.get(f.path), now)
                self._audit(c, run_id, "kept", reg.call_id, f.kind, f.path, reg.rules_version,
                            f"until {f.expires:%Y-%m-%d}" if f.expires else "no expiry")
        return True

    @staticmethod
    def _upsert_artifact(c: Connection, call_id: str, f: ArtifactFile, old: Optional[Artifact], now: datetime) -> None:
        values = dict(kind=f.kind, checksum=f.checksum, size=f.size, expires=f.expires, deleted=None, deleted_by=None)
        if old is None:
            c.execute(artifacts.insert().values(call_id=call_id, path=f.path, created=now, **values))
        else:
            if old.checksum != f.checksum or old.deleted is not None:
                values["created"] = now
            c.execute(update(artifacts).where(artifacts.c.id == old.id).values(**values))

    def set_raw(self, call_id: str, state: str, run_id: Optional[str], *, rules_version: Optional[str],
                kept: Optional[ArtifactFile] = None, detail: Optional[str] = None) -> None:
        """The raw recording left the inbox: "removed", or "stored" in the store as `kept`."""
        with self._tx(f"recording the raw audio of call {call_id}") as c:
            if kept is not None:
                old = c.execute(select(artifacts).where(artifacts.c.call_id == call_id,
                                                        artifacts.c.path == kept.path)).first()
                self._upsert_artifact(c, call_id, kept, None if old is None else _artifact(old), utcnow())
            c.execute(update(recordings).where(recordings.c.call_id == call_id)
                      .values(raw_state=state, raw_source=None, updated_at=utcnow()))
            if kept is not None:
                self._audit(c, run_id, "raw_stored", call_id, "raw_audio", kept.path, rules_version,
                            f"until {kept.expires:%Y-%m-%d}" if kept.expires else None)
            else:
                self._audit(c, run_id, "raw_removed", call_id, "raw_audio", None, rules_version, detail)

    def set_hold(self, call_id: str, on: bool, run_id: Optional[str]) -> bool:
        """Place or release a legal hold; False when it already was so. Unknown call: RequestError."""
        with self._tx(f"{'placing' if on else 'releasing'} a legal hold on call {call_id}") as c:
            row = c.execute(select(recordings.c.legal_hold).where(recordings.c.call_id == call_id)).first()
            if row is None:
                raise RequestError(f"call {call_id} is not in the catalog {self.display}; check the call id "
                                   "(and --store/--catalog)")
            if bool(row.legal_hold) == on:
                return False
            c.execute(update(recordings).where(recordings.c.call_id == call_id)
                      .values(legal_hold=on, hold_since=utcnow() if on else None, updated_at=utcnow()))
            self._audit(c, run_id, "hold" if on else "hold_released", call_id)
        return True

    # --- artifacts -------------------------------------------------------------------------------
    def artifacts_of(self, call_id: str, *, include_deleted: bool = False) -> list[Artifact]:
        q = select(artifacts).where(artifacts.c.call_id == call_id).order_by(artifacts.c.path)
        if not include_deleted:
            q = q.where(artifacts.c.deleted.is_(None))
        with self._tx("reading artifacts") as c:
            return [_artifact(r) for r in c.execute(q)]

    def count_live(self) -> int:
        with self._tx("counting artifacts") as c:
            return c.execute(select(func.count()).select_from(artifacts).where(artifacts.c.deleted.is_(None))).scalar_one()

    def due(self, as_of: datetime) -> list[Due]:
        q = (select(artifacts, recordings.c.legal_hold, recordings.c.rules_version)
             .join(recordings, recordings.c.call_id == artifacts.c.call_id)
             .where(artifacts.c.deleted.is_(None), artifacts.c.expires.is_not(None), artifacts.c.expires <= as_of)
             .order_by(artifacts.c.call_id, artifacts.c.path))
        with self._tx("finding expired artifacts") as c:
            return [Due(_artifact(r), bool(r.legal_hold), r.rules_version) for r in c.execute(q)]

    def mark_deleted(self, artifact: Artifact, by: str, run_id: Optional[str], rules_version: Optional[str]) -> None:
        """The artifact's file is gone: record it. The call's last artifact gone by retention marks
        the call expired and drops its customer reference."""
        now = utcnow()
        with self._tx(f"recording a deletion for call {artifact.call_id}") as c:
            c.execute(update(artifacts).where(artifacts.c.id == artifact.id, artifacts.c.deleted.is_(None))
                      .values(deleted=now, deleted_by=by))
            self._audit(c, run_id, "deleted", artifact.call_id, artifact.kind, artifact.path, rules_version, by)
            left = c.execute(select(func.count()).select_from(artifacts).where(
                artifacts.c.call_id == artifact.call_id, artifacts.c.deleted.is_(None))).scalar_one()
            if by == "retention" and left == 0:
                c.execute(update(recordings).where(recordings.c.call_id == artifact.call_id)
                          .values(status="expired", customer_ref_hash=None, updated_at=now))
                self._audit(c, run_id, "expired", artifact.call_id, rules_version=rules_version,
                            detail="every artifact past its retention")

    def mark_erased(self, call_id: str, run_id: Optional[str], removed: list[tuple[str, str]]) -> None:
        """After an erasure request removed the files `removed` ((kind, path) pairs): the row
        stays as a tombstone (a re-delivered recording of the call is not processed again),
        without its customer reference. A call the catalog did not know gets a tombstone row."""
        now = utcnow()
        with self._tx(f"recording the erasure of call {call_id}") as c:
            known = c.execute(select(recordings.c.call_id).where(recordings.c.call_id == call_id)
                              .with_for_update()).first()
            if known is None:
                c.execute(recordings.insert().values(call_id=call_id, purpose=UNKNOWN_PURPOSE, status="erased",
                                                     raw_state="removed", legal_hold=False, updated_at=now))
            c.execute(update(artifacts).where(artifacts.c.call_id == call_id, artifacts.c.deleted.is_(None))
                      .values(deleted=now, deleted_by="erasure"))
            c.execute(update(recordings).where(recordings.c.call_id == call_id)
                      .values(status="erased", customer_ref_hash=None, updated_at=now))
            for kind, path in removed:
                self._audit(c, run_id, "deleted", call_id, kind, path, detail="erasure")
            self._audit(c, run_id, "erased", call_id, detail=f"on request; {len(removed)} files removed"
                        + ("" if known is not None else "; not catalogued before: tombstone only"))


def customer_hash(salt: bytes, customer_ref: str) -> str:
    """How a customer reference is stored and looked up: HMAC-SHA256 under the store's secret
    salt (domain-separated from the transcript's `hash` operator), never the reference itself."""
    import hashlib
    import hmac

    return hmac.new(salt, b"customer_ref\x00" + customer_ref.strip().encode("utf-8"), hashlib.sha256).hexdigest()
