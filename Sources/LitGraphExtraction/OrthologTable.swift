import Foundation
public import LitGraphModel

/// Rodent genes for human genes: how a mouse or rat document's gene names are grounded.
///
/// The lexicon grounds gene names to human genes (HGNC, with NCBI Gene identifiers). In a document
/// about mice or rats (``SpeciesDetector``) the same names denote the rodent genes, which NCBI Gene
/// numbers differently: `IL-6` is NCBIGene:3569 in people, 16193 in mice and 24498 in rats. The
/// table maps a human gene and a species to the rodent gene. A gene it does not list keeps its
/// human identifier, except in a document that names rodents and no people at all: there it is
/// left ungrounded under its rodent name rather than given the human gene's identifier.
///
/// The built-in table is learned from an annotated training corpus by ``OrthologTableTrainer``
/// (`litgraph lexicon orthologs`). Its file form is a TSV with the header
/// `human_id, species, ortholog_id, name, support` and `#` comment lines.
public struct OrthologTable: Sendable {
    /// One human gene's rodent gene.
    public struct Entry: Sendable, Hashable {
        /// The human gene, `NCBIGene:3569`.
        public var humanID: String
        /// The rodent species.
        public var species: Species
        /// The rodent gene, `NCBIGene:16193`.
        public var entity: Entity
        /// How many training mentions supported the mapping.
        public var support: Int

        /// Creates an entry.
        public init(humanID: String, species: Species, entity: Entity, support: Int) {
            self.humanID = humanID
            self.species = species
            self.entity = entity
            self.support = support
        }
    }

    /// The entries, ordered by human identifier and species.
    public let entries: [Entry]
    private let index: [Key: Int]

    private struct Key: Hashable {
        let humanID: String
        let species: Species
    }

    /// A table of these entries; a later entry for the same gene and species wins.
    public init(entries: [Entry]) {
        self.entries = entries.sorted { ($0.humanID, $0.species) < ($1.humanID, $1.species) }
        var index: [Key: Int] = [:]
        for (position, entry) in self.entries.enumerated() {
            index[Key(humanID: entry.humanID, species: entry.species)] = position
        }
        self.index = index
    }

    /// A table that maps nothing: every gene keeps its human identifier.
    public static let empty = OrthologTable(entries: [])

    /// The entity `entity` denotes in a document about `species`.
    ///
    /// That is the rodent gene when the table lists one; else, when `ungroundingUnlisted` (the document names no people at all) and
    /// `entity` is a human NCBI Gene, the rodent gene left ungrounded under its rodent name
    /// (`PRLR` → `Prlr`, `LITGRAPH:prlr`; a name that is not a symbol is kept), since the human identifier would name the wrong species'
    /// gene; else `entity` itself. An empty table maps nothing.
    public func entity(for entity: Entity, in species: Species, ungroundingUnlisted: Bool = false) -> Entity {
        guard species != .human, entity.category == .geneOrProtein, !entries.isEmpty else { return entity }
        if let position = index[Key(humanID: entity.id, species: species)] { return entries[position].entity }
        guard ungroundingUnlisted, entity.id.hasPrefix(Self.humanGenePrefix) else { return entity }
        let name = entity.name.contains(" ") ? entity.name : Self.rodentName(of: entity.name)
        return Entity(id: Entity.localIdentifier(for: name), name: name, category: .geneOrProtein)
    }

    /// The prefix of the lexicon's human gene identifiers; MeSH gene products name no species.
    static let humanGenePrefix = "NCBIGene:"

    /// The name LitGraph gives a rodent gene: the human symbol in rodent nomenclature, first
    /// letter upper-case and the rest lower-case (`IL6` → `Il6`, `PRKAA1` → `Prkaa1`).
    public static func rodentName(of humanSymbol: String) -> String {
        guard let first = humanSymbol.first else { return humanSymbol }
        return first.uppercased() + humanSymbol.dropFirst().lowercased()
    }

    /// The table shipped with LitGraph, learned from the BioRED training split.
    ///
    /// - Throws: ``TrainedFileError`` if the packaged table is missing or malformed.
    public static func builtIn() throws -> OrthologTable {
        guard let url = Bundle.module.url(forResource: "orthologs", withExtension: "tsv") else {
            throw TrainedFileError(
                .orthologTable, source: "orthologs.tsv", problem: "the built-in table is missing from the package")
        }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw TrainedFileError(
                .orthologTable, source: url.path, problem: "cannot be read (\(error.localizedDescription))")
        }
        return try OrthologTable(tsv: text, source: url.path)
    }
}

extension OrthologTable {
    /// `matches` with each gene grounded as in a document about `species` (see
    /// ``entity(for:in:ungroundingUnlisted:)``).
    func grounding(
        _ matches: [EntityRecognizer.Match], in species: Species, ungroundingUnlisted: Bool
    ) -> [EntityRecognizer.Match] {
        guard species != .human, !entries.isEmpty else { return matches }
        return matches.map { match in
            var match = match
            match.entity = entity(for: match.entity, in: species, ungroundingUnlisted: ungroundingUnlisted)
            return match
        }
    }
}
