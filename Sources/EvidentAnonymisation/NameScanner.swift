/// Finds person names among a text's words. Every rule reads a word and at most a few of its
/// neighbours, and the gaps between words are read once, so the scan is linear.
///
/// The rules, in the order they are applied:
/// 1. **After a title.** `Mr`, `Mrs`, `Ms`, `Miss`, `Mx`, `Dr`, `Prof` (and `Sr`, `Fr`, `Rev`),
///    written with their capital, with or without a point, followed by up to three capitalised
///    words or initials: "Mr Smith", "Dr. Sarah Jones", "Mrs J. Patel". The title is kept.
/// 2. **A relationship or role word with a name in brackets.** "Mum (Kelly)", "my son (Jayden,
///    7)", "Dad (Lee Smith)": capitalised words inside the brackets, up to four, are names.
///    The other way round too: a capitalised word followed by a bracket holding only a role
///    ("Sam (my worker)", "Kelly (Mum)") is a name.
/// 3. **A possessive, a relationship or role word, then a capitalised word.** "my worker Jo",
///    "her son Will", "our family support worker Sam", "my key worker, Jo, helped": the word
///    directly after the role word (or after its comma) is a name when it is capitalised.
///    Without the possessive ("a place called Reading", "the worker Jo") nothing is inferred.
/// 4. **Listed or learned names**, as whole words (a possessive `'s` stays outside the
///    placeholder). Any letter case, except names that are also ordinary words
///    (``RedactionVocabulary/commonWordNames``: Will, May, Hope, Faith …), which must be
///    capitalised, not start a sentence, not be a month that is also a name (April, May, June,
///    August), and not be followed by a service or place word ("Hope Street"). Two listed
///    names that appear together in one learned full name are always replaced ("Will Smith").
/// 5. **Neighbours of a name.** Up to two capitalised words straight after a replaced name
///    (separated only by spaces) are taken as the rest of it ("Kerry Anne Walsh"), and one
///    straight before it when not at a sentence start — unless they are role, service, place,
///    day or month words.
///
/// Never names: relationship and role words themselves (Mum, Dad, Nan, Social Worker), words
/// that open sentences, and the placeholders. Words inside text already claimed (an email
/// address) are skipped.
enum NameScanner {
    /// Claims every name found in `text`.
    static func scan(
        _ text: ScalarText, tokens: [WordToken], lexicon: NameLexicon, commonWords: Set<String>, into spans: inout RedactionSpans
    ) {
        let context = NameContext(text: text, tokens: tokens, spans: spans)
        var marked = [Bool](repeating: false, count: tokens.count)
        for index in tokens.indices where !context.blocked[index] {
            markAfterTitle(index, context, &marked)
            markInBrackets(index, context, &marked)
            markAfterPossessive(index, context, &marked)
            markListed(index, context, lexicon: lexicon, commonWords: commonWords, &marked)
        }
        markNeighbours(context, lexicon: lexicon, &marked)
        for index in tokens.indices where marked[index] {
            spans.claim(tokens[index].base.range, as: .name)
        }
    }

    /// Rule 1.
    private static func markAfterTitle(_ index: Int, _ context: NameContext, _ marked: inout [Bool]) {
        let token = context.tokens[index]
        guard RedactionVocabulary.titles.contains(token.text) else { return }
        var next = index + 1
        while next < context.tokens.count, next <= index + 3, context.joinsName(next) {
            let candidate = context.tokens[next]
            let isInitial = candidate.text.count == 1 && candidate.isCapitalised
            guard isInitial || context.isNameLike(next, excluding: []) else { break }
            marked[next] = true
            next += 1
        }
    }

    /// Rule 2.
    private static func markInBrackets(_ index: Int, _ context: NameContext, _ marked: inout [Bool]) {
        guard let inside = context.bracketAfter(index) else { return }
        guard RedactionVocabulary.relationshipWords.contains(context.tokens[index].base.lowercased) else {
            markBeforeRoleBracket(index, inside: inside, context, &marked)
            return
        }
        var next = index + 1
        while next < context.tokens.count, next <= index + 4, context.tokens[next].range.upperBound <= inside.upperBound {
            if context.isNameLike(next, excluding: RedactionVocabulary.serviceWords) { marked[next] = true }
            next += 1
        }
    }

    /// Rule 2, the other way round: "Sam (my worker)".
    private static func markBeforeRoleBracket(_ index: Int, inside: Range<Int>, _ context: NameContext, _ marked: inout [Bool]) {
        guard context.isNameLike(index, excluding: RedactionVocabulary.serviceWords) else { return }
        var next = index + 1
        var hasRelationship = false
        while next < context.tokens.count, context.tokens[next].range.upperBound <= inside.upperBound {
            let word = context.tokens[next].lowercased
            if RedactionVocabulary.relationshipWords.contains(word) {
                hasRelationship = true
            } else if !RedactionVocabulary.roleModifiers.contains(word), !RedactionVocabulary.possessives.contains(word) {
                return
            }
            next += 1
        }
        if hasRelationship { marked[index] = true }
    }

    /// Rule 3.
    private static func markAfterPossessive(_ index: Int, _ context: NameContext, _ marked: inout [Bool]) {
        guard RedactionVocabulary.possessives.contains(context.tokens[index].lowercased) else { return }
        var next = index + 1
        var endsInRelationship = false
        while next < context.tokens.count, next <= index + 3, context.gapIsSpace[next] {
            let word = context.tokens[next].lowercased
            if RedactionVocabulary.relationshipWords.contains(word) {
                endsInRelationship = true
            } else if RedactionVocabulary.roleModifiers.contains(word) {
                endsInRelationship = false
            } else {
                break
            }
            next += 1
        }
        guard endsInRelationship, next < context.tokens.count, context.gapIsSpace[next] || context.gapIsComma(next), !context.blocked[next],
            context.isNameLike(next, excluding: RedactionVocabulary.serviceWords)
        else { return }
        marked[next] = true
    }

    /// Rule 4.
    private static func markListed(
        _ index: Int, _ context: NameContext, lexicon: NameLexicon, commonWords: Set<String>, _ marked: inout [Bool]
    ) {
        let token = context.tokens[index]
        guard token.isWord, !RedactionVocabulary.notNames.contains(token.base.lowercased) else { return }
        let key = token.base.lowercased
        let next = index + 1 < context.tokens.count && context.gapIsSpace[index + 1] && !context.blocked[index + 1] ? index + 1 : nil
        if let next, lexicon.containsPair(key, context.tokens[next].base.lowercased) {
            marked[index] = true
            marked[next] = true
            return
        }
        let parts = key.split(separator: "-").map(String.init)
        let listed = lexicon.contains(key) || (parts.count > 1 && parts.contains { lexicon.contains($0) && !commonWords.contains($0) })
        guard listed else { return }
        guard commonWords.contains(key) else {
            marked[index] = true
            return
        }
        let followedByPlace = next.map { RedactionVocabulary.serviceWords.contains(context.tokens[$0].lowercased) } ?? false
        if token.isCapitalised, !context.sentenceStart[index], !RedactionVocabulary.monthNames.contains(key), !followedByPlace {
            marked[index] = true
        }
    }

    /// Rule 5.
    private static func markNeighbours(_ context: NameContext, lexicon: NameLexicon, _ marked: inout [Bool]) {
        let excluded = RedactionVocabulary.serviceWords
        var anchor = -10
        for index in context.tokens.indices {
            if marked[index] {
                anchor = index
                continue
            }
            guard index - anchor <= 2, context.gapIsSpace[index], !context.blocked[index], !context.sentenceStart[index],
                context.isNameLike(index, excluding: excluded), !context.isMonth(index)
            else {
                anchor = -10
                continue
            }
            marked[index] = true
        }
        for index in context.tokens.indices.dropLast() where marked[index + 1] && !marked[index] {
            guard context.gapIsSpace[index + 1], !context.blocked[index], !context.isMonth(index),
                context.isNameLike(index, excluding: excluded),
                !context.sentenceStart[index] || lexicon.contains(context.tokens[index].base.lowercased)
            else { continue }
            marked[index] = true
        }
    }
}
