"""Health data (GDPR art. 9): illnesses, treatments, pregnancy, disability, from cue
lexicons in Italian and English. The span covers the clause that says it ("sono in cura
per una depressione", "I'm diabetic"), not only the keyword. Keywords of 7+ letters
also match one whisper slip away ("repressione" for "depressione")."""
from __future__ import annotations

import difflib

from presidio_analyzer import RecognizerResult

from .answers import answer_line
from .cues import RELATIVES
from .view import Line, SpeechRecognizer, Tok, View, near, phrase_at, phrases, result, view_of

NAME = "HealthRecognizer"
CONDITIONS = frozenset("""depressione depresso depressa diabete diabetico diabetica insulina infarto tumore cancro
    chemioterapia chemio radioterapia epilessia epilettico epilettica epilettiche asma incinta gravidanza gravida
    disabilità disabile
    invalidità invalido invalida handicap dialisi ansia attacchi panico psichiatra psicologo psicoterapia
    ipertensione cardiopatia malattia malato malata ricoverato ricoverata ricovero sclerosi alzheimer parkinson
    hiv aids epatite leucemia ictus trapianto autismo autistico cieco cieca sordo sorda carrozzina stampelle
    bipolare schizofrenia anoressia bulimia infertilità aborto pacemaker antidepressivi psicofarmaci terapia
    terapie chemioterapie fisioterapia riabilitazione artrite artrosi demenza operato operata covid
    surgery arthritis dementia
    depression depressed diabetes diabetic insulin cancer tumor tumour chemotherapy chemo radiotherapy epilepsy
    epileptic asthma pregnant pregnancy disability disabled invalidity handicap dialysis anxiety panic
    psychiatrist psychologist psychotherapy hypertension illness ill sick hospitalised hospitalized hospital
    sclerosis alzheimer's alzheimers parkinson's parkinsons hepatitis leukaemia leukemia stroke transplant autism
    autistic blind deaf wheelchair crutches bipolar schizophrenia anorexia bulimia infertility miscarriage
    antidepressants antidepressant antidepressivo allergia allergico allergica allergy allergic celiaco celiaca
    celiachia celiac coeliac medication steroids cortisone farmaci medicinali
    crohn crohn's crohns colite colitis lupus fibromialgia fibromyalgia ipovedente ipovedenti dislessia dislessico
    dyslexia dyslexic adhd ptsd ocd emicrania migraine migraines seizures convulsioni copd bpco emphysema enfisema
    angina osteoporosi osteoporosis ingessato ingessata fracture fractured hospice
    chemiotherapy radiotherapy physiotherapy rehab antibiotici antibiotics maternità maternity ivf
    fecondazione protesi prosthesis
    ossigeno ossigenoterapia respiratore maculopatia glaucoma cataratta retinopatia ipoacusia sordità
    paralisi paraplegico paraplegica tetraplegico tetraplegica amputato amputata amputazione stomia catetere
    deambulatore neoplasia linfoma melanoma metastasi emofilia talassemia anemia endometriosi menopausa
    asperger distrofia cardiopatico cardiopatica dializzato dializzata trapiantato trapiantata
    oxygen ventilator cataract cataracts deafness paraplegic quadriplegic amputee amputation prosthetic catheter
    stoma colostomy lymphoma metastatic haemophilia hemophilia anaemia endometriosis menopause caesarean asperger's
    aspergers dystrophy sla disorder disorders
    oncologia oncologico oncologica oncologo oncologa oncology oncologist physio physiotherapist fisioterapista
    radioterapista
    asmatico asmatica asmatici asthmatic coumadin cardioaspirina anticoagulanti anticoagulante anticoagulants
    inhaler inalatore housebound allettato allettata immunocompromised immunodepresso immunodepressa
    immunosuppressed apnoea apnea apnee cpap tiroide thyroid ernia hernia eparina heparin fibrosis fibrosi""".split())
CONDITION_PHRASES = phrases("attacco di cuore", "pressione alta", "pressione molto alta", "pressione troppo alta",
                            "heart attack", "heart condition", "high blood pressure", "memory clinic",
                            "cancer clinic", "fertility clinic", "memory problems", "problemi di memoria",
                            "blood pressure", "mental health", "sono in cura", "è in cura", "in cura per", "sotto cura", "in terapia",
                            "being treated",
                            "under treatment", "on medication", "prendo farmaci", "take medication",
                            "aspetto un bambino", "aspetto una bambina", "expecting a baby", "multiple sclerosis",
                            # senses, mobility, bones: what callers give as the reason for a request
                            "partially sighted", "partially cited", "visually impaired", "hard of hearing",
                            "hard on hearing", "hearing impaired", "hearing aid", "problemi di udito",
                            "problemi di vista", "problemi di cuore", "problemi cardiaci", "non vedente",
                            "non udente", "sedia a rotelle", "morbo di", "learning disability", "eating disorder",
                            "broken leg", "broken arm", "broken hip", "broken wrist", "hip replacement",
                            "knee replacement", "heart surgery", "pronto soccorso", "gamba rotta", "braccio rotto",
                            "panic attacks", "attacchi di panico", "difficoltà motorie", "mobility problems",
                            # aids and devices, and what they are for
                            "apparecchio acustico", "apparecchi acustici", "apparecchio per l' ossigeno",
                            "difficoltà di udito", "difficoltà a sentire", "parto cesareo", "taglio cesareo",
                            "paralysed from", "paralyzed from", "i'm paralysed", "i'm paralyzed",
                            "hearing aids", "sight loss", "registered blind", "macular degeneration",
                            "walking frame", "zimmer frame", "mobility scooter", "cerebral palsy", "down syndrome",
                            "down's syndrome", "sindrome di down", "cystic fibrosis", "fibrosi cistica",
                            "motor neurone disease", "muscular dystrophy", "kidney failure", "renal failure",
                            "heart failure", "insufficienza renale", "insufficienza respiratoria",
                            "terminally ill", "malato terminale", "sickle cell", "c section", "c - section",
                            "legge 104", "invalido civile", "invalidità civile",
                            # a birth just had: pregnancy's other end
                            "had a baby", "have a baby", "given birth", "gave birth", "newborn",
                            "ho partorito", "appena partorito", "ha partorito", "neonato", "neonata", "post partum",
                            "postpartum", "dopo il parto", "after the birth",
                            "blood thinners", "kidney stones", "calcoli renali", "intervento al cuore",
                            "intervento chirurgico", "heart operation", "beta blockers")
CLAUSE_LEAD = phrases("non ci", "sono", "soffro", "ho", "ha", "mi hanno", "ho avuto", "è", "sto", "prendo", "faccio",
                      "devo", "uso", "porto", "i use", "i wear",
                      "i'm", "i am", "i have", "i've", "i had", "i got", "he's", "she's", "i suffer", "suffer", "i was",
                      "i take", "i need", "my", "mia", "mio", "perché", "because", "con un", "con una", "with a")
BREAK = frozenset(", . ; : ? ! quindi so but ma però and e perciò therefore sometimes".split())
LOOKBACK, TAIL = 7, 4
AND = frozenset("e and".split())
AND_TAIL = 6  # words of the clause joined by "e"/"and"
# after "and", a new subject starts another clause ("... depression and some days are harder"), and so
# does what the call is about ("... il diabete e vorrei disdire il contratto")
NEW_SUBJECT = frozenset("""some the a an my his her their our your i we you they it this that these those there
    io noi voi lui lei loro il lo la gli le un una uno mio mia suo sua questo questa quello quella poi
    vorrei voglio volevo vorremmo chiedo chiamo want wants wanted would i'd i'm like need needs call calling
    ringing cancel disdire disdetta annullare""".split())


GLUED_ARTICLES = ("un", "una", "l", "la", "il", "lo", "a", "an", "my", "mio", "mia")


def names_condition(w: str) -> bool:
    """A condition word as it is, glued to its article ("unictus") or to a stray letter or two
    ("ralzheimer"), or a disease by its ending ("maculopatia")."""
    return w in CONDITIONS or any(w.startswith(a) and w[len(a):] in CONDITIONS and len(w) - len(a) >= 5
                                  for a in GLUED_ARTICLES) \
        or any(w.endswith(s) and len(w) > len(s) + 1 for s in DISEASE_SUFFIXES) \
        or any(w.endswith(s) and len(w) >= len(s) + 2 for s in DRUG_SUFFIXES) \
        or len(w) >= 9 and any(w[k:] in CONDITIONS and len(w) - k >= 7 for k in (1, 2))


MID_SLIP, MID_LIKE = 7, 0.82  # letters, difflib ratio
GLUED_LETTER = 6  # letters of a condition word with a stray letter before it
NOT_SLIPS = ("inform",)  # "la informa che ..." is no "linfoma"


def is_condition(word: str, *, joined: bool = False) -> bool:
    """A condition word, or one whisper slip away, or glued to its article ("unictus"); two words
    `joined` ("in cinta") only with the condition's own opening ("strada melle" is no "stampelle")."""
    w = word.lower().strip("'")  # "un 'invalidità"
    if names_condition(w):
        return True
    pool = [c for c in CONDITIONS if not joined or c[:3] == w[:3]]
    if len(w) >= 6 and any(near(w, c) for c in pool if len(c) >= 6):
        return True  # one letter off: "inparto", "perapia"
    if len(w) >= GLUED_LETTER and w[1:] in CONDITIONS:
        return True  # a stray letter glued on: "ho avuto un dictus" (d'ictus)
    if len(w) >= 9:
        close = [c for c in pool if abs(len(c) - len(w)) <= 2]
        return bool(difflib.get_close_matches(w, close, n=1, cutoff=0.8))
    if len(w) >= MID_SLIP and not w.startswith(NOT_SLIPS):  # "micrani" for emicrania, "migrants" for migraines
        close = [c for c in pool if abs(len(c) - len(w)) <= 2 and len(c) >= MID_SLIP]
        return bool(difflib.get_close_matches(w, close, n=1, cutoff=MID_LIKE))
    return False


# the endings of a medicine's name (warfarin, eparina, bisoprolol, ramipril, atorvastatina, metformin, eutirox)
DRUG_SUFFIXES = ("farin", "parin", "parina", "olol", "pril", "sartan", "statin", "statina", "formin", "formina",
                 "azepam", "oxetine", "oxetina", "prazole", "prazolo", "cillin", "cillina", "mycin", "micina",
                 "triptan", "tirox", "thyroxine", "tiroxina", "dipine", "dipina", "semide", "butamol", "butamolo")
# the endings of a disease's name: "cardiopatia", "neuropathy" (not "simpatia", "empathy")
DISEASE_SUFFIXES = ("opatia", "opatie", "opathy", "opathies")
SPLIT_SUFFIXES = frozenset("patia patie pathy".split())  # the ending as a word of its own

LONG_ALONE = 9  # a word this long one letter off a condition is it, lead-in or not ("in travidanza")


def _long_slip(w: str) -> bool:
    return len(w) >= LONG_ALONE and any(near(w, c) for c in CONDITIONS if len(c) >= LONG_ALONE)


HAS_LETTERS = frozenset(["ms"])  # initials that are a condition only after "has": not "MS" spelled in a code
HAS = frozenset("got has have had with ha ho".split())
NOT_HEALTH_AFTER = frozenset("of spot".split())  # "sick of waiting", "a blind spot"


def condition_at(toks: list[Tok], i: int) -> int:
    """How many tokens from i name a condition: a phrase, a word, or a word whisper split
    in two ("in cinta")."""
    ph = phrase_at(toks, i, CONDITION_PHRASES, fuzzy=True)  # "apparecchio acoustico"
    if ph:
        return len(ph)
    if _hearing_aid(toks, i):
        return 2
    if toks[i].kind == "letters" and (toks[i].low in CONDITIONS or toks[i].low in HAS_LETTERS and i > 0
                                      and toks[i - 1].low in HAS):
        return 1  # "HIV", "SLA", "ADHD", "my wife's got MS"
    if toks[i].kind != "word":
        return 0
    if _specialty_visit(toks, i):
        return 1
    if names_condition(toks[i].low.strip("'")) or is_condition(toks[i].text) and (_led(toks, i)
                                                                                 or _long_slip(toks[i].low)):
        return 0 if i + 1 < len(toks) and toks[i + 1].low in NOT_HEALTH_AFTER else 1
    joined = toks[i].low + toks[i + 1].low if i + 1 < len(toks) and toks[i + 1].kind == "word" else ""
    if joined and toks[i + 1].low in SPLIT_SUFFIXES and len(toks[i].low) >= 4:
        return 2  # "la macchuna patia": a disease's ending whisper split off its name
    if len(joined) >= 7 and joined in CONDITIONS or len(joined) >= 10 and is_condition(joined, joined=True) \
            and _led(toks, i):
        return 2  # "in cinta", "antime presivi"
    return _split_long(toks, i)


VISITS = frozenset("visita visite controllo controlli esame esami reparto ambulatorio day-hospital".split())
SPECIALTY_ENDINGS = ("ologico", "ologica", "ologici", "ologiche", "iatrico", "iatrica")
NOT_SPECIALTY = ("tecnolog", "ecolog", "cronolog", "tipolog", "metodolog")


def _specialty_visit(toks: list[Tok], i: int) -> bool:
    """ "il controllo oncologico", "una visita cardiologica": a medical specialty after a visit, by
    its ending, so that a bent one counts too ("controllo rompologico")."""
    w = toks[i].low
    return i > 0 and toks[i - 1].low in VISITS and w.endswith(SPECIALTY_ENDINGS) and not w.startswith(NOT_SPECIALTY)


def _hearing_aid(toks: list[Tok], i: int) -> bool:
    """ "l'apparecchio acustico" as whisper bends it ("la padecchio acustico", "famecchio acoustico"):
    the device's ending and an "acoustic" word."""
    return i + 1 < len(toks) and toks[i].low.endswith(("ecchio", "ecchi")) and \
        toks[i + 1].low.replace("cc", "c").replace("ou", "u").startswith("acustic")


SPLIT_MAX = 4  # tokens
SPLIT_LIKE = 0.8
_LONG_OPENINGS = frozenset(c[:3] for c in CONDITIONS if len(c) >= 9)


def _split_long(toks: list[Tok], i: int) -> int:
    """A long condition whisper broke into 3-4 bent words after a lead-in ("faccio la radio teva via",
    "sto facendo che mi otterà piada"): the words joined are like it, from its first three letters on."""
    if toks[i].kind != "word" or toks[i].low.replace("'", "")[:3] not in _LONG_OPENINGS or not _led(toks, i):
        return 0
    for n in range(3, SPLIT_MAX + 1):
        words = toks[i:i + n]
        if len(words) < n or any(t.kind != "word" for t in words):
            return 0
        joined = "".join(t.low.replace("'", "") for t in words)
        pool = [c for c in CONDITIONS if len(c) >= 9 and c[:3] == joined[:3] and abs(len(c) - len(joined)) <= 4]
        if len(joined) >= 10 and difflib.get_close_matches(joined, pool, n=1, cutoff=SPLIT_LIKE):
            return n
    return 0


def _led(toks: list[Tok], i: int) -> bool:
    """A word only close to a condition ("tomore") counts after a speaker's lead-in ("sono", "faccio",
    "I'm having"): "su quale conto per l'addebito", misheard "su 4 tomore la debito", tells nothing."""
    return any(phrase_at(toks, k, CLAUSE_LEAD) or toks[k].low.startswith(GLUED_LEAD)  # "soffronita" (soffro di)
               for k in range(max(0, i - LOOKBACK), i))


GLUED_LEAD = ("soffr", "suffer", "malat", "curo", "cura")


FILLERS = frozenset("sì si guardi allora beh ecco senta well yes yeah also oh so look".split())


def _clause_start(toks: list[Tok], i: int) -> int:
    """Go back from the keyword to where its clause starts: a lead-in ("sono in cura per",
    "I had a"), or the first word after a break or a filler ("sì, guardi, ..."); a clause about a
    relative starts with them ("la madre vive con me e ha l'Alzheimer")."""
    start, first = i, max(0, i - LOOKBACK)
    for k in range(i - 1, first - 1, -1):
        t = toks[k]
        if t.low in BREAK and t.low not in AND or t.kind == "punct" and t.text != "-" or t.low in FILLERS:
            if i - (k + 1) <= 4:
                return start if start < i else k + 1  # "non si preoccupi, porto l'apparecchio ..."
            first = k + 1
            break
        if phrase_at(toks, k, CLAUSE_LEAD):
            start = k
    rel = next((j for j in range(first, i) if toks[j].low in RELATIVES), None)
    return min(start, max(first, rel - 1)) if rel is not None else start


NOT_NAME = frozenset("who who's which that che chi is è was era has ha had aveva".split())
NAME_WORDS = 2


def _after_name(toks: list[Tok], a: int, i: int) -> int:
    """ "mia figlia Monica è autistica": a clause about a relative named in it starts after the name,
    a capitalised word or two (a purpose may keep names); "my daughter is autistic", "my mother
    terminally ill" keep their start."""
    rel = [k for k in range(a, i) if toks[k].low in RELATIVES]
    if not rel:
        return a
    k = rel[-1] + 1
    while k < i and k - rel[-1] <= NAME_WORDS and toks[k].kind == "word" and toks[k].text[:1].isupper() \
            and toks[k].low not in NOT_NAME and not phrase_at(toks, k, CLAUSE_LEAD):
        k += 1
    return k if k > rel[-1] + 1 else a


# a question for the caller's needs or circumstances: what the caller answers is, most of the time,
# a condition ("Any particular needs we should know about?" - "I'm registered blind")
NEEDS_QUESTION = phrases(
    "should know", "should be aware", "need to know", "needs to know", "ought to know", "to be aware",
    "particular needs", "special needs", "specific needs", "additional needs", "any needs", "access needs",
    "special requirements", "particular requirements", "additional requirements", "accessibility",
    "extra support", "extra help", "additional support", "additional help", "any support", "vulnerab*",
    "your circumstances", "any circumstances", "adjustments", "health",
    "dobbiamo sapere", "devo sapere", "dovremmo sapere", "deve sapere", "da sapere", "debba sapere",
    "esigenze particolari", "esigenza particolare", "esigenze speciali", "necessità particolari",
    "bisogni particolari", "attenzioni particolari", "fragilità", "accorgiment*", "tenere conto", "tener conto",
    "salute", "medic*", "condizioni particolari", "situazioni particolari", "difficoltà particolari")
SAPERE = phrases("sapere")
NEEDS_SCORE = 0.5
# the answer tells nothing: "no, that's all", "niente, grazie"
NOTHING = frozenset("""no nope nothing none not all fine good niente nulla nessuna nessuno non tutto
    grazie thanks""".split())
# the answer's opening, before what it says: "well, to be honest", "the thing is", "sì, guardi"
OPENING = frozenset("""yes yeah yep well so actually honestly honest to be the thing is it's just that um uh er
    oh sì si guardi allora beh ecco senta diciamo dunque insomma eh ehm purtroppo unfortunately
    sadly la verità è veramente""".split())
ABOUT_ME = frozenset("""i'm i i've my me mine we we're our sono ho o mio mia miei mie soffro prendo faccio sto
    porto uso devo ci non abbiamo siamo""".split())  # "o": whisper's "ho" ("o il diabete")
NEEDS_WORDS = 12
OPENING_UNITS = 3  # units of the answer's opening alone
# "I'd like to change the plan", "vorrei disdire": what the call is about, no condition
WANTS = frozenset("""want wanted wants would like i'd prefer vorrei voglio volevo vorremmo preferirei preferisco
    chiedo chiamo calling call""".split())


def _asks_needs(line: Line) -> bool:
    """A question for the caller's needs, not for a kind of data ("posso sapere il suo nominativo?")."""
    toks = list(line.tokens)
    return line.speaker != "customer" and any(
        phrase_at(toks, i, NEEDS_QUESTION, fuzzy=True) or _anything_to_know(toks, i) or _to_account_for(toks, i)
        for i in range(len(toks)))


def _to_account_for(toks: list[Tok], i: int) -> bool:
    """ "... di cui dobbiamo tenere conto?", however whisper heard the verbs ("di cui domenmo bene conto")."""
    return toks[i].low == "conto" and any(t.low == "cui" for t in toks[max(0, i - 4):i])


ANYTHING = frozenset("altro qualcosa qualcos' qualcos'altro niente nulla".split())


def _anything_to_know(toks: list[Tok], i: int) -> bool:
    """ "C'è altro che devo sapere?", however whisper heard it ("che altro che vemo sapeme", "oltro che
    venono sapere!"); not "posso sapere il suo nominativo?"."""
    return phrase_at(toks, i, SAPERE, fuzzy=True) is not None and any(
        t.low in ANYTHING or len(t.low) >= 5 and any(near(t.low, a) for a in ANYTHING if len(a) >= 5)  # "oltro"
        for t in toks[max(0, i - 4):i])


def _in_effetti(toks: list[Tok], k: int) -> bool:
    """ "In effetti, sì, ...": an answer's opening ("in" alone may start what it says: "in casa c'è ...")."""
    return toks[k].low == "effetti" or toks[k].low == "in" and k + 1 < len(toks) and toks[k + 1].low == "effetti"


def needs_answer(view: View, li: int) -> list[Tok]:
    """The caller's answer to a question for their needs ("Is there anything we should know?" -
    "Well, I'm on chemotherapy at the moment, so ..."): its first clause, if it speaks of the
    caller (or theirs) and does not say "no"; however whisper bent the condition's name."""
    answer = answer_line(view, li, view.lines[li].speaker) if _asks_needs(view.lines[li]) else None
    toks = list(answer.tokens) if answer else []
    k = 0
    while k < len(toks) and (toks[k].low in OPENING or toks[k].kind == "punct" or _in_effetti(toks, k)):
        k += 1
        nxt = view.own_next(toks[-1].line) if k == len(toks) and toks[-1].line - toks[0].line < OPENING_UNITS else None
        if nxt is not None:
            toks += nxt.tokens  # "Sì!" / "Guardi!" / "faccio la chemio...": whisper's stops
    if k == len(toks) or toks[k].low in NOTHING:
        return []
    clause, words = [], 0
    for t in toks[k:]:
        if t.low in BREAK and t.low not in AND or t.low in ("per", "because", "perché") and clause:
            break
        clause.append(t)
        words += t.kind != "punct"
        if words >= NEEDS_WORDS:
            break
    if not any(t.low in ABOUT_ME or t.low in RELATIVES for t in clause[:4]) or any(t.low in WANTS for t in clause):
        return []
    return clause


class HealthRecognizer(SpeechRecognizer):
    entities = ("HEALTH",)
    recognizer_name = NAME

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        out = []
        view = view_of(text)
        for li in range(len(view.lines)):
            clause = needs_answer(view, li)
            if clause:
                out.append(result("HEALTH", clause[0].start, clause[-1].end, NEEDS_SCORE, NAME, "needs question"))
        for line in view.lines:
            toks = list(line.tokens)
            i = 0
            while i < len(toks):
                n = condition_at(toks, i)
                if not n:
                    i += 1
                    continue
                a, b = _after_name(toks, _clause_start(toks, i), i), i + n - 1
                # "in cura per una depressione", "a heart attack last month": on to the clause's end
                k, limit, joined = b + 1, b + TAIL, False
                while k < len(toks) and k <= limit and toks[k].kind != "punct":
                    if toks[k].low in AND and not joined and k + 1 < len(toks) and toks[k + 1].low not in NEW_SUBJECT:
                        # "è incinta e deve partorire a giorni", "autistic and gets upset": one more clause
                        # about it, said in the same breath
                        joined, limit = True, k + AND_TAIL
                    elif toks[k].low in BREAK:
                        break
                    else:
                        b = k
                    k += 1
                out.append(result("HEALTH", toks[a].start, toks[b].end, 0.75, NAME, "health lexicon"))
                i = b + 1
        return out
