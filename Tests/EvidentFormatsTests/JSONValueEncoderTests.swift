import Testing

@testable import EvidentFormats

@Suite("Encodable rows as ordered JSON")
struct JSONValueEncoderTests {
    struct Bounds: Encodable {
        var lower: Double
        var upper: Double

        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(lower)
            try container.encode(upper)
        }
    }

    struct Row: Encodable {
        var name = "R&D \"team\""
        var n = 12
        var mean: Double? = 0.1 + 0.2
        var missing: Double?
        var flag = true
        var interval: Bounds? = Bounds(lower: 1.5, upper: 70)
        var tags = ["a", "b"]
        var bins: [(String, Int)] = [("0-9", 1), ("10-19", 0)]

        enum CodingKeys: String, CodingKey {
            case name, n, mean, missing, flag, interval, tags, bins
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(n, forKey: .n)
            try container.encodeIfPresent(mean, forKey: .mean)
            try container.encodeIfPresent(missing, forKey: .missing)
            try container.encode(flag, forKey: .flag)
            try container.encodeIfPresent(interval, forKey: .interval)
            try container.encode(tags, forKey: .tags)
            var nested = container.nestedContainer(keyedBy: DynamicKey.self, forKey: .bins)
            for (bin, count) in bins { try nested.encode(count, forKey: DynamicKey(bin)) }
        }
    }

    @Test("keys in declaration order, nil as null, numbers at full precision, dynamic keys in order")
    func encodes() throws {
        let value = try JSONValueEncoder.encode([Row()])
        // Written by hand from the JSON the row should give.
        #expect(value.rendered() == """
            [
              {
                "name": "R&D \\"team\\"",
                "n": 12,
                "mean": 0.30000000000000004,
                "missing": null,
                "flag": true,
                "interval": [1.5, 70],
                "tags": ["a", "b"],
                "bins": {
                  "0-9": 1,
                  "10-19": 0
                }
              }
            ]

            """)
    }

    struct Synthesized: Encodable {
        var id = "x"
        var count = 3
        var share: Double? = nil
        var ok = false
    }

    @Test("a synthesized Encodable gives every property, in order, nil as null")
    func synthesized() throws {
        #expect(try JSONValueEncoder.encode(Synthesized()).rendered() == "{\n  \"id\": \"x\",\n  \"count\": 3,\n  \"share\": null,\n  \"ok\": false\n}\n")
    }

    struct Wide: Encodable {
        var count: Int

        func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: DynamicKey.self)
            var array = object.nestedUnkeyedContainer(forKey: DynamicKey("array"))
            for value in 0..<count { try array.encode(value) }
            var members = object.nestedContainer(keyedBy: DynamicKey.self, forKey: DynamicKey("object"))
            for value in 0..<count { try members.encode(value, forKey: DynamicKey("k\(value)")) }
        }
    }

    /// Containers grow in place: 300,000 elements and 300,000 members took minutes when each
    /// append copied the container (n²/2 ≈ 4.5 × 10¹⁰ element copies), and take about a second.
    @Test("a wide array and object encode in linear time, every element in order", .timeLimit(.minutes(1)))
    func wide() throws {
        let count = 300_000
        guard case .object(let top) = try JSONValueEncoder.encode(Wide(count: count)),
              case .array(let array) = top.first?.1, case .object(let members) = top.last?.1
        else { Issue.record("not an object of an array and an object"); return }
        #expect(array.count == count && members.count == count)
        #expect(array.enumerated().allSatisfy { $1 == .integer($0) })
        #expect(members.enumerated().allSatisfy { $1.0 == "k\($0)" && $1.1 == .integer($0) })
    }
}
