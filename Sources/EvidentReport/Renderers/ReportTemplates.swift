import EvidentImport
import EvidentModel
import Foundation
import Mustache

/// The Mustache templates the HTML appendix is rendered from: those shipped with Evident, each
/// replaceable by a file of the same name in a council's own template folder (`--template DIR`):
/// the page (`appendix.html`), its stylesheet (`appendix.css`), and the partials for a table
/// (`table.html`) and a paragraph's runs of text (`runs.html`). They read the `Appendix` model.
struct ReportTemplates {
    static let names = ["appendix.html", "appendix.css", "table.html", "runs.html"]
    private let library: MustacheLibrary

    init(overrides directory: String?) throws(InputError) {
        var library = MustacheLibrary()
        for name in Self.names {
            let file = name + ".mustache"
            var path = Bundle.module.path(forResource: name, ofType: "mustache", inDirectory: "Templates")
            if let directory, FileManager.default.fileExists(atPath: directory + "/" + file) {
                path = directory + "/" + file
            }
            guard let path, let text = FileManager.default.contents(atPath: path).map({ String(decoding: $0, as: UTF8.self) }) else {
                throw InputError("template \(file) is missing", at: SourceLocation(file: directory ?? "Templates"))
            }
            do {
                try library.register(text, named: name)
            } catch {
                throw InputError("cannot read template \(file): \(error)", at: SourceLocation(file: FilePaths.display(path)))
            }
        }
        self.library = library
    }

    func render(_ appendix: Appendix, template: String) -> String {
        library.render(MustacheTree.wrap(appendix), withTemplate: template) ?? ""
    }
}
