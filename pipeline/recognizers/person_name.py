"""Person names without an Italian spaCy model: cue phrases ("mi chiamo", "sono",
"signora", "my name is", "this is") followed by name-like words. A name-like word is
capitalised by whisper or a known first name, and never a common word ("sono in
cura", "this is great"). English text also gets spaCy's PERSON entities through
Presidio's SpacyRecognizer."""
from __future__ import annotations

from functools import lru_cache

from presidio_analyzer import RecognizerResult

from .cues import CLOSERS, MONTHS, RELATIVES
from .view import SpeechRecognizer, Tok, phrase_at, phrases, result, view_of

NAME = "PersonNameRecognizer"
INTRO = phrases("mi chiamo", "il mio nome è", "mio nome è", "nome è", "sono io", "sono proprio io", "that's me",
                "it's me", "sono", "sono la", "sono il", "parla",
                "parlo con", "a nome di", "intestato a", "intestata a",
                "my name is", "name is", "this is", "i'm", "i am", "it's", "speaking with", "under the name",
                "in the name of", "name's",
                # "mi chiama Nadia Nuzzi": whisper's "mi chiamo"; "mia figlia si chiama Sara"
                "mi chiama", "si chiama", "i'm called", "goes by")
TITLE = phrases("signor", "signore", "signora", "signorina", "sig", "sig.ra", "dottor", "dottore", "dottoressa",
                "dott", "avvocato", "ingegner", "ingegnere", "professor", "professoressa",
                "mr", "mrs", "ms", "miss", "mister", "dr", "doctor", "sir", "madam",
                "mess")  # whisper's "miss" ("thanks for calling mess Donnelly")
GIVEN_NAMES = frozenset("may june april august jan".split())  # months that are given names too
NOT_NAME = frozenset("""il lo la i gli le un una uno di da in con su per tra fra e ed o a al alla che chi non
    mi ti si ci vi ne sì si no già ancora molto poco tanto qui qua lì là bene male nato nata stato stata
    contento contenta felice sicuro sicura io lei lui noi voi loro interessato interessata cliente
    qui disponibile spiacente d'accordo appena proprio solo così ora adesso in cura malato malata incinta
    the a an and or of to in on at for with from not no yes very so just here there calling sorry glad happy
    sure fine good great afraid interested ok okay pregnant being having going trying looking still also
    really actually that this it's is was are be been your my his her our their speaking
    lunedì martedì mercoledì giovedì venerdì sabato domenica monday tuesday wednesday thursday friday saturday
    sunday today tomorrow oggi domani ieri yesterday nome cognome name surname""".split()) | (MONTHS - GIVEN_NAMES)
MAX_NAME_WORDS = 3
# after these, whatever word follows is a name, capitalised or not ("mi chiamo hermano kitolini")
STRONG = frozenset({("mi", "chiamo"), ("il", "mio", "nome", "è"), ("mio", "nome", "è"), ("nome", "è"),
                    ("my", "name", "is"), ("name", "is"), ("name's",)})


# what follows "signora", "sir" besides a name: a greeting, a thanks, a word of the moment
# ("grazie signora, Arrivederci", "yes sir, Absolutely", "signora Esposito, buongiorno"; not "Benvenuti")
NOT_CALLED = CLOSERS | frozenset("""buongiorno buonasera salve buonanotte prego scusi scusa attimo benissimo ottimo
    certamente assolutamente esatto giusto capisco volentieri tranquilla tranquillo goodbye cheers lovely brilliant
    perfect absolutely certainly exactly right understood""".split())


@lru_cache(maxsize=1)
def _common_words() -> frozenset:
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.it.stop_words import STOP_WORDS as IT
    return frozenset(EN | IT | NOT_NAME | NOT_CALLED)


def _name_like(t: Tok) -> bool:
    return (t.kind == "word" and len(t.text) >= 2 and t.low not in _common_words()
            and (t.text.isalpha() or "'" in t.text))


POSSESSIVE = frozenset("mio mia my our nostro nostra suo sua his her".split())
RELATIVE_CUES = frozenset((r,) for r in RELATIVES)


def _relative(toks: list[Tok], i: int) -> tuple[str, ...] | None:
    """ "mio marito", "il mio compagno", "my wife": the name after it (capitalised) is the relative's."""
    return (toks[i].low,) if toks[i].low in RELATIVES and i > 0 and toks[i - 1].low in POSSESSIVE else None


class PersonNameRecognizer(SpeechRecognizer):
    entities = ("PERSON",)
    recognizer_name = NAME

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        out = []
        for line in view_of(text).lines:
            toks = list(line.tokens)
            i = 0
            while i < len(toks):
                cue = phrase_at(toks, i, TITLE) or phrase_at(toks, i, INTRO) or _relative(toks, i)
                if not cue:
                    i += 1
                    continue
                j = i + len(cue)
                names = []
                while j < len(toks) and len(names) < MAX_NAME_WORDS and _name_like(toks[j]):
                    names.append(toks[j])
                    j += 1
                if cue in RELATIVE_CUES:  # "mio marito Giulio ritira il pacco": the capitalised words only
                    names = names[:next((k for k, n in enumerate(names) if not n.text[:1].isupper()), len(names))]
                if names and (cue in STRONG or any(n.text[0].isupper() for n in names)):
                    out.append(result("PERSON", names[0].start, names[-1].end, 0.7, NAME, " ".join(cue)))
                i = max(j, i + 1)
        return out
