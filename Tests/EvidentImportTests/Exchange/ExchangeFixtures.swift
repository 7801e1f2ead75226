import EvidentModel
import Foundation

/// Small data sets and files for the exchange tests.
enum ExchangeFixtures {
    /// A data set with two questions and the given respondents' answers.
    static func dataset(
        id: String = "ds", questions: [String] = ["What helped?", "What got in the way?"], answers: [(String, [String])]
    ) -> Dataset {
        Dataset(
            id: id, kind: .practitionerSurvey, wave: nil, file: id + ".csv", format: .csv, encoding: "utf-8", sha256: "",
            invited: nil, attributes: ["Role"], items: [], questions: questions.map { Question(id: $0, text: $0) },
            respondents: answers.enumerated().map { index, answer in
                Respondent(id: answer.0, line: index + 2, attributes: ["Family worker"], values: [], answers: answer.1, status: .complete)
            },
            accounting: Accounting(), rejections: [], diagnostics: []
        )
    }

    static let codebook = Codebook(name: "Test", themes: [
        Code(id: "barriers", label: "Barriers", codes: [
            Code(id: "housing", label: "Housing", patterns: [PatternSource("housing")]),
            Code(id: "money", label: "Money"),
        ]),
    ])

    /// The codebook with `declaredAt` cleared everywhere, for comparing what was read.
    static func withoutLocations(_ codebook: Codebook) -> Codebook {
        func clean(_ code: Code) -> Code {
            var code = code
            code.declaredAt = nil
            code.patterns = code.patterns.map { PatternSource($0.text) }
            code.exclude = code.exclude.map { PatternSource($0.text) }
            code.codes = code.codes.map(clean)
            return code
        }
        var copy = codebook
        copy.themes = codebook.themes.map(clean)
        return copy
    }

    /// An outline of labels, two spaces per level.
    static func outline(_ codebook: Codebook) -> String {
        codebook.allCodes.map { String(repeating: "  ", count: $0.depth) + $0.code.label + "\n" }.joined()
    }

    /// A zip holding `files` (path → text), written to a temporary `.qdpx`.
    static func qdpx(_ files: [(String, String)], in directory: TemporaryDirectory) throws -> String {
        let folder = directory.path + "/zip-" + UUID().uuidString
        for (path, text) in files { try directory.write(String(folder.dropFirst(directory.path.count + 1)) + "/" + path, text) }
        let target = directory.path + "/project-\(UUID().uuidString).qdpx"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys,zipfile,os\nz=zipfile.ZipFile(sys.argv[2],'w')\nfor r,_,fs in os.walk(sys.argv[1]):\n for f in fs:\n  p=os.path.join(r,f); z.write(p, os.path.relpath(p, sys.argv[1]))\nz.close()", folder, target]
        try process.run()
        process.waitUntilExit()
        return target
    }
}
