"""Where a flow's per-call tasks run: here, one at a time, or on an existing Dask cluster.

The flow bodies do not change: `with_runner(minimise_inbox, address)` is the same flow
with another task runner (`Flow.with_options(task_runner=...)`).

- no address: `ThreadPoolTaskRunner(max_workers=1)`, as the flow declares - one process,
  one call at a time, the models loaded once;
- an address (`tcp://host:8786`): prefect-dask's `DaskTaskRunner(address=...)`; every
  task runs in a Dask worker process, which loads whisper and spaCy once, lazily, on its
  first call (`pipeline.asr.get_model`, `pipeline.detect.analyzer` are cached per process;
  no model ever travels as a task argument). Start workers with `--nthreads 1`: two
  threads of one worker would share one cached model and race to load it.

A Dask worker reports its task runs to the Prefect API the flow uses, so that API must be
a server every worker can reach (`prefect server start`, PREFECT_API_URL): with Prefect's
ephemeral in-process server each worker would start its own. The store and the inbox must
be the same paths on every worker (a shared filesystem); the models must be provisioned
on every worker (SOTTOVOCE_MODELS).
"""
from __future__ import annotations

import os
from typing import Optional

from prefect import Flow
from prefect.settings import PREFECT_API_URL
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from pipeline.errors import SottovoceError

DASK_ADDRESS_ENV = "SOTTOVOCE_DASK_ADDRESS"


class SchedulerError(SottovoceError):
    """Scale-out or schedules asked for without a Prefect server to report to (the CLI prints it, exit 2)."""


def task_runner(dask_address: Optional[str] = None) -> TaskRunner:
    if dask_address is None:
        return ThreadPoolTaskRunner(max_workers=1)
    from prefect_dask import DaskTaskRunner

    return DaskTaskRunner(address=dask_address)


def with_runner(flow: Flow, dask_address: Optional[str] = None) -> Flow:
    """`flow` unchanged without an address; else the same flow with its tasks on that Dask
    cluster - which needs a Prefect server (SchedulerError otherwise)."""
    if dask_address is None:
        return flow
    require_api_server("--dask")
    return flow.with_options(task_runner=task_runner(dask_address))


def require_api_server(what: str) -> str:
    """The Prefect API URL in use; an error naming the fix if there is only the ephemeral one."""
    url = PREFECT_API_URL.value()
    if not url:
        raise SchedulerError(f"{what} needs a Prefect server (Dask workers and schedules report to it): run "
                             "`prefect server start` and set PREFECT_API_URL (e.g. http://HOST:4200/api)")
    return url


def _from_env() -> Flow:
    from flows.minimise import minimise_inbox

    address = os.environ.get(DASK_ADDRESS_ENV) or None
    return minimise_inbox if address is None else minimise_inbox.with_options(task_runner=task_runner(address))


# Entry point for work-pool deployments (prefect.yaml): the nightly flow, on the Dask cluster
# named by $SOTTOVOCE_DASK_ADDRESS in the flow run's environment, else one call at a time.
minimise_inbox_scaled = _from_env()
