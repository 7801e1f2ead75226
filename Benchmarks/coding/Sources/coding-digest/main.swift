// The coding engine's differential guard and timer.
//
//   coding-digest CORPUS_DIR REPO_ROOT [--only NAME] [--dump DIR] [--time ROUNDS] [--time-only]
//                 [--profile MB] [--scratch]
//
// Codes the benchmark corpus (CORPUS_DIR from run.sh), a 5 MB slice of it as written and with
// seeded Unicode, case, break and negator perturbations, and every text of the sample study
// (REPO_ROOT/Surveys), under the benchmark codebook and the sample codebook with their options as
// written and with stemming, `segment: response` and negation off; prints for each run the
// number of answers, coded segments and matches and a 64-bit digest of every field of every
// coded segment, matches included, in order. An optimisation of the engine must leave every
// line unchanged (compare with `digests.txt`). --dump writes each run's segments, one a line, to
// diff when a digest moves. --time codes the whole corpus ROUNDS times on one core and prints
// the engine's MB/s per CPU-second; --profile MB codes only the first MB of the corpus, three
// times, for callgrind. --scratch codes with one reused CodingScratch (the per-worker API) instead
// of the plain call.
import BenchSupport
import EvidentCoding
import EvidentImport
import EvidentModel
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: coding-digest CORPUS_DIR REPO_ROOT [--only NAME] [--dump DIR] [--time ROUNDS] [--time-only] [--profile MB]\n".utf8))
    exit(2)
}
let corpusDirectory = arguments[1]
let root = arguments[2]

func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

let only = option("--only")
let dumpDirectory = option("--dump")
let rounds = option("--time").flatMap(Int.init) ?? 0
let timeOnly = arguments.contains("--time-only")
let profileMB = option("--profile").flatMap(Int.init)
var coder = Coder(usesScratch: arguments.contains("--scratch"))

/// CPU seconds used by the process so far (user and system).
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

func wallSeconds() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
}

func codebook(_ path: String, _ change: (inout CodingOptions) -> Void = { _ in }) throws -> Codebook {
    var codebook = try CodebookReader.read(path: path)
    change(&codebook.options)
    return codebook
}

let benchPath = corpusDirectory + "/codebook.yaml"
let samplePath = root + "/Codebooks/early-help.yaml"

if let profileMB {
    let units = try Inputs.corpus(corpusDirectory, limit: profileMB * 1_000_000)
    let engine = try CodingEngine(codebook: try codebook(benchPath))
    var total = 0
    for _ in 0..<3 { total += coder.count(engine, units) }
    print("\(units.count) answers, \(total) coded segments over 3 rounds")
    exit(0)
}

let loadStarted = wallSeconds()
// Only the 5 MB slice is needed unless the whole corpus is coded or timed.
let needsWholeCorpus = rounds > 0 || only == nil || only == "bench-corpus"
let corpus = try Inputs.corpus(corpusDirectory, limit: needsWholeCorpus ? nil : 5_100_000)
let corpusBytes = corpus.reduce(0) { $0 + $1.text.utf8.count }
FileHandle.standardError.write(Data(String(
    format: "loaded %d answers, %.1f MB, in %.1f s\n", corpus.count, Double(corpusBytes) / 1e6,
    wallSeconds() - loadStarted).utf8))

if rounds > 0 {
    let benchCodebook = try codebook(benchPath)
    let engine = try CodingEngine(codebook: benchCodebook)
    // The byte-tokeniser floor of the phase driver, timed in the same run: on a machine others
    // are using, the engine's share of the floor says more than its MB/s alone.
    let floor = TokenFloor(words: benchCodebook.allCodes.flatMap {
        $0.code.patterns.flatMap { $0.text.lowercased().split(separator: " ").map(String.init) }
    })
    for round in 1...rounds {
        let floorCPU = cpuSeconds()
        var floorHits = 0
        for unit in corpus { floorHits += floor.hits(in: unit.text) }
        let floorUsed = cpuSeconds() - floorCPU
        print(String(format: "floor round %d: %.2f s CPU: %.1f MB/s per CPU-second (%d hits)", round, floorUsed,
                     Double(corpusBytes) / 1e6 / floorUsed, floorHits))
        let cpu = cpuSeconds()
        let wall = wallSeconds()
        let total = coder.count(engine, corpus)
        let usedCPU = cpuSeconds() - cpu
        let usedWall = wallSeconds() - wall
        print(String(
            format: "time round %d (%@): %.2f s CPU %.2f s wall: %.1f MB/s per CPU-second, %.1f MB/s wall (%d segments), %.2f of the floor",
            round, coder.mode, usedCPU, usedWall, Double(corpusBytes) / 1e6 / usedCPU, Double(corpusBytes) / 1e6 / usedWall,
            total, floorUsed / usedCPU))
    }
    if timeOnly { exit(0) }
}

var slice: [Unit] = []
var sliceBytes = 0
for unit in corpus where sliceBytes < 5_000_000 {
    slice.append(unit)
    sliceBytes += unit.text.utf8.count
}
let rotatedSlice = Inputs.rotated(slice)
let perturbedSlice = Inputs.perturbed(rotatedSlice, seed: 20_161)
let sample = try Inputs.sample(root)

let runs: [(String, () throws -> Codebook, [Unit])] = [
    ("bench-corpus", { try codebook(benchPath) }, needsWholeCorpus ? corpus : []),
    ("bench-slice-rotated", { try codebook(benchPath) }, rotatedSlice),
    ("bench-slice-perturbed", { try codebook(benchPath) }, perturbedSlice),
    ("bench-response-perturbed", { try codebook(benchPath) { $0.segment = .response } }, perturbedSlice),
    ("bench-stemming-perturbed", { try codebook(benchPath) { $0.stemming = true } }, perturbedSlice),
    ("bench-no-negation-perturbed", { try codebook(benchPath) { $0.negation = false } }, perturbedSlice),
    ("bench-sample", { try codebook(benchPath) }, sample),
    ("sample-sample", { try codebook(samplePath) }, sample),
    ("sample-stemming-sample", { try codebook(samplePath) { $0.stemming = true } }, sample),
    ("sample-response-sample", { try codebook(samplePath) { $0.segment = .response } }, sample),
    ("sample-slice-perturbed", { try codebook(samplePath) }, perturbedSlice),
    ("sample-stemming-slice-perturbed", { try codebook(samplePath) { $0.stemming = true } }, perturbedSlice),
]

for (name, makeCodebook, units) in runs where only == nil || only == name {
    let engine = try CodingEngine(codebook: try makeCodebook())
    var digest = Digest()
    var segments = 0
    var matches = 0
    var dump = dumpDirectory.map { _ in [String]() }
    let cpu = cpuSeconds()
    for (index, unit) in units.enumerated() {
        let coded = coder.code(engine, unit)
        digest.add(index)
        digest.add(coded.count)
        for segment in coded {
            digest.add(segment)
            segments += 1
            matches += segment.matches.count
            dump?.append(Digest.line(index, segment))
        }
    }
    let used = cpuSeconds() - cpu
    print("\(name.padding(toLength: 34, withPad: " ", startingAt: 0)) answers \(units.count) segments \(segments) "
        + "matches \(matches) digest \(digest.hex)")
    FileHandle.standardError.write(Data(String(format: "  %@: %.2f s CPU (digest included)\n", name, used).utf8))
    if let dumpDirectory, let dump {
        try FileManager.default.createDirectory(atPath: dumpDirectory, withIntermediateDirectories: true)
        try (dump.joined(separator: "\n") + "\n").write(toFile: dumpDirectory + "/" + name + ".txt", atomically: false, encoding: .utf8)
    }
}
