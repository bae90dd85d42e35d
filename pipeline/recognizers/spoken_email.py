"""Spoken e-mail addresses: "mario punto rossi chiocciola gmail punto com",
"john dot peterson at example dot com" (the normaliser turns the connectives into
"." and "@"). The span runs from the local part's first word to the domain's end."""
from __future__ import annotations

from presidio_analyzer import RecognizerResult

from .cues import ENTITY_CUES, LETTERED, best_cue
from .view import SpeechRecognizer, Tok, find_cue, result, view_of

NAME = "SpokenEmailRecognizer"
PART_KINDS = {"word", "letters", "digits"}
JOINERS = {".", "-", "_"}
STOP = frozenset("""è e is it's its email mail e-mail indirizzo address my mio mia il la l' sì si yes sure
    certo allora the a to at of per di""".split())
MAX_LOCAL, MAX_DOMAIN = 6, 7
# Where whisper lost the "@" ("Joshua not Rodriguez at Outlook .net", "osbornetgmail .net"),
# the domain still anchors the address: a mail provider or a top-level domain after a dot.
PROVIDERS = ("gmail", "yahoo", "outlook", "hotmail", "libero", "tiscali", "virgilio", "icloud", "msn", "aol",
             "protonmail", "fastweb", "fastwebnet", "pec", "example", "inwind", "katamail", "aruba", "legalmail",
             "gmx", "googlemail", "btinternet", "virginmedia", "talktalk", "ntlworld", "blueyonder", "btopenworld")
TLDS = frozenset("com net it org eu co uk de fr info biz io es ch".split())
LONE_TLDS = frozenset("com net org".split())  # rare as plain words: an anchor even without the dot
WEB = frozenset("www sito site website web http https pagina page".split())  # a web address, not a mailbox
LEAD = frozenset("""è e is it's its sure certo allora yes si sì my mio mia la il l' email mail address indirizzo
    ecco guardi that's thats right ok okay""".split())
MAX_BACK = 6


def _joined(t: Tok) -> bool:
    return t.kind == "dot" or t.text in JOINERS


def _local_start(toks: tuple[Tok, ...], at: int) -> int:
    """First token of the local part: parts chained by joiners (or spelled letters/digits)."""
    start, i = at, at - 1
    while i >= 0 and at - i <= 2 * MAX_LOCAL:
        t = toks[i]
        if t.kind not in PART_KINDS or t.low in STOP:
            break
        start = i
        if i >= 2 and _joined(toks[i - 1]) and toks[i - 2].kind in PART_KINDS:
            i -= 2
        elif i >= 1 and toks[i - 1].kind in ("digits", "letters") or t.kind in ("digits", "letters") and i >= 1 \
                and toks[i - 1].kind in PART_KINDS and toks[i - 1].low not in STOP:
            i -= 1
        else:
            break
    return start


SPLIT_WORDS = 3  # a local part whisper heard as words ("carme la unverso lombardi" for carmela_lombardi)
THANKS = frozenset("grazie thanks thank ok okay perfetto".split())  # not "fine", "great": "fine arts studio @ ..."


def _split_local(toks: tuple[Tok, ...], a: int) -> int:
    """The local part's first token, back over up to 3 more words when they run back to a lead-in
    ("è", "my email is"), a stop or the start of the unit: whisper splits a glued name
    ("raffaele santoro 3 @ ...") and drops the "underscore"; otherwise `a`."""
    j = a
    while j > 0 and a - j < SPLIT_WORDS and toks[j - 1].kind == "word" and toks[j - 1].low not in STOP \
            and toks[j - 1].low not in LEAD and toks[j - 1].low not in THANKS:
        j -= 1
    bounded = j == 0 or toks[j - 1].low in STOP or toks[j - 1].low in LEAD or toks[j - 1].low in THANKS \
        or toks[j - 1].kind in ("punct", "dot")  # "my email is great thanks john at ...": not "great thanks"
    j = j if bounded and toks[a].kind == "word" else a
    # "se . cattane o @ ...": a part joined by a dot before the split words is the local part's opening
    # ("esse punto cattaneo")
    for _ in range(SPLIT_WORDS):
        if j >= 2 and _joined(toks[j - 1]) and toks[j - 2].kind in PART_KINDS and toks[j - 2].low not in STOP \
                and toks[j - 2].low not in LEAD and toks[j - 2].low not in THANKS:
            j -= 2
        else:
            break
    return j


CORRECTING = frozenset("no not non sorry scusi scusa anzi cioè pardon mean wait aspetti".split())
CORRECTED_MAX = 3  # tokens of the opening said before the correction


def _corrected_opening(toks: tuple[Tok, ...], a: int) -> int:
    """ "leah underscore, no sorry, full stop stewart at ...": the opening the caller took back is
    said, so it goes too - back over the correcting words to the piece before them, a word
    before an underscore or a dash included even if it is a stop word (whisper's "the _")."""
    saw = a < len(toks) and toks[a].low in CORRECTING  # the local part may open with them: "no sorry . stew @"
    j = a
    while j > 0 and (toks[j - 1].low in CORRECTING or toks[j - 1].kind == "punct"
                     or _joined(toks[j - 1]) and toks[j - 1].kind != "dot"):
        saw = saw or toks[j - 1].low in CORRECTING
        j -= 1
    if not saw:
        return a
    m = j
    while m > 0 and j - m < CORRECTED_MAX and toks[m - 1].kind in PART_KINDS \
            and (toks[m - 1].low not in STOP or _joined(toks[m])):
        m -= 1
    return m if m < j else a


def _corrected_end(toks: tuple[Tok, ...], b: int) -> int:
    """ "... punto com, no scusi, punto it": the ending said again after a correction is the address's."""
    j, saw = b + 1, False
    while j < len(toks) and (toks[j].low in CORRECTING or toks[j].kind == "punct"):
        saw = saw or toks[j].low in CORRECTING
        j += 1
    if not saw or j + 1 >= len(toks) or not (_joined(toks[j]) and toks[j + 1].kind in PART_KINDS):
        return b
    return _joined_on(toks, j + 1)


def _joined_on(toks: tuple[Tok, ...], end: int) -> int:
    """The last of the parts joined on after toks[end] ("rossi", ". it", "_ 88")."""
    while end + 2 < len(toks) and _joined(toks[end + 1]) and toks[end + 2].kind in PART_KINDS:
        end += 2
    return end


PROVIDER_ON = frozenset("su on in con with at".split())  # "è su gmail", "it's on gmail"


def _provider_first(toks: tuple[Tok, ...], a: int, b: int) -> bool:
    """The provider said before the name: nothing but "su" / "on" before it in the span."""
    p = next((i for i in range(a, b + 1) if _is_provider(toks[i])), None)
    return p is not None and all(t.low in PROVIDER_ON for t in toks[a:p])


LOCAL_AFTER = 8  # tokens from a provider said first to the name it names ("è su gmail, il nome è mario punto rossi")


def _local_after(toks: tuple[Tok, ...], b: int) -> int:
    """The mailbox's name said after its provider: the first joined pair ("mario punto rossi") within a
    few tokens, and the parts joined to it; else b."""
    for j in range(b + 1, min(len(toks) - 2, b + LOCAL_AFTER)):
        if toks[j].low in THANKS or toks[j].text == "?":
            break
        if toks[j].kind in PART_KINDS and _joined(toks[j + 1]) and toks[j + 2].kind in PART_KINDS:
            return _joined_on(toks, j + 2)
    return b


def domain_end(toks: tuple[Tok, ...], at: int) -> int:
    """Last token of the domain: a part, then (joiner part)* ."""
    j = at + 1
    if j >= len(toks) or toks[j].kind not in PART_KINDS:
        return at
    if j + 3 < len(toks) and toks[j + 1].kind == "word" and _joined(toks[j + 2]) and toks[j + 3].kind in PART_KINDS:
        j += 1  # a provider whisper split in two ("@ che mai . di": gmail.it)
    while j + 2 < len(toks) + 0 and j + 2 - at <= MAX_DOMAIN and _joined(toks[j + 1]) and toks[j + 2].kind in PART_KINDS:
        j += 2
    return j


def _is_provider(t: Tok) -> bool:
    return t.kind == "word" and (t.low in PROVIDERS or any(p in t.low for p in PROVIDERS if len(p) >= 5))


def _anchored(toks: tuple[Tok, ...]) -> list[tuple[int, int]]:
    """(first, last) token spans of e-mails found by their domain when no "@" survived."""
    out = []
    for k, t in enumerate(toks):
        tld = t.low in LONE_TLDS or t.low in TLDS and k > 0 and toks[k - 1].kind == "dot"
        if not (_is_provider(t) or tld) or any(x.low in WEB for x in toks):
            continue
        end = k
        while end + 1 < len(toks) and (toks[end + 1].low in LONE_TLDS or end + 2 < len(toks)
                                        and toks[end + 1].kind == "dot" and toks[end + 2].low in TLDS):
            end += 1 if toks[end + 1].low in LONE_TLDS else 2
        start, words = k, 0
        for i in range(k - 1, -1, -1):  # a spelled local part ("A - N - N - A 7") counts as one word
            if toks[i].low in LEAD and toks[i].kind == "word" or toks[i].text == "?" or words >= MAX_BACK:
                break
            words += toks[i].kind == "word" or toks[i].kind in ("digits", "letters") and not _spelled(toks, i)
            start = i
        if start < k or end > k:
            out.append((start, end))
    return out


def _spelled(toks: tuple[Tok, ...], i: int) -> bool:
    """A character of a spelled run: a letter or digit beside another, or a dash between them."""
    near = [toks[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(toks)]
    return toks[i].text == "-" or any(t.kind in ("letters", "digits") for t in near)


def _spelled_local(toks: tuple[Tok, ...], a: int, b: int) -> bool:
    """The address opens with a spelled local part: at least 3 letters or digits one by one."""
    return sum(1 for t in toks[a:b + 1] if t.kind in ("letters", "digits") and len(t.text) <= 2) >= 3


def _asked_for_email(view, line_index: int) -> bool:
    for li in (line_index - 1, line_index):
        if li >= 0 and find_cue(list(view.lines[li].tokens), ENTITY_CUES["EMAIL_ADDRESS"]):
            return True
    return False


def _asked_for_code(view, line_index: int) -> bool:
    """The unit before asked for a code ("and your fiscal code, please"): letters spelled after it are
    that code, a misheard word with a dot after them ("... T R R T Prate . net") makes no mailbox."""
    hit = best_cue(list(view.lines[line_index - 1].tokens)) if line_index > 0 else None
    return hit is not None and hit[1] in LETTERED


DOT_WORDS = frozenset({"appunto"})  # whisper's "a punto"
DOT_SPREAD = 9  # the dots of one address are this close (tokens; whisper splits "chiocciola" in three)


def _dotted(toks: tuple[Tok, ...]) -> tuple[int, int] | None:
    """'x punto y ... punto z' with no '@' left: two dots between words make an address."""
    dots = [k for k, t in enumerate(toks) if (t.kind == "dot" or t.low in DOT_WORDS) and 0 < k < len(toks) - 1]
    if len(dots) < 2 or any(x.low in WEB for x in toks):
        return None
    cluster = dots[:1]
    for k in dots[1:]:
        if k - cluster[-1] > DOT_SPREAD:
            break
        cluster.append(k)
    if len(cluster) < 2:
        return None
    dots = cluster
    start, end = dots[0] - 1, dots[-1] + 1
    while start > 0 and dots[0] - start < 2 and toks[start - 1].low not in LEAD and toks[start - 1].kind == "word":
        start -= 1
    if toks[dots[0] - 1].kind == "digits" and toks[end].kind == "digits":
        return None  # "12.50 ... 3.20": prices
    return start, end


def _char(t: Tok) -> bool:
    return len(t.text) == 1 and t.kind in ("letters", "digits", "word")


def _letter(t: Tok) -> bool:
    return _char(t) and t.text.isalpha()


SPELT_MIN = 4  # characters one by one: a name spelled, not "a e i" in a sentence
SPELT_TAIL = 6
SPELT_STOP = frozenset("""tutto tutta tutte attaccato minuscolo minuscole maiuscolo lowercase all grazie thanks
    perfetto ok okay va bene right""".split())


def _spelt_dotted(view, li: int) -> tuple[Tok, Tok] | None:
    """ "A N D O N E L L A . D E S ...": a name spelled letter by letter with a dot among the
    letters is a mailbox whatever whisper made of its "@" ("chioccio ma il punto di"); a dot
    that ends the unit goes on in the speaker's next unit ("F - E - T - A ." / "E A N E ...")."""
    toks = list(view.lines[li].tokens)
    nxt = view.own_next(li)
    if nxt is not None and toks and toks[-1].kind == "dot":
        toks += list(nxt.tokens)
    i = 0
    while i < len(toks):
        if not _char(toks[i]):
            i += 1
            continue
        j, chars, dotted = i, 0, False
        while j < len(toks) and (_char(toks[j]) or toks[j].text in ("-", ",") or toks[j].kind == "dot"):
            chars += _char(toks[j])
            dotted |= toks[j].kind == "dot" and chars >= 2 and _letter(toks[j - 1]) and (
                j + 1 == len(toks) or _letter(toks[j + 1]))  # "A . D", not a code's "2 . 4"
            j += 1
        last = j - 1
        while last > i and not _char(toks[last]) and toks[last].kind != "dot":
            last -= 1
        letters = sum(_char(t) and t.text.isalpha() for t in toks[i:j])
        if chars >= SPELT_MIN and dotted and letters >= SPELT_MIN - 1:  # not "5 . 0 . 5 . 6": digits read back
            k = last + 1  # the rest of the address, as far as whisper wrote it
            while k < len(toks) and k - last <= SPELT_TAIL and toks[k].low not in SPELT_STOP and toks[k].text != "?" \
                    and toks[k].line == toks[last].line:
                k += 1
            end = toks[k - 1] if k - 1 > last and toks[k - 1].line == toks[last].line else toks[last]
            return toks[i], end
        i = j
    return None


def _local_before(view, li: int) -> Tok | None:
    """A unit that opens with the "@" ("@ sky . com"): whisper put the local part at the end of
    the speaker's unit before ("yes it's Nathan Quinn")."""
    if li == 0 or view.lines[li - 1].speaker != view.lines[li].speaker or not view.lines[li - 1].tokens:
        return None
    prev = view.lines[li - 1].tokens
    at = view.lines[li].tokens[0]
    a = _local_start(prev + (at,), len(prev))
    return prev[a] if a < len(prev) else None


class SpokenEmailRecognizer(SpeechRecognizer):
    entities = ("EMAIL_ADDRESS",)
    recognizer_name = NAME

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        out = []
        view = view_of(text)
        for li, line in enumerate(view.lines):
            toks = line.tokens
            for k, t in enumerate(toks):
                if t.kind != "at":
                    continue
                a, b = _local_start(toks, k), _corrected_end(toks, domain_end(toks, k))
                a = _split_local(toks, a) if a < k else a
                a = _corrected_opening(toks, a)
                first = toks[a] if a < k or k > 0 else _local_before(view, li) or toks[a]
                if first is not toks[k] or b > k:
                    dotted = any(x.kind == "dot" for x in toks[k:b + 1])
                    out.append(result("EMAIL_ADDRESS", first.start, toks[b].end, 0.9 if dotted else 0.6, NAME, "@"))
            spelt = _spelt_dotted(view, li)
            if spelt:
                out.append(result("EMAIL_ADDRESS", spelt[0].start, spelt[1].end, 0.7, NAME, "spelt with a dot"))
            if not any(t.kind == "at" for t in toks):
                dotted = _dotted(toks)
                if dotted:
                    out.append(result("EMAIL_ADDRESS", toks[dotted[0]].start, toks[dotted[1]].end, 0.7, NAME, "dots"))
                for a, b in _anchored(toks):
                    provider = any(_is_provider(t) for t in toks[a:b + 1])
                    dotted_tld = any(t.kind == "dot" for t in toks[a:b + 1])
                    spelt = dotted_tld and _spelled_local(toks, a, b) and not _asked_for_code(view, li)
                    if provider or _asked_for_email(view, li) or spelt:
                        b = _corrected_end(toks, b)
                        b = _local_after(toks, b) if _provider_first(toks, a, b) else b
                        out.append(result("EMAIL_ADDRESS", toks[a].start, toks[b].end, 0.8, NAME, "mail domain"))
        return out
