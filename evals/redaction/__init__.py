"""The redaction eval: the product against Presidio's defaults, per entity type.

Method, so that the figures can be trusted:

- Three labelled sources. ``odoo-notes`` is the product's own generated set
  (320 notes, tickets, threads and HTML bodies). ``presidio-synth-pii`` is
  Microsoft's synthetic set (1,500 texts from about 200 templates).
  ``name-frames`` is a generated PERSON set (401 texts, 101 of them without
  a name) that the name rules were tuned on: a validation set, not held out.
- The synthetic set is cut once, by template, with a fixed seed
  (``synth.SPLIT_SEED``) into a dev part and a held-out part. Items of one
  template share their wording, so cutting by item would leak sentences
  from one side to the other. Recognizers and word lists are tuned on the
  dev part only; the held-out part is scored and reported, and its misses
  are not read while tuning. Its figures are the ones to quote. Rules tuned
  before the split was introduced saw the whole set, so for them the
  held-out figures are optimistic.
- Whole templates land on one side: all IBANs, IP addresses and US
  identifiers of the synthetic set are in the held-out part.
- Scores are by overlap (see ``scoring``). ``TARGETS`` pools the five types
  the product's targets name (PERSON, EMAIL_ADDRESS, PHONE_NUMBER,
  IBAN_CODE, CREDIT_CARD) and its leak rate is the targets' leak rate;
  ``ALL`` pools every labelled type, addresses and companies included.
- The baseline (Presidio's default recognizers on the same spaCy model) is
  computed in the same run, on the same items.
"""
