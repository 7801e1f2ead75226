public import EvidentModel

/// Change in each theme's share between the waves of each population.
///
/// Shares are compared only within one population, never across (practitioners in 2015 against
/// parents in 2016 says nothing). A population is the data sets of one kind whose ids are the same
/// once the wave is taken out (`practitioners-2015` and `practitioners-2016` are one population;
/// `partner-agencies-2016`, also a practitioner survey, is another, and so are
/// `closure-feedback-2016` and `kobo-feedback-2017`, two different forms): the manifest's ids
/// name the collection that is repeated each wave. For every theme and code down to `maxDepth`, and every kind with two or
/// more waves, each pair of adjacent waves is compared, and with three or more waves the first
/// against the latest too. Waves are ordered as `ChangeAnalysis.orderWaves` orders them.
public enum ThemeChangeAnalysis {
    public static func changes(_ themes: [ThemeResult], datasets: [Dataset], maxDepth: Int = 1) -> [ThemeChange] {
        var kindOrder: [String] = []
        var waves: [String: [String: [String]]] = [:]
        for dataset in datasets {
            guard let wave = dataset.wave else { continue }
            let kind = population(dataset, wave: wave)
            if waves[kind] == nil { kindOrder.append(kind) }
            waves[kind, default: [:]][wave, default: []].append(dataset.id)
        }
        var changes: [ThemeChange] = []
        for kind in kindOrder {
            guard let byWave = waves[kind], byWave.count >= 2 else { continue }
            let ordered = ChangeAnalysis.orderWaves(Array(byWave.keys))
            let pairs = ChangeAnalysis.comparisons(ordered)
            for theme in themes where theme.depth <= maxDepth {
                for (earlier, later, span) in pairs {
                    let from = side(theme, byWave[earlier] ?? [])
                    let to = side(theme, byWave[later] ?? [])
                    guard from.base > 0, to.base > 0 else { continue }
                    let interval = TwoProportion.newcombeInterval(successes1: to.respondents, n1: to.base, successes2: from.respondents, n2: from.base)
                    changes.append(ThemeChange(
                        population: kind, codeID: theme.codeID, label: theme.label, fromWave: earlier, toWave: later, from: from, to: to,
                        test: TwoProportion.zTest(successes1: to.respondents, n1: to.base, successes2: from.respondents, n2: from.base),
                        changeCI: interval.map { ConfidenceInterval(lower: $0.lower * 100, upper: $0.upper * 100, confidence: $0.confidence) },
                        isFirstToLatest: span
                    ))
                }
            }
        }
        return changes
    }

    /// Each data set's population (data sets without a wave have none).
    public static func populations(_ datasets: [Dataset]) -> [String: String] {
        var result: [String: String] = [:]
        for dataset in datasets {
            if let wave = dataset.wave { result[dataset.id] = population(dataset, wave: wave) }
        }
        return result
    }

    /// The population key: the kind, and the id without its wave and the separators around it.
    static func population(_ dataset: Dataset, wave: String) -> String {
        var id = dataset.id
        if !wave.isEmpty, let range = id.ranges(of: wave).last { id.removeSubrange(range) }
        let separators: Set<Character> = ["-", "_", " ", "."]
        var collapsed = ""
        for character in id {
            if separators.contains(character), let last = collapsed.last, separators.contains(last) { continue }
            collapsed.append(character)
        }
        while let first = collapsed.first, separators.contains(first) { collapsed.removeFirst() }
        while let last = collapsed.last, separators.contains(last) { collapsed.removeLast() }
        return dataset.kind.rawValue + "/" + collapsed
    }

    static func side(_ theme: ThemeResult, _ datasets: [String]) -> ThemeChange.Side {
        let counts = theme.byDataset.filter { datasets.contains($0.dataset) }
        return ThemeChange.Side(
            datasets: counts.map(\.dataset), respondents: counts.reduce(0) { $0 + $1.count.respondents },
            base: counts.reduce(0) { $0 + $1.count.base })
    }
}
