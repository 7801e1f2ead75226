public import EvidentModel

/// Turns the codings of a REFI-QDA project into manual codings of the study's answers (agreement
/// spec §1): each text source is matched to a data set's question by its name
/// (`SurveySourceLayout.sourceName`, as `evident export-qdpx` writes it), each selection to the
/// answers it overlaps by its offsets, each code by its id (or, when another tool dropped the
/// id, by its label). The coder is the coding's user.
///
/// A selection is mapped through the source's own text when the archive holds it: if that text
/// is not exactly the layout the study's data gives, answers are found by their `[id] ` headers
/// instead, with a warning. A selection spanning several answers codes each of them.
public enum QDPXCodingMapper {
    public static func codings(from project: QDAProject, datasets: [Dataset], codebook: Codebook) -> ManualCodingSet {
        var set = ManualCodingSet(warnings: project.warnings)
        let codes = CodeMatcher(project: project, codebook: codebook)
        for source in project.sources {
            let codingCount = source.selections.reduce(0) { $0 + $1.codings.count }
            guard codingCount > 0 else { continue }
            guard let (dataset, position) = question(of: source, in: datasets) else {
                for selection in source.selections {
                    for coding in selection.codings {
                        set.rejected.append(RejectedRow(
                            location: SourceLocation(file: project.file, line: coding.line),
                            reason: "source '\(source.name)' is not a question of the study's data sets "
                                + "(sources exported by Evident are named like 'practitioners-2016 Q2 …')"
                        ))
                    }
                }
                continue
            }
            let layout = self.layout(of: source, dataset: dataset, position: position, warnings: &set.warnings, file: project.file)
            for selection in source.selections {
                let answers = layout.answers(overlapping: selection.start, selection.end)
                for coding in selection.codings {
                    let location = SourceLocation(file: project.file, line: coding.line)
                    guard !answers.isEmpty else {
                        set.rejected.append(RejectedRow(
                            location: location,
                            reason: "selection \(selection.start)-\(selection.end) of source '\(source.name)' lies outside every answer"
                        ))
                        continue
                    }
                    guard let codeID = codes.studyCodeID(forGUID: coding.codeGUID) else {
                        set.rejected.append(RejectedRow(location: location, reason: codes.problem(forGUID: coding.codeGUID)))
                        continue
                    }
                    let coder = project.coderName(forUser: coding.creatingUser) ?? project.name
                    for found in answers {
                        set.codings.append(ManualCoding(
                            dataset: dataset.id, respondent: found.answer.respondent, question: dataset.questions[position].id,
                            codeID: codeID, coder: coder, start: found.start, end: found.end, location: location
                        ))
                    }
                }
            }
        }
        return set
    }

    private static func question(of source: QDATextSource, in datasets: [Dataset]) -> (Dataset, Int)? {
        guard let parsed = SurveySourceLayout.parseSourceName(source.name, datasets: datasets.map(\.id)),
            let dataset = datasets.first(where: { $0.id == parsed.dataset }), parsed.number >= 1,
            parsed.number <= dataset.questions.count
        else { return nil }
        return (dataset, parsed.number - 1)
    }

    private static func layout(
        of source: QDATextSource, dataset: Dataset, position: Int, warnings: inout [Diagnostic], file: String
    ) -> SurveySourceLayout {
        let expected = SurveySourceLayout(answers: dataset.respondents.map { respondent in
            (respondent.id, position < respondent.answers.count ? respondent.answers[position] : "")
        })
        guard let text = source.text, text != expected.text else { return expected }
        let parsed = SurveySourceLayout(parsing: text, respondents: Set(dataset.respondents.map(\.id)))
        warnings.append(.warning(
            "source '\(source.name)' is not the text the study's data gives; its \(parsed.answers.count) answers were found by their [id] headers",
            at: SourceLocation(file: file, line: source.line)
        ))
        return parsed
    }
}

/// Maps a project's code GUIDs to the study codebook's ids: by id first, then by label.
private struct CodeMatcher {
    let project: QDAProject
    let studyIDs: Set<String>
    let studyIDsByLabel: [String: String]

    init(project: QDAProject, codebook: Codebook) {
        self.project = project
        studyIDs = Set(codebook.allCodes.map(\.code.id))
        var byLabel: [String: String] = [:]
        var repeated: Set<String> = []
        for placed in codebook.allCodes {
            let label = placed.code.label.trimmedWhitespace.lowercased()
            if byLabel[label] != nil { repeated.insert(label) }
            byLabel[label] = placed.code.id
        }
        for label in repeated { byLabel[label] = nil }
        studyIDsByLabel = byLabel
    }

    func studyCodeID(forGUID guid: String) -> String? {
        guard let id = project.codebook?.codeID(forGUID: guid) else { return nil }
        if studyIDs.contains(id) { return id }
        guard let label = project.codebook?.codebook.allCodes.first(where: { $0.code.id == id })?.code.label else { return nil }
        return studyIDsByLabel[label.trimmedWhitespace.lowercased()]
    }

    func problem(forGUID guid: String) -> String {
        guard let id = project.codebook?.codeID(forGUID: guid) else {
            return "coding refers to code GUID \(guid), which the project's codebook does not have"
        }
        return "unknown code id '\(id)'"
    }
}
