"""Writing for the young person's space: a letter with large, adjustable text,
optional prompts, read-back and autosave (:class:`LetterEditor`). The words leave
only as UTF-8 bytes in memory, through the ``changed`` signal."""

from voiceapp.ui.write.editor import LetterEditor

__all__ = ["LetterEditor"]
