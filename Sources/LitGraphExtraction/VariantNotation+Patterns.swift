extension VariantNotation {
    /// The pattern that finds the notation, matched on Unicode scalars.
    ///
    /// Each is pinned by the tests to the regular expression it replaces, quoted in its comment.
    var pattern: VariantPattern {
        typealias P = VariantPattern
        switch self {
        case .dbSNP:
            // rs(?<num>\d{2,})
            return .sequence([.literal("rs"), .capture(.num, .atLeast(2, P.digit))])
        case .prefixedProteinSubstitution:
            // p\.\s?\(?(?<wt>aa)(?<pos>\d+)(?<mut>aaOrStop)\)?
            return .sequence([
                .literal("p."), .optional(P.space), .optional(.literal("(")), .capture(.wt, P.residue),
                .capture(.pos, P.number), .capture(.mut, P.residueOrStop), .optional(.literal(")")),
            ])
        case .threeLetterSubstitution:
            // (?<wt>aa3)[\s-]?(?<pos>\d+)[\s-]?(?<mut>aa3|Ter|X|\*)
            return .sequence([
                .capture(.wt, P.threeLetterResidue), .optional(P.spaceOrHyphen), .capture(.pos, P.number),
                .optional(P.spaceOrHyphen), .capture(.mut, .choice(P.threeLetterCodes + [.words(["Ter", "X", "*"])])),
            ])
        case .oneLetterSubstitution:
            // (?<wt>aa1)(?<pos>[1-9]\d{1,4})(?<mut>aa1|X|\*)
            return .sequence([
                .capture(.wt, P.oneLetterResidue),
                .capture(.pos, .sequence([.scalar(.range("1", "9")), .repeating(P.digit, 1, 4)])),
                .capture(.mut, .choice([P.oneLetterResidue, .literal("X"), .literal("*")])),
            ])
        case .dnaSubstitution: return P.dnaSubstitution
        case .nucleotideFirstSubstitution:
            // (?:(?<kind>[cg])\.)?(?<wt>[ACGT])(?<pos>[-+]?\d+)(?<mut>[ACGT])
            return .sequence([
                .optional(.sequence([.capture(.kind, .scalar(ScalarClass("cg"))), .literal(".")])),
                .capture(.wt, P.nucleotide), .capture(.pos, .sequence([.optional(P.sign), P.number])),
                .capture(.mut, P.nucleotide),
            ])
        case .dnaEdit: return P.dnaEdit
        case .deletionFirst:
            // del(?<pos>\d+)(?<seq>[ACGT]+)
            return .sequence([.literal("del"), .capture(.pos, P.number), .capture(.seq, .oneOrMore(P.nucleotide))])
        case .proteinEdit: return P.proteinEdit
        case .deltaResidue:
            // (?:Δ|[Dd]elta)(?<wt>aa1)(?<pos>\d{2,})
            return .sequence([P.delta, .capture(.wt, P.oneLetterResidue), .capture(.pos, .atLeast(2, P.digit))])
        case .deltaLength:
            // (?:Δ|[Dd]elta)\s?(?<len>\d{2,})(?![-\d])
            return .sequence([
                P.delta, .optional(P.space), .capture(.len, .atLeast(2, P.digit)),
                .notFollowedBy(ScalarClass.digit.union(ScalarClass("-"))),
            ])
        case .frameshift: return P.frameshift
        case .proteinAllele:
            // p\.\s?(?<wt>aa)(?<pos>\d+)(?![A-Za-z\d_*])
            let wordLike = ScalarClass.range("A", "Z").union(.range("a", "z")).union(.digit).union(ScalarClass("_*"))
            return .sequence([
                .literal("p."), .optional(P.space), .capture(.wt, P.residue), .capture(.pos, P.number),
                .notFollowedBy(wordLike),
            ])
        case .namedSubstitution:
            // (?<wt>names)[\s-](?<pos>\d+)[\s-](?:(?:to|by)[\s-])?(?<mut>names)
            return .sequence([
                .capture(.wt, P.residueName), P.spaceOrHyphen, .capture(.pos, P.number), P.spaceOrHyphen,
                .optional(.sequence([.words(["to", "by"]), P.spaceOrHyphen])), .capture(.mut, P.residueName),
            ])
        case .namedSubstitutionAtPosition: return P.namedSubstitutionAtPosition
        case .nucleotideChangeAtPosition: return P.nucleotideChangeAtPosition
        case .slashedProteinSubstitution:
            // (?<pos>\d{2,})(?<wt>aa1)/(?<mut>aa1)
            return .sequence([
                .capture(.pos, .atLeast(2, P.digit)), .capture(.wt, P.oneLetterResidue), .literal("/"),
                .capture(.mut, P.oneLetterResidue),
            ])
        case .lengthEdit: return P.lengthEdit
        case .repeatCount:
            // \((?<seq>[ACGT]{2,})\)(?<count>\d+)
            return .sequence([
                .literal("("), .capture(.seq, .atLeast(2, P.nucleotide)), .literal(")"), .capture(.count, P.number),
            ])
        }
    }

    /// The compiled pattern of every notation, in ``allCases`` order.
    static let programs: [VariantProgram] = allCases.map { VariantProgram($0.pattern) }
}
