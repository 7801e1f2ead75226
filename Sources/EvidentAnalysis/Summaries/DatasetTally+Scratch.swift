extension DatasetTally {
    /// Marks per code, stamped per respondent and per answer, so that a code is counted once per
    /// respondent, once per segment and once per answer without a set per respondent.
    struct Scratch: Sendable {
        private var respondentStamp: [Int] = []
        private var answerStamp: [Int] = []
        private var segmentMark: [Int] = []
        private var rowStamp: [Int] = []
        private var respondent = 0
        private var answer = 0
        /// The codes (positions) the current respondent's answers had, in order of first finding.
        private(set) var respondentCodes: [Int] = []
        /// The co-occurrence rows the current answer had.
        var answerRows: [Int] = []

        init() {}

        init(codes: Int) {
            respondentStamp = Array(repeating: -1, count: codes)
            answerStamp = respondentStamp
            segmentMark = respondentStamp
            rowStamp = respondentStamp
        }

        mutating func beginRespondent() {
            respondent += 1
            respondentCodes.removeAll(keepingCapacity: true)
        }

        mutating func beginAnswer() {
            answer += 1
            answerRows.removeAll(keepingCapacity: true)
        }

        /// Whether segment `index` of the current answer is new for `code`.
        mutating func countSegment(code: Int, index: Int) -> Bool {
            if answerStamp[code] == answer, segmentMark[code] == index { return false }
            answerStamp[code] = answer
            segmentMark[code] = index
            return true
        }

        mutating func noteRespondentCode(_ code: Int) {
            guard respondentStamp[code] != respondent else { return }
            respondentStamp[code] = respondent
            respondentCodes.append(code)
        }

        mutating func noteAnswerRow(_ row: Int) {
            guard rowStamp[row] != answer else { return }
            rowStamp[row] = answer
            answerRows.append(row)
        }
    }
}
