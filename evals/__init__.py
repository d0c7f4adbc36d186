"""Quality evaluations against baselines computed in the same run."""

from evals.registry import SUITES, load_suite

__all__ = ["SUITES", "load_suite"]
