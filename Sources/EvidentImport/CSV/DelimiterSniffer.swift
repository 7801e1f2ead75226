/// Guesses the field separator from the first records of a file, counting separators outside
/// quotes: the candidate that splits the header into most fields while keeping the following
/// records at the header's field count wins; ties go to comma, then semicolon, then tab.
enum DelimiterSniffer {
    /// Records looked at after the header.
    static let sampleRecords = 20

    static func sniff(_ sample: ArraySlice<UInt8>, isWholeFile: Bool) -> Delimiter {
        var best = Delimiter.comma
        var bestScore = -1.0
        for candidate in Delimiter.allCases {
            let counts = fieldCounts(sample, delimiter: candidate.rawValue, isWholeFile: isWholeFile)
            guard let header = counts.first, header > 1 else { continue }
            let rest = counts.dropFirst()
            let consistent = rest.isEmpty ? 1 : Double(rest.filter { $0 == header }.count) / Double(rest.count)
            let score = consistent * 10_000 + Double(header)
            if score > bestScore {
                bestScore = score
                best = candidate
            }
        }
        return best
    }

    /// Field counts of the first records, ignoring blank lines and a record cut off by the end
    /// of the sample.
    private static func fieldCounts(_ sample: ArraySlice<UInt8>, delimiter: UInt8, isWholeFile: Bool) -> [Int] {
        var counts: [Int] = []
        var inQuotes = false
        var fields = 1
        var recordHasContent = false
        var previousWasCR = false
        for byte in sample {
            defer { previousWasCR = byte == 0x0D }
            if inQuotes {
                if byte == 0x22 { inQuotes = false }
                continue
            }
            switch byte {
            case 0x22:
                inQuotes = true
                recordHasContent = true
            case delimiter:
                fields += 1
                recordHasContent = true
            case 0x0A where previousWasCR:
                continue
            case 0x0A, 0x0D:
                if recordHasContent { counts.append(fields) }
                fields = 1
                recordHasContent = false
                if counts.count > sampleRecords { return counts }
            default:
                recordHasContent = true
            }
        }
        if isWholeFile, recordHasContent, !inQuotes { counts.append(fields) }
        return counts
    }
}
