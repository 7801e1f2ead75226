"""Hand-written free text for the Google Forms and LimeSurvey samples (fictional Northmoor).

Every sentence is invented, written so that the sample codebook (Codebooks/early-help.yaml)
codes most of them: partner agencies talk about information sharing, feedback after referral,
thresholds, waiting lists and TAF meetings; young people about being listened to, school,
feelings and workers changing. A few answers are deliberately uncodable ("not sure").
Names of people are fictional; respondents' own names and emails live only in the personal
data columns, never in their answers.
"""

# Partner agencies 2016 (Google Forms): "What works well when you work with early help?"
WORKS_WELL = [
    "The family support worker rang me back the same day and we did a joint visit",
    "TAF meetings in school are well run and everyone knows their actions",
    "Having one worker for the family who we can contact directly",
    "information sharing has got much better since the new consent form",
    "The early help worker is persistent and does not give up on families who are hard to reach",
    "Parenting courses at the children's centre - families come back more confident",
    "Practical help like food bank vouchers and help with benefits forms makes a real difference",
    "They work with the whole family, including dads, which we cannot do in school",
    "Joint working with the health visitor team is strong",
    "quick response when we raise a concern, they always rang back",
    "The worker listens to the family and does not judge them",
    "A good plan with small steps that the family agree to",
    "Getting in early before things escalate to social care",
    "Regular contact and updates about how the family is doing",
    "Multi-agency meetings where housing and police attend as well",
]

# "What could the early help service do better?"
DO_BETTER = [
    "Poor communication after we make a referral - we do not know if the family was seen",
    "waiting lists are long - one family waited 3 months for a worker",
    "The threshold for early help is not clear and referrals get bounced back",
    "Step down from social care is rushed and families feel dumped on",
    "Better information sharing with GPs, we never hear back",
    "Caseloads are too high and workers leaving means families start again",
    "Invite us to TAF meetings, schools are not always told when they are",
    "More training for our staff on the early help assessment",
    "A directory of who to contact, and a phone number that someone actually answers",
    "Not enough time with each family - cases are closed before things are sorted",
    "Lack of information sharing when a family moves between teams",
    "More support for families affected by domestic abuse",
    "Help for children with autism while they wait for diagnosis",
    "Not sure",
    "Nothing to add",
]

# Young people 2016 (LimeSurvey): "What difference has the support made to you?"
DIFFERENCE = [
    "my worker helped me with my anger and i dont get in trouble as much",
    "I go to school more",
    "I can talk to my mum about things now",
    "i feel happier and less anxious",
    "I have been going to a youth group on thursdays",
    "helped me get on a course at college",
    "someone to talk to who actually listened",
    "I get on better with my step dad",
    "I feel safer at home",
    "my confidence has gone up and I have made friends",
    "i am calmer and less stressed",
    "we dont argue as much at home",
    "dont know",
    "not much",
]

# "What could we do better?"
BETTER = [
    "no",
    "more trips",
    "not have meetings in school where everyone can see",
    "dont tell my mum everything i say",
    "I had to tell my story again to new workers",
    "it ended too soon",
    "meet in the evenings not in lessons",
    "more communication by text instead of ringing",
    "nothing it was good",
    "the forms were too long",
]
