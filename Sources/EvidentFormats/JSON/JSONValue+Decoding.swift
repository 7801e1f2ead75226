/// Reading any JSON document as a `JSONValue`, through `JSONDecoder` (for files whose shape is
/// checked member by member with their own error messages, such as a council's `summary.json`).
///
/// Whole numbers that fit an `Int` read as `.integer`, others as `.number`; `true`/`false` never
/// read as numbers. `Decoder` does not keep an object's key order, so decoded members are sorted
/// by key: reading is deterministic, not order-preserving.
extension JSONValue: Decodable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        if let object = try? decoder.container(keyedBy: Key.self) {
            self = .object(try object.allKeys.map(\.stringValue).sorted().map { key in
                (key, try object.decode(JSONValue.self, forKey: Key(stringValue: key)))
            })
            return
        }
        if var list = try? decoder.unkeyedContainer() {
            var values: [JSONValue] = []
            while !list.isAtEnd { values.append(try list.decode(JSONValue.self)) }
            self = .array(values)
            return
        }
        let value = try decoder.singleValueContainer()
        if value.decodeNil() {
            self = .null
        } else if let flag = try? value.decode(Bool.self) {
            self = .bool(flag)
        } else if let whole = try? value.decode(Int.self) {
            self = .integer(whole)
        } else if let real = try? value.decode(Double.self) {
            self = .number(real)
        } else {
            self = .string(try value.decode(String.self))
        }
    }
}
