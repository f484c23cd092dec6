/// The entity pairs of a document in the order they are first listed, each with its
/// co-occurrences in order: the bookkeeping of ``PairCandidates/forEachCandidate(_:_:)``.
///
/// Entities are numbered from 0, so while there are few a pair's place is read from a square
/// table indexed by the two numbers, not found by hashing the pair's key as a `Set` and a
/// `Dictionary` did; beyond ``denseLimit`` entities the table would grow too large and a
/// dictionary is used.
struct PairTable<Item> {
    /// The most entities the square table is used for.
    static var denseLimit: Int { 128 }

    /// The pairs, in the order first listed, as they were first given.
    private(set) var pairs: [(Int, Int)] = []
    /// Each pair's items, in the order added.
    private(set) var items: [[Item]] = []
    private let entityCount: Int
    /// For each pair key (smaller number × count + larger), the pair's position in ``pairs`` or −1.
    private var dense: [Int32]
    private var sparse: [Int: Int] = [:]

    /// An empty table for entities numbered below `entityCount`; `dense` says whether to use the
    /// square table (by default when there are at most ``denseLimit`` entities).
    init(entityCount: Int, dense: Bool? = nil) {
        self.entityCount = entityCount
        let usesDense = dense ?? (entityCount <= Self.denseLimit)
        self.dense = usesDense ? [Int32](repeating: -1, count: entityCount * entityCount) : []
    }

    /// Lists the pair (when it is not yet listed) and returns its position in ``pairs``.
    @discardableResult
    mutating func list(_ one: Int, _ other: Int) -> Int {
        let key = min(one, other) * entityCount + max(one, other)
        if !dense.isEmpty {
            let known = Int(dense[key])
            if known >= 0 { return known }
            dense[key] = Int32(pairs.count)
        } else {
            if let known = sparse[key] { return known }
            sparse[key] = pairs.count
        }
        pairs.append((one, other))
        items.append([])
        return pairs.count - 1
    }

    /// Lists the pair and adds `item` to its items.
    mutating func add(_ item: Item, to one: Int, _ other: Int) {
        let position = list(one, other)
        items[position].append(item)
    }
}
