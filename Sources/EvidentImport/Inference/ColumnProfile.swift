/// One column of an export as inference sees it: its role, its scale, its values in numbers,
/// and why it was given that role — the line a manifest draft writes as a comment.
public struct ColumnProfile: Sendable, Hashable {
    /// The column as the layout names it.
    public var header: ColumnHeader
    /// What the column is for.
    public var role: ColumnRole
    /// Why: `5 values (North, Central, East Vale, …)`, `47 of 48 answers on confidence-0-100`.
    public var reason: String
    /// For scale items: the scale recognised.
    public var scale: ScaleGuess?
    /// For columns of dates: their order and range.
    public var dates: DateReading?
    /// Answers that list several options (`Housing;School;`).
    public var isMultiSelect: Bool
    /// Non-blank values profiled.
    public var answered: Int
    /// Distinct non-blank values (after trimming).
    public var distinct: Int
    /// Blank values profiled.
    public var blanks: Int
    /// A value to show: masked for personal data, shortened for free text; `nil` when blank
    /// throughout.
    public var example: String?
    /// The distinct values in order of frequency (most common first), for attributes only.
    public var commonValues: [String]
    /// How many records hold each of `commonValues`, in the same order.
    public var groupSizes: [Int] = []

    /// A profile; the classifier fills it in.
    public init(
        header: ColumnHeader, role: ColumnRole, reason: String, scale: ScaleGuess? = nil, dates: DateReading? = nil,
        isMultiSelect: Bool = false, answered: Int = 0, distinct: Int = 0, blanks: Int = 0, example: String? = nil,
        commonValues: [String] = []
    ) {
        self.header = header
        self.role = role
        self.reason = reason
        self.scale = scale
        self.dates = dates
        self.isMultiSelect = isMultiSelect
        self.answered = answered
        self.distinct = distinct
        self.blanks = blanks
        self.example = example
        self.commonValues = commonValues
    }

    /// The column's name, as a manifest refers to it.
    public var name: String { header.name }

    /// Whether a manifest draft lists it under `attributes:`: a single-choice attribute with
    /// 2–12 values, answered in at least half the records, whose groups are not mostly too
    /// small to show (no more than half of them under ``smallGroup`` respondents, the default
    /// `suppress_below`). Identifiers, references, personal data, pseudonym codes, rankings,
    /// free text and metadata are never attributes, so never breakdowns.
    public var isBreakdown: Bool {
        guard role == .attribute, !isMultiSelect, (2...12).contains(distinct), blanks <= answered else { return false }
        let small = groupSizes.filter { $0 < Self.smallGroup }.count
        return small * 2 <= groupSizes.count
    }

    /// A group smaller than this is suppressed in published tables (`suppress_below: 5`).
    public static let smallGroup = 5

    /// The values a draft may show for this column: those held by at least ``smallGroup``
    /// records, most common first. A rarer value could be a name or a detail typed into an
    /// "other" box, so it is never written out.
    public var shownValues: [String] {
        zip(commonValues, groupSizes).filter { $0.1 >= Self.smallGroup }.map(\.0)
    }
}
