"""The redactor and its scopes: the one way client text becomes sendable."""

from __future__ import annotations

import logging
import threading
import weakref
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from copilot.errors import CallerError, RedactionError
from redaction.analyzer import EntityAnalyzer
from redaction.deny_list import DenyList
from redaction.destinations import Destination, DestinationPolicy
from redaction.html_text import html_to_text
from redaction.leak_guard import LeakGuard, known_values_in
from redaction.policy import RedactionPolicy
from redaction.redacted_text import RedactedText, seal
from redaction.span_edges import without_stray_marks
from redaction.spans import EntitySpan, combine_spans
from redaction.term_index import MatchKind, match_kind
from redaction.vault import PseudonymVault
from redaction.vault_store import EncryptedVaultStore

__all__ = ["RedactionScope", "Redactor"]

logger = logging.getLogger(__name__)


class RedactionScope:
    """One briefing, ticket thread or account: placeholders are shared within.

    Every method fails closed: on any error it raises ``RedactionError``
    (whose message carries no text) and returns nothing.
    """

    def __init__(
        self,
        scope_id: str,
        analyzer: EntityAnalyzer,
        deny_list: DenyList,
        policy: RedactionPolicy,
        vault: PseudonymVault | None = None,
        store: EncryptedVaultStore | None = None,
    ) -> None:
        self.scope_id = scope_id
        self._analyzer = analyzer
        self._deny_list = deny_list
        self._policy = policy
        self._vault = vault or PseudonymVault()
        self._store = store

    def persist(self) -> None:
        """Save this scope's vault, encrypted, so a later process can restore.

        Raises ``RedactionError`` if the scope was not opened as persistent.
        """
        if self._store is None:
            raise RedactionError("this scope was not opened as persistent")
        self._store.save(self.scope_id, self._vault)

    def redact(self, text: str) -> RedactedText:
        """``text`` with every confidential value replaced by its placeholder."""
        _require_text([text])
        try:
            return self._redact_batch([text], [self._analyzer.analyze(text)])[0]
        except RedactionError:
            raise
        except Exception as exc:
            raise RedactionError(f"redaction failed ({type(exc).__name__})") from exc

    def redact_html(self, html: str) -> RedactedText:
        """Redacted plain text of an Odoo HTML field (see ``html_to_text``)."""
        _require_text([html])
        return self.redact(html_to_text(html))

    def redact_many(self, texts: Sequence[str]) -> list[RedactedText]:
        """Redact a batch; the NLP pipeline runs once over all of it.

        A value found in any text of the batch is masked in all of them.
        """
        batch = list(texts)
        _require_text(batch)
        if not batch:
            return []
        try:
            return self._redact_batch(batch, self._analyzer.analyze_many(batch))
        except RedactionError:
            raise
        except Exception as exc:
            raise RedactionError(f"redaction failed ({type(exc).__name__})") from exc

    def restore(self, text: str) -> str:
        """Put this scope's originals back in place of its placeholders.

        Tolerates reworded placeholders (``PERSON_1``, ``<person_1>``,
        ``<PERSON_1>'s``); placeholders from elsewhere are left as written.
        The result holds originals: it must not leave the process.
        """
        _require_text([text])
        return self._vault.restore(text)

    def leak_guard(self) -> LeakGuard:
        """A guard that knows this scope's originals and the deny-list."""
        return LeakGuard(self._deny_list, self._vault)

    def _redact_batch(
        self, batch: list[str], found: Sequence[Sequence[EntitySpan]]
    ) -> list[RedactedText]:
        if len(found) != len(batch):
            raise RedactionError("the analyzer answered for the wrong number of texts")
        findings = [
            self._masked_findings(text, spans)
            for text, spans in zip(batch, found, strict=True)
        ]
        known = [self._deny_list.find(text) for text in batch]
        # Register every value first, so that one found in a later text is
        # also masked where the analyzer missed it in an earlier one.
        for text, spans, denied in zip(batch, findings, known, strict=True):
            for span in combine_spans(denied, spans, text, _is_name):
                self._placeholder(text, span)
        results = [
            self._replace(
                text,
                combine_spans(
                    [*denied, *self._vault.find(text)], spans, text, _is_name
                ),
            )
            for text, spans, denied in zip(batch, findings, known, strict=True)
        ]
        for result in results:
            self._verify(result.text)
        return results

    def _masked_findings(
        self, text: str, spans: Sequence[EntitySpan]
    ) -> list[EntitySpan]:
        for span in spans:
            if not 0 <= span.start < span.end <= len(text):
                raise RedactionError("the analyzer returned a span outside the text")
        return [
            edged
            for span in spans
            if self._policy.is_masked(span, text)
            and (edged := without_stray_marks(text, span)) is not None
        ]

    def _placeholder(self, text: str, span: EntitySpan) -> str:
        original = span.canonical or text[span.start : span.end]
        return self._vault.placeholder_for(
            span.entity_type,
            original,
            is_searched=self._policy.is_remembered(span, text),
        )

    def _replace(self, text: str, spans: list[EntitySpan]) -> RedactedText:
        pieces: list[str] = []
        counts: Counter[str] = Counter()
        position = 0
        for span in spans:
            pieces.append(text[position : span.start])
            pieces.append(self._placeholder(text, span))
            counts[span.entity_type] += 1
            position = span.end
        pieces.append(text[position:])
        logger.debug("redacted %d characters: %d values", len(text), len(spans))
        kept = tuple(replace(span, canonical=None) for span in spans)
        return seal("".join(pieces), counts, kept)

    def _verify(self, redacted: str) -> None:
        # Fail closed should a known original survive (a bug, not a policy).
        leftover = known_values_in(redacted, self._deny_list, self._vault)
        if leftover:
            raise RedactionError(
                f"redaction left {len(leftover)} known value(s) in place; "
                "nothing was returned"
            )


def _is_name(entity_type: str) -> bool:
    return match_kind(entity_type) is MatchKind.WORDS


def _require_text(texts: Sequence[object]) -> None:
    if not all(isinstance(text, str) for text in texts):
        raise RedactionError("only str can be redacted")
    for text in texts:
        try:
            str(text).encode("utf-8")
        except UnicodeEncodeError:
            raise CallerError(
                "The text is not valid Unicode (it holds a lone surrogate or "
                "undecodable bytes); send UTF-8 text."
            ) from None


class Redactor:
    """Built once per process; hands out scopes that share its analyzer.

    ``scope(scope_id)`` returns the same scope for the same id while a caller
    still holds it; once released, its originals are dropped from memory and
    a later call starts a fresh scope.
    """

    def __init__(
        self,
        analyzer: EntityAnalyzer,
        deny_list: DenyList,
        policy: RedactionPolicy | None = None,
        vault_store: EncryptedVaultStore | None = None,
    ) -> None:
        self._analyzer = analyzer
        self._deny_list = deny_list
        self.policy = policy or RedactionPolicy()
        self._vault_store = vault_store
        self._lock = threading.Lock()
        self._scopes: weakref.WeakValueDictionary[str, RedactionScope] = (
            weakref.WeakValueDictionary()
        )

    def scope(self, scope_id: str, *, is_persistent: bool = False) -> RedactionScope:
        """The scope for ``scope_id`` (one briefing, ticket thread or account).

        A persistent scope starts from the vault saved under its id, if any,
        and can be saved with ``persist()``; it needs a vault store.
        """
        if not isinstance(scope_id, str) or not scope_id.strip():
            raise RedactionError("a redaction scope needs a non-empty id")
        if is_persistent and self._vault_store is None:
            raise RedactionError("persistent scopes need a vault store")
        with self._lock:
            scope = self._scopes.get(scope_id)
            if scope is None:
                store = self._vault_store if is_persistent else None
                vault = None if store is None else store.load(scope_id)
                scope = RedactionScope(
                    scope_id,
                    self._analyzer,
                    self._deny_list,
                    self.policy,
                    vault,
                    store,
                )
                self._scopes[scope_id] = scope
            return scope

    def for_destination(
        self, destination: Destination, policy: DestinationPolicy
    ) -> Redactor:
        """A redactor sharing this one's analyzer, masking for ``destination``."""
        return Redactor(
            self._analyzer,
            self._deny_list,
            policy.policy_for(destination, self.policy),
            self._vault_store,
        )
