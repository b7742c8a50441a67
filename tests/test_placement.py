"""Placing a fact the clerk left without 主题/部分, from its label and the topic table."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus import load_topics
from drafter.facts import facts_from_dict, infer_placement, infer_placements, infer_topic


@pytest.fixture(scope="module")
def table():
    return load_topics(Path("/nonexistent"))      # the packaged table only


# Labels as clerks write them in their sheets (none of them in examples/), with where they belong.
PLAIN_LABELS = [
    ("受理行政复议案件", "行政复议"),
    ("复议决定纠错率", "行政复议"),
    ("行政诉讼案件败诉率", "行政应诉"),
    ("负责人出庭应诉案件", "行政应诉"),
    ("行政机关主要负责人出庭应诉", "行政应诉"),     # 负责人出庭应诉 outweighs 主要负责人
    ("一审行政案件", "行政应诉"),
    ("开展行政执法案卷评查", "行政执法"),
    ("办理行政处罚案件", "行政执法"),
    ("收缴罚款", "行政执法"),
    ("新增持证执法人员", "行政执法"),
    ("审查规范性文件", "规范性文件"),
    ("出具合法性审核意见", "规范性文件"),
    ("审议重大行政决策事项", "重大行政决策"),
    ("审查各类合同", "法律顾问"),
    ("主动公开政府信息", "政务公开"),
    ("办理人大代表建议", "人大政协建议"),
    ("办理信访事项", "矛盾纠纷/信访"),
    ("人民调解组织调解纠纷", "矛盾纠纷/信访"),
    ("接待法律咨询", "公共法律服务"),
    ("办理公证事项", "公共法律服务"),
    ("开展送法下乡活动", "学法用法/普法"),
    ("举办法治讲座", "学法用法/普法"),
    ("国家工作人员学法考试参考率", "学法用法/普法"),
    ("举办业务培训班", "队伍建设"),
    ("政务服务事项网上办理率", "放管服/审批"),
    ("取消证明事项", "放管服/审批"),
    ("新登记市场主体", "营商环境"),
    ("召开依法治县委员会会议", "党的领导与第一责任人"),
    ("年度法治政府建设考核得分", "考核督察"),
    ("开展法治督察", "考核督察"),
]


@pytest.mark.parametrize("label, topic", PLAIN_LABELS)
def test_plain_clerk_labels_land_on_their_topic(table, label, topic):
    placement = infer_placement(label, table, year=2024)
    assert placement.topic == topic, placement.reason
    assert placement.section is None
    assert placement.keyword in label and placement.keyword in placement.reason


def test_the_longest_keyword_decides():
    table = {"队伍建设": ["培训"], "行政执法": ["执法人员"]}
    assert infer_topic("组织执法人员培训", table) == ("行政执法", "执法人员")


def test_equal_lengths_go_to_more_keywords_then_to_the_earlier_topic():
    assert infer_topic("执法培训", {"甲": ["执法"], "乙": ["执法", "培训"]})[0] == "乙"
    assert infer_topic("执法检查", {"甲": ["执法"], "乙": ["执法"]})[0] == "甲"
    assert infer_topic("执法检查", {"乙": ["执法"], "甲": ["执法"]})[0] == "乙"


def test_table_order_breaks_a_tie_in_the_packaged_table(table):
    # 审计 is a keyword of both 监督 and 审计监督; 监督 comes first in the table
    assert infer_topic("审计发现问题整改", table)[0] == "监督"


def test_a_label_naming_no_topic_is_left_for_the_clerk(table):
    placement = infer_placement("修复馆藏古籍", table)
    assert placement.topic is None and placement.section is None and "没有" in placement.reason


@pytest.mark.parametrize("label, year", [
    ("计划新建法治文化阵地", 2024),
    ("拟出台规范性文件", 2024),
    ("预计培训执法人员", 2024),
    ("明年开展执法培训", None),
    ("下一年度组织法治讲座", None),
    ("2025年拟培训执法人员", 2024),
    ("在2025年完成执法人员轮训", 2024),
])
def test_a_label_naming_a_plan_goes_to_next_years_plans(table, label, year):
    placement = infer_placement(label, table, year=year)
    assert placement.section == "下一年度安排"
    assert placement.topic is not None


@pytest.mark.parametrize("label, year", [
    ("拟定规范性文件", 2024),            # drafted: done this year
    ("年度普法计划完成率", 2024),        # a plan's completion, not a plan
    ("2024年培训执法人员", 2024),        # the report year itself
    ("2025年培训执法人员", 2025),
])
def test_a_label_that_only_looks_like_a_plan_stays_in_the_work(table, label, year):
    assert infer_placement(label, table, year=year).section is None


def test_the_first_responsible_person_goes_to_the_leadership_part(table):
    placement = infer_placement("主要负责人讲授法治课", table)
    assert placement.topic == "党的领导与第一责任人" and placement.section == "第一责任人履职"
    assert infer_placement("行政机关负责人出庭应诉率", table).section is None


def test_a_clerks_own_topics_file_can_decide(tmp_path):
    (tmp_path / "topics.yaml").write_text("河长制: [河长制, 河湖长制]\n", encoding="utf-8")
    assert infer_placement("开展河湖长制巡查", load_topics(tmp_path)).topic == "河长制"


def test_nothing_the_clerk_typed_is_replaced(table):
    facts = facts_from_dict({"org": "某县司法局", "year": 2024, "facts": [
        {"id": "a", "label": "收到行政复议申请", "value": 5, "unit": "件", "主题": "行政应诉"},
        {"id": "b", "label": "计划培训执法人员", "value": 3, "unit": "期", "部分": "存在的不足"},
        {"id": "c", "label": "计划培训执法人员", "value": 4, "unit": "期", "部分": "主要举措和成效"},
        {"id": "d", "label": "计划培训执法人员", "value": 6, "unit": "期"},
    ]})
    placed = infer_placements(facts, table)
    assert set(placed) == {"c", "d"}
    assert placed["c"].section is None and placed["c"].topic == "行政执法"   # its typed 部分 stands
    assert placed["d"].section == "下一年度安排"
    assert facts.facts[0].topic == "行政应诉" and facts.facts[3].topic is None   # facts untouched
