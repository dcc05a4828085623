"""Saying how I feel, for the young person's space: the "How I feel" page
(:class:`FeelingsPage`) and the "Three houses" page (:class:`HousesPage`). Each
page leaves only as JSON bytes in memory, through its ``changed`` signal, in the
formats of ``voiceapp/core/bundle/schemas/{feelings,houses}.schema.json``."""

from voiceapp.ui.feelings.faces import FEELINGS, draw_face, face_icon
from voiceapp.ui.feelings.feelings_page import FeelingsPage
from voiceapp.ui.feelings.houses_page import HousesPage

__all__ = ["FEELINGS", "FeelingsPage", "HousesPage", "draw_face", "face_icon"]
