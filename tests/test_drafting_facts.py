"""Drafts on topics outside the knowledge base: facts from drafting.facts, post shapes, and "Needs facts" first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from bot.adapters import terminal
from bot.adapters.slack import blocks
from bot.adapters.teams import cards
from bot.cli import main
from bot.config import ConfigError, config_from_mapping, load_config
from bot.drafting.kinds import kind_of
from bot.drafting.models import DraftRequest, DraftResult
from bot.intents import DraftIntent
from bot.replies import Actor, DraftReply
from bot.service import CarePost
from guardrails.settings import Platform

EVENT = """# Events

## Teddy Bear Clinic
- What: children bring a favourite toy for a check-up by our pediatric nurses.
- When: Saturday, June 13, 10 a.m. to 2 p.m.
- Where: the Lakeside Children's Pavilion lobby.
- How to join: free, no registration; open to children of all ages.

More than 400 children came to the Teddy Bear Clinic last year.
Take 400 mg of ibuprofen every 6 hours if your child has a fever.
"""
PARTIAL = """# Stroll for Seniors
- What: a gentle indoor stroll for older adults with our physical therapists.
- When: every Monday at 9 a.m.
"""
ALL = list(Platform)


def service(tmp_path: Path, files: dict[str, str]) -> CarePost:
    folder = tmp_path / "facts"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    config_file = tmp_path / "app.yaml"
    config_file.write_text("drafting:\n  facts: [facts]\n", encoding="utf-8")
    return CarePost(load_config(config_file))


async def draft(svc: CarePost, topic: str, pillar: str = "community") -> DraftResult:
    return await svc.draft(DraftRequest(pillar=pillar, topic=topic))


async def test_event_drafts_quote_the_facts_folder_with_their_source(tmp_path: Path) -> None:
    result = await draft(service(tmp_path, {"events.md": EVENT}), "teddy bear clinic")
    assert result.sources == ["facts/events.md § Teddy Bear Clinic"]
    assert result.notices[0].startswith("Facts quoted from your own material")
    for d in result.drafts:
        assert d.postable and not d.needs_facts and d.missing == []
    facebook = result.drafts[0].text
    assert "Saturday, June 13, 10 a.m. to 2 p.m." in facebook
    assert "Lakeside Children's Pavilion lobby" in facebook
    assert "Free, no registration" in facebook
    assert len({d.text for d in result.drafts}) == len(ALL)  # six platforms, six texts


async def test_a_sentence_of_medical_advice_in_the_facts_is_never_quoted(tmp_path: Path) -> None:
    result = await draft(service(tmp_path, {"events.md": EVENT}), "teddy bear clinic")
    assert not any("ibuprofen" in d.text for d in result.drafts)


async def test_facts_missing_what_the_kind_needs_say_so_first(tmp_path: Path) -> None:
    result = await draft(service(tmp_path, {"stroll.md": PARTIAL}), "stroll for seniors event")
    assert result.notices[0].startswith("Needs facts: this event post still lacks where, how to join")
    payload = result.payload()["drafts"][0]
    assert payload["needs_facts"] is True and payload["missing"] == ["where", "how_to_join"]
    assert {"platform", "text", "verdict", "findings", "hashtags"} <= set(payload)  # interface.md keys kept


async def test_no_facts_at_all_marks_every_draft(tmp_path: Path) -> None:
    result = await draft(service(tmp_path, {"events.md": EVENT}), "migraine awareness", pillar="education")
    assert result.notices[0].startswith("Needs facts:")
    assert all(d["needs_facts"] and d["missing"] == ["facts"] for d in result.payload()["drafts"])
    assert result.sources == []


@pytest.mark.parametrize(
    ("topic", "fields", "kind"),
    [
        ("pharmacy technician hiring event", set(), "hiring"),  # "hiring" outranks "event"
        ("new urgent care opening", set(), "opening"),  # an opening by its words
        ("volunteer appreciation week", set(), "recognition"),  # a week of thanks
        ("community health fair", set(), "event"),  # a fair is an event
        ("childhood asthma", set(), "awareness"),  # nothing else: education
        ("lab week", {"who", "what", "when"}, "recognition"),  # the facts' shape decides first
        ("sports physicals", {"when", "where", "how_to_join"}, "event"),  # date and sign-up: an event
        ("mri scanner", {"what", "hours"}, "opening"),  # hours make it an opening
    ],
)
def test_kind_of_topic(topic: str, fields: set[str], kind: str) -> None:
    assert kind_of(topic, fields) == kind


@pytest.mark.parametrize(
    ("entry", "make", "expected"),
    [
        ("nowhere", None, "drafting.facts: nowhere does not exist"),  # a path that is not there
        ("facts.pdf", "file", "drafting.facts: facts.pdf is not a Markdown"),  # a file of the wrong kind
        ("empty", "dir", "drafting.facts: empty holds no .md or .txt file"),  # a folder with nothing to read
    ],
)
async def test_bad_facts_entries_are_one_line_naming_the_key(
    tmp_path: Path, entry: str, make: str | None, expected: str
) -> None:
    if make == "file":
        (tmp_path / entry).write_bytes(b"%PDF")
    elif make == "dir":
        (tmp_path / entry).mkdir()
    config_file = tmp_path / "app.yaml"
    config_file.write_text(f"drafting:\n  facts: [{entry}]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=expected):
        svc = CarePost(load_config(config_file))
        await draft(svc, "anything new")


def test_the_repository_facts_folder_loads_and_answers_an_opening() -> None:
    repo = Path(__file__).resolve().parent.parent
    config = load_config(repo / "app.yaml")
    result = CliRunner().invoke(
        main, ["draft", "--config", str(repo / "app.yaml"), "--pillar", "promotion", "--topic", "new urgent care"]
    )
    assert result.exit_code == 0, result.stderr
    assert "8 a.m. to 8 p.m." in result.stdout and "NEEDS FACTS" not in result.stdout
    assert config.drafting.facts == [Path("facts")]


def test_cli_shows_needs_facts_first_instead_of_ready_to_post() -> None:
    result = CliRunner().invoke(main, ["draft", "--pillar", "education", "--topic", "migraine awareness"])
    assert result.exit_code == 0
    out = result.stdout
    assert out.lstrip().startswith("Needs facts:")
    assert "NEEDS FACTS: add any fact about the topic before posting" in out
    assert "PASS: ready to post" not in out
    as_json = json.loads(
        CliRunner().invoke(main, ["draft", "--json", "--pillar", "education", "--topic", "x y"]).stdout
    )
    assert all(d["needs_facts"] for d in as_json["drafts"])


async def test_chat_surfaces_show_needs_facts_instead_of_pass() -> None:
    svc = CarePost(config_from_mapping({}))
    reply = await svc.handle(DraftIntent(topic="migraine awareness", pillar="education"), Actor(id="u1", channel="cli"))
    assert isinstance(reply, DraftReply)
    assert all(p.needs_facts for p in reply.posts)
    _text, slack = blocks.render(reply)
    slack_text = json.dumps(slack)
    assert "NEEDS FACTS" in slack_text and "PASS: ready to post" not in slack_text
    teams = json.dumps(cards.render(reply))
    assert "NEEDS FACTS" in teams and "PASS: ready to post" not in teams
    console = Console(width=100, record=True)
    console.print(terminal.render(reply))
    shown = console.export_text()
    assert "NEEDS FACTS" in shown and "PASS: ready to post" not in shown


async def test_a_configured_policy_guide_is_a_source_of_facts_too(tmp_path: Path) -> None:
    guide = tmp_path / "guide.md"
    guide.write_text(
        "# Photo Release Forms\nThe marketing team keeps signed photo release forms for five years.\n",
        encoding="utf-8",
    )
    config_file = tmp_path / "app.yaml"
    config_file.write_text("policy:\n  guide: [guide.md]\n", encoding="utf-8")
    result = await draft(CarePost(load_config(config_file)), "photo release forms", pillar="thought-leadership")
    assert result.sources == ["guide.md § Photo Release Forms"]
    assert any("five years" in d.text for d in result.drafts)


async def test_the_built_in_guide_is_never_quoted_in_a_post() -> None:
    # the shipped guide is social media policy for staff ("hospitals that engage on social media score higher..."),
    # not facts about the organization: with no facts of its own the topic needs facts
    result = await draft(CarePost(config_from_mapping({})), "community health events")
    assert result.sources == [] and all(d.needs_facts for d in result.drafts)


async def test_a_regenerate_press_rewords_a_post_from_facts(tmp_path: Path) -> None:
    svc = service(tmp_path, {"events.md": EVENT})
    request = DraftRequest(pillar="community", topic="teddy bear clinic", platforms=["x"])
    texts = {(await svc.redraft(request, "x", variant)).drafts[0].text for variant in range(3)}
    assert len(texts) >= 2
