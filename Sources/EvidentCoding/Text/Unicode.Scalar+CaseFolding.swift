extension Unicode.Scalar {
    /// Full Unicode case folding (CaseFolding.txt, statuses C and F) of one scalar, built from
    /// the standard library's case properties.
    ///
    /// A scalar that does not change when case-folded is returned as it is (so dotless `ı` stays).
    /// Otherwise its lower-case mapping is used when that is stable (`Σ`→`σ`, `İ`→`i̇`); failing
    /// that, the lower-case form of its upper-case mapping (`ß`→`ss`, `ς`→`σ`, `ẞ`→`ss`); and
    /// where even that changes again (Cherokee small letters, which fold to capitals), the
    /// upper-case mapping itself.
    package var caseFolded: [Unicode.Scalar] {
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A, let lower = Unicode.Scalar(value + 0x20) { return [lower] }
            return [self]
        }
        guard properties.changesWhenCaseFolded else { return [self] }
        let lower = Array(properties.lowercaseMapping.unicodeScalars)
        if lower.allSatisfy({ !$0.properties.changesWhenCaseFolded }) { return lower }
        let upper = Array(properties.uppercaseMapping.unicodeScalars)
        let lowerOfUpper = upper.flatMap { Array($0.properties.lowercaseMapping.unicodeScalars) }
        if lowerOfUpper.allSatisfy({ !$0.properties.changesWhenCaseFolded }) { return lowerOfUpper }
        return upper
    }
}
