import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// What the chart tests check of every SVG: that it is well-formed XML with an `<svg>` root in
/// the SVG namespace, and, when `EVIDENT_RECORD_CHARTS` names a folder, a copy written there
/// so a changed golden can be reviewed (and pasted into the test on purpose).
enum SVGCheck {
    /// Parses `svg` with Foundation's `XMLParser` (libxml2 underneath); returns the parser's
    /// error, or nil when the document is well-formed and its root is a namespaced `<svg>`.
    static func wellFormedError(_ svg: String) -> String? {
        let parser = XMLParser(data: Data(svg.utf8))
        let delegate = RootRecorder()
        parser.delegate = delegate
        parser.shouldProcessNamespaces = true
        guard parser.parse() else {
            return parser.parserError.map { "\($0)" } ?? "not well-formed"
        }
        guard delegate.root == "svg", delegate.namespace == "http://www.w3.org/2000/svg" else {
            return "root is \(delegate.root ?? "missing") in \(delegate.namespace ?? "no namespace")"
        }
        return nil
    }

    /// Writes `svg` to `$EVIDENT_RECORD_CHARTS/<name>.svg` when that variable is set.
    static func record(_ svg: String, as name: String) {
        guard let folder = ProcessInfo.processInfo.environment["EVIDENT_RECORD_CHARTS"] else { return }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? Data(svg.utf8).write(to: URL(fileURLWithPath: folder + "/" + name + ".svg"))
    }

    /// Checks `svg` is well-formed, records it, and compares it with `golden` byte for byte.
    static func expect(_ svg: String, equals golden: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        record(svg, as: name)
        #expect(wellFormedError(svg) == nil, sourceLocation: sourceLocation)
        #expect(svg == golden, sourceLocation: sourceLocation)
    }
}

/// Remembers the root element's name and namespace.
private final class RootRecorder: NSObject, XMLParserDelegate {
    var root: String?
    var namespace: String?

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        guard root == nil else { return }
        root = elementName
        namespace = namespaceURI
    }
}
