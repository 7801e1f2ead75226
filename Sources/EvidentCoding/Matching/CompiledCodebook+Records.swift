import EvidentModel

extension CompiledCodebook {
    /// Turns the surviving matches of one segment into one record per code that applies to the
    /// data set, in code order, each with its matches in order of position, then pattern (a
    /// match found twice, by two routes to the same pattern and tokens, recorded once).
    func append(
        segment index: Int, span: Segmenter.Span, context: AnswerContext, scratch: inout MatchScratch,
        into coded: inout CodedRecords
    ) {
        var kept = 0
        for position in 0..<scratch.matches.count where scratch.excludedStamp[Int(scratch.matches[position].code)] != scratch.stamp {
            scratch.matches[kept] = scratch.matches[position]
            kept += 1
        }
        guard kept > 0 else { return }
        scratch.matches.truncate(to: kept)
        let matches = scratch.matches.items
        if kept > 1 { Self.sort(matches) }
        let tokens = scratch.tokens.base
        var start = 0
        while start < kept {
            let code = matches[start].code
            var end = start + 1
            while end < kept, matches[end].code == code { end += 1 }
            defer { start = end }
            guard applies(code: Int(code), context: context, scratch: &scratch) else { continue }
            let patternBase = patternStart[Int(code)]
            let matchStart = coded.matches.count
            for position in start..<end where position == start || matches[position - 1] != matches[position] {
                let match = matches[position]
                coded.append(CodedRecords.Match(
                    pattern: patternBase + Int(match.pattern), firstToken: Int(match.first), lastToken: Int(match.last),
                    start: tokens[Int(match.first)].start, end: tokens[Int(match.last)].end))
            }
            coded.appendSegment(index: index, start: span.start, end: span.end, code: Int(code), matchStart: matchStart)
        }
    }

    /// Sorts a segment's matches: insertion sort for the few a segment usually has.
    private static func sort(_ matches: UnsafeMutableBufferPointer<MatchScratch.Match>) {
        guard matches.count <= 16 else {
            var matches = matches
            matches.sort()
            return
        }
        for index in 1..<matches.count {
            let match = matches[index]
            var position = index
            while position > 0, match < matches[position - 1] {
                matches[position] = matches[position - 1]
                position -= 1
            }
            matches[position] = match
        }
    }

    /// Whether code `code` applies to the answer's data set, remembered in the scratch for as long
    /// as the data set stays the same.
    @inline(__always)
    private func applies(code: Int, context: AnswerContext, scratch: inout MatchScratch) -> Bool {
        guard isRestricted[code] else { return true }
        if scratch.appliesKind != context.kind || scratch.appliesDataset != context.dataset {
            scratch.appliesDataset = context.dataset
            scratch.appliesKind = context.kind
            for index in scratch.applies.indices { scratch.applies[index] = 0 }
        }
        if scratch.applies[code] == 0 {
            scratch.applies[code] = applies(code: code, dataset: context.dataset, kind: context.kind) ? 1 : 2
        }
        return scratch.applies[code] == 1
    }
}
