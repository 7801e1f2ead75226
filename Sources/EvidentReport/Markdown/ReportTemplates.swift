import EvidentImport
import EvidentModel
import Foundation
import Mustache

/// The Mustache templates the appendix is rendered from: those shipped with Evident, each
/// replaceable by a file of the same name in a council's own template folder (`--template DIR`).
struct ReportTemplates {
    static let names = ["appendix.md", "appendix.html", "appendix.css"]
    private let library: MustacheLibrary

    init(overrides directory: String?) throws(InputError) {
        MustacheContentTypes.register(MarkdownText(), named: "MARKDOWN")
        var library = MustacheLibrary()
        for name in Self.names {
            let file = name + ".mustache"
            var path = Bundle.module.path(forResource: name, ofType: "mustache", inDirectory: "Templates")
            if let directory, FileManager.default.fileExists(atPath: directory + "/" + file) {
                path = directory + "/" + file
            }
            guard let path, var text = FileManager.default.contents(atPath: path).map({ String(decoding: $0, as: UTF8.self) }) else {
                throw InputError("template \(file) is missing", at: SourceLocation(file: directory ?? "Templates"))
            }
            // Markdown templates escape for Markdown even when a council's own template forgets to
            // say so; everything else escapes for HTML, the library's default.
            if name.hasSuffix(".md"), !text.contains("CONTENT_TYPE") { text = "{{% CONTENT_TYPE: MARKDOWN}}\n" + text }
            do {
                try library.register(text, named: name)
            } catch {
                throw InputError("cannot read template \(file): \(error)", at: SourceLocation(file: FilePaths.display(path)))
            }
        }
        self.library = library
    }

    func render(_ context: [String: Any], template: String) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}
