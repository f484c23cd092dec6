import LitGraphModel

extension EdgeFilter {
    /// The SQL condition over `evidence e` selecting the evidence rows this filter keeps, with its
    /// values appended to `values`; its parameters are numbered after those already in `values`.
    func evidenceCondition(binding values: inout [SQLiteValue]) -> String {
        var parts: [String] = []
        if excludesHedged { parts.append("e.hedged = 0") }
        if onlyHedged { parts.append("e.hedged = 1") }
        if excludesNegated { parts.append("e.negated = 0") }
        if onlyNegated { parts.append("e.negated = 1") }
        if earliestYear != nil || latestYear != nil {
            let earliest = Self.parameter(.int(earliestYear), in: &values)
            let latest = Self.parameter(.int(latestYear), in: &values)
            parts.append(
                """
                EXISTS (SELECT 1 FROM documents dy WHERE dy.id = e.document_id AND dy.year IS NOT NULL \
                AND (\(earliest) IS NULL OR dy.year >= \(earliest)) AND (\(latest) IS NULL OR dy.year <= \(latest)))
                """)
        }
        return parts.isEmpty ? "1" : parts.joined(separator: " AND ")
    }

    /// The SQL condition over `relations r` with subject `s` and object `o` selecting the edges
    /// whose polarity and partner category this filter keeps, with its values appended to `values`.
    ///
    /// - Parameter focus: the entity queried, whose partner is the other end; `nil` checks both ends.
    func relationCondition(focus: String?, binding values: inout [SQLiteValue]) -> String {
        var parts: [String] = []
        if !polarities.isEmpty {
            let list = polarities.sorted().map { Self.parameter(.text($0.rawValue), in: &values) }
            parts.append("r.polarity IN (\(list.joined(separator: ", ")))")
        }
        if !partnerCategories.isEmpty {
            let list = partnerCategories.map(\.rawValue).sorted().map { Self.parameter(.text($0), in: &values) }
                .joined(separator: ", ")
            if let focus {
                let entity = Self.parameter(.text(focus), in: &values)
                parts.append("(CASE WHEN r.subject_id = \(entity) THEN o.category ELSE s.category END) IN (\(list))")
            } else {
                parts.append("(s.category IN (\(list)) OR o.category IN (\(list)))")
            }
        }
        return parts.isEmpty ? "1" : parts.joined(separator: " AND ")
    }

    /// Appends `value` to `values` and returns its numbered parameter, such as `?3`.
    private static func parameter(_ value: SQLiteValue, in values: inout [SQLiteValue]) -> String {
        values.append(value)
        return "?\(values.count)"
    }
}
