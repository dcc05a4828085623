"""Drawing for the young person's space: a canvas in the spirit of Tux Paint
(:class:`DrawCanvas`) and the same canvas with its big-button tool bar
(:class:`DrawPanel`). The picture leaves only as PNG bytes in memory, through
the ``changed`` signal."""

from voiceapp.ui.draw.canvas import DrawCanvas, Tool
from voiceapp.ui.draw.panel import DrawPanel
from voiceapp.ui.draw.sounds import DrawSounds

__all__ = ["DrawCanvas", "DrawPanel", "DrawSounds", "Tool"]
