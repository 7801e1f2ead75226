extension SurveySourceLayout {
    /// The name of the source holding question `number` (1-based) of `dataset`:
    /// `practitioners-2016 / Q2 / What gets in the way of families making progress?`.
    public static func sourceName(dataset: String, number: Int, question: String) -> String {
        "\(dataset) / Q\(number) / \(question)"
    }

    /// The data set and question a source name points at: `dataset / Q<n> / text` (the question
    /// text may have been shortened by a tool: the number decides), or `dataset / question id`.
    public static func parseSourceName(_ name: String) -> (dataset: String, number: Int?, question: String)? {
        let parts = name.split(separator: " / ", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, !parts[0].isEmpty else { return nil }
        if parts.count >= 3, parts[1].hasPrefix("Q"), let number = Int(parts[1].dropFirst()) {
            return (parts[0], number, parts[2...].joined(separator: " / "))
        }
        return (parts[0], nil, parts[1...].joined(separator: " / "))
    }
}
