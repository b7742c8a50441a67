"""Topics (行政复议, 政务公开, ...) come from a YAML file a clerk can extend, not from code.

The packaged ``drafter/data/topics.yaml`` is merged with ``<home>/topics.yaml`` if the clerk
has one: a new topic is added, an existing topic gains the clerk's keywords.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

import yaml

from drafter.corpus._errors import CorpusError

PACKAGED_TOPICS = Path(__file__).resolve().parent.parent / "data" / "topics.yaml"
HEADING_WEIGHT = 3
MIN_SCORE = 2
MAX_TOPICS = 4


def load_topics(home: Path | None = None) -> dict[str, list[str]]:
    topics = _read_topics_file(PACKAGED_TOPICS)
    if home is None:
        from drafter.config import load_settings

        home = load_settings().home
    user_file = Path(home) / "topics.yaml"
    if user_file.exists():
        for name, keywords in _read_topics_file(user_file).items():
            merged = topics.setdefault(name, [])
            merged.extend(k for k in keywords if k not in merged)
    return topics


def topics_fingerprint(topics: dict[str, list[str]]) -> str:
    """Changes when the clerk edits topics, so the index knows to re-tag its chunks."""
    return hashlib.sha256(json.dumps(topics, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]


def _read_topics_file(path: Path) -> dict[str, list[str]]:
    """Parsed once per version of the file (a draft reads the table for every run, and parsing
    the YAML cost more than the run's searches); the caller gets its own copy."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise CorpusError(f"主题词表 {path} 无法读取：{exc}") from exc
    parsed = _parse_topics_file(str(path), stat.st_mtime_ns, stat.st_size)
    return {name: list(keywords) for name, keywords in parsed.items()}


@functools.lru_cache(maxsize=16)
def _parse_topics_file(name: str, mtime_ns: int, size: int) -> dict[str, list[str]]:
    path = Path(name)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise CorpusError(f"主题词表 {path} 无法读取：{exc}") from exc
    data = data.get("topics", data) if isinstance(data, dict) else None
    if not isinstance(data, dict):
        raise CorpusError(f"主题词表 {path} 格式有误：应为“主题: [关键词, ...]”")
    return {str(name): [str(k) for k in (keywords or [])] for name, keywords in data.items()}


def assign_topics(heading_form: str, text_form: str, topics: dict[str, list[str]]) -> list[str]:
    """Topics whose keywords the heading (weighted) and text mention, strongest first."""
    scored = []
    for name, keywords in topics.items():
        score = sum(HEADING_WEIGHT * heading_form.count(k) + text_form.count(k) for k in keywords)
        if score >= MIN_SCORE:
            scored.append((score, name))
    scored.sort(key=lambda item: -item[0])
    return [name for _, name in scored[:MAX_TOPICS]]


def topic_matches(wanted: str, name: str) -> bool:
    """"普法" finds the topic "学法用法/普法": clerks type one half of a paired name."""
    return wanted == name or wanted in name.split("/")
