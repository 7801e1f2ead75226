import EvidentModel

extension CompiledCodebook {
    /// Compiles every pattern and exclusion of `codebook`, or throws `InputErrors` listing every
    /// one that does not parse, in codebook order.
    ///
    /// O(total length of the patterns).
    init(_ codebook: Codebook) throws(InputErrors) {
        lexicon = Lexicon(stemming: codebook.options.stemming)
        let parser = PatternParser()
        var errors: [InputError] = []
        var usesByPhrase: [[PhraseUse]] = []
        var inheritedAppliesTo: [String: [String]?] = [:]

        for placed in codebook.allCodes {
            let code = placed.code
            let index = Int32(codes.count)
            let appliesTo = code.appliesTo.flatMap { $0.isEmpty ? nil : $0 }
                ?? placed.parentID.flatMap { inheritedAppliesTo[$0] ?? nil }
            inheritedAppliesTo[code.id] = .some(appliesTo)
            if codeIndex[code.id] == nil { codeIndex[code.id] = codes.count }

            var texts: [String] = []
            var seen: Set<String> = []
            for source in code.patterns where !seen.contains(source.text) {
                do {
                    let pattern = try parser.parse(source.text)
                    register(pattern, role: .pattern, code: index, pattern: Int32(texts.count), into: &usesByPhrase)
                    texts.append(source.text)
                    seen.insert(source.text)
                } catch {
                    errors.append(error.inputError(pattern: source, codeID: code.id))
                }
            }
            for source in code.exclude {
                do {
                    let pattern = try parser.parse(source.text)
                    register(pattern, role: .exclusion, code: index, pattern: -1, into: &usesByPhrase)
                } catch {
                    errors.append(error.inputError(pattern: source, codeID: code.id, isExclusion: true))
                }
            }
            codes.append(CompiledCode(
                id: code.id, negation: code.negation ?? codebook.options.negation,
                appliesTo: appliesTo.map(Set.init), patterns: texts))
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        for code in codes {
            patternStart.append(patternTexts.count)
            patternTexts += code.patterns
        }
        codeIDs = codes.map(\.id)
        negation = codes.map(\.negation)
        isRestricted = codes.map { $0.appliesTo != nil }
        for phraseUses in usesByPhrase {
            uses += phraseUses
            useStart.append(Int32(uses.count))
        }
        freeze()
    }

    /// Adds the phrases of one parsed pattern or exclusion and records how each is used.
    private mutating func register(
        _ pattern: Pattern, role: PhraseUse.Role, code: Int32, pattern index: Int32,
        into usesByPhrase: inout [[PhraseUse]]
    ) {
        switch pattern {
        case .phrase(let phrase):
            add(PhraseUse(role: role, owner: code, pattern: index), for: phrase, into: &usesByPhrase)
        case .near(let first, let second, let distance):
            let rule = Int32(nearRules.count)
            nearRules.append(NearRule(code: code, pattern: role == .pattern ? index : -1, distance: distance))
            add(PhraseUse(role: .nearFirst, owner: rule, pattern: index), for: first, into: &usesByPhrase)
            add(PhraseUse(role: .nearSecond, owner: rule, pattern: index), for: second, into: &usesByPhrase)
        }
    }

    private mutating func add(_ use: PhraseUse, for phrase: PatternPhrase, into usesByPhrase: inout [[PhraseUse]]) {
        let terms = phrase.terms.map { lexicon.id(of: $0) }
        let id = Int(phrases.id(of: terms))
        if id == usesByPhrase.count { usesByPhrase.append([]) }
        usesByPhrase[id].append(use)
    }
}
