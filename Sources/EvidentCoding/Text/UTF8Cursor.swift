/// Decoding helpers over valid UTF-8 (the bytes of a Swift `String`).
package enum UTF8Cursor {
    /// The scalar starting at `index` and the number of bytes it takes. O(1).
    @inline(__always)
    package static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = utf8[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            value = value << 6 | UInt32(utf8[index + offset] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The index of the first byte of the scalar that ends just before `index`. O(1).
    @inline(__always)
    package static func previousScalarStart(in utf8: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
        var start = index - 1
        while start > 0 && utf8[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// The number of scalars in `utf8[bytes]`: its bytes that are not continuation bytes. O(n).
    package static func scalarCount(in utf8: UnsafeBufferPointer<UInt8>, bytes: Range<Int>) -> Int {
        var count = 0
        for index in bytes where utf8[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
