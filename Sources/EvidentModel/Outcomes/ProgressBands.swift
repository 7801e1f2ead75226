/// The bands of the progress matrix: a case's average first reading gives its row, its average
/// latest reading its column. Bands are lowest first; each but the last has an upper bound
/// (`below`), and a value falls in the first band whose bound it is below.
///
/// Family Star Plus's default (`familyStarPlus`): Lower below 5 (Stuck and Accepting help,
/// readings 1–4), Middle below 7 (Trying, 5–6), Higher from 7 (Finding what works and
/// Effective parenting, 7–10). These are fixed bounds, not thirds of the families: the share in
/// each band is a finding, as in the Leicestershire dashboard (30% / 43% / 26% at the start).
public struct ProgressBands: Sendable, Hashable {
    public struct Band: Sendable, Hashable {
        public var label: String
        /// The band holds values below this bound; `nil` for the top band.
        public var below: Double?

        public init(label: String, below: Double?) {
            self.label = label
            self.below = below
        }
    }

    public var bands: [Band]

    public init(_ bands: [Band]) {
        self.bands = bands
    }

    /// The index of the band holding `value`.
    public func band(of value: Double) -> Int {
        bands.firstIndex { band in band.below.map { value < $0 } ?? true } ?? bands.count - 1
    }

    public var labels: [String] { bands.map(\.label) }

    /// The bounds in words: "Lower (below 5), Middle (5 to below 7), Higher (7 or more)".
    public var rule: String {
        var lower: Double?
        return bands.map { band in
            defer { lower = band.below }
            switch (lower, band.below) {
            case (nil, let upper?): return "\(band.label) (below \(upper.compactDescription))"
            case (let from?, let upper?): return "\(band.label) (\(from.compactDescription) to below \(upper.compactDescription))"
            case (let from?, nil): return "\(band.label) (\(from.compactDescription) or more)"
            case (nil, nil): return band.label
            }
        }.joined(separator: ", ")
    }
}
