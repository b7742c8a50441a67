"""The clerk's facts: report metadata, numeric facts and qualitative points; loading and validation.

CONTRACT (filled in by the facts work):
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

LEVELS = ("省", "市", "区县", "乡镇", "部门")


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

    def facts_for(self, *, topic: str | None = None, section: str | None = None) -> list[Fact]:
        raise NotImplementedError

    def to_dict(self) -> dict:
        """A JSON-safe snapshot (Decimal as str) that :func:`facts_from_dict` reads back."""
        raise NotImplementedError


def load_facts(path: Path) -> Facts:
    """YAML, JSON or .xlsx; raises FactsError with Chinese messages naming row/line and field."""
    raise NotImplementedError


def facts_from_dict(data: dict, *, source: str = "") -> Facts:
    """Also accepts the minimal JSON {"org", "year", "facts": [{"label", "value", "unit"}]}."""
    raise NotImplementedError
