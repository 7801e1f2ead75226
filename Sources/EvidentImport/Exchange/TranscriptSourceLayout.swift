public import EvidentModel

/// One transcript as an exported REFI-QDA text source: the transcript's own text, unchanged,
/// and where each coded turn lies in it. `evident export-qdpx` writes a coded segment at
/// `TranscriptCollection.transcriptRange(of:)`; `QDPXCodingMapper` reads a selection back to the
/// participant turns it overlaps, with offsets in each turn's text, so a segment comes back with
/// the same participant, question (`turn-n`) and offsets it went out with.
///
/// All offsets are Unicode scalars, as REFI-QDA and `Transcript` count them.
public struct TranscriptSourceLayout: Sendable {
    /// A participant's turn: an answer of the `interviews` data set.
    public struct Unit: Sendable, Hashable {
        /// The participant id (the data set's respondent).
        public var participant: String
        /// The question the turn is answered under (`turn-n`).
        public var question: String
        public var turn: Turn
    }

    /// The data set's id.
    public let dataset: String
    public let transcript: Transcript
    /// The source's name (see `sourceName`).
    public let name: String
    /// Participant turns with a question, in transcript order; interviewers' and unattributed
    /// speakers' turns are not coded and so are not here.
    public let units: [Unit]

    /// The layout of `transcript`, one of `collection`'s, in data set `dataset`.
    public init(dataset: String, transcript: Transcript, collection: TranscriptCollection) {
        self.dataset = dataset
        self.transcript = transcript
        name = Self.sourceName(dataset: dataset, transcript: transcript, collection: collection)
        units = transcript.turns.compactMap { turn in
            guard turn.role == .participant, let participant = turn.participant, let question = turn.question else { return nil }
            return Unit(participant: participant, question: question, turn: turn)
        }
    }

    /// The name of a transcript's source: `parent-interviews-2016 Kristy (NM-P01-interview.txt)`,
    /// the data set, the participants by pseudonym (their id when the participants CSV gives
    /// none; a focus group's list cut to 60 characters), and the transcript's file name. A file
    /// name holding a word of a participant's real name (`Danielle Hughes.docx`) is replaced by
    /// `transcript <n>`, its place in the data set, so a real name never reaches the name. Like
    /// survey sources, characters no file name may hold are dropped (QDA tools save a source
    /// under its name).
    public static func sourceName(dataset: String, transcript: Transcript, collection: TranscriptCollection) -> String {
        let people = transcript.participants.map { collection.participant($0)?.label ?? $0 }
        var who = clean(people.joined(separator: ", "))
        if who.count > 60 { who = String(who.prefix(59)) + "…" }
        let realNames = Set(transcript.participants.flatMap { collection.participant($0)?.names ?? [] }.flatMap(words))
        let position = (collection.transcripts.firstIndex { $0.id == transcript.id } ?? 0) + 1
        let file = words(transcript.id).contains(where: realNames.contains) ? "transcript \(position)" : clean(transcript.id)
        return dataset + (who.isEmpty ? "" : " " + who) + " (\(file))"
    }

    /// The units a selection `start..<end` of the transcript overlaps, each with the selection's
    /// offsets in the turn's text (clipped to the turn). A selection that also covers a speaker
    /// label, a timestamp or an interviewer's turn codes only the participants' words in it; one
    /// that touches no participant's words gives nothing. O(log turns + units found).
    public func units(overlapping start: Int, _ end: Int) -> [(unit: Unit, start: Int, end: Int)] {
        var low = 0
        var high = units.count
        while low < high {
            let middle = (low + high) / 2
            if units[middle].turn.end <= start { low = middle + 1 } else { high = middle }
        }
        var found: [(unit: Unit, start: Int, end: Int)] = []
        for unit in units[low...] {
            guard unit.turn.start < end else { break }
            guard start < unit.turn.end else { continue }
            found.append((
                unit, Self.textOffset(ofTranscriptOffset: max(start, unit.turn.start), in: unit.turn, isEnd: false),
                Self.textOffset(ofTranscriptOffset: min(end, unit.turn.end), in: unit.turn, isEnd: true)
            ))
        }
        return found
    }

    /// The offset in `turn.text` of a transcript offset: the inverse of
    /// `Turn.transcriptOffset(ofTextOffset:preferNext:)`. An offset between two of the turn's
    /// lines (on the line end, a blank line or a stripped timestamp) is the start of the later
    /// line, or with `isEnd` the end of the earlier one; before the turn it is 0, after it the
    /// text's length. O(lines in the turn).
    public static func textOffset(ofTranscriptOffset offset: Int, in turn: Turn, isEnd: Bool) -> Int {
        var lineStart = 0
        for (index, span) in turn.spans.enumerated() {
            if offset < span.start { return index > 0 && isEnd ? lineStart - 1 : lineStart }
            if offset < span.end || (offset == span.end && (isEnd || index == turn.spans.count - 1)) {
                return lineStart + offset - span.start
            }
            lineStart += span.end - span.start + 1
        }
        return max(lineStart - 1, 0)
    }

    /// Lowercased runs of letters, for matching real names against a file name.
    private static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count > 1 }
    }

    /// `text` with characters no file name may hold dropped and whitespace runs made one space.
    private static func clean(_ text: String) -> String {
        var cleaned = ""
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            if "/\\:*?\"<>|".unicodeScalars.contains(scalar) || scalar.value < 0x20 { continue }
            let isSpace = scalar.properties.isWhitespace
            if isSpace, lastWasSpace { continue }
            cleaned.unicodeScalars.append(isSpace ? " " : scalar)
            lastWasSpace = isSpace
        }
        while cleaned.last == " " { cleaned.removeLast() }
        return cleaned
    }
}
