"""From cleaned paragraphs to a report's parts: title, sections, and what each section is for.

The section *kind* is what the draft engine asks for ("show me how others wrote 存在的不足和原因"),
so it is decided from the top-level heading, which carries the report's skeleton, and from a
few telltale openings for parts that have no heading at all (an unheaded problems paragraph,
a closing "总之……").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.corpus._clean import matching_form
from drafter.corpus._headings import Heading, is_plain_heading, parse_numbered

from drafter.corpus._kinds import KIND_CLOSING, KIND_OTHER, KIND_PLANS, KIND_PROBLEMS, KIND_WORK
from drafter.corpus._kinds import KIND_INTRO as KIND_OPENING
from drafter.corpus._kinds import KIND_LEADERSHIP as KIND_FIRST_DUTY

_DOC_TYPE_END = re.compile(r"(报告|汇报|通报|通知|方案|意见|总结|办法|决定|请示|函|要点|规划|细则)$")
_ORG_END = re.compile(r"(政府|办公室|办公厅|局|委员会|委|办|厅|部|院|镇|乡|街道办事处|街道|区|县|市|省|司法局|中心)$")
_ADDRESSEE = re.compile(r"[：:]$")
_ATTACHMENTS = re.compile(r"^附件\s*\d*\s*[:：]")
_SIGN_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
_MAX_FRONT_LINE = 60

_FIRST_DUTY = re.compile(r"第一责任人")
_PROBLEMS = re.compile(r"(存在|面临|主要)的?.{0,6}(问题|不足|困难|差距|短板)|^.{0,4}(问题|不足)(和|及|与)?")
# 行政执法年度计划 / 双随机抽查计划 heads how the year's enforcement plan was carried out: work done
_PLANS = re.compile(r"打算|思路|(?<!执法)(?<!执法年度)(?<!检查)(?<!抽查)计划|展望|目标任务|下一步|下步|明年"
                    r"|(工作|主要|年度|\d{4}年.*)安排")
# 审议意见中“…加快迭代升级主动改革的理念思路”落实情况: words quoted in a heading are the cited
# item's, not the heading's; its own words (落实情况) say work done
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_OTHER = re.compile(r"(人大|政协).*(意见|审议|评议)|其他需要报告|其他事项")
_UNHEADED_PROBLEMS = re.compile(r"(还|仍|也|依然)(然)?(存在|有)(着)?(一些|一定|不少|诸多|的)?.{0,4}(不足|问题|差距|短板|薄弱)")
_CLOSING = re.compile(r"^总之")


@dataclass
class RawSection:
    """A section before kinds and topics are known."""

    heading: str
    heading_path: list[str]
    level: int
    lines: list[str] = field(default_factory=list)
    forced_kind: str | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass
class Layout:
    title: str
    front: list[str]          # title block, addressee and the like, not part of any section
    sections: list[RawSection]


def lay_out(paragraphs: list[str]) -> Layout:
    """Split a document's paragraphs into front matter and sections."""
    front_end = _front_matter_end(paragraphs)
    front = paragraphs[:front_end]
    body = _drop_signatures(paragraphs[front_end:])
    return Layout(title=_title(front), front=front, sections=_sections(body))


def _front_matter_end(paragraphs: list[str]) -> int:
    """Index of the first paragraph of running text (or of the first heading)."""
    for i, paragraph in enumerate(paragraphs):
        if _is_addressee(paragraph):
            return i + 1
        if len(paragraph) > _MAX_FRONT_LINE or "。" in paragraph or _ADDRESSEE.search(paragraph) \
                or parse_numbered(paragraph):
            return i
    return 0


def _is_addressee(paragraph: str) -> bool:
    """"各镇人民政府，各街道办事处：" or "县委、县政府：", not an opening that ends "报告如下："."""
    return bool(_ADDRESSEE.search(paragraph)) and len(paragraph) <= 60 and "。" not in paragraph \
        and "如下" not in paragraph


def _title(front: list[str]) -> str:
    lines = [line for line in front if not _is_addressee(line)]
    if not lines:
        return ""
    forms = [matching_form(line) for line in lines]
    start = next((i for i, form in enumerate(forms) if "关于" in form), None)
    if start is None:
        start = 0
    elif start > 0 and "关于" not in forms[start - 1] and _ORG_END.search(forms[start - 1]) \
            and not forms[start].startswith(forms[start - 1]):
        start -= 1
    title, title_form = "", ""
    for line, form in zip(lines[start:], forms[start:]):
        title, title_form = title + line, title_form + form
        if _DOC_TYPE_END.search(title_form) and "关于" in title_form or \
                _DOC_TYPE_END.search(title_form) and "关于" not in "".join(forms[start:]):
            break
    return title


def _drop_signatures(paragraphs: list[str]) -> list[str]:
    """Remove sign-off blocks (issuing body + date) wherever they occur, and the attachment list."""
    keep: list[str] = []
    for paragraph in paragraphs:
        if _ATTACHMENTS.match(matching_form(paragraph)):
            break
        if _SIGN_DATE.match(paragraph):
            if keep and len(keep[-1]) <= 30 and _ORG_END.search(matching_form(keep[-1])):
                keep.pop()
            continue
        keep.append(paragraph)
    while keep and len(keep[-1]) <= 30 and _ORG_END.search(matching_form(keep[-1])):
        keep.pop()
    return keep


def _sections(body: list[str]) -> list[RawSection]:
    sections: list[RawSection] = [RawSection("", [], 0)]
    path: list[tuple[int, str]] = []
    last = len(body) - 1
    for i, paragraph in enumerate(body):
        heading = _heading_of(paragraph, body[i + 1] if i < last else None)
        if heading is not None:
            path = [entry for entry in path if entry[0] < heading.level] + [(heading.level, heading.text)]
            sections.append(RawSection(heading.text, [text for _, text in path], heading.level, [paragraph]))
            continue
        form = matching_form(paragraph)
        if _CLOSING.match(form) and i >= last - 2:
            path = []
            sections.append(RawSection("", [], 1, [paragraph], forced_kind=KIND_CLOSING))
            continue
        if _is_unheaded_problems(form, sections[-1]):
            path = []
            sections.append(RawSection("", [], 1, [paragraph], forced_kind=KIND_PROBLEMS))
            continue
        sections[-1].lines.append(paragraph)
    return [section for section in sections if section.lines]


def _heading_of(paragraph: str, following: str | None) -> Heading | None:
    heading = parse_numbered(paragraph)
    if heading is not None:
        return heading
    if is_plain_heading(matching_form(paragraph), following):
        return Heading(1, paragraph, "")
    return None


def _is_unheaded_problems(form: str, current: RawSection) -> bool:
    """"……取得了一定成绩，但……还存在一些不足：" opening a problems part that has no heading."""
    if current.forced_kind or not current.heading_path:
        return False
    if kind_from_headings([matching_form(h) for h in current.heading_path]) != KIND_WORK:
        return False
    return bool(_UNHEADED_PROBLEMS.search(form[:150]))


def kind_from_headings(path_forms: list[str]) -> str:
    """The kind a heading path implies, judged mainly on its top-level heading."""
    if not path_forms:
        return KIND_OPENING
    top = path_forms[0]
    if _FIRST_DUTY.search(top):
        return KIND_FIRST_DUTY
    if _OTHER.search(top):
        return KIND_OTHER
    if _PROBLEMS.search(top):
        return KIND_PROBLEMS
    if _PLANS.search(_QUOTED.sub("", top)):
        return KIND_PLANS
    if any(_FIRST_DUTY.search(lower) for lower in path_forms[1:]):
        return KIND_FIRST_DUTY
    return KIND_WORK


def section_kind(section: RawSection, *, is_report: bool, has_headings: bool) -> str:
    if section.forced_kind:
        return section.forced_kind
    if not section.heading_path:
        return KIND_OPENING if has_headings and is_report else (KIND_WORK if is_report else KIND_OTHER)
    kind = kind_from_headings([matching_form(h) for h in section.heading_path])
    if not is_report and kind in (KIND_WORK, KIND_OPENING):
        return KIND_OTHER
    return kind
