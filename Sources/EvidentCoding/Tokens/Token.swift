/// One token of an answer (codebook spec §3.1): a maximal run of letters and digits, with an
/// apostrophe kept only between two letters, in normalised form, with where it stands.
public struct Token: Sendable, Hashable {
    /// The token after normalisation (NFKC, straight apostrophes, case-folded): `mum's`.
    public var text: String
    /// Unicode scalar offset of the token's first scalar in the text as given (not normalised).
    public var start: Int
    /// Unicode scalar offset just past the token's last scalar in the text as given.
    public var end: Int

    /// A token of normalised `text` at scalar offsets `start..<end`.
    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }

    /// Whether the token negates what follows it (codebook spec §3.4): one of `no`, `not`,
    /// `never`, `without`, `nothing`, `nobody`, `none`, `hardly`, `cannot`, or ending in `n't`.
    public var isNegator: Bool {
        var text = text
        return text.withUTF8 { Self.isNegator($0) }
    }

    /// Whether token bytes are a negator; ASCII capitals count as lower case. O(1).
    package static func isNegator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        let lower = TokenBuffer.lowercased
        if count >= 3, lower(bytes[count - 3]) == UInt8(ascii: "n"), bytes[count - 2] == UInt8(ascii: "'"),
            lower(bytes[count - 1]) == UInt8(ascii: "t")
        {
            return true
        }
        guard count >= 2, count <= 7 else { return false }
        for negator in negators where negator.count == count {
            if negator.elementsEqual(bytes.lazy.map(lower)) { return true }
        }
        return false
    }

    private static let negators: [[UInt8]] = [
        "no", "not", "never", "without", "nothing", "nobody", "none", "hardly", "cannot",
    ].map { Array($0.utf8) }
}
