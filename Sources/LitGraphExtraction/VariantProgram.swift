/// A ``VariantPattern`` compiled to a flat list of steps, matched by a backtracking loop over a
/// text's scalars: the hand-written replacement of the Swift `Regex` the notations were once
/// matched with, finding exactly what it found (the tests pin each notation against that regex).
///
/// Compiling takes microseconds and matching allocates nothing once the buffers of a
/// ``VariantProgram/Matcher`` have grown, so one program serves every thread.
struct VariantProgram: Sendable {
    /// One step.
    enum Instruction: Sendable {
        /// Read one scalar of the class, or fail.
        case scalar(ScalarClass)
        /// Go on at the first target; should that fail, come back and go on at the second.
        case split(Int, Int)
        /// Go on at the target.
        case jump(Int)
        /// Record the position in a capture slot (two per group: start, end).
        case save(Int)
        /// Fail when the next scalar is in the class.
        case notFollowedBy(ScalarClass)
        /// The match ends here.
        case accept
    }

    /// The steps; matching starts at the first.
    let instructions: [Instruction]
    /// The scalars a match may start with.
    let firstScalars: ScalarClass
    /// Whether a match may be empty (then every position is a candidate start).
    let mayBeEmpty: Bool

    /// The program of `pattern`.
    init(_ pattern: VariantPattern) {
        var instructions: [Instruction] = []
        Self.emit(pattern, into: &instructions)
        instructions.append(.accept)
        self.instructions = instructions
        (firstScalars, mayBeEmpty) = pattern.first
    }

    /// Whether the step at `step` reads a scalar that the one at `position` is not (or the text has
    /// ended), so that going on there fails at once.
    @inline(__always)
    func failsAtOnce(_ step: Int, in scalars: [Unicode.Scalar], at position: Int, bounds: Range<Int>) -> Bool {
        guard case .scalar(let accepted) = instructions[step] else { return false }
        return position >= bounds.upperBound || !accepted.contains(scalars[position])
    }

    /// The capture slots a program fills: a start and an end for every ``VariantCapture``.
    static let slotCount = 2 * VariantCapture.allCases.count

    private static func emit(_ pattern: VariantPattern, into code: inout [Instruction]) {
        switch pattern {
        case .scalar(let scalars): code.append(.scalar(scalars))
        case .literal(let text):
            for scalar in text.unicodeScalars { code.append(.scalar(ScalarClass(String(scalar)))) }
        case .sequence(let parts):
            for part in parts { emit(part, into: &code) }
        case .choice(let options):
            var exits: [Int] = []
            for (index, option) in options.enumerated() {
                guard index < options.count - 1 else {
                    emit(option, into: &code)
                    break
                }
                let split = code.count
                code.append(.split(split + 1, 0))
                emit(option, into: &code)
                exits.append(code.count)
                code.append(.jump(0))
                code[split] = .split(split + 1, code.count)
            }
            for exit in exits { code[exit] = .jump(code.count) }
        case .optional(let inner):
            let split = code.count
            code.append(.split(split + 1, 0))
            emit(inner, into: &code)
            code[split] = .split(split + 1, code.count)
        case .zeroOrMore(let inner):
            let split = code.count
            code.append(.split(split + 1, 0))
            emit(inner, into: &code)
            code.append(.jump(split))
            code[split] = .split(split + 1, code.count)
        case .capture(let group, let inner):
            code.append(.save(2 * group.index))
            emit(inner, into: &code)
            code.append(.save(2 * group.index + 1))
        case .notFollowedBy(let scalars): code.append(.notFollowedBy(scalars))
        }
    }
}

extension VariantProgram {
    /// The reusable state of matching: capture slots and the backtracking stack.
    struct Matcher {
        /// Each group's start and end after the last successful ``match(_:in:from:)``; −1 when
        /// the group took no part.
        private(set) var slots = [Int](repeating: -1, count: VariantProgram.slotCount)
        /// Pairs of integers: a step and a position to go back to, or (−1 − slot, value) to restore
        /// a capture slot on the way back.
        private var stack: [Int] = []

        /// The range of `group` in the last match, if it took part.
        func range(of group: VariantCapture) -> Range<Int>? {
            let start = slots[2 * group.index]
            let end = slots[2 * group.index + 1]
            return start >= 0 && end >= start ? start..<end : nil
        }

        /// Where a match of `program` starting at `start` ends, reading no further than `bounds`,
        /// or `nil` when none starts there.
        mutating func match(
            _ program: VariantProgram, in scalars: [Unicode.Scalar], from start: Int, bounds: Range<Int>
        ) -> Int? {
            for index in slots.indices { slots[index] = -1 }
            stack.removeAll(keepingCapacity: true)
            var step = 0
            var position = start
            while true {
                var failed = false
                switch program.instructions[step] {
                case .scalar(let accepted):
                    if position < bounds.upperBound, accepted.contains(scalars[position]) {
                        position += 1
                        step += 1
                    } else {
                        failed = true
                    }
                case .split(let first, let second):
                    // A branch that would fail on its first scalar is skipped without being tried:
                    // it changes nothing before failing, so the outcome is the same.
                    if program.failsAtOnce(first, in: scalars, at: position, bounds: bounds) {
                        step = second
                    } else {
                        if !program.failsAtOnce(second, in: scalars, at: position, bounds: bounds) {
                            stack.append(second)
                            stack.append(position)
                        }
                        step = first
                    }
                case .jump(let target): step = target
                case .save(let slot):
                    stack.append(-1 - slot)
                    stack.append(slots[slot])
                    slots[slot] = position
                    step += 1
                case .notFollowedBy(let refused):
                    if position < bounds.upperBound, refused.contains(scalars[position]) {
                        failed = true
                    } else {
                        step += 1
                    }
                case .accept: return position
                }
                guard failed else { continue }
                guard let resumed = backtrack() else { return nil }
                (step, position) = resumed
            }
        }

        /// Unwinds the stack to the last choice left open, restoring the capture slots set since;
        /// `nil` when none is left.
        private mutating func backtrack() -> (step: Int, position: Int)? {
            while let value = stack.popLast(), let tag = stack.popLast() {
                if tag >= 0 { return (tag, value) }
                slots[-1 - tag] = value
            }
            return nil
        }
    }
}

extension VariantProgram {
    /// Calls `body` with every match in `scalars[bounds]`, left to right.
    ///
    /// The matches are those `String.matches(of:)` finds: the search starts at every position a
    /// match may start at, and after a match where it ended. `body` reads the match's groups from
    /// the matcher.
    func forEachMatch(
        in scalars: [Unicode.Scalar], bounds: Range<Int>, matcher: inout Matcher,
        _ body: (Range<Int>, Matcher) -> Void
    ) {
        var start = bounds.lowerBound
        while start < bounds.upperBound {
            guard mayBeEmpty || firstScalars.contains(scalars[start]),
                let end = matcher.match(self, in: scalars, from: start, bounds: bounds)
            else {
                start += 1
                continue
            }
            body(start..<end, matcher)
            start = max(end, start + 1)
        }
    }
}
