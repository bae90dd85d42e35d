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
    """Search the agent's (or the mono mix's) speech of the first `within_s` seconds as one
    text: whisper often cuts the notice across two segments."""
    patterns = rule.phrases.get(transcript.language, []) + [
        p for lang, ps in rule.phrases.items() if lang != transcript.language for p in ps]
    text, starts = "", []  # starts: (offset in text, segment start)
    for seg in transcript.segments:
        if seg.start > rule.within_s or seg.speaker == "customer":
            continue
        starts.append((len(text), seg.start))
        clean = re.sub(r"\s+", " ", re.sub(r"[^\w'\s]", " ", seg.text.lower())).strip()
        text += clean + " "
    for p in patterns:
        m = re.search(p, text)
        if m:
            at = max(start for offset, start in starts if offset <= m.start())
            return NoticeResult(True, round(at, 2), p, rule.on_missing)
    return NoticeResult(False, None, None, rule.on_missing)
