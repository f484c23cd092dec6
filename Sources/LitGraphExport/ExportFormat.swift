public import LitGraphModel

/// The text formats a graph can be exported as; each promises deterministic, stable output.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// Graphviz DOT, styled for mechanism diagrams (``DOTExporter``).
    case dot
    /// networkx node-link JSON (``NodeLinkJSONExporter``).
    case json
    /// Cytoscape.js elements JSON, for Cytoscape desktop and `networkx.cytoscape_graph` (``CytoscapeJSONExporter``).
    case cyjs
    /// GraphML, for Gephi, Cytoscape, yEd and networkx (``GraphMLExporter``).
    case graphml
    /// KGX nodes and edges TSV with Biolink 4 terms (``KGXExporter``); two files.
    case kgx
    /// KGX nodes and edges JSON Lines (``KGXExporter``); two files.
    case kgxJSONLines = "kgx-jsonl"
    /// `neo4j-admin database import` CSV files and the import command (``Neo4jCSVExporter``).
    case neo4j
    /// Simple Interaction Format, for Cytoscape (``SIFExporter``).
    case sif
    /// PubTator (``PubTatorExporter``). Complete documents, with text and mentions, come from the
    /// stored documents (``isDocumentFormat``); a graph alone renders only its relation lines.
    case pubtator

    /// The usual file name extension, without the dot (of the data files, for several files).
    public var fileExtension: String {
        switch self {
        case .pubtator: "txt"
        case .kgx: "tsv"
        case .kgxJSONLines: "jsonl"
        case .neo4j: "csv"
        default: rawValue
        }
    }

    /// Whether the format writes documents (text and mentions) rather than the graph, so that it
    /// must be rendered from the stored documents instead of a ``KnowledgeGraph``.
    public var isDocumentFormat: Bool { self == .pubtator }

    /// Whether the format is several files, written into a folder (KGX, KGX JSON Lines, Neo4j).
    public var isMultiFile: Bool { [.kgx, .kgxJSONLines, .neo4j].contains(self) }

    /// `graph` rendered in this format: the one file of a single-file format; for a multi-file
    /// format, every file of ``files(for:baseName:)`` after a `==> name <==` line (as `head`
    /// prints several files), for reading, not for loading.
    public func render(_ graph: KnowledgeGraph) -> String {
        switch self {
        case .dot: DOTExporter().render(graph)
        case .json: NodeLinkJSONExporter().render(graph)
        case .cyjs: CytoscapeJSONExporter().render(graph)
        case .graphml: GraphMLExporter().render(graph)
        case .sif: SIFExporter().render(graph)
        case .pubtator: PubTatorExporter().renderRelations(of: graph)
        case .kgx, .kgxJSONLines, .neo4j:
            files(for: graph, baseName: graph.name).map { "==> \($0.name) <==\n\($0.contents)" }
                .joined(separator: "\n")
        }
    }

    /// The files of `graph` in this format.
    ///
    /// KGX names its two files `<baseName>_nodes.<ext>` and
    /// `<baseName>_edges.<ext>` (``safeBaseName(_:)`` is applied); Neo4j writes `nodes.csv`,
    /// `relationships.csv` and `import.sh`; a single-file format gives `<baseName>.<ext>`.
    public func files(for graph: KnowledgeGraph, baseName: String) -> [ExportedFile] {
        let name = Self.safeBaseName(baseName)
        switch self {
        case .kgx: return KGXExporter().files(for: graph, baseName: name, as: .tsv)
        case .kgxJSONLines: return KGXExporter().files(for: graph, baseName: name, as: .jsonLines)
        case .neo4j: return Neo4jCSVExporter().files(for: graph)
        default: return [ExportedFile(name: "\(name).\(fileExtension)", contents: render(graph))]
        }
    }

    /// `name` usable as a file name: characters outside `[A-Za-z0-9._-]` become `_`, a leading dot
    /// is dropped, and an empty result is `litgraph`.
    public static func safeBaseName(_ name: String) -> String {
        var result = ""
        for scalar in name.unicodeScalars {
            let keep = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
            result.unicodeScalars.append(keep || "._-".unicodeScalars.contains(scalar) ? scalar : "_")
        }
        while result.hasPrefix(".") { result.removeFirst() }
        return result.isEmpty ? "litgraph" : result
    }
}
