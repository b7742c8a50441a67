"""Fixtures for everything that needs a built retrieval index (corpus/index area).

Building the index over the five sample reports embeds ~90 chunks, which takes tens of
seconds on a shared 2-core machine, so it is built ONCE per test session and reused:

``sample_index_home``  (session) Path of a DRAFTER_HOME whose ``index/`` holds the sample
                       corpus index. Treat it as read-only.
``sample_settings``    (session) Settings pointing at that home (``settings.index_dir`` is built).
``sample_index``       (session) an ``Index`` over it, ready for ``.search(...)``.
``indexed_home``       (function) conftest's ``home`` (fresh DRAFTER_HOME, env var set,
                       cwd = tmp_path) with a private copy of the built index, for tests that
                       also write drafts or re-index; returns the home Path.
``indexed_settings``   (function) ``load_settings()`` for ``indexed_home``.

Helper for code outside pytest fixtures: ``settings_for_index_home(path)``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = REPO / "corpus"


def settings_for_index_home(home: Path):
    """Settings whose ``index_dir`` is ``home/index`` (no environment involved)."""
    from drafter.config import Settings

    return Settings(home=Path(home))


@pytest.fixture(scope="session")
def sample_index_home(tmp_path_factory) -> Path:
    from drafter.index import Index

    root = tmp_path_factory.mktemp("sample-index")
    corpus = root / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    home = root / "home"
    report = Index(settings_for_index_home(home)).update([corpus])
    assert not report.errors, report.errors
    assert len(report.added) == 5
    return home


@pytest.fixture(scope="session")
def sample_settings(sample_index_home):
    return settings_for_index_home(sample_index_home)


@pytest.fixture(scope="session")
def sample_index(sample_settings):
    from drafter.index import Index

    return Index(sample_settings)


@pytest.fixture
def indexed_home(sample_index_home, home) -> Path:
    """conftest's fresh ``home`` (DRAFTER_HOME set, cwd = tmp_path) with the sample index copied in."""
    shutil.copytree(sample_index_home / "index", home / "index")
    return home


@pytest.fixture
def indexed_settings(indexed_home, settings):
    return settings
