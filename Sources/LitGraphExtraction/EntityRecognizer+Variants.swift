import LitGraphModel

extension EntityRecognizer {
    /// The entity a written variant of the run names, when the run's own keys find none.
    ///
    /// Variants are tried in this order, each a rule about how names are written:
    /// 1. A symbol's number written apart: a word followed by a number, joined by a hyphen, a dash
    ///    or nothing, is looked up with the two run together (`IL-10` → `IL10`, `COX-2` → `COX2`,
    ///    `IRS-1` → `IRS1`), since HGNC writes most symbols without the hyphen.
    /// 2. A gene symbol in mixed case: one symbol-like word (a word, possibly joined to its number
    ///    as above) with both capitals and small letters and at least three letters, that is not a
    ///    common English word, matches an HGNC symbol case-insensitively (`Akt`, `mTOR`, `Bax`,
    ///    `hOGG1`, mouse-style `Mdm2`). Only a gene reading is taken this way, and not for a word
    ///    with only its first letter capital at the start of a sentence ("Mice were…", "Digit
    ///    ratio…"), where the capital says nothing. A capitalised word without a digit (`Akt`,
    ///    `Cox`, `Proc`) is rodent nomenclature and is read so only in a mouse or rat document
    ///    (``matchesRodentSymbols``); the ``OrthologTable`` then gives the rodent gene.
    /// 3. A salt or anion for its acid: a last word ending in `-ate`/`-ates` of five letters or more
    ///    matches the `-ic acid` name (`glutamate` → glutamic acid, `valproate` → valproic acid,
    ///    `folate` → folic acid). Only a chemical reading is taken this way.
    ///
    /// `keys` are the sentence's key pieces (the run's first token's are read). `mayJoin` and
    /// `mayBeSalt` say whether the first and third variants can apply at all
    /// (``RunKeys/joinsNumber``, ``RunKeys/mayBeSalt``): when they are false, the strings those
    /// variants need are not built.
    func variantEntity(
        _ run: ArraySlice<Token>, keys: SentenceKeys, mayJoin: Bool, mayBeSalt: Bool
    ) -> Entity? {
        let joined = mayJoin ? Self.joinedSymbolKey(run) : nil
        if let joined {
            if let entity = lexicon.entity(exactKey: joined) ?? lexicon.entity(foldedKey: joined.lowercased()) {
                return entity
            }
        }
        // The run's first word's letter case is read here first: most words have one case, and
        // the call itself costs more than that test.
        if keys.pieces[run.startIndex].mixedCase != nil, let entity = mixedCaseGene(run, joined: joined, keys: keys) {
            return entity
        }
        guard mayBeSalt, let folded = Lexicon.keys(for: run)?.folded else { return nil }
        return acidEntity(folded: folded)
    }

    /// The run's key with every number written against the word before it, or `nil` when the run
    /// has no word followed by a number.
    static func joinedSymbolKey(_ run: ArraySlice<Token>) -> String? {
        var key = ""
        var previous: Token?
        var joinedAny = false
        for token in run {
            if token.kind == .punctuation {
                guard token.text != "/" && token.text != "'" && token.text != "\u{2019}" else { return nil }
                continue
            }
            let word = Lexicon.normalizedWord(token.text)
            if let previous, previous.kind == .word, token.kind == .number {
                key += word
                joinedAny = true
            } else {
                key += key.isEmpty ? word : " " + word
            }
            previous = token
        }
        return joinedAny ? key : nil
    }

    private func mixedCaseGene(_ run: ArraySlice<Token>, joined: String?, keys: SentenceKeys) -> Entity? {
        // Letters of both cases, at least three of them (``SentenceKeys/MixedCase``); the shape is
        // read first, as most words have none.
        guard let shape = keys.pieces[run.startIndex].mixedCase, shape.letters >= 3,
            let first = run.first(where: \.isWordLike), first.kind == .word
        else { return nil }
        let symbol: String
        if run.lazy.filter(\.isWordLike).count == 1 {
            symbol = keys.pieces[run.startIndex].exact
        } else if let joined, !joined.contains(" ") {
            symbol = joined
        } else {
            return nil
        }
        let hasDigit = symbol.unicodeScalars.contains { ("0"..."9").contains($0) }
        guard !(shape.isTitleCase && run.startIndex == 0),
            matchesRodentSymbols || !shape.isTitleCase || hasDigit,
            !CommonEnglishWords.all.contains(first.lower)
        else { return nil }
        guard let entity = lexicon.entity(exactKey: symbol.uppercased()), entity.category == .geneOrProtein else {
            return nil
        }
        return entity
    }

    private func acidEntity(folded: String) -> Entity? {
        let stem: Substring
        if folded.hasSuffix("ates") {
            stem = folded.dropLast(4)
        } else if folded.hasSuffix("ate") {
            stem = folded.dropLast(3)
        } else {
            return nil
        }
        guard Self.lastWordIsLetters(stem) else { return nil }
        guard let entity = lexicon.entity(foldedKey: stem + "ic acid"), entity.category == .chemical else {
            return nil
        }
        return entity
    }

    /// Whether the last space-separated word of `stem` (the last of `stem.split(separator: " ")`,
    /// or `stem` when that is empty) has two characters or more, all letters.
    ///
    /// Found without building the split's array; an ASCII word's characters are its bytes, so its
    /// letters are read as bytes.
    static func lastWordIsLetters(_ stem: Substring) -> Bool {
        // Trailing spaces are skipped, as the split drops empty pieces.
        var end = stem.endIndex
        while end > stem.startIndex, stem[stem.index(before: end)] == " " { end = stem.index(before: end) }
        // Nothing but spaces: the split is empty and the whole stem, no letter in it, is read.
        guard end > stem.startIndex else { return false }
        let start = stem[..<end].lastIndex(of: " ").map { stem.index(after: $0) } ?? stem.startIndex
        let word = stem[start..<end]
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.count >= 2
                && word.utf8.allSatisfy { $0 | 0x20 >= UInt8(ascii: "a") && $0 | 0x20 <= UInt8(ascii: "z") }
        }
        return word.count >= 2 && word.allSatisfy(\.isLetter)
    }
}
