package import EvidentModel

/// A Most Significant Change story: `stories` in `results.json` (results spec: `selected` when
/// any selection has `selected="true"`).
package struct StoryRow: Sendable, Encodable {
    package var dataset = ""
    package var storyID = ""
    package var domain = ""
    package var group: String?
    package var selected = false
    /// Consent to publication as the source records it (`given`, `pending`, `withheld`), or `nil`.
    package var consent: String?
    package var highestSelectedLevel: String?
    package var codes: [String] = []

    package init() {}

    package init(_ story: Story, dataset: String, codes: [String]) {
        self.dataset = dataset
        storyID = story.id
        domain = story.domain
        group = story.storyteller.group
        selected = story.isSelected
        consent = story.consent?.rawValue
        highestSelectedLevel = story.highestSelectedLevel
        self.codes = codes
    }
}
