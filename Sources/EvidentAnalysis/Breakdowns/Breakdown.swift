import EvidentModel

/// One attribute's groups for one item or code, with suppression applied.
public struct Breakdown: Sendable {
    /// A group's figures; `isSuppressed` cells are published as "<k" with no other figure.
    public struct Cell: Sendable {
        public var group: String
        /// Respondents in the group who answered the item (items) or who had the code (themes).
        public var count: Int
        /// Items: the group's mean. Themes: `nil`.
        public var mean: Double?
        /// Items: % positive. Themes: % of the group's base.
        public var percent: Double?
        /// Themes: respondents in the group with free text. Items: `nil`.
        public var base: Int?
        public var isSuppressed: Bool
    }

    public enum Subject: Sendable, Hashable {
        case item(id: String, label: String)
        case code(id: String, label: String, depth: Int)
    }

    public var dataset: String
    public var attribute: String
    public var subject: Subject
    public var cells: [Cell]
}
