"""The offline backend: every section of the sample reads like a report and verifies clean."""

from __future__ import annotations

import dataclasses
import re

import pytest

from drafter.config import Settings
from drafter.draft import plan
from drafter.draft._briefs import make_brief
from drafter.facts import facts_from_dict
from drafter.index import Exemplar
from drafter.llm import OFFLINE_NAME, GenerationRequest, backend_from_settings
from drafter.llm._offline import OfflineBackend, instruction_note, write_section
from drafter.register import quantity
from drafter.verify import verify_text

LABEL_VALUE_LIST = re.compile(r"[\u4e00-\u9fff]{2,}[：:]\s*\d")


def _sections(facts, skeleton=None):
    outline = plan(facts, Settings(), skeleton)
    for planned in outline.sections:
        brief = make_brief(facts, planned, skeleton=outline.skeleton)
        yield planned, brief, write_section(brief)


@pytest.mark.parametrize("skeleton", ["四段式", "三段式"])
def test_every_section_verifies_clean_and_uses_its_facts(example_facts, skeleton):
    for planned, brief, text in _sections(example_facts, skeleton):
        result = verify_text(text, example_facts.facts, year=example_facts.year, section_kind=planned.kind,
                             expected=brief.facts)
        assert result.ok, (planned.key, [f.message for f in result.problems], text)
        assert not result.unused_facts, (planned.key, result.unused_facts)
        for fact in brief.facts:
            assert quantity(fact.value, fact.unit, fact.approx) in text, (planned.key, fact)


def test_the_whole_offline_report_uses_every_fact_once_checked(example_facts):
    whole = "\n".join(text for _, _, text in _sections(example_facts))
    result = verify_text(whole, example_facts.facts, year=example_facts.year)
    assert result.ok, [f.message for f in result.problems]
    assert result.unused_facts == []


def test_reads_like_a_report_not_a_list(example_facts):
    for planned, brief, text in _sections(example_facts):
        assert not LABEL_VALUE_LIST.search(text), (planned.key, text)
        assert "#" not in text and "*" not in text
        if planned.kind == "主要举措和成效":
            assert text.startswith(planned.heading + "。")
            # the clerk's points as a 一是/二是 list or, in other items, as sentences of their own
            # (two neighbouring points that each report a figure joined by ；)
            listed = "一是" in text
            assert listed == ("二是" in text), text
            for n, point in enumerate(brief.points, start=1):
                start = f"{'一二三四五六'[n - 1]}是" if listed else "[。；]"
                # the point's words in order; a figure counting its first clause may sit inside it
                head, _, rest = point.rstrip("。").partition("，")
                shape = (start if not listed else re.escape(start)) + "(?:全年共|全年)?" + re.escape(head) + r"[^，。]*" + re.escape("，" + rest if rest else "")
                assert re.search(shape, text), (planned.key, point, text)
    work = [text for planned, _, text in _sections(example_facts) if planned.kind == "主要举措和成效"]
    # neither every item a list nor none: a report of lists only reads as a form
    assert 0 < sum("一是" in text for text in work) < len(work)


def test_related_facts_are_woven_with_their_measure_words(example_facts):
    texts = {planned.key: text for planned, _, text in _sections(example_facts)}
    assert re.search(r"。(?:全年共)?收到行政复议申请37件，受理33件，审结32件，其中撤销、变更或确认违法纠错4件，纠错率达12.5%。",
                     texts["work-06"])
    # a large count in the clerk's form, its hedge kept: 36000余人次 → 3.6万余人次
    assert "120余场" in texts["work-08"] and "3.6万余人次" in texts["work-08"] and "36000" not in texts["work-08"]
    assert "出庭应诉率达100%" in texts["work-07"]
    assert "清理58件，其中废止7件" in texts["work-03"]
    # a fact attached to the point it speaks about, inside that 一是/二是 sentence (or, told as
    # sentences, inside the point's clauses, up to the ； that joins the next point with a figure)
    assert re.search(r"(?:二是|。)开展行政执法案卷评查[^。；]*评查行政执法案卷240件[。；]", texts["work-05"])


def test_the_clerks_points_become_ordinal_sentences(example_facts):
    texts = {planned.key: text for planned, _, text in _sections(example_facts)}
    for n, point in enumerate(example_facts.shortcomings, start=1):
        assert f"{'一二三'[n - 1]}是{point}" in texts["problems"]
    # the clerk named shortcomings but no causes: none are made up for them
    assert "原因主要是" not in texts["problems"] and "【待补充" not in texts["problems"]
    assert texts["problems"].startswith("2023年，我局法治政府建设取得了一定成效，但对照") and "仍存在一些不足：一是" in texts["problems"]
    assert texts["plans"].startswith("2024年，我局将") and "重点做好以下工作：一是" in texts["plans"]
    assert "五是深化公共法律服务体系建设" in texts["plans"]


@pytest.mark.parametrize("year, present, absent", [
    (2023, ["习近平法治思想", "党的二十大精神", "（2021—2025年）", "智能高效、廉洁诚信、人民满意"], ["十九大"]),
    (2021, ["习近平法治思想", "十九届历次全会", "（2021—2025年）"], ["二十大"]),
    (2019, ["（2015—2020年）", "廉洁高效、守法诚信", "新理念新思想新战略"], ["习近平法治思想", "二十大"]),
    (2024, ["二十届二中、三中全会", "习近平法治思想"], ["十九大"]),
])
def test_intro_has_the_era_wording_of_its_year(example_facts, year, present, absent):
    data = example_facts.to_dict() | {"year": year, "date": None}
    facts = facts_from_dict(data)
    brief = make_brief(facts, plan(facts, Settings()).section("intro"), skeleton="四段式")
    text = write_section(brief)
    for words in present:
        assert words in text, (year, words, text)
    for words in absent:
        assert words not in text, (year, words, text)
    assert text.startswith(f"{year}年，示例市东城区司法局在区委、区政府的坚强领导下")
    assert text.endswith("现将有关情况报告如下：")
    assert verify_text(text, facts.facts, year=year, section_kind="导语", expected=[]).ok


@pytest.mark.parametrize("org, level, me", [("示例市东城区人民政府", "区县", "我区"), ("贤庠镇人民政府", "乡镇", "我镇"),
                                            ("示例市东城区司法局", "部门", "我局")])
def test_the_body_speaks_of_itself_by_its_level(example_facts, org, level, me):
    facts = facts_from_dict(example_facts.to_dict() | {"org": org, "level": level, "signature": None})
    texts = {planned.key: text for planned, _, text in _sections(facts)}
    assert me in texts["problems"] and me in texts["plans"]


def test_never_copies_an_exemplars_numbers_or_names(example_facts):
    outline = plan(example_facts, Settings())
    leaky = Exemplar(text="（三）大渡口区行政复议工作。共办理行政复议案件13件，胜诉率超过99%。", heading_path=[],
                     kind="主要举措和成效", topics=["行政复议"], doc="000", title="大渡口区通报", year=2012,
                     genre="年度报告", score=1.0)
    brief = make_brief(example_facts, outline.section("work-06"), skeleton="四段式", exemplars=[leaky] * 3)
    text = write_section(brief)
    assert "13件" not in text and "99%" not in text and "大渡口" not in text
    assert text == write_section(dataclasses.replace(brief, exemplars=[]))


def test_more_concise_on_request_and_honest_about_other_instructions(example_facts):
    outline = plan(example_facts, Settings())
    brief = make_brief(example_facts, outline.section("leadership"), skeleton="四段式")
    full = write_section(brief)
    short = write_section(dataclasses.replace(brief, instruction="更简洁一些", previous_text=full))
    assert len(short) < len(full)
    for fact in brief.facts:
        assert quantity(fact.value, fact.unit, fact.approx) in short
    assert instruction_note("更简洁") is None
    note = instruction_note("语气更恳切，补充典型案例")
    assert "离线模板" in note and "已忽略指令" in note and "语气更恳切" in note


async def test_offline_backend_streams_sentence_by_sentence(example_facts):
    backend = backend_from_settings(Settings())
    assert isinstance(backend, OfflineBackend)
    assert backend.name == OFFLINE_NAME and backend.kind == "offline"
    outline = plan(example_facts, Settings())
    brief = make_brief(example_facts, outline.section("work-06"), skeleton="四段式")
    pieces = [p async for p in backend.stream(GenerationRequest(brief=brief, messages=[], prompt_file="section.j2"))]
    await backend.aclose()
    assert len(pieces) > 3
    assert all(p.endswith(("。", "：", "；")) for p in pieces[:-1])
    assert "".join(pieces) == write_section(brief)


def test_minimal_facts_without_a_level_are_voiced_by_the_bodys_name():
    import json
    from pathlib import Path

    data = json.loads((Path(__file__).resolve().parent.parent / "examples" / "minimal.json").read_text("utf-8"))
    facts = facts_from_dict(data)
    texts = {planned.key: (planned, brief, text) for planned, brief, text in _sections(facts)}
    assert "局党组主要负责同志" in texts["leadership"][2] and "我局" in texts["plans"][2]
    planned, brief, work = texts["work-01"]
    # the planner places the bare labels by topic (issue 13): 复议 first, no catch-all block
    assert planned.topic == "行政复议" and work.startswith(planned.heading + "。")
    assert "其他各项工作" not in work and "围绕其他工作" not in work
    whole = "\n".join(t for _, _, t in texts.values())
    assert verify_text(whole, facts.facts, year=facts.year).unused_facts == []


def test_a_topic_with_neither_points_nor_facts_still_reads_as_a_paragraph():
    facts = facts_from_dict({"org": "贤庠镇人民政府", "year": 2022, "level": "乡镇", "topics": [{"name": "政务公开"}]})
    _, _, text = next(s for s in _sections(facts) if s[0].key == "work-01")
    from drafter.register import default_heading, report_seed, voice

    heading = default_heading("政务公开", voice("贤庠镇人民政府", "乡镇"), seed=report_seed("贤庠镇人民政府", 2022))
    assert text.startswith(f"（一）{heading}。") and "公开" in heading   # the planner's seeded choice
    assert "我镇" in text and "政务公开" in text.split("。", 1)[1]
    assert not re.search(r"\d", text)


TOWN = {
    "机关名称": "示例县青山镇人民政府", "年度": 2022, "层级": "乡镇", "骨架": "三段式",
    "工作事项": [
        {"事项": "组织领导", "要点": ["成立镇法治政府建设工作领导小组，镇长任组长",
                                   "镇党委会议专题研究法治建设工作"]},
        {"事项": "行政执法", "要点": ["开展行政执法案卷评查，对评查发现的问题逐一反馈整改",
                                   "组织执法人员培训"]},
        {"事项": "普法", "要点": ["开展送法下乡、法律进村活动"]},
    ],
    "数据": [
        {"事项": "镇党委会议专题研究法治建设", "数值": 3, "单位": "次", "主题": "组织领导"},
        {"事项": "评查行政执法案卷", "数值": 240, "单位": "件", "主题": "行政执法"},
    ],
    "存在的不足": ["干部法治意识有待进一步增强"],
}


def _town_texts():
    facts = facts_from_dict(TOWN)
    return facts, {planned.key: text for planned, _, text in _sections(facts)}


def test_a_lone_point_is_a_plain_sentence_not_an_unfinished_list():
    _, texts = _town_texts()
    assert "一是" not in texts["work-03"] and texts["work-03"].endswith("开展送法下乡、法律进村活动。")
    assert "一是" not in texts["problems"] and "不足：干部法治意识有待进一步增强。" in texts["problems"]
    # two points: a 一是/二是 list, or two sentences of their own, never a 一是 alone
    assert ("一是" in texts["work-01"]) == ("二是" in texts["work-01"])
    assert re.search(r"(?:一是|。)成立镇法治政府建设工作领导小组", texts["work-01"])


def test_a_figure_is_not_stuttered_after_a_point_that_names_it_but_never_shifted_to_another_clause():
    facts, texts = _town_texts()
    assert re.search(r"(?:二是|。)镇党委会议专题研究法治建设工作，全年共3次。", texts["work-01"])
    # the fact is named in the first clause, the point ends on another matter: keep the full label
    assert "逐一反馈整改，全年共评查行政执法案卷240件" in texts["work-02"]
    whole = "\n".join(texts.values())
    assert verify_text(whole, facts.facts, year=facts.year).ok


def test_a_figure_goes_into_the_first_clause_that_names_what_it_counts(example_facts):
    texts = {planned.key: text for planned, _, text in _sections(example_facts)}
    work = texts["work-01"]
    # the point opens on the meeting, the fact counts the meeting: the count sits there, once
    assert re.search(r"(?:一是|。)(?:全年共)?组织召开区委全面依法治区委员会会议2次，审议通过年度工作要点", work), work
    assert work.count("区委全面依法治区委员会会议") == 1


def test_a_fact_short_of_a_clear_match_goes_to_the_one_point_naming_its_object(example_facts):
    texts = {planned.key: text for planned, _, text in _sections(example_facts)}
    # 取消证明事项 names the 证明事项 of two points; the other one is 实行告知承诺制的证明事项's, so the
    # count goes with the clearing instead of standing alone as “全年共取消证明事项17项。”
    assert re.search(r"全面清理涉企证明事项，公布保留证明事项清单，(?:全年共)?取消证明事项17项[。；]", texts["work-02"])


def test_neighbouring_points_with_figures_share_a_sentence_and_a_plain_point_stands_alone(example_facts):
    texts = {planned.key: text for planned, _, text in _sections(example_facts)}
    # told as sentences (no 一是), two points that each report a figure are one sentence joined by ；
    assert "出庭应诉率达100%；对败诉案件逐案分析原因" in texts["work-07"]
    assert "提供法律咨询1.2万余人次；坚持和发展新时代“枫桥经验”" in texts["work-09"]
    # never more than two, and a point without a figure keeps its own sentence
    assert "行政诉讼败诉案件3件。认真办理人民法院司法建议" in texts["work-07"]
    assert "调处成功率达99.26%。扩大法律援助覆盖面" in texts["work-09"]


def test_short_shortcomings_are_one_list_after_the_colon(example_facts):
    problems = {planned.key: text for planned, _, text in _sections(example_facts)}["problems"]
    assert "执法全过程记录不够规范；二是基层法治建设力量相对薄弱" in problems
    assert "专业能力有待提升；三是普法宣传" in problems and problems.endswith("形式还不够丰富。")


def _sentence_openers(text: str) -> list[str]:
    sentences = re.findall(r"[^。！？\n]+[。！？]?", text)
    return [re.sub(r"^（[一二三四五六七八九十]+）", "", s)[:2] for s in sentences]


def test_the_time_word_and_the_bodys_name_open_few_sentences_of_the_report(example_facts):
    whole = "\n".join(text for _, _, text in _sections(example_facts))
    openers = _sentence_openers(whole)
    # before, four sentences opened with 全年 (全年共取消… 全年共审查… 全年全区办理… 全年共收到…)
    assert openers.count("全年") <= 1, whole
    assert openers.count("我局") <= 3, whole
    from pathlib import Path

    from drafter.facts import load_facts

    forty = load_facts(Path(__file__).resolve().parent.parent / "bench" / "sheets" / "forty.yaml")
    openers = _sentence_openers("\n".join(text for _, _, text in _sections(forty)))
    assert openers.count("全年") <= 3       # twelve items: one in four dates its summary (before: nine)


def test_a_planned_figure_dated_by_its_label_gets_no_sum_word():
    from pathlib import Path

    from drafter.facts import load_facts

    forty = load_facts(Path(__file__).resolve().parent.parent / "bench" / "sheets" / "forty.yaml")
    outline = plan(forty, Settings())
    topics = [s.topic for s in outline.sections if s.topic]
    # with the report's topics the plans are items of their own, the clerk's planned figures at their end
    plans = write_section(make_brief(forty, outline.section("plans"), skeleton=outline.skeleton, report_topics=topics))
    assert "2025年计划培训行政执法人员1200人次" in plans and "2025年计划清理规范性文件50件以上" in plans
    assert "共2025年" not in plans, plans        # before: “…提升执法质量和效能，共2025年计划培训…”


@pytest.mark.parametrize("value, unit, label, written, wrong", [
    ("突破150万", "户", "经营主体", "经营主体突破150万户", "达突破"),
    ("逾1000", "件", "化解矛盾纠纷", "化解矛盾纠纷逾1000件", "达逾"),
    ("不足5", "%", "行政复议纠错率", "行政复议纠错率不足5%", "达不足"),
    ("30以内", "个工作日", "审批时限", "审批时限控制在30个工作日以内", "达30"),
    ("3以下", "%", "行政复议纠错率", "行政复议纠错率控制在3%以下", "达3"),
    ("前5", "", "全省法治政府建设考核排名", "全省法治政府建设考核排名前5", "达前"),
])
def test_a_hedge_that_is_its_own_verb_takes_no_da(value, unit, label, written, wrong):
    # a clerk's sheet takes every hedge a report writes (突破150万户, 不足5%, 30个工作日以内, 前五);
    # the writer must not stack 达 on a hedge that already says how the figure stands
    facts = facts_from_dict({"org": "某县人民政府", "year": 2024, "level": "区县",
                             "facts": [{"label": label, "value": value, "unit": unit}]})
    text = "\n".join(t for _, _, t in _sections(facts))
    assert written in text and wrong not in text
    checked = verify_text(text, facts.facts, year=2024)
    assert [f.kind for f in checked.findings if f.kind != "to_fill"] == [] and checked.unused_facts == []
