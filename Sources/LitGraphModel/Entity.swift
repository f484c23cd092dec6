/// A node of the graph: a grounded concept (MeSH, NCBI Gene) or a named, ungrounded one.
public struct Entity: Sendable, Hashable, Codable {
    /// The identifier as a CURIE: `MESH:D010121`, `NCBIGene:5021`, or `LITGRAPH:<slug>` when ungrounded.
    public var id: String
    /// The canonical name, such as `oxytocin`.
    public var name: String
    /// What kind of thing the entity is.
    public var category: EntityCategory

    /// Creates an entity.
    public init(id: String, name: String, category: EntityCategory) {
        self.id = id
        self.name = name
        self.category = category
    }

    /// The prefix for identifiers LitGraph mints for concepts found in no vocabulary.
    public static let localPrefix = "LITGRAPH"

    /// Whether the identifier comes from a public vocabulary rather than being minted locally.
    public var isGrounded: Bool { !id.hasPrefix(Self.localPrefix + ":") }
}

extension Entity {
    /// A stable identifier for a concept found in no vocabulary: `LITGRAPH:` and a slug of its name.
    public static func localIdentifier(for name: String) -> String {
        var slug = ""
        var pendingDash = false
        for character in name.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                slug.append(character)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return "\(localPrefix):\(slug.isEmpty ? "unnamed" : slug)"
    }
}
