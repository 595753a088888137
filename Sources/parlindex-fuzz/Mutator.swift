/// Byte-level mutations of seed inputs: truncation, bit flips, insertions of interesting
/// fragments (French punctuation, JSON structure, format headers), deletions, duplications and
/// splices with another seed.
struct Mutator {
  /// Fragments that steer readers into their less travelled paths.
  static let fragments: [[UInt8]] = [
    "{", "}", "[", "]", "\"", ":", ",", "null", "true", "-0", "1e999", "\\u0000", "\\ud800",
    "\u{00A0}", "\u{202F}", "\u{2019}", "\u{02BC}", "œ", "É", "\u{FEFF}", "\r\n", "\n\n",
    "# ASSEMBLÉE NATIONALE", "Question écrite n° 12 de M. Jean Dupont", "publiée dans le JO Sénat",
    "senat.fr/basile/visio.do?id=qSEQ240512345", "1er", "3,5 millions d'euros", "Réponse",
    "<p>", "</p>", "&amp;", "&#x", String(repeating: "[", count: 64),
    String(repeating: "9", count: 40), "\u{0}", "\u{FFFD}", "\u{1F600}",
  ].map { Array($0.utf8) }

  /// `seed` changed 1 to 8 times (`other` is spliced in sometimes).
  static func mutate(
    _ seed: [UInt8], other: [UInt8], using random: inout FuzzRandom
  ) -> [UInt8] {
    var bytes = seed
    for _ in 0..<(1 + random.below(8)) {
      mutateOnce(&bytes, other: other, using: &random)
    }
    return bytes
  }

  static func mutateOnce(_ bytes: inout [UInt8], other: [UInt8], using random: inout FuzzRandom) {
    let position = random.below(bytes.count + 1)
    switch random.below(9) {
    case 0: bytes = Array(bytes.prefix(position))
    case 1:
      if !bytes.isEmpty { bytes[random.below(bytes.count)] ^= UInt8(1 << random.below(8)) }
    case 2:
      if !bytes.isEmpty { bytes[random.below(bytes.count)] = UInt8(random.below(256)) }
    case 3: bytes.insert(contentsOf: random.pick(fragments), at: position)
    case 4:
      let end = min(bytes.count, position + 1 + random.below(64))
      bytes.removeSubrange(position..<end)
    case 5:
      let end = min(bytes.count, position + 1 + random.below(256))
      bytes.insert(contentsOf: bytes[position..<end], at: random.below(bytes.count + 1))
    case 6:
      let start = random.below(other.count + 1)
      let end = min(other.count, start + random.below(4096))
      bytes = Array(bytes.prefix(position)) + other[start..<end]
    case 7:
      let count = random.below(16)
      let noise = (0..<count).map { _ in UInt8(random.below(256)) }
      bytes.insert(contentsOf: noise, at: position)
    default:
      bytes = Array(bytes.dropFirst(random.below(min(bytes.count, 64) + 1)))
    }
  }
}
