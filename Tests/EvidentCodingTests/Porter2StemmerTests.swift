import EvidentCoding
import EvidentModel
import Testing

@Suite("Porter2Stemmer: Snowball English (codebook spec §3.2)")
struct Porter2StemmerTests {
    @Test("the official Snowball vocabulary and stems (sample of snowball-data english/diffs.txt)")
    func officialVocabulary() {
        let stemmer = Porter2Stemmer()
        var checked = 0
        for line in Porter2Vocabulary.pairs.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 2 else { continue }
            #expect(stemmer.stem(String(fields[0])) == String(fields[1]), "stem of \(fields[0])")
            checked += 1
        }
        #expect(checked == 252)
    }

    /// The exceptional forms and invariant words the algorithm lists, and words that exercise
    /// each step (R1 prefixes `gener`/`commun`/`arsen`, `y` as a consonant, apostrophes).
    @Test("special forms", arguments: [
        ("skis", "ski"), ("skies", "sky"), ("dying", "die"), ("lying", "lie"), ("tying", "tie"), ("idly", "idl"),
        ("gently", "gentl"), ("ugly", "ugli"), ("early", "earli"), ("only", "onli"), ("singly", "singl"),
        ("sky", "sky"), ("news", "news"), ("howe", "howe"), ("atlas", "atlas"), ("cosmos", "cosmos"),
        ("bias", "bias"), ("andes", "andes"), ("inning", "inning"), ("innings", "inning"), ("outings", "outing"),
        ("canning", "canning"), ("herrings", "herring"), ("proceed", "proceed"), ("exceeded", "exceed"),
        ("succeeding", "succeed"), ("generously", "generous"), ("communism", "communism"), ("arsenal", "arsenal"),
        ("mum's", "mum"), ("parents'", "parent"), ("'tis", "tis"), ("youth", "youth"), ("sayings", "say"),
        ("hopping", "hop"), ("hoping", "hope"), ("cries", "cri"), ("ties", "tie"), ("gas", "gas"), ("gaps", "gap"),
        ("feed", "feed"), ("agreed", "agre"), ("a", "a"), ("by", "by"), ("", ""),
    ])
    func specialForms(word: String, stem: String) {
        #expect(Porter2Stemmer().stem(word) == stem)
    }

    @Test("with stemming on, a plain word matches tokens of the same stem; wildcards are unchanged")
    func stemmingInTheEngine() throws {
        let options = CodingOptions(stemming: true)
        let engine = try CodingFixtures.engine(patterns: ["support", "listening worker", "isol*"], options: options)
        let coded = CodingFixtures.run(engine, "Supported, supportive, supports; workers listened; isolation")
        // support/supported/supports share the stem `support`; `supportive` stems to `support` too
        // (step 4 removes -ive in R2); `listened workers` is not in that order, so no phrase.
        #expect(coded.first?.matches.map { "\($0.pattern)@\($0.firstToken)" }
            == ["support@0", "support@1", "support@2", "isol*@5"])
        let phrase = CodingFixtures.run(engine, "the worker listened to the listening workers")
        #expect(CodingFixtures.tokenSpans(phrase) == ["5-6"])
        // Stems that end differently from the word: `sensibility` → `sensibl` (step 2 turns -biliti
        // into -ble, step 5 drops the e) = stem of `sensible`; `happy` → `happi` = `happiness`.
        let changed = try CodingFixtures.engine(patterns: ["sensibility", "happy"], options: options)
        #expect(CodingFixtures.tokenSpans(CodingFixtures.run(changed, "sensible and happiness, sense")) == ["0-0", "2-2"])
        let plain = try CodingFixtures.engine(patterns: ["support"])
        #expect(CodingFixtures.tokenSpans(CodingFixtures.run(plain, "Supported, support")) == ["1-1"])
    }
}
