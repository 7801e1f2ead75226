"""Hand-written free-text bank for the fictional Northmoor sample study.

Every sentence here is invented. Nothing is copied from a published evaluation: the published
reports in shared/context were read only for the kinds of things practitioners and parents say
(barriers, enablers, outcomes, training needs). Names, phone numbers, emails and postcodes are
fictional (07700 900xxx is Ofcom's drama range, .example is a reserved domain, NM is not a
real postcode area).

The generator combines 1-3 fragments per answer. Spelling mistakes, missing apostrophes and
abbreviations are deliberate: the codebook's patterns are written to catch them.
"""

# ---------------------------------------------------------------------------------------------
# Practitioner survey: "What has helped families you have worked with make progress?"
# ---------------------------------------------------------------------------------------------
HELPED = [
    # a dedicated, consistent worker
    "Having one worker who sticks with them from start to finish",
    "consistency - the same worker all the way through so they dont have to keep telling there story",
    "A dedicated key worker who the family know and trust",
    "families tell me it helps that they have one person to ring rather than 5 different services",
    "Building a relationship with the family over time, they need to trust you before anything changes",
    "same worker for the whole family, not one for mum and one for the kids",
    "Time to build trust. Some families have had so many professionals in and out they expect you to give up on them too",
    "Having a consistent worker who knows the family history",
    "the relationship with the key worker is everything",
    # whole-family working
    "Working with the whole family including dads and grandparents",
    "whole family approach rather than just focusing on the child in school",
    "Looking at the family as a whole, not just the presenting issue",
    "Getting dad involved - he was never invited to anything before",
    "Thinking about siblings as well, the older ones often get missed",
    # practical help
    "practical help first - food bank vouchers, a cooker, beds for the kids. Once that is sorted they can think about the rest",
    "Helping with forms (PIP, DLA, housing applications) which can feel overwhelming to parents",
    "Going with mum to appointments at the job centre and the GP",
    "Sorting out practical things like school uniform and bus passes",
    "Help with budgeting and getting debts into a payment plan",
    "Supporting with a referral to the CAB for debt advice",
    "practical support e.g. a grant for carpets or a fridge",
    # persistence
    "Persistence! Not giving up when they dont answer the door the first 3 times",
    "keeping going with families even when they cancel visits",
    "Being persistent but respectful, and being clear about why we are there",
    "Sticking with them through the setbacks",
    "Perseverance, and going back again and again",
    # listened to, non-judgemental
    "Listening to what the family think the problem is rather than telling them",
    "being non judgemental. Parents have often felt judged by school or SW before",
    "Honest conversations delivered without judgement",
    "Parents feeling listened to and that their views matter in the plan",
    "Letting the family set the goals so it is their plan not ours",
    "Treating parents with respect, they pick up very quickly if you're looking down on them",
    "Really listening to the children and young people",
    # flexible visits
    "Flexible visits, evenings and school holidays when needed",
    "Meeting families where they feel comfortable - home, school, the park, a cafe",
    "Being able to visit at short notice when things kick off",
    "flexibility around appointment times for working parents",
    "visiting at a time that suits the family not the office",
    # multi-agency, TAF
    "Good multi agency working, especially with schools and health visitors",
    "Regular TAF meetings with everyone round the table so the family hear one message",
    "Team around the family meetings held in school at a time mum can make",
    "When partners actually turn up to TAF meetings and do what they said they would",
    "Joint visits with the HV or school nurse",
    "Close working with the SENCO and the school pastoral team",
    "Good links with housing and the DWP",
    "Being able to pick up the phone to the social worker for advice",
    "multi-agency support around the family and everyone knowing there role",
    "partnership working with the police and the DV service",
    # information sharing
    "Information sharing between agencies so families dont have to repeat themselves",
    "Sharing information early, schools telling us when attendance dips",
    # supervision and training
    "Good supervision from my manager to think through stuck cases",
    "Reflective supervision and case discussions with colleagues",
    "Training in solution focused approaches",
    "the restorative practice training changed how I run meetings",
    # groups, courses, direct work
    "Parenting courses run at the childrens centre",
    "Getting mum onto a DV recovery programme",
    "Groups where parents meet others in the same situation so they feel less alone",
    "Short pieces of direct work with the young person about their feelings",
    "Using the outcome star so families can see their own progress",
    # outcomes practitioners see
    "Putting in routines around bedtime and mornings has made a huge difference to school attendance",
    "Parents setting clear boundaries and sticking to them",
    "Parents growing in confidence, you can see it in how they deal with school",
    "Attendance has gone from 60% to over 90% for a lot of my families",
    "Mum is now volunteering and thinking about going back to work",
    "Families being rehoused has taken a huge amount of pressure off",
    "getting debts under control has reduced the stress in the house",
    "Children feeling safer at home once the perpetrator left",
    "Relationships between parents and teenagers improving because they talk more",
    "Mum's anxiety has reduced since she started counselling",
    "Family no longer needing social care involvement",
    "Dad has started a college course",
    "the child's behaviour in school settled once the right support was in place",
    "celebrating small successes with them",
    "praise and encouragement - some parents have never been told they are doing a good job",
    "Early identification and getting in early before things escalate",
    "Getting a diagnosis for the child so everyone understands their needs",
    "A good plan with clear, small steps that the family agreed",
    "School being understanding and offering a reduced timetable to start",
    "Supporting the young carer to get a break and time with friends",
    "Being honest about concerns from the start",
    "alot of it is just being there, turning up when you say you will",
    "Regular contact, even just a text to see how things are",
    "parents getting into work or training, it lifts the whole house",
    "mum moving into a refuge and then her own tenancy",
]

# extra wordings that only appear in one wave (things change year to year)
HELPED_2016 = [
    "The domestic abuse training last year gave me the confidence to raise it with mums",
    "Since the new threshold guidance I feel clearer about what early help can offer",
    "The monthly TAF clinics in schools",
    "Help with universal credit claims, we now have a DWP link worker",
]
HELPED_2015 = [
    "Troubled families funding meant we could pay for things families needed",
    "the Family Support Team being based in the childrens centre",
]

# ---------------------------------------------------------------------------------------------
# Practitioner survey: "What gets in the way of families making progress?"
# ---------------------------------------------------------------------------------------------
BARRIERS = [
    # parental mental health
    "Parental mental health - anxiety and depression are in most of my families",
    "Mums own mental health needs that aren't being met by adult services",
    "parents with low mood who cant get out of bed to do the school run",
    "Untreated anxiety, some parents wont leave the house",
    "Post natal depression that was never picked up",
    "Parents with their own trauma from childhood",
    "poor mental health in the parents, often undiagnosed",
    # isolation
    "Isolation - no family nearby and no friends to help out",
    "Lonely single parents with no support network",
    "Rural families who cant get to anything without a car",
    "Families who are isolated and new to the area",
    # domestic abuse
    "Domestic abuse, often hidden at first and only disclosed months in",
    "DV in the home, and mum scared to tell anyone in case the children are removed",
    "Ongoing controlling behaviour from an ex partner using contact",
    "Coercive control that the parent doesn't see as abuse",
    "domestic violence and the impact on the children",
    # SEND, EHCP waits
    "Waiting times for autism and ADHD assessments - 18 months plus",
    "The EHCP process takes far too long and parents give up",
    "Children with SEN whose needs aren't being met in school",
    "Getting an EHCP is a fight, families need someone to advocate for them",
    "long waits for a diagnosis so school wont put the support in",
    "ASD and ADHD with no diagnosis and the parents are exhausted",
    "lack of specialist school places",
    "waiting for an EHC needs assessment while the child is out of school",
    # money, debt, benefits
    "Money worries, debt and benefit sanctions",
    "Poverty. Families can't focus on parenting when they have no gas or electric",
    "Rent arrears and debts with doorstep lenders",
    "Benefit changes and delays with PIP claims",
    "families in debt who are too scared to open their post",
    "Not enough money for food, we are referring to the food bank every week",
    "Financial pressures, the bedroom tax and council tax arrears",
    # housing
    "Poor housing - damp, overcrowded, 6 people in a 2 bed flat",
    "Threat of eviction and families being moved into temporary accommodation miles away",
    "Housing waiting lists are years long",
    "Families being placed in B&Bs which means the kids change school",
    "overcrowding and no garden so the kids are climbing the walls",
    "Being made homeless after a relationship breaks down",
    # substance misuse
    "Parental substance misuse, drugs and alcohol",
    "Drinking that the parent minimises",
    "Cannabis use by parents and teenagers",
    "a parent's drug use that nobody is addressing",
    # school attendance and exclusion
    "Poor school attendance that has been going on for years",
    "Exclusions and reduced timetables that leave children at home all day",
    "children refusing to go to school because of anxiety",
    "Schools excluding rather than supporting",
    "Persistent absence and the threat of fines",
    # waiting lists
    "Waiting lists for CAMHS - months and months",
    "Long waiting lists for counselling and adult mental health",
    "waiting for other services to pick up and nothing happens in the meantime",
    "the wait for speech and language therapy",
    "CAMHS wont accept the referral unless the child is self harming",
    # families not engaging
    "Families not engaging or cancelling visits",
    "Parents who don't see there is a problem",
    "Some families are not ready to change",
    "Families dont turn up to appointments and then the case gets closed",
    "Distrust of professionals after bad experiences with social care",
    "fear that we are social services and will take the kids",
    "Disguised compliance - saying yes to everything and nothing changes",
    # thresholds and step-down
    "Thresholds for social care are too high, cases bounce back to us",
    "Step down from social care where the family were told nothing and feel dumped on us",
    "cases stepped down too early before anything has changed",
    "Referrals to CSC being refused when we are really worried",
    "thresholds keep changing so nobody knows what meets",
    # agencies and communication
    "Partner agencies not sharing information",
    "Poor communication between health and education",
    "Other professionals thinking early help is just our job",
    "School staff not attending TAF meetings",
    "Lack of information sharing from GPs",
    # capacity
    "Caseloads are too high to do the intensive work families need",
    "Not enough time with each family",
    "Cuts to services, the youth club and the children's centre groups have gone",
    "Workers leaving and families having to start again with someone new",
    "Transport to appointments, buses are expensive and infrequent",
    # other
    "Language barriers and no interpreters available at short notice",
    "Young carers who have too much responsibility at home",
    "Intergenerational issues - parents repeating what happened to them",
    "Bereavement and family breakdown",
    "Teenagers going missing and getting involved with older peers",
    "Children's behaviour at home becoming violent towards parents",
    "Parenting - lack of routines and boundaries",
]

BARRIERS_2016 = [
    "Universal credit - the 5 week wait leaves families with nothing",
    "the move to universal credit has pushed a lot of my families into rent arrears",
    "UC payments being late or wrong and no one at the job centre to talk to",
]
BARRIERS_2015 = [
    "The new EHCP system is still bedding in and nobody is sure how it works",
]

# ---------------------------------------------------------------------------------------------
# Practitioner survey: "What would help you feel more confident in your role?"
# ---------------------------------------------------------------------------------------------
CONFIDENCE = [
    # EHCP
    "Training on the EHCP process and what parents can ask for",
    "Understanding how EHCPs work and the timescales",
    "A briefing from the SEND team on EHC plans and annual reviews",
    "Knowing more about SEN support in schools and when to push for an EHCP",
    "more knowledge around SEND and the local offer",
    # domestic abuse
    "Domestic abuse training, especially the DASH risk assessment",
    "Refresher training on DV and coercive control",
    "How to talk to children about domestic abuse they have witnessed",
    "training around working with perpetrators",
    # mental health
    "Mental health first aid training",
    "More training on adult mental health and how to support parents with anxiety",
    "Understanding of self harm and how to support teenagers",
    "Training about parental mental health and what services are out there",
    # voice of pre-verbal children
    "How to capture the voice of babies and pre verbal children",
    "Tools for direct work with young children who can't tell you how they feel",
    "Training on observing non verbal children and recording the voice of the child",
    "more ideas for direct work with under 5s",
    # respite, young carers
    "Knowing what respite is available for parents of disabled children",
    "Information on support for young carers and how to get a young carers assessment",
    "I have no idea how to get respite for families, it seems impossible",
    "Where to go for short breaks and carers assessments",
    # thresholds
    "Clearer guidance on thresholds and when to step up to social care",
    "A consistent understanding of the threshold document across agencies",
    "Training on thresholds with social care colleagues in the room",
    "Knowing what happens after I make a referral to the front door",
    # challenging conversations
    "Training on having difficult conversations with parents",
    "Confidence to challenge families when things aren't changing",
    "How to challenge other professionals, especially more senior ones",
    "Support with challenging schools when they won't put support in place",
    "motivational interviewing training",
    # benefits, debt
    "Benefits training, especially universal credit",
    "Knowing more about debt advice and what families are entitled to",
    "An update on welfare reform and how it affects families",
    "training on money management so I can help with budgeting",
    # supervision, peer support
    "Regular supervision that actually happens",
    "Reflective supervision rather than just case management",
    "Peer support and case discussion groups with other workers",
    "More time with my manager to talk through complex cases",
    "Shadowing more experienced workers",
    # capacity and resources
    "Smaller caseloads so I have time to do the work properly",
    "A directory of local services that is kept up to date",
    "Knowing who to contact in each agency",
    "Better IT \u2013 the case system crashes all the time",
    "Admin support so I'm not spending half the week typing",
    "Being invited to TAF meetings by schools so I know what is going on",
    "Clearer roles between early help and social care",
    "Access to a social worker for consultation",
    "more training generally, we used to get loads and now there is hardly any",
    "Training on substance misuse and how to talk to parents about drinking",
    "Understanding attachment and trauma",
    "Training on working with fathers",
    "Clearer step down process with a proper handover meeting",
    "A clear induction for new staff",
    "Knowing the legal side e.g. what parental responsibility means in practice",
]

CONFIDENCE_2016 = [
    "The DA training was good but I would like a follow up session",
    "A proper handover when cases step down from CIN",
]

# answers that a coder would honestly leave uncoded
UNCODED_PRACTITIONER = [
    "n/a",
    "N/A",
    "not sure",
    "-",
    "as above",
    "see previous answer",
    "Nothing really",
    "More of the same",
    "Its different for every family",
    "hard to say",
    "Too many things to list!",
]

UNCODED_CONFIDENCE = [  # only sensible as answers to "what would help you feel more confident?"
    "I feel confident already",
    "Experience I think, it comes with time",
    "Feedback on whether the work I do makes a difference",
]

# ---------------------------------------------------------------------------------------------
# Closure feedback: "What difference did the support make?"
# ---------------------------------------------------------------------------------------------
DIFFERENCE_PARENT = [
    "It made a massive difference to me and the kids",
    "I feel more confident as a parent now",
    "Bedtimes are so much calmer now we have a routine",
    "I know how to set boundaries and stick to them",
    "we argue alot less as a family",
    "Me and my daughter are talking again",
    "She helped me sort my debts out and now I'm not scared to open letters",
    "Got help with my universal credit claim and a food bank voucher when we had nothing",
    "We got moved to a bigger house so the boys have their own room",
    "I feel safe in my home now",
    "the injunction and the new locks made me feel safe",
    "I'm not as anxious and I've started going out again",
    "I went to the doctors about my depression which I never would of done before",
    "I've started a college course",
    "I've got a part time job",
    "Doing volunteering at the school",
    "My son goes to school every day now",
    "School are working with us now instead of against us",
    "my daughters behaviour at school is better and she hasn't been excluded since",
    "He got his EHCP and is in the right school now",
    "We finally got a diagnosis for my son",
    "I know who to call if things get bad again",
    "She listened and never judged me",
    "Having someone on my side at meetings with school",
    "She came in the evenings when my partner was home from work",
    "always rang back when she said she would",
    "She helped the whole family not just my son",
    "She came to meetings with me and explained things so I understood",
    "I feel like I can cope now",
    "The kids are happier",
    "Home is calmer and there's less shouting",
    "I've learnt to stay calm when he kicks off",
    "I didnt feel so alone",
    "Met other mums at the group and we still meet up",
    "We got a cooker and beds from the charity",
    "Helped me fill in forms I couldnt understand",
    "I wouldnt be here without her to be honest",
    "Less stressed",
    "my confidence has gone up alot",
    "We have a routine in the mornings and the kids get to school on time",
    "Got my son into a club after school which he loves",
    "The DV worker helped me understand what had been happening to me",
    "I got my own place away from him",
    "We are not in temporary accommodation anymore",
    "Sorted out a payment plan for the council tax arrears",
    "Social services closed the case",
    "I am back in control",
    "The whole family are getting on better",
    "I have stopped drinking and the kids have noticed",
    "My son got time to himself at the young carers group",
    "Helped me apply for DLA for my son",
    "The parenting course was really good, I use the ideas every day",
    "She didnt give up on us",
    "She was always there for us on the phone",
]

DIFFERENCE_YOUNG = [
    "my worker helped me with my anger and i dont get in trouble as much",
    "I go to school more",
    "I can talk to my mum about things now",
    "i feel happier",
    "I have been going to a youth group on thursdays",
    "helped me get on a course at college",
    "someone to talk to who actually listened",
    "I get on better with my step dad",
    "my worker helped me stop smoking weed",
    "I feel safer",
]

DIFFERENCE_CHILD = [
    "I like it when my worker comes we play games and talk about feelings",
    "mummy doesnt shout as much",
    "I have my own bed now",
    "I am happy at school",
    "we go to the park on saturdays",
]

UNCODED_DIFFERENCE = [
    "Not much to be honest",
    "It was ok",
    "dont know",
    "Too early to say",
    "Some",
]

# ---------------------------------------------------------------------------------------------
# Closure feedback: "Is there anything we could have done better?"
# ---------------------------------------------------------------------------------------------
BETTER = [
    "No, nothing, she was brilliant",
    "Nothing, I cant fault it",
    "no everything was great thank you",
    "Not really",
    "Nothing could be better",
    "Keep doing what you're doing",
    "We waited a long time before anyone came out",
    "It took 3 months to get a worker",
    "The support ended too soon, I still needed help",
    "Maybe a few more weeks before closing",
    "We had three different workers which was hard",
    "Workers kept changing and I had to tell my story again",
    "Sometimes didnt call back",
    "Better communication, I wasnt always told what was happening",
    "More groups in the school holidays",
    "Evening appointments as I work full time",
    "Help with my son's autism sooner",
    "More support for dads",
    "Would have liked help earlier before it got so bad",
    "Keep in touch after the case closed",
    "a follow up call a few months later would be nice",
    "The forms were too long",
    "Meetings at school were intimidating with so many people",
    "Explain things more clearly at the start",
    "Should of listened to me sooner about my daughter",
    "the worker was always late",
    "More help with housing, we are still in a damp flat",
    "Just more of it",
    "Wish it didnt have to end",
    "longer sessions",
    "Make it easier to contact the worker, I only had an office number",
    "Send letters in my language",
    "I felt judged at the first meeting",
    "Give the kids more say",
    "No. Thank you for everything",
]

BETTER_YOUNG = [
    "no",
    "more trips",
    "not have meetings in school where everyone can see",
    "dont tell my mum everything i say",
]

UNCODED_BETTER = [
    "Not sure",
    "N/A",
    "?",
    "Cant think of anything",
]

# ---------------------------------------------------------------------------------------------
# Personal details a real answer would contain and the report must redact (small share).
# All fictional: drama-range numbers, a reserved domain, a non-existent postcode area.
# ---------------------------------------------------------------------------------------------
PERSONAL_PRACTITIONER = [
    "e.g. Mum (Kelly) now gets all three boys to school on time and has started volunteering",
    "One family I worked with (the Hartleys at NM4 7QT) went from crisis to closure in 6 months",
    "Happy to talk more - ring me on 07700 900123",
    "email me if you want examples j.ashworth@northmoor-cc.example",
    "Dad (Dean) finally agreed to a referral to the drug and alcohol service",
    "Tyler (DOB 14/02/2012) now has an EHCP after 14 months of chasing",
    "Shannon, 15, is back in school full time and her mum says she is like a different girl",
    "my family with baby Amira - HV and I did joint visits every week and mum's depression has lifted",
]

PERSONAL_PARENT = [
    "my worker Jo was amazing, she never gave up on us",
    "Bev came every week and helped me get Kai into nursery",
    "Please pass on my thanks to Gemma, you can contact me on 07700 900456",
    "Leanne helped me move to 12 Larch Close NM7 2BX, away from my ex",
    "my son Reece (DOB 03/09/2008) got his EHCP in the end",
    "Thank you Nadia, my email is kayleigh.d88@mailbox.example if you need a quote for anything",
    "Mum (Tracey) and Nan both said it was the best help we ever had",
]
