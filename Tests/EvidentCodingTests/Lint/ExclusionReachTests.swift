import EvidentModel
import Foundation
import Testing

@testable import EvidentCoding

@Suite("ExclusionReach: when an exclusion can never act on its code's patterns")
struct ExclusionReachTests {
    /// The warnings for one code `c` with `patterns` and `exclude`, each shortened to what
    /// follows the exclusion's name.
    func warnings(_ patterns: [String], _ exclude: [String], stemming: Bool = false) -> [String] {
        let parser = PatternParser()
        let reach = ExclusionReach(stemming: stemming)
        let parsed = { (text: String) in (PatternSource(text), try? parser.parse(text)) }
        return reach.findings(code: "code 'c'", patterns: patterns.map(parsed), exclusions: exclude.map(parsed))
            .map { $0.message.replacingOccurrences(of: "of code 'c' ", with: "") }
    }

    static let cases: [([String], [String], [String])] = [
        // The spec's example: the exclusion refines the pattern, and can stand on its tokens.
        (["mental health"], ["mental health team"], []),
        // Contextual exclusions share no word with the patterns: not reported.
        (["anxi*", "depress*"], ["train*", "first aid"], []),
        // Overlapping by one token is enough: "social worker social care".
        (["social worker"], ["worker social care"], []),
        // A wildcard and a word it starts are compatible, either way round.
        (["anxi*"], ["anxious about school"], []),
        (["anxiety"], ["anxi* about school"], []),
        (["anxiety"], ["school anxi*"], []),
        // Two wildcards, one stem extending the other.
        (["depress*"], ["depressi* test"], []),
        // Shares `domestic`, but the next tokens differ wherever they line up.
        (["domestic abuse"], ["domestic violence"], [
            "exclusion 'domestic violence' shares words with the code's patterns but can never overlap a match of any of them",
        ]),
        (["anxiety"], ["anxious NEAR/3 worry"], []),
        // Sharing only a function word does not make an exclusion a refinement.
        (["climbing the walls"], ["in the past"], []),
        // "domestic abuse domestic": the reversed phrase still overlaps on one token.
        (["domestic abuse"], ["abuse domestic"], []),
        // Related to one pattern and unrelated to the other: still reported.
        (["domestic abuse", "coercive control"], ["domestic violence"], [
            "exclusion 'domestic violence' shares words with the code's patterns but can never overlap a match of any of them",
        ]),
        // A NEAR pattern is taken operand by operand.
        (["\"social worker\" NEAR/4 listen*"], ["worker team"], []),
        // Swallowing: the exclusion matches wherever the pattern does.
        (["mental health team"], ["mental health"], [
            "exclusion 'mental health' matches wherever its pattern 'mental health team' does, so that pattern never codes",
        ]),
        (["training", "trainer"], ["train*"], [
            "exclusion 'train*' matches wherever its pattern 'training' does, so that pattern never codes",
            "exclusion 'train*' matches wherever its pattern 'trainer' does, so that pattern never codes",
        ]),
        (["anxiety"], ["anxiety"], [
            "exclusion 'anxiety' matches wherever its pattern 'anxiety' does, so that pattern never codes",
        ]),
        (["worker NEAR/3 listened"], ["worker"], [
            "exclusion 'worker' matches wherever its pattern 'worker NEAR/3 listened' does, so that pattern never codes",
        ]),
        (["worker really listened"], ["listened NEAR/1 worker"], [
            "exclusion 'listened NEAR/1 worker' matches wherever its pattern 'worker really listened' does, so that pattern never codes",
        ]),
        (["worker really listened"], ["listened NEAR/0 worker"], []),
        (["worker NEAR/3 listen*"], ["listen* NEAR/5 worker"], [
            "exclusion 'listen* NEAR/5 worker' matches wherever its pattern 'worker NEAR/3 listen*' does, so that pattern never codes",
        ]),
        (["worker NEAR/3 listen*"], ["listen* NEAR/2 worker"], []),
        // A wildcard never swallows a word that is narrower only in one direction.
        (["anxi*"], ["anxiety"], []),
        // No patterns of its own: the exclusion never acts (sub-codes are out of its reach).
        ([], ["train*"], [
            "exclusion 'train*' never applies: the code has no patterns of its own (exclusions do not apply to sub-codes)",
        ]),
        // Unparseable exclusions are errors elsewhere.
        (["anxiety"], ["de*"], []),
    ]

    @Test("warnings for a code's exclusions", arguments: cases)
    func reach(patterns: [String], exclude: [String], expected: [String]) {
        #expect(warnings(patterns, exclude) == expected)
    }

    @Test("with stemming on, words compare by stem, and a wildcard no longer swallows a word")
    func stemming() {
        #expect(warnings(["worries"], ["worry"], stemming: true) == [
            "exclusion 'worry' matches wherever its pattern 'worries' does, so that pattern never codes",
        ])
        #expect(warnings(["happy family"], ["happi*"], stemming: true).isEmpty)
        #expect(warnings(["training"], ["train*"], stemming: true).isEmpty)
        #expect(warnings(["worries about money"], ["money worry"], stemming: true).isEmpty)
        #expect(warnings(["worries money"], ["worry school"], stemming: true) == [
            "exclusion 'worry school' shares words with the code's patterns but can never overlap a match of any of them",
        ])
    }
}
