import LitGraphModel

extension BioCDocument {
    /// Infon keys that hold an annotation's identifier, in order of preference: PubTator3 and
    /// BioRED use `identifier`, BC5CDR `MESH`; the others appear in NCBI key files.
    static let identifierKeys = ["identifier", "Identifier", "MESH", "MeSH", "NCBI Gene", "NCBIGene", "NCBI Taxonomy"]

    /// The ``Document``: title and abstract passages become `title + " " + abstract`.
    ///
    /// The title is the passage typed `title` or `front` (else the first passage); the abstract
    /// is every passage typed `abstract…` (or, when no passage is typed, every passage after the
    /// title), joined with one space. Other passages (full-text sections) and their annotations
    /// are left out. The text is rebuilt from the passages, so each passage's offset is where it
    /// lands in that text; annotation offsets are taken relative to their passage's stated offset
    /// and shifted to where the passage landed — a collection whose passages do not follow the
    /// title-space-abstract layout is read consistently. Offsets are then checked as
    /// ``OffsetAligner`` does; an annotation that does not match is dropped and reported.
    /// BC5CDR's `IndividualMention` annotations (the parts of a composite mention, sometimes
    /// discontinuous) are skipped: the composite mention carries their identifiers, as in PubTator.
    func document(source: String, displayName: String, diagnostics: (ReadDiagnostic) -> Void) -> Document {
        let (titleIndex, abstractIndices) = layout()
        var annotations = AnnotationSet()
        var rawIDsByAnnotation: [String: String] = [:]
        var start = 0
        var title = ""
        var abstractParts: [String] = []
        for index in [titleIndex].compactMap({ $0 }) + abstractIndices {
            let passage = passages[index]
            let text = passage.fullText
            if index == titleIndex { title = text } else { abstractParts.append(text) }
            var aligner = OffsetAligner(text: text)
            for annotation in passage.annotations {
                if let id = annotation.id { rawIDsByAnnotation[id] = annotation.identifier }
                guard !annotation.isIndividualMention else { continue }
                guard let span = annotation.span(in: &aligner, passageOffset: passage.offset) else {
                    diagnostics(diagnostic(for: annotation, displayName: displayName))
                    continue
                }
                let shifted = TextSpan(start: span.start + start, end: span.end + start)
                annotations.addMention(
                    span: shifted,
                    text: aligner.text(in: span),
                    type: annotation.infons["type"] ?? "",
                    identifier: annotation.identifier
                )
            }
            start += text.unicodeScalars.count + 1
        }
        for relation in relations {
            guard let (first, second) = relation.entities(rawIDsByAnnotation: rawIDsByAnnotation) else { continue }
            annotations.addRelation(type: relation.type, first: first, second: second, novel: relation.infons["novel"])
        }
        let pmid = id.allSatisfy(\.isASCIIDigit) && !id.isEmpty ? id : nil
        return Document(
            id: id,
            pmid: pmid,
            title: title,
            abstract: abstractParts.joined(separator: " "),
            source: source,
            annotations: annotations.sortedMentions,
            annotatedRelations: annotations.relations
        )
    }

    /// The index of the title passage and the indices of the abstract passages.
    func layout() -> (title: Int?, abstract: [Int]) {
        guard !passages.isEmpty else { return (nil, []) }
        let typed = passages.contains { !$0.types.isEmpty }
        guard typed else { return (0, Array(passages.indices.dropFirst())) }
        let title = passages.firstIndex { $0.types.contains("title") || $0.types.contains("front") }
        let abstract = passages.indices.filter { index in
            index != title && passages[index].types.contains { $0.hasPrefix("abstract") }
        }
        return (title, abstract)
    }

    private func diagnostic(for annotation: Annotation, displayName: String) -> ReadDiagnostic {
        let place = annotation.locations.map { "\($0.offset)+\($0.length)" }.joined(separator: ",")
        return ReadDiagnostic(
            path: displayName,
            line: annotation.line,
            documentID: id,
            message: "annotation \"\(annotation.text)\" at \(place) does not match the text there; dropped"
        )
    }
}

extension BioCDocument.Passage {
    /// The passage text, or its sentences laid out at their offsets when it has no text.
    var fullText: String {
        if let text { return text }
        var result = ""
        var length = 0
        for sentence in sentences.sorted(by: { $0.offset < $1.offset }) {
            let gap = sentence.offset - offset - length
            if gap > 0 {
                result += String(repeating: " ", count: gap)
                length += gap
            }
            result += sentence.text
            length += sentence.text.unicodeScalars.count
        }
        return result
    }
}

extension BioCDocument.Annotation {
    /// The raw identifier infon (empty when the annotation has none).
    var identifier: String {
        for key in BioCDocument.identifierKeys {
            if let value = infons[key] { return value }
        }
        return ""
    }

    /// Whether this is one part of a BC5CDR composite mention.
    var isIndividualMention: Bool { infons["CompositeRole"] == "IndividualMention" }

    /// The span in passage coordinates (scalars); several locations give the span covering them.
    func span(in aligner: inout OffsetAligner, passageOffset: Int) -> TextSpan? {
        guard let first = locations.first else { return nil }
        if locations.count == 1 {
            let start = first.offset - passageOffset
            return aligner.span(start: start, end: start + first.length, mention: text)
        }
        let start = (locations.map(\.offset).min() ?? 0) - passageOffset
        let end = (locations.map { $0.offset + $0.length }.max() ?? 0) - passageOffset
        guard start >= 0, end >= start, end <= aligner.count else { return nil }
        return TextSpan(start: start, end: end)
    }
}

extension BioCDocument.Relation {
    /// The relation type: the `type` infon, or BC5CDR's `relation`.
    var type: String { infons["type"] ?? infons["relation"] ?? infons["relation_type"] ?? "" }

    /// The raw identifiers of the two entities joined: `entity1`/`entity2` (BioRED),
    /// `Chemical`/`Disease` (BC5CDR), `role1`/`role2` as `Type|ID` (PubTator3), or the first two
    /// nodes' annotations; `nil` when the relation names fewer than two.
    func entities(rawIDsByAnnotation: [String: String]) -> (String, String)? {
        if let first = infons["entity1"], let second = infons["entity2"] { return (first, second) }
        if let first = infons["Chemical"], let second = infons["Disease"] { return (first, second) }
        if let first = infons["role1"], let second = infons["role2"] {
            return (Self.identifier(inRole: first), Self.identifier(inRole: second))
        }
        let ids = nodes.compactMap { rawIDsByAnnotation[$0.refid] }
        return ids.count >= 2 ? (ids[0], ids[1]) : nil
    }

    /// `Chemical|MESH:D000068877` → `MESH:D000068877`; a role without a known type is kept whole.
    static func identifier(inRole role: String) -> String {
        guard let bar = role.firstIndex(of: "|"),
            AnnotationIdentifiers.category(forType: String(role[..<bar])) != nil
        else { return role }
        return String(role[role.index(after: bar)...])
    }
}
