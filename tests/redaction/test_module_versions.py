"""Odoo module versions are told from IPv4 addresses by the words around them."""

from __future__ import annotations

import pytest

from redaction.recognizers.module_versions import ModuleVersions, is_version_shaped


@pytest.mark.parametrize(
    ("address", "is_shaped"),
    [
        pytest.param("17.0.1.3", True, id="odoo-17"),
        pytest.param("8.0.1.0", True, id="oldest-major"),
        pytest.param("19.0.2.1", True, id="newest-major"),
        pytest.param("10.0.0.1", False, id="private-range"),
        pytest.param("7.0.1.0", False, id="major-too-old"),
        pytest.param("20.0.1.0", False, id="major-too-new"),
        pytest.param("17.1.1.3", False, id="minor-not-zero"),
        pytest.param("192.168.1.20", False, id="lan-address"),
        pytest.param("17.0.1", False, id="three-parts"),
    ],
)  # fmt: skip
def test_version_shape(address: str, is_shaped: bool) -> None:
    """Only an Odoo major from 8 to 19 then 0 has a version's shape; never 10."""
    assert is_version_shaped(address, 8, 19) is is_shaped


@pytest.mark.parametrize(
    ("text", "quad", "is_version"),
    [
        pytest.param("Upgraded sale_management 17.0.1.3 today", "17.0.1.3",
                     True, id="technical-name"),
        pytest.param("hr_expense (16.0.1.0) fails", "16.0.1.0", True,
                     id="technical-name-bracket"),
        pytest.param("hr_expense 10.0.1.0 fails", "10.0.1.0", True,
                     id="technical-name-odoo-10"),
        pytest.param("The fix ships in 17.0.1.3.", "17.0.1.3", True,
                     id="shape-alone"),
        pytest.param("Odoo 17.0.1.3 and 16.0.1.0 fail", "16.0.1.0", True,
                     id="second-version"),
        pytest.param("module version 10.0.0.7", "10.0.0.7", True,
                     id="cue-right-before"),
        pytest.param("The server at 10.0.0.1 is down", "10.0.0.1", False,
                     id="private-address"),
        pytest.param("Reached 10.0.0.1 again", "10.0.0.1", False,
                     id="private-address-no-cue"),
        pytest.param("server 12.0.1.3 responded", "12.0.1.3", False,
                     id="shape-beside-network-word"),
        pytest.param("db_host = 16.0.4.2", "16.0.4.2", False,
                     id="config-key-names-a-host"),
        pytest.param("ssh to 17.0.1.3 fails", "17.0.1.3", False,
                     id="ssh"),
        pytest.param("Connect to 192.168.1.20", "192.168.1.20", False,
                     id="lan-address"),
        pytest.param("sale 192.168.1.20 today", "192.168.1.20", False,
                     id="not-a-technical-name"),
    ],
)  # fmt: skip
def test_version_or_address(text: str, quad: str, is_version: bool) -> None:
    """Context decides; on doubt the quad stays an address (masked)."""
    start = text.index(quad)
    found = ModuleVersions().is_version(text, start, start + len(quad))
    assert found is is_version
