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
        if let slug = asciiSlug(of: name) { return "\(localPrefix):\(slug.isEmpty ? "unnamed" : slug)" }
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

    /// The slug ``localIdentifier(for:)`` makes of an ASCII name, read byte by byte; `nil` for any
    /// other name.
    ///
    /// For ASCII, lower-casing changes `A`–`Z` alone, and a character is a letter or a number
    /// exactly when its byte is a lower-case letter or a digit once lower-cased (a CR LF pair, one
    /// character, is neither, and neither are its bytes), so the slug is the same as the
    /// character-by-character one, without a grapheme or property lookup per character.
    private static func asciiSlug(of name: String) -> String? {
        var slug: [UInt8] = []
        slug.reserveCapacity(name.utf8.count)
        var pendingDash = false
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lower)
            {
                if pendingDash, !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                slug.append(lower)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }
}
