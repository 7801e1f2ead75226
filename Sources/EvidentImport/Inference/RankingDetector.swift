import EvidentModel

/// Finds ranking questions among an export's columns: sibling columns (one question's options:
/// `Q5_1 … Q5_6`, `Q3[SQ001] …`, `Rank these [Option]`, a SurveyMonkey question's rows) whose
/// answers are whole ranks 1…k (`3` or `3rd`), k no more than the number of options, and that
/// give each option a different rank in a respondent's answer.
///
/// Ranks look like a 1–5 or 1–10 scale to a column-by-column reading, so without this a ranking
/// matrix became confidence items, and one ended up in a composite with alpha 0.20. A group is
/// a ranking when at least three columns form it and, of the respondents who ranked two
/// options or more (five at least), 90% gave no rank twice — 70% when the question says it
/// asks for a ranking (`HeaderCues.isRanking`), as people do tie.
enum RankingDetector {
    /// The indexes of the columns that hold rankings, each with the size of its group.
    static func rankings(columns: [ColumnHeader], records: [[String]]) -> [Int: Int] {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, column) in columns.enumerated() {
            guard let key = familyKey(column) else { continue }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        var found: [Int: Int] = [:]
        for key in order {
            guard let members = groups[key], members.count >= 3, isRanking(members, columns: columns, records: records) else { continue }
            for index in members { found[index] = members.count }
        }
        return found
    }

    /// The question a column belongs to, when it is one of several: SurveyMonkey's row-1
    /// question, or the name before `_1`, `[SQ001]`, ` [Row]` or ` - Option`.
    static func familyKey(_ column: ColumnHeader) -> String? {
        if column.subLabel != nil { return "q:" + column.question }
        let name = column.name
        if let underscore = name.lastIndex(of: "_"), name.index(after: underscore) < name.endIndex,
            name[name.index(after: underscore)...].allSatisfy(\.isNumber)
        {
            return "n:" + name[..<underscore]
        }
        if name.hasSuffix("]"), let open = name.firstIndex(of: "["), open > name.startIndex {
            return "n:" + String(name[..<open]).trimmedWhitespace
        }
        if let dash = name.ranges(of: " - ").last { return "n:" + name[..<dash.lowerBound] }
        if column.question != name, let dash = column.question.ranges(of: " - ").last {
            return "q:" + column.question[..<dash.lowerBound]
        }
        return nil
    }

    private static func isRanking(_ members: [Int], columns: [ColumnHeader], records: [[String]]) -> Bool {
        var ranked = 0
        var distinct = 0
        var answered = 0
        for record in records {
            var ranks: [Int] = []
            for index in members where index < record.count {
                let value = record[index].trimmedWhitespace
                guard !value.isEmpty else { continue }
                guard let rank = rank(value), (1...members.count).contains(rank) else { return false }
                ranks.append(rank)
            }
            answered += ranks.isEmpty ? 0 : 1
            guard ranks.count >= 2 else { continue }
            ranked += 1
            if Set(ranks).count == ranks.count { distinct += 1 }
        }
        guard ranked >= 5, answered > 0 else { return false }
        let question = columns[members[0]].question + " " + columns[members[0]].name
        let needed = HeaderCues.isRanking(question) ? 0.7 : 0.9
        return Double(distinct) >= Double(ranked) * needed
    }

    /// `3`, `3rd`, `1st`: the whole number a rank is written as.
    static func rank(_ value: String) -> Int? {
        let lower = value.lowercased()
        let digits = lower.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = lower.dropFirst(digits.count)
        guard rest.isEmpty || ["st", "nd", "rd", "th"].contains(String(rest)) else { return nil }
        return Int(digits)
    }
}
