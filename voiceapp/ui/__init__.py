"""My Voice on screen: windows, pages, widgets and theme (PySide6 only).

Nothing in here is imported by ``voiceapp.core``; the UI calls the core, never
the other way round.
"""
