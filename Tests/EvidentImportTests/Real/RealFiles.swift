import EvidentModel
import Foundation

@testable import EvidentImport

/// The real files other tools wrote, kept in `Tests/Fixtures/real/` (their origins and
/// licences in `ORIGINS.md` there), and what a user gets from each.
enum RealFiles {
    /// `Tests/Fixtures/real`, from this file's place in the repository.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/real")

    static func path(_ name: String) -> String {
        folder.appendingPathComponent(name).path
    }

    /// The file read as a data set of `kind`, items and free text inferred.
    static func load(_ name: String, kind: DatasetKind = .serviceUserFeedback, sheet: String? = nil) throws -> Dataset {
        var spec = DatasetSpec(
            id: "real", kind: kind, path: path(name), declaredAt: SourceLocation(file: "study.yaml", line: 1)
        )
        spec.sheet = sheet
        return try DatasetLoader.load(spec, scales: Dictionary(uniqueKeysWithValues: Scale.builtIn.map { ($0.id, $0) }))
    }

    /// What `evident inspect` finds in the file.
    static func inspect(_ name: String) throws -> ExportInspection {
        try ExportInspector.inspect(path(name))
    }

    /// What a user should get from one file.
    struct Expected: Sendable, CustomStringConvertible {
        var file: String
        var format: ExportFormat
        var encoding: String
        /// Rows read, complete, partial, rejected.
        var accounting: Accounting
        /// Scale items inspect finds, as `column [scale]` (`*` when proposed).
        var items: [String]
        /// Columns proposed as breakdowns (attributes).
        var breakdowns: [String]
        /// Personal-data columns.
        var personal: [String] = []
        var description: String { file }
    }

    /// `column [scale]` for each scale item of an inspection.
    static func items(_ inspection: ExportInspection) -> [String] {
        inspection.columns(.item).map { "\($0.name) [\($0.scale.map { $0.scale.id + ($0.isProposed ? "*" : "") } ?? "?")]" }
    }
}
