import Testing

@testable import EvidentImport

/// Answers that say there is nothing to say are no comment; answers are kept.
@Suite("Inference: no comment")
struct NoCommentTests {
    @Test("no comment", arguments: [
        "No", "no", "NO.", "n/a", "N/A", "NA", "N.A.", "None", "none thanks", "Nope", "No comment", "No further comments.",
        "Nothing to add", "Nothing else to add, thank you", "No, thank you", "-", "?", "...", "not applicable",
    ])
    func noComment(answer: String) {
        #expect(NoComment.matches(answer))
    }

    @Test("an answer", arguments: [
        "Nothing", "Not really", "No one listened", "None of the workers rang back", "Nothing, it was all good", "",
        "Thank you", "Yes", "Not at all helpful", "No more groups in the holidays please",
    ])
    func answer(answer: String) {
        #expect(!NoComment.matches(answer))
    }
}
