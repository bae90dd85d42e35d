"""HealthRecognizer: illnesses, treatments, pregnancy, disability (GDPR art. 9) from cue
lexicons; the span covers the clause that says it. No purpose keeps HEALTH."""
import pytest

from pipeline import redact



@pytest.mark.parametrize("text, lang, value", [
    ("soffro di diabete da anni", "it", "soffro di diabete"),
    ("mio figlio è disabile", "it", "mio figlio è disabile"),
    ("mia sorella è in cura per la depressione", "it", "in cura per la depressione"),
    ("mia moglie è incinta di sei mesi", "it", "incinta di sei mesi"),
    ("mia moglie è in cinta", "it", "in cinta"),
    ("ho avuto un tumore l'anno scorso", "it", "ho avuto un tumore"),
    ("sono stato ricoverato in ospedale", "it", "ricoverato in ospedale"),
    ("faccio la dialisi tre volte a settimana", "it", "faccio la dialisi"),
    ("prendo gli antidepressivi", "it", "prendo gli antidepressivi"),
    ("ho la pressione alta", "it", "ho la pressione alta"),
    ("per il cuore prendo dei farmaci ogni mattina", "it", "prendo dei farmaci"),
    ("soffro di epilessia", "it", "soffro di epilessia"),
    ("I'm pregnant", "en", "I'm pregnant"),
    ("I have asthma so I can't go out", "en", "I have asthma"),
    ("my husband had a heart attack last month", "en", "heart attack"),
    ("I'm diabetic and take insulin", "en", "I'm diabetic"),
    ("my daughter is autistic", "en", "my daughter is autistic"),
    ("I suffer from anxiety", "en", "I suffer from anxiety"),
    ("I'm deaf in one ear so please speak up", "en", "I'm deaf in one ear"),
    ("my son uses a wheelchair", "en", "wheelchair"),
    ("ho l'artrite alle mani", "it", "l'artrite"),
    ("mio padre ha la demenza", "it", "demenza"),
    ("mi hanno operato al ginocchio", "it", "operato al ginocchio"),
    ("I'm recovering from covid", "en", "covid"),
    ("I had surgery last week", "en", "surgery"),
    ("aspetto un bambino per marzo", "it", "aspetto un bambino"),
    ("guardi prendo degli antime presivi, quindi", "it", "prendo degli antime presivi"),
    ("we're expecting a baby in june", "en", "expecting a baby"),
    ("mia figlia è celiaca", "it", "mia figlia è celiaca"),
    ("I'm allergic to penicillin", "en", "I'm allergic"),
    # aids and devices, and conditions of the senses
    ("mio nonno dorme col concentratore di ossigeno", "it", "ossigeno"),
    ("mia madre ha una maculopatia", "it", "maculopatia"),
    ("porto gli apparecchi acustici", "it", "apparecchi acustici"),
    ("my gran is on oxygen at night", "en", "oxygen"),
    ("my brother has cerebral palsy", "en", "cerebral palsy"),
    ("she uses a mobility scooter", "en", "mobility scooter"),
    ("yes, my dad is -on -home oxygen", "en", "my dad is -on -home oxygen"),  # whisper's dashes are no break
    # a treatment or a clinic given as the reason for a time
    ("martedì ho il controllo oncologico", "it", "controllo oncologico"),
    ("Wednesday I take my wife to the memory clinic", "en", "memory clinic"),
    ("not Tuesday, I've got physio on my knee", "en", "physio"),
    # medicines by name or by their ending, and a relative's condition
    ("I'm on warfarin, so no evenings", "en", "warfarin"),
    ("I take bisoprolol and ramipril", "en", "bisoprolol and ramipril"),
    ("prendo l'eutirox ogni mattina", "it", "l'eutirox"),
    ("mia madre prende il coumadin", "it", "coumadin"),
    ("my son is asthmatic", "en", "asthmatic"),
    ("mio figlio è asmatico", "it", "asmatico"),
    ("my mum is housebound", "en", "housebound"),
    ("uso la macchina per l'apnea notturna", "it", "l'apnea"),
    ("my wife's got MS, so mornings are best", "en", "MS"),
    ("my daughter has Sistic fibrosis", "en", "fibrosis"),
    ("mi sembra sbagliata, ho avuto un dictus in primavera", "it", "dictus"),  # a stray letter glued on
    ("purtroppo con una diallisi a settimana non riesco", "it", "diallisi"),  # one letter off, after "con una"
])
def test_health_is_found_and_removed(pii, text, lang, value):
    pii.found(text, lang, "HEALTH", value)


@pytest.mark.parametrize("text, lang", [
    ("la batteria è morta", "it"),
    ("c'è stato un attacco hacker", "it"),
    ("abbiamo cura dei nostri clienti", "it"),
    ("sono preoccupato per la bolletta", "it"),
    ("il router ha la febbre", "it"),
    ("my phone died last night", "en"),
    ("the app has a virus", "en"),
    ("take care of yourself", "en"),
    ("I was stressed about the bill", "en"),
    ("prendiamo in cura la sua pratica", "it"),
    ("I'm sick of waiting on hold", "en"),
    ("there's a blind spot in the wifi coverage", "en"),
    ("the physio of the contract is unclear", "en"),
    ("devo fare il controllo tecnologico del modem", "it"),
    ("the delivery is in April", "en"),
    ("il tecnico farà un intervento domani", "it"),
    ("è arrivata con una fattura sbagliata", "it"),
    ("I paid with a card last month", "en"),
])
def test_not_health_data(pii, text, lang):
    pii.clean(text, lang)


@pytest.mark.parametrize("purpose", ["customer_care", "sales_first_contact", "billing_support"])
def test_no_purpose_keeps_health(pii, purpose):
    pii.found("soffro di diabete da anni", "it", "HEALTH", "soffro di diabete", purpose=purpose)


def test_two_words_joined_keep_the_conditions_opening(pii):
    """ "strada melle" joined is close to "stampelle", but opens otherwise: an address, no health."""
    pii.absent(pii.run("abito in strada melle vigne 4", "it", "technical_support"), "HEALTH")
    pii.found("mia madre è in cinta di sei mesi", "it", "HEALTH", "è in cinta di sei mesi")


def test_a_word_only_close_to_a_condition_needs_a_lead_in(pii):
    pii.clean("su 4 tomore la debito", "it")
    pii.found("mio padre ha un tomore al fegato", "it", "HEALTH", "ha un tomore al fegato")
    pii.found("ma soffronita chi di palico", "it", "HEALTH", "palico")  # "soffro di attacchi di panico"


@pytest.mark.parametrize("text, lang, value", [
    ("I'm partially sighted, you know", "en", "I'm partially sighted,"),
    ("my husband is hard of hearing", "en", "is hard of hearing"),
    ("I've got Crohn's disease", "en", "I've got Crohn's disease"),
    ("ho avuto unictus l'anno scorso", "it", "ho avuto unictus l'anno scorso"),
    ("mia madre ha problemi di udito", "it", "ha problemi di udito"),
    ("sono in sedia a rotelle da due anni", "it", "sono in sedia a rotelle"),
])
def test_senses_mobility_and_chronic_illness(pii, text, lang, value):
    pii.found(text, lang, "HEALTH", value)


@pytest.mark.parametrize("text, lang", [
    ("il tecnico fa un intervento domani", "it"),
    ("c'è un disturbo sulla linea", "it"),
    ("the operation on your account is done", "en"),
])
def test_service_words_are_no_health(pii, text, lang):
    pii.clean(text, lang)


@pytest.mark.parametrize("text, lang, name, value", [
    ("the account's in the name of my husband Oliver Grant who's in hospital after a stroke", "en", "Oliver Grant",
     "who's in hospital after a stroke"),
    ("il contratto è intestato a mia figlia Chiara che è autistica", "it", "Chiara", "che è autistica"),
])
def test_a_relatives_name_stays_where_names_are_kept(pii, text, lang, name, value):
    """The clause about a relative starts after the relative's name: customer care keeps the name."""
    trial = pii.found(text, lang, "HEALTH", value, purpose="customer_care")
    verdicts = redact.word_verdicts(trial.decisions)
    assert all(r not in verdicts or verdicts[r].action == "keep" for r in pii.locate(trial, name)), \
        pii.describe(trial)


def test_words_after_a_relative_that_are_no_name_stay_in_the_clause(pii):
    pii.found("my mother terminally ill with cancer can't come to the phone", "en", "HEALTH",
              "terminally ill with cancer")


@pytest.mark.parametrize("text, lang, value", [
    ("guardi, mia sorella è in dialisi e non può uscire di casa", "it", "è in dialisi e non può uscire di casa"),
    ("my husband had a stroke and can't get to the phone", "en", "had a stroke and can't get to the phone"),
])
def test_a_clause_joined_by_and_goes_with_the_condition(pii, text, lang, value):
    pii.found(text, lang, "HEALTH", value)


def test_after_and_a_new_subject_is_another_clause(pii):
    trial = pii.found("I've been off work with depression and some weeks are better than others", "en", "HEALTH",
                      "off work with depression")
    assert "better" in trial.redacted_text, pii.describe(trial)


@pytest.mark.parametrize("text, lang, value", [
    ("mia madre ha il diabete e vorrei disdire il contratto", "it", "disdire il contratto"),
    ("my husband had a stroke and wants to cancel the contract", "en", "cancel the contract"),
])
def test_what_the_call_is_about_after_and_stays(pii, text, lang, value):
    pii.clean(text, lang, value=value)


@pytest.mark.parametrize("text, lang", [
    ("pronto? scusi non ci sento, la linea è disturbata", "it"),
    ("the whole network is paralysed since this morning", "en"),
])
def test_a_bad_line_or_network_is_no_health(pii, text, lang):
    pii.clean(text, lang)


@pytest.mark.parametrize("text, lang, value", [
    ("mia moglie ha avuto un taglio cesareo la settimana scorsa", "it", "taglio cesareo"),
    ("I'm paralysed from the waist down", "en", "paralysed from the waist down"),
])
def test_more_conditions_said_as_phrases(pii, text, lang, value):
    pii.found(text, lang, "HEALTH", value)


@pytest.mark.parametrize("question, answer, lang, value", [
    ("Is there anything our technician should be aware of?", "Yes, I'm hard of herring, so knock loudly.", "en",
     "I'm hard of herring,"),
    ("Do you have any particular needs we can help with?", "Well, my husband is on a venting machine at home.", "en",
     "my husband is on a venting machine at home."),
    ("Ci sono esigenze particolari di cui tenere conto?", "Sì, guardi, sono in tanta di sei mesi, quindi mi muovo poco.",
     "it", "sono in tanta di sei mesi,"),
    ("C'è qualcosa che dobbiamo sapere per la consegna?", "Allora, sono in carrozza da due anni.", "it",
     "sono in carrozza da due anni."),
    # the verbs bent ("di cui domenmo bene conto"), "in effetti" before the answer, "o" for "ho"
    ("Ci sono situazioni di fratellità di cui domenmo bene conto?", "In effetti sì, o gli avete di tipo uno.",
     "it", "o gli avete di tipo uno."),
])
def test_the_answer_to_a_question_for_needs_is_health(pii, question, answer, lang, value):
    """Whatever whisper made of the condition ("hard of herring", "carrotsina"), the caller's answer
    to a question for their needs speaks of their health."""
    pii.found([("agent", question), ("customer", answer)], lang, "HEALTH", value)


@pytest.mark.parametrize("question, answer, lang", [
    ("Is there anything else we should know?", "No, that's all, thanks.", "en"),
    ("Is there anything else we should know?", "I'd like the engineer to call first.", "en"),
    ("Any special requirements for the visit?", "Just ring the bell twice.", "en"),
    ("C'è altro che dobbiamo sapere?", "No, niente, grazie.", "it"),
    ("C'è altro che dobbiamo sapere?", "Sì, vorrei anche cambiare la tariffa.", "it"),
])
def test_an_answer_to_a_question_for_needs_that_tells_no_condition(pii, question, answer, lang):
    pii.clean([("agent", question), ("customer", answer)], lang)


def test_a_needs_question_whisper_bent(pii):
    """ "C'è altro che devo sapere?" heard as "che altro che vemo sapeme": its answer is still health."""
    pii.found([("agent", "che altro che vemo sapeme, la sua data"), ("customer", "Sì, guardi, sono in 15, di 15.")],
              "it", "HEALTH", "sono in 15, di 15.")


def test_la_informo_is_no_lymphoma(pii):
    pii.clean("buongiorno, sono Marta, la informa che questa telefonata è registrata", "it", value="informa")


def test_in_effetti_opens_an_answer_that_may_tell_nothing(pii):
    pii.clean([("agent", "Ci sono esigenze di cui tenere conto?"), ("customer", "In effetti no, va bene così.")], "it")


def test_a_question_to_know_more_is_no_needs_question(pii):
    pii.clean([("agent", "Vuole sapere altro sulla tariffa?"), ("customer", "No, grazie, è tutto.")], "it")


@pytest.mark.parametrize("text, lang, value", [
    ("non posso venire perché faccio la radio tewa pia ogni giorno", "it", "faccio la radio tewa pia"),
    ("sto facendo la che mio terra pia da marzo", "it", "sto facendo la che mio terra pia"),
    ("mia figlia ha crisi epilettiche", "it", "crisi epilettiche"),
])
def test_a_long_condition_whisper_broke_into_words(pii, text, lang, value):
    pii.found(text, lang, "HEALTH", value)


@pytest.mark.parametrize("text", ["faccio la radio comandata tutte le sere", "sto facendo che ci mancano tre giorni",
                                  "ho la radio sveglia sul comodino"])
def test_words_that_only_start_like_a_condition(pii, text):
    pii.clean(text, "it")


@pytest.mark.parametrize("text, lang, value", [
    ("sorry, I had a baby last month so I'm a bit slow", "en", "I had a baby"),
    ("ho appena partorito, abbia pazienza", "it", "appena partorito"),
    ("porto un apparecchio acoustico", "it", "apparecchio acoustico"),  # whisper's acustico
    ("la segno come cliente in travidanza", "it", "travidanza"),  # a long word one letter off, no lead-in
])
def test_births_bent_phrases_and_long_slips(pii, text, lang, value):
    pii.found(text, lang, "HEALTH", value)


@pytest.mark.parametrize("text, lang", [("il nostro operatore ha detto di aspettare", "it"),
                                        ("I'd like a new baby monitor", "en")])
def test_words_near_a_condition_that_are_not_one(pii, text, lang):
    pii.clean(text, lang)


def test_a_question_that_names_a_kind_of_data_is_no_needs_question(pii):
    """ "Posso sapere il suo nominativo?" asks for a name ("sapere" alone does not ask for needs)."""
    trial = pii.run([("agent", "Posso sapere il suo nominativo?"), ("customer", "Allora, lo ci ha Cimmino.")], "it")
    pii.absent(trial, "HEALTH")


def test_a_device_the_caller_uses_starts_the_clause(pii):
    pii.found("just so you know, I use a wheelchair, so mornings are hard", "en", "HEALTH", "I use a wheelchair")
    pii.found("porto un pacemaker da due anni", "it", "HEALTH", "porto un pacemaker")


def test_a_needs_answer_whose_opening_whisper_cut_into_units(pii):
    """ "Oltro che venono sapere!" (c'è altro che dobbiamo sapere) - "Sì!" - "Guardi!" - the answer."""
    pii.found([("mixed", "Oltro che venono sapere!"), ("mixed", "Sì!"), ("mixed", "Guardi!"),
               ("mixed", "Aciora che mi ho perati a ogni settimana, quindi a volte non rispondo!")], "it", "HEALTH",
              "Aciora che mi ho perati a ogni settimana,")
    pii.clean([("mixed", "C'è altro che dobbiamo sapere?"), ("mixed", "Sì!"), ("mixed", "No, niente, grazie.")], "it")


@pytest.mark.parametrize("text, lang, value", [
    ("ho una neuropatia alle gambe", "it", "ho una neuropatia alle gambe"),
    ("I have diabetic neuropathy", "en", "I have diabetic neuropathy"),
    ("la madre vive con me a Ralzheimer", "it", "la madre vive con me a Ralzheimer"),
    ("mi hanno diagnosticato la SLA", "it", "mi hanno diagnosticato la SLA"),
    ("I was diagnosed with HIV", "en", "I was diagnosed with HIV"),
    ("sì, ecco, un 'invalidità al cento per cento", "it", "un 'invalidità al cento per cento"),
    # the ending whisper split off the name
    ("non ci vedo quasi più per una macchina patia", "it", "non ci vedo quasi più per una macchina patia"),
    ("the thing is, I got early dementia so mornings are hard", "en", "I got early dementia"),
    # a 7-8 letter word very like a condition, after a lead-in ("micrani" for emicrania)
    ("beh, sì, soffro di le micrani acronica, e quando", "it", "soffro di le micrani acronica,"),
    ("well, yes, I got chronic migrants, so if", "en", "I got chronic migrants,"),
    ("my dad lives with us and he's on home oxygen so", "en", "he's on home oxygen"),
])
def test_a_disease_by_its_ending_glued_or_in_capitals(pii, text, lang, value):
    pii.found(text, lang, "HEALTH", value)


@pytest.mark.parametrize("text", ["che simpatia la sua collega", "ci vuole empatia con i clienti",
                                  "la telepatia non basta"])
def test_words_ending_like_a_disease_that_are_none(pii, text):
    pii.clean(text, "it")


@pytest.mark.parametrize("text, value", [
    ("le dico, porto la padecchio acustico, ci sento poco", "porto la padecchio acustico"),
    ("beh, porto la famecchio acoustico e non sento il campanello", "porto la famecchio acoustico"),
])
def test_a_hearing_aid_however_whisper_bent_it(pii, text, value):
    pii.found(text, "it", "HEALTH", value)


def test_a_beep_is_no_hearing_aid(pii):
    pii.clean("dopo il segnale acustico lasci un messaggio", "it")


def test_the_clause_starts_at_its_lead_in_not_before(pii):
    trial = pii.found("non si preoccupi porto l'apparecchio acustico", "it", "HEALTH", "porto l'apparecchio acustico")
    verdicts = redact.word_verdicts(trial.decisions)
    assert all(verdicts[r].action == "keep" for r in pii.locate(trial, "non si preoccupi") if r in verdicts), \
        pii.describe(trial)
    assert not set(pii.locate(trial, "preoccupi")) & set(verdicts), pii.describe(trial)


@pytest.mark.parametrize("text, value", [
    ("non di mattina, ho il controllo oncologico", "controllo oncologico"),
    ("non di mattina, il controllo rompologico, meglio il pomeriggio", "rompologico"),  # whisper's slip
    ("martedì ho una visita cardiologica", "visita cardiologica"),
])
def test_a_medical_specialty_after_a_visit(pii, text, value):
    pii.found(text, "it", "HEALTH", value)


def test_initials_that_name_a_condition_need_a_has_before_them(pii):
    pii.absent(pii.run("the reference is M S 4 4 1 9", "en"), "HEALTH")
