"""Helpdesk triage: category, priority, team and similar tickets, as advice."""

from copilot.triage.classifier import (
    TAXONOMY,
    Evidence,
    TriageClassifier,
    TriagePolicy,
    decide_category,
)
from copilot.triage.heads import DefaultModel, TrainingExample, load_training_set
from copilot.triage.model import (
    RequestId,
    Scored,
    SimilarTicket,
    TriageResult,
    TriageSuggestion,
)
from copilot.triage.refiner import LlmRefiner, TriageRefinement
from copilot.triage.render import render_note, render_text
from copilot.triage.runner import TriageRunner
from copilot.triage.service import TriageService

__all__ = [
    "TAXONOMY",
    "DefaultModel",
    "Evidence",
    "LlmRefiner",
    "RequestId",
    "Scored",
    "SimilarTicket",
    "TrainingExample",
    "TriageClassifier",
    "TriagePolicy",
    "TriageRefinement",
    "TriageResult",
    "TriageRunner",
    "TriageService",
    "TriageSuggestion",
    "decide_category",
    "load_training_set",
    "render_note",
    "render_text",
]
