"""A value dictated in pieces: groups of characters one speaker gives one after another,
with only the other party's "sì", "go on", "perfetto, poi?" between them, are one value.

The recognizers judge each run of characters on its own: "8, 27, 26" alone is too short to
be anything, and the question before it may be lost to whisper ("mi detti le cordiate
manchali"). Joined to the pieces beside it, it is the head of a 22-character code. This pass
runs after the recognizers, over all their results: a chain takes the kind of the piece a
recognizer already named, or of the unfinished value just before it; pieces nobody named count
only three or more, with going-on words between them, and take the kind their joined characters
and cues give. The unnamed pieces are reported with that kind, at a score any other finding
outweighs.

So is the end of a value said again to check it ("so it ends in 3 3 4 4?"): it takes the kind
of the value given last if it is like that value's end, else it is an ID number.
"""
from __future__ import annotations

from difflib import SequenceMatcher

from presidio_analyzer import RecognizerResult

from .answers import FULL_LENGTH
from .cues import CLOSERS, NONPII_AFTER, NONPII_BEFORE, NUMERIC, best_cue
from .spoken_number import CURRENCY, SpokenNumberRecognizer, is_nonpii, runs
from .view import Tok, View, phrase_at, phrases, result, view_of

NAME = "ChainedPiecesRecognizer"
SCORE = 0.45  # above the default threshold (0.35), below any recognizer's own finding
LONG_SCORE = 0.65  # pieces too long together for the kind one piece's shape gave: above a shape's guess (0.6)
LONG_SLACK = 3  # characters more than a whole value of the kind: whisper's slips, a country code
GAP_WORDS = 5  # "perfetto, poi?", "right, and then", "ok, go on": what may stand between two pieces
GAP_LINES = 3  # units
SPELLED_LETTERS = 4  # letters spelled one by one ("C S T M S L"): the letters of a code
CHAIN_CHARS = 8  # shorter than this, pieces are a date, an hour, a price as well as a code
# a price or an hour; the parts of an address ("74 barra C, interno 3")
NOT_BETWEEN = NONPII_AFTER | NONPII_BEFORE | CURRENCY | frozenset("""interno scala piano civico barra bis cap flat
    apartment floor suite unit postcode""".split())
MISHEARD = 2  # words between two pieces that are neither going on nor anything else: number words whisper bent
OWN_UNITS_BACK = 2
# what the other party says to have the next piece, and the speaker's own "e poi", "and then"
GO_ON = frozenset("""sì si ok okay va bene perfetto benissimo ottimo certo esatto giusto poi e dopo ancora avanti vada
    prosegua prosegue continui continua pure ci sono segno segnato ecco allora quindi mhm mh ah eh uhm ehm
    yes yeah yep yup right alright all got it and then next go on carry sure great perfect fine uh huh so
    no anzi scusi sorry""".split())  # and a correction between two pieces
# "so it ends in 3 3 4 4", "la carta che termina con 9 3 9 8": the last characters of a value given before
ENDS = phrases("ends in", "ended in", "ending in", "ends with", "ending with", "end in", "ending", "finishing",
               "finishes with", "finishes in", "finisce con", "finisce in", "finisce per", "termina con", "termina in",
               "terminante in", "che termina", "che finisce", "il finale", "la parte finale", "ultime cifre",
               "last digits", "last few digits", "last bit", "last part", "last four", "ultima parte", "ultime quattro")
ENDS_CONFIRM = frozenset("""is è e was did didn't does doesn't has non that's giusto corretto corretta correct right
    vero esatto yes yeah sì si ok okay now adesso ora""".split())  # "the number ending 580, is that right?"
# after the value's own noun, two characters or a year will do: "the card ending 48", "the card ending 1982"
ENDS_OF = frozenset("""number numero card carta phone telefono cellulare mobile fisso landline iban conto account
    codice code""".split())
ENDS_RIGHT_BEFORE = frozenset("finale finali".split())  # alone, right before the characters only ("rata finale di 1250")
ENDS_REACH = 12  # units back to the value whose end it is
ENDS_AHEAD = 3  # tokens from the phrase to the characters
ENDS_ALIKE = 0.75  # like the value's end, whisper's slips aside
ENDS_NAMED = 12  # tokens before the characters that may name their kind
ENDS_GAP_WORDS = 8  # between a value and its end said again: "e", "finisce con", whisper's slips
UNNAMED_PIECES, UNNAMED_CHARS, UNNAMED_MISHEARD = 3, 10, 1


def _chars(run: list[Tok]) -> str:
    return "".join(t.text for t in run)


def _joins(view: View, a: list[Tok], b: list[Tok], misheard: int = MISHEARD) -> bool:
    """Run `b` goes on from run `a`: the same speaker, a few units on, nothing between but a few
    words of going on ("sì, prosegua", "right, and then") and at most `misheard` other ones, none
    of them a price or hour word or a cue of a kind of data."""
    la, lb = view.lines[a[-1].line], view.lines[b[0].line]
    if la.speaker != lb.speaker or b[0].line - a[-1].line > GAP_LINES:
        return False
    gap = [t for t in view.tokens[a[-1].index + 1:b[0].index] if t.kind != "punct"]
    own = [t for t in gap if view.lines[t.line].speaker == la.speaker] if la.speaker != "mixed" else []
    if len(gap) > GAP_WORDS + (0 if la.speaker == "mixed" else 2) or len(own) > GAP_WORDS - 2:
        return False
    if any(t.low in NOT_BETWEEN or t.kind in ("at", "dot") for t in gap) or best_cue(gap, fuzzy=False):
        return False  # a price, an hour, an address's parts, another kind of data
    # "23 bigs, 2", "700 metà mette, 931": number words whisper bent; a lone digit is a piece too; one more
    # within a unit ("M D L E D N D D 4, prosperous, non è F 8 4 5 D E")
    same_unit = a[-1].line == b[0].line and misheard == MISHEARD
    return sum(t.low.strip("'") not in GO_ON and t.kind != "digits" for t in gap) <= misheard + same_unit


def _piece(view: View, run: list[Tok]) -> bool:
    """Digits, or letters spelled one by one, not before a price's or an hour's word; a lone digit only
    where no word follows it ("6, no, anzi 6 8"; not "2 modem")."""
    then = _then(view, run)
    if is_nonpii(view, run) or run[-1].low in CLOSERS or then in NOT_BETWEEN:
        return False  # also "a 100 and 68 pounds": whisper's letter made it no price to is_nonpii
    if len(run) >= SPELLED_LETTERS:
        return True
    if not any(t.kind == "digits" for t in run):
        return False
    return len(_chars(run)) > 1 or then in ("", "go on")


def _chains(view: View, all_runs: list[list[Tok]]) -> list[list[list[Tok]]]:
    pieces = [r for r in all_runs if _piece(view, r)]
    out: list[list[list[Tok]]] = []
    for run in pieces:
        if out and _joins(view, out[-1][-1], run):
            out[-1].append(run)
        else:
            out.append([run])
    return [c for c in out if len(c) >= 2 and sum(len(_chars(r)) for r in c) >= CHAIN_CHARS
            and any(t.kind == "digits" for r in c for t in r)]


def _overlaps(run: list[Tok], r: RecognizerResult) -> bool:
    return r.start < run[-1].end and run[0].start < r.end


def _value_chars(text: str, r: RecognizerResult) -> str:
    return "".join(c for c in text[r.start:r.end] if c.isalnum() and (c.isdigit() or c.isupper()))


def _named_before(view: View, chain: list[list[Tok]], found: list[RecognizerResult]) -> list[RecognizerResult]:
    """Numeric findings the chain goes on: ending in the speaker's unit of the chain or their two units
    before it, not yet whole, no question since ("i come Imola, ti come Torino" named an IBAN; "1 359,
    5048, 498" follows, "poi?" between; not "il numero d'ordine è 4 5 6 7 8 9" - "e le coordinate?" - "8 27 26")."""
    first = chain[0][0]
    speaker = view.lines[first.line].speaker
    own = [i for i in range(first.line, max(-1, first.line - 2 * GAP_LINES), -1) if view.lines[i].speaker == speaker]
    lines = set(own[:OWN_UNITS_BACK + 1])
    ends = {t.end: li for li in lines for t in view.lines[li].tokens}
    return [r for r in found if r.entity_type in NUMERIC and ends.get(r.end) in lines
            and len(_value_chars(view.text, r)) < FULL_LENGTH.get(r.entity_type, 99)
            and not _asked_between(view, r.end, first)]


def _asked_between(view: View, start: int, first: Tok) -> bool:
    """A question for something between a value and the chain ("e le coordinate?"), not "e poi?"."""
    between = [t for t in view.tokens[:first.index] if t.start >= start]
    units = {t.line for t in between}
    return any(any(t.text == "?" for t in view.lines[li].tokens)
               and (best_cue(list(view.lines[li].tokens), fuzzy=False) or len(view.lines[li].tokens) > GAP_WORDS)
               for li in units)


def _kind(named: list[RecognizerResult]) -> str:
    """The kind a recognizer gave: one that names it (an IBAN asked for) before an ID number told by shape."""
    return max(named, key=lambda r: (r.entity_type != "ID_NUMBER", r.score)).entity_type


def _too_long_for_its_shape(text: str, chain: list[list[Tok]], named: list[RecognizerResult], kind: str) -> bool:
    """Pieces whose kind only a piece's shape gave, that piece short of a whole value of it, together far
    longer than one (not two whole phones said one after the other)."""
    shaped = [r for r in named if r.entity_type == kind]
    return bool(shaped) and kind in FULL_LENGTH and all(r.recognition_metadata.get("cue") == "shape" for r in shaped) \
        and any(len(_value_chars(text, r)) < FULL_LENGTH[kind] for r in shaped) \
        and sum(len(_chars(run)) for run in chain) > FULL_LENGTH[kind] + LONG_SLACK


def _then(view: View, run: list[Tok]) -> str:
    """What follows a run in its unit: "" (nothing, or more characters), "go on" (sì, ok, poi), or the word."""
    nxt = next((t for t in view.after(run[-1]) if t.kind != "punct"), None)
    if nxt is None or nxt.kind in ("digits", "letters"):
        return ""
    return "go on" if nxt.low.strip("'") in GO_ON else nxt.low


def _year(run: list[Tok]) -> bool:
    return len(run) == 1 and len(run[0].text) == 4 and run[0].text[:2] in ("19", "20")


def _unnamed(view: View, chain: list[list[Tok]], language: str) -> list[RecognizerResult]:
    """Pieces no recognizer named: only three or more, with nothing but going-on words and at most one
    misheard word between two of them ("9686, right, and men, 8M96"), no year among them, and a kind
    their joined characters or a cue give ("151 94, sì, 22 02, ci sono, 158 68"; not "1500 employees,
    yes, and 3000 customers", "in 2018, then 2020 and again 2022")."""
    out, strict = [], [[chain[0]]]
    for a, b in zip(chain, chain[1:]):
        # the misheard word is a number word whisper bent before the next piece, not a noun right after
        # this one ("1500 users, yes, and 3000 licences")
        if _joins(view, a, b, misheard=UNNAMED_MISHEARD) and _then(view, a) in ("", "go on"):
            strict[-1].append(b)
        else:
            strict.append([b])
    for part in strict:
        if len(part) < UNNAMED_PIECES or sum(len(_chars(r)) for r in part) < UNNAMED_CHARS or any(map(_year, part)):
            continue
        flat = [t for run in part for t in run]
        guess = SpokenNumberRecognizer.classify(view, flat, _chars(flat), language)
        if guess:
            out += [result(guess[0], run[0].start, run[-1].end, SCORE, NAME, "dictated in pieces") for run in part]
    return out


def chained_pieces(text: str, found: list[RecognizerResult], language: str = "it") -> list[RecognizerResult]:
    """Findings for the pieces of a chain that no recognizer reported, and for the end of a value said again."""
    view = view_of(text)
    all_runs = runs(view)
    out = _ends(view, all_runs, found)
    todo = _chains(view, all_runs)
    while todo:
        chain = todo.pop(0)
        named = [r for r in found for run in chain if _overlaps(run, r)]
        if any(r.entity_type not in NUMERIC for r in named):
            continue  # a date, an address, an e-mail given in parts: their recognizers know their shape
        before = [] if named else _named_before(view, chain, found)
        if not named and not before:
            out += _unnamed(view, chain, language)
            continue
        kind = _kind(named or before)
        if _too_long_for_its_shape(text, chain, named, kind):
            # "1 2 3 6 9 5 0 2 6 6 2" - "sì" - "5 1 4 0" - "ok" - "0 2 5 6 3 9 3 5 1": the last piece has a landline's
            # shape, the whole is no phone; an ID number over each piece, above a shape's guess
            out += [result("ID_NUMBER", run[0].start, run[-1].end, LONG_SCORE, NAME, "dictated in pieces")
                    for run in chain]
            continue
        said = sum(len(_value_chars(text, r)) for r in before)
        for n, run in enumerate(chain):
            if said >= FULL_LENGTH.get(kind, said + 1):
                if 0 < n < len(chain) - 1:  # "333 1234567" - "perfetto, e poi?" - "741 88" - "sì" - "269 33" ...
                    todo.insert(0, chain[n:])  # the value was whole: what follows is another
                break
            if not any(_overlaps(run, r) for r in named):
                out.append(result(kind, run[0].start, run[-1].end, SCORE, NAME, "dictated in pieces"))
            said += len(_chars(run))
    return out


def _ends(view: View, all_runs: list[list[Tok]], found: list[RecognizerResult]) -> list[RecognizerResult]:
    """ "Just to check, it ends in 3 3 4 4?": the end of a value given before, of its kind if it is like
    that value's end, else an ID number (whisper may have lost the value), when no recognizer named it
    and no word follows it ("the episode ends with 300 people")."""
    out = []
    for run in all_runs:
        before = view.before(run[0], ENDS_AHEAD + 2)
        at = next((i for i in range(len(before)) if phrase_at(before[i:], 0, ENDS)), None)
        if at is None and before and before[-1].low in ENDS_RIGHT_BEFORE:
            at = len(before) - 1  # "perfetto, finale 59 57, giusto?" (whisper lost the "il")
        if at is None:
            continue
        of_value = any(t.low in ENDS_OF for t in view.before(before[at], 3))
        then = _then(view, run)
        if len(_chars(run)) < (2 if of_value else 3) or is_nonpii(view, run) or _year(run) and not of_value \
                or then not in ("", "go on") and then not in ENDS_CONFIRM \
                or any(_overlaps(run, r) for r in found):
            continue  # not "the episode ends with 300 people"
        back = view.lines[max(0, run[0].line - ENDS_REACH)].tokens[:1]
        since = back[0].start if back else 0
        given = [r for r in found if r.entity_type in NUMERIC and since <= r.end <= run[0].start]
        last = max(given, key=lambda r: r.end) if given else None
        end = _value_chars(view.text, last)[-len(_chars(run)):] if last else ""
        alike = bool(end) and SequenceMatcher(None, _chars(run), end).ratio() >= ENDS_ALIKE
        kind = last.entity_type if alike else _named_end(view.before(run[0], ENDS_NAMED)) or \
            (last.entity_type if last and _just_given(view, last, before[0]) else "ID_NUMBER")
        out.append(result(kind, run[0].start, run[-1].end, SCORE, NAME, "its end said again"))
    return out


def _named_end(lead: list[Tok]) -> str | None:
    """The kind the words before an end said again name ("la carta che termina con", "the mobile ending",
    "you'll pay with the same one, ends in"), whisper's slips in the characters aside; "the number
    ending" names none."""
    cue = best_cue(lead, fuzzy=False)
    return cue[1] if cue and cue[1] in NUMERIC - {"ID_NUMBER"} else None


def _just_given(view: View, last: RecognizerResult, lead: Tok) -> bool:
    """The value whose end is said again (from `lead`, the words that say so) was given right before: a
    few words between, or only the other party's ("una segnalazione, la TT 509 4251, ma non è venuto
    nessuno" - "finisce con 4201?"). Whisper slipped on the end; it lost no value between."""
    between = [t for t in view.tokens if last.end <= t.start and t.end <= lead.start and t.kind != "punct"]
    speaker = view.line_of(lead).speaker
    return len(between) <= ENDS_GAP_WORDS or speaker != "mixed" and all(
        view.line_of(t).speaker != speaker for t in between)
