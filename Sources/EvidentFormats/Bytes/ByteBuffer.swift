/// A growable run of bytes written through a raw pointer, for rendering millions of CSV rows:
/// the caller makes room for a row once (`reserve`), then each byte is a store, without the
/// uniqueness and capacity checks an `Array` append makes every time.
///
/// Written by hand because no listed package offers it and `Array` cannot expose its spare
/// capacity for writing. Noncopyable, so the storage has one owner and is freed once.
package struct ByteBuffer: ~Copyable {
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline package internal(set) var count = 0
    @usableFromInline var capacity: Int

    package init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// The bytes written, copied into an array.
    package var array: [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// The bytes written, handed over without a copy: the buffer's storage becomes the result's.
    package consuming func owned() -> OwnedBytes {
        let bytes = OwnedBytes(base: base, count: count)
        discard self
        return bytes
    }

    /// The bytes written, borrowed for the duration of `body`.
    package func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Forgets the bytes written, keeping the storage.
    package mutating func removeAll() {
        count = 0
    }

    /// Makes room for `extra` more bytes: the `put` methods below write only into room made
    /// this way. Amortised O(1) per byte.
    @inlinable
    package mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let grown = max(capacity * 2, count + extra)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        larger.update(from: base, count: count)
        base.deallocate()
        base = larger
        capacity = grown
    }

    @inlinable @inline(__always)
    package mutating func put(_ byte: UInt8) {
        assert(count < capacity, "reserve before put")
        base[count] = byte
        count &+= 1
    }

    @inlinable @inline(__always)
    package mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        assert(count + bytes.count <= capacity, "reserve before put")
        guard let source = bytes.baseAddress else { return }
        (base + count).update(from: source, count: bytes.count)
        count &+= bytes.count
    }

    /// Writes `value` in decimal, as `String(value)` writes it; needs room for 20 bytes.
    @inlinable @inline(__always)
    package mutating func putDecimal(_ value: Int) {
        if value >= 0, value < 10 {
            put(0x30 &+ UInt8(truncatingIfNeeded: value))
            return
        }
        if value < 0 { put(0x2D) }
        // Int.min has no positive counterpart; its magnitude fits in UInt. Digits are counted,
        // then written from the last (division by the constant 10 is a multiplication).
        var rest = value.magnitude
        var digits = 0
        repeat {
            digits &+= 1
            rest /= 10
        } while rest > 0
        rest = value.magnitude
        var position = count &+ digits
        count = position
        repeat {
            position &-= 1
            base[position] = 0x30 &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        } while rest > 0
    }

    /// Writes a CSV text cell given as UTF-8, as `CSVTable.append(_:to:)` renders it: copied
    /// whole when it needs neither quotes nor neutralising, otherwise quoted and neutralised.
    /// Makes its own room.
    package mutating func putCSVText(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let first = utf8.first, let last = utf8.last else { return }
        var plain: Bool
        switch first {
        case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D, 0x20: plain = false
        default: plain = last != 0x20
        }
        if plain {
            for byte in utf8 where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D {
                plain = false
                break
            }
        }
        if plain {
            reserve(utf8.count)
            put(utf8)
            return
        }
        var quoted: [UInt8] = []
        CSVTable.append(bytes: utf8, to: &quoted)
        reserve(quoted.count)
        quoted.withUnsafeBufferPointer { put($0) }
    }
}

/// Bytes a `ByteBuffer` has handed over (`owned()`): freed when the last reference goes.
///
/// `@unchecked Sendable`: the bytes are never written after the hand-over.
package final class OwnedBytes: @unchecked Sendable {
    private let base: UnsafeMutablePointer<UInt8>
    package let count: Int

    fileprivate init(base: UnsafeMutablePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    deinit {
        base.deallocate()
    }

    /// The bytes, borrowed for the duration of `body`.
    package func withBytes<Result, Failure: Error>(
        _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }
}
