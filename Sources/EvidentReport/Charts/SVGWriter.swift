import EvidentFormats

/// Writes SVG text element by element, so charts never concatenate markup by hand.
///
/// Attributes are written in the order given; every text node and attribute value is
/// XML-escaped (`&`, `<`, `>`, `"`, `'`), and characters XML 1.0 cannot hold (control
/// characters other than tab and line breaks, U+FFFE, U+FFFF) become U+FFFD. Elements are
/// indented two spaces per level with one element per line, so the output diffs well and is
/// identical on every run. An attribute given as `nil` is left out.
struct SVGWriter: Sendable {
    /// The family list every chart uses: the reader's system interface font, then common
    /// fallbacks. No quotes, so it needs no escaping in an attribute.
    static let fontFamily = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif"

    /// The text written so far.
    private(set) var output = ""
    private var openElements: [String] = []

    /// Starts an SVG document that works both inline in HTML and as a standalone `.svg` file:
    /// the SVG namespace, a `viewBox` (so it scales) with matching `width` and `height`,
    /// `role="img"` labelled by its `<title>` and `<desc>`, the system font stack, and a white
    /// background. `id` prefixes the title and description ids, so several charts can sit in
    /// one HTML page; it is reduced to `A–Z a–z 0–9 - _`.
    init(id: String, width: Double, height: Double, title: String, description: String) {
        let prefix = Self.safeID(id)
        open("svg", [
            "xmlns": "http://www.w3.org/2000/svg",
            "viewBox": "0 0 \(ChartNumber.coordinate(width)) \(ChartNumber.coordinate(height))",
            "width": .number(width), "height": .number(height),
            "role": "img", "aria-labelledby": "\(prefix)-title \(prefix)-desc",
            "font-family": .text(Self.fontFamily), "font-size": 12, "fill": .text(ChartPalette.text),
        ])
        element("title", ["id": "\(prefix)-title"], text: title)
        element("desc", ["id": "\(prefix)-desc"], text: description)
        element("rect", ["width": .number(width), "height": .number(height), "fill": "#ffffff"])
    }

    /// Opens `<name …>`; every later element is its child until ``close()``.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, SVGValue?> = [:]) {
        startLine()
        output += "<" + name
        writeAttributes(attributes)
        output += ">\n"
        openElements.append(name)
    }

    /// Closes the innermost open element.
    mutating func close() {
        guard let name = openElements.popLast() else { return }
        startLine()
        output += "</" + name + ">\n"
    }

    /// A complete element: `<name …/>`, or `<name …>text</name>` when `text` is given.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, SVGValue?> = [:], text: String? = nil) {
        startLine()
        output += "<" + name
        writeAttributes(attributes)
        if let text {
            output += ">" + XMLEscape.text(text) + "</" + name + ">\n"
        } else {
            output += "/>\n"
        }
    }

    /// A `<text>` element with one `<title>` child, so a hover shows `tooltip` (the full
    /// text of a label that was shortened). Written on one line: whitespace inside `<text>`
    /// would be drawn.
    mutating func text(_ text: String, tooltip: String, _ attributes: KeyValuePairs<String, SVGValue?>) {
        startLine()
        output += "<text"
        writeAttributes(attributes)
        output += "><title>" + XMLEscape.text(tooltip) + "</title>" + XMLEscape.text(text) + "</text>\n"
    }

    /// The finished document: every element still open is closed.
    mutating func finish() -> String {
        while !openElements.isEmpty { close() }
        return output
    }

    /// An id made of ASCII letters, digits, `-` and `_` only, starting with a letter.
    static func safeID(_ id: String) -> String {
        var safe = ""
        for scalar in id.unicodeScalars {
            let ok = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "_"
            safe.unicodeScalars.append(ok ? scalar : "-")
        }
        guard let first = safe.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) else {
            return "chart-" + safe
        }
        return safe
    }

    private mutating func startLine() {
        output += String(repeating: "  ", count: openElements.count)
    }

    private mutating func writeAttributes(_ attributes: KeyValuePairs<String, SVGValue?>) {
        for (name, value) in attributes {
            guard let value else { continue }
            output += " " + name + "=\"" + value.rendered + "\""
        }
    }
}
