/// A filtering rule of ``LexiconBuilder``: why a vocabulary term or concept is left out of the lexicon.
///
/// Every rule is stated by its case; none is a hand-picked list of concepts. The curated overlay is
/// exempt from all of them. The raw values are stable: the builder's report names them.
public enum LexiconRule: String, Sendable, Hashable, CaseIterable, Comparable {
    /// A MeSH descriptor in none of the trees that name mechanism nodes (A anatomy, C diseases,
    /// D chemicals, E procedures, F psychiatry and psychology, G phenomena and processes): organisms
    /// (B, "Humans", "Mice"), disciplines (H), social and technical topics (I–L), named groups (M),
    /// health care (N), publication characteristics (V) and places (Z). A supplementary concept is
    /// out of scope unless one of its mapped descriptors is a chemical (D) or a disease (C).
    case outOfScopeTree = "out-of-scope-tree"
    /// A MeSH descriptor outside the disease trees whose every tree number is at most two levels
    /// deep: a heading too general to be a mechanism node ("Proteins" D12.776, "Time" G01.910,
    /// "Methods" E05.581, "Lipids" D10). Disease headings are kept at any depth ("Neoplasms" C04).
    case generalDescriptor = "general-descriptor"
    /// A MeSH descriptor whose one-word heading is the head noun of many other headings: the last
    /// word (or its plural) of at least 10 other uninverted headings, or 100 for a disease heading
    /// ("Proteins", "Hormones", "Acids", "Cells", "Disease", "Syndrome", "Neoplasms"). Such a heading
    /// names a class, not a mechanism node; the curated overlay brings back the few that are ("cancer").
    case classHead = "class-head"
    /// A MeSH descriptor whose every tree number lies under Disease Attributes (C23.550.291): a
    /// property of a disease, not a disease ("Recurrence", "Disease Progression", "Chronic Disease",
    /// "Acute Disease", "Convalescence"). Neither corpus annotates them.
    case diseaseAttribute = "disease-attribute"
    /// A MeSH descriptor that is only a specimen in which things are measured: fluids and secretions
    /// (A12) and blood (A15.145) — "plasma levels of cortisol" is about cortisol.
    case specimen
    /// A MeSH chemical descriptor whose every substance tree names no substance of its own: nucleic
    /// acids as molecules ("DNA", "RNA, Messenger"), antigens ("Epitopes"), dosage forms ("Tablets",
    /// "Saline Solution") and pharmacological actions ("Antipsychotic Agents", "Analgesics", "Ligands").
    /// Annotated corpora do not tag these classes; the curated overlay brings back the few they do.
    case notASubstance = "not-a-substance"
    /// A MeSH descriptor that names a gene product (``LexiconFilter/isGeneProduct(trees:)``: "Caspase 3",
    /// "Interleukin-10", "Prolactin", "Transcription Factors", "Cytokines"), or a supplementary concept
    /// mapped only to such descriptors. Genes are named by HGNC with their NCBI Gene ID, the identifier
    /// gene annotations use; a MeSH protein heading is a family or a product of no species, and as a
    /// chemical it would be wrong for every corpus that separates genes from chemicals.
    case geneProduct = "gene-product"
    /// An HGNC entry that is not an approved gene with an NCBI Gene ID, or whose locus type is
    /// "pseudogene" or "phenotype only" (names that are rarely meant in abstracts and collide most).
    case notAGene = "not-a-gene"
    /// An HGNC alias or previous symbol written in lower-case letters only that is a word of at least
    /// 10 approved gene names: it names a family ("cadherin" of CDH17 among 47 cadherins, "syndecan",
    /// "nexin", "armadillo", "zeta"), not one gene. Protein names of one gene ("tau", "parkin",
    /// "survivin") stay.
    case geneClassWord = "gene-class-word"
    /// A term holding punctuation other than hyphens, slashes and apostrophes: MeSH's inverted forms
    /// ("Receptors, Oxytocin"), qualifiers in parentheses, IUPAC names. The matcher never crosses such
    /// punctuation, so these terms could never match.
    case unmatchablePunctuation = "unmatchable-punctuation"
    /// A term of more than ``LexiconFilter/maximumWords`` words; abstracts do not spell them out.
    case tooManyWords = "too-many-words"
    /// A term with no letter ("1080", "5-7").
    case noLetter = "no-letter"
    /// A term of one or two characters once hyphens and spaces are dropped ("PC", "ER", "K"):
    /// one- and two-letter aliases and abbreviations are ambiguous in running text.
    case tooShort = "too-short"
    /// A one-word term whose lower-case form is a common English word (``CommonEnglishWords``):
    /// "Water", "Time", "CAT", "MET", "SET", "IMPACT", "AIM", "ADD".
    case commonEnglishWord = "common-english-word"
    /// A one-word term that is a unit or its abbreviation in any case ("MG", "KDA", "MMOL", "HZ").
    case unit
    /// A key claimed, at the same best rank, by two different concepts (an alias of two genes, an
    /// entry term of two descriptors): undefined ambiguous names are not guessed.
    case ambiguous

    /// Orders rules by their raw value, for stable reports.
    public static func < (lhs: LexiconRule, rhs: LexiconRule) -> Bool { lhs.rawValue < rhs.rawValue }
}
