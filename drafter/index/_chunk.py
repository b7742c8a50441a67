"""Cutting a document into retrievable exemplars without ever crossing a heading.

A clerk asks for "how others wrote the 行政复议 part", so the natural unit is one （一）
block: it is kept whole when it fits, split at 一是/二是 and sentence boundaries when it
does not, and tiny leftovers are merged back within the same heading. Runs of very short
sibling items (a list of one-line （一） points) are gathered into one chunk under their
common parent heading: one chunk per line made a 100 KB file 562 chunks (issue 9 #7).
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field

from drafter.corpus import Document, Section
from drafter.corpus._clean import matching_form
from drafter.corpus._topics import assign_topics

MAX_CHARS = 600
WINDOW_CHARS = 200        # dense vectors are taken over a few sentences, not a whole chunk
MIN_CHARS = 150
MAX_BLOCK_CHARS = 660     # a （一） block slightly over the limit still reads best whole
PATH_SEPARATOR = " > "

_SENTENCE = re.compile(r"(?<=[。；;！？\n])")

# Tried in order: paragraph, before the next "二是/三是…", sentence, clause.
_SEPARATORS = [
    "\n",
    r"(?<=[。；;])(?=[二三四五六七八九十]{1,2}是)",
    r"(?<=[。！？])",
    r"(?<=[；;])",
    r"(?<=[，,])",
    "",
]


@dataclass
class Chunk:
    chunk_id: str
    doc_id: str
    ordinal: int
    heading_path: list[str]
    kind: str
    topics: list[str]
    text: str                      # display text (document's own characters)
    embed_text: str = field(repr=False, default="")   # heading path + text, simplified (BM25)

    @property
    def windows(self) -> list[str]:
        return dense_windows(self.heading_path, self.text)


@functools.lru_cache(maxsize=1)
def _splitter():
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    return RecursiveCharacterTextSplitter(
        separators=_SEPARATORS, is_separator_regex=True, keep_separator="end",
        chunk_size=MAX_CHARS, chunk_overlap=0, length_function=len,
    )


@dataclass
class _Piece:
    """A chunk before ids and topics: where it sits and its text."""

    heading_path: list[str]
    kind: str
    text: str
    single: bool = True     # one whole section or block, not a split part of a long one
    gathered: bool = False  # short sibling items gathered together: heading_path is their parent


def chunk_document(document: Document, topics: dict[str, list[str]]) -> list[Chunk]:
    chunks: list[Chunk] = []
    seen_paths: dict[str, int] = {}
    pieces = [_Piece(list(section.heading_path), section.kind, piece, single=len(parts) == 1)
              for section, text in _units(document.sections) for parts in [_pieces(text)] for piece in parts]
    for piece in _gather_short_siblings(pieces):
        path_key = PATH_SEPARATOR.join(piece.heading_path or [piece.kind])
        ordinal = seen_paths.get(path_key, 0)
        seen_paths[path_key] = ordinal + 1
        chunks.append(_make_chunk(document.doc_id, piece, ordinal, topics))
    return chunks


def _gather_short_siblings(pieces: list[_Piece]) -> list[_Piece]:
    """Short neighbouring items of one kind under one parent heading become one chunk.

    Only items below the size floor are gathered, and a gathering stops once it reaches the
    floor: an item long enough to stand alone keeps its own chunk and its own heading path,
    which its heading words reach retrieval through (absorbed into a short neighbour, a
    （三） block of 208 characters lost its heading to the parent's and ranked lower in
    bench/retrieval.py). The chunk's heading path is the common parent; each item keeps its
    own heading line in the text, so nothing a reader needs is lost."""
    out: list[_Piece] = []
    for piece in pieces:
        last = out[-1] if out else None
        if last is not None and _can_gather(last, piece):
            out[-1] = _Piece(_parent(piece.heading_path), last.kind, last.text + "\n" + piece.text, gathered=True)
        else:
            out.append(piece)
    return out


def _can_gather(last: _Piece, piece: _Piece) -> bool:
    last_parent = last.heading_path if last.gathered else _parent(last.heading_path)
    return (last.single and piece.single and last.kind == piece.kind
            and last_parent == _parent(piece.heading_path)
            and len(last.text) < MIN_CHARS and len(piece.text) < MIN_CHARS
            and len(last.text) + len(piece.text) <= MAX_CHARS)


def _parent(heading_path: list[str]) -> list[str]:
    return heading_path[:-1]


def chunk_id_for(doc_id: str, heading_path: list[str], ordinal: int) -> str:
    """Stable across re-indexing: the same heading in the same file keeps its id."""
    digest = hashlib.sha1(PATH_SEPARATOR.join(heading_path).encode("utf-8")).hexdigest()[:10]
    return f"{doc_id}#{digest}-{ordinal}"


def embed_text_for(heading_path: list[str], text: str) -> str:
    """What the dense and lexical indexes see: the heading path gives a bare paragraph its subject."""
    prefix = heading_path[:-1] if heading_path and text.startswith(heading_path[-1]) else heading_path
    head = PATH_SEPARATOR.join(prefix)
    return matching_form(f"{head}\n{text}" if head else text)


def dense_windows(heading_path: list[str], text: str) -> list[str]:
    """The texts embedded for one chunk: runs of whole sentences, each with the heading path.

    A small embedding model averages a long chunk into mush; scoring a chunk by its
    best-matching few sentences (max-sim) found the relevant exemplar more often in
    bench/retrieval.py, at about the same embedding cost, since the same text is embedded once.
    """
    windows: list[str] = []
    current = ""
    for sentence in _SENTENCE.split(text):
        if current and len(current) + len(sentence) > WINDOW_CHARS:
            windows.append(current)
            current = sentence
        else:
            current += sentence
    if current.strip() or not windows:
        windows.append(current)
    return [embed_text_for(heading_path, window) for window in windows]


def retag(chunk_heading_path: list[str], text: str, topics: dict[str, list[str]]) -> list[str]:
    return assign_topics(matching_form(" ".join(chunk_heading_path)), matching_form(text), topics)


def _make_chunk(doc_id: str, piece: _Piece, ordinal: int, topics: dict[str, list[str]]) -> Chunk:
    return Chunk(
        chunk_id=chunk_id_for(doc_id, piece.heading_path or [piece.kind], ordinal),
        doc_id=doc_id,
        ordinal=ordinal,
        heading_path=list(piece.heading_path),
        kind=piece.kind,
        topics=retag(piece.heading_path, piece.text, topics),
        text=piece.text,
        embed_text=embed_text_for(piece.heading_path, piece.text),
    )


def _id_path(section: Section) -> list[str]:
    """Unheaded parts (导语, an unheaded problems paragraph, 总之……) are told apart by kind."""
    return section.heading_path or [section.kind]


def _units(sections: list[Section]) -> list[tuple[Section, str]]:
    """(section, text) units: a block with its sub-sections when it fits, else each part alone."""
    units: list[tuple[Section, str]] = []
    i = 0
    while i < len(sections):
        section = sections[i]
        end = _block_end(sections, i)
        block_text = "\n".join(s.text for s in sections[i:end])
        if end - i > 1 and len(block_text) <= MAX_BLOCK_CHARS:
            units.append((section, block_text))
            i = end
            continue
        if not (_is_heading_only(section) and _has_children(sections, i)):
            units.append((section, section.text))
        i += 1
    return units


def _block_end(sections: list[Section], start: int) -> int:
    level = sections[start].level
    end = start + 1
    if level < 2:
        return end   # a top-level part is never one chunk: its （一） blocks are the exemplars
    while end < len(sections) and sections[end].heading_path[:len(sections[start].heading_path)] \
            == sections[start].heading_path and sections[end].level > level:
        end += 1
    return end


def _is_heading_only(section: Section) -> bool:
    return bool(section.heading) and len(section.text.strip().rstrip("。")) <= len(section.heading) + 1


def _has_children(sections: list[Section], index: int) -> bool:
    """A bare heading with sub-sections is dropped: they carry it in their heading paths.
    A bare heading without any (a one-line plan item) is content and stays."""
    parent = sections[index]
    return index + 1 < len(sections) and sections[index + 1].level > parent.level \
        and sections[index + 1].heading_path[:len(parent.heading_path)] == parent.heading_path


def _pieces(text: str) -> list[str]:
    if len(text) <= MAX_CHARS:
        return [text]
    pieces: list[str] = []
    for piece in _splitter().split_text(text):
        if pieces and (len(piece) < MIN_CHARS or len(pieces[-1]) < MIN_CHARS) \
                and len(pieces[-1]) + len(piece) <= MAX_CHARS + MIN_CHARS:
            pieces[-1] = _rejoin(text, pieces[-1], piece)
        else:
            pieces.append(piece)
    return pieces


def _rejoin(original: str, left: str, right: str) -> str:
    """Glue two split pieces back, keeping the paragraph break if there was one."""
    return left + "\n" + right if (left + "\n" + right[:20]) in original else left + right
