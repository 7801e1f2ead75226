import EvidentModel

/// Profiles every column of a table of records: collects each column's values and hands them
/// to `ColumnClassifier`, so that at most one column becomes the identifier, then takes the
/// columns of ranking questions out of items and attributes (`RankingDetector`).
enum ColumnProfiler {
    /// Records looked at per file.
    static let sampleSize = 2_000

    static func profile(
        columns: [ColumnHeader], records: [[String]], context: ColumnContext, rowTwoLabels: [String] = []
    ) -> [ColumnProfile] {
        let classifier = ColumnClassifier(context: context)
        var taken = columns.contains(where: context.isLayoutID)
        var profiles: [ColumnProfile] = []
        let rankings = RankingDetector.rankings(columns: columns, records: records)
        for (index, header) in columns.enumerated() {
            let values = ColumnValues(
                header: header, index: index, records: records, sentinel: context.layout.unansweredSentinel,
                rowTwoLabel: index < rowTwoLabels.count ? rowTwoLabels[index].trimmedWhitespace : nil,
                codesAfterLabels: context.layout.answersCarryCodes
            )
            var profile = classifier.classify(values, identifierTaken: taken)
            if let options = rankings[index], [.item, .attribute, .unused].contains(profile.role) {
                profile.role = .ranking
                profile.scale = nil
                profile.commonValues = []
                profile.groupSizes = []
                profile.reason = "ranks 1-\(options) given to \(options) options: a ranking, not a scale (never an item or in a composite)"
            }
            if profile.role == .identifier { taken = true }
            profiles.append(profile)
        }
        return profiles
    }
}
