/// A quote chosen for a code, anonymised: `quotes` in `results.json` and the appendix's quotes.
package struct QuoteRow: Sendable, Encodable {
    package var codeID = ""
    package var dataset = ""
    package var respondent = ""
    package var question = ""
    /// The quote's short reference (`QuoteReference`): `evident explain REF` shows its answer.
    package var reference = ""
    package var text = ""
    package var attribution = ""

    package init() {}

    package init(_ quote: Quote) {
        codeID = quote.codeID
        dataset = quote.dataset
        respondent = quote.respondent
        question = quote.question
        reference = quote.reference
        text = quote.text
        attribution = quote.attribution
    }
}
