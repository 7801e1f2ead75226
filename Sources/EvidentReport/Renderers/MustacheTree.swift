import Mustache

/// A value for the Mustache templates with its stored properties (or an enum case's payload)
/// looked up once, not on every
/// tag: swift-mustache finds a name in a plain Swift value by listing the value's `Mirror`
/// children — every property, boxed — for each tag and for each level of the context stack it
/// climbs, which was 1.4 s of CPU time for the HTML appendix of a 300-code study (perf, bench
/// corpus at 50,000 respondents). `wrap(_:)` reflects each struct, class and enum case with a
/// payload once, into a node that answers a name from a dictionary (`MustacheParent`).
///
/// The templates see what they saw before, so council templates render the same: a node holds
/// the stored properties the `Mirror` lists, with an optional unwrapped one level as the library
/// unwraps it (`nil` is absent, and the lookup climbs the stack as for a `nil` property); it
/// renders as `String(describing:)` of the value it stands for; arrays (the library's sections)
/// stay arrays, and every other value (cases without a payload, tuples, dictionaries, sets,
/// strings, numbers, values that already customise their rendering) is kept as it is.
final class MustacheTree: MustacheParent, MustacheCustomRenderable {
    private let value: Any
    private let children: [String: Any]

    private init(value: Any, children: [String: Any]) {
        self.value = value
        self.children = children
    }

    func child(named name: String) -> Any? {
        children[name]
    }

    var renderText: String { String(describing: value) }

    var isNull: Bool { false }

    /// The value for the templates: its structs, classes and cases with a payload, however deep
    /// (through arrays, properties and payloads), as nodes.
    static func wrap(_ value: Any) -> Any {
        wrapped(value) ?? value
    }

    /// The value with its structs, classes and cases with a payload as nodes, or `nil` when
    /// nothing in it changes.
    private static func wrapped(_ value: Any) -> Any? {
        if value is any MustacheParent || value is any MustacheCustomRenderable || value is any MustacheCustomRepresentation
            || value is any MustacheTransformable && !(value is any ElementsForMustache) || value is MustacheLambda
        {
            return nil
        }
        if let array = value as? any ElementsForMustache {
            let elements = array.elementsForMustache
            let changed = elements.map(wrapped)
            guard changed.contains(where: { $0 != nil }) else { return nil }
            return zip(elements, changed).map { $1 ?? $0 }
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct, .class: break
        // A case with a payload: the library finds the payload by the case's name.
        case .enum where !mirror.children.isEmpty: break
        default: return nil
        }
        var children: [String: Any] = [:]
        for child in mirror.children {
            guard let label = child.label, children[label] == nil, let present = unwrapOptional(child.value) else { continue }
            children[label] = wrap(present)
        }
        return MustacheTree(value: value, children: children)
    }

    /// The value an optional holds (`nil` for none), or the value itself: as the library's own
    /// lookup unwraps a property.
    private static func unwrapOptional(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}

/// An array's elements, whatever its element type: the arrays the library renders as sections.
protocol ElementsForMustache {
    var elementsForMustache: [Any] { get }
}

extension Array: ElementsForMustache {
    var elementsForMustache: [Any] { map { $0 } }
}
