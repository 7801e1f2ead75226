public import EvidentModel

/// A REFI-QDA project (`.qdpx`) as read: its users, codebook, cases and text sources with their
/// coded selections. Offsets stay as the file gives them (Unicode scalars into the source's plain
/// text); mapping them to survey answers is `QDPXCodingMapper`'s job.
public struct QDAProject: Sendable {
    /// `Project@name`.
    public var name: String
    /// `Project@origin`: the tool that wrote the file, when it says.
    public var origin: String?
    public var users: [QDAUser]
    /// The project's codebook, `nil` when the file has none.
    public var codebook: QDACodebook?
    public var variables: [QDAVariable]
    public var cases: [QDACase]
    public var sources: [QDATextSource]
    /// Things the reader accepted but the user should know (a bare `plainTextPath`, a missing
    /// source file, media sources skipped).
    public var warnings: [Diagnostic]
    /// `project.qde` (or whichever `.qde` the archive held) as shown in messages, e.g.
    /// `demo.qdpx!project.qde`.
    public var file: String
    /// How the tool that wrote the file counts positions; the selections below are already
    /// converted from it to Unicode scalar offsets into their source's text.
    public var positions: QDAPositions = .standard

    public init(
        name: String, origin: String? = nil, users: [QDAUser] = [], codebook: QDACodebook? = nil,
        variables: [QDAVariable] = [], cases: [QDACase] = [], sources: [QDATextSource] = [],
        warnings: [Diagnostic] = [], file: String
    ) {
        self.name = name
        self.origin = origin
        self.users = users
        self.codebook = codebook
        self.variables = variables
        self.cases = cases
        self.sources = sources
        self.warnings = warnings
        self.file = file
    }

    /// The name a coder goes by: the user's `name`, else their `id`, else the GUID itself.
    public func coderName(forUser guid: String?) -> String? {
        guard let guid else { return nil }
        guard let user = users.first(where: { $0.guid.lowercased() == guid.lowercased() }) else { return guid }
        return user.name ?? user.id ?? user.guid
    }
}

/// `<User guid name id>`.
public struct QDAUser: Sendable, Hashable {
    public var guid: String
    public var name: String?
    public var id: String?

    public init(guid: String, name: String? = nil, id: String? = nil) {
        self.guid = guid
        self.name = name
        self.id = id
    }
}

/// `<Variable guid name typeOfVariable>`.
public struct QDAVariable: Sendable, Hashable {
    public var guid: String
    public var name: String
    public var type: String

    public init(guid: String, name: String, type: String) {
        self.guid = guid
        self.name = name
        self.type = type
    }
}

/// `<Case>`: a named case with its variable values and the selections and sources it covers.
public struct QDACase: Sendable, Hashable {
    public var guid: String
    public var name: String?
    /// Variable GUID → value as written.
    public var values: [String: String]
    public var sourceGUIDs: [String]
    public var selectionGUIDs: [String]

    public init(guid: String, name: String?, values: [String: String] = [:], sourceGUIDs: [String] = [], selectionGUIDs: [String] = []) {
        self.guid = guid
        self.name = name
        self.values = values
        self.sourceGUIDs = sourceGUIDs
        self.selectionGUIDs = selectionGUIDs
    }
}

/// `<TextSource>` with its plain text (when the archive holds it) and its selections.
public struct QDATextSource: Sendable {
    public var guid: String
    /// `@name`; tools that leave it out are given the file name of `plainTextPath`.
    public var name: String
    public var plainTextPath: String?
    /// The plain text, from `PlainTextContent` or the file `plainTextPath` names; `nil` when
    /// neither could be read (a warning says why).
    public var text: String?
    public var selections: [QDATextSelection]
    /// Where the `<TextSource>` tag starts in the `.qde`.
    public var line: Int

    public init(guid: String, name: String, plainTextPath: String?, text: String?, selections: [QDATextSelection] = [], line: Int) {
        self.guid = guid
        self.name = name
        self.plainTextPath = plainTextPath
        self.text = text
        self.selections = selections
        self.line = line
    }
}

/// `<PlainTextSelection>`: a span of a text source, in Unicode scalars, `start..<end`.
public struct QDATextSelection: Sendable, Hashable {
    public var guid: String
    public var name: String?
    public var start: Int
    public var end: Int
    public var creatingUser: String?
    public var codings: [QDACoding]
    public var line: Int

    public init(guid: String, name: String?, start: Int, end: Int, creatingUser: String?, codings: [QDACoding] = [], line: Int) {
        self.guid = guid
        self.name = name
        self.start = start
        self.end = end
        self.creatingUser = creatingUser
        self.codings = codings
        self.line = line
    }
}

/// `<Coding>`: one code applied to a selection, by a user.
public struct QDACoding: Sendable, Hashable {
    public var guid: String
    /// `CodeRef@targetGUID`.
    public var codeGUID: String
    /// The coding's own `creatingUser`, else its selection's.
    public var creatingUser: String?
    /// The coding's own `creatingUser` only.
    public var ownUser: String?
    public var line: Int

    public init(guid: String, codeGUID: String, creatingUser: String?, ownUser: String? = nil, line: Int) {
        self.guid = guid
        self.codeGUID = codeGUID
        self.creatingUser = creatingUser
        self.ownUser = ownUser
        self.line = line
    }
}
