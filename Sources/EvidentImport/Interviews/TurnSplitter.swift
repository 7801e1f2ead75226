import EvidentModel

/// Cuts a transcript into its header and speaker turns (`SpeakerLine` says what a line's
/// opening could be, `SpeakerRules` whether it starts a turn).
///
/// - A turn runs from a line that starts one to the next; lines between belong to it (blank
///   lines dropped). Its text is its lines joined with "\n", each line trimmed, a timestamp at a
///   line's start or end removed (bracketed, or bare `h:mm:ss`), so each line is one `TextSpan`.
/// - A line that is only a bracketed note (`[laughs]`, `[cross-talk]`) is not speech: it is left
///   out of the text; a cross-talk note marks the turns before and after it as overlapping. A
///   cross-talk note inside a turn's text marks that turn (and stays in the text).
/// - A line that is only a timestamp gives the next turn its time.
/// - Before the first turn: header lines (`TranscriptHeader`); anything else is a title.
/// - Lines of punctuation only and end markers (`End of transcript`) are dropped.
/// - A transcript with no speaker label at all — not even one a label could have been, such
///   as QualCoder's single-voice example `.docx` — is one voice: every line after the header
///   is one turn with no label, which `TranscriptLoader` gives to the transcript's participant.
///   It is said in a note.
struct TurnSplitter: Sendable {
    struct Result: Sendable {
        var header: [TranscriptField] = []
        var turns: [Turn] = []
        var notes: [Diagnostic] = []
    }

    let rules: SpeakerRules
    /// Notes about lines read as text although they look like labels, per transcript.
    static let noteLimit = 10

    func split(_ source: TranscriptSource, file: String) -> Result {
        let openings = source.lines.map { SpeakerLine.parse(source, $0) }
        var counts: [String: Int] = [:]
        for opening in openings.compactMap({ $0 }) { counts[opening.key, default: 0] += 1 }
        var result = Result()
        var draft: Draft?
        var pendingTime: TranscriptTimestamp?
        var pendingOverlap = false
        for (index, line) in source.lines.enumerated() {
            let range = source.trimmed(line.start, line.end)
            if range.isEmpty { continue }
            if let opening = openings[index] {
                if draft == nil, result.turns.isEmpty, opening.hasSeparator, TranscriptHeader.isKey(opening.key) {
                    let value = source.string(source.trimmed(opening.contentStart, line.end))
                    if TranscriptHeader.accepts(value, for: opening.key) {
                        result.header.append(TranscriptField(key: opening.label, value: value, line: line.number))
                        continue
                    }
                }
                if rules.startsTurn(opening, occurrences: counts[opening.key] ?? 0) {
                    if let finished = draft { result.turns.append(finished.turn(number: result.turns.count + 1, source, rules)) }
                    let first = Self.speech(source, opening.contentStart..<line.end)
                    var next = Draft(opening: opening, line: line.number)
                    next.timestamp = next.timestamp ?? first.time ?? pendingTime
                    next.overlaps = next.overlaps || pendingOverlap
                    next.add(first.range, in: source)
                    draft = next
                    pendingTime = nil
                    pendingOverlap = false
                    continue
                }
                if draft != nil, rules.isNearMiss(opening), result.notes.count < Self.noteLimit {
                    result.notes.append(.note(
                        "'\(opening.label):' is read as part of the turn, not as a speaker label: no other line opens with it",
                        at: SourceLocation(file: file, line: line.number), kind: "label-like opening"
                    ))
                }
            }
            let speech = Self.speech(source, range)
            if speech.range.isEmpty {
                if let time = speech.time { pendingTime = time }
                continue
            }
            let note = TranscriptNote.wholeNote(source.scalars, speech.range)
            if note.isNote {
                if note.crossTalk {
                    draft?.overlaps = true
                    pendingOverlap = true
                }
                continue
            }
            if TranscriptNote.isFiller(source.scalars, speech.range) { continue }
            draft?.add(speech.range, in: source)
        }
        if let finished = draft { result.turns.append(finished.turn(number: result.turns.count + 1, source, rules)) }
        if result.turns.isEmpty, !openings.contains(where: { $0.map(rules.isNearMiss) ?? false }) {
            oneVoice(source, skippingHeader: result.header, file: file, into: &result)
        }
        return result
    }

    /// The whole transcript after its header as one unlabelled turn (see the type's notes).
    private func oneVoice(_ source: TranscriptSource, skippingHeader header: [TranscriptField], file: String, into result: inout Result) {
        let headerLines = Set(header.map(\.line))
        var draft: Draft?
        for line in source.lines where !headerLines.contains(line.number) {
            let speech = Self.speech(source, source.trimmed(line.start, line.end))
            guard !speech.range.isEmpty, !TranscriptNote.wholeNote(source.scalars, speech.range).isNote,
                  !TranscriptNote.isFiller(source.scalars, speech.range) else { continue }
            if draft == nil { draft = Draft(speaker: "", line: line.number, anchor: speech.range.lowerBound) }
            draft?.add(speech.range, in: source)
        }
        guard let draft else { return }
        result.turns.append(draft.turn(number: 1, source, rules))
        result.notes.append(.note(
            "no speaker labels: the transcript is read as one voice, its participant's", at: SourceLocation(file: file, line: draft.line)
        ))
    }

    /// `range` trimmed, without a timestamp at its start or end; and the first timestamp removed.
    static func speech(_ source: TranscriptSource, _ range: Range<Int>) -> (range: Range<Int>, time: TranscriptTimestamp?) {
        let scalars = source.scalars
        var range = source.trimmed(range.lowerBound, range.upperBound)
        if let whole = TranscriptTimestamp.match(scalars, at: range.lowerBound, limit: range.upperBound, bare: .any),
           whole.end == range.upperBound {
            return (range.upperBound..<range.upperBound, whole)
        }
        var time: TranscriptTimestamp?
        if let leading = TranscriptTimestamp.match(scalars, at: range.lowerBound, limit: range.upperBound, bare: .long) {
            time = leading
            range = source.trimmed(leading.end, range.upperBound)
        }
        var start = range.upperBound - 1
        while start > range.lowerBound, start > range.upperBound - 20 {
            if scalars[start - 1].properties.isWhitespace,
               let trailing = TranscriptTimestamp.match(scalars, at: start, limit: range.upperBound, bare: .long),
               trailing.end == range.upperBound {
                time = time ?? trailing
                range = source.trimmed(range.lowerBound, start)
                break
            }
            start -= 1
        }
        return (range, time)
    }

    /// A turn being gathered.
    private struct Draft {
        var speaker: String
        var line: Int
        var timestamp: TranscriptTimestamp?
        var overlaps: Bool
        var spans: [TextSpan] = []
        /// Where the label ends, for the offsets of a turn with no text.
        var anchor: Int

        init(opening: SpeakerLine, line: Int) {
            speaker = opening.label
            self.line = line
            timestamp = opening.timestamp
            overlaps = opening.overlaps
            anchor = opening.contentStart
        }

        /// An unlabelled turn (one voice).
        init(speaker: String, line: Int, anchor: Int) {
            self.speaker = speaker
            self.line = line
            overlaps = false
            self.anchor = anchor
        }

        mutating func add(_ range: Range<Int>, in source: TranscriptSource) {
            guard !range.isEmpty else { return }
            spans.append(TextSpan(start: range.lowerBound, end: range.upperBound))
            if TranscriptNote.containsCrossTalk(source.scalars, range) { overlaps = true }
        }

        func turn(number: Int, _ source: TranscriptSource, _ rules: SpeakerRules) -> Turn {
            let text = spans.map { source.string($0.start..<$0.end) }.joined(separator: "\n")
            return Turn(
                number: number, speaker: speaker, role: rules.isInterviewer(speaker) ? .interviewer : .participant,
                timestamp: timestamp?.text, seconds: timestamp?.seconds, text: text,
                spans: spans.isEmpty ? [TextSpan(start: anchor, end: anchor)] : spans, line: line, overlaps: overlaps
            )
        }
    }
}
