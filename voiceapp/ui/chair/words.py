"""The chair's words for what a bundle holds, translated (context "ChairWords")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from voiceapp.ui.feelings.feelings_page import CONTEXT as FEELINGS_CONTEXT
from voiceapp.ui.feelings.feelings_page import WORDS as FEELING_WORDS
from voiceapp.ui.feelings.houses_page import CONTEXT as HOUSES_CONTEXT
from voiceapp.ui.feelings.houses_page import HOUSES


def kind_name(kind: str) -> str:
    names = {
        "drawing": QCoreApplication.translate("ChairWords", "Drawing"),
        "letter": QCoreApplication.translate("ChairWords", "Letter"),
        "audio": QCoreApplication.translate("ChairWords", "Voice recording"),
        "video": QCoreApplication.translate("ChairWords", "Video"),
        "picture": QCoreApplication.translate("ChairWords", "Picture"),
        "feelings": QCoreApplication.translate("ChairWords", "How I feel"),
        "houses": QCoreApplication.translate("ChairWords", "Three houses"),
    }
    return names.get(kind, kind)


def audience_text(chair_only: bool) -> str:
    if chair_only:
        return QCoreApplication.translate(
            "ChairWords", "Only for the chair — do not show or read out"
        )
    return QCoreApplication.translate("ChairWords", "Everyone at the meeting may see this")


def audience_short(chair_only: bool) -> str:
    if chair_only:
        return QCoreApplication.translate("ChairWords", "Only for the chair")
    return QCoreApplication.translate("ChairWords", "Everyone may see")


def words_text(words: str) -> str:
    if words == "written-by-helper":
        return QCoreApplication.translate("ChairWords", "Written down by a helper")
    return QCoreApplication.translate("ChairWords", "The young person's own words")


def words_short(words: str) -> str:
    if words == "written-by-helper":
        return QCoreApplication.translate("ChairWords", "written by helper")
    return QCoreApplication.translate("ChairWords", "own words")


def made_with_text(made_with: str) -> str:
    texts = {
        "alone": QCoreApplication.translate("ChairWords", "Made alone"),
        "social-worker": QCoreApplication.translate("ChairWords", "Made with a social worker"),
        "advocate": QCoreApplication.translate("ChairWords", "Made with an advocate"),
        "family-member": QCoreApplication.translate("ChairWords", "Made with a family member"),
        "other": QCoreApplication.translate("ChairWords", "Made with someone else"),
    }
    return texts.get(made_with, made_with)


def feeling_name(feeling: str) -> str:
    """The feeling in the same words the young person chose it by (one translation)."""
    source = FEELING_WORDS.get(feeling)
    return QCoreApplication.translate(FEELINGS_CONTEXT, str(source)) if source else feeling


def amount_name(amount: str) -> str:
    names = {
        "a-little": QCoreApplication.translate("ChairWords", "a little"),
        "quite-a-lot": QCoreApplication.translate("ChairWords", "quite a lot"),
        "very": QCoreApplication.translate("ChairWords", "very"),
    }
    return names.get(amount, amount)


def house_name(house: str) -> str:
    """The house's usual name, in the same words as on the young person's page."""
    source = dict(HOUSES).get(house)
    return QCoreApplication.translate(HOUSES_CONTEXT, str(source)) if source else house


def age_band_text(band: str) -> str:
    return QCoreApplication.translate("ChairWords", "Age %1").replace("%1", band.replace("-", "–"))


def long_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def short_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def duration_text(seconds: float | None) -> str:
    total = round(seconds or 0)
    minutes, secs = divmod(total, 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def things_count(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("ChairWords", "1 thing")
    return QCoreApplication.translate("ChairWords", "%1 things").replace("%1", str(n))


def whose_views(name: str | None) -> str:
    if name:
        return QCoreApplication.translate("ChairWords", "%1's views").replace("%1", name)
    return QCoreApplication.translate("ChairWords", "A young person's views")


def no_name() -> str:
    return QCoreApplication.translate("ChairWords", "(no name given)")
