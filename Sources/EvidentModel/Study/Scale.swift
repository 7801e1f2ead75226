/// A response scale: how an answer's text becomes a score, and which scores count as positive
/// ("% confident", "% positive").
///
/// Numeric scales accept text reading `[+-]digits[.digits]` within `[min, max]`; ordinal scales
/// accept one of their levels, case-insensitively after trimming, scored 1…k in level order.
/// Anything else is invalid: counted and listed, never guessed at.
///
/// Two scales are the same scale when their id and kind agree: the label is only what readers
/// see, so a scale read back from `summary.json` (which keeps no label) equals the one written.
public struct Scale: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A number in `[min, max]`; positive when at least `positiveFrom`.
        case numeric(min: Double, max: Double, positiveFrom: Double)
        /// One of `levels`, scored 1…k; positive when one of `positive` (stored as level indexes).
        case ordinal(levels: [String], positive: Set<Int>)
    }

    public var id: String
    public var kind: Kind
    /// What readers see ("Confidence, 0–100"); the manifest's `label:`, a built-in's own, or
    /// `nil` for a name made from the id.
    public var label: String?

    public init(id: String, kind: Kind, label: String? = nil) {
        self.id = id
        self.kind = kind
        self.label = label
    }

    public static func == (lhs: Scale, rhs: Scale) -> Bool {
        lhs.id == rhs.id && lhs.kind == rhs.kind
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(kind)
    }

    /// The lowest score an answer can have.
    public var minScore: Double {
        switch kind {
        case .numeric(let min, _, _): min
        case .ordinal: 1
        }
    }

    /// The highest score an answer can have.
    public var maxScore: Double {
        switch kind {
        case .numeric(_, let max, _): max
        case .ordinal(let levels, _): Double(levels.count)
        }
    }

    /// Reads one answer. Blank (after trimming) is `.missing`; text outside the scale is
    /// `.invalid` with the text as read.
    public func read(_ raw: String) -> ItemValue {
        let text = raw.trimmedWhitespace
        if text.isEmpty { return .missing }
        switch kind {
        case .numeric(let min, let max, _):
            guard let value = Self.parseDecimal(text), value >= min, value <= max else {
                return .invalid(raw)
            }
            return .valid(value)
        case .ordinal(let levels, _):
            let folded = text.lowercased()
            guard let index = levels.firstIndex(where: { $0.lowercased() == folded }) else {
                return .invalid(raw)
            }
            return .valid(Double(index + 1))
        }
    }

    /// The score read from the other end of the scale (`min + max − score`), for
    /// reverse-worded items.
    public func reversed(_ score: Double) -> Double {
        minScore + maxScore - score
    }

    /// Whether a score counts as positive on this scale.
    public func isPositive(_ score: Double) -> Bool {
        switch kind {
        case .numeric(_, _, let positiveFrom):
            return score >= positiveFrom
        case .ordinal(_, let positive):
            let index = Int(score.rounded()) - 1
            return positive.contains(index)
        }
    }

    /// The rule for "positive", in words, for method notes: "70 or more", "Agree or Strongly agree".
    public var positiveRule: String {
        switch kind {
        case .numeric(_, _, let positiveFrom):
            return "\(positiveFrom.compactDescription) or more"
        case .ordinal(let levels, let positive):
            let names = positive.sorted().map { levels[$0] }
            return names.joined(separator: " or ")
        }
    }

    /// Parses `[+-]digits[.digits]` exactly; anything else (exponents, commas, spaces inside,
    /// `70%`) is not a number here.
    public static func parseDecimal(_ text: String) -> Double? {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "+" || first == "-" { scalars = scalars.dropFirst() }
        var digitsBefore = 0
        var digitsAfter = 0
        var seenPoint = false
        for scalar in scalars {
            switch scalar {
            case "0"..."9":
                if seenPoint { digitsAfter += 1 } else { digitsBefore += 1 }
            case "." where !seenPoint:
                seenPoint = true
            default:
                return nil
            }
        }
        guard digitsBefore > 0, !seenPoint || digitsAfter > 0 else { return nil }
        return Double(text)
    }
}

/// The value of one answer on a scale item.
public enum ItemValue: Sendable, Hashable {
    /// Blank: the respondent did not answer (or Qualtrics `-99`, seen but unanswered).
    case missing
    /// Text that is not on the item's scale, as read.
    case invalid(String)
    /// A score: the number itself, or the level's position 1…k.
    case valid(Double)

    /// The score, when valid.
    public var score: Double? {
        if case .valid(let score) = self { return score }
        return nil
    }
}

extension Double {
    /// `70` rather than `70.0`; other values as Swift prints them.
    public var compactDescription: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int(self)) }
        return String(self)
    }
}

extension String {
    /// The text without leading and trailing white space (Unicode white space, line breaks included).
    public var trimmedWhitespace: String {
        // Most fields start and end with an ASCII character that is not white space: no copy.
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
           !Self.isASCIIWhitespace(first), !Self.isASCIIWhitespace(last) {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        guard let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    /// Nothing but white space (or nothing at all); checked without building a trimmed copy.
    public var isBlank: Bool {
        for byte in utf8 {
            switch byte {
            case 0x09...0x0D, 0x20: continue
            case 0..<0x80: return false
            default: return unicodeScalars.allSatisfy(\.properties.isWhitespace)
            }
        }
        return true
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
