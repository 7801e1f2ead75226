/// What the start of one transcript line says if it is read as a speaker label: the label, a
/// timestamp, and where the turn's text begins. Whether it *is* a label is decided by
/// `SpeakerRules` with the whole transcript in view.
///
/// Recognised openings, each optionally after a timestamp (`[00:12:31] Sarah: …`):
/// - `Label: text` — a colon followed by white space or the end of the line;
/// - `Label - text` — a dash (`-`, `–`, `—`) with a space before it and a space or the line's
///   end after it;
/// - a Word paragraph starting in bold (`**Label**` in Markdown), with or without a colon;
/// - `Label  0:03` alone on a line, the text on the lines below (Otter.ai and Teams exports);
/// - `[Label] text` — a label in square brackets opening the line, as QualCoder's example
///   transcripts write speakers (`[id1] hello, I like the course.`); the brackets stand for the
///   separator, and the label may start in lower case.
/// A timestamp may also stand between the label and its colon (`Sarah (12:31):`) or straight
/// after it (`Interviewer: [00:12:31] So…`), and a `[cross-talk]` note may open the text.
struct SpeakerLine: Sendable, Hashable {
    /// The label as written, without separator or timestamp.
    var label: String
    /// The label in lower case, for counting and comparing.
    var key: String
    var timestamp: TranscriptTimestamp?
    /// Where the turn's text starts on the line.
    var contentStart: Int
    /// The label was bold (Word) or `**bold**` (Markdown).
    var isEmphasised: Bool
    /// A colon or dash followed the label.
    var hasSeparator: Bool
    /// The text opened with a cross-talk note, which is dropped from it.
    var overlaps: Bool
    /// The label stood in square brackets (`[id1] …`).
    var isBracketed = false

    /// Longest label looked for, in scalars, timestamp and separator excluded.
    static let labelLimit = 48

    /// Reads the opening of `line`; `nil` when nothing there is label-shaped.
    static func parse(_ source: TranscriptSource, _ line: TranscriptSource.Line) -> SpeakerLine? {
        let scalars = source.scalars
        let end = line.end
        var position = skipSpaces(scalars, from: line.start, to: end)
        var timestamp = TranscriptTimestamp.match(scalars, at: position, limit: end, bare: .any)
        if let found = timestamp { position = skipSpaces(scalars, from: found.end, to: end) }
        guard position < end else { return nil }
        guard var opening = labelRegion(source, from: position, to: end) else { return nil }
        if let trailing = trailingTimestamp(scalars, in: opening.label) {
            timestamp = timestamp ?? trailing.stamp
            opening.label = opening.label.lowerBound..<trimEnd(scalars, opening.label.lowerBound, trailing.start)
        }
        var shape = Array(scalars[opening.label])
        if opening.isBracketed, let first = shape.first, let upper = String(first).uppercased().unicodeScalars.first { shape[0] = upper }
        guard SpeakerRules.isLabelShaped(shape) else { return nil }
        var content = skipSpaces(scalars, from: opening.contentStart, to: end)
        if let after = TranscriptTimestamp.match(scalars, at: content, limit: end, bare: .long) {
            timestamp = timestamp ?? after
            content = skipSpaces(scalars, from: after.end, to: end)
        }
        var overlaps = false
        if let note = TranscriptNote.crossTalk(scalars, at: content, limit: end) {
            overlaps = true
            content = skipSpaces(scalars, from: note, to: end)
        }
        let label = source.string(opening.label)
        return SpeakerLine(
            label: label, key: label.lowercased(), timestamp: timestamp, contentStart: content,
            isEmphasised: opening.isEmphasised, hasSeparator: opening.hasSeparator, overlaps: overlaps,
            isBracketed: opening.isBracketed
        )
    }

    private struct Opening {
        var label: Range<Int>
        var contentStart: Int
        var isEmphasised: Bool
        var hasSeparator: Bool
        var isBracketed = false
    }

    /// The label's stretch and where the text after it starts, by the four openings above.
    private static func labelRegion(_ source: TranscriptSource, from start: Int, to end: Int) -> Opening? {
        let scalars = source.scalars
        var emphasisEnd = source.emphasisEnd(covering: start).map { min($0, end) }
        var markerLength = 0
        if emphasisEnd == nil, start + 1 < end, scalars[start] == "*", scalars[start + 1] == "*" {
            let limit = min(end - 1, start + 2 + labelLimit + 2)
            if let close = (start + 2..<max(start + 2, limit)).first(where: { scalars[$0] == "*" && scalars[$0 + 1] == "*" }) {
                emphasisEnd = close
                markerLength = 2
            }
        }
        if let emphasisEnd {
            let labelStart = start + markerLength
            var labelEnd = trimEnd(scalars, labelStart, emphasisEnd)
            var hasSeparator = false
            if labelEnd > labelStart, isDash(scalars[labelEnd - 1]) || scalars[labelEnd - 1] == ":" {
                hasSeparator = true
                labelEnd = trimEnd(scalars, labelStart, labelEnd - 1)
            }
            var after = skipSpaces(scalars, from: emphasisEnd + markerLength, to: end)
            if !hasSeparator, after < end, isSeparator(scalars, at: after, start: start, end: end, afterLabel: true) {
                hasSeparator = true
                after += 1
            }
            guard labelEnd > labelStart else { return nil }
            return Opening(label: labelStart..<labelEnd, contentStart: after, isEmphasised: true, hasSeparator: hasSeparator)
        }
        if scalars[start] == "[",
           let close = (start + 1..<min(end, start + labelLimit + 2)).first(where: { scalars[$0] == "]" || scalars[$0] == "[" }),
           scalars[close] == "]", close > start + 1, close + 1 < end, scalars[close + 1] == " " || scalars[close + 1] == "\t" {
            return Opening(label: start + 1..<close, contentStart: close + 1, isEmphasised: false, hasSeparator: true, isBracketed: true)
        }
        let limit = min(end, start + labelLimit + 24)
        for index in start..<limit where isSeparator(scalars, at: index, start: start, end: end, afterLabel: false) {
            let labelEnd = trimEnd(scalars, start, index)
            guard labelEnd > start else { return nil }
            return Opening(label: start..<labelEnd, contentStart: index + 1, isEmphasised: false, hasSeparator: true)
        }
        let whole = source.trimmed(start, end)
        guard whole.count <= labelLimit + 24, let stamp = trailingTimestamp(scalars, in: whole), stamp.start > whole.lowerBound else {
            return nil
        }
        return Opening(label: whole, contentStart: end, isEmphasised: false, hasSeparator: false)
    }

    /// A colon followed by white space or the line's end, or a dash with a space before it and
    /// a space or the line's end after it. Right after a bold label no space is needed before a dash.
    private static func isSeparator(_ scalars: [Unicode.Scalar], at index: Int, start: Int, end: Int, afterLabel: Bool) -> Bool {
        let scalar = scalars[index]
        let endsWell = index + 1 >= end || scalars[index + 1].properties.isWhitespace
        if scalar == ":" { return endsWell }
        guard isDash(scalar), endsWell else { return false }
        return afterLabel || (index > start && scalars[index - 1] == " ")
    }

    private static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2013}" || scalar == "\u{2014}"
    }

    /// A timestamp ending exactly at the end of `range`, after a space (`Sarah (12:31)`).
    private static func trailingTimestamp(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> (start: Int, stamp: TranscriptTimestamp)? {
        var index = range.upperBound - 1
        while index > range.lowerBound, index > range.upperBound - 20 {
            if scalars[index - 1] == " " || scalars[index - 1] == "\t",
               let stamp = TranscriptTimestamp.match(scalars, at: index, limit: range.upperBound, bare: .any),
               stamp.end == range.upperBound {
                return (index, stamp)
            }
            index -= 1
        }
        return nil
    }

    static func skipSpaces(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, scalars[index] == " " || scalars[index] == "\t" || scalars[index] == "\u{A0}" { index += 1 }
        return index
    }

    static func trimEnd(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var index = end
        while index > start, scalars[index - 1].properties.isWhitespace { index -= 1 }
        return index
    }
}
