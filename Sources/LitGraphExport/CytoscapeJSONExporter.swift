public import LitGraphModel

/// Renders a ``KnowledgeGraph`` as Cytoscape.js elements JSON, the `.cyjs` file Cytoscape desktop
/// imports (File › Import › Network from File) and `networkx.cytoscape_graph` reads (FORMATS.md §2.4).
///
/// `{"data": {…}, "directed": true, "multigraph": true, "elements": {"nodes": […], "edges": […]}}`.
/// Node `data`: `id` (CURIE), `value` (the same CURIE: networkx keys nodes by it), `name` (Cytoscape's
/// label column), `category` (Biolink class), `litgraph_category`, `grounded`. Edge `data`: `id` and
/// `key` (the relation, `subject|predicate|polarity|object`, as in the node-link JSON; networkx keys
/// parallel edges by `key`), `source`, `target`, `interaction` (Cytoscape's edge-type column: the
/// predicate), `predicate`, `biolink_predicate`, `object_direction_qualifier` (signed regulation
/// only), `polarity`, `sign` (1, -1, 0: map it to a `tee` or `triangle` arrow in a style),
/// `evidence_count`, `document_count`, `negated_count`, `hedged_count`, `belief` (four decimals),
/// `first_year` and `last_year` (when known), and the lists `publications` (`PMID:` CURIEs),
/// `documents` and `sentences` (when not empty). No style and no positions: Cytoscape lays it out.
/// Keys are written in a fixed order and the output is byte-for-byte deterministic.
public struct CytoscapeJSONExporter: Sendable {
    /// Creates an exporter.
    public init() {}

    /// The JSON text of `graph`, ending with a newline.
    public func render(_ graph: KnowledgeGraph) -> String {
        document(for: graph).serialized()
    }

    /// The JSON document of `graph`, before serialization.
    public func document(for graph: KnowledgeGraph) -> JSONValue {
        .object([
            (
                "data",
                .object([
                    ("name", .string(graph.name)),
                    ("generator", .string("LitGraph")),
                    ("biolink_version", .string(NodeLinkJSONExporter.biolinkVersion)),
                ])
            ),
            ("directed", .bool(true)),
            ("multigraph", .bool(true)),
            (
                "elements",
                .object([
                    ("nodes", .array(graph.exportedNodes.map(nodeElement))),
                    ("edges", .array(EdgeAttributes.all(of: graph).map(edgeElement))),
                ])
            ),
        ])
    }

    /// The element for one node.
    func nodeElement(_ entity: Entity) -> JSONValue {
        .object([
            (
                "data",
                .object([
                    ("id", .string(entity.id)),
                    ("value", .string(entity.id)),
                    ("name", .string(entity.name)),
                    ("category", .string(entity.category.biolinkClass)),
                    ("litgraph_category", .string(entity.category.rawValue)),
                    ("grounded", .bool(entity.isGrounded)),
                ])
            )
        ])
    }

    /// The element for one edge.
    func edgeElement(_ attributes: EdgeAttributes) -> JSONValue {
        let edge = attributes.edge
        let relation = attributes.relation
        var data: [(key: String, value: JSONValue)] = [
            ("id", .string(attributes.key)),
            ("key", .string(attributes.key)),
            ("source", .string(relation.subject.id)),
            ("target", .string(relation.object.id)),
            ("interaction", .string(relation.predicate.rawValue)),
            ("predicate", .string(relation.predicate.rawValue)),
            ("biolink_predicate", .string(BiolinkEdgeMapping.predicate(of: relation))),
        ]
        if let qualifier = attributes.directionQualifier {
            data.append(("object_direction_qualifier", .string(qualifier)))
        }
        data += [
            ("polarity", .string(relation.polarity.rawValue)),
            ("sign", .int(attributes.sign)),
            ("evidence_count", .int(edge.evidenceCount)),
            ("document_count", .int(edge.documentCount)),
            ("negated_count", .int(edge.negatedCount)),
            ("hedged_count", .int(edge.hedgedCount)),
            ("belief", .number(attributes.belief)),
        ]
        if let year = edge.firstYear { data.append(("first_year", .int(year))) }
        if let year = edge.lastYear { data.append(("last_year", .int(year))) }
        for (name, list) in [
            ("publications", attributes.publications), ("documents", attributes.documents),
            ("sentences", attributes.sentences),
        ] where !list.isEmpty {
            data.append((name, .array(list.map(JSONValue.string))))
        }
        return .object([("data", .object(data))])
    }
}
