"""Putting reading, cleaning, layout and classification together into one Document."""

from __future__ import annotations

import hashlib
from pathlib import Path

from drafter.corpus import Document, Section
from drafter.corpus._clean import clean_text, matching_form
from drafter.corpus._errors import CorpusError
from drafter.corpus._meta import GENRE_NOT_REPORT, genre, issuing_body, report_year
from drafter.corpus._read import read_bytes, read_text
from drafter.corpus._structure import lay_out, section_kind
from drafter.corpus._topics import assign_topics


def build_document(path: Path, *, root: Path | None, entry: dict,
                   topics: dict[str, list[str]]) -> Document:
    raw_bytes = read_bytes(path)
    text = clean_text(read_text(path, raw_bytes))
    paragraphs = text.split("\n")
    layout = lay_out(paragraphs)
    if not layout.sections:
        raise CorpusError(f"文件 {path.name} 中没有可用的中文正文，已跳过")
    title = layout.title or paragraphs[0][:60]
    title_form = matching_form(title)
    text_form = matching_form(text)
    body_forms = [matching_form(p) for p in paragraphs[len(layout.front):]]
    doc_genre = entry.get("genre") or genre(title_form, text_form)
    is_report = doc_genre != GENRE_NOT_REPORT
    has_headings = any(s.heading_path for s in layout.sections)
    sections = []
    for raw in layout.sections:
        section_form = matching_form(raw.text)
        heading_form = matching_form(" ".join(raw.heading_path))
        sections.append(Section(
            heading=raw.heading,
            heading_path=list(raw.heading_path),
            level=raw.level,
            kind=section_kind(raw, is_report=is_report, has_headings=has_headings),
            topics=assign_topics(heading_form, section_form, topics),
            text=raw.text,
            simplified=section_form,
        ))
    return Document(
        doc_id=doc_id_for(path, root),
        path=path,
        title=title,
        body=entry.get("body") or issuing_body(title_form),
        year=_int_or_none(entry.get("year")) or report_year(title_form, body_forms),
        genre=doc_genre,
        text=text,
        simplified=text_form,
        sections=sections,
        sha256=hashlib.sha256(raw_bytes).hexdigest(),
        level=entry.get("level"),
    )


def doc_id_for(path: Path, root: Path | None) -> str:
    """The file name relative to its corpus root: stable across machines and re-indexing."""
    if root is None:
        return path.name
    try:
        return path.resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return path.name


def _int_or_none(value) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None
