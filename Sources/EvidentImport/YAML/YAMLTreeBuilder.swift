import CYaml
import EvidentModel

/// Builds `YAMLNode`s from libyaml's events with an explicit stack (see `YAMLComposer`): the
/// alias budget, the depth limit and repeated keys are checked here, as each event arrives.
struct YAMLTreeBuilder {
    let file: String
    private(set) var root: YAMLNode?
    private(set) var duplicates: [InputError] = []

    /// A sequence or mapping being filled.
    private struct Open {
        let mark: YAMLNode.Mark
        let anchor: String?
        let isMapping: Bool
        var items: [YAMLNode] = []
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        var pendingKey: YAMLNode?
        /// Where each scalar key was first seen in this mapping, by its text.
        var keys: [String: YAMLNode.Mark] = [:]
        /// Nodes in this collection, its own included, aliases counted at their full size.
        var size = 1
        /// Whether the pending key's value is to be left out (the key is a repeat).
        var skippingValue = false
    }

    private var stack: [Open] = []
    /// Anchored nodes, and how many nodes each stands for.
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var aliasedNodes = 0
    private var documents = 0

    init(file: String) {
        self.file = file
    }

    mutating func take(_ event: inout yaml_event_t) throws(InputError) {
        let mark = YAMLNode.Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            guard documents == 1 else {
                throw InputError("invalid YAML: the file holds more than one document", at: location(mark),
                                 help: "keep one document: remove the second '---' and what follows, or merge them")
            }
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
            let node = YAMLNode(content: .scalar(.init(string: text, style: Self.style(scalar.style))), mark: mark)
            try add(node, size: 1, anchor: Self.text(scalar.anchor))
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            guard stack.count < YAMLComposer.depthLimit else {
                throw InputError("the YAML is nested deeper than \(YAMLComposer.depthLimit) levels", at: location(mark),
                                 help: "a codebook or manifest needs a few levels; check the file")
            }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let anchor = isMapping ? Self.text(event.data.mapping_start.anchor) : Self.text(event.data.sequence_start.anchor)
            stack.append(Open(mark: mark, anchor: anchor, isMapping: isMapping))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let open = stack.popLast() else { return }
            let node = YAMLNode(content: open.isMapping ? .mapping(open.pairs) : .sequence(open.items), mark: open.mark)
            try add(node, size: open.size, anchor: open.anchor)
        case YAML_ALIAS_EVENT:
            let name = Self.text(event.data.alias.anchor) ?? ""
            guard let (node, size) = anchors[name] else {
                throw InputError("invalid YAML: found undefined alias '\(name)'", at: location(mark),
                                 help: "define the anchor (&\(name)) before the alias (*\(name)) that uses it")
            }
            aliasedNodes += size
            guard aliasedNodes <= YAMLComposer.aliasBudget else {
                throw InputError(
                    "YAML aliases expand to more than \(YAMLComposer.aliasBudget) nodes, the limit (an alias bomb)", at: location(mark),
                    help: "write the repeated values out, or use fewer aliases")
            }
            try add(node, size: size, anchor: nil)
        default:
            return
        }
    }

    private mutating func add(_ node: YAMLNode, size: Int, anchor: String?) throws(InputError) {
        if let anchor { anchors[anchor] = (node, size) }
        guard var open = stack.popLast() else {
            root = node
            return
        }
        open.size += size
        if !open.isMapping {
            open.items.append(node)
        } else if let key = open.pendingKey {
            if !open.skippingValue { open.pairs.append((key, node)) }
            open.pendingKey = nil
            open.skippingValue = false
        } else {
            open.pendingKey = node
            if let text = node.scalar?.string {
                if let first = open.keys[text] {
                    duplicates.append(InputError(
                        "key '\(text)' appears twice in one mapping (first at line \(first.line))", at: location(node.mark),
                        help: "keep one of them"))
                    open.skippingValue = true
                } else {
                    open.keys[text] = node.mark
                }
            }
        }
        stack.append(open)
    }

    private func location(_ mark: YAMLNode.Mark) -> SourceLocation {
        SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
