"""The house style: how a body refers to itself, which era wording a year calls for, default
（一） headings, and how a fact is written.

The planner, the prompts and the offline writer all draw on it, so a heading the planner
chooses and the text the offline writer produces always agree.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from drafter.facts import BEFORE_NUMBER, format_value, quantity

PHRASES_FILE = Path(__file__).resolve().parent.parent / "data" / "draft_phrases.yaml"

GOVERNMENT_LEVELS = ("省", "市", "区县")
TOWNSHIP_LEVEL = "乡镇"
DEPARTMENT_LEVEL = "部门"


@functools.lru_cache(maxsize=4)
def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def phrases() -> dict:
    """The phrase bank (drafter/data/draft_phrases.yaml); editable without touching code."""
    return _load(PHRASES_FILE)


# --- who is speaking ------------------------------------------------------------------

_DEPARTMENT_SUFFIXES = ("委员会", "管理局", "办公室", "中心", "局", "委", "办", "厅", "院", "署", "站", "所", "队")
_PLACE_CHARS = "省市区县镇乡"
# Words that contain a place character without naming a place (市场监督管理局, 城市管理局 …).
_WORDS_WITH_PLACE_CHARS = ("市场", "城市", "市政", "市容", "区域", "社区", "县域", "乡村", "城乡", "镇街")


@dataclass(frozen=True)
class Voice:
    """How the report's author names itself and its superiors."""

    me: str          # 我局 / 我区 / 我镇
    unit: str        # 局 / 区 / 镇: the author's own short name
    region: str      # 区 / 县 / 市 / 镇: the place the author belongs to
    subject: str     # who carries the 第一责任人 duty: 局党组 / 区政府主要负责同志 / ...
    superior: str    # 在……的坚强领导下
    kind: str        # "government" | "department" | "township"


def _department_unit(org: str) -> str:
    for suffix in _DEPARTMENT_SUFFIXES:
        if org.endswith(suffix):
            return {"委员会": "委", "管理局": "局", "办公室": "办"}.get(suffix, suffix)
    return "单位"


def _place_char(org: str, default: str) -> str:
    """The last place character (区/县/市/…) in the body's name, before 人民政府 and the like."""
    core = re.sub(r"(人民政府|政府|办事处)$", "", org)
    if core.endswith("街道"):
        return "街道"
    for word in _WORDS_WITH_PLACE_CHARS:
        core = core.replace(word, "·" * len(word))
    for ch in reversed(core):
        if ch in _PLACE_CHARS:
            return ch
    return default


def effective_level(org: str, level: str) -> str:
    """The level as the body's name shows it when the facts only carry the default (区县):
    a name ending in 局/委/办公室… is a department, one ending in 镇/乡人民政府 or 街道办事处 a township."""
    name = org.strip()
    if level != "区县" or "人民政府" in name and not re.search(r"[镇乡]人民政府$", name):
        return level
    if re.search(r"([镇乡]人民政府|街道办事处|街道)$", name):
        return TOWNSHIP_LEVEL
    if any(name.endswith(suffix) for suffix in _DEPARTMENT_SUFFIXES):
        return DEPARTMENT_LEVEL
    return level


def voice(org: str, level: str) -> Voice:
    """The self-reference and superiors for a body; a department speaks as 我局, a district as 我区."""
    level = effective_level(org, level)
    if level == DEPARTMENT_LEVEL:
        unit = _department_unit(org)
        region = _place_char(org.removesuffix(org[-1:]), "区")
        party = "党组" if unit in ("局", "委", "厅", "办") else "党组织"
        return Voice(me=f"我{unit}", unit=unit, region=region, subject=f"{unit}{party}主要负责同志",
                     superior=f"{region}委、{region}政府", kind="department")
    if level == TOWNSHIP_LEVEL:
        unit = _place_char(org, "镇")
        town = unit if unit != "街道" else "街道"
        if town == "街道":
            subject = "街道党工委、办事处主要负责同志"
        else:
            subject = f"{town}党委、{town}政府主要负责同志"
        return Voice(me=f"我{town}", unit=town, region=town, subject=subject,
                     superior="上级党委、政府", kind="township")
    default = {"省": "省", "市": "市"}.get(level, "区")
    unit = _place_char(org, default)
    if level == "省":
        superior = "党中央、国务院"
    else:
        superior = f"{unit}委"
    return Voice(me=f"我{unit}", unit=unit, region=unit, subject=f"{unit}政府主要负责同志",
                 superior=superior, kind="government")


# --- era wording -------------------------------------------------------------------------

@dataclass(frozen=True)
class Era:
    """The guiding-thought and plan wording a report for ``year`` must use (DOMAIN Part 2 §1b)."""

    thought: str          # 坚持以……为指导
    spirit: str           # 深入学习贯彻……
    outline: str          # 认真贯彻落实……
    goal: str             # 着力建设……的法治政府
    modern: bool          # 习近平法治思想 era (2021 reports on)


GOAL_2021 = "职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意"
GOAL_2015 = "职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信"


def era(year: int) -> Era:
    if year >= 2025:
        spirit = "党的二十大和二十届历次全会精神，全面贯彻习近平法治思想"
    elif year == 2024:
        spirit = "党的二十大和二十届二中、三中全会精神，全面贯彻习近平法治思想"
    elif year >= 2022:
        spirit = "党的二十大精神和习近平法治思想"
    elif year == 2021:
        spirit = "党的十九大和十九届历次全会精神和习近平法治思想"
    elif year >= 2018:
        spirit = "党的十九大和十九届历次全会精神，深入贯彻习近平总书记全面依法治国新理念新思想新战略"
    elif year == 2017:
        spirit = "党的十九大精神"
    else:
        spirit = "党的十八大和十八届三中、四中、五中全会精神，深入贯彻习近平总书记系列重要讲话精神"
    thought = "习近平新时代中国特色社会主义思想" if year >= 2017 else "邓小平理论、“三个代表”重要思想、科学发展观"
    if 2021 <= year <= 2025:
        outline = "《法治政府建设实施纲要（2021—2025年）》"
    elif 2015 <= year <= 2020:
        outline = "《法治政府建设实施纲要（2015—2020年）》"
    elif year > 2025:
        outline = "党中央、国务院关于法治政府建设的决策部署"
    else:
        outline = "《全面推进依法行政实施纲要》"
    goal = GOAL_2021 if year >= 2021 else GOAL_2015
    return Era(thought=thought, spirit=spirit, outline=outline, goal=goal, modern=year >= 2021)


# --- headings -----------------------------------------------------------------------------

def report_seed(*parts) -> int:
    """A stable number from the report's own content (org, year…): the same facts always give
    the same wording, two reports give different wordings. (``hash`` changes per process.)"""
    text = "\x1f".join(str(p) for p in parts)
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def _pick(options: list[str], seed, *salt) -> str:
    """One of ``options``: the first without a seed, else chosen by the seed and the salt."""
    if seed is None or len(options) == 1:
        return options[0]
    return options[report_seed(seed, *salt) % len(options)]


def topic_entry(topic: str | None) -> dict | None:
    """The phrase-bank entry of a topic (行政复议, 矛盾纠纷/信访, 普法和学法用法 …), by its keywords."""
    if not topic:
        return None
    for row in phrases()["topics"]:
        if any(key in topic for key in row["keys"]):
            return row
    return None


def _fill(template: str, v: Voice, topic: str) -> str:
    return template.format(region=v.region, me=v.me, topic=topic, unit=v.unit, subject=v.subject)


def default_heading(topic: str, v: Voice, *, seed=None) -> str:
    """A （一） heading of the real form (动词+对象，成效短语) written from a topic name when the
    clerk gave none: 行政复议 → 坚持依法复议，行政争议化解质效持续提升. With a ``seed`` (e.g.
    :func:`report_seed` of org and year) one of several headings is chosen, so reports differ."""
    row = topic_entry(topic)
    if row is None:
        return _fill(phrases()["fallback_heading"], v, topic)
    return _fill(_pick(row["headings"], seed, "heading", topic), v, topic)


def topic_openings(topic: str | None, v: Voice, *, seed=None) -> list[str]:
    """Every opening sentence the bank has for a topic, the seed's choice first (none: [])."""
    row = topic_entry(topic)
    if row is None:
        return []
    options = list(row["openings"])
    first = options.index(_pick(options, seed, "opening", topic))
    return [_fill(t, v, topic or "") for t in options[first:] + options[:first]]


def topic_opening(topic: str | None, v: Voice, *, seed=None) -> str | None:
    """The （一） item's first sentence for a topic (what the body does there, no figures), or None."""
    openings = topic_openings(topic, v, seed=seed)
    return openings[0] if openings else None


def topic_plans(topic: str | None, *, seed=None, v: Voice | None = None) -> list[str]:
    """Every 下一年度安排 item the bank has for a topic, the seed's choice first (none: [])."""
    row = topic_entry(topic)
    if row is None:
        return []
    options = list(row["plans"])
    first = options.index(_pick(options, seed, "plan", topic))
    ordered = options[first:] + options[:first]
    return [_fill(item, v, topic or "") if v else item for item in ordered]


def topic_plan(topic: str | None, *, seed=None, v: Voice | None = None) -> str | None:
    """One 下一年度安排 item for a topic reported on, when the clerk wrote no plans (no figures)."""
    row = topic_entry(topic)
    if row is None:
        return None
    item = _pick(row["plans"], seed, "plan", topic)
    return _fill(item, v, topic or "") if v else item


def topic_gap(topic: str | None) -> str | None:
    """The short name of a topic for a 【待补充】 note (行政复议, 法治宣传教育 …)."""
    row = topic_entry(topic)
    return row.get("gap") if row else None


def _first_match(table_key: str, label: str, field: str) -> str | None:
    for row in phrases()[table_key]:
        if any(key in label for key in row["keys"]):
            return row[field]
    return None


def figure_kin(label: str) -> int | None:
    """Which figure-lead row a label falls under (调解矛盾纠纷 and 调解成功率 share one): labels of
    one row speak of one kind of work, so their figures belong in one sentence."""
    for i, row in enumerate(phrases()["figure_leads"]):
        if any(key in label for key in row["keys"]):
            return i
    return None


def figure_lead(label: str) -> str | None:
    """What the body did that the figure counts (罚没款 → 依法查处各类违法行为), or None."""
    return _first_match("figure_leads", label, "lead")


_NOUN_LABEL_MAX = 8


def noun_verb(label: str) -> str | None:
    """The verb a noun label needs in a sentence (行政应诉案件 → 办理, 罚没款 → 收缴), or None.
    Only the label's head noun (its end) counts: 普法活动覆盖群众 is no 活动."""
    if len(label) > _NOUN_LABEL_MAX:
        return None         # a long label carries its own verb (人民调解组织调解矛盾纠纷)
    for row in phrases()["noun_verbs"]:
        if any(label.endswith(key) for key in row["keys"]):
            return row["verb"]
    return None


TO_FILL_PATTERN = re.compile(r"【待补充[：:][^】]*】")


def to_fill(what: str) -> str:
    """A visible 【待补充：…】 note for a part only the clerk can write; the verifier reports it."""
    return phrases()["to_fill"].format(what=what)


_BLANK = "\u3000"


def blank_to_fill(text: str) -> str:
    """``text`` with the inside of every 【待补充：…】 note blanked, offsets kept: a note quotes what
    the clerk must write (last year's plan “培训不少于3期”), so its words and figures are no claim of
    the report's, neither a number to check nor an answer to last year's plan."""
    return TO_FILL_PATTERN.sub(lambda m: m.group()[:4] + _BLANK * (len(m.group()) - 5) + m.group()[-1], text)


CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (headings never go past 99)."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_DIGITS[tens]
    return f"{head}十{CN_DIGITS[ones] if ones else ''}"


def paren_number(n: int) -> str:
    return f"（{cn_number(n)}）"


def ordinal_lead(n: int) -> str:
    """一是 / 二是 … for the n-th (1-based) point."""
    return f"{cn_number(n)}是"


# --- writing a fact -------------------------------------------------------------------------

def is_rate(label: str, unit: str) -> bool:
    return unit == "%" or label.endswith(("率", "比例", "占比"))


def reaches(approx: str | None) -> str:
    """The verb that joins a label to its amount: 达 (调解成功率达98.6%), none when the hedge is
    itself the verb (经营主体突破150万户, 纠错率不足5%, not 达突破), 控制在 before …以内 and …以下."""
    if approx in BEFORE_NUMBER:
        return ""
    return "控制在" if approx in ("以内", "以下") else "达"


def fact_clause(label: str, value, unit: str, approx: str | None) -> str:
    """One fact as a clause: “收到行政复议申请37件”, “出庭应诉率达100%”, “…的国家工作人员达5126名”."""
    amount = quantity(value, unit, approx)
    label = label.strip().rstrip("：:，,。")
    if is_rate(label, unit) or ("的" in label and not label.endswith(("的",))):
        return f"{label}{reaches(approx)}{amount}"
    return f"{label}{amount}"
