import EvidentCoding

/// Renders `coded_segments.csv` rows straight from the engine's flat records (`CodedRecords`),
/// for `evident code`, which writes millions of them: the same bytes as `CodedSegmentsTable`
/// renders from the equivalent `CodedSegment`s (a test holds them equal), without building
/// those. Each code id's cell is rendered once, when the writer is made; an answer's leading
/// cells (data set, respondent, question) once per answer.
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
    struct Scratch {
        var prefix: [UInt8] = []
        var matches: [UInt8] = []
    }

    /// Appends one row per record in `records`, all from one answer (`dataset`, `respondent`,
    /// `question`). O(bytes written).
    func append(
        _ records: CodedRecords, dataset: String, respondent: String, question: String, to bytes: inout [UInt8],
        scratch: inout Scratch
    ) {
        guard !records.segments.isEmpty else { return }
        scratch.prefix.removeAll(keepingCapacity: true)
        CodedSegmentsTable.appendText(dataset, to: &scratch.prefix)
        scratch.prefix.append(0x2C)
        CodedSegmentsTable.appendText(respondent, to: &scratch.prefix)
        scratch.prefix.append(0x2C)
        CodedSegmentsTable.appendText(question, to: &scratch.prefix)
        scratch.prefix.append(0x2C)
        codeCells.withUnsafeBufferPointer { codeCells in
            patterns.withUnsafeBufferPointer { patterns in
                records.matches.withUnsafeBufferPointer { matches in
                    for segment in records.segments {
                        bytes.append(contentsOf: scratch.prefix)
                        CodedSegmentsTable.appendDecimal(segment.segmentIndex, to: &bytes)
                        bytes.append(0x2C)
                        CodedSegmentsTable.appendDecimal(segment.start, to: &bytes)
                        bytes.append(0x2C)
                        CodedSegmentsTable.appendDecimal(segment.end, to: &bytes)
                        bytes.append(0x2C)
                        bytes.append(contentsOf: UnsafeBufferPointer(
                            rebasing: codeCells[codeCellStart[segment.code]..<codeCellStart[segment.code + 1]]))
                        bytes.append(0x2C)
                        scratch.matches.removeAll(keepingCapacity: true)
                        for index in segment.matchStart..<segment.matchEnd {
                            let match = matches[index]
                            if index > segment.matchStart {
                                scratch.matches.append(0x3B)
                                scratch.matches.append(0x20)
                            }
                            scratch.matches.append(contentsOf: UnsafeBufferPointer(
                                rebasing: patterns[patternStart[match.pattern]..<patternStart[match.pattern + 1]]))
                            scratch.matches.append(0x40)
                            CodedSegmentsTable.appendDecimal(match.firstToken, to: &scratch.matches)
                            scratch.matches.append(0x2D)
                            CodedSegmentsTable.appendDecimal(match.lastToken, to: &scratch.matches)
                        }
                        scratch.matches.withUnsafeBufferPointer { CodedSegmentsTable.appendText(utf8: $0, to: &bytes) }
                        bytes.append(0x0D)
                        bytes.append(0x0A)
                    }
                }
            }
        }
    }
}
