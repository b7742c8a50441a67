"""Cleaning raw text into paragraphs a clerk would recognise as the report.

Two forms come out of here. The *display* form keeps the document's own characters
(traditional stays traditional) and uses full-width Chinese punctuation, because
exemplars are shown to clerks and to the LLM, which imitates what it sees. The
*matching* form (:func:`matching_form`) is NFKC-normalised and simplified, so that a
query typed in either script, with either width of punctuation, finds the same text.
"""

from __future__ import annotations

import functools
import re
import unicodedata

HAN = r"\u4e00-\u9fff\u3400-\u4dbf"
_CJK_PUNCT = "，。：；！？（）、《》“”‘’【】—…"

# NFKC would turn these into ASCII; the display form keeps them full-width.
_KEEP_FULLWIDTH = set("，：；！？（）～")
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff\t]")
_STRAY_QUESTION = re.compile(rf"(?<=[{HAN}])\?+(?=[{HAN}])|^[?\s]+|[?\s]+$")
_SPACE_BETWEEN_HAN = re.compile(rf"(?<=[{HAN}{_CJK_PUNCT}]) +(?=[{HAN}{_CJK_PUNCT}])")
_PINYIN_GLOSS = re.compile(rf"(?<=[{HAN}])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")

# Lines that belong to the web page, not to the document (checked on the matching form).
_CHROME_LINE = re.compile(
    r"^\[?\s*(索引号|发文字号|主题分类|体裁分类|发布机构|发布日期|发布时间|成文日期|有效性|生效日期|"
    r"废止日期|来源|信息来源|浏览次数|访问次数|点击数|阅读次数|发布人|作者|责任编辑|当前位置|您当前的位置|"
    r"所属机构|文号)\s*\]?\s*[:|：]"
    r"|^当前位置|^您(当前)?的?位置|字号\s*[:：]?\s*(默认|大|中|小|特大|【)|【?\s*字号|分享到|网站地图|"
    r"ICP备|ICP证|公安备案|网站标识码|版权所有|主办单位|承办单位|技术支持|联系我们|打印本页|关闭窗口|"
    r"【打印】|【关闭】|上一篇|下一篇|扫一扫|微信扫|^\|?\s*(打印|关闭|收藏)\s*\|?$|^\(此件公开发布\)$|"
    r"^\(此件主动公开\)$|^相关附件|^附件下载"
)
_DATE_ONLY = re.compile(r"^[\d\s.:/\-年月日]+$")
_DOC_NUMBER_ONLY = re.compile(r"^\S{1,20}〔\d{4}〕\d+号$")
_MAX_CHROME_LEN = 160

# Display form: restore full-width punctuation in Chinese context.
_ASCII_TO_FULL = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
_PUNCT_AFTER_HAN = re.compile(rf"(?<=[{HAN}”’）)》\]])([,:;!?])(?!\d)")
_PAREN_WITH_HAN = re.compile(rf"\(([^()\n]*[{HAN}][^()\n]*)\)")


@functools.lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """OpenCC t2s; the converter is built once because loading its dictionaries is slow."""
    if not text:
        return text
    return _converter().convert(text)


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def matching_form(text: str) -> str:
    """The form every comparison uses: NFKC, then simplified characters."""
    return to_simplified(nfkc(text))


def clean_text(raw: str) -> str:
    """Display text: one paragraph per line, page chrome and typesetting debris removed."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    lines = (clean_paragraph(line) for line in text.split("\n"))
    return "\n".join(line for line in lines if line and not is_chrome_line(line))


def clean_paragraph(line: str) -> str:
    """One paragraph's display form; kept even if it looks like page chrome, which only web pages carry."""
    text = _SPACES.sub(" ", line)
    text = _nfkc_keeping_fullwidth_punctuation(text)
    text = _PINYIN_GLOSS.sub("", text)
    return _clean_line(text)


def _clean_line(line: str) -> str:
    line = _STRAY_QUESTION.sub("", line)
    line = fullwidth_punctuation(line)
    line = _SPACE_BETWEEN_HAN.sub("", line)
    return re.sub(r" {2,}", " ", line).strip()


def fullwidth_punctuation(text: str) -> str:
    """Half-width commas, colons and brackets in Chinese text become the official full-width ones."""
    # Innermost pairs first, then the pairs around them: ((行)) becomes （（行））
    # in one call, so cleaning twice changes nothing.
    while True:
        text, changed = _PAREN_WITH_HAN.subn(r"（\1）", text)
        if not changed:
            break
    return _PUNCT_AFTER_HAN.sub(lambda m: _ASCII_TO_FULL[m.group(1)], text)


def is_chrome_line(line: str) -> bool:
    if len(line) > _MAX_CHROME_LEN:
        return False
    form = matching_form(line).strip()
    if not form or _DATE_ONLY.match(form) or _DOC_NUMBER_ONLY.match(form):
        return True
    return bool(_CHROME_LINE.search(form))


def _nfkc_keeping_fullwidth_punctuation(text: str) -> str:
    out: list[str] = []
    run_start = 0
    for i, ch in enumerate(text):
        if ch in _KEEP_FULLWIDTH:
            out.append(nfkc(text[run_start:i]))
            out.append(ch)
            run_start = i + 1
    out.append(nfkc(text[run_start:]))
    return "".join(out)
