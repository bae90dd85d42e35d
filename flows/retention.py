"""Prefect flow `enforce_retention`: the daily retention sweep, wiring only.

One task calls `pipeline.retention.sweep`, which deletes every artifact past its expiry
(except under a legal hold) and returns counts only. What reaches Prefect: the store path,
the date, the dry-run flag and the sweep's count summary. The catalog's URL comes from
$SOTTOVOCE_CATALOG_URL (default: SQLite in the store), never from a parameter: it can carry
a password, and flow parameters are kept in Prefect's database.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Optional

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from pipeline import retention
from pipeline.store import Store

SUMMARY_KEY = "retention-summary"


@task(retries=2, retry_delay_seconds=30, persist_result=False, cache_policy=NO_CACHE)
def sweep_store(store: str, as_of: datetime, dry_run: bool) -> retention.SweepResult:
    """`pipeline.retention.sweep` over the store (counts only). A retry sweeps again: what the
    failed attempt deleted is recorded then, what it did not is deleted then."""
    return retention.sweep(Store(store), as_of=as_of, dry_run=dry_run, catalog_url=None)


@flow(name="enforce-retention", persist_result=False)
def enforce_retention(store: str, as_of: Optional[datetime] = None, dry_run: bool = False) -> str:
    """Delete what each purpose's retention periods say is due in `store` as of `as_of` (default
    now; a time without zone is UTC); `dry_run` only counts. Returns the sweep's summary."""
    when = datetime.now(timezone.utc) if as_of is None else as_of
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    result = sweep_store(store, when, dry_run)
    kinds = "\n".join(f"| {k} | {n} |" for k, n in sorted(result.deleted.items())) or "| - | 0 |"
    create_markdown_artifact(
        key=SUMMARY_KEY, description="Retention sweep: counts only, no values or call ids",
        markdown=f"# Retention sweep{' (dry run)' if dry_run else ''}\n\n{result.summary()}\n\n"
                 f"| {'would delete' if dry_run else 'deleted'} | count |\n|---|---|\n{kinds}\n")
    get_run_logger().info("%s", result.summary())
    return result.summary()
