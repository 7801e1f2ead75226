/// Normalised scalars of the grapheme clusters met so far in one coding call, so that a
/// non-ASCII character repeated through an answer is normalised once.
package struct NormalizationCache: Sendable {
    private var scalarsByCharacter: [Character: [Unicode.Scalar]] = [:]

    package init() {}

    /// The normalised scalars of `character` (see `TextNormalizer`). O(1) after the first call.
    package mutating func scalars(of character: Character) -> [Unicode.Scalar] {
        if let known = scalarsByCharacter[character] { return known }
        let scalars = TextNormalizer.normalizedScalars(of: character)
        scalarsByCharacter[character] = scalars
        return scalars
    }
}
