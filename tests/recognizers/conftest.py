"""Helpers for the per-recognizer tests: run typed text through the real detection
(pipeline.trial: Presidio + the speech-aware recognizers) and check what a purpose's
rules do with it.

Inputs are written the way whisper writes speech. A "value" is the part of the input that
is (or is not) personal data, written exactly as in the input; it is matched word by word
against the transcript, ignoring case and surrounding punctuation ("7," matches "7").
"""
from __future__ import annotations

import pytest

from pipeline import redact
from pipeline.rules import load_purpose
from pipeline.trial import Trial, try_rules
from pipeline.types import WordRef

PURPOSES = ("technical_support", "customer_care", "sales_first_contact", "billing_support")
STRIP = ".,;:!?\"()"


def _norm(word: str) -> str:
    return word.strip(STRIP).lower()


class Pii:
    def __init__(self):
        self.rules = {p: load_purpose(p).rules for p in PURPOSES}

    def run(self, turns, lang: str, purpose: str = "technical_support") -> Trial:
        return try_rules(turns, lang, self.rules[purpose])

    @staticmethod
    def describe(trial: Trial) -> str:
        lines = []
        for d in trial.decisions:
            words = " ".join(trial.transcript.segments[r.segment].words[r.word].text for r in d.finding.words)
            lines.append(f"  {d.action} {d.finding.entity} by {d.finding.recognizer} ({d.finding.score}): {words!r}")
        return "findings:\n" + ("\n".join(lines) or "  (none)") + f"\nredacted: {trial.redacted_text!r}"

    @staticmethod
    def locate(trial: Trial, value: str) -> list:
        """WordRefs of the words spelling `value` (contiguous, in order) in the trial's transcript."""
        refs = [(seg_i, w_i, _norm(w.text)) for seg_i, seg in enumerate(trial.transcript.segments)
                for w_i, w in enumerate(seg.words)]
        want = [_norm(w) for w in value.split()]
        for i in range(len(refs) - len(want) + 1):
            if [r[2] for r in refs[i:i + len(want)]] == want:
                return [WordRef(s, w) for s, w, _ in refs[i:i + len(want)]]
        raise AssertionError(f"test bug: {value!r} is not in the input")

    @staticmethod
    def _words(trial: Trial, refs) -> str:
        return " ".join(trial.transcript.segments[r.segment].words[r.word].text for r in refs)

    def found(self, turns, lang: str, entity: str, value: str, purpose: str = "technical_support") -> Trial:
        """`value` is found as `entity`, removed by the purpose's rules, and bleeped in the end."""
        trial = self.run(turns, lang, purpose)
        refs = self.locate(trial, value)
        covered = {r for d in trial.decisions if d.finding.entity == entity and d.action == "remove"
                   for r in d.finding.words}
        missing = [r for r in refs if r not in covered]
        assert not missing, (f"{entity} not removed on {self._words(trial, missing)!r} of {value!r}\n"
                             + self.describe(trial))
        verdicts = redact.word_verdicts(trial.decisions)
        leaked = [r for r in refs if verdicts[r].action != "remove"]
        assert not leaked, f"kept in the end: {self._words(trial, leaked)!r}\n" + self.describe(trial)
        return trial

    def kept(self, turns, lang: str, entity: str, value: str, purpose: str) -> Trial:
        """`value` is found as `entity` and the purpose keeps it: it stays in the redacted text."""
        trial = self.run(turns, lang, purpose)
        refs = self.locate(trial, value)
        covered = {r for d in trial.decisions if d.finding.entity == entity and d.action == "keep"
                   for r in d.finding.words}
        missing = [r for r in refs if r not in covered]
        assert not missing, (f"{entity} not found/kept on {self._words(trial, missing)!r}\n" + self.describe(trial))
        verdicts = redact.word_verdicts(trial.decisions)
        removed = [r for r in refs if verdicts[r].action != "keep"]
        assert not removed, f"removed anyway: {self._words(trial, removed)!r}\n" + self.describe(trial)
        return trial

    def clean(self, turns, lang: str, value: str | None = None, purpose: str = "technical_support") -> Trial:
        """Nothing in the input (or, with `value`, nothing on those words) is taken for personal
        data by any recognizer, whatever the purpose would do with it."""
        trial = self.run(turns, lang, purpose)
        refs = set(self.locate(trial, value)) if value else None
        hits = [d for d in trial.decisions if refs is None or refs & set(d.finding.words)]
        assert not hits, "found personal data where there is none\n" + self.describe(trial)
        return trial


    def absent(self, trial: Trial, entity: str) -> Trial:
        """No finding of `entity` in the trial: the input is something else ("the number on your
        confirmation e-mail" is no e-mail)."""
        assert not any(d.finding.entity == entity for d in trial.decisions), f"{entity} found\n" + self.describe(trial)
        return trial


@pytest.fixture(scope="session")
def pii() -> Pii:
    return Pii()
