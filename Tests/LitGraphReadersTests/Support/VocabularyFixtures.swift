/// Small vocabulary files written for the vocabulary reader tests (ours, not copied from anywhere).
enum VocabularyFixtures {
    /// OBO 1.4 with a header, synonyms of every scope, an obsolete term, a `[Typedef]`, a GO
    /// cellular component, OBO 1.2 `exact_synonym:` tags, comments, escapes and modifiers.
    static let obo = """
        format-version: 1.4
        data-version: hp/releases/2025-01-01
        ontology: hp
        ! a comment line

        [Term]
        id: HP:0000729
        name: Autistic behavior
        def: "Persistent deficits in social interaction!" [HPO:probinson]
        synonym: "Autism spectrum behavior" EXACT []
        synonym: "autistic behaviour" EXACT layperson [HPO:skoehler]
        synonym: "Autistic behavior" EXACT []
        synonym: "ASD-like behavior" RELATED []
        synonym: "Infantile autism" NARROW []
        synonym: "Abnormal behavior" BROAD []
        is_a: HP:0000708 ! Behavioral abnormality

        [Term]
        id: HP:0000001
        name: Obsolete thing
        synonym: "Should not appear" EXACT []
        is_obsolete: true

        [Term]
        id: GO:0005634
        name: nucleus
        namespace: cellular_component
        synonym: "cell nucleus" EXACT []

        [Term]
        id: GO:0007165
        name: signal transduction  ! the comment is dropped
        namespace: biological_process
        exact_synonym: "signaling pathway" []
        related_synonym: "signalling pathway" []
        narrow_synonym: "signaling cascade" []
        synonym: "\\"quoted\\" signal {curly}" EXACT [] {source="test"}

        [Typedef]
        id: part_of
        name: part of

        [Term]
        id: DOID:9352
        name: type 2 diabetes mellitus {comment="modifier"}
        synonym: "NIDDM" EXACT []
        synonym: "adult-onset diabetes" []

        [Term]
        id: CHEBI:7872
        name: oxytocin

        [Term]
        id: FOO:0000001
        name: custom concept

        [Term]
        id: HP:0000002
        synonym: "unnamed term" EXACT []
        """

    /// A good TSV with a comment, a blank line, CRLF endings and `|`-separated synonyms.
    static let tsv =
        "id\tname\tsynonyms\tcategory\r\n"
        + "MESH:D010121\toxytocin\tOT|Pitocin| Syntocinon |oxytocin|OT\tchemical\r\n"
        + "# a comment row\r\n"
        + "\r\n"
        + "NCBIGene:5021\tOXTR\toxytocin receptor\tgene\r\n"
        + "HP:0000739\tAnxiety\t\tphenotype\r\n"

    /// A gzip stream holding `bytes` in stored (uncompressed) deflate blocks.
    static func storedGzip(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]
        var offset = 0
        repeat {
            let length = min(0xFFFF, bytes.count - offset)
            let isLast = offset + length == bytes.count
            out.append(isLast ? 1 : 0)
            out += littleEndian(UInt32(length), count: 2) + littleEndian(UInt32(~UInt16(length)), count: 2)
            out += bytes[offset..<(offset + length)]
            offset += length
        } while offset < bytes.count
        return out + littleEndian(crc32(bytes), count: 4)
            + littleEndian(UInt32(truncatingIfNeeded: bytes.count), count: 4)
    }

    private static func littleEndian(_ value: UInt32, count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    /// CRC-32 (IEEE 802.3), as gzip's trailer needs.
    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
