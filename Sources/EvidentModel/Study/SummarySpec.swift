/// What the analyst asks of the appendix's summary page (manifest `study: summary:`): findings
/// to put first, in order, or to leave out, by their stable keys (`confidence/practitioners-2016/composite`,
/// printed in the summary's method note and in `results.json`'s `summary`), and their own
/// commentary, printed after the findings under their organisation's name.
public struct SummarySpec: Sendable, Hashable {
    /// Findings shown first, in this order, whether or not the rules would show them.
    public var pin: [String] = []
    /// Findings never shown.
    public var drop: [String] = []
    /// The analyst's own paragraphs, as written.
    public var commentary: [String] = []

    public init(pin: [String] = [], drop: [String] = [], commentary: [String] = []) {
        self.pin = pin
        self.drop = drop
        self.commentary = commentary
    }
}
