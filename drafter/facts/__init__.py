"""The clerk's facts: report metadata, numeric facts and qualitative points; loading and validation.

Public API
----------
``load_facts(path)``            YAML (.yaml/.yml), JSON (.json) or Excel (.xlsx) -> Facts
``facts_from_dict(data)``       a mapping (Chinese or English keys, or the minimal JSON) -> Facts
``Facts.facts_for(...)``        the facts of one topic and/or section
``Facts.to_dict()``             JSON-safe snapshot that ``facts_from_dict`` reads back exactly
``write_template(dir)``         blank Excel workbook + commented sample YAML for a clerk
``write_workbook(path, facts)`` the same workbook filled in (examples/facts.xlsx is made so)
``infer_placement(label, topics)`` a suggested 主题/部分 for a fact the clerk left unplaced
``FactsError.problems``         every problem, one Chinese message each, naming file, row/line, field

File schema (Chinese keys documented for clerks; the English key in brackets is accepted too):
  机关名称 [org]          required
  年度 [year]             required, the year reported on, 2000–2100
  层级 [level]            省/市/区县/乡镇/部门 (default 区县; 区, 县, 街道, 镇… accepted)
  骨架 [skeleton]         四段式 (default; 督察工作规定 art. 25 order) / 四段式（第一责任人在前） / 三段式;
                          other names pass through to the drafter
  主送机关 [recipient]    optional, without the trailing ：
  署名 [signature]        optional, defaults to 机关名称
  成文日期 [date]         optional, Arabic numerals: 2024年1月26日 (2024-01-26 is normalised);
                          its year must be the report year or the next
  工作事项 [topics]       ordered list of {事项 [name], 标题 [heading], 要点 [points]: [...]}
  数据 [facts]            list of {事项 [label], 数值 [value], 单位 [unit], 主题 [topic],
                          部分 [section], 约数 [approx], 编号 [id], 上年值 [last_year]}
                          上年值: last year's figure in the same unit (optional), for 同比
  上年报告 [last_report]  optional: last year's report (.docx/.txt/.html), relative to this file
  第一责任人履职 [leadership], 存在的不足 [shortcomings], 下一年度安排 [plans]: lists of text
Minimal JSON (outside tools): {"org": "…", "year": 2023, "facts": [{"label", "value", "unit"}]}.

Rules worth knowing: 数值 may be written "99.26%", "135万" (with 单位 元 -> 135 万元; with
人次 -> 1350000 人次) or "120余"; Chinese numerals are refused with the Arabic form suggested.
A fact needs a unit unless its label names a rank, score or index (排名/名次/得分/指数…).
主题 must name a 工作事项 when 工作事项 are given; with none given, each 主题 becomes one.
部分 is one of SECTIONS. Default ids are F1, F2, … by position in the 数据 list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ._schema import APPROX, LEVELS, SECTION_WORK, SECTIONS, SKELETON_ALIASES, SKELETONS  # noqa: F401

SUFFIXES = (".yaml", ".yml", ".json", ".xlsx")


class FactsError(ValueError):
    """A facts file or form that cannot be used.

    ``problems`` holds one Chinese message per problem, each naming the file, the row or
    line, and the field (e.g. "facts.xlsx 第7行「数值」：“十二”不是数字"). ``str()`` joins them.
    """

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass
class Fact:
    id: str                       # stable within the file: given, or "F<row>"
    label: str                    # 事项, e.g. "收到行政复议申请"
    value: Decimal
    unit: str                     # normalised: 件/项/次/人/人次/名/个/场/份/条/家/元/万元/亿元/%/...
    topic: str | None = None      # 行政复议, 行政执法, ... (ties it to a （一） item)
    section: str | None = None    # a section kind when not a work topic (e.g. 第一责任人履职)
    approx: str | None = None     # 余/多/近/约/超过/以上/不少于 when the clerk only knows it roughly
    source: str = ""              # where it came from, for messages: "facts.yaml 第12行"
    last_year: Decimal | None = None  # 上年值, in this fact's unit: lets the writer state 同比 and the verifier check it


@dataclass
class Topic:
    name: str                     # 行政复议
    heading: str | None = None    # the clerk's own （一） heading, else one is written
    points: list[str] = field(default_factory=list)


@dataclass
class Facts:
    org: str
    year: int
    level: str = "区县"
    skeleton: str = "四段式"
    recipient: str | None = None      # 主送机关, optional
    signature: str | None = None      # 署名; defaults to org
    date: str | None = None           # 成文日期 in Arabic numerals, e.g. "2024年1月27日"
    topics: list[Topic] = field(default_factory=list)      # order = order of （一） items
    facts: list[Fact] = field(default_factory=list)
    leadership: list[str] = field(default_factory=list)    # 第一责任人履职 points
    shortcomings: list[str] = field(default_factory=list)  # 存在的不足和原因
    plans: list[str] = field(default_factory=list)         # 下一年度安排
    source: str = ""
    last_report: str | None = None    # 上年报告: last year's report file, as written (relative to the facts file)
    # not errors, but the clerk must see them (a workbook with 工作事项 and no figures)
    warnings: list[str] = field(default_factory=list, compare=False, repr=False)

    def facts_for(self, *, topic: str | None = None, section: str | None = None) -> list[Fact]:
        """Facts matching every filter given (None = any), in file order.

        A fact with no 部分 belongs to the work section, so ``section="主要举措和成效"`` also
        returns facts whose section is None; section aliases (存在的不足和原因 …) are accepted.
        """
        if section is not None:
            from ._schema import SECTION_ALIASES

            section = SECTION_ALIASES.get(section, section)
        result = []
        for fact in self.facts:
            if topic is not None and fact.topic != topic:
                continue
            if section is not None and (fact.section or SECTION_WORK) != section:
                continue
            result.append(fact)
        return result

    def to_dict(self) -> dict:
        """A JSON-safe snapshot (Decimal as str) that :func:`facts_from_dict` reads back."""
        return {
            "org": self.org, "year": self.year, "level": self.level, "skeleton": self.skeleton,
            "recipient": self.recipient, "signature": self.signature, "date": self.date,
            "topics": [{"name": t.name, "heading": t.heading, "points": list(t.points)}
                       for t in self.topics],
            "facts": [{"id": f.id, "label": f.label, "value": format(f.value, "f"), "unit": f.unit,
                       "topic": f.topic, "section": f.section, "approx": f.approx,
                       "source": f.source,
                       "last_year": None if f.last_year is None else format(f.last_year, "f")}
                      for f in self.facts],
            "leadership": list(self.leadership), "shortcomings": list(self.shortcomings),
            "plans": list(self.plans), "source": self.source, "last_report": self.last_report,
        }


from drafter.facts._written import BEFORE_NUMBER, format_value, quantity  # noqa: E402,F401  (how a figure is written)
from drafter.facts._placement import Placement, infer_placement, infer_placements, infer_topic  # noqa: E402,F401  (主题 for a bare label)


def load_facts(path: Path) -> Facts:
    """YAML, JSON or .xlsx; raises FactsError with Chinese messages naming row/line and field."""
    from ._load import load

    return load(Path(path))


def facts_from_dict(data: dict, *, source: str = "") -> Facts:
    """Also accepts the minimal JSON {"org", "year", "facts": [{"label", "value", "unit"}]}."""
    from ._validate import Locator, build_facts

    return build_facts(data, Locator(source), source=source)


def write_template(directory: Path, *, topics=(), skeletons=()) -> list[Path]:
    """A blank 事实材料.xlsx and a commented 事实材料.yaml for a clerk to fill in; ``topics`` and
    ``skeletons`` (names) fill the workbook's drop-downs."""
    from ._template import write_template as _write

    return _write(Path(directory), topics=topics, skeletons=skeletons)


def write_workbook(path: Path, facts: Facts | None = None, *, topics=(), skeletons=()) -> Path:
    """The Excel form, blank or filled from ``facts`` (reads back to equal Facts), with drop-downs
    for 骨架, 主题 (the facts' topics, then ``topics``), 部分 and 部分/主题."""
    from ._excel import write_workbook as _write

    return _write(Path(path), facts, topics=topics, skeletons=skeletons)
