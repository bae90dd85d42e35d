"""Spoken digit and alphanumeric runs, told apart by cue words and shape.

Whisper writes dictated numbers mangled ("363.674.319", "2, 2, 3, 7", "RS8000H5111");
a checksum rarely survives, so the kind comes first from the nearest cue before the run
(same unit, or the question just before), then from the run's shape. Prices, hours and
quantities (a short number beside "euro", "alle", "minutes"...) are never reported.
"""
from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import RecognizerResult

from .checksums import luhn
from .cues import (CALL_US, CLOSERS, GROUPS, HEAD_STOP, MEASURES, MONTHS, NONPII_AFTER, NONPII_BEFORE, NUMERIC, OFFER,
                   OUR_LINE, PRODUCT_CUES, YEAR_BEFORE, best_cue)
from .questions import offers_help, where_over
from .view import SpeechRecognizer, Tok, View, is_year, phrase_at, result, view_of

NAME = "SpokenNumberRecognizer"
ENTITIES = ["PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "ORDER_NUMBER", "IT_FISCAL_CODE", "DATE_OF_BIRTH",
            "ADDRESS", "EMAIL_ADDRESS", "ID_NUMBER"]
MIN_CHARS_WITH_CUE = {"ID_NUMBER": 3, "PHONE_NUMBER": 3, "CREDIT_CARD": 3, "IBAN_CODE": 3, "ORDER_NUMBER": 3, "IT_FISCAL_CODE": 3,
                      "DATE_OF_BIRTH": 1, "ADDRESS": 1, "EMAIL_ADDRESS": 1}
CUE_WINDOW = 12  # tokens looked back for a cue in the run's own unit
QUESTION_MAX = 30  # tokens of a unit before
FISCAL_SHAPE = re.compile(r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]")
FISCAL_LENGTH, FISCAL_LETTERS = (14, 20), 8  # 16 characters, 9 of them letters
IBAN_SHAPE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}")
# a British, Irish or Dutch IBAN's heart, its country misheard ("6 TV 65 M I D L 86 ..."): check digits,
# a four-letter bank code, the account
BANK_CODE_IBAN = re.compile(r".{0,2}[A-Z]{2}\d{2}[A-Z]{4}\d{10,}.{0,4}")  # a misheard character or few either side


BRIDGE = frozenset("di e a ed de the and".split())  # whisper's slips between spelled characters
DIGIT_BRIDGE = frozenset("for".split())  # "0789 for 0 25906": a four whisper heard as "for", between digit groups




def _code_goes_on(toks: tuple[Tok, ...], i: int, cur: list[Tok]) -> bool:
    """A long spelled code goes on past one or two misheard words ("... D 0 9 di Nero 9 F 8"), and so
    does a dictation digit by digit past one ("3, 2, 4, nominò 1, 1, 5, 3, 2")."""
    if _dictation_goes_on(toks, i, cur):
        return True
    if not 6 <= sum(len(t.text) for t in cur) < 19 or toks[i].kind != "word" or toks[i].low in NONPII_BEFORE \
            or toks[i].low in NONPII_AFTER or toks[i].low in CLOSERS:  # not past "euro": "200000 euro e 50"
        return False
    for k in (i + 1, i + 2):
        if k < len(toks) and toks[k].kind in ("digits", "letters"):
            after = toks[k + 1] if k + 1 < len(toks) else None
            return not (after is not None and (after.low in NONPII_AFTER or after.low in MONTHS))  # "del 23 aprile"
        if k < len(toks) and (toks[k].kind != "word" or toks[k].low in NONPII_BEFORE):
            return False
    return False


DICTATED = 3  # digits said one by one before a misheard word


def _dictation_goes_on(toks: tuple[Tok, ...], i: int, cur: list[Tok]) -> bool:
    """Digits said one by one, a word whisper made of one or two ("nominò" for "nove uno"), and
    digits one by one again: one dictation."""
    said = cur[-DICTATED:]
    nxt = toks[i + 1:i + 3]
    return len(said) == DICTATED and all(t.kind == "digits" and len(t.text) == 1 for t in said) \
        and toks[i].kind == "word" and toks[i].low not in NONPII_BEFORE and toks[i].low not in CLOSERS \
        and len(nxt) == 2 and all(t.kind == "digits" and len(t.text) == 1 for t in nxt)


def _spelled_between(toks: tuple[Tok, ...], i: int, cur: list[Tok]) -> bool:
    """"... WBK -1 -I -1 -3", "I T 6 0 X": an "I" among spelled characters is a letter, not "I"."""
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    after = toks[i + 2] if i + 2 < len(toks) else None
    if not cur:  # "I T 6 0 X ...": a spelled code opening with I
        return toks[i].text == "I" and nxt is not None and after is not None and len(nxt.text) == 1 \
            and nxt.kind in ("digits", "letters") and after.kind in ("digits", "letters")
    grouped = toks[i].text == "-I" or prev is not None and prev.text in {"-", ","}
    if prev is not None and prev.kind == "digits" and nxt is not None and nxt.kind == "digits":
        return True  # "333 I 6 8 6 I 8 7": a character whisper heard as "I", between digits
    return grouped and nxt is not None and (nxt.text in {"-", ","} or nxt.kind in ("digits", "letters"))


def _group_size(toks: tuple[Tok, ...], i: int) -> bool:
    """ "a blocchi di 4", "in groups of 4": the size of the groups a code is read out in."""
    if toks[i].kind != "digits" or len(toks[i].text) != 1 or i == 0:
        return False
    prev = toks[i - 1].low
    return prev in GROUPS or prev in ("di", "of") and i >= 2 and toks[i - 2].low in GROUPS


def runs(view: View) -> list[list[Tok]]:
    """Maximal runs of digit/letter tokens in a line. Commas, dashes and dots between them
    are grouping; one short word between two parts that hold digits ("R 2 9 di 157") is a
    slip inside the run."""
    out = []
    for line in view.lines:
        toks = line.tokens
        cur: list[Tok] = []
        i = 0
        while i < len(toks):
            tok = toks[i]
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if not cur and _group_size(toks, i):
                pass  # "a blocchi di 4": how the code is read out, not part of it
            elif tok.kind in ("digits", "letters") or tok.text in ("I", "-I") and _spelled_between(toks, i, cur):
                cur.append(tok)
            elif cur and (tok.kind == "punct" and tok.text in {",", "-", "/"} or tok.kind == "dot"
                          and nxt is not None and nxt.kind == "digits" and cur[-1].kind == "digits"):
                pass
            elif cur and tok.low in BRIDGE and nxt is not None and nxt.kind in ("digits", "letters") \
                    and any(t.kind == "digits" for t in cur):
                pass
            elif cur and tok.low in DIGIT_BRIDGE and nxt is not None and nxt.kind == "digits" \
                    and cur[-1].kind == "digits" and sum(len(t.text) for t in cur if t.kind == "digits") >= 3:
                pass
            elif cur and _code_goes_on(toks, i, cur):
                pass
            else:
                if cur:
                    out.append(cur)
                cur = []
            i += 1
        if cur:
            out.append(cur)
    return out


# an amount follows these, however whisper broke it up
PAID = frozenset("""pagato pagata pago paghiamo speso costa costato costano prezzo importo paid pay paying spent costs
    cost charged price""".split())
# what a sum is paid for: a number a few words after these is its amount
FEES = frozenset("""contributo canone attivazione tariffa abbonamento commissione fee fees charge subscription
    activation""".split())
CURRENCY = frozenset("euro euros € eur dollari dollaro dollars dollar $ sterline pounds pound quid £".split())


PER = frozenset("a al all' per every ogni each the".split())


def _per_period(after: list[Tok]) -> bool:
    """ "... a month", "... al mese": an amount per period."""
    return len(after) == 2 and after[0].low in PER and after[1].low in NONPII_AFTER


MEASURED_DIGITS = 8  # a number this long or shorter right before a measure is a quantity


def is_nonpii(view: View, run: list[Tok]) -> bool:
    """A price, time, quantity, year or product code, not a person's number."""
    digits = "".join(t.text for t in run if t.kind == "digits")
    letters = any(t.kind == "letters" for t in run)
    after = view.after(run[-1], 2)
    prev = view.before(run[0], 4)
    if any(p.low in PRODUCT_CUES for p in prev) or _our_line(view, run, digits) or _dated(view, run, digits):
        return True
    if not letters and len(digits) <= 7 and (after[:1] and after[0].low in CURRENCY or prev[-1:]
                                              and prev[-1].low in CURRENCY or _per_period(after)
                                              or any(p.low in PAID for p in prev[-2:])
                                              or any(p.low in FEES for p in prev)):
        return True  # "250.000 euro", "$ 60", "741 90 a month", "ho pagato 67, 71 e 50", "il contributo di
        # attivazione è di 58 e 49" (whisper's "158 e 1 e 49")
    if not letters and len(digits) <= MEASURED_DIGITS and after[:1] and after[0].low in MEASURES:
        return True  # "300 and 70,000 kilowatt" (whisper's 377): a measure, however long whisper made it
    if letters or len(digits) > 4:
        return False
    if is_year(digits) and prev[-1:] and prev[-1].low in YEAR_BEFORE:
        return True  # "dal 2018", "since 2019"
    if any(t.low in NONPII_AFTER for t in after):
        return True
    return any(p.low in NONPII_BEFORE for p in prev[-2:]) or any(p.low in OFFER for p in prev) \
        or _range_end(view, run)


DATE_WORDS = frozenset("il the of del di , on".split())  # between a day, its month and its year


def _dated(view: View, run: list[Tok], digits: str) -> bool:
    """A day beside its month ("la fattura del 23 aprile", "June the 13th") or a year just after one ("started
    on 3rd January, 2022"): the date of an invoice, a delivery, a contract. Not where a date of birth is
    asked or told: those are the date-of-birth recognizer's."""
    if not 1 <= len(run) <= 2 or any(t.kind != "digits" for t in run):
        return False
    after = [t for t in view.after(run[-1], 3) if t.low not in DATE_WORDS][:1]
    month_before = any(t.low in MONTHS for t in view.before(run[0], 3) if t.low not in DATE_WORDS)

    def day(t: Tok) -> bool:
        return len(t.text) <= 2 and 1 <= int(t.text) <= 31

    if len(run) == 2:  # "June 5, 2022"
        dated = month_before and day(run[0]) and is_year(run[1].text)
    else:
        dated = day(run[0]) and (month_before or any(t.low in MONTHS for t in after)) or is_year(run[0].text) \
            and month_before
    if not dated:
        return False
    cue = nearest_cue(view, run[0])
    return not (cue and cue[0] == "DATE_OF_BIRTH")


OUR_LINE_REACH = 8  # tokens back (its unit and the one before) from the number to "call us", "numero verde"
# a UK freephone or non-geographic 03 number, an Italian numero verde: a company's, never a person's
COMPANY_PREFIXES = {"0800": 10, "0808": 10, "0300": 11, "0330": 11, "0333": 11, "0344": 11, "0345": 11, "0370": 11,
                    "0371": 11, "800": 9, "803": 6}  # and the least digits of such a number


def _our_line(view: View, run: list[Tok], digits: str) -> bool:
    """The company's own number, given for the caller to call: "può richiamarci al numero verde 800 ...",
    "ring us on 0800 ...", "the main switchboard, 0345 ..., extension 214" (an extension may run on)."""
    prev = view.before(run[0], OUR_LINE_REACH, lines_back=1)  # "... il numero verde" / "800 143 121"
    cues = OUR_LINE + CALL_US if view.line_of(run[0]).speaker == "agent" else OUR_LINE
    return any(phrase_at(prev, i, cues) for i in range(len(prev))) or not any(t.kind == "letters" for t in run) \
        and any(digits.startswith(p) and len(digits) >= n for p, n in COMPANY_PREFIXES.items())


def without_our_line(text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
    """The findings of any recognizer but those of a number kind whose digits are all the company's own line
    (an answer read on past "the main switchboard is 0345 ...")."""
    view = view_of(text)
    ours = [(run[0].start, run[-1].end) for run in runs(view)
            if _our_line(view, run, "".join(t.text for t in run if t.kind == "digits"))]
    if not ours:
        return found

    def only_ours(r: RecognizerResult) -> bool:
        digits = [t for t in view.tokens if r.start <= t.start and t.end <= r.end and t.kind == "digits"]
        return bool(digits) and all(any(s <= t.start and t.end <= e for s, e in ours) for t in digits)
    return [r for r in found if not (r.entity_type in NUMERIC and only_ours(r))]


RANGE_OPEN = frozenset("tra fra dalle dal between from".split())
RANGE_JOIN = frozenset("e alle al and to till until - a".split())


def _range_end(view: View, run: list[Tok]) -> bool:
    """ "tra le 8 e le 18", "dalle 9 alle 13", "between 2 and 4": the second number of a range the
    first opened (the first is a time or a quantity by its own "tra", "dalle", "between")."""
    prev = [t for t in view.before(run[0], 6) if t.low not in ("le", "la", "the")]
    return len(prev) >= 3 and prev[-1].low in RANGE_JOIN and prev[-2].kind == "digits" \
        and len(prev[-2].text) <= 2 and prev[-3].low in RANGE_OPEN


def nearest_cue(view: View, first: Tok, window: int = CUE_WINDOW) -> Optional[tuple[str, str, bool]]:
    """(entity, cue words, same_line) of the best cue before `first`: its own unit first, then
    the unit(s) just before, `window` tokens back in all; a question just before is read whole
    ("can I grab a contact number in case we get cut off?")."""
    before = view.before(first, window, lines_back=2)
    asked = view.lines[first.line - 1] if first.line else None
    if asked is not None and offers_help(asked):
        before = [t for t in before if t.line != first.line - 1]  # "Manby Delivery, how can I help?"
    elif asked is not None and any(t.text == "?" for t in asked.tokens[-3:]):
        before = [t for t in before if t.line == first.line] + list(asked.tokens[-QUESTION_MAX:])
        before.sort(key=lambda t: t.index)
    for line in sorted({t.line for t in before}, reverse=True):  # nearest unit first
        hit = best_cue([t for t in before if t.line == line])
        where = where_over(view.lines[line], hit[1] if hit else None) if line != first.line else None
        if where:
            return where[0], where[1], False  # "where should we deliver the order?" - "..., BL3 6PQ"
        if hit:
            return hit[1], hit[2], line == first.line
    return None


def by_shape(chars: str, language: str = "it") -> Optional[tuple[str, float]]:
    digits = re.sub(r"\D", "", chars)
    if FISCAL_SHAPE.fullmatch(chars):
        return "IT_FISCAL_CODE", 0.9
    if IBAN_SHAPE.fullmatch(chars) and chars[:2] in {"IT", "GB", "DE", "FR", "ES", "SM", "CH", "NL", "BE", "IE"}:
        return "IBAN_CODE", 0.8
    if len(digits) >= 18 and chars[:2].isalpha():  # country letters and a long number: an IBAN read out
        return "IBAN_CODE", 0.9
    if BANK_CODE_IBAN.fullmatch(chars):
        return "IBAN_CODE", 0.8
    if len(digits) >= 20:  # longer than a card or a phone - but a card misheard or read twice is too: without
        return "ID_NUMBER", 0.7  # country letters or a cue, no kind a purpose keeps (a kept "IBAN" was a card)
    if chars.isdigit() and 13 <= len(digits) <= 19 and luhn(digits):
        return "CREDIT_CARD", 0.9
    if chars.isdigit() and len(digits) == 10 and digits[0] == "3" and language == "it":
        return "PHONE_NUMBER", 0.8  # an Italian mobile (in an English call, an order number as like as not)
    if chars.isdigit() and (len(digits) in (9, 10, 11) and digits[0] == "0"
                            or len(digits) >= 11 and digits.startswith(("39", "0039", "44"))):
        return "PHONE_NUMBER", 0.6
    if chars.isdigit() and 15 <= len(digits) <= 19:
        return "CREDIT_CARD", 0.6
    if len(digits) >= 6 or (len(chars) >= 8 and digits):
        return "ID_NUMBER", 0.5
    return None


# card cues that also name an amount: a short number after them is what is paid
MONEY_CUES = frozenset("pagare pagamento paga pay payment paying saldare".split())
AMOUNT_DIGITS = 6
HEAD_MAX = 8  # words
HEAD_DIGITS = 12  # an ID number this long, opening with a letter, may be an IBAN whose opening was lost
IBAN_DIGITS = 18


# letters spelled with words before the digits ("gi come Genova, acca come Hotel, 57 72 65", as whisper heard
# it: "ci come geno ma, ha come 5772 65"): the code starts with them
SPELLING = frozenset("come as for".split())
SPELLED_KINDS = frozenset("ORDER_NUMBER IBAN_CODE IT_FISCAL_CODE ID_NUMBER".split())


def _head(view: View, run: list[Tok], entity: str, chars: str) -> Tok:
    """An IBAN opens with its country letters and check digits ("I T 6 0", "G B 8 2"); one
    that whisper wrote without them had them turned into words just before ("Gau me Mending no
    member with K 1 3 6 ..."): the span starts there, after the lead-in, within the unit. A code
    whose letters were spelled with words ("ci come geno ma, ha come 5772 65") starts at its first
    spelled letter."""
    digits = sum(c.isdigit() for c in chars)
    long_code = digits >= IBAN_DIGITS or digits >= HEAD_DIGITS and run[0].kind == "letters"  # "K 1 3 6 2 1 ..."
    lost_opening = (entity == "IBAN_CODE" and digits >= HEAD_DIGITS or entity == "ID_NUMBER" and long_code) \
        and not chars[:2].isalpha()
    before = view.before(run[0], HEAD_MAX)
    spelled = [k for k, t in enumerate(before) if t.low in SPELLING] if entity in SPELLED_KINDS else []
    if not lost_opening and not spelled:
        return run[0]
    first = len(before)  # back to the lead-in
    while first > 0 and not (before[first - 1].low in HEAD_STOP or before[first - 1].low in CLOSERS
                             or before[first - 1].text in ("?", ".")):
        first -= 1
    if not lost_opening:  # from the letter before the first "come" on, not the words before it
        ks = [k for k in spelled if k >= first]
        if not ks:
            return run[0]
        first = max(first, ks[0] - 1 if ks[0] > 0 and len(before[ks[0] - 1].text) <= 3 else ks[0])
    return before[first] if first < len(before) else run[0]


def _in_mailbox(view: View, run: list[Tok]) -> bool:
    """A run inside an address: an "@" or a dot right beside it ("mario 77 @ ...", "... . 85")."""
    before = view.before(run[0], 1)
    after = view.after(run[-1], 1)
    return any(t.kind in ("at", "dot") for t in before + after)


REFERENCE_SCORE = 0.6  # above an unknown number's 0.5: below any cue


def _year_reference(view: View, run: list[Tok]) -> bool:
    """ "2024 / 1406", "2025 - 26749": a year, a slash or a dash, a number - how a case, a claim or an
    order is numbered, not a person."""
    first = run[0]
    after = view.after(first, 1)
    return (first.kind == "digits" and len(first.text) == 4 and 2000 <= int(first.text) <= 2039
            and bool(after) and after[0].text in ("/", "-") and len(run) > 1 and run[1].kind == "digits"
            and not (len(run) == 2 and is_year(run[1].text)))  # "2024 - 2025"


FISCAL_LIKE = 0.55
SPELLED_LETTERS = 5  # single letters in a row: a word spelled out, not an acronym ("ADSL", "IBAN")


def _spelled_letters(view: View, run: list[Tok]) -> Optional[tuple[str, float, str]]:
    """ "F, E, M, M, A, N, T": a name, a mailbox or a code spelled letter by letter with no cue left
    whisper could make out - a name after a name's cue, else an ID number."""
    if len(run) < SPELLED_LETTERS or not all(t.kind == "letters" and len(t.text) == 1 for t in run):
        return None
    cue = nearest_cue(view, run[0])
    return ("PERSON" if cue and cue[0] == "PERSON" else "ID_NUMBER"), 0.5, "spelled letters"


def _fiscal_like(chars: str) -> bool:
    """Mostly letters, with some digits, about 16 long: what Italians spell is a fiscal code."""
    return FISCAL_LENGTH[0] <= len(chars) <= FISCAL_LENGTH[1] and sum(c.isalpha() for c in chars) >= FISCAL_LETTERS \
        and sum(c.isdigit() for c in chars) >= 2


class SpokenNumberRecognizer(SpeechRecognizer):
    entities = tuple(ENTITIES)
    recognizer_name = NAME

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        view = view_of(text)
        out = []
        for run in runs(view):
            chars = "".join(t.text for t in run)
            if is_nonpii(view, run):
                continue
            if not any(c.isdigit() for c in chars) and len(chars) < 4:
                continue  # "OK", "TV": not a code
            spelled = _spelled_letters(view, run)  # "surname spelled F E R G U S O N": a name, not a code's shape
            found = spelled if spelled and spelled[0] == "PERSON" else \
                self.classify(view, run, chars, self.supported_language) or spelled
            if found and found[0] == "ID_NUMBER" and self.supported_language == "it" and _fiscal_like(chars):
                found = ("IT_FISCAL_CODE", FISCAL_LIKE, "shape")  # whisper bent some of its letters
            if found:
                entity, score, cue = found
                out.append(result(entity, _head(view, run, entity, chars).start, run[-1].end, score, NAME, cue))
        return out

    @staticmethod
    def classify(view: View, run: list[Tok], chars: str, language: str = "it") -> Optional[tuple[str, float, str]]:
        """A checksum-valid shape first; then a cue in the run's own unit; then a clear shape
        (an Italian mobile, an IBAN-long run); then the cue of the question before; then a
        weak shape. A cue's kind needs a few characters at least."""
        shape = by_shape(chars, language)
        if shape and shape[1] >= 0.9:
            return shape[0], shape[1], "shape"
        cue = nearest_cue(view, run[0])
        if cue and (cue[0] == "PERSON" or len(chars) < MIN_CHARS_WITH_CUE[cue[0]]
                    or cue[0] == "EMAIL_ADDRESS" and not _in_mailbox(view, run)):
            cue = None  # a name cue says nothing about a number, nor an e-mail cue about a price
        if cue and cue[1] in MONEY_CUES and sum(c.isdigit() for c in chars) <= AMOUNT_DIGITS and chars.isdigit():
            return None  # "3 payments of 61 50", "pagamento di 120": an amount, not a card
        if cue and cue[2]:
            return cue[0], 0.85, cue[1]
        if shape and shape[1] >= 0.8:
            return shape[0], shape[1], "shape"
        if cue:
            return cue[0], 0.75, cue[1]
        if _year_reference(view, run):
            return "ORDER_NUMBER", REFERENCE_SCORE, "year reference"
        if shape:
            return shape[0], shape[1], "shape"
        return None
