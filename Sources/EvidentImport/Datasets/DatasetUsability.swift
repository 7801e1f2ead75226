public import EvidentModel

/// A data set nothing can be reported from — every record rejected, or none at all — stops
/// the run (exit 1) with why, instead of an appendix built on nothing and exit 0.
public enum DatasetUsability {
    /// Throws `problem(dataset)` when there is one.
    public static func check(_ dataset: Dataset) throws(InputError) {
        if let problem = problem(dataset) { throw problem }
    }

    /// The error for a data set with no usable record, or `nil` when it has one.
    public static func problem(_ dataset: Dataset) -> InputError? {
        let accounting = dataset.accounting
        guard accounting.complete + accounting.partial == 0 else { return nil }
        let location = SourceLocation(file: dataset.file)
        guard accounting.rowsRead > 0 else {
            return InputError(
                "data set '\(dataset.id)' holds no records", at: location,
                help: "the file has its headings but no responses: check it is the export the manifest means"
            )
        }
        let records = dataset.rejections.filter { $0.kind == .record }
        var counts: [String: (count: Int, first: Rejection)] = [:]
        var order: [String] = []
        for rejection in records {
            if let entry = counts[rejection.reason] {
                counts[rejection.reason] = (entry.count + 1, entry.first)
            } else {
                counts[rejection.reason] = (1, rejection)
                order.append(rejection.reason)
            }
        }
        let ranked = order.compactMap { counts[$0] }.sorted { $0.count > $1.count }
        let reasons = ranked.prefix(3).map { entry in
            let reason = entry.first.reason.hasPrefix("record ") ? String(entry.first.reason.dropFirst(7)) : entry.first.reason
            return "\(entry.count) record(s) \(reason) (first at \(entry.first.location))"
        }
        return InputError(
            "every record of data set '\(dataset.id)' was rejected (\(accounting.rejected) of \(accounting.rowsRead)): nothing to report",
            at: location,
            help: reasons.joined(separator: "; ") + "; check the export holds real responses and the manifest's format"
        )
    }
}
