"""Postal addresses: a street type ("via", "corso", "piazza"; "street", "road") with its
name, house number, postcode and town; or what follows "abito in", "I live at"."""
from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from .cues import CLOSERS, LEAD_IN, NONPII_AFTER, PRICE_WORDS, PRODUCT_CUES
from .view import SpeechRecognizer, Tok, near, phrase_at, phrases, result, view_of

NAME = "AddressRecognizer"
STREET_IT = frozenset("""via viale corso piazza piazzale largo vicolo strada contrada lungomare borgo località
    frazione circonvallazione galleria salita vico""".split())
STREET_EN = frozenset("""street st road rd avenue ave lane ln drive dr way close court ct place pl boulevard blvd
    crescent terrace square gardens grove row hill park mews""".split())
# whisper glues a street's name to its type ("pinecourt", "maplestreet"); only types no common word ends with
GLUED_TYPES = ("street", "road", "avenue", "drive", "court", "close", "grove", "crescent", "terrace", "mews", "gardens",
               "boulevard", "parkway")
LIVE_CUES = phrases("abito in", "abito a", "vivo in", "vivo a", "risiedo in", "residente in", "residente a",
                    "residenza è", "domicilio è", "indirizzo è",
                    "l'indirizzo è", "i live at", "i live on", "i live in", "address is", "my address is",
                    "live at", "ship it to", "deliver to", "spedire a", "spedite a")
CLAUSE_END = frozenset("""? ! quindi ma però poi so but then also anche perché because sono ho mi i'm i've
    i am quanto quando quale qual how what when which why""".split())  # a question after it, on a mono mix
# words no street or town is made of: the caller or the agent has moved on ("... Michaelmouth it costs 46
# dollars", "... Bergamo perfetto allora"); not "great", "fine", "at" ("12 Great North Road")
AFTER_ADDRESS = PRICE_WORDS | frozenset("""paid pagato dollars euro pounds
    grazie thanks thank perfetto perfect okay ok bye arrivederci""".split())
MAX_CLAUSE = 12
GLUE = frozenset("di del della dello dei degli delle d' de la le san santa santo the of , - / n numero civico cap".split())
MAX_TAIL = 9


def _tail(toks: list[Tok], j: int) -> int:
    """Last token of the address body starting at toks[j]: words, numbers, glue; stops at a verb-ish break."""
    last = j - 1
    k = j
    while k < len(toks) and k - j < MAX_TAIL:
        t = toks[k]
        if t.text in {"?", "."} or t.kind == "at":
            break
        if t.kind in ("digits", "letters") or t.low in GLUE or (t.kind == "word" and t.text[:1].isupper()):
            last = k
        elif t.kind == "word" and k == j:
            last = k  # the street name itself, even lowercase
        elif t.kind == "word" and k + 1 < len(toks) and toks[k + 1].kind == "letters":
            last = k  # a town whisper wrote lowercase before its postcode ("share field S 10 2 D N")
        elif t.kind != "punct":
            break
        k += 1
    return last


DWELL = ("abito", "abita", "abitiamo", "risiedo", "risiede", "domiciliato", "domiciliata", "residente")
PREPOSITIONS = frozenset("in a al alla nel nella at on in".split())
# after "abito" a word that does not start a place: "abito da solo", "abito insieme a ..."
NOT_A_PLACE = frozenset("""da con insieme qui qua lì li là solo sola soli sole ancora già non più ormai sempre
    spesso lontano vicino anche per""".split())  # "dove abita, per la fattura?"
ARTICLES = frozenset("un uno il l l' lo quest' questo quell' quello nell' dell' all' suo mio tuo".split())


def dwell_at(toks: list[Tok], i: int) -> int:
    """Where the address starts after "abito in" (whisper: "amito e in"), or -1. Whisper also
    glues the preposition to the street ("intorno" for "in corso", "invia" for "in via"), or
    drops it: after "abito" (not "residente", an adjective too) the next word starts the place."""
    verb = next((d for d in DWELL if toks[i].low == d or near(toks[i].low, d)), None)
    if verb is None:
        return -1
    for k in (i + 1, i + 2):
        if k < len(toks) and toks[k].low in PREPOSITIONS:
            return k + 1
        if k < len(toks) and len(toks[k].low) > 2:  # "amito e in": a slip, not a word, may come between
            break
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    noun = i > 0 and toks[i - 1].low in ARTICLES  # "un abito blu": a dress
    if nxt is not None and nxt.kind == "word" and nxt.low not in NOT_A_PLACE and verb in DWELL[:3] and not noun:
        return i + 1
    return -1


def _numbered(toks: list[Tok], j: int) -> int:
    """End of "<street name, up to 4 words> <number> [<town, up to 3 words>]", or -1: whisper
    mangles the names ("torso cicili a 39, o violita") but the house number survives."""
    for k in range(j, min(len(toks), j + 5)):
        if toks[k].kind == "digits":
            end = k
            for m in range(k + 1, min(len(toks), k + 4)):
                if toks[m].low in CLAUSE_END or toks[m].kind not in ("word", "digits", "letters"):
                    break
                end = m
            return end
        if toks[k].low in CLAUSE_END or toks[k].text == "?":
            return -1
    return -1


SPILL_MAX = 6
STAY = phrases("sto a", "sto in", "sto al", "sto alla", "sto nel", "sto nella", "stiamo a", "stiamo in",
               "i'm at", "we're at")
NOT_PLACE_NAME = CLOSERS | frozenset("sure yes no si sì ma but and e poi then so".split())


UNIT_WORDS = ("scala", "interno", "piano", "flat", "apartment", "apt", "unit", "suite", "floor")
UNIT_SKIP = 1  # a short word whisper put between ("... 67, ho scala ci")


def _unit_after(toks: list[Tok], end: int) -> int:
    """The address goes on over the staircase, flat or floor said after it ("..., Cuneo, scala C",
    "scalaci", "interno 7"): the unit word and the word after it."""
    k, skipped = end + 1, 0
    while k < len(toks) and (toks[k].kind == "punct" and toks[k].text != "?" or skipped < UNIT_SKIP
                             and toks[k].kind == "word" and len(toks[k].text) <= 3
                             and not toks[k].low.startswith(UNIT_WORDS)):
        skipped += toks[k].kind == "word"
        k += 1
    if k >= len(toks) or toks[k].kind != "word" or not toks[k].low.startswith(UNIT_WORDS):
        return end
    if len(toks[k].low) > max(len(u) for u in UNIT_WORDS if toks[k].low.startswith(u)):
        return k  # glued: "scalaci"
    return k + 1 if k + 1 < len(toks) and toks[k + 1].kind in ("word", "digits", "letters") \
        and len(toks[k + 1].text) <= 3 else k


def _spill(view, line_index: int, end_tok: Tok) -> Tok:
    """Whisper ends a sentence inside an address ("894 Perry Park. Matthewville."): a short
    next unit of the same speaker, only names, is the rest of it."""
    nxt = view.own_next(line_index) if end_tok is view.lines[line_index].tokens[-1] else None
    if nxt is None:
        return end_tok
    names = [t for t in nxt.tokens if t.kind != "punct"]
    placelike = all(t.kind in ("letters", "digits") or t.text[:1].isupper() and t.low not in NOT_PLACE_NAME
                    for t in names)  # "Glasgow P 12 8 QQ": a town and a postcode
    if 0 < len(names) <= SPILL_MAX and placelike and not names[0].kind == "digits":
        return names[-1]
    if end_tok.kind == "digits" and names and names[0].kind == "digits":
        # whisper cut the house number itself ("I live at 1000" / "7 gondola snack Michael miss break it
        # cost ..."): the street and town go on in the next unit, up to where the speaker moves on
        for k, t in enumerate(names[:SPILL_MAX]):
            if t.low in CLAUSE_END or t.low in AFTER_ADDRESS:
                return names[k - 1] if k else end_tok
        return names[min(len(names), SPILL_MAX) - 1]
    return end_tok


OWN_NEXT = 3  # units: on a stereo call the other side's words may come between


def _next_own(view, line_index: int) -> list[Tok]:
    """The tokens of the speaker's next unit: the next one on a mono mix, within a few on a stereo call."""
    nxt = view.own_next(line_index, 1 if view.lines[line_index].speaker == "mixed" else OWN_NEXT)
    return list(nxt.tokens) if nxt is not None else []


def _last(view, line_index: int, toks: list[Tok], end: int) -> Tok:
    """The address's last token: on over its staircase or flat, and into the speaker's next unit."""
    return _spill(view, line_index, toks[_unit_after(toks, end)])


def _town_before(toks: list[Tok], i: int) -> int:
    """ "Taranto, corso Sempione 160": the town said before the street (its index), else i."""
    prev = toks[i - 1] if i > 0 else None
    town = prev is not None and prev.kind == "word" and prev.text[:1].isupper() and prev.low not in LEAD_IN \
        and prev.low not in NOT_PLACE_NAME and not _street_it(prev.low) and dwell_at(toks, i - 1) < 0
    return i - 1 if town else i


NOT_STREET_SLIP = frozenset("vincolo vincoli vicoli corsa corsi larga largamente".split())  # words one slip off a type


def _street_it(low: str) -> str | None:
    """The Italian street type a word is, one slip away or glued to its "in" ("impiazza", "invia")."""
    hit = next((s for s in sorted(STREET_IT) if low == s or len(s) >= 5 and near(low, s)
                and low not in NOT_STREET_SLIP), None)
    glued = low[2:] if low[:2] in ("in", "im") else ""
    return hit or (glued if glued in STREET_IT else None)  # glued and bent is too far: "imporso" is no "in corso"


def _street_en(low: str) -> bool:
    return low in STREET_EN or any(low.endswith(t) and len(low) - len(t) >= 3 for t in GLUED_TYPES)


SQUARES = frozenset("piazza piazzale viale vicolo lungomare contrada località".split())  # not "nel corso della"
OF_THE = frozenset("del della dello dei degli delle".split())


def _named_square(toks: list[Tok], i: int) -> bool:
    """ "Piazza del duomo", "viale delle acacie": a square or avenue named with its article, whisper
    writing the name lowercase."""
    return toks[i].low in SQUARES and i + 2 < len(toks) and toks[i + 1].low in OF_THE and toks[i + 2].kind == "word"


CIVICO = "civico"  # "... Monte Grappa, civico 52, Brescia": the word before an Italian house number
PLACE_WORDS = 3  # words of the street before "civico", of the town after its number
BENT_NUMBER = 2  # words whisper made of a house number ("fettanta fei")
NOT_STREET = CLAUSE_END | NOT_PLACE_NAME | PREPOSITIONS | frozenset("""è era sto stiamo abito il la invece giusto
    sbagliato corretto""".split())


def _civico(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """(first, last) token of "<Street> civico <number> [, <town>]": whisper mangles the street's type
    and name ("Vi ammonte grappa") but "civico" and the number survive; a street has a name, so one of
    its words is capitalised ("il corriere ha sbagliato civico 12" names none)."""
    num = i + 1
    if num >= len(toks):
        return None
    first, words = i, 0
    for k in range(i - 1, -1, -1):
        if toks[k].text == ",":
            continue
        if toks[k].kind != "word" or toks[k].low in NOT_STREET or words == PLACE_WORDS:
            break
        first, words = k, words + 1
    typed = any(t.low in STREET_IT for t in toks[first:i])
    if not (typed or any(t.text[:1].isupper() for t in toks[first:i])):
        return None
    if toks[num].kind != "digits":
        # "corso semplione civico fettanta fei": the number's words as whisper bent them, after a street's type
        bent = [k for k in range(num, min(num + BENT_NUMBER, len(toks)))
                if toks[k].kind == "word" and toks[k].low not in NOT_STREET and toks[k].low not in AFTER_ADDRESS]
        if not typed or not bent or bent[0] != num:
            return None
        return first, bent[-1] if bent == list(range(num, bent[-1] + 1)) else num
    last, words = num, 0
    for k in range(num + 1, len(toks)):
        if toks[k].text == ",":
            continue
        if toks[k].kind not in ("word", "letters", "digits") or toks[k].low in NOT_STREET \
                or toks[k].low in AFTER_ADDRESS or words == PLACE_WORDS:
            break
        last, words = k, words + 1
    return first, last


US_STATES = frozenset("""alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
    mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont
    virginia washington wisconsin wyoming""".split())
US_STATES_2 = phrases("new york", "new jersey", "new mexico", "new hampshire", "north carolina", "north dakota",
                      "south carolina", "south dakota", "west virginia", "rhode island")
ZIP_REACH = 9  # tokens after the state: "Omaha, Nebraska, 6 8 1 0 2", "2008 - 01"
HOUSE_REACH = 10  # tokens before the state: "1348 Birchwood Lane, which would be in Omaha, Nebraska"


def _us_state(toks: list[Tok], i: int) -> int:
    """How many tokens from i name a US state (capitalised: "Georgia" is a name too, "maine" a word)."""
    two = phrase_at(toks, i, US_STATES_2)
    if two and toks[i].text[:1].isupper():
        return 2
    return 1 if toks[i].low in US_STATES and toks[i].text[:1].isupper() else 0


def _zip_after(toks: list[Tok], j: int) -> int:
    """Last token of the ZIP code said from toks[j] on (its digits, perhaps one by one, "-" between; another
    state whisper heard in its place), or -1 without 3 digits there."""
    last, digits = -1, 0
    for k in range(j, min(len(toks), j + ZIP_REACH)):
        if toks[k].kind == "digits":
            last, digits = k, digits + len(toks[k].text)
        elif not (toks[k].text in "-," or _us_state(toks, k) or toks[k].low == "zip") or digits >= 5:
            break
    return last if digits >= 3 else -1


def _us_address(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """(first, last) token of "<number> <street>, <town>, <State> <ZIP>" however whisper heard the street
    and town: a state followed by its ZIP code, back to the house number (else to the unit's start)."""
    n = _us_state(toks, i)
    last = _zip_after(toks, i + n) if n else -1
    if last < 0:
        return None
    first = max(0, i - HOUSE_REACH)
    for k in range(i - 1, first - 1, -1):
        if toks[k].text in ("?", ".") or toks[k].low in CLOSERS:
            first = k + 1
            break
    house = next((k for k in range(first, i) if toks[k].kind == "digits" and len(toks[k].text) <= 5), None)
    return (house if house is not None else first), last


NAMED_TYPES = STREET_EN - frozenset("park hill square gardens row way place".split())  # "Hyde Park": a place
CAPITAL_STREET_WORDS = 3  # capitalised words before a street type said without a number: "Rosemary Cottage, Partridge"


def _named_street_en(toks: list[Tok], i: int) -> int:
    """First token of "Partridge Close", "Rosemary Cottage, Partridge Close": an English street type
    capitalised after a capitalised name, no house number said; or -1."""
    if not (toks[i].text[:1].isupper() and toks[i].low in NAMED_TYPES and i > 0):
        return -1
    first, words = i, 0
    for k in range(i - 1, -1, -1):
        if toks[k].text == ",":
            continue
        if toks[k].kind != "word" or not toks[k].text[:1].isupper() or toks[k].low in NOT_PLACE_NAME \
                or toks[k].low in LEAD_IN or toks[k].text == "I" or words == CAPITAL_STREET_WORDS:
            break
        first, words = k, words + 1
    return first if words else -1


# a British postcode, however whisper split it: "SK2, 8GJ", "G L 5 2, 1 Z W", "C V for Victor 3 8 Y D"
UK_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
POSTCODE_GAPS = frozenset(", -".split())


def _uk_postcode(toks: list[Tok], i: int) -> int:
    """The last token of a run of letters and digits from toks[i] that spells exactly a British postcode
    (the run starts at i), else -1."""
    if i > 0 and toks[i - 1].kind in ("digits", "letters"):
        return -1
    chars, last, k = "", -1, i
    while k < len(toks) and (toks[k].kind in ("digits", "letters") or toks[k].text in POSTCODE_GAPS):
        if toks[k].kind in ("digits", "letters"):
            chars, last = chars + toks[k].text.upper(), k
        k += 1
    product = i > 0 and toks[i - 1].low in PRODUCT_CUES  # "model X 2 5 GB"
    return last if UK_POSTCODE.fullmatch(chars) and chars[-2:].lower() not in NONPII_AFTER and not product else -1


def _town_word_before(toks: list[Tok], i: int) -> int:
    """ "Stockport, SK2 8GJ", "stockpot, SK2": the town said just before a postcode (its index), else i."""
    k = i - 1
    while k >= 0 and toks[k].kind == "punct" and toks[k].text == ",":
        k -= 1
    town = k >= 0 and toks[k].kind == "word" and len(toks[k].low) >= 3 and toks[k].low not in LEAD_IN \
        and toks[k].low not in NOT_PLACE_NAME and toks[k].low not in CLAUSE_END and toks[k].low not in PREPOSITIONS
    return k if town else i


class AddressRecognizer(SpeechRecognizer):
    entities = ("ADDRESS",)
    recognizer_name = NAME

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        out = []
        view = view_of(text)
        for li, line in enumerate(view.lines):
            toks = list(line.tokens)
            i = 0
            while i < len(toks):
                t = toks[i]
                cue = phrase_at(toks, i, LIVE_CUES, fuzzy=True)
                # whisper may end the unit right after "abito": the place is the speaker's next unit
                ext = toks + _next_own(view, li) if i >= len(toks) - (len(cue) if cue else 1) else toks
                body = i + len(cue) if cue else dwell_at(ext, i)
                if body >= 0:
                    # after "abito in", "I live at", the clause is the address, however mangled
                    end = body - 1
                    for k in range(body, min(len(ext), body + MAX_CLAUSE)):
                        # not the place's first word ("abito mi a Dacoro": whisper's "in via"); whisper
                        # may drop the stop before the agent's "great, it costs 46 dollars"
                        if k > body and (ext[k].low in CLAUSE_END or ext[k].low in AFTER_ADDRESS) \
                                or ext[k].text == "?":
                            break
                        end = k
                    asks = end + 1 < len(ext) and ext[end + 1].text == "?" and not any(
                        x.kind == "digits" for x in ext[body:end + 1])  # "what address is the parcel going to?"
                    if end >= body and not asks:
                        out.append(result("ADDRESS", ext[body].start, _last(view, li, ext, end).end, 0.7, NAME,
                                          " ".join(cue) if cue else "abito"))
                        i = end + 1
                        continue
                stay = phrase_at(toks, i, STAY)
                if stay:
                    # "sto a Roma, strada delle Cascine 54", "I'm at 18 Pine Court": where the caller is,
                    # with a house number in it; not "sto in linea da 10 minuti"
                    end = _numbered(toks, i + len(stay))
                    number = next((k for k in range(i + len(stay), end + 1) if toks[k].kind == "digits"), None)
                    named = any(  # "sto a casa con 2 bambini", "I'm on 3 different tablets": no place named
                        x.kind == "word" and (x.text[:1].isupper() or _street_it(x.low) or _street_en(x.low))
                        for x in toks[i + len(stay):end + 1])
                    if end >= 0 and number is not None and named and not any(
                            x.low in NONPII_AFTER for x in toks[number + 1:number + 3]):
                        out.append(result("ADDRESS", toks[i + len(stay)].start, _last(view, li, toks, end).end,
                                          0.6, NAME, " ".join(stay)))
                        i = end + 1
                        continue
                if _street_it(t.low) and i + 1 < len(toks):
                    end = _numbered(toks, i + 1)
                    end = _tail(toks, i + 1) if end < 0 else end
                    square = _named_square(toks, i)
                    end = max(end, i + 2) if square else end  # "piazza del duomo"
                    has_number = any(x.kind == "digits" for x in toks[i + 1:end + 1])
                    if end > i and (has_number or toks[i + 1].text[:1].isupper() or square):
                        street = _street_it(t.low)
                        out.append(result("ADDRESS", toks[_town_before(toks, i)].start,
                                          _last(view, li, toks, end).end, 0.8 if has_number else 0.5, NAME, street))
                        i = end + 1
                        continue
                house = _civico(toks, i) if t.low == CIVICO else None
                if house:
                    out.append(result("ADDRESS", toks[house[0]].start, _last(view, li, toks, house[1]).end, 0.75,
                                      NAME, "civico"))
                    i = house[1] + 1
                    continue
                us = _us_address(toks, i) if t.kind == "word" else None
                if us:
                    out.append(result("ADDRESS", toks[us[0]].start, toks[us[1]].end, 0.7, NAME, "state"))
                    i = us[1] + 1
                    continue
                named = _named_street_en(toks, i) if t.kind == "word" else -1
                if named >= 0:
                    nxt = toks[i + 1] if i + 1 < len(toks) else None
                    on = nxt is not None and (nxt.kind in ("digits", "letters") or nxt.text[:1].isupper())
                    end = max(i, _tail(toks, i + 1)) if on else i  # "..., Belfast, BT9 6AA"
                    out.append(result("ADDRESS", toks[named].start, _last(view, li, toks, end).end, 0.6, NAME,
                                      t.low))
                    i = end + 1
                    continue
                # (in English calls: in an Italian one "F 8 4 5 D E" ends a fiscal code)
                post = _uk_postcode(toks, i) if t.kind == "letters" and self.supported_language == "en" else -1
                if post >= 0:
                    out.append(result("ADDRESS", toks[_town_word_before(toks, i)].start, toks[post].end, 0.7, NAME,
                                      "postcode"))
                    i = post + 1
                    continue
                if t.kind == "digits" and len(t.text) <= 4:
                    # English order: 221 Baker Street, London
                    k, words = i + 1, 0
                    while k < len(toks) and words < 4 and (toks[k].kind == "word" and not _street_en(toks[k].low)
                                                         or toks[k].text == "-"):  # whisper's "146 -small -moral road"
                        words += toks[k].kind == "word"
                        k += 1
                    if k < len(toks) and _street_en(toks[k].low) and (k > i + 1 or toks[k].low not in STREET_EN):
                        end = max(k, _tail(toks, k + 1))
                        out.append(result("ADDRESS", t.start, _last(view, li, toks, end).end, 0.8, NAME, toks[k].low))
                        i = end + 1
                        continue
                i += 1
        return out
