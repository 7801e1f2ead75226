import EvidentModel

/// What coding one answer needs to know beyond its text: its data set, for `applies_to`.
struct AnswerContext {
    var dataset: String
    var kind: DatasetKind
}

/// Where the scan of an answer stands: the byte it is at, the current sentence's first byte and
/// scalar offset, and how far byte indexes run ahead of scalar offsets (non-ASCII read so far).
struct ScanPosition {
    var index = 0
    /// Byte index − scalar offset, valid from `segmentStart` on until the next non-ASCII scalar.
    var delta = 0
    var segmentStart = 0
    var segmentOffset = 0
    /// The index the next non-empty segment will have.
    var segmentIndex = 0
}

extension CompiledCodebook {
    /// The scanner's classes of bytes.
    enum ByteClass: UInt8 {
        /// Not part of a token, and no sentence boundary (an apostrophe not inside a token is one).
        case separator
        /// An ASCII letter or digit.
        case word
        /// `. ! ?`, with `segment: sentence`.
        case terminator
        /// LF, VT, FF or CR, with `segment: sentence`.
        case lineBreak
        /// A byte of a non-ASCII scalar.
        case nonASCII
    }

    static let sentenceClasses: [ByteClass] = (0..<256).map { byteClass(UInt8($0), sentences: true) }
    static let responseClasses: [ByteClass] = (0..<256).map { byteClass(UInt8($0), sentences: false) }

    private static func byteClass(_ byte: UInt8, sentences: Bool) -> ByteClass {
        if byte >= 0x80 { return .nonASCII }
        if byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A || byte >= 0x30 && byte <= 0x39 { return .word }
        guard sentences else { return .separator }
        if byte == 0x2E || byte == 0x21 || byte == 0x3F { return .terminator }
        if byte >= 0x0A && byte <= 0x0D { return .lineBreak }
        return .separator
    }

    /// Codes one answer in a single pass over its UTF-8 (`text`, followed in memory by at least
    /// 16 zero bytes): sentences and tokens are found together, each token is looked up and
    /// matched as soon as it ends, and each segment is turned into records as soon as it ends.
    ///
    /// ASCII is read 8 bytes at a time; a stretch holding non-ASCII is tokenised by the Unicode
    /// path (`Tokenizer`), and a sentence in which non-ASCII could move a boundary or a trim (a
    /// non-ASCII terminator, line break, closer after a terminator, or white space) is finished by
    /// `Segmenter` and `Tokenizer` themselves, so every result is what they give.
    ///
    /// O(n) in the length of the answer, plus the matcher's work per token.
    func scan(
        _ text: UnsafeBufferPointer<UInt8>, unit: SegmentUnit, context: AnswerContext, scratch: inout MatchScratch,
        into coded: inout CodedRecords
    ) {
        guard let bytes = text.baseAddress, let tables else { return }
        let count = text.count
        let sentences = unit == .sentence
        var position = ScanPosition()
        scratch.startSegment()
        (sentences ? Self.sentenceClasses : Self.responseClasses).withUnsafeBufferPointer { classes in
            var index = 0
            while index < count {
                let byte = bytes[index]
                let kind = classes[Int(byte)]
                // Word bytes and separators here, the rest (sentence ends, non-ASCII) out of line,
                // so that the loop is two predictable branches and no jump table.
                if kind == .word {
                    let (end, hasApostrophe) = Self.tokenEnd(bytes, from: index)
                    let next = bytes[end]
                    if next < 0x80 && !(next == 0x27 && Self.isLetter(bytes[end - 1]) && bytes[end + 1] >= 0x80) {
                        Self.acceptASCII(bytes, start: index, end: end, hasApostrophe: hasApostrophe,
                                         delta: position.delta, tables: tables, scratch: &scratch)
                        // Most tokens are followed by one space: step over it here.
                        index = next == 0x20 ? end + 1 : end
                        continue
                    }
                    position.index = index
                    region(text, restart: index, from: next >= 0x80 ? end : end + 1, sentences: sentences,
                           position: &position, context: context, scratch: &scratch, into: &coded)
                    index = position.index
                } else if kind == .separator {
                    index += 1
                } else {
                    position.index = index
                    special(kind, text, sentences: sentences, position: &position, context: context,
                            scratch: &scratch, into: &coded)
                    index = position.index
                }
            }
        }
        endSegment(text, end: count, endOffset: count - position.delta, position: &position, context: context,
                   scratch: &scratch, into: &coded)
    }

    /// A sentence end or a non-ASCII byte at `position.index`.
    @inline(never)
    private func special(
        _ kind: ByteClass, _ text: UnsafeBufferPointer<UInt8>, sentences: Bool, position: inout ScanPosition,
        context: AnswerContext, scratch: inout MatchScratch, into coded: inout CodedRecords
    ) {
        let index = position.index
        switch kind {
        case .terminator:
            terminator(text, position: &position, context: context, scratch: &scratch, into: &coded)
        case .lineBreak:
            let isCRLF = text[index] == 0x0D && index + 1 < text.count && text[index + 1] == 0x0A
            endSegment(text, end: index, endOffset: index - position.delta, position: &position, context: context,
                       scratch: &scratch, into: &coded)
            position.index = index + (isCRLF ? 2 : 1)
            position.segmentStart = position.index
            position.segmentOffset = position.index - position.delta
        case .nonASCII:
            region(text, restart: index, from: index, sentences: sentences, position: &position, context: context,
                   scratch: &scratch, into: &coded)
        case .word, .separator:
            position.index = index + 1
        }
    }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26
    }

    @inline(__always)
    private static func load(_ bytes: UnsafePointer<UInt8>, _ index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self))
    }

    /// The end of the ASCII token starting at `start`: letters and digits read 8 bytes at a
    /// time, an apostrophe kept only between two ASCII letters (codebook spec §3.1).
    @inline(__always)
    private static func tokenEnd(_ bytes: UnsafePointer<UInt8>, from start: Int) -> (end: Int, hasApostrophe: Bool) {
        var end = start
        var hasApostrophe = false
        while true {
            let word = load(bytes, end)
            let high: UInt64 = 0x8080_8080_8080_8080
            let low = word & 0x7F7F_7F7F_7F7F_7F7F
            let digit = (low &+ 0x5050_5050_5050_5050) & ~(low &+ 0x4646_4646_4646_4646)
            let folded = low | 0x2020_2020_2020_2020
            let letter = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505)
            let stop = ~((digit | letter) & ~word) & high
            if stop == 0 {
                end += 8
                continue
            }
            end += stop.trailingZeroBitCount >> 3
            if bytes[end] == 0x27, isLetter(bytes[end - 1]), isLetter(bytes[end + 1]) {
                end += 1
                hasApostrophe = true
                continue
            }
            return (end, hasApostrophe)
        }
    }

    /// Looks up and matches the ASCII token `bytes[start..<end]`, lower-cased 8 bytes at a time.
    @inline(__always)
    private static func acceptASCII(
        _ bytes: UnsafePointer<UInt8>, start: Int, end: Int, hasApostrophe: Bool, delta: Int, tables: MatchTables,
        scratch: inout MatchScratch
    ) {
        let length = end &- start
        // Letters, digits and the apostrophe all have bit 5 set once lower-cased.
        let lower: UInt64 = 0x2020_2020_2020_2020
        if length <= 8 {
            // A token has at least one byte, so the shift is below 64.
            scratch.keyWords.base[0] = (load(bytes, start) | lower) & (UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- length &* 8))
        } else {
            let count = (length + 7) >> 3
            scratch.keyWords.reserve(count)
            let words = scratch.keyWords.base
            for index in 0..<count {
                let word = load(bytes, start + index * 8) | lower
                words[index] = index == count - 1 ? word & TermKey.mask(length - index * 8) : word
            }
        }
        tables.accept(length: length, mayNegate: hasApostrophe, start: start &- delta, end: end &- delta, scratch: &scratch)
    }

    /// A run of `. ! ?` at `position.index`, with the closing quotes and brackets after it: a
    /// sentence boundary when white space or the end follows (codebook spec §3.5).
    private func terminator(
        _ text: UnsafeBufferPointer<UInt8>, position: inout ScanPosition, context: AnswerContext,
        scratch: inout MatchScratch, into coded: inout CodedRecords
    ) {
        guard let bytes = text.baseAddress else { return }
        let start = position.index
        var end = start + 1
        while bytes[end] == 0x2E || bytes[end] == 0x21 || bytes[end] == 0x3F { end += 1 }
        let isSinglePeriod = end == start + 1 && bytes[start] == 0x2E
        while bytes[end] == 0x22 || bytes[end] == 0x27 || bytes[end] == 0x29 || bytes[end] == 0x5D || bytes[end] == 0x7D {
            end += 1
        }
        let next = bytes[end]
        if next >= 0x80 {
            // A non-ASCII terminator, closer or space may follow: the segmenter decides.
            finishSentence(text, restart: start, from: start, sentences: true, position: &position, context: context,
                           scratch: &scratch, into: &coded)
            return
        }
        let isFollowedBySpace = end == text.count || next == 0x20 || (next >= 0x09 && next <= 0x0D)
        if isFollowedBySpace && !(isSinglePeriod && SentenceBoundary.isAbbreviation(in: text, period: start)) {
            endSegment(text, end: end, endOffset: end - position.delta, position: &position, context: context,
                       scratch: &scratch, into: &coded)
            position.segmentStart = end
            position.segmentOffset = end - position.delta
        }
        position.index = end
    }

    /// A stretch from `restart` (a token's start, or the non-ASCII byte `from`) to the next ASCII
    /// separator, tokenised by the Unicode path; or, when it holds white space or a scalar that can
    /// end a sentence, the rest of the sentence handed to `finishSentence`.
    private func region(
        _ text: UnsafeBufferPointer<UInt8>, restart: Int, from nonASCII: Int, sentences: Bool,
        position: inout ScanPosition, context: AnswerContext, scratch: inout MatchScratch,
        into coded: inout CodedRecords
    ) {
        let count = text.count
        let classes = CharacterClass.ascii
        var end = nonASCII + 1
        while end < count, text[end] >= 0x80 || classes[Int(text[end])] != .separator { end += 1 }
        var index = nonASCII
        while index < end {
            if text[index] < 0x80 {
                index += 1
                continue
            }
            let (scalar, length) = UTF8Cursor.scalar(in: text, at: index)
            if SentenceBoundary.isWhitespace(scalar) || (sentences && SentenceBoundary.isTerminator(scalar)) {
                // Line breaks are white space too.
                finishSentence(text, restart: restart, from: nonASCII, sentences: sentences, position: &position,
                               context: context, scratch: &scratch, into: &coded)
                return
            }
            index += length
        }
        scratch.builder.buffer.removeAll()
        let offset = Tokenizer().scanNormalizing(
            text, bytes: restart..<end, firstOffset: restart - position.delta, into: &scratch.builder,
            cache: &scratch.normalization)
        scratch.builder.finish()
        acceptBuilt(text, scratch: &scratch)
        position.delta = end - offset
        position.index = end
    }

    /// Hands the rest of the current sentence, from `restart` (no token in progress before it),
    /// to `Segmenter` (resuming at `from`, where a scalar starts) and `Tokenizer`, then ends it.
    private func finishSentence(
        _ text: UnsafeBufferPointer<UInt8>, restart: Int, from resume: Int, sentences: Bool,
        position: inout ScanPosition, context: AnswerContext, scratch: inout MatchScratch,
        into coded: inout CodedRecords
    ) {
        let resumeOffset = resume - position.delta
        let boundary = sentences
            ? Segmenter.nextBoundary(in: text, from: resume, offset: resumeOffset)
            : {
                let end = resumeOffset + UTF8Cursor.scalarCount(in: text, bytes: resume..<text.count)
                return Segmenter.Boundary(end: text.count, endOffset: end, next: text.count, nextOffset: end)
            }()
        if let span = Segmenter.trimmed(
            text, bytes: position.segmentStart..<boundary.end, start: position.segmentOffset, end: boundary.endOffset)
        {
            let start = max(restart, span.bytes.lowerBound)
            if start < span.bytes.upperBound {
                scratch.builder.buffer.removeAll()
                Tokenizer().scan(
                    text, bytes: start..<span.bytes.upperBound,
                    firstOffset: start == restart ? restart - position.delta : span.start,
                    into: &scratch.builder, cache: &scratch.normalization)
                acceptBuilt(text, scratch: &scratch)
            }
        }
        endSegment(text, end: boundary.end, endOffset: boundary.endOffset, position: &position, context: context,
                   scratch: &scratch, into: &coded)
        position.index = boundary.next
        position.delta = boundary.next - boundary.nextOffset
        position.segmentStart = boundary.next
        position.segmentOffset = boundary.nextOffset
    }

    /// Matches the tokens the slow path left in `scratch.builder`.
    private func acceptBuilt(_ text: UnsafeBufferPointer<UInt8>, scratch: inout MatchScratch) {
        guard let tables else { return }
        let buffer = scratch.builder.buffer
        buffer.bytes.withUnsafeBufferPointer { normalized in
            for record in buffer.records {
                let bytes = TokenBuffer.text(of: record, answer: text, normalized: normalized)
                tables.accept(bytes: bytes, start: record.start, end: record.end, scratch: &scratch)
            }
        }
    }

    /// Ends the current sentence at byte `end` (scalar offset `endOffset`): if anything is left
    /// once it is trimmed it is the next segment, and its matches become records.
    private func endSegment(
        _ text: UnsafeBufferPointer<UInt8>, end: Int, endOffset: Int, position: inout ScanPosition,
        context: AnswerContext, scratch: inout MatchScratch, into coded: inout CodedRecords
    ) {
        let span = Segmenter.trimmed(
            text, bytes: position.segmentStart..<end, start: position.segmentOffset, end: endOffset)
        if let span {
            if !scratch.matches.isEmpty || !scratch.nearOccurrences.isEmpty {
                resolveNearRules(scratch: &scratch)
                if !scratch.matches.isEmpty {
                    append(segment: position.segmentIndex, span: span, context: context, scratch: &scratch, into: &coded)
                }
            }
            position.segmentIndex += 1
        }
        scratch.startSegment()
    }
}
