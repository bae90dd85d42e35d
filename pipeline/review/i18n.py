"""The review site's UI text, in English and Italian. Every page is built in both languages
(`index.html` / `index.it.html`, `calls/<id>.en.html` / `calls/<id>.it.html`), with a switch
between them. Strings the page's script shows (status messages) travel in a JSON block."""
from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

LANGUAGES = ("en", "it")

_EN = {
    "site_title": "sottovoce - call review",
    "skip": "Skip to content",
    "switch_language": "Italiano",
    "calls": "Calls",
    "calls_caption": "Processed calls (redacted outputs only). Click a column heading to sort.",
    "filters": "Filters",
    "search": "Call id contains",
    "purpose": "Purpose",
    "language": "Language",
    "date": "Date",
    "duration": "Duration",
    "removed": "Removed (per type)",
    "notice": "Recording notice",
    "notice_given": "given",
    "notice_missing": "missing",
    "entity_filter": "Removed type",
    "any": "any",
    "shown": "{shown} of {total} calls shown",
    "nothing_removed": "nothing",
    "discarded": "outputs discarded (no notice): nothing to review",
    "back": "All calls",
    "call": "Call",
    "rules_version": "Rules version",
    "bleeped": "Bleeped",
    "player": "Bleeped audio",
    "transcript": "Redacted transcript",
    "transcript_help": "Click a turn, its time or a chip to play from there; the turn playing is highlighted. "
                       "Labelled chips (e.g. PHONE_NUMBER) are removed data. To flag something for the DPO, "
                       "select words or click a chip, then press \u201cFlag\u201d.",
    "speaker_agent": "Agent",
    "speaker_customer": "Customer",
    "speaker_mixed": "Call (mono)",
    "removed_chip": "removed: {entity}",
    "kept_word": "kept (the purpose needs it): {entity}",
    "untranscribed": "speech not transcribed - bleeped",
    "flag": "Flag",
    "flag_turn": "Flag a span in this turn",
    "mark_title": "Flag for the DPO",
    "kind": "What is wrong",
    "kind_missed": "Missed personal data (should have been removed)",
    "kind_wrongly_removed": "Wrongly removed (the purpose needs it, or it is not personal data)",
    "from_word": "From word",
    "to_word": "To word",
    "comment": "Comment",
    "comment_help": "Describe, do not copy: write \u201csurname still audible\u201d, never the surname itself.",
    "reviewer": "Reviewer",
    "save": "Save flag",
    "cancel": "Cancel",
    "saved": "Flag saved.",
    "save_failed": "Not saved: {reason}",
    "offline": "Flags are saved only when the site is opened through \u201csottovoce review serve\u201d.",
    "marks": "Flags on this call",
    "no_marks": "No flags yet.",
    "mark_missed": "missed",
    "mark_wrongly_removed": "wrongly removed",
    "no_audio": "The bleeped audio is no longer in the store (retention), or the site was moved away from it.",
}

_IT = {
    "site_title": "sottovoce - revisione chiamate",
    "skip": "Vai al contenuto",
    "switch_language": "English",
    "calls": "Chiamate",
    "calls_caption": "Chiamate elaborate (solo output minimizzati). Fai clic su un'intestazione per ordinare.",
    "filters": "Filtri",
    "search": "Id chiamata contiene",
    "purpose": "Finalit\u00e0",
    "language": "Lingua",
    "date": "Data",
    "duration": "Durata",
    "removed": "Rimossi (per tipo)",
    "notice": "Informativa",
    "notice_given": "data",
    "notice_missing": "mancante",
    "entity_filter": "Tipo rimosso",
    "any": "tutti",
    "shown": "{shown} di {total} chiamate mostrate",
    "nothing_removed": "nulla",
    "discarded": "output eliminati (informativa mancante): niente da rivedere",
    "back": "Tutte le chiamate",
    "call": "Chiamata",
    "rules_version": "Versione regole",
    "bleeped": "Coperti da bip",
    "player": "Audio con bip",
    "transcript": "Trascrizione minimizzata",
    "transcript_help": "Fai clic su un turno, sul suo orario o su un chip per ascoltare da l\u00ec; il turno in "
                       "ascolto \u00e8 evidenziato. I chip con etichetta (es. PHONE_NUMBER) sono dati rimossi. Per "
                       "segnalare qualcosa al DPO, seleziona delle parole o fai clic su un chip, poi premi \u00abSegnala\u00bb.",
    "speaker_agent": "Operatore",
    "speaker_customer": "Cliente",
    "speaker_mixed": "Chiamata (mono)",
    "removed_chip": "rimosso: {entity}",
    "kept_word": "mantenuto (serve alla finalit\u00e0): {entity}",
    "untranscribed": "parlato non trascritto - coperto da bip",
    "flag": "Segnala",
    "flag_turn": "Segnala un tratto di questo turno",
    "mark_title": "Segnalazione per il DPO",
    "kind": "Che cosa non va",
    "kind_missed": "Dato personale sfuggito (andava rimosso)",
    "kind_wrongly_removed": "Rimosso per errore (serve alla finalit\u00e0, o non \u00e8 un dato personale)",
    "from_word": "Dalla parola",
    "to_word": "Alla parola",
    "comment": "Commento",
    "comment_help": "Descrivi, non copiare: scrivi \u00abcognome ancora udibile\u00bb, mai il cognome stesso.",
    "reviewer": "Revisore",
    "save": "Salva segnalazione",
    "cancel": "Annulla",
    "saved": "Segnalazione salvata.",
    "save_failed": "Non salvata: {reason}",
    "offline": "Le segnalazioni si salvano solo aprendo il sito con \u00absottovoce review serve\u00bb.",
    "marks": "Segnalazioni su questa chiamata",
    "no_marks": "Nessuna segnalazione.",
    "mark_missed": "sfuggito",
    "mark_wrongly_removed": "rimosso per errore",
    "no_audio": "L'audio con bip non \u00e8 pi\u00f9 nell'archivio (conservazione), o il sito \u00e8 stato spostato.",
}

STRINGS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {"en": MappingProxyType(_EN), "it": MappingProxyType(_IT)})

# what the page's script needs (it never builds UI text itself)
SCRIPT_KEYS = ("shown", "saved", "save_failed", "offline", "no_marks", "mark_missed", "mark_wrongly_removed",
               "speaker_agent", "speaker_customer", "speaker_mixed")


def strings(lang: str) -> Mapping[str, str]:
    return STRINGS[lang]


def index_page(lang: str) -> str:
    """`index.html` (English, the default) or `index.it.html`."""
    return "index.html" if lang == "en" else f"index.{lang}.html"


def call_page(call_id: str, lang: str) -> str:
    """`<id>.en.html` or `<id>.it.html`: always suffixed, so no call id can collide with another's page."""
    return f"{call_id}.{lang}.html"
