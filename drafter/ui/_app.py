"""The Gradio Blocks layout and its wiring; every handler delegates to ``_events``.

Kept apart from ``_events`` so the widgets can change without touching what the buttons
do, and so the tests exercise the behaviour without a browser. Each component a test or a
clerk's script might need carries an ``elem_id``.
"""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path

import gradio as gr

from drafter.config import Settings, with_model_settings
from drafter.facts import LEVELS
from drafter.store import Store
from drafter.ui import _events as ev
from drafter.ui import _lastyear_panel as ly
from drafter.ui._facts_page import TOPIC_COLUMNS, build_fact_pickers, build_topics_editor
from drafter.ui import _drafts_page as files
from drafter.ui._downloads import Downloads, link_html
from drafter.ui._drafts_page import build_drafts_tab
from drafter.ui._harvest_page import build_harvest_tab
from drafter.ui._review_page import REVIEW_CSS, build_review_tab, review_page
from drafter.ui._settings_page import build_settings_tab, describe
from drafter.ui._verify_page import build_verify_tab

CSS = """
.drafter-errors { border: 1px solid #dc2626; background: #fef2f2; color: #991b1b; padding: 10px 14px;
  border-radius: 6px; }
.drafter-errors ul { margin: 6px 0 0 18px; }
.drafter-progress .bar { height: 14px; background: #e5e7eb; border-radius: 7px; overflow: hidden; }
.drafter-progress .fill { height: 100%; background: #2563eb; transition: width .3s; }
.drafter-progress .label { margin-top: 4px; font-size: 14px; }
.drafter-progress[data-failed="true"] .fill { background: #dc2626; }
.drafter-progress[data-failed="true"] .label { color: #991b1b; font-weight: 600; }
#draft-preview { max-height: 640px; overflow-y: auto; }
/* Gradio lays highlighted tokens out as flex items, so a long plain run pushes the next flagged
   number onto its own line; flow them as inline text instead, as in the report itself. */
.drafter-hl .textfield { display: block !important; line-height: 2.1; }
.drafter-hl .token-container, .drafter-hl .token { display: inline !important; }
.drafter-hl .line-break { display: block; }
.drafter-hl .label { color: #1f2937 !important; font-size: 80% !important; }
footer { display: none !important; }
""" + REVIEW_CSS

# Debian's fonts-noto-cjk on the server side of tests; WPS offices have 微软雅黑 or 思源黑体.
FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei",
         "sans-serif")
MONO = ("Noto Sans Mono CJK SC", "monospace")

# How many drafts (and regenerations) may run at once across all clerks; each draft already
# runs its sections concurrently up to settings.concurrency model requests.
DRAFT_LIMIT = 4
DEFAULT_LIMIT = 16

JS_SET_URL = """
(id) => {
  const url = new URL(window.location.href);
  if (id) { url.searchParams.set('draft', id); } else { url.searchParams.delete('draft'); }
  window.history.replaceState(null, '', url.toString());
  return [];
}
"""


def theme() -> gr.themes.Base:
    """System CJK fonts only: nothing fetched from a font CDN on an offline intranet."""
    return gr.themes.Default(font=list(FONTS), font_mono=list(MONO))


def _browser_secret(settings: Settings) -> str:
    """A per-installation secret so the remembered draft survives a server restart."""
    path = settings.home / "ui-secret"
    try:
        if path.exists():
            return path.read_text(encoding="utf-8").strip()
        path.parent.mkdir(parents=True, exist_ok=True)
        value = secrets.token_urlsafe(24)
        path.write_text(value, encoding="utf-8")
        return value
    except OSError:
        return secrets.token_urlsafe(24)


def build_app(settings: Settings) -> gr.Blocks:
    store = Store(settings.db_path)
    downloads = Downloads()
    skeletons = ev.skeleton_choices(settings)
    skeleton_desc = dict(skeletons)
    names = [name for name, _ in skeletons]
    default_skeleton = "四段式" if "四段式" in names or not names else names[0]
    template_dir = Path(tempfile.mkdtemp(prefix="drafter-template-"))
    try:
        topics = ev.topic_table(settings)  # the 主题 drop-downs' list
    except Exception:  # noqa: BLE001 - a broken topics.yaml leaves the drop-downs with the clerk's own
        topics = {}
    try:
        template = ev.template_file(template_dir, topics=list(topics), skeletons=names)
    except Exception:  # noqa: BLE001 - the template is a convenience; the app must still start
        template = None

    def owner(request: gr.Request | None) -> str | None:
        return ev.owner_of(getattr(request, "username", None) if request else None)

    def settings_for(request: gr.Request | None) -> Settings:
        """The model this login chose on 模型设置 (environment variables still win)."""
        try:
            return with_model_settings(settings, owner(request))
        except Exception:  # noqa: BLE001 - an unreadable settings file must not stop drafting
            return settings

    def desc_md(name: str | None) -> str:
        text = skeleton_desc.get(name or "", "")
        if not text:
            return ""
        return text if text.startswith(name or "") else f"{name}：{text}"

    with gr.Blocks(title="法治政府建设年度报告 · 起草", analytics_enabled=False) as app:
        remembered = gr.BrowserState({"draft_id": ""}, storage_key="drafter-current-draft",
                                     secret=_browser_secret(settings))
        base_no = gr.State(None)

        with gr.Row(equal_height=True):
            gr.Markdown("## 法治政府建设年度报告 · 起草与修改", elem_id="app-title")
            user_md = gr.Markdown("", elem_id="current-user")
        gr.Markdown("使用步骤：① 填写“基本信息”；② 在“事实录入”上传事实材料（或下载空白 Excel 模板填好后上传）；"
                    "③ 在“生成初稿”一键生成；④ 在“审阅修改”逐节核对标出的数字，修改或重新生成；⑤ 在“导出”下载 Word 文档。"
                    "所有修改即时保存，可在“我的草稿”中随时打开。", elem_id="app-guide")
        with gr.Row(equal_height=True):
            current_md = gr.Markdown("当前没有打开的草稿。", elem_id="current-draft")
            draft_id_box = gr.Textbox(label="草稿编号", interactive=False, elem_id="current-draft-id",
                                      max_lines=1, scale=0, min_width=220)

        # Messages about opening drafts stay visible whatever tab is open.
        drafts_msg = gr.Markdown("", elem_id="drafts-message")

        with gr.Tabs(elem_id="main-tabs"):
            # ------------------------------------------------------------ 基本信息
            with gr.Tab("基本信息", id="basic", elem_id="tab-basic"):
                with gr.Row():
                    org = gr.Textbox(label="机关名称", placeholder="如：示例市东城区司法局", elem_id="org", scale=3)
                    # reports are written early in the following year, so last year is the usual answer
                    year = gr.Number(label="年度（报告所述工作的年份）", precision=0, elem_id="year", scale=1,
                                     value=ev.default_report_year(), minimum=1990, maximum=2100)
                    level = gr.Dropdown(label="层级", choices=list(LEVELS), value="区县", elem_id="level", scale=1)
                with gr.Row():
                    skeleton = gr.Dropdown(label="报告骨架", choices=[s[0] for s in skeletons],
                                           value=default_skeleton, allow_custom_value=True,
                                           elem_id="skeleton", scale=1)
                    skeleton_md = gr.Markdown(desc_md(default_skeleton), elem_id="skeleton-desc")
                recipient = gr.Textbox(label="主送机关（可不填）", elem_id="recipient")
                with gr.Row():
                    signature = gr.Textbox(label="署名（不填则用机关名称）", elem_id="signature")
                    date = gr.Textbox(label="成文日期（如 2024年1月26日）", elem_id="date")
                last_year_box = ly.build_last_year_box()

            # ------------------------------------------------------------ 材料汇总
            harvest_tab = build_harvest_tab(year=year)

            # ------------------------------------------------------------ 事实录入
            with gr.Tab("事实录入", id="facts", elem_id="tab-facts"):
                with gr.Row():
                    upload = gr.File(label="上传事实材料（Excel .xlsx / YAML / JSON）", type="filepath",
                                     file_types=[".xlsx", ".yaml", ".yml", ".json"], elem_id="facts-upload",
                                     scale=3)
                    with gr.Column(scale=1):
                        if template is not None:
                            gr.DownloadButton("下载空白 Excel 模板", value=str(template),
                                              elem_id="template-download")
                        else:
                            gr.Markdown("（空白 Excel 模板暂不可用）", elem_id="template-download")
                        check_btn = gr.Button("检查事实材料", elem_id="facts-check")
                facts_msg = gr.Markdown("", elem_id="facts-message")
                # shown only when an upload kept fields the clerk had typed: the clerk decides
                use_file_btn = gr.Button("用文件中的值替换我填写的", visible=False, elem_id="facts-use-file")
                file_form = gr.State(None)
                facts_errors = gr.HTML("", elem_id="facts-errors")
                facts_table = gr.Dataframe(
                    headers=ev.TABLE_COLUMNS, datatype="str", type="array", interactive=True,
                    column_count=len(ev.TABLE_COLUMNS), row_count=3, elem_id="facts-table",
                    label="数据（数值只写数字；单位单独写；约数填 余/多/近/约/超过/以上/突破/不足/以内 等，名次可填 前；主题是下面工作事项中的一个；"
                          "不属于某项工作的，部分选 第一责任人履职 / 存在的不足 / 下一年度安排）",
                    wrap=True, max_height=420,
                )
                fact_topic = build_fact_pickers(facts_table, topics, len(ev.TABLE_COLUMNS))
                topic_rows = build_topics_editor(topics, follow=[fact_topic])
                with gr.Row():
                    leadership = gr.Textbox(label="第一责任人履职（每行一条）", lines=5, elem_id="leadership-text")
                    shortcomings = gr.Textbox(label="存在的不足（每行一条）", lines=5, elem_id="shortcomings-text")
                    plans = gr.Textbox(label="下一年度安排（每行一条）", lines=5, elem_id="plans-text")

            harvest_tab.connect(facts_table, facts_msg)

            # ------------------------------------------------------------ 生成初稿
            with gr.Tab("生成初稿", id="draft", elem_id="tab-draft"):
                backend_md = gr.Markdown(f"起草方式：**{describe(settings)}**", elem_id="backend-label")
                with gr.Row():
                    generate_btn = gr.Button("生成初稿", variant="primary", elem_id="generate-btn", scale=3)
                    # an interrupted draft (the server was stopped part-way) drafts only what is missing
                    resume_btn = gr.Button("继续生成", elem_id="resume-btn", scale=1)
                gen_msg = gr.Markdown("", elem_id="generate-message")
                progress = gr.HTML(ev.progress_html(0, 0), elem_id="draft-progress")
                status_table = gr.Dataframe(headers=ev.STATUS_COLUMNS, type="array", interactive=False,
                                            elem_id="status-table", label="各节进度", wrap=True,
                                            column_count=len(ev.STATUS_COLUMNS), max_height=900)
                preview = gr.Markdown("", elem_id="draft-preview", label="初稿预览")
                draft_lists_md = ly.build_lists_box("draft-lastyear")

            # ------------------------------------------------------------ 审阅修改
            review = build_review_tab(base_no=base_no)

            # ------------------------------------------------------------ 导出
            with gr.Tab("导出", id="export", elem_id="tab-export") as export_tab:
                gr.Markdown("按 GB/T 9704-2012 公文格式导出；导出的是各节的当前版本。")
                with gr.Row():
                    export_docx = gr.Button(ev.EXPORT_LABELS[0], variant="primary", elem_id="export-docx")
                    export_md = gr.Button(ev.EXPORT_LABELS[1], elem_id="export-md")
                export_msg = gr.Markdown("", elem_id="export-message")
                # served by our own route to the login that exported it only (see _downloads)
                export_out = gr.HTML("", elem_id="export-file")

            # ------------------------------------------------------------ 核验已有稿件
            build_verify_tab(store=store, owner=owner, draft_id_box=draft_id_box, last_year=last_year_box.record)

            # ------------------------------------------------------------ 模型设置
            build_settings_tab(app=app, settings=settings, owner=owner, backend_md=backend_md)

            # ------------------------------------------------------------ 我的草稿
            mine = build_drafts_tab(ev.DRAFT_COLUMNS)
            refresh_btn, drafts_table, drafts_pick = mine.refresh_btn, mine.table, mine.pick
            open_btn, id_input, open_id_btn = mine.open_btn, mine.id_input, mine.open_id_btn

        form_fields = [org, year, level, skeleton, recipient, signature, date, facts_table, topic_rows,
                       leadership, shortcomings, plans]
        review_fields = review.fields

        # ----------------------------------------------------------------- mapping helpers

        def form_from(values) -> ev.FactsForm:
            (o, y, lv, sk, rc, sg, dt, rows, tp, ld, sh, pl) = values
            return ev.FactsForm(org=o or "", year=y, level=lv or "区县", skeleton=sk or "", recipient=rc or "",
                                signature=sg or "", date=dt or "", rows=rows or [], topic_rows=tp or [],
                                leadership_text=ld or "", shortcomings_text=sh or "", plans_text=pl or "")

        last_year_box.wire(form_fields, lambda values: ev.form_to_facts(form_from(values)))
        # the 上年报告 widgets: a reopened draft brings its own; a finished run keeps the clerk's
        box_fields = [last_year_box.record, last_year_box.message, last_year_box.upload]

        def form_updates(form: ev.FactsForm) -> dict:
            return {org: form.org, year: form.year, level: form.level,
                    skeleton: form.skeleton or default_skeleton, skeleton_md: desc_md(form.skeleton),
                    recipient: form.recipient, signature: form.signature, date: form.date,
                    facts_table: form.rows or [[""] * len(ev.TABLE_COLUMNS)],
                    topic_rows: form.topic_rows or [[""] * len(TOPIC_COLUMNS)],
                    leadership: form.leadership_text, shortcomings: form.shortcomings_text, plans: form.plans_text}

        def review_updates(view: ev.SectionView, who, *, choices=None) -> dict:
            page = review_page(store, view.draft_id, view.key, owner=who, settings=settings, view=view)
            return review.updates(page, choices=choices)

        def drafts_updates(who, *, picked: str | None = None) -> dict:
            rows, choices = ev.list_my_drafts(store, owner=who)
            trash_rows, trash_choices = files.trash(store, owner=who)
            return {drafts_table: rows, drafts_pick: gr.update(choices=choices, value=picked),
                    mine.title_box: files.title_of(store, picked, owner=who),
                    mine.trash_table: trash_rows, mine.trash_pick: gr.update(choices=trash_choices, value=None)}

        def opened_updates(result: ev.DraftOpen, who, *, key: str | None = None) -> dict:
            """Everything that changes when a draft becomes the session's current one."""
            if not result.ok:
                return {drafts_msg: f"⚠️ {result.message}"}
            out = {draft_id_box: result.draft_id, current_md: f"当前草稿：**{result.title}**",
                   remembered: {"draft_id": result.draft_id}, drafts_msg: result.message}
            if result.form is not None:
                out.update(form_updates(result.form))
            if result.progress is not None:
                p = result.progress
                out.update({status_table: p.rows, preview: p.preview,
                            progress: ev.progress_html(p.done, p.total, finished=p.finished, failed=p.failed),
                            gen_msg: f"本稿起草方式：{result.backend}" if result.backend else ""})
            record = ly.stored_record(store, result.draft_id, owner=who)
            out.update({draft_lists_md: ly.draft_lists(store, result.draft_id, owner=who, settings=settings),
                        last_year_box.record: record, last_year_box.message: ly.stored_message(record),
                        last_year_box.upload: None})
            view = ev.section_view(store, result.draft_id, key, owner=who)
            out.update(review_updates(view, who, choices=result.choices))
            out.update(drafts_updates(who))
            return out

        opened_outputs = ([draft_id_box, current_md, remembered, drafts_msg, status_table, preview, progress,
                           gen_msg, skeleton_md, drafts_table, drafts_pick, mine.title_box, mine.trash_table,
                           mine.trash_pick, draft_lists_md]
                          + form_fields + review_fields + box_fields)

        # ----------------------------------------------------------------- handlers

        def on_load(state, request: gr.Request):
            who = owner(request)
            out = {user_md: f"当前用户：**{who}**" if who else ""}
            try:
                from_url = (request.query_params.get("draft") or "").strip()
            except AttributeError:
                from_url = ""
            remembered_id = (state.get("draft_id") or "") if isinstance(state, dict) else ""
            wanted = from_url or remembered_id
            out.update(drafts_updates(who))
            if wanted:
                result = ev.open_draft(store, wanted, owner=who, topics=ev.topic_table(settings))
                if result.ok:
                    out.update(opened_updates(result, who))
                    out[drafts_msg] = ""
                else:
                    # a draft remembered by this browser for another login is silently forgotten;
                    # one asked for in the address bar gets the reason
                    out.update({remembered: {"draft_id": ""},
                                drafts_msg: f"⚠️ {result.message}" if from_url else ""})
            return out

        app.load(on_load, inputs=[remembered], outputs=[user_md] + opened_outputs)

        skeleton.change(desc_md, inputs=skeleton, outputs=skeleton_md)

        def on_upload(path, *values):
            # the drop zone is emptied again so a corrected file can be dropped straight away
            result = ev.load_facts_file(path, ev.topic_table(settings))
            if result.form is None:
                return {facts_errors: ev.errors_html(result.errors), facts_msg: "", upload: None,
                        use_file_btn: gr.update(visible=False), file_form: None}
            # what the clerk typed is never replaced silently: the file fills only the empty fields
            merged, kept = ev.merge_upload(form_from(values), result.form,
                                           {"skeleton": default_skeleton})
            out = form_updates(merged)
            message = result.message
            if kept:
                message += ("\n\n⚠️ 以下内容保留了您填写的，未用文件中的值：" + "、".join(kept)
                            + "。如要改用文件中的值，请点下面的按钮。")
            out.update({facts_errors: "", facts_msg: message, upload: None,
                        use_file_btn: gr.update(visible=bool(kept)), file_form: result.form if kept else None})
            return out

        upload_outputs = form_fields + [skeleton_md, facts_errors, facts_msg, upload, use_file_btn, file_form]
        upload.upload(on_upload, inputs=[upload] + form_fields, outputs=upload_outputs)

        def on_use_file(loaded):
            if loaded is None:
                return {use_file_btn: gr.update(visible=False)}
            out = form_updates(loaded)
            out.update({facts_msg: "已改用文件中的值。", use_file_btn: gr.update(visible=False), file_form: None})
            return out

        use_file_btn.click(on_use_file, inputs=file_form, outputs=upload_outputs)

        def on_check(*values):
            form = form_from(values)
            errors = ev.check_form(form)
            return {facts_errors: ev.errors_html(errors),
                    facts_table: ev.annotate_rows(form.rows, errors, ev.topic_table(settings), form.year),
                    facts_msg: "" if errors else "事实材料检查通过，可以生成初稿。"}

        check_btn.click(on_check, inputs=form_fields, outputs=[facts_errors, facts_table, facts_msg])

        async def on_generate(o, y, lv, sk, rc, sg, dt, rows, tp, ld, sh, pl, ly_record, ly_proposals, ly_ticked,
                              open_id, request: gr.Request):
            who = owner(request)
            chosen = settings_for(request)
            form = form_from((o, y, lv, sk, rc, sg, dt, rows, tp, ld, sh, pl))
            errors = ev.check_form(form)
            if errors:
                # the reason goes beside the button the clerk pressed, not only on 事实录入
                yield {facts_errors: ev.errors_html(errors), facts_table: ev.annotate_rows(form.rows, errors),
                       gen_msg: ev.not_started_message(errors), status_table: [], preview: "",
                       progress: ev.progress_html(0, 0, finished=True, failed=True)}
                return
            # with a draft open, its sections get new versions; 新建草稿 on 我的草稿 starts another
            open_id = (open_id or "").strip() or None
            where = "在当前草稿中生成新版本" if open_id else "正在生成"
            yield {facts_errors: "", gen_msg: f"{where}……（{ev.backend_label(chosen)}）", preview: "",
                   status_table: [], progress: ev.progress_html(0, 0)}
            announced = None
            last = None
            ticked = ly.confirmed(ly_proposals, ly_ticked)      # only the 上年值 the clerk confirmed
            facts = ly.with_confirmed(ev.form_to_facts(form), ticked) if ticked else form
            async for p in ev.draft_updates(facts, settings=chosen, store=store, owner=who,
                                            skeleton=form.skeleton or None, last_year=ly.report_of(ly_record),
                                            draft_id=open_id):
                last = p
                out = {status_table: p.rows, preview: p.preview,
                       progress: ev.progress_html(p.done, p.total, finished=p.finished, failed=p.failed),
                       gen_msg: p.message or f"{where}……（{ev.backend_label(chosen)}）"}
                if p.draft_id and p.draft_id != announced:
                    announced = p.draft_id
                    out.update({draft_id_box: p.draft_id, remembered: {"draft_id": p.draft_id}})
                yield out
            if last is not None and last.draft_id:
                result = ev.open_draft(store, last.draft_id, owner=who, topics=ev.topic_table(settings))
                if result.ok:
                    out = opened_updates(result, who)
                    out.pop(drafts_msg, None)
                    for comp in form_fields + [skeleton_md] + box_fields:
                        out.pop(comp, None)  # keep what the clerk typed exactly as typed
                    summary = last.message or ("全部章节已完成。" if not last.failed else "部分章节未完成。")
                    # the end state says where the versions went, not only the first instant
                    out[gen_msg] = f"已在当前草稿中生成新版本。{summary}" if open_id else summary
                    yield out

        generate_btn.click(on_generate, inputs=form_fields + [last_year_box.record, last_year_box.proposals,
                                                              last_year_box.values, draft_id_box],
                           outputs=[facts_errors] + opened_outputs,
                           concurrency_limit=DRAFT_LIMIT, concurrency_id="draft")

        async def on_resume(draft_id, request: gr.Request):
            who = owner(request)
            if not draft_id:
                yield {gen_msg: "⚠️ 请先在“我的草稿”中打开要继续生成的草稿。"}
                return
            last = None
            async for p in ev.resume_updates(store, draft_id, settings=settings_for(request), owner=who):
                last = p
                yield {status_table: p.rows, preview: p.preview, gen_msg: p.message or "正在继续生成……",
                       progress: ev.progress_html(p.done, p.total, finished=p.finished, failed=p.failed)}
            if last is not None and last.draft_id:
                result = ev.open_draft(store, last.draft_id, owner=who, topics=ev.topic_table(settings))
                if result.ok:
                    out = opened_updates(result, who)
                    out.pop(drafts_msg, None)
                    for comp in form_fields + [skeleton_md] + box_fields:
                        out.pop(comp, None)
                    out[gen_msg] = last.message or "继续生成已结束。"
                    yield out

        resume_btn.click(on_resume, inputs=draft_id_box, outputs=opened_outputs,
                         concurrency_limit=DRAFT_LIMIT, concurrency_id="draft")

        def on_overview(draft_id, request: gr.Request):
            """After a change in 审阅修改, the 生成初稿 tab shows the report as it now stands."""
            progress = ev.draft_overview(store, draft_id, owner=owner(request)) if draft_id else None
            if progress is None:      # another login's id, or none: nothing to show, no error to log
                return {status_table: gr.skip(), preview: gr.skip(), draft_lists_md: gr.skip()}
            return {status_table: progress.rows, preview: progress.preview,
                    draft_lists_md: ly.draft_lists(store, draft_id, owner=owner(request), settings=settings)}

        review.connect(app, store=store, settings=settings, owner=owner, settings_for=settings_for,
                       draft_id_box=draft_id_box, on_overview=on_overview, overview_outputs=[status_table, preview, draft_lists_md],
                       concurrency_limit=DRAFT_LIMIT)

        def exporter(fmt):
            def run(draft_id, request: gr.Request):
                who = owner(request)
                path, message = ev.export_file(store, draft_id, fmt, owner=who, settings=settings)
                if path is None:
                    return {export_out: "", export_msg: f"⚠️ {message}"}
                return {export_out: link_html(downloads.add(path, who), path.name), export_msg: message}
            return run

        export_docx.click(exporter("docx"), inputs=draft_id_box, outputs=[export_out, export_msg],
                          api_name="export_docx")
        export_md.click(exporter("md"), inputs=draft_id_box, outputs=[export_out, export_msg], api_name="export_md")

        def on_export_tab(draft_id, request: gr.Request):
            """Opening 导出 shows on the buttons how many 错误 findings are still unresolved."""
            docx_label, md_label = ev.export_labels(store, draft_id, owner=owner(request))
            return {export_docx: gr.update(value=docx_label), export_md: gr.update(value=md_label)}

        export_tab.select(on_export_tab, inputs=draft_id_box, outputs=[export_docx, export_md])

        def on_refresh(request: gr.Request):
            return drafts_updates(owner(request))

        list_outputs = [drafts_table, drafts_pick, mine.title_box, mine.trash_table, mine.trash_pick]
        refresh_btn.click(on_refresh, outputs=list_outputs)

        # --- 我的草稿 as files: new, rename, copy, delete (confirmed) to the 回收站, restore
        def closed_updates(message: str) -> dict:
            """No draft open any more (新建草稿, or the open one was deleted)."""
            out = {draft_id_box: "", current_md: "当前没有打开的草稿。", remembered: {"draft_id": ""},
                   status_table: [], preview: "", progress: ev.progress_html(0, 0), gen_msg: "",
                   mine.message: message, drafts_msg: "", draft_lists_md: ""}
            out.update(review_updates(ev.SectionView(False, "尚未打开任何草稿。"), None, choices=[]))
            return out

        closed_outputs = ([draft_id_box, current_md, remembered, status_table, preview, progress, gen_msg,
                           mine.message, drafts_msg, draft_lists_md] + review_fields)

        def on_new():
            return closed_updates("已新建：填写或上传事实材料后，到“生成初稿”点“生成初稿”即生成一份新草稿。"
                                  "表单中已有的内容保留，可直接修改。")

        mine.new_btn.click(on_new, outputs=closed_outputs)

        def on_pick(draft_id, request: gr.Request):
            return files.title_of(store, draft_id, owner=owner(request))

        drafts_pick.input(on_pick, inputs=drafts_pick, outputs=mine.title_box)

        def on_rename(draft_id, title, open_id, request: gr.Request):
            who = owner(request)
            done = files.rename(store, draft_id, title, owner=who)
            if not done.ok:
                return {mine.message: f"⚠️ {done.message}"}
            out = drafts_updates(who, picked=done.draft_id)
            out[mine.message] = done.message
            if done.draft_id == (open_id or "").strip():
                out[current_md] = f"当前草稿：**{done.title}**"
            return out

        mine.rename_btn.click(on_rename, inputs=[drafts_pick, mine.title_box, draft_id_box],
                              outputs=list_outputs + [mine.message, current_md])

        def on_copy(draft_id, request: gr.Request):
            who = owner(request)
            done = files.copy(store, draft_id, owner=who)
            if not done.ok:
                return {mine.message: f"⚠️ {done.message}"}
            out = opened_updates(ev.open_draft(store, done.draft_id, owner=who, topics=ev.topic_table(settings)),
                                 who)
            out.update(drafts_updates(who, picked=done.draft_id))
            out[mine.message] = done.message
            return out

        mine.copy_btn.click(on_copy, inputs=drafts_pick, outputs=opened_outputs + [mine.message])

        def on_delete_asked(draft_id, request: gr.Request):
            title = files.title_of(store, draft_id, owner=owner(request))
            if not title:
                return {mine.message: f"⚠️ {files.NOTHING_PICKED}", mine.confirm_row: gr.update(visible=False)}
            return {mine.confirm_md: f"确定删除“**{title}**”吗？删除后在回收站中保留{files.TRASH_DAYS}天，期间可以恢复。",
                    mine.confirm_row: gr.update(visible=True), mine.message: ""}

        mine.delete_btn.click(on_delete_asked, inputs=drafts_pick,
                              outputs=[mine.confirm_md, mine.confirm_row, mine.message])
        mine.cancel_btn.click(lambda: {mine.confirm_row: gr.update(visible=False), mine.message: "已取消删除。"},
                              outputs=[mine.confirm_row, mine.message])

        def on_delete(draft_id, open_id, request: gr.Request):
            who = owner(request)
            done = files.delete(store, draft_id, owner=who)
            out = {mine.confirm_row: gr.update(visible=False)}
            if not done.ok:
                out[mine.message] = f"⚠️ {done.message}"
                return out
            if done.draft_id == (open_id or "").strip():
                out.update(closed_updates(done.message))
            out.update(drafts_updates(who))
            out[mine.message] = done.message
            return out

        mine.confirm_btn.click(on_delete, inputs=[drafts_pick, draft_id_box],
                               outputs=list(dict.fromkeys(closed_outputs + list_outputs + [mine.confirm_row])))

        def on_restore_draft(draft_id, request: gr.Request):
            who = owner(request)
            done = files.restore(store, draft_id, owner=who)
            if not done.ok:
                return {mine.message: f"⚠️ {done.message}"}
            out = drafts_updates(who, picked=done.draft_id)
            out[mine.message] = done.message
            return out

        mine.restore_btn.click(on_restore_draft, inputs=mine.trash_pick, outputs=list_outputs + [mine.message])

        def on_open(draft_id, request: gr.Request):
            who = owner(request)
            if not (draft_id or "").strip():
                return {drafts_msg: "⚠️ 请先选择或输入草稿编号。"}
            return opened_updates(ev.open_draft(store, draft_id, owner=who, topics=ev.topic_table(settings)), who)

        open_btn.click(on_open, inputs=drafts_pick, outputs=opened_outputs)
        open_id_btn.click(on_open, inputs=id_input, outputs=opened_outputs)

        # Keep the draft in the address bar too, so a bookmarked or reloaded page reopens it.
        draft_id_box.change(None, inputs=draft_id_box, outputs=None, js=JS_SET_URL)

    app.drafter_store = store  # for tests and launch()
    app.drafter_downloads = downloads  # launch() serves its route
    return app
