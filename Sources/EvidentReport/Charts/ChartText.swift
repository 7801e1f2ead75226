/// Fitting label text into the room a chart has for it, without font metrics: widths are
/// estimated from the number of characters (0.56 em each, a fair average for system sans-serif
/// fonts), and long labels are wrapped at spaces and cut with an ellipsis.
enum ChartText {
    /// The estimated width of `text` at `fontSize`, in SVG units.
    static func width(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.56
    }

    /// How many characters fit in `width` at `fontSize`.
    static func characters(fitting width: Double, fontSize: Double) -> Int {
        max(Int(width / (fontSize * 0.56)), 4)
    }

    /// `text` with runs of whitespace (line breaks included) collapsed to single spaces and
    /// the ends trimmed.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `text` broken into at most `maxLines` lines of at most `maxCharacters` characters,
    /// at spaces where possible (a word longer than a line is broken inside); `shortened` is
    /// true when text had to be cut, in which case the last line ends with `…`.
    static func wrap(_ text: String, maxCharacters: Int, maxLines: Int) -> (lines: [String], shortened: Bool) {
        let width = max(maxCharacters, 2)
        var pieces: [Substring] = []
        for word in collapsed(text).split(separator: " ") {
            var rest = word
            while rest.count > width {
                pieces.append(rest.prefix(width))
                rest = rest.dropFirst(width)
            }
            if !rest.isEmpty { pieces.append(rest) }
        }
        var lines: [String] = []
        var current = ""
        for (index, piece) in pieces.enumerated() {
            let candidate = current.isEmpty ? String(piece) : current + " " + piece
            if candidate.count <= width {
                current = candidate
                continue
            }
            if lines.count + 1 == max(maxLines, 1) {
                let overflowing = ([current] + pieces[index...].map(String.init)).joined(separator: " ")
                lines.append(ellipsised(overflowing, maxCharacters: width))
                return (lines, true)
            }
            lines.append(current)
            current = String(piece)
        }
        if !current.isEmpty { lines.append(current) }
        return (lines, false)
    }

    /// The first `maxCharacters - 1` characters and `…`, cut at the last space instead when
    /// that keeps at least half the line, so words are not split.
    private static func ellipsised(_ line: String, maxCharacters: Int) -> String {
        var trimmed = String(line.prefix(maxCharacters - 1))
        let cutsWord = line.dropFirst(trimmed.count).first.map { $0 != " " } ?? false
        if cutsWord, let space = trimmed.lastIndex(of: " "), trimmed.distance(from: trimmed.startIndex, to: space) >= maxCharacters / 2 {
            trimmed = String(trimmed[..<space])
        }
        while trimmed.hasSuffix(" ") { trimmed.removeLast() }
        return trimmed + "…"
    }
}
