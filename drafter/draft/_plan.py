"""From facts and a skeleton to an outline: which sections, in which order, with which facts.

The skeleton is a Jinja file that renders the whole report as lines and calls
``section(...)`` where a drafted section goes. Rendering it once with a collecting
``section`` gives the plan; the same lines, with each marker replaced by the section's
current text, give the finished report. Keeping both passes on one file is what lets a
non-programmer change the report's frame without touching code.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from drafter.config import Settings
from drafter.facts import SKELETON_ALIASES, Fact, Facts, Placement, infer_placements, infer_topic
from drafter.register import default_heading, paren_number, phrases, report_seed, voice

SKELETON_SUFFIX = ".md.j2"
SECTION_MARK = "@@section "
WORK_KEY_PREFIX = "work-"          # the key of every （一） item of 主要举措和成效: work-01, work-02, …

from drafter.corpus._kinds import (KIND_CLOSING, KIND_INTRO, KIND_LEADERSHIP, KIND_PLANS,  # noqa: E402
                                   KIND_PROBLEMS, KIND_WORK)

# What a clerk may write in a fact's 部分 field -> the section kind it belongs to.
_SECTION_ALIASES = (
    (KIND_LEADERSHIP, ("第一责任人", "履职", "leadership")),
    (KIND_PROBLEMS, ("不足", "问题", "problem", "shortcoming")),
    (KIND_PLANS, ("安排", "打算", "下一年", "plan")),
    (KIND_INTRO, ("导语", "总体", "intro")),
    (KIND_CLOSING, ("结束", "closing")),
    (KIND_WORK, ("举措", "成效", "工作开展", "work")),
)

DEFAULT_TARGET_CHARS = {
    KIND_INTRO: 260,
    KIND_LEADERSHIP: 450,
    KIND_WORK: 420,
    KIND_PROBLEMS: 300,
    KIND_PLANS: 450,
    KIND_CLOSING: 80,
}


class DraftError(ValueError):
    """A skeleton or draft request that cannot be carried out; the message is Chinese."""


@dataclass
class TopicPlan:
    """One （一） item of the work section, as the skeleton sees it."""

    key: str
    name: str
    heading: str                 # without the （一） number and without the final 。
    points: list[str] = field(default_factory=list)
    fact_ids: list[str] = field(default_factory=list)
    given_heading: bool = False


# --- skeleton files ---------------------------------------------------------------------

def skeleton_path(settings: Settings, name: str) -> Path:
    return Path(settings.templates_dir) / f"{name}{SKELETON_SUFFIX}"


def skeleton_names(settings: Settings) -> list[str]:
    folder = Path(settings.templates_dir)
    if not folder.is_dir():
        return []
    names = [p.name[: -len(SKELETON_SUFFIX)] for p in folder.glob(f"*{SKELETON_SUFFIX}")]
    return sorted(n for n in names if not n.startswith("_"))


def skeleton_description(path: Path) -> str:
    """The skeleton's first Jinja comment, which is its one-line Chinese description."""
    text = path.read_text(encoding="utf-8")
    match = re.match(r"\s*\{#-?\s*(.*?)\s*-?#\}", text, re.S)
    return " ".join(match.group(1).split()) if match else path.name


def list_skeleton_descriptions(settings: Settings) -> list[tuple[str, str]]:
    return [(n, skeleton_description(skeleton_path(settings, n))) for n in skeleton_names(settings)]


def _environment(settings: Settings) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(settings.templates_dir)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def resolve_skeleton(settings: Settings, facts: Facts, skeleton: str | None) -> str:
    name = (skeleton or getattr(facts, "skeleton", None) or "四段式").strip()
    name = SKELETON_ALIASES.get(name, name)          # --skeleton 第一责任人在前, as the facts file allows
    if not skeleton_path(settings, name).exists():
        available = "、".join(skeleton_names(settings)) or "（无）"
        raise DraftError(f"找不到报告骨架“{name}”（{settings.templates_dir}），可选：{available}")
    return name


# --- dates and titles -------------------------------------------------------------------

def chinese_date(day: _dt.date) -> str:
    """2024年1月27日: Arabic numerals, no zero padding (GB/T 9704)."""
    return f"{day.year}年{day.month}月{day.day}日"


def report_date(facts: Facts, today: _dt.date | None = None) -> str:
    """The clerk's 成文日期, else today when today can be one (the report year or the next),
    else a blank “2022年  月  日” for the clerk to fill in rather than an invented date."""
    given = (facts.date or "").strip()
    if given:
        return given
    today = today or _dt.date.today()
    if today.year in (facts.year, facts.year + 1):
        return chinese_date(today)
    return f"{facts.year + 1}年{BLANK_DATE_TAIL}"


BLANK_DATE_TAIL = "  月  日"


# --- facts into sections ----------------------------------------------------------------

def section_kind_of(label: str | None) -> str | None:
    """The section kind a clerk's 部分 value names (第一责任人履职, 存在的不足, …), or None."""
    if not label:
        return None
    text = label.strip()
    for kind, keys in _SECTION_ALIASES:
        if text == kind or any(k in text for k in keys):
            return kind
    return None


def fact_placements(facts: Facts, settings: Settings) -> dict[str, Placement]:
    """Inferred 主题/部分 for the facts the clerk left without a 主题 (see drafter.facts.infer_placement),
    from the packaged topic table merged with the clerk's <home>/topics.yaml."""
    return infer_placements(facts, topic_table(settings))


def topic_table(settings: Settings) -> dict[str, list[str]]:
    from drafter.corpus import load_topics

    return load_topics(Path(settings.home))


def fact_sections(facts: Facts, placements: dict[str, Placement]) -> dict[str, str | None]:
    """Fact id -> the section it goes to: the clerk's 部分, else the inferred one (None: work)."""
    result = {}
    for fact in facts.facts:
        placement = placements.get(fact.id)
        result[fact.id] = fact.section or (placement.section if placement else None)
    return result


def _topic_plans(facts: Facts, placements: dict[str, Placement] | None = None,
                 table: dict[str, list[str]] | None = None) -> list[TopicPlan]:
    """The （一） items of the work section, in order.

    First the clerk's topics, in the clerk's order (工作事项, else the 主题 typed on facts, in
    order of first mention), untouched. A fact without 主题 joins the clerk's topic whose name
    its label contains, or whose name (or given heading) infers to the same table topic as the
    label. The rest form blocks of inferred topics in the standard order (drafter/draft/_groups),
    and “其他工作” holds only the facts that fit no topic at all.
    """
    from drafter.draft._groups import group_topics

    placements = placements or {}
    table = table or {}
    v = voice(facts.org, facts.level)
    seed = report_seed(facts.org, facts.year)     # the same report always gets the same headings
    plans: list[TopicPlan] = []
    by_name: dict[str, TopicPlan] = {}

    def add(name: str, heading: str | None = None, points=()) -> TopicPlan:
        clean = (heading or "").strip().rstrip("。")
        plan_ = TopicPlan(key=f"{WORK_KEY_PREFIX}{len(plans) + 1:02d}", name=name,
                          heading=clean or default_heading(name, v, seed=seed), points=list(points),
                          given_heading=bool(clean))
        plans.append(plan_)
        by_name[name] = plan_
        return plan_

    for topic in facts.topics:
        if topic.name in by_name:
            by_name[topic.name].points.extend(topic.points)
            continue
        add(topic.name, topic.heading, topic.points)
    sections = fact_sections(facts, placements)
    loose: list[Fact] = []
    for fact in facts.facts:
        if fact.topic:
            target = by_name.get(fact.topic) or add(fact.topic)
            target.fact_ids.append(fact.id)
        elif section_kind_of(sections.get(fact.id)) in (None, KIND_WORK):
            loose.append(fact)
    clerk_plans = list(plans)
    pending: dict[str | None, list[str]] = {}
    for fact in loose:
        placement = placements.get(fact.id)
        inferred = placement.topic if placement else None
        target = _guess_topic(fact, clerk_plans) or _same_topic(inferred, clerk_plans, table)
        if target is not None:
            target.fact_ids.append(fact.id)
        else:
            pending.setdefault(inferred, []).append(fact.id)
    position = {fact.id: n for n, fact in enumerate(facts.facts)}
    for plan_ in clerk_plans:                # the clerk's topics keep the sheet's order of facts
        plan_.fact_ids.sort(key=position.__getitem__)
    unplaced = pending.pop(None, [])
    for group in group_topics(pending, list(table)):
        (by_name.get(group.name) or add(group.name)).fact_ids.extend(group.fact_ids)
    if unplaced:
        bank = phrases()
        target = by_name.get(bank["other_topic"]) or add(bank["other_topic"], bank["other_heading"])
        target.fact_ids.extend(unplaced)
    return plans


def _guess_topic(fact: Fact, plans: list[TopicPlan]) -> TopicPlan | None:
    """The topic whose name occurs in the fact's label (收到行政复议申请 → 行政复议), if exactly one does."""
    hits = [p for p in plans if p.name and p.name in fact.label]
    return hits[0] if len(hits) == 1 else None


def _same_topic(inferred: str | None, plans: list[TopicPlan], table: dict[str, list[str]]) -> TopicPlan | None:
    """The first of the clerk's topics that the table files under ``inferred`` (by its name, else its
    own heading): a 罚没款 row joins the clerk's “严格规范公正文明执法”."""
    if not inferred:
        return None
    for plan_ in plans:
        texts = [plan_.name] + ([plan_.heading] if plan_.given_heading else [])
        for text in texts:
            found, _ = infer_topic(text, table)
            if found is not None:
                if found == inferred:
                    return plan_
                break
    return None


# --- the plan pass -----------------------------------------------------------------------

@dataclass
class _Collected:
    key: str
    kind: str
    heading: str
    number: str
    topic: str | None
    target_chars: int | None


def render_frame(settings: Settings, facts: Facts, skeleton: str, *, closing: bool = False,
                 today: _dt.date | None = None) -> tuple[list[str], list[_Collected], list[TopicPlan]]:
    """Render the skeleton: its lines (with section markers) and the sections it asked for."""
    placements = fact_placements(facts, settings)
    topics = _topic_plans(facts, placements, topic_table(settings))
    sections = fact_sections(facts, placements)
    collected: list[_Collected] = []
    seen: set[str] = set()

    def section(key: str, kind: str, heading: str = "", topic: str | None = None, number: str = "",
                target_chars: int | None = None) -> str:
        if key in seen:
            raise DraftError(f"报告骨架“{skeleton}”中的节“{key}”重复出现")
        seen.add(key)
        collected.append(_Collected(key, kind, heading, number, topic, target_chars))
        return f"{SECTION_MARK}{key}"

    v = voice(facts.org, facts.level)
    has_leadership = bool(facts.leadership) or any(
        section_kind_of(sections[f.id]) == KIND_LEADERSHIP for f in facts.facts)
    context = {
        "facts": facts,
        "org": facts.org,
        "year": facts.year,
        "level": facts.level,
        "voice": v,
        "recipient": (facts.recipient or "").strip().rstrip("：:") or None,
        "signature": (facts.signature or "").strip() or facts.org,
        "date": report_date(facts, today),
        "topics": topics,
        "has_leadership": has_leadership,
        "closing": closing,
        "section": section,
        "paren": paren_number,
    }
    try:
        template = _environment(settings).get_template(f"{skeleton}{SKELETON_SUFFIX}")
        text = template.render(**context)
    except jinja2.TemplateError as exc:
        raise DraftError(f"报告骨架“{skeleton}”无法使用：{exc}") from exc
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    return lines, collected, topics


def assign(facts: Facts, collected: list[_Collected], topics: list[TopicPlan],
           sections: dict[str, str | None] | None = None) -> dict[str, tuple[list[str], list[str]]]:
    """key -> (fact ids, points): every fact lands in exactly one section.

    A fact goes to its topic's （一） item, else to the section its 部分 names (or, in
    ``sections``, the one inferred for it); when the skeleton has no such section it falls
    back to the first work item, then to the 导语.
    """
    sections = sections or {}
    keys = [c.key for c in collected]
    result: dict[str, tuple[list[str], list[str]]] = {k: ([], []) for k in keys}
    first_of_kind: dict[str, str] = {}
    for c in collected:
        first_of_kind.setdefault(c.kind, c.key)
    fallback = first_of_kind.get(KIND_WORK) or first_of_kind.get(KIND_INTRO) or (keys[0] if keys else None)
    if fallback is None:
        raise DraftError("报告骨架中没有任何需要起草的节")
    topic_of_fact = {fid: t.key for t in topics for fid in t.fact_ids}

    def target_for_kind(kind: str | None) -> str:
        return first_of_kind.get(kind or "", fallback)

    for t in topics:                     # in the plan's order: grouped blocks put related figures together
        result[t.key if t.key in result else fallback][0].extend(t.fact_ids)
    for fact in facts.facts:
        if fact.id not in topic_of_fact:
            result[target_for_kind(section_kind_of(sections.get(fact.id, fact.section)))][0].append(fact.id)
    for t in topics:
        key = t.key if t.key in result else fallback
        result[key][1].extend(t.points)
    for kind, points in ((KIND_LEADERSHIP, facts.leadership), (KIND_PROBLEMS, facts.shortcomings),
                         (KIND_PLANS, facts.plans)):
        result[target_for_kind(kind)][1].extend(points)
    return result


def exemplar_query(kind: str, heading: str, topic: str | None, year: int) -> str:
    """What to ask the index for: the topic and heading for a work item, the kind's usual words otherwise."""
    plain = re.sub(r"^[（(][一二三四五六七八九十]+[）)]|^[一二三四五六七八九十]+、", "", heading)
    if kind == KIND_WORK:
        return " ".join(x for x in (topic, plain) if x)
    return {
        KIND_INTRO: "法治政府建设情况 导语 现将有关情况报告如下",
        KIND_LEADERSHIP: "党政主要负责人履行推进法治建设第一责任人职责",
        KIND_PROBLEMS: "存在的不足和原因",
        KIND_PLANS: f"{year + 1}年推进法治政府建设主要安排 工作打算",
        KIND_CLOSING: "总之 法治保障 结束语",
    }.get(kind, plain or kind)


def target_chars_for(kind: str, n_facts: int, n_points: int, given: int | None) -> int:
    """Target length grows with what the section has to say (real 举措 items run 200–700 characters)."""
    if given:
        return given
    base = DEFAULT_TARGET_CHARS.get(kind, 400)
    if kind in (KIND_WORK, KIND_LEADERSHIP, KIND_PLANS):
        return max(base // 2, min(900, 120 + 70 * n_points + 35 * n_facts))
    return base
