extension String {
    /// The form entity names are matched in: lowercased, runs of white space collapsed to one
    /// space, no leading or trailing white space.
    var normalizedEntityName: String {
        lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
