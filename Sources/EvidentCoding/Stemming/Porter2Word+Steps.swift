/// The steps of the Porter2 algorithm, in order, and its exceptional forms.
extension Porter2Word {
    // The suffixes the steps test for, as scalar values, built once.
    private static let suffixAt = units("at")
    private static let suffixAtive = units("ative")
    private static let suffixBl = units("bl")
    private static let suffixEe = units("ee")
    private static let suffixI = units("i")
    private static let suffixIe = units("ie")
    private static let suffixIed = units("ied")
    private static let suffixIes = units("ies")
    private static let suffixIon = units("ion")
    private static let suffixIz = units("iz")
    private static let suffixLi = units("li")
    private static let suffixOgi = units("ogi")
    private static let suffixS = units("s")
    private static let suffixSs = units("ss")
    private static let suffixSses = units("sses")
    private static let suffixUs = units("us")

    /// Whole words with a fixed stem, checked before anything else.
    static func exceptionalForm(_ word: [UInt32]) -> [UInt32]? {
        exceptions.first { $0.0 == word }?.1
    }

    private static let exceptions: [([UInt32], [UInt32])] = [
        ("skis", "ski"), ("skies", "sky"), ("dying", "die"), ("lying", "lie"), ("tying", "tie"),
        ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"), ("early", "earli"), ("only", "onli"),
        ("singly", "singl"), ("sky", "sky"), ("news", "news"), ("howe", "howe"), ("atlas", "atlas"),
        ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
    ].map { (units($0.0), units($0.1)) }

    /// Words left as they are after step 1a.
    var isInvariantAfterStep1a: Bool {
        Self.invariantAfterStep1a.contains(letters)
    }

    private static let invariantAfterStep1a = [
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    ].map(units)

    /// Step 0 and 1a: apostrophe suffixes, then plural `s`.
    mutating func step1a() {
        if let (suffix, _) = longestSuffix(Self.apostropheSuffixes) { replaceSuffix(length: suffix.count, with: []) }
        if ends(with: Self.suffixSses) {
            replaceSuffix(length: 4, with: Self.suffixSs)
        } else if ends(with: Self.suffixIed) || ends(with: Self.suffixIes) {
            replaceSuffix(length: 3, with: (count > 4 ? Self.suffixI : Self.suffixIe))
        } else if ends(with: Self.suffixUs) || ends(with: Self.suffixSs) {
            return
        } else if ends(with: Self.suffixS), hasVowel(before: count - 2) {
            replaceSuffix(length: 1, with: [])
        }
    }

    private static let apostropheSuffixes = [("'s'", ()), ("'s", ()), ("'", ())].map { (units($0.0), $0.1) }

    /// Step 1b: `eed`, `ed`, `ing` and their `-ly` forms.
    mutating func step1b() {
        guard let (suffix, isEED) = longestSuffix(Self.step1bSuffixes) else { return }
        let start = count - suffix.count
        if isEED {
            if start >= r1 { replaceSuffix(length: suffix.count, with: Self.suffixEe) }
            return
        }
        guard hasVowel(before: start) else { return }
        replaceSuffix(length: suffix.count, with: [])
        if ends(with: Self.suffixAt) || ends(with: Self.suffixBl) || ends(with: Self.suffixIz) {
            letters.append(UInt32(UInt8(ascii: "e")))
        } else if count >= 2, letters[count - 1] == letters[count - 2], Self.doubles.contains(letters[count - 1]) {
            letters.removeLast()
        } else if count == r1, endsWithShortSyllable(before: count) {
            letters.append(UInt32(UInt8(ascii: "e")))
        }
    }

    private static let step1bSuffixes: [([UInt32], Bool)] = [
        ("eedly", true), ("ingly", false), ("edly", false), ("eed", true), ("ing", false), ("ed", false),
    ].map { (units($0.0), $0.1) }

    private static let doubles = Set(units("bdfgmnprt"))

    /// Step 1c: a final `y` after a consonant that is not the first letter becomes `i`.
    mutating func step1c() {
        guard count >= 3, letters[count - 1] == Self.lowerY || letters[count - 1] == Self.upperY,
            !Self.isVowel(letters[count - 2])
        else { return }
        letters[count - 1] = UInt32(UInt8(ascii: "i"))
    }

    /// Step 2: derivational suffixes in R1.
    mutating func step2() {
        guard let (suffix, replacement) = longestSuffix(Self.step2Suffixes), count - suffix.count >= r1 else { return }
        let before = count - suffix.count - 1
        if suffix == Self.suffixOgi {
            guard before >= 0, letters[before] == UInt32(UInt8(ascii: "l")) else { return }
        } else if suffix == Self.suffixLi {
            guard before >= 0, Self.validLIEndings.contains(letters[before]) else { return }
        }
        replaceSuffix(length: suffix.count, with: replacement)
    }

    private static let step2Suffixes: [([UInt32], [UInt32])] = [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"),
        ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"),
        ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"),
        ("alli", "al"), ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ].map { (units($0.0), units($0.1)) }

    private static let validLIEndings = Set(units("cdeghkmnrt"))

    /// Step 3: more derivational suffixes in R1 (`ative` only in R2).
    mutating func step3() {
        guard let (suffix, replacement) = longestSuffix(Self.step3Suffixes), count - suffix.count >= r1 else { return }
        if suffix == Self.suffixAtive && count - suffix.count < r2 { return }
        replaceSuffix(length: suffix.count, with: replacement)
    }

    private static let step3Suffixes: [([UInt32], [UInt32])] = [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
        ("ative", ""), ("ical", "ic"), ("ness", ""), ("ful", ""),
    ].map { (units($0.0), units($0.1)) }

    /// Step 4: suffixes deleted in R2 (`ion` only after `s` or `t`).
    mutating func step4() {
        guard let (suffix, _) = longestSuffix(Self.step4Suffixes), count - suffix.count >= r2 else { return }
        if suffix == Self.suffixIon {
            let before = count - suffix.count - 1
            guard before >= 0, Self.ionEndings.contains(letters[before]) else { return }
        }
        replaceSuffix(length: suffix.count, with: [])
    }

    private static let ionEndings = Set(units("st"))

    private static let step4Suffixes: [([UInt32], Void)] = [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize",
        "ion", "al", "er", "ic",
    ].map { (units($0), ()) }

    /// Step 5: a final `e` in R2, or in R1 after no short syllable; a final `l` after `l` in R2.
    mutating func step5() {
        guard let last = letters.last else { return }
        let start = count - 1
        if last == UInt32(UInt8(ascii: "e")) {
            if start >= r2 || (start >= r1 && !endsWithShortSyllable(before: start)) { letters.removeLast() }
        } else if last == UInt32(UInt8(ascii: "l")) {
            if start >= r2 && count >= 2 && letters[count - 2] == UInt32(UInt8(ascii: "l")) { letters.removeLast() }
        }
    }
}
