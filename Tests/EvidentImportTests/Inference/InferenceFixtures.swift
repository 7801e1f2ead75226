import EvidentModel
import Foundation

@testable import EvidentImport

/// Exports inference is tested on: its own fixtures (`Fixtures/inference/`), the other import
/// fixtures, the sample study's exports in `Surveys/`, and the real Qualtrics export beside the
/// project.
enum InferenceFixtures {
    static func path(_ name: String) -> String {
        FixturePaths.fixture("inference/" + name)
    }

    /// The package root (holding `Surveys/`).
    static let packageRoot = FixturePaths.testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    static func sample(_ relative: String) -> String {
        packageRoot.appendingPathComponent("Surveys").appendingPathComponent(relative).path
    }

    static func sampleExists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: sample(relative))
    }

    /// Each column's role and scale as `name: role [scale]`, for comparing whole files at once.
    static func summary(_ inspection: ExportInspection) -> [String] {
        inspection.columns.map { column in
            var line = "\(column.name): \(column.role)"
            if let guess = column.scale { line += " [\(guess.scale.id)\(guess.isProposed ? "*" : "")]" }
            if column.isMultiSelect { line += " (multi-select)" }
            return line
        }
    }

    /// The role of one column.
    static func role(_ name: String, in inspection: ExportInspection) -> String? {
        inspection.columns.first { $0.name == name }.map { "\($0.role)" }
    }

    /// The scale id of one column (`*` when proposed).
    static func scale(_ name: String, in inspection: ExportInspection) -> String? {
        inspection.columns.first { $0.name == name }?.scale.map { $0.scale.id + ($0.isProposed ? "*" : "") }
    }
}
