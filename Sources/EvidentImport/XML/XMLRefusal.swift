import EvidentModel

/// Something in an XML file that the hardened reader will not do, and so refuses the file for:
/// declare entities (the billion-laughs bomb), name external resources (external entities,
/// an external DTD), carry text or nesting beyond the reader's limits, or hold nothing at all.
///
/// Each refusal becomes one `InputError` naming the file, where the construct begins and what
/// was refused. Nothing named is ever opened: the refusal happens when the parser meets the
/// declaration, before any reference to it.
enum XMLRefusal: Sendable, Hashable {
    /// `<!ENTITY name "…">` (or `<!ENTITY % name "…">`): an entity of the file's own.
    case internalEntity(name: String)
    /// `<!ENTITY name SYSTEM "…">` / `PUBLIC "…" "…"`: an entity read from elsewhere.
    case externalEntity(name: String, systemID: String)
    /// `<!DOCTYPE root SYSTEM "…">` / `PUBLIC "…" "…"`: a DTD read from elsewhere.
    case externalDTD(systemID: String)
    /// A request to load a resource that reached the reader's entity loader.
    case externalResource(url: String)
    /// A reference to an entity the file declared but the reader refused to define.
    case entityReference(name: String)
    /// One run of text longer than the reader's limit.
    case textTooLong(limit: Int)
    /// Elements nested deeper than the reader's limit.
    case tooDeep(limit: Int)
    /// A file with no bytes at all.
    case emptyFile

    /// The refusal as the user sees it.
    func error(at location: SourceLocation) -> InputError {
        switch self {
        case .internalEntity(let name):
            InputError(
                "refused entity declaration '\(name)': only the five built-in XML entities are allowed",
                at: location,
                help: "entities are never expanded (an entity bomb would grow without limit); write the text out in full"
            )
        case .externalEntity(let name, let systemID):
            InputError(
                "refused external entity '\(name)' (SYSTEM \"\(systemID)\"): files and URLs named inside XML are never read",
                at: location,
                help: "write the text out in full instead of pointing at another resource"
            )
        case .externalDTD(let systemID):
            InputError(
                "refused external DTD \"\(systemID)\": DTDs are never loaded",
                at: location,
                help: "remove the DOCTYPE line; the reader needs no DTD"
            )
        case .externalResource(let url):
            InputError(
                "refused to load external resource \"\(url)\": files and URLs named inside XML are never read",
                at: location
            )
        case .entityReference(let name):
            InputError(
                "refused entity reference '&\(name);': only the five built-in XML entities are allowed",
                at: location,
                help: "write the text out in full"
            )
        case .textTooLong(let limit):
            InputError(
                "text longer than \(limit / (1 << 20)) MiB in one element",
                at: location,
                help: "text this long is not a survey answer or a story; check the file is the export named in the manifest"
            )
        case .tooDeep(let limit):
            InputError(
                "elements nested deeper than \(limit) levels",
                at: location,
                help: "no survey export or story collection nests this deep; check the file is the export named in the manifest"
            )
        case .emptyFile:
            InputError("the file is empty", at: SourceLocation(file: location.file), help: "check the file is the export named in the manifest")
        }
    }
}
