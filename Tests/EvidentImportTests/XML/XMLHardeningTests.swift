import CLibXML2
import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A named pipe with no writer: opening it for reading blocks until a writer comes, so a reader
/// that returns proves it never opened it. A watchdog opens it for writing after a while, so a
/// regression fails the test instead of hanging it, and says so.
final class UnopenedPipe: @unchecked Sendable {
    // Safe: `fired` is only touched under `lock`; `path` is immutable.
    let path: String
    private let lock = NSLock()
    private var fired = false
    private let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
        path = folder.path + "/pipe"
        guard mkfifo(path, 0o600) == 0 else { throw CocoaError(.fileWriteUnknown) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 20) { [self] in
            let descriptor = open(path, O_WRONLY | O_NONBLOCK)
            guard descriptor >= 0 else { return }  // nobody is reading it: nothing to unblock
            close(descriptor)
            lock.withLock { fired = true }
        }
    }

    /// Whether a reader was found blocked on the pipe.
    var wasOpened: Bool {
        if lock.withLock({ fired }) { return true }
        let descriptor = open(path, O_WRONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return false }  // ENXIO: no reader has it open
        close(descriptor)
        return true
    }
}

@Suite("XML hardening: entities, external resources and DTDs are refused before use")
struct XMLHardeningTests {
    static func storySpec(_ name: String) -> DatasetSpec {
        DatasetSpec(id: "msc", kind: .mscStories, path: XMLFixture.path(name), format: .mscXML, declaredAt: XMLFixture.manifest)
    }

    @Test("a billion-laughs entity bomb is refused at its first entity declaration")
    func billionLaughs() throws {
        #expect(throws: InputError(
            "refused entity declaration 'lol': only the five built-in XML entities are allowed",
            at: SourceLocation(file: XMLFixture.shown("billion-laughs.xml"), line: 3, column: 2),
            help: "entities are never expanded (an entity bomb would grow without limit); write the text out in full"
        )) {
            try StoryLoader.load(Self.storySpec("billion-laughs.xml"), mapping: nil)
        }
    }

    @Test("an external entity naming file:///etc/hostname is refused, naming the file and the resource")
    func externalEntity() throws {
        let error = #expect(throws: InputError.self) {
            try StoryLoader.load(Self.storySpec("external-entity.xml"), mapping: nil)
        }
        #expect(error?.description == """
            error: refused external entity 'hostname' (SYSTEM "file:///etc/hostname"): files and URLs named inside XML are never read --> \(XMLFixture.shown("external-entity.xml")):3:3
              help: write the text out in full instead of pointing at another resource
            """)
    }

    @Test("an external DTD URL is refused without any network access")
    func externalDTD() throws {
        let error = #expect(throws: InputError.self) {
            try StoryLoader.load(Self.storySpec("external-dtd.xml"), mapping: nil)
        }
        #expect(error?.description == """
            error: refused external DTD "http://203.0.113.7/msc.dtd": DTDs are never loaded --> \(XMLFixture.shown("external-dtd.xml")):2:1
              help: remove the DOCTYPE line; the reader needs no DTD
            """)
    }

    @Test("an external entity pointing at a named pipe: refused, and the pipe is never opened")
    func externalEntityNeverOpened() throws {
        let pipe = try UnopenedPipe()
        let read = try XMLFixture.read("""
            <?xml version="1.0"?>
            <!DOCTYPE a [<!ENTITY x SYSTEM "file://\(pipe.path)">]>
            <a>&x;</a>
            """)
        #expect(read.error == """
            error: refused external entity 'x' (SYSTEM "file://\(pipe.path)"): files and URLs named inside XML are never read --> doc.xml:2:14
              help: write the text out in full instead of pointing at another resource
            """)
        #expect(!pipe.wasOpened)
    }

    @Test("an external DTD pointing at a named pipe: refused, and the pipe is never opened")
    func externalDTDNeverOpened() throws {
        let pipe = try UnopenedPipe()
        let read = try XMLFixture.read("<!DOCTYPE a SYSTEM \"\(pipe.path)\">\n<a/>")
        #expect(read.error == """
            error: refused external DTD "\(pipe.path)": DTDs are never loaded --> doc.xml:1:1
              help: remove the DOCTYPE line; the reader needs no DTD
            """)
        #expect(!pipe.wasOpened)
    }

    @Test("the process-wide entity loader refuses without opening what it is asked for")
    func refusingLoader() throws {
        let pipe = try UnopenedPipe()
        _ = XMLCallbacks.installed
        let input = xmlLoadExternalEntity("file://" + pipe.path, nil, nil)
        #expect(input == nil)
        #expect(!pipe.wasOpened)
    }

    @Test("other entity declarations and references are refused with what was refused", arguments: [
        (
            "<!DOCTYPE a [<!ENTITY % p SYSTEM \"http://203.0.113.7/p.dtd\"> %p;]><a/>",
            "error: refused external entity '%p' (SYSTEM \"http://203.0.113.7/p.dtd\"): files and URLs named inside XML are never read --> doc.xml:1:14"
        ),
        (
            "<!DOCTYPE a [\n  <!ENTITY % p \"<!ENTITY x 'y'>\">\n]><a/>",
            "error: refused entity declaration '%p': only the five built-in XML entities are allowed --> doc.xml:2:3"
        ),
        (
            "<!DOCTYPE a [<!NOTATION png SYSTEM \"image/png\"><!ENTITY pic SYSTEM \"pic.png\" NDATA png>]><a/>",
            "error: refused external entity 'pic' (SYSTEM \"pic.png\"): files and URLs named inside XML are never read --> doc.xml:1:48"
        ),
        (
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\"><html/>",
            "error: refused external DTD \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\": DTDs are never loaded --> doc.xml:1:1"
        ),
        (
            "<a>\n  caf&eacute;\n</a>",
            "error: refused entity reference '&eacute;': only the five built-in XML entities are allowed --> doc.xml:2:6"
        ),
    ])
    func refusals(text: String, headline: String) throws {
        let error = try XMLFixture.error(text)
        #expect(error?.split(separator: "\n").first.map(String.init) == headline)
    }

    @Test("a DOCTYPE that only declares elements is harmless and reads")
    func harmlessDoctype() throws {
        let read = try XMLFixture.read("<!DOCTYPE a [<!ELEMENT a (#PCDATA)>]>\n<a>text &amp; more</a>")
        #expect(read.error == nil)
        #expect(XMLFixture.compact(read.events) == ["<a>@2:1", "\"text & more\"@2", "</a>"])
    }
}
