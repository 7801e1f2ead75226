/// What the name rules need to know about each word of a text, worked out once: whether the
/// word is already claimed, whether only spaces separate it from the word before, and whether
/// it starts a sentence. O(n) to build.
struct NameContext: Sendable {
    /// The text.
    let text: ScalarText
    /// Its words.
    let tokens: [WordToken]
    /// Words overlapping text an earlier scanner claimed (an email address, a date).
    let blocked: [Bool]
    /// Whether only horizontal spaces (at least one) separate word `i` from word `i - 1`.
    let gapIsSpace: [Bool]
    /// Whether word `i` opens a sentence: it is the first word, or the gap before it holds
    /// sentence-ending punctuation, a colon, a line break, an opening quote or bracket, or a
    /// bullet.
    let sentenceStart: [Bool]

    /// The context of `tokens` in `text`, with `spans` claimed so far.
    init(text: ScalarText, tokens: [WordToken], spans: RedactionSpans) {
        self.text = text
        self.tokens = tokens
        blocked = tokens.map { !spans.isFree($0.range) }
        var gapIsSpace: [Bool] = []
        var sentenceStart: [Bool] = []
        var previousEnd = 0
        for (index, token) in tokens.enumerated() {
            let gap = text.scalars[previousEnd..<token.range.lowerBound]
            gapIsSpace.append(index > 0 && !gap.isEmpty && gap.allSatisfy(ScalarText.isSpace))
            sentenceStart.append(index == 0 || gap.contains(where: Self.opensSentence))
            previousEnd = token.range.upperBound
        }
        self.gapIsSpace = gapIsSpace
        self.sentenceStart = sentenceStart
    }

    /// Punctuation after which the next word starts a sentence (or a quotation, a bracketed
    /// aside, a list item), where a capital says nothing about names.
    private static func opensSentence(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "\u{2026}", ":", ";", "\n", "\r", "\u{2028}", "\u{2029}",
            "\"", "'", "\u{201C}", "\u{2018}", "\u{00AB}", "(", "[", "\u{2022}", "*":
            true
        default:
            false
        }
    }

    /// Whether word `index` could be a name: capitalised letters (two or more), not claimed,
    /// not a title, not a word that is never a name, and not in `excluding`.
    func isNameLike(_ index: Int, excluding: Set<String>) -> Bool {
        let token = tokens[index]
        let key = token.base.lowercased
        return token.isWord && token.isCapitalised && token.text.count >= 2 && !blocked[index]
            && !RedactionVocabulary.titles.contains(token.text) && !RedactionVocabulary.notNames.contains(key)
            && !excluding.contains(key)
    }

    /// Whether word `index` follows "the", "a" or "an", spaces between.
    func afterArticle(_ index: Int) -> Bool {
        index > 0 && gapIsSpace[index] && RedactionVocabulary.articles.contains(tokens[index - 1].lowercased)
    }

    /// Whether word `index` is written in capitals throughout, two letters or more: an
    /// acronym ("PCSO", "TAF"), not the rest of a name.
    func isAcronym(_ index: Int) -> Bool {
        let text = tokens[index].text
        return text.count >= 2 && text.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
    }

    /// Whether word `index` is an initial: one capital letter, not the words "I" or "A".
    func isInitial(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.text.count == 1 && token.isCapitalised && token.isWord && token.text != "I" && token.text != "A" && !blocked[index]
    }

    /// After a possessive at `index` ("my", "her"), up to three words ending in a relationship
    /// or role word ("my family support worker", "her son"): the index of the word after them.
    func endOfRelationship(from index: Int) -> Int? {
        guard RedactionVocabulary.possessives.contains(tokens[index].lowercased) else { return nil }
        var next = index + 1
        var endsInRelationship = false
        while next < tokens.count, next <= index + 3, gapIsSpace[next] {
            let word = tokens[next].lowercased
            if RedactionVocabulary.relationshipWords.contains(word) {
                endsInRelationship = true
            } else if RedactionVocabulary.roleModifiers.contains(word) {
                endsInRelationship = false
            } else {
                break
            }
            next += 1
        }
        return endsInRelationship ? next : nil
    }

    /// Whether word `index` is a month name or abbreviation.
    func isMonth(_ index: Int) -> Bool {
        RedactionVocabulary.months[tokens[index].lowercased] != nil
    }

    /// Whether a comma and spaces (at least one) separate word `index` from the word before:
    /// "my key worker, Jo".
    func gapIsComma(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let gap = text.scalars[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound]
        return gap.first == "," && gap.count >= 2 && gap.dropFirst().allSatisfy(ScalarText.isSpace)
    }

    /// Whether word `index` continues a name begun by the word before it: only spaces between
    /// them, or a point and spaces after a title or an initial ("Dr. Jones", "J. Smith").
    func joinsName(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        if gapIsSpace[index] { return true }
        let previous = tokens[index - 1]
        let gap = text.scalars[previous.range.upperBound..<tokens[index].range.lowerBound]
        guard gap.first == ".", gap.count >= 2, gap.dropFirst().allSatisfy(ScalarText.isSpace) else { return false }
        return RedactionVocabulary.titles.contains(previous.text) || (previous.text.count == 1 && previous.isCapitalised)
    }

    /// The scalars inside a bracket opened right after word `index` ("Mum (Kelly)"): up to two
    /// spaces, `(`, then text up to `)` within 60 scalars on the same line.
    func bracketAfter(_ index: Int) -> Range<Int>? {
        var position = tokens[index].range.upperBound
        var spaces = 0
        while spaces < 2, let scalar = text[safe: position], ScalarText.isSpace(scalar) {
            position += 1
            spaces += 1
        }
        guard text[safe: position] == "(" else { return nil }
        let open = position + 1
        var close = open
        while close < min(open + 60, text.count) {
            switch text.scalars[close] {
            case ")": return open..<close
            case "\n", "\r", "(": return nil
            default: close += 1
            }
        }
        return nil
    }
}
