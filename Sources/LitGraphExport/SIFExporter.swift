public import LitGraphModel

/// Renders a ``KnowledgeGraph`` in the Simple Interaction Format Cytoscape imports (FORMATS.md §3):
/// one `source<TAB>interaction<TAB>target` line per edge, then one line per node without edges.
///
/// Nodes are named by their identifiers (CURIEs; names are not unique). Fields are separated by
/// tabs, so Cytoscape reads spaces as part of a name. SIF has no escapes: a tab, newline or carriage
/// return inside an identifier becomes a space and other control characters are dropped. The
/// interaction is the predicate (`negatively_regulates`), with the polarity appended
/// (`associated_with_positive`) when it is not the one the predicate implies (see
/// ``interaction(for:)``), so every relation has its own line: Cytoscape drops repeated lines.
/// Edges in graph order; the output is byte-for-byte deterministic.
public struct SIFExporter: Sendable {
    /// Creates an exporter.
    public init() {}

    /// The SIF text of `graph`, each line ending with a newline.
    public func render(_ graph: KnowledgeGraph) -> String {
        var lines: [String] = []
        var connected = Set<String>()
        for edge in graph.edges {
            let relation = edge.relation
            connected.formUnion([relation.subject.id, relation.object.id])
            lines.append(
                [Self.name(relation.subject.id), Self.interaction(for: relation), Self.name(relation.object.id)]
                    .joined(separator: "\t"))
        }
        for entity in graph.exportedNodes where !connected.contains(entity.id) {
            lines.append(Self.name(entity.id))
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// The interaction type of `relation`: the predicate, followed by `_` and the polarity unless
    /// the polarity is the predicate's own (positive for `positively_regulates` and `causes`,
    /// negative for `negatively_regulates` and `treats`, unknown for the others).
    public static func interaction(for relation: Relation) -> String {
        let implied: Polarity =
            switch relation.predicate {
            case .positivelyRegulates, .causes: .positive
            case .negativelyRegulates, .treats: .negative
            case .regulates, .interactsWith, .associatedWith, .hasParticipant: .unknown
            }
        let predicate = relation.predicate.rawValue
        return relation.polarity == implied ? predicate : "\(predicate)_\(relation.polarity.rawValue)"
    }

    /// A node name safe inside one field.
    static func name(_ id: String) -> String {
        var result = ""
        for scalar in id.unicodeScalars {
            switch scalar {
            case "\t", "\n", "\r": result.unicodeScalars.append(" ")
            default: if scalar.value >= 0x20 { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
