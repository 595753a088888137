import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Helpers of the robustness tests: runs with extra environment variables, a shared small
/// index built once, copies of it to damage, and background processes.
enum RobustRunner {
  /// Runs `parlindex arguments…` with `environment` added to this process's environment.
  static func run(
    _ arguments: [String], environment: [String: String]
  ) throws -> BinaryRunner.Result {
    let process = Process()
    process.executableURL = BinaryRunner.binary
    process.arguments = arguments
    process.currentDirectoryURL = BinaryRunner.repositoryRoot
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    nonisolated(unsafe) var errorData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue(label: "robust-stderr").async {
      errorData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outputData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return BinaryRunner.Result(
      status: process.terminationStatus,
      stdout: String(decoding: outputData, as: UTF8.self),
      stderr: String(decoding: errorData, as: UTF8.self))
  }

  /// An index of the shipped corpus, built once and never modified (tests copy it).
  static let pristine: URL = {
    let folder = try! BinaryRunner.temporaryDirectory()
    let index = folder.appendingPathComponent("index")
    let result = try! BinaryRunner.run(["index", "corpus", "--index", index.path, "--quiet"])
    precondition(result.status == 0, "cannot build the test index: \(result.stderr)")
    return index
  }()

  /// A fresh copy of `pristine` in a new temporary folder (remove `root` afterwards).
  static func copyOfPristine() throws -> (root: URL, index: URL) {
    let root = try BinaryRunner.temporaryDirectory()
    let index = root.appendingPathComponent("index")
    try FileManager.default.copyItem(at: pristine, to: index)
    return (root, index)
  }

  /// The count a `search --json` answer gives, or nil.
  static func count(_ result: BinaryRunner.Result) -> Int? {
    guard result.status == 0,
      let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)),
      let dictionary = object as? [String: Any]
    else { return nil }
    return dictionary["count"] as? Int
  }

  /// The names of the pristine index's files that the manifest lists, and the manifest.
  static var indexFiles: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: pristine.path)) ?? []
    return names.filter { $0.hasPrefix("seg-") || $0.hasPrefix("manifest-") }.sorted()
  }

  /// A process that stays alive until killed (stands for a writer holding the lock). Its
  /// standard streams are /dev/null, so it never holds the test runner's pipes open, and it
  /// ends by itself after a minute even if a test forgets it.
  static func sleeper() throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sleep")
    process.arguments = ["60"]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// Ends a `sleeper` with SIGKILL (SIGTERM may be ignored, inherited from the test runner).
  static func stop(_ process: Process) {
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }

  /// The id of a process that has exited (a writer killed long ago).
  static func deadProcessID() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }
}
