"""Codes spelled a word per letter ("R come Roma, S come Savona, ..."), as whisper half
heard them ("è l'ecrome di milano, di di torrino, di padoma, s e di savola"): three or more
"come / di <a spelling word>" close together are one spelled code, whatever became of its
letters. Its kind is the nearest cue's; without one, a fiscal code (what Italians spell so)."""
from __future__ import annotations

import difflib
from functools import lru_cache

from presidio_analyzer import RecognizerResult

from ..normalize import letter_names, near, spelling_words
from .cues import CLOSERS, HEAD_STOP
from .spoken_number import nearest_cue
from .view import SpeechRecognizer, Tok, result, view_of

NAME = "SpelledCodeRecognizer"
CONNECT = frozenset("come come' di de ed d' as like for".split())  # and "as in"
MIN_ITEMS = 3
GAP = 10  # tokens between two spelling words of one code ("è ne come Napoli, di come pieno ma, è ne come Roma")
SIMILAR = 0.75  # difflib ratio to a spelling word: "padoma" for Padova, "savola" for Savona
# a name spelled after "mi chiamo", "cognome" is a name ("si scrive ci come Como, a come Ancona, ...")
KINDS = {"IT_FISCAL_CODE", "IBAN_CODE", "EMAIL_ADDRESS", "ORDER_NUMBER", "ID_NUMBER", "PHONE_NUMBER", "CREDIT_CARD",
         "PERSON"}
TAIL = 10  # tokens after the last spelling word
HEAD = 8  # tokens before the first spelling word
SCORE = 0.7  # a code spelled with words: above an answer whisper ran on into it (0.65)


@lru_cache(maxsize=4096)
def _spelling_word(low: str) -> bool:
    words = spelling_words()
    return low in words or len(low) >= 4 and bool(difflib.get_close_matches(low, words, n=1, cutoff=SIMILAR))


def _items(toks: list[Tok]) -> list[int]:
    """Indexes of the spelling words that follow a connective ("come Roma", "di padoma"; the
    normaliser may have taken that "di" for the letter D)."""
    return [i for i in range(len(toks)) if toks[i].kind == "word" and (
        i > 0 and _connects(toks, i - 1) and (_spelling_word(toks[i].low) or _between_letters(toks, i))
        or toks[i].low.startswith("come") and _spelling_word(toks[i].low[4:]))]  # glued: "cometorino"


def _between_letters(toks: list[Tok], i: int) -> bool:
    """A spelling word whisper bent past knowing, told by its place: "<letter> come <word> <letter or
    digits>" ("N come primi D", "D come nano 48" for "erre come Rimini, di come Dado, 48")."""
    return toks[i - 1].low == "come" and i >= 2 and i + 1 < len(toks) and _short(toks[i - 2]) \
        and toks[i + 1].kind in ("letters", "digits")


def _connects(toks: list[Tok], k: int) -> bool:
    t = toks[k]
    return t.low.split("'")[-1] in CONNECT or t.text == "D" or t.low == "in" and k > 0 and toks[k - 1].low == "as"


@lru_cache(maxsize=4096)
def _letter_name(low: str) -> bool:
    """A letter's name, or one letter off a long one ("ele" for elle, "emma" for emme)."""
    return low in letter_names() or len(low) >= 3 and any(near(low, n) for n in letter_names() if len(n) >= 4)


def _letter(t: Tok) -> bool:
    return t.kind in ("digits", "letters") or t.kind == "word" and (len(t.text) <= 2 or _letter_name(t.low))


def _short(t: Tok) -> bool:
    """A letter as whisper wrote it: a character, a syllable ("ci", "ed"), a digit group."""
    return t.kind in ("digits", "letters", "punct") or len(t.text) <= 3


def _end(toks: list[Tok], last: int) -> int:
    """The code goes on past its last spelling word through letters and digits ("58 adincoma 6 162
    S E D savola"), over one misheard word at a time, up to TAIL tokens."""
    end, misses = last, 0
    for k in range(last + 1, min(len(toks), last + 1 + TAIL)):
        t = toks[k]
        if t.low in CLOSERS or t.text == "?":
            break
        if t.kind in ("digits", "letters") or len(t.text) <= 2 or _spelling_word(t.low):
            end, misses = k, 0
        elif t.kind != "punct" and t.low not in CONNECT:
            misses += 1
            if misses == 2:
                break
    return end


class SpelledCodeRecognizer(SpeechRecognizer):
    entities = tuple(sorted(KINDS))
    recognizer_name = NAME

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        view = view_of(text)
        out = []
        for li, line in enumerate(view.lines):
            toks = list(line.tokens)
            items = _items(toks)
            nxt = view.own_next(li)
            more = list(nxt.tokens) if nxt is not None else []
            groups: list[list[int]] = []
            for i in items:
                if groups and i - groups[-1][-1] <= GAP:
                    groups[-1].append(i)
                else:
                    groups.append([i])
            for g in groups:
                between = [t for t in toks[g[0]:g[-1] + 1] if t.low not in CONNECT and not _spelling_word(t.low)]
                letters = sum(_letter(t) for t in between)
                if len(g) < MIN_ITEMS or sum(_short(t) for t in between) < len(between) / 2 or letters < len(g) - 1:
                    continue  # "la sede di Roma, quella di Milano e quella di Torino": no letters between
                start = g[0]  # back over the letters before the first "come": "f edifimense, n ed i apoli"
                while start > 0 and g[0] - start < HEAD and toks[start - 1].low not in HEAD_STOP | CLOSERS \
                        and toks[start - 1].text != "?":
                    start -= 1
                ext = toks + more  # whisper may close the unit inside the code
                end = _end(ext, g[-1])
                cue = nearest_cue(view, toks[start])
                kind = cue[0] if cue and cue[0] in KINDS else "IT_FISCAL_CODE"
                if kind == "PERSON" and any(t.kind == "digits" for t in ext[start:end + 1]):
                    kind = "IT_FISCAL_CODE"  # a name has no digits: a code said after the name
                out.append(result(kind, toks[start].start, ext[end].end, SCORE, NAME, "spelled with words"))
            out += _bare_words(view, toks)
        return out


SPELL_CUES = frozenset("scrive scrivo scandisco scandisce spell spelled spelt spelling lettera letter".split())
BARE_MIN = 4  # spelling words in a row


def _bare_words(view, toks: list[Tok]) -> list[RecognizerResult]:
    """ "si scrive: Firenze, Empoli, Roma, Roma, Ancona": a word spelled with the spelling words alone,
    no "come" between them, after a word that says it is spelled; one bent word between two is let by."""
    out, i = [], 0
    while i < len(toks):
        if not (toks[i].kind == "word" and _spelling_word(toks[i].low)):
            i += 1
            continue
        j, count, last = i, 0, i
        while j < len(toks) and j - last <= 2:
            if toks[j].kind == "word" and _spelling_word(toks[j].low):
                count, last = count + 1, j
            j += 1
        cued = [k for k in range(max(0, i - HEAD), i) if toks[k].low in SPELL_CUES]
        if count >= BARE_MIN and cued:
            start = i - 1 if cued[-1] < i - 1 and toks[i - 1].kind == "word" else i  # "ivence" for Firenze
            cue = nearest_cue(view, toks[start])
            kind = cue[0] if cue and cue[0] in KINDS else "PERSON"
            last = _end(toks, last)  # "la polittorino, empoli"
            out.append(result(kind, toks[start].start, toks[last].end, SCORE, NAME, "spelled with words"))
        i = last + 1
    return out
