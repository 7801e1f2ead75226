import EvidentFormats
public import EvidentModel

/// Loads a data set of interview or focus-group transcripts (kind `interviews`): a folder of
/// `.txt`, `.md` and `.docx` transcripts (or one file), and an optional participants CSV.
///
/// - **Turns** (`TurnSplitter`, `SpeakerRules`): a line or paragraph opening with a speaker
///   label starts a turn; interviewers' turns are kept but never coded.
/// - **Respondents are participants**, one per person interviewed, in the order transcripts
///   first name them; their attributes come from the participants CSV (`ParticipantTable`).
/// - **Questions are turn numbers**: question `turn-n` (text "Turn n") is the n-th turn of a
///   participant's interview, counting every turn (interviewers' too) so that n is the number
///   a reader counts in the transcript; a participant with two transcripts continues counting
///   into the second. A respondent's answer to `turn-n` is that turn's text when the turn is
///   theirs, else "". So `CodingRun.code` codes exactly the participants' turns, and a
///   coded segment maps back to the transcript through `TranscriptCollection.transcriptRange(of:)`.
/// - **Accounting**: rows read = transcript files (including unreadable ones); rejected = those
///   that cannot be read or hold nothing to code; partial = loaded with a participant missing
///   from the CSV or a focus-group speaker who is no participant; complete = the rest.
/// - Every problem is an `InputError` in `transcripts.problems` (message, location, what to do)
///   and a `Rejection` (`record` for a refused transcript, `invalid-value` for a partial one).
///   Locations in a `.docx` count lines of its plain text (paragraphs, unless one holds a break).
/// - The `Dataset`: `file` is the folder; `encoding` the transcripts' one encoding, else
///   `mixed`; `sha256` the SHA-256 of the list of each file's SHA-256 and name (`sha256sum`
///   lines, transcripts in order, then the participants CSV); `format` is the manifest's (there
///   is no transcript export format yet); a respondent's `line` is their participants CSV row,
///   else the transcript line naming them; `personalDetails` are the CSV's `name` and `other
///   names`, a header's `Name:`, and a one-word speaker label that is not a role (a first name).
public enum InterviewLoader {
    /// Speaker labels read as interviewers unless the manifest says otherwise.
    public static let defaultInterviewers = SpeakerRules.defaultInterviewers

    /// Limits that keep a hostile or mistaken file bounded.
    public struct Options: Sendable, Hashable {
        /// Largest transcript file, and largest unpacked `word/document.xml`, in bytes (64 MiB).
        public var byteLimit: Int
        /// How `word/document.xml` is read.
        public var xml: XMLStreamReader.Options

        /// The defaults suit any real transcript.
        public init(byteLimit: Int = 64 << 20, xml: XMLStreamReader.Options = XMLStreamReader.Options()) {
            self.byteLimit = byteLimit
            self.xml = xml
        }
    }

    /// Loads `spec` (its `path` a folder of transcripts or one transcript).
    ///
    /// - Parameters:
    ///   - interviewers: the speaker labels whose turns are not coded, compared ignoring case;
    ///     they replace the defaults (`Interviewer`, `INT`, `I`, `Facilitator`, `Researcher`).
    ///   - participants: the participants CSV, already resolved (a relative path is taken from
    ///     the working directory). When `nil`, a `participants.csv` in the folder is used if there
    ///     is one; without any, participants are known by their ids.
    /// - Throws: when the folder or file does not exist, holds no transcripts, the participants
    ///   CSV cannot be read or lacks its participant column, or `attributes` names a column the
    ///   CSV does not have. Problems with single transcripts are reported inside the data set.
    public static func load(
        _ spec: DatasetSpec, interviewers: [String] = defaultInterviewers, participants: String? = nil,
        options: Options = Options()
    ) throws(InputError) -> Dataset {
        let folder = FilePaths.display(spec.path)
        guard FilePaths.exists(spec.path) else {
            throw InputError(
                "cannot find the transcripts '\(folder)'", at: spec.declaredAt,
                help: "file: names a folder of transcripts (.txt, .md, .docx) or one transcript, relative to the manifest"
            )
        }
        var notes: [Diagnostic] = []
        var csvPath = participants.map(FilePaths.absolute)
        if csvPath == nil, FilePaths.isDirectory(spec.path), FilePaths.exists(spec.path + "/participants.csv") {
            csvPath = spec.path + "/participants.csv"
            notes.append(.note("using the participants CSV found beside the transcripts", at: SourceLocation(file: FilePaths.display(spec.path + "/participants.csv"))))
        }
        let table = try csvPath.map { path throws(InputError) in try ParticipantTable(path: path) }
        let listing = TranscriptFiles.list(spec.path, skipping: csvPath)
        guard !listing.entries.isEmpty else {
            throw InputError(
                "'\(folder)' holds no transcripts", at: spec.declaredAt,
                help: "transcripts are .txt, .md or .docx files\(listing.ignored.isEmpty ? "" : "; found only \(listing.ignored.prefix(5).joined(separator: ", "))")"
            )
        }
        let attributes = try InterviewDataset.attributes(spec, table: table)
        if !listing.ignored.isEmpty {
            notes.append(.note("left out \(listing.ignored.count) file(s) that are not transcripts: \(listing.ignored.prefix(8).joined(separator: ", "))", at: SourceLocation(file: folder)))
        }
        if table == nil {
            notes.append(.note("no participants CSV: quotes are attributed to participant ids, and there are no attributes", at: spec.declaredAt))
        }
        if spec.items?.isEmpty == false || spec.freeText != nil {
            notes.append(.warning("interviews data sets have no items or free_text columns; those listed are ignored", at: spec.declaredAt))
        }
        let loader = TranscriptLoader(
            rules: SpeakerRules(interviewers: interviewers, people: table?.people ?? []), interviewers: interviewers, table: table,
            byteLimit: options.byteLimit, xmlOptions: options.xml
        )
        var builder = InterviewDataset(spec: spec, table: table, attributes: attributes, interviewers: interviewers)
        builder.notes = notes
        for entry in listing.entries {
            let file = FilePaths.display(entry.path)
            let bytes: [UInt8]
            do throws(InputError) {
                bytes = try loader.bytes(of: entry, file: file)
            } catch {
                builder.refuse(error, name: entry.name, sha256: nil, file: file)
                continue
            }
            let sha256 = SHA256.hex(of: bytes)
            do throws(InputError) {
                builder.add(try loader.load(entry, bytes: bytes, sha256: sha256, file: file))
            } catch {
                builder.refuse(error, name: entry.name, sha256: sha256, file: file)
            }
        }
        return builder.finish(folder: folder)
    }
}
