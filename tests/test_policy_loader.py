"""Reading guides: Markdown by headings, plain text by paragraphs, policy.guide paths, and the built-in guide."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.config import AppConfig, ConfigError, PolicyConfig, load_config
from bot.policy.loader import builtin_sections, load_guide, looks_like_heading, parse_markdown, parse_plain_text

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"

MARKDOWN = """# Reviews

## Answering reviews

Reply within a day.
Be kind.

- thank the reviewer
- take it offline

### Deleting reviews

Never delete one.

| platform | often |
|---|---|
| Facebook | daily |
"""


def test_markdown_is_split_at_every_heading_with_its_parents() -> None:
    sections = parse_markdown(MARKDOWN, "team.md")
    assert [s.heading for s in sections] == ["Answering reviews", "Deleting reviews"]
    assert sections[1].parents == ("Reviews", "Answering reviews")
    assert sections[0].text.split("\n") == ["Reply within a day. Be kind.", "- thank the reviewer", "- take it offline"]


def test_a_markdown_table_becomes_one_sentence_per_row() -> None:
    deleting = parse_markdown(MARKDOWN, "team.md")[1]
    assert "Facebook: often: daily." in deleting.text


def test_plain_text_is_split_into_paragraphs_under_title_lines() -> None:
    raw = "Posting Frequency\n\nPost twice a week on LinkedIn.\n\nTweet daily.\n\nNegative Reviews\n\nNever delete.\n"
    sections = parse_plain_text(raw, "notes.txt")
    assert [(s.heading, s.text) for s in sections] == [
        ("Posting Frequency", "Post twice a week on LinkedIn.\nTweet daily."),
        ("Negative Reviews", "Never delete."),
    ]


def test_prose_after_a_lists_closing_paragraph_is_not_filed_under_the_lists_heading() -> None:
    intro = "Turn your staff into brand ambassadors, with a structured program that holds all of the following:"
    raw = (
        f"Staff Advocacy Programs\n\n{intro}\n\n- Clear guidelines\n\n- Recognition\n\n"
        "Pro tip: share success stories.\n\nTrack engagement metrics monthly.\n\nMeasure what drives success.\n"
    )
    sections = parse_plain_text(raw, "guide.txt")
    assert [(s.heading, s.text.split("\n")) for s in sections] == [
        (
            "Staff Advocacy Programs",
            [intro, "- Clear guidelines", "- Recognition", "Pro tip: share success stories."],
        ),
        ("guide", ["Track engagement metrics monthly.", "Measure what drives success."]),
    ]


def test_a_paragraph_announcing_its_own_topic_is_not_filed_under_the_faq_question_before_it() -> None:
    raw = (
        "What content performs best?\n\nEducational content wins.\n\n"
        "Let\u2019s talk about protecting patient privacy. Train every team member.\n"
    )
    sections = parse_plain_text(raw, "faq.txt")
    assert [(s.heading, s.text) for s in sections] == [
        ("What content performs best?", "Educational content wins."),
        ("faq", "Let\u2019s talk about protecting patient privacy. Train every team member."),
    ]


def test_table_cells_run_together_in_plain_text_are_split_into_sentences() -> None:
    raw = "Facebook Tips\n\nPost 1-2 times per dayUse Facebook Live on LinkedIn and YouTube.\n"
    (section,) = parse_plain_text(raw, "tips.txt")
    assert section.text == "Post 1-2 times per day. Use Facebook Live on LinkedIn and YouTube."


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Managing Online Reviews", True),  # a Title Case line is a title
        ("Q: How often should healthcare providers post on social media?", True),  # an FAQ question heads its answer
        ("Essential HIPAA compliance checklist:", True),  # a line that introduces a list
        ("LinkedIn: 2-3 times per week", False),  # a fact with a figure, not a title
        ("Respond promptly and professionally", False),  # a short sentence-case list line
        ("Never share patient information without explicit written consent.", False),  # a sentence
    ],
)
def test_which_plain_text_lines_read_as_headings(line: str, heading: bool) -> None:
    assert looks_like_heading(line) is heading


def test_policy_guide_paths_are_relative_to_the_config_file_and_replace_the_builtin_guide(tmp_path: Path) -> None:
    (tmp_path / "guide").mkdir()
    (tmp_path / "guide" / "ours.md").write_text("## Our cadence\n\nPost on Tuesdays.\n", encoding="utf-8")
    (tmp_path / "guide" / "notes.txt").write_text("Parking is free for staff.\n", encoding="utf-8")
    (tmp_path / "guide" / "logo.png").write_bytes(b"\x89PNG")
    config_file = tmp_path / "app.yaml"
    config_file.write_text("policy:\n  guide: [guide]\n", encoding="utf-8")
    sections = load_guide(load_config(config_file))
    assert {s.source for s in sections} == {"guide/ours.md", "guide/notes.txt"}
    assert not any(s.source.startswith("builtin/") for s in sections)


def test_extend_builtin_keeps_the_builtin_guide_beside_the_organizations_files(tmp_path: Path) -> None:
    ours = tmp_path / "ours.md"
    ours.write_text("## Our cadence\n\nPost on Tuesdays.\n", encoding="utf-8")
    config = AppConfig(policy=PolicyConfig(guide=[ours], extend_builtin=True))
    sources = {s.source for s in load_guide(config)}
    assert str(ours) in sources
    assert any(s.startswith("builtin/") for s in sources)


def test_a_missing_guide_path_is_a_one_line_config_error_naming_policy_guide(tmp_path: Path) -> None:
    config_file = tmp_path / "app.yaml"
    config_file.write_text("policy:\n  guide: [missing/]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"policy\.guide: missing does not exist") as caught:
        load_config(config_file)
    assert "\n" not in str(caught.value)


def test_a_guide_directory_without_markdown_or_text_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(ConfigError, match=r"policy\.guide: .*empty holds no \.md or \.txt file"):
        load_guide(AppConfig(policy=PolicyConfig(guide=[tmp_path / "empty"])))


def test_a_guide_file_of_another_kind_is_a_config_error(tmp_path: Path) -> None:
    pdf = tmp_path / "guide.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(ConfigError, match=r"policy\.guide: .*guide\.pdf is not a Markdown \(\.md\) or text"):
        load_guide(AppConfig(policy=PolicyConfig(guide=[pdf])))


def test_a_guide_that_is_not_utf8_text_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "guide.md"
    bad.write_bytes(b"## Heading\n\n\xff\xfe not text\n")
    with pytest.raises(ConfigError, match=r"policy\.guide: cannot read .*guide\.md \(UnicodeDecodeError\)"):
        load_guide(AppConfig(policy=PolicyConfig(guide=[bad])))


def test_the_builtin_guide_ships_as_package_data_with_sourced_sections() -> None:
    sections = builtin_sections()
    assert len(sections) > 60
    assert all(s.source.startswith("builtin/") and s.heading and s.text for s in sections)


# Figures and rules from each seed article that the built-in guide must carry (facts carry over).
SEED_FACTS = [
    # 000 Social Media Marketing in Healthcare
    "1-2 times per day",
    "3-5 times per day",
    "2-3 times per week",
    "$100",
    "$50,000",
    "$1.5 million",
    "40%",
    "79%",
    "57%",
    "61%",
    "71%",
    "92%",
    "70%",
    "86%",
    "60%",
    "65%",
    "80%",
    "41%",
    "2.7%",
    "4.5-star",
    "10 million views",
    "15%",
    "7 million",
    "532%",
    "68%",
    "Hootsuite",
    "Iconosquare",
    "Mention",
    "location check-ins",
    # 001 the Sociallyin guide
    "3-4",
    "1-2 tweets per day",
    "4-5",
    "60% evergreen",
    "25%",
    "15% responsive",
    "2-4 hours",
    "24 hours",
    "under 2 hours",
    "1.5-3%",
    "72%",
    "90%",
    "75%",
    "87%",
    "31%",
    "44%",
    "4.5 million",
    "5x",
    "7-10 days",
    "25-30%",
    "2-3x",
    "$5,000-15,000",
    "6-12 months",
    "150%",
    "$12M",
    "Healthgrades",
    "RateMDs",
    "GDPR",
    "CCPA",
    "quarterly",
    "pre-approved",
    "#HealthcareTalk",
    "10,000",
    "alt text",
    # 002 3 Ways to Use Social Media
    "256%",
    "PatientsLikeMe",
    "25 hospitals",
    "5,500 physicians",
    "Children's Mercy",
    # 003 5 Things to Know
    "names, addresses, diagnoses, lab work and procedures",
    "fraudulent",
    "phone number",
    # 004 The added value of Social Media in hospitals
    "biggest taboo",
    "largest|biggest user base",
    "billions of videos",
    "Hirslanden",
    "2013",
    "XING",
]


def test_the_builtin_guide_carries_every_seed_figure() -> None:
    text = re.sub(r"\s+", " ", "\n".join(f"{s.heading}\n{s.text}" for s in builtin_sections()))
    missing = [f for f in SEED_FACTS if not any(alt in text for alt in f.split("|"))]
    assert missing == []


# The articles' titles are cited by name, so they are the one run of words the guide shares with them.
TITLES = [
    "Social Media Marketing in Healthcare",
    "3 Ways to Use Social Media to Improve Your Health Care Marketing",
    "5 Things to Know about Social Media and Healthcare",
    "The added value of Social Media in hospitals",
]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present in this checkout")
def test_the_builtin_guide_does_not_copy_the_seed_articles_sentences() -> None:
    def shingles(text: str, size: int = 8) -> set[str]:
        for title in TITLES:
            text = re.sub(re.escape(title), " ", text, flags=re.IGNORECASE)
        words = re.findall(r"[a-z0-9$%]+", text.lower())
        return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}

    seeds = set().union(*(shingles(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt")))
    guide = shingles("\n".join(s.text for s in builtin_sections()))
    assert sorted(guide & seeds) == []
