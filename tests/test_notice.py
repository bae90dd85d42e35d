"""The recording notice, Italian and English, present and absent."""
import pytest

from pipeline.notice import check_notice
from pipeline.rules import load_purpose
from pipeline.trial import text_transcript

RULE = load_purpose("customer_care").rules.notice


@pytest.mark.parametrize("turns, lang", [
    ([("agent", "Buongiorno, la informiamo che questa chiamata è registrata per finalità di assistenza.")], "it"),
    ([("agent", "Salve, la telefonata viene registrata ai fini di qualità.")], "it"),
    ([("agent", "Good morning. Please note this call is"), ("agent", "recorded for quality purposes.")], "en"),
    ([("agent", "Hi, we are recording this call for training.")], "en"),
    ([("agent", "Please note this coil in recorded for technical support purposes.")], "en"),  # whisper's slips
    ([("agent", "Hello, calls maybe recorded for training.")], "en"),
    ([("agent", "Just so you know, we record all our calls.")], "en"),
    ([("agent", "Buongiorno, la chiamata e registrata.")], "it"),  # whisper drops the accent
    ([("agent", "Le ricordiamo che le telefonate possono essere registrate.")], "it"),
    ([("agent", "Just to let you know, we're recording this call for billing purposes.")], "en"),
    ([("agent", "Before we start, this call's recorded for customer service, how can I help?")], "en"),
    ([("agent", "Quick heads up, the call is recorded so we can deal with your query.")], "en"),
    ([("agent", "La telefonata è registrata a fini di gestione della fatturazione, come da informativa.")], "it"),
    # the call and its recording named close together, in other sentences
    ([("agent", "Buonasera, la conversazione viene registrata e archiviata per l'assistenza.")], "it"),
    ([("agent", "Le segnalo che questa chiamata è soggetta a registrazione.")], "it"),
    ([("agent", "Per finalità di assistenza, questa telefonata viene registrata.")], "it"),
    ([("agent", "Hi there, this line is recorded and stored for support.")], "en"),
    ([("agent", "Morning, all calls are monitored and recorded for quality.")], "en"),
    ([("agent", "Heads up, we're recording the conversation for billing.")], "en"),
    # "registrata", "the call" and "informativa" as whisper bends them
    ([("agent", "Buongiorno, sono Marta, la conversazione mi è neve mistrata, come posso aiutarla?")], "it"),
    ([("agent", "la informo che questa telefonata e veniscerata per il controllo qualità")], "it"),
    ([("agent", "la chiamata è confermata per l'assistenza, come previso dall 'informatima, mi dica")], "it"),
    ([("agent", "Before we start, I should mention the skull is recorded for villain.")], "en"),
    ([("agent", "Thanks for calling, this island recorded and kept for technical support.")], "en"),
    ([("agent", "le segnalo che racconversazione mi è registrata, mi dica")], "it"),
    ([("agent", "you're speaking with Ryan, we recall all our calls for fail and training")], "en"),
    ([("agent", "you're through to Sam, we record cold care, for quality and training, what's up?")], "en"),
    ([("agent", "sono Elena, le ricordo che la linea è registrata, mi dica")], "it"),
    ([("agent", "prima di iniziare, la chiamata mia neve mistratate, come posso aiutarla?")], "it"),
    # the call "kept", "registriamo la conversazione" bent, "we (will) record ... for quality and training"
    ([("agent", "prima di iniziare, la chiamata è conservata secondo la normativa, mi racconti")], "it"),
    ([("agent", "per l'assistenza ai clienti predistriamo da converzazione, dica pure")], "it"),
    ([("agent", "per la fatturazione venisceriamo la converizazione, mi dica")], "it"),
    ([("agent", "la informo che la chiamata mi è registratta per l'assistenza")], "it"),
    ([("agent", "you need a lot to pay, we will record cold care for quality and training")], "en"),
    ([("agent", "just okay, we record calm on this line for tale and training")], "en"),
    ([("agent", "le segnano che la chiamata e soggettare di strazione per offerte commerciali")], "it"),
    ([("agent", "la informiamo che questa chiamata è redistratta per sialità di supporto tecnico")], "it"),
    # the call lost to whisper, its recording or its reasons heard
    ([("agent", "you're through to Kwame. Coyle's class are recorded, just so you know, what's the problem?")], "en"),
    ([("agent", "mi chiamo Irena, per motivi di qualità veniste di amo questa che amata, mi dica")], "it"),
])
def test_notice_present(turns, lang):
    result = check_notice(text_transcript(turns, lang), RULE)
    assert result.present and result.at is not None and result.phrase


@pytest.mark.parametrize("turns, lang", [
    ([("agent", "Buongiorno, sono Marta, come posso aiutarla?")], "it"),
    ([("agent", "Good morning, how can I help?"), ("customer", "Is this call recorded for quality?")], "en"),
    ([("agent", "Hello, thanks for calling.")], "en"),
    ([("agent", "I've recorded your new address, anything else?")], "en"),
    ([("agent", "Ho registrato il suo nuovo indirizzo.")], "it"),
    ([("agent", "Ho registrato la sua segnalazione, la richiamiamo domani.")], "it"),
    ([("agent", "I've recorded the fault on your line, an engineer will call.")], "en"),
    ([("agent", "La sua chiamata è importante per noi, attenda in linea.")], "it"),
    ([("agent", "Il tecnico dell'assistenza informatica la richiama, la sua pratica è stata registrata.")], "it"),
    ([("agent", "Right, I've recorded it for you, anything else?")], "en"),
    ([("agent", "I record every fault for quality checks later, don't worry")], "en"),
    ([("agent", "la linea è stata dimostrata stabile, ho registrato tutto")], "it"),
    ([("agent", "la telefonata di ieri? la sua pratica intanto è conservata nel sistema")], "it"),
    ([("agent", "scriviamo la conversazione nel ticket, va bene?")], "it"),
    ([("agent", "your details are recorded on the system already, so how can I help?")], "en"),
    ([("agent", "buongiorno, per motivi di sicurezza mi conferma la data di nascita?")], "it"),
])
def test_notice_absent(turns, lang):
    result = check_notice(text_transcript(turns, lang), RULE)
    assert not result.present and result.policy == "flag"


def test_notice_after_the_window_does_not_count():
    turns = [("agent", "parole " * 200), ("agent", "questa chiamata è registrata")]
    assert not check_notice(text_transcript(turns, "it"), RULE).present
