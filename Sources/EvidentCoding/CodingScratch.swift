/// Working storage for coding many answers one after another on one thread: hold one per worker
/// and pass it to `CodingEngine.code(_:dataset:kind:respondent:question:into:using:)`, so that
/// coding allocates nothing per answer once warm beyond the coded segments it returns.
///
/// A scratch holds no results between calls, only buffers and caches (normalised characters,
/// Porter2 stems, which codes apply to the last data set); any engine may use any scratch, and
/// the results never depend on what a scratch coded before. It is a value with copy-on-write
/// storage: a copy is a separate scratch (its storage is replaced before it is written), so a
/// copy is cheap, but give each worker its own rather than passing one around.
public struct CodingScratch: Sendable {
    private var storage = ScratchStorage()

    /// An empty scratch; its buffers grow to the largest answer and codebook it meets.
    public init() {}

    /// The storage, made unique first (copy-on-write: a copy starts again from empty buffers,
    /// which is the same as a copy of them, since nothing in them outlives a call).
    var unique: ScratchStorage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = ScratchStorage() }
            return storage
        }
    }
}

/// The buffers of a `CodingScratch`.
///
/// `@unchecked Sendable`: it is mutable, but only ever reached through `CodingScratch.unique`,
/// which gives it to a caller holding the only reference (a `CodingScratch` is a value, and a
/// shared storage is replaced before use), so no two threads can touch one at the same time.
///
/// For the same reason its properties skip the run-time exclusivity checks of class properties.
final class ScratchStorage: @unchecked Sendable {
    /// The answer's UTF-8 with zero bytes after it, so the scanner may read 8 bytes at a time.
    @exclusivity(unchecked) var bytes: [UInt8] = []
    @exclusivity(unchecked) var match = MatchScratch()
    /// The records of the answer being coded, when the caller wants `CodedSegment`s.
    @exclusivity(unchecked) var records = CodedRecords()
    /// The engine the per-code storage was sized for (held, so its identity cannot be reused).
    @exclusivity(unchecked) var engine: EngineIdentity?
}

/// The identity of one compiled engine, for telling whether a scratch was last used with it.
final class EngineIdentity: Sendable {}
