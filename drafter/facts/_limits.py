"""Sane sizes for a facts file: far above any real report, far below what slows a machine down.

A real 法治政府建设年度报告 has a few dozen figures, labels of ten to thirty characters and
points of a sentence or two; a file thousands of times larger is a mistake (a pasted document,
a generated file) and is refused with a Chinese message before it is parsed or drafted.
"""

from __future__ import annotations

MAX_TEXT_FILE_BYTES = 2 * 1024 * 1024       # YAML / JSON
MAX_WORKBOOK_BYTES = 20 * 1024 * 1024       # .xlsx (zipped, styles and images count too)
MAX_FACTS = 1000
MAX_TOPICS = 60
MAX_POINTS = 300                            # per list of points
LENGTHS = {                                 # characters
    "机关名称": 100, "主送机关": 100, "署名": 100,
    "事项": 120, "单位": 20, "主题": 60, "编号": 40, "来源": 200,
    "标题": 120, "要点": 1000,
}


def file_too_big(size: int, suffix: str) -> str | None:
    limit = MAX_WORKBOOK_BYTES if suffix == ".xlsx" else MAX_TEXT_FILE_BYTES
    if size <= limit:
        return None
    return (f"文件过大（{size / 1024 / 1024:.1f} MB，事实材料文件最大 {limit // 1024 // 1024} MB），"
            "请确认选对了文件，只保留基本信息、工作事项、数据和要点")


def too_long(text: str | None, field: str) -> str | None:
    limit = LENGTHS.get(field)
    if text is None or limit is None or len(text) <= limit:
        return None
    return f"内容过长（{len(text)}字，最多{limit}字），请精简"


def too_many(count: int, limit: int, what: str) -> str | None:
    if count <= limit:
        return None
    return f"共{count}条{what}，最多{limit}条；请合并或删去不在报告中使用的{what}"
