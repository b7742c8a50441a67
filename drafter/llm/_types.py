"""What a backend is asked for."""

from __future__ import annotations

from dataclasses import dataclass

from drafter.brief import SectionBrief


@dataclass
class GenerationRequest:
    brief: SectionBrief
    messages: list[dict]          # [{"role": "system"|"user"|"assistant", "content": str}], rendered from prompts/
    prompt_file: str              # which prompts/ file produced messages
    max_tokens: int | None = None
