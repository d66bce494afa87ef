"""Reading a guide into Sections: Markdown split at its headings, plain text at its paragraphs.

A Section's text is kept as blocks, one per line (a paragraph, a list item, a table row made into a
sentence), so that answers can quote whole sentences and never half a table. Long sections are cut into
chunks of a few blocks that keep the heading, so one long section cannot drown the others in the ranking.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from bot.config import AppConfig, ConfigError
from bot.policy.models import Section

GUIDE_SUFFIXES = (".md", ".markdown", ".txt")
MAX_CHUNK_CHARS = 1100
BULLET_HEADED_PROSE = 120  # a paragraph this long after a short bullet makes that bullet its heading
BUILTIN_PREFIX = "builtin"
LIST_MARK = "- "  # a block that is a list item starts with this, so answers can keep a list with its intro

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")


def load_guide(config: AppConfig) -> list[Section]:
    """The sections of the configured guide: the built-in one unless policy.guide replaces or extends it."""
    policy = config.policy
    sections: list[Section] = []
    if not policy.guide or policy.extend_builtin:
        sections.extend(builtin_sections())
    base = config.source.parent if config.source is not None else Path.cwd()
    for entry in policy.guide:
        full = entry if entry.is_absolute() else base / entry
        sections.extend(sections_of_entry(entry, full))
    return sections


def builtin_sections() -> list[Section]:
    root = resources.files("bot.policy") / "guide"
    out: list[Section] = []
    for item in sorted(root.iterdir(), key=lambda t: t.name):
        if item.name.endswith(".md"):
            out.extend(parse_markdown(item.read_text(encoding="utf-8"), f"{BUILTIN_PREFIX}/{item.name}"))
    return out


def sections_of_entry(
    entry: Path, full: Path, *, key: str = "policy.guide", skip: frozenset[str] = frozenset(), kind: str = ""
) -> list[Section]:
    """The sections of one configured file or folder; a bad one is a ConfigError naming `key` and the entry.

    Shared by policy.guide and drafting.facts, which read the same Markdown and text files the same way.
    `skip` holds lower-case file names to leave out (a facts folder's README); `kind` says what was expected.
    """
    if not full.exists():
        raise ConfigError(f"{key}: {entry} does not exist{kind}")
    if full.is_file() and full.suffix.lower() not in GUIDE_SUFFIXES:
        raise ConfigError(f"{key}: {entry} is not a Markdown (.md) or text (.txt) file")
    files = [full] if full.is_file() else sorted(p for p in full.rglob("*") if p.is_file())
    files = [p for p in files if p.suffix.lower() in GUIDE_SUFFIXES and p.name.lower() not in skip]
    if not files:
        raise ConfigError(f"{key}: {entry} holds no .md or .txt file")
    out: list[Section] = []
    for path in files:
        label = str(entry if full.is_file() else entry / path.relative_to(full))
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{key}: cannot read {label} ({exc.__class__.__name__})") from None
        parse = parse_markdown if path.suffix.lower() in (".md", ".markdown") else parse_plain_text
        out.extend(parse(raw, label))
    return out


# --- Markdown ---


def parse_markdown(raw: str, source: str) -> list[Section]:
    """Split at every heading; the heading path above a section is kept as its parents."""
    stack: list[tuple[int, str]] = []
    body: list[str] = []
    out: list[Section] = []

    def flush() -> None:
        if stack:
            heading = stack[-1][1]
            parents = tuple(h for _, h in stack[:-1])
        else:
            heading, parents = _title_from_source(source), ()
        out.extend(_chunked(source, heading, parents, _markdown_blocks(body), start=len(out)))
        body.clear()

    for line in raw.splitlines():
        match = _HEADING.match(line)
        if match:
            flush()
            level = len(match.group(1))
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, clean_inline(match.group(2))))
        else:
            body.append(line)
    flush()
    return out


def _markdown_blocks(lines: list[str]) -> list[str]:
    """Paragraphs joined into one line each; list items kept apart; tables made into sentences."""
    blocks: list[str] = []
    current: list[str] = []
    table: list[str] = []

    def end_paragraph() -> None:
        if current:
            blocks.append(clean_inline(" ".join(current)))
            current.clear()

    def end_table() -> None:
        if table:
            blocks.extend(table_sentences(table))
            table.clear()

    for line in lines:
        stripped = line.strip()
        if stripped.startswith("|"):
            end_paragraph()
            table.append(stripped)
            continue
        end_table()
        if not stripped:
            end_paragraph()
        elif _LIST_ITEM.match(line):
            end_paragraph()
            current.append(LIST_MARK + _LIST_ITEM.sub("", line, count=1))
        else:
            current.append(stripped)
    end_paragraph()
    end_table()
    return [b for b in blocks if b]


def table_sentences(rows: list[str]) -> list[str]:
    """A Markdown table as one sentence per row: `Facebook: header 1: cell; header 2: cell.`"""
    cells = [[clean_inline(c) for c in row.strip().strip("|").split("|")] for row in rows if not _TABLE_SEP.match(row)]
    if len(cells) < 2:
        return [" ".join(c for row in cells for c in row)]
    header, *data = cells
    out = []
    for row in data:
        parts = [f"{h}: {c}" for h, c in zip(header[1:], row[1:], strict=False) if c]
        out.append(f"{row[0]}: " + "; ".join(parts) + ".")
    return out


def clean_inline(text: str) -> str:
    return re.sub(r"\s+", " ", _EMPHASIS.sub("", text)).strip()


# --- plain text ---


# Text copied from a web table often loses the line breaks between cells: "per dayUse Facebook Live".
# A lower-case word running straight into a capitalised one is split into two sentences; names that are
# capitalised from their first letter ("LinkedIn", "YouTube") are left alone.
_GLUED = re.compile(r"\b([a-z]{3,})([A-Z][a-z])")


def parse_plain_text(raw: str, source: str) -> list[Section]:
    """Paragraphs (blank-line separated, else one per line); a short line that reads like a title heads the
    paragraphs after it."""
    text = _GLUED.sub(r"\1. \2", raw.replace("\r\n", "\n"))
    if re.search(r"\n\s*\n", text):
        paragraphs = [re.sub(r"\s*\n\s*", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    else:
        paragraphs = [line.strip() for line in text.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    out: list[Section] = []
    heading = _title_from_source(source)
    body: list[str] = []
    for n, para in enumerate(paragraphs):
        continues_list = para.endswith(":") and bool(body) and body[-1].endswith(":")
        titled = looks_like_heading(para) or is_bullet_heading(para, paragraphs[max(n - 1, 0) : n + 2])
        if titled and not (heading.endswith("?") and not body) and not continues_list:
            out.extend(_chunked(source, heading, (), body, start=len(out)))
            heading, body = clean_inline(_LIST_ITEM.sub("", para, count=1)).rstrip(":"), []
        elif lost_heading(body, para):
            out.extend(_chunked(source, heading, (), body, start=len(out)))
            heading, body = _title_from_source(source), [clean_inline(para)]
        else:
            item = _LIST_ITEM.match(para) is not None
            body.append((LIST_MARK if item else "") + clean_inline(_LIST_ITEM.sub("", para, count=1)))
    out.extend(_chunked(source, heading, (), body, start=len(out)))
    return out


def lost_heading(body: list[str], para: str) -> bool:
    """Whether prose paragraph `para` opens a section whose heading the copy lost. A headed section is an
    intro, a list and one closing paragraph; more prose after that closing paragraph is another topic
    ("Track engagement metrics monthly" after a staff advocacy list), so it must not be filed, and found,
    under the heading of the list before it. Nor is a paragraph that announces its own topic. Both are filed
    under the article's title instead."""
    if _LIST_ITEM.match(para) or not body:
        return False
    if _ANNOUNCES_TOPIC.match(para):
        return True  # "Let's talk about protecting patient privacy": a new topic in the middle of a FAQ answer
    return len(body) >= 2 and not body[-1].startswith(LIST_MARK) and body[-2].startswith(LIST_MARK)


_ANNOUNCES_TOPIC = re.compile(r"^let['\u2019]s (?:talk about|turn to|look at)\b", re.IGNORECASE)


def is_bullet_heading(line: str, around: list[str]) -> bool:
    """A short bullet with no sentence punctuation between paragraphs of prose is a subheading, not a list
    item: web articles list platforms as "• YouTube Marketing for Clinics" above what they say of each. The
    last item of a real list (a list item before it) stays an item. `around` is the paragraphs before, at
    and after `line`."""
    before, following = around[: around.index(line)], around[around.index(line) + 1 :]
    if not _LIST_ITEM.match(line) or not following or _LIST_ITEM.match(following[0]):
        return False
    if before and _LIST_ITEM.match(before[-1]):
        return False
    item = _LIST_ITEM.sub("", line, count=1).strip()
    short = 0 < len(item.split()) <= 8 and item[:1].isupper()
    return short and not item.endswith((".", ",", ";", ":", "!", "?")) and len(following[0]) > BULLET_HEADED_PROSE


def looks_like_heading(line: str) -> bool:
    """A question, a line that introduces a list (ends with a colon), or a short Title Case line."""
    if re.match(r"^\d+\.\s+[A-Z]", line):
        line = line.split(None, 1)[1]
    elif len(line) > 120 or _LIST_ITEM.match(line):
        return False
    if line.endswith("?"):
        return True
    if len(line) > 90 or not line[:1].isupper() or line.endswith((".", ",", ";", "!", "”", '"')):
        return False
    if line.endswith(":"):
        return True
    if re.search(r":\s*\S", line) and re.search(r"\d", line):
        return False  # "LinkedIn: 2-3 times per week" is a fact, not a title
    words: list[str] = re.findall(r"[A-Za-z][\w'\u2019-]*", line)
    capitals = sum(1 for w in words if w[0].isupper() or w.lower() in _SMALL_WORDS)
    return 0 < len(words) <= 12 and capitals >= 0.75 * len(words)


_SMALL_WORDS = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "vs")
)


# --- shared ---


def _chunked(source: str, heading: str, parents: tuple[str, ...], blocks: list[str], start: int) -> Iterator[Section]:
    for number, chunk in enumerate(_chunks(blocks)):
        yield Section(source=source, heading=heading, parents=parents, text="\n".join(chunk), order=start + number)


def _chunks(blocks: Iterable[str]) -> Iterator[list[str]]:
    chunk: list[str] = []
    size = 0
    for block in blocks:
        if chunk and size + len(block) > MAX_CHUNK_CHARS:
            yield chunk
            chunk, size = [], 0
        chunk.append(block)
        size += len(block)
    if chunk:
        yield chunk


def _title_from_source(source: str) -> str:
    return Path(source).stem
