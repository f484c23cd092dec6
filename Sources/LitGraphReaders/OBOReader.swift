import LitGraphModel

/// Turns the lines of an OBO 1.2 or 1.4 file into entries, one per `[Term]` stanza, handed over
/// as each stanza ends.
///
/// Kept from a term: `id` (the CURIE as written), `name`, `namespace` (GO's
/// `cellular_component` is anatomy), `is_obsolete`, and the synonyms whose scope is wanted
/// (`synonym: "…" SCOPE [xrefs]`, or OBO 1.2's `exact_synonym:`-style tags). Obsolete terms and
/// terms without a name are skipped; `[Typedef]` and `[Instance]` stanzas and the header are
/// only checked for syntax.
struct OBOReader {
    /// What one `[Term]` stanza has shown so far.
    private struct Term {
        var line: Int
        var id = ""
        var name = ""
        var namespace = ""
        var synonyms: [String] = []
        var isObsolete = false
    }

    /// The lines of the file.
    var lines: LineReader
    /// How errors name the input.
    let displayName: String
    /// The category of terms whose prefix has no known category.
    let fallbackCategory: EntityCategory?
    /// The synonym scopes kept.
    let synonymScopes: Set<OBOSynonymScope>

    /// The OBO 1.2 synonym tags and the scope each implies.
    private static let scopedSynonymTags: [Substring: OBOSynonymScope] = [
        "exact_synonym": .exact, "related_synonym": .related, "narrow_synonym": .narrow, "broad_synonym": .broad,
    ]

    /// Streams the file's terms to `body` in file order.
    mutating func read(_ body: (VocabularyEntry) throws -> Void) throws {
        var term: Term?
        while let rawLine = try lines.nextLine() {
            let line = OBOValue.trimmed(Substring(rawLine))
            if line.isEmpty || line.hasPrefix("!") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else { throw malformed("stanza header without a closing ]") }
                try finish(term, body)
                term = line == "[Term]" ? Term(line: lines.lineNumber) : nil
                continue
            }
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex else {
                throw malformed("expected a `tag: value` line or a [Term] header")
            }
            guard term != nil else { continue }
            let value = line[line.index(after: colon)...]
            try apply(tag: line[..<colon], value: value, to: &term)
        }
        try finish(term, body)
    }

    /// Records one `tag: value` line of a term.
    private func apply(tag: Substring, value: Substring, to term: inout Term?) throws {
        switch tag {
        case "id": term?.id = OBOValue.plain(value)
        case "name": term?.name = OBOValue.plain(value).collapsingWhitespace
        case "namespace": term?.namespace = OBOValue.plain(value)
        case "is_obsolete": term?.isObsolete = OBOValue.plain(value) == "true"
        case "synonym":
            if let synonym = try synonym(value, impliedScope: nil) { term?.synonyms.append(synonym) }
        default:
            if let scope = Self.scopedSynonymTags[tag], let synonym = try synonym(value, impliedScope: scope) {
                term?.synonyms.append(synonym)
            }
        }
    }

    /// The synonym's text when its scope is kept; throws when the value is not a quoted string.
    private func synonym(_ value: Substring, impliedScope: OBOSynonymScope?) throws -> String? {
        guard let (text, rest) = OBOValue.quoted(value) else {
            throw malformed("synonym is not a quoted string")
        }
        // OBO 1.2 made the scope optional, defaulting to RELATED; 1.4 requires it.
        let word = rest.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
        let scope = impliedScope ?? OBOSynonymScope(rawValue: word) ?? .related
        return synonymScopes.contains(scope) ? text.collapsingWhitespace : nil
    }

    /// Hands over the term, unless it is obsolete or unnamed; throws when it has no identifier.
    private func finish(_ term: Term?, _ body: (VocabularyEntry) throws -> Void) throws {
        guard let term, !term.isObsolete else { return }
        guard !term.id.isEmpty else {
            throw VocabularyError.incompleteRecord(path: displayName, line: term.line, missing: "an id: line")
        }
        guard !term.name.isEmpty else { return }
        try body(
            VocabularyEntry(
                id: term.id,
                name: term.name,
                category: category(of: term),
                synonyms: VocabularyReader.synonyms(term.synonyms, excluding: term.name)
            ))
    }

    /// The term's category: from its prefix (GO cellular components are anatomy), else the fallback.
    private func category(of term: Term) -> EntityCategory {
        let prefix = term.id.prefix { $0 != ":" }
        if prefix.uppercased() == "GO", term.namespace == "cellular_component" { return .anatomy }
        return EntityCategory.forOBOPrefix(String(prefix)) ?? fallbackCategory ?? .other
    }

    private func malformed(_ detail: String) -> VocabularyError {
        .malformedOBO(path: displayName, line: lines.lineNumber, detail: detail)
    }
}
