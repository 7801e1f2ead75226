import EvidentModel

/// What inference knows about a file beyond its values: its layout's id, metadata and
/// personal-data columns, the scales the study has, and how to read ambiguous dates.
struct ColumnContext: Sendable {
    var layout: ExportLayout
    /// Scales the study already has (built-ins and the manifest's), tried before the catalogue.
    var scales: [Scale]
    var dateOrder: DateOrder
    /// Format-specific metadata beyond `layout.metadataColumns` (ODK's `meta/…`, Qualtrics
    /// XML's `startDate` …).
    var isMetadata: @Sendable (ColumnHeader) -> Bool = { _ in false }

    init(layout: ExportLayout, scales: [Scale], dateOrder: DateOrder = .dmy, isMetadata: @escaping @Sendable (ColumnHeader) -> Bool = { _ in false }) {
        self.layout = layout
        self.scales = scales.sorted { $0.id < $1.id }
        self.dateOrder = dateOrder
        self.isMetadata = isMetadata
    }

    func isLayoutID(_ header: ColumnHeader) -> Bool {
        guard let id = layout.respondentIDColumn else { return false }
        return header.name.lowercased() == id.lowercased()
    }

    func isLayoutPersonal(_ header: ColumnHeader) -> Bool {
        layout.personalColumns.contains { $0.lowercased() == header.name.lowercased() }
    }

    /// The layout's own metadata, plus what any export's metadata is called (timestamps,
    /// durations, LimeSurvey's timings, Qualtrics Text iQ's topics and sentiment).
    func isKnownMetadata(_ header: ColumnHeader) -> Bool {
        let name = header.name.lowercased()
        if layout.metadataColumns.contains(where: { $0.lowercased() == name }) || isMetadata(header) { return true }
        if layout.format == .limesurvey, header.name.hasSuffix("Time") || header.name.hasPrefix("groupTime"), !header.name.contains(" ") {
            return true
        }
        if layout.format == .msforms, name.hasPrefix("points - ") || name.hasPrefix("feedback - ") { return true }
        for suffix in [" - topics", " - parent topics", " - sentiment", " - sentiment score", " - sentiment polarity", " - topic sentiment label", " - topic sentiment score"]
        where name.hasSuffix(suffix) { return true }
        return Self.metadataNames.contains(HeaderWords(header.name).text)
    }

    private static let metadataNames: Set<String> = [
        "timestamp", "time stamp", "start time", "end time", "completion time", "start date", "end date", "date submitted",
        "submitted", "submitted at", "submission date", "submission time", "recorded date", "last modified time", "duration",
        "duration in seconds", "status", "progress", "finished", "collector id", "user language", "language",
        "distribution channel", "submitdate", "datestamp", "startdate", "enddate", "lastpage", "startlanguage", "seed",
        "interviewtime", "date last action", "date started", "last page", "start language",
    ]
}
