"""Reading a figure the way a clerk types it: 37, "99.26%", "135万", "120余", 0.1+0.2 from Excel.

Everything ends as a Decimal so a figure never drifts (99.26 stays Decimal("99.26")), because
the verifier compares the draft's numbers with these exactly.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Context, Decimal, InvalidOperation

from drafter.numbers.units import CURRENCIES, normalize_unit

from ._schema import APPROX_ALIASES
from ._written import AFTER_UNIT, BEFORE_NUMBER

_FULLWIDTH = str.maketrans("０１２３４５６７８９．％，－＋", "0123456789.%,-+")
_CN_DIGITS = set("零〇一二两三四五六七八九十百千万亿点壹贰叁肆伍陆柒捌玖拾佰仟")
# the hedges a report writes (facts._written), and what a clerk may type for them; longest first
# where one begins another (超过 before 超)
_PREFIX_APPROX = tuple(sorted({*BEFORE_NUMBER, *APPROX_ALIASES}, key=lambda w: (-len(w), w)))
_SUFFIX_APPROX = AFTER_UNIT + ("余", "多")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_MAGNITUDE = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}
LIMIT = Decimal(10) ** 15   # no report figure comes near this; beyond it is a typo
MONEY_UNITS = {cur: {"万": "万" + cur, "亿": "亿" + cur} for cur in CURRENCIES}


@dataclass
class Parsed:
    value: Decimal | None = None
    unit: str = ""          # a unit written in the value itself ("99.26%" -> "%")
    magnitude: str = ""     # 万 or 亿 written after the number
    approx: str | None = None
    problem: str | None = None


def clean_decimal(value: Decimal) -> Decimal:
    """Drop trailing fractional zeros without ever switching to exponent form (36000, not 3.6E+4)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def decimal_from_float(number: float, places: int | None = None) -> Decimal:
    """A float read from a spreadsheet, as the clerk saw it.

    ``repr`` gives the shortest text that round-trips (99.26, not 99.2600000000000051...);
    rounding to ``places`` (the cell's displayed decimals) or else to 10 significant digits
    removes binary noise such as 0.1+0.2 = 0.30000000000000004.
    """
    value = Decimal(repr(float(number)))
    if abs(value) >= LIMIT:
        return value
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places))
        return value if places > 0 else clean_decimal(value)
    if value != 0:
        value = Context(prec=10).create_decimal(value)
    return clean_decimal(value)


def fmt(value: Decimal) -> str:
    return format(value, "f")


def suggest_arabic(text: str) -> str | None:
    """"十二" -> "12", "百分之九十五" -> "95%": a hint for the message, never used as the value."""
    percent = text.startswith("百分之")
    body = text[3:] if percent else text
    if not body or not set(body) <= _CN_DIGITS:
        return None
    try:
        import cn2an

        number = cn2an.cn2an(body, "smart")
    except Exception:  # cn2an raises its own ValueError subclasses and worse on odd input
        return None
    result = fmt(clean_decimal(Decimal(str(number))))
    return result + ("%" if percent else "")


_SCIENTIFIC = re.compile(r"^[+-]?\d+(\.\d+)?[eE][+-]?\d+$")
_ECHO_LIMIT = 24


def _echo(text: str) -> str:
    """A value as a message quotes it: a very long one cut, with its length (400 nines are not read)."""
    if len(text) <= _ECHO_LIMIT:
        return text
    digits = sum(ch.isdigit() for ch in text)
    size = f"共{digits}位" if digits == len(text) else f"共{len(text)}字"
    return f"{text[:12]}…（{size}）"


def parse_value(raw) -> Parsed:
    """One figure from YAML, JSON or a cell; ``problem`` is a Chinese reason when it is not a number."""
    parsed = _parse_value(raw)
    shown = str(raw).strip()
    if parsed.value is not None and abs(parsed.value) >= LIMIT:
        return Parsed(problem=f"“{_echo(shown)}”数值过大，请检查是否多写了数字")
    if parsed.problem and len(shown) > _ECHO_LIMIT:
        parsed.problem = parsed.problem.replace(f"“{shown}”", f"“{_echo(shown)}”")
    return parsed


def _parse_value(raw) -> Parsed:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return Parsed(problem="缺少数值")
    if isinstance(raw, bool):
        return Parsed(problem=f"“{raw}”不是数字")
    if isinstance(raw, int):
        return Parsed(value=Decimal(raw))
    if isinstance(raw, float):
        if not math.isfinite(raw):
            return Parsed(problem=f"“{raw}”不是有效的数字")
        return Parsed(value=decimal_from_float(raw))
    if isinstance(raw, Decimal):
        if not raw.is_finite():
            return Parsed(problem=f"“{raw}”不是有效的数字")
        return Parsed(value=raw)
    if not isinstance(raw, str):
        return Parsed(problem=f"“{raw}”不是数字")
    return _parse_text(raw)


def _parse_text(raw: str) -> Parsed:
    text = raw.strip().translate(_FULLWIDTH)
    text = re.sub(r"(?<=\d)[,，\s](?=\d{3})", "", text).strip()
    approx = None
    for word in _PREFIX_APPROX:
        if text.startswith(word):
            approx, text = APPROX_ALIASES.get(word, word), text[len(word):].strip()
            break
    if _SCIENTIFIC.match(text):
        return Parsed(problem=f"“{raw.strip()}”是科学计数法写法，请写成普通的阿拉伯数字（如 37 或 99.26）")
    match = _NUMBER.match(text)
    if not match:
        hint = suggest_arabic(text)
        if hint is not None:
            return Parsed(problem=f"“{raw.strip()}”不是阿拉伯数字，请写成 {hint}")
        return Parsed(problem=f"“{raw.strip()}”不是数字，请只填写阿拉伯数字（如 37 或 99.26）")
    try:
        value = Decimal(match.group())
    except InvalidOperation:  # pragma: no cover - the regex only admits valid numbers
        return Parsed(problem=f"“{raw.strip()}”不是数字")
    rest = text[match.end():].strip()
    magnitude = ""
    if rest[:1] in _MAGNITUDE:
        magnitude, rest = rest[0], rest[1:].strip()
    for word in _SUFFIX_APPROX:
        if rest.startswith(word):
            if approx:
                return Parsed(problem=f"“{raw.strip()}”同时写了两个约数词，请只保留一个")
            approx, rest = word, rest[len(word):].strip()
            break
    for word in _SUFFIX_APPROX:
        if rest.endswith(word) and rest != word:
            if approx:
                return Parsed(problem=f"“{raw.strip()}”同时写了两个约数词，请只保留一个")
            approx, rest = word, rest[: -len(word)].strip()
            break
    unit = normalize_unit(rest)
    if re.search(r"\d", unit):
        return Parsed(problem=f"“{raw.strip()}”包含多个数字，每格只能填一个数值")
    return Parsed(value=value, unit=unit, magnitude=magnitude, approx=approx)


def combine(parsed: Parsed, unit_field: str) -> tuple[Decimal, str, str | None]:
    """Merge a parsed value with the separate 单位 field; returns (value, unit, problem).

    "135万" with unit 元 becomes 135 万元 (the clerk's own wording); "3.6万" with 人次 becomes
    36000 人次, because 万人次 is not a unit the verifier compares in.
    """
    value = parsed.value
    assert value is not None
    unit_field = normalize_unit(unit_field)
    written = parsed.unit
    if parsed.magnitude and written in MONEY_UNITS:
        written = MONEY_UNITS[written][parsed.magnitude]
        magnitude = ""
    else:
        magnitude = parsed.magnitude
    if written and unit_field and written != unit_field:
        return value, unit_field, f"数值里写的单位“{written}”与「单位」“{unit_field}”不一致"
    unit = written or unit_field
    if magnitude:
        if unit in MONEY_UNITS:
            unit = MONEY_UNITS[unit][magnitude]
        else:
            value = clean_decimal(value * _MAGNITUDE[magnitude])
    return value, unit, None
