/// Numbers for entity identifiers, 0, 1, 2… in the order they are first added.
///
/// A document has a handful of candidate entities: while there are few, an identifier is found by
/// comparing it with each (most identifiers are small strings, compared in registers); beyond
/// ``scanLimit``, by a dictionary, which then holds them all. Either way the numbers are the same.
struct EntityNumbers {
    /// The most identifiers found by a scan.
    static let scanLimit = 32

    /// The identifiers, by number.
    private var identifiers: [String] = []
    /// The numbers by identifier, once there are more than ``scanLimit``; empty before.
    private var byIdentifier: [String: Int] = [:]

    /// The number of `identifier`, if it has one.
    func number(of identifier: String) -> Int? {
        identifiers.count <= Self.scanLimit ? identifiers.firstIndex(of: identifier) : byIdentifier[identifier]
    }

    /// Gives `identifier` the next number; it must have none yet.
    mutating func add(_ identifier: String) {
        identifiers.append(identifier)
        if identifiers.count == Self.scanLimit + 1 {
            for (number, known) in identifiers.enumerated() { byIdentifier[known] = number }
        } else if identifiers.count > Self.scanLimit + 1 {
            byIdentifier[identifier] = identifiers.count - 1
        }
    }
}
