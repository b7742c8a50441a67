"""Render prompts/*.j2 into chat messages for one section.

The wording lives in the .j2 files so a non-programmer can change it; this module only
gathers the variables (facts as table rows, the era wording, per-kind guidance) and
renders with StrictUndefined so a typo in a prompt fails loudly instead of silently
dropping a rule.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

import jinja2

from drafter.brief import SectionBrief
from drafter.config import Settings
from drafter.draft._plan import DraftError
from drafter.llm import GenerationRequest
from drafter.register import era, format_value, quantity, voice

SYSTEM = "system.j2"
SECTION = "section.j2"
REPAIR = "repair.j2"
REGENERATE = "regenerate.j2"


@dataclass
class FactRow:
    """One row of the facts table as the prompt shows it."""

    id: str
    label: str
    value: str
    unit: str
    approx: str | None
    written: str
    last_year: str | None = None   # 上年值 as written (95%, 40件), only when a 同比 can be stated
    yoy: str | None = None         # the 同比 clause computed from the two values (同比增长12.5%)


@functools.lru_cache(maxsize=8)
def _environment(prompts_dir: str) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(prompts_dir), undefined=jinja2.StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False,
                              autoescape=False)


def fact_rows(brief: SectionBrief) -> list[FactRow]:
    return [FactRow(id=f.id, label=f.label, value=format_value(f.value), unit=f.unit or "", approx=f.approx,
                    written=quantity(f.value, f.unit, f.approx), **_yoy_columns(f)) for f in brief.facts]


def _yoy_columns(fact) -> dict:
    """The 上年值 and the 同比 clause computed from the two values, so a model copies a right rate
    instead of computing one (nor writes % for a rate's change). None for a rough figure or a plan."""
    from drafter.lastyear import yoy_phrase

    last = getattr(fact, "last_year", None)
    if last is None or fact.approx or fact.section == "下一年度安排":
        return {}
    phrase = yoy_phrase(fact.value, last, fact.unit)
    return {"last_year": quantity(last, fact.unit, None), "yoy": phrase} if phrase else {}


def guidance(brief: SectionBrief) -> str:
    """How this kind of section is written in real reports (DOMAIN Part 2), in one or two sentences."""
    v = voice(brief.org, brief.level)
    e = era(brief.year)
    run_in = brief.number.startswith("（")
    heading = (brief.heading or "").rstrip("。")
    lead = f"以小标题“{heading}。”开头，正文紧接在小标题之后（同一段）；" if run_in and heading else ""
    return {
        "导语": (f"只写一段导语：按“{brief.year}年，{brief.org}在……的领导下，坚持以……为指导，深入学习贯彻……，"
                 "认真贯彻落实……，……，为……提供有力法治保障。”的格式概括全年工作，"
                 "最后一句必须是“现将有关情况报告如下：”。不写小标题。"
                 f"{brief.year}年度报告的提法：坚持以{e.thought}为指导，深入学习贯彻{e.spirit}，"
                 f"认真贯彻落实{e.outline}，着力建设{e.goal}的法治政府。"),
        "第一责任人履职": (f"{lead}写{v.subject}履行推进法治建设第一责任人职责的情况：先用一句话总述，"
                          "再用“一是……。二是……。”分述具体做法。" + ("" if run_in else "不要重复一级标题。")),
        "主要举措和成效": (f"{lead}先用一两句话概述，再用“一是……。二是……。”写具体举措和成效，"
                          "数据放在相应的举措之后。"),
        "存在的不足和原因": (f"{lead}以“对照……要求，{v.me}法治政府建设仍存在一些不足：”开头，用“一是……。二是……。”"
                           "写不足，再以“原因主要是……”写原因。实事求是，不写成绩。"),
        "下一年度安排": (f"{lead}以“{brief.year + 1}年，{v.me}将……重点做好以下工作：”开头，"
                        "用“一是……。二是……。”写工作安排。只写安排，不提任何请求。"),
        "结束语": "只写一句结束语，以“总之，”开头，表明推进法治政府建设的决心。",
    }.get(brief.kind, f"{lead}用“一是……。二是……。”分述。")


# what could pass for a block delimiter inside quoted corpus text
_MARKERS = re.compile(r"[<>＜＞《》〈〉]{2,}|范文(?=开始|结束)")


def _unmarked(text: str) -> str:
    """Corpus text with anything that could pass for a block delimiter taken out."""
    return _MARKERS.sub(lambda m: "范文·" if m.group().startswith("范文") else "", text or "")


def quoted_exemplars(exemplars) -> list:
    """The exemplars as the prompt quotes them: delimiter look-alikes removed from their text,
    title and heading path (all of them come from files anyone could have put in the corpus)."""
    out = []
    for ex in exemplars or []:
        out.append(dataclasses.replace(
            ex, text=_unmarked(ex.text), title=_unmarked(" ".join(str(ex.title or "").split())),
            heading_path=[_unmarked(" ".join(str(h).split())) for h in (ex.heading_path or [])]))
    return out


def section_label(brief: SectionBrief) -> str:
    if brief.heading:
        return brief.heading.rstrip("。")
    return {"导语": "导语（开头段）", "结束语": "结束语"}.get(brief.kind, brief.kind)


def render(settings: Settings, template: str, brief: SectionBrief) -> str:
    env = _environment(str(Path(settings.prompts_dir)))
    try:
        return env.get_template(template).render(
            brief=brief, facts=fact_rows(brief), exemplars=quoted_exemplars(brief.exemplars),
            fence=secrets.token_hex(4), voice=voice(brief.org, brief.level),
            era=era(brief.year), guidance=guidance(brief), section_label=section_label(brief)).strip()
    except jinja2.TemplateError as exc:
        raise DraftError(f"提示词模板 {template} 无法使用（{settings.prompts_dir}）：{exc}") from exc


def max_tokens_for(settings: Settings, brief: SectionBrief) -> int:
    """The larger of DRAFTER_MAX_TOKENS and room for the target length with margin (a Chinese
    character is about one to two tokens). The setting can only raise it: a reasoning model
    spends tokens on thinking, and a cut-off section fails rather than reaching the report."""
    return max(settings.max_tokens, brief.target_chars * 3 + 200)


def build_request(settings: Settings, brief: SectionBrief, template: str = SECTION) -> GenerationRequest:
    messages = [{"role": "system", "content": render(settings, SYSTEM, brief)},
                {"role": "user", "content": render(settings, template, brief)}]
    return GenerationRequest(brief=brief, messages=messages, prompt_file=template,
                             max_tokens=max_tokens_for(settings, brief))
