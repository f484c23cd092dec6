extension String {
    /// The string with every run of white space (line breaks included) turned into one space,
    /// and no white space at either end.
    var collapsingWhitespace: String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace {
                output.append(" ")
                pendingSpace = false
            }
            output.append(scalar)
        }
        return String(output)
    }
}
