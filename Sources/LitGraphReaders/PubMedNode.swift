/// What an open element means to the PubMed reader, decided from its parent and its name.
///
/// Only the paths LitGraph keeps are recognised; everything else is `.other`, and so are all
/// its descendants (which is how the PMIDs in `CommentsCorrectionsList` or `DeleteCitation` are
/// kept out of a record).
enum PubMedNode: Equatable {
    case articleSet
    case pubmedArticle
    case bookArticle
    /// A `MedlineCitation` or a `BookDocument`: one record, one ``Document``.
    case record
    case article
    case journal
    case journalIssue
    case pubDate
    case articleDate
    case abstract
    case meshList
    case meshHeading
    case publicationTypeList
    case book
    /// An element whose text is kept.
    case field(PubMedField)
    /// Markup inside a field (`<i>`, `<sup>`, `mml:math` …): its text belongs to the field.
    case inline
    case other

    /// The node for the root element, or `nil` when the root is not a PubMed one.
    static func root(named name: String) -> PubMedNode? {
        name == "PubmedArticleSet" || name == "MedlineCitationSet" ? .articleSet : nil
    }

    /// The node for a child element called `name`.
    func child(named name: String) -> PubMedNode {
        switch self {
        case .field, .inline: .inline
        case .other: .other
        case .articleSet: Self.articleSetChildren[name] ?? .other
        case .pubmedArticle: name == "MedlineCitation" ? .record : .other
        case .bookArticle: name == "BookDocument" ? .record : .other
        case .record: Self.recordChildren[name] ?? .other
        case .article: Self.articleChildren[name] ?? .other
        case .journal: name == "Title" ? .field(.journalTitle) : name == "JournalIssue" ? .journalIssue : .other
        case .journalIssue: name == "PubDate" ? .pubDate : .other
        case .pubDate: name == "Year" ? .field(.year) : name == "MedlineDate" ? .field(.medlineDate) : .other
        case .articleDate: name == "Year" ? .field(.articleDateYear) : .other
        case .abstract: name == "AbstractText" ? .field(.abstractText) : .other
        case .meshList: name == "MeshHeading" ? .meshHeading : .other
        case .meshHeading: name == "DescriptorName" ? .field(.descriptorName) : .other
        case .publicationTypeList: name == "PublicationType" ? .field(.publicationType) : .other
        case .book: name == "BookTitle" ? .field(.bookTitle) : name == "PubDate" ? .pubDate : .other
        }
    }

    private static let articleSetChildren: [String: PubMedNode] = [
        "PubmedArticle": .pubmedArticle,
        "PubmedBookArticle": .bookArticle,
        "MedlineCitation": .record,  // baseline files: MedlineCitation directly under the root
    ]

    /// Children of `MedlineCitation` and of `BookDocument` (which holds its title and abstract directly).
    private static let recordChildren: [String: PubMedNode] = [
        "PMID": .field(.pmid),
        "Article": .article,
        "MeshHeadingList": .meshList,
        "ArticleTitle": .field(.articleTitle),
        "VernacularTitle": .field(.vernacularTitle),
        "Abstract": .abstract,
        "Book": .book,
        "PublicationType": .field(.publicationType),
    ]

    private static let articleChildren: [String: PubMedNode] = [
        "Journal": .journal,
        "ArticleTitle": .field(.articleTitle),
        "VernacularTitle": .field(.vernacularTitle),
        "Abstract": .abstract,
        "ArticleDate": .articleDate,
        "PublicationTypeList": .publicationTypeList,
    ]
}

/// The elements whose text a PubMed record keeps.
enum PubMedField: Equatable {
    case pmid
    case articleTitle
    case vernacularTitle
    case bookTitle
    case abstractText
    case journalTitle
    case year
    case medlineDate
    case articleDateYear
    case descriptorName
    case publicationType
}
