"""Fictional health systems the evaluation sets post for, each a partial app.yaml of its own.

None of them is the spec's Riverside Health: own names, numbers in other formats, other towns, staff from
many traditions, custom disclaimers and competitors, so allowlists are tested on data the rules never saw.
"""

from __future__ import annotations

from typing import Any

ORGS: dict[str, dict[str, Any]] = {
    "bramblewood": {
        "organization": {
            "name": "Bramblewood Health",
            "website": "https://www.bramblewoodhealth.org",
            "phones": ["(614) 555-0182", "1-800-555-0199"],
            "faxes": ["(614) 555-0183"],
            "emails": ["news@bramblewoodhealth.org", "careers@bramblewoodhealth.org"],
            "addresses": ["4400 Orchard Pike, Ashford Falls, OH 43215"],
            "towns": ["Ashford Falls", "Millbrook", "Dunmore"],
            "handles": ["@BramblewoodHealth", "@bramblewood_care"],
            "aliases": ["Bramblewood", "Bramblewood Heart & Vascular"],
        },
        "staff": [
            {"name": "Amara Okonkwo-Reyes", "title": "MD, Family Medicine"},
            {"name": "Tomasz Wieczorek", "title": "RN, Emergency"},
            {"name": "Haruka Nishimura", "title": "PharmD"},
            {"name": "Luis Ángel Benítez", "title": "MD, Orthopedics"},
            {"name": "Grace Adeyemi", "title": "CEO"},
        ],
        "guardrails": {"terms": {"competitors": ["Summit Ridge Medical", "Ohio Valley Clinics"]}},
    },
    "northgate": {
        "organization": {
            "name": "Northgate Children's Hospital",
            "website": "https://northgatekids.org",
            "phones": ["206-555-0140"],
            "faxes": [],
            "emails": ["hello@northgatekids.org"],
            "addresses": ["88 Alder Crescent, Port Alder, WA 98104"],
            "towns": ["Port Alder", "Kittredge", "Salmon Bay"],
            "handles": ["@NorthgateKids"],
            "aliases": ["Northgate Kids", "Northgate"],
        },
        "staff": [
            {"name": "Minh Anh Truong", "title": "MD, Pediatrics"},
            {"name": "Siobhan Gallagher", "title": "Child Life Specialist"},
            {"name": "Kwabena Owusu", "title": "MD, Neonatology"},
            {"name": "Rebecca Stein-Oduya", "title": "NP"},
        ],
        "guardrails": {"terms": {"competitors": ["Cascade Pediatric Group"]}},
    },
    "st_odile": {
        "organization": {
            "name": "St. Odile Medical Center",
            "website": "https://www.stodile.org",
            "phones": ["504.555.0171"],
            "faxes": ["504.555.0172"],
            "emails": ["communications@stodile.org"],
            "addresses": ["2100 Rue Chartres, Bayou Clair, LA 70112"],
            "towns": ["Bayou Clair", "Thibodeau Landing"],
            "handles": ["@StOdileMed"],
            "aliases": ["St. Odile", "SOMC", "Saint Odile"],
        },
        "staff": [
            {"name": "Marie-Claire Thibodeaux", "title": "MD, Oncology"},
            {"name": "Darnell Broussard", "title": "Paramedic"},
            {"name": "Anjali Raghunathan", "title": "MD, Neurology"},
        ],
        "guardrails": {
            "disclaimers": {
                "default": "Educational content only, not a substitute for professional medical advice.",
                "short": "Educational only; not medical advice.",
                "testimonial": "Results differ from patient to patient.",
            },
            "terms": {"competitors": ["Gulf Coast General", "Pelican Regional"]},
        },
    },
    "mesa_alta": {
        "organization": {
            "name": "Mesa Alta Health Partners",
            "website": "https://mesaaltahealth.com",
            "phones": ["+1 480 555 0117", "480-555-0118"],
            "faxes": ["480-555-0119"],
            "emails": ["info@mesaaltahealth.com", "prensa@mesaaltahealth.com"],
            "addresses": ["901 W. Saguaro Blvd, Cholla Springs, AZ 85004"],
            "towns": ["Cholla Springs", "Rio Pinto", "Tres Cruces"],
            "handles": ["@MesaAltaHealth", "@mesaalta.salud"],
            "aliases": ["Mesa Alta"],
        },
        "staff": [
            {"name": "Guadalupe Ortega Ruiz", "title": "MD, Endocrinology"},
            {"name": "Ezekiel Nakai", "title": "Community Health Representative"},
            {"name": "Farah Siddiqui", "title": "DO, Internal Medicine"},
            {"name": "Jonah Whitehorse", "title": "RN, Diabetes Educator"},
        ],
        "guardrails": {"terms": {"competitors": ["Desert Sun Medical"]}},
    },
    "cedar_valley": {
        "organization": {
            "name": "Cedar Valley Community Hospital",
            "website": "http://cvch.org",
            "phones": ["(218) 555-0100"],
            "faxes": ["(218) 555-0109"],
            "emails": ["cvch@cvch.org"],
            "addresses": ["12 Lakeview Drive, Lake Tamarack, MN 56601"],
            "towns": ["Lake Tamarack", "Holden", "Birch Hollow"],
            "handles": ["@CVCHcares"],
            "aliases": ["Cedar Valley", "CVCH"],
        },
        "staff": [
            {"name": "Ingrid Solberg", "title": "MD, Family Medicine"},
            {"name": "Pa Houa Yang", "title": "Interpreter"},
            {"name": "Bartholomew Quist", "title": "PA-C"},
        ],
    },
    "kinross": {
        "organization": {
            "name": "Kinross Regional Health Centre",
            "website": "https://www.kinrosshealth.ca",
            "phones": ["705-555-0166"],
            "faxes": [],
            "emails": ["media@kinrosshealth.ca"],
            "addresses": ["300 Hemlock Street, Kinross, ON P6A 2B4"],
            "towns": ["Kinross", "Maple Narrows"],
            "handles": ["@KinrossHealth"],
            "aliases": ["KRHC"],
            "phone_region": "CA",
        },
        "staff": [
            {"name": "Nakoma Cheechoo", "title": "Elder, Indigenous Health"},
            {"name": "Priya Balasubramaniam", "title": "MD, Emergency"},
            {"name": "Étienne Gagnon", "title": "RN"},
        ],
        "guardrails": {"terms": {"competitors": ["Northshore Health Network"]}},
    },
}


# Organizations only the held-out set (gen_fresh) posts for; g.org() never picks them.
HOLDOUT_ORGS: dict[str, dict[str, Any]] = {
    "tidewater": {
        "organization": {
            "name": "Tidewater Family Health",
            "website": "https://tidewaterfamilyhealth.net",
            "phones": ["757 555 0135"],
            "faxes": ["757 555 0136"],
            "emails": ["social@tidewaterfamilyhealth.net"],
            "addresses": ["55 Marsh Hawk Way, Currituck Point, VA 23510"],
            "towns": ["Currituck Point", "Oyster Creek"],
            "handles": ["@TidewaterFH"],
            "aliases": ["Tidewater"],
        },
        "staff": [
            {"name": "Oluwadamilare Bankole", "title": "MD, Pediatrics"},
            {"name": "Svetlana Kuznetsova", "title": "CNM, Midwife"},
            {"name": "Tran Quoc Bao", "title": "Pharmacist"},
        ],
        "guardrails": {"terms": {"competitors": ["Chesapeake Bay Medical"]}},
    }
}

ALL_ORGS: dict[str, dict[str, Any]] = {**ORGS, **HOLDOUT_ORGS}


def org_value(org_id: str | None, key: str) -> Any:
    """An organization field, with the built-in defaults for items that name no organization."""
    from guardrails.settings import Organization, StaffMember

    if org_id is None:
        if key == "staff":
            return [StaffMember(name="Sarah Chen", title="MD, Cardiology").model_dump()]
        return getattr(Organization(), key)
    if key == "staff":
        return ALL_ORGS[org_id]["staff"]
    return ALL_ORGS[org_id]["organization"].get(key, getattr(Organization(), key))


def disclaimer(org_id: str | None, kind: str, platform: str | None) -> str:
    """The disclaimer text the org configured (the short form on X and Threads), falling back to defaults."""
    from guardrails.settings import Disclaimers

    configured = ALL_ORGS.get(org_id or "", {}).get("guardrails", {}).get("disclaimers", {})
    d = Disclaimers(**configured)
    if kind == "testimonial":
        return d.testimonial
    from guardrails.settings import canonical_platform

    return d.for_platform(canonical_platform(platform) if platform else None)


def competitors(org_id: str | None) -> list[str]:
    return list(ALL_ORGS.get(org_id or "", {}).get("guardrails", {}).get("terms", {}).get("competitors", []))
