public import EvidentCoding
import EvidentImport
public import EvidentModel

/// A study's manifest read and its codebook compiled, before any data is read.
public struct PreparedStudy: Sendable {
    public var location: StudyLocation
    public var spec: StudySpec
    public var codebook: Codebook?
    public var engine: CodingEngine?

    /// The report folder (absolute).
    public var outputFolder: String { location.outputFolder(for: spec) }
}

extension StudyRun {
    /// Reads the manifest and compiles the codebook: every codebook error stops the run here,
    /// before any data is read.
    public static func prepare(_ location: StudyLocation) throws(InputErrors) -> PreparedStudy {
        let spec: StudySpec
        let codebook: Codebook?
        do {
            spec = try ManifestReader.read(path: location.manifestPath)
            // Any form a codebook is exchanged in: YAML, CSV, or REFI-QDA .qdc and .qdpx.
            codebook = try spec.codebookPath.map { path throws(InputError) in try CodebookFiles.read(path: path).codebook }
        } catch {
            throw InputErrors([error])
        }
        do {
            return PreparedStudy(
                location: location, spec: spec, codebook: codebook, engine: try codebook.map { try CodingEngine(codebook: $0) })
        } catch let errors as InputErrors {
            throw errors
        } catch let error as InputError {
            throw InputErrors([error])
        } catch {
            throw InputErrors([InputError("cannot compile the codebook: \(error)")])
        }
    }
}
