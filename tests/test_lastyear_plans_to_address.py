"""Last year's plans no fact answers, offered to the drafting step (issue 11, part 3's last clause):
routed to the section of their topic, listed in that section's model prompt, marked 【待补充】 by
the offline writer; after drafting, 上年计划未见回应 is still computed on the draft.

The pair is tests/data/lastyear/township_2023.txt (last year's four plans) and
township_2024_facts.yaml, whose bare labels answer none of them.
"""

from __future__ import annotations

from pathlib import Path

from fixtures_draft import model_reply
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from drafter.brief import SectionBrief
from drafter.draft import PlannedSection, draft_report, plan, regenerate_section
from drafter.draft._last_plans import route_plans
from drafter.draft._plan import topic_table
from drafter.facts import load_facts
from drafter.lastyear import compare_draft, plans_to_address, read_last_year
from drafter.llm._offline import write_section
from drafter.verify import verify_text

DATA = Path(__file__).parent / "data" / "lastyear"
LAST = DATA / "township_2023.txt"
FACTS = DATA / "township_2024_facts.yaml"
GRID = "推行矛盾纠纷“网格化”排查"             # → the 矛盾纠纷 item
ENFORCEMENT = "推进镇综合行政执法规范化建设"      # → the 行政执法 item
VILLAGE_RULES = "开展村规民约合法性审查"          # no item of its topic: the last work item
SERVICE = "建设镇级公共法律服务站"                # no item of its topic: the last work item
HEADER = "【上年计划（请说明落实情况，只写材料中有依据的内容；没有材料的不要编造）】"


def _township():
    facts = load_facts(FACTS)
    return facts, read_last_year(LAST)


def _section(key, kind, topic=None, heading=""):
    return PlannedSection(key=key, kind=kind, heading=heading, number="", topic=topic, order=0, query="",
                          target_chars=400)


# --- routing ----------------------------------------------------------------------------------

def test_a_plan_goes_to_its_topics_item_the_duty_to_leadership_the_rest_to_the_last_item(settings):
    sections = [_section("intro", "导语"), _section("leadership", "第一责任人履职"),
                _section("work-01", "主要举措和成效", "行政复议", "（一）依法化解行政争议"),
                _section("work-02", "主要举措和成效", "规范行政执法", "（二）严格规范公正文明执法"),
                _section("work-03", "主要举措和成效", "其他工作", "（三）统筹推进其他工作"),
                _section("plans", "下一年度安排")]
    plans = ["深化行政复议体制改革，推进行政复议决定书网上公开",
             "落实党政主要负责人年终述法制度",
             "全面推行行政执法公示制度",
             "建设智慧司法所，为各司法所配齐视频终端",
             "推进生态环境执法数字化改革，建设移动执法平台"]    # no topic keyword at all
    routed = route_plans(plans, sections, topic_table(settings), 2024)
    assert routed == {"work-01": [plans[0]], "leadership": [plans[1]], "work-02": [plans[2]],
                      "work-03": [plans[3], plans[4]]}


def test_the_township_plans_no_fact_answers_go_to_the_items_the_planner_made_for_their_topics(settings):
    facts, last = _township()
    unanswered = plans_to_address(facts, last)
    assert len(unanswered) == 4
    assert [p[:len(q)] for p, q in zip(unanswered, (ENFORCEMENT, VILLAGE_RULES, SERVICE, GRID))] == \
        [ENFORCEMENT, VILLAGE_RULES, SERVICE, GRID]
    outline = plan(facts, settings)
    routed = route_plans(unanswered, outline.sections, topic_table(settings), facts.year)
    where = {p[:8]: outline.section(key) for key, items in routed.items() for p in items}
    labels = {s.key: {f.label for f in facts.facts if f.id in s.fact_ids} for s in outline.sections}
    assert "排查矛盾纠纷" in labels[where[GRID[:8]].key]
    assert "办理行政处罚案件" in labels[where[ENFORCEMENT[:8]].key]
    last_work = [s for s in outline.sections if s.kind == "主要举措和成效"][-1]
    assert where[VILLAGE_RULES[:8]] is last_work and where[SERVICE[:8]] is last_work
    assert all(s.kind == "主要举措和成效" for s in where.values())


# --- the model prompt -------------------------------------------------------------------------

async def test_each_plan_is_in_the_prompt_of_its_section_only_with_the_rule_against_inventing(
        llm_settings, llm_server, draft_store, collect_events):
    facts, last = _township()
    llm_server.default = model_reply
    await collect_events(draft_report(facts, settings=llm_settings, store=draft_store, last_year=last))
    prompts = [r.last_user for r in llm_server.requests]
    for plan_, topic_word in ((GRID, "矛盾纠纷"), (ENFORCEMENT, "行政执法")):
        asked = [p for p in prompts if plan_ in p]
        assert len(asked) == 1, plan_
        assert HEADER in asked[0] and "不得自行编写落实情况、成效或数字" in asked[0]
        assert topic_word in asked[0].split("【工作事项】")[1].split("\n")[0]
    last_item = [p for p in prompts if VILLAGE_RULES in p]
    assert len(last_item) == 1 and SERVICE in last_item[0] and "【工作事项】其他工作" in last_item[0]
    assert sum(HEADER in p for p in prompts) == 3
    plans_prompt = next(p for p in prompts if "只写安排，不提任何请求" in p)
    assert HEADER not in plans_prompt


async def test_without_last_year_no_prompt_mentions_last_years_plans(llm_settings, llm_server, draft_store,
                                                                    collect_events):
    facts, _ = _township()
    llm_server.default = model_reply
    await collect_events(draft_report(facts, settings=llm_settings, store=draft_store))
    assert llm_server.requests and not [r for r in llm_server.requests if "上年计划" in r.last_user]


# --- the offline writer -----------------------------------------------------------------------

def _brief(plans):
    return SectionBrief(key="work-01", kind="主要举措和成效", heading="（一）严格规范公正文明执法", org="示例县司法局",
                        year=2024, level="部门", topic="行政执法", number="（一）", last_plans=plans)


def test_the_offline_writer_marks_each_plan_and_the_verifier_reminds_without_an_error():
    plans = ["组织行政执法人员轮训不少于3期，提升执法能力", "2024年底前完成行政执法案卷评查",
             "推行“首违不罚”清单制度", "建立执法监督平台", "开展执法质量提升行动"]
    text = write_section(_brief(plans))
    assert "【待补充：上年计划“组织行政执法人员轮训不少于3期”的落实情况】" in text
    assert "【待补充：上年计划“推行「首违不罚」清单制度”的落实情况】" in text
    assert "建立执法监督平台" not in text and "【待补充：另有2项上年计划的落实情况" in text
    found = verify_text(text, [], year=2024, section_kind="主要举措和成效")
    # the figures and the year quoted from last year's plans are not the report's claims
    assert [f.severity for f in found.findings] == ["warning"] * 4
    assert {f.kind for f in found.findings} == {"to_fill"}


def test_a_section_with_no_plans_gets_no_note():
    assert "上年计划" not in write_section(_brief([]))


async def test_the_offline_draft_marks_the_plans_in_their_sections_and_still_lists_them_after(
        settings, draft_store, collect_events):
    facts, last = _township()
    events = await collect_events(draft_report(facts, settings=settings, store=draft_store, last_year=last))
    draft = draft_store.get_draft(events[0].draft_id)
    marked = {s.key: s.current.text for s in draft.sections if "【待补充：上年计划" in s.current.text}
    assert sum(t.count("【待补充：上年计划") for t in marked.values()) == 4
    for s in draft.sections:
        findings = s.current.findings
        assert not [f for f in findings if f["severity"] == "error"], s.key
        if s.key in marked:
            assert [f for f in findings if f["kind"] == "to_fill" and "上年计划" in f["message"]
                    and f["severity"] == "warning"]
    # the note quotes the plan but is no answer to it: after drafting it is still listed
    text = "\n".join(s.current.text for s in sorted(draft.sections, key=lambda s: s.order))
    unanswered = [p.text for p in compare_draft(text, facts, last).unanswered_plans]
    assert any(p.startswith(VILLAGE_RULES) for p in unanswered)
    assert any(p.startswith(SERVICE) for p in unanswered)


async def test_a_regenerated_section_asks_for_the_same_plans_again(settings, draft_store, collect_events):
    facts, last = _township()
    events = await collect_events(draft_report(facts, settings=settings, store=draft_store, last_year=last))
    draft_id = events[0].draft_id
    key = next(s.key for s in draft_store.get_draft(draft_id).sections if GRID[:6] in (s.current.text or ""))
    await collect_events(regenerate_section(draft_id, key, settings=settings, store=draft_store))
    section = draft_store.get_draft(draft_id).section(key)
    assert section.current.no == 2 and "【待补充：上年计划“推行矛盾纠纷「网格化」排查”的落实情况】" in section.current.text


# --- drafter draft --last-year ----------------------------------------------------------------

def test_draft_with_last_year_writes_the_notes_and_keeps_the_summary_computed_on_the_draft(home, tmp_path):
    from click.testing import CliRunner

    from drafter.cli import _draft  # noqa: F401  (registers the commands)
    from drafter.cli import cli

    out, docx = tmp_path / "out.md", tmp_path / "out.docx"
    result = CliRunner().invoke(cli, ["draft", str(FACTS), "--last-year", str(LAST), "-o", str(docx), "--md", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output         # the notes are 提醒, not errors
    text = out.read_text(encoding="utf-8")
    assert f"【待补充：上年计划“{VILLAGE_RULES}”的落实情况】" in text
    assert f"【待补充：上年计划“{SERVICE}”的落实情况】" in text
    listed = result.output.split("上年计划未见回应（")[1].split("对照上年报告")[0]
    assert VILLAGE_RULES in listed and SERVICE in listed
    assert "上年计划 4 项中" in result.output
    import docx as python_docx

    highlighted = [r.text for p in python_docx.Document(str(docx)).paragraphs for r in p.runs
                   if r.font.highlight_color is not None]
    assert f"【待补充：上年计划“{SERVICE}”的落实情况】" in highlighted


PLAN_CHARS = "推进行政执法规范化建设年内完成培训不少于期件项名％%0123456789.二〇二五年“”「」【】：，。；×某某XX"


@given(st.lists(st.text(alphabet=PLAN_CHARS, min_size=6, max_size=40), max_size=6))
@hypothesis_settings(max_examples=60, deadline=None)
def test_whatever_last_years_plans_say_the_notes_are_only_reminders(plans):
    text = write_section(_brief(plans))
    found = verify_text(text, [], year=2024, section_kind="主要举措和成效")
    notes = [f for f in found.findings if f.kind == "to_fill"]
    assert len(notes) == min(len(plans), 3) + (len(plans) > 3)
    assert not [f for f in found.findings if f.kind != "to_fill"]
