"""The one exception tree of sottovoce.

    SottovoceError                  base: every error the pipeline raises on purpose
    +-- InputError                  a bad input file; the file is quarantined, the batch goes on
    |   +-- AudioError              corrupt, empty or non-audio recording   (pipeline.audio)
    |   +-- SidecarError            missing or malformed <name>.json sidecar
    |   +-- UnknownPurposeError     a purpose with no redaction_rules/<purpose>.yaml
    |   +-- DuplicateCallError      a call_id already processed from a different recording
    +-- RulesError                  invalid redaction rules: processing refuses to start
    +-- ModelError                  an ASR/NLP model that cannot be found or loaded
    +-- CatalogError                the catalog database cannot be opened, read or written
                                    (pipeline.catalog); wraps the driver's error, names its type only
    +-- RequestError                a hold, erasure or access request that cannot be done as asked
                                    (unknown call, legal hold, export folder not empty)
    +-- ClosedCallError             a call erased, expired or under legal hold: not processed
                                    (again) nor replaced; the input is left where it is
    +-- StageFailed                 a pipeline stage failed on one call: names the stage and
    |                               the call, wraps the cause (``raise StageFailed(...) from err``)
    +-- MarkError                   a reviewer's feedback mark that does not fit its call, or an
                                    unreadable marks file                  (pipeline.review.marks)

Messages name the file and the fix, never personal data: no transcript text or
found values ever go into an exception message.
"""
from __future__ import annotations


class SottovoceError(Exception):
    """Base of every error sottovoce raises on purpose."""


class InputError(SottovoceError):
    """A bad input file: quarantine it and go on with the batch."""


class SidecarError(InputError):
    pass


class UnknownPurposeError(InputError):
    pass


class DuplicateCallError(InputError):
    pass


class RulesError(SottovoceError):
    pass


class ModelError(SottovoceError):
    pass


class MarkError(SottovoceError):
    pass


class StageFailed(SottovoceError):
    def __init__(self, stage: str, call_id: str, cause: BaseException):
        self.stage, self.call_id = stage, call_id
        # the cause's type only: its message could carry content from a library
        super().__init__(f"call {call_id}: stage '{stage}' failed ({type(cause).__name__})")


class CatalogError(SottovoceError):
    """The catalog database failed; the message names the operation and the database (password
    hidden) and the driver error's type only: a driver's message can quote row values."""


class RequestError(SottovoceError):
    pass


class ClosedCallError(SottovoceError):
    """The catalog says the call is erased, expired or under a legal hold: its outputs are not
    written (again). Not an InputError: the recording is not copied into quarantine (an erased
    call's data would come back into the store); it is reported and left where it is."""

    def __init__(self, call_id: str, status: str, legal_hold: bool):
        self.call_id, self.status, self.legal_hold = call_id, status, legal_hold
        if status in ("erased", "expired"):
            why = "was erased on request" if status == "erased" else "is past its retention (expired)"
            msg = (f"call {call_id} {why}; it is not processed again. The input is left where it is: delete it, "
                   "or give it its own call_id in its sidecar if it is another call")
        else:
            msg = (f"call {call_id} is under legal hold; its outputs are not replaced. The input is left where it "
                   f"is; release the hold first (sottovoce hold --call-id {call_id} --release) to process it again")
        super().__init__(msg)
