import Testing

@testable import Indexing

/// The key cache of `RecordBuffer.name` (open-addressed by a literal's address): keys whose
/// addresses share a first slot are all cached and keep their own index, and a full cache
/// still gives each key its table index.
@Suite struct RecordKeyCacheTests {
  /// Distinct keys ("k0", "k1", ...) at fixed addresses: never freed, as a literal's bytes.
  static func keys(_ count: Int) -> [UnsafeBufferPointer<UInt8>] {
    (0..<count).map { number in
      let text = Array("k\(number)".utf8)
      let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: text.count)
      bytes.initialize(from: text, count: text.count)
      return UnsafeBufferPointer(start: bytes, count: text.count)
    }
  }

  /// Encodes `keys` in one record; the value bytes (the keys' varints) and the table's strings.
  static func encode(_ keys: [UnsafeBufferPointer<UInt8>], scratch: RecordEncoderScratch)
    -> (body: [UInt8], strings: Int)
  {
    var buffer = RecordBuffer(scratch: scratch)
    for key in keys { buffer.name(literal: key.baseAddress!, count: key.count) }
    let body = Array(UnsafeBufferPointer(start: buffer.body.base, count: buffer.body.count))
    let strings = buffer.strings.count
    scratch.keep(buffer)
    return (body, strings)
  }

  /// The index each key gets in a record (first-use order), as single-byte varints.
  static func expected(_ keys: [UnsafeBufferPointer<UInt8>]) -> [UInt8] {
    var first: [Int: UInt8] = [:]
    return keys.map { key in
      let address = Int(bitPattern: key.baseAddress!)
      if let index = first[address] { return index }
      let index = UInt8(first.count)
      first[address] = index
      return index
    }
  }

  @Test func keysSharingAFirstSlotAreAllCached() {
    // The scratch is not given back to the pool: the test keys stay out of the encodings'.
    let scratch = RecordEncoderScratch.take()
    let candidates = Self.keys(4_000)
    let bySlot = Dictionary(grouping: candidates) {
      RecordEncoderScratch.keySlot(Int(bitPattern: $0.baseAddress!))
    }
    let colliding = Array(bySlot.values.max { $0.count < $1.count }!.prefix(3))
    #expect(colliding.count == 3)
    let records = [
      colliding + colliding.reversed(), [colliding[2], colliding[0], colliding[2]], colliding,
    ]
    for record in records {
      let encoded = Self.encode(record, scratch: scratch)
      #expect(encoded.body == Self.expected(record))
      #expect(encoded.strings == Set(record.map(\.baseAddress)).count)
    }
    let slots = colliding.map { scratch.cachedKeySlot(Int(bitPattern: $0.baseAddress!)) }
    #expect(!slots.contains(nil))
    #expect(Set(slots).count == 3)
  }

  @Test func aFullCacheStillGivesEachKeyItsIndex() {
    let scratch = RecordEncoderScratch.take()
    let earlier = scratch.keyCount
    let keys = Self.keys(RecordEncoderScratch.keyLimit + 100)
    for round in 0..<3 {
      let chunk = 100
      for start in stride(from: 0, to: keys.count, by: chunk) {
        let part = Array(keys[start..<min(start + chunk, keys.count)])
        let record = round == 1 ? part.reversed() + part : part + part.reversed()
        let encoded = Self.encode(record, scratch: scratch)
        #expect(encoded.body == Self.expected(record))
        #expect(encoded.strings == part.count)
      }
    }
    #expect(scratch.keyCount == RecordEncoderScratch.keyLimit)
    let cached = keys.filter { scratch.cachedKeySlot(Int(bitPattern: $0.baseAddress!)) != nil }
    #expect(cached.count == RecordEncoderScratch.keyLimit - earlier)
  }
}
