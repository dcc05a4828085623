"""The chair's screens: denser than the young person's (an office PC), same colours.

Applied on the chair's top widgets (``setStyleSheet``), on top of
``assets/style.qss``. Colours come from ``theme.COLOURS`` plus the few below;
tests/ui/chair checks their contrast.
"""

from __future__ import annotations

from voiceapp.ui.display import current_display
from voiceapp.ui.theme import colours as colours_for
from voiceapp.ui.theme import scale_font_sizes

EXTRA: dict[str, str] = {
    "chair_only_bg": "#FEE2E2",
    "chair_only_text": "#7F1D1D",
    "everyone_bg": "#DCFCE7",
    "everyone_text": "#14532D",
    "checking_bg": "#FEF3C7",
    "checking_text": "#1E293B",
    "ok_bg": "#DCFCE7",
    "ok_text": "#14532D",
    "error_bg": "#FEE2E2",
    "error_text": "#7F1D1D",
    "fingerprint": "#1E293B",
}

PAIRS = [
    ("chair_only_text", "chair_only_bg"),
    ("everyone_text", "everyone_bg"),
    ("checking_text", "checking_bg"),
    ("ok_text", "ok_bg"),
    ("error_text", "error_bg"),
    ("text", "window"),
    ("muted", "window"),
    ("text", "surface"),
]

_SHEET = """
QWidget#chairHome, QWidget#chairSetup { font-size: 12pt; }
QWidget#chairHome QPushButton, QWidget#chairSetup QPushButton {
    font-size: 12pt; padding: 6px 16px; border-radius: 10px; min-height: 34px;
}
QWidget#chairHome QPushButton:disabled, QWidget#chairSetup QPushButton:disabled {
    color: @muted; border-color: #94A3B8;
}
QLabel[role="heading"] { color: @title; font-size: 20pt; font-weight: bold; }
QLabel[role="subheading"] { color: @text; font-size: 14pt; font-weight: bold; }
QLabel[role="hint"] { color: @muted; font-size: 11pt; }
QLabel[tone="info"] { background: @checking_bg; color: @checking_text; padding: 8px;
    border-radius: 8px; }
QLabel[tone="ok"] { background: @ok_bg; color: @ok_text; padding: 8px; border-radius: 8px; }
QLabel[tone="error"] { background: @error_bg; color: @error_text; padding: 8px; border-radius: 8px;
    font-weight: bold; }
QLabel[tone="warning"] { background: @chair_only_bg; color: @chair_only_text; padding: 10px;
    border-radius: 8px; }
QLabel[audience="chair-only"] { background: @chair_only_bg; color: @chair_only_text;
    border: 2px solid @chair_only_text; padding: 8px; border-radius: 8px; font-weight: bold;
    font-size: 14pt; }
QLabel[audience="everyone"] { background: @everyone_bg; color: @everyone_text;
    border: 2px solid @everyone_text; padding: 8px; border-radius: 8px; font-weight: bold;
    font-size: 14pt; }
QLabel#fingerprint { color: @fingerprint; font-size: 34pt; font-weight: bold;
    font-family: "DejaVu Sans Mono", monospace; letter-spacing: 2px; }
QLabel#wordsMark { color: @muted; font-size: 11pt; font-style: italic; }
QPlainTextEdit#letter { font-size: 18pt; }
QListWidget, QTreeWidget { font-size: 12pt; background: @surface; }
QListWidget::item, QTreeWidget::item { min-height: 48px; padding: 2px 6px; }
QLineEdit, QPlainTextEdit { background: @surface; border: 2px solid @outline; border-radius: 6px;
    padding: 6px; }
QLineEdit { min-height: 32px; }
QLineEdit:focus, QPlainTextEdit:focus, QListWidget:focus, QTreeWidget:focus {
    border: 3px solid @focus; }
QRadioButton, QCheckBox { min-height: 48px; spacing: 10px; }
QRadioButton::indicator, QCheckBox::indicator { width: 22px; height: 22px; }
QRadioButton:focus, QCheckBox:focus { color: @focus; text-decoration: underline; }
QProgressBar { min-height: 24px; border: 1px solid @outline; border-radius: 6px;
    text-align: center; background: @surface; }
QProgressBar::chunk { background: #93C5FD; }
"""


def chair_style_sheet() -> str:
    """The chair's sheet for the current Text and colours choices (text size, high
    contrast), as they are when the chair's screens are made."""
    display = current_display()
    colours = {**colours_for(display.high_contrast), **EXTRA}
    out = _SHEET
    for name in sorted(colours, key=len, reverse=True):
        out = out.replace(f"@{name}", colours[name])
    if "@" in out:
        raise ValueError("the chair's style sheet uses a colour theme.COLOURS does not have")
    return scale_font_sizes(out, display.text_scale)
