"""我的草稿: the clerk's drafts handled like files — open, new, rename, copy, delete to the
回收站 (kept 30 days) and restore from it.

The actions are plain functions over the store returning a Chinese message (tested without a
browser); ``build_drafts_tab`` lays out the widgets. ``_app`` wires them, because opening a
draft changes components on every tab.
"""

from __future__ import annotations

from dataclasses import dataclass

import gradio as gr

from drafter.store import TRASH_DAYS, NotFound, Store, StoreError, local_time

TRASH_COLUMNS = ["编号", "名称", "删除时间", "永久删除时间"]
NOTHING_PICKED = "请先在上面的列表中选择一份草稿。"
NOT_FOUND = "没有找到该草稿：编号有误，或不属于当前登录的用户。"


@dataclass
class Outcome:
    ok: bool
    message: str
    draft_id: str = ""       # the draft to open next (a copy), or the one acted on
    title: str = ""


def _picked(draft_id: str | None) -> str:
    return (draft_id or "").strip()


def rename(store: Store, draft_id: str | None, title: str | None, *, owner: str | None) -> Outcome:
    draft_id = _picked(draft_id)
    if not draft_id:
        return Outcome(False, NOTHING_PICKED)
    try:
        stored = store.rename_draft(draft_id, title or "", owner=owner)
    except NotFound:
        return Outcome(False, NOT_FOUND)
    except StoreError as exc:
        return Outcome(False, f"未能重命名：{exc}")
    return Outcome(True, f"已重命名为“{stored}”。", draft_id=draft_id, title=stored)


def copy(store: Store, draft_id: str | None, *, owner: str | None) -> Outcome:
    draft_id = _picked(draft_id)
    if not draft_id:
        return Outcome(False, NOTHING_PICKED)
    try:
        new_id = store.copy_draft(draft_id, owner=owner)
        title = store.get_draft(new_id, owner=owner).title
    except NotFound:
        return Outcome(False, NOT_FOUND)
    except StoreError as exc:
        return Outcome(False, f"未能复制：{exc}")
    return Outcome(True, f"已复制为新草稿“{title}”（编号 {new_id}），并已打开；原草稿不变。",
                   draft_id=new_id, title=title)


def delete(store: Store, draft_id: str | None, *, owner: str | None) -> Outcome:
    draft_id = _picked(draft_id)
    if not draft_id:
        return Outcome(False, NOTHING_PICKED)
    try:
        title = store.get_draft(draft_id, owner=owner).title
        store.delete_draft(draft_id, owner=owner)
    except NotFound:
        return Outcome(False, NOT_FOUND)
    except StoreError as exc:
        return Outcome(False, f"未能删除：{exc}")
    return Outcome(True, f"已将“{title}”移入回收站，{TRASH_DAYS}天内可在下方“回收站”中恢复。",
                   draft_id=draft_id, title=title)


def restore(store: Store, draft_id: str | None, *, owner: str | None) -> Outcome:
    draft_id = _picked(draft_id)
    if not draft_id:
        return Outcome(False, "请先在回收站中选择要恢复的草稿。")
    try:
        store.restore_draft(draft_id, owner=owner)
        title = store.get_draft(draft_id, owner=owner).title
    except NotFound:
        return Outcome(False, NOT_FOUND)
    except StoreError as exc:
        return Outcome(False, f"未能恢复：{exc}")
    return Outcome(True, f"已从回收站恢复“{title}”。", draft_id=draft_id, title=title)


def trash(store: Store, *, owner: str | None) -> tuple[list[list], list[tuple[str, str]]]:
    """The 回收站's rows and choices; drafts deleted more than 30 days ago are purged first."""
    from datetime import datetime, timedelta

    try:
        store.purge_trash()
    except StoreError:
        pass                      # purging can wait for the next look; listing must not fail
    rows, choices = [], []
    for d in store.list_drafts(owner=owner, trash=True):
        try:
            until = (datetime.fromisoformat(d.deleted_at) + timedelta(days=TRASH_DAYS)).isoformat()
        except (TypeError, ValueError):
            until = ""
        rows.append([d.id, d.title, local_time(d.deleted_at), local_time(until)])
        choices.append((f"{d.title}（删除于 {local_time(d.deleted_at)} · {d.id}）", d.id))
    return rows, choices


def title_of(store: Store, draft_id: str | None, *, owner: str | None) -> str:
    try:
        return store.get_draft(_picked(draft_id), owner=owner).title if _picked(draft_id) else ""
    except StoreError:
        return ""


@dataclass
class DraftsTab:
    """The widgets of 我的草稿, for ``_app`` to wire."""

    refresh_btn: gr.Button
    table: gr.Dataframe
    pick: gr.Dropdown
    open_btn: gr.Button
    id_input: gr.Textbox
    open_id_btn: gr.Button
    new_btn: gr.Button
    title_box: gr.Textbox
    rename_btn: gr.Button
    copy_btn: gr.Button
    delete_btn: gr.Button
    confirm_row: gr.Row
    confirm_md: gr.Markdown
    confirm_btn: gr.Button
    cancel_btn: gr.Button
    message: gr.Markdown
    trash_table: gr.Dataframe
    trash_pick: gr.Dropdown
    restore_btn: gr.Button


def build_drafts_tab(draft_columns: list[str]) -> DraftsTab:
    with gr.Tab("我的草稿", id="mine", elem_id="tab-mine"):
        with gr.Row():
            new_btn = gr.Button("新建草稿", variant="primary", elem_id="drafts-new", scale=0, min_width=140)
            refresh_btn = gr.Button("刷新列表", elem_id="drafts-refresh", scale=0, min_width=140)
        table = gr.Dataframe(headers=draft_columns, type="array", interactive=False,
                             elem_id="drafts-table", column_count=len(draft_columns), wrap=True)
        with gr.Row():
            pick = gr.Dropdown(label="选择草稿", choices=[], elem_id="drafts-pick", scale=3)
            open_btn = gr.Button("打开", variant="primary", elem_id="open-draft-btn", scale=1)
        with gr.Row():
            title_box = gr.Textbox(label="草稿名称（选择草稿后可修改）", elem_id="drafts-title", scale=3, max_lines=1)
            rename_btn = gr.Button("重命名", elem_id="drafts-rename", scale=1)
        with gr.Row():
            copy_btn = gr.Button("复制为新草稿（如以上一年度的为底稿）", elem_id="drafts-copy")
            delete_btn = gr.Button("删除", variant="stop", elem_id="drafts-delete")
        with gr.Row(visible=False, elem_id="drafts-confirm-row") as confirm_row:
            confirm_md = gr.Markdown("", elem_id="drafts-confirm-text")
            confirm_btn = gr.Button("确认删除", variant="stop", elem_id="drafts-confirm", scale=0, min_width=140)
            cancel_btn = gr.Button("取消", elem_id="drafts-cancel", scale=0, min_width=100)
        message = gr.Markdown("", elem_id="drafts-action-message")
        with gr.Row():
            id_input = gr.Textbox(label="或输入草稿编号", elem_id="draft-id-input", scale=3)
            open_id_btn = gr.Button("按编号打开", elem_id="open-id-btn", scale=1)
        with gr.Accordion(f"回收站（删除的草稿保留{TRASH_DAYS}天）", open=False, elem_id="drafts-trash-box"):
            trash_table = gr.Dataframe(headers=TRASH_COLUMNS, type="array", interactive=False,
                                       elem_id="drafts-trash", column_count=len(TRASH_COLUMNS), wrap=True)
            with gr.Row():
                trash_pick = gr.Dropdown(label="选择要恢复的草稿", choices=[], elem_id="drafts-trash-pick", scale=3)
                restore_btn = gr.Button("恢复", elem_id="drafts-restore", scale=1)
    return DraftsTab(refresh_btn=refresh_btn, table=table, pick=pick, open_btn=open_btn, id_input=id_input,
                     open_id_btn=open_id_btn, new_btn=new_btn, title_box=title_box, rename_btn=rename_btn,
                     copy_btn=copy_btn, delete_btn=delete_btn, confirm_row=confirm_row, confirm_md=confirm_md,
                     confirm_btn=confirm_btn, cancel_btn=cancel_btn, message=message, trash_table=trash_table,
                     trash_pick=trash_pick, restore_btn=restore_btn)
