import EvidentFormats
import EvidentModel

/// Gathers loaded and refused transcripts into an `interviews` `Dataset` (the layout
/// `InterviewLoader` documents): accounting, rejections, one respondent per participant with
/// their turns as answers to `turn-n` questions, and the `TranscriptCollection`.
struct InterviewDataset: Sendable {
    let spec: DatasetSpec
    let table: ParticipantTable?
    /// Attribute names as the data set reports them, and their columns in the CSV.
    let attributes: [(name: String, column: Int)]
    let interviewers: [String]
    var notes: [Diagnostic] = []
    private var digests: [String] = []
    private var transcripts: [Transcript] = []
    private var accounting = Accounting()
    private var rejections: [Rejection] = []
    private var problems: [InputError] = []
    private var names: [String: [String]] = [:]
    private var lines: [String: Int] = [:]
    /// Participant ids in the order transcripts first name them (respondents follow the CSV's
    /// order, then this one).
    private var order: [String] = []
    /// Turns numbered so far for each participant.
    private var counted: [String: Int] = [:]
    private var answers: [String: [Int: String]] = [:]
    private var partial: Set<String> = []

    init(spec: DatasetSpec, table: ParticipantTable?, attributes: [(name: String, column: Int)], interviewers: [String]) {
        self.spec = spec
        self.table = table
        self.attributes = attributes
        self.interviewers = interviewers
    }

    /// The attributes a data set reports: those the manifest lists (each a column of the
    /// participants CSV, matched ignoring case), else every attribute column of the CSV.
    static func attributes(_ spec: DatasetSpec, table: ParticipantTable?) throws(InputError) -> [(name: String, column: Int)] {
        guard let table else {
            guard spec.attributes.isEmpty else {
                throw InputError(
                    "data set '\(spec.id)' lists attributes but has no participants CSV to read them from", at: spec.declaredAt,
                    help: "add participants: naming a CSV with columns participant, pseudonym, role, age band, group …"
                )
            }
            return []
        }
        guard !spec.attributes.isEmpty else { return table.attributeNames.enumerated().map { ($1, $0) } }
        let columns = table.attributeNames.map(ParticipantTable.normalise)
        var resolved: [(name: String, column: Int)] = []
        for name in spec.attributes {
            guard let column = columns.firstIndex(of: ParticipantTable.normalise(name)) else {
                throw InputError(
                    "attribute '\(name)' is not a column of \(table.fileName)", at: spec.declaredAt,
                    help: "its attribute columns are \(table.attributeNames.joined(separator: ", "))"
                )
            }
            resolved.append((name, column))
        }
        return resolved
    }

    mutating func add(_ loaded: TranscriptLoader.Loaded) {
        var transcript = loaded.transcript
        digests.append(transcript.sha256 + "  " + transcript.id)
        accounting.rowsRead += 1
        accounting.record(transcript.status)
        for id in transcript.participants {
            if counted[id] == nil { order.append(id) }
            let offset = counted[id] ?? 0
            if offset > 0 {
                notes.append(.note("participant '\(id)' has an earlier transcript; this one's turns are numbered on from turn \(offset + 1)", at: SourceLocation(file: transcript.file), kind: "continued numbering"))
            }
            for index in transcript.turns.indices where transcript.turns[index].participant == id {
                let number = offset + transcript.turns[index].number
                transcript.turns[index].question = "turn-\(number)"
                answers[id, default: [:]][number] = transcript.turns[index].text
            }
            counted[id] = offset + transcript.turns.count
            if transcript.status == .partial { partial.insert(id) }
            names[id, default: []] += loaded.names[id] ?? []
            lines[id] = lines[id] ?? loaded.lines[id]
        }
        for finding in loaded.findings {
            problems.append(finding.error)
            rejections.append(Rejection(
                kind: .invalidValue, dataset: spec.id, location: finding.error.location ?? SourceLocation(file: transcript.file),
                respondent: finding.participant, column: finding.column, value: finding.value, reason: TranscriptProblem.reason(finding.error)
            ))
        }
        notes += loaded.notes
        transcripts.append(transcript)
    }

    mutating func refuse(_ error: InputError, name: String, sha256: String?, file: String) {
        digests.append((sha256 ?? "-") + "  " + name)
        accounting.rowsRead += 1
        accounting.record(.rejected)
        problems.append(error)
        rejections.append(Rejection(
            kind: .record, dataset: spec.id, location: error.location ?? SourceLocation(file: file), reason: TranscriptProblem.reason(error)
        ))
    }

    /// A participant's consent to publication: the participants CSV's `Consent` column, else the
    /// `Consent:` header line of a transcript they took part in; the most restrictive wins when
    /// several transcripts say different things.
    func consent(of participant: Participant) -> Consent? {
        if let table, let column = table.attributeNames.firstIndex(where: { ParticipantTable.normalise($0) == "consent" }),
           participant.attributes.indices.contains(column), let consent = Consent(reading: participant.attributes[column]) {
            return consent
        }
        let said = transcripts.filter { $0.participants.contains(participant.id) }
            .flatMap { $0.header.filter { $0.key.lowercased() == "consent" }.compactMap { Consent(reading: $0.value) } }
        return said.contains(.withheld) ? .withheld : (said.contains(.pending) ? .pending : said.first)
    }

    func finish(folder: String) -> Dataset {
        let count = counted.values.max() ?? 0
        let questions = count == 0 ? [] : (1...count).map { Question(id: "turn-\($0)", text: "Turn \($0)") }
        var participants = table?.participants ?? []
        var respondents: [Respondent] = []
        let csvOrder = Dictionary((table?.participants ?? []).enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ordered = order.enumerated().sorted { (csvOrder[$0.element] ?? Int.max, $0.offset) < (csvOrder[$1.element] ?? Int.max, $1.offset) }
        for id in ordered.map(\.element) {
            var participant = table?.participant(id) ?? Participant(id: id)
            participant.names = Self.unique(participant.names + (names[id] ?? []))
            if let index = participants.firstIndex(where: { $0.id == id }) { participants[index] = participant } else { participants.append(participant) }
            var texts = Array(repeating: "", count: count)
            for (number, text) in answers[id] ?? [:] { texts[number - 1] = text }
            var respondent = Respondent(
                id: id, line: participant.line ?? lines[id] ?? 1,
                attributes: attributes.map { participant.attributes.indices.contains($0.column) ? participant.attributes[$0.column] : "" },
                values: [], answers: texts, status: partial.contains(id) ? .partial : .complete, personalDetails: participant.names
            )
            respondent.consent = consent(of: participant)
            respondents.append(respondent)
        }
        var diagnostics = (table?.diagnostics ?? []) + notes
        let unseen = (table?.participants ?? []).map(\.id).filter { counted[$0] == nil }
        if let table, !unseen.isEmpty {
            diagnostics.append(.note("\(table.fileName) lists \(unseen.count) participant(s) with no transcript: \(unseen.joined(separator: ", "))", at: SourceLocation(file: table.file)))
        }
        let encodings = Self.unique(transcripts.map(\.encoding))
        var digest = SHA256()
        digest.update(Array((digests + [table.map { $0.sha256 + "  " + $0.fileName }].compactMap { $0 }).joined(separator: "\n").utf8))
        return Dataset(
            id: spec.id, kind: .interviews, wave: spec.wave, file: folder, format: .transcripts, encoding: encodings.count == 1 ? encodings[0] : (encodings.isEmpty ? "utf-8" : "mixed"),
            sha256: digest.finalizeHex(), invited: spec.invited, attributes: attributes.map(\.name), items: [], questions: questions,
            respondents: respondents, accounting: accounting, rejections: rejections, diagnostics: diagnostics,
            transcripts: TranscriptCollection(
                transcripts: transcripts, participants: participants, attributeNames: table?.attributeNames ?? [],
                participantsFile: table?.file, interviewers: interviewers, problems: problems
            )
        )
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
