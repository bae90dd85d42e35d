"""Spoken (whisper) form -> written form; every token keeps the input words it came from.

normalize(words, "it"|"en") turns faster-whisper word strings into Tokens (digit strings,
spelled letters, "@"/"." e-mail connectives, a little punctuation, lowercased words), so any
char span of Normalized.text maps back to words, hence to audio times. Choices:
* Digit groups "6.361.660", "22,387,212", "4,1111" (also "363" ".674" ".319," over several
  words) -> one digits token. A "."/"," is kept, as a punct token, only when followed by 1-2
  digits and the group has <= 6 digits: "24,50" -> "24 , 50", "$60.50" -> "$ 60 . 50" (so a
  dotted date "12.05.1990" -> "12051990"). Whisper's digit words are never joined ("2, 2, 3"
  -> "2 2 3"): that is digit_runs()' job.
* Number words -> one token per spoken number ("nove cento cinquanta" -> "950", "one hundred
  and five" -> "105", "20 mila" -> "20000", English years 19xx/20xx "nineteen eighty five",
  "nineteen oh five"); digits in a row stay separate ("tre quattro" -> "3 4"); punctuation
  ends a number ("twenty, five" -> "20 5"); "double/triple/doppio/triplo X" -> "XX".
  Ambiguous words ("one", "oh"/"o"; "uno", "sei") are digits only beside an unambiguous number
  ("this one", "sei sicuro" stay words; "zero sei" -> "0 6"); "Oh," opening a sentence is a
  word. Never numbers: "to", "too", "for", "a"/"un" (save "a hundred", "un milione").
* Spelled letters: one letters token per spoken letter, only in a run of >= 2 letters/digits
  holding an unambiguous letter; ambiguous names (a e i o di ci ti; a i o be see are you why
  ex em en el) never make a run alone ("are you") and are trimmed from a run's edge beside
  another sort of item ("di AB123"). Upper-case words ("NWU") and letters inside alphanumeric
  words ("RS8000H5111" -> "RS 8000 H 5111") are always letters, save acronyms (OK, IBAN, IVA..).
  "X come/di/per <word>", "B as in/for/like Bravo" -> one token over all their words; bare NATO
  words need two in a run, bare cities must follow a spelled letter ("A come Ancona, Bologna").
* Whisper's Italian slips in a dictation: a word one letter off a number word beside a number is
  that number ("tventa" -> 30; words of their own, "conto", "sete", only between two numbers);
  "nome"/"nero" between digits are 9/0. English slips ("free", "fix", "nero", "time") are digits
  only inside a dictation of 4+ numbers ("one free fix two", not "one time 3 people").
* "punto"/"dot" -> "." (not after an article: "a questo punto", "on the dot", unless the article is
  a spelled letter: "E L L A punto"); "chiocciola" -> "@", also as whisper bends it before a
  "punto" ("chioccio la", "chi ocio la", "chi ho ... punto dì"); "at" -> "@" only with a dot within 3
  words; "trattino"/"dash"/"hyphen" -> "-",
  "underscore"/"trattino basso" -> "_", "slash" -> "/", "più"/"plus" before digits -> "+".
* Words: lowercased, surrounding punctuation dropped except "?" (a punct token, as are
  - / : + % € $ £ & # = _). Italian elisions split off with their apostrophe ("dell'" "ordine");
  English contractions stay whole ("i'm", "o'clock"); ordinals lose the suffix ("13th" -> "13").
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Iterator, Sequence

__all__ = ["Token", "Normalized", "normalize", "digit_runs"]


@dataclass(frozen=True)
class Token:
    text: str  # a digit string, an uppercase letter run, "@", ".", punctuation, or a lowercased word
    kind: str  # "digits" | "letters" | "at" | "dot" | "word" | "punct"
    words: tuple[int, ...]  # input word indices, non-empty, sorted


@dataclass(frozen=True)
class Normalized:
    tokens: tuple[Token, ...]
    text: str  # tokens joined by single spaces
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts, pos = [], 0
        for t in self.tokens:
            starts.append(pos)
            pos += len(t.text) + 1
        object.__setattr__(self, "_starts", tuple(starts))

    def words_for_span(self, start: int, end: int) -> tuple[int, ...]:
        """Sorted input word indices of every token overlapping the char span [start, end) of .text."""
        st, toks, out = self._starts, self.tokens, set()
        i = max(bisect_right(st, start) - 1, 0)
        while i < len(toks) and st[i] < end:
            if st[i] + len(toks[i].text) > start:
                out.update(toks[i].words)
            i += 1
        return tuple(sorted(out))

    def char_span(self, first_token: int, last_token: int) -> tuple[int, int]:
        """[start, end) in .text of tokens first_token..last_token, both included."""
        if not 0 <= first_token <= last_token < len(self.tokens):
            raise IndexError((first_token, last_token))
        return self._starts[first_token], self._starts[last_token] + len(self.tokens[last_token].text)


# ---------------------------------------------------------------- lexicons
_EN_NUM = {w: i for i, w in enumerate("""zero one two three four five six seven eight nine ten eleven twelve thirteen
    fourteen fifteen sixteen seventeen eighteen nineteen""".split())}
_EN_NUM.update({w: 20 + 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())})
_EN_NUM.update({f"{t}-{u}": _EN_NUM[t] + _EN_NUM[u] for t in list(_EN_NUM)[20:] for u in list(_EN_NUM)[1:10]})
_EN_NUM.update(nought=0, oh=0, o=0, hundred=100, thousand=1000, million=10**6, billion=10**9)
_IT_U = "zero uno due tre quattro cinque sei sette otto nove".split()


def _it_build() -> dict[str, int]:
    """Every one-word Italian number 0..999, elided and full forms (ventotto/ventiotto), and the multipliers."""
    d = {w: n for n, w in enumerate(_IT_U + """dieci undici dodici tredici quattordici quindici sedici
        diciassette diciotto diciannove""".split())}
    for t, tw in enumerate("venti trenta quaranta cinquanta sessanta settanta ottanta novanta".split(), 2):
        d[tw] = 10 * t
        for u in range(1, 10):
            for f in (tw + _IT_U[u], tw[:-1] + _IT_U[u])[:1 + (u in (1, 8))]:
                d[f] = 10 * t + u
    below = [(f, n) for f, n in d.items() if n]
    for h in range(1, 10):
        pre = "cento" if h == 1 else _IT_U[h] + "cento"
        d[pre] = 100 * h
        for f, n in below:
            d[pre + f] = 100 * h + n
            if f[0] == "o":  # centottanta
                d[pre[:-1] + f] = 100 * h + n
    d.update(mille=1000, mila=1000, milione=10**6, milioni=10**6, miliardo=10**9, miliardi=10**9)
    return d


_IT_NUM = _it_build()
_HUNDRED = {"hundred", "cento"}
_BIG = {"thousand", "million", "billion", "mille", "mila", "milione", "milioni", "miliardo", "miliardi"}
_BARE_BIG = {"thousand", "mille"}  # multipliers that may open a number on their own
_WEAK_NUM = {"en": {"one", "oh", "o"}, "it": {"uno", "sei"}}
_ONE_ART, _AND = {"en": {"a", "an"}, "it": {"un"}}, {"en": {"and"}, "it": {"e", "ed"}}
_REPEAT = {"double": 2, "triple": 3, "doppio": 2, "doppia": 2, "triplo": 3, "tripla": 3}
_ORD = {"st", "nd", "rd", "th", "º", "ª"}
_LETTER_NAMES = {
    "it": {**dict(bi="B", ci="C", di="D", effe="F", gi="G", acca="H", kappa="K", elle="L", emme="M", enne="N",
                  pi="P", cu="Q", erre="R", esse="S", ti="T", vu="V", ics="X", ipsilon="Y", zeta="Z"),
           "doppia vu": "W", "doppio vu": "W", "vu doppia": "W", "vu doppio": "W", "i lunga": "J", "i greca": "Y"},
    "en": {**dict(bee="B", be="B", see="C", sea="C", cee="C", dee="D", ef="F", eff="F", gee="G", aitch="H",
                  haitch="H", eye="I", jay="J", kay="K", el="L", ell="L", em="M", en="N", pee="P", queue="Q",
                  cue="Q", are="R", ar="R", ess="S", tee="T", tea="T", you="U", vee="V", ex="X", why="Y", wye="Y",
                  zed="Z", zee="Z"), "double you": "W", "double u": "W"}}
_WEAK_NAMES = {"ci", "di", "ti", "be", "see", "sea", "eye", "are", "tea", "you", "why", "em", "en", "el", "ex", "gee"}
_WEAK_LO, _WEAK_UP = {"it": set("aeio"), "en": set("aio")}, {"it": set("AEIO"), "en": set("AIO")}
_MULTI = {"it": {("doppia", "vu"), ("doppio", "vu"), ("vu", "doppia"), ("vu", "doppio"), ("i", "lunga"),
                 ("i", "greca"), ("trattino", "basso")},
          "en": {("double", "you"), ("double", "u"), ("full", "stop"), ("full", "top")}}  # "full -top": whisper's
_NATO = {w: w[0].upper() for w in """alfa alpha bravo charlie delta echo eco foxtrot golf hotel india juliet juliett
    kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey whisky x-ray xray yankee
    zulu""".split()}
_CITIES = {w: w[0].upper() for w in """ancona aosta asti bari bologna brescia como cagliari domodossola empoli enna
    firenze genova hotel imola ischia jolly kappa livorno milano napoli otranto orvieto padova palermo quarto roma
    savona sassari torino taranto udine venezia verona washington xeres yacht york yogurt zara""".split()}
_CONN = {"it": {"come": True, "di": False, "per": False}, "en": {"as in": True, "for": False, "like": False}}
_STOP_CAPS = set("""OK NO SI SÌ IBAN IVA CAP PIN PUK SMS PEC SPID CF TV PC USA UK EU UE ID PDF ATM FAQ CEO DNA CV PS
    HI AM PM MR MRS DR""".split())
_CONNECTIVE = {"punto": ("dot", "."), "dot": ("dot", "."), "chiocciola": ("at", "@"), "chiocciolina": ("at", "@"),
               "trattino": ("sym", "-"), "dash": ("sym", "-"), "hyphen": ("sym", "-"), "underscore": ("sym", "_"),
               "trattino basso": ("sym", "_"), "slash": ("sym", "/"), "barra": ("sym", "/"),
               "full stop": ("dot", "."), "full top": ("dot", "."), "fullstop": ("dot", ".")}
_DETS = {"il", "un", "uno", "questo", "quel", "quello", "al", "del", "nel", "dal", "sul", "ogni", "quale", "the", "a",
         "this", "that"}
_TLDS = frozenset("com net it org eu co uk de fr info biz io es ch".split())
_STRIP = ".,;:!?\"“”«»()[]{}…¡¿*"
_LEX = re.compile(r"(\d+(?:[.,]\d+)*)|([^\W\d_]+(?:'[^\W\d_]+)*'?)|([^\w\s]|_)")
_CONT, _GROUP = re.compile(r"(?:[.,]\d+)+"), re.compile(r"([.,]?)(\d+)")
_EMAIL = re.compile(r"[^\W_][\w+-]*(?:\.[\w+-]+)+")
_KEEP_SYM, _SENT_END = set("?-/:+%€$£&#=_"), set(".!?;")
_FOLD = str.maketrans("àáèéìíòóùú", "aaeeiioouu")
_KIND = {"num": "digits", "let": "letters", "at": "at", "dot": "dot", "sym": "punct", "w": "word"}


class _P:
    """A piece under construction; kind: w (word) num let sym at dot, or raw (a digit group) while lexing."""
    __slots__ = ("text", "low", "kind", "words", "tail", "parts")

    def __init__(self, text: str, kind: str, words: tuple[int, ...], tail: str = "", parts: list | None = None):
        self.text, self.low, self.kind, self.words, self.tail, self.parts = text, text.lower(), kind, words, tail, parts


def _join(ps: Sequence[_P], text: str, kind: str) -> _P:
    return _P(text, kind, tuple(sorted({w for p in ps for w in p.words})), ps[-1].tail)


# ---------------------------------------------------------------- lexing
def _lex(words: Sequence[str], lang: str) -> list[_P]:
    P: list[_P] = []
    open_num = False  # P[-1] is a digit group that may go on in the next word ("363" ".674")
    for i, raw in enumerate(words):
        s = raw.strip().replace("’", "'").replace("‘", "'")
        if not s.isascii():  # other scripts' digits -> 0-9
            s = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in s)
        if open_num and s[1:2].isdecimal() and s[0] in ".,":
            m = _CONT.match(s)
            P[-1].parts += [(sep, d, i) for sep, d in _GROUP.findall(m.group())]
            s = s[m.end():]
            if not s:
                continue
        open_num = False
        if s[:1] == "." and s[1:].rstrip(_STRIP).lower() in _TLDS:  # whisper's "hello .com", ".co .uk"
            P.append(_P(".", "dot", (i,)))
        core = s.lstrip(_STRIP + "'")
        body = core.rstrip(_STRIP)
        tail = core[len(body):]  # trailing punctuation: ends a spoken number
        if not (lang == "it" and body.endswith("'") and body[:-1].isalpha()):
            body = body.rstrip("'")
        n0 = len(P)
        if "@" in body or (_EMAIL.fullmatch(body) and any(len(x) > 1 and x.isalpha() for x in body.split("."))):
            for part in re.split(r"([@.])", body):  # "mario.rossi@gmail.com" written out
                if part in ("@", "."):
                    P.append(_P(part, "at" if part == "@" else "dot", (i,)))
                elif part:
                    _lex_plain(part, i, lang, P)
        elif body[:1] == "-" and body[1:].isalpha():  # whisper's "W -H -D", "nineteen -forty -nine"
            if not (P and P[-1].kind == "w" and not P[-1].tail and is_number_word(P[-1].text)
                    and is_number_word(body[1:])):
                P.append(_P("-", "sym", (i,)))  # a dash between number words joins them, as in "forty-nine"
            _lex_plain(body[1:], i, lang, P)
        elif "-" in body and body.replace("-", "").isalpha():
            P.append(_P(body, "w", (i,)))  # e-mail, twenty-three, x-ray
        elif body:
            _lex_plain(body, i, lang, P)
        if len(P) > n0:
            P[-1].tail = tail
            open_num = P[-1].kind == "raw" and not tail and body[-1].isdecimal()
        elif P and s:  # a word of bare punctuation (".319," leaves ",") ends the piece before
            P[-1].tail = s
        if "?" in s[len(s.rstrip(_STRIP + "'")):]:
            P.append(_P("?", "sym", (i,), "?"))
    out = []
    for p in P:  # digit groups: drop grouping separators, keep a decimal one as a punct token
        if p.kind != "raw":
            out.append(p)
            continue
        total, (_, cur, w0) = sum(len(d) for _, d, _ in p.parts), p.parts[0]
        ws = {w0}
        for sep, d, w in p.parts[1:]:
            if total <= 6 and len(d) <= 2:
                out += [_P(cur, "num", tuple(sorted(ws))), _P(sep, "sym", (w,))]
                cur, ws = d, {w}
            else:
                cur, ws = cur + d, ws | {w}
        out.append(_P(cur, "num", tuple(sorted(ws)), p.tail))
    return out


def _lex_plain(body: str, i: int, lang: str, P: list[_P]) -> None:
    ms = _LEX.findall(body)
    mixed = any(m[0] for m in ms) and any(m[1] for m in ms)
    prev_digit = False
    for d, a, sym in ms:
        if d:
            P.append(_P(d, "raw", (i,), parts=[(sep, g, i) for sep, g in _GROUP.findall(d)]))
        elif a and not (prev_digit and a.lower() in _ORD):  # 13th
            if mixed and not a.endswith("'") and a.lower() not in ("am", "pm"):
                P.append(_P(a.upper(), "let", (i,)))  # RS8000H5111
                continue
            if lang == "it" and "'" in a[:-1]:  # dell'ordine -> dell' ordine
                P.append(_P(a[:a.index("'") + 1], "w", (i,)))
                a = a[a.index("'") + 1:]
            P.append(_P(a, "w", (i,)))
        elif sym == "@":
            P.append(_P("@", "at", (i,)))
        elif sym in _KEEP_SYM:
            P.append(_P(sym, "sym", (i,)))
        prev_digit = bool(d)


def _merge_multi(P: list[_P], lang: str) -> list[_P]:
    """Two-word letter names ("doppia vu", "double you") and "trattino basso" become one piece."""
    out, k = [], 0
    while k < len(P):
        if lang == "en" and P[k].low == "full" and k + 2 < len(P) and P[k + 1].text == "-" \
                and P[k + 2].low in ("stop", "top"):
            del P[k + 1]  # whisper's "full -stop", "full -top"
        pair = P[k:k + 2]
        if len(pair) == 2 and pair[0].kind == pair[1].kind == "w" and not pair[0].tail \
                and (pair[0].low, pair[1].low) in _MULTI[lang]:
            out.append(_join(pair, pair[0].low + " " + pair[1].low, "w"))
            out[-1].parts = pair  # given back as two words if nothing claims it
            k += 2
        else:
            out.append(P[k])
            k += 1
    return out


# ---------------------------------------------------------------- numbers
def _numinfo(low: str, lang: str) -> tuple[str, int] | None:
    """(class, value) of a number word; class: zero unit teen tens tu (21-99) hgroup h big bigword."""
    if lang == "en":
        v = _EN_NUM.get(low)
    else:
        w = low.replace("é", "e").replace("è", "e")
        v = _IT_NUM.get(w)
        if v is None and w.startswith("mille") and 0 < _IT_NUM.get(w[5:], 1000) < 1000:
            v = 1000 + _IT_NUM[w[5:]]  # millenovecentottantacinque
        elif v is None and "mila" in w:  # duemila, trecentomilacinquecento
            a, _, b = w.partition("mila")
            va, vb = _IT_NUM.get(a, 0), _IT_NUM.get(b, 1000) if b else 0
            v = va * 1000 + vb if 2 <= va < 1000 and vb < 1000 else None
    if v is None:
        return None
    if low in _HUNDRED or low in _BIG:
        return ("h" if low in _HUNDRED else "big"), v
    if v < 100:
        return ("zero" if v == 0 else "unit" if v < 10 else "teen" if v < 20 else "tens" if v % 10 == 0 else "tu"), v
    return ("hgroup" if v < 1000 else "bigword"), v


def spelling_words() -> frozenset[str]:
    """The words of the spelling alphabets, Italian cities and NATO ("Roma", "Bravo")."""
    return frozenset(_CITIES) | frozenset(_NATO)


def letter_names() -> frozenset[str]:
    """The names of the letters, Italian and English ("erre", "emme", "aitch"), one word each."""
    return frozenset(n for names in _LETTER_NAMES.values() for n in names if " " not in n)


def is_number_word(word: str) -> bool:
    """A number word of either language ("one", "sette", "oh"), which the normaliser may have left a
    word where nothing around it was a number."""
    low = word.lower()
    return _numinfo(low, "en") is not None or _numinfo(low, "it") is not None or low in ("oh", "o")


def _numbers(P: list[_P], lang: str) -> list[_P]:
    out, k = [], 0
    while k < len(P):  # double five, triplo zero
        p, q = P[k], P[k + 1] if k + 1 < len(P) else None
        ni = _numinfo(q.low, lang) if q and q.kind == "w" else None
        d = q.text if q and q.kind == "num" and len(q.text) == 1 else str(ni[1]) if ni and ni[1] < 10 else None
        if p.kind == "w" and p.low in _REPEAT and not p.tail and d is not None:
            out.append(_join([p, q], d * _REPEAT[p.low], "num"))
            k += 2
        else:
            out.append(p)
            k += 1
    P, n, weak = out, len(out), _WEAK_NUM[lang]
    info = [_numinfo(p.low, lang) if p.kind == "w" else None for p in P]
    for m in range(1, n):
        if P[m].low == "mille" and P[m - 1].low == "grazie":
            info[m] = None  # "grazie mille": thanks, not a thousand
    k = 0
    while k < n:  # ambiguous number words need an unambiguous number in their chain
        j = k
        while j < n and (info[j] or P[j].kind == "num") and not (j > k and _SENT_END.intersection(P[j - 1].tail)):
            j += 1
        strong = any(P[m].kind == "num" or P[m].low not in weak for m in range(k, j))
        for m in range(k, j):
            if P[m].low in weak and (not strong or (m == k and P[m].tail and P[m].low in ("oh", "o"))):
                info[m] = None  # "this one", "sei sicuro", "Oh, five minutes"
        k = max(j, k + 1)
    out, k = [], 0
    while k < n:
        r = _compose(P, info, k, lang)
        out.append(_join(P[k:r[0]], str(r[1]), "num") if r else P[k])
        k = r[0] if r else k + 1
    return out


def _rest(v: int) -> tuple[bool, bool]:
    """(tens pending, low digits done) after a one-word number: "trecentoventi" may still take "tre"."""
    r = v % 100
    return r >= 20 and r % 10 == 0, r % 10 != 0 or 10 <= r < 20


def _compose(P: list[_P], info: list, k: int, lang: str) -> tuple[int, int] | None:
    """(end, value) of the number spoken from P[k], or None."""
    n, p = len(P), P[k]
    total, cur, hund, tens, done, last = 0, 0, False, False, False, None
    nxt = info[k + 1] if k + 1 < n and not p.tail else None
    if info[k] is None:  # "20 mila", "a hundred", "un milione"
        if not nxt or nxt[0] not in ("h", "big"):
            return None
        if p.kind == "num" and len(p.text) <= 3 and p.text[0] != "0" and not (k and P[k - 1].text in ".,"):
            cur = int(p.text)
        elif p.kind == "w" and p.low in _ONE_ART[lang]:
            cur = 1
        else:
            return None
        j, hund, done = k + 1, cur >= 100, True
    else:
        j = k
        if lang == "en" and info[k] in (("teen", 19), ("tens", 20)) and nxt:  # years: 19xx, 20xx
            nn = info[k + 2] if k + 2 < n and not P[k + 1].tail else None
            unit = nn[1] if nn and nn[0] == "unit" else None
            if nxt[0] in ("tens", "tu", "teen"):
                return (k + 3, info[k][1] * 100 + nxt[1] + unit) if unit and nxt[0] == "tens" else \
                    (k + 2, info[k][1] * 100 + nxt[1])
            if nxt[0] == "zero" and unit:
                return k + 3, info[k][1] * 100 + unit
    while j < n and not (j > k and P[j - 1].tail):
        if info[j] is None:  # "cento e cinque", "one hundred and five"
            nx = info[j + 1] if j + 1 < n else None
            if j > k and P[j].low in _AND[lang] and not P[j].tail and nx and not (done or tens or cur % 100) \
                    and (hund or last) and (nx[0] in ("unit", "teen", "tens", "tu") or nx[0] == "hgroup" and not cur):
                j += 1
                continue
            break
        c, v = info[j]
        if c == "zero":
            j += j == k
            break
        if c == "unit":
            if done or not (tens or cur % 100 == 0):
                break
            cur, tens, done = cur + v, False, True
        elif c in ("teen", "tu", "tens"):
            if done or tens or cur % 100:
                break
            cur, tens, done = cur + v, c == "tens", c != "tens"
        elif c == "h":
            if hund or cur >= 100:
                break
            cur, hund, tens, done = (cur or 1) * 100, True, False, False
        elif c == "hgroup":
            if cur or hund or done or (j > k and last is None):
                break
            cur, hund, (tens, done) = v, True, _rest(v)
        elif c == "big":
            if (last is not None and v >= last) or not (cur or (j == k and P[j].low in _BARE_BIG)):
                break
            total, cur, hund, tens, done, last = total + (cur or 1) * v, 0, False, False, False, v
        else:  # bigword: duemila, millenovecentottanta
            if j != k:
                break
            total, cur, last = v - v % 1000, v % 1000, 1000
            hund, (tens, done) = cur >= 100, _rest(cur)
        j += 1
    return (j, total + cur) if j > k else None


# ---------------------------------------------------------------- letters
def _letter_of(p: _P, lang: str) -> tuple[str, str, str] | None:
    """(letter, category, style); category: S strong, W weak, T NATO, C city, F always; style: c char, n name."""
    t, low = p.text, p.low
    if len(t) == 1 and t.isascii() and t.isalpha():
        weak = t in _WEAK_UP[lang] or t in _WEAK_LO[lang]
        return t.upper(), ("W" if weak else "S"), ("n" if weak and t.islower() else "c")
    if low in _LETTER_NAMES[lang]:
        return _LETTER_NAMES[lang][low], ("W" if low in _WEAK_NAMES else "S"), "n"
    if low in _NATO or (lang == "it" and low in _CITIES):
        return (_NATO[low], "T", "n") if low in _NATO else (_CITIES[low], "C", "n")
    if len(t) > 1 and t.isalpha() and t.isupper() and t not in _STOP_CAPS:
        return t, "F", "c"
    return None


def _construct(P: list[_P], k: int, li: tuple[str, str, str], lang: str) -> int | None:
    """Index of the last piece of "X come Xword" / "X as in Xword" opening at P[k], or None."""
    conn, t = (P[k + 1].low, k + 2) if k + 2 < len(P) else ("", k)
    if conn == "as" and P[t].low == "in" and t + 1 < len(P):
        conn, t = "as in", t + 1
    tgt = P[t]
    if conn not in _CONN[lang] or P[k + 1].kind != "w" or tgt.kind != "w" or not tgt.text[0].isalpha() \
            or tgt.low[0].translate(_FOLD) != li[0].lower():
        return None
    strong_conn, strong_letter = _CONN[lang][conn], li[1] == "S"
    phon = _NATO.get(tgt.low) or _CITIES.get(tgt.low)
    ok = phon == li[0] or (tgt.text[0].isupper() and (strong_conn or strong_letter)) or (strong_conn and strong_letter)
    return t if ok else None


def _letters(P: list[_P], lang: str) -> list[_P]:
    out, k = [], 0
    while k < len(P):  # "A come Ancona", "B as in Bravo" first
        li = _letter_of(P[k], lang) if P[k].kind == "w" else None
        end = _construct(P, k, li, lang) if li and li[1] in "SW" and len(li[0]) == 1 else None
        out.append(_join(P[k:end + 1], li[0], "let") if end else P[k])
        k = end + 1 if end else k + 1
    P, cats = out, []
    for p in P:
        li = _letter_of(p, lang) if p.kind == "w" else None
        if li and li[1] == "F":  # NWU: always letters
            p.kind, p.text = "let", li[0]
        cats.append(li or ("", "F", "c") if p.kind == "let" else ("", "N", "c") if p.kind == "num" else li)
    k = 0
    while k < len(P):  # runs of candidates, dashes between them allowed ("W -H -D")
        idx, j = [], k
        while j < len(P):
            if cats[j]:
                idx.append(j)
            elif not (idx and P[j].kind == "sym" and P[j].text == "-" and j + 1 < len(P) and cats[j + 1]):
                break
            j += 1
        if idx:
            _resolve_run(P, cats, idx)
        k = max(j, k + 1)
    return P


def _resolve_run(P: list[_P], cats: list, idx: list[int]) -> None:
    """Turn a run of letter candidates and digits into letters, if it holds enough evidence."""
    def odd(edge: int, inner: int) -> bool:  # an ambiguous edge beside another sort of item: "di AB123"
        return cats[edge][1] == "W" and (cats[inner][1] == "N" or cats[edge][2] != cats[inner][2])
    while len(idx) > 1 and (cats[idx[0]][1] == "C" or odd(idx[0], idx[1])):
        idx.pop(0)
    while len(idx) > 1 and odd(idx[-1], idx[-2]):
        idx.pop()
    kinds = [cats[i][1] for i in idx]
    if len(idx) < 2 or not ("S" in kinds or "F" in kinds or kinds.count("T") >= 2):
        return
    prev_letter = False
    for i in idx:
        letter, c, _ = cats[i]
        if c in "SWT" or (c == "C" and prev_letter):  # a bare city only right after a letter
            P[i].kind, P[i].text, P[i].parts = "let", letter, None
        prev_letter = c in "SWTF" or (c == "C" and prev_letter)


# ---------------------------------------------------------------- connectives, output
def _spelled_before(P: list[_P], k: int) -> bool:
    """ "E L L A punto ...": a one-letter word after a spelled letter is a letter, not the article "a"."""
    return len(P[k].text) == 1 and k > 0 and len(P[k - 1].text) == 1 and P[k - 1].kind in ("let", "w")


def _connectives(P: list[_P]) -> None:
    for k, p in enumerate(P):
        hit = _CONNECTIVE.get(p.low) if p.kind == "w" else None
        if hit and not (hit[0] == "dot" and k and P[k - 1].kind == "w" and P[k - 1].low in _DETS
                        and not _spelled_before(P, k - 1)):
            (p.kind, p.text), p.parts = hit, None
        elif p.kind == "w" and p.low in ("più", "plus") and k + 1 < len(P) and P[k + 1].kind == "num":
            p.kind, p.text = "sym", "+"
    for k, p in enumerate(P):  # "at" is "@" only with a dot coming, in the same sentence
        ahead = P[k + 1:k + 4]
        cut = next((m for m, q in enumerate(ahead) if _SENT_END.intersection(q.tail)), len(ahead))
        if p.kind == "w" and p.low == "at" and not p.tail and any(q.kind == "dot" for q in ahead[:cut + 1]):
            p.kind, p.text = "at", "@"


def near(word: str, cue: str) -> bool:
    """One letter off (substituted, missing or extra): whisper's usual slip on a cue word."""
    if abs(len(word) - len(cue)) > 1 or word[:1] != cue[:1] and word[1:] != cue[1:]:
        return False
    if len(word) == len(cue):
        return sum(a != b for a, b in zip(word, cue)) <= 1
    short, long_ = sorted((word, cue), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


# month names, Italian and English, whole and short
MONTHS = frozenset("""gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
    january february march april may june july august september october november december jan feb mar apr jun jul
    aug sep sept oct nov dec""".split())

# words one letter off a number word that are words of their own: numbers only between two numbers
_WORDS_TOO = frozenset("""conto conti conta conte vento venta venga trento nome nave neve note nova mele mese
    mesi atto orto otta sento senti sete""".split())


LONG_NUMBER_WORD = 10  # letters


TEENS = ("diciassette", "diciotto", "diciannove")


def _split_teens(P: list[_P], lang: str) -> list[_P]:
    """Whisper's Italian teens split at "di" ("cinquantuno di ciotto", "novanta di ciannome"): "di" and the
    word after it, beside a number, are the teen they are about two letters off."""
    if lang != "it":
        return P

    def numeric(j: int) -> bool:
        return 0 <= j < len(P) and (P[j].kind == "num" or P[j].kind == "w" and _numinfo(P[j].low, lang) is not None)

    out, k = [], 0
    while k < len(P):
        if P[k].low == "di" and k + 1 < len(P) and P[k + 1].kind == "w" and not P[k].tail.strip() \
                and (numeric(k - 1) or numeric(k + 2)):
            joined = re.sub(r"nom[ei]$", "nove", "di" + P[k + 1].low)
            hit = next((t for t in TEENS if _edits(joined, t, 2) <= 2), None)
            if hit:
                out.append(_join(P[k:k + 2], hit, "w"))
                k += 2
                continue
        out.append(P[k])
        k += 1
    return out


def _misheard_number_words(P: list[_P], lang: str) -> None:
    """Whisper's Italian slips inside a dictation: a word one letter off a number word ("tventa" for
    trenta, "cintue" for cinque, "nomantacinque" for novantacinque), beside a number, is that number."""
    if lang != "it":
        return
    for _ in range(2):  # a slip beside a slip beside a number
        for k, p in enumerate(P):
            if p.kind != "w" or len(p.low) < 4 or _numinfo(p.low, lang) is not None:
                continue
            glued = _glued_number(p.low)
            if glued:
                p.text = p.low = glued  # "marzo velottanta": del ottanta
                continue
            beside = [P[j] for j in (k - 1, k + 1) if 0 <= j < len(P)]
            numeric = [q.kind == "num" or q.kind == "w" and (_numinfo(q.low, lang) is not None or q.low in MONTHS)
                       for q in beside]  # a day before its month: "ventitore aprile"
            beside_one = all(numeric) and len(numeric) == 2 if p.low in _WORDS_TOO else any(numeric)
            if not beside_one and len(p.low) < LONG_NUMBER_WORD:  # "milenovecento": no word is so close to it
                continue
            hit = _number_word_near(p.low) or beside_one and _number_word_two_off(p.low)
            if hit:
                p.text = p.low = hit


YEAR_WORDS = 4  # whisper's pieces of one year word ("mile novecento mettanta tre")
YEAR_SLIPS = 6  # letters of a year word per slip allowed


@lru_cache(maxsize=1)
def _it_years() -> tuple[str, ...]:
    """The years of the 1900s as one Italian word ("millenovecentosettantatre")."""
    return tuple("mille" + w for w, v in _IT_NUM.items() if 900 <= v <= 999)


def _misheard_years(P: list[_P], lang: str) -> list[_P]:
    """Whisper's pieces of an Italian year of the 1900s ("mile novecento mettanta tre", "mileno
    mecentonettanta", "milenome centonessantate"): from a word opening with "mil", up to 4 words
    joined are one year word, about one slip per 6 letters away, and become it."""
    if lang != "it":
        return P
    out, k = [], 0
    while k < len(P):
        best = None
        if P[k].kind == "w" and P[k].low.startswith("mil") and P[k].low not in _IT_NUM:
            for n in range(1, YEAR_WORDS + 1):
                ps = P[k:k + n]
                if len(ps) < n or any(q.kind != "w" for q in ps) or any(q.tail for q in ps[:-1]):
                    break
                joined = "".join(q.low for q in ps)
                if len(joined) < 15:
                    continue
                for y in _it_years():
                    if abs(len(y) - len(joined)) <= 3:
                        d = _edits(joined, y, len(y) // YEAR_SLIPS)
                        if d <= len(y) // YEAR_SLIPS and (best is None or d < best[0]):
                            best = (d, n, y)
        if best:
            out.append(_join(P[k:k + best[1]], best[2], "w"))
            k += best[1]
        else:
            out.append(P[k])
            k += 1
    return out


_GLUED_TO = ("dell'", "nell'", "dell", "nell", "del", "nel", "dal", "vel")  # whisper's "del" ("velottanta")
GLUED_NUMBER = 5  # letters of the number word after the preposition: "ottanta", not "due"


def _glued_number(low: str) -> str | None:
    """A year's tens glued to "del", "nel" ("velottanta", "nelsessanta"): the number word."""
    for pre in _GLUED_TO:
        rest = low[len(pre):]
        if low.startswith(pre) and len(rest) >= GLUED_NUMBER and _IT_NUM.get(rest, 0) >= 20:
            return rest
    return None


# whisper's English slips on a dictated digit: words of their own, so digits only with a number (or
# another such slip) on both sides ("one free fix two", "eight nero one")
_EN_DIGIT_SLIPS = {"free": "three", "tree": "three", "fix": "six", "sex": "six", "nero": "zero", "time": "nine",
                   "nein": "nine", "won": "one", "ate": "eight", "fife": "five"}
EN_SLIP_RUN = 4  # pieces: a dictation, not "one time 3 people"


def _misheard_en_digits(P: list[_P]) -> None:
    def numeric(q: _P) -> bool:
        return q.kind == "num" or q.kind == "w" and (_numinfo(q.low, "en") is not None or q.low in _EN_DIGIT_SLIPS)

    def run(k: int, step: int) -> int:  # numeric pieces next to P[k] on one side
        n, j = 0, k + step
        while 0 <= j < len(P) and numeric(P[j]):
            n, j = n + 1, j + step
        return n

    slips = [k for k, p in enumerate(P) if p.kind == "w" and p.low in _EN_DIGIT_SLIPS]
    fixed = [k for k in slips if run(k, -1) and run(k, 1) and run(k, -1) + run(k, 1) >= EN_SLIP_RUN - 1
             and not (P[k - 1].low in _EN_DIGIT_SLIPS and P[k + 1].low in _EN_DIGIT_SLIPS)]
    for k in fixed:
        P[k].text = P[k].low = _EN_DIGIT_SLIPS[P[k].low]


def _four_for(P: list[_P]) -> list[_P]:
    """ "S for Sugar" as whisper writes it, "S4 Shorger", "F 4 Freddie": a 4 between a letter and a word with
    that letter's initial is the spelling's "for"; the three are the letter. Beside such a letter, a 4 before
    another capitalised word is one too, its word bent ("F 4 THREADED E 4 Edward")."""
    def at(k: int, loose: bool) -> bool:
        p = P[k]
        if not (k + 2 < len(P) and p.kind in ("w", "let") and len(p.text) == 1 and p.text.isalpha()
                and P[k + 1].kind == "num" and P[k + 1].text == "4" and not P[k + 1].parts):
            return False
        word = P[k + 2]
        return word.kind == "w" and word.low[:1] == p.low or loose and word.kind in ("w", "let") \
            and len(word.text) > 1 and word.text[:1].isupper()  # "F4threaded" as whisper glued it

    strict = {k for k in range(len(P)) if at(k, False)}
    spelled = strict | {k for k in range(len(P)) if at(k, True) and (k - 3 in strict or k + 3 in strict)}
    out, k = [], 0
    while k < len(P):
        if k in spelled:
            out.append(_join(P[k:k + 3], P[k].text.upper(), "let"))
            k += 3
            continue
        out.append(P[k])
        k += 1
    return out


@lru_cache(maxsize=4096)
def _number_word_near(low: str) -> str | None:
    """The Italian number word one letter off `low` (not a common word), or None."""
    if low in _it_stop_words():
        return None
    by_first, by_rest = _it_num_index()
    candidates = [w for w in by_first.get(low[0], ()) if abs(len(w) - len(low)) <= 1] + by_rest.get(low[1:], [])
    hit = next((w for w in candidates if near(low, w)), None)
    if hit is None and len(low) >= LONG_NUMBER_WORD:  # a compound ("milenovecento"): try each one-letter edit
        hit = next((w for w in _one_edit(low) if _numinfo(w, "it") is not None), None)
    return hit


TWO_OFF_WORD = 11  # letters: a compound this long two letters off a number word, beside a number, is it


@lru_cache(maxsize=4096)
def _number_word_two_off(low: str) -> str | None:
    """The Italian compound number word two letters off `low` ("gettantanette" for settantasette), for
    long words only: no common word of 11+ letters is so close to one."""
    if len(low) < TWO_OFF_WORD or low in _it_stop_words():
        return None
    hits = [(d, w) for d, w in ((_edits(low, w, 2), w) for w in _IT_NUM if abs(len(w) - len(low)) <= 2
                                 and not low.startswith(w))  # not a word made of one ("ventiquattrore")
            if d <= 2]
    return min(hits)[1] if hits else None


def _edits(a: str, b: str, most: int) -> int:
    """Levenshtein distance of a and b, or most + 1 once it is sure to exceed `most`."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if min(row) > most:
            return most + 1
    return row[-1]


_IT_LETTERS = "abcdefghilmnopqrstuvz"


def _one_edit(word: str) -> Iterator[str]:
    """The words one letter away from `word` (substituted, missing or extra)."""
    for i in range(len(word) + 1):
        if i < len(word):
            yield word[:i] + word[i + 1:]
        for c in _IT_LETTERS:
            yield word[:i] + c + word[i:]
            if i < len(word) and c != word[i]:
                yield word[:i] + c + word[i + 1:]


@lru_cache(maxsize=1)
def _it_num_index() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Italian number words by first letter and by all but the first: near() needs one or the other."""
    by_first: dict[str, list[str]] = {}
    by_rest: dict[str, list[str]] = {}
    for w in _IT_NUM:
        by_first.setdefault(w[0], []).append(w)
        by_rest.setdefault(w[1:], []).append(w)
    return by_first, by_rest


@lru_cache(maxsize=1)
def _it_stop_words() -> frozenset[str]:
    from spacy.lang.it.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


AT_SIMILAR = 0.8
# ".it", ".com" as whisper hears them after a "punto": "punto dì", "punto i", "punto D"
_LOCAL_JOINS = frozenset("punto trattino underscore dot dash - _".split())  # inside an address's local part
_TLD_HEARD = frozenset("it i id di d ti com con come net eu org".split())


def _plain(word: str) -> str:
    """Without accents: whisper's "honciò" sounds as "honcio"."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _misheard_at(P: list[_P]) -> list[_P]:
    """Whisper's "chioccio", "chi ocio la", "chi honciò la", "chiocola" for "chiocciola": a word (or a
    word and the short pieces after it) that close to it, with a "punto" coming, is the "@"."""
    def at_over(k: int) -> int:  # how many pieces from P[k] make the "@" (the longest join first), or 0
        if P[k].kind != "w" or not P[k].low.startswith("chi") or P[k].low == "chiocciola" or k == 0:
            return 0
        for n in (3, 2, 1):
            ps = P[k:k + n]
            if len(ps) == n and all(q.kind == "w" for q in ps) and all(len(q.low) <= 6 for q in ps[1:]) \
                    and any(q.low in ("punto", "dot") for q in P[k + n:k + n + 4]) \
                    and SequenceMatcher(None, _plain("".join(q.low for q in ps)), "chiocciola").ratio() >= AT_SIMILAR:
                return n
        return 0

    def dot_before_tld(start: int, stop: int, dots: tuple[str, ...]) -> int | None:
        """The first "punto" in P[start:stop], if a top-level domain as whisper hears it follows."""
        dot = next((j for j in range(start, min(len(P), stop)) if P[j].low in dots), None)
        return dot if dot is not None and dot + 1 < len(P) and _plain(P[dot + 1].low) in _TLD_HEARD else None

    def chi_ho(k: int) -> int:  # "chi ho sciogati in punto dì": whisper's "chiocciola tim punto it", its "chi ho"
        if k == 0 or P[k].low != "chi" or k + 1 >= len(P) or P[k + 1].low not in ("ho", "o", "oh"):
            return 0
        dot = dot_before_tld(k + 2, k + 6, ("punto", "dot"))
        return max(2, dot - 1 - k) if dot is not None else 0  # on to the domain's one word before the "punto"

    def after_local(k: int) -> int:  # "castellucci chiuso da poste punto D": a "chi" word between a local part
        # ("bruno trattino castellucci") and a domain with its ".it" is the "@", however whisper heard it
        local = any(P[j].low in _LOCAL_JOINS for j in range(max(0, k - 4), k))
        if k < 2 or not P[k].low.startswith("chi") or not local:
            return 0
        dot = dot_before_tld(k + 2, k + 5, ("punto", "dot", "."))
        return dot - 1 - k if dot is not None and all(q.kind == "w" for q in P[k:dot]) else 0

    out, k = [], 0
    while k < len(P):
        n = at_over(k) or chi_ho(k) or after_local(k)
        out.append(_join(P[k:k + n], "chiocciola", "w") if n else P[k])
        k += n or 1
    return out


# whisper's Italian slips on a digit in the middle of a dictated number: "tre nome due" (nove), "2 nero 5" (zero)
_MISHEARD_DIGIT = {"it": {"nome": "9", "nero": "0", "neri": "0", "nue": "2", "dui": "2", "tè": "3", "sai": "6",
                          "oto": "8", "cuatro": "4", "cuato": "4", "quatro": "4", "meno": "0",
                          "nomi": "9", "sete": "7", "quince": "5", "mello": "0", "fei": "6"}, "en": {}}


EDGE_DIGITS = 6  # a digit slip at the edge of a dictation this long is its digit


def _misheard_digits(P: list[_P], lang: str) -> None:
    """A digit-like word between two digits of a dictation is the digit ("3 nome 2 1 5"); so is a run of
    them with a digit on one side ("5 4 nome tè, nome nue 2 4 5": 5 4 9 3 9 2 2 4 5), and one at the edge
    of a long dictation ("meno 5 1 3 5 0 0 0 4 fei": 0 5 1 3 5 0 0 0 4 6)."""
    table = _MISHEARD_DIGIT[lang]

    def digit(q: _P) -> bool:
        return q.kind == "num" and len(q.text) <= 3

    def long_run(k: int, step: int) -> bool:  # the dictation on that side holds EDGE_DIGITS digits or more
        n = 0
        while 0 <= k < len(P) and digit(P[k]):
            n, k = n + len(P[k].text), k + step
        return n >= EDGE_DIGITS

    changed = True
    while changed:
        changed = False
        for k in range(len(P)):
            p, sides = P[k], [P[j] for j in (k - 1, k + 1) if 0 <= j < len(P)]
            if p.kind != "w" or p.low not in table:
                continue
            inside = len(sides) == 2 and any(digit(q) for q in sides) \
                and all(digit(q) or q.kind == "w" and q.low in table for q in sides)
            if inside or long_run(k + 1, 1) or long_run(k - 1, -1):  # "meno 5 1 3 5 ...": at a long one's edge
                p.kind, p.text, p.parts = "num", table[p.low], None
                changed = True


def normalize(words: Sequence[str], language: str) -> Normalized:
    """Whisper words (language "it" or "en") -> normalised tokens, each mapped to its input word indices."""
    lang = "it" if (language or "").lower().startswith("it") else "en"
    P = _split_teens(_misheard_years(_merge_multi(_lex(words, lang), lang), lang), lang)
    _misheard_number_words(P, lang)
    if lang == "en":
        _misheard_en_digits(P)
    P = _numbers(P, lang)
    if lang == "en":
        P = _four_for(P)
    P = _letters(P, lang)
    _misheard_digits(P, lang)
    P = _misheard_at(P)
    _connectives(P)
    toks = []
    for p in P:
        if p.kind == "w":
            toks += [Token(q.low, "word", q.words) for q in (p.parts or (p,))]
        else:
            toks.append(Token(p.text, _KIND[p.kind], p.words))
    return Normalized(tuple(toks), " ".join(t.text for t in toks))


def digit_runs(n: Normalized, *, max_gap_words: int = 0) -> list[tuple[int, int]]:
    """Token ranges [i, j) of digits/letters tokens spoken as one sequence, holding >= 1 digits token.

    Tokens must be adjacent, separated by "-" tokens, or by plain words/punctuation from at most
    max_gap_words input words; "?", "@" and "." always break a run.
    """
    toks, runs = n.tokens, []
    start = last = None
    has_digits = False
    for k, t in enumerate(toks):
        if t.kind not in ("digits", "letters"):
            continue
        if start is not None:
            gap = toks[last + 1:k]
            gap_words = {w for g in gap if g.text != "-" for w in g.words}
            if any(g.kind not in ("word", "punct") or g.text == "?" for g in gap) or len(gap_words) > max_gap_words:
                if has_digits:
                    runs.append((start, last + 1))
                start = None
        if start is None:
            start, has_digits = k, False
        last, has_digits = k, has_digits or t.kind == "digits"
    if start is not None and has_digits:
        runs.append((start, last + 1))
    return runs
