"""Draft every section concurrently, verify, repair, store; regenerate one section.

One task per section; their events go through one queue so the caller sees them in the
order they happen. A section's failure is recorded on that section only. Each finished
section is written to the store as soon as it is done, so a crash part-way loses nothing
that was finished.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections import defaultdict
from contextlib import contextmanager
from typing import AsyncIterator

from drafter.brief import SectionBrief
from drafter.config import Settings
from drafter.draft import DraftEvent, Outline, PlannedSection
from drafter.draft._briefs import make_brief, section_facts
from drafter.draft._clean import clean_section_text
from drafter.draft._exemplars import EXEMPLAR_POOL, choose_exemplars
from drafter.draft._outline import build_outline
from drafter.draft._plan import BLANK_DATE_TAIL, DraftError
from drafter.draft._prompts import REGENERATE, REPAIR, SECTION, build_request
from drafter.draft._report import (backend_line, exemplar_dicts, finding_dicts, section_message,
                                   summary_message)
from drafter.facts import Facts, facts_from_dict
from drafter.llm import LLMError, backend_from_settings
from drafter.store import Store

log = logging.getLogger(__name__)

MAX_REPAIR_ROUNDS = 2
MAX_RESTARTS = 2            # a stream that breaks after partial output is started again this often
EXEMPLARS_PER_SECTION = 3
NO_INDEX_NOTICE = "范文库为空或不可用，本稿未参考范文起草（可先运行 drafter index corpus 建立范文库）。"


class Timings:
    """Time spent in drafter's own phases (retrieval, prompts, verification, storage), for bench/.

    ``own`` adds up every phase; sections run concurrently, so phases overlap and that sum can
    exceed the wall time. ``own_wall`` is the wall-clock time during which at least one of
    drafter's own phases was running: the part of a run drafter itself accounts for."""

    def __init__(self):
        self.seconds: dict[str, float] = defaultdict(float)
        self.intervals: list[tuple[float, float, str]] = []

    @contextmanager
    def phase(self, name: str):
        start = time.perf_counter()
        try:
            yield
        finally:
            end = time.perf_counter()
            self.seconds[name] += end - start
            self.intervals.append((start, end, name))

    @property
    def own(self) -> float:
        return sum(self.seconds.values())

    @property
    def own_wall(self) -> float:
        return _union(self.intervals)

    def phase_wall(self, name: str) -> float:
        return _union([i for i in self.intervals if i[2] == name])


def _union(intervals) -> float:
    total, reach = 0.0, float("-inf")
    for start, end, _ in sorted(intervals):
        if end <= reach:
            continue
        total += end - max(start, reach)
        reach = end
    return total


def with_date(facts: Facts, date: str) -> Facts:
    """The facts as drafted: the 成文日期 the frame used is fixed into the snapshot (not a blank one)."""
    if facts.date == date or BLANK_DATE_TAIL in date:
        return facts
    return dataclasses.replace(facts, date=date)


class _Exemplars:
    """Retrieval for the whole run: opened once, every expected section answered in one batch,
    and never fatal."""

    def __init__(self, settings: Settings, timings: Timings, facts: Facts | None = None):
        self.settings = settings
        self.timings = timings
        self.year = facts.year if facts is not None else None
        self.level = facts.level if facts is not None else None
        self._index = None
        self._usable: bool | None = None
        self._ready: asyncio.Future | None = None
        self._pending: list[PlannedSection] = []
        self._found: dict[str, list] = {}
        self._topics: dict[str, list[str]] = {}
        self.notice_due = False

    def _open(self) -> bool:
        try:
            from drafter.corpus import load_topics
            from drafter.index import Index

            index = Index.shared(self.settings)
            if not index.documents():
                return False
            self._index = index
            self._topics = load_topics(self.settings.home)
            return True
        except Exception as exc:  # a broken or missing index must never stop a draft
            log.warning("index unavailable: %s", exc)
            return False

    def index_topic(self, planned: PlannedSection) -> str | None:
        """The index's topic for a clerk's topic (普法和学法用法 → 学法用法/普法), by keyword hits;
        None when nothing matches, so the search is not narrowed to nothing."""
        if not planned.topic:
            return None
        for text in (planned.topic, planned.heading):
            hits = {name: sum(k in text for k in keys) for name, keys in self._topics.items()}
            best = max(hits.values(), default=0)
            if best:
                return next(name for name, n in hits.items() if n == best)
        return None

    def expect(self, sections: list[PlannedSection]) -> None:
        """The sections this run will draft: their exemplars are fetched together, in one batch."""
        self._pending = list(sections)

    def _request(self, planned: PlannedSection) -> dict:
        return {"query": planned.query, "kind": planned.kind, "topic": self.index_topic(planned),
                "k": EXEMPLAR_POOL}

    def _chosen(self, requests: list[dict]) -> list[list]:
        """A wider pool from the index, cut to the exemplars worth reading (``_exemplars``)."""
        return [choose_exemplars(found, year=self.year, level=self.level, k=EXEMPLARS_PER_SECTION)
                for found in self._index.search_many(requests)]

    def _search_all(self, sections: list[PlannedSection]) -> dict[str, list]:
        try:
            requests = [self._request(p) for p in sections]
            results = self._chosen(requests)
            # a topic that narrows the search to nothing worth reading falls back to the kind alone
            retry = [i for i, (r, found) in enumerate(zip(requests, results)) if not found and r["topic"]]
            if retry:
                again = self._chosen([{**requests[i], "topic": None} for i in retry])
                for i, found in zip(retry, again):
                    results[i] = found
            return {p.key: found for p, found in zip(sections, results)}
        except Exception as exc:
            log.warning("exemplar search failed: %s", exc)
            return {}

    def start(self) -> None:
        """Open the index and search for every expected section now, in the background: a draft
        starts this before it writes its rows and asks the endpoint for its model name."""
        if self._ready is None:
            self._ready = asyncio.ensure_future(self._load())

    def stop(self) -> None:
        if self._ready is not None and not self._ready.done():
            self._ready.cancel()

    async def _load(self) -> None:
        with self.timings.phase("retrieval"):
            self._usable = await asyncio.to_thread(self._open)
            self.notice_due = not self._usable
            if self._usable and self._pending:
                self._found = await asyncio.to_thread(self._search_all, self._pending)

    async def for_section(self, planned: PlannedSection) -> list:
        """The first call (or ``start``) opens the index (loading the embedding model) and answers
        every expected section in one batch; a section not expected is searched on its own."""
        with self.timings.phase("retrieval"):
            self.start()
            await asyncio.shield(self._ready)
            if not self._usable:
                return []
            if planned.key in self._found:
                return self._found.pop(planned.key)
            found = await asyncio.to_thread(self._search_all, [planned])
            return found.get(planned.key, [])


class _Run:
    """Everything one drafting run shares: settings, store, backend, facts, the event queue."""

    def __init__(self, *, settings: Settings, store: Store, backend, facts: Facts, outline: Outline,
                 draft_id: str, queue: asyncio.Queue, timings: Timings | None = None,
                 exemplars: _Exemplars | None = None):
        self.settings = settings
        self.store = store
        self.backend = backend
        self.facts = facts
        self.outline = outline
        self.draft_id = draft_id
        self.queue = queue
        self.timings = timings or Timings()
        self.exemplars = exemplars or _Exemplars(settings, self.timings, facts)
        self.results: dict[str, dict] = {}
        self.sections_ready: asyncio.Future | None = None     # set while the section rows are being written

    async def _rows_written(self) -> None:
        if self.sections_ready is not None:
            await asyncio.shield(self.sections_ready)

    def emit(self, key: str | None, status: str, **fields) -> None:
        self.queue.put_nowait(DraftEvent(self.draft_id, key, status, **fields))

    async def set_status(self, key: str, status: str, reason: str | None = None) -> None:
        await self._rows_written()
        with self.timings.phase("storage"):
            await asyncio.to_thread(self.store.set_status, self.draft_id, key, status, reason)

    # --- generation with restarts -------------------------------------------------------

    async def generate(self, key: str, brief: SectionBrief, template: str, status: str) -> tuple[str, str]:
        """Stream one request; a stream that breaks mid-way is started again from scratch."""
        with self.timings.phase("prompts"):
            request = build_request(self.settings, brief, template)
        attempt = 0
        while True:
            text = ""
            try:
                async for piece in self.backend.stream(request):
                    text += piece
                    self.emit(key, status, delta=piece, text=text)
                return clean_section_text(text, brief), request.prompt_file
            except LLMError as exc:
                if not exc.retryable or attempt >= MAX_RESTARTS:
                    raise
                attempt += 1
                self.emit(key, status, text="", message=f"输出中断，正在重新生成本节（第{attempt}次重试）：{exc}")

    def verify(self, text: str, brief: SectionBrief):
        from drafter.lastyear import check_yoy_against_facts
        from drafter.verify import verify_text

        with self.timings.phase("verification"):
            result = verify_text(text, self.facts.facts, year=self.facts.year, section_kind=brief.kind,
                                 expected=brief.facts, stated=brief.points)
            return check_yoy_against_facts(text, result, self.facts.facts)   # 同比 against 上年值

    async def write(self, planned: PlannedSection, brief: SectionBrief, *, first_template: str,
                    source: str) -> tuple[str, object, str, str, int]:
        """Generate, verify and repair at most twice; returns (text, verification, source, prompt_file, rounds)."""
        key = planned.key
        # the store only records where a section ends (完成/失败); the live states are events
        self.emit(key, "生成中", text="")
        text, prompt_file = await self.generate(key, brief, first_template, "生成中")
        # 核验中/修复中 are only events: they last milliseconds, and a store write each would cost more
        self.emit(key, "核验中", text=text)
        verification = self.verify(text, brief)
        best = (text, verification, source, prompt_file)
        rounds = 0
        while verification.problems and self.backend.kind != "offline" and rounds < MAX_REPAIR_ROUNDS:
            rounds += 1
            messages = [f.message for f in verification.problems]
            self.emit(key, "修复中", text="", message=f"第{rounds}轮修复：{'；'.join(messages)}")
            repair_brief = dataclasses.replace(brief, previous_text=text, findings=messages)
            try:
                text, prompt_file = await self.generate(key, repair_brief, REPAIR, "修复中")
            except LLMError as exc:
                # the text already written is worth more than nothing: keep it, its findings marked
                self.emit(key, "修复中", text=best[0],
                          message=f"第{rounds}轮修复失败（{exc}），保留修复前的文本，待核对的数字已标出")
                break
            self.emit(key, "核验中", text=text)
            verification = self.verify(text, brief)
            if len(verification.problems) <= len(best[1].problems):
                best = (text, verification, "repaired", prompt_file)
        text, verification, source, prompt_file = best
        return text, verification, source, prompt_file, rounds

    # --- one section, start to finish ------------------------------------------------------

    async def draft_section(self, planned: PlannedSection, *, instruction: str | None = None,
                            previous_text: str | None = None, base_no: int | None = None,
                            author: str | None = None) -> None:
        key = planned.key
        try:
            exemplars = await self.exemplars.for_section(planned)
            if self.exemplars.notice_due:
                self.exemplars.notice_due = False
                self.emit(None, "提示", message=NO_INDEX_NOTICE)
            regenerating = previous_text is not None or instruction is not None
            brief = make_brief(self.facts, planned, skeleton=self.outline.skeleton, exemplars=exemplars,
                               instruction=instruction, previous_text=previous_text,
                               report_topics=[s.topic for s in self.outline.sections if s.topic])
            template = REGENERATE if regenerating and previous_text else SECTION
            source = "regenerated" if regenerating else "generated"
            text, verification, source, prompt_file, rounds = await self.write(
                planned, brief, first_template=template, source=source)
            if regenerating and source == "repaired":
                source = "regenerated"      # the version's origin is the editor's request
            if not text.strip():
                raise LLMError("模型返回了空白内容")
            def save():
                saved = self.store.add_version(
                    self.draft_id, key, text, source=source, backend=self.backend.name,
                    model=None if self.backend.kind == "offline" else self.backend.name, prompt_file=prompt_file,
                    instruction=instruction, exemplars=exemplar_dicts(exemplars),
                    findings=finding_dicts(verification.findings), author=author, base_no=base_no,
                    status="完成")
                return saved

            await self._rows_written()
            with self.timings.phase("storage"):
                # in a thread: a slow disk sync must not stall the other sections' streams
                version = await asyncio.to_thread(save)
            note = _instruction_note(self.backend, instruction)
            if note:
                self.emit(None, "提示", message=note)
            message = section_message(verification, rounds, note)
            self.results[key] = {"status": "完成", "verification": verification, "chars": len(text),
                                 "version": version.no, "text": text, "candidate": version.candidate}
            if version.candidate:
                # a person changed the section while the model wrote: theirs stays in the report
                notice = candidate_notice(planned.heading or key, version.no)
                self.emit(None, "提示", message=notice)
                message = f"{message}；{notice}" if message else notice
            self.emit(key, "完成", text=text, message=message)
        except asyncio.CancelledError:
            self._record_failure(key, "起草已取消", has_version=base_no is not None)
            raise
        except (LLMError, DraftError) as exc:
            await self._fail(key, str(exc), has_version=base_no is not None)
        except Exception as exc:  # one broken section never stops the others
            log.exception("section %s failed", key)
            await self._fail(key, f"内部错误：{type(exc).__name__}: {exc}", has_version=base_no is not None)

    def _record_failure(self, key: str, reason: str, *, has_version: bool) -> None:
        """Synchronous, for a cancelled task that can no longer await."""
        if not has_version:
            try:
                self.store.set_status(self.draft_id, key, "失败", reason)
            except Exception:
                log.exception("could not record the failure of %s", key)
        self.results[key] = {"status": "失败", "reason": reason}

    async def _fail(self, key: str, reason: str, *, has_version: bool) -> None:
        """A section without any text is marked 失败 in the store; a failed regeneration leaves
        the section as it was (its current version is still good) and only reports the failure."""
        if not has_version:
            try:
                await self.set_status(key, "失败", reason)
            except Exception:
                log.exception("could not record the failure of %s", key)
        self.results[key] = {"status": "失败", "reason": reason}
        self.emit(key, "失败", message=f"本节生成失败：{reason}")

    # --- whole-report check ----------------------------------------------------------------

    def unused_facts(self) -> list:
        """Facts that no finished section mentions (checked on the whole text, so a fact used in
        another section than planned still counts as used)."""
        from drafter.verify import verify_text

        done = [r["text"] for r in self.results.values() if r.get("status") == "完成"]
        if not done:
            return list(self.facts.facts)
        with self.timings.phase("verification"):
            whole = verify_text("\n".join(done), self.facts.facts, year=self.facts.year)
        return list(whole.unused_facts)


def candidate_notice(label: str, no: int) -> str:
    return (f"“{label}”在生成期间已有人工修改，新生成的文本保存为候选版本（第{no}版），"
            f"未替换人工修改；如需采用，请恢复第{no}版")


def _instruction_note(backend, instruction: str | None) -> str | None:
    if backend.kind != "offline":
        return None
    from drafter.llm._offline import instruction_note

    return instruction_note(instruction)


async def _pump(run: _Run, jobs: list) -> AsyncIterator[DraftEvent]:
    """Run the section jobs concurrently and yield their events as they come."""
    done_marker = object()

    async def job_then_mark(coro):
        try:
            await coro
        finally:
            run.queue.put_nowait(done_marker)

    tasks = [asyncio.create_task(job_then_mark(job)) for job in jobs]
    remaining = len(tasks)
    try:
        while remaining:
            event = await run.queue.get()
            if event is done_marker:
                remaining -= 1
                continue
            yield event
        while not run.queue.empty():
            event = run.queue.get_nowait()
            if event is not done_marker:
                yield event
    finally:
        for task in tasks:
            if not task.done():
                task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def default_title(facts: Facts, status: str = "初稿") -> str:
    """How a clerk names the file: 机关 + 年度 + 状态 (示例区司法局2023年法治政府建设年度报告（初稿）)."""
    year = f"{facts.year}年" if facts.year else ""
    return f"{facts.org or ''}{year}法治政府建设年度报告（{status}）"


async def draft_report(facts: Facts, *, settings: Settings, store: Store, owner: str | None = None,
                       skeleton: str | None = None, closing: bool | None = None,
                       timings: Timings | None = None, backend=None,
                       last_year=None, draft_id: str | None = None) -> AsyncIterator[DraftEvent]:
    """Draft every section. With ``draft_id`` (a draft the clerk has open) the new texts are added
    as versions of that draft instead of making a new one; a section someone edited by hand keeps
    the edit current and gets the new text as a candidate version. ``last_year``: last year's report
    (drafter.lastyear.LastYearReport), kept with the draft so the comparison with it can be shown
    again whenever the draft is opened."""
    outline = build_outline(facts, settings, skeleton, closing=closing)
    facts = with_date(facts, outline.date)
    _address_last_plans(outline.sections, facts, settings, last_year)
    backend = backend or backend_from_settings(settings)
    timings = timings or Timings()
    exemplars = _Exemplars(settings, timings, facts)
    exemplars.expect(outline.sections)
    exemplars.start()           # searched while the draft is set up and the endpoint is asked its name
    try:
        resolve_name = getattr(backend, "resolve_name", None)      # test doubles may lack it
        backend_name = await resolve_name() if resolve_name else backend.name
        bases: dict[str, int | None] = {}
        with timings.phase("storage"):
            if draft_id:
                bases = _redraft_bases(store, draft_id, owner)
                store.begin_run(draft_id)
                store.update_draft(draft_id, skeleton=outline.skeleton, facts=facts.to_dict(), backend=backend_name,
                                   owner=owner, last_year=_last_year_record(last_year))
            else:
                draft_id = store.create_draft(title=default_title(facts), skeleton=outline.skeleton,
                                              facts=facts.to_dict(), backend=backend_name, owner=owner,
                                              running=True, last_year=_last_year_record(last_year))
        run = _Run(settings=settings, store=store, backend=backend, facts=facts, outline=outline,
                   draft_id=draft_id, queue=asyncio.Queue(), timings=timings, exemplars=exemplars)

        def add_sections() -> None:
            with timings.phase("storage"):
                store.add_sections(draft_id, [dict(key=s.key, kind=s.kind, heading=s.heading, number=s.number,
                                                   topic=s.topic, order=s.order) for s in outline.sections])
                if bases:                   # generating again on an open draft: every section 排队 anew
                    for s in outline.sections:
                        store.set_status(draft_id, s.key, "排队")

        # the section rows are written while retrieval and generation start; every section
        # waits for them before its own first write
        run.sections_ready = asyncio.ensure_future(asyncio.to_thread(add_sections))
        yield DraftEvent(draft_id, None, "开始", message=backend_line(backend, settings))
        for s in outline.sections:
            yield DraftEvent(draft_id, s.key, "排队", message=s.heading or s.kind)
        jobs = [run.draft_section(s, base_no=bases.get(s.key)) for s in outline.sections]
        async for event in _draft_sections(run, outline.sections, total=len(outline.sections), jobs=jobs):
            yield event
    finally:
        exemplars.stop()
        await backend.aclose()


def _address_last_plans(sections: list[PlannedSection], facts: Facts, settings: Settings, last) -> None:
    """Last year's plans this year's facts do not answer, each handed to the section that should
    answer it (``last`` a LastYearReport, or a draft's stored record of one; None: nothing)."""
    if last is None:
        return
    from drafter.draft._last_plans import attach_last_plans
    from drafter.draft._plan import topic_table
    from drafter.lastyear import LastYearReport, plans_to_address

    if isinstance(last, dict):
        last = LastYearReport.from_record({"name": "", "paragraphs": [], **last})
    attach_last_plans(Outline(skeleton="", title="", sections=sections), plans_to_address(facts, last),
                      topic_table(settings), facts.year)


def _stored_last_plans(draft, facts: Facts, settings: Settings, wanted: list[PlannedSection]) -> None:
    """Resuming or regenerating a draft made with last year's report asks for the same plans
    in the same sections as the first run did (routed over the whole outline, not just ``wanted``)."""
    if not draft.last_year:
        return
    try:
        everything = build_outline(facts, settings, draft.skeleton,
                                   closing=any(s.key == "closing" for s in draft.sections)).sections
    except DraftError:
        return          # the skeleton is gone: the sections are drafted as planned_from_record falls back
    _address_last_plans(everything, facts, settings, draft.last_year)
    by_key = {s.key: s.last_plans for s in everything}
    for planned in wanted:
        planned.last_plans = list(by_key.get(planned.key, []))


def _last_year_record(last) -> dict | None:
    if last is None:
        return None
    return last.to_record()


def _redraft_bases(store: Store, draft_id: str, owner: str | None) -> dict[str, int | None]:
    """For each section of an open draft, the version a new text counts as made from: the current
    one, or 0 (older than everything) when a person edited the section, so the new text is kept
    as a candidate and never replaces the edit."""
    from drafter.store import HUMAN_SOURCES

    draft = store.get_draft(draft_id, owner=owner)
    if draft.running:
        raise DraftError(f"草稿 {draft_id} 正在生成中，请等它结束后再生成")
    bases: dict[str, int | None] = {}
    for s in draft.sections:
        if s.current is None:
            bases[s.key] = None
            continue
        human = any(v.source in HUMAN_SOURCES and not v.candidate for v in store.versions(draft_id, s.key))
        bases[s.key] = 0 if human else s.current.no
    return bases


async def _draft_sections(run: _Run, sections, *, total: int, jobs: list | None = None) -> AsyncIterator[DraftEvent]:
    """Draft ``sections`` concurrently, mark the run ended whatever happens (so a crash reads
    中断, never 排队 forever), then the summary over all ``total`` sections of the draft."""
    try:
        async for event in _pump(run, jobs if jobs is not None else [run.draft_section(s) for s in sections]):
            yield event
        await run._rows_written()             # surfaces a failure to write the rows themselves
    finally:
        _end_run(run.store, run.draft_id)
    yield DraftEvent(run.draft_id, None, "结束",
                     message=summary_message(run.backend, run.results, run.unused_facts(), total))


def _end_run(store: Store, draft_id: str) -> None:
    """The run is over (finished, cancelled or failed): whatever it left unfinished reads 中断."""
    try:
        store.end_run(draft_id)
    except Exception:
        log.exception("could not record the end of the run of %s", draft_id)


async def resume_draft(draft_id: str, *, settings: Settings, store: Store, owner: str | None = None,
                       timings: Timings | None = None, backend=None) -> AsyncIterator[DraftEvent]:
    """Draft only the sections of ``draft_id`` that have no text yet (a run killed part-way,
    or failed sections); the finished ones are kept as they are."""
    draft = store.get_draft(draft_id, owner=owner)
    if draft.running:
        raise DraftError(f"草稿 {draft_id} 正在生成中，请等它结束后再继续")
    facts = facts_from_dict(draft.facts, source=f"草稿 {draft_id}")
    missing = [planned_from_record(facts, settings, draft.skeleton, s)
               for s in sorted(draft.sections, key=lambda s: s.order) if s.current is None]
    _stored_last_plans(draft, facts, settings, missing)
    backend = backend or backend_from_settings(settings)
    timings = timings or Timings()
    try:
        outline = Outline(skeleton=draft.skeleton, title=draft.title, sections=missing)
        run = _Run(settings=settings, store=store, backend=backend, facts=facts, outline=outline,
                   draft_id=draft_id, queue=asyncio.Queue(), timings=timings)
        for s in draft.sections:        # the kept sections count in the summary and the unused facts
            if s.current is not None:
                run.results[s.key] = {"status": "完成", "verification": run.verify(s.current.text, make_brief(
                    facts, planned_from_record(facts, settings, draft.skeleton, s), skeleton=draft.skeleton,
                    exemplars=[])), "chars": len(s.current.text), "version": s.current.no, "text": s.current.text}
        yield DraftEvent(draft_id, None, "开始", message=backend_line(backend, settings))
        if not missing:
            yield DraftEvent(draft_id, None, "结束", message="各节均已生成，没有需要继续起草的节。")
            return
        store.begin_run(draft_id)
        for s in missing:
            store.set_status(draft_id, s.key, "排队")
            yield DraftEvent(draft_id, s.key, "排队", message=s.heading or s.kind)
        yield DraftEvent(draft_id, None, "提示",
                         message=f"继续起草尚未生成的{len(missing)}节，已完成的{len(draft.sections) - len(missing)}节保持不变。")
        run.exemplars.expect(missing)
        async for event in _draft_sections(run, missing, total=len(draft.sections)):
            yield event
    finally:
        await backend.aclose()


async def regenerate_section(draft_id: str, key: str, *, settings: Settings, store: Store,
                             instruction: str | None = None, owner: str | None = None,
                             author: str | None = None, backend=None) -> AsyncIterator[DraftEvent]:
    draft = store.get_draft(draft_id, owner=owner)
    record = draft.section(key)
    facts = facts_from_dict(draft.facts, source=f"草稿 {draft_id}")
    planned = planned_from_record(facts, settings, draft.skeleton, record)
    _stored_last_plans(draft, facts, settings, [planned])
    outline = Outline(skeleton=draft.skeleton, title=draft.title, sections=[planned])
    backend = backend or backend_from_settings(settings)
    instruction = (instruction or "").strip() or None
    try:
        run = _Run(settings=settings, store=store, backend=backend, facts=facts, outline=outline,
                   draft_id=draft_id, queue=asyncio.Queue())
        yield DraftEvent(draft_id, None, "开始", message=backend_line(backend, settings))
        current = record.current
        job = run.draft_section(planned, instruction=instruction,
                                previous_text=current.text if current else None,
                                base_no=current.no if current else None, author=author or owner)
        async for event in _pump(run, [job]):
            yield event
        result = run.results.get(key, {})
        if result.get("status") == "完成" and result.get("candidate"):
            message = candidate_notice(record.heading or key, result["version"]) + "。原有版本均已保留。"
        elif result.get("status") == "完成":
            message = f"已生成“{record.heading or key}”的新版本（第{result['version']}版），原有版本均已保留。"
        else:
            message = f"“{record.heading or key}”重新生成失败：{result.get('reason', '未知原因')}；原有版本未改动。"
        yield DraftEvent(draft_id, None, "结束", message=message)
    finally:
        await backend.aclose()


def planned_from_record(facts: Facts, settings: Settings, skeleton: str, record) -> PlannedSection:
    """The section as planned now from the draft's facts snapshot; the stored heading wins."""
    try:
        outline = build_outline(facts, settings, skeleton, closing=record.key == "closing" or None)
        planned = outline.section(record.key)
        if record.topic and planned.topic != record.topic:
            # the topic table changed since drafting and the inferred blocks moved: follow the topic
            planned = next(s for s in outline.sections if s.topic == record.topic)
            planned.key, planned.order = record.key, record.order
    except (DraftError, StopIteration):
        planned = PlannedSection(key=record.key, kind=record.kind, heading=record.heading, number=record.number,
                                 topic=record.topic, order=record.order, query=record.heading or record.kind,
                                 target_chars=400)
        if record.topic:
            planned.fact_ids = [f.id for f in facts.facts if f.topic == record.topic]
    planned.heading, planned.number = record.heading, record.number
    return planned


__all__ = ["default_title", "draft_report", "regenerate_section", "resume_draft", "Timings", "section_facts", "planned_from_record"]
