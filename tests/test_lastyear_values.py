"""上年值 proposed from last year's report, last year's report kept with a draft, the UI's three
lists and `drafter draft --last-year`'s exit code (issue 11, the parts after the first pass).

The sentences are written here in the register of real reports; the consecutive-year pairs in
tests/data/lastyear/ are scored by bench/lastyear.py (last_year_values.yaml for the proposals).
"""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from drafter.facts import facts_from_dict, load_facts
from drafter.lastyear import LastYearReport, propose_last_year_values, read_last_year, with_last_year_values

DATA = Path(__file__).parent / "data" / "lastyear"

LAST = """某县司法局2023年法治政府建设年度报告
一、主要举措和成效
（一）行政复议。全年收到行政复议申请37件，受理33件，审结32件。办理行政应诉案件46件，行政机关负责人出庭应诉率95%。
（二）普法。全年开展普法宣传活动120余场，覆盖群众3.6万余人次。收缴罚没款1.35亿元。
二、存在的不足
一是基层法治力量相对薄弱。
三、2024年工作打算
一是培训执法人员不少于900人次。二是建设智慧司法所，为各司法所配齐视频调解终端。
"""


def _facts(rows: list[dict]):
    return facts_from_dict({"机关名称": "某县司法局", "年度": 2024, "数据": rows})


def _report(text: str = LAST) -> LastYearReport:
    return LastYearReport(None, text.strip().split("\n"))


def _proposed(rows: list[dict], text: str = LAST) -> dict[str, Decimal]:
    return {p.label: p.value for p in propose_last_year_values(_facts(rows).facts, _report(text))}


# --- proposals -------------------------------------------------------------------------------

def test_each_fact_gets_last_years_figure_under_its_label_in_its_own_unit():
    got = _proposed([
        {"事项": "收到行政复议申请", "数值": 45, "单位": "件"},
        {"事项": "受理行政复议案件", "数值": 41, "单位": "件"},
        {"事项": "办理行政应诉案件", "数值": 40, "单位": "件"},
        {"事项": "行政机关负责人出庭应诉率", "数值": "98%"},
        {"事项": "普法活动覆盖群众", "数值": 4.2, "单位": "万人次"},
        {"事项": "收缴罚没款", "数值": 14800, "单位": "万元"},
    ])
    # 受理33件 carries only 受理: it is found once 办理行政应诉案件 has taken the closer 46件
    assert got == {"收到行政复议申请": 37, "受理行政复议案件": 33, "办理行政应诉案件": 46,
                   "行政机关负责人出庭应诉率": 95, "普法活动覆盖群众": Decimal("3.6"), "收缴罚没款": 13500}


def test_no_proposal_in_another_unit_from_a_plan_target_or_for_a_fact_with_its_own_value():
    got = _proposed([
        {"事项": "收到行政复议申请", "数值": 45, "单位": "人次"},          # last year's is in 件
        {"事项": "培训执法人员", "数值": 910, "单位": "人次"},               # 900 is last year's plan target
        {"事项": "开展普法宣传活动", "数值": 150, "单位": "场", "上年值": 118},   # the clerk's own 上年值
        {"事项": "配备法律顾问的村", "数值": 12, "单位": "个"},               # not in last year's report
    ])
    assert got == {}


def test_two_figures_fitting_equally_well_give_no_guess():
    text = LAST.replace("收缴罚没款1.35亿元。", "审结行政复议案件30件。")   # 审结32件 and 审结行政复议案件30件
    got = _proposed([{"事项": "审结行政复议案件", "数值": 45, "单位": "件"}], text)
    assert got == {"审结行政复议案件": 30}    # the clause with all the words wins over 审结32件
    tie = LAST.replace("收缴罚没款1.35亿元。", "其中审结32件、另审结28件。")
    assert _proposed([{"事项": "审结", "数值": 45, "单位": "件"}], tie) == {}   # 32件 or 28件: not guessed


def test_only_confirmed_proposals_become_last_year_values():
    facts = _facts([{"事项": "收到行政复议申请", "数值": 45, "单位": "件"},
                    {"事项": "办理行政应诉案件", "数值": 40, "单位": "件"}])
    proposals = propose_last_year_values(facts.facts, _report())
    assert [p.label for p in proposals] == ["收到行政复议申请", "办理行政应诉案件"]
    assert all(f.last_year is None for f in facts.facts)            # proposing fills nothing
    confirmed = with_last_year_values(facts, proposals[:1])
    assert [f.last_year for f in confirmed.facts] == [Decimal(37), None]
    assert "上年37件" in proposals[0].line() and "收到行政复议申请37件" in proposals[0].line()


def test_precision_on_the_key_pairs():
    """Every proposal on the consecutive-year pairs carries last year's right value (dev set)."""
    key = yaml.safe_load((DATA / "key.yaml").read_text(encoding="utf-8"))
    values = yaml.safe_load((DATA / "last_year_values.yaml").read_text(encoding="utf-8"))["pairs"]
    wrong, total = [], 0
    for pair in key["pairs"]:
        facts = load_facts(DATA / pair["facts"])
        for p in propose_last_year_values(facts.facts, read_last_year(DATA / pair["last_year"])):
            total += 1
            want = values[pair["id"]][p.label]
            if want is None or Decimal(str(want)) != p.value:
                wrong.append((pair["id"], p.label, p.value, want))
    assert total >= 90 and not wrong, wrong


# --- the CLI ---------------------------------------------------------------------------------

def _cli(args):
    from click.testing import CliRunner

    from drafter.cli import _draft, _facts  # noqa: F401  (registers the commands)
    from drafter.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


SHEET = """机关名称: 某县司法局
年度: 2024
工作事项:
  - 事项: 行政复议
    要点:
      - 深化行政复议体制改革
数据:
  - {事项: 收到行政复议申请, 数值: 45, 单位: 件, 主题: 行政复议}
  - {事项: 办理行政应诉案件, 数值: 40, 单位: 件, 主题: 行政复议, 上年值: 46}
"""


def test_facts_check_lists_proposals_and_fills_nothing(home, tmp_path):
    (tmp_path / "去年.txt").write_text(LAST, encoding="utf-8")
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(SHEET, encoding="utf-8")
    result = _cli(["facts", "check", sheet, "--last-year", tmp_path / "去年.txt"])
    assert result.exit_code == 0, result.output
    assert "找到 1 条数据的上年数字（未填「上年值」的共 1 条）" in result.output
    assert "收到行政复议申请：上年37件（上年报告：「全年收到行政复议申请37件" in result.output
    assert "办理行政应诉案件：上年" not in result.output          # it has its own 上年值
    assert "上年值: 46" in sheet.read_text(encoding="utf-8") and "上年值: 37" not in sheet.read_text(encoding="utf-8")
    plain = _cli(["facts", "check", sheet])
    assert "上年数字" not in plain.output


STALE_SHEET = SHEET.replace("      - 深化行政复议体制改革\n",
                            "      - 深化行政复议体制改革\n      - 依法审结行政复议案件32件\n")


def test_draft_exits_1_when_a_stale_figure_remains_and_0_when_only_reminders(home, tmp_path):
    (tmp_path / "去年.txt").write_text(LAST, encoding="utf-8")
    stale = tmp_path / "stale.yaml"
    stale.write_text(STALE_SHEET, encoding="utf-8")
    result = _cli(["draft", stale, "--last-year", tmp_path / "去年.txt", "-o", tmp_path / "稿.md"])
    assert result.exit_code == 1, result.output
    assert "疑似沿用上年数据" in result.output and "对照上年报告1处" in result.output
    assert "提示：上年报告中另有1条数据的上年数字可作「上年值」" in result.output   # offered, not taken
    written = (tmp_path / "稿.md").read_text(encoding="utf-8")
    assert "行政应诉案件40件，同比下降13%" in written and "申请45件，同比" not in written   # the sheet's 上年值 only
    # the same draft without last year's report: the figure is a 警告 the clerk reviews, exit 0 as before
    assert _cli(["draft", stale]).exit_code == 0
    clean = tmp_path / "clean.yaml"
    clean.write_text(SHEET, encoding="utf-8")
    result = _cli(["draft", clean, "--last-year", tmp_path / "去年.txt"])
    assert result.exit_code == 0, result.output
    assert "上年计划未见回应" in result.output and "注意：稿中仍有错误" not in result.output


# --- kept with the draft ---------------------------------------------------------------------

def test_last_years_report_is_kept_with_the_draft_and_old_drafts_have_none(settings, tmp_path):
    from drafter.draft import draft_report
    from drafter.store import Store

    store = Store(settings.db_path)
    old = store.create_draft(title="旧稿", skeleton="四段式", facts={"org": "某县司法局"}, backend="离线")
    assert store.get_draft(old).last_year is None
    facts = _facts([{"事项": "收到行政复议申请", "数值": 45, "单位": "件"}])
    report = LastYearReport(Path("去年.txt"), LAST.strip().split("\n"))

    async def run():
        draft_id = None
        async for event in draft_report(facts, settings=settings, store=store, last_year=report):
            draft_id = event.draft_id
        return draft_id

    draft = Store(settings.db_path).get_draft(asyncio.run(run()))
    assert draft.last_year == {"name": "去年.txt", "paragraphs": report.paragraphs, "lines": []}
    assert "_last_year_report" not in draft.facts and facts_from_dict(draft.facts).org == "某县司法局"
    assert [d.last_year is not None for d in store.list_drafts()] == [True, False]


# --- the UI's plain functions ----------------------------------------------------------------

def test_the_panel_reads_an_upload_and_shows_the_three_lists_for_a_stored_draft(settings, tmp_path):
    from drafter.draft import draft_report
    from drafter.store import Store
    from drafter.ui import _lastyear_panel as ly

    (tmp_path / "去年.txt").write_text(LAST, encoding="utf-8")
    record, message = ly.read_upload(tmp_path / "去年.txt")
    assert record["name"] == "去年.txt" and "已读取上年报告" in message
    bad = tmp_path / "去年.docx"
    bad.write_bytes(b"not a docx")
    assert ly.read_upload(bad)[0] is None and "上年报告未能读取" in ly.read_upload(bad)[1]

    facts = load_facts(_write(tmp_path, "f.yaml", STALE_SHEET))
    proposals = ly.proposals_for(facts, record)
    assert [p["label"] for p in proposals] == ["收到行政复议申请"]
    ticked = ly.confirmed(proposals, ["0", "7", "x"])
    assert [f.last_year for f in ly.with_confirmed(facts, ticked).facts] == [Decimal(37), Decimal(46)]
    assert [f.last_year for f in ly.with_confirmed(facts, ly.confirmed(proposals, [])).facts] == [None, Decimal(46)]

    store = Store(settings.db_path)

    async def run():
        draft_id = None
        async for event in draft_report(facts, settings=settings, store=store, last_year=ly.report_of(record)):
            draft_id = event.draft_id
        return draft_id

    shown = ly.draft_lists(store, asyncio.run(run()), settings=settings)
    for title in ly.LIST_TITLES:
        assert title in shown
    assert "32件" in shown and "配齐视频调解终端" in shown
    assert ly.draft_lists(store, "", settings=settings) == ""


def test_the_verify_tab_compares_with_last_years_report(tmp_path, home):
    from drafter.ui import _lastyear_panel as ly
    from drafter.ui._verify_page import check_uploaded

    (tmp_path / "去年.txt").write_text(LAST, encoding="utf-8")
    record, _ = ly.read_upload(tmp_path / "去年.txt")
    this = _write(tmp_path, "今年.txt", "（一）行政复议。全年收到行政复议申请45件，审结32件。办理行政应诉案件40件。\n")
    sheet = _write(tmp_path, "f.yaml", SHEET)
    view = check_uploaded(this, sheet, last_year=record)
    assert view.ok
    assert any(f["kind"] == "stale" and f["text"] == "32件" for f in view.findings)
    assert "疑似沿用上年数据（1处）" in view.last_year_md and "配齐视频调解终端" in view.last_year_md
    assert check_uploaded(this, sheet).last_year_md == ""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _offline(monkeypatch):
    monkeypatch.delenv("DRAFTER_BASE_URL", raising=False)


# Written after the proposer was fixed, expected values first, then run once (a held-out check).
HELD_OUT_LAST = """某区市场监督管理局2023年法治政府建设工作报告
一、2023年推进法治政府建设的主要举措和成效
（一）严格规范公正文明执法。全年共查办各类案件326起，罚没款合计587.6万元，移送司法机关涉嫌犯罪案件9起。开展“双随机、一公开”抽查1240户次，抽查结果公示率100%。
（二）深化“放管服”改革。新设立经营主体1.86万户，其中企业5420户。食品经营许可办理时限压缩至5个工作日。
（三）加强普法宣传。开展“3·15”国际消费者权益日等宣传活动42场，解答群众咨询2300余人次。受理投诉举报1.1万件，为消费者挽回经济损失312万元。
二、存在的不足
执法人员数量不足，执法装备有待更新。
三、2024年工作安排
一是全年抽查不少于1300户次。二是开展执法人员培训不少于4期。
"""

HELD_OUT = [  # (事项, 数值, 单位, the 上年值 last year's report gives, or None)
    ("查办各类案件", 351, "起", 326), ("罚没款", 612, "万元", Decimal("587.6")),
    ("移送司法机关涉嫌犯罪案件", 11, "起", 9), ("“双随机、一公开”抽查", 1350, "户次", 1240),
    ("抽查结果公示率", "100", "%", 100), ("新设立经营主体", 20500, "户", 18600), ("新设立企业", 6010, "户", 5420),
    ("食品经营许可办理时限", 3, "个工作日", 5), ("宣传活动", 45, "场", 42), ("解答群众咨询", 2600, "人次", 2300),
    ("受理投诉举报", 12000, "件", 11000), ("为消费者挽回经济损失", 345, "万元", 312),
    ("执法人员培训", 4, "期", None), ("开展质量抽检", 860, "批次", None), ("检查食品经营户", 1500, "户次", None),
]


def test_held_out_report_proposals():
    rows = [{"事项": label, "数值": value, "单位": unit} for label, value, unit, _ in HELD_OUT]
    got = _proposed(rows, HELD_OUT_LAST)
    expected = {label: Decimal(last) for label, _, _, last in HELD_OUT if last is not None}
    assert got == expected
