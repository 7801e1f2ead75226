/// A recording time written in a transcript, and the forms it is recognised in.
///
/// Forms: `[00:12:31]`, `[12:31]`, `(00:12:31)`, `(12:31)`, and bare `00:12:31`, `0:12:31`
/// or `12:31`, each with an optional fraction (`00:12:31.250`, `00:12:31,250`). Minutes and
/// seconds are two digits below 60; hours and a leading minute field one or two digits. A bare
/// time must not run on into a digit, colon or letter.
struct TranscriptTimestamp: Sendable, Hashable {
    /// Which bare (unbracketed) forms a position accepts.
    enum Bare {
        /// Bracketed forms only.
        case none
        /// Bracketed forms and bare `h:mm:ss` (three fields): safe inside running text, where
        /// `10:30` is more likely a time of day than a recording time.
        case long
        /// Bracketed forms and bare `mm:ss` or `h:mm:ss`.
        case any
    }

    /// As written, without brackets.
    var text: String
    var seconds: Double
    /// Scalar offset just past the timestamp (past its closing bracket).
    var end: Int

    /// The timestamp starting at `position`, if one does and it ends before `limit`.
    static func match(_ scalars: [Unicode.Scalar], at position: Int, limit: Int, bare: Bare) -> TranscriptTimestamp? {
        guard position < limit else { return nil }
        let first = scalars[position]
        if first == "[" || first == "(" {
            let close: Unicode.Scalar = first == "[" ? "]" : ")"
            var start = position + 1
            while start < limit, scalars[start] == " " { start += 1 }
            guard let time = clock(scalars, at: start, limit: limit) else { return nil }
            var after = time.end
            while after < limit, scalars[after] == " " { after += 1 }
            guard after < limit, scalars[after] == close else { return nil }
            return TranscriptTimestamp(text: time.text, seconds: time.seconds, end: after + 1)
        }
        guard bare != .none, let time = clock(scalars, at: position, limit: limit) else { return nil }
        if bare == .long, time.fields < 3 { return nil }
        if time.end < limit, scalars[time.end].properties.isAlphabetic { return nil }
        return TranscriptTimestamp(text: time.text, seconds: time.seconds, end: time.end)
    }

    private struct Clock {
        var text: String
        var seconds: Double
        var fields: Int
        var end: Int
    }

    /// `h:mm`, `hh:mm`, `h:mm:ss` or `hh:mm:ss` with an optional fraction.
    private static func clock(_ scalars: [Unicode.Scalar], at position: Int, limit: Int) -> Clock? {
        var index = position
        var fields: [Int] = []
        while true {
            let digitsStart = index
            var value = 0
            while index < limit, let digit = Self.digit(scalars[index]), index - digitsStart < 2 {
                value = value * 10 + digit
                index += 1
            }
            let count = index - digitsStart
            if fields.isEmpty ? count == 0 : (count != 2 || value >= 60) { return nil }
            fields.append(value)
            guard fields.count < 3, index + 1 < limit, scalars[index] == ":", Self.digit(scalars[index + 1]) != nil else { break }
            index += 1
        }
        guard fields.count >= 2 else { return nil }
        var fraction = 0.0
        if index + 1 < limit, scalars[index] == "." || scalars[index] == ",", Self.digit(scalars[index + 1]) != nil {
            var scale = 0.1
            index += 1
            while index < limit, let digit = Self.digit(scalars[index]) {
                fraction += Double(digit) * scale
                scale /= 10
                index += 1
            }
        }
        if index < limit, Self.digit(scalars[index]) != nil || scalars[index] == ":" { return nil }
        let seconds = fields.reduce(0) { $0 * 60 + $1 }
        let text = String(String.UnicodeScalarView(scalars[position..<index]))
        return Clock(text: text, seconds: Double(seconds) + fraction, fields: fields.count, end: index)
    }

    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        ("0"..."9").contains(scalar) ? Int(scalar.value - 48) : nil
    }
}
