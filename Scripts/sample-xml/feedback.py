"""KoBoToolbox parent-feedback submissions for Northmoor's sample study (fictional, 2017).

The form (asset uid below) asks parents and young people at case closure which service
supported them, three yes / partly / no questions, what the help covered (select_multiple,
stored space-separated), what difference the support made, and what could have been better.
Names, schools and every answer are invented.
"""

ASSET = "aNmEh7ParentFb2017kQ3x"
VERSION = "vGm4Tq8Yk2Lw"
FORMHUB_UUID = "5f0c8a3e2b9d4c71a6e3f8b2d1c4a907"

SUBMISSIONS = [
    {"id": "2017-03-02-1014", "start": "2017-03-02T10:14:05.000+00:00", "end": "2017-03-02T10:19:41.000+00:00",
     "service": "family_support", "respondent": "parent", "got_help": "yes", "things_improved": "yes",
     "recommend": "yes", "helped_with": ["routines", "school_attendance"],
     "difference": "My son goes to school every day now and I am not dreading the mornings. Sam was brilliant, "
                   "she never gave up on us.",
     "better": "Nothing, it was the right help at the right time."},
    {"id": "2017-03-03-1532", "start": "2017-03-03T15:32:10.000+00:00", "end": "2017-03-03T15:36:02.000+00:00",
     "service": "parenting", "respondent": "parent", "got_help": "yes", "things_improved": "partly",
     "recommend": "yes", "helped_with": ["behaviour", "routines"],
     "difference": "The parenting course gave me ideas for when he kicks off. It works most days.",
     "better": "The course was in the daytime so my partner could not come."},
    {"id": "2017-03-06-0921", "start": "2017-03-06T09:21:44.000+00:00", "end": "2017-03-06T09:24:19.000+00:00",
     "service": "young_carers", "respondent": "young_person", "got_help": "partly", "things_improved": "partly",
     "recommend": "yes", "helped_with": ["respite"],
     "difference": "I get to go to the young carers club on Saturdays and have a break from looking after Mum.",
     "better": "I wish it was more than once a fortnight."},
    {"id": "2017-03-08-1940", "start": "2017-03-08T19:40:12.000+00:00", "end": "2017-03-08T19:47:55.000+00:00",
     "service": "family_support", "respondent": "parent", "got_help": "yes", "things_improved": "yes",
     "recommend": "yes", "helped_with": ["money", "housing"],
     "difference": "We got help with the debts and the council moved us out of the damp flat. The kids have their "
                   "own beds for the first time.",
     "better": "It took a long time to get an appointment at the start."},
    {"id": "2017-03-10-1105", "start": "2017-03-10T11:05:37.000+00:00", "end": "2017-03-10T11:07:03.000+00:00",
     "service": "targeted_youth", "respondent": "young_person", "got_help": "no", "things_improved": "no",
     "recommend": "partly", "helped_with": [],
     "difference": "Not much. I only saw the worker twice and then she left.",
     "better": "Keep the same worker."},
    {"id": "2017-03-14-1618", "start": "2017-03-14T16:18:20.000+00:00", "end": "2017-03-14T16:22:48.000+00:00",
     "service": "family_support", "respondent": "parent", "got_help": "yes", "things_improved": "yes",
     "recommend": "yes", "helped_with": ["mental_health", "routines"],
     "difference": "Someone finally listened to me. I started going out again and I go to the group at the "
                   "children's centre on my own now.",
     "better": ""},
    {"id": "2017-03-17-1002", "start": "2017-03-17T10:02:51.000+00:00", "end": "2017-03-17T10:06:30.000+00:00",
     "service": "parenting", "respondent": "carer", "got_help": "partly", "things_improved": "yes",
     "recommend": "yes", "helped_with": ["behaviour", "school_attendance"], "edited": True,
     "difference": "As his nan I did not know where to start. The worker came to Moorside Primary with me and "
                   "now school and home say the same thing to him.",
     "better": "More evening appointments."},
    {"id": "2017-03-21-1344", "start": "2017-03-21T13:44:09.000+00:00", "end": "2017-03-21T13:46:57.000+00:00",
     "service": "family_support", "respondent": "parent", "got_help": "yes", "things_improved": "partly",
     "recommend": "yes", "helped_with": ["domestic_abuse"],
     "difference": "I feel safer at home and I know who to ring if it starts again.",
     "better": "I would have liked help sooner, before things got so bad."},
    {"id": "2017-03-24-0915", "start": "2017-03-24T09:15:33.000+00:00", "end": "2017-03-24T09:18:12.000+00:00",
     "service": "young_carers", "respondent": "parent", "got_help": "yes", "things_improved": "yes",
     "recommend": "yes", "helped_with": ["respite", "money"],
     "difference": "My daughter has a break now and we sorted out my carer's allowance, which we did not know about.",
     "better": ""},
    {"id": "2017-03-28-1720", "start": "2017-03-28T17:20:46.000+00:00", "end": "2017-03-28T17:24:01.000+00:00",
     "service": "parenting", "respondent": "parent", "got_help": "no", "things_improved": "partly",
     "recommend": "no", "helped_with": ["behaviour"],
     "difference": "Things are a bit calmer but that is mostly because he started a new school.",
     "better": "The group was too big and I did not feel I could talk."},
    {"id": "2017-03-29-0840", "start": "2017-03-29T08:40:02.000+00:00", "end": "2017-03-29T08:43:27.000+00:00",
     "service": "targeted_youth", "respondent": "young_person", "got_help": "yes", "things_improved": "yes",
     "recommend": "yes", "helped_with": ["school_attendance"], "orx": True,
     "difference": "Dean from the youth project helped me get back into college. I have not missed a day since January.",
     "better": "Tell people about it earlier, I only found out through the police."},
    {"id": "2017-03-30-1208", "start": "2017-03-30T12:08:18.000+00:00", "end": "2017-03-30T12:10:44.000+00:00",
     "service": "family_support", "respondent": "parent", "got_help": "yes", "things_improved": "yes",
     "recommend": "yes", "helped_with": ["routines", "school_attendance", "money"], "cut_off": True,
     "difference": "The TAF meetings meant school, the nurse and the worker all knew the plan and stuck to it.",
     "better": ""},
]
