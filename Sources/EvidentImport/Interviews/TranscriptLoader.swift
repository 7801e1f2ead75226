import EvidentModel
import Foundation

/// Reads one transcript file and makes it a `Transcript`: decodes it (plain text or Word),
/// splits it into turns, and decides whose each turn is.
///
/// Who the transcript is about: the header's `Participant:` line (ids, or pseudonyms from the
/// participants CSV), else the file name — the longest participant id of the CSV the name
/// starts with (followed by a non-letter, non-digit), else the name up to its first space
/// (`NM-P03 interview.docx` → `NM-P03`). With one participant, every turn that is not an
/// interviewer's is theirs. With several (a focus group), a turn is a participant's when its
/// label is their id, pseudonym or name (or holds it in brackets: `Parent (P3)`); other
/// speakers' turns are kept but not coded.
struct TranscriptLoader: Sendable {
    let rules: SpeakerRules
    let interviewers: [String]
    let table: ParticipantTable?
    let byteLimit: Int
    let xmlOptions: XMLStreamReader.Options

    /// A problem that leaves the transcript loaded but partial.
    struct Finding: Sendable {
        var error: InputError
        var participant: String?
        /// `participant` or `speaker`.
        var column: String
        var value: String
    }

    /// A transcript read, with what else was learned about its participants.
    struct Loaded: Sendable {
        var transcript: Transcript
        var findings: [Finding] = []
        var notes: [Diagnostic] = []
        /// Real names the transcript gives, by participant id (header `Name:`, first-name labels).
        var names: [String: [String]] = [:]
        /// Where each participant is named (header line, or 1 for the file name).
        var lines: [String: Int] = [:]
    }

    /// The file's bytes, or the problem reading them.
    func bytes(of entry: TranscriptFiles.Entry, file: String) throws(InputError) -> [UInt8] {
        let size = (try? FileManager.default.attributesOfItem(atPath: entry.path)[.size] as? Int) ?? nil
        if let size, size > byteLimit { throw TranscriptProblem.tooLarge(file, limit: byteLimit) }
        guard let data = FileManager.default.contents(atPath: entry.path) else { throw TranscriptProblem.cannotRead(file) }
        return [UInt8](data)
    }

    func load(_ entry: TranscriptFiles.Entry, bytes: [UInt8], sha256: String, file: String) throws(InputError) -> Loaded {
        let source: TranscriptSource
        let encoding: String
        let format: TranscriptFormat
        switch entry.kind {
        case .unsupported(let ext):
            throw TranscriptProblem.unsupported(file, extension: ext)
        case .docx:
            (source, encoding) = try DocxTranscriptReader.read(path: entry.path, bytes: bytes, file: file, limit: byteLimit, options: xmlOptions)
            format = .docx
        case .text, .markdown:
            let decoded = try PlainTranscriptReader.decode(bytes, file: file)
            (source, encoding) = (decoded.source, decoded.encoding.rawValue)
            format = entry.kind == .markdown ? .markdown : .text
        }
        guard source.scalars.contains(where: { !$0.properties.isWhitespace }) else { throw TranscriptProblem.empty(file) }
        let split = TurnSplitter(rules: rules).split(source, file: file)
        guard !split.turns.isEmpty else { throw TranscriptProblem.noTurns(file) }
        guard split.turns.contains(where: { $0.role != .interviewer }) else {
            var labels: [String] = []
            for turn in split.turns where !labels.contains(turn.speaker) { labels.append(turn.speaker) }
            throw TranscriptProblem.onlyInterviewers(file, labels: labels, interviewers: interviewers)
        }
        var loaded = Loaded(transcript: Transcript(
            id: entry.name, file: file, format: format, encoding: encoding, sha256: sha256, text: source.text,
            participants: [], header: split.header, turns: split.turns
        ))
        if encoding == TextEncoding.windows1252.rawValue {
            loaded.notes.append(.note("read as Windows-1252: the file is not valid UTF-8", at: SourceLocation(file: file)))
        }
        loaded.notes += split.notes
        attribute(&loaded, entry: entry)
        loaded.transcript.status = loaded.findings.isEmpty ? .complete : .partial
        return loaded
    }

    /// Decides the transcript's participants and whose each turn is.
    private func attribute(_ loaded: inout Loaded, entry: TranscriptFiles.Entry) {
        let file = loaded.transcript.file
        let named = TranscriptHeader.participants(in: loaded.transcript.header)
        let line = named?.line ?? 1
        let ids = (named?.ids ?? [participantID(fromFileName: entry.name)]).map { table?.participant(byIDOrPseudonym: $0)?.id ?? $0 }
        loaded.transcript.participants = ids
        for id in ids {
            loaded.lines[id] = line
            if let table, table.participant(id) == nil {
                let location = SourceLocation(file: file, line: named == nil ? nil : line)
                loaded.findings.append(Finding(
                    error: TranscriptProblem.missingParticipant(id, csv: table.fileName, at: location), participant: id, column: "participant", value: id
                ))
            }
        }
        if ids.count == 1 { loaded.names[ids[0], default: []] += TranscriptHeader.names(in: loaded.transcript.header) }
        var reported: Set<String> = []
        for index in loaded.transcript.turns.indices where loaded.transcript.turns[index].role != .interviewer {
            let speaker = loaded.transcript.turns[index].speaker
            if ids.count == 1 {
                loaded.transcript.turns[index].participant = ids[0]
                // One voice: the unlabelled turn is the participant's, named by their id.
                if speaker.isEmpty { loaded.transcript.turns[index].speaker = ids[0] }
                if looksLikeFirstName(speaker, of: ids[0]) { loaded.names[ids[0], default: []].append(speaker) }
            } else if let id = ids.first(where: { matches(speaker, $0) }) {
                loaded.transcript.turns[index].participant = id
            } else {
                loaded.transcript.turns[index].role = .unattributed
                if reported.insert(speaker.lowercased()).inserted {
                    let location = SourceLocation(file: file, line: loaded.transcript.turns[index].line)
                    loaded.findings.append(Finding(
                        error: TranscriptProblem.unknownSpeaker(speaker, participants: ids, at: location), participant: nil, column: "speaker", value: speaker
                    ))
                }
            }
        }
        for (id, names) in loaded.names { loaded.names[id] = Array(Set(names)).sorted() }
    }

    /// The participant id a file name gives (see the type's documentation).
    func participantID(fromFileName name: String) -> String {
        let file = (name as NSString).lastPathComponent
        let stem = (file as NSString).deletingPathExtension
        if let table {
            let lowered = stem.lowercased()
            let candidates = table.participants.map(\.id).filter { id in
                guard lowered.hasPrefix(id.lowercased()) else { return false }
                let rest = lowered.unicodeScalars.dropFirst(id.unicodeScalars.count)
                return rest.first.map { !$0.properties.isAlphabetic && !("0"..."9").contains($0) } ?? true
            }
            if let longest = candidates.max(by: { $0.count < $1.count }) { return longest }
        }
        return stem.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? stem
    }

    /// Whether a focus-group speaker label names participant `id`.
    private func matches(_ label: String, _ id: String) -> Bool {
        let key = label.lowercased()
        var forms = [key, SpeakerRules.withoutBrackets(key)]
        if key.hasSuffix(")"), let open = key.lastIndex(of: "(") {
            forms.append(String(key[key.index(after: open)..<key.index(before: key.endIndex)]))
        }
        let participant = table?.participant(id)
        let names = [id] + [participant?.pseudonym].compactMap { $0 } + (participant?.names ?? [])
        return names.contains { name in forms.contains(name.lowercased()) || forms.contains(name.lowercased().split(separator: " ").first.map(String.init) ?? "") }
    }

    /// A one-word label that is not a role, a numbered label, the id or the pseudonym: most
    /// likely the interviewee's first name, which quotes must not show.
    private func looksLikeFirstName(_ label: String, of id: String) -> Bool {
        let key = label.lowercased()
        guard !key.contains(" "), !SpeakerRules.roleWords.contains(key), !SpeakerRules.isNumbered(key), key != id.lowercased() else {
            return false
        }
        return table?.participant(id)?.pseudonym?.lowercased() != key
    }
}
