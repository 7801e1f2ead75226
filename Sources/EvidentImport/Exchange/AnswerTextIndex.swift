import EvidentModel

/// Finds the answer a selection in another tool's document holds, by text: what a researcher
/// gets after pasting a survey export into NVivo, ATLAS.ti, MAXQDA or QualCoder and coding it
/// there. Text is compared with runs of white space made one space and ends trimmed (a tool may
/// turn line ends into CRLF or wrap a paragraph); case, punctuation and letters are compared
/// exactly.
///
/// A selection is matched, in this order, to the one answer whose whole text it is; to the one
/// answer that is the whole line around it (a document of one answer a line or paragraph); to
/// the one answer that holds it. Several answers that fit (a short "No" that many gave) are
/// told apart by the line around the selection; when they still tie, the selection is
/// ambiguous and reported, never guessed.
///
/// Memory is one normalised copy of every answer; building is O(total text), a whole-text or
/// whole-line match O(selection), a containment match O(total text).
struct AnswerTextIndex {
    struct Entry {
        var dataset: String
        var respondent: String
        var question: String
        /// The answer normalised, and for each of its scalars the offset in the answer it came from.
        var text: [Unicode.Scalar]
        var origins: [Int]
    }

    /// Where a selection lies: its answer, and its offsets in the answer's own text.
    struct Found: Equatable {
        var dataset: String
        var respondent: String
        var question: String
        var start: Int
        var end: Int
    }

    enum Match: Equatable {
        case found(Found)
        case none
        /// The selection fits this many answers.
        case several(Int)
    }

    private var entries: [Entry] = []
    private var exact: [String: [Int]] = [:]

    init(datasets: [Dataset]) {
        for dataset in datasets {
            for respondent in dataset.respondents {
                for (position, answer) in respondent.answers.enumerated() where position < dataset.questions.count {
                    let (text, origins) = Self.normalised(Array(answer.unicodeScalars)[...], base: 0)
                    guard !text.isEmpty else { continue }
                    exact[Self.key(text), default: []].append(entries.count)
                    entries.append(Entry(
                        dataset: dataset.id, respondent: respondent.id, question: dataset.questions[position].id, text: text, origins: origins
                    ))
                }
            }
        }
    }

    /// The answer the selection `start..<end` of a document (its scalars) holds.
    func match(_ start: Int, _ end: Int, in document: [Unicode.Scalar]) -> Match {
        let start = min(max(start, 0), document.count)
        let end = min(max(end, start), document.count)
        let (selected, _) = Self.normalised(document[start..<end], base: start)
        guard !selected.isEmpty else { return .none }
        var lineStart = start
        while lineStart > 0, document[lineStart - 1] != "\n" { lineStart -= 1 }
        var lineEnd = end
        while lineEnd < document.count, document[lineEnd] != "\n", document[lineEnd] != "\r" { lineEnd += 1 }
        let (line, _) = Self.normalised(document[lineStart..<lineEnd], base: lineStart)
        let whole = exact[Self.key(selected)] ?? []
        if whole.count == 1 { return found(whole[0], selected) }
        let lined = exact[Self.key(line)] ?? []
        if lined.count == 1 { return found(lined[0], selected) }
        if whole.count > 1 || lined.count > 1 { return .several(max(whole.count, lined.count)) }
        let holding = entries.indices.filter { Self.firstIndex(of: selected, in: entries[$0].text) != nil }
        if holding.count == 1 { return found(holding[0], selected) }
        guard holding.count > 1 else { return .none }
        let narrowed = holding.filter { Self.firstIndex(of: line, in: entries[$0].text) != nil }
        return narrowed.count == 1 ? found(narrowed[0], selected) : .several(holding.count)
    }

    private func found(_ index: Int, _ selected: [Unicode.Scalar]) -> Match {
        let entry = entries[index]
        guard let at = Self.firstIndex(of: selected, in: entry.text) else { return .none }
        return .found(Found(
            dataset: entry.dataset, respondent: entry.respondent, question: entry.question, start: entry.origins[at],
            end: entry.origins[at + selected.count - 1] + 1
        ))
    }

    /// White-space runs made one space, ends trimmed; each kept scalar's offset (from `base`).
    static func normalised(_ scalars: ArraySlice<Unicode.Scalar>, base: Int) -> ([Unicode.Scalar], [Int]) {
        var text: [Unicode.Scalar] = []
        var origins: [Int] = []
        var pendingSpace = false
        for (offset, scalar) in zip(scalars.indices, scalars) {
            if scalar.properties.isWhitespace {
                pendingSpace = !text.isEmpty
                continue
            }
            if pendingSpace {
                text.append(" ")
                origins.append(offset - 1 - base)
                pendingSpace = false
            }
            text.append(scalar)
            origins.append(offset - base)
        }
        return (text, origins)
    }

    private static func key(_ text: [Unicode.Scalar]) -> String {
        String(String.UnicodeScalarView(text))
    }

    /// Where `needle` first occurs in `haystack`.
    static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count, let first = needle.first else { return nil }
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
