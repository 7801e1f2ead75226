/// A numbered section of the appendix: "3. Change since the last wave" and its blocks.
package struct Section: Sendable {
    /// Which part of the document a section belongs to: what a manager reads first, the main
    /// appendix, or the technical annex that can be printed apart.
    package enum Tier: String, Sendable {
        case summary
        case main
        case annex
    }

    /// The anchor (`sources`, `items-practitioners-2016`): ids only, never free text.
    package var id: String
    /// 1-based, in order; set when the appendix is assembled (`number(_:)`).
    package private(set) var number = 0
    /// "3. Change since the last wave".
    package private(set) var numberedTitle = ""
    package var title: String
    package var tier: Tier
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
