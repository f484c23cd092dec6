/// The lexicon-key pieces of each token of a sentence, computed once per sentence so that
/// ``EntityRecognizer`` hashes a run's keys word by word as it extends the run, instead of
/// building the key strings of every run (``Lexicon/keys(for:)``) anew.
///
/// A run's keys are its words' pieces joined by one space, so the hash of a run one word longer
/// is the hash of the shorter run continued with a space and the new word's bytes (FNV-1a reads
/// bytes in order). Tokens whose pieces are empty or hold a space (a compatibility decomposition
/// such as U+FDFA can make one) are not ``Piece/isPlain``: runs over them are matched by the
/// string-building path, which handles every case.
struct SentenceKeys {
    /// One token's pieces.
    struct Piece {
        /// The word as the case-sensitive key holds it: ``Lexicon/normalizedWord(_:)``; empty for
        /// punctuation.
        var exact: String
        /// The word as the case-insensitive key holds it: lower-cased, then
        /// ``Lexicon/foldedWord(_:)``; empty for punctuation.
        var folded: String
        /// Whether the token is punctuation that may join the words of a term (``Lexicon/connectors``).
        var isConnector: Bool
        /// Whether both pieces are non-empty and hold no space, so the incremental hash gives the
        /// same keys as the strings would.
        var isPlain: Bool
        /// For a word with letters of both cases: how its letters are written (see
        /// ``EntityRecognizer/variantEntity(_:first:mayJoin:mayBeSalt:)``); `nil` for other tokens.
        var mixedCase: MixedCase?
        /// For a word that may be a plural: the folded pieces of its singular forms
        /// (``Lexicon/singularForms(of:)``), in the order they are tried.
        var singulars: [String]
        /// Whether the folded piece ends in `ate` or `ates`, as a salt's name does (``RunKeys/mayBeSalt``).
        var mayBeSalt: Bool
    }

    /// The letters of a word written in both cases ("Akt", "mTOR", "hOGG1").
    struct MixedCase: Equatable {
        /// How many letters (alphabetic scalars) the word has.
        var letters: Int
        /// Whether no letter after the first is a capital ("Akt", "Mdm2").
        var isTitleCase: Bool
    }

    /// `ate` and `ates` as ``WordTail``s, written as constants (the bytes of `WordTail("ate")`
    /// and `WordTail("ates")`), so that reading them needs no lazy initialisation.
    static let ate = WordTail(bytes: 0x61_74_65, count: 3)
    static let ates = WordTail(bytes: 0x61_74_65_73, count: 4)

    /// The pieces, one per token.
    let pieces: [Piece]

    /// The pieces of `tokens`.
    init(_ tokens: [Token]) {
        // Each token is read in place, not copied out of the array first: the token's fields are
        // read through the array (a copy of a token retains and releases its two strings).
        pieces = tokens.indices.map { Self.piece(tokens, $0, shapes: nil) }
    }

    /// The pieces of `tokens`, whose ASCII words' shapes the tokenizer read as it made them
    /// (``Tokenizer/tokens(of:in:shapes:)``): the words are not read again.
    init(_ tokens: [Token], shapes: [ASCIIWordShape?]) {
        pieces = tokens.indices.map { Self.piece(tokens, $0, shapes: shapes) }
    }

    subscript(index: Int) -> Piece { pieces[index] }

    private static func piece(_ tokens: [Token], _ index: Int, shapes: [ASCIIWordShape?]?) -> Piece {
        guard tokens[index].kind != .punctuation else {
            let isConnector = Lexicon.isConnector(tokens[index].text)
            return Piece(
                exact: "", folded: "", isConnector: isConnector, isPlain: false, mixedCase: nil, singulars: [],
                mayBeSalt: false)
        }
        let isWord = tokens[index].kind == .word
        let exact: String
        let folded: String
        let mixedCase: MixedCase?
        let isPlain: Bool
        // The last bytes of the folded piece, when the word's shape already read them.
        var foldedTail: WordTail?
        let shape: ASCIIWordShape?
        if let shapes { shape = shapes[index] } else { shape = ASCIIWordShape(tokens[index].text) }
        if let shape {
            // An ASCII word is its own normalised form, and its lower-cased form is the token's; it
            // holds only letters and digits, and folding it only drops or changes letters, so
            // neither piece can hold a space.
            exact = tokens[index].text
            // The shape's pass over the bytes already tells whether folding may change the word.
            folded = shape.mayFold ? Lexicon.foldedWord(tokens[index].lower) : tokens[index].lower
            // Unfolded, the folded piece is the lower-cased word, whose bytes the shape read.
            if !shape.mayFold { foldedTail = shape.tail }
            mixedCase = shape.mixedCase
            isPlain = !exact.isEmpty && !folded.isEmpty
        } else {
            exact = Lexicon.normalizedWord(tokens[index].text)
            folded = Lexicon.foldedWord(exact.lowercased())
            mixedCase = Self.mixedCase(of: tokens[index].text)
            isPlain =
                !exact.isEmpty && !folded.isEmpty && !exact.utf8.contains(UInt8(ascii: " "))
                && !folded.utf8.contains(UInt8(ascii: " "))
        }
        let tail = foldedTail ?? Self.saltTail(of: folded)
        // An ASCII word's last byte is the last one its shape read (a token is never empty).
        let lastLower: UInt8?
        if let shape {
            lastLower = shape.tail.count > 0 ? shape.lastByte : nil
        } else {
            lastLower = Self.lastByte(of: tokens[index].lower)
        }
        return Piece(
            exact: exact, folded: folded, isConnector: false, isPlain: isPlain, mixedCase: isWord ? mixedCase : nil,
            singulars: isWord && lastLower == UInt8(ascii: "s")
                ? Self.singulars(of: tokens[index].lower, isASCII: shape != nil) : [],
            mayBeSalt: tail.ends(with: Self.ate) || tail.ends(with: Self.ates))
    }

    /// The tail of a folded piece for the salt test: only a piece ending in `e` or `s` can end in
    /// `ate` or `ates`, so any other piece's bytes are not read.
    private static func saltTail(of folded: String) -> WordTail {
        let last = lastByte(of: folded)
        return last == UInt8(ascii: "e") || last == UInt8(ascii: "s") ? WordTail(folded) : WordTail()
    }

    /// The folded pieces of the singular forms of a word's lower-cased text (an ASCII word is its
    /// own normalised form, and its forms are read from its bytes).
    private static func singulars(of lower: String, isASCII: Bool) -> [String] {
        guard isASCII else {
            return Lexicon.singularForms(of: lower).map { Lexicon.foldedWord(Lexicon.normalizedWord($0)) }
        }
        // Folded in place: no second array.
        var forms = Lexicon.singularForms(ofASCII: lower)
        for position in forms.indices { forms[position] = Lexicon.foldedWord(forms[position]) }
        return forms
    }

    /// The last UTF-8 byte of `text`, read from a native string's buffer.
    private static func lastByte(of text: String) -> UInt8? {
        text.utf8.withContiguousStorageIfAvailable { $0.last } ?? text.utf8.last
    }

    /// How a word's letters are written, when it has letters of both cases.
    static func mixedCase(of text: String) -> MixedCase? {
        var letters = 0
        var upper = false
        var lower = false
        var laterCapital = false
        for scalar in text.unicodeScalars {
            let isUpper: Bool
            if scalar.isASCII {
                let isLower = ("a"..."z").contains(scalar)
                isUpper = ("A"..."Z").contains(scalar)
                guard isUpper || isLower else { continue }
                lower = lower || isLower
            } else {
                guard scalar.properties.isAlphabetic else { continue }
                isUpper = scalar.properties.isUppercase
                lower = lower || scalar.properties.isLowercase
            }
            upper = upper || isUpper
            if letters > 0, isUpper { laterCapital = true }
            letters += 1
        }
        guard upper, lower else { return nil }
        return MixedCase(letters: letters, isTitleCase: !laterCapital)
    }
}
