// Times each stage of `evident code` on a study.
//
//   coding-bench STUDY.yaml OUTPUT_DIR [--profile-coding]
//
// Prints one line a stage: wall and CPU seconds, MB/s of free text (per wall second and per
// CPU-second, which stays meaningful on a busy machine), and resident memory after it.
// --profile-coding loads the study, codes it three times on one core and stops: a run to record
// with `perf record -g` or `valgrind --tool=callgrind`.
import BenchSupport
import Dispatch
import EvidentAnalysis
import EvidentCoding
import EvidentModel
import EvidentApplication
import Foundation

/// CPU seconds used by the process so far (user and system, all threads).
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

/// Resident memory now, in MiB (VmRSS of /proc/self/status).
func residentMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
    return (Double(line.split(separator: " ").dropFirst().first ?? "") ?? 0) / 1024
}

var freeTextBytes = 0

@MainActor
func stage<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
    let started = DispatchTime.now().uptimeNanoseconds
    let cpuStarted = cpuSeconds()
    let value = try body()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    let cpu = cpuSeconds() - cpuStarted
    let megabytes = Double(freeTextBytes) / 1e6
    let rates = freeTextBytes > 0
        ? String(format: "%7.1f MB/s wall %7.1f MB/s per CPU-second", megabytes / seconds, megabytes / cpu) : ""
    let label = name.padding(toLength: 60, withPad: " ", startingAt: 0)
    print(String(format: "%@ %6.2f s wall %6.2f s CPU %@  RSS %6.0f MiB", label, seconds, cpu, rates, residentMiB()))
    return value
}

let arguments = CommandLine.arguments
guard arguments.count == 3 || arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: coding-bench STUDY.yaml OUTPUT_DIR [--profile-coding]\n".utf8))
    exit(2)
}
let study = try stage("load: manifest, codebook, CSV (StudyRun.load)") { try StudyRun.load(studyPath: arguments[1]) }
guard let engine = study.engine else { fatalError("the study names no codebook") }
let answers = study.datasets.flatMap { dataset in
    dataset.respondents.flatMap { respondent in
        zip(dataset.questions, respondent.answers).filter { !$0.1.trimmedWhitespace.isEmpty }
            .map { (dataset: dataset.id, kind: dataset.kind, respondent: respondent.id, question: $0.0.id, text: $0.1) }
    }
}
freeTextBytes = answers.reduce(0) { $0 + $1.text.utf8.count }
print("\(answers.count) non-empty answers, \(String(format: "%.1f", Double(freeTextBytes) / 1e6)) MB of free text")

if arguments.count == 4 {
    for round in 1...3 {
        _ = stage("code, 1 core (CodingEngine.code), round \(round)") {
            answers.reduce(0) {
                $0 + engine.code($1.text, dataset: $1.dataset, kind: $1.kind, respondent: $1.respondent, question: $1.question).count
            }
        }
    }
    exit(0)
}

let sentences = Segmenter(unit: .sentence)
_ = stage("segment only, 1 core (Segmenter.segments)") {
    answers.reduce(0) { $0 + sentences.segments(in: $1.text).count }
}
_ = stage("tokenise only, 1 core (Tokenizer.tokens, a String a token)") {
    let tokenizer = Tokenizer()
    return answers.reduce(0) { $0 + tokenizer.tokens(in: $1.text).count }
}
let floor = TokenFloor(words: study.codebook.map { codebook in
    codebook.allCodes.flatMap { $0.code.patterns.flatMap { $0.text.lowercased().split(separator: " ").map(String.init) } }
} ?? [])
_ = stage("floor: byte tokeniser, one hash probe a token, 1 core") {
    answers.reduce(0) { $0 + floor.hits(in: $1.text) }
}
_ = stage("code, 1 core (CodingEngine.code)") {
    answers.reduce(0) {
        $0 + engine.code($1.text, dataset: $1.dataset, kind: $1.kind, respondent: $1.respondent, question: $1.question).count
    }
}
let segments = stage("code, all cores (CodingRun.code)") { CodingRun.code(study.datasets, with: engine) }
print("\(segments.count) coded segments")
// The report's coding run: the same coding, with coded_segments.csv rows rendered from the
// engine's records on the workers by CodedSegmentsWriter, the file's one writer (`evident code`
// renders the same bytes in the same way, batch by batch, in CodeRun).
let coded = stage("code and render, all cores (CodingRun.codeAndRender)") { CodingRun.codeAndRender(study.datasets, with: engine) }
let rendered = stage("join the rows (RenderedRows.bytes)") { coded.rows.bytes }
let output = URL(fileURLWithPath: arguments[2])
try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
try stage("write (bytes to file)") {
    try Data(rendered).write(to: output.appendingPathComponent("coded_segments.csv"))
}
