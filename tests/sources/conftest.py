"""Fixtures for the sources tests."""

from __future__ import annotations

import pytest

from dateline.config import Settings


@pytest.fixture
def small() -> Settings:
    """Settings with a 1 KB document limit."""
    return Settings(max_document_bytes=1024)
