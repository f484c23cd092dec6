import Foundation

extension RelationModel {
    /// The first line of the file form.
    static let magic = "litgraph-relation-model"
    /// The file form's version.
    static let version = 1

    /// Loads a model from its TSV form: `#` comments, a header line
    /// `litgraph-relation-model, 1, threshold, classes`, then one feature per line with one weight
    /// per class.
    ///
    /// - Throws: ``TrainedFileError`` for a wrong header or a malformed row.
    public init(tsv: String, source: String) throws {
        // Lines and columns are read from the bytes; a carriage return would make the lines
        // `Character`s read differently, so such a file is read the slower way, as it always was.
        var reader = RelationModelTSVReader(tsv)
        guard !reader.holdsCarriageReturn else {
            try self.init(tsvCharacters: tsv, source: source)
            return
        }
        var weights: [String: [Double]] = [:]
        // About one feature per 60 bytes (the built-in model's rows are 58 on average).
        weights.reserveCapacity(reader.bytes.count / 60)
        var threshold: Double?
        var lineNumber = 0
        while let line = reader.nextLine() {
            lineNumber += 1
            if line.isEmpty || reader.bytes[line.lowerBound] == UInt8(ascii: "#") && reader.text(line).hasPrefix("#") {
                continue
            }
            if threshold == nil {
                let columns = reader.text(line).split(separator: "\t", omittingEmptySubsequences: false)
                threshold = try Self.header(columns, source: source, line: lineNumber)
                continue
            }
            guard let (feature, values) = reader.row(line, classCount: Self.classes.count) else {
                throw TrainedFileError(
                    .relationModel,
                    source: source, line: lineNumber,
                    problem: "expected a feature and \(Self.classes.count) weights")
            }
            weights[feature] = values
        }
        guard let threshold else { throw TrainedFileError(.relationModel, source: source, problem: "missing header") }
        self.init(weights: weights, threshold: threshold)
    }

    /// Loads a model from its TSV form read as `Character`s (a file with carriage returns).
    private init(tsvCharacters tsv: String, source: String) throws {
        var weights: [String: [Double]] = [:]
        var threshold: Double?
        var lineNumber = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            if threshold == nil {
                threshold = try Self.header(columns, source: source, line: lineNumber)
                continue
            }
            let values = columns.dropFirst().compactMap { Double($0) }
            guard columns.count == Self.classes.count + 1, values.count == Self.classes.count else {
                throw TrainedFileError(
                    .relationModel,
                    source: source, line: lineNumber,
                    problem: "expected a feature and \(Self.classes.count) weights")
            }
            weights[String(columns[0])] = values
        }
        guard let threshold else { throw TrainedFileError(.relationModel, source: source, problem: "missing header") }
        self.init(weights: weights, threshold: threshold)
    }

    private static func header(_ columns: [Substring], source: String, line: Int) throws -> Double {
        let classes = Self.classes.map(\.rawValue).joined(separator: ",")
        guard columns.count == 4, columns[0] == magic, columns[1] == String(version), columns[3] == classes,
            let threshold = Double(columns[2]), (0...1).contains(threshold)
        else {
            throw TrainedFileError(
                .relationModel,
                source: source, line: line,
                problem: "missing header (\(magic), \(version), a threshold and \(classes), tab-separated)")
        }
        return threshold
    }

    /// The model in its TSV form, `comment` lines first, features sorted, weights with six
    /// decimals; byte-for-byte stable for the same model.
    public func tsv(comment: [String] = []) -> String {
        var text = comment.map { "# \($0)\n" }.joined()
        let classes = Self.classes.map(\.rawValue).joined(separator: ",")
        text += "\(Self.magic)\t\(Self.version)\t\(Self.decimal(threshold, digits: 2))\t\(classes)\n"
        for feature in weights.keys.sorted() {
            guard let row = weights[feature] else { continue }
            text += feature + "\t" + row.map { Self.decimal($0, digits: 6) }.joined(separator: "\t") + "\n"
        }
        return text
    }

    /// `value` with a fixed number of decimals and no negative zero.
    static func decimal(_ value: Double, digits: Int) -> String {
        let text = String(format: "%.\(digits)f", value)
        return Double(text) == 0 ? String(format: "%.\(digits)f", 0.0) : text
    }
}

extension RelationModel {
    /// Loads a model file; `none` is the empty model (rules only).
    ///
    /// - Throws: ``TrainedFileError`` when the file cannot be read or is malformed.
    public static func load(_ path: String) throws -> RelationModel {
        if path == "none" { return .empty }
        let text: String
        do {
            text = try String(contentsOf: URL(filePath: path), encoding: .utf8)
        } catch {
            throw TrainedFileError(
                .relationModel, source: path, problem: "cannot be read (\(error.localizedDescription))")
        }
        return try RelationModel(tsv: text, source: path)
    }
}
