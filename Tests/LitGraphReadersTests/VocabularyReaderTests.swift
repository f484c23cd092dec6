import Foundation
import LitGraphModel
import Testing

@testable import LitGraphReaders

@Suite("Vocabulary readers")
struct VocabularyReaderTests {
    static let meshSample = Fixtures.shared("formats/pubmed-xml/tipplerow_pubmed/mesh_desc_sample.xml")
    let folder: ScratchFolder

    init() throws {
        folder = try ScratchFolder()
    }

    /// The entries of `text` written to a file called `name`.
    func entries(
        _ text: String, name: String, format: VocabularyFormat = .auto, reader: VocabularyReader = VocabularyReader()
    ) throws -> [VocabularyEntry] {
        try reader.entries(from: try folder.write(name, text: text), format: format)
    }

    // MARK: MeSH descriptor XML

    @Test(
        "MeSH sample: one entry per descriptor, qualifier and pharmacological-action names left out",
        .enabled(if: Fixtures.hasShared))
    func meshSample() throws {
        let entries = try VocabularyReader().entries(from: Self.meshSample)
        #expect(
            entries.map(\.id) == ["MESH:D000001", "MESH:D000002", "MESH:D000003", "MESH:D000077594", "MESH:D006406"])
        #expect(entries.map(\.name) == ["Calcimycin", "Temefos", "Abattoirs", "Nivolumab", "Hematoma"])
        #expect(entries.map(\.category) == [.chemical, .chemical, .other, .chemical, .phenotype])
        let calcimycin = try #require(entries.first)
        #expect(calcimycin.synonyms == ["A-23187", "A 23187", "A23187", "Antibiotic A23187", "A23187, Antibiotic"])
        let nivolumab = entries[3]
        #expect(nivolumab.synonyms.first == "Opdivo")
        #expect(nivolumab.synonyms.contains("BMS-936558"))
        #expect(!nivolumab.synonyms.contains("Nivolumab"))
        #expect(entries[4].synonyms == ["Hematomas"])
        let everyName = entries.flatMap { [$0.name] + $0.synonyms }
        #expect(!everyName.contains("Anti-Bacterial Agents"))  // a pharmacological action
        #expect(!everyName.contains("immunology"))  // an allowable qualifier
    }

    @Test("gzipped MeSH XML is detected by its magic bytes and reads the same", .enabled(if: Fixtures.hasShared))
    func gzippedMeSH() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.meshSample)))
        let gzipped = try folder.write("desc.bin", bytes: VocabularyFixtures.storedGzip(bytes))
        #expect(try VocabularyReader().entries(from: gzipped) == VocabularyReader().entries(from: Self.meshSample))
    }

    @Test(
        "MeSH tree letters map to categories",
        arguments: [
            ("D03.633.100", EntityCategory.chemical), ("C10.228", .disease), ("C23.550.414", .phenotype),
            ("F01.145", .phenotype), ("G07.100", .biologicalProcess), ("A08.186", .anatomy), ("E02.190", .intervention),
            ("B01.050", .organism), ("J01.576", .other), ("Z01.107", .other),
        ])
    func meshTreeCategories(treeNumber: String, category: EntityCategory) {
        #expect(EntityCategory.forMeSHTreeNumber(treeNumber) == category)
    }

    @Test("a descriptor without a DescriptorUI names its line; another XML root is refused")
    func meshErrors() throws {
        let missingUI = """
            <DescriptorRecordSet>
            <DescriptorRecord>
              <DescriptorName><String>Oxytocin</String></DescriptorName>
            </DescriptorRecord>
            </DescriptorRecordSet>
            """
        let path = try folder.write("bad.xml", text: missingUI)
        #expect(throws: VocabularyError.incompleteRecord(path: path, line: 2, missing: "a DescriptorUI")) {
            try VocabularyReader().entries(from: path)
        }
        let pubmed = try folder.write("p.xml", text: "<PubmedArticleSet></PubmedArticleSet>")
        #expect(throws: VocabularyError.unsupportedXML(path: pubmed, root: "PubmedArticleSet")) {
            try VocabularyReader().entries(from: pubmed)
        }
        let truncated = try folder.write("t.xml", text: "<DescriptorRecordSet>\n<DescriptorRecord>")
        #expect(throws: ReadError.truncatedXML(path: truncated, element: "DescriptorRecord", openedAtLine: 2)) {
            try VocabularyReader().entries(from: truncated)
        }
    }

    // MARK: OBO

    @Test("OBO: obsolete, unnamed and Typedef stanzas skipped; EXACT and RELATED synonyms kept")
    func obo() throws {
        let entries = try entries(VocabularyFixtures.obo, name: "hp.obo")
        #expect(
            entries == [
                VocabularyEntry(
                    id: "HP:0000729", name: "Autistic behavior", category: .phenotype,
                    synonyms: ["Autism spectrum behavior", "autistic behaviour", "ASD-like behavior"]),
                VocabularyEntry(id: "GO:0005634", name: "nucleus", category: .anatomy, synonyms: ["cell nucleus"]),
                VocabularyEntry(
                    id: "GO:0007165", name: "signal transduction", category: .biologicalProcess,
                    synonyms: ["signaling pathway", "signalling pathway", "\"quoted\" signal {curly}"]),
                VocabularyEntry(
                    id: "DOID:9352", name: "type 2 diabetes mellitus", category: .disease,
                    synonyms: ["NIDDM", "adult-onset diabetes"]),
                VocabularyEntry(id: "CHEBI:7872", name: "oxytocin", category: .chemical),
                VocabularyEntry(id: "FOO:0000001", name: "custom concept", category: .other),
            ])
    }

    @Test("OBO: every scope on request, and a fallback category for unknown prefixes")
    func oboOptions() throws {
        let reader = VocabularyReader(fallbackCategory: .intervention, synonymScopes: Set(OBOSynonymScope.allCases))
        let entries = try entries(VocabularyFixtures.obo, name: "hp.obo", format: .obo, reader: reader)
        #expect(entries.first?.synonyms.suffix(2) == ["Infantile autism", "Abnormal behavior"])
        #expect(entries.first { $0.id == "GO:0007165" }?.synonyms.contains("signaling cascade") == true)
        #expect(entries.last?.category == .intervention)
        #expect(entries.first?.category == .phenotype)  // a known prefix ignores the fallback
    }

    @Test(
        "OBO errors name the line",
        arguments: [
            ("[Term]\nid: HP:1\nname x\n", 3, "expected a `tag: value` line or a [Term] header"),
            ("[Term]\nid: HP:1\nname: x\nsynonym: unquoted EXACT []\n", 4, "synonym is not a quoted string"),
            ("[Term\nid: HP:1\n", 1, "stanza header without a closing ]"),
            ("Oxytocin and resilience\nAbstract text.\n", 1, "expected a `tag: value` line or a [Term] header"),
        ])
    func oboErrors(text: String, line: Int, detail: String) throws {
        let path = try folder.write("bad.obo", text: text)
        #expect(throws: VocabularyError.malformedOBO(path: path, line: line, detail: detail)) {
            try VocabularyReader().entries(from: path)
        }
    }

    @Test("OBO: a term without an id, and a file without terms, are errors")
    func oboStructureErrors() throws {
        let noID = try folder.write("a.obo", text: "format-version: 1.2\n\n[Term]\nname: orphan\n")
        #expect(throws: VocabularyError.incompleteRecord(path: noID, line: 3, missing: "an id: line")) {
            try VocabularyReader().entries(from: noID)
        }
        let noTerms = try folder.write("b.obo", text: "format-version: 1.2\n[Typedef]\nid: part_of\n")
        #expect(throws: VocabularyError.noEntries(path: noTerms, format: .obo)) {
            try VocabularyReader().entries(from: noTerms)
        }
    }

    // MARK: TSV

    @Test("TSV: synonyms split on |, trimmed, deduplicated and without the name; comments and blanks skipped")
    func tsv() throws {
        let entries = try entries(VocabularyFixtures.tsv, name: "vocabulary.tsv")
        #expect(
            entries == [
                VocabularyEntry(
                    id: "MESH:D010121", name: "oxytocin", category: .chemical,
                    synonyms: ["OT", "Pitocin", "Syntocinon"]),
                VocabularyEntry(
                    id: "NCBIGene:5021", name: "OXTR", category: .geneOrProtein, synonyms: ["oxytocin receptor"]),
                VocabularyEntry(id: "HP:0000739", name: "Anxiety", category: .phenotype),
            ])
    }

    @Test(
        "TSV: a bad row is one error naming its line",
        arguments: [
            ("MESH:D1\toxytocin\tchemical", VocabularyErrorKind.row(2, "expected 4 tab-separated fields, found 3")),
            (
                "D010121\toxytocin\t\tchemical",
                .row(2, "identifier \"D010121\" is not a CURIE such as MESH:D010121 or HP:0000729")
            ),
            ("MESH:D1\t \t\tchemical", .row(2, "empty name for MESH:D1")),
            ("MESH:D1\toxytocin\t\tmineral", .category(2, "mineral")),
        ])
    func tsvBadRow(row: String, expected: VocabularyErrorKind) throws {
        let path = try folder.write("bad.tsv", text: "id\tname\tsynonyms\tcategory\n" + row + "\n")
        #expect(throws: expected.error(path: path)) { try VocabularyReader().entries(from: path) }
        #expect(!expected.error(path: path).description.contains("\n"))
    }

    @Test("TSV: a wrong header is refused; --format tsv on a file without tabs says so")
    func tsvHeader() throws {
        let path = try folder.write("h.tsv", text: "id\tlabel\tsynonyms\tcategory\nMESH:D1\tx\t\tchemical\n")
        #expect(throws: VocabularyError.badTSVHeader(path: path, found: "id\tlabel\tsynonyms\tcategory")) {
            try VocabularyReader().entries(from: path)
        }
        let obo = try folder.write("x.obo", text: VocabularyFixtures.obo)
        #expect(throws: VocabularyError.badTSVHeader(path: obo, found: "format-version: 1.4")) {
            try VocabularyReader().entries(from: obo, format: .tsv)
        }
    }

    // MARK: Sniffing and bytes

    @Test(
        "sniffing: < is MeSH XML, a tab in the first line is TSV, anything else OBO",
        arguments: [
            ("\n  <DescriptorRecordSet>", VocabularyFormat.meshXML), ("id\tname\n", .tsv), ("\n\nid\tname", .tsv),
            ("format-version: 1.2\n[Term]\tx", .obo), ("[Term]\n", .obo),
        ])
    func sniffing(prefix: String, format: VocabularyFormat) {
        #expect(VocabularyReader.sniff(Array(prefix.utf8)) == format)
    }

    @Test("empty, binary and missing files are refused with the path")
    func badBytes() throws {
        let empty = try folder.write("empty.tsv", text: " \n\n")
        #expect(throws: VocabularyError.emptyFile(path: empty)) { try VocabularyReader().entries(from: empty) }
        let binary = try folder.write("b.obo", bytes: [0x5B, 0x00, 0x01])
        #expect(throws: ReadError.binaryFile(path: binary, offset: 1)) { try VocabularyReader().entries(from: binary) }
        let missing = folder.path + "/none.obo"
        #expect(throws: ReadError.missingFile(path: missing)) { try VocabularyReader().entries(from: missing) }
    }

    @Test("every error description is one line naming the file")
    func descriptionsAreOneLine() {
        let errors: [VocabularyError] = [
            .emptyFile(path: "v.tsv"), .unsupportedXML(path: "v.tsv", root: "x"),
            .incompleteRecord(path: "v.tsv", line: 3, missing: "a name"),
            .malformedOBO(path: "v.tsv", line: 3, detail: "d"), .badTSVHeader(path: "v.tsv", found: "a"),
            .badTSVRow(path: "v.tsv", line: 3, detail: "d"), .unknownCategory(path: "v.tsv", line: 3, value: "x"),
            .noEntries(path: "v.tsv", format: .obo),
        ]
        for error in errors {
            #expect(error.description.hasPrefix("v.tsv"))
            #expect(!error.description.contains("\n"))
        }
        #expect(
            VocabularyError.unknownCategory(path: "v.tsv", line: 3, value: "mineral").description
                == "v.tsv:3: unknown category \"mineral\"; use one of chemical, gene, disease, phenotype, system, "
                + "process, intervention, anatomy, organism, variant, cell_line, other")
    }
}

/// An expected TSV row error, built with the path once the file is written.
enum VocabularyErrorKind: Sendable, CustomTestStringConvertible {
    case row(Int, String)
    case category(Int, String)

    func error(path: String) -> VocabularyError {
        switch self {
        case .row(let line, let detail): .badTSVRow(path: path, line: line, detail: detail)
        case .category(let line, let value): .unknownCategory(path: path, line: line, value: value)
        }
    }

    var testDescription: String {
        switch self {
        case .row(let line, let detail): "line \(line): \(detail)"
        case .category(let line, let value): "line \(line): category \(value)"
        }
    }
}
