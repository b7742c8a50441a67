"""The label a clerk would write for a figure: the counted phrase around it, not the characters before it.

In a 工作总结 a figure closes its own clause (全年共受理行政复议申请118件), so the label is that
clause's words before the number, with what is not part of the counted thing taken off: time
and scope openers (全年、共、其中、截至年底), the subject doing the counting (局党委召开… ->
召开…), comparisons with another year (较上年的96件), and linking words before the figure
(达、为、合计). Three shapes borrow words: a figure after 、 in a list of figures starts its clause
at the 、; a clause that is only a change (同比增长6.2%) takes the label of the figure it changes;
a clause that is only a verb (受理118件) takes the object of the figure before it
(收到行政复议申请126件，受理118件 -> 受理行政复议申请). A number placed before its noun
(开展了12场法治讲座) takes the verb and the noun.
"""

from __future__ import annotations

import re

# Sentence and clause ends. 、 ends a clause only after a figure (…832件、一般程序案件424件),
# never inside a name (镇党委、政府).
SENTENCE_ENDS = "。！？；"
CLAUSE_ENDS = SENTENCE_ENDS + "，：,:"
_OPEN_QUOTES = {"“": "”", "《": "》", "‘": "’", "「": "」", "〔": "〕"}

_OPENERS = re.compile(
    r"^(?:其中|全年|今年以来|年内|本年度|年度内|截至(?:年底|年末|目前|\d{1,2}月底)|20\d\d年度?(?:全年)?|"
    r"[1-9]\d?(?:—|-|至)\d{1,2}月|第?[一二三四1-4]季度|[上下]半年|年初以来|"
    r"共计|共有|共|累计|总计|合计|全局|全县|全区|全镇|全市|全系统|我局|我镇|本局|我县|我市|我区|本市|本县|"
    r"截至目前|目前|现已|已经|"
    r"依法|先后|均|已|还|另外|此外|同时|期间|现有|拥有|对|、|，|的)+")
# Trailing link words between the counted thing and its figure.
_TRAILERS = re.compile(r"(?:分别为|分别|达到|达|为|是|共计|共|合计|累计|总计|约|仅占|仅|占|至|到|了|有)+$")
# Another year mentioned inside the clause: a comparison, not part of the label.
_OTHER_YEAR = re.compile(r"(?:较|比|与|同)?(?:上年|去年|上一年度?|20\d\d年)(?:同期)?(?:的|相比|相较)?")
_CHANGE_ONLY = re.compile(r"^(?:同比|环比)?(?:增长|下降|增加|减少|提高|降低|上升|提升|下滑|增幅|降幅)(?:了)?$")
# A share or rate named only by its kind (…30件，占比35.3%) belongs to the figure before it.
_SHARE_ONLY = re.compile(r"^(?:分别)?(?:占比|占|比例|比重|占总数的?)$")
# Verbs that open a counted phrase; a subject before one of them (局党委召开…) is cut off.
VERBS = ("召开", "开展", "组织", "办理", "受理", "收到", "查处", "查办", "立案", "审结", "办结", "结案", "制定",
         "出台", "修订", "审查", "审核", "清理", "废止", "修改", "调解", "调处", "化解", "排查", "集体学法",
         "讲", "提交", "培育", "创建", "新增", "发放", "推送", "公示", "抓获", "作出", "新登记", "登记", "检查",
         "举办", "接待", "提供", "挽回", "拆除", "评查", "发现", "整改", "提出", "聘请", "配备", "接听")
_SUBJECT_END = "委府局组镇县区所队部院办会员心"
_SUBJECT = re.compile(rf"^.{{0,20}}[{_SUBJECT_END}](?:全年|今年以来|共计|共|累计|依法|先后|已|还|均|主动|积极)*$")
# A lone verb that takes the object of the figure before it (受理118件 after 收到…申请126件).
_BORROWING_VERBS = ("受理", "审结", "办结", "办理", "废止", "修改", "修订", "采纳", "清理", "撤销", "纠正", "化解")
# Words after a figure that end the noun it counts (村（社区）均配备…).
_POST_STOP = re.compile(r"[均都全已被并和及与、，。；：]|进行|参加|完成|" + "|".join(v for v in VERBS if len(v) > 1))
# 1. / （1） / 一是 opening a run-in item are not part of a label.
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[一二三四五六七八九十]是)")
# Frames around a figure: 对(全县)N份X进行Y, (已)在N个X中Y.
_FRAME_DUI = re.compile(r"对(?:全县|全区|全市|全镇|全系统|全局|全部|辖区内?)?$")
_FRAME_ZAI = re.compile(r"在$")
# A rank (位列第2名) is named by the clause before it (在全市执法质量考评中，我局位列第2名).
_RANK_WORDS = re.compile(r"^(?:位列|位居|排名|排在|排|名列|列|居)?$")
_RANK_SCOPE = re.compile(r"^(?:在|于)?(?:20\d\d年度?)?(.{2,24}?)(?:中|里|上)?$")


def protected(text: str) -> list[bool]:
    """For each character, whether it sits inside quotes or a title (“双随机、一公开”, 《…》)."""
    inside = [False] * len(text)
    closing: str | None = None
    for i, ch in enumerate(text):
        if closing is None and ch in _OPEN_QUOTES:
            closing = _OPEN_QUOTES[ch]
        elif closing is not None and ch == closing:
            closing = None
        elif closing is not None:
            inside[i] = True
    return inside


def clause_bounds(text: str, start: int, end: int, previous_end: int | None, next_start: int | None,
                  shield: list[bool]) -> tuple[int, int]:
    """(clause start, clause end) around the figure text[start:end].

    The clause starts after the last clause end (outside quotes), or after the figure before it
    in the same clause; it ends at the next clause end or at the next figure.
    """
    left = start
    while left > 0 and not (text[left - 1] in CLAUSE_ENDS and not shield[left - 1]):
        left -= 1
    if previous_end is not None and previous_end > left:
        left = previous_end
    right = end
    while right < len(text) and not (text[right] in CLAUSE_ENDS and not shield[right]):
        right += 1
    if next_start is not None and next_start < right:
        right = next_start
    return left, right


def clean_label(words: str) -> str:
    """The counted phrase from a clause's words before its figure."""
    words = _inside_open_bracket(_OTHER_YEAR.sub("", words.strip()))
    words = _OPENERS.sub("", words)
    words = _TRAILERS.sub("", words)
    words = _cut_subject(words)
    words = _OPENERS.sub("", words)
    return words.strip("，、：的 ")


def _inside_open_bracket(words: str) -> str:
    """（部门2件 -> 部门: a figure inside a parenthesis is labelled by the words inside it."""
    depth_at = None
    for i, ch in enumerate(words):
        if ch in "（(":
            depth_at = i
        elif ch in "）)":
            depth_at = None
    return words[depth_at + 1:] if depth_at is not None else words


def _cut_subject(words: str) -> str:
    """局党委召开专题会议 -> 召开专题会议, 县卫健局共办理… -> 办理…: the counting body (and the
    全年/共 after it) is not part of what is counted."""
    best = None
    for verb in VERBS:
        at = words.find(verb)
        while at > 0:
            if _SUBJECT.match(words[:at]) and len(words) - at > len(verb):
                best = at if best is None else min(best, at)
                break
            at = words.find(verb, at + 1)
    return words[best:] if best is not None else words


def post_noun(words: str) -> str:
    """The noun a figure counts when it stands after the figure (12场法治讲座, 12个村（社区）均…)."""
    stop = _POST_STOP.search(words)
    noun = (words[:stop.start()] if stop else words).strip("的")
    opened = re.search(r"[（(][^）)]*$", noun)          # （含2021年结转… never closed: not a noun
    if opened:
        noun = noun[:opened.start()]
    return noun if len(noun) <= 12 and (not noun or "\u4e00" <= noun[0] <= "\u9fff") else ""


def verb_object(label: str) -> str | None:
    """The object of a label opening with a known verb (收到行政复议申请 -> 行政复议申请), else None."""
    for verb in sorted(VERBS, key=len, reverse=True):
        if label.startswith(verb) and len(label) > len(verb) + 1:
            return label[len(verb):]
    return None


def previous_verb(label: str) -> str | None:
    """The verb a label opens with (审查县政府规范性文件 -> 审查), else None."""
    obj = verb_object(label)
    return label[:len(label) - len(obj)] if obj else None


def _framed(before: str, after: str) -> str | None:
    """对N份X进行Y -> 对X进行Y; 在N个X中得到适用 -> 得到适用的X: the figure sits inside a frame
    whose words around it are the label."""
    if _FRAME_DUI.search(before):
        match = re.match(r"(.{1,12}?)(进行|开展|实施|作出|予以)(.{1,12})$", after)
        if match:
            return f"对{match.group(1)}{match.group(2)}{match.group(3)}"
    if _FRAME_ZAI.search(before):
        match = re.match(r"(.{1,10}?)中(.{0,12})$", after)
        if match:
            return f"{match.group(2)}的{match.group(1)}" if match.group(2) else match.group(1)
    return None


def rank_label(label: str, clause_before: str) -> str | None:
    """执法质量考评名次 for 位列第2名 after 在全市…执法质量考评中; None when ``label`` names more than a rank."""
    if not _RANK_WORDS.match(label):
        return None
    scope = _RANK_SCOPE.match(clause_before.strip("，, "))
    return f"{scope.group(1)}名次" if scope else None


def is_change_only(label: str) -> bool:
    return bool(_CHANGE_ONLY.match(label))


def is_derived(words: str) -> bool:
    """同比增长 / 占比: words that make a figure a change or share of the figure before it."""
    return bool(_CHANGE_ONLY.match(words) or _SHARE_ONLY.match(words) or words in ("同比", "环比"))


def compose(before: str, after: str, previous_label: str | None) -> str:
    """The label from the clause's words before and after the figure and the label of the figure
    before it in the paragraph (``previous_label``, never itself a change)."""
    before = _LIST_MARK.sub("", before)
    framed = _framed(before, after)
    if framed:
        return framed
    label = clean_label(before)
    if is_change_only(label) or label in ("同比", "环比") or _SHARE_ONLY.match(label):
        return f"{previous_label}{label}" if previous_label else label
    if not label and before.lstrip().startswith("、") and previous_label and not post_noun(after):
        return previous_label        # 分别占比30.6%、23.5%: the list shares its label
    if label in _BORROWING_VERBS and previous_label:
        obj = verb_object(previous_label)
        if obj:
            return label + obj
    if before.lstrip().startswith("、") and previous_label and verb_object(label) is None:
        verb = previous_verb(previous_label)
        if verb:
            return verb + label
    noun = post_noun(after)
    if noun and before.rstrip().endswith("的") and label:
        return f"{label}的{noun}"    # 针对交办的14件行政争议案件 -> 针对交办的行政争议案件
    if noun:
        bare = label.rstrip("了")
        verb = next((v for v in sorted(VERBS, key=len, reverse=True) if bare.endswith(v)), None)
        if verb:                     # 深入村组开展了12场法治讲座 -> 开展法治讲座
            return verb + noun
        if len(bare) <= 2:
            return bare + noun
    return label or noun
