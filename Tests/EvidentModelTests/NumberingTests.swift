import EvidentModel
import Testing

@Suite("Numbering keys in order of first appearance")
struct NumberingTests {
    @Test("the first key is 0, a new key the next number, a known key its own")
    func numbers() {
        var numbers: [String: Int] = [:]
        #expect(["b", "a", "b", "c", "a"].map { numbers.number(of: $0) } == [0, 1, 0, 2, 1])
        #expect(numbers == ["b": 0, "a": 1, "c": 2])
    }
}
