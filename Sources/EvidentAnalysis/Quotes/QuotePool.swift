import EvidentModel

/// The quote candidates of a study, per code and data set, bounded and deterministic: only the
/// candidates that could ever be chosen are kept, so a national data set's millions of coded
/// segments leave a few dozen candidates per code and data set — the same ones whatever the
/// order they were offered in, the batch sizes and the thread count.
///
/// ## How quotes are chosen (the rule the pool is bounded for)
/// For each code, each data set's candidates are queued in rank order (`QuoteCandidate.Rank`);
/// quotes are taken round-robin across data sets, skipping a candidate whose respondent already
/// gave this code a quote (`blocked respondent`, per data set) or whose words it already shows
/// (`sameText`, across data sets), until `quotes` are chosen.
///
/// ## Why a candidate can be dropped
/// When a candidate is reached, fewer than `quotes` quotes are chosen, so at most `quotes − 1`
/// respondents of its data set and `quotes − 1` texts are blocked (plus `foreignTexts` more texts
/// when a rule blocks texts chosen elsewhere, such as "no quote twice in a section"). Every
/// candidate ranked above it in its queue was chosen or blocked. So a candidate is never chosen,
/// and is dropped, when the candidates kept above it
/// 1. include one with the same respondent and the same text; or
/// 2. include `quotes` with its text (distinct respondents: one of them would have been chosen,
///    blocking the text); or
/// 3. include `quotes + foreignTexts` with its respondent (distinct texts: likewise); or
/// 4. include `2·quotes − 1 + foreignTexts` with pairwise different respondents and texts (a
///    greedy matching): no set of blocked respondents and texts covers them all.
///
/// Each reason needs only candidates ranked higher, so a candidate dropped from any subset of the
/// candidates is dropped from all of them, and choosing from the pool gives exactly the quotes
/// choosing from every candidate gives. A queue then holds at most about `4·quotes²` candidates
/// (rules 2–4 bound it by the matching's respondents and texts, each used at most `quotes` times).
///
/// Pruning waits until a queue has doubled since it was last pruned (and is read pruned): a
/// prune hashes every kept candidate's text and respondent, and pruning on every insert was a
/// fifth of the report's coding workers' time (perf, bench corpus at 50,000 respondents). Since
/// a dropped candidate stays dropped whatever is added, pruning later drops the same ones; the
/// rank rule 4 closes a queue at only tightens, so a queue closed at an older rank admits a
/// few more candidates, never fewer.
///
/// Eligibility rules (which segments may be quoted for a code at all) are a filter on candidates
/// before they are offered; rules that block candidates across codes raise `foreignTexts`.
public struct QuotePool: Sendable {
    /// How deep the pool keeps candidates.
    public struct Depth: Sendable, Hashable {
        /// Quotes chosen per code (`quotes_per_theme`).
        public var quotes: Int
        /// Texts that other codes' choices may block on top of this code's own.
        public var foreignTexts: Int

        public init(quotes: Int, foreignTexts: Int = 0) {
            self.quotes = quotes
            self.foreignTexts = foreignTexts
        }
    }

    /// `nil`: every candidate is kept (the reference the bounded pool is tested against).
    public let depth: Depth?
    /// Per code (its position in `Codebook.allCodes`), per data set id: the queue.
    private var queues: [Int: [String: Queue]] = [:]

    /// An empty pool keeping candidates `depth` deep, or every candidate when `depth` is `nil`.
    public init(depth: Depth?) {
        self.depth = depth
    }

    /// Every code (position) and data set with candidates.
    public var codes: [Int] { queues.keys.sorted() }

    /// The candidates kept for a code (by position) in a data set, best first.
    public func candidates(code: Int, dataset: String) -> [QuoteCandidate] {
        queues[code]?[dataset]?.pruned(depth).kept ?? []
    }

    /// Candidates kept in all.
    public var count: Int {
        queues.values.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.pruned(depth).kept.count } }
    }

    /// Whether a candidate of this rank for `code` in `dataset` could be kept: a cheap test
    /// before the candidate's text is cut from its answer.
    public func admits(_ rank: QuoteCandidate.Rank, code: Int, dataset: String) -> Bool {
        guard let depth else { return true }
        guard depth.quotes > 0 else { return false }
        guard let closed = queues[code]?[dataset]?.closedAt else { return true }
        return rank < closed
    }

    /// Offers a candidate for `code` (by position): kept if it could be chosen.
    public mutating func offer(_ candidate: QuoteCandidate, code: Int) {
        guard admits(candidate.rank, code: code, dataset: candidate.segment.dataset) else { return }
        queues[code, default: [:]][candidate.segment.dataset, default: Queue()].insert(candidate, depth: depth)
    }

    /// Adds another pool's candidates: the pool of both sets of candidates.
    public mutating func merge(_ other: QuotePool) {
        for (code, byDataset) in other.queues {
            for (_, queue) in byDataset {
                for candidate in queue.pruned(other.depth).kept { offer(candidate, code: code) }
            }
        }
    }

    /// One code's candidates in one data set, in rank order, pruned by the rules above.
    struct Queue: Sendable {
        var kept: [QuoteCandidate] = []
        /// Set once rule 4 applies: every candidate ranked here or below is dropped.
        var closedAt: QuoteCandidate.Rank?
        /// Candidates kept when the queue is next pruned.
        var pruneAt = Self.firstPrune

        /// Candidates kept before the first prune.
        static let firstPrune = 16

        /// The queue with every candidate the rules drop dropped.
        func pruned(_ depth: Depth?) -> Queue {
            guard let depth, kept.count > 1 else { return self }
            var queue = self
            queue.prune(depth)
            return queue
        }

        mutating func insert(_ candidate: QuoteCandidate, depth: Depth?) {
            let rank = candidate.rank
            var low = 0
            var high = kept.count
            while low < high {
                let middle = (low + high) / 2
                if kept[middle].rank < rank { low = middle + 1 } else { high = middle }
            }
            if low < kept.count, kept[low].rank == rank { return }
            kept.insert(candidate, at: low)
            if let depth, kept.count >= pruneAt {
                prune(depth)
                pruneAt = max(Self.firstPrune, 2 * kept.count)
            }
        }

        /// Drops, in rank order, every candidate the ones kept above it rule out.
        private mutating func prune(_ depth: Depth) {
            var pairs: Set<PairKey> = []
            var byText: [String: Int] = [:]
            var byRespondent: [String: Int] = [:]
            var matchedTexts: Set<String> = []
            var matchedRespondents: Set<String> = []
            let matchingCap = 2 * depth.quotes - 1 + depth.foreignTexts
            var survivors: [QuoteCandidate] = []
            survivors.reserveCapacity(kept.count)
            for candidate in kept {
                let text = candidate.textKey
                let respondent = candidate.segment.respondent
                let pair = PairKey(respondent: respondent, text: text)
                if pairs.contains(pair) || byText[text, default: 0] >= depth.quotes
                    || byRespondent[respondent, default: 0] >= depth.quotes + depth.foreignTexts
                {
                    continue
                }
                survivors.append(candidate)
                pairs.insert(pair)
                byText[text, default: 0] += 1
                byRespondent[respondent, default: 0] += 1
                if !matchedTexts.contains(text), !matchedRespondents.contains(respondent) {
                    matchedTexts.insert(text)
                    matchedRespondents.insert(respondent)
                    if matchedTexts.count >= matchingCap {
                        // A rank it closed at before still holds (candidates are only added).
                        closedAt = min(closedAt ?? candidate.rank, candidate.rank)
                        break
                    }
                }
            }
            kept = survivors
        }
    }

    private struct PairKey: Hashable {
        let respondent: String
        let text: String
    }
}
