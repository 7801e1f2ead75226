/// The Porter2 (Snowball English) stemmer, as published by Martin Porter
/// (snowballstem.org/algorithms/english/stemmer.html, the classic algorithm with the exceptional
/// forms and the `gener`/`commun`/`arsen` prefixes), used when a codebook sets `stemming: true`.
///
/// Input is a normalised (lower-case) token; letters other than `a`–`z` are treated as
/// consonants, as the Snowball implementation treats them.
public struct Porter2Stemmer: Sendable {
    /// A stemmer; it holds no state, so one can be shared.
    public init() {}

    /// The Porter2 stem of `word`: `generously` → `generous`, `running` → `run`.
    ///
    /// O(n) in the length of the word.
    public func stem(_ word: String) -> String {
        var scalars = String.UnicodeScalarView()
        for value in stem(units: word.unicodeScalars.map(\.value)) {
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// The stem of a word given as Unicode scalar values.
    package func stem(units: [UInt32]) -> [UInt32] {
        if let exception = Porter2Word.exceptionalForm(units) { return exception }
        guard units.count >= 3 else { return units }
        var word = Porter2Word(units)
        word.prelude()
        word.markRegions()
        word.step1a()
        if !word.isInvariantAfterStep1a {
            word.step1b()
            word.step1c()
            word.step2()
            word.step3()
            word.step4()
            word.step5()
        }
        return word.postlude()
    }
}
