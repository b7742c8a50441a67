"""Reading past reports: encodings, .docx/.html, page chrome, headings, section kinds, topics.

The public surface is this module: ``read_document`` turns one file into a classified
:class:`Document`; ``load_topics`` gives the clerk-extendable topic table; ``to_simplified``
is the one traditional-to-simplified conversion every module should use for matching.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# The section kinds a report is made of; the names are what clerks see and what --kind takes.
from drafter.corpus._kinds import (KIND_CLOSING, KIND_INTRO, KIND_LEADERSHIP, KIND_OTHER,  # noqa: E402,F401
                                   KIND_PLANS, KIND_PROBLEMS, KIND_WORK, SECTION_KINDS)

# Document genres.
# 年度报告: 法治政府建设年度报告 / 依法行政工作报告; 汇报通报: older 汇报/通报 reports (before
# the 2019 rules); 非报告: 实施方案, 通知, ...: kept out of exemplars by default
from drafter.corpus._meta import GENRE_ANNUAL, GENRE_NOT_REPORT, GENRE_OLDER  # noqa: E402
GENRES = (GENRE_ANNUAL, GENRE_OLDER, GENRE_NOT_REPORT)


from drafter.corpus import _clean, _topics
from drafter.corpus._errors import CorpusError  # noqa: F401  (public)
# a whole report's parts in order, each with its kind and its place in the joined text
from drafter.corpus._parts import Part, kind_at, parts as report_parts  # noqa: F401  (public)


@dataclass
class Section:
    heading: str                 # the heading as printed ("（一）强化第一责任人责任"), "" for an unheaded block
    heading_path: list[str]      # from the top-level heading down to this one
    level: int                   # 0 = before any heading, 1 = 一、, 2 = （一）, 3 = 1., 4 = （1）
    kind: str                    # one of SECTION_KINDS
    topics: list[str]            # from the topics data file
    text: str                    # original text (cleaned), heading line included
    simplified: str              # the same in simplified characters, for matching


@dataclass
class Document:
    doc_id: str                  # stable id: file name relative to the corpus root
    path: Path
    title: str
    body: str | None             # issuing body (机关), if found
    year: int | None             # the year reported on (not the publishing year)
    genre: str                   # one of GENRES
    text: str                    # cleaned original text for display
    simplified: str              # simplified-character form for matching
    sections: list[Section] = field(default_factory=list)
    sha256: str = ""             # of the raw file bytes
    level: str | None = None     # 省/市/县/乡镇/部门, from the corpus manifest when given


def to_simplified(text: str) -> str:
    """OpenCC t2s conversion (cached converter)."""
    return _clean.to_simplified(text)


def load_topics(home: Path | None = None) -> dict[str, list[str]]:
    """Topic name -> keywords, from drafter/data/topics.yaml plus the user's <home>/topics.yaml."""
    return _topics.load_topics(home)


def read_document(path: Path, *, root: Path | None = None, manifest: dict | None = None,
                  topics: dict[str, list[str]] | None = None) -> Document:
    """Read, clean, structure and classify one file; raises CorpusError with a Chinese message.

    ``manifest`` is either this file's entry (body, level, year, genre) or a whole
    corpus manifest keyed by file name; what it says wins over what the text suggests,
    because a clerk who wrote it knows better than a heuristic.
    """
    from drafter.corpus._document import build_document

    path = Path(path)
    return build_document(path, root=root, entry=_manifest_entry(path, root, manifest),
                          topics=topics if topics is not None else load_topics())


def read_paragraphs(path: Path) -> list[str]:
    """A clerk's draft (.docx, .txt, .md, .html) as its non-empty paragraphs, cleaned as the corpus is.

    Paragraph i of the result is the (i+1)-th paragraph with visible text in the file, which is
    how a clerk counts paragraphs in Word; raises CorpusError with a Chinese reason.
    """
    from drafter.corpus._paragraphs import read_paragraphs as _read

    return _read(Path(path))


from drafter.corpus._paragraphs import Line, table_units, table_years  # noqa: E402,F401  (public)
from drafter.corpus._tables import CELL_GAP, cell_unit, row_cells, year_of_column  # noqa: E402,F401  (public)


def read_lines(path: Path):
    """A clerk's draft as the verifier reads it: read_paragraphs' paragraphs, each a ``Line``
    with its 第N段, and in a .docx each table row (表K第R行) in its place; see _paragraphs."""
    from drafter.corpus._paragraphs import read_lines as _read

    return _read(Path(path))


def _manifest_entry(path: Path, root: Path | None, manifest: dict | None) -> dict:
    if not manifest:
        return {}
    files = manifest.get("files", manifest)
    from drafter.corpus._document import doc_id_for

    for key in (doc_id_for(path, root), path.name):
        if isinstance(files.get(key), dict):
            return files[key]
    return manifest if any(k in manifest for k in ("year", "genre", "body", "level")) else {}

