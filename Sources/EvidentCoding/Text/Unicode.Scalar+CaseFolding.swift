extension Unicode.Scalar {
    /// Full Unicode case folding (CaseFolding.txt, statuses C and F) of one scalar, built from
    /// the standard library's case properties.
    ///
    /// A scalar that does not change when case-folded is returned as it is (so dotless `ı` stays).
    /// Otherwise its lower-case mapping is used when that is stable (`Σ`→`σ`, `İ`→`i̇`), and folded
    /// again when it is a different scalar that still changes (`ẞ`→`ß`→`ss`). A scalar that is its
    /// own lower case folds to the lower case of its upper case (`ß`→`ss`, `ς`→`σ`), or, where even
    /// that changes again (Cherokee small letters, which fold to capitals), to its upper case.
    package var caseFolded: [Unicode.Scalar] {
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A, let lower = Unicode.Scalar(value + 0x20) { return [lower] }
            return [self]
        }
        guard properties.changesWhenCaseFolded else { return [self] }
        let isStable = { (scalar: Unicode.Scalar) in !scalar.properties.changesWhenCaseFolded }
        let lower = Array(properties.lowercaseMapping.unicodeScalars)
        if lower.allSatisfy(isStable) { return lower }
        if lower != [self] { return lower.flatMap { $0 == self ? [$0] : $0.caseFolded } }
        let upper = Array(properties.uppercaseMapping.unicodeScalars)
        let lowerOfUpper = upper.flatMap { Array($0.properties.lowercaseMapping.unicodeScalars) }
        if lowerOfUpper.allSatisfy(isStable) { return lowerOfUpper }
        return upper
    }
}
