import ArgumentParser

@main
struct Evident: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "evident", abstract: "Evidence appendices from early help surveys and stories.")
}
