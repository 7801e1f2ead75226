import EvidentModel

/// Every message about a transcript or the participants CSV, in one place, so tests can check
/// the exact text. Each is an `InputError`: what is wrong, where, and what to do.
enum TranscriptProblem {
    static let saveAgain = "open it in Word and save it as Word Document (.docx) or Plain Text (.txt), then run again"

    static func encrypted(_ file: String) -> InputError {
        InputError(
            "the Word file is password-protected, so it cannot be read", at: SourceLocation(file: file),
            help: "open it in Word, clear the password (File > Info > Protect Document > Encrypt with Password) and save it, or save a copy as Plain Text (.txt)"
        )
    }

    static func legacyWord(_ file: String) -> InputError {
        InputError("the file is a Word 97-2003 document (.doc), which cannot be read", at: SourceLocation(file: file), help: saveAgain)
    }

    static func notZip(_ file: String) -> InputError {
        InputError("the file is not a Word document: a .docx is a zip archive and this is not one", at: SourceLocation(file: file), help: saveAgain)
    }

    static func noDocumentPart(_ file: String) -> InputError {
        InputError("the .docx holds no word/document.xml, so it is not a Word document", at: SourceLocation(file: file), help: saveAgain)
    }

    static func damaged(_ file: String) -> InputError {
        InputError("cannot unpack word/document.xml: the .docx is damaged", at: SourceLocation(file: file), help: saveAgain)
    }

    static func unreadableXML(_ file: String, _ error: InputError) -> InputError {
        let line = error.location?.line.map { " (line \($0))" } ?? ""
        return InputError("word/document.xml cannot be read\(line): \(error.message)", at: SourceLocation(file: file), help: saveAgain)
    }

    static func tooLarge(_ file: String, limit: Int) -> InputError {
        InputError(
            "the transcript is larger than \(limit >> 20) MiB", at: SourceLocation(file: file),
            help: "a transcript this large is probably not one; split it, or check the file"
        )
    }

    static func unsupported(_ file: String, extension ext: String) -> InputError {
        InputError(".\(ext) transcripts cannot be read", at: SourceLocation(file: file), help: saveAgain)
    }

    static func cannotRead(_ file: String) -> InputError {
        InputError("cannot read the transcript", at: SourceLocation(file: file), help: "check that the file exists and is readable")
    }

    static func encoding(_ file: String, _ message: String, line: Int, column: Int) -> InputError {
        InputError(message, at: SourceLocation(file: file, line: line, column: column), help: "save the transcript again as UTF-8 text")
    }

    static func empty(_ file: String) -> InputError {
        InputError("the transcript is empty", at: SourceLocation(file: file), help: "check that the file holds the transcript")
    }

    static func noTurns(_ file: String) -> InputError {
        InputError(
            "no speaker turns found", at: SourceLocation(file: file),
            help: "start each turn on a new line with the speaker's label and a colon (\"Interviewer: …\", \"Parent: …\", \"P1: …\"), or make the speaker's name bold in Word"
        )
    }

    static func onlyInterviewers(_ file: String, labels: [String], interviewers: [String]) -> InputError {
        InputError(
            "every turn is an interviewer's (\(labels.joined(separator: ", "))), so there is nothing to code", at: SourceLocation(file: file),
            help: "interviewer labels are \(interviewers.joined(separator: ", ")); if someone else is speaking, change interviewers: in the manifest"
        )
    }

    static func missingParticipant(_ id: String, csv: String, at location: SourceLocation) -> InputError {
        InputError(
            "participant '\(id)' is not in \(csv)", at: location,
            help: "add a row for \(id) with a pseudonym to \(csv), or correct the transcript's participant; until then its quotes are attributed to '\(id)'"
        )
    }

    static func unknownSpeaker(_ label: String, participants: [String], at location: SourceLocation) -> InputError {
        InputError(
            "speaker '\(label)' is neither an interviewer nor one of this focus group's participants (\(participants.joined(separator: ", ")))",
            at: location,
            help: "label each participant's turns with their participant id, pseudonym or name; turns by '\(label)' are kept but not coded"
        )
    }

    /// The rejection reason of a refused transcript: the message, then what to do.
    static func reason(_ error: InputError) -> String {
        guard let help = error.help else { return error.message }
        return error.message + "; " + help
    }
}
