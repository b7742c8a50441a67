"""The Chinese messages a clerk reads about a draft: backend in use, per-section and whole-draft results."""

from __future__ import annotations

import dataclasses

from drafter.config import Settings
from drafter.llm import OFFLINE_NAME


def backend_line(backend, settings: Settings) -> str:
    if backend.kind == "offline":
        return f"使用后端：{OFFLINE_NAME}（未配置 DRAFTER_BASE_URL）"
    return f"使用后端：模型 {backend.name}（{settings.base_url}）"


def failure_reasons(failed: list[str], results: dict) -> str:
    """Sections that failed for the same reason (a dead endpoint fails them all) share one line."""
    by_reason: dict[str, list[str]] = {}
    for key in failed:
        by_reason.setdefault(results[key]["reason"], []).append(key)
    if len(by_reason) == 1 and len(failed) > 1:
        return f"均因：{next(iter(by_reason))}"
    return "；".join(f"{'、'.join(keys)}：{reason}" for reason, keys in by_reason.items())


def made_by(backend_name: str) -> str:
    if backend_name == OFFLINE_NAME:
        return "本稿由离线模板生成"
    return f"本稿由模型 {backend_name} 生成"


def exemplar_dicts(exemplars) -> list[dict]:
    return [{"doc": e.doc, "title": e.title, "heading_path": list(e.heading_path), "score": round(float(e.score), 6),
             "year": e.year, "level": getattr(e, "level", None)}
            for e in exemplars]


def finding_dicts(findings) -> list[dict]:
    return [dataclasses.asdict(f) if dataclasses.is_dataclass(f) else dict(f) for f in findings]


def section_message(verification, rounds: int, note: str | None = None) -> str:
    problems = verification.problems
    to_fill = [f for f in problems if f.kind == "to_fill"]
    if len(to_fill) == len(problems):
        text = "数字核验通过" + (f"（经{rounds}轮修复）" if rounds else "")
        if to_fill:
            text += f"；有{len(to_fill)}处【待补充】需您写明实际内容"
    else:
        listed = "；".join(f.message for f in problems[:3]) + ("……" if len(problems) > 3 else "")
        repaired = f"经{rounds}轮修复后" if rounds else ""
        text = f"{repaired}数字核验仍有{len(problems)}处问题，请核对：{listed}"
    return f"{text}。{note}" if note else text


def fact_names(facts) -> str:
    return "、".join(f"{f.label}（{f.id}）" for f in facts)


def verification_phrase(kinds: list[str]) -> str:
    """The check's outcome in one clause. A 【待补充】 note is a part the clerk must write, not a
    wrong figure: counted apart, so a clean offline draft does not read as one with problems."""
    to_fill = sum(1 for k in kinds if k == "to_fill")
    problems = len(kinds) - to_fill
    said = "数字核验全部通过" if not problems else f"数字核验发现{problems}处问题，请逐节核对"
    if to_fill:
        said += f"；另有{to_fill}处【待补充】需您写明实际内容"
    return said


def summary_message(backend, results: dict, unused, total: int) -> str:
    done = [k for k, r in results.items() if r.get("status") == "完成"]
    failed = [k for k, r in results.items() if r.get("status") == "失败"]
    kinds = [f.kind for r in results.values() if r.get("status") == "完成" for f in r["verification"].problems]
    parts = [f"{made_by(backend.name)}。共{total}节：完成{len(done)}节，失败{len(failed)}节"]
    if failed:
        parts[-1] += "（" + failure_reasons(failed, results) + "）"
    if not done:
        return "。".join(parts) + "。没有写成任何一节，请排除上述问题后重新生成。"
    parts.append(verification_phrase(kinds))
    if unused:
        parts.append(f"有{len(unused)}条数据未写入正文：{fact_names(unused)}")
    else:
        parts.append("录入的数据全部写入正文")
    return "。".join(parts) + "。"
