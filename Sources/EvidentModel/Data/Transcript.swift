/// An interview or focus-group transcript as read: its plain text (exactly what a REFI-QDA
/// export writes as the text source), who it is about, and its speaker turns.
///
/// Offsets everywhere are Unicode scalar offsets into `text` (engineering note 3). For `.txt`
/// and `.md` files `text` is the file as decoded (a byte order mark dropped, line ends kept);
/// for `.docx` it is the body's paragraphs joined with "\n", tables, comments, text boxes and
/// deleted text left out, a tab as "\t" and a line break inside a paragraph as "\n".
public struct Transcript: Sendable, Hashable {
    /// The file name, unique within the data set (`NM-P03.docx`).
    public var id: String
    /// The file as shown to the user.
    public var file: String
    /// Plain text, Markdown or Word.
    public var format: TranscriptFormat
    /// `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `windows-1252` (`.docx`: as its XML says).
    public var encoding: String
    /// SHA-256 of the file's bytes, lowercase hex.
    public var sha256: String
    /// The plain text (see the type's documentation): what every offset counts into.
    public var text: String
    /// The interviewees the transcript is about, by participant id: one for an interview,
    /// several for a focus group.
    public var participants: [String]
    /// Header lines read before the first turn (`Date: 14 March 2018`), key as written.
    public var header: [TranscriptField]
    /// Every turn in order, interviewers' included.
    public var turns: [Turn]
    /// `complete`, or `partial` when a participant is missing from the participants CSV or a
    /// speaker could not be matched to a participant.
    public var status: RecordStatus

    /// A transcript as read.
    public init(
        id: String, file: String, format: TranscriptFormat, encoding: String, sha256: String, text: String,
        participants: [String], header: [TranscriptField] = [], turns: [Turn], status: RecordStatus = .complete
    ) {
        self.id = id
        self.file = file
        self.format = format
        self.encoding = encoding
        self.sha256 = sha256
        self.text = text
        self.participants = participants
        self.header = header
        self.turns = turns
        self.status = status
    }
}

/// How a transcript file was written.
public enum TranscriptFormat: String, Sendable, Hashable, Codable {
    /// `.txt`
    case text = "txt"
    /// `.md`, read as plain text (a `**bold**` label is recognised).
    case markdown = "md"
    /// Word's `.docx`.
    case docx
}

/// One `Key: value` line of a transcript's header, with its line.
public struct TranscriptField: Sendable, Hashable {
    /// The key as written (`Date`, `Participant`).
    public var key: String
    /// The value, trimmed.
    public var value: String
    /// The physical line it is on.
    public var line: Int

    /// A header field.
    public init(key: String, value: String, line: Int) {
        self.key = key
        self.value = value
        self.line = line
    }
}

/// One speaker turn: from a line that starts with a speaker label to the next such line.
///
/// The label, any timestamp and a leading `[cross-talk]` note are metadata, kept out of `text`;
/// `text` is the turn's lines (blank lines dropped) joined with "\n". Each line's place in the
/// transcript is one of `spans`, so an offset in `text` maps back to the transcript exactly.
public struct Turn: Sendable, Hashable {
    /// 1-based position among the transcript's turns, interviewer turns included.
    public var number: Int
    /// The speaker label as written, without its colon or dash (`Interviewer`, `P1`, `Mum`).
    public var speaker: String
    /// Interviewer, participant, or a focus-group speaker who is neither.
    public var role: TurnRole
    /// The participant whose turn it is (participant turns only).
    public var participant: String?
    /// The question id the turn is answered under in the data set (participant turns only).
    public var question: String?
    /// The timestamp as written, without brackets (`00:12:31`, `12:31`).
    public var timestamp: String?
    /// The timestamp in seconds from the start of the recording.
    public var seconds: Double?
    /// What was said: the turn's lines joined with "\n", label, timestamps and a leading
    /// cross-talk note left out. The answer coded for a participant turn.
    public var text: String
    /// Where each line of `text` lies in the transcript, in order.
    public var spans: [TextSpan]
    /// The physical line of the speaker label (for `.docx`, the line of the plain text).
    public var line: Int
    /// Marked as overlapping speech (`[cross-talk]`, `[overlapping]`), on the turn or beside it.
    public var overlaps: Bool

    /// A turn as split from its transcript.
    public init(
        number: Int, speaker: String, role: TurnRole, participant: String? = nil, question: String? = nil,
        timestamp: String? = nil, seconds: Double? = nil, text: String, spans: [TextSpan], line: Int, overlaps: Bool = false
    ) {
        self.number = number
        self.speaker = speaker
        self.role = role
        self.participant = participant
        self.question = question
        self.timestamp = timestamp
        self.seconds = seconds
        self.text = text
        self.spans = spans
        self.line = line
        self.overlaps = overlaps
    }

    /// Scalar offset in the transcript of the turn's first character (its label's end when empty).
    public var start: Int { spans.first?.start ?? 0 }

    /// Scalar offset in the transcript just past the turn's last character.
    public var end: Int { spans.last?.end ?? start }

    /// The transcript offset of a scalar offset in `text`. An offset on the "\n" that joins two
    /// lines maps to the end of the earlier line, or with `preferNext` to the start of the
    /// later one. O(lines in the turn).
    public func transcriptOffset(ofTextOffset offset: Int, preferNext: Bool = false) -> Int {
        var lineStart = 0
        for (index, span) in spans.enumerated() {
            let length = span.end - span.start
            let isLast = index == spans.count - 1
            if offset < lineStart + length || (offset == lineStart + length && (!preferNext || isLast)) {
                return span.start + max(0, offset - lineStart)
            }
            lineStart += length + 1
        }
        return end
    }

    /// The transcript range of a range of `text` (a coded segment's `start..<end`). A range
    /// spanning several lines covers what lies between them too (blank lines, a stripped
    /// timestamp).
    public func transcriptRange(ofTextRange range: Range<Int>) -> Range<Int> {
        let lower = transcriptOffset(ofTextOffset: range.lowerBound, preferNext: true)
        return lower..<max(lower, transcriptOffset(ofTextOffset: range.upperBound))
    }
}

/// Who a turn belongs to.
public enum TurnRole: String, Sendable, Hashable, Codable {
    /// An interviewer or facilitator: never coded.
    case interviewer
    /// An interviewee: coded, and counted under their participant.
    case participant
    /// A speaker in a focus group who is none of its listed participants: kept, not coded.
    case unattributed
}

/// A stretch of a transcript's text, `start..<end` in Unicode scalars.
public struct TextSpan: Sendable, Hashable {
    /// Offset of the first scalar.
    public var start: Int
    /// Offset just past the last scalar.
    public var end: Int

    /// The span `start..<end`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// Someone interviewed, as the participants CSV describes them.
public struct Participant: Sendable, Hashable {
    /// The id transcripts use (`NM-P03`).
    public var id: String
    /// The name quotes are attributed to; the id when the CSV gives none.
    public var pseudonym: String?
    /// Values aligned with the collection's `attributeNames`; blank when not given.
    public var attributes: [String]
    /// Real names (theirs, and names such as their children's listed in the CSV): never
    /// reported, only used to redact quotes.
    public var names: [String]
    /// The participants CSV line of their row; `nil` when they are not in the CSV.
    public var line: Int?

    /// A participant; only the id is required.
    public init(id: String, pseudonym: String? = nil, attributes: [String] = [], names: [String] = [], line: Int? = nil) {
        self.id = id
        self.pseudonym = pseudonym
        self.attributes = attributes
        self.names = names
        self.line = line
    }

    /// What quotes are attributed to: the pseudonym, else the participant id.
    public var label: String { pseudonym ?? id }
}

/// What an `interviews` data set holds beyond its respondents: the transcripts in file-name
/// order, every participant known, and each problem found, with where and what to do.
public struct TranscriptCollection: Sendable, Hashable {
    /// The transcripts loaded (refused ones are only in `problems`), in file-name order.
    public private(set) var transcripts: [Transcript]
    /// Participants of the CSV in its order, then those only named by transcripts.
    public private(set) var participants: [Participant]
    /// The participants CSV's attribute columns, in its order (not id, pseudonym or names).
    public var attributeNames: [String]
    /// The participants CSV as shown to the user, when there is one.
    public var participantsFile: String?
    /// The speaker labels read as interviewers (compared ignoring case).
    public var interviewers: [String]
    /// Every transcript refused or loaded with a problem, rendered like any input error.
    public var problems: [InputError]
    private var addresses: [String: [String: TurnAddress]]

    private struct TurnAddress: Sendable, Hashable {
        var transcript: Int
        var turn: Int
    }

    /// A collection; indexes every participant turn by participant and question.
    public init(
        transcripts: [Transcript], participants: [Participant], attributeNames: [String] = [], participantsFile: String? = nil,
        interviewers: [String] = [], problems: [InputError] = []
    ) {
        self.transcripts = transcripts
        self.participants = participants
        self.attributeNames = attributeNames
        self.participantsFile = participantsFile
        self.interviewers = interviewers
        self.problems = problems
        var addresses: [String: [String: TurnAddress]] = [:]
        for (index, transcript) in transcripts.enumerated() {
            for (position, turn) in transcript.turns.enumerated() {
                guard let participant = turn.participant, let question = turn.question else { continue }
                addresses[participant, default: [:]][question] = TurnAddress(transcript: index, turn: position)
            }
        }
        self.addresses = addresses
    }

    /// The participant with this id.
    public func participant(_ id: String) -> Participant? {
        participants.first { $0.id == id }
    }

    /// "Kristy, 25–34, parent": the participant's label, then the non-blank values of the named
    /// attribute columns present in the CSV (matched ignoring case), in the order given.
    public func attribution(for id: String, showing columns: [String] = ["age", "age band", "role"]) -> String {
        guard let participant = participant(id) else { return id }
        let lowered = attributeNames.map { $0.lowercased() }
        let values = columns.compactMap { column -> String? in
            guard let index = lowered.firstIndex(of: column.lowercased()), participant.attributes.indices.contains(index) else { return nil }
            let value = participant.attributes[index].trimmedWhitespace
            return value.isEmpty ? nil : value
        }
        return ([participant.label] + values).joined(separator: ", ")
    }

    /// The turn a respondent's answer to a question is (respondent = participant id, question =
    /// `Turn.question`). O(1).
    public func turn(respondent: String, question: String) -> (transcript: Transcript, turn: Turn)? {
        guard let address = addresses[respondent]?[question] else { return nil }
        let transcript = transcripts[address.transcript]
        return (transcript, transcript.turns[address.turn])
    }

    /// Where a coded segment lies in its transcript: the segment's offsets in the turn's text
    /// mapped through the turn's spans.
    public func transcriptRange(of segment: CodedSegment) -> (transcript: Transcript, range: Range<Int>)? {
        guard let found = turn(respondent: segment.respondent, question: segment.question) else { return nil }
        return (found.transcript, found.turn.transcriptRange(ofTextRange: segment.start..<segment.end))
    }
}
