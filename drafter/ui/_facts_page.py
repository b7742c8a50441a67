"""Facts entry without markup: 工作事项 and their 要点 as table rows, 主题 and 部分 from drop-downs.

A clerk used to type 【事项名称】 and `- 要点` lines into one box and retype 主题 to match
exactly. Here each 要点 is one row of a table (主题 | 工作事项标题 | 要点, a blank 主题 meaning
"the same as above"), a small form adds a 工作事项 with several 要点 at once, and clicking a row
of either table offers its 主题 (and, for figures, 部分) in a drop-down: Gradio 6's Dataframe
has no drop-down cells, so the drop-down sits under the table and writes into the picked row.
The pure functions come first so the tests check the conversion without a browser.
"""

from __future__ import annotations

import re

import gradio as gr

from drafter.facts import SECTIONS, Facts

TOPIC_COLUMNS = ["主题", "工作事项标题（可不填）", "要点"]
TOPIC, HEADING, POINT = 0, 1, 2
# the facts table's 主题 and 部分 columns (see _events.FACT_COLUMNS)
FACT_TOPIC, FACT_SECTION = 4, 5
INFERRED_MARK = "（推断）"
UNSET = "（不填，按事项推断）"
_MARKERS = re.compile(r"^\s*(?:[-•·*]|\d+[.、）)]|[一二三四五六七八九十]+是[，,、]?)\s*")


def _text(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value).strip()


def points_of(text: str | None) -> list[str]:
    """One 要点 per line; list markers pasted from Word are dropped."""
    out = []
    for line in (text or "").splitlines():
        line = _MARKERS.sub("", line).strip()
        if line:
            out.append(line)
    return out


def topics_to_rows(facts: Facts) -> list[list[str]]:
    """One row per 要点; the 主题 and 标题 are written on a topic's first row only."""
    rows = []
    for topic in facts.topics:
        points = list(topic.points) or [""]
        for n, point in enumerate(points):
            rows.append([topic.name, topic.heading or "", point] if n == 0 else ["", "", point])
    return rows


def rows_to_topics(rows: list[list] | None) -> tuple[list[dict], list[str]]:
    """The rows back as the facts file's 工作事项 list, plus problems naming the row.

    A blank 主题 continues the 工作事项 above; a 主题 written again further down adds its 要点 to
    the same 工作事项 (so a clerk may append rows at the bottom), in the order first written."""
    topics: list[dict] = []
    index: dict[str, int] = {}
    problems: list[str] = []
    current: dict | None = None
    for n, row in enumerate(rows or [], start=1):
        cells = [_text(row[i]) if i < len(row) else "" for i in range(len(TOPIC_COLUMNS))]
        name, heading, point = cells[TOPIC].removesuffix(INFERRED_MARK), cells[HEADING], cells[POINT]
        if not any(cells):
            continue
        if name:
            if name not in index:
                index[name] = len(topics)
                topics.append({"事项": name, "要点": []})
            current = topics[index[name]]
        elif current is None:
            problems.append(f"工作事项与要点 第{n}行「主题」：没有写这条要点属于哪个主题"
                            "（在第一行选择或填写主题，下面同一主题的行可留空）")
            continue
        if heading:
            if current.get("标题") and current["标题"] != heading:
                problems.append(f"工作事项与要点 第{n}行「工作事项标题」：主题“{current['事项']}”已有标题"
                                f"“{current['标题']}”，同一主题只写一个标题")
            else:
                current["标题"] = heading
        current["要点"].extend(points_of(point))
    return topics, problems


def topic_names(topic_rows: list[list] | None, table: dict[str, list[str]] | None) -> list[str]:
    """The 主题 drop-down: the clerk's own 工作事项 first (a figure's 主题 must name one of them),
    then the rest of the topic table."""
    out: list[str] = []
    for row in topic_rows or []:
        name = _text(row[TOPIC]).removesuffix(INFERRED_MARK) if row else ""
        if name and name not in out:
            out.append(name)
    out += [name for name in (table or {}) if name not in out]
    return out


def add_points(rows: list[list] | None, topic: str | None, heading: str | None,
               text: str | None) -> tuple[list[list[str]], str]:
    """The table with one new row per line of ``text`` under ``topic``; and a message for the clerk."""
    topic, heading = _text(topic), _text(heading)
    points = points_of(text)
    kept = [[_text(row[i]) if i < len(row) else "" for i in range(len(TOPIC_COLUMNS))]
            for row in rows or []]
    kept = [row for row in kept if any(row)]
    if not topic:
        return kept, "⚠️ 请先选择或填写主题。"
    if not points and not heading:
        return kept, "⚠️ 请在“要点”中每行写一条要点。"
    new = [[topic, heading, point] for point in points] or [[topic, heading, ""]]
    return kept + new, f"已添加到“{topic}”：{len(points)} 条要点。"


def set_cell(rows: list[list] | None, row: int | None, column: int, value: str | None,
             width: int) -> list[list]:
    """``rows`` with one cell replaced, the other cells exactly as the clerk left them."""
    table = [list(r) + [""] * (width - len(r)) for r in rows or []]
    if row is None or not 0 <= row < len(table):
        return table
    table[row][column] = _text(value)
    return table


def picked(rows: list[list] | None, index, column: int) -> tuple[int | None, str]:
    """(row, value of ``column`` without the （推断） mark) for a click at ``index`` = [row, col]."""
    try:
        row = int(index[0]) if isinstance(index, (list, tuple)) else int(index)
    except (TypeError, ValueError):
        return None, ""
    if not rows or not 0 <= row < len(rows):
        return None, ""
    cells = rows[row]
    value = _text(cells[column]) if column < len(cells) else ""
    return row, value.removesuffix(INFERRED_MARK)


# --------------------------------------------------------------------------- widgets


def build_fact_pickers(facts_table: gr.Dataframe, table: dict[str, list[str]], width: int) -> gr.Dropdown:
    """Drop-downs under the figures table: click a figure's row, then pick its 主题 and 部分.
    Returns the 主题 drop-down, whose choices follow the 工作事项 (see build_topics_editor)."""
    with gr.Row(equal_height=True):
        fact_topic = gr.Dropdown(label="所选数据的主题（先点选上表中的一行）", choices=topic_names([], table),
                                 value=None, allow_custom_value=True, elem_id="fact-row-topic", scale=2)
        # a blank choice: the drafter places the figure by its 事项 again
        fact_section = gr.Dropdown(label="所选数据的部分", choices=[(UNSET, "")] + list(SECTIONS), value=None,
                                   elem_id="fact-row-section", scale=2)
    fact_row = gr.State(None)

    def on_pick(rows, evt: gr.SelectData):
        row, topic = picked(rows, evt.index, FACT_TOPIC)
        _, section = picked(rows, evt.index, FACT_SECTION)
        if row is None:
            return None, gr.update(), gr.update()
        label = _text(rows[row][0]) or "（未写事项）"
        return (row, gr.update(value=topic or None, label=f"第{row + 1}条数据“{label[:16]}”的主题"),
                gr.update(value=section or None, label=f"第{row + 1}条数据的部分"))

    facts_table.select(on_pick, inputs=facts_table, outputs=[fact_row, fact_topic, fact_section])
    fact_topic.input(lambda rows, row, value: set_cell(rows, row, FACT_TOPIC, value, width),
                     inputs=[facts_table, fact_row, fact_topic], outputs=facts_table)
    fact_section.input(lambda rows, row, value: set_cell(rows, row, FACT_SECTION, value, width),
                       inputs=[facts_table, fact_row, fact_section], outputs=facts_table)
    return fact_topic


def build_topics_editor(table: dict[str, list[str]], *, follow: list[gr.Dropdown] = ()) -> gr.Dataframe:
    """The 工作事项与要点 table, the form that adds rows to it, and the drop-down for a picked row;
    the ``follow`` drop-downs get the same 主题 choices. Returns the table (a form field)."""
    choices = topic_names([], table)
    gr.Markdown("**工作事项与要点**：每行一条要点，顺序即报告中（一）（二）……的顺序；"
                "“主题”留空表示与上一行相同。点选表中某一行，可在下方用下拉框改它的主题。",
                elem_id="topic-rows-guide")
    rows = gr.Dataframe(headers=TOPIC_COLUMNS, datatype="str", type="array", interactive=True,
                        column_count=len(TOPIC_COLUMNS), row_count=3, elem_id="topic-rows", wrap=True,
                        max_height=420, label="工作事项与要点", column_widths=["22%", "30%", "48%"])
    row_topic = gr.Dropdown(label="所选行的主题（先点选上表中的一行）", choices=choices, value=None,
                            allow_custom_value=True, elem_id="topic-row-topic")
    with gr.Accordion("添加一项工作事项（可一次写多条要点）", open=True, elem_id="add-topic-box"):
        with gr.Row(equal_height=True):
            add_topic = gr.Dropdown(label="主题（可从列表中选，也可自己填写）", choices=choices, value=None,
                                    allow_custom_value=True, elem_id="add-topic", scale=2)
            add_heading = gr.Textbox(label="工作事项标题（可不填）", elem_id="add-heading", scale=3,
                                     placeholder="如：发挥行政复议化解行政争议主渠道作用")
        add_text = gr.Textbox(label="要点（每行一条）", lines=3, elem_id="add-points",
                              placeholder="畅通复议申请渠道\n推行复议决定书网上公开")
        add_btn = gr.Button("添加到上表", elem_id="add-points-btn")
        message = gr.Markdown("", elem_id="topic-rows-message")

    topic_row = gr.State(None)

    def on_pick(current, evt: gr.SelectData):
        row, topic = picked(current, evt.index, TOPIC)
        if row is None:
            return None, gr.update()
        return row, gr.update(value=topic or None, label=f"第{row + 1}行的主题")

    rows.select(on_pick, inputs=rows, outputs=[topic_row, row_topic])
    row_topic.input(lambda current, row, value: set_cell(current, row, TOPIC, value, len(TOPIC_COLUMNS)),
                    inputs=[rows, topic_row, row_topic], outputs=rows)

    def on_add(current, topic, heading, text):
        table_rows, note = add_points(current, topic, heading, text)
        done = not note.startswith("⚠️")
        return {rows: table_rows or [[""] * len(TOPIC_COLUMNS)], message: note,
                add_text: "" if done else gr.update(), add_heading: "" if done else gr.update()}

    add_btn.click(on_add, inputs=[rows, add_topic, add_heading, add_text],
                  outputs=[rows, message, add_text, add_heading])

    dropdowns = [add_topic, row_topic, *follow]

    def refresh(current):
        names = topic_names(current, table)
        return [gr.update(choices=names) for _ in dropdowns]

    rows.change(refresh, inputs=rows, outputs=dropdowns)
    return rows
