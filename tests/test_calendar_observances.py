"""The built-in observance list: the common US health observances hospital teams plan around, in their month
and on their day (issue #12 item 2). Each row is one the list must keep; the dates are the observance's own."""

from __future__ import annotations

from datetime import date

import pytest

from bot.calendar.config import CalendarConfig
from bot.calendar.observances import builtin_observances, observances_for


@pytest.mark.parametrize(
    ("name", "month"),
    [
        ("Alzheimer's & Brain Awareness Month", 6),  # Alzheimer's Association, every June
        ("Migraine and Headache Awareness Month", 6),  # every June
        ("National Osteoporosis Month", 5),  # Bone Health & Osteoporosis Foundation, every May
        ("National Donate Life Month", 4),  # Donate Life America, every April
        ("Prostate Cancer Awareness Month", 9),  # every September
        ("Better Hearing & Speech Month", 5),  # ASHA, every May
        ("National Sickle Cell Awareness Month", 9),  # every September
        ("Childhood Cancer Awareness Month", 9),  # every September
        ("Suicide Prevention Awareness Month", 9),  # every September
        ("National Breastfeeding Month", 8),  # US Breastfeeding Committee, every August
        ("National Kidney Month", 3),  # National Kidney Foundation, every March
        ("National Hospice and Palliative Care Month", 11),  # every November
    ],
)
def test_a_whole_month_observance_is_in_its_month(name: str, month: int) -> None:
    placed = {o.name: o for o in observances_for(2027, month, CalendarConfig())}
    assert name in placed and placed[name].whole_month
    assert placed[name].start == date(2027, month, 1)


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("World Cancer Day", date(2027, 2, 4)),  # fixed: 4 February
        ("National Donor Day", date(2027, 2, 14)),  # fixed: 14 February
        ("National Doctors' Day", date(2027, 3, 30)),  # fixed: 30 March
        ("National Healthcare Decisions Day", date(2027, 4, 16)),  # fixed: 16 April
        ("National Cancer Survivors Day", date(2027, 6, 6)),  # the first Sunday of June 2027
        ("World Suicide Prevention Day", date(2027, 9, 10)),  # fixed: 10 September
        ("World Stroke Day", date(2027, 10, 29)),  # fixed: 29 October
        ("World Prematurity Day", date(2027, 11, 17)),  # fixed: 17 November
    ],
)
def test_a_day_observance_falls_on_its_day(name: str, start: date) -> None:
    placed = {o.name: o for o in observances_for(start.year, start.month, CalendarConfig())}
    assert placed[name].start == placed[name].end == start


def test_every_name_is_listed_once() -> None:
    names = [spec.name for spec in builtin_observances()]
    assert len(names) == len(set(names))
