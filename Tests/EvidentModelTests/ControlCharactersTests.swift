import EvidentModel
import Testing

@Suite("Control characters: never to a terminal as they are, never published (defect 6)")
struct ControlCharactersTests {
    @Test("C0, DEL, C1 and bidirectional controls print as <U+XXXX>; tabs, line feeds and other text stay")
    func terminal() {
        #expect(ControlCharacters.terminal("a\u{1B}]0;TITLE\u{07}\u{1B}[2J b") == "a<U+001B>]0;TITLE<U+0007><U+001B>[2J b")
        #expect(ControlCharacters.terminal("x\u{202E}txt.exe\u{2066}\u{85}\u{7F}\r") == "x<U+202E>txt.exe<U+2066><U+0085><U+007F><U+000D>")
        #expect(ControlCharacters.terminal("line\n\tnext, café 👩🏽") == "line\n\tnext, café 👩🏽")
    }

    @Test("published text loses bidirectional and control characters, keeps tab, CR and LF")
    func published() {
        #expect(ControlCharacters.published("evil\u{202E}cod.exe\u{1B}[2J") == "evilcod.exe[2J")
        #expect(ControlCharacters.published("a\tb\r\nc") == "a\tb\r\nc")
    }
}
