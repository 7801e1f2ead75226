extension Dictionary where Value == Int {
    /// `key`'s number, given the next free one (the count so far) if it has none yet: numbers
    /// strings once so later work hashes integers instead. O(1) expected.
    public mutating func number(of key: Key) -> Int {
        if let known = self[key] { return known }
        let next = count
        self[key] = next
        return next
    }
}
