public import EvidentModel

/// Distance travelled on one tool in one wave across the region.
public struct RegionOutcome: Sendable, Hashable {
    /// One domain pooled.
    public struct Domain: Sendable, Hashable {
        public var domain: OutcomeDomain
        public var first: Moments
        public var latest: Moments
        public var change: Moments
        /// Moved up a stage, of those who could, by council and pooled.
        public var progressed: RegionProportion
    }

    public var tool: OutcomeTool
    public var bands: ProgressBands
    public var wave: String?
    /// Each case's change of average reading, pooled.
    public var change: Moments
    public var councilChange: [String: Moments]
    public var progressedAny: RegionProportion
    /// Above the diagonal of the progress matrix (higher than average progress).
    public var above: RegionProportion
    public var below: RegionProportion
    /// The pooled matrix, when every council published its own.
    public var matrix: [[Int]]?
    public var domains: [Domain]
}
