"""The scanner behind :func:`drafter.numbers.find_numbers`.

One pass of a precompiled regex finds numeric cores (Arabic, Chinese, 百分之…, …分之…,
dates); each core is then read outward with small anchored regexes (prefix 约/近/超过,
scale 万/亿, 余/多, unit, 以上/左右, range ends). Doing the context work per core, rather
than one giant pattern, keeps the scan above 1 MB/s and each rule readable.

Numerals that are names (heading markers, 十九大, "三项制度", 十四五, 〔2019〕105号, years in
《…》 titles) come out as kind ``ordinal_phrase`` so the verifier never asks a fact for them;
numerals inside ordinary words (进一步, 统一, 三都镇) do not come out at all.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

from drafter.numbers import _chinese
from drafter.numbers._text import last_of
from drafter.numbers.units import CURRENCIES, DURATION_UNITS, MEASURE_WORDS, MONEY_UNITS, STREAK_UNITS, normalize_unit

# Same-length normalisation: spans found in the normalised text are valid in the original.
# Full-width digits and signs, plus the traditional forms of the characters that numbers,
# units and the not-a-number words use (萬→万, 個→个, 屆→届 ...), so that a traditional text
# such as seed 003 scans like a simplified one without changing a single offset.
_TRAD = ("萬億個項條場屆會兩餘約點間張輪類種組單節門塊畝噸號進統體專劃幾數內與週歷過於將時鐘熱線規達當歲筆冊幣圓佔為並總額際"
         "綱雙網辦責議題關維護確識風級車課學戶邊樓見圖")
_SIMP = ("万亿个项条场届会两余约点间张轮类种组单节门块亩吨号进统体专划几数内与周历过于将时钟热线规达当岁笔册币圆占为并总额际"
         "纲双网办责议题关维护确识风级车课学户边楼见图")
_NORM = str.maketrans("０１２３４５６７８９％．－～：／" + _TRAD, "0123456789%.-~:/" + _SIMP)

_CN_ALL = "零〇一二两三四五六七八九十百千万亿"
_CN_START = "一二两三四五六七八九十〇零"
# 三大职能, 五大热点: a single numeral before 大 sizes a group; 二十大 is a congress, 十大典型案例 an
# award's title, 一大 a congress or "one big"
_GROUP_SIZES = frozenset("二两三四五六七八九")
_ABOUT_A_SHARE = re.compile(r"(?:约|大约)占[^，,。；;：:\d%]{0,12}$")
# 走过了近20个春秋, 历经十年: an institution's age told as history, not a figure of the year's work
_HISTORY_BEFORE = re.compile(r"(?:走过|历经|经过)了?$")
_HISTORY_AFTER = re.compile(r"(?:个)?(?:春秋|寒暑)|(?:年)?的(?:实践|历程|发展|探索|风雨)")
# 采取十大措施, 十大举措: ten measures taken, a group like 三大职能 (十大典型案例 is an award's title)
_TEN_MEASURES = ("举措", "措施", "任务", "专项", "工作")
_TIMES_WON = re.compile(r"(?:获|夺|度(?=获|荣获|入选|蝉联|被评))")
# 六大抓手, 五大战略, 三大高地: a programme's coined name, unless it restates a list just given
_PROGRAMME = re.compile(r"(?:战略|工程|行动|抓手|高地|阵地|体系|攻坚|顽瘴痼疾)")

# 20256月, 2025730日: a page copy that lost 年 (and 月); a date, never 20256 months
_LOST_NIAN = (r"(?:19|20)\d{2}(?:1[0-2]|0?[1-9])月(?:(?:[12]\d|3[01]|0?[1-9])日)?"
              r"|(?:19|20)\d{2}(?:1[0-2]|[1-9])(?:[12]\d|3[01]|0?[1-9])日")
# ，711日，经市司法局…研究: a day opening its clause that lost its 月 (7月11日); never 711 days
_LOST_YUE = r"(?<=[，,。；;：:\n])(?:1[0-2]|[1-9])(?:[12]\d|3[01]|0[1-9])日(?=[，,])"
_LOST_NIAN_WHOLE = re.compile(_LOST_NIAN)
_LOST_YUE_WHOLE = re.compile(r"(?:1[0-2]|[1-9])(?:[12]\d|3[01]|0[1-9])日")

_MASTER = re.compile(
    r"(?P<dt>\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s?\d{1,2}:\d{2}(?::\d{2})?)?(?!\d)"
    r"|\d{1,2}\.\d{1,2}\.\d{4}(?!\d)|(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"
    rf"|(?<![\d.])(?:{_LOST_NIAN})|{_LOST_YUE}"
    # 4•15全民国家安全教育日, 12·4国家宪法日: a day written month·day
    r"|(?<![\d.])(?:1[0-2]|0?[1-9])[·•・](?:3[01]|[12]\d|0?[1-9])(?![\d.])"
    # 5.15政务公开日, 3.15消费者权益日: a day named by its date, written with a point
    r"|(?<![\d.])(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9])(?![\d.万亿个件人次元倍天年月日号%])"
    r"(?=[\u4e00-\u9fff]{1,9}?(?:日|节)))"
    r"|(?P<vag>(?<![人次件总户个份条项场案岁基分指参倍多少无半函变系级])(?:数|几|上)(?:十|百|千|万)万?|过半|半数|(?<!另)一半)"
    r"|(?P<fan>翻了?[一两三四]番)"
    # 为期半年的专项整治, 历时半年: half a year spent, a duration (上半年 is a period)
    r"|(?P<half>(?<=为期|历时|用时|耗时|持续|长达|经过|仅用)半年(?!度))"
    # 百分之五, 万分之4.52: the numerator may be written in digits
    rf"|(?P<pcn>百分之(?:[{_CN_ALL}]+(?:点[零〇一二两三四五六七八九]+)?|\d+(?:\.\d+)?))"
    rf"|(?P<fcn>[{_CN_ALL}]+分之(?:[{_CN_ALL}]+(?:点[零〇一二两三四五六七八九]+)?|\d+(?:\.\d+)?))"
    # 之比为1∶1.4, 配比10:1: a ratio, read as a fraction when a word for a ratio stands before it
    r"|(?P<ratio>(?<![\d.:∶])\d+(?:\.\d+)?\s?[:∶]\s?\d+(?:\.\d+)?(?![\d.:∶]))"
    r"|(?P<ar>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?)"
    # 四十二点六万亩, 一点二六万件: a decimal in words may carry 万 or 亿 after it, as 1.26万件 does
    rf"|(?P<cn>[{_CN_START}][{_CN_ALL}]*(?:点[零〇一二两三四五六七八九]+[万亿]?)?|[百千万](?=[余多])"
    # 近千人次, 超过千件: a bare 百/千/万 is a figure only right after a hedge
    r"|(?:(?<=[逾超近约破])|(?<=超过))[百千万]万?(?=[余多]?[\u4e00-\u9fff]))"
)

# The unit inventory is open: a numeral may count a noun directly (5部委, 六方面, 长三角四地).
# Nouns that often do; an Arabic numeral also takes any Han character not in _NOT_CLASSIFIER.
NOUN_UNITS = ("委办局", "部委", "部门", "部分", "方面", "领域", "环节", "区县", "县区", "镇街", "乡镇",
              "街道", "单位", "板块", "片区", "地", "地市", "县市区", "市县", "市", "县", "省") + STREAK_UNITS
_UNITS = sorted(set(MEASURE_WORDS) | {"%", "‰", "个百分点", "百分点"} | set(NOUN_UNITS), key=len, reverse=True)
# a unit ending in 次 is not followed by 日/年/月 (3件次日办结 is 3件 + 次日, the next day), nor by 要
# or 序 (2项次要问题 is 2项 of 次要问题)
_UNIT_RE = "|".join(re.escape(u) + ("(?![日年月要序])" if u.endswith("次") and len(u) > 1 else "")
                    for u in _UNITS)
# 结婚登记1958对、离婚登记612对: couples, counted in 对 where the clause ends or a list goes on;
# before a word 对 is the preposition (2023对全区…)
_UNIT_RE += r"|对(?=[，,。；;、）)！？!?\n]|$)"

# A 多 after the measure word rounds the figure up only where nothing but a time word or
# punctuation follows (3个多月, 1倍多，); before a noun it begins the noun's word (签署15份多边
# 互认协定, 完成110个多部门联办场景): an exact figure, not 15份多.
_MORE_AFTER_UNIT = r"多(?![\u4e00-\u9fff])|多(?=[月小时星期天年周日的来世钟])"
# 34岁及以下的有1487人, 95%及以上: 及 joins the figure to its bound, which then reads as 以下/以上
_AND_BOUND = r"(?:及(?=以[上下]))?"
# After an Arabic core: 余/多, 万/亿, 余/多, unit, (次), 以上/左右. Text copied out of a PDF may
# put a space on either side of a figure (办理 1.3 万件, 240 余人次): one space is no break.
_AR_TAIL = re.compile(
    rf"(?:[ \u00a0]?(?P<a1>余|多))?(?:[ \u00a0]?(?P<sc>万亿|亿|万|千(?![米克瓦帕伏赫焦])))?(?P<a2>余|多)?(?:[ \u00a0]?(?P<unit>{_UNIT_RE}))?"
    rf"(?P<pu>[(（]次[)）])?{_AND_BOUND}(?P<post>以上|以下|以内|左右|上下|之多|{_MORE_AFTER_UNIT})?"
)
_CN_TAIL = re.compile(
    rf"(?P<a1>余|多)?(?P<unit>{_UNIT_RE})?(?P<pu>[(（]次[)）])?{_AND_BOUND}(?P<post>以上|以下|以内|左右|上下|之多)?"
)
# 2个工作日内, 24小时之内: a span's 内 is its 以内 (内容, 内部 are other words)
_WITHIN_AFTER = re.compile(r"之?内(?![容部设控涵外网务生在业勤])")
# 败诉率控制在5%以内, 稳定在1个工作日以内: 以内 bounds as 以下 does
_FAN_POST = re.compile(r"以上|多(?![\u4e00-\u9fff])")
_PCT_POST = re.compile(_AND_BOUND + r"(?P<w>以上|以下|以内|左右|上下)")
_HALF_TAIL = re.compile(r"数?(以上|左右)?")          # 过半数, 半数以上
# 达到时间过半、任务过半（双过半）: the yearly saying that work keeps pace with the calendar
_PROGRESS_BEFORE = re.compile(r"(?:时间|任务|进度|双)$")
# 四成 / 2成 / 七成多 / 三成以上: tenths, a percentage in words. Not 成立, 成员, 成本, 成效 ...
_TENTHS = re.compile(r"成(?![立员为果效绩本交熟功长就人年品型分都片批套群份])(?P<a>多|余)?(?P<post>以上|以下|左右)?")
_PREFIXES = ("大约为", "约为", "约占", "约计", "不小于", "不大于", "不高于", "小于", "大于", "不少于", "不低于", "不超过", "不多于", "不足", "不到", "将近", "接近", "大约", "超过",
             "多达", "至少", "突破", "低于", "高于", "约", "近", "超", "逾")
# 不高于8% bounds from above: read as 高于 it would claim the opposite
_SAME_HEDGE = {"小于": "低于", "大于": "高于", "不小于": "不低于", "不大于": "不高于"}
# 均小于15%, 才小于15%: the figures before are compared with a line, which is no figure of theirs
_EACH_AGAINST_A_LINE = ("均", "都", "才", "仍")
_NOT_NEAR = frozenset("最就附临靠接亲")        # 最近3年 is "recent", not "nearly"
_NOT_ABOUT = frozenset("节制预签公合违履条契相邀特")   # 节约, 预约, 签约: words, not "about"
# 约为上年的2.4倍: 约 hedges the multiple across what it is a multiple of
_ABOUT_A_MULTIPLE = re.compile(rf"(?:(?<![{''.join(sorted(_NOT_ABOUT))}])约|大约)(?:为|是)[^，,。；;：:\d%]{{0,12}}的$")

_YEAR_TAIL = re.compile(
    r"(?:(?P<rng>[-—–~～]{1,2}|至|到)(?P<y2>(?:19|20)\d{2}))?"
    r"(?P<nian>[ \u00a0]?年)?(?P<du>度)?"
)
# a day, a day range (21日至22日, 21—22日) and the end of a period (9月21日至10月8日, 3月至5月, 1~5月);
# a page copy may put a space before the day (2024年3月 18日)
_EDGE = r"(?:份|初|中旬|上旬|下旬|底|末|中)"
_DAYS = r"\d{1,2}(?:[日号]?[-—–~～至到]\d{1,2})?[日号](?:\d{1,2}[时点](?:\d{1,2}分|半)?)?"
_UNTIL = rf"(?:[-—–~～至到](?:\d{{1,2}}月{_EDGE}?(?:{_DAYS})?|\d{{1,2}}[日号]))"
_AFTER_YEAR = re.compile(
    rf"(?P<m>\d{{1,2}}(?:[-—–~～至到]\d{{1,2}})?月{_EDGE}?(?:[ \u00a0]?{_DAYS})?{_UNTIL}?"
    r"|年?底|年?初|年?末|上半年|下半年|前?第?[一二三四1-4]季度|[一二三四]季度)"
)
_MONTH_TAIL = re.compile(
    rf"(?:[-—–~～至到](?P<m2>\d{{1,2}}))?月(?P<edge>{_EDGE})?(?:[ \u00a0]?{_DAYS})?{_UNTIL}?"
)
# a bare day is a date, not a duration, when it says when: 于21日, 21—22日举办 (5日内 is a limit)
# 于21日, 至22日, and a news item's 这是记者9日从…获悉: the day the reporter learnt it
# (不少于30日 bounds a time: a 于 that compares is no 于 that dates)
# (今天（11日）, 昨日（5日）: the day a news item names its 今天 by)
# (九月二十一日至二十二日: the end of a range of days after a month, in words as in digits)
_DAY_BEFORE = re.compile(r"(?:(?<![少多低高大小等])于|[在自从月]|[至到]\d{1,2}月?|月[^，,。；;]{1,4}日[至到]|记者"
                         r"|[今昨前明][天日][（(])$")
# 25日，省法院召开发布会 / 3日上午: a day opening a clause, or with the time of day, says when
_DAY_OPENS = re.compile(r"(?:^|[。；;！？!?\n\s]|电)$")
# …or with a verb that reports the day's event (律师协会25日召开发布会, 记者3日获悉, 生态环境部
# 12日通报, 生态环境部22日消息, 副厅长韩世峰17日总结): a news dateline
_DAY_AFTER = re.compile(r"(?:上午|下午|中午|晚上?|凌晨|早上|傍晚"
                        r"|(?:在[\u4e00-\u9fff]{1,8}?)?(?:召开|举行|举办)"
                        r"|发布|公布|宣布|对外|印发|开幕|闭幕|揭牌|获悉"
                        r"|消息|通报|表示|介绍|透露|指出|总结|回顾|接受|说|称)")
_QUARTER = re.compile(r"季度")
_RANGE_JOIN = r"\s?(?:[-—–~～]{1,2}|至|到)\s?"          # 4—7, 4-7, 4至7
_RANGE_TAIL = re.compile(_RANGE_JOIN + r"(?P<n>\d+(?:\.\d+)?)")
_PERCENT_RANGE = re.compile("%" + _RANGE_JOIN + r"(?P<n>\d+(?:\.\d+)?)%")
_FRAC_TAIL = re.compile(r"/(?P<d>\d{1,4})(?![\d/])")
# 二十届三中全会, 五届四次会议, and with the body between (市五届人大四次会议, 十三届全国人大三次会议):
# one meeting's name
_MEETING_TAIL = re.compile(
    rf"[届屆](?:(?:全国|省|市|县|区)?(?:人大常委会|人大|政协|人民代表大会|党代会)?(?:[{_CN_START}]{{1,3}}|\d{{1,2}})[中次](?:全会|全會|全体会议|会议)?"
    rf"(?:[、和及与][{_CN_START}]{{1,3}}[中次](?:全会|全會|全体会议)?)*)?"
)
_PLENUM_TAIL = re.compile(r"[中次](?:全会|全會|全体会议)")
_FIVE_YEAR_TAIL = re.compile(r"(?:规划|时期|期间)?")
_CODE_CHARS = re.compile(r"[0-9A-Za-z/_\-.]*")
# 只需申请一次, 只要跑一次: what a service promises a person, not work counted
_ONLY_ONCE_BEFORE = re.compile(r"(?:只需|只要|仅需|只用|只跑|仅跑)[^。；;！？!?\n]{0,12}$")
# 1月10日上午9时: an hour of the day
_DAYPART_BEFORE = re.compile(r"(?:上午|下午|中午|晚上|凌晨|早上|傍晚|夜间)$")
_HOUR_AFTER = re.compile(r"(?:时|点)(?:\d{1,2}分|半)?")
# 见表1 / 如图3 / 详见附件2 / 附表4 / 案例4“赵某不服…”: a pointer to a part of the document
_REFERENCE_BEFORE = re.compile(r"(?:(?<![地蓝草海挂展代发列报构企意])(?:见|如|详见|参见|附)?(?:附件|附表|附图|表|图|案例))$")
_SHOWN_AFTER = re.compile(r"所示|中|[-—.]\d+")
# 上述三类案件 / 以上5个方面: a count that refers back to the list before it
_REFERS_BACK = re.compile(r"(?:上述|以上|前述)$")
# 目前22名工作人员, 此前3名: 前 closing a word of time is no 前五 (top five)
_TIME_WORD_QIAN = re.compile(r"(?:目|当|此|之|以|提|事|眼|日|年|月|会|节|赛|考|从|空)前$")
# 年终对自治区12个盟市: a preposition in the last item of a list of steps makes the figure its object
_ACTS_ON = re.compile(r"[对向把将从](?=[\u4e00-\u9fff]{2,6}$)")
# 中心组、党组会、局务会先后14次组织学习: after an adverb of doing, the figure counts what the
# list's members did (or each did: 分别12件), not the list
_DOING_ADVERB = re.compile(r"(?:先后|相继|陆续|分别|多次)$"
                           # 律师事务所、公证处、基层法律服务人员开展了5场: what the members did
                           r"|(?:开展|举办|组织|召开|进行|参加|参与|完成|办理|受理)了$")
# 这五年里, 过去五年: the years a summary looks back over
_THESE_YEARS_BEFORE = re.compile(r"(?:这|那|过去的?)$")
# 3年的数据 / 五年的情况: the years a comparison is drawn over
_YEARS_OF_RECORD = re.compile(r"(?:的|间|中)?(?:数据|情况|统计|对比|比较)")
# 分获一、二、三等奖: the grades before the one 等奖 of a list
_PRIZE_GRADES_AFTER = re.compile(r"(?:[、和及与][一二三四五六])+等奖")
# 启用三月挽回经济损失900余万, 运行三月以来: months since a launch, never the month of March
_SINCE_LAUNCH = re.compile(r"(?:启用|运行|成立|上线|开通|投用|挂牌)(?:已|仅|近)?$")
# 历时近三年, 用了近3年: a span that was taken, so a figure; 已连续服务群众近20年: a span kept up,
# told a few words after the verb that keeps it
_SPAN_VERB_BEFORE = re.compile(r"(?:历时|耗时|用时|用了|持续|连续|长达|达|已|坚持|运行|经过)$"
                               r"|(?:连续|坚持|持续)[\u4e00-\u9fff]{1,6}$"
                               r"|(?:困扰|拖延|积压|搁置)[\u4e00-\u9fff]{0,4}$")    # 困扰群众近十年的: how long it lasted
# 前五名 / 前5位, then 的分别是 / 的依次为 / 的是 / 为: the cut that selects the list after it
_TOP_N_TAIL = re.compile(r"(?P<rank>[名位]?)(?P<sel>的?(?:分别|依次)?(?:是|为)[：:]?)?")
# 位列全市11个县（市、区）交通运输部门第四: a ranking verb may name the whole field ranked first
_RANK_VERB_FAR_BEFORE = re.compile(r"(?:排名|位列|位居|名列)[^，,。；;：:\n第]{13,24}$")
_ORD_RANK_BEFORE = re.compile(r"(?:排名|位列|位居|名列|居|列|排)[^，,。；;：:\n]{0,12}$"
                              r"|(?:全国|全省|全市|全区|全县|全州|全盟|同级|同类)[^，,。；;：:\n]{0,6}$"
                              r"|(?:总分|得分|评分|积分|总成绩|测评|考评|考核|评估|评议)(?:排名)?$"
                              # 在…满意度测评中取得第一: first place won in a contest
                              r"|(?:测评|考评|考核|评估|评议|评比|评选|比赛|竞赛|大赛)中(?:取得|获得|荣获|夺得|摘得|获)$")

# 最佳口碑省会及副省级城市前10, 进步最明显的地级市前5: the set of peers a place is ranked among,
# right before 前N (前10的城市 names a cut instead)
_PEER_SET_BEFORE = re.compile(r"(?:城市|地级市|县级市|省份|省区市|县市区|区县|县区|县市|地市|市州|市县)$")
# 力争在全省考评中进入前三: a place band reached, as 位列前三 is one held
_BAND_REACHED = ("进入", "跻身", "挺进", "迈入", "稳居")
# 相关做法入选全省县级融媒体普法创新案例前十: a list the body was chosen into, its top band
_CHOSEN_INTO_BEFORE = re.compile(r"(?:入选|入围|获评|评为)[^，,。；;：:\n\d]{0,16}$")
_BAND_CLOSES = re.compile(r"[名位]?(?:[。，,；;、）)！!\n]|$)")        # (入选前三批试点 counts batches)

# 第一方阵, 第一梯队, 第二档次: a tier of a grading is the name of a group, not a place in a ranking;
# but a grade an assessment placed the body in (满意率位居全省第一档次) is its result, a figure
_TIER = re.compile(r"(?:方阵|梯队|档次|等次|档|序列|阵营)")
_GRADES = ("档次", "等次", "档")
_GRADED_AS = ("获评", "评为", "评定为", "确定为", "荣获", "获得")      # 连续四年获评第一档次

# 法治建设、法治宣传、依法行政三项工作位于全省第一方阵: a count summing up a list is a claim
# (these three, no more, were placed) when a verb of placing or award follows its noun
_SUMMARY_CLAIM = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:均|全部|都)?(?:位于|处于|位列|位居|居于|名列|跻身|进入|入选|获评|获得|荣获"
                            r"|被评为|被确定为|被命名为|被列为)")

# 智慧司法2.0, 3.0版, 数字政府4.0时代: an edition written N.0 names a version, it counts nothing
_VERSION = re.compile(r"\d{1,2}\.0")
# 政务服务2.0省级试点: a level word after a version is no measure word; 企业开办便利化改革3.0，: a
# version may close its clause after the thing it numbers
_LEVEL_WORD = re.compile(r"[省市县区镇乡村国]级")
_VERSIONED_BEFORE = re.compile(r"(?:改革|平台|系统|模式|版本|工程|体系|服务|行动|机制|计划|升级|迭代|时代)$")
# 10日以上的行政拘留, 标的额100万元以上合同, 两个以上行政机关: a bound that names a category.
# It is followed by the thing bounded, not by a clause end; a figure reached (达到95%以上，
# 培训20场次以上共计…) is preceded by the doing or followed by more of the sentence's verb.
_BOUND_NOUN_AFTER = re.compile(
    r"的?(?!共|累计|合计|总计|参加|参与|受益|惠及|覆盖|得到|获得|且|并|和|与|及|或|是|为|的|水平|高位|增长|增幅|增速"
    r"|比例|态势|占比|规模|成绩|目标|标准)[\u4e00-\u9fff]")
# 对逾期6期以上的，…: a clause that opens with 对 and closes on the bound's 的 names those it bounds
_CONDITION_OPENS = re.compile(r"(?:对于|对|凡)[^，,。；;\d]{0,12}")
_CONDITION_CLOSES = re.compile(r"的[，,]")
# (对罚款在5000元以下、无从重处罚情节的54起: the count of those the marks pick out may follow the 的)
_BOUND_AND_MORE_AFTER = re.compile(r"、[^，,。；;：:\d、]{2,12}?的(?:[\u4e00-\u9fff]{2}|\d)")
# 罚款10万元以上、责令停产整治、查封扣押等4类情形: one of the cases a rule lists, named at the end
_ONE_OF_THE_CASES = re.compile(r"、[^。；;！？!?\n\d]{0,40}?等(?:\d+|[一二三四五六七八九十]+)?[类种项]?(?:情形|情况|事项|行为)")
_SPAN_AFTER_GE = re.compile(r"(?:总|累计|共)?(?P<u>工作日|小时|月)")
# 由20个工作日压缩至5个, 共压缩15个: between a span and a bare 个 only the change is told; 减少办理
# 时限404个工作日，减少审批环节116个 names what the 个 counts (环节), so it is no span of time
_ONLY_THE_CHANGE = re.compile(r"(?:[，,]|由|从|压缩|压减|减少|缩短|缩减|精简|降低|下降|降|减|提速|共|累计|合计|总计|总共"
                              r"|平均|再|又|已|仅|只|均|了|到|至|为|后|成|分别)*")
# 关键一年, 重要一环: a quality before 一 makes it "a", as 的 does (极不平凡的一年)
_ARTICLE_BEFORE = re.compile(r"(?:作为|是|成为|为|新|这|那|每|的|关键|重要|特殊|非凡|难忘)$")
_QUALITY_AFTER = re.compile(r"(?:重要|重大(?!行政决策|决策|项目|案件|事项|合同|行政执法决定|执法决定)|主要|关键|有效|有力|"
                            r"坚实|全新|崭新|新的|抢眼|亮眼|不平凡|极不平凡|完整|系统|生动|鲜活)")
_QUALIFIES_AFTER = re.compile(r"[^，,。；;\d]{0,14}?的(?:地方|单位|个人|企业|部门|干部|乡镇|街道|村|社区|人员|集体|社会组织|组织|机构"
                              r"|\d)")       # 连续两年未参加年检的126家社会组织: those the streak picks out
# 对施行满2年的规范性文件开展后评估, 任职满3年的干部: how long a thing has stood, naming which
# ones, not a span of work (试点运行满一年的基础上 is a span reached)
_FULL_SPAN_OF = re.compile(r"的(?!时间|基础|过程|期间|历程|努力|时候)[\u4e00-\u9fff]")
_PER_PERIOD_JUST_BEFORE = re.compile(r"每(?:个|一|两|[二三四五六七八九十])?个?(?:年度?|半年|季度?|月|周|旬|日|天|学期)$")
_FREQUENCY_AFTER = re.compile(r"的?(?:频次|频率|频度|节奏)")
_RATE_AFTER = re.compile(r"(?:[至到])?(?:\d+|[一二两三四五六七八九十]+)(?:次|遍|轮|期|场)")
_HORIZON_BEFORE = ("未来", "今后", "此后", "往后")
_RATIO_AFTER = re.compile(r"的?(?:比例|配比)")     # 按照执法人员与法制审核人员10∶1的比例
_RATIO_BEFORE = re.compile(r"(?:比|比例|配比|比值|比率)(?:为|是|达到?|保持在?|控制在?)?\s*$")
_AGO_AFTER = re.compile(r"前(?![后夕期])")
# 按照乡镇人民调解委员会配备2名以上、…的标准: a bound inside the standard a 按照 clause names
# (达到了每村（社区）3名以上“法律明白人”的标准: the standard reached, not a count)
_NORM_FRAME_BEFORE = re.compile(r"(?:按照|依照|对照|达到了?|符合)[^。；;！？!?，,]{0,36}$")
_NORM_FRAME_AFTER = re.compile(r"[^。；;！？!?，,]{0,40}?的(?:标准|要求|规定)")
# 每季度至少开展1次案卷评查: a floor set per period, the verb between it and the figure
_BOUND_PER_PERIOD = re.compile(r"每(?:个|一)?(?:年度?|半年|季度?|月|周|旬|日|天|学期)(?:都|均)?(?P<floor>至少|不少于|不低于)"
                               r"[^，,。；;\d]{1,8}$")
# 校园周边200米范围内的无证摊点, 5公里以内的村: a zone, named by the distance to its edge
_WITHIN_ZONE_AFTER = re.compile(r"(?:范围)?(?:以内|之内|内)的?[\u4e00-\u9fff]")
_DISTANCES = ("米", "公里", "千米", "里")
# 8小时以外政务服务, 5公里以外的村: what lies beyond a bound, named by it; 除…100件以外，还… is no
# such name (a clause end follows, or the 除 before it says "besides")
_OUTSIDE_AFTER = re.compile(r"(?:以外|之外)的?[\u4e00-\u9fff]")
# the words between a band or a bound and the count of those in it (的有, 的共计)
_COUNT_WORDS = r"(?:共计?|累计|合计|总计|有|达|仅有?|只有)?\s*"
# 30000-40000分的人员有31名: the band's own unit (分), then 的 and the noun it qualifies
_BAND_OF = re.compile(r"[\u4e00-\u9fff]?的")
_COUNT_NEXT = re.compile(_COUNT_WORDS + r"\d")     # 35-49岁的有2866人: the band, then 有 and its count
_AGES = ("岁", "周岁")
_RANGE_END_BEFORE = re.compile(r"(?:至|到|[-—–~～])\s?$")     # 36岁至50岁的: the range reads both ends
# 合同金额超过1000万以上的共计89份, 45周岁以下293人: a band and then the count of those in it
# (培训20场次以上共计3000人次 goes on to another figure of the work done)
_BOUND_THEN_COUNT = re.compile(rf"(?:的{_COUNT_WORDS})?\d")
_COUNT_LATER = re.compile(r"的?[\u4e00-\u9fff]{2,12}?\d+(?:\.\d+)?[万亿]?[\u4e00-\u9fff]")
_REACHED_BEFORE = re.compile(
    r"(?:达|超|突破|保持|稳定|提高|提升|增长|增加|上升|下降|减少|压缩|压减|缩短|精简|节约|节省|降低|降|共|累计|合计|总计"
    r"|开展|办理|完成|培训|组织|举办|受理|审查|覆盖|惠及|化解|调解|挽回|为|是|有|均|总数|总量|数量|人数|次数"
    # 每日更新3条以上中央、省市重大政策: what was published (a category is not published)
    r"|更新|发布|推送|转载|编发|刊发|刊登|报送|播出|播放"
    # 11个乡镇司法所均配备2名以上工作人员: what each of them has, a figure (a 均 and its verb)
    r"|均[\u4e00-\u9fff]{1,2})"
    r"(?:了|在|到|至|于)?$")

# 144小时过境免签, 240小时过境免签政策: a national entry policy named by its span, no hours counted
_VISA_FREE_AFTER = re.compile(r"(?:过境|入境)?免签")
# 一级古树（树龄500年以上）87株: a grade's name, the bound that makes it in brackets, then its count
_GRADE_NAMED_BEFORE = re.compile(r"(?:[一二三四五六七八九十\dA-Ea-e][级类档星]|[甲乙丙丁]类)[\u4e00-\u9fff]{0,6}$")
_BOUND_WORD = re.compile(r"以上|以下|以内|不满|未满|不足|[至到\-—–~～]")
_COUNT_STARTS = re.compile(r"(?:共|有|计)?(?:\d|[一二两三四五六七八九十百千]+[\u4e00-\u9fff])")

# 具有2年以上基层执法办案经验: years of experience that qualify, not a span of work done
_EXPERIENCE_AFTER = re.compile(r"[^，,。；;\d]{0,10}?(?:经验|经历|资历|工龄|执业|从业)")

_UNIT_START = re.compile(_UNIT_RE)
_NOUN_ONLY = frozenset(NOUN_UNITS) - frozenset(MEASURE_WORDS)
# one-character measure words: 一件件, 一个个 repeat one to say "one after another"
_MEASURE_CHARS = frozenset(w for w in MEASURE_WORDS if len(w) == 1)
# (12348天津法网: the line's website, whose place name starts with a measure word)
_SERVICE_AFTER = re.compile(r"[^，,。；;、\n\d]{0,8}?(?:热线|专线|平台|电话|报警|接警|警情|急救|服务台|指挥|联动|短信|号码|法网|网站)")
# 12309检察服务中心, 12345工单, 110接处警, 12348微信公众号: the desk, the work orders or the app
# a dialled number names (a calendar year before a centre's name is a year, not a number to dial;
# 1352审批事项窗口 counts 事项, the things a desk handles, not the desk)
_SERVICE_DESK_AFTER = re.compile(r"(?![^，,。；;、\n\d]{0,6}?事项)[^，,。；;、\n\d]{0,8}?(?:服务中心|中心|工单|诉求|来电|话务|坐席|接处警|处警|出警"
                                 r"|小程序|公众号|客户端|窗口|信箱|服务站|联动)")
_DIALLED = re.compile(r"1[12]\d|\d{4,8}")
# 110、12345与12348热线: every number of a list that ends in a service number's name is dialled too
_SERVICE_LIST_AFTER = re.compile(r"(?:\s?[、和与及/]\s?\d{3,8})+" + _SERVICE_AFTER.pattern)
_SERVICE_LIST_BEFORE = re.compile(r"(?:拨打|拨通|致电)[:：\s“\"「]{0,3}\d{3,8}(?:\s?[、和与及或/]\s?\d{3,8})*\s?[、和与及或/]\s?$")
_SERVICE_BEFORE = re.compile(r"(?:拨打|拨通|致电|热线|电话|号码|传真|邮编|邮政编码)[:：\s“\"「(（）)]{0,3}$")
# measure words that take 次 for "times counted" (件次, 户次, 车次); not 次日/次年 (the next day)
_COUNT_THEN_CI = frozenset("件户家台车起批场人班架艘个")
_NOT_CI = tuple("日年月要序数之级")
# 五年实施方案, 3年行动计划, 三年攻坚行动: the years name a plan, not a duration
_PLAN_NAME = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:规划|方案|计划|纲要|行动|攻坚)")
_NOT_CLASSIFIER = frozenset("是的了和与及或在为对将把被从到至以于等中后前内外上下之而且并即但也又就都还所其"
                            "每各该本此那这同向由比较已未不没无有需要会能可应让使给着过来去说版号级路星度"
                            "成届季左右约近超逾共达占室楼时公")
_NOUN_RE = re.compile("大(?:" + _UNIT_RE + ")")
# 为1.48万劳动者追回欠薪, 11.43万农民工: a figure right before a word for people counts people,
# though no measure word is written (its first character is no classifier: not 1.48万劳)
_PEOPLE_AFTER = re.compile(r"(?:劳动者|农民工|务工人员|群众|干部|职工|居民|市民|村民|学生|党员|志愿者|工人|农户)")
# 八大重点领域, 三大主要方面: one common modifier may stand between 大 and the counted noun
# 共设7大项、29小项: the smaller heads of an index, counted as 大项 are
_SMALL_NOUN_RE = re.compile("小(?:项|类|条|组|队)")
_NOUN_MOD_RE = re.compile("大(?:重点|主要|核心|关键|基础|专项|民生|重大)(?:" + _UNIT_RE + ")")
# 从三个方面推进, 重点在三个维度实现突破, 围绕两个层面: a small number in words of an abstract
# framing noun, governed by a preposition of approach, frames what follows; it counts nothing.
# Not when the clause goes on to count or issue the parts (从六方面提出22条措施, 从六方面提出具体
# 措施: the aspects of a document are its structure) or with an Arabic digit.
_FRAMING_NOUN = re.compile(r"个?(?:维度|方面|层面|角度|层次|向度)")
_FRAMING_BEFORE = re.compile(r"(?:从|围绕|聚焦|着眼于?|立足于?|着力于?|按照)[^，,。；;：:！？!?\n\d]{0,16}$|[在就]$")
_FRAMING_COUNT_AFTER = re.compile(r"[^，,。；;：:！？!?\n]{0,12}?(?:\d|[一二两三四五六七八九十百]+[项条个类件])"
                                  r"|(?:提出|制定|出台|部署|明确|细化|列出|梳理)[^，,。；;\n]{0,8}?(?:措施|举措|任务|要点|清单|意见)"
                                  # 重点围绕六方面问题开展：一是…；二是…: the aspects are then listed one by one
                                  r"|[^。；;！？!?\n]{0,20}?[：:]\s*(?:一是|1[.、．]|（一）|第一[，,、])")
# 三位一体, 五位一体: N parts in one, a formula
# 中铁十八局, 中建三局, 二十一中: a number in words glued to an organisation's noun is its name
_ORG_AFTER = re.compile(r"[局处院厂师团校中](?![\u4e00-\u9fff]?[\d一二两三四五六七八九十])")
_N_IN_ONE = re.compile(r"[二两三四五六七八九十]位一体")
# 四套班子, 三套班子, 县四大家领导: the fixed name of a county's leading bodies, not a count of them
# 四区三县, 一市两区: a region named by what it is made of, not a count of anything done
_MADE_OF = re.compile(r"(?:[一二两三四五六七八九十]{1,2}[市区县镇乡旗]){2,}(?![\u4e00-\u9fff]?[\d一二两三四五六七八九十])")
_BODIES = re.compile(r"[二两三四五六2-6](?:[套大家]班子|大家(?=领导|班子|主要领导))")
# 365天全天24小时不打烊, 7×24小时在线 (7×24 always), 24时值班, 24小时智能商事登记系统: being open
# round the clock is a way of serving, not a span of work done (24小时内办结 is a time limit and
# stays a figure)
_ROUND_THE_CLOCK = re.compile(r"7\s?[×xX*]\s?24(?:小时)?|(?:365天|24小?时)(?=[^，,。；;\d]{0,4}?(?:不打烊|不间断|不断线|不停歇"
                              r"|无休|在线|自助|智能|全天候|值守|值班|营业|响应|24小时))"
                              # 实现24小时藏汉双语服务: a service open round the clock (24小时内办结 is a limit)
                              r"|(?<=实现|提供|开通)24小时(?!内)(?=[^，,。；;\d]{0,8}?服务)"
                              # 12348服务热线实行365天24小时服务: the pair is one promise
                              r"|(?<=365天)24小时"
                              # 实行24小时驻点执法, 24小时巡查: a post kept round the clock
                              r"|24小时(?=驻点|驻守|巡逻|巡查|执勤|监控|监测|待命|轮班|坐班)")
# 达标率保持百分百, 优质水比例百分百: after a rate 百分百 is the figure 100%, not "wholly"
_FULL_RATE = re.compile(r"(?:率|比例|比重|占比)(?:均|都|全部)?(?:为|达|达到|实现|保持|是)?(?P<r>百分百)")
# 被最高法院发改的案件数量为零, 败诉案件均为零: a count of none, written as a word (not 零容忍,
# 零跑腿: 零 then punctuation only)
_NONE_COUNTED = re.compile(r"(?:数量|数|件数|人数|次数|均|都|皆)(?:降)?为(?P<r>零)(?=[，,。；;！!？?）)\n]|$)")
# 稳居全市首位, 连续三年居全省首位: first place, a rank written without a numeral
_FIRST_PLACE = re.compile(r"(?:居|位列|位居|排名|名列|排在|列)[^，,。；;：:\d]{0,8}?(?P<r>首位)")
# 打造15分钟政务服务圈, 半小时交通圈, 500米公共法律服务圈: a circle named by the time or the distance
# it takes to reach; 农村1小时、城市半小时的法律援助服务圈 names one circle by two reaches
_REACH = r"(?:\d+|[一二两三四五六七八九十半]+)(?:分钟|小时|公里|米)"
# (主城区15分钟、一般村（社区）20分钟的公共文化服务圈: a place may carry its bracket)
_REACH_CIRCLE = re.compile(_REACH + r"(?:、[\u4e00-\u9fff（）()]{1,8}?" + _REACH + r")*[\u4e00-\u9fff]{0,8}?圈")
# 迎十四运: the National Games by their number, a name
_NATIONAL_GAMES = re.compile(r"(?:十[一二三四五六七八九]|二十)运(?:会)?")
# 完善升级4+X乡镇合法性审查平台, 1+X证书: a fixed core and open extras, a model's name
# 5+1执法行动, 1+3+N模式: a formula of parts naming an action or a model
_PLUS_X = re.compile(r"(?<![\dA-Za-z+＋])\d{1,3}(?:[+＋]\d{1,3})*[+＋][XNxn](?![A-Za-z\d])"
                     r"|(?<![\dA-Za-z+＋.])\d{1,2}(?:[+＋]\d{1,2})+(?![\d.%])(?=[\u4e00-\u9fff]{0,4}?"
                     r"(?:行动|模式|机制|体系|工作法|工程|格局|清单|联动|架构|矩阵))")
# 对排名后三位的单位主要负责人进行约谈: the bottom band a rule picks out, no place held
# (排名后三位且存在突出问题的单位: one of the marks that pick them out, then the rest)
_BOTTOM_BAND = re.compile(r"[位名](?=的|且|并且|或)")
# 打通服务群众的最后一米 / 最后一公里: the last stretch to the door, an idiom, not a distance
_LAST_STRETCH = re.compile(r"(?<=最后)一(?:公里|百米|米|厘米)")
# 罚没款超过500万元的区县有3个, 超过3万人的省（市）有8个, 合格率低于80%的3个单位: a cut, then 的,
# the things past it and their count (超过2000人，… goes on with the figure reached)
_CUT_WORDS = ("超过", "超", "高于", "低于", "不足", "不到", "少于", "多于", "大于", "小于")
# 对单次赔付金额超过10万元的案件: a measure, a cut on it, then the things it picks out
# (对超过200万元的货物和服务采购项目: the 对 that opens the clause says the same)
# 对, 对于, 针对 opening the object (相对, 绝对, 核对… are other words)
_DUI = r"(?<![相绝面反核比应配校])(?:对于|对|针对)"
# (对年办件量低于10件的赋权事项: a volume, 办件量 or 用水量, is measured too)
_MEASURED_BEFORE = re.compile(r"(?:金额|数额|标的额?|货值|面积|[\u4e00-\u9fff]量|人数|时长|期限|罚款|罚没款)(?:在|均)?$|以上$"
                              rf"|{_DUI}$")
# (对超过5个工作日未办结的投诉: a short denied verb may stand between the cut and its 的)
_PICKED_AFTER = re.compile(r"(?:(?:仍未|尚未|逾期未|未|没有)[\u4e00-\u9fff]{1,4}?)?的[\u4e00-\u9fff]")
# 对涉案金额排名前10位的…案件: the object 对 opens, picked out by the figure
_OBJECT_OF_DUI_BEFORE = re.compile(rf"{_DUI}[^，,。；;：:\d]{{0,12}}$")

# 面积不足0.5公顷且挖填土石方总量不足1千立方米的项目: a cut, then another joined to it, then 的
_PICKED_AFTER_ANOTHER = re.compile(r"(?:且|并且|或者?|或是)[^，,。；;！？\d]{0,12}?(?:超过|高于|低于|不足|不到|少于|多于|在)")
# 不足规定时长的一半, 低于法定标准的80%: a share of a norm after a cut names those that fall short
_SHARE_OF_A_NORM = re.compile(r"(?:不足|不到|低于|少于|未达到?|超过|高于)(?:规定|法定|标准|要求|应)[\u4e00-\u9fff]{0,6}的$")
# 预收费不超过3个月或60课时的规定执行率100%: the figures a rule sets, inside the name of the rate
# it is kept at (按每村每年1万元的标准保障经费 states the standard, a figure of the work)
_RULE_AFTER = re.compile(r"(?:[或和及、][^，,。；;]{0,12}?)?的(?:规定|要求|标准)[\u4e00-\u9fff]{0,4}率")
_CUT_THEN_COUNT = re.compile(r"的[\u4e00-\u9fff（）()]{0,10}?(?:有|达|共计?|为|计)?\d")
# 超过87%的乡镇街道, 超过全省90%的县: a share of peers outdone, exact; 超过 compares, it does not hedge
_PEERS_AFTER = re.compile(r"的[^，,。；;\d]{0,4}?(?:乡镇|街道|县|区|市|省|单位|地区|部门|同类|同级|企业|城市|考生|参赛)")
# 328国道快速化工程, S201省道: a road's number is its name
_ROAD = re.compile(r"(?<![\d.])[GSXYZ]?\d{1,4}(?:国道|省道|县道|乡道)")
# 第六、七、八次会议: after one 第, each numeral of a 、 list is an ordinal
# the list keeps the first numeral's script: 第一、6个全市第二 is a place, then a count of six
_ORDINAL_LIST = {
    True: re.compile(r"(?:[、和及至到—-]\d{1,3})+(?=[批次轮届期项个条款章节部分季阶步环])"),
    False: re.compile(r"(?:[、和及至到—-][一二三四五六七八九十]{1,3})+(?=[批次轮届期项个条款章节部分季阶步环])"),
}
# 连续举办三届, 已成功举办5届: sessions held, counted
# (召开十三届人大常委会… is a meeting's name, whatever verb holds it)
_SESSIONS_HELD = re.compile(r"(?:连续|举办)(?:了|过)?$")
_BODY_AFTER = re.compile(r"[届屆](?:[^，,。；;\d]{0,6}?)(?:人大|政协|党代会|全会|委员会|常委会|代表大会|会议|班子)")
# 一张表单、一套材料, 一门受理、一套标准: a reform's parallel promises of "one of each"; the
# measures are those of forms and counters (一个调解室、一个工作站 still counts)
_ONE_OF_EACH = re.compile(r"一[张套窗网门号单链口][\u4e00-\u9fff]{1,4}(?:、一[张套窗网门号单链口][\u4e00-\u9fff]{1,4})+")
# 应发尽发、不漏一人、不错一人: a promise that no one is missed, not a count of one
_NO_ONE_MISSED = re.compile(r"不[漏错落少丢掉差让]一[人户个项件家]")
# 打造最优营商环境10条, 民营经济高质量发展12条迭代升级为20条: a policy package named by its
# number of articles (as the quoted “提信心28条”); 提出意见建议10条 and 制定措施12条 count
# (优化营商环境一百条和…: a conjunction may follow the package's name)
_POLICY_PACKAGE = re.compile(r"(?:环境|发展|经济|计划|惠企|助企|纾困|稳岗|稳增长|就业|人才|招商)"
                             r"(?:\d{1,3}|[一二三四五六七八九十百]{1,3})条"
                             r"(?:(?:迭代)?升级为(?:\d{1,3}|[一二三四五六七八九十百]{1,3})条)?(?![\u4e00-\u9fff])"
                             r"|(?:环境|发展|经济)(?:\d{1,3}|[一二三四五六七八九十百]{1,3})条(?=[和及与])"
                             # 国务院安全生产十五条硬措施: a package of measures named by its size
                             r"|(?:\d{1,3}|[一二三四五六七八九十百]{1,3})条硬措施")
# 三个方面：一个是…，二是…: the second mark that shows a spoken list has begun
_SECOND_MARK = re.compile(r"[。；;：:，,\n](?:二|第二)个?是")
# 3星级司法所, 五星级: a grade a body is rated at, not a count (四星级 in words is no figure already)
_STAR_GRADE = re.compile(r"\d星级?")
# 实现720°互动展示: a panorama's angle names the kind of view, it counts nothing
_DEGREES = re.compile(r"\d{2,3}°")
# 小学1-4年级每周2课时: a school year named by its number, no span of years
_SCHOOL_GRADE = re.compile(r"(?<![\d.])\d{1,2}(?:[-—–~～至到]\d{1,2})?年级|[一二三四五六七八九]{1,2}(?:[-—–至到][一二三四五六七八九])?年级")
# 积石山县6.2级地震: an earthquake named by its magnitude (4级以上地震 bounds which ones)
_MAGNITUDE = re.compile(r"(?<![\d.])\d(?:\.\d)?级(?:以上)?(?:地震|强震|余震)")
# 法治为民十件实事, 办好十件民生实事: a government's yearly programme, named by its size; in digits
# only as 获评…16件实事之一, since 办好16件实事 may count what was done
_TASKS_PROMISED = re.compile(r"[一二三四五六七八九十]{1,2}件(?:民生|惠民|为民)?实事"
                             r"|\d{1,2}件(?:民生|惠民|为民)?实事(?=之一)")
# 东北三省, 西北5省中唯一: a conventional group of provinces, named by its size
# 南疆四地州: a region's fixed name for its group of prefectures, as 三区三州 is
_REGION_GROUP = re.compile(r"(?:东北|西北|西南|华北|华东|华南|华中)[二两三四五六七八九十\d]{1,2}省(?:区|市|份)?"
                           r"|南疆[四4]地州")
# 三元区, 三元里, 五里镇: a place whose name is a numeral and a measure no place is counted in
_PLACE_NAME = re.compile(r"[一二三四五六七八九十百千]{1,2}[元里](?=区|县|镇|乡|街道|村|里|庄|社区|片区)"
                         # 澥浦镇十七房村: a village of a township, named by a numeral and a word
                         r"|(?<=[镇乡])[一二三四五六七八九十]{1,3}(?![个座类])(?!行政|自然)(?:(?![一二三四五六七八九十百])[\u4e00-\u9fff]){1,2}?村")
# 机关一支部, 第二支部委员会: a party branch named by its number (一支部门 is a measure and a noun)
_BRANCH = re.compile(r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})支部(?!门)")
# 仲裁事务二处副处长, 执法一处处长, 综合二科科长: an office named by its number, told by the post
# held in it that follows
_NUMBERED_OFFICE = re.compile(r"(?<=[\u4e00-\u9fff])[一二三四五六七八九十]{1,2}[处科室股](?=副?(?:处长|科长|主任|股长|负责人))")
# 一支队伍管执法, 一张网管全城, 一枚印章管审批: "one X governs Y" names a reform
_ONE_GOVERNS = re.compile(r"一[个张支枚套颗条部][\u4e00-\u9fff]{1,2}管(?![理控护])[\u4e00-\u9fff]{1,3}")


def _open_unit(t: str, pos: int) -> tuple[str, int] | None:
    """The noun an Arabic numeral counts when no measure word follows (5部委, 4大类, 3地)."""
    if _PEOPLE_AFTER.match(t, pos):
        return "人", pos                                # 为1.48万劳动者追回工资: people, counted bare
    if _MILESTONE.match(t, pos):
        return None                                     # 突破500亿大关: a milestone passed, no noun counted
    m = _NOUN_RE.match(t, pos) or _SMALL_NOUN_RE.match(t, pos)
    if m:
        return m.group()[1:], m.end()
    m = _NOUN_MOD_RE.match(t, pos)
    if m:
        return m.group()[3:], m.end()                 # 8大重点领域 counts 领域
    if pos < len(t) and "\u4e00" <= t[pos] <= "\u9fff" and t[pos] not in _NOT_CLASSIFIER \
            and t[pos] not in _CN_ALL:
        return t[pos], pos + 1
    return None


# 突破五百亿大关, 迈上千万大关: a milestone a scaled figure passed (二十大关于… is the congress)
_MILESTONE = re.compile(r"大关(?![于心注怀爱切系])")

# 1.2023年，受理… / 1、2024年度，我办受理…: a list marker run into the year that opens its item,
# never 1.2023 years
_YEAR_AHEAD = r"(?=(?:19|20)\d{2}年)"
_HEADING = re.compile(
    r"(?m)^[ \t\u3000#*>]*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]"
    r"|\d{1,2}(?:[.．、](?!\d)|[.．、]" + _YEAR_AHEAD + ")|第[一二三四五六七八九十]{1,3}[章节条部分])"
)
_INLINE_MARK = re.compile(r"[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]")
# a list run into a paragraph: "…全省第三。1.深化复议体制改革…，2.加强…": a marker after a
# sentence stop, or the next number of a list already begun in the same line
_RUNIN_MARK = re.compile(r"(?<![\d.．,])(?:(?P<n>\d{1,2})(?:[.．、](?![\d%])|[.．、]" + _YEAR_AHEAD + "|[)）])"
                         r"|[一二三四五六七八九十]{1,3}、(?=[\u4e00-\u9fff]))")
_RUNIN_STOP = "。；;！？!?：:\n"
# one pattern per kind of quotation mark, so that a name quoted inside a longer quotation
# (“全力打造‘五个新高地’，加快建设…”) is found as well as the quotation around it
_QUOTES = tuple(re.compile(rf"{o}[^{c}\n]{{1,48}}{c}") for o, c in ("“”", '""', "‘’", "「」", "『』"))
_SHORT_QUOTE = 16
# “排查整改执法突出问题2330个”“出台…涉企行政检查22条举措”: a report's results quoted back in a
# news item, an act done and its count, not a coined name (“提信心28条” is one: no act opens it)
_QUOTED_RESULT = re.compile(r"(?:排查|清理|出台|办理|开展|查处|化解|培训|完成|受理|审结|新增|取消|下放|建成|制定|修订"
                            r"|审查|备案|整改|处理|解决|挽回)[^“”\d]{2,30}?\d{2,}(?:\.\d+)?[万亿]?[\u4e00-\u9fff%]")
# “即办件比例36.48%以上”, “最多跑一次比例100 %以上”: a rate and its figure, quoted as a target
# met, state the rate; a coined name never ends in a percentage
_QUOTED_RATE = re.compile(r"[^“”\d]{2,20}?(?:比例|率|占比)(?:达到?|为)?\d+(?:\.\d+)?\s?%(?:以上|以下|左右)?")
# a quotation with no clause mark in it is one name (a campaign, an award, a set of indicators)
_NAME_QUOTE = 30
_QUOTE_CLAUSE_MARK = re.compile(r"[，,。；;！？!?：:]")
_LIST_STOP = set("，,。；;：:！？!?\n（）()“”\"")
_LIST_STOP_BARE = _LIST_STOP - set("“”\"")
_LIST_ITEM = re.compile(r"、|(?<=[”》\"])(?=[“《\"])")
_LIST_JOIN = re.compile(r"[和及与]")
_QUOTED_JOIN = re.compile(r"[”》\"][和及与][“《\"]")
_JOINS_TWO = re.compile(r"[\u4e00-\u9fff]{2}[和及与][\u4e00-\u9fff]{2}")   # 从轻处罚和首违不罚, not 公众参与
_PARTS_WITH = re.compile(r"[\u4e00-\u9fff]{2}(?:以及|及)[\u4e00-\u9fff]{2}")
_LIST_SEP = re.compile(r"[、，,；;]")
# slogans built by repeating a numeral pattern: 一周一调度、一月一通报, 一村一辅警, 五个一
_ONE_X_ONE = re.compile(r"一[^\W\d零〇一二两三四五六七八九十百千万亿]{1,2}一[^\W\d零〇一二两三四五六七八九十百千万亿]")
# 1人审查1人复核, 一人办案一人审核: one does this, one does that; a way of working, no count
_ONE_DOES_EACH = re.compile(r"([1一])([人岗])[\u4e00-\u9fff]{2}\1\2[\u4e00-\u9fff]{2}")
_N_GE_ONE = re.compile(r"[二两三四五六七八九十]个一(?![级类般些点切])")
# 实行四个“一”服务，即：一张图表列明…，一次告知…，一窗受理…，一名专员…: the "ones" of a
# 四个“一” slogan, spelled out after it, one opening each clause
_N_ONES_SPELLED = re.compile(r"[二两三四五六七八九十]个[“\"]?一[”\"]?[^。；;！？!?\n]{0,8}?(?:即|：|:)")
_CLAUSE_ONE = re.compile(r"(?:^|[，,；;、：:])\s*(一[\u4e00-\u9fff])")
# 一个目标、两个体系、三项机制、四个平台: numerals counting up through a 、 list name a framework
_COUNTING_UP = re.compile(r"(?:[一二两三四五六七八九十][个项大条张套支道种类]?[\u4e00-\u9fff]{1,4}?、){2,}"
                          r"[一二两三四五六七八九十][个项大条张套支道种类]?[\u4e00-\u9fff]{1,4}")
# the period or edition of a cited plan or law: 纲要（2021—2025年）, 条例（2023年修订）
_PLAN_PERIOD = re.compile(r"[(（](?:19|20)\d{2}(?:\s?[-—–~～至到]{1,2}\s?(?:19|20)\d{2})?年?[)）]"
                          r"|[(（](?:19|20)\d{2}年(?:修订|修正|版|本)[)）]")
_TITLE = re.compile(r"《[^》\n]{1,120}》(?:[(（](?:[^)）\n]{0,8}\d{4}[^)）\n]{0,12}|试行|暂行|草案|修订稿?)[)）])?")
_HAS_NUMERAL = re.compile(rf"[\d{_CN_START}]")

# Words that contain a numeral but are not numbers (checked around each Chinese core).
NOT_NUMBERS = frozenset("""
长三角 珠三角 金三角 进一步 统一 唯一 一些 一批 一律 一体化 一体 同一 万一 十分 一直 之一 一方面 一定 一般 一致 一起 一切
一旦 一并 一同 一道 一样 一再 一贯 一流 一线 一把手 一大批 一系列 一举 一度 一时 一向 一心 一齐 一概
一手 一站式 逐一 一一 不一 专一 单一 划一 第一时间 三都镇 三都 五花八门 三令五申 四面八方 千方百计
一丝不苟 七上八下 一如既往 一以贯之 一目了然 一张蓝图 两手抓 两难 三农 千家万户 万家 一刀切 一揽子
一次性 一件事 一部分 一条龙 一票否决 一把 无一 一环 一带一路 一窗 一网 一门 一是一 一季 一级 二级
三级 一审 二审 再审 一类 二类 三类 一号 一身 一家 一分为二 一言一行 一点 一些人 一块 一边 一面 一侧
一头 一字 一起案件 上一年 上一年度 下一年 下一年度 同一年 上一轮 下一轮 上一次 下一次 五湖四海 一往无前 一马当先 一锤定音 九龙治水 一揽子 三番五次 四通八达 十足 万分
一个时期 一段时期 一段时间 一成不变 一年四季 三十而立 一视同仁 一碗水端平 一抓到底 一盘棋 一张网 一事一议 百分百 第一线 一把尺子
过去一年 去年一年 今年一年 当年一年 二次供水 二次污染 二次加压
""".split())

# Coined names that contain numerals; they come out whole as ordinal_phrase.
COINED = frozenset("""
一规划两纲要 一网通办 一网统管 一件事一次办 一次办 最多跑一次 第一责任人 第一议题 双随机一公开 两法衔接
一岗双责 三重一大 两学一做 三会一课 两个维护 四个意识 四个自信 两个确立 四个全面 五位一体 三项制度
一村一法律顾问 一村一辅警 一门式 一窗受理 一号通 一卡通 两个责任 两个规定 三个规定 六稳 六保 两会
三公经费 三公 四风 一法一条例 一规一办法 五个一 三零 三个一 一站式服务 一张清单 一枚印章 一颗印章
五五普法 六五普法 七五普法 八五普法 九五普法 三大攻坚战 四下基层 七进 八进 两高 一委两院 两院
八项规定 一次告知 一次性告知 一本账 三个代表 两个一百年 两个结合 收支两条线 八类严重暴力 十年禁渔
""".split())


def _numerator(text: str) -> Decimal | None:
    """The part after 分之: Chinese numerals (百分之五) or digits (万分之4.52)."""
    return Decimal(text) if text[:1].isdigit() else _chinese.parse(text)


def _index_words(words: frozenset) -> tuple[dict, dict]:
    """Words keyed by a numeral and its neighbour, so a lookup costs a dict hit, not a scan.

    For every numeral at offset k of a word: key (word[k], word[k+1]) in ``nxt``, or, when
    the numeral ends the word, (word[k-1], word[k]) in ``prv``; the value lists (word, k).
    """
    nxt: dict[tuple[str, str], list[tuple[str, int]]] = {}
    prv: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for word in words:
        for k, ch in enumerate(word):
            if ch not in _CN_ALL:
                continue
            if k + 1 < len(word):
                nxt.setdefault((ch, word[k + 1]), []).append((word, k))
            elif k:
                prv.setdefault((word[k - 1], ch), []).append((word, k))
    return nxt, prv


_COINED_INDEX = _index_words(COINED)
_COINED_BY_HEAD: dict[str, list[str]] = {}
for _word in sorted(COINED, key=len, reverse=True):
    _COINED_BY_HEAD.setdefault(_word[0], []).append(_word)
_NOT_NUMBER_INDEX = _index_words(NOT_NUMBERS)


def _word_at(t: str, s: int, index: tuple[dict, dict]) -> tuple[int, int] | None:
    """The longest indexed word in ``t`` that covers position ``s`` (a numeral)."""
    nxt, prv = index
    ch = t[s]
    best = None
    hits = nxt.get((ch, t[s + 1] if s + 1 < len(t) else ""), [])
    if s:
        hits = hits + prv.get((t[s - 1], ch), [])
    for word, k in hits:
        start = s - k
        if start >= 0 and t.startswith(word, start) and (best is None or len(word) > best[1] - best[0]):
            best = (start, start + len(word))
    return best


# 三至五个工作日, 两到三天: a range in words (三至五月 are months, 一至三季度 quarters: dates)
_CN_RANGE = re.compile(rf"[至到—~～](?P<hi>[{_CN_START}][{_CN_ALL}]*)")
_NUMERAL_COMPOUND = re.compile(r"(?P<noun>[\u4e00-\u9fff]{1,2}?)[一二两三四五六七八九十][\u4e00-\u9fff]")


def _cuts_a_measure(t: str, numeral_end: int, word_end: int) -> bool:
    """三公里 is three kilometres, not the coined 三公: a word found at a numeral does not end
    inside the measure word written right after that numeral."""
    if word_end <= numeral_end:
        return False             # 统一部署: the word ends with the numeral, before any measure
    return any(t.startswith(u, numeral_end) and numeral_end + len(u) > word_end for u in MEASURE_WORDS)


class _Spans:
    """Sorted, non-overlapping spans with a fast 'contains position' test."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def containing(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.ends[i]:
            return self.starts[i], self.ends[i]
        return None


# ⏎1转变政府职能。 / ⏎01 赋能法治建设: a line opened by a bare number that counts nothing
_BARE_LINE_MARK = re.compile(r"(?m)^[ \t\u3000]*(?P<n>0\d|\d{1,2})(?=[ \u3000]?[\u4e00-\u9fff])")
_NOT_AFTER_MARK = ("月", "日", "年", "万", "亿", "岁", "周", "余", "多", "号", "时", "点", "分", "成", "倍", "大", "届", "项", "个")


# 。⏎1⏎法治政府建设工作持续推进并取得明显成效⏎: a web page's styled section number, alone on its
# line between a finished paragraph and a short heading line (a table row read from Word keeps
# its cells on one line, so a lone figure is no cell)
_LONE_LINE_MARK = re.compile(r"(?m)(?:\A|(?<=[。！？；;!?]\n))[ \t\u3000]*(?P<n>0?[1-9]|1\d|20)[ \t\u3000]*\n"
                             r"(?=[ \t\u3000]*[\u4e00-\u9fff][^。，,；;\n\d]{1,39}(?:\n|\Z))")


# ⏎01⏎优化基层公共法律服务，提升…: a zero-padded number alone on its line is a page's styled
# section number, whatever the line after it; no count is written 01
_PADDED_LINE_MARK = re.compile(r"(?m)^[ \t\u3000]*(?P<n>0[1-9])[ \t\u3000]*$")


def _bare_line_marks(t: str) -> list[tuple[int, int]]:
    out = [(m.start("n"), m.end("n")) for rx in (_LONE_LINE_MARK, _PADDED_LINE_MARK) for m in rx.finditer(t)]
    for m in _BARE_LINE_MARK.finditer(t):
        e = m.end()
        head = e + (t[e] in " \u3000")
        if _UNIT_START.match(t, head) or t.startswith(_NOT_AFTER_MARK, head):
            continue                     # ⏎12件行政复议案件…: a count that opens its line
        out.append((m.start("n"), e))
    return out


def _runin_marks(t: str) -> list[tuple[int, int]]:
    """List markers run into a paragraph: after a sentence stop, or continuing a 1., 2. … list."""
    out = []
    expected = None
    line_start = 0
    for m in _RUNIN_MARK.finditer(t):
        if t.rfind("\n", line_start, m.start()) != -1:
            line_start, expected = t.rfind("\n", 0, m.start()) + 1, None
        s = m.start()
        while s > 0 and t[s - 1] in " \t\u3000":
            s -= 1
        after_stop = s == 0 or t[s - 1] in _RUNIN_STOP
        n = int(m.group("n")) if m.group("n") else None
        if after_stop or (n is not None and n == expected) or (n == 1 and _ends_a_heading(t, line_start, s, m.end())):
            out.append((m.start(), m.end()))
            expected = n + 1 if n is not None else None
    return out


def _ends_a_heading(t: str, line_start: int, s: int, mark_end: int) -> bool:
    """（四）聚焦重点任务，提升依法行政工作效能1.深化…: a page that lost its line breaks runs the
    first item into the heading above it; no sentence of the line has ended yet."""
    return bool(_HEADING.match(t, line_start)) and not any(c in "。；;！？!?" for c in t[line_start:s]) \
        and s > line_start and "\u4e00" <= t[s - 1] <= "\u9fff" and "\u4e00" <= t[mark_end:mark_end + 1] <= "\u9fff"


def _is_quoted_name(quote: str) -> bool:
    """A short quotation with a numeral is a coined name ("三项制度", "721"); a longer one only
    when it is an enumeration whose parts carry numerals ("一个目标、两个体系、三项机制、四个平台",
    "进一次门、查多项事"): a quoted sentence with a figure in it stays a statistic."""
    inner = quote[1:-1]
    if not _HAS_NUMERAL.search(inner) or _QUOTED_RESULT.match(inner) or _QUOTED_RATE.fullmatch(inner):
        return False
    if len(inner) <= _SHORT_QUOTE:
        return True
    if len(inner) <= _NAME_QUOTE and not _QUOTE_CLAUSE_MARK.search(inner):
        return True                      # “法治贵州建设10个关键性结果性指标”: a name, however long
    parts = _LIST_SEP.split(inner)
    return len(parts) >= 2 and all(len(p) <= 12 for p in parts) and \
        sum(1 for p in parts if _HAS_NUMERAL.search(p)) >= 2


def _counts_up(run: str) -> bool:
    """一个…、两个…、三项…: the leading numerals go 1, 2, 3 … with no gap."""
    heads = [_chinese.DIGITS.get(p[0]) or (10 if p[0] == "十" else None) for p in run.split("、")]
    return heads[0] == 1 and all(b == a + 1 for a, b in zip(heads, heads[1:]))


def _names(t: str) -> list[tuple[int, int]]:
    """Spans whose numerals name something rather than count it: coined quotations, slogans made
    by repeating a numeral pattern, and the period of a cited plan."""
    spans = [(m.start(), m.end()) for rx in _QUOTES for m in rx.finditer(t) if _is_quoted_name(m.group())]
    spans += [(m.start(), m.end()) for rx in (_ONE_X_ONE, _ONE_DOES_EACH, _N_GE_ONE, _PLAN_PERIOD, _N_IN_ONE,
                                                        _BODIES, _BRANCH, _NUMBERED_OFFICE, _PLACE_NAME, _ONE_GOVERNS, _MADE_OF,
                                                        _REGION_GROUP, _ROUND_THE_CLOCK, _REACH_CIRCLE, _ROAD,
                                                        _DEGREES, _TASKS_PROMISED, _NO_ONE_MISSED, _ONE_OF_EACH,
                                                        _POLICY_PACKAGE, _STAR_GRADE, _LAST_STRETCH, _PLUS_X, _MAGNITUDE, _SCHOOL_GRADE,
                                                        _NATIONAL_GAMES)
              for m in rx.finditer(t)]
    spans += [(m.start(), m.end()) for m in _COUNTING_UP.finditer(t) if _counts_up(m.group())]
    for intro in _N_ONES_SPELLED.finditer(t):
        end = min([k for k in (t.find(c, intro.end()) for c in "。；;\n") if k >= 0] or [len(t)])
        spans += [(intro.end() + one.start(1), intro.end() + one.end(1))
                  for one in _CLAUSE_ONE.finditer(t[intro.end():end])]
    if len(spans) < 2:
        return spans
    spans.sort()
    merged = [spans[0]]
    for s, e in spans[1:]:
        if s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _dec(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _prefix(t: str, s: int, floor: int) -> tuple[int, str | None]:
    """An approximation word right before the core (约/近/超过…), not crossing ``floor``; one
    space may stand between them (超过 300 人次, in text copied out of a PDF)."""
    if s - 1 > floor and t[s - 1] in " \u00a0" and not t[s - 2].isspace():
        ps, p = _prefix(t, s - 1, floor)
        if p:
            return ps, p
    ps, p = _one_prefix(t, s, floor)
    if p:
        outer, q = _one_prefix(t, ps, floor)
        if q:
            return outer, q + p          # 同比增长超过近50%: a hedge written twice keeps both
    return ps, p


# 分别为培训学时不足15人、未参加考试7人: a shortfall of a measure names who falls short; the
# headcount after it is exact
_FALLS_SHORT = ("不足", "不到", "低于", "未达", "超过")
_SHORT_OF_WHAT = re.compile(r"(?:学时|课时|时长|分数|成绩|学分|年限|工龄)$")
_HEADCOUNT_AT = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)(?:人|名|家|个|件|户)")


# 比例为3.8%，远低于15%的约谈问责线 / 低于5%的控制目标: the figure is the line's own, exact; the
# comparison word (one of _CUT_WORDS) belongs to the subject compared with it
_BENCHMARK_AFTER = re.compile(r"\d+(?:\.\d+)?\s?(?:%|‰|[\u4e00-\u9fff]{1,3}?)的[\u4e00-\u9fff]{0,8}?"
                              r"(?:线|标准|目标|要求|上限|下限)(?=[，,。；;）)]|$)")


def _one_prefix(t: str, s: int, floor: int) -> tuple[int, str | None]:
    for p in _PREFIXES:
        ps = s - len(p)
        if ps >= floor and t.startswith(p, ps):
            if p == "近" and ps > 0 and t[ps - 1] in _NOT_NEAR and not (t[ps - 1] == "就" and t[s:s + 1].isdigit()):
                return s, None           # 就近400件疑难复杂案件: 就 + 近400件 (就近办理 is "nearby")
            if p == "约" and ps > 0 and t[ps - 1] in _NOT_ABOUT:
                return s, None                 # 节约3000万元 saved, not about
            if p == "超" and t.startswith("超过", ps - 1):
                continue
            if p[-1] in "为占" and ps > 0 and t[ps - 1] in _NOT_ABOUT:
                continue                       # 制约为, 签约为: words, not "about"
            if p in _FALLS_SHORT and _SHORT_OF_WHAT.search(t, max(0, ps - 4), ps) and _HEADCOUNT_AT.match(t, s):
                return s, None                 # 培训学时不足15人: those whose hours fall short, 15 of them
            if p in _CUT_WORDS and _BENCHMARK_AFTER.match(t, s):
                return s, None                 # 远低于15%的约谈问责线: the line is 15%, the share is compared with it
            # 比例约为2.5, 强制拖移约计60辆: the hedge is 约; 小于 and 大于 say 低于 and 高于
            return ps, _SAME_HEDGE.get(p) or p.removesuffix("为").removesuffix("占").removesuffix("计")
    return s, None


# 超过年度计划的110%, 不到全国平均水平的60%: a bound, then the base the share is of (低于国家
# 规定的15% is the rule's own figure, exact: the cut compares with it, _SHARE_OF_A_NORM's kin)
# (不低于名录库总数的5%: the 不 is the bound's own, 不低于; after a 不-bound the base may take ten
# characters, 不低于辖区社会单位总数的5%, where 远低于国土资源部确定的15% compares with a line)
_NOT_A_BASE = r"(?!规定|标准|要求|法定|红线|上限|下限|确定|设定|划定)"
_HEDGE_OVER_ITS_BASE = re.compile(rf"(?P<w>不低于|不高于|不少于|不超过)(?:{_NOT_A_BASE}[\u4e00-\u9fff]){{2,10}}的$"
                                  rf"|(?P<v>超过|超出|高于|低于|不足|不到)(?:{_NOT_A_BASE}[\u4e00-\u9fff]){{2,6}}的$")


def _approx(*parts: str | None) -> str | None:
    joined = "".join(p for p in parts if p)
    return joined or None


def _kind_for_unit(unit: str) -> str:
    if unit in ("%", "‰", "个百分点"):
        return "percent"
    if unit in MONEY_UNITS:
        return "money"
    if unit in DURATION_UNITS:
        return "duration"
    return "count"


# 限产停产三件, 移送2件: an item that ends on a count is a part of a breakdown
_COUNTED_ITEM = re.compile(rf"(?:\d|[{_CN_START}][{_CN_ALL}]*)(?:{_UNIT_RE})$")


_LETTER_ITEM = re.compile(r"[、和及与][A-Za-zＡ-Ｚａ-ｚ]")


def list_items(t: str, s: int) -> list[str]:
    """The items of a 、 list that runs straight on into position ``s`` (公众参与、专家论证、
    风险评估五个法定程序 -> the three procedures), or [] when no list ends there."""
    # (A、B、C三类: single letters may be the items)
    if not s or not ("\u4e00" <= t[s - 1] <= "\u9fff" or t[s - 1] in "”》\"" or _LETTER_ITEM.fullmatch(t, max(0, s - 2), s)):
        return []
    start = s
    while start > 0 and s - start < 120:
        if t[start - 1] in "）)":
            opening = max(t.rfind("（", max(0, start - 12), start - 1), t.rfind("(", max(0, start - 12), start - 1))
            if opening >= 0 and not any(c in _LIST_STOP_BARE for c in t[opening + 1:start - 1]):
                start = opening              # 录像厅（室）、音乐厅: a short aside is part of its item
                continue
        if t[start - 1] in _LIST_STOP_BARE:
            break
        start -= 1
    # “法治宣传”“法律服务”“矛盾调解”三大板块: quoted items may stand side by side
    items = [x for x in _split_items(t[start:s]) if x]
    if len(items) >= 2 and items[-1][:1] in "“\"《" and items[0][-1:] in "”\"》":
        # 针对上一年度梳理的“A”“B”: the words before the first quote are not part of it
        opener = max(items[0].rfind(q) for q in "“\"《")
        items[0] = items[0][opener:] if opener >= 0 else items[0]
    # the first item carries the run-up words (集中在网购生鲜、…): only the rest must be short
    if len(items) < 2 or not items[0] or any(not x or len(x) > 14 for x in items[1:-1]):
        return []
    if _ACTS_ON.search(items[-1]) or _DOING_ADVERB.search(items[-1]):
        return []        # …、年终对自治区12个盟市进行考核: the figure is what the last step acts on
    return items


def _split_items(run: str) -> list[str]:
    """A list's items, cut at 、 and between quotes side by side, but never inside a quote:
    “有案不立、立案不查”“插手经济纠纷”“不作为慢作为乱作为”三个专项整治 names three campaigns."""
    items, begin, depth, seen = [], 0, 0, 0
    for cut in _LIST_ITEM.finditer(run):
        between = run[seen:cut.start()]
        depth = max(0, depth + between.count("“") + between.count("《") - between.count("”") - between.count("》"))
        seen = cut.start()
        if depth:
            continue                      # a 、 inside “…” or 《…》 belongs to the quoted name
        items.append(run[begin:cut.start()])
        begin = cut.end()
    items.append(run[begin:])
    # “扫黄、打非、治安”三项行动: one quote round the whole list still lists its parts
    return items if len(items) >= 2 else _LIST_ITEM.split(run)


def list_sizes(t: str, s: int) -> set[int]:
    """How many things the list ending at ``s`` names, when it names at least three: its
    items, or one more when the last item joins two with 和/及/与 (A、B和C). Empty if none."""
    items = list_items(t, s)
    if not items:
        return set()
    n = len(items)
    joined = n + (1 if _LIST_JOIN.search(items[-1]) else 0)
    # 不予、减轻、从轻处罚和首违不罚、不予行政强制措施五张清单: a join inside an earlier item
    every = n + sum(1 for x in items if _JOINS_TWO.search(x))
    if n == 2 and all(x[:1] in "“\"《" for x in items):
        # “覆盖不均”“融合不紧”两大突出问题: two quoted items side by side; “A”、“B”和“C”三大: three
        return {3} if _QUOTED_JOIN.search(items[-1]) else {2}
    if joined < 3:
        return set()
    sizes = {joined, n, every} if n >= 3 else {joined, every}
    # 区委编办、区司法局、区行政审批局及区教体局、区医保局、区退役军人事务局3家试点单位: 及
    # between two 、 runs may divide who leads from what is counted, the run after it
    parted = [k for k, x in enumerate(items) if k and _PARTS_WITH.search(x)]
    if parted and parted[-1] < n - 1:
        sizes.add(n - parted[-1])
    return sizes


# an item that leaves a list open: 网购生鲜等, 行政处罚之类, 包括《条例》在内
OPEN_LIST_WORDS = re.compile(r"等|之类|在内")


def sizes_referred_back(t: str, s: int) -> set[int]:
    """…城建41件、公安10件，上述三类案件占67.05%: 上述 points back at the list that closed the
    clause before, however its items are worded (等 or 在内 still leaves it open), and a numeral
    at ``s`` restates its size."""
    ref = _REFERS_BACK.search(t, max(0, s - 4), s)
    if not ref or ref.start() == 0 or t[ref.start() - 1] not in "，,；;":
        return set()
    if _left_open(t, ref.start() - 1):
        return set()
    return list_sizes(t, ref.start() - 1)


def _left_open(t: str, pos: int) -> bool:
    """The 、 list ending at ``pos`` says it names only some (等, 之类, 包括…在内)."""
    return any(OPEN_LIST_WORDS.search(x) for x in list_items(t, pos))


def _closes_a_list(t: str, s: int) -> bool:
    """A closed 、 list of at least three items ends right at ``s`` (its count may follow)."""
    return bool(list_sizes(t, s)) and not _left_open(t, s)


def date_lost_nian(text: str) -> tuple[str, str] | None:
    """("年", "2025年6月") for 20256月, ("年月", "2025年7月30日") for 2025730日, ("月", "7月11日")
    for 711日: the marks a date
    written without them lost, and the date meant ("" when the digits split two ways, as
    2025112日 does). None when ``text`` is no such date."""
    if _LOST_YUE_WHOLE.fullmatch(text):
        return "月", _month_and_day(text[:-1])
    if not _LOST_NIAN_WHOLE.fullmatch(text):
        return None
    year, rest = text[:4], text[4:]
    if "月" in rest:
        month, day = rest.split("月")
        return "年", f"{year}年{int(month)}月" + (f"{int(day[:-1])}日" if day else "")
    meant = _month_and_day(rest[:-1])
    return "年月", f"{year}年{meant}" if meant else ""


def _month_and_day(digits: str) -> str:
    """730 -> 7月30日; "" when the digits split two ways (112: 1月12日 or 11月2日)."""
    dates = [(int(digits[:k]), int(digits[k:])) for k in (1, 2)
             if k < len(digits) and 1 <= int(digits[:k]) <= 12 and 1 <= int(digits[k:]) <= 31]
    return f"{dates[0][0]}月{dates[0][1]}日" if len(dates) == 1 else ""


class _Scanner:
    def __init__(self, text: str):
        self.text = text
        self.t = text.translate(_NORM)
        self.out: list[tuple] = []
        t = self.t
        marks = [(m.start(), m.end()) for m in _HEADING.finditer(t)]
        marks += [(m.start(), m.end()) for m in _INLINE_MARK.finditer(t)]
        marks += _runin_marks(t)
        marks += _bare_line_marks(t)
        marks.sort()
        merged: list[tuple[int, int]] = []
        for s, e in marks:
            if merged and s < merged[-1][1]:
                continue
            merged.append((s, e))
        for s, e in merged:
            # strip the leading blanks a line-start heading match carries
            while s < e and t[s] in " \t\u3000#*>":
                s += 1
            self.add(s, e, self._marker_value(t[s:e]), None, None, "ordinal_phrase")
        self.marks = _Spans(merged)
        self.quotes = _Spans(_names(t))
        self.titles = _Spans([(m.start(), m.end()) for m in _TITLE.finditer(t)])

    @staticmethod
    def _marker_value(mark: str) -> Decimal | None:
        core = mark.strip(" \t\u3000()（）、.．第章节条部分")
        if core.isdigit():
            return Decimal(core)
        return _chinese.parse(core)

    def add(self, s, e, value, unit, approx, kind, value_high=None):
        self.out.append((s, e, value, unit, approx, kind, value_high))

    # -- the scan -----------------------------------------------------------------------
    def run(self):
        t = self.t
        last_end, pos = 0, 0
        while (m := _MASTER.search(t, pos)) is not None:
            s, pos = m.start(), max(m.end(), m.start() + 1)
            mark = self.marks.containing(s)
            if mark:
                pos = mark[1]            # 1.2023年: the scan goes on right after the marker
            if s < last_end or mark:
                continue
            group = m.lastgroup
            before = len(self.out)
            if group == "ar":
                self._arabic(m.group(), s, m.end(), last_end)
            elif group == "cn":
                self._chinese(m.group(), s, m.end(), last_end)
            elif group == "vag":
                self._vague(m.group(), s, m.end(), last_end)
            elif group == "half":
                self._finish(s, m.end(), Decimal("0.5"), "年", None, "duration")
            elif group == "fan":
                # a doubling is a claim about two years' figures: the clerk must confirm it; 翻一番以上
                # and 翻了一番多 claim at least that much
                post = _FAN_POST.match(t, m.end())
                self._finish(s, post.end() if post else m.end(), Decimal(2) ** _chinese.parse(m.group()[-2]), "倍",
                             post.group() if post else None, "number")
            elif group == "pcn":
                value = _numerator(m.group()[3:])
                if value is not None:
                    ps, pre = _prefix(t, s, last_end)
                    e = m.end()
                    post = _PCT_POST.match(t, e)
                    if post:
                        e = post.end()
                    self._finish(ps, e, value, "%", _approx(pre, post and post.group("w")), "percent")
            elif group == "fcn":
                den, _, num = m.group().partition("分之")
                d, n = _chinese.parse(den), _numerator(num)
                if d and n is not None:
                    ps, pre = _prefix(t, s, last_end)
                    # 精简三分之一以上: the bound after the fraction hedges it, as after 百分之五十
                    post = _PCT_POST.match(t, m.end())
                    self._finish(ps, post.end() if post else m.end(), (n / d).quantize(Decimal("0.000001")), None,
                                 _approx(pre, post and post.group("w")), "fraction")
            elif group == "ratio":
                ps, pre = _prefix(t, s, last_end)
                if _RATIO_BEFORE.search(t, max(0, s - 8), ps) or _RATIO_AFTER.match(t, m.end()):
                    a, _, b = re.split(r"\s?([:∶])\s?", m.group())
                    # 复议与诉讼案件比达到1.5:1以上: the bound after the ratio hedges it
                    post = next((w for w in ("以上", "以下", "左右") if t.startswith(w, m.end())), None)
                    if Decimal(b):
                        self._finish(ps, m.end() + len(post or ""),
                                     (Decimal(a) / Decimal(b)).quantize(Decimal("0.000001")),
                                     None, _approx(pre, post), "fraction")
                else:                    # 10:1 with no word for a ratio: the figures, read one by one
                    first = re.match(r"\d+(?:\.\d+)?", m.group())
                    self._arabic(first.group(), s, s + first.end(), last_end)
                    pos = s + first.end()
            elif group == "dt":
                year = m.group()[:4]
                value = Decimal(year) if year.isdigit() else (
                    Decimal(m.group()[-4:]) if m.group()[-4:].isdigit() else None)
                self._finish(s, m.end(), value, None, None, "date")
            if len(self.out) > before:
                last_end = self.out[-1][1]
        for m in _FIRST_PLACE.finditer(t):
            self.add(m.start("r"), m.end("r"), Decimal(1), "名", None, "rank")
        for m in _FULL_RATE.finditer(t):
            self.add(m.start("r"), m.end("r"), Decimal(100), "%", None, "percent")
        for m in _NONE_COUNTED.finditer(t):
            self.add(m.start("r"), m.end("r"), Decimal(0), None, None, "count")
        return self.out

    def _top_n(self, s, e, value):
        """前五 after 排名/位居: the place the subject holds (位列全省前五), a rank held to a
        fact. But 位居前三的分别是… names the cut that picks out the list that follows; the
        list is the content, and the 三 is a threshold like 排名前10的企业."""
        t = self.t
        ends = _TOP_N_TAIL.match(t, e)
        if ends.group("sel"):
            self.add(s - 1, ends.end("rank"), None, None, None, "ordinal_phrase")
        else:
            self._finish(s - 1, ends.end("rank"), value, "名", "前", "rank")

    def _finish(self, s, e, value, unit, approx, kind, value_high=None):
        """Emit, turning names inside quotes and 《titles》 into ordinal_phrase."""
        if kind == "duration" and not approx and (within := _WITHIN_AFTER.match(self.t, e)):
            approx, e = "以内", within.end()          # 2个工作日内, 三个月之内: a limit, as 以内 is
        if kind == "percent" and approx in ("超过", "超") and _PEERS_AFTER.match(self.t, e):
            s, approx = s + len(approx), None      # 劝导量超过87%的乡镇街道: beats 87% of its peers
        elif kind in ("count", "duration") and unit in ("年", "个") and _HISTORY_BEFORE.search(self.t, max(0, s - 4), s) \
                and _HISTORY_AFTER.match(self.t, e):
            kind = "ordinal_phrase"                 # 走过了近20个春秋, 经过二十年的实践: an age, not a figure
        elif kind == "percent" and not approx and _ABOUT_A_SHARE.search(self.t, max(0, s - 16), s):
            approx = "约"                           # 四类案件约占案件总量的76.7%: 约 hedges the share
        elif kind == "count" and unit == "倍" and not approx and _ABOUT_A_MULTIPLE.search(self.t, max(0, s - 16), s):
            approx = "约"
        if kind in ("count", "duration") and value == 1 and not approx and e - s == 2 and self.t[s] == "一" \
                and (_ARTICLE_BEFORE.search(self.t, max(0, s - 3), s) or _QUALITY_AFTER.match(self.t, e)):
            kind = "ordinal_phrase"                 # 作为一项重要任务, 不平凡的一年, 新一轮: "a", not 1
        elif kind == "count" and value == 1 and unit == "次" and not approx and \
                _ONLY_ONCE_BEFORE.search(self.t, max(0, s - 16), s):
            kind = "ordinal_phrase"                 # 申请人只需申请一次，递交一次材料: a promise, not a count
        elif unit == "周" and self.t.startswith("年", e):
            kind, e = "ordinal_phrase", e + 1      # 建党100周年 / 颁布10周年: an anniversary, a name
        elif kind != "ordinal_phrase" and (self.quotes.containing(s) or self.titles.containing(s)) and \
                not (unit in STREAK_UNITS and self.quotes.containing(s)):  # 实现“十一连降” stresses a figure
            kind = "ordinal_phrase"
        elif kind == "count" and value is not None and self._restates_list(s, value) and \
                not _SUMMARY_CLAIM.match(self.t, e):
            kind = "group"
        elif kind in ("count", "money", "duration", "percent") and self._defines_the_grade_before(s, e):
            kind = "ordinal_phrase"                 # 一级古树（树龄500年以上）87株: what makes the grade
        elif kind == "duration" and _VISA_FREE_AFTER.match(self.t, e):
            kind = "ordinal_phrase"                 # 外国人144小时过境免签政策: the policy's name
        elif kind in ("count", "money", "duration", "percent", "number") and approx and \
                approx.endswith(("以上", "以下")) and self._names_a_bound(s, e, kind):
            kind = "ordinal_phrase"
        elif (approx in _CUT_WORDS or not approx and self.t.endswith(("达", "达到", "满"), 0, s)) and \
                kind in ("count", "money", "duration", "percent") and _CUT_THEN_COUNT.match(self.t, e):
            # 罚没款超过500万元的区县有3个, 累计违规达3次的2家, 扣满12分的19辆: the cut, then those past it
            kind = "ordinal_phrase"
        elif approx in _CUT_WORDS and kind in ("count", "money", "duration") and \
                _MEASURED_BEFORE.search(self.t, max(0, s - 6), s) and \
                (_PICKED_AFTER.match(self.t, e) or _PICKED_AFTER_ANOTHER.match(self.t, e)):
            kind = "ordinal_phrase"                 # 赔付金额超过10万元的案件: which cases, not a sum paid
        elif kind == "rank" and approx == "前" and _PICKED_AFTER.match(self.t, e) and \
                _OBJECT_OF_DUI_BEFORE.search(self.t, max(0, s - 16), s):
            kind = "ordinal_phrase"                 # 对涉案金额排名前10位的重大合同纠纷案件: which cases
        elif kind in ("fraction", "percent") and _SHARE_OF_A_NORM.search(self.t, max(0, s - 16), s):
            kind = "ordinal_phrase"                 # 服务时间不足规定时长的一半: a cut, which ones fall short
        elif kind in ("count", "money", "duration", "percent") and _RULE_AFTER.match(self.t, e):
            kind = "ordinal_phrase"                 # 不超过3个月或60课时的规定执行率: the rate's name
        elif approx in ("低于", "高于") and self.t.endswith(_EACH_AGAINST_A_LINE, 0, s):
            kind = "ordinal_phrase"                 # 每年度败诉率均小于15%: several figures held to a line
        elif kind in ("count", "duration") and not approx and (floor := self._floor_per_period(s)):
            approx = floor                          # 每季度至少带队检查1次: the floor hedges the 1次
        elif kind == "duration" and self.t.endswith("连续", 0, s) and _QUALIFIES_AFTER.match(self.t, e):
            # 通报表彰连续2年在考核中取得优秀等次的地方和单位: a streak that says who qualifies,
            # a category like 罚款1万元以上的案件, not a streak the reporting body kept
            kind = "ordinal_phrase"
        elif (kind == "range" or unit in _AGES and not _RANGE_END_BEFORE.search(self.t, max(0, s - 2), s)) and \
                (band := _BAND_OF.match(self.t, e)) and (_COUNT_NEXT.match(self.t, band.end()) or
                                                          kind == "range" and _COUNT_LATER.match(self.t, band.end())):
            # 积分30000-40000分的人员有31名, 18—45岁的197人, 未满18岁的1人: a band names a category
            kind = "ordinal_phrase"
        elif kind == "range" and unit in _AGES and _COUNT_NEXT.match(self.t, e):
            kind = "ordinal_phrase"                 # 35岁以下19人、36至50岁31人: an age band, then its count
        elif kind in ("count", "money", "duration") and not approx and _OUTSIDE_AFTER.match(self.t, e) and \
                "除" not in self.t[last_of(self.t, "，,。；;！？!?\n", s) + 1:s]:
            kind = "ordinal_phrase"                 # 8小时以外政务服务: a bound naming when, not hours spent
        elif kind == "count" and unit in _DISTANCES and (_WITHIN_ZONE_AFTER.match(self.t, e) or
                                                       approx in ("以内", "之内") and _PICKED_AFTER.match(self.t, e)):
            kind = "ordinal_phrase"                 # 校园周边200米范围内的无证摊点: a zone, named by its edge
        elif kind == "duration" and not approx and self.t.endswith("满", 0, s) and _FULL_SPAN_OF.match(self.t, e):
            kind = "ordinal_phrase"                 # 施行满2年的规范性文件: which ones, by their age
        elif kind == "duration" and unit == "年" and self.t.startswith("一遇", e):
            kind = "ordinal_phrase"                 # 超百年一遇特大洪水, 50年一遇标准: a standard's name
        elif kind == "count" and _PER_PERIOD_JUST_BEFORE.search(self.t, max(0, s - 8), s) and \
                _FREQUENCY_AFTER.match(self.t, e):
            # 以每两月1次频次开展学法5次: the rate the work keeps, named as a 频次; the 5次 is the count
            kind, value, unit, approx = "date", None, None, None
        elif kind == "duration" and value == 1 and not approx and _RATE_AFTER.match(self.t, e):
            # 抽查一年2次 / 每月1次: the period a frequency is counted over, not a span of work
            kind, value, unit, approx = "date", None, None, None
        elif kind == "duration" and unit in ("年", "个月") and not approx and \
                self.t.endswith(_HORIZON_BEFORE, 0, s):
            # 作为未来五年法治政府建设的施工图: the span a plan looks ahead over, not a result
            kind, value, unit, approx = "date", None, None, None
        elif kind == "duration" and unit in ("年", "个月") and _AGO_AFTER.match(self.t, e):
            # 4年前，经过系统的培训学习: when, counted back from now, not a span of work
            kind, value, unit, approx = "date", None, None, None
        elif kind == "duration" and unit == "年" and self._looks_back(s, e, approx):
            # 近三年来 / 五年来 / 近三年，… / 从3年的数据来看: when, the span looked back over
            kind, value, unit, approx = "date", None, None, None
        self.add(s, e, value, unit, approx, kind, value_high)

    def _looks_back(self, s, e, approx) -> bool:
        """近三年 in a report is "the last three years", the frame a clause looks back over, not
        "nearly three years" (that reads 历时近三年, 用了近3年). 五年来, 这五年里 and 3年的数据 frame alike."""
        t = self.t
        if t.startswith(("来", "多来", "余来"), e) or _YEARS_OF_RECORD.match(t, e) or _THESE_YEARS_BEFORE.search(t, max(0, s - 3), s):
            return True
        if (s == 0 or t[s - 1] in "\n。；;！？!?") and t.startswith(("，", ","), e):
            return True                  # ⏎五年，修改地方性法规24部…: a paragraph opened by its frame
        if t.startswith("累计", e) and not _SPAN_VERB_BEFORE.search(t, max(0, s - 10), s):
            return True                  # 五年累计投入普法经费38.5万元: the span the total is summed over
        return approx == "近" and not _SPAN_VERB_BEFORE.search(t, max(0, s - 10), s)

    def _span_unit(self, unit: str, s: int, end: int, kind: str) -> tuple[str, int, str]:
        """由5583个总工作日减少到1930个: 个 before a span of time (总工作日) measures that span, and a
        bare 个 closing the clause repeats the span of the figure before it in the sentence.

        Not a 个 right after 由: 审批总时限由9730个工作日…，办理环节由1930个，压缩到1135个 starts a
        new change with its own subject (环节), and the figures after it follow it, not the days."""
        t = self.t
        span = _SPAN_AFTER_GE.match(t, end)
        if span:
            return "个" + span.group("u"), span.end(), "duration"
        if (end >= len(t) or t[end] in "，,。；;）)、") and not t.startswith("由", s - 1) and self.out:
            stop = last_of(t, "。；;！？!?\n", end)
            prev = self.out[-1]
            if prev[0] > stop and prev[3] in ("个工作日", "个小时", "个月") and \
                    _ONLY_THE_CHANGE.fullmatch(t, prev[1], s):
                return prev[3], end, "duration"
        return unit, end, kind

    def _sessions_held(self, s: int, e: int) -> bool:
        """连续举办三届法治文化月: sessions held are a count, where 二十届 and 第三届 name one."""
        t = self.t
        if not _SESSIONS_HELD.search(t, max(0, s - 6), s) or _MEETING_TAIL.match(t, e).end() > e + 1 or \
                _BODY_AFTER.match(t, e):
            return False
        value = _dec(t[s:e]) if t[s].isdigit() else _chinese.parse(t[s:e])
        if value is None:
            return False
        self._finish(s, e + 1, value, "届", None, "count")
        return True

    def _top_n_at(self, s: int, e: int) -> bool:
        """前5名 / 位列全省前五: the 前 before the numeral at ``s`` opens a place band, unless it closes
        a word of time (目前22名工作人员, 此前3名). 在被申请人中，前三位的是… opens the cut that
        picks out the list after it."""
        t = self.t
        return not _TIME_WORD_QIAN.search(t, max(0, s - 2), s) and \
            (t.startswith("名", e) or bool(_ORD_RANK_BEFORE.search(t, max(0, s - 15), s - 1))
             or (t.startswith("位", e) and bool(_TOP_N_TAIL.match(t, e).group("sel")))
             or bool(_PEER_SET_BEFORE.search(t, max(0, s - 5), s - 1)) and not t.startswith("的", e)
             or t.endswith(_BAND_REACHED, 0, s - 1)
             or bool(_CHOSEN_INTO_BEFORE.search(t, max(0, s - 20), s - 1)) and bool(_BAND_CLOSES.match(t, e)))

    def _defines_the_grade_before(self, s: int, e: int) -> bool:
        """一级古树（树龄500年以上）87株, 二级古树（树龄300年至499年）312株: a bound in brackets after a
        grade's name says what the grade is, and the count right after the bracket is the figure."""
        t = self.t
        opened = max(t.rfind("（", max(0, s - 16), s), t.rfind("(", max(0, s - 16), s))
        if opened < 0 or any(ch in t[opened:s] for ch in "）)"):
            return False
        closed = min((i for i in (t.find("）", e, e + 12), t.find(")", e, e + 12)) if i >= 0), default=-1)
        return closed >= 0 and bool(_GRADE_NAMED_BEFORE.search(t, max(0, opened - 10), opened)) and \
            bool(_BOUND_WORD.search(t, opened, closed)) and bool(_COUNT_STARTS.match(t, closed + 1))

    def _names_a_bound(self, s: int, e: int, kind: str) -> bool:
        """罚款1万元以上的案件 / 两个以上行政机关: the figure bounds what follows it, a category, and
        counts nothing the clerk did; 达到95%以上 and 培训20场次以上， are figures reached."""
        t = self.t
        clause = last_of(t, "，,。；;：:！？!?\n（(", s)
        if _BOUND_THEN_COUNT.match(t, e):
            return True                  # 合同金额超过1000万以上的共计89份: those above it number 89
        if _ONE_OF_THE_CASES.match(t, e):
            return True                  # 罚款10万元以上、责令停产整治…等4类情形: a case a rule names
        if _NORM_FRAME_BEFORE.search(t, max(0, s - 40), s) and _NORM_FRAME_AFTER.match(t, e):
            return True                  # 按照乡镇调委会配备2名以上…的标准: the standard kept, not a count
        if kind == "duration" and t.endswith(("具有", "具备", "拥有"), 0, s) and _EXPERIENCE_AFTER.match(t, e):
            return True                  # 大多具有2年以上基层执法办案经验: what the staff are like
        if _CONDITION_OPENS.fullmatch(t, clause + 1, s) and _CONDITION_CLOSES.match(t, e):
            return True                  # 对逾期6期以上的，发送律师函52份: those it bounds, said as a condition
        # 对标的额在5万元以下、事实清楚的小额简单案件: one of the marks of a category, then the noun
        if kind == "percent" or not (_BOUND_NOUN_AFTER.match(t, e) or _BOUND_AND_MORE_AFTER.match(t, e)):
            return False                 # 三成以上案件当场办结 is a share of the cases
        if not _REACHED_BEFORE.search(t, max(clause + 1, s - 6), s) or t.find("岁", s, e) >= 0:
            return True                  # 为70岁以上老年人上门办理: an age bound says who, never what was reached
        # 审查500万元以上重大项目合同38件: the clause's own count comes after the bounded noun
        return bool(_COUNT_LATER.match(t, e))

    def _floor_per_period(self, s: int) -> str | None:
        """每年至少组织两期…讲座: a floor set per period, with the verb between it and the figure.
        The rule is a figure the sheet holds (每季度案卷评查频次, 至少1次) and can be miswritten
        as any other, so it stays a statistic, hedged by its floor (dev labels: 17 such rules
        statistics against 3, round 30)."""
        if "每" not in self.t[max(0, s - 24):s]:
            return None                      # the cheap test first: this runs for every plain count
        floor = max(0, s - 24)
        clause = last_of(self.t, "，,。；;：:！？!?\n（(", s, floor)
        said = _BOUND_PER_PERIOD.search(self.t, max(clause + 1, floor), s)
        return said.group("floor") if said else None

    def _group(self, s: int, e: int, value: Decimal | None) -> None:
        """三大平台, 6大行业: a group named by its size counts something, so the verifier holds it
        to the list it restates or to a fact that fits; in quotes or a title it is a coined name."""
        named = self.quotes.containing(s) or self.titles.containing(s) or \
            (_PROGRAMME.match(self.t, e) and not list_sizes(self.t, s))     # 法治镇海建设六大抓手
        self.add(s, e, value, None, None, "ordinal_phrase" if named else "group")

    def _restates_list(self, s: int, value: Decimal) -> bool:
        """公众参与、专家论证、风险评估、合法性审查、集体讨论决定五个法定程序: a number in words
        run straight on from a 、 list of that many items restates the list's size (a group, held
        to the list); it counts nothing the list does not already show."""
        t = self.t
        if value in sizes_referred_back(t, s):
            return True
        if not (t[s] in _CN_START or (t[s].isdigit() and value <= 20 and t.startswith("大", s + len(str(value))))):
            return False
        if any(_COUNTED_ITEM.search(x) for x in list_items(t, s)[1:]):
            return False         # 其中查封扣押九件、限产停产三件、移送…三件: a breakdown's last part
        sizes = list_sizes(t, s)
        return bool(sizes) and value in sizes

    # -- Arabic ---------------------------------------------------------------------------
    def _arabic(self, core: str, s: int, e: int, floor: int):
        t = self.t
        prev = t[s - 1] if s else "\x00"
        nxt = t[e] if e < len(t) else "\x00"
        # identifiers: ICP numbers, index numbers, codes with letters, long digit strings
        if (prev.isascii() and prev.isalpha()) or (nxt.isascii() and nxt.isalpha()) or \
                (prev in "/-_" and s >= 2 and t[s - 2].isascii() and t[s - 2].isalpha()):
            run = _CODE_CHARS.match(t, e)
            self.add(s, run.end() if run else e, None, None, None, "ordinal_phrase")
            return
        if prev in ":：" and s >= 2 and t[s - 2].isdigit():
            self.add(s, e, _dec(core), None, None, "ordinal_phrase")     # 复议诉讼比3.78:1, the 1
            return
        if prev in "〔[［【" and nxt in "〕]］】" or t.startswith(("号", " 号"), e) or \
                self._service_number(core, s, e):
            self.add(s, e, _dec(core), None, None, "ordinal_phrase")
            return
        clock = _HOUR_AFTER.match(t, e) if _DAYPART_BEFORE.search(t, max(0, s - 3), s) else None
        if clock:
            self.add(s, clock.end(), None, None, None, "date")             # 上午9时, 下午3点30分
            return
        ref = self._reference(s, e)
        if ref:
            self.add(ref[0], ref[1], _dec(core), None, None, "ordinal_phrase")   # （见表1）, 如图3所示
            return
        if _VERSION.fullmatch(core) and (not _UNIT_START.match(t, e) or _LEVEL_WORD.match(t, e)) and \
                not t.startswith(("万", "亿", "%", "倍", "余", "多", "成"), e) and \
                (e >= len(t) or t[e] in "版”\"》'）)" or "\u4e00" <= t[e] <= "\u9fff"
                 or t[e] in "，,。；;、" and _VERSIONED_BEFORE.search(t, max(0, s - 4), s)):
            self.add(s, e + t.startswith("版", e), _dec(core), None, None, "ordinal_phrase")   # 智慧司法3.0平台
            return
        if t.startswith("级", e) and len(core) <= 2:
            self.add(s, e + 1, _dec(core), None, None, "ordinal_phrase")    # 1级指标: a level
            return
        counted = bool(_UNIT_START.match(t, e))
        if len(core) >= 7 and core.isdigit() and not counted and not t.startswith(("万", "亿", "%"), e):
            self.add(s, e, None, None, None, "ordinal_phrase")      # a code; 2468000元 is money
            return
        value = _dec(core)
        # 第10名 / 第10批
        if prev == "第":
            self._ordinal(s - 1, e, value)
            return
        if t.startswith(("届", "屆"), e) and self._sessions_held(s, e):
            return
        if prev == "后" and _BOTTOM_BAND.match(t, e):
            self.add(s - 1, e + 1, value, None, None, "ordinal_phrase")     # 排名后3位的单位
            return
        if prev == "前" and self._top_n_at(s, e):
            quarter = _QUARTER.match(t, e)
            if quarter:
                self.add(s - 1, quarter.end(), None, None, None, "date")     # 前3季度
            else:
                self._top_n(s, e, value)
            return
        if len(core) == 1 and self._coined_arabic(core, s, e):
            return
        if t.startswith("等奖", e):
            self._prize(s, e + 2, value)                                  # 获3等奖
            return
        # years and year ranges
        if len(core) == 4 and core.isdigit() and 1900 <= int(core) <= 2099 and t.startswith("版", e):
            self.add(s, e + 1, value, None, None, "ordinal_phrase")          # 2021版: an edition
            return
        if len(core) == 4 and core.isdigit() and 1900 <= int(core) <= 2099:
            ym = _YEAR_TAIL.match(t, e)
            if ym and (ym.group("nian") or ym.group("y2")):
                end = ym.end()
                after = _AFTER_YEAR.match(t, end) if ym.group("nian") else None
                high = Decimal(ym.group("y2")) if ym.group("y2") else None
                if after:
                    self._finish(s, after.end(), value, None, None, "date", high)
                else:
                    self._finish(s, end, value, "年", None, "year", high)
                return
        if len(core) == 4 and core.isdigit() and 1900 <= int(core) <= 2099 and not counted and \
                not t.startswith(("万", "亿", "%", "余", "多", "成"), e) and prev not in "约近超逾达共计" and \
                not _FRAC_TAIL.match(t, e) and not _RANGE_TAIL.match(t, e):
            # 2023总共需办理, 2035远景目标, 2024全年: a calendar year without 年 before a word that
            # counts nothing; a count of 2023 always carries its measure word (2023件)
            self._finish(s, e, value, None, None, "year")
            return
        # months and days
        if core.isdigit() and 1 <= int(core) <= 12:
            mm = _MONTH_TAIL.match(t, e)
            if mm and not t.startswith("个", e):
                self._finish(s, mm.end(), None, None, None, "date")
                return
        # fractions 1/3
        fm = _FRAC_TAIL.match(t, e)
        if fm and core.isdigit() and int(fm.group("d")) > 0:
            ps, pre = _prefix(t, s, floor)
            frac = (value / Decimal(fm.group("d"))).quantize(Decimal("0.000001"))
            post = _PCT_POST.match(t, fm.end())         # 减少2/3以上: the bound is the fraction's, as 90%以上's
            self._finish(ps, post.end() if post else fm.end(), frac, None,
                         _approx(pre, post.group("w") if post else None), "fraction")
            return
        ps, pre = _prefix(t, s, floor)
        pr = _PERCENT_RANGE.match(t, e)
        if pr:
            # 降幅40%-50%: one range, whose two ends each carry their %
            self._finish(ps, pr.end(), value, "%", pre, "range", _dec(pr.group("n")))
            return
        # ranges 4—7个工作日, 4-7, 4至7
        rm = _RANGE_TAIL.match(t, e)
        if rm and len(rm.group("n")) <= 6:
            tail = _AR_TAIL.match(t, rm.end())
            lo, unit, approx, end, kind = self._scaled(value, tail, e)
            hi, *_ = self._scaled(_dec(rm.group("n")), tail, e)
            end = max(end, rm.end())
            if self._is_day(unit, hi, s, end):
                self._finish(s, end, None, None, None, "date")      # 于21—22日
                return
            self._finish(ps, end, lo, unit, _approx(pre, approx), "range", hi)
            return
        if self._tenths(ps, e, value, pre):
            return
        tail = _AR_TAIL.match(t, e)
        val, unit, approx, end, kind = self._scaled(value, tail, e)
        if unit is None and t.startswith("大", end) and not _NOUN_RE.match(t, end) and \
                not _NOUN_MOD_RE.match(t, end) and not t.startswith(("大批", "大量", "大多"), end) and \
                not (tail.group("sc") and _MILESTONE.match(t, end)):
            self._group(s, end + 1, val)                               # 3大平台, as 三大平台
            return
        if unit is None:
            noun = _open_unit(t, end)
            if noun:
                unit, end, kind = noun[0], noun[1], "count"
                if not approx and (post := _PCT_POST.match(t, end)):
                    # 积分40000分以上的人员: a bound; 接通时长压缩至15秒以内: a limit
                    approx, end = post.group("w"), post.end()
        elif unit != "次" and unit in _COUNT_THEN_CI and t.startswith("次", end) and \
                not t.startswith(_NOT_CI, end + 1):
            unit, end = unit + "次", end + 1                       # 248件次, 45车次
        if unit == "个":
            unit, end, kind = self._span_unit(unit, s, end, kind)
        if self._is_day(unit, val, s, end):
            self._finish(ps, end, None, None, None, "date")
            return
        if unit == "年" and _PLAN_NAME.match(t, end):
            self.add(s, end, val, None, None, "ordinal_phrase")     # 3年行动计划: a plan's name
            return
        if unit == "月":
            kind, val = ("date", None) if core.isdigit() and int(core) <= 12 else ("duration", val)
        if kind == "duration" and end < len(t) and t[end] == "半":
            val, end = val + Decimal("0.5"), end + 1
        if kind == "percent" and not pre and (over := _HEDGE_OVER_ITS_BASE.search(t[max(floor, s - 16):s])):
            # 超过年度计划的110%: the hedge stands before the base the share is of
            ps, pre = s - len(over.group()), over.group("w") or over.group("v")
        self._finish(ps, end, val, unit, _approx(pre, approx), kind)

    def _vague(self, word: str, s: int, e: int, floor: int):
        """数十场 (tens: 10-90), 上百名 (a hundred or more), 半数以上/过半 (half): hedged amounts a model
        likes to write. They come out with their real vagueness, never as an exact 10 or 100."""
        t = self.t
        if word == "过半" and _PROGRESS_BEFORE.search(t, max(0, s - 2), s):
            self.add(s, e, None, None, None, "ordinal_phrase")     # 时间过半、任务过半: on schedule
            return
        if word in ("过半", "半数"):
            post = _HALF_TAIL.match(t, e)
            hedge = "超过" if word == "过半" or post.group(1) == "以上" else "约"
            self._finish(s, post.end(), Decimal(50), "%", hedge, "percent")
            return
        if word == "一半":
            # 近一半, 一半以上: a fraction like 三分之一, with whatever hedge is written around it
            ps, pre = _prefix(t, s, floor)
            post = _PCT_POST.match(t, e)
            self._finish(ps, post.end() if post else e, Decimal("0.5"), None,
                         _approx(pre, post.group("w") if post else None), "fraction")
            return
        tail = _CN_TAIL.match(t, e)
        unit = tail.group("unit") if tail else None
        if not unit:
            return                                     # 人数十分, 数万: no measure word, no claim
        magnitude = Decimal(_chinese.parse(word[1:]))
        unit = normalize_unit(unit)
        if word[0] == "上":
            value, high, hedge = magnitude, None, word          # 上万人: ten thousand or more
        else:
            value, high, hedge = magnitude, magnitude * 9, "约"
        ps, pre = _prefix(t, s, floor)
        self._finish(ps, tail.end(), value, unit, _approx(pre, hedge), _kind_for_unit(unit), high)

    def _tenths(self, s: int, e: int, value: Decimal, pre: str | None) -> bool:
        """四成 is 40%: emitted as a percentage so the verifier holds it to a fact like any other."""
        m = _TENTHS.match(self.t, e)
        if not m or not 0 < value <= 10:
            return False
        self._finish(s, m.end(), value * 10, "%", _approx(pre, m.group("a"), m.group("post")), "percent")
        return True

    def _is_day(self, unit, value, s: int, end: int) -> bool:
        """21日 / 21—22日 say when (于21日, 9月21日至22日), unless they bound a time (5日内, and
        控制在15日以内, whose 以内 the figure has taken in)."""
        t = self.t
        return unit == "日" and value is not None and value <= 31 and \
            not t.startswith(("内", "以内", "之内"), end) and \
            not (t.endswith(("以内", "之内"), 0, end) and t[s - 1:s] != "月") and (
                bool(_DAY_BEFORE.search(t, max(0, s - 8), s)) or bool(_DAY_AFTER.match(t, end))
                or (t.startswith(("，", ","), end) and bool(_DAY_OPENS.search(t, max(0, s - 1), s)))
                or self._repeats_dateline_day(value, s))

    def _repeats_dateline_day(self, day: Decimal, s: int) -> bool:
        """新华社北京12月26日电（记者…）26日提请…: a news item names its day again, bare, after
        the dateline; the same day of a full date just before, opening a clause, says when, not
        how long."""
        if not s or self.t[s - 1].isdigit():
            return False
        window, before = self.t[max(0, s - 60):s], self.t[s - 1]
        if re.search(rf"月0?{int(day)}日电", window) and before not in "至到为":
            return True                            # 2月22日电…发言人刘友宾22日在北京表示
        if before not in "）)。；;\n \u3000":
            return False                           # 由20日压缩至10日 is a time limit, whatever the date
        return re.search(rf"月0?{int(day)}[日号]", window) is not None

    def _reference(self, s: int, e: int) -> tuple[int, int] | None:
        """（见表1）, 如图3所示, 详见附件2: the number of a table, figure or attachment the text
        points at, a name; 地图3张 still counts maps (a measure word follows, no pointing word)."""
        t = self.t
        ref = _REFERENCE_BEFORE.search(t, max(0, s - 5), s)
        if not ref:
            return None
        shown = _SHOWN_AFTER.match(t, e)
        if shown:
            return ref.start(), shown.end()
        if _UNIT_START.match(t, e) or t.startswith(("万", "亿", "%", "余", "多"), e):
            return None                            # 通报典型案例10余件: a count of cases
        return ref.start(), e

    def _service_number(self, core: str, s: int, e: int) -> bool:
        """12345热线, 12348法律服务热线, 96166, 拨打110: a number people dial, not a count."""
        t = self.t
        if not core.isdigit() or not 3 <= len(core) <= 8 or (core.startswith("0") and "." in t[e:e + 1]) or \
                t.startswith(("万", "亿", "%", "余", "多"), e):
            return False
        unit = _UNIT_START.match(t, e)
        if unit and not self._names_a_line(core, unit.group(), e):
            return False
        if len(core) == 5 and core.startswith(("123", "95", "96")) or core.startswith("0"):
            return True                                  # national service numbers; 0599 area codes
        if self._listed_with_service_number(s):
            return True                                  # 信访、12345、710政务督办
        dialled = bool(_DIALLED.fullmatch(core)) and not (len(core) == 4 and 1900 <= int(core) <= 2099)
        return bool(_SERVICE_AFTER.match(t, e) or _SERVICE_BEFORE.search(t, max(0, s - 4), s)
                    or (dialled and _SERVICE_DESK_AFTER.match(t, e))
                    or _SERVICE_LIST_AFTER.match(t, e) or _SERVICE_LIST_BEFORE.search(t, max(0, s - 40), s))

    def _listed_with_service_number(self, s: int) -> bool:
        """The item before this one in a 、 list is a number people dial: 12345、710政务督办."""
        t = self.t
        j = s - 1
        if j < 0 or t[j] not in "、/和与及":
            return False
        for prev in reversed(self.out):
            if prev[1] <= j:
                return prev[1] == j and prev[5] == "ordinal_phrase" and \
                    t[prev[0]:prev[1]].isdigit() and 3 <= prev[1] - prev[0] <= 8
        return False

    def _names_a_line(self, core: str, unit: str, e: int) -> bool:
        """12345市民服务热线, 8890市长热线, 12333人社热线: the character after the number opens the
        line's name, not a measure word; 128个服务热线 still counts lines."""
        national = len(core) == 5 and core.startswith(("123", "95", "96")) and \
            unit not in ("件", "次", "个", "条", "项", "起", "宗", "人次", "件次", "万", "亿")
        return (unit in _NOUN_ONLY or national) and bool(_SERVICE_AFTER.match(self.t, e))

    def _cn_range(self, s: int, e: int, floor: int) -> bool:
        """三至五个工作日: both ends in words, then the unit they share, a range like 3至5个工作日."""
        t = self.t
        rm = _CN_RANGE.match(t, e)
        tail = _CN_TAIL.match(t, rm.end()) if rm else None
        if not tail or not tail.group("unit") or tail.group("unit") in ("月", "季", "季度", "号") or \
                tail.group("unit") == "日" and not self._days_within(s, tail):
            return False
        lo, hi = _chinese.parse(t[s:e]), _chinese.parse(rm.group("hi"))
        if lo is None or hi is None or hi <= lo:
            return False
        unit = normalize_unit(tail.group("unit"))
        ps, pre = _prefix(t, s, floor)
        self._finish(ps, tail.end(), lo, unit, _approx(pre, tail.group("a1"), tail.group("post")), "range", hi)
        return True

    def _days_within(self, s: int, tail: re.Match) -> bool:
        """三至七日内调处完毕: a range of days that a time limit bounds (内 after it, no 月 before
        it) is a span; 三至五日 alone may be days of a month."""
        bounded = (tail.group("post") or "").endswith("以内") or self.t.startswith(("内", "以内", "之内"), tail.end())
        return bounded and self.t[s - 1:s] != "月"

    def _framing(self, s: int, e: int, value: Decimal) -> int | None:
        """The end of 三个方面 in 从三个方面推进 (framing language), or None for a count."""
        t = self.t
        noun = _FRAMING_NOUN.match(t, e)
        if not noun or value > 10 or _FRAMING_COUNT_AFTER.match(t, noun.end()) or \
                not _FRAMING_BEFORE.search(t, max(0, s - 20), s):
            return None
        if self._restates_list(s, value):
            return None          # 聚焦乱收费、乱罚款、乱检查、乱查封四个方面: the list's size, held to it
        return noun.end()

    def _coined_arabic(self, core: str, s: int, e: int) -> bool:
        """3项制度 is 三项制度: a coined name written with an Arabic digit; 等3项制度成果 counts
        the list before 等, and no coined name follows 等."""
        t = self.t
        if s and t[s - 1] == "等":
            return False
        for word in _COINED_BY_HEAD.get("〇一二三四五六七八九"[int(core)], ()):
            if t.startswith(word[1:], e) and not _cuts_a_measure(t, e, e + len(word) - 1):
                self.add(s, e + len(word) - 1, Decimal(core), None, None, "ordinal_phrase")
                return True
        return False

    @staticmethod
    def _scaled(value, tail, e):
        """Fold 千/万/亿 into counts; money keeps them in its unit (8.76亿元 -> 8.76 亿元)."""
        if tail is None or tail.end() == tail.start():
            return value, None, None, e, "number"
        sc = tail.group("sc")
        unit = tail.group("unit")
        approx = _approx(tail.group("a1"), tail.group("a2"), tail.group("post"))
        if unit and tail.group("pu") and not unit.endswith("次"):
            unit += "次"
        unit = normalize_unit(unit) if unit else None
        if unit == "百分点":
            unit = "个百分点"
        if sc and unit in CURRENCIES:
            unit = sc + unit
        elif sc:
            value = value * {"千": 1_000, "万": 10_000, "亿": 100_000_000, "万亿": 10 ** 12}[sc]
        return value, unit, approx, tail.end(), _kind_for_unit(unit) if unit else "number"

    def _prize(self, s: int, end: int, value: Decimal | None):
        """三等奖: the grade of a prize won is a result, held to a fact like a place in a ranking
        (a 二等奖 written for the 三等奖 won is a wrong figure). ``end`` ends the mention: after
        等奖, or after the numeral alone when 等奖 closes a list (一、二、三等奖)."""
        if value is None or self.quotes.containing(s) or self.titles.containing(s):
            self.add(s, end, value, None, None, "ordinal_phrase")
            return
        self._finish(s, end, value, "等奖", None, "rank")

    def _ordinal(self, s: int, e: int, value: Decimal):
        """第N…: a rank (第10名, 排名第一) needs a fact; 第10批 / 第二次 is just an ordinal."""
        t = self.t
        quarter = _QUARTER.match(t, e)
        if quarter:
            self.add(s, quarter.end(), None, None, None, "date")          # 第一季度
            return
        if t.startswith(("名", "位"), e):
            self._finish(s, e + 1, value, t[e], None, "rank")
            return
        if t.endswith("连续", 0, s) and t.startswith(("年", "次"), e):
            # 连续第三年获评优秀: a streak of three years, a figure the clerk must have
            self._finish(s - 2, e + 1, value, t[e], None, "duration" if t[e] == "年" else "count")
            return
        tier = _TIER.match(t, e)
        if tier and tier.group() in _GRADES and (_ORD_RANK_BEFORE.search(t, max(0, s - 14), s) or
                                                  t.endswith(_GRADED_AS, 0, s)):
            self._finish(s, tier.end(), value, None, None, "rank")   # 位列全市第一档次: a grade won
            return
        if tier:
            self.add(s, tier.end(), value, None, None, "ordinal_phrase")   # 第一方阵: a tier
            return
        more = _ORDINAL_LIST[t[e - 1].isdigit()].match(t, e)
        if more:
            # 第六、七、八次会议, 第七、八、九轮巡察: one 第 makes each numeral of the list an ordinal
            end = more.end()
            if t.startswith("季度", end):
                self.add(s, end + 2, None, None, None, "date")          # 第二、三季度
            else:
                self.add(s, end + 1, value, None, None, "ordinal_phrase")
            return
        if e < len(t) and t[e] in "届屆":
            # 市政府第17届1次常务会议: the session and the sitting are one name
            self.add(s, _MEETING_TAIL.match(t, e).end(), value, None, None, "ordinal_phrase")
            return
        if e < len(t) and t[e] in "批次轮届期项个条款章节部分季阶步环家单份方场":
            # 全国第一单…保单落地, 全省第一家: the first of its kind, which no ranking placed;
            # 全市“一网通办”第三方评估: a third party
            self.add(s, e + 1, value, None, None, "ordinal_phrase")
            return
        if _ORD_RANK_BEFORE.search(t, max(0, s - 14), s) or _RANK_VERB_FAR_BEFORE.search(t, max(0, s - 28), s):
            self._finish(s, e, value, None, None, "rank")
            return
        self.add(s, e, value, None, None, "ordinal_phrase")

    # -- Chinese --------------------------------------------------------------------------
    def _chinese(self, core: str, s: int, e: int, floor: int):
        t = self.t
        coined = _word_at(t, s, _COINED_INDEX)
        word = _word_at(t, s, _NOT_NUMBER_INDEX)
        coined = None if coined and (_cuts_a_measure(t, e, coined[1]) or t[s - 1:s] == "等") else coined
        word = None if word and _cuts_a_measure(t, e, word[1]) else word
        if coined and (not word or coined[1] - coined[0] >= word[1] - word[0]):
            self.add(max(coined[0], floor), coined[1], _chinese.parse(core), None, None, "ordinal_phrase")
            return
        prev = t[s - 1] if s else "\x00"
        # 第一批 is an ordinal even though 一批 is a word; 第一时间 starts at 第 and stays a word
        if word and word[0] == s and _chinese.parse(core) in sizes_referred_back(t, s):
            word = None                              # 上述三类: the 三类 of the list just given
        if word and word[0] == s and t.startswith("类", e) and _closes_a_list(t, s):
            word = None                              # 人民调解、行政调解、司法调解三类调解资源: the list's count
        if word and word[0] < s and word[1] == s + 1 and e > s + 1 and t[s + 1] in "十百千万亿":
            word = None                              # 审查合同一百余份: 同一 ends where 一百 goes on
        if word and "点" in core and word[0] >= s and word[1] < e:
            word = None                              # 一点二六万件: a decimal, not the word 一点
        if word and not (prev == "第" and word[0] >= s):
            # a word that starts here and ends inside the core still hides only its part
            if word[1] >= e or word[0] < s:
                return
        nxt = t[e] if e < len(t) else "\x00"
        if core == "一" and nxt in _MEASURE_CHARS and t.startswith(nxt, e + 1):
            return                                   # 一件件实事, 一个个典型: "one after another"
        won = _TIMES_WON.match(t, e) if len(core) == 1 and core in _GROUP_SIZES else None
        if won:
            # 三获全国优秀, 两度获评: how many times an honour was won, a figure like 3次
            self._finish(s, won.end(), _chinese.parse(core), "次", None, "count")
            return
        if t.startswith("等奖", e):
            self._prize(s, e + 2, _chinese.parse(core))                  # 荣获三等奖
            return
        grades = _PRIZE_GRADES_AFTER.match(t, e) if len(core) == 1 else None
        if grades:
            # 分获一、二、三等奖: one 等奖 makes each grade of the list a prize won
            self._prize(s, e, _chinese.parse(core))
            return
        if prev != "第" and self._cn_range(s, e, floor):
            return
        compound = _NUMERAL_COMPOUND.match(t, e)
        if compound and not compound.group("noun").startswith(MEASURE_WORDS) and \
                not t.startswith(("届", "屆", "中全会", "次全会", "是"), e):        # 三是进一步: a list mark
            # 一地两区, 四强两保障, 三区两地: two numerals each glued to a bare noun make a coined
            # name; a count takes a measure word (3个乡镇2个街道), never a bare noun
            self.add(s, compound.end(), _chinese.parse(core), None, None, "ordinal_phrase")
            return
        # party meetings: 十九大, 二十届三中全会, 十八届四中全会, 三中全会
        if nxt in "届屆":
            if self._sessions_held(s, e):
                return
            mm = _MEETING_TAIL.match(t, e)
            self.add(s, mm.end(), _chinese.parse(core), None, None, "ordinal_phrase")
            return
        if nxt == "大" and _NOUN_RE.match(t, e) and len(core) == 1 and not t.startswith(("大批", "大量", "大多"), e) \
                and not t.startswith("间", _NOUN_RE.match(t, e).end()):
            noun = _NOUN_RE.match(t, e)                                  # 四大类, 五大板块
            value = _chinese.parse(core)
            if value is not None:
                ps, pre = _prefix(t, s, floor)
                self._finish(ps, noun.end(), value, noun.group()[1:], pre, "count")
            return
        noun = _NOUN_MOD_RE.match(t, e) if nxt == "大" and (len(core) == 1 or core == "十") else None
        if noun:                                                         # 八大重点领域
            value = _chinese.parse(core)
            if value is not None:
                ps, pre = _prefix(t, s, floor)
                self._finish(ps, noun.end(), value, noun.group()[3:], pre, "count")
            return
        if nxt == "大" and not t.startswith(("大批", "大量", "大多"), e) and \
                not (core[-1] in "百千万亿" and _MILESTONE.match(t, e)):
            if core in _GROUP_SIZES or (core == "十" and t.startswith(_TEN_MEASURES, e + 1)):
                self._group(s, e + 1, _chinese.parse(core))           # 三大职能, 五大消费投诉热点, 采取十大措施
            else:
                self.add(s, e + 1, _chinese.parse(core), None, None, "ordinal_phrase")   # 二十大, 十大典型案例
            return
        pm = _PLENUM_TAIL.match(t, e)
        if pm:
            self.add(s, pm.end(), _chinese.parse(core), None, None, "ordinal_phrase")
            return
        # five-year plans 十四五 and 普法 rounds 七五普法
        if core in ("十一五", "十二五", "十三五", "十四五", "十五五"):
            self.add(s, _FIVE_YEAR_TAIL.match(t, e).end(), None, None, None, "ordinal_phrase")
            return
        if len(core) == 2 and core[1] == "五" and t.startswith("普法", e):
            self.add(s, e + 2, None, None, None, "ordinal_phrase")
            return
        # inline list markers: 一是 二是, 第一，
        if nxt == "是" and prev in "\x00。；;：:，,、\n \t\u3000）)" and len(core) <= 2:
            self.add(s, e + 1, _chinese.parse(core), None, None, "ordinal_phrase")
            return
        if core == "一" and t.startswith("个是", e) and prev in "\x00。；;：:，,\n" and _SECOND_MARK.search(t, e, e + 400):
            # 成效主要是三个方面：一个是…，二是…: a spoken list's first mark (其中：一个是国家级 counts)
            self.add(s, e + 2, _chinese.parse(core), None, None, "ordinal_phrase")
            return
        if prev == "第":
            value = _chinese.parse(core)
            if value is None:
                return
            before_di = t[s - 2] if s >= 2 else "\x00"
            closes_aside = before_di in "）)" and bool(_ORD_RANK_BEFORE.search(t, max(0, s - 16), s - 1))
            if nxt in "，,、：:" and before_di in "\x00。；;：:，,\n \t\u3000）)" and not closes_aside:
                # 第一，… opens a list; 位居全省县（市、区）第一， is the place held, its bracket a name's
                self.add(s - 1, e, value, None, None, "ordinal_phrase")      # 第一，… (a list)
                return
            self._ordinal(s - 1, e, value)
            return
        if _QUARTER.match(t, e) and core in "一二三四":
            start = s - 1 if prev in "第前" else s
            self.add(start, e + 2, None, None, None, "date")              # 一季度, 前三季度
            return
        if prev in "周" or t.startswith("星期", max(0, s - 2)) and s >= 2:
            if len(core) == 1:
                return                                                  # 周二, 星期三: a weekday
        if prev == "后" and _BOTTOM_BAND.match(t, e):
            self.add(s - 1, e + 1, _chinese.parse(core), None, None, "ordinal_phrase")   # 排名后三位的单位
            return
        if prev == "前" and self._top_n_at(s, e):
            value = _chinese.parse(core)
            if value is not None:
                self._top_n(s, e, value)                                    # 全省前五
            return
        # digit-by-digit years: 二〇二三年
        if len(core) == 4 and nxt == "年" and all(ch in _chinese.DIGITS for ch in core):
            self._finish(s, e + 1, _chinese.parse(core), "年", None, "year")
            return
        # 两三个: a vague "two or three", never 23
        vague = core[:2] if core[:2] in _chinese.VAGUE_PAIRS else None
        if vague and len(core) == 2:
            tail = _CN_TAIL.match(t, e)
            if tail and tail.group("unit"):
                unit = normalize_unit(tail.group("unit"))
                self._finish(s, tail.end(), _chinese.parse(core[0]), unit, "约", _kind_for_unit(unit),
                             _chinese.parse(core[1]))
            return
        value = _chinese.parse(core)
        if value is None:
            if self.quotes.containing(s) or self.titles.containing(s):
                self.add(s, e, None, None, None, "ordinal_phrase")
            return
        if nxt == "成" and not (self.quotes.containing(s) or self.titles.containing(s)):
            ps, pre = _prefix(t, s, floor)
            if self._tenths(ps, e, value, pre):
                return
        tail = _CN_TAIL.match(t, e)
        unit = tail.group("unit") if tail else None
        if not unit:
            if self.quotes.containing(s) or self.titles.containing(s):
                self.add(s, e, value, None, None, "ordinal_phrase")
            elif _ORG_AFTER.match(t, e) and s and "\u4e00" <= t[s - 1] <= "\u9fff":
                self.add(s, e + 1, value, None, None, "ordinal_phrase")     # 中铁十八局: a name
            elif len(core) >= 2 and value >= 10:
                # 十九, 两千, 一万余 standing alone: a number, but one without a measure word
                ps, pre = _prefix(t, s, floor)
                a1 = tail.group("a1") if tail else None
                self.add(ps, tail.end() if a1 else e, value, None, _approx(pre, a1), "number")
            return
        framing = self._framing(s, e, value)
        if framing:
            self.add(s, framing, value, None, None, "ordinal_phrase")
            return
        ps, pre = _prefix(t, s, floor)
        end = tail.end()
        if unit == "个" and t.startswith(("多月", "半月"), end):
            # 为期两个多月, 历时两个半月: a span of months, as 3个多月 is
            half = t[end] == "半"
            self._finish(ps, end + 2, value + Decimal("0.5") if half else value, "个月",
                         _approx(pre, None if half else "多"), "duration")
            return
        unit = normalize_unit(unit + ("次" if tail.group("pu") and not unit.endswith("次") else ""))
        if unit in _COUNT_THEN_CI and t.startswith("次", end) and not t.startswith(_NOT_CI, end + 1):
            unit, end = unit + "次", end + 1                             # 两千件次
        if unit == "年" and _PLAN_NAME.match(t, end):
            self.add(s, end, value, None, None, "ordinal_phrase")       # 五年实施方案
            return
        if unit == "百分点":
            unit = "个百分点"
        if unit == "元" and core[-1] in "万亿" and len(core) > 1:
            value = _chinese.parse(core[:-1])
            if value is None:
                return
            unit = core[-1] + "元"
        if unit == "周" and t.startswith("年", end):
            self.add(s, end + 1, value, None, None, "ordinal_phrase")      # 十周年: an anniversary
            return
        if self._is_day(unit, value, s, end):
            self._finish(ps, end, None, None, None, "date")             # 九月二十一日至二十二日
            return
        kind = _kind_for_unit(unit)
        if unit == "月":
            kind = "date" if value <= 12 and not _SINCE_LAUNCH.search(t, max(0, ps - 3), ps) else "duration"
            if kind == "date":
                value = None
        if kind == "duration" and end < len(t) and t[end] == "半":
            value, end = value + Decimal("0.5"), end + 1
        self._finish(ps, end, value, unit, _approx(pre, tail.group("a1"), tail.group("post")), kind)


def scan(text: str) -> list[tuple]:
    """(start, end, value, unit, approx, kind, value_high) tuples, sorted, non-overlapping."""
    out = _Scanner(text).run()
    out.sort(key=lambda r: (r[0], -r[1]))
    clean = []
    last = -1
    for row in out:
        if row[0] >= last and row[1] > row[0]:
            clean.append(row)
            last = row[1]
    t = text.translate(_NORM)
    return _units_carried_back(t, _hedges_carried(t, clean))


_BOUND_AFTER = ("以内", "以下", "以上", "左右", "上下")


def _units_carried_back(t: str, rows: list[tuple]) -> list[tuple]:
    """较上年分别提高1.2和2.9个百分点: a bare figure joined to the next by 和 or 、 shares its %
    or 个百分点, written once after the last, and so does a figure that kept only the 个 of it
    (0.6个和1.3个百分点). After 分别 it shares any unit and the bound that
    closes the pair too: 分别压缩至45和70个工作日以内 (45个工作日以内)."""
    out = list(rows)
    for k in range(len(out) - 2, -1, -1):
        s, e, value, unit, approx, kind, high = out[k]
        nxt = out[k + 1]
        if t[e:nxt[0]] in ("和", "、", "与", "及") and unit == "个" and nxt[3] == "个百分点" and high is None:
            out[k] = (s, e, value, "个百分点", approx, "percent", high)   # 分别提升0.6个和1.3个百分点
            continue
        if kind != "number" or unit is not None or value is None or nxt[3] is None or nxt[6] is not None \
                or t[e:nxt[0]] not in ("和", "、", "与", "及"):
            continue
        respective = "分别" in t[last_of(t, "，,。；;：:\n", s) + 1:s]
        if nxt[3] in ("%", "个百分点") or respective:
            bound = nxt[4] if respective and nxt[4] in _BOUND_AFTER and approx is None else approx
            out[k] = (s, e, value, nxt[3], bound, nxt[5], high)
    return out


# 分别突破26.2万件、22.8万件: one hedge before a 分别 list
_RESPECTIVE_HEDGE = ("突破", "超过", "超", "逾", "近", "约", "不少于", "不足", "不到", "达到", "均超过")
# 分别检查不少于2次、3次、4次: 分别 and the verb the list's figures share, right before the first
_RESPECTIVELY_BEFORE = re.compile(r"分别[\u4e00-\u9fff]{0,4}$")
# 理论中心组至少开展了1次学习培训: a floor set before the verb (每月至少到所联系的村（居）坐班服务1次:
# and its object)
_FLOOR_BEFORE_VERB = re.compile(r"(?:至少|最少)(?:[\u4e00-\u9fff“”]|[（(][\u4e00-\u9fff]{1,4}[）)]){1,16}?了?$")
# 贷款余额不超过公司资本净额5%: a ceiling set as a share of a base named between it and the figure
_CEILING_BEFORE_BASE = re.compile(r"(?P<c>不得?超过|不得?高于|不超出)[\u4e00-\u9fff]{2,12}?的?$")
_CARRIED_KINDS = ("count", "money", "duration", "percent")


_BOUND_OF_EITHER = frozenset({"不超过", "不高于", "不多于", "不少于", "不低于", "至少", "最多"})


def _hedges_carried(t: str, rows: list[tuple]) -> list[tuple]:
    """A hedge written once that holds for figures it does not touch: 分别突破26.2万件、22.8万件
    (both are 突破), 不超过3个月或60课时 (a bound on either of two alternatives), and 至少开展了1次
    (the floor stands before the verb, not the figure)."""
    out: list[tuple] = []
    run = None                       # the hedge of a 分别 list still being read
    for row in rows:
        s, e, value, unit, approx, kind, high = row
        prev = out[-1] if out else None
        if prev is None or t[prev[1]:s] != "、" or prev[5] != kind:
            run = None
        elif run is None and prev[4] in _RESPECTIVE_HEDGE and _RESPECTIVELY_BEFORE.search(t, max(0, prev[0] - 8), prev[0]):
            run = prev[4]
        if approx is None and kind in _CARRIED_KINDS:
            if run is not None:
                approx = run
            elif prev is not None and prev[4] in _BOUND_OF_EITHER and t[prev[1]:s] in ("或", "或者") \
                    and prev[5] in _CARRIED_KINDS:
                approx = prev[4]     # 不超过3个月或60课时: the bound holds for either
            elif kind in ("count", "duration", "percent") and _FLOOR_BEFORE_VERB.search(t, max(0, s - 20), s):
                approx = "至少"
            elif kind == "percent" and (ceiling := _CEILING_BEFORE_BASE.search(t, max(0, s - 16), s)):
                approx = "不高于" if "高于" in ceiling.group("c") else "不超过"
        out.append(row if approx == row[4] else (s, e, value, unit, approx, kind, high))
    return _about_carried_back(t, out)


def _about_carried_back(t: str, rows: list[tuple]) -> list[tuple]:
    """分别占篇幅的25%、50%、25%左右: after 分别, a 左右 closing a 、 run of like figures hedges each."""
    out = list(rows)
    k = len(out) - 1
    while k > 0:
        approx, kind, unit = out[k][4], out[k][5], out[k][3]
        first = k
        while first > 0 and out[first - 1][4] is None and out[first - 1][5] == kind and out[first - 1][3] == unit \
                and t[out[first - 1][1]:out[first][0]] == "、":
            first -= 1
        if approx in ("左右", "上下") and kind in _CARRIED_KINDS and first < k:
            clause = last_of(t, "，,。；;：:\n", out[first][0])
            if "分别" in t[clause + 1:out[first][0]]:
                for j in range(first, k):
                    out[j] = out[j][:4] + (approx,) + out[j][5:]
        k = first - 1 if first < k else k - 1
    return out
