import EvidentImport
import EvidentModel

extension QDPXPlan {
    /// Adds one source per transcript of an `interviews` data set (its text exactly, named by
    /// `TranscriptSourceLayout.sourceName`), a case per participant (named by pseudonym, the
    /// respondent's attributes as variables, their interview's transcript as a `SourceRef`), and
    /// each coded segment as a selection at `TranscriptCollection.transcriptRange(of:)`.
    mutating func add(_ writer: QDPXWriter, dataset: Dataset, transcripts collection: TranscriptCollection, segments: [AnswerKey: [CodedSegment]]) {
        let datasetSpace = writer.project.child("dataset:" + dataset.id)
        let respondents = Dictionary(dataset.respondents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for transcript in collection.transcripts {
            let layout = TranscriptSourceLayout(dataset: dataset.id, transcript: transcript, collection: collection)
            let guid = datasetSpace.child("transcript:" + transcript.id)
            for id in transcript.participants {
                let caseGUID = datasetSpace.child("respondent:" + id)
                let label = collection.participant(id)?.label ?? id
                addCase(
                    caseGUID, names: [label, "\(label) (\(dataset.id))", "\(label) (\(dataset.id) \(id))"], dataset: dataset,
                    attributes: respondents[id]?.attributes ?? Array(repeating: "", count: dataset.attributes.count)
                )
                if transcript.participants.count == 1 { addSource(guid, toCase: caseGUID) }
            }
            var selections: [Selection] = []
            for unit in layout.units {
                let caseGUID = datasetSpace.child("respondent:" + unit.participant)
                let label = collection.participant(unit.participant)?.label ?? unit.participant
                let coded = segments[AnswerKey(dataset: dataset.id, respondent: unit.participant, question: unit.question)] ?? []
                for (span, onSpan) in Self.bySpan(coded) {
                    guard let first = onSpan.first, let placed = collection.transcriptRange(of: first), placed.transcript.id == transcript.id else { continue }
                    let selection = guid.child("turn:" + unit.question).child("segment:\(span.start)-\(span.end)")
                    selections.append(Selection(
                        guid: selection, name: "[\(label)] turn \(unit.turn.number) sentence \(first.segmentIndex + 1)",
                        start: placed.range.lowerBound, end: placed.range.upperBound, codes: onSpan.map(\.codeID), why: Self.why(onSpan)
                    ))
                    addSelection(selection, toCase: caseGUID)
                }
            }
            let people = transcript.participants.map { collection.participant($0)?.label ?? $0 }.joined(separator: ", ")
            append(Source(
                guid: guid, name: layout.name, text: transcript.text,
                about: "\(transcript.participants.count > 1 ? "Focus group" : "Interview") transcript in data set \(dataset.id) "
                    + "(\(people)), exactly as Evident read it. Selections are coded sentences of participants' turns; interviewers' turns are not coded.",
                selections: selections
            ))
        }
    }
}
