import EvidentCoding

/// Renders `coded_segments.csv` rows straight from the engine's flat records (`CodedRecords`),
/// for `evident code`, which writes millions of them: the same bytes as `CodedSegmentsTable`
/// renders from the equivalent `CodedSegment`s (a test holds them equal), without building
/// those. Each code id's cell is rendered once, when the writer is made; an answer's leading
/// cells (data set, respondent, question) once per answer; rows go into a `ByteBuffer`.
struct CodedRecordsWriter: Sendable {
    /// Code `c`'s id as a CSV cell is `codeCells[codeCellStart[c]..<codeCellStart[c + 1]]`.
    private let codeCells: [UInt8]
    private let codeCellStart: [Int]
    /// Pattern `p`'s UTF-8 is `patterns[patternStart[p]..<patternStart[p + 1]]`.
    private let patterns: [UInt8]
    private let patternStart: [Int]

    init(engine: CodingEngine) {
        var cells: [UInt8] = []
        var cellStart = [0]
        for id in engine.codeIDs {
            CSVTable.append(.text(id), to: &cells)
            cellStart.append(cells.count)
        }
        var patterns: [UInt8] = []
        var patternStart = [0]
        for pattern in engine.patternTexts {
            patterns.append(contentsOf: pattern.utf8)
            patternStart.append(patterns.count)
        }
        codeCells = cells
        codeCellStart = cellStart
        self.patterns = patterns
        self.patternStart = patternStart
    }

    /// Scratch for rendering: the answer's leading cells and one matches cell.
    struct Scratch: ~Copyable {
        var prefix = ByteBuffer(capacity: 256)
        var matches = ByteBuffer(capacity: 256)
    }

    /// Appends one row per record in `records`, all from one answer (`dataset`, `respondent`,
    /// `question`). O(bytes written).
    func append(
        _ records: CodedRecords, dataset: String, respondent: String, question: String, to bytes: inout ByteBuffer,
        scratch: inout Scratch
    ) {
        guard !records.segments.isEmpty else { return }
        CodedSegmentsTable.putLeadingCells(dataset, respondent, question, into: &scratch.prefix)
        codeCells.withUnsafeBufferPointer { codeCells in
            patterns.withUnsafeBufferPointer { patterns in
                records.matches.withUnsafeBufferPointer { matches in
                    for segment in records.segments {
                        scratch.matches.removeAll()
                        for index in segment.matchStart..<segment.matchEnd {
                            let match = matches[index]
                            CodedSegmentsTable.putMatch(
                                pattern: UnsafeBufferPointer(
                                    rebasing: patterns[patternStart[match.pattern]..<patternStart[match.pattern + 1]]),
                                first: match.firstToken, last: match.lastToken, isFirst: index == segment.matchStart,
                                into: &scratch.matches)
                        }
                        CodedSegmentsTable.putRow(
                            prefix: scratch.prefix, segmentIndex: segment.segmentIndex, start: segment.start,
                            end: segment.end,
                            codeCell: UnsafeBufferPointer(
                                rebasing: codeCells[codeCellStart[segment.code]..<codeCellStart[segment.code + 1]]),
                            codeText: nil, matches: scratch.matches, into: &bytes)
                    }
                }
            }
        }
    }
}
