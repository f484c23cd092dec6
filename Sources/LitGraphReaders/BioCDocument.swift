/// One BioC document as read from BioC XML or BioC JSON, before it becomes a ``Document``.
///
/// Only what LitGraph keeps is held: passages with their type, offset, text and annotations,
/// and relations from any level. See `BioCDocument+Conversion.swift` for the mapping.
struct BioCDocument {
    /// A passage: the title, an abstract paragraph, or (full text) another section.
    struct Passage {
        /// `type` or `section_type` infons, lower-cased (`title`, `abstract`, `front`…).
        var types: [String] = []
        /// The passage's offset in the document, in the collection's unit.
        var offset = 0
        /// The passage's text; built from its sentences when it has none of its own.
        var text: String?
        /// Sentences, when the passage is split into them (offsets are document offsets).
        var sentences: [(offset: Int, text: String)] = []
        /// The annotations of the passage and of its sentences.
        var annotations: [Annotation] = []
    }

    /// An entity annotation.
    struct Annotation {
        /// The annotation's `id`, which relation nodes refer to.
        var id: String?
        /// Its infons (`type`, `identifier`, `MESH`, `CompositeRole`…).
        var infons: [String: String] = [:]
        /// Its locations (document offsets and lengths, in the collection's unit).
        var locations: [(offset: Int, length: Int)] = []
        /// The annotated text.
        var text = ""
        /// The line it starts on (XML only), for messages.
        var line: Int?
    }

    /// A relation between annotations or identifiers.
    struct Relation {
        /// Its infons (`type`, `relation`, `entity1`, `Chemical`, `role1`, `novel`…).
        var infons: [String: String] = [:]
        /// Its nodes: the annotation ids it joins and their roles.
        var nodes: [(refid: String, role: String)] = []
    }

    /// The document identifier (the PMID in PubMed-derived collections).
    var id = ""
    /// The passages in document order.
    var passages: [Passage] = []
    /// Relations at document, passage or sentence level.
    var relations: [Relation] = []
    /// The line (XML) or the line the document starts on (JSON), for messages.
    var line: Int
}
