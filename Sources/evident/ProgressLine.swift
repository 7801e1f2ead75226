import EvidentCoding
import Foundation
import Synchronization

/// A one-line progress display on stderr — answers coded, MB/s, time left — shown only when
/// stderr is a terminal, so piped and logged runs stay clean.
final class ProgressLine: Sendable {
    private struct State {
        var lastDrawn = Date.distantPast
        var drewAnything = false
    }

    private let started = Date()
    private let state = Mutex(State())
    let isEnabled: Bool

    init() {
        isEnabled = isatty(STDERR_FILENO) == 1
    }

    /// A callback for the library, or `nil` when progress is not shown.
    var callback: (@Sendable (CodingProgress) -> Void)? {
        guard isEnabled else { return nil }
        return { [self] progress in self.show(progress) }
    }

    func show(_ progress: CodingProgress) {
        let now = Date()
        state.withLock { state in
            guard now.timeIntervalSince(state.lastDrawn) >= 0.2 || progress.answers == progress.totalAnswers else { return }
            state.lastDrawn = now
            state.drewAnything = true
            let elapsed = max(now.timeIntervalSince(started), 0.001)
            let rate = Double(progress.bytes) / elapsed / 1_000_000
            let line: String
            if let fraction = progress.inputFraction {
                // A streamed run: the number of answers is not known ahead, the input's size is.
                let remaining = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
                line = String(
                    format: "\rcoding: %d answers, %.0f%% of the input read, %.1f MB/s, %.0f s left   ", progress.answers,
                    fraction * 100, rate, remaining
                )
            } else {
                let remaining = progress.bytes > 0
                    ? elapsed * Double(progress.totalBytes - progress.bytes) / Double(progress.bytes) : 0
                line = String(
                    format: "\rcoding: %d of %d answers, %.1f MB/s, %.0f s left   ", progress.answers, progress.totalAnswers,
                    rate, remaining
                )
            }
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// Ends the line so the summary starts on a fresh one.
    func finish() {
        state.withLock { state in
            if state.drewAnything { FileHandle.standardError.write(Data("\n".utf8)) }
        }
    }
}
