"""From departmental submissions to proposed fact rows, each with its source and the clerk's warnings.

One pass per file: every statistic ``drafter.numbers`` finds (names, years, dates and document
numbers are not statistics) becomes a :class:`Proposal` with a label (``_label``), the year it
is for (``_years``) and where it stands. Then across files: the same figure reported twice is
kept once per file, the same label with other figures in other files is marked, and where
several submissions report one label a summed row is offered.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from difflib import SequenceMatcher
from pathlib import Path

from drafter.corpus import CorpusError, cell_unit, year_of_column
from drafter.numbers import Mention, find_numbers

from . import _label, _years
from ._read import SUBMISSION_SUFFIXES, Block, read_blocks

SECTION_SHORTCOMINGS = "存在的不足"
SECTION_LEADERSHIP = "第一责任人履职"
SECTION_PLANS = "下一年度安排"

_TOP_HEADING = re.compile(r"^[一二三四五六七八九十]+、")
_DEPARTMENT = re.compile(r"^(.{2,30}?(?:局|委员会|委|办公室|办|人民政府|政府|街道办事处|街道|镇|乡|中心|院|支队|大队|所))"
                         r"(?=关于|20\d\d|（|法治|依法|年度|工作|$)")
_COUNTY = re.compile(r"^(.{1,6}?[县区市旗])")
_VERSION_AFTER = re.compile(r"\s*(?:版|代|型|号|式)")
_TOTAL_ROW = ("合计", "总计", "小计", "总数")
_UNIT_IN_HEADER = re.compile(r"[（(]([^（）()]{1,6})[）)]")


@dataclass
class Proposal:
    """One figure proposed as a fact row, with where it came from."""

    label: str
    value: Decimal
    unit: str | None
    approx: str | None
    file: str
    department: str
    where: str                       # 第5段 / 表1第2行; for a summed row, the parts' files
    sentence: str
    year: int                        # the year the figure is for
    topic: str | None = None
    section: str | None = None
    hints: list[str] = field(default_factory=list)
    parts: list["Proposal"] = field(default_factory=list)   # a summed row's parts
    last_year: Decimal | None = None  # the same item's figure for the year before, from the same place

    @property
    def hint(self) -> str:
        return "；".join(dict.fromkeys(self.hints))

    @property
    def quantity(self) -> str:
        value = format(self.value.normalize(), "f") if self.value == self.value.to_integral() \
            else format(self.value, "f")
        return f"{value}{self.approx if self.approx in ('余', '多') else ''}{self.unit or ''}"


@dataclass
class Harvest:
    year: int
    org: str | None
    proposals: list[Proposal]        # this year's figures
    other_years: list[Proposal]      # 上年/2023年同期 figures and next year's targets
    sums: list[Proposal]             # offered summed rows
    files: list[str]
    problems: list[str]              # files that could not be read, in Chinese


def submission_files(paths) -> list[Path]:
    """Files named, and the readable files inside folders named (sorted; Word's ~$ lock files skipped)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUBMISSION_SUFFIXES
                            and not p.name.startswith(("~$", ".")))
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def harvest(paths, *, year: int | None = None, on_file=None) -> Harvest:
    """``on_file(done, total, name)`` is called after each file is read (a progress bar's hook)."""
    files = submission_files(paths)
    read: list[tuple[Path, list[Block]]] = []
    problems = []
    for n, path in enumerate(files, start=1):
        try:
            read.append((path, read_blocks(path)))
        except CorpusError as exc:
            problems.append(str(exc))
        if on_file is not None:
            on_file(n, len(files), path.name)
    year = year or infer_year(read)
    this_year: list[Proposal] = []
    others: list[Proposal] = []
    departments = []
    for path, blocks in read:
        department = department_of(blocks, path)
        departments.append(department)
        found = [p for block_props in _file_proposals(path, blocks, department, year) for p in block_props]
        mine = _drop_repeats([p for p in found if p.year == year])
        theirs = _drop_repeats([p for p in found if p.year != year])
        _pair_last_year(mine, theirs, year)
        this_year += mine
        others += theirs
    _place(this_year + others, year)
    sums = mark_across_files(this_year)
    return Harvest(year, infer_org(departments), this_year, others, sums,
                   [p.name for p, _ in read], problems)


def _pair_last_year(mine: list[Proposal], theirs: list[Proposal], year: int) -> None:
    """查处治安案件2108起，较上年的2314起 / a table row 2108 | 2314 under 2024年 | 2023年: the
    figure for the year before, of the same item in the same sentence or row, is this figure's
    上年值, so 同比 can be checked and a report quoting last year's figure is not flagged."""
    for p in mine:
        same_item = [q for q in theirs if q.year == year - 1 and q.label == p.label and q.unit == p.unit
                     and not q.approx]
        # the same sentence or row first; else the item's one figure for that year anywhere in the
        # file (a table row whose this-year figure was dropped as a repeat of the text's)
        before = [q for q in same_item if q.where == p.where or q.sentence == p.sentence]
        if not before and sum(1 for o in mine if o.label == p.label) == 1:
            before = same_item
        if len({q.value for q in before}) == 1:
            p.last_year = before[0].value


def infer_year(read) -> int:
    """The report year: the year most titles name, else last calendar year."""
    import datetime

    years = Counter()
    for _path, blocks in read:
        head = " ".join(b.text for b in blocks[:2]) + " " + _path.name
        for match in re.finditer(r"(20\d\d)年", head):
            years[int(match.group(1))] += 1
    return years.most_common(1)[0][0] if years else datetime.date.today().year - 1


def department_of(blocks: list[Block], path: Path) -> str:
    """The submitting body from the title (清河县公安局2024年… -> 清河县公安局), else the file name."""
    for text in [b.text for b in blocks[:2] if b.text] + [path.stem]:
        match = _DEPARTMENT.match(text.strip())
        if match:
            return match.group(1)
    return path.stem


def infer_org(departments: list[str]) -> str | None:
    """清河县公安局, 清河县司法局 … -> 清河县人民政府: the body the departments report to."""
    counties = Counter(m.group(1) for d in departments if (m := _COUNTY.match(d)))
    if not counties:
        return None
    county, n = counties.most_common(1)[0]
    return f"{county}人民政府" if n * 2 > len(departments) else None


def _file_proposals(path: Path, blocks: list[Block], department: str, year: int):
    section = None
    for block in blocks:
        if block.rows:
            yield table_proposals(block, path.name, department, year, plans=section == SECTION_PLANS)
            continue
        heading = _TOP_HEADING.match(block.text)
        if heading and len(block.text) <= 40:
            section = _section_of(block.text, year)
            continue
        yield text_proposals(block.text, block.where, path.name, department, year, section)


def _section_of(heading: str, year: int) -> str | None:
    if re.search(r"不足|问题|差距", heading):
        return SECTION_SHORTCOMINGS
    if re.search(rf"打算|安排|计划|下一步|下一?年|明年|{year + 1}年", heading):
        return SECTION_PLANS
    if "第一责任人" in heading:
        return SECTION_LEADERSHIP
    return None


def statistics(text: str) -> list[Mention]:
    """The mentions that are statistics: not names, years, dates, nor 近三年/连续两年, nor a bare
    number that names a version or a model (柔性执法3.0版本)."""
    return [m for m in find_numbers(text) if m.needs_fact and m.value is not None
            and not (m.kind == "duration" and m.unit == "年" and not re.search(r"\d", m.text))
            and not (m.unit is None and _VERSION_AFTER.match(text, m.end))]


def text_proposals(text: str, where: str, file: str, department: str, year: int,
                   section: str | None = None) -> list[Proposal]:
    shield = _label.protected(text)
    mentions = statistics(text)
    out: list[Proposal] = []
    bases: list[str] = []            # this year's labels that are not a change of another figure
    sentence_of = _sentences(text, shield)
    for i, m in enumerate(mentions):
        previous_end = mentions[i - 1].end if i else None
        next_start = mentions[i + 1].start if i + 1 < len(mentions) else None
        left, right = _label.clause_bounds(text, m.start, m.end, previous_end, next_start, shield)
        hard_left, _ = _label.clause_bounds(text, m.start, m.end, None, None, shield)
        s_start, s_end = sentence_of(m.start)
        if section == SECTION_PLANS:
            figure_year = year + 1
        else:
            figure_year = _years.year_of(text[hard_left:m.start], year, sentence_before=text[s_start:hard_left])
        same_sentence = [p for p in out if p.sentence == text[s_start:s_end]]
        changed = next((label for label in reversed(bases)), None)
        label = _label.compose(text[left:m.start], text[m.end:right], changed)
        if m.kind == "rank":
            before, _ = _label.clause_bounds(text, hard_left - 1, hard_left - 1, None, None, shield) \
                if hard_left > s_start else (hard_left, hard_left)
            label = _label.rank_label(label, text[before:max(before, hard_left - 1)]) or label
        if figure_year == year and not _label.is_derived(label[len(changed or ""):]):
            bases.append(label)
        if figure_year != year and (not label or _label.is_change_only(label)):
            label = next((p.label for p in reversed(same_sentence) if p.year == year and p.unit == m.unit),
                         changed or label)
        proposal = Proposal(label, _plain(m.value), m.unit, m.approx, file, department, where,
                            text[s_start:s_end], figure_year,
                            section=section if section != SECTION_PLANS else None)
        if proposal.unit is None and re.search(r"率$", label):      # 再犯罪率为0
            proposal.unit = "%"
            proposal.hints.append("原文未写单位，已按百分比填写，请核对")
        elif proposal.unit is None and m.kind == "rank":         # 位居全市第二
            proposal.unit = "名"
        out.append(proposal)
    return out


def _plain(value: Decimal) -> Decimal:
    """23000.0 -> 23000 (万 folded in leaves a trailing .0 the clerk never wrote)."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def _sentences(text: str, shield: list[bool]):
    ends = [i + 1 for i, ch in enumerate(text) if ch in _label.SENTENCE_ENDS and not shield[i]]
    bounds = list(zip([0] + ends, ends + [len(text)]))

    def sentence_of(pos: int) -> tuple[int, int]:
        for start, end in bounds:
            if start <= pos < end:
                return start, end
        return bounds[-1]

    return sentence_of


def table_proposals(block: Block, file: str, department: str, year: int, *, plans: bool = False) -> list[Proposal]:
    """One proposal per figure cell: row label (+ column name), unit from a 单位 column or a (件) header."""
    header, *body = block.rows
    unit_col = next((i for i, h in enumerate(header) if h.strip() in ("单位", "计量单位")), None)
    out = []
    for r, row in enumerate(body, start=2):
        name = row[0].strip()
        if not name:
            continue
        for c in range(1, min(len(row), len(header))):
            if c == unit_col or not row[c].strip():
                continue
            column = header[c]
            column_year = year_of_column(column.strip(), year)
            column_name = "" if column_year is not None else _UNIT_IN_HEADER.sub("", column).strip()
            unit = cell_unit(column.strip(), name, row[unit_col] if unit_col is not None else "") or ""
            value_text = row[c].strip()
            mentions = statistics(value_text if not unit or not re.fullmatch(r"[-\d.,，]+", value_text)
                                  else value_text + unit)
            if not mentions:
                continue
            m = mentions[0]
            bare = _UNIT_IN_HEADER.sub("", name).strip()
            label = (column_name + bare if bare in _TOTAL_ROW else bare + column_name) or bare
            out.append(Proposal(label, _plain(m.value), m.unit, m.approx, file, department, f"{block.where}第{r}行",
                                "｜".join(header) + " ／ " + "｜".join(row),
                                (year + 1 if plans else column_year if column_year is not None else year)))
    return out


def _similar(a: str, b: str) -> bool:
    if a == b or (a and b and (a in b or b in a)):
        return True
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= 4


def _drop_repeats(proposals: list[Proposal]) -> list[Proposal]:
    """Within one file, a figure given in the text and again in a table is proposed once."""
    kept: list[Proposal] = []
    for p in proposals:
        twin = next((k for k in kept if k.value == p.value and k.unit == p.unit and k.year == p.year
                     and _similar(k.label, p.label)), None)
        if twin is None:
            kept.append(p)
        else:
            twin.hints.append(f"本材料{p.where}亦有此数")
    return kept


def mark_across_files(proposals: list[Proposal]) -> list[Proposal]:
    """Mark repeats and conflicts in 提示 and return the summed rows offered for shared labels."""
    by_label: dict[tuple, list[Proposal]] = defaultdict(list)
    for p in proposals:
        by_label[(p.label, p.unit)].append(p)
    sums = []
    for (label, unit), group in by_label.items():
        if len(group) < 2:
            continue
        for p in group:
            others = [o for o in group if o is not p]
            same = [o for o in others if o.value == p.value]
            differ = [o for o in others if o.value != p.value]
            if same:
                p.hints.append("与" + "、".join(f"{o.department}（{o.where}）" for o in same)
                               + "报告的数字相同，可能是同一数字重复上报，请核实")
            if differ:
                p.hints.append("同一事项另有" + "、".join(f"{o.department}{o.quantity}" for o in differ)
                               + "，请核实是各自的数字还是同一数字")
        if summable(label, unit, group):
            sums.append(summed_row(label, unit, group))
        if len({p.file for p in group}) > 1:
            for p in group:
                p.label = short_department(p.department) + p.label
    _mark_repeated_figures(proposals)
    _unique_labels(proposals)
    return sums


def short_department(department: str) -> str:
    """清河县公安局 -> 县公安局, 青石镇人民政府 -> 青石镇: how a county report names a department."""
    department = re.sub(r"人民政府$", "", department)
    match = _COUNTY.match(department)
    if match and len(department) > len(match.group(1)):
        return match.group(1)[-1] + department[len(match.group(1)):]
    return department


def _unique_labels(proposals: list[Proposal]) -> None:
    """A facts sheet needs one row per label: a label used twice in one file names its paragraph."""
    seen = Counter(p.label for p in proposals)
    for p in proposals:
        if seen[p.label] > 1:
            p.label = f"{p.label}（{p.where}）"


def _mark_repeated_figures(proposals: list[Proposal]) -> None:
    """The same figure under a similar label in two submissions (联合开展的专项行动) is flagged."""
    by_value: dict[tuple, list[Proposal]] = defaultdict(list)
    for p in proposals:
        by_value[(p.value, p.unit)].append(p)
    for group in by_value.values():
        for p in group:
            for o in group:
                if o.file != p.file and o.label != p.label and _shared_words(o.label, p.label) >= 6:
                    p.hints.append(f"与{o.department}（{o.where}）「{o.label}」数字相同，可能是同一数字重复上报，请核实")


def _shared_words(a: str, b: str) -> int:
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


def summable(label: str, unit: str | None, group: list[Proposal]) -> bool:
    """Counts from two or more submissions add up; rates, shares and averages do not, and the same
    figure in every submission is one figure reported twice, not parts of a total."""
    if len({p.file for p in group}) < 2 or unit in ("%", "‰", "个百分点"):
        return False
    if re.search(r"率|占比|比例|比重|平均|人均|均值", label):
        return False
    return len({p.value for p in group}) > 1


def summed_row(label: str, unit: str | None, parts: list[Proposal]) -> Proposal:
    total = sum((p.value for p in parts), Decimal(0))
    approx = "约" if any(p.approx for p in parts) else None
    listing = "、".join(f"{p.department}{p.quantity}" for p in parts)
    files = len({p.file for p in parts})
    row = Proposal(label, total, unit, approx, f"{files}份材料", "合计", "", listing, parts[0].year, parts[0].topic, parts[0].section,
                   parts=list(parts))
    row.hints.append(f"由{files}份材料相加（{listing}）；采用前请确认各部门数字没有重复统计，"
                     f"采用合计行时不要再采用各部门的行")
    return row


def _place(proposals: list[Proposal], year: int) -> None:
    """主题 and 部分 suggested from the label, when drafter.facts can place labels."""
    try:
        from drafter.facts._placement import infer_placement
    except ImportError:
        return
    from drafter.corpus import load_topics

    topics = load_topics()
    for p in proposals:
        placement = infer_placement(p.label, topics, year=year)
        p.topic = placement.topic
        if p.section is None:
            p.section = placement.section
