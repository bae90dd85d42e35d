"""Scheduled runs: both flows as deployments with cron schedules, served by this process
(`sottovoce serve`) on a Prefect server. `prefect.yaml` declares the same two deployments
for work pools.

Served through `Runner.add_flow`, not `prefect.serve(*deployments)`: a flow added as a flow
object runs as that object (with its Dask task runner); a deployment added as such is
re-imported from its entrypoint in the flow run's process, and `with_options` is lost.

Parameters are paths, a model name and flags only - they are stored in Prefect's database;
the catalog's URL reaches the flow runs as $SOTTOVOCE_CATALOG_URL (it can carry a password).
Each deployment runs at most one flow run at a time (`concurrency_limit=1`): a night's run
that overruns is not joined by the next one on the same inbox.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from prefect import Flow

from flows.minimise import minimise_inbox
from flows.retention import enforce_retention
from flows.runners import with_runner

MINIMISE_CRON = "0 2 * * *"  # nightly, 02:00 UTC
RETENTION_CRON = "0 5 * * *"  # daily, 05:00 UTC, after the night's minimisation


@dataclass(frozen=True)
class Scheduled:
    """One flow and how it is deployed (the keyword arguments of `Runner.add_flow`)."""

    flow: Flow
    name: str
    cron: str
    parameters: dict[str, Any]
    description: str
    tags: list[str] = field(default_factory=lambda: ["sottovoce"])

    def add_to(self, runner) -> Any:
        """Register the deployment on the API and this flow object with the runner; its id."""
        return runner.add_flow(self.flow, name=self.name, cron=self.cron, parameters=self.parameters,
                               concurrency_limit=1, description=self.description, tags=self.tags)


def scheduled(inbox: str, store: str, *, model: Optional[str] = None, rules_dir: Optional[str] = None,
              dask_address: Optional[str] = None, minimise_cron: str = MINIMISE_CRON,
              retention_cron: str = RETENTION_CRON) -> list[Scheduled]:
    """`minimise-inbox/nightly` and `enforce-retention/daily`; paths made absolute (the flow runs
    in another process). `dask_address`: the per-call tasks run on that Dask cluster."""
    inbox_, store_ = str(Path(inbox).resolve()), str(Path(store).resolve())
    minimise_params: dict[str, Any] = {"inbox": inbox_, "store": store_}
    if model is not None:
        minimise_params["model"] = model
    if rules_dir is not None:
        minimise_params["rules_dir"] = str(Path(rules_dir).resolve())
    retention_params: dict[str, Any] = {"store": store_}
    return [
        Scheduled(with_runner(minimise_inbox, dask_address), "nightly", minimise_cron, minimise_params,
                  "Minimise every new recording in the inbox into the store"),
        Scheduled(enforce_retention, "daily", retention_cron, retention_params,
                  "Apply each purpose's retention periods to the store"),
    ]


def serve(*args, **kwargs) -> None:
    """Register both deployments and run their scheduled flow runs until interrupted."""
    from prefect.runner import Runner

    runner = Runner(name="sottovoce", pause_on_shutdown=True)
    for s in scheduled(*args, **kwargs):
        s.add_to(runner)
        print(f"serving {s.flow.name}/{s.name} on cron '{s.cron}' (UTC)", flush=True)
    try:
        asyncio.run(runner.start())
    except KeyboardInterrupt:
        pass
