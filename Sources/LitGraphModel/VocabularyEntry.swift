/// One concept of a vocabulary: what a lexicon is built from and what `lexicon import` stores.
public struct VocabularyEntry: Sendable, Hashable, Codable {
    /// The identifier as a CURIE (`MESH:D010121`, `NCBIGene:5021`, `HP:0000729`, `GO:0007165`).
    public var id: String
    /// The preferred name.
    public var name: String
    /// What kind of thing the concept is.
    public var category: EntityCategory
    /// Other names it goes by (entry terms, aliases, exact synonyms), without the preferred name.
    public var synonyms: [String]

    /// Creates an entry.
    public init(id: String, name: String, category: EntityCategory, synonyms: [String] = []) {
        self.id = id
        self.name = name
        self.category = category
        self.synonyms = synonyms
    }
}
