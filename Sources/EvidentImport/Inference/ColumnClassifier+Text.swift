extension ColumnClassifier {
    /// Why a column is free text, or `nil` when it is not. Judged on the answers that are not
    /// "no comment" (`NoComment`: "No", "n/a", "None"), so a comment column mostly answered
    /// "No" is still coded:
    ///
    /// - long and varied answers: 12 characters or more and three words or more on average
    ///   (one long answer is enough), half of them two words or more, and half
    ///   distinct, more than 12 distinct, or more than 5 distinct and a quarter distinct;
    /// - a comment question (`HeaderCues.isComment`: "Any other comments?", "Anything else?")
    ///   with at least one answer of two words or more;
    /// - a Qualtrics `_TEXT` column or a SurveyMonkey `Open-Ended Response`.
    func freeTextReason(_ column: ColumnValues, isTextEntry: Bool) -> String? {
        let answers = column.values.filter { !NoComment.matches($0) }
        let none = column.values.count - answers.count
        let noComment = none > 0 ? "; \(none) saying no comment (\"No\", \"n/a\", \"None\") counted as none" : ""
        guard !answers.isEmpty else {
            return isTextEntry || isComment(column.header) ? "a comment question; every answer says no comment" : nil
        }
        let multiWord = answers.filter { $0.contains(where: \.isWhitespace) }.count
        let averageWords = Double(answers.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }) / Double(answers.count)
        let averageLength = Double(answers.reduce(0) { $0 + $1.count }) / Double(answers.count)
        let distinct = Set(answers).count
        let varied = distinct * 2 >= answers.count || distinct > 12 || (distinct > 5 && distinct * 4 > answers.count)
        let long = averageLength >= 12 && varied && multiWord * 2 >= answers.count && (averageWords >= 3 || answers.count == 1)
        let average = Int(averageLength.rounded())
        if long || isTextEntry {
            return "\(answers.count) answers, \(distinct) distinct, \(average) characters on average" + noComment
        }
        if isComment(column.header), multiWord > 0 {
            return "a comment question: \(answers.count) answers, \(multiWord) of two words or more" + noComment
        }
        return nil
    }

    private func isComment(_ header: ColumnHeader) -> Bool {
        HeaderCues.isComment(header.name) || (header.question != header.name && HeaderCues.isComment(header.question))
    }
}
