import LitGraphExtraction
import LitGraphModel
import Testing

/// Where entities come from: the input's own annotations, the lexicon, both, or a user's vocabulary.
@Suite struct EntitySourceTests {
    static let abstract = "Frobnicin increases cortisol."
    /// A document whose annotation marks "Frobnicin" (abstract offsets 0–9 after the 1-scalar title "T" and a space).
    static let annotated = Document(
        id: "1", title: "T", abstract: abstract,
        annotations: [
            Mention(
                entity: Entity(id: "MESH:C999999", name: "Frobnicin", category: .chemical),
                span: TextSpan(start: 2, end: 11), text: "Frobnicin")
        ]
    )

    static func mentionIDs(_ extractor: Extractor, _ document: Document = annotated) -> [String] {
        extractor.annotate(document).mentions.map { "\($0.text)=\($0.entity.id)" }
    }

    @Test func goldUsesTheAnnotationsOnly() {
        #expect(Self.mentionIDs(sharedExtractor.using(.gold)) == ["Frobnicin=MESH:C999999"])
        let triples = renderedTriples(sharedExtractor.using(.gold).annotate(Self.annotated))
        #expect(triples.isEmpty)
    }

    @Test func lexiconIgnoresTheAnnotations() {
        #expect(Self.mentionIDs(sharedExtractor.using(.lexicon)) == ["cortisol=MESH:D006854"])
    }

    @Test func bothMergesThemWithAnnotationsWinning() {
        let extractor = sharedExtractor.using(.both)
        #expect(Self.mentionIDs(extractor) == ["Frobnicin=MESH:C999999", "cortisol=MESH:D006854"])
        #expect(
            renderedTriples(extractor.annotate(Self.annotated)) == [
                "Frobnicin -> positively_regulates(positive) -> cortisol"
            ])
    }

    @Test func goldFallsBackToTheLexiconWithoutAnnotations() {
        let plain = Document(id: "2", title: "T", abstract: Self.abstract)
        #expect(Self.mentionIDs(sharedExtractor.using(.gold), plain) == ["cortisol=MESH:D006854"])
    }

    @Test func importedVocabularyIsMatchedFirst() throws {
        let vocabulary = [VocabularyEntry(id: "CHEBI:1", name: "frobnicin", category: .chemical, synonyms: ["FBN-1"])]
        let extractor = try sharedExtractor.adding(vocabulary: vocabulary)
        let plain = Document(id: "3", title: "T", abstract: "Frobnicin and FBN-1 increase cortisol.")
        #expect(
            Self.mentionIDs(extractor, plain) == [
                "Frobnicin=CHEBI:1", "FBN-1=CHEBI:1", "cortisol=MESH:D006854",
            ])
    }
}
