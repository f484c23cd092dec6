public import LitGraphModel

/// Learns an ``OrthologTable`` from an annotated corpus whose rodent documents ground gene names
/// to the rodent genes (BioRED does).
///
/// For each document about a mouse or rat (``SpeciesDetector``), every gene mention the lexicon
/// grounded to a human gene is set beside the gold annotation on the same span. A human gene and
/// a species map to the gold identifier seen most often with them, provided it is not itself a
/// human gene and is seen at least as often as "no gold annotation here" (other ties: the smaller
/// identifier). The count is the
/// entry's support. Training is deterministic: the same corpus and lexicon give the same table.
public struct OrthologTableTrainer: Sendable {
    private let humanGenes: [String: String]
    private var votes: [Vote: Int] = [:]

    private struct Vote: Hashable {
        let humanID: String
        let species: Species
        /// The gold identifier, or the empty string for "no gold gene here".
        let goldID: String
    }

    /// Creates a trainer; the lexicon's gene entities are the human genes.
    public init(lexicon: Lexicon) {
        var humanGenes: [String: String] = [:]
        for entity in lexicon.entities where entity.category == .geneOrProtein {
            humanGenes[entity.id] = entity.name
        }
        self.humanGenes = humanGenes
    }

    /// Counts one document: `gold` carries the annotations, `predicted` the lexicon's mentions
    /// over the same text, `species` what the document is about.
    public mutating func add(gold: Document, predicted: AnnotatedDocument, species: Species) {
        guard species != .human else { return }
        var goldIDs: [TextSpan: [String]] = [:]
        for mention in gold.annotations where mention.entity.category == .geneOrProtein && mention.entity.isGrounded {
            goldIDs[mention.span, default: []].append(mention.entity.id)
        }
        for mention in predicted.mentions where humanGenes[mention.entity.id] != nil {
            for goldID in goldIDs[mention.span] ?? [""] {
                votes[Vote(humanID: mention.entity.id, species: species, goldID: goldID), default: 0] += 1
            }
        }
    }

    /// Whether `first` wins a tie with `second`: an identifier beats "no gold gene", then the
    /// smaller identifier wins.
    private static func precedes(_ first: String, _ second: String) -> Bool {
        if first.isEmpty || second.isEmpty { return second.isEmpty && !first.isEmpty }
        return first < second
    }

    /// The table the counts so far give.
    public func table() -> OrthologTable {
        var best: [String: [Species: (id: String, count: Int)]] = [:]
        for (vote, count) in votes {
            let current = best[vote.humanID]?[vote.species]
            if let current, current.count > count || (current.count == count && Self.precedes(current.id, vote.goldID))
            {
                continue
            }
            best[vote.humanID, default: [:]][vote.species] = (vote.goldID, count)
        }
        var entries: [OrthologTable.Entry] = []
        for (humanID, bySpecies) in best {
            for (species, winner) in bySpecies where !winner.id.isEmpty && humanGenes[winner.id] == nil {
                let name = OrthologTable.rodentName(of: humanGenes[humanID] ?? winner.id)
                let entity = Entity(id: winner.id, name: name, category: .geneOrProtein)
                entries.append(.init(humanID: humanID, species: species, entity: entity, support: winner.count))
            }
        }
        return OrthologTable(entries: entries)
    }
}
