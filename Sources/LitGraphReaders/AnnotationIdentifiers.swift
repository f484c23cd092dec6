public import LitGraphModel

/// How annotated corpora (PubTator, BioC) name entity types and identifiers, mapped to LitGraph's
/// categories and CURIEs: the one place these conventions live.
///
/// Identifiers: bare MeSH `D008750`/`C012345` → `MESH:D008750`; gene numbers → `NCBIGene:5021`;
/// species numbers → `NCBITaxon:9606`; `rs123` → `dbSNP:rs123`; other variants (`p|SUB|E|333|D`,
/// `tmVar:…` without an `RS#`) → `tmVar:<normalised form>` (`tmVar:p|SUB|E|333|D`, the form
/// `VariantRecognizer` in LitGraphExtraction gives the same variant in text); Cellosaurus `CVCL_0022` →
/// `Cellosaurus:CVCL_0022`; a CURIE (`MESH:…`, `OMIM:…`) is kept. `-`, `-1` or an empty identifier
/// means no grounding. Several identifiers (`D007674|D008107`, `,`- or `;`-separated) are split.
public enum AnnotationIdentifiers {
    /// The category of a corpus entity type such as `Chemical`, `GeneOrGeneProduct` or
    /// `SequenceVariant`; `nil` for a type LitGraph does not know (the caller uses `.other`).
    ///
    /// Matching ignores case and a trailing `s` is not stripped: types are a closed vocabulary.
    public static func category(forType type: String) -> EntityCategory? {
        typeCategories[type.lowercased()]
    }

    private static let typeCategories: [String: EntityCategory] = [
        "chemical": .chemical, "chemicalentity": .chemical, "drug": .chemical,
        "disease": .disease, "diseaseorphenotypicfeature": .disease,
        "gene": .geneOrProtein, "geneorgeneproduct": .geneOrProtein, "protein": .geneOrProtein,
        "species": .organism, "organismtaxon": .organism, "organism": .organism,
        "mutation": .sequenceVariant, "sequencevariant": .sequenceVariant, "dnamutation": .sequenceVariant,
        "proteinmutation": .sequenceVariant, "snp": .sequenceVariant, "variant": .sequenceVariant,
        "cellline": .cellLine,
    ]

    /// The CURIEs an annotation's identifier field stands for, in order and without repeats;
    /// empty when the mention has no grounding (`-`, `-1`, empty).
    ///
    /// `category` decides what a bare number means (a taxon for `.organism`, else a gene) and
    /// keeps `|` inside variant identifiers (`p|SUB|E|333|D`) from being read as a separator.
    public static func curies(for identifier: String, category: EntityCategory?) -> [String] {
        var result: [String] = []
        for part in components(of: identifier, category: category) {
            guard let curie = curie(for: part, category: category), !result.contains(curie) else { continue }
            result.append(curie)
        }
        return result
    }

    /// The separate identifiers in an identifier field, trimmed, empty ones dropped.
    static func components(of identifier: String, category: EntityCategory?) -> [String] {
        let trimmed = identifier.trimmingSpaces
        if trimmed.lowercased().hasPrefix("tmvar:") { return [trimmed] }
        let isVariant = category == .sequenceVariant || looksLikeVariant(trimmed)
        return trimmed.split { $0 == "," || $0 == ";" || (!isVariant && $0 == "|") }
            .map { String($0).trimmingSpaces }
            .filter { !$0.isEmpty }
    }

    /// The CURIE for one identifier, or `nil` when it means "not grounded".
    public static func curie(for identifier: String, category: EntityCategory?) -> String? {
        let id = identifier.trimmingSpaces
        if id.isEmpty || id == "-" || id == "-1" { return nil }
        if id.lowercased().hasPrefix("tmvar:") { return tmVarCURIE(id) }
        if let colon = id.firstIndex(of: ":") {
            let prefix = String(id[..<colon])
            let local = String(id[id.index(after: colon)...])
            return prefixedCURIE(prefix: prefix, local: local, whole: id)
        }
        if isMeSH(id) { return "MESH:" + id }
        if id.allSatisfy(\.isASCIIDigit) {
            return category == .organism ? "NCBITaxon:" + id : "NCBIGene:" + id
        }
        if isDBSNP(id) { return "dbSNP:" + id.lowercased() }
        if id.hasPrefix("CVCL_") { return "Cellosaurus:" + id }
        if category == .sequenceVariant || looksLikeVariant(id) { return variantCURIE(id) }
        return Entity.localIdentifier(for: "variant " + id)
    }

    /// Keeps a CURIE, fixing the case of the prefixes the corpora spell differently.
    private static func prefixedCURIE(prefix: String, local: String, whole: String) -> String? {
        switch prefix.lowercased() {
        case "mesh": return "MESH:" + local
        case "ncbigene", "gene": return "NCBIGene:" + local
        case "ncbitaxon", "taxonomy", "species": return "NCBITaxon:" + local
        case "rs#": return local.isEmpty ? nil : "dbSNP:rs" + local
        case "dbsnp": return "dbSNP:" + local
        case "hgvs": return variantCURIE(local)
        default: return whole
        }
    }

    /// A tmVar identifier (`tmVar:p|SUB|V|600|E;HGVS:p.V600E;…;RS#:113488022`): its dbSNP id when
    /// it names one, else `tmVar:` and the variant's normalised form (`tmVar:p|SUB|V|600|E`).
    private static func tmVarCURIE(_ id: String) -> String {
        let fields = id.dropFirst("tmVar:".count).split(separator: ";").map(String.init)
        for field in fields where field.hasPrefix("RS#:") {
            let number = field.dropFirst(4)
            if !number.isEmpty, number.allSatisfy(\.isASCIIDigit) { return "dbSNP:rs" + number }
        }
        return variantCURIE(fields.first ?? id)
    }

    /// The grounded CURIE of a variant with no dbSNP id: `tmVar:` and its normalised form.
    ///
    /// `p|SUB|R|215|W` becomes `tmVar:p|SUB|R|215|W`, compared as written by evaluation. Spaces are
    /// dropped and the form is kept otherwise, so it equals what the recogniser derives from text.
    static func variantCURIE(_ id: String) -> String {
        let form = String(id.filter { !$0.isWhitespace })
        return form.isEmpty ? Entity.localIdentifier(for: "variant") : "tmVar:" + form
    }

    /// Whether `id` is a MeSH descriptor (`D…`) or supplementary concept (`C…`) identifier.
    static func isMeSH(_ id: String) -> Bool {
        guard let first = id.first, first == "D" || first == "C", id.count > 1 else { return false }
        return id.dropFirst().allSatisfy(\.isASCIIDigit)
    }

    private static func isDBSNP(_ id: String) -> Bool {
        let lower = id.lowercased()
        return lower.hasPrefix("rs") && lower.count > 2 && lower.dropFirst(2).allSatisfy(\.isASCIIDigit)
    }

    /// tmVar-style normalised variants: `c|SUB|C|1138|T`, `p|DEL|439_443|`.
    private static func looksLikeVariant(_ id: String) -> Bool {
        let parts = id.split(separator: "|", omittingEmptySubsequences: false)
        guard parts.count >= 3, let kind = parts.first, kind.count == 1 else { return false }
        return "cgpmnr".contains(kind) && parts[1].allSatisfy { $0.isUppercase || $0.isLetter }
    }
}

extension Character {
    /// Whether the character is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    /// The string without spaces, tabs or line breaks at either end.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
