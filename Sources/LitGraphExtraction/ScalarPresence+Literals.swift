extension ScalarPresence {
    /// Whether every scalar and every pair of adjacent scalars `other` holds occurs here too.
    ///
    /// For an ASCII word's presence this is ``containsAll(_:)``: the word's presence holds
    /// exactly its bytes and the pairs of its adjacent bytes.
    func includes(_ other: ScalarPresence) -> Bool {
        low & other.low == other.low && high & other.high == other.high
            && pairs.0 & other.pairs.0 == other.pairs.0 && pairs.1 & other.pairs.1 == other.pairs.1
            && pairs.2 & other.pairs.2 == other.pairs.2 && pairs.3 & other.pairs.3 == other.pairs.3
    }

    /// The presences of the literals ``allows(_:)`` asks for.
    enum Literal {
        static let at = ScalarPresence(" at ")
        static let `in` = ScalarPresence(" in ")
        static let aPlus = ScalarPresence("A+")
        static let aMinus = ScalarPresence("A-")
        static let cPlus = ScalarPresence("C+")
        static let cMinus = ScalarPresence("C-")
        static let gPlus = ScalarPresence("G+")
        static let gMinus = ScalarPresence("G-")
        static let tPlus = ScalarPresence("T+")
        static let tMinus = ScalarPresence("T-")
        static let acid = ScalarPresence("acid")
        static let ate = ScalarPresence("ate")
        static let cDot = ScalarPresence("c.")
        static let del = ScalarPresence("del")
        static let deletion = ScalarPresence("deletion")
        static let dup = ScalarPresence("dup")
        static let elta = ScalarPresence("elta")
        static let fs = ScalarPresence("fs")
        static let gDot = ScalarPresence("g.")
        static let ine = ScalarPresence("ine")
        static let ins = ScalarPresence("ins")
        static let insertion = ScalarPresence("insertion")
        static let pDot = ScalarPresence("p.")
        static let phan = ScalarPresence("phan")
        static let rs = ScalarPresence("rs")
    }

    /// The presence of an ASCII word.
    init(_ word: StaticString) {
        self.init(Array(word.description.unicodeScalars)[...])
    }
}
