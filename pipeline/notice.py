"""The recording notice ("informativa minima"): did the agent say, early in the call,
that it is recorded and why? Phrases come from the purpose's rules."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .rules import NoticeRule
from .types import Transcript


@dataclass(frozen=True)
class NoticeResult:
    present: bool
    at: Optional[float]  # seconds from the start
    phrase: Optional[str]  # the rule phrase (a pattern from the rules, not transcript text)
    policy: str  # what the purpose does when it is missing: flag | hold | discard


def check_notice(transcript: Transcript, rule: NoticeRule) -> NoticeResult:
    patterns = rule.phrases.get(transcript.language, []) + [
        p for lang, ps in rule.phrases.items() if lang != transcript.language for p in ps]
    for seg in transcript.segments:
        if seg.start > rule.within_s or seg.speaker == "customer":
            continue
        text = re.sub(r"[^\w'\s]", " ", seg.text.lower())
        text = re.sub(r"\s+", " ", text)
        for p in patterns:
            if re.search(p, text):
                return NoticeResult(True, round(seg.start, 2), p, rule.on_missing)
    return NoticeResult(False, None, None, rule.on_missing)
