"""The blank forms `drafter facts template` hands a clerk: an Excel workbook and a commented YAML.

The YAML is text, not generated from Facts, because its comments are the instructions.
"""

from __future__ import annotations

from pathlib import Path

TEMPLATE_YAML = """\
# 法治政府建设年度报告 · 事实材料
#
# 填好后运行：drafter facts check 事实材料.yaml   （检查有无填写错误）
#             drafter draft 事实材料.yaml -o 报告.docx
# 规则：冒号后加一个空格；缩进用空格，不要用 Tab；以 # 开头的是说明，可删除。

机关名称: 某区司法局          # 必填：报告机关全称
年度: 2023                   # 必填：报告所述年份（2023年的工作）
层级: 部门                   # 省 / 市 / 区县 / 乡镇 / 部门
骨架: 四段式                 # 四段式（举措成效、不足、第一责任人、安排） / 四段式（第一责任人在前） / 三段式
主送机关:                     # 可不填，如：中共某区委、某区人民政府；填写后报告以“特此报告。”结尾
署名:                         # 可不填，默认与机关名称相同
成文日期: 2024年1月26日       # 阿拉伯数字
上年报告:                     # 可不填：上年报告文件（.docx/.txt/.html），用于核对同比、沿用上年数据和上年计划

# 第一责任人履职情况（每条一行，以“- ”开头）
第一责任人履职:
  - 主要负责人切实履行推进法治建设第一责任人职责

# 主要举措和成效：每个事项成为一个（一）（二）……段落
工作事项:
  - 事项: 行政复议                 # 事项名称，下面「数据」的「主题」要与它一致
    标题: 发挥行政复议化解行政争议主渠道作用   # 可不填
    要点:
      - 畅通复议申请渠道，设立行政复议便民服务窗口

# 数字：数值只写阿拉伯数字，单位单独写；约数可写 余/多/近/约/超过/以上/不少于
# 上年值（可不填）：上年同一事项的数字，单位相同；填写后报告写出同比并核对
数据:
  - {事项: 收到行政复议申请, 数值: 37, 单位: 件, 主题: 行政复议, 上年值: 32}
  - {事项: 人民调解调处成功率, 数值: 99.26, 单位: "%"}
  - {事项: 开展普法宣传活动, 数值: 120, 单位: 场, 约数: 余}

存在的不足:
  - 填写存在的不足和原因

下一年度安排:
  - 填写下一年度主要安排
"""


def write_template(directory: Path, *, topics=(), skeletons=()) -> list[Path]:
    from ._excel import write_workbook

    directory.mkdir(parents=True, exist_ok=True)
    workbook = write_workbook(directory / "事实材料.xlsx", topics=topics, skeletons=skeletons)
    sample = directory / "事实材料.yaml"
    sample.write_text(TEMPLATE_YAML, encoding="utf-8")
    return [workbook, sample]
