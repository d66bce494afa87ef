"""Everything the guardrails read from the organization's configuration.

The bot builds these from app.yaml (`organization`, `staff` and the `guardrails` section); a program that
uses the guardrails alone can build them directly. Every model forbids unknown keys so that a typo in
app.yaml is an error naming the key, never a silently ignored setting.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from guardrails.model import Severity


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class StaffMember(Strict):
    name: str
    title: str = ""


class Organization(Strict):
    """The organization's own identity: everything here is allowed in a post, never PHI."""

    name: str = "Riverside Health"
    website: str = "https://www.riversidehealth.org"
    phones: list[str] = Field(default_factory=lambda: ["(555) 010-2000"])
    faxes: list[str] = Field(default_factory=list)
    emails: list[str] = Field(default_factory=lambda: ["media@riversidehealth.org"])
    addresses: list[str] = Field(default_factory=lambda: ["1200 River Road, Springfield, IL 62701"])
    towns: list[str] = Field(default_factory=lambda: ["Springfield"])
    handles: list[str] = Field(default_factory=lambda: ["@RiversideHealth"])
    domains: list[str] = Field(
        default_factory=list,
        description="Other web domains the organization owns (its website's domain is always included).",
    )
    aliases: list[str] = Field(default_factory=list, description="Other names the organization and its sites go by.")
    phone_region: str = Field(default="US", description="ISO country used to read numbers without a +code.")
    phone_prefixes: list[str] = Field(
        default_factory=list,
        description="Number blocks the organization owns ('(555) 010', '+44 20 7946'): any number starting with "
        "one is a department line of ours, never a patient's.",
    )

    @field_validator("phone_prefixes")
    @classmethod
    def _prefix_digits(cls, value: list[str]) -> list[str]:
        """A prefix is an area code and an exchange or longer: fewer digits would let a patient's number through."""
        for prefix in value:
            digits = sum(ch.isdigit() for ch in prefix)
            if digits < 6 or digits > 12 or any(not (ch.isdigit() or ch in " ()+-./") for ch in prefix):
                raise ValueError(
                    f"{prefix!r} is not a number block; write 6 to 12 digits, "
                    "the area code and exchange at least, like '(555) 010'"
                )
        return value


class Platform(StrEnum):
    FACEBOOK = "facebook"
    X = "x"
    INSTAGRAM = "instagram"
    LINKEDIN = "linkedin"
    THREADS = "threads"
    YOUTUBE = "youtube"


PLATFORM_ALIASES: dict[str, Platform] = {
    "twitter": Platform.X,
    "tweet": Platform.X,
    "fb": Platform.FACEBOOK,
    "ig": Platform.INSTAGRAM,
    "insta": Platform.INSTAGRAM,
    "yt": Platform.YOUTUBE,
}


def canonical_platform(name: str) -> Platform | None:
    """`Twitter`, ` X ` and `x` all mean Platform.X; an unknown name gives None."""
    key = name.strip().lower()
    if key in PLATFORM_ALIASES:
        return PLATFORM_ALIASES[key]
    try:
        return Platform(key)
    except ValueError:
        return None


class PlatformLimits(Strict):
    """How a platform counts and caps a post. `x_weighted` is X's counting: most scripts weigh 2, a URL 23."""

    max_chars: int = Field(gt=0)
    counting: Literal["chars", "x_weighted"] = "chars"
    max_hashtags: int = Field(ge=0)
    url_length: int = Field(default=23, gt=0)


def default_platform_limits() -> dict[Platform, PlatformLimits]:
    return {
        Platform.FACEBOOK: PlatformLimits(max_chars=63206, max_hashtags=3),
        Platform.X: PlatformLimits(max_chars=280, counting="x_weighted", max_hashtags=2),
        Platform.INSTAGRAM: PlatformLimits(max_chars=2200, max_hashtags=10),
        Platform.LINKEDIN: PlatformLimits(max_chars=3000, max_hashtags=5),
        Platform.THREADS: PlatformLimits(max_chars=500, max_hashtags=1),
        Platform.YOUTUBE: PlatformLimits(max_chars=5000, max_hashtags=15),
    }


class Disclaimers(Strict):
    """The texts the engine appends. `platforms` overrides `default` per platform (X gets the short form)."""

    default: str = (
        "This post is for general information only and is not medical advice. "
        "Talk to your doctor about your own health."
    )
    short: str = "Not medical advice; talk to your doctor."
    testimonial: str = "Individual results may vary."
    platforms: dict[Platform, str] = Field(default_factory=dict)
    short_platforms: list[Platform] = Field(default_factory=lambda: [Platform.X, Platform.THREADS])
    # Whether a wording of the writer's own ("not medical advice", "for information only") stands in for the texts
    # above. Off: the spec asks for the configured disclaimer, the one the organization's counsel approved; another
    # organization's or a paraphrase is appended to, not accepted.
    accept_equivalents: bool = False

    @field_validator("platforms", mode="before")
    @classmethod
    def _platform_keys(cls, value: object) -> object:
        return _canonical_keys(value)

    def for_platform(self, platform: Platform | None) -> str:
        if platform is not None and platform in self.platforms:
            return self.platforms[platform]
        if platform is not None and platform in self.short_platforms:
            return self.short
        return self.default


class RuleSetting(Strict):
    enabled: bool = True
    severity: Severity | None = None

    @model_validator(mode="before")
    @classmethod
    def _switch_shorthand(cls, value: Any) -> Any:
        """`conduct.political: false` is how people write "switch it off"; it was refused as "not an object"."""
        if isinstance(value, bool):
            return {"enabled": value}
        if not isinstance(value, dict):
            raise ValueError("write true, false or {enabled: false, severity: warn}")
        return value


class Terms(Strict):
    """Extra words the organization adds to the built-in lists in guardrails/data (they never replace them)."""

    not_names: list[str] = Field(default_factory=list, description="Capitalised words that are never names.")
    eponyms: list[str] = Field(default_factory=list, description="Diseases and tests named after people.")
    competitors: list[str] = Field(default_factory=list, description="Named competitors (claims.competitor).")
    banned: list[str] = Field(default_factory=list, description="Words the organization never posts (warn).")
    trusted_domains: list[str] = Field(
        default_factory=list, description="Health sites that may be linked (cdc.gov is built in)."
    )


class NameSettings(Strict):
    """phi.name's decision: each candidate name gets a score from its features (name lists, capitals, person,
    staff-role, public-figure, donor and building cues; see guardrails/rules/phi/people_names_score.py) and is
    flagged when the score reaches `threshold`. Lower catches more names and flags more clean posts."""

    threshold: float = Field(default=2.0, ge=0.5, le=6.0, description="Score at which a candidate is a name.")


class AdviceModelSettings(Strict):
    """The advice model (guardrails/rules/advice_model.py) reads the sentences no advice pattern fired on and reports
    one whose probability for an advice class reaches `threshold`. Lower catches more advice worded in new ways and
    blocks more education posts; higher the reverse. `enabled: false` leaves the patterns alone."""

    enabled: bool = Field(default=True, description="Run the advice model after the advice patterns.")
    threshold: float = Field(
        default=0.9, ge=0.5, le=0.999, description="Probability at which the model's sentence is advice."
    )
    companion_threshold: float = Field(
        default=0.5,
        ge=0.3,
        le=0.999,
        description="The same, in a paragraph where an advice pattern fired (the other sentences, the other kinds).",
    )


class GuardrailSettings(Strict):
    organization: Organization = Field(default_factory=Organization)
    staff: list[StaffMember] = Field(default_factory=lambda: [StaffMember(name="Sarah Chen", title="MD, Cardiology")])
    rules: dict[str, RuleSetting] = Field(default_factory=dict)
    disclaimers: Disclaimers = Field(default_factory=Disclaimers)
    platforms: dict[Platform, PlatformLimits] = Field(default_factory=default_platform_limits)
    terms: Terms = Field(default_factory=Terms)
    names: NameSettings = Field(default_factory=NameSettings)
    advice_model: AdviceModelSettings = Field(default_factory=AdviceModelSettings)
    max_text_chars: int = Field(default=100_000, gt=0, description="Longer texts are refused, not checked.")

    @field_validator("platforms", mode="before")
    @classmethod
    def _merge_platforms(cls, value: object) -> object:
        return merge_platform_limits(value)

    def limits_for(self, platform: Platform) -> PlatformLimits:
        return self.platforms[platform]

    def rule_setting(self, rule_id: str) -> RuleSetting:
        return self.rules.get(rule_id, RuleSetting())


def merge_platform_limits(value: object) -> object:
    """A file may tune one platform; the others keep their built-in limits."""
    if not isinstance(value, dict):
        return value
    merged: dict[Any, Any] = dict(default_platform_limits())
    canonical = _canonical_keys(value)
    assert isinstance(canonical, dict)
    merged.update(canonical)
    return merged


def _canonical_keys(value: object) -> object:
    """Accept `twitter:` as a key for X; leave anything unknown for pydantic to name in its error."""
    if not isinstance(value, dict):
        return value
    out: dict[object, object] = {}
    for key, item in value.items():
        platform = canonical_platform(key) if isinstance(key, str) else None
        out[platform if platform is not None else key] = item
    return out
