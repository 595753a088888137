/// A small DEFLATE decoder (RFC 1951: stored, fixed and dynamic Huffman blocks), enough to read
/// the pixels of a PNG screenshot without a library. After Mark Adler's `puff.c`.
struct ReportInflate {
  enum Failure: Error { case truncated, badBlock, badCode, badDistance, badLengths }

  /// The canonical Huffman code of a list of code lengths.
  struct Huffman {
    var counts = [Int](repeating: 0, count: 16)
    var symbols: [Int]

    init(lengths: ArraySlice<Int>) {
      symbols = [Int](repeating: 0, count: lengths.count)
      for length in lengths { counts[length] += 1 }
      var offsets = [Int](repeating: 0, count: 16)
      for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
      for (symbol, length) in lengths.enumerated() where length != 0 {
        symbols[offsets[length]] = symbol
        offsets[length] += 1
      }
    }
  }

  static let lengthBase = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
    131, 163, 195, 227, 258,
  ]
  static let lengthExtra = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  static let distanceBase = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
  ]
  static let distanceExtra = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
  ]
  static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

  let input: [UInt8]
  var position = 0
  var bitBuffer = 0
  var bitCount = 0
  var output: [UInt8] = []

  /// The bytes a raw DEFLATE stream (no zlib header) decodes to.
  static func inflate(_ input: [UInt8], expectedSize: Int = 0) throws -> [UInt8] {
    var inflater = ReportInflate(input: input)
    inflater.output.reserveCapacity(expectedSize)
    var last = 0
    repeat {
      last = try inflater.bits(1)
      switch try inflater.bits(2) {
      case 0: try inflater.stored()
      case 1: try inflater.fixed()
      case 2: try inflater.dynamic()
      default: throw Failure.badBlock
      }
    } while last == 0
    return inflater.output
  }

  mutating func bits(_ need: Int) throws -> Int {
    var value = bitBuffer
    while bitCount < need {
      guard position < input.count else { throw Failure.truncated }
      value |= Int(input[position]) << bitCount
      position += 1
      bitCount += 8
    }
    bitBuffer = value >> need
    bitCount -= need
    return value & ((1 << need) - 1)
  }

  mutating func stored() throws {
    bitBuffer = 0
    bitCount = 0
    guard position + 4 <= input.count else { throw Failure.truncated }
    let length = Int(input[position]) | Int(input[position + 1]) << 8
    position += 4
    guard position + length <= input.count else { throw Failure.truncated }
    output += input[position..<(position + length)]
    position += length
  }

  mutating func decode(_ code: Huffman) throws -> Int {
    var value = 0
    var first = 0
    var index = 0
    for length in 1...15 {
      value |= try bits(1)
      let count = code.counts[length]
      if value - count < first { return code.symbols[index + value - first] }
      index += count
      first = (first + count) << 1
      value <<= 1
    }
    throw Failure.badCode
  }

  mutating func codes(_ lengths: Huffman, _ distances: Huffman) throws {
    while true {
      var symbol = try decode(lengths)
      if symbol < 256 {
        output.append(UInt8(symbol))
        continue
      }
      if symbol == 256 { return }
      symbol -= 257
      guard symbol < 29 else { throw Failure.badCode }
      let length = Self.lengthBase[symbol] + (try bits(Self.lengthExtra[symbol]))
      let distanceSymbol = try decode(distances)
      guard distanceSymbol < 30 else { throw Failure.badDistance }
      let distance =
        Self.distanceBase[distanceSymbol] + (try bits(Self.distanceExtra[distanceSymbol]))
      guard distance <= output.count else { throw Failure.badDistance }
      let start = output.count - distance
      for offset in 0..<length { output.append(output[start + offset]) }
    }
  }

  mutating func fixed() throws {
    var lengths = [Int](repeating: 8, count: 288)
    for symbol in 144..<256 { lengths[symbol] = 9 }
    for symbol in 256..<280 { lengths[symbol] = 7 }
    try codes(
      Huffman(lengths: lengths[...]), Huffman(lengths: [Int](repeating: 5, count: 30)[...]))
  }

  mutating func dynamic() throws {
    let literalCount = try bits(5) + 257
    let distanceCount = try bits(5) + 1
    let codeCount = try bits(4) + 4
    var codeLengths = [Int](repeating: 0, count: 19)
    for index in 0..<codeCount { codeLengths[Self.codeLengthOrder[index]] = try bits(3) }
    let lengthCode = Huffman(lengths: codeLengths[...])
    var lengths: [Int] = []
    while lengths.count < literalCount + distanceCount {
      let symbol = try decode(lengthCode)
      switch symbol {
      case 0..<16: lengths.append(symbol)
      case 16:
        guard let previous = lengths.last else { throw Failure.badLengths }
        lengths += [Int](repeating: previous, count: 3 + (try bits(2)))
      case 17: lengths += [Int](repeating: 0, count: 3 + (try bits(3)))
      default: lengths += [Int](repeating: 0, count: 11 + (try bits(7)))
      }
    }
    guard lengths.count == literalCount + distanceCount else { throw Failure.badLengths }
    try codes(
      Huffman(lengths: lengths[..<literalCount]), Huffman(lengths: lengths[literalCount...]))
  }
}
