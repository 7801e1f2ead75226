import EvidentFormats
import Mustache

/// The `MARKDOWN` Mustache content type: `{{value}}` in a Markdown template is always escaped
/// with `MarkdownEscape`, so free text can never become markup.
struct MarkdownText: MustacheContentType {
    func escapeText(_ text: String) -> String {
        MarkdownEscape.text(text)
    }
}
