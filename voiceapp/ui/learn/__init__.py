"""Learn about my meeting: a picture book of short pages, at two reading levels,
that can be read aloud (see docs/content.md for the pages themselves)."""

from voiceapp.ui.learn.contents import ContentsView, PageButton
from voiceapp.ui.learn.page_view import PageView
from voiceapp.ui.learn.picture import SvgPicture
from voiceapp.ui.learn.read_aloud import ReadAloud, Trouble
from voiceapp.ui.learn.viewer import LearnView

__all__ = [
    "ContentsView",
    "LearnView",
    "PageButton",
    "PageView",
    "ReadAloud",
    "SvgPicture",
    "Trouble",
]
