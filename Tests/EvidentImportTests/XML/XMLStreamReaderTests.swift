import EvidentFormats
import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

@Suite("XML streaming reader: events, positions, encodings, malformed files")
struct XMLStreamReaderTests {
    static let document = """
        <?xml version="1.0"?>
        <root a="1" b="x &amp; y &#38; z">
          <story id="S-1"
             domain="d">héllo &amp; &#233; &lt;<b>bold</b> <![CDATA[<raw> & more]]></story>
          <é x="&quot;q&quot;"/><!-- a comment --><?pi skipped?>
        </root>
        """

    @Test("start tags, text and end tags in order, entities and CDATA decoded, comments and PIs skipped")
    func events() throws {
        let read = try XMLFixture.read(Self.document)
        #expect(read.error == nil)
        #expect(XMLFixture.compact(read.events) == [
            "<root a=1 b=x & y & z>@2:1",
            "<story id=S-1 domain=d>@3:3",
            "\"héllo & é <\"@4",
            "<b>@4:40",
            "\"bold\"@4",
            "</b>",
            "\" <raw> & more\"@4",
            "</story>",
            "<é x=\"q\">@5:3",
            "</é>",
            "</root>",
        ])
    }

    @Test("the same events whatever the chunk size (tags, text and UTF-8 split across chunks)", arguments: [1, 2, 3, 7, 64])
    func chunkBoundaries(chunkSize: Int) throws {
        let whole = try XMLFixture.read(Self.document)
        let chunked = try XMLFixture.read(Self.document, options: XMLStreamReader.Options(chunkSize: chunkSize))
        #expect(XMLFixture.compact(chunked.events) == XMLFixture.compact(whole.events))
    }

    @Test("names are local, with their namespace beside them")
    func namespaces() throws {
        let read = try XMLFixture.read("""
            <data xmlns:orx="http://openrosa.org/xforms" xmlns="urn:x"><orx:meta orx:v="1"><orx:instanceID>uuid:1</orx:instanceID></orx:meta></data>
            """)
        guard case .start(let meta) = read.events[1] else {
            Issue.record("expected a start tag")
            return
        }
        #expect(meta.name == "meta")
        #expect(meta.namespace == "http://openrosa.org/xforms")
        #expect(meta.attributes == [XMLAttribute(name: "v", namespace: "http://openrosa.org/xforms", value: "1")])
        guard case .start(let root) = read.events[0] else { return }
        #expect(root.namespace == "urn:x")
    }

    @Test("UTF-16 with a BOM and a declared ISO-8859-1 file read as text; the encoding is reported")
    func encodings() throws {
        let folder = try TemporaryDirectory()
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>café ✓</a>".utf16 {
            utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let latin1: [UInt8] = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf".utf8) + [0xE9] + Array("</a>".utf8)
        for (name, bytes, encoding) in [("u16.xml", utf16, "utf-16le"), ("latin1.xml", latin1, "iso-8859-1")] {
            let reader = try XMLStreamReader(path: try folder.write(name, bytes: bytes), displayPath: name)
            var texts: [String] = []
            while let event = try reader.next() {
                if case .text(let text, _) = event { texts.append(text) }
            }
            #expect(texts.first?.hasPrefix("café") == true)
            #expect(reader.encoding == encoding)
        }
    }

    @Test("the file's SHA-256 covers every byte")
    func digest() throws {
        let folder = try TemporaryDirectory()
        let reader = try XMLStreamReader(path: try folder.write("a.xml", "<a>abc</a>\n"), displayPath: "a.xml")
        while try reader.next() != nil {}
        #expect(reader.sha256 == SHA256.hex(of: Array("<a>abc</a>\n".utf8)))
        #expect(reader.bytesRead == 11)
    }

    @Test("malformed XML: libxml2's own message, at file:line:column", arguments: [
        ("<a>\n  <b>text</c>\n</a>\n", "error: Opening and ending tag mismatch: b line 2 and c --> doc.xml:2:14"),
        ("<a>\n  Fish & chips\n</a>\n", "error: xmlParseEntityRef: no name --> doc.xml:2:9"),
        ("<a b=\"1\" b=\"2\"/>", "error: Attribute b redefined --> doc.xml:1:15"),
        ("<a>\n<b>\n", "error: Premature end of data in tag b line 2 --> doc.xml:2:4"),
        ("<a/><b/>", "error: Extra content at the end of the document --> doc.xml:1:5"),
        ("no markup at all", "error: Document is empty --> doc.xml:1:1"),
    ])
    func malformed(text: String, message: String) throws {
        let error = try XMLFixture.error(text)
        #expect(error == message)
    }

    @Test("the events before a fatal error are handed out first")
    func eventsBeforeError() throws {
        let read = try XMLFixture.read("<a><b>one</b><c>two</d></a>")
        #expect(XMLFixture.compact(read.events) == ["<a>@1:1", "<b>@1:4", "\"one\"@1", "</b>", "<c>@1:14", "\"two\"@1"])
        #expect(read.error == "error: Opening and ending tag mismatch: c line 1 and d --> doc.xml:1:24")
    }

    @Test("a file with the wrong bytes for its encoding is refused with libxml2's message")
    func invalidUTF8() throws {
        let read = try XMLFixture.read(bytes: Array("<a>caf".utf8) + [0xE9, 0x21] + Array("</a>".utf8))
        #expect(read.error?.hasPrefix("error: Input is not proper UTF-8, indicate encoding !") == true)
        #expect(read.error?.contains("--> doc.xml:1:") == true)
    }

    @Test("an empty file, and one that cannot be opened")
    func emptyAndMissing() throws {
        #expect(try XMLFixture.error("") == """
            error: the file is empty --> doc.xml
              help: check the file is the export named in the manifest
            """)
        #expect(throws: InputError(
            "cannot open file: no such file or directory", at: SourceLocation(file: "missing.xml"),
            help: "check the path in the study manifest and that the file is readable"
        )) {
            try XMLStreamReader(path: "/nonexistent/missing.xml", displayPath: "missing.xml")
        }
    }

    @Test("text beyond the limit is refused, naming the line it starts on")
    func textLimit() throws {
        let long = String(repeating: "x", count: 3 << 20)
        let read = try XMLFixture.read("<a>\n<b>\(long)</b></a>", options: XMLStreamReader.Options(textLimit: 2 << 20))
        #expect(read.error == """
            error: text longer than 2 MiB in one element --> doc.xml:2
              help: text this long is not a survey answer or a story; check the file is the export named in the manifest
            """)
    }

    @Test("nesting deeper than the limit is refused where it goes too deep, not followed")
    func depth() throws {
        let deep = "<a>\n" + String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 301)
        let read = try XMLFixture.read(deep, options: XMLStreamReader.Options(depthLimit: 256))
        #expect(read.error == """
            error: elements nested deeper than 256 levels --> doc.xml:2:766
              help: no survey export or story collection nests this deep; check the file is the export named in the manifest
            """)
        let starts = read.events.filter { if case .start = $0 { true } else { false } }
        #expect(starts.count == 256)
    }
}
