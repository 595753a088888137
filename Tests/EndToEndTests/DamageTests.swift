import Foundation
import Testing

/// A damaged index is never read silently: `verify` and the reading commands name the damaged
/// file and exit 1 (run through the built binary, on copies of a small index).
@Suite struct DamageTests {
  /// One way of damaging a file.
  enum Damage: CaseIterable, Sendable {
    case emptied, halved, shortByOne, extended, headerFlipped, middleFlipped
    case footerMagicFlipped, footerChecksumFlipped

    /// Whether the readers see it without reading the whole file (sizes and footers only;
    /// payload bytes are checked by `verify`, and by the readers per block or record).
    var seenOnOpen: Bool { self != .headerFlipped && self != .middleFlipped }

    func apply(to url: URL) throws {
      var data = try Data(contentsOf: url)
      switch self {
      case .emptied: data = Data()
      case .halved: data = data.prefix(data.count / 2)
      case .shortByOne: data = data.dropLast()
      case .extended: data.append(contentsOf: [0, 0, 0, 0, 0, 0, 0])
      case .headerFlipped: data[0] ^= 0x40
      case .middleFlipped: data[data.count / 2] ^= 0x40
      case .footerMagicFlipped: data[data.count - 20] ^= 0x40
      case .footerChecksumFlipped: data[data.count - 2] ^= 0x40
      }
      try data.write(to: url)
    }
  }

  static let suffixes = ["terms", "post", "docs", "store", "sources"]

  static func segmentName(_ suffix: String) throws -> String {
    try #require(RobustRunner.indexFiles.first { $0.hasSuffix(".\(suffix)") })
  }

  static func manifestName() throws -> String {
    try #require(RobustRunner.indexFiles.first { $0.hasPrefix("manifest-") })
  }

  /// Runs `arguments --index index` and checks exit 1 with `name` in the error.
  static func expectNamed(_ name: String, _ arguments: [String], index: URL) throws {
    let result = try BinaryRunner.run(arguments + ["--index", index.path])
    #expect(result.status == 1, "\(arguments) on damaged \(name): \(result.stdout.prefix(200))")
    #expect(result.stderr.contains(name), "\(arguments): \(result.stderr)")
    #expect(!result.stderr.contains("Fatal error"), "\(arguments) crashed: \(result.stderr)")
  }

  static let readers = [["search", "prime ségur", "--json"], ["show", "AN-17-QE-3175"]]

  @Test(arguments: suffixes, Damage.allCases)
  func damagedSegmentFileIsNamed(suffix: String, damage: Damage) throws {
    let (root, index) = try RobustRunner.copyOfPristine()
    defer { try? FileManager.default.removeItem(at: root) }
    let name = try Self.segmentName(suffix)
    try damage.apply(to: index.appendingPathComponent(name))
    try Self.expectNamed(name, ["verify"], index: index)
    guard damage.seenOnOpen else { return }
    for arguments in Self.readers { try Self.expectNamed(name, arguments, index: index) }
  }

  @Test(arguments: [Damage.emptied, .halved, .shortByOne, .headerFlipped, .middleFlipped])
  func damagedManifestIsNamed(damage: Damage) throws {
    let (root, index) = try RobustRunner.copyOfPristine()
    defer { try? FileManager.default.removeItem(at: root) }
    let name = try Self.manifestName()
    try damage.apply(to: index.appendingPathComponent(name))
    for arguments in [["verify"]] + Self.readers {
      try Self.expectNamed(name, arguments, index: index)
    }
  }

  @Test func manifestWithAnAlteredDocumentCountIsNamed() throws {
    let (root, index) = try RobustRunner.copyOfPristine()
    defer { try? FileManager.default.removeItem(at: root) }
    let name = try Self.manifestName()
    let url = index.appendingPathComponent(name)
    let text = try String(contentsOf: url, encoding: .utf8)
    let altered = text.replacingOccurrences(
      of: "\"documentCount\" : 5", with: "\"documentCount\" : 4")
    try #require(altered != text)
    try Data(altered.utf8).write(to: url)
    for arguments in [["verify"]] + Self.readers {
      try Self.expectNamed(name, arguments, index: index)
    }
  }

  @Test(arguments: [
    ("manifest-000099.json\n", "manifest-000099.json"),
    ("manifest-0000", "CURRENT"),
    ("", "CURRENT"),
    ("\u{0}\u{1}\u{FF}garbage\n", "CURRENT"),
    ("../manifest-000001.json\n", "CURRENT"),
  ])
  func badCurrentIsNamed(content: String, named: String) throws {
    let (root, index) = try RobustRunner.copyOfPristine()
    defer { try? FileManager.default.removeItem(at: root) }
    try Data(content.utf8).write(to: index.appendingPathComponent("CURRENT"))
    for arguments in [["verify"]] + Self.readers {
      try Self.expectNamed(named, arguments, index: index)
    }
  }

  @Test func missingCurrentOrManifestIsNamed() throws {
    let (root, index) = try RobustRunner.copyOfPristine()
    defer { try? FileManager.default.removeItem(at: root) }
    let name = try Self.manifestName()
    try FileManager.default.removeItem(at: index.appendingPathComponent(name))
    for arguments in [["verify"]] + Self.readers {
      try Self.expectNamed(name, arguments, index: index)
    }
    try FileManager.default.removeItem(at: index.appendingPathComponent("CURRENT"))
    for arguments in [["verify"]] + Self.readers {
      try Self.expectNamed("CURRENT", arguments, index: index)
    }
  }

  @Test(arguments: suffixes)
  func missingSegmentFileIsNamed(suffix: String) throws {
    let (root, index) = try RobustRunner.copyOfPristine()
    defer { try? FileManager.default.removeItem(at: root) }
    let name = try Self.segmentName(suffix)
    try FileManager.default.removeItem(at: index.appendingPathComponent(name))
    for arguments in [["verify"]] + Self.readers {
      try Self.expectNamed(name, arguments, index: index)
    }
  }

  @Test func rebuildingOverADamagedIndexRepairsIt() throws {
    let (root, index) = try RobustRunner.copyOfPristine()
    defer { try? FileManager.default.removeItem(at: root) }
    let name = try Self.segmentName("store")
    try Damage.middleFlipped.apply(to: index.appendingPathComponent(name))
    let build = try BinaryRunner.run(["index", "corpus", "--index", index.path, "--quiet"])
    #expect(build.status == 0, "\(build.stderr)")
    #expect(try BinaryRunner.run(["verify", "--index", index.path]).status == 0)
    let search = try BinaryRunner.run(["search", "prime ségur", "--json", "--index", index.path])
    #expect(RobustRunner.count(search) == 5)
  }
}
