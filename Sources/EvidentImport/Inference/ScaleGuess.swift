public import EvidentModel

/// The scale inference recognised in a column's values.
public struct ScaleGuess: Sendable, Hashable {
    /// The scale.
    public var scale: Scale
    /// `true` when the scale is not one the study already has (a built-in or the manifest's):
    /// a manifest draft defines it under `scales:`.
    public var isProposed: Bool
    /// Non-blank values that read as valid on the scale, of `values`.
    public var valid: Int
    /// Non-blank values looked at.
    public var values: Int
    /// Up to three distinct values that are not on the scale (`75%`, `sixty`, `150`).
    public var outside: [String]
    /// The numeric range was read from the header (`(1–10)`, `0 = … 100 = …`).
    public var rangeFromHeader: Bool

    /// A guess with its evidence.
    public init(scale: Scale, isProposed: Bool, valid: Int, values: Int, outside: [String] = [], rangeFromHeader: Bool = false) {
        self.scale = scale
        self.isProposed = isProposed
        self.valid = valid
        self.values = values
        self.outside = outside
        self.rangeFromHeader = rangeFromHeader
    }
}
