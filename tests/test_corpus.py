"""Reading, cleaning and structuring past reports (no embeddings involved: fast)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from drafter.corpus import (GENRE_ANNUAL, GENRE_NOT_REPORT, GENRE_OLDER, SECTION_KINDS, CorpusError,
                            load_topics, read_document, to_simplified)
from drafter.corpus._clean import clean_text
from drafter.corpus._headings import parse_numbered

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "corpus"
INPUTS = Path(__file__).resolve().parent / "data" / "corpus"
SEED = {n: next(SEEDS.glob(f"{n:03d}_*.txt")) for n in range(5)}


def _doc(path: Path, **kwargs):
    return read_document(path, root=path.parent, **kwargs)


def _kinds(document) -> dict[str, str]:
    """Top-level heading (or "" for an unheaded part) -> kind, in order of appearance."""
    kinds: dict[str, str] = {}
    for section in document.sections:
        kinds.setdefault(section.heading_path[0] if section.heading_path else f"<{section.kind}>",
                         section.kind)
    return kinds


# ---- reading formats --------------------------------------------------------------------

def test_gbk_text_file_is_decoded():
    raw = (INPUTS / "gbk_report.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    document = _doc(INPUTS / "gbk_report.txt")
    assert document.title == "某某县司法局关于2021年度法治政府建设情况的报告"
    assert "行政复议申请12件" in document.text
    assert document.year == 2021 and document.genre == GENRE_ANNUAL


def test_docx_paragraphs_become_sections_and_sign_off_is_dropped():
    document = _doc(INPUTS / "township_report.docx")
    assert document.title == "某某镇人民政府关于2022年度法治政府建设情况的报告"
    assert document.body == "某某镇人民政府"
    kinds = _kinds(document)
    assert list(kinds.values()) == ["导语", "主要举措和成效", "存在的不足和原因", "下一年度安排"]
    assert all("2023年1月20日" not in s.text for s in document.sections)
    assert all("县委、县政府：" not in s.text for s in document.sections)


def test_html_page_loses_its_chrome_and_keeps_run_in_headings():
    document = _doc(INPUTS / "chrome_page.html")
    for chrome in ("首页", "索引号", "发布日期", "浏览次数", "分享到", "网站地图", "ICP", "统计代码", "当前位置"):
        assert chrome not in document.text, chrome
    assert document.title == "某某市人民政府关于2020年度法治政府建设情况的报告"
    headings = [s.heading for s in document.sections]
    assert "（一）严格规范性文件备案审查" in headings
    section = next(s for s in document.sections if s.heading == "（一）严格规范性文件备案审查")
    assert "报备率、及时率均为100%" in section.text
    assert "规范性文件" in section.topics


def test_traditional_text_is_kept_for_display_and_simplified_for_matching():
    document = _doc(INPUTS / "traditional_report.txt")
    assert "行政復議案件25件" in document.text
    assert "行政复议案件25件" in document.simplified
    section = next(s for s in document.sections if "行政爭議" in s.heading)
    assert "行政复议" in section.topics
    assert document.year == 2019
    assert _kinds(document)["二、存在的問題"] == "存在的不足和原因"
    assert to_simplified("關於實施方案的報告") == "关于实施方案的报告"


@pytest.mark.parametrize("name, message_part", [
    ("empty.txt", "是空的"),
    ("corrupt.docx", "已损坏"),
])
def test_unreadable_file_raises_chinese_error_naming_it(name, message_part):
    with pytest.raises(CorpusError) as caught:
        _doc(INPUTS / name)
    assert name in str(caught.value) and message_part in str(caught.value)


def test_binary_garbage_and_text_without_chinese_are_refused(tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    english = tmp_path / "notes.txt"
    english.write_text("meeting notes, nothing Chinese here " * 5, encoding="utf-8")
    for path in (binary, english):
        with pytest.raises(CorpusError) as caught:
            _doc(path)
        assert path.name in str(caught.value)


def test_unsupported_suffix_is_refused(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(CorpusError, match="不支持"):
        _doc(path)


# ---- cleaning ---------------------------------------------------------------------------

def test_cleaning_removes_stray_question_marks_spaced_titles_and_odd_spaces():
    raw = ("?重慶市大足區人民政府辦公室\n實?施?方?案\n实 施 方 案\n"
           "\u3000\u30002018年,我区\u00a0推进依法行政。一是     强化执法资格管理。\n"
           "发布人:系统管理员 发布日期:2013/12/6 来源:本站 字号:\n11.03.2015\u00a0 17:50\n"
           "大渡口府办发〔2013〕83号\n建設(shè)法治政府")
    lines = clean_text(raw).split("\n")
    assert lines == ["重慶市大足區人民政府辦公室", "實施方案", "实施方案",
                     "2018年，我区推进依法行政。一是强化执法资格管理。", "建設法治政府"]


def test_nfkc_width_folding_keeps_official_full_width_punctuation():
    cleaned = clean_text("（一）加强领导，健全机制：ＡＢＣ１２３；(二)优化服务,提升效能。")
    assert cleaned == "（一）加强领导，健全机制：ABC123；（二）优化服务，提升效能。"


def test_seed_chrome_is_stripped():
    document = _doc(SEED[2])
    for chrome in ("当前位置", "浏览次数", "网站地图", "ICP", "版权所有", "发布时间"):
        assert chrome not in document.text
    traditional = _doc(SEED[3])
    for chrome in ("索引號", "發文字號", "發布日期", "?"):
        assert chrome not in traditional.text


# ---- headings ---------------------------------------------------------------------------

@pytest.mark.parametrize("paragraph, level, heading", [
    ("一、工作开展情况", 1, "一、工作开展情况"),
    ("十一、其他需要报告的情况", 1, "十一、其他需要报告的情况"),
    ("（一）强化第一责任人责任。区委办、区政府办联合印发实施细则。", 2, "（一）强化第一责任人责任"),
    ("(一)强化第一责任人责任。区委办联合印发实施细则。", 2, "(一)强化第一责任人责任"),
    ("(十一)建立健全投诉举报和情况通报机制。畅通群众反映诉求的渠道。", 2, "(十一)建立健全投诉举报和情况通报机制"),
    ("(一)加强法治政府建设组织领导落实", 2, "(一)加强法治政府建设组织领导落实"),
    ("1.强化党的领导。全年召开常务会议学法8次。", 3, "1.强化党的领导"),
    ("1、强化党的领导。全年召开常务会议学法8次。", 3, "1、强化党的领导"),
    ("１．强化党的领导。", 3, "１．强化党的领导"),
    ("（1）规范执法程序。严格落实三项制度。", 4, "（1）规范执法程序"),
    ("(2)规范执法程序。严格落实三项制度。", 4, "(2)规范执法程序"),
])
def test_numbered_headings_full_and_half_width(paragraph, level, heading):
    parsed = parse_numbered(paragraph)
    assert parsed is not None
    assert parsed.level == level
    assert parsed.text == heading


@pytest.mark.parametrize("paragraph", [
    "2014年，我市依法行政工作取得明显成效。",
    "11.03.2015 17:50",
    "一是强化组织领导，提升能力水平。",
    "2.62亿元资金全部上交区财政。",
])
def test_ordinary_paragraphs_are_not_headings(paragraph):
    assert parse_numbered(paragraph) is None


def test_run_in_heading_keeps_text_in_the_same_section():
    document = _doc(SEED[1])
    section = next(s for s in document.sections if s.heading == "（一）优化法治化营商环境")
    assert section.level == 2
    assert section.heading_path == ["一、工作开展情况", "（一）优化法治化营商环境"]
    assert section.text.startswith("（一）优化法治化营商环境。对接世界银行营商环境评估指标体系")
    assert "营商环境" in section.topics


def _report_with(top_heading: str) -> str:
    return ("某某区人民政府关于2022年度法治政府建设情况的报告\n"
            "2022年，区政府深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：\n"
            f"{top_heading}\n（一）相关工作。全年开展有关工作5次，取得明显成效，群众满意度持续提升。\n")


# Top-level headings observed in real reports (DOMAIN.md Part 2 §1c) and the kind each implies.
@pytest.mark.parametrize("top_heading, kind", [
    ("一、党政主要负责人履行推进法治建设第一责任人职责情况", "第一责任人履职"),
    ("一、区政府主要负责同志履行推进法治建设第一责任人职责情况", "第一责任人履职"),
    ("二、2022年推进法治政府建设的主要举措和成效", "主要举措和成效"),
    ("一、2014年主要工作", "主要举措和成效"),
    ("一、工作开展情况", "主要举措和成效"),
    ("一、主要做法及成效", "主要举措和成效"),
    ("一、2015年度依法行政工作情况", "主要举措和成效"),
    ("一、注重“谋划”，全面推进法治政府建设", "主要举措和成效"),
    ("一、加强领导，健全机制，持续夯实依法行政工作基础", "主要举措和成效"),
    ("一、深学笃用习近平法治思想，全力推动法治政府建设", "主要举措和成效"),
    ("二、存在的问题", "存在的不足和原因"),
    ("三、存在的不足和原因", "存在的不足和原因"),
    ("二、法治政府建设工作存在的问题及原因", "存在的不足和原因"),
    ("二、行政执法责任制存在的主要问题和困难", "存在的不足和原因"),
    ("三、2015年工作打算", "下一年度安排"),
    ("二、下步工作打算", "下一年度安排"),
    ("三、下一步工作打算", "下一年度安排"),
    ("四、下一步行政执法责任制工作的思路和打算", "下一年度安排"),
    ("四、2023年推进法治政府建设的主要安排", "下一年度安排"),
    ("三、区人大常委会主任会议对区政府2012年度行政执法责任制工作的意见", "其他"),
    ("五、其他需要报告的情况", "其他"),
])
def test_top_level_heading_variants_map_to_section_kinds(tmp_path, top_heading, kind):
    path = tmp_path / "report.txt"
    path.write_text(_report_with(top_heading), encoding="utf-8")
    document = _doc(path)
    assert _kinds(document) == {"<导语>": "导语", top_heading: kind}


def test_unheaded_problems_paragraph_and_plain_heading_line_in_seed_002():
    document = _doc(SEED[2])
    problems = [s for s in document.sections if s.kind == "存在的不足和原因"]
    assert len(problems) == 1 and problems[0].heading == ""
    assert "还存在一些不足" in problems[0].text
    plans = next(s for s in document.sections if s.heading == "2019年推进依法行政工作安排")
    assert plans.level == 1 and plans.kind == "下一年度安排"
    children = [s for s in document.sections if s.heading_path[:1] == ["2019年推进依法行政工作安排"]]
    assert len(children) == 5 and all(s.kind == "下一年度安排" for s in children)


def test_thematic_parts_and_first_duty_sub_section_in_seed_002():
    document = _doc(SEED[2])
    duty = next(s for s in document.sections if s.heading == "（一）强化第一责任人责任")
    assert duty.kind == "第一责任人履职"
    review = next(s for s in document.sections if s.heading == "（一）依法公正高效，提升行政复议水平")
    assert review.kind == "主要举措和成效" and "行政复议" in review.topics
    assert document.sections[0].kind == "导语" and document.sections[0].text.endswith("报告如下：")


def test_seed_000_opening_opinion_section_and_closing():
    document = _doc(SEED[0])
    kinds = _kinds(document)
    assert kinds["<导语>"] == "导语"
    assert kinds["三、区人大常委会主任会议对区政府2012年度行政执法责任制工作的意见"] == "其他"
    assert kinds["<结束语>"] == "结束语"
    assert document.sections[-1].text.startswith("总之")
    assert "各镇人民政府" not in document.sections[0].text     # the addressee line is front matter


# ---- document metadata ------------------------------------------------------------------

@pytest.mark.parametrize("number, year, genre", [
    (0, 2012, GENRE_OLDER),
    (1, 2020, GENRE_ANNUAL),
    (2, 2018, GENRE_ANNUAL),      # page says 发布时间 2018-12-25; the report is about 2018
    (3, 2023, GENRE_NOT_REPORT),  # a 实施方案 in traditional characters
    (4, 2014, GENRE_OLDER),       # published 2015, reports on 2014
])
def test_seed_report_year_and_genre_without_manifest(number, year, genre):
    document = _doc(SEED[number])
    assert (document.year, document.genre) == (year, genre)
    assert all(s.kind in SECTION_KINDS for s in document.sections)


def test_seed_003_is_not_a_report_and_has_no_report_kinds():
    document = _doc(SEED[3])
    assert document.title.endswith("實施方案的通知")
    assert "實施方案" in document.text and "實?施" not in document.text
    assert {s.kind for s in document.sections} == {"其他"}


def test_manifest_entry_wins_over_heuristics(tmp_path):
    path = tmp_path / SEED[2].name
    shutil.copy(SEED[2], path)
    manifest = {"files": {path.name: {"body": "无锡市锡山区人民政府", "level": "区县", "year": 2017,
                                      "genre": GENRE_OLDER}}}
    document = read_document(path, root=tmp_path, manifest=manifest)
    assert (document.body, document.level, document.year, document.genre) == \
        ("无锡市锡山区人民政府", "区县", 2017, GENRE_OLDER)
    assert document.sha256 and len(document.sha256) == 64


def test_sample_manifest_describes_every_seed():
    manifest = yaml.safe_load((SEEDS / "manifest.yaml").read_text(encoding="utf-8"))["files"]
    assert set(manifest) == {p.name for p in SEED.values()}
    assert manifest[SEED[3].name]["genre"] == GENRE_NOT_REPORT
    assert {manifest[p.name]["year"] for p in SEED.values()} == {2012, 2020, 2018, 2023, 2014}


# ---- topics -----------------------------------------------------------------------------

def test_clerk_topics_file_is_merged(tmp_path):
    (tmp_path / "topics.yaml").write_text("河长制: [河长制, 河湖长]\n行政复议: [复议听证]\n", encoding="utf-8")
    topics = load_topics(tmp_path)
    assert topics["河长制"] == ["河长制", "河湖长"]
    assert "复议听证" in topics["行政复议"] and "行政复议" in topics["行政复议"]
    path = tmp_path / "river.txt"
    path.write_text(_report_with("一、全面推行河长制").replace("相关工作", "落实河长制"), encoding="utf-8")
    document = read_document(path, root=tmp_path, topics=topics)
    assert "河长制" in next(s for s in document.sections if s.level == 2).topics


def test_broken_topics_file_is_a_chinese_error(tmp_path):
    (tmp_path / "topics.yaml").write_text("- 只是一个列表\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="主题词表"):
        load_topics(tmp_path)


# ---- properties -------------------------------------------------------------------------

from hypothesis import given, settings as hypothesis_settings, strategies as st  # noqa: E402

_REPORT_CHARS = st.sampled_from(list("行政复议执法监督公开年度报告一二三是（）()，,。：:；;？? \u3000\u00a012ＡＢ.、\n"))


@hypothesis_settings(max_examples=200, deadline=None)
@given(st.lists(_REPORT_CHARS, max_size=80).map("".join))
def test_cleaning_is_idempotent(raw):
    once = clean_text(raw)
    assert clean_text(once) == once


@hypothesis_settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["一是加强领导。", "二是健全机制；", "全年办理案件13件，", "审结12件。",
                                 "\n", "三是强化监督，提升执法水平。"]), min_size=1, max_size=120).map("".join))
def test_splitting_a_long_block_loses_no_text(text):
    from drafter.index._chunk import MAX_CHARS, MIN_CHARS, _pieces

    pieces = _pieces(text)
    squeeze = lambda value: "".join(value.split())  # noqa: E731
    assert squeeze("".join(pieces)) == squeeze(text)
    assert all(len(piece) <= MAX_CHARS + MIN_CHARS for piece in pieces)


def test_nested_half_width_brackets_become_full_width_in_one_pass():
    # found by test_cleaning_is_idempotent: the outer pair used to wait for a second cleaning
    assert clean_text("((行))。") == "（（行））。"
    assert clean_text(clean_text("((行))")) == clean_text("((行))")


def test_words_quoted_in_a_heading_do_not_make_it_a_plans_heading():
    # 宁波市人大常委会 2023 (hw07): （一）审议意见中“…加快迭代升级主动改革的理念思路”落实情况
    from drafter.corpus import KIND_PLANS, report_parts
    lines = ["（一）审议意见中“进一步凝聚改革共识，加快迭代升级主动改革的理念思路”落实情况",
             "全市综合行政执法事项划转完成量100%，1675项纳入综合执法。",
             "（二）下一步工作思路", "继续深化改革。"]
    kinds = [p.kind for p in report_parts(lines)]
    assert kinds[0] != KIND_PLANS and kinds[-1] == KIND_PLANS
