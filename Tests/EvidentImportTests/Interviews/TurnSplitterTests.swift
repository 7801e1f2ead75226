import EvidentModel
import Testing

@testable import EvidentImport

/// Speaker turns from plain text: every label style, timestamps, continuation lines, notes,
/// cross-talk, headers, and sentences with a colon that are not labels.
@Suite("Transcripts: speaker turns")
struct TurnSplitterTests {
    static func speakers(_ result: TurnSplitter.Result) -> [String] {
        result.turns.map { "\($0.speaker)|\($0.text)" }
    }

    @Test("each label style starts a turn", arguments: [
        ("Interviewer: How did it start?\nParent: With the school.", ["Interviewer|How did it start?", "Parent|With the school."]),
        ("INT: How did it start?\nP1: With the school.", ["INT|How did it start?", "P1|With the school."]),
        ("I: How did it start?\nR: With the school.\nI: Go on.\nR: They rang.", ["I|How did it start?", "R|With the school.", "I|Go on.", "R|They rang."]),
        ("Interviewer - How did it start?\nMum - With the school.", ["Interviewer|How did it start?", "Mum|With the school."]),
        ("Interviewer – How did it start?\nDad — With the school.", ["Interviewer|How did it start?", "Dad|With the school."]),
        ("[00:12:31] Interviewer: How did it start?\n[00:12:40] Sarah: With the school.\n[00:13:02] Sarah: And then the GP.",
         ["Interviewer|How did it start?", "Sarah|With the school.", "Sarah|And then the GP."]),
        ("**Interviewer:** How did it start?\n**Kelly**: With the school.", ["Interviewer|How did it start?", "Kelly|With the school."]),
        ("Speaker 1  0:03\nHow did it start?\n\nSpeaker 2  0:07\nWith the school.\nAnd the GP.",
         ["Speaker 1|How did it start?", "Speaker 2|With the school.\nAnd the GP."]),
        ("Facilitator: Who wants to start?\nParent (P3): Me.", ["Facilitator|Who wants to start?", "Parent (P3)|Me."]),
    ])
    func labels(text: String, expected: [String]) {
        #expect(Self.speakers(InterviewFixtures.split(text)) == expected)
    }

    @Test("timestamps in every form are kept as metadata and left out of the text", arguments: [
        ("[00:12:31] Parent: Yes.", "00:12:31", 751.0),
        ("00:12:31 Parent: Yes.", "00:12:31", 751.0),
        ("(12:31) Parent: Yes.", "12:31", 751.0),
        ("Parent (12:31): Yes.", "12:31", 751.0),
        ("Parent [1:02:03]: Yes.", "1:02:03", 3723.0),
        ("Parent: [00:12:31] Yes.", "00:12:31", 751.0),
        ("Parent: 00:12:31 Yes.", "00:12:31", 751.0),
        ("Parent: Yes. [00:12:31]", "00:12:31", 751.0),
        ("[00:12:31.500] Parent: Yes.", "00:12:31.500", 751.5),
        ("00:12:31\nParent: Yes.", "00:12:31", 751.0),
    ])
    func timestamps(text: String, written: String, seconds: Double) throws {
        let turn = try #require(InterviewFixtures.split(text).turns.first)
        #expect(turn.speaker == "Parent")
        #expect(turn.text == "Yes.")
        #expect(turn.timestamp == written)
        #expect(turn.seconds == seconds)
    }

    @Test("a bare time of day inside the text is not a timestamp")
    func timeOfDay() throws {
        let turn = try #require(InterviewFixtures.split("Parent: 10:30 at night he'd still be up.").turns.first)
        #expect(turn.text == "10:30 at night he'd still be up.")
        #expect(turn.timestamp == nil)
    }

    @Test("continuation lines belong to the turn; blank lines, notes and end markers do not")
    func continuation() {
        let text = """
            Interviewer: And school?

            Parent: It was awful.
            He just wouldn't go.
            [00:14:02] Every morning was a fight.

            [laughs]
            Interviewer: Right.
            ---
            END OF TRANSCRIPT
            """
        let result = InterviewFixtures.split(text)
        #expect(Self.speakers(result) == [
            "Interviewer|And school?", "Parent|It was awful.\nHe just wouldn't go.\nEvery morning was a fight.", "Interviewer|Right.",
        ])
        #expect(result.turns[1].line == 3)
        #expect(result.turns[1].spans.count == 3)
    }

    @Test("sentences with a colon are not labels; a one-off label-like opening gets a note")
    func colonsInSentences() {
        let text = """
            Interviewer: What helped?
            Parent: Loads of things.
            So basically: she listened.
            The thing is: nobody had before.
            Honestly: it changed everything.
            Interviewer: Anything else?
            Parent: One thing: the food bank voucher.
            """
        let result = InterviewFixtures.split(text)
        #expect(Self.speakers(result) == [
            "Interviewer|What helped?",
            "Parent|Loads of things.\nSo basically: she listened.\nThe thing is: nobody had before.\nHonestly: it changed everything.",
            "Interviewer|Anything else?", "Parent|One thing: the food bank voucher.",
        ])
        #expect(result.notes.map(\.description) == [])
    }

    @Test("an unknown one-off label stays text, with a note naming its line")
    func nearMiss() {
        let text = "Interviewer: Who came?\nParent: The worker.\nSchool: they never rang back.\nInterviewer: Oh."
        let result = InterviewFixtures.split(text)
        #expect(result.turns[1].text == "The worker.\nSchool: they never rang back.")
        #expect(result.notes.map(\.description) == [
            "note: 'School:' is read as part of the turn, not as a speaker label: no other line opens with it --> t.txt:3",
        ])
    }

    @Test("an unknown label that opens several lines is a speaker")
    func repeatedLabel() {
        let result = InterviewFixtures.split("Interviewer: Hello.\nKristy: Hiya.\nInterviewer: Ready?\nKristy: Yeah.")
        #expect(result.turns.map(\.speaker) == ["Interviewer", "Kristy", "Interviewer", "Kristy"])
        #expect(result.turns.map(\.role) == [.interviewer, .participant, .interviewer, .participant])
    }

    @Test("cross-talk: a note line marks the turns either side; a note opening a turn is dropped from its text")
    func crossTalk() {
        let text = """
            Interviewer: And was that with—
            [cross-talk]
            Parent: Yeah, the school.
            Interviewer: Sorry, go on.
            Parent: [overlapping] No, you go.
            Interviewer: Thanks.
            """
        let result = InterviewFixtures.split(text)
        #expect(result.turns.map(\.overlaps) == [true, true, false, true, false])
        #expect(result.turns[3].text == "No, you go.")
    }

    @Test("header lines before the first turn are metadata, titles are neither header nor speech")
    func header() {
        let text = """
            Northmoor County Council: Early Help evaluation
            Participant: NM-P03
            Date: 14 March 2018
            Interviewed by: JB

            Interviewer: Thanks for seeing me.
            Parent: That's fine.
            Date: I can't remember the date.
            """
        let result = InterviewFixtures.split(text)
        #expect(result.header.map { "\($0.key)=\($0.value)@\($0.line)" } == ["Participant=NM-P03@2", "Date=14 March 2018@3", "Interviewed by=JB@4"])
        #expect(Self.speakers(result) == ["Interviewer|Thanks for seeing me.", "Parent|That's fine.\nDate: I can't remember the date."])
    }

    @Test("interviewer labels are configurable and compared ignoring case")
    func configurableInterviewers() {
        let result = InterviewFixtures.split("Jo: Hello.\nParent: Hi.\nJO: Ready?", interviewers: ["Jo"])
        #expect(result.turns.map(\.role) == [.interviewer, .participant, .interviewer])
    }

    @Test("no label anywhere: one unlabelled voice, said in a note; a label-like opening keeps it from guessing")
    func noTurns() {
        let result = InterviewFixtures.split("We talked about school.\nShe was nice.")
        #expect(result.turns.map(\.text) == ["We talked about school.\nShe was nice."])
        #expect(result.turns.map(\.speaker) == [""])
        #expect(result.notes.map(\.message) == ["no speaker labels: the transcript is read as one voice, its participant's"])
        #expect(InterviewFixtures.split("Mandy: we talked.\nShe was nice.").turns.isEmpty, "one unknown label: not one voice")
    }

    @Test("QualCoder's bracketed speakers: [id1] text; [laughs] stays a note")
    func bracketed() {
        let result = InterviewFixtures.split("[id1] hello, I like the course.\n\n[id2] I am struggling.\n[laughs] yes\n[id1] yes, I agree")
        #expect(result.turns.map(\.speaker) == ["id1", "id2", "id1"])
        #expect(result.turns.map(\.text) == ["hello, I like the course.", "I am struggling.\n[laughs] yes", "yes, I agree"])
    }
}
