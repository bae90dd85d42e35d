"""One file of a batch, whatever happens: processed, or quarantined with its reason.
The CLI and the Prefect flows both go through `handle_file`, so a bad input is treated
the same way everywhere and never stops the batch."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .errors import InputError, SottovoceError
from .process import CallResult, ProcessOptions, process_call
from .store import Store

log = logging.getLogger("sottovoce")


@dataclass(frozen=True)
class Outcome:
    file: str  # the input's file name (no folder: paths can name people)
    ok: bool
    message: str  # the summary line, or the error naming the file and the fix; never a value
    result: Optional[CallResult] = None


def handle_file(path: Path, store: Store, options: ProcessOptions, *, move_bad: bool = False) -> Outcome:
    """A bad input is quarantined; any other failure (a stage that broke, a model, the disk)
    leaves the input where it is, to be retried, and is reported."""
    path = Path(path)
    try:
        result = process_call(path, store, options)
        return Outcome(path.name, True, result.summary(), result)
    except InputError as err:
        try:
            store.quarantine_file(path, str(err), move=move_bad)
        except OSError as qerr:
            return Outcome(path.name, False, f"{path.name}: BAD INPUT, and quarantine failed "
                                             f"({type(qerr).__name__}) - {err}")
        return Outcome(path.name, False, f"{path.name}: QUARANTINED - {err}")
    except SottovoceError as err:
        # the type of the cause only: a library's message could quote content
        cause = type(err.__cause__).__name__ if err.__cause__ else type(err).__name__
        log.debug("%s failed: %s (cause %s)", path.name, type(err).__name__, cause)
        return Outcome(path.name, False, f"{path.name}: FAILED - {err}. The input is untouched; run "
                                         "`sottovoce process` on it again once fixed")
