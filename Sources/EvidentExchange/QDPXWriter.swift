package import EvidentImport
package import EvidentModel

/// Builds a REFI-QDA project (`project.qde` and its source texts) from a coded study, for
/// `evident export-qdpx`: a researcher opens the automatic coding in NVivo, ATLAS.ti, MAXQDA or
/// QualCoder and reviews it there.
///
/// **One source per question per data set**, each answer after a `[respondent id]` header
/// (`SurveySourceLayout`), rather than one source per respondent. This is exactly the document
/// QualCoder's own survey import makes of a free-text column, so the project opens the way a
/// QualCoder user expects: a handful of documents read top to bottom, every answer to a question
/// in context, instead of hundreds of two-line files (a study of 300 respondents and 3 questions
/// would otherwise be 900 sources to click through). Respondents are still there: as the header
/// before each answer, and as cases.
///
/// **One source per transcript** for an `interviews` data set, its text exactly as read
/// (`TranscriptSourceLayout`), not one per turn. A QDA user imports an interview as one document
/// and codes it in context: the interviewer's question above each answer, the conversation in
/// order, one file per interview to open, annotate and link to the person. Sources per turn
/// number would put every participant's 12th turn side by side, which means nothing (turn 12 is
/// a different moment in each interview), and would tear each conversation into dozens of
/// fragments. Participants are cases named by pseudonym, so a researcher can still compare
/// across them, and the transcript is the interview's own document, so a selection is at the
/// offset the researcher sees.
///
/// - Codebook: `QDACodeWriter` (stable GUIDs, patterns kept in descriptions).
/// - Cases: one per respondent with a free-text answer, named `<data set> <respondent>`, with a
///   variable for the data set and for each attribute column, and a `SelectionRef` to every coded
///   selection in their answers. For interviews, one per participant of a transcript, named by
///   pseudonym (never a real name; `<pseudonym> (<data set>)` when another case has that name),
///   with the same variables, a `SourceRef` to each transcript that is theirs alone, and a
///   `SelectionRef` to every coded selection in their turns.
/// - Codings: each coded segment is a `PlainTextSelection` (Unicode scalar offsets into the source:
///   the segment's offsets in the answer plus the answer's start; in a transcript,
///   `TranscriptCollection.transcriptRange(of:)`) holding one `Coding` per code, by the user
///   "Evident (automatic coding)"; its description says which patterns matched.
/// - Determinism: GUIDs are `StableGUID`s under `uuid5(root, "project:" + title)`; the only date
///   is `creationDate` (QualCoder cannot read a selection without one), fixed unless asked.
package struct QDPXWriter {
    /// One file of the project's `sources/` folder.
    package struct SourceFile {
        package var path: String
        package var text: String
    }

    let spec: StudySpec
    let codebook: Codebook
    let datasets: [Dataset]
    let creationDate: String
    let version: String
    /// How the tool the project is for counts positions (`QDAPositions`); selections are
    /// written in its count and the project says so in its `evident-project` instruction.
    var positions: QDAPositions = .standard

    package init(
        spec: StudySpec, codebook: Codebook, datasets: [Dataset], creationDate: String, version: String,
        positions: QDAPositions = .standard
    ) {
        self.spec = spec
        self.codebook = codebook
        self.datasets = datasets
        self.creationDate = creationDate
        self.version = version
        self.positions = positions
    }

    var project: StableGUID { StableGUID.evident.child("project:" + spec.title) }
    var user: StableGUID { StableGUID.evident.child("user:evident") }

    /// What `build` gives: the project XML, the source files it names, and what it holds.
    package struct Built {
        package var xml: String
        package var sources: [SourceFile]
        package var selections: Int
        package var codings: Int
        package var cases: Int
    }

    /// The project XML and the source files it names.
    package func build(segments: [CodedSegment]) -> Built {
        let grouped = Dictionary(grouping: segments) { AnswerKey(dataset: $0.dataset, respondent: $0.respondent, question: $0.question) }
        var plan = QDPXPlan()
        for dataset in datasets {
            if let transcripts = dataset.transcripts {
                plan.add(self, dataset: dataset, transcripts: transcripts, segments: grouped)
                continue
            }
            for (position, question) in dataset.questions.enumerated() {
                plan.add(self, dataset: dataset, position: position, question: question, segments: grouped)
            }
        }
        var xml = XMLLines()
        xml.open("Project", [
            ("xmlns", "urn:QDA-XML:project:1.0"), ("name", spec.title), ("origin", "Evident \(version)"),
            ("creatingUserGUID", user.description), ("creationDateTime", creationDate),
        ])
        xml.instruction(QDAInstruction.project, lines: [
            "positions: " + positions.unit.rawValue, "line_breaks: " + (positions.crlfAsOne ? "crlf-as-one" : "as-written"),
        ])
        xml.open("Users")
        xml.open("User", [("guid", user.description), ("name", "Evident (automatic coding)"), ("id", "evident")], empty: true)
        xml.close("Users")
        Self.writeCodeBook(codebook, into: &xml)
        writeCases(plan, into: &xml)
        xml.open("Sources")
        let guids = codeGUIDs
        for source in plan.sources { write(source, codeGUIDs: guids, into: &xml) }
        xml.close("Sources")
        QDASetWriter.write(codebook, member: "MemberCode", attribute: "targetGUID", into: &xml)
        xml.element("Description", text: description())
        xml.close("Project")
        return Built(
            xml: xml.rendered, sources: plan.sources.map { SourceFile(path: "sources/\($0.guid).txt", text: $0.text) },
            selections: plan.selectionCount, codings: plan.codingCount, cases: plan.cases.count
        )
    }

    private func writeCases(_ plan: QDPXPlan, into xml: inout XMLLines) {
        var variables: [String] = ["Data set"]
        for dataset in datasets { for name in dataset.attributes where !variables.contains(name) { variables.append(name) } }
        xml.open("Variables")
        for name in variables {
            xml.open("Variable", [("guid", project.child("variable:" + name).description), ("name", name), ("typeOfVariable", "Text")], empty: true)
        }
        xml.close("Variables")
        guard !plan.cases.isEmpty else { return }
        xml.open("Cases")
        for entry in plan.cases {
            xml.open("Case", [("guid", entry.guid.description), ("name", entry.name)])
            let values = [("Data set", entry.dataset.id)] + zip(entry.dataset.attributes, entry.attributes).map { ($0, $1) }
            for (name, value) in values {
                xml.open("VariableValue")
                xml.open("VariableRef", [("targetGUID", project.child("variable:" + name).description)], empty: true)
                xml.element("TextValue", text: value)
                xml.close("VariableValue")
            }
            for source in entry.sources {
                xml.open("SourceRef", [("targetGUID", source.description)], empty: true)
            }
            for selection in entry.selections {
                xml.open("SelectionRef", [("targetGUID", selection.description)], empty: true)
            }
            xml.close("Case")
        }
        xml.close("Cases")
    }

    private func write(_ source: QDPXPlan.Source, codeGUIDs: [String: String], into xml: inout XMLLines) {
        xml.open("TextSource", [
            ("guid", source.guid.description), ("name", source.name), ("plainTextPath", "internal://\(source.guid).txt"),
            ("creatingUser", user.description), ("creationDateTime", creationDate),
        ])
        xml.element("Description", text: source.about)
        let converter = positions.isStandard ? nil : positions.converter(for: source.text)
        for selection in source.selections {
            let start = converter?.position(selection.start) ?? selection.start
            let end = converter?.position(selection.end) ?? selection.end
            xml.open("PlainTextSelection", [
                ("guid", selection.guid.description), ("name", selection.name), ("startPosition", String(start)),
                ("endPosition", String(end)), ("creatingUser", user.description), ("creationDateTime", creationDate),
            ])
            xml.element("Description", text: selection.why)
            for code in selection.codes {
                xml.open("Coding", [
                    ("guid", selection.guid.child("code:" + code).description), ("creatingUser", user.description),
                    ("creationDateTime", creationDate),
                ])
                xml.open("CodeRef", [("targetGUID", codeGUIDs[code] ?? StableGUID.code(code, inCodebook: codebook.name).description)], empty: true)
                xml.close("Coding")
            }
            xml.close("PlainTextSelection")
        }
        xml.close("TextSource")
    }

    /// `<CodeBook>`: the codebook's instruction, then its codes.
    static func writeCodeBook(_ codebook: Codebook, into xml: inout XMLLines) {
        xml.open("CodeBook")
        xml.instruction(QDAInstruction.codebook, lines: QDACodeWriter.header(of: codebook))
        xml.open("Codes")
        QDACodeWriter.write(codebook.themes, codebook: codebook.name, into: &xml)
        xml.close("Codes")
        xml.close("CodeBook")
    }

    /// The GUID each code is exported with, by id.
    private var codeGUIDs: [String: String] {
        Dictionary(codebook.allCodes.map { ($0.code.id, QDACodeWriter.guid(of: $0.code, codebook: codebook.name)) }, uniquingKeysWith: { first, _ in first })
    }

    private func description() -> String {
        "Automatic coding of “\(spec.title)” by Evident \(version): one source per free-text question of each data set, "
            + "every answer after its [respondent id], and one per interview transcript, as read; each coded sentence is a "
            + "selection whose note names the patterns that matched."
    }
}

/// One answer: where coded segments are grouped.
struct AnswerKey: Hashable {
    var dataset: String
    var respondent: String
    var question: String
}
