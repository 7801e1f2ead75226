/// The colours every chart uses. All are safe for the common forms of colour blindness:
/// diverging bars use ColorBrewer's PuOr scheme (orange for negative, purple for positive,
/// grey for neutral; Brewer & Harrower, colorbrewer2.org, marked colour-blind safe), the other
/// marks use the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"). Colour is never
/// the only carrier of meaning: every chart also prints values and separates categories by
/// position or shape.
///
/// Each fill comes with the ink for text printed on it, chosen for a WCAG contrast ratio of at
/// least 4 to 1.
enum ChartPalette {
    /// A fill and the colour of text printed on it.
    struct Swatch: Sendable, Hashable {
        /// The fill, `#rrggbb`.
        let fill: String
        /// The text colour on that fill, `#rrggbb`.
        let ink: String
    }

    /// Body text: near black.
    static let text = "#1a1a1a"
    /// Secondary text (axis labels, notes): 7:1 on white.
    static let muted = "#595959"
    /// Gridlines.
    static let grid = "#d9d9d9"
    /// Axis and centre lines.
    static let axis = "#404040"

    /// Negative categories, outermost (most negative) first: PuOr's orange half.
    static let negative: [Swatch] = [
        Swatch(fill: "#7f3b08", ink: "#ffffff"), Swatch(fill: "#b35806", ink: "#ffffff"),
        Swatch(fill: "#e08214", ink: text), Swatch(fill: "#fdb863", ink: text), Swatch(fill: "#fee0b6", ink: text),
    ]
    /// Positive categories, outermost (most positive) first: PuOr's purple half.
    static let positive: [Swatch] = [
        Swatch(fill: "#2d004b", ink: "#ffffff"), Swatch(fill: "#542788", ink: "#ffffff"),
        Swatch(fill: "#8073ac", ink: "#ffffff"), Swatch(fill: "#b2abd2", ink: text), Swatch(fill: "#d8daeb", ink: text),
    ]
    /// The neutral category: mid grey, distinct from both halves.
    static let neutral = Swatch(fill: "#d4d4d4", ink: text)

    /// A rise between waves (Okabe–Ito blue).
    static let increase = "#0072B2"
    /// A fall between waves (Okabe–Ito vermillion).
    static let decrease = "#D55E00"
    /// Bars for top-level themes (Okabe–Ito blue).
    static let theme = "#0072B2"
    /// Bars for sub-codes (Okabe–Ito sky blue).
    static let subTheme = "#56B4E9"

    /// The swatches for `count` categories on one side of the centre, outermost first, spread
    /// over the five-step ramp so neighbouring categories differ in lightness.
    static func side(_ ramp: [Swatch], count: Int) -> [Swatch] {
        let picks: [Int]
        switch count {
        case ..<1: picks = []
        case 1: picks = [1]
        case 2: picks = [1, 3]
        case 3: picks = [1, 2, 3]
        case 4: picks = [0, 1, 2, 3]
        default: picks = (0..<count).map { ($0 * 4 + (count - 1) / 2) / (count - 1) }
        }
        return picks.map { ramp[min($0, ramp.count - 1)] }
    }
}
