"""Every error a person can meet, as one translated sentence.

The core's errors carry English text for the command line; on screen the
same sentences go through Qt's translation, looked up by the error's class.
Nothing technical (and never a traceback) reaches the person.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from voiceapp.core import errors

# Most specific classes first: the first match wins.
_SENTENCES: list[tuple[type[BaseException], Callable[[], str]]] = [
    (
        errors.TruncatedFile,
        lambda: QCoreApplication.translate(
            "Errors", "This file is cut short: part of it is missing. Ask for it to be sent again."
        ),
    ),
    (
        errors.NotAnAgeFile,
        lambda: QCoreApplication.translate("Errors", "This is not a My Voice file."),
    ),
    (
        errors.NotABundle,
        lambda: QCoreApplication.translate(
            "Errors", "This file opened, but it is not something My Voice made."
        ),
    ),
    (
        errors.NoMatchingKey,
        lambda: QCoreApplication.translate(
            "Errors",
            "This file was made for a different key, so it cannot be opened with this one.",
        ),
    ),
    (
        errors.WrongPassphrase,
        lambda: QCoreApplication.translate(
            "Errors", "That passphrase is not right. Check it and try again."
        ),
    ),
    (
        errors.DamagedFile,
        lambda: QCoreApplication.translate(
            "Errors",
            "This file is damaged or was changed after it was made, so it cannot be trusted.",
        ),
    ),
    (
        errors.NewerVersion,
        lambda: QCoreApplication.translate(
            "Errors", "This file was made by a newer version. Update My Voice to open it."
        ),
    ),
    (
        errors.WorkFactorTooHigh,
        lambda: QCoreApplication.translate(
            "Errors", "This file's passphrase protection is set too high to try on this computer."
        ),
    ),
    (
        errors.TooLargeToOpen,
        lambda: QCoreApplication.translate(
            "Errors",
            "This file is too large to open here as it is. Ask for it to be sent again without ASCII armor.",  # noqa: E501 - one literal for lupdate
        ),
    ),
    (
        errors.InvalidKey,
        lambda: QCoreApplication.translate(
            "Errors", "This key is not valid. Check that it was copied completely."
        ),
    ),
    (
        errors.InvalidKeyCard,
        lambda: QCoreApplication.translate(
            "Errors",
            "This is not a My Voice key card, or it was changed. Ask the chair to send it again.",
        ),
    ),
    (
        errors.InvalidPassphrase,
        lambda: QCoreApplication.translate("Errors", "A passphrase cannot be empty."),
    ),
    (
        errors.WeakPassphrase,
        lambda: QCoreApplication.translate(
            "Errors",
            "Please choose a longer passphrase: at least 10 characters. A few words you will remember, like 'purple kettle seven', work well.",  # noqa: E501 - one literal for lupdate
        ),
    ),
    (
        errors.VaultInUse,
        lambda: QCoreApplication.translate(
            "Errors", "My Voice is already open on this computer. Close the other window first."
        ),
    ),
    (
        errors.UnsupportedItem,
        lambda: QCoreApplication.translate(
            "Errors",
            "This file is not a kind My Voice can include. Choose a drawing, letter, recording, video, picture or page.",  # noqa: E501 - one literal for lupdate
        ),
    ),
    (
        errors.BundleTooLarge,
        lambda: QCoreApplication.translate(
            "Errors",
            "This is too much to send in one file. Leave out a long video or recording and try again.",  # noqa: E501 - one literal for lupdate
        ),
    ),
    (
        errors.InvalidLocalSettings,
        lambda: QCoreApplication.translate(
            "Errors",
            "The local settings file for this area could not be used. Ask whoever set up My Voice to check it against the example file.",  # noqa: E501 - one literal for lupdate
        ),
    ),
    (
        errors.InvalidContent,
        lambda: QCoreApplication.translate(
            "Errors",
            "One of the 'learn about my meeting' pages could not be read. Ask whoever looks after My Voice to check the content files.",  # noqa: E501 - one literal for lupdate
        ),
    ),
    (
        errors.NoMicrophone,
        lambda: QCoreApplication.translate(
            "Errors",
            "No microphone was found. Plug one in or switch it on, then try again.",
        ),
    ),
    (
        errors.MicrophoneUnavailable,
        lambda: QCoreApplication.translate(
            "Errors",
            "The microphone could not be started. Close other programs that may be using it, check that this computer lets My Voice use it, then try again.",  # noqa: E501 - one literal for lupdate
        ),
    ),
    (
        errors.NoCamera,
        lambda: QCoreApplication.translate(
            "Errors",
            "No camera could be started. Check that one is plugged in and switched on, and close other programs that may be using it, then try again.",  # noqa: E501 - one literal for lupdate
        ),
    ),
    (
        errors.Cancelled,
        lambda: QCoreApplication.translate(
            "Errors", "Stopped before it finished. Nothing was changed."
        ),
    ),
    (
        PermissionError,
        lambda: QCoreApplication.translate(
            "Errors", "My Voice is not allowed to use that place. Choose another folder."
        ),
    ),
    (
        FileNotFoundError,
        lambda: QCoreApplication.translate(
            "Errors", "That file or folder is no longer there. Is the USB stick still plugged in?"
        ),
    ),
    (
        OSError,
        lambda: QCoreApplication.translate(
            "Errors",
            "The file could not be read or written. Is there enough space, and is the USB stick still plugged in?",  # noqa: E501 - one literal for lupdate
        ),
    ),
]


def user_message(error: BaseException) -> str:
    """One plain, translated sentence for ``error``."""
    for cls, sentence in _SENTENCES:
        if isinstance(error, cls):
            return sentence()
    return QCoreApplication.translate(
        "Errors", "Something went wrong, and nothing was changed. Please try again."
    )
