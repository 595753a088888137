import Foundation

/// `parlindex-fuzz TARGET --cases N --seed S [--case K] [--budget SECONDS] [--hang SECONDS]
/// [--root DIR]`.
struct FuzzOptions {
  static let usage = """
    usage: parlindex-fuzz TARGET [--cases N] [--seed S] [--case K] [--budget SECONDS]
                                 [--hang SECONDS] [--root DIR]
      TARGET    readers | query | arguments | records | all
      --cases   cases per target (default 100000)
      --seed    seed of the run (default 1); case K of seed S is always the same input
      --case    run only case K (to replay a failure; prints its input)
      --budget  a case slower than this is reported as slow (default 1 s)
      --hang    a case slower than this stops the run as a hang (default 20 s)
      --root    the repository (seed files: corpus/, Tests/CorpusTests/Fixtures, ../shared)
    """

  var targets: [String] = []
  var cases = 100_000
  var seed: UInt64 = 1
  var only: Int?
  var budget = 1.0
  var hang = 20.0
  var root = FuzzOptions.repositoryRoot()

  init(_ arguments: [String]) throws {
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      guard argument.hasPrefix("--") else {
        targets += argument == "all" ? ["readers", "query", "arguments", "records"] : [argument]
        continue
      }
      guard let value = remaining.popFirst() else { throw FuzzUsage("\(argument) needs a value") }
      try set(argument, value)
    }
    guard !targets.isEmpty else { throw FuzzUsage("no target") }
  }

  private mutating func set(_ option: String, _ value: String) throws {
    switch option {
    case "--cases": cases = try Self.number(value, option)
    case "--seed": seed = UInt64(try Self.number(value, option))
    case "--case": only = try Self.number(value, option)
    case "--budget": budget = Double(try Self.number(value, option))
    case "--hang": hang = Double(try Self.number(value, option))
    case "--root": root = URL(fileURLWithPath: value)
    default: throw FuzzUsage("unknown option \(option)")
    }
  }

  private static func number(_ text: String, _ option: String) throws -> Int {
    guard let value = Int(text), value >= 0 else {
      throw FuzzUsage("\(option) expects a number, got '\(text)'")
    }
    return value
  }

  /// The nearest folder up from the current one that holds `Package.swift`.
  static func repositoryRoot() -> URL {
    var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    for _ in 0..<8 {
      let package = folder.appendingPathComponent("Package.swift")
      if FileManager.default.fileExists(atPath: package.path) { return folder }
      folder.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  }
}

/// A usage problem of the harness itself.
struct FuzzUsage: Error {
  var message: String
  init(_ message: String) { self.message = message }
}
