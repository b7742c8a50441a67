"""A copy of the clerk's own .docx with each finding as a Word comment on the number itself.

The findings carry offsets into the text the corpus reader produced (one line per paragraph
with visible text, cleaned: full-width digits folded, stray spaces dropped...). That text and
the Word file are close but not identical, so nothing here trusts offsets blindly: each text
paragraph is matched to a Word paragraph by its content, the offset is carried across by a
character alignment, and the span is accepted only if it still reads as the finding's text.
When any step fails the comment goes on the whole paragraph instead, so no finding is lost.
A line of the text may be a row of a Word table (drafter.corpus.read_lines): it is matched to
that row, and the comment goes on the number in its cell.
The runs around a number are split so the comment and the highlight cover exactly the number
(Word anchors a comment on whole runs), and everything else in the run (font, size) is kept.
"""

from __future__ import annotations

import copy
import difflib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

AUTHOR = "数字核验"
INITIALS = "核"
SEVERITY_NAMES = {"error": "错误", "warning": "提醒", "info": "说明"}
# How far ahead (in paragraphs) a text paragraph's Word paragraph is looked for.
_LOOKAHEAD = 8
_SIMILAR = 0.6
# Run children that only hold text; a run with anything else (a picture, a field) is never split.
_TEXT_ONLY = {"rPr", "t", "tab", "br", "cr", "noBreakHyphen", "softHyphen", "lastRenderedPageBreak"}


@dataclass
class Annotated:
    path: Path
    on_number: int = 0        # comments anchored on the number's own runs
    on_paragraph: int = 0     # the number could not be found in the Word paragraph: whole paragraph
    general: int = 0          # findings with no place in the text (an unused fact), gathered at the top


def annotate_docx(source: Path, target: Path, text: str, findings: list[dict]) -> Annotated:
    """Write ``target``: ``source`` with a comment per finding; the original is not touched."""
    import docx

    from drafter.verify import paragraph_spans

    document = docx.Document(str(source))
    spans = paragraph_spans(text)
    text_paragraphs = [text[s:e] for s, e in spans]
    matched = _match_paragraphs(text_paragraphs, _body_items(document))
    result = Annotated(Path(target))
    general: list[dict] = []
    # in reading order (splitting runs never changes the paragraph's text, only where runs end)
    placed = sorted((f for f in findings if f.get("start") is not None),
                    key=lambda f: (f["start"], f.get("end") or f["start"]))
    for finding in placed:
        k = _paragraph_index(spans, finding["start"])
        paragraph = matched[k] if k is not None else None
        if paragraph is None:
            general.append(finding)
            continue
        rel_start = finding["start"] - spans[k][0]
        rel_end = min(finding.get("end") or finding["start"], spans[k][1]) - spans[k][0]
        line = text_paragraphs[k]
        if isinstance(paragraph, _Row):
            paragraph, line, rel_start, rel_end = paragraph.cell_at(rel_start, rel_end)
        if paragraph is None:
            general.append(finding)
            continue
        runs = _runs_for(paragraph, line, rel_start, rel_end, finding.get("text") or "") if line else []
        if runs:
            result.on_number += 1
            _highlight(runs, finding.get("severity"))
        elif paragraph.runs:
            runs = list(paragraph.runs)
            result.on_paragraph += 1
        else:   # a paragraph whose text sits only in hyperlinks or fields
            general.append(finding)
            continue
        document.add_comment(runs, text=comment_text(finding), author=AUTHOR, initials=INITIALS)
    general += [f for f in findings if f.get("start") is None]
    result.general = len(general)
    if general:
        first = next((p for p in document.paragraphs if p.runs and p.text.strip()), None)
        if first is not None:
            lines = [_where(f) + comment_text(f) for f in general]
            document.add_comment(list(first.runs), text="\n".join(["核验说明（以下问题无法标在正文某一处）："] + lines),
                                 author=AUTHOR, initials=INITIALS)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(target))
    return result


def comment_text(finding: dict) -> str:
    """【错误】…message…（算式：…）: what the clerk reads in Word's comment pane."""
    severity = SEVERITY_NAMES.get(finding.get("severity") or "", finding.get("severity") or "")
    formula = f"（算式：{finding['formula']}）" if finding.get("formula") else ""
    return f"【{severity}】{finding.get('message', '')}{formula}"


def _where(finding: dict) -> str:
    """第4段「…」： (or 表1第2行「…」：) when the finding dict carries its position (drafter verify adds it)."""
    if finding.get("where") and finding.get("quote"):
        return f"{finding['where']}「{finding['quote']}」："
    if finding.get("paragraph") and finding.get("quote"):
        return f"第{finding['paragraph']}段「{finding['quote']}」："
    return ""


# --------------------------------------------------------------------------- paragraphs


def _norm(text: str) -> str:
    """The form two readings of one paragraph share: NFKC, no whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).split())


class _Row:
    """A Word table row standing where the text has it: its cells' text joined as the reader
    joins them, so it is matched like a paragraph, and the cell a finding falls in."""

    def __init__(self, row):
        from drafter.corpus import CELL_GAP, row_cells

        self.cells = row_cells(row)
        self.gap = CELL_GAP
        self.text = CELL_GAP.join(text for _, text in self.cells)

    def cell_at(self, start: int, end: int):
        """(paragraph, its text, start, end within it) for the cell the span falls in. A cell
        whose text is spread over several paragraphs gives its first and no text: the comment
        then goes on that whole paragraph."""
        pos = 0
        for cell, text in self.cells:
            if pos <= start <= pos + len(text):
                shown = [p for p in cell.paragraphs if p.text.strip()]
                if not shown:
                    break
                return shown[0], text if len(shown) == 1 else "", start - pos, min(end - pos, len(text))
            pos += len(text) + len(self.gap)
        return None, "", 0, 0


def _body_items(document) -> list:
    """The body's paragraphs and table rows (as _Row) in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    items: list = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            items.append(Paragraph(child, document))
        elif tag == "tbl":
            items.extend(row for row in (_Row(r) for r in Table(child, document).rows) if row.text)
    return items


def _match_paragraphs(text_paragraphs: list[str], word_paragraphs) -> list:
    """For each text paragraph, the Word paragraph (or table row) it was read from (None if none fits)."""
    candidates = [p for p in word_paragraphs if p.text.strip()]
    keys = [_norm(p.text) for p in candidates]
    out: list = []
    j = 0
    for line in text_paragraphs:
        key = _norm(line)
        window = range(j, min(len(candidates), j + _LOOKAHEAD))
        exact = next((i for i in window if keys[i] == key), None)
        if exact is None:
            scored = [(difflib.SequenceMatcher(None, key, keys[i], autojunk=False).ratio(), i) for i in window]
            best = max(scored, default=(0.0, None))
            exact = best[1] if best[0] >= _SIMILAR else None
        if exact is None:
            out.append(None)
            continue
        out.append(candidates[exact])
        j = exact + 1
    return out


def _paragraph_index(spans: list[tuple[int, int]], offset: int) -> int | None:
    for k, (start, end) in enumerate(spans):
        if start <= offset <= end:
            return k
    return None


# --------------------------------------------------------------------------- runs


def _runs_for(paragraph, line: str, start: int, end: int, wanted: str) -> list:
    """The paragraph's runs covering exactly the finding, split out of their neighbours; [] if unsure."""
    pieces = [(run, run.text) for run in paragraph.runs]
    joined = "".join(t for _, t in pieces)
    span = _carry(line, joined, start, end, wanted)
    if span is None:
        return []
    a, b = span
    _split_at(paragraph, b)
    _split_at(paragraph, a)
    covered, pos = [], 0
    for run in paragraph.runs:
        length = len(run.text)
        if pos < b and pos + length > a and length:
            covered.append(run)
        pos += length
    return covered


def _carry(line: str, joined: str, start: int, end: int, wanted: str) -> tuple[int, int] | None:
    """line[start:end] as a span of the Word paragraph's run text, checked against ``wanted``.

    Both sides are compared character by character in NFKC form, so a Word file typed with
    full-width digits (４９件) or a manual line break still lines up with the cleaned text.
    """
    if line == joined:
        return (start, end) if end > start else None
    target = _norm(wanted or line[start:end])
    line_n, line_at, _ = _nfkc_map(line)
    joined_n, _, joined_at = _nfkc_map(joined)
    matcher = difflib.SequenceMatcher(None, line_n, joined_n, autojunk=False)
    a, b = _map(matcher, line_at[start]), _map(matcher, line_at[end])
    a = joined_at[a] if a is not None else None
    b = joined_at[b] if b is not None else None
    if a is not None and b is not None and b > a and _norm(joined[a:b]) == target:
        return a, b
    # the alignment drifted: the nearest occurrence of the finding's own text, if it is there
    found = [i for i in range(len(joined_n)) if joined_n.startswith(target, i)] if target else []
    if not found:
        return None
    guess = a if a is not None else round(start * len(joined) / max(1, len(line)))
    best = min(found, key=lambda i: abs(joined_at[i] - guess))
    return joined_at[best], joined_at[best + len(target)]


def _nfkc_map(text: str) -> tuple[str, list[int], list[int]]:
    """The NFKC form, each original offset's place in it, and each of its offsets' original place."""
    out: list[str] = []
    forward: list[int] = []
    back: list[int] = []
    for i, ch in enumerate(text):
        forward.append(len(out))
        piece = unicodedata.normalize("NFKC", ch)
        out.extend(piece)
        back.extend([i] * len(piece))
    forward.append(len(out))
    back.append(len(text))
    return "".join(out), forward, back


def _map(matcher: difflib.SequenceMatcher, offset: int) -> int | None:
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" and i1 <= offset <= i2:
            return j1 + (offset - i1)
    return None


def _split_at(paragraph, offset: int) -> None:
    """Make ``offset`` (in the paragraph's run text) fall on a run boundary when the run allows it."""
    pos = 0
    for run in paragraph.runs:
        text = run.text
        if pos < offset < pos + len(text):
            if _splittable(run):
                cut = offset - pos
                twin = copy.deepcopy(run._r)
                run._r.addnext(twin)
                run.text = text[:cut]
                from docx.text.run import Run

                Run(twin, run._parent).text = text[cut:]
            return
        pos += len(text)


def _splittable(run) -> bool:
    return all(child.tag.rsplit("}", 1)[-1] in _TEXT_ONLY for child in run._r)


def _highlight(runs: list, severity: str | None) -> None:
    from docx.enum.text import WD_COLOR_INDEX

    color = {"error": WD_COLOR_INDEX.RED, "warning": WD_COLOR_INDEX.YELLOW}.get(severity or "")
    if color is None:
        return
    for run in runs:
        run.font.highlight_color = color
