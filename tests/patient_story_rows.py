"""Patient-story rows both story rules must agree on: conduct.testimonial_consent and disclaimer.testimonial
read the same story span (guardrails/rules/patient_story.py), so a story one of them sees the other must see too.
Each row: (text, is a patient story), with why in its comment."""

from __future__ import annotations

STORY_ROWS: list[tuple[str, bool]] = [
    # round 5: one person's milestone, care event or a story shared with permission, in any words
    ("Kofi received his new kidney last spring and just scored his first goal of the season.", True),  # organ
    ("Shared with her permission: Dana finished all 30 sessions of radiation on Friday!", True),  # permission
    ("Mr. Alvarez came to us after a stroke in June. Today he walked his daughter down the aisle.", True),  # came
    ("Jayden was born at 26 weeks. Now he's starting kindergarten!", True),  # a premature birth
    ("Two years sober today, and Marcus says he owes it to his Tuesday group.", True),  # a recovery milestone
    ("#TeamBubba is 100 days off treatment!!!", True),  # days off treatment
    ("Reese's mom asked us to share: now she's the fastest kid on the swim team.", True),  # family asked to share
    ("In this video, Rosa tells us what it was like to get her heart valve replaced.", True),  # a telling
    ("She returned to the court four months after ACL reconstruction with our team.", True),  # back after surgery
    ("Congrats to the 12 nurses who completed our residency program!", False),  # staff complete a program
    ("Our cardiac rehab program offers 36 sessions of guided exercise with a nurse.", False),  # a service
    ("Most patients are back at work six weeks after knee replacement.", False),  # a group: education
    ("Dr. Ruiz rang the bell for her last day of residency!", False),  # the bell for a staff milestone
    ("Our cancer center rang the bell 300 times this year.", False),  # a count, no one's story
    ("Please ask permission before you share photos of other patients.", False),  # a rule, no story
    # round 5, second step: the end of one person's treatment, care named by its owner, consent named
    ("Our favorite patient Theo is DONE WITH CHEMO!", True),  # done with chemo, 'our favorite patient'
    ("Bubba's 4 rounds DONE. Ring it, buddy!", True),  # rounds done
    ("Swipe to see Kayla get her 1-year coin!", True),  # a recovery coin
    ("Mr. Lin had his hip replaced here in March and just finished a 5K.", True),  # had his hip replaced
    ("The whole crew brought lunch to 3 East after Papa Sione's bypass.", True),  # after <name>'s bypass
    ("Two sessions down, one to go in our CPR instructor course.", False),  # a staff course, not treatment
    ("After Dr. Smith's surgery lecture, residents toured the OR.", False),  # 'lecture' is no care event
    ("Our new hire came to us with 10 years of ICU experience after a fall semester teaching.", False),  # a term
    ("Our nurses spent 12 weeks on our step-down unit training new grads.", False),  # staff training
    ("Please make sure patient consent is on file before posting any photo.", False),  # an instruction
    # round 8: a quotation in which the speaker tells of their own care is a testimonial, whoever is named
    ('"The team finally got my asthma under control after ten years of ER visits." - Cora', True),  # my condition
    ('"I came in with chest pain and went home two days later with a stent." Hear more stories', True),  # symptom
    ("'I was on dialysis for six years. Now I hike every weekend.' - one of our recipients", True),  # single quotes
    ('"I love watching my patients get stronger in cardiac rehab," says Dr. Ruiz.', False),  # staff voice
    ('"I always tell families the flu shot is the best gift," says our nurse manager Ana.', False),  # staff speaker
    ('Our motto: "my health, my choice, my community." Free screenings Saturday.', False),  # no care term of one
]
