import LitGraphEvaluation
import LitGraphModel
import Testing

/// Builds documents and mentions by hand, as the PubTator reader will.
enum Annotated {
    static let title = "Lithium toxicity in a newborn."
    static let abstract = "Lithium caused cardiac disease and heart failure; OXTR was unchanged."

    /// A mention of `surface` at its `occurrence`-th appearance in the document text.
    static func mention(
        _ surface: String, _ id: String, _ category: EntityCategory, occurrence: Int = 0
    ) -> Mention {
        let text = Array((title + " " + abstract).unicodeScalars)
        let needle = Array(surface.unicodeScalars)
        var found: [Int] = []
        for start in 0...(text.count - needle.count) where Array(text[start..<start + needle.count]) == needle {
            found.append(start)
        }
        let start = found[min(occurrence, found.count - 1)]
        return Mention(
            entity: Entity(id: id, name: surface.lowercased(), category: category),
            span: TextSpan(start: start, end: start + needle.count), text: surface)
    }

    static func gold(_ annotations: [Mention], id: String = "1") -> Document {
        Document(id: id, title: title, abstract: abstract, annotations: annotations)
    }

    static func predicted(_ mentions: [Mention], id: String = "1") -> AnnotatedDocument {
        AnnotatedDocument(
            document: Document(id: id, title: title, abstract: abstract), sentences: [], mentions: mentions,
            relations: [])
    }
}

@Suite("Entity recognition evaluation")
struct NEREvaluationTests {
    typealias A = Annotated

    static let gold = A.gold([
        A.mention("Lithium", "D008094", .chemical),
        A.mention("toxicity", "D064420", .disease),
        A.mention("Lithium", "D008094", .chemical, occurrence: 1),
        A.mention("cardiac disease", "D006331", .disease),
        A.mention("heart failure", "D006333", .disease),
        A.mention("OXTR", "5021", .geneOrProtein),
    ])

    @Test("a perfect prediction scores 1 everywhere")
    func perfect() {
        let report = NEREvaluation.evaluate([(Self.gold, A.predicted(Self.gold.annotations))])
        for row in report.rows {
            #expect(row.counts.precision == 1 && row.counts.recall == 1 && row.counts.f1 == 1, "\(row)")
        }
        #expect(report.row(.document, "all")?.counts == MatchCounts(truePositives: 5))
        #expect(report.row(.mention, "all")?.counts == MatchCounts(truePositives: 6))
        #expect(report.documentCount == 1)
    }

    @Test("document level counts distinct identifiers, normalised, whatever their spans")
    func documentLevel() throws {
        let predicted = A.predicted([
            A.mention("Lithium", "MESH:D008094", .chemical, occurrence: 1),  // found once: enough
            A.mention("cardiac", "mesh:d006331", .disease),  // wrong span, right identifier
            A.mention("failure", "MESH:D005221", .disease),  // wrong identifier
            A.mention("newborn", "LITGRAPH:newborn", .phenotype),  // ungrounded: always wrong
            A.mention("OXTR", "NCBIGene:5021", .geneOrProtein),
        ])
        let report = NEREvaluation.evaluate([(Self.gold, predicted)])
        #expect(report.row(.document, "chemical")?.counts == MatchCounts(truePositives: 1))
        #expect(
            report.row(.document, "disease")?.counts
                == MatchCounts(truePositives: 1, falsePositives: 2, falseNegatives: 2))
        #expect(report.row(.document, "gene")?.counts == MatchCounts(truePositives: 1))
        let all = try #require(report.row(.document, "all")?.counts)
        #expect(all == MatchCounts(truePositives: 3, falsePositives: 2, falseNegatives: 2))
        #expect(all.precision == 0.6 && all.recall == 0.6)
        #expect(abs(all.f1 - 0.6) < 1e-12)
    }

    @Test("mention level needs the exact span; boundary ignores identifiers and grounding")
    func mentionLevels() {
        let predicted = A.predicted([
            A.mention("Lithium", "D008094", .chemical),  // exact
            A.mention("Lithium", "D016651", .chemical, occurrence: 1),  // right span, wrong identifier
            A.mention("cardiac", "D006331", .disease),  // span too short
            A.mention("heart failure", "LITGRAPH:heart-failure", .disease),  // right span, ungrounded
        ])
        let report = NEREvaluation.evaluate([(Self.gold, predicted)])
        #expect(
            report.row(.mention, "all")?.counts == MatchCounts(truePositives: 1, falsePositives: 3, falseNegatives: 5))
        #expect(
            report.row(.boundary, "all")?.counts == MatchCounts(truePositives: 3, falsePositives: 1, falseNegatives: 3))
        #expect(
            report.row(.boundary, "chemical")?.counts
                == MatchCounts(truePositives: 2, falsePositives: 0, falseNegatives: 0))
    }

    @Test("a predicted phenotype matches a gold disease under the standard mapping only")
    func phenotypeIsDisease() {
        let gold = A.gold([A.mention("heart failure", "D006333", .disease)])
        let predicted = A.predicted([A.mention("heart failure", "MESH:D006333", .phenotype)])
        let standard = NEREvaluation.evaluate([(gold, predicted)])
        #expect(standard.row(.mention, "disease")?.counts == MatchCounts(truePositives: 1))
        #expect(standard.row(.mention, "phenotype") == nil)
        let exact = NEREvaluation.evaluate([(gold, predicted)], mapping: .exact)
        #expect(exact.row(.mention, "disease")?.counts == MatchCounts(falseNegatives: 1))
        #expect(exact.row(.mention, "phenotype")?.counts == MatchCounts(falsePositives: 1))
    }

    @Test("a wrong type is a false positive in one type and a false negative in the other")
    func wrongType() {
        let failure = A.mention("heart failure", "D006333", .disease)
        let gold = A.gold([A.mention("Lithium", "D008094", .chemical), failure])
        let predicted = A.predicted([A.mention("Lithium", "D008094", .disease), failure])
        let report = NEREvaluation.evaluate([(gold, predicted)])
        #expect(report.row(.document, "chemical")?.counts == MatchCounts(falseNegatives: 1))
        #expect(report.row(.document, "disease")?.counts == MatchCounts(truePositives: 1, falsePositives: 1))
        #expect(
            report.row(.document, "all")?.counts
                == MatchCounts(truePositives: 1, falsePositives: 1, falseNegatives: 1))
    }

    @Test("gold mentions without an identifier are left out, except at the boundary level")
    func goldWithoutIdentifier() {
        let gold = A.gold([A.mention("toxicity", "-1", .disease), A.mention("Lithium", "-", .chemical)])
        let predicted = A.predicted([A.mention("toxicity", "D064420", .disease)])
        let report = NEREvaluation.evaluate([(gold, predicted)])
        #expect(report.row(.document, "all")?.counts == MatchCounts(falsePositives: 1))
        #expect(report.row(.mention, "all")?.counts == MatchCounts(falsePositives: 1))
        #expect(report.row(.boundary, "all")?.counts == MatchCounts(truePositives: 1, falseNegatives: 1))
    }

    @Test("a composite gold identifier is one item per part")
    func compositeIdentifiers() {
        let gold = A.gold([A.mention("heart failure", "D006333|D006331", .disease)])
        let predicted = A.predicted([A.mention("heart failure", "MESH:D006331", .disease)])
        let report = NEREvaluation.evaluate([(gold, predicted)])
        #expect(report.row(.document, "disease")?.counts == MatchCounts(truePositives: 1, falseNegatives: 1))
        #expect(report.row(.boundary, "disease")?.counts == MatchCounts(truePositives: 1))
    }

    @Test("types the gold standard does not annotate get a row but stay out of the overall figures")
    func unannotatedTypes() throws {
        let gold = A.gold([A.mention("Lithium", "D008094", .chemical)])
        let predicted = A.predicted([
            A.mention("Lithium", "D008094", .chemical), A.mention("cardiac", "MESH:D006321", .anatomy),
        ])
        let report = NEREvaluation.evaluate([(gold, predicted)])
        #expect(report.row(.document, "anatomy")?.counts == MatchCounts(falsePositives: 1))
        #expect(report.row(.document, "all")?.counts == MatchCounts(truePositives: 1))
        #expect(report.rows.filter { $0.level == .document }.map(\.type) == ["chemical", "anatomy", "all"])
    }

    @Test("counts add up over documents; the same identifier in two documents is two items")
    func severalDocuments() {
        var evaluation = NEREvaluation()
        let lithium = A.mention("Lithium", "D008094", .chemical)
        evaluation.add(gold: A.gold([lithium], id: "1"), predicted: A.predicted([lithium], id: "1"))
        evaluation.add(gold: A.gold([lithium], id: "2"), predicted: A.predicted([], id: "2"))
        let report = evaluation.report()
        #expect(report.documentCount == 2)
        #expect(report.row(.document, "chemical")?.counts == MatchCounts(truePositives: 1, falseNegatives: 1))
    }

    @Test("no documents give only zero overall rows")
    func empty() {
        let report = NEREvaluation().report()
        #expect(report.rows.map(\.type) == ["all", "all", "all"])
        #expect(report.rows.allSatisfy { $0.counts == MatchCounts() && $0.counts.f1 == 0 })
    }
}
