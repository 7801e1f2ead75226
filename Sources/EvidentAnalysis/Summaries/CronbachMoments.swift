/// What Cronbach's alpha needs from the respondents who answered every item, as sums that merge
/// by adding: n, and per item Σx and Σx², and for the respondents' totals ΣT and ΣT².
///
/// Scores are held as exact integers in millionths (every score a scale reads has at most six
/// decimals in practice; a seventh is rounded), summed in 128-bit integers, so the sums do not
/// depend on the order respondents arrive in, and alpha is computed from them exactly:
///
///     Nⱼ = n·Σxⱼ² − (Σxⱼ)²,   N_T = n·ΣT² − (ΣT)²   (n(n − 1) times the sample variances)
///     α  = k/(k − 1) · (N_T − Σⱼ Nⱼ) / N_T
///
/// one division of two exact integers, where a two-pass computation over the rows rounds at every
/// step and depends on their order.
public struct CronbachMoments: Sendable, Hashable {
    /// k, the number of items.
    public let items: Int
    /// n, the respondents who answered every item.
    public private(set) var respondents = 0
    private var sums: [Int128]
    private var squares: [Int128]
    private var totalSum: Int128 = 0
    private var totalSquares: Int128 = 0

    /// Millionths per unit of score.
    static let scale = 1_000_000.0

    public init(items: Int) {
        self.items = items
        sums = Array(repeating: 0, count: items)
        squares = Array(repeating: 0, count: items)
    }

    /// The moments of a respondents × items matrix; a row with a missing answer, or shorter than
    /// the longest row, is left out (listwise).
    public init(_ rows: [[Double?]]) {
        self.init(items: rows.map(\.count).max() ?? 0)
        for row in rows where row.count == items { add(row) }
    }

    /// Adds one respondent's answers to the items, in item order, when every one is given.
    public mutating func add(_ row: [Double?]) {
        guard row.count == items, row.allSatisfy({ $0 != nil }) else { return }
        respondents += 1
        var total: Int128 = 0
        for (index, value) in row.enumerated() {
            let exact = Int128(((value ?? 0) * Self.scale).rounded())
            sums[index] += exact
            squares[index] += exact * exact
            total += exact
        }
        totalSum += total
        totalSquares += total * total
    }

    /// The moments of both groups of respondents together.
    public mutating func merge(_ other: CronbachMoments) {
        guard other.items == items else { return }
        respondents += other.respondents
        for index in 0..<items {
            sums[index] += other.sums[index]
            squares[index] += other.squares[index]
        }
        totalSum += other.totalSum
        totalSquares += other.totalSquares
    }

    /// Cronbach's alpha from these moments (see `Cronbach.alpha`).
    public var alpha: Cronbach {
        let k = items
        let n = respondents
        guard k >= 2 else {
            return Cronbach(respondents: n, items: k, value: nil, undefinedReason: "alpha needs at least 2 items (k = \(k))")
        }
        guard n >= 2 else {
            return Cronbach(
                respondents: n, items: k, value: nil,
                undefinedReason: "alpha needs at least 2 respondents who answered every item (n = \(n))")
        }
        let count = Int128(n)
        let totalSpread = count * totalSquares - totalSum * totalSum
        guard totalSpread > 0 else {
            return Cronbach(
                respondents: n, items: k, value: nil,
                undefinedReason: "every respondent has the same total, so the variance of the totals is 0")
        }
        var itemSpread: Int128 = 0
        for index in 0..<k { itemSpread += count * squares[index] - sums[index] * sums[index] }
        let ratio = Double(totalSpread - itemSpread) / Double(totalSpread)
        return Cronbach(respondents: n, items: k, value: Double(k) / Double(k - 1) * ratio, undefinedReason: nil)
    }
}
