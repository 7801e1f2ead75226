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
///
/// **Transcripts**: a source is an interview data set's transcript when its name is the one
/// `TranscriptSourceLayout.sourceName` gives (or, renamed in a QDA tool, when its text is the
/// transcript's). A selection codes each participant turn whose words it overlaps, as the answer
/// of (data set, participant, `turn-n`) with offsets in the turn's text (`TranscriptSourceLayout`);
/// one on an interviewer's turn or the header alone is rejected. A tool that saved the transcript
/// with LF line ends for CRLF ones has its offsets mapped back (a note says so); any other change
/// to the text is warned about and the offsets are read as they are.
public enum QDPXCodingMapper {
    public static func codings(from project: QDAProject, datasets: [Dataset], codebook: Codebook) -> ManualCodingSet {
        var set = ManualCodingSet(warnings: project.warnings)
        let codes = CodeMatcher(project: project, codebook: codebook)
        for source in project.sources {
            let codingCount = source.selections.reduce(0) { $0 + $1.codings.count }
            guard codingCount > 0 else { continue }
            if let layout = transcript(of: source, in: datasets) {
                map(source, through: layout, codes: codes, file: project.file, project: project, into: &set)
                continue
            }
            guard let (dataset, position) = question(of: source, in: datasets) else {
                for selection in source.selections {
                    for coding in selection.codings {
                        set.rejected.append(RejectedRow(
                            location: SourceLocation(file: project.file, line: coding.line),
                            reason: "source '\(source.name)' is not a question or transcript of the study's data sets "
                                + "(sources exported by Evident are named like 'practitioners-2016 Q2 …' or 'parent-interviews-2016 Kristy (NM-P01.txt)')"
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

    /// The transcript a source holds: by name, else by its text.
    private static func transcript(of source: QDATextSource, in datasets: [Dataset]) -> TranscriptSourceLayout? {
        var byText: TranscriptSourceLayout?
        for dataset in datasets {
            guard let collection = dataset.transcripts else { continue }
            for transcript in collection.transcripts {
                let layout = TranscriptSourceLayout(dataset: dataset.id, transcript: transcript, collection: collection)
                if layout.name == source.name { return layout }
                if byText == nil, let text = source.text, text.sameScalars(as: transcript.text) { byText = layout }
            }
        }
        return byText
    }

    private static func map(
        _ source: QDATextSource, through layout: TranscriptSourceLayout, codes: CodeMatcher, file: String, project: QDAProject,
        into set: inout ManualCodingSet
    ) {
        let shift = LineEndShift(source: source, transcript: layout.transcript, file: file, warnings: &set.warnings)
        for selection in source.selections {
            let units = layout.units(overlapping: shift.transcriptOffset(selection.start), shift.transcriptOffset(selection.end))
            for coding in selection.codings {
                let location = SourceLocation(file: file, line: coding.line)
                guard !units.isEmpty else {
                    set.rejected.append(RejectedRow(
                        location: location,
                        reason: "selection \(selection.start)-\(selection.end) of source '\(source.name)' holds no participant's words "
                            + "(interviewers' turns and the transcript's header are not coded)"
                    ))
                    continue
                }
                guard let codeID = codes.studyCodeID(forGUID: coding.codeGUID) else {
                    set.rejected.append(RejectedRow(location: location, reason: codes.problem(forGUID: coding.codeGUID)))
                    continue
                }
                let coder = project.coderName(forUser: coding.creatingUser) ?? project.name
                for found in units {
                    set.codings.append(ManualCoding(
                        dataset: layout.dataset, respondent: found.unit.participant, question: found.unit.question,
                        codeID: codeID, coder: coder, start: found.start, end: found.end, location: location
                    ))
                }
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

/// Maps offsets in a transcript source back to the transcript as loaded, when a QDA tool saved
/// it with LF line ends where the transcript has CRLF (Python's text mode does, for one):
/// each "\r" dropped before an offset moves it one on. Otherwise offsets are kept, with a
/// warning when the source's text is not the transcript's.
private struct LineEndShift {
    /// Offsets in the source's text at which a "\r" was dropped, ascending.
    private var dropped: [Int] = []

    init(source: QDATextSource, transcript: Transcript, file: String, warnings: inout [Diagnostic]) {
        guard let text = source.text, !text.sameScalars(as: transcript.text) else { return }
        var normalised = String.UnicodeScalarView()
        var positions: [Int] = []
        let scalars = Array(transcript.text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                positions.append(index - positions.count)
                continue
            }
            normalised.append(scalar)
        }
        let at = SourceLocation(file: file, line: source.line)
        if !positions.isEmpty, String(normalised).sameScalars(as: text) {
            dropped = positions
            warnings.append(.note(
                "source '\(source.name)' has LF line ends where transcript \(transcript.id) has CRLF; its offsets were mapped back", at: at
            ))
        } else {
            warnings.append(.warning(
                "source '\(source.name)' is not the text of transcript \(transcript.id) as loaded; its selections were read at "
                    + "their offsets in the transcript and may be shifted",
                at: at
            ))
        }
    }

    /// The transcript offset of an offset in the source's text. O(log line ends).
    func transcriptOffset(_ offset: Int) -> Int {
        var low = 0
        var high = dropped.count
        while low < high {
            let middle = (low + high) / 2
            if dropped[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return offset + low
    }
}

extension String {
    /// The same Unicode scalars: `==` would also take a text another tool normalised (NFC for
    /// NFD) as equal, and offsets count scalars.
    fileprivate func sameScalars(as other: String) -> Bool {
        unicodeScalars.elementsEqual(other.unicodeScalars)
    }
}
