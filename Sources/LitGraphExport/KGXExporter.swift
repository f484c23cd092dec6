public import LitGraphModel

/// Renders a ``KnowledgeGraph`` as a KGX graph (FORMATS.md §2.2): a nodes file and an edges file,
/// as TSV (`<name>_nodes.tsv`, `<name>_edges.tsv`) or JSON Lines (`<name>_nodes.jsonl`,
/// `<name>_edges.jsonl`), the names `kgx transform` writes and KGX's readers recognise.
///
/// Nodes: `id`, `category` (the Biolink class), `name`, `provided_by`. Edges: `id`
/// (`urn:litgraph:` and the percent-encoded relation key), `subject`, `predicate`, `object`,
/// `category`, then the rest in KGX's own column order (alphabetical): `agent_type`,
/// `evidence_count`, `has_confidence_score` (the belief), `knowledge_level`, `negated` (when every
/// sentence denies the relation), `object_aspect_qualifier`, `object_direction_qualifier`,
/// `original_predicate` (`litgraph:<predicate>`), `primary_knowledge_source`, `publications`
/// (`PMID:` CURIEs), `qualified_predicate`, `supporting_text` (the evidence sentences). Every
/// column is a Biolink 4.4.6 slot; predicates, qualifiers and categories come from
/// ``BiolinkEdgeMapping``, and a test checks each against the pinned Biolink list.
///
/// TSV: a header, one record per line, every row with every column (empty when absent), lists
/// joined with `|`, cells cleaned as ``KGXValue`` says (no tabs or line breaks; `|` never inside a
/// value). JSON Lines: one compact object per line with the present properties only, lists as
/// arrays. Both are byte-for-byte deterministic.
public struct KGXExporter: Sendable {
    /// The two KGX serialisations.
    public enum Serialization: Sendable {
        /// Tab-separated values with a header row.
        case tsv
        /// One JSON object per line.
        case jsonLines

        /// The file extension, without the dot.
        public var fileExtension: String { self == .tsv ? "tsv" : "jsonl" }
    }

    /// The node columns, in order.
    public static let nodeColumns = ["id", "category", "name", "provided_by"]
    /// The edge columns, in order.
    public static let edgeColumns = [
        "id", "subject", "predicate", "object", "category", "agent_type", "evidence_count", "has_confidence_score",
        "knowledge_level", "negated", "object_aspect_qualifier", "object_direction_qualifier", "original_predicate",
        "primary_knowledge_source", "publications", "qualified_predicate", "supporting_text",
    ]

    /// Creates an exporter.
    public init() {}

    /// The nodes file and the edges file of `graph`, named `<baseName>_nodes.<ext>` and
    /// `<baseName>_edges.<ext>`.
    public func files(for graph: KnowledgeGraph, baseName: String, as serialization: Serialization) -> [ExportedFile] {
        let ext = serialization.fileExtension
        return [
            ExportedFile(name: "\(baseName)_nodes.\(ext)", contents: nodes(of: graph, as: serialization)),
            ExportedFile(name: "\(baseName)_edges.\(ext)", contents: edges(of: graph, as: serialization)),
        ]
    }

    /// The nodes file's text.
    public func nodes(of graph: KnowledgeGraph, as serialization: Serialization) -> String {
        Self.render(graph.exportedNodes.map(nodeRecord), columns: Self.nodeColumns, as: serialization)
    }

    /// The edges file's text.
    public func edges(of graph: KnowledgeGraph, as serialization: Serialization) -> String {
        Self.render(EdgeAttributes.all(of: graph).map(edgeRecord), columns: Self.edgeColumns, as: serialization)
    }

    /// The record of one node, by column.
    func nodeRecord(_ entity: Entity) -> [String: KGXValue] {
        [
            "id": .identifier(entity.id), "category": .texts([entity.category.biolinkClass]),
            "name": .text(entity.name), "provided_by": .texts([BiolinkEdgeMapping.primaryKnowledgeSource]),
        ]
    }

    /// The record of one edge, by column; absent properties have no entry.
    func edgeRecord(_ attributes: EdgeAttributes) -> [String: KGXValue] {
        let relation = attributes.relation
        let mapping = BiolinkEdgeMapping(relation: relation)
        var record: [String: KGXValue] = [
            "id": .identifier(Self.edgeID(key: attributes.key)),
            "subject": .identifier(relation.subject.id),
            "predicate": .text(mapping.predicate),
            "object": .identifier(relation.object.id),
            "category": .texts([mapping.category]),
            "agent_type": .text(BiolinkEdgeMapping.agentType),
            "evidence_count": .int(attributes.edge.evidenceCount),
            "has_confidence_score": .number(attributes.belief),
            "knowledge_level": .text(BiolinkEdgeMapping.knowledgeLevel),
            "original_predicate": .identifier(BiolinkEdgeMapping.originalPredicatePrefix + relation.predicate.rawValue),
            "primary_knowledge_source": .identifier(BiolinkEdgeMapping.primaryKnowledgeSource),
        ]
        if attributes.isNegated { record["negated"] = .isTrue }
        record["object_aspect_qualifier"] = mapping.objectAspectQualifier.map(KGXValue.text)
        record["object_direction_qualifier"] = mapping.objectDirectionQualifier.map(KGXValue.text)
        record["qualified_predicate"] = mapping.qualifiedPredicate.map(KGXValue.text)
        if !attributes.publications.isEmpty { record["publications"] = .identifiers(attributes.publications) }
        if !attributes.sentences.isEmpty { record["supporting_text"] = .texts(attributes.sentences) }
        return record
    }

    /// `records` as TSV (header and one line each) or JSON Lines (one object each), in `columns` order.
    static func render(_ records: [[String: KGXValue]], columns: [String], as serialization: Serialization) -> String {
        switch serialization {
        case .tsv:
            let rows = records.map { record in columns.map { record[$0]?.tsvCell ?? "" } }
            return ([columns] + rows).map { $0.joined(separator: "\t") + "\n" }.joined()
        case .jsonLines:
            return records.map { record in
                JSONValue.object(columns.compactMap { column in record[column].map { (column, $0.json) } })
                    .compact() + "\n"
            }.joined()
        }
    }

    /// The edge id for a relation key: `urn:litgraph:` and the key's UTF-8 bytes, those outside
    /// `[A-Za-z0-9._~:-]` percent-encoded (`urn:litgraph:MESH:D010121%7Cregulates%7Cunknown%7C…`).
    public static func edgeID(key: String) -> String {
        var result = "urn:litgraph:"
        for byte in key.utf8 {
            let scalar = Unicode.Scalar(byte)
            let keep =
                ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
                || "-._~:".unicodeScalars.contains(scalar)
            if keep {
                result.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count < 2 ? "0" + hex : hex)
            }
        }
        return result
    }
}
