/// A transcript's plain text as Unicode scalars, cut into physical lines, with the stretches a
/// Word file shows in bold (where a speaker's name may be).
///
/// Lines end at LF, CRLF or a lone CR; a line's range excludes its line break. All offsets are
/// Unicode scalar offsets into the text.
struct TranscriptSource: Sendable {
    /// One physical line: `start..<end` in the text, and its 1-based number.
    struct Line: Sendable, Hashable {
        var start: Int
        var end: Int
        var number: Int
    }

    let scalars: [Unicode.Scalar]
    let lines: [Line]
    /// Bold stretches, sorted and not overlapping (adjacent bold runs already merged).
    let emphasis: [Range<Int>]

    init(scalars: [Unicode.Scalar], emphasis: [Range<Int>] = []) {
        self.scalars = scalars
        self.emphasis = emphasis
        var lines: [Line] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                lines.append(Line(start: start, end: index, number: lines.count + 1))
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                start = index + 1
            }
            index += 1
        }
        if start < scalars.count { lines.append(Line(start: start, end: scalars.count, number: lines.count + 1)) }
        self.lines = lines
    }

    /// The text as a `String`, scalar for scalar.
    var text: String { String(String.UnicodeScalarView(scalars)) }

    /// The end of the bold stretch that covers `position`, if any. O(log n).
    func emphasisEnd(covering position: Int) -> Int? {
        var low = 0
        var high = emphasis.count
        while low < high {
            let middle = (low + high) / 2
            if emphasis[middle].upperBound <= position { low = middle + 1 } else { high = middle }
        }
        guard low < emphasis.count, emphasis[low].contains(position) else { return nil }
        return emphasis[low].upperBound
    }

    /// `start..<end` with white space trimmed from both ends.
    func trimmed(_ start: Int, _ end: Int) -> Range<Int> {
        var lower = start
        var upper = end
        while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        return lower..<upper
    }

    /// The scalars of `range` as a `String`.
    func string(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }
}
