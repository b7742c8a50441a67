"""find_numbers on real sentences from corpus/ (quoted), one test per kind and per trap."""

from __future__ import annotations

from decimal import Decimal

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.numbers import KINDS, find_numbers
from drafter.numbers._chinese import parse, parse_int


def at(text: str, needle: str):
    """The mention whose text is ``needle`` (fails if there is none)."""
    found = [m for m in find_numbers(text) if m.text == needle]
    assert found, f"{needle!r} not found in {[m.text for m in find_numbers(text)]}"
    return found[0]


def texts(text: str) -> list[str]:
    return [m.text for m in find_numbers(text)]


# -- counts, money, percent (Arabic) -----------------------------------------------------

def test_counts_in_a_breakdown():
    # S2 002
    s = "截至10月底,收到行政复议案件20件,受理19件,审结12件,其中维持7件、终止5件,法定时限内办结率100%。"
    got = [(m.text, m.value, m.unit, m.kind) for m in find_numbers(s) if m.kind == "count"]
    assert got == [("20件", 20, "件", "count"), ("19件", 19, "件", "count"), ("12件", 12, "件", "count"),
                   ("7件", 7, "件", "count"), ("5件", 5, "件", "count")]
    pct = at(s, "100%")
    assert (pct.kind, pct.value, pct.unit) == ("percent", Decimal(100), "%")
    assert at(s, "10月底").kind == "date"


def test_money_keeps_its_unit():
    # S2 002
    s = "审计查出管理不规范金额8.76亿元、损失浪费金额1428万元、违规金额2.62万元、非金额计量问题74项。"
    m = at(s, "8.76亿元")
    assert (m.kind, m.value, m.unit) == ("money", Decimal("8.76"), "亿元")
    assert at(s, "1428万元").unit == "万元"
    assert at(s, "74项").kind == "count"


def test_wan_is_folded_into_counts():
    # 武汉 (DOMAIN §3) and S4 004
    m = at("3530余场…17.8万余人次", "17.8万余人次")
    assert (m.value, m.unit, m.approx) == (Decimal("178000"), "人次", "余")
    m = at("累计受理和办结各类事项达57万多件,按期办结率100%。", "57万多件")
    assert (m.value, m.unit, m.approx) == (Decimal("570000"), "件", "多")
    m = at("发放宣传资料180多万份", "180多万份")
    assert (m.value, m.approx) == (Decimal("1800000"), "多")
    assert at("共计1.5万件", "1.5万件").value == Decimal(15000)


def test_yi_keeps_precision():
    # cn2an's smart mode goes through float; ours stays exact
    m = at("全年实现16.4亿人次访问", "16.4亿人次")
    assert m.value == Decimal("1640000000")
    assert at("资金16.4亿元", "16.4亿元").value == Decimal("16.4")


def test_thousands_separator_and_full_width():
    assert at("共1,234件", "1,234件").value == Decimal(1234)
    m = at("满意率９８．８％", "９８．８％")
    assert (m.kind, m.value) == ("percent", Decimal("98.8"))


def test_people_with_optional_ci():
    # S4 004
    m = at("接受群众现场咨询20多万人(次)", "20多万人(次)")
    assert (m.value, m.unit, m.approx) == (Decimal(200000), "人次", "多")


# -- approximations ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, needle, value, approx", [
    ("2012年全区政府系统共发生行政诉讼案件400余件,胜诉率超过99%", "400余件", 400, "余"),
    ("2012年全区政府系统共发生行政诉讼案件400余件,胜诉率超过99%", "超过99%", 99, "超过"),
    ("办理满意率每年都保持在90%以上", "90%以上", 90, "以上"),
    ("\"派驻制\"公调对接工作室年内调处案件近2000件", "近2000件", 2000, "近"),
    ("更新各类政务信息约6000余条", "约6000余条", 6000, "约余"),
    ("随机开展执法行为及人员着装纠察不少于2次", "不少于2次", 2, "不少于"),
    ("每年培训100人左右", "100人左右", 100, "左右"),
    ("收缴罚没款达135万余元", "135万余元", 135, "余"),
])
def test_approximations(sentence, needle, value, approx):
    m = at(sentence, needle)
    assert (m.value, m.approx) == (Decimal(value), approx)


def test_zui_jin_is_not_nearly():
    m = find_numbers("最近3年共办理50件")[0]
    assert m.approx is None


# -- Chinese numerals ----------------------------------------------------------------------

def test_chinese_numerals():
    assert at("参训人员两千人", "两千人").value == Decimal(2000)
    m = at("共培训一万余人次", "一万余人次")
    assert (m.value, m.approx, m.unit) == (Decimal(10000), "余", "人次")
    assert at("先后召开十九次会议", "十九次").value == Decimal(19)
    m = at("满意率达到百分之九十五", "百分之九十五")
    assert (m.kind, m.value, m.unit) == ("percent", Decimal(95), "%")
    m = at("审批时限压缩了三分之二", "三分之二")
    assert m.kind == "fraction" and abs(m.value - Decimal(2) / 3) < Decimal("0.00001")
    # S4 004: "市政府制定了…六件政府规章"
    assert at("《兰州市节水管理实施细则》六件政府规章", "六件").value == Decimal(6)


def test_liang_san_is_not_23():
    # cn2an reads 两三 as 23; it means "two or three"
    assert cn2an.cn2an("两三", "normal") == 23
    m = at("抽调两三个人", "两三个")
    assert (m.value, m.value_high, m.approx) == (Decimal(2), Decimal(3), "约")


def test_chinese_parser_guards():
    assert parse_int("两千") == 2000
    assert parse_int("二〇二三") == 2023
    assert parse_int("十四五") is None
    assert parse_int("两三") is None
    assert parse("九十五点三") == Decimal("95.3")
    assert parse("四十二点六万") == Decimal("426000")


@pytest.mark.parametrize("sentence, needle, value, unit", [
    # written (set 90, older genre in Chinese numerals): 办理各类不动产登记业务二点三四万件
    ("全年办理各类不动产登记业务二点三四万件。", "二点三四万件", "23400", "件"),
    ("划定永久基本农田四十二点六万亩。", "四十二点六万亩", "426000", "亩"),
    ("全年办理不动产登记业务一点二六万件。", "一点二六万件", "12600", "件"),
    ("没收矿产品约一点五万吨。", "约一点五万吨", "15000", "吨"),
    ("罚没款三点六亿元。", "三点六亿元", "3.6", "亿元"),
])
def test_a_decimal_in_words_carries_its_wan_as_digits_do(sentence, needle, value, unit):
    m = at(sentence, needle)
    assert m.needs_fact and (m.value, m.unit) == (Decimal(value), unit)


def test_yidian_alone_is_still_a_word():
    assert not find_numbers("这项工作有一点进步。")


@given(st.integers(min_value=0, max_value=10 ** 12))
@settings(max_examples=300, deadline=None)
def test_chinese_parser_agrees_with_cn2an_on_its_own_output(n):
    assert parse_int(cn2an.an2cn(n)) == n


# -- fractions, ranges, durations, ranks ---------------------------------------------------

def test_fractions():
    # S0 000
    s = "审批时限总体缩短了1/3,即办件比例达到87%。积极探索多部门联合审批模式,联合办证时限压缩了近2/3。"
    assert at(s, "1/3").kind == "fraction"
    m = at(s, "近2/3")
    assert (m.kind, m.approx) == ("fraction", "近")
    assert m.value == Decimal("0.666667")


@pytest.mark.parametrize("sentence, needle, lo, hi", [
    ("压缩办理时间为4—7个工作日,环节精简", "4—7个工作日", 4, 7),     # S1 001, em dash
    ("压缩办理时间为4-7个工作日", "4-7个工作日", 4, 7),
    ("办理时限为4至7个工作日", "4至7个工作日", 4, 7),
])
def test_ranges(sentence, needle, lo, hi):
    m = at(sentence, needle)
    assert (m.kind, m.value, m.value_high, m.unit) == ("range", Decimal(lo), Decimal(hi), "个工作日")


def test_durations():
    # S0 000, S4 004
    assert at("全区行政审批事项平均承诺时限降至4.89个工作日", "4.89个工作日").kind == "duration"
    m = at("每期培训时间为2天半", "2天半")
    assert (m.kind, m.value) == ("duration", Decimal("2.5"))
    assert at("进行了为期两天半的培训", "两天半").value == Decimal("2.5")
    assert at("利用40天时间完成了全部人员的培训", "40天").kind == "duration"


def test_ranks():
    # S2 002
    s = "我区位列全省96个县(市、区)第10名,综合评价为全省先进地区。"
    m = at(s, "第10名")
    assert (m.kind, m.value) == ("rank", Decimal(10))
    assert at(s, "96个").kind == "count"
    m = at("法治政府建设考核排名第一", "第一")
    assert (m.kind, m.value) == ("rank", Decimal(1))
    # S4 004: an ordinal, not a rank
    assert at("完成了第10批取消和调整行政审批项目目录", "第10批").kind == "ordinal_phrase"


def test_change_rate():
    # S2 002
    s = "越级上访人数和人次与上年同比分别下降26.5%、34.2%。"
    assert [(m.text, m.kind) for m in find_numbers(s)] == [("26.5%", "percent"), ("34.2%", "percent")]


# -- years and dates ------------------------------------------------------------------------

def test_years_and_dates():
    s = "2013年8月28日,区人大常委会主任会议对区政府2012年行政执法责任制落实情况进行了审议。"  # S0
    assert at(s, "2013年8月28日").kind == "date"
    m = at(s, "2012年")
    assert (m.kind, m.value) == ("year", Decimal(2012))
    assert at("成文日期 2023年12月7日", "2023年12月7日").value == Decimal(2023)
    # S2 002
    s = "1-10月全区24个代办员为134个项目和3635个商事注册进行了代办服务"
    assert at(s, "1-10月").kind == "date"
    assert at("3月底,省政府办公厅通报了全省2017年\"双创\"评价结果", "3月底").kind == "date"
    assert at("2013年6-7月,区政府法制办会同", "2013年6-7月").kind == "date"     # S0
    assert at("截止2014年底,全市共举办领导干部法制讲座38次", "2014年底").kind == "date"  # S4
    assert at("2018年度锡山区依法行政工作报告", "2018年度").kind == "year"


def test_page_chrome_dates_and_codes():
    # S4 004 header, S2 002 footer
    assert at("兰州市2014年依法行政工作情况汇报\n11.03.2015  17:50", "11.03.2015").kind == "date"
    found = find_numbers("苏ICP备09024546号  公安备案号:32021102000707  网站标识码:3202000058")
    assert found and all(m.kind == "ordinal_phrase" for m in found)


# -- names: ordinal_phrase -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, needle", [
    ("一、2012年全区行政执法责任制工作总体情况", "一、"),
    ("(一)强化制度建设,推进法治政府建设向纵深发展。", "(一)"),
    ("（二）优化法治化营商环境。", "（二）"),
    ("1.认真落实重大决策程序有关规定,严格规范16类重大事项的决策程序。", "1."),
    ("3、规范行政执法", "3、"),
    ("一是抓住领导干部这个\"关键少数\"。", "一是"),
    ("。二是抓住宣传培训这个\"关键领域\"。", "二是"),
    ("第一，加强组织领导", "第一"),
    ("十八大以来,中央和重庆市对法治政府建设提出了更高的要求", "十八大"),
    ("深入贯彻习近平新时代中国特色社会主义思想和党的十九大精神", "十九大"),
    ("深入学习贯彻党的二十届三中全会精神", "二十届三中全会"),
    ("重点围绕党的十八届四中全会精神", "十八届四中全会"),
    ("以党的十八大、十八届三中、四中全会精神、省委十二届九次全会精神为指导", "十八届三中、四中全会"),
    ("以党的十八大、十八届三中、四中全会精神、省委十二届九次全会精神为指导", "十二届九次全会"),
    ("全面落实行政执法\"三项制度\"", "三项制度"),
    ("全面落实行政执法“三项制度”", "三项制度"),
    ("全面推行行政执法三项制度", "三项制度"),
    ("一是全面落实了“721”工作法。", "721"),
    ("二是实践了“270”工作法。", "270"),
    ("法治建设一规划两纲要", "一规划两纲要"),
    ("健全完善“双随机、一公开”监管机制", "一"),
    ("推进政务服务一网通办", "一网通办"),
    ("落实政务服务“一件事一次办”工作要求", "一件事一次办"),
    ("局主要负责人认真履行推进行政执法责任制第一责任人职责", "第一责任人"),
    ("深入开展“八五”普法", "八五"),
    ("七五普法总结验收", "七五普法"),
    ("采取“五个一”方式", "五个一"),
    ("实行零上门、零审批、零收费的“三零”服务", "三零"),
    ("以“3550”改革为抓手", "3550"),
    ("编制十四五规划", "十四五规划"),
    ("按照《渝经信发〔2019〕105号》", "105"),
    ("(渝经信发〔2019〕105号)", "2019"),
    ("(渝经信发〔2019〕105号)", "105"),
    ("大渡口府办发〔2013〕83号", "83"),
    ("积极配合全市“12345一号通”问政咨询平台整合建设", "12345"),
    ("纪念国务院《全面推进依法行政实施纲要》颁布十周年", "十周年"),
])
def test_ordinal_phrases(sentence, needle):
    assert at(sentence, needle).kind == "ordinal_phrase"


def test_year_range_in_a_title_is_a_citation():
    # S2 002
    s = "以落实中共中央、国务院《法治政府建设实施纲要(2015-2020年)》《江苏省法治政府建设实施纲要(2015-2020年)》"
    found = find_numbers(s)
    assert [m.kind for m in found] == ["ordinal_phrase", "ordinal_phrase"]
    assert found[0].value_high == Decimal(2020)
    # S1 001: the parenthesis right after the title belongs to it
    m = at("根据《重庆市法治政府建设实施方案》(2016—2020年)的任务要求", "2016—2020年")
    assert m.kind == "ordinal_phrase"
    # ... but a count in a parenthesis after a title is still a count (S2 002)
    assert at("确定《锡山区规范性文件制定主体清单》(共39个)", "39个").kind == "count"


@pytest.mark.parametrize("sentence", [
    "进一步健全了政府决策", "实行制定机关对规范性文件统一登记", "唯一", "形成一些长期存在的问题",
    "实现一批高频民生事项“零材料”办理", "一律按照国务院要求予以取消", "统筹推进一体化在线服务平台建设",
    "同一事项", "万一发生", "十分重视", "一直坚持", "是重要内容之一", "一方面", "取得一定实效",
    "大足区三都镇", "解决了一大批事关经济社会发展的问题", "通过一系列制度安排", "一次性告知",
    # 新京报 on 北京四中院 (dn03, 2019): 去年一年中 is the year reported on, no span counted
    "去年一年中，政府信息公开案件涨幅最大",
])
def test_numerals_inside_words_are_not_numbers(sentence):
    assert [m for m in find_numbers(sentence) if m.kind != "ordinal_phrase"] == []


def test_small_chinese_counts_are_counts():
    # S4 004: "组织全市领导干部参加了两次全省政府系统领导干部依法行政专题讲座"
    m = at("组织全市领导干部参加了两次全省政府系统领导干部依法行政专题讲座", "两次")
    assert (m.kind, m.value) == ("count", Decimal(2))


def test_whole_seed_reports_scan(tmp_path):
    from pathlib import Path

    for path in sorted((Path(__file__).parent.parent / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found = find_numbers(text)
        assert found
        assert all(text[m.start:m.end] == m.text for m in found)
        assert all(a.end <= b.start for a, b in zip(found, found[1:]))
        assert {m.kind for m in found} <= set(KINDS)


# -- property: any text ----------------------------------------------------------------------

_ALPHABET = st.sampled_from(list("0123456789０１２.,-—/%％年月日号第余多近约超过以上万亿元件次人个一二两三十百千零〇是大届中全会（）()“”\"《》〔〕、，。；: \nxX×*") + ["分之", "百分之", "工作日"])


@given(st.lists(st.one_of(_ALPHABET, st.text(max_size=3)), max_size=60).map("".join))
@settings(max_examples=400, deadline=None)
def test_random_text_never_breaks_the_scanner(text):
    found = find_numbers(text)
    last = 0
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.start >= last
        assert m.kind in KINDS
        last = m.end


def test_traditional_text_scans_like_simplified():
    """Seed 003 is in traditional characters; the scan must not depend on conversion."""
    from pathlib import Path

    import opencc

    raw = next((Path(__file__).parent.parent / "corpus").glob("003_*.txt")).read_text(encoding="utf-8")
    simplified = opencc.OpenCC("t2s").convert(raw)
    assert len(simplified) == len(raw)
    key = lambda ms: [(m.start, m.end, m.kind, m.value, m.unit, m.approx) for m in ms]  # noqa: E731
    assert key(find_numbers(raw)) == key(find_numbers(simplified))
    # "按照市委六屆二次、三次全會部署要求"
    assert at("按照市委六屆二次、三次全會部署要求", "六屆二次、三次全會").kind == "ordinal_phrase"


def test_bai_qian_wan_yu():
    assert at("培训执法人员百余人", "百余人").value == Decimal(100)
    assert at("办理各类事项千余件", "千余件").value == Decimal(1000)
    m = at("覆盖群众万余人次", "万余人次")
    assert (m.value, m.approx) == (Decimal(10000), "余")
    assert find_numbers("千方百计服务老百姓") == []


def test_rank_in_a_region_versus_a_list_marker():
    assert at("法治政府建设考核位列全市第三，", "第三").kind == "rank"
    assert at("全省第一批示范县", "第一批").kind == "ordinal_phrase"
    assert at("。第二，完善制度", "第二").kind == "ordinal_phrase"
    assert find_numbers("第一时间赶赴现场") == []


@pytest.mark.parametrize("text, value, approx", [
    ("近四成纠纷在萌芽状态化解", "40", "近"),
    ("三成以上案件当场办结", "30", "以上"),
    ("七成多群众表示满意", "70", "多"),
    ("压缩了2成", "20", None),
])
def test_tenths_are_percentages(text, value, approx):
    """四成 is 40%: a model that writes it must have a fact behind it, like any percentage."""
    m = [m for m in find_numbers(text) if m.kind == "percent"]
    assert len(m) == 1 and m[0].value == Decimal(value) and m[0].unit == "%" and m[0].approx == approx


@pytest.mark.parametrize("text", ["一成不变", "三成员单位参加", "成立三个工作组", "降低5成本"])
def test_cheng_in_words_is_not_a_percentage(text):
    assert not [m for m in find_numbers(text) if m.kind == "percent"]


@pytest.mark.parametrize("text, found, value, high, approx", [
    ("开展数十场活动", "数十场", "10", "90", "约"),
    ("几千人次参加", "几千人次", "1000", "9000", "约"),
    ("上百名干部参训", "上百名", "100", None, "上百"),
    ("半数以上纠纷当场化解", "半数以上", "50", None, "超过"),
    ("过半数街道建成", "过半数", "50", None, "超过"),
    ("案件数量翻了一番", "翻了一番", "2", None, None),
])
def test_vague_amounts_keep_their_vagueness(text, found, value, high, approx):
    """数十场 is not exactly 10, 上百名 is not exactly 100: a checker that reads them as exact
    figures would accuse the right fact or excuse the wrong one."""
    [m] = [m for m in find_numbers(text) if m.needs_fact]
    assert m.text == found and m.value == Decimal(value) and m.approx == approx
    assert m.value_high == (Decimal(high) if high else None)


@pytest.mark.parametrize("text, found, approx", [
    ("每年的调解案件却超过千件", "超过千件", "超过"),
    ("参加培训近千人次", "近千人次", "近"),
    ("逾百名律师参与", "逾百名", "逾"),
])
def test_a_bare_hundred_or_thousand_after_a_hedge_is_a_figure(text, found, approx):
    """超过千件 names 1000 as plainly as 超过1000件 does; 经过千辛万苦 names nothing."""
    [m] = [m for m in find_numbers(text) if m.needs_fact]
    assert (m.text, m.approx) == (found, approx)
    assert not [m for m in find_numbers("经过千辛万苦") if m.needs_fact]


@pytest.mark.parametrize("text", ["人数十分有限", "次数十分多", "数万"])
def test_shu_inside_words_is_not_a_vague_amount(text):
    assert not [m for m in find_numbers(text) if m.needs_fact]
