"""question_kind: what kind of answer a question wants decides how much of a short section is quoted."""

from __future__ import annotations

import pytest

from bot.policy.question import Kind, asks_leave, has_answer_shape, question_kind, question_terms, wants_steps
from bot.policy.text import tokens


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How often should we post on LinkedIn?", Kind.FREQUENCY),  # the plain frequency question
        ("how many times a week should we tweet", Kind.FREQUENCY),  # "how many times" is frequency, not amount
        ("How fast should we answer a review?", Kind.SPEED),  # a response time
        ("How soon should we reply?", Kind.SPEED),  # another way to ask for a response time
        ("How much can we be fined for a HIPAA violation?", Kind.AMOUNT),  # a figure
        ("What percentage of patients read reviews?", Kind.AMOUNT),  # a share is an amount
        ("What CTR is normal?", Kind.AMOUNT),  # "normal" asks for a benchmark figure
        ("What rating do organizations get?", Kind.AMOUNT),  # a rating is a figure
        ("What engagement rate should a video reach?", Kind.AMOUNT),  # a named rate asked for is a figure
        ("What average star rating do clinics get?", Kind.AMOUNT),  # two words may name the figure asked for
        ("Which review sites should we monitor?", Kind.WHICH),  # a choice among named things
        ("Who approves a crisis message?", Kind.WHICH),  # a person or role
        ("What should we do when a patient posts their diagnosis?", Kind.PROCEDURE),  # steps
        ("How do we handle a negative comment?", Kind.PROCEDURE),  # steps, not a figure
        ("Can we post about politics?", Kind.PERMISSION),  # yes or no
        ("Is it ok to use humor?", Kind.PERMISSION),  # yes or no with "is it ok"
        ("Should we use templates to reply?", Kind.PERMISSION),  # "should we" opening a yes/no question
        ("content mix", Kind.OTHER),  # terse: no opening words to go by
        ("How long should the caption be when we share a link?", Kind.LENGTH),  # a length, not a response time
        ("How long is a good video?", Kind.LENGTH),  # the length of a piece of content
        ("How many characters can a tweet have?", Kind.LENGTH),
        ("How long do we have to answer a review?", Kind.SPEED),  # still a response time
        ("How long should we wait before replying?", Kind.SPEED),  # waiting is time, not length
        ("What's the smallest HIPAA fine per violation?", Kind.AMOUNT),  # the least of a figure is a figure
        ("What is the fine for posting PHI?", Kind.AMOUNT),  # a fine asked for is a figure
        ("What's the maximum penalty?", Kind.AMOUNT),
        ("What ratio of educational to promotional posts should we aim for?", Kind.AMOUNT),  # a ratio is a figure
        ("What content mix should we use?", Kind.AMOUNT),  # the 60/25/15 mix
        ("Which platform has the most users?", Kind.PICK),  # one thing, the most of something: no list wanted
        ("Which platform has the largest user base?", Kind.PICK),  # a superlative "which": one thing, not a figure
        ("Who is the best person to approve posts?", Kind.PICK),
        ("Who are the audiences we should be writing for?", Kind.WHICH),  # several: the answer names them
        ("is replying to google reviews worth it, any numbers", Kind.AMOUNT),  # evidence asked for: a figure
        ("Leadership doubts reviews matter. Is there any data showing it does?", Kind.AMOUNT),
        # whether doing something makes a difference: the evidence that it does, though it opens like a yes/no
        ("does replying to reviews actually change our star rating", Kind.EFFECT),
        ("Will posting more often boost engagement?", Kind.EFFECT),
        ("whats the payoff if we answer every comment", Kind.EFFECT),  # a payoff asked for is the difference made
        ("Leadership doubts it. Any data showing replying matters for our rating?", Kind.EFFECT),  # an outcome
        ("does it matter to patients if we reply?", Kind.PERMISSION),  # no outcome named: a yes/no
        ("Do I need to change the patient's name?", Kind.OTHER),  # a change to make, no outcome asked about
        # chat asks for a verdict on the story: a yes or no
        ("our X account went quiet for six weeks lol, big deal?", Kind.PERMISSION),
        ("Our CEO wants to tweet support for the school levy. thoughts?", Kind.PERMISSION),
        ("Our pharma partner asked us to like their post. harmless right?", Kind.PERMISSION),
        ("We answered none of the comments. does that matter?", Kind.PERMISSION),
        ("A dad wants us to share his video. we good to repost it?", Kind.PERMISSION),  # leave in chat's words
        ("The draft ad says results are guaranteed. Fine to run?", Kind.PERMISSION),
        # leave asked in a closing sentence of its own, after a sentence that holds the terms
        (
            "A mother asked about her toddler's fever. The coordinator wants to reply with what she'd do. Should she?",
            Kind.PERMISSION,
        ),
        # chat asks for the steps
        ("angry guy in the comments yelling about wait times, wat do", Kind.PROCEDURE),
        ("A story about us went viral overnight. what's the playbook?", Kind.PROCEDURE),
        ("Our billing glitch went viral. What's supposed to happen now?", Kind.PROCEDURE),
    ],
)
def test_question_kind(question: str, kind: Kind) -> None:
    assert question_kind(question) is kind


@pytest.mark.parametrize(
    ("question", "steps"),
    [
        ("What do we do with a negative review?", True),  # the steps rarely repeat the question's words
        ("politics", True),  # unknown kind: quote the short section whole rather than guess
        ("How often should we post on Instagram?", False),  # a figure: the sentences that hold the terms
        ("Can we confirm that someone is our patient?", False),  # a yes/no: the sentence that says it
    ],
)
def test_wants_steps(question: str, steps: bool) -> None:
    assert wants_steps(question) is steps


@pytest.mark.parametrize(
    ("kind", "sentence", "shaped"),
    [
        (Kind.FREQUENCY, "Conduct quarterly HIPAA compliance training.", True),  # a rate word
        (Kind.FREQUENCY, "Post 2-3 times per week.", True),  # a stated rate
        (Kind.FREQUENCY, "Train every team member on privacy.", False),  # "every" alone is no rate
        (Kind.SPEED, "Respond to all feedback within 24 hours.", True),  # a response window
        (Kind.SPEED, "Respond promptly and professionally.", False),  # no time given
        (Kind.AMOUNT, "Fines reach $1.5 million per year.", True),  # a figure
        (Kind.PERMISSION, "Never post patient photos without consent.", False),  # yes/no questions have no shape
        (Kind.WHICH, "We speak to current patients, people comparing options, and partners.", True),  # names several
        (Kind.WHICH, "Monitor review platforms daily (Google, Healthgrades, RateMDs).", True),
        (Kind.WHICH, "Build audience personas and write for each group's needs.", False),  # advice, no names
        (Kind.PICK, "Facebook has the most users, Instagram the youngest, LinkedIn the richest.", False),  # no shape
        (Kind.LENGTH, "Keep text posts short and to the point.", True),  # a length in words
        (Kind.LENGTH, "Tweets are limited to 280 characters.", True),  # a length in characters
        (Kind.LENGTH, "Post 2-3 times per week.", False),  # a rate is no length
        (Kind.EFFECT, "Answering 25% of reviews brings a 4.5-star average, against 3 stars.", True),  # set against
        (Kind.EFFECT, "Hospitals active on social media saw a 2.7% increase in satisfaction.", True),  # a rise
        (Kind.EFFECT, "Respond to all feedback within 24 hours.", False),  # a figure, but no difference made
    ],
)
def test_answer_shape(kind: Kind, sentence: str, shaped: bool) -> None:
    assert has_answer_shape(kind, sentence) is shaped


@pytest.mark.parametrize(
    ("question", "dropped", "kept"),
    [
        ("How long should the caption be?", "long", "caption"),  # "long" asks for a length; the caption is the topic
        ("How short should a video be?", "short", "video"),
        ("How long does a crisis last?", "", "long"),  # a time question keeps its words
        ("Does replying to reviews move our star rating?", "move", "review"),  # "move" asks for an effect, no topic
    ],
)
def test_words_that_ask_for_a_length_are_not_retrieval_terms(question: str, dropped: str, kept: str) -> None:
    terms = question_terms(question)
    assert not dropped or dropped not in terms
    assert kept in terms


@pytest.mark.parametrize(
    ("question", "medical"),
    [
        # a symptom asked of us in a comment is a medical question, as the guide names it
        ("Can a doctor answer a 'should I worry about this mole' comment?", True),
        ("A follower asked about their rash in a DM, how do we respond?", True),
        # a patient's own post about their surgery is about reposting, not about a medical question
        ("Can I repost a patient's public post about their surgery?", False),
        ("How often should we post on LinkedIn?", False),  # no health matter at all
    ],
)
def test_a_health_matter_someone_asks_us_about_is_a_medical_question(question: str, medical: bool) -> None:
    assert (tokens("medical")[0] in question_terms(question)) is medical


@pytest.mark.parametrize(
    ("question", "leave"),
    [
        ("Can we joke about hospital food?", True),  # may we do something
        ("is it ok to tag the location?", True),  # "ok" asks leave wherever it stands
        ("our surgeon wants to weigh in on the race, fine?", True),  # a trailing "fine?" asks leave
        ("Can you recommend a good pizza place nearby?", False),  # a request to the assistant
        ("Who won the election?", False),  # a fact, not leave
        ("How often should we post?", False),  # a figure, not leave
        ("is the gift shop hiring part time cashiers", False),  # a yes/no about how things are
        ("is venting about a rough shift after a glass of wine a problem", True),  # an act judged: leave
        ("is the new logo ok for the clinic page?", True),  # a word of leave asked of a thing
    ],
)
def test_asks_leave(question: str, leave: bool) -> None:
    assert asks_leave(question) is leave


@pytest.mark.parametrize(
    ("question", "dropped", "kept"),
    [
        # an ask that only asks for a verdict on the story names no topic: "bad" is no negative review
        ("So our page is basically all ads for the new MRI center. is that bad?", "bad", "ads"),
        ("Nobody has posted on our Instagram in months. Is that a problem?", "problem", "instagram"),
        ("our X account went quiet for six weeks, big deal?", "big", "quiet"),
        ("Our doc keeps arguing with trolls. Is that a policy problem?", "problem", "arguing"),
        # a plain question keeps its words: here "bad" is what it asks about
        ("Is it bad to reply to a bad review?", "", "bad"),
    ],
)
def test_the_words_of_a_verdict_ask_are_not_retrieval_terms(question: str, dropped: str, kept: str) -> None:
    terms = question_terms(question)
    assert not dropped or tokens(dropped)[0] not in terms
    assert tokens(kept)[0] in terms


@pytest.mark.parametrize(
    ("question", "status"),
    [
        # someone asks us whether a person is here: that asks us to confirm they are a patient
        ("Someone asked whether their neighbour was brought into our ER last night. Can we answer?", True),
        ("someone DMed asking whether their coworker is staying on our cardiac floor, can we tell them?", True),
        ("someone comments 'my dad is on your 4th floor rn, how is he doing??' what do we reply", True),  # to us
        ("if patients are in the room, can we film the tour?", False),  # no one asks about anyone's status
        ("my dad is on our board, can he post for us?", False),  # 'our board': no ward, no one asking
    ],
)
def test_asking_whether_someone_is_here_asks_for_their_patient_status(question: str, status: bool) -> None:
    terms = question_terms(question)
    assert ("status" in terms and "confirm" in terms) is status


@pytest.mark.parametrize(
    ("question", "term", "added"),
    [
        # staff sharing our content from their own accounts is staff advocacy, not their personal use of social media
        ("we want doctors and nurses to share our stuff from their own accounts - how?", "advocacy", True),
        ("how do we get our clinicians to share hospital content from their own profiles", "advocacy", True),
        ("can staff share their own vacation photos?", "advocacy", False),  # their own content, not ours
        # which numbers go in a report: the guide's KPIs
        ("what numbers should go in the monthly social report for leadership", "kpi", True),
        ("putting together the monthly report, which numbers should be in it?", "kpi", True),
        ("what numbers do patients call for billing?", "kpi", False),  # no report
        # a case told with its details changed: the rule on specific cases
        ("If I swap the patient's name and age, can I write up an unusual case?", "specific", True),
        ("Dr. Patel wants to post about a patient she treated, with the name changed. cool?", "specific", True),
        ("Can we change the name of our Instagram account?", "specific", False),  # no patient, no case
        # the whole feed given to promotion: the rule against over-promotion
        ("Our director wants every post this month to push the new MRI suite. Can I object?", "self", True),
        ("is it fine if basically every post is an ad for our new clinic", "self", True),
        ("can every post have alt text?", "self", False),  # every post, but nothing sold
        # a patient's agreement by word of mouth: whether it is enough is the rule that consent is written
        ("Is a verbal OK from the patient enough for a testimonial video?", "written", True),
        ("The patient said out loud it's fine. Can the nurse post the selfie?", "written", True),
        ("can we read our posts out loud in a video?", "written", False),  # no patient: nothing agreed to
        # reposting what a person posted themselves: the rule not to assume a patient's public post may be reposted
        ("A mom tagged us in her own post about her son's surgery. Can we just reshare it?", "assum", True),
        ("can we repost a patient's public Instagram story about her recovery?", "assum", True),
        ("can we repost the CDC's flu video?", "assum", False),  # a partner's content, no person's own post
        ("staff want to share our posts from their own accounts", "assum", False),  # no re-share of theirs: advocacy
        # a detail of the patient's visit told in a reply to a review: the rule on patient details in review replies
        ("When I answer a bad review, can I mention the date they came in?", "phi", True),
        ("Can I reply to a review and say we remember treating her knee?", "phi", True),
        ("can I mention our new parking garage when I reply to a review?", "phi", False),  # nothing of a visit
        # something going wrong in public, and what to have ready or who approves: the crisis plan
        ("A water main burst and nobody knows who signs off. What should we have had ready?", "crisis", True),
        ("a story about our ER went viral overnight. what's the playbook?", "crisis", True),
        ("who signs off on our holiday card post?", "crisis", False),  # an approval, but nothing went wrong
        # someone hostile in our comments, and how to answer: the steps for handling negative comments
        ("someone is trashing us in the comments. how do we handle it?", "handl", True),
        ("a grandma is flaming us on facebook about parking fees, how should we reply", "handl", True),
        ("our angry-bird mascot is on the wall, should we post it?", "handl", False),  # nobody to answer
    ],
)
def test_an_act_told_in_other_words_brings_in_the_guides_term(question: str, term: str, added: bool) -> None:
    assert (term in question_terms(question)) is added
