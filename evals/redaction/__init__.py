"""The redaction eval: the product against Presidio's defaults, per entity type."""
