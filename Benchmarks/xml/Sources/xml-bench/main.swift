import EvidentImport
import Foundation

// Reads one XML file with Evident's streaming reader and prints what it met and how fast:
//   xml-bench FILE [CHUNK_BYTES]
// (CHUNK_BYTES: bytes handed to the parser at a time, the reader's default when left out)
// One line of key=value pairs on stdout: bytes, elements, text_bytes, stories, seconds, mb_per_s.
// Errors go to stderr with exit status 1.

let arguments = CommandLine.arguments
guard arguments.count == 2 || arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: xml-bench FILE [CHUNK_BYTES]\n".utf8))
    exit(2)
}
let path = arguments[1]
var options = XMLStreamReader.Options()
if arguments.count == 3 {
    guard let chunkSize = Int(arguments[2]), chunkSize > 0 else {
        FileHandle.standardError.write(Data("CHUNK_BYTES must be a positive whole number\n".utf8))
        exit(2)
    }
    options.chunkSize = chunkSize
}
let clock = ContinuousClock()
let start = clock.now
var elements = 0
var stories = 0
var textBytes = 0
do {
    let reader = try XMLStreamReader(path: path, displayPath: path, options: options)
    while let event = try reader.next() {
        switch event {
        case .start(let element):
            elements += 1
            if element.name == "story" { stories += 1 }
        case .text(let text, _):
            textBytes += text.utf8.count
        case .end:
            break
        }
    }
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let megabytes = Double(reader.bytesRead) / 1_000_000
    print(
        "bytes=\(reader.bytesRead) elements=\(elements) text_bytes=\(textBytes) stories=\(stories) "
            + "seconds=\(String(format: "%.2f", seconds)) mb_per_s=\(String(format: "%.1f", megabytes / seconds))"
    )
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
