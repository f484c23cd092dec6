public import LitGraphModel

/// Renders a ``KnowledgeGraph`` as the CSV files `neo4j-admin database import full` loads into a new
/// Neo4j 5 database (FORMATS.md §3): `nodes.csv`, `relationships.csv` and `import.sh`, the command.
///
/// `nodes.csv`: `id:ID` (the CURIE), `name:string`, `category:string` (Biolink class),
/// `litgraph_category:string`, `grounded:boolean`, `:LABEL` (the Biolink class without its prefix,
/// such as `ChemicalEntity`, so Cypher needs no back-ticks). `relationships.csv`: `:START_ID`,
/// `:END_ID`, `:TYPE` (the predicate in capitals, such as `NEGATIVELY_REGULATES`),
/// `predicate:string`, `biolink_predicate:string`, `object_direction_qualifier:string`,
/// `polarity:string`, `sign:int`, `evidence_count:int`, `document_count:int`, `negated_count:int`,
/// `hedged_count:int`, `belief:double`, `first_year:int`, `last_year:int`, and the arrays
/// `publications:string[]`, `documents:string[]`, `sentences:string[]`.
///
/// Fields are quoted as RFC 4180 says (``CSVEscaping``); names and sentences keep their line breaks,
/// so the import needs `--multiline-fields=true`. Array items are separated by ``arrayDelimiter``
/// (`|`, passed as `--array-delimiter`); a `|` inside an item becomes `¦` (U+00A6). An empty field
/// is an absent property (unknown year, no qualifier). The output is byte-for-byte deterministic.
public struct Neo4jCSVExporter: Sendable {
    /// The separator of array items inside one field.
    public static let arrayDelimiter = "|"
    /// The node file's header.
    public static let nodeHeader = [
        "id:ID", "name:string", "category:string", "litgraph_category:string", "grounded:boolean", ":LABEL",
    ]
    /// The relationship file's header.
    public static let relationshipHeader = [
        ":START_ID", ":END_ID", ":TYPE", "predicate:string", "biolink_predicate:string",
        "object_direction_qualifier:string", "polarity:string", "sign:int", "evidence_count:int", "document_count:int",
        "negated_count:int", "hedged_count:int", "belief:double", "first_year:int", "last_year:int",
        "publications:string[]", "documents:string[]", "sentences:string[]",
    ]

    /// Creates an exporter.
    public init() {}

    /// `nodes.csv`, `relationships.csv` and `import.sh`.
    public func files(for graph: KnowledgeGraph) -> [ExportedFile] {
        [
            ExportedFile(name: "nodes.csv", contents: nodes(of: graph)),
            ExportedFile(name: "relationships.csv", contents: relationships(of: graph)),
            ExportedFile(name: "import.sh", contents: Self.importScript),
        ]
    }

    /// The text of `nodes.csv`.
    public func nodes(of graph: KnowledgeGraph) -> String {
        CSVEscaping.record(Self.nodeHeader)
            + graph.exportedNodes.map { entity in
                let biolinkClass = entity.category.biolinkClass
                return CSVEscaping.record([
                    entity.id, entity.name, biolinkClass, entity.category.rawValue,
                    entity.isGrounded ? "true" : "false",
                    String(biolinkClass.split(separator: ":").last ?? Substring(biolinkClass)),
                ])
            }.joined()
    }

    /// The text of `relationships.csv`.
    public func relationships(of graph: KnowledgeGraph) -> String {
        CSVEscaping.record(Self.relationshipHeader)
            + EdgeAttributes.all(of: graph).map { attributes in
                let edge = attributes.edge
                let relation = attributes.relation
                return CSVEscaping.record([
                    relation.subject.id, relation.object.id, relation.predicate.rawValue.uppercased(),
                    relation.predicate.rawValue, BiolinkEdgeMapping.predicate(of: relation),
                    attributes.directionQualifier ?? "", relation.polarity.rawValue, String(attributes.sign),
                    String(edge.evidenceCount), String(edge.documentCount), String(edge.negatedCount),
                    String(edge.hedgedCount), String(attributes.belief), edge.firstYear.map(String.init) ?? "",
                    edge.lastYear.map(String.init) ?? "", Self.array(attributes.publications),
                    Self.array(attributes.documents), Self.array(attributes.sentences),
                ])
            }.joined()
    }

    /// Array items joined with ``arrayDelimiter``, each with its own delimiters replaced.
    static func array(_ items: [String]) -> String {
        items.map { $0.replacing(arrayDelimiter, with: "\u{A6}") }.joined(separator: arrayDelimiter)
    }

    /// The arguments of `neo4j-admin database import full` for the two files in the current folder
    /// (the field delimiter `,` and the quote `"` are its defaults).
    public static let importArguments = [
        "database", "import", "full", "--nodes=nodes.csv", "--relationships=relationships.csv",
        "--array-delimiter=\(arrayDelimiter)", "--multiline-fields=true",
    ]

    /// The command line that imports the files, for a shell in their folder, into `database`.
    public static func importCommand(database: String = "neo4j") -> String {
        (["neo4j-admin"] + importArguments.map(shellQuoted) + [database]).joined(separator: " ")
    }

    /// `import.sh`: the import command, run in the script's own folder; the database name is its
    /// argument (default `neo4j`).
    static var importScript: String {
        """
        #!/bin/sh
        # Generated by LitGraph: loads nodes.csv and relationships.csv into a new Neo4j 5 database.
        # Run with Neo4j stopped: sh import.sh [DATABASE] (default neo4j; an existing database needs
        # --overwrite-destination=true). Arrays are |-separated; fields may span lines.
        set -e
        cd "$(dirname "$0")"
        \(importCommand(database: "\"${1:-neo4j}\""))

        """
    }

    /// `text` quoted for a POSIX shell when it holds anything but letters, digits and `-_=.,/:`.
    static func shellQuoted(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
                || "-_=.,/:".unicodeScalars.contains(scalar)
        }
        return plain ? text : "'" + text.replacing("'", with: #"'\''"#) + "'"
    }
}
