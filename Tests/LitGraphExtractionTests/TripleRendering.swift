import LitGraphExtraction
import LitGraphModel

/// Renders findings compactly for tables: `subject -> predicate(polarity) -> object`, with ` [negated]`,
/// ` [hedged]` and ` [comparison]` flags appended.
func renderedTriples(_ annotated: AnnotatedDocument) -> [String] {
    annotated.relations.map { extracted in
        let relation = extracted.relation
        var line =
            "\(relation.subject.name) -> \(relation.predicate.rawValue)(\(relation.polarity.rawValue)) -> \(relation.object.name)"
        if extracted.evidence.isNegated { line += " [negated]" }
        if extracted.evidence.isHedged { line += " [hedged]" }
        if extracted.evidence.isComparison { line += " [comparison]" }
        return line
    }
}

/// The shared extractor over the built-in lexicon and ortholog table, with the rules only: the
/// tables of sentences pin the rules, and the relation model has its own tests
/// (``RelationModelTests``) that use ``modelExtractor``.
let sharedExtractor: Extractor = modelExtractor.using(RelationModel.empty)

/// The built-in extractor, relation model included.
let modelExtractor: Extractor = {
    do {
        return try Extractor.builtIn()
    } catch {
        fatalError("the built-in lexicon does not load: \(error)")
    }
}()

/// Annotates one sentence as the abstract of an untitled document.
func triples(in sentence: String) -> [String] {
    renderedTriples(sharedExtractor.annotate(Document(id: "t", title: "", abstract: sentence)))
}
