import EvidentCoding
import EvidentModel

/// FNV-1a (64-bit) over every field of every coded segment, each field ended by a separator so
/// that no two different sequences of fields hash the same bytes.
struct Digest {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    var hex: String {
        let text = String(state, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }

    mutating func add(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0xFF)
    }

    mutating func add(_ number: Int) {
        var value = UInt64(bitPattern: Int64(number))
        for _ in 0..<8 {
            mix(UInt8(truncatingIfNeeded: value))
            value >>= 8
        }
        mix(0xFE)
    }

    mutating func add(_ segment: CodedSegment) {
        add(segment.dataset)
        add(segment.respondent)
        add(segment.question)
        add(segment.segmentIndex)
        add(segment.start)
        add(segment.end)
        add(segment.codeID)
        add(segment.matches.count)
        for match in segment.matches {
            add(match.pattern)
            add(match.firstToken)
            add(match.lastToken)
            add(match.start)
            add(match.end)
        }
    }

    @inline(__always)
    private mutating func mix(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// One segment as a line, for diffing two dumps.
    static func line(_ index: Int, _ segment: CodedSegment) -> String {
        let matches = segment.matches.map { "\($0.pattern)@\($0.firstToken)-\($0.lastToken)/\($0.start)-\($0.end)" }
        return "\(index)\t\(segment.dataset)\t\(segment.respondent)\t\(segment.question)\t\(segment.segmentIndex)"
            + "\t\(segment.start)-\(segment.end)\t\(segment.codeID)\t\(matches.joined(separator: " | "))"
    }
}

/// How the digest calls the engine: one plain call per answer, or (`--scratch`) appending to one
/// array with a reused `CodingScratch`, as a worker of a parallel loop would.
struct Coder {
    let usesScratch: Bool
    private var scratch = CodingScratch()

    init(usesScratch: Bool) {
        self.usesScratch = usesScratch
    }

    var mode: String { usesScratch ? "code(into:using:)" : "code" }

    mutating func code(_ engine: CodingEngine, _ unit: Unit) -> [CodedSegment] {
        guard usesScratch else {
            return engine.code(unit.text, dataset: unit.dataset, kind: unit.kind, respondent: unit.respondent, question: unit.question)
        }
        var coded: [CodedSegment] = []
        engine.code(unit.text, dataset: unit.dataset, kind: unit.kind, respondent: unit.respondent, question: unit.question,
                    into: &coded, using: &scratch)
        return coded
    }

    /// The number of coded segments, appended to one reused array (no array per answer).
    mutating func count(_ engine: CodingEngine, _ units: [Unit]) -> Int {
        guard usesScratch else { return units.reduce(0) { $0 + code(engine, $1).count } }
        var coded: [CodedSegment] = []
        var total = 0
        for unit in units {
            engine.code(unit.text, dataset: unit.dataset, kind: unit.kind, respondent: unit.respondent,
                        question: unit.question, into: &coded, using: &scratch)
            if coded.count > 4_096 {
                total += coded.count
                coded.removeAll(keepingCapacity: true)
            }
        }
        return total + coded.count
    }
}
