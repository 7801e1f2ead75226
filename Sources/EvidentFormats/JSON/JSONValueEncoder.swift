/// Encodes any `Encodable` value as a `JSONValue`, keeping object keys in the order they are
/// encoded (a synthesized `Encodable` encodes properties in declaration order), so an output
/// row declared once as a struct gives `results.json` exactly the shape and order it declares.
///
/// Two choices differ from Foundation's `JSONEncoder`, both on purpose: a `nil` optional is
/// written as `null` rather than left out (the results contract keeps every key, `null` when
/// undefined), and numbers are rendered by `JSONValue` (shortest round-trip form, full
/// precision, whole numbers without a fraction). Foundation's encoder does neither.
///
/// Written by hand because no listed package encodes to an ordered tree; about a hundred lines.
package enum JSONValueEncoder {
    /// The value as a JSON tree. Throws only what a type's own `encode(to:)` throws.
    package static func encode(_ value: some Encodable) throws -> JSONValue {
        let root = Node()
        try root.encode(value, path: [])
        return root.value
    }

    /// A value being built: set once, or filled in as an array or an object (containers write
    /// into it after they are handed out, so it is a reference).
    final class Node {
        enum Content {
            case unset
            case value(JSONValue)
            case array([Node])
            case object([(String, Node)])
        }

        var content = Content.unset

        var value: JSONValue {
            switch content {
            case .unset: .null
            case .value(let value): value
            case .array(let nodes): .array(nodes.map(\.value))
            case .object(let members): .object(members.map { ($0.0, $0.1.value) })
            }
        }

        func encode(_ value: some Encodable, path: [any CodingKey]) throws {
            switch value {
            case let value as String: content = .value(.string(value))
            case let value as Double: content = .value(.number(value))
            case let value as Int: content = .value(.integer(value))
            case let value as Bool: content = .value(.bool(value))
            default: try value.encode(to: TreeEncoder(node: self, codingPath: path))
            }
        }
    }

    struct TreeEncoder: Encoder {
        let node: Node
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if case .object = node.content {} else { node.content = .object([]) }
            return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if case .array = node.content {} else { node.content = .array([]) }
            return UnkeyedContainer(node: node, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            SingleContainer(node: node, codingPath: codingPath)
        }
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        let codingPath: [any CodingKey]

        private func child(_ key: Key) -> Node {
            let child = Node()
            if case .object(var members) = node.content {
                // Emptied first, so `members` holds the only reference and grows in place: an
                // object or array of n members is built in O(n), not O(n²) (a 300-code study's
                // co-occurrence pairs took 12 s of a 50,000-respondent report before).
                node.content = .unset
                members.append((SnakeCase.key(key), child))
                node.content = .object(members)
            }
            return child
        }

        mutating func encodeNil(forKey key: Key) throws {
            child(key).content = .value(.null)
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try child(key).encode(value, path: codingPath + [key])
        }

        // A nil optional is written as null, never left out (see the type's comment).
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
            guard let value else { return try encodeNil(forKey: key) }
            try encode(value, forKey: key)
        }

        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
            guard let value else { return try encodeNil(forKey: key) }
            try encode(value, forKey: key)
        }

        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
            guard let value else { return try encodeNil(forKey: key) }
            try encode(value, forKey: key)
        }

        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
            guard let value else { return try encodeNil(forKey: key) }
            try encode(value, forKey: key)
        }

        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
            guard let value else { return try encodeNil(forKey: key) }
            try encode(value, forKey: key)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            TreeEncoder(node: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            TreeEncoder(node: child(key), codingPath: codingPath + [key]).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            TreeEncoder(node: node, codingPath: codingPath)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            TreeEncoder(node: child(key), codingPath: codingPath + [key])
        }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]

        var count: Int {
            if case .array(let nodes) = node.content { return nodes.count }
            return 0
        }

        private func next() -> Node {
            let child = Node()
            if case .array(var nodes) = node.content {
                node.content = .unset  // as in `KeyedContainer.child`: appended in place
                nodes.append(child)
                node.content = .array(nodes)
            }
            return child
        }

        mutating func encodeNil() throws {
            next().content = .value(.null)
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try next().encode(value, path: codingPath)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            TreeEncoder(node: next(), codingPath: codingPath).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            TreeEncoder(node: next(), codingPath: codingPath).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            TreeEncoder(node: next(), codingPath: codingPath)
        }
    }

    struct SingleContainer: SingleValueEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]

        mutating func encodeNil() throws {
            node.content = .value(.null)
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try node.encode(value, path: codingPath)
        }
    }
}

/// A coding key made at run time, for objects whose keys are data (a distribution's bins, a
/// theme's counts by data set), encoded in the order given.
package struct DynamicKey: CodingKey {
    package var stringValue: String
    package var intValue: Int? { nil }

    package init(_ string: String) {
        stringValue = string
    }

    package init?(stringValue: String) {
        self.stringValue = stringValue
    }

    package init?(intValue: Int) {
        nil
    }
}
