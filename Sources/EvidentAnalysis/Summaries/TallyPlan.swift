public import EvidentCoding
public import EvidentModel

/// What a data set's tally needs to know before its first respondent: the data set's shape,
/// the codebook's hierarchy as positions, and the composite's items. Worked out once per data
/// set and shared, read-only, by every worker's tally.
public struct TallyPlan: Sendable {
    /// The data set's shape: id, kind, items, questions, attributes (no respondents needed).
    public let dataset: Dataset
    /// Whether the study has a codebook (then uncoded answers' words are counted).
    public let hasCodebook: Bool
    /// Every code's id, in `Codebook.allCodes` order: a code's position indexes it.
    public let codes: [String]
    /// Per code of the engine (`CodedRecords.Segment.code`): the code itself, then its ancestors
    /// up to its theme, as positions in `codes`.
    public let chains: [[Int]]
    /// Per code: its row in the co-occurrence table (codes at depth 0 and 1), or -1.
    public let coOccurrenceRow: [Int]
    /// The codes of the co-occurrence table, in codebook order.
    public let coOccurrenceCodes: [String]
    /// The engine's code ids and pattern texts (segments name them by index).
    public let codeIDs: [String]
    public let patternTexts: [String]
    /// The composite's items and threshold, when the data set has a composite.
    public let composite: (indexes: [Int], threshold: Double)?
    /// How deep to keep quote candidates (`nil`: no quotes are chosen).
    public let quotes: QuotePool.Depth?
    /// Most Significant Change stories: the codes of each story are kept (a few hundred stories).
    public let keepsStoryCodes: Bool
    /// Per pattern of the engine: its specificity (`QuoteFit.specificity(of:)`).
    public let patternSpecificity: [Int]
    /// The manifest's pinned and excluded quotes (`quotes: pin:` / `exclude:`).
    public let pinnedQuotes: Set<QuoteReference>
    public let excludedQuotes: Set<QuoteReference>

    /// The plan for `dataset` in a study with `codebook` (compiled as `engine`), whose manifest
    /// lists `composite` items for it (or none) and asks for `quotesPerTheme` quotes.
    public init(
        dataset: Dataset, codebook: Codebook?, engine: CodingEngine?, composite listed: [String]?, quotesPerTheme: Int,
        pinnedQuotes: [String] = [], excludedQuotes: [String] = []
    ) {
        var shape = dataset
        shape.respondents = []
        self.dataset = shape
        let placed = codebook?.allCodes ?? []
        hasCodebook = codebook != nil
        codes = placed.map(\.code.id)
        let position = Dictionary(placed.enumerated().map { ($1.code.id, $0) }, uniquingKeysWith: { first, _ in first })
        let chainOf = Dictionary(
            placed.map { entry in (entry.code.id, ([entry.code.id] + entry.ancestors.reversed()).compactMap { position[$0] }) },
            uniquingKeysWith: { first, _ in first })
        codeIDs = engine?.codeIDs ?? []
        chains = codeIDs.map { chainOf[$0] ?? [] }
        var row = 0
        coOccurrenceRow = placed.map { entry in
            guard entry.depth <= 1 else { return -1 }
            defer { row += 1 }
            return row
        }
        coOccurrenceCodes = placed.filter { $0.depth <= 1 }.map(\.code.id)
        patternTexts = engine?.patternTexts ?? []
        let indexes = CompositeAnalysis.compositeItems(of: dataset, listed: listed)
        composite = indexes.count >= 2 ? (indexes, CompositeAnalysis.threshold(of: dataset.items[indexes[0]].scale)) : nil
        quotes = codebook != nil && quotesPerTheme > 0 ? QuotePool.Depth(quotes: quotesPerTheme) : nil
        keepsStoryCodes = dataset.kind == .mscStories
        patternSpecificity = patternTexts.map(QuoteFit.specificity(of:))
        self.pinnedQuotes = Set(pinnedQuotes.compactMap { QuoteReference(parsing: $0) })
        self.excludedQuotes = Set(excludedQuotes.compactMap { QuoteReference(parsing: $0) })
    }

    /// Codes in the codebook.
    public var codeCount: Int { codes.count }
}
