import LitGraphExtraction
public import LitGraphModel
public import LitGraphStore

/// Questions asked of a stored graph: `litgraph query`, `evidence`, `path`, `search`, `entities`,
/// `conflicts` and `stats`, each answered as a ``Report``.
///
/// Opens the database read-only; never creates or changes it, except that a writable database of an
/// older schema is upgraded in place after a backup (see `GraphStore.init(path:mode:busyTimeout:upgradeNote:)`).
public final class GraphQueries {
    let store: GraphStore

    /// Opens the database at `databasePath` for reading.
    /// - Throws: `StoreError` when it is missing, not a LitGraph database, or too new.
    public init(databasePath: String) throws {
        store = try GraphStore(path: databasePath, mode: .readOnly)
    }

    /// The one entity a name, synonym or identifier denotes.
    ///
    /// The database's own names, synonyms and identifiers come first; a text none of them matches is
    /// looked up in the built-in lexicon ("HPA axis" for the hypothalamic-pituitary-adrenal axis,
    /// "OXTR" for the oxytocin receptor), which is loaded only then.
    /// - Throws: ``PipelineError/unknownEntity(_:database:)`` or ``PipelineError/ambiguousEntity(_:candidates:)``.
    public func entity(_ text: String) throws -> Entity {
        var candidates = try store.entities(matching: text)
        if candidates.isEmpty, let known = try? Lexicon.builtIn().entity(named: text) {
            candidates = try store.entities(matching: known.id)
        }
        guard let first = candidates.first else { throw PipelineError.unknownEntity(text, database: store.path) }
        guard candidates.count == 1 else {
            throw PipelineError.ambiguousEntity(text, candidates: candidates.map { "\($0.id) (\($0.name))" })
        }
        return first
    }

    /// The relations of an entity with their evidence counts, belief and years, as `filter` keeps them.
    ///
    /// Columns: subject, subject_name, predicate, polarity, object, object_name, evidence,
    /// documents, negated, hedged, belief, first_year, last_year (empty or `null` when unknown).
    /// Rows are in `order` (most evidence, or highest belief, first; ties by subject, object,
    /// predicate and polarity), at most `limit` of them.
    public func relations(
        of text: String, direction: EdgeDirection, predicate: RelationPredicate?, filter: EdgeFilter = .none,
        order: EdgeOrder = .evidence, limit: Int? = nil
    ) throws -> Report {
        let entity = try entity(text)
        let edges = try store.edges(
            of: entity.id, direction: direction, predicate: predicate, filter: filter, withEvidence: false,
            order: order, limit: limit)
        let rows: [[Report.Value]] = edges.map { edge in
            let relation = edge.relation
            return [
                .text(relation.subject.id), .text(relation.subject.name), .text(relation.predicate.rawValue),
                .text(relation.polarity.rawValue), .text(relation.object.id), .text(relation.object.name),
                .int(edge.evidenceCount), .int(edge.documentCount), .int(edge.negatedCount), .int(edge.hedgedCount),
                .number(edge.belief), edge.firstYear.map(Report.Value.int) ?? .missing,
                edge.lastYear.map(Report.Value.int) ?? .missing,
            ]
        }
        return Report(
            columns: [
                "subject", "subject_name", "predicate", "polarity", "object", "object_name", "evidence", "documents",
                "negated", "hedged", "belief", "first_year", "last_year",
            ],
            rows: rows,
            signColumns: ["polarity"]
        )
    }

    /// Row counts of the database.
    public func statistics() throws -> Report {
        let stats = try store.statistics()
        return Report(
            columns: ["documents", "sentences", "entities", "relations", "evidence"],
            rows: [
                [
                    .int(stats.documents), .int(stats.sentences), .int(stats.entities), .int(stats.relations),
                    .int(stats.evidence),
                ]
            ],
            isSingleRecord: true
        )
    }

    /// A PubMed link for a numeric document identifier, else an empty string.
    static func pubMedURL(_ documentID: String) -> String {
        guard !documentID.isEmpty, documentID.allSatisfy(\.isNumber) else { return "" }
        return "https://pubmed.ncbi.nlm.nih.gov/\(documentID)/"
    }
}

@available(*, unavailable)
extension GraphQueries: Sendable {}
