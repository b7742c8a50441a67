"""The words of a change: a figure that moved from one value to another.

由3.5天压缩至0.5天, 较2022年的31.18%下降至10.98%, 由9730个工作日，压缩到5591个，共压缩4139个: three
checks read these shapes (the direction of a from–to pair, the sum of a from–to–change run, and
the side of a change a figure stands on when its clause is matched to a fact). They must agree on
which verbs say a figure went down or up, or a shape one check reads is lost on another; so the
vocabulary lives here once and each check builds its pattern from it.
"""

from __future__ import annotations

import re

# a figure went down; 精简/压减/压缩 also make fewer things by merging (see MERGE)
DOWN = ("压缩", "压减", "精简", "缩减", "削减", "缩短", "减少", "降低", "下降")
UP = ("提高", "提升", "增加", "增长", "上升", "扩大", "扩充", "扩展", "拓展")
# making fewer by merging or trimming: 将6家整合为3家 needs 至/到/为 to open the second figure
MERGE = ("整合", "合并", "归并", "撤并", "精简", "压减", "压缩")
# one character verbs and verb + 至 that only ever open the figure reached (降至, 升到, 减至3天,
# 审批环节从7个减为3个)
DOWN_TO_ONLY = ("减至", "减为", "减到", "降")
UP_TO_ONLY = ("增至", "增为", "增到", "升")
NEUTRAL = ("调整",)

# how much a figure rose or fell (增长28.75%, 同比下降3件): the words a clause states a change
# in, and a fact's label names one with
RISES = ("增长", "增加", "提高", "上升", "提升")
FALLS = ("下降", "减少", "降低", "回落", "下滑")

# 同比, 较, 比 and the period compared with: 较上年同期, 比2022年度, 同比去年, 较改革前, 较上年末
COMPARED_PERIOD = r"(?:上年同期|上年度|上年[末底]|上年|上一年度|上一年|去年同期|去年[末底]|去年|同期|(?:19|20)\d{2}年(?:度|[末底])?(?:同期)?" \
                  r"|(?:改革|实施|整治|治理|试点)之?前)"


def any_of(*words: tuple[str, ...]) -> str:
    """A regex group matching any of the words, longest first (降低 before 降)."""
    unique = sorted({w for group in words for w in group}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(unique) + ")"


# 较上年的268件, 比上年同期查获的75起: the year before's figure, named right before it; the few
# words between may repeat the clause's verb (查获), never a change's (较上年提高2.3个百分点 is the
# change itself)
_COMPARED_AGAINST = re.compile(rf"(?:同比|较|比|与)\s*{COMPARED_PERIOD}(?P<verb>[\u4e00-\u9fff]{{0,4}}?)的?\s*$")
# a word saying a figure went up or down (增加, 下降), wherever it stands
MOVES = re.compile(any_of(UP, DOWN))


def compared_against(before: str) -> bool:
    """Whether the words before a figure make it the level a change is measured from."""
    against = _COMPARED_AGAINST.search(before)
    return bool(against) and not MOVES.search(against.group("verb"))
