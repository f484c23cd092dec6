extension VariantPattern {
    /// `\d`.
    static let digit = VariantPattern.scalar(.digit)
    /// `\d+`.
    static let number = oneOrMore(digit)
    /// `\s`.
    static let space = VariantPattern.scalar(.space)
    /// `[\s-]`.
    static let spaceOrHyphen = VariantPattern.scalar(ScalarClass.space.union(ScalarClass("-")))
    /// `[-+]`.
    static let sign = VariantPattern.scalar(ScalarClass("-+"))
    /// `[ACGT]`.
    static let nucleotide = VariantPattern.scalar(ScalarClass("ACGT"))
    /// `[ACGTU]+`.
    static let nucleotidesOrU = oneOrMore(.scalar(ScalarClass("ACGTU")))
    /// `(?:Δ|[Dd]elta)`.
    static let delta = VariantPattern.choice([
        .literal("Δ"), .sequence([.scalar(ScalarClass("Dd")), .literal("elta")]),
    ])
    /// `(?:p\.\s?\(?)?`.
    static let optionalProteinPrefix = VariantPattern.optional(
        .sequence([.literal("p."), .optional(space), .optional(.literal("("))]))

    /// The three-letter amino-acid codes, each a pattern, in the order they are tried.
    static let threeLetterCodes: [VariantPattern] = [
        "Ala", "Arg", "Asn", "Asp", "Cys", "Gln", "Glu", "Gly", "His", "Ile", "Leu", "Lys", "Met", "Phe", "Pro",
        "Ser", "Thr", "Trp", "Tyr", "Val", "Sec",
    ].map(VariantPattern.literal)
    /// `aa3`: a three-letter code.
    static let threeLetterResidue = VariantPattern.choice(threeLetterCodes)
    /// `aa1`: `[ACDEFGHIKLMNPQRSTVWY]`.
    static let oneLetterResidue = VariantPattern.scalar(ScalarClass("ACDEFGHIKLMNPQRSTVWY"))
    /// `aa`: a residue in either code, three letters tried first.
    static let residue = VariantPattern.choice(threeLetterCodes + [oneLetterResidue])
    /// `aa3|Ter|[Ss]top|X|\*|aa1`: a residue or a stop.
    static let residueOrStop = VariantPattern.choice(
        threeLetterCodes + [
            .literal("Ter"), .sequence([.scalar(ScalarClass("Ss")), .literal("top")]), .literal("X"), .literal("*"),
            oneLetterResidue,
        ])
    /// `names`: an amino acid's name, its first letter in either case, longer names tried first.
    static let residueName = VariantPattern.choice(
        VariantNotation.oneLetterCodes.keys.filter { $0.count > 4 }
            .sorted { ($0.count, $1) > ($1.count, $0) }
            .map { name in
                .sequence([
                    .scalar(ScalarClass(name.prefix(1).uppercased() + name.prefix(1))),
                    .literal(String(name.dropFirst())),
                ])
            })

    /// `position`: `IVS\d+\s?[-+]\s?\d+|[-+*]?\d+(?:\s?[-+]\s?\d+)?`.
    static let position = VariantPattern.choice([
        .sequence([.literal("IVS"), number, .optional(space), sign, .optional(space), number]),
        .sequence([
            .optional(.scalar(ScalarClass("-+*"))), number,
            .optional(.sequence([.optional(space), sign, .optional(space), number])),
        ]),
    ])

    /// `(?:(?<kind>[cgmnr])\.\s?)?(?<pos>position)\s?(?<wt>[ACGTU]+)\s?(?:>|-+>|→|/)\s?(?<mut>[ACGTU]+)`.
    static let dnaSubstitution = VariantPattern.sequence([
        .optional(.sequence([.capture(.kind, .scalar(ScalarClass("cgmnr"))), .literal("."), .optional(space)])),
        .capture(.pos, position), .optional(space), .capture(.wt, nucleotidesOrU), .optional(space),
        .choice([.literal(">"), .sequence([oneOrMore(.literal("-")), .literal(">")]), .literal("→"), .literal("/")]),
        .optional(space), .capture(.mut, nucleotidesOrU),
    ])

    /// `(?:(?<kind>[cgm])\.\s?)?(?<pos>position(?:_position)?)\s?(?<op>delins|del|ins|dup)(?<seq>[ACGTU]+|\d+)?`.
    static let dnaEdit = VariantPattern.sequence([
        .optional(.sequence([.capture(.kind, .scalar(ScalarClass("cgm"))), .literal("."), .optional(space)])),
        .capture(.pos, .sequence([position, .optional(.sequence([.literal("_"), position]))])), .optional(space),
        .capture(.op, .words(["delins", "del", "ins", "dup"])),
        .optional(.capture(.seq, .choice([nucleotidesOrU, number]))),
    ])

    /// `(?:p\.\s?\(?)?(?<wt>aa)(?<pos>\d+)(?:[_-](?<wt2>aa)(?<pos2>\d+))?(?<op>delins|del|dup|ins)`
    /// `(?<seq>(?:aa3|[ACDEFGHIKLMNPQRSTVWY])*)\)?`.
    static let proteinEdit = VariantPattern.sequence([
        optionalProteinPrefix, .capture(.wt, residue), .capture(.pos, number),
        .optional(.sequence([.scalar(ScalarClass("_-")), .capture(.wt2, residue), .capture(.pos2, number)])),
        .capture(.op, .words(["delins", "del", "dup", "ins"])), .capture(.seq, .zeroOrMore(residue)),
        .optional(.literal(")")),
    ])

    /// `(?:p\.\s?\(?)?(?<wt>aa)(?<pos>\d+)(?<mut>aa)?fs(?:\*|X|Ter)?(?<len>\d+)?\)?`.
    static let frameshift = VariantPattern.sequence([
        optionalProteinPrefix, .capture(.wt, residue), .capture(.pos, number), .optional(.capture(.mut, residue)),
        .literal("fs"), .optional(.words(["*", "X", "Ter"])), .optional(.capture(.len, number)),
        .optional(.literal(")")),
    ])

    /// A residue by name or code, then optionally its code in parentheses and the word "residue":
    /// `(?<group>names|aa3|aa1)(?:\s\((?:aa3|[A-Z])\))?(?:\sresidue)?`.
    private static func namedResidue(_ group: VariantCapture) -> VariantPattern {
        .sequence([
            .capture(group, .choice([residueName, threeLetterResidue, oneLetterResidue])),
            .optional(
                .sequence([
                    space, .literal("("), .choice([threeLetterResidue, .scalar(.range("A", "Z"))]), .literal(")"),
                ])),
            .optional(.sequence([space, .literal("residue")])),
        ])
    }

    /// `\s(?:at|in)\s(?:(?:words)\s)*`: the words before a position.
    private static func atPosition(_ words: [String]) -> VariantPattern {
        .sequence([space, .words(["at", "in"]), space, .zeroOrMore(.sequence([.words(words), space]))])
    }

    /// `namedResidue(wt)[\s-](?:to|by|for)[\s-](?:the\s)?namedResidue(mut)`
    /// `(?:\s(?:substitution|mutation|change))?\s(?:at|in)\s(?:(?:the|amino|acid|residue|codon|position)\s)*(?<pos>\d+)`.
    static let namedSubstitutionAtPosition = VariantPattern.sequence([
        namedResidue(.wt), spaceOrHyphen, .words(["to", "by", "for"]), spaceOrHyphen,
        .optional(.sequence([.literal("the"), space])), namedResidue(.mut),
        .optional(.sequence([space, .words(["substitution", "mutation", "change"])])),
        atPosition(["the", "amino", "acid", "residue", "codon", "position"]), .capture(.pos, number),
    ])

    /// `\(?(?<wt>[ACGT])\s?(?:>|-+>|→|-to-|\sto\s)\s?(?<mut>[ACGT])\)?`
    /// `(?:\s(?:substitution|transition|transversion|mutation|change))?(?:\s(?:was\s)?(?:identified|found|detected))?`
    /// `\s(?:at|in)\s(?:(?:the|nucleotide|position)\s)*(?<codon>codon\s)?(?:c\.)?(?<pos>[-+]?\d+)`.
    static let nucleotideChangeAtPosition = VariantPattern.sequence([
        .optional(.literal("(")), .capture(.wt, nucleotide), .optional(space),
        .choice([
            .literal(">"), .sequence([oneOrMore(.literal("-")), .literal(">")]), .literal("→"), .literal("-to-"),
            .sequence([space, .literal("to"), space]),
        ]),
        .optional(space), .capture(.mut, nucleotide), .optional(.literal(")")),
        .optional(.sequence([space, .words(["substitution", "transition", "transversion", "mutation", "change"])])),
        .optional(
            .sequence([
                space, .optional(.sequence([.literal("was"), space])), .words(["identified", "found", "detected"]),
            ])),
        atPosition(["the", "nucleotide", "position"]),
        .optional(.capture(.codon, .sequence([.literal("codon"), space]))),
        .optional(.literal("c.")), .capture(.pos, .sequence([.optional(sign), number])),
    ])

    /// `(?:(?<len>\d+)[\s-]?(?:bp|base[\s-]pairs?|basepairs?|nucleotides?|nt)\s(?<genomic>genomic\s)?`
    /// `(?<op>deletion|insertion|duplication)|dup(?<duplen>\d+)bp)`.
    static let lengthEdit = VariantPattern.choice([
        .sequence([
            .capture(.len, number), .optional(spaceOrHyphen),
            .choice([
                .literal("bp"),
                .sequence([.literal("base"), spaceOrHyphen, .literal("pair"), .optional(.literal("s"))]),
                .sequence([.literal("basepair"), .optional(.literal("s"))]),
                .sequence([.literal("nucleotide"), .optional(.literal("s"))]), .literal("nt"),
            ]),
            space, .optional(.capture(.genomic, .sequence([.literal("genomic"), space]))),
            .capture(.op, .words(["deletion", "insertion", "duplication"])),
        ]),
        .sequence([.literal("dup"), .capture(.duplen, number), .literal("bp")]),
    ])
}
