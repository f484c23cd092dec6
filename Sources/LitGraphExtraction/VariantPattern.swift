/// A pattern over Unicode scalars, written as a tree: the notations of ``VariantNotation``, each
/// matched by a ``VariantProgram`` compiled from it.
///
/// The constructs and their meaning are those of a backtracking regular expression matched on
/// Unicode scalars (Swift `Regex` with `.unicodeScalar` semantics): alternatives are tried in order,
/// repetitions are greedy and give back one step at a time, and a capture holds what its last
/// successful pass matched.
indirect enum VariantPattern: Sendable {
    /// One scalar of a class.
    case scalar(ScalarClass)
    /// These scalars in order.
    case literal(String)
    /// These patterns one after the other.
    case sequence([VariantPattern])
    /// The first of these patterns that lets the rest match.
    case choice([VariantPattern])
    /// The pattern, or nothing (greedy `?`).
    case optional(VariantPattern)
    /// The pattern any number of times, as many as possible first (greedy `*`).
    case zeroOrMore(VariantPattern)
    /// A named group holding what the pattern matched.
    case capture(VariantCapture, VariantPattern)
    /// Nothing, when the next scalar is not in the class (`(?![…])`); the end of the text passes.
    case notFollowedBy(ScalarClass)

    /// The pattern one or more times, greedily (`+`).
    static func oneOrMore(_ pattern: VariantPattern) -> VariantPattern {
        .sequence([pattern, .zeroOrMore(pattern)])
    }

    /// The pattern `minimum` times or more, greedily (`{n,}`).
    static func atLeast(_ minimum: Int, _ pattern: VariantPattern) -> VariantPattern {
        .sequence(Array(repeating: pattern, count: minimum) + [.zeroOrMore(pattern)])
    }

    /// The pattern from `minimum` to `maximum` times, greedily (`{n,m}`): each optional step nested
    /// in the one before, so longer repetitions are tried first.
    static func repeating(_ pattern: VariantPattern, _ minimum: Int, _ maximum: Int) -> VariantPattern {
        var tail: VariantPattern?
        for _ in minimum..<maximum {
            tail = .optional(tail.map { .sequence([pattern, $0]) } ?? pattern)
        }
        return .sequence(Array(repeating: pattern, count: minimum) + (tail.map { [$0] } ?? []))
    }

    /// One of these words, tried in order.
    static func words(_ words: [String]) -> VariantPattern {
        .choice(words.map(VariantPattern.literal))
    }

    /// The scalars the pattern's first step may read, and whether the pattern may match nothing.
    var first: (scalars: ScalarClass, mayBeEmpty: Bool) {
        switch self {
        case .scalar(let scalars): return (scalars, false)
        case .literal(let text):
            guard let scalar = text.unicodeScalars.first else { return (ScalarClass(), true) }
            return (ScalarClass(String(scalar)), false)
        case .sequence(let parts):
            var scalars = ScalarClass()
            for part in parts {
                let first = part.first
                scalars = scalars.union(first.scalars)
                if !first.mayBeEmpty { return (scalars, false) }
            }
            return (scalars, true)
        case .choice(let options):
            let firsts = options.map(\.first)
            return (firsts.reduce(ScalarClass()) { $0.union($1.scalars) }, firsts.contains { $0.mayBeEmpty })
        case .optional(let pattern), .zeroOrMore(let pattern): return (pattern.first.scalars, true)
        case .capture(_, let pattern): return pattern.first
        case .notFollowedBy: return (ScalarClass(), true)
        }
    }
}

/// The named groups of the variant patterns, read by ``VariantNotation/identifier(_:)``.
enum VariantCapture: String, CaseIterable, Sendable {
    case num, wt, pos, mut, kind, op, seq, wt2, pos2, len, codon, genomic, duplen, count

    /// The group's index among all groups.
    var index: Int {
        switch self {
        case .num: 0
        case .wt: 1
        case .pos: 2
        case .mut: 3
        case .kind: 4
        case .op: 5
        case .seq: 6
        case .wt2: 7
        case .pos2: 8
        case .len: 9
        case .codon: 10
        case .genomic: 11
        case .duplen: 12
        case .count: 13
        }
    }
}
