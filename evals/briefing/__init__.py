"""`copilot eval briefing`: faithfulness, coverage and prompt size of briefings,
and ROUGE of meeting-note summaries against human references."""
