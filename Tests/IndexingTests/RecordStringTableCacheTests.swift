import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// The string table's cache of recent strings (keyed by a string value's two words: a small
/// string's bytes, a large one's storage, held by the caller until the record ends) gives the
/// index that the bytes give: the same indexes and table bytes as lookups that skip the cache,
/// over seeded random sequences of small, large, literal, copied and rebuilt strings, across
/// many records (strings of an earlier record may have been freed since).
@Suite struct RecordStringTableCacheTests {
  static let pieces = [
    "amount", "date", "€", "EUR", "millions d’euros", "l’État", "1er avril 2024",
    "Le Ségur prévoit 183 € net par mois pour 700 000 salariés depuis le 1er avril 2024.",
    "an/16/QE-1234.json", "œuvre", "12,5", "", "a", "exactement15oct", "exactement16octs",
    "Madame la ministre, près de deux salariés sur trois attendent la prime\u{00A0}!",
  ]

  /// A random string: a literal, a copy, a rebuilt string (same bytes, new storage), a
  /// concatenation or random bytes.
  static func string(_ random: inout FuzzGenerator) -> String {
    let piece = pieces[random.below(pieces.count)]
    switch random.below(5) {
    case 0: return piece
    case 1: return String(decoding: Array(piece.utf8), as: UTF8.self)
    case 2: return piece + pieces[random.below(pieces.count)]
    case 3:
      let count = random.below(40)
      return String(decoding: (0..<count).map { _ in UInt8(97 + random.below(4)) }, as: UTF8.self)
    default: return String(piece.prefix(random.below(30)))
    }
  }

  @Test(arguments: [UInt64(1), 2, 3, 4])
  func cachedIndexesAreTheBytesIndexes(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    var cached = RecordStringTable()
    var plain = RecordStringTable()
    defer {
      cached.deallocate()
      plain.deallocate()
    }
    var kept: [String] = []
    for _ in 0..<60 {
      cached.reset()
      plain.reset()
      // The strings looked up in this record, alive until it ends (`index(ofHeld:)`).
      var held: [String] = []
      for _ in 0..<(1 + random.below(400)) {
        // Reuse a string value seen before (same storage) as often as a new one.
        let string: String
        if !kept.isEmpty, random.below(2) == 0 {
          string = kept[random.below(kept.count)]
        } else {
          string = Self.string(&random)
          if kept.count < 200 { kept.append(string) } else { kept[random.below(200)] = string }
        }
        held.append(string)
        #expect(cached.index(ofHeld: string) == plain.uncachedIndex(of: string))
        held.withUnsafeBufferPointer { strings in
          let field = strings.baseAddress! + strings.count - 1
          #expect(cached.index(ofHeldAt: field) == plain.uncachedIndex(of: string))
        }
      }
      #expect(cached.count == plain.count)
      #expect(
        Array(UnsafeBufferPointer(start: cached.bytes.base, count: cached.bytes.count))
          == Array(UnsafeBufferPointer(start: plain.bytes.base, count: plain.bytes.count)))
      if random.below(8) == 0 { kept.removeAll() }
    }
  }
}
