public import LitGraphModel

extension GraphStore {
    /// The stored sentence `index` of document `documentID`, with its span in the document's text;
    /// `nil` when there is no such sentence.
    public func sentence(documentID: String, index: Int) throws -> Sentence? {
        try mappingLockErrors {
            try connection.cachedStatement(
                #"SELECT idx, start, "end", text FROM sentences WHERE document_id = ? AND idx = ?"#
            ).rows([.text(documentID), .int(index)]) { row in
                let (start, end) = (row.int(at: 1), row.int(at: 2))
                guard end >= start else {
                    throw StoreError.unreadableValue(path: path, column: "sentences span", value: "\(start)..<\(end)")
                }
                return Sentence(index: row.int(at: 0), span: TextSpan(start: start, end: end), text: row.text(at: 3))
            }.first
        }
    }
}
