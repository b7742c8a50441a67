"""The facts file's vocabulary: field names (Chinese for clerks, English for tools), allowed values.

Kept apart from the loaders so the YAML/JSON reader, the Excel reader, the template writer
and the CLI all agree on one spelling of every key.
"""

from __future__ import annotations

LEVELS = ("省", "市", "区县", "乡镇", "部门")

# Sections a fact can belong to when it is not part of a work topic.
SECTION_WORK = "主要举措和成效"
SECTIONS = ("第一责任人履职", SECTION_WORK, "存在的不足", "下一年度安排")

# How a clerk marks a figure known only roughly (DOMAIN Part 2 §3 "Approximate forms"): every hedge
# a published report writes and the verifier reads (突破150万户, 逾千件, 不足5%, 30个工作日以内),
# and 前 for a place known only as a band (位列全省前五). The first eight are the common ones.
APPROX = ("余", "多", "近", "约", "超过", "以上", "不少于", "左右",
          "突破", "逾", "超", "至少", "不足", "不到", "不超过", "以内", "以下", "前")
# what a clerk may type for one of them
APPROX_ALIASES = {"大约": "约", "将近": "近", "接近": "近", "约为": "约"}
# hedges that only a place takes
RANK_APPROX = ("前",)

# 四段式 follows the order of 督察工作规定 art. 25 (举措成效、不足、第一责任人、安排); the variant
# puts the 第一责任人 part first, as many departments do.
SKELETON_LEADERSHIP_FIRST = "四段式（第一责任人在前）"
SKELETONS = ("四段式", SKELETON_LEADERSHIP_FIRST, "三段式")

# canonical English key -> Chinese key shown to clerks (the documented set is the Chinese one)
TOP_FIELDS = {
    "org": "机关名称",
    "year": "年度",
    "level": "层级",
    "skeleton": "骨架",
    "recipient": "主送机关",
    "signature": "署名",
    "date": "成文日期",
    "topics": "工作事项",
    "facts": "数据",
    "leadership": "第一责任人履职",
    "shortcomings": "存在的不足",
    "plans": "下一年度安排",
    "source": "来源",
    "last_report": "上年报告",
}
FACT_FIELDS = {
    "id": "编号",
    "label": "事项",
    "value": "数值",
    "unit": "单位",
    "topic": "主题",
    "section": "部分",
    "approx": "约数",
    "source": "来源",
    "last_year": "上年值",
}
TOPIC_FIELDS = {
    "name": "事项",
    "heading": "标题",
    "points": "要点",
}


def _aliases(fields: dict[str, str], extra: dict[str, str]) -> dict[str, str]:
    """Every accepted spelling -> canonical English key."""
    table = {}
    for english, chinese in fields.items():
        table[english] = english
        table[chinese] = english
    table.update(extra)
    return table


TOP_ALIASES = _aliases(TOP_FIELDS, {
    "机关": "org", "报告机关": "org", "年份": "year", "报告年度": "year",
    "落款": "signature", "日期": "date", "主题": "topics",
    "第一责任人履职情况": "leadership", "存在的不足和原因": "shortcomings",
    "下一年度主要安排": "plans", "工作安排": "plans", "上年度报告": "last_report", "去年报告": "last_report",
})
FACT_ALIASES = _aliases(FACT_FIELDS, {"ID": "id", "名称": "label", "约": "approx",
                                      "上年数值": "last_year", "上年": "last_year", "去年值": "last_year"})
TOPIC_ALIASES = _aliases(TOPIC_FIELDS, {"名称": "name", "主题": "name", "title": "heading"})

LEVEL_ALIASES = {
    "省": "省", "省级": "省", "自治区": "省", "直辖市": "省", "province": "省",
    "市": "市", "市级": "市", "地级市": "市", "city": "市",
    "区县": "区县", "县区": "区县", "区": "区县", "县": "区县", "县级": "区县", "区级": "区县",
    "县（市、区）": "区县", "county": "区县", "district": "区县",
    "乡镇": "乡镇", "乡": "乡镇", "镇": "乡镇", "街道": "乡镇", "乡镇街道": "乡镇", "镇街": "乡镇",
    "township": "乡镇", "town": "乡镇",
    "部门": "部门", "单位": "部门", "政府部门": "部门", "department": "部门",
}
SKELETON_ALIASES = {
    "四段式": "四段式", "四段": "四段式", "4": "四段式", "four": "四段式",
    "三段式": "三段式", "三段": "三段式", "3": "三段式", "three": "三段式",
    SKELETON_LEADERSHIP_FIRST: SKELETON_LEADERSHIP_FIRST, "四段式(第一责任人在前)": SKELETON_LEADERSHIP_FIRST,
    "第一责任人在前": SKELETON_LEADERSHIP_FIRST, "责任人在前": SKELETON_LEADERSHIP_FIRST,
    "四段式（责任人在前）": SKELETON_LEADERSHIP_FIRST, "四段式(责任人在前)": SKELETON_LEADERSHIP_FIRST,
    "leadership-first": SKELETON_LEADERSHIP_FIRST,
}
SECTION_ALIASES = {
    "第一责任人履职": "第一责任人履职", "第一责任人履职情况": "第一责任人履职",
    "第一责任人": "第一责任人履职", "leadership": "第一责任人履职",
    "主要举措和成效": SECTION_WORK, "举措成效": SECTION_WORK, "工作情况": SECTION_WORK,
    "work": SECTION_WORK,
    "存在的不足": "存在的不足", "存在的不足和原因": "存在的不足", "不足": "存在的不足",
    "存在的问题": "存在的不足", "shortcomings": "存在的不足",
    "下一年度安排": "下一年度安排", "下一年度主要安排": "下一年度安排", "工作安排": "下一年度安排",
    "下步打算": "下一年度安排", "plans": "下一年度安排",
}

# A fact may go without a unit only when its label says it is a bare number (DOMAIN Part 2 §3
# "Ranks"): a rank, a score or an index. Any other count needs its measure word.
UNITLESS_LABEL_WORDS = ("排名", "名次", "位次", "排位", "得分", "分值", "评分", "指数", "系数", "倍数",
                        "编号", "序号")
