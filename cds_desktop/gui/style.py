"""The shell's look: a calm left navigation, light content area, one accent colour shared with the
questionnaire. Font sizes are not set here: headings scale the application font in code, so a larger
system font scales everything.

The two `qproperty-` lines set what the first frame would otherwise set through PySide6's `Qt` enums, whose
Python side costs ~45 ms to build on first use (see main_window.py): Qt reads the names in C++.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont

ACCENT = "#2463a6"
WINDOW_FRAME = QSize(16, 40)  # room for a window's own border and title bar

STYLE_SHEET = f"""
QMainWindow, #pages > QWidget {{ background: #f3f5f8; }}
#sidebar {{ background: #1d3550; }}
#sidebar QLabel {{ color: #e8eef5; }}
#sidebar #appSubtitle, #sidebar #currentBusiness {{ color: #b8c7d8; }}
#navigation {{ background: transparent; border: none; outline: none; color: #e8eef5;
               qproperty-horizontalScrollBarPolicy: ScrollBarAlwaysOff; }}
#loading {{ qproperty-alignment: AlignCenter; }}
#banner {{ background: #fff4ce; color: #3b2f00; padding: 8px 12px; border-bottom: 1px solid #e0c060; }}
#navigation::item {{ padding: 10px 12px; border-radius: 6px; margin: 1px 0; }}
#navigation::item:hover {{ background: #2a4767; }}
#navigation::item:selected {{ background: {ACCENT}; color: #ffffff; }}
#heading {{ color: #17222e; }}
#subheading {{ color: #24313f; }}
#explanation {{ color: #3a4756; }}
#hint {{ color: #5a6878; }}
QLabel[role="error"] {{ color: #b3261e; }}
#sizeClassValue {{ color: #17222e; font-weight: 600; }}
#card {{ background: #ffffff; border: 1px solid #d8dee6; border-radius: 8px; }}
#cardDetails, #cardDetails > #qt_scrollarea_viewport, #cardDetailsContent {{ background: transparent; }}
#cardActions {{ background: transparent; border: none; border-top: 1px solid #e4e9ef; }}
QPushButton {{ padding: 6px 14px; border: 1px solid #b9c6d4; border-radius: 6px; background: #ffffff; color: #17222e; }}
QPushButton:hover {{ background: #eef3f9; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton:disabled {{ color: #8a96a3; background: #f3f5f8; }}
QPushButton#primary {{ background: {ACCENT}; color: #ffffff; border-color: {ACCENT}; }}
QPushButton#primary:hover {{ background: #1d528b; }}
QPushButton#primary:focus {{ border: 2px solid #0e2f55; }}
QLineEdit, QComboBox {{ padding: 4px 6px; }}
#businessList {{ background: #ffffff; border: 1px solid #d8dee6; border-radius: 6px; }}
#businessList::item {{ padding: 8px 10px; border-bottom: 1px solid #eef1f5; color: #17222e; }}
#businessList::item:selected {{ background: #e2edf9; color: #17222e; }}
"""


def scaled(font: QFont, factor: float, bold: bool = False) -> QFont:
    scaled_font = QFont(font)
    if font.pointSizeF() > 0:
        scaled_font.setPointSizeF(font.pointSizeF() * factor)
    else:
        scaled_font.setPixelSize(round(font.pixelSize() * factor))
    scaled_font.setBold(bold)
    return scaled_font
