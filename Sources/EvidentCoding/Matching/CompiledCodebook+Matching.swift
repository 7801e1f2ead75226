extension MatchTables {
    /// Takes the next token of the current segment, held in `scratch.keyWords` (`length`
    /// normalised bytes, zero past the end; `mayNegate` false if it holds no apostrophe), at scalar
    /// offsets `start..<end` of the answer: finds the terms it matches and moves every live phrase prefix along them, recording
    /// pattern matches, exclusions and NEAR operand occurrences as phrases complete.
    ///
    /// O(terms of the token × (live phrase prefixes + uses of the phrases completed)).
    @inline(__always)
    func accept(length: Int, mayNegate: Bool, start: Int, end: Int, scratch: inout MatchScratch) {
        scratch.hits.removeAll()
        let isNegator = lexicon.terms(
            length: length, words: scratch.keyWords.base, mayNegate: mayNegate, into: &scratch.hits, stems: &scratch.stems)
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
        accept(length: length, mayNegate: true, start: start, end: end, scratch: &scratch)
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
    /// Pairs up the operand occurrences of each NEAR rule seen in the segment (codebook spec
    /// §3.3–3.4): every occurrence that takes part in a qualifying pair is paired with its nearest
    /// partner — a leading occurrence (not negated, for a pattern of a code with negation on) with
    /// the first occurrence of the other operand after it, and an occurrence with the last free
    /// leading occurrence of the other operand before it — when at most the rule's distance of
    /// tokens lies strictly between them. A pattern's pairs become matches (repeats are dropped
    /// when the segment's records are made); an exclusion's first pair excludes its code.
    ///
    /// O(k log k) in the operand occurrences (the sort), then linear: both operands' occurrences
    /// are sorted by first token and, an operand being a phrase of fixed length, by last token.
    func resolveNearRules(scratch: inout MatchScratch) {
        guard !scratch.nearOccurrences.isEmpty else { return }
        Self.sort(scratch.nearOccurrences.items)
        let occurrences = UnsafePointer(scratch.nearOccurrences.base)
        let count = scratch.nearOccurrences.count
        var start = 0
        while start < count {
            let rule = occurrences[start].rule
            var split = start
            while split < count, occurrences[split].rule == rule, !occurrences[split].isSecond { split += 1 }
            var end = split
            while end < count, occurrences[end].rule == rule { end += 1 }
            defer { start = end }
            guard split > start, end > split else { continue }
            let near = nearRules[Int(rule)]
            let negation = near.pattern >= 0 && self.negation[Int(near.code)]
            pair(near, leaders: start..<split, followers: split..<end, negation: negation, scratch: &scratch)
            pair(near, leaders: split..<end, followers: start..<split, negation: negation, scratch: &scratch)
        }
    }

    /// The pairs of one NEAR rule in which an occurrence among `leaders` comes first.
    private func pair(
        _ near: NearRule, leaders: Range<Int>, followers: Range<Int>, negation: Bool, scratch: inout MatchScratch
    ) {
        let occurrences = UnsafePointer(scratch.nearOccurrences.base)
        let tokens = UnsafePointer(scratch.tokens.base)
        scratch.freeLeaders.removeAll()
        for index in leaders where !(negation && MatchTables.isNegated(before: occurrences[index].first, tokens)) {
            scratch.freeLeaders.append(occurrences[index])
        }
        guard !scratch.freeLeaders.isEmpty else { return }
        let free = UnsafePointer(scratch.freeLeaders.base)
        let freeCount = scratch.freeLeaders.count
        let distance = near.distance
        let isClose = { (leader: MatchScratch.NearOccurrence, follower: MatchScratch.NearOccurrence) in
            Int(follower.first) - Int(leader.last) - 1 <= distance
        }
        // Each free leader with the first follower after it.
        var next = followers.lowerBound
        for index in 0..<freeCount {
            let leader = free[index]
            while next < followers.upperBound, occurrences[next].first <= leader.last { next += 1 }
            if next < followers.upperBound, isClose(leader, occurrences[next]) {
                record(near, first: leader.first, last: occurrences[next].last, scratch: &scratch)
            }
        }
        // Each follower with the last free leader before it.
        var after = 0
        for index in followers {
            let follower = occurrences[index]
            while after < freeCount, free[after].last < follower.first { after += 1 }
            if after > 0, isClose(free[after - 1], follower) {
                record(near, first: free[after - 1].first, last: follower.last, scratch: &scratch)
            }
        }
    }

    @inline(__always)
    private func record(_ near: NearRule, first: Int32, last: Int32, scratch: inout MatchScratch) {
        if near.pattern >= 0 {
            scratch.matches.append(.init(code: near.code, first: first, last: last, pattern: near.pattern))
        } else {
            scratch.excludedStamp[Int(near.code)] = scratch.stamp
        }
    }

    /// Sorts a segment's NEAR operand occurrences by rule, operand, first token: insertion sort
    /// for the few a segment usually has.
    private static func sort(_ items: UnsafeMutableBufferPointer<MatchScratch.NearOccurrence>) {
        guard items.count <= 16 else {
            var items = items
            items.sort()
            return
        }
        for index in 1..<max(1, items.count) {
            let item = items[index]
            var position = index
            while position > 0, item < items[position - 1] {
                items[position] = items[position - 1]
                position -= 1
            }
            items[position] = item
        }
    }
}
