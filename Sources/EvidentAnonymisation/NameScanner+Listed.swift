extension NameScanner {
    /// Rule 5: listed and learned names.
    static func markListed(_ index: Int, _ context: NameContext, lexicon: NameLexicon, commonWords: Set<String>, _ marks: inout Marks) {
        let token = context.tokens[index]
        guard token.isWord, !RedactionVocabulary.notNames.contains(token.base.lowercased) else { return }
        let key = token.base.lowercased
        let next = index + 1 < context.tokens.count && context.gapIsSpace[index + 1] && !context.blocked[index + 1] ? index + 1 : nil
        if let next, lexicon.containsPair(key, context.tokens[next].base.lowercased) {
            let after = next + 1 < context.tokens.count && context.gapIsSpace[next + 1] ? context.tokens[next + 1].lowercased : nil
            let namesPlace = after.map { RedactionVocabulary.placeWords.contains($0) || RedactionVocabulary.buildingWords.contains($0) } ?? false
            let isPossessive = context.tokens[next].base.range != context.tokens[next].range
            guard !namesPlace || isPossessive, !context.afterArticle(index) else { return }
            marks.name[index] = true
            marks.name[next] = true
            return
        }
        let parts = key.split(separator: "-").map(String.init)
        let listed = lexicon.contains(key) || (parts.count > 1 && parts.contains { lexicon.contains($0) && !commonWords.contains($0) })
        guard listed else {
            markFamily(index, context, lexicon: lexicon, commonWords: commonWords, &marks)
            return
        }
        let nextWord = next.map { context.tokens[$0] }
        if !lexicon.isListed(key) {
            // A learned name before a street or building word names the place ("Marsh Lane",
            // "the Lindsey Centre"); after an article it is a title or a thing ("the Dean"),
            // unless a household word follows ("the Marsh family").
            let nextKey = nextWord?.lowercased ?? ""
            if RedactionVocabulary.streetWords.contains(nextKey) || RedactionVocabulary.buildingWords.contains(nextKey) { return }
            if context.afterArticle(index), !RedactionVocabulary.householdWords.contains(nextKey) { return }
        }
        guard commonWords.contains(key) else {
            marks.name[index] = true
            return
        }
        let followedByPlace = nextWord.map {
            RedactionVocabulary.serviceWords.contains($0.lowercased) || RedactionVocabulary.placeWords.contains($0.lowercased)
        } ?? false
        guard token.isCapitalised, !RedactionVocabulary.monthNames.contains(key), !followedByPlace, !context.afterArticle(index) else {
            return
        }
        if nextWord?.lowercased == "from" {
            marks.name[index] = true
            return
        }
        guard !context.sentenceStart[index] else { return }
        if let nextWord, nextWord.isCapitalised, nextWord.isWord, !lexicon.contains(nextWord.base.lowercased) { return }
        marks.name[index] = true
    }

    /// Rule 5 for a family named in the plural: "the Okonkwos", "the Marshes" (a listed or
    /// learned name that is not an ordinary word, with `s` or, after s, x, z, ch or sh, `es`,
    /// after "the"); the ending is kept.
    private static func markFamily(_ index: Int, _ context: NameContext, lexicon: NameLexicon, commonWords: Set<String>, _ marks: inout Marks) {
        let token = context.tokens[index]
        let word = token.lowercased
        guard token.isCapitalised, word.hasSuffix("s"), context.afterArticle(index), context.tokens[index - 1].lowercased == "the" else {
            return
        }
        let sibilant = ["ses", "xes", "zes", "ches", "shes"].contains { word.hasSuffix($0) }
        let ending = sibilant && lexicon.contains(String(word.dropLast(2))) ? 2 : 1
        let singular = String(word.dropLast(ending))
        guard lexicon.contains(singular), !commonWords.contains(singular) else { return }
        marks.name[index] = true
        marks.part[index] = token.range.lowerBound..<(token.range.upperBound - ending)
    }

    /// Rule 8: other capitalised uses of an ordinary-word name the text has shown to be a name.
    static func markConfirmed(_ context: NameContext, commonWords: Set<String>, _ marks: inout Marks) {
        let confirmed = Set(context.tokens.indices.filter { marks.name[$0] && !marks.phrase[$0] }.map { context.tokens[$0].base.lowercased })
            .intersection(commonWords)
        guard !confirmed.isEmpty else { return }
        for index in context.tokens.indices where !marks.name[index] && !context.blocked[index] {
            let token = context.tokens[index]
            guard token.isCapitalised, confirmed.contains(token.base.lowercased), !context.afterArticle(index) else { continue }
            if index + 1 < context.tokens.count, context.gapIsSpace[index + 1] {
                let next = context.tokens[index + 1].lowercased
                if RedactionVocabulary.subjectWords.contains(next) || RedactionVocabulary.serviceWords.contains(next)
                    || RedactionVocabulary.placeWords.contains(next)
                {
                    continue
                }
            }
            marks.name[index] = true
        }
    }

    /// Rule 9: the rest of a name around a replaced word.
    static func markNeighbours(_ context: NameContext, lexicon: NameLexicon, _ marks: inout Marks) {
        let excluded = RedactionVocabulary.serviceWords.union(RedactionVocabulary.placeWords).union(RedactionVocabulary.buildingWords)
        var anchor = -10
        for index in context.tokens.indices {
            if marks.name[index] {
                anchor = marks.phrase[index] ? -10 : index
                continue
            }
            guard index - anchor <= 2, context.gapIsSpace[index], !context.blocked[index], !context.sentenceStart[index],
                context.isNameLike(index, excluding: excluded), !context.isMonth(index), !context.isAcronym(index)
            else {
                anchor = -10
                continue
            }
            marks.name[index] = true
        }
        for index in context.tokens.indices.dropLast() where marks.name[index + 1] && !marks.name[index] && !marks.phrase[index + 1] {
            if context.isInitial(index), context.joinsName(index + 1) {
                marks.name[index] = true
                continue
            }
            guard context.gapIsSpace[index + 1], !context.blocked[index], !context.isMonth(index), !context.isAcronym(index),
                context.isNameLike(index, excluding: excluded),
                !context.sentenceStart[index] || lexicon.contains(context.tokens[index].base.lowercased)
            else { continue }
            marks.name[index] = true
        }
    }
}
