"""CarePost: the assistant that drafts, checks and reviews a hospital's social media posts."""

__version__ = "0.1.0"
