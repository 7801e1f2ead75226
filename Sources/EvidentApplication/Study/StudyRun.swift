public import EvidentAnalysis
public import EvidentCoding
import EvidentImport
public import EvidentModel

/// The steps every use case shares: a study's manifest read, its codebook compiled, its data
/// sets loaded — once, from a `StudyLocation` resolved at the command's entry point.
public enum StudyRun {
    /// Loads everything the manifest names. Codebook errors stop the run before any data is
    /// read; then every data set is tried, so the user sees all file-level errors at once.
    public static func load(_ location: StudyLocation) throws(InputErrors) -> LoadedStudy {
        let prepared = try prepare(location)
        let spec = prepared.spec
        var datasets: [Dataset] = []
        var errors: [InputError] = []
        for datasetSpec in spec.datasets {
            do {
                let dataset = try DatasetLoader.load(datasetSpec, scales: spec.scales)
                // A data set with no usable record stops the run (exit 1), saying why.
                if let problem = DatasetUsability.problem(dataset) { errors.append(problem) }
                datasets.append(dataset)
            } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return LoadedStudy(
            location: location, spec: spec, codebook: prepared.codebook, engine: prepared.engine, datasets: datasets)
    }

    /// Loads the study at `studyPath` (a manifest, or a folder to infer one from), for tests
    /// and library callers that have no command line to resolve it at.
    public static func load(studyPath: String) throws(InputErrors) -> LoadedStudy {
        try load(StudyLocation.resolve(study: studyPath, output: nil))
    }
}

/// A study with its data loaded and its codebook compiled, before coding.
public struct LoadedStudy: Sendable {
    public var location: StudyLocation
    public var spec: StudySpec
    public var codebook: Codebook?
    public var engine: CodingEngine?
    public var datasets: [Dataset]

    /// The report folder (absolute).
    public var outputFolder: String { location.outputFolder(for: spec) }
}
