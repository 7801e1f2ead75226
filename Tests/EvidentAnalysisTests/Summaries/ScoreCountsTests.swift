import Testing

@testable import EvidentAnalysis

/// Statistics from counts of each score equal, bit for bit, the same statistics computed the
/// way they were before counts existed — from the sample itself, sorted, summed one value at a
/// time (the references below are that code, kept here as the definition).
@Suite("Score counts")
struct ScoreCountsTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Scores as a scale reads them: whole numbers, halves, a few two-decimal values.
    static func sample(_ random: inout Generator) -> [Double] {
        (0..<Int.random(in: 0...300, using: &random)).map { _ in
            switch Int.random(in: 0..<10, using: &random) {
            case 0: Double(Int.random(in: 0...200, using: &random)) / 2
            case 1: Double(Int.random(in: 0...10_000, using: &random)) / 100
            default: Double(Int.random(in: 0...10, using: &random) * 10)
            }
        }
    }

    /// The mean and standard deviation as computed from the sorted sample before.
    static func reference(_ values: [Double]) -> (mean: Double?, sd: Double?) {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return (nil, nil) }
        let n = Double(sorted.count)
        let average = sorted.reduce(0, +) / n
        guard sorted.count >= 2 else { return (average, nil) }
        let squares = sorted.reduce(0) { $0 + ($1 - average) * ($1 - average) }
        return (average, (squares / (n - 1)).squareRoot())
    }

    /// U and p as computed before: the pooled sample sorted and its runs of ties walked.
    static func referenceU(_ first: [Double], _ second: [Double]) -> (u: Double, tie: Double) {
        var pooled = first.map { ($0, true) } + second.map { ($0, false) }
        pooled.sort { $0.0 < $1.0 }
        var rankSum = 0.0
        var tieSum = 0.0
        var start = 0
        while start < pooled.count {
            var end = start + 1
            while end < pooled.count && pooled[end].0 == pooled[start].0 { end += 1 }
            let midrank = Double(start + 1 + end) / 2
            rankSum += midrank * Double(pooled[start..<end].filter(\.1).count)
            let size = Double(end - start)
            tieSum += size * size * size - size
            start = end
        }
        return (rankSum - Double(first.count) * Double(first.count + 1) / 2, tieSum)
    }

    @Test("summary, quartiles, Mann–Whitney and Welch from counts are those of the sample, bit for bit")
    func bitForBit() {
        var random = Generator(state: 42)
        for _ in 0..<300 {
            let first = Self.sample(&random)
            let second = Self.sample(&random)
            let counts = ScoreCounts(first.shuffled(using: &random))
            #expect(counts.total == first.count)
            #expect(counts.sorted == first.sorted())
            let summary = Summary(counts)
            let reference = Self.reference(first)
            #expect(summary.mean?.bitPattern == reference.mean?.bitPattern)
            #expect(summary.standardDeviation?.bitPattern == reference.sd?.bitPattern)
            #expect(summary.median == Summary.quantile(ofSorted: first.sorted(), 0.5))
            #expect(summary.lowerQuartile == Summary.quantile(ofSorted: first.sorted(), 0.25))
            #expect(summary.upperQuartile == Summary.quantile(ofSorted: first.sorted(), 0.75))
            guard !first.isEmpty, !second.isEmpty else { continue }
            let test = MannWhitney.test(ScoreCounts(second), counts)
            #expect(test.u?.bitPattern == Self.referenceU(second, first).u.bitPattern)
            #expect(TTest.welch(counts, ScoreCounts(second)) == TTest.welch(first, second))
        }
    }

    @Test("tallies merge by adding, in any order")
    func merging() {
        var random = Generator(state: 7)
        let scores = Self.sample(&random) + Self.sample(&random)
        var parts = [ScoreCounts(), ScoreCounts(), ScoreCounts()]
        for score in scores { parts[Int.random(in: 0..<3, using: &random)].add(score) }
        var merged = ScoreCounts()
        for part in parts.shuffled(using: &random) { merged.merge(part) }
        #expect(merged == ScoreCounts(scores))
        #expect(merged.count { $0 >= 70 } == scores.filter { $0 >= 70 }.count)
    }

    @Test("Cronbach's moments merge into the alpha of all the rows")
    func cronbachMerges() {
        var random = Generator(state: 3)
        let rows: [[Double?]] = (0..<200).map { _ in
            (0..<4).map { _ in Int.random(in: 0..<8, using: &random) == 0 ? nil : Double(Int.random(in: 0...10, using: &random)) }
        }
        var first = CronbachMoments(items: 4)
        var second = CronbachMoments(items: 4)
        for (index, row) in rows.enumerated() {
            if index % 3 == 0 { first.add(row) } else { second.add(row) }
        }
        second.merge(first)
        #expect(second.alpha == Cronbach.alpha(rows))
        #expect(second.respondents == rows.filter { $0.allSatisfy { $0 != nil } }.count)
    }
}
