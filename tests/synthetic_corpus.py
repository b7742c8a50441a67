"""Synthetic reports recombined from the sample corpus's own sentences and headings.

Used where size matters more than sense: the large-file indexing tests and bench/scale.py.
A generated report keeps the seeds' skeleton (一、 parts, （一） items, short numbered
points), so it is chunked as a real one would be; only its length is unusual.
"""

from __future__ import annotations

import functools
import random
import re
from pathlib import Path

SEED_CORPUS = Path(__file__).resolve().parent.parent / "corpus"
_NUMBERED = re.compile(r"^(（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d+[.．、])")
_CN = "一二三四五六七八九十"


@functools.lru_cache(maxsize=1)
def seed_material() -> tuple[list[str], list[str]]:
    """(sentences, item headings) taken from the seed reports' running text."""
    sentences, headings = [], []
    for path in sorted(SEED_CORPUS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            marker = _NUMBERED.match(line)
            if marker:
                rest = line[marker.end():].strip()
                head = re.split(r"[。：:]", rest)[0]
                if 4 <= len(head) <= 30:
                    headings.append(head)
                line = rest[len(head):].lstrip("。：: ")
            for sentence in re.findall(r"[^。！？]+[。！？]", line):
                if 12 <= len(sentence) <= 160 and not _NUMBERED.match(sentence):
                    sentences.append(sentence)
    return sentences, headings


def _cn(number: int) -> str:
    if number <= 10:
        return _CN[number - 1]
    if number < 20:
        return "十" + (_CN[number - 11] if number > 10 else "")
    tens, ones = divmod(number, 10)
    return _CN[tens - 1] + "十" + (_CN[ones - 1] if ones else "")


def synthetic_report(seed: int, target_chars: int, *, sentences_per_item: tuple[int, int] = (1, 3)) -> str:
    """A report of about ``target_chars`` characters: parts of many short （一） items.

    Short items are the shape that made indexing slow (issue 9 #7): one chunk per item."""
    rng = random.Random(seed)
    sentences, headings = seed_material()
    lines = [f"关于{2010 + seed % 15}年度法治政府建设情况的报告（合成{seed}）",
             "现将有关情况报告如下。"]
    size = sum(len(line) for line in lines)
    part = 0
    while size < target_chars:
        part += 1
        lines.append(f"{_cn(min(part, 99))}、{rng.choice(headings)}")
        for item in range(1, rng.randint(6, 12) + 1):
            if size >= target_chars:
                break
            count = rng.randint(*sentences_per_item)
            body = "".join(rng.choice(sentences) for _ in range(count))
            line = f"（{_cn(item)}）{rng.choice(headings)}。{body}"
            lines.append(line)
            size += len(line)
    return "\n".join(lines) + "\n"


def write_synthetic_corpus(folder: Path, *, files: int, chars_per_file: int, seed: int = 0,
                           sentences_per_item: tuple[int, int] = (2, 6)) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(files):
        path = folder / f"synthetic_{seed}_{number:05d}.txt"
        path.write_text(synthetic_report(seed * 100_000 + number, chars_per_file,
                                         sentences_per_item=sentences_per_item), encoding="utf-8")
        paths.append(path)
    return paths
