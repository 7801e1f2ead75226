import EvidentModel

/// A transcriber's note in square or round brackets (`[laughs]`, `[cross-talk]`,
/// `(recording paused)`), and the lines that are not speech at all.
enum TranscriptNote {
    /// Words that mark overlapping speech inside a note.
    static let crossTalkWords = ["cross-talk", "crosstalk", "cross talk", "overlap", "talking over", "talk over", "both speak", "both talking", "simultaneous"]

    /// The end of a cross-talk note starting at `position` (`[cross-talk]`, `(overlapping)`).
    static func crossTalk(_ scalars: [Unicode.Scalar], at position: Int, limit: Int) -> Int? {
        guard let close = closing(scalars, at: position, limit: limit) else { return nil }
        let inside = String(String.UnicodeScalarView(scalars[position + 1..<close])).lowercased()
        return crossTalkWords.contains { inside.contains($0) } ? close + 1 : nil
    }

    /// Whether a cross-talk note stands anywhere in `range` (`… never happened [crosstalk]`).
    static func containsCrossTalk(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        range.contains { (scalars[$0] == "[" || scalars[$0] == "(") && crossTalk(scalars, at: $0, limit: range.upperBound) != nil }
    }

    /// Whether the whole of `range` is one bracketed note, and whether it marks cross-talk.
    static func wholeNote(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> (isNote: Bool, crossTalk: Bool) {
        guard let close = closing(scalars, at: range.lowerBound, limit: range.upperBound), close == range.upperBound - 1 else {
            return (false, false)
        }
        return (true, crossTalk(scalars, at: range.lowerBound, limit: range.upperBound) != nil)
    }

    /// A line that holds no speech: only punctuation (`---`, `***`), or an end marker
    /// (`End of transcript`, `END OF INTERVIEW.`).
    static func isFiller(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let words = scalars[range].filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == " " }
        if words.allSatisfy({ $0 == " " }) { return true }
        let text = String(String.UnicodeScalarView(words)).lowercased().trimmedWhitespace
        return ["end of transcript", "end of interview", "end of recording", "recording ends", "recording stopped", "interview ends"]
            .contains(text)
    }

    /// The index of the bracket closing the one at `position`, on the same line, with no
    /// bracket of the same kind opened inside it.
    private static func closing(_ scalars: [Unicode.Scalar], at position: Int, limit: Int) -> Int? {
        guard position < limit else { return nil }
        let open = scalars[position]
        guard open == "[" || open == "(" else { return nil }
        let close: Unicode.Scalar = open == "[" ? "]" : ")"
        var index = position + 1
        while index < limit, index - position <= 80 {
            if scalars[index] == open { return nil }
            if scalars[index] == close { return index }
            index += 1
        }
        return nil
    }
}
