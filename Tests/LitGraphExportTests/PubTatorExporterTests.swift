import LitGraphExport
import LitGraphModel
import LitGraphTestSupport
import Testing

/// A hand-built document for the PubTator exporter: non-ASCII text, a tab and a newline in the
/// abstract, grounded and ungrounded mentions, and one relation of every predicate.
enum PubTatorFixture {
    static let document = Document(
        id: "123|45", title: "β-Endorphin and IL-6 in humans.",
        abstract: "β-endorphin raised IL-6\tin Homo sapiens;\npsychotherapy treats depression.")

    static let depression = Entity(id: "MESH:D003866", name: "depressive disorder", category: .disease)
    static let anxiety = Entity(id: "mesh:D001007", name: "anxiety", category: .phenotype)
    static let variant = Entity(id: "rs6311", name: "rs6311", category: .sequenceVariant)

    /// The mention of `surface` at its `occurrence`-th appearance in the document text.
    static func mention(_ entity: Entity, _ surface: String, occurrence: Int = 0) -> Mention {
        let text = Array(document.text.unicodeScalars)
        let needle = Array(surface.unicodeScalars)
        let starts = (0...(text.count - needle.count)).filter {
            Array(text[$0..<$0 + needle.count]) == needle
        }
        let start = starts[occurrence]
        return Mention(entity: entity, span: TextSpan(start: start, end: start + needle.count), text: surface)
    }

    static let mentions = [
        mention(ExportFixtures.interleukin, "IL-6", occurrence: 1),
        mention(ExportFixtures.endorphin, "β-Endorphin"),
        mention(ExportFixtures.endorphin, "β-endorphin"),
        mention(ExportFixtures.interleukin, "IL-6"),
        mention(ExportFixtures.human, "humans"),
        mention(ExportFixtures.human, "Homo sapiens"),
        mention(ExportFixtures.therapy, "psychotherapy"),
        mention(depression, "depression"),
        mention(anxiety, "IL-6\tin"),
    ]

    static func relation(_ subject: Entity, _ predicate: RelationPredicate, _ object: Entity) -> Relation {
        Relation(subject: subject, predicate: predicate, polarity: .unknown, object: object)
    }

    static let relations = [
        relation(ExportFixtures.endorphin, .positivelyRegulates, ExportFixtures.interleukin),
        relation(ExportFixtures.endorphin, .causes, ExportFixtures.interleukin),  // same line as above
        relation(ExportFixtures.endorphin, .negativelyRegulates, depression),
        relation(ExportFixtures.interleukin, .treats, depression),
        relation(ExportFixtures.endorphin, .interactsWith, ExportFixtures.interleukin),
        relation(ExportFixtures.interleukin, .regulates, anxiety),
        relation(variant, .associatedWith, depression),
        relation(ExportFixtures.therapy, .treats, depression),  // ungrounded subject: left out
    ]
}

@Suite("PubTator export")
struct PubTatorExporterTests {
    let output = PubTatorExporter().render(
        document: PubTatorFixture.document, mentions: PubTatorFixture.mentions,
        relations: PubTatorFixture.relations)

    @Test("the output matches the golden file")
    func golden() {
        GoldenFile(name: "document.pubtator").check(output)
    }

    @Test("every line has PubTator's shape and every mention's offsets select its text")
    func shape() throws {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.suffix(2) == ["", ""])  // a blank line ends the document
        let title = try #require(lines.first?.split(separator: "|", maxSplits: 2).last.map(String.init))
        let abstract = try #require(lines.dropFirst().first?.split(separator: "|", maxSplits: 2).last)
        let text = title + " " + abstract
        let fieldLines = lines.dropFirst(2).filter { !$0.isEmpty }.map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        let mentions = fieldLines.filter { $0.count == 6 }
        let relations = fieldLines.filter { $0.count == 4 }
        #expect(mentions.count + relations.count == fieldLines.count)
        #expect(mentions.count == PubTatorFixture.mentions.count)
        for fields in mentions {
            #expect(fields[0] == "123_45")
            let span = try TextSpan(start: #require(Int(fields[1])), end: #require(Int(fields[2])))
            #expect(text.substring(in: span) == fields[3], "\(fields)")
        }
        #expect(relations.count == 6)
        #expect(!relations.contains { $0.contains("-") })
    }

    @Test(
        "identifiers are written as PubTator3 writes them",
        arguments: [
            ("MESH:D010121", "MESH:D010121"), ("mesh:D001007", "MESH:D001007"), ("NCBIGene:5021", "5021"),
            ("NCBITaxon:9606", "9606"), ("LITGRAPH:stress", "-"), ("HP:0000729", "HP:0000729"), ("rs6311", "rs6311"),
        ])
    func identifiers(id: String, expected: String) {
        #expect(PubTatorVocabulary.identifier(for: Entity(id: id, name: "x", category: .other)) == expected)
    }

    @Test("every predicate has a BioRED relation type, and CID is never written")
    func relationTypes() {
        let types = RelationPredicate.allCases.map(PubTatorVocabulary.relationType(for:))
        #expect(
            types == [
                "Association", "Positive_Correlation", "Negative_Correlation", "Positive_Correlation",
                "Negative_Correlation", "Bind", "Association", "Association",
            ])
    }

    @Test(
        "control characters in text, identifiers and document ids become spaces: lines and fields hold, the file stays text"
    )
    func controlCharacters() {
        let text = PubTatorExporter().renderRelations(of: ExportFixtures.hostile)
        let document = Document(
            id: HostileCorpus.documentID(3), title: HostileCorpus.control.text,
            abstract: HostileCorpus.bidirectional.text)
        let entity = ExportFixtures.hostileEntities[3]
        let mention = Mention(
            entity: entity, span: TextSpan(start: 0, end: entity.name.unicodeScalars.count), text: entity.name)
        let relation = Relation(
            subject: entity, predicate: .positivelyRegulates, polarity: .positive,
            object: ExportFixtures.hostileEntities[4])
        let rendered = PubTatorExporter().render(document: document, mentions: [mention], relations: [relation])
        for output in [text, rendered] {
            #expect(
                !output.unicodeScalars.contains {
                    $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t"
                })
            for line in output.split(separator: "\n") where !line.contains("|t|") && !line.contains("|a|") {
                #expect(
                    [4, 6].contains(line.split(separator: "\t", omittingEmptySubsequences: false).count), "\(line)")
            }
        }
        #expect(rendered.contains("\tMESH:C [31m  1\n"))
        #expect(rendered.contains("|t|red [31m bell  vt  ff  nul  del  csi  tab here cr lf end\n"))
    }

    @Test("a graph alone renders its relation lines per evidence document, skipping negated evidence")
    func graphRelations() {
        let text = ExportFormat.pubtator.render(ExportFixtures.tricky)
        #expect(text == PubTatorExporter().renderRelations(of: ExportFixtures.tricky))
        #expect(text.hasSuffix("\n\n"))
        #expect(text.contains("123\tNegative_Correlation\tMESH:D010121\t3569\n"))
        for line in text.split(separator: "\n") {
            #expect(line.split(separator: "\t").count == 4)
        }
        #expect(ExportFormat.pubtator.render(ExportFixtures.empty) == "")
    }
}
