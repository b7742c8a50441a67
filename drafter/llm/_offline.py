"""The offline backend: writes each section from the clerk's facts and points, no model involved.

It is the default when no endpoint is configured, so it has to produce a report a clerk
could hand in after light editing: run-in （一） headings, the clerk's points as 一是/二是
sentences, related facts woven into clauses with their measure words, the era wording
the report year calls for. Every figure it writes is one of ``brief.facts``, with the
exact value and unit; every other word comes from ``drafter/data/draft_phrases.yaml`` or
from the clerk. Exemplars are never read: that is how no number or body name of another
report can leak in.
"""

from __future__ import annotations

import asyncio
import re
from typing import AsyncIterator

from drafter.brief import SectionBrief
from drafter.config import Settings
from drafter.numbers.units import to_base
from drafter.register import (Voice, cn_number, era, fact_clause, figure_kin, figure_lead, is_rate, noun_verb,
                               ordinal_lead, phrases, quantity, reaches, report_seed, to_fill, topic_entry, topic_gap,
                               topic_openings, topic_plans, voice)

OFFLINE_KIND = "offline"

_CONCISE_WORDS = ("简洁", "精简", "简练", "压缩", "缩短", "简短", "删减")
# Instructions the offline writer can honour without a model (it already uses every fact).
_UNDERSTOOD_WORDS = _CONCISE_WORDS


class OfflineBackend:
    """Backend protocol: ``name``, ``kind``, ``resolve_name()``, ``stream(request)``, ``aclose()``."""

    kind = OFFLINE_KIND

    def __init__(self, settings: Settings | None = None):
        from drafter.llm import OFFLINE_NAME

        self.settings = settings
        self.name = OFFLINE_NAME
        self.model = None

    async def stream(self, request) -> AsyncIterator[str]:
        """Yield the section sentence by sentence, handing control back to the loop between them."""
        text = write_section(request.brief)
        for piece in split_sentences(text):
            yield piece
            await asyncio.sleep(0)

    async def resolve_name(self) -> str:
        return self.name

    async def aclose(self) -> None:
        return None


# --- public helpers -------------------------------------------------------------------------

def is_concise(instruction: str | None) -> bool:
    return bool(instruction) and any(w in instruction for w in _CONCISE_WORDS)


def instruction_parts(instruction: str | None) -> tuple[list[str], list[str]]:
    """The instruction cut at its clause marks into (what the offline writer follows, what it
    cannot): 更简洁，突出成效 is (["更简洁"], ["突出成效"])."""
    applied, ignored = [], []
    for part in re.split(r"[，,。；;、\s]+", (instruction or "").strip()):
        if part:
            (applied if any(w in part for w in _UNDERSTOOD_WORDS) else ignored).append(part)
    return applied, ignored


def instruction_note(instruction: str | None) -> str | None:
    """A Chinese note when the offline writer cannot follow (all or part of) the editor's
    instruction, else None."""
    applied, ignored = instruction_parts(instruction)
    if not ignored:
        return None
    later = "如需按指令改写，请连接大模型（界面“模型设置”页，或命令行设置 DRAFTER_BASE_URL）。"
    if not applied:
        return f"离线模板无法按自由指令改写，已忽略指令“{instruction.strip()}”，仅按录入事实重新生成；{later}"
    return (f"离线模板已按“{'，'.join(applied)}”压缩篇幅，但无法按“{'，'.join(ignored)}”改写，"
            f"已忽略这部分指令；{later}")


def instruction_done_note(instruction: str | None) -> str | None:
    """What the offline writer did follow, when it followed the whole instruction."""
    applied, ignored = instruction_parts(instruction)
    if applied and not ignored:
        return f"离线模板已按“{'，'.join(applied)}”压缩篇幅重新生成。"
    return None


def split_sentences(text: str) -> list[str]:
    """Pieces ending at 。；：or a line break, so a stream shows whole sentences."""
    pieces = re.findall(r"[^。；：\n]*(?:[。；：]|\n|$)", text)
    return [p for p in pieces if p]


def write_section(brief: SectionBrief) -> str:
    writer = _WRITERS.get(brief.kind, _write_work)
    text = writer(brief).strip()
    notes = last_plan_notes(brief.last_plans)
    if notes and text.endswith("】"):
        text += "。"            # a note of the section's own ends its sentence before the plans' notes
    return text + notes


MAX_LAST_PLAN_NOTES = 3     # per section; more would drown the section in notes
_QUOTE_CHARS = 30


def last_plan_notes(plans: list[str]) -> str:
    """A 【待补充】 note for each of last year's plans no fact answers: the writer cannot know what
    became of them, so it asks (at most three, then one note counting the rest)."""
    bank = phrases()
    notes = [to_fill(bank["last_plan_to_fill"].format(plan=_plan_quote(p))) + "。"
             for p in plans[:MAX_LAST_PLAN_NOTES]]
    if len(plans) > MAX_LAST_PLAN_NOTES:
        notes.append(to_fill(bank["last_plans_more_to_fill"].format(n=len(plans) - MAX_LAST_PLAN_NOTES)) + "。")
    return "".join(notes)


def _plan_quote(plan: str) -> str:
    """The plan's first clause, short enough to read inside a note (quotes inside made 「」)."""
    text = plan.strip().rstrip("。；;")
    first = re.split(r"[，。；;,]", text, maxsplit=1)[0]
    text = first if len(first) >= 8 else text
    text = text.replace("“", "「").replace("”", "」").replace("【", "〔").replace("】", "〕")
    return text if len(text) <= _QUOTE_CHARS else text[:_QUOTE_CHARS - 1] + "…"


# --- shared pieces ---------------------------------------------------------------------------

class _Style:
    """Per-section phrasing choices: concise or not, the report's seed for the phrase bank, and
    what this section has already said (a time word or a lead is never used twice)."""

    def __init__(self, brief: SectionBrief):
        self.brief = brief
        self.concise = is_concise(brief.instruction)
        self.voice: Voice = voice(brief.org, brief.level)
        self.bank = phrases()
        # a regeneration without instruction may pick other bank wordings than the version it replaces
        turn = (len(brief.previous_text or "") % 3) if brief.previous_text else 0
        self.seed = report_seed(brief.org, brief.year, turn)
        self.said = ""              # the section's text so far, as far as the writer needs it
        self.speaker = (brief.org, self.voice.me)
        self._timed = False         # “全年” written already
        # where the item stands among the report's （一） items: neighbouring items take turns in
        # how they open, so the report does not open every item with 我局 and close it with 同时
        self.turn = item_position(brief.number) + self.seed % 6

    @property
    def drops_subject(self) -> bool:
        """This item's sentence of practice opens with its verb, not with 我局/我县: one item in
        three names the body (a report whose every other paragraph opens 我局… reads as a form)."""
        return self.turn % 4 != 3

    def practice(self, sentence: str, avoid: set[str] = frozenset()) -> str:
        """A bank sentence of practice as this item opens it (“我县坚持…” or “坚持…”), never
        opening like a sentence in ``avoid`` (the heading, say) when another form does not."""
        me = self.voice.me
        bare = without_subject(sentence, me)
        forms = [bare, sentence] if self.drops_subject else [sentence, bare]
        forms.append(me + bare)
        return next((f for f in forms if f[:2] not in avoid), forms[0])

    def follow_on(self, sentence: str, text: str) -> str | None:
        """The item's further sentence of practice after ``text``, linked to it (同时，/此外，/我县还,
        or after plain sentences nothing), or None when it would open like a sentence there."""
        me = self.voice.me
        bare = without_subject(sentence, me)
        heads = _openers(text)
        for k in range(len(_CONNECTORS)):
            link = _CONNECTORS[(self.turn + k) % len(_CONNECTORS)].format(me=me)
            if not link and ordinal_lead(1) in text:
                continue        # after 一是/二是 an unlinked sentence reads as a lost 三是
            if (link + bare)[:2] not in heads:
                return link + bare
        return None

    @property
    def narrates(self) -> bool:
        """This item tells the clerk's points as sentences of their own, without 一是/二是: one
        item in four keeps the list (a report of lists only reads as a form; the 第一责任人 and
        不足 parts are lists already)."""
        return self.turn % 4 != 0

    @property
    def dates_figures(self) -> bool:
        """This item opens its summary figures with 全年: a clerk dates a summary now and then,
        not in every paragraph (four items of 全年共…。 read as a table); one item in four."""
        return self.turn % 4 == 2

    def time_word(self, clause: str, *, opens: bool = True, avoid: set[str] = frozenset()) -> str:
        """“全年共” before the first action figure of the section, “全年” before another first
        figure; nothing after that. A figure that ``opens`` its sentence is dated only in an item
        that dates its figures, so 全年 does not open a sentence in every item, or where it would
        open like a sentence in ``avoid`` (组织…。组织召开…。 reads as a stutter, 全年共组织… not)."""
        if self.concise or self._timed:
            return ""
        if opens and not self.dates_figures and clause[:2] not in avoid:
            return ""
        if _opens_with_year(clause):
            return ""           # “2025年计划…” is dated already
        self._timed = True
        if clause[:1].isdigit():
            return "全年共"
        return "全年共" if _starts_with_action(clause) and not clause.startswith(_PREPOSITIONS) else "全年"

    def join(self, clause: str) -> str:
        """The words between a point and the facts attached to it (“，全年共评查……”)."""
        word = self.time_word(clause, opens=False)
        if clause[:1].isdigit() and not word and not _opens_with_year(clause):
            return "" if self.concise else "共"
        return word

    def lead(self, label: str, *, listed: bool = False) -> str:
        """What the body did that the figure counts (“依法查处各类违法行为，”), once per section.
        ``listed``: the lead follows 一是/二是, so it may start like another sentence here."""
        if self.concise:
            return ""
        words = figure_lead(label)
        if not words or _overlaps(words, self.said, 5) or (not listed and words[:2] in _openers(self.said)):
            return ""
        return words

    def fill(self, template: str) -> str:
        v = self.voice
        return template.format(me=v.me, region=v.region, subject=v.subject, unit=v.unit,
                               year=self.brief.year, next_year=self.brief.year + 1,
                               topic=self.brief.topic or "")


_CONNECTORS = ("同时，", "此外，", "{me}还", "", "与此同时，")
_CN_DIGITS = "一二三四五六七八九"


def _opens_with_year(clause: str) -> bool:
    """“2025年计划培训…”: the clause opens with a year, not with a count “共” could sum up."""
    return bool(re.match(r"\d{4}年", clause))


def item_position(number: str | None) -> int:
    """（三） → 2: the 0-based place of a （一） item (0 for anything else)."""
    match = re.search(r"[一二三四五六七八九十]+", number or "")
    if not match:
        return 0
    tens, ten, ones = match.group().partition("十")
    if not ten:
        return _CN_DIGITS.find(tens) if len(tens) == 1 else 0
    value = (_CN_DIGITS.find(tens) + 1 if tens else 1) * 10 + (_CN_DIGITS.find(ones) + 1 if ones else 0)
    return max(value - 1, 0)


def without_subject(sentence: str, me: str) -> str:
    """“我县坚持…” → “坚持…”: within its own item the subject goes without saying."""
    rest = sentence[len(me):] if sentence.startswith(me) else sentence
    return rest if len(rest) >= 6 else sentence


_ACTION_PREFIXES = ("收到", "受理", "审结", "审查", "审核", "办理", "开展", "召开", "分解", "取消", "评查", "培训",
                    "提出", "清理", "废止", "修改", "报送", "举办", "组织", "调解", "提供", "制定", "出台", "印发",
                    "处理", "查处", "完成", "接待", "征集", "聘请", "签订", "备案", "发布", "公开", "发放", "走访",
                    "化解", "答复", "实行", "推行", "录入", "梳理", "认领", "下放", "培育", "建成", "新建", "选派",
                    "参训", "参加", "参与", "办结", "调处", "排查", "督办", "收缴", "收集", "回复", "刊发", "推送",
                    "创建", "打造", "配备", "聘任", "新增", "减少", "压减", "精简", "对", "为", "向", "在", "通过",
                    "举行", "进行", "实施", "落实", "作出", "做出", "纠正", "撤销", "维持", "驳回", "终止", "审议",
                    "出庭", "旁听", "印制", "制作", "编印", "发送", "编制", "公布", "核查", "检查", "抽查", "受邀",
                    "报", "帮助", "挽回", "协调", "指导", "解答", "接听", "上报", "报请", "提请", "立案", "抽检",
                    "培养", "新登记", "登记", "核发", "换发", "注销", "吊销", "责令", "移送", "发现", "整改")


def _has_verb(label: str) -> bool:
    """A subject-first label still says what was done (县行政复议委员会收到…): it needs no “达”."""
    return any(verb in label[1:] for verb in _ACTION_PREFIXES if len(verb) >= 2)


def _starts_with_action(label: str) -> bool:
    return label.startswith(_ACTION_PREFIXES)


def _clean_point(point: str) -> str:
    text = point.strip().rstrip("。；;，,．.")
    return re.sub(r"^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[）)]|\d+[.、．])\s*", "", text)


def _bigrams(text: str) -> set[str]:
    chars = re.sub(r"[^\u4e00-\u9fff]", "", text)
    return {chars[i:i + 2] for i in range(len(chars) - 1)}


_STOP_BIGRAMS = {"开展", "工作", "推进", "加强", "落实", "全面", "进一步", "相关", "有关", "建设", "法治", "组织", "行政"}
_MATCH_THRESHOLD = 2.0


def _point_scores(label: str, grams: list[set[str]]) -> list[float]:
    """Shared bigrams weighted by rarity among the points (a word every point has tells nothing)."""
    mine = _bigrams(label) - _STOP_BIGRAMS
    df = {g: sum(g in pg for pg in grams) for g in mine}
    return [sum(1 / df[g] for g in mine & pg) for pg in grams]


def _is_subset_fact(fact) -> bool:
    label = fact.label.strip()
    return (label.startswith(_SUBSET_STARTS) or any(w in label for w in _SUBSET_WORDS)) \
        and not is_rate(label, fact.unit)


def _chain(facts) -> list:
    """Three or more facts about one object (行政复议, 规范性文件) read best together as the overview."""
    best: list = []
    for i, a in enumerate(facts):
        for b in facts[i + 1:]:
            core = _longest_common(a.label, b.label)
            if len(core) < 4:
                continue
            members = [f for f in facts if core in f.label]
            if len(members) >= 3 and len(members) > len(best):
                best = members
    return best


def _match_facts_to_points(facts, points: list[str]) -> tuple[dict[int, list], list]:
    """Attach each fact to the one point it clearly speaks about, else leave it for the overview.

    A chain of facts about one object stays in the overview; a subset fact (其中废止…)
    goes wherever the fact before it went, so “其中” always follows its whole."""
    grams = [_bigrams(p) for p in points]
    chain = {id(f) for f in _chain(facts)}
    scores = {id(f): _point_scores(f.label, grams) for f in facts} if points else {}
    claimed = {_clear_home(s) for s in scores.values()} - {-1}
    words = {id(f): [len(_longest_common(f.label, p)) for p in points] for f in facts}
    attached: dict[int, list] = {}
    loose = []
    previous_home: int | None = None       # point index of the previous fact, -1 for the overview
    for fact in facts:
        if _is_subset_fact(fact) and previous_home is not None:
            home = previous_home
        elif id(fact) in chain or not points:
            home = -1
        else:
            home = _clear_home(scores[id(fact)], claimed, words[id(fact)])
        (loose if home == -1 else attached.setdefault(home, [])).append(fact)
        previous_home = home
    return attached, loose


_SHARED_WORDS = 4     # a stretch this long in common names the same object (证明事项)


def _clear_home(scores: list[float], claimed: set[int] = frozenset(), common: list[int] = ()) -> int:
    """The one point a fact speaks about (-1: none). Short of a clear match, a fact still goes to
    the one point that names its object (``common``: the longest stretch each point shares with
    the label) when no other fact clearly speaks about that point: 取消证明事项 names the 证明事项
    of 清理涉企证明事项 and of 推行证明事项告知承诺制, the latter is 实行告知承诺制的证明事项's, so
    取消 belongs to the clearing. Ties are settled the same way."""
    top = max(scores)
    if top >= _MATCH_THRESHOLD:
        tied = [i for i, score in enumerate(scores) if score == top]
    else:
        tied = [i for i, length in enumerate(common) if length >= _SHARED_WORDS]
        if not tied:
            return -1
    if len(tied) > 1 or top < _MATCH_THRESHOLD:
        tied = [i for i in tied if i not in claimed]
    return tied[0] if len(tied) == 1 else -1


_SUBSET_STARTS = ("其中", "撤销", "维持", "驳回", "终止", "废止", "纠正")
_SUBSET_WORDS = ("其中", "纠错", "败诉")
_GENERIC_TAILS = ("", "案件", "申请", "事项", "文件")
_AREA_PREFIXES = ("全区", "全市", "全县", "全镇", "全省")


def _longest_common(a: str, b: str) -> str:
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] in b:
                best = a[i:j]
            else:
                break
    return best


def _short_label(label: str, anchor: str, unit: str) -> str:
    """“审结行政复议案件” after “收到行政复议申请” → “审结”: drop the object already named."""
    core = _longest_common(label, anchor)
    if len(core) < 4 or core == label:
        return label
    start = label.find(core)
    prefix, tail = label[:start], label[start + len(core):]
    if 1 <= len(prefix) <= 3 and tail in _GENERIC_TAILS and not is_rate(label, unit):
        return prefix
    if not prefix and is_rate(label, unit) and tail.endswith("率") and len(tail) >= 2:
        return tail
    if not prefix and anchor.startswith(core) and _starts_with_action(tail):
        # “我县行政复议委员会审结行政复议案件” after “我县行政复议委员会收到…”: the subject once
        return _short_label(tail, anchor[len(core):], unit)
    return label


def _said_by(label: str, point: str) -> bool:
    """The point's last clause already names what the fact counts (“镇党委会议专题研究法治建设工作”
    and the fact「镇党委会议专题研究法治建设」): repeating the label reads as a stutter. Only the last
    clause counts: “开展案卷评查，对发现的问题逐一整改，全年共240件” would count the wrong thing."""
    last = re.split(r"[，,；;]", point)[-1]
    core = _longest_common(label, last)
    return len(core) >= 4 and len(core) >= 0.7 * len(label)


_PREPOSITIONS = ("对", "为", "向", "在", "通过")
# “对证明事项实行告知承诺制” + 23项 → “对23项证明事项实行告知承诺制”: the count goes before its object
_OBJECT_FIRST = re.compile(r"^对(?P<object>[^，,的]{2,12}?)(?P<verb>实行|实施|推行|开展|进行|落实|作出|给予|启动)(?P<rest>.*)$")


_OBJECT_LAST = re.compile(r"^(?P<verb>实行|实施|推行|落实)(?P<rest>[^，,的]{2,12})的(?P<object>[^，,的]{2,10})$")


def figure_clause(label: str, fact, *, head: bool = False) -> str:
    """One fact as the clause a clerk writes, its figure inside the clause that counts it:
    “对23项证明事项实行告知承诺制”, “收缴罚没款246.8万元”, “调解成功率达98.6%”.
    ``head``: the clause opens its sentence, so a bare noun needs a verb or “达”."""
    label = label.strip().rstrip("：:，,。")
    amount = quantity(fact.value, fact.unit, fact.approx)
    if not label:
        return amount
    if is_rate(label, fact.unit):
        return fact_clause(label, fact.value, fact.unit, fact.approx)
    if fact.unit not in ("", "%"):
        match = _OBJECT_FIRST.match(label)
        if match:
            return f"对{amount}{match['object']}{match['verb']}{match['rest']}"
        match = _OBJECT_LAST.match(label)
        if match:           # 实行告知承诺制的证明事项 + 12项 → 对12项证明事项实行告知承诺制
            return f"对{amount}{match['object']}{match['verb']}{match['rest']}"
    if _starts_with_action(label) or label.startswith(_AREA_PREFIXES + _SUBSET_STARTS + ("其中",)):
        return f"{label}{amount}"
    verb = noun_verb(label) if not _is_subset_fact(fact) else None
    if verb:
        return f"{verb}{label}{amount}"
    clause = fact_clause(label, fact.value, fact.unit, fact.approx)
    if head and clause == f"{label}{amount}" and fact.unit and not _has_verb(label):
        return f"{label}{reaches(fact.approx)}{amount}"
    return clause


def facts_clause(facts, *, point: str = "", speaker: tuple[str, str] | None = None) -> str:
    """Related facts as one run of clauses, the first in full, the rest sharing its object:
    “收到行政复议申请37件，受理33件，审结32件，其中撤销、变更或确认违法纠错4件，纠错率为12.5%”.
    After a ``point`` that already names the first fact, the first clause is just its amount.
    ``speaker`` (机关名称, 我县): a label opening with the body's full name speaks as 我县."""
    parts: list[str] = []

    def own(label: str) -> str:
        if speaker and label.strip().startswith(speaker[0]):
            return speaker[1] + label.strip()[len(speaker[0]):]
        return label

    anchor = own(facts[0].label) if facts else ""
    # a figure another fact here shares keeps its whole label: its words are what tells them apart
    amounts = [(f.value, f.unit) for f in facts]
    shared = {a for a in amounts if amounts.count(a) > 1}
    area = next((p for p in _AREA_PREFIXES if anchor.startswith(p)), None)
    after_subset = False
    for i, fact in enumerate(facts):
        label = own(fact.label.strip())
        if i and label.startswith("其中") and not _fits_within(fact, facts[i - 1]):
            label = label[2:]       # the clerk's 其中纠错 3件 after 应诉案件 1件 breaks nothing down
        if not i and point and not is_rate(label, fact.unit) and _said_by(label, point):
            label = ""
        if i and (fact.value, fact.unit) not in shared:
            label = _short_label(label, anchor, fact.unit)
            if area and label.startswith(area):
                label = label[len(area):]
        clause = figure_clause(label, fact, head=not i and not point) + _yoy_clause(fact)
        subset = bool(i) and _is_subset_fact(fact) and _fits_within(fact, facts[i - 1])
        if subset and not after_subset and not clause.startswith("其中"):
            clause = "其中" + clause
        after_subset = subset
        parts.append(clause)
    return "，".join(parts)


def _fits_within(part, whole) -> bool:
    """Whether “其中” may join ``part`` to ``whole``: a breakdown in the same unit, no larger
    (应诉案件1件，其中纠错3件 is no breakdown, and the verifier says so)."""
    (p, p_unit), (w, w_unit) = to_base(part.value, part.unit), to_base(whole.value, whole.unit)
    return p_unit != w_unit or p <= w


def _yoy_clause(fact) -> str:
    """“，同比增长12.5%” right after a figure whose fact carries 上年值 (the verifier reads a 同比
    claim as belonging to the figure just before it). Not for a rough figure (120余场: no rate
    can be computed from it) nor for a plan's target."""
    last = getattr(fact, "last_year", None)
    if last is None or fact.approx or fact.section == "下一年度安排":
        return ""
    from drafter.lastyear import yoy_phrase

    phrase = yoy_phrase(fact.value, last, fact.unit)
    return f"，{phrase}" if phrase else ""


def _points_with_facts(style: _Style, points: list[str], facts, *, sep: str = "。",
                       matched: tuple[dict[int, list], list] | None = None,
                       ordinals: bool = True) -> tuple[str, list]:
    """“一是……，全年共……。二是……。” with facts attached to the point they belong to; returns the
    loose facts. Without ``ordinals`` each point is a plain sentence of its own."""
    attached, loose = matched or _match_facts_to_points(facts, points)
    sentences = []
    counts: list[bool] = []         # the point's sentence carries a figure
    for i, point in enumerate(points):
        # a lone point is a plain sentence: “一是” with no “二是” reads as unfinished
        ordinal = ordinal_lead(i + 1) if len(points) > 1 and ordinals else ""
        mine = _counts_before_rates(attached.get(i) or [])
        counted = next((f for f in mine if _counted_in_place(point, f)), None)
        if counted is not None:
            point = _counted_in_place(point, counted)
            point = style.time_word(point) + point
            mine = [f for f in mine if f is not counted]
        sentence = ordinal + point
        if mine:
            clause = facts_clause(mine, point=point, speaker=style.speaker)
            sentence += f"，{style.join(clause)}{clause}"
        sentences.append(sentence)
        counts.append(bool(mine) or counted is not None)
    if not ordinals:
        sentences = _join_counted(sentences, counts)
    body = sep.join(sentences) + ("。" if sentences else "")
    style.said += body
    return body, loose


_JOINED_MAX = 150       # characters: two measures with their figures, not a run-on paragraph


def _join_counted(sentences: list[str], counts: list[bool]) -> list[str]:
    """Two neighbouring points that each report a figure as one sentence joined by ；, the way
    a clerk sums up two measures of one item (“…提供法律咨询1.2万余人次；…调解矛盾纠纷2846件，
    调处成功率达99.26%。”); a point without a figure stays a sentence of its own."""
    out: list[str] = []
    joined = False          # the last sentence out already joins two points
    for i, sentence in enumerate(sentences):
        if (out and counts[i] and counts[i - 1] and not joined
                and len(out[-1]) + len(sentence) + 1 <= _JOINED_MAX):
            out[-1] += "；" + sentence
            joined = True
        else:
            out.append(sentence)
            joined = False
    return out


def _counted_in_place(point: str, fact) -> str | None:
    """The point with the figure where it counts, when the point's first clause ends on what the
    fact counts: “组织召开区委全面依法治区委员会会议，审议通过……” and 召开区委全面依法治区委员会会议
    2次 → “组织召开区委全面依法治区委员会会议2次，审议通过……”, not a last clause repeating the
    whole label (“……，全年共召开区委全面依法治区委员会会议2次”). None when it does not."""
    label = fact.label.strip().rstrip("：:，,。")
    if len(label) < 4 or not fact.unit or is_rate(label, fact.unit) or _is_subset_fact(fact):
        return None
    head, comma, rest = point.partition("，")
    if not comma or not head.endswith(label):
        return None
    return f"{head}{quantity(fact.value, fact.unit, fact.approx)}{_yoy_clause(fact)}，{rest}"


def _figures(style: _Style, facts, *, numbered: bool = True, leads: bool = True) -> str:
    """The facts as sentences a clerk would write: related figures in one sentence (counts, then
    the rate they give), each sentence led by what was done when the bank knows it, 一是/二是
    when there are two or more such sentences, “全年” once. Unnumbered, the groups run on in
    sentences of a few groups each (“…1460户，…215件；抽检…”), not one short sentence apiece."""
    if not facts:
        return ""
    groups = [_counts_before_rates(g) for g in _group_by_theme(facts)]
    lead_words = _planned_leads(style, groups) if leads else [""] * len(groups)
    # 一是/二是 for points that say something: a lone bare figure (“二是新登记市场主体5862户。”)
    # is no point of its own, so such groups run on in a sentence or two instead
    numbered = (numbered and len(groups) > 1 and not style.concise
                and all(len(g) > 1 or lead for g, lead in zip(groups, lead_words)))
    if not numbered and len(groups) > 1:
        return _run_on(style, groups)
    clauses = [facts_clause(group, speaker=style.speaker) for group in groups]
    listed = numbered and not (style.brief.kind == _WORK_KIND and style.narrates
                               and _open_differently([lead or clause for lead, clause in zip(lead_words, clauses)],
                                                     style.said))
    out = []
    for i, clause in enumerate(clauses):
        lead = lead_words[i]
        sentence = f"{lead}，" if lead else ""
        sentence += style.time_word(clause, opens=not lead, avoid=_openers(style.said)) + clause
        if listed:
            sentence = ordinal_lead(i + 1) + sentence
        out.append(sentence + "。")
        style.said += out[-1]
    return "".join(out)


_WORK_KIND = "主要举措和成效"


def _planned_leads(style: _Style, groups: list[list]) -> list[str]:
    """The lead each group's sentence would get, as if they were written one after another."""
    said = style.said
    words = []
    for group in groups:
        words.append(style.lead(group[0].label, listed=len(groups) > 1))
        style.said += f"{words[-1]}。" if words[-1] else ""
    style.said = said
    return words


_GROUPS_PER_SENTENCE = 3


def _run_on(style: _Style, groups: list[list]) -> str:
    """Several groups in one sentence: “，” between single figures (a verb said once), “；” else.
    A new sentence starts after a few groups, unless it would open like one already written or
    hold one lone figure (“…3650万元。新登记市场主体5862户。” reads as an afterthought)."""
    sentences: list[str] = []
    current = ""
    count = 0
    previous = None
    for i, group in enumerate(groups):
        clause = facts_clause(group, speaker=style.speaker)
        fresh = clause[:2] not in _openers(style.said + "。".join(sentences + [current]))
        company = len(groups) - i >= 2 or len(group) > 1
        if not current or (count >= _GROUPS_PER_SENTENCE and fresh and company):
            if current:
                sentences.append(current)
            current = style.time_word(clause, avoid=_openers(style.said)) + clause
            count = 1
        else:
            # after “；” a clause opening like one before (办理…；办理…) reads as a stutter: it runs
            # on after “，” instead, its verb said once (办理行政应诉案件31件，…，法律援助案件365件)
            single = len(group) == 1 and len(previous) == 1
            verb = clause[:2]
            # the verb is said once only within this sentence: from an earlier one it would be lost
            said_before = (facts_clause(previous, speaker=style.speaker).startswith(verb) if single
                           else verb in _openers(current))
            if (single or not fresh) and _starts_with_action(verb) and len(clause) > 4 and said_before:
                clause = clause[2:]
            single = single or not fresh
            current += ("，" if single else "；") + clause
            count += 1
        previous = group
    sentences.append(current)
    text = "".join(f"{sentence}。" for sentence in sentences)
    style.said += text
    return text


def _counts_before_rates(group: list) -> list:
    """A rate reads after the counts it comes from (审结49件，调解成功率达98.6%)."""
    return [f for f in group if not is_rate(f.label, f.unit)] + [f for f in group if is_rate(f.label, f.unit)]


# words many unrelated labels share (办理法律援助案件 / 审结行政复议案件): no sign of one subject
_GENERIC_BIGRAMS = {"案件", "申请", "事项", "情况", "人员", "活动", "文件", "问题", "群众", "单位", "部门", "办理",
                    "法律", "依法", "覆盖",
                    "全年", "累计", "共计", "次数", "人数", "件数", "数量"}


def _related(a: str, b: str) -> bool:
    """Two labels about one subject: a long common stretch, or a telling word in common."""
    if len(_longest_common(a, b)) >= 4:
        return True
    return bool((_bigrams(a) & _bigrams(b)) - _STOP_BIGRAMS - _GENERIC_BIGRAMS)


def _kin(a: str, b: str) -> bool:
    """Same kind of work by the phrase bank (调解矛盾纠纷 / 调解成功率), or a long common stretch."""
    kin = figure_kin(a)
    return (kin is not None and kin == figure_kin(b)) or len(_longest_common(a, b)) >= 4


def _belongs(fact, group: list) -> bool:
    """A word in common with the group's first fact, or the same kind of work as any of it:
    a chain of loose likenesses (会议 → 政府 → 公开) does not make one subject."""
    return _related(fact.label, group[0].label) or any(_kin(fact.label, f.label) for f in group)


_GROUP_MAX = 6


def _group_by_theme(facts) -> list[list]:
    """Related facts (sharing a word, or a subset of the one before) form one sentence, in the
    order the first of each appears; a rate joins the counts it speaks of wherever they stand."""
    groups: list[list] = []
    last: list | None = None          # the group of the fact before
    for fact in facts:
        if last is not None and _is_subset_fact(fact) and len(last) < _GROUP_MAX:
            home = last
        else:
            home = next((g for g in groups if len(g) < _GROUP_MAX and _belongs(fact, g)), None)
        if home is None:
            home = [fact]
            groups.append(home)
        else:
            home.append(fact)
        last = home
    return groups


def _openers(text: str) -> set[str]:
    """The first two characters of each sentence or clause list (after 一是/（一）…) in ``text``."""
    pieces = re.split(r"[。；：]", text)
    return {re.sub(r"^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+是)", "", p)[:2]
            for p in pieces if p}


def _overlaps(sentence: str, text: str, run: int = 6) -> bool:
    """The sentence repeats a stretch of ``run`` characters the text already has."""
    return any(sentence[i:i + run] in text for i in range(len(sentence) - run + 1))


def _once_per_sentence(text: str, name: str, me: str) -> str:
    """A long organ name is written once in a sentence; later mentions become 我局/我区."""
    if len(name) < 6 or text.count(name) < 2:
        return text
    out = []
    for sentence in re.findall(r"[^。；]*[。；]?", text):
        first = sentence.find(name)
        if first >= 0:
            head, tail = sentence[:first + len(name)], sentence[first + len(name):]
            sentence = head + tail.replace(name, me)
        out.append(sentence)
    return "".join(out)


def _run_in_heading(brief: SectionBrief) -> str:
    """“（六）依法化解行政争议，行政复议主渠道作用有效发挥。” when the section is a （一） item."""
    number = brief.number or ""
    if not number.startswith("（"):
        return ""
    heading = (brief.heading or "").strip().rstrip("。")
    if not heading.startswith(number):
        heading = number + heading
    if heading == number:
        heading += brief.topic or "工作情况"
    return heading + "。"


# --- one writer per section kind ----------------------------------------------------------------

def _write_intro(brief: SectionBrief) -> str:
    style = _Style(brief)
    v, e = style.voice, era(brief.year)
    if v.kind == "government" and v.superior != "党中央、国务院":
        leader = f"在{v.superior}的坚强领导下，在{v.region}人大及其常委会的监督支持下"
    else:
        leader = f"在{v.superior}的坚强领导下"
    focus = {
        "department": "紧紧围绕中心、服务大局，扎实推进依法行政各项工作",
        "township": "紧紧围绕基层治理中心工作，扎实推进依法行政各项工作",
    }.get(v.kind, "统筹推进法治政府建设各项任务")
    development = "经济社会高质量发展" if brief.year >= 2018 else "经济社会发展"
    if style.concise:
        text = (f"{brief.year}年，{brief.org}坚持以{e.thought}为指导，认真贯彻落实{e.outline}，"
                f"扎实推进法治政府建设，为全{v.region}{development}提供了有力法治保障。")
    else:
        text = (f"{brief.year}年，{brief.org}{leader}，坚持以{e.thought}为指导，深入学习贯彻{e.spirit}，"
                f"认真贯彻落实{e.outline}，{focus}，着力建设{e.goal}的法治政府，"
                f"为全{v.region}{development}提供了有力法治保障。")
    style.said = text
    style._timed = True         # the intro opens with the year already
    text += _figures(style, brief.facts, numbered=False, leads=False)
    if brief.points:
        text += "".join(f"{_clean_point(p)}。" for p in brief.points)
    return text + "现将有关情况报告如下："


def _to_fill(style: _Style, what: str) -> str:
    return to_fill(what)


def _write_leadership(brief: SectionBrief) -> str:
    style = _Style(brief)
    bank = style.bank["leadership"]
    heading = _run_in_heading(brief)
    points = [_clean_point(p) for p in brief.points if _clean_point(p)]
    opening = style.fill(bank["opening_short" if style.concise else "opening"])
    if not style.concise:
        opening = f"{brief.year}年，{opening}"
    style.said = opening
    style._timed = not style.concise     # the opening names the year
    if not points:
        # the clerk's own account of the duty cannot be made up: a frame and a visible note
        frame = "" if style.concise else bank["frame"]
        style.said += frame
        return heading + opening + frame + _figures(style, brief.facts) + _to_fill(style, bank["to_fill"])
    body, loose = _points_with_facts(style, points, brief.facts)
    return heading + opening + body + _figures(style, loose, numbered=False)


def _work_openings(style: _Style, brief: SectionBrief) -> list[str]:
    """The item's opening sentence, then the topic's other sentences of practice (may be none)."""
    bank = style.bank
    if brief.topic == bank["other_topic"]:
        return [style.fill(bank["other_opening"])]
    openings = topic_openings(brief.topic, style.voice, seed=style.seed)
    if openings:
        return openings
    generic = bank["topic_generic"]
    return [style.fill(generic[0 if not brief.previous_text else 1 % len(generic)])]


_FEW_GROUPS = 2     # an item with this many figure sentences or fewer also says what else was done


def _write_work(brief: SectionBrief) -> str:
    style = _Style(brief)
    heading = _run_in_heading(brief)
    points = [_clean_point(p) for p in brief.points if _clean_point(p)]
    if not points:
        avoid = _openers(heading)
        openings = _work_openings(style, brief)
        if not brief.facts:
            opening = openings[0]        # the item's only sentence: it keeps its subject
        else:
            opening = "" if style.concise else style.practice(openings[0], avoid)
        style.said = heading + opening
        text = heading + opening + _figures(style, brief.facts)
        if not brief.facts and not style.concise:
            text = text.rstrip("。") + "，" + style.bank["topic_closers"][0]
        elif not style.concise and len(_group_by_theme(brief.facts)) <= _FEW_GROUPS:
            text += _more_practice(style, openings[1:], text)
        return _once_per_sentence(text, brief.org, style.voice.me)
    opening = "" if style.concise else _points_opening(style, brief, points, heading)
    style.said = heading + opening + "".join(f"{point}。" for point in points)
    matched = _match_facts_to_points(brief.facts, points)
    # loose facts read best as the item's overview, right after the heading
    overview = _figures(style, matched[1], numbered=False, leads=False)
    ordinals = not (style.narrates and _open_differently(points, heading + opening + overview))
    body, _ = _points_with_facts(style, points, brief.facts, matched=matched, ordinals=ordinals)
    text = heading + opening + overview + body
    if opening and _mostly_figures(points, matched[0]):
        rest = topic_openings(brief.topic, style.voice, seed=style.seed)
        text += _more_practice(style, rest, text)
    return _once_per_sentence(text, brief.org, style.voice.me)


def _mostly_figures(points: list[str], attached: dict[int, list]) -> bool:
    """Most of the clerk's points carry a figure: the item then also says how the work is done,
    as an item of figures alone reads like a table."""
    return len(attached) >= 2 and 2 * len(attached) >= len(points)


def _more_practice(style: _Style, options: list[str], text: str) -> str:
    """A further sentence of the topic's practice in words ``text`` does not have yet ("" if none)."""
    for option in options:
        option = _unsaid_tail(without_subject(option, style.voice.me), text, 8)
        if not option:
            continue
        sentence = style.follow_on(option, text)
        if sentence:
            return sentence
    return ""


_MIN_TAIL = 16      # characters: a shorter remnant of a bank sentence says too little to stand alone


def _unsaid_tail(sentence: str, text: str, run: int) -> str:
    """``sentence`` without its leading clauses that ``text`` already says (a heading of
    “坚持和发展新时代‘枫桥经验’，…” and a bank sentence opening with the same clause), or ""
    when what is left still repeats the text or is too short to stand alone. Only leading
    clauses go: the later ones of a bank sentence read on from the first that is kept."""
    clauses = sentence.rstrip("。").split("，")
    while clauses and _overlaps(clauses[0], text, run):
        clauses.pop(0)
    tail = "，".join(clauses)
    if not tail or _overlaps(tail, text, run):
        return ""
    if tail != sentence.rstrip("。") and len(tail) < _MIN_TAIL:
        return ""
    return tail + "。"


def _open_differently(points: list[str], before: str) -> bool:
    """The points can stand as sentences of their own: no two open alike, none like ``before``."""
    heads = [p[:2] for p in points]
    return len(set(heads)) == len(heads) and not set(heads) & _openers(before)


def _points_opening(style: _Style, brief: SectionBrief, points: list[str], heading: str) -> str:
    """The topic's sentence of practice before the clerk's points: what the body does in this
    field, in words the points do not already use (none when the bank has no such sentence)."""
    said = "。".join(points)
    avoid = _openers(said) | _openers(heading)
    for option in topic_openings(brief.topic, style.voice, seed=style.seed):
        option = style.practice(option, avoid)
        if not _overlaps(option, said, 8) and option[:2] not in avoid:
            return option
    return ""


def _topic_names(brief: SectionBrief) -> list[str]:
    """The report's work topics, each once, without the catch-all “其他工作”."""
    other = phrases()["other_topic"]
    seen: list[str] = []
    for topic in brief.report_topics:
        if topic and topic != other and topic not in seen:
            seen.append(topic)
    return seen


def _write_problems(brief: SectionBrief) -> str:
    style = _Style(brief)
    bank = style.bank["problems"]
    heading = _run_in_heading(brief)
    raw = [_clean_point(p) for p in brief.points if _clean_point(p)]
    reasons = [p for p in raw if p.startswith("原因")]
    points = [p for p in raw if not p.startswith("原因")]
    opening = style.fill(bank["opening_short" if style.concise else "opening"])
    style.said = opening
    if not points:
        # the shortcomings are the clerk's to name: a frame that follows the topics reported on
        gaps = []
        for topic in _topic_names(brief):
            gap = topic_gap(topic) or topic
            if gap not in gaps:
                gaps.append(gap)
        what = bank["to_fill"].format(topics="、".join(gaps[:3])) if gaps else bank["to_fill_plain"]
        body = _to_fill(style, what) + "。" + _figures(style, brief.facts, numbered=False)
    else:
        body, loose = _points_with_facts(style, points, brief.facts, sep=_list_sep(style, points, brief.facts))
        body += _figures(style, loose, numbered=False)
    if reasons:
        reason = "".join(r if r.endswith("。") else r + "。" for r in reasons)
    elif not points:
        reason = bank["reason_lead"] + _to_fill(style, bank["reason_to_fill"])
    else:
        reason = ""
    return heading + opening + body + reason


def _list_sep(style: _Style, points: list[str], facts) -> str:
    """How the shortcomings after “仍存在一些不足：” are joined: “一是……；二是……。”, the form
    clerks use for a list of short findings, when no point carries a figure or a clause list of
    its own (then each stays a sentence, “一是……。二是……。”)."""
    attached, _ = _match_facts_to_points(facts, points)
    plain = not attached and not any(re.search(r"[；;。]", p) for p in points)
    return "；" if plain and len(points) > 1 and not style.concise else "。"


def _plan_points(style: _Style, brief: SectionBrief) -> list[str]:
    """One item per topic reported on (no figures), led by the year's general task."""
    bank = style.bank["plans"]
    items: list[str] = []
    rows: list[int] = []
    for topic in _topic_names(brief):
        row = topic_entry(topic)
        if row is None or id(row) in rows:
            continue
        rows.append(id(row))
        # the work item already said its practice: prefer plans in other words than its openings
        done = "".join(topic_openings(topic, style.voice, seed=style.seed))
        options = topic_plans(topic, seed=style.seed, v=style.voice)
        fresh = [o for o in options if not _overlaps(o, done, 8)]
        items.append(fresh or options[:1])
    if not items:
        return list(bank["generic_points"])
    few = len(items) <= _FULL_PLAN_TOPICS and not style.concise
    openers: set[str] = set()
    items = [_plan_item(options, few=few, openers=openers) for options in items]
    lead_keys = ("习近平法治思想", "党的领导", "法治建设责任")
    if not any(k in item for item in items for k in lead_keys):
        items.insert(0, bank["generic_points"][0])
    return items[:_MAX_PLAN_ITEMS]


_MAX_PLAN_ITEMS = 8
_FULL_PLAN_TOPICS = 6     # with this many topics or fewer, each plan item says both of its tasks


def _plan_item(options: list[str], *, few: bool, openers: set[str]) -> str:
    """A topic's plan: its first task, and with few topics a second one: the first of the other
    tasks that adds new words and does not open like another item's second task (``openers``
    collects those), so one clash of openers does not cut the item to half its plans."""
    item = options[0]
    if not few:
        return item
    for option in options[1:]:
        if not _overlaps(option, item, 6) and option[:2] not in openers:
            openers.add(option[:2])
            return item + "；" + option
    return item


def _write_plans(brief: SectionBrief) -> str:
    style = _Style(brief)
    bank = style.bank["plans"]
    heading = _run_in_heading(brief)
    points = [_clean_point(p) for p in brief.points if _clean_point(p)] or _plan_points(style, brief)
    if style.concise:
        key = "opening_short"
    else:
        key = "opening" if era(brief.year + 1).modern else "opening_old"
    opening = style.fill(bank[key])
    style.said = opening
    style._timed = True          # a plan has no 全年 of its own
    body, loose = _points_with_facts(style, points, brief.facts)
    if len(points) < 2 or style.concise:
        return heading + opening + body + _figures(style, loose, numbered=False, leads=False)
    # the clerk's planned figures no point speaks of are further items of the list
    extra = "".join(f"{ordinal_lead(len(points) + i + 1)}{facts_clause(g, speaker=style.speaker)}。"
                    for i, g in enumerate(_counts_before_rates(g) for g in _group_by_theme(loose)))
    return heading + opening + body + extra


def _write_closing(brief: SectionBrief) -> str:
    style = _Style(brief)
    key = "closing" if brief.year >= 2018 else "closing_old"
    text = style.fill(style.bank[key])
    extra = _figures(style, brief.facts, numbered=False, leads=False)
    return (extra + text) if extra else text


_WRITERS = {
    "导语": _write_intro,
    "第一责任人履职": _write_leadership,
    "主要举措和成效": _write_work,
    "存在的不足和原因": _write_problems,
    "下一年度安排": _write_plans,
    "结束语": _write_closing,
}

__all__ = ["OfflineBackend", "write_section", "split_sentences", "instruction_note", "instruction_parts",
           "instruction_done_note", "is_concise",
           "facts_clause", "quantity", "cn_number"]
