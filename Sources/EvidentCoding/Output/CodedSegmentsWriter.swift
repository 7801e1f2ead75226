package import EvidentFormats
import EvidentModel

/// The one writer of `coded_segments.csv`, for `evident code` and `evident report` alike: one
/// row per coded segment and code — where the segment is (data set, respondent, question id,
/// segment index, Unicode scalar offsets into the answer), the code, and every pattern that
/// matched with its token span (`pattern@first-last`, tokens 0-based within the segment,
/// `; `-separated). It holds positions only, never the text, so it is safe to share. Questions
/// are named by id (`q1`, `q2`… in the data set's `free_text` order); their text is written
/// once, in `questions.csv` beside it (`CodedSegmentsWriter+Questions.swift`; contract:
/// docs/coded-segments.md).
///
/// Rows are rendered straight from the engine's flat records (`CodedRecords`), on the worker
/// that coded them, because a study can have millions: the same bytes as `CSVTable` renders
/// (RFC 4180, CRLF, formula-safe; a test holds them equal). Each code id's cell is rendered
/// once, when the writer is made; an answer's leading cells (data set, respondent, question id)
/// once per answer; rows go into a `ByteBuffer`.
package struct CodedSegmentsWriter: Sendable {
    /// Code `c`'s id as a CSV cell is `codeCells[codeCellStart[c]..<codeCellStart[c + 1]]`.
    private let codeCells: [UInt8]
    private let codeCellStart: [Int]
    /// Pattern `p`'s UTF-8 is `patterns[patternStart[p]..<patternStart[p + 1]]`.
    private let patterns: [UInt8]
    private let patternStart: [Int]

    package init(engine: CodingEngine) {
        var cells: [UInt8] = []
        var cellStart = [0]
        for id in engine.codeIDs {
            CSVTable.append(.text(ControlCharacters.published(id)), to: &cells)
            cellStart.append(cells.count)
        }
        var patterns: [UInt8] = []
        var patternStart = [0]
        for pattern in engine.patternTexts {
            patterns.append(contentsOf: ControlCharacters.published(pattern).utf8)
            patternStart.append(patterns.count)
        }
        codeCells = cells
        codeCellStart = cellStart
        self.patterns = patterns
        self.patternStart = patternStart
    }

    /// Scratch for rendering: the answer's leading cells and one matches cell.
    package struct Scratch: ~Copyable {
        var prefix = ByteBuffer(capacity: 256)
        var matches = ByteBuffer(capacity: 256)

        package init() {}
    }

    /// Appends one row per record in `records`, all from one answer (`dataset`, `respondent`,
    /// and the data set's free-text question at 0-based `question`). O(bytes written).
    package func append(
        _ records: CodedRecords, dataset: String, respondent: String, question: Int, to bytes: inout ByteBuffer,
        scratch: inout Scratch
    ) {
        guard !records.segments.isEmpty else { return }
        Self.putLeadingCells(dataset, respondent, question: question, into: &scratch.prefix)
        codeCells.withUnsafeBufferPointer { codeCells in
            patterns.withUnsafeBufferPointer { patterns in
                records.matches.withUnsafeBufferPointer { matches in
                    for segment in records.segments {
                        scratch.matches.removeAll()
                        for index in segment.matchStart..<segment.matchEnd {
                            let match = matches[index]
                            Self.putMatch(
                                pattern: UnsafeBufferPointer(
                                    rebasing: patterns[patternStart[match.pattern]..<patternStart[match.pattern + 1]]),
                                first: match.firstToken, last: match.lastToken, isFirst: index == segment.matchStart,
                                into: &scratch.matches)
                        }
                        Self.putRow(
                            prefix: scratch.prefix, segmentIndex: segment.segmentIndex, start: segment.start,
                            end: segment.end,
                            codeCell: UnsafeBufferPointer(
                                rebasing: codeCells[codeCellStart[segment.code]..<codeCellStart[segment.code + 1]]),
                            matches: scratch.matches, into: &bytes)
                    }
                }
            }
        }
    }
}
