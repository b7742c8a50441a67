"""Facts the clerk left without 主题 gathered into （一） blocks, in the report's standard order.

The order and the grouping are data (``blocks``, ``labels`` and ``merge_at_most`` in
``drafter/data/topics.yaml``), so an editor can move 普法 before 执法 without touching code.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from drafter.corpus._topics import PACKAGED_TOPICS


@dataclass
class TopicGroup:
    """One （一） block made of inferred topics."""

    name: str                                         # what the block is called (the writer's topic)
    topics: list[str] = field(default_factory=list)   # the topic-table names it gathers
    fact_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Rules:
    blocks: tuple[tuple[str, tuple[str, ...]], ...]
    labels: dict
    merge_at_most: int


@functools.lru_cache(maxsize=2)
def _rules(path: Path = PACKAGED_TOPICS) -> _Rules:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    blocks = tuple((str(b["name"]), tuple(str(t) for t in b.get("topics") or ()))
                   for b in data.get("blocks") or ())
    return _Rules(blocks=blocks, labels={str(k): str(v) for k, v in (data.get("labels") or {}).items()},
                  merge_at_most=int(data.get("merge_at_most", 2)))


def topic_label(topic: str) -> str:
    """How a block made of one table topic is called (学法用法/普法 → 普法)."""
    return _rules().labels.get(topic, topic)


def standard_order() -> list[str]:
    """Table topics in the order the report takes them up."""
    return [t for _, members in _rules().blocks for t in members]


def group_topics(fact_ids_by_topic: dict[str, list[str]], table_order: list[str]) -> list[TopicGroup]:
    """Blocks for facts already sorted into table topics, in the standard order.

    Within one group of the data (e.g. 行政复议 + 行政应诉), the topics that have facts form a
    single block when each has at most ``merge_at_most`` facts (two lone figures do not make
    a paragraph each); as soon as one has more, each topic is its own block. Topics in no
    group (a clerk's own, from <home>/topics.yaml) follow, one block each, in table order.
    """
    rules = _rules()
    groups: list[TopicGroup] = []
    placed: set[str] = set()
    for name, members in rules.blocks:
        present = [t for t in members if fact_ids_by_topic.get(t)]
        placed.update(members)
        if not present:
            continue
        if len(present) > 1 and all(len(fact_ids_by_topic[t]) <= rules.merge_at_most for t in present):
            groups.append(TopicGroup(name, present, [i for t in present for i in fact_ids_by_topic[t]]))
            continue
        groups.extend(TopicGroup(topic_label(t), [t], list(fact_ids_by_topic[t])) for t in present)
    rest = [t for t in table_order if t not in placed and fact_ids_by_topic.get(t)]
    rest += [t for t in fact_ids_by_topic if t not in placed and t not in rest and fact_ids_by_topic[t]]
    groups.extend(TopicGroup(topic_label(t), [t], list(fact_ids_by_topic[t])) for t in rest)
    return groups
