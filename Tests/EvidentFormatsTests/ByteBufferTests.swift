import Testing

@testable import EvidentFormats

@Suite("ByteBuffer: raw writes for CSV rows")
struct ByteBufferTests {
    @Test("integers as String(_:) writes them", arguments: [0, 7, 9, 10, 99, 100, 65_535, -1, -10, Int.max, Int.min])
    func integers(value: Int) {
        var buffer = ByteBuffer(capacity: 1)
        buffer.reserve(20)
        buffer.putDecimal(value)
        #expect(String(decoding: buffer.array, as: UTF8.self) == String(value))
    }

    @Test("text cells as CSVTable renders them", arguments: [
        "plain", "with, comma", "say \"hi\"", "line\nbreak", "=1+1", "-3", "@cmd", " padded ", "café ☕", "",
    ])
    func textCells(text: String) {
        var buffer = ByteBuffer(capacity: 1)
        var copy = text
        copy.withUTF8 { buffer.putCSVText($0) }
        #expect(String(decoding: buffer.array, as: UTF8.self) == CSVTable.field(.text(text)))
    }

    @Test("grows past its first capacity without losing what it holds")
    func grows() {
        var buffer = ByteBuffer(capacity: 1)
        var expected: [UInt8] = []
        for index in 0..<10_000 {
            buffer.reserve(1)
            buffer.put(UInt8(truncatingIfNeeded: index))
            expected.append(UInt8(truncatingIfNeeded: index))
        }
        #expect(buffer.count == 10_000)
        #expect(buffer.array == expected)
        buffer.removeAll()
        #expect(buffer.array.isEmpty)
    }

    @Test("hands its bytes over without losing any")
    func handsOver() {
        var buffer = ByteBuffer(capacity: 4)
        buffer.reserve(10)
        for byte in Array("handed over".utf8) {
            buffer.reserve(1)
            buffer.put(byte)
        }
        let owned = buffer.owned()
        #expect(owned.count == 11)
        #expect(owned.withBytes { String(decoding: $0, as: UTF8.self) } == "handed over")
    }
}
