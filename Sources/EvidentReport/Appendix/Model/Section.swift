/// A numbered section of the appendix: "3. Change since the last wave" and its blocks.
package struct Section: Sendable {
    /// Which part of the document a section belongs to: what a manager reads first, the main
    /// appendix, or the technical annex that can be printed apart.
    package enum Tier: String, Sendable, CaseIterable {
        case summary
        case main
        case annex

        /// How the contents list names the part: "Main appendix".
        package var title: String {
            switch self {
            case .summary: "Summary"
            case .main: "Main appendix"
            case .annex: "Technical annex"
            }
        }

        /// The heading that opens the part on a new page: "Part B. Main appendix". Its text is
        /// found nowhere else in the document, so a printed page can be told to start a part.
        package var partTitle: String {
            switch self {
            case .summary: "Part A. Summary"
            case .main: "Part B. Main appendix"
            case .annex: "Part C. Technical annex"
            }
        }
    }

    /// The anchor (`sources`, `items-practitioners-2016`): ids only, never free text.
    package var id: String
    /// 1-based, in order; set when the appendix is assembled (`number(_:)`).
    package private(set) var number = 0
    /// "3. Change since the last wave".
    package private(set) var numberedTitle = ""
    package var title: String
    package var tier: Tier
    /// On the first section of each part only: the part's heading (`Tier.partTitle`), printed
    /// on a new page; set when the appendix is assembled.
    package var partTitle: String?
    package var blocks: [Block]

    package init(id: String, title: String, tier: Tier = .main, blocks: [Block]) {
        self.id = id
        self.title = title
        self.tier = tier
        self.blocks = blocks
    }

    /// Gives the section its number and heading.
    package mutating func number(_ number: Int) {
        self.number = number
        numberedTitle = "\(number). \(title)"
    }
}
