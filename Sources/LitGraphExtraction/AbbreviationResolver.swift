import LitGraphModel

/// Finds the entity one abbreviation definition's long form names, in the sentence that defines it.
///
/// See ``AbbreviationSenses`` for the order in which readings are tried.
struct AbbreviationResolver {
    /// The definition to resolve.
    let definition: AbbreviationDefinition
    /// The defining sentence's tokens.
    let tokens: [Token]
    /// The recognizer the extractor uses.
    let recognizer: EntityRecognizer
    /// The recognizer's matches in the defining sentence (`recognizer.matches(in: tokens)`).
    let matches: [EntityRecognizer.Match]

    /// The long form's tokens.
    private var longForm: Range<Int> { AbbreviationSenses.tokenRange(of: definition.longFormSpan, in: tokens) }

    /// The sense the definition gives its short form, and a long form to mark when the lexicon
    /// did not already match it there.
    func resolve() -> (AbbreviationSenses.Sense, AbbreviationSenses.LongFormMark?) {
        let longForm = self.longForm
        guard !longForm.isEmpty else { return (.unmarked, nil) }
        if let exact = matches.first(where: { $0.tokens == longForm }) {
            if let gene = geneReading(over: exact.entity, longForm: longForm) {
                return (.entity(gene), AbbreviationSenses.LongFormMark(span: definition.longFormSpan, entity: gene))
            }
            return (.entity(exact.entity), nil)
        }
        if let mark = acrossParenthesis(longForm) {
            return (.entity(mark.entity), mark)
        }
        if let ending = matches.first(where: { $0.tokens.upperBound == longForm.upperBound }) {
            return (.entity(ending.entity), nil)
        }
        if let reading = recognizer.lexicon.entity(named: definition.shortForm), agrees(reading, with: longForm) {
            return (.entity(reading), AbbreviationSenses.LongFormMark(span: definition.longFormSpan, entity: reading))
        }
        if let entity = ungroundedEntity(longForm) {
            return (.entity(entity.entity), AbbreviationSenses.LongFormMark(span: entity.span, entity: entity.entity))
        }
        return (.unmarked, nil)
    }

    /// The short form's gene reading, when the long form names a protein filed as a chemical.
    ///
    /// "tryptophan hydroxylase (TPH)", "fatty acid synthase (FAS)": MeSH files enzymes
    /// and other proteins under chemicals while HGNC names the same molecule; a gene symbol defined
    /// by a name whose head word is an enzyme or protein word (``category(of:)``, or `protein`,
    /// `receptor`) is that gene.
    private func geneReading(over entity: Entity, longForm: Range<Int>) -> Entity? {
        guard entity.category == .chemical, let head = tokens[longForm].last(where: { $0.kind == .word }),
            Self.category(of: head.lower) == .geneOrProtein || ["protein", "receptor"].contains(head.lower),
            let reading = recognizer.lexicon.entity(named: definition.shortForm), reading.category == .geneOrProtein
        else { return nil }
        return reading
    }

    /// For "hypothalamic-pituitary-adrenal (HPA) axis": the lexicon match over the long form and
    /// the words after the closing parenthesis, when it runs across the parenthesis.
    private func acrossParenthesis(_ longForm: Range<Int>) -> AbbreviationSenses.LongFormMark? {
        let shortForm = AbbreviationSenses.tokenRange(of: definition.shortFormSpan, in: tokens)
        let searchStart = max(longForm.upperBound, shortForm.upperBound)
        guard searchStart < tokens.count,
            let close = tokens[searchStart...].firstIndex(where: { $0.text == ")" })
        else { return nil }
        var end = close + 1
        var words = 0
        while end < tokens.count, words < recognizer.lexicon.maximumTermLength,
            tokens[end].isWordLike || Lexicon.connectors.contains(tokens[end].text)
        {
            if tokens[end].isWordLike { words += 1 }
            end += 1
        }
        guard words > 0 else { return nil }
        let joined = Array(tokens[longForm]) + Array(tokens[(close + 1)..<end])
        let crossing = recognizer.matches(in: joined).first {
            $0.tokens.lowerBound < longForm.count && $0.tokens.upperBound > longForm.count
        }
        guard let crossing else { return nil }
        let span = TextSpan(start: joined[crossing.tokens.lowerBound].span.start, end: definition.longFormSpan.end)
        return AbbreviationSenses.LongFormMark(span: span, entity: crossing.entity)
    }

    /// Whether the lexicon's reading of the short form agrees with the long form: its name starts
    /// with the long form's words, or the long form names the first member of a numbered gene
    /// family that is that reading ("tryptophan hydroxylase" and TPH → "tryptophan hydroxylase 1").
    private func agrees(_ reading: Entity, with longForm: Range<Int>) -> Bool {
        let scalars = Array(reading.name.unicodeScalars)
        let nameTokens = Tokenizer().tokens(of: scalars, in: TextSpan(start: 0, end: scalars.count))
        let name = Self.words(nameTokens[...])
        let words = Self.words(tokens[longForm])
        guard !words.isEmpty else { return false }
        if name.starts(with: words) { return true }
        guard reading.category == .geneOrProtein else { return false }
        return recognizer.lexicon.entity(named: words.joined(separator: " ") + " 1")?.id == reading.id
    }

    private static func words(_ tokens: ArraySlice<Token>) -> [String] {
        tokens.filter(\.isWordLike).map { Lexicon.normalizedWord($0.lower) }
    }

    /// The ungrounded entity the long form names, named by the whole long form.
    ///
    /// The long form must read as a noun phrase the way relation arguments are named, or be a
    /// single word of four letters or more that is neither a discourse word nor an adjective. The
    /// category comes from the head word.
    private func ungroundedEntity(_ longForm: Range<Int>) -> (entity: Entity, span: TextSpan)? {
        let words = tokens[longForm].filter(\.isWordLike)
        guard let head = words.last else { return nil }
        if words.count == 1 {
            let looksAdjectival = NounPhraseNamer.adjectiveSuffixes.contains { head.lower.hasSuffix($0) }
            guard head.kind == .word, head.text.count >= 4, !looksAdjectival,
                !CueWords.genericHeads.contains(head.lower), !CueWords.determiners.contains(head.lower)
            else { return nil }
        } else if NounPhraseNamer.entity(for: tokens[longForm]) == nil {
            return nil
        }
        var name = ""
        for (offset, token) in tokens[longForm].enumerated() {
            if offset > 0, token.span.start > tokens[longForm.lowerBound + offset - 1].span.end { name += " " }
            name += Lexicon.isSymbol(token.text) ? token.text : token.lower
        }
        let entity = Entity(id: Entity.localIdentifier(for: name), name: name, category: Self.category(of: head.lower))
        return (entity, definition.longFormSpan)
    }

    /// The category a long form's head word gives: the noun-phrase namer's table, then disease
    /// and enzyme suffixes ("arthritis", "carcinoma", "synthase").
    static func category(of head: String) -> EntityCategory {
        if let category = NounPhraseNamer.headCategories[head] { return category }
        let diseaseSuffixes = ["itis", "oma", "omas", "emia", "aemia", "osis", "pathy", "trophy", "plasia", "algia"]
        if head.count > 5, diseaseSuffixes.contains(where: { head.hasSuffix($0) }) { return .disease }
        if head.count > 5, head.hasSuffix("ase") || head.hasSuffix("ases") { return .geneOrProtein }
        let genes: Set<String> = ["factor", "transporter", "transporters", "channel", "kinase", "enzyme", "antigen"]
        return genes.contains(head) ? .geneOrProtein : .other
    }
}
