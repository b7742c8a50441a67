"""Skeletons and the plan: sections in order, every fact in exactly one section, level variants."""

from __future__ import annotations

from collections import Counter

import pytest

from drafter.config import Settings
from drafter.draft import DraftError, list_skeletons, plan
from drafter.facts import facts_from_dict

SKELETONS = ("四段式", "四段式（第一责任人在前）", "三段式")
# the order of the parts after the 导语 and the （一） items, per skeleton
TAIL = {"四段式": ["problems", "leadership", "plans"], "四段式（第一责任人在前）": ["problems", "plans"],
        "三段式": ["problems", "plans"]}


def _facts(example_facts, **changes):
    data = example_facts.to_dict()
    data.update(changes)
    return facts_from_dict(data)


def test_list_skeletons_gives_each_with_its_chinese_description():
    listed = dict(list_skeletons(Settings()))
    assert set(SKELETONS) <= set(listed)
    assert "第一责任人" in listed["四段式"] and "不足" in listed["四段式"] and "第二十五条" in listed["四段式"]
    assert "第一责任人在前" in listed["四段式（第一责任人在前）"]
    assert "存在的问题" in listed["三段式"]
    assert not any(name.startswith("_") for name in listed)


@pytest.mark.parametrize("skeleton", SKELETONS)
def test_every_fact_is_assigned_to_exactly_one_section(example_facts, skeleton):
    outline = plan(example_facts, Settings(), skeleton)
    assigned = Counter(fid for s in outline.sections for fid in s.fact_ids)
    assert set(assigned) == {f.id for f in example_facts.facts}
    assert all(n == 1 for n in assigned.values())


@pytest.mark.parametrize("skeleton", SKELETONS)
def test_sections_follow_the_skeleton_and_topic_order(example_facts, skeleton):
    outline = plan(example_facts, Settings(), skeleton)
    keys = [s.key for s in outline.sections]
    work = [s for s in outline.sections if s.kind == "主要举措和成效"]
    tail = TAIL[skeleton]
    assert keys[0] == "intro" and keys[-len(tail):] == tail
    assert [s.topic for s in work] == [t.name for t in example_facts.topics]
    assert [s.order for s in outline.sections] == list(range(len(keys)))
    assert all(s.heading.startswith(s.number) for s in work)
    assert all(s.query and s.target_chars > 0 for s in outline.sections)


def test_four_part_skeleton_follows_article_25_by_default(example_facts):
    """举措和成效 → 不足和原因 → 第一责任人 → 下一年度安排, as 督察工作规定 art. 25 lists them."""
    outline = plan(example_facts, Settings())
    assert outline.skeleton == "四段式"
    heading1 = [line[3:] for line in outline.lines if line.startswith("## ")]
    assert heading1 == ["一、2023年推进法治政府建设的主要举措和成效",
                        "二、存在的不足和原因",
                        "三、局党组主要负责同志履行推进法治建设第一责任人职责情况",
                        "四、2024年推进法治政府建设的主要安排"]
    kinds = [s.kind for s in outline.sections]
    assert kinds.index("存在的不足和原因") < kinds.index("第一责任人履职") < kinds.index("下一年度安排")
    assert max(i for i, k in enumerate(kinds) if k == "主要举措和成效") < kinds.index("存在的不足和原因")
    assert outline.section("leadership").number == "三、"
    work = [s for s in outline.sections if s.kind == "主要举措和成效"]
    assert [s.number for s in work[:3]] == ["（一）", "（二）", "（三）"]
    # the clerk's own heading is used as given
    assert work[0].heading == "（一）统筹推进依法治区，法治建设责任有效落实"


def test_leadership_first_is_a_skeleton_choice(example_facts):
    outline = plan(_facts(example_facts, skeleton="第一责任人在前"), Settings())
    assert outline.skeleton == "四段式（第一责任人在前）"
    heading1 = [line[3:] for line in outline.lines if line.startswith("## ")]
    assert heading1 == ["一、局党组主要负责同志履行推进法治建设第一责任人职责情况",
                        "二、2023年推进法治政府建设的主要举措和成效",
                        "三、存在的不足和原因",
                        "四、2024年推进法治政府建设的主要安排"]
    assert [s.key for s in outline.sections][:2] == ["intro", "leadership"]


def test_three_part_skeleton_puts_leadership_first_under_work(example_facts):
    outline = plan(example_facts, Settings(), "三段式")
    heading1 = [line[3:] for line in outline.lines if line.startswith("## ")]
    assert heading1 == ["一、2023年工作开展情况", "二、存在的问题", "三、2024年工作打算"]
    leadership = outline.section("leadership")
    assert leadership.number == "（一）"
    assert outline.section("work-01").number == "（二）"


@pytest.mark.parametrize("org, level, expected", [
    ("示例市东城区人民政府", "区县", "区政府主要负责同志履行推进法治建设第一责任人职责情况"),
    ("示例县人民政府", "区县", "县政府主要负责同志履行推进法治建设第一责任人职责情况"),
    ("示例市东城区司法局", "部门", "局党组主要负责同志履行推进法治建设第一责任人职责情况"),
    ("贤庠镇人民政府", "乡镇", "镇党委、镇政府主要负责人履行推进法治建设第一责任人职责情况"),
])
@pytest.mark.parametrize("skeleton, number", [("四段式", "三、"), ("四段式（第一责任人在前）", "一、")])
def test_leadership_heading_follows_the_level(example_facts, org, level, expected, skeleton, number):
    outline = plan(_facts(example_facts, org=org, level=level, signature=None), Settings(), skeleton)
    assert f"## {number}{expected}" in outline.lines
    assert outline.section("leadership").heading == number + expected


def test_title_breaks_before_guanyu_for_a_long_name_and_stays_one_line_for_a_short_one(example_facts):
    long = plan(example_facts, Settings())
    assert [line for line in long.lines if line.startswith("# ")] == [
        "# 示例市东城区司法局", "# 关于2023年度法治政府建设情况的报告"]
    short = plan(_facts(example_facts, org="某县司法局", signature=None), Settings())
    assert [line for line in short.lines if line.startswith("# ")] == ["# 某县司法局关于2023年度法治政府建设情况的报告"]
    assert short.title == "某县司法局关于2023年度法治政府建设情况的报告"


def test_recipient_signature_and_date_lines(example_facts):
    outline = plan(example_facts, Settings())
    assert "@主送 中共示例市东城区委、示例市东城区人民政府：" in outline.lines
    assert outline.lines[-2:] == ["@署名 示例市东城区司法局", "@日期 2024年1月26日"]
    without = plan(_facts(example_facts, recipient=None), Settings())
    assert not any(line.startswith("@主送") for line in without.lines)


def test_missing_date_is_today_when_plausible_else_left_blank(example_facts):
    import datetime as dt

    from drafter.draft._outline import build_outline

    facts = _facts(example_facts, date=None)
    today = build_outline(facts, Settings(), today=dt.date(2024, 2, 3))
    assert today.date == "2024年2月3日" and "@日期 2024年2月3日" in today.lines
    later = build_outline(facts, Settings(), today=dt.date(2031, 5, 6))
    assert later.date.startswith("2024年") and "月  日" in later.date


def test_topics_in_the_clerks_order(example_facts):
    reordered = _facts(example_facts)
    reordered.topics = list(reversed(reordered.topics))
    outline = plan(reordered, Settings())
    work = [s for s in outline.sections if s.kind == "主要举措和成效"]
    assert [s.topic for s in work] == [t.name for t in reordered.topics]
    assert work[0].key == "work-01" and work[0].number == "（一）"
    assert work[0].topic == "公共法律服务和人民调解"


def test_default_heading_is_written_from_the_topic():
    facts = facts_from_dict({"org": "某区司法局", "year": 2023, "level": "部门",
                             "topics": [{"name": "行政复议"}, {"name": "古籍保护"}],
                             "facts": [{"label": "收到行政复议申请", "value": 37, "unit": "件", "topic": "行政复议"}]})
    from drafter.register import default_heading, report_seed, topic_entry, voice

    work = [s for s in plan(facts, Settings()).sections if s.kind == "主要举措和成效"]
    # one of the bank's 复议 headings, chosen by the report's own org and year, the same every time
    v = voice("某区司法局", "部门")
    assert work[0].heading == "（一）" + default_heading("行政复议", v, seed=report_seed("某区司法局", 2023))
    assert "复议" in work[0].heading and len(topic_entry("行政复议")["headings"]) > 1
    assert [s.heading for s in plan(facts, Settings()).sections] == [s.heading for s in plan(facts, Settings()).sections]
    assert work[1].heading.startswith("（二）") and "古籍保护" in work[1].heading


def test_loose_facts_join_a_clerk_topic_or_form_an_inferred_block_and_other_work_only_for_the_rest():
    facts = facts_from_dict({"org": "某区司法局", "year": 2023, "level": "部门",
                             "topics": [{"name": "行政复议", "points": ["畅通申请渠道"]}],
                             "facts": [{"id": "a", "label": "收到行政复议申请", "value": 37, "unit": "件"},
                                       {"id": "b", "label": "办理法律援助案件", "value": 412, "unit": "件"},
                                       {"id": "c", "label": "修复馆藏古籍", "value": 12, "unit": "册"}]})
    outline = plan(facts, Settings())
    assert outline.section("work-01").fact_ids == ["a"]
    inferred = outline.section("work-02")
    assert inferred.fact_ids == ["b"] and inferred.topic == "公共法律服务"
    other = outline.section("work-03")
    assert other.fact_ids == ["c"] and other.topic == "其他工作"


def test_minimal_facts_without_topics_still_plan_a_work_section():
    facts = facts_from_dict({"org": "示例市东城区司法局", "year": 2023,
                             "facts": [{"label": "收到行政复议申请", "value": 37, "unit": "件"}]})
    outline = plan(facts, Settings())
    work = [s for s in outline.sections if s.kind == "主要举措和成效"]
    assert len(work) == 1 and work[0].fact_ids == [facts.facts[0].id]


def test_closing_section_only_when_asked(example_facts):
    assert "closing" not in [s.key for s in plan(example_facts, Settings()).sections]
    with_closing = plan(example_facts, Settings(), closing=True)
    assert [s.key for s in with_closing.sections][-1] == "closing"
    assert with_closing.section("closing").kind == "结束语"


def test_unknown_skeleton_is_a_chinese_error(example_facts):
    with pytest.raises(DraftError, match="找不到报告骨架“五段式”.*四段式"):
        plan(example_facts, Settings(), "五段式")


def test_a_user_skeleton_in_another_folder(example_facts, tmp_path):
    (tmp_path / "简版.md.j2").write_text(
        "{# 简版：只有工作和安排 #}\n# {{ org }}工作报告\n{{ section('intro', kind='导语') }}\n"
        "## 一、工作情况\n{% for t in topics %}{{ section(t.key, kind='主要举措和成效', heading=paren(loop.index) ~ t.heading,"
        " topic=t.name, number=paren(loop.index)) }}\n{% endfor %}"
        "## 二、下步打算\n{{ section('plans', kind='下一年度安排') }}\n@署名 {{ signature }}\n@日期 {{ date }}\n",
        encoding="utf-8")
    settings = Settings(templates_dir=tmp_path)
    assert list_skeletons(settings) == [("简版", "简版：只有工作和安排")]
    outline = plan(example_facts, settings, "简版")
    # no leadership section here: its facts fall back to the first work item, none is lost
    assigned = Counter(fid for s in outline.sections for fid in s.fact_ids)
    assert set(assigned) == {f.id for f in example_facts.facts} and max(assigned.values()) == 1
    assert set(outline.section("work-01").fact_ids) >= {"F1", "F2"}
    assert outline.section("plans").points == example_facts.plans


# ---- a plain sheet: labels, values and units only ------------------------------------------

def _plain(rows, **top):
    data = {"org": "某县司法局", "year": 2024, "level": "部门",
            "facts": [{"id": f"p{n}", "label": label, "value": value, "unit": unit}
                      for n, (label, value, unit) in enumerate(rows, start=1)]}
    data.update(top)
    return facts_from_dict(data)


# in an order no report would take them up
PLAIN_ROWS = [
    ("开展送法下乡活动", 18, "场"),
    ("行政诉讼案件", 27, "件"),
    ("收到行政复议申请", 40, "件"),
    ("修复馆藏古籍", 12, "册"),
    ("办理行政处罚案件", 310, "件"),
    ("审查规范性文件", 14, "件"),
    ("负责人出庭应诉率", 100, "%"),
    ("取消证明事项", 23, "项"),
    ("召开依法治县委员会会议", 2, "次"),
    ("罚没款", 1860000, "元"),
    ("举办法治讲座", 9, "场"),
    ("主要负责人讲授法治课", 2, "次"),
    ("计划新建法治文化阵地", 5, "个"),
]


def test_a_plain_sheet_is_planned_by_topic_in_the_standard_order():
    facts = _plain(PLAIN_ROWS)
    outline = plan(facts, Settings())
    work = [s for s in outline.sections if s.kind == "主要举措和成效"]
    assert [s.topic for s in work] == ["党的领导", "放管服改革", "规范性文件", "行政执法",
                                       "行政复议和行政应诉", "普法", "其他工作"]
    assert [s.number for s in work] == ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）"]
    by_topic = {s.topic: s.fact_ids for s in work}
    assert by_topic["行政执法"] == ["p5", "p10"]
    assert by_topic["行政复议和行政应诉"] == ["p3", "p2", "p7"]     # 复议 before 应诉, each in sheet order
    assert by_topic["普法"] == ["p1", "p11"]
    assert by_topic["其他工作"] == ["p4"]                          # only what fits no topic
    assert outline.section("leadership").fact_ids == ["p12"]
    assert outline.section("plans").fact_ids == ["p13"]
    assert not any("其他" in s.heading for s in work[:-1])


def test_related_topics_merge_only_while_each_is_small():
    small = [("收到行政复议申请", 40, "件"), ("行政诉讼案件", 27, "件"), ("负责人出庭应诉率", 100, "%")]
    work = [s for s in plan(_plain(small), Settings()).sections if s.kind == "主要举措和成效"]
    assert [s.topic for s in work] == ["行政复议和行政应诉"]
    larger = small + [("审结行政复议案件", 38, "件"), ("复议决定纠错率", 12.5, "%")]
    work = [s for s in plan(_plain(larger), Settings()).sections if s.kind == "主要举措和成效"]
    assert [s.topic for s in work] == ["行政复议", "行政应诉"]
    assert [len(s.fact_ids) for s in work] == [3, 2]


def test_a_lone_topic_of_a_group_keeps_its_own_name_and_heading():
    work = [s for s in plan(_plain([("接待法律咨询", 860, "人次")]), Settings()).sections
            if s.kind == "主要举措和成效"]
    assert [s.topic for s in work] == ["公共法律服务"]
    assert "其他" not in work[0].heading


def test_the_clerks_own_topics_and_their_order_are_kept():
    facts = _plain([("罚没款", 1860000, "元"), ("收到行政复议申请", 40, "件"), ("办理行政处罚案件", 310, "件"),
                    ("举办法治讲座", 9, "场")],
                   topics=[{"name": "依法化解行政争议"},
                           {"name": "严格规范公正文明执法", "heading": "严格规范公正文明执法，行政执法质效持续提升"}])
    facts.facts[1].topic = "依法化解行政争议"
    outline = plan(facts, Settings())
    work = [s for s in outline.sections if s.kind == "主要举措和成效"]
    assert [s.topic for s in work] == ["依法化解行政争议", "严格规范公正文明执法", "普法"]
    assert work[0].fact_ids == ["p2"]
    assert work[1].fact_ids == ["p1", "p3"]          # joined the clerk's topic the table files under 行政执法
    assert work[1].heading == "（二）严格规范公正文明执法，行政执法质效持续提升"


def test_a_typed_topic_is_never_overridden():
    facts = _plain([("收到行政复议申请", 40, "件"), ("行政诉讼案件", 27, "件"), ("举办法治讲座", 9, "场")])
    facts.facts[0].topic = "行政应诉"          # the clerk's word, though the label says 复议
    work = [s for s in plan(facts, Settings()).sections if s.kind == "主要举措和成效"]
    assert [s.topic for s in work] == ["行政应诉", "普法"]
    assert work[0].fact_ids == ["p1", "p2"]     # the untyped 行政诉讼 row joins the clerk's 行政应诉


def test_three_part_skeleton_gets_a_leadership_item_from_an_inferred_fact():
    facts = _plain([("主要负责人讲授法治课", 2, "次"), ("收到行政复议申请", 40, "件")], skeleton="三段式")
    outline = plan(facts, Settings())
    assert outline.section("leadership").fact_ids == ["p1"]
    assert outline.section("leadership").number == "（一）"


# ---- 特此报告 ---------------------------------------------------------------------------------

@pytest.mark.parametrize("skeleton", SKELETONS)
def test_a_report_with_a_recipient_closes_with_tecibaogao(example_facts, skeleton):
    outline = plan(example_facts, Settings(), skeleton)
    assert outline.lines[-3:] == ["特此报告。", "@署名 示例市东城区司法局", "@日期 2024年1月26日"]
    with_closing = plan(example_facts, Settings(), skeleton, closing=True)
    assert with_closing.lines[-4:-2] == ["@@section closing", "特此报告。"]


@pytest.mark.parametrize("skeleton", SKELETONS)
def test_a_published_version_without_recipient_has_no_tecibaogao(example_facts, skeleton):
    outline = plan(_facts(example_facts, recipient=None), Settings(), skeleton)
    assert "特此报告。" not in outline.lines
    assert outline.lines[-2].startswith("@署名")
