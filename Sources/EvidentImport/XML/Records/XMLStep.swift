/// One element on a leaf's path: its local name and which same-named sibling it is (1-based).
struct XMLStep: Sendable, Hashable {
    var name: String
    var occurrence: Int
}
