"""Turning a loaded mapping into Facts, collecting every problem as a Chinese message.

All three formats (YAML, JSON, Excel) end here with a plain mapping and a Locator that knows
where each entry sat in the file, so the rules and the wording live in one place and a clerk
gets the same message whichever format they used. Problems are collected, never raised one at
a time: a clerk fixing a form wants the whole list at once.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import math
import re
from decimal import Decimal

from drafter.numbers.units import normalize_unit

from . import _limits
from . import _schema as S
from ._values import clean_decimal, combine, parse_value

Path_ = tuple  # ("facts", 3, "value"): canonical English keys and list indices


class Locator:
    """Where an entry sits in the clerk's file, for messages and Fact.source.

    ``places`` maps a path to a place such as "facts.yaml 第12行" or "facts.xlsx 数据表第7行";
    a path not in it borrows its nearest recorded parent, and with nothing recorded the entry is
    described by position ("第3条数据").
    """

    def __init__(self, name: str = "", places: dict | None = None):
        self.name = name
        self.places = places or {}

    def at(self, path: Path_) -> str:
        probe = tuple(path)
        while probe:
            if probe in self.places:
                return self.places[probe]
            if isinstance(probe[-1], int):
                break   # an entry with no line of its own is named by position, not by its list's line
            probe = probe[:-1]
        return self._describe(tuple(path))

    def _describe(self, path: Path_) -> str:
        prefix = f"{self.name} " if self.name else ""
        if len(path) >= 2 and isinstance(path[1], int):
            what = {"facts": "条数据", "topics": "个工作事项", "leadership": "条履职要点",
                    "shortcomings": "条不足", "plans": "条安排"}.get(path[0], "项")
            text = f"第{path[1] + 1}{what}"
            if path[0] == "topics" and len(path) >= 4 and path[2] == "points" and isinstance(path[3], int):
                text += f"第{path[3] + 1}条要点"
            return prefix + text
        return self.name

    def message(self, path: Path_, field: str | None, text: str) -> str:
        where = self.at(path)
        label = f"「{field}」" if field else ""
        head = f"{where}{label}".strip()
        return f"{head}：{text}" if head else text


class _Collector:
    def __init__(self, locator: Locator):
        self.loc = locator
        self.problems: list[str] = []

    def add(self, path: Path_, field: str | None, text: str) -> None:
        self.problems.append(self.loc.message(path, field, text))


def _canonical_keys(raw: dict, aliases: dict, fields: dict, path: Path_, out: _Collector,
                    what: str) -> dict:
    """Map Chinese/English keys to canonical ones; unknown or doubled keys are problems."""
    result: dict = {}
    seen_as: dict = {}
    for key, value in raw.items():
        name = key.strip() if isinstance(key, str) else key
        canonical = aliases.get(name) if isinstance(name, str) else None
        if canonical is None:
            shown = str(key)
            close = difflib.get_close_matches(shown, list(fields.values()), n=1, cutoff=0.5)
            hint = f"，是否想写「{close[0]}」？" if close else ""
            allowed = "、".join(v for k, v in fields.items() if k != "source")
            out.add(path + (shown.strip(),), shown, f"不认识的{what}字段{hint}（可用字段：{allowed}）")
            continue
        if canonical in result:
            out.add(path + (canonical,), fields[canonical],
                    f"重复填写（“{seen_as[canonical]}”和“{key}”是同一个字段），请只保留一个")
            continue
        result[canonical] = value
        seen_as[canonical] = key
    return result


def _text(value) -> str | None:
    """A scalar as clean text; None for empty. Numbers typed where text is expected are kept."""
    if value is None:
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, (str, int, float, Decimal)):
        text = str(value).strip()
        return text or None
    return None


def _sized(value, path: Path_, field: str, out: _Collector) -> str | None:
    """_text, with a length limit: a text far longer than any real one is a problem (and is
    not echoed back), None is returned for it."""
    text = _text(value)
    problem = _limits.too_long(text, field)
    if problem:
        out.add(path, field, problem)
        return None
    return text


def _text_list(value, path: Path_, field: str, out: _Collector) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        out.add(path, field, "应为一组要点（每条一行，以“- ”开头）")
        return []
    many = _limits.too_many(len(value), _limits.MAX_POINTS, "要点")
    if many:
        out.add(path, field, many)
        return []
    items = []
    for i, item in enumerate(value):
        text = _text(item)
        if text is None:
            if item is None or (isinstance(item, str) and not item.strip()):
                continue
            out.add(path + (i,), field, f"第{i + 1}条不是文字")
            continue
        long = _limits.too_long(text, "要点")
        if long:
            out.add(path + (i,), field, f"第{i + 1}条{long}")
            continue
        items.append(text)
    return items


_DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_PLACE_UNITS = ("", "名", "位")     # the units a place (第3名, 前5) is written in


def _date(value, year: int | None, path: Path_, out: _Collector) -> str | None:
    """成文日期 in Arabic numerals without zero padding (GB/T 9704 §7.3.5.1)."""
    field = "成文日期"
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        y, m, d = value.year, value.month, value.day
    else:
        text = _text(value)
        if text is None:
            out.add(path, field, "应为日期，如 2024年1月26日")
            return None
        text = text.replace(" ", "").translate(str.maketrans("０１２３４５６７８９", "0123456789"))
        match = _DATE.match(text) or _ISO.match(text)
        if not match:
            if re.search(r"[〇零一二三四五六七八九十]", text):
                out.add(path, field, f"“{text}”请用阿拉伯数字书写，如 2024年1月26日")
            else:
                out.add(path, field, f"“{text}”不是有效的日期，应写成 2024年1月26日 的形式")
            return None
        y, m, d = (int(g) for g in match.groups())
        try:
            _dt.date(y, m, d)
        except ValueError:
            out.add(path, field, f"“{text}”不是真实存在的日期")
            return None
    if year is not None and y not in (year, year + 1):
        out.add(path, field, f"{y}年与报告年度{year}年不符（成文日期应在{year}年或{year + 1}年）")
    return f"{y}年{m}月{d}日"


def _year(value, path: Path_, out: _Collector) -> int | None:
    field = "年度"
    if value is None or (isinstance(value, str) and not value.strip()):
        out.add(path, field, "缺少年度，请填写报告所述的年份，如 2023")
        return None
    year = None
    if isinstance(value, int) and not isinstance(value, bool):
        year = value
    elif (isinstance(value, Decimal) and value.is_finite() or isinstance(value, float)
          and math.isfinite(value)) and abs(value) < 10**6 and value == int(value):
        year = int(value)
    elif isinstance(value, str):
        text = value.strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
        text = re.sub(r"年度?$", "", text)
        if re.fullmatch(r"\d{1,6}", text):
            year = int(text)
    if year is None:
        out.add(path, field, f"“{value}”不是年份，请写成 4 位阿拉伯数字，如 2023")
        return None
    if not 2000 <= year <= 2100:
        out.add(path, field, f"{year} 不是合理的报告年度（应在2000年至2100年之间）")
        return None
    return year


def _choice(value, aliases: dict, allowed, path: Path_, field: str, out: _Collector,
            default: str | None, strict: bool = True) -> str | None:
    text = _text(value)
    if text is None:
        if value is not None and not (isinstance(value, str)):
            out.add(path, field, f"“{value}”不是有效的取值（可选：{'、'.join(allowed)}）")
        return default
    if text in aliases:
        return aliases[text]
    if strict:
        out.add(path, field, f"“{text}”不是有效的取值（可选：{'、'.join(allowed)}）")
        return default
    return text


def build_facts(data, locator: Locator, *, source: str = ""):
    """The Facts for ``data``, or FactsError listing every problem found."""
    from . import Facts, FactsError, Topic

    out = _Collector(locator)
    if not isinstance(data, dict):
        raise FactsError([locator.message((), None,
                                          "内容格式不对：最外层应是“字段: 内容”的形式（如 机关名称: …）")])
    top = _canonical_keys(data, S.TOP_ALIASES, S.TOP_FIELDS, (), out, "")

    org = _sized(top.get("org"), ("org",), "机关名称", out)
    if org is None and _text(top.get("org")) is None:
        out.add(("org",), "机关名称", "缺少机关名称，请填写报告机关的全称")
    year = _year(top.get("year"), ("year",), out)
    level = _choice(top.get("level"), S.LEVEL_ALIASES, S.LEVELS, ("level",), "层级", out, "区县")
    skeleton = _choice(top.get("skeleton"), S.SKELETON_ALIASES, S.SKELETONS, ("skeleton",), "骨架",
                       out, "四段式", strict=False)
    recipient = _sized(top.get("recipient"), ("recipient",), "主送机关", out)
    if recipient:
        recipient = recipient.rstrip("：:").strip() or None
    signature = _sized(top.get("signature"), ("signature",), "署名", out) or org
    date = _date(top.get("date"), year, ("date",), out)
    last_report = _sized(top.get("last_report"), ("last_report",), "上年报告", out)

    topics = _topics(top.get("topics"), out)
    names = [t.name for t in topics]
    facts = _facts(top.get("facts"), names, out, locator)
    if not topics:
        # A facts file with no 工作事项 (minimal JSON, an Excel with only 数据) still gets one
        # （一） item per topic its facts name, in order of first mention.
        for fact in facts:
            if fact.topic and fact.topic not in names:
                names.append(fact.topic)
                topics.append(Topic(name=fact.topic))

    leadership = _text_list(top.get("leadership"), ("leadership",), "第一责任人履职", out)
    shortcomings = _text_list(top.get("shortcomings"), ("shortcomings",), "存在的不足", out)
    plans = _text_list(top.get("plans"), ("plans",), "下一年度安排", out)
    if out.problems:
        raise FactsError(out.problems)
    return Facts(org=org, year=year, level=level, skeleton=skeleton, recipient=recipient,
                 signature=signature, date=date, topics=topics, facts=facts, leadership=leadership,
                 shortcomings=shortcomings, plans=plans,
                 source=_text(top.get("source")) or source, last_report=last_report)


def _entries(value, key: str, field: str, out: _Collector) -> list:
    """A list section of the file (工作事项, 数据); anything else is one problem and no entries."""
    if value is None:
        return []
    if not isinstance(value, list):
        out.add((key,), field, f"应为一组{field}（每条以“- 事项: …”开头）")
        return []
    return value


def _topics(value, out: _Collector):
    from . import Topic

    value = _entries(value, "topics", "工作事项", out)
    many = _limits.too_many(len(value), _limits.MAX_TOPICS, "工作事项")
    if many:
        out.add(("topics",), "工作事项", many)
        return []
    topics: list[Topic] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(value):
        path = ("topics", i)
        if isinstance(raw, str) and raw.strip():
            raw = {"name": raw}
        if not isinstance(raw, dict):
            out.add(path, "工作事项", "每个工作事项应包含「事项」「标题」「要点」")
            continue
        entry = _canonical_keys(raw, S.TOPIC_ALIASES, S.TOPIC_FIELDS, path, out, "工作事项")
        if _limits.too_long(_text(entry.get("name")), "主题"):
            _sized(entry.get("name"), path + ("name",), "主题", out)
            continue
        name = _text(entry.get("name"))
        if name is None:
            out.add(path + ("name",), "事项", "缺少工作事项名称（如 行政复议）")
            continue
        if name in seen:
            out.add(path + ("name",), "事项", f"“{name}”与第{seen[name] + 1}个工作事项重复")
            continue
        seen[name] = i
        heading = _sized(entry.get("heading"), path + ("heading",), "标题", out)
        if heading:
            heading = re.sub(r"^[（(][一二三四五六七八九十]+[）)]\s*", "", heading).rstrip("。.").strip() or None
        points = _text_list(entry.get("points"), path + ("points",), "要点", out)
        topics.append(Topic(name=name, heading=heading, points=points))
    return topics


def _last_year(raw, unit: str, path: Path_, out: _Collector) -> Decimal | None:
    """上年值 in the fact's own unit: a 同比 rate is only computed between two figures of one
    measure, so 95 for a rate in % is kept and 135万 for a figure in 元 becomes 1350000."""
    from drafter.numbers.units import to_base

    field = "上年值"
    parsed = parse_value(raw)
    if parsed.problem:
        out.add(path, field, parsed.problem)
        return None
    if parsed.approx:
        out.add(path, field, f"上年值应为确切数字（写了“{parsed.approx}”），同比增幅要用两个确切数字计算")
        return None
    value, written, _ = combine(parsed, "")
    if value < 0:
        out.add(path, field, f"{value} 是负数，上年值应填正数")
        return None
    written = written or unit
    if written == unit:
        return clean_decimal(value) if value.as_tuple().exponent > 0 else value
    (this_base, this_unit), (last_base, last_unit) = to_base(Decimal(1), unit), to_base(value, written)
    if this_unit != last_unit or not this_base:
        out.add(path, field, f"上年值的单位“{written}”与本条数据的单位“{unit or '（无）'}”不同，请填写同一单位的数字")
        return None
    return clean_decimal(last_base / this_base)


def _facts(value, topic_names: list[str], out: _Collector, locator: Locator):
    from . import Fact

    value = _entries(value, "facts", "数据", out)
    many = _limits.too_many(len(value), _limits.MAX_FACTS, "数据")
    if many:
        out.add(("facts",), "数据", many)
        return []
    facts: list[Fact] = []
    ids: dict[str, int] = {}
    keys: dict[tuple, int] = {}
    for i, raw in enumerate(value):
        path = ("facts", i)
        if not isinstance(raw, dict):
            out.add(path, None, "每条数据应包含「事项」「数值」「单位」")
            continue
        entry = _canonical_keys(raw, S.FACT_ALIASES, S.FACT_FIELDS, path, out, "数据")
        before = len(out.problems)
        for key, field in (("label", "事项"), ("unit", "单位"), ("topic", "主题"), ("id", "编号"),
                           ("source", "来源")):
            _sized(entry.get(key), path + (key,), field, out)
        if len(out.problems) > before:
            continue            # a text far too long: not looked at further, nor echoed

        label = _text(entry.get("label"))
        if label is None:
            out.add(path + ("label",), "事项", "缺少事项名称（如 收到行政复议申请）")

        parsed = parse_value(entry.get("value"))
        unit_raw = entry.get("unit")
        unit_text = _text(unit_raw) or ""
        if unit_raw is not None and _text(unit_raw) is None and unit_raw != "":
            out.add(path + ("unit",), "单位", f"“{unit_raw}”不是有效的单位")
        approx = None
        value = Decimal(0)
        unit = normalize_unit(unit_text)
        if parsed.problem:
            out.add(path + ("value",), "数值", parsed.problem)
        else:
            value, unit, clash = combine(parsed, unit_text)
            if value.as_tuple().exponent > 0:  # 1E+3 from YAML: keep the plain spelling
                value = clean_decimal(value)
            if clash:
                out.add(path + ("unit",), "单位", clash)
            approx = parsed.approx
            if value < 0:
                out.add(path + ("value",), "数值",
                        f"{value} 是负数；表示下降请写在事项里（如“同比下降”），数值填正数")
            if unit == "%" and label and label.endswith("率") and value > 100:
                out.add(path + ("value",), "数值", f"{label}为{value}%，超过了100%")
            if not unit and label and not any(w in label for w in S.UNITLESS_LABEL_WORDS):
                out.add(path + ("unit",), "单位",
                        "缺少单位（如 件、项、人次、%、万元）；只有排名、得分等才可以不写单位")

        approx_text = _text(entry.get("approx"))
        approx_text = S.APPROX_ALIASES.get(approx_text, approx_text)
        if approx_text is not None:
            if approx_text not in S.APPROX:
                out.add(path + ("approx",), "约数",
                        f"“{approx_text}”不是可用的约数词（可选：{'、'.join(S.APPROX)}）")
            elif approx and approx != approx_text:
                out.add(path + ("approx",), "约数",
                        f"数值里写了“{approx}”，「约数」却是“{approx_text}”，请只保留一个")
            else:
                approx = approx_text
        if approx in S.RANK_APPROX and unit not in _PLACE_UNITS:
            # 前150万户 says nothing a report would write; 前 marks a place (位列全省前五)
            out.add(path + ("approx",), "约数",
                    f"“{approx}”只用于名次（如 全省前5），这条数据的单位是“{unit}”；名次的单位请留空或填“名”")

        last_year = None
        if not parsed.problem and entry.get("last_year") not in (None, ""):
            last_year = _last_year(entry.get("last_year"), unit, path + ("last_year",), out)

        topic = _text(entry.get("topic"))
        if topic is not None and topic_names and topic not in topic_names:
            close = difflib.get_close_matches(topic, topic_names, n=1, cutoff=0.4)
            hint = f"，是否是“{close[0]}”？" if close else f"（现有：{'、'.join(topic_names)}）"
            out.add(path + ("topic",), "主题", f"“{topic}”不是「工作事项」中的事项{hint}")

        section = _choice(entry.get("section"), S.SECTION_ALIASES, S.SECTIONS, path + ("section",),
                          "部分", out, None)

        fact_id = _text(entry.get("id"))
        if fact_id is not None:
            if fact_id in ids:
                first = locator.at(("facts", ids[fact_id]))
                out.add(path + ("id",), "编号", f"编号“{fact_id}”重复（已用于 {first}）")
            else:
                ids[fact_id] = i

        if label is not None and not parsed.problem:
            key = (label, topic, section)
            if key in keys:
                first = locator.at(("facts", keys[key]))
                out.add(path + ("label",), "事项", f"“{label}”重复（与 {first} 相同），请合并或改写事项名称")
            else:
                keys[key] = i

        if len(out.problems) > before:
            continue
        facts.append(Fact(id=fact_id or "", label=label, value=value, unit=unit, topic=topic,
                          section=section, approx=approx,
                          source=_text(entry.get("source")) or locator.at(path), last_year=last_year))
    # Default ids are positional (F1, F2, …) in every format, so one sample in YAML and in Excel
    # loads to the same Facts; they skip any id the clerk already used.
    taken = {f.id for f in facts if f.id}
    for n, fact in enumerate(facts, start=1):
        if not fact.id:
            candidate = f"F{n}"
            while candidate in taken:
                candidate += "_"
            fact.id = candidate
            taken.add(candidate)
    return facts
