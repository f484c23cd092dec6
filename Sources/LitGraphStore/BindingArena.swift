/// Memory a ``Statement`` copies bound text into, so that SQLite can bind it `SQLITE_STATIC`
/// instead of copying it into an allocation of its own per parameter per row.
///
/// Measured on the write path (callgrind, 300 abstracts): SQLite's own copies of bound text cost an
/// allocation when bound and a free when the statement halts, about 3 % of ``GraphStore/write(_:)-([DocumentVersion])``.
///
/// Use: ``reserve(_:)`` the total byte count of a row's text first, then ``copy(_:)`` each text.
/// Space is reserved before anything is copied, so no pointer handed out for the row moves while
/// the row is bound; every copy is checked against the reserved space.
final class BindingArena {
    private var storage: UnsafeMutableRawBufferPointer
    private var used = 0

    init() {
        storage = .allocate(byteCount: 1024, alignment: 1)
    }

    deinit {
        storage.deallocate()
    }

    /// Makes room for `byteCount` bytes of text and forgets earlier copies.
    ///
    /// Pointers from earlier copies are invalid afterwards: call it only before binding a new row.
    func reserve(_ byteCount: Int) {
        used = 0
        guard byteCount > storage.count else { return }
        storage.deallocate()
        storage = .allocate(byteCount: max(byteCount, storage.count * 2), alignment: 1)
    }

    /// Copies `text`'s UTF-8 bytes into the reserved space; returns where they are, valid until the
    /// next ``reserve(_:)``.
    func copy(_ text: String) -> UnsafeRawBufferPointer {
        var text = text
        return text.withUTF8 { bytes in
            precondition(used + bytes.count <= storage.count, "text beyond the reserved space")
            let target = UnsafeMutableRawBufferPointer(rebasing: storage[used..<(used + bytes.count)])
            target.copyMemory(from: UnsafeRawBufferPointer(bytes))
            used += bytes.count
            return UnsafeRawBufferPointer(target)
        }
    }
}

@available(*, unavailable)
extension BindingArena: Sendable {}
