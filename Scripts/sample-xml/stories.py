"""The Most Significant Change stories of Northmoor's 2017 early help collection (fictional).

Every story, name, school and place is invented for Evident's sample study. Nothing here is
copied from the published evaluations in shared/context/ (read only for the kinds of change
early help evaluations report). Fields: id, domain, collected, title, (group, role), text,
significance, selections [(level, selected, [reasons])].
"""

COLLECTION = "Northmoor Early Help MSC 2017, staff and partners"

DOMAINS = [
    ("family-wellbeing", "Changes in family health and wellbeing"),
    ("children-school", "Changes for children at school and in the community"),
    ("multi-agency", "Changes in multi-agency working"),
    ("practitioner-practice", "Changes in practitioner practice"),
]

DISTRICT_REASONS = {
    "S-001": ["The change is the mother's own: she now goes out without the worker, and the panel could see how each small step led to the next."],
    "S-004": ["Attendance figures back the story up, and the school's change of approach is something other schools could copy."],
    "S-007": ["The panel chose it because the TAF stopped being a meeting about the family and became a plan with the family."],
    "S-010": ["A partner telling us our practice changed is stronger evidence than us saying it ourselves."],
    "S-013": ["Honest about what went wrong before, and specific about what the worker did differently."],
    "S-016": ["Shows early help preventing a referral to social care, which the district has been asked to evidence."],
    "S-020": ["The young carer's own words about having a break were the most moving thing the panel read."],
    "S-024": ["The panel liked that the change was in the worker: learning to challenge a colleague kindly but clearly."],
    "S-027": ["Debt advice is often invisible in our figures; this shows what it makes possible for the children."],
    "S-031": ["Information sharing is the thing partners complain about most; here it worked and we can say why."],
}

COUNTY = {
    "S-001": (True, ["Chosen for the county report: isolation is the barrier staff name most often, and this shows it shifting.",
                     "The panel asked that the family's consent to share the story be checked again before publication."]),
    "S-007": (True, ["The clearest example the panel saw of a TAF that worked, told by someone outside the council."]),
    "S-016": (False, ["A strong story, but the panel chose S-007 to represent multi-agency working this year."]),
    "S-020": (False, []),
}

# Consent to publish, as the collection records it: S-001's county panel asked for the family's
# consent to be checked again (pending), S-014's storyteller withdrew it (withheld); the report
# holds both back and says so. Stories not listed record no consent and are published.
CONSENT = {"S-001": "pending", "S-014": "withheld", "S-004": "given", "S-007": "given", "S-010": "given"}

NOT_SELECTED_AT_DISTRICT = ["S-002", "S-005", "S-011", "S-018", "S-022", "S-029"]

STORIES = [
    ("S-001", "family-wellbeing", "2017-01-16", "Getting out of the house again", ("staff", "Family support worker"),
     "When I first met Kerry she had not left the flat for nearly two months. The curtains were closed at three in the "
     "afternoon and her youngest, Jayden, had stopped going to nursery because there was nobody to take him. We did not "
     "start with the assessment. We started with a walk to the end of the road and back, then to the corner shop, then "
     "to the nursery gate. I went with her every Tuesday and Thursday for five weeks. By March she was going to the "
     "Tuesday parents' group at the children's centre on her own, and last week she rang me to say she had taken both "
     "boys to the park.",
     "It shows that small, practical steps done together can rebuild confidence faster than any referral. Kerry says "
     "the walks mattered more than anything else we offered."),
    ("S-002", "family-wellbeing", "2017-01-18", "A routine that stuck", ("staff", "Early help key worker"),
     "Mornings in this house were chaos: four children, one bathroom and a dad working nights. We made a picture "
     "timetable together and stuck it on the fridge. I honestly thought it would be in the bin within a week. Six weeks "
     "later it is still there, the older two get themselves up, and Mum says she has stopped shouting before eight "
     "o'clock.",
     "A routine sounds small, but it took the pressure off the whole family and Mum now feels she is in charge again."),
    ("S-003", "family-wellbeing", "2017-01-20", "Talking to each other again", ("partner", "Family therapist, voluntary sector"),
     "Dad and his fifteen-year-old daughter had not had a conversation that did not end in a slammed door for a year. "
     "Through the family group sessions they each wrote down one thing they wanted the other to understand. Hers was "
     "that she was frightened, not angry. They now have tea together on Sundays, which was her idea.",
     "The relationship between them is the thing most likely to keep her safe, and it is stronger now."),
    ("S-004", "children-school", "2017-01-23", "Attendance up from 61% to 94%", ("partner", "School attendance officer"),
     "Leah's attendance at Moorside Primary was 61% in the autumn term and we were heading towards a fine. The early "
     "help worker found out that Mum could not walk Leah to school because of her own health, and nobody had asked. "
     "School agreed a later start for two weeks, a walking bus was arranged with a neighbour, and the breakfast club "
     "took her for free. Her attendance this term is 94%.",
     "We stopped treating attendance as the problem and started treating it as the symptom. That changed how our "
     "school works with every family on the persistent absence list."),
    ("S-005", "children-school", "2017-01-25", "A calmer classroom", ("partner", "Year 2 teacher"),
     "Tyler was being sent out of class almost every day. After the worker helped his mum set up a bedtime routine he "
     "started arriving rested, and the outbursts dropped from daily to once or twice a week. He has started reading to "
     "the class's guinea pig, which is the proudest I have seen him.",
     "Behaviour at school changed because something changed at home, and school had not been able to see that before."),
    ("S-006", "multi-agency", "2017-01-27", "One worker instead of five", ("staff", "Early help coordinator"),
     "This family had a health visitor, a school nurse, a housing officer, a PCSO and a family support worker, and "
     "Mum told me she repeated her story to each of them. We agreed one lead professional and a single plan, and the "
     "others fed in through the TAF. Mum said at the review it was the first time she felt people were talking to each "
     "other instead of about her.",
     "Having one consistent worker as the family's contact point reduced the number of visits and made the plan "
     "something Mum could actually follow."),
    ("S-007", "multi-agency", "2017-02-01", "The TAF that finally worked", ("partner", "Deputy headteacher"),
     "I have sat in a lot of Team Around the Family meetings that were a list of what the family had not done. This one "
     "was different. The worker met Mum beforehand so she knew what would be said, the GP practice sent a written "
     "update, and housing actually came. We left with three actions, each with a name next to it, and they all happened "
     "by the next meeting. Mum chaired the third meeting herself.",
     "Multi-agency working only works when everyone turns up and does what they said. This time they did, and the "
     "family could see it."),
    ("S-008", "practitioner-practice", "2017-02-02", "Asking about money first", ("staff", "Family support worker"),
     "I used to leave debt to the end of the assessment because it felt intrusive. After the benefits training I now "
     "ask about money in the first visit. With one family that uncovered a Universal Credit sanction nobody knew about; "
     "we got it overturned within a month and the rent arrears stopped growing.",
     "Changing the order of my questions changed what families told me, and earlier help with money stopped a housing "
     "crisis."),
    ("S-009", "family-wellbeing", "2017-02-03", "Safe at home", ("staff", "Domestic abuse specialist worker"),
     "Mum had been told to leave by three different agencies but had nowhere to go. We worked on a safety plan she "
     "believed in, got the locks changed through the sanctuary scheme and she joined the Freedom Programme. She has "
     "now applied for a non-molestation order with the help of the court support worker.",
     "She is safer because the plan was hers, not ours, and she stayed engaged because nobody judged her for not "
     "leaving."),
    ("S-010", "practitioner-practice", "2017-02-06", "Early help got better at listening", ("partner", "Health visitor"),
     "Two years ago, when I referred a family to early help, I felt I was passing them on. Now the key worker rings me "
     "within a week, asks what I know, and tells me when the case closes. Last month a worker invited me to a joint "
     "visit so a mum with postnatal depression only had to tell her story once.",
     "The change is in how early help works with partners, not just with families, and it means families get help "
     "sooner."),
    ("S-011", "family-wellbeing", "2017-02-07", "Dad back at work", ("staff", "Early help key worker"),
     "Dad had been out of work since his back injury and spent most days in bed. We found a return-to-work course at "
     "the college and I went with him to enrol. He now works three days a week at the garden centre in Eastvale and the "
     "children say he is funny again.",
     "Work gave Dad a reason to get up, and the whole family's mood changed with his."),
    ("S-012", "children-school", "2017-02-08", "Youth club on Fridays", ("partner", "Youth worker"),
     "Ryan was picked up by the police twice in the autumn for hanging around the precinct. The worker introduced him "
     "to the Friday youth club and he now helps run the football session. He has not been in trouble since November.",
     "He found somewhere to belong and adults who expected something of him."),
    ("S-013", "practitioner-practice", "2017-02-09", "Not closing too early", ("staff", "Team manager"),
     "We used to close cases when the first goals were met. This family came back to us three times in two years. "
     "This time the worker held the case for an extra six weeks, stepped down contact gradually, and linked Mum to the "
     "community group before closing. It is now eight months since closure and there has been no re-referral.",
     "Our practice changed: we now plan endings with families rather than ending when our targets are met."),
    ("S-014", "family-wellbeing", "2017-02-10", "A bed for every child", ("partner", "Housing officer"),
     "Three children were sharing a single mattress on the floor of a damp flat. The early help worker pushed for a "
     "priority transfer and I made sure the evidence reached the panel. They moved in January to a three-bedroom house "
     "in Riverside, and the school says the children are no longer falling asleep in class.",
     "Housing is the foundation: nothing else in the plan was going to work while the children could not sleep."),
    ("S-015", "children-school", "2017-02-13", "Speaking up in class", ("staff", "Family support worker"),
     "Amira had selective mutism and had not spoken at school since Year 1. We worked with the SENCO on small steps: "
     "whispering to one friend, then to her teaching assistant. In February she answered the register out loud for the "
     "first time. Her mum cried in the playground.",
     "It shows what joint planning between school and early help can do for a child whose needs were easy to overlook."),
    ("S-016", "multi-agency", "2017-02-14", "Stepping down, not dropping off", ("staff", "Early help coordinator"),
     "This family was stepped down from social care with a new baby and a history of neglect. In the past, step-down "
     "meant a file arriving on our desk. This time the social worker and I did a joint visit, kept the same core group "
     "going for the first month, and agreed what would trigger a step back up. The baby is thriving and the family did "
     "not need to go back to children's social care.",
     "A planned handover kept the family's trust and prevented an escalation that would have cost the family, and the "
     "council, far more."),
    ("S-017", "multi-agency", "2017-02-15", "The GP came to the meeting", ("staff", "Family support worker"),
     "For years we have struggled to get GPs involved. After the locality meetings started, Dr Okafor's practice agreed "
     "to join TAFs by phone. Having the GP on the call meant Mum's medication review happened the same week instead of "
     "waiting for an appointment.",
     "Health and early help working together made the plan quicker and more realistic."),
    ("S-018", "practitioner-practice", "2017-02-16", "Seeing the whole family", ("staff", "Early help key worker"),
     "I was working with a fourteen-year-old who was self-harming and did not realise her little brother was caring for "
     "their mum most nights. Since the whole-family training I always ask about everyone in the house. I referred him "
     "to the young carers project the same week.",
     "The training changed what I look for, and a young carer was found who would otherwise have been missed."),
    ("S-019", "family-wellbeing", "2017-02-17", "Grandad's help", ("partner", "Children's centre practitioner"),
     "Mum was struggling with twins and felt she could not ask her own dad for help because of an old argument. The "
     "worker helped her write to him. He now has the twins every Wednesday, and Mum has started the parenting course.",
     "The support the family needed was already in the family; the worker helped them find it."),
    ("S-020", "children-school", "2017-02-20", "A break for a young carer", ("staff", "Young carers worker"),
     "Chloe, who is eleven, looks after her mum who has MS. She told me she had not been to a friend's house for a year. "
     "We arranged a carer to come in on Saturday mornings and Chloe now goes to the young carers group. She said, 'I "
     "forgot what it felt like to just be a kid.'",
     "Respite for young carers is hard to get, and this shows what it means to a child when it happens."),
    ("S-021", "multi-agency", "2017-02-21", "Police and early help on the same page", ("partner", "PCSO"),
     "We were called to the same house six times in the autumn for noise and arguments. After the early help worker "
     "involved us in the plan, we visited together. Since Christmas there have been no call-outs.",
     "Joint work stopped a pattern that enforcement alone was not changing."),
    ("S-022", "practitioner-practice", "2017-02-22", "Writing plans families understand", ("staff", "Family support worker"),
     "I used to write plans full of phrases like 'engage with services'. Now I write them with the family in their own "
     "words, and Dad keeps his on the fridge. He ticks things off when they are done.",
     "Plain language made the plan belong to the family."),
    ("S-023", "family-wellbeing", "2017-02-23", "Sleeping through", ("partner", "Health visitor"),
     "A mum with a two-year-old who woke six times a night was exhausted and, she told me, close to walking out. The "
     "early help worker did a sleep plan with her over four weeks. The little one now sleeps through most nights and "
     "Mum has started back at college.",
     "Tiredness was driving everything else; fixing sleep gave Mum the energy to make other changes."),
    ("S-024", "practitioner-practice", "2017-02-24", "Learning to challenge", ("staff", "Early help key worker"),
     "In a TAF last year a school colleague kept saying the family were not engaging. I knew Mum had been to every "
     "appointment we had offered. Before the challenging conversations training I would have stayed quiet. This time I "
     "said, politely, that the evidence did not support that, and we rewrote the plan around the school's own actions.",
     "Challenging another professional changed the plan and Mum's trust in us."),
    ("S-025", "children-school", "2017-02-27", "Back in mainstream", ("partner", "SENCO, Riverside High"),
     "Jordan spent most of Year 8 in the inclusion unit. With early help supporting his mum at home and an EHCP "
     "assessment finally under way, he now attends all his lessons except PE. He is predicted a pass in English.",
     "The combination of home support and school support did what neither could do alone."),
    ("S-026", "multi-agency", "2017-03-01", "Sharing the chronology", ("staff", "Early help coordinator"),
     "We started sharing one chronology between school, health and early help for families with a TAF. In one case it "
     "showed that three agencies had each noticed bruising once. Together it was a pattern, and the right referral was "
     "made that day.",
     "Information sharing made a child safer; on our own, none of us had enough to act."),
    ("S-027", "family-wellbeing", "2017-03-02", "Debts under control", ("partner", "Money adviser, Citizens Advice"),
     "The family owed money to seven creditors, including a doorstep lender. The early help worker sat with Mum while we "
     "went through every letter. We set up a debt relief order and a budget, and the bailiff letters stopped. Mum said "
     "the children noticed she was smiling again.",
     "Money worries were behind most of the arguments at home; once they eased, the family could work on everything else."),
    ("S-028", "children-school", "2017-03-03", "Friends at last", ("staff", "Family support worker"),
     "Oliver had no friends at St Aidan's and ate lunch in the library. We arranged for him to join the Lego club and "
     "his mum invited a classmate for tea. He has been to two birthday parties this term.",
     "Friendship is easy to forget in a plan, but it changed how Oliver feels about school."),
    ("S-029", "practitioner-practice", "2017-03-06", "Supervision that helps", ("staff", "Family support worker"),
     "I used to dread supervision because it was just a case list. Since the new reflective model I bring the families I "
     "am stuck with, and my manager helps me think. It has made me braver about trying new things with families.",
     "Good supervision made me a better worker, and families get the benefit."),
    ("S-030", "family-wellbeing", "2017-03-07", "Mum's mental health", ("staff", "Early help key worker"),
     "Mum had been on the waiting list for talking therapy for seven months. While she waited, I helped her get to the "
     "wellbeing café and the GP reviewed her medication. She said the café kept her going until her therapy started in "
     "March.",
     "Waiting lists are long, but early help can stop families falling apart while they wait."),
    ("S-031", "multi-agency", "2017-03-08", "One phone call", ("partner", "School nurse"),
     "A Year 9 girl told me she was worried about her mum's drinking. In the past I would have filled in a form and "
     "waited. This time I rang the early help hub, the worker already knew the family from a previous case and visited "
     "within two days. The girl came back to tell me things were better at home.",
     "Quick, direct contact between partners meant the right person acted while the girl still trusted us."),
    ("S-032", "children-school", "2017-03-09", "Homework at the kitchen table", ("partner", "Family learning tutor"),
     "Dad had not finished school and felt ashamed that he could not help with homework. He joined the family learning "
     "course and now does maths homework with his daughter every Tuesday. She moved up a set in February.",
     "Helping a parent learn changed what the child believed she could do."),
    ("S-033", "practitioner-practice", "2017-03-10", "Hearing the youngest", ("staff", "Family support worker"),
     "I used to rely on parents to tell me how the under-fives were. After the voice of the child training I spend part "
     "of every visit playing on the floor. A three-year-old showed me with his toys that he was scared at bedtime, and "
     "that changed the whole plan.",
     "The child's voice is now in my assessments, not just the parents'."),
]

# Deliberate problems, so the sample shows story-level rejection (story spec: rejected with id,
# line and reason, counted, the rest load).
PROBLEMS = [
    # No text: the storyteller ran out of time and only a title was typed up.
    ("S-034", "family-wellbeing", "2017-03-13", "Title only, story to follow", ("staff", "Family support worker"), None, None),
    # A domain nobody declared (the East Vale panel used its own "housing" domain).
    ("S-035", "housing", "2017-03-14", "Keys to a new flat", ("partner", "Housing officer"),
     "After eighteen months in temporary accommodation the family got the keys to a two-bedroom flat near the children's "
     "school.",
     "Stable housing means the children can stay at the same school."),
    # A second story typed up under an id already used (S-012).
    ("S-012", "children-school", "2017-03-15", "Back to football", ("staff", "Early help key worker"),
     "He came to training every week after the TAF agreed to pay his subs.",
     "He found a team and a coach who believed in him."),
]
