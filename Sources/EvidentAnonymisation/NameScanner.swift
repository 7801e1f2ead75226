/// Finds person names among a text's words. Every rule reads a word and at most a few of its
/// neighbours, and the gaps between words are read once, so the scan is linear.
///
/// The rules, in the order they are applied:
/// 1. **Phrases of the names list**, whole ("Bank Street", "Gemma Hartley", "The Larches"), in
///    any letter case; a title opening the entry ("Mrs Pryce") is matched but kept.
/// 2. **After a title.** `Mr`, `Mrs`, `Ms`, `Miss`, `Mx`, `Dr`, `Prof` (and `Sr`, `Fr`, `Rev`),
///    written with their capital, with or without a point, followed by up to three capitalised
///    words or initials: "Mr Smith", "Dr. Sarah Jones", "Mrs J. Patel". The title is kept.
/// 3. **A relationship or role word with a name in brackets.** "Mum (Kelly)", "my son (Jayden,
///    7)", "Dad (Lee Smith)": capitalised words inside the brackets, up to four, are names.
///    The other way round too: a capitalised word followed by a bracket holding only a role
///    ("Sam (my worker)", "Kelly (Mum)") is a name.
/// 4. **A possessive, a relationship or role word, then a capitalised word.** "my worker Jo",
///    "her son Will", "our family support worker Sam", "my key worker, Jo, helped": the word
///    directly after the role word (or after its comma) is a name when it is capitalised.
///    Without the possessive ("a place called Reading", "the worker Jo") nothing is inferred.
/// 5. **Listed or learned names**, as whole words (a possessive `'s` stays outside the
///    placeholder; "the Okonkwos" loses the name and keeps its `s`), in any letter case —
///    but a name learned from a name column directly before a street or building word names
///    the place ("Marsh Lane", "the Lindsey Centre"), and after an article it is a title or a
///    thing ("the Dean of the college") unless a household word follows ("the Marsh family").
///    A listed name is replaced there too ("Thornby Road" when "Thornby" is listed). Names that are
///    also ordinary words (``RedactionVocabulary/commonWordNames``: Will, May, Hope, Grace …)
///    must be capitalised, not follow an article ("the Rose Garden"), not be a month that is
///    also a name (April, May, June, August), not be followed by a service or place word
///    ("Hope Street"), and either be followed by "from" ("Rose from the school office") or
///    stand mid-sentence before no other capitalised word ("Hope Again" is a service's name).
///    Two names that appear together in one learned full name are replaced together ("Will
///    Smith"), unless they name a place ("the Rose Hill estate", "Rose Hill Community Centre").
/// 6. **A name in apposition to a relationship**: "Grace is my sister", "Tariq, my dad, came"
///    (mid-sentence, or a known name), "June my worker" (a known name).
/// 7. **Straight after a family word**: "Nanny Pat", "Auntie Sue", "Baby Amira", "mum Stacey,
///    dad Darren" — not a month ("Mum May" is left to rule 3's brackets) nor a service or
///    place word ("Baby Massage", "Baby Bank").
/// 8. **A name the text has already shown to be one**: once a name that is also an ordinary
///    word is replaced in a text, its other capitalised uses there are replaced too, at the
///    start of a sentence included ("Will was brilliant … and Will just got him"), unless a
///    subject follows it ("Will they help?").
/// 9. **Neighbours of a name.** Up to two capitalised words straight after a replaced name
///    (separated only by spaces) are taken as the rest of it ("Kerry Anne Walsh"), and one
///    straight before it when not at a sentence start, or an initial with its point ("J.
///    Okoro") — unless they are role, service, place, building, day or month words or
///    acronyms ("PCSO"). Names-list phrases are not extended.
///
/// Never names: relationship and role words themselves (Mum, Dad, Nan, Social Worker), words
/// that open sentences, and the placeholders. Words inside text already claimed (an email
/// address) are skipped.
enum NameScanner {
    /// What the rules have found so far: which words are names, which of them came from a
    /// names-list phrase, and the part of a word to replace when it is not the whole word.
    struct Marks {
        var name: [Bool]
        var phrase: [Bool]
        var part: [Int: Range<Int>] = [:]

        init(count: Int) {
            name = [Bool](repeating: false, count: count)
            phrase = name
        }
    }

    /// Claims every name found in `text`.
    static func scan(
        _ text: ScalarText, tokens: [WordToken], lexicon: NameLexicon, commonWords: Set<String>, into spans: inout RedactionSpans
    ) {
        let context = NameContext(text: text, tokens: tokens, spans: spans)
        var marks = Marks(count: tokens.count)
        for index in tokens.indices where !context.blocked[index] {
            markPhrase(index, context, lexicon: lexicon, &marks)
        }
        for index in tokens.indices where !context.blocked[index] && !marks.phrase[index] {
            markAfterTitle(index, context, &marks.name)
            markInBrackets(index, context, &marks.name)
            markAfterPossessive(index, context, &marks.name)
            markListed(index, context, lexicon: lexicon, commonWords: commonWords, &marks)
            markApposition(index, context, lexicon: lexicon, &marks.name)
            markAfterKin(index, context, &marks.name)
        }
        markConfirmed(context, commonWords: commonWords, &marks)
        markNeighbours(context, lexicon: lexicon, &marks)
        for index in tokens.indices where marks.name[index] {
            spans.claim(marks.part[index] ?? tokens[index].base.range, as: .name)
        }
    }

    /// Rule 1.
    private static func markPhrase(_ index: Int, _ context: NameContext, lexicon: NameLexicon, _ marks: inout Marks) {
        for phrase in lexicon.phrases(startingWith: context.tokens[index].lowercased) {
            let last = index + phrase.words.count - 1
            guard last < context.tokens.count else { continue }
            let matches = phrase.words.indices.allSatisfy { offset in
                let position = index + offset
                let token = context.tokens[position]
                let key = offset == phrase.words.count - 1 ? token.base.lowercased : token.lowercased
                return key == phrase.words[offset] && !context.blocked[position] && (offset == 0 || context.gapIsSpace[position])
            }
            guard matches else { continue }
            for position in (index + phrase.kept)...last {
                marks.name[position] = true
                marks.phrase[position] = true
            }
            return
        }
    }

    /// Rule 2.
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

    /// Rule 3.
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

    /// Rule 3, the other way round: "Sam (my worker)".
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

    /// Rule 4.
    private static func markAfterPossessive(_ index: Int, _ context: NameContext, _ marked: inout [Bool]) {
        guard let next = context.endOfRelationship(from: index), next < context.tokens.count,
            context.gapIsSpace[next] || context.gapIsComma(next), !context.blocked[next],
            context.isNameLike(next, excluding: RedactionVocabulary.serviceWords)
        else { return }
        marked[next] = true
    }

    /// Rule 6.
    private static func markApposition(_ index: Int, _ context: NameContext, lexicon: NameLexicon, _ marked: inout [Bool]) {
        guard index + 1 < context.tokens.count, !marked[index],
            context.isNameLike(index, excluding: RedactionVocabulary.serviceWords.union(RedactionVocabulary.placeWords))
        else { return }
        let isKnown = lexicon.contains(context.tokens[index].base.lowercased)
        var possessive = index + 1
        if context.gapIsSpace[possessive], ["is", "was"].contains(context.tokens[possessive].lowercased) {
            possessive += 1
        } else if context.gapIsComma(possessive) {
            guard isKnown || !context.sentenceStart[index] else { return }
        } else {
            guard context.gapIsSpace[possessive], isKnown else { return }
        }
        guard possessive < context.tokens.count, possessive == index + 1 || context.gapIsSpace[possessive],
            context.endOfRelationship(from: possessive) != nil
        else { return }
        marked[index] = true
    }

    /// Rule 7.
    private static func markAfterKin(_ index: Int, _ context: NameContext, _ marked: inout [Bool]) {
        let next = index + 1
        guard RedactionVocabulary.familyWords.contains(context.tokens[index].lowercased), next < context.tokens.count,
            context.gapIsSpace[next], !context.blocked[next], !context.isMonth(next),
            context.isNameLike(next, excluding: RedactionVocabulary.serviceWords.union(RedactionVocabulary.placeWords))
        else { return }
        marked[next] = true
    }
}
