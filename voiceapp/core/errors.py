"""Typed errors, each carrying one sentence a person can act on.

The core never shows anything itself. The command line prints ``message``;
the UI maps each class to its own translated sentence (see ``voiceapp.ui``),
so the English text here is the source wording, not the only wording.
No message ever includes file contents, keys or passphrases.
"""

from __future__ import annotations


class VoiceError(Exception):
    """Base class: something a person can understand went wrong."""

    message = "Something went wrong."

    def __init__(self, detail: str | None = None) -> None:
        # ``detail`` is for developers (logs, tests); it never reaches a person
        # and must never hold content, keys or passphrases.
        self.detail = detail
        super().__init__(self.message if detail is None else f"{self.message} ({detail})")


class NotAnAgeFile(VoiceError):
    message = "This is not an encrypted My Voice or age file."


class NoMatchingKey(VoiceError):
    message = "This file was made for a different key, so it cannot be opened with this one."


class WrongPassphrase(VoiceError):
    message = "That passphrase is not right. Check it and try again."


class DamagedFile(VoiceError):
    message = "This file is damaged or was changed after it was made, so it cannot be trusted."


class TruncatedFile(DamagedFile):
    message = "This file is cut short: part of it is missing. Ask for it to be sent again."


class NewerVersion(VoiceError):
    message = "This file was made by a newer version. Update My Voice to open it."


class WorkFactorTooHigh(VoiceError):
    message = "This file's passphrase protection is set too high to try on this computer."


class TooLargeToOpen(VoiceError):
    message = (
        "This file is too large to open here as it is. "
        "Ask for it to be sent again without ASCII armor."
    )


class InvalidKey(VoiceError):
    message = "This key is not valid. Check that it was copied completely."


class InvalidPassphrase(VoiceError):
    message = "A passphrase cannot be empty."


class Cancelled(VoiceError):
    message = "Stopped before it finished. Nothing was changed."


class NotABundle(VoiceError):
    message = "This file opened, but it is not something My Voice made."


class UnsupportedItem(VoiceError):
    message = (
        "This file is not a kind My Voice can include. "
        "Choose a drawing, letter, recording, video, picture or page."
    )


class BundleTooLarge(VoiceError):
    message = (
        "This is too much to send in one file. Leave out a long video or recording and try again."
    )


class InvalidKeyCard(VoiceError):
    message = "This is not a My Voice key card, or it was changed. Ask the chair to send it again."


class VaultInUse(VoiceError):
    message = "My Voice is already open on this computer. Close the other window first."


class WeakPassphrase(VoiceError):
    message = (
        "Please choose a longer passphrase: at least 10 characters. "
        "A few words you will remember, like 'purple kettle seven', work well."
    )


class InvalidLocalSettings(VoiceError):
    message = (
        "The local settings file for this area could not be used. "
        "Ask whoever set up My Voice to check it against the example file."
    )


class InvalidContent(VoiceError):
    message = (
        "One of the 'learn about my meeting' pages could not be read. "
        "Ask whoever looks after My Voice to check the content files."
    )


class NoMicrophone(VoiceError):
    message = "No microphone was found. Plug one in or switch it on, then try again."


class MicrophoneUnavailable(VoiceError):
    message = (
        "The microphone could not be started. Close other programs that may be using it, "
        "check that this computer lets My Voice use it, then try again."
    )


class NoCamera(VoiceError):
    message = (
        "No camera could be started. Check that one is plugged in and switched on, "
        "and close other programs that may be using it, then try again."
    )
