"""Opening a facts file: pick the reader by extension, decode the text, hand off to validation.

Every way a file can fail before validation (missing, empty, wrong type, bad encoding, broken
syntax, a corrupt workbook) becomes one Chinese problem naming the file, so the CLI and the UI
never see a Python exception from a clerk's mistake.
"""

from __future__ import annotations

from pathlib import Path

from ._validate import Locator, build_facts


def _decode(raw: bytes) -> str | None:
    """UTF-8 (with or without BOM) first; GB18030 next, since WPS and Notepad on Chinese Windows save it."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def load(path: Path):
    from . import SUFFIXES, FactsError

    name = path.name or str(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise FactsError([f"{path}：文件不存在，请检查路径和文件名"])
    if path.is_dir():
        raise FactsError([f"{path}：这是一个文件夹，请指定事实材料文件（.yaml、.json 或 .xlsx）"])
    if suffix not in SUFFIXES:
        hint = "，请在 Excel/WPS 中另存为 .xlsx" if suffix in (".xls", ".et", ".csv") else ""
        raise FactsError([f"{name}：不支持的文件类型“{suffix or '无扩展名'}”{hint}"
                          f"（可用：.yaml、.yml、.json、.xlsx）"])
    from ._limits import file_too_big

    try:
        big = file_too_big(path.stat().st_size, suffix)
    except OSError:
        big = None
    if big:
        raise FactsError([f"{name}：{big}"])
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FactsError([f"{name}：无法读取文件（{exc.strerror or type(exc).__name__}）"]) from None
    if not raw.strip():
        raise FactsError([f"{name}：文件是空的，请先填写事实材料（可用 drafter facts template 生成模板）"])

    warnings: list[str] = []
    if suffix == ".xlsx":
        from ._excel import read_workbook

        data, places, problems = read_workbook(path, name, warnings)
    else:
        text = _decode(raw)
        if text is None:
            raise FactsError([f"{name}：文件编码无法识别，请另存为 UTF-8 编码"])
        if suffix == ".json":
            from ._yaml import parse_json

            data, places, problems = parse_json(text, name)
        else:
            from ._yaml import parse_yaml

            data, places, problems = parse_yaml(text, name)
    if data is None:
        raise FactsError(problems or [f"{name}：文件没有内容"])
    try:
        facts = build_facts(data, Locator(name, places), source=name)
    except FactsError as exc:
        raise FactsError(problems + exc.problems) from None
    if problems:
        raise FactsError(problems)
    facts.warnings = warnings
    return facts
