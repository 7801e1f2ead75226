import Testing
@testable import EvidentAnalysis

@Suite("Cronbach's alpha")
struct CronbachTests {
    // pingouin 0.7.0: pingouin.cronbach_alpha(pd.DataFrame(rows), nan_policy="listwise")[0]
    @Test("matches pingouin", arguments: [
        (
            [[4, 5, 4, 3, 4], [2, 3, 3, 2, 2], [5, 5, 4, 5, 5], [3, 3, 2, 3, 4], [4, 4, 5, 4, 3],
             [1, 2, 2, 1, 2], [3, 4, 3, 3, 3]],
            7, 5, 0.9430894308943089
        ),
        (   // two respondents with a missing answer are dropped listwise
            [[4, 5, 4], [2, nil, 3], [5, 5, 4], [3, 3, 2], [nil, 4, 5], [1, 2, 2], [3, 4, 3]],
            5, 3, 0.9555555555555556
        ),
        (   // items that disagree: alpha is negative and is not clamped
            [[3, 2], [2, 4], [4, 3], [1, 3]],
            4, 2, -0.7999999999999998
        ),
    ] as [([[Double?]], Int, Int, Double)])
    func matchesPingouin(responses: [[Double?]], respondents: Int, items: Int, alpha: Double) {
        let result = Cronbach.alpha(responses)
        #expect(result.respondents == respondents)
        #expect(result.items == items)
        #expect(isClose(result.value, alpha, relative: 1e-13))
        #expect(result.undefinedReason == nil)
    }

    @Test("undefined with fewer than 2 items, fewer than 2 complete respondents, or equal totals")
    func undefined() {
        let oneItem = Cronbach.alpha([[1], [2], [3]])
        #expect(oneItem.value == nil)
        #expect(oneItem.undefinedReason == "alpha needs at least 2 items (k = 1)")

        let oneRespondent = Cronbach.alpha([[1, 2, 3], [nil, 2, 3]])
        #expect(oneRespondent.value == nil)
        #expect(oneRespondent.respondents == 1)
        #expect(oneRespondent.undefinedReason == "alpha needs at least 2 respondents who answered every item (n = 1)")

        let allMissing = Cronbach.alpha([[nil, nil], [nil, nil]])
        #expect(allMissing.value == nil)
        #expect(allMissing.respondents == 0)

        #expect(Cronbach.alpha([]).value == nil)

        let allEqual = Cronbach.alpha([[3, 3, 3], [3, 3, 3], [3, 3, 3]])
        #expect(allEqual.value == nil)
        #expect(allEqual.undefinedReason == "every respondent has the same total, so the variance of the totals is 0")
    }
}
