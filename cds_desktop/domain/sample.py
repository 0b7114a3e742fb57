"""The sample business shipped with the app: a complete, realistic assessment of a Quảng Trị
cooperative, authored as data in assessments/samples/."""

from __future__ import annotations

from ..paths import assessments_dir
from .assessment import AssessmentFile, load_assessment_file

SAMPLE_FILE = "sample-assessment.json"


def sample_file() -> AssessmentFile:
    return load_assessment_file(assessments_dir() / "samples" / SAMPLE_FILE)
