import LitGraphModel

extension AbbreviationDetector {
    /// The long form of `shortForm` within `candidate`, or `nil` when the short form's letters and
    /// digits cannot all be found in order, right to left, with the first one starting a word.
    ///
    /// The long form ends where the candidate ends and starts at the beginning of the white-space
    /// word holding the short form's first character. It must be longer than the short form and
    /// must not contain it as a word.
    static func longForm(for shortForm: TextSpan, in candidate: TextSpan, scalars: [Unicode.Scalar]) -> TextSpan? {
        let form = scalars[shortForm.start..<shortForm.end]
        let firstIndex = form.startIndex
        var position = candidate.end - 1
        var index = form.endIndex - 1
        while index >= firstIndex {
            let character = lowercased(form[index])
            if !isAlphanumeric(character) {
                index -= 1
                continue
            }
            guard
                let found = lastOccurrence(
                    of: character, in: scalars, from: position, lowerBound: candidate.start,
                    atWordStart: index == firstIndex)
            else { return nil }
            position = found - 1
            index -= 1
        }
        var start = position + 1
        while start > candidate.start, !Tokenizer.isSpace(scalars[start - 1]) { start -= 1 }
        guard let longForm = trimmedToAlphanumerics(scalars, TextSpan(start: start, end: candidate.end)),
            longForm.length > shortForm.length,
            !containsWord(form, in: scalars[longForm.start..<longForm.end])
        else { return nil }
        return longForm
    }

    /// The rightmost position at or before `from` (not before `lowerBound`) where `character`
    /// occurs, as itself or, for a Greek letter, spelt out; with `atWordStart`, only where no
    /// letter or digit precedes it.
    private static func lastOccurrence(
        of character: Unicode.Scalar, in scalars: [Unicode.Scalar], from: Int, lowerBound: Int, atWordStart: Bool
    ) -> Int? {
        // Only a letter beyond ASCII can be Greek.
        let spelt = character.isASCII ? nil : Lexicon.greek[Character(character)].map { Array($0.unicodeScalars) }
        var position = from
        while position >= lowerBound {
            let startsWord = position == lowerBound || !isAlphanumeric(scalars[position - 1])
            if !atWordStart || startsWord {
                if lowercased(scalars[position]) == character { return position }
                if let spelt, spells(spelt, in: scalars, at: position, end: from + 1) { return position }
            }
            position -= 1
        }
        return nil
    }

    /// Whether `scalars` spell `name` (case-insensitively) from `position`, before `end`.
    private static func spells(_ name: [Unicode.Scalar], in scalars: [Unicode.Scalar], at position: Int, end: Int)
        -> Bool
    {
        guard position + name.count <= end else { return false }
        return name.indices.allSatisfy { lowercased(scalars[position + $0]) == name[$0] }
    }

    /// Whether `word` occurs in `text` with no letter or digit on either side.
    private static func containsWord(_ word: ArraySlice<Unicode.Scalar>, in text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.count <= text.count else { return false }
        let needle = Array(word)
        var start = text.startIndex
        while start + needle.count <= text.endIndex {
            let end = start + needle.count
            if text[start..<end].elementsEqual(needle),
                start == text.startIndex || !isAlphanumeric(text[start - 1]),
                end == text.endIndex || !isAlphanumeric(text[end])
            {
                return true
            }
            start += 1
        }
        return false
    }

    /// The scalar in lower case (its first scalar when lower-casing makes several).
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        // ASCII: only `A`–`Z` are upper case, and each maps to its small letter.
        if scalar.isASCII {
            return ("A"..."Z").contains(scalar) ? Unicode.Scalar(UInt8(scalar.value) | 0x20) : scalar
        }
        guard scalar.properties.isUppercase else { return scalar }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }
}
