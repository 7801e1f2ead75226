public import EvidentModel

/// Turns the codings of a REFI-QDA project into manual codings of the study's answers (agreement
/// spec §1). Each coding's coder is a user of the project (`QDACoders`); each code is found in
/// the study's codebook by GUID, id or label (`QDACodeMatcher`). A text source is one of:
///
/// - **a question of a data set**, by the name `evident export-qdpx` gives it
///   (`SurveySourceLayout.sourceName`): selections map to answers by offsets, or by the
///   `[respondent]` headers when another tool changed the text;
/// - **an interview transcript**, by name or by its text (`TranscriptSourceLayout`, see
///   `QDPXCodingMapper+Transcripts`);
/// - **any other document** a researcher imported into NVivo, ATLAS.ti, MAXQDA or QualCoder
///   (a survey export pasted into a document, one answer per line or paragraph): each
///   selection is matched to the answer whose text holds it (`AnswerTextIndex`), with its
///   offsets in that answer.
///
/// A selection that matches no answer, or several, is rejected with its position (never its
/// text, which may be personal), and rejections of one cause share a group so the run reports
/// them in one line with a count.
public enum QDPXCodingMapper {
    public static func codings(from project: QDAProject, datasets: [Dataset], codebook: Codebook) -> ManualCodingSet {
        var set = ManualCodingSet(warnings: project.warnings)
        let codes = QDACodeMatcher(project: project, codebook: codebook)
        let coders = QDACoders(project: project)
        if let note = coders.note { set.warnings.append(note) }
        var answers: AnswerTextIndex?
        for source in project.sources {
            let codingCount = source.selections.reduce(0) { $0 + $1.codings.count }
            guard codingCount > 0 else { continue }
            if let layout = transcript(of: source, in: datasets) {
                map(source, through: layout, codes: codes, coders: coders, project: project, into: &set)
            } else if let (dataset, position) = question(of: source, in: datasets) {
                let layout = self.layout(of: source, dataset: dataset, position: position, warnings: &set.warnings, file: project.file)
                map(source, through: layout, dataset: dataset, position: position, codes: codes, coders: coders, project: project, into: &set)
            } else if let text = source.text {
                if answers == nil { answers = AnswerTextIndex(datasets: datasets) }
                map(source, text: text, answers: answers ?? AnswerTextIndex(datasets: []), codes: codes, coders: coders, project: project, into: &set)
            } else {
                for selection in source.selections {
                    for coding in selection.codings {
                        set.rejected.append(RejectedRow(
                            location: SourceLocation(file: project.file, line: coding.line),
                            reason: "source '\(source.name)' has no text in the project to match to answers, and is no question or transcript of the study",
                            group: "codings of sources whose text the project does not hold"
                        ))
                    }
                }
            }
        }
        return set
    }

    /// Selections in a source of Evident's survey layout: each codes the answers it overlaps.
    private static func map(
        _ source: QDATextSource, through layout: SurveySourceLayout, dataset: Dataset, position: Int, codes: QDACodeMatcher,
        coders: QDACoders, project: QDAProject, into set: inout ManualCodingSet
    ) {
        for selection in source.selections {
            let answers = layout.answers(overlapping: selection.start, selection.end)
            for coding in selection.codings {
                let location = SourceLocation(file: project.file, line: coding.line)
                guard !answers.isEmpty else {
                    set.rejected.append(RejectedRow(
                        location: location, reason: "selection \(selection.start)-\(selection.end) of source '\(source.name)' lies outside every answer",
                        group: "selections outside every answer of their source"
                    ))
                    continue
                }
                guard let codeID = codes.studyCodeID(forGUID: coding.codeGUID) else {
                    set.rejected.append(codes.rejection(forGUID: coding.codeGUID, at: location))
                    continue
                }
                for found in answers {
                    set.codings.append(ManualCoding(
                        dataset: dataset.id, respondent: found.answer.respondent, question: dataset.questions[position].id,
                        codeID: codeID, coder: coders.coder(of: coding, in: selection), start: found.start, end: found.end, location: location
                    ))
                }
            }
        }
    }

    /// Selections in any other document, matched to answers by their text.
    private static func map(
        _ source: QDATextSource, text: String, answers: AnswerTextIndex, codes: QDACodeMatcher, coders: QDACoders, project: QDAProject,
        into set: inout ManualCodingSet
    ) {
        let scalars = Array(text.unicodeScalars)
        for selection in source.selections {
            let match = answers.match(selection.start, selection.end, in: scalars)
            for coding in selection.codings {
                let location = SourceLocation(file: project.file, line: coding.line)
                let span = "selection \(selection.start)-\(selection.end) of source '\(source.name)'"
                let found: AnswerTextIndex.Found
                switch match {
                case .found(let answer): found = answer
                case .none:
                    set.rejected.append(RejectedRow(
                        location: location, reason: "\(span) is in no answer of the study's data sets",
                        group: "selections whose text is in no answer of the study's data sets"
                    ))
                    continue
                case .several(let count):
                    set.rejected.append(RejectedRow(
                        location: location, reason: "\(span) is in \(count) answers, even with its line around it",
                        group: "selections whose text is in several answers"
                    ))
                    continue
                }
                guard let codeID = codes.studyCodeID(forGUID: coding.codeGUID) else {
                    set.rejected.append(codes.rejection(forGUID: coding.codeGUID, at: location))
                    continue
                }
                set.codings.append(ManualCoding(
                    dataset: found.dataset, respondent: found.respondent, question: found.question, codeID: codeID,
                    coder: coders.coder(of: coding, in: selection), start: found.start, end: found.end, location: location
                ))
            }
        }
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
        guard let text = source.text, !text.sameScalars(as: expected.text) else { return expected }
        let parsed = SurveySourceLayout(parsing: text, respondents: Set(dataset.respondents.map(\.id)))
        warnings.append(.warning(
            "source '\(source.name)' is not the text the study's data gives; its \(parsed.answers.count) answers were found by their [id] headers",
            at: SourceLocation(file: file, line: source.line)
        ))
        return parsed
    }
}

extension String {
    /// The same Unicode scalars: `==` would also take a text another tool normalised (NFC for
    /// NFD) as equal, and offsets count scalars.
    func sameScalars(as other: String) -> Bool {
        unicodeScalars.elementsEqual(other.unicodeScalars)
    }
}
