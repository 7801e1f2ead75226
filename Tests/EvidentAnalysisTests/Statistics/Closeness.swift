/// Whether `actual` is within `relative`·|expected| (or `absolute`, whichever is larger) of
/// `expected`. A `nil` actual is never close: undefined results are checked with `== nil`.
func isClose(_ actual: Double?, _ expected: Double, relative: Double = 1e-12, absolute: Double = 0) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) <= max(relative * abs(expected), absolute)
}
