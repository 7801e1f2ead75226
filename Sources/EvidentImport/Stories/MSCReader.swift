import EvidentModel

/// Reads the suite's Most Significant Change format (`msc-xml`, specs/msc-xml.md) in one pass:
/// the collection's name, its declared domains, and every `<story>` as met, rules unchecked.
///
/// Text-valued elements (`title`, `text`, `significance`, `reason`, `domain`) are read with
/// leading and trailing white space removed (the indentation of a hand-written file), inner
/// text kept exactly; text inside child markup of those elements is kept too. Unknown elements
/// are skipped with one warning per name; unknown attributes are ignored.
struct MSCReader {
    /// What the file held.
    struct Contents {
        var name: String?
        var domains: [StoryDomain]
        var entries: [StoryChecker.Entry]
        /// `<story>` start tags met, counted as they were read.
        var storiesMet: Int
        var diagnostics: [Diagnostic]
        var encoding: String
        var sha256: String
    }

    /// The element whose text is being gathered, and where its text goes.
    private enum Field {
        case domain(id: String?)
        case title, text, significance, reason, consent
    }

    /// The child of `<msc-stories>` being read.
    private enum Container {
        case domains, story, other
    }

    private let displayPath: String
    private var contents: Contents
    private var story: StoryCandidate?
    private var field: (kind: Field, depth: Int)?
    private var fieldText = ""
    private var selection: Selection?
    private var depth = 0
    private var container = Container.other
    private var warnedAbout: Set<String> = []

    private init(displayPath: String) {
        self.displayPath = displayPath
        contents = Contents(name: nil, domains: [], entries: [], storiesMet: 0, diagnostics: [], encoding: "utf-8", sha256: "")
    }

    /// Reads `path`; throws when it is not well-formed, is refused by the hardened reader, or
    /// does not start with `<msc-stories>`.
    static func read(path: String, displayPath: String, options: XMLStreamReader.Options) throws(InputError) -> Contents {
        let reader = try XMLStreamReader(path: path, displayPath: displayPath, options: options)
        guard case .start(let root)? = try reader.nextSignificant() else {
            throw InputError("the file holds no XML element", at: SourceLocation(file: displayPath))
        }
        guard root.name == "msc-stories" else {
            throw InputError(
                "an msc-xml file starts with <msc-stories>, but this file starts with <\(root.name)>",
                at: SourceLocation(file: displayPath, line: root.line, column: root.column),
                help: "check the manifest's format for this file (specs/msc-xml.md)"
            )
        }
        var state = MSCReader(displayPath: displayPath)
        state.contents.name = root[attribute: "collection"]
        state.depth = 1
        while let event = try reader.next() {
            switch event {
            case .start(let start): state.start(start)
            case .text(let text, _): if state.field != nil { state.fieldText += text }
            case .end: state.end()
            }
        }
        state.contents.encoding = reader.encoding
        state.contents.sha256 = reader.sha256
        state.contents.diagnostics += reader.warnings
        return state.contents
    }

    private mutating func start(_ element: XMLElementStart) {
        depth += 1
        guard field == nil else { return }  // markup inside a text-valued element: keep its text
        switch depth {
        case 2:
            switch element.name {
            case "domains":
                container = .domains
            case "story":
                container = .story
                contents.storiesMet += 1
                var candidate = StoryCandidate(file: displayPath, line: element.line)
                candidate.id = element[attribute: "id"]
                candidate.domain = element[attribute: "domain"]
                candidate.collected = element[attribute: "collected"]
                story = candidate
            default:
                container = .other
                warnUnknown(element)
            }
        case 3 where container == .domains && element.name == "domain":
            begin(.domain(id: element[attribute: "id"]))
        case 3 where container == .story:
            switch element.name {
            case "title": begin(.title)
            case "text": begin(.text)
            case "significance": begin(.significance)
            case "consent": begin(.consent)
            case "storyteller":
                story?.storyteller = Storyteller(
                    group: element[attribute: "group"], role: element[attribute: "role"], name: element[attribute: "name"]
                )
            case "selection":
                selection = Selection(level: element[attribute: "level"] ?? "", selected: decision(element))
            default:
                warnUnknown(element)
            }
        case 4 where selection != nil && element.name == "reason":
            begin(.reason)
        default:
            if container != .other { warnUnknown(element) }
        }
    }

    private mutating func end() {
        defer { depth -= 1 }
        if let open = field, open.depth == depth {
            finish(open.kind, text: fieldText.trimmedWhitespace)
            field = nil
            fieldText = ""
            return
        }
        guard field == nil else { return }
        if depth == 3, let finished = selection {
            story?.selections.append(finished)
            selection = nil
        } else if depth == 2 {
            if let finished = story { contents.entries.append(.story(finished)) }
            story = nil
            container = .other
        }
    }

    private mutating func begin(_ kind: Field) {
        field = (kind, depth)
        fieldText = ""
    }

    private mutating func finish(_ kind: Field, text: String) {
        switch kind {
        case .domain(let id):
            guard let id = StoryCandidate.nonBlank(id) else {
                contents.diagnostics.append(.warning("domain '\(text)' has no id and was skipped", at: SourceLocation(file: displayPath, line: nil), kind: "domain without id"))
                return
            }
            contents.domains.append(StoryDomain(id: id, label: text))
        case .title:
            if story?.title == nil { story?.title = text }
        case .text:
            if story?.text == nil {
                story?.text = text
            } else if let story {
                contents.diagnostics.append(.warning(
                    "story '\(story.id ?? "")' has more than one <text>; the first is kept",
                    at: SourceLocation(file: displayPath, line: story.line)
                ))
            }
        case .significance:
            if story?.significance == nil { story?.significance = text }
        case .reason: selection?.reasons.append(text)
        case .consent: story?.consent = text
        }
    }

    /// `selected="true"` / `"false"` (yes/no and 1/0 too); absent or unreadable is "not recorded".
    private mutating func decision(_ element: XMLElementStart) -> Bool? {
        guard let raw = element[attribute: "selected"] else { return nil }
        if let value = StoryCandidate.decision(raw) { return value }
        contents.diagnostics.append(.warning(
            "selected=\"\(raw)\" is not true or false; the panel's decision is read as not recorded",
            at: SourceLocation(file: displayPath, line: element.line, column: element.column)
        ))
        return nil
    }

    private mutating func warnUnknown(_ element: XMLElementStart) {
        guard !warnedAbout.contains(element.name) else { return }
        warnedAbout.insert(element.name)
        contents.diagnostics.append(.warning(
            "element <\(element.name)> is not part of msc-xml and was skipped",
            at: SourceLocation(file: displayPath, line: element.line, column: element.column)
        ))
    }
}
