public import LitGraphModel

/// Writes documents, their recognised mentions and their document-level relations in PubTator
/// format, so that results can be compared with any PubTator tool (FORMATS.md §6.3).
///
/// Per document: `id|t|title`, `id|a|abstract`, one line per mention
/// `id<TAB>start<TAB>end<TAB>text<TAB>type<TAB>identifier`, one line per relation
/// `id<TAB>TYPE<TAB>ID1<TAB>ID2`, then a blank line. Offsets are the stored ones: Unicode code
/// points into `title + " " + abstract`, end-exclusive. Control characters (tabs, line breaks,
/// NUL, ESC, the other C0 and C1 controls, DEL) in any text or identifier become spaces, one for
/// one, so offsets stay valid, every line keeps its fields and the file stays text; `|` in a
/// document id becomes `_`. Other characters are written as they are.
/// Type names, identifiers and relation types follow ``PubTatorVocabulary``. Output is
/// deterministic: mentions by start, end and identifier; relations by type, then identifiers.
public struct PubTatorExporter: Sendable {
    /// Creates an exporter.
    public init() {}

    /// One document in PubTator form, ending with the blank line that separates documents.
    public func render(document: Document, mentions: [Mention], relations: [Relation]) -> String {
        let id = Self.documentID(document.id)
        var output = "\(id)|t|\(Self.singleLine(document.title))\n\(id)|a|\(Self.singleLine(document.abstract))\n"
        let sorted = mentions.sorted { ($0.span, $0.entity.id) < ($1.span, $1.entity.id) }
        for mention in sorted {
            let fields = [
                id, String(mention.span.start), String(mention.span.end), Self.singleLine(mention.text),
                PubTatorVocabulary.typeName(for: mention.entity.category),
                Self.singleLine(PubTatorVocabulary.identifier(for: mention.entity)),
            ]
            output += fields.joined(separator: "\t") + "\n"
        }
        for line in Self.relationLines(relations) {
            output += ([id] + line).joined(separator: "\t") + "\n"
        }
        return output + "\n"
    }

    /// The document-level relations of a graph, grouped by the documents their evidence comes from.
    ///
    /// Without titles, abstracts or mentions (a graph does not carry them): one block of
    /// `id<TAB>TYPE<TAB>ID1<TAB>ID2` lines per document in identifier order, each followed by a
    /// blank line. Negated evidence does not count. For complete documents, render stored
    /// documents with ``render(document:mentions:relations:)``.
    public func renderRelations(of graph: KnowledgeGraph) -> String {
        var byDocument: [String: [Relation]] = [:]
        for edge in graph.edges {
            for documentID in Set(edge.evidence.filter { !$0.isNegated }.map(\.documentID)) {
                byDocument[documentID, default: []].append(edge.relation)
            }
        }
        var output = ""
        for documentID in byDocument.keys.sorted() {
            let id = Self.documentID(documentID)
            for line in Self.relationLines(byDocument[documentID] ?? []) {
                output += ([id] + line).joined(separator: "\t") + "\n"
            }
            output += "\n"
        }
        return output
    }

    /// The distinct `TYPE, ID1, ID2` fields of `relations`, sorted; relations with an ungrounded
    /// end are left out (PubTator relations join identifiers).
    static func relationLines(_ relations: [Relation]) -> [[String]] {
        var lines = Set<[String]>()
        for relation in relations where relation.subject.isGrounded && relation.object.isGrounded {
            lines.insert([
                PubTatorVocabulary.relationType(for: relation.predicate),
                singleLine(PubTatorVocabulary.identifier(for: relation.subject)),
                singleLine(PubTatorVocabulary.identifier(for: relation.object)),
            ])
        }
        return lines.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// `text` with every control character (C0, DEL and C1: tabs and line breaks, but also NUL,
    /// which would make the file binary, and ESC) replaced by a space, one for one.
    static func singleLine(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }

    /// A document identifier safe as the first field of every line.
    static func documentID(_ id: String) -> String {
        singleLine(id).replacingPipes
    }
}

extension String {
    /// The text with every `|` replaced by `_`.
    fileprivate var replacingPipes: String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "|" ? "_" : $0 }))
    }
}
