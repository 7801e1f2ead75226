/// Gathers the leaves below one record element from the reader's events: start it just after
/// the record's start tag, feed it every event up to the record's end tag.
///
/// Text directly inside an element that also has child elements (indentation, mixed content)
/// is dropped; a leaf keeps its text exactly.
struct XMLLeafCollector {
    private struct Frame {
        var step: XMLStep
        var childCounts: [String: Int] = [:]
        var hasChildren = false
        var text = ""
    }

    /// The record element itself; its children are the first steps of every path.
    private var root = Frame(step: XMLStep(name: "", occurrence: 1))
    private var stack: [Frame] = []
    private(set) var leaves: [XMLLeaf] = []

    /// Elements open below the record element.
    var depth: Int { stack.count }

    mutating func start(_ name: String) {
        let occurrence: Int
        if stack.isEmpty {
            root.hasChildren = true
            occurrence = root.childCounts[name, default: 0] + 1
            root.childCounts[name] = occurrence
        } else {
            stack[stack.count - 1].hasChildren = true
            occurrence = stack[stack.count - 1].childCounts[name, default: 0] + 1
            stack[stack.count - 1].childCounts[name] = occurrence
        }
        stack.append(Frame(step: XMLStep(name: name, occurrence: occurrence)))
    }

    mutating func text(_ text: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += text
    }

    mutating func end() {
        guard let frame = stack.popLast() else { return }
        guard !frame.hasChildren else { return }
        leaves.append(XMLLeaf(steps: stack.map(\.step) + [frame.step], value: frame.text))
    }
}
