/// The researcher's coding frame: themes, the codes under them, what each code means, and the
/// patterns that code free text automatically (codebook spec §1).
public struct Codebook: Sendable, Hashable {
    public var name: String
    public var version: String?
    public var language: String
    public var description: String?
    public var options: CodingOptions
    /// The top-level codes (themes); each may hold codes of its own, to any depth.
    public var themes: [Code]
    /// Named groups of codes across the hierarchy (REFI-QDA code sets: ATLAS.ti's code groups,
    /// MAXQDA's and NVivo's sets), in file order.
    public var sets: [CodeSet]

    public init(
        name: String, version: String? = nil, language: String = "en", description: String? = nil,
        options: CodingOptions = CodingOptions(), themes: [Code], sets: [CodeSet] = []
    ) {
        self.name = name
        self.version = version
        self.language = language
        self.description = description
        self.options = options
        self.themes = themes
        self.sets = sets
    }

    /// Every code, themes included, depth first in file order, with its parent and depth
    /// (themes have depth 0).
    public var allCodes: [PlacedCode] {
        var placed: [PlacedCode] = []
        func walk(_ code: Code, parent: String?, depth: Int, ancestors: [String]) {
            placed.append(PlacedCode(code: code, parentID: parent, depth: depth, ancestors: ancestors))
            for child in code.codes {
                walk(child, parent: code.id, depth: depth + 1, ancestors: ancestors + [code.id])
            }
        }
        for theme in themes { walk(theme, parent: nil, depth: 0, ancestors: []) }
        return placed
    }
}

/// A code with its place in the hierarchy.
public struct PlacedCode: Sendable, Hashable {
    public var code: Code
    public var parentID: String?
    /// 0 for a theme, 1 for its codes, and so on.
    public var depth: Int
    /// Ids from the theme down to the parent, outermost first.
    public var ancestors: [String]
}

/// Codebook-wide coding options.
public struct CodingOptions: Sendable, Hashable {
    /// Drop a match preceded by a negator (codebook spec §3.4).
    public var negation: Bool
    /// A plain word also matches words sharing its English (Porter2) stem.
    public var stemming: Bool
    /// The unit a code is applied to.
    public var segment: SegmentUnit

    public init(negation: Bool = true, stemming: Bool = false, segment: SegmentUnit = .sentence) {
        self.negation = negation
        self.stemming = stemming
        self.segment = segment
    }
}

/// The unit a code is applied to.
public enum SegmentUnit: String, Sendable, Hashable, Codable {
    case sentence
    case response
}

/// One code (or theme) of a codebook.
public struct Code: Sendable, Hashable {
    /// Lowercase `[a-z0-9][a-z0-9-]*`, unique across the codebook.
    public var id: String
    public var label: String
    public var definition: String?
    public var include: String?
    public var excludeGuidance: String?
    /// The patterns that apply this code; none means manual-only.
    public var patterns: [PatternSource]
    /// A segment matching any of these is not coded by this code's own patterns.
    public var exclude: [PatternSource]
    /// Per-code override of `options.negation`.
    public var negation: Bool?
    /// Data set kinds or ids this code applies to; `nil` inherits the parent's (all, at the top).
    public var appliesTo: [String]?
    public var examples: [String]
    /// A colour for QDA tools (`#RRGGBB`), when one was given or imported.
    public var color: String?
    /// The code's REFI-QDA GUID exactly as another tool wrote it (case and braces kept), so a
    /// codebook that came from NVivo, ATLAS.ti, MAXQDA or Taguette goes back with the same
    /// identity and a re-import updates its codes instead of duplicating them. `nil` for codes
    /// written in Evident, which export a stable name-based GUID instead.
    public var guid: String?
    /// `false` for a category that groups codes but is never applied itself (REFI-QDA
    /// `isCodable`); a category with patterns is reported by lint.
    public var isCodable: Bool
    public var codes: [Code]
    /// Where the code is declared, for errors and lint.
    public var declaredAt: SourceLocation?

    public init(
        id: String, label: String, definition: String? = nil, include: String? = nil,
        excludeGuidance: String? = nil, patterns: [PatternSource] = [], exclude: [PatternSource] = [],
        negation: Bool? = nil, appliesTo: [String]? = nil, examples: [String] = [], color: String? = nil,
        guid: String? = nil, isCodable: Bool = true, codes: [Code] = [], declaredAt: SourceLocation? = nil
    ) {
        self.id = id
        self.label = label
        self.definition = definition
        self.include = include
        self.excludeGuidance = excludeGuidance
        self.patterns = patterns
        self.exclude = exclude
        self.negation = negation
        self.appliesTo = appliesTo
        self.examples = examples
        self.color = color
        self.guid = guid
        self.isCodable = isCodable
        self.codes = codes
        self.declaredAt = declaredAt
    }

    /// A code with no patterns is never applied automatically.
    public var isManualOnly: Bool { patterns.isEmpty }
}

/// A pattern as written in the codebook, with where it was written.
public struct PatternSource: Sendable, Hashable {
    public var text: String
    public var declaredAt: SourceLocation?

    public init(_ text: String, declaredAt: SourceLocation? = nil) {
        self.text = text
        self.declaredAt = declaredAt
    }
}
