"""Finding the corpus files under the paths a clerk names, with each folder's manifest."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import yaml

from drafter.corpus import CorpusError
from drafter.corpus._document import doc_id_for
from drafter.corpus._read import READABLE_SUFFIXES

MANIFEST_NAME = "manifest.yaml"


@dataclass
class Candidate:
    path: Path
    root: Path
    doc_id: str
    manifest: dict            # the whole manifest of the file's root folder

    def fingerprint(self) -> str:
        """Raw bytes plus this file's manifest entry: editing either means re-reading the file."""
        digest = hashlib.sha256(self.path.read_bytes()).hexdigest()
        entry = (self.manifest.get("files") or {}).get(self.doc_id) or {}
        extra = hashlib.sha256(json.dumps(entry, ensure_ascii=False, sort_keys=True, default=str)
                               .encode()).hexdigest()[:12]
        return f"{digest}:{extra}"


def scan(paths: list[Path]) -> tuple[list[Candidate], list[Path], list[str]]:
    """Candidates, the roots that were scanned, and Chinese messages for paths that do not exist."""
    candidates: list[Candidate] = []
    roots: list[Path] = []
    problems: list[str] = []
    for given in paths:
        path = Path(given).expanduser().resolve()
        if path.is_dir():
            manifest = read_manifest(path, problems)
            roots.append(path)
            candidates += [Candidate(f, path, doc_id_for(f, path), manifest)
                           for f in _corpus_files(path, problems)]
        elif path.is_file():
            manifest = read_manifest(path.parent, problems)
            roots.append(path)
            candidates.append(Candidate(path, path.parent, doc_id_for(path, path.parent), manifest))
        else:
            problems.append(f"找不到文件或目录：{given}")
    return candidates, roots, problems


def _corpus_files(folder: Path, problems: list[str] | None = None) -> list[Path]:
    """The readable files under ``folder``. A link is followed only to a file inside the folder
    that is not listed already: a corpus never leads the indexer to files elsewhere."""
    out, seen = [], set()
    for f in sorted(folder.rglob("*")):
        if not f.is_file() or f.suffix.lower() not in READABLE_SUFFIXES \
                or any(part.startswith(".") for part in f.relative_to(folder).parts):
            continue
        target = f.resolve()
        if target != folder and folder not in target.parents:
            if problems is not None:
                problems.append(f"已跳过 {f.relative_to(folder).as_posix()}：它是指向语料目录以外的链接")
            continue
        if target in seen:
            continue
        seen.add(target)
        out.append(f)
    return out


def read_manifest(folder: Path, problems: list[str]) -> dict:
    path = folder / MANIFEST_NAME
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        problems.append(str(CorpusError(f"语料清单 {path} 无法读取，已忽略：{exc}")))
        return {}
    if not isinstance(data, dict):
        return {}
    return data if "files" in data else {"files": data}


def is_under(path: str, roots: list[Path]) -> bool:
    """Whether an indexed file belongs to what was scanned (so its absence means it was removed)."""
    target = Path(path)
    return any(target == root or root in target.parents for root in roots)
