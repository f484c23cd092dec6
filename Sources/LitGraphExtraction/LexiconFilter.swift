public import LitGraphModel

/// The rules that decide which vocabulary concepts and terms enter the lexicon (see ``LexiconRule``).
public struct LexiconFilter: Sendable {
    /// The longest term kept, in words.
    public static let maximumWords = 8

    /// Creates the filter.
    public init() {}

    /// The category of a MeSH descriptor from its tree numbers, or the rule that leaves it out.
    ///
    /// The first tree letter in this order decides: C and F03 disease, D chemical, E and F04
    /// intervention, F01 (behaviour) and F02 (psychological phenomena) process, G process, A anatomy.
    /// A chemical whose substance trees all name gene products is a gene (``isGeneProduct(trees:)``);
    /// one whose substance trees all name no substance is left out (``LexiconRule/notASubstance``).
    public func descriptorCategory(trees: [String]) -> (category: EntityCategory?, rejection: LexiconRule?) {
        if !trees.isEmpty, trees.allSatisfy({ $0.hasPrefix("A12") || $0.hasPrefix("A15.145") }) {
            return (nil, .specimen)
        }
        if !trees.isEmpty, trees.allSatisfy({ $0.hasPrefix("C23.550.291") }) {
            return (nil, .diseaseAttribute)
        }
        let categories = trees.compactMap(Self.category(ofTree:))
        guard let category = Self.categoryOrder.first(where: categories.contains) else {
            return (nil, .outOfScopeTree)
        }
        if category != .disease, trees.allSatisfy({ $0.split(separator: ".").count <= 2 }) {
            return (nil, .generalDescriptor)
        }
        if category == .chemical {
            if Self.isGeneProduct(trees: trees) { return (.geneOrProtein, nil) }
            if Self.isNonSubstance(trees: trees) { return (nil, .notASubstance) }
        }
        return (category, nil)
    }

    /// Proteins (D12.776) and enzymes (D08.811): the trees that make a chemical descriptor a gene product.
    static let geneProductTrees = ["D12.776", "D08.811"]
    /// Trees a gene product may also sit in and stay one: macromolecules (D05), hormones (D06),
    /// carbohydrates (D09, glycoproteins), peptides (D12.644) and biological factors (D23).
    static let geneProductCompanionTrees = ["D05", "D06", "D09", "D12.644", "D23"]
    /// Trees that name no substance of their own: nucleic acids as molecules (D13.444: "DNA", "RNA,
    /// Messenger", "Codon"), biological factors (D23: "Epitopes"), dosage forms (D26: "Tablets", "Saline
    /// Solution") and chemical actions and uses (D27: "Antipsychotic Agents", "Ligands", "Antioxidants").
    static let nonSubstanceTrees = ["D13.444", "D23", "D26", "D27"]

    /// Whether a chemical descriptor names a gene product.
    ///
    /// It sits in a protein or enzyme tree and its every other substance (D) tree is one a gene product
    /// may share ("Caspase 3", "Interleukin-10", "Prolactin", "Collagen"). Amino acids (D12.125) and small peptides ("Angiotensin II") stay chemicals.
    static func isGeneProduct(trees: [String]) -> Bool {
        let substance = trees.filter { $0.hasPrefix("D") }
        guard substance.contains(where: { under(geneProductTrees, $0) }) else { return false }
        return substance.allSatisfy { under(geneProductTrees + geneProductCompanionTrees, $0) }
    }

    /// Whether every substance (D) tree of a chemical descriptor is one of ``nonSubstanceTrees``.
    static func isNonSubstance(trees: [String]) -> Bool {
        let substance = trees.filter { $0.hasPrefix("D") }
        return !substance.isEmpty && substance.allSatisfy { under(nonSubstanceTrees, $0) }
    }

    /// Whether `tree` is one of `roots` or below one.
    private static func under(_ roots: [String], _ tree: String) -> Bool {
        roots.contains { tree == $0 || tree.hasPrefix($0 + ".") }
    }

    private static let categoryOrder: [EntityCategory] = [
        .disease, .chemical, .intervention, .phenotype, .biologicalProcess, .anatomy,
    ]

    private static func category(ofTree tree: String) -> EntityCategory? {
        switch tree.first {
        case "C": .disease
        case "D": .chemical
        case "E": .intervention
        case "G": .biologicalProcess
        case "A": .anatomy
        case "F":
            if tree.hasPrefix("F03") {
                .disease
            } else if tree.hasPrefix("F04") {
                .intervention
            } else if tree.hasPrefix("F01") || tree.hasPrefix("F02") {
                .biologicalProcess
            } else {
                .phenotype
            }
        default: nil
        }
    }

    /// The number of other headings a one-word heading must head to be a ``LexiconRule/classHead``.
    static func classHeadThreshold(for category: EntityCategory) -> Int {
        category == .disease ? 100 : 10
    }

    /// How many headings end in each word, lower-cased: uninverted headings of two words or more.
    static func headWordCounts(of headings: [Substring]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for heading in headings where !heading.contains(",") {
            let words = heading.split(separator: " ")
            if words.count > 1, let last = words.last { counts[last.lowercased(), default: 0] += 1 }
        }
        return counts
    }

    /// How many headings a one-word heading heads, counting its singular and plural forms.
    static func headedCount(of heading: String, in counts: [String: Int]) -> Int {
        guard !heading.contains(" ") else { return 0 }
        let word = heading.lowercased()
        var total = counts[word, default: 0] + counts[word + "s", default: 0]
        if word.hasSuffix("s") { total += counts[String(word.dropLast()), default: 0] }
        return total
    }

    /// The rule a term breaks, or `nil` when it may enter the lexicon.
    ///
    /// - Parameters:
    ///   - term: the term as the vocabulary spells it.
    ///   - key: its normalised key (words joined by single spaces).
    ///   - words: its number of words.
    func rejection(of term: String, key: String, words: Int) -> LexiconRule? {
        if words > Self.maximumWords { return .tooManyWords }
        guard key.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return .noLetter }
        if key.unicodeScalars.count(where: { $0 != " " }) <= 2 { return .tooShort }
        guard words == 1 else { return nil }
        let lower = key.lowercased()
        if CommonEnglishWords.units.contains(lower) { return .unit }
        if CommonEnglishWords.all.contains(lower), !Self.isCamelCase(term) { return .commonEnglishWord }
        return nil
    }

    /// Whether a capital follows a lower-case letter (`cAMP`, `NFkB`): not a spelling of an English word.
    static func isCamelCase(_ term: String) -> Bool {
        var previousWasLower = false
        for scalar in term.unicodeScalars {
            if previousWasLower, scalar.properties.isUppercase { return true }
            previousWasLower = scalar.properties.isLowercase
        }
        return false
    }

    /// Whether a term holds punctuation the matcher never crosses (anything but hyphens, slashes,
    /// apostrophes and spaces between its letters and digits).
    static func hasUnmatchablePunctuation(_ term: String) -> Bool {
        for scalar in term.unicodeScalars where !Tokenizer.isWordScalar(scalar) && !Tokenizer.isSpace(scalar) {
            if !Lexicon.connectors.contains(String(scalar)) { return true }
        }
        return false
    }
}
