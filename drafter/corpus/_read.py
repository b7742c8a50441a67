"""Turning a file on disk into raw text: encodings, Word documents, web pages.

Everything here fails with a CorpusError whose message names the file, so one bad
file can be reported to the clerk while the rest of the corpus is still indexed.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from drafter.corpus._errors import CorpusError

TEXT_SUFFIXES = (".txt",)
WORD_SUFFIXES = (".docx",)
HTML_SUFFIXES = (".html", ".htm")
READABLE_SUFFIXES = TEXT_SUFFIXES + WORD_SUFFIXES + HTML_SUFFIXES

# Elements that carry site chrome rather than the document.
_CHROME_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "iframe", "form",
                "button", "select", "svg", "head")
_CHROME_CLASS = re.compile(r"nav|menu|footer|header|breadcrumb|share|crumb|sidebar|toolbar|copyright",
                           re.IGNORECASE)
_BLOCK_END = re.compile(r"(</(?:p|div|h[1-6]|li|tr|section|article|table|dd|dt|blockquote|title)\s*>"
                        r"|<br\s*/?>)", re.IGNORECASE)
# A table row stays one line, its cells set apart, so a figure keeps its row's label beside it
# (市场监管 | 1234 | 246.8); a cell alone on a line would be a bare number, dropped as page debris
_CELL_END = re.compile(r"</t[dh]\s*>", re.IGNORECASE)
CELL_MARK = " | "
_MIN_HAN = 10


def read_text(path: Path, data: bytes | None = None) -> str:
    """The file's text, whatever its format; raises CorpusError in Chinese.

    ``data`` is the file's content when the caller already read it (to hash it).
    """
    suffix = path.suffix.lower()
    data = read_bytes(path) if data is None else _non_empty(data, path)
    if suffix in WORD_SUFFIXES:
        text = _docx_text(path)
    elif suffix in HTML_SUFFIXES:
        text = _html_text(_decode(data, path), path)
    elif suffix in TEXT_SUFFIXES:
        text = _decode(data, path)
    else:
        raise CorpusError(f"不支持的文件类型：{path.name}（只支持 .txt、.docx、.html）")
    if _han_count(text) < _MIN_HAN:
        raise CorpusError(f"文件 {path.name} 中没有可用的中文正文，已跳过")
    return text


def read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"无法打开文件 {path.name}：{exc.strerror or exc}") from exc
    return _non_empty(data, path)


def _non_empty(data: bytes, path: Path) -> bytes:
    if not data.strip():
        raise CorpusError(f"文件 {path.name} 是空的，已跳过")
    return data


def _decode(data: bytes, path: Path) -> str:
    """Strict UTF-8 first (the common case), then GB18030 (a superset of GBK), then a guess."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CorpusError(f"文件 {path.name} 不是文本文件（可能已损坏），已跳过")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise CorpusError(f"无法识别文件 {path.name} 的文字编码（可能已损坏），已跳过")
    return str(best)


def _docx_text(path: Path) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise CorpusError(f"无法读取 Word 文件 {path.name}：文件已损坏或不是 .docx 格式") from exc
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def _html_text(html: str, path: Path) -> str:
    """Body text of a web page with one line per block, menus and scripts removed."""
    from selectolax.lexbor import LexborHTMLParser

    # Whitespace inside HTML is insignificant; line breaks come only from block ends.
    html = _BLOCK_END.sub(lambda m: "\n" + m.group(0), re.sub(r"\s+", " ", html))
    html = _CELL_END.sub(lambda m: CELL_MARK + m.group(0), html)
    tree = LexborHTMLParser(html)
    tree.strip_tags(list(_CHROME_TAGS))
    full = _body_text(tree)
    for node in [n for n in tree.css("[class], [id]") if _looks_like_chrome(n)]:
        node.decompose()
    trimmed = _body_text(tree)
    # A page whose whole article sits in, say, class="main-header-wrap" must not lose it.
    text = trimmed if _han_count(trimmed) >= 0.5 * _han_count(full) else full
    return _ROW_END.sub("", text)


_ROW_END = re.compile(r"[ \t]*\|[ \t]*(?=\n|$)")


def _looks_like_chrome(node) -> bool:
    marker = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
    return bool(_CHROME_CLASS.search(marker))


def _body_text(tree) -> str:
    root = tree.body or tree.root
    return root.text(separator="") if root is not None else ""


def _han_count(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
