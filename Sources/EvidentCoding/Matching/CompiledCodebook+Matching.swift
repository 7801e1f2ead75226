extension CompiledCodebook {
    /// Finds every phrase occurrence among the segment's tokens (in `scratch.tokens`, read from
    /// `answer`) and turns it into code matches, exclusions and NEAR operand occurrences; then
    /// resolves the NEAR rules. Leaves in `scratch.matches` the surviving (not negated) matches of
    /// each code's own patterns and in `scratch.excluded` the codes excluded from the segment.
    ///
    /// O(tokens × live phrase prefixes per token) plus O(k log k) in the NEAR operand occurrences.
    func matchSegment(_ scratch: inout MatchScratch, answer: UnsafeBufferPointer<UInt8>) {
        let records = scratch.tokens.buffer.records
        scratch.tokens.buffer.bytes.withUnsafeBufferPointer { normalized in
            let tokens = SegmentTokens(records: records, answer: answer, normalized: normalized)
            for index in 0..<tokens.count {
                scratch.hits.removeAll()
                lexicon.terms(of: tokens.text(index), into: &scratch.hits, stems: &scratch.stems)
                if scratch.hits.isEmpty {
                    scratch.active.removeAll()
                    continue
                }
                advance(to: Int32(index), tokens: tokens, scratch: &scratch)
            }
            resolveNearRules(tokens: tokens, scratch: &scratch)
        }
    }

    /// Moves every live trie node (and the root) along every term of token `index`.
    private func advance(to index: Int32, tokens: SegmentTokens, scratch: inout MatchScratch) {
        scratch.next.removeAll()
        for hit in 0..<scratch.hits.count {
            if let child = phrases.child(of: PhraseTrie.root, term: scratch.hits[hit]) {
                reach(child, at: index, tokens: tokens, scratch: &scratch)
            }
        }
        for live in 0..<scratch.active.count {
            let node = scratch.active[live]
            for hit in 0..<scratch.hits.count {
                if let child = phrases.child(of: node, term: scratch.hits[hit]) {
                    reach(child, at: index, tokens: tokens, scratch: &scratch)
                }
            }
        }
        swap(&scratch.active, &scratch.next)
    }

    @inline(__always)
    private func reach(_ node: Int32, at index: Int32, tokens: SegmentTokens, scratch: inout MatchScratch) {
        scratch.next.append(node)
        let phrase = phrases.phrase[Int(node)]
        guard phrase >= 0 else { return }
        let first = index - phrases.depth[Int(node)] + 1
        for use in uses(of: phrase) {
            switch use.role {
            case .pattern:
                if codes[Int(use.owner)].negation && tokens.isNegated(before: first) { continue }
                scratch.matches.append(.init(code: use.owner, first: first, last: index, pattern: use.pattern))
            case .exclusion:
                scratch.excluded.insert(use.owner)
            case .nearFirst, .nearSecond:
                scratch.nearOccurrences.append(
                    .init(rule: use.owner, isSecond: use.role == .nearSecond, first: first, last: index))
            }
        }
    }

    /// Pairs up the operand occurrences of each NEAR rule seen in the segment.
    private func resolveNearRules(tokens: SegmentTokens, scratch: inout MatchScratch) {
        guard !scratch.nearOccurrences.isEmpty else { return }
        scratch.nearOccurrences.sort()
        let occurrences = scratch.nearOccurrences
        var start = 0
        while start < occurrences.count {
            let rule = occurrences[start].rule
            var split = start
            while split < occurrences.count, occurrences[split].rule == rule, !occurrences[split].isSecond {
                split += 1
            }
            var end = split
            while end < occurrences.count, occurrences[end].rule == rule { end += 1 }
            defer { start = end }
            guard split > start, end > split else { continue }
            let near = nearRules[Int(rule)]
            let isPattern = near.pattern >= 0
            let negation = isPattern && codes[Int(near.code)].negation
            let pairs = NearResolver.pairs(
                occurrences[start..<split].map { ($0.first, $0.last) },
                occurrences[split..<end].map { ($0.first, $0.last) },
                distance: near.distance,
                isNegated: { negation && tokens.isNegated(before: $0) })
            guard !pairs.isEmpty else { continue }
            if isPattern {
                for pair in pairs {
                    scratch.matches.append(
                        .init(code: near.code, first: pair.first, last: pair.last, pattern: near.pattern))
                }
            } else {
                scratch.excluded.insert(near.code)
            }
        }
    }
}
