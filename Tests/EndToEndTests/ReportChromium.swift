import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Headless Chromium for the report's browser test: found on PATH (`chromium`, then
/// `chromium-browser`, or `PARLINDEX_CHROMIUM`), run in its own process group with standard input
/// from /dev/null, its output in files, a throwaway profile, and a time limit after which the
/// whole group is killed with SIGKILL.
enum ReportChromium {
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
    var timedOut: Bool

    /// The page's console messages (Chromium logs them as `INFO:CONSOLE(…)` lines).
    var consoleLines: [String] {
      stderr.split(separator: "\n").map(String.init).filter { $0.contains(":CONSOLE") }
    }
  }

  static let path: String? = {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["PARLINDEX_CHROMIUM"] { return path }
    let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    for name in ["chromium", "chromium-browser"] {
      for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)")
      {
        return "\(folder)/\(name)"
      }
    }
    return nil
  }()

  static let commonFlags = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
  ]

  /// Runs Chromium on `page` with `flags` in `folder` (its profile goes in a fresh subfolder).
  static func run(_ flags: [String], page: URL, in folder: URL, timeout: Double = 90) throws
    -> Run
  {
    let run = folder.appendingPathComponent("chromium-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: run, withIntermediateDirectories: true)
    let profile = run.appendingPathComponent("profile").path
    defer { try? FileManager.default.removeItem(atPath: profile) }
    let out = run.appendingPathComponent("stdout").path
    let err = run.appendingPathComponent("stderr").path
    let arguments =
      [path ?? "chromium"] + commonFlags + ["--user-data-dir=\(profile)"] + flags
      + [page.absoluteString]
    let (status, timedOut) = try spawnAndWait(arguments, stdout: out, stderr: err, timeout: timeout)
    return Run(
      status: status,
      stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "", timedOut: timedOut)
  }

  struct SpawnError: Error, CustomStringConvertible {
    var description: String
  }

  /// Starts `arguments` in a new process group and waits for it, at most `timeout` seconds;
  /// then (and in any case once it exits) SIGKILLs what is left of its group.
  static func spawnAndWait(_ arguments: [String], stdout: String, stderr: String, timeout: Double)
    throws -> (Int32, Bool)
  {
    var actions = posix_spawn_file_actions_t()
    var attributes = posix_spawnattr_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawnattr_init(&attributes)
    defer {
      posix_spawn_file_actions_destroy(&actions)
      posix_spawnattr_destroy(&attributes)
    }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
    posix_spawnattr_setpgroup(&attributes, 0)
    var argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, environ)
    guard spawned == 0 else {
      throw SpawnError(
        description: "cannot start \(arguments[0]): \(String(cString: strerror(spawned)))")
    }
    let deadline = Date().addingTimeInterval(timeout)
    var status: Int32 = 0
    var timedOut = false
    while waitpid(pid, &status, WNOHANG) == 0 {
      if Date() > deadline {
        timedOut = true
        kill(-pid, SIGKILL)
        waitpid(pid, &status, 0)
        break
      }
      usleep(50_000)
    }
    kill(-pid, SIGKILL)
    let exited = status & 0x7f == 0
    return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), timedOut)
  }
}
