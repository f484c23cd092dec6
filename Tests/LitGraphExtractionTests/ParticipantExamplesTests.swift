import LitGraphExtraction
import LitGraphModel
import Testing

/// A process named after what it acts on is linked to it: `oxytocin release → has_participant →
/// oxytocin`, so chains through the process reach the substance.
@Suite struct ParticipantExamplesTests {
    @Test(arguments: [
        (
            "Psychotherapy may modulate oxytocin release.",
            [
                "psychotherapy -> regulates(unknown) -> oxytocin release [hedged]",
                "oxytocin release -> has_participant(unknown) -> oxytocin",
            ]
        ),
        ("Oxytocin release was measured at baseline.", ["oxytocin release -> has_participant(unknown) -> oxytocin"]),
        // "dopamine release" is no lexicon process: the release of dopamine is read as dopamine.
        ("Exercise increased dopamine release.", ["exercise -> positively_regulates(positive) -> dopamine"]),
    ])
    func processesNamedAfterASubstance(_ example: (String, [String])) {
        #expect(Set(triples(in: example.0)) == Set(example.1))
    }

    @Test func theParticipantEvidenceMarksTheProcessAndTheSubstance() throws {
        let document = Document(id: "1", title: "", abstract: "Oxytocin release rose.")
        let relation = try #require(
            sharedExtractor.annotate(document).relations.first { $0.relation.predicate == .hasParticipant })
        #expect(relation.evidence.rule == Extractor.participantRule)
        #expect(
            relation.evidence.subjectSpan == TextSpan(start: 1, end: 17),
            "offsets count from the empty title and its space")
        #expect(relation.evidence.objectSpan == TextSpan(start: 1, end: 9))
        #expect(relation.evidence.trigger == "release")
    }
}
