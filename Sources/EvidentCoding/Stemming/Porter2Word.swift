/// A word being stemmed by `Porter2Stemmer`: its letters, regions R1 and R2, and the helpers
/// the steps share. Letters are Unicode scalar values; `Y` marks a consonant `y`.
struct Porter2Word {
    var letters: [UInt32]
    /// Start of R1 and R2 (the region after the first non-vowel following a vowel, and the same
    /// again within R1); `letters.count` when empty.
    var r1 = 0
    var r2 = 0

    init(_ letters: [UInt32]) {
        self.letters = letters
    }

    static let apostrophe = UInt32(UInt8(ascii: "'"))
    static let lowerY = UInt32(UInt8(ascii: "y"))
    static let upperY = UInt32(UInt8(ascii: "Y"))

    /// `a e i o u y` (lower-case `y` only: `Y` is a consonant).
    static func isVowel(_ letter: UInt32) -> Bool {
        switch letter {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: true
        default: false
        }
    }

    /// Scalar values of an ASCII literal.
    static func units(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value)
    }

    var count: Int { letters.count }

    func ends(with suffix: [UInt32]) -> Bool {
        suffix.count <= letters.count && letters[(letters.count - suffix.count)...].elementsEqual(suffix)
    }

    func hasVowel(before end: Int) -> Bool {
        letters[..<max(0, end)].contains(where: Self.isVowel)
    }

    mutating func replaceSuffix(length: Int, with replacement: [UInt32]) {
        letters.replaceSubrange((letters.count - length)..., with: replacement)
    }

    /// Whether the letters before `end` finish with a short syllable: a vowel followed by a
    /// non-vowel other than `w x Y` and preceded by a non-vowel, or a vowel at the start of the
    /// word followed by a non-vowel.
    func endsWithShortSyllable(before end: Int) -> Bool {
        guard end >= 2, !Self.isVowel(letters[end - 1]), Self.isVowel(letters[end - 2]) else { return false }
        if end == 2 { return true }
        let last = letters[end - 1]
        let isWXY = last == 0x77 || last == 0x78 || last == Self.upperY
        return !isWXY && !Self.isVowel(letters[end - 3])
    }

    /// The longest of `suffixes` the word ends with, longest first.
    func longestSuffix<Action>(_ suffixes: [([UInt32], Action)]) -> ([UInt32], Action)? {
        suffixes.first { ends(with: $0.0) }
    }

    /// Removes a leading apostrophe and marks consonant `y`s as `Y`.
    mutating func prelude() {
        if letters.first == Self.apostrophe { letters.removeFirst() }
        for index in letters.indices where letters[index] == Self.lowerY {
            if index == 0 || Self.isVowel(letters[index - 1]) { letters[index] = Self.upperY }
        }
    }

    /// Sets R1 and R2 (with the `gener`, `commun` and `arsen` exceptions for R1).
    mutating func markRegions() {
        r1 = letters.count
        r2 = letters.count
        if let prefix = Self.regionPrefixes.first(where: { letters.starts(with: $0) }) {
            r1 = prefix.count
        } else if let start = regionStart(after: 0) {
            r1 = start
        } else {
            return
        }
        r2 = regionStart(after: r1) ?? letters.count
    }

    private func regionStart(after start: Int) -> Int? {
        var index = start
        while index < letters.count, !Self.isVowel(letters[index]) { index += 1 }
        index += 1
        while index < letters.count, Self.isVowel(letters[index]) { index += 1 }
        return index < letters.count ? index + 1 : nil
    }

    private static let regionPrefixes = ["gener", "commun", "arsen"].map(units)

    /// Turns the consonant marks back into `y` and returns the stem.
    func postlude() -> [UInt32] {
        letters.map { $0 == Self.upperY ? Self.lowerY : $0 }
    }
}
