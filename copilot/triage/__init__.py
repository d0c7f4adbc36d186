"""Helpdesk triage: category, priority, team and similar tickets, as advice."""

from copilot.triage.classifier import TAXONOMY, TriageClassifier, TriagePolicy
from copilot.triage.heads import DefaultModel, TrainingExample, load_training_set
from copilot.triage.model import (
    Scored,
    SimilarTicket,
    TriageResult,
    TriageSuggestion,
)
from copilot.triage.refiner import LlmRefiner, TriageRefinement
from copilot.triage.render import render_note, render_text
from copilot.triage.service import TriageService

__all__ = [
    "TAXONOMY",
    "DefaultModel",
    "LlmRefiner",
    "Scored",
    "SimilarTicket",
    "TrainingExample",
    "TriageClassifier",
    "TriagePolicy",
    "TriageRefinement",
    "TriageResult",
    "TriageService",
    "TriageSuggestion",
    "load_training_set",
    "render_note",
    "render_text",
]
