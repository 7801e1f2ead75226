import EvidentModel

extension QDPXCodingMapper {
    /// The transcript a source holds: by name, else by its text.
    static func transcript(of source: QDATextSource, in datasets: [Dataset]) -> TranscriptSourceLayout? {
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

    /// Selections in an interview transcript: each codes the participant turns whose words it
    /// overlaps, as answers (data set, participant, `turn-n`) with offsets in the turn's text;
    /// one on an interviewer's turn or the header alone is rejected. A tool that saved the
    /// transcript with LF line ends for CRLF ones has its offsets mapped back (a note says so).
    static func map(
        _ source: QDATextSource, through layout: TranscriptSourceLayout, codes: QDACodeMatcher, coders: QDACoders, project: QDAProject,
        into set: inout ManualCodingSet
    ) {
        let file = project.file
        let shift = LineEndShift(source: source, transcript: layout.transcript, file: file, warnings: &set.warnings)
        for selection in source.selections {
            let units = layout.units(overlapping: shift.transcriptOffset(selection.start), shift.transcriptOffset(selection.end))
            for coding in selection.codings {
                let location = SourceLocation(file: file, line: coding.line)
                guard !units.isEmpty else {
                    set.rejected.append(RejectedRow(
                        location: location,
                        reason: "selection \(selection.start)-\(selection.end) of source '\(source.name)' holds no participant's words "
                            + "(interviewers' turns and the transcript's header are not coded)",
                        group: "selections in transcripts that hold no participant's words"
                    ))
                    continue
                }
                guard let codeID = codes.studyCodeID(forGUID: coding.codeGUID) else {
                    set.rejected.append(codes.rejection(forGUID: coding.codeGUID, at: location))
                    continue
                }
                let coder = coders.coder(of: coding, in: selection)
                for found in units {
                    set.codings.append(ManualCoding(
                        dataset: layout.dataset, respondent: found.unit.participant, question: found.unit.question,
                        codeID: codeID, coder: coder, start: found.start, end: found.end, location: location
                    ))
                }
            }
        }
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

