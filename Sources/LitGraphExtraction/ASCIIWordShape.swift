/// What one pass over an ASCII word's bytes tells about its letters.
struct ASCIIWordShape: Equatable {
    /// How its letters are written, when it has letters of both cases (``SentenceKeys/MixedCase``).
    private(set) var mixedCase: SentenceKeys.MixedCase?
    /// Whether ``Lexicon/foldedWord(_:)`` may change the word lower-cased (``Lexicon/mayFold(_:)``
    /// of its lower-cased bytes).
    private(set) var mayFold = false
    /// The last bytes of the word lower-cased.
    private(set) var tail = WordTail()

    /// The last byte of the word lower-cased (0 for an empty word).
    var lastByte: UInt8 { UInt8(truncatingIfNeeded: tail.bytes) }

    /// The shape of `text`, or `nil` when it is not all ASCII.
    init?(_ text: String) {
        // A native string's bytes are read from its buffer; any other string through its view.
        guard let shape = text.utf8.withContiguousStorageIfAvailable(Self.init) ?? Self(text.utf8) else { return nil }
        self = shape
    }

    private init?(_ bytes: some Sequence<UInt8>) {
        var reader = Reader()
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            reader.read(byte)
        }
        self = reader.shape
    }

    private init(mixedCase: SentenceKeys.MixedCase?, mayFold: Bool, tail: WordTail) {
        self.mixedCase = mixedCase
        self.mayFold = mayFold
        self.tail = tail
    }

    /// Reads a word's ASCII bytes one at a time, so that a pass made for another purpose (the
    /// ``Tokenizer``'s) gives the shape without reading the word again.
    struct Reader {
        private var letters = 0
        private var upper = false
        private var lower = false
        private var laterCapital = false
        // ``Lexicon/mayFold(_:)`` read on the lower-cased bytes: `ae` or `oe`, or a suffix.
        private var previous: UInt8 = 0
        private var pairs = false
        private var tail = WordTail()

        /// Reads the next byte of the word, which must be ASCII (below 0x80).
        mutating func read(_ byte: UInt8) {
            var small = byte
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                upper = true
                if letters > 0 { laterCapital = true }
                letters += 1
                small = byte | 0x20
            } else if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
                lower = true
                letters += 1
            }
            if small == UInt8(ascii: "e"), previous == UInt8(ascii: "a") || previous == UInt8(ascii: "o") {
                pairs = true
            }
            previous = small
            tail.append(small)
        }

        /// The shape of the bytes read.
        var shape: ASCIIWordShape {
            ASCIIWordShape(
                mixedCase: upper && lower ? SentenceKeys.MixedCase(letters: letters, isTitleCase: !laterCapital) : nil,
                mayFold: pairs || Lexicon.endsInFoldedSuffix(tail), tail: tail)
        }
    }
}
