"""Regenerates the binary and non-UTF-8 test inputs in this folder.

Run from the repository root: ``.venv/bin/python tests/data/corpus/make_inputs.py``.
The texts are invented in the style of real reports; they are test inputs, not exemplars.
"""

from __future__ import annotations

from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent

GBK_REPORT = """某某县司法局关于2021年度法治政府建设情况的报告

2021年，在县委、县政府的坚强领导下，我局深入学习贯彻习近平法治思想，认真落实《法治政府建设实施纲要（2021—2025年）》。现将有关情况报告如下：
一、党政主要负责人履行推进法治建设第一责任人职责情况
局主要负责人认真履行推进法治建设第一责任人职责，全年主持召开党组会议专题研究法治建设工作4次，带头开展述法。
二、2021年推进法治政府建设的主要举措和成效
（一）加强行政复议工作。全年收到行政复议申请12件，受理11件，审结10件，其中维持7件、撤销2件、终止1件，纠错率18%，行政复议决定书全部网上公开。
（二）规范行政执法行为。全面落实行政执法“三项制度”，组织开展行政执法案卷评查2次，评查案卷86卷，发现问题12个，均已整改到位。
三、存在的不足和原因
一是法治宣传教育的针对性还不够强；二是部分执法人员的专业素质有待提升；三是基层法治力量相对薄弱。
四、2022年推进法治政府建设的主要安排
（一）深入推进行政复议体制改革。
（二）持续加强执法队伍建设，全年组织执法人员培训不少于2次。
"""

TRADITIONAL_REPORT = """某某區人民政府關於2019年度法治政府建設情況的報告

2019年，區政府堅持以習近平新時代中國特色社會主義思想為指導，深入推進依法行政。現將有關情況報告如下：
一、2019年推進法治政府建設情況
（一）依法化解行政爭議。全年辦理行政復議案件25件，審結23件，行政復議決定書全部網上公開；行政機關負責人出庭應訴率達到100%。
（二）推進政務公開。全年主動公開政府信息3200餘條，辦理依申請公開45件，按時答覆率100%。
二、存在的問題
與上級要求相比還存在一些差距：依法決策意識有待增強，執法規范化水平還需提高。
三、2020年工作打算
（一）健全重大行政決策程序制度，嚴格落實公眾參與、專家論證、風險評估、合法性審查和集體討論決定程序。
"""

HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>某某市人民政府2020年度法治政府建设情况报告_某某市人民政府网</title>
<style>.nav{color:red}</style><script>var tracker = "统计代码不应出现在正文";</script></head>
<body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/hdjl">互动交流</a></div>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 法治政府建设</div>
<table class="meta"><tr><td>索引号：11500000-2021-00012</td><td>发文字号：</td></tr>
<tr><td>发布日期：2021-03-28</td><td>浏览次数：1024</td></tr></table>
<div id="content">
<h1>某某市人民政府关于2020年度法治政府建设情况的报告</h1>
<p>2020年，市政府深入学习贯彻习近平法治思想，统筹推进疫情防控和法治政府建设。现将有关情况报告如下：</p>
<p>一、2020年推进法治政府建设的主要举措和成效</p>
<p><strong>(一)严格规范性文件备案审查。</strong>全年审查市政府规范性文件28件，向市人大常委会报备28件，报备率、及时率均为100%；清理规范性文件156件，废止12件。</p>
<p><strong>(二)深化“放管服”改革。</strong>公布市级权力清单2340项，全面推行证明事项告知承诺制，企业开办时间压缩至1个工作日。</p>
<p>二、存在的不足和原因</p>
<p>一是行政执法监督力量不足；二是基层法治宣传形式较为单一。</p>
<p>三、2021年工作安排</p>
<p>(一)全面落实重大行政决策程序规定，编制年度决策事项目录。</p>
</div>
<div class="share">分享到：微信 微博</div>
<div class="footer">网站地图 | 联系我们<br>主办单位：某某市人民政府办公室 京ICP备12345678号</div>
</body></html>
"""

DOCX_PARAGRAPHS = [
    "某某镇人民政府",
    "关于2022年度法治政府建设情况的报告",
    "县委、县政府：",
    "2022年，我镇在县委、县政府的正确领导下，深入贯彻党的二十大精神，扎实推进法治政府建设。现将有关情况报告如下：",
    "一、2022年推进法治政府建设的主要举措和成效",
    "（一）强化组织领导。镇党委书记、镇长带头履行推进法治建设第一责任人职责，全年召开专题会议3次。",
    "（二）深入开展普法宣传。开展“宪法宣传周”和送法下乡活动12场次，发放宣传资料3000余份，以案释法引导群众依法维权。",
    "（三）化解矛盾纠纷。全年调处矛盾纠纷86件，调处成功率98.8%，信访总量同比下降15%。",
    "二、存在的不足和原因",
    "法治力量较为薄弱，村（社区）法律顾问作用发挥还不充分。",
    "三、2023年工作打算",
    "（一）持续深化普法宣传，推动“八五”普法规划落实。",
    "某某镇人民政府",
    "2023年1月20日",
]


def main() -> None:
    (HERE / "gbk_report.txt").write_bytes(GBK_REPORT.encode("gbk"))
    (HERE / "traditional_report.txt").write_text(TRADITIONAL_REPORT, encoding="utf-8")
    (HERE / "chrome_page.html").write_text(HTML_PAGE, encoding="utf-8")
    document = docx.Document()
    for text in DOCX_PARAGRAPHS:
        document.add_paragraph(text)
    document.save(HERE / "township_report.docx")
    (HERE / "empty.txt").write_bytes(b"")
    (HERE / "corrupt.docx").write_bytes(b"PK\x03\x04 this is not really a Word file \x00\x01\x02")


if __name__ == "__main__":
    main()
