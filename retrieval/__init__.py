"""Vector retrieval over redacted text (Chroma): similar tickets and history.

Nothing here yet: the first user is helpdesk triage. Only redacted text may
ever be embedded.
"""

__all__: list[str] = []
