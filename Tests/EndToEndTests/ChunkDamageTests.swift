import Foundation
import Testing

/// `.terms` and `.docs` are checked chunk by chunk when first read, not whole at open: a byte
/// flipped anywhere in them (content, chunk table, footer) still gives, for searches, filters
/// and `show`, either exactly the undamaged answer or exit 1 naming the file, never another
/// answer nor a crash.
@Suite struct ChunkDamageTests {
  static let commands = [
    ["search", "prime ségur", "--json"], ["search", "département", "--json"],
    ["search", "prime", "--chamber", "senat", "--from", "2024", "--json"],
    ["search", "prime", "--chamber", "assemblee", "--json"], ["show", "AN-17-QE-3175", "--json"],
  ]

  /// About `samples` offsets spread over a file of `size` bytes, plus its last 40 bytes.
  static func offsets(size: Int, samples: Int) -> [Int] {
    let step = max(1, size / samples)
    let spread = stride(from: 0, to: size, by: step).map { $0 + ($0 / step) % 7 }
    return Array(Set(spread + Array(max(0, size - 40)..<size))).filter { $0 < size }.sorted()
  }

  @Test(arguments: ["docs", "terms"])
  func flippedByteIsDetectedOrHarmless(suffix: String) throws {
    let (root, index) = try RobustRunner.copyOfPristine()
    defer { try? FileManager.default.removeItem(at: root) }
    let name = try DamageTests.segmentName(suffix)
    let url = index.appendingPathComponent(name)
    let original = try Data(contentsOf: url)
    let run = { (arguments: [String]) in try BinaryRunner.run(arguments + ["--index", index.path]) }
    let reference = try Self.commands.map { try run($0) }
    #expect(reference.allSatisfy { $0.status == 0 })
    var detected = 0
    for offset in Self.offsets(size: original.count, samples: 40) {
      var damaged = original
      damaged[damaged.startIndex + offset] ^= 0x40
      try damaged.write(to: url)
      for (arguments, expected) in zip(Self.commands, reference) {
        let result = try run(arguments)
        #expect(!result.stderr.contains("Fatal error"), "\(arguments) at \(offset) crashed")
        if result.status == 1, result.stderr.contains(name) {
          detected += 1
        } else {
          #expect(result.status == 0, "\(arguments), byte \(offset): \(result.stderr)")
          #expect(result.stdout == expected.stdout, "\(arguments): byte \(offset) changed it")
        }
      }
    }
    try original.write(to: url)
    #expect(detected > 0)
  }
}
