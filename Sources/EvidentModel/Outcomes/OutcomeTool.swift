/// An outcomes tool: the domains a worker rates a family on, the range of a reading, and the
/// tool's stages (Family Star Plus's Journey of Change) and default progress bands.
///
/// Readings are numbers in `[min, max]`; with `wholeNumbers` (as every Outcomes Star), a
/// reading such as `6.5` is invalid, not rounded. Stages, when the tool has them, decide what
/// "progress" means in a domain: a move up at least one stage between the first and the
/// latest reading. Without stages, progress is a latest reading above the first.
public struct OutcomeTool: Sendable, Hashable {
    public var id: String
    /// The tool's name as reports print it ("Family Star Plus").
    public var name: String
    public var domains: [OutcomeDomain]
    public var min: Double
    public var max: Double
    public var wholeNumbers: Bool
    /// In order, lowest first, covering `[min, max]` without gaps; empty when the tool has none.
    public var stages: [OutcomeStage]
    /// The default bands of the progress matrix, lowest first.
    public var bands: ProgressBands

    public init(
        id: String, name: String, domains: [OutcomeDomain], min: Double, max: Double, wholeNumbers: Bool = true,
        stages: [OutcomeStage] = [], bands: ProgressBands
    ) {
        self.id = id
        self.name = name
        self.domains = domains
        self.min = min
        self.max = max
        self.wholeNumbers = wholeNumbers
        self.stages = stages
        self.bands = bands
    }

    /// Reads one domain's cell: blank is `.missing`; anything but a number in range (a whole
    /// number when the tool says so) is `.invalid` with the text as read. Never guessed at.
    public func read(_ raw: String) -> ItemValue {
        let text = raw.trimmedWhitespace
        if text.isEmpty { return .missing }
        guard let value = Scale.parseDecimal(text), value >= min, value <= max else { return .invalid(raw) }
        if wholeNumbers, value != value.rounded() { return .invalid(raw) }
        return .valid(value)
    }

    /// The index of the stage a reading falls in, or `nil` when the tool has no stages.
    public func stage(of reading: Double) -> Int? {
        guard !stages.isEmpty else { return nil }
        return stages.lastIndex { reading >= $0.from } ?? 0
    }

    /// Whether a domain moved forward from `first` to `latest`: up a stage when the tool has
    /// stages, else up in value.
    public func progressed(from first: Double, to latest: Double) -> Bool {
        if let before = stage(of: first), let after = stage(of: latest) { return after > before }
        return latest > first
    }

    /// Whether a case starting at `first` could still progress: below the top stage (or below
    /// `max` without stages). The share progressing is of these cases only.
    public func canProgress(from first: Double) -> Bool {
        if let before = stage(of: first) { return before < stages.count - 1 }
        return first < max
    }
}

/// One area a tool rates, such as "Home and money".
public struct OutcomeDomain: Sendable, Hashable {
    /// Stable across councils and rounds: what region summaries match on.
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}

/// A stage of a tool's journey: readings from `from` up to (not including) the next stage's
/// `from`.
public struct OutcomeStage: Sendable, Hashable {
    public var label: String
    public var from: Double

    public init(label: String, from: Double) {
        self.label = label
        self.from = from
    }
}
