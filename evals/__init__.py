"""Quality evaluations against baselines computed in the same run."""

__all__: list[str] = []
