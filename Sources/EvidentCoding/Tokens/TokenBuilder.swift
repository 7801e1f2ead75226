/// The token state machine of codebook spec §3.1, fed one normalised scalar at a time with the
/// answer offsets it came from; finished tokens go to a `TokenBuffer`.
///
/// On the ASCII fast path nothing is copied: a token is a range of the answer's own bytes (still
/// to be lower-cased by whoever reads it). On the slow path (`isCopying`), the caller appends each
/// scalar's normalised bytes and the token is a range of `buffer.bytes`.
///
/// Letters and digits extend a token; a combining mark extends the token it follows; an
/// apostrophe is held back until the next scalar shows whether it stands between two letters
/// (`mum's`) or not (`parents'`, `3's`); an ignorable format character is skipped; anything
/// else ends the token.
package struct TokenBuilder: Sendable {
    package var buffer = TokenBuffer()
    /// Whether scalars now fed are normalised into `buffer.bytes` rather than read in place.
    package var isCopying = false
    private var tokenIsCopied = false
    private var inToken = false
    private var lastWasLetter = false
    private var pendingApostrophe = false
    private var tokenStart = 0
    private var tokenEnd = 0
    private var tokenStartByte = 0
    private var textStart = 0

    package init() {}

    /// Moves the state machine over one scalar of class `kind` that came from the answer's
    /// scalars `start..<end` (whose UTF-8 begins at `sourceByte`). Returns whether the scalar
    /// belongs to the token; when copying, the caller must then append its normalised bytes. O(1).
    @inline(__always)
    package mutating func accept(_ kind: CharacterClass, start: Int, end: Int, sourceByte: Int) -> Bool {
        switch kind {
        case .letter:
            if !inToken {
                begin(start: start, sourceByte: sourceByte)
            } else if pendingApostrophe {
                if tokenIsCopied { buffer.bytes.append(UInt8(ascii: "'")) }
                pendingApostrophe = false
            }
            lastWasLetter = true
            tokenEnd = end
            return true
        case .digit:
            if pendingApostrophe { finish() }
            if !inToken { begin(start: start, sourceByte: sourceByte) }
            lastWasLetter = false
            tokenEnd = end
            return true
        case .mark:
            if inToken && !pendingApostrophe {
                tokenEnd = end
                return true
            }
            finish()
            return false
        case .apostrophe:
            if inToken && lastWasLetter && !pendingApostrophe {
                pendingApostrophe = true
                return false
            }
            finish()
            return false
        case .ignorable:
            return false
        case .separator:
            finish()
            return false
        }
    }

    /// Appends one normalised byte (ASCII) to the current token.
    @inline(__always)
    package mutating func append(byte: UInt8) {
        buffer.bytes.append(byte)
    }

    /// Appends one normalised scalar, as UTF-8, to the current token.
    package mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.value < 0x80 {
            buffer.bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8.encode(scalar) { buffer.bytes.append($0) }
        }
    }

    /// Drops the token in progress so that it can be read again from its first byte (used when
    /// a non-ASCII scalar turns up inside a token read on the ASCII fast path). Returns where
    /// that token began: its first byte and its scalar offset.
    package mutating func abandonToken() -> (byte: Int, offset: Int)? {
        guard inToken else { return nil }
        if tokenIsCopied { buffer.bytes.removeSubrange(textStart...) }
        inToken = false
        pendingApostrophe = false
        lastWasLetter = false
        return (tokenStartByte, tokenStart)
    }

    /// Ends the token in progress, if any, and records it.
    package mutating func finish() {
        guard inToken else { return }
        if tokenIsCopied {
            buffer.records.append(TokenBuffer.Record(
                start: tokenStart, end: tokenEnd, textStart: textStart, textEnd: buffer.bytes.count, isInAnswer: false))
        } else {
            // Read in place: every scalar was one ASCII byte, so bytes and scalars advance together.
            buffer.records.append(TokenBuffer.Record(
                start: tokenStart, end: tokenEnd, textStart: tokenStartByte,
                textEnd: tokenStartByte + tokenEnd - tokenStart, isInAnswer: true))
        }
        inToken = false
        pendingApostrophe = false
        lastWasLetter = false
    }

    private mutating func begin(start: Int, sourceByte: Int) {
        inToken = true
        tokenStart = start
        tokenStartByte = sourceByte
        tokenIsCopied = isCopying
        textStart = buffer.bytes.count
    }
}
