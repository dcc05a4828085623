"""Plain, translated words for what the helper's screens show: kinds of things,
who may see them, whose words they are, statuses, ages, dates and lengths."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def kind_name(kind: str) -> str:
    names = {
        "drawing": QCoreApplication.translate("Words", "A drawing"),
        "letter": QCoreApplication.translate("Words", "A letter"),
        "audio": QCoreApplication.translate("Words", "A voice recording"),
        "video": QCoreApplication.translate("Words", "A video"),
        "picture": QCoreApplication.translate("Words", "A picture"),
        "feelings": QCoreApplication.translate("Words", "How I feel"),
        "houses": QCoreApplication.translate("Words", "The three houses"),
    }
    return names.get(kind, QCoreApplication.translate("Words", "Something they made"))


def audience_words(audience: str) -> str:
    """Who may see an item: the young person's choice, in the words they were shown."""
    if audience == "chair-only":
        return QCoreApplication.translate("Words", "Only the chair may see this")
    return QCoreApplication.translate("Words", "Everyone at the meeting may see this")


def words_words(words: str, name: str) -> str:
    """Whose words an item holds."""
    if words == "written-by-helper":
        return QCoreApplication.translate("Words", "Written down by a helper")
    return QCoreApplication.translate("Words", "In {name}'s own words").format(name=name)


def status_words(status: str) -> str:
    if status == "sent":
        return QCoreApplication.translate("Words", "Sent")
    return QCoreApplication.translate("Words", "Getting ready")


def age_band_words(band: str) -> str:
    return {
        "4-7": QCoreApplication.translate("Words", "4 to 7 years old"),
        "8-12": QCoreApplication.translate("Words", "8 to 12 years old"),
        "13-17": QCoreApplication.translate("Words", "13 to 17 years old"),
    }.get(band, band)


def made_with_words(made_with: str) -> str:
    return {
        "social-worker": QCoreApplication.translate("Words", "Their social worker"),
        "advocate": QCoreApplication.translate("Words", "Their advocate"),
        "family-member": QCoreApplication.translate("Words", "A family member"),
        "other": QCoreApplication.translate("Words", "Someone else who helps them"),
        "alone": QCoreApplication.translate("Words", "On their own"),
    }.get(made_with, made_with)


def long_date(date: dt.date) -> str:
    """A date the way this computer's language writes it in full."""
    return QLocale().toString(QDate(date.year, date.month, date.day), QLocale.FormatType.LongFormat)


def deletion_words(days: int, date: dt.date) -> str:
    """When a case's things will be deleted."""
    when = long_date(date)
    if days <= 0:
        return QCoreApplication.translate("Words", "Deleted today ({date})").format(date=when)
    if days == 1:
        return QCoreApplication.translate("Words", "Deleted tomorrow ({date})").format(date=when)
    return QCoreApplication.translate("Words", "Deleted in {days} days ({date})").format(
        days=days, date=when
    )


def deleted_on_words(name: str, days: int, date: dt.date) -> str:
    """A sentence about when everything about a young person is deleted."""
    when = long_date(date)
    if days <= 0:
        return QCoreApplication.translate(
            "Words", "Everything about {name} is deleted from this laptop today."
        ).format(name=name)
    if days == 1:
        return QCoreApplication.translate(
            "Words", "Everything about {name} is deleted from this laptop tomorrow, {date}."
        ).format(name=name, date=when)
    return QCoreApplication.translate(
        "Words", "Everything about {name} is deleted from this laptop on {date}, in {days} days."
    ).format(name=name, date=when, days=days)


def conference_words(date: dt.date) -> str:
    return QCoreApplication.translate("Words", "Conference on {date}").format(date=long_date(date))


def length_words(seconds: float | None) -> str:
    """A recording's length as minutes and seconds, e.g. 1:05."""
    if seconds is None:
        return ""
    total = round(seconds)
    return QCoreApplication.translate("Words", "{minutes}:{seconds:02d} long").format(
        minutes=total // 60, seconds=total % 60
    )


def size_words(size: int) -> str:
    return QLocale().formattedDataSize(size)
