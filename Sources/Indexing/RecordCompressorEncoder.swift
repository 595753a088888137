/// The compressing side of `RecordCompressor`: a greedy parse that looks up each position's next
/// four bytes in a hash table with chains (a few candidates each), the longest match wins.
struct RecordCompressorEncoder {
  static let minimumMatch = 4
  static let hashBits = 13
  /// Candidates tried per position: more finds longer matches, slower.
  static let chainDepth = 8

  private let source: UnsafeBufferPointer<UInt8>
  private let start: Int
  private var head: [Int32]
  private var chain: [Int32]

  /// `source` is the dictionary followed by the encoding, which begins at `start`.
  init(source: UnsafeBufferPointer<UInt8>, start: Int) {
    self.source = source
    self.start = start
    head = [Int32](repeating: -1, count: 1 << RecordCompressorEncoder.hashBits)
    chain = [Int32](repeating: -1, count: source.count)
  }

  static func varint(_ value: Int, into output: inout [UInt8]) {
    var rest = UInt64(value)
    while rest >= 0x80 {
      output.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    output.append(UInt8(rest))
  }

  private func hash(_ position: Int) -> Int {
    let base = source.baseAddress! + position
    let word =
      UInt32(base[0]) | UInt32(base[1]) << 8 | UInt32(base[2]) << 16 | UInt32(base[3]) << 24
    return Int((word &* 2_654_435_761) >> (32 - UInt32(RecordCompressorEncoder.hashBits)))
  }

  private mutating func insert(_ position: Int) {
    let slot = hash(position)
    chain[position] = head[slot]
    head[slot] = Int32(position)
  }

  /// The longest earlier match of the bytes at `position`: its length and distance back.
  private func longestMatch(at position: Int) -> (length: Int, distance: Int) {
    let end = source.count
    let base = source.baseAddress!
    var best = (length: 0, distance: 0)
    var candidate = Int(head[hash(position)])
    var tries = RecordCompressorEncoder.chainDepth
    while candidate >= 0, tries > 0 {
      tries -= 1
      if position + best.length >= end { break }
      if base[candidate + best.length] == base[position + best.length] {
        var length = 0
        while position + length < end, base[candidate + length] == base[position + length] {
          length += 1
        }
        if length > best.length { best = (length, position - candidate) }
      }
      candidate = Int(chain[candidate])
    }
    return best
  }

  /// Writes the sequences of the encoding (the part of `source` from `start`) to `output`.
  mutating func encode(into output: inout [UInt8]) {
    let end = source.count
    let lastHashed = end - RecordCompressorEncoder.minimumMatch
    var position = 0
    while position < start, position <= lastHashed {
      insert(position)
      position += 1
    }
    position = start
    var anchor = start
    while position <= lastHashed {
      let match = longestMatch(at: position)
      guard match.length >= RecordCompressorEncoder.minimumMatch else {
        insert(position)
        position += 1
        continue
      }
      sequence(literals: anchor..<position, match: match, into: &output)
      let next = position + match.length
      while position < next {
        if position <= lastHashed { insert(position) }
        position += 1
      }
      anchor = next
    }
    if anchor < end { sequence(literals: anchor..<end, match: nil, into: &output) }
  }

  private func sequence(
    literals: Range<Int>, match: (length: Int, distance: Int)?, into output: inout [UInt8]
  ) {
    let extra =
      (match?.length ?? RecordCompressorEncoder.minimumMatch)
      - RecordCompressorEncoder.minimumMatch
    output.append(UInt8(min(literals.count, 15) << 4 | min(extra, 15)))
    if literals.count >= 15 { RecordCompressorEncoder.varint(literals.count - 15, into: &output) }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: source[literals]))
    guard let match else { return }
    RecordCompressorEncoder.varint(match.distance, into: &output)
    if extra >= 15 { RecordCompressorEncoder.varint(extra - 15, into: &output) }
  }
}
