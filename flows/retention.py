"""Prefect flow `enforce_retention`: the daily retention sweep, wiring only.

One task calls `pipeline.retention.sweep`, which applies each purpose's retention periods
to the store (and the catalog) and returns counts only. What reaches Prefect: the store
path, the date, the dry-run flag, the catalog URL as given, and the sweep's count summary.
Give the catalog URL without a password (it is a flow parameter, kept in Prefect's
database): a SQLite path, or PostgreSQL with its password in PGPASSWORD / ~/.pgpass.
"""
from __future__ import annotations

import importlib
from datetime import datetime, timezone
from typing import Optional

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from pipeline.store import Store

SUMMARY_KEY = "retention-summary"


@task(retries=2, retry_delay_seconds=30, persist_result=False, cache_policy=NO_CACHE)
def sweep_store(store: str, as_of: datetime, dry_run: bool, catalog_url: Optional[str]):
    """`pipeline.retention.sweep` over the store; its SweepResult carries counts only.
    A retry sweeps again: what the failed attempt already removed is simply gone."""
    retention = importlib.import_module("pipeline.retention")  # the ops branch's module
    return retention.sweep(Store(store), as_of=as_of, dry_run=dry_run, catalog_url=catalog_url)


@flow(name="enforce-retention", persist_result=False)
def enforce_retention(store: str, as_of: Optional[datetime] = None, dry_run: bool = False,
                      catalog_url: Optional[str] = None) -> str:
    """Remove what each purpose's retention periods say is due in `store` (as of `as_of`,
    default now, UTC); `dry_run` only counts. Returns the sweep's summary (counts only)."""
    when = as_of or datetime.now(timezone.utc)
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    summary = sweep_store(store, when, dry_run, catalog_url).summary()
    create_markdown_artifact(key=SUMMARY_KEY, description="Retention sweep: counts only, no values",
                             markdown=f"# Retention sweep{' (dry run)' if dry_run else ''}\n\n"
                                      f"As of {when.isoformat(timespec='seconds')}.\n\n{summary}\n")
    get_run_logger().info("%s%s", "dry run: " if dry_run else "", summary)
    return summary
