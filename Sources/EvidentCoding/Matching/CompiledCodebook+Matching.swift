extension MatchTables {
    /// Takes the next token of the current segment, held in `scratch.keyWords` (`length`
    /// normalised bytes, zero past the end, hash `hash`), at scalar offsets `start..<end` of the
    /// answer: finds the terms it matches and moves every live phrase prefix along them, recording
    /// pattern matches, exclusions and NEAR operand occurrences as phrases complete.
    ///
    /// O(terms of the token × (live phrase prefixes + uses of the phrases completed)).
    @inline(__always)
    func accept(length: Int, hash: UInt64, start: Int, end: Int, scratch: inout MatchScratch) {
        scratch.hits.removeAll()
        let isNegator = lexicon.terms(
            length: length, hash: hash, words: scratch.keyWords.base, into: &scratch.hits, stems: &scratch.stems)
        let index = Int32(truncatingIfNeeded: scratch.tokens.count)
        scratch.tokens.append(MatchScratch.Token(start: start, end: end, isNegator: isNegator))
        if scratch.hits.isEmpty {
            scratch.active.removeAll()
            return
        }
        advance(to: index, scratch: &scratch)
    }

    /// Takes the next token given as normalised bytes (the slow path's tokens).
    func accept(bytes: some Collection<UInt8>, start: Int, end: Int, scratch: inout MatchScratch) {
        let length = bytes.count
        scratch.clearKey(length: length)
        let words = scratch.keyWords.base
        for (index, byte) in bytes.enumerated() {
            words[index >> 3] |= UInt64(TokenBuffer.lowercased(byte)) << UInt64((index & 7) * 8)
        }
        accept(length: length, hash: TermKey.hash(length: length, words: words), start: start, end: end, scratch: &scratch)
    }

    /// Moves the root and every live trie node along every term of token `index`.
    @inline(__always)
    private func advance(to index: Int32, scratch: inout MatchScratch) {
        scratch.next.removeAll()
        let hits = scratch.hits.base
        let hitCount = scratch.hits.count
        for hit in 0..<hitCount where hits[hit].node >= 0 {
            reach(hits[hit].node, at: index, scratch: &scratch)
        }
        for live in 0..<scratch.active.count {
            let node = scratch.active[live]
            for hit in 0..<hitCount {
                let child = phrases.child(of: node, term: hits[hit].term)
                if child >= 0 { reach(child, at: index, scratch: &scratch) }
            }
        }
        swap(&scratch.active, &scratch.next)
    }

    @inline(__always)
    private func reach(_ node: Int32, at index: Int32, scratch: inout MatchScratch) {
        let info = phrases.nodes[Int(node)]
        if info.hasChildren { scratch.next.append(node) }
        guard info.useStart < info.useEnd else { return }
        let first = index - info.depth + 1
        for position in Int(info.useStart)..<Int(info.useEnd) {
            let use = uses[position]
            switch use.role {
            case .pattern:
                if use.negates && Self.isNegated(before: first, scratch.tokens.base) { continue }
                scratch.matches.append(.init(code: use.owner, first: first, last: index, pattern: use.pattern))
            case .exclusion:
                scratch.excludedStamp[Int(use.owner)] = scratch.stamp
            case .nearFirst, .nearSecond:
                scratch.nearOccurrences.append(
                    .init(rule: use.owner, isSecond: use.role == .nearSecond, first: first, last: index))
            }
        }
    }

    /// Whether one of the 3 tokens before token `first` is a negator (codebook spec §3.4). O(1).
    @inline(__always)
    static func isNegated(before first: Int32, _ tokens: UnsafePointer<MatchScratch.Token>) -> Bool {
        var index = Int(first) - 1
        let stop = max(0, Int(first) - 3)
        while index >= stop {
            if tokens[index].isNegator { return true }
            index -= 1
        }
        return false
    }
}

extension CompiledCodebook {
    /// Pairs up the operand occurrences of each NEAR rule seen in the segment.
    func resolveNearRules(scratch: inout MatchScratch) {
        guard !scratch.nearOccurrences.isEmpty else { return }
        var sorted = scratch.nearOccurrences.items
        sorted.sort()
        let occurrences = Array(scratch.nearOccurrences.items)
        let tokens = UnsafePointer(scratch.tokens.base)
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
            let negation = isPattern && self.negation[Int(near.code)]
            let pairs = NearResolver.pairs(
                occurrences[start..<split].map { ($0.first, $0.last) },
                occurrences[split..<end].map { ($0.first, $0.last) },
                distance: near.distance,
                isNegated: { negation && MatchTables.isNegated(before: $0, tokens) })
            guard !pairs.isEmpty else { continue }
            if isPattern {
                for pair in pairs {
                    scratch.matches.append(
                        .init(code: near.code, first: pair.first, last: pair.last, pattern: near.pattern))
                }
            } else {
                scratch.excludedStamp[Int(near.code)] = scratch.stamp
            }
        }
    }
}
