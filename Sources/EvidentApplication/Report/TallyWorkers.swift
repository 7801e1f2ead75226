import EvidentAnalysis
import Synchronization

/// The tallies of the data set being read, one per worker at a time: a chunk of respondents takes
/// a free tally, adds its respondents to it and gives it back, so workers never share one and no
/// chunk pays for a merge. When the data set is read, the tallies merge into one — in any order,
/// since every part of a tally merges by adding counts.
final class TallyWorkers: Sendable {
    private let free: Mutex<[DatasetTally]>
    let plan: TallyPlan

    init(plan: TallyPlan) {
        self.plan = plan
        free = Mutex([])
    }

    /// A tally no other worker holds (a new one when every tally is busy).
    func take() -> DatasetTally {
        free.withLock { $0.popLast() } ?? DatasetTally(plan: plan)
    }

    func give(_ tally: DatasetTally) {
        free.withLock { $0.append(tally) }
    }

    /// Every tally merged: call once every chunk has given its tally back.
    func merged() -> DatasetTally {
        var tallies = free.withLock { tallies in
            defer { tallies.removeAll() }
            return tallies
        }
        guard var total = tallies.popLast() else { return DatasetTally(plan: plan) }
        for tally in tallies { total.merge(tally) }
        return total
    }
}
