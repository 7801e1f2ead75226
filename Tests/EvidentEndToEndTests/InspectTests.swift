import EvidentImport
import EvidentModel
import EvidentApplication
import Foundation
import Testing

/// `evident inspect` and runs without a manifest, as a user runs them: the table, the draft
/// that runs unchanged, the inferred study written beside the report, and no personal data in
/// any output file.
@Suite("evident inspect and runs without a manifest", .serialized)
struct InspectTests {
    static let exports = EvidentCommand.fixture("inspect/exports")

    /// Every personal-data value in the fixtures: names, emails, phone numbers, IP addresses,
    /// signatures.
    static let personalValues = [
        "Kerry Lomax", "k.lomax@mailbox.example", "Dean Ashby", "d.ashby@mailbox.example", "Farah Qureshi",
        "farah.q@mailbox.example", "Tom Ellery", "t.ellery@post.example", "Nina Brook", "nina.b@post.example", "Owen Platt",
        "owen.p@post.example", "07700 900311", "07700 900312", "+44 7700 900313", "07700 900314", "192.0.2.20", "192.0.2.31",
        "Farah Q", "D Ashby", "aisha.rahman@school.example", "Aisha Rahman", "ben.okoro@health.example", "Cara Nolan",
        "cara.nolan@police.example", "Dev Shah", "dev.shah@housing.example", "eve.lund@school.example", "Finn Marsh",
        "finn.marsh@health.example", "Jade Whitley", "Liam Forde", "07700 900701", "07700 900703", "203.0.113.21",
        "203.0.113.25",
    ]

    /// A working folder holding `Surveys/` (the fixture exports, no manifest) and `Codebooks/`.
    static func studyFolder() throws -> URL {
        let root = try EvidentCommand.temporaryDirectory()
        try FileManager.default.copyItem(atPath: exports, toPath: root.appendingPathComponent("Surveys").path)
        let codebooks = root.appendingPathComponent("Codebooks")
        try FileManager.default.createDirectory(at: codebooks, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: EvidentCommand.packageRoot.appendingPathComponent("Codebooks/early-help.yaml"),
            to: codebooks.appendingPathComponent("early-help.yaml")
        )
        return root
    }

    static func assertNoPersonalData(in folder: URL) throws {
        let files = try EvidentCommand.snapshot(folder)
        #expect(files.count > 10)
        for (name, data) in files {
            let text = String(decoding: data, as: UTF8.self).lowercased()
            for value in personalValues where text.contains(value.lowercased()) {
                Issue.record("\(name) contains personal data '\(value)'")
            }
        }
    }

    @Test("the table: layout, encoding, kind, a row per column with role and scale; personal data masked, never printed")
    func table() throws {
        let result = try EvidentCommand.run(["inspect", Self.exports])
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        for expected in [
            "  format    google-forms (Timestamp first)", "  encoding  utf-8-bom, semicolon-separated",
            "  kind      service-user-feedback", "Email Address", "personal data (email addresses)", "•••@•••",
            "wellbeing-frequency-5*", "scale-0-10*", "scale-1-7*", "yes-partly-no*", "confidence-1-10", "frequency-5",
            "metadata (ambiguous dates)", "attribute (multi-select)", "personal data (signatures)",
            "1 incomplete response(s): 'submitdate' is empty, so they count as partial",
        ] {
            #expect(out.contains(expected), "missing: \(expected)")
        }
        #expect(out.contains("  column  ") || out.contains("  column "))
        for value in Self.personalValues { #expect(!out.contains(value), "stdout shows personal data: \(value)") }
    }

    @Test("--date-order mdy reads the ambiguous column month-first and says how to change it back")
    func dateOrder() throws {
        let file = Self.exports + "/feedback-2017.csv"
        let dmy = try EvidentCommand.run(["inspect", file])
        #expect(dmy.stdout.contains("'Date of first visit': ambiguous dates (day and month are 12 or less in every value), read day-first; use --date-order mdy if they are month-first"))
        let mdy = try EvidentCommand.run(["inspect", "--date-order", "mdy", file])
        #expect(mdy.stdout.contains("read month-first; use --date-order dmy if they are day-first"))
    }

    @Test("a manifest written by --write runs unchanged: evident report --study exits 0, no personal data in any output")
    func draftRuns() throws {
        let root = try Self.studyFolder()
        let draft = root.appendingPathComponent("drafts/study.yaml").path
        let inspect = try EvidentCommand.run(["inspect", "Surveys", "--write", "drafts/study.yaml"], in: root)
        #expect(inspect.status == 0, "\(inspect.stderr)")
        #expect(inspect.stderr.contains("Wrote a manifest draft with 3 data set(s) to drafts/study.yaml"))
        let written = try String(contentsOfFile: draft, encoding: .utf8)
        let spec = try ManifestReader.read(path: draft)
        #expect(spec.datasets.map(\.id) == ["feedback-2017", "partner-survey-2016", "young-people-2016"])
        #expect(spec.datasets.map(\.format) == [.csv, .googleForms, .limesurvey])
        let output = root.appendingPathComponent("out")
        let report = try EvidentCommand.run(["report", "--study", "drafts/study.yaml", "--output", output.path], in: root)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr.contains("young-people-2016: 5 records from Surveys/lime/young-people-2016.csv (limesurvey, utf-8-bom) — 4 complete, 1 partial, 0 rejected"))
        #expect(try String(contentsOfFile: draft, encoding: .utf8) == written)
        for value in Self.personalValues { #expect(!written.contains(value), "the draft holds personal data: \(value)") }
        try Self.assertNoPersonalData(in: output)
    }

    @Test("no manifest: evident report infers a study, says so, writes study.inferred.yaml beside the report; it reruns the same")
    func manifestLess() throws {
        let root = try Self.studyFolder()
        let first = try EvidentCommand.run(["report"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        let manifest = "Output/surveys-inferred-study/study.inferred.yaml"
        #expect(first.stderr.hasPrefix("""
            note: no manifest at Surveys/study.yaml: inferred a study from 3 export(s) in Surveys/ and wrote its manifest to \(manifest)
              edit it (every guess has a comment), then run: evident report --study \(manifest)
            """))
        #expect(first.stderr.contains("Surveys/feedback-2017.csv: 'Contact' holds personal data (email addresses) — never copied; used only to redact quotes"))
        #expect(first.stderr.contains("Surveys/feedback-2017.csv: 'Date of first visit' has ambiguous dates, read day-first"))
        let output = root.appendingPathComponent("Output/surveys-inferred-study")
        let appendix = try String(contentsOf: output.appendingPathComponent("appendix.md"), encoding: .utf8)
        #expect(appendix.contains("Surveys (inferred study)"))
        try Self.assertNoPersonalData(in: root.appendingPathComponent("Output"))

        let again = try EvidentCommand.run(["report", "--study", manifest], in: root)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!again.stderr.contains("note: no manifest"))
        #expect(try String(contentsOf: output.appendingPathComponent("appendix.md"), encoding: .utf8) == appendix)
    }

    @Test("no manifest, an export with every kind of column that once reached an appendix: study.inferred.yaml and the report hold no personal value")
    func protectsPeople() throws {
        let root = try Self.studyFolder()
        let surveys = root.appendingPathComponent("Surveys")
        try FileManager.default.removeItem(at: surveys)
        try FileManager.default.createDirectory(at: surveys, withIntermediateDirectories: true)
        let fixture = EvidentCommand.packageRoot.appendingPathComponent("Tests/EvidentImportTests/Fixtures/inference/protective-feedback.csv")
        var text = try String(contentsOf: fixture, encoding: .utf8)
        // Names no header announces, in the answers too: 'Contact person' holds them.
        text = text.replacingOccurrences(of: "We have a routine at bedtime now", with: "Lewis Hartley and Chloe got us a routine at bedtime")
        try text.write(to: surveys.appendingPathComponent("feedback-2022.csv"), atomically: true, encoding: .utf8)
        let result = try EvidentCommand.run(["report"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        let output = root.appendingPathComponent("Output/surveys-inferred-study")
        let spec = try ManifestReader.read(path: output.appendingPathComponent("study.inferred.yaml").path)
        let dataset = try #require(spec.datasets.first)
        #expect(dataset.attributes == ["Role", "District"])
        #expect(dataset.items?.map(\.column) == ["How helpful was your worker? (1-10)"])
        #expect(dataset.personal.contains("Contact person"))
        let records = text.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let personal = Set(records.flatMap { fields in fields[1...5].filter { $0.count > 3 } + fields[1].split(separator: " ").map(String.init) })
        #expect(personal.count > 100)
        for (name, content) in try PublishedText.files(in: output) {
            for value in personal.union(["Lewis", "Chloe"]) where content.contains(value) {
                Issue.record("\(name) holds the personal value '\(value)'")
            }
        }
        let appendix = try String(contentsOf: output.appendingPathComponent("appendix.md"), encoding: .utf8)
        #expect(appendix.contains("— Parent, closure feedback 2022"))
        #expect(!appendix.contains("— N/A"))
    }

    @Test("--study DIR and --output: the inferred manifest goes into the report folder named")
    func studyFolderOption() throws {
        let root = try Self.studyFolder()
        let result = try EvidentCommand.run(["report", "--study", "Surveys", "--output", "report"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("note: no manifest in Surveys/: inferred a study from 3 export(s) in Surveys/ and wrote its manifest to report/study.inferred.yaml"))
        let spec = try ManifestReader.read(path: root.appendingPathComponent("report/study.inferred.yaml").path)
        #expect(spec.outputPath == root.appendingPathComponent("report").standardizedFileURL.path)
        #expect(spec.codebookPath == root.appendingPathComponent("Codebooks/early-help.yaml").standardizedFileURL.path)
    }

    /// The study is resolved once, at the command's entry point: `evident code --output` puts
    /// the inferred manifest beside coded_segments.csv, and nothing goes to the default folder
    /// (it used to be written to Output/<study> whatever --output said).
    @Test("evident code --study DIR --output: the inferred manifest goes into the folder named, and only there")
    func codeInfersIntoOutput() throws {
        let root = try Self.studyFolder()
        let result = try EvidentCommand.run(["code", "--study", "Surveys", "--output", "coding"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("note: no manifest in Surveys/: inferred a study from 3 export(s) in Surveys/ and wrote its manifest to coding/study.inferred.yaml"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("coding/study.inferred.yaml").path))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("coding/coded_segments.csv").path))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("coding/questions.csv").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Output").path))
    }

    @Test("errors: a missing file, a bad --date-order, no files, a folder without exports")
    func errors() throws {
        let missing = try EvidentCommand.run(["inspect", "no/such.csv"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "error: no such file or folder --> no/such.csv\n  help: check the path\n")
        let order = try EvidentCommand.run(["inspect", "--date-order", "ymd", Self.exports])
        #expect(order.status == 2)
        #expect(order.stderr.contains("--date-order must be dmy (day first) or mdy (month first), not 'ymd'"))
        let none = try EvidentCommand.run(["inspect"])
        #expect(none.status == 2)
        let empty = try EvidentCommand.temporaryDirectory()
        let folder = try EvidentCommand.run(["inspect", "."], in: empty)
        #expect(folder.status == 1)
        #expect(folder.stderr == "error: the folder holds no exports --> \(empty.standardizedFileURL.path)\n  help: exports are .csv, .tsv, .xlsx or .xml files, or folders of ODK submissions\n")
    }

    @Test("the sample study reads its Google Forms and LimeSurvey exports end to end",
          .enabled(if: FileManager.default.fileExists(atPath: EvidentCommand.packageRoot.appendingPathComponent("Surveys/study.yaml").path)))
    func sampleLayouts() throws {
        let study = try StudyRun.load(studyPath: EvidentCommand.packageRoot.appendingPathComponent("Surveys/study.yaml").path)
        let partners = try #require(study.datasets.first { $0.id == "partner-agencies-2016" })
        #expect(partners.format == .googleForms)
        #expect(partners.accounting == Accounting(rowsRead: 58, complete: 49, partial: 9, rejected: 0))
        #expect(partners.respondents.allSatisfy { $0.personalDetails.contains { $0.contains("@") } })
        let young = try #require(study.datasets.first { $0.id == "young-people-2016" })
        #expect(young.format == .limesurvey)
        #expect(young.encoding == "utf-8-bom")
        #expect(young.accounting == Accounting(rowsRead: 46, complete: 40, partial: 6, rejected: 0))
        #expect(young.items.map(\.label) == [
            "My worker listened to me", "I had a say in my plan", "I felt safe talking to my worker", "I knew what would happen next",
            "Did the support help you?", "How likely are you to recommend us to a friend? (0-10)",
        ])
        #expect(young.questions.map(\.text) == ["What difference has the support made?", "What could we do better?"])
    }
}
