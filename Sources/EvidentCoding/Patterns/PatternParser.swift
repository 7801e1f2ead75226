/// Parses the pattern language of codebook spec §3.3: `term term …` and `A NEAR/n B`, where a
/// term is a word or `stem*` and a NEAR operand is a term or a double-quoted phrase.
///
/// Words are normalised and split into tokens exactly as answers are, so `Step-Down` is the
/// phrase `step down` and `Mum’s` is `mum's`.
public struct PatternParser: Sendable {
    private let tokenizer = Tokenizer()

    /// A parser; it holds no state, so one can be shared.
    public init() {}

    /// The parsed pattern, or the first error with its 1-based scalar position.
    ///
    /// O(n) in the length of the pattern.
    public func parse(_ text: String) throws(PatternSyntaxError) -> Pattern {
        let items = try PatternLexer.items(of: text)
        guard !items.isEmpty else { throw PatternSyntaxError(position: 1, reason: "the pattern is empty") }
        let nears = items.indices.filter { if case .near = items[$0] { true } else { false } }
        guard let nearIndex = nears.first else {
            return .phrase(try phrase(of: items))
        }
        if nears.count > 1 {
            throw PatternSyntaxError(position: items[nears[1]].position, reason: "a pattern may hold only one NEAR/n")
        }
        guard case .near(let distance, let position) = items[nearIndex] else { return .phrase(try phrase(of: items)) }
        let left = try operand(Array(items[..<nearIndex]), side: "before", near: "NEAR/\(distance)", at: position)
        let right = try operand(Array(items[(nearIndex + 1)...]), side: "after", near: "NEAR/\(distance)", at: position)
        return .near(left, right, distance: distance)
    }

    /// A pattern without NEAR: bare words, or one quoted phrase standing alone.
    private func phrase(of items: [PatternLexer.Item]) throws(PatternSyntaxError) -> PatternPhrase {
        if items.count == 1, case .quoted(let words, _) = items[0] {
            return try phrase(ofWords: words)
        }
        var terms: [PatternTerm] = []
        for item in items {
            switch item {
            case .word(let word, let position):
                terms += try self.terms(of: word, at: position)
            case .quoted(_, let position):
                throw PatternSyntaxError(
                    position: position,
                    reason: "double quotes only group a NEAR operand; without NEAR, write the phrase without them")
            case .near(_, let position):
                throw PatternSyntaxError(position: position, reason: "a pattern may hold only one NEAR/n")
            }
        }
        return PatternPhrase(terms)
    }

    /// One side of NEAR: exactly one word or one quoted phrase.
    private func operand(
        _ items: [PatternLexer.Item], side: String, near: String, at position: Int
    ) throws(PatternSyntaxError) -> PatternPhrase {
        guard let first = items.first else {
            throw PatternSyntaxError(position: position, reason: "\(near) needs a term or a quoted phrase \(side) it")
        }
        if items.count > 1 {
            throw PatternSyntaxError(
                position: items[1].position,
                reason: "a NEAR operand of several words must be in double quotes, "
                    + "as in \"social worker\" NEAR/4 listen*")
        }
        switch first {
        case .word(let word, let position): return PatternPhrase(try terms(of: word, at: position))
        case .quoted(let words, _): return try phrase(ofWords: words)
        case .near(_, let position):
            throw PatternSyntaxError(position: position, reason: "a pattern may hold only one NEAR/n")
        }
    }

    private func phrase(ofWords words: [(String, Int)]) throws(PatternSyntaxError) -> PatternPhrase {
        var terms: [PatternTerm] = []
        for (word, position) in words { terms += try self.terms(of: word, at: position) }
        return PatternPhrase(terms)
    }

    /// The terms of one written word: its tokens, the last one a prefix when the word ends in `*`.
    private func terms(of word: String, at position: Int) throws(PatternSyntaxError) -> [PatternTerm] {
        let scalars = Array(word.unicodeScalars)
        let isStar: (Unicode.Scalar) -> Bool = { $0 == "*" || $0.value == 0xFF0A }
        var body = scalars[...]
        let isWildcard = scalars.last.map(isStar) ?? false
        if isWildcard { body = body.dropLast() }
        if let star = body.firstIndex(where: isStar) {
            throw PatternSyntaxError(position: position + star, reason: "'*' may only end a word, as in depress*")
        }
        let tokens = tokenizer.tokens(in: String(String.UnicodeScalarView(body)))
        guard let last = tokens.last else {
            let reason = isWildcard
                ? "'*' needs at least 3 letters or digits before it"
                : "'\(word)' has no letters or digits to match"
            throw PatternSyntaxError(position: position, reason: reason)
        }
        var terms = tokens.dropLast().map { PatternTerm.word($0.text) }
        guard isWildcard else { return terms + [.word(last.text)] }
        guard last.end == body.count else {
            throw PatternSyntaxError(
                position: position + body.count, reason: "'*' must directly follow the letters or digits it extends")
        }
        guard last.text.count >= 3 else {
            throw PatternSyntaxError(
                position: position + last.start,
                reason: "the wildcard '\(last.text)*' needs at least 3 characters before '*'")
        }
        terms.append(.prefix(last.text))
        return terms
    }
}
