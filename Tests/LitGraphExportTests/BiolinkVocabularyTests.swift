import Foundation
import LitGraphExport
import LitGraphModel
import LitGraphTestSupport
import Testing

/// The KGX export may only use Biolink terms from the pinned list of Biolink Model 4.4.6
/// (`Sources/LitGraphExport/Biolink/biolink-model-4.4.6.tsv`, generated from the biolink-model
/// wheel by `Scripts/biolink_vocabulary.py`; CI regenerates it and diffs).
@Suite("Pinned Biolink vocabulary")
struct BiolinkVocabularyTests {
    /// The pinned list, by kind (`predicate`, `slot`, `class`, `mixin`, `enum:<Name>`).
    static let vocabulary: [String: Set<String>] = {
        let url = PackagePaths.package("Sources/LitGraphExport/Biolink/biolink-model-4.4.6.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var result: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && line != "kind\tname" {
            let fields = line.split(separator: "\t").map(String.init)
            if fields.count == 2 { result[fields[0], default: []].insert(fields[1]) }
        }
        return result
    }()

    /// Whether the pinned list has `term` (without its `biolink:` prefix) as a `kind`.
    static func has(_ kind: String, _ term: String) -> Bool {
        vocabulary[kind]?.contains(term.replacing("biolink:", with: "")) == true
    }

    /// Every relation the exporter can be handed, up to entity identity: each predicate with each
    /// polarity, between entities of each pair of categories.
    static let everyRelation: [Relation] = EntityCategory.allCases.flatMap { subjectCategory in
        EntityCategory.allCases.flatMap { objectCategory in
            RelationPredicate.allCases.flatMap { predicate in
                Polarity.allCases.map { polarity in
                    Relation(
                        subject: Entity(id: "S:1", name: "s", category: subjectCategory), predicate: predicate,
                        polarity: polarity, object: Entity(id: "O:1", name: "o", category: objectCategory))
                }
            }
        }
    }

    @Test("the list is Biolink 4.4.6 with its 247 predicates, the version the exports name")
    func pinned() throws {
        let text = try String(
            contentsOf: PackagePaths.package("Sources/LitGraphExport/Biolink/biolink-model-4.4.6.tsv"), encoding: .utf8)
        #expect(text.hasPrefix("# Biolink Model 4.4.6:"))
        #expect(Self.vocabulary["predicate"]?.count == 247)
        #expect(NodeLinkJSONExporter.biolinkVersion == "4.4.6")
        #expect(!Self.has("predicate", "positively_regulates"))
        #expect(Self.has("predicate", "affects"))
    }

    @Test("every predicate, qualifier and edge category the mapping can produce is in the list")
    func edgeTerms() {
        for relation in Self.everyRelation {
            let mapping = BiolinkEdgeMapping(relation: relation)
            let context =
                "\(relation.subject.category) \(relation.predicate) \(relation.polarity) \(relation.object.category)"
            #expect(Self.has("predicate", mapping.predicate), "\(context): \(mapping.predicate)")
            #expect(Self.has("class", mapping.category), "\(context): \(mapping.category)")
            if let qualified = mapping.qualifiedPredicate {
                #expect(Self.has("predicate", qualified), "\(context): \(qualified)")
            }
            if let aspect = mapping.objectAspectQualifier {
                #expect(Self.has("enum:GeneOrGeneProductOrChemicalEntityAspectEnum", aspect), "\(context): \(aspect)")
            }
            if let direction = mapping.objectDirectionQualifier {
                #expect(Self.has("enum:DirectionQualifierEnum", direction), "\(context): \(direction)")
            }
        }
    }

    @Test("knowledge level, agent type and every node category are Biolink values; categories are classes, not mixins")
    func constants() {
        #expect(Self.has("enum:KnowledgeLevelEnum", BiolinkEdgeMapping.knowledgeLevel))
        #expect(Self.has("enum:AgentTypeEnum", BiolinkEdgeMapping.agentType))
        for category in EntityCategory.allCases {
            #expect(Self.has("class", category.biolinkClass), "\(category): \(category.biolinkClass)")
        }
    }

    @Test("every KGX column is a Biolink slot")
    func columns() {
        for column in KGXExporter.nodeColumns + KGXExporter.edgeColumns {
            #expect(Self.has("slot", column) || Self.has("predicate", column), "\(column)")
        }
    }

    @Test("an export of every relation uses only listed predicates and enum values")
    func exportedValues() throws {
        let edges = Self.everyRelation.enumerated().map { index, relation in
            var relation = relation
            relation.subject.id = "S:\(index)"
            return GraphEdge(relation: relation, evidenceCount: 1, documentCount: 1, evidence: [])
        }
        let text = KGXExporter().edges(of: KnowledgeGraph(name: "all", nodes: [], edges: edges), as: .jsonLines)
        let checks: [(String, String)] = [
            ("predicate", "predicate"), ("qualified_predicate", "predicate"),
            ("knowledge_level", "enum:KnowledgeLevelEnum"), ("agent_type", "enum:AgentTypeEnum"),
            ("object_aspect_qualifier", "enum:GeneOrGeneProductOrChemicalEntityAspectEnum"),
            ("object_direction_qualifier", "enum:DirectionQualifierEnum"),
        ]
        var seen = Set<String>()
        for line in text.split(separator: "\n") {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for (field, kind) in checks {
                guard let value = record[field] as? String else { continue }
                seen.insert(field)
                #expect(Self.has(kind, value), "\(field) \(value)")
            }
            for category in record["category"] as? [String] ?? [] {
                #expect(Self.has("class", category), "category \(category)")
            }
        }
        #expect(seen.count == checks.count)
    }
}

/// Every export that names a Biolink predicate names the same one as KGX.
@Suite struct BiolinkPredicateAgreementTests {
    @Test(arguments: [Polarity.positive, .negative, .unknown])
    func signedAssociationsAreCorrelations(polarity: Polarity) throws {
        let a = Entity(id: "MESH:D1", name: "a", category: .chemical)
        let b = Entity(id: "MESH:D2", name: "b", category: .disease)
        let relation = Relation(subject: a, predicate: .associatedWith, polarity: polarity, object: b)
        let graph = KnowledgeGraph(
            name: "g", nodes: [a, b],
            edges: [GraphEdge(relation: relation, evidenceCount: 1, documentCount: 1, evidence: [])])
        let expected = BiolinkEdgeMapping.predicate(of: relation)
        #expect(
            expected
                == [
                    "positive": "biolink:positively_correlated_with", "negative": "biolink:negatively_correlated_with",
                ][
                    polarity.rawValue] ?? "biolink:associated_with")
        for format in [ExportFormat.json, .cyjs, .graphml] {
            #expect(format.render(graph).contains(expected), "\(format)")
        }
    }
}
