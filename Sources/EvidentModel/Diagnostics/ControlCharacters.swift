/// Characters in data that must not reach a terminal or a published document as they are.
///
/// A terminal obeys C0 and C1 control characters (ESC starts sequences that retitle the window,
/// clear the screen or rewrite what was printed) and bidirectional overrides make text read in
/// another order than it is stored (U+202E, the "Trojan Source" trick). Data is free text from
/// other people, so everything printed to a terminal goes through `terminal(_:)`, and published
/// documents (HTML, Markdown, CSV) through `published(_:)`; `results.json` keeps the text as read.
public enum ControlCharacters {
    /// Bidirectional embedding, override and isolate controls, and the implicit marks.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    /// C0 (but tab and line feed), DEL, and C1.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    /// `text` safe to print: every control and bidirectional control shown as `<U+XXXX>`.
    public static func terminal(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) || isBidiControl($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) || isBidiControl(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: ("<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">").unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` safe to publish: bidirectional controls and C0/C1 controls (but tab, line feed and
    /// carriage return) removed, so a quote reads in the order it was written.
    public static func published(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ($0.value != 0x0D && isControl($0)) || isBidiControl($0) }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !(($0.value != 0x0D && isControl($0)) || isBidiControl($0)) }))
    }
}
