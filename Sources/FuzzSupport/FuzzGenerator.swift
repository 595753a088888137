/// SplitMix64 and a few byte mutations, shared by the seeded fuzz tests of several test targets
/// (the `parlindex-fuzz` harness has the full set).
public struct FuzzGenerator: RandomNumberGenerator {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  public mutating func below(_ bound: Int) -> Int {
    bound <= 0 ? 0 : Int.random(in: 0..<bound, using: &self)
  }

  public static let fragments: [[UInt8]] = [
    "{", "}", "[", "]", "\"", ":", ",", "null", "1e999", "\\u0000", "\u{00A0}", "\u{2019}", "œ",
    "\r\n", "\n\n", "# ASSEMBLÉE NATIONALE", "publiée dans le JO Sénat", "<p>", "&#x", "\u{0}",
    String(repeating: "[", count: 64), String(repeating: "9", count: 40),
  ].map { Array($0.utf8) }

  /// `bytes` changed 1 to 6 times: truncated, bit flipped, fragment inserted, range deleted or
  /// duplicated.
  public mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
    var bytes = bytes
    for _ in 0..<(1 + below(6)) {
      let position = below(bytes.count + 1)
      switch below(5) {
      case 0: bytes = Array(bytes.prefix(position))
      case 1: if !bytes.isEmpty { bytes[below(bytes.count)] ^= UInt8(1 << below(8)) }
      case 2: bytes.insert(contentsOf: Self.fragments[below(Self.fragments.count)], at: position)
      case 3: bytes.removeSubrange(position..<min(bytes.count, position + 1 + below(64)))
      default:
        let end = min(bytes.count, position + 1 + below(256))
        bytes.insert(contentsOf: bytes[position..<end], at: below(bytes.count + 1))
      }
    }
    return bytes
  }
}
