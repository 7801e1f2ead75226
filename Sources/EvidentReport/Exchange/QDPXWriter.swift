import EvidentImport
import EvidentModel

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
/// - Codebook: `QDACodeWriter` (stable GUIDs, patterns kept in descriptions).
/// - Cases: one per respondent with a free-text answer, named `<data set> <respondent>`, with a
///   variable for the data set and for each attribute column, and a `SelectionRef` to every coded
///   selection in their answers.
/// - Codings: each coded segment is a `PlainTextSelection` (Unicode scalar offsets into the source:
///   the segment's offsets in the answer plus the answer's start) holding one `Coding` per code,
///   by the user "Evident (automatic coding)"; its description says which patterns matched.
/// - Determinism: GUIDs are `StableGUID`s under `uuid5(root, "project:" + title)`; the only date
///   is `creationDate` (QualCoder cannot read a selection without one), fixed unless asked.
struct QDPXWriter {
    /// One file of the project's `sources/` folder.
    struct SourceFile {
        var path: String
        var text: String
    }

    let spec: StudySpec
    let codebook: Codebook
    let datasets: [Dataset]
    let creationDate: String
    let version: String

    var project: StableGUID { StableGUID.evident.child("project:" + spec.title) }
    var user: StableGUID { StableGUID.evident.child("user:evident") }

    /// The project XML and the source files it names.
    func build(segments: [CodedSegment]) -> (xml: String, sources: [SourceFile]) {
        let grouped = Dictionary(grouping: segments) { AnswerKey(dataset: $0.dataset, respondent: $0.respondent, question: $0.question) }
        var plan = QDPXPlan()
        for dataset in datasets {
            for (position, question) in dataset.questions.enumerated() {
                plan.add(self, dataset: dataset, position: position, question: question, segments: grouped)
            }
        }
        var xml = XMLLines()
        xml.open("Project", [
            ("xmlns", "urn:QDA-XML:project:1.0"), ("name", spec.title), ("origin", "Evident \(version)"),
            ("creatingUserGUID", user.description), ("creationDateTime", creationDate),
        ])
        xml.open("Users")
        xml.open("User", [("guid", user.description), ("name", "Evident (automatic coding)"), ("id", "evident")], empty: true)
        xml.close("Users")
        xml.open("CodeBook")
        xml.open("Codes")
        QDACodeWriter.write(codebook.themes, codebook: codebook.name, into: &xml)
        xml.close("Codes")
        xml.close("CodeBook")
        writeCases(plan, into: &xml)
        xml.open("Sources")
        for source in plan.sources { write(source, into: &xml) }
        xml.close("Sources")
        xml.element("Description", text: description())
        xml.close("Project")
        return (xml.rendered, plan.sources.map { SourceFile(path: "sources/\($0.guid).txt", text: $0.layout.text) })
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
            xml.open("Case", [("guid", entry.guid.description), ("name", "\(entry.dataset.id) \(entry.respondent.id)")])
            let values = [("Data set", entry.dataset.id)] + zip(entry.dataset.attributes, entry.respondent.attributes).map { ($0, $1) }
            for (name, value) in values {
                xml.open("VariableValue")
                xml.open("VariableRef", [("targetGUID", project.child("variable:" + name).description)], empty: true)
                xml.element("TextValue", text: value)
                xml.close("VariableValue")
            }
            for selection in plan.selections(ofCase: entry.guid) {
                xml.open("SelectionRef", [("targetGUID", selection.description)], empty: true)
            }
            xml.close("Case")
        }
        xml.close("Cases")
    }

    private func write(_ source: QDPXPlan.Source, into xml: inout XMLLines) {
        xml.open("TextSource", [
            ("guid", source.guid.description), ("name", source.name), ("plainTextPath", "internal://\(source.guid).txt"),
            ("creatingUser", user.description), ("creationDateTime", creationDate),
        ])
        xml.element("Description", text: "Answers to “\(source.question)” in data set \(source.dataset), one per respondent after [respondent id].")
        for selection in source.selections {
            xml.open("PlainTextSelection", [
                ("guid", selection.guid.description), ("name", selection.name), ("startPosition", String(selection.start)),
                ("endPosition", String(selection.end)), ("creatingUser", user.description), ("creationDateTime", creationDate),
            ])
            xml.element("Description", text: selection.why)
            for code in selection.codes {
                xml.open("Coding", [
                    ("guid", selection.guid.child("code:" + code).description), ("creatingUser", user.description),
                    ("creationDateTime", creationDate),
                ])
                xml.open("CodeRef", [("targetGUID", StableGUID.code(code, inCodebook: codebook.name).description)], empty: true)
                xml.close("Coding")
            }
            xml.close("PlainTextSelection")
        }
        xml.close("TextSource")
    }

    private func description() -> String {
        "Automatic coding of “\(spec.title)” by Evident \(version): one source per free-text question of each data set, "
            + "every answer after its [respondent id]; each coded sentence is a selection whose note names the patterns that "
            + "matched.\n\n" + QDACodeWriter.header(of: codebook)
    }
}

/// One answer: where coded segments are grouped.
struct AnswerKey: Hashable {
    var dataset: String
    var respondent: String
    var question: String
}
