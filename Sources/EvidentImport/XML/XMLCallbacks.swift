import CLibXML2
import EvidentModel

/// The SAX2 callbacks libxml2 calls while parsing, each forwarding to the `XMLEventSink` found
/// through the parser context's `_private` pointer.
///
/// Hardening lives here as much as in the parser options: every DTD hook that could define or
/// fetch something (entity and unparsed-entity declarations, an external DTD, entity lookups,
/// resource resolution) records a refusal and stops the parser instead. No default libxml2
/// handler is installed, so no document tree is built and memory stays flat.
enum XMLCallbacks {
    /// The sink of a parser context created by `XMLStreamReader`.
    static func sink(_ ctx: UnsafeMutableRawPointer?) -> XMLEventSink? {
        guard let ctx else { return nil }
        let context = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let raw = context.pointee._private else { return nil }
        return Unmanaged<XMLEventSink>.fromOpaque(raw).takeUnretainedValue()
    }

    /// Whether a parser context is one of ours (its structured error hook is ours), so that its
    /// `_private` pointer is known to be a sink.
    static func isOurs(_ context: xmlParserCtxtPtr) -> Bool {
        guard let hook = context.pointee.sax?.pointee.serror else { return false }
        return unsafeBitCast(hook, to: UnsafeRawPointer.self) == unsafeBitCast(structuredError, to: UnsafeRawPointer.self)
    }

    /// A SAX2 handler with only Evident's callbacks set; processing instructions are reported
    /// only when asked for.
    static func handler(instructions: Bool = false) -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = 0xDEED_BEAF  // XML_SAX2_MAGIC: use the namespace-aware callbacks and `serror`
        handler.startElementNs = startElement
        handler.endElementNs = endElement
        handler.characters = characters
        handler.ignorableWhitespace = characters
        handler.cdataBlock = characters
        handler.internalSubset = internalSubset
        handler.externalSubset = externalSubset
        handler.entityDecl = entityDeclaration
        handler.unparsedEntityDecl = unparsedEntityDeclaration
        handler.getEntity = entity
        handler.getParameterEntity = entity
        handler.reference = reference
        handler.resolveEntity = resolveEntity
        handler.serror = structuredError
        if instructions { handler.processingInstruction = processingInstruction }
        return handler
    }

    static let processingInstruction: processingInstructionSAXFunc = { ctx, target, data in
        sink(ctx)?.processingInstruction(target: target, data: data)
    }

    static let startElement: startElementNsSAX2Func = { ctx, name, _, uri, _, _, count, _, attributes in
        sink(ctx)?.startElement(name: name, namespace: uri, count: Int(count), attributes: attributes)
    }

    static let endElement: endElementNsSAX2Func = { ctx, name, _, _ in
        sink(ctx)?.endElement(name: name)
    }

    static let characters: charactersSAXFunc = { ctx, bytes, count in
        sink(ctx)?.characters(bytes, count: Int(count))
    }

    /// `<!DOCTYPE root SYSTEM "…">`: called before any internal subset is read.
    static let internalSubset: internalSubsetSAXFunc = { ctx, _, publicID, systemID in
        guard let sink = sink(ctx) else { return }
        if let id = systemID ?? publicID {
            sink.refuse(.externalDTD(systemID: String(cString: id)), markup: "<!DOCTYPE")
        }
    }

    static let externalSubset: externalSubsetSAXFunc = { ctx, _, publicID, systemID in
        guard let sink = sink(ctx), let id = systemID ?? publicID else { return }
        sink.refuse(.externalDTD(systemID: String(cString: id)), markup: "<!DOCTYPE")
    }

    static let entityDeclaration: entityDeclSAXFunc = { ctx, name, type, _, systemID, _ in
        guard let sink = sink(ctx) else { return }
        let parameter = type == Int32(XML_INTERNAL_PARAMETER_ENTITY.rawValue)
            || type == Int32(XML_EXTERNAL_PARAMETER_ENTITY.rawValue)
        let shown = (parameter ? "%" : "") + (name.map { String(cString: $0) } ?? "")
        if let systemID {
            sink.refuse(.externalEntity(name: shown, systemID: String(cString: systemID)), markup: "<!ENTITY")
        } else {
            sink.refuse(.internalEntity(name: shown), markup: "<!ENTITY")
        }
    }

    static let unparsedEntityDeclaration: unparsedEntityDeclSAXFunc = { ctx, name, _, systemID, _ in
        guard let sink = sink(ctx) else { return }
        let shown = name.map { String(cString: $0) } ?? ""
        sink.refuse(.externalEntity(name: shown, systemID: systemID.map { String(cString: $0) } ?? ""), markup: "<!ENTITY")
    }

    /// Entity lookups find nothing: the five built-ins never reach this hook, and any other
    /// entity is refused.
    static let entity: getEntitySAXFunc = { ctx, name in
        guard let sink = sink(ctx), let name else { return nil }
        sink.refuse(.entityReference(name: String(cString: name)), markup: "&")
        return nil
    }

    static let reference: referenceSAXFunc = { ctx, name in
        guard let sink = sink(ctx), let name else { return }
        sink.refuse(.entityReference(name: String(cString: name)), line: sink.currentLine, column: nil)
    }

    static let resolveEntity: resolveEntitySAXFunc = { ctx, publicID, systemID in
        guard let sink = sink(ctx) else { return nil }
        let url = (systemID ?? publicID).map { String(cString: $0) } ?? ""
        sink.refuse(.externalResource(url: url), line: sink.currentLine, column: nil)
        return nil
    }

    /// libxml2's structured errors, through the handler (`serror`) and, for messages raised
    /// without a context, the thread's structured error function while a chunk is parsed.
    static let structuredError: xmlStructuredErrorFunc = { ctx, error in
        guard let error else { return }
        sink(ctx)?.record(error.pointee)
    }

    /// The process-wide external entity loader: refuses every request without opening it,
    /// and records the refusal when the request comes from one of our parsers.
    static let refusingLoader: xmlExternalEntityLoader = { url, _, context in
        if let context, isOurs(context), let sink = sink(UnsafeMutableRawPointer(context)) {
            let shown = url.map { String(cString: $0) } ?? ""
            sink.refuse(.externalResource(url: shown), line: sink.currentLine, column: nil)
        } else if let context {
            xmlStopParser(context)
        }
        return nil
    }

    /// Installs the refusing loader once per process, before the first parse.
    static let installed: Bool = {
        xmlInitParser()
        xmlSetExternalEntityLoader(refusingLoader)
        return true
    }()
}
