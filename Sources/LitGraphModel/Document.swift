/// One abstract as read from an input file: the unit the pipeline reads, extracts and stores.
///
/// The text the extractor sees, and that every offset counts into, is ``text``:
/// the title, one space, then the abstract (the PubTator and BioC convention).
public struct Document: Sendable, Hashable, Codable {
    /// The document identifier: the PMID when known, else a name derived from the input file.
    public var id: String
    /// The PubMed identifier, when the input carried one.
    public var pmid: String?
    /// The article title, without surrounding white space.
    public var title: String
    /// The abstract; a structured abstract is its sections joined as `LABEL: text LABEL: text`.
    public var abstract: String
    /// The sections of a structured abstract in order; empty for an unstructured one.
    public var sections: [AbstractSection]
    /// The journal title, when known.
    public var journal: String?
    /// The publication year, when known.
    public var year: Int?
    /// MeSH headings indexed for the article (PubMed inputs only).
    public var meshHeadings: [MeshHeading]
    /// Publication types such as `Journal Article` or `Review`.
    public var publicationTypes: [String]
    /// Where the document came from (a path, or `-` for standard input), for messages.
    public var source: String?
    /// Entity annotations the input carried (PubTator, BioC), in `text` coordinates, in order.
    public var annotations: [Mention]
    /// Document-level relations the input carried (PubTator relation lines, BioC relations).
    public var annotatedRelations: [DocumentRelation]

    /// Creates a document; every field but the identifier, title and abstract is optional.
    public init(
        id: String,
        pmid: String? = nil,
        title: String,
        abstract: String,
        sections: [AbstractSection] = [],
        journal: String? = nil,
        year: Int? = nil,
        meshHeadings: [MeshHeading] = [],
        publicationTypes: [String] = [],
        source: String? = nil,
        annotations: [Mention] = [],
        annotatedRelations: [DocumentRelation] = []
    ) {
        self.id = id
        self.pmid = pmid
        self.title = title
        self.abstract = abstract
        self.sections = sections
        self.journal = journal
        self.year = year
        self.meshHeadings = meshHeadings
        self.publicationTypes = publicationTypes
        self.source = source
        self.annotations = annotations
        self.annotatedRelations = annotatedRelations
    }

    /// The text every offset counts into: `title + " " + abstract`.
    public var text: String { title + " " + abstract }
}

/// One labelled part of a structured abstract, such as `BACKGROUND` or `RESULTS`.
public struct AbstractSection: Sendable, Hashable, Codable {
    /// The label as printed in the abstract (`Label` attribute in PubMed XML); may be empty.
    public var label: String
    /// The section's text.
    public var text: String

    /// Creates a section.
    public init(label: String, text: String) {
        self.label = label
        self.text = text
    }
}

/// A MeSH heading indexed for an article.
public struct MeshHeading: Sendable, Hashable, Codable {
    /// The descriptor's unique identifier, such as `D010121`.
    public var descriptorID: String
    /// The descriptor's name, such as `Oxytocin`.
    public var name: String
    /// Whether the heading is marked as a major topic of the article.
    public var isMajorTopic: Bool

    /// Creates a heading.
    public init(descriptorID: String, name: String, isMajorTopic: Bool = false) {
        self.descriptorID = descriptorID
        self.name = name
        self.isMajorTopic = isMajorTopic
    }
}

/// A document-level relation carried by an annotated input, such as a BC5CDR `CID` line or a
/// BioRED `Positive_Correlation`: a type and the identifiers of the two entities it joins.
public struct DocumentRelation: Sendable, Hashable, Codable {
    /// The relation type as the corpus names it (`CID`, `Association`, `Positive_Correlation`…).
    public var type: String
    /// The first entity's identifier, as a CURIE.
    public var firstID: String
    /// The second entity's identifier, as a CURIE.
    public var secondID: String
    /// Whether the corpus marks the relation as a novel finding of the paper, when it says.
    public var isNovel: Bool?

    /// Creates a relation.
    public init(type: String, firstID: String, secondID: String, isNovel: Bool? = nil) {
        self.type = type
        self.firstID = firstID
        self.secondID = secondID
        self.isNovel = isNovel
    }
}
