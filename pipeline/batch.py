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
    path = Path(path)
    try:
        result = process_call(path, store, options)
        return Outcome(path.name, True, result.summary(), result)
    except InputError as err:
        store.quarantine_file(path, str(err), move=move_bad)
        return Outcome(path.name, False, f"{path.name}: QUARANTINED - {err}")
    except SottovoceError as err:
        log.debug("stage failure on %s", path.name, exc_info=True)
        store.quarantine_file(path, f"{err}. Run `sottovoce process -v` on this file for the cause; "
                                    "re-run once fixed", move=move_bad)
        return Outcome(path.name, False, f"{path.name}: FAILED - {err}")
