/// A node of a YAML document as `YAMLComposer` built it: a scalar (always text), a sequence or a
/// mapping (its pairs in file order), with where it starts. Aliases are already expanded into
/// the nodes they name, within the composer's budget.
struct YAMLNode: Sendable {
    /// How a scalar was written; readers care only whether it was quoted.
    enum Style: Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    struct Scalar: Sendable {
        let string: String
        let style: Style
    }

    /// Where a node starts, 1-based; columns count Unicode scalars (libyaml's count).
    struct Mark: Sendable, Hashable {
        let line: Int
        let column: Int
    }

    enum Content: Sendable {
        case scalar(Scalar)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    let content: Content
    let mark: Mark

    var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The pairs of a mapping in file order (a key repeated in the file is kept once: see
    /// `YAMLComposer.Document.duplicates`).
    var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }
}
