"""The questionnaire's look: calm cards on a light background, the chosen level clearly highlighted.

Sizes of text come from the application font (scaled in code), so a larger system font scales everything.
"""

ACCENT = "#2463a6"

STYLE_SHEET = f"""
#questionnaire #areaPage, #questionnaire #pageContent {{ background: #f3f5f8; }}
#questionnaire #card, #questionnaire #assessor {{
    background: #ffffff; border: 1px solid #d8dee6; border-radius: 8px;
}}
#questionnaire #topic {{ color: #5a6878; font-weight: 600; }}
#questionnaire #questionText {{ color: #17222e; }}
#questionnaire #help {{ color: #3a4756; }}
#questionnaire #example {{
    color: #3a4756; background: #f5f7fa; border-left: 3px solid #b9c6d4; padding: 6px 10px;
}}
#questionnaire #prompt, #questionnaire #noteLabel {{ color: #5a6878; }}
#questionnaire #status {{ color: #8a5a00; background: #fff4dc; border-radius: 4px; padding: 2px 8px; }}
#questionnaire #status[answered="true"] {{ color: #1e6b34; background: #e3f4e7; }}
#questionnaire #choice QRadioButton::indicator, #questionnaire #choice QCheckBox::indicator {{
    width: 1.05em; height: 1.05em;
}}
#questionnaire #levelTag {{ font-weight: 600; color: #24313f; }}
#questionnaire #choice {{ border: 2px solid transparent; border-radius: 6px; background: transparent; }}
#questionnaire #choice:hover {{ background: #eef3f9; }}
#questionnaire #choice[focused="true"] {{ border-color: #8fb3dc; }}
#questionnaire #choice[checked="true"] {{ background: #e2edf9; border-color: {ACCENT}; }}
#questionnaire #choice[checked="true"][focused="true"] {{ border-color: #123f70; }}
#questionnaire #note {{ border: 1px solid #c9d1db; border-radius: 4px; background: #ffffff; }}
#questionnaire #note:focus {{ border: 2px solid {ACCENT}; }}
#questionnaire #note:disabled {{ background: #f5f7fa; }}
#questionnaire #clear {{ color: {ACCENT}; text-decoration: underline; border: 1px solid transparent; padding: 2px 4px; }}
#questionnaire #clear:focus {{ border: 1px solid {ACCENT}; border-radius: 3px; }}
#questionnaire #skippedToggle {{ border: none; color: #3a4756; background: transparent; padding: 4px 0; }}
#questionnaire #skippedList {{ color: #3a4756; background: #ffffff; border: 1px solid #d8dee6;
    border-radius: 6px; padding: 4px 12px; }}
#questionnaire #areas {{ background: #ffffff; border: none; border-right: 1px solid #d8dee6; outline: none; }}
#questionnaire #areas::item {{ padding: 10px 12px; border-left: 4px solid transparent; color: #24313f; }}
#questionnaire #areas::item:selected {{ background: #e2edf9; border-left-color: {ACCENT}; color: #17222e; }}
#questionnaire #header, #questionnaire #footer {{ background: #ffffff; }}
#questionnaire #scorePanel {{ background: #ffffff; border-right: 1px solid #d8dee6; border-top: 1px solid #d8dee6; }}
#questionnaire #scoreTitle {{ color: #5a6878; font-weight: 600; }}
#questionnaire #header {{ border-bottom: 1px solid #d8dee6; }}
#questionnaire #footer {{ border-top: 1px solid #d8dee6; }}
#questionnaire #missing {{ background: #fff8e6; border: 1px solid #e7c66b; border-radius: 6px; }}
#questionnaire #missingList {{ background: #ffffff; border: 1px solid #ecd9a0; }}
#questionnaire #missingList::item {{ color: {ACCENT}; text-decoration: underline; padding: 2px 0; }}
#questionnaire #complete {{ background: {ACCENT}; color: #ffffff; border: none; border-radius: 5px;
    padding: 7px 18px; font-weight: 600; }}
#questionnaire #complete:focus {{ border: 2px solid #123f70; }}
"""
