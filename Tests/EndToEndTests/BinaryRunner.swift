import Foundation

/// Runs the built `parlindex` binary in a child process and captures what it prints.
struct BinaryRunner {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The binary `swift test` built next to the test bundle, or `PARLINDEX_BIN`.
  static var binary: URL {
    if let path = ProcessInfo.processInfo.environment["PARLINDEX_BIN"] {
      return URL(fileURLWithPath: path)
    }
    let candidates = [
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("parlindex"),
      Bundle.main.bundleURL.appendingPathComponent("parlindex"),
      repositoryRoot.appendingPathComponent(".build/debug/parlindex"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
      ?? candidates[2]
  }

  /// Runs `parlindex arguments…` in `directory`, feeding `input` on standard input.
  static func run(
    _ arguments: [String], in directory: URL? = nil, input: String? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? repositoryRoot
    let out = Pipe()
    let err = Pipe()
    let inPipe = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inPipe
    try process.run()
    if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try inPipe.fileHandleForWriting.close()
    // Read both pipes before waiting, so a large output cannot block the child.
    let errorReader = DispatchQueue(label: "stderr")
    nonisolated(unsafe) var errorData = Data()
    let group = DispatchGroup()
    group.enter()
    errorReader.async {
      errorData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outputData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      stdout: String(decoding: outputData, as: UTF8.self),
      stderr: String(decoding: errorData, as: UTF8.self))
  }

  /// A fresh temporary folder.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("parlindex-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
