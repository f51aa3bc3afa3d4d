import Yams

/// A pipeline option's value, copied out of the YAML tree (whose nodes are not `Sendable`).
enum OptionValue: Sendable {
    /// A scalar with the types YAML's core schema resolves it to.
    case scalar(text: String, int: Int?, float: Double?, bool: Bool?)
    /// A list.
    case sequence([OptionValue])
    /// A mapping, in file order.
    case mapping([(key: OptionValue, value: OptionValue)])
    /// `~`, `null` or nothing.
    case null

    init(_ node: Node) {
        switch node {
        case .scalar:
            self = node.null != nil ? .null : .scalar(text: node.string ?? "", int: node.int, float: node.float, bool: node.bool)
        case .sequence(let sequence):
            self = .sequence(sequence.map(OptionValue.init))
        case .mapping(let mapping):
            self = .mapping(mapping.map { (OptionValue($0.key), OptionValue($0.value)) })
        case .alias:
            self = .null
        }
    }

    var string: String? {
        if case .scalar(let text, _, _, _) = self { return text }
        return nil
    }

    var int: Int? {
        if case .scalar(_, let int, _, _) = self { return int }
        return nil
    }

    var float: Double? {
        if case .scalar(_, _, let float, _) = self { return float }
        return nil
    }

    var bool: Bool? {
        if case .scalar(_, _, _, let bool) = self { return bool }
        return nil
    }

    var sequence: [OptionValue]? {
        if case .sequence(let items) = self { return items }
        return nil
    }

    var mapping: [(key: OptionValue, value: OptionValue)]? {
        if case .mapping(let pairs) = self { return pairs }
        return nil
    }
}
