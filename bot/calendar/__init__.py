"""The content calendar: a month of posts per platform, on the month's health observances, every slot drafted
by the existing drafter and checked by the guardrails, exported as .ics and CSV, and queued for review.

Planning (which day, time, pillar and topic each slot gets) is a pure function of the month and the
configuration, so the same month plans the same way every time; drafting and review go through the service.
"""
