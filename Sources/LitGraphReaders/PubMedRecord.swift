import LitGraphModel

/// The fields of one `MedlineCitation` or `BookDocument` as they are read, turned into a
/// ``Document`` when the record closes.
struct PubMedRecord {
    /// The line the record starts on, for messages.
    var line: Int
    var pmid: String?
    var articleTitle: String?
    var vernacularTitle: String?
    var bookTitle: String?
    var sections: [AbstractSection] = []
    var journal: String?
    var year: String?
    var medlineDate: String?
    var articleDateYear: String?
    var meshHeadings: [MeshHeading] = []
    var publicationTypes: [String] = []

    /// Stores the collapsed `text` of `field`; `tag` is the field's start tag (for attributes).
    mutating func set(_ field: PubMedField, text: String, tag: XMLStartTag) {
        switch field {
        case .pmid: pmid = pmid ?? text
        case .articleTitle: articleTitle = text
        case .vernacularTitle: vernacularTitle = text
        case .bookTitle: bookTitle = text
        case .abstractText: sections.append(AbstractSection(label: tag.attribute("Label") ?? "", text: text))
        case .journalTitle: journal = text
        case .year: year = text
        case .medlineDate: medlineDate = text
        case .articleDateYear: articleDateYear = articleDateYear ?? text
        case .descriptorName:
            meshHeadings.append(
                MeshHeading(
                    descriptorID: tag.attribute("UI") ?? "",
                    name: text,
                    isMajorTopic: tag.attribute("MajorTopicYN") == "Y"
                )
            )
        case .publicationType: publicationTypes.append(text)
        }
    }

    /// The document; throws ``ReadError/missingPMID(path:line:)`` when the record has no PMID.
    func document(source: String, displayName: String) throws -> Document {
        guard let pmid, !pmid.isEmpty else { throw ReadError.missingPMID(path: displayName, line: line) }
        let labelled = sections.contains { !$0.label.isEmpty }
        let abstract =
            sections
            .filter { !$0.text.isEmpty || !$0.label.isEmpty }
            .map { $0.label.isEmpty ? $0.text : "\($0.label): \($0.text)" }
            .joined(separator: " ")
        return Document(
            id: pmid,
            pmid: pmid,
            title: title,
            abstract: abstract,
            sections: labelled ? sections : [],
            journal: journal.flatMap { $0.isEmpty ? nil : $0 },
            year: publicationYear,
            meshHeadings: meshHeadings,
            publicationTypes: publicationTypes,
            source: source
        )
    }

    /// ArticleTitle; BookTitle when there is no ArticleTitle; VernacularTitle when the title is empty.
    var title: String {
        let primary = articleTitle ?? bookTitle ?? ""
        if primary.isEmpty, let vernacularTitle { return vernacularTitle }
        return primary
    }

    /// PubDate/Year, else the first 4-digit year in MedlineDate, else ArticleDate/Year.
    var publicationYear: Int? {
        for candidate in [year, medlineDate, articleDateYear] {
            if let text = candidate, let found = Self.fourDigitYear(in: text) { return found }
        }
        return nil
    }

    /// The first run of exactly four ASCII digits in `text` (`1998 Dec-1999 Jan` → 1998).
    static func fourDigitYear(in text: String) -> Int? {
        var run: [UInt8] = []
        for byte in text.utf8 + [0x20] {
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                run.append(byte)
                continue
            }
            if run.count == 4 { return Int(String(decoding: run, as: UTF8.self)) }
            run.removeAll()
        }
        return nil
    }
}
