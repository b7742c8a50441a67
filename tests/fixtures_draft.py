"""Draft fixtures: the sample facts, a six-section facts set, a real store, and a model stand-in.

``model_reply(body)`` answers a drafting request the way a careful model would: it reads
the facts table and the heading rule out of the rendered prompt and writes a section
that uses every fact exactly. Tests set it as ``llm_server.default`` so that only the
section a test is about needs scripted replies (sections run concurrently, so those go
through ``enqueue_for``). ``bench/draft.py`` uses it too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLE_FACTS = REPO / "examples" / "facts.yaml"

# Six planned sections with 四段式: 导语, 第一责任人履职, two （一） items, 不足, 安排.
SIX_SECTION_FACTS = {
    "org": "示例市东城区司法局",
    "year": 2023,
    "level": "部门",
    "skeleton": "四段式",
    "date": "2024年1月26日",
    "leadership": ["局党组书记切实履行推进法治建设第一责任人职责", "落实会前学法制度"],
    "topics": [
        # a heading of its own, so routing replies by heading does not depend on the phrase bank
        {"name": "行政复议", "heading": "依法化解行政争议，行政复议主渠道作用有效发挥",
         "points": ["畅通复议申请渠道，设立行政复议便民服务窗口", "推行行政复议决定书网上公开"]},
        {"name": "普法", "heading": "深入开展法治宣传教育，全社会法治意识明显增强",
         "points": ["组织开展宪法宣传周主题活动", "推进法治文化阵地建设"]},
    ],
    "facts": [
        {"id": "xx", "label": "局党组理论学习中心组集体学法", "value": 6, "unit": "次", "section": "第一责任人履职"},
        {"id": "sq", "label": "收到行政复议申请", "value": 37, "unit": "件", "topic": "行政复议"},
        {"id": "sj", "label": "审结行政复议案件", "value": 32, "unit": "件", "topic": "行政复议"},
        {"id": "pf", "label": "开展普法宣传活动", "value": 120, "unit": "场", "approx": "余", "topic": "普法"},
        {"id": "cg", "label": "人民调解调处成功率", "value": 99.26, "unit": "%", "topic": "普法"},
    ],
    "shortcomings": ["基层法治工作力量相对薄弱"],
    "plans": ["全面落实新修订的行政复议法"],
}

_ROW = re.compile(r"^\| (?P<id>[^|]+?) \| (?P<label>[^|]+?) \| (?P<value>[^|]+?) \| (?P<unit>[^|]+?) \| "
                  r"(?P<approx>[^|]+?) \| (?P<written>[^|]+?) \|$", re.M)
_RUN_IN = re.compile(r"以小标题“(?P<heading>[^”]+)”开头")


def prompt_facts(prompt: str) -> list[dict]:
    """The facts table rows of a rendered section/repair/regenerate prompt."""
    return [m.groupdict() for m in _ROW.finditer(prompt) if m.group("id") not in ("编号", "---")]


def model_reply(body: dict, *, extra: str = "") -> str:
    """A correct section for the request: run-in heading if asked, every fact written as given."""
    prompt = "\n".join(m.get("content", "") for m in body.get("messages", []) if m.get("role") == "user")
    heading = _RUN_IN.search(prompt)
    rows = prompt_facts(prompt)
    clauses = "，".join(f"{r['label']}{r['written']}" for r in rows)
    text = heading.group("heading") if heading else ""
    text += "认真落实各项工作要求，扎实推进法治政府建设。"
    if clauses:
        text += f"一是全年{clauses}。"
    text += "二是健全工作机制，狠抓任务落实。" + extra
    if "现将有关情况报告如下" in prompt and "导语" in prompt:
        text += "现将有关情况报告如下："
    return text


@pytest.fixture
def example_facts():
    from drafter.facts import load_facts

    return load_facts(EXAMPLE_FACTS)


@pytest.fixture
def six_facts():
    from drafter.facts import facts_from_dict

    return facts_from_dict(SIX_SECTION_FACTS, source="six_section_facts")


@pytest.fixture
def draft_store(settings):
    from drafter.store import Store

    return Store(settings.db_path)


async def collect(events) -> list:
    """All events of a draft_report / regenerate_section run."""
    return [event async for event in events]


@pytest.fixture
def collect_events():
    return collect
