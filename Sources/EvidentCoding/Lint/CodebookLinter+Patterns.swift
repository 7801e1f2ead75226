import EvidentModel

extension CodebookLinter {
    /// Parses one pattern or exclusion, adding an error for each wildcard with a stem under 3
    /// characters and for any other syntax error, each at the column of the problem. Returns the
    /// pattern when it parses.
    func check(
        _ source: PatternSource, of code: String, isExclusion: Bool, into findings: inout [LintFinding]
    ) -> Pattern? {
        let kind = isExclusion ? "exclude pattern" : "pattern"
        let wildcards = Self.shortWildcards(in: source.text)
        for wildcard in wildcards {
            findings.append(LintFinding(
                .error,
                "wildcard '\(wildcard.text)' in \(kind) '\(source.text)' of \(code) needs at least 3 characters before '*'",
                at: Self.location(of: source, position: wildcard.position)))
        }
        do throws(PatternSyntaxError) {
            return try parser.parse(source.text)
        } catch {
            if !wildcards.contains(where: { $0.position == error.position }) {
                findings.append(LintFinding(
                    .error, "cannot parse \(kind) '\(source.text)' of \(code) \(error.description)",
                    at: Self.location(of: source, position: error.position)))
            }
            return nil
        }
    }

    /// Every word of a pattern that ends in `*` with fewer than 3 characters in the token before
    /// it (`de*`, `a*`, `*`, `step-by*`), with the 1-based position of its stem (of the `*` when
    /// there is no stem). Words whose `*` is misplaced are left to the parser.
    static func shortWildcards(in text: String) -> [(text: String, position: Int)] {
        guard let items = try? PatternLexer.items(of: text) else { return [] }
        var words: [(String, Int)] = []
        for item in items {
            switch item {
            case .word(let word, let position): words.append((word, position))
            case .quoted(let quoted, _): words += quoted
            case .near: break
            }
        }
        let tokenizer = Tokenizer()
        var found: [(text: String, position: Int)] = []
        for (word, position) in words {
            let scalars = Array(word.unicodeScalars)
            guard let last = scalars.last, last == "*" || last.value == 0xFF0A else { continue }
            let body = String(String.UnicodeScalarView(scalars.dropLast()))
            guard !body.unicodeScalars.contains(where: { $0 == "*" || $0.value == 0xFF0A }) else { continue }
            guard let stem = tokenizer.tokens(in: body).last else {
                found.append(("*", position + scalars.count - 1))
                continue
            }
            guard stem.end == scalars.count - 1, stem.text.count < 3 else { continue }
            found.append((stem.text + "*", position + stem.start))
        }
        return found
    }

    /// The location of 1-based `position` in a pattern's text: its column moved along the line
    /// (when the pattern's text stands verbatim at its location, which the lenient reader notes
    /// by giving a column).
    static func location(of source: PatternSource, position: Int) -> SourceLocation? {
        guard var location = source.declaredAt else { return nil }
        if let column = location.column { location.column = column + position - 1 }
        return location
    }
}
